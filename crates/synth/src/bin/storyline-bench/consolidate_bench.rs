//! `storyline-bench consolidate`: times cross-article consolidation on a
//! synthetic set of article events, in this process, on one thread.
//!
//! The events are made from invented happenings spread over two years:
//! each happening (a type, two parties among 80, a place among 2,000, a
//! day, sometimes a round) is told by one to eight articles, each telling
//! it its own way: the day written (sometimes a day off), or only the
//! article's date to go by, a party or the place left out, figures that
//! differ. Articles hold about seven events each, a few are undated, a
//! few are syndicated copies. Peak memory is the process's `VmHWM`, so
//! each size should run in its own process.

use std::time::Instant;

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use storyline_consolidate::{ArticleInfo, Input, Mention, consolidate};
use storyline_model::{
    Actor, ArticleId, Bound, DateValue, Event, EventStatus, Evidence, Location, PloverType,
    Precision, Quantity, RuleId,
};
use storyline_synth::rng::Rng;

/// Events per article.
const PER_ARTICLE: usize = 7;

struct Happening {
    kind: PloverType,
    day: NaiveDate,
    source: usize,
    target: usize,
    place: usize,
    ordinal: Option<u32>,
    killed: u64,
}

fn code(i: usize) -> String {
    format!("C{i:02}")
}

/// Builds the synthetic input: `events` article events.
pub fn input(events: usize, seed: u64) -> Input {
    let mut rng = Rng::new(seed);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid");
    let mut happenings = Vec::new();
    let mut tellings: Vec<(usize, NaiveDate)> = Vec::with_capacity(events);
    while tellings.len() < events {
        let kind = if rng.chance(40) {
            PloverType::Assault
        } else {
            *rng.pick(&PloverType::ALL)
        };
        let source = rng.index(80);
        let h = Happening {
            kind,
            day: start + Duration::days(rng.below(730) as i64),
            source,
            target: (source + 1 + rng.index(79)) % 80,
            place: rng.index(2000),
            ordinal: (kind == PloverType::Consult && rng.chance(30))
                .then(|| rng.range(1, 6) as u32),
            killed: rng.range(1, 60),
        };
        let n = 1 + rng.index(8);
        for _ in 0..n {
            let published = h.day + Duration::days(rng.below(3) as i64);
            tellings.push((happenings.len(), published));
        }
        happenings.push(h);
    }
    tellings.truncate(events);
    // Articles gather tellings published on the same day.
    tellings.sort_by_key(|&(h, d)| (d, h));
    let mut input = Input::default();
    for (i, chunk) in tellings.chunks(PER_ARTICLE).enumerate() {
        let article = input.articles.len();
        let undated = rng.chance(3);
        let copy_of = (i > 0 && rng.chance(2)).then(|| input.articles[article - 1].id.clone());
        input.articles.push(ArticleInfo {
            id: ArticleId::from_stored(format!("{i:016x}")),
            path: Some(format!("synthetic/{i}.txt")),
            url: None,
            date: (!undated).then_some(chunk[0].1),
            copy_of,
        });
        for (seq, &(h, _)) in chunk.iter().enumerate() {
            input
                .mentions
                .push(mention(&mut rng, article, seq as u32, &happenings[h]));
        }
    }
    input
}

fn mention(rng: &mut Rng, article: usize, seq: u32, h: &Happening) -> Mention {
    let written = rng.chance(60).then(|| {
        let day = if rng.chance(10) {
            h.day + Duration::days(1)
        } else {
            h.day
        };
        DateValue {
            value: Some(day.to_string()),
            precision: Precision::Day,
            text: "on Tuesday".into(),
            resolved: true,
            span: None,
        }
    });
    let actor = |i: usize| Actor {
        name: format!("Country {i}"),
        code: Some(code(i)),
    };
    let event = Event {
        kind: h.kind,
        mode: None,
        source: rng.chance(80).then(|| actor(h.source)),
        target: rng.chance(70).then(|| actor(h.target)),
        participants: vec![code(h.source), code(h.target)],
        location: rng.chance(70).then(|| Location {
            name: format!("Place {}", h.place),
            country: Some(code(h.target)),
            lat: Some(h.place as f64 / 100.0),
            lon: Some(0.0),
        }),
        date: written,
        status: EventStatus::Reported,
        quantities: if h.kind == PloverType::Assault {
            vec![Quantity {
                value: (h.killed + rng.below(3)) as f64,
                bound: if rng.chance(30) {
                    Bound::AtLeast
                } else {
                    Bound::Exact
                },
                max: None,
                unit: None,
                kind: "killed".into(),
                span: None,
            }]
        } else {
            Vec::new()
        },
        evidence: vec![Evidence {
            start: 0,
            end: 60,
            sentence: seq as usize,
        }],
        rule: RuleId::new("event/synthetic"),
        ordinal: h.ordinal,
    };
    Mention {
        article,
        seq,
        event,
        ordinal: h.ordinal,
        sentence: format!(
            "Country {} struck Place {} on Tuesday, officials said.",
            h.source, h.place
        ),
    }
}

/// Runs the benchmark and prints a Markdown table row.
pub fn run(events: usize, seed: u64) -> Result<()> {
    let started = Instant::now();
    let input = input(events, seed);
    let built = started.elapsed().as_secs_f64();
    let rss_input = rss("VmRSS:");
    let started = Instant::now();
    let result = consolidate(&input);
    let secs = started.elapsed().as_secs_f64();
    let peak = rss("VmHWM:");
    let sources: usize = result.events.iter().map(|e| e.sources).sum();
    println!(
        "| article events | articles | canonical events | sources per event | input built s | consolidation s | events/s | RSS with input MB | peak RSS MB |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {} | {} | {:.2} | {built:.2} | {secs:.2} | {:.0} | {:.0} | {:.0} |",
        input.mentions.len(),
        input.articles.len(),
        result.events.len(),
        sources as f64 / result.events.len().max(1) as f64,
        input.mentions.len() as f64 / secs.max(1e-9),
        rss_input.unwrap_or(0) as f64 / 1e6,
        peak.unwrap_or(0) as f64 / 1e6,
    );
    Ok(())
}

/// A memory field of `/proc/self/status`, in bytes.
fn rss(name: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(name))?;
    let kib: u64 = line[name.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib * 1024)
}
