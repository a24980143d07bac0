//! The one error type of ingest: where (file, line) and why.

use std::fmt;

/// Why an input could not be read as an article.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be opened or read.
    Io(std::io::Error),
    /// The file holds binary data (a NUL byte), not text.
    Binary,
    /// The bytes are not UTF-8; `offset` is the first bad byte.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file or record holds no article text.
    Empty,
    /// The article is larger than the configured cap.
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// An HTML page or a feed (after decompression) is larger than the
    /// page cap.
    PageTooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// A JSON Lines record is not valid JSON or not an object.
    MalformedJson(String),
    /// A JSON Lines record lacks the required `text` string.
    MissingText,
    /// A date (header line or record field) is not a valid calendar date.
    BadDate(String),
    /// An HTML page could not be read as one.
    Html(String),
    /// A feed could not be parsed.
    Feed(String),
    /// A URL of another scheme than `http` or `https`.
    UnsupportedScheme(String),
    /// The server answered with an error status.
    HttpStatus {
        /// The status code.
        status: u16,
        /// Its usual reason phrase (`Not Found`), when known.
        reason: String,
    },
    /// No complete answer within the timeout.
    Timeout {
        /// The timeout.
        after: std::time::Duration,
    },
    /// The server redirected more often than allowed.
    TooManyRedirects {
        /// The most redirects followed.
        limit: u32,
    },
    /// The response body is larger than the page cap.
    ResponseTooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// The response is of a type storyline does not read (an image, a PDF).
    UnsupportedContentType(String),
    /// The URL could not be fetched (host not found, connection refused).
    Fetch(String),
}

/// An input that could not be ingested, with the file (and line) it came from.
#[derive(Debug)]
pub struct Error {
    /// File path, or `-` for stdin.
    pub source: String,
    /// 1-based line for JSON Lines records.
    pub line: Option<u64>,
    /// 1-based item for feed items.
    pub item: Option<usize>,
    /// The reason.
    pub kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(source: impl Into<String>, kind: ErrorKind) -> Error {
        Error {
            source: source.into(),
            line: None,
            item: None,
            kind,
        }
    }

    pub(crate) fn io(source: impl Into<String>, err: std::io::Error) -> Error {
        Error::new(source, ErrorKind::Io(err))
    }

    pub(crate) fn at_line(mut self, line: u64) -> Error {
        self.line = Some(line);
        self
    }

    pub(crate) fn at_item(mut self, item: usize) -> Error {
        self.item = Some(item);
        self
    }

    /// The reason alone, without the location.
    pub fn reason(&self) -> String {
        match &self.kind {
            ErrorKind::Io(err) => format!("cannot read: {err}"),
            ErrorKind::Binary => "binary file (contains NUL bytes), not article text".into(),
            ErrorKind::InvalidUtf8 { offset } => {
                format!("not valid UTF-8 (first bad byte at offset {offset})")
            }
            ErrorKind::Empty => "no article text".into(),
            ErrorKind::TooLarge { limit } => {
                format!("article larger than the limit of {limit} bytes (--max-article-bytes)")
            }
            ErrorKind::PageTooLarge { limit } => {
                format!("page larger than the limit of {limit} bytes (--max-page-bytes)")
            }
            ErrorKind::MalformedJson(msg) => format!("malformed JSON: {msg}"),
            ErrorKind::MissingText => "record has no \"text\" string".into(),
            ErrorKind::BadDate(msg) => format!("invalid date: {msg}"),
            ErrorKind::Html(msg) => format!("not a readable HTML page: {msg}"),
            ErrorKind::Feed(msg) => format!("not a readable RSS or Atom feed: {msg}"),
            ErrorKind::UnsupportedScheme(scheme) => {
                format!("unsupported URL scheme \"{scheme}\" (only http and https)")
            }
            ErrorKind::HttpStatus { status, reason } if reason.is_empty() => {
                format!("HTTP status {status}")
            }
            ErrorKind::HttpStatus { status, reason } => format!("HTTP status {status} {reason}"),
            ErrorKind::Timeout { after } => format!(
                "timed out: no complete answer within {} (--timeout)",
                crate::fetch::human(*after)
            ),
            ErrorKind::TooManyRedirects { limit } => {
                format!("too many redirects (more than {limit})")
            }
            ErrorKind::ResponseTooLarge { limit } => {
                format!("response larger than the limit of {limit} bytes (--max-page-bytes)")
            }
            ErrorKind::UnsupportedContentType(media) => {
                format!("unsupported content type {media} (not a page, feed or text)")
            }
            ErrorKind::Fetch(msg) => format!("cannot fetch: {msg}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.item) {
            (Some(line), _) => write!(f, "{}:{}: {}", self.source, line, self.reason()),
            (None, Some(item)) => write!(f, "{}: item {}: {}", self.source, item, self.reason()),
            (None, None) => write!(f, "{}: {}", self.source, self.reason()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(err) => Some(err),
            _ => None,
        }
    }
}
