//! People: the list of people named in the articles, and one person's page
//! (role, side, quotes, events).

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use storyline_model::EntityKind;
use storyline_store::{EntitySummary, Filter, SqliteStore, Store};

use super::{event_item, layout, next_link, params};
use crate::detail::person_detail;
use crate::error::{AppError, PageError};
use crate::html::{Href, Html};
use crate::params::{Params, page_of};
use crate::state::AppState;

/// People among the entities matching `text`, most mentioned first.
pub(crate) fn people(
    store: &SqliteStore,
    text: Option<String>,
    offset: usize,
    limit: usize,
) -> Result<(Vec<EntitySummary>, bool), AppError> {
    let all = store.entities(&Filter {
        text,
        ..Filter::default()
    })?;
    let people: Vec<EntitySummary> = all
        .into_iter()
        .filter(|e| e.entity.kind == EntityKind::Person)
        .take(offset + limit + 1)
        .collect();
    Ok(page_of(people, offset, limit))
}

/// The side of a person: the code's display name when known.
fn side(code: &str) -> String {
    match crate::ingest::code_name(code) {
        Some(name) => format!("{name} ({code})"),
        None => code.to_string(),
    }
}

/// `GET /people`.
pub(crate) async fn people_page(
    State(state): State<AppState>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params(query)?;
    let limit = p.limit()?;
    let offset = p.offset()?;
    let text = p.query();
    let (rows, more) = state
        .read(move |store| people(store, text, offset, limit))
        .await?;
    let mut h = Html::new();
    h.raw("<h1>People</h1><form method=\"get\" action=\"/people\"><label>Name <input type=\"search\" name=\"q\"")
        .attr("value", &p.query().unwrap_or_default())
        .raw("></label> <button type=\"submit\">Find</button></form>");
    h.raw("<table><thead><tr><th>Name</th><th>Role</th><th>Side</th><th>Articles</th><th>Mentions</th></tr></thead><tbody>");
    for person in &rows {
        let e = &person.entity;
        h.raw("<tr><td>")
            .link(&Href::to("/people/", &e.name), &e.name)
            .raw("</td><td>")
            .text(e.role.as_deref().unwrap_or_default())
            .raw("</td><td>")
            .text(&e.code.as_deref().map(side).unwrap_or_default())
            .raw("</td><td>")
            .show(person.articles)
            .raw("</td><td>")
            .show(person.mentions)
            .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    let next = more.then(|| p.next_by_offset("/people", offset + limit));
    next_link(&mut h, next.as_ref());
    Ok(layout("People", h).into_response())
}

/// `GET /people/{name}`.
pub(crate) async fn person_page(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    let Path(name) = name.map_err(|_| AppError::NotFound("person"))?;
    let detail = state
        .read(move |store| person_detail(store, &name))
        .await?
        .ok_or(AppError::NotFound("person"))?;
    let e = &detail.person.entity;
    let mut h = Html::new();
    h.raw("<p class=\"crumbs\"><a href=\"/people\">People</a></p><h1>")
        .text(&e.name)
        .raw("</h1><dl class=\"facts\"><dt>Role</dt><dd>")
        .text(e.role.as_deref().unwrap_or("not given"))
        .raw("</dd><dt>Side</dt><dd>")
        .text(
            &e.code
                .as_deref()
                .map(side)
                .unwrap_or_else(|| "not known".into()),
        )
        .raw("</dd><dt>Named in</dt><dd>")
        .show(detail.person.articles)
        .raw(" articles, ")
        .show(detail.person.mentions)
        .raw(" mentions</dd></dl>");
    h.raw("<h2>Quotes</h2>");
    if detail.quotes.is_empty() {
        h.raw("<p class=\"empty\">No quotes attributed.</p>");
    }
    h.raw("<ul class=\"quotes\">");
    for q in &detail.quotes {
        h.raw("<li><q>").text(&q.quote.text).raw("</q> <small>");
        if let Some(date) = q.article_date {
            h.show(date).raw(" ");
        }
        h.link(
            &Href::to("/articles/", q.article_id.as_str()),
            q.article_id.as_str(),
        )
        .raw("</small></li>");
    }
    h.raw("</ul><h2>Events</h2>");
    if detail.events.is_empty() {
        h.raw("<p class=\"empty\">No timeline events name them as a party.</p>");
    }
    h.raw("<ul class=\"events\">");
    for event in &detail.events {
        h.raw("<li class=\"day-of\">")
            .text(&super::event_day(event))
            .raw("</li>");
        event_item(&mut h, event);
    }
    h.raw("</ul>");
    Ok(layout(&e.name, h).into_response())
}
