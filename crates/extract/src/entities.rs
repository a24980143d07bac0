//! Entities: countries, organisations, places and people, with every mention.
//!
//! Gazetteer matches (from `storyline-lexicon`) give countries, demonyms,
//! government metonyms, organisations, known people and places. Unknown
//! people come from patterns (see `people.rs`). Later surname-only mentions
//! are linked to the full name. The result also lists *actor mentions*:
//! every span that can fill an event's source, target or place.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use storyline_lexicon::{Entry, Lexicon, OrgKind};
use storyline_model::{Entity, EntityKind, Mention, RuleId, Span};

use crate::people::{self, PersonHit};
use crate::text::Structure;
use crate::tokens::Token;

/// How a mention names an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    /// A country by name ("Ukraine").
    Country,
    /// A demonym ("Russian").
    Demonym,
    /// A seat of government standing for it ("the Kremlin", "Kyiv").
    Metonym,
    /// An organisation.
    Org,
    /// A city, region or other place.
    Place,
    /// A person.
    Person,
}

/// A span that can fill an event role.
#[derive(Debug, Clone)]
pub struct ActorMention {
    /// Where it is written.
    pub span: Span,
    /// How it names the actor.
    pub kind: ActorKind,
    /// Index into [`Entities::list`].
    pub entity: usize,
    /// Actor code: ISO alpha-3, `IGO:..`, `NSA:..`; a person's side; a place's country.
    pub code: Option<String>,
    /// Canonical display name.
    pub name: String,
}

/// Entities of one article and the actor mentions events draw on.
#[derive(Debug, Default)]
pub struct Entities {
    /// Entities in order of first mention.
    pub list: Vec<Entity>,
    /// Actor mentions in text order.
    pub mentions: Vec<ActorMention>,
    index: HashMap<(EntityKind, String, Option<String>), usize>,
}

impl Entities {
    fn add(
        &mut self,
        template: Entity,
        span: Span,
        rule: &str,
        kind: ActorKind,
        code: Option<String>,
    ) -> usize {
        // A person is one entity whatever side each mention gives; other
        // kinds are split by code (two places of one name in two countries).
        let split_by = if template.kind == EntityKind::Person {
            None
        } else {
            template.code.clone()
        };
        let key = (template.kind, template.name.clone(), split_by);
        let entity = *self.index.entry(key).or_insert_with(|| {
            self.list.push(Entity {
                mentions: Vec::new(),
                ..template.clone()
            });
            self.list.len() - 1
        });
        let e = &mut self.list[entity];
        if e.role.is_none() {
            e.role = template.role;
        }
        if e.code.is_none() {
            e.code = template.code;
        }
        if !e
            .mentions
            .iter()
            .any(|m| m.start == span.start && m.end == span.end)
        {
            e.mentions.push(Mention {
                start: span.start,
                end: span.end,
                rule: Some(RuleId::new(rule)),
            });
        }
        let name = e.name.clone();
        self.mentions.push(ActorMention {
            span,
            kind,
            entity,
            code,
            name,
        });
        entity
    }

    /// Actor mentions inside `span`, in text order.
    pub fn within(&self, span: Span) -> impl Iterator<Item = &ActorMention> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.span.end <= span.end)
    }
}

fn entity(kind: EntityKind, name: &str, code: Option<String>) -> Entity {
    Entity {
        kind,
        name: name.to_string(),
        code,
        role: None,
        lat: None,
        lon: None,
        mentions: Vec::new(),
    }
}

/// Words that precede a place in prose, making a small town's name safe to read as a place.
const LOCATIVE: &[&str] = &[
    "in", "near", "on", "at", "outside", "from", "to", "of", "towards", "toward", "around", "into",
    "over",
];

