//! Scoring against modern gold files (JSON, `GOLD-FORMAT.md`): event fields,
//! then talks paired by shared speaker names and titles, then per talk its
//! title, abstract, slot, speakers' names, affiliations and bios.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::Path;

use serde_json::Value;

use super::normalize::{norm_aff, norm_loose, norm_name};
use super::preds::{Preds, read_text};
use super::tally::{Counts, Tally};
use super::times::hhmm;
use super::zones::{gold_instant, pred_instant, tz_ok};
use super::{Error, Scored, py};

/// A string value, `""` for anything else (`norm_*(x or "")`).
fn s(v: &Value) -> &str {
    py::text(v).unwrap_or("")
}

/// `long_text_ok`: the record's text starts and ends as the gold's
/// `starts`/`ends` say, ignoring case, punctuation and markup.
pub fn long_text_ok(pred: &Value, gold: &Value) -> bool {
    if !py::truthy(pred) || !py::truthy(gold) {
        return false;
    }
    let p = norm_loose(s(pred));
    p.starts_with(&norm_loose(s(py::get(gold, "starts"))))
        && p.ends_with(&norm_loose(s(py::get(gold, "ends"))))
}

/// The pairing of gold talks with record talks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pairing {
    /// (gold index, record index), best pairs first.
    pub pairs: Vec<(usize, usize)>,
    /// Gold talks left without a partner.
    pub lost_gold: Vec<usize>,
    /// Record talks left without a partner.
    pub extra_pred: Vec<usize>,
}

/// `pair_talks`: greedy alignment on shared speaker names (2 each), equal
/// titles (3), an abstract that starts as the gold's (2), and one talk on
/// both sides (1). Ties go to the higher gold index, then the higher
/// record index, as Python's reverse sort of `(score, i, j)` has it.
pub fn pair_talks(gold_talks: &[Value], pred_talks: &[Value]) -> Pairing {
    let affinity = |gt: &Value, pt: &Value| -> u64 {
        let gn: HashSet<String> = py::items(py::get(gt, "speakers"))
            .iter()
            .filter(|sp| py::truthy(py::get(sp, "name")))
            .map(|sp| norm_name(s(py::get(sp, "name"))))
            .collect();
        let pn: HashSet<String> = py::items(py::get(pt, "speakers"))
            .iter()
            .map(|sp| norm_name(s(py::get(sp, "name"))))
            .collect();
        let mut score = 2 * gn.intersection(&pn).count() as u64;
        let (gtt, ptt) = (py::get(gt, "title"), py::get(pt, "title"));
        if py::truthy(gtt) && py::truthy(ptt) && norm_loose(s(gtt)) == norm_loose(s(ptt)) {
            score += 3;
        }
        let (ga, pa) = (py::get(gt, "abstract"), py::get(pt, "abstract"));
        if py::truthy(ga)
            && py::truthy(pa)
            && norm_loose(s(pa)).starts_with(&norm_loose(s(py::get(ga, "starts"))))
        {
            score += 2;
        }
        if gold_talks.len() == 1 && pred_talks.len() == 1 {
            score += 1;
        }
        score
    };
    let mut cands: Vec<(u64, usize, usize)> = Vec::new();
    for (i, gt) in gold_talks.iter().enumerate() {
        for (j, pt) in pred_talks.iter().enumerate() {
            cands.push((affinity(gt, pt), i, j));
        }
    }
    cands.sort_by(|a, b| b.cmp(a));
    let mut used_g = HashSet::new();
    let mut used_p = HashSet::new();
    let mut out = Pairing::default();
    for (a, i, j) in cands {
        if a > 0 && !used_g.contains(&i) && !used_p.contains(&j) {
            used_g.insert(i);
            used_p.insert(j);
            out.pairs.push((i, j));
        }
    }
    out.lost_gold = (0..gold_talks.len())
        .filter(|i| !used_g.contains(i))
        .collect();
    out.extra_pred = (0..pred_talks.len())
        .filter(|j| !used_p.contains(j))
        .collect();
    out
}

/// Counts one event field: a value on each side, and whether they match.
fn ev_field(
    t: &mut Tally,
    name: &str,
    pv: &Value,
    gv: &Value,
    matches: impl Fn(&Value, &Value) -> bool,
) {
    let (p, g) = (py::val(pv), py::val(gv));
    t.add(name, p && g && matches(pv, gv), p, g);
}

fn opt_value(v: Option<String>) -> Value {
    v.map_or(Value::Null, Value::String)
}

