//! Assembly: segmentation plan + field drafts → one [`Record`].
//!
//! This is where the document's parts meet: the plan says which blocks are
//! which talks ([`crate::segment`]), [`talk`] drafts each talk, [`event`]
//! drafts the event (and is the one place where the event's time is chosen
//! among all candidates), and `build` writes the record, recording for
//! each verbatim string the source bytes it came from.

pub mod draft;
pub mod event;
pub mod talk;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;
use jiff::civil;

use crate::fields::labels::Label;
use crate::fields::people::unreachable_regex;
use crate::fields::{people, place, when};
use crate::input::{Document, OffsetMap};
use crate::layout::markup::{self, Mode};
use crate::record::{
    Event, Location, Person, Record, Registration, SCHEMA_VERSION, Source, Talk, When,
};
use crate::segment::{self, Doc};
use draft::{EventDraft, PersonDraft, TalkDraft, Val, WhenDraft};

/// What assembly may be told from outside the document.
#[derive(Clone, Debug)]
pub struct Hints {
    /// The posting date, when the container gives one (a mail `Date:` header).
    pub posted: Option<civil::Date>,
    /// The day taken as "now" when inferring a year from a weekday.
    pub today: civil::Date,
    /// Record provenance spans.
    pub spans: bool,
}

/// A program of talks on several days (a seminar's term card, a reading
/// group's list, a conference's days): the event runs from the first talk's
/// day to the last, unless its own stated days already hold them all; and
/// when no talk gives a time of its own, each meets at the event's time
/// ("We meet on Thursdays, 11:00–12:00").
fn spread_over_days(ev: &mut EventDraft, talks: &mut [TalkDraft], program: bool) {
    let days: Vec<String> = talks
        .iter()
        .filter_map(|t| t.when.as_ref()?.resolved.when.date.clone())
        .collect();
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return;
    };
    if !program || first == last {
        return;
    }
    let w = ev.when.get_or_insert_with(draft::WhenDraft::default);
    let e = &mut w.resolved.when;
    let holds = e.date.as_ref().is_some_and(|d| d <= first)
        && e.end_date.as_ref().is_some_and(|d| d >= last);
    if !holds {
        e.date = Some(first.clone());
        e.end_date = Some(last.clone());
    }
    when::stamp(e);
    let untimed = talks.iter().all(|t| {
        t.when
            .as_ref()
            .is_none_or(|w| w.resolved.when.start_time.is_none())
    });
    if !untimed || e.start_time.is_none() {
        return;
    }
    let e = e.clone();
    for t in talks.iter_mut() {
        if let Some(tw) = t.when.as_mut().map(|w| &mut w.resolved.when)
            && tw.date.is_some()
        {
            tw.start_time = e.start_time.clone();
            tw.end_time = e.end_time.clone();
            if tw.timezone.is_none() {
                tw.timezone = e.timezone.clone();
            }
            when::stamp(tw);
        }
    }
}

/// A one-day program does not end before its last talk: the event's end is
/// the latest end of a talk on its day when that is later (the event's
/// time read from the first talk's line, `10:00 a.m. - 11:30 a.m.`).
fn end_with_last_talk(ev: &mut EventDraft, talks: &[TalkDraft], program: bool) {
    let Some(e) = ev.when.as_mut().map(|w| &mut w.resolved.when) else {
        return;
    };
    if !program || e.end_date.is_some() || e.start_time.is_none() {
        return;
    }
    let last = talks
        .iter()
        .filter_map(|t| t.when.as_ref().map(|w| &w.resolved.when))
        .filter(|w| w.date.is_none() || w.date == e.date)
        .filter_map(|w| w.end_time.clone())
        .max();
    if let Some(last) = last
        && e.end_time.as_ref().is_none_or(|end| *end < last)
        && e.start_time.as_ref().is_some_and(|s| *s < last)
    {
        e.end_time = Some(last);
        when::stamp(e);
    }
}

