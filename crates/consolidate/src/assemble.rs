//! Building a canonical event from its mentions.
//!
//! Each field is voted by distinct sources (a syndicated copy and its
//! original vote once), ties broken by a fixed order so that the result
//! never depends on input order. Figures are never averaged: each value is
//! kept with the articles that give it.

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};
use storyline_model::{
    Actor, ArticleId, Bound, CanonicalDate, CanonicalEvent, EventStatus, Location, MentionDate,
    MentionRef, Precision, Quantity, RuleId, SourceArticle, SourcedQuantity, SourcedValue,
};

use crate::features::value_interval;
use crate::link::Reason;
use crate::{Input, Mention};

/// Longest summary line, in bytes.
const SUMMARY_MAX: usize = 280;

/// Builds the canonical event of `members` (indices into `input.mentions`).
pub(crate) fn canonical(
    input: &Input,
    groups: &[u32],
    members: &[usize],
    reasons: &[Reason],
) -> CanonicalEvent {
    let mut ms: Vec<&Mention> = members.iter().map(|&i| &input.mentions[i]).collect();
    // Mentions in reporting order: dated articles by date, then undated; ties by id and seq.
    ms.sort_by(|a, b| {
        let (x, y) = (&input.articles[a.article], &input.articles[b.article]);
        (x.date.is_none(), x.date, &x.id, a.seq).cmp(&(y.date.is_none(), y.date, &y.id, b.seq))
    });
    let group_of = |m: &Mention| groups[m.article];
    let first = ms[0];
    let kind = first.event.kind;
    let mode = vote(&ms, group_of, |m| m.event.mode.clone());
    let source = vote_actor(&ms, group_of, |m: &Mention| m.event.source.as_ref());
    let target = vote_actor(&ms, group_of, |m: &Mention| m.event.target.as_ref());
    let participants = ranked_parties(&ms, group_of);
    let location = best_location(&ms, group_of);
    let status = if ms.iter().any(|m| m.event.status == EventStatus::Reported) {
        EventStatus::Reported
    } else {
        EventStatus::Scheduled
    };
    let ordinal = ms.iter().find_map(|m| m.ordinal);
    let date = best_date(input, &ms, group_of);
    let mut articles: Vec<SourceArticle> = Vec::new();
    let mut seen = FxHashSet::default();
    for m in &ms {
        let a = &input.articles[m.article];
        if seen.insert(&a.id) {
            articles.push(SourceArticle {
                id: a.id.clone(),
                path: a.path.clone(),
                url: a.url.clone(),
                date: a.date,
                date_inferred: false,
                copy_of: a.copy_of.clone(),
            });
        }
    }
    let sources = ms
        .iter()
        .map(|m| group_of(m))
        .collect::<FxHashSet<_>>()
        .len();
    let mentions = ms
        .iter()
        .map(|m| MentionRef {
            article: input.articles[m.article].id.clone(),
            seq: m.seq,
            status: m.event.status,
            date: m.event.date.as_ref().map(|d| MentionDate {
                text: d.text.clone(),
                value: d.value.clone(),
                inferred: false,
            }),
            evidence: m.event.evidence.clone(),
            rule: m.event.rule.clone(),
        })
        .collect();
    let mut rules = vec![RuleId::new(if reasons.is_empty() {
        "consolidate/single"
    } else {
        reasons[0].rule()
    })];
    rules.extend(reasons.iter().skip(1).map(|r| RuleId::new(r.rule())));
    let mut extraction_rules: Vec<RuleId> = ms.iter().map(|m| m.event.rule.clone()).collect();
    extraction_rules.sort();
    extraction_rules.dedup();
    rules.extend(extraction_rules);
    CanonicalEvent {
        id: event_id(input, first),
        kind,
        mode,
        source,
        target,
        participants,
        location,
        date,
        status,
        ordinal,
        summary: summary(&ms),
        story: None,
        sources,
        first_reported: ms
            .iter()
            .filter_map(|m| input.articles[m.article].date)
            .min(),
        articles,
        quantities: quantities(input, &ms, group_of),
        mentions,
        rules,
    }
}

