//! The one error type of the store.

use std::fmt;

/// What went wrong in the store.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The database engine reported an error.
    Database(rusqlite::Error),
    /// The store was written by a newer storyline.
    TooNew {
        /// Schema version found in the file.
        found: i64,
        /// Newest schema version this build knows.
        known: i64,
    },
    /// A stored payload could not be decoded.
    Corrupt(String),
    /// The folder for the store could not be created.
    Io(std::io::Error),
}

/// A store error, naming the store it concerns.
#[derive(Debug)]
pub struct Error {
    /// Path of the store (`:memory:` for in-memory stores).
    pub store: String,
    /// The reason.
    pub kind: ErrorKind,
}

impl Error {
    pub(crate) fn database(store: &str, err: rusqlite::Error) -> Error {
        Error::new(store, ErrorKind::Database(err))
    }

    pub(crate) fn new(store: &str, kind: ErrorKind) -> Error {
        Error {
            store: store.to_string(),
            kind,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Database(err) => write!(f, "store {}: {err}", self.store),
            ErrorKind::TooNew { found, known } => write!(
                f,
                "store {} has schema version {found}, newer than this storyline knows ({known}); upgrade storyline",
                self.store
            ),
            ErrorKind::Corrupt(msg) => write!(f, "store {}: corrupt record: {msg}", self.store),
            ErrorKind::Io(err) => write!(f, "store {}: {err}", self.store),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Database(err) => Some(err),
            ErrorKind::Io(err) => Some(err),
            _ => None,
        }
    }
}
