//! Ingest: turns what users have (files, folders, stdin, URLs; plain text,
//! JSON Lines, HTML pages, RSS and Atom feeds) into clean [`Article`]s, with
//! their language detected. This is the only crate that reads article files
//! or fetches pages.
//!
//! Reading is split in two steps so a caller can show progress:
//! [`discover`] walks the inputs into a list of [`Source`]s (with sizes), and
//! [`read_source`] streams the articles of one source to a callback, one
//! `Result` per article, so one bad record never stops the rest.
//!
//! ```
//! use storyline_ingest::{Config, parse_text};
//! let article = parse_text("date 2025-07-22\nTalks resume on Wednesday.", None).unwrap();
//! assert_eq!(article.date.unwrap().to_string(), "2025-07-22");
//! assert_eq!(article.text, "Talks resume on Wednesday.");
//! # let _ = Config::default();
//! ```
#![deny(missing_docs)]

mod boilerplate;
mod discover;
mod error;
mod feed;
mod fetch;
mod guard;
mod html;
mod jsonl;
mod language;
mod text;

pub use discover::{Format, Source, SourceLocation, discover};
pub use error::{Error, ErrorKind};
pub use fetch::{Fetched, Page, Validators, fetch, is_url};
pub use html::parse_html;
pub use jsonl::parse_jsonl_record;
pub use language::detect_language;
pub use text::{clean_text, parse_text};

use std::io::Read;
use std::time::Duration;

use storyline_model::Article;

/// Ingest settings. Build with [`Config::default`] and the `with_` methods.
#[derive(Debug, Clone)]
pub struct Config {
    max_article_bytes: usize,
    max_page_bytes: usize,
    timeout: Duration,
    max_redirects: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_article_bytes: Config::DEFAULT_MAX_ARTICLE_BYTES,
            max_page_bytes: Config::DEFAULT_MAX_PAGE_BYTES,
            timeout: Config::DEFAULT_TIMEOUT,
            max_redirects: Config::DEFAULT_MAX_REDIRECTS,
        }
    }
}

impl Config {
    /// Default cap on the size of one article: 5 MiB. Real articles are a
    /// few kilobytes; anything this large is a mistake (a log, a dump).
    pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

    /// Default cap on an HTML page, markup included, before and after
    /// decompression: 20 MiB.
    pub const DEFAULT_MAX_PAGE_BYTES: usize = 20 * 1024 * 1024;

    /// Default time allowed to fetch one URL, from connecting to the last
    /// byte of the body, redirects included: 20 s.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

    /// Default number of redirects followed for one URL: 5.
    pub const DEFAULT_MAX_REDIRECTS: u32 = 5;

    /// The largest HTML page, feed or fetched response accepted, in bytes.
    pub fn max_page_bytes(&self) -> usize {
        self.max_page_bytes
    }

    /// Sets the largest HTML page, feed or fetched response accepted.
    pub fn with_max_page_bytes(mut self, bytes: usize) -> Config {
        self.max_page_bytes = bytes.max(1);
        self
    }

    /// The time allowed to fetch one URL.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Sets the time allowed to fetch one URL (at least a millisecond).
    pub fn with_timeout(mut self, timeout: Duration) -> Config {
        self.timeout = timeout.max(Duration::from_millis(1));
        self
    }

    /// The most redirects followed for one URL.
    pub fn max_redirects(&self) -> u32 {
        self.max_redirects
    }

    /// Sets the most redirects followed for one URL.
    pub fn with_max_redirects(mut self, redirects: u32) -> Config {
        self.max_redirects = redirects;
        self
    }

    /// Sets the largest article accepted, in bytes.
    pub fn with_max_article_bytes(mut self, bytes: usize) -> Config {
        self.max_article_bytes = bytes.max(1);
        self
    }

    /// The largest article accepted, in bytes.
    pub fn max_article_bytes(&self) -> usize {
        self.max_article_bytes
    }
}

