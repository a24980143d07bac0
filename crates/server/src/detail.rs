//! What one event, article or person page shows, gathered from the store
//! once and served both as JSON and as HTML.

use chrono::NaiveDate;
use serde::Serialize;
use storyline_model::{
    Article, ArticleId, CanonicalEvent, DateSource, Entity, EntityKind, Event, EventStatus, Quote,
    RuleId,
};
use storyline_store::{ArticleLinks, EntitySummary, Filter, SqliteStore, Store, StoredQuote};

use crate::error::AppError;

/// A canonical event with the words of every source.
#[derive(Debug, Serialize)]
pub(crate) struct EventDetail {
    pub event: CanonicalEvent,
    /// Each evidence span of each mention, with its text and paragraph.
    pub evidence: Vec<EvidenceText>,
    /// Quotes said in the sentences of the evidence.
    pub quotes: Vec<ArticleQuote>,
    /// People named in the evidence or as a party.
    pub people: Vec<Entity>,
    /// Countries, organisations and places named in the evidence or as a party.
    pub entities: Vec<Entity>,
}

/// One evidence span in its article.
#[derive(Debug, Serialize)]
pub(crate) struct EvidenceText {
    pub article: ArticleId,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub path: Option<String>,
    pub seq: u32,
    pub status: EventStatus,
    pub rule: RuleId,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// `article.text[start..end]`.
    pub text: String,
    /// The paragraph holding the span.
    pub context: Context,
}

