//! PLOVER events: triggers from `data/triggers.tsv`, then actors, place,
//! date, figures and status from the trigger's clause and sentence.
//!
//! Precision first: a trigger needs its context words (`near`), is vetoed by
//! its `not_near` phrases, is ignored inside quotation marks and when it is
//! only the content of a verbal act ("threatened to strike", "accused Russia
//! of attacking"), and an event without any actor or place is dropped.

use std::ops::Range;

use chrono::NaiveDate;
use storyline_model::{
    Actor, DateValue, Event, EventStatus, Evidence, Location, PloverType, RuleId, Span,
};

use crate::entities::{ActorKind, ActorMention, Entities};
use crate::figures::Figure;
use crate::merge::{Draft, merge_into};
use crate::rules::{Arguments, Form, PhraseSet, rules, words_at};
use crate::status::status;
use crate::text::Structure;
use crate::time::{TimeExpr, TimeKind};
use crate::tokens::Token;

/// What event finding reads.
pub struct Context<'a> {
    /// Article text.
    pub text: &'a str,
    /// Paragraphs and sentences.
    pub structure: &'a Structure,
    /// Tokens per sentence.
    pub tokens: &'a [Vec<Token<'a>>],
    /// Clauses per sentence (token ranges), as [`crate::clauses::clauses`]
    /// gives them.
    pub clauses: &'a [Vec<Range<usize>>],
    /// Entities and actor mentions.
    pub entities: &'a Entities,
    /// Temporal expressions per sentence.
    pub times: &'a [Vec<TimeExpr>],
    /// Figures per sentence.
    pub figures: &'a [Vec<Figure>],
    /// Quoted stretches.
    pub quoted: &'a crate::quotes::Quoted,
    /// Publication date.
    pub anchor: Option<NaiveDate>,
}

/// A trigger found in a sentence.
#[derive(Debug, Clone)]
struct Hit {
    trigger: usize,
    at: usize,
    len: usize,
    verb: bool,
}

/// Event types whose complement ("threatened to strike", "suspended the talks") is not an event of its own.
const VERBAL: &[PloverType] = &[
    PloverType::Agree,
    PloverType::Request,
    PloverType::Threaten,
    PloverType::Reject,
    PloverType::Accuse,
    PloverType::Support,
    // "suspended the talks", "lifted the blockade": the object is what is
    // stopped or conceded, not a new happening.
    PloverType::Sanction,
    PloverType::Concede,
];

/// Event types done to a place (a place hit stands for its country); the
/// others are done to an actor.
const MATERIAL: &[PloverType] = &[
    PloverType::Assault,
    PloverType::Coerce,
    PloverType::Protest,
    PloverType::Mobilize,
    PloverType::Aid,
];

/// Nouns of weapons and forces: a demonym before them names the attacker.
const WEAPONS: &[&str] = &[
    "bombs",
    "bomb",
    "missiles",
    "missile",
    "drones",
    "drone",
    "rockets",
    "rocket",
    "shells",
    "forces",
    "troops",
    "jets",
    "warplanes",
    "aircraft",
    "artillery",
    "strikes",
    "strike",
    "soldiers",
    "army",
    "military",
    "navy",
    "fighters",
    "militants",
];

/// Words linking a verbal trigger to its complement.
const COMPLEMENT_LINKS: &[&str] = &["to", "of", "for", "on", "that", "over", "about"];

/// Finds the events of an article.
pub fn find(ctx: &Context<'_>) -> Vec<Event> {
    let mut drafts: Vec<Draft> = Vec::new();
    for (s, sentence) in ctx.structure.sentences.iter().enumerate() {
        if sentence.noise.is_some() {
            continue;
        }
        let tokens = &ctx.tokens[s];
        let sentence_clauses = &ctx.clauses[s];
        let hits = one_per_type(
            tokens,
            sentence_clauses,
            triggers(ctx.text, tokens, &ctx.quoted.opaque),
        );
        for hit in &hits {
            if let Some(mut draft) = build(ctx, s, sentence_clauses, hit, &hits) {
                // No party named at all: a swap or talks between the sides the
                // article is about ("past talks resulted in prisoner swaps").
                let implicit = ctx
                    .entities
                    .within(ctx.structure.sentences[s].span)
                    .all(|m| m.kind == ActorKind::Place)
                    && matches!(
                        rules().triggers[hit.trigger].kind,
                        PloverType::Retreat | PloverType::Agree | PloverType::Consult
                    );
                if draft.event.participants.len() < 2
                    && rules().triggers[hit.trigger].arguments == Arguments::Symmetric
                    && (names_both_sides(tokens) || implicit)
                {
                    // "both sides", "the two nations": the parties of the last two-sided event.
                    if let Some(previous) = drafts
                        .iter()
                        .rev()
                        .find(|d| d.event.participants.len() >= 2)
                    {
                        draft.event.participants = previous.event.participants.clone();
                    }
                }
                answer_target(tokens, hit, &mut draft, &drafts);
                if back_reference(tokens, hit) {
                    // "to protest against the strikes.", "killed in the
                    // attack.": the happening told before, or none.
                    let kind = draft.event.kind;
                    if let Some(earlier) = drafts.iter_mut().rev().find(|d| {
                        d.event.kind == kind
                            && matches!(
                                d.event.status,
                                EventStatus::Reported | EventStatus::Scheduled
                            )
                    }) {
                        earlier.event.evidence.extend(draft.event.evidence);
                        earlier.event.evidence.sort();
                        earlier.event.evidence.dedup();
                    }
                    continue;
                }
                merge_into(&mut drafts, draft);
            }
        }
    }
    borrow_locations(&mut drafts);
    drafts
        .into_iter()
        .filter(Draft::worth_keeping)
        .map(Draft::finish)
        .collect()
}

/// Verbs whose object names the happening and whose subject its parties:
/// "X and Y held talks", "the two sides opened negotiations".
const LIGHT_VERBS: &[&str] = &[
    "held",
    "hold",
    "holds",
    "holding",
    "began",
    "begin",
    "begins",
    "opened",
    "open",
    "opens",
    "resumed",
    "resume",
    "resumes",
    "concluded",
    "conclude",
    "started",
    "start",
    "starts",
    "launched",
    "wrapped",
    "entered",
    "attended",
    "attend",
    "attends",
    "had",
    "have",
    "has",
];

/// Objects that point back to an earlier event: condemning "the attack"
/// targets whoever attacked; denying "the accusation" targets the accuser.
/// (type of the answer, nouns, type of the event pointed at).
const ANSWERS: &[(PloverType, &[&str], &[PloverType])] = &[
    (
        PloverType::Accuse,
        &[
            "attack",
            "attacks",
            "strike",
            "strikes",
            "launch",
            "launches",
            "shelling",
            "bombing",
            "bombings",
            "killing",
            "killings",
            "raid",
            "raids",
            "incursion",
            "offensive",
            "assault",
            "airstrike",
            "airstrikes",
            "arrest",
            "arrests",
            "seizure",
            "detention",
        ],
        &[
            PloverType::Assault,
            PloverType::Mobilize,
            PloverType::Coerce,
            PloverType::Threaten,
        ],
    ),
    (
        PloverType::Reject,
        &[
            "accusation",
            "accusations",
            "charge",
            "charges",
            "claim",
            "claims",
            "allegation",
            "allegations",
            "report",
            "reports",
        ],
        &[PloverType::Accuse],
    ),
];

