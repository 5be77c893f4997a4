//! When: time expressions → the `when` object of the record.
//!
//! Three steps, each testable alone:
//! 1. [`grammar`]: nom parsers for the atoms of a time expression: dates
//!    (`Monday, March 13, 2017`, `7-Oct-94`, `13-14 Dec 2019`), clock times and
//!    ranges (`3:30 - 5:00 PM`, `11am-12pm`, `15h30`, `noon`), zones (`PT`,
//!    `UTC+1`, `Eastern Time`), weekdays.
//! 2. [`scan`]: finds atoms at word starts in a piece of text and joins
//!    neighbours separated only by connectors (`,`, `-`, `at`, `from`, `(`)
//!    into [`Expr`]essions.
//! 3. [`resolve`]: turns an expression into normalized values, applying the
//!    rules below, and says what it had to guess in warnings.
//!
//! The rules:
//! - **Meridiem.** A stated am/pm wins. In a range, the end's meridiem carries
//!   back to the start when that keeps the start before the end
//!   (`3:30 - 5:00 PM` → 15:30–17:00), otherwise the start is morning
//!   (`11:30 - 1:00 PM` → 11:30–13:00); a start's meridiem carries forward to a
//!   bare end. A time written without am/pm and without a 24-hour clue
//!   (`3:30`) is read the way talks are scheduled: hours 1–6 are afternoon
//!   (a talk at `3:30` is at 15:30), 7–11 morning, 12 noon. A 24-hour clue is
//!   an hour over 12, a leading zero (`09:00`), `15h30` or `1930`.
//! - **Years.** Two-digit years are expanded (00–49 → 20xx, 50–99 → 19xx). A
//!   missing year is inferred only when certain: from the posting date (the
//!   date falls within a month before to eleven months after it); else from a
//!   weekday, when exactly one year in the ten years before the reference day
//!   (and six months after) puts that weekday on that date; else from the one
//!   year the document's other dates or title give. Each inference adds a
//!   warning. A weekday that contradicts an explicit date adds a warning.
//! - **Days named from the posting date.** `today`, `tomorrow`, a weekday
//!   with a time (`Friday at 2pm`), `this`/`next Friday` and `Wednesday the
//!   14th` are counted from the posting date, when there is one: a weekday is
//!   the first such day on or after it (`next` on the same weekday is a week
//!   on), a weekday with a day of the month the first day within two months
//!   that has both. `every Friday` and `Fridays` recur and name no date. The
//!   result is marked [`Resolved::relative`], so that a date written out
//!   elsewhere in the document wins over it.
//! - **Numeric dates.** `7.11.1994` is day.month; `27-02-2021` and `11/7/94`
//!   are decided by a number over 12, else by the order the document's other
//!   numeric dates show, else read as US month/day with a warning.
//! - **Zones.** A stated zone becomes an IANA name (daylight saving decided by
//!   the date through jiff's bundled database) or a fixed offset (`UTC+1` →
//!   `+01:00`); with date and time it gives `start_utc`.

pub mod grammar;

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

use jiff::civil;
use jiff::tz::{Offset, TimeZone};

use crate::record::When;
pub use grammar::{Clock, DateAtom, DatePart, Meridiem, TimeAtom, ZoneAtom};

/// One atom found in text.
#[derive(Clone, Debug, PartialEq)]
enum Atom {
    Date(DateAtom),
    Time(TimeAtom),
    Zone(ZoneAtom),
    /// A weekday, and the word before it.
    Weekday(u8, Lead),
    /// `Wednesday the 14th`.
    WeekdayDay(u8, u8),
    /// `today` (0), `tomorrow` (1).
    Days(u8),
}

/// The word before a weekday that says which one is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// `Friday`, `on Friday`.
    Bare,
    /// `this Friday`, `this coming Friday`.
    This,
    /// `next Friday`.
    Next,
    /// `every Friday`, `each Friday`: a recurring day, no date.
    Every,
}

/// A day named relative to the posting date rather than written out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// `today`, `tonight` (0), `tomorrow` (1): days after the posting date.
    Days(u8),
    /// `Friday`, `this Friday`, `next Friday` (0 = Monday).
    Weekday(u8, Lead),
    /// `Wednesday the 14th`: the weekday and the day of the month.
    WeekdayDay(u8, u8),
}

/// A time expression: the atoms that stood together, and where.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expr {
    /// Byte range in the scanned text.
    pub range: Range<usize>,
    /// The date (or first date of a range).
    pub date: Option<DatePart>,
    /// The last date of a range.
    pub end_date: Option<DatePart>,
    /// The time or time range.
    pub time: Option<TimeAtom>,
    /// The stated zone.
    pub zone: Option<ZoneAtom>,
    /// A day named relative to the posting date, when no date is written.
    pub relative: Option<Relative>,
}

