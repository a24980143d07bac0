//! The route table: every path the server answers, API and pages, in one
//! list. The OpenAPI document is checked against [`api_routes`] by a test,
//! and the router is built from the same list, so they cannot drift apart.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::Uri;
use axum::middleware;
use axum::response::Response;
use axum::routing::{MethodRouter, get, post};

use crate::error::AppError;
use crate::state::AppState;
use crate::{api, cache, ingest, pages, security};

type Route = (&'static str, &'static str, MethodRouter<AppState>);

/// The JSON API and its document.
fn api() -> Vec<Route> {
    vec![
        ("get", "/api/timeline", get(api::timeline)),
        ("get", "/api/events/{id}", get(api::event)),
        ("get", "/api/articles", get(api::articles)),
        ("post", "/api/articles", post(ingest::post_articles)),
        ("get", "/api/articles/{id}", get(api::article)),
        ("get", "/api/stories", get(api::stories)),
        ("get", "/api/quotes", get(api::quotes)),
        ("get", "/api/people", get(api::people)),
        ("get", "/api/people/{name}", get(api::person)),
        ("get", "/api/entities", get(api::entities)),
        ("get", "/api/search", get(api::search_api)),
        ("get", "/openapi.json", get(api::openapi)),
    ]
}

/// The HTML pages and what they load.
fn pages() -> Vec<Route> {
    vec![
        ("get", "/", get(pages::timeline_page)),
        ("get", "/chart.svg", get(pages::chart_svg)),
        ("get", "/events/{id}", get(pages::event_page)),
        ("get", "/articles", get(pages::articles_page)),
        ("get", "/articles/{id}", get(pages::article_page)),
        ("get", "/people", get(pages::people_page)),
        ("get", "/people/{name}", get(pages::person_page)),
        ("get", "/stories", get(pages::stories_page)),
        ("get", "/search", get(pages::search_page)),
        ("get", "/static/{name}", get(security::static_file)),
    ]
}

/// `(method, path)` of every API route, as the router serves them.
pub fn api_routes() -> Vec<(&'static str, &'static str)> {
    api().into_iter().map(|(m, p, _)| (m, p)).collect()
}

/// `(method, path)` of every page route.
pub fn page_routes() -> Vec<(&'static str, &'static str)> {
    pages().into_iter().map(|(m, p, _)| (m, p)).collect()
}

/// Unknown paths: JSON under `/api/`, a page elsewhere.
async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        AppError::NotFound("route").json()
    } else {
        AppError::NotFound("page").page()
    }
}

/// The whole application over `state`.
pub fn app(state: AppState) -> Router {
    let limit = state.0.max_body_bytes;
    let router = api()
        .into_iter()
        .chain(pages())
        .fold(Router::new(), |router, (_, path, handler)| {
            router.route(path, handler)
        });
    router
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::from_fn_with_state(state.clone(), cache::cached))
        .layer(middleware::map_response(security::headers))
        .with_state(state)
}