/// Every party's code, most sources first (ties alphabetical).
fn ranked_parties(ms: &[&Mention], group_of: impl Fn(&Mention) -> u32) -> Vec<String> {
    let mut support: FxHashMap<&str, FxHashSet<u32>> = FxHashMap::default();
    for m in ms {
        let coded = [&m.event.source, &m.event.target]
            .into_iter()
            .flatten()
            .filter_map(|a| a.code.as_deref());
        for code in coded.chain(m.event.participants.iter().map(String::as_str)) {
            support.entry(code).or_default().insert(group_of(m));
        }
    }
    let mut ranked: Vec<(&str, usize)> = support.into_iter().map(|(c, g)| (c, g.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked.into_iter().map(|(c, _)| c.to_string()).collect()
}

/// `ev-` and 16 hex digits of a hash of the first-reported mention.
fn event_id(input: &Input, first: &Mention) -> String {
    let article = &input.articles[first.article].id;
    let digest = Sha256::digest(format!("{}#{}", article.as_str(), first.seq).as_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("ev-{hex}")
}

/// The value most distinct sources give; ties go to the earliest mention.
fn vote<T: Clone + Eq + std::hash::Hash>(
    ms: &[&Mention],
    group_of: impl Fn(&Mention) -> u32,
    value: impl Fn(&Mention) -> Option<T>,
) -> Option<T> {
    let mut votes: FxHashMap<T, (FxHashSet<u32>, usize)> = FxHashMap::default();
    for (i, m) in ms.iter().enumerate() {
        if let Some(v) = value(m) {
            let entry = votes.entry(v).or_insert_with(|| (FxHashSet::default(), i));
            entry.0.insert(group_of(m));
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| {
            (a.1.0.len(), std::cmp::Reverse(a.1.1)).cmp(&(b.1.0.len(), std::cmp::Reverse(b.1.1)))
        })
        .map(|(v, _)| v)
}

/// The actor most sources name, by code (else name); shown as its first
/// mention names it.
fn vote_actor(
    ms: &[&Mention],
    group_of: impl Fn(&Mention) -> u32,
    actor: impl Fn(&Mention) -> Option<&Actor>,
) -> Option<Actor> {
    let key = |a: &Actor| a.code.clone().unwrap_or_else(|| a.name.to_lowercase());
    let best = vote(ms, group_of, |m| actor(m).map(key))?;
    ms.iter()
        .filter_map(|m| actor(m))
        .find(|a| key(a) == best)
        .cloned()
}

/// The most precise place most sources give: a city over a country.
fn best_location(ms: &[&Mention], group_of: impl Fn(&Mention) -> u32 + Copy) -> Option<Location> {
    let precise = vote(ms, group_of, |m| {
        m.event
            .location
            .as_ref()
            .filter(|l| l.lat.is_some())
            .map(|l| l.name.clone())
    });
    let name = precise.or_else(|| {
        vote(ms, group_of, |m| {
            m.event.location.as_ref().map(|l| l.name.clone())
        })
    })?;
    ms.iter()
        .filter_map(|m| m.event.location.as_ref())
        .find(|l| l.name == name)
        .cloned()
}

/// The most precise well-supported date: the day most sources write (ties:
/// the earliest), else the narrowest coarser value; its range spans every
/// day the sources write.
fn best_date(
    input: &Input,
    ms: &[&Mention],
    group_of: impl Fn(&Mention) -> u32 + Copy,
) -> Option<CanonicalDate> {
    let written: Vec<(&Mention, &str, Precision)> = ms
        .iter()
        .filter_map(|m| {
            let d = m.event.date.as_ref()?;
            Some((*m, d.value.as_deref()?, d.precision))
        })
        .collect();
    let days: Vec<(&Mention, NaiveDate)> = written
        .iter()
        .filter(|(_, _, p)| *p == Precision::Day)
        .filter_map(|(m, v, _)| Some((*m, v.parse::<NaiveDate>().ok()?)))
        .collect();
    if !days.is_empty() {
        let mut support: FxHashMap<NaiveDate, FxHashSet<u32>> = FxHashMap::default();
        for (m, d) in &days {
            support.entry(*d).or_default().insert(group_of(m));
        }
        let (day, groups) = support
            .iter()
            .max_by(|a, b| {
                (a.1.len(), std::cmp::Reverse(a.0)).cmp(&(b.1.len(), std::cmp::Reverse(b.0)))
            })
            .expect("non-empty");
        let from = days.iter().map(|(_, d)| *d).min().expect("non-empty");
        let to = days.iter().map(|(_, d)| *d).max().expect("non-empty");
        let _ = input;
        return Some(CanonicalDate {
            value: day.to_string(),
            precision: Precision::Day,
            from,
            to,
            support: groups.len(),
            inferred: false,
        });
    }
    // Coarser values: the narrowest interval, ties by most support then value.
    // (width in days, support, value, precision, interval)
    type Candidate<'a> = (i64, usize, &'a str, Precision, (NaiveDate, NaiveDate));
    let mut best: Option<Candidate<'_>> = None;
    for (_, v, p) in &written {
        let Some(iv) = value_interval(v) else {
            continue;
        };
        let width = (iv.1 - iv.0).num_days();
        let n = written
            .iter()
            .filter(|(_, w, _)| w == v)
            .map(|(m, _, _)| group_of(m))
            .collect::<FxHashSet<_>>()
            .len();
        let better = best.as_ref().is_none_or(|(bw, bn, bv, _, _)| {
            (width, std::cmp::Reverse(n), *v) < (*bw, std::cmp::Reverse(*bn), *bv)
        });
        if better {
            best = Some((width, n, v, *p, iv));
        }
    }
    best.map(|(_, n, v, p, iv)| CanonicalDate {
        value: v.to_string(),
        precision: p,
        from: iv.0,
        to: iv.1,
        support: n,
        inferred: false,
    })
}

/// The summary: the shortest whole evidence sentence of reasonable length
/// from the earliest sources, cut at a word if too long.
fn summary(ms: &[&Mention]) -> String {
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let candidates: Vec<String> = ms.iter().map(|m| clean(&m.sentence)).collect();
    let best = candidates
        .iter()
        .enumerate()
        .filter(|(_, s)| s.len() >= 40 && s.len() <= SUMMARY_MAX)
        .min_by_key(|(i, s)| (s.len() / 40, *i))
        .map(|(_, s)| s.clone())
        .or_else(|| candidates.iter().find(|s| !s.is_empty()).cloned())
        .unwrap_or_default();
    if best.len() <= SUMMARY_MAX {
        return best;
    }
    let mut cut = SUMMARY_MAX;
    while !best.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &best[..cut];
    let head = head.rsplit_once(' ').map_or(head, |(h, _)| h);
    format!("{head}…")
}

/// Figures by kind and unit; each distinct value with its articles.
fn quantities(
    input: &Input,
    ms: &[&Mention],
    group_of: impl Fn(&Mention) -> u32,
) -> Vec<SourcedQuantity> {
    type ValueKey = (u64, Bound, Option<u64>);
    type KindKey = (String, Option<String>);
    type Given = (ValueKey, Quantity, Vec<usize>);
    let mut kinds: Vec<KindKey> = Vec::new();
    let mut values: FxHashMap<KindKey, Vec<Given>> = FxHashMap::default();
    for (i, m) in ms.iter().enumerate() {
        for q in &m.event.quantities {
            let k = (q.kind.clone(), q.unit.clone());
            if !values.contains_key(&k) {
                kinds.push(k.clone());
            }
            let vk: ValueKey = (q.value.to_bits(), q.bound, q.max.map(f64::to_bits));
            let list = values.entry(k).or_default();
            match list.iter_mut().find(|(key, _, _)| *key == vk) {
                Some((_, _, who)) => who.push(i),
                None => list.push((vk, q.clone(), vec![i])),
            }
        }
    }
    kinds
        .into_iter()
        .map(|k| {
            let list = values.remove(&k).unwrap_or_default();
            let mut vals: Vec<SourcedValue> = list
                .into_iter()
                .map(|(_, q, who)| {
                    let mut arts: Vec<ArticleId> = who
                        .iter()
                        .map(|&i| input.articles[ms[i].article].id.clone())
                        .collect();
                    arts.dedup();
                    let sources = who
                        .iter()
                        .map(|&i| group_of(ms[i]))
                        .collect::<FxHashSet<_>>()
                        .len();
                    SourcedValue {
                        value: q.value,
                        bound: q.bound,
                        max: q.max,
                        sources,
                        articles: arts,
                    }
                })
                .collect();
            vals.sort_by(|a, b| {
                b.sources
                    .cmp(&a.sources)
                    .then(a.value.total_cmp(&b.value))
                    .then(a.bound.cmp(&b.bound))
            });
            SourcedQuantity {
                kind: k.0,
                unit: k.1,
                agree: agree(&vals),
                values: vals,
            }
        })
        .collect()
}

/// The interval of values a figure allows.
fn allowed(v: &SourcedValue) -> (f64, f64) {
    match v.bound {
        Bound::Exact => (v.value, v.value),
        // "about 400": within a tenth either way.
        Bound::About => (v.value * 0.9, v.value * 1.1),
        Bound::AtLeast => (v.value, f64::INFINITY),
        Bound::MoreThan => (v.value + f64::EPSILON, f64::INFINITY),
        Bound::AtMost => (f64::NEG_INFINITY, v.value),
        Bound::LessThan => (f64::NEG_INFINITY, v.value - f64::EPSILON),
        Bound::Range => (v.value, v.max.unwrap_or(v.value)),
    }
}

/// Whether all values can be true at once: their intervals intersect.
/// Tolls rise as a day goes on, so "at least 12" and "14" agree while
/// "13" and "14" do not.
fn agree(values: &[SourcedValue]) -> bool {
    let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
    for v in values {
        let (a, b) = allowed(v);
        lo = lo.max(a);
        hi = hi.min(b);
    }
    lo <= hi
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(value: f64, bound: Bound) -> SourcedValue {
        SourcedValue {
            value,
            bound,
            max: None,
            sources: 1,
            articles: Vec::new(),
        }
    }

    #[test]
    fn bounds_agree_with_values_inside_them() {
        assert!(agree(&[v(12.0, Bound::AtLeast), v(14.0, Bound::Exact)]));
        assert!(!agree(&[v(13.0, Bound::Exact), v(14.0, Bound::Exact)]));
        assert!(agree(&[v(30.0, Bound::MoreThan), v(37.0, Bound::Exact)]));
        assert!(!agree(&[v(20.0, Bound::LessThan), v(37.0, Bound::Exact)]));
        assert!(agree(&[v(400.0, Bound::About), v(390.0, Bound::Exact)]));
    }
}
