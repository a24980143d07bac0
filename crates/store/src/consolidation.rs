//! Incremental consolidation in the SQLite store.
//!
//! Articles are stored with `consolidated = 0`. [`SqliteStore::consolidate`]
//! takes all of them in one transaction:
//!
//! 1. **Copies.** Each new article's MinHash signature is stored with its
//!    LSH bands; articles sharing a band are compared, and copy groups are
//!    rebuilt (the original is the earliest dated, then smallest id).
//! 2. **Keys.** The block keys of the new article events are stored.
//! 3. **Closure.** Starting from the new events (and the events of articles
//!    whose copy group changed), every stored event that could be compared
//!    with one inside is added: one whose key filed under is a key looked
//!    up inside, or the other way round (keys are stored with that role) —
//!    with the whole canonical event it belongs to and, for undated
//!    articles, every event of the article; until nothing new comes in.
//!    Two events that merely file under the same key (two strikes on one
//!    town a year apart) are never compared, so they do not pull each other
//!    in.
//!    The events outside cannot link to any inside, so consolidating the
//!    closure alone gives what a run over everything would give there.
//! 4. **Canonical events** of the closure are replaced, then the **stories**
//!    of every story key they touch are rebuilt.
//!
//! A killed run leaves the transaction unapplied and the articles pending:
//! the next run does the work again.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use storyline_consolidate::copies::{Signature, is_copy};
use storyline_consolidate::{
    ArticleInfo, Input, Mention, build_stories, keys_of, sort_dates, story_key,
};
use storyline_model::{ArticleId, CanonicalEvent, Event};

use crate::{Error, SqliteStore};

/// What one consolidation run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ConsolidateStats {
    /// Articles consolidated now.
    pub articles: usize,
    /// Article events looked at again (the closure).
    pub mentions: usize,
    /// Canonical events written.
    pub events: usize,
    /// Stories rebuilt.
    pub stories: usize,
    /// Articles found to be copies of another.
    pub copies: usize,
}

type Key = (String, i64);

/// A code → display name lookup for story titles.
pub type Names<'a> = &'a dyn Fn(&str) -> Option<String>;

impl SqliteStore {
    /// Consolidates every article stored since the last run (see the module
    /// documentation); does nothing when none is pending.
    pub(crate) fn consolidate_pending(
        &mut self,
        names: Names<'_>,
    ) -> Result<ConsolidateStats, Error> {
        let name = self.name.clone();
        let tx = self
            .conn
            .transaction()
            .map_err(|err| Error::database(&name, err))?;
        let stats = run(&tx, names).map_err(|err| err.into_error(&name))?;
        tx.commit().map_err(|err| Error::database(&name, err))?;
        Ok(stats)
    }

    /// What consolidation says about an article: the original it copies,
    /// and its inferred publication date with the canonical events behind it.
    pub fn article_links(&self, id: &ArticleId) -> Result<Option<ArticleLinks>, Error> {
        self.conn
            .query_row(
                "SELECT copy_of, inferred_date, inferred_latest, inferred_from FROM articles WHERE id = ?1",
                [id.as_str()],
                |r| {
                    let date = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
                        Ok(r.get::<_, Option<String>>(i)?.and_then(|d| d.parse().ok()))
                    };
                    Ok(ArticleLinks {
                        copy_of: r.get::<_, Option<String>>(0)?.map(ArticleId::from_stored),
                        inferred_date: date(1)?,
                        inferred_latest: date(2)?,
                        inferred_from: r
                            .get::<_, Option<String>>(3)?
                            .map(|s| s.split_whitespace().map(str::to_string).collect())
                            .unwrap_or_default(),
                    })
                },
            )
            .optional()
            .map_err(|err| self.db_error(err))
    }

    /// Number of articles waiting for consolidation.
    pub fn pending_consolidation(&self) -> Result<u64, Error> {
        self.conn
            .query_row(
                "SELECT count(*) FROM articles WHERE consolidated = 0",
                [],
                |row| row.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(|err| self.db_error(err))
    }
}

/// What consolidation found about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ArticleLinks {
    /// The original, when the article is a syndicated copy.
    pub copy_of: Option<ArticleId>,
    /// Probable publication date of an undated article, inferred through
    /// other articles (the earliest day the evidence allows).
    pub inferred_date: Option<NaiveDate>,
    /// Latest publication day the evidence allows.
    pub inferred_latest: Option<NaiveDate>,
    /// Canonical events whose dates pinned it.
    pub inferred_from: Vec<String>,
}

