//! Hostile input through the real `storyline ingest`: one error line per bad
//! file naming it and the reason, the good article stored, within a time
//! limit and a bounded peak memory (`VmHWM`, sampled from `/proc`). And
//! near-duplicates recognised at ingest, through consolidation's copies.

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::util::{Run, Sandbox};

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// Runs the command to its end, killing it after `deadline`; returns what
/// it printed and the highest peak resident size seen, in KiB.
fn run_measured(mut cmd: std::process::Command, deadline: Duration) -> (Run, u64) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_path = format!("/proc/{}/status", child.id());
    let start = Instant::now();
    let mut peak = 0u64;
    // Both pipes are drained on threads so the child never blocks on them.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).unwrap();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).unwrap();
        s
    });
    let status = loop {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
            peak = peak.max(hwm.unwrap_or(0));
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("still running after {deadline:?}: a hang");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    };
    (run, peak)
}

#[test]
fn hostile_files_are_reported_and_memory_stays_bounded() {
    let sb = Sandbox::new();
    let limit = 20 * 1024 * 1024;
    let laughs: String = (1..10)
        .map(|l| format!("<!ENTITY l{l} \"{}\">", format!("&l{};", l - 1).repeat(10)))
        .collect();
    let files: Vec<(&str, Vec<u8>)> = vec![
        (
            "bomb.rss",
            format!(
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">{laughs}]>\
                 <rss version=\"2.0\"><channel><title>x</title><item><title>&l9;</title></item></channel></rss>"
            )
            .into_bytes(),
        ),
        (
            "deep.html",
            format!("<html><body>{}<p>Deep.</p></body></html>", "<div>".repeat(50_000)).into_bytes(),
        ),
        ("bomb.html.gz", gzip(&vec![b' '; limit + (1 << 20)])),
        (
            "huge.html",
            format!("<html><body><p>{}</p></body></html>", "word ".repeat(limit / 5 + 1)).into_bytes(),
        ),
        ("binary.txt", (0..=255u8).cycle().take(100_000).collect()),
        (
            "long.jsonl",
            format!("{{\"text\": \"{}\"}}\n", "word ".repeat(2_000_000)).into_bytes(),
        ),
        ("empty.xml", Vec::new()),
        (
            "good.txt",
            b"date 2025-09-16\nNegotiators met in Istanbul on Wednesday and agreed to exchange prisoners."
                .to_vec(),
        ),
    ];
    for (name, bytes) in &files {
        sb.write(&format!("in/{name}"), bytes);
    }
    let folder = sb.path("in");
    let (run, peak_kib) = run_measured(
        sb.cmd(&["ingest", folder.to_str().unwrap()]),
        Duration::from_secs(120),
    );
    let run = run.expect(1);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("storyline: "))
        .collect();
    let expect = [
        ("binary.txt", "binary file (contains NUL bytes)"),
        (
            "bomb.html.gz",
            "page larger than the limit of 20971520 bytes (--max-page-bytes)",
        ),
        ("bomb.rss", "the feed declares XML entities"),
        ("deep.html", "markup nested more than 512 elements deep"),
        ("empty.xml", "not a readable RSS or Atom feed"),
        (
            "huge.html",
            "page larger than the limit of 20971520 bytes (--max-page-bytes)",
        ),
        (
            "long.jsonl:1",
            "article larger than the limit of 5242880 bytes",
        ),
    ];
    assert_eq!(errors.len(), expect.len(), "{}", run.stderr);
    for (line, (file, reason)) in errors.iter().zip(expect) {
        assert!(
            line.contains(&format!("/{file}: ")) && line.contains(reason),
            "{line}\n(expected {file}: {reason})"
        );
    }
    assert!(
        run.stderr.contains(": 1 new, 0 already stored, 7 failed"),
        "{}",
        run.stderr
    );
    // The biggest inputs are 20 MiB; nothing may cost a multiple of that
    // beyond the lexicon and the store (about 250 MB in all, debug build).
    assert!(peak_kib > 0, "VmHWM was read");
    assert!(peak_kib < 400 * 1024, "peak resident size {peak_kib} KiB");
}

#[test]
fn near_duplicates_are_counted_in_the_ingest_summary() {
    let sb = Sandbox::new();
    let original = "date 2025-09-16\nRussian and Ukrainian negotiators met in Istanbul on \
        Wednesday for less than two hours and agreed to exchange 84 prisoners of war each, \
        officials from both delegations said after the meeting. Kyiv again asked for a full \
        and unconditional 30-day ceasefire on land, in the air and at sea, which the Russian \
        side rejected, a senior Ukrainian official told reporters. Turkish mediators said \
        contacts would continue, but no date was set for another round of direct talks.";
    // The same story as another outlet ran it a day later: a few words differ.
    let copy = original
        .replace("date 2025-09-16", "date 2025-09-17")
        .replace("less than two hours", "under two hours")
        .replace("told reporters", "told journalists")
        .replace("Turkish mediators", "Mediators from Turkey");
    let other = "date 2025-09-17\nGermany approved a new military aid package for Ukraine \
        worth 500 million euros, mainly air defence systems and ammunition, a government \
        spokeswoman said on Thursday in Berlin after a cabinet meeting.";
    // One ingest: the copy is dated a day later, so it is the near-duplicate.
    let first = sb.write("in/original.txt", original);
    let second = sb.write("in/copy.txt", &copy);
    let third = sb.write("in/other.txt", other);
    let run = sb
        .run(&[
            "ingest",
            first.to_str().unwrap(),
            second.to_str().unwrap(),
            third.to_str().unwrap(),
        ])
        .expect(0);
    let summary = run.stderr.lines().last().unwrap();
    assert!(
        summary
            .ends_with(": 3 new, 0 already stored, 0 failed, 1 near-duplicate of a stored article"),
        "{}",
        run.stderr
    );
}
