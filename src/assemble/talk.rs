//! One talk: its title, speakers, abstract, bio, references and slot, from
//! the blocks the segmenter gave it.
//!
//! Precedence, highest first: labelled fields (`Title:`, `Abstract`, `Bio`),
//! then what introduced the talk (its heading, person line or schedule row),
//! then the shape of the free text (a title-like line, prose runs split into
//! abstract and biography where a paragraph starts like a biography).

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

use super::draft::{PersonDraft, TalkDraft, Val, WhenDraft};
use crate::fields::labels::Label;
use crate::fields::people::{self, unreachable_regex};
use crate::fields::{kind, links, place, prose, when};
use crate::layout::{BlockKind, Clean, Mode};
use crate::segment::schedule::strip_quotes;
use crate::segment::{self, Doc, Head, PersonClean, TalkSeg, schedule};

/// People named with an affiliation anywhere in the document (speaker
/// lists, "Invited Speakers"): a speaker found without affiliation
/// elsewhere takes it from here.
#[derive(Debug, Default)]
pub struct Directory {
    people: Vec<PersonClean>,
}

impl Directory {
    /// Collects the person lines of `doc`.
    pub fn new(doc: &Doc) -> Directory {
        let mut people = Vec::new();
        for (i, b) in doc.blocks().iter().enumerate() {
            if !matches!(b.kind, BlockKind::Item(_) | BlockKind::Para) || b.lines.len() > 1 {
                continue;
            }
            if doc.hits[i].is_some() {
                continue;
            }
            if b.text.text.split_whitespace().count() <= 16
                && let Some(p) = doc.person(i)
                && p.affiliation.is_some()
            {
                people.push(schedule::person_clean(&b.text, p));
            }
        }
        Directory { people }
    }

    /// The person line that names `name` (a nickname in parentheses does
    /// not matter: `Ada (Countess) Lovelace` is `Ada Lovelace`).
    fn find(&self, name: &str) -> Option<&PersonClean> {
        let plain = |s: &str| -> String {
            s.split_whitespace()
                .filter(|w| !(w.starts_with('(') && w.ends_with(')')))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let want = plain(name);
        self.people.iter().find(|p| plain(&p.name.text) == want)
    }
}

/// What the talk extraction may lean on.
pub struct TalkContext<'a> {
    /// The document.
    pub doc: &'a Doc<'a>,
    /// People named elsewhere.
    pub directory: &'a Directory,
    /// For resolving the talk's own slot.
    pub when: &'a when::Context,
    /// True when the document has several talks.
    pub program: bool,
    /// The document's schedule rows.
    pub slots: &'a [segment::Slot],
}

/// Turns a [`PersonClean`] into a draft, with the link around the name.
pub fn person_draft(doc: &Doc, p: &PersonClean) -> Option<PersonDraft> {
    let name = Val::of(&p.name)?;
    let text = doc.layout.text;
    let url = links::url_of_name(text, name.span.clone()).map(|r| Val {
        text: text[r.clone()].to_string(),
        span: r,
    });
    // a job written before the organization in the affiliation: "Senior
    // Android Engineer @ Example", "Cientista de Dados Sénior, Example Bank"
    let (position, affiliation) = match (&p.position, &p.affiliation) {
        (None, Some(a)) => match job_before_org(a) {
            Some((job, org)) => (Some(job), Some(org)),
            None => (None, Some(a.clone())),
        },
        (pos, aff) => (pos.clone(), aff.clone()),
    };
    Some(PersonDraft {
        honorific: p.honorific.as_ref().and_then(Val::of),
        position: position.as_ref().and_then(Val::of),
        affiliation: affiliation
            .as_ref()
            .map(without_note)
            .map(|a| without_remark(&a))
            .and_then(|a| tidy_affiliation(&a))
            .as_ref()
            .and_then(Val::of),
        url,
        name,
        ..PersonDraft::default()
    })
}

/// An affiliation without what is no part of it: a lead-in (`of the
/// Example Institute`, `the University of Example`), a degree before the
/// organization in brackets (`M.A. (Example University)`), a sentence
/// going on after a comma (`…, försvarar sin doktorsavhandling`); `None`
/// for what names no organization: pronouns (`he/him`), a handle
/// (`@example_py`), a role and its holder (`Advisor: Prof. A. Person`).
fn tidy_affiliation(c: &Clean) -> Option<Clean> {
    static NOT_AN_ORG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:he|she|they|ze|xe)\s*/\s*(?:him|her|them|hir|zir|xem)(?:\s*/\s*\w+)?|@[\w.]+|(?:advisor|adviser|supervisor|supervised by|host|chair|moderator|betreuer(?:in)?|directeur de thèse|directrice de thèse|handledare|promotor)\s*:.*)$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = c.text.trim();
    // (the cheap test first: each of those has a slash, an at or a colon)
    if t.contains(['/', '@', ':']) && NOT_AN_ORG.is_match(t) {
        return None;
    }
    let mut c = c.clone();
    // a lead-in of running text
    for lead in ["of the ", "from the ", "at the ", "the ", "of ", "from "] {
        if c.text.starts_with(lead) && c.text.len() > lead.len() + 3 {
            c = c.slice(lead.len()..c.text.len());
            break;
        }
    }
    // "M.A. (Example University)": the degree, then the organization
    if let Some(open) = c.text.find(" (")
        && c.text.ends_with(')')
        && people::is_degree(c.text[..open].trim_end_matches(','))
    {
        c = c.slice(open + 2..c.text.len() - 1);
    }
    // a sentence going on after a comma: a lower-case word that joins no name
    let cut = c.text.match_indices(", ").map(|(k, _)| k).find(|&k| {
        let rest = &c.text[k + 2..];
        // (all in lower case: "équipe SIERRA" names a team)
        rest.split_whitespace().count() >= 2
            && !rest
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase))
            && rest.split_whitespace().next().is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !matches!(
                        w,
                        "de" | "di"
                            | "du"
                            | "des"
                            | "del"
                            | "della"
                            | "of"
                            | "and"
                            | "und"
                            | "et"
                            | "y"
                            | "e"
                            | "at"
                            | "for"
                            | "für"
                            | "van"
                            | "von"
                            | "da"
                            | "do"
                            | "dos"
                            | "das"
                            | "la"
                            | "le"
                            | "el"
                            | "il"
                            | "inc."
                            | "ltd"
                            | "gmbh"
                    )
            })
    });
    if let Some(k) = cut {
        c = c.slice(0..k);
    }
    (!c.text.trim().is_empty()).then_some(c)
}

/// A job, then the organization: `Role @ Org`, or a few words before the
/// first comma that name a job (ending on a job noun in English, opening
/// on one in the Romance languages and German) with no organization
/// word, then a capitalized organization.
fn job_before_org(c: &Clean) -> Option<(Clean, Clean)> {
    let t = c.text.as_str();
    if let Some((job, org)) = t.split_once(" @ ")
        && (1..=6).contains(&job.split_whitespace().count())
        && org.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
    {
        return Some((c.slice(0..job.len()), c.slice(job.len() + 3..t.len())));
    }
    let (job, org) = t.split_once(", ")?;
    let words: Vec<&str> = job.split_whitespace().collect();
    let job_like = ends_on_job_noun(job)
        || words
            .first()
            .is_some_and(|w| people::is_job_noun(w) && w.starts_with(char::is_uppercase));
    ((1..=6).contains(&words.len())
        && job_like
        && !people::has_org_word(job)
        && org.starts_with(char::is_uppercase))
    .then(|| (c.slice(0..job.len()), c.slice(job.len() + 2..t.len())))
}

/// A description without the notes about attending that close its last
/// paragraph ("… Joint work with A. Person. Pizza at 3:15 in the lounge.",
/// "… verdichtete. Im Anschluss laden wir zu einem Umtrunk ein."); the
/// first sentence always stays.
fn without_closing_notes(c: &Clean) -> Clean {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:pizza|coffee|tea|refreshments|light refreshments|lunch|snacks|cookies|drinks|wine|sandwiches|a reception|reception|dinner)(?:\s+(?:and|&)\s+[a-z]+)?\s+(?:at|from|will|in|before|after|beforehand|afterwards|served|provided|is|are|to follow)|im anschluss|gäste sind|alle sind herzlich|herzliche einladung|la (?:conférence|séance|présentation) sera suivie|un (?:pot|verre de l'amitié)|tout le monde est|(?:the )?(?:talk|seminar|lecture|event) (?:will be|is) followed by)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = c.text.as_str();
    // from the last sentence back; the first (before any sentence end) stays
    let mut end = t.len();
    for start in people::sentence_ends(t).into_iter().rev() {
        let Some(sentence) = t.get(start..end).map(str::trim) else {
            break;
        };
        if !sentence.is_empty() && !NOTE.is_match(sentence) {
            break;
        }
        end = start;
    }
    let cut = t[..end].trim_end().len();
    if cut == 0 || cut == t.len() {
        return c.clone();
    }
    c.slice(0..cut)
}

/// An affiliation without a remark run on after it: `Example Trust;
/// joining remotely`, `Example Society. Photo: A. Person`.
fn without_remark(c: &Clean) -> Clean {
    let t = c.text.as_str();
    let cut = t
        .match_indices("; ")
        .find(|(k, _)| t[k + 2..].starts_with(char::is_lowercase))
        .map(|(k, _)| k)
        .or_else(|| {
            t.match_indices(". ")
                .find(|(k, _)| crate::layout::looks_like_field(&t[k + 2..]))
                .map(|(k, _)| k)
        });
    match cut {
        Some(k) if k > 0 => c.slice(0..k),
        _ => c.clone(),
    }
}

/// An affiliation without a note in brackets after it: `Example Institute
/// (visiting through May)`, `Example University (on leave)`. A bracket that
/// names something (`Example Lab (CNRS)`) stays.
fn without_note(c: &Clean) -> Clean {
    let t = c.text.trim_end();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && open > 0
        && t[open + 1..].starts_with(|ch: char| ch.is_lowercase())
    {
        let head = t[..open].trim_end();
        if !head.is_empty() {
            return c.slice(0..head.len());
        }
    }
    c.clone()
}

/// Prose from `start` (a working-text offset inside `blocks[0]`) through
/// the given blocks, links kept.
fn prose_from(doc: &Doc, start: usize, blocks: &[usize]) -> Clean {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for &i in blocks {
        let Some(b) = doc.blocks().get(i) else {
            continue;
        };
        for r in &b.parts {
            if r.end <= start {
                continue;
            }
            ranges.push(r.start.max(start)..r.end);
        }
    }
    crate::layout::markup::clean_joined(doc.layout.text, &ranges, Mode::Prose)
}

/// Drops trailing blocks that are not part of a description: logistics,
/// short lines that are not sentences, references.
fn trim_tail(doc: &Doc, blocks: &mut Vec<usize>) {
    // a signature separator ("--") ends the text: the rest is the sender's
    if let Some(k) = blocks.iter().position(|&j| {
        let t = doc.text(j).trim();
        t == "--" || t == "-- " || t.starts_with("-- ") || doc.blocks()[j].kind == BlockKind::Rule
    }) && k > 0
    {
        blocks.truncate(k);
    }
    while blocks.len() > 1 {
        let Some(&last) = blocks.last() else { break };
        let t = doc.text(last);
        let words = t.split_whitespace().count();
        let sentence = t.trim_end().ends_with(['.', '!', '?', ')', '"', '”']);
        // a contact or footer line: an address, an extension, a bar-separated list
        let contact = words <= 12
            && (has_address(t)
                || t.contains(" | ")
                || t.contains("http")
                || t.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    w.len() >= 5
                        && w.starts_with(['x', 'X'])
                        && w[1..].chars().all(|c| c.is_ascii_digit() || c == '-')
                }));
        if prose::is_logistics(t)
            || prose::is_reference(t)
            || (words < 5 && !sentence)
            || contact
            || t.is_empty()
        {
            blocks.pop();
        } else {
            break;
        }
    }
}

/// Cuts a section's blocks at the first one that ends it: a heading, a
/// paragraph about attending, a page footer (`©`, `All rights reserved`,
/// bar-separated links). A biography (`bio`) also ends at the first short
/// line that is not a sentence ("Upcoming lectures"), as bios are prose.
fn cut_at_section_end(doc: &Doc, blocks: &mut Vec<usize>, bio: bool) {
    // the capitalized words that open a biography: its subject's name
    let subject: Vec<&str> = blocks
        .first()
        .filter(|_| bio)
        .map(|&j| {
            doc.text(j)
                .split_whitespace()
                .take(4)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.len() > 2 && w.starts_with(|c: char| c.is_uppercase()))
                .collect()
        })
        .unwrap_or_default();
    let end = blocks.iter().enumerate().skip(1).find_map(|(k, &j)| {
        let b = &doc.blocks()[j];
        let t = b.text.text.trim();
        let words = t.split_whitespace().count();
        let footer = t.contains('©')
            || t.to_lowercase().contains("all rights reserved")
            || t.matches(" | ").count() >= 2;
        // a biography goes on only with paragraphs about its subject
        let about_subject = t.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            subject.contains(&w) || is_third_person(w)
        });
        // the lines that wrap a label's first line go with it
        let wraps = k == 1
            && blocks.first().is_some_and(|&f| {
                let first = &doc.blocks()[f];
                first.lines.end == b.lines.start
                    && doc.hits[f].as_ref().is_some_and(|h| h.value.is_some())
                    && !first.text.text.trim_end().ends_with(['.', '!', '?', ':'])
            });
        // a description ends where the course's paperwork begins
        // ("Learning Objectives - participants should be able to:")
        static PAPERWORK: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(?:learning objectives|objectives|target audience|accreditation|disclosures?|credit designation|continuing (?:medical )?education|cme credit)(?-u:\b)")
                .unwrap_or_else(|_| unreachable_regex())
        });
        let stop = !wraps
            && (b.is_heading()
                || (!bio && PAPERWORK.is_match(t))
                || prose::is_logistics(t)
                || footer
                || (bio && words <= 4 && !t.ends_with(['.', '!', '?', ')', '"', '”']))
                || (bio && !subject.is_empty() && !about_subject));
        stop.then_some(k)
    });
    if let Some(k) = end {
        blocks.truncate(k);
    }
}

/// A third-person pronoun or possessive (English, French, German), the way
/// a biography goes on about its subject.
fn is_third_person(w: &str) -> bool {
    matches!(
        w,
        "He" | "he"
            | "She"
            | "she"
            | "They"
            | "they"
            | "His"
            | "his"
            | "Her"
            | "her"
            | "Their"
            | "their"
            | "Him"
            | "him"
            | "Il"
            | "Elle"
            | "elle"
            | "Er"
            | "Ihre"
            | "Seine"
            | "seine"
            | "Ele"
            | "Ela"
            | "Él"
            | "Ella"
            | "Lui"
            | "Lei"
            | "Seu"
            | "Sua"
            | "Su"
            | "Sus"
    )
}

/// The paragraphs of a prose run, split where a biography starts. A run
/// that opens on the biography ends it at the first paragraph that no
/// longer speaks of the person (not opening on their name or a pronoun):
/// that paragraph and the rest are the description.
fn split_bio(doc: &Doc, blocks: &[usize], names: &[&str]) -> (Vec<usize>, Vec<usize>) {
    match blocks
        .iter()
        .position(|&i| prose::starts_bio(doc.text(i), names))
    {
        Some(0) => {
            let surnames: Vec<&str> = names.iter().map(|n| surname(n)).collect();
            // the person's name or a third-person pronoun anywhere in it
            let about_them = |t: &str| {
                prose::starts_bio(t, names)
                    || surnames.iter().any(|s| s.len() > 1 && t.contains(s))
                    || t.split(|c: char| !c.is_alphabetic()).any(|w| {
                        matches!(
                            w,
                            "He" | "She" | "His" | "Her" | "he" | "she" | "his" | "her" | "him"
                        )
                    })
            };
            let end = blocks[1..]
                .iter()
                .position(|&i| {
                    let t = doc.text(i);
                    !about_them(t) && t.split_whitespace().count() >= 30
                })
                .map_or(blocks.len(), |k| k + 1);
            (blocks[end..].to_vec(), blocks[..end].to_vec())
        }
        Some(k) => (blocks[..k].to_vec(), blocks[k..].to_vec()),
        None => (blocks.to_vec(), Vec::new()),
    }
}

/// The first quoted span of `text` of 6 to 200 characters (`"…"`, `“…”`):
/// the byte range inside the quotes. A span that runs into another opening
/// quote, or over 200 characters, is none.
fn quoted_span(text: &str) -> Option<Range<usize>> {
    let is_quote = |c: char| matches!(c, '“' | '”' | '"');
    let mut from = 0;
    while let Some(k) = text.get(from..)?.find(['“', '"']) {
        let open = from + k;
        let start = open + text.get(open..)?.chars().next()?.len_utf8();
        let inner = text.get(start..)?;
        let len = inner.chars().take_while(|&c| !is_quote(c)).count();
        let end = start
            + inner
                .char_indices()
                .find(|&(_, c)| is_quote(c))
                .map_or(inner.len(), |(i, _)| i);
        let closes = text.get(end..).is_some_and(|r| r.starts_with(['”', '"']));
        if (6..=200).contains(&len) && closes {
            return Some(start..end);
        }
        from = start;
    }
    None
}

/// Speakers named in running text, sentence by sentence: after a cue
/// (`given by X`, `a talk by X`, `The speaker is X`) or as the subject of a
/// speaking verb (`X, of Y, will present`, `X and Z will be giving a talk`).
fn prose_speakers(c: &Clean) -> Vec<PersonClean> {
    prose_speakers_with(c, &people::names_in(&c.text))
}

