//! The gold annotation format.

use serde::{Deserialize, Serialize};

/// Where a gold article's text comes from: a file (relative to the gold
/// file) or inline text, with an optional date overriding the file's.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldSource {
    /// Path of the article file, relative to the gold file.
    #[serde(default)]
    pub path: Option<String>,
    /// Inline article text.
    #[serde(default)]
    pub text: Option<String>,
    /// Publication date (`YYYY-MM-DD`) for inline text.
    #[serde(default)]
    pub date: Option<String>,
}

/// One hand-annotated article.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldArticle {
    /// The article.
    pub article: GoldSource,
    /// Events a careful analyst notes.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    /// Direct quotes.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Entities named.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Stretches that must not yield an event.
    #[serde(default)]
    pub not_events: Vec<NotEvent>,
}

/// An expected event.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldEvent {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode, when annotated.
    #[serde(default)]
    pub mode: Option<String>,
    /// Exact substring of the article stating the event.
    pub evidence: String,
    /// Further exact substrings mentioning the same happening.
    #[serde(default)]
    pub also: Vec<String>,
    /// reported | scheduled | hypothetical | negated | background.
    #[serde(default)]
    pub status: Option<String>,
    /// Source actor code.
    #[serde(default)]
    pub source: Option<String>,
    /// Target actor code.
    #[serde(default)]
    pub target: Option<String>,
    /// Codes of all parties.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Normalised date, or null when the text gives none.
    #[serde(default)]
    pub date: Option<String>,
    /// The date expression as written, for unresolved dates.
    #[serde(default)]
    pub date_text: Option<String>,
    /// Place name.
    #[serde(default)]
    pub location: Option<String>,
    /// Figures.
    #[serde(default)]
    pub quantities: Vec<GoldQuantity>,
}

/// An expected figure.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldQuantity {
    /// What is counted.
    pub kind: String,
    /// The value (lower end of a range).
    pub value: f64,
    /// exact | about | at_least | more_than | at_most | less_than | range.
    #[serde(default)]
    pub bound: Option<String>,
    /// Upper end of a range.
    #[serde(default)]
    pub max: Option<f64>,
    /// Currency code or "%".
    #[serde(default)]
    pub unit: Option<String>,
}

/// An expected quote.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldQuote {
    /// Exact substring: the quoted words.
    pub text: String,
    /// Speaker's name, or null when unattributed.
    #[serde(default)]
    pub speaker: Option<String>,
}

/// An expected entity.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldEntity {
    /// person | org | country | place.
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// Code or side.
    #[serde(default)]
    pub code: Option<String>,
    /// Role as the text gives it.
    #[serde(default)]
    pub role: Option<String>,
}

/// A stretch of text that must not yield an event.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NotEvent {
    /// Exact substring.
    pub evidence: String,
    /// Why it is not an event.
    #[serde(default)]
    pub why: Option<String>,
}
