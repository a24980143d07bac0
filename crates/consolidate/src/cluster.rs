//! Grouping mentions: a union-find that keeps, for each group, what all its
//! members agree on (round, days, place, acting party), and refuses a union
//! whose groups conflict. Single linkage alone would chain "Kyiv, Monday"
//! to "Kyiv, Tuesday" through a mention dated only by its article; the
//! group constraints stop the chain, and checking them costs the same for
//! a group of two as for a group of two hundred.
//!
//! Pairs are visited in rank order (articles by id, events by sequence),
//! so the groups are a function of the set of mentions, whatever order
//! they arrived in.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::features::{Features, Keys, keys};
use crate::link::{self, DAY_SLACK, Reason};

/// A group of mentions (indices into the candidate list) and the rules
/// that linked them.
#[derive(Debug, Default)]
pub(crate) struct Cluster {
    pub members: Vec<usize>,
    pub reasons: Vec<Reason>,
}

/// What every member of a group agrees on.
#[derive(Debug, Clone)]
struct Agreement {
    ordinal: Option<u32>,
    /// Earliest and latest written day.
    days: Option<(NaiveDate, NaiveDate)>,
    /// Intersection of the other intervals (windows, months).
    window: Option<(NaiveDate, NaiveDate)>,
    /// A city (not a whole country), with its country.
    city: Option<(u32, Option<u32>)>,
    /// Country of any place named.
    country: Option<u32>,
    source: Option<u32>,
    target: Option<u32>,
    parties: Vec<u32>,
    directed: bool,
    reasons: Vec<Reason>,
    /// Articles of the members, sorted.
    articles: Vec<u32>,
}

impl Agreement {
    fn of(f: &Features) -> Agreement {
        let interval = f.interval;
        Agreement {
            ordinal: f.ordinal,
            days: interval.filter(|_| f.precise),
            window: interval.filter(|_| !f.precise),
            city: f
                .place
                .filter(|_| !f.place_is_country)
                .map(|p| (p, f.place_country)),
            country: f.place_country,
            source: f.source,
            target: f.target,
            parties: f.parties.clone(),
            directed: crate::features::directed(f.kind),
            reasons: Vec::new(),
            articles: vec![f.article],
        }
    }

    /// The agreement of two groups together, or `None` when they conflict.
    fn merge(&self, o: &Agreement) -> Option<Agreement> {
        fn both<T: PartialEq + Copy>(a: Option<T>, b: Option<T>) -> Option<Option<T>> {
            match (a, b) {
                (Some(x), Some(y)) if x != y => None,
                (x, y) => Some(x.or(y)),
            }
        }
        let ordinal = both(self.ordinal, o.ordinal)?;
        let days = match (self.days, o.days) {
            (Some(a), Some(b)) => {
                let d = (a.0.min(b.0), a.1.max(b.1));
                ((d.1 - d.0).num_days() <= DAY_SLACK).then_some(Some(d))?
            }
            (a, b) => a.or(b),
        };
        let window = match (self.window, o.window) {
            (Some(a), Some(b)) => {
                let w = (a.0.max(b.0), a.1.min(b.1));
                (w.0 <= w.1).then_some(Some(w))?
            }
            (a, b) => a.or(b),
        };
        if let (Some(d), Some(w)) = (days, window) {
            if d.0 < w.0 || d.1 > w.1 {
                return None;
            }
        }
        let city = both(self.city, o.city)?;
        let country = both(self.country, o.country)?;
        let (mut source, mut target) = (self.source, self.target);
        if self.directed {
            source = both(self.source, o.source)?;
            if self.source.is_some()
                && self.source == o.target
                && self.target == o.source
                && self.source != self.target
            {
                return None;
            }
            target = self.target.or(o.target);
            if !self.parties.is_empty()
                && !o.parties.is_empty()
                && !self.parties.iter().any(|p| o.parties.contains(p))
            {
                return None;
            }
        }
        let mut parties = self.parties.clone();
        parties.extend(
            o.parties
                .iter()
                .copied()
                .filter(|p| !self.parties.contains(p)),
        );
        let mut articles = self.articles.clone();
        articles.extend_from_slice(&o.articles);
        articles.sort_unstable();
        articles.dedup();
        let mut reasons = self.reasons.clone();
        reasons.extend(
            o.reasons
                .iter()
                .copied()
                .filter(|r| !self.reasons.contains(r)),
        );
        Some(Agreement {
            ordinal,
            days,
            window,
            city,
            country,
            source,
            target,
            parties,
            directed: self.directed,
            reasons,
            articles,
        })
    }
}

struct Groups {
    parent: Vec<u32>,
    agreement: Vec<Option<Agreement>>,
}

