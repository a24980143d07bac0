//! `POST /api/articles`: articles sent over HTTP go through the same path
//! as `storyline ingest`: ingest's parsers make the clean `Article`,
//! `storyline_extract::extract` extracts it, the store writes the batch in
//! one transaction and consolidates it.
//!
//! Served only when the server was started with ingest allowed and a
//! token; the request must carry `Authorization: Bearer TOKEN`.

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use storyline_ingest::{Config, parse_html, parse_jsonl_record, parse_text};
use storyline_model::{Article, ArticleId, Extraction};
use storyline_store::{ConsolidateStats, PutOutcome, Store};

use crate::error::{ApiError, AppError};
use crate::state::AppState;

/// A country or organisation code's display name, for story titles (the
/// same lookup the CLI gives consolidation).
pub(crate) fn code_name(code: &str) -> Option<String> {
    let lexicon = storyline_lexicon::lexicon();
    lexicon
        .country(code)
        .map(|c| c.name.clone())
        .or_else(|| lexicon.org(code).map(|o| o.name.clone()))
}

/// What ingest did with one article.
#[derive(Debug, Serialize)]
pub(crate) struct Ingested {
    id: ArticleId,
    outcome: &'static str,
    events: usize,
    quotes: usize,
}

/// The answer to a successful ingest.
#[derive(Debug, Serialize)]
pub(crate) struct IngestReport {
    articles: Vec<Ingested>,
    consolidated: ConsolidateStats,
}

/// Compares in time independent of where the first difference is.
fn same_token(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = given.len() ^ expected.len();
    for (i, b) in expected.iter().enumerate() {
        diff |= usize::from(b ^ given.get(i).copied().unwrap_or(!b));
    }
    diff == 0
}

fn authorise(state: &AppState, headers: &HeaderMap) -> Result<(), AppError> {
    if !state.0.allow_ingest {
        return Err(AppError::Forbidden(
            "ingest is not enabled on this server (start it with --allow-ingest and a token)",
        ));
    }
    let expected = state.0.token.as_deref().unwrap_or_default();
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(token)
            if !expected.is_empty() && same_token(token.as_bytes(), expected.as_bytes()) =>
        {
            Ok(())
        }
        _ => Err(AppError::Unauthorized),
    }
}

/// Why an article was refused, in words safe to send back.
fn reason(kind: &storyline_ingest::ErrorKind) -> String {
    use storyline_ingest::ErrorKind as K;
    match kind {
        K::Empty => "article: no article text".into(),
        K::MissingText => "article: the record has no \"text\" string".into(),
        K::TooLarge { limit } => format!("article: larger than the limit of {limit} bytes"),
        K::MalformedJson(msg) => format!("article: malformed JSON: {msg}"),
        K::BadDate(msg) => format!("article: invalid date: {msg}"),
        K::Binary => "article: binary data, not text".into(),
        K::InvalidUtf8 { .. } => "article: not valid UTF-8".into(),
        K::Html(_) => "article: not a readable HTML page".into(),
        _ => "article: unreadable".into(),
    }
}

/// Parses the body by its content type into clean articles.
pub(crate) fn parse_body(content_type: &str, body: &[u8]) -> Result<Vec<Article>, AppError> {
    let config = Config::default();
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let utf8 =
        || std::str::from_utf8(body).map_err(|_| AppError::BadRequest("body is not UTF-8".into()));
    let bad = |err: storyline_ingest::ErrorKind| AppError::BadRequest(reason(&err));
    match media.as_str() {
        "application/json" => {
            let value: serde_json::Value = serde_json::from_str(utf8()?)
                .map_err(|_| AppError::BadRequest("body is not valid JSON".into()))?;
            let records = match value {
                serde_json::Value::Array(items) => items,
                item => vec![item],
            };
            if records.is_empty() {
                return Err(AppError::BadRequest("no article in the body".into()));
            }
            records
                .iter()
                .map(|record| parse_jsonl_record(&record.to_string(), &config).map_err(bad))
                .collect()
        }
        "application/x-ndjson" | "application/jsonl" | "application/jsonlines" => utf8()?
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| parse_jsonl_record(line, &config).map_err(bad))
            .collect(),
        "text/plain" | "" => Ok(vec![parse_text(utf8()?, None).map_err(bad)?]),
        "text/html" => Ok(vec![
            parse_html(body, config.max_page_bytes()).map_err(bad)?,
        ]),
        _ => Err(AppError::UnsupportedType),
    }
}

/// Extracts, stores in one transaction and consolidates.
pub(crate) fn store_articles(
    store: &mut dyn Store,
    articles: Vec<Article>,
) -> Result<IngestReport, storyline_store::Error> {
    let batch: Vec<Extraction> = articles
        .into_iter()
        .map(|article| {
            let mut extraction = storyline_extract::extract(&article);
            extraction.article = article;
            extraction
        })
        .collect();
    let outcomes = store.put_batch(&batch)?;
    let consolidated = store.consolidate(&code_name)?;
    let articles = batch
        .iter()
        .zip(outcomes)
        .map(|(extraction, outcome)| Ingested {
            id: extraction.article.id.clone(),
            outcome: match outcome {
                PutOutcome::New => "new",
                PutOutcome::AlreadyStored => "already_stored",
            },
            events: extraction.events.len(),
            quotes: extraction.quotes.len(),
        })
        .collect();
    Ok(IngestReport {
        articles,
        consolidated,
    })
}

/// `POST /api/articles`.
pub(crate) async fn post_articles(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    authorise(&state, &headers)?;
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            AppError::BadRequest("unreadable request body".into())
        }
    })?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let articles = parse_body(&content_type, &body)?;
    let report = state
        .write(move |store| store_articles(store, articles).map_err(AppError::from))
        .await?;
    state.0.cache.clear();
    Ok((StatusCode::CREATED, axum::Json(report)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(same_token(b"secret", b"secret"));
        assert!(!same_token(b"secre", b"secret"));
        assert!(!same_token(b"secret!", b"secret"));
        assert!(!same_token(b"", b"secret"));
        assert!(!same_token(b"Secret", b"secret"));
    }

    #[test]
    fn bodies_parse_by_type() {
        let json = br#"{"title": "T", "date": "2025-09-17", "text": "Talks resumed."}"#;
        let articles = parse_body("application/json; charset=utf-8", json).unwrap();
        assert_eq!(articles[0].title.as_deref(), Some("T"));
        let text = b"date 2025-09-17\nTalks resumed.";
        assert_eq!(
            parse_body("text/plain", text).unwrap()[0].text,
            "Talks resumed."
        );
        assert!(matches!(
            parse_body("application/pdf", b"x"),
            Err(AppError::UnsupportedType)
        ));
        assert!(matches!(
            parse_body("application/json", b"{"),
            Err(AppError::BadRequest(_))
        ));
    }
}