/// [`prose_speakers`], given the names of `c` already found.
fn prose_speakers_with(c: &Clean, all_names: &[people::NameAt]) -> Vec<PersonClean> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:(?-u:\b)(?:given|presented|delivered|led|conducted|talk|lecture|seminar|presentation|address|remarks|conversation|evening|afternoon|morning|colloquium|discussion|lunch) by|(?-u:\b)(?:the )?(?:speakers?|lecturers?|presenters?|panelists?) (?:will be|is|are|include)|(?-u:\b)(?:his|her|their) name is|(?-u:\b)featuring|(?-u:\b)welcomes?|(?-u:\b)presents|(?-u:\b)introduc(?:e|es|ing)|(?-u:\b)(?:talk|lecture|presentation|visit|address) from|(?-u:\b)(?:defen[cs]e|viva|soutenance|examination|proposal) of|(?-u:\b)(?:vortrag|gastvortrag|referat|conférence|exposé|charla|conferencia|ponencia|palestra|lezione|conferenza|lezing|voordracht|presentatie) (?:von|de|di|da|del|door|par|por)|(?-u:\b)(?:presents?|featuring|welcomes?|with|recital by|concert by|performance by)(?: the)?(?: [a-z-]+)? (?:pianist|violinist|cellist|violist|guitarist|organist|harpist|flutist|clarinetist|saxophonist|percussionist|trumpeter|soprano|mezzo-soprano|contralto|tenor|baritone|composer|conductor|singer|poet|novelist|author|artist|photographer|filmmaker))\s*:?\s+$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:['’]s (?:talk|seminar|lecture|presentation)(?-u:\b)|(?-u:\b)(?:will (?:speak|talk|present|give|lecture|discuss|conduct|deliver|describe|address|lead|visit|(?:also )?be (?:speaking|giving|presenting|talking|lecturing|discussing|leading|conducting|the (?:guest )?speaker))|(?:is|are) (?:speaking|presenting|giving|visiting|lecturing|the (?:guest |featured |invited )?speaker)|speaks|lectures on|talks about|will defend|defends|soutiendra|défendra|defenderá|defenderà|verdedigt|verteidigt|försvarar|forsvarer|forsvarar|discuterà|defende)(?-u:\b))")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = c.text.as_str();
    let mut starts = vec![0];
    starts.extend(people::sentence_ends(t));
    let person = |h: Option<Range<usize>>, r: Range<usize>| {
        let tail = t.get(r.end..).unwrap_or("");
        let affiliation = affiliation_after(tail).map(|a| c.slice(r.end + a.start..r.end + a.end));
        PersonClean {
            name: c.slice(r),
            honorific: h.map(|h| c.slice(h)),
            position: None,
            affiliation,
        }
    };
    // "The Example Seminar scheduled for Friday at 2:00 in Room 3,
    // by Prof. A. Person": a late "by" in a sentence about the talk
    let late_by = |b: &str| {
        let l = b.to_lowercase();
        l.trim_end().ends_with(", by")
            && [
                "seminar",
                "talk",
                "lecture",
                "colloquium",
                "presentation",
                "webinar",
            ]
            .iter()
            .any(|w| l.contains(w))
    };
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(t.len());
        let Some(sentence) = t.get(s..e) else {
            continue;
        };
        let _ = sentence;
        let names: Vec<people::NameAt> = all_names
            .iter()
            .filter(|(h, r)| h.as_ref().map_or(r.start, |h| h.start) >= s && r.end <= e)
            .cloned()
            .collect();
        if names.is_empty() {
            continue;
        }
        // a cue right before a name
        for (h, r) in &names {
            let from = h.as_ref().map_or(r.start, |h| h.start);
            if t.get(s..from)
                .is_some_and(|b| CUE.is_match(b) || late_by(b))
            {
                let mut out = vec![person(h.clone(), r.clone())];
                // "X and Y", "X, Y and Z" right after
                let mut last_end = r.end;
                for (h2, r2) in names.iter().filter(|(_, r2)| r2.start > r.end) {
                    let between = t
                        .get(last_end..h2.as_ref().map_or(r2.start, |h| h.start))
                        .unwrap_or("x");
                    if between.len() < 60 && (between.contains(" and ") || between.trim() == ",") {
                        last_end = r2.end;
                        out.push(person(h2.clone(), r2.clone()));
                    } else {
                        break;
                    }
                }
                return out;
            }
        }
        // the subject of a speaking verb
        if let Some(v) = VERB.find(sentence) {
            let verb_at = s + v.start();
            let subjects: Vec<&(Option<Range<usize>>, Range<usize>)> =
                names.iter().filter(|(_, r)| r.end <= verb_at).collect();
            if let Some((h, r)) = subjects.first() {
                // the name opens the clause: nothing but a few words before it
                let before = t
                    .get(s..h.as_ref().map_or(r.start, |h| h.start))
                    .unwrap_or("x.");
                if before.split_whitespace().count() <= 10 && !before.contains(['.', ';']) {
                    let mut out = vec![person(h.clone(), r.clone())];
                    for (h2, r2) in subjects.iter().skip(1) {
                        let gap = t
                            .get(r.end..h2.as_ref().map_or(r2.start, |h| h.start))
                            .unwrap_or("");
                        if gap.contains(" and ") && gap.len() < 80 {
                            out.push(person(h2.clone(), r2.clone()));
                        }
                    }
                    return out;
                }
            }
        }
    }
    Vec::new()
}

/// A name with an apposition that says who the person is: `X, Associate
/// Professor, University of Y`, `X (PhD 1986) of Y`, `X of the Example
/// Institute`, `X - 3:30 pm, Tuesday`. Contact lines (`please contact X`) do
/// not count.
fn appositive_speaker(c: &Clean, names: &[people::NameAt]) -> Option<PersonClean> {
    static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:contact|call|e-?mail|questions?|rsvp|reply|write|send|information|info|to register|hosted by|host|sponsored by|coordinator|organizer|thanks? to|from the desk of|sincerely|regards|posted by|dear)[^.]{0,40}$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = c.text.as_str();
    for (h, r) in names.iter().cloned() {
        let from = h.as_ref().map_or(r.start, |h| h.start);
        let before = t.get(..from).unwrap_or("");
        if CONTACT.is_match(before) {
            continue;
        }
        let after = t.get(r.end..).unwrap_or("");
        let head: String = after.chars().take(80).collect();
        let appositive = if let Some(rest) = head.strip_prefix(", ") {
            let lower = rest.to_lowercase();
            people::position_prefix(rest).is_some()
                || lower.starts_with("one of the ")
                || ((lower.starts_with("a ") || lower.starts_with("an "))
                    && rest.split(['.', ',']).next().is_some_and(|seg| {
                        seg.split_whitespace()
                            .any(|w| people::position_prefix(w).is_some())
                            || seg.contains(" who ")
                    }))
                || rest.split([',', ';']).next().is_some_and(|seg| {
                    people::has_org_word(seg) && seg.split_whitespace().count() <= 8
                })
                || rest.to_lowercase().starts_with("ph.d")
                || rest.starts_with("MD")
        } else if let Some(rest) = head.strip_prefix(" (") {
            rest.split(')').next().is_some_and(|seg| {
                people::has_org_word(seg) || seg.to_lowercase().contains("phd") || seg.contains('@')
            }) || rest
                .split(')')
                .nth(1)
                .is_some_and(|x| x.trim_start().starts_with("of "))
        } else if let Some(rest) = head
            .strip_prefix(" of ")
            .or_else(|| head.strip_prefix(" from "))
        {
            rest.trim_start_matches("the ")
                .starts_with(|ch: char| ch.is_uppercase())
        } else if head.starts_with([' ']) && head.trim_start().starts_with(['"', '“']) {
            // a name and the quoted title of the talk
            true
        } else if let Some(rest) = head.trim_start().strip_prefix("- ") {
            when::scan(rest).first().is_some_and(|e| e.range.start < 3)
        } else {
            false
        };
        if appositive {
            let affiliation =
                affiliation_after(after).map(|a| c.slice(r.end + a.start..r.end + a.end));
            return Some(PersonClean {
                name: c.slice(r),
                honorific: h.map(|h| c.slice(h)),
                position: None,
                affiliation,
            });
        }
    }
    None
}

/// A title line that names its speakers: `Title - Name`, `Title – A, B`,
/// `Title by Name`, among the first headings and lines of a lone talk.
fn title_with_speakers(doc: &Doc, blocks: Range<usize>) -> Option<(Clean, Vec<PersonClean>)> {
    let candidates: Vec<usize> = blocks
        .filter(|&j| doc.hits[j].is_none() && !doc.blocks()[j].text.is_empty())
        .take(4)
        .collect();
    for j in candidates {
        let c = &doc.blocks()[j].text;
        let t = c.text.as_str();
        if t.split_whitespace().count() > 30 || prose::is_prose(t) && !doc.blocks()[j].is_heading()
        {
            continue;
        }
        for sep in [" - ", " – ", " — ", " by ", " | "] {
            let Some(i) = t.rfind(sep) else { continue };
            let ps = schedule::persons_in(&c.slice(i + sep.len()..t.len()));
            let title = strip_title_prefix(&c.slice(0..i), &mut TalkDraft::default());
            if !ps.is_empty() && title.text.split_whitespace().count() >= 2 {
                return Some((strip_quotes(&title), ps));
            }
        }
    }
    None
}

/// Speakers of a lone talk written on lines of their own, as announcements
/// lay them out under the title: `by` / `Name` / `Affiliation`, or a person
/// line `Name, Position, Affiliation`. The best-placed one wins.
fn name_lines(doc: &Doc, blocks: Range<usize>) -> Vec<PersonClean> {
    let mut best: Option<(i32, usize, PersonClean)> = None;
    let mut pair: Option<(usize, Vec<PersonClean>)> = None;
    let first_prose = blocks
        .clone()
        .find(|&j| doc.text(j).split_whitespace().count() > 40)
        .unwrap_or(blocks.end);
    for j in blocks.clone() {
        let b = &doc.blocks()[j];
        let single_cell =
            b.kind == BlockKind::Row && b.cells.iter().filter(|c| !c.is_empty()).count() == 1;
        if doc.hits[j].is_some() || b.lines.len() > 3 || (b.kind == BlockKind::Row && !single_cell)
        {
            continue;
        }
        if b.lines.len() > 2 {
            continue;
        }
        // the items of a list under a label for other people ("Jury:", "Hosts:")
        if matches!(b.kind, BlockKind::Item(_)) {
            let mut k = j;
            while k > 0 && matches!(doc.blocks()[k - 1].kind, BlockKind::Item(_)) {
                k -= 1;
            }
            if k > 0
                && doc.hits[k - 1].as_ref().is_some_and(|h| {
                    h.value.is_none()
                        && matches!(h.label, Label::Other | Label::Host | Label::Organizer)
                })
            {
                continue;
            }
        }
        // the lines under a label for other people, at its value's indent
        // ("Committee:  Prof. A. Person (chair)" / "            Prof. B. Person")
        if under_others_label(doc, j) {
            continue;
        }
        // the rest of a labelled list cut by a line end ("Committee: A, B,")
        if j > 0 && doc.hits[j - 1].is_some() && {
            let prev = doc.text(j - 1).trim_end();
            prev.ends_with([',', '&']) || prev.ends_with(" and")
        } {
            continue;
        }
        // a two-line block may open on a person line run on with the title
        // ("Name, Affiliation" then "Title: subtitle ...")
        let first_line;
        let mut whole = &b.text;
        let mut words = whole.text.split_whitespace().count();
        if words > 14
            && b.parts.len() == 2
            && let Some(r) = b.parts.first()
        {
            first_line = doc.layout.clean(r.clone(), Mode::Inline);
            whole = &first_line;
            words = whole.text.split_whitespace().count();
        }
        let text = whole.text.as_str();
        if words > 14 || text.ends_with([':', '?', '!']) || (text.ends_with('.') && words > 6) {
            continue;
        }
        // a place is not a person ("East Wing"), unless a cue says so
        if place::place_score(text) >= 2 && !text.to_lowercase().starts_with("by ") {
            continue;
        }
        // "by Name", "Speaker Name"
        // (in French, Spanish and German: "Par Mme A. Person", "Por", "Von")
        let (c, by) = match ["by ", "By ", "Par ", "Por ", "Von ", "BY "]
            .iter()
            .find_map(|p| text.strip_prefix(p))
        {
            Some(rest) => (whole.slice(text.len() - rest.len()..text.len()), true),
            None => (whole.clone(), false),
        };
        let c = c.slice(0..c.text.trim_end_matches([',', ';']).len());
        // a name with its organization run on without a comma: "A. Person Example Group"
        // the block's own text, untouched: its reading is cached on the document
        let own = c.text == doc.text(j);
        let person = if own {
            doc.person(j).cloned()
        } else {
            people::person_line(&c.text)
        };
        let p = person.or_else(|| {
            let (h, r) = if own {
                doc.names(j).first().cloned()?
            } else {
                people::names_in(&c.text).into_iter().next()?
            };
            let opens = h.as_ref().map_or(r.start, |h| h.start) == 0;
            let rest = c.text[r.end..].trim();
            // "Example Mellon University" is an organization, not a person and an org
            let first_rest = rest.split_whitespace().next().unwrap_or("");
            let org_continues = people::has_org_word(first_rest)
                && first_rest.chars().next().is_some_and(char::is_uppercase);
            (opens
                && !org_continues
                && people::has_org_word(rest)
                && rest.split_whitespace().count() <= 6)
                .then(|| people::PersonParts {
                    name: r.clone(),
                    honorific: h,
                    position: None,
                    affiliation: Some(c.text.len() - rest.len()..c.text.len()),
                })
        });
        let Some(p) = p else {
            // "A. Person and B. Person" alone on a line, their institution under it
            let names = people::name_list(&c.text);
            if pair.is_none()
                && names.len() >= 2
                && j < first_prose
                && doc.blocks().get(j + 1).is_some_and(|n| {
                    people::has_org_word(&n.text.text) && doc.hits[j + 1].is_none()
                })
            {
                let ps: Vec<PersonClean> = names
                    .into_iter()
                    .map(|(h, r)| PersonClean {
                        name: c.slice(r),
                        honorific: h.map(|h| c.slice(h)),
                        ..PersonClean::default()
                    })
                    .collect();
                pair = Some((j, ps));
            }
            continue;
        };
        // the name must open the line and the rest must be an affiliation,
        // a position or degrees ("Jr.", "Ph.D.")
        // a footnote mark after the name ("Name (*)", "Name*") is not text
        let rest = c.text[p.name.end..]
            .trim()
            .trim_start_matches(',')
            .trim_matches(|ch: char| "()[]*†‡".contains(ch) || ch.is_whitespace());
        let degrees = rest.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            people::is_degree(w) || matches!(w, "II" | "III" | "ii" | "iii")
        });
        if !rest.is_empty() && !degrees && p.affiliation.is_none() && p.position.is_none() {
            continue;
        }
        if let Some(a) = &p.affiliation
            && !people::has_org_word(&c.text[a.clone()])
            && c.text[a.clone()].split_whitespace().count() > 4
        {
            continue;
        }
        let mut score = 1;
        let prev = j
            .checked_sub(1)
            .map_or("", |k| doc.text(k))
            .trim()
            .to_lowercase();
        if by
            || prev == "by"
            || prev.ends_with(" by")
            || prev.ends_with("speaker")
            || prev.ends_with("speaker:")
        {
            score += 4;
        }
        let described = p.affiliation.is_some()
            || p.position.is_some()
            || doc.blocks().get(j + 1).is_some_and(|n| {
                people::has_org_word(&n.text.text) || people::is_position(&n.text.text)
            });
        if described {
            score += 2;
        }
        // (an organization's word says more than a bare "from Example Highlights")
        let org_said =
            p.affiliation
                .as_ref()
                .is_some_and(|a| people::has_org_word(&c.text[a.clone()]))
                || p.position.is_some()
                || doc.blocks().get(j + 1).is_some_and(|n| {
                    doc.hits[j + 1].is_none() && people::has_org_word(&n.text.text)
                });
        if org_said && j < first_prose {
            score += 1;
        }
        if p.honorific.is_some() {
            score += 1;
        }
        if j > first_prose {
            score -= 3;
        }
        if score < 1 {
            continue;
        }
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            let mut pc = schedule::person_clean(&c, &p);
            // a profile's headline: "Engineer at Example Labs | Rasters | Maps"
            let under = doc
                .blocks()
                .get(j + 1)
                .map(|n| match n.text.text.find(" | ") {
                    Some(k) => n.text.slice(0..k),
                    None => n.text.clone(),
                });
            if pc.affiliation.is_none()
                && let Some(n) = under
                && (people::has_org_word(&n.text)
                    || people::position_prefix(&n.text).is_some()
                    || job_at(&n.text).is_some())
                && n.text.split_whitespace().count() <= 12
                && doc.hits[j + 1].is_none()
            {
                let (pos, aff) = position_and_affiliation(&n);
                pc.position = pc.position.or(pos);
                pc.affiliation = aff;
                // "Department of X" then "Example University" on the next line
                if let Some(n2) = doc.blocks().get(j + 2)
                    && doc.hits[j + 2].is_none()
                    && let Some(whole) = pc
                        .affiliation
                        .as_ref()
                        .and_then(|unit| unit_and_institution(doc, unit, &n2.text))
                {
                    pc.affiliation = Some(whole);
                }
                // "Position" then "Affiliation" on the next line, or a unit
                // over its institution on the next two
                if pc.affiliation.is_none()
                    && let Some(n2) = doc.blocks().get(j + 2)
                    && n2.text.text.starts_with(|c: char| !c.is_lowercase())
                    && people::has_org_word(&n2.text.text)
                    && n2.text.text.split_whitespace().count() <= 12
                    && doc.hits[j + 2].is_none()
                {
                    pc.affiliation = Some(n2.text.clone());
                    if let Some(n3) = doc.blocks().get(j + 3)
                        && !n3.after_blank
                        && doc.hits[j + 3].is_none()
                        && let Some(whole) = unit_and_institution(doc, &n2.text, &n3.text)
                    {
                        pc.affiliation = Some(whole);
                    }
                }
            }
            best = Some((score, j, pc));
        }
    }
    match (best, pair) {
        // a described person line wins; else the names with their institution
        (Some((score, j, p)), _) if score >= 3 => {
            let mut ps = vec![p];
            ps.extend(second_after_and(doc, j, blocks.end));
            ps
        }
        (_, Some((_, ps))) => ps,
        (best, None) => best.map(|(_, _, p)| vec![p]).unwrap_or_default(),
    }
}

