//! Extraction: one [`Article`] in, an [`Extraction`] out.
//!
//! Pure: no I/O, never panics; odd text becomes diagnostics. Every item
//! carries the byte span of the text it came from and the rule that
//! produced it.
#![deny(missing_docs)]

pub mod clauses;
pub mod entities;
pub mod events;
pub mod figures;
pub mod merge;
pub mod people;
pub mod quotes;
pub mod rules;
pub mod status;
pub mod text;
pub mod time;
pub mod tokens;

use storyline_model::{Article, Diagnostic, Extraction, Span};

/// Extracts what a careful analyst would note from `article`.
///
/// Never panics on any text; odd text becomes diagnostics.
pub fn extract(article: &Article) -> Extraction {
    let text = article.text.as_str();
    let lex = storyline_lexicon::lexicon();
    let structure = text::structure(text);
    let tokens: Vec<Vec<tokens::Token>> = structure
        .sentences
        .iter()
        .map(|s| tokens::tokenize(text, s.span))
        .collect();
    let entities = entities::recognise(text, &structure, &tokens, lex);
    let (quotes, quoted) = quotes::find(text, &structure, &entities);
    let sentence_text = |s: &text::Sentence| &text[s.span.start..s.span.end];
    // Dates are read clause by clause, so the tense of one clause ("talks
    // are set to resume") does not decide a weekday in another ("following
    // strikes on Kiev Monday").
    let times: Vec<Vec<time::TimeExpr>> = tokens
        .iter()
        .map(|sentence_tokens| {
            clauses::clauses(sentence_tokens)
                .into_iter()
                .flat_map(|c| {
                    let span = Span::new(
                        sentence_tokens[c.start].span.start,
                        sentence_tokens[c.end - 1].span.end,
                    );
                    time::find_times(&text[span.start..span.end], span.start, article.date)
                })
                .collect()
        })
        .collect();
    let figures: Vec<Vec<figures::Figure>> = structure
        .sentences
        .iter()
        .map(|s| figures::find_figures(sentence_text(s), s.span.start))
        .collect();
    let context = events::Context {
        text,
        structure: &structure,
        tokens: &tokens,
        entities: &entities,
        times: &times,
        figures: &figures,
        quoted: &quoted,
        anchor: article.date,
    };
    let events = events::find(&context);
    let mut diagnostics = Vec::new();
    for p in &structure.paragraphs {
        if let Some(noise) = p.noise {
            diagnostics.push(Diagnostic {
                code: "noise-line".into(),
                message: format!(
                    "not prose ({}): no events or quotes read from it",
                    noise.rule
                ),
                span: Some(p.span),
            });
        }
    }
    if article.date.is_none() {
        let unresolved = times.iter().flatten().filter(|t| !t.value.resolved).count();
        if unresolved > 0 {
            diagnostics.push(Diagnostic {
                code: "unresolved-dates".into(),
                message: format!("the article has no date: {unresolved} relative date expressions stay unresolved"),
                span: None::<Span>,
            });
        }
    }
    Extraction {
        article: article.clone(),
        entities: entities.list,
        events,
        quotes,
        diagnostics,
    }
}
