//! Months and parts of months and years: "in June", "last March", "mid-May",
//! "early 2022", "the end of March", "earlier this month", "the beginning of
//! the year", "last summer", "the summer of 2022".

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use storyline_model::Precision;

use super::lex::{self, MONTHS, YEAR};
use super::{Ctx, TimeKind, cal, re};

static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<lic>in|since|until|till|by|from|during|before|after|through|throughout|around|last|next|this)\s+(?P<mon>{MONTHS})\b"
    ))
});
static PART: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?:in|since)\s+)?(?:\bthe\s+)?\b(?P<part>(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|turn\s+of|first\s+half\s+of|second\s+half\s+of|(?:first|second|third|fourth|last|final)\s+week\s+of|earlier|later))(?:[-–]|\s+)(?:(?P<mon>{MONTHS})(?:,?\s+(?P<y1>{YEAR}))?|(?P<y2>{YEAR})|(?P<rel>last|this|next)\s+(?P<unit>year|month|week)|the\s+(?P<the>year|month|week))\b"
    ))
});
static SEASON: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?:in|since)\s+)?(?:\b(?P<the>the)\s+)?(?:\b(?P<rel>last|this|next|early|late)\s+)?\b(?P<season>spring|summer|autumn|fall|winter)\b(?:(?:\s+of)?\s+(?P<year>{YEAR})\b)?"
    ))
});

/// "in June", "since March", "by May", "last March", "next January".
pub(super) fn months(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in MONTH.captures_iter(low) {
        let (Some(lic), Some(mon)) = (c.name("lic"), c.name("mon")) else {
            continue;
        };
        let Some(m) = lex::month_number(mon.as_str()) else {
            continue;
        };
        if !lex::capitalized(s, mon.start()) {
            continue;
        }
        let l = lic.as_str().to_ascii_lowercase();
        // "in June", "last March"; but "by May" is "May".
        let with_lic = matches!(l.as_str(), "in" | "since" | "last" | "next" | "this");
        let start = if with_lic { lic.start() } else { mon.start() };
        let span = (start, mon.end());
        let (kind, rule, year) = match l.as_str() {
            "last" => (
                TimeKind::Relative,
                "time/month-relative",
                ctx.anchor.map(|a| cal::month_year_strict(a, m, false)),
            ),
            "next" => (
                TimeKind::Relative,
                "time/month-relative",
                ctx.anchor.map(|a| cal::month_year_strict(a, m, true)),
            ),
            "this" => (
                TimeKind::Relative,
                "time/month-relative",
                ctx.anchor.map(|a| a.year()),
            ),
            _ => {
                let future = ctx.future(span.0, span.1);
                (
                    TimeKind::Absolute,
                    "time/month",
                    ctx.anchor.map(|a| cal::month_year(a, m, future)),
                )
            }
        };
        ctx.push(
            span,
            kind,
            rule,
            Precision::Month,
            year.map(|y| cal::ym(y, m)),
        );
    }
}

/// "mid-May", "early June 2024", "late 2024", "the end of March", "earlier
/// this month", "late last year", "the beginning of the year", "early next
/// week".
pub(super) fn part_of(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in PART.captures_iter(low) {
        let (Some(all), Some(part)) = (c.get(0), c.name("part")) else {
            continue;
        };
        let part = part.as_str().to_ascii_lowercase();
        let of_part = part.ends_with("of");
        let comparative = part == "earlier" || part == "later";
        let span = (all.start(), all.end());
        let a = ctx.anchor;
        let parse_y = |n: &str| c.name(n).and_then(|y| y.as_str().parse::<i32>().ok());
        if let Some(mon) = c.name("mon") {
            let Some(m) = lex::month_number(mon.as_str()) else {
                continue;
            };
            if comparative || !lex::capitalized(s, mon.start()) {
                continue;
            }
            let year = match parse_y("y1") {
                Some(y) => Some(y),
                None => {
                    let future = ctx.future(span.0, span.1);
                    a.map(|a| cal::month_year(a, m, future))
                }
            };
            let value = year.map(|y| cal::ym(y, m));
            ctx.push(
                span,
                TimeKind::Absolute,
                "time/part-of-month",
                Precision::PartOfMonth,
                value,
            );
        } else if let Some(y) = parse_y("y2") {
            if comparative {
                continue;
            }
            let value = Some(cal::y(y));
            ctx.push(
                span,
                TimeKind::Absolute,
                "time/part-of-year",
                Precision::PartOfYear,
                value,
            );
        } else if let (Some(rel), Some(unit)) = (c.name("rel"), c.name("unit")) {
            let delta = match rel.as_str().to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            relative_part(ctx, span, &unit.as_str().to_ascii_lowercase(), delta);
        } else if let Some(unit) = c.name("the") {
            if !of_part {
                continue;
            }
            relative_part(ctx, span, &unit.as_str().to_ascii_lowercase(), 0);
        }
    }
}

/// A part of the anchor's year, month or week, `delta` units away.
fn relative_part(ctx: &mut Ctx, span: (usize, usize), unit: &str, delta: i64) {
    let a: Option<NaiveDate> = ctx.anchor;
    let (rule, precision, value) = match unit {
        "year" => (
            "time/part-of-year",
            Precision::PartOfYear,
            a.map(|a| cal::y(a.year() + delta as i32)),
        ),
        "month" => (
            "time/part-of-month",
            Precision::PartOfMonth,
            a.map(|a| {
                let (y, m) = cal::shift_month(a.year(), a.month(), delta);
                cal::ym(y, m)
            }),
        ),
        _ => (
            "time/part-of-week",
            Precision::PartOfMonth,
            a.and_then(cal::monday)
                .and_then(|m| cal::add_days(m, 7 * delta))
                .map(cal::ymd),
        ),
    };
    ctx.push(span, TimeKind::Relative, rule, precision, value);
}

/// "last summer", "this winter", "in the spring of 2022", "autumn 2023".
pub(super) fn seasons(ctx: &mut Ctx) {
    let low = ctx.low;
    for c in SEASON.captures_iter(low) {
        let (Some(all), Some(season)) = (c.get(0), c.name("season")) else {
            continue;
        };
        let span = (all.start(), all.end());
        let rel = c.name("rel").map(|r| r.as_str().to_ascii_lowercase());
        if let Some(y) = c.name("year").and_then(|y| y.as_str().parse::<i32>().ok()) {
            let value = Some(cal::y(y));
            ctx.push(
                span,
                TimeKind::Absolute,
                "time/season",
                Precision::PartOfYear,
                value,
            );
            continue;
        }
        let Some(rel) = rel.filter(|r| matches!(r.as_str(), "last" | "this" | "next")) else {
            continue;
        };
        if c.name("the").is_some() {
            continue;
        }
        // (first month, last month) of the season; winter runs December to February.
        let (first, last) = match season.as_str().to_ascii_lowercase().as_str() {
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" | "fall" => (9, 11),
            _ => (12, 2),
        };
        let year = ctx.anchor.map(|a| {
            let (y, m) = (a.year(), a.month());
            match rel.as_str() {
                "last" if m > last => y,
                "last" => y - 1,
                "next" if m < first => y,
                "next" => y + 1,
                _ => y,
            }
        });
        let value = year.map(cal::y);
        ctx.push(
            span,
            TimeKind::Relative,
            "time/season",
            Precision::PartOfYear,
            value,
        );
    }
}

/// This module's patterns, for tests.
#[cfg(test)]
pub(super) fn patterns() -> Vec<(&'static str, &'static Regex)> {
    vec![("MONTH", &*MONTH), ("PART", &*PART), ("SEASON", &*SEASON)]
}