/// The second speaker of a talk laid out as
///
/// ```text
///        Dr. A. Person
///   Example Group, Example Laboratory
///              and
///        B. Person
///   Department of Example, Example University
/// ```
///
/// after the first person's line at block `j`: a line that is only `and`
/// within the next three blocks, then a name line, its institution under it.
fn second_after_and(doc: &Doc, j: usize, end: usize) -> Option<PersonClean> {
    let k = (j + 1..(j + 4).min(end))
        .find(|&k| matches!(doc.text(k).trim(), "and" | "&" | "AND" | "with"))?;
    let n = k + 1;
    if n >= end || doc.hits.get(n).is_some_and(Option::is_some) {
        return None;
    }
    let b = doc.blocks().get(n)?;
    let p = doc.person(n)?;
    let mut pc = schedule::person_clean(&b.text, p);
    if pc.affiliation.is_none()
        && let Some(next) = doc.blocks().get(n + 1)
        && n + 1 < end
        && doc.hits[n + 1].is_none()
        && next.text.text.starts_with(|c: char| c.is_uppercase())
        && people::has_org_word(&next.text.text)
        && next.text.text.split_whitespace().count() <= 12
    {
        let (pos, aff) = position_and_affiliation(&next.text);
        pc.position = pc.position.or(pos);
        pc.affiliation = aff;
    }
    Some(pc)
}

/// A name (with honorific) at the start of `s`, the longest that fits.
fn name_at_start(s: &str) -> Option<(Option<Range<usize>>, Range<usize>)> {
    let ends: Vec<usize> = s
        .char_indices()
        .filter(|&(_, c)| c == ' ' || c == ',' || c == '(' || c == '.' || c == ';')
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .take(9)
        .collect();
    for &e in ends.iter().rev() {
        if let Some(n) = people::name_at(s, 0..e) {
            return Some(n);
        }
    }
    None
}

/// `from the Physics Department at Example University`, `(Example Labs)`,
/// `of Y`: the affiliation right after a name in prose.
fn affiliation_after(tail: &str) -> Option<Range<usize>> {
    let (skip, body) = if let Some(r) = tail.strip_prefix(" (") {
        let close = r.find(')')?;
        return Some(2..2 + close);
    } else if let Some(r) = tail.strip_prefix(" from ") {
        (tail.len() - r.len(), r)
    } else if let Some(r) = tail.strip_prefix(" of ") {
        (tail.len() - r.len(), r)
    } else {
        return None;
    };
    // the affiliation ends at the first punctuation or verb after it
    let end = [
        ",", ";", "(", ":", ". ", " will ", " is ", " has ", " who ", " gave ", " on ", " this ",
        " next ",
    ]
    .iter()
    .filter_map(|stop| body.find(stop))
    .min()
    .unwrap_or(body.len());
    let aff = body[..end].trim_end_matches('.');
    // "of the University of X": the article is not part of the name
    let lead = if aff.starts_with("the ") { 4 } else { 0 };
    let aff = &aff[lead..];
    (people::has_org_word(aff) && !aff.is_empty()).then_some(skip + lead..skip + lead + aff.len())
}

/// The organization in brackets right after `name` somewhere in the
/// document (`A. Person (Example University)`), when the brackets hold one.
fn bracketed_affiliation(doc: &Doc, name: &str) -> Option<Val> {
    if name.len() < 5 {
        return None;
    }
    doc.blocks().iter().find_map(|b| {
        let t = b.text.text.as_str();
        t.match_indices(name).find_map(|(k, _)| {
            let end = k + name.len();
            let tail = t.get(end..)?;
            if !tail.starts_with(" (") {
                return None;
            }
            let r = affiliation_after(tail)?;
            let inner = tail.get(r.clone())?;
            // (an organization's name, not a time, a place and year or an
            // address)
            (people::has_org_word(inner) && !inner.contains('@') && when::scan(inner).is_empty())
                .then(|| Val::of(&b.text.slice(end + r.start..end + r.end)))
                .flatten()
        })
    })
}

