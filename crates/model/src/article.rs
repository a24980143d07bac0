//! Articles and their content-derived ids.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Content-derived article id: the first 16 hex digits of the SHA-256 of the
/// clean text. The same text always gets the same id, whatever its path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(String);

impl ArticleId {
    /// The id of an article with this clean text.
    pub fn from_text(text: &str) -> ArticleId {
        let digest = Sha256::digest(text.as_bytes());
        let mut hex = String::with_capacity(16);
        for byte in &digest[..8] {
            hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
            hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 15)]));
        }
        ArticleId(hex)
    }

    /// Wraps an id read back from a store. No check is made.
    pub fn from_stored(id: String) -> ArticleId {
        ArticleId(id)
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ArticleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where an article's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A `date YYYY-MM-DD` header line of a plain-text article.
    Header,
    /// A field of a structured record (JSON Lines `date`, feed item date, HTML meta).
    Metadata,
    /// Inferred from other articles during consolidation.
    Inferred,
    /// Not known.
    #[default]
    None,
}

impl DateSource {
    /// The stable lower-case name used in outputs and stores.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Header => "header",
            DateSource::Metadata => "metadata",
            DateSource::Inferred => "inferred",
            DateSource::None => "none",
        }
    }

    /// Parses [`DateSource::as_str`] output; unknown names map to `None`.
    pub fn parse(name: &str) -> DateSource {
        match name {
            "header" => DateSource::Header,
            "metadata" => DateSource::Metadata,
            "inferred" => DateSource::Inferred,
            _ => DateSource::None,
        }
    }
}

/// A news article: clean text and what is known about it.
///
/// Every span produced by extraction is a byte range into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Content-derived id, see [`ArticleId`].
    pub id: ArticleId,
    /// File the article was read from (`-` for stdin), when read from a file.
    pub path: Option<String>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// The id the article had in its source (a JSON Lines `id`), when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Where [`Article::date`] came from.
    pub date_source: DateSource,
    /// Clean article text.
    pub text: String,
    /// Only part of the article is known: a feed item without its full
    /// content, read from its title and summary.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// The language of the text (ISO 639-1 code, or ISO 639-3 where there
    /// is no two-letter one), as detected at ingest; `None` when not
    /// detected, which counts as English. Only English articles are
    /// extracted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Article {
    /// An article with only text; its id derives from the text.
    pub fn from_text(text: String) -> Article {
        Article {
            id: ArticleId::from_text(&text),
            path: None,
            url: None,
            title: None,
            external_id: None,
            date: None,
            date_source: DateSource::None,
            text,
            partial: false,
            language: None,
        }
    }

    /// Whether the article is in English, the only language extraction
    /// reads (an undetected language counts as English).
    pub fn is_english(&self) -> bool {
        self.language.as_deref().is_none_or(|l| l == "en")
    }

    /// Sets the publication date and its source.
    pub fn with_date(mut self, date: NaiveDate, source: DateSource) -> Article {
        self.date = Some(date);
        self.date_source = source;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_depends_on_text_only() {
        let a = Article::from_text("Talks resumed.".into());
        let mut b = Article::from_text("Talks resumed.".into());
        b.path = Some("elsewhere.txt".into());
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, Article::from_text("Talks resumed!".into()).id);
        assert!(a.id.as_str().bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn date_source_round_trips() {
        for source in [
            DateSource::Header,
            DateSource::Metadata,
            DateSource::Inferred,
            DateSource::None,
        ] {
            assert_eq!(DateSource::parse(source.as_str()), source);
        }
    }
}
