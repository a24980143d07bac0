//! Attaching a count to what it counts.
//!
//! In order of strength:
//!
//! 1. An exchange ("84 for 84", "84 prisoners each") counts prisoners.
//! 2. The noun phrase after the number ("472 drones", "five apartment
//!    buildings", "dozens of civilians", "six of the missiles").
//! 3. For people (or no noun): an event participle after it ("20 people
//!    were injured", "two children were among the dead"), else an event verb
//!    just before it ("killing at least 12"), else a toll ("the death toll
//!    rose to 14"), else the verb of the list it continues ("killed 12
//!    civilians and three soldiers"), else "including" after an event figure.
//!    For things only "intercepted" overrides the noun ("shot down 104
//!    drones").
//! 4. The noun's own kind ("13 people" → people), or "count" for another
//!    plural noun. A bare number counts nothing and is dropped.
//!
//! A bare "a"/"an" counts one only with an event cue ("a child was killed")
//! or as the next item of a list of things ("... and a shopping centre").

use super::lex::{Cx, T};
use super::number::starts_number;
use super::phrase::{Phrase, Unit, phrase_at};
use super::vocab::{Class, Hit, Pattern, VOCAB, Vocab};
use super::words::{AUX, EXCHANGE, LINK, OBJECT, PARTITIVE, is_stop, looks_plural};

/// The figure attached just before, for lists and "including".
#[derive(Debug, Clone, Copy)]
pub(super) struct Last {
    /// One past its last token.
    pub end: usize,
    /// The event its verb named ("killed" in "killed 12 civilians"), passed
    /// down the list.
    pub verb_cue: Option<usize>,
    /// Its kind, when it is a count.
    pub kind: Option<usize>,
}

/// What a count was attached to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Attached {
    /// The kind name.
    pub kind: &'static str,
    /// The rule id.
    pub rule: &'static str,
    /// One past the last token of the figure phrase.
    pub end: usize,
    /// What the next list item inherits.
    pub last: Last,
}

/// The noun phrase after a number.
#[derive(Debug, Default)]
struct Np {
    /// A vocabulary noun heading it.
    head: Option<Hit>,
    /// Another plural noun heading it ("settlements").
    plural: bool,
    /// "of the", "of them": a partitive.
    partitive: bool,
    /// One past what was read (the number's end when nothing was).
    end: usize,
}

/// How the tokens between the last figure and this one relate them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sep {
    List,
    Including,
    Other,
}