/// Builds the record of a decoded document.
pub fn assemble(doc: &Document, source: Source, hints: &Hints) -> Record {
    let d = Doc::new(&doc.text);
    let ctx = when_context(&d, hints);
    let plan = segment::plan(&d);
    let directory = talk::Directory::new(&d);
    let cx = talk::TalkContext {
        doc: &d,
        directory: &directory,
        when: &ctx,
        program: plan.program,
        slots: &plan.slots,
    };
    let talks: Vec<TalkDraft> = plan.talks.iter().map(|seg| talk::draft(&cx, seg)).collect();
    // the event's time and place are not looked for in biographies and
    // references (abstracts stay: old posts give the logistics in prose)
    let mut skip: Vec<Range<usize>> = Vec::new();
    for t in &talks {
        skip.extend(t.references.iter().map(|v| v.span.clone()));
        for p in &t.speakers {
            skip.extend(p.bio.iter().map(|v| v.span.clone()));
        }
    }
    // nor in a page's list of other events ("Similar events nearby")
    skip.extend(other_events(&d));
    let (ev, mut warnings) = event::draft(&d, &plan, &talks, &ctx, &skip);
    // a program whose slots all give one zone is in that zone
    let mut ev = ev;
    let zones: Vec<&String> = talks
        .iter()
        .filter_map(|t| t.when.as_ref()?.resolved.when.timezone.as_ref())
        .collect();
    if plan.program
        && let Some(z) = zones.first()
        && zones.iter().all(|x| x == z)
        && ev
            .when
            .as_ref()
            .is_none_or(|w| w.resolved.when.timezone.is_none())
    {
        let w = ev.when.get_or_insert_with(draft::WhenDraft::default);
        w.resolved.when.timezone = Some((*z).clone());
        when::stamp(&mut w.resolved.when);
    }
    // a one-day program's slots are on the event's day
    let mut talks = talks;
    if plan.program
        && let Some(ew) = ev.when.as_ref().map(|w| &w.resolved.when)
        && ew.date.is_some()
        && ew.end_date.is_none()
    {
        for t in &mut talks {
            if let Some(tw) = t.when.as_mut()
                && tw.resolved.when.date.is_none()
            {
                tw.resolved.when.date = ew.date.clone();
                if tw.resolved.when.timezone.is_none() {
                    tw.resolved.when.timezone = ew.timezone.clone();
                }
                when::stamp(&mut tw.resolved.when);
            }
        }
    }
    share_affiliations(&d, &mut talks);
    spread_over_days(&mut ev, &mut talks, plan.program);
    end_with_last_talk(&mut ev, &talks, plan.program);
    let mut w = doc.warnings.clone();
    w.append(&mut warnings);
    for t in &talks {
        if let Some(wd) = &t.when {
            w.extend(wd.resolved.warnings.iter().cloned());
        }
    }
    w.dedup();
    build(
        source,
        &ev,
        &talks,
        w,
        hints.spans.then_some((&doc.map, doc.text.as_str())),
    )
}

/// A speaker named without an affiliation takes the one a line of its own
/// gives the same person (`Ada Example, Example Institute` under the title,
/// after a prose notice that names her alone), when it names an
/// organization. (A speaker's second talk in a program is not given the
/// first one's affiliation: programs that leave it out mean it.)
fn share_affiliations(d: &Doc, talks: &mut [TalkDraft]) {
    let missing: Vec<String> = talks
        .iter()
        .flat_map(|t| &t.speakers)
        .filter(|p| p.affiliation.is_none())
        .map(|p| p.name.text.to_lowercase())
        .collect();
    if missing.is_empty() {
        return;
    }
    let mut known: Vec<(String, Val)> = Vec::new();
    // each line of each block that names one of them (a name line may sit
    // under the title in one paragraph)
    let names_one = |b: &&crate::layout::Block| {
        let l = b.text.text.to_lowercase();
        missing.iter().any(|n| l.contains(n.as_str()))
    };
    let lines = d.blocks().iter().filter(names_one).flat_map(|b| {
        let whole = (b.lines.len() <= 1).then(|| b.text.clone());
        let each = (b.lines.len() > 1).then(|| {
            d.layout
                .lines
                .get(b.lines.clone())
                .unwrap_or_default()
                .iter()
                .map(|l| d.layout.clean(l.body.clone(), Mode::Inline))
                .collect::<Vec<_>>()
        });
        whole.into_iter().chain(each.into_iter().flatten())
    });
    for c in lines {
        let Some(parts) = people::person_line(&c.text) else {
            continue;
        };
        let Some(aff) = parts.affiliation.clone() else {
            continue;
        };
        let (Some(name), Some(aff)) = (c.text.get(parts.name.clone()), Val::of(&c.slice(aff)))
        else {
            continue;
        };
        // (not a time, an address, a place and year, or a title after a colon)
        if aff
            .text
            .contains(|ch: char| ch.is_ascii_digit() || ch == '@')
            || aff.text.contains(": ")
            || !people::has_org_word(&aff.text)
        {
            continue;
        }
        known.push((name.to_lowercase(), aff));
    }
    if known.is_empty() {
        return;
    }
    for p in talks.iter_mut().flat_map(|t| t.speakers.iter_mut()) {
        if p.affiliation.is_none() {
            let name = p.name.text.to_lowercase();
            p.affiliation = known
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, a)| a.clone());
        }
    }
}

