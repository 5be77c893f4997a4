//! Batches: many inputs → records, in parallel, in input order.
//!
//! Workers on a rayon pool take inputs a few at a time; the calling thread
//! puts their results back in input order and hands them to the sink while
//! the workers go on, so output order never depends on the thread count,
//! writing overlaps extraction, and a bounded number of documents is in
//! flight however long the batch. One input that fails is reported to the
//! sink as an error; the batch goes on.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

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

/// How many documents may be in flight (read, extracted or waiting for
/// their turn to be written) per thread.
const IN_FLIGHT_PER_THREAD: usize = 64;

/// How many consecutive inputs a worker takes at a time. Workers and the
/// writer then meet once per chunk rather than once per document: each
/// meeting is a wake-up through the kernel, and per document those cost
/// about 7% of the CPU time of a two-thread batch of small announcements.
const CHUNK: usize = 8;

/// Processes `inputs` on `jobs` threads; `sink` receives each input's
/// result, with its size in bytes, in input order.
///
/// With more than one thread, workers on a rayon pool take the next chunk
/// of [`CHUNK`] inputs as soon as they are free and send its results to the
/// calling thread, which puts chunks back in input order and hands results
/// to `sink` while the workers go on. A worker waits before taking a chunk
/// more than `jobs × 64` inputs ahead of the next one to write, so memory
/// stays bounded however long the batch and however slow one document is.
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
    if jobs == 1 {
        for input in inputs {
            let (n, r) = process(input, opts, max_bytes);
            sink(input, n, r);
        }
        return Ok(());
    }
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
    let chunks: Vec<&[Input]> = inputs.chunks(CHUNK).collect();
    let window = (jobs * IN_FLIGHT_PER_THREAD).div_ceil(CHUNK).max(jobs);
    let gate = Gate::new(window);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(usize, Vec<Outcome>)>(window);
    pool.in_place_scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (gate, next, chunks) = (&gate, &next, &chunks);
            scope.spawn(move |_| {
                loop {
                    let c = next.fetch_add(1, Ordering::Relaxed);
                    let Some(chunk) = chunks.get(c) else { break };
                    if !gate.wait_for(c) {
                        break; // the writer has stopped
                    }
                    let outcomes = chunk
                        .iter()
                        .map(|input| process(input, opts, max_bytes))
                        .collect();
                    if tx.send((c, outcomes)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // owned here, so that a panic in `sink` drops the receiver and
        // opens the gate: the workers then stop instead of waiting forever
        let rx = rx;
        let _open = OpenOnDrop(&gate);
        // the chunks, back in input order
        let mut pending: BTreeMap<usize, Vec<Outcome>> = BTreeMap::new();
        let mut written = 0;
        for (c, outcomes) in rx.iter() {
            pending.insert(c, outcomes);
            let before = written;
            while let Some(outcomes) = pending.remove(&written) {
                let chunk = chunks.get(written).copied().unwrap_or_default();
                for (input, (n, r)) in chunk.iter().zip(outcomes) {
                    sink(input, n, r);
                }
                written += 1;
            }
            if written > before {
                gate.advance(written);
            }
            if written == chunks.len() {
                break;
            }
        }
    });
    Ok(())
}

/// Opens the gate when the writer is done, normally or not.
struct OpenOnDrop<'g>(&'g Gate);

impl Drop for OpenOnDrop<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// The size and result of one input.
type Outcome = (u64, Result<Vec<Record>, Error>);

/// Holds workers back from running too far ahead of the writer.
struct Gate {
    /// How many chunks have been written, and whether the writer stopped.
    state: Mutex<(usize, bool)>,
    moved: Condvar,
    window: usize,
}

impl Gate {
    fn new(window: usize) -> Gate {
        Gate {
            state: Mutex::new((0, false)),
            moved: Condvar::new(),
            window,
        }
    }

    /// Waits until chunk `i` is within the window; false if the writer stopped.
    fn wait_for(&self, i: usize) -> bool {
        let Ok(mut st) = self.state.lock() else {
            return false;
        };
        while i >= st.0 + self.window && !st.1 {
            st = match self.moved.wait(st) {
                Ok(st) => st,
                Err(_) => return false,
            };
        }
        !st.1
    }

    /// Records that `written` chunks have been written.
    fn advance(&self, written: usize) {
        if let Ok(mut st) = self.state.lock() {
            st.0 = written;
        }
        self.moved.notify_all();
    }

    /// Releases every waiting worker.
    fn close(&self) {
        if let Ok(mut st) = self.state.lock() {
            st.1 = true;
        }
        self.moved.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// More inputs than the in-flight window, of very different sizes, so
    /// that workers finish out of order and the gate has to hold them.
    #[test]
    fn parallel_results_come_back_in_input_order() {
        let dir = std::env::temp_dir().join(format!("herald-batch-order-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("temp dir: {e}"));
        let mut inputs = Vec::new();
        for i in 0..400 {
            let p = dir.join(format!("{i:03}.txt"));
            // every 7th input is long, the rest are short
            let body = if i % 7 == 0 {
                "Speaker: Ada Lovelace\nPlace: Example Hall 7500\n".repeat(200)
            } else {
                format!("Title: Talk number {i}\nDate: March {}, 2020\n", i % 28 + 1)
            };
            fs::write(&p, body).unwrap_or_else(|e| panic!("write: {e}"));
            inputs.push(Input {
                name: p.to_string_lossy().into_owned(),
                path: Some(p),
            });
        }
        let collect = |jobs: usize| {
            let mut seen = Vec::new();
            run(
                &inputs,
                &Options::default(),
                DEFAULT_MAX_BYTES,
                jobs,
                |input, n, r| {
                    let json = r
                        .map(|recs| serde_json::to_string(&recs).unwrap_or_default())
                        .unwrap_or_else(|e| e.to_string());
                    seen.push((input.name.clone(), n, json));
                },
            )
            .unwrap_or_else(|e| panic!("run: {e}"));
            seen
        };
        let one = collect(1);
        let names: Vec<&String> = one.iter().map(|(n, _, _)| n).collect();
        let expected: Vec<&String> = inputs.iter().map(|i| &i.name).collect();
        assert_eq!(names, expected);
        assert_eq!(collect(2), one);
        assert_eq!(collect(3), one);
        let _ = fs::remove_dir_all(&dir);
    }
}
