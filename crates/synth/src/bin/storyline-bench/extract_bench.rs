//! `storyline-bench extract`: the extraction engine alone, in this process,
//! on one thread.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use storyline_extract::{Stage, extract_observed};
use storyline_model::{Article, DateSource, Extraction};
use storyline_synth::{Generator, SynthArticle};

use super::{append_line, cpus, mb, round, today};

/// Share of the articles after which memory is read.
const CHECKPOINTS: [u64; 3] = [10, 50, 100];

/// Resident set size of this process, from `/proc/self/status` (Linux).
#[derive(Debug, Clone, Copy)]
struct Memory {
    /// `VmRSS`: resident now, in bytes.
    rss: u64,
    /// `VmHWM`: peak resident so far, in bytes.
    peak: u64,
}

impl Memory {
    /// Reads this process's memory figures; `None` where `/proc` is missing.
    fn now() -> Option<Memory> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let field = |name: &str| -> Option<u64> {
            let line = status.lines().find(|l| l.starts_with(name))?;
            let kib: u64 = line[name.len()..]
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .ok()?;
            Some(kib * 1024)
        };
        Some(Memory {
            rss: field("VmRSS:")?,
            peak: field("VmHWM:")?,
        })
    }
}

/// Memory and time after some of the articles.
struct Mark {
    label: String,
    /// Articles extracted so far.
    done: u64,
    /// Extraction time of the articles since the previous mark.
    segment: Duration,
    /// Articles since the previous mark.
    segment_articles: u64,
    memory: Option<Memory>,
}

/// What extraction found, summed over articles.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Found {
    events: u64,
    quotes: u64,
    entities: u64,
    diagnostics: u64,
}

impl Found {
    fn add(&mut self, x: &Extraction) {
        self.events += x.events.len() as u64;
        self.quotes += x.quotes.len() as u64;
        self.entities += x.entities.len() as u64;
        self.diagnostics += x.diagnostics.len() as u64;
    }

    fn rows(&self) -> [(&'static str, u64); 4] {
        [
            ("events", self.events),
            ("quotes", self.quotes),
            ("entities", self.entities),
            ("diagnostics", self.diagnostics),
        ]
    }
}

/// The stages of `storyline_extract::extract`, in the order it runs them,
/// and last the time between articles (dropping the previous result).
const STAGES: [&str; 9] = {
    let mut names = ["drop"; 9];
    let mut i = 0;
    while i < Stage::ALL.len() {
        names[i] = Stage::ALL[i].name();
        i += 1;
    }
    names
};

/// Time spent in each of [`STAGES`].
struct Laps {
    spent: [Duration; STAGES.len()],
    clock: Instant,
}

impl Laps {
    fn new() -> Laps {
        Laps {
            spent: [Duration::ZERO; STAGES.len()],
            clock: Instant::now(),
        }
    }

