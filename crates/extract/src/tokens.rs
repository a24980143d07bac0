//! Word tokens with byte offsets, the unit trigger and pattern matching work on.

use storyline_model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (with inner apostrophes, dots of abbreviations, hyphens stay separate).
    Word,
    /// Digits, possibly with `,` and `.` inside.
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

/// A token: its byte span in the article text, kind and lower-case form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the article text.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// Lower-case text (curly apostrophes made straight).
    pub lower: String,
}

impl Token {
    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        text[self.span.start..self.span.end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// The token as written.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }
}

/// Tokens of `text[span]`, with offsets into `text`.
///
/// "Ukraine's" gives `Ukraine` and `'s`; "U.S." stays one word; "2.5" and
/// "1,000" stay one number.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let piece = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut chars = piece.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let kind = if c.is_alphabetic() {
            while let Some(&(j, d)) = chars.peek() {
                let next_is_alpha = piece[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic);
                let keep = d.is_alphanumeric()
                    // Inner dots of abbreviations ("U.S") and inner apostrophes of
                    // names ("O'Brien", "Sana'a"), but not the possessive "'s".
                    || (d == '.' && next_is_alpha && end - start <= 2 && is_single_letter_run(&piece[start..end]))
                    || (matches!(d, '\'' | '’') && next_is_alpha && !possessive_follows(&piece[j + d.len_utf8()..]));
                if !keep {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            // Trailing dot of a dotted abbreviation: "U.S." keeps its last dot.
            if piece[start..end].contains('.') && piece[end..].starts_with('.') {
                end += 1;
                chars.next();
            }
            Kind::Word
        } else if c.is_ascii_digit() {
            while let Some(&(j, d)) = chars.peek() {
                let next_is_digit = piece[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() || (matches!(d, ',' | '.') && next_is_digit) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            Kind::Number
        } else if matches!(c, '\'' | '’') && possessive_follows(&piece[end..]) {
            // The possessive "'s" as one token.
            end += 1;
            chars.next();
            Kind::Word
        } else {
            Kind::Punct
        };
        let raw = &piece[start..end];
        // One allocation for the common case: ASCII, no curly apostrophe.
        let lower = if raw.is_ascii() {
            raw.to_ascii_lowercase()
        } else {
            raw.to_lowercase().replace('’', "'")
        };
        out.push(Token {
            span: Span::new(span.start + start, span.start + end),
            kind,
            lower,
        });
    }
    out
}

/// "s" followed by a non-letter: the possessive ending.
fn possessive_follows(rest: &str) -> bool {
    let mut it = rest.chars();
    matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(char::is_alphanumeric)
}

fn is_single_letter_run(word: &str) -> bool {
    word.split('.').all(|p| p.chars().count() <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn splits_possessives_keeps_abbreviations_and_numbers() {
        assert_eq!(
            words("Ukraine's U.S. envoy paid $1,000.50 on Sana'a's 2nd day."),
            [
                "Ukraine", "'s", "U.S.", "envoy", "paid", "$", "1,000.50", "on", "Sana'a", "'s",
                "2", "nd", "day", "."
            ]
        );
        assert_eq!(
            words("Russia’s tit-for-tat"),
            ["Russia", "’s", "tit", "-", "for", "-", "tat"]
        );
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "«Kyiv» — Zelensky’s “office” said: 34%.";
        for t in tokenize(text, Span::new(0, text.len())) {
            assert!(text.get(t.span.start..t.span.end).is_some());
        }
        let tail = tokenize(text, Span::new(9, text.len()));
        assert_eq!(tail[0].text(text), "—");
    }
}
