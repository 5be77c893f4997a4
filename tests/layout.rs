//! Table tests of `layout::mod` on real examples from the corpora and fixtures.

use herald::layout::*;
fn texts(t: &str) -> Vec<(BlockKind, String)> {
    Layout::new(t)
        .blocks
        .into_iter()
        .map(|b| (b.kind, b.text.text))
        .collect()
}

#[test]
fn hard_wrapped_prose_joins_and_fields_do_not() {
    let t = "Date: \nMonday, March 13, 2017 - 10:00am\nLocation: \n1132 Harold Frank Hall\n\n\
The 1992-23 Art Department Lecture Series opens on Tuesday, Sept. 15\n\
with Art Department visiting professor Hirokazu Fukawa. His\n\
performances, installations and sculpture are generated from\n";
    let b = texts(t);
    assert_eq!(b[0].1, "Date:");
    assert_eq!(b[1].1, "Monday, March 13, 2017 - 10:00am");
    assert_eq!(b[2].1, "Location:");
    assert_eq!(b[3].1, "1132 Harold Frank Hall");
    assert!(b[4].1.starts_with("The 1992-23") && b[4].1.ends_with("generated from"));
}

#[test]
fn short_lines_stay_apart_unless_they_continue() {
    let b = texts(
        "Wed, May 19, 2021, 10:30 am to 11:30 am\nPlease register\n\nDurand Amphitheatre,\nEsclangon Building,\n75005 Paris",
    );
    assert_eq!(b.len(), 3);
    assert_eq!(
        b[2].1,
        "Durand Amphitheatre, Esclangon Building, 75005 Paris"
    );
}

#[test]
fn table_rows_have_cells() {
    let l = Layout::new("| **Affiliation** | [McGill University](https://x) |\n");
    let cells: Vec<&str> = l.blocks[0].cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(cells, ["Affiliation", "McGill University"]);
    let l = Layout::new("   ===== =\n   19:00 Intro\n   19:15 Talk (Someone)\n   ===== =\n");
    let cells: Vec<&str> = l.blocks[1].cells.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(cells, ["19:15", "Talk (Someone)"]);
}

#[test]
fn setext_headings() {
    let b = texts("Schedule\n--------\n\nAbstract\n~~~~~~~~\nText here");
    assert_eq!(b[0], (BlockKind::Heading(2), "Schedule".into()));
    assert_eq!(b[1], (BlockKind::Heading(3), "Abstract".into()));
}

#[test]
fn program_lines_and_the_lines_hung_under_them_stand_apart() {
    let t = "09h45 – 10h45\tInvited talk: Verified Compilers in Industry\n\
\tDr. Ada Smith (Example Automation AG)\n\
\tProgrammable logic controllers run safety-critical code that nobody has verified so far.\n\
10h45 – 11h15\tCoffee break\n\
11:15 - 12:00 Translation Validation for Vectorizing Compilers\n";
    let b = texts(t);
    let lines: Vec<&str> = b.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert!(lines[1].starts_with("Dr. Ada Smith"));
    assert!(lines[4].starts_with("11:15"));
}

#[test]
fn a_label_under_a_days_line_starts_a_block_of_its_own() {
    // long enough lines that the width alone would join them
    let text = "\
Twisted multilayers host flat electronic bands whose topology is not captured.
Deep spectroscopy of lensed dwarfs at redshift seven suggests their formation.
Wednesday 15 October, 14:00-15:00, Seminar Room G.07, Example Building
Speaker: Mr Joaquin Example - PhD student, University of Example
";
    let layout = herald::layout::Layout::new(text);
    let texts: Vec<&str> = layout.blocks.iter().map(|b| b.text.text.as_str()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Speaker: Mr Joaquin Example")),
        "{texts:?}"
    );
}
