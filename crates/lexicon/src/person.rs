//! People: leaders, ministers, spokespeople, envoys and armed-group leaders,
//! loaded from `data/people.tsv`.

use crate::tsv;

/// The embedded `data/people.tsv`.
pub(crate) const PEOPLE_TSV: &str = include_str!("../../../data/people.tsv");

/// A person.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Full name as usually written in English news.
    pub name: String,
    /// Other spellings and the surname alone where it is unambiguous.
    pub aliases: Vec<String>,
    /// Role as of late 2025 (with dates for former roles).
    pub role: Option<String>,
    /// The country (ISO alpha-3) or organisation code the person acts for.
    pub side: Option<String>,
}

/// Parses the people table.
pub(crate) fn parse(text: &'static str) -> Vec<Person> {
    tsv::rows("people.tsv", text, 4)
        .into_iter()
        .map(|c| Person {
            name: c[0].to_owned(),
            aliases: tsv::list(c[1]),
            role: tsv::opt(c[2]),
            side: tsv::opt(c[3]),
        })
        .collect()
}
