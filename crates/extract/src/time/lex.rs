//! Word lists, regex fragments and small parsers shared by the time rules.

use chrono::Weekday;

// The patterns run on the ASCII-lowercased sentence (case-sensitive
// literals keep the regex prefilters fast); month and weekday names are
// then required to be capitalised in the original with [`capitalized`]
// (lower-case "may" and "march" are words).

/// Full month names.
pub(super) const MONTHS: &str =
    "(?:january|february|march|april|may|june|july|august|september|october|november|december)";

/// Full or abbreviated month names, with an optional abbreviation period.
pub(super) const MONTHS_ANY: &str = r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)";

/// Weekday names.
pub(super) const WEEKDAYS: &str = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

/// A plausible four-digit year.
pub(super) const YEAR: &str = "(?:19|20)[0-9]{2}";

/// A day of the month, with an optional ordinal suffix.
pub(super) const DAY: &str = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";

/// A count: digits, number words, or a vague quantity (case-insensitive).
pub(super) const NUM: &str = r"(?:[0-9]{1,3}|a\s+couple\s+of|a\s+dozen|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|few|many|some)";

/// A qualifier in front of a count ("just", "more than").
pub(super) const QUAL: &str = r"(?:about|some|nearly|almost|around|roughly|approximately|more\s+than|less\s+than|fewer\s+than|over|under|just|barely|only|at\s+least|up\s+to)";

/// A unit of time, singular or plural (case-insensitive).
pub(super) const UNITS: &str = "(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)";

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Unit {
    /// Parses "day", "Weeks", ... .
    pub(super) fn parse(text: &str) -> Option<Unit> {
        let t = text.trim().to_ascii_lowercase();
        let t = t.strip_suffix('s').unwrap_or(&t);
        Some(match t {
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }

    /// Approximate length in whole days (hours and minutes count as 0).
    pub(super) fn days(self) -> i64 {
        match self {
            Unit::Minute | Unit::Hour => 0,
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
            Unit::Decade => 3652,
        }
    }
}

/// A parsed count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Num {
    /// A definite number.
    Exact(i64),
    /// "a few", "several", "many", "some".
    Vague,
}

/// Parses a [`NUM`] match.
pub(super) fn number(text: &str) -> Option<Num> {
    let t = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok().map(Num::Exact);
    }
    let n = match t.as_str() {
        "a" | "an" | "one" => 1,
        "two" | "a couple of" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "a dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "a few" | "few" | "several" | "many" | "some" => return Some(Num::Vague),
        _ => return None,
    };
    Some(Num::Exact(n))
}

/// Whether the word at byte `at` of `s` is capitalised: "May", "Sept.",
/// not "may" nor "MAY".
pub(super) fn capitalized(s: &str, at: usize) -> bool {
    let b = s.as_bytes();
    b.get(at).is_some_and(u8::is_ascii_uppercase)
        && b.get(at + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Month number of a full or abbreviated month name ("Sept." → 9), any case.
pub(super) fn month_number(name: &str) -> Option<u32> {
    let m = match name.get(..3)?.to_ascii_lowercase().as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday of a weekday name, any case.
pub(super) fn weekday(name: &str) -> Option<Weekday> {
    let d = match name.get(..3)?.to_ascii_lowercase().as_str() {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    };
    Some(d)
}

/// The number at the start of "17", "17th", "03".
pub(super) fn leading_number(text: &str) -> Option<u32> {
    let end = text.bytes().take_while(u8::is_ascii_digit).count();
    text.get(..end)?.parse().ok()
}

/// The word (ASCII letters and apostrophes) starting at the first
/// non-space character at or after `pos`.
pub(super) fn next_word(s: &str, pos: usize) -> &str {
    let rest = s.get(pos..).unwrap_or("");
    let rest = rest.trim_start();
    let end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphabetic() || c == '\'' || c == '’'))
        .map_or(rest.len(), |(i, _)| i);
    rest.get(..end).unwrap_or("")
}

/// The word (ASCII letters) ending at the last non-space character before `pos`.
pub(super) fn prev_word(s: &str, pos: usize) -> &str {
    let head = s.get(..pos).unwrap_or("");
    let head = head.trim_end();
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    head.get(start..).unwrap_or("")
}

/// The character at byte `pos`, if any.
pub(super) fn char_at(s: &str, pos: usize) -> Option<char> {
    s.get(pos..)?.chars().next()
}

/// The character just before byte `pos`, if any.
pub(super) fn char_before(s: &str, pos: usize) -> Option<char> {
    s.get(..pos)?.chars().next_back()
}

/// Whether a number ending at `end` continues as a bigger number or a
/// percentage ("2,000", "1.5", "20%").
pub(super) fn number_continues(s: &str, end: usize) -> bool {
    match char_at(s, end) {
        Some(',' | '.' | '/' | ':') => char_at(s, end + 1).is_some_and(|c| c.is_ascii_digit()),
        Some('%') => true,
        _ => false,
    }
}

/// Whether a number starting at `start` is the tail of a bigger number or an
/// amount of money ("1,22", "$20").
pub(super) fn number_preceded(s: &str, start: usize) -> bool {
    match char_before(s, start) {
        Some(',' | '.' | '/' | ':') => {
            let before = s.get(..start.saturating_sub(1)).unwrap_or("");
            before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        }
        Some('$' | '£' | '€' | '#' | '+' | '№') => true,
        _ => false,
    }
}

/// Nouns that make a preceding four-digit number a count, not a year.
pub(super) fn is_count_noun(word: &str) -> bool {
    #[rustfmt::skip]
    const NOUNS: &[&str] = &[
        "people", "persons", "troops", "soldiers", "servicemen", "civilians", "men", "women",
        "children", "residents", "refugees", "fighters", "militants", "prisoners", "detainees",
        "hostages", "casualties", "deaths", "dead", "killed", "wounded", "injured", "rockets",
        "missiles", "drones", "shells", "rounds", "tanks", "vehicles", "homes", "houses",
        "buildings", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes",
        "tons", "dollars", "euros", "pounds", "families", "victims", "cases", "barrels", "others",
        "more", "of", "or", "percent", "per", "votes", "units", "times", "strikes", "attacks",
        "sorties", "hectares", "members", "officers", "police", "workers", "staff", "bodies",
        "graves", "villages", "towns", "sites", "targets", "artillery", "rubles", "roubles",
        "hryvnias", "shekels", "rials", "plus",
    ];
    let w = word.to_ascii_lowercase();
    NOUNS.contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse() {
        assert_eq!(number("two"), Some(Num::Exact(2)));
        assert_eq!(number("A  couple of"), Some(Num::Exact(2)));
        assert_eq!(number("14"), Some(Num::Exact(14)));
        assert_eq!(number("several"), Some(Num::Vague));
        assert_eq!(number("zillion"), None);
    }

    #[test]
    fn words_around() {
        let s = "Black  Friday Sales, ok";
        assert_eq!(prev_word(s, 7), "Black");
        assert_eq!(next_word(s, 13), "Sales");
        assert_eq!(prev_word("", 3), "");
        assert_eq!(next_word("ü", 1), "");
    }

    #[test]
    fn number_context() {
        assert!(number_continues("2,000", 1));
        assert!(!number_continues("May 2, 2025", 5));
        assert!(number_preceded("$20", 1));
        assert!(number_preceded("1,22", 2));
        assert!(!number_preceded("on 22", 3));
    }
}
