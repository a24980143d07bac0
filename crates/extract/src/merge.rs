//! Event drafts: merging mentions of one happening within an article, and
//! the small tables that finish an event (figure kinds per type, modes,
//! ordinals of rounds).

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;
use storyline_model::{Event, EventStatus, PloverType};

use crate::rules::PhraseRows;
use crate::tokens::Token;

/// An event being assembled, with what merging needs beyond the event.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The event so far.
    pub event: Event,
    /// "second round" → 2: rounds with different ordinals are different events.
    pub ordinal: Option<u32>,
}

impl Draft {
    /// Whether the draft says enough to be shown: some actor or place, and
    /// for events that did not simply happen, some actor.
    pub fn worth_keeping(&self) -> bool {
        let e = &self.event;
        let actors = e.source.is_some() || e.target.is_some() || !e.participants.is_empty();
        let anchored = actors || e.location.is_some();
        match e.status {
            EventStatus::Reported | EventStatus::Scheduled => {
                anchored || e.kind == PloverType::Protest
            }
            _ => actors,
        }
    }

    /// The finished event.
    pub fn finish(self) -> Event {
        Event {
            ordinal: self.ordinal,
            ..self.event
        }
    }
}

fn same_or_missing<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
    a.is_none() || b.is_none() || a == b
}

fn normalised_date_text(text: &str) -> String {
    text.to_lowercase()
        .trim_start_matches("on ")
        .trim()
        .to_string()
}

