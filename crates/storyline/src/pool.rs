//! A small pool of extraction threads between the reader and the writer.
//!
//! The calling thread reads articles and writes batches; workers extract.
//! Jobs go through a bounded queue so memory stays flat however large the
//! input; results come back through an unbounded one, so a worker never
//! waits on a reader that waits on it. A panic in extraction (a bug) is
//! caught: the article is kept with nothing extracted and a diagnostic.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

use storyline_model::{Article, Diagnostic, Extraction};

/// Extraction running on worker threads.
pub struct Pool {
    jobs: Option<SyncSender<Article>>,
    done: Receiver<Extraction>,
    extract: fn(Article) -> Extraction,
}

/// Extracts, turning a panic into an extraction with a diagnostic.
fn guarded(extract: fn(Article) -> Extraction, article: Article) -> Extraction {
    let fallback = Extraction::empty(article.clone());
    match catch_unwind(AssertUnwindSafe(|| extract(article))) {
        Ok(extraction) => extraction,
        Err(_) => {
            let mut extraction = fallback;
            extraction.diagnostics.push(Diagnostic {
                code: "extraction-failed".into(),
                message:
                    "extraction failed on this article (a bug); it is stored with nothing extracted"
                        .into(),
                span: None,
            });
            extraction
        }
    }
}

impl Pool {
    /// Starts `workers` threads in `scope`; with 0, [`Pool::submit`]
    /// extracts on the calling thread.
    pub fn start<'scope>(
        scope: &'scope Scope<'scope, '_>,
        workers: usize,
        extract: fn(Article) -> Extraction,
    ) -> Pool {
        let (job_tx, job_rx) = sync_channel::<Article>(64 * workers.max(1));
        let (done_tx, done_rx) = channel::<Extraction>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        for _ in 0..workers {
            let jobs = Arc::clone(&job_rx);
            let done = done_tx.clone();
            scope.spawn(move || {
                loop {
                    // The lock is held only while taking a job.
                    let job = match jobs.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => return,
                    };
                    let Ok(article) = job else { return };
                    if done.send(guarded(extract, article)).is_err() {
                        return;
                    }
                }
            });
        }
        Pool {
            jobs: (workers > 0).then_some(job_tx),
            done: done_rx,
            extract,
        }
    }

    /// Queues an article; without workers, returns its extraction at once.
    pub fn submit(&mut self, article: Article) -> Option<Extraction> {
        match &self.jobs {
            Some(jobs) => match jobs.send(article) {
                Ok(()) => None,
                // Workers are gone only if they panicked outside extraction.
                Err(err) => Some(guarded(self.extract, err.0)),
            },
            None => Some(guarded(self.extract, article)),
        }
    }

    /// Extractions finished so far.
    pub fn ready(&mut self) -> Vec<Extraction> {
        self.done.try_iter().collect()
    }

    /// Waits for every queued article and returns the rest of the results.
    pub fn finish(mut self) -> Vec<Extraction> {
        self.jobs = None;
        self.done.iter().collect()
    }
}
