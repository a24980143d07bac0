//! Versioned schema migrations, tracked in `PRAGMA user_version`.
//!
//! Each migration runs in its own transaction together with the version
//! bump, so a store is always at exactly one version. Never edit a released
//! migration: add a new one. `tests/fixtures/v*.sql` keep a store of each
//! version, and a test opens every one of them with the current code.

/// Migrations in order; `MIGRATIONS[i]` takes the store from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // Version 1: articles, their locations, and per-article extractions.
    r#"
CREATE TABLE articles (
    id           TEXT NOT NULL UNIQUE,
    path         TEXT,
    url          TEXT,
    title        TEXT,
    external_id  TEXT,
    date         TEXT,
    date_source  TEXT NOT NULL,
    text         TEXT NOT NULL,
    bytes        INTEGER NOT NULL,
    extractor    TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles(date);

CREATE TABLE article_locations (
    article_id  TEXT NOT NULL REFERENCES articles(id),
    location    TEXT NOT NULL,
    PRIMARY KEY (article_id, location)
) WITHOUT ROWID;

CREATE TABLE events (
    article_id   TEXT NOT NULL REFERENCES articles(id),
    seq          INTEGER NOT NULL,
    type         TEXT NOT NULL,
    status       TEXT NOT NULL,
    date         TEXT,
    actors       TEXT NOT NULL,
    place        TEXT,
    rule         TEXT NOT NULL,
    story        TEXT,
    payload      TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_type ON events(type, date);

CREATE TABLE quotes (
    article_id   TEXT NOT NULL REFERENCES articles(id),
    seq          INTEGER NOT NULL,
    speaker      TEXT,
    text         TEXT NOT NULL,
    payload      TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE entities (
    article_id   TEXT NOT NULL REFERENCES articles(id),
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    code         TEXT,
    mentions     INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX entities_by_name ON entities(kind, name);
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
