//! Unit and property tests of [`find_times`]; the sentence table is in
//! `table.rs`.

use chrono::NaiveDate;
use storyline_model::{Precision, Span};

use super::{TimeExpr, TimeKind, find_times};

fn d(s: &str) -> Option<NaiveDate> {
    s.parse().ok()
}

fn one(sentence: &str, anchor: &str) -> TimeExpr {
    let mut found = find_times(sentence, 0, d(anchor));
    assert_eq!(found.len(), 1, "{sentence:?}: {found:#?}");
    found.remove(0)
}

#[test]
fn span_is_in_article_coordinates() {
    let article = "Headline.\nRussian missiles struck Kyiv on Monday, officials said.";
    let offset = article.find("Russian").unwrap();
    let found = find_times(&article[offset..], offset, d("2025-07-22"));
    assert_eq!(found.len(), 1);
    let t = &found[0];
    assert_eq!(&article[t.span.start..t.span.end], "on Monday");
    assert_eq!(t.value.text, "on Monday");
    assert_eq!(t.value.span, Some(t.span));
    assert_eq!(t.value.value.as_deref(), Some("2025-07-21"));
    assert!(t.value.resolved);
    assert_eq!(t.value.precision, Precision::Day);
    assert_eq!(t.kind, TimeKind::Relative);
    assert_eq!(t.rule, "time/weekday");
}

#[test]
fn weekday_tense_and_same_day() {
    // Anchor Tuesday 2025-07-22.
    let a = "2025-07-22";
    let v = |s: &str| one(s, a).value.value;
    assert_eq!(
        v("Peskov told reporters on Tuesday that talks were over."),
        Some("2025-07-22".into())
    );
    assert_eq!(
        v("Talks will resume on Tuesday."),
        Some("2025-07-29".into())
    );
    assert_eq!(
        v("Talks are set to resume on Wednesday."),
        Some("2025-07-23".into())
    );
    assert_eq!(
        v("Strikes hit Kyiv on Wednesday."),
        Some("2025-07-16".into())
    );
    assert_eq!(
        v("The vote was postponed to Friday."),
        Some("2025-07-25".into())
    );
    assert_eq!(
        v("The upcoming talks on Monday matter."),
        Some("2025-07-28".into())
    );
}

#[test]
fn undated_articles_stay_unresolved() {
    for s in [
        "The strike came on Monday.",
        "The strike came last month.",
        "It fell in June.",
    ] {
        let t = &find_times(s, 0, None)[0];
        assert_eq!(t.value.value, None, "{s}");
        assert!(!t.value.resolved, "{s}");
    }
    let t = &find_times("It fell on 3 June 2024.", 0, None)[0];
    assert_eq!(t.value.value.as_deref(), Some("2024-06-03"));
    assert!(t.value.resolved);
}

#[test]
fn kinds_without_values() {
    let a = "2025-07-22";
    let t = one("The blast came two days before the vote.", a);
    assert_eq!(t.kind, TimeKind::Offset { days: -2 });
    assert_eq!(t.value.value, None);
    assert!(!t.value.resolved);
    assert_eq!(
        one("Shelling has grown in recent weeks.", a).kind,
        TimeKind::Vague
    );
    assert_eq!(
        one("The war has raged for three years.", a).kind,
        TimeKind::Duration
    );
    assert_eq!(TimeKind::Offset { days: 1 }.name(), "offset");
    assert_eq!(TimeKind::Absolute.name(), "absolute");
}

#[test]
fn calendar_edges_do_not_panic() {
    let text = "Yesterday, tomorrow, next year, two weeks from now, on Monday, in June, \
                999 years ago, in 999 days' time, last winter, on the 31st, Feb. 29";
    for anchor in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
    ] {
        for t in find_times(text, 0, Some(anchor)) {
            assert_eq!(t.value.resolved, t.value.value.is_some());
        }
    }
    // Offsets near the top of the address space saturate rather than overflow.
    let _ = find_times("on Monday", usize::MAX - 3, d("2025-07-22"));
}

#[test]
fn invalid_dates_are_skipped() {
    for s in [
        "It was 31 April 2024.",
        "On 30 February, talks ended.",
        "Dated 2024-13-01.",
        "Dated 31/31/2024.",
    ] {
        assert!(find_times(s, 0, d("2025-07-22")).is_empty(), "{s}");
    }
}

/// A tiny deterministic generator (no external crates).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

