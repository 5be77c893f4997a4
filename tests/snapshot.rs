//! Snapshot test: every fixture in `fixtures/` extracts to exactly its
//! expected record in `output/`. On failure, the field-level diff says what
//! changed. After an intended change, re-bless with
//! `cargo run -- check --bless` and review the diff of `output/`.

use std::path::Path;

#[test]
fn fixtures_match_their_expected_records() {
    let outcomes = herald::check::check(
        Path::new("fixtures"),
        Path::new("output"),
        &herald::Options::default(),
    );
    assert!(
        outcomes.len() >= 5,
        "expected at least the five seed fixtures, found {}",
        outcomes.len()
    );
    let report = herald::check::report(&outcomes);
    assert!(
        report.is_empty(),
        "extraction changed (re-bless with `cargo run -- check --bless` if intended):\n{report}"
    );
}

#[test]
fn check_reports_a_changed_field() {
    // a tampered copy of one expected record must be caught, field by field
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let fixtures = dir.path().join("fixtures");
    let expected = dir.path().join("output");
    std::fs::create_dir_all(&fixtures).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(&expected).unwrap_or_else(|e| panic!("{e}"));
    let name = "001_1e55ade6037426bc";
    std::fs::copy(
        format!("fixtures/{name}.txt"),
        fixtures.join(format!("{name}.txt")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let outcomes = herald::check::check(&fixtures, &expected, &herald::Options::default());
    assert!(outcomes[0].missing);
    herald::check::bless(&outcomes).unwrap_or_else(|e| panic!("{e}"));
    let path = expected.join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        &path,
        text.replace("\"Stanford University\"", "\"Stanford\""),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let outcomes = herald::check::check(&fixtures, &expected, &herald::Options::default());
    let report = herald::check::report(&outcomes);
    assert!(
        report.contains("/talks/0/speakers/0/affiliation: \"Stanford\" → \"Stanford University\""),
        "{report}"
    );
}