/// Drafts one talk.
pub fn draft(cx: &TalkContext, seg: &TalkSeg) -> TalkDraft {
    let doc = cx.doc;
    let mut t = TalkDraft::default();
    let mut speakers: Vec<PersonClean> = Vec::new();
    let mut title: Option<Clean> = None;
    let mut subject: Option<Clean> = None;
    let mut slot_time: Option<Clean> = None;
    let mut slot_zone = None;

    // what introduced the talk
    // a schedule row that names its speakers makes its heading a title
    let slot_names = seg.slot.as_ref().is_some_and(|s| !s.speakers.is_empty());
    // the text of a schedule row read as the title; a `Title:` label among the
    // talk's own lines says better ("4:00 pm, Example Auditorium" over it)
    let mut from_slot = false;
    // the heading above a speaker's heading that gave the title
    let mut title_above: Option<usize> = None;
    // a bio found in the speaker's own section: the description may follow it
    let mut bio_under_speaker = false;
    match &seg.head {
        Head::Heading(h) => {
            if let Some((p, time)) = segment::heading_person(doc, *h).filter(|_| !slot_names) {
                speakers.push(p);
                slot_time = time;
                // "## Title" right over "### Prof. A. Person — University"
                if let Some(above) = h.checked_sub(1)
                    && let (Some(la), Some(lh)) = (doc.heading_level(above), doc.heading_level(*h))
                    && la < lh
                    && doc.hits[above].is_none()
                    && (1..=25).contains(&doc.text(above).split_whitespace().count())
                    && kind::kind_marker(doc.text(above)).is_none()
                    // (not a section heading over a talk whose title is below)
                    && !(doc.hits.get(h + 1).is_some_and(Option::is_none)
                        && h + 1 < seg.blocks.end
                        && segment::title_like(doc, h + 1))
                {
                    title = Some(strip_quotes(&doc.blocks()[above].text));
                    title_above = Some(above);
                }
            } else if let Some(time) = segment::kind_time_heading(doc, *h) {
                // "Keynote I — Wednesday, June 3, 9:15": the title is below
                t.kind = kind::kind_marker(doc.text(*h));
                slot_time = Some(time);
            } else if let Some(b) = doc.blocks().get(*h)
                && let Some(e) = doc.exprs(*h).first()
                && e.date.is_some()
                && when::opens(e, &b.text.text)
                && (doc.is_when_line(*h) || dated_notice(&b.text.text[e.range.end..]))
            {
                // "Giovedì 7 novembre 2013" over the speaker and the title;
                // "Giovedì 21 novembre 2013 – ATTENZIONE: Aula Magna, ore
                // 15:00": the day (and a notice), the title is below
                slot_time = Some(b.text.clone());
                // the title's line over the speakers' line, in one block
                if let Some(next) = doc.blocks().get(h + 1)
                    && let [first, second] = next.parts.as_slice()
                    && doc.hits.get(h + 1).is_some_and(Option::is_none)
                {
                    let who = doc.layout.clean(second.clone(), Mode::Inline);
                    let people = schedule::persons_in(&who);
                    if people.iter().any(|p| p.affiliation.is_some()) {
                        title = Some(strip_quotes(&doc.layout.clean(first.clone(), Mode::Inline)));
                        speakers.extend(people);
                    }
                }
            } else if let Some((time, rest)) = when_and_title(doc, *h) {
                // "### 2026-01-21 16:00 UTC — Title", "### Title — 21 Jan 2026"
                slot_time = Some(time);
                title = Some(strip_title_prefix(&rest, &mut t));
            } else if let Some(b) = doc.blocks().get(*h) {
                title = Some(strip_title_prefix(&b.text, &mut t));
                // "Name – Title" over the row's abstract, the title maybe
                // cut short: the row's title
                if let Some(slot) = seg.slot.as_ref()
                    && let Some(st) = slot.title.as_ref()
                    && (b.text.text.ends_with(st.text.as_str())
                        || slot
                            .speakers
                            .first()
                            .is_some_and(|p| b.text.text.starts_with(p.name.text.as_str())))
                {
                    title = Some(st.clone());
                }
            }
            t.kind = t
                .kind
                .or_else(|| kind::kind_marker(doc.text(h.saturating_sub(1))));
        }
        Head::Person { block, title: tb } => {
            if let Some(p) = segment::person_anchor(doc, *block) {
                speakers.push(p);
            }
            if let Some(tb) = tb
                && let Some(b) = doc.blocks().get(*tb)
            {
                title = Some(strip_quotes(&b.text));
            }
            let before = tb.unwrap_or(*block);
            if let Some(k) = before
                .checked_sub(1)
                .and_then(|i| kind::kind_marker(doc.text(i)))
            {
                t.kind = Some(k);
            }
        }
        Head::Slot | Head::Whole | Head::Fields => {}
    }
    if let Some(slot) = &seg.slot {
        if speakers.is_empty() {
            speakers.extend(slot.speakers.iter().cloned());
        }
        if title.is_none() {
            title = slot.title.clone();
            from_slot = title.is_some();
        }
        t.kind = t.kind.or(slot.kind);
        slot_time = slot.time.clone();
        slot_zone = slot.zone.clone();
    }

    // labelled fields and free blocks
    let mut abstract_blocks: Option<(usize, Vec<usize>)> = None;
    // the abstract so far is a one-line summary
    let mut summary_only = false;
    let mut bio_blocks: Option<(usize, Vec<usize>, Option<String>)> = None;
    // bios given with each person of a list of entries ([`person_entries`])
    let mut entry_bios: Vec<(String, Clean)> = Vec::new();
    let mut affiliation: Option<Clean> = None;
    let mut free: Vec<usize> = Vec::new();
    let mut consumed = vec![false; seg.blocks.end.max(seg.blocks.start)];
    // a short person line and the title line that head the talk are no prose
    if let Head::Person { block, title } = &seg.head {
        for k in std::iter::once(*block).chain(*title) {
            if doc.text(k).split_whitespace().count() <= 14
                && let Some(c) = consumed.get_mut(k)
            {
                *c = true;
            }
        }
    }
    let mut i = seg.blocks.start;
    while i < seg.blocks.end {
        let Some(hit) = doc.hits.get(i).and_then(|h| h.clone()) else {
            // "by Name" on a line of its own
            let b = &doc.blocks()[i];
            let t = b.text.text.as_str();
            if speakers.is_empty()
                && let Some(rest) = t.strip_prefix("by ").or_else(|| t.strip_prefix("By "))
                && rest.split_whitespace().count() <= 12
            {
                let ps = schedule::persons_in(&b.text.slice(t.len() - rest.len()..t.len()));
                if !ps.is_empty() {
                    speakers = ps;
                    i += 1;
                    continue;
                }
            }
            if !consumed[i] {
                free.push(i);
            }
            i += 1;
            continue;
        };
        let section = doc.section(i, seg.blocks.end);
        let value_block = || -> Option<Clean> {
            match &hit.value {
                Some(v) => Some(v.clone()),
                None => section.clone().next().map(|j| doc.blocks()[j].text.clone()),
            }
        };
        match hit.label {
            // "Panelists:" / "Speakers:" over a list: one person per item,
            // every item a person
            Label::Speaker if hit.value.is_none() && plural_label(doc.text(i)) => {
                let items: Vec<usize> = section
                    .clone()
                    .take_while(|&j| matches!(doc.blocks()[j].kind, BlockKind::Item(_)))
                    .collect();
                let per_item: Vec<Vec<PersonClean>> = items
                    .iter()
                    .map(|&j| {
                        // "Dr. A. Person — Engineer, Example University.
                        // Ada leads ...": the person before the first sentence ends
                        let whole = &doc.blocks()[j].text;
                        let v = &match people::sentence_ends(&whole.text).first() {
                            Some(&k) if whole.text.len() > k + 1 => whole.slice(0..k - 1),
                            _ => whole.clone(),
                        };
                        let mut ps = schedule::persons_in(v);
                        if ps.is_empty() {
                            ps = people::person_line(&v.text)
                                .map(|p| vec![schedule::person_clean(v, &p)])
                                .unwrap_or_default();
                        }
                        // "Position, Affiliation" after the dash
                        if let [pc] = ps.as_mut_slice()
                            && pc.position.is_none()
                            && let Some(a) = pc.affiliation.take()
                        {
                            set_job_line(pc, &a);
                        }
                        ps
                    })
                    .collect();
                if items.len() >= 2 && per_item.iter().all(|ps| !ps.is_empty()) {
                    speakers = per_item.into_iter().flatten().collect();
                } else if let Some(people) = name_stanzas(doc, section.clone()) {
                    speakers = people;
                } else if let Some(entries) = person_entries(doc, section.clone()) {
                    // one block per person: a person line, then lines about
                    // them ("Name, Position, Org" / "   Name oversees …")
                    speakers = entries.iter().map(|(p, _)| p.clone()).collect();
                    entry_bios = entries
                        .into_iter()
                        .filter_map(|(p, bio)| Some((p.name.text, bio?)))
                        .collect();
                } else if let under = people_under_headings(doc, i, section.clone())
                    && under.len() >= 2
                {
                    speakers = under;
                } else if let Some(v) = value_block() {
                    let ps = speakers_in_value(doc, &v, section.clone());
                    if !ps.is_empty() {
                        speakers = ps;
                    }
                }
            }
            Label::Speaker => {
                if let Some(v) = value_block() {
                    let v = match &hit.value {
                        Some(_) => run_on_value(doc, i, &v),
                        None => v,
                    };
                    let mut ps = speakers_in_value(doc, &v, section.clone());
                    // "WHO: A. Person and B. Person" over the organization they
                    // share, on the next line at the value's indent
                    if ps.len() >= 2
                        && ps.iter().all(|p| p.affiliation.is_none())
                        && hit.value.is_some()
                        && let Some(org) = shared_org_line(doc, i)
                    {
                        for p in &mut ps {
                            p.affiliation = Some(org.clone());
                        }
                    }
                    // "Speaker" over a paragraph about them ("A. Person is
                    // Professor of X at Y. She ..."): that paragraph is the bio
                    if hit.value.is_none() && bio_blocks.is_none() && !ps.is_empty() {
                        let names: Vec<&str> = ps.iter().map(|p| p.name.text.as_str()).collect();
                        // after the name's own lines (position, affiliation)
                        let is_prose = |j: &usize| prose::is_prose(doc.text(*j));
                        let about: Vec<usize> = section
                            .clone()
                            .take(3)
                            .find(is_prose)
                            .map(|from| (from..section.end).take_while(is_prose).collect())
                            .unwrap_or_default();
                        if about
                            .first()
                            .is_some_and(|&j| prose::starts_bio(doc.text(j), &names))
                        {
                            bio_blocks = Some((usize::MAX, about, None));
                            bio_under_speaker = true;
                        }
                    }
                    if !ps.is_empty() {
                        speakers = ps;
                    } else if hit.value.is_some()
                        && title.is_none()
                        && doc
                            .text(i)
                            .trim_start_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                            .starts_with("panel")
                        && v.text.split_whitespace().count() >= 2
                    {
                        // "Panel: The Future of X" names the panel, not its people
                        title = Some(strip_quotes(&v));
                        t.kind = t.kind.or(Some(crate::record::Kind::Panel));
                    }
                }
            }
            Label::Title => {
                if let Some(v) = value_block()
                    && (title.is_none() || std::mem::take(&mut from_slot))
                {
                    let v = match &hit.value {
                        Some(_) => hanging_value(doc, i, &v),
                        None => v,
                    };
                    // "Paper: Title by A. Author and B. Author (2023)": the
                    // authors are not part of the title
                    let cut = v
                        .text
                        .match_indices(" by ")
                        .map(|(k, _)| k)
                        .find(|&k| {
                            people::names_in(&v.text[k + 4..])
                                .first()
                                .is_some_and(|(h, r)| h.as_ref().map_or(r.start, |h| h.start) == 0)
                                || v.text[k + 4..].starts_with(|c: char| c.is_uppercase())
                                    && v.text[k + 4..].get(1..3) == Some(". ")
                        })
                        .unwrap_or(v.text.len());
                    title = Some(strip_quotes(&v.slice(0..cut)));
                }
            }
            Label::Subject => {
                // "Subject:" among a talk's fields ("Presenter:", "Date:")
                // is its topic, not a mail's subject line
                let field = |k: usize| {
                    doc.label(k).is_some_and(|l| {
                        matches!(l, Label::Speaker | Label::Date | Label::Time | Label::Place)
                    })
                };
                // (a bboard header's "Topic:" line is the post's subject)
                let among_fields = ((i > 0 && field(i - 1)) || field(i + 1))
                    && doc
                        .text(i)
                        .trim_start()
                        .to_lowercase()
                        .starts_with("subject");
                match value_block() {
                    Some(v) if among_fields && title.is_none() => title = Some(strip_quotes(&v)),
                    _ => subject = subject.or_else(|| hit.value.clone()),
                }
            }
            Label::Affiliation => affiliation = affiliation.or_else(value_block),
            // (a short summary in a field list gives way to an "Abstract"
            // section further down)
            Label::Abstract
                if abstract_blocks.is_none() || (hit.value.is_none() && summary_only) =>
            {
                // (a field list's ":summary: …" is one line, owning no paragraph)
                let field_line = doc.text(i).starts_with(':') && hit.value.is_some();
                summary_only = hit
                    .value
                    .as_ref()
                    .is_some_and(|v| v.text.split_whitespace().count() < 30)
                    && (section.is_empty() || field_line);
                let start = hit.value.as_ref().map_or(usize::MAX, |v| v.span().start);
                let mut bl: Vec<usize> = Vec::new();
                if hit.value.is_some() {
                    bl.push(i);
                }
                if !field_line {
                    bl.extend(section.clone());
                }
                abstract_blocks = Some((start, bl));
            }
            Label::Bio if bio_blocks.is_none() => {
                let start = hit.value.as_ref().map_or(usize::MAX, |v| v.span().start);
                let mut bl: Vec<usize> = Vec::new();
                if hit.value.is_some() {
                    bl.push(i);
                }
                bl.extend(section.clone());
                let about = doc.text(i).to_lowercase();
                let subject = about
                    .strip_prefix("about ")
                    .filter(|s| !s.starts_with("the "))
                    .map(|_| doc.text(i)[6..].trim_end_matches(':').trim().to_string());
                bio_blocks = Some((start, bl, subject));
            }
            Label::Host => {
                if let Some(v) = value_block() {
                    for p in schedule::labelled_persons(&v) {
                        if let Some(d) = person_draft(doc, &p) {
                            t.hosts.push(d);
                        }
                    }
                }
            }
            Label::Date | Label::Time if cx.program && slot_time.is_none() => {
                slot_time = value_block();
            }
            // "Conférence : « Title »", "Lecture: \"Title\"": a kind word over a
            // quoted title
            Label::Other
                if title.is_none()
                    && let Some(v) = hit.value.as_ref()
                    && let Some((key, _)) = doc.text(i).split_once(':')
                    && key.split_whitespace().count() <= 2
                    && kind::kind_in(key).is_some()
                    && v.text.starts_with(['"', '“', '«'])
                    && v.text.ends_with(['"', '”', '»']) =>
            {
                title = Some(strip_quotes(v));
            }
            // "Person: Large atlases now describe …" under a program: the
            // speaker's name as the label of their abstract
            Label::Other
                if abstract_blocks.is_none()
                    && matches!(seg.head, Head::Slot)
                    && let Some(v) = hit.value.as_ref()
                    && let Some((key, _)) = doc.text(i).split_once(':')
                    && (speakers.iter().any(|p| {
                        let name = p.name.text.as_str();
                        key == name || name.split_whitespace().next_back() == Some(key)
                    }) || title.as_ref().is_some_and(|t| {
                        segment::title_key(doc.text(i), &t.text.to_lowercase())
                    })) =>
            {
                let mut bl = vec![i];
                bl.extend(section.clone());
                abstract_blocks = Some((v.span().start, bl));
            }
            _ => {}
        }
        // a section label owns its blocks; an inline label owns nothing more
        // unless it is a long field
        let owns = hit.value.is_none() || hit.label.is_long();
        if owns {
            for j in section.clone() {
                if j < consumed.len() {
                    consumed[j] = true;
                }
            }
        }
        i += 1;
    }

    // hosts named in running text: "moderated by X", "chaired by X", "introduced by X"
    if t.hosts.is_empty() {
        static HOSTED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:moderated|chaired|introduced|hosted|facilitated) by\s+$")
                .unwrap_or_else(|_| unreachable_regex())
        });
        static HOST_CUE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:moderated|chaired|introduced|hosted|facilitated) by\s")
                .unwrap_or_else(|_| unreachable_regex())
        });
        'blocks: for j in seg.blocks.clone() {
            let b = &doc.blocks()[j];
            // names are read only in blocks that have the cue at all
            if !HOST_CUE.is_match(&b.text.text) {
                continue;
            }
            for (h, r) in doc.names(j) {
                let from = h.as_ref().map_or(r.start, |h| h.start);
                if b.text
                    .text
                    .get(..from)
                    .is_some_and(|before| HOSTED.is_match(before))
                {
                    let p = PersonClean {
                        name: b.text.slice(r.clone()),
                        honorific: h.clone().map(|h| b.text.slice(h)),
                        ..PersonClean::default()
                    };
                    if let Some(d) = person_draft(doc, &p) {
                        t.hosts.push(d);
                    }
                    break 'blocks;
                }
            }
        }
    }
    // references: "[1] ..." lines
    for &j in &free {
        if prose::is_reference(doc.text(j))
            && let Some(v) = Val::of(&doc.blocks()[j].text)
        {
            t.references.push(v);
        }
    }
    free.retain(|&j| !prose::is_reference(doc.text(j)));
    // references inside a labelled abstract section are set aside too
    if let Some((_, bl)) = abstract_blocks.as_mut() {
        for &j in bl.iter() {
            if prose::is_reference(doc.text(j))
                && let Some(v) = Val::of(&doc.blocks()[j].text)
            {
                t.references.push(v);
            }
        }
        bl.retain(|&j| !prose::is_reference(doc.text(j)));
    }

    // a title from the free lines: the first title-like line before any prose
    if title.is_none() && !matches!(seg.head, Head::Whole) {
        for &j in &free {
            let text = doc.text(j);
            let quoted = text.starts_with(['"', '“']);
            if prose::is_prose(text) && !quoted && !doc.blocks()[j].is_heading() {
                break;
            }
            // under a speaker's name, an institution line is the affiliation, not the title
            if !quoted
                && !doc.blocks()[j].is_heading()
                && affiliation.is_none()
                && speakers.first().is_some_and(|p| p.affiliation.is_none())
                && (people::has_org_word(text) || people::position_prefix(text).is_some())
                && text.split_whitespace().count() <= 20
            {
                affiliation = Some(doc.blocks()[j].text.clone());
                continue;
            }
            if segment::title_like(doc, j)
                && !people::is_name(text)
                && people::person_line(text).is_none()
            {
                // "Wed 7 Oct   Potential outcomes refresher": a term list's
                // day, then the session's title
                let c = &doc.blocks()[j].text;
                let c = match doc.exprs(j).first() {
                    Some(e) if e.range.start == 0 && e.has_date() && j == seg.blocks.start => {
                        let rest = &c.text[e.range.end..];
                        let lead = rest.len()
                            - rest
                                .trim_start_matches([' ', ',', ':', '-', '–', '—', '|', '\t'])
                                .len();
                        let t = c.slice(e.range.end + lead..c.text.len());
                        if t.text.split_whitespace().count() >= 2 {
                            t
                        } else {
                            c.clone()
                        }
                    }
                    _ => c.clone(),
                };
                title = Some(strip_quotes(&c));
                break;
            }
        }
    }

    // speakers from prose if still unknown
    let names_now: Vec<String> = speakers.iter().map(|p| p.name.text.clone()).collect();
    let name_refs: Vec<&str> = names_now.iter().map(String::as_str).collect();

    // a labelled abstract's section may end on the speaker's biography
    // ("Dr. Example is a Member of Technical Staff ...")
    if bio_blocks.is_none()
        && let Some((_, bl)) = abstract_blocks.as_mut()
    {
        let (abs, bio) = split_bio(doc, bl, &name_refs);
        if !abs.is_empty() && !bio.is_empty() {
            *bl = abs;
            bio_blocks = Some((usize::MAX, bio, None));
        }
    }

    // free prose runs: abstract then bio
    let mut prose_blocks: Vec<usize> = free
        .iter()
        .copied()
        .filter(|&j| {
            let b = &doc.blocks()[j];
            matches!(
                b.kind,
                BlockKind::Para | BlockKind::Item(_) | BlockKind::Row
            ) && (prose::is_prose(&b.text.text)
                || b.cells.iter().any(|c| prose::is_prose(&c.text))
                || (!name_refs.is_empty() && prose::starts_bio(&b.text.text, &name_refs)))
                && !prose::is_logistics(&b.text.text)
        })
        .collect();
    // rows with a long single cell count as prose (tables used for layout)
    prose_blocks.sort_unstable();
    let runs = runs_of(&free, &prose_blocks);
    if bio_blocks.is_none() || abstract_blocks.is_none() {
        // paragraphs that announce (when, where, who comes) are not the description
        let announces = |j: usize| {
            static ANNOUNCE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)(?-u:\b)(?:will (?:give|be giving|present|speak|visit|be held|take place|be broadcast|be streamed|talk|lecture|be given|be speaking)|(?:'|’)ll (?:be giving|give|present|speak|talk)|is scheduled|are scheduled|scheduled for|join us|will be (?:in|at) |our (?:next )?speaker|is (?:our|the) (?:next )?speaker)(?-u:\b)")
                    .unwrap_or_else(|_| unreachable_regex())
            });
            // the speaker's own post: "Excited to share that I'll be giving
            // a talk at the X Meetup next week!"
            static OWN_POST: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)(?-u:\b)(?:(?:excited|thrilled|happy|delighted|honou?red|proud|glad) to (?:share|announce|be (?:giving|speaking|presenting))|(?:giving|presenting|speaking at|delivering) (?:a|my|the|an) (?:[\p{Latin}-]+ )?(?:talk|keynote|lecture|seminar|webinar|presentation|tutorial) (?:at|for|to|during))(?-u:\b)")
                    .unwrap_or_else(|_| unreachable_regex())
            });
            let t = doc.text(j);
            (!doc.exprs(j).is_empty() && ANNOUNCE.is_match(t))
                || (t.split_whitespace().count() <= 60 && OWN_POST.is_match(t))
        };
        let mut runs = runs;
        for run in &mut runs {
            while run.first().is_some_and(|&j| announces(j)) {
                run.remove(0);
            }
            while run.last().is_some_and(|&j| announces(j)) {
                run.pop();
            }
        }
        runs.retain(|r| !r.is_empty());
        // the forwarder's note above a forwarded message is not the description
        if let Some(f) = doc.forward_mark
            && runs.iter().any(|r| r.first().is_some_and(|&j| j > f))
        {
            runs.retain(|r| r.first().is_some_and(|&j| j > f));
        }
        // a page's one-paragraph teaser above the event's details ("Most
        // inventories stop at 30 cm. A soil ecologist explains ...") gives
        // way to the full description below them
        let first_field = (seg.blocks.start..seg.blocks.end).find(|&j| {
            doc.hits.get(j).and_then(Option::as_ref).is_some_and(|h| {
                matches!(
                    h.label,
                    Label::Date | Label::Time | Label::Place | Label::Speaker
                )
            })
        });
        let words_of = |r: &[usize]| -> usize {
            r.iter()
                .map(|&j| doc.text(j).split_whitespace().count())
                .sum()
        };
        if let (Some(f), Some(first)) = (first_field, runs.first())
            && first.len() == 1
            && first.iter().all(|&j| j < f)
            && words_of(first) < 40
            && runs.iter().skip(1).any(|r| {
                r.first().is_some_and(|&j| j > f)
                    && !r.first().is_some_and(|&j| prose::announces(doc.text(j)))
                    && words_of(r) >= 40.max(2 * words_of(first))
            })
        {
            runs.remove(0);
        }
        for run in runs {
            let (mut abs, bio) = split_bio(doc, &run, &name_refs);
            // the announcing paragraph before the description ("Prof. X will
            // speak on ...", "We meet every other Monday") is not the abstract
            while abs.len() > 1 && abs.first().is_some_and(|&j| prose::announces(doc.text(j))) {
                abs.remove(0);
            }
            let words: usize = abs
                .iter()
                .map(|&j| doc.text(j).split_whitespace().count())
                .sum();
            if abstract_blocks.is_none()
                && !abs.is_empty()
                && words >= 20
                && (bio_under_speaker
                    || bio_blocks
                        .as_ref()
                        .is_none_or(|(_, b, _)| b.first().is_none_or(|&f| abs[0] < f)))
            {
                abstract_blocks = Some((usize::MAX, abs));
            }
            if bio_blocks.is_none() && !bio.is_empty() {
                bio_blocks = Some((usize::MAX, bio, None));
            }
        }
    }
    let abstract_text = abstract_blocks.map(|(start, mut bl)| {
        cut_at_section_end(doc, &mut bl, false);
        trim_tail(doc, &mut bl);
        let start = if start == usize::MAX {
            bl.first().map_or(0, |&f| doc.blocks()[f].span().start)
        } else {
            start
        };
        without_closing_notes(&prose_from(doc, start, &bl))
    });
    // the paragraphs of the biography section, before it is cut to its
    // first subject: a bio each for several speakers
    let bio_section: Vec<usize> = bio_blocks
        .as_ref()
        .map(|(_, bl, _)| bl.clone())
        .unwrap_or_default();
    let bio = bio_blocks.map(|(start, mut bl, subject)| {
        cut_at_section_end(doc, &mut bl, true);
        trim_tail(doc, &mut bl);
        let start = if start == usize::MAX {
            bl.first().map_or(0, |&f| doc.blocks()[f].span().start)
        } else {
            start
        };
        (prose_from(doc, start, &bl), subject)
    });

    // under a heading, the person line right below it ("Dr. A. Person,
    // Dept. of Mathematics, Univ. of Example")
    if speakers.is_empty()
        && let Head::Heading(h) = seg.head
        && let Some(p) = segment::person_anchor(doc, h + 1)
    {
        speakers = vec![p];
    }
    // speakers, last resorts: the subject of the bio, or prose cues
    if speakers.is_empty()
        && let Some((b, subject)) = &bio
        && let Some(p) = bio_subject(
            &doc.layout.clean(b.span(), Mode::Inline),
            subject.as_deref(),
        )
    {
        // a cue in the text ("a lecture by Dr. X, Professor at Y") names the
        // same person more fully than the bio's first words
        let last = surname(&p.name.text).to_string();
        let same = |q: &PersonClean| surname(&q.name.text) == last;
        let fuller = seg
            .blocks
            .clone()
            .find_map(|j| {
                prose_speakers_with(&doc.blocks()[j].text, doc.names(j))
                    .into_iter()
                    .find(same)
            })
            // or a name line with the institution under it
            .or_else(|| name_lines(doc, seg.blocks.clone()).into_iter().find(same));
        speakers.push(fuller.unwrap_or(p));
    }
    if speakers.is_empty() && matches!(seg.head, Head::Whole) {
        // a heading or first line "Title - Name, Name" / "Title by Name"
        if let Some((t_, ps)) = title_with_speakers(doc, seg.blocks.clone()) {
            speakers = ps;
            if title.is_none() {
                title = Some(t_);
            }
        }
    }
    if speakers.is_empty() && matches!(seg.head, Head::Whole) {
        // a one-row schedule table names the speaker
        if let Some(s) = cx.slots.iter().find(|s| !s.speakers.is_empty()) {
            speakers = s.speakers.clone();
        }
    }
    if speakers.is_empty() && matches!(seg.head, Head::Whole | Head::Heading(_)) {
        speakers = name_lines(doc, seg.blocks.clone());
    }
    // under a heading, a line of several people with their institution
    // ("Dr. A. Person and Dr. B. Person, Example Laboratory")
    if speakers.is_empty() && matches!(seg.head, Head::Heading(_)) {
        speakers = seg
            .blocks
            .clone()
            .take(3)
            .filter(|&j| doc.hits[j].is_none())
            .map(|j| schedule::persons_in(&doc.blocks()[j].text))
            .find(|ps| ps.len() >= 2)
            .unwrap_or_default();
    }
    if speakers.is_empty() {
        for j in seg.blocks.clone() {
            let b = &doc.blocks()[j];
            if doc.hits[j]
                .as_ref()
                .is_some_and(|h| h.label == Label::Posted)
            {
                continue;
            }
            let found = prose_speakers_with(&b.text, doc.names(j));
            if !found.is_empty() {
                speakers = found;
                break;
            }
        }
    }
    if speakers.is_empty()
        && let Some(abs) = &abstract_text
    {
        // "Dr. X will introduce ..." inside the description
        speakers = prose_speakers(abs);
    }
    if speakers.is_empty() && matches!(seg.head, Head::Whole) {
        // "Topic: A. Person Lecture", "Subject: A. Person talking Friday"
        for j in seg.blocks.clone() {
            let Some(h) = doc.hits[j].as_ref() else {
                continue;
            };
            let Some(v) = h
                .value
                .as_ref()
                .filter(|_| matches!(h.label, Label::Title | Label::Subject))
            else {
                continue;
            };
            if let Some((hon, r)) = people::names_in(&v.text).into_iter().next() {
                let rest = v.text[r.end..].trim_start().to_lowercase();
                let opens = hon.as_ref().map_or(r.start, |h| h.start) == 0;
                let talkish = [
                    "talk",
                    "lecture",
                    "seminar",
                    "speaks",
                    "speaking",
                    "presents",
                    "visit",
                    "colloquium",
                ]
                .iter()
                .any(|w| rest.split_whitespace().take(3).any(|x| x.starts_with(w)));
                if opens && talkish {
                    speakers.push(PersonClean {
                        name: v.slice(r),
                        honorific: hon.map(|h| v.slice(h)),
                        ..PersonClean::default()
                    });
                    break;
                }
            }
        }
    }
    if speakers.is_empty() && matches!(seg.head, Head::Whole) {
        for j in seg.blocks.clone() {
            if doc.hits[j].as_ref().is_some_and(|h| {
                matches!(
                    h.label,
                    Label::Posted
                        | Label::Title
                        | Label::Subject
                        | Label::Host
                        | Label::Organizer
                        | Label::Other
                )
            }) {
                continue;
            }
            if let Some(p) = appositive_speaker(&doc.blocks()[j].text, doc.names(j)) {
                speakers.push(p);
                break;
            }
        }
    }

    // "The talk will be presented by A and his co-author B": presenters named in the abstract
    if !speakers.is_empty()
        && let Some(abs) = &abstract_text
    {
        static PRESENTED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:presented|given|delivered) (?:jointly )?by(?-u:\b)")
                .unwrap_or_else(|_| unreachable_regex())
        });
        if let Some(m) = PRESENTED.find(&abs.text) {
            let tail_end = abs.text[m.end()..]
                .find(". ")
                .map_or(abs.text.len(), |k| m.end() + k);
            for (h, r) in people::names_in(&abs.text[m.end()..tail_end]) {
                let r = m.end() + r.start..m.end() + r.end;
                let name = abs.slice(r);
                if !speakers.iter().any(|p| p.name.text == name.text) {
                    speakers.push(PersonClean {
                        name,
                        honorific: h.map(|h| abs.slice(m.end() + h.start..m.end() + h.end)),
                        ..PersonClean::default()
                    });
                }
            }
        }
    }
    // title of a lone talk: a quoted title or the first heading/line
    if title.is_none() && matches!(seg.head, Head::Whole) {
        title = lone_title(doc, seg, &speakers);
    }
    if title.is_none()
        && matches!(seg.head, Head::Whole)
        && let Some(s) = &subject
    {
        title = subject_title(s, &speakers, &mut t);
    }
    // a program line that names only its speaker ("KEYNOTE: Prof. A. Person"),
    // whose talk is announced elsewhere with its title in quotes
    if title.is_none()
        && matches!(seg.head, Head::Slot)
        && let Some(p) = speakers.first()
    {
        title = quoted_title_naming(doc, &p.name.text);
    }

    // "A. Person* (X), B. Person (Y)" under "* = presenting author": the
    // starred authors present
    presenting_authors(doc, &mut speakers);
    // assemble people: their own line first, then labels, the directory, the bio
    let bio_clean = bio.as_ref().map(|(b, _)| b.clone());
    for (k, p) in speakers.iter().enumerate() {
        let Some(mut d) = person_draft(doc, p) else {
            continue;
        };
        if k == 0 && d.affiliation.is_none() {
            d.affiliation = affiliation.as_ref().and_then(Val::of);
        }
        if let Some(entry) = cx.directory.find(&p.name.text) {
            if d.honorific.is_none() {
                d.honorific = entry.honorific.as_ref().and_then(Val::of);
            }
            if d.position.is_none() {
                d.position = entry.position.as_ref().and_then(Val::of);
            }
            // (words after a name that start in lower case name no organization)
            if d.affiliation.is_none() {
                d.affiliation = entry
                    .affiliation
                    .as_ref()
                    .filter(|a| !a.text.starts_with(char::is_lowercase))
                    .and_then(Val::of);
            }
            if d.url.is_none() {
                d.url = person_draft(doc, entry).and_then(|e| e.url);
            }
        }
        // with several speakers, the paragraph of the section that opens on
        // this speaker's name ("ABOUT THE SPEAKERS", one paragraph each)
        let own_paragraph = (speakers.len() > 1)
            .then(|| {
                bio_section
                    .iter()
                    .find(|&&j| {
                        let t = doc.text(j).trim_start();
                        let (_, at) = people::split_honorific(t);
                        prose::starts_bio(t, &[p.name.text.as_str()])
                            || t[at..].strip_prefix(p.name.text.as_str()).is_some_and(|r| {
                                // (degrees between: "A. Person, PhD, studies …")
                                let r = match r.strip_prefix(", ").and_then(|d| d.split_once(", "))
                                {
                                    Some((degrees, rest))
                                        if degrees.split_whitespace().count() <= 3 =>
                                    {
                                        rest
                                    }
                                    _ => r,
                                };
                                r.starts_with(' ') && r.trim_start().starts_with(char::is_lowercase)
                                    || r.starts_with(char::is_lowercase)
                            })
                    })
                    .map(|&j| prose_from(doc, doc.blocks()[j].span().start, &[j]))
            })
            .flatten();
        let own_paragraph = own_paragraph.or_else(|| {
            entry_bios
                .iter()
                .find(|(n, _)| *n == p.name.text)
                .map(|(_, b)| b.clone())
        });
        let (bio_clean, own) = match own_paragraph {
            Some(own) if k > 0 || bio_clean.is_none() => (Some(own), true),
            _ => (bio_clean.clone(), false),
        };
        if (k == 0 || own)
            && let Some(b) = &bio_clean
            && (own || speakers.len() == 1 || prose::starts_bio(&b.text, &[p.name.text.as_str()]))
        {
            d.bio = Val::of(b);
            // "Dr. X is ...": the honorific the bio gives the speaker
            if d.honorific.is_none() {
                let (h, at) = people::split_honorific(&b.text);
                if let Some(h) = h
                    && b.text[at..].starts_with(p.name.text.as_str())
                {
                    d.honorific = Val::of(&b.slice(h));
                }
            }
            let (pos, aff) = people::bio_facts(&b.text);
            if d.position.is_none() {
                d.position = pos.map(|r| b.slice(r)).as_ref().and_then(Val::of);
            }
            if d.affiliation.is_none() {
                d.affiliation = aff.map(|r| b.slice(r)).as_ref().and_then(Val::of);
            }
        }
        // "Vortrag von Prof. Dr. A. Person (Universität Example)": the
        // organization in brackets after the name, anywhere in the text
        if d.affiliation.is_none() {
            d.affiliation = bracketed_affiliation(doc, &d.name.text);
        }
        if d.email.is_none() {
            d.email = email_near(doc, &d.name);
        }
        t.speakers.push(d);
    }
    // a page whose breadcrumb ends on the talk's name, repeated as a line of
    // its own ("Home > What's on > Talks > Example Title", then "Example
    // Title"): that line is the title
    if matches!(seg.head, Head::Whole)
        && let Some(j) = breadcrumb_title(doc)
    {
        title = Some(doc.blocks()[j].text.clone());
    }
    // "TITLE … a lecture by" over the speaker's name: the lead-in goes
    static BY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:(?:a|an|the)\s+)?(?:(?:lecture|talk|presentation|seminar|keynote|webinar|conversation)\s+)?(?:(?:given|presented|delivered)\s+)?by\s*:?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let title = title.map(|c| match BY_TAIL.find(&c.text) {
        Some(m) if m.start() > 0 => c.slice(0..m.start()),
        _ => c,
    });
    t.title = title
        .as_ref()
        .filter(|c| !is_placeholder(&c.text))
        .and_then(Val::of);
    // "Short Title: the description …": the head of the title that keys
    // the paragraph goes
    let abstract_text = abstract_text.map(|a| match &title {
        Some(tt) if segment::title_key(&a.text, &tt.text.to_lowercase()) => {
            let at = a.text.find(": ").map_or(0, |k| k + 2);
            a.slice(at..a.text.len())
        }
        _ => a,
    });
    // "**A. Person — The Title.** The description …" (a programme's abstracts
    // listed after it): the lead-in naming the talk goes
    let abstract_text = abstract_text.map(|a| {
        let names: Vec<&str> = t.speakers.iter().map(|p| p.name.text.as_str()).collect();
        match title
            .as_ref()
            .and_then(|tt| lead_in_end(&a.text, &tt.text, &names))
        {
            Some(at) => a.slice(at..a.text.len()),
            None => a,
        }
    });
    t.abstract_ = abstract_text.as_ref().and_then(Val::of);
    // a talk of a program under its own heading, with a line that is only
    // its day and time ("**Tuesday 10 September, 09:15–10:15**")
    if slot_time.is_none()
        && matches!(seg.head, Head::Heading(_) | Head::Person { .. })
        && cx.program
    {
        // the line right above the heading, when it is the talk's day
        // (`Thursday, October 12, 2023` over `### Title`), else the first in it
        let top = match seg.head {
            Head::Heading(h) => Some(title_above.unwrap_or(h)),
            Head::Person { block, title } => Some(title.unwrap_or(block)),
            _ => None,
        };
        let above = top
            .and_then(|h| h.checked_sub(1))
            .filter(|&j| doc.heading_level(j).is_none() && doc.is_when_line(j));
        slot_time = above
            .into_iter()
            .chain(seg.blocks.clone())
            .find(|&j| doc.is_when_line(j))
            .map(|j| doc.blocks()[j].text.clone());
    }
    // a group of fields under its date line ("Tuesday 10/14/97  12:00 noon  Room")
    if slot_time.is_none()
        && matches!(seg.head, Head::Fields)
        && doc.hits.get(seg.blocks.start).is_some_and(Option::is_none)
        && doc
            .exprs(seg.blocks.start)
            .first()
            .is_some_and(|e| e.has_date() || e.has_time())
    {
        slot_time = doc.blocks().get(seg.blocks.start).map(|b| b.text.clone());
    }
    // a digest's stanza, read whole: its day line and its time line
    // ("Monday, October 13, 2003" over "4:00 - 5:15 pm, 1404 Example Hall")
    if slot_time.is_none() && matches!(seg.head, Head::Whole) && cx.program {
        let head = seg.blocks.start..seg.blocks.end.min(seg.blocks.start + 3);
        let day = head.clone().find(|&j| {
            doc.exprs(j)
                .first()
                .is_some_and(|e| e.range.start == 0 && e.has_date())
        });
        let time = head
            .clone()
            .find(|&j| doc.exprs(j).iter().any(when::Expr::has_time));
        slot_time = match (day, time) {
            (Some(d), Some(h)) if d + 1 == h => {
                let parts: Vec<_> = doc.blocks()[d..=h]
                    .iter()
                    .flat_map(|b| b.parts.iter().cloned())
                    .collect();
                Some(crate::layout::markup::clean_joined(
                    doc.layout.text,
                    &parts,
                    Mode::Inline,
                ))
            }
            (Some(j), _) | (None, Some(j)) => doc.blocks().get(j).map(|b| b.text.clone()),
            (None, None) => None,
        };
    }
    if let Some(tc) = slot_time {
        t.when = slot_when(cx, &tc, slot_zone, seg);
    }
    t
}

