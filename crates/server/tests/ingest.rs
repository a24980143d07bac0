//! `POST /api/articles`: off by default, bearer token required, the same
//! ingest and consolidation as the CLI, and hostile article text escaped
//! on every page.

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use storyline_server::{AppState, Options, app};

use crate::support::{Reply, assert_safe_html, examples_app, get, send};

const TOKEN: &str = "correct-horse-battery-staple";

fn ingest_app() -> (tempfile::TempDir, Router) {
    let dir = tempfile::tempdir().unwrap();
    let options = Options {
        allow_ingest: true,
        token: Some(TOKEN.into()),
        ..Options::new(dir.path().join("ingest.db"))
    };
    let app = app(AppState::open(&options).unwrap());
    (dir, app)
}

fn post(app: &Router, token: Option<&str>, content_type: &str, body: &str) -> Reply {
    let mut request = Request::post("/api/articles").header("content-type", content_type);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    send(app, request.body(Body::from(body.to_string())).unwrap())
}

const ARTICLE: &str = "date 2025-09-17\nRussian forces shelled the city of Kharkiv on Tuesday, killing five people, the regional governor said.";

#[test]
fn ingest_is_forbidden_unless_enabled() {
    let app = examples_app();
    let reply = post(&app, Some(TOKEN), "text/plain", ARTICLE);
    assert_eq!(reply.status, 403);
    assert!(
        reply.json()["error"]
            .as_str()
            .unwrap()
            .contains("not enabled")
    );
}

#[test]
fn ingest_needs_the_right_bearer_token() {
    let (_dir, app) = ingest_app();
    let reply = post(&app, None, "text/plain", ARTICLE);
    assert_eq!(reply.status, 401);
    assert_eq!(reply.header("www-authenticate"), "Bearer");
    assert_eq!(post(&app, Some("wrong"), "text/plain", ARTICLE).status, 401);
    assert_eq!(
        post(&app, Some(&TOKEN[..5]), "text/plain", ARTICLE).status,
        401
    );
    assert!(
        get(&app, "/api/timeline").json()["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn ingested_articles_are_extracted_stored_and_consolidated() {
    let (_dir, app) = ingest_app();
    let reply = post(&app, Some(TOKEN), "text/plain", ARTICLE);
    assert_eq!(reply.status, 201, "{}", reply.body);
    let report = reply.json();
    assert_eq!(report["articles"][0]["outcome"], "new");
    assert!(report["articles"][0]["events"].as_u64().unwrap() >= 1);
    assert_eq!(report["consolidated"]["articles"], 1);
    let again = post(&app, Some(TOKEN), "text/plain", ARTICLE).json();
    assert_eq!(again["articles"][0]["outcome"], "already_stored");

    let timeline = get(&app, "/api/timeline?type=ASSAULT").json();
    let events = timeline["items"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["location"]["name"], "Kharkiv");

    let json = r#"[{"title": "Second", "date": "2025-09-18", "url": "https://example.org/a", "text": "Ukraine and Russia held talks in Istanbul on Thursday."},
                   {"title": "Third", "text": "Protesters marched in Belgrade on Friday."}]"#;
    let report = post(&app, Some(TOKEN), "application/json", json).json();
    assert_eq!(report["articles"].as_array().unwrap().len(), 2);
    assert_eq!(
        get(&app, "/api/articles").json()["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn bad_bodies_are_refused_with_a_reason() {
    let (_dir, app) = ingest_app();
    let reply = post(&app, Some(TOKEN), "application/pdf", "%PDF");
    assert_eq!(reply.status, 415);
    let reply = post(
        &app,
        Some(TOKEN),
        "application/json",
        "{\"title\": \"no text\"}",
    );
    assert_eq!(reply.status, 400);
    assert!(reply.json()["error"].as_str().unwrap().contains("text"));
    let reply = post(&app, Some(TOKEN), "text/plain", "   ");
    assert_eq!(reply.status, 400);
}

#[test]
fn hostile_article_text_is_escaped_everywhere() {
    let (_dir, app) = ingest_app();
    let text = "Russian forces shelled Kharkiv on Tuesday, killing five people <script>alert('kharkiv')</script>, \
                the governor <img src=x onerror=alert(1)> Oleh Syniehubov said. \
                \"We will not <b onmouseover=alert(2)>forgive</b> this,\" said Oleh Syniehubov, the governor of Kharkiv. \
                <a href=\"javascript:alert(3)\">Read more</a>";
    let record = serde_json::json!({
        "title": "<script>alert('title')</script><svg onload=alert(4)>",
        "url": "javascript:alert(5)",
        "date": "2025-09-17",
        "text": text,
    });
    let reply = post(&app, Some(TOKEN), "application/json", &record.to_string());
    assert_eq!(reply.status, 201, "{}", reply.body);
    let id = reply.json()["articles"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let events = get(&app, "/api/timeline").json();
    let events = events["items"].as_array().unwrap().clone();
    assert!(!events.is_empty(), "the hostile article yields events");

    let mut uris = vec![
        "/".to_string(),
        "/?text=script".into(),
        "/articles".into(),
        format!("/articles/{id}"),
        "/search?q=alert".into(),
        "/people".into(),
        "/stories".into(),
    ];
    uris.extend(
        events
            .iter()
            .map(|e| format!("/events/{}", e["id"].as_str().unwrap())),
    );
    for uri in &uris {
        let reply = get(&app, uri);
        assert_eq!(reply.status, 200, "{uri}");
        assert_safe_html(&reply.body);
        let lower = reply.body.to_lowercase();
        assert!(!lower.contains("<script"), "{uri}");
        assert!(
            !lower.contains("javascript:alert(5)\""),
            "{uri}: url linked"
        );
        assert!(!lower.contains("href=\"javascript"), "{uri}");
    }
    let article = get(&app, &format!("/articles/{id}")).body;
    assert!(
        article.contains("&lt;script&gt;alert(&#39;kharkiv&#39;)&lt;/script&gt;"),
        "shown as text"
    );
    assert!(article.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(article.contains("<span class=\"unlinked\">javascript:alert(5)</span>"));
    let chart = get(&app, "/chart.svg?text=script").body;
    assert!(!chart.to_lowercase().contains("<script"));
}
