//! The rule tables of extraction, parsed once from `data/*.tsv`.
//!
//! Rules are data with ids, not code: `triggers.tsv` says which words signal
//! which PLOVER event, `roles.tsv` which titles introduce a person. Every
//! extracted item names the row that produced it.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use storyline_model::PloverType;

/// How a trigger's actors are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arguments {
    /// Source acts on target ("Russia struck Kyiv").
    Directed,
    /// All parties are participants ("talks between Russia and Ukraine").
    Symmetric,
    /// The subject visits the place's country.
    Visit,
    /// The subject hosts the others.
    Host,
    /// No actors expected (protests, resignations).
    None,
}

/// A set of words as (first byte, length) pairs: a cheap test that rules
/// out most words before a hash lookup does.
#[derive(Debug, Clone)]
pub struct WordFilter {
    /// Bit `min(len, 63)` of entry `b`: some word starts with byte `b` and
    /// has that length.
    bits: Box<[u64; 256]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: Box::new([0; 256]),
        }
    }
}

impl WordFilter {
    /// Adds a word.
    pub fn insert(&mut self, word: &str) {
        if let Some(&b) = word.as_bytes().first() {
            self.bits[usize::from(b)] |= 1 << word.len().min(63);
        }
    }

    /// Whether `word` may be in the set (it is not when this says no).
    pub fn may_contain(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.bits[usize::from(b)] & (1 << word.len().min(63)) != 0)
    }
}

/// Phrases indexed by their first word, so looking for any of them at a
/// position costs one hash lookup instead of a comparison per phrase.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    by_first: HashMap<String, Vec<Vec<String>>>,
    first_words: WordFilter,
}

impl PhraseSet {
    /// A set of phrases, each a sequence of lower-case tokens.
    pub fn new(phrases: Vec<Vec<String>>) -> PhraseSet {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        let mut first_words = WordFilter::default();
        for p in phrases {
            if let Some(first) = p.first().cloned() {
                first_words.insert(&first);
                by_first.entry(first).or_default().push(p);
            }
        }
        PhraseSet {
            by_first,
            first_words,
        }
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Whether a phrase of the set starts at token `at`.
    pub fn at(&self, tokens: &[crate::tokens::Token], at: usize) -> bool {
        tokens
            .get(at)
            .filter(|t| self.first_words.may_contain(&t.lower))
            .and_then(|t| self.by_first.get(t.lower.as_ref()))
            .is_some_and(|list| list.iter().any(|p| words_at(tokens, at, p)))
    }

    /// Whether a phrase of the set starts anywhere in `range`.
    pub fn within(&self, tokens: &[crate::tokens::Token], range: std::ops::Range<usize>) -> bool {
        range.into_iter().any(|k| self.at(tokens, k))
    }
}

/// Rows of phrases indexed by first word, to find the first row one of
/// whose phrases occurs in a stretch of tokens with one pass over it.
#[derive(Debug, Clone, Default)]
pub struct PhraseRows {
    by_first: HashMap<String, Vec<(usize, Vec<String>)>>,
    /// The first row holding an empty phrase, which occurs wherever there
    /// is a token.
    empty: Option<usize>,
}

impl PhraseRows {
    /// Rows of phrases, each phrase a sequence of lower-case tokens.
    pub fn new<R: IntoIterator<Item = Vec<String>>>(rows: impl IntoIterator<Item = R>) -> Self {
        let mut out = PhraseRows::default();
        for (row, phrases) in rows.into_iter().enumerate() {
            for p in phrases {
                match p.first() {
                    Some(first) => out
                        .by_first
                        .entry(first.clone())
                        .or_default()
                        .push((row, p)),
                    None => out.empty = Some(out.empty.map_or(row, |e| e.min(row))),
                }
            }
        }
        out
    }

