//! The normalizations of `score.py`: how names, locations, affiliations and
//! long texts are made comparable.
//!
//! Python's `\w` is a letter, a number or `_` (`str.isalnum()` or `_`), its
//! `\s` is `str.isspace()`; the character classes below spell those out so
//! that the Rust regexes keep and drop exactly the characters Python does.

use std::sync::LazyLock;

use crate::rx::Regex;
use unicode_normalization::UnicodeNormalization;

use super::py;
use super::regex;

/// Tokens dropped from names: honorifics, degrees, suffixes.
pub const HONORIFICS: &[&str] = &[
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "assoc",
    "asst",
    "assistant",
    "associate",
    "phd",
    "ph",
    "d",
    "jr",
    "sr",
];

/// NFKC, then curly quotes to straight ones and en/em dashes to hyphens.
pub fn fold(s: &str) -> String {
    s.nfkc()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect()
}

/// `norm_text` of score.py (defined there but not used by its scoring):
/// folded, lower case, markdown punctuation and surrounding punctuation
/// dropped, whitespace collapsed.
pub fn norm_text(s: &str) -> String {
    static MARKUP: LazyLock<Regex> = LazyLock::new(|| regex(r"[*_#>|`\[\]]"));
    static SPACES: LazyLock<Regex> = LazyLock::new(|| regex(r"[\s\x{1c}-\x{1f}]+"));
    let s = fold(s).to_lowercase();
    let s = MARKUP.replace_all(&s, " ");
    let s = SPACES.replace_all(&s, " ");
    py::strip(&s)
        .trim_matches([' ', '.', ',', ';', ':', '\'', '"', '-', '(', ')'])
        .to_string()
}

/// Names: folded, lower case, punctuation but hyphens dropped, and
/// honorifics and one-letter tokens (initials) left out.
pub fn norm_name(s: &str) -> String {
    static NOT_NAME: LazyLock<Regex> = LazyLock::new(|| regex(r"[^\p{L}\p{N}_\s\x{1c}-\x{1f}\-]"));
    let s = fold(s).to_lowercase();
    let s = NOT_NAME.replace_all(&s, " ");
    py::split(&s)
        .filter(|t| !HONORIFICS.contains(t) && t.chars().count() > 1)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Affiliations: like [`norm_loose`], and a trailing short parenthetical
/// (`(TU/e)`, `(MIT)`) is optional.
pub fn norm_aff(s: &str) -> String {
    static TRAILING_PAREN: LazyLock<Regex> =
        LazyLock::new(|| regex(r"[\s\x{1c}-\x{1f}]*\([^()]{1,12}\)[\s\x{1c}-\x{1f}]*$"));
    norm_loose(&TRAILING_PAREN.replace_all(&fold(s), ""))
}

/// Case, punctuation and whitespace insensitive; for locations, titles,
/// affiliations and long texts.
pub fn norm_loose(s: &str) -> String {
    static NOT_WORD: LazyLock<Regex> = LazyLock::new(|| regex(r"[^\p{L}\p{N}_\s\x{1c}-\x{1f}]"));
    let s = fold(s).to_lowercase();
    let s = NOT_WORD.replace_all(&s, " ");
    py::split(&s).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_is_nfkc_with_straight_quotes_and_hyphens() {
        assert_eq!(
            fold("\u{fb01}le \u{2018}a\u{2019} \u{201c}b\u{201d} 1\u{2013}2\u{2014}3"),
            "file 'a' \"b\" 1-2-3"
        );
        assert_eq!(fold("\u{ff11}\u{ff12}"), "12");
    }

    #[test]
    fn names_lose_honorifics_initials_and_punctuation() {
        assert_eq!(norm_name("Prof. Jane Q. Doe-Roe, Ph.D."), "jane doe-roe");
        assert_eq!(norm_name("DR. ÉMILE ZOLA Jr"), "émile zola");
        assert_eq!(norm_name("Dr."), "");
    }

    #[test]
    fn loose_ignores_case_punctuation_and_spacing() {
        assert_eq!(norm_loose("  Wean Hall,\n 5409 "), "wean hall 5409");
        assert_eq!(norm_loose("snake_case & co."), "snake_case co");
        assert_eq!(norm_loose(""), "");
    }

    #[test]
    fn affiliations_drop_a_short_trailing_parenthetical() {
        assert_eq!(
            norm_aff("Eindhoven University of Technology (TU/e)"),
            "eindhoven university of technology"
        );
        assert_eq!(
            norm_aff("Lab (a parenthetical that is long)"),
            "lab a parenthetical that is long"
        );
    }

    #[test]
    fn text_strips_markup_and_edge_punctuation() {
        assert_eq!(norm_text("**Hello**, _World_ (x)."), "hello , world (x");
    }
}
