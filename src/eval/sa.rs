//! Scoring against the CMU Seminar Announcements (`sa`): gold files are the
//! announcements with `<speaker>`, `<location>`, `<stime>`, `<etime>` tags
//! inline. One answer per document and field, as in the literature: the
//! record's first answer is right when it matches any tagged mention.

use std::fs;
use std::path::Path;
use std::sync::LazyLock;

use crate::rx::Regex;
use serde_json::Value;

use super::normalize::{norm_loose, norm_name};
use super::preds::{Preds, universal_newlines};
use super::tally::Tally;
use super::times::{hhmm, time_matches};
use super::{Error, Scored, py, regex};

/// The tagged mentions of one gold file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gold {
    /// `<speaker>` mentions.
    pub speaker: Vec<String>,
    /// `<location>` mentions.
    pub location: Vec<String>,
    /// `<stime>` mentions.
    pub stime: Vec<String>,
    /// `<etime>` mentions.
    pub etime: Vec<String>,
}

/// `sa_gold`: the tagged mentions of a gold text, inner tags removed.
pub fn gold(text: &str) -> Gold {
    static TAGS: LazyLock<[Regex; 4]> = LazyLock::new(|| {
        ["speaker", "location", "stime", "etime"].map(|t| regex(&format!("(?s)<{t}>(.*?)</{t}>")))
    });
    static INNER: LazyLock<Regex> = LazyLock::new(|| regex("<[^>]+>"));
    let find = |r: &Regex| -> Vec<String> {
        r.captures_iter(text)
            .filter_map(|c| c.get(1))
            .map(|m| INNER.replace_all(m.as_str(), "").into_owned())
            .collect()
    };
    let [s, l, st, et] = &*TAGS;
    Gold {
        speaker: find(s),
        location: find(l),
        stime: find(st),
        etime: find(et),
    }
}

/// `slot`: one answer (or none) against a list of acceptable values.
fn slot(
    t: &mut Tally,
    field: &str,
    pred: Option<&str>,
    golds: &[String],
    matches: impl Fn(&str, &str) -> bool,
) -> (bool, bool, bool) {
    let pred = pred.filter(|p| !p.is_empty());
    let ngold = !golds.is_empty();
    let tp = pred.is_some_and(|p| ngold && golds.iter().any(|g| matches(p, g)));
    t.add(field, tp, pred.is_some(), ngold);
    (tp, pred.is_some(), ngold)
}

/// `all_speakers`: the names of all speakers of all talks.
fn all_speakers(rec: &Value) -> Vec<&str> {
    py::items(py::get(rec, "talks"))
        .iter()
        .flat_map(|t| py::items(py::get(t, "speakers")))
        .map(|s| py::get(s, "name"))
        .filter(|n| py::truthy(n))
        .filter_map(py::text)
        .collect()
}

/// Scores every file of `gold_dir` (`score_sa`).
pub fn score(gold_dir: &Path, preds: &Preds, per_doc: bool) -> Result<Scored, Error> {
    let mut names: Vec<String> = fs::read_dir(gold_dir)
        .map_err(|e| Error::io(gold_dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort_by(|a, b| (a.chars().count(), a).cmp(&(b.chars().count(), b)));
    let mut out = Scored::default();
    for f in &names {
        let stem = py::stem(f);
        let fp = gold_dir.join(f);
        let bytes = fs::read(&fp).map_err(|e| Error::io(&fp, e))?;
        let gold = gold(&universal_newlines(
            String::from_utf8_lossy(&bytes).into_owned(),
        ));
        let rec = match preds.get(stem) {
            Some(r) => r,
            None => {
                out.missing += 1;
                &py::NULL
            }
        };
        let ev = py::get(rec, "event");
        let talks = py::items(py::get(rec, "talks"));
        let talk_when = talks
            .iter()
            .map(|tk| py::get(tk, "when"))
            .find(|w| py::truthy(w))
            .unwrap_or(&py::NULL);
        let when = py::or(py::get(ev, "when"), talk_when);
        let sp = all_speakers(rec);
        fn loc_of(v: &Value) -> &Value {
            py::path(v, &["location", "text"])
        }
        let loc = py::text(py::or(
            loc_of(ev),
            talks
                .iter()
                .map(loc_of)
                .find(|l| py::truthy(l))
                .unwrap_or(&py::NULL),
        ));
        let start = py::get(when, "start_time");
        let end = py::get(when, "end_time");
        let t = &mut out.tally;
        let res = [
            (
                "speaker",
                slot(t, "speaker", sp.first().copied(), &gold.speaker, |p, g| {
                    let n = norm_name(p);
                    n == norm_name(g) && !n.is_empty()
                }),
            ),
            (
                "location",
                slot(t, "location", loc, &gold.location, |p, g| {
                    norm_loose(p) == norm_loose(g)
                }),
            ),
            (
                "stime",
                slot(
                    t,
                    "stime",
                    hhmm(py::text(start)).as_deref(),
                    &gold.stime,
                    time_matches,
                ),
            ),
            (
                "etime",
                slot(
                    t,
                    "etime",
                    hhmm(py::text(end)).as_deref(),
                    &gold.etime,
                    time_matches,
                ),
            ),
        ];
        if per_doc {
            let bad: Vec<&str> = res
                .iter()
                .filter(|(_, (tp, p, g))| *tp != (*p || *g))
                .map(|(k, _)| *k)
                .collect();
            if !bad.is_empty() {
                let head = |v: &[String], n: usize| py::repr_list(&v[..v.len().min(n)]);
                out.lines.push(format!(
                    "{stem}: wrong {} | speaker={} gold={} loc={} gold={} time={}-{} gold={}-{}",
                    bad.join(","),
                    py::repr_list(&sp[..sp.len().min(1)]),
                    head(&gold.speaker, 2),
                    loc.map_or("None".into(), py::repr),
                    head(&gold.location, 2),
                    py::show(start),
                    py::show(end),
                    head(&gold.stime, 1),
                    head(&gold.etime, 1),
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_found_across_lines_and_inner_tags_dropped() {
        let g = gold(
            "Time: <stime>3:30</stime>\nin <location>Wean\n<sentence>Hall</sentence></location> by <speaker>A B</speaker>",
        );
        assert_eq!(g.stime, ["3:30"]);
        assert_eq!(g.location, ["Wean\nHall"]);
        assert_eq!(g.speaker, ["A B"]);
        assert!(g.etime.is_empty());
    }
}
