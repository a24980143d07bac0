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
    /// Number words and cue words (lower case): sentences without one or a
    /// digit hold no figure.
    prefilter: WordSet,
}

/// A set of lower-case ASCII words of at most 16 letters, looked up by the
/// words of a text: each word is packed into a `u128` (ASCII lower-cased
/// with `| 0x20`) and found in an open-addressing table.
struct WordSet {
    /// Packed words; 0 marks an empty slot. The length is a power of two.
    slots: Vec<u128>,
    /// For each first letter (`& 31`), the word lengths that occur (most
    /// words of a text are rejected by this mask alone).
    lengths: [u32; 32],
}

/// Longest word a [`WordSet`] holds.
const PACKED_MAX: usize = 16;

/// `w` (at most [`PACKED_MAX`] bytes) with `| 0x20` on every byte, packed
/// little-endian. For ASCII letters that is the lower case; digits stay
/// digits and `_` becomes DEL, so a run holding either never equals a word.
fn pack(w: &[u8]) -> u128 {
    let mut buf = [0u8; PACKED_MAX];
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c | 0x20;
    }
    u128::from_le_bytes(buf)
}

impl WordSet {
    fn new(words: impl IntoIterator<Item = String>) -> WordSet {
        let words: Vec<Vec<u8>> = words
            .into_iter()
            .map(|w| w.to_ascii_lowercase().into_bytes())
            .filter(|w| {
                !w.is_empty() && w.len() <= PACKED_MAX && w.iter().all(u8::is_ascii_lowercase)
            })
            .collect();
        let size = (words.len() * 4).next_power_of_two().max(64);
        let mut set = WordSet {
            slots: vec![0; size],
            lengths: [0; 32],
        };
        for w in &words {
            set.lengths[usize::from(w[0] & 31)] |= 1 << w.len();
            let key = pack(w);
            let mut slot = set.home(key);
            while set.slots[slot] != 0 && set.slots[slot] != key {
                slot = (slot + 1) & (size - 1);
            }
            set.slots[slot] = key;
        }
        set
    }

    fn home(&self, key: u128) -> usize {
        let h = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & (self.slots.len() - 1)
    }

    fn contains(&self, key: u128) -> bool {
        let mut slot = self.home(key);
        loop {
            match self.slots[slot] {
                0 => return false,
                k if k == key => return true,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
    }

    /// Whether `text` holds an ASCII digit or a whole word in the set, ASCII
    /// case-insensitively: the digit test, then what `(?i-u)\b(?:w1|w2|...)\b`
    /// finds (words being runs of ASCII letters, digits and `_`), in one pass.
    fn digit_or_any_in(&self, text: &str) -> bool {
        /// Byte classes: 0 not in a word, 1 digit, 2 letter or `_`.
        static CLASS: [u8; 256] = {
            let mut t = [0u8; 256];
            let mut c = 0;
            while c < 256 {
                let b = c as u8;
                t[c] = if b.is_ascii_digit() {
                    1
                } else if b.is_ascii_alphabetic() || b == b'_' {
                    2
                } else {
                    0
                };
                c += 1;
            }
            t
        };
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match CLASS[usize::from(b[i])] {
                0 => {
                    i += 1;
                    continue;
                }
                1 => return true,
                _ => {}
            }
            let start = i;
            while i < b.len() {
                match CLASS[usize::from(b[i])] {
                    0 => break,
                    1 => return true,
                    _ => i += 1,
                }
            }
            let len = i - start;
            if len <= PACKED_MAX
                && self.lengths[usize::from(b[start] & 31)] & (1 << len) != 0
                && self.contains(pack(&b[start..i]))
            {
                return true;
            }
        }
        false
    }
}

/// The vocabulary of `data/figure_kinds.tsv`.
pub(super) static VOCAB: LazyLock<Vocab> = LazyLock::new(|| Vocab::parse(super::KINDS_TSV));

/// Number words for the pre-check (the forms [`super::number`] reads).
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "dozen",
    "dozens",
    "lakh",
    "crore",
    "scores",
    "tens",
];

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
        let mut cues: Vec<String> = NUMBER_WORDS.iter().map(|w| w.to_string()).collect();
        for (i, e) in entries.iter().enumerate() {
            by_first.entry(e.words[0].clone()).or_default().push(i);
            by_last
                .entry(e.words[e.words.len() - 1].clone())
                .or_default()
                .push(i);
            if matches!(kinds[e.kind].class, Class::Event | Class::Person) {
                cues.push(e.words[0].clone());
            }
        }
        for list in by_first.values_mut().chain(by_last.values_mut()) {
            list.sort_by_key(|&i| std::cmp::Reverse(entries[i].words.len()));
        }
        Vocab {
            kinds,
            entries,
            by_first,
            by_last,
            prefilter: WordSet::new(cues),
        }
    }

    /// Whether `sentence` may hold a figure: a digit, a number word or a cue.
    pub fn may_hold_figures(&self, sentence: &str) -> bool {
        self.prefilter.digit_or_any_in(sentence)
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
        assert_eq!(
            v.rule(v.kind_named("killed").unwrap(), Pattern::Passive),
            "figure/killed/passive"
        );
    }

    #[test]
    fn prefilter_is_the_word_regex() {
        let v = &*VOCAB;
        let mut words: Vec<String> = NUMBER_WORDS.iter().map(|w| w.to_string()).collect();
        for e in &v.entries {
            if matches!(v.kinds[e.kind].class, Class::Event | Class::Person) {
                words.push(regex::escape(&e.words[0]));
            }
        }
        let re = regex::Regex::new(&format!(r"(?i-u)\b(?:{})\b", words.join("|"))).unwrap();
        for s in [
            "Twelve killed",
            "KILLED",
            "the killed_x",
            "ékilled",
            "killedé",
            "no cue here",
            "dozens",
            "Dozens,",
            "hundredfold",
            "a_b tens",
            "x-Thousand-y",
            "nothing",
            "",
            "Scores of people",
            "score",
            "It wounded him",
            "he’s dead",
            "Ukraine's dead",
            "G7 summit",
            "killed_1",
            "x 2",
        ] {
            let want = s.bytes().any(|b| b.is_ascii_digit()) || re.is_match(s);
            assert_eq!(v.prefilter.digit_or_any_in(s), want, "{s:?}");
        }
        for w in &words {
            assert!(v.prefilter.digit_or_any_in(&w.to_ascii_uppercase()), "{w}");
        }
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
