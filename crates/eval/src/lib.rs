//! Evaluation of extraction against hand-annotated gold articles.
//!
//! The gold format (one JSON object per article, documented in
//! `docs/eval.md`) names each expected event by an exact `evidence`
//! substring of the article; a predicted event matches a gold event of the
//! same type whose evidence overlaps one of its evidence spans. Matched
//! pairs are then compared field by field. Scoring is pure: the caller
//! reads the files and runs extraction.
//!
//! [`consolidation`] scores canonical events against hand-annotated
//! happenings in the same spirit.
#![deny(missing_docs)]

pub mod consolidation;
mod gold;
mod report;
mod score;

pub use gold::{GoldArticle, GoldEntity, GoldEvent, GoldQuantity, GoldQuote, GoldSource, NotEvent};
pub use report::{Counts, FieldAccuracy, Report};
pub use score::score;
