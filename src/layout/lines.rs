//! Lines: the physical lines of a document, each classified by its shape
//! (heading, rule, table row, list item, text) with the range of its
//! content once block markup (`#`, `>`, bullets, indentation) is set aside.

use std::ops::Range;

/// What a line is, judged by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Nothing but whitespace.
    Blank,
    /// A heading: ATX (`## x`), or text underlined (setext, reStructuredText).
    Heading(u8),
    /// The underline (or overline) of a heading: not content.
    Underline,
    /// A separator line (`-----`, `***`, `___`).
    Rule,
    /// A table row (`| a | b |`, or a row of a reStructuredText simple table).
    TableRow,
    /// A table separator (`|---|:--|`) or a simple-table border (`===== =====`).
    TableSep,
    /// A list item (`- x`, `* x`, `• x`, `1. x`), with its depth from the indent.
    ListItem(u8),
    /// Anything else.
    Text,
    /// Metadata that is not part of the announcement's text: a YAML front
    /// matter block (`---` ... `---`) at the top of a page.
    Meta,
}

/// One physical line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The whole line in the working text, without its `\n`.
    pub range: Range<usize>,
    /// The content once block markup is set aside.
    pub body: Range<usize>,
    /// Leading whitespace width (a tab counts 4).
    pub indent: usize,
    /// The line's shape.
    pub kind: LineKind,
}

impl Line {
    /// Length of the line's content in characters (approximately: bytes).
    pub fn width(&self) -> usize {
        self.range.end - self.range.start
    }
}

/// Splits `text` into classified lines.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for piece in text.split('\n') {
        let range = start..start + piece.len();
        out.push(classify(piece, range));
        start += piece.len() + 1;
    }
    mark_front_matter(text, &mut out);
    resolve_underlines(text, &mut out);
    resolve_dashed_tables(text, &mut out);
    resolve_simple_tables(text, &mut out);
    resolve_gap_tables(text, &mut out);
    resolve_tab_rows(text, &mut out);
    resolve_wrapped_numbers(text, &mut out);
    out
}

/// A number that a hard wrap put at the start of a line (`… Reiseberichte
/// des` / `18. Jahrhunderts`) is no list item: as in CommonMark, an ordered
/// list opens inside a paragraph only on `1.`. The line stays text when the
/// paragraph above it has no list item and does not end on a colon.
fn resolve_wrapped_numbers(text: &str, lines: &mut [Line]) {
    for i in 1..lines.len() {
        let t = text.get(lines[i].range.clone()).unwrap_or("").trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let ordered = matches!(lines[i].kind, LineKind::ListItem(_))
            && digits > 0
            && t.get(digits..).is_some_and(|r| r.starts_with(". "))
            && t.get(..digits) != Some("1");
        if !ordered {
            continue;
        }
        let mut above = lines[..i]
            .iter()
            .rev()
            .take_while(|l| l.kind != LineKind::Blank);
        let ends_on_colon = |l: &Line| {
            text.get(l.body.clone())
                .unwrap_or("")
                .trim_end()
                .ends_with(':')
        };
        let wrapped = above
            .next()
            .is_some_and(|l| l.kind == LineKind::Text && !ends_on_colon(l))
            && above.all(|l| l.kind == LineKind::Text);
        if wrapped {
            let start = lines[i].range.end - t.len();
            lines[i].kind = LineKind::Text;
            lines[i].body = start..start + t.trim_end().len();
        }
    }
}

