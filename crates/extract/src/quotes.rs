//! Direct quotes and their speakers.
//!
//! Quote marks: curly “…” and straight "…" (paired within a paragraph);
//! single quotes are scare quotes and never a person's quote. A quoted name
//! ("dubbed “Spiderweb”") is not a quote, nor is a single quoted word (a
//! "sham"). Attribution rules, tried in order:
//! `quote/after` ("…," Peskov said / said Peskov / he told reporters),
//! `quote/before` (Zelensky stated that … “…”; According to X, "…"),
//! `quote/continuation` (a further quote in the same paragraph as an
//! attributed one). "he"/"she" resolve to the nearest person named before.

use storyline_model::{Evidence, Quote, RuleId, Span, Speaker};

use crate::entities::{ActorKind, ActorMention, Entities};
use crate::text::Structure;
use crate::tokens::{Token, tokenize, tokens};

/// Verbs that attribute speech after a quote ("…," she said).
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
    "reported",
    "acknowledged",
    "admitted",
];

/// Verbs that introduce a quote after them (X condemned the strike as "…").
const SPEECH_BEFORE: &[&str] = &[
    "called",
    "calling",
    "described",
    "describing",
    "condemned",
    "denounced",
    "accused",
    "branded",
    "labelled",
    "labeled",
    "vowed",
    "urged",
    "dismissed",
    "termed",
    "slammed",
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
            // Only ASCII letters lower-case to these words, so no word
            // needs lower-casing to compare.
            .any(|w| {
                ["i", "we", "our", "us", "my", "me", "you"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            });
        if first_person || words <= 8 {
            quoted.opaque.push(m.inner);
        }
        if words > 8 {
            quoted.long.push(m.inner);
        }
        // One quoted word ("liberated", a "sham") marks a term, not a
        // statement: it is kept from events like any quoted phrase, but is
        // no one's quote.
        if is_name(text, m.inner) || words <= 1 {
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
        // Only quote marks matter: '"' and the lead byte of '“' and '”'.
        let candidates = body
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'"' || b == "“".as_bytes()[0])
            .map(|(i, _)| i);
        for i in candidates {
            let Some(c) = body[i..].chars().next() else {
                continue;
            };
            if !matches!(c, '“' | '”' | '"') {
                continue;
            }
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
    let before = before.strip_suffix(['"', '“']).unwrap_or(before).trim_end();
    // Only the last words matter: never lower-case the whole article prefix.
    let tail_start = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    let before = before[tail_start..].to_lowercase();
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

/// "he"/"she" at `pos`: the nearest person named in this or the previous
/// two sentences, else the subject phrase of a speech verb in the previous
/// sentence ("A Houthi military spokesman said …. "…," he said").
fn resolve_pronoun(
    text: &str,
    structure: &Structure,
    entities: &Entities,
    pos: usize,
) -> Option<Speaker> {
    let s = structure.sentence_at(pos)?;
    let window_start = structure.sentences[s.saturating_sub(2)].span.start;
    if let Some(x) = antecedent(entities, pos).filter(|x| x.span.start >= window_start) {
        return Some(speaker_of(x, entities));
    }
    let previous = structure.sentences.get(s.checked_sub(1)?)?;
    let tokens = tokenize(text, previous.span);
    let verb = tokens
        .iter()
        .position(|t| SPEECH.contains(&t.lower.as_ref()))?;
    phrase_speaker(text, entities, &tokens[..verb])
        .map(|(speaker, _)| speaker)
        .or_else(|| antecedent(entities, pos).map(|x| speaker_of(x, entities)))
}

/// The nearest person mentioned before `pos`.
fn antecedent(entities: &Entities, pos: usize) -> Option<&ActorMention> {
    entities
        .mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= pos && m.kind == ActorKind::Person)
}

/// Nouns that, after "the", stand for the organisation named last.
const ORG_NOUNS: &[&str] = &[
    "group",
    "movement",
    "militia",
    "organisation",
    "organization",
    "army",
    "military",
    "ministry",
    "agency",
    "government",
    "rebels",
    "administration",
    "office",
    "militants",
    "junta",
];

/// Words that end a speaker phrase.
const PHRASE_STOP: &[&str] = &[
    ",",
    ";",
    ":",
    "who",
    "which",
    "that",
    "after",
    "when",
    "asking",
    "adding",
    "saying",
    "according",
    "reached",
    "speaking",
];

/// A speaker named by a phrase rather than a known entity: "a volunteer at
/// the camp", "the regional governor of Kharkiv", "the group" (the
/// organisation named last).
fn phrase_speaker(text: &str, entities: &Entities, tokens: &[Token]) -> Option<(Speaker, Span)> {
    let mut words: Vec<&Token> = tokens
        .iter()
        .skip_while(|t| matches!(t.lower.as_ref(), "," | "\"" | "”"))
        .collect();
    if let Some(stop) = words
        .iter()
        .skip(1)
        .position(|t| PHRASE_STOP.contains(&t.lower.as_ref()) || SPEECH.contains(&t.lower.as_ref()))
    {
        words.truncate(stop + 1);
    }
    let definite = words.first().is_some_and(|t| t.lower == "the");
    while words
        .first()
        .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an" | "the" | "one"))
    {
        words.remove(0);
    }
    if words.is_empty()
        || words.len() > 9
        || words
            .iter()
            .any(|t| PRONOUNS.contains(&t.lower.as_ref()) || t.lower == "they" || t.lower == "it")
    {
        return None;
    }
    let span = Span::new(words.first()?.span.start, words.last()?.span.end);
    if definite && words.len() == 1 && ORG_NOUNS.contains(&words[0].lower.as_ref()) {
        let org = entities
            .mentions
            .iter()
            .rev()
            .find(|m| m.span.end <= span.start && matches!(m.kind, ActorKind::Org))?;
        return Some((speaker_of(org, entities), span));
    }
    let phrase = &text[span.start..span.end];
    let code = entities.within(span).find_map(|m| m.code.clone());
    Some((
        Speaker {
            name: phrase.to_string(),
            role: Some(phrase.to_string()),
            code,
        },
        span,
    ))
}

/// `"…," Peskov said` / `"…," said Peskov` / `"…," he told reporters` /
/// `"…," a volunteer at the camp said`.
fn after(
    text: &str,
    structure: &Structure,
    entities: &Entities,
    m: &Marked,
) -> Option<(Speaker, Span)> {
    let para = structure.paragraphs[m.paragraph].span;
    let close = text[m.inner.end..].chars().next().map_or(0, char::len_utf8);
    let from = m.inner.end + close;
    let sentence_end = structure
        .sentence_at(from)
        .map_or(para.end, |s| structure.sentences[s].span.end)
        .min(para.end);
    let tail_end = text[from..sentence_end]
        .find(['“', '"'])
        .map_or(sentence_end, |p| from + p);
    let tokens: Vec<Token> = tokens(text, Span::new(from, tail_end.max(from)))
        .take(16)
        .collect();
    let verb = tokens
        .iter()
        .position(|t| SPEECH.contains(&t.lower.as_ref()))?;
    // The attribution follows the quote at once, never after "and" or "but".
    if verb > 10
        || tokens
            .iter()
            .take(verb + 1)
            .any(|t| matches!(t.lower.as_ref(), "and" | "but" | "while"))
    {
        return None;
    }
    let span = Span::new(tokens.first()?.span.start, tokens.last()?.span.end);
    let between = Span::new(from, tokens[verb].span.start);
    let after_verb = Span::new(tokens[verb].span.end, span.end);
    let person = |s: Span| entities.within(s).find(|x| x.kind == ActorKind::Person);
    if let Some(x) = person(between).or_else(|| person(after_verb)) {
        return Some((speaker_of(x, entities), x.span));
    }
    if let Some(pronoun) = tokens[..verb]
        .iter()
        .find(|t| PRONOUNS.contains(&t.lower.as_ref()))
    {
        return resolve_pronoun(text, structure, entities, m.inner.start)
            .map(|speaker| (speaker, pronoun.span));
    }
    // A role phrase names the speaker better than the country inside it
    // ("Ukraine's foreign minister said").
    phrase_speaker(text, entities, &tokens[..verb])
        .filter(|_| verb > 0)
        .or_else(|| {
            (verb == 0)
                .then(|| phrase_speaker(text, entities, &tokens[1..]))
                .flatten()
        })
        .or_else(|| {
            entities
                .within(between)
                .find(|x| can_speak(x))
                .map(|x| (speaker_of(x, entities), x.span))
        })
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
    let verb = tokens.iter().rposition(|t| {
        SPEECH.contains(&t.lower.as_ref()) || SPEECH_BEFORE.contains(&t.lower.as_ref())
    })?;
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
    {
        return Some((speaker_of(x, entities), x.span));
    }
    if let Some(pronoun) = tokens[..verb]
        .iter()
        .rev()
        .find(|t| PRONOUNS.contains(&t.lower.as_ref()))
    {
        return resolve_pronoun(text, structure, entities, pronoun.span.start)
            .map(|speaker| (speaker, pronoun.span));
    }
    // The subject phrase right before the verb: from the last comma.
    let start = tokens[..verb]
        .iter()
        .rposition(|t| t.lower == ",")
        .map_or(0, |c| c + 1);
    let subject = &tokens[start..verb];
    let has_role = subject.iter().any(|t| {
        crate::rules::rules().roles.contains_key(t.lower.as_ref())
            || ORG_NOUNS.contains(&t.lower.as_ref())
    });
    if has_role {
        if let Some(found) = phrase_speaker(text, entities, subject) {
            return Some(found);
        }
    }
    candidates.last().map(|x| (speaker_of(x, entities), x.span))
}
