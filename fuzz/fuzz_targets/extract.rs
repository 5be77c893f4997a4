//! Fuzz target: the whole extraction, from bytes, under every format the
//! file name can select. Any panic, overflow or out-of-input span is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 6] = ["a.txt", "a.md", "a.html", "a.eml", "a.mbox", "a"];

fuzz_target!(|data: &[u8]| {
    // the first byte picks the name (and so the format rules)
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[pick as usize % NAMES.len()];
    let opts = herald::Options {
        spans: true,
        ..herald::Options::default()
    };
    if let Ok(records) = herald::extract(bytes, name, &opts) {
        assert!(!records.is_empty());
        for r in &records {
            for [s, e] in r.spans.iter().flat_map(|m| m.values()) {
                assert!(s <= e && *e <= bytes.len(), "span {s}..{e} outside {} bytes", bytes.len());
            }
        }
    }
});
