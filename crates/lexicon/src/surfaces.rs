//! The surface table: every distinct string that names something in the
//! data, with the best non-place entry it stands for and every place it
//! names.

use std::collections::HashMap;

use crate::surface::{Variants, forms};
use crate::{Country, Org, OrgKind, Person, Place};

/// A non-place entry a surface form can stand for. The derived order is the
/// preference order: Person > Org > Country > Metonym > Demonym, and within
/// one kind the entry that comes first in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Target {
    /// Index into the people.
    Person(u32),
    /// Index into the organisations.
    Org(u32),
    /// Index into the countries; the form is a name or alias.
    Country(u32),
    /// Index into the countries; the form is a capital or seat of power.
    Metonym(u32),
    /// Index into the countries; the form is a demonym.
    Demonym(u32),
}

/// Population above which a city's main name also matches in capitals
/// ("KYIV, Sept 17").
const CAPS_MIN_POPULATION: u64 = 1_000_000;

/// All surface forms, numbered in insertion order; the numbers are the
/// pattern ids of the automaton.
#[derive(Debug, Default)]
pub(crate) struct Surfaces {
    ids: HashMap<Box<str>, u32>,
    /// The forms, by id.
    pub forms: Vec<Box<str>>,
    /// Best non-place entry, by id.
    pub best: Vec<Option<Target>>,
    /// Places named by the form, most populous first, by id.
    pub places: Vec<Box<[usize]>>,
}

impl Surfaces {
    /// Collects the surface forms of all entries.
    pub(crate) fn build(
        countries: &[Country],
        orgs: &[Org],
        places: &[Place],
        people: &[Person],
    ) -> Self {
        let mut s = Self::default();
        let plain = Variants::default();
        let strip = Variants {
            strip_the: true,
            all_caps: false,
        };
        let caps = Variants {
            strip_the: false,
            all_caps: true,
        };
        let caps_strip = Variants {
            strip_the: true,
            all_caps: true,
        };
        for (i, p) in people.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                s.add(name, plain, Some(Target::Person(ix(i))), None);
            }
        }
        for (i, o) in orgs.iter().enumerate() {
            // "The Economist" must not make "Economist" an organisation.
            let how = if o.kind == OrgKind::Media {
                plain
            } else {
                strip
            };
            for name in std::iter::once(&o.name).chain(&o.aliases) {
                s.add(name, how, Some(Target::Org(ix(i))), None);
            }
        }
        for (i, c) in countries.iter().enumerate() {
            for name in std::iter::once(&c.name).chain(&c.aliases) {
                s.add(name, caps, Some(Target::Country(ix(i))), None);
            }
            for name in &c.metonyms {
                s.add(name, caps_strip, Some(Target::Metonym(ix(i))), None);
            }
            for name in &c.demonyms {
                s.add(name, plain, Some(Target::Demonym(ix(i))), None);
            }
        }
        for (i, p) in places.iter().enumerate() {
            let how = if p.population > CAPS_MIN_POPULATION {
                caps
            } else {
                plain
            };
            s.add(&p.name, how, None, Some(i));
            for name in &p.aliases {
                s.add(name, plain, None, Some(i));
            }
        }
        for list in &mut s.places {
            let mut v = list.to_vec();
            v.sort_by_key(|&i| (std::cmp::Reverse(places[i].population), i));
            *list = v.into_boxed_slice();
        }
        s
    }

    fn add(&mut self, name: &str, how: Variants, target: Option<Target>, place: Option<usize>) {
        for form in forms(name, how) {
            let id = match self.ids.get(form.as_str()) {
                Some(&id) => id,
                None => {
                    let id = ix(self.forms.len());
                    self.ids.insert(form.clone().into_boxed_str(), id);
                    self.forms.push(form.into_boxed_str());
                    self.best.push(None);
                    self.places.push(Box::new([]));
                    id
                }
            };
            let id = id as usize;
            if let Some(t) = target {
                self.best[id] = Some(self.best[id].map_or(t, |b| b.min(t)));
            }
            if let Some(p) = place {
                if !self.places[id].contains(&p) {
                    let mut v = self.places[id].to_vec();
                    v.push(p);
                    self.places[id] = v.into_boxed_slice();
                }
            }
        }
    }

    /// The id of an exact surface form.
    pub(crate) fn id(&self, form: &str) -> Option<u32> {
        self.ids.get(form).copied()
    }
}

/// Converts a table index to the compact form stored in the surface table.
fn ix(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 entries")
}
