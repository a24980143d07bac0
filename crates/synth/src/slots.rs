//! Expansion of templates against a [`Story`]: alternatives `[a|b]`, slots
//! `{name}`, the "a"/"an" prefix `{a_name}` and sentence capitalisation.

use crate::date::{Day, MONTHS, WEEKDAYS};
use crate::names;
use crate::numbers::{article_for, count, grouped, money, ordinal, people};
use crate::story::{CROWDS, PA, PI, PW, PX, PY, Story, pick_other};
use crate::vocab;

impl Story {
    fn spell(&self) -> bool {
        self.outlet.spell_small
    }

    fn date_phrase(&self, day: Day, out: &mut String) {
        let (y, m, d) = day.ymd();
        let month = MONTHS[m as usize - 1];
        let with_year = y != self.day.ymd().0;
        if self.outlet.day_first {
            out.push_str(&format!("{d} {month}"));
        } else {
            out.push_str(&format!("{month} {d}"));
        }
        if with_year {
            out.push_str(if self.outlet.day_first { " " } else { ", " });
            out.push_str(&y.to_string());
        }
    }

    /// Expands `template` into `out`, then capitalises the first letter it wrote.
    pub fn sentence(&mut self, template: &str, out: &mut String) {
        let start = out.len();
        self.expand(template, out);
        capitalize_from(out, start);
    }

    /// Expands `template` (alternatives and slots) into `out`.
    pub fn expand(&mut self, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(pos) = rest.find(['{', '[']) {
            out.push_str(&rest[..pos]);
            let open = rest.as_bytes()[pos];
            let close = if open == b'{' { '}' } else { ']' };
            let Some(len) = rest[pos..].find(close) else {
                out.push_str(&rest[pos..]);
                return;
            };
            let inner = &rest[pos + 1..pos + len];
            if open == b'{' {
                self.slot(inner, out);
            } else {
                let n = inner.split('|').count();
                let choice = self.rng.index(n);
                let alt = inner.split('|').nth(choice).unwrap_or("");
                self.expand(alt, out);
            }
            rest = &rest[pos + len + 1..];
        }
        out.push_str(rest);
    }

