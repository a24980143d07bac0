//! Listing commands, formats and filters.

use crate::util::{Sandbox, examples};

fn stocked() -> Sandbox {
    let sb = Sandbox::new();
    sb.write(
        "a.txt",
        "date 2025-09-15\nTurkey will host talks on Wednesday.",
    );
    sb.write(
        "b.txt",
        "date 2025-09-17\nA missile strike hit Dnipro overnight.",
    );
    sb.write("c.jsonl", "{\"text\": \"Prisoners returned home.\", \"title\": \"Swap done\", \"url\": \"https://n.example.org/swap\"}\n");
    sb.run(&[
        "ingest",
        sb.path("a.txt").to_str().unwrap(),
        sb.path("b.txt").to_str().unwrap(),
        sb.path("c.jsonl").to_str().unwrap(),
    ])
    .expect(0);
    sb
}

#[test]
fn articles_filters() {
    let sb = stocked();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["articles", "--format", "jsonl"];
        all.extend_from_slice(args);
        sb.run(&all)
            .expect(0)
            .jsonl()
            .iter()
            .map(|a| {
                a["path"]
                    .as_str()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(
        ids(&[]),
        ["b.txt", "a.txt", "c.jsonl"],
        "newest first, undated last"
    );
    assert_eq!(ids(&["--since", "2025-09-16"]), ["b.txt"]);
    assert_eq!(ids(&["--until", "2025-09-16"]), ["a.txt"]);
    assert_eq!(ids(&["--text", "DNIPRO"]), ["b.txt"]);
    assert_eq!(
        ids(&["--text", "swap"]),
        ["c.jsonl"],
        "title is searched too"
    );
    assert_eq!(ids(&["--limit", "1"]), ["b.txt"]);
}

#[test]
fn every_format_renders_the_same_rows() {
    let sb = stocked();
    let table = sb.run(&["articles", "--format", "table"]).expect(0).stdout;
    assert!(table.starts_with("ID "), "{table}");
    assert_eq!(table.lines().count(), 4);
    let csv = sb.run(&["articles", "--format", "csv"]).expect(0).stdout;
    assert!(
        csv.starts_with("id,date,date_source,bytes,location,title\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 4);
    let json: serde_json::Value =
        serde_json::from_str(&sb.run(&["articles", "--format", "json"]).expect(0).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(json[2]["url"], "https://n.example.org/swap");
    let piped = sb.run(&["articles"]).expect(0);
    assert_eq!(
        piped.jsonl().len(),
        3,
        "JSON Lines when stdout is not a terminal"
    );
}

/// Until extraction fills them, event, quote, entity and timeline listings
/// print what really exists: nothing.
#[test]
fn listings_print_only_what_exists() {
    let sb = Sandbox::new();
    sb.run(&["ingest", examples().to_str().unwrap()]).expect(0);
    for command in ["events", "timeline", "quotes", "entities"] {
        let run = sb.run(&[command, "--format", "jsonl"]).expect(0);
        let stored = run.jsonl();
        for record in &stored {
            assert!(record.is_object(), "{command}: {record}");
        }
        let table = sb.run(&[command, "--format", "table"]).expect(0).stdout;
        assert_eq!(
            table.lines().count(),
            stored.len() + 1 + usize::from(stored.is_empty()),
            "{command}: {table}"
        );
    }
    let filtered = sb
        .run(&[
            "timeline",
            "--format",
            "jsonl",
            "--actor",
            "RUS",
            "--type",
            "ASSAULT",
            "--place",
            "Dnipro",
            "--since",
            "2025-09-01",
            "--until",
            "2025-09-30",
            "--text",
            "strike",
            "--limit",
            "5",
        ])
        .expect(0);
    assert!(filtered.jsonl().len() <= 5);
}
