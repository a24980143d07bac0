//! Plain-text articles: optional `date YYYY-MM-DD` first line, then the text.

use std::io::Read;

use chrono::NaiveDate;
use storyline_model::{Article, DateSource};

use crate::{Config, Error, ErrorKind};

/// Reads one plain-text article from `reader`, enforcing the size cap
/// without ever holding more than the cap in memory.
pub(crate) fn read_text(name: &str, reader: impl Read, config: &Config) -> Result<Article, Error> {
    let limit = config.max_article_bytes();
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| Error::io(name, err))?;
    if bytes.len() > limit {
        return Err(Error::new(name, ErrorKind::TooLarge { limit }));
    }
    let utf16 = decode_utf16(&bytes);
    let text = match &utf16 {
        Some(text) => text.as_str(),
        None => decode(&bytes).map_err(|kind| Error::new(name, kind))?,
    };
    let mut article = parse_text(text, None).map_err(|kind| Error::new(name, kind))?;
    article.path = Some(name.to_string());
    Ok(article)
}

/// Text saved as UTF-16 (as some Windows editors do), recognised by its
/// byte-order mark; a lone bad code unit becomes U+FFFD.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (rest, big_endian) = match bytes {
        [0xff, 0xfe, rest @ ..] => (rest, false),
        [0xfe, 0xff, rest @ ..] => (rest, true),
        _ => return None,
    };
    let units = rest.chunks_exact(2).map(|pair| match big_endian {
        true => u16::from_be_bytes([pair[0], pair[1]]),
        false => u16::from_le_bytes([pair[0], pair[1]]),
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// Checks that `bytes` are UTF-8 text, not binary data.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str, ErrorKind> {
    if bytes.contains(&0) {
        return Err(ErrorKind::Binary);
    }
    std::str::from_utf8(bytes).map_err(|err| ErrorKind::InvalidUtf8 {
        offset: err.valid_up_to(),
    })
}

/// Parses a plain-text article: an optional first line `date YYYY-MM-DD`
/// (which may run straight into the text on the same line), then the text.
/// `path` is recorded on the article.
pub fn parse_text(raw: &str, path: Option<String>) -> Result<Article, ErrorKind> {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let (date, body) = split_date_header(raw)?;
    let text = clean_text(body);
    if text.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let title = headline(&text).map(str::to_string);
    let mut article = Article::from_text(text);
    article.language = Some(crate::detect_language(&article.text).to_string());
    article.path = path;
    article.title = title;
    if let Some(date) = date {
        article = article.with_date(date, DateSource::Header);
    }
    Ok(article)
}

/// Normalises line ends to `\n`, turns stray control characters into spaces
/// and trims surrounding whitespace. Inner spacing is kept: spans index it.
pub fn clean_text(body: &str) -> String {
    let body = body.trim();
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    // Control characters turned into spaces may sit at either end.
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// Splits off a `date YYYY-MM-DD` header (also `date: YYYY-MM-DD`, any case).
/// A first word "date" not followed by something date-shaped is text.
fn split_date_header(raw: &str) -> Result<(Option<NaiveDate>, &str), ErrorKind> {
    let start = raw.trim_start();
    let Some(keyword) = start.get(..4) else {
        return Ok((None, raw));
    };
    if !keyword.eq_ignore_ascii_case("date") {
        return Ok((None, raw));
    }
    let after = &start[4..];
    let value = if let Some(rest) = after.strip_prefix(':') {
        rest.trim_start_matches([' ', '\t'])
    } else if after.starts_with([' ', '\t']) {
        after.trim_start_matches([' ', '\t'])
    } else {
        // "dated", "dates": the keyword is part of a longer word.
        return Ok((None, raw));
    };
    let token_len = value
        .find(|c: char| c.is_whitespace())
        .unwrap_or(value.len());
    let token = &value[..token_len];
    if !is_date_shaped(token) {
        return Ok((None, raw));
    }
    let date = NaiveDate::parse_from_str(token, "%Y-%m-%d")
        .map_err(|err| ErrorKind::BadDate(format!("header line has {token:?}: {err}")))?;
    Ok((Some(date), &value[token_len..]))
}

/// `dddd-d?d-d?d`: shaped like an ISO date, whether or not it is a valid one.
fn is_date_shaped(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && (1..=2).contains(&parts[1].len())
        && (1..=2).contains(&parts[2].len())
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// The first line, when it reads as a headline: a short line of its own,
/// followed by more text, not ending like a sentence.
fn headline(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    let words = first.split_whitespace().count();
    let ends_like_sentence = first.ends_with(['.', '!', '?', ':', ',', ';', '"', '”', '»']);
    (!rest.trim().is_empty()
        && (2..=20).contains(&words)
        && first.len() <= 200
        && !ends_like_sentence)
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(article: &Article) -> String {
        article.date.map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn date_line_then_text() {
        let a = parse_text("date 2025-07-22\nTalks resume.\n", None).unwrap();
        assert_eq!(
            (date(&a), a.text.as_str()),
            ("2025-07-22".into(), "Talks resume.")
        );
        assert_eq!(a.date_source, DateSource::Header);
    }

    #[test]
    fn date_running_into_text_on_same_line() {
        let a = parse_text(" date 2025-07-22 President Zelensky's office said.", None).unwrap();
        assert_eq!(date(&a), "2025-07-22");
        assert_eq!(a.text, "President Zelensky's office said.");
    }

    #[test]
    fn header_variants() {
        for raw in [
            "Date: 2025-07-22\nText.",
            "DATE\t2025-7-2\nText.",
            "\u{feff}date 2025-07-22\r\nText.",
        ] {
            let a = parse_text(raw, None).unwrap();
            assert!(a.date.is_some(), "{raw:?}");
            assert_eq!(a.text, "Text.");
        }
    }

    #[test]
    fn undated_text_stays_whole() {
        for raw in [
            "Dated letters arrived.",
            "Date night in Kyiv was quiet.",
            "date with destiny",
        ] {
            let a = parse_text(raw, None).unwrap();
            assert_eq!(a.date, None, "{raw:?}");
            assert_eq!(a.text, raw);
            assert_eq!(a.date_source, DateSource::None);
        }
    }

    #[test]
    fn impossible_date_is_reported() {
        let err = parse_text("date 2025-13-45\nText.", None).unwrap_err();
        assert!(
            matches!(err, ErrorKind::BadDate(ref m) if m.contains("2025-13-45")),
            "{err:?}"
        );
    }

    #[test]
    fn empty_after_header_is_empty() {
        assert!(matches!(
            parse_text("date 2025-07-22\n  \n", None),
            Err(ErrorKind::Empty)
        ));
        assert!(matches!(parse_text(" \n\t", None), Err(ErrorKind::Empty)));
    }

    #[test]
    fn line_ends_and_controls_are_cleaned() {
        assert_eq!(clean_text("  a\r\nb\rc\u{7}d\t \n"), "a\nb\nc d");
    }

    #[test]
    fn headline_detection() {
        let a = parse_text(
            "Russia and Ukraine meet in Istanbul\n\nDelegations met on Monday.",
            None,
        )
        .unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Russia and Ukraine meet in Istanbul")
        );
        assert!(
            a.text.starts_with("Russia and Ukraine meet"),
            "the headline stays in the text"
        );
        let b = parse_text("Delegations met on Monday.\nThey talked.", None).unwrap();
        assert_eq!(b.title, None);
    }

    #[test]
    fn binary_and_bad_utf8() {
        assert!(matches!(decode(b"abc\0def"), Err(ErrorKind::Binary)));
        assert!(matches!(
            decode(b"ab\xffcd"),
            Err(ErrorKind::InvalidUtf8 { offset: 2 })
        ));
    }

    #[test]
    fn utf16_text_with_a_byte_order_mark_is_read() {
        let text = "date 2025-07-22\nTalks in Genève resumed.";
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [le, be] {
            let a = read_text("a.txt", &bytes[..], &Config::default()).unwrap();
            assert_eq!(a.text, "Talks in Genève resumed.");
            assert_eq!(date(&a), "2025-07-22");
        }
    }

    #[test]
    fn size_cap_is_enforced() {
        let config = Config::default().with_max_article_bytes(10);
        let err = read_text("big.txt", "x".repeat(11).as_bytes(), &config).unwrap_err();
        assert_eq!(
            err.to_string(),
            "big.txt: article larger than the limit of 10 bytes (--max-article-bytes)"
        );
        assert!(read_text("ok.txt", "x".repeat(10).as_bytes(), &config).is_ok());
    }
}