    /// Charges the time since the previous lap to `stage`.
    fn lap(&mut self, stage: usize) {
        let now = Instant::now();
        self.spent[stage] += now - self.clock;
        self.clock = now;
    }
}

/// Runs the `extract` benchmark and prints its tables.
pub(crate) fn run(articles: u64, seed: u64, stages: bool, record: Option<PathBuf>) -> Result<()> {
    if articles == 0 {
        bail!("--articles must be at least 1");
    }
    let start_memory = Memory::now();

    let started = Instant::now();
    std::hint::black_box(storyline_lexicon::lexicon());
    let lexicon_seconds = started.elapsed().as_secs_f64();
    let lexicon_memory = Memory::now();
    eprintln!("lexicon built in {lexicon_seconds:.3} s");

    let started = Instant::now();
    let corpus: Vec<Article> = Generator::new(seed)
        .articles(0..articles)
        .map(to_article)
        .collect::<Result<_>>()?;
    let bytes: u64 = corpus.iter().map(|a| a.text.len() as u64).sum();
    let corpus_memory = Memory::now();
    eprintln!(
        "generated {articles} articles ({:.1} MB of text) in memory in {:.2} s (not timed)",
        mb(bytes),
        started.elapsed().as_secs_f64()
    );

    // Extraction proper: segments between checkpoints are timed, reading
    // memory between them is not.
    let mut found = Found::default();
    let mut marks = vec![
        Mark {
            label: "start (nothing built)".into(),
            done: 0,
            segment: Duration::ZERO,
            segment_articles: 0,
            memory: start_memory,
        },
        Mark {
            label: "lexicon built".into(),
            done: 0,
            segment: Duration::ZERO,
            segment_articles: 0,
            memory: lexicon_memory,
        },
        Mark {
            label: "articles in memory (baseline)".into(),
            done: 0,
            segment: Duration::ZERO,
            segment_articles: 0,
            memory: corpus_memory,
        },
    ];
    let mut total = Duration::ZERO;
    let mut from = 0usize;
    for percent in CHECKPOINTS {
        let to = usize::try_from((articles * percent).div_ceil(100))
            .context("too many articles")?
            .max(from);
        let started = Instant::now();
        for article in &corpus[from..to] {
            let extraction = storyline_extract::extract(article);
            found.add(&extraction);
        }
        let segment = started.elapsed();
        total += segment;
        marks.push(Mark {
            label: format!("after {percent}%"),
            done: to as u64,
            segment,
            segment_articles: (to - from) as u64,
            memory: Memory::now(),
        });
        from = to;
    }
    let seconds = total.as_secs_f64();
    let peak = marks.last().and_then(|m| m.memory).map(|m| m.peak);

    let staged = stages.then(|| run_stages(&corpus));

    print_tables(
        articles,
        bytes,
        lexicon_seconds,
        seconds,
        peak,
        found,
        &marks,
        staged.as_ref(),
    );

    if let Some(file) = record {
        let line = record_line(
            articles,
            seed,
            bytes,
            lexicon_seconds,
            seconds,
            peak,
            found,
            &marks,
            staged.as_ref(),
        );
        append_line(&file, &line).with_context(|| format!("appending to {}", file.display()))?;
        eprintln!("recorded to {}", file.display());
    }
    Ok(())
}

/// The article `storyline ingest` would build from a plain-text file.
fn to_article(synth: SynthArticle) -> Result<Article> {
    let date = synth
        .date
        .map(|(y, m, d)| {
            NaiveDate::from_ymd_opt(y, m, d)
                .with_context(|| format!("article {}: bad date {y}-{m}-{d}", synth.index))
        })
        .transpose()?;
    let article = Article::from_text(synth.text);
    Ok(match date {
        Some(date) => article.with_date(date, DateSource::Header),
        None => article,
    })
}

/// Runs `storyline_extract::extract_observed` over `corpus`, timing each
/// stage as it ends.
fn run_stages(corpus: &[Article]) -> Laps {
    let mut laps = Laps::new();
    for article in corpus {
        laps.lap(STAGES.len() - 1);
        extract_observed(article, &mut |stage| laps.lap(stage as usize));
    }
    laps.lap(STAGES.len() - 1);
    laps
}

fn per_s(count: f64, seconds: f64) -> f64 {
    count / seconds.max(1e-9)
}

#[allow(clippy::too_many_arguments)]
fn print_tables(
    articles: u64,
    bytes: u64,
    lexicon_seconds: f64,
    seconds: f64,
    peak: Option<u64>,
    found: Found,
    marks: &[Mark],
    staged: Option<&Laps>,
) {
    let rss_mb = |m: Option<u64>| m.map_or_else(|| "n/a".to_string(), |b| format!("{:.1}", mb(b)));
    println!("| phase | articles | MB | seconds | articles/s | MB/s | peak RSS MB |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    println!(
        "| lexicon build | | | {lexicon_seconds:.3} | | | {} |",
        rss_mb(marks[1].memory.map(|m| m.peak))
    );
    println!(
        "| extract (1 thread) | {articles} | {:.1} | {seconds:.2} | {:.0} | {:.2} | {} |",
        mb(bytes),
        per_s(articles as f64, seconds),
        per_s(mb(bytes), seconds),
        rss_mb(peak),
    );
    println!();
    println!("| found | total | per article |");
    println!("|---|---:|---:|");
    for (name, count) in found.rows() {
        println!(
            "| {name} | {count} | {:.2} |",
            count as f64 / articles as f64
        );
    }
    println!();
    let baseline = marks[2].memory.map(|m| m.rss);
    println!(
        "| checkpoint | articles done | RSS MB | RSS − baseline MB | peak RSS MB | segment articles/s |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for m in marks {
        let growth = match (m.memory, baseline) {
            (Some(now), Some(base)) => format!("{:+.1}", (now.rss as f64 - base as f64) / 1e6),
            _ => "n/a".into(),
        };
        let rate = if m.segment_articles > 0 {
            format!(
                "{:.0}",
                per_s(m.segment_articles as f64, m.segment.as_secs_f64())
            )
        } else {
            String::new()
        };
        println!(
            "| {} | {} | {} | {growth} | {} | {rate} |",
            m.label,
            m.done,
            rss_mb(m.memory.map(|x| x.rss)),
            rss_mb(m.memory.map(|x| x.peak)),
        );
    }
    if let Some(laps) = staged {
        let total: f64 = laps.spent.iter().map(Duration::as_secs_f64).sum();
        println!();
        println!("| stage | seconds | share | MB/s | µs/article |");
        println!("|---|---:|---:|---:|---:|");
        for (name, spent) in STAGES.iter().zip(laps.spent) {
            let s = spent.as_secs_f64();
            println!(
                "| {name} | {s:.3} | {:.1}% | {:.1} | {:.1} |",
                100.0 * s / total.max(1e-9),
                per_s(mb(bytes), s),
                1e6 * s / articles as f64,
            );
        }
        println!(
            "| total (staged pass) | {total:.3} | 100% | {:.2} | {:.1} |",
            per_s(mb(bytes), total),
            1e6 * total / articles as f64,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn record_line(
    articles: u64,
    seed: u64,
    bytes: u64,
    lexicon_seconds: f64,
    seconds: f64,
    peak: Option<u64>,
    found: Found,
    marks: &[Mark],
    staged: Option<&Laps>,
) -> String {
    let (date, unix) = today();
    let per_article = |n: u64| round(n as f64 / articles as f64, 3);
    let checkpoints: Vec<_> = marks
        .iter()
        .map(|m| {
            serde_json::json!({
                "checkpoint": m.label,
                "articles_done": m.done,
                "rss_mb": m.memory.map(|x| round(mb(x.rss), 1)),
                "peak_rss_mb": m.memory.map(|x| round(mb(x.peak), 1)),
                "segment_seconds": round(m.segment.as_secs_f64(), 3),
            })
        })
        .collect();
    let stages = staged.map(|laps| {
        STAGES
            .iter()
            .zip(laps.spent)
            .map(|(name, spent)| {
                serde_json::json!({
                    "stage": name,
                    "seconds": round(spent.as_secs_f64(), 4),
                    "mb_per_s": round(per_s(mb(bytes), spent.as_secs_f64()), 2),
                })
            })
            .collect::<Vec<_>>()
    });
    serde_json::json!({
        "bench": "extract",
        "date": date,
        "unix_time": unix,
        "cpus": cpus(),
        "threads": 1,
        "os": std::env::consts::OS,
        "arch": std::env::consts::ARCH,
        "articles": articles,
        "seed": seed,
        "text_bytes": bytes,
        "lexicon_seconds": round(lexicon_seconds, 4),
        "seconds": round(seconds, 3),
        "articles_per_s": round(per_s(articles as f64, seconds), 1),
        "mb_per_s": round(per_s(mb(bytes), seconds), 3),
        "peak_rss_mb": peak.map(|b| round(mb(b), 1)),
        "events_per_article": per_article(found.events),
        "quotes_per_article": per_article(found.quotes),
        "entities_per_article": per_article(found.entities),
        "diagnostics_per_article": per_article(found.diagnostics),
        "checkpoints": checkpoints,
        "stages": stages,
    })
    .to_string()
}
