//! Table tests of `fields::place` on real examples from the corpora and fixtures.

use herald::fields::place::*;
fn p(text: &str) -> Vec<(&'static str, String)> {
    let pp = parts(text);
    let mut out = Vec::new();
    for (name, r) in [
        ("room", pp.room),
        ("building", pp.building),
        ("institution", pp.institution),
        ("city", pp.city),
        ("region", pp.region),
        ("country", pp.country),
    ] {
        if let Some(r) = r {
            out.push((name, text[r].to_string()));
        }
    }
    out
}

#[test]
fn location_parts() {
    assert_eq!(
        p("1132 Harold Frank Hall"),
        [
            ("room", "1132".into()),
            ("building", "Harold Frank Hall".into())
        ]
    );
    assert_eq!(
        p("Wean Hall 7500"),
        [("room", "7500".into()), ("building", "Wean Hall".into())]
    );
    assert_eq!(
        p("Vancouver BC, Canada"),
        [
            ("city", "Vancouver".into()),
            ("region", "BC".into()),
            ("country", "Canada".into())
        ]
    );
    assert_eq!(
        p("B3 M7-8, Bella Center, Copenhagen, Denmark"),
        [
            ("room", "B3 M7-8".into()),
            ("building", "Bella Center".into()),
            ("city", "Copenhagen".into()),
            ("country", "Denmark".into())
        ]
    );
    assert_eq!(
        p("Room 4-270, Building 4"),
        [
            ("room", "Room 4-270".into()),
            ("building", "Building 4".into())
        ]
    );
    assert_eq!(
        p("Lecture Theatre 2, Blackett Laboratory"),
        [
            ("room", "Lecture Theatre 2".into()),
            ("building", "Blackett Laboratory".into())
        ]
    );
    assert_eq!(
        p("Lakeside Conference Center, Madison, WI"),
        [
            ("building", "Lakeside Conference Center".into()),
            ("city", "Madison".into()),
            ("region", "WI".into())
        ]
    );
    assert_eq!(
        p("Room 1001, Hamburg Hall"),
        [
            ("room", "Room 1001".into()),
            ("building", "Hamburg Hall".into())
        ]
    );
    assert_eq!(
        p("Durand Amphitheatre, Esclangon Building, 4 place Jussieu, 75005 Paris"),
        [
            ("room", "Durand Amphitheatre".into()),
            ("building", "Esclangon Building".into()),
            ("city", "Paris".into())
        ]
    );
}

#[test]
fn places_in_sentences() {
    let table = [
        (
            "Seminar Room G.04, Example Library Building",
            Some("Seminar Room G.04, Example Library Building"),
        ),
        (
            "Am Donnerstag spricht um 16:15 Uhr im Hörsaal H3 (Gebäude C4, Lindenhof-Campus)",
            Some("Hörsaal H3 (Gebäude C4, Lindenhof-Campus)"),
        ),
        (
            "at 4:30 p.m., Monday, Feb. 27, in Wean Hall 7500.",
            Some("Wean Hall 7500"),
        ),
        (
            "The lecture will be presented at 5pm in Doherty Hall 2210.",
            Some("Doherty Hall 2210"),
        ),
        (
            "Lectures are presented on Tuesdays at 5:00 p.m. in DH 2315.",
            Some("DH 2315"),
        ),
        (
            "at 7 pm in Room 2315 Doherty Hall",
            Some("Room 2315 Doherty Hall"),
        ),
        (
            "will be held at noon on Thursday, March 10 in Skibo 105-106.",
            Some("Skibo 105-106"),
        ),
        (
            "will be held in the Adamson Wing Auditorium, Baker Hall",
            Some("Adamson Wing Auditorium, Baker Hall"),
        ),
        (
            "at 1:30pm in the Seminar Room (Bldg C 110).",
            Some("Seminar Room (Bldg C 110)"),
        ),
        ("meets at 2:00 in room 412 (ECE).", Some("room 412 (ECE)")),
        (
            "at 4pm in Lecture Theatre 2 (ground floor)",
            Some("Lecture Theatre 2 (ground floor)"),
        ),
        ("at 4pm in Wean Hall 7500 (see map)", Some("Wean Hall 7500")),
        (
            "held at the Lakeside Conference Center, Madison, WI, on June 15.",
            Some("Lakeside Conference Center, Madison, WI"),
        ),
        ("Salle 2-14, Bâtiment 431", Some("Salle 2-14, Bâtiment 431")),
        (
            "Salle Euclide, Batiment B",
            Some("Salle Euclide, Batiment B"),
        ),
        (
            "on Thursday, April 20, 2023 at the Example University Student Union, Ballroom B (2nd floor), Example, Michigan.",
            Some("Example University Student Union, Ballroom B (2nd floor), Example, Michigan"),
        ),
        (
            "Saturday, 16 May 2026 — Aula Magna “Galileo”, Via del Santo 33, Padova",
            Some("Aula Magna “Galileo”, Via del Santo 33, Padova"),
        ),
        (
            "Marlowe Conference Centre, Room Tamar, University of Example",
            Some("Marlowe Conference Centre, Room Tamar, University of Example"),
        ),
        (
            "every other Tuesday, 16:00–17:00, in Room B-412.",
            Some("Room B-412"),
        ),
        // the place right after the time, not a later mention
        (
            "speaks on Tuesday at 3:30 p.m. in Example Hall 5409. Please note that Example 4623 is in use.",
            Some("Example Hall 5409"),
        ),
        // a building "for" its field, a floor note, a lettered auditorium,
        // a room number with a one- or two-digit building part, French
        // room and building words in lower case
        (
            "Room 3-270, Example Center for Computing",
            Some("Room 3-270, Example Center for Computing"),
        ),
        (
            "NEW ROOM: Lecture Hall C, Example Library (lower level)",
            Some("Lecture Hall C, Example Library (lower level)"),
        ),
        (
            "Auditorium B, Example Public Health Building",
            Some("Auditorium B, Example Public Health Building"),
        ),
        (
            "Linguistics Seminar Room, Example 3-117.  Bring your lunch",
            Some("Linguistics Seminar Room, Example 3-117"),
        ),
        (
            "salle C-204, bâtiment Example (et en ligne)",
            Some("salle C-204, bâtiment Example"),
        ),
        (
            "Example Auditorium, 2nd floor, Pavilion B",
            Some("Example Auditorium, 2nd floor, Pavilion B"),
        ),
        ("in the auditorium", None),
        ("interested in learning", None),
    ];
    for (s, want) in table {
        assert_eq!(in_prose(s).map(|r| &s[r]), want, "{s}");
    }
}

#[test]
fn street_addresses() {
    for t in [
        "Via del Santo 33, Padova",
        "Example Mobility, Schlesische Straße 27, 10997 Berlin",
        "12 rue des Écoles, Paris",
        "77 Example Avenue",
        "Calle Mayor 5",
        "Hauptstr. 12",
    ] {
        assert!(has_street(t), "{t}");
    }
    for t in ["Room 5", "3 rue", "Example Hall 5409", "Via Zoom"] {
        assert!(!has_street(t), "{t}");
    }
}

#[test]
fn codes() {
    for t in ["WeH 5409", "HbH 1003", "DH 2315", "1004HBH", "BH-129"] {
        assert!(code_room(t), "{t}");
    }
    assert!(!code_room("Room 5"));
}
