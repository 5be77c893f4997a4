//! `--spans` provenance: every span of every fixture (and of the corpus
//! texts copied into `tests/data/eval`) names the input bytes its value
//! came from. The bytes, cleaned of markup as the value was (links kept in
//! abstracts and bios, link text only elsewhere) and whitespace-collapsed,
//! read as the value; list bullets and quote marks between the lines of a
//! paragraph are markup too.

use std::fs;

use herald::layout::markup::{Mode, clean};
use herald::{Options, extract};

fn files(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.path().to_string_lossy().into_owned())
        .filter(|p| !p.rsplit('/').next().unwrap_or("").starts_with('.'))
        .collect();
    v.sort();
    v
}

/// A token that is only markup: a bullet, a quote mark, a table bar, a
/// heading or rule mark, a list number.
fn markup_token(t: &str) -> bool {
    let t = t.trim_end_matches(['.', ')']);
    !t.is_empty()
        && (t.chars().all(|c| "-*+•·>|#=~_".contains(c)) || t.chars().all(|c| c.is_ascii_digit()))
}

/// Does `source` read as `value`, once markup tokens are ignored? `Err`
/// says where they part.
fn reads_as(value: &str, source: &str) -> Result<(), String> {
    let v: Vec<&str> = value.split_whitespace().collect();
    let s: Vec<&str> = source.split_whitespace().collect();
    let mut j = 0;
    for (i, w) in v.iter().enumerate() {
        while s.get(j).is_some_and(|t| t != w && markup_token(t)) {
            j += 1;
        }
        if s.get(j) != Some(w) {
            return Err(format!(
                "word {i} {w:?} vs source {:?}",
                s.get(j.saturating_sub(3)..(j + 3).min(s.len()))
                    .unwrap_or_default()
            ));
        }
        j += 1;
    }
    match s
        .get(j..)
        .unwrap_or_default()
        .iter()
        .find(|t| !markup_token(t))
    {
        None => Ok(()),
        Some(t) => Err(format!("source goes on with {t:?}")),
    }
}

/// The text of input bytes `s..e` in the input's own encoding: UTF-16 by
/// its BOM, UTF-8 when valid, else Windows-1252. `None` when the range
/// splits a character.
fn source_text(bytes: &[u8], s: usize, e: usize) -> Option<String> {
    let raw = bytes.get(s..e)?;
    let utf16 = |be: bool| {
        if s % 2 == 1 || raw.len() % 2 == 1 {
            return None;
        }
        let units = raw.chunks_exact(2).map(|p| {
            if be {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok()
    };
    if bytes.starts_with(b"\xFF\xFE") {
        return utf16(false);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return utf16(true);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return std::str::from_utf8(raw).ok().map(str::to_owned);
    }
    Some(encoding_rs::WINDOWS_1252.decode(raw).0.into_owned())
}

/// A mail body stored quoted-printable or base64 has no byte-for-byte
/// source: its values' spans name the whole encoded body. The decoded text
/// of the MIME part whose body is exactly `s..e`, if there is one.
fn encoded_body(bytes: &[u8], s: usize, e: usize) -> Option<String> {
    let m = mail_parser::MessageParser::default().parse(bytes)?;
    m.parts
        .iter()
        .find(|p| {
            p.offset_body as usize == s
                && p.offset_end as usize == e
                && p.encoding != mail_parser::Encoding::None
        })
        .and_then(|p| p.text_contents().map(str::to_owned))
}

/// Do the words of `value` occur, in order and contiguously, in `source`
/// (punctuation around words aside)?
fn occurs_in(value: &str, source: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let v = words(value);
    let s = words(source);
    !v.is_empty() && s.windows(v.len()).any(|w| w == v.as_slice())
}

fn mode(ptr: &str) -> Mode {
    if ptr.ends_with("/abstract") || ptr.ends_with("/bio") {
        Mode::Prose
    } else {
        Mode::Inline
    }
}

#[test]
fn every_span_reads_as_its_value() {
    let opts = Options {
        spans: true,
        ..Options::default()
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for dir in [
        "fixtures",
        "tests/data/eval/modern/text",
        "tests/data/eval/sa/text",
    ] {
        for p in files(dir) {
            let bytes = fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
            for rec in extract(&bytes, &p, &opts).unwrap_or_else(|e| panic!("{p}: {e}")) {
                let json = serde_json::to_value(&rec).unwrap_or_else(|e| panic!("{e}"));
                let spans = rec.spans.clone().unwrap_or_default();
                assert!(!spans.is_empty(), "{p}: no spans at all");
                for (ptr, [s, e]) in spans {
                    checked += 1;
                    let Some(value) = json.pointer(&ptr).and_then(|v| v.as_str()) else {
                        failures.push(format!("{p} {ptr}: no string value at the pointer"));
                        continue;
                    };
                    if bytes.get(s..e).filter(|_| s < e).is_none() {
                        failures.push(format!("{p} {ptr}: range {s}..{e} outside the input"));
                        continue;
                    }
                    if let Some(body) = encoded_body(&bytes, s, e) {
                        let source = clean(&body, 0..body.len(), mode(&ptr)).text;
                        if !occurs_in(value, &source) {
                            failures.push(format!("{p} {ptr}: not in the decoded body {s}..{e}"));
                        }
                        continue;
                    }
                    let Some(raw) = source_text(&bytes, s, e) else {
                        failures.push(format!("{p} {ptr}: range {s}..{e} splits a character"));
                        continue;
                    };
                    let source = clean(&raw, 0..raw.len(), mode(&ptr)).text;
                    if let Err(why) = reads_as(value, &source) {
                        failures.push(format!("{p} {ptr} [{s}, {e}]: {why}"));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} spans checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn markup_comparison_is_strict_about_words() {
    assert!(reads_as("a b c", "a - b * c").is_ok());
    assert!(reads_as("a b", "> a\n> b").is_ok());
    assert!(reads_as("a b", "a x b").is_err());
    assert!(reads_as("a b", "a b c").is_err());
    assert!(reads_as("a b c", "a b").is_err());
    assert!(reads_as("29-Nov-94, 5:00 PM", "29-Nov-94 Time: 5:00 PM").is_err());
    assert!(occurs_in("Gates Hall", "at Gates Hall, Room 1"));
    assert!(!occurs_in("Gates Room", "at Gates Hall, Room 1"));
}

#[test]
fn when_text_put_together_from_two_places_has_no_span() {
    // the date and the time are on different lines: the record's when/text
    // joins them, and no single range of the input reads so
    let text = b"Dates:    29-Nov-94\nTime:     5:00 PM\nPlace: Room 1\n\nA talk.\n";
    let opts = Options {
        spans: true,
        ..Options::default()
    };
    let recs = extract(text, "x.txt", &opts).unwrap_or_else(|e| panic!("{e}"));
    let rec = recs.first().unwrap_or_else(|| panic!("no record"));
    let when = rec.event.when.clone().unwrap_or_default();
    assert_eq!(when.date.as_deref(), Some("1994-11-29"));
    assert_eq!(when.start_time.as_deref(), Some("17:00"));
    let spans = rec.spans.clone().unwrap_or_default();
    assert!(when.text.is_some_and(|t| t.contains(", ")));
    assert!(!spans.contains_key("/event/when/text"));
}
