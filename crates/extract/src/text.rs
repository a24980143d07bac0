//! Text structure: paragraphs, sentences and noise lines.
//!
//! Sentences are found by scanning for `.`, `!`, `?` and `…` followed by
//! space and a capital, digit or opening quote, except after known
//! abbreviations and initials. Lines that are not prose (photo captions,
//! "Read more", share widgets, consent banners, translation notices) are
//! marked as noise with the id of the rule that recognised them; they still
//! get sentences (spans stay contiguous) but yield no events or quotes.

use std::sync::LazyLock;

use regex::Regex;
use storyline_model::Span;

/// Why a line is not prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noise {
    /// Rule id, e.g. `noise/caption-credit`.
    pub rule: &'static str,
}

/// A paragraph: one or more lines of prose, or one noise line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte span in the article text.
    pub span: Span,
    /// Set when the paragraph is page noise.
    pub noise: Option<Noise>,
}

/// A sentence of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the article text, trimmed of surrounding whitespace.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Copied from the paragraph: noise sentences yield nothing.
    pub noise: Option<Noise>,
}

/// The structure of one article text.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order; their index is the `sentence` of evidence.
    pub sentences: Vec<Sentence>,
}

impl Structure {
    /// Index of the sentence holding byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }
}

/// Splits `text` into paragraphs and sentences.
pub fn structure(text: &str) -> Structure {
    let mut out = Structure::default();
    for para in paragraphs(text) {
        let body = &text[para.start..para.end];
        let noise = noise(body);
        let index = out.paragraphs.len();
        out.paragraphs.push(Paragraph { span: para, noise });
        for s in sentences(body) {
            out.sentences.push(Sentence {
                span: Span::new(para.start + s.start, para.start + s.end),
                paragraph: index,
                noise,
            });
        }
    }
    out
}

/// Paragraph spans: lines separated by line breaks; a line that does not end
/// a sentence and is followed by a line starting in lower case is joined to
/// it (hard-wrapped text).
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut pos = 0;
    let mut joinable = false;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            joinable = false;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + lead + trimmed.len());
        let starts_lower = trimmed.chars().next().is_some_and(char::is_lowercase);
        match out.last_mut() {
            Some(last) if joinable && starts_lower => last.end = span.end,
            _ => out.push(span),
        }
        joinable = !trimmed.ends_with(['.', '!', '?', '"', '”', ':', '…']);
    }
    out
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec", "Dr", "Feb",
    "Fr", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar",
    "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Pvt", "Rep",
    "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "vs", "approx", "e.g", "i.e", "cf",
    "al",
];

/// Capitalised words that start a new sentence even after "U.S." or an initial.
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "An",
    "And",
    "As",
    "At",
    "But",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "She",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "When",
    "While",
    "Yet",
];

/// Sentence spans relative to `body`.
fn sentences(body: &str) -> Vec<Span> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let is_end = matches!(c, b'.' | b'!' | b'?')
            || (c == "…".as_bytes()[0] && bytes[i..].starts_with("…".as_bytes()));
        if !is_end {
            i += 1;
            continue;
        }
        let mark_len = if c == b'.' || c == b'!' || c == b'?' {
            1
        } else {
            '…'.len_utf8()
        };
        // Swallow repeated marks and closing quotes or brackets.
        let mut end = i + mark_len;
        while let Some(ch) = body[end..].chars().next() {
            if matches!(
                ch,
                '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
            ) {
                end += ch.len_utf8();
            } else {
                break;
            }
        }
        let rest = &body[end..];
        let after_space = rest.trim_start();
        let has_space = after_space.len() < rest.len();
        let next = after_space.chars().next();
        let opens_next = next.is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '«')
        });
        if has_space && opens_next && !(c == b'.' && is_abbreviation(&body[..i], after_space)) {
            push_trimmed(body, start, end, &mut out);
            start = body.len() - after_space.len();
        }
        i = end.max(i + 1);
    }
    push_trimmed(body, start, body.len(), &mut out);
    out
}

