//! Expressions that are not points on the calendar: offsets from another
//! event ("two days after", "just hours before", "the next day", "on the eve
//! of"), vague times ("recently", "in recent months") and durations ("for
//! three years", "over the past week", "a year and a half in the making").

use std::sync::LazyLock;

use regex::Regex;
use storyline_model::Precision;

use super::lex::{self, NUM, Num, QUAL, UNITS, Unit};
use super::{Ctx, TimeKind, re};

static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:until\s+recently|recently|lately|of\s+late|in\s+recent\s+(?:hours|days|weeks|months|years|times)|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:hours?|days?|weeks?|months?|years?)|in\s+the\s+near\s+future|(?:in|over)\s+the\s+(?:past|last)\s+few\s+(?:hours|days|weeks|months|years))\b",
    )
});
static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<q>{QUAL})\s+)?(?:(?P<n>{NUM})\s+)?(?P<unit>{UNITS})\s+(?P<dir>after|before|later|earlier|prior\s+to|beforehand|afterwards?)\b"
    ))
});
static OFFSET_THE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\bon\s+)?\bthe\s+(?:(?P<w>next|following|previous|preceding|same)\s+(?P<unit>day|morning|evening|night|afternoon|week|month|year)|(?P<u2>day|week)\s+(?P<dir>before|after)|(?P<eve>eve)\s+of)\b",
    )
});
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?:for|over|during|within|throughout)\s+(?:the\s+(?:past|last|previous|first|next|coming)\s+)?|in\s+the\s+(?:past|last|previous|first)\s+)(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNITS})(?:\s+(?:and\s+a\s+half))?\b"
    ))
});
static DURATION_BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:hour|day|week|month|year|decade|weekend)s?\b|\bfor\s+(?:(?:many|several|some)\s+)?(?:hours|days|weeks|months|years|decades)\b",
    )
});
static MAKING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<unit>{UNITS})(?:\s+(?:and\s+a\s+half))?\s+(?:in\s+the\s+making)\b"
    ))
});

/// "recently", "lately", "of late", "in recent months", "in the coming
/// days", "in the near future", "in the past few weeks".
pub(super) fn vague(ctx: &mut Ctx) {
    for m in VAGUE.find_iter(ctx.low) {
        ctx.push(
            (m.start(), m.end()),
            TimeKind::Vague,
            "time/vague",
            Precision::Unknown,
            None,
        );
    }
}

/// Precision of an offset or duration counted in `unit`.
fn unit_precision(unit: Unit) -> Precision {
    match unit {
        Unit::Minute | Unit::Hour | Unit::Day => Precision::Day,
        Unit::Week => Precision::PartOfMonth,
        Unit::Month => Precision::Month,
        Unit::Year | Unit::Decade => Precision::Year,
    }
}

/// "a day after", "two days before", "just hours before", "a week later",
/// "48 hours earlier", "the next day", "the day before", "on the eve of".
pub(super) fn offsets(ctx: &mut Ctx, unit: bool) {
    let (s, low) = (ctx.s, ctx.low);
    for c in OFFSET.captures_iter(if unit { low } else { "" }) {
        let (Some(all), Some(unit), Some(dir)) = (c.get(0), c.name("unit"), c.name("dir")) else {
            continue;
        };
        let Some(u) = Unit::parse(unit.as_str()) else {
            continue;
        };
        // "40 minutes later than planned" compares; it does not date.
        if lex::next_word(s, all.end()).eq_ignore_ascii_case("than") {
            continue;
        }
        let n = match c.name("n") {
            Some(n) if lex::number_preceded(s, n.start()) => continue,
            Some(n) => lex::number(n.as_str()),
            None => None,
        };
        let days = match (n, u) {
            (Some(Num::Exact(n)), Unit::Hour) => n / 24,
            (Some(Num::Exact(n)), Unit::Minute) => n / 1440,
            (Some(Num::Exact(n)), u) => n.min(5000) * u.days(),
            (_, Unit::Hour | Unit::Minute) => 0,
            _ => continue,
        };
        let d = dir.as_str().to_ascii_lowercase();
        let sign = if d.starts_with("after") || d == "later" {
            1
        } else {
            -1
        };
        let kind = TimeKind::Offset { days: days * sign };
        ctx.push(
            (all.start(), all.end()),
            kind,
            "time/offset",
            unit_precision(u),
            None,
        );
    }
    for c in OFFSET_THE.captures_iter(low) {
        let Some(all) = c.get(0) else { continue };
        let span = (all.start(), all.end());
        let (days, precision) = if c.name("eve").is_some() {
            (-1, Precision::Day)
        } else if let (Some(u), Some(dir)) = (c.name("u2"), c.name("dir")) {
            let sign = if dir.as_str().eq_ignore_ascii_case("after") {
                1
            } else {
                -1
            };
            let week = u.as_str().eq_ignore_ascii_case("week");
            if week {
                (7 * sign, Precision::PartOfMonth)
            } else {
                (sign, Precision::Day)
            }
        } else if let (Some(w), Some(u)) = (c.name("w"), c.name("unit")) {
            let w = w.as_str().to_ascii_lowercase();
            let u = u.as_str().to_ascii_lowercase();
            let sign = match w.as_str() {
                "same" => 0,
                "next" | "following" => 1,
                _ => -1,
            };
            match u.as_str() {
                "week" | "month" | "year" if w == "next" => continue,
                "week" => (7 * sign, Precision::PartOfMonth),
                "month" => (30 * sign, Precision::Month),
                "year" => (365 * sign, Precision::Year),
                _ => (sign, Precision::Day),
            }
        } else {
            continue;
        };
        ctx.push(
            span,
            TimeKind::Offset { days },
            "time/offset",
            precision,
            None,
        );
    }
}

/// "for three years", "in the past two weeks", "over the last month", "for
/// years", "a year and a half in the making"; `counted` says whether a count
/// stands right before a unit anywhere in the sentence (else only the
/// patterns without a count can match).
pub(super) fn durations(ctx: &mut Ctx, counted: bool) {
    let (s, low) = (ctx.s, ctx.low);
    for c in DURATION.captures_iter(if counted { low } else { "" }) {
        let (Some(all), Some(n)) = (c.get(0), c.name("n")) else {
            continue;
        };
        if lex::number_preceded(s, n.start()) || lex::number(n.as_str()).is_none() {
            continue;
        }
        ctx.push(
            (all.start(), all.end()),
            TimeKind::Duration,
            "time/duration",
            Precision::Unknown,
            None,
        );
    }
    for m in DURATION_BARE.find_iter(low) {
        ctx.push(
            (m.start(), m.end()),
            TimeKind::Duration,
            "time/duration",
            Precision::Unknown,
            None,
        );
    }
}

/// "a year and a half in the making".
pub(super) fn making(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in MAKING.captures_iter(low) {
        let (Some(all), Some(n)) = (c.get(0), c.name("n")) else {
            continue;
        };
        if lex::number_preceded(s, n.start()) || lex::number(n.as_str()).is_none() {
            continue;
        }
        ctx.push(
            (all.start(), all.end()),
            TimeKind::Duration,
            "time/duration",
            Precision::Unknown,
            None,
        );
    }
}

/// This module's patterns, for tests.
#[cfg(test)]
pub(super) fn patterns() -> Vec<(&'static str, &'static Regex)> {
    vec![
        ("VAGUE", &*VAGUE),
        ("OFFSET", &*OFFSET),
        ("OFFSET_THE", &*OFFSET_THE),
        ("DURATION", &*DURATION),
        ("DURATION_BARE", &*DURATION_BARE),
        ("MAKING", &*MAKING),
    ]
}
