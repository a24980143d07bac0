//! One article's story: every choice made once per article (conflict, sides,
//! places, figures, dates, cast) and the expansion of templates against it.

use crate::cast::{Intro, Person};
use crate::conflicts::{CONFLICTS, Conflict, Side};
use crate::date::Day;
use crate::names;
use crate::rng::Rng;
use crate::templates::Topic;
use crate::vocab::{self, OUTLETS, Outlet};

/// Last day an article may carry.
const LAST_DAY: (i32, u32, u32) = (2026, 12, 31);
/// Earliest day an article may carry.
const FIRST_DAY: (i32, u32, u32) = (2022, 1, 1);

/// Crowd sizes: as a noun-phrase quantifier and as a headline subject.
pub(crate) const CROWDS: [(&str, &str); 5] = [
    ("thousands of", "thousands"),
    ("hundreds of", "hundreds"),
    ("tens of thousands of", "tens of thousands"),
    ("several thousand", "several thousand"),
    ("more than a thousand", "more than a thousand"),
];

/// Indices of the cast members.
pub const PX: usize = 0;
/// Official of side `y`.
pub const PY: usize = 1;
/// International official.
pub const PI: usize = 2;
/// Witness.
pub const PW: usize = 3;
/// Analyst.
pub const PA: usize = 4;

/// Everything chosen once for an article.
#[derive(Debug)]
pub struct Story {
    /// The article's random stream.
    pub rng: Rng,
    /// Which article of the corpus.
    pub index: u64,
    /// The conflict reported on.
    pub conflict: &'static Conflict,
    /// What the article is about.
    pub topic: Topic,
    /// The outlet and its style.
    pub outlet: &'static Outlet,
    /// Acting side.
    pub x: &'static Side,
    /// Other side.
    pub y: &'static Side,
    /// Publication day.
    pub day: Day,
    /// Day of the main event.
    pub event: Day,
    /// Main city (held by `y`).
    pub city: &'static str,
    pub(crate) city2: &'static str,
    pub(crate) xcity: &'static str,
    pub(crate) strike: &'static str,
    pub(crate) weapons: &'static str,
    pub(crate) infra: &'static str,
    pub(crate) mediator: &'static str,
    /// Where talks are held.
    pub venue: &'static str,
    pub(crate) sanctioner: &'static str,
    pub(crate) sanctioner2: &'static str,
    pub(crate) picks: [&'static str; 9],
    pub(crate) killed: u64,
    pub(crate) killed_qual: &'static str,
    pub(crate) wounded: u64,
    pub(crate) displaced: u64,
    pub(crate) money: u64,
    pub(crate) money_need: u64,
    pub(crate) currency: &'static str,
    pub(crate) prisoners: u64,
    pub(crate) arrested: u64,
    pub(crate) listed: u64,
    pub(crate) crowd: usize,
    pub(crate) uniq: u128,
    /// The people of the article, see [`PX`] and following.
    pub cast: [Person; 5],
    /// Speaker of the quote being written (`{who}`).
    pub who: usize,
    /// Quote being written (`{q}`).
    pub quote: &'static str,
}

pub(crate) fn pick_other(rng: &mut Rng, items: &'static [&'static str], not: &str) -> &'static str {
    for _ in 0..4 {
        let c = rng.choose(items);
        if c != not {
            return c;
        }
    }
    items[0]
}

