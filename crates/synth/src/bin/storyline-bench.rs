//! `storyline-bench`: writes synthetic news corpora and benchmarks
//! `storyline ingest` and the extraction engine on them.
//!
//! ```text
//! cargo build --release
//! # A corpus on disk: DIR/NNNN/NNNNNNN.txt (1000 per folder) or DIR/part-NNNN.jsonl
//! target/release/storyline-bench gen --articles 100000 --out /tmp/corpus
//! target/release/storyline-bench gen --articles 100000 --format jsonl --out /tmp/corpus-jsonl
//! # Generate into a temporary folder, ingest twice, print a Markdown table
//! target/release/storyline-bench ingest --articles 100000
//! target/release/storyline-bench ingest --articles 20000 --format jsonl --record bench.jsonl
//! # Extraction alone, in this process, on one thread (add --stages for a per-stage breakdown)
//! target/release/storyline-bench extract --articles 20000
//! ```
//!
//! `ingest` runs `<storyline> ingest <corpus> --db <tmp>/bench.db` as a child
//! process twice (first ingest, then a re-ingest where everything is already
//! stored), timing each run and reading the child's peak resident set size
//! from the kernel. `--storyline` defaults to the `storyline` executable next
//! to this one. `--keep DIR` writes the corpus to `DIR` and leaves it there;
//! `--record FILE` appends one JSON line with the date, the machine's CPU
//! count and the figures.
//!
//! `extract` builds the lexicon (timed on its own), generates the articles
//! into memory (not timed), then runs `storyline_extract::extract` over them
//! on one thread and reports throughput, what was found per article, and the
//! process's resident set size (from `/proc/self/status`) after 10%, 50% and
//! 100% of the articles, so that memory growing with corpus size shows.
//! `--stages` adds a second pass that runs the stages of `extract` one by one
//! (the same chain as `storyline_extract::extract`) and times each.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use storyline_synth::corpus::write_corpus;
use storyline_synth::date::Day;
use storyline_synth::{CorpusStats, Format, Generator};

#[path = "storyline-bench/consolidate_bench.rs"]
mod consolidate_bench;
#[path = "storyline-bench/extract_bench.rs"]
mod extract_bench;
#[path = "storyline-bench/html_bench.rs"]
mod html_bench;

/// Synthetic corpora and ingest benchmarks for storyline.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write a synthetic corpus to a folder.
    Gen {
        /// Number of articles.
        #[arg(long)]
        articles: u64,
        /// Corpus seed: the same seed always gives the same articles.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// `txt` (seed-format files, 1000 per sub-folder) or `jsonl` (10,000 records per file).
        #[arg(long, default_value = "txt")]
        format: Format,
        /// Output folder (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Writer threads (default: all CPUs).
        #[arg(long)]
        threads: Option<usize>,
    },
    /// Generate a corpus, ingest it twice with `storyline`, report time and memory.
    Ingest {
        /// Number of articles.
        #[arg(long)]
        articles: u64,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Corpus format: `txt` or `jsonl`.
        #[arg(long, default_value = "txt")]
        format: Format,
        /// The storyline executable (default: `storyline` next to this program).
        #[arg(long)]
        storyline: Option<PathBuf>,
        /// Write the corpus to this folder and keep it (default: a temporary folder).
        #[arg(long, value_name = "DIR")]
        keep: Option<PathBuf>,
        /// Append the results as one JSON line to this file.
        #[arg(long, value_name = "FILE")]
        record: Option<PathBuf>,
    },
    /// Time the extraction engine in this process on one thread.
    Extract {
        /// Number of articles.
        #[arg(long)]
        articles: u64,
        /// Corpus seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also time each stage of extraction (a second pass over the articles).
        #[arg(long)]
        stages: bool,
        /// Append the results as one JSON line to this file.
        #[arg(long, value_name = "FILE")]
        record: Option<PathBuf>,
    },
    /// Time cross-article consolidation of synthetic article events in this
    /// process on one thread (run each size in its own process: the peak
    /// memory is the process's).
    Consolidate {
        /// Number of article events.
        #[arg(long)]
        events: usize,
        /// Seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Score main-text extraction of HTML pages on the article-extraction
    /// benchmark (precision, recall, F1 over word 4-shingles).
    Html {
        /// The benchmark folder (`html/ID.html.gz`, `ground-truth.json`).
        #[arg(long, default_value = "../shared/benchmarks/article-extraction")]
        dir: PathBuf,
        /// List this many pages with the lowest F1.
        #[arg(long, default_value_t = 0)]
        worst: usize,
    },
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Cmd::Gen {
            articles,
            seed,
            format,
            out,
            threads,
        } => {
            let started = Instant::now();
            let stats = generate(articles, seed, format, &out, threads)?;
            let secs = started.elapsed().as_secs_f64();
            println!(
                "wrote {} articles, {} bytes ({:.1} MB) in {} files to {} in {secs:.2} s ({:.0} articles/s)",
                stats.articles,
                stats.bytes,
                mb(stats.bytes),
                stats.files,
                out.display(),
                stats.articles as f64 / secs.max(1e-9),
            );
            Ok(())
        }
        Cmd::Ingest {
            articles,
            seed,
            format,
            storyline,
            keep,
            record,
        } => bench(articles, seed, format, storyline, keep, record),
        Cmd::Extract {
            articles,
            seed,
            stages,
            record,
        } => extract_bench::run(articles, seed, stages, record),
        Cmd::Consolidate { events, seed } => consolidate_bench::run(events, seed),
        Cmd::Html { dir, worst } => html_bench::run(&dir, worst),
    }
}

