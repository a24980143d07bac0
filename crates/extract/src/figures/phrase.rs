//! Number phrases: a number with its bound ("more than 20"), range
//! ("between 10 and 15", "10-15"), exchange ("84 for 84"), currency ("$7
//! billion", "500 million euros") or percent sign, and the checks that
//! throw out numbers that are not figures: model names ("Su-34", "G7"),
//! clock times, dates, years, ages, ordinals, compound modifiers
//! ("six-year-old", "30-day"), labels ("Resolution 2334") and addresses.

use storyline_model::Bound;

use super::lex::{Cx, T};
use super::number::{Core, core_at};
use super::vocab::{Class, VOCAB};
use super::words::{
    AGE, CHANGE, CLOCK, CODES, CURRENCY_PAIRS, CURRENCY_WORDS, LABELS, STREET, YEAR_PREP,
    bound_before, currency_sign, is_month,
};

/// What a number phrase measures, when its own words say it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    /// A count: what it counts is attached later.
    Count,
    /// Money in a currency (ISO 4217 code).
    Money(&'static str),
    /// A percentage.
    Percent,
    /// Percentage points.
    Points,
}

/// A number phrase in token positions.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    /// First token: a bound word, "between", a currency sign or the number.
    pub start: usize,
    /// One past the number phrase proper (bound, number, range, "or more").
    pub num_end: usize,
    /// One past the unit words too ("euros", "percent").
    pub end: usize,
    /// The value (lower end of a range).
    pub value: f64,
    /// Upper end of a range.
    pub max: Option<f64>,
    /// The bound.
    pub bound: Bound,
    /// Money, percent or a count.
    pub unit: Unit,
    /// "84 for 84": a prisoner exchange.
    pub exchange: bool,
    /// A vague plural ("dozens").
    pub vague: bool,
    /// A bare "a"/"an".
    pub article: bool,
    /// Maybe a year: a figure only with a counted noun after it.
    pub year_like: bool,
}

/// Whether digits at `i` are glued to letters or other numbers before them:
/// "G7", "M23", "Su-34", "COVID-19", the "09" of "2025-09-17", "No.5".
fn glued_before(cx: &Cx, i: usize) -> bool {
    if !cx.glued(i) {
        return false;
    }
    let p = i - 1;
    match cx.toks[p].t {
        T::Word | T::Num => true,
        T::Punct => {
            let c = cx.punct(p);
            (matches!(c, Some(':' | '/' | '.' | '-' | '–' | '‑'))
                && cx.glued(p)
                && cx.toks[p - 1].t != T::Punct)
                || c == Some('#')
        }
    }
}

/// A currency sign or code just before token `i`: the code and its first token.
fn currency_before(cx: &Cx, i: usize) -> Option<(&'static str, usize)> {
    let p = i.checked_sub(1)?;
    if let Some(code) = cx.punct(p).and_then(currency_sign) {
        if code == "USD" && cx.glued(p) {
            let q = p - 1;
            let prefixed = match cx.word(q) {
                Some("us") => Some("USD"),
                Some("c") => Some("CAD"),
                Some("a") => Some("AUD"),
                _ => None,
            };
            if let Some(code) = prefixed {
                return Some((code, q));
            }
        }
        return Some((code, p));
    }
    let w = cx.word(p)?;
    let code = CODES.iter().find(|c| **c == w)?;
    (!cx.glued(i) && cx.raw(p).chars().all(|c| c.is_ascii_uppercase()))
        .then(|| (currency_code(code), p))
}

/// The static upper-case form of a lower-case code.
fn currency_code(lower: &str) -> &'static str {
    const UPPER: &[&str] = &[
        "USD", "EUR", "GBP", "UAH", "RUB", "ILS", "JPY", "CNY", "INR", "CHF", "SDG", "EGP", "HTG",
        "MMK", "CDF", "XOF", "YER", "SAR", "AED", "TRY", "NGN", "ZAR",
    ];
    UPPER
        .iter()
        .find(|u| u.eq_ignore_ascii_case(lower))
        .copied()
        .unwrap_or("USD")
}

/// A currency named after the number at `j` ("euros", "Sudanese pounds",
/// "of dollars" after a vague plural, "USD"): the code and the end token.
fn currency_after(cx: &Cx, mut j: usize, vague: bool) -> Option<(&'static str, usize)> {
    if vague && cx.is(j, "of") {
        j += 1;
    }
    let w = cx.word(j)?;
    if let Some((_, _, code)) = CURRENCY_PAIRS
        .iter()
        .find(|(a, n, _)| *a == w && cx.is(j + 1, n))
    {
        return Some((code, j + 2));
    }
    if let Some((_, code)) = CURRENCY_WORDS.iter().find(|(n, _)| *n == w) {
        return Some((code, j + 1));
    }
    let upper = cx.raw(j).chars().all(|c| c.is_ascii_uppercase());
    CODES
        .contains(&w)
        .then_some(())
        .filter(|_| upper)
        .map(|_| (currency_code(w), j + 1))
}