    fn slot(&mut self, name: &str, out: &mut String) {
        if let Some(inner) = name.strip_prefix("a_") {
            let mut value = String::new();
            self.slot(inner, &mut value);
            out.push_str(article_for(&value));
            out.push(' ');
            out.push_str(&value);
            return;
        }
        let spell = self.spell();
        let text: String = match name {
            "x" => self.x.forces.into(),
            "x_gov" => self.x.gov.into(),
            "x_adj" => self.x.adj.into(),
            "x_base" => self.x.base.into(),
            "x_country" => self.x.country.into(),
            "y" => self.y.forces.into(),
            "y_gov" => self.y.gov.into(),
            "y_adj" => self.y.adj.into(),
            "y_base" => self.y.base.into(),
            "y_country" | "country" => self.y.country.into(),
            "city" => self.city.into(),
            "city2" => self.city2.into(),
            "xcity" => self.xcity.into(),
            "war" => self.conflict.name.into(),
            "venue" => self.venue.into(),
            "conf_city" => (self.rng.choose(vocab::CONF_CITIES)).into(),
            "strike" => self.strike.into(),
            "weapons" => self.weapons.into(),
            "infra" => self.infra.into(),
            "infra2" => pick_other(&mut self.rng, vocab::INFRA, self.infra).into(),
            "x_target" => (self.rng.choose(vocab::X_TARGETS)).into(),
            "px" | "py" | "pi" | "pw" | "pa" | "who" => {
                let i = match name {
                    "px" => PX,
                    "py" => PY,
                    "pi" => PI,
                    "pw" => PW,
                    "pa" => PA,
                    _ => self.who,
                };
                self.cast[i].mention(out);
                return;
            }
            "q" => {
                let quote = self.quote;
                self.expand(quote, out);
                return;
            }
            "base" => self.cast[self.who].base.into(),
            "killed" => format!("{}{}", self.killed_qual, count(self.killed, spell)),
            "killed_h" => grouped(self.killed),
            "wounded" => format!(
                "{}{}",
                ["at least ", "more than ", ""][(self.wounded % 3) as usize],
                count(self.wounded, spell)
            ),
            "children" => match self.killed / 4 {
                0 | 1 => "a child".into(),
                n => format!("{} children", count(n, spell)),
            },
            "n" => count(self.rng.range(2, 9), spell),
            "n2" => count(self.rng.range(2, 6), spell),
            "n_big" => grouped(self.rng.range(12, 950) * 10),
            "displaced" => format!("{} people", people(self.displaced)),
            "money" => money(self.money, self.currency),
            "money_need" => money(self.money_need, self.currency),
            "prisoners" => grouped(self.prisoners),
            "prisoners_total" => grouped(self.prisoners * 2),
            "arrested" => count(self.arrested, spell),
            "listed" => grouped(self.listed),
            "crowd" => CROWDS[self.crowd].0.into(),
            "crowd_h" => CROWDS[self.crowd].1.into(),
            "tonnes" => format!("{} tonnes", grouped(self.rng.range(20, 900))),
            "trucks" => format!("{} trucks", count(self.rng.range(5, 120), spell)),
            "pct" => format!("{}{}", self.rng.range(10, 85), self.outlet.percent),
            "ordinal" => ordinal(self.rng.range(2, 12)),
            "km" => grouped(self.rng.range(5, 150)),
            "hours" => count(self.rng.range(2, 9), spell),
            "uniq" => grouped_wide(self.uniq),
            "day" => {
                let weekday = WEEKDAYS[self.event.weekday()];
                let form = *self
                    .rng
                    .pick(&["on ", "on ", "on ", "late on ", "early on "]);
                format!("{form}{weekday}")
            }
            "day_name" => WEEKDAYS[self.event.weekday()].into(),
            "earlier" => match self.rng.below(4) {
                0 => "last week".into(),
                1 => "earlier this month".into(),
                2 => format!(
                    "on {}",
                    WEEKDAYS[self.event.minus(self.rng.range(2, 5) as i64).weekday()]
                ),
                _ => {
                    let mut s = String::from("on ");
                    let back = self.rng.range(8, 40) as i64;
                    self.date_phrase(self.event.minus(back), &mut s);
                    s
                }
            },
            "date_abs" => {
                let mut s = String::from("on ");
                let back = self.rng.range(7, 60) as i64;
                self.date_phrase(self.event.minus(back), &mut s);
                s
            }
            "month_year" => {
                let past = self.day.minus(self.rng.range(60, 500) as i64);
                let (y, m, _) = past.ymd();
                format!("in {} {y}", MONTHS[m as usize - 1])
            }
            "year" => self.day.ymd().0.to_string(),
            "since" => self.conflict.since.into(),
            "next_time" => (self.rng.choose(vocab::NEXT_TIMES)).into(),
            "time" => (self.rng.choose(vocab::TIMES)).into(),
            "mediator" => self.mediator.into(),
            "sanctioner" => self.sanctioner.into(),
            "sanctioner2" => self.sanctioner2.into(),
            "third_gov" => (self.rng.choose(vocab::THIRD_GOVS)).into(),
            "org" => (self.rng.choose(vocab::ORGS)).into(),
            "agency" => self.picks[8].into(),
            "outlet" => self.outlet.name.into(),
            "goods" => (self.rng.choose(vocab::GOODS)).into(),
            "things" => (self.rng.choose(vocab::THINGS)).into(),
            "deal" => self.picks[0].into(),
            "issue" => self.picks[1].into(),
            "crisis" => self.picks[2].into(),
            "cause" => self.picks[3].into(),
            "demand" => self.picks[4].into(),
            "landmark" => self.picks[5].into(),
            "target" => self.picks[6].into(),
            "reason" => self.picks[7].into(),
            "cargo" => (self.rng.choose(vocab::CARGO)).into(),
            "reporter" | "reporter2" => {
                let names = if self.rng.chance(50) {
                    self.y.names
                } else {
                    &names::INTERNATIONAL
                };
                format!(
                    "{} {}",
                    self.rng.pick(names.first),
                    self.rng.pick(names.last)
                )
            }
            "other" => {
                let mut topic = self.rng.choose(self.conflict.topics);
                if topic == self.topic {
                    topic = self.rng.choose(self.conflict.topics);
                }
                let headline = self.rng.choose(topic.templates().headlines);
                let mut s = String::new();
                self.sentence(headline, &mut s);
                s
            }
            _ => {
                debug_assert!(false, "unknown slot {{{name}}}");
                String::new()
            }
        };
        out.push_str(&text);
    }
}

/// [`grouped`] for figures that may exceed `u64`.
fn grouped_wide(n: u128) -> String {
    match u64::try_from(n) {
        Ok(small) => grouped(small),
        Err(_) => n.to_string(),
    }
}

/// Upper-cases the first letter at or after byte `start` when only opening
/// punctuation precedes it.
pub fn capitalize_from(out: &mut String, start: usize) {
    let Some(tail) = out.get(start..) else { return };
    let Some((offset, c)) = tail
        .char_indices()
        .find(|(_, c)| !matches!(c, '"' | '“' | '(' | '\''))
    else {
        return;
    };
    let at = start + offset;
    if c.is_ascii_lowercase() {
        out.replace_range(at..at + 1, &c.to_ascii_uppercase().to_string());
    } else if c.is_ascii_digit() && out.as_bytes().get(at + 1) == Some(&b' ') {
        // News copy never starts a sentence with a figure below ten.
        const WORDS: [&str; 10] = [
            "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        ];
        out.replace_range(at..at + 1, WORDS[usize::from(c as u8 - b'0')]);
    }
}
