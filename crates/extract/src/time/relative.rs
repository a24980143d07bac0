//! Expressions relative to the publication date: weekdays, "yesterday",
//! "overnight", "last week", "this year", "over the weekend".

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use storyline_model::Precision;

use super::lex::{self, WEEKDAYS};
use super::{Ctx, TimeKind, cal, re};

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?P<pre>this\s+coming|this\s+past|early\s+on|late\s+on|on|last|next|this|coming|early|late)\s+)?\b(?P<wd>{WEEKDAYS})\b(?P<tod>\s+(?:morning|afternoon|evening|night)\b)?"
    ))
});
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<w>(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|overnight|last\s+night|earlier\s+today|later\s+today|earlier\s+tonight|later\s+tonight|this\s+(?:morning|afternoon|evening)))\b(?P<tod>\s+(?:morning|afternoon|evening|night)\b)?",
    )
});
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<m>last|this|next)\s+(?P<unit>week|month|year|weekend)\b|\b(?:over|at|during)\s+the\s+(?P<weekend>weekend)\b",
    )
});
/// Capitalised words that make the next weekday a name, not a date.
#[rustfmt::skip]
const BEFORE_WEEKDAY: &[&str] = &[
    "Black", "Good", "Bloody", "Holy", "Palm", "Easter", "Super", "Cyber", "Ash", "Maundy",
    "Shrove", "Giving", "Great", "Mad", "Blue", "Orthodox",
];
/// Capitalised words that make the weekday before them a name ("Sunday Times").
#[rustfmt::skip]
const AFTER_WEEKDAY: &[&str] = &[
    "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Independent", "Mail", "Observer",
    "Tribune", "Star", "Sport", "People", "World", "Night", "School", "Service",
];

/// "on Monday", "Monday night", "last Friday", "next Tuesday", "this
/// coming Monday", "Monday's meeting".
pub(super) fn weekdays(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in WEEKDAY.captures_iter(low) {
        let (Some(all), Some(wdm)) = (c.get(0), c.name("wd")) else {
            continue;
        };
        let Some(wd) = lex::weekday(wdm.as_str()) else {
            continue;
        };
        if !lex::capitalized(s, wdm.start()) {
            continue;
        }
        let start = all.start();
        if BEFORE_WEEKDAY.contains(&lex::prev_word(s, start))
            || (c.name("tod").is_none() && AFTER_WEEKDAY.contains(&lex::next_word(s, wdm.end())))
        {
            continue;
        }
        let pre = c
            .name("pre")
            .map(|p| p.as_str().to_ascii_lowercase())
            .unwrap_or_default();
        let pre = pre.split_whitespace().collect::<Vec<_>>().join(" ");
        let a = ctx.anchor;
        let (rule, value) = match pre.as_str() {
            "last" | "this past" => (
                "time/weekday-last",
                a.and_then(|a| cal::weekday_back(a, wd, true)),
            ),
            "next" | "this coming" | "coming" => (
                "time/weekday-next",
                a.and_then(|a| cal::weekday_ahead(a, wd)),
            ),
            _ => {
                let future = ctx.future(start, all.end());
                let value = a.and_then(|a| {
                    if future {
                        cal::weekday_ahead(a, wd)
                    } else {
                        cal::weekday_back(a, wd, false)
                    }
                });
                ("time/weekday", value)
            }
        };
        let span = (start, all.end());
        ctx.push(
            span,
            TimeKind::Relative,
            rule,
            Precision::Day,
            value.map(cal::ymd),
        );
    }
}

/// "yesterday", "today", "tomorrow", "tonight", "overnight", "last night",
/// "this morning", "earlier today", "the day before yesterday".
pub(super) fn words(ctx: &mut Ctx) {
    #[rustfmt::skip]
    const NOT_OVERNIGHT_BEFORE: &[&str] = &[
        "happen", "happens", "happened", "change", "changes", "changed", "end", "ends", "not",
        "disappear", "vanish", "fix", "solve", "solved", "resolved", "stay", "stayed", "come",
        "comes", "arrive", "arrives", "work", "works", "succeed", "collapse",
    ];
    const NOT_OVERNIGHT_AFTER: &[&str] = &["success", "sensation", "stay", "stays", "bag", "oats"];
    let (s, low) = (ctx.s, ctx.low);
    for c in WORDS.captures_iter(low) {
        let (Some(all), Some(w)) = (c.get(0), c.name("w")) else {
            continue;
        };
        let word = w
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let prev = lex::prev_word(s, all.start());
        let next = lex::next_word(s, w.end()).to_ascii_lowercase();
        let (days, rule) = match word.as_str() {
            "the day before yesterday" => (-2, "time/day-before-yesterday"),
            "the day after tomorrow" => (2, "time/day-after-tomorrow"),
            "yesterday" => (-1, "time/yesterday"),
            "tomorrow" => (1, "time/tomorrow"),
            "today" if prev == "USA" => continue,
            "today" => (0, "time/today"),
            "tonight" | "earlier tonight" | "later tonight" => (0, "time/tonight"),
            "overnight" => {
                let p = prev.to_ascii_lowercase();
                if NOT_OVERNIGHT_BEFORE.contains(&p.as_str())
                    || NOT_OVERNIGHT_AFTER.contains(&next.as_str())
                {
                    continue;
                }
                (-1, "time/overnight")
            }
            "last night" => (-1, "time/last-night"),
            "earlier today" | "later today" => (0, "time/earlier-today"),
            _ => (0, "time/this-morning"),
        };
        // "yesterday morning", "tomorrow night": the time of day joins the span.
        let end = if c.name("tod").is_some() && matches!(word.as_str(), "yesterday" | "tomorrow") {
            all.end()
        } else {
            w.end()
        };
        let value = ctx
            .anchor
            .and_then(|a| cal::add_days(a, days))
            .map(cal::ymd);
        ctx.push(
            (all.start(), end),
            TimeKind::Relative,
            rule,
            Precision::Day,
            value,
        );
    }
}

