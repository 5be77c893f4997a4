//! E-mail: one message (`.eml`) or a mailbox (`.mbox`) → working texts.
//!
//! MIME is parsed by [`mail_parser`] (multipart bodies, quoted-printable and
//! base64 transfer encodings, RFC 2047 encoded words, declared charsets).
//! From each message Herald keeps what an announcement is made of:
//!
//! - the `Subject:` header, written at the top of the working text as
//!   `Subject: …`, where the label finder reads it as a title candidate;
//! - the body: every inline `text/plain` part, or when there is none the
//!   `text/html` part rendered with block structure kept ([`super::html`]);
//!   a message whose only content is an attached message (a forwarded
//!   announcement) gives that message's subject and body;
//! - the `Date:` header, as the posting date that dates without a year are
//!   resolved against.
//!
//! A mailbox is split on its `From ` envelope lines (mboxrd: a line
//! starting with `From ` at the start of the file or after a blank line).
//! Herald splits the bytes itself rather than with
//! `mail_parser::mailbox::mbox`, because that reader copies each message
//! and loses the byte offsets that `--spans` must report.
//!
//! Offsets: a body stored as-is (7bit/8bit, no transfer encoding) maps byte
//! for byte to the input; a quoted-printable or base64 body maps, as a
//! whole, to the encoded body's bytes; the subject maps to its header.

use std::ops::Range;

use jiff::civil;
use mail_parser::{Encoding, HeaderName, Message, MessageParser, MessagePart, PartType};

use super::decode;
use super::html;
use super::offsets::{OffsetMap, TextBuilder};

/// One message made ready for extraction.
#[derive(Debug)]
pub struct Mail {
    /// `Subject: …` then a blank line then the body, `\n` line ends.
    pub text: String,
    /// Working-text offset → offset in the bytes given to [`parse`].
    pub map: OffsetMap,
    /// The calendar day of the `Date:` header, as written (its own offset).
    pub posted: Option<civil::Date>,
    /// What was doubtful (no body found, undecodable parts).
    pub warnings: Vec<String>,
}

/// How deep forwarded messages (`message/rfc822` attachments) are followed.
const MAX_NESTING: usize = 4;

/// True when the bytes start like a mailbox: an mbox `From ` envelope line.
pub fn is_mailbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ")
}

/// The byte ranges of the messages of a mailbox, envelope lines excluded.
///
/// A message starts after each line beginning with `From ` that opens the
/// file or follows a blank line. Text before the first envelope line, if
/// any, is a message of its own. Empty messages are dropped.
pub fn split_mailbox(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut at = 0usize;
    let mut prev_blank = true;
    while at < bytes.len() {
        let end = memchr_newline(bytes, at);
        let line = bytes.get(at..end).unwrap_or_default();
        let next = (end + 1).min(bytes.len());
        if prev_blank && line.starts_with(b"From ") {
            push_message(bytes, start..at, &mut out);
            start = next;
        }
        prev_blank = line.iter().all(|b| *b == b'\r');
        at = next;
    }
    push_message(bytes, start..bytes.len(), &mut out);
    out
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
        .map_or(bytes.len(), |i| from + i)
}

fn push_message(bytes: &[u8], r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let blank = bytes
        .get(r.clone())
        .is_none_or(|m| m.iter().all(|b| b.is_ascii_whitespace()));
    if !blank {
        out.push(r);
    }
}

/// Parses one message. `None` when the bytes hold no header block at all
/// (the caller then reads them as plain text).
pub fn parse(bytes: &[u8]) -> Option<Mail> {
    let message = MessageParser::default().parse(bytes)?;
    if message.headers().is_empty() {
        return None;
    }
    let mut out = TextBuilder::with_capacity(bytes.len());
    let mut warnings = Vec::new();
    let posted = message.date().and_then(|d| {
        civil::Date::new(i16::try_from(d.year).ok()?, d.month as i8, d.day as i8).ok()
    });
    write_message(&message, 0, &mut out, &mut warnings, 0);
    let (text, map) = out.finish();
    Some(Mail {
        text,
        map,
        posted,
        warnings,
    })
}

