//! Bad and hostile inputs: whatever the bytes, extraction gives records or
//! a per-file error, never a panic, and a batch loses no good file.
//!
//! Time and memory bounds are measured by the benchmarks, not asserted
//! here; these tests make sure the pathological shapes complete at all.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use herald::{Options, extract};
use proptest::prelude::*;

/// Extracts with spans on and checks what must hold of any outcome.
fn extract_checked(bytes: &[u8], name: &str) -> Result<Vec<herald::Record>, herald::ErrorKind> {
    let opts = Options {
        spans: true,
        ..Options::default()
    };
    let r = extract(bytes, name, &opts);
    if let Ok(records) = &r {
        assert!(!records.is_empty(), "{name}: Ok with no record");
        for rec in records {
            assert_eq!(rec.source.bytes, bytes.len() as u64);
            for (ptr, [s, e]) in rec.spans.clone().unwrap_or_default() {
                assert!(
                    s <= e && e <= bytes.len(),
                    "{name} {ptr}: span {s}..{e} out of input"
                );
            }
        }
    }
    r
}

/// Pieces of real announcement shapes (mail headers, MIME, HTML, markdown,
/// labels, dates), shuffled together by the property below to reach deep
/// into the parsers.
const FRAGMENTS: &[&str] = &[
    "From a@b.c Tue Mar  3 09:00:00 1998\n",
    "From: Seminars <s@x.edu>\n",
    "Subject: =?utf-8?q?Caf=C3=A9_talk?=\n",
    "Subject: Re: [list] Fwd: Seminar: ",
    "Date: Tue, 3 Mar 1998 09:12:00 -0500\n",
    "MIME-Version: 1.0\n",
    "Content-Type: multipart/alternative; boundary=\"b\"\n",
    "Content-Type: text/html; charset=iso-8859-1\n",
    "Content-Type: message/rfc822\n",
    "Content-Transfer-Encoding: quoted-printable\n",
    "Content-Transfer-Encoding: base64\n",
    "--b\n",
    "--b--\n",
    "=C3=A9=\n",
    "U3BlYWtlcjogQWRhIFNtaXRo\n",
    "\n",
    "\r\n",
    "<html><body>",
    "<h1>",
    "</h1>",
    "<table><tr><td>",
    "</td></tr>",
    "<script>var x = '</td>';</script>",
    "<!-- a comment",
    "&amp;&#x1F600;&nbsp;&bogus;",
    "<p>",
    "<br/>",
    "# Heading\n",
    "| a | b |\n|---|---|\n",
    "- item\n",
    "**Speaker:** ",
    "Speaker: Prof. Ada Smith (MIT)\n",
    "Title: \"On Things\"\n",
    "Date: Thursday, March 12\n",
    "Time: 4:00 pm - 5:15 pm EST\n",
    "9:00 - 9:45 Keynote: A Talk — Bo Li (ETH)\n",
    "Place: Gates Hall, Room 122\n",
    "Abstract: We study things.\n",
    "Bio: She works.\n",
    "[1] A reference.\n",
    "https://zoom.us/j/123\n",
    "\u{FEFF}",
    "\u{0}",
    "\u{C}",
    "\t",
    "ü",
    "日本語",
    "(((((",
    ")))))",
    "--",
    ":",
    "19",
    "99",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn any_bytes_give_records_or_an_error(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        ext in proptest::sample::select(&["txt", "md", "html", "eml", "mbox", ""][..]),
    ) {
        let _ = extract_checked(&bytes, &format!("x.{ext}"));
    }

    #[test]
    fn shuffled_announcement_pieces_give_records_or_an_error(
        parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..60),
        ext in proptest::sample::select(&["txt", "md", "html", "eml", "mbox"][..]),
    ) {
        let text: String = parts.concat();
        let _ = extract_checked(text.as_bytes(), &format!("x.{ext}"));
    }
}

