//! `storyline ingest URL` and `storyline watch` against a small HTTP server
//! on 127.0.0.1 that each test starts on a port of its own; and articles in
//! other languages than English. Every text here was written for these
//! tests.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::Sandbox;

/// What the server answers on one path.
#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Send `Content-Length` (otherwise the body ends when the connection closes).
    length: bool,
    /// Wait this long between the head and the body.
    delay: Duration,
}

impl Reply {
    fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            length: true,
            delay: Duration::ZERO,
        }
    }

    fn status(status: u16) -> Reply {
        Reply {
            status,
            ..Reply::ok("text/plain", "")
        }
    }

    fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A request as the server saw it: path and headers (names in lower case).
type Seen = (String, HashMap<String, String>);

/// A tiny HTTP/1.1 server: one thread accepting, one per connection,
/// `Connection: close` always. A reply with an `ETag` answers a matching
/// `If-None-Match` with `304`.
struct Server {
    base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let (r, s) = (Arc::clone(&routes), Arc::clone(&seen));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (r, s) = (Arc::clone(&r), Arc::clone(&s));
                std::thread::spawn(move || serve(stream, &r, &s));
            }
        });
        Server { base, routes, seen }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn route(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.into(), reply);
    }

    /// The requests made for `path`, oldest first.
    fn requests(&self, path: &str) -> Vec<HashMap<String, String>> {
        let seen = self.seen.lock().unwrap();
        seen.iter()
            .filter(|(p, _)| p == path)
            .map(|(_, h)| h.clone())
            .collect()
    }
}

