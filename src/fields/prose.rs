//! Running text: where a biography starts, which paragraphs are logistics
//! rather than description, and numbered references.

use std::sync::LazyLock;

use crate::rx::Regex;

use super::people::{self, unreachable_regex};

/// Verbs that follow a person's name at the start of a biography.
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "received",
    "joined",
    "earned",
    "obtained",
    "graduated",
    "holds",
    "leads",
    "serves",
    "served",
    "works",
    "worked",
    "completed",
    "started",
    "currently",
    "did",
    "spent",
    "grew",
    "began",
    "studied",
    "directs",
    "heads",
    "teaches",
    "specializes",
    "focuses",
    "conducts",
    "contributes",
    "founded",
    "co-founded",
    "co-leads",
    "became",
    "now",
    "recently",
    "also",
    "pursued",
    "got",
    "moved",
    "came",
    "led",
    "developed",
    "brings",
    "loves",
    "enjoys",
    "wrote",
    "authored",
    "studies",
    "investigates",
    "researches",
    "trained",
    "builds",
    "built",
    "oversees",
    "runs",
    "ran",
    "taught",
    "lives",
    "writes",
    "explores",
    "designs",
    "manages",
    "coordinates",
    "chairs",
    "returned",
    "previously",
];

/// True when `para` starts the way biographies start: a name (one of
/// `names`, or any name-shaped phrase when `names` is empty) or a pronoun,
/// followed by a biography verb or a position.
pub fn starts_bio(para: &str, names: &[&str]) -> bool {
    let p = para.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[');
    // a markdown link around the name: "[Ada Lovelace](https://...) is"
    let p_owned;
    let p = if p.starts_with('[')
        && let Some(close) = p.find("](")
        && let Some(end) = p[close..].find(')')
    {
        p_owned = format!("{}{}", &p[1..close], &p[close + end + 1..]);
        p_owned.as_str()
    } else {
        p
    };
    let (_, at) = people::split_honorific(p);
    let rest = &p[at..];
    for pronoun in ["He ", "She ", "They "] {
        if let Some(r) = p.strip_prefix(pronoun) {
            return starts_with_verb(r);
        }
    }
    // name or surname of a known speaker
    for n in names {
        let n = n.trim();
        if n.is_empty() {
            continue;
        }
        let mut candidates = vec![n.to_string()];
        let parts: Vec<&str> = n.split_whitespace().collect();
        if let Some(last) = parts.last() {
            candidates.push((*last).to_string());
        }
        if let Some(first) = parts.first() {
            candidates.push((*first).to_string());
        }
        for c in candidates {
            if let Some(r) = rest.strip_prefix(c.as_str()) {
                let r = r.trim_start_matches(['’', '\'']).trim_start_matches('s');
                if starts_with_verb(r.trim_start_matches([',', ' ']))
                    || r.starts_with(", ") && people::position_prefix(r[2..].trim()).is_some()
                {
                    return true;
                }
            }
        }
    }
    // any name-shaped opening: up to five capitalized tokens, then a verb;
    // when the speakers are known, it must share a token with one of them
    let words: Vec<&str> = rest.split_whitespace().take(7).collect();
    for k in (2..=5).rev() {
        if words.len() > k && people::is_name(&words[..k].join(" ")) && is_verb(words[k]) {
            let shares = names.is_empty()
                || names
                    .iter()
                    .any(|n| n.split_whitespace().any(|t| words[..k].contains(&t)));
            return shares;
        }
    }
    false
}

fn is_verb(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    BIO_VERBS.contains(&w)
}

fn starts_with_verb(r: &str) -> bool {
    r.split_whitespace().next().is_some_and(is_verb)
}

/// Lines and paragraphs that are about attending, not about the talk.
pub fn is_logistics(para: &str) -> bool {
    static LOGISTICS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:everyone (?:is )?welcome|all (?:are )?welcome|please (?:register|rsvp|join|note|contact|see|visit|refer)|register (?:here|now|at)|pre-?registration|registration is|refreshments|light refreshments|coffee and|talk recording|recording|slides|video|for (?:more|further|additional) info|more info|contact|zoom|join (?:the|us|zoom|via)|meeting id|passcode|password|link to|sponsored by|hosted by|organi[sz]ed by|this (?:talk|event|seminar) (?:will be|is) (?:held|broadcast|streamed|recorded|online|virtual|in person)|the (?:talk|seminar|lecture) will be (?:held|given|broadcast)|[-=_*~]{3,}|see also|back to|share this|tags?:|posted (?:by|on)|last updated|until next time|note:|appointments?(?-u:\b)|to (?:schedule|arrange|set up) (?:a |an )?(?:meeting|appointment)|(?:if you would like|anyone (?:wishing|who would like|interested)) to meet|recordings? (?:of|will)|(?:the )?(?:talk|seminar|lecture|session|webinar|event) (?:is|will be) (?:free|open)|admission|tickets?|parking|directions|upcoming (?:talks|seminars|lectures|webinars|events)|next (?:week|month)(?:'s)? (?:talk|seminar|speaker|lecture)|past (?:talks|sessions|seminars|events)|(?:mit freundlichen grüßen|viele grüße|beste grüße|best regards|kind regards|warm regards|regards|sincerely|best wishes|cordialement|bien cordialement|saludos|atentamente|cordiali saluti|cheers|thanks|many thanks|thank you)[,!.]?\s*$)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // a short paragraph about access, recording or questions, wherever its cue sits
    static ABOUT_ATTENDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:will be )?followed by (?:a |an )?(?:reception|lunch|dinner|drinks|coffee|refreshments|questions)|free and open to the public|open to the public|wheelchair[- ]accessible|live captions|captioning|will be (?:posted|recorded|streamed|livestreamed)|recordings? (?:will|of)|audience questions|questions from the audience|q&a|rsvp|register (?:at|here|by)|registration (?:is|required)|zoom link|meeting link|(?:would like|wishing|wants?) to meet (?:with )?(?:him|her|them|the speaker)|please let me know|let me know|contact me|please (?:post|forward|circulate|distribute|share)|forward (?:this |it )?to (?:anyone|others|colleagues)|(?:taken|go|come along) to (?:lunch|dinner)|suggestions for (?:[a-z]+ )?speakers|(?:take|join) the speaker (?:to|for) (?:lunch|dinner)|(?:tea|coffee|refreshments|biscuits|cookies|snacks|pizza|lunch|sandwiches|drinks|food)(?:\s+(?:and|&)\s+[\p{Latin}]+)? (?:(?:will be|are|is) )?(?:served|available|provided)|first come,? first served|bring (?:your|a|an) (?:own )?(?:lunch|laptop|brown[- ]bag|sandwich)|(?:hope|plan|try) to reschedule|sorry for the|apologies for|we apologi[sz]e|kaffee(?:,| und) (?:tee|kuchen)|gibt es kaffee|café (?:et|y|e) |rafraîchissements|caffè e|sign[- ]up sheet|all (?:are )?welcome|everyone (?:is )?welcome|(?:a )?(?:draft|copy|copies) of the (?:paper|proposal|thesis|dissertation|preprint))(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = para.trim();
    LOGISTICS.is_match(t)
        || t.len() < 3
        || (t.split_whitespace().count() <= 40 && ABOUT_ATTENDING.is_match(t))
}

/// A paragraph that announces the event rather than describes the talk:
/// `The next X Seminar will be given by ...`, `Lecture by Dr. X`, `We meet
/// every other Monday`, `A free, monthly webinar series`.
pub fn announces(para: &str) -> bool {
    static ANNOUNCES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:will be (?:given|presented|delivered) by|(?:presented|given|delivered)(?: jointly)? by|(?:lecture|talk|seminar|webinar|presentation) by|we meet|we are (?:pleased|happy|delighted)|(?:is|are) (?:pleased|happy|delighted) to|invites? you|cordially invited|(?:webinar|seminar|lecture|talk) series|the next (?:[\p{Latin}0-9_]+ ){0,4}(?:seminar|colloquium|lecture|talk|webinar|meeting)|^part of (?:the|our) )(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    para.split_whitespace().count() <= 80 && ANNOUNCES.is_match(para)
}

/// A numbered reference: `[1] MCUNet: Tiny Deep Learning on IoT Devices`.
pub fn is_reference(para: &str) -> bool {
    static REF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\[[0-9]{1,3}\]\s+\S").unwrap_or_else(|_| unreachable_regex())
    });
    REF.is_match(para.trim())
}

