//! Temporal expressions: finding them in a sentence and normalising them
//! against the article's publication date (the *anchor*).
//!
//! [`find_times`] first scans the sentence's words once for keyword
//! families (`trigger.rs`: each word packed into an integer and looked up
//! in a hash table built once per process, plus neighbour pairs such as a
//! count right before a unit of time); most sentences hold none and cost
//! only that scan. It then runs the regular-expression rules those keywords
//! call for
//! (on the ASCII-lowercased sentence, so literal prefilters stay fast),
//! keeps the longest non-overlapping matches and normalises each to a
//! [`DateValue`]. Every [`TimeExpr`] names the rule that produced it and
//! its byte span in the article; `&article[span] == value.text` always
//! holds.
//!
//! Rule ids:
//!
//! | kind | rules |
//! |---|---|
//! | absolute | `time/absolute-dmy`, `time/absolute-mdy`, `time/month-year`, `time/iso`, `time/numeric-dmy`, `time/numeric-mdy`, `time/year`, `time/year-range`, `time/year-attributive`, `time/ordinal-day`, `time/month`, `time/part-of-month`, `time/part-of-year`, `time/season` |
//! | relative | `time/weekday`, `time/weekday-last`, `time/weekday-next`, `time/yesterday`, `time/today`, `time/tomorrow`, `time/tonight`, `time/overnight`, `time/last-night`, `time/this-morning`, `time/earlier-today`, `time/day-before-yesterday`, `time/day-after-tomorrow`, `time/last-week`, `time/this-week`, `time/next-week`, `time/last-month`, `time/this-month`, `time/next-month`, `time/last-year`, `time/this-year`, `time/next-year`, `time/weekend`, `time/month-relative`, `time/part-of-month`, `time/part-of-year`, `time/part-of-week`, `time/season`, `time/ago`, `time/from-now`, `time/in-future` |
//! | offset | `time/offset` |
//! | vague | `time/vague` |
//! | duration | `time/duration` |
//!
//! Normalisation choices:
//!
//! - **Tense** decides weekdays and dates without a year (`tense.rs`): the
//!   nearest cue before the expression ("told", "will", "set to", "due
//!   to"), else after it in its clause, else further on skipping reporting
//!   verbs ("..., officials said"). Default: past, as news mostly reports
//!   the past.
//! - **Weekdays**: past means the latest such weekday on or before the
//!   anchor (the anchor itself when it is that weekday), future the first
//!   strictly after it. "last Monday" is strictly before, "next Monday" and
//!   "this coming Monday" strictly after.
//! - **Weeks** ("last week", "earlier this week", "two weeks ago", "two
//!   weeks from now") are given a day of that week (the week's Monday, or
//!   anchor ± 7·N) with [`Precision::PartOfMonth`]: a week is more than a
//!   day and less than a month. Weekends are given their Saturday.
//! - **Months and days without a year**: "in June" is the latest June not
//!   after the anchor's month in past context, the first not before it in
//!   future context; "July 22" is the candidate year (anchor year ± 1) nearest
//!   the anchor, days on the wrong side for the tense counting fifty times
//!   (about a week's tolerance); a written weekday ("Monday, July 21")
//!   picks a candidate falling on it.
//! - **Numeric dates** need a four-digit year. "22/07/2025" and "07/22/2025"
//!   are read by whichever number exceeds 12; when both are 12 or less the
//!   date is read day first (international usage), e.g. "03/04/2025" is
//!   3 April.
//! - **Undated articles** (no anchor): expressions needing the anchor keep
//!   their precision but get no value and `resolved == false`; dates with a
//!   written year are resolved all the same.
//! - **Offsets** ("two days after", "hours before", "the next day", "on
//!   the eve of") are relative to another event: no value,
//!   [`TimeKind::Offset`] with the day count (weeks 7, months 30, years 365
//!   days; hours count as whole days, so "just hours before" is 0).
//! - **Spans** include a leading "on", "in" or "since" ("on Monday", "in
//!   June", "since 2014") but not other prepositions ("by 2030" → "2030").
//!
//! Not recognised (limitations): clock times, decades ("the 1990s"),
//! religious and commercial days ("Easter Sunday", "Black Friday"),
//! two-digit years, abbreviated weekdays, all-capital month names, bare
//! years without a licensing word ("2023 was a record year"), the first
//! day of day ranges ("9-10 May" gives "10 May"), and week-relative phrases
//! such as "a week from Friday".

mod absolute;
mod cal;
mod counts;
mod lex;
mod parts;
mod relative;
mod spans;
#[cfg(test)]
mod table;
mod tense;
#[cfg(test)]
mod tests;
mod trigger;

use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};
use storyline_model::{DateValue, Precision, Span};
use trigger::{
    AGO, COUNTED, DAYWORD, IN, LTN, MAKING, MONTH, NOW, OFFW, ORD, PART, SEASON, SHORT, SPAN, THEW,
    Triggers, UNIT, UNIT_DIR, VAGUE, WEEKDAY, YEAR,
};

/// A temporal expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    /// Byte span in the article text (the sentence offset already added).
    pub span: Span,
    /// The normalised value; its `span` is the same span and its `text` the
    /// expression as written ("on Monday", "last month", "mid-May").
    pub value: DateValue,
    /// What sort of expression it is.
    pub kind: TimeKind,
    /// Id of the rule that matched, such as `time/weekday`.
    pub rule: &'static str,
}

