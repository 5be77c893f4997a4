//! Bytes → text: character encodings and line ends.
//!
//! Accepted: UTF-8 with or without BOM, UTF-16 (LE or BE) with BOM, and, for
//! bytes that are not valid UTF-8, Windows-1252 (a superset of Latin-1 used by
//! most legacy mail), which is said in a warning. Line ends become `\n` (from
//! `\r\n` or a lone `\r`), form feeds become `\n`, NUL and other C0 control
//! characters except tab become spaces. Binary data is refused.

use super::offsets::{OffsetMap, TextBuilder};
use crate::error::ErrorKind;

/// Decoded text with its map back to the input bytes.
#[derive(Debug)]
pub struct Decoded {
    /// The text, with `\n` line ends.
    pub text: String,
    /// Text offset → input offset.
    pub map: OffsetMap,
    /// What was doubtful (legacy encoding, stray control bytes).
    pub warnings: Vec<String>,
}

/// How much of the start of an input is looked at to tell text from binary.
const SNIFF_LEN: usize = 8192;

/// Decodes `bytes`, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ErrorKind> {
    let mut warnings = Vec::new();
    let (text, map) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_legacy(rest, 3, &mut warnings)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, 2, u16::from_le_bytes, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, 2, u16::from_be_bytes, &mut warnings)
    } else {
        utf8_or_legacy(bytes, 0, &mut warnings)?
    };
    if text.trim().is_empty() {
        return Err(ErrorKind::Empty);
    }
    Ok(Decoded {
        text,
        map,
        warnings,
    })
}

/// Refuses inputs whose start is clearly not text.
fn sniff_binary(bytes: &[u8]) -> Result<(), ErrorKind> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.is_empty() {
        return Ok(());
    }
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        // A text file has no NUL; a run of them, or any in the first bytes, is binary.
        let nuls = head.iter().filter(|&&b| b == 0).count();
        if nuls * 100 >= head.len() || pos < 64 {
            return Err(ErrorKind::Binary {
                reason: format!("NUL byte at offset {pos}"),
            });
        }
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0))
        .count();
    if controls * 10 > head.len() {
        return Err(ErrorKind::Binary {
            reason: format!("{controls} control bytes in the first {} bytes", head.len()),
        });
    }
    Ok(())
}

