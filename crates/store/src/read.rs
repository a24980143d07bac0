//! Reads for a long-running reader such as the web server: read-only
//! connections, timeline pages behind a keyset cursor, one canonical event
//! or one article's stored extraction by id, and counts per day.
//!
//! A page is found by the cursor of the last row shown rather than by an
//! offset, so page 500 costs what page 1 costs: the dated part of the
//! timeline is walked along `canonical_by_sort_date` and only rows sharing
//! one `sort_date` are sorted.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params_from_iter, types::Value};
use storyline_model::{ArticleId, CanonicalEvent, Entity, Event, PloverType, Quote};

use crate::migrations::SCHEMA_VERSION;
use crate::sqlite::event_clauses;
use crate::{EntitySummary, Error, ErrorKind, Filter, SqliteStore};

/// One page of the timeline and the cursor of the page after it.
#[derive(Debug, Clone)]
pub struct TimelinePage {
    /// Canonical events in timeline order.
    pub events: Vec<CanonicalEvent>,
    /// Opaque cursor for [`SqliteStore::timeline_page`]; `None` on the last page.
    pub next: Option<String>,
}

/// What one article's extraction left in the store.
#[derive(Debug, Clone)]
pub struct StoredExtraction {
    /// Article events, in extraction order (`seq`).
    pub events: Vec<Event>,
    /// Quotes, in extraction order.
    pub quotes: Vec<Quote>,
    /// Entities without their mentions (the store keeps counts only).
    pub entities: Vec<Entity>,
    /// For each article event merged into a canonical event: `(seq, canonical id)`.
    pub canonical: Vec<(u32, String)>,
}

/// The position of a row in timeline order: (undated, sort date, no
/// ordinal, ordinal, id), the same order as [`crate::Store::timeline`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct Position {
    undated: bool,
    sort_date: String,
    no_ordinal: bool,
    ordinal: i64,
    id: String,
}

impl Position {
    fn encode(&self) -> String {
        let plain = format!(
            "{}|{}|{}|{}|{}",
            u8::from(self.undated),
            self.sort_date,
            u8::from(self.no_ordinal),
            self.ordinal,
            self.id
        );
        plain.bytes().map(|b| format!("{b:02x}")).collect()
    }

    fn decode(cursor: &str) -> Option<Position> {
        if cursor.len() % 2 != 0 || cursor.len() > 512 {
            return None;
        }
        let bytes: Option<Vec<u8>> = (0..cursor.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(cursor.get(i..i + 2)?, 16).ok())
            .collect();
        let plain = String::from_utf8(bytes?).ok()?;
        let mut parts = plain.splitn(5, '|');
        let flag = |s: &str| match s {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        };
        Some(Position {
            undated: flag(parts.next()?)?,
            sort_date: parts.next()?.to_string(),
            no_ordinal: flag(parts.next()?)?,
            ordinal: parts.next()?.parse().ok()?,
            id: parts.next()?.to_string(),
        })
    }
}

