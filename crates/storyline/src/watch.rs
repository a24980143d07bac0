//! `storyline watch`: ingest what is new in folders and at URLs, pass after
//! pass.
//!
//! A pass has three steps. First it decides what to read, asking the
//! store's [`WatchState`]: files whose size or modification time changed,
//! URLs fetched with their last validators (a `304` or an unchanged body
//! hash ends there) and, of a fetched feed, the items never seen. Then it
//! stores those articles as `ingest` does (extraction threads, batches)
//! and consolidates. Last, it records what it read, so a restarted watch
//! reads nothing twice; a pass killed before that step reads its inputs
//! again, and the store recognises the articles by content.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, UNIX_EPOCH};

use anyhow::Context;
use storyline_ingest::{
    Config, Error as InputError, Fetched, Format, Source, SourceLocation, Validators, discover,
    fetch, is_url, read_page, read_source,
};
use storyline_model::Article;
use storyline_store::{FileStamp, SqliteStore, UrlState, WatchRecord, WatchState};

use crate::Outcome;
use crate::cli::WatchArgs;
use crate::ingest::{Tally, store_articles};

/// What one pass found to read.
#[derive(Default)]
struct Plan {
    /// Files to read, with the key and stamp to record once read.
    files: Vec<(Source, String, FileStamp)>,
    /// Articles of fetched URLs that are new, in order.
    articles: Vec<Article>,
    /// What to record once the articles are stored.
    record: WatchRecord,
    /// Inputs that failed (each already reported).
    failed: u64,
    /// Files and URLs found unchanged.
    unchanged: u64,
}

pub fn watch(db: &Path, args: &WatchArgs) -> anyhow::Result<Outcome> {
    let mut store = SqliteStore::open(db).context("cannot open the store")?;
    let stop = Arc::new(AtomicBool::new(false));
    let wake = if args.once {
        None
    } else {
        Some(on_interrupt(Arc::clone(&stop))?)
    };
    loop {
        let failed = pass(&mut store, args, &stop)?;
        if args.once {
            return Ok(if failed > 0 {
                Outcome::SomeFailed
            } else {
                Outcome::Done
            });
        }
        if let Some(wake) = &wake {
            if stop.load(Ordering::SeqCst) || wait(wake, args.every) {
                eprintln!("storyline: watch stopped");
                return Ok(Outcome::Done);
            }
        }
    }
}

/// Installs the Ctrl-C handler: the first Ctrl-C asks the watch to stop
/// after the current input (or at once between passes); a second one ends
/// the process.
fn on_interrupt(stop: Arc<AtomicBool>) -> anyhow::Result<Receiver<()>> {
    let (tx, rx) = channel();
    ctrlc::set_handler(move || {
        if stop.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        let _ = tx.send(());
    })
    .context("cannot install the Ctrl-C handler")?;
    Ok(rx)
}

/// Sleeps for `every`; true when interrupted.
fn wait(wake: &Receiver<()>, every: Duration) -> bool {
    match wake.recv_timeout(every) {
        Ok(()) | Err(RecvTimeoutError::Disconnected) => true,
        Err(RecvTimeoutError::Timeout) => false,
    }
}

