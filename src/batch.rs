//! Batches: many inputs → records, in parallel, in input order.
//!
//! Inputs are processed in windows of a few hundred documents: each window
//! runs in parallel on a rayon pool and is handed to the sink in input
//! order before the next one starts, so output order never depends on the
//! thread count and memory stays bounded however long the batch. One input
//! that fails is reported to the sink as an error; the batch goes on.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, ErrorKind};
use crate::record::Record;
use crate::{Options, extract};

/// The default size limit of one input (`--max-bytes`).
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// One input of a batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// The path as it will appear in the record (`-` for standard input).
    pub name: String,
    /// Where to read it (`None` for standard input).
    pub path: Option<PathBuf>,
}

/// Expands the command-line paths: files as given, directories recursively
/// (sorted, hidden files and directories skipped), `-` for standard input.
/// Paths that do not exist come back as errors.
pub fn inputs(args: &[PathBuf]) -> (Vec<Input>, Vec<Error>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Input {
                name: "-".into(),
                path: None,
            });
            continue;
        }
        match fs::metadata(a) {
            Ok(m) if m.is_dir() => walk(a, &mut out, &mut errors),
            Ok(_) => out.push(Input {
                name: a.to_string_lossy().into_owned(),
                path: Some(a.clone()),
            }),
            Err(e) => errors.push(Error::new(a, ErrorKind::Io(e))),
        }
    }
    (out, errors)
}

fn hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

fn walk(dir: &Path, out: &mut Vec<Input>, errors: &mut Vec<Error>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Error::new(dir, ErrorKind::Io(e)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if hidden(&p) {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors);
        } else {
            out.push(Input {
                name: p.to_string_lossy().into_owned(),
                path: Some(p),
            });
        }
    }
}

/// Reads one input, refusing it when it is larger than `max_bytes`.
pub fn read(input: &Input, max_bytes: u64) -> Result<Vec<u8>, Error> {
    let err = |k| Error::new(&input.name, k);
    match &input.path {
        Some(p) => {
            let meta = fs::metadata(p).map_err(|e| err(ErrorKind::Io(e)))?;
            if meta.is_dir() {
                return Err(err(ErrorKind::Unreadable {
                    reason: "is a directory".into(),
                }));
            }
            if meta.len() > max_bytes {
                return Err(err(ErrorKind::TooLarge {
                    bytes: meta.len(),
                    limit: max_bytes,
                }));
            }
            let mut buf = Vec::with_capacity(meta.len() as usize);
            fs::File::open(p)
                .and_then(|f| f.take(max_bytes + 1).read_to_end(&mut buf))
                .map_err(|e| err(ErrorKind::Io(e)))?;
            if buf.len() as u64 > max_bytes {
                return Err(err(ErrorKind::TooLarge {
                    bytes: buf.len() as u64,
                    limit: max_bytes,
                }));
            }
            Ok(buf)
        }
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(max_bytes + 1)
                .read_to_end(&mut buf)
                .map_err(|e| err(ErrorKind::Io(e)))?;
            if buf.len() as u64 > max_bytes {
                return Err(err(ErrorKind::TooLarge {
                    bytes: buf.len() as u64,
                    limit: max_bytes,
                }));
            }
            Ok(buf)
        }
    }
}

/// Reads and extracts one input.
pub fn process(input: &Input, opts: &Options, max_bytes: u64) -> (u64, Result<Vec<Record>, Error>) {
    let bytes = match read(input, max_bytes) {
        Ok(b) => b,
        Err(e) => return (0, Err(e)),
    };
    let n = bytes.len() as u64;
    // a panic in one document must not take the batch down
    let r = std::panic::catch_unwind(|| extract(&bytes, &input.name, opts));
    let r = match r {
        Ok(r) => r.map_err(|k| Error::new(&input.name, k)),
        Err(_) => Err(Error::new(
            &input.name,
            ErrorKind::Unreadable {
                reason: "internal error while extracting (please report this input)".into(),
            },
        )),
    };
    (n, r)
}

/// How many documents one parallel window holds per thread.
const WINDOW_PER_THREAD: usize = 64;

/// Processes `inputs` on `jobs` threads; `sink` receives each input's
/// result, with its size in bytes, in input order.
pub fn run<F>(
    inputs: &[Input],
    opts: &Options,
    max_bytes: u64,
    jobs: usize,
    mut sink: F,
) -> Result<(), Error>
where
    F: FnMut(&Input, u64, Result<Vec<Record>, Error>),
{
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| {
            Error::new(
                "-",
                ErrorKind::Unreadable {
                    reason: format!("cannot start threads: {e}"),
                },
            )
        })?;
    let window = (jobs * WINDOW_PER_THREAD).max(1);
    for chunk in inputs.chunks(window) {
        let results: Vec<(u64, Result<Vec<Record>, Error>)> = if jobs == 1 {
            chunk.iter().map(|i| process(i, opts, max_bytes)).collect()
        } else {
            pool.install(|| {
                chunk
                    .par_iter()
                    .map(|i| process(i, opts, max_bytes))
                    .collect()
            })
        };
        for (input, (n, r)) in chunk.iter().zip(results) {
            sink(input, n, r);
        }
    }
    Ok(())
}