/// The second number of a range or exchange at `j`, skipping a currency sign.
fn second_core(cx: &Cx, mut j: usize) -> Option<Core> {
    if cx.punct(j).and_then(currency_sign).is_some() {
        j += 1;
    } else if cx.is(j, "us") && cx.punct(j + 1) == Some('$') {
        j += 2;
    }
    core_at(cx, j).filter(|c| !c.article)
}

/// The number phrase whose number starts at token `i`.
pub(super) fn phrase_at(cx: &Cx, i: usize) -> Option<Phrase> {
    let c1 = core_at(cx, i)?;
    if c1.digits && glued_before(cx, i) {
        return None;
    }
    if cx.is(i, "one") && cx.prev_in(i, &["no", "any", "every"]) {
        return None;
    }
    let mut end = c1.end;
    if c1.digits
        && matches!(cx.punct(end), Some(':' | '/' | '.'))
        && cx.glued(end)
        && cx.is_num(end + 1)
        && cx.glued(end + 1)
    {
        return None; // 03:00, 24/7, 17.09.2025
    }
    let mut inner = i;
    let mut currency = None;
    if let Some((code, s)) = currency_before(cx, inner) {
        currency = Some(code);
        inner = s;
    }
    let between = cx.prev_in(inner, &["between"]);
    let from = !between && cx.prev_in(inner, &["from"]);
    if from && cx.prev_in(inner - 1, CHANGE) {
        return None; // "rose from 12 to 14": only the 14 counts
    }

    // Range or exchange.
    let mut value = c1.value;
    let mut max = None;
    let mut exchange = false;
    let mut used_pair = false;
    let sep = if between {
        cx.is(end, "and")
    } else if from {
        cx.is(end, "to")
    } else {
        cx.is_dash(end) || cx.is(end, "to") || cx.is(end, "or")
    };
    let glued_dash = cx.is_dash(end) && cx.glued(end);
    if sep && let Some(c2) = second_core(cx, end + 1) {
        let x = if c1.scale == 1.0 && c2.scale > 1.0 && c1.value < c2.value / c2.scale {
            c1.value * c2.scale
        } else {
            c1.value
        };
        if c1.year_like && (c2.year_like || (glued_dash && c2.value < 100.0)) {
            return None; // 2014-2022, 2022-23
        }
        if c2.value > x && !(c1.vague || c2.vague) {
            value = x;
            max = Some(c2.value);
            end = c2.end;
            used_pair = c2.glued_scale;
        } else if glued_dash && c1.digits {
            return None; // a score or a date: 3-1, 2025-09
        }
    }
    if max.is_none() {
        let j = if cx.is(end, "for") {
            Some(end + 1)
        } else if cx.is_dash(end)
            && cx.glued(end)
            && cx.is(end + 1, "for")
            && cx.glued(end + 1)
            && cx.is_dash(end + 2)
            && cx.glued(end + 2)
        {
            Some(end + 3)
        } else {
            None
        };
        if let Some(c2) = j.and_then(|j| second_core(cx, j))
            && c2.value == c1.value
        {
            exchange = true;
            end = c2.end;
        }
    }
    let base = if max.is_some() && (between || from) {
        inner - 1
    } else {
        inner
    };
    let (mut bound, start) = bound_before(cx, base).unwrap_or((Bound::Exact, base));
    if forbidden_before(cx, start, start == i, &c1) || age_limit(cx, start, base) {
        return None;
    }

    // Compound modifiers and glued suffixes: "six-year-old", "300-plus".
    if !exchange
        && cx.is_dash(end)
        && cx.glued(end)
        && cx.word(end + 1).is_some()
        && cx.glued(end + 1)
    {
        match cx.word(end + 1) {
            Some("plus") => (bound, end) = (Bound::AtLeast, end + 2),
            Some("odd") => (bound, end) = (Bound::About, end + 2),
            _ => return None,
        }
    }
    if cx.punct(end) == Some('+') && cx.glued(end) {
        (bound, end) = (Bound::AtLeast, end + 1);
    }
    suffix_bound(cx, &mut bound, &mut end);
    let num_end = end;

    let mut unit = Unit::Count;
    if c1.article {
        // "a USD 300 million loan": the article is not the amount.
    } else if cx.punct(end) == Some('%') || cx.is(end, "percent") || cx.is(end, "pct") {
        unit = Unit::Percent;
        end += 1;
    } else if cx.is(end, "per") && cx.is(end + 1, "cent") {
        unit = Unit::Percent;
        end += 2;
    } else if cx.is(end, "percentage") && cx.is_in(end + 1, &["points", "point"]) {
        unit = Unit::Points;
        end += 2;
    } else if let Some((code, e)) = currency_after(cx, end, c1.vague) {
        unit = Unit::Money(currency.unwrap_or(code));
        end = e;
    }
    if let (Unit::Count, Some(code)) = (unit, currency) {
        unit = Unit::Money(code);
    }
    if (c1.glued_scale || used_pair) && !matches!(unit, Unit::Money(_)) {
        return None; // "400m" is a distance unless it is money
    }
    if unit != Unit::Count {
        suffix_bound(cx, &mut bound, &mut end);
    }
    if forbidden_after(cx, end) {
        return None;
    }
    if c1.vague && bound == Bound::Exact {
        bound = Bound::AtLeast;
    }
    if max.is_some() {
        bound = Bound::Range;
    }
    if !value.is_finite() || max.is_some_and(|m| !m.is_finite()) {
        return None;
    }
    Some(Phrase {
        start,
        num_end,
        end,
        value,
        max,
        bound,
        unit,
        exchange,
        vague: c1.vague,
        article: c1.article,
        year_like: c1.year_like && max.is_none() && unit == Unit::Count && !exchange,
    })
}

