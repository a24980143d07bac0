//! Headers, static files, body limits and errors that keep internals to
//! themselves.

use axum::body::Body;
use axum::http::Request;
use storyline_server::{AppState, CONTENT_SECURITY_POLICY, Options, app};

use crate::support::{examples_app, examples_db, get, send};

#[test]
fn every_response_carries_the_security_headers() {
    let app = examples_app();
    for uri in [
        "/",
        "/api/timeline",
        "/static/style.css",
        "/chart.svg",
        "/nowhere",
        "/api/nowhere",
        "/openapi.json",
    ] {
        let reply = get(&app, uri);
        assert_eq!(
            reply.header("content-security-policy"),
            CONTENT_SECURITY_POLICY,
            "{uri}"
        );
        assert_eq!(reply.header("x-content-type-options"), "nosniff", "{uri}");
    }
    assert!(CONTENT_SECURITY_POLICY.contains("default-src 'none'"));
    assert!(
        !CONTENT_SECURITY_POLICY.contains("script-src"),
        "no script at all"
    );
    assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
}

#[test]
fn static_files_come_from_the_binary_only() {
    let app = examples_app();
    let css = get(&app, "/static/style.css");
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").starts_with("text/css"));
    for uri in [
        "/static/../Cargo.toml",
        "/static/..%2F..%2FCargo.toml",
        "/static/%2e%2e%2f%2e%2e%2fCargo.toml",
        "/static/..%5c..%5cCargo.toml",
        "/static//etc/passwd",
        "/static/%2Fetc%2Fpasswd",
        "/static/style.css%00.txt",
        "/static/",
    ] {
        let reply = get(&app, uri);
        assert_eq!(reply.status, 404, "{uri}");
        assert!(
            !reply.body.contains("[workspace]") && !reply.body.contains("root:"),
            "{uri}"
        );
    }
}

#[test]
fn store_faults_are_answered_without_internals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("broken-store.db");
    std::fs::copy(examples_db(), &db).unwrap();
    let id: String = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let id = conn
            .query_row(
                "SELECT id FROM canonical_events ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        conn.execute(
            "UPDATE canonical_events SET payload = '{broken' WHERE id = ?1",
            [&id],
        )
        .unwrap();
        id
    };
    let app = app(AppState::open(&Options::new(&db)).unwrap());
    for uri in [
        format!("/api/events/{id}"),
        format!("/events/{id}"),
        "/api/timeline?limit=500".into(),
    ] {
        let reply = get(&app, &uri);
        assert_eq!(reply.status, 500, "{uri}");
        for secret in [
            "broken-store",
            ".db",
            "SELECT",
            "canonical event",
            "expected",
            dir.path().to_str().unwrap(),
        ] {
            assert!(
                !reply.body.contains(secret),
                "{uri} leaks {secret}: {}",
                reply.body
            );
        }
        assert!(reply.body.contains("internal error"));
    }
}

#[test]
fn bodies_over_the_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let options = Options {
        allow_ingest: true,
        token: Some("t0ken".into()),
        max_body_bytes: 1024,
        ..Options::new(&db)
    };
    let app = app(AppState::open(&options).unwrap());
    let body = format!(
        "date 2025-09-17\n{}",
        "Talks resumed in Geneva. ".repeat(100)
    );
    let reply = send(
        &app,
        Request::post("/api/articles")
            .header("authorization", "Bearer t0ken")
            .header("content-type", "text/plain")
            .body(Body::from(body))
            .unwrap(),
    );
    assert_eq!(reply.status, 413);
    assert_eq!(reply.json()["error"], "request body too large");
}

#[test]
fn the_server_refuses_ingest_without_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let options = Options {
        allow_ingest: true,
        ..Options::new(dir.path().join("s.db"))
    };
    let err = AppState::open(&options).err().expect("no token, no server");
    assert!(err.to_string().contains("token"));
}
