//! Prints the blocks and labels of a document (a debugging aid).
//! `cargo run --example blocks -- FILE`
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let bytes = std::fs::read(&path).unwrap_or_default();
    let Ok(doc) = herald::input::Document::from_bytes(&bytes, &path) else {
        eprintln!("cannot decode {path}");
        return;
    };
    let d = herald::segment::Doc::new(&doc.text);
    for (i, b) in d.blocks().iter().enumerate() {
        let label = d.hits[i]
            .as_ref()
            .map(|h| format!("{:?}", h.label))
            .unwrap_or_default();
        let t: String = b.text.text.chars().take(100).collect();
        println!("{i:3} {:?} {:?} [{label}] {t}", b.kind, b.lines);
        let ph = herald::fields::place::phrases(&b.text.text);
        if !ph.is_empty() {
            let shown: Vec<(&str, u32)> = ph
                .iter()
                .map(|(r, s)| (&b.text.text[r.clone()], *s))
                .collect();
            println!(
                "      phrases {shown:?} in_prose={:?}",
                herald::fields::place::in_prose(&b.text.text).map(|r| &b.text.text[r])
            );
        }
    }
    let plan = herald::segment::plan(&d);
    println!("program={} talks={}", plan.program, plan.talks.len());
    for t in &plan.talks {
        println!("  talk {:?} blocks {:?}", t.head, t.blocks);
    }
    for s in &plan.slots {
        println!(
            "  slot b{} time={:?} title={:?} speakers={:?}",
            s.block,
            s.time.as_ref().map(|t| t.text.as_str()),
            s.title.as_ref().map(|t| t.text.as_str()),
            s.speakers
                .iter()
                .map(|p| p.name.text.as_str())
                .collect::<Vec<_>>()
        );
    }
}
