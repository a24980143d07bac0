//! Figures: numbers in a sentence, their bounds, and what they count.
//!
//! [`find_figures`] reads one sentence and returns every [`Figure`]: a
//! [`Quantity`] (value, bound, range, unit, kind, span) with the span of the
//! number phrase and the id of the rule that produced it.
//!
//! # Rule ids
//!
//! - `figure/money`: an amount in a currency ("$7 billion", "€2.5bn",
//!   "500 million euros", "US$300 million"); unit = ISO 4217 code.
//! - `figure/percent`, `figure/percent/of` (followed by "of ..."),
//!   `figure/percent/points` ("percentage points", unit `pp`).
//! - `figure/<kind>/<pattern>` for counts, where the kind comes from
//!   `data/figure_kinds.tsv` and the pattern says how it was attached:
//!   `noun` ("472 drones"), `passive` ("20 people were injured", "13
//!   wounded"), `verb` ("killing at least 12", "shot down 104"), `toll` ("the
//!   death toll rose to 14"), `list` ("... and a shopping centre"),
//!   `including` ("killing 12, including two children"), `partitive` ("six of
//!   the missiles"), `exchange` ("84 for 84", "84 prisoners each",
//!   "thousand-for-thousand", always kind `prisoners`).
//! - `figure/count`: a number before a plural noun the vocabulary does not
//!   know ("40 settlements"); bare numbers are not figures.
//!
//! # Bounds
//!
//! - `more_than`: "more than", "over", "well over", "above", "in excess of",
//!   "upwards of". "more than 20" is a lower bound, never 20 exact.
//! - `at_least`: "at least", "no fewer than", "no less than", "a minimum of",
//!   suffixes "or more", "-plus", "+"; and the vague plurals: "dozens" = 24,
//!   "scores" = 40, "hundreds" = 200, "thousands" = 2,000, "tens of
//!   thousands" = 20,000, "hundreds of thousands" = 200,000, "several
//!   hundred" / "a few thousand" = 2 × the unit (the least the plural can
//!   mean).
//! - `about`: "about", "around", "some", "roughly", "approximately", "an
//!   estimated", "close to", "circa", "just under", "just over", suffixes
//!   "or so", "-odd"; and **"nearly"/"almost"**, which say the truth is close
//!   to the value (a reader hears "nearly 400" as "about 400"), not a hard
//!   ceiling.
//! - `at_most`: "up to", "at most", "no more than", "a maximum of", "or
//!   fewer"; and **"as many as"**, which reporters use for the top of an
//!   uncertain estimate ("as many as 50 may have died").
//! - `less_than`: "less than", "fewer than", "under", "below".
//! - `range`: "between 10 and 15", "from 10 to 15", "10 to 15", "10-15",
//!   "two or three"; a bound word before a range is dropped. "rose from 12
//!   to 14" is a change, not a range: only 14 is read.
//!
//! # Not figures
//!
//! Ages ("six-year-old", "aged 12"), ordinals ("2nd", "third"), years,
//! dates, clock times ("03:00", "3 a.m."), model names ("Su-34", "S-300",
//! "F-16", "M23", "G7", "COVID-19"), labels ("Resolution 2334"), addresses
//! ("12 Khreshchatyk Street"), ratios ("24/7"), scores ("3-1"), compound
//! modifiers ("30-day", "nine-storey") and measures ("three years", "40
//! km", listed as the `unit` class of the vocabulary).
//!
//! # Cost
//!
//! A sentence with no ASCII digit and no number or cue word is rejected by
//! one pass over its bytes (words packed into integers and looked up in a
//! hash table built once per process, `vocab.rs`); otherwise it is
//! tokenized once and every rule walks a few tokens around each number.

mod attach;
mod lex;
mod number;
mod phrase;
mod vocab;
mod words;

#[cfg(test)]
mod tests;

use storyline_model::{Quantity, Span};

use attach::{Last, attach};
use lex::Cx;
use phrase::{Unit, phrase_at};
use vocab::VOCAB;

/// The kind vocabulary, embedded at build time.
const KINDS_TSV: &str = include_str!("../../../data/figure_kinds.tsv");

/// A figure found in a sentence, attached to what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The quantity (span = the whole figure phrase, e.g. "more than 20
    /// people", in ARTICLE offsets).
    pub quantity: Quantity,
    /// Span of the number phrase alone ("more than 20"), article offsets. A
    /// currency sign before the number is part of it ("about $7 billion");
    /// unit words after it are not ("500 million" of "500 million euros").
    pub number_span: Span,
    /// Id of the rule that produced it, e.g. "figure/killed/passive",
    /// "figure/money", "figure/percent".
    pub rule: &'static str,
}

/// Finds every figure in `sentence` (which starts at byte `offset` of the
/// article text), in text order. Never panics.
pub fn find_figures(sentence: &str, offset: usize) -> Vec<Figure> {
    let vocab = &*VOCAB;
    if !vocab.may_hold_figures(sentence) {
        return Vec::new();
    }
    let cx = Cx::new(sentence);
    let mut out = Vec::new();
    let mut last: Option<Last> = None;
    let mut floor = 0;
    let mut i = 0;
    while i < cx.len() {
        let p = if may_start(&cx, i) {
            phrase_at(&cx, i)
        } else {
            None
        };
        let Some(p) = p.filter(|p| p.start >= floor) else {
            i += 1;
            continue;
        };
        let span = |end: usize| {
            Span::new(
                offset + cx.toks[p.start].start,
                offset + cx.toks[end - 1].end,
            )
        };
        let number_span = span(p.num_end);
        let (kind, unit, rule, end) = match p.unit {
            Unit::Money(code) => ("money", Some(code), "figure/money", p.end),
            Unit::Percent | Unit::Points => {
                let rule = if p.unit == Unit::Points {
                    "figure/percent/points"
                } else if cx.is(p.end, "of") {
                    "figure/percent/of"
                } else {
                    "figure/percent"
                };
                let unit = if p.unit == Unit::Points { "pp" } else { "%" };
                ("percent", Some(unit), rule, p.end)
            }
            Unit::Count => match attach(&cx, &p, last.as_ref()) {
                Some(a) => {
                    last = Some(a.last);
                    (a.kind, None, a.rule, a.end)
                }
                None => {
                    i = p.num_end.max(i + 1);
                    continue;
                }
            },
        };
        if p.unit != Unit::Count {
            last = Some(Last {
                end,
                verb_cue: None,
                kind: None,
            });
        }
        out.push(Figure {
            quantity: Quantity {
                value: p.value,
                bound: p.bound,
                max: p.max,
                unit: unit.map(str::to_string),
                kind: kind.to_string(),
                span: Some(span(end)),
            },
            number_span,
            rule,
        });
        floor = end;
        i = end.max(i + 1);
    }
    out
}

/// Whether a number may start at token `i`.
fn may_start(cx: &Cx, i: usize) -> bool {
    cx.is_num(i) || cx.word(i).is_some_and(number::starts_number)
}

/// Parses a number written in digits or words ("1,000", "2.5", "a dozen",
/// "twenty-one", "two hundred", "1.2 million", "thousand"). Vague plurals
/// give the least they can mean ("dozens" → 24, "hundreds" → 200). `None`
/// unless all of `text` (trimmed) is one number.
pub fn parse_number(text: &str) -> Option<f64> {
    number::parse(text)
}