fn generate(
    articles: u64,
    seed: u64,
    format: Format,
    out: &Path,
    threads: Option<usize>,
) -> Result<CorpusStats> {
    let threads = threads.unwrap_or_else(cpus);
    write_corpus(&Generator::new(seed), articles, format, out, threads)
        .with_context(|| format!("writing the corpus to {}", out.display()))
}

fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// One timed run of the storyline CLI.
struct Phase {
    name: &'static str,
    seconds: f64,
    peak_rss_bytes: u64,
    summary: String,
}

fn bench(
    articles: u64,
    seed: u64,
    format: Format,
    storyline: Option<PathBuf>,
    keep: Option<PathBuf>,
    record: Option<PathBuf>,
) -> Result<()> {
    let storyline = match storyline {
        Some(path) => path,
        None => std::env::current_exe()?.with_file_name("storyline"),
    };
    if !storyline.is_file() {
        bail!(
            "storyline executable not found at {}: run `cargo build --release` first, or pass --storyline PATH",
            storyline.display()
        );
    }
    let tmp = tempfile::tempdir().context("creating a temporary folder")?;
    let corpus = keep.unwrap_or_else(|| tmp.path().join("corpus"));
    let db = tmp.path().join("bench.db");

    let started = Instant::now();
    let stats = generate(articles, seed, format, &corpus, None)?;
    eprintln!(
        "generated {articles} articles ({:.1} MB, {format:?}) in {:.2} s into {}",
        mb(stats.bytes),
        started.elapsed().as_secs_f64(),
        corpus.display()
    );

    let mut phases = Vec::new();
    for name in ["first ingest", "re-ingest"] {
        let phase = run_phase(name, &storyline, &corpus, &db)?;
        eprintln!("{name}: {}", phase.summary);
        phases.push(phase);
    }
    let store_bytes = store_size(&db);

    println!("| phase | articles | MB | seconds | articles/s | MB/s | peak RSS MB |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for p in &phases {
        println!(
            "| {} | {articles} | {:.1} | {:.2} | {:.0} | {:.1} | {:.1} |",
            p.name,
            mb(stats.bytes),
            p.seconds,
            articles as f64 / p.seconds.max(1e-9),
            mb(stats.bytes) / p.seconds.max(1e-9),
            mb(p.peak_rss_bytes),
        );
    }
    println!();
    println!("store: {} ({:.1} MB)", db.display(), mb(store_bytes));

    if let Some(file) = record {
        let line = record_line(
            articles,
            seed,
            format,
            &stats,
            store_bytes,
            &phases,
            &storyline,
        );
        append_line(&file, &line).with_context(|| format!("appending to {}", file.display()))?;
        eprintln!("recorded to {}", file.display());
    }
    Ok(())
}