impl Groups {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }

    /// Joins the groups of `a` and `b` unless they conflict.
    fn join(&mut self, a: u32, b: u32, reason: Reason) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        let merged = {
            let x = self.agreement[lo as usize]
                .as_ref()
                .expect("roots keep theirs");
            let y = self.agreement[hi as usize]
                .as_ref()
                .expect("roots keep theirs");
            // The weakest rule never joins groups that one article already
            // tells apart.
            if reason == Reason::SameSource && x.articles.iter().any(|a| y.articles.contains(a)) {
                return false;
            }
            x.merge(y)
        };
        let Some(mut merged) = merged else {
            return false;
        };
        if !merged.reasons.contains(&reason) {
            merged.reasons.push(reason);
        }
        self.parent[hi as usize] = lo;
        self.agreement[hi as usize] = None;
        self.agreement[lo as usize] = Some(merged);
        true
    }
}

/// Groups the candidates; `order` ranks them (position = rank).
pub(crate) fn cluster(feats: &[Features], order: &[usize]) -> Vec<Cluster> {
    let n = feats.len();
    let ranked: Vec<&Features> = order.iter().map(|&i| &feats[i]).collect();
    // Keys are computed again when probing rather than kept: at a million
    // mentions they would take hundreds of megabytes.
    let mut buckets: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for (r, f) in ranked.iter().enumerate() {
        for key in keys(f).insert {
            buckets.entry(key).or_default().push(r as u32);
        }
    }
    let mut groups = Groups {
        parent: (0..n as u32).collect(),
        agreement: ranked.iter().map(|f| Some(Agreement::of(f))).collect(),
    };
    // Dated mentions first, so that weak ones meet settled groups.
    for (r, f) in ranked.iter().enumerate() {
        if !f.is_dated() {
            continue;
        }
        let k: Keys = keys(f);
        for key in &k.probe {
            let Some(bucket) = buckets.get(key) else {
                continue;
            };
            for &o in bucket {
                if o as usize == r || groups.find(o) == groups.find(r as u32) {
                    continue;
                }
                if let Some(reason) = link::link(f, ranked[o as usize]) {
                    groups.join(r as u32, o, reason);
                }
            }
        }
    }
    for (r, f) in ranked.iter().enumerate() {
        if !f.is_dated() {
            weak_links(r, f, &keys(f).probe, &buckets, &ranked, &mut groups);
        }
    }
    let mut by_root: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for r in 0..n as u32 {
        let root = groups.find(r);
        by_root.entry(root).or_default().push(order[r as usize]);
    }
    let mut roots: Vec<u32> = by_root.keys().copied().collect();
    roots.sort_unstable();
    roots
        .into_iter()
        .map(|root| {
            let mut reasons = groups.agreement[root as usize]
                .as_ref()
                .map(|a| a.reasons.clone())
                .unwrap_or_default();
            reasons.sort_unstable();
            Cluster {
                members: by_root.remove(&root).unwrap_or_default(),
                reasons,
            }
        })
        .collect()
}

/// Links a weak mention: by round to any compatible mention, by place only
/// when the dated candidates all fall within a couple of days.
fn weak_links(
    r: usize,
    f: &Features,
    probes: &[u64],
    buckets: &FxHashMap<u64, Vec<u32>>,
    ranked: &[&Features],
    groups: &mut Groups,
) {
    for key in probes {
        let Some(bucket) = buckets.get(key) else {
            continue;
        };
        let mut compatible: Vec<(u32, Reason)> = bucket
            .iter()
            .copied()
            .filter(|&o| o as usize != r)
            .filter_map(|o| {
                let g = ranked[o as usize];
                link::link(f, g)
                    .or_else(|| link::weak_place_link(f, g).then_some(Reason::UndatedPlace))
                    .map(|reason| (o, reason))
            })
            .collect();
        let spread_ok = |compatible: &[(u32, Reason)]| {
            let days: Vec<NaiveDate> = compatible
                .iter()
                .filter_map(|&(o, _)| {
                    let g = ranked[o as usize];
                    g.interval.filter(|_| g.precise).map(|(d, _)| d)
                })
                .collect();
            match (days.iter().min(), days.iter().max()) {
                (Some(lo), Some(hi)) => (*hi - *lo).num_days() <= link::WEAK_SPREAD,
                // Only other weak mentions: a shared round is enough.
                _ => true,
            }
        };
        let mut unambiguous = spread_ok(&compatible);
        if !unambiguous && f.weekday.is_some() {
            // Two strikes on one town in one week: the weekday the
            // undated article names tells which.
            compatible.retain(|&(o, _)| link::weekday_fits(f, ranked[o as usize]));
            unambiguous = !compatible.is_empty() && spread_ok(&compatible);
        }
        if unambiguous {
            for (o, reason) in compatible {
                groups.join(r as u32, o, reason);
            }
        }
    }
}
