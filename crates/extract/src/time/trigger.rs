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
/// A unit of time right after a count: a number of one to three digits or
/// the last word of a count ("two", "a", "few", "couple of", "dozen"), with
/// nothing but non-word characters between them ("two days", "48 hours").
/// Rules whose pattern needs a count before the unit need this.
pub(super) const COUNTED: u32 = 1 << 18;
/// A word of [`OFFW`] right after a unit of time ("days after", "hours
/// before"): what `time/offset` patterns with a count need.
pub(super) const UNIT_DIR: u32 = 1 << 19;
/// Not a family of its own: a word that may end a count (see [`COUNTED`]).
const COUNT_END: u32 = 1 << 31;

impl Triggers {
    /// Scans `s` once.
    pub(super) fn scan(s: &str) -> Triggers {
        let table = &*TABLE;
        let mut flags = 0;
        // The families of the previous word or number (a short number counts
        // as COUNT_END): pairs of neighbours set COUNTED and UNIT_DIR.
        let mut prev = 0;
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let start = i;
            let b = bytes[i];
            let class = CLASS[usize::from(b)];
            if class == OTHER {
                i += 1;
            } else if class == DIGIT {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                flags |= match (i - start, &bytes[start..i]) {
                    (1 | 2, _) => SHORT,
                    (4, [b'1', b'9', ..] | [b'2', b'0', ..]) => YEAR,
                    _ => 0,
                };
                prev = if i - start <= 3 { COUNT_END } else { 0 };
                if let Some(&[a, b]) = bytes.get(i..i + 2) {
                    let suffix = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
                    if matches!(&suffix, b"st" | b"nd" | b"rd" | b"th") {
                        flags |= ORD;
                    }
                }
            } else {
                while i < bytes.len() && CLASS[usize::from(bytes[i])] == LETTER {
                    i += 1;
                }
                let len = i - start;
                let mut f = 0;
                if len <= MAX_LEN && table.may_hold(b | 0x20, len) {
                    f = table.get(pack(bytes, start, i));
                    if f & (MONTH | WEEKDAY) != 0 && !b.is_ascii_uppercase() {
                        f &= !(MONTH | WEEKDAY);
                    }
                    if f & UNIT != 0 && prev & COUNT_END != 0 {
                        flags |= COUNTED;
                    }
                    if f & OFFW != 0 && prev & UNIT != 0 {
                        flags |= UNIT_DIR;
                    }
                    flags |= f & !COUNT_END;
                }
                prev = f;
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

/// Byte classes for [`Triggers::scan`].
const OTHER: u8 = 0;
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_digit() {
            t[c] = DIGIT;
        } else if b.is_ascii_alphabetic() {
            t[c] = LETTER;
        }
        c += 1;
    }
    t
};

/// Longest keyword considered, in bytes (longer words are no keyword).
const MAX_LEN: usize = 12;

/// Every keyword (lower case) and the families it belongs to.
#[rustfmt::skip]
const WORDS: &[(&str, u32)] = &[
    ("jan", MONTH), ("january", MONTH), ("feb", MONTH), ("february", MONTH), ("mar", MONTH),
    ("march", MONTH), ("apr", MONTH), ("april", MONTH), ("may", MONTH), ("jun", MONTH),
    ("june", MONTH), ("jul", MONTH), ("july", MONTH), ("aug", MONTH), ("august", MONTH),
    ("sep", MONTH), ("sept", MONTH), ("september", MONTH), ("oct", MONTH), ("october", MONTH),
    ("nov", MONTH), ("november", MONTH), ("dec", MONTH), ("december", MONTH),
    ("monday", WEEKDAY), ("tuesday", WEEKDAY), ("wednesday", WEEKDAY), ("thursday", WEEKDAY),
    ("friday", WEEKDAY), ("saturday", WEEKDAY), ("sunday", WEEKDAY),
    ("yesterday", DAYWORD), ("today", DAYWORD), ("tomorrow", DAYWORD), ("tonight", DAYWORD),
    ("overnight", DAYWORD), ("night", DAYWORD), ("morning", DAYWORD), ("afternoon", DAYWORD),
    ("evening", DAYWORD),
    ("minute", UNIT), ("minutes", UNIT), ("hour", UNIT), ("hours", UNIT), ("days", UNIT),
    ("weeks", UNIT), ("month", UNIT), ("months", UNIT), ("years", UNIT), ("decade", UNIT),
    ("decades", UNIT), ("day", UNIT), ("year", UNIT), ("week", UNIT),
    ("weekend", UNIT | LTN),
    ("eve", THEW | DAYWORD),
    ("ago", AGO),
    ("now", NOW),
    ("in", IN),
    ("for", SPAN), ("over", SPAN), ("during", SPAN), ("within", SPAN), ("throughout", SPAN),
    ("first", SPAN),
    ("recently", VAGUE), ("lately", VAGUE), ("recent", VAGUE), ("coming", VAGUE),
    ("near", VAGUE), ("few", VAGUE),
    ("this", LTN),
    ("next", LTN | THEW),
    ("last", LTN | SPAN), ("past", LTN | SPAN),
    ("late", VAGUE | PART),
    ("later", OFFW | PART), ("earlier", OFFW | PART),
    ("after", OFFW), ("before", OFFW), ("prior", OFFW), ("beforehand", OFFW),
    ("afterwards", OFFW), ("afterward", OFFW),
    ("following", THEW), ("preceding", THEW), ("same", THEW),
    ("previous", THEW | SPAN),
    ("early", PART), ("mid", PART), ("end", PART), ("beginning", PART), ("start", PART),
    ("middle", PART), ("turn", PART), ("half", PART),
    ("spring", SEASON), ("summer", SEASON), ("autumn", SEASON), ("fall", SEASON),
    ("winter", SEASON),
    ("making", MAKING),
    // The last words of a count (`lex::NUM`), "few" and "a couple of" included.
    ("a", COUNT_END), ("an", COUNT_END), ("one", COUNT_END), ("two", COUNT_END),
    ("three", COUNT_END), ("four", COUNT_END), ("five", COUNT_END), ("six", COUNT_END),
    ("seven", COUNT_END), ("eight", COUNT_END), ("nine", COUNT_END), ("ten", COUNT_END),
    ("eleven", COUNT_END), ("twelve", COUNT_END), ("thirteen", COUNT_END),
    ("fourteen", COUNT_END), ("fifteen", COUNT_END), ("sixteen", COUNT_END),
    ("seventeen", COUNT_END), ("eighteen", COUNT_END), ("nineteen", COUNT_END),
    ("twenty", COUNT_END), ("thirty", COUNT_END), ("forty", COUNT_END), ("fifty", COUNT_END),
    ("sixty", COUNT_END), ("several", COUNT_END), ("few", COUNT_END), ("many", COUNT_END),
    ("some", COUNT_END), ("of", COUNT_END), ("dozen", COUNT_END),
];

/// Slots of the keyword hash table (a power of two, well over twice the keywords).
const SLOTS: usize = 512;

/// [`WORDS`] as an open-addressing hash table of packed words, built once,
/// and for each first letter the word lengths that occur: most words are
/// rejected by that mask alone.
struct Table {
    keys: Vec<u128>,
    flags: Vec<u32>,
    lengths: [u16; 32],
}

static TABLE: std::sync::LazyLock<Table> = std::sync::LazyLock::new(|| {
    let mut t = Table {
        keys: vec![0; SLOTS],
        flags: vec![0; SLOTS],
        lengths: [0; 32],
    };
    for &(w, f) in WORDS {
        let b = w.as_bytes();
        t.lengths[usize::from(b[0] & 31)] |= 1 << b.len();
        let key = pack_word(b);
        let mut slot = slot_of(key);
        while t.keys[slot] != 0 && t.keys[slot] != key {
            slot = (slot + 1) % SLOTS;
        }
        t.keys[slot] = key;
        t.flags[slot] |= f;
    }
    t
});

/// The word `bytes[start..end]` (ASCII letters, at most [`MAX_LEN`])
/// lower-cased and packed little-endian (`| 0x20` lower-cases a letter; no
/// byte is 0). Reads eight bytes at a time when the text goes on that far.
fn pack(bytes: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    let word = |from: usize, n: usize| -> u64 {
        let v = match bytes.get(from..from + 8) {
            Some(b) => u64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
            None => bytes[from..from + n]
                .iter()
                .rev()
                .fold(0, |k, &c| k << 8 | u64::from(c)),
        };
        let mask = if n >= 8 { u64::MAX } else { (1 << (8 * n)) - 1 };
        (v | 0x2020_2020_2020_2020) & mask
    };
    let lo = word(start, len.min(8));
    let hi = if len > 8 { word(start + 8, len - 8) } else { 0 };
    u128::from(hi) << 64 | u128::from(lo)
}

/// [`pack`] of a whole word.
fn pack_word(w: &[u8]) -> u128 {
    pack(w, 0, w.len())
}

/// The home slot of a packed word.
fn slot_of(key: u128) -> usize {
    let h = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 55) as usize % SLOTS
}

