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

/// Phrases indexed by their first word, so looking for any of them at a
/// position costs one hash lookup instead of a comparison per phrase.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

impl PhraseSet {
    /// A set of phrases, each a sequence of lower-case tokens.
    pub fn new(phrases: Vec<Vec<String>>) -> PhraseSet {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for p in phrases {
            if let Some(first) = p.first().cloned() {
                by_first.entry(first).or_default().push(p);
            }
        }
        PhraseSet { by_first }
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Whether a phrase of the set starts at token `at`.
    pub fn at(&self, tokens: &[crate::tokens::Token], at: usize) -> bool {
        tokens
            .get(at)
            .and_then(|t| self.by_first.get(&t.lower))
            .is_some_and(|list| list.iter().any(|p| words_at(tokens, at, p)))
    }

    /// Whether a phrase of the set starts anywhere in `range`.
    pub fn within(&self, tokens: &[crate::tokens::Token], range: std::ops::Range<usize>) -> bool {
        range.into_iter().any(|k| self.at(tokens, k))
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
    /// Roles by first word.
    pub roles: HashMap<String, Vec<Role>>,
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
        .map(|t| t.lower)
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
            roles: HashMap::default(),
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
        for forms in out.forms.values_mut() {
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
        for roles in out.roles.values_mut() {
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
