//! Listing commands: articles, events, timeline, quotes, entities.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use storyline_model::{Actor, Event, EventStatus, Quantity};
use storyline_store::{SqliteStore, Store};

use crate::Outcome;
use crate::cli::{ArticleArgs, EntityArgs, EventArgs, Format, QuoteArgs};
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
    let store = open(db)?;
    let mut listing = Listing::new(&["id", "date", "date_source", "bytes", "location", "title"]);
    for article in store.articles(&args.filter())? {
        let record = serde_json::json!({
            "id": article.id,
            "path": article.path,
            "url": article.url,
            "title": article.title,
            "external_id": article.external_id,
            "date": article.date,
            "date_source": article.date_source,
            "bytes": article.text.len(),
        });
        listing.push(
            record,
            vec![
                article.id.to_string(),
                text_or_empty(article.date),
                article.date_source.as_str().to_string(),
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

/// `events` lists every article event; `timeline` keeps what happened or is
/// scheduled, in date order.
pub fn events(db: &Path, args: &EventArgs, timeline: bool) -> anyhow::Result<Outcome> {
    let store = open(db)?;
    let mut filter = args.filter();
    if timeline {
        filter.statuses = vec![EventStatus::Reported, EventStatus::Scheduled];
    }
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
