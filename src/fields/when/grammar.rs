//! The nom grammar of the pieces of a time expression ("atoms"): dates and
//! date ranges, clock times and time ranges, time zones, weekdays.
//!
//! Each parser reads from the start of its input and returns the atom with
//! the length it consumed; [`super::scan`] runs them at word starts and
//! combines neighbouring atoms. Parsers are case-insensitive except for zone
//! abbreviations, which are upper-case in real texts (`ET` but not `et al.`).

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n},
    character::complete::{char, one_of, space0, space1},
    combinator::{map, map_opt, not, opt, peek, recognize, value, verify},
    sequence::{preceded, terminated},
};

/// A calendar date as written: parts may be missing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DatePart {
    /// The year when written (two-digit years already expanded).
    pub year: Option<i16>,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
    /// 0 = Monday … 6 = Sunday, when written.
    pub weekday: Option<u8>,
    /// A numeric date whose day/month order could go either way (`11/7/94`),
    /// read here as month/day.
    pub ambiguous: bool,
}

/// A date atom: a date, possibly a range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateAtom {
    /// The (first) date.
    pub start: DatePart,
    /// The last day of a range written in one piece (`June 5-6, 2025`).
    pub end: Option<DatePart>,
}

/// am or pm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meridiem {
    /// Before noon.
    Am,
    /// After noon.
    Pm,
}

/// A clock time as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// 0–23 as written (12 with pm stays 12 here).
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
    /// When written.
    pub meridiem: Option<Meridiem>,
    /// True when the writing itself says 24-hour (`15h30`, `1930`, `09:00`, hour > 12).
    pub clock24: bool,
    /// True for a bare number with neither minutes nor meridiem (`2` in `from 2 until 4pm`).
    pub bare: bool,
    /// True when seconds were written (`22:01:32`): a timestamp, as mail headers
    /// give, rather than the time of an event.
    pub seconds: bool,
}

/// A time atom: one time or a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeAtom {
    /// Start.
    pub start: Clock,
    /// End of a range.
    pub end: Option<Clock>,
}

/// A time zone as stated: an IANA name or a fixed offset in minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZoneAtom {
    /// An IANA zone name (`America/Los_Angeles`).
    Iana(&'static str),
    /// A fixed offset from UTC in minutes.
    Fixed(i16),
}

type R<'a, T> = IResult<&'a str, T>;

fn not_alnum(i: &str) -> R<'_, ()> {
    not(peek(verify(
        nom::character::complete::anychar,
        |c: &char| c.is_alphanumeric(),
    )))
    .parse(i)
}

fn not_digit(i: &str) -> R<'_, ()> {
    not(peek(one_of("0123456789"))).parse(i)
}

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> R<'_, u32> {
    move |i| {
        map_opt(
            terminated(
                take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
                not_digit,
            ),
            |s: &str| s.parse().ok(),
        )
        .parse(i)
    }
}

const MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Month names of other languages, written after the day as those
/// languages write dates (`26 septembre 2024`, `5. November`, `3 de marzo`).
/// Only full names: many abbreviations are English words or names.
const FOREIGN_MONTHS: &[(&str, u8)] = &[
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // German and Dutch
    ("januar", 1),
    ("jänner", 1),
    ("januari", 1),
    ("februar", 2),
    ("februari", 2),
    ("märz", 3),
    ("maerz", 3),
    ("maart", 3),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("augustus", 8),
    ("oktober", 10),
    ("dezember", 12),
    // Spanish and Italian
    ("enero", 1),
    ("gennaio", 1),
    ("febrero", 2),
    ("febbraio", 2),
    ("marzo", 3),
    ("abril", 4),
    ("aprile", 4),
    ("mayo", 5),
    ("maggio", 5),
    ("junio", 6),
    ("giugno", 6),
    ("julio", 7),
    ("luglio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("settembre", 9),
    ("octubre", 10),
    ("ottobre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    // Swedish (and Danish, Norwegian)
    ("maj", 5),
    ("augusti", 8),
    // Polish, in the genitive a date takes ("12 listopada 2022")
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
];

/// A month's full name in French, German, Dutch, Spanish, Italian,
/// Portuguese, Swedish or Polish.
fn foreign_month(i: &str) -> R<'_, u8> {
    let end = i
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(i.len(), |(k, _)| k);
    let (word, rest) = i.split_at(end);
    if word.is_empty() || word.len() > 12 {
        return fail(i);
    }
    let lower = crate::fields::fold::Lower::new(word);
    let Some(m) = FOREIGN_MONTHS
        .iter()
        .find(|(name, _)| *name == lower.as_str())
        .map(|(_, m)| *m)
    else {
        return fail(i);
    };
    Ok((rest, m))
}

/// A month name or abbreviation (`March`, `Sept.`, `dec`).
pub fn month(i: &str) -> R<'_, u8> {
    let (word, rest) = alpha_word(i);
    let m = MONTHS
        .iter()
        .find(|(name, _)| name.len() == word.len() && name.eq_ignore_ascii_case(word))
        .map(|(_, m)| *m);
    let Some(m) = m else { return fail(i) };
    let (rest, _) = opt(char('.')).parse(rest)?;
    if not_alnum(rest).is_ok() || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok((rest, m));
    }
    fail(i)
}

/// What a word starting with a letter may begin, decided by looking it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordClass {
    /// A month or weekday name: a date may start here.
    DateWord,
    /// `noon`, `midnight`: a time may start here.
    TimeWord,
    /// A zone spelling's first word.
    ZoneWord,
    /// Nothing of a time expression.
    Other,
}

