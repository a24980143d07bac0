//! The HTML pages over the example articles: content, filters, links, and
//! that every page is only the markup the server writes.

use storyline_store::{Filter, SqliteStore, Store};

use crate::support::{assert_safe_html, examples_app, examples_db, get};

fn page(app: &axum::Router, uri: &str) -> String {
    let reply = get(app, uri);
    assert_eq!(reply.status, 200, "{uri}: {}", reply.body);
    assert!(
        reply.header("content-type").starts_with("text/html"),
        "{uri}"
    );
    assert_safe_html(&reply.body);
    reply.body
}

#[test]
fn timeline_is_grouped_by_day_with_a_filter_form_and_a_chart() {
    let app = examples_app();
    let html = page(&app, "/");
    assert!(html.contains("<h2>2025-09-17</h2>"), "a day heading");
    assert!(html.contains("<form class=\"filters\" method=\"get\" action=\"/\">"));
    for field in ["story", "actor", "type", "place", "since", "until", "text"] {
        assert!(html.contains(&format!("name=\"{field}\"")), "{field} field");
    }
    assert!(html.contains("<img src=\"/chart.svg?\""), "the chart");
    assert!(
        html.contains("href=\"/events/ev-"),
        "events link to their pages"
    );
    assert!(html.contains("Dnipro"));
}

#[test]
fn timeline_filters_keep_their_values_and_select_events() {
    let app = examples_app();
    let html = page(&app, "/?type=ASSAULT&place=Dnipro&limit=500");
    assert!(html.contains("<option value=\"ASSAULT\" selected>"));
    assert!(html.contains("name=\"place\" value=\"Dnipro\""));
    let types: Vec<&str> = html
        .split("<span class=\"type\" data-type=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert!(!types.is_empty());
    assert!(types.iter().all(|t| *t == "ASSAULT"), "{types:?}");
    assert!(html.contains("/chart.svg?type=ASSAULT&amp;place=Dnipro"));
    let none = page(&app, "/?text=zzzzqqq");
    assert!(none.contains("No events match."));
}

#[test]
fn timeline_pages_link_onwards() {
    let app = examples_app();
    let html = page(&app, "/?limit=5");
    let start = html.find("rel=\"next\" href=\"").expect("a next link") + 17;
    let next = html[start..][..html[start..].find('"').unwrap()].replace("&amp;", "&");
    assert!(next.starts_with("/?limit=5&cursor="), "{next}");
    let second = page(&app, &next);
    assert!(second.contains("First page"));
}

#[test]
fn event_page_shows_facts_figures_per_source_and_highlighted_evidence() {
    let app = examples_app();
    let store = SqliteStore::open(examples_db()).unwrap();
    let strike = store
        .timeline(&Filter {
            kind: Some("ASSAULT".into()),
            place: Some("Dnipro".into()),
            ..Filter::default()
        })
        .unwrap()
        .into_iter()
        .max_by_key(|e| e.sources)
        .unwrap();
    assert!(
        strike.quantities.iter().any(|q| !q.agree),
        "the sources disagree on a figure"
    );
    let html = page(&app, &format!("/events/{}", strike.id));
    for what in [
        "<dt>What</dt>",
        "<dt>When</dt>",
        "<dt>Where</dt>",
        "<dt>Who</dt>",
        "Figures per source",
    ] {
        assert!(html.contains(what), "{what}");
    }
    assert!(html.contains("sources disagree"));
    assert!(html.contains("killed"));
    let marks = html.matches("<span class=\"hl-evidence\">").count();
    let spans: usize = strike.mentions.iter().map(|m| m.evidence.len()).sum();
    assert_eq!(marks, spans, "each evidence sentence highlighted");
    for article in &strike.articles {
        assert!(
            html.contains(&format!("href=\"/articles/{}", article.id)),
            "links to {}",
            article.id
        );
    }
}

#[test]
fn person_page_has_role_side_quotes_and_events() {
    let app = examples_app();
    let html = page(&app, "/people/Olena%20Marchuk");
    assert!(html.contains("<h1>Olena Marchuk</h1>"));
    assert!(html.contains("spokeswoman"), "role");
    assert!(html.contains("Ukraine (UKR)"), "side");
    assert!(html.contains("<q>"), "quotes");
    let list = page(&app, "/people");
    assert!(list.contains("href=\"/people/Olena%20Marchuk\""));
}

#[test]
fn article_page_highlights_every_kind_of_span() {
    let app = examples_app();
    let store = SqliteStore::open(examples_db()).unwrap();
    let article = store
        .articles(&Filter {
            text: Some("negotiators have agreed to swap".into()),
            ..Filter::default()
        })
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    let html = page(&app, &format!("/articles/{}", article.id));
    for class in [
        "hl-event",
        "hl-quote",
        "hl-person",
        "hl-country",
        "hl-date",
        "hl-figure",
    ] {
        assert!(
            html.contains(&format!("class=\"{class}")) || html.contains(&format!(" {class}")),
            "{class}"
        );
    }
    assert!(html.contains("id=\"ev-0\""), "anchors for the events list");
    assert!(
        html.contains("href=\"/events/ev-"),
        "article events link to the timeline"
    );
    let list = page(&app, "/articles");
    assert!(list.contains(&format!("href=\"/articles/{}\"", article.id)));
}

#[test]
fn search_and_stories_pages() {
    let app = examples_app();
    let html = page(&app, "/search?q=Dnipro");
    for section in [
        "<h2>Events</h2>",
        "<h2>Articles</h2>",
        "<h2>Quotes</h2>",
        "<h2>Names</h2>",
    ] {
        assert!(html.contains(section));
    }
    assert!(html.contains("href=\"/events/ev-"));
    assert!(page(&app, "/search").contains("name=\"q\""));
    let stories = page(&app, "/stories");
    assert!(stories.contains("href=\"/?story=st-"));
}

#[test]
fn chart_is_an_svg_with_a_bar_per_day_and_type() {
    let app = examples_app();
    let reply = get(&app, "/chart.svg");
    assert_eq!(reply.status, 200);
    assert!(reply.header("content-type").starts_with("image/svg+xml"));
    assert!(reply.body.starts_with("<svg"));
    assert!(reply.body.contains("ASSAULT"));
    assert!(reply.body.contains("<rect"));
    assert!(!reply.body.contains("<script"));
    let filtered = get(&app, "/chart.svg?type=CONSULT").body;
    assert!(
        !filtered.contains(">ASSAULT<"),
        "the legend follows the filter"
    );
}

#[test]
fn missing_pages_are_html_404s() {
    let app = examples_app();
    for uri in [
        "/events/ev-0000000000000000",
        "/articles/nope",
        "/people/Nobody",
        "/nowhere",
    ] {
        let reply = get(&app, uri);
        assert_eq!(reply.status, 404, "{uri}");
        assert!(reply.header("content-type").starts_with("text/html"));
        assert_safe_html(&reply.body);
        assert!(reply.body.contains("404"));
    }
}