/// Whether two place names are one place: the same, or a city and the
/// region named after it ("Belgorod" and "Belgorod Oblast", "Sagaing" and
/// "Sagaing Region").
fn same_place(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || long
            .strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether a draft names nothing of its own: "the talks", "the meeting".
fn bare(d: &Draft) -> bool {
    let e = &d.event;
    e.source.is_none()
        && e.target.is_none()
        && e.participants.is_empty()
        && e.location.is_none()
        && e.date.is_none()
        && d.ordinal.is_none()
}

/// Whether two drafts tell the same happening: nothing conflicts, and
/// something positive is shared (an actor, the place, the date, the
/// round), unless the later one is a bare mention of the earlier.
fn same_happening(a: &Draft, b: &Draft) -> bool {
    let (x, y) = (&a.event, &b.event);
    if x.kind != y.kind || !same_or_missing(&a.ordinal, &b.ordinal) {
        return false;
    }
    let background = |e: &Event| {
        matches!(
            e.status,
            EventStatus::Background | EventStatus::Negated | EventStatus::Hypothetical
        )
    };
    if background(x) != background(y) {
        return false;
    }
    // "Talks are set to resume on Wednesday. The engagement will mark the
    // third round": a planned meeting is usually the only one an article
    // looks ahead to, so a later planned mention that adds only its round
    // is the same meeting.
    // Its date may be the period the rounds are counted in ("the fourth
    // round of talks this year", "in recent months"): vague, or a year or
    // month holding the earlier date.
    let period_holds = |d: &storyline_model::DateValue| match (
        d.value.as_deref(),
        x.date.as_ref().and_then(|e| e.value.as_deref()),
    ) {
        (Some(p), Some(v)) => p.len() < v.len() && v.starts_with(p),
        (None, _) => true,
        _ => false,
    };
    let names_round = |d: &Draft| {
        let e = &d.event;
        d.ordinal.is_some()
            && e.source.is_none()
            && e.target.is_none()
            && e.location.is_none()
            && e.date.as_ref().is_none_or(period_holds)
    };
    let planned_round = a.ordinal.is_none()
        && names_round(b)
        && x.status == EventStatus::Scheduled
        && y.status == EventStatus::Scheduled;
    // A date left unresolved ("two days after") says nothing against one.
    let dates_fit = match (&x.date, &y.date) {
        (Some(d), Some(e)) if d.value.is_some() && e.value.is_some() => {
            d.value == e.value && normalised_date_text(&d.text) == normalised_date_text(&e.text)
        }
        _ => true,
    } || planned_round;
    fn code(a: &Option<storyline_model::Actor>) -> Option<&str> {
        a.as_ref().and_then(|a| a.code.as_deref())
    }
    let places_fit = match (&x.location, &y.location) {
        (Some(p), Some(q)) => same_place(&p.name, &q.name),
        _ => true,
    };
    let no_conflict = dates_fit
        && places_fit
        && same_or_missing(&code(&x.source), &code(&y.source))
        && same_or_missing(&code(&x.target), &code(&y.target));
    if !no_conflict {
        return false;
    }
    // The same parties: the same two-sided set, or the same target (and no
    // other source).
    let shared_actor = (x.participants.len() >= 2
        && x.participants == y.participants
        && x.source.is_none()
        && y.source.is_none())
        || (code(&x.target).is_some()
            && code(&x.target) == code(&y.target)
            && (code(&x.source).is_some() || code(&y.source).is_some()))
        || (code(&x.source).is_some() && code(&x.source) == code(&y.source));
    // Strikes, arrests and protests by the same parties are many: the same
    // parties tell two mentions are one only when one of them gives neither
    // place nor date ("the attack" after "the strike on Kyiv on Monday").
    let material = matches!(
        x.kind,
        PloverType::Assault | PloverType::Coerce | PloverType::Protest | PloverType::Mobilize
    );
    // "two days after" (dated only through another happening) dates
    // nothing.
    let vague = |e: &Event| {
        e.location.is_none()
            && e.date.as_ref().is_none_or(|d| {
                d.value.is_none() && d.precision == storyline_model::Precision::Unknown
            })
    };
    let shared_actor = shared_actor && (!material || vague(x) || vague(y));
    let shared_place =
        matches!((&x.location, &y.location), (Some(p), Some(q)) if same_place(&p.name, &q.name));
    let shared_date =
        matches!((&x.date, &y.date), (Some(d), Some(e)) if d.value.is_some() && d.value == e.value);
    let shared_round = a.ordinal.is_some() && a.ordinal == b.ordinal;
    // "two hostages have been freed … three more are to be released on
    // Saturday": releases come in stages, so one that happened and one that
    // is planned are two unless a date or round ties them.
    let planned = |e: &Event| e.status == EventStatus::Scheduled;
    if x.kind == PloverType::Retreat && planned(x) != planned(y) && !(shared_date || shared_round) {
        return false;
    }
    // "hostages were freed by Hamas, and Israel released 50 prisoners":
    // two releases in one sentence are the two halves of one exchange.
    let exchange = x.kind == PloverType::Retreat
        && x.evidence
            .iter()
            .any(|e| y.evidence.iter().any(|f| f.sentence == e.sentence));
    shared_actor
        || shared_place
        || shared_date
        || shared_round
        || planned_round
        || exchange
        || bare(b)
}

/// Adds `draft` to `drafts`, merged into an earlier mention of the same happening if there is one.
pub fn merge_into(drafts: &mut Vec<Draft>, draft: Draft) {
    // The most recent compatible mention: "the talks" means the last talks named.
    let Some(existing) = drafts.iter_mut().rev().find(|d| same_happening(d, &draft)) else {
        drafts.push(draft);
        return;
    };
    let (e, n) = (&mut existing.event, draft.event);
    e.evidence.extend(n.evidence);
    e.evidence.sort();
    e.evidence.dedup();
    e.source = e.source.take().or(n.source);
    e.target = e.target.take().or(n.target);
    e.location = e.location.take().or(n.location);
    // A date with a value beats one that stayed text ("since", "once").
    e.date = match (e.date.take(), n.date) {
        (Some(d), Some(m)) if d.value.is_none() && m.value.is_some() => Some(m),
        (d, m) => d.or(m),
    };
    e.mode = e.mode.take().or(n.mode);
    for p in n.participants {
        if !e.participants.contains(&p) {
            e.participants.push(p);
        }
    }
    e.participants.sort();
    for q in n.quantities {
        if !e.quantities.contains(&q) {
            e.quantities.push(q);
        }
    }
    // A later "happened" mention of a planned event does not make it past;
    // the status of the first, fuller mention stands unless it had no date.
    existing.ordinal = existing.ordinal.or(draft.ordinal);
    if let (Some(s), Some(t)) = (&e.source, &e.target) {
        if s.code.is_some() && s.code == t.code {
            e.target = None;
        }
    }
}

/// Figure kinds an event of this type carries.
pub fn kind_fits(kind: PloverType, figure: &str) -> bool {
    const ASSAULT: &[&str] = &[
        "killed",
        "injured",
        "missing",
        "casualties",
        "drones",
        "missiles",
        "rockets",
        "shells",
        "bombs",
        "aircraft",
        "buildings",
        "civilians",
        "children",
        "intercepted",
        "vehicles",
        "money",
        "percent",
        "displaced",
        "hostages",
        "people",
    ];
    const RELEASE: &[&str] = &[
        "prisoners",
        "hostages",
        "bodies",
        "civilians",
        "children",
        "troops",
        "people",
    ];
    const AID: &[&str] = &[
        "money", "aircraft", "missiles", "vehicles", "drones", "shells",
    ];
    const COERCE: &[&str] = &["arrested", "displaced", "people", "civilians"];
    const MOBILIZE: &[&str] = &["troops", "vehicles", "aircraft"];
    const PROTEST: &[&str] = &["people", "arrested", "killed", "injured"];
    let allowed: &[&str] = match kind {
        PloverType::Assault => ASSAULT,
        PloverType::Retreat => RELEASE,
        PloverType::Aid | PloverType::Sanction => AID,
        PloverType::Coerce => COERCE,
        PloverType::Mobilize => MOBILIZE,
        PloverType::Protest => PROTEST,
        PloverType::Agree => RELEASE,
        _ => &[],
    };
    allowed.contains(&figure)
}

/// ASSAULT modes of the PLOVER 2.0 / POLECAT mode table, chosen from weapon
/// words; the first row whose words occur wins. Missiles alone, or missiles
/// with drones, name no single mode.
const ASSAULT_MODES: &[(&str, &[&str])] = &[
    ("suicide-attack", &["suicide"]),
    (
        "abduct",
        &[
            "kidnapped",
            "abducted",
            "kidnapping",
            "abduction",
            "hijacked",
        ],
    ),
    ("assassinate", &["assassinated", "assassination"]),
    (
        "aerial",
        &[
            "airstrike",
            "airstrikes",
            "warplanes",
            "jets",
            "glide",
            "bombers",
            "helicopter",
            "helicopters",
            "aircraft",
        ],
    ),
    (
        "heavy-weapons",
        &[
            "artillery",
            "shelling",
            "shelled",
            "shells",
            "mortar",
            "mortars",
            "rockets",
            "rocket",
            "tanks",
        ],
    ),
    (
        "explosives",
        &[
            "ied",
            "explosive",
            "explosives",
            "landmine",
            "landmines",
            "car bomb",
        ],
    ),
    (
        "firearms",
        &[
            "gunmen",
            "gunfire",
            "rifles",
            "opened fire",
            "shot dead",
            "shooting",
        ],
    ),
];

/// The trigger's mode; else for ASSAULT the mode its weapon words imply,
/// and for other types the first row of `data/modes.tsv` whose cue words
/// occur in the clause.
pub fn refine_mode(kind: PloverType, mode: Option<String>, tokens: &[Token]) -> Option<String> {
    if kind != PloverType::Assault {
        return mode.or_else(|| {
            static ROWS: LazyLock<HashMap<PloverType, PhraseRows>> = LazyLock::new(|| {
                crate::rules::rules()
                    .modes
                    .iter()
                    .map(|(kind, table)| {
                        let cues = table.iter().map(|(_, cues)| cues.iter().cloned());
                        (*kind, PhraseRows::new(cues))
                    })
                    .collect()
            });
            let table = crate::rules::rules().modes.get(&kind)?;
            let row = ROWS.get(&kind)?.first_row(tokens)?;
            Some(table[row].0.clone())
        });
    }
    static WORDS: LazyLock<PhraseRows> = LazyLock::new(|| {
        PhraseRows::new(
            ASSAULT_MODES
                .iter()
                .map(|(_, words)| words.iter().map(|w| crate::rules::words(w))),
        )
    });
    let any = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.lower.as_ref()));
    let drones = any(&["drone", "drones", "uav", "uavs", "shahed", "shaheds"]);
    let missiles = any(&["missile", "missiles"]);
    if drones && !missiles {
        return Some("drone".into());
    }
    if drones && missiles {
        return None;
    }
    WORDS
        .first_row(tokens)
        .map(|row| ASSAULT_MODES[row].0.to_string())
}