impl Expr {
    /// True when the expression has a date.
    pub fn has_date(&self) -> bool {
        self.date.is_some()
    }
    /// True when the expression has a time.
    pub fn has_time(&self) -> bool {
        self.time.is_some()
    }
    /// True when the expression says something worth keeping: a date, a
    /// time, or a relative day that cannot be a mere mention of a weekday
    /// (`this Friday`, `Wednesday the 14th`; not `Friday` or `today` alone).
    fn is_worth_keeping(&self) -> bool {
        self.date.is_some()
            || self.time.is_some()
            || matches!(
                self.relative,
                Some(Relative::WeekdayDay(..) | Relative::Weekday(_, Lead::This | Lead::Next))
            )
    }
}

/// What the word before position `at` of `text` says about a weekday there.
fn lead_before(text: &str, at: usize) -> Lead {
    let before = text.get(..at).unwrap_or("").trim_end();
    let mut words = before.rsplit(|c: char| !c.is_alphanumeric());
    let last = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let is = |w: &str, name: &str| w.eq_ignore_ascii_case(name);
    if is(last, "every") || is(last, "each") || is(last, "other") || is(last, "alternate") {
        Lead::Every
    } else if is(last, "next") {
        Lead::Next
    } else if is(last, "this") || (is(last, "coming") && is(second, "this")) {
        Lead::This
    } else {
        Lead::Bare
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Finds the atoms of `text`, in order.
fn atoms(text: &str) -> Vec<(Range<usize>, Atom)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let at_start = c.is_alphanumeric() && !prev.is_some_and(is_word_char);
        if at_start {
            let rest = &text[i..];
            let found = if c.is_ascii_digit() {
                grammar::date(rest)
                    .map(|(r, a)| (r, Atom::Date(a)))
                    .or_else(|_| grammar::time_range(rest).map(|(r, a)| (r, Atom::Time(a))))
                    .ok()
            } else {
                // most words are not dates: look the word up before parsing
                match grammar::word_class(rest) {
                    grammar::WordClass::DateWord => grammar::date(rest)
                        .map(|(r, a)| (r, Atom::Date(a)))
                        .or_else(|_| {
                            grammar::weekday_day(rest)
                                .map(|(r, (w, d))| (r, Atom::WeekdayDay(w, d)))
                        })
                        .or_else(|_| {
                            grammar::weekday(rest)
                                .map(|(r, d)| (r, Atom::Weekday(d, lead_before(text, i))))
                        })
                        .or_else(|_| grammar::relative_day(rest).map(|(r, n)| (r, Atom::Days(n))))
                        .ok(),
                    grammar::WordClass::TimeWord => grammar::time_range(rest)
                        .map(|(r, a)| (r, Atom::Time(a)))
                        .ok(),
                    grammar::WordClass::ZoneWord => {
                        grammar::zone(rest).map(|(r, z)| (r, Atom::Zone(z))).ok()
                    }
                    grammar::WordClass::Other => None,
                }
            };
            if let Some((r, atom)) = found {
                let len = rest.len() - r.len();
                // trailing spaces/dots consumed by a parser are not part of the atom
                let used = rest[..len].trim_end_matches([' ', '\t', ',']).len();
                if used > 0 {
                    out.push((i..i + used, atom));
                    i += used;
                    prev = text[..i].chars().next_back();
                    continue;
                }
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// Words that may stand between the atoms of one expression.
const CONNECTORS: &[&str] = &[
    "at",
    "from",
    "on",
    "the",
    "of",
    "starting",
    "beginning",
    "begins",
    "start",
    "starts",
    "between",
    "and",
    "to",
    "until",
    "till",
    "til",
    "through",
    "thru",
    "time",
    "hrs",
    "hours",
    "h",
    "o'clock",
    "sharp",
    "am",
    "pm",
    "local",
    // French, German, Spanish, Italian: "le 26 septembre à 14h00", "um 16:15 Uhr"
    "à",
    "a",
    "às",
    "das",
    "um",
    "ab",
    "las",
    "alle",
    "ore",
    "uhr",
    "uur",
    "le",
    // a range's word between two dates: "12. Juni bis 13. Juni", "du 12
    // au 13 juin", "del 12 al 13 de junio", "van 12 tot 13 juni"
    "bis",
    "au",
    "al",
    "tot",
];

/// Weekdays in French, German, Spanish, Italian, Dutch, Portuguese and
/// Swedish (lower case, without the accents' variants folded): they may
/// stand between the dates of a range ("12. Juni bis Freitag, 13. Juni").
const FOREIGN_WEEKDAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "lunedi",
    "martedì",
    "martedi",
    "mercoledì",
    "mercoledi",
    "giovedì",
    "giovedi",
    "venerdì",
    "venerdi",
    "sabato",
    "domenica",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
];

/// The length of a weekday in another language opening `text`, with the
/// comma and spaces after it (`Donnerstag, `, `jeudi `), or 0: the date
/// expressions start after it.
pub fn foreign_weekday_lead(text: &str) -> usize {
    let word = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .next()
        .unwrap_or("");
    if word.is_empty() || !is_foreign_weekday(word) {
        return 0;
    }
    let rest = &text[word.len()..];
    word.len() + (rest.len() - rest.trim_start_matches([',', '.', ' ', '\t']).len())
}

/// True when expression `e` opens `text`, perhaps after a weekday in
/// another language (`Donnerstag, 12.06.2025`).
pub fn opens(e: &Expr, text: &str) -> bool {
    e.range.start == 0 || e.range.start == foreign_weekday_lead(text)
}

/// True when `w` is a weekday's name in one of [`FOREIGN_WEEKDAYS`].
fn is_foreign_weekday(w: &str) -> bool {
    w.len() <= 14 && FOREIGN_WEEKDAYS.contains(&w.to_lowercase().as_str())
}

/// True when `gap` holds only punctuation, spaces and connector words.
fn is_connector(gap: &str) -> bool {
    if gap.len() > 24 {
        return false;
    }
    gap.split(|c: char| c.is_whitespace() || ",;:-–—|/()[]@.*•·".contains(c))
        .filter(|w| !w.is_empty())
        .all(|w| CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w)) || is_foreign_weekday(w))
}

/// True when `gap` opens a bracket naming the local time before the zone
/// itself: `(horário de Brasília, UTC-3)`, `(Brasília time, UTC−3)`,
/// `(hora de Madrid, CET)`, `(heure de Paris, UTC+1)`.
fn is_local_time_note(gap: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:h|hrs?|horas|uhr)?\s*\(\s*(?:(?:horário|horario|hora|heure|ora|time|zeit|local time)\s+(?:de|del|de la|di|da|do|in|of)\s+[\p{Latin}.-]+(?:\s+[\p{Latin}.-]+)*|\p{Latin}[\p{Latin}.-]*(?:\s+\p{Latin}[\p{Latin}.-]*)?\s+(?:local\s+)?time|local time|ortszeit|heure locale|hora local|ora locale)\s*[,;/]\s*$")
            .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
    });
    gap.len() <= 40 && gap.contains('(') && NOTE.is_match(gap)
}

