//! Web pages and feeds by URL: one blocking HTTP(S) GET (ureq, rustls) under
//! the limits of [`Config`], then the same readers as files.
//!
//! Limits: a timeout for the whole exchange (connection, redirects, body),
//! at most [`Config::max_redirects`] redirects, only `http` and `https`,
//! and a body of at most [`Config::max_page_bytes`], counted after gzip is
//! undone, so a compressed bomb stops at the cap. The reader is chosen
//! from the Content-Type, then the URL's extension, then the first bytes;
//! images, audio, video and other binary types are refused by name.

use std::io::Read;
use std::time::Duration;

use sha2::{Digest, Sha256};
use ureq::ResponseExt;

use crate::{Config, Error, ErrorKind, Format};

/// What a server said about a URL, to ask next time only for a change
/// (conditional GET: `If-None-Match`, `If-Modified-Since`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}

/// A fetched body and what it is.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL after redirects.
    pub final_url: String,
    /// The reader it goes to.
    pub format: Format,
    /// The body, decompressed.
    pub body: Vec<u8>,
    /// The validators the server sent, for the next conditional GET.
    pub validators: Validators,
}

impl Page {
    /// SHA-256 of the body in hex: an unchanged body is recognised even
    /// from a server that sends no validators.
    pub fn body_hash(&self) -> String {
        Sha256::digest(&self.body)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// The answer to a GET.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// A body to read.
    Page(Page),
    /// `304 Not Modified`: nothing changed since the validators given.
    NotModified,
}

/// Whether an input names a URL (`scheme://…`) rather than a path.
pub fn is_url(input: &str) -> bool {
    match input.split_once("://") {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        }
        None => false,
    }
}

/// GETs `url` under the limits of `config`; with `validators`, asks only
/// for a change. Every error names the URL.
pub fn fetch(
    url: &str,
    config: &Config,
    validators: Option<&Validators>,
) -> Result<Fetched, Error> {
    fetch_inner(url, config, validators).map_err(|kind| Error::new(url, kind))
}

