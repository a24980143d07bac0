//! Integration tests: the real `storyline` binary run in temporary folders.
//! Compiled into one test binary (as ripgrep does) to keep builds short.

mod consolidation;
mod crash;
mod eval;
mod fetch;
mod hostile;
mod ingest;
mod listing;
mod seeds;
mod tidy;
mod util;
mod web;
