//! Events in the PLOVER ontology.

use serde::{Deserialize, Serialize};

use crate::{DateValue, Evidence, Quantity, RuleId};

/// The sixteen PLOVER event types (PLOVER manual, version 2.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum PloverType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl PloverType {
    /// Every type, in the manual's order.
    pub const ALL: [PloverType; 16] = [
        PloverType::Agree,
        PloverType::Consult,
        PloverType::Support,
        PloverType::Concede,
        PloverType::Cooperate,
        PloverType::Aid,
        PloverType::Retreat,
        PloverType::Request,
        PloverType::Accuse,
        PloverType::Reject,
        PloverType::Threaten,
        PloverType::Protest,
        PloverType::Sanction,
        PloverType::Mobilize,
        PloverType::Coerce,
        PloverType::Assault,
    ];

    /// The upper-case PLOVER name (`ASSAULT`).
    pub fn as_str(self) -> &'static str {
        match self {
            PloverType::Agree => "AGREE",
            PloverType::Consult => "CONSULT",
            PloverType::Support => "SUPPORT",
            PloverType::Concede => "CONCEDE",
            PloverType::Cooperate => "COOPERATE",
            PloverType::Aid => "AID",
            PloverType::Retreat => "RETREAT",
            PloverType::Request => "REQUEST",
            PloverType::Accuse => "ACCUSE",
            PloverType::Reject => "REJECT",
            PloverType::Threaten => "THREATEN",
            PloverType::Protest => "PROTEST",
            PloverType::Sanction => "SANCTION",
            PloverType::Mobilize => "MOBILIZE",
            PloverType::Coerce => "COERCE",
            PloverType::Assault => "ASSAULT",
        }
    }

    /// Parses a PLOVER name, ignoring case.
    pub fn parse(name: &str) -> Option<PloverType> {
        PloverType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

impl std::fmt::Display for PloverType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an event happened, is planned, is conditional, is denied or is background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Reported as having happened.
    Reported,
    /// Announced for the future.
    Scheduled,
    /// Conditional or speculative ("if Monday's meeting brings nothing").
    Hypothetical,
    /// Reported as not having happened ("did not attend").
    Negated,
    /// Generic history, not a new happening.
    Background,
}

impl EventStatus {
    /// The stable lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Reported => "reported",
            EventStatus::Scheduled => "scheduled",
            EventStatus::Hypothetical => "hypothetical",
            EventStatus::Negated => "negated",
            EventStatus::Background => "background",
        }
    }
}

/// Who does or suffers an event: a display name and a code
/// (ISO alpha-3, `IGO:UN`, `NSA:HAMAS`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Display name ("Russia", "the Kremlin", "Hamas").
    pub name: String,
    /// Code, when the actor is known to the gazetteers.
    pub code: Option<String>,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Place name ("Kyiv").
    pub name: String,
    /// ISO alpha-3 code of its country.
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// One event as one article tells it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: PloverType,
    /// PLOVER mode of the type (`air`, `release`, ...), when one applies.
    pub mode: Option<String>,
    /// Who acted.
    pub source: Option<Actor>,
    /// Who was acted upon.
    pub target: Option<Actor>,
    /// Codes of all parties; for symmetric events (talks) this names both sides.
    pub participants: Vec<String>,
    /// Where it happened.
    pub location: Option<Location>,
    /// When it happened.
    pub date: Option<DateValue>,
    /// Happened, scheduled, hypothetical, negated or background.
    pub status: EventStatus,
    /// Figures: killed, injured, drones, money...
    pub quantities: Vec<Quantity>,
    /// Where the article says so; one entry per mention of the happening.
    pub evidence: Vec<Evidence>,
    /// The rule that fired.
    pub rule: RuleId,
    /// Round number ("the second round of talks" → 2), when the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_parses_back_and_serialises_upper_case() {
        for t in PloverType::ALL {
            assert_eq!(PloverType::parse(&t.as_str().to_lowercase()), Some(t));
            let json = serde_json_like(t);
            assert_eq!(json, format!("\"{}\"", t.as_str()));
        }
        assert_eq!(PloverType::parse("bombard"), None);
    }

    fn serde_json_like(t: PloverType) -> String {
        serde_json::to_string(&t).unwrap()
    }
}
