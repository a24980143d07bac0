//! Word boundaries: a match must not start or end inside a word. A
//! possessive "'s" or "’s" after a match is fine ("Russia's"), any other
//! apostrophe followed by a letter is not ("Modi'in" holds no "Modi").

/// Whether a match may start at byte `start` of `text`: at the start of the
/// text or after a character that is not alphanumeric.
pub(crate) fn starts_word(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether a match may end at byte `end` of `text`: at the end of the text,
/// before a character that is not alphanumeric, or before a possessive
/// "'s"/"’s" that itself ends the word.
pub(crate) fn ends_word(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('\'' | '’') => match chars.next() {
            Some('s') => chars.next().is_none_or(|c| !c.is_alphanumeric()),
            Some(c) => !c.is_alphanumeric(),
            None => true,
        },
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts() {
        assert!(starts_word("Chad", 0));
        assert!(starts_word("pro-Russian", 4));
        assert!(!starts_word("aChad", 1));
        assert!(starts_word("«Kyiv", "«".len()));
    }

    #[test]
    fn ends() {
        assert!(ends_word("Chad", 4));
        assert!(!ends_word("Chadwick", 4));
        assert!(ends_word("Russia's army", 6));
        assert!(ends_word("Russia’s army", 6));
        assert!(ends_word("Russia'", 6));
        assert!(!ends_word("Modi'in", 4));
        assert!(!ends_word("Russia'sx", 6));
        assert!(ends_word("Kremlin-backed", 7));
    }
}
