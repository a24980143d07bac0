//! The paragraph writer: which kinds of paragraph a story runs, in what
//! order, and how each is filled with sentences without repeating one.

use crate::story::{PA, PI, PW, PX, PY, Story};
use crate::templates::Topic;
use crate::templates::common::{self as c};

/// Kinds of paragraph, in the order a news story usually runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Para {
    Lead,
    Detail,
    QuoteX,
    QuoteY,
    QuoteI,
    Witness,
    Reaction,
    Background,
    Context,
    Analysis,
    Closing,
}

pub(crate) const ORDER: [Para; 16] = {
    use Para::*;
    [
        Detail, QuoteY, Detail, Witness, QuoteX, Reaction, Detail, QuoteI, Background, Analysis,
        Context, Detail, Witness, Background, Analysis, Closing,
    ]
};

/// Writes paragraphs for one story, remembering which templates it used.
pub(crate) struct Writer {
    pub(crate) story: Story,
    pub(crate) used: Vec<usize>,
}

impl Writer {
    /// An unused template of `pool`, marked used.
    fn fresh(&mut self, pool: &'static [&'static str]) -> Option<&'static str> {
        if pool.is_empty() {
            return None;
        }
        let start = self.story.rng.index(pool.len());
        for k in 0..pool.len() {
            let t = pool[(start + k) % pool.len()];
            let id = t.as_ptr() as usize;
            if !self.used.contains(&id) {
                self.used.push(id);
                return Some(t);
            }
        }
        None
    }

    /// Writes one sentence from the first pool of `pools` that has an unused
    /// template; false when all are used up.
    fn unit(&mut self, pools: &[&'static [&'static str]], out: &mut String) -> bool {
        for pool in pools {
            if let Some(t) = self.fresh(pool) {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                self.story.sentence(t, out);
                return true;
            }
        }
        false
    }

    /// A quote by cast member `who` from `quotes`, attributed with `formats`.
    fn quote(
        &mut self,
        who: usize,
        quotes: &'static [&'static str],
        formats: &[&'static str],
        out: &mut String,
    ) -> bool {
        let Some(q) = self.fresh(quotes) else {
            return false;
        };
        self.story.who = who;
        self.story.quote = q;
        let format = self.story.rng.choose(formats);
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        self.story.sentence(format, out);
        true
    }

    /// A further quote by anyone of the cast who has something left to say.
    fn any_quote(&mut self, out: &mut String) -> bool {
        let t = self.story.topic.templates();
        self.quote(PW, t.quotes_w, c::TRAILING_QUOTE_FORMATS, out)
            || self.quote(PY, t.quotes_y, c::QUOTE_FORMATS, out)
            || self.quote(PI, t.quotes_i, c::QUOTE_FORMATS, out)
            || self.quote(PX, t.quotes_x, c::QUOTE_FORMATS, out)
            || self.quote(PA, c::ANALYST_QUOTES, c::TRAILING_QUOTE_FORMATS, out)
    }

    fn follow_up(
        &mut self,
        quotes: &'static [&'static str],
        templates: &'static [&'static str],
        out: &mut String,
    ) -> bool {
        let template = self.story.rng.choose(templates);
        if template.contains("{q}") {
            match self.fresh(quotes) {
                Some(q) => self.story.quote = q,
                None => return false,
            }
        } else if self.used.contains(&(template.as_ptr() as usize)) {
            return false;
        } else {
            self.used.push(template.as_ptr() as usize);
        }
        out.push(' ');
        self.story.sentence(template, out);
        true
    }

    pub(crate) fn paragraph(&mut self, kind: Para, target: usize, out: &mut String) {
        let t = self.story.topic.templates();
        let background = self.story.conflict.background;
        // Long pieces round up other developments once their own material
        // is used up.
        let others = self.story.conflict.topics;
        let k = (self.story.index % others.len() as u64) as usize;
        let other1 = others[k].templates();
        let other2 = others[(k + 3) % others.len()].templates();
        let fallback: [&'static [&'static str]; 10] = [
            t.details,
            c::CONTEXT,
            c::REACTIONS,
            background,
            c::ANALYSIS,
            c::SCENE,
            c::HISTORY,
            c::ECONOMY,
            other1.details,
            other2.details,
        ];
        let (who, quotes) = match kind {
            Para::QuoteX => (PX, t.quotes_x),
            Para::QuoteI => (PI, t.quotes_i),
            Para::Witness => (PW, t.quotes_w),
            _ => (PY, t.quotes_y),
        };
        let first = match kind {
            Para::Lead => {
                self.dateline(out);
                self.unit(&[t.leads], out)
            }
            Para::Detail => self.unit(&[t.details, c::CONTEXT], out),
            Para::QuoteX | Para::QuoteY | Para::QuoteI => {
                self.quote(who, quotes, c::QUOTE_FORMATS, out) || self.unit(&[t.details], out)
            }
            Para::Witness => self.quote(PW, quotes, c::TRAILING_QUOTE_FORMATS, out),
            Para::Reaction => self.unit(&[c::REACTIONS, c::CONTEXT], out),
            Para::Background => self.unit(&[background, c::CONTEXT], out),
            Para::Context => self.unit(&[c::CONTEXT, t.details], out),
            Para::Analysis => {
                (self.story.rng.chance(60)
                    && self.quote(PA, c::ANALYST_QUOTES, c::TRAILING_QUOTE_FORMATS, out))
                    || self.unit(&[c::ANALYSIS], out)
            }
            Para::Closing => {
                self.unit(&[c::CLOSINGS], out);
                return;
            }
        };
        if !first && !self.unit(&fallback, out) {
            return;
        }
        if matches!(
            kind,
            Para::QuoteX | Para::QuoteY | Para::QuoteI | Para::Witness
        ) && out.len() + 60 < target
        {
            let templates = if kind == Para::Witness {
                c::WITNESS_FOLLOW_UPS
            } else {
                c::FOLLOW_UPS
            };
            self.follow_up(quotes, templates, out);
        }
        let own: &'static [&'static str] = match kind {
            Para::Reaction => c::REACTIONS,
            Para::Background => background,
            Para::Context => c::CONTEXT,
            Para::Analysis => c::ANALYSIS,
            _ => t.details,
        };
        for _ in 0..14 {
            if out.len() + 90 >= target {
                break;
            }
            if !self.unit(&[own], out) && !self.unit(&fallback, out) && !self.any_quote(out) {
                break;
            }
        }
    }

    fn dateline(&mut self, out: &mut String) {
        if !self.story.outlet.wire_dateline {
            return;
        }
        let (place, country) = match self.story.topic {
            Topic::Talks => (self.story.venue, None),
            Topic::Sanctions => return,
            _ => (self.story.city, Some(self.story.y.country)),
        };
        out.push_str(&place.to_uppercase());
        if let Some(country) = country.filter(|c| !place.contains(c)) {
            out.push_str(", ");
            out.push_str(country);
        }
        out.push_str(" (");
        out.push_str(self.story.outlet.name);
        out.push_str(") — ");
    }
}

/// Photo captions and page furniture, as scrapers leave them in.
pub(crate) fn add_noise(w: &mut Writer, paragraphs: &mut Vec<String>) {
    let rng = &mut w.story.rng;
    let count = match rng.below(100) {
        0..=69 => 0,
        70..=89 => 1,
        _ => 2,
    };
    for _ in 0..count {
        let pool = if w.story.rng.chance(40) {
            c::CAPTIONS
        } else {
            c::FURNITURE
        };
        let mut template = w.story.rng.choose(pool);
        if template.contains("{venue}") && w.story.topic != Topic::Talks {
            template = c::CAPTIONS[0];
        }
        let mut line = String::new();
        w.story.sentence(template, &mut line);
        let at = w.story.rng.range(1, paragraphs.len() as u64) as usize;
        paragraphs.insert(at, line);
    }
    if w.story.rng.chance(5) {
        paragraphs.push("Share this article".to_string());
    }
}
