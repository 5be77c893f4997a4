//! iCalendar (RFC 5545): one `VEVENT` per talk that has its own slot, or
//! one for the event when no talk has one and the event has a date. A
//! talk's time without a date is on the event's day, and without a zone in
//! the event's zone.
//!
//! - `SUMMARY` is the talk's title, else the event's title or series, else
//!   the first speaker; `LOCATION` the event's location phrase;
//!   `DESCRIPTION` the talk's abstract.
//! - Times: an IANA zone gives `DTSTART;TZID=<zone>:<local>` and a
//!   `VTIMEZONE` for that zone (its transitions over the years the calendar
//!   uses), written with the footer so that records stream; a fixed offset
//!   is converted to UTC (`...Z`); no zone gives floating local time; a
//!   date without time gives an all-day event (`VALUE=DATE`, `DTEND` the
//!   day after the last day). `DTEND` is left out when the end is unknown.
//! - `UID` is the source's SHA-256, the message index of a mailbox and the
//!   talk index (`<sha256>.t0@herald`, `<sha256>.event@herald`), so
//!   re-importing an updated file replaces its events; `DTSTAMP` is given
//!   by the caller, so the output is reproducible.
//! - Lines end with CRLF and are folded at 75 octets (never inside a UTF-8
//!   character); text values are escaped.

use std::collections::BTreeMap;
use std::io::{self, Write};

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan};

use crate::record::{Record, Talk, When};

/// When an event starts or ends, in the form it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stamp {
    /// A whole day (`VALUE=DATE`).
    Date(Date),
    /// Local time with no zone (floating).
    Floating(DateTime),
    /// Local time in an IANA zone (`TZID=`).
    Zoned {
        /// The zone's name.
        tzid: String,
        /// The local date and time.
        local: DateTime,
    },
    /// An instant (`...Z`).
    Utc(Timestamp),
}

/// One calendar event, before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalEvent {
    /// Stable identifier.
    pub uid: String,
    /// Title line.
    pub summary: String,
    /// Start.
    pub start: Stamp,
    /// End, when known.
    pub end: Option<Stamp>,
    /// Where.
    pub location: Option<String>,
    /// The abstract.
    pub description: Option<String>,
}

fn date(s: &Option<String>) -> Option<Date> {
    s.as_deref()?.parse().ok()
}

fn time(s: &Option<String>) -> Option<Time> {
    let (h, m) = s.as_deref()?.split_once(':')?;
    Time::new(h.parse().ok()?, m.get(..2)?.parse().ok()?, 0, 0).ok()
}

/// A written offset `+01:00`, `-0530`, `+01`.
fn fixed_offset(s: &str) -> Option<Offset> {
    let sign = match s.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let digits: String = s.get(1..)?.chars().filter(|c| *c != ':').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || !matches!(digits.len(), 2 | 4) {
        return None;
    }
    let h: i32 = digits.get(..2)?.parse().ok()?;
    let m: i32 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()
}

/// A local date-time in the record's zone, in the form it is written.
fn local_stamp(local: DateTime, zone: Option<&str>) -> Stamp {
    let Some(zone) = zone else {
        return Stamp::Floating(local);
    };
    if let Some(off) = fixed_offset(zone) {
        return match local.to_zoned(TimeZone::fixed(off)) {
            Ok(z) => Stamp::Utc(z.timestamp()),
            Err(_) => Stamp::Floating(local),
        };
    }
    match TimeZone::get(zone) {
        Ok(tz) if matches!(zone, "UTC" | "Etc/UTC" | "GMT" | "Etc/GMT") => local
            .to_zoned(tz)
            .map_or(Stamp::Floating(local), |z| Stamp::Utc(z.timestamp())),
        Ok(_) => Stamp::Zoned {
            tzid: zone.to_string(),
            local,
        },
        // a zone the database does not know cannot be referred to
        Err(_) => Stamp::Floating(local),
    }
}

