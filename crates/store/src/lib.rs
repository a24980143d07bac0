//! The store: where articles and their extractions live between runs.
//!
//! [`Store`] is the boundary the rest of storyline talks to; only this crate
//! knows SQL. [`SqliteStore`] is the embedded default (bundled SQLite, WAL,
//! versioned migrations, one transaction per batch so a killed ingest never
//! leaves a half-stored article). A PostgreSQL store implements the same trait.
//!
//! ```
//! use storyline_model::{Article, Extraction};
//! use storyline_store::{Filter, PutOutcome, SqliteStore, Store};
//! let mut store = SqliteStore::open_in_memory().unwrap();
//! let batch = vec![Extraction::empty(Article::from_text("Talks resumed.".into()))];
//! assert_eq!(store.put_batch(&batch).unwrap(), vec![PutOutcome::New]);
//! assert_eq!(store.put_batch(&batch).unwrap(), vec![PutOutcome::AlreadyStored]);
//! assert_eq!(store.articles(&Filter::default()).unwrap().len(), 1);
//! ```
#![deny(missing_docs)]

mod consolidation;
mod error;
mod filter;
mod migrations;
mod read;
mod sqlite;
mod watch;

pub use consolidation::{ArticleLinks, ConsolidateStats, Names};
pub use error::{Error, ErrorKind};
pub use filter::Filter;
pub use migrations::SCHEMA_VERSION;
pub use read::{StoredExtraction, TimelinePage};
pub use sqlite::SqliteStore;
pub use watch::{FileStamp, UrlState, WatchRecord, WatchState};

use chrono::NaiveDate;
use serde::Serialize;
use storyline_model::{Article, ArticleId, CanonicalEvent, Entity, Event, Quote, Story};

/// What happened to one article of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    /// Stored now.
    New,
    /// An article with the same content was already stored; only the new
    /// location (path or URL) was recorded.
    AlreadyStored,
}

/// An event with the article it came from.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEvent {
    /// Article id.
    pub article_id: ArticleId,
    /// The article's publication date.
    pub article_date: Option<NaiveDate>,
    /// The article's path or URL.
    pub article_location: Option<String>,
    /// The event as extracted.
    pub event: Event,
}

/// A quote with the article it came from.
#[derive(Debug, Clone, Serialize)]
pub struct StoredQuote {
    /// Article id.
    pub article_id: ArticleId,
    /// The article's publication date.
    pub article_date: Option<NaiveDate>,
    /// The quote as extracted.
    pub quote: Quote,
}

/// An entity summed over every stored article that names it.
#[derive(Debug, Clone, Serialize)]
pub struct EntitySummary {
    /// The entity as first extracted (kind, name, code, role, coordinates;
    /// `mentions` left empty).
    pub entity: Entity,
    /// Number of articles naming it.
    pub articles: u64,
    /// Number of mentions over all articles.
    pub mentions: u64,
}

/// Counts of what the store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Article events.
    pub events: u64,
    /// Quotes.
    pub quotes: u64,
    /// Entity rows (one per entity per article).
    pub entities: u64,
}

/// A place where articles and extractions are kept.
///
/// Writes are all-or-nothing per batch: after a crash, every batch that
/// returned `Ok` is intact and nothing of a later batch is visible.
pub trait Store {
    /// Stores a batch of extracted articles in one transaction. An article
    /// already stored (same content id) is not stored again.
    fn put_batch(
        &mut self,
        batch: &[storyline_model::Extraction],
    ) -> Result<Vec<PutOutcome>, Error>;

    /// Articles matching `filter` (date range, text, limit), newest first.
    fn articles(&self, filter: &Filter) -> Result<Vec<Article>, Error>;

    /// One article by id.
    fn article(&self, id: &ArticleId) -> Result<Option<Article>, Error>;

    /// Whether an article with this id is stored (cheap: no text is read).
    fn has_article(&self, id: &ArticleId) -> Result<bool, Error>;

    /// Article events matching `filter`, in date order (undated last).
    fn events(&self, filter: &Filter) -> Result<Vec<StoredEvent>, Error>;

    /// Quotes matching `filter` (speaker as actor, text, article dates).
    fn quotes(&self, filter: &Filter) -> Result<Vec<StoredQuote>, Error>;

    /// Entities summed over articles, most mentioned first.
    fn entities(&self, filter: &Filter) -> Result<Vec<EntitySummary>, Error>;

    /// How much the store holds.
    fn counts(&self) -> Result<Counts, Error>;

    /// Consolidates the articles stored since the last call into canonical
    /// events and stories; `names` gives display names of codes for story
    /// titles.
    fn consolidate(&mut self, names: Names<'_>) -> Result<ConsolidateStats, Error>;

    /// Canonical events matching `filter`, in timeline order (undated last,
    /// an undated round just before the next round of its story).
    fn timeline(&self, filter: &Filter) -> Result<Vec<CanonicalEvent>, Error>;

    /// Stories matching `filter` (story id or title, dates), earliest first.
    fn stories(&self, filter: &Filter) -> Result<Vec<Story>, Error>;
}
