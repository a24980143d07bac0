//! `storyline eval` on the team's development set: the scores are computed
//! and stay above the floor the engine has reached (a regression guard;
//! the figures themselves are in the README).

use std::path::Path;

use crate::util::Sandbox;

#[test]
fn eval_scores_the_dev_set_above_the_floor() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dev/gold.jsonl");
    let sb = Sandbox::new();
    let run = sb
        .run(&["eval", "--gold", gold.to_str().unwrap(), "--format", "json"])
        .expect(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["articles"], 20);
    let f1 = |c: &serde_json::Value| {
        let (tp, fp, fn_) = (
            c["tp"].as_f64().unwrap(),
            c["fp"].as_f64().unwrap(),
            c["fn_"].as_f64().unwrap(),
        );
        2.0 * tp / (2.0 * tp + fp + fn_)
    };
    assert!(
        f1(&report["events"]) >= 0.60,
        "events F1 {:.3}",
        f1(&report["events"])
    );
    assert!(
        f1(&report["quotes"]) >= 0.75,
        "quotes F1 {:.3}",
        f1(&report["quotes"])
    );
    let attribution = &report["attribution"];
    let right = attribution["right"].as_f64().unwrap() / attribution["total"].as_f64().unwrap();
    assert!(right >= 0.60, "quote attribution {right:.3}");
}

#[test]
fn eval_reports_a_missing_article_file_clearly() {
    let sb = Sandbox::new();
    let gold = sb.write(
        "gold.jsonl",
        "{\"article\": {\"path\": \"nowhere.txt\"}, \"events\": []}\n",
    );
    let run = sb
        .run(&["eval", "--gold", gold.to_str().unwrap()])
        .expect(3);
    assert!(run.stderr.contains("nowhere.txt"), "{}", run.stderr);
}
