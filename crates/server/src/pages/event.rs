//! The page of one canonical event: what, when, where, who to whom, the
//! figures each source gives, and every evidence sentence highlighted in
//! its paragraph, with links to the articles.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use storyline_model::{Actor, CanonicalEvent, EntityKind};

use super::{actor_text, layout, value_text};
use crate::detail::{EventDetail, event_detail};
use crate::error::{AppError, PageError};
use crate::highlight::{Mark, marked};
use crate::html::{Href, Html};
use crate::state::AppState;

/// An actor, linked to their person page when they are a known person.
fn actor(h: &mut Html, actor: &Actor, detail: &EventDetail) {
    if detail.people.iter().any(|p| p.name == actor.name) {
        h.link(&Href::to("/people/", &actor.name), &actor_text(actor));
    } else {
        h.text(&actor_text(actor));
    }
}

fn facts(h: &mut Html, detail: &EventDetail) {
    let e: &CanonicalEvent = &detail.event;
    h.raw("<dl class=\"facts\"><dt>What</dt><dd>")
        .text(e.kind.as_str());
    if let Some(mode) = &e.mode {
        h.raw(" (").text(mode).raw(")");
    }
    h.raw(", ").text(e.status.as_str());
    if let Some(ordinal) = e.ordinal {
        h.raw(", round ").show(ordinal);
    }
    h.raw("</dd><dt>When</dt><dd>");
    match &e.date {
        Some(d) => {
            h.text(&d.value);
            if d.from != d.to {
                h.raw(" (sources write ")
                    .show(d.from)
                    .raw(" to ")
                    .show(d.to)
                    .raw(")");
            }
            h.raw(", given by ").show(d.support).raw(" source(s)");
            if d.inferred {
                h.raw(" <span class=\"inferred\">inferred through other articles</span>");
            }
        }
        None => {
            h.raw("no date written");
            if let Some(first) = e.first_reported {
                h.raw("; first reported ").show(first);
            }
        }
    }
    h.raw("</dd><dt>Where</dt><dd>");
    match &e.location {
        Some(place) => {
            h.text(&place.name);
            if let Some(country) = &place.country {
                h.raw(" (").text(country).raw(")");
            }
        }
        None => {
            h.raw("not given");
        }
    }
    h.raw("</dd><dt>Who</dt><dd>");
    match (&e.source, &e.target) {
        (None, None) => {
            h.raw("not given");
        }
        (source, target) => {
            if let Some(source) = source {
                actor(h, source, detail);
            }
            if let Some(target) = target {
                h.raw(" → ");
                actor(h, target, detail);
            }
        }
    }
    if !e.participants.is_empty() {
        h.raw(" <small>parties: ")
            .text(&e.participants.join(", "))
            .raw("</small>");
    }
    h.raw("</dd>");
    if let Some(story) = &e.story {
        h.raw("<dt>Story</dt><dd>")
            .link(
                &Href::query("/", &[("story", story.id.clone())]),
                &story.title,
            )
            .raw("</dd>");
    }
    h.raw("<dt>Sources</dt><dd>")
        .show(e.sources)
        .raw(" (")
        .show(e.articles.len())
        .raw(" articles)</dd><dt>Rules</dt><dd><code>")
        .text(
            &e.rules
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
        .raw("</code></dd></dl>");
}

fn figures(h: &mut Html, e: &CanonicalEvent) {
    if e.quantities.is_empty() {
        return;
    }
    h.raw("<h2>Figures per source</h2><table class=\"figures\"><thead><tr><th>What</th><th>Value</th><th>Sources</th><th>Articles</th></tr></thead><tbody>");
    for q in &e.quantities {
        for (i, v) in q.values.iter().enumerate() {
            h.raw("<tr");
            if !q.agree {
                h.raw(" class=\"disagree\"");
            }
            h.raw("><td>");
            if i == 0 {
                h.text(&q.kind);
                if !q.agree {
                    h.raw(" <span class=\"disagree\">sources disagree</span>");
                }
            }
            h.raw("</td><td>")
                .text(&value_text(v, q.unit.as_deref()))
                .raw("</td><td>")
                .show(v.sources)
                .raw("</td><td>");
            for (j, article) in v.articles.iter().enumerate() {
                if j > 0 {
                    h.raw(", ");
                }
                h.link(&Href::to("/articles/", article.as_str()), article.as_str());
            }
            h.raw("</td></tr>");
        }
    }
    h.raw("</tbody></table>");
}

fn evidence(h: &mut Html, detail: &EventDetail) {
    h.raw("<h2>What the sources say</h2><ol class=\"evidence\">");
    for ev in &detail.evidence {
        h.raw("<li><div class=\"source\">");
        let title = ev.title.as_deref().unwrap_or(ev.article.as_str());
        h.link(
            &Href::to("/articles/", ev.article.as_str()).fragment(&format!("ev-{}", ev.seq)),
            title,
        );
        if let Some(date) = ev.date {
            h.raw(" <span class=\"date\">").show(date).raw("</span>");
        }
        if let Some(url) = &ev.url {
            h.raw(" ").external_link(url);
        } else if let Some(path) = &ev.path {
            h.raw(" <code>").text(path).raw("</code>");
        }
        h.raw(" <small><code>")
            .text(ev.rule.as_str())
            .raw("</code>");
        if ev.status != detail.event.status {
            h.raw(" ").text(ev.status.as_str());
        }
        h.raw("</small></div><blockquote>");
        let mark = Mark {
            start: ev.start - ev.context.start,
            end: ev.end - ev.context.start,
            class: "hl-evidence",
            anchor: None,
        };
        marked(h, &ev.context.text, 0, ev.context.text.len(), &[mark]);
        h.raw("</blockquote></li>");
    }
    h.raw("</ol>");
}

fn quotes_and_names(h: &mut Html, detail: &EventDetail) {
    if !detail.quotes.is_empty() {
        h.raw("<h2>Quotes</h2><ul class=\"quotes\">");
        for q in &detail.quotes {
            h.raw("<li><q>").text(&q.quote.text).raw("</q> ");
            match &q.quote.speaker {
                Some(s) => {
                    h.raw("— ").link(&Href::to("/people/", &s.name), &s.name);
                    if let Some(role) = &s.role {
                        h.raw(", ").text(role);
                    }
                }
                None => {
                    h.raw("— unattributed");
                }
            }
            h.raw(" <small>")
                .link(
                    &Href::to("/articles/", q.article.as_str()),
                    q.article.as_str(),
                )
                .raw("</small></li>");
        }
        h.raw("</ul>");
    }
    if !detail.people.is_empty() {
        h.raw("<h2>People</h2><ul class=\"people\">");
        for p in &detail.people {
            h.raw("<li>").link(&Href::to("/people/", &p.name), &p.name);
            if let Some(role) = &p.role {
                h.raw(", ").text(role);
            }
            if let Some(code) = &p.code {
                h.raw(" (").text(code).raw(")");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    if !detail.entities.is_empty() {
        h.raw("<h2>Named</h2><ul class=\"entities\">");
        for e in &detail.entities {
            h.raw("<li>").text(&e.name);
            if let Some(code) = e.code.as_ref().filter(|c| **c != e.name) {
                h.raw(" (").text(code).raw(")");
            }
            h.raw(" <small>").text(match e.kind {
                EntityKind::Country => "country",
                EntityKind::Org => "organisation",
                EntityKind::Place => "place",
                EntityKind::Person => "person",
            });
            h.raw("</small></li>");
        }
        h.raw("</ul>");
    }
}

/// `GET /events/{id}`.
pub(crate) async fn event_page(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, PageError> {
    let Path(id) = id.map_err(|_| AppError::NotFound("event"))?;
    let detail = state
        .read(move |store| event_detail(store, &id))
        .await?
        .ok_or(AppError::NotFound("event"))?;
    let e = &detail.event;
    let mut h = Html::new();
    h.raw("<p class=\"crumbs\"><a href=\"/\">Timeline</a> › ")
        .text(&super::event_day(e))
        .raw("</p><h1><span class=\"type\"")
        .attr("data-type", e.kind.as_str())
        .raw(">")
        .text(e.kind.as_str())
        .raw("</span> ")
        .text(&e.summary)
        .raw("</h1>");
    facts(&mut h, &detail);
    figures(&mut h, e);
    evidence(&mut h, &detail);
    quotes_and_names(&mut h, &detail);
    let title = format!("{} {}", e.kind.as_str(), super::event_day(e));
    Ok(layout(&title, h).into_response())
}
