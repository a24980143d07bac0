//! RSS and Atom feeds: each item becomes an article.
//!
//! An item with its full content (`content:encoded`, Atom `content`) gives
//! that content as text. An item with only a title and a summary gives
//! those, and the article is marked [`Article::partial`]. The item's date
//! (published, else updated), link and id come along. A feed that declares
//! XML entities is refused before parsing ([`crate::guard`]): the parser
//! would not expand them, and a feed never needs them.

use std::io::Read;

use feed_rs::model::Entry;
use storyline_model::{Article, DateSource};

use crate::{Config, Error, ErrorKind};

/// Shortest full content (chars) taken as the article rather than a teaser.
const MIN_CONTENT: usize = 200;

/// Reads every item of the feed in `reader`.
pub(crate) fn read_feed(
    name: &str,
    reader: impl Read,
    config: &Config,
    sink: &mut dyn FnMut(Result<Article, Error>),
) {
    let limit = config.max_page_bytes();
    let mut bytes = Vec::new();
    if let Err(err) = reader.take(limit as u64 + 1).read_to_end(&mut bytes) {
        return sink(Err(Error::io(name, err)));
    }
    if bytes.len() > limit {
        return sink(Err(Error::new(name, ErrorKind::PageTooLarge { limit })));
    }
    if let Err(kind) = crate::guard::xml(&bytes) {
        return sink(Err(Error::new(name, kind)));
    }
    let feed = match feed_rs::parser::parse(&bytes[..]) {
        Ok(feed) => feed,
        Err(err) => return sink(Err(Error::new(name, ErrorKind::Feed(err.to_string())))),
    };
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let result = item_article(entry, config)
            .map(|mut article| {
                article.path = Some(name.to_string());
                article
            })
            .map_err(|kind| Error::new(name, kind).at_item(i + 1));
        sink(result);
    }
}