/// Classifies the word at the start of `i` (see [`WordClass`]).
pub fn word_class(i: &str) -> WordClass {
    let (w, rest) = alpha_word(i);
    if w.is_empty() || w.len() > 10 {
        return WordClass::Other;
    }
    // an IANA zone's area, its location after the slash ("Europe/Zurich")
    if rest.starts_with('/')
        && matches!(
            w,
            "Africa"
                | "America"
                | "Antarctica"
                | "Asia"
                | "Atlantic"
                | "Australia"
                | "Europe"
                | "Indian"
                | "Pacific"
        )
    {
        return WordClass::ZoneWord;
    }
    if w.len() > 9 {
        return WordClass::Other;
    }
    let mut buf = [0u8; 9];
    for (k, b) in w.bytes().enumerate() {
        buf[k] = b.to_ascii_lowercase();
    }
    // a `match` on bytes compiles to a decision on length and bytes: no search
    let class = match &buf[..w.len()] {
        b"jan" | b"january" | b"feb" | b"february" | b"mar" | b"march" | b"apr" | b"april"
        | b"may" | b"jun" | b"june" | b"jul" | b"july" | b"aug" | b"august" | b"sep" | b"sept"
        | b"september" | b"oct" | b"october" | b"nov" | b"november" | b"dec" | b"december"
        | b"mon" | b"monday" | b"tue" | b"tues" | b"tuesday" | b"wed" | b"weds" | b"wednesday"
        | b"thu" | b"thur" | b"thurs" | b"thursday" | b"fri" | b"friday" | b"sat" | b"saturday"
        | b"sun" | b"sunday" | b"today" | b"tonight" | b"tomorrow" => WordClass::DateWord,
        b"noon" | b"midnight" => WordClass::TimeWord,
        b"pacific" | b"eastern" | b"central" | b"mountain" | b"arizona" | b"british"
        | b"greenwich" | b"india" | b"japan" | b"pst" | b"pdt" | b"pt" | b"est" | b"edt"
        | b"et" | b"cst" | b"cdt" | b"ct" | b"mst" | b"mdt" | b"mt" | b"cest" | b"cet"
        | b"eest" | b"eet" | b"west" | b"wet" | b"bst" | b"ist" | b"jst" | b"kst" | b"aest"
        | b"aedt" | b"sgt" | b"hkt" | b"gmt" | b"utc" | b"z" | b"mez" | b"mesz" | b"heure" => {
            WordClass::ZoneWord
        }
        _ => WordClass::Other,
    };
    match class {
        // zone names are capitalized, but for "heure de Paris"
        WordClass::ZoneWord if !w.starts_with(|c: char| c.is_ascii_uppercase()) && w != "heure" => {
            WordClass::Other
        }
        c => c,
    }
}

/// The leading run of ASCII letters of `i` (at most 12), and the rest.
/// Month, weekday and zone names are looked up as whole words this way,
/// which is much cheaper than trying every name as a prefix.
fn alpha_word(i: &str) -> (&str, &str) {
    let n = i
        .bytes()
        .take(13)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if n > 12 || n == 0 {
        return ("", i);
    }
    i.split_at(n)
}

const WEEKDAYS: [(&str, u8); 19] = [
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    ("tues", 1),
    ("thurs", 3),
    ("thur", 3),
    ("weds", 2),
    ("mon", 0),
    ("tue", 1),
    ("wed", 2),
    ("thu", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
    ("th", 3),
];

/// A weekday name or abbreviation (`Monday`, `Wed`, `Thurs.`).
pub fn weekday(i: &str) -> R<'_, u8> {
    let (word, rest) = alpha_word(i);
    let d = WEEKDAYS
        .iter()
        .filter(|(name, _)| *name != "th")
        .find(|(name, _)| name.len() == word.len() && name.eq_ignore_ascii_case(word))
        .map(|(_, d)| *d);
    let Some(d) = d else { return fail(i) };
    let (rest, _) = opt(char('.')).parse(rest)?;
    if not_alnum(rest).is_ok() {
        return Ok((rest, d));
    }
    fail(i)
}

/// `Wednesday the 14th`, `Tues. 9th`: a weekday and a day of the month,
/// with the month left to the posting date. The day needs `the` or an
/// ordinal suffix, and no month may follow (that is a whole date).
pub fn weekday_day(i: &str) -> R<'_, (u8, u8)> {
    let (i, w) = weekday(i)?;
    let (i, _) = (opt(char(',')), space1).parse(i)?;
    let (i, the) = opt(terminated(tag_no_case("the"), space1)).parse(i)?;
    let (i, d) = map_opt(digits(1, 2), |d| {
        u8::try_from(d).ok().filter(|d| (1..=31).contains(d))
    })
    .parse(i)?;
    let (i, suffix) = opt(ordinal).parse(i)?;
    if the.is_none() && suffix.is_none() {
        return fail(i);
    }
    let (i, _) = not_alnum(i)?;
    // "Wednesday the 14th of March" / "Tuesday 9th May" are whole dates
    let after = i.trim_start_matches([' ', ',']);
    let after = after
        .strip_prefix("of ")
        .or_else(|| after.strip_prefix("de "))
        .unwrap_or(after);
    if month(after).is_ok() {
        return fail(i);
    }
    Ok((i, (w, d)))
}

/// `today`, `tomorrow`, `tonight`: a day relative to the posting date, as
/// the number of days after it.
pub fn relative_day(i: &str) -> R<'_, u8> {
    let (rest, n) = alt((
        value(0, tag_no_case("today")),
        value(0, tag_no_case("tonight")),
        value(1, tag_no_case("tomorrow")),
    ))
    .parse(i)?;
    let (rest, _) = not_alnum(rest)?;
    Ok((rest, n))
}

/// `Monday, ` / `Wed ` / `Thursday the `: a weekday leading a date.
fn weekday_prefix(i: &str) -> R<'_, u8> {
    terminated(
        weekday,
        (
            opt(char(',')),
            space1,
            opt(terminated(tag_no_case("the"), space1)),
        ),
    )
    .parse(i)
}

fn ordinal(i: &str) -> R<'_, &str> {
    terminated(
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
        not_alnum,
    )
    .parse(i)
}