/// One pass over the inputs; returns how many inputs failed.
fn pass(store: &mut SqliteStore, args: &WatchArgs, stop: &AtomicBool) -> anyhow::Result<u64> {
    let config = args.ingest.input.config();
    let mut plan = plan(store, args, &config, stop)?;
    let files = std::mem::take(&mut plan.files);
    let articles = std::mem::take(&mut plan.articles);
    let mut failed = plan.failed;
    let report = |err: &InputError| eprintln!("storyline: {err}");
    let (_, tally) = store_articles(store, &args.ingest, |accept| {
        for article in articles {
            accept(article)?;
        }
        for (source, key, stamp) in files {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let mut fatal = None;
            read_source(&source, &config, &mut |item| match item {
                Ok(article) if fatal.is_none() => {
                    if let Err(err) = accept(article) {
                        fatal = Some(err);
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    report(&err);
                    failed += 1;
                }
            });
            if let Some(err) = fatal {
                return Err(err);
            }
            // A file that failed is recorded too: it is reported once, and
            // again only when it changes.
            plan.record.files.push((key, stamp));
        }
        Ok(())
    })?;
    crate::listing::consolidate(store)?;
    store.record_watch(&plan.record)?;
    let Tally { new, already } = tally;
    eprintln!(
        "watch: {new} new articles, {already} already stored, {} unchanged inputs, {failed} failed",
        plan.unchanged
    );
    Ok(failed)
}

/// Decides what the pass reads: changed files, changed URLs and their new
/// items (fetched now, so a slow server delays nothing stored).
fn plan(
    store: &SqliteStore,
    args: &WatchArgs,
    config: &Config,
    stop: &AtomicBool,
) -> anyhow::Result<Plan> {
    let mut plan = Plan::default();
    let (urls, paths): (Vec<_>, Vec<_>) = args
        .ingest
        .input
        .paths
        .iter()
        .partition(|p| p.to_str().is_some_and(is_url));
    for url in urls.iter().filter_map(|u| u.to_str()) {
        if stop.load(Ordering::SeqCst) {
            return Ok(plan);
        }
        plan_url(store, url, config, &mut plan)?;
    }
    let discovery = discover(&paths);
    for err in &discovery.errors {
        eprintln!("storyline: {err}");
        plan.failed += 1;
    }
    for source in discovery.sources {
        let SourceLocation::File(path) = &source.location else {
            eprintln!(
                "storyline: {}: watch reads files, folders and URLs, not stdin",
                source.display()
            );
            plan.failed += 1;
            continue;
        };
        let stamp = match stamp_of(path) {
            Ok(stamp) => stamp,
            Err(err) => {
                eprintln!("storyline: {}: cannot read: {err}", path.display());
                plan.failed += 1;
                continue;
            }
        };
        // The same file named two ways (relative, absolute, through a
        // link) is one file.
        let key = std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string();
        if store.file_stamp(&key)? == Some(stamp) {
            plan.unchanged += 1;
            continue;
        }
        plan.files.push((source, key, stamp));
    }
    Ok(plan)
}

/// Fetches `url` (conditionally when it was fetched before) and keeps its
/// items never seen.
fn plan_url(
    store: &SqliteStore,
    url: &str,
    config: &Config,
    plan: &mut Plan,
) -> anyhow::Result<()> {
    let before = store.url_state(url)?;
    let validators = before.as_ref().map(|s| Validators {
        etag: s.etag.clone(),
        last_modified: s.last_modified.clone(),
    });
    let page = match fetch(url, config, validators.as_ref()) {
        Ok(Fetched::Page(page)) => page,
        Ok(Fetched::NotModified) => {
            plan.unchanged += 1;
            return Ok(());
        }
        Err(err) => {
            eprintln!("storyline: {err}");
            plan.failed += 1;
            return Ok(());
        }
    };
    let hash = page.body_hash();
    let state = UrlState {
        etag: page.validators.etag.clone(),
        last_modified: page.validators.last_modified.clone(),
        body_hash: Some(hash.clone()),
    };
    if before.and_then(|b| b.body_hash).as_deref() == Some(hash.as_str()) {
        plan.unchanged += 1;
        // The validators may be new even when the body is not.
        plan.record.urls.push((url.to_string(), state));
        return Ok(());
    }
    let feed = page.format == Format::Feed;
    let mut found = Vec::new();
    read_page(url, &page, config, &mut |item| match item {
        Ok(article) => found.push(article),
        Err(err) => {
            eprintln!("storyline: {err}");
            plan.failed += 1;
        }
    });
    for article in found {
        // A feed item is known by its id (guid) or link, so an item edited
        // after it was read is not read twice; a page by its content.
        let key = match (&article.external_id, &article.url) {
            (Some(id), _) if feed => id.clone(),
            (None, Some(link)) if feed && *link != page.final_url => link.clone(),
            _ => article.id.to_string(),
        };
        if store.item_seen(url, &key)?
            || plan.record.items.iter().any(|(u, k)| u == url && *k == key)
        {
            continue;
        }
        plan.record.items.push((url.to_string(), key));
        plan.articles.push(article);
    }
    plan.record.urls.push((url.to_string(), state));
    Ok(())
}

/// A file's size and modification time.
fn stamp_of(path: &Path) -> std::io::Result<FileStamp> {
    let meta = std::fs::metadata(path)?;
    let mtime_ns = meta
        .modified()?
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos()
        .min(i64::MAX as u128) as i64;
    Ok(FileStamp {
        size: meta.len(),
        mtime_ns,
    })
}

#[cfg(test)]
mod tests {
    use std::time::SystemTime;

    use super::*;

    #[test]
    fn a_rewritten_file_has_a_new_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Talks resumed.").unwrap();
        let first = stamp_of(&path).unwrap();
        assert_eq!(stamp_of(&path).unwrap(), first);
        std::fs::write(&path, "Talks resumed on Monday.").unwrap();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(SystemTime::now() + Duration::from_secs(5))
            .unwrap();
        assert_ne!(stamp_of(&path).unwrap(), first);
    }
}
