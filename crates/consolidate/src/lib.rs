//! Consolidation: from article events to canonical events and stories.
//!
//! The input is every article event ([`Mention`]) of a set of articles
//! ([`ArticleInfo`], with their syndication groups from [`copies`]); the
//! output is one [`CanonicalEvent`] per real-world happening and the
//! `Story` threads they form. The steps:
//!
//! 1. **Features and blocks** (`features`): each reported or scheduled
//!    mention is reduced to type, day interval, parties, place and round,
//!    and filed under block keys. Only mentions sharing a key are compared,
//!    so cost grows with the corpus, not its square.
//! 2. **Links** (`link`, `cluster`): pairs that tell the same happening
//!    are joined with a union-find that refuses any union whose two groups
//!    conflict (different nights, rounds, cities, attackers), pairs taken in
//!    a fixed order so the groups never depend on input order.
//! 3. **Canonical events** (`assemble`): best type, mode, actors, place
//!    and date, every evidence span, figures per source with agreement,
//!    distinct sources (a copy counts with its original), a stable id.
//! 4. **Undated articles** (`pin`): when an undated article's events join
//!    dated ones, its relative dates are pinned and its publication date
//!    inferred, both marked as inferred.
//! 5. **Stories** ([`stories`]): canonical events of the same parties
//!    close in time form a thread with a readable title.
//!
//! Everything is a pure function of its input: the same articles give the
//! same result in any order, which is what lets a store update only the
//! part of the graph new articles touch ([`keys_of`] gives the keys to look
//! up) and still equal a run from scratch.
#![deny(missing_docs)]

mod assemble;
mod cluster;
pub mod copies;
mod features;
mod link;
mod pin;
pub mod stories;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use storyline_model::{ArticleId, CanonicalEvent, Event, EventStatus};

pub use features::Keys;
pub use stories::{build_stories, sort_dates, story_key};

/// What consolidation needs to know about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleInfo {
    /// Article id.
    pub id: ArticleId,
    /// Path it was read from.
    pub path: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date, when the article gives it.
    pub date: Option<NaiveDate>,
    /// When the article is a syndicated copy: the original's id.
    pub copy_of: Option<ArticleId>,
}

/// One article event.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of its article in [`Input::articles`].
    pub article: usize,
    /// Index of the event in the article's extraction.
    pub seq: u32,
    /// The event as extracted.
    pub event: Event,
    /// Round number ("second round" → 2).
    pub ordinal: Option<u32>,
    /// The sentence holding the event's first evidence span, for the
    /// summary line.
    pub sentence: String,
}

/// Articles and their events.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Articles.
    pub articles: Vec<ArticleInfo>,
    /// Their events, any order.
    pub mentions: Vec<Mention>,
}

/// An undated article's publication date, inferred through other articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InferredDate {
    /// The article.
    pub article: ArticleId,
    /// Most probable date: the day within the evidence's window that keeps
    /// the article's own weekdays closest together, else the earliest.
    pub date: NaiveDate,
    /// Earliest date the evidence allows.
    pub earliest: NaiveDate,
    /// Latest date the evidence allows.
    pub latest: NaiveDate,
    /// Canonical events whose dates pinned it.
    pub evidence: Vec<String>,
}

/// The result of consolidating an input.
#[derive(Debug, Clone, Default)]
pub struct Consolidation {
    /// Canonical events, in timeline order (see [`timeline_order`]).
    pub events: Vec<CanonicalEvent>,
    /// Publication dates inferred for undated articles.
    pub inferred: Vec<InferredDate>,
    /// For each mention of the input: the index of its canonical event in
    /// [`Consolidation::events`], or `None` when it is not consolidated
    /// (hypothetical, negated and background events stay with their article).
    pub assignment: Vec<Option<usize>>,
}

/// Whether a mention takes part in consolidation: events that happened or
/// are scheduled. Hypothetical, negated and background ones stay with
/// their article.
pub fn consolidates(event: &Event) -> bool {
    matches!(event.status, EventStatus::Reported | EventStatus::Scheduled)
}

/// The block keys of a mention of `article`: a store files mentions under
/// `insert` and, to update incrementally, reloads every stored mention that
/// shares a key either way with the new ones (see the crate docs).
pub fn keys_of(mention: &Mention, article: &ArticleInfo) -> Keys {
    if !consolidates(&mention.event) {
        return Keys::default();
    }
    let mut interner = features::Interner::default();
    // Keys hash the values themselves, never interned ids.
    features::keys(&features::features(mention, article, &mut interner))
}

