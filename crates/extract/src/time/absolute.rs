//! Explicit dates: "22 July 2025", "July 22", "Sept. 17", "17th of
//! September", "July 2025", "2025-07-22", "22/07/2025", "in 2022", "since
//! 2014", "the 2014 annexation", "on the 17th".

use std::sync::LazyLock;

use regex::{Captures, Regex};
use storyline_model::Precision;

use super::lex::{self, DAY, MONTHS_ANY, WEEKDAYS, YEAR};
use super::{Ctx, TimeKind, cal, re};

static DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?:on|since)\s+)?(?:\b(?P<wd>{WEEKDAYS}),?\s+)?(?:\b(?P<the>the)\s+)?\b(?P<day>{DAY})\b(?:\s+(?P<of>of))?\s+\b(?P<mon>{MONTHS_ANY})(?:,?\s+(?P<year>{YEAR})\b)?"
    ))
});
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?:on|since)\s+)?(?:\b(?P<wd>{WEEKDAYS}),?\s+)?\b(?P<mon>{MONTHS_ANY})\s*(?P<day>{DAY})\b(?:,?\s+(?P<year>{YEAR})\b)?"
    ))
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?:in|since)\s+)?\b(?P<mon>{MONTHS_ANY}),?\s+(?P<year>{YEAR})\b"
    ))
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<y>{YEAR})(?P<s1>[-/.])(?P<m>[0-9]{{1,2}})(?P<s2>[-/.])(?P<d>[0-9]{{1,2}})\b"
    ))
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<a>[0-9]{{1,2}})(?P<s1>[-/.])(?P<b>[0-9]{{1,2}})(?P<s2>[-/.])(?P<y>{YEAR})\b"
    ))
});
static YEAR_ONLY: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b{YEAR}\b")));
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:-|–|—|(?:to|and|until|till|through)\b)\s*(?P<year>{YEAR})\b"
    ))
});
static NUMBER_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:-|–|—|(?:to|and|or)\b)\s*[0-9][0-9,.]*\b"));
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:on\s+the)\s+(?P<day>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))\b"));

/// "22 July [2025]", "July 22[, 2025]", "Monday, July 21".
pub(super) fn day_months(ctx: &mut Ctx) {
    let low = ctx.low;
    for c in DMY.captures_iter(low) {
        day_month(ctx, &c, "time/absolute-dmy");
    }
    for c in MDY.captures_iter(low) {
        day_month(ctx, &c, "time/absolute-mdy");
    }
}

/// "July 2025", "in May 2025", "since February 2022".
pub(super) fn month_years(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in MONTH_YEAR.captures_iter(low) {
        let (Some(all), Some(mon), Some(year)) = (c.get(0), c.name("mon"), c.name("year")) else {
            continue;
        };
        let (Some(m), Ok(y)) = (
            lex::month_number(mon.as_str()),
            year.as_str().parse::<i32>(),
        ) else {
            continue;
        };
        if !lex::capitalized(s, mon.start()) {
            continue;
        }
        // After a day number the day-month rules decide ("31 April 2024" is no date).
        let head = s.get(..all.start()).unwrap_or("").trim_end();
        let head = head.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        if lex::number_continues(s, year.end()) || head.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let value = Some(cal::ym(y, m));
        ctx.push(
            (all.start(), all.end()),
            TimeKind::Absolute,
            "time/month-year",
            Precision::Month,
            value,
        );
    }
}

