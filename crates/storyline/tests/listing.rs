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
        csv.starts_with("id,date,date_source,language,bytes,location,title\n"),
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

/// Listings of the bundled examples: every filter keeps only what it names.
#[test]
fn listings_and_filters_on_the_examples() {
    let sb = Sandbox::new();
    sb.run(&["ingest", examples().to_str().unwrap()]).expect(0);
    let list = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--format", "jsonl"]);
        sb.run(&all).expect(0).jsonl()
    };
    for command in ["events", "timeline", "quotes", "entities"] {
        assert!(
            !list(&[command]).is_empty(),
            "{command} lists the examples' items"
        );
        let table = sb.run(&[command, "--format", "table"]).expect(0).stdout;
        assert_eq!(
            table.lines().count(),
            list(&[command]).len() + 1,
            "{command}: a header and a row each"
        );
    }
    let assaults = list(&["timeline", "--type", "assault"]);
    assert!(!assaults.is_empty());
    assert!(assaults.iter().all(|e| e["type"] == "ASSAULT"));
    for e in list(&["timeline"]) {
        let status = e["status"].as_str().unwrap();
        assert!(
            status == "reported" || status == "scheduled",
            "the timeline shows what happened or is planned: {e}"
        );
    }
    for e in list(&["events", "--actor", "RUS"]) {
        let text = e.to_string();
        assert!(text.contains("\"RUS\""), "actor filter: {text}");
    }
    // A day, or a month or year that contains it ("2025-09", "2025").
    let on_the_day = list(&["events", "--since", "2025-09-17", "--until", "2025-09-17"]);
    assert!(!on_the_day.is_empty());
    for e in on_the_day {
        assert!(
            "2025-09-17".starts_with(e["date"]["value"].as_str().unwrap()),
            "{e}"
        );
    }
    for e in list(&["events", "--place", "Dnipro"]) {
        assert_eq!(e["location"]["name"], "Dnipro");
    }
    assert_eq!(list(&["events", "--limit", "2"]).len(), 2);
    let quotes = list(&["quotes", "--actor", "marchuk"]);
    assert!(
        !quotes.is_empty()
            && quotes
                .iter()
                .all(|q| q["speaker"]["name"].as_str().unwrap().contains("Marchuk"))
    );
    let places = list(&["entities", "--text", "dnipro"]);
    assert!(
        places
            .iter()
            .any(|e| e["kind"] == "place" && e["name"] == "Dnipro" && e["code"] == "UKR")
    );
}