/// The article of one feed item.
fn item_article(entry: Entry, config: &Config) -> Result<Article, ErrorKind> {
    let title = entry
        .title
        .as_ref()
        .map(|t| fragment_text(&t.content))
        .filter(|t| !t.is_empty());
    let full = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(fragment_text)
        .filter(|t| t.chars().count() >= MIN_CONTENT);
    let (text, partial) = match full {
        Some(text) => (text, false),
        None => {
            let summary = entry
                .summary
                .as_ref()
                .map(|s| fragment_text(&s.content))
                .unwrap_or_default();
            let parts: Vec<&str> = [title.as_deref().unwrap_or(""), summary.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            (parts.join("\n\n"), true)
        }
    };
    let text = crate::text::clean_text(&text);
    if text.is_empty() {
        return Err(ErrorKind::Empty);
    }
    if text.len() > config.max_article_bytes() {
        return Err(ErrorKind::TooLarge {
            limit: config.max_article_bytes(),
        });
    }
    let mut article = Article::from_text(text);
    article.language = Some(crate::detect_language(&article.text).to_string());
    article.partial = partial;
    article.title = title;
    article.external_id = Some(entry.id).filter(|id| !id.is_empty());
    article.url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    if let Some(date) = entry.published.or(entry.updated) {
        article = article.with_date(date.date_naive(), DateSource::Metadata);
    }
    Ok(article)
}

/// Plain text of an HTML fragment: block ends become paragraph breaks,
/// other tags go, entities are decoded.
pub(crate) fn fragment_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            // A lone '<' is text.
            out.push_str(&decode_entities(&rest[lt..]));
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(
            name.as_str(),
            "p" | "br"
                | "div"
                | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "blockquote"
                | "tr"
        ) {
            out.push_str("\n\n");
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(&decode_entities(rest));
    // Collapse the runs of blank lines and spaces the tags left.
    let paragraphs: Vec<String> = out
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    paragraphs.join("\n\n")
}

/// Decodes the named entities news feeds use and numeric ones.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
        ("quot", "\""),
        ("apos", "'"),
        ("nbsp", " "),
        ("rsquo", "’"),
        ("lsquo", "‘"),
        ("rdquo", "”"),
        ("ldquo", "“"),
        ("mdash", "—"),
        ("ndash", "–"),
        ("hellip", "…"),
        ("eacute", "é"),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let name = &after[..semi];
            let value = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                code.and_then(char::from_u32).map(String::from)
            } else {
                NAMED
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            };
            value.map(|v| (v, semi))
        });
        match decoded {
            Some((value, semi)) => {
                out.push_str(&value);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(xml: &str) -> Vec<Result<Article, Error>> {
        let mut out = Vec::new();
        read_feed("feed.xml", xml.as_bytes(), &Config::default(), &mut |r| {
            out.push(r)
        });
        out
    }

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example World</title><link>https://news.example.org/</link>
<item><title>Talks end without truce</title><link>https://news.example.org/a1</link>
<guid>a1</guid><pubDate>Wed, 17 Sep 2025 14:05:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Russian and Ukrainian negotiators met in Istanbul on Wednesday for less than two hours and agreed to exchange 84 prisoners of war each, officials said.</p><p>Kyiv asked for a 30-day ceasefire, which Moscow rejected &amp; Turkey said contacts would continue.</p>]]></content:encoded>
</item>
<item><title>EU readies sanctions</title><link>https://news.example.org/a2</link>
<guid>a2</guid><pubDate>Tue, 16 Sep 2025 09:00:00 GMT</pubDate>
<description>The EU warned Russia it would adopt new sanctions if the talks failed.</description>
</item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_articles_full_or_partial() {
        let items: Vec<Article> = read(RSS).into_iter().map(Result::unwrap).collect();
        assert_eq!(items.len(), 2);
        let full = &items[0];
        assert!(!full.partial);
        assert!(
            full.text.starts_with("Russian and Ukrainian negotiators"),
            "{}",
            full.text
        );
        assert!(full.text.contains("\n\nKyiv asked"), "{}", full.text);
        assert!(full.text.contains("rejected & Turkey"));
        assert_eq!(full.date.unwrap().to_string(), "2025-09-17");
        assert_eq!(full.url.as_deref(), Some("https://news.example.org/a1"));
        assert_eq!(full.external_id.as_deref(), Some("a1"));
        let partial = &items[1];
        assert!(partial.partial);
        assert_eq!(
            partial.text,
            "EU readies sanctions\n\nThe EU warned Russia it would adopt new sanctions if the talks failed."
        );
        assert_eq!(partial.date.unwrap().to_string(), "2025-09-16");
    }

    #[test]
    fn atom_entries_become_articles() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2025-07-17T10:00:00Z</updated>
<entry><title>Corridor agreed</title><id>urn:wire:1</id><link href="https://wire.example.org/1"/>
<published>2025-07-17T09:00:00Z</published><updated>2025-07-17T10:00:00Z</updated>
<summary>The army and the RSF agreed in Jeddah on a humanitarian corridor to El Fasher, mediators said.</summary></entry>
</feed>"#;
        let items: Vec<Article> = read(atom).into_iter().map(Result::unwrap).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0].partial);
        assert_eq!(items[0].date.unwrap().to_string(), "2025-07-17");
        assert_eq!(items[0].url.as_deref(), Some("https://wire.example.org/1"));
    }

    #[test]
    fn malformed_feeds_and_entity_bombs_are_clear_errors() {
        let broken = read("<rss><channel><item><title>Unclosed");
        assert_eq!(broken.len(), 1);
        assert!(broken[0].as_ref().is_err());
        let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>x</title><item><title>&lol3;</title><description>&lol3;</description></item></channel></rss>"#;
        // Whatever the parser makes of it, nothing is expanded a thousandfold.
        for article in read(bomb).into_iter().flatten() {
            assert!(article.text.len() < 1000, "{}", article.text.len());
        }
    }

    #[test]
    fn fragments_lose_their_tags_and_keep_paragraphs() {
        assert_eq!(
            fragment_text("<p>One &amp; two</p><p>Three<br>four &#8217;s</p> a < b"),
            "One & two\n\nThree\n\nfour ’s\n\na < b"
        );
    }
}