impl SqliteStore {
    /// Opens an existing store for reading only: no migration, no write,
    /// several such connections read beside one writer (WAL). The store must
    /// be at the current schema version (open it once with
    /// [`SqliteStore::open`] to migrate it).
    pub fn open_read_only(path: &Path) -> Result<SqliteStore, Error> {
        let name = path.display().to_string();
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|err| Error::new(&name, ErrorKind::Database(err)))?;
        let store = SqliteStore { conn, name };
        let configure = || -> rusqlite::Result<i64> {
            store.conn.busy_timeout(std::time::Duration::from_secs(5))?;
            store.conn.pragma_update(None, "query_only", "ON")?;
            store.conn.pragma_update(None, "cache_size", -32768)?;
            store.conn.pragma_update(None, "mmap_size", 268_435_456)?;
            store.conn.set_prepared_statement_cache_capacity(64);
            store
                .conn
                .pragma_query_value(None, "user_version", |row| row.get(0))
        };
        let version = configure().map_err(|err| store.db_error(err))?;
        if version != SCHEMA_VERSION {
            return Err(Error::new(
                &store.name,
                ErrorKind::Corrupt(format!(
                    "schema version {version}, expected {SCHEMA_VERSION}: open it read-write once"
                )),
            ));
        }
        Ok(store)
    }

    /// SQLite's `data_version`: it changes when another connection commits
    /// to the store, so a long-running reader knows its caches are stale.
    pub fn data_version(&self) -> Result<i64, Error> {
        self.conn
            .pragma_query_value(None, "data_version", |row| row.get(0))
            .map_err(|err| self.db_error(err))
    }

    /// Whether `cursor` is one [`SqliteStore::timeline_page`] could have made.
    pub fn is_timeline_cursor(cursor: &str) -> bool {
        Position::decode(cursor).is_some()
    }

    /// Up to `limit` canonical events matching `filter` (its `limit` is
    /// ignored) after `cursor`, in timeline order, and the cursor of the next
    /// page. An unreadable cursor starts from the beginning; check it first
    /// with [`SqliteStore::is_timeline_cursor`].
    pub fn timeline_page(
        &self,
        filter: &Filter,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<TimelinePage, Error> {
        let after = cursor.and_then(Position::decode);
        let want = limit + 1;
        let mut rows = Vec::with_capacity(want);
        if !after.as_ref().is_some_and(|p| p.undated) {
            rows = self.timeline_part(filter, false, after.as_ref(), want)?;
        }
        if rows.len() < want {
            let after = after.as_ref().filter(|p| p.undated);
            rows.extend(self.timeline_part(filter, true, after, want - rows.len())?);
        }
        let next = if rows.len() > limit {
            rows.truncate(limit);
            rows.last().map(|(position, _)| position.encode())
        } else {
            None
        };
        Ok(TimelinePage {
            events: rows.into_iter().map(|(_, event)| event).collect(),
            next,
        })
    }

    /// The dated or the undated part of the timeline, after `after`.
    fn timeline_part(
        &self,
        filter: &Filter,
        undated: bool,
        after: Option<&Position>,
        limit: usize,
    ) -> Result<Vec<(Position, CanonicalEvent)>, Error> {
        let filter = Filter {
            limit: None,
            ..filter.clone()
        };
        let (mut args, mut clauses) = event_clauses("c", &filter);
        let tail = "c.ordinal IS NULL, coalesce(c.ordinal, 0), c.id";
        if undated {
            clauses.push("c.sort_date IS NULL".into());
            if let Some(p) = after {
                clauses.push(format!("({tail}) > (?, ?, ?)"));
                args.extend([
                    Value::Integer(i64::from(p.no_ordinal)),
                    Value::Integer(p.ordinal),
                    Value::Text(p.id.clone()),
                ]);
            }
        } else {
            clauses.push("c.sort_date IS NOT NULL".into());
            if let Some(p) = after {
                // The first clause lets SQLite start the index walk there.
                clauses.push("c.sort_date >= ?".into());
                clauses.push(format!("(c.sort_date, {tail}) > (?, ?, ?, ?)"));
                args.extend([
                    Value::Text(p.sort_date.clone()),
                    Value::Text(p.sort_date.clone()),
                    Value::Integer(i64::from(p.no_ordinal)),
                    Value::Integer(p.ordinal),
                    Value::Text(p.id.clone()),
                ]);
            }
        }
        // Without a filter that needs each row anyway (actor, place, story,
        // text), walk the sort-date index: a page stops after `limit` rows.
        // Left to itself, SQLite's planner may scan the whole table and
        // sort it (200 ms per page at 100k events). With such a filter, a
        // table scan is what it should do (an index walk that fetches every
        // row for a rare actor takes a second).
        let walk = if filter.actor.is_none()
            && filter.place.is_none()
            && filter.story.is_none()
            && filter.text.is_none()
        {
            "INDEXED BY canonical_by_sort_date"
        } else {
            ""
        };
        let sql = format!(
            "SELECT c.id, c.payload, c.sort_date, c.ordinal FROM canonical_events c {walk} WHERE {}
             ORDER BY c.sort_date, c.ordinal IS NULL, c.ordinal, c.id LIMIT ?",
            clauses.join(" AND ")
        );
        args.push(Value::Integer(limit.min(i64::MAX as usize) as i64));
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|err| self.db_error(err))?;
        let mut rows = stmt
            .query(params_from_iter(args))
            .map_err(|err| self.db_error(err))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|err| self.db_error(err))? {
            let get = |row: &rusqlite::Row<'_>| -> rusqlite::Result<_> {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, Option<i64>>(3)?,
                ))
            };
            let (id, payload, sort_date, ordinal) = get(row).map_err(|err| self.db_error(err))?;
            let event = self.decode_event(&id, &payload)?;
            let position = Position {
                undated: sort_date.is_none(),
                sort_date: sort_date.unwrap_or_default(),
                no_ordinal: ordinal.is_none(),
                ordinal: ordinal.unwrap_or(0),
                id,
            };
            out.push((position, event));
        }
        Ok(out)
    }

    fn decode_event(&self, id: &str, payload: &str) -> Result<CanonicalEvent, Error> {
        serde_json::from_str(payload).map_err(|err| {
            Error::new(
                &self.name,
                ErrorKind::Corrupt(format!("canonical event {id}: {err}")),
            )
        })
    }

    /// One canonical event by id.
    pub fn canonical_event(&self, id: &str) -> Result<Option<CanonicalEvent>, Error> {
        let payload: Option<String> = self
            .conn
            .prepare_cached("SELECT payload FROM canonical_events WHERE id = ?1")
            .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
            .map_err(|err| self.db_error(err))?;
        payload.map(|p| self.decode_event(id, &p)).transpose()
    }

    /// What extraction stored for one article; `None` when the article is
    /// not stored.
    pub fn stored_extraction(&self, id: &ArticleId) -> Result<Option<StoredExtraction>, Error> {
        if !crate::Store::has_article(self, id)? {
            return Ok(None);
        }
        let events: Vec<Event> = self.payloads_of("events", id)?;
        let quotes: Vec<Quote> = self.payloads_of("quotes", id)?;
        let entities: Vec<Entity> = self.payloads_of("entities", id)?;
        let canonical = self
            .conn
            .prepare_cached(
                "SELECT seq, canonical FROM canonical_members WHERE article_id = ?1 ORDER BY seq",
            )
            .and_then(|mut stmt| {
                stmt.query_map([id.as_str()], |row| {
                    Ok((row.get::<_, i64>(0)? as u32, row.get::<_, String>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(|err| self.db_error(err))?;
        Ok(Some(StoredExtraction {
            events,
            quotes,
            entities,
            canonical,
        }))
    }

    /// The decoded `payload` column of one article's rows of `table` (a
    /// constant table name), in `seq` order.
    fn payloads_of<T: serde::de::DeserializeOwned>(
        &self,
        table: &'static str,
        id: &ArticleId,
    ) -> Result<Vec<T>, Error> {
        let sql = format!("SELECT payload FROM {table} WHERE article_id = ?1 ORDER BY seq");
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|err| self.db_error(err))?;
        let payloads = stmt
            .query_map([id.as_str()], |row| row.get::<_, String>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|err| self.db_error(err))?;
        payloads
            .iter()
            .map(|p| {
                serde_json::from_str(p).map_err(|err| {
                    Error::new(&self.name, ErrorKind::Corrupt(format!("{table}: {err}")))
                })
            })
            .collect()
    }

    /// A person by exact name, summed over the articles naming them.
    pub fn person(&self, name: &str) -> Result<Option<EntitySummary>, Error> {
        let row: Option<(String, i64, i64)> = self
            .conn
            .prepare_cached(
                "SELECT min(payload), count(DISTINCT article_id), sum(mentions) FROM entities
                 WHERE kind = 'person' AND name = ?1 GROUP BY name HAVING count(*) > 0",
            )
            .and_then(|mut stmt| {
                stmt.query_row([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .optional()
            })
            .map_err(|err| self.db_error(err))?;
        row.map(|(payload, articles, mentions)| {
            let entity: Entity = serde_json::from_str(&payload).map_err(|err| {
                Error::new(&self.name, ErrorKind::Corrupt(format!("entity: {err}")))
            })?;
            Ok(EntitySummary {
                entity,
                articles: articles as u64,
                mentions: mentions as u64,
            })
        })
        .transpose()
    }

    /// Canonical events per day and type among those matching `filter`
    /// (day-precise dates only), in date order.
    pub fn events_per_day(
        &self,
        filter: &Filter,
    ) -> Result<Vec<(NaiveDate, PloverType, u64)>, Error> {
        let filter = Filter {
            limit: None,
            ..filter.clone()
        };
        let (args, mut clauses) = event_clauses("c", &filter);
        clauses.push("length(c.date) = 10".into());
        let sql = format!(
            "SELECT c.date, c.type, count(*) FROM canonical_events c WHERE {}
             GROUP BY c.date, c.type ORDER BY c.date, c.type",
            clauses.join(" AND ")
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|err| self.db_error(err))?;
        let rows = stmt
            .query_map(params_from_iter(args), |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|err| self.db_error(err))?;
        Ok(rows
            .into_iter()
            .filter_map(|(date, kind, n)| {
                Some((date.parse().ok()?, PloverType::parse(&kind)?, n as u64))
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_rejects_junk() {
        let p = Position {
            undated: false,
            sort_date: "2025-09-17".into(),
            no_ordinal: true,
            ordinal: 0,
            id: "ev-0123456789abcdef".into(),
        };
        assert_eq!(Position::decode(&p.encode()), Some(p));
        assert_eq!(Position::decode("zz"), None);
        assert_eq!(Position::decode("abc"), None);
        assert_eq!(Position::decode(""), None);
    }
}
