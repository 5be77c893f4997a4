//! Time zones as `score.py` compares them: families of spellings (`PT`,
//! `pdt`, `America/Los_Angeles` are one zone), written offsets, and the UTC
//! instant of a gold date + time + zone, so that a record whose
//! `start_utc` is the same instant counts as right whatever zone it names.

use std::sync::LazyLock;

use crate::rx::Regex;
use jiff::civil;
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};

use super::{py, regex};

/// Every spelling of a zone maps to one family; a family lists the IANA
/// names and fixed offsets that a tool may write for it (`TZ_FAMILY`).
pub const TZ_FAMILY: &[(&str, &[&str])] = &[
    (
        "pt",
        &[
            "pt",
            "pst",
            "pdt",
            "pacific",
            "pacific time",
            "america/los_angeles",
            "pst8pdt",
            "us/pacific",
        ],
    ),
    (
        "et",
        &[
            "et",
            "est",
            "edt",
            "eastern",
            "eastern time",
            "america/new_york",
            "est5edt",
            "us/eastern",
        ],
    ),
    (
        "ct",
        &[
            "ct",
            "cst",
            "cdt",
            "central",
            "central time",
            "america/chicago",
            "cst6cdt",
            "us/central",
        ],
    ),
    (
        "mt",
        &[
            "mt",
            "mst",
            "mdt",
            "mountain",
            "america/denver",
            "mst7mdt",
            "us/mountain",
        ],
    ),
    (
        "cet",
        &[
            "cet",
            "cest",
            "central european time",
            "europe/paris",
            "europe/berlin",
            "europe/amsterdam",
            "europe/brussels",
            "europe/zurich",
            "europe/vienna",
            "europe/rome",
            "europe/madrid",
            "europe/stockholm",
            "europe/copenhagen",
            "europe/oslo",
            "europe/prague",
            "europe/warsaw",
        ],
    ),
    (
        "eet",
        &[
            "eet",
            "eest",
            "europe/bucharest",
            "europe/athens",
            "europe/helsinki",
            "europe/kiev",
            "europe/kyiv",
        ],
    ),
    ("uk", &["bst", "europe/london"]),
    ("utc", &["utc", "gmt", "z", "etc/utc", "etc/gmt", "+00:00"]),
    ("ist", &["ist", "asia/kolkata", "asia/calcutta", "+05:30"]),
    ("jst", &["jst", "asia/tokyo", "+09:00"]),
    ("kst", &["kst", "asia/seoul", "+09:00"]),
    (
        "aest",
        &[
            "aest",
            "aedt",
            "australia/sydney",
            "australia/melbourne",
            "+10:00",
        ],
    ),
];

/// Abbreviations with one fixed offset (`FIXED`).
pub const FIXED: &[(&str, &str)] = &[
    ("cet", "+01:00"),
    ("cest", "+02:00"),
    ("eet", "+02:00"),
    ("eest", "+03:00"),
    ("bst", "+01:00"),
    ("pst", "-08:00"),
    ("pdt", "-07:00"),
    ("est", "-05:00"),
    ("edt", "-04:00"),
    ("cst", "-06:00"),
    ("cdt", "-05:00"),
    ("mst", "-07:00"),
    ("mdt", "-06:00"),
    ("gmt", "+00:00"),
    ("utc", "+00:00"),
];

/// The zone a family stands for when a gold instant is computed (`FAMILY_ZONE`).
pub const FAMILY_ZONE: &[(&str, &str)] = &[
    ("pt", "America/Los_Angeles"),
    ("et", "America/New_York"),
    ("ct", "America/Chicago"),
    ("mt", "America/Denver"),
    ("cet", "Europe/Paris"),
    ("eet", "Europe/Athens"),
    ("uk", "Europe/London"),
    ("utc", "UTC"),
    ("ist", "Asia/Kolkata"),
    ("jst", "Asia/Tokyo"),
    ("kst", "Asia/Seoul"),
    ("aest", "Australia/Sydney"),
];

fn fixed(z: &str) -> Option<&'static str> {
    FIXED.iter().find(|(k, _)| *k == z).map(|(_, v)| *v)
}

/// `tz_offset`: a written offset (`utc+3`, `gmt -5:30`, `+0100`) as `±HH:MM`.
/// Expects lower case, like score.py's callers give it.
pub fn tz_offset(s: &str) -> Option<String> {
    static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
        regex(
            r"^(?:utc|gmt)?[\s\x{1c}-\x{1f}]*([+-])[\s\x{1c}-\x{1f}]*([0-9]{1,2})(?::?([0-9]{2}))?$",
        )
    });
    let c = OFFSET.captures(s)?;
    let h: u32 = c.get(2)?.as_str().parse().ok()?;
    let m = c.get(3).map_or("00", |m| m.as_str());
    Some(format!("{}{h:02}:{m}", c.get(1)?.as_str()))
}

/// `tz_ok`: does a record's zone name the gold's stated zone?
pub fn tz_ok(pred: &str, gold: &str) -> bool {
    if pred.is_empty() || gold.is_empty() {
        return false;
    }
    let p = py::strip(pred).to_lowercase();
    let g = py::strip(gold).to_lowercase();
    if p == g {
        return true;
    }
    if let Some(po) = tz_offset(&p)
        && (tz_offset(&g).as_deref() == Some(po.as_str()) || fixed(&g) == Some(po.as_str()))
    {
        return true;
    }
    TZ_FAMILY
        .iter()
        .any(|(_, fam)| fam.contains(&p.as_str()) && fam.contains(&g.as_str()))
}