/// An error inside the transaction.
pub(crate) enum RunError {
    Db(rusqlite::Error),
    Corrupt(String),
}

impl From<rusqlite::Error> for RunError {
    fn from(err: rusqlite::Error) -> Self {
        RunError::Db(err)
    }
}

impl RunError {
    fn into_error(self, store: &str) -> Error {
        match self {
            RunError::Db(err) => Error::database(store, err),
            RunError::Corrupt(what) => Error::new(store, crate::ErrorKind::Corrupt(what)),
        }
    }
}

fn run(tx: &Transaction<'_>, names: Names<'_>) -> Result<ConsolidateStats, RunError> {
    let pending: Vec<String> = {
        let mut stmt = tx.prepare("SELECT id FROM articles WHERE consolidated = 0 ORDER BY id")?;
        stmt.query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    let mut stats = ConsolidateStats {
        articles: pending.len(),
        ..ConsolidateStats::default()
    };
    if pending.is_empty() {
        return Ok(stats);
    }
    let (regrouped, copies) = find_copies(tx, &pending)?;
    stats.copies = copies;
    let new_keys = store_keys(tx, &pending)?;
    let mut seeds: BTreeSet<Key> = new_keys;
    for article in &regrouped {
        seeds.extend(mentions_of(tx, article)?);
    }
    let closure = close(tx, seeds)?;
    stats.mentions = closure.len();
    let input = load_input(tx, &closure)?;
    let result = storyline_consolidate::consolidate(&input);
    // Replace the canonical events of the closure.
    let mut old_keys: BTreeSet<String> = BTreeSet::new();
    let mut old_ids: BTreeSet<String> = BTreeSet::new();
    {
        let mut find = tx.prepare_cached(
            "SELECT c.id, c.story_key FROM canonical_members m JOIN canonical_events c ON c.id = m.canonical
             WHERE m.article_id = ?1 AND m.seq = ?2",
        )?;
        for (a, s) in &closure {
            let row: Option<(String, Option<String>)> = find
                .query_row(params![a, s], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((id, key)) = row {
                old_ids.insert(id);
                old_keys.extend(key);
            }
        }
    }
    for id in &old_ids {
        tx.execute("DELETE FROM canonical_members WHERE canonical = ?1", [id])?;
        tx.execute("DELETE FROM canonical_events WHERE id = ?1", [id])?;
    }
    let mut new_story_keys: BTreeSet<String> = BTreeSet::new();
    for event in &result.events {
        let key = story_key(event);
        new_story_keys.extend(key.clone());
        let sort = sort_dates(std::slice::from_ref(event))[0];
        put_canonical(tx, event, key.as_deref(), sort)?;
        for m in &event.mentions {
            tx.prepare_cached(
                "INSERT OR REPLACE INTO canonical_members (article_id, seq, canonical) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![m.article.as_str(), m.seq, event.id])?;
        }
    }
    stats.events = result.events.len();
    // Inferred dates of the undated articles in the closure.
    let undated: BTreeSet<&ArticleId> = input
        .articles
        .iter()
        .filter(|a| a.date.is_none())
        .map(|a| &a.id)
        .collect();
    for id in &undated {
        tx.execute(
                        "UPDATE articles SET inferred_date = NULL, inferred_latest = NULL, inferred_from = NULL WHERE id = ?1",
            [id.as_str()],
        )?;
    }
    for inferred in &result.inferred {
        tx.execute(
                        "UPDATE articles SET inferred_date = ?2, inferred_latest = ?3, inferred_from = ?4 WHERE id = ?1",
            params![
                inferred.article.as_str(),
                inferred.date.to_string(),
                inferred.latest.to_string(),
                inferred.evidence.join(" ")
            ],
        )?;
    }
    old_keys.extend(new_story_keys);
    stats.stories = rebuild_stories(tx, &old_keys, names)?;
    let mut done = tx.prepare_cached("UPDATE articles SET consolidated = 1 WHERE id = ?1")?;
    for id in &pending {
        done.execute([id])?;
    }
    Ok(stats)
}

/// Stores the new articles' signatures and bands, links copies, and
/// rebuilds the copy groups they touch. Returns the articles whose group
/// changed and how many new articles are copies.
fn find_copies(tx: &Transaction<'_>, pending: &[String]) -> Result<(Vec<String>, usize), RunError> {
    let mut edges: Vec<(String, String)> = Vec::new();
    for id in pending {
        let text: String = tx.query_row("SELECT text FROM articles WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
        let sig = Signature::of(&text);
        let bands = sig.band_keys();
        let mut candidates: BTreeSet<String> = BTreeSet::new();
        {
            let mut stmt = tx.prepare_cached(
                "SELECT article_id FROM signature_bands WHERE band = ?1 AND article_id <> ?2",
            )?;
            for &band in &bands {
                for row in stmt.query_map(params![band as i64, id], |r| r.get::<_, String>(0))? {
                    candidates.insert(row?);
                }
            }
        }
        for other in candidates {
            let bytes: Vec<u8> = tx.query_row(
                "SELECT signature FROM article_signatures WHERE article_id = ?1",
                [&other],
                |r| r.get(0),
            )?;
            let theirs = Signature::from_bytes(&bytes)
                .ok_or_else(|| RunError::Corrupt(format!("signature of article {other}")))?;
            if is_copy(&sig, &theirs) {
                edges.push((id.clone(), other));
            }
        }
        tx.prepare_cached(
            "INSERT OR REPLACE INTO article_signatures (article_id, signature) VALUES (?1, ?2)",
        )?
        .execute(params![id, sig.to_bytes()])?;
        let mut band_stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO signature_bands (band, article_id) VALUES (?1, ?2)",
        )?;
        for band in bands {
            band_stmt.execute(params![band as i64, id])?;
        }
    }
    if edges.is_empty() {
        return Ok((Vec::new(), 0));
    }
    // Every article of the touched groups, through existing copy_of links.
    let mut members: BTreeSet<String> = BTreeSet::new();
    for (a, b) in &edges {
        members.insert(a.clone());
        members.insert(b.clone());
    }
    loop {
        let mut more = BTreeSet::new();
        for id in &members {
            let root: Option<String> = tx
                .query_row("SELECT copy_of FROM articles WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()?
                .flatten();
            more.extend(root.clone());
            let root = root.unwrap_or_else(|| id.clone());
            let mut stmt = tx.prepare_cached("SELECT id FROM articles WHERE copy_of = ?1")?;
            for row in stmt.query_map([&root], |r| r.get::<_, String>(0))? {
                more.insert(row?);
            }
        }
        let before = members.len();
        members.extend(more);
        if members.len() == before {
            break;
        }
    }
    // Groups: components over the new edges and the existing links.
    let list: Vec<String> = members.into_iter().collect();
    let index = |id: &str| list.binary_search_by(|x| x.as_str().cmp(id)).ok();
    let mut parent: Vec<usize> = (0..list.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    fn link(a: usize, b: usize, parent: &mut [usize]) {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    for (a, b) in &edges {
        if let (Some(x), Some(y)) = (index(a), index(b)) {
            link(x, y, &mut parent);
        }
    }
    let mut dates: Vec<(Option<NaiveDate>, String)> = Vec::with_capacity(list.len());
    for (i, id) in list.iter().enumerate() {
        let (date, root): (Option<String>, Option<String>) = tx.query_row(
            "SELECT date, copy_of FROM articles WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if let Some(j) = root.as_deref().and_then(index) {
            link(i, j, &mut parent);
        }
        dates.push((date.and_then(|d| d.parse().ok()), id.clone()));
    }
    let mut regrouped = Vec::new();
    let mut copies = 0;
    let pending: BTreeSet<&String> = pending.iter().collect();
    for i in 0..list.len() {
        let r = find(&mut parent, i);
        let original = (0..list.len())
            .filter(|&j| find(&mut parent, j) == r)
            .min_by(|&a, &b| {
                let (da, db) = (&dates[a], &dates[b]);
                (da.0.is_none(), da.0, &da.1).cmp(&(db.0.is_none(), db.0, &db.1))
            })
            .expect("the group holds i");
        let copy_of = (original != i).then(|| list[original].clone());
        let old: Option<String> = tx.query_row(
            "SELECT copy_of FROM articles WHERE id = ?1",
            [&list[i]],
            |r| r.get(0),
        )?;
        if old != copy_of {
            tx.execute(
                "UPDATE articles SET copy_of = ?2 WHERE id = ?1",
                params![list[i], copy_of],
            )?;
            regrouped.push(list[i].clone());
        }
        if copy_of.is_some() && pending.contains(&list[i]) {
            copies += 1;
        }
    }
    Ok((regrouped, copies))
}

/// Reads an article's events back.
fn events_of(tx: &Transaction<'_>, article: &str) -> Result<Vec<(i64, Event)>, RunError> {
    let mut stmt =
        tx.prepare_cached("SELECT seq, payload FROM events WHERE article_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([article], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (seq, payload) = row?;
        let event: Event = serde_json::from_str(&payload)
            .map_err(|err| RunError::Corrupt(format!("event {article}#{seq}: {err}")))?;
        out.push((seq, event));
    }
    Ok(out)
}

fn mentions_of(tx: &Transaction<'_>, article: &str) -> Result<Vec<Key>, RunError> {
    let mut stmt = tx.prepare_cached("SELECT seq FROM events WHERE article_id = ?1")?;
    let rows = stmt.query_map([article], |r| r.get::<_, i64>(0))?;
    rows.map(|r| Ok((article.to_string(), r?))).collect()
}

fn article_info(tx: &Transaction<'_>, id: &str) -> Result<ArticleInfo, RunError> {
    Ok(tx.query_row(
        "SELECT path, url, date, copy_of FROM articles WHERE id = ?1",
        [id],
        |r| {
            Ok(ArticleInfo {
                id: ArticleId::from_stored(id.to_string()),
                path: r.get(0)?,
                url: r.get(1)?,
                date: r.get::<_, Option<String>>(2)?.and_then(|d| d.parse().ok()),
                copy_of: r.get::<_, Option<String>>(3)?.map(ArticleId::from_stored),
            })
        },
    )?)
}

fn mention(article: usize, seq: i64, event: Event, text: &str) -> Mention {
    let sentence = event
        .evidence
        .first()
        .map(|e| storyline_consolidate::sentence_around(text, e.start, e.end).to_string())
        .unwrap_or_default();
    Mention {
        article,
        seq: seq as u32,
        ordinal: event.ordinal,
        event,
        sentence,
    }
}

/// Stores the block keys of the pending articles' events; returns the events.
fn store_keys(tx: &Transaction<'_>, pending: &[String]) -> Result<BTreeSet<Key>, RunError> {
    let mut out = BTreeSet::new();
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO mention_keys (key, probe, article_id, seq) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for id in pending {
        let info = article_info(tx, id)?;
        for (seq, event) in events_of(tx, id)? {
            let m = mention(0, seq, event, "");
            let keys = keys_of(&m, &info);
            for key in &keys.insert {
                insert.execute(params![*key as i64, 0, id, seq])?;
            }
            for key in &keys.probe {
                insert.execute(params![*key as i64, 1, id, seq])?;
            }
            out.insert((id.clone(), seq));
        }
    }
    Ok(out)
}

/// The closure of `seeds`: see the module documentation.
fn close(tx: &Transaction<'_>, seeds: BTreeSet<Key>) -> Result<BTreeSet<Key>, RunError> {
    let mut all = seeds.clone();
    let mut frontier: Vec<Key> = seeds.into_iter().collect();
    let mut keys_of_mention = tx
        .prepare_cached("SELECT key, probe FROM mention_keys WHERE article_id = ?1 AND seq = ?2")?;
    // A key filed under meets the same key looked up, and the other way.
    let mut by_key = tx
        .prepare_cached("SELECT article_id, seq FROM mention_keys WHERE key = ?1 AND probe = ?2")?;
    let mut canonical_of = tx.prepare_cached(
        "SELECT canonical FROM canonical_members WHERE article_id = ?1 AND seq = ?2",
    )?;
    let mut members_of =
        tx.prepare_cached("SELECT article_id, seq FROM canonical_members WHERE canonical = ?1")?;
    let mut undated = tx.prepare_cached("SELECT date IS NULL FROM articles WHERE id = ?1")?;
    let mut seen_keys: BTreeSet<(i64, bool)> = BTreeSet::new();
    let mut seen_canonical: BTreeSet<String> = BTreeSet::new();
    let mut seen_articles: BTreeSet<String> = BTreeSet::new();
    while let Some((a, s)) = frontier.pop() {
        let mut found: Vec<Key> = Vec::new();
        let keys: Vec<(i64, bool)> = keys_of_mention
            .query_map(params![a, s], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (key, probe) in keys {
            if seen_keys.insert((key, probe)) {
                for row in by_key.query_map(params![key, !probe], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    found.push(row?);
                }
            }
        }
        let canonical: Option<String> = canonical_of
            .query_row(params![a, s], |r| r.get(0))
            .optional()?;
        if let Some(c) = canonical {
            if seen_canonical.insert(c.clone()) {
                for row in members_of.query_map([&c], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    found.push(row?);
                }
            }
        }
        if seen_articles.insert(a.clone()) && undated.query_row([&a], |r| r.get::<_, bool>(0))? {
            found.extend(mentions_of(tx, &a)?);
        }
        for k in found {
            if all.insert(k.clone()) {
                frontier.push(k);
            }
        }
    }
    Ok(all)
}

/// Loads the closure as consolidation input.
fn load_input(tx: &Transaction<'_>, closure: &BTreeSet<Key>) -> Result<Input, RunError> {
    let mut input = Input::default();
    // The article being read: id, index in the input, text, events.
    type Current = (String, usize, String, Vec<(i64, Event)>);
    let mut current: Option<Current> = None;
    for (a, s) in closure {
        if current.as_ref().is_none_or(|c| c.0 != *a) {
            let text: String =
                tx.query_row("SELECT text FROM articles WHERE id = ?1", [a], |r| r.get(0))?;
            input.articles.push(article_info(tx, a)?);
            current = Some((a.clone(), input.articles.len() - 1, text, events_of(tx, a)?));
        }
        let (_, index, text, events) = current.as_ref().expect("set above");
        if let Some((_, event)) = events.iter().find(|(seq, _)| seq == s) {
            input
                .mentions
                .push(mention(*index, *s, event.clone(), text));
        }
    }
    Ok(input)
}

fn put_canonical(
    tx: &Transaction<'_>,
    event: &CanonicalEvent,
    story_key: Option<&str>,
    sort_date: Option<NaiveDate>,
) -> Result<(), RunError> {
    let payload = serde_json::to_string(event).unwrap_or_default();
    tx.prepare_cached(
        "INSERT OR REPLACE INTO canonical_events (id, type, status, date, ordinal, actors, place, story, story_key, sources, payload, sort_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        event.id,
        event.kind.as_str(),
        event.status.as_str(),
        event.date.as_ref().map(|d| d.value.clone()),
        event.ordinal,
        crate::sqlite::actor_keys_of(&event.source, &event.target, &event.participants),
        event.location.as_ref().map(crate::sqlite::place_key),
        event.story.as_ref().map(|s| format!("{} {}", s.id, s.title)),
        story_key,
        event.sources as i64,
        payload,
        sort_date.map(|d| d.to_string()),
    ])?;
    Ok(())
}

/// Rebuilds the stories of `keys` from their canonical events.
fn rebuild_stories(
    tx: &Transaction<'_>,
    keys: &BTreeSet<String>,
    names: Names<'_>,
) -> Result<usize, RunError> {
    let mut rebuilt = 0;
    for key in keys {
        let mut events: Vec<CanonicalEvent> = {
            let mut stmt =
                tx.prepare_cached("SELECT id, payload FROM canonical_events WHERE story_key = ?1")?;
            let rows = stmt.query_map([key], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, payload) = row?;
                out.push(
                    serde_json::from_str(&payload)
                        .map_err(|err| RunError::Corrupt(format!("canonical event {id}: {err}")))?,
                );
            }
            out
        };
        tx.execute("DELETE FROM stories WHERE key = ?1", [key])?;
        let stories = build_stories(&mut events, names);
        let sort = sort_dates(&events);
        for (event, date) in events.iter().zip(sort) {
            put_canonical(tx, event, Some(key), date)?;
        }
        for story in &stories {
            tx.execute(
                "INSERT OR REPLACE INTO stories (id, key, title, events, first, last) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    story.id,
                    key,
                    story.title,
                    story.events as i64,
                    story.first.map(|d| d.to_string()),
                    story.last.map(|d| d.to_string())
                ],
            )?;
        }
        rebuilt += stories.len();
    }
    Ok(rebuilt)
}