/// The sort of a [`TimeExpr`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    /// A calendar date, month or year as written: "22 July 2025", "Sept. 17",
    /// "in June", "early 2022", "mid-May" (resolved when the year is known or
    /// can be inferred from the anchor).
    Absolute,
    /// Relative to the publication date: "yesterday", "on Monday", "last
    /// month", "two weeks ago", "earlier this month".
    Relative,
    /// Relative to another event: "a day after", "two days before", "just
    /// hours before". Never has a value.
    Offset {
        /// Days from the other event to this one: positive after, negative
        /// before, 0 for hours.
        days: i64,
    },
    /// Vaguely recent or coming: "recently", "in recent months". Never has a
    /// value.
    Vague,
    /// A length of time, not a point: "for three years", "in over three
    /// years". Never has a value.
    Duration,
}

impl TimeKind {
    /// The kind's name in snake case: `absolute`, `relative`, `offset`,
    /// `vague` or `duration`.
    pub fn name(&self) -> &'static str {
        match self {
            TimeKind::Absolute => "absolute",
            TimeKind::Relative => "relative",
            TimeKind::Offset { .. } => "offset",
            TimeKind::Vague => "vague",
            TimeKind::Duration => "duration",
        }
    }
}

/// Finds and normalises every temporal expression in `sentence`, which starts
/// at byte `offset` of the article text. `anchor` is the article's
/// publication date, when known. Results are in text order and never
/// overlap.
pub fn find_times(sentence: &str, offset: usize, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    let t = Triggers::scan(sentence);
    if !t.any() {
        return Vec::new();
    }
    let low = sentence.to_ascii_lowercase();
    let mut ctx = Ctx {
        s: sentence,
        low: &low,
        anchor,
        cands: Vec::new(),
    };
    if t.all(MONTH | SHORT) {
        absolute::day_months(&mut ctx);
    }
    if t.all(MONTH | YEAR) {
        absolute::month_years(&mut ctx);
    }
    if t.has(MONTH) {
        parts::months(&mut ctx);
    }
    if t.all(YEAR | SHORT) {
        absolute::numeric_dates(&mut ctx);
    }
    if t.has(YEAR) {
        absolute::years(&mut ctx);
    }
    if t.has(ORD) {
        absolute::ordinal(&mut ctx);
    }
    if (t.has(PART) && t.has(MONTH | YEAR | UNIT)) || t.all(MONTH | UNIT) {
        parts::part_of(&mut ctx);
    }
    if t.has(SEASON) {
        parts::seasons(&mut ctx);
    }
    if t.has(WEEKDAY) {
        relative::weekdays(&mut ctx);
    }
    if t.has(DAYWORD) {
        relative::words(&mut ctx);
    }
    if t.all(UNIT | LTN) {
        relative::periods(&mut ctx);
    }
    // Counted rules need a count right before the unit (`COUNTED`); only
    // "... ago" may go without one.
    let counted = t.has(COUNTED);
    if t.has(UNIT) && (t.has(AGO) || counted) {
        counts::counts(
            &mut ctx,
            t.has(AGO),
            t.has(NOW) && counted,
            t.has(IN) && counted,
        );
    }
    if t.has(VAGUE) {
        spans::vague(&mut ctx);
    }
    if t.has(OFFW | THEW) && t.has(UNIT | DAYWORD) {
        spans::offsets(&mut ctx, t.has(UNIT_DIR));
    }
    if t.all(UNIT | SPAN) {
        spans::durations(&mut ctx, counted);
    }
    if t.all(UNIT | MAKING) && counted {
        spans::making(&mut ctx);
    }
    select(ctx.cands)
        .into_iter()
        .filter_map(|c| {
            let text = sentence.get(c.start..c.end)?.to_string();
            let span = Span::new(offset.saturating_add(c.start), offset.saturating_add(c.end));
            let value = DateValue {
                resolved: c.value.is_some(),
                value: c.value,
                precision: c.precision,
                text,
                span: Some(span),
            };
            Some(TimeExpr {
                span,
                value,
                kind: c.kind,
                rule: c.rule,
            })
        })
        .collect()
}

/// Compiles a rule's pattern (constants, all compiled by a test). Word
/// boundaries are ASCII ones, as words are elsewhere in this module: that
/// also keeps the fast lazy DFA usable on text with curly quotes.
fn re(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("time rule patterns are valid")
}

/// One rule match before overlap resolution.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    kind: TimeKind,
    rule: &'static str,
    precision: Precision,
    value: Option<String>,
}

/// The sentence being read, the anchor and the matches so far.
struct Ctx<'a> {
    /// The sentence.
    s: &'a str,
    /// The sentence, ASCII-lowercased (same byte offsets): the rules' patterns
    /// are written in lower case and run on this.
    low: &'a str,
    anchor: Option<NaiveDate>,
    cands: Vec<Cand>,
}

impl Ctx<'_> {
    /// Whether the expression at `start..end` reads as future.
    fn future(&self, start: usize, end: usize) -> bool {
        tense::is_future(self.s, self.low, start, end)
    }

    /// Records a match; a trailing abbreviation period and spaces are left
    /// out of the span.
    fn push(
        &mut self,
        (start, mut end): (usize, usize),
        kind: TimeKind,
        rule: &'static str,
        precision: Precision,
        value: Option<String>,
    ) {
        let Some(text) = self.s.get(start..end) else {
            return;
        };
        let trimmed = text.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        end = start + trimmed.len();
        if end > start {
            self.cands.push(Cand {
                start,
                end,
                kind,
                rule,
                precision,
                value,
            });
        }
    }
}

/// Keeps the longest matches that do not overlap (earlier start, then
/// earlier rule, wins ties), in text order.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.start));
    // Kept matches by start; they never overlap, so only the one starting
    // last before a candidate's end can overlap it.
    let mut kept: std::collections::BTreeMap<usize, Cand> = std::collections::BTreeMap::new();
    for c in cands {
        let clash = kept
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > c.start);
        if !clash {
            kept.insert(c.start, c);
        }
    }
    kept.into_values().collect()
}
