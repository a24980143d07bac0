//! HTML pages: the main text and metadata of a saved news page.
//!
//! The page (gzip-compressed or not; any declared charset) goes through
//! rs-trafilatura, which drops navigation, menus, comments and footers and
//! keeps the article's paragraphs, title, publication date and canonical
//! URL; its page profile is fixed for news ([`options`]) and the page's own
//! paragraphs win over a much longer JSON-LD `articleBody` ([`extract`]).
//! What it lets through that is plainly not article prose (related links,
//! teasers, "Advertisement", share prompts, copyright and bylines-with-dates
//! lines) is then removed by the rules of [`crate::boilerplate`], which also
//! read the link texts of the extractor's HTML.

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

/// rs-trafilatura's options for news pages.
///
/// The page type is fixed rather than guessed: its classifier takes some
/// news pages for forums (then comments count as content) or listings, and
/// its article profile merges the best-scoring sections of a page when the
/// article is short, which on news pages adds the teasers of other stories.
/// The "category" profile is the article profile without that merge.
fn options() -> rs_trafilatura::Options {
    rs_trafilatura::Options {
        page_type: Some(rs_trafilatura::page_type::PageType::Category),
        ..rs_trafilatura::Options::default()
    }
}

/// Shortest text (chars) of the page's own paragraphs preferred to a JSON-LD
/// `articleBody`.
const DOM_ARTICLE: usize = 1500;

/// The key under which a page's JSON-LD gives its article text, and the
/// same key spoilt (same length) so that the extractor does not find it.
const ARTICLE_BODY: (&[u8], &[u8]) = (b"\"articleBody\"", b"\"articleBod_\"");

/// Runs rs-trafilatura. It replaces what it found in the page by the JSON-LD
/// `articleBody` when that is twice as long; but that text has lost its
/// paragraphs, and when it is so much longer than a real article on the
/// page it is most often several versions of the story run together (live
/// pages): so when the page's own text was an article, it is extracted
/// again without the JSON-LD text.
fn extract(bytes: &[u8]) -> Result<rs_trafilatura::ExtractResult, ErrorKind> {
    let run = |bytes: &[u8]| {
        rs_trafilatura::extract_bytes_with_options(bytes, &options())
            .map_err(|err| ErrorKind::Html(err.to_string()))
    };
    let result = run(bytes)?;
    let dom_chars = result.warnings.iter().find_map(|w| {
        w.strip_prefix("Using JSON-LD content: ")?
            .split_once("(DOM was ")?
            .1
            .split_once(' ')?
            .0
            .parse::<usize>()
            .ok()
    });
    if dom_chars.is_some_and(|n| n >= DOM_ARTICLE) {
        let (key, spoilt) = ARTICLE_BODY;
        let mut page = Vec::with_capacity(bytes.len());
        let mut rest = bytes;
        while let Some(at) = rest.windows(key.len()).position(|w| w == key) {
            page.extend_from_slice(&rest[..at]);
            page.extend_from_slice(spoilt);
            rest = &rest[at + key.len()..];
        }
        page.extend_from_slice(rest);
        return run(&page);
    }
    Ok(result)
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
    crate::guard::html(bytes)?;
    let result = extract(bytes)?;
    let meta = result.metadata;
    let text = crate::text::clean_text(&crate::boilerplate::strip(
        &result.content_text,
        meta.title.as_deref(),
        meta.author.as_deref(),
        &crate::boilerplate::Links::from_html(result.content_html.as_deref().unwrap_or_default()),
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

    #[test]
    fn a_windows_1251_page_is_decoded_from_its_http_equiv_charset() {
        let head = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>News</title></head><body><article>";
        let sentence: &[u8] = b"\xc4\xe5\xeb\xe5\xe3\xe0\xf6\xe8\xe8\x20\xd0\xee\xf1\xf1\xe8\xe8\x20\xe8\x20\xd3\xea\xf0\xe0\xe8\xed\xfb\x20\xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xe8\xf1\xfc\x20\xe2\x20\xd1\xf2\xe0\xec\xe1\xf3\xeb\xe5\x20\xe2\x20\xef\xee\xed\xe5\xe4\xe5\xeb\xfc\xed\xe8\xea\x2c\x20\xf1\xee\xee\xe1\xf9\xe8\xeb\xe8\x20\xee\xf4\xe8\xf6\xe8\xe0\xeb\xfc\xed\xfb\xe5\x20\xeb\xe8\xf6\xe0\x20\xef\xee\xf1\xeb\xe5\x20\xe7\xe0\xe2\xe5\xf0\xf8\xe5\xed\xe8\xff\x20\xef\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xee\xe2\x2e";
        let mut page = head.to_vec();
        for _ in 0..3 {
            page.extend_from_slice(b"<p>");
            page.extend_from_slice(sentence);
            page.extend_from_slice(b"</p>");
        }
        page.extend_from_slice(b"</article></body></html>");
        let article = parse_html(&page, 1 << 20).unwrap();
        assert!(
            article
                .text
                .contains("Делегации России и Украины встретились в Стамбуле"),
            "{}",
            article.text
        );
    }

    #[test]
    fn the_pages_paragraphs_are_preferred_to_a_much_longer_json_ld_body() {
        let paragraph = "Negotiators met in Istanbul on Wednesday for less than two hours and agreed to exchange prisoners of war, officials from both delegations said after the meeting ended.";
        let paragraphs: String = (0..10)
            .map(|i| format!("<p>{i}. {paragraph}</p>"))
            .collect();
        let body = (0..30)
            .map(|i| format!("{i}. {paragraph}"))
            .collect::<String>();
        let page = format!(
            r#"<html><head><title>Talks</title><script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks","articleBody":"{body}"}}</script></head><body><article><h1>Talks</h1>{paragraphs}</article></body></html>"#
        );
        let article = parse_html(page.as_bytes(), 1 << 20).unwrap();
        assert!(article.text.contains("9. Negotiators"), "{}", article.text);
        assert!(
            !article.text.contains("29. Negotiators"),
            "{}",
            article.text
        );
        assert!(
            article
                .text
                .contains("said after the meeting ended.\n\n1. ")
        );
    }
}
