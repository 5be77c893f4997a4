//! Times as `score.py` reads them: `HH:MM` of a record, and the free text of
//! a gold `<stime>`/`<etime>` tag (`3:30 PM`, `1315`, `noon`), where a time
//! without am/pm matches either half of the day.

use std::sync::LazyLock;

use crate::rx::Regex;

use super::normalize::fold;
use super::{py, regex};

/// A gold time: hour, minute, and whether the half of the day is certain.
pub type GoldTime = (u32, u32, bool);

/// `parse_time`: `'3:30 PM'` → `(15, 30, true)`; `'3:30'` → `(3, 30, false)`;
/// `'1315'` → `(13, 15, true)`; `'200PM'` → `(14, 0, true)`; `None` when the
/// text holds no time.
pub fn parse_time(s: &str) -> Option<GoldTime> {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        regex(
            r"(?i)(?P<h>[0-9]{1,2})(?:[:.h](?P<m>[0-9]{2}))?[\s\x{1c}-\x{1f}]*(?P<ap>a\.?[\s\x{1c}-\x{1f}]?m\.?|p\.?[\s\x{1c}-\x{1f}]?m\.?|am|pm)?",
        )
    });
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        regex(
            r"(?i)^([0-9]{3,4})[\s\x{1c}-\x{1f}]*(a\.?[\s\x{1c}-\x{1f}]?m\.?|p\.?[\s\x{1c}-\x{1f}]?m\.?)?(?:[^\p{L}\p{N}_]|$)",
        )
    });
    let folded = fold(s).to_lowercase();
    let t = py::strip(&folded);
    if t.contains("noon") {
        return Some((12, 0, true));
    }
    if t.contains("midnight") {
        return Some((0, 0, true));
    }
    let (mut h, mi, ap, compact) = if let Some(c) = COMPACT.captures(t) {
        let digits = c.get(1).map_or("", |m| m.as_str());
        let split = digits.len().saturating_sub(2);
        let h: u32 = digits.get(..split)?.parse().ok()?;
        let mi: u32 = digits.get(split..)?.parse().ok()?;
        (h, mi, c.get(2).map_or("", |m| m.as_str()), true)
    } else {
        let c = TIME.captures(t)?;
        let h: u32 = c.name("h")?.as_str().parse().ok()?;
        let mi: u32 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
        (h, mi, c.name("ap").map_or("", |m| m.as_str()), false)
    };
    let ap = ap.replace(['.', ' '], "");
    if h > 23 || mi > 59 {
        return None;
    }
    if !ap.is_empty() {
        if h == 12 {
            h = 0;
        }
        if ap.starts_with('p') {
            h += 12;
        }
        return Some((h, mi, true));
    }
    Some((h, mi, h > 12 || h == 0 || (compact && h >= 10)))
}

/// `time_matches`: a record's `HH:MM` against a gold time text.
pub fn time_matches(pred_hhmm: &str, gold_text: &str) -> bool {
    let mut parts = pred_hhmm.split(':').take(2).map(|x| x.parse::<u32>());
    let (Some(Ok(ph)), Some(Ok(pm))) = (parts.next(), parts.next()) else {
        return false;
    };
    let Some((gh, gm, certain)) = parse_time(gold_text) else {
        return false;
    };
    if pm != gm {
        return false;
    }
    if certain {
        ph == gh
    } else {
        ph % 12 == gh % 12
    }
}

/// `hhmm`: the leading `H:MM` or `HH:MM` of a value, as `HH:MM`.
pub fn hhmm(s: Option<&str>) -> Option<String> {
    static HHMM: LazyLock<Regex> = LazyLock::new(|| regex(r"^([0-9]{1,2}):([0-9]{2})"));
    let c = HHMM.captures(s.filter(|s| !s.is_empty())?)?;
    let h: u32 = c.get(1)?.as_str().parse().ok()?;
    Some(format!("{h:02}:{}", c.get(2)?.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_times_parse_as_in_score_py() {
        // (text, expected) pairs as printed by score.py's parse_time
        let table: &[(&str, Option<GoldTime>)] = &[
            ("3:30 PM", Some((15, 30, true))),
            ("3:30", Some((3, 30, false))),
            ("1315", Some((13, 15, true))),
            ("200PM", Some((14, 0, true))),
            ("noon", Some((12, 0, true))),
            ("12:00 p.m.", Some((12, 0, true))),
            ("0930", Some((9, 30, false))),
            ("10.15h", Some((10, 15, false))),
            ("4 pm", Some((16, 0, true))),
            ("12 am", Some((0, 0, true))),
            ("7-Oct-94", Some((7, 0, false))),
            ("1500 hrs", Some((15, 0, true))),
            ("5:00 p.m", Some((17, 0, true))),
            ("11h30", Some((11, 30, false))),
            ("soon", None),
            ("25:00", None),
        ];
        for (text, want) in table {
            assert_eq!(parse_time(text), *want, "{text}");
        }
    }

    #[test]
    fn uncertain_half_of_day_matches_both() {
        assert!(time_matches("15:30", "3:30"));
        assert!(time_matches("03:30", "3:30"));
        assert!(!time_matches("15:30", "3:30 am"));
        assert!(!time_matches("15:31", "3:30"));
        assert!(!time_matches("x", "3:30"));
    }

    #[test]
    fn hhmm_pads_the_hour() {
        assert_eq!(hhmm(Some("9:05")).as_deref(), Some("09:05"));
        assert_eq!(hhmm(Some("10:00:00")).as_deref(), Some("10:00"));
        assert_eq!(hhmm(Some("")), None);
        assert_eq!(hhmm(Some("noon")), None);
        assert_eq!(hhmm(None), None);
    }
}
