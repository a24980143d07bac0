//! The SQLite store: round trips, filters, idempotence and old schema versions.

use storyline_model::{
    Actor, Article, DateSource, DateValue, Entity, EntityKind, Event, EventStatus, Evidence,
    Extraction, Location, Mention, PloverType, Precision, Quote, RuleId, Speaker,
};
use storyline_store::{ErrorKind, Filter, PutOutcome, SCHEMA_VERSION, SqliteStore, Store};

fn event(
    kind: PloverType,
    date: &str,
    source: &str,
    target: &str,
    place: &str,
    status: EventStatus,
) -> Event {
    let actor = |code: &str| Actor {
        name: code.to_string(),
        code: Some(code.to_string()),
    };
    Event {
        kind,
        mode: None,
        source: Some(actor(source)),
        target: Some(actor(target)),
        participants: vec![source.to_string(), target.to_string()],
        location: Some(Location {
            name: place.to_string(),
            country: None,
            lat: None,
            lon: None,
        }),
        date: Some(DateValue {
            value: Some(date.to_string()),
            precision: if date.len() == 10 {
                Precision::Day
            } else {
                Precision::Month
            },
            text: "on Monday".into(),
            resolved: true,
            span: None,
        }),
        status,
        quantities: Vec::new(),
        evidence: vec![Evidence {
            start: 0,
            end: 5,
            sentence: 0,
        }],
        rule: RuleId::new("test/rule"),
        ordinal: None,
    }
}

fn sample() -> Vec<Extraction> {
    let article = Article::from_text("Strikes and talks.".into()).with_date(
        chrono::NaiveDate::from_ymd_opt(2025, 7, 22).unwrap(),
        DateSource::Header,
    );
    let mut ex = Extraction::empty(article);
    ex.events = vec![
        event(
            PloverType::Assault,
            "2025-07-21",
            "RUS",
            "UKR",
            "Kyiv",
            EventStatus::Reported,
        ),
        event(
            PloverType::Consult,
            "2025-07-23",
            "RUS",
            "UKR",
            "Istanbul",
            EventStatus::Scheduled,
        ),
        event(
            PloverType::Retreat,
            "2025-06",
            "UKR",
            "RUS",
            "Belarus border",
            EventStatus::Background,
        ),
    ];
    ex.quotes = vec![Quote {
        text: "We see no reason".into(),
        speaker: Some(Speaker {
            name: "Dmitry Peskov".into(),
            role: Some("Kremlin spokesman".into()),
            code: Some("RUS".into()),
        }),
        evidence: vec![Evidence {
            start: 0,
            end: 5,
            sentence: 0,
        }],
        rule: RuleId::new("quote/test"),
    }];
    ex.entities = vec![Entity {
        kind: EntityKind::Person,
        name: "Dmitry Peskov".into(),
        code: Some("RUS".into()),
        role: Some("Kremlin spokesman".into()),
        lat: None,
        lon: None,
        mentions: vec![
            Mention {
                start: 0,
                end: 5,
                rule: None,
            },
            Mention {
                start: 6,
                end: 9,
                rule: None,
            },
        ],
    }];
    let other = Extraction::empty(Article::from_text("Another article.".into()));
    vec![ex, other]
}

fn kinds(store: &SqliteStore, filter: Filter) -> Vec<&'static str> {
    store
        .events(&filter)
        .unwrap()
        .iter()
        .map(|e| e.event.kind.as_str())
        .collect()
}

