//! Scores and their presentation.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predicted and expected.
    pub tp: u64,
    /// Predicted, not expected.
    pub fp: u64,
    /// Expected, not predicted.
    pub fn_: u64,
}

impl Counts {
    /// tp / (tp + fp); 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub(crate) fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Agreement on one field over matched pairs where the gold annotates it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FieldAccuracy {
    /// Pairs agreeing.
    pub right: u64,
    /// Pairs compared.
    pub total: u64,
}

impl FieldAccuracy {
    pub(crate) fn record(&mut self, right: bool) {
        self.total += 1;
        self.right += u64::from(right);
    }

    /// right / total; 1 when nothing was compared.
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.total)
    }
}

/// The whole evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Articles scored.
    pub articles: u64,
    /// Events over all types.
    pub events: Counts,
    /// Events per PLOVER type.
    pub by_type: BTreeMap<String, Counts>,
    /// Field agreement on matched events: date, status, source, target, location, participants.
    pub fields: BTreeMap<String, FieldAccuracy>,
    /// Figures on matched events (kind, value and bound agreeing).
    pub quantities: Counts,
    /// Predicted events overlapping a `not_events` stretch.
    pub not_event_violations: u64,
    /// Quotes found.
    pub quotes: Counts,
    /// Matched quotes attributed to the right speaker.
    pub attribution: FieldAccuracy,
    /// Entities per kind.
    pub entities: BTreeMap<String, Counts>,
    /// Matched people with the right side.
    pub person_side: FieldAccuracy,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "{name:<14} P {:>5.1}%  R {:>5.1}%  F1 {:>5.1}%   (tp {} fp {} fn {})",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
        };
        writeln!(f, "articles: {}", self.articles)?;
        writeln!(f, "\nevents")?;
        row(f, "all", &self.events)?;
        for (kind, c) in &self.by_type {
            row(f, kind, c)?;
        }
        writeln!(f, "\nmatched-event fields")?;
        for (name, a) in &self.fields {
            writeln!(
                f,
                "{name:<14} {:>5.1}%   ({}/{})",
                100.0 * a.accuracy(),
                a.right,
                a.total
            )?;
        }
        row(f, "figures", &self.quantities)?;
        writeln!(f, "not-event violations: {}", self.not_event_violations)?;
        writeln!(f, "\nquotes")?;
        row(f, "found", &self.quotes)?;
        writeln!(
            f,
            "{:<14} {:>5.1}%   ({}/{})",
            "attribution",
            100.0 * self.attribution.accuracy(),
            self.attribution.right,
            self.attribution.total
        )?;
        writeln!(f, "\nentities")?;
        for (kind, c) in &self.entities {
            row(f, kind, c)?;
        }
        writeln!(
            f,
            "{:<14} {:>5.1}%   ({}/{})",
            "person side",
            100.0 * self.person_side.accuracy(),
            self.person_side.right,
            self.person_side.total
        )
    }
}
