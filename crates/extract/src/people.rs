//! People found by pattern: title + name, appositives, speakers.
//!
//! Rules (ids in `PersonHit::rule`):
//! - `person/title`: `[modifier] ROLE [of X] Name` — "Kremlin spokesman Dmitry
//!   Peskov", "Turkish Foreign Minister Hakan Fidan", "head of the SBU Vasyl
//!   Malyuk", "acting Mayor Artem Kobzar";
//! - `person/appositive`: Name, a ROLE PHRASE, — "Vladimir Medinsky, a
//!   conservative historian and head of the Russian Union of Writers,";
//! - `person/speaker`: Name said / said Name;
//! - `person/credit`: journalists of credit lines and bylines — "(Editing by
//!   Ruth Calloway)", "By Olha Didenko in Kharkiv".
//!
//! A known person (gazetteer) keeps its canonical name; a misspelt first
//! name before a known surname ("Vasul Malyuk") is folded into it.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;
use storyline_lexicon::{Entry, Lexicon, Match, OrgKind};
use storyline_model::Span;

use crate::rules::{rules, words_at};
use crate::text::Structure;
use crate::tokens::{Kind, Token};

/// A person recognised by pattern.
#[derive(Debug, Clone)]
pub struct PersonHit {
    /// Canonical name.
    pub name: String,
    /// Where the name is written.
    pub name_span: Span,
    /// Role as the text gives it.
    pub role: Option<String>,
    /// Side (country or organisation code) as the text gives it.
    pub side: Option<String>,
    /// Rule id.
    pub rule: &'static str,
    /// Index of the gazetteer person, when the name is a known one.
    pub known: Option<usize>,
}

/// Capitalised words that never belong to a person's name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "On",
    "In",
    "At",
    "By",
    "For",
    "From",
    "With",
    "And",
    "But",
    "Or",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Mr.",
    "Mrs.",
    "Ms.",
    "President",
    "Minister",
    "Prime",
    "Foreign",
    "Defence",
    "Defense",
    "General",
    "Gen.",
    "Secretary",
    "However",
    "Meanwhile",
    "According",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "If",
    "As",
    "Some",
    "Many",
    "Both",
    "All",
    "No",
    "Not",
    "Ukrainian",
    "Russian",
    "American",
    "Israeli",
    "Palestinian",
    "Western",
    "European",
    "Officials",
    "Analysts",
    "Police",
    "Army",
    "Government",
    "Ministry",
    "State",
    "Security",
    "Council",
    "Union",
    "Forces",
    "Service",
    "News",
];

/// Words of an office between a country and a role.
const OFFICE_WORDS: &[&str] = &[
    "foreign",
    "ministry",
    "defence",
    "defense",
    "army",
    "military",
    "police",
    "government",
    "presidential",
    "interior",
    "health",
    "information",
    "navy",
    "air",
    "force",
    "coast",
    "guard",
    "security",
    "armed",
    "forces",
    "state",
    "media",
];

/// Last words that make a capitalised sequence an organisation, not a person.
const ORG_HEADS: &[&str] = &[
    "Committee",
    "Committees",
    "Command",
    "Guard",
    "Organization",
    "Organisation",
    "Council",
    "Forces",
    "Army",
    "Ministry",
    "Agency",
    "Front",
    "Movement",
    "Party",
    "Union",
    "Association",
    "Office",
    "Service",
    "Brigade",
    "Brigades",
    "Group",
    "Commission",
    "Authority",
    "Court",
    "Assembly",
    "Parliament",
    "Bank",
    "Fund",
    "Programme",
    "Program",
    "Mission",
    "Coalition",
    "Alliance",
    "Corps",
    "Police",
    "Navy",
    "Department",
    "Institute",
    "University",
    "Hospital",
    "Company",
];

/// Name particles that may sit inside a name in lower case.
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "abu", "de", "da", "van", "von", "der", "la", "le", "el", "du",
];

/// Speech verbs after which (or before which) a bare name is a speaker.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "wrote",
    "warned",
    "claimed",
    "insisted",
    "explained",
    "announced",
    "remarked",
    "argued",
];