    /// The first row one of whose phrases occurs in `tokens`.
    pub fn first_row(&self, tokens: &[crate::tokens::Token]) -> Option<usize> {
        let mut best = self.empty.filter(|_| !tokens.is_empty());
        for (k, t) in tokens.iter().enumerate() {
            let Some(list) = self.by_first.get(t.lower.as_ref()) else {
                continue;
            };
            for (row, phrase) in list {
                if best.is_none_or(|b| *row < b) && words_at(tokens, k, phrase) {
                    best = Some(*row);
                }
            }
        }
        best
    }
}

/// One row of `data/triggers.tsv`.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Row id, e.g. `assault/strike`; rule ids are `event/<id>`.
    pub id: String,
    /// PLOVER type.
    pub kind: PloverType,
    /// PLOVER mode, when the trigger implies one.
    pub mode: Option<String>,
    /// Context words one of which must be near (empty: none needed).
    pub near: PhraseSet,
    /// Phrases that veto the trigger when near.
    pub not_near: PhraseSet,
    /// How actors are found.
    pub arguments: Arguments,
}

/// A surface form of a trigger: its words and whether it is a verb.
#[derive(Debug, Clone)]
pub struct Form {
    /// Lower-case words.
    pub words: Vec<String>,
    /// Verb form (else a noun form).
    pub verb: bool,
    /// Index into [`Rules::triggers`].
    pub trigger: usize,
}

/// A role or title that introduces a person.
#[derive(Debug, Clone)]
pub struct Role {
    /// Lower-case words.
    pub words: Vec<String>,
    /// Category: leader, minister, spokesperson, local, military, descriptor...
    pub category: String,
}

/// All rule tables.
#[derive(Debug)]
pub struct Rules {
    /// Trigger rows.
    pub triggers: Vec<Trigger>,
    /// Trigger forms by first word.
    pub forms: HashMap<String, Vec<Form>>,
    /// The keys of [`forms`](Self::forms).
    pub form_words: WordFilter,
    /// Roles by first word.
    pub roles: HashMap<String, Vec<Role>>,
    /// The keys of [`roles`](Self::roles).
    pub role_words: WordFilter,
    /// Modes by type, in priority order.
    pub modes: HashMap<PloverType, Vec<ModeRule>>,
}

/// A row of `data/modes.tsv`: a mode and the phrases that select it.
pub type ModeRule = (String, Vec<Vec<String>>);

static TRIGGERS: &str = include_str!("../../../data/triggers.tsv");
static ROLES: &str = include_str!("../../../data/roles.tsv");
static MODES: &str = include_str!("../../../data/modes.tsv");

/// The rule tables, parsed on first use.
pub fn rules() -> &'static Rules {
    static RULES: LazyLock<Rules> = LazyLock::new(|| Rules::parse(TRIGGERS, ROLES, MODES));
    &RULES
}

/// Data rows of a TSV: comments and the header dropped, cells split.
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// A phrase as the lower-case tokens the tokenizer makes of it, so
/// "lt. gen.", "counter-offensive" and "workers' strike" match text.
pub fn words(phrase: &str) -> Vec<String> {
    crate::tokens::tokenize(phrase, storyline_model::Span::new(0, phrase.len()))
        .into_iter()
        .map(|t| t.lower.into_owned())
        .collect()
}

fn phrases(cell: &str) -> Vec<Vec<String>> {
    cell.split('|')
        .filter(|p| !p.trim().is_empty())
        .map(words)
        .collect()
}

