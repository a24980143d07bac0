//! Undated articles: pinning their relative dates through other articles.
//!
//! When an event of an undated article joins a canonical event whose day
//! comes from dated articles, the article's own expression ("on Monday")
//! is pinned to that day, marked inferred. Each pinned expression also
//! bounds the article's publication date ([`window`]): a past "Monday"
//! means it was published that Monday or within the week after,
//! "yesterday" means the day after, a coming "Wednesday" means within the
//! week before. The intersection of the bounds gives the window of possible
//! days, and within it the probable date: the day that keeps the article's
//! own weekdays closest together. The article's other relative
//! expressions are resolved against every day of that window, and pinned,
//! again marked inferred, when all those days agree ("last month" is May
//! whether the article came out on 2 or on 8 June).

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

/// A relative expression resolved against a publication day: a day, or a
/// calendar month or year ("last month").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub precision: Precision,
}

impl Resolved {
    fn day(d: NaiveDate) -> Self {
        Resolved {
            from: d,
            to: d,
            precision: Precision::Day,
        }
    }

    /// The value as written in the output: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn value(&self) -> String {
        match self.precision {
            Precision::Month => self.from.format("%Y-%m").to_string(),
            Precision::Year => self.from.format("%Y").to_string(),
            _ => self.from.to_string(),
        }
    }
}

/// Calendar periods relative to the publication day: (phrase, unit, shift).
const PERIODS: &[(&str, Precision, i32)] = &[
    ("last month", Precision::Month, -1),
    ("earlier this month", Precision::Month, 0),
    ("this month", Precision::Month, 0),
    ("next month", Precision::Month, 1),
    ("last year", Precision::Year, -1),
    ("earlier this year", Precision::Year, 0),
    ("this year", Precision::Year, 0),
    ("next year", Precision::Year, 1),
];

/// The calendar month or year `shift` units from the one holding `p`.
fn period(p: NaiveDate, unit: Precision, shift: i32) -> Option<Resolved> {
    let (from, to) = if unit == Precision::Year {
        let y = p.year() + shift;
        (
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 12, 31)?,
        )
    } else {
        let months = p.year() * 12 + p.month0() as i32 + shift;
        let from =
            NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)?;
        let to = from
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()?;
        (from, to)
    };
    Some(Resolved {
        from,
        to,
        precision: unit,
    })
}

/// Resolves a relative expression against a publication day, when it is
/// one this module knows.
pub(crate) fn resolve(text: &str, status: EventStatus, p: NaiveDate) -> Option<Resolved> {
    let t = text.to_lowercase();
    if t.contains("yesterday") {
        return Some(Resolved::day(p - Duration::days(1)));
    }
    if t.contains("tomorrow") {
        return Some(Resolved::day(p + Duration::days(1)));
    }
    if SAME_DAY.iter().any(|w| t.contains(w)) {
        return Some(Resolved::day(p));
    }
    if let Some(&(_, unit, shift)) = PERIODS.iter().find(|(w, _, _)| t.contains(w)) {
        return period(p, unit, shift);
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
    Some(Resolved::day(d))
}

/// Resolves an expression against every day a publication window allows:
/// pinned only when they all agree ("last month" is May for any day from 2
/// to 8 June; "yesterday" is not pinned by a week-long window).
pub(crate) fn resolve_within(
    text: &str,
    status: EventStatus,
    (lo, hi): (NaiveDate, NaiveDate),
) -> Option<Resolved> {
    let first = resolve(text, status, lo)?;
    let mut d = lo;
    while d < hi {
        d += Duration::days(1);
        if resolve(text, status, d)? != first {
            return None;
        }
    }
    Some(first)
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
            let texts: Vec<(&str, EventStatus)> = input
                .mentions
                .iter()
                .filter(|m| m.article == a)
                .filter_map(|m| Some((m.event.date.as_ref()?.text.as_str(), m.event.status)))
                .collect();
            inferred.push(InferredDate {
                article: input.articles[a].id.clone(),
                date: probable_day((lo, hi), &texts),
                earliest: lo,
                latest: hi,
                evidence,
            });
        }
        apply(&inferred, events);
        inferred
    }
}

