//! Scoring consolidation against hand-annotated happenings.
//!
//! The gold file (TOML, documented in `docs/eval.md` and in
//! `testdata/consolidation/gold.toml`) lists stories, happenings with one
//! mention per article (an exact snippet of the sentence that reports it),
//! syndicated copies and the true dates of undated articles.
//!
//! A gold mention is *found* when a canonical event of the happening's type
//! has a mention in that article whose evidence span covers the snippet.
//! Over found mentions, grouping is scored pairwise: a pair is positive in
//! the gold when both mentions belong to one happening, in the system when
//! both fell into one canonical event. Stories are scored the same way over
//! happenings. Copies are scored as pairs; undated articles by whether
//! their inferred date equals the true one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use storyline_model::{ArticleId, CanonicalEvent};

/// The gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// Stories.
    #[serde(default)]
    pub story: Vec<GoldStory>,
    /// Happenings.
    #[serde(default)]
    pub happening: Vec<Happening>,
    /// Groups of syndicated copies, the original first.
    #[serde(default)]
    pub copies: Vec<Copies>,
    /// Undated articles and their true dates.
    #[serde(default)]
    pub undated: Vec<Undated>,
}

/// A gold story.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldStory {
    /// Slug.
    pub id: String,
    /// Title.
    pub title: String,
}

/// A real-world happening and the articles reporting it.
#[derive(Debug, Clone, Deserialize)]
pub struct Happening {
    /// Unique id.
    pub id: String,
    /// Story slug.
    pub story: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// When it happened.
    #[serde(default)]
    pub date: Option<String>,
    /// One line.
    #[serde(default)]
    pub summary: String,
    /// One mention per article.
    pub mentions: Vec<GoldMention>,
}

/// Where an article reports a happening.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    /// `path` or `path#record-id`.
    pub article: String,
    /// Exact snippet of the reporting sentence.
    pub text: String,
}

/// Syndicated copies.
#[derive(Debug, Clone, Deserialize)]
pub struct Copies {
    /// Article references, the original first.
    pub articles: Vec<String>,
}

/// An undated article's true date.
#[derive(Debug, Clone, Deserialize)]
pub struct Undated {
    /// Article reference.
    pub article: String,
    /// True publication date.
    pub date: String,
}

/// A stored article as the scorer needs it.
#[derive(Debug, Clone)]
pub struct ScoredArticle {
    /// The gold reference it answers to (`path` or `path#id`).
    pub reference: String,
    /// Its id in the store.
    pub id: ArticleId,
    /// Its clean text.
    pub text: String,
}

/// Precision and recall of a pairwise grouping.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Pairwise {
    /// Pairs grouped by both.
    pub both: usize,
    /// Pairs the system grouped.
    pub system: usize,
    /// Pairs the gold groups.
    pub gold: usize,
}

impl Pairwise {
    /// Share of system pairs that are right (1 when there are none).
    pub fn precision(&self) -> f64 {
        ratio(self.both, self.system)
    }

    /// Share of gold pairs found (1 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.both, self.gold)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The consolidation report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ConsolidationReport {
    /// Gold mentions.
    pub mentions: usize,
    /// Gold mentions found in some canonical event of the right type.
    pub found: usize,
    /// Grouping of found mentions into canonical events.
    pub grouping: Pairwise,
    /// Happenings with at least one found mention.
    pub happenings_found: usize,
    /// Happenings.
    pub happenings: usize,
    /// Happenings whose found mentions are all in one canonical event that
    /// holds no found mention of another happening.
    pub happenings_exact: usize,
    /// Grouping of found happenings into stories.
    pub stories: Pairwise,
    /// Copy pairs (gold) and how many were recognised.
    pub copies: Pairwise,
    /// Undated articles whose inferred date equals the true one.
    pub undated_right: usize,
    /// Undated articles for which a date was inferred.
    pub undated_inferred: usize,
    /// Undated articles.
    pub undated: usize,
    /// Happening ids with the canonical events their found mentions went to,
    /// for those not reconstructed exactly.
    pub errors: Vec<String>,
}

