//! HTML pages and feeds as users save them: main text, metadata, items.

use std::path::PathBuf;

use crate::util::Sandbox;

fn testdata(dir: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata")
        .join(dir)
}

/// Pages in the styles of a wire service, a broadcaster, a live blog and an
/// AMP page: the article text without page furniture, with its metadata.
#[test]
fn html_pages_give_their_articles() {
    let sb = Sandbox::new();
    let run = sb
        .run(&["ingest", testdata("html").to_str().unwrap()])
        .expect(0);
    assert!(run.stderr.contains("4 new"), "{}", run.stderr);
    let articles = sb.run(&["articles", "--format", "jsonl"]).expect(0).jsonl();
    let by = |name: &str| {
        articles
            .iter()
            .find(|a| a["path"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let wire = by("wire.html");
    assert_eq!(wire["date"], "2025-07-17");
    assert_eq!(wire["date_source"], "metadata");
    assert_eq!(
        wire["url"],
        "https://meridian.example.org/world/africa/sudan-corridor-2025-07-17/"
    );
    assert!(wire["title"].as_str().unwrap().contains("aid corridor"));
    // JSON-LD dates count too.
    assert_eq!(by("broadcaster.html")["date"], "2025-05-07");
    assert_eq!(by("amp.html")["date"], "2025-09-16");
    let extracted = sb
        .run(&[
            "extract",
            testdata("html").to_str().unwrap(),
            "--format",
            "jsonl",
        ])
        .expect(0)
        .jsonl();
    for page in &extracted {
        let text = page["article"]["text"].as_str().unwrap();
        for noise in [
            "cookies",
            "Accept all",
            "Share this",
            "Comments (",
            "Copyright",
            "©",
            "Sign up",
            "Advertisement",
            "Sudan's war explained",
            "Business",
            "Watch live",
        ] {
            assert!(!text.contains(noise), "{noise:?} left in {text}");
        }
    }
    // The text is prose the engine reads: the strike in Gaza is an event.
    let events = sb.run(&["timeline", "--format", "jsonl"]).expect(0).jsonl();
    assert!(
        events.iter().any(|e| e["type"] == "ASSAULT"
            && (e["date"]["value"] == "2025-05-06" || e["date"]["value"] == "2025-05-07")),
        "{events:?}"
    );
}

/// Feed items become articles: full content when the item has it, else
/// title and summary marked partial.
#[test]
fn feed_items_become_articles() {
    let sb = Sandbox::new();
    sb.run(&["ingest", testdata("feeds").to_str().unwrap()])
        .expect(0);
    let articles = sb.run(&["articles", "--format", "jsonl"]).expect(0).jsonl();
    assert_eq!(articles.len(), 2);
    let aid = articles
        .iter()
        .find(|a| a["external_id"] == "ex-2025-0918-1")
        .unwrap();
    assert_eq!(aid["date"], "2025-09-18");
    assert_eq!(aid["url"], "https://news.example.org/world/germany-aid");
    let extracted = sb
        .run(&[
            "extract",
            testdata("feeds").to_str().unwrap(),
            "--format",
            "jsonl",
        ])
        .expect(0)
        .jsonl();
    let partial: Vec<bool> = extracted
        .iter()
        .map(|e| e["article"]["partial"] == true)
        .collect();
    assert_eq!(partial, vec![false, true]);
}

/// Broken pages and feeds, bombs and binary data: one clear error each, the
/// rest of the batch stored.
#[test]
fn bad_pages_and_feeds_are_reported_not_fatal() {
    use std::io::Write;
    let sb = Sandbox::new();
    sb.write(
        "in/good.html",
        "<html><head><title>Talks</title></head><body><article><p>Russian and Ukrainian negotiators met in Istanbul on Wednesday and agreed to exchange prisoners of war, officials from both delegations said after the meeting ended.</p></article></body></html>",
    );
    // Deeply nested and unclosed markup.
    sb.write(
        "in/nested.html",
        format!(
            "<html><body>{}text{}",
            "<div>".repeat(2_000),
            "</span>".repeat(10)
        ),
    );
    sb.write("in/empty.html", "<html><body><nav>Home</nav></body></html>");
    sb.write("in/broken.rss", "<rss><channel><item><title>Unclosed");
    // 24 MiB of markup packs into a few kilobytes; the page cap is 20 MiB.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&vec![b'<'; 24 << 20]).unwrap();
    sb.write("in/bomb.html.gz", gz.finish().unwrap());
    let run = sb
        .run(&["ingest", sb.path("in").to_str().unwrap()])
        .expect(1);
    for name in ["empty.html", "broken.rss", "bomb.html.gz"] {
        assert!(
            run.stderr.lines().any(|l| l.contains(name)),
            "{name}: {}",
            run.stderr
        );
    }
    let articles = sb.run(&["articles", "--format", "jsonl"]).expect(0).jsonl();
    assert!(
        articles
            .iter()
            .any(|a| a["path"].as_str().unwrap().ends_with("good.html"))
    );
}
