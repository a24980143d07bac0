//! Ingest: turns what users have (files, folders, stdin; plain text and JSON
//! Lines) into clean [`Article`]s. This is the only crate that reads article
//! files.
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
mod html;
mod jsonl;
mod text;

pub use discover::{Format, Source, SourceLocation, discover};
pub use error::{Error, ErrorKind};
pub use html::parse_html;
pub use jsonl::parse_jsonl_record;
pub use text::{clean_text, parse_text};

use std::io::Read;

use storyline_model::Article;

/// Ingest settings. Build with [`Config::default`] and the `with_` methods.
#[derive(Debug, Clone)]
pub struct Config {
    max_article_bytes: usize,
    max_page_bytes: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_article_bytes: Config::DEFAULT_MAX_ARTICLE_BYTES,
            max_page_bytes: Config::DEFAULT_MAX_PAGE_BYTES,
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

    /// The largest HTML page accepted, in bytes.
    pub fn max_page_bytes(&self) -> usize {
        self.max_page_bytes
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
    };
    read_from(source, reader, config, sink);
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
    match source.format {
        Format::Text => sink(text::read_text(&name, reader, config)),
        Format::JsonLines => jsonl::read_jsonl(&name, reader, config, sink),
        Format::Html => sink(html::read_html(&name, reader, config)),
        Format::Feed => feed::read_feed(&name, reader, config, sink),
        Format::Sniff => {
            let mut reader = std::io::BufReader::new(reader);
            match sniff(&mut reader) {
                Ok(Format::JsonLines) => jsonl::read_jsonl(&name, reader, config, sink),
                Ok(Format::Html) => sink(html::read_html(&name, reader, config)),
                Ok(Format::Feed) => feed::read_feed(&name, reader, config, sink),
                Ok(_) => sink(text::read_text(&name, reader, config)),
                Err(err) => sink(Err(Error::io(name, err))),
            }
        }
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