/// Runs `storyline ingest CORPUS --db DB`, waits for it and measures it.
fn run_phase(name: &'static str, storyline: &Path, corpus: &Path, db: &Path) -> Result<Phase> {
    let started = Instant::now();
    let mut child = Command::new(storyline)
        .arg("ingest")
        .arg(corpus)
        .arg("--db")
        .arg(db)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {}", storyline.display()))?;
    // Drain both pipes while the child runs, so it never blocks on a full pipe.
    let readers = [
        child.stdout.take().map(drain),
        child.stderr.take().map(drain),
    ];
    let (status, peak_rss_bytes) = wait_measured(child.id())?;
    let seconds = started.elapsed().as_secs_f64();
    let [stdout, stderr] = readers.map(|r| r.and_then(|h| h.join().ok()).unwrap_or_default());
    if !status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(40).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        bail!(
            "{name} failed: {} exited with {status}\n--- stderr (last lines) ---\n{}\n--- stdout ---\n{}",
            storyline.display(),
            tail.join("\n"),
            stdout.lines().take(20).collect::<Vec<_>>().join("\n")
        );
    }
    let summary = stderr
        .lines()
        .chain(stdout.lines())
        .rev()
        .find(|l| l.contains("ingested"))
        .unwrap_or("(no summary line)")
        .trim()
        .to_string();
    Ok(Phase {
        name,
        seconds,
        peak_rss_bytes,
        summary,
    })
}

fn drain<R: Read + Send + 'static>(mut pipe: R) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Waits for child `pid` and returns its exit status and peak RSS in bytes.
///
/// `wait4` reports the resource usage of exactly this child. (Reading
/// `getrusage(RUSAGE_CHILDREN)` after waiting gives the maximum over *all*
/// children waited for so far, so the re-ingest would inherit the first
/// ingest's peak.) `ru_maxrss` is in KiB on Linux.
#[allow(unsafe_code)]
fn wait_measured(pid: u32) -> Result<(ExitStatus, u64)> {
    use std::os::unix::process::ExitStatusExt;
    let pid = libc::pid_t::try_from(pid).context("child pid out of range")?;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain old data, valid when zeroed; `wait4` only
    // writes into the two out-pointers, which point to live locals, and
    // `pid` is our own un-reaped child (std never waits for it: the `Child`
    // is dropped without `wait`).
    let (ret, usage) = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        let mut ret = libc::wait4(pid, &mut status, 0, &mut usage);
        while ret == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
        {
            ret = libc::wait4(pid, &mut status, 0, &mut usage);
        }
        (ret, usage)
    };
    if ret != pid {
        bail!(
            "waiting for the storyline process: {}",
            std::io::Error::last_os_error()
        );
    }
    let kib = u64::try_from(usage.ru_maxrss).unwrap_or(0);
    Ok((ExitStatus::from_raw(status), kib * 1024))
}

/// Size of the store file and its SQLite side files, if any.
fn store_size(db: &Path) -> u64 {
    let mut total = 0;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut path = db.as_os_str().to_owned();
        path.push(suffix);
        total += std::fs::metadata(&path).map_or(0, |m| {
            if m.is_dir() {
                dir_size(Path::new(&path))
            } else {
                m.len()
            }
        });
    }
    total
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .fold(0, |sum, entry| {
            let len = match entry.metadata() {
                Ok(m) if m.is_dir() => dir_size(&entry.path()),
                Ok(m) => m.len(),
                Err(_) => 0,
            };
            sum + len
        })
}

/// The date (UTC, `YYYY-MM-DD`) and Unix time now.
fn today() -> (String, u64) {
    let unix = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (Day((unix / 86_400) as i64).iso(), unix)
}

fn record_line(
    articles: u64,
    seed: u64,
    format: Format,
    stats: &CorpusStats,
    store_bytes: u64,
    phases: &[Phase],
    storyline: &Path,
) -> String {
    let (date, unix) = today();
    let phases: Vec<_> = phases
        .iter()
        .map(|p| {
            serde_json::json!({
                "phase": p.name,
                "seconds": round(p.seconds, 3),
                "articles_per_s": round(articles as f64 / p.seconds.max(1e-9), 1),
                "mb_per_s": round(mb(stats.bytes) / p.seconds.max(1e-9), 2),
                "peak_rss_mb": round(mb(p.peak_rss_bytes), 1),
                "summary": p.summary,
            })
        })
        .collect();
    serde_json::json!({
        "date": date,
        "unix_time": unix,
        "cpus": cpus(),
        "os": std::env::consts::OS,
        "arch": std::env::consts::ARCH,
        "storyline": storyline.display().to_string(),
        "articles": articles,
        "seed": seed,
        "format": match format { Format::Txt => "txt", Format::Jsonl => "jsonl" },
        "corpus_bytes": stats.bytes,
        "store_bytes": store_bytes,
        "phases": phases,
    })
    .to_string()
}

fn round(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

fn append_line(file: &Path, line: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)?;
    writeln!(f, "{line}")
}
