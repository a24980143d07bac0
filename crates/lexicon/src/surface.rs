//! Surface forms: the exact strings searched for in text, derived from the
//! names in the data (case variants, a leading "the" made optional, ALL-CAPS
//! forms for datelines).

/// How to derive the surface forms of one name.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Variants {
    /// Also match the name without a leading "the " ("Kremlin" for
    /// "the Kremlin"), when what remains starts with a capital letter.
    pub strip_the: bool,
    /// Also match the name in capitals ("KYIV"), for names of four or more
    /// characters.
    pub all_caps: bool,
}

/// The surface forms of `name`: the name itself, the name with an upper-case
/// first letter when it starts lower-case ("The Kremlin"), the name with a
/// lower-case "the" when it starts with "The " ("the Hague"), and the
/// variants that `how` asks for. No duplicates, the name first.
pub(crate) fn forms(name: &str, how: Variants) -> Vec<String> {
    let mut out = vec![name.to_owned()];
    let rest = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "));
    if let Some(rest) = rest {
        if how.strip_the
            && rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            push(&mut out, rest.to_owned());
        }
        push(&mut out, format!("the {rest}"));
        push(&mut out, format!("The {rest}"));
    }
    for form in out.clone() {
        push(&mut out, upper_first(&form));
    }
    if how.all_caps {
        for form in out.clone() {
            let caps = form.to_uppercase();
            let starts_with_the = form.starts_with("the ") || form.starts_with("The ");
            if !starts_with_the && form.chars().count() >= 4 {
                push(&mut out, caps);
            }
        }
    }
    out
}

fn push(out: &mut Vec<String>, form: String) {
    if !form.is_empty() && !out.contains(&form) {
        out.push(form);
    }
}

/// `s` with its first character in upper case.
fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRIP: Variants = Variants {
        strip_the: true,
        all_caps: false,
    };
    const CAPS: Variants = Variants {
        strip_the: false,
        all_caps: true,
    };

    #[test]
    fn a_leading_the_is_optional_for_metonyms() {
        assert_eq!(
            forms("the Kremlin", STRIP),
            ["the Kremlin", "Kremlin", "The Kremlin"]
        );
    }

    #[test]
    fn a_lower_case_the_is_not_stripped_before_a_lower_case_word() {
        assert_eq!(
            forms("the alliance", STRIP),
            ["the alliance", "The alliance"]
        );
    }

    #[test]
    fn places_starting_with_the_also_match_lower_case_the() {
        assert_eq!(
            forms("The Hague", Variants::default()),
            ["The Hague", "the Hague"]
        );
    }

    #[test]
    fn capitals_for_datelines() {
        assert_eq!(forms("Kyiv", CAPS), ["Kyiv", "KYIV"]);
        assert_eq!(forms("US", CAPS), ["US"]);
        assert_eq!(forms("Türkiye", CAPS), ["Türkiye", "TÜRKIYE"]);
    }

    #[test]
    fn lower_case_names_get_a_capitalised_form() {
        assert_eq!(
            forms("al-Shabaab", Variants::default()),
            ["al-Shabaab", "Al-Shabaab"]
        );
    }
}
