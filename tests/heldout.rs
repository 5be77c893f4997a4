//! A floor under the extraction quality on announcements written for the
//! purpose: `tests/data/synth`, `synth2` … `synth12`, `synth14` and
//! `synth19` … `synth23` (24 texts each, 30 in synth3, synth15, synth16,
//! synth17, synth19 and synth20) of varied genres, eras, formats and
//! languages with gold records in the `score.py modern` format, and
//! `synth13` and `synth18` (40 bulletin-board posts each, tagged inline as
//! `score.py sa` reads them), written by
//! helpers that never saw the code or the development corpora. Their first,
//! blind scores: synth2 0.719 (session 4), synth3 0.610 and synth4 0.759
//! (session 5), synth5 0.684 (session 6), synth6 0.742 (session 7),
//! synth7 0.774 and synth8 0.755 (session 8), synth9 0.704, synth10
//! 0.751 and synth11 0.685 (session 9), synth12 0.868, synth13 0.947 and
//! synth14 0.830 (session 10), synth15 0.799, synth16 0.759, synth17
//! 0.749 and synth18 0.951 (session 11), synth19 0.804, synth20 0.744
//! and synth21 0.758 (session 12), synth22 0.788 and synth23 0.674
//! (session 13).
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
    above_the_floor(Path::new("tests/data/synth15"), 0.80, &[]);
}

/// Event web pages saved as HTML or copied as text and markdown, a third
/// of them in German, Dutch, Spanish, French or Portuguese: blind 0.759
/// (session 11).
#[test]
fn sixteenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth16"), 0.85, &[]);
}

/// A representative mix of what a research community announces (single
/// seminars, defences, reading groups, workshop programmes, webinars, in
/// text, mail, markdown and HTML, a few in other languages): blind 0.749
/// (session 11).
#[test]
fn seventeenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth17"), 0.85, &[]);
}

/// University and society announcements from 1998 to 2026 (mails, event
/// pages, markdown posts, flyers copied from PDF, a sixth in German,
/// French, Spanish or Swedish): blind 0.804 (session 12).
#[test]
fn nineteenth_synthetic_set_scores_above_the_floor() {
    above_the_floor(
        Path::new("tests/data/synth19"),
        0.85,
        // a series named only in a forwarded mail's capitals
        // ("APPLIED MICROECONOMICS WORKSHOP") or in another language is
        // not always read
        &["event.series"],
    );
}

/// Announcements rich in event-level facts (department digests of
/// several seminars, reminders, replies, programme tables, posters copied
/// from PDF, hackathon and museum pages): blind 0.744 (session 12).
#[test]
fn twentieth_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth20"), 0.83, &[]);
}

/// A mixed set written last in session 12 and scored before any rule was
/// written for it: blind 0.758.
#[test]
fn twenty_first_synthetic_set_scores_above_the_floor() {
    above_the_floor(
        Path::new("tests/data/synth21"),
        0.79,
        // its gold gives a term card's shared time to the event alone, and
        // names few umbrella events; series in other languages are missed
        &["event.title", "event.series", "talk.start_time"],
    );
}

/// Announcements leaning on event-level facts and programmes (timetables
/// in three layouts, a term card, a conference session digest, a weekly
/// newsletter, a French study day, six languages): blind 0.788 (session
/// 13, with the session's first rules on places and series).
#[test]
fn twenty_second_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth22"), 0.87, &[]);
}

/// What an archivist batch-converts: 1990s list posts, newsletters, event
/// pages with their chrome, webinar invitations, reminders and notices of
/// change, panels, a mini-symposium and a two-day German workshop: blind
/// 0.674 (session 13, with the session's first rules on places and series).
#[test]
fn twenty_third_synthetic_set_scores_above_the_floor() {
    above_the_floor(Path::new("tests/data/synth23"), 0.84, &[]);
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
