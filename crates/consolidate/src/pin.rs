//! Undated articles: pinning their relative dates through other articles.
//!
//! When an event of an undated article joins a canonical event whose day
//! comes from dated articles, the article's own expression ("on Monday")
//! is pinned to that day, marked inferred. Each pinned expression also
//! bounds the article's publication date ([`window`]): a past "Monday"
//! means it was published that Monday or within the week after,
//! "yesterday" means the day after, a coming "Wednesday" means within the
//! week before. The intersection of the bounds gives the probable date (its
//! earliest day) and the latest possible day. When that pins the day
//! exactly (to within a day), the article's other relative expressions are
//! resolved against it, again marked inferred.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rustc_hash::FxHashMap;
use storyline_model::{ArticleId, CanonicalDate, CanonicalEvent, EventStatus, Precision};

use crate::{InferredDate, Input};

/// Days after a reported event that an article without a dated expression
/// may have been published.
const LOOSE_AFTER: i64 = 30;

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Expressions naming the publication day itself.
const SAME_DAY: [&str; 5] = [
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
];

/// How an expression relates the publication day `p` to the event day `d`:
/// `p - d` lies within the returned bounds (days).
fn offsets(text: &str, status: EventStatus) -> (i64, i64) {
    let t = text.to_lowercase();
    let scheduled = status == EventStatus::Scheduled;
    if t.contains("yesterday") {
        (1, 1)
    } else if t.contains("tomorrow") {
        (-1, -1)
    } else if SAME_DAY.iter().any(|w| t.contains(w)) {
        (0, 0)
    } else if t.contains("last night") || t.contains("overnight") {
        (0, 1)
    } else if WEEKDAYS.iter().any(|(w, _)| t.contains(w)) {
        if scheduled { (-6, 0) } else { (0, 6) }
    } else if scheduled {
        (-LOOSE_AFTER, 0)
    } else {
        (0, LOOSE_AFTER)
    }
}

/// The publication window `[earliest, latest]` that an expression pinned to
/// day `d` allows.
pub(crate) fn window(text: &str, status: EventStatus, d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let (lo, hi) = offsets(text, status);
    (d + Duration::days(lo), d + Duration::days(hi))
}

/// Resolves a relative expression against a publication day, when it is
/// one this module knows.
pub(crate) fn resolve(text: &str, status: EventStatus, p: NaiveDate) -> Option<NaiveDate> {
    let t = text.to_lowercase();
    if t.contains("yesterday") {
        return Some(p - Duration::days(1));
    }
    if t.contains("tomorrow") {
        return Some(p + Duration::days(1));
    }
    if SAME_DAY.iter().any(|w| t.contains(w)) {
        return Some(p);
    }
    let (_, day) = WEEKDAYS.iter().find(|(w, _)| t.contains(w))?;
    let mut d = p;
    if status == EventStatus::Scheduled {
        while d.weekday() != *day {
            d += Duration::days(1);
        }
    } else {
        while d.weekday() != *day {
            d -= Duration::days(1);
        }
    }
    Some(d)
}

/// The day named by a weekday in `text` within a day of `range`, nearest to
/// `best`.
fn weekday_in(text: &str, range: (NaiveDate, NaiveDate), best: NaiveDate) -> Option<NaiveDate> {
    let t = text.to_lowercase();
    let (_, weekday) = WEEKDAYS.iter().find(|(w, _)| t.contains(w))?;
    let mut day = range.0 - Duration::days(1);
    let mut found: Option<NaiveDate> = None;
    while day <= range.1 + Duration::days(1) {
        if day.weekday() == *weekday
            && found.is_none_or(|f| (day - best).num_days().abs() < (f - best).num_days().abs())
        {
            found = Some(day);
        }
        day += Duration::days(1);
    }
    found
}

/// Collects what pins each undated article, then applies it.
#[derive(Debug, Default)]
pub(crate) struct Pins;