/// `event/answer`: an accusation or denial without a target whose object is
/// a definite reference to an earlier event of the article ("Lebanon's
/// presidency condemned the attacks", "Venezuela rejected the accusation")
/// takes as target the source of the latest such event, when it is another
/// party.
fn answer_target(tokens: &[Token], hit: &Hit, draft: &mut Draft, earlier: &[Draft]) {
    let e = &draft.event;
    if e.target.is_some() || !hit.verb {
        return;
    }
    let Some((_, nouns, kinds)) = ANSWERS.iter().find(|(kind, _, _)| *kind == e.kind) else {
        return;
    };
    let after = &tokens[(hit.at + hit.len).min(tokens.len())..];
    let definite = after.first().is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "the" | "this" | "these" | "that" | "those" | "its" | "their" | "his" | "her"
        )
    });
    let refers = definite
        && after
            .iter()
            .skip(1)
            .take(3)
            .any(|t| nouns.contains(&t.lower.as_ref()));
    if !refers {
        return;
    }
    let own = e.source.as_ref().and_then(|a| a.code.clone());
    let answered = earlier.iter().rev().find_map(|d| {
        let source = d.event.source.as_ref()?;
        (kinds.contains(&d.event.kind) && source.code.is_some() && source.code != own)
            .then(|| source.clone())
    });
    if let Some(target) = answered {
        let event = &mut draft.event;
        if let Some(code) = &target.code {
            if !event.participants.contains(code) {
                event.participants.push(code.clone());
                event.participants.sort();
            }
        }
        event.target = Some(target);
    }
}

/// Index of the stretch of the sentence a token is in: clauses, with a
/// quotation its own stretch.
fn segment_of(tokens: &[Token], clauses: &[Range<usize>], at: usize) -> usize {
    let quote_marks = tokens[..at]
        .iter()
        .filter(|t| matches!(t.lower.as_ref(), "\"" | "“" | "”"))
        .count();
    let clause = clauses.iter().position(|c| c.contains(&at)).unwrap_or(0);
    clause * 1000 + quote_marks
}

/// People held and released in exchanges ("12 Saudi detainees").
const PEOPLE_HELD: &[&str] = &[
    "hostages",
    "hostage",
    "prisoners",
    "prisoner",
    "detainees",
    "captives",
    "soldiers",
    "servicemen",
    "troops",
    "civilians",
    "nationals",
    "citizens",
    "sailors",
    "fishermen",
    "workers",
    "pows",
];

/// Prepositions that open a sentence with a phrase before its subject.
const INTRO_PREPOSITIONS: &[&str] = &[
    "under",
    "after",
    "following",
    "before",
    "during",
    "amid",
    "despite",
    "with",
    "in",
    "at",
    "as",
];

/// Nouns that a trigger noun only describes when written right before
/// them: "a February withdrawal deadline", "the ceasefire line", "the
/// exchange terms". The phrase names a date, a place or a document, not a
/// happening of the trigger's kind.
const DESCRIBED_HEADS: &[&str] = &[
    "deadline",
    "deadlines",
    "timetable",
    "timeline",
    "line",
    "lines",
    "zone",
    "zones",
    "monitors",
    "violations",
    "violation",
    "terms",
    "conditions",
    "date",
];

/// "a March withdrawal deadline": "March" capitalised inside a sentence
/// is the month, not a march.
fn month_name(text: &str, tokens: &[Token], at: usize) -> bool {
    at > 0 && tokens[at].lower == "march" && tokens[at].is_capitalised(text)
}

/// Whether a trigger noun only describes the noun after it (see
/// [`DESCRIBED_HEADS`]).
fn describes_head(tokens: &[Token], at: usize, form: &Form) -> bool {
    !form.verb
        && tokens
            .get(at + form.words.len())
            .is_some_and(|t| DESCRIBED_HEADS.contains(&t.lower.as_ref()))
}

/// Nouns that a trigger noun may describe ("an exchange deal", "a
/// ceasefire agreement"): the trigger then names the deal's content, not a
/// happening of its own.
const MODIFIED_HEADS: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "accord",
    "plan",
    "proposal",
    "framework",
    "mechanism",
    "arrangement",
    "process",
    "programme",
    "program",
    "scheme",
    "list",
    "lists",
    "commission",
    "committee",
    "terms",
];

/// Keeps one trigger per type in each stretch of a sentence: a casualty verb
/// ("killed") only when no attack word names the same happening.
fn one_per_type(tokens: &[Token], clauses: &[Range<usize>], hits: Vec<Hit>) -> Vec<Hit> {
    let table = rules();
    let mut out: Vec<Hit> = Vec::new();
    for hit in hits {
        let kind = table.triggers[hit.trigger].kind;
        // A casualty verb, or a noun that only describes another noun ("an
        // exchange deal", "ceasefire talks"), gives way to a later trigger.
        let weak = |h: &Hit| {
            table.triggers[h.trigger].id.ends_with("/casualty")
                || tokens
                    .get(h.at + h.len)
                    .is_some_and(|t| MODIFIED_HEADS.contains(&t.lower.as_ref()))
        };
        let segment = segment_of(tokens, clauses, hit.at);
        match out.iter_mut().find(|h| {
            table.triggers[h.trigger].kind == kind && segment_of(tokens, clauses, h.at) == segment
        }) {
            Some(kept) if weak(kept) && !weak(&hit) => *kept = hit,
            Some(_) => {}
            None => out.push(hit),
        }
    }
    out.sort_by_key(|h| h.at);
    out
}

/// An event without a place takes the place of another mention with the
/// same written date and the same type or a shared party ("the first round of talks last month" /
/// "last month, … talks in Turkey").
fn borrow_locations(drafts: &mut [Draft]) {
    let written = |d: &Draft| {
        d.event
            .date
            .as_ref()
            .map(|v| (v.text.to_lowercase(), v.value.clone()))
    };
    for i in 0..drafts.len() {
        if drafts[i].event.location.is_some() {
            continue;
        }
        let Some(when) = written(&drafts[i]) else {
            continue;
        };
        let me = &drafts[i].event;
        let found = drafts.iter().enumerate().find(|(j, d)| {
            let parties_meet = d
                .event
                .participants
                .iter()
                .any(|p| me.participants.contains(p));
            *j != i
                && d.event.location.is_some()
                && written(d).as_ref() == Some(&when)
                && (d.event.kind == me.kind || parties_meet)
        });
        if let Some((_, d)) = found {
            let location = d.event.location.clone();
            drafts[i].event.location = location;
        }
    }
}

