//! Layout: [`Document`](crate::input::Document) text → lines → blocks.
//!
//! A block is the unit the field finders read: a heading, a paragraph (hard
//! wrapped lines joined back), a list item, a table row split into cells, or
//! a rule. Each block keeps the lines it came from, so that finders can look
//! at a paragraph line by line (mail headers, centered title blocks) and
//! values can be traced back to their bytes.

pub mod lines;
pub mod markup;

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

pub use lines::{Line, LineKind};
pub use markup::{Clean, Mode};

/// The kind of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, with its level (1 is the highest).
    Heading(u8),
    /// One or more text lines read as one paragraph.
    Para,
    /// A list item, with its nesting depth.
    Item(u8),
    /// A table row; its cells are in [`Block::cells`].
    Row,
    /// A separator.
    Rule,
}

/// One block of a document.
#[derive(Clone, Debug)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// The indices of its lines in [`Layout::lines`].
    pub lines: Range<usize>,
    /// The content ranges (one per line) in the working text.
    pub parts: Vec<Range<usize>>,
    /// The content, cleaned for short fields.
    pub text: Clean,
    /// For a table row, its cells, cleaned.
    pub cells: Vec<Clean>,
    /// For a table row, its cells' ranges.
    pub cell_ranges: Vec<Range<usize>>,
    /// True when a blank line (or the start) comes right before the block.
    pub after_blank: bool,
}

impl Block {
    /// True for headings.
    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading(_))
    }

    /// The whole range of the block in the working text.
    pub fn span(&self) -> Range<usize> {
        let s = self.parts.first().map_or(0, |r| r.start);
        let e = self.parts.last().map_or(s, |r| r.end);
        s..e
    }
}

/// A document's lines and blocks.
#[derive(Debug)]
pub struct Layout<'t> {
    /// The working text.
    pub text: &'t str,
    /// Its physical lines.
    pub lines: Vec<Line>,
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
}

impl<'t> Layout<'t> {
    /// Analyses `text`.
    pub fn new(text: &'t str) -> Layout<'t> {
        let lines = lines::lines(text);
        let blocks = blocks(text, &lines);
        Layout {
            text,
            lines,
            blocks,
        }
    }

    /// The cleaned text of the given blocks joined as prose (paragraphs
    /// separated by spaces), links kept.
    pub fn prose(&self, blocks: &[usize]) -> Clean {
        let ranges: Vec<Range<usize>> = blocks
            .iter()
            .filter_map(|&i| self.blocks.get(i))
            .flat_map(|b| b.parts.iter().cloned())
            .collect();
        markup::clean_joined(self.text, &ranges, Mode::Prose)
    }

    /// Cleans one range of the working text.
    pub fn clean(&self, range: Range<usize>, mode: Mode) -> Clean {
        markup::clean(self.text, range, mode)
    }
}

/// The width at which the document's prose seems hard-wrapped.
fn wrap_width(text: &str, lines: &[Line]) -> usize {
    let mut widths: Vec<usize> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Text)
        .map(|l| text.get(l.range.clone()).map_or(0, |s| s.chars().count()))
        .collect();
    if widths.is_empty() {
        return 72;
    }
    widths.sort_unstable();
    let p90 = widths[(widths.len() * 9 / 10).min(widths.len() - 1)];
    if p90 > 110 {
        // lines as long as paragraphs: the text is not hard-wrapped
        return usize::MAX / 16;
    }
    p90.clamp(60, 100)
}

/// True when `t` opens on a label no wrapped sentence runs into
/// (`Speaker:`, `Title:`, `Abstract:`, `Room:`). Narrower than the label
/// vocabulary of [`crate::fields::labels`] on purpose: a plural such as
/// `Panelists:` under a programme line still runs on with it, which the
/// reading of panels below a programme relies on.
fn core_label(t: &str) -> bool {
    let Some((label, _)) = t.split_once(':') else {
        return false;
    };
    matches!(
        label.trim().to_ascii_lowercase().as_str(),
        "speaker"
            | "speakers"
            | "title"
            | "abstract"
            | "date"
            | "time"
            | "room"
            | "venue"
            | "location"
            | "where"
            | "when"
            | "host"
            | "bio"
            | "presenter"
            | "led by"
            | "chair"
    )
}

