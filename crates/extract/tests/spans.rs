//! Property tests: extraction never panics, and every span it reports
//! slices the article text exactly (evidence, mentions, dates, figures,
//! quotes), on the team's articles and on many generated noisy texts.

use storyline_model::{Article, DateSource, Extraction, Span};

/// Fragments of news prose and noise, mixed at random.
const PIECES: &[&str] = &[
    "Russian missiles struck Kyiv on Monday, killing at least 12 people.",
    " \"We see no reason,\" Kremlin spokesman Dmitry Peskov told reporters.",
    "Talks are set to resume in Istanbul on Wednesday.",
    " The 2nd round of talks, Anadolu/Getty Images\n\n",
    "Hamas said it was ready to release 33 hostages ",
    "“Humanitarian access is not a favour,” the coordinator said. “It is an obligation.”",
    "more than 20 people were injured in overnight attacks",
    " $7 billion ",
    " 34% ",
    " €2.5bn ",
    "’",
    "“",
    "”",
    "\"",
    "'",
    "…",
    " - ",
    "—",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "U.S.",
    " Lt. Col. ",
    "Zelensky",
    " Türkiye ",
    "Sana'a",
    " El Fasher ",
    "Read more: ",
    "Share this article",
    "İ",
    "ß",
    "🙂",
    "\u{301}",
    "ﬁ",
    "٣",
    "１２",
    " 12 000 ",
    "2,000",
    "mid-May",
    "last month",
    "a day after",
    "the Houthis fired",
    "Israeli strikes on Gaza City",
    "M23 rebels seized Goma",
    " RSF ",
    " said ",
    " he said.",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // SplitMix64: deterministic across platforms and versions.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[track_caller]
fn slices(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(
        text.get(span.start..span.end).is_some(),
        "{what}: span {span:?} does not slice the text"
    );
}

fn check(ex: &Extraction) {
    let text = ex.article.text.as_str();
    for e in &ex.entities {
        for m in &e.mentions {
            slices(text, m.span(), "mention");
            assert!(m.end > m.start, "empty mention of {}", e.name);
        }
    }
    for e in &ex.events {
        for v in &e.evidence {
            slices(text, v.span(), "evidence");
        }
        if let Some(span) = e.date.as_ref().and_then(|d| d.span) {
            slices(text, span, "date");
            assert_eq!(
                &text[span.start..span.end],
                e.date.as_ref().unwrap().text,
                "date text is the slice"
            );
        }
        for q in &e.quantities {
            if let Some(span) = q.span {
                slices(text, span, "figure");
            }
        }
    }
    for q in &ex.quotes {
        for v in &q.evidence {
            slices(text, v.span(), "quote evidence");
        }
        let inner = &text[q.evidence[0].start..q.evidence[0].end];
        assert!(
            inner.contains(q.text.as_str()),
            "quote text {:?} lies in its evidence {inner:?}",
            q.text
        );
    }
    for d in &ex.diagnostics {
        if let Some(span) = d.span {
            slices(text, span, "diagnostic");
        }
    }
}

#[test]
fn generated_texts_never_panic_and_spans_slice() {
    let mut rng = Rng(20251122);
    for round in 0..1500 {
        let mut text = String::new();
        for _ in 0..rng.below(40) + 1 {
            text.push_str(PIECES[rng.below(PIECES.len())]);
        }
        let mut article = Article::from_text(text);
        if round % 3 != 0 {
            article = article.with_date(
                chrono::NaiveDate::from_ymd_opt(2025, 7, 22).unwrap(),
                DateSource::Header,
            );
        }
        check(&storyline_extract::extract(&article));
    }
}

#[test]
fn team_articles_spans_slice() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut seen = 0;
    for dir in ["examples/articles", "dev/articles"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let raw = std::fs::read_to_string(&path).unwrap();
                let article = storyline_ingest::parse_text(&raw, None).unwrap();
                check(&storyline_extract::extract(&article));
                seen += 1;
            }
        }
    }
    assert!(seen >= 25, "read the team's articles ({seen})");
}
