//! Event status from the words around a trigger: reported, scheduled,
//! hypothetical, negated or background.
//!
//! The cue lists are data with ids; the first matching class wins in the
//! order negated, hypothetical, scheduled, background.

use chrono::NaiveDate;
use storyline_model::EventStatus;

use crate::tokens::Token;

/// Cue phrases by status, each with its rule id.
const CUES: &[(EventStatus, &str, &[&str])] = &[
    // A condition governs everything inside it, negation included ("if no
    // deal is reached"); weaker modals come after negation ("could not").
    (
        EventStatus::Hypothetical,
        "status/if",
        &["if", "unless", "in case", "whether"],
    ),
    (
        EventStatus::Negated,
        "status/negation",
        &[
            "not",
            "never",
            "no",
            "without",
            "failed to",
            "fail to",
            "fails to",
            "yet to",
            "nor",
            "didn't",
            "don't",
            "doesn't",
            "hasn't",
            "haven't",
            "hadn't",
            "wasn't",
            "weren't",
            "isn't",
            "aren't",
            "won't",
            "can't",
            "couldn't",
            "wouldn't",
            "didn’t",
            "hasn’t",
            "haven’t",
            "wasn’t",
            "won’t",
        ],
    ),
    (
        EventStatus::Hypothetical,
        "status/conditional",
        &[
            "if",
            "unless",
            "would",
            "could",
            "might",
            "may",
            "should",
            "ready to",
            "willing to",
            "threatened to",
            "threatens to",
            "possible",
            "possibility",
            "potential",
            "risk of",
            "in case",
            "whether",
            "hopes to",
            "hope to",
            "wants to",
            "want to",
            "seeking to",
            "seeks to",
            "calls for",
            "called for",
            "urged",
            "demanded",
        ],
    ),
    (
        EventStatus::Scheduled,
        "status/future",
        &[
            "will",
            "they'll",
            "we'll",
            "it'll",
            "he'll",
            "she'll",
            "set to",
            "scheduled",
            "due to",
            "is to",
            "are to",
            "plans to",
            "plan to",
            "plan a",
            "plan an",
            "plans a",
            "plans an",
            "plan another",
            "plans another",
            "planned",
            "planning to",
            "expected to",
            "to be held",
            "upcoming",
            "next",
            "to resume",
            "to meet",
            "to hold",
            "shall",
            "is going to",
            "are going to",
        ],
    ),
    (
        EventStatus::Background,
        "status/generic",
        &[
            "have become",
            "has become",
            "nightly reality",
            "routinely",
            "often",
            "usually",
            "typically",
            "regularly",
            "kind of",
            "such as",
            "since the onset",
            "past talks",
            "previous",
            "in the past",
            "throughout the conflict",
            "throughout the war",
            "since the start",
            "since the beginning",
            "history",
            "historically",
            "every night",
            "every day",
            "daily",
            "past rounds",
            "earlier rounds",
            "have faced",
            "has faced",
            "continue to",
            "continues to",
            "for years",
            "decades",
            "has since",
            "have since",
            "so far",
            "since the war",
            "since the conflict",
            "since the coup",
            "since the start",
            "since the outbreak",
            "since the beginning",
            "since the invasion",
            "since the fall",
        ],
    ),
];

/// [`CUES`] as phrase sets, made once.
fn cue_words() -> &'static [(EventStatus, &'static str, crate::rules::PhraseSet)] {
    type Cues = Vec<(EventStatus, &'static str, crate::rules::PhraseSet)>;
    static WORDS: std::sync::LazyLock<Cues> = std::sync::LazyLock::new(|| {
        CUES.iter()
            .map(|&(status, rule, cues)| {
                (
                    status,
                    rule,
                    crate::rules::PhraseSet::new(
                        cues.iter().map(|c| crate::rules::words(c)).collect(),
                    ),
                )
            })
            .collect()
    });
    &WORDS
}

/// The status of an event whose trigger spans tokens `trigger` (a range in
/// `clause`, the tokens of its clause), given its date and the article date.
/// Returns the status and the rule that decided it.
pub fn status(
    clause: &[Token],
    trigger: std::ops::Range<usize>,
    date: Option<&str>,
    anchor: Option<NaiveDate>,
) -> (EventStatus, &'static str) {
    // Cues count in the clause before the trigger (and for negation and
    // genericity, just after a nominal trigger: "talks failed").
    let before_start = trigger.start.saturating_sub(10);
    for (status, rule, cues) in cue_words() {
        let (status, rule) = (*status, *rule);
        let window = match status {
            EventStatus::Negated => trigger.start.saturating_sub(4)..trigger.start,
            EventStatus::Background => before_start..(trigger.end + 4).min(clause.len()),
            EventStatus::Hypothetical => 0..trigger.start,
            _ => before_start..trigger.start,
        };
        if cues.within(clause, window) {
            return (status, rule);
        }
        // A nominal trigger as the subject of a future: "the meeting will
        // be", "talks are set to resume".
        let after = trigger.end..(trigger.end + 2).min(clause.len());
        if status == EventStatus::Scheduled && cues.within(clause, after) {
            return (status, "status/future-after");
        }
    }
    if let (Some(date), Some(anchor)) = (date, anchor) {
        if let Some((first, last)) = date_bounds(date) {
            if first > anchor {
                return (EventStatus::Scheduled, "status/future-date");
            }
            if (anchor - last).num_days() > 60 {
                return (EventStatus::Background, "status/old-date");
            }
        }
    }
    (EventStatus::Reported, "status/reported")
}

/// The first and last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value can mean.
fn date_bounds(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    match value.len() {
        10 => day(value).map(|d| (d, d)),
        7 => {
            let first = day(&format!("{value}-01"))?;
            let last = first
                .checked_add_months(chrono::Months::new(1))?
                .pred_opt()?;
            Some((first, last))
        }
        4 => Some((
            day(&format!("{value}-01-01"))?,
            day(&format!("{value}-12-31"))?,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use storyline_model::Span;

    fn check(sentence: &str, trigger: &str, date: Option<&str>) -> EventStatus {
        let tokens = tokenize(sentence, Span::new(0, sentence.len()));
        let at = tokens.iter().position(|t| t.lower == trigger).unwrap();
        let anchor = NaiveDate::from_ymd_opt(2025, 7, 22);
        status(&tokens, at..at + 1, date, anchor).0
    }

    #[test]
    fn statuses() {
        assert_eq!(
            check(
                "Talks are set to resume in Turkey on Wednesday.",
                "resume",
                None
            ),
            EventStatus::Scheduled
        );
        assert_eq!(
            check("Russia did not attend the talks.", "attend", None),
            EventStatus::Negated
        );
        assert_eq!(
            check(
                "If the talks fail, the EU will impose sanctions.",
                "impose",
                None
            ),
            EventStatus::Hypothetical
        );
        assert_eq!(
            check(
                "Drone strikes have become a nightly reality.",
                "strikes",
                None
            ),
            EventStatus::Background
        );
        assert_eq!(
            check(
                "Russian missiles struck Kyiv.",
                "struck",
                Some("2025-07-21")
            ),
            EventStatus::Reported
        );
        assert_eq!(
            check(
                "The delegations met in Istanbul.",
                "met",
                Some("2025-07-23")
            ),
            EventStatus::Scheduled
        );
        assert_eq!(
            check("Russia invaded Ukraine.", "invaded", Some("2022-02")),
            EventStatus::Background
        );
        assert_eq!(
            check("Strikes hit the city.", "hit", Some("2025-07")),
            EventStatus::Reported
        );
    }
}