/// "last week", "this month", "next year", "last weekend", "over the
/// weekend".
pub(super) fn periods(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in PERIOD.captures_iter(low) {
        let Some(all) = c.get(0) else { continue };
        let span = (all.start(), all.end());
        let a = ctx.anchor;
        if c.name("weekend").is_some() {
            let future = ctx.future(span.0, span.1);
            let value = a.and_then(|a| weekend(a, if future { 0 } else { -1 }, true));
            ctx.push(
                span,
                TimeKind::Relative,
                "time/weekend",
                Precision::PartOfMonth,
                value,
            );
            continue;
        }
        let (Some(m), Some(unit)) = (c.name("m"), c.name("unit")) else {
            continue;
        };
        if lex::prev_word(s, span.0).eq_ignore_ascii_case("the") {
            continue;
        }
        let m = m.as_str().to_ascii_lowercase();
        let delta: i64 = match m.as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let unit = unit.as_str().to_ascii_lowercase();
        let (rule, precision, value) = match (unit.as_str(), m.as_str()) {
            ("week", "last") => ("time/last-week", Precision::PartOfMonth, week(a, delta)),
            ("week", "this") => ("time/this-week", Precision::PartOfMonth, week(a, delta)),
            ("week", _) => ("time/next-week", Precision::PartOfMonth, week(a, delta)),
            ("weekend", _) => (
                "time/weekend",
                Precision::PartOfMonth,
                a.and_then(|a| weekend(a, delta, false)),
            ),
            ("month", "last") => (
                "time/last-month",
                Precision::Month,
                cal::month_from(a, delta),
            ),
            ("month", "this") => (
                "time/this-month",
                Precision::Month,
                cal::month_from(a, delta),
            ),
            ("month", _) => (
                "time/next-month",
                Precision::Month,
                cal::month_from(a, delta),
            ),
            (_, "last") => (
                "time/last-year",
                Precision::Year,
                a.map(|a| cal::y(a.year() - 1)),
            ),
            (_, "this") => (
                "time/this-year",
                Precision::Year,
                a.map(|a| cal::y(a.year())),
            ),
            _ => (
                "time/next-year",
                Precision::Year,
                a.map(|a| cal::y(a.year() + 1)),
            ),
        };
        ctx.push(span, TimeKind::Relative, rule, precision, value);
    }
}

/// The Monday of the week `delta` weeks from the anchor's.
fn week(a: Option<NaiveDate>, delta: i64) -> Option<String> {
    a.and_then(cal::monday)
        .and_then(|m| cal::add_days(m, 7 * delta))
        .map(cal::ymd)
}

/// The Saturday of a weekend: the previous (`delta` -1), this week's (0) or
/// next week's (1) weekend; with `around`, the anchor's own weekend when the
/// anchor falls on one ("over the weekend").
fn weekend(a: NaiveDate, delta: i64, around: bool) -> Option<String> {
    let monday = cal::monday(a)?;
    let on_weekend = a.weekday().num_days_from_monday() >= 5;
    let offset = match (around && on_weekend, delta) {
        (true, _) => 5,
        (false, -1) => -2,
        (false, 0) => 5,
        _ => 12,
    };
    cal::add_days(monday, offset).map(cal::ymd)
}

/// This module's patterns, for tests.
#[cfg(test)]
pub(super) fn patterns() -> Vec<(&'static str, &'static Regex)> {
    vec![
        ("WEEKDAY", &*WEEKDAY),
        ("WORDS", &*WORDS),
        ("PERIOD", &*PERIOD),
    ]
}
