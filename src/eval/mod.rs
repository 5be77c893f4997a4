//! Scoring records against gold annotations: the field-level precision,
//! recall and F1 of `score.py` (shared `eval/`), ported rule for rule so
//! that `herald eval` prints the same table and the same `overall F1`.
//!
//! Two kinds of gold ([`Kind`]): the CMU Seminar Announcements with inline
//! tags ([`sa`]), and JSON gold files of recent announcements ([`modern`]).
//! Predictions are a directory of records or a JSON Lines file
//! ([`preds::load`]), matched to gold files by file stem.
//!
//! The modules follow the script: [`normalize`] (names, locations,
//! affiliations, long texts), [`times`] (`HH:MM` and gold time texts),
//! [`zones`] (zone families, offsets, UTC instants), [`tally`] (counts and
//! the table), [`py`] (the Python semantics those rules lean on).
//!
//! Known limits of the port: digits are ASCII `0-9` where Python's `\d`
//! would also take other scripts' digits, and character classes follow the
//! Unicode version of the `regex` crate rather than Python's.

pub mod modern;
pub mod normalize;
pub mod preds;
pub mod py;
pub mod sa;
pub mod tally;
pub mod times;
pub mod zones;

use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::rx::Regex;

pub use preds::Preds;
pub use tally::{Counts, Tally};

/// The kind of gold annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// CMU Seminar Announcements: text files with inline tags.
    Sa,
    /// JSON gold files (`GOLD-FORMAT.md`).
    Modern,
}

/// The outcome of scoring a gold directory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scored {
    /// Counts per field.
    pub tally: Tally,
    /// The `--per-doc` lines, in gold-file order.
    pub lines: Vec<String>,
    /// Gold documents that have no record.
    pub missing: usize,
}

impl Scored {
    /// What `score.py` prints: the per-document lines, the count of
    /// documents without a record, the table, and `overall F1 <x>` last.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for l in &self.lines {
            let _ = writeln!(s, "{l}");
        }
        if self.missing > 0 {
            let _ = writeln!(s, "records missing for {} documents", self.missing);
        }
        let (table, f1) = self.tally.report();
        s.push_str(&table);
        let _ = writeln!(s, "overall F1 {f1:.3}");
        s
    }
}

/// Scores the records `preds` against the gold files in `gold_dir`.
pub fn score(kind: Kind, gold_dir: &Path, preds: &Preds, per_doc: bool) -> Result<Scored, Error> {
    match kind {
        Kind::Sa => sa::score(gold_dir, preds, per_doc),
        Kind::Modern => modern::score(gold_dir, preds, per_doc),
    }
}

/// A gold or prediction file that could not be read.
#[derive(Debug)]
pub struct Error {
    /// The file or directory.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl Error {
    fn io(path: &Path, e: std::io::Error) -> Error {
        Error {
            path: path.to_path_buf(),
            reason: format!("cannot read: {e}"),
        }
    }

    fn json(path: &Path, e: serde_json::Error) -> Error {
        Error {
            path: path.to_path_buf(),
            reason: format!("invalid JSON: {e}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for Error {}

/// Compiles one of this module's fixed patterns; a pattern that failed to
/// compile would match nothing rather than panic.
fn regex(pattern: &str) -> Regex {
    Regex::new(pattern)
        .or_else(|_| Regex::new(r"[^\s\S]"))
        .unwrap_or_else(|_| unreachable!("the empty-class regex compiles"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_patterns_compile() {
        // the fallback never matches, so a broken pattern would show here
        assert!(regex(r"a\s").is_match("a "));
        assert!(!regex(r"(").is_match("("));
    }
}