/// True when `t` starts like a field line: `Label:` with a short label.
pub fn looks_like_field(t: &str) -> bool {
    // reStructuredText field lists: ":date: 2019-05-16"
    let (t, rst) = match t.strip_prefix(':') {
        Some(rest) if rest.starts_with(|c: char| c.is_alphabetic()) && rest.contains(':') => {
            (rest, true)
        }
        _ => (t, false),
    };
    let Some(colon) = t.find(':') else {
        return false;
    };
    let label = t[..colon].trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    if label.is_empty() || label.len() > 32 {
        return false;
    }
    let after = &t[colon + 1..];
    if after.starts_with("//")
        || after.starts_with(|c: char| c.is_ascii_digit())
            && label.chars().all(|c| c.is_ascii_digit())
    {
        return false; // a URL or a time
    }
    let words = label.split_whitespace().count();
    let first = label.chars().next().unwrap_or(' ');
    words <= 4
        && (first.is_uppercase() || first == '(' || rst)
        && !label.ends_with(|c: char| c.is_ascii_digit())
}

/// True when `t` opens on a clock time (`9:00`, `10.30`, `14h00`, `3 pm`),
/// as the lines of a printed program do.
fn starts_with_clock(t: &str) -> bool {
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\(?[0-9]{1,2}(?:[:.h][0-9]{2}(?-u:\b)|\s?[ap]\.?m(?-u:\b)\.?)")
            .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
    });
    CLOCK.is_match(t)
}

/// True when `t` is a date-and-time line, as the entries of a digest open:
/// a weekday or a date first, and a clock time in the line
/// (`Monday 13 October, 12:00-13:00, Room 2.14`, `Oct 5, 3:30 pm`), or a
/// time or time range alone before a comma or a dash (`12:15-1:00 PM,
/// Library`, `16:00 – Dr A. Person (University)`).
fn is_when_line(t: &str) -> bool {
    static CLOCK_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^[0-9]{1,2}(?::[0-9]{2}|\.[0-9]{2}|\s?[ap]\.?m\.?)(?:\s?(?:-|–|to)\s?[0-9]{1,2}(?:[:.][0-9]{2})?(?:\s?[ap]\.?m\.?)?)?(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?(?:,|\s[–—-])\s",
        )
        .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
    });
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|[0-9]{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?[\s,]).*?[0-9]{1,2}(?:[:.][0-9]{2}|\s?[ap]\.?m(?-u:\b))",
        )
        .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
    });
    t.len() < 120 && (WHEN.is_match(t) || CLOCK_FIRST.is_match(t))
}

/// True when `t` is a whole line in quotes, as a talk's title is set out.
fn is_quoted_line(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(['"', '“'])
        && t.ends_with(['"', '”'])
        && t.chars().count() > 3
        && t.chars().filter(|c| matches!(c, '"' | '“' | '”')).count() == 2
}

/// The column where the value of a `Label: value` line starts (in
/// characters), when the line opens on a label.
fn value_column(raw: &str) -> Option<usize> {
    let colon = raw.find(": ")?;
    let label = raw.get(..colon)?.trim_start();
    if label.is_empty() || label.split_whitespace().count() > 3 {
        return None;
    }
    let after = raw.get(colon + 1..)?;
    let value_at = colon + 1 + (after.len() - after.trim_start().len());
    Some(raw.get(..value_at)?.chars().count())
}

/// True when `t` is written in capitals: three words or more, and no
/// lower-case letter (`EXAMPLE SYMPOSIUM ON ROBOTICS 2025`).
fn is_caps_line(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= 3
        && !t.chars().any(char::is_lowercase)
}

/// Words that, ending a line, say that the sentence goes on.
pub(crate) fn ends_open(t: &str) -> bool {
    t.ends_with([',', '-', '&', '(', '/', '–']) || ends_on_open_word(t)
}