/// "22 July [2025]" and "July 22[, 2025]", optionally after a weekday.
fn day_month(ctx: &mut Ctx, c: &Captures, rule: &'static str) {
    let s = ctx.s;
    let (Some(all), Some(mon), Some(day)) = (c.get(0), c.name("mon"), c.name("day")) else {
        return;
    };
    let (Some(m), Some(d)) = (
        lex::month_number(mon.as_str()),
        lex::leading_number(day.as_str()),
    ) else {
        return;
    };
    if !lex::capitalized(s, mon.start()) {
        return;
    }
    // A weekday in capitals ("MONDAY, July 21") is left out of the span and
    // so is "the" before a plain number ("the 15 April clashes").
    let wd_ok = c.name("wd").is_none_or(|w| lex::capitalized(s, w.start()));
    let plain_the = c.name("the").is_some() && c.name("of").is_none() && day.len() <= 2;
    let start = if wd_ok && !plain_the {
        all.start()
    } else {
        day.start().min(mon.start())
    };
    let wd = c
        .name("wd")
        .filter(|_| wd_ok)
        .and_then(|w| lex::weekday(w.as_str()));
    if lex::number_preceded(s, day.start()) || !cal::day_fits(m, d) {
        return;
    }
    let value = match c.name("year") {
        Some(year) => {
            let Ok(y) = year.as_str().parse::<i32>() else {
                return;
            };
            if lex::number_continues(s, year.end()) {
                return;
            }
            match chrono::NaiveDate::from_ymd_opt(y, m, d) {
                Some(date) => Some(cal::ymd(date)),
                None => return,
            }
        }
        None => {
            // "In May 12 people died": the number counts, it is no day.
            let counted = mon.start() < day.start()
                && s.get(day.end()..).is_some_and(|a| a.starts_with(' '))
                && lex::is_count_noun(lex::next_word(s, day.end()));
            if lex::number_continues(s, day.end()) || counted {
                return;
            }
            let future = ctx.future(start, all.end());
            ctx.anchor
                .and_then(|a| cal::day_year(a, m, d, future, wd))
                .map(cal::ymd)
        }
    };
    ctx.push(
        (start, all.end()),
        TimeKind::Absolute,
        rule,
        Precision::Day,
        value,
    );
}

/// "2025-07-22", "22/07/2025", "07/22/2025", "22.07.2025".
pub(super) fn numeric_dates(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in ISO.captures_iter(low) {
        let all = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        let (Some(y), Some(m), Some(d)) = (num("y"), num("m"), num("d")) else {
            continue;
        };
        if !same_seps(&c) || lex::number_preceded(s, all.0) || lex::number_continues(s, all.1) {
            continue;
        }
        let Some(date) = i32::try_from(y)
            .ok()
            .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, m, d))
        else {
            continue;
        };
        ctx.push(
            all,
            TimeKind::Absolute,
            "time/iso",
            Precision::Day,
            Some(cal::ymd(date)),
        );
    }
    for c in NUMERIC.captures_iter(low) {
        let all = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        let (Some(a), Some(b), Some(y)) = (num("a"), num("b"), num("y")) else {
            continue;
        };
        if !same_seps(&c) || lex::number_preceded(s, all.0) || lex::number_continues(s, all.1) {
            continue;
        }
        let (d, m, rule) = if a > 12 || b <= 12 {
            (a, b, "time/numeric-dmy")
        } else {
            (b, a, "time/numeric-mdy")
        };
        let Some(date) = i32::try_from(y)
            .ok()
            .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, m, d))
        else {
            continue;
        };
        ctx.push(
            all,
            TimeKind::Absolute,
            rule,
            Precision::Day,
            Some(cal::ymd(date)),
        );
    }
}

/// "on the 17th".
pub(super) fn ordinal(ctx: &mut Ctx) {
    let (s, low) = (ctx.s, ctx.low);
    for c in ORDINAL.captures_iter(low) {
        let (Some(all), Some(day)) = (c.get(0), c.name("day")) else {
            continue;
        };
        let Some(d) = lex::leading_number(day.as_str()) else {
            continue;
        };
        let next = s.get(all.end()..).unwrap_or("").trim_start().chars().next();
        if next.is_some_and(|ch| ch.is_lowercase()) {
            continue;
        }
        let future = ctx.future(all.start(), all.end());
        let value = ctx
            .anchor
            .and_then(|a| cal::ordinal_day(a, d, future))
            .map(cal::ymd);
        let span = (all.start(), all.end());
        ctx.push(
            span,
            TimeKind::Absolute,
            "time/ordinal-day",
            Precision::Day,
            value,
        );
    }
}