#[test]
fn empty_and_binary_inputs_are_errors_with_reasons() {
    for (bytes, want) in [
        (&b""[..], "empty"),
        (&b"  \n\n\t "[..], "empty"),
        (&b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"[..], "binary"),
        (&b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"[..], "binary"),
    ] {
        match extract_checked(bytes, "x.txt") {
            Err(e) => assert!(e.to_string().contains(want), "{e}"),
            Ok(_) => panic!("{bytes:?} gave a record"),
        }
    }
}

#[test]
fn a_line_of_megabytes_completes() {
    let mut text = b"Speaker: Ada Smith\nTitle: On Length\n\n".to_vec();
    text.extend(b"word ".repeat(800_000));
    text.extend(b"\nPlace: Room 101\n");
    let recs = extract_checked(&text, "long.txt").unwrap_or_else(|e| panic!("{e}"));
    let t = recs.first().and_then(|r| r.talks.first());
    assert_eq!(
        t.and_then(|t| t.speakers.first())
            .and_then(|p| p.name.as_deref()),
        Some("Ada Smith")
    );
}

#[test]
fn deeply_nested_and_unbalanced_html_completes() {
    let mut html = String::from("<html><body>");
    for _ in 0..100_000 {
        html.push_str("<div><b><i>");
    }
    html.push_str("<p>Speaker: Ada Smith</p>");
    for _ in 0..50_000 {
        html.push_str("</i></div><td></tr><table>");
    }
    let recs = extract_checked(html.as_bytes(), "deep.html").unwrap_or_else(|e| panic!("{e}"));
    assert!(recs[0].talks.iter().any(|t| {
        t.speakers
            .iter()
            .any(|p| p.name.as_deref() == Some("Ada Smith"))
    }));
}

#[test]
fn deeply_nested_mime_completes() {
    let mut mail = String::from("From: a@b.c\nSubject: nested\nMIME-Version: 1.0\n");
    for d in 0..200 {
        mail.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{d}\"\n\n--b{d}\n"
        ));
    }
    mail.push_str("Content-Type: text/plain\n\nSpeaker: Ada Smith\n");
    let _ = extract_checked(mail.as_bytes(), "deep.eml");
}

#[test]
fn nul_bytes_inside_text_are_replaced_and_said() {
    // (a NUL in the first bytes, or NULs over 1% of them, are taken for
    // binary data; a few later ones are stray)
    let mut text =
        b"Speaker: Ada Smith\nTitle: On Nothing\nPlace: Room 101\nTime: 4pm\n\n".to_vec();
    text.extend(b"We talk about nothing at great length here. ".repeat(10));
    text.extend(b"And\x00 then\x00 stop.\n");
    let text = text.as_slice();
    let recs = extract_checked(text, "nul.txt").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        recs[0]
            .warnings
            .iter()
            .any(|w| w.contains("control characters")),
        "{:?}",
        recs[0].warnings
    );
}

#[test]
fn a_mailbox_gives_one_record_per_message_numbered_in_order() {
    let mut mbox = String::new();
    for i in 0..300 {
        mbox.push_str(&format!(
            "From s@x.edu Mon Jan 12 09:30:00 1987\nFrom: s@x.edu\nSubject: Talk {i}\n\
Date: Mon, 12 Jan 87 09:30:00 EST\n\nSpeaker: Ada Smith\nPlace: Room {}\n\n",
            100 + i
        ));
    }
    let recs = extract_checked(mbox.as_bytes(), "list.mbox").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(recs.len(), 300);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r.source.part, Some(i as u32));
        let room = r.event.location.as_ref().and_then(|l| l.text.clone());
        assert_eq!(room.as_deref(), Some(format!("Room {}", 100 + i).as_str()));
    }
}

