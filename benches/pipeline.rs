//! Benchmarks: the whole per-document pipeline and each parser family.
//!
//! `cargo bench` runs them over the fixtures and, when `../shared/corpus` is
//! present, over the development corpora as well (the figures quoted in
//! `BENCHMARKS.md` come from the corpora).

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use herald::fields::{people, place, when};
use herald::layout::Layout;
use herald::{Options, extract};

/// The texts to measure: the corpora if present, else the fixtures.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut dirs = vec![
        "../shared/corpus/sa-train/text".to_string(),
        "../shared/corpus/modern-dev/text".to_string(),
    ];
    if !Path::new(&dirs[0]).is_dir() {
        dirs = vec!["fixtures".to_string()];
    }
    let mut out = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = std::fs::read(&p) {
                out.push((p.to_string_lossy().into_owned(), b));
            }
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|(_, b)| b.len() as u64).sum();
    let texts: Vec<String> = docs
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let opts = Options::default();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("extract", |b| {
        b.iter(|| {
            for (name, bytes) in &docs {
                let _ = std::hint::black_box(extract(bytes, name, &opts));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("parsers");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("layout", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(Layout::new(t).blocks.len());
            }
        })
    });
    g.bench_function("when_scan", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(when::scan(t).len());
            }
        })
    });
    g.bench_function("names_in", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(people::names_in(t).len());
            }
        })
    });
    g.bench_function("place_phrases", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(place::phrases(t).len());
            }
        })
    });
    g.finish();
}

criterion_group!(group, benches);
criterion_main!(group);
