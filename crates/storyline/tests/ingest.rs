//! `storyline ingest` and `storyline extract` on good and bad inputs.

use crate::util::{Sandbox, examples};

fn example_count() -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(examples()).unwrap() {
        let path = entry.unwrap().path();
        match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => count += 1,
            Some("jsonl") => {
                count += std::fs::read_to_string(&path)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .count()
            }
            _ => {}
        }
    }
    count
}

#[test]
fn reingest_stores_nothing_new() {
    let sb = Sandbox::new();
    let examples = examples();
    let n = example_count();
    assert!(n >= 10, "the examples hold about a dozen articles");
    let first = sb.run(&["ingest", examples.to_str().unwrap()]).expect(0);
    assert!(
        first
            .stderr
            .contains(&format!("{n} new, 0 already stored, 0 failed")),
        "{}",
        first.stderr
    );
    let second = sb.run(&["ingest", examples.to_str().unwrap()]).expect(0);
    assert!(
        second
            .stderr
            .contains(&format!("0 new, {n} already stored, 0 failed")),
        "{}",
        second.stderr
    );
    let listed = sb.run(&["articles", "--format", "jsonl"]).expect(0).jsonl();
    assert_eq!(listed.len(), n);
}

#[test]
fn same_text_under_another_name_is_the_same_article() {
    let sb = Sandbox::new();
    let a = sb.write("a/one.txt", "date 2025-06-02\nDelegations met in Istanbul.");
    let b = sb.write(
        "b/copy.txt",
        "date 2025-06-02\r\nDelegations met in Istanbul.\r\n",
    );
    let run = sb
        .run(&["ingest", a.to_str().unwrap(), b.to_str().unwrap()])
        .expect(0);
    assert!(
        run.stderr.contains("1 new, 1 already stored"),
        "{}",
        run.stderr
    );
}

/// Each kind of bad file gets one clear error line naming it and the
/// reason; the good articles of the same batch are stored; exit status 1.
#[test]
fn bad_inputs_are_reported_and_the_rest_lands() {
    let sb = Sandbox::new();
    sb.write(
        "in/good.txt",
        "date 2025-07-22\nKremlin spokesman Dmitry Peskov told reporters on Tuesday.",
    );
    sb.write("in/binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    sb.write(
        "in/latin1.txt",
        b"Delegations met in Istanbul on Monday, caf\xe9 closed.",
    );
    sb.write("in/empty.txt", "");
    sb.write("in/only-date.txt", "date 2025-07-22\n\n");
    sb.write("in/bad-date.txt", "date 2025-02-30\nTalks.");
    sb.write("in/huge.txt", "word ".repeat(400));
    sb.write(
        "in/feed.jsonl",
        "{\"text\": \"First record about talks.\"}\n{\"text\": \"broken\n{\"title\": \"no text\"}\n{\"text\": \"Fourth record.\", \"date\": \"2025-06-02\"}\n",
    );
    std::os::unix::fs::symlink(sb.path("in/nowhere.txt"), sb.path("in/dangling.txt")).unwrap();
    let input = sb.path("in");
    let missing = sb.path("missing.txt");
    let run = sb
        .run(&[
            "ingest",
            "--max-article-bytes",
            "1000",
            input.to_str().unwrap(),
            missing.to_str().unwrap(),
        ])
        .expect(1);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("storyline: "))
        .collect();
    let expect = [
        ("missing.txt: cannot read", "missing file"),
        ("bad-date.txt: invalid date", "impossible date"),
        ("binary.txt: binary file", "binary"),
        ("dangling.txt: cannot read", "unreadable file"),
        ("empty.txt: no article text", "empty file"),
        ("feed.jsonl:2: malformed JSON", "malformed JSON line"),
        (
            "feed.jsonl:3: record has no \"text\" string",
            "record without text",
        ),
        (
            "huge.txt: article larger than the limit of 1000 bytes",
            "oversized",
        ),
        ("latin1.txt: not valid UTF-8", "invalid UTF-8"),
        ("only-date.txt: no article text", "date line only"),
    ];
    for (needle, what) in expect {
        assert_eq!(
            errors.iter().filter(|l| l.contains(needle)).count(),
            1,
            "one error line for the {what} ({needle}) in:\n{}",
            run.stderr
        );
    }
    assert_eq!(errors.len(), expect.len(), "{}", run.stderr);
    assert!(
        run.stderr.contains("3 new, 0 already stored, 10 failed"),
        "{}",
        run.stderr
    );
    let texts: Vec<String> = sb
        .run(&["articles", "--format", "jsonl"])
        .expect(0)
        .jsonl()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts.len(), 3);
}

