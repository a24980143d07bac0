//! JSON API handlers. Lists are pages: `limit` rows and a `next` link
//! (the timeline by cursor, the others by offset); `null` on the last page.

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use serde::Serialize;
use serde_json::{Value, json};
use storyline_model::Story;
use storyline_store::{EntitySummary, Filter, Store, StoredQuote};

use crate::detail::{
    ArticleDetail, ArticleSummary, EventDetail, PersonDetail, article_detail, event_detail,
    person_detail,
};
use crate::error::{ApiError, AppError};
use crate::pages::params;
use crate::pages::search::{SearchResults, search};
use crate::params::{Params, page_of};
use crate::state::AppState;

/// A page of a list.
#[derive(Debug, Serialize)]
pub(crate) struct Page<T> {
    items: Vec<T>,
    /// The URL of the next page.
    next: Option<String>,
}

type QueryParams = Result<Query<Params>, QueryRejection>;

/// `GET /api/timeline`.
pub(crate) async fn timeline(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<Value>, ApiError> {
    let p = params(query)?;
    let filter = p.filter()?;
    let limit = p.limit()?;
    let cursor = p.cursor()?;
    let page = state
        .read(move |store| Ok(store.timeline_page(&filter, cursor.as_deref(), limit)?))
        .await?;
    let next = page
        .next
        .as_deref()
        .map(|c| p.next_by_cursor("/api/timeline", c).0);
    Ok(Json(json!({
        "items": page.events,
        "next": next,
        "cursor": page.next,
    })))
}

/// Runs an offset-paginated listing: `fetch` gets a filter whose limit is
/// one more than the page needs.
async fn offset_page<T: Serialize + Send + 'static>(
    state: &AppState,
    p: &Params,
    path: &'static str,
    filter: Filter,
    fetch: fn(&storyline_store::SqliteStore, &Filter) -> Result<Vec<T>, AppError>,
) -> Result<Json<Page<T>>, ApiError> {
    let limit = p.limit()?;
    let offset = p.offset()?;
    let filter = Filter {
        limit: Some(offset + limit + 1),
        ..filter
    };
    let rows = state.read(move |store| fetch(store, &filter)).await?;
    let (items, more) = page_of(rows, offset, limit);
    let next = more.then(|| p.next_by_offset(path, offset + limit).0);
    Ok(Json(Page { items, next }))
}

/// `GET /api/articles`.
pub(crate) async fn articles(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<Page<ArticleSummary>>, ApiError> {
    let p = params(query)?;
    let base = p.filter()?;
    let filter = Filter {
        since: base.since,
        until: base.until,
        text: p.query(),
        ..Filter::default()
    };
    offset_page(&state, &p, "/api/articles", filter, |store, f| {
        Ok(store
            .articles(f)?
            .into_iter()
            .map(ArticleSummary::from)
            .collect())
    })
    .await
}

/// `GET /api/articles/{id}`.
pub(crate) async fn article(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<ArticleDetail>, ApiError> {
    let Path(id) = id.map_err(|_| AppError::NotFound("article"))?;
    let detail = state
        .read(move |store| article_detail(store, &id))
        .await?
        .ok_or(AppError::NotFound("article"))?;
    Ok(Json(detail))
}

/// `GET /api/events/{id}`.
pub(crate) async fn event(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<EventDetail>, ApiError> {
    let Path(id) = id.map_err(|_| AppError::NotFound("event"))?;
    let detail = state
        .read(move |store| event_detail(store, &id))
        .await?
        .ok_or(AppError::NotFound("event"))?;
    Ok(Json(detail))
}

/// `GET /api/stories`.
pub(crate) async fn stories(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<Page<Story>>, ApiError> {
    let p = params(query)?;
    let base = p.filter()?;
    let filter = Filter {
        story: base.story.or(p.query()),
        since: base.since,
        until: base.until,
        ..Filter::default()
    };
    offset_page(&state, &p, "/api/stories", filter, |store, f| {
        Ok(store.stories(f)?)
    })
    .await
}

/// `GET /api/quotes`.
pub(crate) async fn quotes(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<Page<StoredQuote>>, ApiError> {
    let p = params(query)?;
    let base = p.filter()?;
    let filter = Filter {
        actor: base.actor,
        since: base.since,
        until: base.until,
        text: p.query(),
        ..Filter::default()
    };
    offset_page(&state, &p, "/api/quotes", filter, |store, f| {
        Ok(store.quotes(f)?)
    })
    .await
}

/// `GET /api/entities`.
pub(crate) async fn entities(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<Page<EntitySummary>>, ApiError> {
    let p = params(query)?;
    let base = p.filter()?;
    let filter = Filter {
        actor: base.actor,
        text: p.query(),
        ..Filter::default()
    };
    offset_page(&state, &p, "/api/entities", filter, |store, f| {
        Ok(store.entities(f)?)
    })
    .await
}

/// `GET /api/people`.
pub(crate) async fn people(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<Page<EntitySummary>>, ApiError> {
    let p = params(query)?;
    let limit = p.limit()?;
    let offset = p.offset()?;
    let text = p.query();
    let (items, more) = state
        .read(move |store| crate::pages::person::people(store, text, offset, limit))
        .await?;
    let next = more.then(|| p.next_by_offset("/api/people", offset + limit).0);
    Ok(Json(Page { items, next }))
}

/// `GET /api/people/{name}`.
pub(crate) async fn person(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Json<PersonDetail>, ApiError> {
    let Path(name) = name.map_err(|_| AppError::NotFound("person"))?;
    let detail = state
        .read(move |store| person_detail(store, &name))
        .await?
        .ok_or(AppError::NotFound("person"))?;
    Ok(Json(detail))
}

/// `GET /api/search`.
pub(crate) async fn search_api(
    State(state): State<AppState>,
    query: QueryParams,
) -> Result<Json<SearchResults>, ApiError> {
    let p = params(query)?;
    let q = p
        .query()
        .ok_or_else(|| AppError::BadRequest("q: a search text is required".into()))?;
    let limit = p.limit()?;
    let found = state.read(move |store| search(store, &q, limit)).await?;
    Ok(Json(found))
}

/// `GET /openapi.json`.
pub(crate) async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}
