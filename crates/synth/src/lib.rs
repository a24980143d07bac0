//! Deterministic synthetic news corpus for storyline's tests and benchmarks.
//!
//! [`Generator::article`] writes article `i` of the corpus `seed` from
//! `(seed, i)` alone, so any slice of a corpus of millions of articles can be
//! produced in constant memory, in any order and in parallel, and the same
//! seed gives byte-identical articles on every machine and forever (the
//! pseudo-random generator is [`rng::Rng`], written here).
//!
//! Articles report strikes, talks, aid, sanctions, prisoner exchanges,
//! protests and displacement in a dozen conflicts, with real places,
//! invented people, figures with bounds ("at least 12"), money, relative and
//! absolute dates, attributed quotes and the odd scraped-page noise line.
//! Every article's text is unique within its corpus.
//!
//! ```
//! use storyline_synth::Generator;
//! let generator = Generator::new(7);
//! let article = generator.article(42);
//! assert_eq!(article, generator.article(42));
//! assert!(article.text.len() > 300);
//! let line = article.to_jsonl();
//! assert!(line.starts_with("{\"id\":\"synth-00000042\""));
//! ```
#![deny(missing_docs)]

mod article;
mod cast;
#[rustfmt::skip]
mod conflicts;
pub mod corpus;
pub mod date;
#[rustfmt::skip]
mod names;
pub mod numbers;
pub mod rng;
mod slots;
mod story;
pub mod templates;
#[rustfmt::skip]
mod vocab;
mod writer;

pub use article::SynthArticle;
pub use corpus::{CorpusStats, Format};
pub use templates::Topic;

/// A seeded corpus: article `i` depends only on the seed and `i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generator {
    seed: u64,
}

impl Generator {
    /// The corpus of `seed`.
    pub fn new(seed: u64) -> Generator {
        Generator { seed }
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Article `index`.
    pub fn article(&self, index: u64) -> SynthArticle {
        article::write(self.seed, index)
    }

    /// Article `index` in the plain-text seed format, see
    /// [`SynthArticle::to_seed_format`].
    pub fn to_seed_format(&self, index: u64) -> String {
        self.article(index).to_seed_format()
    }

    /// Article `index` as one JSON Lines record, see [`SynthArticle::to_jsonl`].
    pub fn to_jsonl(&self, index: u64) -> String {
        self.article(index).to_jsonl()
    }

    /// Articles `range` in order.
    pub fn articles(&self, range: std::ops::Range<u64>) -> impl Iterator<Item = SynthArticle> + '_ {
        range.map(|i| self.article(i))
    }
}

#[cfg(test)]
mod tests;