/// A day of the month, 1–31, with an optional ordinal suffix.
fn day(i: &str) -> R<'_, u8> {
    map_opt(terminated(digits(1, 2), opt(ordinal)), |d| {
        u8::try_from(d).ok().filter(|d| (1..=31).contains(d))
    })
    .parse(i)
}

/// A four-digit year 1900–2099 (or `'94`).
fn year4(i: &str) -> R<'_, i16> {
    alt((
        map_opt(digits(4, 4), |y| {
            i16::try_from(y).ok().filter(|y| (1900..=2099).contains(y))
        }),
        map(preceded(one_of("'’"), digits(2, 2)), |y| {
            expand_year(y as i16)
        }),
    ))
    .parse(i)
}

/// Two-digit years: 00–49 → 2000s, 50–99 → 1900s.
pub fn expand_year(y: i16) -> i16 {
    match y {
        0..=49 => 2000 + y,
        50..=99 => 1900 + y,
        y => y,
    }
}

fn dash(i: &str) -> R<'_, &str> {
    delimited_space(alt((tag("--"), tag("-"), tag("–"), tag("—"))))(i)
}

fn delimited_space<'a, P>(mut p: P) -> impl FnMut(&'a str) -> R<'a, &'a str>
where
    P: Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>>,
{
    move |i| {
        let (i, _) = space0.parse(i)?;
        let (i, o) = p.parse(i)?;
        let (i, _) = space0.parse(i)?;
        Ok((i, o))
    }
}

/// `March 13, 2017`, `Dec. 13th`, `Oct.24 2022`, `June 5-6, 2025`,
/// `Wed Aug 3`, `Monday, March 13, 2017`.
fn month_first(i: &str) -> R<'_, DateAtom> {
    let (i, wd) = opt(weekday_prefix).parse(i)?;
    let (i, m) = month(i)?;
    let (i, _) = space0.parse(i)?;
    let (i, d) = day(i)?;
    let (i, end_day) = opt(preceded(dash, day)).parse(i)?;
    let (i, y) = opt(preceded((opt(char(',')), space0), year4)).parse(i)?;
    let start = DatePart {
        year: y,
        month: m,
        day: d,
        weekday: wd,
        ambiguous: false,
    };
    let end = end_day.map(|ed| DatePart {
        day: ed,
        weekday: None,
        ..start
    });
    Ok((i, DateAtom { start, end }))
}

/// `13 December 2019`, `Monday 3 April 2023`, `26th April`, `13-14 Dec 2019`,
/// `24th of October`.
fn day_first(i: &str) -> R<'_, DateAtom> {
    let (i, wd) = opt(weekday_prefix).parse(i)?;
    let (i, d) = day(i)?;
    // "13-14 Dec", "12.–13. Juni", "12 au 13 juin", "12 bis 13. Juni"
    let (i, end_day) = opt(preceded(
        alt((
            preceded(opt(char('.')), dash),
            recognize((
                opt(char('.')),
                space1,
                alt((
                    tag_no_case("bis"),
                    tag_no_case("au"),
                    tag_no_case("al"),
                    tag_no_case("tot"),
                )),
                space1,
            )),
        )),
        day,
    ))
    .parse(i)?;
    let (i, _) = alt((
        recognize((space1, alt((tag_no_case("of"), tag_no_case("de"))), space1)),
        recognize((opt(char('.')), space0)),
    ))
    .parse(i)?;
    let (i, m) = alt((month, foreign_month)).parse(i)?;
    let (i, y) = opt(preceded(
        (opt(char(',')), space0, opt((tag_no_case("de"), space1))),
        year4,
    ))
    .parse(i)?;
    let start = DatePart {
        year: y,
        month: m,
        day: d,
        weekday: wd,
        ambiguous: false,
    };
    let end = end_day.map(|ed| DatePart {
        day: ed,
        weekday: None,
        ..start
    });
    Ok((i, DateAtom { start, end }))
}

/// `7-Oct-94`, `29-Nov-1994`, `18-Mar-9` (a truncated year counts as none).
fn dmy_abbrev(i: &str) -> R<'_, DateAtom> {
    let (i, d) = day(i)?;
    let (i, _) = one_of("-/ ").parse(i)?;
    let (i, m) = month(i)?;
    let (i, _) = one_of("-/").parse(i)?;
    let (i, y) = alt((digits(4, 4), digits(1, 2))).parse(i)?;
    let year = match y {
        1900..=2099 => Some(y as i16),
        10..=99 => Some(expand_year(y as i16)),
        0..=9 => None,
        _ => return fail(i),
    };
    let start = DatePart {
        year,
        month: m,
        day: d,
        weekday: None,
        ambiguous: false,
    };
    Ok((i, DateAtom { start, end: None }))
}

fn fail<T>(i: &str) -> R<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `2019-12-13`, `2019/12/13`.
fn iso(i: &str) -> R<'_, DateAtom> {
    // "Mon 2026-10-05", "Tuesday, 2026-03-03"
    let (i, wd) = opt(weekday_prefix).parse(i)?;
    let (i, y) = digits(4, 4)(i)?;
    let (i, sep) = one_of("-/").parse(i)?;
    let (i, m) = digits(1, 2)(i)?;
    let (i, _) = char(sep).parse(i)?;
    let (i, d) = digits(1, 2)(i)?;
    let (i, _) = not_alnum(i)?;
    if !(1900..=2099).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return fail(i);
    }
    Ok((
        i,
        DateAtom {
            start: DatePart {
                year: Some(y as i16),
                month: m as u8,
                day: d as u8,
                weekday: wd,
                ambiguous: false,
            },
            end: None,
        },
    ))
}

