//! The kind vocabulary: which words name what a figure counts, read once from
//! `data/figure_kinds.tsv`.
//!
//! Each row is `kind<TAB>words<TAB>notes`; words are `|`-separated, may be
//! several words long ("shopping centre"), and every inflection is spelled
//! out. The notes start with the kind's class and a colon:
//!
//! - `event`: what happened to people or things ("killed", "intercepted");
//!   its words are cues before or after a number ("killing 12", "12 dead").
//! - `generic`: people counted without saying what happened ("people",
//!   "children"); an event cue in the clause wins over them.
//! - `person`: people in a state ("prisoners", "hostages"); event cues win,
//!   and their own words ("captured") are cues for generic nouns.
//! - `thing`: objects ("drones", "buildings"); only "intercepted" wins.
//! - `unit`: measures, durations and the like ("years", "km"): a number
//!   counting them is not a figure.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lex::Cx;

/// How a kind behaves when attaching figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// What happened: killed, injured, intercepted.
    Event,
    /// Plain people: people, civilians, children, troops.
    Generic,
    /// People in a state: prisoners, hostages.
    Person,
    /// Objects: drones, buildings.
    Thing,
    /// Measures that are never figures: years, km.
    Unit,
}

/// How a figure was attached; the last part of its rule id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pattern {
    /// "472 drones", "14 deaths".
    Noun,
    /// "20 people were injured", "13 wounded", "a child was killed".
    Passive,
    /// "killing at least 12", "shot down 104".
    Verb,
    /// "the death toll rose to 14".
    Toll,
    /// "... and a shopping centre".
    List,
    /// "killing 12, including two children".
    Including,
    /// "six of the missiles".
    Partitive,
    /// "84 for 84", "84 prisoners each", "thousand-for-thousand".
    Exchange,
}

const PATTERNS: [(Pattern, &str); 8] = [
    (Pattern::Noun, "noun"),
    (Pattern::Passive, "passive"),
    (Pattern::Verb, "verb"),
    (Pattern::Toll, "toll"),
    (Pattern::List, "list"),
    (Pattern::Including, "including"),
    (Pattern::Partitive, "partitive"),
    (Pattern::Exchange, "exchange"),
];

/// One kind and its rule ids, one per [`Pattern`].
pub(super) struct Kind {
    /// The kind's name, as in [`storyline_model::Quantity::kind`].
    pub name: String,
    /// How it attaches.
    pub class: Class,
    rules: Vec<String>,
}

/// One (possibly multi-word) vocabulary entry.
struct Entry {
    words: Vec<String>,
    kind: usize,
}

/// A vocabulary match: the kind and where it ends.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    /// Index into [`Vocab::kinds`].
    pub kind: usize,
    /// One past its last token.
    pub end: usize,
    /// Whether the entry's first word ends in "s" (a plural noun: "deaths").
    pub plural: bool,
}

/// The parsed vocabulary.
pub(super) struct Vocab {
    /// Every kind, in file order.
    pub kinds: Vec<Kind>,
    entries: Vec<Entry>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
    /// Matches number words and cue words: sentences without one or a digit
    /// hold no figure.
    prefilter: Option<Regex>,
}

/// The vocabulary of `data/figure_kinds.tsv`.
pub(super) static VOCAB: LazyLock<Vocab> = LazyLock::new(|| Vocab::parse(super::KINDS_TSV));

/// Number words for the pre-check (the forms [`super::number`] reads).
const NUMBER_WORDS: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\
thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|\
seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|lakh|crore|\
scores|tens";

