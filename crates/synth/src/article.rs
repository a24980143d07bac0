//! Writing one article: the plan of paragraphs, the text, the headline and
//! URL, and the two on-disk formats (seed text and JSON Lines).

use serde::Serialize;

use crate::date::{Day, iso};
use crate::rng::Rng;
use crate::story::Story;
use crate::templates::Topic;
use crate::templates::common::{self as c};
use crate::writer::{ORDER, Para, Writer, add_noise};

/// A generated news article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthArticle {
    /// Position in the corpus.
    pub index: u64,
    /// Publication date `(year, month, day)`; `None` for undated articles.
    pub date: Option<(i32, u32, u32)>,
    /// Headline.
    pub title: String,
    /// Canonical URL (on a reserved `.example` domain).
    pub url: String,
    /// Body text: paragraphs separated by blank lines. Unique in the corpus.
    pub text: String,
    /// What the article is about.
    pub topic: Topic,
    /// Key of the conflict it reports on ("ukraine", "sudan", ...).
    pub conflict: &'static str,
}

#[derive(Serialize)]
struct JsonRecord<'a> {
    id: String,
    url: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    text: &'a str,
}

impl SynthArticle {
    /// The date as `YYYY-MM-DD`, when dated.
    pub fn date_iso(&self) -> Option<String> {
        self.date.map(iso)
    }

    /// External id used in JSON Lines: `synth-` and the zero-padded index.
    pub fn id(&self) -> String {
        format!("synth-{:08}", self.index)
    }

    /// Plain-text seed format: a `date YYYY-MM-DD` line when dated, then the text.
    pub fn to_seed_format(&self) -> String {
        match self.date_iso() {
            Some(date) => format!("date {date}\n{}\n", self.text),
            None => format!("{}\n", self.text),
        }
    }

    /// One JSON Lines record `{"id","url","title","date","text"}` without
    /// the trailing newline; `date` is omitted for undated articles.
    pub fn to_jsonl(&self) -> String {
        let record = JsonRecord {
            id: self.id(),
            url: &self.url,
            title: &self.title,
            date: self.date_iso(),
            text: &self.text,
        };
        serde_json::to_string(&record).unwrap_or_default()
    }
}

/// Target text lengths in bytes: (low, high, weight).
const LENGTHS: [(u64, u64, u32); 8] = [
    (450, 800, 10),
    (800, 1500, 30),
    (1500, 2500, 60),
    (2500, 3500, 50),
    (3500, 5000, 30),
    (5000, 8000, 14),
    (8000, 10_000, 3),
    (10_000, 15_000, 3),
];

/// Writes article `index` of the corpus `seed`.
pub fn write(seed: u64, index: u64) -> SynthArticle {
    let mut rng = Rng::for_item(seed, index);
    let lengths: Vec<u32> = LENGTHS.iter().map(|l| l.2).collect();
    let (lo, hi, _) = LENGTHS[rng.weighted(&lengths)];
    let target = rng.range(lo, hi) as usize;
    let dated = !rng.chance(10);
    let story = Story::new(rng, index);
    let mut w = Writer {
        story,
        used: Vec::with_capacity(64),
    };

    let n = (target / 330).clamp(3, 12);
    let mut picks: Vec<usize> = (0..ORDER.len()).collect();
    w.story.rng.shuffle(&mut picks);
    picks.truncate(n - 1);
    picks.sort_unstable();
    let unique_at = w.story.rng.range(1, (n - 1) as u64) as usize;
    let per = target / n;

    let mut paragraphs: Vec<String> = Vec::with_capacity(n + 3);
    let kinds = std::iter::once(Para::Lead).chain(picks.iter().map(|&i| ORDER[i]));
    for (i, kind) in kinds.enumerate() {
        let mut p = String::with_capacity(per + 200);
        w.paragraph(kind, per, &mut p);
        if i == unique_at {
            let template = w.story.rng.choose(c::UNIQUE);
            if !p.is_empty() {
                p.push(' ');
            }
            w.story.sentence(template, &mut p);
        }
        if !p.is_empty() {
            paragraphs.push(p);
        }
    }
    add_noise(&mut w, &mut paragraphs);

    let mut text = paragraphs.join("\n\n");
    if w.story.outlet.curly {
        text = curly_quotes(&text);
    }
    let headline = w.story.rng.choose(w.story.topic.templates().headlines);
    let mut title = String::new();
    w.story.sentence(headline, &mut title);
    let date = dated.then(|| w.story.day.ymd());
    let day = date.map(|_| w.story.day);
    let url = url(&mut w.story, &title, day);
    SynthArticle {
        index,
        date,
        title,
        url,
        text,
        topic: w.story.topic,
        conflict: w.story.conflict.key,
    }
}

/// Replaces straight quotes by typographic ones, alternating “ and ” within
/// each line, and apostrophes by ’.
fn curly_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 50);
    let mut open = true;
    for ch in text.chars() {
        match ch {
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '\'' => out.push('’'),
            '\n' => {
                open = true;
                out.push('\n');
            }
            _ => out.push(ch),
        }
    }
    out
}

/// A URL from the outlet, section, date and a slug of the headline; the
/// suffix keeps it unique.
fn url(story: &mut Story, title: &str, day: Option<Day>) -> String {
    let mut slug = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(9)
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        for ch in word.chars() {
            match ch {
                'a'..='z' | '0'..='9' => slug.push(ch),
                'A'..='Z' => slug.push(ch.to_ascii_lowercase()),
                'à' | 'á' | 'â' | 'ä' => slug.push('a'),
                'é' | 'è' | 'ê' | 'ë' | 'É' => slug.push('e'),
                'ï' | 'î' | 'í' => slug.push('i'),
                'ô' | 'ö' | 'ó' => slug.push('o'),
                'ü' | 'ú' | 'û' => slug.push('u'),
                _ => {}
            }
        }
    }
    let section = if story.index % 3 == 0 {
        story.topic.as_str()
    } else {
        story.conflict.key
    };
    let suffix = format!("{:x}{:02x}", story.index, story.rng.below(256));
    let mut url = format!("https://{}/world/{section}/", story.outlet.domain);
    if let Some(day) = day {
        let (y, m, d) = day.ymd();
        url.push_str(&format!("{y:04}/{m:02}/{d:02}/"));
    }
    url.push_str(&slug);
    url.push('-');
    url.push_str(&suffix);
    url
}