/// The most probable publication day in `window`: the one that puts the
/// article's weekdays and days ("on Wednesday", "on Friday", "yesterday")
/// closest together, as a report tells the last few days around it; the
/// earliest such day. An exchange "on Friday" after Wednesday's talks
/// dates the article Friday, not Wednesday.
fn probable_day((lo, hi): (NaiveDate, NaiveDate), texts: &[(&str, EventStatus)]) -> NaiveDate {
    let spread = |p: NaiveDate| {
        let days: Vec<NaiveDate> = texts
            .iter()
            .filter_map(|&(t, status)| resolve(t, status, p))
            .filter(|r| r.precision == Precision::Day)
            .map(|r| r.from)
            .collect();
        let first = days.iter().min();
        let last = days.iter().max();
        first.zip(last).map_or(0, |(f, l)| (*l - *f).num_days())
    };
    let mut best = (spread(lo), lo);
    let mut p = lo;
    while p < hi {
        p += Duration::days(1);
        best = best.min((spread(p), p));
    }
    best.1
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
        let mut resolved: Vec<Resolved> = Vec::new();
        for m in &mut event.mentions {
            let Some(i) = by_article.get(&m.article) else {
                continue;
            };
            let Some(d) = m.date.as_mut().filter(|d| d.value.is_none()) else {
                continue;
            };
            if let Some(r) = resolve_within(&d.text, m.status, (i.earliest, i.latest)) {
                d.value = Some(r.value());
                d.inferred = true;
                resolved.push(r);
            }
        }
        if event.date.is_none() {
            // The most precise of what was resolved.
            if let Some(best) = resolved.iter().min_by_key(|r| (r.to - r.from, r.from)) {
                let same: Vec<&Resolved> = resolved
                    .iter()
                    .filter(|r| r.precision == best.precision)
                    .collect();
                event.date = Some(CanonicalDate {
                    value: best.value(),
                    precision: best.precision,
                    from: best.from,
                    to: same.iter().map(|r| r.to).max().unwrap_or(best.to),
                    support: same.len(),
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
        let day = |t: &str, s| resolve(t, s, p).map(|r| r.value());
        assert_eq!(
            day("on Wednesday", EventStatus::Reported).as_deref(),
            Some("2025-09-17")
        );
        assert_eq!(
            day("on Friday", EventStatus::Scheduled).as_deref(),
            Some("2025-09-19")
        );
        assert_eq!(
            day("Thursday", EventStatus::Reported).as_deref(),
            Some("2025-09-18")
        );
        assert_eq!(day("two weeks ago", EventStatus::Reported), None);
    }

    #[test]
    fn the_probable_day_keeps_the_article_weekdays_together() {
        // Talks on Wed 17 September pin the window to 17..23; the article
        // also tells an exchange "on Friday": published Friday 19.
        let texts = [
            ("Wednesday's", EventStatus::Reported),
            ("on Friday", EventStatus::Reported),
        ];
        let window = (d("2025-09-17"), d("2025-09-23"));
        assert_eq!(probable_day(window, &texts), d("2025-09-19"));
        // Nothing else told: the earliest day.
        assert_eq!(probable_day(window, &texts[..1]), d("2025-09-17"));
        // A coming Friday keeps the article before it.
        let ahead = [
            ("on Wednesday", EventStatus::Reported),
            ("on Friday", EventStatus::Scheduled),
        ];
        assert_eq!(probable_day(window, &ahead), d("2025-09-17"));
    }

    #[test]
    fn months_and_years_resolve_through_a_window() {
        let r = |t: &str, lo: &str, hi: &str| {
            resolve_within(t, EventStatus::Reported, (d(lo), d(hi))).map(|r| r.value())
        };
        assert_eq!(
            r("last month", "2025-06-02", "2025-06-08").as_deref(),
            Some("2025-05")
        );
        assert_eq!(
            r("last month", "2025-01-02", "2025-01-08").as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            r("earlier this year", "2025-06-02", "2025-06-08").as_deref(),
            Some("2025")
        );
        // A window across a month's end leaves "last month" open.
        assert_eq!(r("last month", "2025-05-29", "2025-06-04"), None);
        // A Monday within the week after it stays that Monday; "yesterday" does not.
        assert_eq!(
            r("on Monday", "2025-06-02", "2025-06-08").as_deref(),
            Some("2025-06-02")
        );
        assert_eq!(r("yesterday", "2025-06-02", "2025-06-08"), None);
        assert_eq!(
            r("yesterday", "2025-06-03", "2025-06-03").as_deref(),
            Some("2025-06-02")
        );
    }
}