/// `11/7/94`, `7.11.1994`, `27-02-2021`: day and month order decided by
/// the separator (dots are European), by a number over 12, or else read as
/// US month/day and marked ambiguous.
fn numeric(i: &str) -> R<'_, DateAtom> {
    let (i, a) = digits(1, 2)(i)?;
    let (i, sep) = one_of("/.-").parse(i)?;
    let (i, b) = digits(1, 2)(i)?;
    let (i, _) = char(sep).parse(i)?;
    let (i, y) = alt((digits(4, 4), digits(2, 2))).parse(i)?;
    let (i, _) = not_alnum(i)?;
    // a decimal like 3.5.2 is not a date: require a plausible year
    let year = if y >= 1000 {
        if !(1900..=2099).contains(&y) {
            return fail(i);
        }
        y as i16
    } else {
        expand_year(y as i16)
    };
    let (month, day, ambiguous) = if a > 12 {
        (b, a, false)
    } else if b > 12 {
        (a, b, false)
    } else if sep == '.' || (sep == '-' && y >= 1000) {
        (b, a, a != b)
    } else {
        (a, b, a != b)
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return fail(i);
    }
    Ok((
        i,
        DateAtom {
            start: DatePart {
                year: Some(year),
                month: month as u8,
                day: day as u8,
                weekday: None,
                ambiguous: ambiguous && sep != '.',
            },
            end: None,
        },
    ))
}

/// Any date atom.
pub fn date(i: &str) -> R<'_, DateAtom> {
    alt((
        iso,
        dmy_abbrev,
        numeric,
        month_first,
        day_first,
        month_day_slash,
    ))
    .parse(i)
}

/// `11/25`, `Wed 2/15`, `Monday, 4/26`: month/day without a year, US order.
/// Small fractions (`1/2`, `3/4`) are not dates.
fn month_day_slash(i: &str) -> R<'_, DateAtom> {
    let (i, wd) = opt(weekday_prefix).parse(i)?;
    let (i, m) = digits(1, 2)(i)?;
    let (i, _) = char('/').parse(i)?;
    let (i, d) = digits(1, 2)(i)?;
    // not the start of a full numeric date or a longer fraction
    let (i, _) = not(peek(one_of("/0123456789"))).parse(i)?;
    let (i, _) = not_alnum(i)?;
    let fraction = d <= 4 && m < d;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || (fraction && wd.is_none()) {
        return fail(i);
    }
    Ok((
        i,
        DateAtom {
            start: DatePart {
                year: None,
                month: m as u8,
                day: d as u8,
                weekday: wd,
                ambiguous: false,
            },
            end: None,
        },
    ))
}

fn meridiem(i: &str) -> R<'_, Meridiem> {
    terminated(
        alt((
            value(
                Meridiem::Am,
                alt((
                    tag_no_case("a.m."),
                    tag_no_case("a. m."),
                    tag_no_case("a.m"),
                    tag_no_case("am"),
                )),
            ),
            value(
                Meridiem::Pm,
                alt((
                    tag_no_case("p.m."),
                    tag_no_case("p. m."),
                    tag_no_case("p.m"),
                    tag_no_case("pm"),
                )),
            ),
        )),
        not_alnum,
    )
    .parse(i)
}

fn clock(
    hour: u32,
    minute: u32,
    meridiem: Option<Meridiem>,
    clock24: bool,
    bare: bool,
) -> Option<Clock> {
    let ok = match meridiem {
        Some(_) => (1..=12).contains(&hour),
        None => hour <= 24,
    } && minute <= 59;
    ok.then_some(Clock {
        hour: hour as u8,
        minute: minute as u8,
        meridiem,
        clock24: clock24 || (meridiem.is_none() && (hour > 12 || hour == 0)),
        bare,
        seconds: false,
    })
}

/// `10:00am`, `10:30 am`, `3:30 PM`, `15:30`, `4.30 p.m.`, `09:00`.
fn colon_time(i: &str) -> R<'_, Clock> {
    let (i, h_str) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, sep) = one_of(":.").parse(i)?;
    let (i, m) = digits(2, 2)(i)?;
    let (i, secs) = opt(preceded(char(':'), digits(2, 2))).parse(i)?;
    let (i, mer) = opt(preceded(space0, meridiem)).parse(i)?;
    let (i, _) = not_alnum(i)?;
    if sep == '.' && mer.is_none() {
        return fail(i); // 3.5 is a number, not a time
    }
    let h: u32 = h_str.parse().unwrap_or(99);
    let leading_zero = h_str.len() == 2 && h_str.starts_with('0');
    match clock(h, m, mer, leading_zero || secs.is_some(), false) {
        Some(c) => Ok((
            i,
            Clock {
                seconds: secs.is_some(),
                ..c
            },
        )),
        None => fail(i),
    }
}

/// `16.15` in a dotted range (`16.15 – 17.30`): hours and two-digit minutes.
fn dotted_clock(i: &str) -> R<'_, Clock> {
    let (i, h_str) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, _) = char('.').parse(i)?;
    let (i, m) = digits(2, 2)(i)?;
    let (i, _) = not(peek(one_of(".0123456789"))).parse(i)?;
    let (i, _) = not_alnum(i)?;
    let h: u32 = h_str.parse().unwrap_or(99);
    let leading_zero = h_str.len() == 2 && h_str.starts_with('0');
    match clock(h, m, None, leading_zero, false) {
        Some(c) => Ok((i, c)),
        None => fail(i),
    }
}

/// `16 Uhr`, `16.15 Uhr`, `16:15 Uhr`: German clock times, 24-hour.
fn uhr_time(i: &str) -> R<'_, Clock> {
    let (i, h) = digits(1, 2)(i)?;
    let (i, m) = opt(preceded(one_of(".:"), digits(2, 2))).parse(i)?;
    let (i, _) = (space0, tag_no_case("uhr"), not_alnum).parse(i)?;
    match clock(h, m.unwrap_or(0), None, true, false) {
        Some(c) => Ok((i, c)),
        None => fail(i),
    }
}