/// The `date:` of a page's front matter (`date: 2026-02-23`, `date:
/// "2026-02-23T10:00:00+01:00"`), the day the page was posted.
fn front_matter_date(d: &Doc) -> Option<jiff::civil::Date> {
    static KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^date\s*:\s*["']?([0-9]{4}-[0-9]{2}-[0-9]{2})"#)
            .unwrap_or_else(|_| unreachable_regex())
    });
    let text = d.layout.text;
    d.layout
        .lines
        .iter()
        .filter(|l| l.kind == crate::layout::LineKind::Meta)
        .find_map(|l| {
            let raw = text.get(l.range.clone())?;
            KEY.captures(raw)?.get(1)?.as_str().parse().ok()
        })
}

/// The posting date, the document's one year, and its numeric date order.
/// The spans of a page's lists of other events, after its own day: the
/// section under a heading like `Similar events nearby`, `Other events`,
/// `More talks`, `Past seminars`, `You may also like`, to the next heading
/// of its rank or above.
fn other_events(d: &Doc) -> Vec<Range<usize>> {
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:similar|related|other|more|upcoming|past|previous|recent)\s+(?:[a-z]+\s+)?(?:events|talks|seminars|lectures|webinars|meetups)(?:\s+[a-z]+)?|you (?:may|might) also like)\W*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let blocks = d.blocks();
    let Some(first_day) = (0..blocks.len()).find(|&i| d.exprs(i).iter().any(|e| e.has_date()))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for h in first_day + 1..blocks.len() {
        let Some(level) = d.heading_level(h) else {
            continue;
        };
        if !OTHERS.is_match(d.text(h).trim()) {
            continue;
        }
        let end = (h + 1..blocks.len())
            .find(|&j| d.heading_level(j).is_some_and(|l| l <= level))
            .unwrap_or(blocks.len());
        let (Some(a), Some(b)) = (blocks.get(h), blocks.get(end - 1)) else {
            continue;
        };
        out.push(a.span().start..b.span().end);
    }
    out
}

