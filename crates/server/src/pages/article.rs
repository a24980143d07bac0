//! The articles list and one article's page: its text with every extracted
//! span highlighted (events, dates, figures, quotes, names), and what was
//! extracted, linked to the canonical events.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use storyline_model::{Article, EntityKind};
use storyline_store::{Filter, Store};

use super::{layout, next_link, params};
use crate::detail::{ArticleDetail, article_detail};
use crate::error::{AppError, PageError};
use crate::highlight::{Mark, paragraphs};
use crate::html::{Href, Html};
use crate::params::{Params, page_of};
use crate::state::AppState;

/// `GET /articles`: newest first, with a text filter.
pub(crate) async fn articles_page(
    State(state): State<AppState>,
    query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params(query)?;
    let limit = p.limit()?;
    let offset = p.offset()?;
    let base = p.filter()?;
    let filter = Filter {
        since: base.since,
        until: base.until,
        text: p.query(),
        limit: Some(offset + limit + 1),
        ..Filter::default()
    };
    let rows = state
        .read(move |store| Ok(store.articles(&filter)?))
        .await?;
    let (articles, more) = page_of(rows, offset, limit);
    let mut h = Html::new();
    h.raw("<h1>Articles</h1><form method=\"get\" action=\"/articles\"><label>Text <input type=\"search\" name=\"text\"")
        .attr("value", &p.query().unwrap_or_default())
        .raw("></label> <button type=\"submit\">Find</button></form><ul class=\"articles\">");
    for a in &articles {
        article_item(&mut h, a);
    }
    h.raw("</ul>");
    let next = more.then(|| p.next_by_offset("/articles", offset + limit));
    next_link(&mut h, next.as_ref());
    Ok(layout("Articles", h).into_response())
}

/// One article in a list: date, title (linked), where it came from.
pub(crate) fn article_item(h: &mut Html, a: &Article) {
    h.raw("<li><span class=\"date\">")
        .text(
            &a.date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into()),
        )
        .raw("</span> ");
    let lead: String;
    let title = match &a.title {
        Some(t) => t.as_str(),
        None => {
            lead = a.text.chars().take(100).collect();
            &lead
        }
    };
    h.link(&Href::to("/articles/", a.id.as_str()), title);
    if let Some(url) = &a.url {
        h.raw(" <small>").external_link(url).raw("</small>");
    } else if let Some(path) = &a.path {
        h.raw(" <small><code>").text(path).raw("</code></small>");
    }
    h.raw("</li>");
}

/// Every extracted span of the article as a mark.
fn marks(detail: &ArticleDetail) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (seq, event) in detail.events.iter().enumerate() {
        for (i, e) in event.evidence.iter().enumerate() {
            marks.push(Mark {
                start: e.start,
                end: e.end,
                class: "hl-event",
                anchor: (i == 0).then(|| format!("ev-{seq}")),
            });
        }
        if let Some(span) = event.date.as_ref().and_then(|d| d.span) {
            marks.push(Mark {
                start: span.start,
                end: span.end,
                class: "hl-date",
                anchor: None,
            });
        }
        for q in &event.quantities {
            if let Some(span) = q.span {
                marks.push(Mark {
                    start: span.start,
                    end: span.end,
                    class: "hl-figure",
                    anchor: None,
                });
            }
        }
    }
    for quote in &detail.quotes {
        for (i, e) in quote.evidence.iter().enumerate() {
            marks.push(Mark {
                start: e.start,
                end: e.end,
                class: if i == 0 { "hl-quote" } else { "hl-attribution" },
                anchor: None,
            });
        }
    }
    // The store keeps entity counts, not mentions; extraction is pure and
    // fast, so the names are found again in the same text.
    let found = storyline_extract::extract(&detail.article);
    for entity in &found.entities {
        let class = match entity.kind {
            EntityKind::Person => "hl-person",
            EntityKind::Org => "hl-org",
            EntityKind::Country => "hl-country",
            EntityKind::Place => "hl-place",
        };
        for m in &entity.mentions {
            marks.push(Mark {
                start: m.start,
                end: m.end,
                class,
                anchor: None,
            });
        }
    }
    marks
}

