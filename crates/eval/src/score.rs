//! Matching predictions to gold and counting.

use storyline_model::{EntityKind, Event, Extraction, Span};

use crate::gold::{GoldArticle, GoldEvent, GoldQuantity};
use crate::report::{Counts, Report};

/// Scores each extraction against its gold article.
pub fn score(pairs: &[(GoldArticle, Extraction)]) -> Report {
    let mut report = Report::default();
    for (gold, predicted) in pairs {
        report.articles += 1;
        score_events(gold, predicted, &mut report);
        score_quotes(gold, predicted, &mut report);
        score_entities(gold, predicted, &mut report);
    }
    report
}

fn find(text: &str, needle: &str) -> Option<Span> {
    let needle = needle.trim();
    (!needle.is_empty())
        .then(|| text.find(needle).map(|s| Span::new(s, s + needle.len())))
        .flatten()
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn event_spans(e: &Event) -> impl Iterator<Item = Span> + '_ {
    e.evidence.iter().map(|v| v.span())
}

fn gold_spans(text: &str, g: &GoldEvent) -> Vec<Span> {
    std::iter::once(&g.evidence)
        .chain(&g.also)
        .filter_map(|s| find(text, s))
        .collect()
}

fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
    if a == b {
        return true;
    }
    let last = |s: &str| {
        s.split_whitespace()
            .last()
            .map(str::to_string)
            .unwrap_or_default()
    };
    !a.is_empty() && !b.is_empty() && last(&a) == last(&b)
}

fn score_events(gold: &GoldArticle, predicted: &Extraction, report: &mut Report) {
    let text = predicted.article.text.as_str();
    let mut used = vec![false; predicted.events.len()];
    for g in &gold.events {
        let spans = gold_spans(text, g);
        let kind = g.kind.to_uppercase();
        let hit = predicted.events.iter().enumerate().position(|(i, e)| {
            !used[i]
                && e.kind.as_str() == kind
                && event_spans(e).any(|p| spans.iter().any(|&s| overlaps(p, s)))
        });
        let counts = report.by_type.entry(kind).or_default();
        match hit {
            Some(i) => {
                used[i] = true;
                counts.tp += 1;
                compare_fields(g, &predicted.events[i], report);
            }
            None => counts.fn_ += 1,
        }
    }
    let not_events: Vec<Span> = gold
        .not_events
        .iter()
        .filter_map(|n| find(text, &n.evidence))
        .collect();
    for (i, e) in predicted.events.iter().enumerate() {
        if used[i] {
            continue;
        }
        report
            .by_type
            .entry(e.kind.as_str().to_string())
            .or_default()
            .fp += 1;
        if event_spans(e).any(|p| not_events.iter().any(|&n| overlaps(p, n))) {
            report.not_event_violations += 1;
        }
    }
    report.events = report
        .by_type
        .values()
        .fold(Counts::default(), |mut all, c| {
            all.add(*c);
            all
        });
}

fn compare_fields(g: &GoldEvent, e: &Event, report: &mut Report) {
    let mut record = |name: &str, right: bool| {
        report
            .fields
            .entry(name.to_string())
            .or_default()
            .record(right)
    };
    if let Some(date) = &g.date {
        record(
            "date",
            e.date.as_ref().and_then(|d| d.value.as_deref()) == Some(date.as_str()),
        );
    }
    if let Some(status) = &g.status {
        record("status", e.status.as_str() == status);
    }
    let code = |a: &Option<storyline_model::Actor>| a.as_ref().and_then(|a| a.code.clone());
    if let Some(source) = &g.source {
        record(
            "source",
            code(&e.source).as_deref() == Some(source.as_str()),
        );
    }
    if let Some(target) = &g.target {
        record(
            "target",
            code(&e.target).as_deref() == Some(target.as_str()),
        );
    }
    if !g.participants.is_empty() {
        let mut want = g.participants.clone();
        want.sort();
        want.dedup();
        record(
            "participants",
            want.iter().all(|p| e.participants.contains(p)),
        );
    }
    if let Some(location) = &g.location {
        record(
            "location",
            e.location
                .as_ref()
                .is_some_and(|l| l.name.eq_ignore_ascii_case(location)),
        );
    }
    let fits = |q: &GoldQuantity, p: &storyline_model::Quantity| {
        q.kind == p.kind
            && (q.value - p.value).abs() <= 1e-6 * q.value.abs().max(1.0)
            && q.bound.as_deref().is_none_or(|b| b == p.bound.as_str())
    };
    let mut used = vec![false; e.quantities.len()];
    for q in &g.quantities {
        match (0..e.quantities.len()).find(|&i| !used[i] && fits(q, &e.quantities[i])) {
            Some(i) => {
                used[i] = true;
                report.quantities.tp += 1;
            }
            None => report.quantities.fn_ += 1,
        }
    }
    report.quantities.fp += used.iter().filter(|u| !**u).count() as u64;
}

fn score_quotes(gold: &GoldArticle, predicted: &Extraction, report: &mut Report) {
    let text = predicted.article.text.as_str();
    let mut used = vec![false; predicted.quotes.len()];
    for g in &gold.quotes {
        let Some(span) = find(text, &g.text) else {
            report.quotes.fn_ += 1;
            continue;
        };
        let hit = predicted.quotes.iter().enumerate().position(|(i, q)| {
            !used[i] && q.evidence.first().is_some_and(|v| overlaps(v.span(), span))
        });
        match hit {
            Some(i) => {
                used[i] = true;
                report.quotes.tp += 1;
                let said = predicted.quotes[i]
                    .speaker
                    .as_ref()
                    .map(|s| s.name.as_str());
                let right = match (&g.speaker, said) {
                    (Some(want), Some(got)) => same_name(want, got),
                    (None, None) => true,
                    _ => false,
                };
                report.attribution.record(right);
            }
            None => report.quotes.fn_ += 1,
        }
    }
    report.quotes.fp += used.iter().filter(|u| !**u).count() as u64;
}

