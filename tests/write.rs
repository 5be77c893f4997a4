//! CSV and iCalendar output, read back with real parsers (the `csv` crate,
//! the `icalendar` crate's parser) and compared with the records.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use herald::record::{Event, Location, Person, Record, Source, Talk, When};
use herald::write::csv::{COLUMNS, CsvWriter};
use herald::write::ics::IcsWriter;
use herald::{Options, extract};
use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventLike};

fn files(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.path().to_string_lossy().into_owned())
        .filter(|p| {
            !Path::new(p)
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    v.sort();
    v
}

/// The records of the fixtures and of the copied corpus texts.
fn records() -> Vec<Record> {
    let mut out = Vec::new();
    for dir in [
        "fixtures",
        "tests/data/eval/modern/text",
        "tests/data/eval/sa/text",
    ] {
        for p in files(dir) {
            let bytes = fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
            out.extend(
                extract(&bytes, &p, &Options::default()).unwrap_or_else(|e| panic!("{p}: {e}")),
            );
        }
    }
    assert!(out.len() > 10);
    out
}

fn when(
    date: &str,
    end_date: Option<&str>,
    start: Option<&str>,
    end: Option<&str>,
    tz: Option<&str>,
) -> When {
    let s = |v: Option<&str>| v.map(str::to_string);
    When {
        date: Some(date.into()),
        end_date: s(end_date),
        start_time: s(start),
        end_time: s(end),
        timezone: s(tz),
        ..When::default()
    }
}

fn talk(
    title: Option<&str>,
    speakers: &[(&str, Option<&str>)],
    w: Option<When>,
    abs: Option<&str>,
) -> Talk {
    Talk {
        title: title.map(str::to_string),
        when: w,
        speakers: speakers
            .iter()
            .map(|(n, a)| Person {
                name: Some(n.to_string()),
                affiliation: a.map(str::to_string),
                ..Person::default()
            })
            .collect(),
        abstract_: abs.map(str::to_string),
        ..Talk::default()
    }
}

fn record(path: &str, sha: &str, event: Event, talks: Vec<Talk>) -> Record {
    Record {
        schema_version: 1,
        source: Source {
            path: path.into(),
            sha256: sha.into(),
            ..Source::default()
        },
        event,
        talks,
        ..Record::default()
    }
}

/// Hand-made records for what the corpus lacks: fixed offsets, UTC,
/// unknown zones, multi-day all-day events, text that needs quoting and
/// escaping, no talks, no date.
fn tricky() -> Vec<Record> {
    let long = "Ünïcödé “quotes”, commas; back\\slash and a newline\nhere. ".repeat(8);
    vec![
        record(
            "x/offset.txt",
            "aa01",
            Event {
                title: Some("Day, \"one\"".into()),
                when: Some(when(
                    "2024-03-10",
                    None,
                    Some("09:00"),
                    Some("10:30"),
                    Some("+05:30"),
                )),
                location: Some(Location {
                    text: Some("Room 1; Hall, \"B\"".into()),
                    ..Location::default()
                }),
                ..Event::default()
            },
            vec![talk(
                Some("Talk; with, punctuation"),
                &[
                    ("A One", Some("Lab, X")),
                    ("B Two", Some("Lab, X")),
                    ("C Three", None),
                ],
                None,
                Some(&long),
            )],
        ),
        record(
            "x/allday.txt",
            "aa02",
            Event {
                series: Some("Series name".into()),
                when: Some(when("2024-12-30", Some("2025-01-02"), None, None, None)),
                ..Event::default()
            },
            vec![],
        ),
        record(
            "x/program.txt",
            "aa03",
            Event {
                title: Some("Program".into()),
                when: Some(when(
                    "2023-06-01",
                    None,
                    None,
                    None,
                    Some("America/New_York"),
                )),
                ..Event::default()
            },
            vec![
                talk(
                    Some("First"),
                    &[("A One", None)],
                    Some(When {
                        start_time: Some("09:00".into()),
                        end_time: Some("09:45".into()),
                        ..When::default()
                    }),
                    None,
                ),
                talk(
                    None,
                    &[("B Two", None)],
                    Some(when("2023-06-02", None, Some("14:00"), None, Some("UTC"))),
                    None,
                ),
                talk(Some("No slot"), &[], None, None),
                talk(
                    None,
                    &[],
                    Some(when(
                        "2023-06-03",
                        None,
                        Some("10:00"),
                        None,
                        Some("Mars/Olympus"),
                    )),
                    None,
                ),
            ],
        ),
        record(
            "x/nodate.txt",
            "aa04",
            Event::default(),
            vec![talk(Some("Undated"), &[], None, None)],
        ),
    ]
}

fn csv_of(recs: &[Record]) -> String {
    let mut buf = Vec::new();
    {
        let mut w = CsvWriter::new(&mut buf);
        for r in recs {
            w.write(r).unwrap_or_else(|e| panic!("{e}"));
        }
        w.finish().unwrap_or_else(|e| panic!("{e}"));
    }
    String::from_utf8(buf).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn csv_reads_back_as_one_row_per_talk() {
    let mut recs = records();
    recs.extend(tricky());
    let text = csv_of(&recs);
    assert!(
        text.starts_with("path,part,talk_index,"),
        "header first, no BOM"
    );
    assert!(text.ends_with("\r\n"));
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, COLUMNS);
    let col = |name: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let rows: Vec<csv::StringRecord> = rdr
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let expected_rows: usize = recs.iter().map(|r| r.talks.len().max(1)).sum();
    assert_eq!(rows.len(), expected_rows);
    let mut k = 0;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    for r in &recs {
        let ew = r.event.when.clone().unwrap_or_default();
        let n = r.talks.len().max(1);
        for i in 0..n {
            let row = &rows[k];
            k += 1;
            assert_eq!(row.len(), COLUMNS.len());
            let get = |name: &str| row.get(col(name)).unwrap_or_default().to_string();
            assert_eq!(get("path"), r.source.path);
            assert_eq!(get("sha256"), r.source.sha256);
            assert_eq!(get("event_title"), opt(&r.event.title));
            assert_eq!(get("series"), opt(&r.event.series));
            assert_eq!(get("date"), opt(&ew.date));
            assert_eq!(get("end_date"), opt(&ew.end_date));
            assert_eq!(get("start_time"), opt(&ew.start_time));
            assert_eq!(get("end_time"), opt(&ew.end_time));
            assert_eq!(get("timezone"), opt(&ew.timezone));
            assert_eq!(
                get("location"),
                r.event
                    .location
                    .as_ref()
                    .map(|l| opt(&l.text))
                    .unwrap_or_default()
            );
            match r.talks.get(i) {
                None => {
                    assert_eq!(get("talk_index"), "");
                    assert_eq!(get("talk_title"), "");
                    assert_eq!(get("speakers"), "");
                }
                Some(t) => {
                    assert_eq!(get("talk_index"), i.to_string());
                    assert_eq!(get("talk_title"), opt(&t.title));
                    assert_eq!(get("abstract"), opt(&t.abstract_));
                    let names: Vec<String> =
                        t.speakers.iter().filter_map(|p| p.name.clone()).collect();
                    assert_eq!(get("speakers"), names.join("; "));
                    let tw = t.when.clone().unwrap_or_default();
                    assert_eq!(get("talk_date"), opt(&tw.date));
                    assert_eq!(get("talk_start_time"), opt(&tw.start_time));
                    // every affiliation appears, once
                    let affs = get("affiliations");
                    let cells: Vec<&str> = if affs.is_empty() {
                        vec![]
                    } else {
                        affs.split("; ").collect()
                    };
                    for p in &t.speakers {
                        if let Some(a) = &p.affiliation {
                            assert_eq!(
                                cells.iter().filter(|c| **c == a).count(),
                                1,
                                "{a} in {affs}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn csv_of_no_records_is_the_header() {
    assert_eq!(csv_of(&[]), format!("{}\r\n", COLUMNS.join(",")));
}

fn ics_of(recs: &[Record]) -> String {
    let mut buf = Vec::new();
    {
        let stamp = "2026-11-22T00:00:00Z"
            .parse()
            .unwrap_or_else(|e| panic!("{e}"));
        let mut w = IcsWriter::new(&mut buf, stamp);
        for r in recs {
            w.write(r).unwrap_or_else(|e| panic!("{e}"));
        }
        w.finish().unwrap_or_else(|e| panic!("{e}"));
    }
    String::from_utf8(buf).unwrap_or_else(|e| panic!("{e}"))
}

/// What a record's calendar events must be, worked out from the record:
/// (uid suffix, date, time, zone) per event.
fn expected_events(r: &Record) -> Vec<(String, When)> {
    let ev_date = r.event.when.as_ref().and_then(|w| w.date.clone());
    let mut out = Vec::new();
    for (i, t) in r.talks.iter().enumerate() {
        if let Some(w) = &t.when {
            let mut w = w.clone();
            if w.date.is_none() && w.start_time.is_some() {
                w.date = ev_date.clone();
            }
            if w.timezone.is_none() {
                w.timezone = r.event.when.as_ref().and_then(|e| e.timezone.clone());
            }
            if w.date.is_some() {
                out.push((format!("t{i}"), w));
            }
        }
    }
    if out.is_empty()
        && let Some(w) = &r.event.when
        && w.date.is_some()
    {
        out.push(("event".into(), w.clone()));
    }
    out
}

fn local(date: &str, time: &str) -> String {
    format!("{date} {time}:00")
}

#[test]
fn ics_parses_and_every_event_matches_its_record() {
    let mut recs = records();
    recs.extend(tricky());
    let text = ics_of(&recs);
    // the form: CRLF lines of at most 75 octets
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert_eq!(ics_of(&recs), text, "reproducible");

    let cal: icalendar::Calendar = text.parse().unwrap_or_else(|e| panic!("{e}"));
    let events: Vec<&icalendar::Event> = cal.events().collect();
    let mut want: HashMap<String, (&Record, When)> = HashMap::new();
    for r in &recs {
        for (suffix, w) in expected_events(r) {
            // a mailbox's messages share the file's hash: the part tells them apart
            let base = match r.source.part {
                Some(p) => format!("{}.p{p}", r.source.sha256),
                None => r.source.sha256.clone(),
            };
            want.insert(format!("{base}.{suffix}@herald"), (r, w));
        }
    }
    assert_eq!(
        events.len(),
        want.len(),
        "one VEVENT per talk slot or dated event"
    );
    let mut zones_used = Vec::new();
    for e in &events {
        let uid = e.get_uid().unwrap_or_else(|| panic!("no UID"));
        let (r, w) = want
            .get(uid)
            .unwrap_or_else(|| panic!("unexpected event {uid}"));
        assert_eq!(
            e.get_timestamp().map(|t| t.to_rfc3339()).as_deref(),
            Some("2026-11-22T00:00:00+00:00")
        );
        let date = w.date.clone().unwrap_or_default();
        let start = e.get_start().unwrap_or_else(|| panic!("{uid}: no DTSTART"));
        match (&w.start_time, w.timezone.as_deref()) {
            (None, _) => match start {
                DatePerhapsTime::Date(d) => assert_eq!(d.to_string(), date, "{uid}"),
                other => panic!("{uid}: all-day expected, got {other:?}"),
            },
            (Some(t), None) => match start {
                DatePerhapsTime::DateTime(CalendarDateTime::Floating(dt)) => {
                    assert_eq!(dt.to_string(), local(&date, t), "{uid}")
                }
                other => panic!("{uid}: floating expected, got {other:?}"),
            },
            (Some(t), Some(zone)) if zone.starts_with(['+', '-']) || zone == "UTC" => match start {
                DatePerhapsTime::DateTime(CalendarDateTime::Utc(dt)) => {
                    let off: jiff::tz::Offset = if zone == "UTC" {
                        jiff::tz::Offset::UTC
                    } else {
                        let (h, m) = zone[1..].split_once(':').unwrap_or(("0", "0"));
                        let s = h.parse::<i32>().unwrap_or(0) * 3600
                            + m.parse::<i32>().unwrap_or(0) * 60;
                        jiff::tz::Offset::from_seconds(if zone.starts_with('-') { -s } else { s })
                            .unwrap_or_else(|e| panic!("{e}"))
                    };
                    let want: jiff::civil::DateTime = format!("{date}T{t}")
                        .parse()
                        .unwrap_or_else(|e| panic!("{e}"));
                    let want = want
                        .to_zoned(jiff::tz::TimeZone::fixed(off))
                        .unwrap_or_else(|e| panic!("{e}"))
                        .timestamp();
                    assert_eq!(dt.timestamp(), want.as_second(), "{uid}");
                }
                other => panic!("{uid}: UTC expected, got {other:?}"),
            },
            (Some(t), Some(zone)) if jiff::tz::TimeZone::get(zone).is_ok() => match start {
                DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
                    assert_eq!(tzid, zone, "{uid}");
                    assert_eq!(date_time.to_string(), local(&date, t), "{uid}");
                    zones_used.push(tzid);
                }
                other => panic!("{uid}: TZID expected, got {other:?}"),
            },
            (Some(t), Some(_)) => match start {
                // a zone no database knows: floating local time
                DatePerhapsTime::DateTime(CalendarDateTime::Floating(dt)) => {
                    assert_eq!(dt.to_string(), local(&date, t), "{uid}")
                }
                other => panic!("{uid}: floating expected, got {other:?}"),
            },
        }
        if w.start_time.is_none() {
            let last = w.end_date.clone().unwrap_or(date.clone());
            let day: jiff::civil::Date = last.parse().unwrap_or_else(|e| panic!("{e}"));
            let next = day.tomorrow().unwrap_or_else(|e| panic!("{e}")).to_string();
            match e.get_end() {
                Some(DatePerhapsTime::Date(d)) => assert_eq!(d.to_string(), next, "{uid}"),
                other => panic!("{uid}: all-day end expected, got {other:?}"),
            }
        }
        let (talk_idx, talk) = match uid.rsplit_once(".t") {
            Some((_, rest)) => {
                let i: usize = rest
                    .trim_end_matches("@herald")
                    .parse()
                    .unwrap_or_else(|e| panic!("{e}"));
                (Some(i), r.talks.get(i))
            }
            None => (
                None,
                if r.talks.len() == 1 {
                    r.talks.first()
                } else {
                    None
                },
            ),
        };
        let summary = talk
            .and_then(|t| t.title.clone())
            .or_else(|| r.event.title.clone())
            .or_else(|| r.event.series.clone())
            .or_else(|| {
                talk_idx
                    .and_then(|i| r.talks.get(i))
                    .or(r.talks.first())
                    .and_then(|t| t.speakers.first())
                    .and_then(|p| p.name.clone())
            });
        if let Some(s) = summary {
            assert_eq!(e.get_summary(), Some(s.as_str()), "{uid}");
        }
        assert_eq!(
            e.get_location().map(str::to_string),
            r.event.location.as_ref().and_then(|l| l.text.clone()),
            "{uid}"
        );
        assert_eq!(
            e.get_description().map(str::to_string),
            talk.and_then(|t| t.abstract_.clone()),
            "{uid}"
        );
    }
    // every zone referred to is defined
    let unfolded = icalendar::parser::unfold(&text);
    let raw = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}"));
    let defined: Vec<String> = raw
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .filter_map(|c| c.find_prop("TZID").map(|p| p.val.as_str().to_string()))
        .collect();
    assert!(!zones_used.is_empty());
    for z in zones_used {
        assert!(defined.contains(&z), "no VTIMEZONE for {z}");
    }
}

#[test]
fn vtimezone_observances_give_the_offsets_of_the_zone() {
    // America/New_York over 2021: EST until March 14, EDT until November 7
    let v = herald::write::ics::vtimezone("America/New_York", 2021, 2021)
        .unwrap_or_else(|| panic!("no zone"));
    let lines: Vec<&str> = v.split("\r\n").collect();
    let find = |start: &str| {
        lines
            .iter()
            .position(|l| *l == start)
            .unwrap_or_else(|| panic!("{start} in {v}"))
    };
    let d = find("DTSTART:20210314T020000");
    assert_eq!(lines[d + 1], "TZOFFSETFROM:-0500");
    assert_eq!(lines[d + 2], "TZOFFSETTO:-0400");
    assert_eq!(lines[d - 1], "BEGIN:DAYLIGHT");
    let s = find("DTSTART:20211107T020000");
    assert_eq!(lines[s + 2], "TZOFFSETTO:-0500");
    assert_eq!(lines[s - 1], "BEGIN:STANDARD");
}

fn herald(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run herald: {e}"))
}

#[test]
fn cli_formats_go_to_stdout_or_out_and_conflict_with_output_dir() {
    let csv = herald(&["extract", "fixtures", "--format", "csv"]);
    assert!(csv.status.success());
    let text = String::from_utf8_lossy(&csv.stdout);
    assert_eq!(text.lines().next(), Some(COLUMNS.join(",").as_str()));

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let ics = dir.path().join("all.ics");
    let ics = ics.to_str().unwrap_or_default();
    let o = herald(&["extract", "fixtures", "--format", "ics", "--out", ics]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let cal = fs::read_to_string(ics).unwrap_or_else(|e| panic!("{e}"));
    assert!(cal.parse::<icalendar::Calendar>().is_ok());

    // --jsonl FILE is --format jsonl --out FILE
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    let (a, b) = (
        a.to_str().unwrap_or_default(),
        b.to_str().unwrap_or_default(),
    );
    assert!(
        herald(&["extract", "fixtures", "--jsonl", a])
            .status
            .success()
    );
    assert!(
        herald(&["extract", "fixtures", "--format", "jsonl", "--out", b])
            .status
            .success()
    );
    let (x, y) = (
        fs::read(a).unwrap_or_default(),
        fs::read(b).unwrap_or_default(),
    );
    assert!(!x.is_empty() && x == y);

    for bad in [
        vec!["extract", "fixtures", "--format", "csv", "-o", "never"],
        vec!["extract", "fixtures", "--out", "x.jsonl", "-o", "never"],
        vec![
            "extract", "fixtures", "--jsonl", "x.jsonl", "--format", "ics",
        ],
    ] {
        let o = herald(&bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
    }
    assert!(!Path::new("never").exists());
}
