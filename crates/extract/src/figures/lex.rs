//! Tokens of one sentence: words, numbers and single punctuation marks,
//! each with its byte span, plus the lookups the figure rules make on them.
//!
//! A number token is ASCII digits with `,` thousands groups ("12,400") and
//! one decimal point ("2.5"). A word is a run of alphabetic characters, with
//! inner apostrophes ("Russia's"). Everything else that is not white space is
//! a one-character punctuation token. Two tokens are *glued* when no white
//! space separates them ("Su-34" is three glued tokens).

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum T {
    /// Letters.
    Word,
    /// Digits.
    Num,
    /// One other character.
    Punct,
}

/// A token: byte range into the sentence and its type.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub t: T,
}

/// Splits `s` into tokens. Never panics; spans fall on char boundaries.
pub(super) fn tokenize(s: &str) -> Vec<Tok> {
    let b = s.as_bytes();
    let mut toks = Vec::with_capacity(s.len() / 4);
    let mut pos = 0;
    while let Some(c) = char_at(s, pos) {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
            pos = digits_end(b, pos);
            toks.push(Tok {
                start,
                end: pos,
                t: T::Num,
            });
        } else if c.is_alphabetic() {
            pos += c.len_utf8();
            while let Some(d) = char_at(s, pos) {
                let inner_apostrophe = || {
                    (d == '\'' || d == '’')
                        && char_at(s, pos + d.len_utf8()).is_some_and(char::is_alphabetic)
                };
                if !d.is_alphabetic() && !inner_apostrophe() {
                    break;
                }
                pos += d.len_utf8();
            }
            toks.push(Tok {
                start,
                end: pos,
                t: T::Word,
            });
        } else {
            pos += c.len_utf8();
            toks.push(Tok {
                start,
                end: pos,
                t: T::Punct,
            });
        }
    }
    toks
}

/// The character at byte `pos` of `s` (a char boundary), if any; ASCII
/// without decoding.
fn char_at(s: &str, pos: usize) -> Option<char> {
    let b = *s.as_bytes().get(pos)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        s.get(pos..)?.chars().next()
    }
}

/// End of the number starting at `pos` (an ASCII digit).
fn digits_end(b: &[u8], mut pos: usize) -> usize {
    let mut seen_dot = false;
    loop {
        while pos < b.len() && b[pos].is_ascii_digit() {
            pos += 1;
        }
        let sep = group_separator(&b[pos..]);
        let group = sep > 0
            && pos + sep + 3 <= b.len()
            && b[pos + sep..pos + sep + 3].iter().all(u8::is_ascii_digit)
            && b.get(pos + sep + 3).is_none_or(|c| !c.is_ascii_digit());
        if group && !seen_dot {
            pos += sep + 3;
        } else if !seen_dot
            && b.get(pos) == Some(&b'.')
            && b.get(pos + 1).is_some_and(u8::is_ascii_digit)
        {
            seen_dot = true;
            pos += 1;
        } else {
            return pos;
        }
    }
}

/// Length of a thousands separator at the start of `b`: a comma, or a
/// no-break or thin space ("12 000"); 0 when there is none.
fn group_separator(b: &[u8]) -> usize {
    if b.first() == Some(&b',') {
        1
    } else if b.starts_with("\u{a0}".as_bytes()) {
        2
    } else if b.starts_with("\u{202f}".as_bytes()) || b.starts_with("\u{2009}".as_bytes()) {
        3
    } else {
        0
    }
}

/// A tokenized sentence with an ASCII-lower-cased copy for word lookups.
pub(super) struct Cx<'a> {
    /// The sentence as given.
    pub text: &'a str,
    /// `text` with ASCII letters lower-cased (same byte offsets).
    lower: String,
    /// The tokens.
    pub toks: Vec<Tok>,
}

impl<'a> Cx<'a> {
    /// Tokenizes `text`.
    pub fn new(text: &'a str) -> Cx<'a> {
        Cx {
            text,
            lower: text.to_ascii_lowercase(),
            toks: tokenize(text),
        }
    }

    /// The whole sentence, ASCII-lower-cased.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased text of word `i`.
    pub fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.t == T::Word).then(|| &self.lower[t.start..t.end])
    }

    /// The text of token `i` as written.
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is the word `w` (lower case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    /// Whether token `i` is a word in `list`.
    pub fn is_in(&self, i: usize, list: &[&str]) -> bool {
        self.word(i).is_some_and(|w| list.contains(&w))
    }

    /// Whether the word before token `i` is in `list`.
    pub fn prev_in(&self, i: usize, list: &[&str]) -> bool {
        i.checked_sub(1).is_some_and(|p| self.is_in(p, list))
    }

    /// The character of punctuation token `i`.
    pub fn punct(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        if t.t == T::Punct {
            self.text[t.start..t.end].chars().next()
        } else {
            None
        }
    }

    /// Whether token `i` is a dash or hyphen.
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('-' | '–' | '—' | '‑'))
    }

    /// Whether token `i` is a number.
    pub fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.t == T::Num)
    }

    /// Whether token `i` exists and touches token `i - 1` (no space between).
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// Whether word `i` starts with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.word(i).is_some() && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn splits_numbers_words_and_marks() {
        assert_eq!(
            texts("Russia's 1,000.5 (€2.5bn) Su-34 12,34"),
            vec![
                "Russia's", "1,000.5", "(", "€", "2.5", "bn", ")", "Su", "-", "34", "12", ",", "34"
            ]
        );
        assert_eq!(
            texts("12\u{202f}000 1\u{a0}500\u{a0}000"),
            vec!["12\u{202f}000", "1\u{a0}500\u{a0}000"]
        );
        assert_eq!(texts("12\u{a0}00 x"), vec!["12", "00", "x"]);
        assert_eq!(
            texts("1,2345 3.4.5 x’y 7."),
            vec!["1", ",", "2345", "3.4", ".", "5", "x’y", "7", "."]
        );
    }

    #[test]
    fn glue_and_case() {
        let cx = Cx::new("US$300 Million");
        assert!(cx.glued(1) && cx.glued(2) && !cx.glued(3) && !cx.glued(0));
        assert_eq!(cx.word(3), Some("million"));
        assert!(cx.capitalized(3) && !cx.capitalized(2));
    }
}