fn serve(stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>, seen: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split(' ').nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return,
            Ok(_) if header.trim().is_empty() => break,
            Ok(_) => {
                if let Some((name, value)) = header.split_once(':') {
                    headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
                }
            }
        }
    }
    seen.lock().unwrap().push((path.clone(), headers.clone()));
    let reply = routes
        .lock()
        .unwrap()
        .get(&path)
        .cloned()
        .unwrap_or_else(|| Reply::status(404));
    let etag = reply
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("etag"))
        .map(|(_, v)| v.clone());
    let reply = match (etag, headers.get("if-none-match")) {
        (Some(etag), Some(asked)) if etag == *asked => Reply::status(304).header("ETag", &etag),
        _ => reply,
    };
    let reason = match reply.status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        _ => "Other",
    };
    let mut head = format!(
        "HTTP/1.1 {} {reason}\r\nConnection: close\r\n",
        reply.status
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if reply.length || reply.status == 304 {
        let length = if reply.status == 304 {
            0
        } else {
            reply.body.len()
        };
        head.push_str(&format!("Content-Length: {length}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = reader.into_inner();
    if stream.write_all(head.as_bytes()).is_err() || stream.flush().is_err() {
        return;
    }
    std::thread::sleep(reply.delay);
    if reply.status != 304 {
        // The client may have given up (timeout, size cap): ignore.
        let _ = stream.write_all(&reply.body);
    }
}

const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Border commission meets in Vienna | Example Wire</title>
<link rel="canonical" href="https://wire.example.org/world/border-commission">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Border commission meets in Vienna</h1>
<p>Armenian and Azerbaijani negotiators met in Vienna on Tuesday to resume work on marking their shared border, the Austrian foreign ministry said in a statement after the meeting.</p>
<p>The two delegations agreed to meet again next month and to exchange maps of two disputed villages, a senior Armenian official told reporters outside the venue.</p>
<p>Mediators from Austria said the talks had been constructive but that no agreement on the northern section of the border had been reached.</p>
</article>
<footer>© 2026 Example Wire. All rights reserved.</footer>
</body></html>"#;

/// An RSS 2.0 feed of the given items: (guid, title, day of March 2026, text).
fn feed(items: &[(&str, &str, u32, &str)]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire: World</title><link>https://wire.example.org/world</link>
<description>World news from Example Wire</description>
"#,
    );
    for (guid, title, day, text) in items {
        xml.push_str(&format!(
            "<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title>\
             <link>https://wire.example.org/world/{guid}</link>\
             <pubDate>Mon, {day:02} Mar 2026 08:00:00 GMT</pubDate>\
             <content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>\n"
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

const ITEM_1: (&str, &str, u32, &str) = (
    "wire-101",
    "Ceasefire holds in northern district",
    2,
    "A ceasefire between government troops and rebel fighters held for a third day in the northern district on Monday, local officials said, as aid convoys reached two villages that had been cut off for weeks. Residents said the shelling had stopped on Friday night.",
);
const ITEM_2: (&str, &str, u32, &str) = (
    "wire-102",
    "Ministers to meet in Geneva",
    3,
    "The foreign ministers of both countries will meet in Geneva next week to discuss the exchange of prisoners, a spokesman for the Swiss foreign ministry said on Tuesday. The meeting would be the first between the two ministers since the talks collapsed in January.",
);
const ITEM_3: (&str, &str, u32, &str) = (
    "wire-103",
    "Drone strike hits fuel depot",
    5,
    "A drone struck a fuel depot on the outskirts of the port city on Thursday, starting a fire that burned for several hours, the regional governor said. Nobody was hurt in the attack, which the army blamed on rebel forces operating from across the river.",
);

/// The stored articles as JSON.
fn articles(sb: &Sandbox) -> Vec<serde_json::Value> {
    sb.run(&["articles", "--format", "jsonl"]).expect(0).jsonl()
}

#[test]
fn a_page_url_is_ingested_with_its_metadata() {
    let server = Server::start();
    server.route(
        "/world/commission",
        Reply::ok("text/html; charset=utf-8", PAGE),
    );
    server.route(
        "/old/commission",
        Reply::status(301).header("Location", "/world/commission"),
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PAGE.as_bytes()).unwrap();
    server.route(
        "/gz/commission",
        Reply::ok("text/html", gz.finish().unwrap()).header("Content-Encoding", "gzip"),
    );
    let sb = Sandbox::new();
    let run = sb
        .run(&["ingest", &server.url("/world/commission")])
        .expect(0);
    assert!(
        run.stderr.contains("1 new, 0 already stored, 0 failed"),
        "{}",
        run.stderr
    );
    let stored = articles(&sb);
    assert_eq!(stored.len(), 1);
    let a = &stored[0];
    assert_eq!(a["url"], "https://wire.example.org/world/border-commission");
    assert_eq!(a["date"], "2026-03-04");
    assert_eq!(a["date_source"], "metadata");
    assert_eq!(a["language"], "en");
    assert!(
        a["title"]
            .as_str()
            .unwrap()
            .contains("Border commission meets in Vienna"),
        "{a}"
    );
    assert_eq!(a["path"], serde_json::Value::Null);

    // A redirect is followed and a gzip body undone: the same article.
    let run = sb
        .run(&[
            "ingest",
            &server.url("/old/commission"),
            &server.url("/gz/commission"),
        ])
        .expect(0);
    assert!(
        run.stderr.contains("0 new, 2 already stored, 0 failed"),
        "{}",
        run.stderr
    );

    // extract reads URLs too, and the article object carries the language.
    let out = sb
        .run(&[
            "extract",
            "--format",
            "jsonl",
            &server.url("/world/commission"),
        ])
        .expect(0)
        .jsonl();
    assert_eq!(out[0]["article"]["language"], "en");
    assert!(
        !out[0]["entities"].as_array().unwrap().is_empty(),
        "{}",
        out[0]
    );
}

#[test]
fn a_feed_url_gives_its_items() {
    let server = Server::start();
    server.route(
        "/feed.xml",
        Reply::ok("application/rss+xml", feed(&[ITEM_1, ITEM_2])),
    );
    let sb = Sandbox::new();
    let run = sb.run(&["ingest", &server.url("/feed.xml")]).expect(0);
    assert!(
        run.stderr.contains("2 new, 0 already stored, 0 failed"),
        "{}",
        run.stderr
    );
    let stored = articles(&sb);
    let mut urls: Vec<&str> = stored.iter().map(|a| a["url"].as_str().unwrap()).collect();
    urls.sort();
    assert_eq!(
        urls,
        [
            "https://wire.example.org/world/wire-101",
            "https://wire.example.org/world/wire-102"
        ]
    );
    let first = stored
        .iter()
        .find(|a| a["external_id"] == "wire-101")
        .unwrap();
    assert_eq!(first["date"], "2026-03-02");
    assert_eq!(first["title"], "Ceasefire holds in northern district");
}

#[test]
fn watch_once_reads_only_what_is_new() {
    let server = Server::start();
    let set_feed = |items: &[(&str, &str, u32, &str)]| {
        let body = feed(items);
        let etag = format!("\"v{}\"", items.len());
        server.route(
            "/feed",
            Reply::ok("application/rss+xml", body).header("ETag", &etag),
        );
    };
    set_feed(&[ITEM_1, ITEM_2]);
    // No validators at all: an unchanged body is known by its hash.
    server.route("/page", Reply::ok("text/html", PAGE));
    let sb = Sandbox::new();
    sb.write(
        "inbox/a.txt",
        "date 2026-03-06\nRebel fighters attacked an army checkpoint near the river crossing on Friday, killing two soldiers, the defence ministry said.",
    );
    let inbox = sb.path("inbox");
    let watch = |sb: &Sandbox| {
        sb.run(&[
            "watch",
            "--once",
            &server.url("/feed"),
            &server.url("/page"),
            inbox.to_str().unwrap(),
        ])
        .expect(0)
        .stderr
    };

    let first = watch(&sb);
    assert!(
        first.contains("watch: 4 new articles, 0 already stored, 0 unchanged inputs, 0 failed"),
        "{first}"
    );
    assert_eq!(articles(&sb).len(), 4);

    // One more item, one more file.
    set_feed(&[ITEM_3, ITEM_1, ITEM_2]);
    sb.write(
        "inbox/later/b.txt",
        "date 2026-03-07\nThe two governments agreed on Saturday to reopen the border crossing for trucks carrying food and medicine, a spokesman said.",
    );
    let second = watch(&sb);
    assert!(
        second.contains("watch: 2 new articles, 0 already stored, 2 unchanged inputs, 0 failed"),
        "{second}"
    );
    assert_eq!(articles(&sb).len(), 6);

    // Nothing changed: the feed answers 304, the page has the same body,
    // the files the same size and time; nothing is read again.
    let third = watch(&sb);
    assert!(
        third.contains("watch: 0 new articles, 0 already stored, 4 unchanged inputs, 0 failed"),
        "{third}"
    );
    let asked = server.requests("/feed");
    assert_eq!(asked.len(), 3);
    assert_eq!(asked[0].get("if-none-match"), None);
    assert_eq!(
        asked[1].get("if-none-match").map(String::as_str),
        Some("\"v2\"")
    );
    assert_eq!(
        asked[2].get("if-none-match").map(String::as_str),
        Some("\"v3\"")
    );

    // A changed file is read again.
    sb.write(
        "inbox/a.txt",
        "date 2026-03-06\nRebel fighters attacked an army checkpoint near the river crossing on Friday, killing three soldiers, the defence ministry said.",
    );
    let fourth = watch(&sb);
    assert!(
        fourth.contains("watch: 1 new articles, 0 already stored, 3 unchanged inputs, 0 failed"),
        "{fourth}"
    );
}

#[test]
fn watch_stops_cleanly_on_ctrl_c_between_passes() {
    let sb = Sandbox::new();
    sb.write(
        "inbox/a.txt",
        "Talks between the two sides resumed on Monday.",
    );
    let mut child = sb
        .cmd(&["watch", "--every", "1h", sb.path("inbox").to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.starts_with("watch:") {
        line.clear();
        assert_ne!(stderr.read_line(&mut line).unwrap(), 0, "watch ended early");
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = Instant::now();
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert_eq!(status.code(), Some(0), "{rest}");
    assert!(rest.contains("watch stopped"), "{rest}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// Ingests `url` beside a good local file: the URL fails with one line
/// naming it and the reason, the file is stored, exit status 1.
fn fails_alone(server: &Server, path: &str, extra: &[&str], reason: &str) {
    let sb = Sandbox::new();
    let good = sb.write(
        "good.txt",
        "Talks between the two sides resumed on Monday in Doha.",
    );
    let url = server.url(path);
    let mut args = vec!["ingest"];
    args.extend_from_slice(extra);
    args.extend([url.as_str(), good.to_str().unwrap()]);
    let run = sb.run(&args).expect(1);
    let expected = format!("storyline: {url}: {reason}");
    assert!(
        run.stderr.lines().any(|l| l.starts_with(&expected)),
        "expected a line starting {expected:?}:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 new, 0 already stored, 1 failed"),
        "{}",
        run.stderr
    );
    assert_eq!(articles(&sb).len(), 1);
}

#[test]
fn a_missing_page_is_reported_and_the_rest_stored() {
    let server = Server::start();
    fails_alone(&server, "/gone", &[], "HTTP status 404 Not Found");
}

#[test]
fn a_redirect_loop_is_an_error() {
    let server = Server::start();
    server.route("/loop", Reply::status(302).header("Location", "/loop"));
    fails_alone(&server, "/loop", &[], "too many redirects (more than 5)");
    // Five redirects followed, then the error: six requests.
    assert_eq!(server.requests("/loop").len(), 6);
}

#[test]
fn a_body_over_the_limit_is_an_error() {
    let server = Server::start();
    let big = format!("<html><body><p>{}</p></body></html>", "word ".repeat(2000));
    // Without Content-Length the cap is met while reading.
    let mut streamed = Reply::ok("text/html", big.clone());
    streamed.length = false;
    server.route("/big", streamed);
    server.route("/big-declared", Reply::ok("text/html", big));
    let reason = "response larger than the limit of 4096 bytes (--max-page-bytes)";
    fails_alone(&server, "/big", &["--max-page-bytes", "4096"], reason);
    fails_alone(
        &server,
        "/big-declared",
        &["--max-page-bytes", "4096"],
        reason,
    );
}

#[test]
fn a_slow_server_times_out() {
    let server = Server::start();
    let mut slow = Reply::ok("text/html", PAGE);
    // The body comes a minute after the head: only the timeout ends the
    // wait. The bound below is loose on purpose (a debug binary on a busy
    // machine takes seconds to start); the message proves the timeout.
    slow.delay = Duration::from_secs(60);
    server.route("/slow", slow);
    let started = Instant::now();
    fails_alone(
        &server,
        "/slow",
        &["--timeout", "1s"],
        "timed out: no complete answer within 1 s (--timeout)",
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn an_image_is_refused_by_its_content_type() {
    let server = Server::start();
    server.route(
        "/photo",
        Reply::ok("image/png", b"\x89PNG\r\n\x1a\n....".to_vec()),
    );
    fails_alone(
        &server,
        "/photo",
        &[],
        "unsupported content type image/png (not a page, feed or text)",
    );
}

#[test]
fn an_unsupported_scheme_is_reported() {
    let sb = Sandbox::new();
    let run = sb
        .run(&["ingest", "ftp://files.example.org/a.txt"])
        .expect(1);
    assert!(
        run.stderr.contains(
            "storyline: ftp://files.example.org/a.txt: unsupported URL scheme \"ftp\" (only http and https)"
        ),
        "{}",
        run.stderr
    );
}

const ENGLISH: &str = "date 2026-03-09\nRussian forces shelled the city of Kharkiv on Monday, killing four civilians, regional officials said. Ukraine's foreign minister condemned the attack and urged partners to send more air defence systems.";
const FRENCH: &str = "date 2026-03-09\nLes forces russes ont bombardé la ville de Kharkiv lundi, tuant quatre civils, ont déclaré les autorités régionales. Le ministre ukrainien des affaires étrangères a condamné l'attaque et a appelé ses partenaires à envoyer davantage de systèmes de défense aérienne.";
const RUSSIAN: &str = "date 2026-03-09\nРоссийские войска в понедельник обстреляли Харьков, в результате погибли четыре мирных жителя, сообщили региональные власти. Министр иностранных дел Украины осудил удар и призвал партнёров прислать больше систем противовоздушной обороны.";

#[test]
fn articles_in_other_languages_are_stored_with_it_but_not_extracted() {
    let sb = Sandbox::new();
    sb.write("in/en.txt", ENGLISH);
    sb.write("in/fr.txt", FRENCH);
    sb.write("in/ru.txt", RUSSIAN);
    sb.run(&["ingest", sb.path("in").to_str().unwrap()])
        .expect(0);
    let stored = articles(&sb);
    let language_of = |name: &str| {
        stored
            .iter()
            .find(|a| a["path"].as_str().unwrap().ends_with(name))
            .unwrap()["language"]
            .clone()
    };
    assert_eq!(language_of("en.txt"), "en");
    assert_eq!(language_of("fr.txt"), "fr");
    assert_eq!(language_of("ru.txt"), "ru");

    let events = sb.run(&["events", "--format", "jsonl"]).expect(0).jsonl();
    assert!(!events.is_empty());
    let english_id = stored.iter().find(|a| a["language"] == "en").unwrap()["id"].clone();
    assert!(
        events.iter().all(|e| e["articles"][0]["id"] == english_id),
        "events of non-English articles: {events:?}"
    );
    let quotes = sb.run(&["quotes", "--format", "jsonl"]).expect(0).jsonl();
    assert!(quotes.iter().all(|q| q["article"]["id"] == english_id));

    // extract says why: a diagnostic, and nothing else.
    let out = sb
        .run(&[
            "extract",
            "--format",
            "jsonl",
            sb.path("in/fr.txt").to_str().unwrap(),
        ])
        .expect(0)
        .jsonl();
    let fr = &out[0];
    assert_eq!(fr["article"]["language"], "fr");
    for list in ["events", "quotes", "entities"] {
        assert!(fr[list].as_array().unwrap().is_empty(), "{list}: {fr}");
    }
    assert_eq!(fr["diagnostics"][0]["code"], "not-english");

    // The English article is extracted as before language detection.
    let en = sb
        .run(&[
            "extract",
            "--format",
            "jsonl",
            sb.path("in/en.txt").to_str().unwrap(),
        ])
        .expect(0)
        .jsonl();
    assert_eq!(en[0]["article"]["language"], "en");
    assert!(!en[0]["events"].as_array().unwrap().is_empty(), "{}", en[0]);
    assert!(!en[0]["entities"].as_array().unwrap().is_empty());
}

#[test]
fn a_short_text_counts_as_english() {
    let sb = Sandbox::new();
    let path = sb.write("short.txt", "Les pourparlers reprennent lundi.");
    let out = sb
        .run(&["extract", "--format", "jsonl", path.to_str().unwrap()])
        .expect(0)
        .jsonl();
    assert_eq!(out[0]["article"]["language"], "en");
}