/// Role modifiers that stay part of the role.
const ROLE_PREFIXES: &[&str] = &[
    "acting", "deputy", "former", "interim", "regional", "top", "senior", "chief", "outgoing",
    "incoming",
];

fn gaz_at(matches: &[Match], start: usize) -> Option<&Match> {
    let i = matches.partition_point(|m| m.start < start);
    matches.get(i).filter(|m| m.start == start)
}

fn gaz_ending_at(matches: &[Match], end: usize) -> Option<&Match> {
    let i = matches.partition_point(|m| m.end < end);
    matches.get(i).filter(|m| m.end == end)
}

/// The code an entry stands for as a side.
fn side_of(lex: &Lexicon, entry: &Entry) -> Option<String> {
    match entry {
        Entry::Country(i) | Entry::Demonym(i) | Entry::Metonym(i) => {
            Some(lex.countries()[*i].code.clone())
        }
        Entry::Org(i) => {
            let o = &lex.orgs()[*i];
            match o.kind {
                OrgKind::Igo | OrgKind::Nsa => Some(o.code.clone()),
                _ => o.side.clone(),
            }
        }
        Entry::Place(v) => v.first().map(|&p| lex.places()[p].country.clone()),
        Entry::Person(i) => lex.people()[*i].side.clone(),
    }
}

/// A name found at a token: where it is written, how many tokens it takes
/// and the gazetteer person it names, if any.
#[derive(Debug, Clone, Copy)]
struct Name {
    span: Span,
    used: usize,
    known: Option<usize>,
}

impl Name {
    /// The canonical name: the gazetteer's for a known person, else as written.
    fn text(&self, s: &Sentence<'_>) -> String {
        match self.known {
            Some(p) => s.lex.people()[p].name.clone(),
            None => s.text[self.span.start..self.span.end].to_string(),
        }
    }
}

/// [`NOT_NAMES`] as a set.
fn not_names() -> &'static HashSet<&'static str> {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| NOT_NAMES.iter().copied().collect());
    &SET
}

struct Sentence<'a> {
    paragraph: Span,
    text: &'a str,
    tokens: &'a [Token<'a>],
    matches: &'a [Match],
    lex: &'a Lexicon,
    /// Whether each token can be part of a name, worked out once per
    /// sentence as every pattern asks about every token.
    name_words: Vec<bool>,
    /// The longest role starting at each token: (words, category).
    roles: Vec<Option<(usize, &'static str)>>,
}

impl<'a> Sentence<'a> {
    fn new(
        paragraph: Span,
        text: &'a str,
        tokens: &'a [Token<'a>],
        matches: &'a [Match],
        lex: &'a Lexicon,
    ) -> Self {
        let name_words = tokens
            .iter()
            .map(|t| is_name_word(text, matches, t))
            .collect();
        let roles = (0..tokens.len()).map(|i| role_at(tokens, i)).collect();
        Sentence {
            paragraph,
            text,
            tokens,
            matches,
            lex,
            name_words,
            roles,
        }
    }

    /// Whether token `k` can be part of a name.
    fn is_name_word(&self, k: usize) -> bool {
        self.name_words.get(k).copied().unwrap_or(false)
    }

    /// A name starting at token `i`: a known person, or 2–4 capitalised words.
    fn name_at(&self, i: usize) -> Option<Name> {
        let first = self.tokens.get(i)?;
        if !first.is_capitalised(self.text) {
            return None;
        }
        if let Some(m) = gaz_at(self.matches, first.span.start) {
            if let Entry::Person(p) = m.entry {
                let used = self.tokens[i..]
                    .iter()
                    .take_while(|t| t.span.end <= m.end)
                    .count();
                return Some(Name {
                    span: Span::new(m.start, m.end),
                    used,
                    known: Some(p),
                });
            }
        }
        let mut j = i;
        let mut words = 0;
        while let Some(t) = self.tokens.get(j) {
            if self.is_name_word(j) {
                words += 1;
            } else if words > 0 && (PARTICLES.contains(&t.lower.as_ref()) || t.lower == "-") {
                // "al-Burhan", "bin Salman": the particle needs a name word after it.
                if !self
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| self.is_name_word(j + 1) || n.lower == "-")
                {
                    break;
                }
            } else {
                break;
            }
            // A known surname ends the name: "Vasul Malyuk" is Vasyl Malyuk.
            if let Some(m) = gaz_at(self.matches, t.span.start) {
                if let Entry::Person(p) = m.entry {
                    if words >= 1 && j > i {
                        return Some(Name {
                            span: Span::new(first.span.start, m.end),
                            used: j + 1 - i,
                            known: Some(p),
                        });
                    }
                }
            }
            j += 1;
            if words == 4 {
                break;
            }
        }
        let last_index = j.checked_sub(1)?;
        let last = self.tokens.get(last_index)?;
        let org_like = ORG_HEADS.contains(&last.text(self.text));
        (words >= 2 && self.is_name_word(last_index) && !org_like).then(|| Name {
            span: Span::new(first.span.start, last.span.end),
            used: j - i,
            known: None,
        })
    }

    /// The longest role starting at token `i`: (words, category).
    fn role_at(&self, i: usize) -> Option<(usize, &'static str)> {
        self.roles.get(i).copied().flatten()
    }
}