#[test]
fn stdin_takes_text_and_json_lines() {
    let sb = Sandbox::new();
    for (input, date) in [
        ("date 2025-07-22\nPeskov spoke on Tuesday.\n", "2025-07-22"),
        (
            "\n{\"text\": \"Talks in Doha.\", \"date\": \"2025-06-02T10:00:00Z\", \"url\": \"https://n.example.org/1\"}\n",
            "2025-06-02",
        ),
    ] {
        let mut child = sb
            .cmd(&["ingest", "-"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let listed = sb
            .run(&[
                "articles", "--format", "jsonl", "--since", date, "--until", date,
            ])
            .expect(0)
            .jsonl();
        assert_eq!(listed.len(), 1, "{input:?}");
    }
}

#[test]
fn extract_prints_one_object_per_article_without_touching_the_store() {
    let sb = Sandbox::new();
    let run = sb
        .run(&["extract", "--format", "jsonl", examples().to_str().unwrap()])
        .expect(0);
    let objects = run.jsonl();
    assert_eq!(objects.len(), example_count());
    for object in &objects {
        for key in ["article", "entities", "events", "quotes", "diagnostics"] {
            assert!(object.get(key).is_some(), "{key} missing in {object}");
        }
        for key in ["id", "path", "url", "title", "date", "date_source", "text"] {
            assert!(
                object["article"].get(key).is_some(),
                "article.{key} missing"
            );
        }
    }
    assert!(!sb.db().exists(), "extract must not create a store");
}

#[test]
fn missing_store_is_a_clear_fatal_error() {
    let sb = Sandbox::new();
    let run = sb.run(&["timeline"]).expect(3);
    assert!(run.stderr.contains("no store at"), "{}", run.stderr);
    assert!(run.stderr.contains("storyline ingest"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let sb = Sandbox::new();
    sb.run(&["ingest"]).expect(2);
    sb.run(&["events", "--format", "xml"]).expect(2);
    sb.run(&["ingest", "--batch-size", "0", "x"]).expect(2);
}

/// Extraction threads change the speed, never the result: the store holds
/// the same events whether articles are extracted on one thread or many.
#[test]
fn threads_do_not_change_what_is_stored() {
    let events = |threads: &str| {
        let sb = Sandbox::new();
        sb.run(&["ingest", "--threads", threads, examples().to_str().unwrap()])
            .expect(0);
        let mut lines: Vec<String> = sb
            .run(&["events", "--format", "jsonl"])
            .expect(0)
            .stdout
            .lines()
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    let single = events("0");
    assert!(!single.is_empty(), "the examples yield events");
    assert_eq!(single, events("3"));
}

/// Re-ingesting records a new location of a known article without
/// extracting it again, and the stored events stay as they were.
#[test]
fn reingest_under_another_name_keeps_events() {
    let sb = Sandbox::new();
    let text = "date 2025-09-17\nRussian missiles struck Dnipro overnight, killing at least 12 people, officials said.";
    let a = sb.write("a.txt", text);
    let b = sb.write("copies/b.txt", text);
    sb.run(&["ingest", a.to_str().unwrap()]).expect(0);
    let before = sb.run(&["events", "--format", "jsonl"]).expect(0).stdout;
    assert!(before.contains("ASSAULT"), "{before}");
    let run = sb.run(&["ingest", b.to_str().unwrap()]).expect(0);
    assert!(
        run.stderr.contains("0 new, 1 already stored"),
        "{}",
        run.stderr
    );
    assert_eq!(
        sb.run(&["events", "--format", "jsonl"]).expect(0).stdout,
        before
    );
}