/// Finds every entity of the article.
pub fn recognise(
    text: &str,
    structure: &Structure,
    tokens: &[Vec<Token>],
    lex: &Lexicon,
) -> Entities {
    let mut out = Entities::default();
    let prose = |span: Span| {
        structure
            .sentence_at(span.start)
            .is_some_and(|i| structure.sentences[i].noise.is_none())
    };
    let matches = lex.find(text);
    let person_hits = people::find(text, structure, tokens, lex, &matches);
    let covered_by_person = |span: Span| {
        person_hits
            .iter()
            .any(|p| p.name_span.start <= span.start && span.end <= p.name_span.end)
    };

    let article_countries: Vec<&str> = matches
        .iter()
        .filter_map(|m| match &m.entry {
            Entry::Country(i) | Entry::Demonym(i) | Entry::Metonym(i) => {
                Some(lex.countries()[*i].code.as_str())
            }
            _ => None,
        })
        .collect();

    let mut last_place_end: Option<usize> = None;
    for m in &matches {
        let span = Span::new(m.start, m.end);
        if !prose(span) || covered_by_person(span) {
            continue;
        }
        match &m.entry {
            Entry::Country(i) | Entry::Demonym(i) | Entry::Metonym(i) => {
                let c = &lex.countries()[*i];
                let (kind, rule) = match &m.entry {
                    Entry::Country(_) => (ActorKind::Country, "gazetteer/country"),
                    Entry::Demonym(_) => (ActorKind::Demonym, "gazetteer/demonym"),
                    _ => (ActorKind::Metonym, "gazetteer/metonym"),
                };
                let mut e = entity(EntityKind::Country, &c.name, Some(c.code.clone()));
                e.lat = c.lat;
                e.lon = c.lon;
                out.add(e, span, rule, kind, Some(c.code.clone()));
                if kind == ActorKind::Metonym {
                    // A capital named as government is still a place on the map.
                    let named = &text[span.start..span.end];
                    if let Some(&p) = lex
                        .places_named(named)
                        .iter()
                        .find(|&&p| lex.places()[p].country == c.code)
                    {
                        add_place(&mut out, lex, p, span, "gazetteer/capital");
                    }
                }
            }
            Entry::Org(i) => {
                let o = &lex.orgs()[*i];
                let acting_code = match o.kind {
                    OrgKind::Igo | OrgKind::Nsa | OrgKind::Media => Some(o.code.clone()),
                    _ => o.side.clone().or_else(|| Some(o.code.clone())),
                };
                out.add(
                    entity(EntityKind::Org, &o.name, Some(o.code.clone())),
                    span,
                    "gazetteer/org",
                    ActorKind::Org,
                    acting_code,
                );
            }
            Entry::Place(candidates) => {
                // "in the towns of Tibu, Teorama and El Tarra": a place
                // listed right after a located one is located too.
                let listed = last_place_end.is_some_and(|end| {
                    text.get(end..span.start).is_some_and(|between| {
                        matches!(between.trim(), "," | "and" | ", and" | "or" | ", or")
                    })
                });
                if let Some(p) =
                    choose_place(text, span, candidates, lex, &article_countries, listed)
                {
                    add_place(&mut out, lex, p, span, "gazetteer/place");
                    last_place_end = Some(span.end);
                }
            }
            Entry::Person(i) => {
                let p = &lex.people()[*i];
                let mut e = entity(EntityKind::Person, &p.name, p.side.clone());
                e.role = p.role.as_deref().map(data_role);
                out.add(
                    e,
                    span,
                    "gazetteer/person",
                    ActorKind::Person,
                    p.side.clone(),
                );
            }
        }
    }
    for hit in &person_hits {
        add_person(&mut out, hit, lex);
    }
    link_surnames(text, tokens, &mut out, structure);
    national_forces(text, tokens, &mut out, structure, lex);
    national_bodies(text, tokens, &mut out, structure, lex);
    // A person's mentions act for the side the article gives them anywhere.
    for m in &mut out.mentions {
        if m.kind == ActorKind::Person && m.code.is_none() {
            m.code = out.list[m.entity].code.clone();
        }
    }
    out.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    for e in &mut out.list {
        e.mentions.sort_by_key(|m| m.start);
    }
    out
}

