//! `herald`: the command line. A thin shell over the library: parse
//! arguments, call the library, print, set the exit status.
//! Exit status: 0 success, 1 some input failed (or a check found changes),
//! 2 usage error.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use herald::batch::{self, DEFAULT_MAX_BYTES};
use herald::write::{self, RecordWriter, json};
use herald::{Options, Record};

#[derive(Parser)]
#[command(
    name = "herald",
    version,
    about = "Turn talk and seminar announcements into normalized JSON records."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from files, directories (recursively) or `-` (standard input).
    Extract(ExtractArgs),
    /// Print the JSON Schema of a record.
    Schema,
    /// Extract fixtures and compare them with their expected records.
    Check(CheckArgs),
    /// Score records against gold annotations (precision, recall, F1 per field).
    Eval(EvalArgs),
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum GoldKind {
    /// CMU Seminar Announcements: text files with inline tags.
    Sa,
    /// JSON gold files.
    Modern,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// The kind of gold annotation.
    #[arg(value_enum)]
    kind: GoldKind,
    /// The directory of gold files.
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// The records: a directory of `<stem>.json` files or a JSON Lines file.
    #[arg(long, value_name = "DIR_OR_JSONL")]
    pred: PathBuf,
    /// Also print, per document, which fields are wrong.
    #[arg(long)]
    per_doc: bool,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files, directories or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write one pretty-printed `<stem>.json` per input into DIR.
    #[arg(
        short = 'o',
        long = "output",
        value_name = "DIR",
        conflicts_with_all = ["jsonl", "format", "out"]
    )]
    output: Option<PathBuf>,
    /// The stream format written to standard output or `--out`.
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<StreamFormat>,
    /// Write the stream to FILE (`-` for standard output; the default).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Write JSON Lines to FILE: short for `--format jsonl --out FILE`.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["format", "out"])]
    jsonl: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar and no summary; errors only.
    #[arg(short, long)]
    quiet: bool,
    /// Add provenance spans (byte ranges in the input) to every record.
    #[arg(long)]
    spans: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Print documents, bytes, seconds, MB/s and failures at the end.
    #[arg(long)]
    stats: bool,
    /// The day taken as "now" when a year is inferred from a weekday (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    today: Option<jiff::civil::Date>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StreamFormat {
    /// JSON Lines, one record per line.
    Jsonl,
    /// CSV, one row per talk.
    Csv,
    /// iCalendar, one event per talk slot.
    Ics,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The fixtures directory.
    #[arg(default_value = "fixtures")]
    fixtures: PathBuf,
    /// The directory of expected records.
    #[arg(long, default_value = "output")]
    expected: PathBuf,
    /// Rewrite the expected records that differ.
    #[arg(long)]
    bless: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(a) => extract(a),
        Command::Schema => {
            let s = serde_json::to_string_pretty(&Record::json_schema()).unwrap_or_default();
            println!("{s}");
            ExitCode::SUCCESS
        }
        Command::Check(a) => check(a),
        Command::Eval(a) => eval(a),
    }
}

fn eval(a: EvalArgs) -> ExitCode {
    let kind = match a.kind {
        GoldKind::Sa => herald::eval::Kind::Sa,
        GoldKind::Modern => herald::eval::Kind::Modern,
    };
    let scored = herald::eval::preds::load(&a.pred)
        .and_then(|preds| herald::eval::score(kind, &a.gold, &preds, a.per_doc));
    match scored {
        Ok(s) => {
            print!("{}", s.render());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("herald: {e}");
            ExitCode::from(1)
        }
    }
}

fn options(today: Option<jiff::civil::Date>, spans: bool) -> Options {
    let mut o = Options {
        spans,
        ..Options::default()
    };
    if let Some(t) = today {
        o.today = t;
    }
    o
}

