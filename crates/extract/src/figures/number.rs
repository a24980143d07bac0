//! Numbers written in digits or words: "1,000", "2.5", "1.2 million",
//! "€2.5bn" (the `bn`), "twenty-one", "two hundred and fifty", "a dozen",
//! "half a million", and the vague plurals "dozens", "hundreds",
//! "tens of thousands" and "several hundred".
//!
//! Vague plurals get twice their unit as value ("dozens" → 24, "hundreds"
//! → 200, "tens of thousands" → 20,000, "several hundred" → 200): the least
//! the plural can mean. The figure rules give them the bound `at_least`.

use super::lex::{Cx, T};

/// A number read at one token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Core {
    /// The value.
    pub value: f64,
    /// One past the last token read.
    pub end: usize,
    /// The multiplier of a trailing scale word ("million" → 1e6), else 1.
    pub scale: f64,
    /// A vague plural ("dozens", "hundreds of thousands").
    pub vague: bool,
    /// A bare "a"/"an": one, only in the contexts the attach rules allow.
    pub article: bool,
    /// A scale glued to digits ("400m", "2.5bn"): only money may have one.
    pub glued_scale: bool,
    /// Written in digits.
    pub digits: bool,
    /// Four digits between 1900 and 2100, no separators: maybe a year.
    pub year_like: bool,
}

impl Core {
    fn words(value: f64, end: usize, scale: f64) -> Core {
        Core {
            value,
            end,
            scale,
            vague: false,
            article: false,
            glued_scale: false,
            digits: false,
            year_like: false,
        }
    }
}

/// Zero to nineteen.
fn small(w: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    SMALL.iter().position(|s| *s == w).map(|p| p as f64)
}

/// Twenty to ninety.
fn tens(w: &str) -> Option<f64> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|s| *s == w)
        .map(|p| (p as f64 + 2.0) * 10.0)
}