/// Phrases that refer back to the two parties already named.
const BOTH_SIDES: &[&str] = &[
    "both sides",
    "the two sides",
    "the two nations",
    "the two countries",
    "both countries",
    "the parties",
    "both parties",
    "the warring parties",
    "the two delegations",
    "both delegations",
];

fn names_both_sides(tokens: &[Token]) -> bool {
    static PHRASES: std::sync::LazyLock<PhraseSet> = std::sync::LazyLock::new(|| {
        PhraseSet::new(BOTH_SIDES.iter().map(|p| crate::rules::words(p)).collect())
    });
    PHRASES.within(tokens, 0..tokens.len())
}

/// Triggers of a sentence that pass their context checks, in text order.
fn triggers(text: &str, tokens: &[Token], quoted: &[Span]) -> Vec<Hit> {
    let table = rules();
    let mut hits: Vec<Hit> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let inside_quote = || {
            quoted
                .iter()
                .any(|q| q.start <= tokens[i].span.start && tokens[i].span.end <= q.end)
        };
        let word = tokens[i].lower.as_ref();
        let forms = table
            .form_words
            .may_contain(word)
            .then(|| table.forms.get(word))
            .flatten();
        let passes = |f: &&Form| {
            words_at(tokens, i, &f.words)
                && context_ok(tokens, i, f.words.len(), &table.triggers[f.trigger])
        };
        // ", killing at least nine people": after a comma an "-ing" word
        // opens a participle clause, so its verb reading comes first.
        let participle = i > 0 && tokens[i - 1].lower == "," && word.ends_with("ing");
        // "the strikes", "its attacks": after a determiner, a noun.
        let determined = i > 0
            && matches!(
                tokens[i - 1].lower.as_ref(),
                "the" | "a" | "an" | "this" | "these" | "those" | "its" | "their"
            );
        let found = forms.and_then(|forms| {
            participle
                .then(|| forms.iter().filter(|f| f.verb).find(passes))
                .flatten()
                .or_else(|| {
                    determined
                        .then(|| forms.iter().filter(|f| !f.verb).find(passes))
                        .flatten()
                })
                .or_else(|| forms.iter().find(passes))
        });
        // "Turkey-hosted talks": a verb glued to a hyphen is an adjective.
        let compound =
            i > 0 && tokens[i - 1].lower == "-" && tokens[i - 1].span.end == tokens[i].span.start;
        // "after three years of talks", "months of fighting": a stretch of
        // time, not one happening.
        let span_of_time = i >= 2
            && tokens[i - 1].lower == "of"
            && matches!(
                tokens[i - 2].lower.as_ref(),
                "years" | "months" | "weeks" | "decades"
            );
        // "has been in talks about", "remain in on-and-off talks": a
        // standing state, not one happening.
        let in_state = (1..=3).any(|back| {
            i > back
                && tokens[i - back].lower == "in"
                && matches!(
                    tokens[i - back - 1].lower.as_ref(),
                    "been" | "is" | "are" | "was" | "were" | "remain" | "remains" | "remained"
                )
                && tokens[i - back + 1..i]
                    .iter()
                    .all(|t| t.lower.chars().all(|c| c.is_alphabetic() || c == '-'))
        });
        match found {
            Some(form)
                if !(inside_quote()
                    || form.verb && compound
                    || span_of_time
                    || in_state && !form.verb
                    || describes_head(tokens, i, form)
                    || month_name(text, tokens, i)) =>
            {
                hits.push(Hit {
                    trigger: form.trigger,
                    at: i,
                    len: form.words.len(),
                    verb: form.verb || participle,
                });
                i += form.words.len();
            }
            _ => i += 1,
        }
    }
    drop_complements(tokens, hits)
}

/// Whether a trigger noun only points back to a happening told before: a
/// definite noun governed by a preposition and followed by nothing that
/// says which ("rallied to protest against the strikes, chanting", "her
/// sister was killed in the attack.").
fn back_reference(tokens: &[Token], hit: &Hit) -> bool {
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_ref());
    !hit.verb
        && hit.at >= 2
        && matches!(
            word(hit.at - 1),
            Some("the" | "this" | "that" | "these" | "those")
        )
        && matches!(
            word(hit.at - 2),
            Some(
                "against"
                    | "in"
                    | "of"
                    | "over"
                    | "after"
                    | "about"
                    | "by"
                    | "following"
                    | "since"
                    | "despite"
            )
        )
        && word(hit.at + hit.len).is_none_or(|next| {
            matches!(
                next,
                "." | "," | ";" | "and" | "but" | "which" | "that" | "\"" | "”" | ")"
            )
        })
}

/// The measured "after" or "before" a happening is told through ("two
/// days after an ELN attack", "only hours after a Russian strike on
/// Dnipro"), as an unresolved date.
fn anchored_by(text: &str, tokens: &[Token], hit: &Hit) -> Option<DateValue> {
    let k = (hit.at.saturating_sub(7)..hit.at)
        .rev()
        .find(|&k| matches!(tokens[k].lower.as_ref(), "after" | "before"))?;
    // Between "after" and the trigger: the words of one noun phrase ("an
    // ELN", "a Russian missile and drone"), no clause break.
    let gap = &tokens[k + 1..hit.at];
    let broken = gap.iter().enumerate().any(|(n, t)| {
        matches!(t.lower.as_ref(), "," | ";" | "which" | "that") || n > 0 && t.lower == "the"
    });
    if broken {
        return None;
    }
    let lead = tokens[..k]
        .iter()
        .rev()
        .take(4)
        .take_while(|t| crate::clauses::TIME_LEAD.contains(&t.lower.as_ref()))
        .count();
    if lead == 0 {
        return None;
    }
    let span = Span::new(tokens[k - lead].span.start, tokens[k].span.end);
    Some(DateValue {
        value: None,
        precision: storyline_model::Precision::Unknown,
        text: text[span.start..span.end].to_string(),
        resolved: false,
        span: Some(span),
    })
}

/// Whether a place mention is a wire dateline: written in capitals at the
/// start of its sentence and followed by the agency, a date or a dash
/// ("JEDDAH (Corvus Press) -", "KYIV, July 22 -", "GOMA –").
fn is_dateline(text: &str, span: Span, sentence: Span) -> bool {
    let name = &text[span.start..span.end];
    let capitals = name.chars().any(char::is_alphabetic)
        && !name.chars().any(|c| c.is_alphabetic() && c.is_lowercase());
    let after = &text[span.end..sentence.end.max(span.end)];
    capitals
        && text[sentence.start..span.start].trim().is_empty()
        && (after.starts_with(" (")
            || after.starts_with(", ")
            || after.starts_with(" -")
            || after.starts_with(" –")
            || after.starts_with(" —")
            || after.starts_with('/'))
}

