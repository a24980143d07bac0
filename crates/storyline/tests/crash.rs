//! An ingest killed with SIGKILL mid-run leaves a consistent store.

use std::time::{Duration, Instant};

use storyline_model::ArticleId;
use storyline_store::{Filter, SqliteStore, Store};

use crate::util::Sandbox;

const ARTICLES: usize = 10_000;
const BATCH: usize = 100;

#[test]
fn killed_ingest_loses_nothing_committed_and_stores_no_half_article() {
    let sb = Sandbox::new();
    let mut feed = String::new();
    for i in 0..ARTICLES {
        let text = format!(
            "Article {i}. Officials said at least {} people were wounded in overnight strikes on district {}. Talks are set to resume on Wednesday.",
            i % 97,
            i % 13
        );
        feed.push_str(
            &serde_json::json!({"id": i.to_string(), "text": text, "date": "2025-07-22"})
                .to_string(),
        );
        feed.push('\n');
    }
    let input = sb.write("feed.jsonl", feed);
    let batch = BATCH.to_string();
    let mut child = sb
        .cmd(&["ingest", "--batch-size", &batch, input.to_str().unwrap()])
        .spawn()
        .unwrap();

    // Wait for some committed batches, then kill without warning.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        std::thread::sleep(Duration::from_millis(20));
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest finished ({status}) before it could be killed; raise ARTICLES");
        }
        let stored = SqliteStore::open(&sb.db())
            .ok()
            .and_then(|s| s.counts().ok())
            .map_or(0, |c| c.articles);
        if stored as usize >= 4 * BATCH {
            break;
        }
        assert!(Instant::now() < deadline, "ingest made no progress");
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let store = SqliteStore::open(&sb.db()).unwrap();
    store.check_integrity().unwrap();
    let articles = store.articles(&Filter::default()).unwrap();
    let n = articles.len();
    assert!(n > 0 && n < ARTICLES, "killed mid-run: {n} stored");
    assert_eq!(n % BATCH, 0, "only whole batches are visible: {n} stored");
    for article in &articles {
        assert_eq!(
            article.id,
            ArticleId::from_text(&article.text),
            "article stored whole"
        );
    }
    drop(store);

    // A second run completes the job and stores nothing twice.
    let run = sb.run(&["ingest", input.to_str().unwrap()]).expect(0);
    let expected = format!("{} new, {n} already stored, 0 failed", ARTICLES - n);
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
}
