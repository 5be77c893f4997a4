//! Kinds of events and talks, from the text's own vocabulary.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::record::Kind;

/// Words naming a kind, most specific first.
const KIND_WORDS: &[(&str, Kind)] = &[
    ("invited talk", Kind::InvitedTalk),
    ("invited lecture", Kind::InvitedTalk),
    ("invited speaker", Kind::InvitedTalk),
    ("keynote", Kind::Keynote),
    ("key lecture", Kind::Keynote),
    ("plenary", Kind::Keynote),
    ("panel", Kind::Panel),
    ("tutorial", Kind::Tutorial),
    ("webinar", Kind::Webinar),
    ("workshop", Kind::Workshop),
    ("symposium", Kind::Symposium),
    ("conference", Kind::Conference),
    ("colloquium", Kind::Colloquium),
    ("seminar", Kind::Seminar),
    // a lunch-hour talk series ("Extension Brown Bag: Title")
    ("brown bag", Kind::Seminar),
    ("brown-bag", Kind::Seminar),
    ("lecture", Kind::Lecture),
    // a public lecture in French, Spanish and Italian; a talk in German
    ("conférence", Kind::Lecture),
    ("conferencia", Kind::Lecture),
    ("conferenza", Kind::Lecture),
    ("vortrag", Kind::Talk),
    ("thesis defense", Kind::Defense),
    ("thesis defence", Kind::Defense),
    ("phd defense", Kind::Defense),
    ("phd defence", Kind::Defense),
    ("defense", Kind::Defense),
    ("defence", Kind::Defense),
    ("talk", Kind::Talk),
];

/// All the kind words at once, matched without regard to ASCII case.
static KIND_SEARCH: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(KIND_WORDS.iter().map(|(w, _)| w))
        .ok()
});

/// The first kind word found in `text` (whole words, any case); of two
/// words starting at the same place, the longer.
pub fn kind_in(text: &str) -> Option<Kind> {
    let ac = KIND_SEARCH.as_ref()?;
    ac.find_overlapping_iter(text)
        .filter(|m| whole_word(text, m.start(), m.end()))
        .filter_map(|m| {
            let (_, k) = KIND_WORDS.get(m.pattern().as_usize())?;
            Some((m.start(), m.len(), *k))
        })
        .min_by_key(|(i, len, _)| (*i, usize::MAX - len))
        .map(|(_, _, k)| k)
}

/// True when `text[start..end]` stands as a word: no letter or digit
/// before it, and none after it but a plural "s" ("talks", "keynotes").
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    before.is_none_or(|c| !c.is_alphanumeric())
        && after.is_none_or(|c| !c.is_alphanumeric() || c.eq_ignore_ascii_case(&'s'))
}

/// A short block that only says what kind of talk follows:
/// `Invited Talk`, `Distinguished Keynote`, `(Invited Talk 1)`, `Opening Key Lecture`.
pub fn kind_marker(text: &str) -> Option<Kind> {
    let t = text
        .trim()
        .trim_matches(|c: char| "()[]*:".contains(c))
        .trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let k = kind_in(t)?;
    // every other word is a modifier, a number or a speaker role
    let ok = words.iter().all(|w| {
        let l = w.to_lowercase();
        let l = l.trim_matches(|c: char| !c.is_alphanumeric());
        l.chars().all(|c| c.is_ascii_digit())
            // a roman numeral: "Keynote II"
            || (!l.is_empty() && l.len() <= 4 && l.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
            || KIND_WORDS
                .iter()
                .any(|(kw, _)| kw.split(' ').any(|p| l == p || l == format!("{p}s")))
            || matches!(
                l,
                "distinguished"
                    | "opening"
                    | "closing"
                    | "invited"
                    | "contributed"
                    | "featured"
                    | "special"
                    | "guest"
                    | "key"
                    | "plenary"
                    | "remark"
                    | "remarks"
                    | "speaker"
                    | "speakers"
                    | "spotlight"
                    | "oral"
                    | "lightning"
                    | "short"
                    | "long"
                    | "public"
                    | "memorial"
                    | "award"
                    | "main"
                    | "session"
                    | "discussion"
            )
    });
    (ok && !matches!(k, Kind::Workshop | Kind::Conference | Kind::Symposium)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(
            kind_in("Example Webinar Series: Topics in AI"),
            Some(Kind::Webinar)
        );
        assert_eq!(
            kind_in("The 5th Workshop on Energy Efficient ML"),
            Some(Kind::Workshop)
        );
        assert_eq!(kind_in("ChemE,Physics Seminar"), Some(Kind::Seminar));
        assert_eq!(
            kind_in("I am happy to invite you to my PhD defence!"),
            Some(Kind::Defense)
        );
        assert_eq!(kind_in("Talking heads"), None);
    }

    #[test]
    fn markers() {
        assert_eq!(kind_marker("Invited Talk"), Some(Kind::InvitedTalk));
        assert_eq!(kind_marker("Distinguished Keynote"), Some(Kind::Keynote));
        assert_eq!(kind_marker("(Invited Talk 1)"), Some(Kind::InvitedTalk));
        assert_eq!(kind_marker("Opening Key Lecture"), Some(Kind::Keynote));
        assert_eq!(kind_marker("Contributed Talks"), Some(Kind::Talk));
        assert_eq!(kind_marker("Efficient Computing for AI and Robotics"), None);
        assert_eq!(kind_marker("Workshop Objective"), None);
    }
}