fn score_entities(gold: &GoldArticle, predicted: &Extraction, report: &mut Report) {
    for kind in [
        EntityKind::Person,
        EntityKind::Org,
        EntityKind::Country,
        EntityKind::Place,
    ] {
        let wanted: Vec<_> = gold
            .entities
            .iter()
            .filter(|g| g.kind == kind.as_str())
            .collect();
        let found: Vec<_> = predicted
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .collect();
        let mut used = vec![false; found.len()];
        let counts = report
            .entities
            .entry(kind.as_str().to_string())
            .or_default();
        for g in wanted {
            let matches = |e: &storyline_model::Entity| match kind {
                EntityKind::Person => same_name(&g.name, &e.name),
                // Organisations go by many names ("Israeli military", "Israel
                // Defense Forces"): the same code, or a national body of the
                // gold's country (`ISR:IDF` for `ISR`), is the same entity.
                EntityKind::Org => {
                    g.name.eq_ignore_ascii_case(&e.name)
                        || match (&g.code, &e.code) {
                            (Some(want), Some(got)) => {
                                want == got
                                    || got
                                        .strip_prefix(want.as_str())
                                        .is_some_and(|rest| rest.starts_with(':'))
                            }
                            _ => false,
                        }
                }
                _ => {
                    g.name.eq_ignore_ascii_case(&e.name)
                        || g.code.is_some() && g.code == e.code && kind == EntityKind::Country
                }
            };
            match (0..found.len()).find(|&i| !used[i] && matches(found[i])) {
                Some(i) => {
                    used[i] = true;
                    counts.tp += 1;
                    if kind == EntityKind::Person {
                        if let Some(side) = &g.code {
                            report
                                .person_side
                                .record(found[i].code.as_deref() == Some(side.as_str()));
                        }
                    }
                }
                None => counts.fn_ += 1,
            }
        }
        counts.fp += used.iter().filter(|u| !**u).count() as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::{GoldEntity, GoldQuote, GoldSource};
    use storyline_model::{
        Actor, Article, Entity, EventStatus, Evidence, PloverType, Quote, RuleId, Speaker,
    };

    fn sample() -> (GoldArticle, Extraction) {
        let text = "Russian missiles struck Kyiv on Monday. \"No breakthrough,\" Peskov said. Talks resume Wednesday.";
        let mut ex = Extraction::empty(Article::from_text(text.into()));
        ex.events.push(Event {
            kind: PloverType::Assault,
            mode: None,
            source: Some(Actor {
                name: "Russia".into(),
                code: Some("RUS".into()),
            }),
            target: Some(Actor {
                name: "Kyiv".into(),
                code: Some("UKR".into()),
            }),
            participants: vec![],
            location: None,
            date: None,
            status: EventStatus::Reported,
            quantities: vec![],
            evidence: vec![Evidence {
                start: 0,
                end: 39,
                sentence: 0,
            }],
            rule: RuleId::new("t"),
            ordinal: None,
        });
        let mut wrong = ex.events[0].clone();
        wrong.kind = PloverType::Protest;
        wrong.evidence = vec![Evidence {
            start: 73,
            end: 97,
            sentence: 2,
        }];
        ex.events.push(wrong);
        ex.quotes.push(Quote {
            text: "No breakthrough".into(),
            speaker: Some(Speaker {
                name: "Dmitry Peskov".into(),
                role: None,
                code: Some("RUS".into()),
            }),
            evidence: vec![Evidence {
                start: 41,
                end: 57,
                sentence: 1,
            }],
            rule: RuleId::new("q"),
        });
        ex.entities.push(Entity {
            kind: EntityKind::Person,
            name: "Dmitry Peskov".into(),
            code: Some("RUS".into()),
            role: None,
            lat: None,
            lon: None,
            mentions: vec![],
        });
        let gold = GoldArticle {
            article: GoldSource::default(),
            events: vec![
                GoldEvent {
                    kind: "ASSAULT".into(),
                    evidence: "missiles struck Kyiv".into(),
                    source: Some("RUS".into()),
                    target: Some("UKR".into()),
                    date: Some("2025-07-21".into()),
                    ..Default::default()
                },
                GoldEvent {
                    kind: "CONSULT".into(),
                    evidence: "Talks resume Wednesday".into(),
                    ..Default::default()
                },
            ],
            quotes: vec![GoldQuote {
                text: "No breakthrough".into(),
                speaker: Some("Peskov".into()),
            }],
            entities: vec![GoldEntity {
                kind: "person".into(),
                name: "Dmitry Peskov".into(),
                code: Some("RUS".into()),
                role: None,
            }],
            not_events: vec![],
        };
        (gold, ex)
    }

    #[test]
    fn counts_matches_misses_and_fields() {
        let report = score(&[sample()]);
        assert_eq!(
            report.events,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            report.by_type["CONSULT"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            report.by_type["PROTEST"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(report.fields["source"].right, 1);
        assert_eq!(report.fields["date"].right, 0, "a missing date is wrong");
        assert_eq!(
            report.quotes,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(report.attribution.right, 1, "surname matches the full name");
        assert_eq!(report.entities["person"].tp, 1);
        assert_eq!(report.person_side.right, 1);
        assert!((report.events.precision() - 0.5).abs() < 1e-9);
        assert!(report.to_string().contains("ASSAULT"));
    }
}