/// Nouns that introduce a locality by name ("the town of Nawa", "the
/// village of Kfar Roummane", "the Zamzam camp" is not this pattern).
const LOCALITY_HEADS: &[&str] = &[
    "town",
    "village",
    "city",
    "hamlet",
    "township",
    "camp",
    "settlement",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "district",
    "area",
    "sector",
    "port",
];

/// The first "town of X" in a clause whose X is capitalised: the head
/// token's index and the span of the name (up to four words, joined by
/// hyphens or name particles such as "al-", "de", "el").
fn named_locality(text: &str, tokens: &[Token], clause: &Range<usize>) -> Option<(usize, Span)> {
    (clause.start..clause.end.saturating_sub(2)).find_map(|k| {
        if !LOCALITY_HEADS.contains(&tokens[k].lower.as_ref()) || tokens[k + 1].lower != "of" {
            return None;
        }
        let first = k + 2;
        if !tokens[first].is_capitalised(text) {
            return None;
        }
        let mut last = first;
        while last + 1 < clause.end && last - first < 4 {
            let next = &tokens[last + 1];
            let glued = next.span.start == tokens[last].span.end;
            let particle = matches!(next.lower.as_ref(), "al" | "el" | "de" | "del" | "la");
            if next.is_capitalised(text)
                || glued && next.lower != "," && next.lower != "."
                || particle
            {
                last += 1;
            } else {
                break;
            }
        }
        // A name does not end on a hyphen or particle.
        while last > first && !tokens[last].is_capitalised(text) {
            last -= 1;
        }
        Some((
            k,
            Span::new(tokens[first].span.start, tokens[last].span.end),
        ))
    })
}

/// Nouns of places that a demonym may describe ("the Sudanese city of El
/// Fasher", "on Russian soil").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "capital",
    "port",
    "province",
    "region",
    "territory",
    "soil",
    "border",
    "coast",
    "airspace",
    "waters",
];

/// Words that may stand between a preposition and the place it governs:
/// "in the Red Sea", "on central Kharkiv", "near the southern town of
/// Nawa", "in the Chinese city of Kunming".
const PLACE_MODIFIERS: &[&str] = &[
    "the",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "-",
    "occupied",
    "besieged",
    "embattled",
    "frontline",
    "front-line",
    "downtown",
    "coastal",
    "nearby",
    "neighbouring",
    "neighboring",
    "border",
    "capital",
    "city",
    "town",
    "village",
    "villages",
    "region",
    "province",
    "district",
    "area",
    "camp",
    "port",
    "state",
    "county",
    "governorate",
    "township",
    "municipality",
    "of",
    "key",
    "strategic",
    "city's",
    "outskirts",
    "suburb",
    "suburbs",
];

