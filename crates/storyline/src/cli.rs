//! Command-line arguments: parsed once into plain structs before any work.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use storyline_store::Filter;

/// Turns news articles about conflict and diplomacy into a sourced, dated
/// timeline of what happened.
///
/// Typical use: `storyline ingest articles/` then `storyline timeline`.
#[derive(Debug, Parser)]
#[command(name = "storyline", version, propagate_version = true)]
#[command(
    after_help = "Exit status: 0 success, 1 some inputs failed (the rest was stored), 2 bad usage, 3 fatal error."
)]
pub struct Cli {
    /// The store (SQLite file). Default: $XDG_DATA_HOME/storyline/storyline.db
    /// or ~/.local/share/storyline/storyline.db.
    #[arg(long, global = true, env = "STORYLINE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The store path: `--db`, `$STORYLINE_DB`, or the per-user default.
    pub fn db_path(&self) -> PathBuf {
        if let Some(db) = &self.db {
            return db.clone();
        }
        let data = std::env::var_os("XDG_DATA_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
            });
        match data {
            Some(dir) => dir.join("storyline").join("storyline.db"),
            None => PathBuf::from("storyline.db"),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles (files, folders, `-` for stdin, http(s) URLs) into the store.
    ///
    /// Plain text (optionally starting with a `date YYYY-MM-DD` line),
    /// JSON Lines (`{"id", "url", "title", "date", "text"}`, only `text`
    /// required), HTML pages and RSS/Atom feeds, from files or fetched by
    /// URL. Articles already stored are recognised by content and not
    /// stored twice. Each bad file, line or URL gets one error line; the
    /// rest of the batch is stored. Articles not in English are stored
    /// with their language but not extracted.
    Ingest(IngestArgs),
    /// Ingest what is new in folders and at URLs (feeds or pages), again
    /// every `--every` (or once with `--once`).
    ///
    /// Files are read again only when their size or modification time
    /// changed, URLs only when the server says they changed (ETag,
    /// Last-Modified) and their body differs, feed items only when their
    /// id was never seen; this state is kept in the store, so a restarted
    /// watch reads nothing twice. Each pass ends with consolidation.
    /// Ctrl-C between passes stops cleanly.
    Watch(WatchArgs),
    /// Extract articles without touching the store and print the result.
    Extract(ExtractArgs),
    /// List stored articles, newest first.
    Articles(ArticleArgs),
    /// List events as each article tells them.
    Events(EventArgs),
    /// The timeline: one line per happening across all articles, in date
    /// order, with its sources, figures per source and story.
    Timeline(EventArgs),
    /// Story threads: the canonical events of the same parties over time.
    Stories(StoryArgs),
    /// List direct quotes and their speakers.
    Quotes(QuoteArgs),
    /// List people, organisations, countries and places, most mentioned first.
    Entities(EntityArgs),
    /// Score extraction against a hand-annotated gold file (see docs/eval.md).
    Eval(EvalArgs),
    /// Serve the timeline over HTTP: JSON API (/openapi.json) and HTML pages.
    Serve(crate::serve::ServeArgs),
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold annotations: one JSON object per article (docs/eval.md).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// Input options shared by `ingest`, `watch` and `extract`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders to read (folders recursively), http:// or https://
    /// URLs of pages and feeds; `-` reads stdin.
    #[arg(required = true, value_name = "PATH|URL")]
    pub paths: Vec<PathBuf>,

    /// Largest article accepted, in bytes; larger ones are reported and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = storyline_ingest::Config::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: usize,

    /// Largest HTML page, feed or fetched response accepted, in bytes
    /// (gzip counted after decompression).
    #[arg(long, value_name = "BYTES", default_value_t = storyline_ingest::Config::DEFAULT_MAX_PAGE_BYTES)]
    pub max_page_bytes: usize,

    /// Time allowed to fetch one URL, redirects and body included (`20s`,
    /// `1m`, `500ms`).
    #[arg(long, value_name = "DURATION", default_value = "20s", value_parser = parse_duration)]
    pub timeout: Duration,
}

impl InputArgs {
    /// The ingest settings these options ask for.
    pub fn config(&self) -> storyline_ingest::Config {
        storyline_ingest::Config::default()
            .with_max_article_bytes(self.max_article_bytes)
            .with_max_page_bytes(self.max_page_bytes)
            .with_timeout(self.timeout)
    }
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub ingest: IngestArgs,

