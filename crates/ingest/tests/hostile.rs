//! Hostile input, generated here: every reader gives a clear error naming
//! the file and the reason, or a safe partial result; never a panic, a
//! stack overflow or a hang. Also replays the inputs the fuzz targets
//! (`fuzz/`) once crashed on, from `fuzz/regressions/TARGET/`.

use std::io::Write;

use storyline_ingest::{Config, Error, Format, Source, SourceLocation, read_from};
use storyline_model::Article;

/// Reads `bytes` as a file `name` of `format` with the default limits.
fn read(name: &str, format: Format, bytes: &[u8]) -> Vec<Result<Article, Error>> {
    read_with(name, format, bytes, &Config::default())
}

fn read_with(
    name: &str,
    format: Format,
    bytes: &[u8],
    config: &Config,
) -> Vec<Result<Article, Error>> {
    let source = Source {
        location: SourceLocation::File(name.into()),
        format,
        size: bytes.len() as u64,
    };
    let mut out = Vec::new();
    read_from(&source, bytes, config, &mut |r| out.push(r));
    out
}

/// The one error `bytes` gives, as printed.
#[track_caller]
fn one_error(name: &str, format: Format, bytes: &[u8]) -> String {
    let out = read(name, format, bytes);
    assert_eq!(out.len(), 1, "{name}: {} results", out.len());
    match &out[0] {
        Err(err) => err.to_string(),
        Ok(article) => panic!("{name}: read as an article: {:?}", article.text),
    }
}

/// Deterministic pseudo-random bytes (binary garbage).
fn garbage(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 56) as u8
        })
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// The classic "billion laughs": ten levels of tenfold entities.
fn laughs() -> String {
    let mut dtd = String::from("<!ENTITY lol0 \"lol\">\n");
    for level in 1..10 {
        let refs = format!("&lol{};", level - 1).repeat(10);
        dtd.push_str(&format!("<!ENTITY lol{level} \"{refs}\">\n"));
    }
    dtd
}

#[test]
fn entity_bombs_and_external_entities_in_feeds_are_refused() {
    let rss = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n{}]>\n<rss version=\"2.0\"><channel><title>x</title>\
         <item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>",
        laughs()
    );
    let atom = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n{}]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>x</title><id>x</id><entry><id>e</id><title>&lol9;</title><summary>&lol9;</summary></entry></feed>",
        laughs()
    );
    let external = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n\
         <rss version=\"2.0\"><channel><title>x</title><item><title>Leak</title>\
         <description>&xxe;</description></item></channel></rss>";
    for (name, xml) in [
        ("bomb.rss", rss.as_str()),
        ("bomb.atom", atom.as_str()),
        ("xxe.xml", external),
    ] {
        let message = one_error(name, Format::Feed, xml.as_bytes());
        assert!(
            message.starts_with(&format!(
                "{name}: not a readable RSS or Atom feed: the feed declares XML entities"
            )),
            "{message}"
        );
    }
    // Sniffed from stdin, the same.
    assert!(one_error("-", Format::Sniff, rss.as_bytes()).contains("<!ENTITY>"));
}

#[test]
fn deeply_nested_html_is_refused_without_touching_the_stack() {
    let deep = format!(
        "<html><body>{}<p>Deep.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let unclosed = format!("<html><body>{}<p>Deep.</p>", "<b><i>".repeat(25_000));
    // A thread with a small stack, as a server's blocking pool has: the
    // guard refuses before the parser recurses.
    let messages = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            [("deep.html", deep), ("unclosed.htm", unclosed)]
                .map(|(name, page)| one_error(name, Format::Html, page.as_bytes()))
        })
        .unwrap()
        .join()
        .unwrap();
    for (name, message) in ["deep.html", "unclosed.htm"].iter().zip(&messages) {
        assert_eq!(
            message,
            &format!(
                "{name}: not a readable HTML page: markup nested more than 512 elements deep \
                 (refused: it would take the parser too long or overflow its stack)"
            )
        );
    }
}

#[test]
fn nesting_just_under_the_limit_is_read_on_a_small_stack() {
    let page = format!(
        "<html><body>{}<p>Negotiators met in Istanbul on Wednesday and agreed to exchange prisoners.</p>{}</body></html>",
        "<div>".repeat(500),
        "</div>".repeat(500)
    );
    let text = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || read("near.html", Format::Html, page.as_bytes()))
        .unwrap()
        .join()
        .unwrap()
        .pop()
        .unwrap()
        .unwrap()
        .text;
    assert!(text.contains("agreed to exchange prisoners"), "{text}");
}