/// The word before a place mention at byte `start`, past the modifiers of
/// [`PLACE_MODIFIERS`], a possessive, and capitalised words ("Chinese",
/// "Russia's"), at most six tokens back.
fn place_word_before<'a>(text: &str, tokens: &'a [Token], start: usize) -> &'a str {
    let mut k = tokens.partition_point(|t| t.span.end <= start);
    let mut skipped = 0;
    while k > 0 && skipped < 6 {
        let t = &tokens[k - 1];
        let word = t.lower.as_ref();
        let name = t.is_capitalised(text) && word.chars().all(char::is_alphabetic);
        if PLACE_MODIFIERS.contains(&word) || word == "'s" || name {
            k -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    k.checked_sub(1).map_or("", |k| tokens[k].lower.as_ref())
}

/// A day resolved before `anchor` from a bare weekday ("on Thursday")
/// moved to the same weekday in the coming week.
fn coming_weekday(mut d: DateValue, anchor: chrono::NaiveDate) -> DateValue {
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let text = d.text.to_ascii_lowercase();
    let bare = WEEKDAYS.iter().any(|w| text.contains(w))
        && !["last", "past", "previous", "ago"]
            .iter()
            .any(|w| text.contains(w));
    let day = d
        .value
        .as_deref()
        .and_then(|v| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
    if let (true, Some(day)) = (bare, day) {
        if day < anchor {
            d.value = Some((day + chrono::Duration::days(7)).to_string());
        }
    }
    d
}

/// A verb in the third person present ("denies", "accuses").
fn is_present_simple(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !matches!(word, "was" | "has" | "is")
}

/// A word that puts its sentence in the past: "said", "was", "rejected".
fn is_past(word: &str) -> bool {
    matches!(
        word,
        "said" | "told" | "was" | "were" | "had" | "did" | "went" | "made" | "gave" | "took"
    ) || word.len() > 4 && word.ends_with("ed")
}

/// Natural hazards: a death toll they cause is no attack ("an earthquake
/// struck central Myanmar, killing more than 1,000").
const HAZARDS: &[&str] = &[
    "earthquake",
    "quake",
    "aftershock",
    "flood",
    "floods",
    "flooding",
    "landslide",
    "landslides",
    "mudslide",
    "mudslides",
    "rains",
    "downpours",
    "storm",
    "storms",
    "cyclone",
    "hurricane",
    "typhoon",
    "tornado",
    "wildfire",
    "wildfires",
    "heatwave",
    "avalanche",
    "tsunami",
    "lightning",
    "eruption",
];

/// Words of armed violence that keep an attack an attack even after a
/// hazard is named ("after the floods, militants attacked the camp").
const ARMED: &[&str] = &[
    "forces",
    "troops",
    "militants",
    "gunmen",
    "rebels",
    "army",
    "military",
    "missile",
    "missiles",
    "drone",
    "drones",
    "shelling",
    "airstrike",
    "airstrikes",
    "bomb",
    "bombs",
    "fighters",
    "soldiers",
    "insurgents",
    "attackers",
];

/// Whether an ASSAULT trigger at `at` is the toll of a natural hazard named
/// shortly before it, with no armed actor in between.
fn hazard_toll(tokens: &[Token], at: usize) -> bool {
    let window = &tokens[at.saturating_sub(15)..at];
    window
        .iter()
        .rposition(|t| HAZARDS.contains(&t.lower.as_ref()))
        .is_some_and(|h| {
            !window[h..]
                .iter()
                .any(|t| ARMED.contains(&t.lower.as_ref()))
        })
}

fn context_ok(tokens: &[Token], at: usize, len: usize, trigger: &crate::rules::Trigger) -> bool {
    let veto = at.saturating_sub(4)..(at + len + 8).min(tokens.len());
    if trigger.not_near.within(tokens, veto) {
        return false;
    }
    if trigger.kind == PloverType::Assault && hazard_toll(tokens, at) {
        return false;
    }
    if trigger.near.is_empty() {
        return true;
    }
    let before = at.saturating_sub(8)..at;
    let after = (at + len)..(at + len + 20).min(tokens.len());
    trigger.near.within(tokens, before) || trigger.near.within(tokens, after)
}

/// Drops triggers that are the complement of an earlier verbal trigger.
fn drop_complements(tokens: &[Token], hits: Vec<Hit>) -> Vec<Hit> {
    let table = rules();
    let mut out: Vec<Hit> = Vec::new();
    for hit in hits {
        let governed = out.iter().any(|prev| {
            let verbal = VERBAL.contains(&table.triggers[prev.trigger].kind);
            let gap = prev.at + prev.len..hit.at;
            // "agreed to swap", "accused Russia of attacking", or a noun
            // object right after the verb: "proposed direct talks".
            let linked = gap
                .clone()
                .any(|k| COMPLEMENT_LINKS.contains(&tokens[k].lower.as_ref()));
            let object = !hit.verb && prev.verb && gap.len() <= 2;
            // "accused the FARC dissidents of the 33rd Front of attacking".
            let of_ing = hit.verb
                && hit.at > 0
                && tokens[hit.at - 1].lower == "of"
                && tokens[hit.at].lower.ends_with("ing");
            let reach = if of_ing { 10 } else { 6 };
            verbal
                && hit.at - (prev.at + prev.len) <= reach
                && (linked || object)
                && !gap.clone().any(|k| {
                    matches!(
                        tokens[k].lower.as_ref(),
                        "," | ";" | "and" | "but" | "while"
                    )
                })
        });
        if !governed {
            out.push(hit);
        }
    }
    out
}

fn actor(m: &ActorMention) -> Actor {
    Actor {
        name: m.name.clone(),
        code: m.code.clone(),
    }
}

fn is_agent(m: &ActorMention) -> bool {
    !matches!(m.kind, ActorKind::Place)
}

/// Builds the event of one trigger, or `None` when its sentence gives too little.
fn build(
    ctx: &Context<'_>,
    s: usize,
    clauses: &[Range<usize>],
    hit: &Hit,
    all: &[Hit],
) -> Option<Draft> {
    let trigger = &rules().triggers[hit.trigger];
    let tokens = &ctx.tokens[s];
    let clause = clauses
        .iter()
        .find(|c| c.contains(&hit.at))
        .cloned()
        .unwrap_or(0..tokens.len());
    let clause_span = Span::new(
        tokens[clause.start].span.start,
        tokens[clause.end - 1].span.end,
    );
    let sentence_span = ctx.structure.sentences[s].span;
    let trigger_span = Span::new(
        tokens[hit.at].span.start,
        tokens[hit.at + hit.len - 1].span.end,
    );
    // A long quotation is its own context: inside, only what it says; outside, not what it says.
    let quote = ctx
        .quoted
        .long
        .iter()
        .copied()
        .find(|q| q.start <= trigger_span.start && trigger_span.end <= q.end);
    let in_context = |span: Span| match quote {
        Some(q) => q.start <= span.start && span.end <= q.end,
        None => !ctx
            .quoted
            .long
            .iter()
            .any(|q| q.start <= span.start && span.end <= q.end),
    };
    // "the Sudanese city of El Fasher", "Ukrainian territory": a demonym
    // describing a place names no actor.
    let describes_place = |m: &ActorMention| {
        m.kind == ActorKind::Demonym && {
            let next = tokens.partition_point(|t| t.span.start < m.span.end);
            tokens
                .get(next)
                .is_some_and(|t| PLACE_NOUNS.contains(&t.lower.as_ref()))
        }
    };
    let mentions: Vec<&ActorMention> = ctx
        .entities
        .within(clause_span)
        // "Burkina Faso: dozens killed in attack": a headline's topic
        // label names no actor.
        .filter(|m| !ctx.text[m.span.end..].starts_with(':'))
        .filter(|m| in_context(m.span) && !describes_place(m))
        .collect();
    let before: Vec<&ActorMention> = mentions
        .iter()
        .copied()
        .filter(|m| m.span.end <= trigger_span.start)
        .collect();
    let after: Vec<&ActorMention> = mentions
        .iter()
        .copied()
        .filter(|m| m.span.start >= trigger_span.end)
        .collect();
    // Tokens are in text order: the last one ending before a mention is
    // found by binary search.
    let word_before = |m: &ActorMention| -> &str {
        let before = tokens.partition_point(|t| t.span.end <= m.span.start);
        before
            .checked_sub(1)
            .map_or("", |k| tokens[k].lower.as_ref())
    };

    let mut source: Option<&ActorMention> = None;
    let mut target: Option<&ActorMention> = None;
    let mut participants: Vec<String> = Vec::new();
    let passive = hit.verb
        && tokens[hit.at.saturating_sub(3)..hit.at].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            )
        });
    // "by Hamas", "by the Islamic Jihad".
    let by_agent = after.iter().copied().find(|m| {
        let k = tokens.partition_point(|t| t.span.end <= m.span.start);
        let by = |back: usize| k > back && tokens[k - back - 1].lower == "by";
        is_agent(m)
            && (by(0)
                || tokens
                    .get(k.wrapping_sub(1))
                    .is_some_and(|t| t.lower == "the")
                    && by(1))
    });
    // The end of an opening prepositional phrase ("Under a deal brokered by
    // Qatar, ...", "After talks with Turkey, ...").
    let intro_end = tokens
        .first()
        .filter(|t| INTRO_PREPOSITIONS.contains(&t.lower.as_ref()))
        .and_then(|_| tokens.iter().find(|t| t.lower == ","))
        .map_or(0, |t| t.span.start);
    match trigger.arguments {
        Arguments::Symmetric => {
            // The parties: modifiers of a noun ("Russia-Ukraine talks"), the
            // subject of a verb ("Russian and Ukrainian officials convened"),
            // and objects of "between", "with", "among".
            for m in mentions.iter().copied() {
                let hosts = matches!(word_before(m), "in" | "at" | "to" | "from")
                    || ctx.text[m.span.end..].starts_with("-hosted");
                let media = m.code.as_deref().is_some_and(|c| c.starts_with("MEDIA:"));
                if m.kind == ActorKind::Place || hosts || media {
                    continue;
                }
                let party = if m.span.end <= intro_end && trigger_span.start > intro_end {
                    // "Under a deal brokered by Qatar and Egypt, Hamas is
                    // due to free …": the opening phrase names no party.
                    false
                } else if m.span.end <= trigger_span.start {
                    // "Russian and Ukrainian delegations held a second round
                    // of talks": the subject of a light verb whose object is
                    // the trigger.
                    let gap = within(tokens, m.span.end, trigger_span.start);
                    let light = gap.len() <= 10
                        && gap.iter().any(|t| LIGHT_VERBS.contains(&t.lower.as_ref()))
                        && !gap.iter().any(|t| {
                            matches!(
                                t.lower.as_ref(),
                                "," | ";" | "after" | "before" | "as" | "while"
                            )
                        });
                    hit.verb || gap.len() <= 4 || light
                } else if passive && by_agent.is_some_and(|b| b.span == m.span) {
                    // "hostages have been freed by Hamas".
                    true
                } else if m.kind == ActorKind::Demonym
                    && within(tokens, trigger_span.end, m.span.start).len() <= 3
                    && {
                        let next = tokens.partition_point(|t| t.span.start < m.span.end);
                        tokens
                            .get(next)
                            .is_some_and(|t| PEOPLE_HELD.contains(&t.lower.as_ref()))
                    }
                {
                    // "freed 12 Saudi detainees": the side of those released.
                    true
                } else {
                    let links = within(tokens, trigger_span.end, m.span.start);
                    links.len() <= 8
                        && links.iter().any(|t| {
                            matches!(t.lower.as_ref(), "between" | "with" | "among" | "and")
                        })
                };
                if let (true, Some(code)) = (party, &m.code) {
                    if !participants.contains(code) {
                        participants.push(code.clone());
                    }
                }
            }
            // "At a summit in Lithuania, Zelensky said…": the subject attends.
            let opener = tokens
                .first()
                .is_some_and(|t| matches!(t.lower.as_ref(), "at" | "during"));
            if opener && !hit.verb && participants.is_empty() {
                let comma = tokens[hit.at..]
                    .iter()
                    .find(|t| t.lower == ",")
                    .map(|t| t.span.end);
                let attendee = comma.and_then(|c| {
                    ctx.entities
                        .within(Span::new(c, sentence_span.end))
                        .find(|m| is_agent(m))
                });
                participants.extend(attendee.and_then(|m| m.code.clone()));
            }
            participants.sort();
        }
        Arguments::None => {}
        Arguments::Directed | Arguments::Visit | Arguments::Host => {
            if passive {
                // "two Russian glide bombs were dropped on Sumy": the demonym
                // of the weapon is the attacker, the place after "on" the target.
                let weapon_owner = before.iter().rev().copied().find(|m| {
                    matches!(
                        m.kind,
                        ActorKind::Demonym | ActorKind::Country | ActorKind::Org
                    ) && tokens
                        .iter()
                        .filter(|t| t.span.start >= m.span.end && t.span.end <= trigger_span.start)
                        .take(4)
                        .any(|t| WEAPONS.contains(&t.lower.as_ref()))
                });
                source = by_agent.or(weapon_owner);
                // Aid, support and requests go "to" or "for" someone ("wheat
                // was shipped to Sudan by Russia").
                let recipient =
                    !MATERIAL.contains(&trigger.kind) || trigger.kind == PloverType::Aid;
                let prepositional = after.iter().copied().find(|m| {
                    matches!(
                        word_before(m),
                        "on" | "in" | "at" | "against" | "near" | "into"
                    ) || recipient
                        && matches!(word_before(m), "to" | "for")
                        && Some(m.span) != source.map(|s| s.span)
                });
                target = before
                    .iter()
                    .rev()
                    .copied()
                    .find(|m| {
                        (is_agent(m) || m.kind == ActorKind::Place)
                            && Some(m.span) != source.map(|s| s.span)
                    })
                    .or(prepositional);
            } else if hit.verb {
                // The subject: the last agent before the verb that is not the
                // object of a preposition ("the coordinator for Sudan condemned").
                let prepositional = |m: &ActorMention| {
                    matches!(
                        word_before(m),
                        "for"
                            | "of"
                            | "in"
                            | "from"
                            | "to"
                            | "with"
                            | "at"
                            | "on"
                            | "near"
                            | "against"
                    )
                };
                source = before
                    .iter()
                    .rev()
                    .copied()
                    .find(|m| is_agent(m) && !prepositional(m))
                    .or_else(|| before.iter().rev().copied().find(|m| is_agent(m)));
                // The direct object right after the verb, or a prepositional
                // object a little further ("launched 472 drones at Ukraine").
                let tokens_between =
                    |m: &ActorMention| within(tokens, trigger_span.end, m.span.start).len();
                target = after.iter().copied().find(|m| {
                    let differs = Some(m.code.as_deref()) != source.map(|s| s.code.as_deref());
                    if m.kind == ActorKind::Place && !MATERIAL.contains(&trigger.kind) {
                        return false;
                    }
                    let near = tokens_between(m) <= 3 && word_before(m) != "by";
                    // Aid, support and requests go "to" or "for" someone;
                    // strikes land "on" or "against" them.
                    let recipient =
                        !MATERIAL.contains(&trigger.kind) || trigger.kind == PloverType::Aid;
                    let prepositional = tokens_between(m) <= 10
                        && (matches!(
                            word_before(m),
                            "on" | "against" | "at" | "into" | "toward" | "towards" | "targeting"
                        ) || recipient && matches!(word_before(m), "to" | "for" | "with"));
                    differs && (near || prepositional)
                });
            } else {
                // Nominal: "Russian attacks", "an attack by Ukraine on Russian airbases".
                let modifier = before.iter().rev().copied().find(|m| {
                    is_agent(m) && within(tokens, m.span.end, trigger_span.start).len() <= 3
                });
                // Failing those, the subject of a light verb ("Ukraine executed
                // an operation"), but not a speaker ("MONUSCO said it was
                // concerned by the fighting").
                let speech_between = |m: &ActorMention| {
                    tokens.iter().any(|t| {
                        t.span.start >= m.span.end
                            && t.span.end <= trigger_span.start
                            && matches!(
                                t.lower.as_ref(),
                                "said"
                                    | "says"
                                    | "told"
                                    | "added"
                                    | "warned"
                                    | "according"
                                    | "concerned"
                                    | "condemned"
                            )
                    })
                };
                source = by_agent.or(modifier).or_else(|| {
                    before
                        .iter()
                        .rev()
                        .copied()
                        .find(|m| is_agent(m))
                        .filter(|m| !speech_between(m))
                });
                target = after.iter().copied().find(|m| {
                    (matches!(
                        word_before(m),
                        "on" | "against"
                            | "at"
                            | "targeting"
                            | "into"
                            | "in"
                            | "of"
                            | "over"
                            | "toward"
                            | "towards"
                            | "with"
                    ) || (trigger.kind == PloverType::Aid || !MATERIAL.contains(&trigger.kind))
                        && matches!(word_before(m), "to" | "for")
                        && is_agent(m))
                        && Some(m.code.as_deref()) != source.map(|s| s.code.as_deref())
                });
            }
        }
    }
    if let (Some(s), Some(t)) = (source, target) {
        if s.code.is_some() && s.code == t.code && t.kind != ActorKind::Place {
            target = None;
        }
    }
    // A capital standing for its government ("Moscow launched") is no location,
    // unless written as one ("in Moscow").
    // A place is where it happened when written as a location ("in
    // Istanbul"); a capital standing for its government ("Moscow launched")
    // or a place merely named ("the Istanbul meeting") is not.
    // "the Istanbul talks", "Jeddah-hosted talks"; not "to El Fasher at
    // Jeddah talks", where a preposition stands between.
    let modifies_trigger = |m: &ActorMention| {
        let gap = within(tokens, m.span.end, trigger_span.start);
        m.span.end <= trigger_span.start
            && gap.len() <= 2
            && !gap.iter().any(|t| {
                matches!(
                    t.lower.as_ref(),
                    "at" | "in" | "to" | "on" | "of" | "for" | "from" | "with" | "by" | ","
                )
            })
    };
    // Where a strike lands ("on Kyiv", "over Gaza") is its place; talks,
    // statements and aid happen "in" or "at" a place.
    let material = MATERIAL.contains(&trigger.kind) && trigger.kind != PloverType::Aid;
    let as_place = |m: &&ActorMention| {
        let locative = |before: &str| {
            matches!(
                before,
                "in" | "near" | "at" | "outside" | "around" | "inside"
            ) || material && matches!(before, "on" | "over" | "across" | "into" | "of")
        };
        let locative =
            locative(word_before(m)) || locative(place_word_before(ctx.text, tokens, m.span.start));
        m.kind == ActorKind::Place && (!hit.verb && modifies_trigger(m) || locative)
    };
    // "in the Red Sea city of Jeddah": the place named after "city of".
    let heads_a_place = |m: &ActorMention| {
        let next = tokens.partition_point(|t| t.span.start < m.span.end);
        tokens.get(next).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "city" | "town" | "port" | "village" | "capital" | "district" | "region"
            )
        }) && tokens.get(next + 1).is_some_and(|t| t.lower == "of")
    };
    // "in the Red Sea city" (of a city named before): the sea only
    // describes the place ("Gaza City" is a name, capitalised).
    let describes_a_place = |m: &ActorMention| {
        let next = tokens.partition_point(|t| t.span.start < m.span.end);
        tokens.get(next).is_some_and(|t| {
            matches!(
                ctx.text.get(t.span.start..t.span.end),
                Some("city" | "town" | "port" | "village" | "capital")
            ) && tokens.get(next + 1).is_none_or(|t| t.lower != "of")
        })
    };
    let places: Vec<&ActorMention> = mentions
        .iter()
        .copied()
        .filter(as_place)
        .filter(|m| !describes_a_place(m))
        .collect();
    let place = target.filter(|t| t.kind == ActorKind::Place).or_else(|| {
        places
            .iter()
            .copied()
            .find(|m| !heads_a_place(m))
            .or(places.first().copied())
    });
    // "around the town of Nyabiondo in Masisi territory": a town, village
    // or camp named after "of" that the gazetteer does not know is still
    // more precise than the district, region or province around it.
    let named_town = named_locality(ctx.text, tokens, &clause)
        .filter(|&(head, _)| {
            let before = place_word_before(ctx.text, tokens, tokens[head].span.start);
            matches!(
                before,
                "in" | "near" | "at" | "outside" | "around" | "inside"
            ) || material && matches!(before, "on" | "over" | "across" | "into")
        })
        .filter(|&(_, name)| {
            !ctx.entities
                .within(name)
                .any(|m| m.span.start == name.start)
        })
        // A place hit named before the town is the more telling one.
        .filter(|&(_, name)| {
            target.is_none_or(|t| t.kind != ActorKind::Place || t.span.start > name.start)
        });
    // A mention's entity as where it happened.
    let location_of = |m: &ActorMention| {
        let e = &ctx.entities.list[m.entity];
        Location {
            name: e.name.clone(),
            country: e.code.clone(),
            lat: e.lat,
            lon: e.lon,
        }
    };
    let location = place.map(location_of);
    let location = match named_town {
        Some((_, name)) => Some(Location {
            name: ctx.text[name.start..name.end].to_string(),
            // The country of a known place in the clause, if any.
            country: place.and_then(|p| ctx.entities.list[p.entity].code.clone()),
            lat: None,
            lon: None,
        }),
        None => location,
    };
    let location = location.or_else(|| {
        // Talks "in Turkey": a country after "in" is where it happened.
        mentions
            .iter()
            .copied()
            .find(|m| m.kind == ActorKind::Country && word_before(m) == "in")
            .map(location_of)
    });
    // "JEDDAH (Corvus Press) - The two sides agreed on Thursday ...": the
    // dateline's city is where the talks, deals and visits of the lead
    // sentence took place when it names no place itself (not strikes:
    // reporters file from the capital about the front).
    let location = location.or_else(|| {
        let diplomatic = matches!(
            trigger.kind,
            PloverType::Consult | PloverType::Agree | PloverType::Support | PloverType::Cooperate
        );
        if !diplomatic {
            return None;
        }
        ctx.entities
            .within(sentence_span)
            .find(|m| m.kind == ActorKind::Place && is_dateline(ctx.text, m.span, sentence_span))
            .map(location_of)
    });
    // "a child was killed in Russian attacks, Ukrainian officials said": in
    // a strike with a known attacker and no named victim, the other
    // country the sentence names is the victim's.
    let other_country = (trigger.kind == PloverType::Assault && target.is_none())
        .then(|| source.and_then(|s| s.code.clone()))
        .flatten()
        .and_then(|attacker| {
            ctx.entities.within(sentence_span).find(|m| {
                matches!(m.kind, ActorKind::Country | ActorKind::Demonym)
                    && m.code.as_deref().is_some_and(|c| c != attacker)
                    && !matches!(word_before(m), "with" | "between" | "and" | "in" | "to")
            })
        });
    let target = target.or(other_country);
    // A strike "in El Fasher" with no named victim hits the place's country.
    let located_target =
        (target.is_none() && MATERIAL.contains(&trigger.kind) && trigger.kind != PloverType::Aid)
            .then(|| place.filter(|p| p.code.is_some()))
            .flatten();
    let target = target.or(located_target);
    let target_actor = target.map(|t| match t.kind {
        // A place hit stands for its country.
        ActorKind::Place => Actor {
            name: t.name.clone(),
            code: t.code.clone(),
        },
        _ => actor(t),
    });
    // A date goes to the nearest trigger, and a verb's clause dates the
    // verb rather than the noun it governs ("condemned the attack on
    // Tuesday" dates the condemnation).
    let verb_in_clause = all
        .iter()
        .any(|h| h.verb && h.at < hit.at && clause.contains(&h.at));
    let others: Vec<Span> = all
        .iter()
        .filter(|h| h.at != hit.at && (h.verb || !hit.verb))
        .map(|h| Span::new(tokens[h.at].span.start, tokens[h.at + h.len - 1].span.end))
        .collect();
    let times: Vec<&TimeExpr> = ctx.times[s].iter().filter(|t| in_context(t.span)).collect();
    let date = if !hit.verb && verb_in_clause {
        None
    } else {
        pick_date(ctx.text, &times, clause_span, trigger_span, &others)
    };
    // "shells hit the market on Friday, killing nine": a participle after
    // the comma happened when its clause did.
    let participle =
        hit.at > 0 && tokens[hit.at - 1].lower == "," && tokens[hit.at].lower.ends_with("ing");
    let date = date.or_else(|| {
        let earlier: Vec<&TimeExpr> = times
            .iter()
            .copied()
            .filter(|t| t.span.end <= trigger_span.start)
            .collect();
        participle
            .then(|| pick_date(ctx.text, &earlier, clause_span, trigger_span, &[]))
            .flatten()
    });
    // A noun whose date went to its verb still lives in that verb's time
    // ("seized power in 2021, triggering mass protests" is background too).
    let clause_date = date
        .clone()
        .or_else(|| pick_date(ctx.text, &times, clause_span, trigger_span, &[]));
    let (status, _status_rule) = status(
        &tokens[clause.clone()],
        (hit.at - clause.start)..(hit.at - clause.start + hit.len),
        clause_date.as_ref().and_then(|d| d.value.as_deref()),
        ctx.anchor,
    );
    // "fighters who cross the border to attack its security forces": an
    // infinitive of purpose in a clause that tells nothing past ("were
    // deployed to attack" does) is no happening.
    if hit.verb
        && status == storyline_model::EventStatus::Reported
        && hit.at > 0
        && tokens[hit.at - 1].lower == "to"
        && !tokens[clause.clone()].iter().any(|t| is_past(&t.lower))
    {
        return None;
    }
    // "Iran denies seeking nuclear weapons", "a charge Kabul denies": a
    // standing position in the present tense, in a sentence that tells
    // nothing in the past and gives no date, is background, not news. A
    // headline (no closing full stop) keeps its present tense for news.
    let standing = matches!(trigger.kind, PloverType::Accuse | PloverType::Reject)
        && hit.verb
        && status == storyline_model::EventStatus::Reported
        && clause_date.is_none()
        && is_present_simple(&tokens[hit.at].lower)
        && tokens.last().is_some_and(|t| t.lower == ".")
        && !tokens.iter().any(|t| is_past(&t.lower));
    let status = if standing {
        storyline_model::EventStatus::Background
    } else {
        status
    };
    // A planned event's weekday is the coming one: "mediators plan a third
    // round on Thursday" read in a sentence without a future verb form.
    let date = match (date, ctx.anchor) {
        (Some(d), Some(anchor)) if status == storyline_model::EventStatus::Scheduled => {
            Some(coming_weekday(d, anchor))
        }
        (d, _) => d,
    };
    // "two days after an ELN attack on a base in Tibu": the attack is dated
    // only by another happening; the phrase is kept, unresolved, so that
    // nobody reads it as the article's own day.
    let date = date.or_else(|| anchored_by(ctx.text, tokens, hit));
    // A threat is made now, whatever it threatens: "would retaliate" is a
    // reported threat, not a hypothetical one.
    let status = match status {
        storyline_model::EventStatus::Hypothetical | storyline_model::EventStatus::Scheduled
            if trigger.kind == PloverType::Threaten =>
        {
            storyline_model::EventStatus::Reported
        }
        other => other,
    };
    if matches!(
        trigger.arguments,
        Arguments::Directed | Arguments::Visit | Arguments::Host
    ) && !participants.is_empty()
    {
        participants.clear();
    }
    let mut parties: Vec<String> = source
        .iter()
        .chain(target.iter())
        .filter_map(|m| m.code.clone())
        .collect();
    parties.extend(participants.iter().cloned());
    // "Burkina Faso, Mali and Niger withdrew": the agents listed with the
    // acting one act too (the source stays the one next to the verb).
    if let Some(src) = source.filter(|s| s.span.end <= trigger_span.start) {
        let mut start = src.span.start;
        for m in before.iter().rev().filter(|m| m.span.end <= src.span.start) {
            let between = ctx.text[m.span.end..start].trim();
            if !(is_agent(m) && matches!(between, "," | "and" | ", and" | "or" | ", or")) {
                break;
            }
            parties.extend(m.code.clone());
            start = m.span.start;
        }
    }
    parties.sort();
    parties.dedup();
    let quantities = ctx.figures[s]
        .iter()
        .filter(|f| in_context(f.number_span))
        .filter(|f| crate::merge::kind_fits(trigger.kind, &f.quantity.kind))
        .map(|f| f.quantity.clone())
        .collect();
    let mode =
        crate::merge::refine_mode(trigger.kind, trigger.mode.clone(), &tokens[clause.clone()]);
    let ordinal = crate::merge::ordinal(tokens, hit.at);
    let event = Event {
        kind: trigger.kind,
        mode,
        source: source.map(actor),
        target: target_actor,
        participants: parties,
        location,
        date,
        status,
        quantities,
        evidence: vec![Evidence {
            start: sentence_span.start,
            end: sentence_span.end,
            sentence: s,
        }],
        rule: RuleId::new(format!("event/{}", trigger.id)),
        ordinal: None,
    };
    Some(Draft { event, ordinal })
}