/// Keeps the starred authors of an author list when the document says a
/// star marks who presents (`* = presenting author`, `presenter marked
/// with *`), and some but not all of the list are starred.
fn presenting_authors(doc: &Doc, speakers: &mut Vec<PersonClean>) {
    let text = doc.layout.text;
    // (one author read off the line: the line's other authors too, when
    // a star marks the presenter)
    if speakers.len() == 1
        && let Some(p) = speakers.first()
        && let Some(b) = doc
            .blocks()
            .iter()
            .find(|b| b.span().contains(&p.name.span().start))
        && b.parts.len() == 1
        && text.get(b.span()).is_some_and(|t| t.contains('*'))
    {
        let all = schedule::persons_in(&b.text);
        if all.len() >= 2 && all.iter().any(|q| q.name.text == p.name.text) {
            *speakers = all;
        }
    }
    if speakers.len() < 2 {
        return;
    }
    let starred = |p: &PersonClean| {
        text.get(p.name.span().end..)
            .is_some_and(|rest| rest.starts_with('*'))
    };
    let n = speakers.iter().filter(|p| starred(p)).count();
    if n == 0 || n == speakers.len() {
        return;
    }
    static SAYS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)presenting author|(?-u:\b)presenter(?:s)? (?:is |are )?(?:marked|indicated|denoted)|\*\s*(?:=|denotes|indicates|marks)\s*(?:the\s+)?(?:presenting|presenter|speaker)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    if SAYS.is_match(text) {
        speakers.retain(|p| starred(p));
    }
}

/// The person a biography is about: its first words before a verb, or the
/// subject named by an `About X` label.
fn bio_subject(bio: &Clean, subject: Option<&str>) -> Option<PersonClean> {
    let text = &bio.text;
    if let Some(s) = subject {
        // the full name, when the bio spells it out
        if let Some(at) = text.find(s) {
            let words: Vec<&str> = text[at..].split_whitespace().take(5).collect();
            for k in (1..=words.len()).rev() {
                let cand = words[..k].join(" ");
                if cand.starts_with(s) && people::is_name(&cand) && text[at..].starts_with(&cand) {
                    return Some(PersonClean {
                        name: bio.slice(at..at + cand.len()),
                        ..PersonClean::default()
                    });
                }
            }
        }
    }
    let open = text.trim_start_matches('[');
    let skip = text.len() - open.len();
    let (h, at) = people::split_honorific(open);
    let words: Vec<(usize, &str)> = open[at..]
        .split(' ')
        .scan(at, |pos, w| {
            let s = *pos;
            *pos += w.len() + 1;
            Some((s, w))
        })
        .take(6)
        .collect();
    for k in (2..=5).rev() {
        if words.len() <= k {
            continue;
        }
        let end = words[k - 1].0 + words[k - 1].1.len();
        let cand = open[at..end].trim_end_matches([']', ',']);
        if people::is_name(cand) {
            let start = skip + at;
            return Some(PersonClean {
                name: bio.slice(start..start + cand.len()),
                honorific: h.map(|h| bio.slice(skip + h.start..skip + h.end)),
                ..PersonClean::default()
            });
        }
    }
    None
}

