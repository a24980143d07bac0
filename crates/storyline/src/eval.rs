//! `storyline eval`: score extraction against a hand-annotated gold file.

use std::path::Path;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use storyline_eval::{GoldArticle, score};
use storyline_model::{Article, DateSource};

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
    match args.output.format() {
        Format::Json | Format::Jsonl => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Table | Format::Csv => print!("{report}"),
    }
    Ok(Outcome::Done)
}
