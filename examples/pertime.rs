//! Times `herald::extract` per document (after a warm-up pass) and prints
//! the slowest documents per byte: `cargo run --release --example pertime DIR...`
use std::time::Instant;

fn main() {
    let mut files = Vec::new();
    for d in std::env::args().skip(1) {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            files.push(e.path());
        }
    }
    files.sort();
    let docs: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(p).ok()?)))
        .collect();
    let opts = herald::Options::default();
    for (p, b) in &docs {
        let _ = herald::extract(b, p, &opts);
    }
    let mut rows = Vec::new();
    let mut total = 0.0;
    let mut bytes = 0;
    for (p, b) in &docs {
        let t = Instant::now();
        for _ in 0..5 {
            let _ = herald::extract(b, p, &opts);
        }
        let s = t.elapsed().as_secs_f64() / 5.0;
        total += s;
        bytes += b.len();
        rows.push((s, b.len(), p.clone()));
    }
    println!(
        "{} docs, {} bytes, {:.3} s, {:.2} MB/s",
        docs.len(),
        bytes,
        total,
        bytes as f64 / 1e6 / total
    );
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (s, n, p) in rows.iter().take(15) {
        println!(
            "{:8.3} ms {:7} B {:6.2} MB/s  {}",
            s * 1e3,
            n,
            *n as f64 / 1e6 / s,
            p
        );
    }
}
