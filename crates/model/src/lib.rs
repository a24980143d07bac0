//! Domain model of storyline: the nouns every stage speaks.
//!
//! An [`Article`] is clean text plus metadata. Everything extracted from it
//! ([`Entity`], [`Event`], [`Quote`], [`Quantity`], [`DateValue`]) points back
//! into [`Article::text`] through a [`Span`] (byte offsets) and names the
//! [`RuleId`] that produced it, so every output can be traced in one step.
//!
//! This crate does no I/O and has no knowledge of formats or stores.
//!
//! ```
//! use storyline_model::{Article, Span};
//! let article = Article::from_text("Talks resumed in Istanbul.".to_string());
//! let span = Span::new(17, 25);
//! assert_eq!(span.slice(&article.text), Some("Istanbul"));
//! assert_eq!(article.id.as_str().len(), 16);
//! ```
#![deny(missing_docs)]

mod article;
mod canonical;
mod entity;
mod event;
mod extraction;
mod quantity;
mod quote;
mod span;
mod time;

pub use article::{Article, ArticleId, DateSource};
pub use canonical::{
    CanonicalDate, CanonicalEvent, MentionDate, MentionRef, SourceArticle, SourcedQuantity,
    SourcedValue, Story, StoryRef,
};
pub use entity::{Entity, EntityKind, Mention};
pub use event::{Actor, Event, EventStatus, Location, PloverType};
pub use extraction::{Diagnostic, Extraction};
pub use quantity::{Bound, Quantity};
pub use quote::{Quote, Speaker};
pub use span::{Evidence, RuleId, Span};
pub use time::{DateValue, Precision};