/// Python's `int()` of a short decimal string (sign, underscores between
/// digits and surrounding whitespace allowed).
fn py_int(s: &str) -> Option<i64> {
    let s = py::strip(s);
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits.chars().all(|c| c.is_ascii_digit() || c == '_')
    {
        return None;
    }
    let n: i64 = digits.replace('_', "").parse().ok()?;
    Some(if neg { -n } else { n })
}

/// `gold_instant`: the UTC instant of a gold date, `HH:MM` and stated zone.
/// A local time that a zone skips or repeats resolves as Python's `fold=0`
/// does (jiff's "compatible" disambiguation).
pub fn gold_instant(
    date: Option<&str>,
    hhmm: Option<&str>,
    zone: Option<&str>,
) -> Option<Timestamp> {
    let (date, hhmm, zone) = (
        date.filter(|s| !s.is_empty())?,
        hhmm.filter(|s| !s.is_empty())?,
        zone.filter(|s| !s.is_empty())?,
    );
    let z = py::strip(zone).to_lowercase();
    let tz = match tz_offset(&z).or_else(|| fixed(&z).map(str::to_string)) {
        Some(off) => {
            let sign = if off.starts_with('+') { 1 } else { -1 };
            let h: i32 = off.get(1..3)?.parse().ok()?;
            let m: i32 = off.get(4..6)?.parse().ok()?;
            let secs = sign * (h * 3600 + m * 60);
            // datetime.timezone accepts only offsets strictly inside a day
            if secs.abs() >= 86_400 {
                return None;
            }
            TimeZone::fixed(Offset::from_seconds(secs).ok()?)
        }
        None => {
            let fam = TZ_FAMILY.iter().find(|(_, v)| v.contains(&z.as_str()))?.0;
            let name = FAMILY_ZONE.iter().find(|(k, _)| *k == fam)?.1;
            TimeZone::get(name).ok()?
        }
    };
    let parts: Vec<&str> = date.split('-').collect();
    let [y, mo, d] = parts.as_slice() else {
        return None;
    };
    let (y, mo, d) = (py_int(y)?, py_int(mo)?, py_int(d)?);
    let hm: Vec<&str> = hhmm.split(':').collect();
    let [h, mi] = hm.as_slice() else {
        return None;
    };
    let (h, mi) = (py_int(h)?, py_int(mi)?);
    if !(1..=9999).contains(&y) {
        return None;
    }
    let date = civil::Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(mo).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()?;
    let time = civil::Time::new(i8::try_from(h).ok()?, i8::try_from(mi).ok()?, 0, 0).ok()?;
    let zoned: Zoned = date.to_datetime(time).to_zoned(tz).ok()?;
    Some(zoned.timestamp())
}

/// `pred_instant`: the instant of a record's `start_utc` (ISO 8601; a `Z`
/// means UTC; a value without offset is taken in the machine's zone, as
/// Python's `astimezone` takes it).
pub fn pred_instant(s: &str) -> Option<Timestamp> {
    if s.is_empty() {
        return None;
    }
    let s = s.replace('Z', "+00:00");
    if let Ok(t) = s.parse::<Timestamp>() {
        return Some(t);
    }
    let dt: civil::DateTime = s.parse().ok()?;
    dt.to_zoned(TimeZone::system()).ok().map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_written_as_in_score_py() {
        assert_eq!(tz_offset("utc+3").as_deref(), Some("+03:00"));
        assert_eq!(tz_offset("gmt -5:30").as_deref(), Some("-05:30"));
        assert_eq!(tz_offset("+0100").as_deref(), Some("+01:00"));
        assert_eq!(tz_offset("cet"), None);
    }

    #[test]
    fn zones_match_by_family_offset_or_spelling() {
        assert!(tz_ok("America/Los_Angeles", "PT"));
        assert!(tz_ok("Europe/Paris", "CEST"));
        assert!(tz_ok("+01:00", "CET"));
        assert!(tz_ok("+05:30", "UTC+5:30"));
        assert!(tz_ok("Asia/Kolkata", "IST"));
        assert!(!tz_ok("America/New_York", "PT"));
        assert!(!tz_ok("", "PT"));
    }

    #[test]
    fn gold_instants_follow_the_date() {
        let at = |s: &str| s.parse::<Timestamp>().ok();
        assert_eq!(
            gold_instant(Some("2024-12-13"), Some("10:00"), Some("CET")),
            at("2024-12-13T09:00:00Z")
        );
        // ET in July is daylight time
        assert_eq!(
            gold_instant(Some("2021-07-01"), Some("12:00"), Some("ET")),
            at("2021-07-01T16:00:00Z")
        );
        // a skipped local time resolves like Python's fold=0
        assert_eq!(
            gold_instant(Some("2024-03-10"), Some("02:30"), Some("ET")),
            at("2024-03-10T07:30:00Z")
        );
        // a repeated one takes its first occurrence (daylight time)
        assert_eq!(
            gold_instant(Some("2024-11-03"), Some("01:30"), Some("ET")),
            at("2024-11-03T05:30:00Z")
        );
        assert_eq!(
            gold_instant(Some("2024-02-30"), Some("10:00"), Some("UTC")),
            None
        );
        assert_eq!(
            gold_instant(Some("2024-01-01"), Some("10:00"), Some("Mars")),
            None
        );
        assert_eq!(
            gold_instant(Some("2024-01-01"), Some("10:00"), Some("utc+30")),
            None
        );
    }

    #[test]
    fn record_instants_parse_rfc3339() {
        assert_eq!(
            pred_instant("2020-11-28T16:45:00Z"),
            "2020-11-28T16:45:00Z".parse::<Timestamp>().ok()
        );
        assert_eq!(
            pred_instant("2020-11-28T17:45+01:00"),
            "2020-11-28T16:45:00Z".parse::<Timestamp>().ok()
        );
        assert_eq!(pred_instant("not a time"), None);
    }
}