/// `15h30`, `10h00`, `10h`; French typography spaces them: `18 h 30`,
/// `20 h` (two-digit hours only, so `2 h` of a duration is no time).
fn h_time(i: &str) -> R<'_, Clock> {
    let (after, h) = digits(1, 2)(i)?;
    let two_digits = i.len() - after.len() == 2;
    let (i, gap) = opt(char(' ')).parse(after)?;
    let (i, _) = one_of("hH").parse(i)?;
    let (i, m) = match gap {
        Some(_) => opt(preceded(char(' '), digits(2, 2))).parse(i)?,
        None => opt(digits(2, 2)).parse(i)?,
    };
    if gap.is_some() && m.is_none() && !two_digits {
        return fail(i);
    }
    let (i, _) = not_alnum(i)?;
    match clock(h, m.unwrap_or(0), None, true, false) {
        Some(c) => Ok((i, c)),
        None => fail(i),
    }
}

/// `4 p.m.`, `1pm`, `11am`, `200PM` (hour and minutes run together).
fn meridiem_time(i: &str) -> R<'_, Clock> {
    let (i, n_str) = take_while_m_n(1, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, _) = not_digit(i)?;
    let (i, mer) = preceded(space0, meridiem).parse(i)?;
    let n: u32 = n_str.parse().unwrap_or(9999);
    let (h, m) = if n_str.len() >= 3 {
        (n / 100, n % 100)
    } else {
        (n, 0)
    };
    match clock(h, m, Some(mer), false, false) {
        Some(c) => Ok((i, c)),
        None => fail(i),
    }
}

/// `noon`, `12 noon`, `12:00 noon`, `midnight`.
fn named_time(i: &str) -> R<'_, Clock> {
    let (i, _) = opt(terminated(
        alt((tag("12:00"), tag("12.00"), tag("12"))),
        space1,
    ))
    .parse(i)?;
    let (i, h) = alt((
        value(12u32, tag_no_case("noon")),
        value(0u32, tag_no_case("midnight")),
    ))
    .parse(i)?;
    let (i, _) = not_alnum(i)?;
    match clock(h, 0, None, true, false) {
        Some(c) => Ok((i, c)),
        None => fail(i),
    }
}

/// `1930` (a 24-hour time without colon; only inside ranges or before `hrs`).
fn compact_time(i: &str) -> R<'_, Clock> {
    let (i, n) = digits(4, 4)(i)?;
    let (h, m) = (n / 100, n % 100);
    match clock(h, m, None, true, false) {
        Some(c) if h <= 23 => Ok((i, c)),
        _ => fail(i),
    }
}

/// `2` in `from 2 until 4pm`, `2-4pm`: a bare hour, only as a range start.
fn bare_hour(i: &str) -> R<'_, Clock> {
    let (i, h) = digits(1, 2)(i)?;
    let (i, _) = not_alnum(i)?;
    match clock(h, 0, None, false, true) {
        Some(c) if (1..=12).contains(&h) => Ok((i, c)),
        _ => fail(i),
    }
}

/// One clock time.
pub fn time(i: &str) -> R<'_, Clock> {
    alt((named_time, uhr_time, colon_time, h_time, meridiem_time)).parse(i)
}

/// `16` in `16 bis 18 Uhr`, `14-16h`: a bare hour of a 24-hour day, only
/// as the start of a range whose end says it is a 24-hour time.
fn bare_hour24(i: &str) -> R<'_, Clock> {
    let (i, h) = digits(1, 2)(i)?;
    let (i, _) = not_alnum(i)?;
    match clock(h, 0, None, true, true) {
        Some(c) if h <= 23 => Ok((i, c)),
        _ => fail(i),
    }
}

fn range_sep(i: &str) -> R<'_, &str> {
    alt((
        // a timetable's arrow ("09:00 -> 09:20"), before the dash it opens with
        delimited_space(alt((tag("->"), tag("→")))),
        dash,
        delimited_space(alt((
            tag_no_case("to"),
            tag_no_case("until"),
            tag_no_case("till"),
            tag_no_case("til"),
            tag_no_case("through"),
            tag_no_case("thru"),
            tag_no_case("and"),
            // French, German, Spanish, Italian and Portuguese: "13h00 à
            // 14h30", "16 bis 18 Uhr", "14h às 15h30", "10h até 12h"
            tag_no_case("às"),
            tag_no_case("até"),
            tag_no_case("à"),
            tag_no_case("bis"),
            tag_no_case("hasta"),
            tag_no_case("alle"),
            tag_no_case("a"),
        ))),
    ))
    .parse(i)
}

