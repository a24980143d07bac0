//! Word tokens with byte offsets, the unit trigger and pattern matching work on.

use std::borrow::Cow;

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
pub struct Token<'t> {
    /// Byte span in the article text.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// Lower-case text (curly apostrophes made straight); borrowed from the
    /// article text when that is lower case already, as most words are.
    pub lower: Cow<'t, str>,
}

impl Token<'_> {
    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        match text.as_bytes().get(self.span.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase() && self.span.end > self.span.start,
            _ => text[self.span.start..self.span.end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
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
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    // About one token per five bytes of news text.
    let mut out = Vec::with_capacity(span.end.saturating_sub(span.start) / 5 + 1);
    out.extend(tokens(text, span));
    out
}

/// The tokens of [`tokenize`], one at a time, for callers that need only
/// the first few.
pub fn tokens(text: &str, span: Span) -> Tokens<'_> {
    Tokens {
        piece: &text[span.start..span.end],
        offset: span.start,
        pos: 0,
    }
}

/// Iterator over the tokens of a stretch of text; see [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'t> {
    piece: &'t str,
    offset: usize,
    /// Byte offset in `piece` of the next character to read.
    pos: usize,
}

/// The character at byte `i` of `s` (a char boundary), if any; ASCII
/// without decoding.
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        s.get(i..)?.chars().next()
    }
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    fn next(&mut self) -> Option<Token<'t>> {
        let piece = self.piece;
        let (start, c) = loop {
            let c = char_at(piece, self.pos)?;
            if !c.is_whitespace() {
                break (self.pos, c);
            }
            self.pos += c.len_utf8();
        };
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphabetic() {
            while let Some(d) = char_at(piece, end) {
                let after = end + d.len_utf8();
                let next_is_alpha = || char_at(piece, after).is_some_and(char::is_alphabetic);
                let keep = d.is_alphanumeric()
                    // Inner dots of abbreviations ("U.S") and inner apostrophes of
                    // names ("O'Brien", "Sana'a"), but not the possessive "'s".
                    || (d == '.' && end - start <= 2 && next_is_alpha() && is_single_letter_run(&piece[start..end]))
                    || (matches!(d, '\'' | '’') && next_is_alpha() && !possessive_follows(&piece[after..]));
                if !keep {
                    break;
                }
                end = after;
            }
            // Trailing dot of a dotted abbreviation: "U.S." keeps its last dot.
            if piece[start..end].contains('.') && piece[end..].starts_with('.') {
                end += 1;
            }
            Kind::Word
        } else if c.is_ascii_digit() {
            let bytes = piece.as_bytes();
            while let Some(&d) = bytes.get(end) {
                let next_is_digit = || bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || (matches!(d, b',' | b'.') && next_is_digit()) {
                    end += 1;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if matches!(c, '\'' | '’') && possessive_follows(&piece[end..]) {
            // The possessive "'s" as one token.
            end += 1;
            Kind::Word
        } else {
            Kind::Punct
        };
        self.pos = end;
        let raw = &piece[start..end];
        // No allocation for the common case: ASCII with no capital.
        let lower = if raw.is_ascii() {
            if raw.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(raw.to_ascii_lowercase())
            } else {
                Cow::Borrowed(raw)
            }
        } else {
            let lower = raw.to_lowercase().replace('’', "'");
            if lower == raw {
                Cow::Borrowed(raw)
            } else {
                Cow::Owned(lower)
            }
        };
        Some(Token {
            span: Span::new(self.offset + start, self.offset + end),
            kind,
            lower,
        })
    }
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
