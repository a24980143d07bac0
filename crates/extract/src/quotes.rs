//! Direct quotes and their speakers.
//!
//! Quote marks: curly “…” and straight "…" (paired within a paragraph);
//! single quotes are scare quotes and never a person's quote. A quoted name
//! ("dubbed “Spiderweb”") is not a quote. Attribution rules, tried in order:
//! `quote/after` ("…," Peskov said / said Peskov / he told reporters),
//! `quote/before` (Zelensky stated that … “…”; According to X, "…"),
//! `quote/continuation` (a further quote in the same paragraph as an
//! attributed one). "he"/"she" resolve to the nearest person named before.

use storyline_model::{Evidence, Quote, RuleId, Span, Speaker};

use crate::entities::{ActorKind, ActorMention, Entities};
use crate::text::Structure;
use crate::tokens::{Token, tokenize};

/// Verbs that attribute speech.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adding",
    "stated",
    "stating",
    "states",
    "noted",
    "noting",
    "wrote",
    "writes",
    "write",
    "warned",
    "warning",
    "claimed",
    "insisted",
    "explained",
    "remarked",
    "emphasized",
    "emphasised",
    "stressed",
    "declared",
    "announced",
    "asserted",
    "argued",
    "replied",
    "responded",
    "according",
    "posted",
    "tweeted",
    "continued",
    "reported",
    "acknowledged",
    "admitted",
    "described",
    "called",
    "vowed",
    "urged",
];

/// Words before a quoted term that make it a name, not a quote.
const NAMING: &[&str] = &[
    "dubbed",
    "called",
    "named",
    "codenamed",
    "code-named",
    "so-called",
    "titled",
    "entitled",
    "term",
    "word",
    "operation",
    "known as",
    "slogan",
    "hashtag",
    "banner",
];

/// Pronouns that stand for the nearest person named before.
const PRONOUNS: &[&str] = &["he", "she"];

/// A quoted stretch: the span inside the marks.
#[derive(Debug, Clone, Copy)]
struct Marked {
    inner: Span,
    paragraph: usize,
}

/// Quoted stretches of an article, as events need them.
#[derive(Debug, Default)]
pub struct Quoted {
    /// Quotes events must not read as narration (first-person or short).
    pub opaque: Vec<Span>,
    /// Long quotes (more than eight words): each its own context for events.
    pub long: Vec<Span>,
}

/// Quotes of the article, and the quoted stretches events must know of.
pub fn find(text: &str, structure: &Structure, entities: &Entities) -> (Vec<Quote>, Quoted) {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut quoted = Quoted::default();
    let marked = marks(text, structure);
    let mut last_speaker: Option<(usize, Speaker)> = None;
    for m in &marked {
        let inner = &text[m.inner.start..m.inner.end];
        let words = inner.split_whitespace().count();
        let first_person = inner
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "i" | "we" | "our" | "us" | "my" | "me" | "you"
                )
            });
        if first_person || words <= 8 {
            quoted.opaque.push(m.inner);
        }
        if words > 8 {
            quoted.long.push(m.inner);
        }
        if is_name(text, m.inner) {
            continue;
        }
        let attributed = after(text, structure, entities, m)
            .map(|(s, span)| (s, span, "quote/after"))
            .or_else(|| {
                before(text, structure, entities, m).map(|(s, span)| (s, span, "quote/before"))
            });
        let (speaker, attribution, rule) = match attributed {
            Some(found) => (Some(found.0), Some(found.1), found.2),
            None => match &last_speaker {
                Some((para, speaker)) if *para == m.paragraph && words > 3 => {
                    (Some(speaker.clone()), None, "quote/continuation")
                }
                _ if words <= 4 => continue, // an unattributed short phrase is a scare quote
                _ => (None, None, "quote/unattributed"),
            },
        };
        if let Some(s) = &speaker {
            last_speaker = Some((m.paragraph, s.clone()));
        }
        let mut evidence = vec![evidence_for(structure, m.inner)];
        if let Some(a) = attribution {
            evidence.push(evidence_for(structure, a));
        }
        let trimmed = inner
            .trim()
            .trim_end_matches([',', ';', ':', '.'])
            .trim_end();
        quotes.push(Quote {
            text: trimmed.to_string(),
            speaker,
            evidence,
            rule: RuleId::new(rule),
        });
    }
    (quotes, quoted)
}

fn evidence_for(structure: &Structure, span: Span) -> Evidence {
    Evidence {
        start: span.start,
        end: span.end,
        sentence: structure.sentence_at(span.start).unwrap_or(0),
    }
}