/// Whether a token can be part of a name.
fn is_name_word(text: &str, matches: &[Match], t: &Token) -> bool {
    t.kind == Kind::Word
        && t.is_capitalised(text)
        && !not_names().contains(t.text(text))
        && !t.lower.starts_with('\'')
        // First names are often also town names ("Artem"); countries,
        // demonyms and organisations never start a name.
        && gaz_at(matches, t.span.start).is_none_or(|m| matches!(m.entry, Entry::Person(_) | Entry::Place(_)))
}

/// The longest role starting at token `i`: (words, category).
fn role_at(tokens: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let t = tokens.get(i)?;
    let table = rules();
    if !table.role_words.may_contain(&t.lower) {
        return None;
    }
    let roles = table.roles.get(t.lower.as_ref())?;
    roles
        .iter()
        .find(|r| words_at(tokens, i, &r.words))
        .map(|r| (r.words.len(), r.category.as_str()))
}

/// Finds people by pattern in every prose sentence.
pub fn find(
    text: &str,
    structure: &Structure,
    tokens: &[Vec<Token>],
    lex: &Lexicon,
    matches: &[Match],
) -> Vec<PersonHit> {
    let mut out: Vec<PersonHit> = Vec::new();
    for (s, sentence) in structure.sentences.iter().enumerate() {
        if sentence.noise.is_some() {
            continue;
        }
        let paragraph = structure.paragraphs[sentence.paragraph].span;
        let sent = Sentence::new(paragraph, text, &tokens[s], matches, lex);
        title_pattern(&sent, &mut out);
        credit_pattern(&sent, &mut out);
        appositive_pattern(&sent, &mut out);
        speaker_pattern(&sent, &mut out);
    }
    out.sort_by_key(|h| h.name_span.start);
    out.dedup_by(|b, a| a.name_span == b.name_span);
    out
}