impl Pins {
    /// Pins the relative dates of undated articles' mentions, infers their
    /// publication dates, and resolves their remaining relative dates when
    /// the publication day is pinned closely enough.
    pub(crate) fn finish(input: &Input, events: &mut [CanonicalEvent]) -> Vec<InferredDate> {
        let undated: FxHashMap<&ArticleId, usize> = input
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| a.date.is_none())
            .map(|(i, a)| (&a.id, i))
            .collect();
        if undated.is_empty() {
            return Vec::new();
        }
        // Per undated article: (window, canonical id), in event order.
        // (publication window, canonical id, whether a date expression gave it)
        type Window = ((NaiveDate, NaiveDate), String, bool);
        let mut windows: FxHashMap<usize, Vec<Window>> = FxHashMap::default();
        for event in events.iter_mut() {
            let Some(day) = event
                .date
                .as_ref()
                .filter(|d| d.precision == Precision::Day && !d.inferred)
                .and_then(|d| d.value.parse::<NaiveDate>().ok())
            else {
                continue;
            };
            let range = event.date.as_ref().map_or((day, day), |d| (d.from, d.to));
            for m in &mut event.mentions {
                let Some(&a) = undated.get(&m.article) else {
                    continue;
                };
                let text = m.date.as_ref().map(|d| d.text.clone()).unwrap_or_default();
                // "Wednesday" pins to the Wednesday the sources allow, when
                // they disagree by a day (an overnight strike).
                let day = weekday_in(&text, range, day).unwrap_or(day);
                if let Some(d) = m.date.as_mut().filter(|d| d.value.is_none()) {
                    d.value = Some(day.to_string());
                    d.inferred = true;
                }
                let has_text = !text.is_empty();
                windows.entry(a).or_default().push((
                    window(&text, m.status, day),
                    event.id.clone(),
                    has_text,
                ));
            }
        }
        let mut inferred = Vec::new();
        let mut keys: Vec<usize> = windows.keys().copied().collect();
        keys.sort_unstable();
        for a in keys {
            let ws = &windows[&a];
            let Some((lo, hi)) = intersect(ws.iter().filter(|w| w.2).map(|w| w.0))
                .or_else(|| intersect(ws.iter().map(|w| w.0)))
            else {
                continue;
            };
            let mut evidence: Vec<String> = ws.iter().map(|w| w.1.clone()).collect();
            evidence.sort();
            evidence.dedup();
            inferred.push(InferredDate {
                article: input.articles[a].id.clone(),
                date: lo,
                latest: hi,
                evidence,
            });
        }
        apply(&inferred, events);
        inferred
    }
}

fn intersect(
    mut ws: impl Iterator<Item = (NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let first = ws.next()?;
    let (lo, hi) = ws.fold(first, |(lo, hi), (a, b)| (lo.max(a), hi.min(b)));
    (lo <= hi).then_some((lo, hi))
}

/// Marks inferred publication dates on the events' article lists and
/// resolves relative dates of the articles pinned to within a day.
fn apply(inferred: &[InferredDate], events: &mut [CanonicalEvent]) {
    let by_article: FxHashMap<&ArticleId, &InferredDate> =
        inferred.iter().map(|i| (&i.article, i)).collect();
    for event in events.iter_mut() {
        for a in &mut event.articles {
            if let Some(i) = by_article.get(&a.id) {
                a.date = Some(i.date);
                a.date_inferred = true;
            }
        }
        let mut resolved: Vec<NaiveDate> = Vec::new();
        for m in &mut event.mentions {
            let Some(i) = by_article.get(&m.article) else {
                continue;
            };
            if (i.latest - i.date).num_days() > 1 {
                continue;
            }
            let Some(d) = m.date.as_mut().filter(|d| d.value.is_none()) else {
                continue;
            };
            if let Some(day) = resolve(&d.text, m.status, i.date) {
                d.value = Some(day.to_string());
                d.inferred = true;
                resolved.push(day);
            }
        }
        if event.date.is_none() {
            if let Some(&day) = resolved.iter().min() {
                event.date = Some(CanonicalDate {
                    value: day.to_string(),
                    precision: Precision::Day,
                    from: day,
                    to: *resolved.iter().max().expect("non-empty"),
                    support: resolved.len(),
                    inferred: true,
                });
            }
        }
        if event.first_reported.is_none() {
            event.first_reported = event.articles.iter().filter_map(|a| a.date).min();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_past_weekday_bounds_the_week_after() {
        assert_eq!(
            window("on Monday", EventStatus::Reported, d("2025-06-02")),
            (d("2025-06-02"), d("2025-06-08"))
        );
        assert_eq!(
            window("yesterday", EventStatus::Reported, d("2025-06-02")),
            (d("2025-06-03"), d("2025-06-03"))
        );
        assert_eq!(
            window("on Wednesday", EventStatus::Scheduled, d("2025-07-23")),
            (d("2025-07-17"), d("2025-07-23"))
        );
    }

    #[test]
    fn a_weekday_pins_to_its_own_day_when_sources_differ_by_one() {
        // Sources put an overnight strike on Tue 16 or Wed 17 September.
        let range = (d("2025-09-16"), d("2025-09-17"));
        assert_eq!(
            weekday_in("on Wednesday", range, d("2025-09-16")),
            Some(d("2025-09-17"))
        );
        assert_eq!(weekday_in("overnight", range, d("2025-09-16")), None);
    }

    #[test]
    fn weekdays_resolve_by_tense() {
        // 2025-09-18 is a Thursday.
        let p = d("2025-09-18");
        assert_eq!(
            resolve("on Wednesday", EventStatus::Reported, p),
            Some(d("2025-09-17"))
        );
        assert_eq!(
            resolve("on Friday", EventStatus::Scheduled, p),
            Some(d("2025-09-19"))
        );
        assert_eq!(resolve("Thursday", EventStatus::Reported, p), Some(p));
        assert_eq!(resolve("last month", EventStatus::Reported, p), None);
    }
}
