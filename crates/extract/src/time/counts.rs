//! Counted distances from the publication date: "two weeks ago", "hours
//! ago", "two weeks from now", "in two days", "in two weeks' time"; "in three
//! years" after a superlative ("the first talks in three years") and "in
//! over three years" are durations.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use storyline_model::Precision;

use super::lex::{self, NUM, Num, QUAL, UNITS, Unit};
use super::{Ctx, TimeKind, cal, re, tense};

static AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<q>{QUAL})\s+)?(?:(?P<n>{NUM})\s+)?(?P<unit>{UNITS})(?P<half>\s+(?:and\s+a\s+half))?\s+ago\b"
    ))
});
static FROM_NOW: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNITS})(?P<half>\s+(?:and\s+a\s+half))?\s+(?:from\s+now)\b"
    ))
});
static IN_N: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\bin\s+(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNITS})(?P<half>\s+(?:and\s+a\s+half))?(?P<time>(?:['’]s?)?\s+time)?\b"
    ))
});

/// The count and unit of an AGO / FROM_NOW / IN_N match.
fn count(c: &Captures, s: &str) -> Option<(Option<Num>, Unit, bool)> {
    let unit = Unit::parse(c.name("unit")?.as_str())?;
    let n = match c.name("n") {
        Some(n) => {
            if lex::number_preceded(s, n.start()) {
                return None;
            }
            Some(lex::number(n.as_str())?)
        }
        None => None,
    };
    Some((n, unit, c.name("half").is_some()))
}

/// The anchor moved by `n` units (`sign` -1 back, +1 forward).
fn shift(
    a: Option<NaiveDate>,
    n: i64,
    unit: Unit,
    half: bool,
    sign: i64,
) -> (Precision, Option<String>) {
    let n = n.min(5000) * sign;
    match unit {
        Unit::Minute | Unit::Hour => (Precision::Day, a.map(cal::ymd)),
        Unit::Day => (
            Precision::Day,
            a.and_then(|a| cal::add_days(a, n)).map(cal::ymd),
        ),
        Unit::Week => (
            Precision::PartOfMonth,
            a.and_then(|a| cal::add_days(a, 7 * n)).map(cal::ymd),
        ),
        Unit::Year if half => (Precision::Month, cal::month_from(a, 12 * n + 6 * sign)),
        Unit::Month => (Precision::Month, cal::month_from(a, n)),
        Unit::Year => (Precision::Year, a.map(|a| cal::y(a.year() + n as i32))),
        Unit::Decade => (Precision::Year, a.map(|a| cal::y(a.year() + 10 * n as i32))),
    }
}

/// Finds the counted expressions; `ago`, `now` and `in_` say whether the
/// sentence holds those words at all.
pub(super) fn counts(ctx: &mut Ctx, ago: bool, now: bool, in_: bool) {
    let (s, low) = (ctx.s, ctx.low);
    for c in AGO.captures_iter(if ago { low } else { "" }) {
        let (Some(all), Some((n, unit, half))) = (c.get(0), count(&c, s)) else {
            continue;
        };
        let span = (all.start(), all.end());
        let plural = c
            .name("unit")
            .is_some_and(|u| u.as_str().ends_with(['s', 'S']));
        let n = match n {
            Some(Num::Exact(n)) => Some(n),
            None if !plural => Some(1),
            _ => None,
        };
        match (n, unit) {
            (Some(n), _) => {
                let (precision, value) = shift(ctx.anchor, n, unit, half, -1);
                ctx.push(span, TimeKind::Relative, "time/ago", precision, value);
            }
            (None, Unit::Hour | Unit::Minute) => {
                let value = ctx.anchor.map(cal::ymd);
                ctx.push(span, TimeKind::Relative, "time/ago", Precision::Day, value);
            }
            (None, _) => ctx.push(
                span,
                TimeKind::Vague,
                "time/vague",
                Precision::Unknown,
                None,
            ),
        }
    }
    for c in FROM_NOW.captures_iter(if now { low } else { "" }) {
        let (Some(all), Some((Some(Num::Exact(n)), unit, half))) = (c.get(0), count(&c, s)) else {
            continue;
        };
        let (precision, value) = shift(ctx.anchor, n, unit, half, 1);
        ctx.push(
            (all.start(), all.end()),
            TimeKind::Relative,
            "time/from-now",
            precision,
            value,
        );
    }
    for c in IN_N.captures_iter(if in_ { low } else { "" }) {
        let (Some(all), Some((n, unit, half))) = (c.get(0), count(&c, s)) else {
            continue;
        };
        let span = (all.start(), all.end());
        let explicit_future = c.name("time").is_some();
        let future = explicit_future
            || (c.name("q").is_none()
                && !tense::superlative_before(low, span.0)
                && ctx.future(span.0, span.1));
        match (future, n) {
            (true, Some(Num::Exact(n))) => {
                let (precision, value) = shift(ctx.anchor, n, unit, half, 1);
                ctx.push(span, TimeKind::Relative, "time/in-future", precision, value);
            }
            (true, _) => ctx.push(
                span,
                TimeKind::Vague,
                "time/vague",
                Precision::Unknown,
                None,
            ),
            (false, _) => {
                ctx.push(
                    span,
                    TimeKind::Duration,
                    "time/duration",
                    Precision::Unknown,
                    None,
                );
            }
        }
    }
}

/// This module's patterns, for tests.
#[cfg(test)]
pub(super) fn patterns() -> Vec<(&'static str, &'static Regex)> {
    vec![("AGO", &*AGO), ("FROM_NOW", &*FROM_NOW), ("IN_N", &*IN_N)]
}