/// Consolidates the input: see the crate documentation for the steps.
pub fn consolidate(input: &Input) -> Consolidation {
    let groups = copy_groups(&input.articles);
    let mut interner = features::Interner::default();
    let candidates: Vec<usize> = (0..input.mentions.len())
        .filter(|&i| consolidates(&input.mentions[i].event))
        .collect();
    let feats: Vec<features::Features> = candidates
        .iter()
        .map(|&i| {
            let m = &input.mentions[i];
            features::features(m, &input.articles[m.article], &mut interner)
        })
        .collect();
    let order = link_order(input, &candidates);
    let clusters = cluster::cluster(&feats, &order);
    // Free the features before the canonical events are built: the peak
    // memory is the input plus the larger of the two.
    drop(feats);
    let mut events = Vec::with_capacity(clusters.len());
    let mut assignment = vec![None; input.mentions.len()];
    for cluster in &clusters {
        let members: Vec<usize> = cluster.members.iter().map(|&k| candidates[k]).collect();
        let event = assemble::canonical(input, &groups, &members, &cluster.reasons);
        for &m in &members {
            assignment[m] = Some(events.len());
        }
        events.push(event);
    }
    let inferred = pin::Pins::finish(input, &mut events);
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| timeline_order(&events[a], &events[b]));
    let mut position = vec![0; events.len()];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new;
    }
    for slot in assignment.iter_mut().flatten() {
        *slot = position[*slot];
    }
    // Permute in place (following cycles): no second copy of the events.
    let mut target = position;
    for i in 0..events.len() {
        while target[i] != i {
            let j = target[i];
            events.swap(i, j);
            target.swap(i, j);
        }
    }
    Consolidation {
        events,
        inferred,
        assignment,
    }
}

/// Timeline order: by date (a month after the days it holds), then round,
/// then id; undated events last.
pub fn timeline_order(a: &CanonicalEvent, b: &CanonicalEvent) -> std::cmp::Ordering {
    let key = |e: &CanonicalEvent| {
        (
            e.date.is_none(),
            e.date.as_ref().map(|d| (d.to, d.from)),
            e.ordinal,
            e.id.clone(),
        )
    };
    key(a).cmp(&key(b))
}

/// The copy group of each article: the index of its original (itself when
/// it is no copy or its original is not in the input).
fn copy_groups(articles: &[ArticleInfo]) -> Vec<u32> {
    let index: FxHashMap<&ArticleId, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (&a.id, i))
        .collect();
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let root = a
                .copy_of
                .as_ref()
                .and_then(|o| index.get(o).copied())
                .unwrap_or(i);
            root as u32
        })
        .collect()
}

/// The order in which mentions are considered: articles by id, events by
/// sequence, so that the result never depends on input order.
fn link_order(input: &Input, candidates: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, mb) = (
            &input.mentions[candidates[a]],
            &input.mentions[candidates[b]],
        );
        (&input.articles[ma.article].id, ma.seq).cmp(&(&input.articles[mb.article].id, mb.seq))
    });
    order
}

/// The sentence around byte span `start..end` of `text`: from after the
/// previous sentence end (". ", "! ", "? " or a line break) to the next.
pub fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let end = end.min(text.len());
    if start > end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return "";
    }
    let bytes = text.as_bytes();
    let is_end = |i: usize| {
        bytes[i] == b'\n'
            || (matches!(bytes[i], b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_some_and(|b| b.is_ascii_whitespace()))
    };
    let from = (0..start).rev().find(|&i| is_end(i)).map_or(0, |i| i + 1);
    let to = (end..bytes.len())
        .find(|&i| is_end(i))
        .map_or(bytes.len(), |i| if bytes[i] == b'\n' { i } else { i + 1 });
    text[from..to].trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_around_a_span() {
        let text =
            "Talks began. Russia struck Kyiv overnight, officials said. More later.\nNext line.";
        let at = text.find("struck").unwrap();
        assert_eq!(
            sentence_around(text, at, at + 6),
            "Russia struck Kyiv overnight, officials said."
        );
        assert_eq!(sentence_around(text, 0, 5), "Talks began.");
        let at = text.find("Next").unwrap();
        assert_eq!(sentence_around(text, at, at + 4), "Next line.");
        assert_eq!(sentence_around(text, 999, 1000), "");
    }
}
