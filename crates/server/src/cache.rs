//! A cache of whole GET responses, emptied whenever the store changes.
//!
//! The store changes only at ingest, and readers ask for the same pages
//! over and over (the first page of the timeline, popular events), so a
//! rendered answer is kept by URL until the data behind it changes. Change
//! is seen two ways: this server's own ingest empties the cache at once,
//! and a watcher thread asks SQLite every second whether any connection
//! (a `storyline ingest` beside the server) committed since
//! (`PRAGMA data_version`). The cache holds at most [`Cache::CAPACITY`]
//! bytes; past that it starts again empty. Concurrent requests for one URL
//! that is not kept yet wait for the first of them instead of all
//! computing it (no stampede when 200 clients ask for a cold page).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, Weak};
use std::time::Duration;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use storyline_store::SqliteStore;
use tokio::sync::watch;

use crate::state::{AppState, Inner};

/// One kept response.
#[derive(Clone)]
struct Entry {
    headers: HeaderMap,
    body: Bytes,
}

/// Responses by URL (path and query).
#[derive(Default)]
pub(crate) struct Cache {
    entries: Mutex<HashMap<String, Entry>>,
    bytes: AtomicUsize,
    /// Bumped by every [`Cache::clear`]: an answer computed before a clear
    /// is not kept after it.
    generation: AtomicU64,
    /// URLs being computed now; a receiver wakes when the computing
    /// request is done (its sender dropped).
    inflight: Mutex<HashMap<String, watch::Receiver<()>>>,
}

/// The one request computing a URL; others wait until it is dropped.
struct Flight<'c> {
    cache: &'c Cache,
    key: String,
    _done: watch::Sender<()>,
}

impl Drop for Flight<'_> {
    fn drop(&mut self) {
        if let Ok(mut inflight) = self.cache.inflight.lock() {
            inflight.remove(&self.key);
        }
        // `_done` drops after this: the waiters wake and look again.
    }
}

impl Cache {
    /// Most bytes of bodies and keys kept.
    pub(crate) const CAPACITY: usize = 64 * 1024 * 1024;
    /// Larger bodies are not kept.
    const MAX_ENTRY: usize = 4 * 1024 * 1024;

    fn get(&self, key: &str) -> Option<Entry> {
        self.entries.lock().ok()?.get(key).cloned()
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn put(&self, key: String, entry: Entry, generation: u64) {
        let size = key.len() + entry.body.len();
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if self.generation() != generation {
            return;
        }
        if self.bytes.load(Ordering::Relaxed) + size > Cache::CAPACITY {
            entries.clear();
            self.bytes.store(0, Ordering::Relaxed);
        }
        if entries.insert(key, entry).is_none() {
            self.bytes.fetch_add(size, Ordering::Relaxed);
        }
    }

    /// Forgets everything: the store changed.
    pub(crate) fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            self.generation.fetch_add(1, Ordering::SeqCst);
            entries.clear();
            self.bytes.store(0, Ordering::Relaxed);
        }
    }
}

/// Middleware: answers a GET from the cache, or runs it and keeps a 200.
pub(crate) async fn cached(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let key = request.uri().to_string();
    let cache = &state.0.cache;
    let _flight = loop {
        if let Some(hit) = cache.get(&key) {
            let mut response = Response::new(Body::from(hit.body));
            *response.headers_mut() = hit.headers;
            return response;
        }
        let waiting = {
            let Ok(mut inflight) = cache.inflight.lock() else {
                break None;
            };
            match inflight.get(&key) {
                Some(done) => done.clone(),
                None => {
                    let (done, waiting) = watch::channel(());
                    inflight.insert(key.clone(), waiting);
                    break Some(Flight {
                        cache,
                        key: key.clone(),
                        _done: done,
                    });
                }
            }
        };
        let mut waiting = waiting;
        // Err once the sender is gone: the answer is kept, or was not a
        // 200; either way, look again.
        let _ = waiting.changed().await;
    };
    let generation = cache.generation();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (parts, body) = response.into_parts();
    // Rendered pages are buffered, so their size is known; others pass.
    if body
        .size_hint()
        .upper()
        .is_none_or(|n| n > Cache::MAX_ENTRY as u64)
    {
        return Response::from_parts(parts, body);
    }
    match axum::body::to_bytes(body, Cache::MAX_ENTRY).await {
        Ok(bytes) => {
            cache.put(
                key,
                Entry {
                    headers: parts.headers.clone(),
                    body: bytes.clone(),
                },
                generation,
            );
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(err) => crate::error::AppError::Internal(format!("reading a response: {err}")).json(),
    }
}

/// Starts the thread that empties the cache when another connection
/// commits to the store; it ends when the server state is dropped.
pub(crate) fn watch(db: PathBuf, state: Weak<Inner>) {
    std::thread::spawn(move || {
        let Ok(store) = SqliteStore::open_read_only(&db) else {
            return;
        };
        let mut seen = store.data_version().ok();
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let Some(inner) = state.upgrade() else { return };
            let now = store.data_version().ok();
            if now != seen {
                inner.cache.clear();
                seen = now;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(body: &'static str) -> Entry {
        Entry {
            headers: HeaderMap::new(),
            body: Bytes::from_static(body.as_bytes()),
        }
    }

    #[test]
    fn an_answer_from_before_a_clear_is_not_kept() {
        let cache = Cache::default();
        let before = cache.generation();
        cache.put("/a".into(), entry("old"), before);
        assert_eq!(cache.get("/a").unwrap().body, "old");
        cache.clear();
        assert!(cache.get("/a").is_none());
        cache.put("/b".into(), entry("stale"), before);
        assert!(cache.get("/b").is_none(), "computed before the clear");
        cache.put("/b".into(), entry("new"), cache.generation());
        assert_eq!(cache.get("/b").unwrap().body, "new");
    }

    #[test]
    fn concurrent_requests_for_a_cold_url_compute_it_once() {
        use std::sync::Arc;
        use std::sync::atomic::AtomicUsize;
        use tower::ServiceExt;

        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(&crate::Options::new(dir.path().join("s.db"))).unwrap();
        let runs = Arc::new(AtomicUsize::new(0));
        let counter = runs.clone();
        let router = axum::Router::new()
            .route(
                "/slow",
                axum::routing::get(move || {
                    let counter = counter.clone();
                    async move {
                        counter.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        "done"
                    }
                }),
            )
            .layer(axum::middleware::from_fn_with_state(state, cached));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let bodies = runtime.block_on(async {
            let requests = (0..20).map(|_| {
                let router = router.clone();
                tokio::spawn(async move {
                    let request = axum::http::Request::get("/slow")
                        .body(Body::empty())
                        .unwrap();
                    let response = router.oneshot(request).await.unwrap();
                    axum::body::to_bytes(response.into_body(), 1024)
                        .await
                        .unwrap()
                })
            });
            let mut bodies = Vec::new();
            for request in requests.collect::<Vec<_>>() {
                bodies.push(request.await.unwrap());
            }
            bodies
        });
        assert!(bodies.iter().all(|b| b == "done"));
        assert_eq!(
            runs.load(Ordering::SeqCst),
            1,
            "one computation for 20 requests"
        );
    }

    #[test]
    fn the_cache_stays_under_its_capacity() {
        let cache = Cache::default();
        let big: &'static str = Box::leak("x".repeat(Cache::MAX_ENTRY).into_boxed_str());
        for i in 0..40 {
            cache.put(format!("/{i}"), entry(big), cache.generation());
            assert!(cache.bytes.load(Ordering::Relaxed) <= Cache::CAPACITY);
        }
        assert!(cache.get("/39").is_some());
    }
}
