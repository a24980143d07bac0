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

/// Splits a sentence's tokens into clauses (token ranges).
pub fn clauses(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        let cut = match t.lower.as_ref() {
            ";" | "—" | "–" => true,
            "-" => i > 0 && tokens[i - 1].span.end < t.span.start,
            "," => tokens
                .get(i + 1)
                .is_some_and(|n| OPENERS.contains(&n.lower.as_ref())),
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
}
