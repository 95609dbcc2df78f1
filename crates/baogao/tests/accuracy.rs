//! Accuracy against the bundled gold annotations, with the thresholds of `tests/thresholds.toml`.
//!
//! Scored by the project's own scorer (`tests/scorer`, the matching rules of
//! `../shared/eval/score.py`), so it runs in a plain clone. `--nocapture` shows the SUMMARY lines:
//! `cargo test --release -p baogao --test accuracy -- --nocapture`.

mod scorer;

use scorer::{FileScore, Part, Summary};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One table of tests/thresholds.toml.
#[derive(Debug, Default)]
struct Suite {
    name: String,
    gold: String,
    texts: String,
    part: String,
    mins: Vec<(String, f64)>,
    max_trap_rate: Option<f64>,
}

/// Reads the subset of TOML the thresholds file uses: `[name]` tables, `key = "text"` and
/// `key = number`, `#` comments. Anything else is an error, so a typo cannot disable a check.
fn read_suites(text: &str) -> Result<Vec<Suite>, String> {
    let mut suites: Vec<Suite> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            suites.push(Suite {
                name: name.trim().to_string(),
                ..Suite::default()
            });
            continue;
        }
        let err = || format!("tests/thresholds.toml:{}: cannot read {raw:?}", n + 1);
        let (key, value) = line.split_once('=').ok_or_else(err)?;
        let (key, value) = (key.trim(), value.trim());
        let suite = suites.last_mut().ok_or_else(err)?;
        let string = || {
            value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .map(str::to_string)
                .ok_or_else(err)
        };
        let number = || value.parse::<f64>().map_err(|_| err());
        match key {
            "gold" => suite.gold = string()?,
            "texts" => suite.texts = string()?,
            "part" => suite.part = string()?,
            "max_trap_rate" => suite.max_trap_rate = Some(number()?),
            "min_heading_f1"
            | "min_heading_titles"
            | "min_indicator_recall"
            | "min_indicator_precision"
            | "min_value_acc"
            | "min_label_acc" => suite
                .mins
                .push((key["min_".len()..].to_string(), number()?)),
            _ => return Err(err()),
        }
    }
    Ok(suites)
}

/// The thresholds a summary misses, one message each.
fn misses(suite: &Suite, s: &Summary) -> Vec<String> {
    let mut out = Vec::new();
    if s.errors > 0 {
        out.push(format!("{} file(s) could not be scored", s.errors));
    }
    for (name, want) in &suite.mins {
        let got = match name.as_str() {
            "heading_f1" => s.heading_f1,
            "heading_titles" => s.heading_titles,
            "indicator_recall" => s.indicator_recall,
            "indicator_precision" => s.indicator_precision.unwrap_or(0.0),
            "value_acc" => s.value_acc,
            "label_acc" => s.label_acc,
            _ => unreachable!("read_suites admits only these"),
        };
        if got < *want {
            out.push(format!("below threshold: {name} {got:.3} < {want}"));
        }
    }
    if let Some(max) = suite.max_trap_rate {
        if s.trap_rate() > max {
            out.push(format!(
                "above threshold: trap_rate {:.3} > {max}",
                s.trap_rate()
            ));
        }
    }
    out
}

#[test]
fn bundled_gold_meets_the_thresholds() {
    let config = std::fs::read_to_string(root().join("tests/thresholds.toml")).unwrap();
    let suites = read_suites(&config).unwrap();
    assert!(suites.len() >= 2, "samples and devset-prose expected");
    let mut failed = Vec::new();
    for suite in &suites {
        let part = Part::from_name(&suite.part).expect("part is all, prose or tables");
        let results =
            scorer::score_dir(&root().join(&suite.gold), &root().join(&suite.texts), part);
        assert!(!results.is_empty(), "{}: no gold files", suite.name);
        let summary = Summary::of(&results);
        println!("[{}] {}", suite.name, summary.line());
        for r in &results {
            if let Err((file, e)) = r {
                println!("   {file}: ERROR {e}");
            }
        }
        failed.extend(
            misses(suite, &summary)
                .into_iter()
                .map(|m| format!("[{}] {m}", suite.name)),
        );
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn thresholds_file_rejects_unknown_keys() {
    assert!(read_suites("[a]\nmin_recall = 0.9\n").is_err());
    assert!(
        read_suites("min_heading_f1 = 0.9\n").is_err(),
        "a key outside a table"
    );
    assert!(read_suites("[a]\nmin_label_acc = high\n").is_err());
    let s = read_suites("[a] # note\ngold = \"g\"\nmin_label_acc = 0.5\nmax_trap_rate = 0.1\n")
        .unwrap();
    assert_eq!((s[0].name.as_str(), s[0].gold.as_str()), ("a", "g"));
    assert_eq!(s[0].mins, [("label_acc".to_string(), 0.5)]);
    assert_eq!(s[0].max_trap_rate, Some(0.1));
}

fn one(gold: &str, text: &str, part: Part) -> FileScore {
    scorer::score_file("t.txt", gold, text.as_bytes(), part).unwrap()
}

#[test]
fn headings_match_on_line_level_and_rank() {
    let text = "一、总体情况\n今年办结申请12件。\n二、存在的问题\n";
    let gold = r#"{"headings": [
        {"level": 1, "marker": "一、", "title": "总体情况", "line": 1},
        {"level": 2, "marker": "二、", "title": "存在的问题", "line": 3}]}"#;
    let r = one(gold, text, Part::All);
    // the second gold heading has the wrong level: a miss, and the prediction an extra
    assert_eq!((r.headings_gold, r.headings_pred, r.headings_tp), (2, 2, 1));
    assert_eq!(r.heading_titles_ok, 1);
    assert_eq!(r.heading_misses, ["3:L2 二、存在的问题"]);
    assert_eq!(r.heading_extras, ["3:L1 二、存在的问题"]);
}

