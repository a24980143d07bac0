//! `storyline-bench html`: main-text extraction of HTML pages scored
//! against the text a person marked, on the article-extraction benchmark
//! (`../shared/benchmarks/article-extraction`: `html/ID.html.gz` and
//! `ground-truth.json` with `{ID: {"articleBody", "url"}}`).
//!
//! Scoring, as the benchmark defines it: tokens are runs of word characters;
//! shingles are windows of four tokens, counted in the truth and in the
//! prediction; per page, true positives are the shared counts, false
//! positives the extra predicted ones and false negatives the missing ones,
//! the three normalised by their sum; precision and recall are averaged
//! over pages and F1 is their harmonic mean.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of one page.
pub fn score(truth: &str, predicted: &str) -> (f64, f64) {
    let (t, p) = (shingles(truth), shingles(predicted));
    let tp: usize = p
        .iter()
        .map(|(k, c)| (*c).min(*t.get(k).unwrap_or(&0)))
        .sum();
    let fp = p.values().sum::<usize>() - tp;
    let fn_ = t.values().sum::<usize>() - tp;
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return (1.0, 1.0);
    }
    let (tp, fp, fn_) = (tp as f64 / sum, fp as f64 / sum, fn_ as f64 / sum);
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    (precision, recall)
}

/// Runs the benchmark over `dir` and prints the scores; `worst` pages with
/// the lowest F1 are listed.
pub fn run(dir: &Path, worst: usize) -> Result<()> {
    let truth_path = dir.join("ground-truth.json");
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&truth_path)
            .with_context(|| format!("reading {}", truth_path.display()))?,
    )?;
    let truth = truth.as_object().context("ground truth is a JSON object")?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let started = Instant::now();
    let mut pages: Vec<(String, f64, f64)> = Vec::new();

    for id in ids {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let raw = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;

        let predicted = storyline_ingest::parse_html(&raw, 64 << 20)
            .map(|a| a.text)
            .unwrap_or_default();
        let body = truth[id]["articleBody"].as_str().unwrap_or_default();
        let (p, r) = score(body, &predicted);
        pages.push((id.clone(), p, r));
    }
    let secs = started.elapsed().as_secs_f64();
    let n = pages.len().max(1) as f64;
    let p = pages.iter().map(|x| x.1).sum::<f64>() / n;
    let r = pages.iter().map(|x| x.2).sum::<f64>() / n;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!("| pages | precision | recall | F1 | seconds | pages/s |");
    println!("|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {p:.3} | {r:.3} | {f1:.3} | {secs:.2} | {:.0} |",
        pages.len(),
        n / secs.max(1e-9)
    );

    pages.sort_by(|a, b| {
        let f = |x: &(String, f64, f64)| 2.0 * x.1 * x.2 / (x.1 + x.2).max(1e-9);
        f(a).total_cmp(&f(b))
    });
    for (id, p, r) in pages.iter().take(worst) {
        println!("worst: {id} precision {p:.2} recall {r:.2}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_follow_the_benchmark() {
        let truth = "one two three four five six";
        assert_eq!(score(truth, truth), (1.0, 1.0));
        let (p, r) = score(truth, "one two three four five six seven eight");
        assert!(p < 1.0 && r == 1.0);
        assert_eq!(score(truth, ""), (0.0, 0.0));
    }
}