/// Writes the subject and body of `message`, whose bytes start at `base`
/// in the parsed input.
fn write_message(
    message: &Message<'_>,
    base: usize,
    out: &mut TextBuilder,
    warnings: &mut Vec<String>,
    depth: usize,
) {
    write_subject(message, base, out);
    let mut wrote = false;
    for i in 0..message.text_body_count() {
        if let Some(part) = message.text_part(i as u32)
            && let PartType::Text(t) = &part.body
        {
            write_part(t, part, message.raw_message(), base, false, out, warnings);
            wrote = true;
        }
    }
    if !wrote && let Some(part) = message.html_part(0) {
        if let PartType::Html(h) = &part.body {
            write_part(h, part, message.raw_message(), base, true, out, warnings);
            wrote = true;
        } else if let PartType::Text(t) = &part.body {
            write_part(t, part, message.raw_message(), base, false, out, warnings);
            wrote = true;
        }
    }
    if wrote {
        return;
    }
    // a forwarded announcement: the body is an attached message
    if depth < MAX_NESTING {
        for i in 0..message.attachment_count() {
            if let Some(part) = message.attachment(i as u32)
                && let PartType::Message(inner) = &part.body
            {
                let start = base + part.offset_body as usize;
                let len = part.offset_end.saturating_sub(part.offset_body) as usize;
                // an attached message stored as-is is parsed in place: its
                // offsets are already the outer message's
                let mut sub = TextBuilder::default();
                write_message(inner, base, &mut sub, warnings, depth + 1);
                let (text, map) = sub.finish();
                if text.trim().is_empty() {
                    continue;
                }
                separate(out, start);
                if part.encoding == Encoding::None {
                    out.append(&text, &map);
                } else {
                    // an encoded attachment: its offsets are not the input's
                    out.append(&text, &OffsetMap::unit(text.len(), start, len));
                }
                return;
            }
        }
    }
    warnings.push("the message has no text or HTML body".into());
}

fn write_subject(message: &Message<'_>, base: usize, out: &mut TextBuilder) {
    let Some(subject) = message.subject() else {
        return;
    };
    let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
    if subject.is_empty() {
        return;
    }
    let header = message
        .headers()
        .iter()
        .find(|h| h.name == HeaderName::Subject);
    let (at, len) = header.map_or((base, 0), |h| {
        (
            base + h.offset_field as usize,
            (h.offset_end - h.offset_field) as usize,
        )
    });
    // a subject written as is (not encoded, not folded) maps byte for byte
    let verbatim = header.and_then(|h| {
        let raw = message
            .raw_message()
            .get(h.offset_field as usize..h.offset_end as usize)?;
        raw.windows(subject.len())
            .position(|w| w == subject.as_bytes())
    });
    separate(out, at);
    out.push_synthetic("Subject: ", at);
    match verbatim {
        Some(k) => out.push(&subject, at + k, subject.len()),
        None => out.push(&subject, at, len),
    }
    out.push_synthetic("\n\n", at + len);
}

