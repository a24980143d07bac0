//! `storyline ingest` and `storyline extract`: inputs to extractions.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use storyline_ingest::{Error as InputError, discover, read_source};
use storyline_model::{Article, Extraction};
use storyline_store::{PutOutcome, SqliteStore, Store};

use crate::Outcome;
use crate::cli::{ExtractArgs, Format, IngestArgs, InputArgs};
use crate::output::{Listing, print_listing};

/// Extracts one article (pure; the article moves into the extraction).
/// Articles not in English get only a `not-english` diagnostic.
fn extract_article(article: Article) -> Extraction {
    let mut extraction = storyline_extract::extract(&article);
    extraction.article = article;
    extraction
}

/// Counts for the summary line.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Articles stored now.
    pub new: u64,
    /// Articles that were already stored.
    pub already: u64,
}

/// Collects extractions into batches and commits each in one transaction.
struct Batcher<'s> {
    store: &'s mut dyn Store,
    pending: Vec<Extraction>,
    pending_bytes: usize,
    batch_size: usize,
    tally: Tally,
}

impl Batcher<'_> {
    /// A batch is also cut at this many bytes of text, so memory stays flat
    /// whatever the articles' sizes.
    const MAX_BATCH_BYTES: usize = 32 * 1024 * 1024;

    fn push(&mut self, extraction: Extraction) -> anyhow::Result<()> {
        self.pending_bytes += extraction.article.text.len();
        self.pending.push(extraction);
        if self.pending.len() >= self.batch_size || self.pending_bytes >= Self::MAX_BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let outcomes = self.store.put_batch(&self.pending)?;
        for outcome in outcomes {
            match outcome {
                PutOutcome::New => self.tally.new += 1,
                PutOutcome::AlreadyStored => self.tally.already += 1,
            }
        }
        self.pending.clear();
        self.pending_bytes = 0;
        Ok(())
    }
}

pub(crate) fn progress_bar(total_bytes: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar =
        ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr_with_hz(10));
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta}) {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Walks the inputs and hands every article (or error) to `each`. Errors
/// are printed here, one line each, above the progress bar.
fn for_each_article(
    input: &InputArgs,
    bar_quiet: bool,
    mut each: impl FnMut(Article, &ProgressBar) -> anyhow::Result<()>,
) -> anyhow::Result<(u64, usize)> {
    let discovery = discover(&input.paths);
    let config = input.config();
    let mut failed = 0u64;
    let report =
        |err: &InputError, bar: &ProgressBar| bar.suspend(|| eprintln!("storyline: {err}"));
    let bar = progress_bar(discovery.sources.iter().map(|s| s.size).sum(), bar_quiet);
    for err in &discovery.errors {
        report(err, &bar);
        failed += 1;
    }
    let mut fatal = None;
    for source in &discovery.sources {
        read_source(source, &config, &mut |item| {
            if fatal.is_some() {
                return;
            }
            match item {
                Ok(article) => {
                    if let Err(err) = each(article, &bar) {
                        fatal = Some(err);
                    }
                }
                Err(err) => {
                    report(&err, &bar);
                    failed += 1;
                }
            }
        });
        if let Some(err) = fatal {
            bar.abandon();
            return Err(err);
        }
        bar.inc(source.size);
    }
    bar.finish_and_clear();
    Ok((failed, discovery.skipped.len()))
}

/// Stores the articles `produce` hands over: each is extracted on the
/// pool's threads (unless already stored) and written in batches of
/// `args.batch_size`, the last one flushed before returning. The callback
/// `produce` gets returns the number of new articles so far, for progress.
pub(crate) fn store_articles<T>(
    store: &mut SqliteStore,
    args: &IngestArgs,
    produce: impl FnOnce(&mut dyn FnMut(Article) -> anyhow::Result<u64>) -> anyhow::Result<T>,
) -> anyhow::Result<(T, Tally)> {
    let mut batcher = Batcher {
        store,
        pending: Vec::new(),
        pending_bytes: 0,
        batch_size: args.batch_size as usize,
        tally: Tally::default(),
    };
    let workers = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let produced = std::thread::scope(|scope| -> anyhow::Result<T> {
        let mut pool = crate::pool::Pool::start(scope, workers, extract_article);
        let produced = produce(&mut |article| {
            for extraction in pool.ready() {
                batcher.push(extraction)?;
            }
            // An article already stored is not extracted again: only its
            // new location is recorded.
            if batcher.store.has_article(&article.id)? {
                batcher.push(Extraction::empty(article))?;
            } else if let Some(extraction) = pool.submit(article) {
                batcher.push(extraction)?;
            }
            Ok(batcher.tally.new)
        });
        for extraction in pool.finish() {
            batcher.push(extraction)?;
        }
        produced
    })?;
    batcher.flush()?;
    Ok((produced, batcher.tally))
}

pub fn ingest(db: &Path, args: &IngestArgs) -> anyhow::Result<Outcome> {
    let mut store = SqliteStore::open(db).context("cannot open the store")?;
    let ((failed, skipped), tally) = store_articles(&mut store, args, |accept| {
        for_each_article(&args.input, args.quiet, |article, bar| {
            let new = accept(article)?;
            bar.set_message(format!("{new} new"));
            Ok(())
        })
    })?;
    let Tally { new, already } = tally;
    // Near-duplicates are found once, by consolidation's MinHash copies.
    let copies = crate::listing::consolidate(&mut store)?;
    let mut summary = format!(
        "ingested {} articles into {}: {new} new, {already} already stored, {failed} failed",
        new + already,
        db.display()
    );
    match copies {
        0 => {}
        1 => summary.push_str(", 1 near-duplicate of a stored article"),
        n => summary.push_str(&format!(", {n} near-duplicates of stored articles")),
    }
    if skipped > 0 {
        summary.push_str(&format!("; skipped {skipped} files of other types"));
    }
    eprintln!("{summary}");
    Ok(if failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Done
    })
}

pub fn extract(args: &ExtractArgs) -> anyhow::Result<Outcome> {
    let format = args.output.format();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut listing = Listing::new(&[
        "article", "path", "date", "language", "entities", "events", "quotes", "title",
    ]);
    let streaming = format == Format::Jsonl;
    let (failed, _) = for_each_article(&args.input, true, |article, _| {
        let extraction = extract_article(article);
        if streaming {
            serde_json::to_writer(&mut out, &extraction)?;
            out.write_all(b"\n")?;
            return Ok(());
        }
        let a = &extraction.article;
        listing.push(
            serde_json::to_value(&extraction)?,
            vec![
                a.id.to_string(),
                a.path.clone().or_else(|| a.url.clone()).unwrap_or_default(),
                a.date.map(|d| d.to_string()).unwrap_or_default(),
                a.language.clone().unwrap_or_default(),
                extraction.entities.len().to_string(),
                extraction.events.len().to_string(),
                extraction.quotes.len().to_string(),
                a.title.clone().unwrap_or_default(),
            ],
        );
        Ok(())
    })?;
    if !streaming {
        print_listing(&listing, format, &mut out)?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Done
    })
}
