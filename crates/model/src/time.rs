//! Normalised dates with precision.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How precise a [`DateValue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A calendar day.
    Day,
    /// Part of a month ("mid-May", "early June").
    PartOfMonth,
    /// A calendar month.
    Month,
    /// Part of a year ("early 2022").
    PartOfYear,
    /// A calendar year.
    Year,
    /// Unknown precision: an unresolved relative expression.
    Unknown,
}

/// A temporal expression normalised against the article date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when unresolved.
    pub value: Option<String>,
    /// Precision of [`DateValue::value`].
    pub precision: Precision,
    /// The expression as written ("on Monday", "last month").
    pub text: String,
    /// Whether [`DateValue::value`] was resolved; relative expressions in
    /// undated articles stay unresolved, never guessed.
    pub resolved: bool,
    /// Where the expression is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}
