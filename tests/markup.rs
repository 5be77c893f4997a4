//! Table tests of `layout::markup` on real examples from the corpora and fixtures.

use herald::layout::markup::*;
fn inline(s: &str) -> String {
    clean(s, 0..s.len(), Mode::Inline).text
}
fn prose(s: &str) -> String {
    clean(s, 0..s.len(), Mode::Prose).text
}

#[test]
fn strips_markup_from_real_lines() {
    let table: &[(&str, &str)] = &[
        (
            "**Stochastic Computing for Machine Learning**",
            "Stochastic Computing for Machine Learning",
        ),
        (
            "| <img src=\"/x.jpg\" alt=\"Warren Gross\" height=\"250px\" /> |",
            "| |",
        ),
        (
            "[McGill University](https://www.mcgill.ca/ece/warren-gross)",
            "McGill University",
        ),
        ("[Intel]()", "Intel"),
        (
            "#### [Mihaela Rosca](http://elarosca.net/) (10:00-10:30 EST)",
            "#### Mihaela Rosca (10:00-10:30 EST)",
        ),
        (
            "**Date/Time**: [27-02-2021, 1930 - 2100 IST](https://www.google.com/calendar?x=1)",
            "Date/Time: 27-02-2021, 1930 - 2100 IST",
        ),
        ("About `Cheuk Ting Ho`_:", "About Cheuk Ting Ho:"),
        (
            "by `Daniel Bradburn <https://github.com/danielbradburn>`_",
            "by Daniel Bradburn",
        ),
        (
            "You can also find her at twitter via `@cheukting_ho`_",
            "You can also find her at twitter via @cheukting_ho",
        ),
        ("within 2\\% of BPTT", "within 2% of BPTT"),
        ("## {{ page.speaker }}: {{ page.title }}", "## :"),
        (
            "<img src=\"/assets/eleni.png\" alt=\"\" width=\"200\"/>{: .align-left} ",
            "",
        ),
        (
            "_Consider the following questions:_",
            "Consider the following questions:",
        ),
        ("snake_case_name stays", "snake_case_name stays"),
        (
            "<td style=\"text-align:center\"><a href=\"https://kasirzadeh.org/\">Atoosa Kasirzadeh</a> <br> DeepMind</td>",
            "Atoosa Kasirzadeh DeepMind",
        ),
        (
            "Toshinari Takahashi <takahasi@isl.rdc.toshiba.co.jp>",
            "Toshinari Takahashi <takahasi@isl.rdc.toshiba.co.jp>",
        ),
        ("Tom &amp; Jerry&nbsp;Show", "Tom & Jerry Show"),
        ("5 * 3 = 15", "5 * 3 = 15"),
        (
            "[1] MCUNet: Tiny Deep Learning",
            "[1] MCUNet: Tiny Deep Learning",
        ),
        ("![logo](x.png) Welcome", "Welcome"),
        ("  spaced   out \t text  ", "spaced out text"),
    ];
    for (raw, want) in table {
        assert_eq!(&inline(raw), want, "cleaning {raw:?}");
    }
}

#[test]
fn prose_keeps_links() {
    assert_eq!(
        prose("[Bas Lodewijks](https://sites.google.com/view/bas) is a **postdoc**"),
        "[Bas Lodewijks](https://sites.google.com/view/bas) is a postdoc"
    );
}

#[test]
fn pieces_map_back_to_their_bytes() {
    let raw = "Speaker: **[Song Han](https://songhan.mit.edu)**, MIT";
    let c = clean(raw, 0..raw.len(), Mode::Inline);
    assert_eq!(c.text, "Speaker: Song Han, MIT");
    let at = c.text.find("Song Han").unwrap_or_default();
    let src = c.source(at..at + "Song Han".len());
    assert_eq!(&raw[src], "Song Han");
    assert_eq!(&raw[c.span()], raw);
}

#[test]
fn entities_map_to_their_whole_reference() {
    let raw = "A &amp; B";
    let c = clean(raw, 0..raw.len(), Mode::Inline);
    assert_eq!(&raw[c.source(2..3)], "&amp;");
    assert_eq!(&raw[c.source(0..c.text.len())], raw);
}

#[test]
fn named_references_of_the_whole_html5_table_decode() {
    let cases = [
        ("Bia&lstrok;ystok", "Białystok"),
        ("Wi&sacute;niewska", "Wiśniewska"),
        (
            "Universit&eacute; de Montr&eacute;al",
            "Université de Montréal",
        ),
        ("A&nbsp;B &ndash; C", "A B – C"),
        // not a reference: kept as written
        ("R&D; &notareference;", "R&D; &notareference;"),
    ];
    for (raw, want) in cases {
        let c = clean(raw, 0..raw.len(), Mode::Inline);
        assert_eq!(c.text, want, "{raw}");
    }
}

#[test]
fn non_ascii_text_maps_back() {
    let raw = "**Jörn Bernhardt** — Flottform";
    let c = clean(raw, 0..raw.len(), Mode::Inline);
    let at = c.text.find("Jörn").unwrap_or_default();
    assert_eq!(
        &raw[c.source(at..at + "Jörn Bernhardt".len())],
        "Jörn Bernhardt"
    );
}

#[test]
fn listed_lines_join_with_a_comma_and_map_back() {
    let text = "  Department of Chemistry\n  Example-Finch University\n";
    let a = 2..25;
    let b = 28..52;
    let c = clean_listed(text, &[a.clone(), b.clone()], Mode::Inline);
    assert_eq!(c.text, "Department of Chemistry, Example-Finch University");
    // the whole maps back to the two lines, each piece to its own
    assert_eq!(c.span(), 2..52);
    let k = c.text.find("Example").unwrap_or(0);
    assert_eq!(c.source(k..c.text.len()), b);
    assert_eq!(c.source(0..23), a);
    // an item that ends in a comma already is joined by a space
    let text = "Laboratory for Physics,\nOstmark Polytechnic";
    let c = clean_listed(text, &[0..23, 24..43], Mode::Inline);
    assert_eq!(c.text, "Laboratory for Physics, Ostmark Polytechnic");
}
