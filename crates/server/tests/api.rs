//! The JSON API over the example articles: pages, filters, cursors,
//! single items and errors.

use storyline_store::{Filter, SqliteStore, Store};

use crate::support::{examples_app, examples_db, get};

fn ids(items: &serde_json::Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn timeline_pages_by_cursor_cover_the_timeline_in_store_order() {
    let app = examples_app();
    let store = SqliteStore::open(examples_db()).unwrap();
    let expected: Vec<String> = store
        .timeline(&Filter::default())
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert!(expected.len() > 20, "the examples make a real timeline");
    let mut seen = Vec::new();
    let mut uri = "/api/timeline?limit=7".to_string();
    let mut pages = 0;
    loop {
        let reply = get(&app, &uri);
        assert_eq!(reply.status, 200, "{}", reply.body);
        let page = reply.json();
        let items = ids(&page["items"]);
        assert!(items.len() <= 7);
        seen.extend(items);
        pages += 1;
        match page["next"].as_str() {
            Some(next) => {
                assert!(next.starts_with("/api/timeline?") && next.contains("limit=7"));
                uri = next.to_string();
            }
            None => break,
        }
    }
    assert_eq!(seen, expected);
    assert_eq!(pages, expected.len().div_ceil(7));
}

#[test]
fn timeline_filters_like_the_cli() {
    let app = examples_app();
    let store = SqliteStore::open(examples_db()).unwrap();
    let cases = [
        (
            "type=assault",
            Filter {
                kind: Some("ASSAULT".into()),
                ..Filter::default()
            },
        ),
        (
            "actor=RUS",
            Filter {
                actor: Some("RUS".into()),
                ..Filter::default()
            },
        ),
        (
            "place=Istanbul",
            Filter {
                place: Some("Istanbul".into()),
                ..Filter::default()
            },
        ),
        (
            "text=prisoner",
            Filter {
                text: Some("prisoner".into()),
                ..Filter::default()
            },
        ),
        (
            "since=2025-09-17&until=2025-09-17",
            Filter {
                since: "2025-09-17".parse().ok(),
                until: "2025-09-17".parse().ok(),
                ..Filter::default()
            },
        ),
        (
            "date=2025-09-17",
            Filter {
                since: "2025-09-17".parse().ok(),
                until: "2025-09-17".parse().ok(),
                ..Filter::default()
            },
        ),
    ];
    for (query, filter) in cases {
        let want: Vec<String> = store
            .timeline(&filter)
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect();
        assert!(!want.is_empty(), "{query} selects something");
        let reply = get(&app, &format!("/api/timeline?limit=500&{query}"));
        assert_eq!(reply.status, 200);
        assert_eq!(ids(&reply.json()["items"]), want, "{query}");
    }
    let all = store.timeline(&Filter::default()).unwrap().len();
    let story = store.stories(&Filter::default()).unwrap()[0].clone();
    let reply = get(&app, &format!("/api/timeline?limit=500&story={}", story.id));
    let items = reply.json()["items"].as_array().unwrap().len();
    assert_eq!(items, story.events);
    assert!(items < all);
}

#[test]
fn bad_parameters_are_400_with_a_json_message() {
    let app = examples_app();
    for (query, word) in [
        ("type=BOMBARD", "type"),
        ("since=yesterday", "since"),
        ("limit=0", "limit"),
        ("limit=100000", "limit"),
        ("cursor=zz", "cursor"),
        ("limit=1&limit=2", "query"),
    ] {
        let reply = get(&app, &format!("/api/timeline?{query}"));
        assert_eq!(reply.status, 400, "{query}");
        assert!(reply.header("content-type").starts_with("application/json"));
        let message = reply.json()["error"].as_str().unwrap().to_string();
        assert!(message.contains(word), "{query}: {message}");
    }
}

#[test]
fn one_event_has_its_evidence_quotes_and_people() {
    let app = examples_app();
    let store = SqliteStore::open(examples_db()).unwrap();
    // The consult event with the most sources: the Istanbul talks.
    let talks = store
        .timeline(&Filter {
            kind: Some("CONSULT".into()),
            ..Filter::default()
        })
        .unwrap()
        .into_iter()
        .max_by_key(|e| e.sources)
        .unwrap();
    let reply = get(&app, &format!("/api/events/{}", talks.id));
    assert_eq!(reply.status, 200);
    let detail = reply.json();
    assert_eq!(detail["event"]["id"], talks.id.as_str());
    let evidence = detail["evidence"].as_array().unwrap();
    let spans: usize = talks.mentions.iter().map(|m| m.evidence.len()).sum();
    assert_eq!(
        evidence.len(),
        spans,
        "every evidence span of every mention"
    );
    for ev in evidence {
        let article = store
            .article(&storyline_model::ArticleId::from_stored(
                ev["article"].as_str().unwrap().into(),
            ))
            .unwrap()
            .unwrap();
        let (start, end) = (
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(ev["text"].as_str().unwrap(), &article.text[start..end]);
        let context = ev["context"]["text"].as_str().unwrap();
        assert!(context.contains(ev["text"].as_str().unwrap()));
    }
    assert!(
        !detail["quotes"].as_array().unwrap().is_empty(),
        "talks are quoted"
    );
    assert!(
        !detail["people"].as_array().unwrap().is_empty(),
        "people are named"
    );
    assert!(
        detail["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "Istanbul"),
        "{}",
        detail["entities"]
    );
}

#[test]
fn unknown_items_are_404_in_json() {
    let app = examples_app();
    for uri in [
        "/api/events/ev-0000000000000000",
        "/api/articles/0000000000000000",
        "/api/people/Nobody%20At%20All",
        "/api/no-such-route",
    ] {
        let reply = get(&app, uri);
        assert_eq!(reply.status, 404, "{uri}");
        assert!(
            reply.json()["error"]
                .as_str()
                .unwrap()
                .starts_with("no such")
        );
    }
}

#[test]
fn articles_stories_quotes_people_and_entities_page_by_offset() {
    let app = examples_app();
    let first = get(&app, "/api/articles?limit=5").json();
    assert_eq!(first["items"].as_array().unwrap().len(), 5);
    let next = first["next"].as_str().unwrap();
    assert!(next.contains("offset=5"), "{next}");
    let second = get(&app, next).json();
    let a = ids(&first["items"]);
    let b = ids(&second["items"]);
    assert!(a.iter().all(|id| !b.contains(id)), "pages do not overlap");
    let total = ids(&get(&app, "/api/articles?limit=500").json()["items"]).len();
    assert_eq!(total, 13, "the 13 example articles");

    let article = get(&app, &format!("/api/articles/{}", a[0])).json();
    assert!(article["article"]["text"].as_str().unwrap().len() > 100);
    assert!(!article["events"].as_array().unwrap().is_empty());

    let stories = get(&app, "/api/stories").json();
    assert!(!stories["items"].as_array().unwrap().is_empty());

    let quotes = get(&app, "/api/quotes?actor=Marchuk").json();
    let quotes = quotes["items"].as_array().unwrap();
    assert!(!quotes.is_empty());
    assert!(
        quotes
            .iter()
            .all(|q| q["quote"]["speaker"]["name"] == "Olena Marchuk")
    );

    let people = get(&app, "/api/people?limit=500").json();
    let people = people["items"].as_array().unwrap();
    assert!(people.iter().all(|p| p["entity"]["kind"] == "person"));
    assert!(
        people
            .iter()
            .any(|p| p["entity"]["name"] == "Olena Marchuk")
    );

    let person = get(&app, "/api/people/Olena%20Marchuk").json();
    assert_eq!(person["person"]["entity"]["name"], "Olena Marchuk");
    assert!(!person["quotes"].as_array().unwrap().is_empty());

    let entities = get(&app, "/api/entities?q=Dnipro").json();
    assert!(
        entities["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["entity"]["name"] == "Dnipro")
    );
}

#[test]
fn search_finds_events_articles_quotes_and_names() {
    let app = examples_app();
    let found = get(&app, "/api/search?q=dnipro").json();
    assert_eq!(found["query"], "dnipro");
    for kind in ["events", "articles", "entities"] {
        assert!(!found[kind].as_array().unwrap().is_empty(), "{kind}");
    }
    let none = get(&app, "/api/search?q=zzzzqqq").json();
    assert!(none["events"].as_array().unwrap().is_empty());
    assert_eq!(get(&app, "/api/search").status, 400, "q is required");
}

#[test]
fn filter_values_are_data_not_sql() {
    let app = examples_app();
    for hostile in [
        "%27%20OR%201%3D1%20--",
        "%22%29%3B%20DROP%20TABLE%20articles%3B%20--",
    ] {
        for param in ["actor", "place", "story", "text"] {
            let reply = get(&app, &format!("/api/timeline?{param}={hostile}"));
            assert_eq!(reply.status, 200);
            assert!(
                reply.json()["items"].as_array().unwrap().is_empty(),
                "{param}"
            );
        }
    }
    assert_eq!(
        get(&app, "/api/articles?limit=500").json()["items"]
            .as_array()
            .unwrap()
            .len(),
        13
    );
}

#[test]
fn answers_follow_a_store_written_by_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    crate::support::build_store(
        &db,
        vec![storyline_model::Article::from_text(
            "Russian forces shelled Kharkiv on Tuesday, killing five people.".into(),
        )],
    );
    let app = storyline_server::app(
        storyline_server::AppState::open(&storyline_server::Options::new(&db)).unwrap(),
    );
    let count = |app: &axum::Router| {
        get(app, "/api/articles").json()["items"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(&app), 1);
    assert_eq!(count(&app), 1, "now answered from the cache");
    // Another writer, as `storyline ingest` beside the server would be.
    crate::support::build_store(
        &db,
        vec![storyline_model::Article::from_text(
            "Ukraine and Russia held talks in Istanbul on Thursday.".into(),
        )],
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while count(&app) != 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "the new article shows"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
