//! Shared test fixtures: a store of the example articles built once, the
//! router over it, requests through `oneshot`, and an HTML checker.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use storyline_model::{Article, Extraction};
use storyline_server::{AppState, Options, app};
use storyline_store::{SqliteStore, Store};
use tower::ServiceExt;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn code_name(code: &str) -> Option<String> {
    let lexicon = storyline_lexicon::lexicon();
    lexicon
        .country(code)
        .map(|c| c.name.clone())
        .or_else(|| lexicon.org(code).map(|o| o.name.clone()))
}

/// Reads every article under `dir` with ingest's own readers.
pub fn read_articles(dir: &Path) -> Vec<Article> {
    let discovery = storyline_ingest::discover(&[dir]);
    let config = storyline_ingest::Config::default();
    let mut articles = Vec::new();
    for source in &discovery.sources {
        storyline_ingest::read_source(source, &config, &mut |item| {
            articles.push(item.expect("example articles read"));
        });
    }
    articles
}

/// Extracts, stores and consolidates `articles` into a new store at `db`.
pub fn build_store(db: &Path, articles: Vec<Article>) {
    let mut store = SqliteStore::open(db).unwrap();
    let batch: Vec<Extraction> = articles
        .into_iter()
        .map(|article| {
            let mut extraction = storyline_extract::extract(&article);
            extraction.article = article;
            extraction
        })
        .collect();
    store.put_batch(&batch).unwrap();
    store.consolidate(&code_name).unwrap();
}

/// A store of `examples/articles`, built once per test run.
pub fn examples_db() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("examples.db");
        build_store(&db, read_articles(&root().join("examples/articles")));
        (dir, db)
    });
    path
}

/// The app over the example store, ingest off.
pub fn examples_app() -> Router {
    app(AppState::open(&Options::new(examples_db())).unwrap())
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Sends `request` through the router.
pub fn send(router: &Router, request: Request<Body>) -> Reply {
    runtime().block_on(async {
        let response = router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        Reply {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    })
}

/// `GET uri`.
pub fn get(router: &Router, uri: &str) -> Reply {
    send(router, Request::get(uri).body(Body::empty()).unwrap())
}

/// Tags the pages may hold; anything else (script, iframe, object,
/// embed, style, an `<img>` not pointing to this server) is a failure.
const ALLOWED_TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "header",
    "nav",
    "main",
    "footer",
    "a",
    "form",
    "input",
    "select",
    "option",
    "label",
    "button",
    "h1",
    "h2",
    "p",
    "ul",
    "ol",
    "li",
    "div",
    "span",
    "section",
    "small",
    "code",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "q",
    "figure",
    "img",
    "mark",
];

/// Checks that `html` is only the markup the pages write: known tags, no
/// event-handler attribute, no link or source outside `http(s)` and this
/// server. A tag injected from article text fails it.
pub fn assert_safe_html(html: &str) {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let close = rest.find('>').expect("every tag closes");
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        if tag.starts_with('!') || tag.starts_with('/') {
            let name = tag.trim_start_matches('/').to_ascii_lowercase();
            assert!(
                tag.starts_with("!DOCTYPE") || ALLOWED_TAGS.contains(&name.trim()),
                "unexpected tag <{tag}>"
            );
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "unexpected tag <{tag}>"
        );
        for attr in attributes(tag) {
            let (key, value) = attr;
            assert!(!key.starts_with("on"), "event handler in <{tag}>");
            if key == "href" || key == "src" || key == "action" {
                let v = value.to_ascii_lowercase();
                assert!(
                    v.starts_with('/')
                        || v.starts_with('#')
                        || v.starts_with("?")
                        || v.starts_with("http://")
                        || v.starts_with("https://"),
                    "unsafe {key} in <{tag}>"
                );
            }
            if name == "img" && key == "src" {
                assert!(value.starts_with('/'), "image from elsewhere: <{tag}>");
            }
        }
    }
}

/// The `key="value"` pairs of a tag's inside (values always quoted here).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag.split_once(char::is_whitespace).map_or("", |(_, r)| r);
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest == "/" {
            return out;
        }
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = &rest[key_end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let end = after.find('"').expect("quoted attribute closes");
            out.push((key, after[..end].to_string()));
            rest = &after[end + 1..];
        } else {
            assert!(
                !rest.starts_with('='),
                "unquoted attribute value in <{tag}>"
            );
            out.push((key, String::new()));
        }
    }
}
