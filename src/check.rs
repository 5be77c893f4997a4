//! Regression checking: extract fixtures and compare them with their
//! expected records, field by field.
//!
//! A difference is reported as the JSON pointer of the field and its old
//! and new values: `001_x: /talks/0/speakers/0/affiliation: "Stanford" →
//! "Stanford University"`. Long strings are shortened around where they
//! start to differ. `herald check` and the snapshot test both use this.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Options;
use crate::batch::{self, Input};
use crate::write::json;

/// One field that changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// JSON pointer of the field.
    pub pointer: String,
    /// Expected value (`None`: the field is new).
    pub expected: Option<Value>,
    /// Actual value (`None`: the field is gone).
    pub actual: Option<Value>,
}

/// The comparison of one fixture.
#[derive(Debug)]
pub struct Outcome {
    /// The fixture's name (file stem).
    pub name: String,
    /// Where its expected record is.
    pub expected_path: PathBuf,
    /// The record as extracted now (pretty JSON), or the error.
    pub actual: Result<String, String>,
    /// Field-level changes (empty when the record is unchanged).
    pub changes: Vec<Change>,
    /// True when the expected file is missing.
    pub missing: bool,
}

impl Outcome {
    /// True when nothing changed.
    pub fn ok(&self) -> bool {
        self.actual.is_ok() && self.changes.is_empty() && !self.missing
    }
}

/// Field-level differences between two JSON values.
pub fn diff(expected: &Value, actual: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk("", Some(expected), Some(actual), &mut out);
    out
}

fn walk(ptr: &str, a: Option<&Value>, b: Option<&Value>, out: &mut Vec<Change>) {
    match (a, b) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            for (k, v) in x {
                walk(&format!("{ptr}/{}", escape(k)), Some(v), y.get(k), out);
            }
            for (k, v) in y {
                if !x.contains_key(k) {
                    walk(&format!("{ptr}/{}", escape(k)), None, Some(v), out);
                }
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y))) => {
            for i in 0..x.len().max(y.len()) {
                walk(&format!("{ptr}/{i}"), x.get(i), y.get(i), out);
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(Change {
            pointer: if ptr.is_empty() {
                "/".into()
            } else {
                ptr.into()
            },
            expected: a.cloned(),
            actual: b.cloned(),
        }),
    }
}

