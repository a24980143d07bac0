//! The people of an article: invented officials, witnesses and analysts.
//!
//! A person is introduced in full on first mention ("Foreign Minister Olena
//! Kovalenko", "Amina Yusuf, 41, a nurse from Omdurman") and by surname
//! afterwards, as news copy does.

use crate::names::Names;
use crate::numbers::article_for;
use crate::rng::Rng;

/// How a person is introduced.
#[derive(Debug, Clone)]
pub enum Intro {
    /// An official: the title goes before the name.
    Title(&'static str),
    /// A witness: age, job and home town go after the name.
    Witness {
        /// Age in years.
        age: u64,
        /// Job or situation ("teacher").
        role: &'static str,
        /// Home town.
        town: &'static str,
    },
    /// An analyst: a description goes after the name.
    Described(&'static str),
}

/// One person of the cast.
#[derive(Debug, Clone)]
pub struct Person {
    /// Given name.
    pub first: &'static str,
    /// Surname.
    pub last: &'static str,
    /// Repeat the whole name on later mentions.
    pub whole: bool,
    /// First-mention introduction.
    pub intro: Intro,
    /// Where the person speaks from ("told a news conference in ...").
    pub base: &'static str,
    /// Already mentioned in the text.
    pub mentioned: bool,
}

impl Person {
    /// A person from `names`, avoiding the surnames in `taken`.
    pub fn new(
        rng: &mut Rng,
        names: &'static Names,
        intro: Intro,
        base: &'static str,
        taken: &[&str],
    ) -> Person {
        let first = rng.choose(names.first);
        let mut last = rng.choose(names.last);
        for _ in 0..4 {
            if !taken.contains(&last) {
                break;
            }
            last = rng.choose(names.last);
        }
        Person {
            first,
            last,
            whole: names.whole,
            intro,
            base,
            mentioned: false,
        }
    }

    /// Appends the way the text refers to this person now, and marks them
    /// as mentioned.
    pub fn mention(&mut self, out: &mut String) {
        if self.mentioned {
            if self.whole {
                out.push_str(self.first);
                out.push(' ');
            }
            out.push_str(self.last);
            return;
        }
        self.mentioned = true;
        if let Intro::Title(title) = self.intro {
            out.push_str(title);
            out.push(' ');
        }
        out.push_str(self.first);
        out.push(' ');
        out.push_str(self.last);
        match self.intro {
            Intro::Title(_) => {}
            Intro::Witness { age, role, town } => {
                out.push_str(", ");
                out.push_str(&age.to_string());
                out.push_str(", ");
                out.push_str(article_for(role));
                out.push(' ');
                out.push_str(role);
                out.push_str(" from ");
                out.push_str(town);
            }
            Intro::Described(what) => {
                out.push_str(", ");
                out.push_str(what);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names;

    #[test]
    fn full_name_first_then_surname() {
        let mut rng = Rng::new(1);
        let mut p = Person::new(
            &mut rng,
            &names::UKRAINIAN,
            Intro::Title("Foreign Minister"),
            "Kyiv",
            &[],
        );
        let mut out = String::new();
        p.mention(&mut out);
        assert!(out.starts_with("Foreign Minister "));
        assert!(out.ends_with(p.last));
        out.clear();
        p.mention(&mut out);
        assert_eq!(out, p.last);
    }

    #[test]
    fn witnesses_get_age_and_job() {
        let mut rng = Rng::new(2);
        let intro = Intro::Witness {
            age: 41,
            role: "nurse",
            town: "Omdurman",
        };
        let mut p = Person::new(&mut rng, &names::SUDANESE, intro, "", &[]);
        let mut out = String::new();
        p.mention(&mut out);
        assert!(out.ends_with(", 41, a nurse from Omdurman"), "{out}");
    }
}