/// True when `gap` joins two dates into a range.
fn is_range_gap(gap: &str) -> bool {
    // (the second date's weekday aside: "bis Freitag,")
    let g = gap.trim().trim_matches(',').trim();
    let g = match g.rsplit_once(' ') {
        Some((head, last)) if is_foreign_weekday(last.trim_end_matches(',')) => {
            head.trim().trim_matches(',').trim()
        }
        _ => g,
    };
    matches!(g, "-" | "–" | "—" | "--")
        || [
            "to", "through", "thru", "until", "till", "-", "–", "bis", "au", "al", "tot", "a",
        ]
        .iter()
        .any(|w| g.eq_ignore_ascii_case(w))
}

/// The zone that opens `text` (`CEST`, `Eastern Time`, `UTC+1`), markup
/// and an article aside: the zone a document says all its times are in.
pub fn leading_zone(text: &str) -> Option<ZoneAtom> {
    let t = text
        .trim_start_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
        .trim_start_matches("the ");
    grammar::zone(t).ok().map(|(_, z)| z)
}

/// Finds the time expressions of `text`, in order.
pub fn scan(text: &str) -> Vec<Expr> {
    let atoms = atoms(text);
    let mut out: Vec<Expr> = Vec::new();
    let mut cur: Option<Expr> = None;
    for (range, atom) in atoms {
        if let Some(e) = cur.as_mut() {
            let gap = text.get(e.range.end..range.start).unwrap_or("x");
            let joins =
                is_connector(gap) || (matches!(atom, Atom::Zone(_)) && is_local_time_note(gap));
            if joins && absorb(e, &atom, gap) {
                e.range.end = range.end;
                continue;
            }
        }
        if let Some(e) = cur.take()
            && e.is_worth_keeping()
        {
            out.push(e);
        }
        let relative = |relative| {
            Some(Expr {
                range: range.clone(),
                relative: Some(relative),
                ..Expr::default()
            })
        };
        cur = match atom {
            Atom::Date(d) => Some(Expr {
                range,
                date: Some(d.start),
                end_date: d.end,
                ..Expr::default()
            }),
            Atom::Time(t) => Some(Expr {
                range,
                time: Some(t),
                ..Expr::default()
            }),
            // a zone starts nothing by itself, nor does a recurring weekday
            Atom::Zone(_) | Atom::Weekday(_, Lead::Every) => None,
            Atom::Weekday(w, lead) => relative(Relative::Weekday(w, lead)),
            Atom::WeekdayDay(w, d) => relative(Relative::WeekdayDay(w, d)),
            Atom::Days(n) => relative(Relative::Days(n)),
        };
    }
    if let Some(e) = cur
        && e.is_worth_keeping()
    {
        out.push(e);
    }
    out
}

