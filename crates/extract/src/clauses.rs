//! Clauses: the stretch of a sentence an event's actors, date and figures
//! are looked for in first.

use std::ops::Range;

use crate::tokens::Token;

/// Words that open a new clause after a comma.
const OPENERS: &[&str] = &[
    "following",
    "after",
    "before",
    "while",
    "as",
    "amid",
    "which",
    "who",
    "whom",
    "when",
    "where",
    "but",
    "adding",
    "saying",
    "although",
    "though",
    "whereas",
    "despite",
    "since",
    "even",
    "and",
];

/// Words that measure the time before "after" or "before" (", only a day
/// after", ", just hours before", ", two weeks after").
pub(crate) const TIME_LEAD: &[&str] = &[
    "only", "just", "barely", "shortly", "soon", "mere", "a", "an", "one", "two", "three", "four",
    "five", "few", "several", "some", "less", "more", "than", "little", "minutes", "moments",
    "hours", "hour", "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// ", only a day after ...": up to four time words, then "after" or "before".
fn measured_opener(rest: &[Token]) -> bool {
    let lead = rest
        .iter()
        .take(5)
        .take_while(|t| TIME_LEAD.contains(&t.lower.as_ref()))
        .count();
    (1..=4).contains(&lead)
        && rest
            .get(lead)
            .is_some_and(|t| matches!(t.lower.as_ref(), "after" | "before"))
}

/// Splits a sentence's tokens into clauses (token ranges).
pub fn clauses(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let cut = match t.lower.as_ref() {
            ";" | "—" | "–" => true,
            "-" => i > 0 && tokens[i - 1].span.end < t.span.start,
            "," => {
                tokens
                    .get(i + 1)
                    .is_some_and(|n| OPENERS.contains(&n.lower.as_ref()))
                    || measured_opener(&tokens[i + 1..])
            }
            _ => false,
        };
        if cut {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use storyline_model::Span;

    #[test]
    fn splits_at_subordinate_openers_and_dashes() {
        let s = "Talks resume in Turkey on Wednesday, following deadly strikes on Kiev - officials said; more later.";
        let tokens = tokenize(s, Span::new(0, s.len()));
        let texts: Vec<String> = clauses(&tokens)
            .into_iter()
            .map(|r| s[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string())
            .collect();
        assert_eq!(
            texts,
            [
                "Talks resume in Turkey on Wednesday",
                "following deadly strikes on Kiev",
                "officials said",
                "more later."
            ]
        );
    }

    #[test]
    fn splits_before_a_measured_after_or_before() {
        let s = "Shells hit the market, killing 11, only a day after the deal in Jeddah, one year after the war began.";
        let tokens = tokenize(s, Span::new(0, s.len()));
        let texts: Vec<String> = clauses(&tokens)
            .into_iter()
            .map(|r| s[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string())
            .collect();
        assert_eq!(
            texts,
            [
                "Shells hit the market, killing 11",
                "only a day after the deal in Jeddah",
                "one year after the war began."
            ]
        );
    }
}