fn escape(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

/// A value for a diff line: strings shortened to `width` characters.
fn show(v: &Option<Value>, other: &Option<Value>, width: usize) -> String {
    let Some(v) = v else {
        return "(absent)".into();
    };
    match (v, other) {
        (Value::String(s), Some(Value::String(o))) if s.chars().count() > width => {
            // show the neighbourhood of the first difference
            let common = s.chars().zip(o.chars()).take_while(|(a, b)| a == b).count();
            let start = common.saturating_sub(width / 3);
            let piece: String = s.chars().skip(start).take(width).collect();
            let pre = if start > 0 { "…" } else { "" };
            let post = if start + width < s.chars().count() {
                "…"
            } else {
                ""
            };
            format!("\"{pre}{piece}{post}\"")
        }
        (Value::String(s), _) if s.chars().count() > width => {
            let piece: String = s.chars().take(width).collect();
            format!("\"{piece}…\"")
        }
        _ => v.to_string(),
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.missing {
            return writeln!(
                f,
                "{}: no expected record at {}",
                self.name,
                self.expected_path.display()
            );
        }
        if let Err(e) = &self.actual {
            return writeln!(f, "{}: extraction failed: {e}", self.name);
        }
        for c in &self.changes {
            writeln!(
                f,
                "{}: {}: {} → {}",
                self.name,
                c.pointer,
                show(&c.expected, &c.actual, 70),
                show(&c.actual, &c.expected, 70)
            )?;
        }
        Ok(())
    }
}

/// Extracts every fixture in `fixtures` and compares it with
/// `expected/<stem>.json`. Source paths are written relative to the
/// fixtures' parent, as the committed records have them.
pub fn check(fixtures: &Path, expected: &Path, opts: &Options) -> Vec<Outcome> {
    let (inputs, errors) = batch::inputs(&[fixtures.to_path_buf()]);
    let mut out: Vec<Outcome> = errors
        .into_iter()
        .map(|e| Outcome {
            name: fixtures.display().to_string(),
            expected_path: expected.to_path_buf(),
            actual: Err(e.to_string()),
            changes: Vec::new(),
            missing: false,
        })
        .collect();
    let mut namer = json::Namer::new(expected);
    let results: Vec<(Input, Result<Vec<crate::Record>, crate::Error>)> = {
        let mut v = Vec::new();
        let _ = batch::run(&inputs, opts, batch::DEFAULT_MAX_BYTES, 1, |i, _, r| {
            v.push((i.clone(), r))
        });
        v
    };
    for (input, r) in results {
        let records = match r {
            Ok(rs) => rs,
            Err(e) => {
                out.push(Outcome {
                    name: input.name.clone(),
                    expected_path: namer.name(&input.name, None),
                    actual: Err(e.to_string()),
                    changes: Vec::new(),
                    missing: false,
                });
                continue;
            }
        };
        let many = records.len() > 1;
        for rec in records {
            let path = namer.name(&input.name, if many { rec.source.part } else { None });
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let actual = json::pretty(&rec);
            let (changes, missing) = match std::fs::read_to_string(&path) {
                Ok(exp) => {
                    let e: Value = serde_json::from_str(&exp).unwrap_or(Value::Null);
                    let a: Value = serde_json::from_str(&actual).unwrap_or(Value::Null);
                    let mut c = diff(&e, &a);
                    if c.is_empty() && exp != actual {
                        // same values, different bytes (formatting)
                        c.push(Change {
                            pointer: "(formatting)".into(),
                            expected: None,
                            actual: None,
                        });
                    }
                    (c, false)
                }
                Err(_) => (Vec::new(), true),
            };
            out.push(Outcome {
                name,
                expected_path: path,
                actual: Ok(actual),
                changes,
                missing,
            });
        }
    }
    out
}

/// Rewrites the expected records of the outcomes that differ.
pub fn bless(outcomes: &[Outcome]) -> std::io::Result<usize> {
    let mut n = 0;
    for o in outcomes {
        if let Ok(a) = &o.actual
            && !o.ok()
        {
            if let Some(dir) = o.expected_path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            json::write_atomic(&o.expected_path, a.as_bytes())?;
            n += 1;
        }
    }
    Ok(n)
}

/// A report of all changes, for humans.
pub fn report(outcomes: &[Outcome]) -> String {
    let mut s = String::new();
    for o in outcomes.iter().filter(|o| !o.ok()) {
        let _ = write!(s, "{o}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_names_each_changed_field() {
        let a = json!({"talks": [{"speakers": [{"affiliation": "Stanford"}]}], "x": 1});
        let b = json!({"talks": [{"speakers": [{"affiliation": "Stanford University"}]}], "x": 1, "y": null});
        let d = diff(&a, &b);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].pointer, "/talks/0/speakers/0/affiliation");
        assert_eq!(d[1].pointer, "/y");
        let o = Outcome {
            name: "001_x".into(),
            expected_path: PathBuf::from("output/001_x.json"),
            actual: Ok(String::new()),
            changes: d[..1].to_vec(),
            missing: false,
        };
        assert_eq!(
            o.to_string(),
            "001_x: /talks/0/speakers/0/affiliation: \"Stanford\" → \"Stanford University\"\n"
        );
    }

    #[test]
    fn long_strings_show_where_they_differ() {
        let a = json!({"a": format!("{}{}", "x".repeat(200), "old")});
        let b = json!({"a": format!("{}{}", "x".repeat(200), "new")});
        let d = diff(&a, &b);
        let line = show(&d[0].expected, &d[0].actual, 20);
        assert!(line.contains("old") && line.starts_with("\"…"), "{line}");
    }
}
