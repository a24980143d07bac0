//! What consolidation compares: a mention reduced to its type, time
//! interval, parties, place and round, and the block keys that decide which
//! mentions are ever compared.
//!
//! Blocking keeps the cost near-linear: a mention with a day (or a window of
//! a few days read from its article's date) is filed under
//! `(type, day, party-or-place)` for each day and each party or place, and
//! looks for partners under the same keys one day either side. A *weak*
//! mention (no usable date: an undated article, or only "in June") is filed
//! under `(type, round, party)` and `(type, place)` and looks there; such a
//! link is made only when it is unambiguous (see [`crate::link`]).

use chrono::{Datelike, Duration, NaiveDate};
use rustc_hash::FxHashMap;
use storyline_model::{Actor, Event, EventStatus, Location, PloverType};

use crate::{ArticleInfo, Mention};

/// Days of an article-date window for a reported event without a date of
/// its own: news reports what happened on the day or the two days before.
pub(crate) const REPORTED_WINDOW: i64 = 2;
/// Days of the window for a scheduled event without a date.
pub(crate) const SCHEDULED_WINDOW: i64 = 14;
/// Longest interval (days) still filed by day; longer ones are weak.
pub(crate) const MAX_DAY_SPAN: i64 = 3;

/// Interned strings: codes, names and places as small integers.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: FxHashMap<String, u32>,
}

impl Interner {
    pub(crate) fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(s.to_string(), id);
        id
    }
}

/// A mention reduced to what linking compares.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    pub kind: PloverType,
    /// First and last day the mention allows.
    pub interval: Option<(NaiveDate, NaiveDate)>,
    /// The interval is one day written in the article (not a window).
    pub precise: bool,
    /// Acting party (code, else lower-cased name).
    pub source: Option<u32>,
    /// Party acted upon.
    pub target: Option<u32>,
    /// Every party, sorted, deduplicated.
    pub parties: Vec<u32>,
    /// Lower-cased place name.
    pub place: Option<u32>,
    /// The place names a whole country (or has no coordinates).
    pub place_is_country: bool,
    /// Country of the place.
    pub place_country: Option<u32>,
    /// Round number.
    pub ordinal: Option<u32>,
    /// Index of the article in the input.
    pub article: u32,
    /// Hashes of the content words of the evidence sentence, sorted.
    pub words: Vec<u32>,
    /// Hashes of the parties' keys (stable across runs, for block keys).
    pub party_hashes: Vec<u64>,
    /// Hash of the place key.
    pub place_hash: Option<u64>,
    /// The weekday of a date written but not resolved ("on Friday" in an
    /// undated article).
    pub weekday: Option<chrono::Weekday>,
}

/// The weekday named in an unresolved date's text ("on Friday afternoon").
pub(crate) fn weekday_of(text: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    const NAMES: [(&str, chrono::Weekday); 7] = [
        ("monday", Mon),
        ("tuesday", Tue),
        ("wednesday", Wed),
        ("thursday", Thu),
        ("friday", Fri),
        ("saturday", Sat),
        ("sunday", Sun),
    ];
    let lower = text.to_ascii_lowercase();
    let mut found = NAMES.iter().filter(|(n, _)| lower.contains(n));
    match (found.next(), found.next()) {
        (Some(&(_, day)), None) => Some(day),
        _ => None,
    }
}

impl Features {
    /// Whether the mention has a usable day interval.
    pub(crate) fn is_dated(&self) -> bool {
        self.interval
            .is_some_and(|(a, b)| (b - a).num_days() < MAX_DAY_SPAN)
    }
}

/// Whether the type has a direction (an attack, an accusation) rather than
/// joint parties (talks, agreements, exchanges).
pub(crate) fn directed(kind: PloverType) -> bool {
    !matches!(
        kind,
        PloverType::Consult | PloverType::Agree | PloverType::Cooperate | PloverType::Retreat
    )
}

/// The day interval of a written date value: a day, a month or a year.
pub(crate) fn value_interval(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let mut parts = value.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    match (parts.next(), parts.next()) {
        (Some(m), Some(d)) => {
            let day = NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)?;
            Some((day, day))
        }
        (Some(m), None) => {
            let first = NaiveDate::from_ymd_opt(year, m.parse().ok()?, 1)?;
            let next = if first.month() == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, first.month() + 1, 1)?
            };
            Some((first, next - Duration::days(1)))
        }
        _ => Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        )),
    }
}

