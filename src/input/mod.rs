//! Input: bytes → [`Document`].
//!
//! This stage decodes the bytes ([`decode`]), decides the format
//! ([`format`](mod@format)), and produces the working text every later stage reads,
//! together with an [`OffsetMap`] back to the original bytes.

pub mod decode;
pub mod format;
pub mod html;
pub mod mail;
pub mod offsets;

pub use offsets::OffsetMap;

use jiff::civil;

use crate::error::ErrorKind;
use crate::record::Format;

/// A decoded document: the working text and what is known about it.
#[derive(Debug)]
pub struct Document {
    /// The working text, `\n` line ends. Markup (markdown, rendered HTML) is
    /// still in it; later stages strip it from the values they take.
    pub text: String,
    /// Working-text offset → input offset.
    pub map: OffsetMap,
    /// The detected format.
    pub format: Format,
    /// Warnings from decoding.
    pub warnings: Vec<String>,
    /// For a message of a mailbox, its 0-based index.
    pub part: Option<u32>,
    /// The posting date given by the container (a mail `Date:` header).
    pub posted: Option<civil::Date>,
}

/// Decodes `bytes` into the documents they hold: one for most inputs, one
/// per message for a mailbox. `name` (a file name or path, may be empty)
/// helps decide the format.
pub fn documents(bytes: &[u8], name: &str) -> Result<Vec<Document>, ErrorKind> {
    let decoded = decode::decode(bytes)?;
    let format = format::detect(name, &decoded.text);
    if format != Format::Email {
        return Ok(vec![Document::rendered(decoded, format)]);
    }
    // Mail is parsed from the input bytes, so that the charsets the message
    // declares apply; UTF-16 input (no mail is written so) from its decoding.
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let (src, base, outer): (&[u8], usize, Option<&OffsetMap>) = if utf16 {
        (decoded.text.as_bytes(), 0, Some(&decoded.map))
    } else if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (rest, 3, None)
    } else {
        (bytes, 0, None)
    };
    let ext_mailbox = name
        .rsplit_once('.')
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case("mbox") || e.eq_ignore_ascii_case("mbx"));
    let ext_single = name
        .rsplit_once('.')
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case("eml"));
    let mailbox = ext_mailbox || (!ext_single && mail::is_mailbox(src));
    let ranges = if mailbox {
        mail::split_mailbox(src)
    } else {
        std::iter::once(0..src.len()).collect()
    };
    let mut docs = Vec::with_capacity(ranges.len());
    for (i, r) in ranges.into_iter().enumerate() {
        let start = base + r.start;
        let part = mailbox.then(|| u32::try_from(i).unwrap_or(u32::MAX));
        let slice = src.get(r).unwrap_or_default();
        let mut doc = match mail::parse(slice) {
            Some(m) => {
                let mut warnings = decoded.warnings.clone();
                warnings.extend(m.warnings);
                Document {
                    text: m.text,
                    map: m.map,
                    format: Format::Email,
                    warnings,
                    part,
                    posted: m.posted,
                }
            }
            // no header block: the message is read as text
            None => match decode::decode(slice) {
                Ok(d) => {
                    let mut doc = Document::rendered(d, Format::Text);
                    doc.warnings
                        .push("no mail headers could be parsed; read as plain text".into());
                    doc.part = part;
                    doc
                }
                Err(_) => continue,
            },
        };
        if doc.text.trim().is_empty() {
            continue;
        }
        doc.map = doc.map.shifted(start);
        if let Some(outer) = outer {
            doc.map = doc.map.then(outer);
        }
        doc.map = doc.map.clamped(bytes.len());
        docs.push(doc);
    }
    if docs.is_empty() {
        // headers that did not parse, or no body: read it as text
        let mut doc = Document::rendered(decoded, Format::Text);
        doc.warnings
            .push("looked like e-mail but no message could be parsed; read as plain text".into());
        return Ok(vec![doc]);
    }
    Ok(docs)
}

impl Document {
    /// The part `range` of this document's working text, as a document of
    /// its own (the announcement of a digest); its offsets still lead to
    /// the input.
    pub fn cropped(&self, range: std::ops::Range<usize>) -> Document {
        Document {
            text: self.text.get(range.clone()).unwrap_or_default().to_string(),
            map: self.map.sliced(range),
            format: self.format,
            warnings: self.warnings.clone(),
            part: self.part,
            posted: self.posted,
        }
    }

    /// Decodes `bytes`; `name` (a file name or path, may be empty) helps
    /// decide the format.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Document, ErrorKind> {
        let mut docs = documents(bytes, name)?;
        if docs.is_empty() {
            return Err(ErrorKind::Empty);
        }
        Ok(docs.swap_remove(0))
    }

    /// A decoded non-mail document, HTML rendered.
    fn rendered(decoded: decode::Decoded, format: Format) -> Document {
        let (text, map) = match format {
            Format::Html => html::render(&decoded.text, &decoded.map, html::Mode::Page),
            Format::Markdown | Format::Text if html::has_block_html(&decoded.text) => {
                html::render(&decoded.text, &decoded.map, html::Mode::Embedded)
            }
            _ => (decoded.text, decoded.map),
        };
        Document {
            text,
            map,
            format,
            warnings: decoded.warnings,
            part: None,
            posted: None,
        }
    }

    /// Builds a document from text that is its own source (tests, benchmarks).
    pub fn from_text(text: &str, format: Format) -> Document {
        Document {
            text: text.to_owned(),
            map: OffsetMap::identity(text.len()),
            format,
            warnings: Vec::new(),
            part: None,
            posted: None,
        }
    }
}
