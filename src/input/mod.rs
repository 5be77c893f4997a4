//! Input: bytes → [`Document`].
//!
//! This stage decodes the bytes ([`decode`]), decides the format
//! ([`format`]), and produces the working text every later stage reads,
//! together with an [`OffsetMap`] back to the original bytes.

pub mod decode;
pub mod format;
pub mod html;
pub mod offsets;

pub use offsets::OffsetMap;

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
}

impl Document {
    /// Decodes `bytes`; `name` (a file name or path, may be empty) helps
    /// decide the format.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Document, ErrorKind> {
        let decoded = decode::decode(bytes)?;
        let format = format::detect(name, &decoded.text);
        let (text, map) = match format {
            Format::Html => html::render(&decoded.text, &decoded.map, html::Mode::Page),
            Format::Markdown | Format::Text if html::has_block_html(&decoded.text) => {
                html::render(&decoded.text, &decoded.map, html::Mode::Embedded)
            }
            _ => (decoded.text, decoded.map),
        };
        Ok(Document {
            text,
            map,
            format,
            warnings: decoded.warnings,
        })
    }

    /// Builds a document from text that is its own source (tests, benchmarks).
    pub fn from_text(text: &str, format: Format) -> Document {
        Document {
            text: text.to_owned(),
            map: OffsetMap::identity(text.len()),
            format,
            warnings: Vec::new(),
        }
    }
}
