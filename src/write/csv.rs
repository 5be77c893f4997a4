//! CSV: one row per talk, the event's columns repeated on each, for data
//! frames and SQL (`pandas.read_csv`, DuckDB's `read_csv`) without options.
//!
//! A header row ([`COLUMNS`]) comes first, even for an empty batch; fields
//! are quoted as RFC 4180 says (only when needed) and lines end with CRLF;
//! the text is UTF-8 without a byte-order mark. An event with no talks
//! still gives one row, its talk columns empty. Unknown values are empty
//! cells. Lists are joined with `; `: `speakers` in order, `affiliations`
//! the distinct affiliations of the speakers in order of first mention.

use std::io::{self, Write};

use crate::record::{Kind, Record, Talk, When};

/// The header row, in column order.
pub const COLUMNS: [&str; 22] = [
    "path",
    "part",
    "talk_index",
    "event_title",
    "series",
    "event_kind",
    "date",
    "end_date",
    "start_time",
    "end_time",
    "timezone",
    "location",
    "attendance",
    "talk_title",
    "talk_kind",
    "talk_date",
    "talk_start_time",
    "talk_end_time",
    "speakers",
    "affiliations",
    "abstract",
    "sha256",
];

/// One row: the cells in [`COLUMNS`] order.
pub type Row = [String; COLUMNS.len()];

fn kind(k: Option<Kind>) -> String {
    k.and_then(|k| serde_json::to_value(k).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn cell(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn when_cell(w: &Option<When>, f: fn(&When) -> &Option<String>) -> String {
    w.as_ref().map(|w| cell(f(w))).unwrap_or_default()
}

/// The rows of one record: one per talk, or one for a record without talks.
pub fn rows(r: &Record) -> Vec<Row> {
    let ev = &r.event;
    let row = |index: Option<usize>, t: Option<&Talk>| -> Row {
        let speakers: Vec<&str> = t
            .map(|t| {
                t.speakers
                    .iter()
                    .filter_map(|p| p.name.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        let mut affiliations: Vec<&str> = Vec::new();
        for a in t
            .iter()
            .flat_map(|t| &t.speakers)
            .filter_map(|p| p.affiliation.as_deref())
        {
            if !affiliations.contains(&a) {
                affiliations.push(a);
            }
        }
        let tw = t.and_then(|t| t.when.clone());
        [
            r.source.path.clone(),
            r.source.part.map(|p| p.to_string()).unwrap_or_default(),
            index.map(|i| i.to_string()).unwrap_or_default(),
            cell(&ev.title),
            cell(&ev.series),
            kind(ev.kind),
            when_cell(&ev.when, |w| &w.date),
            when_cell(&ev.when, |w| &w.end_date),
            when_cell(&ev.when, |w| &w.start_time),
            when_cell(&ev.when, |w| &w.end_time),
            when_cell(&ev.when, |w| &w.timezone),
            ev.location
                .as_ref()
                .map(|l| cell(&l.text))
                .unwrap_or_default(),
            ev.attendance
                .and_then(|a| serde_json::to_value(a).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            t.map(|t| cell(&t.title)).unwrap_or_default(),
            kind(t.and_then(|t| t.kind)),
            when_cell(&tw, |w| &w.date),
            when_cell(&tw, |w| &w.start_time),
            when_cell(&tw, |w| &w.end_time),
            speakers.join("; "),
            affiliations.join("; "),
            t.map(|t| cell(&t.abstract_)).unwrap_or_default(),
            r.source.sha256.clone(),
        ]
    };
    if r.talks.is_empty() {
        return vec![row(None, None)];
    }
    r.talks
        .iter()
        .enumerate()
        .map(|(i, t)| row(Some(i), Some(t)))
        .collect()
}

/// Streams records as CSV rows; the header is written before the first row
/// (or at [`CsvWriter::finish`] when there is none).
pub struct CsvWriter<W: Write> {
    w: ::csv::Writer<W>,
    started: bool,
}

impl<W: Write> CsvWriter<W> {
    /// A writer onto `w`.
    pub fn new(w: W) -> CsvWriter<W> {
        CsvWriter {
            w: ::csv::WriterBuilder::new()
                .has_headers(false)
                .terminator(::csv::Terminator::CRLF)
                .from_writer(w),
            started: false,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            self.w.write_record(COLUMNS).map_err(io::Error::other)?;
        }
        Ok(())
    }

    /// Writes the rows of one record.
    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        self.header()?;
        for row in rows(r) {
            self.w.write_record(&row).map_err(io::Error::other)?;
        }
        Ok(())
    }

    /// Writes the header if no record came, and flushes.
    pub fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.w.flush()
    }
}