/// A time or a time range: `3:30 - 5:00 PM`, `11am-12pm`, `2 until 4pm`,
/// `1930 - 2100`, `10:30 am to 11:30 am`.
pub fn time_range(i: &str) -> R<'_, TimeAtom> {
    // full time, optionally followed by an end
    if let Ok((rest, start)) = time(i) {
        if let Ok((rest2, end)) = preceded(range_sep, alt((time, bare_end))).parse(rest) {
            return Ok((
                rest2,
                TimeAtom {
                    start,
                    end: Some(end),
                },
            ));
        }
        return Ok((rest, TimeAtom { start, end: None }));
    }
    // ranges that say they are clock times only as a whole: a compact
    // 24-hour range with a dash (1930 - 2100; "between 1830 and 1900" is a
    // span of years), a dotted range (16.15 – 17.30; a dotted time alone is
    // read only with am/pm: 3.50 is a number), a bare 24-hour start before a
    // 24-hour end (16 bis 18 Uhr, 14-16h)
    if let Ok((rest, (start, end))) = alt((
        (compact_time, preceded(dash, compact_time)),
        // (the end may carry the am/pm of both: 4.15-6.00pm)
        (
            dotted_clock,
            preceded(dash, alt((colon_time, dotted_clock))),
        ),
        // (or any range word, when the end says it is a clock time: 9.30
        // bis 16.30 Uhr, 9.30 to 11.00 am)
        (
            dotted_clock,
            preceded(
                range_sep,
                verify(time, |c: &Clock| {
                    !c.bare && (c.clock24 || c.meridiem.is_some())
                }),
            ),
        ),
        (
            bare_hour24,
            preceded(range_sep, verify(time, |c: &Clock| c.clock24 && !c.bare)),
        ),
    ))
    .parse(i)
    {
        return Ok((
            rest,
            TimeAtom {
                start,
                end: Some(end),
            },
        ));
    }
    // military time: 1600 hrs, 1600 hours, 1600h
    if let Ok((rest, start)) = terminated(
        compact_time,
        (
            space0,
            alt((tag_no_case("hrs"), tag_no_case("hours"), tag_no_case("h"))),
            not_alnum,
        ),
    )
    .parse(i)
    {
        return Ok((rest, TimeAtom { start, end: None }));
    }
    // bare start: 2-4pm, 2 until 4:30
    let (rest, start) = bare_hour(i)?;
    let (rest, end) = preceded(range_sep, verify(time, |c: &Clock| !c.bare)).parse(rest)?;
    Ok((
        rest,
        TimeAtom {
            start,
            end: Some(end),
        },
    ))
}

/// `11:30 - 1` is unusual, but `3:30-5` is written: a bare end hour after a full start.
fn bare_end(i: &str) -> R<'_, Clock> {
    bare_hour(i)
}

/// Zone spellings: (text, case-sensitive, zone).
const ZONES: &[(&str, bool, ZoneAtom)] = &[
    (
        "Pacific Daylight Time",
        false,
        ZoneAtom::Iana("America/Los_Angeles"),
    ),
    (
        "Pacific Standard Time",
        false,
        ZoneAtom::Iana("America/Los_Angeles"),
    ),
    ("Pacific Time", false, ZoneAtom::Iana("America/Los_Angeles")),
    ("Pacific", false, ZoneAtom::Iana("America/Los_Angeles")),
    (
        "Eastern Daylight Time",
        false,
        ZoneAtom::Iana("America/New_York"),
    ),
    (
        "Eastern Standard Time",
        false,
        ZoneAtom::Iana("America/New_York"),
    ),
    ("Eastern Time", false, ZoneAtom::Iana("America/New_York")),
    ("Eastern", false, ZoneAtom::Iana("America/New_York")),
    (
        "Central European Summer Time",
        false,
        ZoneAtom::Iana("Europe/Paris"),
    ),
    (
        "Central European Time",
        false,
        ZoneAtom::Iana("Europe/Paris"),
    ),
    (
        "Central Daylight Time",
        false,
        ZoneAtom::Iana("America/Chicago"),
    ),
    (
        "Central Standard Time",
        false,
        ZoneAtom::Iana("America/Chicago"),
    ),
    ("Central Time", false, ZoneAtom::Iana("America/Chicago")),
    ("Central", false, ZoneAtom::Iana("America/Chicago")),
    ("Mountain Time", false, ZoneAtom::Iana("America/Denver")),
    ("Mountain", false, ZoneAtom::Iana("America/Denver")),
    ("Arizona Time", false, ZoneAtom::Iana("America/Phoenix")),
    (
        "British Summer Time",
        false,
        ZoneAtom::Iana("Europe/London"),
    ),
    ("Greenwich Mean Time", false, ZoneAtom::Fixed(0)),
    (
        "Eastern European Time",
        false,
        ZoneAtom::Iana("Europe/Athens"),
    ),
    ("India Standard Time", false, ZoneAtom::Iana("Asia/Kolkata")),
    ("Japan Standard Time", false, ZoneAtom::Iana("Asia/Tokyo")),
    ("PST", true, ZoneAtom::Iana("America/Los_Angeles")),
    ("PDT", true, ZoneAtom::Iana("America/Los_Angeles")),
    ("PT", true, ZoneAtom::Iana("America/Los_Angeles")),
    ("EST", true, ZoneAtom::Iana("America/New_York")),
    ("EDT", true, ZoneAtom::Iana("America/New_York")),
    ("ET", true, ZoneAtom::Iana("America/New_York")),
    ("CST", true, ZoneAtom::Iana("America/Chicago")),
    ("CDT", true, ZoneAtom::Iana("America/Chicago")),
    ("CT", true, ZoneAtom::Iana("America/Chicago")),
    ("MST", true, ZoneAtom::Iana("America/Denver")),
    ("MDT", true, ZoneAtom::Iana("America/Denver")),
    ("MT", true, ZoneAtom::Iana("America/Denver")),
    ("heure de Paris", false, ZoneAtom::Iana("Europe/Paris")),
    ("MESZ", true, ZoneAtom::Iana("Europe/Berlin")),
    ("MEZ", true, ZoneAtom::Iana("Europe/Berlin")),
    ("CEST", true, ZoneAtom::Iana("Europe/Paris")),
    ("CET", true, ZoneAtom::Iana("Europe/Paris")),
    ("EEST", true, ZoneAtom::Iana("Europe/Athens")),
    ("EET", true, ZoneAtom::Iana("Europe/Athens")),
    ("WEST", true, ZoneAtom::Iana("Europe/Lisbon")),
    ("WET", true, ZoneAtom::Iana("Europe/Lisbon")),
    ("BST", true, ZoneAtom::Iana("Europe/London")),
    ("IST", true, ZoneAtom::Iana("Asia/Kolkata")),
    ("JST", true, ZoneAtom::Iana("Asia/Tokyo")),
    ("KST", true, ZoneAtom::Iana("Asia/Seoul")),
    ("AEST", true, ZoneAtom::Iana("Australia/Sydney")),
    ("AEDT", true, ZoneAtom::Iana("Australia/Sydney")),
    ("SGT", true, ZoneAtom::Iana("Asia/Singapore")),
    ("HKT", true, ZoneAtom::Iana("Asia/Hong_Kong")),
    ("GMT", true, ZoneAtom::Fixed(0)),
    ("UTC", true, ZoneAtom::Fixed(0)),
    ("Z", true, ZoneAtom::Fixed(0)),
];