/// Writes one body part: `raw` is its decoded text, `html` says whether it
/// is to be rendered.
fn write_part(
    raw: &str,
    part: &MessagePart<'_>,
    source: &[u8],
    base: usize,
    html: bool,
    out: &mut TextBuilder,
    warnings: &mut Vec<String>,
) {
    let start = base + part.offset_body as usize;
    let len = part.offset_end.saturating_sub(part.offset_body) as usize;
    // a body sent as is whose bytes are UTF-8, whatever charset it declares
    // (`us-ascii`, `iso-8859-1`): read as UTF-8, the commonest mislabel
    let utf8 = (part.encoding == Encoding::None)
        .then(|| source.get(part.offset_body as usize..part.offset_end as usize))
        .flatten()
        .filter(|b| !b.is_ascii())
        .and_then(|b| std::str::from_utf8(b).ok())
        .filter(|u| *u != raw);
    if utf8.is_some() {
        warnings.push("a body part declares another charset but is UTF-8; read as UTF-8".into());
    }
    // a body sent as is in a legacy 8-bit encoding with no charset that
    // fits (none declared, or `us-ascii`): read as Windows-1252, as a
    // whole file would be, instead of replacement characters
    let legacy = (utf8.is_none() && part.encoding == Encoding::None && raw.contains('\u{FFFD}'))
        .then(|| source.get(part.offset_body as usize..part.offset_end as usize))
        .flatten()
        .filter(|b| std::str::from_utf8(b).is_err())
        .map(|b| encoding_rs::WINDOWS_1252.decode(b).0.into_owned());
    if legacy.is_some() {
        warnings.push(
            "a body part is not UTF-8 and declares no charset that fits; read as Windows-1252"
                .into(),
        );
    }
    let raw = legacy.as_deref().or(utf8).unwrap_or(raw);
    // a body stored as-is maps byte for byte; a decoded one as a whole
    let as_is = part.encoding == Encoding::None && raw.len() == len;
    let (text, map) = if as_is {
        decode::normalize_str(raw, start, warnings)
    } else {
        let (t, _) = decode::normalize_str(raw, 0, warnings);
        let m = OffsetMap::unit(t.len(), start, len);
        (t, m)
    };
    let (text, map) = if html {
        html::render(&text, &map, html::Mode::Page)
    } else {
        (text, map)
    };
    if part.is_encoding_problem {
        warnings.push("a body part could not be fully decoded".into());
    }
    if text.trim().is_empty() {
        return;
    }
    separate(out, start);
    out.append(&text, &map);
    if !text.ends_with('\n') {
        out.push_synthetic("\n", start + len);
    }
}