fn indent_width(s: &str) -> usize {
    s.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// Characters that can draw a rule or an underline.
fn is_rule_char(c: char) -> bool {
    matches!(
        c,
        '-' | '=' | '*' | '_' | '~' | '^' | '"' | '+' | '#' | ':' | '.' | '`' | '\''
    )
}

/// True for `------  ---------  -----`: runs of two dashes or more, at least
/// two of them, apart by spaces. Under a line of column names it draws the
/// columns of a plain-text table (see [`resolve_dashed_tables`]); `- - -`
/// and `-----` stay rules.
fn is_dashed_border(t: &str) -> bool {
    let runs: Vec<&str> = t.split_whitespace().collect();
    runs.len() >= 2
        && runs
            .iter()
            .all(|r| r.len() >= 2 && r.bytes().all(|b| b == b'-'))
}

/// True for `-----`, `* * *`, `=====`, `~~~~`: one rule character, 3+ times.
fn is_rule(t: &str) -> bool {
    let mut chars = t.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next() else {
        return false;
    };
    if !is_rule_char(first) {
        return false;
    }
    let mut n = 1;
    for c in chars {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3 && (first != '.' || n >= 5)
}

fn classify(raw: &str, range: Range<usize>) -> Line {
    let trimmed = raw.trim();
    let indent = indent_width(raw);
    let lead = raw.len() - raw.trim_start().len();
    let s = range.start;
    let mut line = Line {
        body: s + lead..s + lead + trimmed.len(),
        range,
        indent,
        kind: LineKind::Text,
    };
    if trimmed.is_empty() {
        line.kind = LineKind::Blank;
        return line;
    }
    // blockquote markers are set aside
    let mut t = trimmed;
    let mut off = lead;
    while let Some(rest) = t.strip_prefix('>') {
        let r = rest.trim_start();
        off += t.len() - r.len();
        t = r;
    }
    // a list marker alone ("*" left by a tag that opened the item) is no content
    if t.is_empty() || matches!(t, "*" | "-" | "+" | "•") {
        line.kind = LineKind::Blank;
        return line;
    }
    line.body = s + off..s + off + t.len();
    if is_rule(t) {
        line.kind = if (t.starts_with('=') && t.contains(' ') && !t.starts_with("= "))
            || is_dashed_border(t)
        {
            LineKind::TableSep
        } else {
            LineKind::Rule
        };
        return line;
    }
    // ATX heading
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t']) {
        let inner = t[hashes..].trim();
        let inner = inner.trim_end_matches('#').trim_end();
        let istart = t.find(inner).unwrap_or(hashes);
        line.body = s + off + istart..s + off + istart + inner.len();
        line.kind = LineKind::Heading(hashes as u8);
        return line;
    }
    // a reStructuredText line block ("| **When:** Thursday …"): one bar
    // only, at the start; the text after it is the line
    if let Some(rest) = t.strip_prefix("| ")
        && !rest.contains('|')
    {
        let r = rest.trim_start();
        let at = off + (t.len() - r.len());
        line.body = s + at..s + at + r.len();
        return line;
    }
    // pipe table
    if t.starts_with('|') {
        line.kind = if is_table_sep(t) {
            LineKind::TableSep
        } else {
            LineKind::TableRow
        };
        return line;
    }
    // list item
    if let Some(marker) = list_marker(t) {
        let rest = &t[marker..];
        let r = rest.trim_start();
        let body_start = off + marker + (rest.len() - r.len());
        line.body = s + body_start..s + body_start + r.len();
        line.kind = LineKind::ListItem(u8::try_from(indent / 2).unwrap_or(u8::MAX).min(8));
        return line;
    }
    line
}

/// `|---|:---:|`: a markdown table's header separator.
fn is_table_sep(t: &str) -> bool {
    let inner = t.trim_matches('|');
    !inner.is_empty()
        && inner.contains('-')
        && inner
            .chars()
            .all(|c| matches!(c, '-' | ':' | '|' | ' ' | '\t' | '+' | '='))
}

/// The length of a list marker at the start of `t` (bullet or `1.`/`1)`,
/// with the space after it), if there is one.
fn list_marker(t: &str) -> Option<usize> {
    let mut chars = t.char_indices();
    let (_, c) = chars.next()?;
    if matches!(
        c,
        '-' | '*' | '+' | '•' | '·' | '▪' | '◦' | '‣' | '●' | '○' | '■' | '□' | '➢' | '►'
    ) {
        let n = c.len_utf8();
        let rest = &t[n..];
        if rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
            return Some(n);
        }
        return None;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        if (rest.starts_with(". ") || rest.starts_with(") ")) && !rest[2..].trim().is_empty() {
            return Some(digits + 1);
        }
    }
    None
}