impl Story {
    /// Draws the story of article `index` from `rng`.
    pub fn new(mut rng: Rng, index: u64) -> Story {
        let weights: Vec<u32> = CONFLICTS.iter().map(|c| c.weight).collect();
        let conflict = &CONFLICTS[rng.weighted(&weights)];
        let topic = rng.choose(conflict.topics);
        let (xi, yi) = match topic {
            Topic::Sanctions => (conflict.sanctioned, 1 - conflict.sanctioned),
            _ if rng.chance(60) => (conflict.sanctioned, 1 - conflict.sanctioned),
            _ => (1 - conflict.sanctioned, conflict.sanctioned),
        };
        let (x, y) = (&conflict.sides[xi], &conflict.sides[yi]);
        let first = Day::from_ymd(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).max(Day::from_ymd(
            conflict.start.0,
            conflict.start.1,
            conflict.start.2,
        ));
        let last = Day::from_ymd(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2);
        let day = Day(first.0 + rng.below((last.0 - first.0 + 1) as u64) as i64);
        let event = day.minus(rng.choose(&[0, 0, 0, 1, 1, 1, 1, 2, 3]));
        let city = rng.choose(y.cities);
        let city2 = pick_other(&mut rng, y.cities, city);
        let xcity = rng.choose(x.cities);
        let outlet = rng.pick(OUTLETS);
        let sanctioner = rng.choose(vocab::SANCTIONERS);
        let sanctioner2 = pick_other(&mut rng, vocab::SANCTIONERS, sanctioner);
        let picks = [
            rng.choose(vocab::DEALS),
            rng.choose(vocab::ISSUES),
            rng.choose(vocab::CRISES),
            rng.choose(vocab::CAUSES),
            rng.choose(vocab::DEMANDS),
            rng.choose(vocab::LANDMARKS),
            rng.choose(vocab::TARGETS),
            rng.choose(vocab::REASONS),
            rng.choose(vocab::AGENCIES),
        ];
        let killed = match rng.weighted(&[30, 40, 20, 10]) {
            0 => rng.range(1, 5),
            1 => rng.range(6, 20),
            2 => rng.range(21, 60),
            _ => rng.range(61, 200),
        };
        let killed_qual = if killed >= 10 && rng.chance(25) {
            "more than "
        } else if rng.chance(75) {
            "at least "
        } else {
            ""
        };
        let wounded = killed * rng.range(1, 4) + rng.range(0, 12);
        let displaced = match rng.weighted(&[30, 40, 20, 10]) {
            0 => rng.range(5, 50) * 1000,
            1 => rng.range(50, 400) * 1000,
            2 => rng.range(400, 999) * 1000,
            _ => rng.range(10, 40) * 100_000,
        };
        let money = match rng.weighted(&[20, 40, 40]) {
            0 => rng.range(20, 999) * 1000,
            1 => rng.range(10, 99) * 10_000,
            _ => rng.range(10, 99) * 100_000,
        };
        let money_need = money * rng.range(15, 40) / 10;
        let currency = rng.choose(vocab::CURRENCIES);
        let prisoners = rng.range(10, 400);
        let arrested = rng.range(3, 150);
        let listed = rng.range(8, 240);
        let crowd = rng.index(CROWDS.len());
        // Bijective in `index` (for any index below 2^64): makes texts unique.
        let uniq = 1000 + u128::from(index) * 3 + u128::from(rng.below(3));
        let intl_names = &names::INTERNATIONAL;
        let px_title = rng.choose(x.titles);
        let px = Person::new(&mut rng, x.names, Intro::Title(px_title), x.base, &[]);
        let py_title = rng.choose(y.titles);
        let py = Person::new(
            &mut rng,
            y.names,
            Intro::Title(py_title),
            y.base,
            &[px.last],
        );
        let pi_title = rng.choose(vocab::INTL_TITLES);
        let pi_base = rng.choose(&[
            "Geneva",
            "New York",
            "Brussels",
            "Washington",
            conflict.venues[0],
        ]);
        let pi = Person::new(&mut rng, intl_names, Intro::Title(pi_title), pi_base, &[]);
        let witness = Intro::Witness {
            age: rng.range(19, 78),
            role: rng.choose(vocab::WITNESS_ROLES),
            town: if rng.chance(70) { city } else { city2 },
        };
        let pw = Person::new(&mut rng, y.names, witness, city, &[px.last, py.last]);
        let analyst = Intro::Described(rng.choose(vocab::ANALYST_ROLES));
        let pa = Person::new(&mut rng, intl_names, analyst, "", &[pi.last]);
        Story {
            index,
            conflict,
            topic,
            outlet,
            x,
            y,
            day,
            event,
            city,
            city2,
            xcity,
            strike: rng.choose(x.strikes),
            weapons: rng.choose(x.weapons),
            infra: rng.choose(vocab::INFRA),
            mediator: rng.choose(conflict.mediators),
            venue: rng.choose(conflict.venues),
            sanctioner,
            sanctioner2,
            picks,
            killed,
            killed_qual,
            wounded,
            displaced,
            money,
            money_need,
            currency,
            prisoners,
            arrested,
            listed,
            crowd,
            uniq,
            cast: [px, py, pi, pw, pa],
            who: PY,
            quote: "",
            rng,
        }
    }
}
