//! The `herald` binary end to end: batch output, order, failures, exit codes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn herald(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run herald: {e}"))
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

fn fixture_names() -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir("fixtures")
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    v.sort();
    v
}

/// How many records the fixtures give: one file each in `output/`.
fn expected_record_count() -> usize {
    fs::read_dir("output")
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .count()
}

fn same_dirs(a: &Path, b: &Path) {
    let mut names: Vec<String> = fs::read_dir(b)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut got: Vec<String> = fs::read_dir(a)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    got.sort();
    assert_eq!(got, names);
    for n in names {
        let x = fs::read(a.join(&n)).unwrap_or_else(|e| panic!("{e}"));
        let y = fs::read(b.join(&n)).unwrap_or_else(|e| panic!("{e}"));
        assert!(x == y, "{n} differs from the expected record");
    }
}

#[test]
fn output_dir_reproduces_expected_records_with_any_thread_count() {
    for jobs in ["1", "2"] {
        let dir = tmp();
        let out = dir.path().join("out");
        let o = herald(&[
            "extract",
            "fixtures",
            "-o",
            out.to_str().unwrap_or(""),
            "--jobs",
            jobs,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        same_dirs(&out, Path::new("output"));
    }
}

#[test]
fn json_lines_keep_input_order() {
    let a = herald(&["extract", "fixtures", "--jobs", "2"]);
    assert!(a.status.success());
    let text = String::from_utf8_lossy(&a.stdout);
    let paths: Vec<String> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            v["source"]["path"].as_str().unwrap_or("").to_string()
        })
        .collect();
    // one line per record: a mailbox gives one per message, under one path
    let mut distinct = paths.clone();
    distinct.dedup();
    let want: Vec<String> = fixture_names()
        .into_iter()
        .map(|n| format!("fixtures/{n}"))
        .collect();
    assert_eq!(distinct, want);
    assert_eq!(paths.len(), expected_record_count());
    let b = herald(&["extract", "fixtures", "--jobs", "1"]);
    assert_eq!(
        a.stdout, b.stdout,
        "output must not depend on the thread count"
    );
}

#[test]
fn bad_inputs_do_not_stop_the_batch() {
    let dir = tmp();
    let inp = dir.path().join("in");
    fs::create_dir_all(&inp).unwrap_or_else(|e| panic!("{e}"));
    for n in fixture_names() {
        fs::copy(Path::new("fixtures").join(&n), inp.join(&n)).unwrap_or_else(|e| panic!("{e}"));
    }
    fs::write(inp.join("empty.txt"), b"").unwrap_or_else(|e| panic!("{e}"));
    fs::write(
        inp.join("image.png"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    fs::write(inp.join(".hidden.txt"), b"Speaker: Nobody").unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let missing = dir.path().join("does-not-exist.txt");
    let o = herald(&[
        "extract",
        inp.to_str().unwrap_or(""),
        missing.to_str().unwrap_or(""),
        "-o",
        out.to_str().unwrap_or(""),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("empty.txt") && err.contains("empty input"),
        "{err}"
    );
    assert!(err.contains("image.png") && err.contains("binary"), "{err}");
    assert!(
        err.contains("does-not-exist.txt") && err.contains("cannot read"),
        "{err}"
    );
    assert!(!err.contains("hidden"), "hidden files are skipped: {err}");
    let written = fs::read_dir(&out).unwrap_or_else(|e| panic!("{e}")).count();
    assert_eq!(
        written,
        expected_record_count(),
        "every good file gets its records"
    );
}

#[test]
fn standard_input_and_exit_codes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin
            .write_all(b"Speaker: Ada Lovelace\nDate: March 3, 2020\nTime: 4pm\n")
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let o = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["source"]["path"], "-");
    assert_eq!(v["talks"][0]["speakers"][0]["name"], "Ada Lovelace");
    assert_eq!(v["event"]["when"]["start"], "2020-03-03T16:00");
    // usage errors exit with 2
    assert_eq!(herald(&["extract"]).status.code(), Some(2));
    assert_eq!(herald(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn quiet_batches_print_nothing_but_errors() {
    let dir = tmp();
    let out = dir.path().join("out");
    let o = herald(&[
        "extract",
        "fixtures",
        "-o",
        out.to_str().unwrap_or(""),
        "--quiet",
    ]);
    assert!(o.status.success());
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn schema_command_prints_the_schema() {
    let o = herald(&["schema"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["title"], "Record");
}
