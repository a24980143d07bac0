//! Stories: canonical events of the same two parties, close in time.
//!
//! Every canonical event with at least one coded party gets a *story key*
//! ([`story_key`]): its two principal parties (acting and acted-upon, else
//! the first two participants; with one party, the country of the place
//! completes the pair), sorted. Events of one key, in date order, form one
//! story until a gap of more than [`STORY_GAP`] days starts a new one.
//! Undated events join the story of the nearest round ("the second round"
//! between the first and third), else the largest story of their key.
//!
//! Stories of one key depend on nothing else, so a store recomputes the
//! stories of the keys that new events touch and nothing more.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use storyline_model::{CanonicalEvent, PloverType, Story, StoryRef};

/// Days without an event after which a thread ends.
pub const STORY_GAP: i64 = 45;

/// The story key of an event: its principal parties, sorted, `|`-joined.
pub fn story_key(event: &CanonicalEvent) -> Option<String> {
    let mut codes: Vec<&str> = Vec::new();
    let coded: Vec<&str> = [&event.source, &event.target]
        .into_iter()
        .flatten()
        .filter_map(|a| a.code.as_deref())
        .collect();
    let parties = event.participants.iter().map(String::as_str);
    // Talks and deals are between their parties, not their host.
    let ordered: Vec<&str> = if crate::features::directed(event.kind) {
        coded.into_iter().chain(parties).collect()
    } else {
        parties.chain(coded).collect()
    };
    for c in ordered {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    if codes.len() == 1 {
        if let Some(c) = event.location.as_ref().and_then(|l| l.country.as_deref()) {
            if c != codes[0] {
                codes.push(c);
            }
        }
    }
    // One party alone ("Russia said") is no thread: it would gather
    // everything that party does.
    if codes.len() < 2 {
        return None;
    }
    codes.truncate(2);
    codes.sort_unstable();
    Some(codes.join("|"))
}

/// What a story is mostly about, as a plural noun.
fn noun(kind: PloverType) -> &'static str {
    match kind {
        PloverType::Agree => "agreements",
        PloverType::Consult => "talks",
        PloverType::Support => "support",
        PloverType::Concede => "concessions",
        PloverType::Cooperate => "cooperation",
        PloverType::Aid => "aid",
        PloverType::Retreat => "withdrawals and releases",
        PloverType::Request => "appeals",
        PloverType::Accuse => "accusations",
        PloverType::Reject => "rejections",
        PloverType::Threaten => "threats",
        PloverType::Protest => "protests",
        PloverType::Sanction => "sanctions",
        PloverType::Mobilize => "mobilisation",
        PloverType::Coerce => "coercion",
        PloverType::Assault => "attacks",
    }
}

/// A story's title: its parties and what they mostly did, at most two
/// kinds of event (talks first: a story of talks and strikes is read by its
/// talks), with the place the first kind happened most often ("Russia–Ukraine
/// talks in Turkey and attacks").
fn title(thread: &[usize], events: &[CanonicalEvent], names: &[String]) -> String {
    let count = |t: PloverType| thread.iter().filter(|&&i| events[i].kind == t).count();
    let diplomacy = |t: PloverType| matches!(t, PloverType::Consult | PloverType::Agree);
    let mut kinds: Vec<(usize, PloverType)> = PloverType::ALL
        .iter()
        .map(|&t| (count(t), t))
        .filter(|&(n, _)| n > 0)
        .collect();
    kinds.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut top: Vec<PloverType> = kinds
        .iter()
        .enumerate()
        .filter(|&(rank, &(n, _))| rank == 0 || n >= 2)
        .map(|(_, &(_, t))| t)
        .take(2)
        .collect();
    if top.len() == 2 && diplomacy(top[1]) && !diplomacy(top[0]) {
        top.swap(0, 1);
    }
    let first = top.first().copied().unwrap_or(PloverType::Consult);
    let mut places: Vec<(usize, String)> = Vec::new();
    for &i in thread.iter().filter(|&&i| events[i].kind == first) {
        if let Some(l) = events[i].location.as_ref().filter(|l| l.lat.is_some()) {
            match places.iter_mut().find(|(_, n)| *n == l.name) {
                Some((c, _)) => *c += 1,
                None => places.push((1, l.name.clone())),
            }
        }
    }
    places.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut title = format!("{} {}", names.join("–"), noun(first));
    if let Some((_, place)) = places.first() {
        title.push_str(" in ");
        title.push_str(place);
    }
    if let Some(&second) = top.get(1) {
        title.push_str(" and ");
        title.push_str(noun(second));
    }
    title
}

/// Groups `events` (all of one or more story keys) into stories, sets each
/// event's [`CanonicalEvent::story`] and returns the stories, earliest
/// first. `name_of` turns a code into a display name ("RUS" → "Russia").
pub fn build_stories(
    events: &mut [CanonicalEvent],
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Vec<Story> {
    let mut by_key: Vec<(String, usize)> = events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| story_key(e).map(|k| (k, i)))
        .collect();
    by_key.sort();
    let mut stories = Vec::new();
    let mut start = 0;
    while start < by_key.len() {
        let key = by_key[start].0.clone();
        let end = by_key[start..]
            .iter()
            .position(|(k, _)| *k != key)
            .map_or(by_key.len(), |p| start + p);
        let members: Vec<usize> = by_key[start..end].iter().map(|(_, i)| *i).collect();
        for thread in threads(events, &members) {
            stories.push(finish(&key, &thread, events, name_of));
        }
        start = end;
    }
    stories.sort_by(|a, b| {
        (a.first.is_none(), a.first, &a.id).cmp(&(b.first.is_none(), b.first, &b.id))
    });
    stories
}

