//! Server-rendered HTML pages. They work without JavaScript: filters are a
//! GET form, pagination is links, the chart is an SVG the server draws.
//! Every page goes through [`layout`] and is written with [`Html`], which
//! escapes all data.

mod article;
mod event;
pub(crate) mod person;
pub(crate) mod search;
mod timeline;

pub(crate) use article::{article_page, articles_page};
pub(crate) use event::event_page;
pub(crate) use person::{people_page, person_page};
pub(crate) use search::search_page;
pub(crate) use timeline::{chart_svg, stories_page, timeline_page};

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use storyline_model::{Actor, Bound, CanonicalEvent, SourcedQuantity, SourcedValue};

use crate::error::AppError;
use crate::html::{Href, Html};
use crate::params::Params;

/// The page around `body`: head, stylesheet, navigation.
pub(crate) fn layout(title: &str, body: Html) -> axum::response::Html<String> {
    let mut h = Html::new();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>")
        .text(title)
        .raw(" · storyline</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>")
        .raw("<header><nav><a class=\"brand\" href=\"/\">storyline</a> <a href=\"/\">Timeline</a> <a href=\"/stories\">Stories</a> ")
        .raw("<a href=\"/people\">People</a> <a href=\"/articles\">Articles</a> <a href=\"/search\">Search</a>")
        .raw("<form class=\"quick\" method=\"get\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\" aria-label=\"Search\"></form>")
        .raw("</nav></header><main>");
    let mut page = h.into_string();
    page.push_str(&body.into_string());
    page.push_str("</main><footer>storyline: every item links to the articles that say so.</footer></body></html>");
    axum::response::Html(page)
}

/// The query parameters, or a 400 for a malformed query string.
pub(crate) fn params(query: Result<Query<Params>, QueryRejection>) -> Result<Params, AppError> {
    query
        .map(|Query(p)| p)
        .map_err(|_| AppError::BadRequest("malformed query string".into()))
}

/// "Russia (RUS)".
pub(crate) fn actor_text(actor: &Actor) -> String {
    match &actor.code {
        Some(code) if *code != actor.name => format!("{} ({code})", actor.name),
        _ => actor.name.clone(),
    }
}

/// A value as written: "at least 12", "12–15", "about 40".
pub(crate) fn value_text(v: &SourcedValue, unit: Option<&str>) -> String {
    let n = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    };
    let value = match (v.bound, v.max) {
        (Bound::Range, Some(max)) => format!("{}–{}", n(v.value), n(max)),
        (Bound::Exact, _) | (Bound::Range, None) => n(v.value),
        (Bound::About, _) => format!("about {}", n(v.value)),
        (Bound::AtLeast, _) => format!("at least {}", n(v.value)),
        (Bound::MoreThan, _) => format!("more than {}", n(v.value)),
        (Bound::AtMost, _) => format!("up to {}", n(v.value)),
        (Bound::LessThan, _) => format!("fewer than {}", n(v.value)),
    };
    match unit {
        Some("%") => format!("{value}%"),
        Some(unit) => format!("{unit} {value}"),
        None => value,
    }
}

/// "killed: 14 (3 sources) / at least 12 (2)", with a disagreement mark.
pub(crate) fn figures_line(h: &mut Html, quantities: &[SourcedQuantity]) {
    for (i, q) in quantities.iter().enumerate() {
        if i > 0 {
            h.raw("; ");
        }
        h.text(&q.kind).raw(": ");
        for (j, v) in q.values.iter().enumerate() {
            if j > 0 {
                h.raw(" / ");
            }
            h.text(&value_text(v, q.unit.as_deref()))
                .raw(" <small>×")
                .show(v.sources)
                .raw("</small>");
        }
        if !q.agree {
            h.raw(" <span class=\"disagree\" title=\"sources disagree\">sources disagree</span>");
        }
    }
}

/// The date of a canonical event as the timeline shows it: `2025-09-17`,
/// `2025-09-17?` when inferred, `~2025-09-17` when only the first report
/// dates it.
pub(crate) fn event_day(event: &CanonicalEvent) -> String {
    match (&event.date, event.first_reported) {
        (Some(d), _) if d.inferred => format!("{}?", d.value),
        (Some(d), _) => d.value.clone(),
        (None, Some(first)) => format!("~{first}"),
        (None, None) => "undated".into(),
    }
}

/// One event of a list: type, summary (linked), parties, place, figures,
/// sources, story.
pub(crate) fn event_item(h: &mut Html, event: &CanonicalEvent) {
    h.raw("<li class=\"event\"><span class=\"type\"")
        .attr("data-type", event.kind.as_str())
        .raw(">")
        .text(event.kind.as_str())
        .raw("</span> ");
    let summary = if event.summary.is_empty() {
        event.kind.as_str()
    } else {
        &event.summary
    };
    h.link(&Href::to("/events/", &event.id), summary);
    h.raw("<div class=\"meta\">");
    if event.source.is_some() || event.target.is_some() {
        h.raw("<span class=\"who\">");
        if let Some(source) = &event.source {
            h.text(&actor_text(source));
        }
        if let Some(target) = &event.target {
            h.raw(" → ").text(&actor_text(target));
        }
        h.raw("</span> ");
    }
    if let Some(place) = &event.location {
        h.raw("<span class=\"where\">in ")
            .text(&place.name)
            .raw("</span> ");
    }
    if !event.quantities.is_empty() {
        h.raw("<span class=\"figures\">");
        figures_line(h, &event.quantities);
        h.raw("</span> ");
    }
    h.raw("<span class=\"sources\">")
        .show(event.sources)
        .text(if event.sources == 1 {
            " source"
        } else {
            " sources"
        })
        .raw("</span>");
    if let Some(story) = &event.story {
        h.raw(" <span class=\"story\">")
            .link(
                &Href::query("/", &[("story", story.id.clone())]),
                &story.title,
            )
            .raw("</span>");
    }
    if event.status != storyline_model::EventStatus::Reported {
        h.raw(" <span class=\"status\">")
            .text(event.status.as_str())
            .raw("</span>");
    }
    h.raw("</div></li>");
}

/// A "Next page" link when there is one.
pub(crate) fn next_link(h: &mut Html, next: Option<&Href>) {
    if let Some(next) = next {
        h.raw("<p class=\"pager\"><a rel=\"next\"")
            .attr("href", &next.0)
            .raw(">Next page →</a></p>");
    }
}
