//! HTML pages: the main text and metadata of a saved news page.
//!
//! The page (gzip-compressed or not; any declared charset) goes through
//! rs-trafilatura, which drops navigation, menus, comments and footers and
//! keeps the article's paragraphs, title, publication date and canonical
//! URL. What it lets through that is plainly not article prose (related
//! links, "Advertisement", share prompts, copyright and bylines-with-dates
//! lines) is then removed by the rules of [`crate::boilerplate`].

use std::io::Read;

use storyline_model::{Article, DateSource};

use crate::{Config, Error, ErrorKind};

/// The gzip magic number.
const GZIP: [u8; 2] = [0x1f, 0x8b];

/// Reads one HTML page from `reader` (at most `max_page_bytes`, before and
/// after decompression).
pub(crate) fn read_html(name: &str, reader: impl Read, config: &Config) -> Result<Article, Error> {
    let limit = config.max_page_bytes();
    let bytes = read_capped(reader, limit).map_err(|kind| Error::new(name, kind))?;
    let mut article = parse_html(&bytes, limit).map_err(|kind| Error::new(name, kind))?;
    article.path = Some(name.to_string());
    if article.text.len() > config.max_article_bytes() {
        return Err(Error::new(
            name,
            ErrorKind::TooLarge {
                limit: config.max_article_bytes(),
            },
        ));
    }
    Ok(article)
}

fn read_capped(reader: impl Read, limit: usize) -> Result<Vec<u8>, ErrorKind> {
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ErrorKind::Io)?;
    if bytes.len() > limit {
        return Err(ErrorKind::TooLarge { limit });
    }
    Ok(bytes)
}

/// Extracts the article of an HTML page (gzip-compressed pages are
/// decompressed first, never beyond `limit` bytes: a gzip bomb is an error,
/// not an allocation).
pub fn parse_html(bytes: &[u8], limit: usize) -> Result<Article, ErrorKind> {
    let inflated;
    let bytes = if bytes.starts_with(&GZIP) {
        inflated = read_capped(flate2::read::GzDecoder::new(bytes), limit)?;
        &inflated[..]
    } else {
        bytes
    };
    let result =
        rs_trafilatura::extract_bytes(bytes).map_err(|err| ErrorKind::Html(err.to_string()))?;
    let meta = result.metadata;
    let text = crate::text::clean_text(&crate::boilerplate::strip(
        &result.content_text,
        meta.title.as_deref(),
        meta.author.as_deref(),
    ));
    if text.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let mut article = Article::from_text(text);
    article.language = Some(crate::detect_language(&article.text).to_string());
    article.title = meta.title.filter(|t| !t.trim().is_empty());
    article.url = meta.url.filter(|u| u.starts_with("http"));
    if let Some(date) = meta.date {
        article = article.with_date(date.date_naive(), DateSource::Metadata);
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Talks end without truce | Example News</title>
<link rel="canonical" href="https://news.example.org/world/talks-end">
<meta property="article:published_time" content="2025-09-17T14:05:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<article><h1>Talks end without truce</h1>
<p>Russian and Ukrainian negotiators met in Istanbul on Wednesday for less than two hours and agreed to exchange 84 prisoners of war each, officials from both delegations said after the meeting.</p>
<p>Kyiv again asked for a full and unconditional 30-day ceasefire on land, in the air and at sea, which the Russian side rejected, a senior Ukrainian official told reporters.</p>
<p>Advertisement</p>
<p>Turkish mediators said contacts would continue, but no date was set for another round of direct talks between the two delegations.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Dnipro mourns its dead</a></li><li><a href="/b">EU readies sanctions</a></li></ul></aside>
<footer>© 2025 Example News. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn a_page_gives_its_article_and_metadata() {
        let article = parse_html(PAGE.as_bytes(), 1 << 20).unwrap();
        assert!(
            article
                .text
                .starts_with("Russian and Ukrainian negotiators"),
            "{}",
            article.text
        );
        assert!(article.text.contains("no date was set"));
        for noise in [
            "cookies",
            "Advertisement",
            "Dnipro mourns",
            "All rights reserved",
            "Sport",
        ] {
            assert!(!article.text.contains(noise), "{noise}: {}", article.text);
        }
        assert_eq!(article.date.unwrap().to_string(), "2025-09-17");
        assert_eq!(article.date_source, DateSource::Metadata);
        assert_eq!(
            article.url.as_deref(),
            Some("https://news.example.org/world/talks-end")
        );
        assert!(article.title.unwrap().contains("Talks end without truce"));
    }

    #[test]
    fn gzip_pages_are_read_and_bombs_refused() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(PAGE.as_bytes()).unwrap();
        let packed = gz.finish().unwrap();
        assert!(
            parse_html(&packed, 1 << 20)
                .unwrap()
                .text
                .contains("84 prisoners")
        );
        // A megabyte of zeros packs into a kilobyte; the cap stops it.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 1 << 20]).unwrap();
        let bomb = gz.finish().unwrap();
        assert!(bomb.len() < 4096);
        assert!(matches!(
            parse_html(&bomb, 64 * 1024),
            Err(ErrorKind::TooLarge { .. })
        ));
    }

    #[test]
    fn a_latin1_page_is_decoded_from_its_declared_charset() {
        let head = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><article><p>";
        let body = b"Le ministre fran\xe7ais a d\xe9clar\xe9 mercredi que les n\xe9gociations reprendraient \xe0 Gen\xe8ve la semaine prochaine, selon un communiqu\xe9 publi\xe9 apr\xe8s la r\xe9union des d\xe9l\xe9gations.</p></article></body></html>";
        let page = [&head[..], &body[..]].concat();
        let article = parse_html(&page, 1 << 20).unwrap();
        assert!(
            article.text.contains("français a déclaré"),
            "{}",
            article.text
        );
    }
}