fn title_pattern(s: &Sentence<'_>, out: &mut Vec<PersonHit>) {
    let tokens = s.tokens;
    let mut i = 0;
    while i < tokens.len() {
        let Some((len, category)) = s.role_at(i) else {
            i += 1;
            continue;
        };
        let mut role_start = i;
        while role_start > 0 && ROLE_PREFIXES.contains(&tokens[role_start - 1].lower.as_ref()) {
            role_start -= 1;
        }
        let mut j = i + len;
        let mut side = None;
        // "head of the SBU Vasyl Malyuk", "mayor of Sumy Artem Kobzar".
        // "envoy for Sudan X" serves someone else: the place gives no side.
        if tokens
            .get(j)
            .is_some_and(|t| t.lower == "of" || t.lower == "for")
        {
            let of = tokens[j].lower == "of";
            let k = j + 1 + usize::from(tokens.get(j + 1).is_some_and(|t| t.lower == "the"));
            if let Some(m) = tokens.get(k).and_then(|t| gaz_at(s.matches, t.span.start)) {
                if of {
                    side = side_of(s.lex, &m.entry);
                }
                j = k + tokens[k..]
                    .iter()
                    .take_while(|t| t.span.end <= m.end)
                    .count();
                if tokens.get(j).is_some_and(|t| t.lower == ",") {
                    j += 1;
                }
            }
        }
        // Ranks after a role: "army spokesman Lt. Col. Patrice Lunda".
        while let Some((more, _)) = s.role_at(j) {
            j += more;
        }
        // "Iran's foreign ministry spokesman, Reza Bagheri, said": a name
        // set off by commas after its role.
        let set_off = tokens.get(j).is_some_and(|t| t.lower == ",")
            && s.name_at(j + 1).is_some_and(|f| {
                tokens
                    .get(j + 1 + f.used)
                    .is_some_and(|t| matches!(t.lower.as_ref(), "," | "."))
            });
        if set_off {
            j += 1;
        }
        let Some(found) = s.name_at(j) else {
            i += len;
            continue;
        };
        let (name_span, used) = (found.span, found.used);
        // Modifier before the role: "Kremlin spokesman", "Ukraine's President".
        let mut role_span_start = tokens[role_start].span.start;
        let mut modifier = None;
        let before = role_start.checked_sub(1).map(|b| &tokens[b]);
        let before = match before {
            Some(t) if t.lower == "'s" => role_start.checked_sub(2).map(|b| &tokens[b]),
            other => other,
        };
        // Office words between a country and the role: "Venezuelan foreign
        // ministry spokeswoman", "Sudanese army spokesman".
        let office = |t: &Token| OFFICE_WORDS.contains(&t.lower.as_ref());
        let mut k = role_start;
        while k > 0 && role_start - k < 4 && office(&tokens[k - 1]) {
            k -= 1;
        }
        // "Iran's foreign ministry spokesman": past the possessive too.
        let possessive = k >= 2 && tokens[k - 1].lower == "'s";
        let farther = (k < role_start)
            .then(|| {
                k.checked_sub(1 + usize::from(possessive))
                    .map(|b| &tokens[b])
            })
            .flatten()
            .and_then(|t| gaz_ending_at(s.matches, t.span.end));
        if let Some(m) = before
            .and_then(|t| gaz_ending_at(s.matches, t.span.end))
            .or(farther)
        {
            modifier = side_of(s.lex, &m.entry);
            if matches!(m.entry, Entry::Metonym(_) | Entry::Org(_))
                && before.is_some_and(|t| t.lower != "'s")
                && tokens[role_start].span.start - m.end <= 1
            {
                role_span_start = m.start;
            }
        }
        let role_end = tokens[j.saturating_sub(1).max(i + len - 1)]
            .span
            .end
            .min(name_span.start);
        let role_text = s.text[role_span_start..role_end]
            .trim_end_matches([',', ' '])
            .to_string();
        let side = modifier.or(side).or_else(|| {
            (category == "local")
                .then(|| nearest_place_country(s, name_span))
                .flatten()
        });
        out.push(PersonHit {
            name: found.text(s),
            name_span,
            role: Some(role_text),
            side,
            rule: "person/title",
            known: found.known,
        });
        i = j + used;
    }
}

/// The country of the place named nearest to a local official's name in its paragraph.
fn nearest_place_country(s: &Sentence<'_>, name: Span) -> Option<String> {
    let (start, end) = (s.paragraph.start, s.paragraph.end);
    s.matches
        .iter()
        .filter(|m| {
            m.start >= start && m.end <= end && (m.end <= name.start || m.start >= name.end)
        })
        .filter_map(|m| match &m.entry {
            Entry::Place(v) => v.first().map(|&p| {
                (
                    m.start.abs_diff(name.start),
                    s.lex.places()[p].country.clone(),
                )
            }),
            _ => None,
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, country)| country)
}

