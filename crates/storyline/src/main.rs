//! The `storyline` command: ingest news articles, extract what happened and
//! list articles, events, quotes, entities and the timeline.
//!
//! Exit codes: 0 success; 1 some inputs could not be ingested or extracted
//! (the rest was); 2 bad usage; 3 a fatal error (for instance the store
//! cannot be opened). A closed output pipe counts as success.

mod cli;
mod eval;
mod ingest;
mod listing;
mod output;
mod pool;
mod serve;
mod watch;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

/// What a command reports back to `main`, beyond success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Everything asked for was done.
    Done,
    /// Some inputs failed; their errors were printed, the rest was done.
    SomeFailed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("storyline: error: {err:#}");
            ExitCode::from(3)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let db = cli.db_path();
    match cli.command {
        Command::Ingest(args) => ingest::ingest(&db, &args),
        Command::Watch(args) => watch::watch(&db, &args),
        Command::Extract(args) => ingest::extract(&args),
        Command::Articles(args) => listing::articles(&db, &args),
        Command::Events(args) => listing::events(&db, &args),
        Command::Timeline(args) => listing::timeline(&db, &args),
        Command::Stories(args) => listing::stories(&db, &args),
        Command::Quotes(args) => listing::quotes(&db, &args),
        Command::Entities(args) => listing::entities(&db, &args),
        Command::Eval(args) => eval::eval(&args),
        Command::Serve(args) => serve::serve(&db, &args),
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
