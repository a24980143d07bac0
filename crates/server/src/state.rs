//! Shared state: a pool of read-only store connections and the one writer.
//!
//! SQLite in WAL mode lets many readers run beside one writer, but one
//! connection serves one thread at a time. So the server keeps a few
//! read-only connections; a request takes one (waiting on a semaphore when
//! all are busy), runs its queries on the blocking thread pool, and puts it
//! back. Ingest goes through the single read-write connection, which also
//! keeps the WAL files alive for the readers.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use storyline_store::{SqliteStore, Store};
use tokio::sync::Semaphore;

use crate::error::{AppError, Error, ErrorKind};

/// What the server needs to know to start.
#[derive(Debug, Clone)]
pub struct Options {
    /// The store (SQLite file); created and migrated if needed.
    pub db: PathBuf,
    /// Whether `POST /api/articles` is served.
    pub allow_ingest: bool,
    /// The bearer token ingest requires; needed when `allow_ingest`.
    pub token: Option<String>,
    /// Read-only connections in the pool.
    pub readers: usize,
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
}

impl Options {
    /// Default size of the reader pool: enough to keep every core busy
    /// while some readers wait on the disk.
    pub const DEFAULT_READERS: usize = 8;

    /// Default request body limit: 2 MiB (one article as JSON with room).
    pub const DEFAULT_MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

    /// Options for the store at `db`, ingest off, default sizes.
    pub fn new(db: impl Into<PathBuf>) -> Options {
        Options {
            db: db.into(),
            allow_ingest: false,
            token: None,
            readers: Options::DEFAULT_READERS,
            max_body_bytes: Options::DEFAULT_MAX_BODY_BYTES,
        }
    }
}

/// Everything a handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) cache: crate::cache::Cache,
    readers: Pool,
    writer: Mutex<SqliteStore>,
    pub(crate) token: Option<String>,
    pub(crate) allow_ingest: bool,
    pub(crate) max_body_bytes: usize,
}

impl AppState {
    /// Opens the store (creating and migrating it), consolidates what is
    /// pending so the timeline is current, and opens the reader pool.
    pub fn open(options: &Options) -> Result<AppState, Error> {
        let token = options.token.clone().filter(|t| !t.is_empty());
        if options.allow_ingest && token.is_none() {
            return Err(Error::new(ErrorKind::Config(
                "ingest needs a token: pass --token or set STORYLINE_TOKEN".into(),
            )));
        }
        let mut writer = SqliteStore::open(&options.db)?;
        if writer.pending_consolidation()? > 0 {
            writer.consolidate(&crate::ingest::code_name)?;
        }
        let readers = Pool::open(&options.db, options.readers.max(1))?;
        let inner = Arc::new(Inner {
            cache: crate::cache::Cache::default(),
            readers,
            writer: Mutex::new(writer),
            token,
            allow_ingest: options.allow_ingest,
            max_body_bytes: options.max_body_bytes,
        });
        crate::cache::watch(options.db.clone(), Arc::downgrade(&inner));
        Ok(AppState(inner))
    }

    /// Runs `read` with a pooled read-only connection on the blocking pool.
    pub(crate) async fn read<T: Send + 'static>(
        &self,
        read: impl FnOnce(&SqliteStore) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let permit = self
            .0
            .readers
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| AppError::Internal("reader pool closed".into()))?;
        let inner = self.0.clone();
        tokio::task::spawn_blocking(move || {
            let store = inner.readers.take()?;
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(&store)));
            inner.readers.put(store);
            drop(permit);
            result.unwrap_or_else(|_| Err(AppError::Internal("a read panicked".into())))
        })
        .await
        .map_err(|err| AppError::Internal(format!("read task: {err}")))?
    }

    /// Runs `write` with the read-write connection on the blocking pool.
    pub(crate) async fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&mut SqliteStore) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let inner = self.0.clone();
        tokio::task::spawn_blocking(move || {
            let mut store = inner
                .writer
                .lock()
                .map_err(|_| AppError::Internal("writer lock poisoned".into()))?;
            write(&mut store)
        })
        .await
        .map_err(|err| AppError::Internal(format!("write task: {err}")))?
    }
}

/// Read-only connections and a semaphore counting the free ones.
struct Pool {
    stores: Mutex<Vec<SqliteStore>>,
    permits: Arc<Semaphore>,
    db: PathBuf,
}

impl Pool {
    fn open(db: &Path, size: usize) -> Result<Pool, Error> {
        let stores = (0..size)
            .map(|_| SqliteStore::open_read_only(db))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pool {
            stores: Mutex::new(stores),
            permits: Arc::new(Semaphore::new(size)),
            db: db.to_path_buf(),
        })
    }

    /// A free connection; a permit guarantees there is one, but a lost one
    /// (after a panic) is replaced rather than trusted.
    fn take(&self) -> Result<SqliteStore, AppError> {
        let free = self.stores.lock().ok().and_then(|mut stores| stores.pop());
        match free {
            Some(store) => Ok(store),
            None => SqliteStore::open_read_only(&self.db).map_err(AppError::from),
        }
    }

    fn put(&self, store: SqliteStore) {
        if let Ok(mut stores) = self.stores.lock() {
            stores.push(store);
        }
    }
}
