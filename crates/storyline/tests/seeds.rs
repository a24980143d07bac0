//! The two seed articles in ../shared/seeds, when that folder exists.

use crate::util::{Sandbox, seeds};

#[test]
fn seed_articles_are_read_with_their_dates() {
    let Some(dir) = seeds() else { return };
    let sb = Sandbox::new();
    let run = sb.run(&["ingest", dir.to_str().unwrap()]).expect(0);
    assert!(
        run.stderr.contains("2 new, 0 already stored, 0 failed"),
        "{}",
        run.stderr
    );
    let articles = sb.run(&["articles", "--format", "jsonl"]).expect(0).jsonl();
    let by_file = |name: &str| {
        articles
            .iter()
            .find(|a| a["path"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name} not stored"))
            .clone()
    };
    let dated = by_file("000_08e2535bad3b9979.txt");
    assert_eq!(dated["date"], "2025-07-22");
    assert_eq!(dated["date_source"], "header");
    let undated = by_file("002_0d5187c6086ad936.txt");
    assert_eq!(undated["date"], serde_json::Value::Null);
    assert_eq!(undated["date_source"], "none");

    let extracted = sb
        .run(&[
            "extract",
            "--format",
            "jsonl",
            dir.join("000_08e2535bad3b9979.txt").to_str().unwrap(),
        ])
        .expect(0)
        .jsonl();
    let text = extracted[0]["article"]["text"].as_str().unwrap();
    assert!(
        text.starts_with("President Zelensky's office has confirmed"),
        "the date line runs into the text: {text:.60}"
    );
}