/// True when the last word of `t` cannot end a phrase: an article, a
/// conjunction or a preposition (English, German, French, Spanish, Italian,
/// Dutch).
fn ends_on_open_word(t: &str) -> bool {
    let last = t.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "and"
            | "or"
            | "of"
            | "the"
            | "a"
            | "an"
            | "at"
            | "in"
            | "on"
            | "for"
            | "to"
            | "with"
            | "by"
            | "from"
            | "as"
            | "is"
            | "are"
            | "will"
            | "be"
            | "their"
            | "his"
            | "her"
            | "its"
            | "our"
            | "your"
            | "my"
            // German, French, Spanish, Italian and Dutch articles,
            // conjunctions and prepositions
            | "des"
            | "der"
            | "das"
            | "dem"
            | "den"
            | "und"
            | "für"
            | "von"
            | "vom"
            | "zum"
            | "zur"
            | "mit"
            | "über"
            | "de"
            | "du"
            | "la"
            | "le"
            | "les"
            | "et"
            | "à"
            | "au"
            | "aux"
            | "pour"
            | "sur"
            | "dans"
            | "del"
            | "el"
            | "los"
            | "las"
            | "y"
            | "para"
            | "con"
            | "di"
            | "della"
            | "il"
            | "het"
            | "een"
            | "voor"
            | "met"
    )
}