/// Starts a new paragraph unless the text is empty or already ends in one.
fn separate(out: &mut TextBuilder, at: usize) {
    let t = out.text();
    if t.is_empty() || t.ends_with("\n\n") {
        return;
    }
    out.push_synthetic(if t.ends_with('\n') { "\n" } else { "\n\n" }, at);
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = "From: Seminars <seminars@example.edu>\r\n\
Subject: Seminar: Graph Neural Networks\r\n\
Date: Tue, 3 Mar 1998 09:12:00 -0500\r\n\
\r\n\
Speaker: Ada Smith\r\n\
Place: Room 101\r\n";

    #[test]
    fn subject_and_body_become_the_working_text() {
        let m = parse(PLAIN.as_bytes()).unwrap_or_else(|| panic!("no mail"));
        assert_eq!(
            m.text,
            "Subject: Seminar: Graph Neural Networks\n\nSpeaker: Ada Smith\nPlace: Room 101\n"
        );
        assert_eq!(m.posted, civil::Date::new(1998, 3, 3).ok());
        // the body maps byte for byte: "Ada Smith" is where it is in the input
        let at = m.text.find("Ada").unwrap_or(0);
        let [s, e] = m.map.range(at, at + 9);
        assert_eq!(&PLAIN[s..e], "Ada Smith");
        // and so does a subject written as is
        let at = m.text.find("Graph").unwrap_or(0);
        let [s, e] = m.map.range(at, at + 5);
        assert_eq!(&PLAIN[s..e], "Graph");
    }

    #[test]
    fn a_body_declared_ascii_but_written_in_utf8_is_read_as_utf8() {
        let raw = "From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n\r\n\
Time: 12:30\u{2013}13:30\r\nSpeaker: Jos\u{e9} Garc\u{ed}a\r\n";
        let m = parse(raw.as_bytes()).unwrap_or_else(|| panic!("no mail"));
        assert!(m.text.contains("Time: 12:30\u{2013}13:30\n"), "{}", m.text);
        assert!(m.text.contains("José García"), "{}", m.text);
        // and it still maps byte for byte
        let at = m.text.find("José").unwrap_or(0);
        let [s, e] = m.map.range(at, at + "José".len());
        assert_eq!(&raw[s..e], "José");
    }

    #[test]
    fn a_latin1_body_with_no_charset_is_read_as_windows_1252() {
        let raw = b"From: a@b.c\r\nSubject: x\r\n\r\nSpeaker: H\xe9l\xe8ne B\xe9riault\r\n";
        let m = parse(raw).unwrap_or_else(|| panic!("no mail"));
        assert!(m.text.contains("Speaker: Hélène Bériault"), "{}", m.text);
        assert!(!m.text.contains('\u{FFFD}'), "{}", m.text);
    }

    #[test]
    fn quoted_printable_and_encoded_words_are_decoded() {
        let raw = "From: a@b.c\r\nSubject: =?utf-8?q?Caf=C3=A9_talk?=\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\r\n\
Speaker: Jos=C3=A9 Garc=C3=ADa, a very long line that is soft=\r\n-wrapped\r\n";
        let m = parse(raw.as_bytes()).unwrap_or_else(|| panic!("no mail"));
        assert!(m.text.starts_with("Subject: Café talk\n\n"), "{}", m.text);
        assert!(
            m.text
                .contains("José García, a very long line that is soft-wrapped\n")
        );
        // a decoded body maps to the whole encoded body
        let at = m.text.find("José").unwrap_or(0);
        let [s, e] = m.map.range(at, at + 5);
        assert!(
            raw[s..e].starts_with("Speaker: Jos=C3=A9"),
            "{}",
            &raw[s..e]
        );
    }

    #[test]
    fn plain_text_is_preferred_to_html_and_html_is_rendered_when_alone() {
        let alt = "From: a@b.c\nSubject: x\nMIME-Version: 1.0\n\
Content-Type: multipart/alternative; boundary=\"b\"\n\n--b\n\
Content-Type: text/plain\n\nplain body\n--b\nContent-Type: text/html\n\n\
<p>html body</p>\n--b--\n";
        let m = parse(alt.as_bytes()).unwrap_or_else(|| panic!("no mail"));
        assert!(m.text.contains("plain body") && !m.text.contains("html body"));
        let html_only = "From: a@b.c\nSubject: x\nContent-Type: text/html\n\n\
<h1>Title</h1><p>First</p><script>var x;</script><ul><li>one</li><li>two</li></ul>";
        let m = parse(html_only.as_bytes()).unwrap_or_else(|| panic!("no mail"));
        assert!(m.text.contains("Title\n"), "{}", m.text);
        assert!(m.text.contains("- one\n- two"), "{}", m.text);
        assert!(!m.text.contains("var x"));
    }

    #[test]
    fn a_forwarded_message_gives_its_own_subject_and_body() {
        let fwd = "From: a@b.c\nSubject: Fwd: talk\nMIME-Version: 1.0\n\
Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n\
Content-Type: message/rfc822\n\nFrom: x@y.z\nSubject: Talk by Ada Smith\n\n\
Inner body\n--b--\n";
        let m = parse(fwd.as_bytes()).unwrap_or_else(|| panic!("no mail"));
        assert!(m.text.contains("Subject: Talk by Ada Smith"), "{}", m.text);
        assert!(m.text.contains("Inner body"), "{}", m.text);
        // the attached message is parsed in place: offsets stay the input's
        let at = m.text.find("Inner body").unwrap_or(0);
        let [s, e] = m.map.range(at, at + 10);
        assert_eq!(fwd.get(s..e), Some("Inner body"));
    }

    #[test]
    fn mailboxes_split_on_envelope_lines_after_blank_lines() {
        let mbox =
            b"From a@b Tue Mar  3 09:00:00 1998\nSubject: one\n\nbody\nFrom here on, no split\n\n\
From c@d Wed Mar  4 09:00:00 1998\nSubject: two\n\nbody two\n";
        let parts = split_mailbox(mbox);
        assert_eq!(parts.len(), 2);
        let first = String::from_utf8_lossy(&mbox[parts[0].clone()]);
        assert!(first.starts_with("Subject: one") && first.contains("From here on"));
        let second = String::from_utf8_lossy(&mbox[parts[1].clone()]);
        assert!(second.starts_with("Subject: two"));
        assert!(split_mailbox(b"").is_empty());
        assert!(split_mailbox(b"From x\n\n\n").is_empty());
    }

    #[test]
    fn bytes_without_headers_are_not_mail() {
        assert!(parse(b"just some text\n\nwith paragraphs\n").is_none());
    }
}