/// Adds `atom` to expression `e` if it fits there.
fn absorb(e: &mut Expr, atom: &Atom, gap: &str) -> bool {
    match atom {
        Atom::Date(d) => {
            if e.date.is_none() {
                let mut start = d.start;
                // "Friday, 3 March": the written date replaces the weekday
                if let Some(Relative::Weekday(w, _)) = e.relative.take()
                    && start.weekday.is_none()
                {
                    start.weekday = Some(w);
                }
                e.date = Some(start);
                e.end_date = d.end;
                return true;
            }
            if e.end_date.is_none() && is_range_gap(gap) && e.time.is_none() {
                e.end_date = Some(d.end.unwrap_or(d.start));
                return true;
            }
            false
        }
        Atom::Time(t) => {
            if e.time.is_none() {
                e.time = Some(*t);
                return true;
            }
            false
        }
        Atom::Zone(z) => {
            if e.zone.is_none() && e.time.is_some() {
                e.zone = Some(z.clone());
                return true;
            }
            false
        }
        Atom::Weekday(w, lead) => match e.date.as_mut() {
            Some(d) if d.weekday.is_none() => {
                d.weekday = Some(*w);
                true
            }
            None if e.relative.is_none() && *lead != Lead::Every => {
                e.relative = Some(Relative::Weekday(*w, *lead));
                true
            }
            _ => false,
        },
        Atom::WeekdayDay(w, d) if e.date.is_none() && e.relative.is_none() => {
            e.relative = Some(Relative::WeekdayDay(*w, *d));
            true
        }
        Atom::Days(n) if e.date.is_none() && e.relative.is_none() => {
            e.relative = Some(Relative::Days(*n));
            true
        }
        Atom::WeekdayDay(..) | Atom::Days(_) => false,
    }
}

/// The day a relative expression names, counted from the posting date.
fn resolve_relative(r: Relative, posted: civil::Date) -> Option<civil::Date> {
    let day = |n: i64| posted.checked_add(jiff::Span::new().days(n)).ok();
    match r {
        Relative::Days(n) => day(i64::from(n)),
        Relative::Weekday(w, lead) => {
            let ahead = (i64::from(w) - i64::from(weekday_index(posted))).rem_euclid(7);
            // "next Friday" on a Friday is a week on; the others may be the same day
            let ahead = if ahead == 0 && lead == Lead::Next {
                7
            } else {
                ahead
            };
            day(ahead)
        }
        Relative::WeekdayDay(w, d) => (-7..=62)
            .filter_map(day)
            .find(|c| c.day() == d as i8 && weekday_index(*c) == w),
    }
}

/// What the resolver may lean on besides the expression itself.
#[derive(Clone, Debug)]
pub struct Context {
    /// The posting date of the document (mail header, `PostedBy:` line).
    pub posted: Option<civil::Date>,
    /// The day taken as "now" for weekday-based year inference.
    pub today: civil::Date,
    /// The one year the document's other dates or title give.
    pub anchor_year: Option<i16>,
    /// The year of the page's copyright line (`© 2024`): a weekday that
    /// agrees with it settles a date written without its year.
    pub page_year: Option<i16>,
    /// The day/month order the document's unambiguous numeric dates show.
    pub day_first: Option<bool>,
    /// The zone the document says all its times are in ("All times are CEST").
    pub zone: Option<ZoneAtom>,
}

impl Default for Context {
    fn default() -> Context {
        Context {
            posted: None,
            today: civil::date(2026, 1, 1),
            anchor_year: None,
            page_year: None,
            day_first: None,
            zone: None,
        }
    }
}

/// A resolved expression: the `when` values and what had to be guessed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    /// The values.
    pub when: When,
    /// Doubts worth telling the user.
    pub warnings: Vec<String>,
    /// True when the date was counted from the posting date (`this
    /// Friday`): a written date elsewhere should win over it.
    pub relative: bool,
}