fn separation(cx: &Cx, from: usize, to: usize) -> Sep {
    if to <= from || to - from > 3 {
        return Sep::Other;
    }
    let parts: Vec<&str> = (from..to)
        .map(|k| {
            cx.word(k)
                .unwrap_or_else(|| if cx.punct(k) == Some(',') { "," } else { "?" })
        })
        .collect();
    match parts.as_slice() {
        [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"] => Sep::List,
        ["including"] | [",", "including"] | ["among", "them"] | [",", "among", "them"] => {
            Sep::Including
        }
        _ => Sep::Other,
    }
}

/// Reads the noun phrase starting at `i`.
fn walk_np(cx: &Cx, v: &Vocab, i: usize, vague: bool) -> Np {
    let mut np = Np {
        end: i,
        ..Np::default()
    };
    let mut j = i;
    if cx.is(j, "of") {
        if vague {
            j += 1;
            if cx.is_in(j, &["the", "their", "its"]) {
                j += 1;
            }
        } else if cx.is_in(j + 1, PARTITIVE) {
            np.partitive = true;
            j += 2;
            np.end = j;
            if cx.is_in(j - 1, &["them", "those", "these", "which", "whom"]) {
                return np;
            }
        } else {
            return np;
        }
    }
    let mut mods = 0;
    while j < cx.len() && mods <= 4 {
        let in_compound = (cx.is_dash(j + 1) && cx.glued(j + 1))
            || (cx.is_dash(j.wrapping_sub(1)) && cx.glued(j));
        match cx.toks[j].t {
            T::Punct if cx.is_dash(j) && cx.glued(j) && cx.glued(j + 1) => {
                j += 1;
                continue;
            }
            T::Num if in_compound => {
                j += 1;
                continue;
            }
            T::Word => {}
            _ => break,
        }
        if let Some(hit) = v.match_at(cx, j).filter(|_| !in_compound) {
            let next_counts = v
                .match_at(cx, hit.end)
                .is_some_and(|h| v.class(h.kind) != Class::Event)
                || cx.word(hit.end).is_some_and(looks_plural);
            if hit.plural || !next_counts || v.class(hit.kind) == Class::Event {
                np.head = Some(hit);
                np.end = hit.end;
                return np;
            }
            j += 1;
            mods += 1;
            continue;
        }
        let Some(w) = cx.word(j) else { break };
        if (w == "and" || w == "or") && mods > 0 {
            let next = j + 1;
            let fine = cx
                .word(next)
                .is_some_and(|n| !starts_number(n) && !is_stop(n))
                && v.match_at(cx, next)
                    .is_none_or(|h| v.class(h.kind) != Class::Event);
            if fine {
                j += 1;
                continue;
            }
            break;
        }
        if is_stop(w) || (starts_number(w) && !in_compound) {
            break;
        }
        if looks_plural(w) && !in_compound {
            np.plural = true;
            np.end = j + 1;
            return np;
        }
        mods += 1;
        j += 1;
    }
    np
}

/// An event (or person-state) cue after the noun: aux words, then a cue.
/// A cue right after the noun and followed by an object is an active verb
/// ("12 gunmen killed three people"): the noun did it, it is no cue.
fn after_cue(cx: &Cx, v: &Vocab, start: usize, accept: impl Fn(usize) -> bool) -> Option<usize> {
    for j in start..start + 7 {
        if let Some(hit) = v.match_at(cx, j) {
            let object = (cx.is_num(hit.end)
                || cx
                    .word(hit.end)
                    .is_some_and(|w| starts_number(w) || OBJECT.contains(&w)))
                && v.kinds[hit.kind].name != "displaced";
            return (accept(hit.kind) && !(j == start && object)).then_some(hit.kind);
        }
        if !cx.is_in(j, AUX) {
            return None;
        }
    }
    None
}

/// The cue after a coordinated count: "3 soldiers *and 12 militants were
/// killed*".
fn coordinated(cx: &Cx, v: &Vocab, end: usize, accept: &impl Fn(usize) -> bool) -> Option<usize> {
    if !cx.is(end, "and") {
        return None;
    }
    let next = phrase_at(cx, end + 1).filter(|p| p.unit == Unit::Count && !p.article)?;
    let np = walk_np(cx, v, next.end, next.vague);
    let generic = np.head.is_none_or(|h| v.class(h.kind) == Class::Generic);
    if !generic || (np.head.is_none() && !np.plural) {
        return None;
    }
    after_cue(cx, v, np.end, accept)
}

/// An event verb just before the phrase ("killing", "shot down").
fn before_cue(cx: &Cx, v: &Vocab, start: usize) -> Option<usize> {
    let mut j = start;
    if j >= 3 && cx.is(j - 3, "a") && cx.is(j - 2, "total") && cx.is(j - 1, "of") {
        j -= 3;
    } else if cx.prev_in(j, &["another", "further", "all"]) {
        j -= 1;
    }
    v.match_ending_at(cx, j).map(|h| h.kind)
}

/// "the death toll rose to 14", "deaths reached 30": a link word before the
/// number and an event word a few words back in the same clause.
fn toll(cx: &Cx, v: &Vocab, start: usize) -> Option<usize> {
    let p = start.checked_sub(1)?;
    if !cx.is_in(p, LINK) {
        return None;
    }
    for j in (p.saturating_sub(10)..p).rev() {
        match cx.toks[j].t {
            T::Num if j > 0 && cx.is(j - 1, "from") => {}
            T::Num => return None,
            T::Punct if !matches!(cx.punct(j), Some('\'' | '’' | '-')) => return None,
            _ => {}
        }
        if let Some(hit) = v.match_at(cx, j)
            && v.class(hit.kind) == Class::Event
        {
            return Some(hit.kind);
        }
    }
    None
}

/// Attaches the count `p` to what it counts, or `None` when it counts
/// nothing recognisable.
pub(super) fn attach(cx: &Cx, p: &Phrase, last: Option<&Last>) -> Option<Attached> {
    let v: &'static Vocab = &VOCAB;
    let done = |kind: usize, pattern: Pattern, end: usize, verb_cue: Option<usize>| Attached {
        kind: &v.kinds[kind].name,
        rule: v.rule(kind, pattern),
        end,
        last: Last {
            end,
            verb_cue,
            kind: Some(kind),
        },
    };
    if p.exchange {
        return v
            .kind_named("prisoners")
            .map(|k| done(k, Pattern::Exchange, p.end, None));
    }
    let np = walk_np(cx, v, p.end, p.vague);
    let class = np.head.map(|h| v.class(h.kind));
    if class == Some(Class::Unit) || (p.year_like && np.head.is_none()) {
        return None;
    }
    if p.article && (np.head.is_none() || class == Some(Class::Event)) {
        return None;
    }
    let sep = last.map_or(Sep::Other, |l| separation(cx, l.end, p.start));
    let inherited = if sep == Sep::List {
        last.and_then(|l| l.verb_cue)
    } else {
        None
    };
    let end = np.end.max(p.end);
    let exchange_cue = || EXCHANGE.iter().any(|w| cx.lower().contains(w));
    if cx.is(end, "each")
        && !p.article
        && matches!(class, None | Some(Class::Generic | Class::Person))
        && exchange_cue()
    {
        return v
            .kind_named("prisoners")
            .map(|k| done(k, Pattern::Exchange, end + 1, None));
    }
    match (np.head, class) {
        (Some(h), Some(Class::Event)) => {
            let pattern = if h.plural {
                Pattern::Noun
            } else {
                Pattern::Passive
            };
            Some(done(h.kind, pattern, end, None))
        }
        (Some(h), Some(Class::Thing)) => {
            let icept = v.kind_named("intercepted");
            let is_i = |k: &usize| Some(*k) == icept;
            if let Some(k) = after_cue(cx, v, end, |k| Some(k) == icept) {
                return Some(done(k, Pattern::Passive, end, None));
            }
            if let Some(k) = before_cue(cx, v, p.start)
                .filter(is_i)
                .or(inherited.filter(is_i))
            {
                return Some(done(k, Pattern::Verb, end, Some(k)));
            }
            if p.article {
                let thing_before = last
                    .and_then(|l| l.kind)
                    .is_some_and(|k| v.class(k) == Class::Thing);
                return (sep == Sep::List && thing_before)
                    .then(|| done(h.kind, Pattern::List, end, None));
            }
            let pattern = if np.partitive {
                Pattern::Partitive
            } else {
                Pattern::Noun
            };
            Some(done(h.kind, pattern, end, None))
        }
        (head, class) => {
            let generic = class != Some(Class::Person);
            let accept = |k: usize| match v.class(k) {
                Class::Event => true,
                Class::Person => generic,
                _ => false,
            };
            if let Some(k) =
                after_cue(cx, v, end, accept).or_else(|| coordinated(cx, v, end, &accept))
            {
                return Some(done(k, Pattern::Passive, end, None));
            }
            if let Some(k) = before_cue(cx, v, p.start).filter(|&k| accept(k)) {
                return Some(done(k, Pattern::Verb, end, Some(k)));
            }
            if generic
                && !np.plural
                && let Some(k) = toll(cx, v, p.start)
            {
                return Some(done(k, Pattern::Toll, end, None));
            }
            if let Some(k) = inherited.filter(|&k| accept(k)) {
                return Some(done(k, Pattern::Verb, end, Some(k)));
            }
            if p.article {
                return None;
            }
            let including = sep == Sep::Including
                || cx.prev_in(p.start, &["including"])
                || (p.start >= 2 && cx.is(p.start - 2, "among") && cx.is(p.start - 1, "them"));
            if including
                && generic
                && !np.plural
                && let Some(k) = last
                    .and_then(|l| l.kind)
                    .filter(|&k| v.class(k) == Class::Event)
            {
                return Some(done(k, Pattern::Including, end, None));
            }
            if np.partitive && head.is_none() {
                return None;
            }
            if let Some(h) = head {
                let pattern = if np.partitive {
                    Pattern::Partitive
                } else {
                    Pattern::Noun
                };
                return Some(done(h.kind, pattern, end, None));
            }
            np.plural.then_some(Attached {
                kind: "count",
                rule: "figure/count",
                end,
                last: Last {
                    end,
                    verb_cue: None,
                    kind: None,
                },
            })
        }
    }
}
