//! Table tests of `fields::links` on real examples from the corpora and fixtures.

use herald::fields::links::*;
#[test]
fn url_next_to_a_name() {
    let t = "#### [Mihaela Rosca](http://elarosca.net/) (10:00-10:30 EST)";
    let at = t.find("Mihaela").unwrap_or(0);
    let r = url_of_name(t, at..at + "Mihaela Rosca".len());
    assert_eq!(r.map(|r| &t[r]), Some("http://elarosca.net/"));
    let t = "by `Daniel Bradburn <https://github.com/danielbradburn>`_";
    let at = t.find("Daniel").unwrap_or(0);
    let r = url_of_name(t, at..at + "Daniel Bradburn".len());
    assert_eq!(r.map(|r| &t[r]), Some("https://github.com/danielbradburn"));
    let t = r#"<td><a href="https://kasirzadeh.org/">Atoosa Kasirzadeh</a> <br> DeepMind</td>"#;
    let at = t.find("Atoosa").unwrap_or(0);
    let r = url_of_name(t, at..at + "Atoosa Kasirzadeh".len());
    assert_eq!(r.map(|r| &t[r]), Some("https://kasirzadeh.org/"));
    let t = "About `Naomi Ceder`_:\n\n.. _Naomi Ceder: https://www.naomiceder.tech/\n";
    let at = t.find("Naomi").unwrap_or(0);
    let r = url_of_name(t, at..at + "Naomi Ceder".len());
    assert_eq!(r.map(|r| &t[r]), Some("https://www.naomiceder.tech/"));
}

#[test]
fn urls_and_emails() {
    let t = "Join via https://zoom.us/j/921378848. Mail a.b@vu.nl or see (https://x.org/a_b).";
    let u: Vec<&str> = urls_in(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
    assert_eq!(u, ["https://zoom.us/j/921378848", "https://x.org/a_b"]);
    let e: Vec<&str> = emails_in(t, 0..t.len())
        .into_iter()
        .map(|r| &t[r])
        .collect();
    assert_eq!(e, ["a.b@vu.nl"]);
    assert!(is_meeting_url("https://zoom.us/j/921378848"));
}

#[test]
fn contact_lines() {
    let contact = [
        "Oakhurst University | Pryor Hall 112 | (614) 555-0193",
        "Tel: +44 20 7946 0000",
        "Phone 412-268-3826, Wean Hall 5409",
        "Fax. 0049 6221 54 8888",
        "+33 1 44 27 12 34",
        "Questions? Write to seminar-admin@cs.example.edu",
    ];
    for t in contact {
        assert!(is_contact(t), "{t}");
    }
    let not_contact = [
        "Wean Hall 5409",
        "3:30-5:00 pm, Room 1001, 2024-03-05",
        "Building 32-G449 (Kiva), 32 Vassar Street",
        "Zoom ID 921 3788 4801",
        "Room 10-250, 77 Massachusetts Ave",
    ];
    for t in not_contact {
        assert!(!is_contact(t), "{t}");
    }
}

#[test]
fn rooms_are_not_phone_numbers() {
    for t in [
        "4-5:30 in PH 223D.",
        "3/29c  PH 100   4:00",
        "Cell 2 of the lab",
    ] {
        assert!(!is_contact(t), "{t}");
    }
    assert!(is_contact("Ph: 412 268 3826"));
}