/// Finds quote-mark pairs in prose paragraphs.
fn marks(text: &str, structure: &Structure) -> Vec<Marked> {
    let mut out = Vec::new();
    for (p, para) in structure.paragraphs.iter().enumerate() {
        if para.noise.is_some() {
            continue;
        }
        let body = &text[para.span.start..para.span.end];
        let mut open: Option<usize> = None;
        for (i, c) in body.char_indices() {
            let prev = body[..i].chars().next_back();
            let next = body[i + c.len_utf8()..].chars().next();
            match (c, open) {
                ('“', _) => open = Some(i + c.len_utf8()),
                ('"', None) if prev.is_none_or(|p| p.is_whitespace() || "([—–-:".contains(p)) => {
                    open = Some(i + 1)
                }
                ('”' | '"', Some(start)) if next.is_none_or(|n| !n.is_alphanumeric()) => {
                    if i > start {
                        out.push(Marked {
                            inner: Span::new(para.span.start + start, para.span.start + i),
                            paragraph: p,
                        });
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
    out
}

fn is_name(text: &str, inner: Span) -> bool {
    let before = &text[..inner.start];
    let before = before
        .strip_suffix(['"', '“'])
        .unwrap_or(before)
        .trim_end()
        .to_lowercase();
    NAMING.iter().any(|w| before.ends_with(w))
        || text[inner.start..inner.end].split_whitespace().count() == 1 && before.ends_with("the")
}

fn speaker_of(m: &ActorMention, entities: &Entities) -> Speaker {
    let e = &entities.list[m.entity];
    Speaker {
        name: e.name.clone(),
        role: e.role.clone(),
        code: e.code.clone().or_else(|| m.code.clone()),
    }
}

fn can_speak(m: &ActorMention) -> bool {
    matches!(
        m.kind,
        ActorKind::Person | ActorKind::Org | ActorKind::Metonym | ActorKind::Country
    )
}

/// The nearest person mentioned before `pos`.
fn antecedent(entities: &Entities, pos: usize) -> Option<&ActorMention> {
    entities
        .mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= pos && m.kind == ActorKind::Person)
}

/// `"…," Peskov said` / `"…," said Peskov` / `"…," he told reporters`.
fn after(
    text: &str,
    structure: &Structure,
    entities: &Entities,
    m: &Marked,
) -> Option<(Speaker, Span)> {
    let para = structure.paragraphs[m.paragraph].span;
    let close = text[m.inner.end..].chars().next().map_or(0, char::len_utf8);
    let from = m.inner.end + close;
    let tail_end = text[from..para.end]
        .find(['.', '!', '?', '“', '"'])
        .map_or(para.end, |p| from + p);
    let tokens: Vec<Token> = tokenize(text, Span::new(from, tail_end))
        .into_iter()
        .take(12)
        .collect();
    let verb = tokens
        .iter()
        .position(|t| SPEECH.contains(&t.lower.as_str()))?;
    if verb > 7 {
        return None;
    }
    let span = Span::new(tokens.first()?.span.start, tokens.last()?.span.end);
    let between = Span::new(from, tokens[verb].span.start);
    let after_verb = Span::new(tokens[verb].span.end, span.end);
    let mention = entities
        .within(between)
        .filter(|x| can_speak(x))
        .find(|x| x.kind == ActorKind::Person)
        .or_else(|| entities.within(between).find(|x| can_speak(x)))
        .or_else(|| entities.within(after_verb).find(|x| can_speak(x)));
    if let Some(x) = mention {
        return Some((speaker_of(x, entities), x.span));
    }
    let pronoun = tokens[..verb]
        .iter()
        .find(|t| PRONOUNS.contains(&t.lower.as_str()))?;
    antecedent(entities, m.inner.start).map(|x| (speaker_of(x, entities), pronoun.span))
}

/// `Zelensky stated that … “…”`, `According to X, "…"`: the nearest speech
/// verb before the quote in its sentence, and the speaker before that verb.
fn before(
    text: &str,
    structure: &Structure,
    entities: &Entities,
    m: &Marked,
) -> Option<(Speaker, Span)> {
    let s = structure.sentence_at(m.inner.start)?;
    let sentence = structure.sentences[s].span;
    let tokens = tokenize(text, Span::new(sentence.start, m.inner.start));
    let verb = tokens
        .iter()
        .rposition(|t| SPEECH.contains(&t.lower.as_str()))?;
    let verb_span = tokens[verb].span;
    if tokens[verb].lower == "according" {
        let x = entities
            .within(Span::new(verb_span.end, m.inner.start))
            .find(|x| can_speak(x))?;
        return Some((speaker_of(x, entities), x.span));
    }
    let left = Span::new(sentence.start, verb_span.start);
    let candidates: Vec<&ActorMention> = entities.within(left).filter(|x| can_speak(x)).collect();
    if let Some(x) = candidates
        .iter()
        .rev()
        .find(|x| x.kind == ActorKind::Person)
        .or(candidates.last())
    {
        return Some((speaker_of(x, entities), x.span));
    }
    let pronoun = tokens[..verb]
        .iter()
        .rev()
        .find(|t| PRONOUNS.contains(&t.lower.as_str()))?;
    antecedent(entities, pronoun.span.start).map(|x| (speaker_of(x, entities), pronoun.span))
}