/// Credit words before "by" and the role they give: "(Reporting by …;
/// Editing by …)".
const CREDITS: &[(&str, &str)] = &[
    ("reporting", "reporter"),
    ("reported", "reporter"),
    ("writing", "writer"),
    ("written", "writer"),
    ("editing", "editor"),
    ("edited", "editor"),
    ("compiled", "writer"),
];

/// `person/credit`: the journalists of a credit line or byline — "Editing by
/// Ruth Calloway", "By Olha Didenko in Kharkiv and Mark Ellison". They get a
/// role and no side.
fn credit_pattern(s: &Sentence<'_>, out: &mut Vec<PersonHit>) {
    let tokens = s.tokens;
    // A byline is a short line that opens with "By".
    let byline = tokens.len() <= 16
        && tokens
            .first()
            .is_some_and(|t| t.lower == "by" && t.is_capitalised(s.text));
    for i in 0..tokens.len() {
        let role = if i == 0 && byline {
            Some("reporter")
        } else if tokens[i].lower == "by" && i > 0 {
            CREDITS
                .iter()
                .find(|(w, _)| tokens[i - 1].lower == *w)
                .map(|(_, role)| *role)
        } else if tokens[i].lower == "and" && byline {
            Some("reporter")
        } else {
            None
        };
        let Some(role) = role else {
            continue;
        };
        let Some(found) = s.name_at(i + 1) else {
            continue;
        };
        // "Reporting by Meridian's Sudan desk" names no one.
        if found.used < 2 && found.known.is_none()
            || tokens
                .get(i + 1 + found.used)
                .is_some_and(|t| t.lower == "'s")
        {
            continue;
        }
        out.push(PersonHit {
            name: found.text(s),
            name_span: found.span,
            role: Some(role.to_string()),
            side: None,
            rule: "person/credit",
            known: found.known,
        });
    }
}

fn appositive_pattern(s: &Sentence<'_>, out: &mut Vec<PersonHit>) {
    let tokens = s.tokens;
    for i in 0..tokens.len() {
        if i > 0 && s.is_name_word(i - 1) {
            continue;
        }
        let Some(found) = s.name_at(i) else {
            continue;
        };
        let comma = i + found.used;
        if tokens.get(comma).is_none_or(|t| t.lower != ",") {
            continue;
        }
        let mut k = comma + 1;
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_ref(), "a" | "an" | "the"))
        {
            k += 1;
        }
        let phrase_end = tokens[k..]
            .iter()
            .position(|t| {
                matches!(
                    t.lower.as_ref(),
                    "," | "." | ";" | "who" | "whom" | "which" | "said" | "told"
                )
            })
            .map_or(tokens.len(), |p| k + p);
        if phrase_end <= k || phrase_end - k > 14 {
            continue;
        }
        if !(k..phrase_end).any(|r| s.role_at(r).is_some()) {
            continue;
        }
        let role_span = Span::new(tokens[k].span.start, tokens[phrase_end - 1].span.end);
        let side = s
            .matches
            .iter()
            .filter(|m| m.start >= role_span.start && m.end <= role_span.end)
            .find_map(|m| side_of(s.lex, &m.entry));
        let role = s.text[role_span.start..role_span.end].to_string();
        out.push(PersonHit {
            name: found.text(s),
            name_span: found.span,
            role: Some(role),
            side,
            rule: "person/appositive",
            known: found.known,
        });
    }
}

fn speaker_pattern(s: &Sentence<'_>, out: &mut Vec<PersonHit>) {
    let tokens = s.tokens;
    for i in 0..tokens.len() {
        if i > 0 && (s.is_name_word(i - 1) || s.role_at(i - 1).is_some()) {
            continue;
        }
        let Some(found) = s.name_at(i) else {
            continue;
        };
        let after = tokens
            .get(i + found.used)
            .is_some_and(|t| SPEECH.contains(&t.lower.as_ref()));
        let before = i > 0 && SPEECH.contains(&tokens[i - 1].lower.as_ref());
        if after || before {
            out.push(PersonHit {
                name: found.text(s),
                name_span: found.span,
                role: None,
                side: None,
                rule: "person/speaker",
                known: found.known,
            });
        }
    }
}