/// The start and end of a `when` (`day` stands in for a missing date).
pub fn slot(w: &When, day: Option<Date>) -> Option<(Stamp, Option<Stamp>)> {
    let first = date(&w.date).or(day)?;
    let last = date(&w.end_date).filter(|d| *d >= first);
    let Some(start_t) = time(&w.start_time) else {
        let after = last.unwrap_or(first).checked_add(1.day()).ok();
        return Some((Stamp::Date(first), after.map(Stamp::Date)));
    };
    let zone = w.timezone.as_deref();
    let start = first.to_datetime(start_t);
    let end = time(&w.end_time)
        .map(|t| last.unwrap_or(first).to_datetime(t))
        .filter(|e| *e > start);
    Some((local_stamp(start, zone), end.map(|e| local_stamp(e, zone))))
}

fn first_speaker(t: &Talk) -> Option<String> {
    t.speakers.iter().find_map(|p| p.name.clone())
}

/// The calendar events of one record.
pub fn events(r: &Record) -> Vec<CalEvent> {
    let ev = &r.event;
    let ev_day = ev.when.as_ref().and_then(|w| date(&w.date));
    let base = match r.source.part {
        Some(p) => format!("{}.p{p}", r.source.sha256),
        None => r.source.sha256.clone(),
    };
    let location = ev.location.as_ref().and_then(|l| l.text.clone());
    let fallback = || {
        ev.title
            .clone()
            .or_else(|| ev.series.clone())
            .or_else(|| r.talks.first().and_then(first_speaker))
            .unwrap_or_else(|| "Event".into())
    };
    let mut out = Vec::new();
    for (i, t) in r.talks.iter().enumerate() {
        let Some(w) = &t.when else { continue };
        // the talk's own slot; a time without a date is on the event's day,
        // and a time without a zone is in the event's zone
        let day = if w.start_time.is_some() { ev_day } else { None };
        let mut w = w.clone();
        if w.timezone.is_none() {
            w.timezone = ev.when.as_ref().and_then(|e| e.timezone.clone());
        }
        if let Some((start, end)) = slot(&w, day) {
            out.push(CalEvent {
                uid: format!("{base}.t{i}@herald"),
                summary: t
                    .title
                    .clone()
                    .or_else(|| ev.title.clone())
                    .or_else(|| ev.series.clone())
                    .or_else(|| first_speaker(t))
                    .unwrap_or_else(fallback),
                start,
                end,
                location: location.clone(),
                description: t.abstract_.clone(),
            });
        }
    }
    if out.is_empty()
        && let Some((start, end)) = ev.when.as_ref().and_then(|w| slot(w, None))
    {
        let lone = match r.talks.as_slice() {
            [t] => Some(t),
            _ => None,
        };
        out.push(CalEvent {
            uid: format!("{base}.event@herald"),
            summary: lone.and_then(|t| t.title.clone()).unwrap_or_else(fallback),
            start,
            end,
            location,
            description: lone.and_then(|t| t.abstract_.clone()),
        });
    }
    out
}