fn blocks(text: &str, lines: &[Line]) -> Vec<Block> {
    let wrap = wrap_width(text, lines);
    let mut out: Vec<Block> = Vec::new();
    let mut i = 0;
    let mut after_blank = true;
    let mut columns: Vec<usize> = Vec::new();
    let mut in_simple_table = false;
    // a dashed border's table ends at the first blank line
    let mut ends_at_blank = false;
    // the cells of the last simple-table row, line by line
    let mut row_cells: Vec<Vec<Range<usize>>> = Vec::new();
    while i < lines.len() {
        let line = &lines[i];
        let body = line.body.clone();
        let body_text = text.get(body.clone()).unwrap_or("");
        match line.kind {
            LineKind::Blank => {
                after_blank = true;
                if ends_at_blank {
                    in_simple_table = false;
                    ends_at_blank = false;
                }
                i += 1;
                continue;
            }
            LineKind::Underline | LineKind::Meta => {
                i += 1;
                continue;
            }
            LineKind::TableSep => {
                let raw = text.get(line.range.clone()).unwrap_or("");
                let lead = raw.trim_start();
                if !lead.starts_with('|') {
                    columns = lines::simple_table_columns(raw);
                    if lead.starts_with('-') {
                        // a dashed border opens a table that a blank line ends
                        in_simple_table = true;
                        ends_at_blank = true;
                    } else {
                        // a border opens a simple table, the next one closes it
                        in_simple_table = !in_simple_table;
                    }
                }
                i += 1;
                continue;
            }
            LineKind::Rule => {
                out.push(block(
                    text,
                    BlockKind::Rule,
                    i..i + 1,
                    vec![body],
                    after_blank,
                ));
            }
            LineKind::Heading(level) => {
                out.push(block(
                    text,
                    BlockKind::Heading(level),
                    i..i + 1,
                    vec![body],
                    after_blank,
                ));
            }
            LineKind::TableRow => {
                let raw = text.get(line.range.clone()).unwrap_or("");
                let cell_ranges = if raw.trim_start().starts_with('|') {
                    pipe_cells(text, line.range.clone())
                } else if in_simple_table {
                    column_cells(raw, line.range.start, &columns)
                } else {
                    gap_cells(raw, line.range.start)
                };
                // in a simple table, a row whose first column is blank goes
                // on with the row above it
                let blank_first = cell_ranges
                    .first()
                    .is_some_and(|r| text.get(r.clone()).is_some_and(|c| c.trim().is_empty()));
                if in_simple_table
                    && blank_first
                    && let Some(prev) = out.last_mut()
                    && prev.kind == BlockKind::Row
                    && prev.lines.end == i
                    && row_cells.len() == cell_ranges.len()
                {
                    for (acc, r) in row_cells.iter_mut().zip(&cell_ranges) {
                        if text.get(r.clone()).is_some_and(|c| !c.trim().is_empty()) {
                            acc.push(r.clone());
                            prev.parts.push(r.clone());
                        }
                    }
                    prev.lines.end = i + 1;
                    prev.text = markup::clean_joined(text, &prev.parts, Mode::Inline);
                    prev.cells = row_cells
                        .iter()
                        .map(|rs| markup::clean_joined(text, rs, Mode::Inline))
                        .collect();
                    i += 1;
                    continue;
                }
                row_cells = cell_ranges.iter().map(|r| vec![r.clone()]).collect();
                let content: Vec<Range<usize>> = cell_ranges
                    .iter()
                    .filter(|r| text.get((*r).clone()).is_some_and(|c| !c.trim().is_empty()))
                    .cloned()
                    .collect();
                let parts = if content.is_empty() {
                    vec![body]
                } else {
                    content
                };
                let mut b = block(text, BlockKind::Row, i..i + 1, parts, after_blank);
                b.cells = cell_ranges
                    .iter()
                    .map(|r| markup::clean(text, r.clone(), Mode::Inline))
                    .collect();
                b.cell_ranges = cell_ranges;
                out.push(b);
            }
            LineKind::ListItem(depth) => {
                // continuation lines: indented deeper, or lazy text lines right after
                let mut parts = vec![body];
                let mut j = i + 1;
                while j < lines.len() {
                    let l = &lines[j];
                    let t = text.get(l.body.clone()).unwrap_or("");
                    let prev = text.get(lines[j - 1].body.clone()).unwrap_or("");
                    let prev_width = text
                        .get(lines[j - 1].range.clone())
                        .map_or(0, |s| s.chars().count());
                    let cont = l.kind == LineKind::Text
                        && !looks_like_field(t)
                        && (l.indent > line.indent
                            || ends_open(prev)
                            || t.starts_with(|c: char| c.is_lowercase())
                            || prev_width * 10 >= wrap * 7);
                    if !cont {
                        break;
                    }
                    parts.push(l.body.clone());
                    j += 1;
                }
                out.push(block(
                    text,
                    BlockKind::Item(depth),
                    i..j,
                    parts,
                    after_blank,
                ));
                after_blank = false;
                i = j;
                continue;
            }
            LineKind::Text => {
                let mut parts = vec![body];
                let mut j = i + 1;
                let mut prev = body_text;
                let mut prev_line = line;
                // only the block's first line can be a field label
                let mut prev_field = looks_like_field(body_text);
                while j < lines.len() {
                    let l = &lines[j];
                    if l.kind != LineKind::Text {
                        break;
                    }
                    let t = text.get(l.body.clone()).unwrap_or("");
                    // a field line starts a block, unless it is the middle of a
                    // wrapped sentence ("... an extended example for\nCubical Agda: a novel ...")
                    let prev_w = text
                        .get(prev_line.range.clone())
                        .map_or(0, |s| s.chars().count());
                    // (a line set out in columns is no sentence)
                    let mid_sentence = !prev.ends_with(['.', ':', ';', '!', '?'])
                        && !prev.trim().contains("   ")
                        && prev_w * 10 >= wrap * 7
                        && prev.chars().count() * 2 >= wrap;
                    if (looks_like_field(t) && (!mid_sentence || core_label(t)))
                        || (prev_field && !prev.ends_with(',') && !ends_on_open_word(prev))
                    {
                        break;
                    }
                    // program lines: each line of a run that opens on a clock time,
                    // and the detail lines hung under such a line
                    if starts_with_clock(body_text)
                        && (starts_with_clock(t) || l.indent > line.indent)
                    {
                        break;
                    }
                    // a clock line back at the margin after hung lines: the next entry
                    if starts_with_clock(t) && l.indent < prev_line.indent {
                        break;
                    }
                    // a date-and-time line and a line wholly in quotes stand
                    // alone, as the entries of a digest set them out (a
                    // line of a sentence that runs on from above is no
                    // such line)
                    let alone = |l: &str| is_when_line(l) || is_quoted_line(l);
                    if !ends_open(prev)
                        && !t.starts_with(|c: char| c.is_lowercase())
                        && ((parts.len() == 1 && alone(prev)) || alone(t))
                    {
                        break;
                    }
                    // centered lines (deep, changing indentation) stand alone,
                    // but for a list hung under its label's value
                    // ("Panelists: A (X),\n           B (Y)")
                    let shift = l.indent.abs_diff(prev_line.indent);
                    let hung = prev.ends_with(',')
                        && text
                            .get(prev_line.range.clone())
                            .is_some_and(|raw| value_column(raw) == Some(l.indent));
                    if shift > 3 && l.indent.max(prev_line.indent) >= 6 && !hung {
                        break;
                    }
                    // a banner's name in capitals over its details in
                    // running case ("EXAMPLE SYMPOSIUM ON ROBOTICS 2025" /
                    // "Thursday, 4 December 2025 · Auditorio Central,")
                    if !ends_open(prev) && is_caps_line(prev) && !is_caps_line(t) {
                        break;
                    }
                    let prev_width = text
                        .get(prev_line.range.clone())
                        .map_or(0, |s| s.chars().count());
                    // centered lines are short however far they are indented
                    let content = prev.chars().count();
                    let join = ends_open(prev)
                        || (prev_width * 10 >= wrap * 7 && content * 2 >= wrap)
                        || t.starts_with(|c: char| c.is_lowercase());
                    if !join {
                        break;
                    }
                    parts.push(l.body.clone());
                    prev = t;
                    prev_line = l;
                    prev_field = false;
                    j += 1;
                }
                out.push(block(text, BlockKind::Para, i..j, parts, after_blank));
                after_blank = false;
                i = j;
                continue;
            }
        }
        after_blank = false;
        i += 1;
    }
    out
}