/// Whether both separators of a numeric date are the same character.
fn same_seps(c: &Captures) -> bool {
    c.name("s1").map(|m| m.as_str()) == c.name("s2").map(|m| m.as_str())
}

/// Whether a four-digit number ending at `end` is followed by something that
/// makes it a count ("2000 troops", "2000 to 3000 troops") or a bigger
/// number.
fn not_a_year(s: &str, end: usize) -> bool {
    let after = s.get(end..).unwrap_or("");
    let counted = |at: usize| {
        s.get(at..).is_some_and(|a| a.starts_with(' ')) && lex::is_count_noun(lex::next_word(s, at))
    };
    let range_counted = NUMBER_RANGE
        .find(after)
        .is_some_and(|m| counted(end + m.end()));
    lex::number_continues(s, end) || counted(end) || range_counted
}

/// "in 2022", "since 2014", "by 2030", "from 2014 to 2022", "the 2014
/// annexation": a year after a preposition, or after an article or a
/// possessive and before a lower-case word.
pub(super) fn years(ctx: &mut Ctx) {
    const PREPS: &[&str] = &[
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "during",
        "before",
        "after",
        "through",
        "throughout",
        "between",
        "around",
        "of",
    ];
    let (s, low) = (ctx.s, ctx.low);
    for year in YEAR_ONLY.find_iter(low) {
        let Ok(y) = year.as_str().parse::<i32>() else {
            continue;
        };
        if not_a_year(low, year.end()) || lex::number_preceded(low, year.start()) {
            continue;
        }
        let prev = lex::prev_word(low, year.start());
        let prev_start = prev.as_ptr() as usize - low.as_ptr() as usize;
        let value = Some(cal::y(y));
        if PREPS.contains(&prev) && !prev.is_empty() {
            let start = if prev == "in" || prev == "since" {
                prev_start
            } else {
                year.start()
            };
            let span = (start, year.end());
            ctx.push(
                span,
                TimeKind::Absolute,
                "time/year",
                Precision::Year,
                value,
            );
            year_range(ctx, year.end());
            continue;
        }
        // "the 2014 annexation", "Russia's 2022 invasion": a lower-case word must follow.
        let possessive =
            prev == "s" && matches!(lex::char_before(low, prev_start), Some('\'' | '’'));
        let next = lex::next_word(s, year.end());
        let lower_next = s.get(year.end()..).is_some_and(|a| a.starts_with(' '))
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && !lex::is_count_noun(next);
        if (matches!(prev, "the" | "a" | "an") || possessive) && lower_next {
            let span = (year.start(), year.end());
            let rule = "time/year-attributive";
            ctx.push(span, TimeKind::Absolute, rule, Precision::Year, value);
        }
    }
}

/// The second year of "from 2014 to 2022", "between 2014 and 2022".
fn year_range(ctx: &mut Ctx, end: usize) {
    let low = ctx.low;
    let Some(rest) = low.get(end..) else { return };
    let Some(r) = YEAR_RANGE.captures(rest).and_then(|r| r.name("year")) else {
        return;
    };
    let (a, b) = (end + r.start(), end + r.end());
    if let (false, Ok(y)) = (not_a_year(low, b), r.as_str().parse::<i32>()) {
        let value = Some(cal::y(y));
        ctx.push(
            (a, b),
            TimeKind::Absolute,
            "time/year-range",
            Precision::Year,
            value,
        );
    }
}

/// This module's patterns, for tests.
#[cfg(test)]
pub(super) fn patterns() -> Vec<(&'static str, &'static Regex)> {
    vec![
        ("DMY", &*DMY),
        ("MDY", &*MDY),
        ("MONTH_YEAR", &*MONTH_YEAR),
        ("ISO", &*ISO),
        ("NUMERIC", &*NUMERIC),
        ("YEAR_ONLY", &*YEAR_ONLY),
        ("YEAR_RANGE", &*YEAR_RANGE),
        ("NUMBER_RANGE", &*NUMBER_RANGE),
        ("ORDINAL", &*ORDINAL),
    ]
}
