//! JSON Lines articles: one `{"id", "url", "title", "date", "text"}` per line.

use std::io::{BufRead, BufReader, Read};

use chrono::NaiveDate;
use serde::Deserialize;
use storyline_model::{Article, DateSource};

use crate::text::{clean_text, decode};
use crate::{Config, Error, ErrorKind};

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    text: Option<String>,
    language: Option<String>,
}

/// Streams the records of a JSON Lines source; blank lines are skipped.
/// A line longer than the article cap (plus room for metadata) is reported
/// and skipped without being held in memory.
pub(crate) fn read_jsonl(
    name: &str,
    reader: impl Read,
    config: &Config,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    let limit = config.max_article_bytes();
    // JSON escaping can double the size of a text; leave room for it and the other fields.
    let line_limit = (limit as u64).saturating_mul(2).saturating_add(64 * 1024);
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut records = 0u64;
    loop {
        number += 1;
        line.clear();
        let read = match (&mut reader)
            .take(line_limit + 1)
            .read_until(b'\n', &mut line)
        {
            Ok(read) => read,
            Err(err) => return sink(Err(Error::io(name, err).at_line(number))),
        };
        if read == 0 {
            if records == 0 {
                sink(Err(Error::new(name, ErrorKind::Empty)));
            }
            return;
        }
        records += 1;
        if line.len() as u64 > line_limit && line.last() != Some(&b'\n') {
            sink(Err(
                Error::new(name, ErrorKind::TooLarge { limit }).at_line(number)
            ));
            if let Err(err) = skip_line(&mut reader) {
                return sink(Err(Error::io(name, err).at_line(number)));
            }
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            records -= 1;
            continue;
        }
        // A binary file is not JSON Lines: one error, not one per "line".
        if line.contains(&0) {
            return sink(Err(Error::new(name, ErrorKind::Binary).at_line(number)));
        }
        let result = decode(&line)
            .and_then(|text| parse_jsonl_record(text, config))
            .map(|mut article| {
                article.path = Some(name.to_string());
                article
            })
            .map_err(|kind| Error::new(name, kind).at_line(number));
        sink(result);
    }
}

fn skip_line(reader: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

/// Parses one JSON Lines record into an article. Only `text` is required;
/// `date` may be `YYYY-MM-DD` or a full RFC 3339 timestamp (its calendar
/// date as written is kept).
pub fn parse_jsonl_record(line: &str, config: &Config) -> Result<Article, ErrorKind> {
    let record: Record = serde_json::from_str(line).map_err(|err| {
        ErrorKind::MalformedJson(match err.classify() {
            serde_json::error::Category::Data => {
                format!("{err} (expected an object with a \"text\" string)")
            }
            _ => err.to_string(),
        })
    })?;
    let raw = record.text.ok_or(ErrorKind::MissingText)?;
    if raw.len() > config.max_article_bytes() {
        return Err(ErrorKind::TooLarge {
            limit: config.max_article_bytes(),
        });
    }
    if raw.contains('\0') {
        return Err(ErrorKind::Binary);
    }
    let text = clean_text(&raw);
    if text.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let mut article = Article::from_text(text);
    // A record's own language (`fr`, `en-GB`) is believed; otherwise it is
    // detected from the text.
    let declared = record
        .language
        .as_deref()
        .and_then(|l| l.trim().split(['-', '_']).next())
        .filter(|l| crate::language::is_code(l))
        .map(str::to_ascii_lowercase);
    article.language =
        Some(declared.unwrap_or_else(|| crate::detect_language(&article.text).to_string()));
    article.url = record.url.filter(|u| !u.trim().is_empty());
    article.title = record
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    article.external_id = record.id.and_then(|id| match id {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    });
    if let Some(date) = record
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        article = article.with_date(parse_record_date(date)?, DateSource::Metadata);
    }
    Ok(article)
}