fn extract(a: ExtractArgs) -> ExitCode {
    let start = Instant::now();
    let opts = options(a.today, a.spans);
    let (inputs, missing) = batch::inputs(&a.paths);
    let mut failures = 0usize;
    for e in &missing {
        eprintln!("herald: {e}");
        failures += 1;
    }
    let jobs = a
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let show_progress = !a.quiet && inputs.len() > 1 && io::stderr().is_terminal();
    let bar = if show_progress {
        let b = indicatif::ProgressBar::new(inputs.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} {per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let format = match a.format {
        Some(StreamFormat::Csv) => write::Format::Csv,
        Some(StreamFormat::Ics) => write::Format::Ics,
        Some(StreamFormat::Jsonl) | None => write::Format::Jsonl,
    };
    let dtstamp = opts
        .today
        .to_datetime(jiff::civil::Time::midnight())
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_or(jiff::Timestamp::UNIX_EPOCH, |z| z.timestamp());
    let target = a.jsonl.as_ref().or(a.out.as_ref());
    let mut out: Box<dyn RecordWriter> = match (&a.output, target) {
        (Some(dir), _) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("herald: cannot create {}: {e}", dir.display());
                return ExitCode::from(1);
            }
            write::writer(format, io::sink(), dtstamp)
        }
        (None, Some(p)) if p.as_os_str() != "-" => match std::fs::File::create(p) {
            Ok(f) => write::writer(format, io::BufWriter::new(f), dtstamp),
            Err(e) => {
                eprintln!("herald: cannot create {}: {e}", p.display());
                return ExitCode::from(1);
            }
        },
        _ => write::writer(format, io::BufWriter::new(io::stdout().lock()), dtstamp),
    };
    let mut namer = a.output.as_deref().map(json::Namer::new);
    let mut docs = 0usize;
    let mut bytes = 0u64;
    let mut write_failed = None;
    let run = batch::run(&inputs, &opts, a.max_bytes, jobs, |input, n, r| {
        bytes += n;
        match r {
            Ok(records) => {
                docs += 1;
                let many = records.len() > 1;
                for rec in &records {
                    let res = match namer.as_mut() {
                        Some(nm) => {
                            let path =
                                nm.name(&input.name, if many { rec.source.part } else { None });
                            json::write_atomic(&path, json::pretty(rec).as_bytes())
                        }
                        None => out.write(rec),
                    };
                    if let Err(e) = res {
                        write_failed.get_or_insert(e);
                    }
                }
            }
            Err(e) => {
                failures += 1;
                match &bar {
                    Some(b) => b.println(format!("herald: {e}")),
                    None => eprintln!("herald: {e}"),
                }
            }
        }
        if let Some(b) = &bar {
            b.inc(1);
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if a.output.is_none()
        && let Err(e) = out.finish()
    {
        write_failed.get_or_insert(e);
    }
    if let Err(e) = run {
        eprintln!("herald: {e}");
        return ExitCode::from(1);
    }
    if let Some(e) = write_failed {
        eprintln!("herald: cannot write output: {e}");
        return ExitCode::from(1);
    }
    if a.stats {
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "documents {docs}  bytes {bytes}  seconds {secs:.3}  MB/s {:.1}  docs/s {:.0}  failures {failures}",
            bytes as f64 / 1e6 / secs.max(1e-9),
            docs as f64 / secs.max(1e-9)
        );
    }
    if failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn check(a: CheckArgs) -> ExitCode {
    let opts = Options::default();
    let outcomes = herald::check::check(&a.fixtures, &a.expected, &opts);
    let changed = outcomes.iter().filter(|o| !o.ok()).count();
    if a.bless {
        match herald::check::bless(&outcomes) {
            Ok(n) => {
                eprintln!("herald: blessed {n} expected records");
                return ExitCode::SUCCESS;
            }
            Err(e) => {
                eprintln!("herald: cannot write expected records: {e}");
                return ExitCode::from(1);
            }
        }
    }
    print!("{}", herald::check::report(&outcomes));
    if changed > 0 {
        eprintln!(
            "herald: {changed} of {} records differ (re-bless with `herald check --bless`)",
            outcomes.len()
        );
        ExitCode::from(1)
    } else {
        eprintln!("herald: all {} records match", outcomes.len());
        ExitCode::SUCCESS
    }
}