/// A stretch of article text around some evidence.
#[derive(Debug, Serialize)]
pub(crate) struct Context {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A quote with the article it was read in.
#[derive(Debug, Serialize)]
pub(crate) struct ArticleQuote {
    pub article: ArticleId,
    pub quote: Quote,
}

/// The paragraph (line) of `text` holding `start..end`, at most about
/// 1,200 bytes around it.
pub(crate) fn context_of(text: &str, start: usize, end: usize) -> Context {
    const REACH: usize = 600;
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut start = start.min(end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    if start - from > REACH {
        from = start - REACH;
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    if to - end > REACH {
        to = end + REACH;
        while !text.is_char_boundary(to) {
            to -= 1;
        }
    }
    Context {
        start: from,
        end: to,
        text: text[from..to].to_string(),
    }
}

/// Everything about canonical event `id`; `None` when there is none.
pub(crate) fn event_detail(store: &SqliteStore, id: &str) -> Result<Option<EventDetail>, AppError> {
    let Some(event) = store.canonical_event(id)? else {
        return Ok(None);
    };
    let mut evidence = Vec::new();
    let mut quotes = Vec::new();
    let mut named: Vec<Entity> = Vec::new();
    let mut articles: Vec<&ArticleId> = event.mentions.iter().map(|m| &m.article).collect();
    articles.sort();
    articles.dedup();
    for article_id in articles {
        let Some(article) = store.article(article_id)? else {
            continue;
        };
        let stored = store.stored_extraction(article_id)?;
        let mut sentences = Vec::new();
        let mut spoken = String::new();
        for mention in event.mentions.iter().filter(|m| &m.article == article_id) {
            for e in &mention.evidence {
                let Some(text) = article.text.get(e.start..e.end) else {
                    continue;
                };
                sentences.push(e.sentence);
                spoken.push_str(text);
                spoken.push('\n');
                evidence.push(EvidenceText {
                    article: article.id.clone(),
                    title: article.title.clone(),
                    date: article.date,
                    url: article.url.clone(),
                    path: article.path.clone(),
                    seq: mention.seq,
                    status: mention.status,
                    rule: mention.rule.clone(),
                    start: e.start,
                    end: e.end,
                    sentence: e.sentence,
                    text: text.to_string(),
                    context: context_of(&article.text, e.start, e.end),
                });
            }
        }
        let Some(stored) = stored else { continue };
        for quote in stored.quotes {
            if quote
                .evidence
                .iter()
                .any(|e| sentences.contains(&e.sentence))
            {
                quotes.push(ArticleQuote {
                    article: article.id.clone(),
                    quote,
                });
            }
        }
        for entity in stored.entities {
            let is_party = [&event.source, &event.target]
                .into_iter()
                .flatten()
                .any(|a| a.name == entity.name)
                || event
                    .location
                    .as_ref()
                    .is_some_and(|l| l.name == entity.name)
                || (entity.kind == EntityKind::Country
                    && entity
                        .code
                        .as_ref()
                        .is_some_and(|c| event.participants.contains(c)));
            if (is_party || spoken.contains(&entity.name))
                && !named
                    .iter()
                    .any(|n| n.kind == entity.kind && n.name == entity.name)
            {
                named.push(entity);
            }
        }
    }
    evidence.sort_by(|a, b| (a.date, &a.article, a.start).cmp(&(b.date, &b.article, b.start)));
    let (people, entities) = named
        .into_iter()
        .partition(|e| e.kind == EntityKind::Person);
    Ok(Some(EventDetail {
        event,
        evidence,
        quotes,
        people,
        entities,
    }))
}

/// An article in a list: what it is, without its text.
#[derive(Debug, Serialize)]
pub(crate) struct ArticleSummary {
    pub id: ArticleId,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    pub path: Option<String>,
    pub url: Option<String>,
    pub bytes: usize,
    /// The first words, for articles without a title.
    pub lead: String,
}

impl From<Article> for ArticleSummary {
    fn from(a: Article) -> ArticleSummary {
        let lead = a.text.chars().take(160).collect();
        ArticleSummary {
            bytes: a.text.len(),
            id: a.id,
            title: a.title,
            date: a.date,
            date_source: a.date_source,
            path: a.path,
            url: a.url,
            lead,
        }
    }
}

/// One article with what extraction and consolidation made of it.
#[derive(Debug, Serialize)]
pub(crate) struct ArticleDetail {
    pub article: Article,
    pub links: ArticleLinks,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    /// The canonical event each article event was merged into.
    pub canonical: Vec<CanonicalLink>,
}

/// An article event (`seq`) and its canonical event.
#[derive(Debug, Serialize)]
pub(crate) struct CanonicalLink {
    pub seq: u32,
    pub event: String,
}

/// Everything about article `id`; `None` when there is none.
pub(crate) fn article_detail(
    store: &SqliteStore,
    id: &str,
) -> Result<Option<ArticleDetail>, AppError> {
    let id = ArticleId::from_stored(id.to_string());
    let Some(article) = store.article(&id)? else {
        return Ok(None);
    };
    let links = store.article_links(&id)?.unwrap_or_default();
    let stored = store
        .stored_extraction(&id)?
        .ok_or(AppError::NotFound("article"))?;
    Ok(Some(ArticleDetail {
        article,
        links,
        events: stored.events,
        quotes: stored.quotes,
        entities: stored.entities,
        canonical: stored
            .canonical
            .into_iter()
            .map(|(seq, event)| CanonicalLink { seq, event })
            .collect(),
    }))
}

/// A person with what they said and the events naming them.
#[derive(Debug, Serialize)]
pub(crate) struct PersonDetail {
    pub person: EntitySummary,
    pub quotes: Vec<StoredQuote>,
    pub events: Vec<CanonicalEvent>,
}

/// How many quotes and events a person page lists.
const PERSON_ROWS: usize = 200;

/// Everything about the person named `name`; `None` when nobody is.
pub(crate) fn person_detail(
    store: &SqliteStore,
    name: &str,
) -> Result<Option<PersonDetail>, AppError> {
    let Some(person) = store.person(name)? else {
        return Ok(None);
    };
    let filter = Filter {
        actor: Some(name.to_string()),
        limit: Some(PERSON_ROWS),
        ..Filter::default()
    };
    let quotes = store
        .quotes(&filter)?
        .into_iter()
        .filter(|q| q.quote.speaker.as_ref().is_some_and(|s| s.name == name))
        .collect();
    let events = store.timeline_page(&filter, None, PERSON_ROWS)?.events;
    Ok(Some(PersonDetail {
        person,
        quotes,
        events,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_the_paragraph_on_char_boundaries() {
        let text = "First line.\nThe strike on Dnipro killed 14.\nLast.";
        let start = text.find("strike").unwrap();
        let c = context_of(text, start, start + 6);
        assert_eq!(c.text, "The strike on Dnipro killed 14.");
        assert_eq!(&text[c.start..c.end], c.text);
        let long = "é".repeat(1000);
        let c = context_of(&long, 1000, 1002);
        assert!(c.text.len() <= 1202 && c.text.chars().all(|ch| ch == 'é'));
    }
}