const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn weekday_index(d: civil::Date) -> u8 {
    d.weekday().to_monday_zero_offset() as u8
}

/// Fills in the year of `p` and checks its weekday.
fn resolve_date(
    p: DatePart,
    ctx: &Context,
    text: &str,
    warnings: &mut Vec<String>,
) -> Option<civil::Date> {
    let (month, day) = if p.ambiguous && ctx.day_first == Some(true) && p.day <= 12 {
        (p.day, p.month)
    } else {
        (p.month, p.day)
    };
    if p.ambiguous && ctx.day_first.is_none() {
        warnings.push(format!(
            "numeric date {text:?} read as month/day; the document does not show its order"
        ));
    }
    let make = |y: i16| civil::Date::new(y, month as i8, day as i8).ok();
    if let Some(y) = p.year {
        let d = make(y)?;
        if let Some(w) = p.weekday
            && weekday_index(d) != w
        {
            warnings.push(format!(
                "{text:?}: {d} is a {}, not a {}",
                WEEKDAY_NAMES[weekday_index(d) as usize],
                WEEKDAY_NAMES.get(w as usize).unwrap_or(&"?")
            ));
        }
        return Some(d);
    }
    // (a day outside the posting date's year round is read as if no
    // posting date were known)
    if let Some(posted) = ctx.posted
        && let (Ok(lo), Ok(hi)) = (
            posted.checked_sub(jiff::Span::new().days(31)),
            posted.checked_add(jiff::Span::new().days(335)),
        )
        && let Some(found) = (posted.year() - 1..=posted.year() + 1)
            .filter_map(make)
            .find(|d| *d >= lo && *d <= hi)
    {
        if let Some(w) = p.weekday
            && weekday_index(found) != w
        {
            warnings.push(format!(
                "{text:?}: year {} taken from the posting date, but {found} is a {}, not a {}",
                found.year(),
                WEEKDAY_NAMES[weekday_index(found) as usize],
                WEEKDAY_NAMES.get(w as usize).unwrap_or(&"?")
            ));
        } else {
            warnings.push(format!(
                "{text:?}: year {} inferred from the posting date",
                found.year()
            ));
        }
        return Some(found);
    }
    if let Some(w) = p.weekday {
        // the document's own year, when the weekday agrees with it
        if let Some(y) = ctx.anchor_year
            && let Some(d) = make(y)
            && weekday_index(d) == w
        {
            warnings.push(format!(
                "{text:?}: year {y} taken from the document's other dates or title, which the weekday confirms"
            ));
            return Some(d);
        }
        // (or the year of the page's copyright line)
        if let Some(y) = ctx.page_year
            && let Some(d) = make(y)
            && weekday_index(d) == w
        {
            warnings.push(format!(
                "{text:?}: year {y} taken from the page's copyright line, which the weekday confirms"
            ));
            return Some(d);
        }
        let lo = ctx.today.checked_sub(jiff::Span::new().years(10)).ok()?;
        let hi = ctx.today.checked_add(jiff::Span::new().months(6)).ok()?;
        let hits: Vec<civil::Date> = (lo.year()..=hi.year())
            .filter_map(make)
            .filter(|d| *d >= lo && *d <= hi && weekday_index(*d) == w)
            .collect();
        if let [only] = hits.as_slice() {
            warnings.push(format!(
                "{text:?}: year {} inferred from the weekday (the only match in {}–{})",
                only.year(),
                lo.year(),
                hi.year()
            ));
            return Some(*only);
        }
        return None;
    }
    if let Some(y) = ctx.anchor_year {
        let d = make(y)?;
        warnings.push(format!(
            "{text:?}: year {y} taken from the document's other dates or title"
        ));
        return Some(d);
    }
    None
}

fn to24(hour: u8, m: Meridiem) -> u8 {
    match (m, hour) {
        (Meridiem::Am, 12) => 0,
        (Meridiem::Am, h) => h,
        (Meridiem::Pm, 12) => 12,
        (Meridiem::Pm, h) => h + 12,
    }
}

/// A clock time without meridiem or 24-hour clue, read as a talk time.
fn talk_hour(hour: u8) -> u8 {
    match hour {
        1..=6 => hour + 12,
        h => h,
    }
}