/// Scores canonical events against the gold.
pub fn score_consolidation(
    gold: &Gold,
    articles: &[ScoredArticle],
    events: &[CanonicalEvent],
) -> ConsolidationReport {
    let by_ref: BTreeMap<&str, &ScoredArticle> =
        articles.iter().map(|a| (a.reference.as_str(), a)).collect();
    let mut report = ConsolidationReport {
        happenings: gold.happening.len(),
        ..ConsolidationReport::default()
    };
    // (happening index, canonical index) per found mention.
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (h, happening) in gold.happening.iter().enumerate() {
        for m in &happening.mentions {
            report.mentions += 1;
            let Some(article) = by_ref.get(m.article.as_str()) else {
                continue;
            };
            let Some(at) = article.text.find(&m.text) else {
                continue;
            };
            let snippet = (at, at + m.text.len());
            let hit = events.iter().position(|e| {
                e.kind.as_str() == happening.kind
                    && e.mentions.iter().any(|x| {
                        x.article == article.id
                            && x.evidence
                                .iter()
                                .any(|ev| ev.start < snippet.1 && snippet.0 < ev.end)
                    })
            });
            if let Some(c) = hit {
                found.push((h, c));
            }
        }
    }
    report.found = found.len();
    report.grouping = pairwise(&found);
    let mut per_happening: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(h, c) in &found {
        per_happening.entry(h).or_default().push(c);
    }
    report.happenings_found = per_happening.len();
    for (h, cs) in &per_happening {
        let first = cs[0];
        let one = cs.iter().all(|&c| c == first);
        let alone = found.iter().all(|&(g, c)| c != first || g == *h);
        if one && alone {
            report.happenings_exact += 1;
        } else {
            let mut ids: Vec<&str> = cs.iter().map(|&c| events[c].id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            report
                .errors
                .push(format!("{}: {}", gold.happening[*h].id, ids.join(", ")));
        }
    }
    // Stories over found happenings: each happening's most common canonical event.
    let story_pairs: Vec<(usize, usize)> = per_happening
        .iter()
        .filter_map(|(h, cs)| {
            let c = *cs
                .iter()
                .max_by_key(|&&c| cs.iter().filter(|&&x| x == c).count())?;
            let story = events[c].story.as_ref()?;
            let gold_story = gold
                .story
                .iter()
                .position(|s| s.id == gold.happening[*h].story)?;
            Some((gold_story, story_index(events, &story.id)))
        })
        .collect();
    report.stories = pairwise(&story_pairs);
    report.copies = copies(gold, &by_ref, events);
    report.undated = gold.undated.len();
    for u in &gold.undated {
        let Some(article) = by_ref.get(u.article.as_str()) else {
            continue;
        };
        let inferred = events
            .iter()
            .flat_map(|e| &e.articles)
            .find(|a| a.id == article.id && a.date_inferred)
            .and_then(|a| a.date);
        if let Some(d) = inferred {
            report.undated_inferred += 1;
            if d.to_string() == u.date {
                report.undated_right += 1;
            }
        }
    }
    report
}

fn story_index(events: &[CanonicalEvent], id: &str) -> usize {
    events
        .iter()
        .position(|e| e.story.as_ref().is_some_and(|s| s.id == id))
        .unwrap_or(usize::MAX)
}

/// Pairwise counts over items labelled (gold, system).
fn pairwise<S: PartialEq>(items: &[(usize, S)]) -> Pairwise {
    let mut p = Pairwise::default();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let g = items[i].0 == items[j].0;
            let s = items[i].1 == items[j].1;
            p.gold += usize::from(g);
            p.system += usize::from(s);
            p.both += usize::from(g && s);
        }
    }
    p
}

/// Copy pairs: gold pairs within each group; system pairs are articles
/// marked as copies of the same original.
fn copies(
    gold: &Gold,
    by_ref: &BTreeMap<&str, &ScoredArticle>,
    events: &[CanonicalEvent],
) -> Pairwise {
    let mut root: BTreeMap<&ArticleId, &ArticleId> = BTreeMap::new();
    for a in events.iter().flat_map(|e| &e.articles) {
        if let Some(original) = &a.copy_of {
            root.insert(&a.id, original);
        }
    }
    let root_of = |id: &'_ ArticleId| -> ArticleId { root.get(id).map_or(id, |r| *r).clone() };
    let mut items: Vec<(usize, ArticleId)> = Vec::new();
    for (g, group) in gold.copies.iter().enumerate() {
        for r in &group.articles {
            if let Some(a) = by_ref.get(r.as_str()) {
                items.push((g, root_of(&a.id)));
            }
        }
    }
    pairwise(&items)
}

impl std::fmt::Display for ConsolidationReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pct = |x: f64| format!("{:.1}%", x * 100.0);
        writeln!(
            f,
            "mentions found   {} of {} ({})",
            self.found,
            self.mentions,
            pct(ratio(self.found, self.mentions))
        )?;
        writeln!(
            f,
            "grouping         precision {}  recall {}  ({} pairs right, {} grouped, {} in gold)",
            pct(self.grouping.precision()),
            pct(self.grouping.recall()),
            self.grouping.both,
            self.grouping.system,
            self.grouping.gold
        )?;
        writeln!(
            f,
            "happenings       {} exact of {} found ({} in gold)",
            self.happenings_exact, self.happenings_found, self.happenings
        )?;
        writeln!(
            f,
            "stories          precision {}  recall {}",
            pct(self.stories.precision()),
            pct(self.stories.recall())
        )?;
        writeln!(
            f,
            "copies           precision {}  recall {}",
            pct(self.copies.precision()),
            pct(self.copies.recall())
        )?;
        writeln!(
            f,
            "undated articles {} dated right, {} dated, {} in gold",
            self.undated_right, self.undated_inferred, self.undated
        )?;
        for e in &self.errors {
            writeln!(f, "  split or merged: {e}")?;
        }
        Ok(())
    }
}
