//! A floor under the extraction quality on announcements written for the
//! purpose: `tests/data/synth`, `synth2` … `synth12` and `synth14` (24
//! texts each, 30 in synth3, synth15, synth16 and synth17) of varied genres, eras, formats and
//! languages with gold records in the `score.py modern` format, and
//! `synth13` and `synth18` (40 bulletin-board posts each, tagged inline as
//! `score.py sa` reads them), written by
//! helpers that never saw the code or the development corpora. Their first,
//! blind scores: synth2 0.719 (session 4), synth3 0.610 and synth4 0.759
//! (session 5), synth5 0.684 (session 6), synth6 0.742 (session 7),
//! synth7 0.774 and synth8 0.755 (session 8), synth9 0.704, synth10
//! 0.751 and synth11 0.685 (session 9), synth12 0.868, synth13 0.947 and
//! synth14 0.830 (session 10), synth15 0.799, synth16 0.759, synth17
//! 0.749 and synth18 0.951 (session 11).
//! Scored with the Rust port of `score.py`; a regression below the floor
//! fails.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use herald::eval::{self, Kind};
use herald::{Options, extract};

#[test]
fn synthetic_announcements_score_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth"), 0.85, &[]);
}

#[test]
fn second_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth2"), 0.85, &[]);
}

#[test]
fn third_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth3"), 0.85, &[]);
}

#[test]
fn fourth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth4"), 0.80, &[]);
}

#[test]
fn fifth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth5"), 0.85, &[]);
}

#[test]
fn sixth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth6"), 0.85, &[]);
}

#[test]
fn seventh_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth7"), 0.90, &[]);
}

#[test]
fn eighth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth8"), 0.85, &[]);
}

#[test]
fn ninth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth9"), 0.70, &[]);
}

#[test]
fn tenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(
        Path::new("tests/data/synth10"),
        0.75,
        // the names of a study day in Italian, a conference seen through one
        // session, a series instance named after its number (`Example Talks
        // #14: Title`, which synth2 and synth7 keep whole)
        &["event.title"],
    );
}

#[test]
fn eleventh_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth11"), 0.70, &[]);
}

/// Mainstream announcements of today (department pages, reading groups,
/// workshop programmes, webinar mail): blind 0.868 (session 10).
#[test]
fn twelfth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth12"), 0.85, &[]);
}

/// More of today's sources (calendar pages copied as text, list posts,
/// event-site pages, timetable exports, newsletters): blind 0.830
/// (session 10).
#[test]
fn fourteenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth14"), 0.80, &[]);
}

/// E-mail announcements as they arrive (list posts, forwards, replies,
/// digests, reminders, bilingual mails, encoded bodies): blind 0.799
/// (session 11).
#[test]
fn fifteenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(
        Path::new("tests/data/synth15"),
        0.78,
        // named lectures and conferences inside mails ("THE 2016 EXAMPLE
        // LECTURE IN PUBLIC LAW" under a school's line, a call for papers'
        // banner) are not yet read as the event's name
        &["event.title"],
    );
}

/// Event web pages saved as HTML or copied as text and markdown, a third
/// of them in German, Dutch, Spanish, French or Portuguese: blind 0.759
/// (session 11).
#[test]
fn sixteenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(
        Path::new("tests/data/synth16"),
        0.80,
        // a page's event name beside a logo, in a Meetup or Luma header or
        // in a defence page's heading is not yet told from the talk's title
        &["event.title"],
    );
}

/// A representative mix of what a research community announces (single
/// seminars, defences, reading groups, workshop programmes, webinars, in
/// text, mail, markdown and HTML, a few in other languages): blind 0.749
/// (session 11).
#[test]
fn seventeenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(
        Path::new("tests/data/synth17"),
        0.75,
        // workshop and conference names over their programmes, and the
        // programmes set out as HTML cards or markdown sections, are not
        // yet read
        &["event.title", "talk.date", "talk.start_time"],
    );
}

/// More 1990s bulletin-board posts in the `sa` format, new ones: blind
/// 0.951 (session 11).
#[test]
fn second_bulletin_board_set_scores_above_the_floor() {
    above_the_floor_as(Path::new("tests/data/synth18"), Kind::Sa, 0.94, &[]);
}

/// 1990s bulletin-board announcements in the `sa` format (inline tags),
/// written like `corpus/sa-train` but new: blind 0.947 (session 10).
#[test]
fn bulletin_board_set_scores_above_the_floor() {
    above_the_floor_as(Path::new("tests/data/synth13"), Kind::Sa, 0.93, &[]);
}

/// `weak`: fields whose recall may fall to 0.2 in this set (each named with
/// its reason where the set is tested); every other field with five gold
/// values or more is found at least half of the time.
fn above_the_floor(dir: &Path, floor: f64, weak: &[&str]) {
    above_the_floor_as(dir, Kind::Modern, floor, weak);
}

/// [`above_the_floor`] for gold in the format of `kind`.
fn above_the_floor_as(dir: &Path, kind: Kind, floor: f64, weak: &[&str]) {
    let mut preds: HashMap<String, serde_json::Value> = HashMap::new();
    let mut names: Vec<_> = fs::read_dir(dir.join("text"))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    assert!(
        names.len() >= 24,
        "{}: {} texts",
        dir.display(),
        names.len()
    );
    for p in names {
        let bytes = fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let name = p.to_string_lossy().into_owned();
        let recs = extract(&bytes, &name, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
        let stem = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rec = recs
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{name}: no record"));
        preds.insert(
            stem,
            serde_json::to_value(&rec).unwrap_or_else(|e| panic!("{e}")),
        );
    }
    let scored =
        eval::score(kind, &dir.join("gold"), &preds, false).unwrap_or_else(|e| panic!("{e}"));
    let (_, _, f1) = scored.tally.total().prf();
    assert!(
        f1 >= floor,
        "{}: micro F1 {f1:.3} fell below {floor}:\n{}",
        dir.display(),
        scored.render()
    );
    // every field is found at least sometimes (a field with fewer than five
    // gold values in a set says too little to hold a floor)
    for (field, c) in &scored.tally.fields {
        let (_, r, _) = c.prf();
        let least = if weak.contains(&field.as_str()) {
            0.2
        } else {
            0.5
        };
        assert!(r >= least || c.gold < 5, "{field}: recall {r:.2}");
    }
}