/// Checks the invariants every result must keep.
fn check(sentence: &str, offset: usize, found: &[TimeExpr]) {
    let mut last_end = offset;
    for t in found {
        let Span { start, end } = t.span;
        assert!(start >= last_end && start < end, "{sentence:?}: {found:#?}");
        last_end = end;
        let local = sentence.get(start - offset..end - offset);
        assert_eq!(local, Some(t.value.text.as_str()), "{sentence:?}");
        assert_eq!(t.value.span, Some(t.span));
        assert_eq!(t.value.resolved, t.value.value.is_some());
        if let Some(v) = &t.value.value {
            let len_ok = match t.value.precision {
                Precision::Day => v.len() == 10,
                Precision::Month => v.len() == 7,
                Precision::Year | Precision::PartOfYear => v.len() == 4,
                Precision::PartOfMonth => v.len() == 7 || v.len() == 10,
                Precision::Unknown => false,
            };
            assert!(len_ok, "{sentence:?}: {v} at {:?}", t.value.precision);
        }
        if !matches!(t.kind, TimeKind::Absolute | TimeKind::Relative) {
            assert_eq!(t.value.value, None);
        }
    }
}

#[test]
fn property_spans_slice_to_text() {
    const PARTS: &[&str] = &[
        "Russian forces",
        "struck",
        "Kyiv",
        "on Monday",
        "Monday's",
        "last week",
        "yesterday",
        "will meet",
        "are set to resume",
        "22 July 2025",
        "July 22",
        "Sept. 17",
        "17th of September",
        "in June",
        "mid-May",
        "early 2022",
        "since 2014",
        "two weeks ago",
        "a day after",
        "recently",
        "for three years",
        "2,000 troops",
        "$7 billion",
        "may",
        "May",
        "March",
        "march",
        "the 2nd round",
        "24/7",
        "03:00",
        "2025-07-22",
        "22/07/2025",
        "on the 17th",
        "overnight",
        "last night",
        "in two days",
        "the end of March",
        "Київ",
        "«",
        "»",
        "—",
        "🚀",
        "ü",
        "\u{a0}",
        ",",
        ".",
        ";",
        "\"",
        "'s",
        "’s",
        "next",
        "this coming",
        "Friday",
        "the",
        "in",
        "on",
        "of",
        "by",
        "1999",
        "2000",
        "12",
        "31",
        "-",
        "/",
        "Sunday Times",
        "earlier this month",
        "later this year",
        "the day before",
        "hours",
        "ago",
        "later",
    ];
    let mut rng = Lcg(7);
    for i in 0..4000 {
        let n = 1 + rng.next() % 14;
        let mut sentence = String::new();
        for _ in 0..n {
            let sep = rng.pick(&[" ", " ", " ", "", "\u{a0}", ", "]);
            sentence.push_str(rng.pick(PARTS));
            sentence.push_str(sep);
        }
        let offset = rng.next() % 1000;
        let anchor = if i % 5 == 0 { None } else { d("2025-07-22") };
        let found = find_times(&sentence, offset, anchor);
        check(&sentence, offset, &found);
    }
}

#[test]
fn odd_input_never_panics() {
    let mut rng = Lcg(11);
    let alphabet: Vec<char> =
        "0123456789 ,./-:'’aMyJuSeptOnTdhsrlikg\u{301}\u{a0}ÄüКиї🚀\u{200d}\t\n"
            .chars()
            .collect();
    for _ in 0..3000 {
        let len = rng.next() % 40;
        let s: String = (0..len)
            .map(|_| alphabet[rng.next() % alphabet.len()])
            .collect();
        check(&s, 0, &find_times(&s, 0, d("2025-07-22")));
    }
    for s in [
        "",
        " ",
        "\u{0}",
        "May",
        "on",
        "2025-",
        "31st",
        "on the 1st",
        "Mon\u{301}day",
    ] {
        check(s, 0, &find_times(s, 0, None));
    }
}

fn all_patterns() -> Vec<(&'static str, &'static regex::Regex)> {
    let mut all = super::absolute::patterns();
    all.extend(super::parts::patterns());
    all.extend(super::relative::patterns());
    all.extend(super::counts::patterns());
    all.extend(super::spans::patterns());
    all
}

#[test]
fn every_pattern_compiles() {
    assert_eq!(all_patterns().len(), 24);
}

#[test]
fn huge_sentences_stay_fast() {
    // One unsplit "sentence" of 30,000 expressions: must stay linear.
    let s = "Talks will resume on Monday, 2 weeks ago, in June 2024; ".repeat(10_000);
    let found = find_times(&s, 0, d("2025-07-22"));
    assert_eq!(found.len(), 30_000);
    check(&s, 0, &found);
}