    /// Time between passes (`30s`, `5m`, `1h`).
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_duration)]
    pub every: Duration,

    /// One pass, then exit (exit status 1 when an input failed).
    #[arg(long)]
    pub once: bool,
}

/// Parses a duration written as a number and a unit: `500ms`, `30s`,
/// `1.5m`, `1h`, `1d`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let seconds_per_unit = match unit.trim() {
        "ms" => 0.001,
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        "d" => 86400.0,
        "" => return Err(format!("`{text}` has no unit: write 30s, 5m, 1h or 500ms")),
        other => return Err(format!("unknown unit `{other}`: use ms, s, m, h or d")),
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration such as 30s, 5m or 1h"))?;
    let seconds = value * seconds_per_unit;
    if !(seconds > 0.0 && seconds < 1e9) {
        return Err(format!(
            "`{text}` must be more than zero and less than 30 years"
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Articles per transaction. Each batch is committed whole or not at all.
    #[arg(long, value_name = "N", default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch_size: u32,

    /// No progress bar (it is only drawn on a terminal anyway).
    #[arg(long, short)]
    pub quiet: bool,

    /// Extraction threads beside the reading and writing thread; 0 extracts
    /// on that thread (one core). Default: the number of cores.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// Output format options.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format [default: table on a terminal, jsonl otherwise].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
}

impl OutputArgs {
    /// The chosen format, defaulting by whether stdout is a terminal.
    pub fn format(&self) -> Format {
        self.format.unwrap_or_else(|| {
            if std::io::stdout().is_terminal() {
                Format::Table
            } else {
                Format::Jsonl
            }
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

#[derive(Debug, Args)]
pub struct ArticleArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub dates: DateArgs,
    /// Only articles whose title or text contains this (any case).
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct DateArgs {
    /// Only from this date on (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Only up to this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Actor code (RUS, IGO:UN, NSA:HAMAS) or name fragment, as source, target or participant.
    #[arg(long)]
    pub actor: Option<String>,
    /// PLOVER type (ASSAULT, CONSULT, ...).
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Place name fragment or country code.
    #[arg(long)]
    pub place: Option<String>,
    #[command(flatten)]
    pub dates: DateArgs,
    /// Story id or title fragment (stories are built by consolidation).
    #[arg(long)]
    pub story: Option<String>,
    /// Only events whose evidence or fields contain this (any case).
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct QuoteArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Speaker name fragment or code.
    #[arg(long)]
    pub actor: Option<String>,
    #[command(flatten)]
    pub dates: DateArgs,
    /// Only quotes containing this (any case).
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct StoryArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Only stories whose id or title contains this (any case).
    #[arg(long)]
    pub story: Option<String>,
    #[command(flatten)]
    pub dates: DateArgs,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

impl StoryArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            story: self.story.clone(),
            since: self.dates.since,
            until: self.dates.until,
            limit: self.limit,
            ..Filter::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct EntityArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Only entities whose name or code contains this (any case).
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

impl ArticleArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            since: self.dates.since,
            until: self.dates.until,
            text: self.text.clone(),
            limit: self.limit,
            ..Filter::default()
        }
    }
}

impl EventArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            actor: self.actor.clone(),
            kind: self.kind.clone(),
            place: self.place.clone(),
            since: self.dates.since,
            until: self.dates.until,
            story: self.story.clone(),
            text: self.text.clone(),
            limit: self.limit,
            statuses: Vec::new(),
        }
    }
}

impl QuoteArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            actor: self.actor.clone(),
            since: self.dates.since,
            until: self.dates.until,
            text: self.text.clone(),
            limit: self.limit,
            ..Filter::default()
        }
    }
}

impl EntityArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            text: self.text.clone(),
            limit: self.limit,
            ..Filter::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_take_a_unit() {
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        for bad in ["5", "0s", "-1s", "5 minutes", "s", "1e3s", ""] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
