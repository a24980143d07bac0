//! When two mentions tell the same happening, and when they cannot.
//!
//! Each rule has an id that the canonical event lists (`consolidate/...`):
//!
//! | rule | when |
//! |---|---|
//! | `consolidate/same-day` | same type, written days at most one apart, a shared party or the same place, nothing conflicting |
//! | `consolidate/window` | same type, one date read from an article-date window, the same place, or the same two parties |
//! | `consolidate/round` | same type and round ("second round"), a shared party, dates compatible |
//! | `consolidate/same-source` | a statement, appeal, deal or aid (not a use of force), one date read from an article-date window, the same acting party, no other target, two sentences sharing at least three content words (the actor and the verb are usually two), from two articles that do not already share a group |
//! | `consolidate/undated-place` | a mention without a usable date, the same type and place as dated mentions that all fall within two days (when they do not, those on the weekday the mention names, give or take a day) |
//! | `consolidate/single` | a canonical event told by one mention only |
//!
//! Conflicts that always keep two mentions apart: different types,
//! different rounds, written days more than a day apart, different cities,
//! and, for directed types, different or swapped acting parties.

use chrono::NaiveDate;

use crate::features::Features;

/// Why two mentions were linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Reason {
    SameDay,
    Window,
    Round,
    SameSource,
    UndatedPlace,
}

impl Reason {
    pub(crate) fn rule(self) -> &'static str {
        match self {
            Reason::SameDay => "consolidate/same-day",
            Reason::Window => "consolidate/window",
            Reason::Round => "consolidate/round",
            Reason::SameSource => "consolidate/same-source",
            Reason::UndatedPlace => "consolidate/undated-place",
        }
    }
}

/// Largest distance in days between two written days of one happening
/// (overnight strikes, time zones, "late Tuesday" against "Wednesday").
pub(crate) const DAY_SLACK: i64 = 1;
/// Content words two sentences must share for `consolidate/same-source`.
pub(crate) const SAME_SOURCE_WORDS: usize = 3;
/// Dated mentions a weak mention links to must fall within this many days.
pub(crate) const WEAK_SPREAD: i64 = 2;

fn overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate), slack: i64) -> bool {
    (a.0 - b.1).num_days() <= slack && (b.0 - a.1).num_days() <= slack
}

/// Whether the two mentions cannot be one happening, whatever else holds.
pub(crate) fn conflict(a: &Features, b: &Features) -> bool {
    if a.kind != b.kind {
        return true;
    }
    if let (Some(x), Some(y)) = (a.ordinal, b.ordinal) {
        if x != y {
            return true;
        }
    }
    if let (Some(x), Some(y)) = (a.interval, b.interval) {
        let slack = if a.precise && b.precise { DAY_SLACK } else { 0 };
        if !overlap(x, y, slack) {
            return true;
        }
    }
    if let (Some(x), Some(y)) = (a.place, b.place) {
        if x != y {
            let country_level = a.place_is_country || b.place_is_country;
            let same_country = a.place_country.is_some() && a.place_country == b.place_country;
            // "Turkey" and "Istanbul" can both be right; Kharkiv and Dnipro cannot.
            if !(country_level && same_country) {
                return true;
            }
        }
    }
    if crate::features::directed(a.kind) {
        if let (Some(x), Some(y)) = (a.source, b.source) {
            if x != y {
                return true;
            }
        }
        if a.source.is_some()
            && a.source == b.target
            && a.target == b.source
            && a.source != a.target
        {
            return true;
        }
    }
    // Attacks on or by different parties are different; talks may be told
    // through the host in one source and the delegations in another.
    crate::features::directed(a.kind)
        && !a.parties.is_empty()
        && !b.parties.is_empty()
        && !a.parties.iter().any(|p| b.parties.contains(p))
}

fn shared_parties(a: &Features, b: &Features) -> usize {
    a.parties.iter().filter(|p| b.parties.contains(p)).count()
}

/// Whether two mentions, both dated or with matching rounds, tell the same
/// happening, and by which rule.
pub(crate) fn link(a: &Features, b: &Features) -> Option<Reason> {
    if conflict(a, b) {
        return None;
    }
    let same_place = a.place.is_some() && a.place == b.place;
    let shared = shared_parties(a, b);
    if a.ordinal.is_some() && a.ordinal == b.ordinal && shared > 0 {
        return Some(Reason::Round);
    }
    if !(a.is_dated() && b.is_dated()) {
        return None;
    }
    if a.precise && b.precise {
        return (same_place || shared > 0).then_some(Reason::SameDay);
    }
    // A window from the article date is weaker evidence: ask for the place,
    // or both parties.
    if same_place || shared >= 2 {
        return Some(Reason::Window);
    }
    // Who said or gave what, within the same couple of days: "Russia
    // rejected the truce" told with and without its target. Uses of force
    // are too many a day for this.
    let same_source = a.source.is_some() && a.source == b.source;
    let targets_fit = a.target.is_none() || b.target.is_none() || a.target == b.target;
    // The two sentences must also share what the statement is about.
    let same_topic = crate::features::shared_words(&a.words, &b.words) >= SAME_SOURCE_WORDS;
    (same_source && targets_fit && same_topic && !forceful(a.kind) && a.article != b.article)
        .then_some(Reason::SameSource)
}