/// True for text that reads like prose: long enough, with sentences.
pub fn is_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words >= 25 || (words >= 10 && text.trim_end().ends_with(['.', '!', '?', ')', '”', '"']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logistics_paragraphs() {
        let table = [
            ("Bring your lunch; drinks provided.", true),
            ("Refreshments will be served at 3:45 in the lounge.", true),
            ("Coffee and cookies provided.", true),
            ("Pizza & soda provided -- first come, first served.", true),
            ("Everyone welcome.", true),
            (
                "Ab 15:45 Uhr gibt es Kaffee, Tee und Kuchen im Seminarraum 2.07.",
                true,
            ),
            ("Mit freundlichen Grüßen", true),
            (
                "We hope to reschedule the talk in the spring semester and will post a new announcement.",
                true,
            ),
            ("Best regards,", true),
            (
                "Thanks to new sensors, we can now see below the topsoil.",
                false,
            ),
            ("Please register at the link below.", true),
            (
                "If you would like to meet with the speaker, contact the host.",
                true,
            ),
            (
                "Small vertebrates that colonize islands often evolve larger bodies, \
                 and we test why with introductions onto predator-free cays.",
                false,
            ),
            (
                "We provide a new account of how food webs are assembled.",
                false,
            ),
        ];
        for (text, want) in table {
            assert_eq!(is_logistics(text), want, "{text}");
        }
    }

    #[test]
    fn announcing_paragraphs() {
        let table = [
            (
                "The next Example Seminar will be given by Dr. A. Person.",
                true,
            ),
            (
                "We are pleased to announce a talk by Prof. B. Person.",
                true,
            ),
            ("A free, monthly webinar series on open data.", true),
            (
                "This talk describes a serving system that places experts adaptively.",
                false,
            ),
        ];
        for (text, want) in table {
            assert_eq!(announces(text), want, "{text}");
        }
    }
}
