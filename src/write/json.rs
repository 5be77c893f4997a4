//! JSON: pretty files per input and JSON Lines.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::record::Record;

/// A record as pretty-printed JSON with a final newline (the form of the
/// committed expected records).
pub fn pretty(r: &Record) -> String {
    let mut s =
        serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// Writes one record as one JSON line.
pub fn line(w: &mut dyn Write, r: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *w, r).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

/// Names output files inside one directory: `<stem>.json`, never outside the
/// directory whatever the input name, never the same name twice.
#[derive(Debug)]
pub struct Namer {
    dir: PathBuf,
    used: HashSet<String>,
}

impl Namer {
    /// Names files in `dir`.
    pub fn new(dir: &Path) -> Namer {
        Namer {
            dir: dir.to_path_buf(),
            used: HashSet::new(),
        }
    }

    /// The output path for the record of `input` (`part` for a mailbox message).
    pub fn name(&mut self, input: &str, part: Option<u32>) -> PathBuf {
        let file = Path::new(input)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = match file.rsplit_once('.') {
            Some((s, _)) if !s.is_empty() => s.to_string(),
            _ => file,
        };
        let mut stem = sanitize(&stem);
        if stem.is_empty() || input == "-" {
            stem = "stdin".into();
        }
        if let Some(p) = part {
            stem = format!("{stem}.{p}");
        }
        let mut name = format!("{stem}.json");
        let mut n = 2;
        while !self.used.insert(name.clone()) {
            name = format!("{stem}-{n}.json");
            n += 1;
        }
        self.dir.join(name)
    }
}

/// Keeps a file stem to safe characters (no separators, no leading dots).
fn sanitize(stem: &str) -> String {
    let s: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.+@".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    s.trim_start_matches('.').to_string()
}

/// Writes `contents` to `path` atomically: a temporary file in the same
/// directory, then a rename, so an interrupted batch leaves no half record.
pub fn write_atomic(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        // a file system without fsync still gets the rename
        let _ = f.sync_all();
    }
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_and_never_collide() {
        let mut n = Namer::new(Path::new("out"));
        assert_eq!(
            n.name("fixtures/001_x.txt", None),
            Path::new("out/001_x.json")
        );
        assert_eq!(
            n.name("other/001_x.md", None),
            Path::new("out/001_x-2.json")
        );
        assert_eq!(
            n.name("../../etc/passwd", None),
            Path::new("out/passwd.json")
        );
        assert_eq!(n.name("a/..hidden.txt", None), Path::new("out/hidden.json"));
        assert_eq!(n.name("-", None), Path::new("out/stdin.json"));
        assert_eq!(n.name("box.mbox", Some(3)), Path::new("out/box.3.json"));
    }
}