/// The key under which an actor is compared: its code, else its name.
fn actor_key(actor: &Actor) -> String {
    match &actor.code {
        Some(code) => code.clone(),
        None => actor.name.trim().to_lowercase(),
    }
}

fn place_key(location: &Location) -> String {
    location.name.trim().to_lowercase()
}

/// Reduces a mention to its features.
pub(crate) fn features(
    mention: &Mention,
    article: &ArticleInfo,
    interner: &mut Interner,
) -> Features {
    let e: &Event = &mention.event;
    let written = e
        .date
        .as_ref()
        .and_then(|d| d.value.as_deref())
        .and_then(value_interval);
    // "two days after an attack": dated only through another happening,
    // so no window around the article's day either.
    let anchored = e.date.as_ref().is_some_and(|d| {
        d.value.is_none() && {
            let text = d.text.to_ascii_lowercase();
            text.ends_with(" after") || text.ends_with(" before")
        }
    });
    let (interval, precise) = match (written, article.date) {
        (Some(iv), _) => (Some(iv), iv.0 == iv.1),
        (None, _) if anchored => (None, false),
        (None, Some(day)) => {
            let iv = if e.status == EventStatus::Scheduled {
                (day, day + Duration::days(SCHEDULED_WINDOW))
            } else {
                (day - Duration::days(REPORTED_WINDOW), day)
            };
            (Some(iv), false)
        }
        (None, None) => (None, false),
    };
    let source = e.source.as_ref().map(|a| interner.id(&actor_key(a)));
    let target = e.target.as_ref().map(|a| interner.id(&actor_key(a)));
    let mut parties: Vec<u32> = e
        .participants
        .iter()
        .map(|c| interner.id(c))
        .chain(source)
        .chain(target)
        .collect();
    parties.sort_unstable();
    parties.dedup();
    let mut party_hashes: Vec<u64> = e
        .participants
        .iter()
        .cloned()
        .chain(e.source.as_ref().map(actor_key))
        .chain(e.target.as_ref().map(actor_key))
        .map(|s| key(&s))
        .collect();
    party_hashes.sort_unstable();
    party_hashes.dedup();
    let place_hash = e.location.as_ref().map(|l| key(&place_key(l)));
    let place = e.location.as_ref().map(|l| interner.id(&place_key(l)));
    let place_country = e
        .location
        .as_ref()
        .and_then(|l| l.country.as_deref())
        .map(|c| interner.id(c));
    let place_is_country = e.location.as_ref().is_some_and(|l| l.lat.is_none());
    Features {
        kind: e.kind,
        interval,
        precise,
        source,
        target,
        parties,
        place,
        place_is_country,
        place_country,
        ordinal: mention.ordinal,
        article: mention.article as u32,
        words: content_words(&mention.sentence),
        party_hashes,
        place_hash,
        weekday: e
            .date
            .as_ref()
            .filter(|d| d.value.is_none())
            .and_then(|d| weekday_of(&d.text)),
    }
}

/// Words too common in news to tell two statements apart.
const COMMON_WORDS: &[&str] = &[
    "about",
    "after",
    "against",
    "also",
    "because",
    "before",
    "being",
    "could",
    "during",
    "their",
    "there",
    "these",
    "those",
    "which",
    "while",
    "would",
    "where",
    "other",
    "since",
    "said",
    "says",
    "saying",
    "told",
    "added",
    "statement",
    "official",
    "officials",
    "minister",
    "ministry",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "reporters",
    "according",
    "government",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "monday",
    "tuesday",
    "yesterday",
    "today",
    "earlier",
    "later",
    "under",
    "between",
];

/// Hashes of the content words of a sentence (five letters or more, not
/// among [`COMMON_WORDS`], cut to their first five letters), sorted and
/// deduplicated.
pub(crate) fn content_words(sentence: &str) -> Vec<u32> {
    let mut words: Vec<u32> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5)
        .map(str::to_lowercase)
        .filter(|w| !COMMON_WORDS.contains(&w.as_str()))
        // A crude stem: "proposal" and "proposed" are one word here.
        .map(|w| key(&w.chars().take(5).collect::<String>()) as u32)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Number of content words two sorted lists share.
