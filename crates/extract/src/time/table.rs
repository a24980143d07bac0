//! Table-driven tests: `testdata/sentences/time.toml`.

use chrono::NaiveDate;
use serde::Deserialize;
use storyline_model::Precision;

use super::find_times;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    anchor: Option<String>,
    #[serde(default)]
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    text: String,
    value: Option<String>,
    precision: Precision,
    kind: Option<String>,
    days: Option<i64>,
    rule: Option<String>,
}

fn describe(e: &Expect) -> String {
    format!(
        "{:?} = {} ({:?}{}{}{})",
        e.text,
        e.value.as_deref().unwrap_or("-"),
        e.precision,
        e.kind
            .as_ref()
            .map(|k| format!(", {k}"))
            .unwrap_or_default(),
        e.days.map(|d| format!(", days {d}")).unwrap_or_default(),
        e.rule
            .as_ref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default(),
    )
}

#[test]
fn table() {
    let file: File = toml::from_str(include_str!("../../../../testdata/sentences/time.toml"))
        .expect("time.toml parses");
    assert!(file.case.len() >= 120, "only {} cases", file.case.len());
    let mut failures = Vec::new();
    for case in &file.case {
        let anchor = case.anchor.as_ref().map(|a| {
            a.parse::<NaiveDate>()
                .unwrap_or_else(|e| panic!("bad anchor {a:?}: {e}"))
        });
        let found = find_times(&case.text, 0, anchor);
        let got: Vec<Expect> = found
            .iter()
            .map(|t| Expect {
                text: t.value.text.clone(),
                value: t.value.value.clone(),
                precision: t.value.precision,
                kind: Some(t.kind.name().to_string()),
                days: match t.kind {
                    super::TimeKind::Offset { days } => Some(days),
                    _ => None,
                },
                rule: Some(t.rule.to_string()),
            })
            .collect();
        let ok = got.len() == case.expect.len()
            && got.iter().zip(&case.expect).all(|(g, e)| {
                g.text == e.text
                    && g.value == e.value
                    && g.precision == e.precision
                    && (e.kind.is_none() || g.kind == e.kind)
                    && (e.days.is_none() || g.days == e.days)
                    && (e.rule.is_none() || g.rule == e.rule)
            });
        if !ok {
            let want: Vec<String> = case.expect.iter().map(describe).collect();
            let have: Vec<String> = got.iter().map(describe).collect();
            failures.push(format!(
                "{:?} (anchor {:?})\n    want {want:?}\n    got  {have:?}",
                case.text, case.anchor
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        file.case.len(),
        failures.join("\n")
    );
}
