//! Calendar arithmetic that never panics: every step is checked.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// `YYYY-MM-DD`.
pub(super) fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `YYYY-MM`.
pub(super) fn ym(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// `YYYY`.
pub(super) fn y(year: i32) -> String {
    format!("{year:04}")
}

/// `d` moved by `n` days, or `None` off the calendar.
pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Year and month `delta` months after `year`-`month`.
pub(super) fn shift_month(year: i32, month: u32, delta: i64) -> (i32, u32) {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + delta;
    let y = i32::try_from(idx.div_euclid(12)).unwrap_or(year);
    let m = u32::try_from(idx.rem_euclid(12) + 1).unwrap_or(month);
    (y, m)
}

/// `YYYY-MM` of the month `delta` months from the anchor's.
pub(super) fn month_from(a: Option<NaiveDate>, delta: i64) -> Option<String> {
    a.map(|a| {
        let (y, m) = shift_month(a.year(), a.month(), delta);
        ym(y, m)
    })
}

/// The Monday of the (ISO) week holding `d`.
pub(super) fn monday(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// The latest `wd` on or before `anchor` (strictly before when `strict`).
pub(super) fn weekday_back(anchor: NaiveDate, wd: Weekday, strict: bool) -> Option<NaiveDate> {
    let a = i64::from(anchor.weekday().num_days_from_monday());
    let w = i64::from(wd.num_days_from_monday());
    let mut diff = (a - w).rem_euclid(7);
    if diff == 0 && strict {
        diff = 7;
    }
    add_days(anchor, -diff)
}

/// The first `wd` strictly after `anchor`.
pub(super) fn weekday_ahead(anchor: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let a = i64::from(anchor.weekday().num_days_from_monday());
    let w = i64::from(wd.num_days_from_monday());
    let mut diff = (w - a).rem_euclid(7);
    if diff == 0 {
        diff = 7;
    }
    add_days(anchor, diff)
}

/// Year of a month named without a year: the latest such month not after
/// the anchor's month in past context, the first not before it in future
/// context.
pub(super) fn month_year(anchor: NaiveDate, month: u32, future: bool) -> i32 {
    let (y, m) = (anchor.year(), anchor.month());
    match (future, month >= m, month <= m) {
        (true, true, _) | (false, _, true) => y,
        (true, false, _) => y + 1,
        (false, _, false) => y - 1,
    }
}

/// Year of "last March" (`next` false) or "next March" (`next` true):
/// strictly before or after the anchor's month.
pub(super) fn month_year_strict(anchor: NaiveDate, month: u32, next: bool) -> i32 {
    let (y, m) = (anchor.year(), anchor.month());
    match (next, month > m, month < m) {
        (true, true, _) | (false, _, true) => y,
        (true, false, _) => y + 1,
        (false, _, false) => y - 1,
    }
}

/// A day and month without a year: the candidate (anchor year ± 1) nearest
/// the anchor, days on the wrong side of it for the tense counting fifty
/// times: a past-tense "on August 8" written on 22 July is last year's; only
/// dates within about a week of the anchor may cross to the wrong side.
/// When the weekday is written ("Monday, July 21"), candidates falling on
/// it are preferred.
pub(super) fn day_year(
    anchor: NaiveDate,
    month: u32,
    day: u32,
    future: bool,
    wd: Option<Weekday>,
) -> Option<NaiveDate> {
    let y = anchor.year();
    let all: Vec<NaiveDate> = [y - 1, y, y + 1]
        .iter()
        .filter_map(|&y| NaiveDate::from_ymd_opt(y, month, day))
        .collect();
    let on_wd: Vec<NaiveDate> = all
        .iter()
        .copied()
        .filter(|d| Some(d.weekday()) == wd)
        .collect();
    let pool = if on_wd.is_empty() { all } else { on_wd };
    pool.into_iter().min_by_key(|d| {
        let diff = (*d - anchor).num_days();
        let wrong = if future { diff < 0 } else { diff > 0 };
        diff.abs() * if wrong { 50 } else { 1 }
    })
}

/// "on the 17th": that day of the anchor's month, moved a month back when
/// it would lie after the anchor in past context (forward when before it in
/// future context).
pub(super) fn ordinal_day(anchor: NaiveDate, day: u32, future: bool) -> Option<NaiveDate> {
    let (y, m) = (anchor.year(), anchor.month());
    let delta = match (future, day > anchor.day(), day < anchor.day()) {
        (false, true, _) => -1,
        (true, _, true) => 1,
        _ => 0,
    };
    let (y, m) = shift_month(y, m, delta);
    NaiveDate::from_ymd_opt(y, m, day)
}

/// Whether `day` can be a day of `month` in some year.
pub(super) fn day_fits(month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(2024, month, day).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekdays() {
        let tue = d("2025-07-22");
        assert_eq!(
            weekday_back(tue, Weekday::Mon, false),
            Some(d("2025-07-21"))
        );
        assert_eq!(weekday_back(tue, Weekday::Tue, false), Some(tue));
        assert_eq!(weekday_back(tue, Weekday::Tue, true), Some(d("2025-07-15")));
        assert_eq!(weekday_ahead(tue, Weekday::Wed), Some(d("2025-07-23")));
        assert_eq!(weekday_ahead(tue, Weekday::Tue), Some(d("2025-07-29")));
        assert_eq!(monday(tue), Some(d("2025-07-21")));
    }

    #[test]
    fn months() {
        assert_eq!(shift_month(2025, 1, -1), (2024, 12));
        assert_eq!(shift_month(2025, 12, 1), (2026, 1));
        let a = d("2025-07-22");
        assert_eq!(month_year(a, 6, false), 2025);
        assert_eq!(month_year(a, 8, false), 2024);
        assert_eq!(month_year(a, 6, true), 2026);
        assert_eq!(month_year(a, 7, true), 2025);
        assert_eq!(month_year_strict(a, 7, false), 2024);
        assert_eq!(month_year_strict(a, 7, true), 2026);
    }

    #[test]
    fn days_without_year() {
        let a = d("2025-01-03");
        assert_eq!(day_year(a, 12, 30, false, None), Some(d("2024-12-30")));
        assert_eq!(
            day_year(d("2025-12-20"), 1, 10, true, None),
            Some(d("2026-01-10"))
        );
        assert_eq!(
            day_year(d("2025-07-22"), 7, 25, false, None),
            Some(d("2025-07-25"))
        );
        assert_eq!(day_year(a, 2, 29, false, None), Some(d("2024-02-29")));
        assert_eq!(
            ordinal_day(d("2025-07-10"), 17, false),
            Some(d("2025-06-17"))
        );
        assert_eq!(
            ordinal_day(d("2025-07-20"), 17, false),
            Some(d("2025-07-17"))
        );
        assert_eq!(
            ordinal_day(d("2025-07-20"), 17, true),
            Some(d("2025-08-17"))
        );
    }
}
