//! `herald eval` against the Python scorer: on the documents in
//! `tests/data/eval`, the Rust port must count every field as `score.py`
//! counted it (the expected numbers are score.py's own output, stored once;
//! see `tests/data/eval/README.md`).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use herald::eval::{self, Counts, Kind};

/// The per-field counts of a table printed by score.py.
fn python_counts(printed: &str) -> BTreeMap<String, Counts> {
    let mut out = BTreeMap::new();
    let mut in_table = false;
    for line in printed.lines() {
        if line.starts_with("field ") {
            in_table = true;
            continue;
        }
        if !in_table || line.starts_with("ALL (micro)") || line.starts_with("overall F1") {
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "unexpected table line: {line}");
        let num = |k: usize| -> u64 { cols[k].parse().unwrap_or_else(|e| panic!("{e}: {line}")) };
        out.insert(
            cols[..n - 6].join(" "),
            Counts {
                tp: num(n - 3),
                pred: num(n - 2),
                gold: num(n - 1),
            },
        );
    }
    out
}

fn expected(kind: &str) -> String {
    fs::read_to_string(format!("tests/data/eval/{kind}/score-py.txt"))
        .unwrap_or_else(|e| panic!("{kind}: {e}"))
}

fn check(kind: Kind, name: &str, pred: &str) {
    let dir = Path::new("tests/data/eval").join(name);
    let preds = eval::preds::load(&dir.join(pred)).unwrap_or_else(|e| panic!("{e}"));
    let scored =
        eval::score(kind, &dir.join("gold"), &preds, true).unwrap_or_else(|e| panic!("{e}"));
    let python = expected(name);
    let want = python_counts(&python);
    assert!(!want.is_empty(), "no table in score-py.txt");
    let got: BTreeMap<String, Counts> = scored.tally.fields.clone();
    for (field, c) in &want {
        assert_eq!(got.get(field), Some(c), "{name}: counts of {field}");
    }
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "{name}: the same fields"
    );
    // and the whole printout, per-document lines and F1 included
    assert_eq!(scored.render(), python, "{name}: printed output");
}

#[test]
fn sa_counts_match_score_py() {
    check(Kind::Sa, "sa", "pred");
}

#[test]
fn modern_counts_match_score_py() {
    check(Kind::Modern, "modern", "pred.jsonl");
}

#[test]
fn cli_prints_what_score_py_prints() {
    for (kind, pred) in [("sa", "pred"), ("modern", "pred.jsonl")] {
        let dir = format!("tests/data/eval/{kind}");
        let o = Command::new(env!("CARGO_BIN_EXE_herald"))
            .args([
                "eval",
                kind,
                "--gold",
                &format!("{dir}/gold"),
                "--pred",
                &format!("{dir}/{pred}"),
                "--per-doc",
            ])
            .output()
            .unwrap_or_else(|e| panic!("cannot run herald: {e}"));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(String::from_utf8_lossy(&o.stdout), expected(kind), "{kind}");
    }
}

#[test]
fn without_per_doc_the_last_line_is_the_overall_f1() {
    let o = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args([
            "eval",
            "sa",
            "--gold",
            "tests/data/eval/sa/gold",
            "--pred",
            "tests/data/eval/sa/pred",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run herald: {e}"));
    let out = String::from_utf8_lossy(&o.stdout);
    let python = expected("sa");
    assert_eq!(out.lines().last(), python.lines().last());
    assert!(
        out.lines()
            .next()
            .is_some_and(|l| l.starts_with("records missing"))
    );
}

#[test]
fn unreadable_predictions_exit_with_1() {
    let o = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args([
            "eval",
            "sa",
            "--gold",
            "tests/data/eval/sa/gold",
            "--pred",
            "no/such/file",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run herald: {e}"));
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/file"));
}