/// `UTC+3`, `GMT-5`, `UTC+05:30`, `UTC −8`.
fn offset_zone(i: &str) -> R<'_, ZoneAtom> {
    let (i, _) = alt((tag_no_case("utc"), tag_no_case("gmt"))).parse(i)?;
    let (i, _) = space0.parse(i)?;
    let (i, sign) = alt((
        value(1i16, char('+')),
        value(-1i16, alt((char('-'), char('−'), char('–')))),
    ))
    .parse(i)?;
    let (i, _) = space0.parse(i)?;
    let (i, h) = digits(1, 2)(i)?;
    let (i, m) = opt(preceded(opt(char(':')), digits(2, 2))).parse(i)?;
    let (i, _) = not_alnum(i)?;
    if h > 14 || m.unwrap_or(0) > 59 {
        return fail(i);
    }
    Ok((
        i,
        ZoneAtom::Fixed(sign * (h as i16 * 60 + m.unwrap_or(0) as i16)),
    ))
}

/// A zone written by its IANA name (`Europe/Zurich`, `America/Argentina/Cordoba`),
/// one the bundled database knows.
fn iana_name(i: &str) -> Option<(&str, ZoneAtom)> {
    static NAMES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut v: Vec<String> = jiff::tz::db()
            .available()
            .map(|n| n.to_string())
            .filter(|n| n.contains('/'))
            .collect();
        v.sort_unstable();
        v
    });
    // Area/Location: letters, '_', '-' and '+', one or two slashes
    let end = i
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+')))
        .unwrap_or(i.len());
    let cand = i.get(..end)?.trim_end_matches(['-', '+']);
    if !cand.contains('/') || cand.len() < 7 {
        return None;
    }
    let k = NAMES.binary_search_by(|n| n.as_str().cmp(cand)).ok()?;
    let name: &'static str = NAMES.get(k)?.as_str();
    Some((&i[cand.len()..], ZoneAtom::Iana(name)))
}

