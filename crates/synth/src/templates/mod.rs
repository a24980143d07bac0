//! Sentence templates, grouped by news topic.
//!
//! A template is plain text with two kinds of markup, expanded against the
//! article's story:
//!
//! - `[one|two|three]` picks one alternative at random (alternatives may
//!   contain slots but not further brackets);
//! - `{slot}` is replaced by an article-level value, so an article keeps its
//!   story straight: the same city, toll and people throughout.
//!
//! Slots: sides `{x}` (forces of the acting side), `{x_gov}`, `{x_adj}`,
//! `{x_base}`, `{x_country}` and the same for the other side `y`; places
//! `{city}` (where the story happens, held by `y`), `{city2}`, `{xcity}`,
//! `{country}`, `{war}`, `{venue}`, `{conf_city}`; kinds of attack
//! `{strike}`, `{weapons}`, `{infra}`, `{infra2}`, `{x_target}`; people `{px}`,
//! `{py}` (officials of each side), `{pi}` (international official), `{pw}`
//! (witness) and `{pa}` (analyst), named in full on first mention, by surname
//! after; figures `{killed}`, `{killed_h}`, `{wounded}`, `{children}`, `{n}`,
//! `{n2}`, `{n_big}`, `{displaced}`, `{money}`, `{money_need}`, `{prisoners}`,
//! `{prisoners_total}`, `{listed}`, `{arrested}`, `{crowd}`, `{crowd_h}`, `{tonnes}`,
//! `{trucks}`, `{pct}`, `{ordinal}`, `{km}`, `{hours}`; time `{day}`,
//! `{day_name}`, `{earlier}`, `{date_abs}`, `{month_year}`, `{since}`,
//! `{next_time}`, `{time}`; others `{mediator}`, `{sanctioner}`,
//! `{sanctioner2}`, `{third_gov}`, `{org}`, `{agency}`, `{outlet}`, `{goods}`,
//! `{deal}`, `{issue}`, `{crisis}`, `{cause}`, `{demand}`, `{landmark}`,
//! `{target}`, `{reason}`, `{cargo}`, `{reporter}`. `{a_NAME}` prefixes the
//! value of `{NAME}` with "a" or "an".

mod aid;
pub mod common;
mod displacement;
mod prisoners;
mod protest;
mod sanctions;
mod strike;
mod talks;

/// What an article is mainly about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// An attack: air strike, shelling, raid.
    Strike,
    /// Ceasefire or peace negotiations.
    Talks,
    /// Humanitarian aid deliveries, appeals and shortages.
    Aid,
    /// Sanctions imposed on a party or its backers.
    Sanctions,
    /// A prisoner exchange or release of detainees.
    Prisoners,
    /// A protest or demonstration.
    Protest,
    /// People fleeing fighting.
    Displacement,
}

/// The templates of one topic.
#[derive(Debug)]
pub struct TopicTemplates {
    /// Headlines (no final period).
    pub headlines: &'static [&'static str],
    /// First sentences.
    pub leads: &'static [&'static str],
    /// Further factual sentences.
    pub details: &'static [&'static str],
    /// Quotes by officials of the acting side `x` (no final punctuation).
    pub quotes_x: &'static [&'static str],
    /// Quotes by officials of the other side `y`.
    pub quotes_y: &'static [&'static str],
    /// Quotes by international officials.
    pub quotes_i: &'static [&'static str],
    /// Quotes by witnesses, residents and relatives.
    pub quotes_w: &'static [&'static str],
}

impl Topic {
    /// Every topic.
    pub const ALL: [Topic; 7] = [
        Topic::Strike,
        Topic::Talks,
        Topic::Aid,
        Topic::Sanctions,
        Topic::Prisoners,
        Topic::Protest,
        Topic::Displacement,
    ];

    /// The templates of this topic.
    pub fn templates(self) -> &'static TopicTemplates {
        match self {
            Topic::Strike => &strike::TEMPLATES,
            Topic::Talks => &talks::TEMPLATES,
            Topic::Aid => &aid::TEMPLATES,
            Topic::Sanctions => &sanctions::TEMPLATES,
            Topic::Prisoners => &prisoners::TEMPLATES,
            Topic::Protest => &protest::TEMPLATES,
            Topic::Displacement => &displacement::TEMPLATES,
        }
    }

    /// Lower-case name, used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Strike => "attacks",
            Topic::Talks => "diplomacy",
            Topic::Aid => "humanitarian",
            Topic::Sanctions => "sanctions",
            Topic::Prisoners => "prisoners",
            Topic::Protest => "protests",
            Topic::Displacement => "refugees",
        }
    }
}