#[test]
fn a_single_message_has_no_part_and_its_date_dates_the_talk() {
    let mail = b"From: s@x.edu\r\nSubject: Seminar\r\nDate: Fri, 6 Mar 2020 10:14:03 -0500\r\n\r\n\
Speaker: Ada Smith\r\nDate: Thursday, March 12\r\nTime: 4pm\r\n";
    let recs = extract_checked(mail, "one.eml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].source.part, None);
    assert_eq!(recs[0].source.format, herald::record::Format::Email);
    let when = recs[0].event.when.clone().unwrap_or_default();
    assert_eq!(when.start.as_deref(), Some("2020-03-12T16:00"));
}

// --- the binary: batches, names, atomic writes ---

fn herald(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run herald: {e}"))
}

fn write(p: &Path, bytes: &[u8]) {
    if let Some(d) = p.parent() {
        fs::create_dir_all(d).unwrap_or_else(|e| panic!("{e}"));
    }
    fs::write(p, bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
}

fn json_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_folder_with_one_percent_bad_files_converts_every_good_one() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let inp = dir.path().join("in");
    for i in 0..198 {
        write(
            &inp.join(format!("talk{i:03}.txt")),
            format!("Speaker: Ada Smith\nTitle: Talk number {i}\nDate: March 3, 2020\n").as_bytes(),
        );
    }
    write(
        &inp.join("bad_binary.txt"),
        b"\x00\x01\x02\x03\x00\x00\x00\x00binary",
    );
    write(&inp.join("bad_empty.txt"), b"");
    let out = dir.path().join("out");
    let o = herald(&[
        "extract",
        inp.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
        "--jobs",
        "2",
    ]);
    assert_eq!(o.status.code(), Some(1), "a batch with failures exits 1");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad_binary.txt") && err.contains("binary"),
        "{err}"
    );
    assert!(
        err.contains("bad_empty.txt") && err.contains("empty"),
        "{err}"
    );
    let files = json_files(&out);
    assert_eq!(files.len(), 198, "{files:?}");
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("talk") && f.ends_with(".json"))
    );
}

#[test]
fn same_stems_do_not_overwrite_and_names_stay_inside() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let a = dir.path().join("a/talk.txt");
    let b = dir.path().join("b/talk.md");
    let odd = dir.path().join("c/..weird name;rm -rf.txt");
    write(&a, b"Speaker: Ada Smith\n");
    write(&b, b"**Speaker:** Bo Li\n");
    write(&odd, b"Speaker: Cy Young\n");
    let out = dir.path().join("out");
    let o = herald(&[
        "extract",
        a.to_str().unwrap_or(""),
        b.to_str().unwrap_or(""),
        odd.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = json_files(&out);
    assert_eq!(
        files,
        ["talk-2.json", "talk.json", "weird_name_rm_-rf.json"]
    );
    let second = fs::read_to_string(out.join("talk-2.json")).unwrap_or_default();
    assert!(second.contains("Bo Li"), "{second}");
    // nothing was written beside the output directory
    let mut top = json_files(dir.path());
    top.retain(|n| n != "a" && n != "b" && n != "c" && n != "out");
    assert!(top.is_empty(), "{top:?}");
}

#[test]
fn outputs_are_replaced_whole_and_no_temporary_file_remains() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let inp = dir.path().join("talk.txt");
    write(&inp, b"Speaker: Ada Smith\n");
    let out = dir.path().join("out");
    // a longer stale record: a rewrite in place would leave its tail behind
    write(&out.join("talk.json"), &vec![b'x'; 100_000]);
    let o = herald(&[
        "extract",
        inp.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
    ]);
    assert!(o.status.success());
    assert_eq!(json_files(&out), ["talk.json"], "no temporary file remains");
    let text = fs::read_to_string(out.join("talk.json")).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["talks"][0]["speakers"][0]["name"], "Ada Smith");
}

#[test]
fn inputs_over_the_size_limit_are_refused_with_the_flag_to_raise_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let big = dir.path().join("big.txt");
    write(&big, &b"Speaker: Ada Smith\n".repeat(20));
    let o = herald(&["extract", big.to_str().unwrap_or(""), "--max-bytes", "100"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("big.txt") && err.contains("--max-bytes"),
        "{err}"
    );
    let o = herald(&["extract", big.to_str().unwrap_or(""), "--max-bytes", "1000"]);
    assert!(o.status.success());
}
