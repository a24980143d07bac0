//! Tests of [`find_figures`]: inline cases, the sentence table in
//! `testdata/sentences/figures.toml`, and span invariants on generated text.

use serde::Deserialize;

use super::{Figure, find_figures, parse_number};

/// "kind bound value[-max][ unit]", the table's notation.
fn show(f: &Figure) -> String {
    let q = &f.quantity;
    let num = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{v:.0}")
        } else {
            format!("{v}")
        }
    };
    let mut s = format!("{} {} {}", q.kind, q.bound.as_str(), num(q.value));
    if let Some(max) = q.max {
        s = format!("{s}-{}", num(max));
    }
    if let Some(unit) = &q.unit {
        s = format!("{s} {unit}");
    }
    s
}

fn shows(text: &str) -> Vec<String> {
    find_figures(text, 0).iter().map(show).collect()
}

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    expect: Vec<String>,
}

const TABLE: &str = include_str!("../../../../testdata/sentences/figures.toml");

#[test]
fn sentence_table() {
    let table: Table = toml::from_str(TABLE).expect("figures.toml parses");
    assert!(table.case.len() >= 120, "{} cases", table.case.len());
    let mut failures = Vec::new();
    for case in &table.case {
        let got = shows(&case.text);
        if got != case.expect {
            let rules: Vec<&str> = find_figures(&case.text, 0).iter().map(|f| f.rule).collect();
            failures.push(format!(
                "{}\n    expected {:?}\n    got      {:?} {:?}",
                case.text, case.expect, got, rules
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let negatives = table.case.iter().filter(|c| c.expect.is_empty()).count();
    assert!(negatives >= 20, "{negatives} negative cases");
}

#[test]
fn spans_rules_and_offsets() {
    let text = "A child was killed and more than 20 people were injured.";
    let figs = find_figures(text, 100);
    assert_eq!(figs.len(), 2);
    let at = |s: storyline_model::Span| &text[s.start - 100..s.end - 100];
    assert_eq!(at(figs[0].quantity.span.unwrap()), "A child");
    assert_eq!(figs[0].rule, "figure/killed/passive");
    assert_eq!(at(figs[1].quantity.span.unwrap()), "more than 20 people");
    assert_eq!(at(figs[1].number_span), "more than 20");
    assert_eq!(figs[1].rule, "figure/injured/passive");
}

#[test]
fn rule_ids_name_the_pattern() {
    let rules =
        |t: &str| -> Vec<&'static str> { find_figures(t, 0).iter().map(|f| f.rule).collect() };
    assert_eq!(
        rules("The blast killed at least 12 people."),
        ["figure/killed/verb"]
    );
    assert_eq!(rules("The death toll rose to 14."), ["figure/killed/toll"]);
    assert_eq!(rules("Russia launched 472 drones."), ["figure/drones/noun"]);
    assert_eq!(
        rules("They agreed an 84-for-84 swap."),
        ["figure/prisoners/exchange"]
    );
    assert_eq!(rules("Damage reached $7 billion."), ["figure/money"]);
    assert_eq!(rules("Turnout was 34%."), ["figure/percent"]);
    assert_eq!(rules("It hit 34% of the carriers."), ["figure/percent/of"]);
    assert_eq!(rules("They built 40 settlements."), ["figure/count"]);
    assert_eq!(
        rules("Shelling damaged five apartment buildings and a shopping centre."),
        ["figure/buildings/noun", "figure/buildings/list"]
    );
    assert_eq!(
        rules("Air defences shot down six of the missiles."),
        ["figure/intercepted/verb"]
    );
    assert_eq!(
        rules("Six of the missiles struck homes."),
        ["figure/missiles/partitive"]
    );
    assert_eq!(
        rules("The strike killed 12 people, including two children."),
        ["figure/killed/verb", "figure/killed/including"]
    );
}

#[test]
fn money_spans() {
    let text = "Germany pledged 500 million euros ($590 million).";
    let figs = find_figures(text, 0);
    let at = |s: storyline_model::Span| &text[s.start..s.end];
    assert_eq!(at(figs[0].quantity.span.unwrap()), "500 million euros");
    assert_eq!(at(figs[0].number_span), "500 million");
    assert_eq!(at(figs[1].quantity.span.unwrap()), "$590 million");
}

#[test]
fn parse_number_examples() {
    for (text, value) in [
        ("1,000", 1000.0),
        ("2.5", 2.5),
        ("a dozen", 12.0),
        ("twenty-one", 21.0),
        ("two hundred", 200.0),
        ("1.2 million", 1.2e6),
        ("thousand", 1000.0),
        (" 12 ", 12.0),
    ] {
        assert_eq!(parse_number(text), Some(value), "{text}");
    }
    for text in ["", "people", "2nd", "Su-34", "12 people", "a"] {
        assert_eq!(parse_number(text), None, "{text}");
    }
}

#[test]
fn text_without_numbers_is_skipped_fast() {
    assert!(find_figures("Talks resumed in Istanbul on schedule.", 0).is_empty());
    assert!(find_figures("", 0).is_empty());
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "12",
    "1,000",
    "2.5",
    "€",
    "$",
    "£",
    "US$",
    "%",
    "bn",
    "m",
    "-",
    "–",
    "—",
    "for",
    "to",
    "and",
    "or",
    "between",
    "more than",
    "at least",
    "about",
    "a",
    "an",
    "dozen",
    "dozens of",
    "hundreds",
    "thousand",
    "twenty",
    "-one",
    "people",
    "killed",
    "were",
    "injured",
    "drones",
    "shot down",
    "of them",
    "each",
    "prisoners",
    "per cent",
    "percent",
    "euros",
    "rubles",
    "death toll",
    "rose",
    "from",
    "aged",
    "year-old",
    "Su",
    "G7",
    "03:00",
    "24/7",
    "2025",
    "September",
    "a.m.",
    "Street",
    ",",
    ".",
    "(",
    ")",
    "'",
    "’",
    "İ",
    "ß",
    "ﬁ",
    "é",
    "😀",
    "١٢٣",
    "１２",
    "\u{200d}",
    "\u{a0}",
    "\u{301}",
    "日本",
    "Київ",
    " ",
    "",
    "\t",
    "\n",
    "including",
    "a child",
    "was",
    "the",
    "shopping centre",
    "homes",
    "or more",
    "+",
    "plus",
];

#[test]
fn spans_always_slice_the_sentence() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut found = 0;
    for n in 0..20_000 {
        let len = 1 + rng.next() % 14;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(rng.pick(PIECES));
            if !rng.next().is_multiple_of(3) {
                s.push(' ');
            }
        }
        let offset = (n % 7) * 1000;
        for f in find_figures(&s, offset) {
            found += 1;
            check_spans(&s, offset, &f);
        }
    }
    assert!(
        found > 1000,
        "the generator reaches the rules ({found} figures)"
    );
}

#[test]
fn every_prefix_of_the_table_is_safe() {
    let table: Table = toml::from_str(TABLE).expect("figures.toml parses");
    for case in &table.case {
        let t = &case.text;
        for (cut, _) in t.char_indices() {
            for f in find_figures(&t[..cut], 7) {
                check_spans(&t[..cut], 7, &f);
            }
            for f in find_figures(&t[cut..], 0) {
                check_spans(&t[cut..], 0, &f);
            }
        }
    }
}

fn check_spans(s: &str, offset: usize, f: &Figure) {
    let span = f.quantity.span.expect("every figure has a span");
    let slice = |a: usize, b: usize| s.get(a - offset..b - offset);
    assert!(span.start >= offset && span.start < span.end, "{s:?} {f:?}");
    assert!(slice(span.start, span.end).is_some(), "{s:?} {f:?}");
    let n = f.number_span;
    assert!(
        n.start >= span.start && n.end <= span.end && n.start < n.end,
        "{s:?} {f:?}"
    );
    assert!(slice(n.start, n.end).is_some(), "{s:?} {f:?}");
    assert!(f.quantity.value.is_finite(), "{s:?} {f:?}");
    if let Some(max) = f.quantity.max {
        assert!(max > f.quantity.value, "{s:?} {f:?}");
    }
}