#[test]
fn indicators_match_one_to_one_and_judge_value_unit_label() {
    let text = "共受理申请12件，收取费用3.5万元。\n";
    let gold = r#"{"exhaustive": true, "indicators": [
        {"text": "12件", "line": 1, "value": 12, "unit": "件", "label": "受理申请"},
        {"text": "12件", "line": 1, "value": 12, "unit": "件", "label": "受理申请"},
        {"text": "3.5万元", "line": 1, "value": 3.5, "unit": "万元", "label": "检查费用"}],
        "non_indicators": [{"text": "共受理", "line": 1}]}"#;
    let r = one(gold, text, Part::All);
    // the repeated gold item finds no second prediction: one to one
    assert_eq!((r.indicators_gold, r.indicators_found), (3, 2));
    assert_eq!(r.indicator_misses, ["12件"]);
    // 万元 in the gold is multiplier 万 and unit 元 in the prediction
    assert_eq!(r.values_ok, 2);
    // a prose label is right when it contains the gold one or stands inside it: 受理申请 is,
    // 收取费用 and 检查费用 are neither
    assert_eq!((r.labels_ok, r.labels_total), (1, 2));
    assert_eq!(r.false_positives, 0);
    assert_eq!(
        r.traps_hit, 0,
        "the matched 12件 prediction does not count as a trap"
    );
}

#[test]
fn table_cells_and_prose_are_scored_apart() {
    let text = "办结申请8件。\n| 项目 | 自然人 |\n| 新收申请 | 7 |\n";
    let gold = r#"{"indicators": [
        {"text": "8件", "line": 1, "value": 8, "unit": "件", "label": "办结申请"},
        {"text": "7", "line": 3, "value": 7, "label": "新收申请 / 自然人（人）", "table": true}]}"#;
    let prose = one(gold, text, Part::Prose);
    // whatever the parser finds on the table rows is left out of the prose part
    assert_eq!((prose.indicators_gold, prose.indicators_pred), (1, 1));
    assert_eq!(prose.indicators_found, 1);
    let tables = one(gold, text, Part::Tables);
    assert_eq!(tables.indicators_gold, 1);
    let all = one(gold, text, Part::All);
    assert_eq!(all.indicators_gold, 2);
}

#[test]
fn a_table_cell_label_needs_every_part_of_the_gold_one() {
    let gold = "（一）不予公开 4.保护第三方 / 商业企业（个）";
    assert!(scorer::table_label_ok(
        "（一）不予公开 4.保护第三方 商业企业",
        gold
    ));
    assert!(scorer::table_label_ok(
        "不予公开/4.保护第三方/商业企业",
        gold
    ));
    assert!(
        !scorer::table_label_ok("不予公开 商业企业", gold),
        "a part is missing"
    );
    assert!(!scorer::table_label_ok("", gold));
}

#[test]
fn label_rules() {
    assert_eq!(scorer::norm("（一） 全年 [合计]"), "一全年合计");
    assert_eq!(scorer::strip_title("加强领导。"), "加强领导");
    assert!(scorer::unit_ok(
        Some("元"),
        Some(&serde_json::json!("万元"))
    ));
    assert!(scorer::unit_ok(
        Some("人次"),
        Some(&serde_json::json!("次"))
    ));
    assert!(!scorer::unit_ok(
        Some("件"),
        Some(&serde_json::json!("万元"))
    ));
    assert!(scorer::unit_ok(None, None));
}