/// A gazetteer role without its validity note: "President of the United
/// States (from January 2025)" → "President of the United States".
fn data_role(role: &str) -> String {
    match role.find(" (") {
        Some(i) => role[..i].to_string(),
        None => role.to_string(),
    }
}

fn add_place(out: &mut Entities, lex: &Lexicon, p: usize, span: Span, rule: &str) {
    let place = &lex.places()[p];
    let mut e = entity(EntityKind::Place, &place.name, Some(place.country.clone()));
    e.lat = Some(place.lat);
    e.lon = Some(place.lon);
    out.add(e, span, rule, ActorKind::Place, Some(place.country.clone()));
}

fn add_person(out: &mut Entities, hit: &PersonHit, lex: &Lexicon) {
    let known = hit.known.map(|k| &lex.people()[k]);
    let side = hit
        .side
        .clone()
        .or_else(|| known.and_then(|p| p.side.clone()));
    let mut e = entity(EntityKind::Person, &hit.name, side.clone());
    e.role = hit
        .role
        .clone()
        .or_else(|| known.and_then(|p| p.role.clone()));
    // Text beats data: a role or side read here replaces the gazetteer's.
    let entity = out.add(e, hit.name_span, hit.rule, ActorKind::Person, side);
    let e = &mut out.list[entity];
    if hit.role.is_some() {
        e.role = hit.role.clone();
    }
    if hit.side.is_some() {
        e.code = hit.side.clone();
    }
}

/// The most plausible place of that name, or none when the name is more
/// likely a common word or a small unrelated town.
fn choose_place(
    text: &str,
    span: Span,
    candidates: &[usize],
    lex: &Lexicon,
    article_countries: &[&str],
    listed: bool,
) -> Option<usize> {
    let best = candidates.iter().copied().max_by_key(|&p| {
        (
            article_countries.contains(&lex.places()[p].country.as_str()),
            lex.places()[p].population,
        )
    })?;
    let place = &lex.places()[best];
    let before = text[..span.start].trim_end();
    let prev_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // Only the next word matters: never lower-case the rest of the article.
    let after: String = text[span.end..]
        .trim_start()
        .chars()
        .take(12)
        .collect::<String>()
        .to_lowercase();
    let headed = [
        "city",
        "region",
        "oblast",
        "province",
        "district",
        "town",
        "village",
        "governorate",
        "state",
    ]
    .iter()
    .any(|w| after.starts_with(w));
    let located = listed || LOCATIVE.contains(&prev_word.as_str()) || headed;
    let big =
        place.population >= 100_000 || !matches!(place.kind, storyline_lexicon::PlaceKind::City);
    let known_country = article_countries.contains(&place.country.as_str());
    // "the Abu Shouk camp": a small town of another country whose name runs
    // on into an unknown capitalised word is the start of a longer name.
    let runs_on = text[span.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase)
        && !headed;
    if runs_on && !big && !known_country {
        return None;
    }
    // A village (GeoNames cities500) needs both: "in Teorama" in an article
    // that names Colombia. Its name alone is as often a person's or a word.
    let tiny = !big && place.population < 5_000;
    (big || (located && (known_country || !tiny)) || (known_country && place.population >= 15_000))
        .then_some(best)
}

/// Unnamed state actors: "the army", "government forces", "the authorities".
const NATIONAL_FORCES: &[&[&str]] = &[
    &["the", "army"],
    &["the", "military"],
    &["the", "government"],
    &["the", "authorities"],
    &["the", "junta"],
    &["the", "armed", "forces"],
    &["the", "police"],
    &["government", "forces"],
    &["government", "troops"],
    &["security", "forces"],
    &["army", "troops"],
];

