//! The search page: one query over events, articles, quotes and names.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use storyline_model::CanonicalEvent;
use storyline_store::{EntitySummary, Filter, SqliteStore, Store, StoredQuote};

use super::{event_item, layout, params};
use crate::detail::ArticleSummary;
use crate::error::{AppError, PageError};
use crate::html::{Href, Html};
use crate::params::Params;
use crate::state::AppState;

/// What a search found, a few of each.
#[derive(Debug, Serialize)]
pub(crate) struct SearchResults {
    pub query: String,
    pub events: Vec<CanonicalEvent>,
    pub articles: Vec<ArticleSummary>,
    pub quotes: Vec<StoredQuote>,
    pub entities: Vec<EntitySummary>,
}

/// Searches every kind of item for `query` (any case, any part).
pub(crate) fn search(
    store: &SqliteStore,
    query: &str,
    limit: usize,
) -> Result<SearchResults, AppError> {
    let filter = Filter {
        text: Some(query.to_string()),
        limit: Some(limit),
        ..Filter::default()
    };
    Ok(SearchResults {
        query: query.to_string(),
        events: store.timeline_page(&filter, None, limit)?.events,
        articles: store
            .articles(&filter)?
            .into_iter()
            .map(ArticleSummary::from)
            .collect(),
        quotes: store.quotes(&filter)?,
        entities: store.entities(&filter)?,
    })
}

/// Rows of each kind a search page shows.
const SEARCH_ROWS: usize = 20;

/// `GET /search?q=`.
pub(crate) async fn search_page(
    State(state): State<AppState>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params(query)?;
    let q = p.query();
    let mut h = Html::new();
    h.raw("<h1>Search</h1><form method=\"get\" action=\"/search\"><input type=\"search\" name=\"q\" aria-label=\"Search\"")
        .attr("value", q.as_deref().unwrap_or_default())
        .raw("> <button type=\"submit\">Search</button></form>");
    let Some(q) = q else {
        h.raw("<p>Search events, articles, quotes and names.</p>");
        return Ok(layout("Search", h).into_response());
    };
    let needle = q.clone();
    let found = state
        .read(move |store| search(store, &needle, SEARCH_ROWS))
        .await?;
    h.raw("<h2>Events</h2>");
    if found.events.is_empty() {
        h.raw("<p class=\"empty\">None.</p>");
    } else {
        h.raw("<ul class=\"events\">");
        for e in &found.events {
            event_item(&mut h, e);
        }
        h.raw("</ul><p>")
            .link(
                &Href::query("/", &[("text", q.clone())]),
                "All matching events on the timeline",
            )
            .raw("</p>");
    }
    h.raw("<h2>Articles</h2><ul class=\"articles\">");
    for a in &found.articles {
        h.raw("<li><span class=\"date\">")
            .text(
                &a.date
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "undated".into()),
            )
            .raw("</span> ")
            .link(
                &Href::to("/articles/", a.id.as_str()),
                a.title.as_deref().unwrap_or(&a.lead),
            )
            .raw("</li>");
    }
    h.raw("</ul><h2>Quotes</h2><ul class=\"quotes\">");
    for sq in &found.quotes {
        h.raw("<li><q>").text(&sq.quote.text).raw("</q>");
        if let Some(s) = &sq.quote.speaker {
            h.raw(" — ").link(&Href::to("/people/", &s.name), &s.name);
        }
        h.raw(" <small>")
            .link(
                &Href::to("/articles/", sq.article_id.as_str()),
                sq.article_id.as_str(),
            )
            .raw("</small></li>");
    }
    h.raw("</ul><h2>Names</h2><ul class=\"entities\">");
    for e in &found.entities {
        h.raw("<li>");
        if e.entity.kind == storyline_model::EntityKind::Person {
            h.link(&Href::to("/people/", &e.entity.name), &e.entity.name);
        } else {
            h.text(&e.entity.name);
        }
        h.raw(" <small>")
            .text(e.entity.kind.as_str())
            .raw(", ")
            .show(e.articles)
            .raw(" articles</small></li>");
    }
    h.raw("</ul>");
    Ok(layout("Search", h).into_response())
}
