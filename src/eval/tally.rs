//! Counting: per field, true positives, predictions and gold answers; and
//! the table of precision, recall and F1 that `score.py` prints.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The counts of one field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predictions that match a gold answer.
    pub tp: u64,
    /// Predictions made.
    pub pred: u64,
    /// Gold answers.
    pub gold: u64,
}

impl Counts {
    /// Precision, recall and F1 (0 when undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let (tp, npred, ngold) = (self.tp as f64, self.pred as f64, self.gold as f64);
        let p = if self.pred > 0 { tp / npred } else { 0.0 };
        let r = if self.gold > 0 { tp / ngold } else { 0.0 };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Counts per field name, in name order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Field name → counts. A field appears once it has been counted, even
    /// with zeros.
    pub fields: BTreeMap<String, Counts>,
}

impl Tally {
    /// Adds counts to a field.
    pub fn add(&mut self, field: &str, tp: bool, pred: bool, gold: bool) {
        self.add_n(field, u64::from(tp), u64::from(pred), u64::from(gold));
    }

    /// Adds counts to a field.
    pub fn add_n(&mut self, field: &str, tp: u64, pred: u64, gold: u64) {
        let c = self.fields.entry(field.to_string()).or_default();
        c.tp += tp;
        c.pred += pred;
        c.gold += gold;
    }

    /// The counts of a field (zeros when never counted).
    pub fn get(&self, field: &str) -> Counts {
        self.fields.get(field).copied().unwrap_or_default()
    }

    /// The sum over all fields (the micro average's counts).
    pub fn total(&self) -> Counts {
        self.fields.values().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            pred: a.pred + c.pred,
            gold: a.gold + c.gold,
        })
    }

    /// The table of score.py (`field P R F1 tp pred gold`, one line per
    /// field, then `ALL (micro)`), and the micro F1.
    pub fn report(&self) -> (String, f64) {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:24} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
            "field", "P", "R", "F1", "tp", "pred", "gold"
        );
        let mut row = |name: &str, c: &Counts| {
            let (p, r, f1) = c.prf();
            let _ = writeln!(
                s,
                "{name:24} {p:6.3} {r:6.3} {f1:6.3} {:5} {:5} {:5}",
                c.tp, c.pred, c.gold
            );
            f1
        };
        for (name, c) in &self.fields {
            row(name, c);
        }
        let f1 = row("ALL (micro)", &self.total());
        (s, f1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_prints_fields_in_name_order_then_the_micro_average() {
        let mut t = Tally::default();
        t.add("b", true, true, true);
        t.add("a", false, true, false);
        t.add_n("b", 1, 1, 3);
        let (s, f1) = t.report();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[1].starts_with("a ") && lines[2].starts_with("b "));
        assert!(lines[3].starts_with("ALL (micro)"));
        // micro: tp 2, pred 3, gold 4 → P 2/3, R 1/2, F1 4/7
        assert!((f1 - 4.0 / 7.0).abs() < 1e-12);
        assert!(
            lines[3].ends_with("0.667  0.500  0.571     2     3     4"),
            "{}",
            lines[3]
        );
    }

    #[test]
    fn empty_counts_score_zero() {
        assert_eq!(Counts::default().prf(), (0.0, 0.0, 0.0));
    }
}
