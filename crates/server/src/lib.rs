//! The storyline web server: a JSON API (documented by an OpenAPI 3
//! document at `/openapi.json`) and server-rendered HTML pages over a
//! store: the timeline grouped by day with filters and a chart, one page
//! per event, person and article, stories and search.
//!
//! ```no_run
//! use storyline_server::{AppState, Options, app};
//! let state = AppState::open(&Options::new("storyline.db")).unwrap();
//! let router = app(state); // an axum Router, ready for axum::serve
//! # let _ = router;
//! ```
//!
//! Reads run on a pool of read-only SQLite connections on tokio's blocking
//! threads; the one read-write connection serves `POST /api/articles`,
//! which is off unless [`Options::allow_ingest`] is set with a token. Every
//! page escapes all article text (`html.rs`) and every response carries a
//! Content-Security-Policy that allows no script.
#![deny(missing_docs)]
// The OpenAPI document is one large `json!` literal.
#![recursion_limit = "512"]

mod api;
mod cache;
mod chart;
mod detail;
mod error;
mod highlight;
mod html;
mod ingest;
mod openapi;
mod pages;
mod params;
mod routes;
mod security;
mod state;

pub use error::{Error, ErrorKind};
pub use routes::{api_routes, app, page_routes};
pub use security::CONTENT_SECURITY_POLICY;
pub use state::{AppState, Options};

use std::net::SocketAddr;

/// Serves `options.db` on `bind` until interrupted (Ctrl-C). Blocks;
/// builds its own tokio runtime. Prints the address it listens on to
/// stderr (useful with port 0).
pub fn serve(bind: SocketAddr, options: &Options) -> Result<(), Error> {
    let state = AppState::open(options)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| Error::new(ErrorKind::Io(err)))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|err| Error::new(ErrorKind::Io(err)))?;
        let local = listener
            .local_addr()
            .map_err(|err| Error::new(ErrorKind::Io(err)))?;
        eprintln!(
            "storyline: serving {} on http://{local}/ (ingest {})",
            options.db.display(),
            if options.allow_ingest {
                "allowed with a token"
            } else {
                "off"
            }
        );
        axum::serve(listener, app(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|err| Error::new(ErrorKind::Io(err)))
    })
}