/// A stated time zone.
pub fn zone(i: &str) -> R<'_, ZoneAtom> {
    // every spelling starts with a capital letter, but for "heure de Paris"
    if !i.starts_with(|c: char| c.is_ascii_uppercase()) && !i.starts_with("heure de ") {
        return fail(i);
    }
    if let Ok(r) = offset_zone(i) {
        return Ok(r);
    }
    if let Some(r) = iana_name(i) {
        return Ok(r);
    }
    for (name, exact, z) in ZONES {
        let hit = if *exact {
            i.starts_with(name)
        } else {
            i.get(..name.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(name))
        };
        if hit {
            let rest = &i[name.len()..];
            if not_alnum(rest).is_ok() {
                // "Pacific" and the like may be followed by "time"
                let rest = if *exact {
                    rest
                } else {
                    let r: R<'_, &str> = preceded(space1, tag_no_case("time")).parse(rest);
                    r.map(|(r, _)| r).unwrap_or(rest)
                };
                return Ok((rest, z.clone()));
            }
        }
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(i: &str) -> Option<(usize, DateAtom)> {
        date(i).ok().map(|(r, a)| (i.len() - r.len(), a))
    }

    fn dp(y: Option<i16>, m: u8, day: u8, wd: Option<u8>) -> DatePart {
        DatePart {
            year: y,
            month: m,
            day,
            weekday: wd,
            ambiguous: false,
        }
    }

    #[test]
    fn dates() {
        let table: &[(&str, usize, DatePart)] = &[
            ("March 13, 2017", 14, dp(Some(2017), 3, 13, None)),
            (
                "Monday, March 13, 2017 - 10:00am",
                22,
                dp(Some(2017), 3, 13, Some(0)),
            ),
            (
                "Wed, May 19, 2021, 10:30 am",
                17,
                dp(Some(2021), 5, 19, Some(2)),
            ),
            ("13 December 2019", 16, dp(Some(2019), 12, 13, None)),
            ("Dec. 13th", 9, dp(None, 12, 13, None)),
            ("7-Oct-94", 8, dp(Some(1994), 10, 7, None)),
            ("18-Mar-9", 8, dp(None, 3, 18, None)),
            ("2019-12-13", 10, dp(Some(2019), 12, 13, None)),
            ("Sept 29", 7, dp(None, 9, 29, None)),
            ("26th April", 10, dp(None, 4, 26, None)),
            ("Oct.24 2022", 11, dp(Some(2022), 10, 24, None)),
            ("Monday 3 April 2023", 19, dp(Some(2023), 4, 3, Some(0))),
            ("Wed Aug 3 12:00 noon", 9, dp(None, 8, 3, Some(2))),
            ("7.11.1994", 9, dp(Some(1994), 11, 7, None)),
            ("27-02-2021, 1930", 10, dp(Some(2021), 2, 27, None)),
        ];
        for (text, len, want) in table {
            let got = d(text);
            assert_eq!(
                got.map(|(l, a)| (l, a.start)),
                Some((*len, *want)),
                "{text}"
            );
        }
    }

    #[test]
    fn ambiguous_numeric_dates_are_marked() {
        let (_, a) = d("11/7/94").unwrap_or((
            0,
            DateAtom {
                start: DatePart::default(),
                end: None,
            },
        ));
        assert_eq!(
            (a.start.month, a.start.day, a.start.ambiguous),
            (11, 7, true)
        );
    }

    #[test]
    fn day_ranges() {
        let (_, a) = d("June 5-6, 2025").unwrap_or((
            0,
            DateAtom {
                start: DatePart::default(),
                end: None,
            },
        ));
        assert_eq!(a.end.map(|e| (e.day, e.year)), Some((6, Some(2025))));
        let (_, a) = d("13-14 Dec 2019").unwrap_or((
            0,
            DateAtom {
                start: DatePart::default(),
                end: None,
            },
        ));
        assert_eq!((a.start.day, a.end.map(|e| e.day)), (13, Some(14)));
    }

    #[test]
    fn not_dates() {
        for t in [
            "may be",
            "March",
            "3.5 times",
            "1000 people",
            "Mon",
            "Sat Nav",
        ] {
            assert_eq!(d(t), None, "{t}");
        }
    }

    type Parsed = (u8, u8, Option<Meridiem>, Option<(u8, u8)>);

    fn t(i: &str) -> Option<Parsed> {
        time_range(i).ok().map(|(_, a)| {
            (
                a.start.hour,
                a.start.minute,
                a.start.meridiem,
                a.end.map(|e| (e.hour, e.minute)),
            )
        })
    }

    #[test]
    fn times() {
        use Meridiem::*;
        assert_eq!(t("10:00am"), Some((10, 0, Some(Am), None)));
        assert_eq!(t("4 p.m."), Some((4, 0, Some(Pm), None)));
        assert_eq!(t("1pm"), Some((1, 0, Some(Pm), None)));
        assert_eq!(t("15h30"), Some((15, 30, None, None)));
        assert_eq!(t("18 h 30"), Some((18, 30, None, None)));
        assert_eq!(t("20 h"), Some((20, 0, None, None)));
        assert_eq!(t("2 h"), None);
        assert_eq!(t("1600 hrs"), Some((16, 0, None, None)));
        assert_eq!(t("1830 and 1900"), None);
        assert_eq!(t("16 Uhr"), Some((16, 0, None, None)));
        assert_eq!(t("16.15 Uhr"), Some((16, 15, None, None)));
        assert_eq!(t("16 bis 18 Uhr"), Some((16, 0, None, Some((18, 0)))));
        assert_eq!(t("14-16h"), Some((14, 0, None, Some((16, 0)))));
        assert_eq!(t("16.15 – 17.30"), Some((16, 15, None, Some((17, 30)))));
        assert_eq!(t("3.50"), None);
        assert_eq!(t("9.30 bis 16.30 Uhr"), Some((9, 30, None, Some((16, 30)))));
        assert_eq!(t("9.30 to 11.00 am"), Some((9, 30, None, Some((11, 0)))));
        assert_eq!(t("3.50 to 4.20"), None);
        assert_eq!(t("0930 hours"), Some((9, 30, None, None)));
        assert_eq!(t("1600"), None);
        assert_eq!(t("12 noon"), Some((12, 0, None, None)));
        assert_eq!(t("3:30 - 5:00 PM"), Some((3, 30, None, Some((5, 0)))));
        assert_eq!(t("11am-12pm"), Some((11, 0, Some(Am), Some((12, 0)))));
        assert_eq!(t("2 until 4pm"), Some((2, 0, None, Some((4, 0)))));
        assert_eq!(t("1930 - 2100"), Some((19, 30, None, Some((21, 0)))));
        assert_eq!(t("200PM"), Some((2, 0, Some(Pm), None)));
        assert_eq!(
            t("10:30 am to 11:30 am"),
            Some((10, 30, Some(Am), Some((11, 30))))
        );
        assert_eq!(t("3.5"), None);
        assert_eq!(t("1994"), None);
        assert_eq!(t("25:00"), None);
    }

    #[test]
    fn word_class_knows_every_name() {
        for (m, _) in MONTHS {
            assert_eq!(word_class(m), WordClass::DateWord, "{m}");
        }
        for (d, _) in WEEKDAYS.iter().filter(|(d, _)| *d != "th") {
            assert_eq!(word_class(d), WordClass::DateWord, "{d}");
        }
        for (z, _, _) in ZONES {
            let first = z.split(' ').next().unwrap_or(z);
            assert_ne!(word_class(first), WordClass::Other, "{z}");
        }
        assert_eq!(word_class("seminar"), WordClass::Other);
        assert_eq!(word_class("et al"), WordClass::Other);
    }

    #[test]
    fn zones() {
        assert_eq!(
            zone("PT").map(|(_, z)| z).ok(),
            Some(ZoneAtom::Iana("America/Los_Angeles"))
        );
        assert_eq!(
            zone("UTC+3)").map(|(_, z)| z).ok(),
            Some(ZoneAtom::Fixed(180))
        );
        assert_eq!(
            zone("GMT-5").map(|(_, z)| z).ok(),
            Some(ZoneAtom::Fixed(-300))
        );
        assert_eq!(zone("Eastern Time").map(|(r, _)| r).ok(), Some(""));
        assert!(zone("et al.").is_err());
        assert!(zone("PTO").is_err());
        // IANA names the bundled database knows, and only those
        assert_eq!(
            zone("Europe/Zurich timezone").ok(),
            Some((" timezone", ZoneAtom::Iana("Europe/Zurich")))
        );
        assert_eq!(
            zone("America/Argentina/Cordoba)").map(|(_, z)| z).ok(),
            Some(ZoneAtom::Iana("America/Argentina/Cordoba"))
        );
        assert!(zone("Europe/Atlantis").is_err());
        assert!(zone("Input/Output").is_err());
    }

    #[test]
    fn a_timetables_arrow_joins_a_time_range() {
        let got = time_range("09:00 -> 09:20   Welcome")
            .ok()
            .map(|(rest, t)| (rest, t.end.map(|c| (c.hour, c.minute))));
        assert_eq!(got, Some(("   Welcome", Some((9, 20)))));
        assert!(time_range("10:50 → 12:10").is_ok_and(|(r, t)| r.is_empty() && t.end.is_some()));
    }
}