fn block(
    text: &str,
    kind: BlockKind,
    lines: Range<usize>,
    parts: Vec<Range<usize>>,
    after_blank: bool,
) -> Block {
    let clean = markup::clean_joined(text, &parts, Mode::Inline);
    Block {
        kind,
        lines,
        parts,
        text: clean,
        cells: Vec::new(),
        cell_ranges: Vec::new(),
        after_blank,
    }
}

/// The cells of `| a | b |`: ranges between unescaped bars outside code and links.
fn pipe_cells(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut cells = Vec::new();
    let mut i = range.start;
    while i < range.end && b[i] != b'|' {
        i += 1;
    }
    let mut start = i + 1;
    let mut j = start;
    let mut code = false;
    let mut bracket = 0i32;
    while j < range.end {
        match b[j] {
            b'\\' => j += 1,
            b'`' => code = !code,
            b'[' => bracket += 1,
            b']' => bracket -= 1,
            b'|' if !code && bracket <= 0 => {
                cells.push(start..j);
                start = j + 1;
            }
            _ => {}
        }
        j += 1;
    }
    if start < range.end && !text[start..range.end].trim().is_empty() {
        cells.push(start..range.end);
    }
    cells
}

/// The cells of a row laid out with tabs or runs of spaces.
fn gap_cells(raw: &str, base: usize) -> Vec<Range<usize>> {
    let lead = raw.len() - raw.trim_start().len();
    let end = raw.trim_end().len();
    let mut out = Vec::new();
    let mut start = lead;
    for g in lines::gaps(raw) {
        out.push(base + start..base + g.start);
        start = g.end;
    }
    if start < end {
        out.push(base + start..base + end);
    }
    out
}

