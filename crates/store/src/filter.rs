//! Query filters shared by every listing.

use chrono::NaiveDate;
use storyline_model::EventStatus;

/// What to select. Empty fields select everything; each command uses the
/// fields that apply to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Actor code (`RUS`, `IGO:UN`) or name fragment, matched against
    /// source, target and participants (for quotes: the speaker).
    pub actor: Option<String>,
    /// PLOVER type name.
    pub kind: Option<String>,
    /// Place name fragment or country code.
    pub place: Option<String>,
    /// Earliest date (inclusive).
    pub since: Option<NaiveDate>,
    /// Latest date (inclusive).
    pub until: Option<NaiveDate>,
    /// Story id or title fragment.
    pub story: Option<String>,
    /// Text fragment, matched case-insensitively.
    pub text: Option<String>,
    /// Event statuses to keep; empty keeps all.
    pub statuses: Vec<EventStatus>,
    /// Largest number of rows.
    pub limit: Option<usize>,
}