pub(crate) fn shared_words(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The block keys of one mention.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keys {
    /// Keys the mention is filed under.
    pub insert: Vec<u64>,
    /// Keys under which it looks for partners.
    pub probe: Vec<u64>,
}

/// FNV-1a over the parts, fixed forever: stores keep these keys, so they
/// must not depend on a library's hasher.
fn key(parts: impl KeyParts) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    parts.feed(&mut |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    });
    // Keep the top bit clear: keys are stored as SQL integers.
    h >> 1
}

/// Values that feed a block key, byte by byte.
trait KeyParts {
    fn feed(&self, out: &mut dyn FnMut(&[u8]));
}

impl KeyParts for u8 {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        out(&[*self]);
    }
}

impl KeyParts for u32 {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        out(&self.to_le_bytes());
    }
}

impl KeyParts for u64 {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        out(&self.to_le_bytes());
    }
}

impl KeyParts for PloverType {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        out(self.as_str().as_bytes());
    }
}

impl KeyParts for NaiveDate {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        out(&self.num_days_from_ce().to_le_bytes());
    }
}

impl KeyParts for &String {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        out(self.as_bytes());
        out(&[0xff]);
    }
}

impl<A: KeyParts, B: KeyParts> KeyParts for (A, B) {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        self.0.feed(out);
        self.1.feed(out);
    }
}

impl<A: KeyParts, B: KeyParts, C: KeyParts> KeyParts for (A, B, C) {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        self.0.feed(out);
        self.1.feed(out);
        self.2.feed(out);
    }
}

impl<A: KeyParts, B: KeyParts, C: KeyParts, D: KeyParts> KeyParts for (A, B, C, D) {
    fn feed(&self, out: &mut dyn FnMut(&[u8])) {
        self.0.feed(out);
        self.1.feed(out);
        self.2.feed(out);
        self.3.feed(out);
    }
}

/// Computes the block keys of a mention.
pub(crate) fn keys(f: &Features) -> Keys {
    let mut out = Keys::default();
    let kind = f.kind;
    let tokens: Vec<u64> = f.party_hashes.iter().copied().chain(f.place_hash).collect();
    if f.is_dated() {
        let (from, to) = f.interval.expect("dated");
        let mut day = from;
        while day <= to {
            for &t in &tokens {
                out.insert.push(key((0u8, kind, day, t)));
            }
            day += Duration::days(1);
        }
        let mut day = from - Duration::days(1);
        while day <= to + Duration::days(1) {
            for &t in &tokens {
                out.probe.push(key((0u8, kind, day, t)));
            }
            day += Duration::days(1);
        }
        // Weak mentions look for dated ones by round and by place.
        for &t in &f.party_hashes {
            if let Some(n) = f.ordinal {
                out.insert.push(key((1u8, kind, n, t)));
            }
        }
        if let Some(p) = f.place_hash {
            out.insert.push(key((2u8, kind, p)));
        }
    } else {
        for &t in &f.party_hashes {
            if let Some(n) = f.ordinal {
                out.insert.push(key((1u8, kind, n, t)));
                out.probe.push(key((1u8, kind, n, t)));
            }
        }
        if let Some(p) = f.place_hash {
            out.probe.push(key((2u8, kind, p)));
        }
    }
    out.insert.sort_unstable();
    out.insert.dedup();
    out.probe.sort_unstable();
    out.probe.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn intervals_of_days_months_and_years() {
        assert_eq!(
            value_interval("2025-09-17"),
            Some((d("2025-09-17"), d("2025-09-17")))
        );
        assert_eq!(
            value_interval("2024-12"),
            Some((d("2024-12-01"), d("2024-12-31")))
        );
        assert_eq!(
            value_interval("2024-02"),
            Some((d("2024-02-01"), d("2024-02-29")))
        );
        assert_eq!(
            value_interval("2022"),
            Some((d("2022-01-01"), d("2022-12-31")))
        );
        assert_eq!(value_interval("soon"), None);
        assert_eq!(value_interval("2025-13-01"), None);
    }

    #[test]
    fn talks_are_joint_and_strikes_are_directed() {
        assert!(!directed(PloverType::Consult));
        assert!(directed(PloverType::Assault));
    }
}
