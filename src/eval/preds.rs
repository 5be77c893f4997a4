//! Loading predictions: a directory of `<stem>.json` (or `.jsonl`) records,
//! or one JSON Lines file. A record is keyed by the stem of its
//! `source.path`; a later record with the same stem replaces an earlier one.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use super::{Error, py};

/// Records by file stem.
pub type Preds = HashMap<String, Value>;

/// Reads the predictions at `path` (`load_preds`).
pub fn load(path: &Path) -> Result<Preds, Error> {
    let mut preds = Preds::new();
    if path.is_dir() {
        let mut names: Vec<String> = fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let fp = path.join(&name);
            if name.ends_with(".json") {
                let text = read_text(&fp)?;
                match serde_json::from_str(&text).map_err(|e| Error::json(&fp, e))? {
                    Value::Array(items) => items.into_iter().for_each(|r| add(&mut preds, r)),
                    rec => add(&mut preds, rec),
                }
            } else if name.ends_with(".jsonl") {
                lines(&fp, &mut preds)?;
            }
        }
    } else {
        lines(path, &mut preds)?;
    }
    Ok(preds)
}

fn add(preds: &mut Preds, rec: Value) {
    let p = py::text(py::path(&rec, &["source", "path"])).unwrap_or("");
    let stem = py::stem(p).to_string();
    preds.insert(stem, rec);
}

/// Reads a text file with Python's universal newlines.
pub fn read_text(p: &Path) -> Result<String, Error> {
    let text = fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
    Ok(universal_newlines(text))
}

/// `\r\n` and `\r` become `\n`, as Python's text mode reads them.
pub fn universal_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

fn lines(p: &Path, preds: &mut Preds) -> Result<(), Error> {
    let text = read_text(p)?;
    for line in text.split('\n') {
        if py::strip(line).is_empty() {
            continue;
        }
        add(
            preds,
            serde_json::from_str(line).map_err(|e| Error::json(p, e))?,
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_are_keyed_by_source_stem_and_later_ones_win() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let a = json!({"source": {"path": "x/a.txt"}, "n": 1});
        let a2 = json!({"source": {"path": "y/a.md"}, "n": 2});
        let b = json!({"source": {"path": "b.txt"}});
        let write = |name: &str, s: String| {
            fs::write(dir.path().join(name), s).unwrap_or_else(|e| panic!("{e}"))
        };
        write("1.json", a.to_string());
        write("2.jsonl", format!("{a2}\r\n\n{b}\n"));
        write("3.txt", "not json".into());
        let p = load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.len(), 2);
        assert_eq!(p.get("a").map(|r| r["n"].clone()), Some(json!(2)));
        let jl = dir.path().join("2.jsonl");
        assert_eq!(load(&jl).map(|p| p.len()).ok(), Some(2));
    }
}
