//! Property tests of the time-expression parser: no input makes it panic,
//! and what it finds always lies within the input.

use herald::fields::when::{self, Context};
use proptest::prelude::*;

const SEEDS: &[&str] = &[
    "Monday, March 13, 2017 - 10:00am",
    "Wed, May 19, 2021, 10:30 am to 11:30 am",
    "3:30 - 5:00 PM",
    "29-Nov-94",
    "September 29, 2020, 11am-12pm PT",
    "27-02-2021, 1930 - 2100 IST",
    "13 December 2024 (Friday)",
    "10h00 (CET)",
    "15:00 BST 26th April",
    "Dec 30, 2019 - Jan 2, 2020",
    "from 2 until 4pm",
    "12 noon",
    "UTC+05:30",
];

fn check(s: &str) {
    let ctx = Context::default();
    for e in when::scan(s) {
        assert!(e.range.start <= e.range.end && e.range.end <= s.len());
        assert!(s.is_char_boundary(e.range.start) && s.is_char_boundary(e.range.end));
        let r = when::resolve(&e, s, &ctx);
        if let Some(t) = r.when.start_time {
            let (h, m) = t.split_once(':').unwrap_or(("99", "99"));
            assert!(
                h.parse::<u8>().is_ok_and(|h| h < 24) && m.parse::<u8>().is_ok_and(|m| m < 60),
                "{t} from {s:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_text_never_panics(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn random_time_like_text_never_panics(s in "[0-9:.\\-/ aApPmMhH,]{0,40}") {
        check(&s);
    }

    #[test]
    fn mutated_real_expressions_never_panic(
        seed in proptest::sample::select(SEEDS),
        at in 0usize..40,
        insert in "\\PC{0,4}",
        cut in 0usize..6,
    ) {
        let mut s = seed.to_string();
        let mut i = at.min(s.len());
        while !s.is_char_boundary(i) { i -= 1; }
        s.insert_str(i, &insert);
        let mut j = (i + cut).min(s.len());
        while !s.is_char_boundary(j) { j -= 1; }
        if j > i + insert.len() { s.replace_range(i + insert.len()..j, ""); }
        check(&s);
    }
}
