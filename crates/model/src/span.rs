//! Byte spans into article text, evidence and rule ids.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into [`crate::Article::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `None` when it does not fall on
    /// character boundaries inside `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Where an extracted item was read: a span and the index of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of the sentence (0-based, in article order) holding the span.
    pub sentence: usize,
}

impl Evidence {
    /// The evidence's byte range.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Identifier of the rule or lexicon entry that produced an item, such as
/// `event/ASSAULT/strike-on` or `gazetteer/country`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RuleId(pub String);

impl RuleId {
    /// A rule id from any string.
    pub fn new(id: impl Into<String>) -> RuleId {
        RuleId(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_respects_char_boundaries() {
        let text = "Türkiye hosts talks";
        assert_eq!(Span::new(0, 8).slice(text), Some("Türkiye"));
        assert_eq!(Span::new(0, 2).slice(text), None, "inside the two-byte ü");
        assert_eq!(Span::new(0, 100).slice(text), None);
    }

    #[test]
    fn cover_spans_both() {
        assert_eq!(Span::new(5, 8).cover(Span::new(2, 6)), Span::new(2, 8));
    }
}
