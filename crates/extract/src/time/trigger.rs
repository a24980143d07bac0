//! The cheap pre-check: one pass over the sentence's words sets a flag per
//! family of keywords, and only the rules whose keywords occur are run.
//! Most sentences of news text carry none and cost one scan.

/// Keyword families seen in a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Triggers(u32);

/// A four-digit number starting 19 or 20.
pub(super) const YEAR: u32 = 1;
/// A capitalised month name or abbreviation.
pub(super) const MONTH: u32 = 1 << 1;
/// A capitalised weekday name.
pub(super) const WEEKDAY: u32 = 1 << 2;
/// "yesterday", "tonight", "overnight", "morning", ... .
pub(super) const DAYWORD: u32 = 1 << 3;
/// A unit of time: "day", "weeks", "year", "weekend", ... .
pub(super) const UNIT: u32 = 1 << 4;
/// "ago".
pub(super) const AGO: u32 = 1 << 5;
/// "now".
pub(super) const NOW: u32 = 1 << 6;
/// "recently", "lately", "late", "recent", "coming", "near", "few".
pub(super) const VAGUE: u32 = 1 << 7;
/// "after", "before", "later", "earlier", "prior", ... .
pub(super) const OFFW: u32 = 1 << 8;
/// "early", "mid", "late", "end", "beginning", "half", "week", ... .
pub(super) const PART: u32 = 1 << 9;
/// A season.
pub(super) const SEASON: u32 = 1 << 10;
/// "making".
pub(super) const MAKING: u32 = 1 << 11;
/// A one- or two-digit number.
pub(super) const SHORT: u32 = 1 << 12;
/// A number with an ordinal suffix: "17th".
pub(super) const ORD: u32 = 1 << 13;
/// "last", "this", "next", "weekend".
pub(super) const LTN: u32 = 1 << 14;
/// "in".
pub(super) const IN: u32 = 1 << 15;
/// "for", "over", "during", "within", "throughout", "past", "last", ... .
pub(super) const SPAN: u32 = 1 << 16;
/// "next", "following", "previous", "preceding", "same", "eve".
pub(super) const THEW: u32 = 1 << 17;

impl Triggers {
    /// Scans `s` once.
    pub(super) fn scan(s: &str) -> Triggers {
        let mut flags = 0;
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let start = i;
            let b = bytes[i];
            if b.is_ascii_digit() {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                flags |= match (i - start, &bytes[start..i]) {
                    (1 | 2, _) => SHORT,
                    (4, [b'1', b'9', ..] | [b'2', b'0', ..]) => YEAR,
                    _ => 0,
                };
                if let Some(&[a, b]) = bytes.get(i..i + 2) {
                    let suffix = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
                    if matches!(&suffix, b"st" | b"nd" | b"rd" | b"th") {
                        flags |= ORD;
                    }
                }
            } else if b.is_ascii_alphabetic() {
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                if i - start <= 12 {
                    let mut buf = [0u8; 12];
                    for (dst, src) in buf.iter_mut().zip(&bytes[start..i]) {
                        *dst = src.to_ascii_lowercase();
                    }
                    let mut f = word_flags(&buf[..i - start]);
                    if f & (MONTH | WEEKDAY) != 0 && !b.is_ascii_uppercase() {
                        f &= !(MONTH | WEEKDAY);
                    }
                    flags |= f;
                }
            } else {
                i += 1;
            }
        }
        Triggers(flags)
    }

    /// Whether any family that can start an expression was seen.
    pub(super) fn any(self) -> bool {
        self.has(YEAR | MONTH | WEEKDAY | DAYWORD | UNIT | ORD | SEASON | VAGUE)
    }

    /// Whether all of `flags` were seen.
    pub(super) fn all(self, flags: u32) -> bool {
        self.0 & flags == flags
    }

    /// Whether any of `flags` was seen.
    pub(super) fn has(self, flags: u32) -> bool {
        self.0 & flags != 0
    }
}

/// The families a lower-case word belongs to.
fn word_flags(w: &[u8]) -> u32 {
    match w {
        b"jan" | b"january" | b"feb" | b"february" | b"mar" | b"march" | b"apr" | b"april"
        | b"may" | b"jun" | b"june" | b"jul" | b"july" | b"aug" | b"august" | b"sep" | b"sept"
        | b"september" | b"oct" | b"october" | b"nov" | b"november" | b"dec" | b"december" => MONTH,
        b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday" | b"saturday"
        | b"sunday" => WEEKDAY,
        b"yesterday" | b"today" | b"tomorrow" | b"tonight" | b"overnight" | b"night"
        | b"morning" | b"afternoon" | b"evening" => DAYWORD,
        b"minute" | b"minutes" | b"hour" | b"hours" | b"days" | b"weeks" | b"month" | b"months"
        | b"years" | b"decade" | b"decades" | b"day" | b"year" => UNIT,
        b"week" => UNIT,
        b"weekend" => UNIT | LTN,
        b"eve" => THEW | DAYWORD,
        b"ago" => AGO,
        b"now" => NOW,
        b"in" => IN,
        b"for" | b"over" | b"during" | b"within" | b"throughout" | b"first" => SPAN,
        b"recently" | b"lately" | b"recent" | b"coming" | b"near" | b"few" => VAGUE,
        b"this" => LTN,
        b"next" => LTN | THEW,
        b"last" | b"past" => LTN | SPAN,
        b"late" => VAGUE | PART,
        b"later" | b"earlier" => OFFW | PART,
        b"after" | b"before" | b"prior" | b"beforehand" | b"afterwards" | b"afterward" => OFFW,
        b"following" | b"preceding" | b"same" => THEW,
        b"previous" => THEW | SPAN,
        b"early" | b"mid" | b"end" | b"beginning" | b"start" | b"middle" | b"turn" | b"half" => {
            PART
        }
        b"spring" | b"summer" | b"autumn" | b"fall" | b"winter" => SEASON,
        b"making" => MAKING,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        let t = Triggers::scan("Strikes hit Kyiv on Monday, two weeks ago; mid-May 2022.");
        assert!(t.all(YEAR | WEEKDAY | UNIT | AGO | PART | MONTH));
        assert!(!t.has(SEASON | NOW | MAKING | SHORT | ORD));
        assert!(Triggers::scan("on the 17th").all(SHORT | ORD));
        assert!(Triggers::scan("12345 may monday").0 == 0);
        assert!(!Triggers::scan("The Kremlin said it was ready for talks.").any());
        assert!(!Triggers::scan("Київ 🚀").any());
    }
}
