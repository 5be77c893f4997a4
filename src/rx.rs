//! Compiled patterns: the part of the `regex` API Herald uses, over
//! `regex-automata`'s meta engine (the engine inside `regex`) built without
//! literal prefilters.
//!
//! Why not `regex::Regex` itself: for each pattern, `regex` extracts prefix,
//! suffix and inner literals to build a prefilter. Herald's patterns are
//! mostly long case-insensitive alternations of cue words (`(?i)refreshments|
//! coffee and|…`); extracting their literals is a cross product over case
//! variants, and it was about half the cost of compiling them, paid at the
//! start of every run. The texts these patterns run over are lines and
//! paragraphs, where a prefilter saves little: the lazy DFA reads them in
//! one pass either way.
//!
//! Matching semantics are those of `regex` (leftmost-first, Unicode,
//! UTF-8 spans); [`Regex::new`] accepts the same syntax.

use std::borrow::Cow;
use std::ops::Range;

use regex_automata::meta;
use regex_automata::util::syntax;

/// A compiled pattern (see the [module docs](self)).
#[derive(Clone, Debug)]
pub struct Regex {
    re: meta::Regex,
}

/// Why a pattern did not compile (boxed: the engine's error is large).
pub type Error = Box<meta::BuildError>;

impl Regex {
    /// Compiles `pattern` with Unicode on.
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        Regex::build(pattern, true, None)
    }

    /// Compiles `pattern` with Unicode off (ASCII classes and case
    /// folding; the pattern must still match only valid UTF-8) and a lazy
    /// DFA cache of `dfa_bytes`.
    pub fn ascii(pattern: &str, dfa_bytes: usize) -> Result<Regex, Error> {
        Regex::build(pattern, false, Some(dfa_bytes))
    }

    fn build(pattern: &str, unicode: bool, dfa_bytes: Option<usize>) -> Result<Regex, Error> {
        let mut config = meta::Config::new().auto_prefilter(false);
        if let Some(bytes) = dfa_bytes {
            config = config.hybrid_cache_capacity(bytes);
        }
        let re = meta::Regex::builder()
            .syntax(syntax::Config::new().unicode(unicode))
            .configure(config)
            .build(pattern)
            .map_err(Box::new)?;
        Ok(Regex { re })
    }

    /// True when the pattern matches somewhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.re.is_match(haystack)
    }

    /// The leftmost-first match in `haystack`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.re
            .find(haystack)
            .map(|m| Match::new(haystack, m.range()))
    }

    /// The successive non-overlapping matches in `haystack`.
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.re
            .find_iter(haystack)
            .map(move |m| Match::new(haystack, m.range()))
    }

    /// The groups of the leftmost-first match in `haystack`.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let mut caps = self.re.create_captures();
        self.re.captures(haystack, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// The groups of each successive non-overlapping match in `haystack`.
    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.re
            .captures_iter(haystack)
            .map(move |caps| Captures { haystack, caps })
    }

    /// `haystack` with every match replaced by `with`, taken literally (no
    /// `$1` expansion); borrowed when nothing matched.
    pub fn replace_all<'h>(&self, haystack: &'h str, with: &str) -> Cow<'h, str> {
        let mut matches = self.re.find_iter(haystack).peekable();
        if matches.peek().is_none() {
            return Cow::Borrowed(haystack);
        }
        let mut out = String::with_capacity(haystack.len());
        let mut last = 0;
        for m in matches {
            out.push_str(haystack.get(last..m.start()).unwrap_or_default());
            out.push_str(with);
            last = m.end();
        }
        out.push_str(haystack.get(last..).unwrap_or_default());
        Cow::Owned(out)
    }
}

/// One match: a span of the haystack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, span: Range<usize>) -> Match<'h> {
        Match {
            haystack,
            start: span.start,
            end: span.end,
        }
    }

    /// Byte offset of the start of the match.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the end of the match.
    pub fn end(&self) -> usize {
        self.end
    }

    /// `start()..end()`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length of the match in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty match.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        self.haystack.get(self.range()).unwrap_or_default()
    }
}

/// The groups of one match.
#[derive(Clone, Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    caps: regex_automata::util::captures::Captures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match), when it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        let span = self.caps.get_group(i)?;
        Some(Match::new(self.haystack, span.range()))
    }

    /// The group named `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        let span = self.caps.get_group_by_name(name)?;
        Some(Match::new(self.haystack, span.range()))
    }

    /// Number of groups, the whole match included.
    pub fn len(&self) -> usize {
        self.caps.group_len()
    }

    /// True when the pattern has no groups at all (never: group 0 exists).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans, groups and iteration agree with the `regex` crate's.
    #[test]
    fn agrees_with_the_regex_crate() {
        let cases: &[(&str, &str)] = &[
            (
                r"(?i)(?-u:\b)(?:coffee|tea) (and|&) ([\p{Latin}]+)",
                "Coffee and cake, tea & Kuchen",
            ),
            (r"(\d{1,2}):(\d{2})\s*(am|pm)?", "at 4:30 pm and 16:45"),
            (r"^\s*(?:Room|Salle)\s+(\w+)", "  Salle Émile 204"),
            (r"x*", "axxb"),
            (r"é|(ü)", "Café Müller"),
        ];
        for &(pattern, text) in cases {
            let ours = Regex::new(pattern).map_err(|e| e.to_string());
            let theirs = regex::Regex::new(pattern).map_err(|e| e.to_string());
            let (Ok(ours), Ok(theirs)) = (ours, theirs) else {
                panic!("{pattern} did not compile");
            };
            assert_eq!(ours.is_match(text), theirs.is_match(text), "{pattern}");
            let a: Vec<_> = ours.find_iter(text).map(|m| m.range()).collect();
            let b: Vec<_> = theirs.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{pattern}");
            let a: Vec<Vec<_>> = ours
                .captures_iter(text)
                .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| m.as_str())).collect())
                .collect();
            let b: Vec<Vec<_>> = theirs
                .captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| m.as_str())).collect())
                .collect();
            assert_eq!(a, b, "{pattern}");
            assert_eq!(
                ours.replace_all(text, "_"),
                theirs.replace_all(text, "_"),
                "{pattern}"
            );
        }
    }

    #[test]
    fn named_groups_and_ascii_mode() {
        let re = Regex::new(r"(?<h>\d+)h(?<m>\d+)?").map_err(|e| e.to_string());
        let Ok(re) = re else { panic!("compiles") };
        let c = re.captures("at 14h30").map(|c| {
            (
                c.name("h").map(|m| m.as_str()),
                c.name("m").map(|m| m.as_str()),
            )
        });
        assert_eq!(c, Some((Some("14"), Some("30"))));
        assert!(re.captures("no digits").is_none());
        // in ASCII mode `\w` stops at non-ASCII letters
        let Ok(ascii) = Regex::ascii(r"\w+", 1 << 20) else {
            panic!("compiles")
        };
        assert_eq!(ascii.find("Émile").map(|m| m.as_str()), Some("mile"));
        assert!(Regex::new(r"(unclosed").is_err());
    }
}