fn utf8_or_legacy(
    bytes: &[u8],
    base: usize,
    warnings: &mut Vec<String>,
) -> Result<(String, OffsetMap), ErrorKind> {
    sniff_binary(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(normalize(
            s.char_indices().map(|(i, c)| (c, base + i, c.len_utf8())),
            s.len(),
            warnings,
            clean_fast_path(s).then_some((s, base)),
        )),
        Err(e) => {
            warnings.push(format!(
                "input is not valid UTF-8 (first bad byte at offset {}); decoded as Windows-1252",
                base + e.valid_up_to()
            ));
            let (decoded, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            // Windows-1252 is a single-byte encoding: the i-th character is the i-th byte.
            Ok(normalize(
                decoded.chars().enumerate().map(|(i, c)| (c, base + i, 1)),
                bytes.len(),
                warnings,
                None,
            ))
        }
    }
}

fn utf16(
    bytes: &[u8],
    base: usize,
    unit: fn([u8; 2]) -> u16,
    warnings: &mut Vec<String>,
) -> (String, OffsetMap) {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut chars = Vec::with_capacity(bytes.len() / 2);
    let mut at = base;
    let mut bad = 0usize;
    for r in char::decode_utf16(units) {
        let c = r.unwrap_or_else(|_| {
            bad += 1;
            char::REPLACEMENT_CHARACTER
        });
        let len = if c != char::REPLACEMENT_CHARACTER && c.len_utf16() == 2 {
            4
        } else {
            2
        };
        chars.push((c, at, len));
        at += len;
    }
    if bad > 0 {
        warnings.push(format!(
            "{bad} unpaired UTF-16 surrogates replaced by U+FFFD"
        ));
    }
    if bytes.len() % 2 == 1 {
        warnings.push("UTF-16 input has an odd number of bytes; the last byte is ignored".into());
    }
    normalize(chars.into_iter(), bytes.len(), warnings, None)
}

/// Normalizes text that is already decoded (a mail body): line ends,
/// control characters. Character `i` of `s` stands for source byte
/// `base + i`.
pub fn normalize_str(s: &str, base: usize, warnings: &mut Vec<String>) -> (String, OffsetMap) {
    normalize(
        s.char_indices().map(|(i, c)| (c, base + i, c.len_utf8())),
        s.len(),
        warnings,
        clean_fast_path(s).then_some((s, base)),
    )
}

/// True when `s` needs no normalization at all.
fn clean_fast_path(s: &str) -> bool {
    !s.bytes().any(|b| b < 0x20 && b != b'\n' && b != b'\t')
}

/// Line ends to `\n`, control characters to spaces, and the offset map.
fn normalize(
    chars: impl Iterator<Item = (char, usize, usize)>,
    len_hint: usize,
    warnings: &mut Vec<String>,
    verbatim: Option<(&str, usize)>,
) -> (String, OffsetMap) {
    if let Some((s, base)) = verbatim {
        let mut b = TextBuilder::with_capacity(s.len());
        b.push(s, base, s.len());
        return b.finish();
    }
    let mut b = TextBuilder::with_capacity(len_hint);
    let mut chars = chars.peekable();
    let mut controls = 0usize;
    while let Some((c, at, len)) = chars.next() {
        match c {
            '\r' => {
                if let Some(&('\n', nat, nlen)) = chars.peek() {
                    chars.next();
                    b.push_char('\n', nat, nlen);
                } else {
                    b.push_char('\n', at, len);
                }
            }
            '\x0C' => b.push_char('\n', at, len),
            '\n' | '\t' => b.push_char(c, at, len),
            c if c.is_control() && (c as u32) < 0x20 => {
                controls += 1;
                b.push_char(' ', at, len);
            }
            '\u{FEFF}' => {}
            c => b.push_char(c, at, len),
        }
    }
    if controls > 0 {
        warnings.push(format!(
            "{controls} control characters (such as NUL) replaced by spaces"
        ));
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes).map(|d| d.text).unwrap_or_default()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text(b"caf\xC3\xA9"), "café");
        assert_eq!(text(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
        let d = decode(b"\xEF\xBB\xBFab").map(|d| d.map.range(0, 2));
        assert_eq!(d.ok(), Some([3, 5]));
    }

    #[test]
    fn line_ends_become_newlines() {
        assert_eq!(text(b"a\r\nb\rc\nd\x0Ce"), "a\nb\nc\nd\ne");
        let d = decode(b"ab\r\ncd").map(|d| d.map.range(3, 5));
        assert_eq!(d.ok(), Some([4, 6]));
    }

    #[test]
    fn legacy_bytes_decode_as_windows_1252_with_a_warning() {
        let d = decode(b"Caf\xE9 \x93talk\x94").ok();
        assert_eq!(
            d.as_ref().map(|d| d.text.as_str()),
            Some("Café \u{201C}talk\u{201D}")
        );
        assert_eq!(d.as_ref().map(|d| d.warnings.len()), Some(1));
        assert_eq!(d.map(|d| d.map.range(6, 16)), Some([5, 11]));
    }

    #[test]
    fn utf16_with_bom() {
        assert_eq!(text(b"\xFF\xFEh\x00i\x00"), "hi");
        assert_eq!(text(b"\xFE\xFF\x00h\x00i"), "hi");
        let d = decode(b"\xFF\xFEh\x00i\x00").map(|d| d.map.range(1, 2));
        assert_eq!(d.ok(), Some([4, 6]));
    }

    #[test]
    fn empty_and_binary_inputs_are_refused() {
        assert!(matches!(decode(b""), Err(ErrorKind::Empty)));
        assert!(matches!(decode(b"  \n\t\n"), Err(ErrorKind::Empty)));
        assert!(matches!(
            decode(b"\x7FELF\x02\x01\x01\x00\x00\x00\x00"),
            Err(ErrorKind::Binary { .. })
        ));
    }

    #[test]
    fn a_stray_nul_late_in_text_becomes_a_space() {
        let mut v = vec![b'a'; 1000];
        v[800] = 0;
        let d = decode(&v).ok();
        assert_eq!(d.as_ref().map(|d| d.text.as_bytes()[800]), Some(b' '));
        assert_eq!(d.map(|d| d.warnings.len()), Some(1));
    }
}
