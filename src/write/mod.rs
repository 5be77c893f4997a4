//! Writers: records → files and streams.
//!
//! - [`json`]: one pretty-printed `<stem>.json` per input, written
//!   atomically (temporary file, then rename) under an output directory,
//!   and JSON Lines;
//! - [`csv`]: one row per talk, for data frames and SQL;
//! - [`ics`]: an iCalendar file with one event per talk slot.
//!
//! The stream formats ([`Format`]) share one interface, [`RecordWriter`]:
//! records are written as they arrive, in input order, and
//! [`RecordWriter::finish`] closes the stream (the iCalendar footer).

pub mod csv;
pub mod ics;
pub mod json;

use std::io::{self, Write};

use crate::record::Record;

/// A stream format of records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// JSON Lines: one record per line.
    #[default]
    Jsonl,
    /// CSV: one row per talk ([`csv`]).
    Csv,
    /// iCalendar ([`ics`]).
    Ics,
}

/// Writes a stream of records.
pub trait RecordWriter {
    /// Writes one record.
    fn write(&mut self, r: &Record) -> io::Result<()>;
    /// Ends the stream (footer, flush).
    fn finish(&mut self) -> io::Result<()>;
}

/// JSON Lines, one record per line.
pub struct JsonlWriter<W: Write>(pub W);

impl<W: Write> RecordWriter for JsonlWriter<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        json::line(&mut self.0, r)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl<W: Write> RecordWriter for csv::CsvWriter<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        csv::CsvWriter::write(self, r)
    }
    fn finish(&mut self) -> io::Result<()> {
        csv::CsvWriter::finish(self)
    }
}

impl<W: Write> RecordWriter for ics::IcsWriter<W> {
    fn write(&mut self, r: &Record) -> io::Result<()> {
        ics::IcsWriter::write(self, r)
    }
    fn finish(&mut self) -> io::Result<()> {
        ics::IcsWriter::finish(self)
    }
}

/// A writer of `format` onto `out`. `dtstamp` is the iCalendar `DTSTAMP`
/// (fixed by the caller so that output is reproducible).
pub fn writer<'a, W: Write + 'a>(
    format: Format,
    out: W,
    dtstamp: jiff::Timestamp,
) -> Box<dyn RecordWriter + 'a> {
    match format {
        Format::Jsonl => Box::new(JsonlWriter(out)),
        Format::Csv => Box::new(csv::CsvWriter::new(out)),
        Format::Ics => Box::new(ics::IcsWriter::new(out, dtstamp)),
    }
}
