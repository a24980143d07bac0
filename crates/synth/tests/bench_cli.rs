//! Drives the `storyline-bench` binary against a fake `storyline` script.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const BENCH: &str = env!("CARGO_BIN_EXE_storyline-bench");

/// A shell script that behaves like `storyline ingest PATH --db FILE`:
/// counts input files' records, reports them as new on the first run and as
/// already stored afterwards, and fails when asked to.
fn fake_storyline(dir: &Path, fail: bool) -> PathBuf {
    let path = dir.join(if fail {
        "failing-storyline"
    } else {
        "storyline"
    });
    let body = if fail {
        "echo 'error: cannot open corpus' >&2\nexit 1\n".to_string()
    } else {
        r#"[ "$1" = ingest ] || exit 2
[ "$3" = --db ] || exit 2
n=$(find "$2" -name '*.txt' | wc -l)
j=$(find "$2" -name '*.jsonl' -exec cat {} + | wc -l)
n=$((n + j))
if [ -e "$4" ]; then
  echo "ingested 0 new, $n already stored, 0 failed" >&2
else
  echo stored > "$4"
  echo "ingested $n new, 0 already stored, 0 failed" >&2
fi
"#
        .to_string()
    };
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn gen_writes_sharded_txt_and_jsonl_parts() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BENCH)
        .args(["gen", "--articles", "1500", "--seed", "4", "--out"])
        .arg(dir.path().join("txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("wrote 1500 articles"));
    assert!(dir.path().join("txt/0000/0000999.txt").is_file());
    assert!(dir.path().join("txt/0001/0001499.txt").is_file());

    let out = Command::new(BENCH)
        .args(["gen", "--articles", "10001", "--format", "jsonl", "--out"])
        .arg(dir.path().join("jsonl"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = std::fs::read_to_string(dir.path().join("jsonl/part-0001.jsonl")).unwrap();
    assert_eq!(second.lines().count(), 1);
}

#[test]
fn ingest_reports_a_table_and_records_json() {
    let dir = tempfile::tempdir().unwrap();
    let storyline = fake_storyline(dir.path(), false);
    let record = dir.path().join("bench.jsonl");
    let keep = dir.path().join("corpus");
    let out = Command::new(BENCH)
        .args([
            "ingest",
            "--articles",
            "300",
            "--format",
            "jsonl",
            "--storyline",
        ])
        .arg(&storyline)
        .arg("--keep")
        .arg(&keep)
        .arg("--record")
        .arg(&record)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("| phase | articles | MB | seconds | articles/s | MB/s | peak RSS MB |")
    );
    assert!(stdout.contains("| first ingest | 300 |"), "{stdout}");
    assert!(stdout.contains("| re-ingest | 300 |"), "{stdout}");
    assert!(stdout.contains("store: "), "{stdout}");
    assert!(
        stderr.contains("ingested 300 new, 0 already stored"),
        "{stderr}"
    );
    assert!(
        stderr.contains("ingested 0 new, 300 already stored"),
        "{stderr}"
    );
    assert!(keep.join("part-0000.jsonl").is_file());

    let line = std::fs::read_to_string(&record).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["articles"], 300);
    assert_eq!(v["phases"].as_array().map(Vec::len), Some(2));
    assert!(v["cpus"].as_u64().unwrap() >= 1);
    assert!(v["phases"][0]["peak_rss_mb"].as_f64().unwrap() > 0.0);
    assert_eq!(v["date"].as_str().map(str::len), Some(10));
}

#[test]
fn ingest_fails_on_child_failure_and_missing_cli() {
    let dir = tempfile::tempdir().unwrap();
    let failing = fake_storyline(dir.path(), true);
    let out = Command::new(BENCH)
        .args(["ingest", "--articles", "20", "--storyline"])
        .arg(&failing)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("first ingest failed") && stderr.contains("cannot open corpus"),
        "{stderr}"
    );

    let out = Command::new(BENCH)
        .args(["ingest", "--articles", "20", "--storyline"])
        .arg(dir.path().join("missing"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cargo build --release"));
}

#[test]
fn extract_reports_throughput_memory_and_stages() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("extract.jsonl");
    let out = Command::new(BENCH)
        .args(["extract", "--articles", "40", "--seed", "3", "--stages"])
        .arg("--record")
        .arg(&record)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("lexicon built in"), "{stderr}");
    assert!(
        !stderr.contains("warning"),
        "the staged chain drifted from extract: {stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("| phase | articles | MB | seconds | articles/s | MB/s | peak RSS MB |"),
        "{stdout}"
    );
    assert!(stdout.contains("| extract (1 thread) | 40 |"), "{stdout}");
    assert!(stdout.contains("| events |"), "{stdout}");
    for checkpoint in [
        "| after 10% | 4 |",
        "| after 50% | 20 |",
        "| after 100% | 40 |",
    ] {
        assert!(stdout.contains(checkpoint), "{checkpoint}: {stdout}");
    }
    assert!(stdout.contains("| events::find |"), "{stdout}");

    let line = std::fs::read_to_string(&record).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["bench"], "extract");
    assert_eq!(v["articles"], 40);
    assert!(v["events_per_article"].as_f64().unwrap() > 0.0);
    assert!(v["text_bytes"].as_u64().unwrap() > 40 * 300);
    assert_eq!(v["checkpoints"].as_array().map(Vec::len), Some(6));
    assert_eq!(v["stages"].as_array().map(Vec::len), Some(9));
    if cfg!(target_os = "linux") {
        assert!(v["peak_rss_mb"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn extract_rejects_zero_articles() {
    let out = Command::new(BENCH)
        .args(["extract", "--articles", "0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 1"));
}