fn when_context(d: &Doc, hints: &Hints) -> when::Context {
    let mut posted = hints.posted;
    if posted.is_none() {
        for (i, h) in d.hits.iter().enumerate() {
            if let Some(h) = h
                && h.label == Label::Posted
            {
                let text = h.value.as_ref().map_or(d.text(i), |v| v.text.as_str());
                if let Some(e) = when::scan(text)
                    .into_iter()
                    .find(|e| e.date.is_some_and(|p| p.year.is_some()))
                {
                    let r = when::resolve(&e, text, &when::Context::default());
                    posted = r.when.date.and_then(|s| s.parse().ok());
                    if posted.is_some() {
                        break;
                    }
                }
            }
        }
    }
    // a page's front matter: its "date:" is when it was posted
    if posted.is_none() {
        posted = front_matter_date(d);
    }
    let text = d.layout.text;
    // the one year of the document's dates, or of its title line
    let mut years: Vec<i16> = Vec::new();
    for i in 0..d.blocks().len() {
        for e in d.exprs(i) {
            if let Some(y) = e.date.and_then(|p| p.year) {
                years.push(y);
            }
        }
    }
    years.sort_unstable();
    years.dedup();
    let anchor_year = match years.as_slice() {
        [y] => Some(*y),
        [] => {
            static YEAR: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?-u:\b)((?:19|20)[0-9][0-9])(?-u:\b)")
                    .unwrap_or_else(|_| unreachable_regex())
            });
            // the title lines: the first few short lines ("Colloquium — Fall
            // 2008"); the first alone when it names a year (the years of a
            // reading list further down are not the term's)
            // (a heading run on with the line under it counts by its first line)
            let short: Vec<&str> = d
                .blocks()
                .iter()
                .filter(|b| !b.text.is_empty())
                .filter_map(|b| {
                    let t = b.text.text.as_str();
                    if t.split_whitespace().count() <= 12 {
                        return Some(t);
                    }
                    let first = text.get(b.parts.first()?.clone())?.trim();
                    (b.parts.len() > 1 && first.split_whitespace().count() <= 12).then_some(first)
                })
                .take(6)
                .collect();
            let first_names_year = short.first().is_some_and(|t| YEAR.is_match(t));
            // (a span of years, "1900–1945", is a subject, not a date)
            static SPAN: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?:19|20)[0-9][0-9]\s*[–—-]\s*(?:19|20)?[0-9][0-9]")
                    .unwrap_or_else(|_| unreachable_regex())
            });
            let ys: Vec<i16> = short
                .iter()
                .take(if first_names_year { 1 } else { 6 })
                .flat_map(|b| {
                    let t = SPAN.replace_all(b, " ");
                    YEAR.captures_iter(&t)
                        .filter_map(|c| c.get(1)?.as_str().parse().ok())
                        .collect::<Vec<i16>>()
                })
                .collect::<std::collections::BTreeSet<i16>>()
                .into_iter()
                .collect();
            match ys.as_slice() {
                [y] => Some(*y),
                _ => None,
            }
        }
        _ => None,
    };
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)([0-9]{1,2})[/.-]([0-9]{1,2})[/.-](?:[0-9]{4}|[0-9]{2})(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let mut dmy = 0;
    let mut mdy = 0;
    for c in NUMERIC.captures_iter(text) {
        let a: u32 = c.get(1).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        let b: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        if a > 12 && b <= 12 {
            dmy += 1;
        } else if b > 12 && a <= 12 {
            mdy += 1;
        }
    }
    let day_first = match (dmy, mdy) {
        (0, 0) => None,
        (d, m) if d > m => Some(true),
        (d, m) if m > d => Some(false),
        _ => None,
    };
    // "All times are CEST", "All times below are in Eastern Time"
    static ALL_TIMES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)all (?:times|sessions)(?: below| listed| shown| given| on this page)?(?: are| will be)?(?: given| listed| shown)?(?: in)?\s+([^.;\n]{2,30})")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let zone = ALL_TIMES
        .captures(text)
        .and_then(|c| c.get(1))
        .and_then(|m| {
            // ("All times are local (UTC-3)": the zone in brackets)
            let t = m.as_str();
            when::leading_zone(t).or_else(|| {
                let (_, inner) = t.split_once('(')?;
                when::leading_zone(inner.trim_start())
            })
        })
        // a line that is a zone alone: a timetable's "Europe/Zurich timezone"
        .or_else(|| {
            d.blocks().iter().take(12).find_map(|b| {
                let t = b.text.text.trim();
                let z = when::leading_zone(t)?;
                let rest = t
                    .split_once(char::is_whitespace)
                    .map_or("", |(_, r)| r.trim())
                    .to_ascii_lowercase();
                matches!(rest.as_str(), "" | "timezone" | "time zone" | "time")
                    .then_some(z)
                    .filter(|_| t.split_whitespace().count() <= 3)
            })
        });
    // the page's copyright line: "© 2024 Example", "Copyright 2019"
    static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:©|&copy;|&#169;|\(c\)|(?i:copyright))\s*(?:©\s*|&copy;\s*)?((?:19|20)[0-9][0-9])(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // (in a page's working text the sign may still be an entity)
    let page_year = ["©", "&copy;", "&#169;", "(c)", "opyright", "OPYRIGHT"]
        .iter()
        .any(|w| text.contains(w))
        .then(|| COPYRIGHT.captures(text))
        .flatten()
        .and_then(|c| c.get(1))
        .and_then(|m| m.as_str().parse().ok());
    when::Context {
        posted,
        today: hints.today,
        anchor_year,
        page_year,
        day_first,
        zone,
    }
}

/// Writes values into the record and their spans into the span map.
struct Writer<'a> {
    map: Option<&'a OffsetMap>,
    /// The working text the drafts' ranges point into (with `map`).
    text: &'a str,
    spans: BTreeMap<String, [usize; 2]>,
}

