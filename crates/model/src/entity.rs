//! People, organisations, countries and places named in an article.

use serde::{Deserialize, Serialize};

use crate::{RuleId, Span};

/// What kind of thing an [`Entity`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// An organisation: government body, international organisation, armed group, company.
    Org,
    /// A country, coded ISO 3166-1 alpha-3.
    Country,
    /// A city, region or other place.
    Place,
}

impl EntityKind {
    /// The stable lower-case name used in outputs and stores.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Org => "org",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
        }
    }
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Rule or lexicon entry that recognised this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<RuleId>,
}

impl Mention {
    /// The mention's byte range.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A person, organisation, country or place, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Kind of entity.
    pub kind: EntityKind,
    /// Canonical name ("Volodymyr Zelensky", "Kyiv").
    pub name: String,
    /// Code: ISO alpha-3 for countries, `IGO:UN` for organisations, `NSA:HAMAS`
    /// for non-state groups; for people and places, the code of their side or country.
    pub code: Option<String>,
    /// Role the text gives a person ("Kremlin spokesman").
    pub role: Option<String>,
    /// Latitude of a place.
    pub lat: Option<f64>,
    /// Longitude of a place.
    pub lon: Option<f64>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}