#[test]
fn pages_over_the_size_limit_and_gzip_bombs_are_refused() {
    let limit = Config::DEFAULT_MAX_PAGE_BYTES;
    let para = "<p>Russian and Ukrainian negotiators met in Istanbul on Wednesday.</p>\n";
    let huge = format!(
        "<html><body>{}</body></html>",
        para.repeat(limit / para.len() + 1)
    );
    assert!(huge.len() > limit);
    let expected =
        format!("huge.html: page larger than the limit of {limit} bytes (--max-page-bytes)");
    assert_eq!(
        one_error("huge.html", Format::Html, huge.as_bytes()),
        expected
    );
    // 21 MiB of one byte packs into about 21 KB; it inflates up to the cap
    // only, whatever the reader.
    let bomb = gzip(&vec![b'<'; limit + (1 << 20)]);
    assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
    assert_eq!(
        one_error("bomb.html.gz", Format::Html, &bomb),
        format!("bomb.html.gz: page larger than the limit of {limit} bytes (--max-page-bytes)")
    );
    assert_eq!(
        one_error("bomb.xml.gz", Format::Feed, &bomb),
        format!("bomb.xml.gz: page larger than the limit of {limit} bytes (--max-page-bytes)")
    );
    let article_limit = Config::DEFAULT_MAX_ARTICLE_BYTES;
    assert_eq!(
        one_error("bomb.txt.gz", Format::Text, &bomb),
        format!(
            "bomb.txt.gz: article larger than the limit of {article_limit} bytes (--max-article-bytes)"
        )
    );
    let jsonl = one_error("bomb.jsonl.gz", Format::JsonLines, &bomb);
    assert!(
        jsonl.starts_with("bomb.jsonl.gz:1: article larger than the limit"),
        "{jsonl}"
    );
    // A compressed feed that is fine is read.
    let feed = gzip(b"<rss version=\"2.0\"><channel><title>W</title><item><title>Talks</title><description>Negotiators met in Istanbul.</description></item></channel></rss>");
    let items = read("ok.xml.gz", Format::Feed, &feed);
    assert_eq!(
        items[0].as_ref().unwrap().text,
        "Talks\n\nNegotiators met in Istanbul."
    );
}

#[test]
fn truncated_and_malformed_markup_gives_articles_or_errors() {
    let page = "<!doctype html><html><head><title>Talks end</title></head><body><article>\
        <p>Russian and Ukrainian negotiators met in Istanbul on Wednesday for less than two hours \
        and agreed to exchange 84 prisoners of war each, officials said.</p>\
        <p>Kyiv again asked for a full ceasefire, which the Russian side rejected.</p></article></body></html>";
    let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>\
        <item><title>Talks end</title><link>https://example.org/a</link>\
        <description>Negotiators met in Istanbul &amp; agreed to exchange prisoners.</description></item>\
        </channel></rss>";
    let mut articles = 0;
    for (name, format, whole) in [
        ("cut.html", Format::Html, page),
        ("cut.rss", Format::Feed, feed),
    ] {
        for cut in (1..whole.len()).step_by(23) {
            for result in read(name, format, &whole.as_bytes()[..cut]) {
                match result {
                    Ok(article) => {
                        assert!(!article.text.is_empty());
                        articles += 1;
                    }
                    Err(err) => assert!(err.to_string().starts_with(name), "{err}"),
                }
            }
        }
    }
    assert!(articles > 0, "truncated pages still give what they hold");
    for (name, format, bytes) in [
        (
            "tags.html",
            Format::Html,
            "<<<>>></p></div><div <a href='".as_bytes(),
        ),
        (
            "tags.xml",
            Format::Feed,
            b"<rss><channel><item><title>Unclosed</item></rss>",
        ),
        (
            "cdata.xml",
            Format::Feed,
            b"<rss><channel><item><![CDATA[never ends",
        ),
        (
            "amp.xml",
            Format::Feed,
            b"<rss><channel><item><title>&#xFFFFFFFF; &#0; &bogus;</title></item></channel></rss>",
        ),
    ] {
        for result in read(name, format, bytes) {
            if let Err(err) = result {
                assert!(err.to_string().starts_with(name), "{err}");
            }
        }
    }
}

#[test]
fn binary_garbage_under_article_names_is_one_clear_error() {
    let junk = garbage(64 * 1024, 7);
    assert_eq!(
        one_error("photo.html", Format::Html, &junk),
        "photo.html: binary file (contains NUL bytes), not article text"
    );
    assert_eq!(
        one_error("photo.txt", Format::Text, &junk),
        "photo.txt: binary file (contains NUL bytes), not article text"
    );
    // Lines before the first NUL byte are bad records; the NUL ends the file.
    let jsonl = read("photo.jsonl", Format::JsonLines, &junk);
    assert!(jsonl.len() < 10, "{} errors", jsonl.len());
    let messages: Vec<String> = jsonl
        .iter()
        .map(|r| r.as_ref().unwrap_err().to_string())
        .collect();
    assert!(
        messages.iter().all(|m| m.starts_with("photo.jsonl:")),
        "{messages:?}"
    );
    assert!(
        messages
            .last()
            .unwrap()
            .ends_with(": binary file (contains NUL bytes), not article text"),
        "{messages:?}"
    );
    let feed = one_error("photo.xml", Format::Feed, &junk);
    assert!(
        feed.starts_with("photo.xml: not a readable RSS or Atom feed"),
        "{feed}"
    );
    // A gzip file that is no page: garbage after inflating.
    let packed = gzip(&junk);
    assert_eq!(
        one_error("photo.html.gz", Format::Html, &packed),
        "photo.html.gz: binary file (contains NUL bytes), not article text"
    );
}