/// Scale words that multiply what comes before ("thousand", "lakh").
fn big(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "lakh" => 1e5,
        "million" => 1e6,
        "crore" => 1e7,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scales written after digits with a space ("1.2 million", "7 bn").
fn spaced_scale(w: &str) -> Option<f64> {
    big(w).or(match w {
        "bn" | "bln" => Some(1e9),
        "mn" | "mln" => Some(1e6),
        "tn" | "trn" => Some(1e12),
        _ => None,
    })
}

/// Scales glued to digits ("2.5bn", "400m", "5k").
fn glued_scale(w: &str) -> Option<f64> {
    Some(match w {
        "bn" | "b" | "bln" => 1e9,
        "m" | "mn" | "mln" => 1e6,
        "k" => 1e3,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// The unit of a vague plural ("hundreds" → 100).
fn vague_unit(w: &str) -> Option<f64> {
    Some(match w {
        "tens" => 10.0,
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// "hundred", "dozen" or a big scale: what may follow "a", "several", "half a".
fn unit_word(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(100.0),
        "dozen" => Some(12.0),
        _ => big(w),
    }
}

/// Whether `w` may start a number written in words.
pub(super) fn starts_number(w: &str) -> bool {
    // The words of `small`, `tens`, `unit_word` and `vague_unit` (a test
    // checks the two agree), matched at once.
    matches!(
        w,
        "zero"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "dozen"
            | "thousand"
            | "lakh"
            | "million"
            | "crore"
            | "billion"
            | "trillion"
            | "tens"
            | "dozens"
            | "scores"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "a"
            | "an"
            | "several"
            | "half"
    )
}

/// `starts_number` as first written, to check the fast form against.
#[cfg(test)]
fn starts_number_slow(w: &str) -> bool {
    small(w).is_some()
        || tens(w).is_some()
        || unit_word(w).is_some()
        || vague_unit(w).is_some()
        || matches!(w, "a" | "an" | "several" | "half")
}

/// The number starting at token `i`, if any.
pub(super) fn core_at(cx: &Cx, i: usize) -> Option<Core> {
    match cx.toks.get(i)?.t {
        T::Num => digits_at(cx, i),
        T::Word => words_at(cx, i),
        T::Punct => None,
    }
}

fn digits_at(cx: &Cx, i: usize) -> Option<Core> {
    let raw = cx.raw(i);
    if raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.") {
        return None; // "03", "0800", "000": clock, date or a split group
    }
    let plain: String = raw
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let mut value: f64 = plain.parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    let year_like = raw.len() == 4 && (1900.0..=2100.0).contains(&value) && !raw.contains('.');
    let mut end = i + 1;
    let mut scale = 1.0;
    let mut glued = false;
    if cx.glued(end) && cx.word(end).is_some() {
        scale = glued_scale(cx.word(end)?)?;
        glued = true;
        end += 1;
    } else if let Some(s) = cx.word(end).and_then(spaced_scale) {
        scale = s;
        end += 1;
    }
    value *= scale;
    Some(Core {
        value,
        end,
        scale,
        vague: false,
        article: false,
        glued_scale: glued,
        digits: true,
        year_like: year_like && scale == 1.0,
    })
}

fn words_at(cx: &Cx, i: usize) -> Option<Core> {
    let w0 = cx.word(i)?;
    if let Some(unit) = vague_unit(w0) {
        let mut value = unit;
        let mut end = i + 1;
        while cx.is(end, "of")
            && let Some(next) = cx.word(end + 1).and_then(vague_unit)
            && next > value
        {
            value *= next;
            end += 2;
        }
        if (w0 == "tens" && end == i + 1) || (w0 == "scores" && !cx.is(end, "of")) {
            return None;
        }
        let mut core = Core::words(2.0 * value, end, 1.0);
        core.vague = true;
        return Some(core);
    }
    if w0 == "several" || (w0 == "a" && cx.is(i + 1, "few")) {
        let j = if w0 == "several" { i + 1 } else { i + 2 };
        let mut unit = unit_word(cx.word(j)?)?;
        let mut end = j + 1;
        if let Some(b) = cx.word(end).and_then(big)
            && b > unit
        {
            unit *= b;
            end += 1;
        }
        let mut core = Core::words(2.0 * unit, end, 1.0);
        core.vague = true;
        return Some(core);
    }
    if w0 == "half" {
        let unit = unit_word(cx.word(i + 2)?).filter(|_| cx.is(i + 1, "a"))?;
        return Some(Core::words(unit / 2.0, i + 3, 1.0));
    }
    let mut j = i;
    if w0 == "a" || w0 == "an" {
        if cx.word(i + 1).and_then(unit_word).is_none() {
            let mut core = Core::words(1.0, i + 1, 1.0);
            core.article = true;
            return Some(core);
        }
        j = i + 1;
    }
    spelled(cx, j)
}

/// What the previous number word was, to know what may follow it.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(f64),
}

/// "twenty-one", "two hundred and fifty", "one million two hundred thousand".
fn spelled(cx: &Cx, mut j: usize) -> Option<Core> {
    let (mut total, mut current) = (0.0_f64, 0.0_f64);
    let mut last = Last::Start;
    let mut end = None;
    while let Some(w) = cx.word(j) {
        if let Some(v) = small(w) {
            if matches!(last, Last::Unit | Last::Teen) || (last == Last::Tens && v >= 10.0) {
                break;
            }
            current += v;
            last = if v < 10.0 { Last::Unit } else { Last::Teen };
        } else if let Some(v) = tens(w) {
            if matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                break;
            }
            current += v;
            last = Last::Tens;
        } else if w == "hundred" || w == "dozen" {
            if matches!(last, Last::Hundred) {
                break;
            }
            current = current.max(1.0) * if w == "hundred" { 100.0 } else { 12.0 };
            last = Last::Hundred;
        } else if let Some(s) = big(w) {
            if let Last::Scale(prev) = last
                && s >= prev
            {
                break;
            }
            total += current.max(1.0) * s;
            current = 0.0;
            last = Last::Scale(s);
        } else {
            break;
        }
        j += 1;
        end = Some(j);
        let joins_unit = cx
            .word(j + 1)
            .is_some_and(|n| small(n).is_some_and(|v| v < 10.0));
        let joins_any = cx
            .word(j + 1)
            .is_some_and(|n| small(n).is_some() || tens(n).is_some());
        let hyphen = last == Last::Tens && cx.is_dash(j) && cx.glued(j) && cx.glued(j + 1);
        let and = cx.is(j, "and") && matches!(last, Last::Hundred | Last::Scale(_));
        if (hyphen && joins_unit) || (and && joins_any) {
            j += 1;
        }
    }
    let end = end?;
    let scale = match last {
        Last::Scale(s) => s,
        _ => 1.0,
    };
    Some(Core::words(total + current, end, scale))
}

/// Parses a whole number phrase in digits or words ("1,000", "2.5", "a
/// dozen", "twenty-one", "two hundred", "1.2 million", "thousand", "€2.5bn"
/// is not one: no signs). Vague plurals give their least value ("dozens" →
/// 24). `None` when `text` is not exactly one number.
pub(super) fn parse(text: &str) -> Option<f64> {
    let cx = Cx::new(text);
    let core = core_at(&cx, 0)?;
    (core.end == cx.len() && !core.article).then_some(core.value)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn digits_and_scales() {
        assert_eq!(parse("1,000"), Some(1000.0));
        assert_eq!(parse("2.5"), Some(2.5));
        assert_eq!(parse("1.2 million"), Some(1_200_000.0));
        assert_eq!(parse("2.5bn"), Some(2.5e9));
        assert_eq!(parse("3 lakh"), Some(300_000.0));
        assert_eq!(parse("12 people"), None);
        assert_eq!(parse("3pm"), None);
    }

    #[test]
    fn starts_number_agrees() {
        use super::{starts_number, starts_number_slow};
        let words = "zero one two three four five six seven eight nine ten eleven twelve \
            thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty \
            fifty sixty seventy eighty ninety hundred dozen thousand lakh million crore billion \
            trillion tens dozens scores hundreds thousands millions billions a an several half \
            bn m k hundredth score ones people the";
        for w in words.split_whitespace() {
            assert_eq!(starts_number(w), starts_number_slow(w), "{w}");
        }
    }

    #[test]
    fn words() {
        assert_eq!(parse("a dozen"), Some(12.0));
        assert_eq!(parse("twenty-one"), Some(21.0));
        assert_eq!(parse("Twenty one"), Some(21.0));
        assert_eq!(parse("two hundred"), Some(200.0));
        assert_eq!(parse("two hundred and fifty"), Some(250.0));
        assert_eq!(parse("thousand"), Some(1000.0));
        assert_eq!(parse("one million two hundred thousand"), Some(1_200_000.0));
        assert_eq!(parse("half a million"), Some(500_000.0));
        assert_eq!(parse("a hundred"), Some(100.0));
        assert_eq!(parse("dozens"), Some(24.0));
        assert_eq!(parse("tens of thousands"), Some(20_000.0));
        assert_eq!(parse("several hundred"), Some(200.0));
        assert_eq!(parse("one two"), None);
        assert_eq!(parse("a"), None);
        assert_eq!(parse("twenty-first"), None);
        assert_eq!(parse(""), None);
    }
}
