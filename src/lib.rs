//! Herald turns talk, seminar, workshop and webinar announcements into
//! normalized records (see `SCHEMA.md`).
//!
//! The path of one document through the crate:
//!
//! 1. [`input`]: bytes → [`input::Document`] (encoding, format, working
//!    text with a map back to the input bytes);
//! 2. [`layout`]: text → lines → blocks (headings, paragraphs, list items,
//!    table rows), markup stripped with offsets kept;
//! 3. [`segment`]: blocks → labels and a plan of talks (single talk,
//!    schedule, heading sections, person lines);
//! 4. [`fields`]: pure parsers for dates and times, people, places, kinds,
//!    prose boundaries, links;
//! 5. [`assemble`]: drafts of talks and event → one [`record::Record`];
//! 6. [`batch`] and [`write`](mod@write): many files in parallel, written as JSON,
//!    JSON Lines, CSV or iCalendar.
//!
//! Beside that path, [`eval`] scores records against gold annotations
//! (`herald eval`) and [`check`] compares fixtures with their expected
//! records (`herald check`).
//!
//! The library never prints and never exits; the `herald` binary does.
//!
//! Regexes are compiled once, on first use, in `LazyLock` statics, through
//! [`rx`] (the `regex` API without literal prefilters, which were a third of
//! the start-up time). Their word classes are written `[\p{Latin}0-9_]` rather than `\w`: the cues
//! they look for are in Latin-script languages, and Unicode's `\w` costs a
//! large automaton each time a pattern repeats it, which had doubled the
//! start-up time. For the same reason digits are `[0-9]`, not `\d` (which
//! takes in every script's digits), and non-word runs are
//! `[^\p{Latin}0-9]`, not `\W`.

pub mod assemble;
pub mod batch;
pub mod check;
pub mod error;
pub mod eval;
pub mod fields;
pub mod input;
pub mod layout;
pub mod record;
pub mod rx;
pub mod segment;
pub mod write;

use sha2::{Digest, Sha256};

pub use error::{Error, ErrorKind};
pub use record::Record;

/// How to extract.
#[derive(Clone, Debug)]
pub struct Options {
    /// Record provenance spans (`--spans`).
    pub spans: bool,
    /// The day taken as "now" when a year must be inferred from a weekday
    /// (default: 2026-11-22, fixed so that output does not drift with the clock).
    pub today: jiff::civil::Date,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            spans: false,
            today: jiff::civil::date(2026, 11, 22),
        }
    }
}

/// Extracts the records of one input (`path` names it in the record and
/// helps decide its format). Most inputs give one record; a mailbox gives
/// one per message.
pub fn extract(bytes: &[u8], path: &str, opts: &Options) -> Result<Vec<Record>, ErrorKind> {
    let docs = input::documents(bytes, path)?;
    let sha256 = hex(&Sha256::digest(bytes));
    let records = docs
        .iter()
        .map(|doc| {
            let source = record::Source {
                path: path.to_string(),
                part: doc.part,
                sha256: sha256.clone(),
                bytes: bytes.len() as u64,
                format: doc.format,
            };
            let hints = assemble::Hints {
                posted: doc.posted,
                today: opts.today,
                spans: opts.spans,
            };
            // a digest is read as its announcement alone
            match segment::digest::announcement(&doc.text) {
                Some(r) => assemble::assemble(&doc.cropped(r), source, &hints),
                None => assemble::assemble(doc, source, &hints),
            }
        })
        .collect();
    Ok(records)
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}
