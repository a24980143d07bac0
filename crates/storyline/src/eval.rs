//! `storyline eval`: score extraction against a hand-annotated gold file.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::NaiveDate;
use storyline_eval::consolidation::{Gold, ScoredArticle, score_consolidation};
use storyline_eval::{GoldArticle, score};
use storyline_model::{Article, DateSource};
use storyline_store::{Filter, SqliteStore, Store};

use crate::Outcome;
use crate::cli::{EvalArgs, Format};

/// Reads the article a gold record names: a file relative to the gold file,
/// or inline text.
fn load_article(gold_dir: &Path, record: &GoldArticle, line: usize) -> anyhow::Result<Article> {
    let source = &record.article;
    let mut article = match (&source.path, &source.text) {
        (Some(path), _) => {
            let full = gold_dir.join(path);
            let raw = std::fs::read_to_string(&full)
                .with_context(|| format!("line {line}: cannot read {}", full.display()))?;
            storyline_ingest::parse_text(&raw, Some(full.display().to_string()))
                .map_err(|kind| anyhow::anyhow!("line {line}: {}: {kind:?}", full.display()))?
        }
        (None, Some(text)) => Article::from_text(storyline_ingest::clean_text(text)),
        (None, None) => bail!("line {line}: the article has neither \"path\" nor \"text\""),
    };
    if let Some(date) = &source.date {
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .with_context(|| format!("line {line}: bad article date {date:?}"))?;
        article = article.with_date(date, DateSource::Metadata);
    }
    Ok(article)
}

pub fn eval(args: &EvalArgs) -> anyhow::Result<Outcome> {
    let raw = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    if args.gold.extension().is_some_and(|e| e == "toml") {
        return eval_consolidation(args, &raw);
    }
    let dir = args.gold.parent().unwrap_or(Path::new("."));
    let mut pairs = Vec::new();
    for (i, line) in raw
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let record: GoldArticle = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: malformed gold record", args.gold.display(), i + 1))?;
        let article =
            load_article(dir, &record, i + 1).with_context(|| args.gold.display().to_string())?;
        let extraction = storyline_extract::extract(&article);
        pairs.push((record, extraction));
    }
    let report = score(&pairs);
    write_report(&report, args.output.format())
}

/// The folder gold references are relative to: the first of the current
/// folder and the gold file's ancestors where the first reference exists.
fn reference_root(gold_path: &Path, first: &str) -> PathBuf {
    let file = first.split('#').next().unwrap_or(first);
    let mut candidates = vec![PathBuf::from(".")];
    let mut dir = gold_path.parent();
    while let Some(d) = dir {
        candidates.push(d.to_path_buf());
        dir = d.parent();
    }
    candidates
        .into_iter()
        .find(|c| c.join(file).exists())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `storyline eval --gold FILE.toml`: ingests every article the gold names
/// into a private in-memory store, consolidates, and scores the grouping.
fn eval_consolidation(args: &EvalArgs, raw: &str) -> anyhow::Result<Outcome> {
    let gold: Gold = toml::from_str(raw)
        .with_context(|| format!("{}: malformed consolidation gold", args.gold.display()))?;
    let mut files: Vec<String> = gold
        .happening
        .iter()
        .flat_map(|h| h.mentions.iter().map(|m| m.article.clone()))
        .chain(gold.copies.iter().flat_map(|c| c.articles.clone()))
        .chain(gold.undated.iter().map(|u| u.article.clone()))
        .map(|r| r.split('#').next().unwrap_or(&r).to_string())
        .collect();
    files.sort();
    files.dedup();
    let Some(first) = files.first() else {
        bail!("{}: the gold names no article", args.gold.display());
    };
    let root = reference_root(&args.gold, first);
    let mut store = SqliteStore::open_in_memory()?;
    let mut scored = Vec::new();
    let config = storyline_ingest::Config::default();
    for file in &files {
        let discovery = storyline_ingest::discover(&[root.join(file)]);
        if let Some(err) = discovery.errors.first() {
            bail!("{err}");
        }
        let mut batch = Vec::new();
        let mut failure = None;
        for source in &discovery.sources {
            storyline_ingest::read_source(source, &config, &mut |item| match item {
                Ok(article) => {
                    let reference = match &article.external_id {
                        Some(id) if file.ends_with(".jsonl") => format!("{file}#{id}"),
                        _ => file.clone(),
                    };
                    scored.push(ScoredArticle {
                        reference,
                        id: article.id.clone(),
                        text: article.text.clone(),
                    });
                    batch.push(storyline_extract::extract(&article));
                }
                Err(err) => failure = Some(err.to_string()),
            });
        }
        if let Some(err) = failure {
            bail!("{err}");
        }
        store.put_batch(&batch)?;
    }
    store.consolidate(&crate::listing::code_name)?;
    let events = store.timeline(&Filter::default())?;
    let report = score_consolidation(&gold, &scored, &events);
    write_report(&report, args.output.format())
}

/// Prints a report; a closed pipe is an error the caller treats as success.
fn write_report(
    report: &(impl serde::Serialize + std::fmt::Display),
    format: Format,
) -> anyhow::Result<Outcome> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json | Format::Jsonl => {
            writeln!(out, "{}", serde_json::to_string_pretty(report)?)?;
        }
        Format::Table | Format::Csv => write!(out, "{report}")?,
    }
    out.flush()?;
    Ok(Outcome::Done)
}
