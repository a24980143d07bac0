//! Listing commands: articles, events, timeline, quotes, entities.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use storyline_model::{Actor, Bound, Event, Quantity, SourcedQuantity};
use storyline_store::{SqliteStore, Store};

use crate::Outcome;
use crate::cli::{ArticleArgs, EntityArgs, EventArgs, Format, QuoteArgs, StoryArgs};
use crate::output::{Listing, print_listing};

/// Opens an existing store; listing never creates one.
fn open(db: &Path) -> anyhow::Result<SqliteStore> {
    if !db.exists() {
        bail!(
            "no store at {}: run `storyline ingest PATH...` first (or pass --db)",
            db.display()
        );
    }
    SqliteStore::open(db).context("cannot open the store")
}

fn print(listing: &Listing, format: Format) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    print_listing(listing, format, &mut out)?;
    out.flush()?;
    Ok(Outcome::Done)
}

fn text_or_empty(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub fn articles(db: &Path, args: &ArticleArgs) -> anyhow::Result<Outcome> {
    let mut store = open(db)?;
    consolidate(&mut store)?;
    let mut listing = Listing::new(&[
        "id",
        "date",
        "date_source",
        "language",
        "bytes",
        "location",
        "title",
    ]);
    for article in store.articles(&args.filter())? {
        let links = store.article_links(&article.id)?.unwrap_or_default();
        let (date, source) = match (article.date, links.inferred_date) {
            (None, Some(d)) => (format!("{d}?"), "inferred"),
            (d, _) => (text_or_empty(d), article.date_source.as_str()),
        };
        let record = serde_json::json!({
            "id": article.id,
            "path": article.path,
            "url": article.url,
            "title": article.title,
            "external_id": article.external_id,
            "date": article.date,
            "date_source": article.date_source,
            "language": article.language,
                        "bytes": article.text.len(),
            "copy_of": links.copy_of,
            "inferred_date": links.inferred_date,
            "inferred_latest": links.inferred_latest,
            "inferred_from": links.inferred_from,
        });
        listing.push(
            record,
            vec![
                article.id.to_string(),
                date,
                source.to_string(),
                article.language.clone().unwrap_or_default(),
                article.text.len().to_string(),
                article.url.or(article.path).unwrap_or_default(),
                article
                    .title
                    .unwrap_or_else(|| article.text.chars().take(80).collect()),
            ],
        );
    }
    print(&listing, args.output.format())
}

fn actor(actor: &Option<Actor>) -> String {
    actor
        .as_ref()
        .map(|a| match &a.code {
            Some(code) if *code != a.name => format!("{} ({code})", a.name),
            _ => a.name.clone(),
        })
        .unwrap_or_default()
}

fn figures(quantities: &[Quantity]) -> String {
    quantities
        .iter()
        .map(|q| {
            let unit = q
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let max = q.max.map(|m| format!("–{m}")).unwrap_or_default();
            format!("{} {}{max}{unit} {}", q.bound.as_str(), q.value, q.kind)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn event_cells(event: &Event, article: &str) -> Vec<String> {
    vec![
        event
            .date
            .as_ref()
            .map(|d| d.value.clone().unwrap_or_else(|| format!("? {}", d.text)))
            .unwrap_or_default(),
        event.kind.as_str().to_string(),
        event.status.as_str().to_string(),
        actor(&event.source),
        actor(&event.target),
        event
            .location
            .as_ref()
            .map(|l| l.name.clone())
            .unwrap_or_default(),
        figures(&event.quantities),
        article.to_string(),
        event.rule.to_string(),
    ]
}

/// `events` lists every article event as its article tells it.
pub fn events(db: &Path, args: &EventArgs) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let filter = args.filter();
    let mut listing = Listing::new(&[
        "date", "type", "status", "source", "target", "place", "figures", "article", "rule",
    ]);
    for stored in store.events(&filter)? {
        let mut record = serde_json::to_value(&stored.event)?;
        record["articles"] = serde_json::json!([{
            "id": stored.article_id,
            "location": stored.article_location,
            "date": stored.article_date,
        }]);
        listing.push(
            record,
            event_cells(&stored.event, stored.article_id.as_str()),
        );
    }
    print(&listing, args.output.format())
}

pub fn quotes(db: &Path, args: &QuoteArgs) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let mut listing = Listing::new(&["date", "speaker", "role", "side", "quote", "article"]);
    for stored in store.quotes(&args.filter())? {
        let mut record = serde_json::to_value(&stored.quote)?;
        record["article"] =
            serde_json::json!({"id": stored.article_id, "date": stored.article_date});
        let speaker = stored.quote.speaker.as_ref();
        listing.push(
            record,
            vec![
                text_or_empty(stored.article_date),
                text_or_empty(speaker.map(|s| s.name.clone())),
                text_or_empty(speaker.and_then(|s| s.role.clone())),
                text_or_empty(speaker.and_then(|s| s.code.clone())),
                stored.quote.text.clone(),
                stored.article_id.to_string(),
            ],
        );
    }
    print(&listing, args.output.format())
}

pub fn entities(db: &Path, args: &EntityArgs) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let mut listing = Listing::new(&["kind", "name", "code", "role", "articles", "mentions"]);
    for summary in store.entities(&args.filter())? {
        let e = &summary.entity;
        let mut record = serde_json::to_value(e)?;
        if let Some(obj) = record.as_object_mut() {
            // Stored summaries carry counts, not the mention spans of each article.
            obj.remove("mentions");
            obj.insert("article_count".into(), summary.articles.into());
            obj.insert("mention_count".into(), summary.mentions.into());
        }
        listing.push(
            record,
            vec![
                e.kind.as_str().to_string(),
                e.name.clone(),
                text_or_empty(e.code.clone()),
                text_or_empty(e.role.clone()),
                summary.articles.to_string(),
                summary.mentions.to_string(),
            ],
        );
    }
    print(&listing, args.output.format())
}

/// Display names of codes for story titles: countries and organisations
/// from the gazetteers.
pub fn code_name(code: &str) -> Option<String> {
    let lexicon = storyline_lexicon::lexicon();
    lexicon
        .country(code)
        .map(|c| c.name.clone())
        .or_else(|| lexicon.org(code).map(|o| o.name.clone()))
}

/// Consolidates what is pending, saying so on stderr when there was work.
/// Returns how many of the pending articles are near-duplicates (copies,
/// `copies.rs`) of other stored articles.
pub fn consolidate(store: &mut SqliteStore) -> anyhow::Result<usize> {
    if store.pending_consolidation()? == 0 {
        return Ok(0);
    }
    let stats = store
        .consolidate(&code_name)
        .context("consolidation failed")?;
    eprintln!(
        "consolidated {} articles: {} canonical events, {} stories rebuilt, {} syndicated copies",
        stats.articles, stats.events, stats.stories, stats.copies
    );
    Ok(stats.copies)
}

/// Figures of a canonical event: each kind with its values and how many
/// sources give each; `≠` marks a disagreement.
fn sourced_figures(quantities: &[SourcedQuantity]) -> String {
    quantities
        .iter()
        .map(|q| {
            let unit = q
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let values: Vec<String> = q
                .values
                .iter()
                .map(|v| {
                    let bound = match v.bound {
                        Bound::Exact => String::new(),
                        other => format!("{} ", other.as_str().replace('_', " ")),
                    };
                    let max = v.max.map(|m| format!("–{m}")).unwrap_or_default();
                    format!("{bound}{}{max}{unit} ×{}", v.value, v.sources)
                })
                .collect();
            let sep = if q.agree { " / " } else { " ≠ " };
            format!("{}: {}", q.kind, values.join(sep))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `timeline`: canonical events, one per happening, in date order.
pub fn timeline(db: &Path, args: &EventArgs) -> anyhow::Result<Outcome> {
    let mut store = open(db)?;
    consolidate(&mut store)?;
    let mut listing = Listing::new(&[
        "date", "type", "status", "source", "target", "place", "figures", "sources", "story",
        "summary", "id",
    ]);
    for event in store.timeline(&args.filter())? {
        let record = serde_json::to_value(&event)?;
        let date = event
            .date
            .as_ref()
            .map(|d| {
                if d.inferred {
                    format!("{}?", d.value)
                } else {
                    d.value.clone()
                }
            })
            .or_else(|| event.first_reported.map(|d| format!("~{d}")))
            .unwrap_or_default();
        let cells = vec![
            date,
            event.kind.as_str().to_string(),
            event.status.as_str().to_string(),
            actor(&event.source),
            actor(&event.target),
            event
                .location
                .as_ref()
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            sourced_figures(&event.quantities),
            event.sources.to_string(),
            event
                .story
                .as_ref()
                .map(|s| s.title.clone())
                .unwrap_or_default(),
            event.summary.clone(),
            event.id.clone(),
        ];
        listing.push(record, cells);
    }
    print(&listing, args.output.format())
}

/// `stories`: story threads, earliest first.
pub fn stories(db: &Path, args: &StoryArgs) -> anyhow::Result<Outcome> {
    let mut store = open(db)?;
    consolidate(&mut store)?;
    let mut listing = Listing::new(&["id", "first", "last", "events", "title"]);
    for story in store.stories(&args.filter())? {
        listing.push(
            serde_json::to_value(&story)?,
            vec![
                story.id.clone(),
                text_or_empty(story.first),
                text_or_empty(story.last),
                story.events.to_string(),
                story.title.clone(),
            ],
        );
    }
    print(&listing, args.output.format())
}
