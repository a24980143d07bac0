//! Consolidated output: canonical events across articles, and stories.
//!
//! A [`CanonicalEvent`] is one real-world happening told by one or more
//! articles. It keeps every article's own account: the figures each source
//! gives ([`SourcedQuantity`]), every evidence span, and the dates each
//! article wrote, pinned through other articles when the article itself had
//! no date ([`MentionRef::date`] with `inferred`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Actor, ArticleId, Bound, EventStatus, Location, PloverType, Precision, RuleId};

/// A canonical event: one happening, many articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CanonicalEvent {
    /// Stable id (`ev-` and 16 hex digits): the same on every run over the
    /// same articles, unchanged by adding unrelated articles.
    pub id: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: PloverType,
    /// PLOVER mode most sources give.
    pub mode: Option<String>,
    /// Who acted, as most sources name it.
    pub source: Option<Actor>,
    /// Who was acted upon.
    pub target: Option<Actor>,
    /// Codes of all parties over all sources.
    pub participants: Vec<String>,
    /// The most precise place the sources agree on.
    pub location: Option<Location>,
    /// The best-supported date.
    pub date: Option<CanonicalDate>,
    /// `reported` as soon as one source reports it as having happened;
    /// `scheduled` while every source announces it.
    pub status: EventStatus,
    /// Round number ("the second round of talks" → 2), when the sources give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
    /// One line built from the evidence: the clearest sentence a source wrote.
    pub summary: String,
    /// The story thread it belongs to.
    pub story: Option<StoryRef>,
    /// Distinct sources: articles, counting a syndicated copy and its
    /// original as one.
    pub sources: usize,
    /// Earliest publication date among the articles (inferred dates included).
    pub first_reported: Option<NaiveDate>,
    /// Every article telling it, first reported first.
    pub articles: Vec<SourceArticle>,
    /// Figures, each value with the articles that give it.
    pub quantities: Vec<SourcedQuantity>,
    /// Each article event merged here, with its evidence and date.
    pub mentions: Vec<MentionRef>,
    /// The rule that linked the mentions (`consolidate/...`), then the
    /// extraction rules of the mentions.
    pub rules: Vec<RuleId>,
}

/// The date of a canonical event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CanonicalDate {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// Precision of the value.
    pub precision: Precision,
    /// First day the sources allow.
    pub from: NaiveDate,
    /// Last day the sources allow.
    pub to: NaiveDate,
    /// How many articles give this value.
    pub support: usize,
    /// Whether the date comes only from articles whose own date was inferred.
    pub inferred: bool,
}

/// A story: canonical events that belong to one thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryRef {
    /// Stable id (`st-` and 16 hex digits).
    pub id: String,
    /// A readable title ("Russia–Ukraine talks in Istanbul").
    pub title: String,
}

/// A story with its span in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id (`st-` and 16 hex digits).
    pub id: String,
    /// A readable title.
    pub title: String,
    /// Number of canonical events.
    pub events: usize,
    /// First dated event.
    pub first: Option<NaiveDate>,
    /// Last dated event.
    pub last: Option<NaiveDate>,
}

/// An article that tells a canonical event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceArticle {
    /// Article id.
    pub id: ArticleId,
    /// Path it was read from.
    pub path: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date, given or inferred.
    pub date: Option<NaiveDate>,
    /// Whether [`SourceArticle::date`] was inferred through other articles.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub date_inferred: bool,
    /// When the article is a syndicated copy: the id of the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<ArticleId>,
}

/// One figure kind over all sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcedQuantity {
    /// What is counted ("killed").
    pub kind: String,
    /// Unit ("USD", "%"), `None` for counts.
    pub unit: Option<String>,
    /// Whether all the values can be true at once ("at least 12" and "14"
    /// agree; "13" and "14" do not).
    pub agree: bool,
    /// Each distinct value, most sources first.
    pub values: Vec<SourcedValue>,
}

/// One value of a figure and who gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourcedValue {
    /// The value (lower end of a range).
    pub value: f64,
    /// How it bounds the truth.
    pub bound: Bound,
    /// Upper end of a range.
    pub max: Option<f64>,
    /// Distinct sources giving it (copies count once).
    pub sources: usize,
    /// The articles giving it.
    pub articles: Vec<ArticleId>,
}

/// One article event merged into a canonical event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRef {
    /// Article id.
    pub article: ArticleId,
    /// Index of the event in the article's extraction.
    pub seq: u32,
    /// The article event's status.
    pub status: EventStatus,
    /// The date as the article gives it, pinned when it was relative in an
    /// undated article.
    pub date: Option<MentionDate>,
    /// Evidence spans in the article text.
    pub evidence: Vec<crate::Evidence>,
    /// The extraction rule.
    pub rule: RuleId,
}

/// A mention's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionDate {
    /// The expression as written ("on Monday").
    pub text: String,
    /// Its value, when resolved or pinned.
    pub value: Option<String>,
    /// Whether the value was pinned through other articles rather than read
    /// against the article's own date.
    pub inferred: bool,
}
