//! Figures: counts, money and percentages with their bounds.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How a figure bounds the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Exactly the value.
    Exact,
    /// Approximately ("about", "some", "nearly").
    About,
    /// The value or more ("at least").
    AtLeast,
    /// Strictly more ("more than").
    MoreThan,
    /// The value or fewer ("up to", "at most").
    AtMost,
    /// Strictly fewer ("less than", "fewer than").
    LessThan,
    /// From the value to [`Quantity::max`].
    Range,
}

impl Bound {
    /// The stable lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::About => "about",
            Bound::AtLeast => "at_least",
            Bound::MoreThan => "more_than",
            Bound::AtMost => "at_most",
            Bound::LessThan => "less_than",
            Bound::Range => "range",
        }
    }
}

/// A figure attached to what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The value (the lower end of a range).
    pub value: f64,
    /// How [`Quantity::value`] bounds the truth.
    pub bound: Bound,
    /// Upper end of a range.
    pub max: Option<f64>,
    /// Unit: a currency code ("USD"), "%" or `None` for counts.
    pub unit: Option<String>,
    /// What is counted: "killed", "injured", "drones", "money" ...
    pub kind: String,
    /// Where the figure is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}