#[test]
fn round_trip_and_idempotence() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    assert_eq!(
        store.put_batch(&sample()).unwrap(),
        [PutOutcome::New, PutOutcome::New]
    );
    assert_eq!(
        store.put_batch(&sample()).unwrap(),
        [PutOutcome::AlreadyStored, PutOutcome::AlreadyStored]
    );
    let counts = store.counts().unwrap();
    assert_eq!(
        (
            counts.articles,
            counts.events,
            counts.quotes,
            counts.entities
        ),
        (2, 3, 1, 1)
    );
    let stored = store.events(&Filter::default()).unwrap();
    assert_eq!(
        stored[1].event,
        sample()[0].events[0],
        "events come back as stored, in date order"
    );
    assert!(store.has_article(&sample()[0].article.id).unwrap());
    assert!(
        !store
            .has_article(&storyline_model::ArticleId::from_text("never stored"))
            .unwrap()
    );
    let article = store.article(&sample()[0].article.id).unwrap().unwrap();
    assert_eq!(article, sample()[0].article);
    let entities = store.entities(&Filter::default()).unwrap();
    assert_eq!((entities[0].articles, entities[0].mentions), (1, 2));
    assert_eq!(
        store
            .quotes(&Filter {
                actor: Some("peskov".into()),
                ..Filter::default()
            })
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .quotes(&Filter {
                actor: Some("UKR".into()),
                ..Filter::default()
            })
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn event_filters() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.put_batch(&sample()).unwrap();
    assert_eq!(
        kinds(&store, Filter::default()),
        ["RETREAT", "ASSAULT", "CONSULT"]
    );
    let f = |f: Filter| kinds(&store, f);
    assert_eq!(
        f(Filter {
            kind: Some("consult".into()),
            ..Filter::default()
        }),
        ["CONSULT"]
    );
    assert_eq!(
        f(Filter {
            place: Some("kyiv".into()),
            ..Filter::default()
        }),
        ["ASSAULT"]
    );
    assert_eq!(
        f(Filter {
            actor: Some("UKR".into()),
            ..Filter::default()
        })
        .len(),
        3
    );
    assert_eq!(
        f(Filter {
            actor: Some("UK".into()),
            ..Filter::default()
        })
        .len(),
        3,
        "fragment of a name"
    );
    assert!(
        f(Filter {
            actor: Some("GBR".into()),
            ..Filter::default()
        })
        .is_empty(),
        "codes match whole"
    );
    let day = |s: &str| Some(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
    assert_eq!(
        f(Filter {
            since: day("2025-06-15"),
            ..Filter::default()
        }),
        ["RETREAT", "ASSAULT", "CONSULT"],
        "a month overlaps"
    );
    assert_eq!(
        f(Filter {
            since: day("2025-07-22"),
            ..Filter::default()
        }),
        ["CONSULT"]
    );
    assert_eq!(
        f(Filter {
            until: day("2025-07-21"),
            ..Filter::default()
        }),
        ["RETREAT", "ASSAULT"]
    );
    assert_eq!(
        f(Filter {
            statuses: vec![EventStatus::Reported, EventStatus::Scheduled],
            ..Filter::default()
        }),
        ["ASSAULT", "CONSULT"]
    );
    assert_eq!(
        f(Filter {
            limit: Some(1),
            ..Filter::default()
        }),
        ["RETREAT"]
    );
    assert_eq!(
        f(Filter {
            text: Some("istanbul".into()),
            ..Filter::default()
        }),
        ["CONSULT"]
    );
}

#[test]
fn opens_a_version_1_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(include_str!("fixtures/v1.sql")).unwrap();
    drop(conn);
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    store.check_integrity().unwrap();
    // Stored before languages were detected: read as unknown (English).
    let articles = store.articles(&Filter::default()).unwrap();
    assert!(
        articles
            .iter()
            .all(|a| a.language.is_none() && a.is_english())
    );
    let events = store
        .events(&Filter {
            place: Some("TUR".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].event.kind, PloverType::Consult);
    assert_eq!(
        store.quotes(&Filter::default()).unwrap()[0]
            .quote
            .speaker
            .as_ref()
            .unwrap()
            .code
            .as_deref(),
        Some("UKR")
    );
    assert_eq!(
        store.entities(&Filter::default()).unwrap()[0].entity.name,
        "Istanbul"
    );
}

#[test]
fn refuses_a_store_from_a_newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    let err = SqliteStore::open(&path).err().unwrap();
    assert!(matches!(err.kind, ErrorKind::TooNew { .. }));
    assert!(err.to_string().contains("upgrade storyline"), "{err}");
}

#[test]
fn coarse_dates_sort_after_the_days_they_contain() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut ex = Extraction::empty(Article::from_text("Order of dates.".into()));
    ex.events = vec![
        event(
            PloverType::Assault,
            "2025",
            "RUS",
            "UKR",
            "Kyiv",
            EventStatus::Reported,
        ),
        event(
            PloverType::Consult,
            "2025-09",
            "RUS",
            "UKR",
            "Istanbul",
            EventStatus::Reported,
        ),
        event(
            PloverType::Retreat,
            "2025-09-30",
            "RUS",
            "UKR",
            "Istanbul",
            EventStatus::Reported,
        ),
        event(
            PloverType::Aid,
            "2025-08-01",
            "USA",
            "UKR",
            "Kyiv",
            EventStatus::Reported,
        ),
    ];
    store.put_batch(&[ex]).unwrap();
    assert_eq!(
        kinds(&store, Filter::default()),
        ["AID", "RETREAT", "CONSULT", "ASSAULT"]
    );
}

#[test]
fn the_language_of_an_article_is_kept() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut article = Article::from_text("Les négociations reprennent lundi à Genève.".into());
    article.language = Some("fr".into());
    let id = article.id.clone();
    store.put_batch(&[Extraction::empty(article)]).unwrap();
    let back = store.article(&id).unwrap().unwrap();
    assert_eq!(back.language.as_deref(), Some("fr"));
    assert!(!back.is_english());
}