fn push_trimmed(body: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &body[start..end];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Whether the period ending `before` closes an abbreviation or initial
/// rather than a sentence, given the text that follows.
fn is_abbreviation(before: &str, after: &str) -> bool {
    let word_start = before
        .rfind(|ch: char| ch.is_whitespace() || matches!(ch, '(' | '"' | '“' | '\''))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let next_word: &str = after
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    // Initials and dotted acronyms: "J.", "U.S", "U.N".
    let dotted = !word.is_empty()
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    dotted && !SENTENCE_STARTERS.contains(&next_word)
}

/// A line that is page furniture rather than prose, with the rule that says so.
fn noise(line: &str) -> Option<Noise> {
    // Noise lines are short or announce themselves in their first words:
    // never lower-case a whole long paragraph.
    // A line under 400 bytes has under 400 characters: all of it is read.
    let head_end = if line.len() < 400 {
        line.len()
    } else {
        line.char_indices().nth(40).map_or(line.len(), |(i, _)| i)
    };
    let lower = line[..head_end].to_lowercase();
    for (rule, prefixes) in NOISE_PREFIXES {
        if prefixes.iter().any(|p| lower.starts_with(p)) {
            return Some(Noise { rule });
        }
    }
    // One pass finds whether any phrase occurs at all (prose holds none).
    if line.len() < 400 && noise_anywhere().is_match(&lower) {
        for (rule, needles) in NOISE_ANYWHERE {
            if needles.iter().any(|p| lower.contains(p)) {
                return Some(Noise { rule });
            }
        }
    }
    is_caption(line).then_some(Noise {
        rule: "noise/caption-credit",
    })
}

/// Line openings that mark navigation and widgets.
const NOISE_PREFIXES: &[(&str, &[&str])] = &[
    (
        "noise/read-more",
        &[
            "read more",
            "read also",
            "related:",
            "related articles",
            "see also",
            "more on this story",
            "recommended:",
            "watch:",
            "listen:",
        ],
    ),
    (
        "noise/share",
        &[
            "share this",
            "share on",
            "share:",
            "tweet",
            "email this",
            "copy link",
            "follow us",
            "sign up",
            "subscribe",
            "click here",
            "advertisement",
        ],
    ),
    (
        "noise/copyright",
        &["copyright", "©", "all rights reserved"],
    ),
    (
        "noise/photo",
        &[
            "photo:",
            "image:",
            "picture:",
            "credit:",
            "file photo",
            "(photo",
            "[photo",
        ],
    ),
];

/// Phrases that mark a banner or notice wherever they appear in a short line.
const NOISE_ANYWHERE: &[(&str, &[&str])] = &[
    (
        "noise/cookie-banner",
        &[
            "we use cookies",
            "cookie policy",
            "accept all cookies",
            "accept cookies",
            "manage cookies",
            "consent to the use",
        ],
    ),
    (
        "noise/machine-translation",
        &[
            "machine translated",
            "machine-translated",
            "automatically translated",
            "translated automatically",
            "this article was translated",
        ],
    ),
];

/// Any phrase of [`NOISE_ANYWHERE`].
fn noise_anywhere() -> &'static Regex {
    static ANY: LazyLock<Regex> = LazyLock::new(|| {
        let phrases: Vec<String> = NOISE_ANYWHERE
            .iter()
            .flat_map(|(_, needles)| needles.iter().map(|n| regex::escape(n)))
            .collect();
        Regex::new(&phrases.join("|")).expect("escaped phrases form a valid pattern")
    });
    &ANY
}

/// Picture-desk phrases that only occur in photo credits.
const PHOTO_CREDITS: &[&str] = &[
    "getty images",
    "ap photo",
    "afp photo",
    "photo by",
    "photograph by",
    "shutterstock",
    "alamy",
    "epa-efe",
    "via getty",
    "pool photo",
    "handout photo",
    "photo:",
    "photo credit",
];