/// A YAML front matter block opening the text: `---`, `key: value` lines,
/// `---`. Its lines become [`LineKind::Meta`].
fn mark_front_matter(text: &str, lines: &mut [Line]) {
    let first = lines.iter().position(|l| l.kind != LineKind::Blank);
    let Some(first) = first else { return };
    if text.get(lines[first].range.clone()).map(str::trim) != Some("---") {
        return;
    }
    let close = (first + 1..lines.len().min(first + 80)).find(|&i| {
        matches!(
            text.get(lines[i].range.clone()).map(str::trim),
            Some("---" | "...")
        )
    });
    let Some(close) = close else { return };
    let yamlish = (first + 1..close).all(|i| {
        let t = text.get(lines[i].range.clone()).unwrap_or("");
        let tt = t.trim();
        tt.is_empty()
            || tt.starts_with("- ")
            || tt.starts_with('#')
            || t.starts_with([' ', '\t'])
            || tt
                .split_once(':')
                .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '))
    });
    if !yamlish {
        return;
    }
    for l in &mut lines[first..=close] {
        l.kind = LineKind::Meta;
    }
}

/// Turns `Title\n=====` (and rST over/underlines) into headings; other
/// rule-like lines stay rules.
fn resolve_underlines(text: &str, lines: &mut [Line]) {
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Rule {
            continue;
        }
        let Some(ch) = text
            .get(lines[i].body.clone())
            .and_then(|t| t.chars().next())
        else {
            continue;
        };
        // (a numbered section's name boxed between two rules, "1) CS
        // COLLOQUIUM", is a heading too)
        let boxed_item = i >= 2
            && matches!(lines[i - 1].kind, LineKind::ListItem(_))
            && lines[i - 2].kind == LineKind::Rule;
        if i == 0 || !(matches!(lines[i - 1].kind, LineKind::Text) || boxed_item) {
            continue;
        }
        // the heading text must stand alone: a blank line, a rule or the start before it
        let alone = i < 2
            || matches!(
                lines[i - 2].kind,
                LineKind::Blank | LineKind::Rule | LineKind::Heading(_) | LineKind::Underline
            );
        if !alone {
            continue;
        }
        let level = match ch {
            '=' => 1,
            '-' => 2,
            '~' => 3,
            '^' => 4,
            _ => 5,
        };
        lines[i - 1].kind = LineKind::Heading(level);
        lines[i].kind = LineKind::Underline;
        if i >= 2 && lines[i - 2].kind == LineKind::Rule {
            lines[i - 2].kind = LineKind::Underline;
        }
    }
}

/// A plain-text table drawn with a dashed border under its column names:
///
/// ```text
/// Date    Presenter              Paper
/// ------  ---------------------  ---------------------------
/// Sep 11  A. Person              "A Title"
///                                (Journal, 2025)
/// ```
///
/// The names and the lines under the border, up to a blank line, are table
/// rows; a border with no line of names right above it is a rule.
fn resolve_dashed_tables(text: &str, lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        if border_char(text, &lines[i]) != Some('-') {
            i += 1;
            continue;
        }
        if i == 0 || lines[i - 1].kind != LineKind::Text {
            lines[i].kind = LineKind::Rule;
            i += 1;
            continue;
        }
        lines[i - 1].kind = LineKind::TableRow;
        let mut j = i + 1;
        while j < lines.len() && lines[j].kind == LineKind::Text {
            lines[j].kind = LineKind::TableRow;
            j += 1;
        }
        i = j;
    }
}

/// The character a table border is drawn with (`=` for a reStructuredText
/// simple table, `-` under a plain-text table's column names); `None` for
/// any other line.
fn border_char(text: &str, line: &Line) -> Option<char> {
    if line.kind != LineKind::TableSep {
        return None;
    }
    text.get(line.body.clone())?.chars().next()
}

