//! Measures how long building the lexicon takes and how much memory it
//! uses: `cargo run --release -p storyline-lexicon --example lexicon_stats`.

use std::time::Instant;

use storyline_lexicon::Lexicon;

/// Resident set size of this process in KiB, from /proc (Linux only).
fn rss_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let before = rss_kib("VmRSS:").unwrap_or(0);
    let t = Instant::now();
    let lex = Lexicon::build();
    let built = t.elapsed();
    let after = rss_kib("VmRSS:").unwrap_or(0);
    println!(
        "countries {} orgs {} places {} people {} surface forms {}",
        lex.countries().len(),
        lex.orgs().len(),
        lex.places().len(),
        lex.people().len(),
        lex.surface_count()
    );
    println!("build time {:.0} ms", built.as_secs_f64() * 1000.0);
    println!(
        "memory: RSS +{} MiB (peak RSS {} MiB), automaton {} MiB",
        (after.saturating_sub(before)) / 1024,
        rss_kib("VmHWM:").unwrap_or(0) / 1024,
        lex.matcher_memory() / (1024 * 1024)
    );
    let text = "KYIV, Sept 17 (Reuters) - Kremlin spokesman Dmitry Peskov told reporters in Kiev \
                on Tuesday that Turkish Foreign Minister Hakan Fidan would host talks in Istanbul.";
    let t = Instant::now();
    let n = 10_000;
    let mut found = 0;
    for _ in 0..n {
        found += lex.find(text).len();
    }
    println!(
        "find: {:.1} µs per {}-byte sentence ({} matches)",
        t.elapsed().as_secs_f64() * 1e6 / f64::from(n),
        text.len(),
        found / n as usize
    );
}