/// "or more", "or so", "or fewer", "plus" after a number.
fn suffix_bound(cx: &Cx, bound: &mut Bound, end: &mut usize) {
    let b = if cx.is(*end, "or") && cx.is(*end + 1, "more") {
        Bound::AtLeast
    } else if cx.is(*end, "or") && cx.is(*end + 1, "so") {
        Bound::About
    } else if cx.is(*end, "or") && cx.is_in(*end + 1, &["fewer", "less"]) {
        Bound::AtMost
    } else if cx.is(*end, "plus") && !cx.glued(*end) {
        *bound = Bound::AtLeast;
        *end += 1;
        return;
    } else {
        return;
    };
    *bound = b;
    *end += 2;
}

/// "children under 5", "people over 60": an age limit after a noun for
/// people, not a count.
fn age_limit(cx: &Cx, start: usize, base: usize) -> bool {
    let vocab = &*VOCAB;
    base == start + 1
        && cx.is_in(start, &["under", "over", "above", "below"])
        && start > 0
        && (cx.is(start - 1, "those")
            || vocab
                .match_ending_at(cx, start)
                .is_some_and(|h| vocab.class(h.kind) == Class::Generic))
}

/// Context before the phrase (starting at `pre`) that makes it no figure.
fn forbidden_before(cx: &Cx, pre: usize, bare: bool, c1: &Core) -> bool {
    let Some(p) = pre.checked_sub(1) else {
        return false;
    };
    let label = bare && cx.is_in(p, LABELS) && !c1.article;
    let dotted =
        cx.punct(p) == Some('.') && p > 0 && cx.is_in(p - 1, &["no", "nos", "art", "para", "sec"]);
    let month = is_month(cx, p) || (cx.punct(p) == Some('.') && p > 0 && is_month(cx, p - 1));
    let year = c1.year_like && cx.is_in(p, YEAR_PREP);
    let ratio = cx.is(p, "in")
        && p > 0
        && (cx.is_num(p - 1) || cx.word(p - 1).is_some_and(super::number::starts_number));
    cx.is_in(p, AGE) || label || dotted || (month && !c1.article) || year || ratio
}

/// Context after the phrase (ending at `end`) that makes it no figure:
/// a month ("17 September"), a clock ("3 a.m.", "15:40 GMT") or a street.
fn forbidden_after(cx: &Cx, end: usize) -> bool {
    if is_month(cx, end) || cx.is_in(end, CLOCK) {
        return true;
    }
    if cx.is_in(end, &["a", "p"])
        && cx.punct(end + 1) == Some('.')
        && cx.glued(end + 1)
        && cx.is(end + 2, "m")
    {
        return true;
    }
    let mut j = end;
    while j < end + 3 && cx.capitalized(j) && !cx.is_in(j, STREET) {
        j += 1;
    }
    j > end && cx.is_in(j, STREET) && cx.capitalized(j)
}