impl Table {
    /// Whether a keyword starts with lower-case letter `first` and has `len` bytes.
    fn may_hold(&self, first: u8, len: usize) -> bool {
        self.lengths[usize::from(first & 31)] & (1 << len) != 0
    }

    /// The families of the packed lower-case word `key`.
    fn get(&self, key: u128) -> u32 {
        let mut slot = slot_of(key);
        loop {
            match self.keys[slot] {
                0 => return 0,
                k if k == key => return self.flags[slot],
                _ => slot = (slot + 1) % SLOTS,
            }
        }
    }
}

/// The families a lower-case word belongs to.
#[cfg(test)]
fn word_flags(w: &[u8]) -> u32 {
    WORDS
        .iter()
        .filter(|(k, _)| k.as_bytes() == w)
        .fold(0, |f, (_, g)| f | g)
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

    #[test]
    fn table_agrees_with_the_list() {
        for &(w, _) in WORDS {
            assert_eq!(
                TABLE.get(pack_word(w.as_bytes())),
                word_flags(w.as_bytes()),
                "{w}"
            );
            assert!(TABLE.may_hold(w.as_bytes()[0], w.len()), "{w}");
            let upper = w.to_ascii_uppercase();
            let t = Triggers::scan(
                &upper[..1]
                    .to_string()
                    .chars()
                    .chain(w[1..].chars())
                    .collect::<String>(),
            );
            assert_eq!(t.0, word_flags(w.as_bytes()) & !COUNT_END, "{w}");
        }
        assert_eq!(TABLE.get(pack_word(b"mondays")), 0);
        assert_eq!(Triggers::scan("xyzzy quux").0, 0);
        assert!(Triggers::scan("in two days").has(COUNTED));
        assert!(Triggers::scan("for 48 hours").has(COUNTED));
        assert!(Triggers::scan("a couple of weeks").has(COUNTED));
        assert!(!Triggers::scan("in 2025 days").has(COUNTED));
        assert!(!Triggers::scan("the days").has(COUNTED));
        assert!(Triggers::scan("two days after").has(UNIT_DIR));
        assert!(!Triggers::scan("the day of the attack, after").has(UNIT_DIR));
        assert_eq!(pack(b"ab Monday", 3, 9), pack_word(b"monday"));
        assert_eq!(pack(b"xx AfterWards", 3, 13), pack_word(b"afterwards"));
    }
}