/// Types whose events come many a day between the same parties.
fn forceful(kind: storyline_model::PloverType) -> bool {
    use storyline_model::PloverType as T;
    matches!(kind, T::Assault | T::Coerce | T::Mobilize | T::Protest)
}

/// Whether a weak mention (no usable date) may join a dated one through the
/// place: the caller checks that every candidate falls within
/// [`WEAK_SPREAD`] days.
pub(crate) fn weak_place_link(weak: &Features, dated: &Features) -> bool {
    // A round ("the first round, last month") is only joined by its round.
    weak.ordinal == dated.ordinal
        && weak.place.is_some()
        && weak.place == dated.place
        && dated.precise
        && !conflict(weak, dated)
}

/// Whether a dated mention falls on the weekday an undated one names
/// ("Shells fell on the market on Friday"), give or take a day ("late
/// Thursday", "overnight into Friday"). Used only to choose among
/// candidates that would otherwise be ambiguous: a weekday read from the
/// sentence may belong to another happening in it.
pub(crate) fn weekday_fits(weak: &Features, dated: &Features) -> bool {
    match (weak.weekday, dated.interval) {
        (Some(day), Some((from, _))) => {
            let named = chrono::Datelike::weekday(&from);
            named == day || named.succ() == day || named.pred() == day
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyline_model::PloverType;

    fn f(kind: PloverType, day: Option<&str>, parties: &[u32], place: Option<u32>) -> Features {
        let iv = day.map(|d| {
            let d: NaiveDate = d.parse().unwrap();
            (d, d)
        });
        Features {
            kind,
            interval: iv,
            precise: iv.is_some(),
            source: parties.first().copied(),
            target: parties.get(1).copied(),
            parties: {
                let mut p = parties.to_vec();
                p.sort_unstable();
                p
            },
            place,
            place_is_country: false,
            place_country: Some(99),
            ordinal: None,
            article: 0,
            words: Vec::new(),
            party_hashes: parties.iter().map(|&p| u64::from(p)).collect(),
            place_hash: place.map(u64::from),
            weekday: None,
        }
    }

    const RUS: u32 = 1;
    const UKR: u32 = 2;
    const KYIV: u32 = 10;
    const DNIPRO: u32 = 11;

    #[test]
    fn same_strike_on_the_same_day_links() {
        let a = f(
            PloverType::Assault,
            Some("2025-09-17"),
            &[RUS, UKR],
            Some(DNIPRO),
        );
        let b = f(
            PloverType::Assault,
            Some("2025-09-16"),
            &[RUS],
            Some(DNIPRO),
        );
        assert_eq!(link(&a, &b), Some(Reason::SameDay));
    }

    #[test]
    fn strikes_two_nights_apart_or_on_two_cities_stay_apart() {
        let a = f(
            PloverType::Assault,
            Some("2025-09-17"),
            &[RUS, UKR],
            Some(KYIV),
        );
        let b = f(
            PloverType::Assault,
            Some("2025-09-19"),
            &[RUS, UKR],
            Some(KYIV),
        );
        assert_eq!(link(&a, &b), None);
        let c = f(
            PloverType::Assault,
            Some("2025-09-17"),
            &[RUS, UKR],
            Some(DNIPRO),
        );
        assert_eq!(link(&a, &c), None);
    }

    #[test]
    fn an_attack_and_the_retaliation_stay_apart() {
        let a = f(PloverType::Assault, Some("2025-09-17"), &[RUS, UKR], None);
        let b = f(PloverType::Assault, Some("2025-09-17"), &[UKR, RUS], None);
        assert!(conflict(&a, &b));
    }

    #[test]
    fn rounds_decide_for_talks() {
        let mut a = f(PloverType::Consult, None, &[RUS, UKR], None);
        let mut b = f(PloverType::Consult, Some("2025-06-02"), &[UKR, RUS], None);
        a.ordinal = Some(2);
        b.ordinal = Some(2);
        assert_eq!(link(&a, &b), Some(Reason::Round));
        b.ordinal = Some(3);
        assert_eq!(link(&a, &b), None);
    }

    #[test]
    fn an_undated_weekday_meets_only_that_weekday() {
        // 2025-07-18 is a Friday, 2025-07-15 a Tuesday (a day either side
        // still fits: overnight strikes).
        let mut weak = f(PloverType::Assault, None, &[RUS], Some(KYIV));
        weak.weekday = Some(chrono::Weekday::Fri);
        let friday = f(PloverType::Assault, Some("2025-07-18"), &[RUS], Some(KYIV));
        let tuesday = f(PloverType::Assault, Some("2025-07-15"), &[RUS], Some(KYIV));
        assert!(weak_place_link(&weak, &friday) && weekday_fits(&weak, &friday));
        assert!(weak_place_link(&weak, &tuesday) && !weekday_fits(&weak, &tuesday));
        assert_eq!(
            crate::features::weekday_of("on Friday afternoon"),
            Some(chrono::Weekday::Fri)
        );
        assert_eq!(
            crate::features::weekday_of("between Monday and Friday"),
            None
        );
    }

    #[test]
    fn a_country_level_place_contains_its_cities() {
        let a = f(
            PloverType::Consult,
            Some("2025-07-23"),
            &[RUS, UKR],
            Some(KYIV),
        );
        let mut b = f(
            PloverType::Consult,
            Some("2025-07-23"),
            &[RUS, UKR],
            Some(77),
        );
        b.place_is_country = true;
        assert_eq!(link(&a, &b), Some(Reason::SameDay));
    }
}
