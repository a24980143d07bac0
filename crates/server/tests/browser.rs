//! A real browser against a live server: headless Chromium driven over
//! W3C WebDriver (chromedriver) loads the timeline, checks its content and
//! stylesheet under the Content-Security-Policy, applies a filter with the
//! form, opens an event page, and saves screenshots of both pages to
//! `target/test-artifacts/`.
//!
//! Skips, saying so, when chromedriver is not installed; `scripts/test`
//! installs it (Debian packages `chromium`, `chromium-driver`).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use storyline_server::{AppState, Options, app};

use crate::support::{examples_db, root};

/// The first executable named `name` on `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The server on a free loopback port, on its own runtime thread.
fn start_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let state = AppState::open(&Options::new(examples_db())).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app(state)).await.unwrap();
        });
    });
    addr
}

/// Kills chromedriver (and so its browser) when the test ends, pass or fail.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request to the driver; returns the JSON body.
fn http(port: u16, method: &str, path: &str, body: Option<&Value>) -> Value {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let payload = body.map(Value::to_string).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    )
    .unwrap();
    eprintln!("webdriver: {method} {path}");
    // Read the head, then exactly Content-Length bytes (or chunks to the
    // end): the driver may keep the connection open.
    let mut raw = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let split = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut buf).unwrap();
        assert!(n > 0, "{method} {path}: connection closed before the head");
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut body = raw[split + 4..].to_vec();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(length) => {
            while body.len() < length {
                let n = stream.read(&mut buf).unwrap();
                assert!(n > 0, "{method} {path}: body cut short");
                body.extend_from_slice(&buf[..n]);
            }
            body.truncate(length);
        }
        None => {
            stream.read_to_end(&mut body).unwrap();
            if head.contains("transfer-encoding: chunked") {
                body = dechunk(&body);
            }
        }
    }
    serde_json::from_slice(&body).unwrap_or_else(|err| {
        panic!(
            "{method} {path}: not JSON ({err}): {}",
            String::from_utf8_lossy(&body)
        )
    })
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&data[..line_end])
                .split(';')
                .next()
                .unwrap()
                .trim(),
            16,
        )
        .unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[line_end + 2..line_end + 2 + size]);
        data = &data[line_end + 2 + size + 2..];
    }
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let clean: Vec<u8> = text
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let v: Vec<u32> = chunk.iter().map(|c| u32::from(value(*c))).collect();
        let n = v
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, x)| n | (x << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// A WebDriver session.
struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Session<'_> {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let reply = http(
            self.driver.port,
            method,
            &format!("/session/{}{path}", self.id),
            body.as_ref(),
        );
        assert!(
            reply["value"].get("error").is_none(),
            "{method} {path}: {}",
            reply["value"]
        );
        reply["value"].clone()
    }

    fn go(&self, url: &str) {
        self.call("POST", "/url", Some(json!({"url": url})));
    }

    fn url(&self) -> String {
        self.call("GET", "/url", None).as_str().unwrap().to_string()
    }

    fn find_all(&self, css: &str) -> Vec<String> {
        self.call(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e.as_object()
                .unwrap()
                .values()
                .next()
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
    }

    fn find(&self, css: &str) -> String {
        self.find_all(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {css} on {}", self.url()))
    }

    fn text(&self, element: &str) -> String {
        self.call("GET", &format!("/element/{element}/text"), None)
            .as_str()
            .unwrap()
            .to_string()
    }

    fn click(&self, element: &str) {
        self.call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    fn type_into(&self, element: &str, text: &str) {
        self.call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({"text": text})),
        );
    }

    /// Waits until the current URL satisfies `done`.
    fn wait_for_url(&self, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let url = self.url();
            if done(&url) {
                return url;
            }
            assert!(Instant::now() < deadline, "still at {url}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn screenshot(&self, path: &Path) {
        let png = base64(self.call("GET", "/screenshot", None).as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }
}

fn artifacts() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
        .join("test-artifacts")
}

fn start_driver(chromedriver: &Path) -> Driver {
    let port = free_port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver { child, port };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http(port, "GET", "/status", None)["value"]["ready"] == true
        {
            return driver;
        }
        assert!(Instant::now() < deadline, "chromedriver did not get ready");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn browser_loads_filters_and_opens_an_event() {
    let Some(chromedriver) = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| on_path("chromedriver"))
    else {
        eprintln!(
            "SKIPPED browser test: chromedriver not found on PATH (install the Debian packages chromium and chromium-driver; scripts/test does)"
        );
        return;
    };
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| on_path("chromium"))
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    let server = start_server();
    let base = format!("http://{server}");
    let driver = start_driver(&chromedriver);
    let profile = tempfile::tempdir().unwrap();
    let capabilities = json!({"capabilities": {"alwaysMatch": {
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400",
                format!("--user-data-dir={}", profile.path().display()),
            ],
        },
    }}});
    let created = http(driver.port, "POST", "/session", Some(&capabilities));
    let id = created["value"]["sessionId"]
        .as_str()
        .unwrap_or_else(|| panic!("no session: {created}"))
        .to_string();
    let session = Session {
        driver: &driver,
        id,
    };

    // The timeline: content, stylesheet and chart under the CSP.
    session.go(&format!("{base}/"));
    let title = session.call("GET", "/title", None);
    assert!(title.as_str().unwrap().starts_with("Timeline"), "{title}");
    let events = session.find_all("li.event");
    assert!(events.len() > 10, "{} events listed", events.len());
    let body = session.text(&session.find("main"));
    assert!(
        body.contains("2025-09-17") && body.contains("Dnipro"),
        "{body}"
    );
    let header = session.find("header");
    let background = session.call(
        "GET",
        &format!("/element/{header}/css/background-color"),
        None,
    );
    assert_eq!(background, "rgba(32, 36, 43, 1)", "the stylesheet applies");
    let chart = session.find(".chart img");
    let width = session.call(
        "GET",
        &format!("/element/{chart}/property/naturalWidth"),
        None,
    );
    assert_eq!(width, 960, "the chart loaded");
    session.screenshot(&artifacts().join("timeline.png"));

    // Filter with the form: type ASSAULT, place Dnipro.
    session.click(&session.find("select[name=type] option[value=ASSAULT]"));
    session.type_into(&session.find("input[name=place]"), "Dnipro");
    session.click(&session.find("form.filters button[type=submit]"));
    let url = session.wait_for_url(|u| u.contains("type=ASSAULT"));
    assert!(url.contains("place=Dnipro"), "{url}");
    let types = session.find_all("li.event .type");
    assert!(!types.is_empty() && types.len() < events.len());
    for t in &types {
        assert_eq!(session.text(t), "ASSAULT");
    }

    // The event page: facts, highlighted evidence, links to the articles.
    session.click(&session.find("li.event a[href^='/events/']"));
    session.wait_for_url(|u| u.contains("/events/ev-"));
    let heading = session.text(&session.find("h1"));
    assert!(heading.starts_with("ASSAULT"), "{heading}");
    assert!(
        !session.find_all(".hl-evidence").is_empty(),
        "evidence highlighted"
    );
    assert!(
        !session
            .find_all("ol.evidence a[href^='/articles/']")
            .is_empty()
    );
    let page = session.text(&session.find("main"));
    assert!(
        page.contains("Figures per source") && page.contains("killed"),
        "{page}"
    );
    session.screenshot(&artifacts().join("event.png"));

    session.call("DELETE", "", None);
}