/// Start and end as (hour, minute) on a 24-hour clock. See the module docs.
pub fn resolve_times(t: &TimeAtom) -> ((u8, u8), Option<(u8, u8)>) {
    let s = t.start;
    let Some(e) = t.end else {
        let h = match s.meridiem {
            Some(m) => to24(s.hour, m),
            None if s.clock24 => s.hour % 24,
            None => talk_hour(s.hour),
        };
        return ((h, s.minute), None);
    };
    let e_h = match e.meridiem {
        Some(m) => Some(to24(e.hour, m)),
        None if e.clock24 => Some(e.hour % 24),
        None => None,
    };
    let s_h = match (s.meridiem, e.meridiem) {
        (Some(m), _) => to24(s.hour, m),
        (None, _) if s.clock24 => s.hour % 24,
        (None, Some(m)) => {
            let pm = to24(s.hour, m);
            let end = e_h.unwrap_or(24);
            if (pm, s.minute) <= (end, e.minute) {
                pm
            } else {
                to24(s.hour, Meridiem::Am)
            }
        }
        (None, None) => talk_hour(s.hour),
    };
    let e_h = match e_h {
        Some(h) => h,
        None => {
            // the smallest reading of the end that is not before the start
            let a = e.hour % 12;
            let candidates = [a, a + 12];
            candidates
                .into_iter()
                .find(|&h| (h, e.minute) > (s_h, s.minute))
                .unwrap_or(e.hour % 24)
        }
    };
    ((s_h, s.minute), Some((e_h, e.minute)))
}

