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