fn fetch_inner(
    url: &str,
    config: &Config,
    validators: Option<&Validators>,
) -> Result<Fetched, ErrorKind> {
    let scheme = url.split_once("://").map_or("", |(s, _)| s);
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(ErrorKind::UnsupportedScheme(scheme.to_string()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(config.timeout()))
        .max_redirects(config.max_redirects())
        .max_redirects_will_error(true)
        .http_status_as_error(false)
        .user_agent(concat!("storyline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut request = agent.get(url);
    if let Some(v) = validators {
        if let Some(etag) = &v.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(modified) = &v.last_modified {
            request = request.header("If-Modified-Since", modified);
        }
    }
    let timeout = config.timeout();
    let mut response = request.call().map_err(|err| from_ureq(err, config))?;
    let status = response.status();
    if status == ureq::http::StatusCode::NOT_MODIFIED && validators.is_some() {
        return Ok(Fetched::NotModified);
    }
    if !status.is_success() {
        return Err(ErrorKind::HttpStatus {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("").to_string(),
        });
    }
    let final_url = response.get_uri().to_string();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let content_type = header("content-type");
    let limit = config.max_page_bytes();
    let body_mut = response.body_mut();
    if body_mut.content_length().is_some_and(|n| n > limit as u64) {
        return Err(ErrorKind::ResponseTooLarge { limit });
    }
    let format = match content_type.as_deref() {
        Some(ct) => format_of(ct, &final_url)?,
        None => by_extension(&final_url),
    };
    // ureq undoes gzip; `take` counts the decompressed bytes.
    let mut body = Vec::new();
    let read = body_mut
        .with_config()
        .limit(u64::MAX)
        .reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body);
    if let Err(err) = read {
        let err = ureq::Error::from(err);
        return Err(match err {
            ureq::Error::Timeout(_) => ErrorKind::Timeout { after: timeout },
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                ErrorKind::Timeout { after: timeout }
            }
            other => ErrorKind::Fetch(other.to_string()),
        });
    }
    if body.len() > limit {
        return Err(ErrorKind::ResponseTooLarge { limit });
    }
    Ok(Fetched::Page(Page {
        final_url,
        format,
        body,
        validators,
    }))
}

fn from_ureq(err: ureq::Error, config: &Config) -> ErrorKind {
    match err {
        ureq::Error::Timeout(_) => ErrorKind::Timeout {
            after: config.timeout(),
        },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => ErrorKind::Timeout {
            after: config.timeout(),
        },
        ureq::Error::TooManyRedirects => ErrorKind::TooManyRedirects {
            limit: config.max_redirects(),
        },
        ureq::Error::BodyExceedsLimit(_) => ErrorKind::ResponseTooLarge {
            limit: config.max_page_bytes(),
        },
        ureq::Error::BadUri(msg) => ErrorKind::Fetch(format!("bad URL: {msg}")),
        ureq::Error::HostNotFound => ErrorKind::Fetch("host not found".into()),
        ureq::Error::ConnectionFailed => ErrorKind::Fetch("connection failed".into()),
        ureq::Error::Io(io) => ErrorKind::Fetch(io.to_string()),
        other => ErrorKind::Fetch(other.to_string()),
    }
}

/// The reader for a response of this Content-Type from this URL.
fn format_of(content_type: &str, url: &str) -> Result<Format, ErrorKind> {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let by_url = by_extension(url);
    Ok(match media.as_str() {
        "text/html" | "application/xhtml+xml" => Format::Html,
        "application/rss+xml" | "application/atom+xml" | "application/rdf+xml" => Format::Feed,
        // Generic XML is a feed when it is anything storyline reads.
        "application/xml" | "text/xml" => Format::Feed,
        "application/x-ndjson"
        | "application/jsonl"
        | "application/jsonlines"
        | "application/json" => Format::JsonLines,
        "text/plain" => match by_url {
            Format::Sniff => Format::Text,
            known => known,
        },
        "" | "application/octet-stream" | "binary/octet-stream" => by_url,
        "application/gzip" | "application/x-gzip" => by_url,
        other if other.starts_with("text/") => by_url,
        other => return Err(ErrorKind::UnsupportedContentType(other.to_string())),
    })
}

/// The reader a URL's path suggests (`.html`, `.rss`, `.jsonl`, `.txt`), or
/// [`Format::Sniff`] when it says nothing.
fn by_extension(url: &str) -> Format {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    match path.split_once('/') {
        Some((_, path)) if !path.is_empty() => {
            Format::from_path(std::path::Path::new(path)).unwrap_or(Format::Sniff)
        }
        _ => Format::Sniff,
    }
}

/// A duration as people write it in messages: `20 s`, `1.5 s`, `250 ms`.
pub(crate) fn human(duration: Duration) -> String {
    if duration < Duration::from_secs(1) {
        format!("{} ms", duration.as_millis())
    } else if duration.subsec_millis() == 0 {
        format!("{} s", duration.as_secs())
    } else {
        format!("{:.1} s", duration.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        assert!(is_url("https://news.example.org/a.html"));
        assert!(is_url("http://127.0.0.1:8080/feed"));
        assert!(is_url("ftp://example.org/x"));
        assert!(!is_url("articles/a.txt"));
        assert!(!is_url("-"));
        assert!(!is_url("odd name://x"));
    }

    #[test]
    fn content_type_decides_then_extension_then_sniffing() {
        let f = |ct, url| format_of(ct, url).unwrap();
        assert_eq!(
            f("text/html; charset=utf-8", "http://h/x.rss"),
            Format::Html
        );
        assert_eq!(f("application/rss+xml", "http://h/feed"), Format::Feed);
        assert_eq!(f("application/x-ndjson", "http://h/a"), Format::JsonLines);
        assert_eq!(f("text/plain", "http://h/a.jsonl"), Format::JsonLines);
        assert_eq!(f("text/plain", "http://h/a"), Format::Text);
        assert_eq!(
            f("application/octet-stream", "http://h/a.atom"),
            Format::Feed
        );
        assert_eq!(
            f("application/octet-stream", "http://h/a?x=1"),
            Format::Sniff
        );
        assert_eq!(f("", "http://h"), Format::Sniff);
        assert_eq!(
            by_extension("http://h/p/story.html?utm=1#top"),
            Format::Html
        );
        assert_eq!(by_extension("http://h.example.org"), Format::Sniff);
    }

    #[test]
    fn images_and_other_binary_types_are_refused_by_name() {
        for ct in ["image/png", "application/pdf", "video/mp4"] {
            match format_of(ct, "http://h/a.html") {
                Err(ErrorKind::UnsupportedContentType(t)) => assert_eq!(t, ct),
                other => panic!("{ct}: {other:?}"),
            }
        }
    }

    #[test]
    fn other_schemes_are_refused_before_any_connection() {
        let err = fetch("ftp://example.org/a.txt", &Config::default(), None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ftp://example.org/a.txt: unsupported URL scheme \"ftp\" (only http and https)"
        );
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human(Duration::from_secs(20)), "20 s");
        assert_eq!(human(Duration::from_millis(1500)), "1.5 s");
        assert_eq!(human(Duration::from_millis(300)), "300 ms");
    }
}