/// The event fields of one document.
fn event_fields(t: &mut Tally, gold: &Value, rec: &Value) {
    let ge = py::get(gold, "event");
    let pred_talks = py::items(py::get(rec, "talks"));
    let lone = match pred_talks {
        [one] => one,
        _ => &py::NULL,
    };
    let mut pe = py::get(rec, "event").clone();
    let pw = py::or(py::get(&pe, "when"), py::get(lone, "when")).clone();
    if !py::truthy(py::path(&pe, &["location", "text"]))
        && py::truthy(py::path(lone, &["location", "text"]))
    {
        let loc = py::get(lone, "location").clone();
        match &mut pe {
            Value::Object(m) => {
                m.insert("location".into(), loc);
            }
            _ => pe = Value::Object([("location".to_string(), loc)].into_iter().collect()),
        }
    }
    let gold_talks = py::items(py::get(gold, "talks"));
    let eq = |p: &Value, q: &Value| p == q;
    ev_field(
        t,
        "event.date",
        py::get(&pw, "date"),
        py::get(ge, "date"),
        eq,
    );
    ev_field(
        t,
        "event.end_date",
        py::get(&pw, "end_date"),
        py::get(ge, "end_date"),
        eq,
    );
    let gi = gold_instant(
        py::text(py::get(ge, "date")),
        hhmm(py::text(py::get(ge, "start_time"))).as_deref(),
        py::text(py::get(ge, "timezone")),
    );
    let same_instant =
        gi.is_some() && gi == py::text(py::get(&pw, "start_utc")).and_then(pred_instant);
    let hh = |v: &Value| opt_value(hhmm(py::text(v)));
    ev_field(
        t,
        "event.start_time",
        &hh(py::get(&pw, "start_time")),
        py::get(ge, "start_time"),
        |p, q| *p == hh(q) || same_instant,
    );
    ev_field(
        t,
        "event.end_time",
        &hh(py::get(&pw, "end_time")),
        py::get(ge, "end_time"),
        |p, q| *p == hh(q),
    );
    ev_field(
        t,
        "event.timezone",
        py::get(&pw, "timezone"),
        py::get(ge, "timezone"),
        |p, q| tz_ok(s(p), s(q)) || same_instant,
    );
    let loose = |p: &Value, q: &Value| norm_loose(s(p)) == norm_loose(s(q));
    ev_field(
        t,
        "event.location",
        py::path(&pe, &["location", "text"]),
        py::get(ge, "location"),
        loose,
    );
    let mut pt_title = py::get(&pe, "title");
    let lone_titles: HashSet<String> = pred_talks
        .iter()
        .map(|tk| norm_loose(s(py::get(tk, "title"))))
        .collect();
    if !py::val(py::get(ge, "title"))
        && py::val(pt_title)
        && gold_talks.len() <= 1
        && lone_titles.contains(&norm_loose(s(pt_title)))
    {
        pt_title = &py::NULL; // a lone talk's title repeated as event title is no error
    }
    ev_field(t, "event.title", pt_title, py::get(ge, "title"), loose);
    ev_field(
        t,
        "event.series",
        py::get(&pe, "series"),
        py::get(ge, "series"),
        loose,
    );
    ev_field(
        t,
        "event.attendance",
        py::get(&pe, "attendance"),
        py::get(ge, "attendance"),
        eq,
    );
}

/// The fields of one talk (gold or record side may be missing).
fn talk_fields(t: &mut Tally, gt: &Value, pt: &Value, program: bool) {
    let ptw = py::get(pt, "when");
    let (gtitle, ptitle) = (py::get(gt, "title"), py::get(pt, "title"));
    t.add(
        "talk.title",
        py::val(gtitle) && py::val(ptitle) && norm_loose(s(gtitle)) == norm_loose(s(ptitle)),
        py::val(ptitle),
        py::val(gtitle),
    );
    let (ga, pa) = (py::get(gt, "abstract"), py::get(pt, "abstract"));
    t.add(
        "talk.abstract",
        long_text_ok(pa, ga),
        py::val(pa),
        py::val(ga),
    );
    let slots = [
        (
            "talk.start_time",
            opt_value(hhmm(py::text(py::get(ptw, "start_time")))),
            opt_value(hhmm(py::text(py::get(gt, "start_time")))),
        ),
        (
            "talk.date",
            py::get(ptw, "date").clone(),
            py::get(gt, "date").clone(),
        ),
    ];
    for (name, pv, gv) in &slots {
        if py::val(gv) || (py::val(pv) && program) {
            t.add(name, py::val(pv) && pv == gv, py::val(pv), py::val(gv));
        }
    }
    let named = |v: &Value| -> Vec<Value> {
        py::items(py::get(v, "speakers"))
            .iter()
            .filter(|sp| py::truthy(py::get(sp, "name")))
            .cloned()
            .collect()
    };
    let gsp = named(gt);
    let psp = named(pt);
    let pmap: HashMap<String, &Value> = psp
        .iter()
        .map(|sp| (norm_name(s(py::get(sp, "name"))), sp))
        .collect();
    let mut hit = 0u64;
    for gs in &gsp {
        let (gaff, gbio) = (py::get(gs, "affiliation"), py::get(gs, "bio"));
        let Some(ps) = pmap.get(&norm_name(s(py::get(gs, "name")))) else {
            t.add("speaker.affiliation", false, false, py::val(gaff));
            t.add("speaker.bio", false, false, py::val(gbio));
            continue;
        };
        hit += 1;
        let (paff, pbio) = (py::get(ps, "affiliation"), py::get(ps, "bio"));
        t.add(
            "speaker.affiliation",
            py::val(gaff) && py::val(paff) && norm_aff(s(gaff)) == norm_aff(s(paff)),
            py::val(paff),
            py::val(gaff),
        );
        t.add(
            "speaker.bio",
            long_text_ok(pbio, gbio),
            py::val(pbio),
            py::val(gbio),
        );
    }
    let gnames: HashSet<String> = gsp
        .iter()
        .map(|sp| norm_name(s(py::get(sp, "name"))))
        .collect();
    for ps in &psp {
        if !gnames.contains(&norm_name(s(py::get(ps, "name")))) {
            t.add(
                "speaker.affiliation",
                false,
                py::val(py::get(ps, "affiliation")),
                false,
            );
            t.add("speaker.bio", false, py::val(py::get(ps, "bio")), false);
        }
    }
    t.add_n("speaker.name", hit, psp.len() as u64, gsp.len() as u64);
}