/// The title of a lone talk: a `"quoted"` title in the opening lines, or the
/// first heading or first line when it reads like a title.
fn lone_title(doc: &Doc, seg: &TalkSeg, speakers: &[PersonClean]) -> Option<Clean> {
    // the first free lines: not labelled, not header or signature lines,
    // not a line that gives a time or date, not a row of a table
    let first_blocks: Vec<usize> = seg
        .blocks
        .clone()
        .filter(|&j| {
            let b = &doc.blocks()[j];
            doc.hits[j].is_none()
                && !has_address(doc.text(j))
                && !doc.exprs(j).iter().any(|e| {
                    (e.has_time() || e.has_date()) && !segment::years_like(doc.text(j), e)
                })
                && (b.kind != BlockKind::Row
                    || b.cells.iter().filter(|c| !c.is_empty()).count() <= 1)
                // a menu entry of a page ("About", "Give") is no line of the talk
                && !(matches!(b.kind, BlockKind::Item(_))
                    && b.text.text.split_whitespace().count() <= 2)
                // nor is a page's breadcrumb trail ("Home » Events » …")
                && !b.text.text.contains(['»', '›'])
                && !b.text.text.contains(" > ")
        })
        .take(8)
        .collect();
    // a page's one top heading, under lines of page chrome that are no
    // headings ("Electrical & Computer Engineering" / "# The Title")
    let top: Vec<usize> = first_blocks
        .iter()
        .copied()
        .filter(|&j| doc.heading_level(j) == Some(1))
        .collect();
    if let [h] = top.as_slice()
        && first_blocks
            .iter()
            .take_while(|&&j| j < *h)
            .all(|&j| doc.heading_level(j).is_none())
        && first_blocks.first().is_some_and(|&f| f < *h)
        && free_title_line(doc, *h)
        && super::event::series_heading(&doc.blocks()[*h].text).is_none()
    {
        let c = strip_title_prefix(&doc.blocks()[*h].text, &mut TalkDraft::default());
        // ("Faculty Candidate Seminar: A. Person" names its speaker, not
        // its title)
        let named =
            speakers.iter().any(|p| c.text.contains(&p.name.text)) || people::is_name(&c.text);
        if !named {
            return Some(strip_quotes(&c));
        }
    }
    // "Dr A. Person (Example University) will speak on" over the title
    static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:will|shall|is going to)\s+(?:speak|talk|lecture|present)(?:\s+(?:on|about))?\s*:?$|(?-u:\b)(?:speaks|talks|lectures)\s+(?:on|about)\s*:?$|(?-u:\b)(?:entitled|titled)\s*:?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    for j in seg.blocks.clone().take(16) {
        let next = j + 1;
        if doc.hits[j].is_none()
            && LEAD_IN.is_match(doc.text(j).trim_end())
            && next < seg.blocks.end
            && doc.hits[next].is_none()
            && (segment::title_like(doc, next) || doc.text(next).starts_with(['"', '“']))
            && doc.text(next).split_whitespace().count() <= 25
        {
            return Some(strip_quotes(&doc.blocks()[next].text));
        }
    }
    // a quoted title may sit in a sentence that also gives the time
    let quote_blocks: Vec<usize> = seg
        .blocks
        .clone()
        .filter(|&j| doc.hits[j].is_none() && !has_address(doc.text(j)))
        .take(20)
        .collect();
    // "Thank you for registering for "Title"": the quote the registration
    // or the invitation names
    static FOR_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)(?-u:\b)(?:registering|registered|signing up|signed up|rsvp'?d|join(?:ing)? us|invit(?:ation|ed|e you)|welcome you|attend(?:ing)?)\s+(?:for|to|at)\s+(?:the\s+|our\s+)?(?:(?:webinar|talk|lecture|seminar|event|session|presentation)\s+)?:?\s*["“]$"#)
            .unwrap_or_else(|_| unreachable_regex())
    });
    for &j in &quote_blocks {
        let b = &doc.blocks()[j];
        if let Some(m) = quoted_span(&b.text.text)
            && b.text.text.get(..m.start).is_some_and(|before| {
                // (the cheap test first: a word the lead-in has)
                let l = before.to_lowercase();
                [
                    "regist", "sign", "rsvp", "join", "invit", "welcome", "attend",
                ]
                .iter()
                .any(|w| l.contains(w))
                    && FOR_QUOTE.is_match(before)
            })
        {
            return Some(b.text.slice(m));
        }
    }
    for &j in &quote_blocks {
        let b = &doc.blocks()[j];
        if let Some(m) = quoted_span(&b.text.text)
            && speakers.iter().any(|p| {
                // the speaker's surname, however the line writes the rest
                let s = surname(&p.name.text);
                s.len() > 1 && b.text.text.contains(s)
            })
        {
            return Some(b.text.slice(m));
        }
        // a line that is nothing but a quoted phrase
        let unquoted = strip_quotes(&b.text);
        if unquoted.text.len() < b.text.text.len()
            && !unquoted.text.contains(['"', '“', '”'])
            && reads_as_title(unquoted.text.trim_end_matches(['.', '?']))
        {
            return Some(unquoted);
        }
        // a quoted title broken over lines: "Part one of the title
        // ... and its end"
        if let Some(t) = quoted_over_lines(doc, j, seg.blocks.end) {
            return Some(t);
        }
    }
    // a line that only names the kind ("WEBINAR", "Seminar") over the title
    for &j in &first_blocks {
        let next = j + 1;
        if kind::kind_marker(doc.text(j)).is_some()
            && doc.text(j).split_whitespace().count() <= 2
            && next < seg.blocks.end
            && first_blocks.contains(&next)
            && segment::title_like(doc, next)
            && reads_as_title(doc.text(next))
            && !people::is_name(doc.text(next))
        {
            return Some(strip_quotes(&doc.blocks()[next].text));
        }
    }
    // a title broken after its colon: "Shape from Shading:" / "A Variational Approach";
    // or a sentence leading in to the title on the next line ("..., the
    // Example Office invites you to a panel discussion:")
    for &j in &first_blocks {
        let t = doc.text(j);
        let next = j + 1;
        if t.ends_with(':')
            && !crate::layout::looks_like_field(t)
            && t.split_whitespace().count() >= 2
            && next < seg.blocks.end
            && first_blocks.contains(&next)
            && segment::title_like(doc, next)
        {
            let words = t.split_whitespace().count();
            if words <= 10 && !t.contains(", ") && reads_as_title(t.trim_end_matches(':')) {
                return Some(joined_lines(doc, j..next + 1));
            }
            if (words > 10 || t.contains(", ")) && reads_as_title(doc.text(next)) {
                return Some(strip_quotes(&doc.blocks()[next].text));
            }
        }
    }
    // a line that says it is the talk ("Webinar: Soil Carbon Beyond the
    // Topsoil"): the title, whatever menu lines come before it
    for &j in &first_blocks {
        let text = doc.text(j);
        if let Some((head, rest)) = text.split_once(": ")
            && head.split_whitespace().count() <= 2
            && kind::kind_marker(head).is_some()
            && rest.split_whitespace().count() >= 3
            && reads_as_title(rest)
            && !people::is_name(rest)
        {
            let c = strip_title_prefix(&doc.blocks()[j].text, &mut TalkDraft::default());
            return Some(strip_quotes(&c));
        }
    }
    // a heading "Title - Name" or a first line that is a title
    for &j in &first_blocks {
        let b = &doc.blocks()[j];
        if b.text.is_empty() {
            continue;
        }
        if b.text.text.split_whitespace().count() >= 25 {
            continue;
        }
        let text = b.text.text.as_str();
        for p in speakers {
            if let Some(at) = text.find(&p.name.text) {
                let raw_before = text[..at].trim_end();
                let before = raw_before
                    .trim_end_matches(['-', '–', '—', ',', ':', '|'])
                    .trim_end();
                let separated = raw_before.len() > before.len();
                let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
                // ("Faculty Candidate Seminar: A. Person": the kind of
                // talk before the name, not its title)
                let kind_only = kind::kind_in(&last).is_some();
                if before.split_whitespace().count() >= 2
                    && separated
                    && !is_open_word(&last)
                    && !kind_only
                {
                    let c = b.text.slice(0..before.len());
                    return Some(strip_title_prefix(&c, &mut TalkDraft::default()));
                }
            }
        }
        // "Stop Guessing Your Churn:" over "Survival Models for …": a title
        // whose colon ends its first line
        let next = j + 1;
        if text.ends_with(':')
            && doc.hits[j].is_none()
            && text.split_whitespace().count() >= 2
            && reads_as_title(text.trim_end_matches(':'))
            && next < seg.blocks.end
            && !doc.blocks()[next].after_blank
            && segment::title_like(doc, next)
            && doc.text(next).split_whitespace().count() <= 12
        {
            return Some(strip_quotes(&joined_lines(doc, j..next + 1)));
        }
        if free_title_line(doc, j)
            // "Physics & Astronomy Colloquium — Fall 2008" heads the page
            // ("Physics Colloquium: Quantum Simulation" names the talk too)
            && super::event::series_heading(&b.text).is_none_or(|sr| {
                text.get(sr.text.len()..)
                    .is_some_and(|rest| rest.starts_with(": "))
            })
        {
            // a title that runs on to the next line ("A Two Stage Algorithm for" /
            // "Surface Reconstruction")
            let last = text.rsplit(' ').next().unwrap_or("").to_lowercase();
            let next = j + 1;
            let next_text = doc.text(next);
            // ("by Professor A. Person" under the title names its speaker)
            let next_goes_on = next < seg.blocks.end
                && next_text.starts_with(|c: char| c.is_lowercase())
                && !next_text.starts_with("by ")
                && next_text.split_whitespace().count() <= 12
                && doc.hits[next].is_none()
                && doc.exprs(next).is_empty()
                && !prose::is_prose(next_text);
            // an ALL-CAPS title, then its subtitle in sentence case right
            // under it ("OPEN SCIENCE, CLOSED WALLETS?" / "Who pays when …")
            let caps = text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let subtitle = caps
                && next < seg.blocks.end
                && !doc.blocks()[next].after_blank
                && doc.blocks()[next].lines.len() == 1
                && next_text.chars().any(char::is_lowercase)
                && next_text.starts_with(char::is_uppercase)
                && next_text.split_whitespace().count() <= 12
                && !next_text.ends_with('.')
                && doc.hits[next].is_none()
                && doc.exprs(next).is_empty()
                && place::place_score(next_text) == 0
                && doc.person(next).is_none()
                && kind::kind_marker(next_text).is_none();
            if subtitle {
                return Some(strip_quotes(&joined_lines(doc, j..next + 1)));
            }
            // a centred title wrapped over two centred lines, the second
            // right under the first ("Mills, Mudflats and Mermaids: The
            // Lost" / "Tide Mills of the Example Estuary")
            let centred_wrap = next < seg.blocks.end
                && doc.indent(j) >= 8
                && doc.indent(next) >= 8
                && !doc.blocks()[next].after_blank
                && !text.ends_with(['.', '!', '?', ','])
                && doc.hits[next].is_none()
                && doc.exprs(next).is_empty()
                // (not title_like: "Tide Mills of the Example Estuary"
                // reads as a name and a place too)
                && !next_text.ends_with(['.', ':', ','])
                && !people::is_name(next_text)
                && place::place_score(next_text) == 0
                && next_text.split_whitespace().count() <= 10
                && title_cased(next_text);
            if centred_wrap {
                return Some(strip_quotes(&joined_lines(doc, j..next + 1)));
            }
            if is_open_word(&last) || text.ends_with(':') || next_goes_on {
                if next < seg.blocks.end
                    && doc.hits[next].is_none()
                    && (segment::title_like(doc, next) || next_goes_on)
                    && next_text.split_whitespace().count() <= 12
                {
                    return Some(strip_quotes(&strip_title_prefix(
                        &joined_lines(doc, j..next + 1),
                        &mut TalkDraft::default(),
                    )));
                }
                continue;
            }
            let c = strip_title_prefix(&b.text, &mut TalkDraft::default());
            // ("Faculty Candidate Seminar: A. Person" names its speaker)
            if speakers.iter().any(|p| c.text == p.name.text) || people::is_name(&c.text) {
                continue;
            }
            return Some(strip_quotes(&c));
        }
    }
    // the quoted title in the mail's subject ("Reminder: Example Seminar
    // TODAY at 4pm -- "The Title"")
    let subject = (0..doc.blocks().len()).find(|&i| doc.label(i) == Some(Label::Subject))?;
    let v = doc.hits.get(subject)?.as_ref()?.value.as_ref()?;
    let m = quoted_span(&v.text)?;
    (v.text[m.clone()].split_whitespace().count() >= 3).then(|| v.slice(m))
}

/// True when block `j` of a lone talk reads as its title: shaped like a
/// title, neither a name nor a series, no organization's name unless a
/// subtitle follows it (see [`reads_as_title`]).
fn free_title_line(doc: &Doc, j: usize) -> bool {
    let text = doc.text(j);
    segment::title_like(doc, j)
        && !people::is_name(text)
        && !names_a_series(text)
        && (!people::has_org_word(text) || has_subtitle(text))
        && reads_as_title(text)
}

/// A label's value on its line with the lines that continue it under a
/// hanging indent, aligned with the value rather than the label:
///
/// ```text
/// Title:    Learning Where to Look: Active Viewpoint Selection for
///           Cluttered Scene Recognition
/// ```
///
/// A continuation line is alone in its block, comes right after the one
/// before, carries no label and is short; at most two are taken.
fn hanging_value(doc: &Doc, i: usize, v: &Clean) -> Clean {
    let blocks = doc.blocks();
    let lines = &doc.layout.lines;
    let Some(label_line) = blocks.get(i).and_then(|b| lines.get(b.lines.start)) else {
        return v.clone();
    };
    // the column where the value starts on the label's line
    let value_col = doc
        .layout
        .text
        .get(label_line.range.start..v.span().start)
        .map_or(0, |s| s.chars().count());
    if value_col <= label_line.indent + 2 {
        return v.clone();
    }
    let mut parts = vec![v.span()];
    for (j, b) in blocks.iter().enumerate().skip(i + 1).take(2) {
        let Some(line) = lines.get(b.lines.start) else {
            break;
        };
        let t = b.text.text.as_str();
        let aligned = line.indent + 1 >= value_col && line.indent <= value_col + 2;
        // or wrapped back to the margin in the middle of the phrase:
        // "Titre : Synchronisation dans les réseaux d'oscillateurs" / "couplés avec délai"
        // or after a value that stops on a small word ("… the Island Rule
        // With" / "Experimental Introductions")
        let last = parts
            .last()
            .and_then(|r| doc.layout.text.get(r.clone()))
            .and_then(|s| s.split_whitespace().last())
            .unwrap_or("");
        let unfinished = {
            let l = last.to_lowercase();
            is_open_word(&l) || matches!(l.as_str(), "via" | "into" | "towards" | "between")
        };
        let wrapped = line.indent <= label_line.indent
            && (t.starts_with(|c: char| c.is_lowercase()) || unfinished)
            && t.split_whitespace().count() <= 10
            && !t.trim_end().ends_with(['.', ':']);
        if b.lines.len() != 1
            || b.kind != BlockKind::Para
            || b.after_blank
            || doc.hits[j].is_some()
            || !(aligned || wrapped)
            || t.split_whitespace().count() > 14
            || crate::layout::looks_like_field(t)
            || !doc.exprs(j).is_empty()
        {
            break;
        }
        parts.push(b.span());
    }
    if parts.len() == 1 {
        return v.clone();
    }
    crate::layout::markup::clean_joined(doc.layout.text, &parts, Mode::Inline)
}

/// The quoted title on the line that names `name` outside the program:
/// `"Small Models, Big Languages" Prof. A. Person, Example University`,
/// or on the line right above it.
fn quoted_title_naming(doc: &Doc, name: &str) -> Option<Clean> {
    if name.split_whitespace().count() < 2 {
        return None;
    }
    let blocks = doc.blocks();
    (0..blocks.len()).find_map(|j| {
        let b = &blocks[j];
        let at = b.text.text.find(name)?;
        if b.kind == BlockKind::Row || doc.hits[j].is_some() {
            return None;
        }
        // on the same line, before the name
        if let Some(m) = quoted_span(b.text.text.get(..at)?) {
            return Some(b.text.slice(m));
        }
        // or a line above that is nothing but the quoted title
        let prev = &blocks.get(j.checked_sub(1)?)?.text;
        let unquoted = strip_quotes(prev);
        (at <= 12 && unquoted.text.len() + 2 <= prev.text.len() && reads_as_title(&unquoted.text))
            .then_some(unquoted)
    })
}

/// True when `t` names a series ("Data Stewardship Webinar Series",
/// "SEMINAR SERIES"), not when a title speaks of one ("eDNA time series").
fn names_a_series(t: &str) -> bool {
    t.contains("Series") || t.contains("SERIES") || t.trim_end().ends_with("series")
}

/// True for `Main title: subtitle` (or `A question? Its answer`), two or more words on each side of the
/// colon: the shape of a talk title, which an affiliation line ("Example
/// University") or a series name does not have, even when its words name
/// an organization ("... in a Core Facility").
fn has_subtitle(t: &str) -> bool {
    [": ", "? "].iter().any(|sep| {
        t.split_once(sep).is_some_and(|(a, b)| {
            a.split_whitespace().count() >= 2 && b.split_whitespace().count() >= 2
        })
    })
}

/// Words that, ending a line, say the phrase goes on.
pub(super) fn is_open_word(w: &str) -> bool {
    matches!(
        w,
        "by" | "with"
            | "of"
            | "and"
            | "from"
            | "for"
            | "to"
            | "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "or"
    )
}

/// A title in quotes that opens on block `j` and closes on one of the next
/// two blocks, joined; `None` unless the quotes open and close so.
fn quoted_over_lines(doc: &Doc, j: usize, end: usize) -> Option<Clean> {
    let opens = |t: &str| t.starts_with(['"', '“']);
    let closes = |t: &str| t.trim_end_matches(['.', ',']).ends_with(['"', '”']);
    let first = doc.text(j);
    if !opens(first) || closes(first) || first.matches(['"', '“', '”']).count() != 1 {
        return None;
    }
    for k in j + 1..(j + 3).min(end) {
        let t = doc.text(k);
        if doc.hits[k].is_some() || t.contains(['“']) || t.matches('"').count() > 1 {
            return None;
        }
        if closes(t) {
            let joined = joined_lines(doc, j..k + 1);
            let inner =
                strip_quotes(&joined.slice(0..joined.text.trim_end_matches(['.', ',']).len()));
            let words = inner.text.split_whitespace().count();
            return (2..=30).contains(&words).then_some(inner);
        }
    }
    None
}

/// `(#024) Title`, `Talk1: Title`, `Invited Talk: Title`: the prefix goes,
/// and names the kind.
fn strip_title_prefix(c: &Clean, t: &mut TalkDraft) -> Clean {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\(#?[0-9]+\)\s*|#[0-9]+\s*[:.-]?\s*|(?:[\p{Latin}0-9_&.'-]+\s+){0,3}(?:talk|lecture|seminar|keynote|invited talk|tutorial|colloquium|webinar|grand rounds|lecture series|webinar series|seminar series|brown[- ]bag)s?\s*[0-9]*\s*:\s*)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let text = &c.text;
    match PREFIX.find(text) {
        Some(m) if m.end() < text.len() => {
            if t.kind.is_none() {
                t.kind = kind::kind_in(m.as_str());
            }
            c.slice(m.end()..text.len())
        }
        _ => c.clone(),
    }
}

/// A line that names a series or a kind of event only (`HCI SEMINAR`,
/// `ECE Distinguished Lecture`), not a talk.
static SERIES_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\p{Latin}0-9_&.'/-]+\s+){0,5}(?:talks?|lectures?|seminars?|colloqui(?:um|a)|series|webinars?|workshops?|keynotes?|symposium|meeting|reminder|announcement|event|defen[cs]e)(?-u:\b)[\s,:;.!-]*(?:(?:spring|summer|fall|autumn|winter)?\s*(?:19|20)[0-9][0-9])?$")
        .unwrap_or_else(|_| unreachable_regex())
});

/// Whether a free line of a lone talk reads as its title: words that start
/// a title, not a notice ("Note unusual time"), a greeting, a sentence, a
/// place, a position, a series name or a name.
/// True when every longer word of `t` is capitalized, as a title is
/// written in English title case (`Exactly-Once Is a Lie`).
fn title_cased(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .all(|w| w.starts_with(|c: char| !c.is_lowercase()))
}

fn reads_as_title(t: &str) -> bool {
    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?-i:[^\p{Latin}])*(?:note|notice|please|reminder|announcement|flash|correction|change|update|hello|hi|dear|friends|colleagues|greetings|see you|thanks|thank you|sincerely|regards|kind regards|best regards|best wishes|warm wishes|all the best|cheers|yours|registration|admission|tickets?|refreshments|lunch|reception|dept\.?|department)(?-u:\b)|(?-u:\b)(?:announcement|unusual (?:time|day|place|room|date)|change (?:in|of) (?:time|room|place|date|venue))(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:will|would|is|are|was|were|has|have|had)\s+(?:be|take|give|speak|present|talk|held|been|also|not|the|a|an|to|like|proud|happy|pleased)(?-u:\b)|(?-u:\b)(?:we|i|you|they)\s+(?:are|am|will|would|have|can|invite|hope|look)(?-u:\b)|(?-u:\b)please(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = t.trim();
    let words = t.split_whitespace().count();
    // a trailing icon is decoration ("Example Webinars 🌍")
    let t = t.trim_end_matches(|c: char| !c.is_alphanumeric() && !"?!.)\"”'".contains(c));
    // a signature ("-- Name") or a quoted reply ("> …")
    if is_page_chrome(t) || t.starts_with("--") || t.starts_with('>') {
        return false;
    }
    let opens = t
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    (2..=20).contains(&words)
        && opens
        && !t.ends_with(['!', '-', '–', '—', '.'])
        && !NOTICE.is_match(t)
        // (a sentence's verb in lower case: "Exactly-Once Is a Lie" is a
        // title in title case)
        && !SENTENCE
            .find_iter(t)
            .any(|m| m.as_str().starts_with(|c: char| c.is_lowercase()) || !title_cased(t))
        && !SERIES_ONLY.is_match(t)
        && (place::place_score(t) < 2 || has_subtitle(t))
        && !people::is_position(t)
        && people::position_prefix(t).is_none()
        && !ends_on_job_noun(t)
        && !people::is_initialed_name(t)
}