/// Agencies that, alone in parentheses at the end of a short line, credit a photo.
const AGENCIES: &[&str] = &[
    "reuters",
    "afp",
    "ap",
    "epa",
    "anadolu",
    "getty",
    "sputnik",
    "tass",
    "xinhua",
    "ria novosti",
    "handout",
    "pool",
];

/// A photo caption: a short line whose last words are a credit
/// ("…, Anadolu/Getty Images", "… REUTERS/Sofiia Gatilova", "… (AFP)").
fn is_caption(line: &str) -> bool {
    if line.split_whitespace().nth(40).is_some() {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let tail_words = &words[words.len().saturating_sub(6)..];
    let tail = tail_words.join(" ").to_lowercase();
    let slash_credit = tail_words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        match w.split_once('/') {
            Some((a, b)) => {
                a.len() >= 2 && b.chars().next().is_some_and(char::is_uppercase) && !b.contains('/')
            }
            None => false,
        }
    });
    let desk = PHOTO_CREDITS.iter().any(|c| tail.contains(c));
    let parenthesised = line.trim_end_matches('.').ends_with(')')
        && line.rfind('(').is_some_and(|p| {
            let inner = line[p + 1..].trim_end_matches(['.', ')']).to_lowercase();
            AGENCIES.iter().any(|a| {
                inner == *a
                    || inner.ends_with(&format!("/{a}"))
                    || inner.starts_with(&format!("{a} "))
            })
        });
    slash_credit || desk || parenthesised
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences_of(text: &str) -> Vec<&str> {
        structure(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn splits_sentences_and_keeps_abbreviations() {
        assert_eq!(
            sentences_of(
                "Lt. Col. Ivan Petrenko met Dr. Smith in the U.S. capital. The talks ended. Prices rose 2.5 percent!"
            ),
            [
                "Lt. Col. Ivan Petrenko met Dr. Smith in the U.S. capital.",
                "The talks ended.",
                "Prices rose 2.5 percent!"
            ]
        );
        assert_eq!(
            sentences_of("He flew to the U.S. The visit was short. J. R. Smith said so."),
            [
                "He flew to the U.S.",
                "The visit was short.",
                "J. R. Smith said so."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sentences_of(
                "\"We don't have it,\" he said. \"The Turkish side doesn't have it.\" Talks went on."
            ),
            [
                "\"We don't have it,\" he said.",
                "\"The Turkish side doesn't have it.\"",
                "Talks went on."
            ]
        );
    }

    #[test]
    fn noise_lines_are_marked() {
        let text = "Talks resumed on Monday.\n\nThe 2nd round of talks, Anadolu/Getty Images\n\nRead more: Why the talks matter\n\nShare this article\n\nWe use cookies to improve your experience.\n\nDelegations at the opening session (Reuters)\n\nThis article was machine translated from Ukrainian.";
        let s = structure(text);
        let rules: Vec<Option<&str>> = s
            .paragraphs
            .iter()
            .map(|p| p.noise.map(|n| n.rule))
            .collect();
        assert_eq!(
            rules,
            [
                None,
                Some("noise/caption-credit"),
                Some("noise/read-more"),
                Some("noise/share"),
                Some("noise/cookie-banner"),
                Some("noise/caption-credit"),
                Some("noise/machine-translation"),
            ]
        );
    }

    #[test]
    fn prose_with_agency_names_is_not_a_caption() {
        for prose in [
            "Al Jazeera writes that two glide bombs were dropped on Sumy, Reuters reported.",
            "Russia and Ukraine swap prisoners, AFP says",
            "The strike hit a 24/7 pharmacy in Kharkiv.",
        ] {
            assert_eq!(structure(prose).paragraphs[0].noise, None, "{prose}");
        }
        let caption = "A man walks past a damaged building in Kharkiv, Ukraine, July 21, 2025. REUTERS/Anna Petrova";
        assert!(structure(caption).paragraphs[0].noise.is_some());
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let s = structure(
            "Russian and Ukrainian officials met\nin Istanbul on Monday.\nThey agreed a swap.",
        );
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.sentences.len(), 2);
        assert_eq!(s.sentence_at(40), Some(0));
    }
}