fn fmt_date(d: civil::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn fmt_time((h, m): (u8, u8)) -> String {
    format!("{h:02}:{m:02}")
}

/// The zone's record value (`America/Los_Angeles`, `+01:00`) and its jiff zone.
pub fn zone_value(z: &ZoneAtom) -> (String, Option<TimeZone>) {
    match z {
        ZoneAtom::Iana(name) => (name.to_string(), TimeZone::get(name).ok()),
        ZoneAtom::Fixed(minutes) => {
            let tz = Offset::from_seconds(i32::from(*minutes) * 60)
                .ok()
                .map(TimeZone::fixed);
            if *minutes == 0 {
                ("UTC".to_string(), tz)
            } else {
                let sign = if *minutes < 0 { '-' } else { '+' };
                let a = minutes.unsigned_abs();
                (format!("{sign}{:02}:{:02}", a / 60, a % 60), tz)
            }
        }
    }
}

/// Recomputes `start`, `end` and `start_utc` from `date`, `end_date`,
/// `start_time`, `end_time` and `timezone` (after one of them was filled in
/// from elsewhere in the document).
pub fn stamp(w: &mut When) {
    let parse_date = |s: &Option<String>| s.as_deref().and_then(|d| d.parse::<civil::Date>().ok());
    let parse_time = |s: &Option<String>| {
        s.as_deref().and_then(|t| {
            let (h, m) = t.split_once(':')?;
            Some((h.parse::<u8>().ok()?, m.parse::<u8>().ok()?))
        })
    };
    let date = parse_date(&w.date);
    let end_date = parse_date(&w.end_date);
    let (st, et) = (parse_time(&w.start_time), parse_time(&w.end_time));
    w.start = None;
    w.end = None;
    w.start_utc = None;
    let Some(d) = date else { return };
    w.start = Some(match st {
        Some(s) => format!("{}T{}", fmt_date(d), fmt_time(s)),
        None => fmt_date(d),
    });
    w.end = match (et, end_date) {
        (Some(e), ed) => {
            let day = match (ed, st) {
                (Some(ed), _) => ed,
                (None, Some(s)) if e < s => d.tomorrow().unwrap_or(d),
                _ => d,
            };
            Some(format!("{}T{}", fmt_date(day), fmt_time(e)))
        }
        (None, Some(ed)) => Some(fmt_date(ed)),
        _ => None,
    };
    if let (Some(s), Some(zone)) = (st, w.timezone.as_deref()) {
        let tz = zone_by_value(zone);
        if let Some(tz) = tz
            && let Ok(z) = d.at(s.0 as i8, s.1 as i8, 0, 0).to_zoned(tz)
        {
            w.start_utc = Some(z.timestamp().strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
        }
    }
}

/// The jiff zone of a record's `timezone` value (`America/New_York`, `+01:00`, `UTC`).
fn zone_by_value(v: &str) -> Option<TimeZone> {
    if let Some(rest) = v.strip_prefix(['+', '-']) {
        let sign = if v.starts_with('-') { -1 } else { 1 };
        let (h, m) = rest.split_once(':')?;
        let secs = sign * (h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60);
        return Offset::from_seconds(secs).ok().map(TimeZone::fixed);
    }
    if v == "UTC" {
        return Some(TimeZone::UTC);
    }
    TimeZone::get(v).ok()
}

/// Resolves an expression found in `text` into `when` values.
pub fn resolve(e: &Expr, text: &str, ctx: &Context) -> Resolved {
    let mut warnings = Vec::new();
    let phrase = text.get(e.range.clone()).unwrap_or("").trim().to_string();
    let date = e
        .date
        .and_then(|p| resolve_date(p, ctx, &phrase, &mut warnings));
    let mut end_date = e.end_date.and_then(|p| {
        // a range's end shares the start's year when it has none
        let mut p = p;
        if p.year.is_none() {
            p.year = e
                .date
                .and_then(|s| s.year)
                .or_else(|| date.map(|d| d.year()));
        }
        resolve_date(p, ctx, &phrase, &mut Vec::new())
    });
    let mut date = date;
    let mut relative = false;
    if date.is_none()
        && e.date.is_none()
        && let (Some(r), Some(posted)) = (e.relative, ctx.posted)
        && let Some(d) = resolve_relative(r, posted)
    {
        warnings.push(format!(
            "{phrase:?}: read as {d}, counted from the posting date {posted}"
        ));
        date = Some(d);
        relative = true;
    }
    // "Dec 30 - Jan 2, 2020": the start takes the end's year (or the one before)
    if let (Some(s), Some(en)) = (e.date, e.end_date)
        && s.year.is_none()
        && let Some(ey) = en.year
    {
        let y = if (s.month, s.day) > (en.month, en.day) {
            ey - 1
        } else {
            ey
        };
        date = civil::Date::new(y, s.month as i8, s.day as i8)
            .ok()
            .or(date);
        warnings.retain(|w| !w.contains("inferred") && !w.contains("taken from"));
    }
    if let (Some(s), Some(en)) = (date, end_date)
        && en < s
    {
        end_date = civil::Date::new(en.year() + 1, en.month(), en.day()).ok();
    }
    let times = e.time.as_ref().map(resolve_times);
    let mut when = When {
        date: date.map(fmt_date),
        end_date: end_date.map(fmt_date),
        start_time: times.map(|(s, _)| fmt_time(s)),
        end_time: times.and_then(|(_, e)| e.map(fmt_time)),
        text: Some(phrase),
        ..When::default()
    };
    // a time without its own zone takes the one the document gives all times
    let zone = e
        .zone
        .as_ref()
        .or(ctx.zone.as_ref().filter(|_| e.time.is_some()))
        .map(zone_value);
    if let Some((name, _)) = &zone {
        when.timezone = Some(name.clone());
    }
    stamp(&mut when);
    Resolved {
        when,
        warnings,
        relative,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, ctx: &Context) -> When {
        scan(text)
            .first()
            .map(|e| resolve(e, text, ctx).when)
            .unwrap_or_default()
    }

    #[test]
    fn fixture_expressions() {
        let ctx = Context::default();
        let w = one("Monday, March 13, 2017 - 10:00am", &ctx);
        assert_eq!(w.start.as_deref(), Some("2017-03-13T10:00"));
        let w = one("Wed, May 19, 2021, 10:30 am to 11:30 am", &ctx);
        assert_eq!(
            (w.start.as_deref(), w.end.as_deref()),
            (Some("2021-05-19T10:30"), Some("2021-05-19T11:30"))
        );
        let w = one("September 29, 2020, 11am-12pm PT", &ctx);
        assert_eq!(w.timezone.as_deref(), Some("America/Los_Angeles"));
        assert_eq!(w.start_utc.as_deref(), Some("2020-09-29T18:00:00Z"));
        assert_eq!(w.text.as_deref(), Some("September 29, 2020, 11am-12pm PT"));
    }

    #[test]
    fn meridiem_rules() {
        let t = |s: &str| {
            let e = scan(s);
            e.first().and_then(|e| e.time).map(|t| resolve_times(&t))
        };
        assert_eq!(t("3:30 - 5:00 PM"), Some(((15, 30), Some((17, 0)))));
        assert_eq!(t("12:30 - 2:00 PM"), Some(((12, 30), Some((14, 0)))));
        assert_eq!(t("11:30 - 1:00 PM"), Some(((11, 30), Some((13, 0)))));
        assert_eq!(t("11:30 - 1:00"), Some(((11, 30), Some((13, 0)))));
        assert_eq!(t("1:30-3:00"), Some(((13, 30), Some((15, 0)))));
        assert_eq!(t("3:30"), Some(((15, 30), None)));
        assert_eq!(t("9:00 - 9:10"), Some(((9, 0), Some((9, 10)))));
        assert_eq!(t("from 2 until 4pm"), Some(((14, 0), Some((16, 0)))));
        assert_eq!(t("19:00--01:00"), Some(((19, 0), Some((1, 0)))));
        assert_eq!(t("12 noon"), Some(((12, 0), None)));
    }

    #[test]
    fn a_document_wide_zone_applies_to_times_without_one() {
        let ctx = Context {
            zone: leading_zone("**CEST**."),
            ..Context::default()
        };
        let w = one("Tuesday 10 September 2024, 09:15–10:15", &ctx);
        assert_eq!(w.timezone.as_deref(), Some("Europe/Paris"));
        assert_eq!(w.start_utc.as_deref(), Some("2024-09-10T07:15:00Z"));
        // a date alone takes no zone
        assert_eq!(one("10 September 2024", &ctx).timezone, None);
        assert!(leading_zone("the speakers").is_none());
    }

    #[test]
    fn year_inference() {
        let posted = Context {
            posted: civil::Date::new(1988, 3, 3).ok(),
            ..Context::default()
        };
        assert_eq!(
            one("Thursday, March 10", &posted).date.as_deref(),
            Some("1988-03-10")
        );
        let page = Context {
            page_year: Some(2024),
            today: civil::date(2026, 11, 22),
            ..Context::default()
        };
        assert_eq!(
            one("Saturday, April 13 · 2 - 3:30pm CDT", &page)
                .date
                .as_deref(),
            Some("2024-04-13")
        );
        let today = Context {
            today: civil::date(2026, 11, 22),
            ..Context::default()
        };
        assert_eq!(
            one("Thursday, October 28th at 4:30 pm", &today)
                .date
                .as_deref(),
            Some("2021-10-28")
        );
        assert_eq!(one("15:00 BST 26th April", &today).date, None);
    }

    #[test]
    fn weekday_mismatch_warns() {
        let text = "Tuesday, March 13, 2017";
        let e = scan(text);
        let r = e.first().map(|e| resolve(e, text, &Context::default()));
        assert_eq!(r.map(|r| r.warnings.len()), Some(1));
    }

    #[test]
    fn date_ranges_across_months_and_years() {
        let w = one("Dec 30, 2019 - Jan 2, 2020", &Context::default());
        assert_eq!(
            (w.date.as_deref(), w.end_date.as_deref()),
            (Some("2019-12-30"), Some("2020-01-02"))
        );
        let w = one("Dec 30 - Jan 2, 2020", &Context::default());
        assert_eq!(
            (w.date.as_deref(), w.end_date.as_deref()),
            (Some("2019-12-30"), Some("2020-01-02"))
        );
        let w = one("June 5-6, 2025", &Context::default());
        assert_eq!(
            (w.date.as_deref(), w.end_date.as_deref()),
            (Some("2025-06-05"), Some("2025-06-06"))
        );
    }

    #[test]
    fn date_ranges_in_other_languages() {
        let table = [
            (
                "Donnerstag, 12. Juni, bis Freitag, 13. Juni 2025",
                "2025-06-12",
                "2025-06-13",
            ),
            ("12.–13. Juni 2025", "2025-06-12", "2025-06-13"),
            ("vom 12. bis 13. Juni 2025", "2025-06-12", "2025-06-13"),
            ("du 12 au 13 juin 2025", "2025-06-12", "2025-06-13"),
            ("del 12 al 14 de junio de 2025", "2025-06-12", "2025-06-14"),
            ("van 3 tot 5 maart 2024", "2024-03-03", "2024-03-05"),
        ];
        for (text, start, end) in table {
            let w = one(text, &Context::default());
            assert_eq!(
                (w.date.as_deref(), w.end_date.as_deref()),
                (Some(start), Some(end)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_weekday_in_another_language_leads_a_date() {
        let table = [
            ("Donnerstag, 12.06.2025", 12),
            ("jeudi 3 octobre", 6),
            ("Freitag 13. Juni", 8),
            ("Thursday, 12 June", 0),
            ("Dongle, 12 June", 0),
        ];
        for (text, want) in table {
            assert_eq!(foreign_weekday_lead(text), want, "{text}");
        }
    }

    #[test]
    fn zones_and_utc() {
        let w = one("2019-07-01 10:00 CET", &Context::default());
        assert_eq!(w.timezone.as_deref(), Some("Europe/Paris"));
        assert_eq!(w.start_utc.as_deref(), Some("2019-07-01T08:00:00Z"));
        let w = one("March 2, 2020 10:00 UTC+1", &Context::default());
        assert_eq!(w.timezone.as_deref(), Some("+01:00"));
        assert_eq!(w.start_utc.as_deref(), Some("2020-03-02T09:00:00Z"));
    }

    #[test]
    fn separate_expressions_stay_separate() {
        let e = scan("3:30 - 5:00 PM (refreshments at 3:45 p.m.)");
        assert_eq!(e.len(), 2);
    }
}
