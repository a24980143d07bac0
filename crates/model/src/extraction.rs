//! The result of extracting one article.

use serde::{Deserialize, Serialize};

use crate::{Article, Entity, Event, Quote, Span};

/// Something odd about the input that did not stop extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable machine-readable code (`noise-line`, `unresolved-date`).
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// Where, when the diagnostic concerns part of the text.
    pub span: Option<Span>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The article all spans refer to.
    pub article: Article,
    /// People, organisations, countries and places.
    pub entities: Vec<Entity>,
    /// Events.
    pub events: Vec<Event>,
    /// Direct quotes.
    pub quotes: Vec<Quote>,
    /// Oddities met on the way.
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    /// An extraction holding the article and nothing found in it yet.
    pub fn empty(article: Article) -> Extraction {
        Extraction {
            article,
            entities: Vec::new(),
            events: Vec::new(),
            quotes: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}
