//! Direct quotes and who said them.

use serde::{Deserialize, Serialize};

use crate::{Evidence, RuleId};

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker's canonical name, or an outlet or body ("Al Jazeera").
    pub name: String,
    /// Role the text gives the speaker.
    pub role: Option<String>,
    /// Side: ISO alpha-3 or organisation code.
    pub code: Option<String>,
}

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks; parts of a split quote
    /// are joined with " … ".
    pub text: String,
    /// The speaker, when the text attributes the quote.
    pub speaker: Option<Speaker>,
    /// Spans of the quoted parts and of the attribution.
    pub evidence: Vec<Evidence>,
    /// The attribution rule that fired.
    pub rule: RuleId,
}