/// The title a mail subject gives, when it gives one: list tags (`[CL]`)
/// and forward marks (`Fwd:`) dropped, then a leading `… Seminar:` and a
/// speaker's name before a colon or after a dash. A reply (`Re:`), or a
/// subject that is only a date or only the name of a series
/// (`AI Seminar, Tuesday January 20`, `ECE Distinguished Lecture`), names
/// no talk.
fn subject_title(s: &Clean, speakers: &[PersonClean], t: &mut TalkDraft) -> Option<Clean> {
    static MARKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s*(?:\[[^\]]{1,40}\]|(?:fwd?|fw|tr|wg|aw|re|sv)\s*:))+\s*")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static REPLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[\]:]\s*)(?:re|aw|sv)\s*:").unwrap_or_else(|_| unreachable_regex())
    });

    if REPLY
        .find(&s.text)
        .is_some_and(|m| MARKS.find(&s.text).is_some_and(|k| m.end() <= k.end()))
    {
        return None;
    }
    let start = MARKS.find(&s.text).map_or(0, |m| m.end());
    let mut c = s.slice(start..s.text.len());
    c = strip_title_prefix(&c, t);
    for p in speakers {
        let name = p.name.text.as_str();
        if name.is_empty() {
            continue;
        }
        if let Some(at) = c.text.find(name) {
            let before = c.text[..at].trim_end();
            let after = c.text[at + name.len()..].trim_start();
            if before.is_empty() && after.starts_with([':', '-', '–', '—', ',']) {
                let rest = after
                    .trim_start_matches([':', '-', '–', '—', ','])
                    .trim_start();
                c = c.slice(c.text.len() - rest.len()..c.text.len());
            } else if after.is_empty() {
                let cut = before
                    .trim_end_matches([':', '-', '–', '—', ',', '|'])
                    .trim_end();
                if cut.len() < before.len() {
                    c = c.slice(0..cut.len());
                }
            }
        }
    }
    let text = c.text.trim();
    if text.split_whitespace().count() < 2 || SERIES_ONLY.is_match(text) {
        return None;
    }
    // a subject that carries a date is a notice ("Seminar on Friday, Oct 9")
    if when::scan(text).iter().any(|e| e.has_date()) {
        return None;
    }
    Some(strip_quotes(&c))
}

/// The people of a bare `Panelists`/`Speakers` label set out in stanzas: a
/// name line (`Ada Example, AIA`, `Marcus T. Example`), then the line of
/// their position and organization (`Director of Planning, City of
/// Example`). Two stanzas at least; `None` else.
fn name_stanzas(doc: &Doc, section: Range<usize>) -> Option<Vec<PersonClean>> {
    let mut out = Vec::new();
    let mut j = section.start;
    while j + 1 < section.end {
        let (b, next) = (&doc.blocks()[j], &doc.blocks()[j + 1]);
        let job = &next.text;
        let is_job = !next.after_blank
            && b.lines.len() == 1
            && next.lines.len() == 1
            && people::position_prefix(&job.text).is_some()
            && job.text.contains(", ");
        let person = people::person_line(&b.text.text)
            .filter(|p| p.name.start <= 4)
            .map(|p| schedule::person_clean(&b.text, &p));
        let Some(mut pc) = person.filter(|_| is_job) else {
            break;
        };
        // the line below says where they work ("AIA" after the name is a
        // credential)
        pc.affiliation = None;
        set_job_line(&mut pc, job);
        out.push(pc);
        j += 2;
    }
    (out.len() >= 2).then_some(out)
}

/// The people of a bare `Panelists`/`Speakers` label, one block each: the
/// block's first line a person line with a position or an affiliation, its
/// other lines (if any) about them. Two entries at least; `None` else.
fn person_entries(doc: &Doc, section: Range<usize>) -> Option<Vec<(PersonClean, Option<Clean>)>> {
    let mut out = Vec::new();
    for j in section {
        let b = &doc.blocks()[j];
        if doc.hits[j].is_some() || b.is_heading() {
            break;
        }
        let Some(first) = b.parts.first() else {
            break;
        };
        let line = doc.layout.clean(first.clone(), Mode::Inline);
        let Some(p) = people::person_line(&line.text).filter(|p| {
            (p.position.is_some() || p.affiliation.is_some())
                && p.honorific.as_ref().map_or(p.name.start, |h| h.start) == 0
        }) else {
            break;
        };
        let bio = (b.parts.len() > 1).then(|| {
            crate::layout::markup::clean_joined(doc.layout.text, &b.parts[1..], Mode::Inline)
        });
        out.push((schedule::person_clean(&line, &p), bio));
    }
    (out.len() >= 2).then_some(out)
}

/// The speakers of a `Speaker:` value: a person line (with the lines under
/// it as position and affiliation), or a list of names.
fn speakers_in_value(doc: &Doc, v: &Clean, section: Range<usize>) -> Vec<PersonClean> {
    // the lines under a lone speaker may hold the position and affiliation
    // ("Speaker: Name" / "Senior Engineer" / "Example Laboratory, Example Corp.")
    // (under a bare label the value is the section's first block itself)
    let under = match section.clone().next() {
        Some(first) if doc.blocks()[first].span().contains(&v.span().start) => {
            first + 1..section.end
        }
        _ => section.clone(),
    };
    let next_line_affiliation = |pc: &mut PersonClean| {
        if pc.affiliation.is_some()
            || pc.position.is_some()
            || under.len() > 2 && under.start == section.start
        {
            return;
        }
        for next in under.clone().take(2) {
            let t = doc.text(next);
            if doc.hits[next].is_some()
                || t.split_whitespace().count() > 12
                || !(people::has_org_word(t) || people::position_prefix(t).is_some())
            {
                break;
            }
            let line = &doc.blocks()[next].text;
            if let Some(whole) = pc
                .affiliation
                .as_ref()
                .and_then(|unit| unit_and_institution(doc, unit, line))
            {
                pc.affiliation = Some(whole);
                break;
            }
            let (pos, aff) = position_and_affiliation(line);
            if pc.position.is_none() {
                pc.position = pos;
            }
            if pc.affiliation.is_none() {
                pc.affiliation = aff;
            }
        }
    };
    let mut ps = schedule::persons_in(v);
    if !ps.is_empty() {
        if let [one] = ps.as_mut_slice() {
            next_line_affiliation(one);
        }
        return ps;
    }
    if let Some(p) = people::person_line(&v.text) {
        let mut pc = schedule::person_clean(v, &p);
        next_line_affiliation(&mut pc);
        return vec![pc];
    }
    // a surname alone, as a label gives it: "INSTRUCTOR: Smith (smith@cs)"
    if let Some(first) = v.text.split_whitespace().next()
        && people::is_single_name(first.trim_end_matches([',', ';']))
        && v.text.split_whitespace().count() <= 4
        && !people::is_name(&v.text)
        && name_at_start(&v.text).is_none()
    {
        let w = first.trim_end_matches([',', ';']);
        return vec![PersonClean {
            name: v.slice(0..w.len()),
            ..PersonClean::default()
        }];
    }
    // a name followed by an e-mail address or other words
    if let Some((h, r)) = name_at_start(&v.text) {
        return vec![PersonClean {
            name: v.slice(r),
            honorific: h.map(|h| v.slice(h)),
            ..PersonClean::default()
        }];
    }
    schedule::labelled_persons(v)
}

/// Consecutive runs of prose blocks (a non-prose free block between two
/// prose blocks ends a run).
fn runs_of(free: &[usize], prose_blocks: &[usize]) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for &j in free {
        // a heading or a label between two paragraphs ends the run
        let adjacent = cur.last().is_none_or(|&last| last + 1 == j);
        if !adjacent && !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
        if prose_blocks.contains(&j) {
            cur.push(j);
        } else if !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    runs
}

fn email_near(doc: &Doc, name: &Val) -> Option<Val> {
    let text = doc.layout.text;
    let line_end = text[name.span.end..]
        .find('\n')
        .map_or(text.len(), |k| name.span.end + k);
    let r = links::emails_in(text, name.span.end..line_end)
        .into_iter()
        .next()?;
    Some(Val {
        text: text[r.clone()].to_string(),
        span: r,
    })
}

/// The talk's own slot.
fn slot_when(
    cx: &TalkContext,
    tc: &Clean,
    zone: Option<when::ZoneAtom>,
    seg: &TalkSeg,
) -> Option<WhenDraft> {
    let exprs = when::scan(&tc.text);
    let k = exprs
        .iter()
        .position(|e| e.time.is_some() || e.date.is_some())?;
    let mut e = exprs.get(k)?.clone();
    // "Wednesday, 12 February · 09:30–10:30": the day, then its hours
    // after a separator
    if e.time.is_none()
        && let Some(next) = exprs.get(k + 1)
        && next.date.is_none()
        && next.time.is_some()
        && tc
            .text
            .get(e.range.end..next.range.start)
            .is_some_and(|gap| {
                gap.trim_matches(|c: char| " ·|,;–—-".contains(c))
                    .is_empty()
            })
    {
        e.time = next.time;
        e.zone = e.zone.or_else(|| next.zone.clone());
        e.range.end = next.range.end;
    }
    if e.zone.is_none() {
        e.zone = zone;
    }
    let mut resolved = when::resolve(&e, &tc.text, cx.when);
    let span = tc.slice(e.range.clone()).span();
    // the day comes from the row's date cell, or from the day heading the
    // row sits under
    let slot = seg.slot.as_ref();
    let day_texts = [
        slot.and_then(|s| s.date.as_ref()).map(|c| c.text.as_str()),
        slot.and_then(|s| s.day).map(|d| cx.doc.text(d)),
    ];
    if (resolved.when.date.is_none() || resolved.relative)
        && let Some((text, d)) = day_texts.into_iter().flatten().find_map(|t| {
            when::scan(t)
                .into_iter()
                .find(|e| e.date.is_some())
                .map(|e| (t, e))
        })
    {
        resolved.when.date = when::resolve(&d, text, cx.when).when.date;
        super::event::restamp(&mut resolved.when);
    }
    Some(WhenDraft { resolved, span })
}

/// True when `t` holds an e-mail address or a message id (`<id@host>`):
/// header and signature lines, never a title.
fn has_address(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
    })
}

/// Where the description starts in a paragraph led in by the talk's title,
/// alone or after its speaker's name (`A. Person — The Title. The
/// description …`, `"The Title" (A. Person): The description …`): the offset
/// after the lead-in, or `None` when the paragraph does not open so.
fn lead_in_end(text: &str, title: &str, names: &[&str]) -> Option<usize> {
    if title.split_whitespace().count() < 2 {
        return None;
    }
    let k = text.find(title)?;
    let before = text[..k].trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':' | '|' | '"' | '“' | '*' | '_')
    });
    if !(before.is_empty() || names.contains(&before)) {
        return None;
    }
    let after = &text[k + title.len()..];
    let rest = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '”' | '*' | '_' | '.' | ':' | '—' | '–')
    });
    // (the lead-in ends with a stop or a dash, and a description follows)
    let stop = after.len() - rest.len();
    let punct = after[..stop].contains(['.', ':', '—', '–']);
    (punct && rest.split_whitespace().count() >= 5).then_some(text.len() - rest.len())
}

/// A heading that is a talk's day or time and its title, apart by a dash,
/// a bar or a colon (`2026-01-21 16:00 UTC — Building an Open Microscope`,
/// `Building an Open Microscope | 21 January 2026`): the day and time, and
/// the title. `None` when the heading is not so cut, or the part that is not
/// the day is under two words.
fn when_and_title(doc: &Doc, h: usize) -> Option<(Clean, Clean)> {
    let c = &doc.blocks().get(h)?.text;
    let t = c.text.as_str();
    let exprs: Vec<&when::Expr> = doc
        .exprs(h)
        .iter()
        .filter(|e| e.has_date() || e.has_time())
        .collect();
    let (first, last) = (exprs.first()?, exprs.last()?);
    let is_sep = |s: &str| {
        let s = s.trim();
        matches!(s, "—" | "–" | "-" | "--" | "|" | ":" | "·" | "•")
    };
    // only blanks, commas and "at" between the expressions
    let joined = exprs.windows(2).all(|w| {
        t.get(w[0].range.end..w[1].range.start)
            .is_some_and(|g| matches!(g.trim().trim_matches(','), "" | "at" | "@"))
    });
    if !joined {
        return None;
    }
    let words = |r: Range<usize>| t.get(r).map_or(0, |s| s.split_whitespace().count());
    let (time, rest) = if t[..first.range.start].trim().is_empty() {
        // the day first: the separator right after it
        let tail = t.get(last.range.end..)?;
        let sep = tail.len() - tail.trim_start().len();
        let after = tail.trim_start();
        let n = after
            .char_indices()
            .find(|&(_, ch)| ch.is_whitespace())
            .map_or(after.len(), |(k, _)| k);
        if !is_sep(&after[..n]) {
            return None;
        }
        let from = last.range.end + sep + n;
        (first.range.start..last.range.end, from..t.len())
    } else if t[last.range.end..].trim().is_empty() {
        // the title first, the separator right before the day
        let head = t.get(..first.range.start)?.trim_end();
        let n = head
            .char_indices()
            .rev()
            .find(|&(_, ch)| ch.is_whitespace())
            .map_or(0, |(k, ch)| k + ch.len_utf8());
        if !is_sep(&head[n..]) {
            return None;
        }
        (first.range.start..last.range.end, 0..n)
    } else {
        return None;
    };
    (words(rest.clone()) >= 2).then(|| (c.slice(time), c.slice(rest)))
}

/// True when `s` names a unit inside an institution: a department, school,
/// faculty, division, laboratory, group or programme (`Department of
/// Chemistry`, `Dept. of Physics`, `School of Nursing`, `Laboratory for
/// Qualitative Physics`), which the institution's name may follow.
fn is_unit(s: &str) -> bool {
    const UNITS: [&str; 14] = [
        "department of ",
        "dept. of ",
        "dept of ",
        "school of ",
        "faculty of ",
        "division of ",
        "laboratory for ",
        "laboratory of ",
        "lab for ",
        "lab of ",
        "program in ",
        "programme in ",
        "graduate program in ",
        "group for ",
    ];
    let head: String = s.chars().take(24).collect::<String>().to_lowercase();
    UNITS.iter().any(|u| head.starts_with(u))
}

/// The affiliation `unit` (`Department of Chemistry`) with the institution
/// on the line under it (`Example University`), listed as one: `Department
/// of Chemistry, Example University`. `None` when `unit` names no unit or
/// the line is not an institution's name.
fn unit_and_institution(doc: &Doc, unit: &Clean, line: &Clean) -> Option<Clean> {
    let t = line.text.as_str();
    (is_unit(&unit.text)
        && people::has_org_word(t)
        && people::position_prefix(t).is_none()
        && !is_unit(t)
        && t.split_whitespace().count() <= 8
        && t.starts_with(|c: char| c.is_uppercase()))
    .then(|| {
        crate::layout::markup::clean_listed(
            doc.layout.text,
            &[unit.span(), line.span()],
            Mode::Inline,
        )
    })
}

/// True when block `j` goes on, line under line and indented past the
/// label, the value of a label for people who are not speakers
/// (`Committee:`, `Host:`, `Organizers:`).
fn under_others_label(doc: &Doc, j: usize) -> bool {
    let blocks = doc.blocks();
    let mut k = j;
    while k > 0 {
        if blocks.get(k).is_none_or(|b| b.after_blank) {
            return false;
        }
        let p = k - 1;
        match doc.hits.get(p).and_then(Option::as_ref) {
            Some(h) => {
                return h.value.is_some()
                    && matches!(h.label, Label::Other | Label::Host | Label::Organizer)
                    && doc.indent(j) > doc.indent(p) + 2;
            }
            None if doc.indent(p) == doc.indent(j) && p + 6 > j => k = p,
            None => return false,
        }
    }
    false
}

/// The line under labelled block `i` that names an organization alone,
/// indented under the value (`WHO:    A. Person and B. Person` /
/// `        Department of Example, University of Example`).
fn shared_org_line(doc: &Doc, i: usize) -> Option<Clean> {
    let next = doc.blocks().get(i + 1)?;
    let t = next.text.text.as_str();
    (!next.after_blank
        && next.lines.len() == 1
        && next.kind == BlockKind::Para
        && doc.hits.get(i + 1).is_some_and(Option::is_none)
        && doc.indent(i + 1) > doc.indent(i) + 2
        && people::has_org_word(t)
        && people::person_line(t).is_none()
        && !t.contains(['@', ':']))
    .then(|| next.text.clone())
}

/// A labelled value cut by a line end after a comma or a conjunction
/// (`Speaker: Dr A. Person, School of Computer Science,` then `Example
/// College Dublin`), or going on at an `and` that opens the next line: the
/// value with the next line, when that line is short, unlabelled and right
/// under it.
fn run_on_value(doc: &Doc, i: usize, v: &Clean) -> Clean {
    let t = v.text.trim_end();
    let Some(next) = doc.blocks().get(i + 1) else {
        return v.clone();
    };
    let nt = next.text.text.as_str();
    // "Presenters: A (X)" / "and B (Y)": the list goes on at the next line's "and"
    let goes_on = nt.starts_with("and ") || nt.starts_with("& ");
    if !(t.ends_with([',', '&']) || t.ends_with(" and") || goes_on) {
        return v.clone();
    }
    if next.after_blank
        || next.lines.len() != 1
        || next.kind != BlockKind::Para
        || doc.hits.get(i + 1).is_some_and(Option::is_some)
        || nt.split_whitespace().count() > 14
        || crate::layout::looks_like_field(nt)
    {
        return v.clone();
    }
    crate::layout::markup::clean_joined(doc.layout.text, &[v.span(), next.span()], Mode::Inline)
}

/// The block that repeats, alone, the last crumb of the page's breadcrumb
/// trail (`Home > Events > Talks > Example Title`): the page's title.
fn breadcrumb_title(doc: &Doc) -> Option<usize> {
    let blocks = doc.blocks();
    let last = blocks.iter().take(12).find_map(|b| {
        let t = b.text.text.as_str();
        let sep = [" > ", " › ", " » "]
            .into_iter()
            .find(|s| t.matches(s).count() >= 2)?;
        t.rsplit(sep).next().map(str::trim)
    })?;
    // (a last crumb naming a series or a section is no talk's title)
    if last.split_whitespace().count() < 3
        || kind::kind_in(last).is_some()
        || last.to_lowercase().contains("series")
    {
        return None;
    }
    (0..blocks.len().min(20)).find(|&j| blocks[j].text.text.trim() == last && doc.hits[j].is_none())
}

