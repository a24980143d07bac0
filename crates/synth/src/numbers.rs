//! Formatting of figures the way news copy writes them.
//!
//! Counts get thousands separators ("12,400"), small numbers may be spelled
//! out ("three"), large ones rounded to "1.2 million", money gets a currency
//! sign and a scale word ("$1.2 billion"). Integer arithmetic only.

const SMALL: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

const ORDINALS: [&str; 10] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// `n` with comma thousands separators: `12400` → `12,400`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `n` spelled out below ten when `spell` is set, else [`grouped`].
pub fn count(n: u64, spell: bool) -> String {
    if spell && n < 10 {
        SMALL[n as usize].to_string()
    } else {
        grouped(n)
    }
}

/// "first" … "tenth", then "11th", "12th", "21st" …
pub fn ordinal(n: u64) -> String {
    if (1..=10).contains(&n) {
        return ORDINALS[n as usize - 1].to_string();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{}{suffix}", grouped(n))
}

/// `tenths` / 10 with one decimal, dropping ".0": `12` → `1.2`, `30` → `3`.
fn tenths_text(tenths: u64) -> String {
    if tenths % 10 == 0 {
        grouped(tenths / 10)
    } else {
        format!("{}.{}", grouped(tenths / 10), tenths % 10)
    }
}

/// A population-like figure: exact thousands below a million, then
/// "1.2 million". `n` is rounded, never shown with more than 3 significant
/// digits.
pub fn people(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{} million", tenths_text(n / 100_000))
    } else if n >= 10_000 {
        grouped(n / 1000 * 1000)
    } else if n >= 1000 {
        grouped(n / 100 * 100)
    } else {
        grouped(n)
    }
}

/// Money given in thousands of units: "$350,000", "$12 million",
/// "€1.2 billion".
pub fn money(thousands: u64, currency: &str) -> String {
    if thousands >= 1_000_000 {
        format!("{currency}{} billion", tenths_text(thousands / 100_000))
    } else if thousands >= 1000 {
        format!("{currency}{} million", tenths_text(thousands / 100))
    } else {
        format!("{currency}{}", grouped(thousands * 1000))
    }
}

/// "a" or "an" for the phrase `next`, by its first letters.
pub fn article_for(next: &str) -> &'static str {
    let bytes = next.as_bytes();
    let Some(&first) = bytes.first() else {
        return "a";
    };
    // Acronyms read letter by letter: "an RSF", "an M23", "a UN".
    let second_upper = bytes
        .get(1)
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if first.is_ascii_uppercase() && second_upper {
        return if b"AEFHILMNORSX".contains(&first) {
            "an"
        } else {
            "a"
        };
    }
    let lower = next.to_ascii_lowercase();
    let vowel = b"aeio".contains(&first.to_ascii_lowercase())
        || (first.eq_ignore_ascii_case(&b'u')
            && !lower.starts_with("uk")
            && !lower.starts_with("uni"));
    if vowel && !lower.starts_with("one") && !lower.starts_with("eu") {
        "an"
    } else {
        "a"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_like_news_copy() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(1234567), "1,234,567");
        assert_eq!(count(3, true), "three");
        assert_eq!(count(3, false), "3");
        assert_eq!(count(12, true), "12");
        assert_eq!(ordinal(3), "third");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(111), "111th");
        assert_eq!(
            people(1_250_000),
            "1.2 million people".trim_end_matches(" people")
        );
        assert_eq!(people(3_000_000), "3 million");
        assert_eq!(people(124_560), "124,000");
        assert_eq!(money(1_200_000, "$"), "$1.2 billion");
        assert_eq!(money(350_000, "€"), "€350 million");
        assert_eq!(money(12_500, "$"), "$12.5 million");
        assert_eq!(money(750, "£"), "£750,000");
    }

    #[test]
    fn indefinite_articles() {
        assert_eq!(article_for("air strike"), "an");
        assert_eq!(article_for("drone strike"), "a");
        assert_eq!(article_for("RSF attack"), "an");
        assert_eq!(article_for("UN convoy"), "a");
        assert_eq!(article_for("Ukrainian drone"), "a");
        assert_eq!(article_for("Israeli strike"), "an");
        assert_eq!(article_for("M23 offensive"), "an");
        assert_eq!(article_for("university student"), "a");
        assert_eq!(article_for("undersecretary"), "an");
    }
}
