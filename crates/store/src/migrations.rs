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
    // Version 2: consolidation. Copies (MinHash signatures and their LSH
    // bands), block keys of article events, canonical events, their
    // members, stories, and dates inferred for undated articles.
    r#"
ALTER TABLE articles ADD COLUMN consolidated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN copy_of TEXT;
ALTER TABLE articles ADD COLUMN inferred_date TEXT;
ALTER TABLE articles ADD COLUMN inferred_latest TEXT;
ALTER TABLE articles ADD COLUMN inferred_from TEXT;
CREATE INDEX articles_pending ON articles(consolidated) WHERE consolidated = 0;

CREATE TABLE article_signatures (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    signature   BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE signature_bands (
    band        INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE mention_keys (
    key         INTEGER NOT NULL,
    article_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (key, article_id, seq),
    FOREIGN KEY (article_id, seq) REFERENCES events(article_id, seq)
) WITHOUT ROWID;

CREATE TABLE canonical_events (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    status      TEXT NOT NULL,
    date        TEXT,
    ordinal     INTEGER,
    actors      TEXT NOT NULL,
    place       TEXT,
    story       TEXT,
    story_key   TEXT,
    sources     INTEGER NOT NULL,
    payload     TEXT NOT NULL,
    sort_date   TEXT
) WITHOUT ROWID;
CREATE INDEX canonical_by_date ON canonical_events(date);
CREATE INDEX canonical_by_sort_date ON canonical_events(sort_date);
CREATE INDEX canonical_by_story_key ON canonical_events(story_key);
CREATE INDEX canonical_by_story ON canonical_events(story);

CREATE TABLE canonical_members (
    article_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    canonical   TEXT NOT NULL,
    PRIMARY KEY (article_id, seq),
    FOREIGN KEY (article_id, seq) REFERENCES events(article_id, seq)
) WITHOUT ROWID;
CREATE INDEX canonical_members_by_canonical ON canonical_members(canonical);

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL,
    title       TEXT NOT NULL,
    events      INTEGER NOT NULL,
    first       TEXT,
    last        TEXT
) WITHOUT ROWID;
CREATE INDEX stories_by_key ON stories(key);
"#,
    // Version 3: the language of each article (NULL before: read as
    // English), and what `storyline watch` has already read: files by
    // size and modification time, feed items by key, URLs by validators
    // and body hash.
    r#"
ALTER TABLE articles ADD COLUMN language TEXT;

CREATE TABLE watch_seen (
    source      TEXT NOT NULL,
    key         TEXT NOT NULL,
    size        INTEGER,
    mtime       INTEGER,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (source, key)
) WITHOUT ROWID;

CREATE TABLE watch_urls (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    body_hash     TEXT,
    checked_at    TEXT NOT NULL
) WITHOUT ROWID;
"#,
    // Version 4: a mention's block keys carry their role (filed under, or
    // looked up), so that a new batch pulls in only the stored mentions it
    // can link with, and are found by mention through an index. Keys of
    // earlier versions have no role: they are dropped and every article is
    // consolidated again on the next ingest (the same result, once).
    r#"
DROP TABLE mention_keys;
CREATE TABLE mention_keys (
    key         INTEGER NOT NULL,
    probe       INTEGER NOT NULL,
    article_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (key, probe, article_id, seq),
    FOREIGN KEY (article_id, seq) REFERENCES events(article_id, seq)
) WITHOUT ROWID;
CREATE INDEX mention_keys_by_mention ON mention_keys(article_id, seq);
UPDATE articles SET consolidated = 0;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
