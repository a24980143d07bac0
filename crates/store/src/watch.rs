//! What `storyline watch` has already read, kept in the store so that a
//! restarted watch reads nothing twice: files by size and modification
//! time, feed items by key, URLs by validators (ETag, Last-Modified) and
//! the hash of the last body.

use rusqlite::{OptionalExtension, params};

use crate::{Error, SqliteStore};

/// The `watch_seen` source under which files are recorded (their key is
/// the path).
const FILES: &str = "file";

/// A file's size and modification time when it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i64,
}

/// What the last answer for a URL was.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The `ETag` it sent.
    pub etag: Option<String>,
    /// The `Last-Modified` it sent.
    pub last_modified: Option<String>,
    /// SHA-256 (hex) of its body.
    pub body_hash: Option<String>,
}

/// What one watch pass read, recorded in one transaction once its articles
/// are stored.
#[derive(Debug, Clone, Default)]
pub struct WatchRecord {
    /// Files read: path and stamp.
    pub files: Vec<(String, FileStamp)>,
    /// URLs fetched: URL and what the server said.
    pub urls: Vec<(String, UrlState)>,
    /// Feed items read: feed URL and item key (guid, link or article id).
    pub items: Vec<(String, String)>,
}

impl WatchRecord {
    /// Whether nothing was read.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.urls.is_empty() && self.items.is_empty()
    }
}

/// The state of `storyline watch`.
pub trait WatchState {
    /// The stamp of `path` when it was last read, if ever.
    fn file_stamp(&self, path: &str) -> Result<Option<FileStamp>, Error>;

    /// What `url` answered last time, if it was ever fetched.
    fn url_state(&self, url: &str) -> Result<Option<UrlState>, Error>;

    /// Whether the item `key` of the feed `url` was read before.
    fn item_seen(&self, url: &str, key: &str) -> Result<bool, Error>;

    /// Records what a pass read, in one transaction.
    fn record_watch(&mut self, record: &WatchRecord) -> Result<(), Error>;
}

impl WatchState for SqliteStore {
    fn file_stamp(&self, path: &str) -> Result<Option<FileStamp>, Error> {
        self.conn
            .query_row(
                "SELECT size, mtime FROM watch_seen WHERE source = ?1 AND key = ?2",
                params![FILES, path],
                |row| {
                    Ok(FileStamp {
                        size: row.get::<_, Option<i64>>(0)?.unwrap_or(-1) as u64,
                        mtime_ns: row.get::<_, Option<i64>>(1)?.unwrap_or(i64::MIN),
                    })
                },
            )
            .optional()
            .map_err(|err| self.db_error(err))
    }

    fn url_state(&self, url: &str) -> Result<Option<UrlState>, Error> {
        self.conn
            .query_row(
                "SELECT etag, last_modified, body_hash FROM watch_urls WHERE url = ?1",
                [url],
                |row| {
                    Ok(UrlState {
                        etag: row.get(0)?,
                        last_modified: row.get(1)?,
                        body_hash: row.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(|err| self.db_error(err))
    }

    fn item_seen(&self, url: &str, key: &str) -> Result<bool, Error> {
        self.conn
            .prepare_cached("SELECT 1 FROM watch_seen WHERE source = ?1 AND key = ?2")
            .and_then(|mut stmt| stmt.exists(params![url, key]))
            .map_err(|err| self.db_error(err))
    }

    fn record_watch(&mut self, record: &WatchRecord) -> Result<(), Error> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let result = (|| {
            let tx = self.conn.transaction()?;
            for (path, stamp) in &record.files {
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO watch_seen (source, key, size, mtime, seen_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    FILES,
                    path,
                    stamp.size as i64,
                    stamp.mtime_ns,
                    now
                ])?;
            }
            for (url, key) in &record.items {
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO watch_seen (source, key, seen_at) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![url, key, now])?;
            }
            for (url, state) in &record.urls {
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO watch_urls (url, etag, last_modified, body_hash, checked_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    url,
                    state.etag,
                    state.last_modified,
                    state.body_hash,
                    now
                ])?;
            }
            tx.commit()
        })();
        result.map_err(|err| self.db_error(err))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pass_is_remembered() {
        let mut store = SqliteStore::open_in_memory().unwrap();
        assert_eq!(store.file_stamp("/a.txt").unwrap(), None);
        assert_eq!(store.url_state("http://h/feed").unwrap(), None);
        assert!(!store.item_seen("http://h/feed", "guid-1").unwrap());
        let stamp = FileStamp {
            size: 12,
            mtime_ns: 1_700_000_000_000_000_000,
        };
        let state = UrlState {
            etag: Some("\"v1\"".into()),
            last_modified: None,
            body_hash: Some("ab".into()),
        };
        store
            .record_watch(&WatchRecord {
                files: vec![("/a.txt".into(), stamp)],
                urls: vec![("http://h/feed".into(), state.clone())],
                items: vec![("http://h/feed".into(), "guid-1".into())],
            })
            .unwrap();
        assert_eq!(store.file_stamp("/a.txt").unwrap(), Some(stamp));
        assert_eq!(store.url_state("http://h/feed").unwrap(), Some(state));
        assert!(store.item_seen("http://h/feed", "guid-1").unwrap());
        // An item key is per feed; a file path is not an item.
        assert!(!store.item_seen("http://h/other", "guid-1").unwrap());
        assert!(!store.item_seen("http://h/feed", "/a.txt").unwrap());

        let newer = FileStamp { size: 13, ..stamp };
        store
            .record_watch(&WatchRecord {
                files: vec![("/a.txt".into(), newer)],
                ..WatchRecord::default()
            })
            .unwrap();
        assert_eq!(store.file_stamp("/a.txt").unwrap(), Some(newer));
    }
}
