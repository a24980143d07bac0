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

/// A stage of [`extract`], in the order it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Paragraphs, sentences and noise lines.
    Structure,
    /// Word tokens.
    Tokens,
    /// Gazetteer and pattern entities.
    Entities,
    /// Quotes and their speakers.
    Quotes,
    /// Clauses and temporal expressions.
    Dates,
    /// Figures.
    Figures,
    /// Events.
    Events,
    /// Diagnostics and the result.
    Assemble,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 8] = [
        Stage::Structure,
        Stage::Tokens,
        Stage::Entities,
        Stage::Quotes,
        Stage::Dates,
        Stage::Figures,
        Stage::Events,
        Stage::Assemble,
    ];

    /// The function the stage runs, for reports.
    pub const fn name(self) -> &'static str {
        match self {
            Stage::Structure => "text::structure",
            Stage::Tokens => "tokens::tokenize",
            Stage::Entities => "entities::recognise",
            Stage::Quotes => "quotes::find",
            Stage::Dates => "clauses + time::find_times",
            Stage::Figures => "figures::find_figures",
            Stage::Events => "events::find",
            Stage::Assemble => "assemble",
        }
    }
}

/// Extracts what a careful analyst would note from `article`.
///
/// Never panics on any text; odd text becomes diagnostics. An article in
/// another language than English gives nothing but a `not-english`
/// diagnostic: the rules and gazetteers read English only, and reading
/// other text with them would invent events.
pub fn extract(article: &Article) -> Extraction {
    if !article.is_english() {
        return not_english(article);
    }
    extract_observed(article, &mut |_| {})
}

/// The extraction of an article that is not in English: nothing but the
/// diagnostic saying why.
fn not_english(article: &Article) -> Extraction {
    let language = article.language.as_deref().unwrap_or_default();
    let mut extraction = Extraction::empty(article.clone());
    extraction.diagnostics.push(Diagnostic {
        code: "not-english".into(),
        message: format!(
            "the article is in language `{language}`; only English articles are extracted"
        ),
        span: None,
    });
    extraction
}

/// [`extract`], calling `done` as each [`Stage`] ends (benchmarks time the
/// stages this way, without a copy of the pipeline).
pub fn extract_observed(article: &Article, done: &mut dyn FnMut(Stage)) -> Extraction {
    let text = article.text.as_str();
    let lex = storyline_lexicon::lexicon();
    let structure = text::structure(text);
    done(Stage::Structure);
    let tokens: Vec<Vec<tokens::Token<'_>>> = structure
        .sentences
        .iter()
        .map(|s| tokens::tokenize(text, s.span))
        .collect();
    done(Stage::Tokens);
    let entities = entities::recognise(text, &structure, &tokens, lex);
    done(Stage::Entities);
    let (quotes, quoted) = quotes::find(text, &structure, &entities);
    done(Stage::Quotes);
    let sentence_text = |s: &text::Sentence| &text[s.span.start..s.span.end];
    // Dates are read clause by clause, so the tense of one clause ("talks
    // are set to resume") does not decide a weekday in another ("following
    // strikes on Kiev Monday").
    let sentence_clauses: Vec<Vec<std::ops::Range<usize>>> =
        tokens.iter().map(|t| clauses::clauses(t)).collect();
    let times: Vec<Vec<time::TimeExpr>> = tokens
        .iter()
        .zip(&sentence_clauses)
        .map(|(sentence_tokens, sentence_clauses)| {
            sentence_clauses
                .iter()
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
    done(Stage::Dates);
    let figures: Vec<Vec<figures::Figure>> = structure
        .sentences
        .iter()
        .map(|s| figures::find_figures(sentence_text(s), s.span.start))
        .collect();
    done(Stage::Figures);
    let context = events::Context {
        text,
        structure: &structure,
        tokens: &tokens,
        clauses: &sentence_clauses,
        entities: &entities,
        times: &times,
        figures: &figures,
        quoted: &quoted,
        anchor: article.date,
    };
    let events = events::find(&context);
    done(Stage::Events);
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
    let extraction = Extraction {
        article: article.clone(),
        entities: entities.list,
        events,
        quotes,
        diagnostics,
    };
    done(Stage::Assemble);
    extraction
}