impl Vocab {
    /// Parses the TSV; malformed rows are skipped (a test checks there are none).
    pub fn parse(tsv: &str) -> Vocab {
        let mut kinds: Vec<Kind> = Vec::new();
        let mut entries = Vec::new();
        for line in tsv.lines().map(|l| l.trim_end_matches('\r')) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(words), Some(notes)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let class = match notes.split(':').next().map(str::trim) {
                Some("event") => Class::Event,
                Some("generic") => Class::Generic,
                Some("person") => Class::Person,
                Some("thing") => Class::Thing,
                Some("unit") => Class::Unit,
                _ => continue,
            };
            let kind = kinds
                .iter()
                .position(|k| k.name == name)
                .unwrap_or_else(|| {
                    let rules = PATTERNS
                        .iter()
                        .map(|(_, p)| format!("figure/{name}/{p}"))
                        .collect();
                    kinds.push(Kind {
                        name: name.to_string(),
                        class,
                        rules,
                    });
                    kinds.len() - 1
                });
            for w in words.split('|') {
                let words: Vec<String> =
                    w.split_whitespace().map(str::to_ascii_lowercase).collect();
                if !words.is_empty() {
                    entries.push(Entry { words, kind });
                }
            }
        }
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
        let mut cues = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            by_first.entry(e.words[0].clone()).or_default().push(i);
            by_last
                .entry(e.words[e.words.len() - 1].clone())
                .or_default()
                .push(i);
            if matches!(kinds[e.kind].class, Class::Event | Class::Person) {
                cues.push(regex::escape(&e.words[0]));
            }
        }
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort_by_key(|&i| std::cmp::Reverse(entries[i].words.len()));
        }
        cues.sort();
        cues.dedup();
        let pattern = format!(r"(?i-u)\b(?:{NUMBER_WORDS}|{})\b", cues.join("|"));
        Vocab {
            kinds,
            entries,
            by_first,
            by_last,
            prefilter: Regex::new(&pattern).ok(),
        }
    }

    /// Whether `sentence` may hold a figure: a digit, a number word or a cue.
    pub fn may_hold_figures(&self, sentence: &str) -> bool {
        sentence.bytes().any(|b| b.is_ascii_digit())
            || self.prefilter.as_ref().is_none_or(|r| r.is_match(sentence))
    }

    /// The rule id of `kind` attached by `pattern`.
    pub fn rule(&'static self, kind: usize, pattern: Pattern) -> &'static str {
        let p = PATTERNS
            .iter()
            .position(|(q, _)| *q == pattern)
            .unwrap_or(0);
        &self.kinds[kind].rules[p]
    }

    /// The kind called `name`.
    pub fn kind_named(&self, name: &str) -> Option<usize> {
        self.kinds.iter().position(|k| k.name == name)
    }

    /// The class of `kind`.
    pub fn class(&self, kind: usize) -> Class {
        self.kinds[kind].class
    }

    fn hit(&self, e: usize, end: usize) -> Hit {
        let entry = &self.entries[e];
        Hit {
            kind: entry.kind,
            end,
            plural: entry.words[0].ends_with('s'),
        }
    }

    /// The longest entry starting at token `i`.
    pub fn match_at(&self, cx: &Cx, i: usize) -> Option<Hit> {
        let list = self.by_first.get(cx.word(i)?)?;
        list.iter().find_map(|&e| {
            let words = &self.entries[e].words;
            let all = (1..words.len()).all(|k| cx.word(i + k) == Some(words[k].as_str()));
            all.then(|| self.hit(e, i + words.len()))
        })
    }

    /// The longest entry ending just before token `end`.
    pub fn match_ending_at(&self, cx: &Cx, end: usize) -> Option<Hit> {
        let list = self.by_last.get(cx.word(end.checked_sub(1)?)?)?;
        list.iter().find_map(|&e| {
            let words = &self.entries[e].words;
            let start = end.checked_sub(words.len())?;
            let all = (0..words.len()).all(|k| cx.word(start + k) == Some(words[k].as_str()));
            all.then(|| self.hit(e, end))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tsv_is_well_formed() {
        let tsv = super::super::KINDS_TSV;
        assert!(tsv.contains("# hand-curated by the storyline team"));
        let mut rows = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        assert_eq!(rows.next(), Some("kind\twords\tnotes"));
        let v = &*VOCAB;
        let mut seen = HashMap::new();
        for row in rows {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 3, "row {row:?}");
            assert!(v.kind_named(cols[0]).is_some(), "class of {:?}", cols[0]);
            for w in cols[1].split('|') {
                assert_eq!(w, w.trim(), "spaces around {w:?}");
                let prev = seen.insert(w.to_ascii_lowercase(), cols[0]);
                assert!(prev.is_none(), "{w:?} in {prev:?} and {}", cols[0]);
            }
        }
        for k in [
            "killed",
            "injured",
            "prisoners",
            "intercepted",
            "buildings",
            "people",
        ] {
            assert!(v.kind_named(k).is_some(), "{k}");
        }
        assert!(v.prefilter.is_some());
        assert_eq!(
            v.rule(v.kind_named("killed").unwrap(), Pattern::Passive),
            "figure/killed/passive"
        );
    }

    #[test]
    fn longest_match_both_ways() {
        let v = &*VOCAB;
        let cx = Cx::new("air defences shot down five apartment buildings");
        let h = v.match_at(&cx, 5).unwrap();
        assert_eq!((v.kinds[h.kind].name.as_str(), h.end), ("buildings", 7));
        let h = v.match_ending_at(&cx, 4).unwrap();
        assert_eq!(v.kinds[h.kind].name, "intercepted");
        assert!(v.match_ending_at(&cx, 3).is_none());
    }
}
