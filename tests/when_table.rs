//! The time-expression parser against a table of 880+ real expressions from
//! the corpora, the fixtures and the shapes the parser must read, each with
//! its expected values (`tests/data/when_expressions.tsv`, see its README).

use herald::fields::when::{self, Context};

#[derive(Debug)]
struct Row {
    line: usize,
    expression: String,
    context: String,
    want: [String; 5],
    note: String,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string("tests/data/when_expressions.tsv")
        .unwrap_or_else(|e| panic!("tests/data/when_expressions.tsv: {e}"));
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 8, "line {}: {} fields", i + 1, f.len());
            Row {
                line: i + 1,
                expression: f[0].to_string(),
                context: f[1].to_string(),
                want: [f[2], f[3], f[4], f[5], f[6]].map(str::to_string),
                note: f[7].to_string(),
            }
        })
        .collect()
}

fn context(c: &str) -> Context {
    let mut ctx = Context {
        today: jiff::civil::date(2026, 11, 22),
        ..Context::default()
    };
    if let Some(d) = c.strip_prefix("ref=") {
        ctx.posted = d.parse().ok();
    }
    ctx
}

fn got(row: &Row) -> [String; 5] {
    let ctx = context(&row.context);
    let exprs = when::scan(&row.expression);
    let dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    match exprs.first() {
        Some(e) => {
            let w = when::resolve(e, &row.expression, &ctx).when;
            [
                dash(w.date),
                dash(w.end_date),
                dash(w.start_time),
                dash(w.end_time),
                dash(w.timezone),
            ]
        }
        None => ["-", "-", "-", "-", "-"].map(str::to_string),
    }
}

#[test]
fn the_table_is_large_enough() {
    assert!(
        rows().len() >= 300,
        "the table must hold at least 300 expressions"
    );
}

#[test]
fn every_expression_parses_as_expected() {
    let mut failures = Vec::new();
    let all = rows();
    for row in &all {
        let g = got(row);
        if g != row.want {
            failures.push(format!(
                "line {}: {:?} ({}) → {:?}, want {:?} [{}]",
                row.line, row.expression, row.context, g, row.want, row.note
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} expressions differ:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
