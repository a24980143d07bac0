//! The matcher: one Aho-Corasick automaton (leftmost-longest) over every
//! surface form, plus the word-boundary rules.
//!
//! Searches start only at word starts, anchored there, and only where the
//! text's first two bytes open some form: most words of running text open
//! none ("said", "troops"), and a bit table over byte pairs that stays in
//! cache rules them out without touching the much larger automaton.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::boundary::{ends_word, starts_word};
use crate::surfaces::Surfaces;

/// A raw hit: byte span and surface id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub surface: u32,
}

/// The automaton over all surface forms.
#[derive(Debug)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    openings: Openings,
}

impl Matcher {
    /// Builds the automaton; pattern ids are the surface ids.
    ///
    /// # Panics
    ///
    /// Panics if the automaton cannot be built (it exceeds the library's
    /// size limits), which the crate's tests would catch.
    pub(crate) fn build(surfaces: &Surfaces) -> Self {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            // Searches start only at word starts (anchored), so a name
            // inside a longer word never costs a search.
            .start_kind(StartKind::Anchored)
            .build(surfaces.forms.iter().map(|f| f.as_bytes()))
            .expect("surface forms fit in an Aho-Corasick automaton");
        let mut openings = Openings::default();
        for form in &surfaces.forms {
            openings.insert(form.as_bytes());
        }
        Self { ac, openings }
    }

    /// Heap bytes used by the automaton.
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.memory_usage()
    }

    /// Every match in `text`: leftmost-longest, on word boundaries,
    /// non-overlapping, in text order. When the longest form at a position
    /// ends inside a word ("Omanis" is no form, "Oman" ends inside it), the
    /// longest shorter form at the same position that ends on a boundary is
    /// taken instead; when there is none, the search goes on at the next word
    /// start. Only word starts are searched, anchored there.
    pub(crate) fn find(&self, surfaces: &Surfaces, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut resume = 0;
        // Whether the previous character is alphanumeric: a word starts at
        // an alphanumeric character after one that is not.
        let mut in_word = false;
        for (i, c) in text.char_indices() {
            let alphanumeric = c.is_alphanumeric();
            let starts = alphanumeric && !in_word;
            in_word = alphanumeric;
            if i < resume || !starts {
                continue;
            }
            debug_assert!(starts_word(text, i));
            let Some(mut hit) = self.at(surfaces, text, i) else {
                continue;
            };
            // A longer name starting at a later word of this match wins:
            // "the UN Security Council" is the Security Council, not "the UN".
            let mut j = hit.start;
            while let Some((k, _)) = text[j..hit.end]
                .char_indices()
                .skip(1)
                .find(|&(k, c)| c.is_alphanumeric() && starts_word(text, j + k))
            {
                j += k;
                if let Some(longer) = self.at(surfaces, text, j).filter(|h| h.end > hit.end) {
                    hit = longer;
                }
            }
            resume = hit.end;
            hits.push(hit);
        }
        hits
    }

    /// The match anchored at word start `i`, if any ends on a word boundary.
    fn at(&self, surfaces: &Surfaces, text: &str, i: usize) -> Option<Hit> {
        if !self.openings.may_open(&text.as_bytes()[i..]) {
            return None;
        }
        let input = Input::new(text).span(i..text.len()).anchored(Anchored::Yes);
        let m = self.ac.find(input)?;
        longest_on_boundary(surfaces, text, i, m.end(), m.pattern().as_u32())
    }
}

/// The first one or two bytes of every form: a form can only match where
/// the text starts with its first two bytes (or its only byte).
#[derive(Debug)]
struct Openings {
    /// Bit `(a << 8) | b` is set when a form starts with bytes `a`, `b`.
    pairs: Box<[u64; 1024]>,
    /// Bit `a` is set when a form is the single byte `a`.
    singles: [u64; 4],
}

impl Default for Openings {
    fn default() -> Self {
        Self {
            pairs: Box::new([0; 1024]),
            singles: [0; 4],
        }
    }
}

impl Openings {
    fn insert(&mut self, form: &[u8]) {
        match *form {
            [] => {}
            [a] => self.singles[usize::from(a) / 64] |= 1 << (a % 64),
            [a, b, ..] => {
                let pair = usize::from(a) << 8 | usize::from(b);
                self.pairs[pair / 64] |= 1 << (pair % 64);
            }
        }
    }

    /// Whether some form may start at the start of `rest`.
    fn may_open(&self, rest: &[u8]) -> bool {
        match *rest {
            [] => false,
            [a, ..] if self.singles[usize::from(a) / 64] & (1 << (a % 64)) != 0 => true,
            [_] => false,
            [a, b, ..] => {
                let pair = usize::from(a) << 8 | usize::from(b);
                self.pairs[pair / 64] & (1 << (pair % 64)) != 0
            }
        }
    }
}

/// The longest form starting at `start` and ending on a word boundary, given
/// that the longest form starting there is `surface`, ending at `end`.
fn longest_on_boundary(
    surfaces: &Surfaces,
    text: &str,
    start: usize,
    end: usize,
    surface: u32,
) -> Option<Hit> {
    if ends_word(text, end) {
        return Some(Hit {
            start,
            end,
            surface,
        });
    }
    (start + 1..end)
        .rev()
        .filter(|&e| text.is_char_boundary(e) && ends_word(text, e))
        .find_map(|e| {
            let surface = surfaces.id(&text[start..e])?;
            Some(Hit {
                start,
                end: e,
                surface,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_admit_every_form_and_little_else() {
        let mut openings = Openings::default();
        for form in ["Kyiv", "X", "the Kremlin"] {
            openings.insert(form.as_bytes());
        }
        for text in ["Kyiv's", "X", "Xi", "the Kremlin", "they"] {
            assert!(openings.may_open(text.as_bytes()), "{text}");
        }
        for text in ["said", "K", "", "Kremlin"] {
            assert!(!openings.may_open(text.as_bytes()), "{text}");
        }
    }
}