fn extracted(h: &mut Html, d: &ArticleDetail) {
    h.raw("<h2>Events</h2><ol class=\"article-events\" start=\"0\">");
    for (seq, event) in d.events.iter().enumerate() {
        h.raw("<li><span class=\"type\"")
            .attr("data-type", event.kind.as_str())
            .raw(">")
            .text(event.kind.as_str())
            .raw("</span> ")
            .text(event.status.as_str());
        if let Some(date) = event.date.as_ref().and_then(|d| d.value.as_deref()) {
            h.raw(" ").text(date);
        }
        h.raw(" <code>").text(event.rule.as_str()).raw("</code> ");
        h.link(
            &Href::path("").fragment(&format!("ev-{seq}")),
            "in the text",
        );
        if let Some(link) = d.canonical.iter().find(|c| c.seq as usize == seq) {
            h.raw(" · ")
                .link(&Href::to("/events/", &link.event), "timeline event");
        }
        h.raw("</li>");
    }
    h.raw("</ol>");
    if !d.quotes.is_empty() {
        h.raw("<h2>Quotes</h2><ul class=\"quotes\">");
        for q in &d.quotes {
            h.raw("<li><q>").text(&q.text).raw("</q>");
            if let Some(s) = &q.speaker {
                h.raw(" — ").link(&Href::to("/people/", &s.name), &s.name);
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
}

/// `GET /articles/{id}`.
pub(crate) async fn article_page(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    let Path(id) = id.map_err(|_| AppError::NotFound("article"))?;
    let (detail, marks) = state
        .read(move |store| {
            let detail = article_detail(store, &id)?.ok_or(AppError::NotFound("article"))?;
            let marks = marks(&detail);
            Ok((detail, marks))
        })
        .await?;
    let a = &detail.article;
    let title = a
        .title
        .clone()
        .unwrap_or_else(|| format!("Article {}", a.id));
    let mut h = Html::new();
    h.raw("<p class=\"crumbs\"><a href=\"/articles\">Articles</a></p><h1>")
        .text(&title)
        .raw("</h1><dl class=\"facts\"><dt>Date</dt><dd>");
    match (a.date, detail.links.inferred_date) {
        (Some(d), _) => {
            h.show(d).raw(" (").text(a.date_source.as_str()).raw(")");
        }
        (None, Some(d)) => {
            h.show(d).raw(" <span class=\"inferred\">inferred</span>");
        }
        (None, None) => {
            h.raw("undated");
        }
    }
    h.raw("</dd>");
    if let Some(url) = &a.url {
        h.raw("<dt>URL</dt><dd>").external_link(url).raw("</dd>");
    }
    if let Some(path) = &a.path {
        h.raw("<dt>File</dt><dd><code>")
            .text(path)
            .raw("</code></dd>");
    }
    if let Some(original) = &detail.links.copy_of {
        h.raw("<dt>Copy of</dt><dd>")
            .link(
                &Href::to("/articles/", original.as_str()),
                original.as_str(),
            )
            .raw("</dd>");
    }
    h.raw("<dt>Id</dt><dd><code>")
        .text(a.id.as_str())
        .raw("</code></dd></dl>");
    h.raw("<p class=\"legend\">Highlighted: <span class=\"hl-event\">event</span> <span class=\"hl-date\">date</span> <span class=\"hl-figure\">figure</span> <span class=\"hl-quote\">quote</span> <span class=\"hl-attribution\">attribution</span> <span class=\"hl-person\">person</span> <span class=\"hl-org\">organisation</span> <span class=\"hl-country\">country</span> <span class=\"hl-place\">place</span></p>");
    h.raw("<div class=\"article-text\">");
    paragraphs(&mut h, &a.text, 0, a.text.len(), &marks);
    h.raw("</div>");
    extracted(&mut h, &detail);
    Ok(layout(&title, h).into_response())
}