/// A reStructuredText simple table: rows between `===== =====` borders are
/// table rows (their columns come from the border, see [`simple_table_columns`]).
fn resolve_simple_tables(text: &str, lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        let border = |j: usize| border_char(text, &lines[j]) == Some('=');
        if border(i) && !is_pipe_line(lines, i) {
            // find the closing border
            let close = (i + 1..lines.len()).find(|&j| border(j));
            if let Some(j) = close {
                for line in &mut lines[i + 1..j] {
                    if line.kind != LineKind::Blank {
                        line.kind = LineKind::TableRow;
                    }
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// The column gaps of a line: runs of a tab or three or more spaces between
/// two non-space characters (leading indentation is not a gap).
pub fn gaps(raw: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let b = raw.as_bytes();
    let start = raw.len() - raw.trim_start().len();
    let end = raw.trim_end().len();
    let mut i = start;
    while i < end {
        if b[i] == b' ' || b[i] == b'\t' {
            let s = i;
            let mut tab = false;
            while i < end && (b[i] == b' ' || b[i] == b'\t') {
                tab |= b[i] == b'\t';
                i += 1;
            }
            if tab || i - s >= 3 {
                out.push(s..i);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Plain-text tables laid out with tabs or runs of spaces: a header of
/// column names (`DATE  ROOM  TIME  SPEAKER  TOPIC`) and the lines under it
/// with two or more column gaps become table rows.
fn resolve_gap_tables(text: &str, lines: &mut [Line]) {
    let header_word = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "date"
                | "day"
                | "time"
                | "room"
                | "place"
                | "location"
                | "speaker"
                | "speakers"
                | "presenter"
                | "topic"
                | "title"
                | "talk"
                | "session"
                | "who"
                | "what"
                | "when"
                | "where"
        )
    };
    let mut i = 0;
    while i < lines.len() {
        let raw = text.get(lines[i].range.clone()).unwrap_or("");
        let is_header = lines[i].kind == LineKind::Text
            && gaps(raw).len() >= 2
            && raw.split_whitespace().filter(|w| header_word(w)).count() >= 3;
        if !is_header {
            i += 1;
            continue;
        }
        lines[i].kind = LineKind::TableRow;
        let mut j = i + 1;
        while j < lines.len() {
            let r = text.get(lines[j].range.clone()).unwrap_or("");
            match lines[j].kind {
                LineKind::Blank => {}
                LineKind::Text if !gaps(r).is_empty() || r.starts_with([' ', '\t']) => {
                    lines[j].kind = LineKind::TableRow;
                }
                _ => break,
            }
            j += 1;
        }
        i = j;
    }
}

/// A timetable copied from a page keeps its tabs between cells (`09:00 -
/// 10:30\tLecture: Title\tDr. A. Person`): when three lines or more open
/// on a clock time and hold a tab between words, each line of the text
/// with such a tab is a table row, header or not.
fn resolve_tab_rows(text: &str, lines: &mut [Line]) {
    let tabbed = |l: &Line| {
        l.kind == LineKind::Text
            && text
                .get(l.range.clone())
                .is_some_and(|raw| raw.trim().contains('\t'))
    };
    let timed = |l: &Line| {
        text.get(l.range.clone()).is_some_and(|raw| {
            let t = raw.trim_start();
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits) && t[digits..].starts_with([':', '.'])
        })
    };
    if lines.iter().filter(|l| tabbed(l) && timed(l)).count() < 3 {
        return;
    }
    for l in lines.iter_mut() {
        if tabbed(l) {
            l.kind = LineKind::TableRow;
        }
    }
}

fn is_pipe_line(lines: &[Line], i: usize) -> bool {
    i > 0 && lines[i - 1].kind == LineKind::TableRow
}

/// The column start offsets (relative to the line start) of a simple-table border.
pub fn simple_table_columns(border: &str) -> Vec<usize> {
    let mut cols = Vec::new();
    let mut prev = ' ';
    let line = border.trim_start().chars().next().unwrap_or('=');
    for (i, c) in border.char_indices() {
        if c == line && prev != line {
            cols.push(i);
        }
        prev = c;
    }
    cols
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LineKind> {
        lines(text).into_iter().map(|l| l.kind).collect()
    }

    #[test]
    fn a_numbered_name_boxed_between_rules_is_a_heading() {
        use LineKind::*;
        assert_eq!(
            kinds("=====================\n1) CS COLLOQUIUM\n=====================\nMonday"),
            vec![Underline, Heading(1), Underline, Text]
        );
        // a numbered line under a rule only is still an item
        assert_eq!(
            kinds("=====================\n1) Opening\n2) Keynote"),
            vec![Rule, ListItem(0), ListItem(0)]
        );
    }

    #[test]
    fn a_number_wrapped_to_a_line_start_is_no_list_item() {
        use LineKind::*;
        for (text, want) in [
            // a hard wrap inside a title
            (
                "TEI in der Lehre: Reiseberichte des\n18. Jahrhunderts",
                vec![Text, Text],
            ),
            ("presented at the\n12. Example Tagung", vec![Text, Text]),
            // a list opens inside a paragraph on 1 only
            (
                "Programme\n1. Opening\n2. Keynote",
                vec![Text, ListItem(0), ListItem(0)],
            ),
            // under a colon, any number opens a list
            ("Agenda:\n3. Keynote", vec![Text, ListItem(0)]),
            // after a blank line, as before
            ("Programme\n\n2. Keynote", vec![Text, Blank, ListItem(0)]),
            // an item's lazy line above keeps the list going
            (
                "1. Opening by A\nand B\n2. Keynote",
                vec![ListItem(0), Text, ListItem(0)],
            ),
        ] {
            assert_eq!(kinds(text), want, "{text:?}");
        }
    }

    #[test]
    fn shapes_of_real_lines() {
        use LineKind::*;
        assert_eq!(
            kinds(
                "# Speakers\n\n- [Ada Lovelace](#ada-lovelace)\n## Ada Lovelace\n| **Affiliation** | x |"
            ),
            vec![Heading(1), Blank, ListItem(0), Heading(2), TableRow]
        );
        assert_eq!(
            kinds("Title\n======\nBody"),
            vec![Heading(1), Underline, Text]
        );
        assert_eq!(
            kinds("Lectures are presented\nare free.\n-------------"),
            vec![Text, Text, Rule]
        );
        assert_eq!(
            kinds("   ===== =\n   19:00 Intro\n   ===== ="),
            vec![TableSep, TableRow, TableSep]
        );
        assert_eq!(kinds("|---|:--|"), vec![TableSep]);
        assert_eq!(kinds("  • Achieve highest accuracy"), vec![ListItem(1)]);
        assert_eq!(kinds("1. Data"), vec![ListItem(0)]);
        assert_eq!(kinds("Time:     3:30 PM"), vec![Text]);
        assert_eq!(kinds("> **quoted**"), vec![Text]);
        assert_eq!(kinds("#hashtag"), vec![Text]);
    }

    #[test]
    fn heading_body_drops_hashes() {
        let t = "### Invited Talks ##";
        let l = &lines(t)[0];
        assert_eq!(&t[l.body.clone()], "Invited Talks");
    }

    #[test]
    fn simple_table_columns_from_border() {
        assert_eq!(simple_table_columns("   ===== ="), vec![3, 9]);
        assert_eq!(simple_table_columns("------  ---  --"), vec![0, 8, 13]);
    }

    #[test]
    fn a_line_block_is_text_and_a_pipe_row_a_table_row() {
        use LineKind::*;
        let text = "| **When:** Thursday 13 November 2025\n| a | b |\n| a | b";
        assert_eq!(kinds(text), vec![Text, TableRow, TableRow]);
        let first = &lines(text)[0];
        assert_eq!(
            &text[first.body.clone()],
            "**When:** Thursday 13 November 2025"
        );
    }

    #[test]
    fn a_dashed_border_under_column_names_draws_a_table() {
        use LineKind::*;
        assert_eq!(
            kinds(
                "Date    Presenter   Paper\n------  ----------  -----\nSep 11  A. Person   \"X\"\n          (J, 2025)\n\nAfter."
            ),
            vec![TableRow, TableSep, TableRow, TableRow, Blank, Text]
        );
        // with no names above it, a dashed line is a rule; a solid one too
        assert_eq!(kinds("\n------  ------\nText"), vec![Blank, Rule, Text]);
        assert_eq!(kinds("Text\n\n----------"), vec![Text, Blank, Rule]);
        // "- - -" is a markdown rule
        assert_eq!(kinds("A\n\n- - -"), vec![Text, Blank, Rule]);
    }
}