/// A title not yet given: `TBA`, `TBD`, `To be announced`, `Title TBA`,
/// `Topic to be announced`.
fn is_placeholder(t: &str) -> bool {
    let l = t
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let l = ["title", "topic", "talk"]
        .iter()
        .find_map(|w| l.strip_prefix(w))
        .map_or(l.as_str(), str::trim_start);
    let l = l.trim_start_matches(':').trim();
    matches!(
        l,
        "tba"
            | "tbd"
            | "tbc"
            | "t.b.a"
            | "t.b.d"
            | "to be announced"
            | "to be determined"
            | "to be confirmed"
    )
}

/// Blocks `blocks` joined into one short value (a title broken over lines).
fn joined_lines(doc: &Doc, blocks: Range<usize>) -> Clean {
    let parts: Vec<Range<usize>> = blocks
        .filter_map(|k| doc.blocks().get(k))
        .flat_map(|b| b.parts.iter().cloned())
        .collect();
    crate::layout::markup::clean_joined(doc.layout.text, &parts, Mode::Inline)
}

/// The last word of a name: the part that every way of writing it shares.
fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or("")
}

/// A label naming several people (`Panelists:`, `Speakers:`, `Presenters`).
fn plural_label(line: &str) -> bool {
    let l = line
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    l.starts_with("panel") || (l.ends_with('s') && !l.ends_with("ss") && l.len() > 4)
}

/// A line under a speaker's name: `Position, Affiliation`, `Position at
/// Affiliation`, a position alone or an affiliation alone.
fn position_and_affiliation(c: &Clean) -> (Option<Clean>, Option<Clean>) {
    let t = c.text.as_str();
    let Some(plen) = people::position_prefix(t) else {
        // "Senior Research Engineer": a title that ends on a job noun
        if ends_on_job_noun(t) {
            return (Some(c.clone()), None);
        }
        if let Some(k) = job_at(t) {
            return (Some(c.slice(0..k)), Some(c.slice(k + 4..t.len())));
        }
        // "Senior Demographer, Center for X, University of Y": a job in a
        // few capitalized words before the first comma
        if let Some((head, rest)) = t.split_once(", ")
            && occupation(head)
            && people::has_org_word(rest)
        {
            return (
                Some(c.slice(0..head.len())),
                Some(c.slice(head.len() + 2..t.len())),
            );
        }
        // "Director of Data Services, Example Center"
        if let Some(plen) = people::leading_position(t) {
            let rest = &t[plen..];
            let at = t.len() - rest.trim_start_matches([',', ' ']).len();
            return (Some(c.slice(0..plen)), Some(c.slice(at..t.len())));
        }
        // "independent maintainer of Example": no organization's name
        // starts in lower case
        if t.starts_with(|ch: char| ch.is_lowercase()) {
            return (Some(c.clone()), None);
        }
        return (None, Some(c.clone()));
    };
    let after = &t[plen..];
    // "Professor of Computer Science": the field belongs to the position
    if people::is_position(t) && !people::has_org_word(after) {
        return (Some(c.clone()), None);
    }
    for joiner in [", ", " at ", " - ", " – ", ", the "] {
        if let Some(rest) = after.strip_prefix(joiner) {
            let at = t.len() - rest.len();
            return (Some(c.slice(0..plen)), Some(c.slice(at..t.len())));
        }
    }
    // "Reader in Evolutionary Microbiology, University of Example": the
    // position runs to the last comma before the organization
    if let Some(k) = t.rfind(", ")
        && k >= plen
        && people::has_org_word(&t[k + 2..])
        && !people::has_org_word(&t[..k])
    {
        return (Some(c.slice(0..k)), Some(c.slice(k + 2..t.len())));
    }
    // "Principal Data Scientist, Example Meals": the words before the
    // first comma end on a job noun, the organization after it
    if let Some((head, rest)) = t.split_once(", ")
        && ends_on_job_noun(head)
        && head.split_whitespace().count() <= 5
        && rest.starts_with(char::is_uppercase)
    {
        return (
            Some(c.slice(0..head.len())),
            Some(c.slice(head.len() + 2..t.len())),
        );
    }
    if people::is_position(t) {
        (Some(c.clone()), None)
    } else {
        (None, Some(c.clone()))
    }
}

/// The people a label heading (`## Speakers`, block `label`) lists as
/// sub-headings (`### Name`), each with the job line under it.
fn people_under_headings(doc: &Doc, label: usize, section: Range<usize>) -> Vec<PersonClean> {
    let Some(level) = doc.heading_level(label) else {
        return Vec::new();
    };
    section
        .clone()
        .filter(|&j| doc.heading_level(j).is_some_and(|l| l > level))
        .filter_map(|j| {
            let p = doc.person(j)?;
            let mut pc = schedule::person_clean(&doc.blocks()[j].text, p);
            let job_line = j + 1;
            if pc.affiliation.is_none()
                && pc.position.is_none()
                && section.contains(&job_line)
                && doc.heading_level(job_line).is_none()
                && doc.hits[job_line].is_none()
                && doc.text(job_line).split_whitespace().count() <= 12
                && !prose::is_prose(doc.text(job_line))
            {
                set_job_line(&mut pc, &doc.blocks()[job_line].text);
            }
            Some(pc)
        })
        .collect()
}

/// Sets a person's position and affiliation from their job line
/// (`Senior Engineer, Example University`; see [`position_and_affiliation`]).
fn set_job_line(pc: &mut PersonClean, line: &Clean) {
    let (pos, aff) = position_and_affiliation(line);
    pc.position = pos;
    pc.affiliation = aff;
}

/// Where ` at ` stands in `Geospatial engineer at Example Labs`: a job of a
/// few words ending on its noun, then a capitalized employer.
fn job_at(t: &str) -> Option<usize> {
    let k = t.find(" at ")?;
    let job = t.get(..k)?;
    ((1..=5).contains(&job.split_whitespace().count())
        && job
            .split_whitespace()
            .last()
            .is_some_and(people::is_job_noun)
        && !people::has_org_word(job)
        && t.get(k + 4..)?.starts_with(|c: char| c.is_uppercase()))
    .then_some(k)
}

/// A job in a few capitalized words: one ending on a job noun (`Research
/// Software Engineer`), or one no list of job nouns holds (`Senior
/// Demographer`, `Staff Epidemiologist`, `Lead Cartographer`).
fn occupation(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let senior = matches!(
        *first,
        "Senior" | "Junior" | "Chief" | "Principal" | "Lead" | "Staff" | "Deputy" | "Postdoctoral"
    );
    let l = last.to_lowercase();
    let trade = ["ologist", "ographer", "ician", "ist", "er", "or", "ian"]
        .iter()
        .any(|s| l.len() > s.len() + 3 && l.ends_with(s));
    // "Research Software Engineer": a job noun last, whatever words before it
    let job = people::is_job_noun(last) && !people::has_org_word(last);
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && ((senior && trade && !people::has_org_word(head)) || job)
}

/// A short line ending on a job noun (`Senior Research Engineer`,
/// `Principal Data Scientist`, `Co-founder and CTO`).
fn ends_on_job_noun(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "of" | "and" | "&" | "for")
        })
        && words.last().is_some_and(|w| {
            people::is_job_noun(w)
                // a job's English suffix: "Statistician", "Representative",
                // "Consultant", "Strategist"
                || (w.chars().count() >= 8
                    && ["ician", "ist", "ative", "ultant", "istant"]
                        .iter()
                        .any(|s| w.ends_with(s))
                    && !people::has_org_word(w))
        })
}

/// Navigation and page furniture copied with a web page: breadcrumbs
/// (`Home » News`, `← All seminars · Subscribe`), skip links, menus
/// (`Visit Exhibitions Events Learn Support Shop`: five or more capitalized
/// words with no small word between them).
pub(crate) fn is_page_chrome(t: &str) -> bool {
    let l = t.to_lowercase();
    // (» between crumbs, not closing a French quote: « Titre »)
    let quoted = t.contains('«');
    if ["»", "›", "←", "→", " · ", " | ", "©"]
        .iter()
        .any(|s| t.contains(s) && !(quoted && matches!(*s, "»" | "›")))
        || t.matches(" / ").count() >= 2
        || t.matches(" > ").count() >= 2
        || [
            "skip to",
            "skip main",
            "skip navigation",
            "view this email",
            "view in browser",
            "view it in your browser",
            "view online",
            "having trouble viewing",
            "jump to",
            "you are here",
            "search this",
            "search our",
            "search the site",
            "search site",
            "search events",
            "search:",
            "log in",
            "sign in",
            "subscribe",
            "back to",
        ]
        .iter()
        .any(|s| {
            l.strip_prefix(s)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    {
        return true;
    }
    // a link back ("« All Events"), not a French quote ("« Titre »")
    if t.trim_start().starts_with(['«', '‹']) && !t.contains(['»', '›']) {
        return true;
    }
    // a row of the page's buttons: "Register Add to Calendar Email",
    // "Share Tweet Print"
    const ACTIONS: &[&str] = &[
        "register",
        "registration",
        "rsvp",
        "add",
        "to",
        "calendar",
        "email",
        "e-mail",
        "share",
        "print",
        "tweet",
        "facebook",
        "linkedin",
        "twitter",
        "download",
        "ical",
        "ics",
        "google",
        "outlook",
        "copy",
        "link",
        "save",
        "book",
        "now",
        "tickets",
        "export",
        "event",
    ];
    let words: Vec<String> = l
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() >= 2
        && words.len() <= 10
        && words.iter().all(|w| ACTIONS.contains(&w.as_str()))
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "register" | "calendar" | "share" | "print" | "rsvp" | "download" | "tickets"
            )
        })
    {
        return true;
    }
    // a menu word alone ("Search", "Menu", "Home"); "Searching for Dark
    // Photons" and "Search for New Physics" are titles
    if matches!(
        l.trim_matches(|c: char| !c.is_alphanumeric()),
        "search" | "menu" | "home"
    ) {
        return true;
    }
    // the headings of a page's sections of events: "Next session", "Upcoming talks"
    static SECTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?-i:[^\p{Latin}0-9])*(?:next|upcoming|past|previous|recent|future|this week'?s|today'?s)\s+(?:talks?|sessions?|seminars?|events?|lectures?|meetings?|webinars?|speakers?|meetups?)(?-i:[^\p{Latin}0-9])*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    if SECTION.is_match(t) {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() >= 5
        && !t.contains([':', ',', '-', '?'])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphanumeric)
        })
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the"
                    | "of"
                    | "and"
                    | "for"
                    | "in"
                    | "on"
                    | "to"
                    | "a"
                    | "an"
                    | "with"
                    | "from"
                    | "across"
                    | "without"
                    | "beyond"
                    | "between"
                    | "through"
                    | "toward"
                    | "towards"
                    | "into"
                    | "under"
                    | "over"
                    | "via"
                    | "versus"
                    | "vs"
                    | "at"
                    | "by"
                    | "is"
                    | "are"
            )
            // a title's gerund ("Borrowing Strength …"), never a menu entry
            || (w.len() > 5 && w.ends_with("ing"))
        })
}

/// True when what follows a heading's date is a notice about the day, not
/// a title: `– ATTENZIONE: Aula Magna, ore 15:00`, `— NOTE: 4pm start`
/// (a word in capitals and a colon, or a time).
fn dated_notice(rest: &str) -> bool {
    let Some(after) = rest
        .trim_start()
        .strip_prefix(['–', '—', '-', '|', '·'])
        .map(str::trim_start)
    else {
        return false;
    };
    let shouted = after.split_once(':').is_some_and(|(w, _)| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    });
    shouted || when::scan(after).iter().any(|e| e.time.is_some())
}

#[cfg(test)]
mod title_tests {
    use super::*;

    fn c(s: &str) -> Clean {
        crate::layout::markup::clean(s, 0..s.len(), crate::layout::Mode::Inline)
    }

    #[test]
    fn a_job_before_the_organization() {
        let split = |s: &str| job_before_org(&c(s)).map(|(j, o)| (j.text, o.text));
        let table = [
            (
                "Senior Android Engineer @ Example",
                Some(("Senior Android Engineer", "Example")),
            ),
            (
                "Cientista de Dados Sénior, Banco Example",
                Some(("Cientista de Dados Sénior", "Banco Example")),
            ),
            (
                "Engenheiro de ML, Example Energia",
                Some(("Engenheiro de ML", "Example Energia")),
            ),
            (
                "Principal Data Scientist, Example Meals",
                Some(("Principal Data Scientist", "Example Meals")),
            ),
            // an organization, then where it is
            ("Example University, Department of History", None),
            ("Institute of Example Studies, London", None),
            ("Example Trust", None),
        ];
        for (line, want) in table {
            assert_eq!(
                split(line),
                want.map(|(j, o)| (j.to_string(), o.to_string())),
                "{line}"
            );
        }
    }

    #[test]
    fn page_chrome_lines() {
        for t in [
            "Register Add to Calendar Email",
            "Share Tweet Print",
            "« All Events",
            "Skip to Main Content",
        ] {
            assert!(is_page_chrome(t), "{t}");
        }
        for t in [
            "« Le calcul humain »",
            "Registering the Dead: Parish Books, 1600-1800",
            "Calendar Reform and the Calendar Wars",
        ] {
            assert!(!is_page_chrome(t), "{t}");
        }
    }

    #[test]
    fn closing_notes_leave_a_description() {
        let cut = |s: &str| without_closing_notes(&c(s)).text;
        assert_eq!(
            cut("We give a lower bound. Joint work with A. Example. Pizza at 3:15 in the lounge."),
            "We give a lower bound. Joint work with A. Example."
        );
        assert_eq!(
            cut(
                "Die Netzwerke verdichteten sich. Im Anschluss an den Vortrag laden wir zu einem Umtrunk ein. Gäste sind herzlich willkommen."
            ),
            "Die Netzwerke verdichteten sich."
        );
        // the talk's own Q&A stays, and so does a lone sentence
        assert_eq!(
            cut("Three people talk frankly. Half of the hour is reserved for Q&A."),
            "Three people talk frankly. Half of the hour is reserved for Q&A."
        );
        assert_eq!(
            cut("Coffee at 3:00 in the atrium."),
            "Coffee at 3:00 in the atrium."
        );
    }

    #[test]
    fn affiliations_without_what_is_no_part_of_them() {
        let table = [
            (
                "of the Example Institute for Urban Health",
                Some("Example Institute for Urban Health"),
            ),
            ("the University of Example", Some("University of Example")),
            ("M.A. (Example University)", Some("Example University")),
            (
                "Avdelningen för reglerteknik, försvarar sin doktorsavhandling",
                Some("Avdelningen för reglerteknik"),
            ),
            (
                "Example Paris, équipe SIERRA",
                Some("Example Paris, équipe SIERRA"),
            ),
            (
                "Universidad de Example, Facultad de Ciencias",
                Some("Universidad de Example, Facultad de Ciencias"),
            ),
            ("he/him", None),
            ("@example_py", None),
            ("Advisor: Prof. Ada Example", None),
        ];
        for (text, want) in table {
            assert_eq!(
                tidy_affiliation(&c(text)).map(|a| a.text).as_deref(),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn remarks_after_an_affiliation() {
        let cut = |s: &str| without_remark(&c(s)).text;
        assert_eq!(
            cut("Example Heritage Foundation; joining remotely"),
            "Example Heritage Foundation"
        );
        assert_eq!(
            cut("Example Historical Society. Photo: Ana Example"),
            "Example Historical Society"
        );
        assert_eq!(
            cut("Example Lab; Example University"),
            "Example Lab; Example University"
        );
        assert_eq!(cut("Example Inc. Research"), "Example Inc. Research");
    }

    #[test]
    fn quoted_spans() {
        let q = |t: &'static str| quoted_span(t).and_then(|r| t.get(r));
        assert_eq!(
            q(r#"Dr. Ames will speak on "Tidal Mixing in Fjords" at noon"#),
            Some("Tidal Mixing in Fjords")
        );
        assert_eq!(
            q("Prof. Lund, “Sparse Graphs and Their Limits”, Room 4"),
            Some("Sparse Graphs and Their Limits")
        );
        // too short, then a good one
        assert_eq!(
            q(r#"on "AI", "Learning to Rank""#),
            Some("Learning to Rank")
        );
        // unclosed, or running into another opening quote
        assert_eq!(q(r#"a "dangling quote that never closes"#), None);
        assert_eq!(q("“one “two words here”"), Some("two words here"));
        let long = format!("\"{}\"", "x".repeat(201));
        assert_eq!(quoted_span(&long), None);
    }

    #[test]
    fn page_chrome_is_not_a_title() {
        for t in [
            "Skip to main content",
            "Home » News & Events » Lectures",
            "Home / Webinars / Soil Carbon",
            "Skip Main Navigation",
            "About Academics Research Events Give",
            "Visit Exhibitions Events Learn Support Shop",
            "← All seminars · Subscribe to the calendar",
        ] {
            assert!(is_page_chrome(t), "{t}");
            assert!(!reads_as_title(t), "{t}");
        }
        for t in [
            "Rethinking Caches for the Many-Core Era",
            "Interfaces That Adapt to Their Users",
            "Smooth Surfaces: Successors to Splines?",
            "Borrowing Strength Across Trials Without Borrowing Bias",
        ] {
            assert!(!is_page_chrome(t), "{t}");
            assert!(reads_as_title(t), "{t}");
        }
    }

    #[test]
    fn notices_greetings_and_series_names_are_not_titles() {
        for t in [
            "Dear colleagues",
            "NOTE UNUSUAL TIME AND PLACE",
            "HCI SEMINAR",
            "ECE Distinguished Lecture",
            "The next departmental seminar will take place",
            "Commissioner",
            "A. B. Person",
            "Senior Research Engineer",
        ] {
            assert!(!reads_as_title(t), "{t}");
        }
    }

    #[test]
    fn job_titles_end_on_a_job_noun() {
        assert!(ends_on_job_noun("Senior Research Engineer"));
        assert!(ends_on_job_noun("Principal Data Scientist"));
        assert!(!ends_on_job_noun("Applied Robotics Laboratory"));
        assert!(!ends_on_job_noun(
            "the engineer who built it and many other things here"
        ));
    }
}