#[test]
fn invalid_utf8_and_odd_charsets() {
    assert_eq!(
        one_error(
            "latin1.txt",
            Format::Text,
            b"Les n\xe9gociations reprennent."
        ),
        "latin1.txt: not valid UTF-8 (first bad byte at offset 5)"
    );
    let jsonl = read(
        "mixed.jsonl",
        Format::JsonLines,
        b"{\"text\": \"caf\xe9\"}\n{\"text\": \"Talks resumed.\"}\n",
    );
    assert_eq!(
        jsonl[0].as_ref().unwrap_err().to_string(),
        "mixed.jsonl:1: not valid UTF-8 (first bad byte at offset 13)"
    );
    assert_eq!(jsonl[1].as_ref().unwrap().text, "Talks resumed.");
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("<p>x</p>".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(
        one_error("wide.html", Format::Html, &utf16),
        "wide.html: not a readable HTML page: UTF-16 pages are not supported (save the page as UTF-8)"
    );
    // Unknown or misleading declared charsets are read as well as they can
    // be: an article or a clear error, never a panic.
    let body = "<body><article><p>Negotiators met in Istanbul on Wednesday and agreed to exchange prisoners of war.</p></article></body></html>";
    for charset in [
        "x-no-such-charset",
        "utf-16",
        "utf-7",
        "iso-2022-jp",
        "replacement",
    ] {
        let page = format!("<html><head><meta charset=\"{charset}\"></head>{body}");
        for result in read("odd.html", Format::Html, page.as_bytes()) {
            if let Err(err) = result {
                assert!(err.to_string().starts_with("odd.html: "), "{err}");
            }
        }
    }
    let latin1_feed = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>W</title>\
        <item><title>Caf\xe9</title><description>Les n\xe9gociations ont repris \xe0 Gen\xe8ve mercredi.</description></item></channel></rss>";
    let items = read("latin1.rss", Format::Feed, latin1_feed);
    assert_eq!(items.len(), 1);
    match &items[0] {
        Ok(article) => assert!(article.text.contains("négociations"), "{}", article.text),
        Err(err) => assert!(err.to_string().starts_with("latin1.rss: "), "{err}"),
    }
}

#[test]
fn a_ten_megabyte_json_line_is_skipped_and_the_next_read() {
    let line = format!("{{\"text\": \"{}\"}}", "word ".repeat(2_000_000));
    assert!(line.len() >= 10_000_000);
    let input = format!("{line}\n{{\"text\": \"Talks resumed.\"}}\n");
    let out = read("big.jsonl", Format::JsonLines, input.as_bytes());
    assert_eq!(out.len(), 2);
    assert_eq!(
        out[0].as_ref().unwrap_err().to_string(),
        format!(
            "big.jsonl:1: article larger than the limit of {} bytes (--max-article-bytes)",
            Config::DEFAULT_MAX_ARTICLE_BYTES
        )
    );
    assert_eq!(out[1].as_ref().unwrap().text, "Talks resumed.");
}

#[test]
fn empty_files_are_one_error_each() {
    for (name, format) in [
        ("empty.txt", Format::Text),
        ("empty.jsonl", Format::JsonLines),
        ("empty.html", Format::Html),
        ("empty.xml", Format::Feed),
        ("-", Format::Sniff),
    ] {
        let message = one_error(name, format, b"");
        assert!(message.starts_with(&format!("{name}: ")), "{message}");
    }
    assert_eq!(
        one_error("blank.jsonl", Format::JsonLines, b"\n \n"),
        "blank.jsonl: no article text"
    );
}

/// Inputs a fuzz target once failed on (`fuzz/regressions/TARGET/*`),
/// read again by the reader of that target.
#[test]
fn fuzz_regressions_replay() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    let config = Config::default()
        .with_max_page_bytes(256 * 1024)
        .with_max_article_bytes(64 * 1024);
    let mut replayed = 0;
    for (target, format) in [
        ("html", Format::Html),
        ("feed", Format::Feed),
        ("text", Format::Text),
        ("jsonl", Format::JsonLines),
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            replayed += 1;
            for result in read_with("fuzz.input", format, &bytes, &config) {
                if let Err(err) = result {
                    assert!(
                        err.to_string().starts_with("fuzz.input"),
                        "{}: {err}",
                        path.display()
                    );
                }
            }
        }
    }
    // The 50,000-level page that overflowed the stack, the entity bomb.
    assert!(
        replayed >= 2,
        "{replayed} regression inputs in {}",
        root.display()
    );
}