fn parse_record_date(value: &str) -> Result<NaiveDate, ErrorKind> {
    let day = value.get(..10).unwrap_or(value);
    let rest = value.get(10..).unwrap_or("");
    let time_like = rest.is_empty() || rest.starts_with(['T', 't', ' ']);
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(date) if time_like => Ok(date),
        _ => Err(ErrorKind::BadDate(format!(
            "\"date\" is {value:?}; expected YYYY-MM-DD or an RFC 3339 timestamp"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &str, config: &Config) -> Vec<Result<Article, Error>> {
        let mut out = Vec::new();
        read_jsonl("feed.jsonl", input.as_bytes(), config, &mut |r| out.push(r));
        out
    }

    #[test]
    fn full_and_minimal_records() {
        let input = concat!(
            r#"{"id": "a1", "url": "https://news.example.org/a1", "title": " Talks ", "date": "2025-06-02T09:30:00+03:00", "text": "Delegations met."}"#,
            "\n\n",
            r#"{"text": "Only text."}"#,
            "\n"
        );
        let out = read_all(input, &Config::default());
        assert_eq!(out.len(), 2);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.external_id.as_deref(), Some("a1"));
        assert_eq!(a.title.as_deref(), Some("Talks"));
        assert_eq!(a.date.unwrap().to_string(), "2025-06-02");
        assert_eq!(a.date_source, DateSource::Metadata);
        assert_eq!(a.path.as_deref(), Some("feed.jsonl"));
        let b = out[1].as_ref().unwrap();
        assert_eq!(
            (b.text.as_str(), b.date, b.url.as_deref()),
            ("Only text.", None, None)
        );
    }

    #[test]
    fn bad_lines_are_reported_with_their_number_and_the_rest_goes_on() {
        let input = "{\"text\": \"one\"}\n{\"text\": \nnot json\n{\"title\": \"x\"}\n[1]\n{\"text\": \"two\", \"date\": \"22/07/2025\"}\n{\"text\": \"three\"}";
        let out = read_all(input, &Config::default());
        let messages: Vec<String> = out
            .iter()
            .map(|r| match r {
                Ok(a) => format!("ok {}", a.text),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(messages[0], "ok one");
        assert!(
            messages[1].starts_with("feed.jsonl:2: malformed JSON"),
            "{}",
            messages[1]
        );
        assert!(
            messages[2].starts_with("feed.jsonl:3: malformed JSON"),
            "{}",
            messages[2]
        );
        assert_eq!(messages[3], "feed.jsonl:4: record has no \"text\" string");
        assert!(
            messages[4].starts_with("feed.jsonl:5: malformed JSON"),
            "{}",
            messages[4]
        );
        assert!(
            messages[5].starts_with("feed.jsonl:6: invalid date"),
            "{}",
            messages[5]
        );
        assert_eq!(messages[6], "ok three");
        assert_eq!(messages.len(), 7);
    }

    #[test]
    fn oversized_line_is_skipped_without_losing_the_next() {
        let config = Config::default().with_max_article_bytes(8);
        let big = format!("{{\"text\": \"{}\"}}", "x".repeat(200_000));
        let input = format!("{big}\n{{\"text\": \"small\"}}\n");
        let out = read_all(&input, &config);
        assert_eq!(out.len(), 2);
        assert!(
            out[0]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("larger than the limit")
        );
        assert_eq!(out[1].as_ref().unwrap().text, "small");
    }

    #[test]
    fn empty_and_binary_files_are_one_error() {
        for input in ["", "\n  \n\n"] {
            let out = read_all(input, &Config::default());
            assert_eq!(out.len(), 1, "{input:?}");
            assert_eq!(
                out[0].as_ref().unwrap_err().to_string(),
                "feed.jsonl: no article text"
            );
        }
        let mut out = Vec::new();
        let binary = b"{\"text\": \"ok\"}\n\x7fELF\0\x01\n\0\0\n\0\n";
        read_jsonl("feed.jsonl", &binary[..], &Config::default(), &mut |r| {
            out.push(r)
        });
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[1].as_ref().unwrap_err().to_string(),
            "feed.jsonl:2: binary file (contains NUL bytes), not article text"
        );
    }

    #[test]
    fn empty_text_and_numeric_ids() {
        let out = read_all(
            "{\"id\": 7, \"text\": \"  \"}\n{\"id\": 8, \"text\": \"x\"}",
            &Config::default(),
        );
        assert!(matches!(
            out[0].as_ref().unwrap_err().kind,
            ErrorKind::Empty
        ));
        assert_eq!(out[1].as_ref().unwrap().external_id.as_deref(), Some("8"));
    }
}