/// Widest date (days) that still places an event in a thread; a year
/// ("earlier rounds this year") does not.
const THREAD_DATE_SPAN: i64 = 31;

fn day(e: &CanonicalEvent) -> Option<NaiveDate> {
    e.date
        .as_ref()
        .filter(|d| (d.to - d.from).num_days() <= THREAD_DATE_SPAN)
        .map(|d| d.from)
}

/// Splits the events of one key into threads.
fn threads(events: &[CanonicalEvent], members: &[usize]) -> Vec<Vec<usize>> {
    let mut dated: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| day(&events[i]).is_some())
        .collect();
    dated.sort_by(|&a, &b| (day(&events[a]), &events[a].id).cmp(&(day(&events[b]), &events[b].id)));
    let mut threads: Vec<Vec<usize>> = Vec::new();
    let mut last: Option<NaiveDate> = None;
    for i in dated {
        let d = day(&events[i]).expect("dated");
        if last.is_none_or(|l| (d - l).num_days() > STORY_GAP) {
            threads.push(Vec::new());
        }
        threads.last_mut().expect("pushed").push(i);
        last = Some(events[i].date.as_ref().map_or(d, |x| x.to.max(d)));
    }
    // Numbered rounds tie threads across a long pause: the second round of
    // talks in June and the third in late July are one story.
    let rounds = |thread: &[usize]| -> Option<(u32, u32)> {
        let ordinals = thread
            .iter()
            .filter(|&&i| events[i].kind == PloverType::Consult)
            .filter_map(|&i| events[i].ordinal);
        let (lo, hi) = ordinals.fold((u32::MAX, 0), |(lo, hi), o| (lo.min(o), hi.max(o)));
        (hi > 0).then_some((lo, hi))
    };
    let mut k = 1;
    while k < threads.len() {
        match (rounds(&threads[k - 1]), rounds(&threads[k])) {
            (Some((_, last)), Some((next, _))) if next == last + 1 => {
                let joined = threads.remove(k);
                threads[k - 1].extend(joined);
            }
            _ => k += 1,
        }
    }
    let mut undated: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| day(&events[i]).is_none())
        .collect();
    undated.sort_by(|&a, &b| events[a].id.cmp(&events[b].id));
    if threads.is_empty() {
        return if undated.is_empty() {
            Vec::new()
        } else {
            vec![undated]
        };
    }
    for i in undated {
        let t = nearest_round(events, &threads, events[i].ordinal).unwrap_or_else(|| {
            (0..threads.len())
                .max_by_key(|&t| (threads[t].len(), t))
                .expect("non-empty")
        });
        threads[t].push(i);
    }
    threads
}

/// The thread holding the round closest to `ordinal`.
fn nearest_round(
    events: &[CanonicalEvent],
    threads: &[Vec<usize>],
    ordinal: Option<u32>,
) -> Option<usize> {
    let n = ordinal?;
    threads
        .iter()
        .enumerate()
        .flat_map(|(t, members)| {
            members.iter().filter_map(move |&i| {
                events[i]
                    .ordinal
                    .map(|o| (o.abs_diff(n), std::cmp::Reverse(t)))
            })
        })
        .min()
        .map(|(_, std::cmp::Reverse(t))| t)
}

fn finish(
    key: &str,
    thread: &[usize],
    events: &mut [CanonicalEvent],
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Story {
    let first_id = thread
        .iter()
        .map(|&i| (events[i].date.is_none(), day(&events[i]), &events[i].id))
        .min()
        .map(|(_, _, id)| id.clone())
        .unwrap_or_default();
    let digest = Sha256::digest(format!("{key}#{first_id}").as_bytes());
    let id = format!(
        "st-{}",
        digest[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let names: Vec<String> = key
        .split('|')
        .map(|c| name_of(c).unwrap_or_else(|| c.to_string()))
        .collect();
    let title = title(thread, events, &names);
    let dates: Vec<NaiveDate> = thread.iter().filter_map(|&i| day(&events[i])).collect();
    for &i in thread {
        events[i].story = Some(StoryRef {
            id: id.clone(),
            title: title.clone(),
        });
    }
    Story {
        id,
        title,
        events: thread.len(),
        first: dates.iter().min().copied(),
        last: dates.iter().max().copied(),
    }
}

/// The day each event sorts by in a timeline: its last possible day (so a
/// month sorts after its days); an undated round sorts just before the next
/// dated round of its story ("the second round" before the third).
pub fn sort_dates(events: &[CanonicalEvent]) -> Vec<Option<NaiveDate>> {
    events
        .iter()
        .map(|e| {
            if let Some(d) = &e.date {
                return Some(d.to);
            }
            if e.ordinal.is_none() {
                return e.first_reported;
            }
            let (n, story) = (e.ordinal?, e.story.as_ref()?);
            events
                .iter()
                .filter(|o| o.story.as_ref().is_some_and(|s| s.id == story.id))
                .filter(|o| o.ordinal.is_some_and(|m| m > n))
                .filter_map(|o| o.date.as_ref().map(|d| d.from))
                .min()
                .or(e.first_reported)
        })
        .collect()
}