/// The ordinal of a "round" near the trigger: "the second round of talks" → 2.
pub fn ordinal(tokens: &[Token], at: usize) -> Option<u32> {
    const ORDINALS: &[(&str, u32)] = &[
        ("first", 1),
        ("1st", 1),
        ("initial", 1),
        ("second", 2),
        ("2nd", 2),
        ("third", 3),
        ("3rd", 3),
        ("fourth", 4),
        ("4th", 4),
        ("fifth", 5),
        ("5th", 5),
        ("sixth", 6),
        ("6th", 6),
    ];
    let window = at.saturating_sub(8)..(at + 11).min(tokens.len());
    let round = window
        .clone()
        .find(|&k| matches!(tokens[k].lower.as_ref(), "round" | "rounds" | "session"))?;
    let lookup = |w: &str| ORDINALS.iter().find(|(o, _)| *o == w).map(|(_, n)| *n);
    (round.saturating_sub(2)..round).rev().find_map(|k| {
        // Numbers are split by the tokenizer: "2nd" is "2" + "nd".
        let joined = if tokens[k].lower == "nd"
            || tokens[k].lower == "rd"
            || tokens[k].lower == "th"
            || tokens[k].lower == "st"
        {
            k.checked_sub(1)
                .map(|p| format!("{}{}", tokens[p].lower, tokens[k].lower))
                .unwrap_or_default()
        } else {
            tokens[k].lower.to_string()
        };
        lookup(&joined)
    })
}