/// Escapes a TEXT value (backslash, `;`, `,`, newlines).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (continuation lines start with a
/// space), never splitting a UTF-8 character, and ends it with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 74 * 3 + 2);
    let mut room = 75;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > room {
            out.push_str("\r\n ");
            room = 74;
            used = 0;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn fmt_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn fmt_local(dt: DateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        fmt_date(dt.date()),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// An instant as `YYYYMMDDTHHMMSSZ`.
pub fn fmt_utc(t: Timestamp) -> String {
    format!("{}Z", fmt_local(t.to_zoned(TimeZone::UTC).datetime()))
}

fn fmt_offset(o: Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, a / 60 % 60, a % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// A `DTSTART`/`DTEND` property line.
fn stamp_line(name: &str, s: &Stamp) -> String {
    match s {
        Stamp::Date(d) => format!("{name};VALUE=DATE:{}", fmt_date(*d)),
        Stamp::Floating(dt) => format!("{name}:{}", fmt_local(*dt)),
        Stamp::Zoned { tzid, local } => format!("{name};TZID={tzid}:{}", fmt_local(*local)),
        Stamp::Utc(t) => format!("{name}:{}", fmt_utc(*t)),
    }
}

/// The `VTIMEZONE` of `tzid` covering the years `first..=last`: the
/// observance in force on January 1 of `first` and every transition up
/// to the end of `last`.
pub fn vtimezone(tzid: &str, first: i16, last: i16) -> Option<String> {
    let tz = TimeZone::get(tzid).ok()?;
    let from = jiff::civil::date(first, 1, 1)
        .to_zoned(tz.clone())
        .ok()?
        .timestamp();
    let until = jiff::civil::date(last.saturating_add(1).min(9999), 1, 1)
        .to_zoned(tz.clone())
        .ok()?
        .timestamp();
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{tzid}")];
    let observance = |lines: &mut Vec<String>, at: Timestamp, to: Offset, dst: bool, name: &str| {
        let from_off = at
            .checked_sub(1.nanosecond())
            .map_or(to, |before| tz.to_offset(before));
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", fmt_local(from_off.to_datetime(at))));
        lines.push(format!("TZOFFSETFROM:{}", fmt_offset(from_off)));
        lines.push(format!("TZOFFSETTO:{}", fmt_offset(to)));
        if !name.is_empty() {
            lines.push(format!("TZNAME:{}", escape(name)));
        }
        lines.push(format!("END:{kind}"));
    };
    let start = match tz.preceding(from).next() {
        Some(t) => {
            observance(
                &mut lines,
                t.timestamp(),
                t.offset(),
                t.dst().is_dst(),
                t.abbreviation(),
            );
            t.timestamp()
        }
        None => {
            // no transition before: one observance from 1970 on
            let info = tz.to_offset_info(from);
            let off = info.offset();
            let epoch = jiff::civil::date(1970, 1, 1).to_datetime(Time::midnight());
            lines.push("BEGIN:STANDARD".into());
            lines.push(format!("DTSTART:{}", fmt_local(epoch)));
            lines.push(format!("TZOFFSETFROM:{}", fmt_offset(off)));
            lines.push(format!("TZOFFSETTO:{}", fmt_offset(off)));
            if !info.abbreviation().is_empty() {
                lines.push(format!("TZNAME:{}", escape(info.abbreviation())));
            }
            lines.push("END:STANDARD".into());
            from
        }
    };
    for t in tz.following(start).take_while(|t| t.timestamp() < until) {
        observance(
            &mut lines,
            t.timestamp(),
            t.offset(),
            t.dst().is_dst(),
            t.abbreviation(),
        );
    }
    lines.push("END:VTIMEZONE".into());
    Some(lines.iter().map(|l| fold(l)).collect())
}

/// The text of one `VEVENT`.
pub fn vevent(e: &CalEvent, dtstamp: Timestamp) -> String {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(&e.uid)),
        format!("DTSTAMP:{}", fmt_utc(dtstamp)),
        stamp_line("DTSTART", &e.start),
    ];
    if let Some(end) = &e.end {
        lines.push(stamp_line("DTEND", end));
    }
    lines.push(format!("SUMMARY:{}", escape(&e.summary)));
    if let Some(l) = &e.location {
        lines.push(format!("LOCATION:{}", escape(l)));
    }
    if let Some(d) = &e.description {
        lines.push(format!("DESCRIPTION:{}", escape(d)));
    }
    lines.push("END:VEVENT".into());
    lines.iter().map(|l| fold(l)).collect()
}

/// Streams records as one iCalendar object: the header before the first
/// event, events as records arrive, time zones and the footer at
/// [`IcsWriter::finish`].
pub struct IcsWriter<W: Write> {
    w: W,
    dtstamp: Timestamp,
    started: bool,
    /// Zones referred to, with the first and last year they are used in.
    zones: BTreeMap<String, (i16, i16)>,
}

impl<W: Write> IcsWriter<W> {
    /// A writer onto `w`; every event gets `dtstamp` as its `DTSTAMP`.
    pub fn new(w: W, dtstamp: Timestamp) -> IcsWriter<W> {
        IcsWriter {
            w,
            dtstamp,
            started: false,
            zones: BTreeMap::new(),
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            let head = [
                "BEGIN:VCALENDAR".to_string(),
                "VERSION:2.0".into(),
                format!("PRODID:-//Herald//herald {}//EN", env!("CARGO_PKG_VERSION")),
                "CALSCALE:GREGORIAN".into(),
            ];
            for l in head {
                self.w.write_all(fold(&l).as_bytes())?;
            }
        }
        Ok(())
    }

    fn note_zone(&mut self, s: &Stamp) {
        if let Stamp::Zoned { tzid, local } = s {
            let y = local.year();
            let e = self.zones.entry(tzid.clone()).or_insert((y, y));
            e.0 = e.0.min(y);
            e.1 = e.1.max(y);
        }
    }

    /// Writes the events of one record.
    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        self.header()?;
        for e in events(r) {
            self.note_zone(&e.start);
            if let Some(end) = &e.end {
                self.note_zone(end);
            }
            self.w.write_all(vevent(&e, self.dtstamp).as_bytes())?;
        }
        Ok(())
    }

    /// Writes the time zones used and the footer, and flushes.
    pub fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        for (tzid, (first, last)) in &self.zones {
            if let Some(v) = vtimezone(tzid, *first, *last) {
                self.w.write_all(v.as_bytes())?;
            }
        }
        self.w.write_all(fold("END:VCALENDAR").as_bytes())?;
        self.w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(80));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        let parts: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(parts.len() > 1);
        for (i, p) in parts.iter().enumerate() {
            assert!(p.len() <= 75, "{} octets", p.len());
            assert_eq!(p.starts_with(' '), i > 0);
        }
        let unfolded: String = parts
            .iter()
            .enumerate()
            .map(|(i, p)| if i > 0 { &p[1..] } else { p })
            .collect();
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
    }

    #[test]
    fn slots_take_the_form_of_what_is_known() {
        let w =
            |d: &str, e: Option<&str>, s: Option<&str>, t: Option<&str>, z: Option<&str>| When {
                date: Some(d.into()),
                end_date: e.map(Into::into),
                start_time: s.map(Into::into),
                end_time: t.map(Into::into),
                timezone: z.map(Into::into),
                ..When::default()
            };
        let day = |s: &str| s.parse::<Date>().ok();
        // date only: all day, ending the day after the last day
        assert_eq!(
            slot(&w("2024-12-30", Some("2025-01-02"), None, None, None), None),
            Some((
                Stamp::Date(jiff::civil::date(2024, 12, 30)),
                day("2025-01-03").map(Stamp::Date)
            ))
        );
        // a fixed offset becomes UTC
        let (s, e) = slot(
            &w(
                "2024-03-10",
                None,
                Some("09:00"),
                Some("10:00"),
                Some("-05:00"),
            ),
            None,
        )
        .unwrap_or_else(|| panic!("no slot"));
        assert_eq!(
            s,
            Stamp::Utc(
                "2024-03-10T14:00:00Z"
                    .parse()
                    .unwrap_or_else(|e| panic!("{e}"))
            )
        );
        assert_eq!(
            e,
            Some(Stamp::Utc(
                "2024-03-10T15:00:00Z"
                    .parse()
                    .unwrap_or_else(|e| panic!("{e}"))
            ))
        );
        // an end before the start is not an end
        let (_, e) = slot(
            &w("2024-03-10", None, Some("09:00"), Some("08:00"), None),
            None,
        )
        .unwrap_or_else(|| panic!("no slot"));
        assert_eq!(e, None);
        // no date at all: no slot
        assert_eq!(slot(&When::default(), None), None);
    }
}