/// Scores every `.json` file of `gold_dir` (`score_modern`).
pub fn score(gold_dir: &Path, preds: &Preds, per_doc: bool) -> Result<Scored, Error> {
    let mut names: Vec<String> = fs::read_dir(gold_dir)
        .map_err(|e| Error::io(gold_dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut out = Scored::default();
    for f in &names {
        let fp = gold_dir.join(f);
        let gold: Value =
            serde_json::from_str(&read_text(&fp)?).map_err(|e| Error::json(&fp, e))?;
        let id = py::get(&gold, "id");
        let (stem, rec) = if py::truthy(id) {
            // a non-string id is shown as Python would, and matches no record
            (py::show(id), py::text(id).and_then(|k| preds.get(k)))
        } else {
            let stem = py::stem(f).to_string();
            let rec = preds.get(&stem);
            (stem, rec)
        };
        let rec = rec.unwrap_or_else(|| {
            out.missing += 1;
            &py::NULL
        });
        let before: BTreeMap<String, Counts> = out.tally.fields.clone();
        let t = &mut out.tally;
        event_fields(t, &gold, rec);
        let gold_talks = py::items(py::get(&gold, "talks"));
        let pred_talks = py::items(py::get(rec, "talks"));
        let pairing = pair_talks(gold_talks, pred_talks);
        let program = gold_talks.len() > 1;
        fn at(v: &[Value], k: usize) -> &Value {
            v.get(k).unwrap_or(&py::NULL)
        }
        for (i, j) in &pairing.pairs {
            talk_fields(t, at(gold_talks, *i), at(pred_talks, *j), program);
        }
        for i in &pairing.lost_gold {
            talk_fields(t, at(gold_talks, *i), &py::NULL, program);
        }
        for j in &pairing.extra_pred {
            talk_fields(t, &py::NULL, at(pred_talks, *j), program);
        }
        if per_doc {
            let mut wrong: Vec<String> = Vec::new();
            for (k, v) in &out.tally.fields {
                let b = before.get(k).copied().unwrap_or_default();
                let d = (v.tp - b.tp, v.pred - b.pred, v.gold - b.gold);
                if d.0 != d.1.max(d.2) {
                    wrong.push(format!("{k}({}/{}p/{}g)", d.0, d.1, d.2));
                }
            }
            wrong.sort();
            let what = if wrong.is_empty() {
                "all correct".to_string()
            } else {
                wrong.join(" ")
            };
            out.lines.push(format!("{stem}: {what}"));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn talks_pair_on_speakers_and_titles() {
        let gold = [
            json!({"title": "One", "speakers": [{"name": "Ann Lee"}]}),
            json!({"title": "Two", "speakers": [{"name": "Bo Chen"}]}),
        ];
        let pred = [
            json!({"title": "Two", "speakers": [{"name": "Dr. Bo Chen"}]}),
            json!({"title": "Three", "speakers": []}),
        ];
        let p = pair_talks(&gold, &pred);
        assert_eq!(p.pairs, [(1, 0)]);
        assert_eq!(p.lost_gold, [0]);
        assert_eq!(p.extra_pred, [1]);
    }

    #[test]
    fn long_texts_compare_their_ends() {
        let g = json!({"starts": "Deep networks are", "ends": "for learning."});
        assert!(long_text_ok(
            &json!("**Deep** networks are big, and so on, for learning"),
            &g
        ));
        assert!(!long_text_ok(&json!("Networks are big for learning."), &g));
        assert!(!long_text_ok(&Value::Null, &g));
    }
}