/// The words [`NATIONAL_FORCES`] start with.
fn national_forces_first() -> &'static [&'static str] {
    static FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut words: Vec<&str> = NATIONAL_FORCES
            .iter()
            .filter_map(|p| p.first().copied())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    &FIRST
}

/// Role words of national offices (armed forces, government, local office).
const NATIONAL_ROLES: &[&str] = &[
    "army",
    "military",
    "police",
    "government",
    "ministry",
    "defence",
    "defense",
    "armed forces",
    "governor",
    "mayor",
    "regional",
    "lt.",
    "col.",
    "gen.",
    "capt.",
    "maj.",
    "brig.",
    "commander",
    "general",
    "colonel",
    "captain",
    "major",
];

/// In an article about one country (its country mentions at least half
/// again those of any other), an unnamed "the army" or "security forces"
/// acts for that country. With two sides of similar weight nothing is
/// guessed.
fn national_forces(
    text: &str,
    tokens: &[Vec<Token>],
    out: &mut Entities,
    structure: &Structure,
    lex: &Lexicon,
) {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
    for m in &out.mentions {
        if matches!(
            m.kind,
            ActorKind::Country | ActorKind::Demonym | ActorKind::Metonym
        ) {
            if let Some(code) = m.code.as_deref() {
                counts.entry(code).or_insert((0, m.entity)).0 += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    let Some(&(code, (top, entity))) = ranked.first() else {
        return;
    };
    let second = ranked.get(1).map_or(0, |r| r.1.0);
    // "Sudan's army ... the army accused": when the article names the
    // armed forces of exactly one country, a bare "the army" is theirs,
    // whichever country is named most ("U.S. mediators", "Washington").
    let mut armies: Vec<&str> = out
        .list
        .iter()
        .filter(|e| e.kind == EntityKind::Org)
        .filter_map(|e| {
            let code = e.code.as_deref()?;
            lex.orgs()
                .iter()
                .find(|o| o.code == code && o.kind == OrgKind::Military)
                .and_then(|o| o.side.as_deref())
        })
        .collect();
    // "Chad's army", "the Malian military": a country or demonym right
    // before the word.
    for m in &out.mentions {
        let after = text.get(m.span.end..).unwrap_or("");
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .unwrap_or(after);
        let names_army = [" army", " military", " armed forces"].iter().any(|w| {
            after
                .get(..w.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(w))
        });
        if names_army && matches!(m.kind, ActorKind::Country | ActorKind::Demonym) {
            armies.extend(m.code.as_deref());
        }
    }
    armies.sort_unstable();
    armies.dedup();
    let army = match armies.as_slice() {
        [one] => ranked.iter().find(|r| r.0 == *one).map(|r| (r.0, r.1.1)),
        _ => None,
    };
    let (code, entity) = match army {
        Some(found) => found,
        None if top < 2 || top * 2 < second * 3 => return,
        None => (code, entity),
    };
    let (code, name) = (code.to_string(), out.list[entity].name.clone());
    // People in a national office the text does not tie to a country ("army
    // spokesman Brig. Gen. Nabil Abdallah") serve the same country.
    for e in &mut out.list {
        let national = e.role.as_deref().is_some_and(|r| {
            let r = r.to_lowercase();
            NATIONAL_ROLES.iter().any(|w| r.contains(w))
        });
        if e.kind == EntityKind::Person && e.code.is_none() && national {
            e.code = Some(code.clone());
        }
    }
    let mut found = Vec::new();
    for (s, sentence_tokens) in tokens.iter().enumerate() {
        if structure.sentences[s].noise.is_some() {
            continue;
        }
        for k in 0..sentence_tokens.len() {
            if !national_forces_first().contains(&sentence_tokens[k].lower.as_ref()) {
                continue;
            }
            let Some(phrase) = NATIONAL_FORCES.iter().find(|p| {
                p.iter()
                    .enumerate()
                    .all(|(n, w)| sentence_tokens.get(k + n).is_some_and(|t| t.lower == *w))
            }) else {
                continue;
            };
            let span = Span::new(
                sentence_tokens[k].span.start,
                sentence_tokens[k + phrase.len() - 1].span.end,
            );
            // "the Sudanese army" names its country already.
            let named = out
                .mentions
                .iter()
                .any(|m| m.span.start < span.end && m.span.end > span.start);
            if !named {
                found.push(span);
            }
        }
    }
    for span in found {
        out.mentions.push(ActorMention {
            span,
            kind: ActorKind::Country,
            entity,
            code: Some(code.clone()),
            name: name.clone(),
        });
    }
}

/// Bodies of a state named after their country: (words, code suffix,
/// name). "Iran's foreign ministry", "the Philippine Coast Guard", "the
/// U.S. State Department" are organisations of their country, coded
/// `IRN:MFA`, `PHL:COAST_GUARD`, `USA:MFA`.
const NATIONAL_BODIES: &[(&[&str], &str, &str)] = &[
    (&["foreign", "ministry"], "MFA", "foreign ministry"),
    (
        &["ministry", "of", "foreign", "affairs"],
        "MFA",
        "foreign ministry",
    ),
    (
        &["external", "affairs", "ministry"],
        "MFA",
        "foreign ministry",
    ),
    (&["foreign", "office"], "MFA", "foreign ministry"),
    (&["state", "department"], "MFA", "State Department"),
    (&["defence", "ministry"], "MOD", "defence ministry"),
    (&["defense", "ministry"], "MOD", "defence ministry"),
    (&["ministry", "of", "defence"], "MOD", "defence ministry"),
    (&["ministry", "of", "defense"], "MOD", "defence ministry"),
    (&["interior", "ministry"], "MOI", "interior ministry"),
    (&["health", "ministry"], "MOH", "health ministry"),
    (
        &["information", "ministry"],
        "MOINF",
        "information ministry",
    ),
    (&["justice", "ministry"], "MOJ", "justice ministry"),
    (&["armed", "forces"], "ARMED_FORCES", "armed forces"),
    (&["military"], "MILITARY", "military"),
    (&["army"], "ARMY", "army"),
    (&["navy"], "NAVY", "navy"),
    (&["air", "force"], "AIR_FORCE", "air force"),
    (&["coast", "guard"], "COAST_GUARD", "coast guard"),
    (&["general", "staff"], "GENERAL_STAFF", "general staff"),
    (&["embassy"], "EMBASSY", "embassy"),
    (&["presidency"], "PRESIDENCY", "presidency"),
    (&["spy", "agency"], "INTELLIGENCE", "intelligence agency"),
    (
        &["intelligence", "agency"],
        "INTELLIGENCE",
        "intelligence agency",
    ),
    (
        &["intelligence", "service"],
        "INTELLIGENCE",
        "intelligence agency",
    ),
    (&["state", "media"], "STATE_MEDIA", "state media"),
    (&["border", "guards"], "BORDER_GUARD", "border guard"),
    (&["border", "guard"], "BORDER_GUARD", "border guard"),
    (&["national", "guard"], "NATIONAL_GUARD", "national guard"),
    (&["police"], "POLICE", "police"),
];

/// Organisations of a state named by their country ("Iran's foreign
/// ministry", "the Lebanese army"): entities of their own (rule
/// `entity/national-body`), which keep acting for the country in events
/// through the country mention they contain.
fn national_bodies(
    text: &str,
    tokens: &[Vec<Token>],
    out: &mut Entities,
    structure: &Structure,
    lex: &Lexicon,
) {
    let mut found: Vec<(Span, String, String)> = Vec::new();
    for m in &out.mentions {
        if !matches!(m.kind, ActorKind::Country | ActorKind::Demonym) {
            continue;
        }
        let Some(code) = m.code.as_deref() else {
            continue;
        };
        let Some(s) = structure.sentence_at(m.span.start) else {
            continue;
        };
        let words = &tokens[s];
        let Some(mut k) = words.iter().position(|t| t.span.start >= m.span.end) else {
            continue;
        };
        if m.kind == ActorKind::Country && words[k].lower == "'s" {
            k += 1;
        }
        let Some((body, suffix, name)) = NATIONAL_BODIES.iter().find(|(body, _, _)| {
            body.iter()
                .enumerate()
                .all(|(n, w)| words.get(k + n).is_some_and(|t| t.lower == *w))
        }) else {
            continue;
        };
        let span = Span::new(m.span.start, words[k + body.len() - 1].span.end);
        // A named organisation of the gazetteer ("Israel Defense Forces") is
        // already itself.
        let known = out.list.iter().any(|e| {
            e.kind == EntityKind::Org
                && e.mentions
                    .iter()
                    .any(|x| x.start < span.end && span.start < x.end)
        });
        if known || text[span.start..span.end].contains('\n') {
            continue;
        }
        let country = lex
            .countries()
            .iter()
            .find(|c| c.code == code)
            .map_or(code.to_string(), |c| c.name.clone());
        let owner = if country.ends_with('s') {
            format!("{country}'")
        } else {
            format!("{country}'s")
        };
        found.push((span, format!("{code}:{suffix}"), format!("{owner} {name}")));
    }
    for (span, code, name) in found {
        let e = entity(EntityKind::Org, &name, Some(code.clone()));
        let key = (EntityKind::Org, name.clone(), Some(code));
        let index = *out.index.entry(key).or_insert_with(|| {
            out.list.push(e);
            out.list.len() - 1
        });
        let mentions = &mut out.list[index].mentions;
        if !mentions
            .iter()
            .any(|x| x.start == span.start && x.end == span.end)
        {
            mentions.push(Mention {
                start: span.start,
                end: span.end,
                rule: Some(RuleId::new("entity/national-body")),
            });
        }
    }
}

/// Adds mentions for later surname-only references to people named in full.
fn link_surnames(text: &str, tokens: &[Vec<Token>], out: &mut Entities, structure: &Structure) {
    let mut surnames: HashMap<String, usize> = HashMap::default();
    for (i, e) in out.list.iter().enumerate() {
        if e.kind == EntityKind::Person {
            if let Some(last) = e
                .name
                .split_whitespace()
                .last()
                .filter(|_| e.name.contains(' '))
            {
                surnames.entry(last.to_string()).or_insert(i);
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // The first bytes of the surnames: most tokens start with none of them
    // and need no lookup.
    let mut first_bytes = [false; 256];
    for surname in surnames.keys() {
        if let Some(&b) = surname.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    let taken: Vec<Span> = out.mentions.iter().map(|m| m.span).collect();
    let mut extra = Vec::new();
    for (s, sentence_tokens) in tokens.iter().enumerate() {
        if structure.sentences[s].noise.is_some() {
            continue;
        }
        for t in sentence_tokens {
            let word = t.text(text);
            if !word
                .as_bytes()
                .first()
                .is_some_and(|&b| first_bytes[usize::from(b)])
            {
                continue;
            }
            let Some(&entity) = surnames.get(word) else {
                continue;
            };
            if taken
                .iter()
                .any(|m| m.start <= t.span.start && t.span.end <= m.end)
            {
                continue;
            }
            extra.push((entity, t.span));
        }
    }
    for (entity, span) in extra {
        let e = &mut out.list[entity];
        e.mentions.push(Mention {
            start: span.start,
            end: span.end,
            rule: Some(RuleId::new("person/surname")),
        });
        let (code, name) = (e.code.clone(), e.name.clone());
        out.mentions.push(ActorMention {
            span,
            kind: ActorKind::Person,
            entity,
            code,
            name,
        });
    }
}