/// Reads every article of `source`, handing each result to `sink` in order.
///
/// A plain-text source yields one article; a JSON Lines source yields one per
/// non-blank line. Errors name the source and, for JSON Lines, the line.
pub fn read_source(source: &Source, config: &Config, sink: &mut dyn FnMut(Result<Article, Error>)) {
    let reader: Box<dyn Read> = match &source.location {
        SourceLocation::Stdin => Box::new(std::io::stdin().lock()),
        SourceLocation::File(path) => match std::fs::File::open(path) {
            Ok(file) => Box::new(file),
            Err(err) => return sink(Err(Error::io(source.display(), err))),
        },
        SourceLocation::Url(url) => {
            return match fetch(url, config, None) {
                Ok(Fetched::Page(page)) => read_page(url, &page, config, sink),
                // Without validators a server has no reason to say this.
                Ok(Fetched::NotModified) => {}
                Err(err) => sink(Err(err)),
            };
        }
    };
    read_from(source, reader, config, sink);
}

/// Reads the articles of a fetched page (a page, a feed, text or JSON
/// Lines) requested as `url`. Errors name `url`; each article's `url` is
/// its own link (canonical URL, feed item link), else the URL fetched.
pub fn read_page(
    url: &str,
    page: &Page,
    config: &Config,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    let source = Source {
        location: SourceLocation::Url(url.to_string()),
        format: page.format,
        size: page.body.len() as u64,
    };
    read_from(&source, &page.body[..], config, &mut |item| {
        sink(item.map(|mut article| {
            if article.path.as_deref() == Some(url) {
                article.path = None;
            }
            if article.url.is_none() {
                article.url = Some(page.final_url.clone());
            }
            article
        }))
    });
}

/// Like [`read_source`], reading the bytes from `reader` instead of opening
/// the source. Used for stdin and by tests.
pub fn read_from(
    source: &Source,
    reader: impl Read,
    config: &Config,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    let name = source.display();
    // Gzip-compressed input of any format is inflated as it is read; every
    // reader's cap counts inflated bytes, so a bomb stops at the cap.
    let mut reader = std::io::BufReader::new(reader);
    let mut reader: Box<dyn std::io::BufRead> = match guard::is_gzip(&mut reader) {
        Ok(true) => Box::new(std::io::BufReader::new(flate2::read::GzDecoder::new(
            reader,
        ))),
        Ok(false) => Box::new(reader),
        Err(err) => return sink(Err(Error::io(name, err))),
    };
    let format = match source.format {
        Format::Sniff => match sniff(&mut reader) {
            Ok(format) => format,
            Err(err) => return sink(Err(Error::io(name, err))),
        },
        format => format,
    };
    match format {
        Format::JsonLines => jsonl::read_jsonl(&name, reader, config, sink),
        Format::Html => {
            let limit = config.max_page_bytes();
            let capped = guard::Capped::new(reader, limit);
            sink(html::read_html(&name, capped, config).map_err(|err| guard::page_cap(err, limit)))
        }
        Format::Feed => feed::read_feed(&name, reader, config, sink),
        Format::Text | Format::Sniff => sink(text::read_text(&name, reader, config)),
    }
}

/// Whether markup that starts the input is a feed: `<rss`, `<feed` or
/// `<rdf:RDF` within its first kilobyte.
fn is_feed(buf: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&buf[..buf.len().min(1024)]).to_ascii_lowercase();
    head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
}

/// Decides between JSON Lines, HTML, a feed and text from the first
/// non-blank byte.
fn sniff(reader: &mut impl std::io::BufRead) -> std::io::Result<Format> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(Format::Text);
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                return Ok(match buf[i] {
                    b'{' => Format::JsonLines,
                    b'<' if is_feed(buf) => Format::Feed,
                    b'<' => Format::Html,
                    _ => Format::Text,
                });
            }
            // Whitespace only so far: it is not content, drop it and look further.
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}