impl Rules {
    fn parse(triggers: &str, roles: &str, modes: &str) -> Rules {
        let mut out = Rules {
            triggers: Vec::new(),
            forms: HashMap::default(),
            form_words: WordFilter::default(),
            roles: HashMap::default(),
            role_words: WordFilter::default(),
            modes: HashMap::default(),
        };
        for cells in rows(modes) {
            let (Some(kind), Some(mode), Some(cues)) = (
                cells.first().and_then(|t| PloverType::parse(t)),
                cells.get(2),
                cells.get(3),
            ) else {
                continue;
            };
            out.modes
                .entry(kind)
                .or_default()
                .push((mode.to_string(), phrases(cues)));
        }
        for cells in rows(triggers) {
            let cell = |i: usize| cells.get(i).copied().unwrap_or("");
            // The tables are compiled in and checked by tests: an unknown
            // type is a data bug, skipped rather than a panic at run time.
            let Some(kind) = PloverType::parse(cell(1)) else {
                continue;
            };
            let index = out.triggers.len();
            for (column, verb) in [(3, true), (4, false)] {
                for words in phrases(cell(column)) {
                    let first = words[0].clone();
                    out.forms.entry(first).or_default().push(Form {
                        words,
                        verb,
                        trigger: index,
                    });
                }
            }
            out.triggers.push(Trigger {
                id: cell(0).to_string(),
                kind,
                mode: Some(cell(2)).filter(|m| !m.is_empty()).map(str::to_string),
                near: PhraseSet::new(phrases(cell(5))),
                not_near: PhraseSet::new(phrases(cell(6))),
                arguments: match cell(7) {
                    "symmetric" => Arguments::Symmetric,
                    "visit" => Arguments::Visit,
                    "host" => Arguments::Host,
                    "none" => Arguments::None,
                    _ => Arguments::Directed,
                },
            });
        }
        for (word, forms) in &mut out.forms {
            out.form_words.insert(word);
            // Longest first, so "air strikes" wins over "air".
            forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        for cells in rows(roles) {
            let words = words(cells[0]);
            let Some(first) = words.first().cloned() else {
                continue;
            };
            let category = cells.get(1).copied().unwrap_or("").to_string();
            out.roles
                .entry(first)
                .or_default()
                .push(Role { words, category });
        }
        for (word, roles) in &mut out.roles {
            out.role_words.insert(word);
            roles.sort_by_key(|r| std::cmp::Reverse(r.words.len()));
        }
        out
    }
}

/// Whether `words` occur as consecutive lower-case tokens at `at`.
pub fn words_at(tokens: &[crate::tokens::Token], at: usize, words: &[String]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| &t.lower == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_rows(tsv: &str) -> Vec<Vec<&str>> {
        rows(tsv).collect()
    }

    #[test]
    fn trigger_table_is_sorted_unique_and_valid() {
        let table = data_rows(TRIGGERS);
        let ids: Vec<&str> = table.iter().map(|r| r[0]).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted, "triggers.tsv rows sorted by id, ids unique");
        for row in &table {
            assert_eq!(row.len(), 8, "8 columns in {row:?}");
            assert!(
                PloverType::parse(row[1]).is_some(),
                "PLOVER type of {}",
                row[0]
            );
            assert!(
                row[0].starts_with(&row[1].to_lowercase()),
                "id {} names its type",
                row[0]
            );
            assert!(
                ["directed", "symmetric", "visit", "host", "none"].contains(&row[7]),
                "{}",
                row[0]
            );
            for cell in row {
                assert_eq!(cell.trim(), *cell, "stray whitespace in {}", row[0]);
            }
        }
        assert_eq!(rules().triggers.len(), table.len());
        let covered: std::collections::HashSet<PloverType> =
            rules().triggers.iter().map(|t| t.kind).collect();
        assert_eq!(covered.len(), 16, "every PLOVER type has triggers");
    }

    #[test]
    fn mode_table_is_sorted_by_type_and_priority() {
        let table = data_rows(MODES);
        let keys: Vec<(&str, u32)> = table
            .iter()
            .map(|r| (r[0], r[1].parse().expect("priority is a number")))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            keys, sorted,
            "modes.tsv sorted by type then priority, no duplicates"
        );
        for row in &table {
            assert!(PloverType::parse(row[0]).is_some(), "type {}", row[0]);
        }
        assert!(rules().modes.contains_key(&PloverType::Consult));
    }

    #[test]
    fn role_table_is_sorted_and_unique() {
        let names: Vec<&str> = data_rows(ROLES).iter().map(|r| r[0]).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
        assert!(rules().roles.contains_key("spokesman"));
    }
}