impl Writer<'_> {
    fn put(&mut self, ptr: String, v: &Val) -> String {
        if let Some(m) = self.map
            && !v.span.is_empty()
        {
            self.spans.insert(ptr, m.range(v.span.start, v.span.end));
        }
        v.text.clone()
    }

    fn opt(&mut self, ptr: String, v: &Option<Val>) -> Option<String> {
        v.as_ref().map(|v| self.put(ptr, v))
    }

    fn when(&mut self, ptr: &str, w: &Option<WhenDraft>) -> Option<When> {
        let w = w.as_ref()?;
        let mut out = w.resolved.when.clone();
        if out.date.is_none()
            && out.start_time.is_none()
            && out.end_date.is_none()
            && out.timezone.is_none()
        {
            return None;
        }
        // `when/text` is the phrase as written only when it was written in
        // one place. A text put together from several (a date line and a
        // time line: `29-Nov-94, 5:00 PM`; a program's first and last slot:
        // `9:00 … 17:00`) has no single source range: its range would cover
        // whatever lies between the pieces, so it gets no span.
        if let Some(m) = self.map
            && !w.span.is_empty()
            && out
                .text
                .as_deref()
                .is_some_and(|t| self.written_at(t, w.span.clone()))
        {
            self.spans
                .insert(format!("{ptr}/text"), m.range(w.span.start, w.span.end));
        }
        if out.text.as_deref() == Some("") {
            out.text = None;
        }
        Some(out)
    }

    /// True when the working text in `span`, cleaned, reads `value`.
    fn written_at(&self, value: &str, span: Range<usize>) -> bool {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        self.text.get(span.clone()).is_some()
            && words(&markup::clean(self.text, span, Mode::Inline).text) == words(value)
    }

    fn person(&mut self, ptr: &str, p: &PersonDraft) -> Person {
        let name = self.put(format!("{ptr}/name"), &p.name);
        // ("Lindqvist, Maren": the name as it is spoken, its span where it
        // is written)
        let name = people::uninverted(&name).unwrap_or(name);
        Person {
            name: Some(name),
            honorific: self.opt(format!("{ptr}/honorific"), &p.honorific),
            position: self.opt(format!("{ptr}/position"), &p.position),
            affiliation: self.opt(format!("{ptr}/affiliation"), &p.affiliation),
            bio: self.opt(format!("{ptr}/bio"), &p.bio),
            email: self.opt(format!("{ptr}/email"), &p.email),
            url: self.opt(format!("{ptr}/url"), &p.url),
        }
    }
}

fn location(w: &mut Writer, v: &Option<Val>) -> Option<Location> {
    let v = v.as_ref()?;
    let p = place::parts(&v.text);
    let part = |w: &mut Writer, name: &str, r: Option<Range<usize>>| -> Option<String> {
        let r = r?;
        let text = v.text.get(r.clone())?.to_string();
        // parts of a verbatim phrase map back only when the phrase is verbatim
        let span = if v.span.len() == v.text.len() {
            v.span.start + r.start..v.span.start + r.end
        } else {
            0..0
        };
        Some(w.put(format!("/event/location/{name}"), &Val { text, span }))
    };
    Some(Location {
        text: Some(w.put("/event/location/text".into(), v)),
        room: part(w, "room", p.room),
        building: part(w, "building", p.building),
        institution: part(w, "institution", p.institution),
        city: part(w, "city", p.city),
        region: part(w, "region", p.region),
        country: part(w, "country", p.country),
    })
}

fn build(
    source: Source,
    ev: &EventDraft,
    talks: &[TalkDraft],
    warnings: Vec<String>,
    map: Option<(&OffsetMap, &str)>,
) -> Record {
    let mut w = Writer {
        map: map.map(|(m, _)| m),
        text: map.map_or("", |(_, t)| t),
        spans: BTreeMap::new(),
    };
    let event = Event {
        title: w.opt("/event/title".into(), &ev.title),
        kind: ev.kind,
        series: w.opt("/event/series".into(), &ev.series),
        when: w.when("/event/when", &ev.when),
        location: location(&mut w, &ev.location),
        attendance: ev.attendance,
        organizers: ev
            .organizers
            .iter()
            .enumerate()
            .map(|(k, v)| w.put(format!("/event/organizers/{k}"), v))
            .collect(),
        registration: Registration {
            required: ev.registration_required,
            url: w.opt("/event/registration/url".into(), &ev.registration_url),
        },
        urls: ev
            .urls
            .iter()
            .enumerate()
            .map(|(k, v)| w.put(format!("/event/urls/{k}"), v))
            .collect(),
    };
    let talks = talks
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let base = format!("/talks/{k}");
            Talk {
                title: w.opt(format!("{base}/title"), &t.title),
                kind: t.kind,
                when: w.when(&format!("{base}/when"), &t.when),
                speakers: t
                    .speakers
                    .iter()
                    .enumerate()
                    .map(|(j, p)| w.person(&format!("{base}/speakers/{j}"), p))
                    .collect(),
                hosts: t
                    .hosts
                    .iter()
                    .enumerate()
                    .map(|(j, p)| w.person(&format!("{base}/hosts/{j}"), p))
                    .collect(),
                abstract_: w.opt(format!("{base}/abstract"), &t.abstract_),
                references: t
                    .references
                    .iter()
                    .enumerate()
                    .map(|(j, v)| w.put(format!("{base}/references/{j}"), v))
                    .collect(),
            }
        })
        .collect();
    Record {
        schema_version: SCHEMA_VERSION,
        source,
        event,
        talks,
        warnings,
        spans: map.map(|_| w.spans),
    }
}