/// The tokens that lie within bytes `start..end` (tokens are in text order
/// and do not overlap).
fn within<'a, 't>(tokens: &'a [Token<'t>], start: usize, end: usize) -> &'a [Token<'t>] {
    let from = tokens.partition_point(|t| t.span.start < start);
    let to = tokens.partition_point(|t| t.span.end <= end);
    &tokens[from..to.max(from)]
}

/// The temporal expression of the trigger: one in its clause that no other
/// trigger of the sentence is nearer to; a starting point ("since 2022") never.
fn pick_date(
    text: &str,
    times: &[&TimeExpr],
    clause: Span,
    trigger: Span,
    others: &[Span],
) -> Option<DateValue> {
    // A date after a verb and its object belongs to that verb, not to a
    // verb coordinated after it: "condemned the attack on Tuesday and
    // called on the RSF" dates the condemnation.
    let distance = |t: &TimeExpr, s: Span| {
        let d = t
            .span
            .start
            .abs_diff(s.start)
            .min(t.span.end.abs_diff(s.end));
        let coordinated = s.start >= t.span.end
            && text.get(t.span.end..s.start).is_some_and(|between| {
                between.contains(" and ") || between.contains(" but ") || between.contains(',')
            });
        if coordinated { d + 1000 } else { d }
    };
    times
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                TimeKind::Absolute | TimeKind::Relative | TimeKind::Vague
            )
        })
        .filter(|t| t.span.start >= clause.start && t.span.end <= clause.end)
        // Never lower-case the whole text: only ASCII letters lower-case to
        // "since".
        .filter(|t| {
            !t.value
                .text
                .get(..5)
                .is_some_and(|head| head.eq_ignore_ascii_case("since"))
        })
        .filter(|t| {
            others
                .iter()
                .all(|&o| distance(t, o) >= distance(t, trigger))
        })
        .min_by_key(|t| distance(t, trigger))
        .map(|t| t.value.clone())
}