/// The cells of a simple-table row, cut at the border's column starts; a
/// word that runs over a column start stays whole in the cell it began in
/// (`-- no meeting (department retreat) --` across two columns).
fn column_cells(raw: &str, base: usize, columns: &[usize]) -> Vec<Range<usize>> {
    if columns.len() < 2 {
        return std::iter::once(base..base + raw.len()).collect();
    }
    let b = raw.as_bytes();
    let cut = |c: usize| {
        let mut c = c.min(raw.len());
        if c > 0 && b.get(c - 1).is_some_and(|x| !x.is_ascii_whitespace()) {
            while b.get(c).is_some_and(|x| !x.is_ascii_whitespace()) {
                c += 1;
            }
        }
        c
    };
    let mut out = Vec::new();
    for (k, &c) in columns.iter().enumerate() {
        let s = if k == 0 { c.min(raw.len()) } else { cut(c) };
        let e = if k + 1 == columns.len() {
            raw.len()
        } else {
            cut(columns[k + 1])
        };
        let (mut s, mut e) = (s, e.max(s));
        while !raw.is_char_boundary(s) {
            s -= 1;
        }
        while !raw.is_char_boundary(e) {
            e += 1;
        }
        out.push(base + s..base + e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_and_time_lines() {
        let yes = [
            "Monday 13 October, 12:00-13:00, Room 2.14, Blackett Wing",
            "Tuesday 14 October, 16:00-17:00, Lecture Theatre 1 (Hoyle Building)",
            "Fri 5 May, 3:30 pm",
            "Oct 5, 3:30 pm, Example Hall 101",
            "12 March 2024, 10.00",
            "12:15-1:00 PM, Observatory Library",
            "4:00 PM, Room 114 Example Annex",
            "3:30 p.m., Example 141 (refreshments at 3:00 in the atrium)",
            "11 a.m., Zoom (link sent to the list)",
            "16:00 – Dr Ada Example (Institute of History, University of Example)",
        ];
        for t in yes {
            assert!(is_when_line(t), "{t}");
        }
        let no = [
            "October 3rd was the day the committee met",
            "Monday's meeting is cancelled.",
            "12 participants will be selected",
            "2.5 million people live in the region, and",
            "The talk is on Monday 13 October at 12:00.",
            "Dr Ada Example, Example University",
        ];
        for t in no {
            assert!(!is_when_line(t), "{t}");
        }
    }

    #[test]
    fn lines_wholly_in_quotes() {
        assert!(is_quoted_line("\"Flat bands and fragile topology\""));
        assert!(is_quoted_line("  “Random matrices and disorder”"));
        assert!(!is_quoted_line("\"Open\" and \"closed\" sets"));
        assert!(!is_quoted_line(
            "\"How Many Harbour Girls? Reconstructing a"
        ));
        assert!(!is_quoted_line("\"\""));
    }

    #[test]
    fn where_a_label_value_starts() {
        assert_eq!(value_column("  Panelists: Henrik Example (X),"), Some(13));
        assert_eq!(value_column("Speakers:   A. Example,"), Some(12));
        assert_eq!(value_column("as the author notes: the gap"), None);
        assert_eq!(value_column("no label here"), None);
    }

    #[test]
    fn digest_stanzas_are_set_out_line_by_line() {
        let text = "\
CONDENSED MATTER SEMINAR
Monday 13 October, 12:00-13:00, Room 2.14, Example Wing
Dr Ada Example, Example University
\"Flat bands and fragile topology in twisted trilayer graphene\"
Twisted multilayers host flat electronic bands whose topology is not captured by
standard symmetry indicators, and we show how strain tunes them in devices.
";
        let layout = Layout::new(text);
        let texts: Vec<&str> = layout.blocks.iter().map(|b| b.text.text.as_str()).collect();
        assert_eq!(texts.len(), 5, "{texts:#?}");
        assert_eq!(texts[2], "Dr Ada Example, Example University");
        // a sentence that runs on into a date line goes on
        let prose = "\
Just a note that our visitor will give a talk on Thursday,
October 3rd at 4:15 in the afternoon in the Example Hall seminar room
(B-210). She will talk about new measurements from the basin.
";
        assert_eq!(Layout::new(prose).blocks.len(), 1);
    }
}
