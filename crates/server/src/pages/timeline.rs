//! The timeline page (events grouped by day, the filter form, the chart),
//! the stories page and the chart itself.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use storyline_model::PloverType;
use storyline_store::{Filter, Store};

use super::{event_day, event_item, layout, next_link, params};
use crate::error::PageError;
use crate::html::{Href, Html};
use crate::params::{Params, page_of};
use crate::state::AppState;

/// The filter form; fields keep the values of `params`.
fn filter_form(h: &mut Html, p: &Params) {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    h.raw("<form class=\"filters\" method=\"get\" action=\"/\">");
    let field =
        |h: &mut Html, label: &'static str, name: &'static str, kind: &'static str, v: String| {
            h.raw("<label>")
                .raw(label)
                .raw(" <input")
                .attr("type", kind)
                .attr("name", name)
                .attr("value", &v)
                .raw("></label> ");
        };
    field(h, "Story", "story", "text", value(&p.story));
    field(h, "Actor", "actor", "text", value(&p.actor));
    h.raw("<label>Type <select name=\"type\"><option value=\"\">any</option>");
    let chosen = p.kind.as_deref().and_then(PloverType::parse);
    for t in PloverType::ALL {
        h.raw("<option").attr("value", t.as_str());
        if chosen == Some(t) {
            h.raw(" selected");
        }
        h.raw(">").text(t.as_str()).raw("</option>");
    }
    h.raw("</select></label> ");
    field(h, "Place", "place", "text", value(&p.place));
    field(h, "From", "since", "date", value(&p.since));
    field(h, "To", "until", "date", value(&p.until));
    field(h, "Text", "text", "search", value(&p.text));
    h.raw("<button type=\"submit\">Filter</button> <a href=\"/\">Clear</a></form>");
}

/// `GET /`: the timeline.
pub(crate) async fn timeline_page(
    State(state): State<AppState>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params(query)?;
    let filter = p.filter()?;
    let limit = p.limit()?;
    let cursor = p.cursor()?;
    let first_page = cursor.is_none();
    let page = state
        .read(move |store| Ok(store.timeline_page(&filter, cursor.as_deref(), limit)?))
        .await?;
    let mut h = Html::new();
    h.raw("<h1>Timeline</h1>");
    filter_form(&mut h, &p);
    let chart = format!("/chart.svg?{}", p.filter_query());
    h.raw("<figure class=\"chart\"><img")
        .attr("src", &chart)
        .raw(" alt=\"Events per day by type\"></figure>");
    if page.events.is_empty() {
        h.raw("<p class=\"empty\">No events match.</p>");
    }
    let mut day: Option<String> = None;
    for event in &page.events {
        let this = event_day(event);
        if day.as_deref() != Some(this.as_str()) {
            if day.is_some() {
                h.raw("</ul></section>");
            }
            h.raw("<section class=\"day\"><h2>")
                .text(&this)
                .raw("</h2><ul class=\"events\">");
            day = Some(this);
        }
        event_item(&mut h, event);
    }
    if day.is_some() {
        h.raw("</ul></section>");
    }
    if !first_page {
        h.raw("<p class=\"pager\">")
            .link(&Href::query("/", &p.filter_pairs()), "← First page")
            .raw("</p>");
    }
    let next = page.next.as_deref().map(|c| p.next_by_cursor("/", c));
    next_link(&mut h, next.as_ref());
    Ok(layout("Timeline", h).into_response())
}

/// `GET /chart.svg`: events per day by type for the timeline's filters.
pub(crate) async fn chart_svg(
    State(state): State<AppState>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let filter = params(query)?.filter()?;
    let counts = state
        .read(move |store| Ok(store.events_per_day(&filter)?))
        .await?;
    Ok((
        [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
        crate::chart::events_per_day(&counts),
    )
        .into_response())
}

/// `GET /stories`: story threads, earliest first.
pub(crate) async fn stories_page(
    State(state): State<AppState>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params(query)?;
    let limit = p.limit()?;
    let offset = p.offset()?;
    let filter = Filter {
        story: p.filter()?.story.or(p.query()),
        limit: Some(offset + limit + 1),
        ..p.filter()?
    };
    let rows = state.read(move |store| Ok(store.stories(&filter)?)).await?;
    let (stories, more) = page_of(rows, offset, limit);
    let mut h = Html::new();
    h.raw("<h1>Stories</h1><form method=\"get\" action=\"/stories\"><label>Story <input type=\"search\" name=\"story\"")
        .attr("value", p.story.as_deref().unwrap_or_default())
        .raw("></label> <button type=\"submit\">Find</button></form>");
    h.raw("<table><thead><tr><th>Story</th><th>Events</th><th>First</th><th>Last</th></tr></thead><tbody>");
    for story in &stories {
        h.raw("<tr><td>")
            .link(
                &Href::query("/", &[("story", story.id.clone())]),
                &story.title,
            )
            .raw("</td><td>")
            .show(story.events)
            .raw("</td><td>")
            .text(&story.first.map(|d| d.to_string()).unwrap_or_default())
            .raw("</td><td>")
            .text(&story.last.map(|d| d.to_string()).unwrap_or_default())
            .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    let next = more.then(|| p.next_by_offset("/stories", offset + limit));
    next_link(&mut h, next.as_ref());
    Ok(layout("Stories", h).into_response())
}
