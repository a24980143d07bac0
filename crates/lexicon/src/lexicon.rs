//! The [`Lexicon`]: the four tables, indexes by code, and the matcher, built
//! once per process by [`lexicon`](crate::lexicon()).

use std::collections::HashMap;

use crate::matcher::Matcher;
use crate::surfaces::{Surfaces, Target};
use crate::{Country, Org, Person, Place, country, org, person, place};

/// What a [`Match`] found. Indexes point into [`Lexicon::countries`],
/// [`Lexicon::orgs`], [`Lexicon::places`] and [`Lexicon::people`].
///
/// When a form names several kinds of thing, the most specific wins, in the
/// order Person > Org > Country > Metonym > Demonym > Place; the places of
/// that name stay available through [`Lexicon::places_named`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Entry {
    /// A country's name or alias ("Türkiye").
    Country(usize),
    /// A country's demonym ("Turkish", "Russians").
    Demonym(usize),
    /// A name standing for a country's government ("the Kremlin", "Kyiv").
    Metonym(usize),
    /// An organisation.
    Org(usize),
    /// Every place of that name, most populous first.
    Place(Vec<usize>),
    /// A person.
    Person(usize),
}

/// One gazetteer match: byte offsets into the searched text and the entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Match {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the matched text names.
    pub entry: Entry,
}

/// Countries, organisations, places and people, with a matcher over all
/// their names.
#[derive(Debug)]
pub struct Lexicon {
    countries: Vec<Country>,
    orgs: Vec<Org>,
    places: Vec<Place>,
    people: Vec<Person>,
    country_index: HashMap<String, usize>,
    org_index: HashMap<String, usize>,
    surfaces: Surfaces,
    matcher: Matcher,
}

impl Lexicon {
    /// Parses the embedded data and builds the matcher. This takes a few
    /// hundred milliseconds: use the shared instance from
    /// [`lexicon`](crate::lexicon()) instead of calling this repeatedly.
    pub fn build() -> Self {
        let countries = country::parse(country::COUNTRIES_TSV);
        let orgs = org::parse(org::ORGS_TSV);
        let places = place::parse(place::PLACES_TSV);
        let people = person::parse(person::PEOPLE_TSV);
        let country_index = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let org_index = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| (o.code.clone(), i))
            .collect();
        let surfaces = Surfaces::build(&countries, &orgs, &places, &people);
        let matcher = Matcher::build(&surfaces);
        Self {
            countries,
            orgs,
            places,
            people,
            country_index,
            org_index,
            surfaces,
            matcher,
        }
    }

    /// All countries and territories, sorted by code.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with ISO alpha-3 `code`.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index(code).map(|i| &self.countries[i])
    }

    /// The index into [`countries`](Self::countries) of the country with
    /// ISO alpha-3 `code`.
    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.country_index.get(code).copied()
    }

    /// All organisations, sorted by code.
    pub fn orgs(&self) -> &[Org] {
        &self.orgs
    }

    /// The organisation with `code` (`IGO:UN`, `UKR:SBU`).
    pub fn org(&self, code: &str) -> Option<&Org> {
        self.org_index(code).map(|i| &self.orgs[i])
    }

    /// The index into [`orgs`](Self::orgs) of the organisation with `code`.
    pub fn org_index(&self, code: &str) -> Option<usize> {
        self.org_index.get(code).copied()
    }

    /// All places, sorted by name.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// All people, sorted by name.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// Indexes into [`places`](Self::places) of the places that `name`
    /// (exactly as written, including the matched case variants such as
    /// "KYIV") names, most populous first; empty when it names none.
    pub fn places_named(&self, name: &str) -> &[usize] {
        self.surfaces
            .id(name)
            .map_or(&[], |id| &self.surfaces.places[id as usize])
    }

    /// The country or organisation a `side` code refers to, as a display
    /// name: "Ukraine" for `UKR`, "Hamas" for `NSA:HAMAS`.
    pub fn side_name(&self, side: &str) -> Option<&str> {
        self.country(side)
            .map(|c| c.name.as_str())
            .or_else(|| self.org(side).map(|o| o.name.as_str()))
    }

    /// Number of distinct surface forms the matcher searches for.
    pub fn surface_count(&self) -> usize {
        self.surfaces.forms.len()
    }

    /// Heap bytes used by the matcher's automaton.
    pub fn matcher_memory(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// Every gazetteer match in `text`, leftmost-longest, on word boundaries
    /// (not preceded or followed by an alphanumeric character; a following
    /// "'s" or "’s" is fine), non-overlapping, in text order. Offsets are
    /// bytes into `text`. Matching is case-sensitive, on the data's casing
    /// plus the variants described in the crate documentation.
    pub fn find(&self, text: &str) -> Vec<Match> {
        self.matcher
            .find(&self.surfaces, text)
            .into_iter()
            .filter_map(|hit| {
                let id = hit.surface as usize;
                let entry = match self.surfaces.best[id] {
                    Some(Target::Person(i)) => Entry::Person(i as usize),
                    Some(Target::Org(i)) => Entry::Org(i as usize),
                    Some(Target::Country(i)) => Entry::Country(i as usize),
                    Some(Target::Metonym(i)) => Entry::Metonym(i as usize),
                    Some(Target::Demonym(i)) => Entry::Demonym(i as usize),
                    None if !self.surfaces.places[id].is_empty() => {
                        Entry::Place(self.surfaces.places[id].to_vec())
                    }
                    None => return None,
                };
                Some(Match {
                    start: hit.start,
                    end: hit.end,
                    entry,
                })
            })
            .collect()
    }
}
