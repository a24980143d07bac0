//! The embedded SQLite store.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{
    Connection, OptionalExtension, Transaction, params, params_from_iter, types::Value,
};
use storyline_model::{
    Actor, Article, ArticleId, CanonicalEvent, DateSource, Entity, Event, Extraction, Location,
    Quote, Story,
};

use crate::migrations::{MIGRATIONS, SCHEMA_VERSION};
use crate::{
    Counts, EntitySummary, Error, ErrorKind, Filter, PutOutcome, Store, StoredEvent, StoredQuote,
};

/// Version of the extractor recorded with each article, so articles can be
/// re-extracted when extraction improves.
const EXTRACTOR: &str = concat!("storyline-", env!("CARGO_PKG_VERSION"));

/// Articles and extractions in one SQLite file (WAL mode).
pub struct SqliteStore {
    pub(crate) conn: Connection,
    pub(crate) name: String,
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path`, creating its folder
    /// and bringing its schema to the current version.
    pub fn open(path: &Path) -> Result<SqliteStore, Error> {
        let name = path.display().to_string();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|err| Error::new(&name, ErrorKind::Io(err)))?;
        }
        let conn =
            Connection::open(path).map_err(|err| Error::new(&name, ErrorKind::Database(err)))?;
        SqliteStore::init(conn, name)
    }

    /// A private store in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<SqliteStore, Error> {
        let conn = Connection::open_in_memory()
            .map_err(|err| Error::new(":memory:", ErrorKind::Database(err)))?;
        SqliteStore::init(conn, ":memory:".to_string())
    }

    fn init(conn: Connection, name: String) -> Result<SqliteStore, Error> {
        let mut store = SqliteStore { conn, name };
        store.configure().map_err(|err| store.db_error(err))?;
        store.migrate()?;
        Ok(store)
    }

    fn configure(&self) -> rusqlite::Result<()> {
        // WAL: readers never block the writer and a crash mid-transaction
        // leaves the last committed state. synchronous=NORMAL keeps every
        // committed transaction across a process crash (only a power loss may
        // drop the newest ones, never corrupt). busy_timeout lets a reader
        // and an ingest share the file.
        self.conn.busy_timeout(std::time::Duration::from_secs(30))?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        // 64 MiB of page cache keeps the indexes of a large store in memory
        // during ingest (the default 2 MiB makes every insert read pages).
        self.conn.pragma_update(None, "cache_size", -65536)?;
        // Checkpoint the WAL every 64 MiB rather than every 4 MiB: index
        // pages touched by many batches are copied to the database once.
        self.conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
        Ok(())
    }

    fn migrate(&mut self) -> Result<(), Error> {
        let found: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|err| self.db_error(err))?;
        if found > SCHEMA_VERSION {
            return Err(Error::new(
                &self.name,
                ErrorKind::TooNew {
                    found,
                    known: SCHEMA_VERSION,
                },
            ));
        }
        for (version, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let result = (|| {
                let tx = self.conn.transaction()?;
                tx.execute_batch(sql)?;
                tx.pragma_update(None, "user_version", version as i64 + 1)?;
                tx.commit()
            })();
            result.map_err(|err| self.db_error(err))?;
        }
        Ok(())
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64, Error> {
        self.conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|err| self.db_error(err))
    }

    /// Runs SQLite's own consistency check; `Ok(())` when the file is sound.
    pub fn check_integrity(&self) -> Result<(), Error> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .map_err(|err| self.db_error(err))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(Error::new(&self.name, ErrorKind::Corrupt(verdict)))
        }
    }

    pub(crate) fn db_error(&self, err: rusqlite::Error) -> Error {
        Error::new(&self.name, ErrorKind::Database(err))
    }

    fn corrupt(&self, what: &str, err: impl std::fmt::Display) -> Error {
        Error::new(&self.name, ErrorKind::Corrupt(format!("{what}: {err}")))
    }

    fn query<T>(
        &self,
        sql: &str,
        args: Vec<Value>,
        mut map: impl FnMut(&rusqlite::Row<'_>) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(|err| self.db_error(err))?;
        let mut rows = stmt
            .query(params_from_iter(args))
            .map_err(|err| self.db_error(err))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|err| self.db_error(err))? {
            out.push(map(row)?);
        }
        Ok(out)
    }

    fn decode<T: serde::de::DeserializeOwned>(&self, what: &str, json: &str) -> Result<T, Error> {
        serde_json::from_str(json).map_err(|err| self.corrupt(what, err))
    }
}

fn put_one(
    tx: &Transaction<'_>,
    extraction: &Extraction,
    now: &str,
) -> rusqlite::Result<PutOutcome> {
    let a = &extraction.article;
    let inserted = tx.prepare_cached(
                "INSERT OR IGNORE INTO articles (id, path, url, title, external_id, date, date_source, text, bytes, extractor, ingested_at, partial, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        a.id.as_str(),
        a.path,
        a.url,
        a.title,
        a.external_id,
        a.date.map(|d| d.to_string()),
        a.date_source.as_str(),
        a.text,
        a.text.len() as i64,
                EXTRACTOR,
        now,
        a.partial,
        a.language,
    ])?;
    for location in [&a.path, &a.url].into_iter().flatten() {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO article_locations (article_id, location) VALUES (?1, ?2)",
        )?
        .execute(params![a.id.as_str(), location])?;
    }
    if inserted == 0 {
        return Ok(PutOutcome::AlreadyStored);
    }
    for (seq, event) in extraction.events.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO events (article_id, seq, type, status, date, actors, place, rule, payload)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            a.id.as_str(),
            seq as i64,
            event.kind.as_str(),
            event.status.as_str(),
            event.date.as_ref().and_then(|d| d.value.clone()),
            actor_keys(event),
            event.location.as_ref().map(place_key),
            event.rule.as_str(),
            to_json(event),
        ])?;
    }
    for (seq, quote) in extraction.quotes.iter().enumerate() {
        tx.prepare_cached("INSERT INTO quotes (article_id, seq, speaker, text, payload) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![
                a.id.as_str(),
                seq as i64,
                quote.speaker.as_ref().map(|s| {
                    format!("|{}|{}|", s.name.to_lowercase(), s.code.as_deref().unwrap_or("").to_lowercase())
                }),
                quote.text,
                to_json(quote),
            ])?;
    }
    for (seq, entity) in extraction.entities.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO entities (article_id, seq, kind, name, code, mentions, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            a.id.as_str(),
            seq as i64,
            entity.kind.as_str(),
            entity.name,
            entity.code,
            entity.mentions.len() as i64,
            to_json(&Entity {
                mentions: Vec::new(),
                ..entity.clone()
            }),
        ])?;
    }
    Ok(PutOutcome::New)
}

/// `|code|name|...|` in lower case: codes match whole, names by fragment.
fn actor_keys(event: &Event) -> String {
    actor_keys_of(&event.source, &event.target, &event.participants)
}

/// [`actor_keys`] of any source, target and participants.
pub(crate) fn actor_keys_of(
    source: &Option<Actor>,
    target: &Option<Actor>,
    participants: &[String],
) -> String {
    let mut keys = vec![String::new()];
    for actor in [source, target].into_iter().flatten() {
        keys.push(actor.name.to_lowercase());
        keys.extend(actor.code.iter().map(|c| c.to_lowercase()));
    }
    keys.extend(participants.iter().map(|c| c.to_lowercase()));
    keys.push(String::new());
    keys.join("|")
}

/// `|name|country|` in lower case.
pub(crate) fn place_key(l: &Location) -> String {
    format!(
        "|{}|{}|",
        l.name.to_lowercase(),
        l.country.as_deref().unwrap_or("").to_lowercase()
    )
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain data structs to a String cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// SQL for "column holds the actor": a code (`RUS`, `IGO:UN`) must match a
/// whole key; other words match any fragment.
fn key_clause(column: &str, needle: &str, args: &mut Vec<Value>) -> String {
    let needle = needle.trim();
    let is_code = needle.contains(':')
        || (needle.len() == 3 && needle.bytes().all(|b| b.is_ascii_uppercase()));
    if is_code {
        args.push(Value::Text(format!("|{}|", needle.to_lowercase())));
    } else {
        args.push(Value::Text(needle.to_lowercase()));
    }
    format!("instr({column}, ?) > 0")
}

/// SQL keeping rows whose date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) can fall
/// inside the filter's range: a month value overlaps a range starting mid-month.
fn date_clauses(column: &str, filter: &Filter, args: &mut Vec<Value>, clauses: &mut Vec<String>) {
    if let Some(since) = filter.since {
        args.push(Value::Text(since.to_string()));
        clauses.push(format!("{column} >= substr(?, 1, length({column}))"));
    }
    if let Some(until) = filter.until {
        args.push(Value::Text(until.to_string()));
        clauses.push(format!("{column} <= ?"));
    }
}

/// The WHERE clauses of an event filter over a table aliased `alias` with
/// the columns `actors`, `type`, `place`, `date`, `status`, `story` and
/// `payload` (article events and canonical events alike).
pub(crate) fn event_clauses(alias: &str, filter: &Filter) -> (Vec<Value>, Vec<String>) {
    let mut args = Vec::new();
    let mut clauses = Vec::new();
    if let Some(actor) = &filter.actor {
        clauses.push(key_clause(&format!("{alias}.actors"), actor, &mut args));
    }
    if let Some(kind) = &filter.kind {
        args.push(Value::Text(kind.trim().to_uppercase()));
        clauses.push(format!("{alias}.type = ?"));
    }
    if let Some(place) = &filter.place {
        clauses.push(key_clause(
            &format!("coalesce({alias}.place, '')"),
            place,
            &mut args,
        ));
    }
    date_clauses(&format!("{alias}.date"), filter, &mut args, &mut clauses);
    if !filter.statuses.is_empty() {
        let marks = vec!["?"; filter.statuses.len()].join(", ");
        args.extend(
            filter
                .statuses
                .iter()
                .map(|s| Value::Text(s.as_str().into())),
        );
        clauses.push(format!("{alias}.status IN ({marks})"));
    }
    if let Some(story) = &filter.story {
        clauses.push(text_clause(
            &[&format!("coalesce({alias}.story, '')")],
            story,
            &mut args,
        ));
    }
    if let Some(text) = &filter.text {
        clauses.push(text_clause(&[&format!("{alias}.payload")], text, &mut args));
    }
    (args, clauses)
}

fn text_clause(columns: &[&str], needle: &str, args: &mut Vec<Value>) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|c| {
            args.push(Value::Text(needle.to_lowercase()));
            format!("instr(lower({c}), ?) > 0")
        })
        .collect();
    format!("({})", parts.join(" OR "))
}

fn finish(
    sql: &mut String,
    clauses: &[String],
    order: &str,
    filter: &Filter,
    args: &mut Vec<Value>,
) {
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(" ORDER BY ");
    sql.push_str(order);
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        args.push(Value::Integer(limit.min(i64::MAX as usize) as i64));
    }
}

fn parse_date(value: Option<String>) -> Option<NaiveDate> {
    value.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
}

const ARTICLE_COLUMNS: &str =
    "id, path, url, title, external_id, date, date_source, text, partial, language";

fn article_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        id: ArticleId::from_stored(row.get(0)?),
        path: row.get(1)?,
        url: row.get(2)?,
        title: row.get(3)?,
        external_id: row.get(4)?,
        date: parse_date(row.get(5)?),
        date_source: DateSource::parse(&row.get::<_, String>(6)?),
        text: row.get(7)?,
        partial: row.get(8)?,
        language: row.get(9)?,
    })
}

impl Store for SqliteStore {
    fn put_batch(&mut self, batch: &[Extraction]) -> Result<Vec<PutOutcome>, Error> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let result = (|| {
            let tx = self.conn.transaction()?;
            let outcomes = batch
                .iter()
                .map(|extraction| put_one(&tx, extraction, &now))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            tx.commit()?;
            Ok(outcomes)
        })();
        result.map_err(|err| self.db_error(err))
    }

    fn articles(&self, filter: &Filter) -> Result<Vec<Article>, Error> {
        let mut args = Vec::new();
        let mut clauses = Vec::new();
        date_clauses("date", filter, &mut args, &mut clauses);
        if let Some(text) = &filter.text {
            clauses.push(text_clause(&["title", "text"], text, &mut args));
        }
        let mut sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles");
        finish(
            &mut sql,
            &clauses,
            "date IS NULL, date DESC, rowid",
            filter,
            &mut args,
        );
        self.query(&sql, args, |row| {
            article_from_row(row).map_err(|err| self.db_error(err))
        })
    }

    fn article(&self, id: &ArticleId) -> Result<Option<Article>, Error> {
        self.conn
            .query_row(
                &format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1"),
                [id.as_str()],
                article_from_row,
            )
            .optional()
            .map_err(|err| self.db_error(err))
    }

    fn has_article(&self, id: &ArticleId) -> Result<bool, Error> {
        self.conn
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")
            .and_then(|mut stmt| stmt.exists([id.as_str()]))
            .map_err(|err| self.db_error(err))
    }

    fn events(&self, filter: &Filter) -> Result<Vec<StoredEvent>, Error> {
        let (mut args, clauses) = event_clauses("e", filter);
        let mut sql = "SELECT e.article_id, a.date, coalesce(a.url, a.path), e.payload FROM events e JOIN articles a ON a.id = e.article_id".to_string();
        finish(
            &mut sql,
            &clauses,
            // A month or year sorts after the days it contains: "2025-09"
            // comes after "2025-09-30", "2025" after all of 2025.
            "e.date IS NULL, substr(e.date || '-99-99', 1, 10), a.date, e.article_id, e.seq",
            filter,
            &mut args,
        );
        self.query(&sql, args, |row| {
            let payload: String = row.get(3).map_err(|err| self.db_error(err))?;
            Ok(StoredEvent {
                article_id: ArticleId::from_stored(row.get(0).map_err(|err| self.db_error(err))?),
                article_date: parse_date(row.get(1).map_err(|err| self.db_error(err))?),
                article_location: row.get(2).map_err(|err| self.db_error(err))?,
                event: self.decode::<Event>("event", &payload)?,
            })
        })
    }

    fn quotes(&self, filter: &Filter) -> Result<Vec<StoredQuote>, Error> {
        let mut args = Vec::new();
        let mut clauses = Vec::new();
        if let Some(actor) = &filter.actor {
            clauses.push(key_clause("coalesce(q.speaker, '')", actor, &mut args));
        }
        date_clauses("a.date", filter, &mut args, &mut clauses);
        if let Some(text) = &filter.text {
            clauses.push(text_clause(&["q.text"], text, &mut args));
        }
        let mut sql = "SELECT q.article_id, a.date, q.payload FROM quotes q JOIN articles a ON a.id = q.article_id".to_string();
        finish(
            &mut sql,
            &clauses,
            "a.date IS NULL, a.date, q.article_id, q.seq",
            filter,
            &mut args,
        );
        self.query(&sql, args, |row| {
            let payload: String = row.get(2).map_err(|err| self.db_error(err))?;
            Ok(StoredQuote {
                article_id: ArticleId::from_stored(row.get(0).map_err(|err| self.db_error(err))?),
                article_date: parse_date(row.get(1).map_err(|err| self.db_error(err))?),
                quote: self.decode::<Quote>("quote", &payload)?,
            })
        })
    }

    fn entities(&self, filter: &Filter) -> Result<Vec<EntitySummary>, Error> {
        let mut args = Vec::new();
        let mut clauses = Vec::new();
        if let Some(text) = &filter.text {
            clauses.push(text_clause(
                &["name", "coalesce(code, '')"],
                text,
                &mut args,
            ));
        }
        if let Some(actor) = &filter.actor {
            clauses.push(text_clause(
                &["name", "coalesce(code, '')"],
                actor,
                &mut args,
            ));
        }
        let mut sql = "SELECT min(payload), count(DISTINCT article_id), sum(mentions), kind, name, code FROM entities".to_string();
        if !clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&clauses.join(" AND "));
        }
        sql.push_str(" GROUP BY kind, name, code");
        finish(&mut sql, &[], "sum(mentions) DESC, name", filter, &mut args);
        self.query(&sql, args, |row| {
            let payload: String = row.get(0).map_err(|err| self.db_error(err))?;
            Ok(EntitySummary {
                entity: self.decode::<Entity>("entity", &payload)?,
                articles: row.get::<_, i64>(1).map_err(|err| self.db_error(err))? as u64,
                mentions: row.get::<_, i64>(2).map_err(|err| self.db_error(err))? as u64,
            })
        })
    }

    fn counts(&self) -> Result<Counts, Error> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
                        (SELECT count(*) FROM quotes), (SELECT count(*) FROM entities)",
                [],
                |row| {
                    Ok(Counts {
                        articles: row.get::<_, i64>(0)? as u64,
                        events: row.get::<_, i64>(1)? as u64,
                        quotes: row.get::<_, i64>(2)? as u64,
                        entities: row.get::<_, i64>(3)? as u64,
                    })
                },
            )
            .map_err(|err| self.db_error(err))
    }

    fn consolidate(&mut self, names: crate::Names<'_>) -> Result<crate::ConsolidateStats, Error> {
        self.consolidate_pending(names)
    }

    fn timeline(&self, filter: &Filter) -> Result<Vec<CanonicalEvent>, Error> {
        let (mut args, clauses) = event_clauses("c", filter);
        let mut sql = "SELECT c.id, c.payload FROM canonical_events c".to_string();
        finish(
            &mut sql,
            &clauses,
            "c.sort_date IS NULL, c.sort_date, c.ordinal IS NULL, c.ordinal, c.id",
            filter,
            &mut args,
        );
        self.query(&sql, args, |row| {
            let id: String = row.get(0).map_err(|err| self.db_error(err))?;
            let payload: String = row.get(1).map_err(|err| self.db_error(err))?;
            self.decode::<CanonicalEvent>(&format!("canonical event {id}"), &payload)
        })
    }

    fn stories(&self, filter: &Filter) -> Result<Vec<Story>, Error> {
        let mut args = Vec::new();
        let mut clauses = Vec::new();
        if let Some(story) = &filter.story {
            clauses.push(text_clause(&["id || ' ' || title"], story, &mut args));
        }
        if let Some(since) = filter.since {
            args.push(Value::Text(since.to_string()));
            clauses.push("coalesce(last, '9999') >= ?".into());
        }
        if let Some(until) = filter.until {
            args.push(Value::Text(until.to_string()));
            clauses.push("coalesce(first, '0000') <= ?".into());
        }
        let mut sql = "SELECT id, title, events, first, last FROM stories".to_string();
        finish(
            &mut sql,
            &clauses,
            "first IS NULL, first, id",
            filter,
            &mut args,
        );
        self.query(&sql, args, |row| {
            let get = |i: usize| -> Result<Option<String>, Error> {
                row.get(i).map_err(|err| self.db_error(err))
            };
            Ok(Story {
                id: get(0)?.unwrap_or_default(),
                title: get(1)?.unwrap_or_default(),
                events: row.get::<_, i64>(2).map_err(|err| self.db_error(err))? as usize,
                first: parse_date(get(3)?),
                last: parse_date(get(4)?),
            })
        })
    }
}
