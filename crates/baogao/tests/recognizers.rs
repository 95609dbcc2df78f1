//! Conformance with Microsoft Recognizers-Text's Chinese specs (NumberModel, PercentModel,
//! CurrencyModel), run through baogao's public parsers:
//!
//! * NumberModel → [`baogao::number::find_numbers`]
//! * PercentModel → [`baogao::number::find_percents`]
//! * CurrencyModel → [`baogao::indicators`] filtered to [`baogao::IndicatorKind::Money`]
//!
//! A case passes when baogao finds exactly the expected results: the same number of results and,
//! pairwise in text order, the same span (`Start`/`End`, character offsets, `End` inclusive) and
//! the same value (compared numerically, relative tolerance 1e-12, because the spec prints
//! repeating fractions to 15 significant digits: `350.333333333333`). Percent values are compared
//! without the `%` sign. The spec's `Text` is normalised (half-width, lower case), so the span,
//! which pins the same characters of the input, is compared instead. For currency, the amount
//! (`normalized`, i.e. value × multiplier) is compared; the currency name is not.
//!
//! Cases outside a report parser's scope are listed with a reason in
//! `tests/conformance/recognizers-out-of-scope.tsv`; they count as failures in the printed rates,
//! and an out-of-scope case that passes makes the test fail (the list must stay honest).
//!
//! Run: `cargo test -p baogao --test recognizers -- --nocapture --test-threads 1`.

use baogao::{Decimal, IndicatorKind, Span};
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

/// Pass threshold on in-scope cases (from the issue).
const MIN_IN_SCOPE_RATE: f64 = 0.90;

/// Floor for CurrencyModel alone: its figure when last measured (20 of 32 in scope).
/// Raise it as the indicator extractor covers more currency forms.
const CURRENCY_MIN_IN_SCOPE_RATE: f64 = 0.62;

fn conformance_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

/// `model → input → reason` from the out-of-scope list.
fn out_of_scope() -> HashMap<(String, String), String> {
    let text = std::fs::read_to_string(conformance_dir().join("recognizers-out-of-scope.tsv"))
        .expect("out-of-scope list");
    let mut map = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if n == 0 || line.trim().is_empty() || line.starts_with('#') {
            continue; // header
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            3,
            "line {}: want model<TAB>input<TAB>reason: {line:?}",
            n + 1
        );
        assert!(
            !cols[2].trim().is_empty(),
            "line {}: a reason is required",
            n + 1
        );
        let prev = map.insert(
            (cols[0].to_string(), cols[1].to_string()),
            cols[2].to_string(),
        );
        assert!(prev.is_none(), "line {}: listed twice", n + 1);
    }
    map
}

/// One expected or found result: character span (inclusive end) and value.
#[derive(Debug, Clone, PartialEq)]
struct Res {
    start: usize,
    end: usize,
    value: Option<f64>,
}

fn char_span(text: &str, span: Span) -> (usize, usize) {
    let start = text[..span.start].chars().count();
    let len = text[span.start..span.end].chars().count();
    (start, (start + len).saturating_sub(1))
}

fn found(text: &str, list: Vec<(Span, Decimal)>) -> Vec<Res> {
    list.into_iter()
        .map(|(span, v)| {
            let (start, end) = char_span(text, span);
            Res {
                start,
                end,
                value: Some(v.to_f64()),
            }
        })
        .collect()
}

fn expected(case: &Value) -> Vec<Res> {
    let mut out: Vec<Res> = case["Results"]
        .as_array()
        .expect("Results")
        .iter()
        .map(|r| {
            let value = r["Resolution"]["value"].as_str().map(|v| {
                v.trim_end_matches('%')
                    .parse::<f64>()
                    .expect("numeric value")
            });
            Res {
                start: r["Start"].as_u64().expect("Start") as usize,
                end: r["End"].as_u64().expect("End") as usize,
                value,
            }
        })
        .collect();
    out.sort_by_key(|r| (r.start, r.end));
    out
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()),
        (None, None) => true,
        _ => false,
    }
}

fn passes(want: &[Res], mut got: Vec<Res>) -> bool {
    got.sort_by_key(|r| (r.start, r.end));
    want.len() == got.len()
        && want
            .iter()
            .zip(&got)
            .all(|(w, g)| w.start == g.start && w.end == g.end && same_value(w.value, g.value))
}

struct Tally {
    model: &'static str,
    total: usize,
    out_of_scope: usize,
    passed: usize,
    failures: Vec<String>,
    stale: Vec<String>,
}

impl Tally {
    fn in_scope(&self) -> usize {
        self.total - self.out_of_scope
    }
    fn in_scope_rate(&self) -> f64 {
        self.passed as f64 / self.in_scope().max(1) as f64
    }
    fn line(&self) -> String {
        format!(
            "{:<14} cases {:>3}  out of scope {:>3}  in scope {:>3}  passed {:>3}  all-case rate {:>5.1}%  in-scope rate {:>5.1}%",
            self.model,
            self.total,
            self.out_of_scope,
            self.in_scope(),
            self.passed,
            100.0 * self.passed as f64 / self.total.max(1) as f64,
            100.0 * self.in_scope_rate(),
        )
    }
}

fn run(model: &'static str, file: &str, find: impl Fn(&str) -> Vec<Res>) -> Tally {
    let path = conformance_dir().join("recognizers-text/Specs").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Vec<Value> =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("spec JSON");
    let oos = out_of_scope();
    let mut t = Tally {
        model,
        total: 0,
        out_of_scope: 0,
        passed: 0,
        failures: vec![],
        stale: vec![],
    };
    for case in &cases {
        let input = case["Input"].as_str().expect("Input");
        let want = expected(case);
        let mut got = find(input);
        got.sort_by_key(|r| (r.start, r.end));
        let ok = passes(&want, got.clone());
        t.total += 1;
        if oos.contains_key(&(model.to_string(), input.to_string())) {
            t.out_of_scope += 1;
            if ok {
                t.stale
                    .push(format!("{input:?} passes but is listed out of scope"));
            }
        } else if ok {
            t.passed += 1;
        } else {
            t.failures.push(format!(
                "{input:?}\n      want {want:?}\n      got  {got:?}"
            ));
        }
    }
    let listed = oos.keys().filter(|(m, _)| m == model).count();
    assert_eq!(
        listed, t.out_of_scope,
        "{model}: some out-of-scope entries match no case input"
    );
    println!("{}", t.line());
    for f in &t.failures {
        println!("  FAIL {}: {f}", t.model);
    }
    t
}

fn check(t: &Tally, min_rate: f64) {
    assert!(
        t.stale.is_empty(),
        "{}: out-of-scope list is stale:\n{}",
        t.model,
        t.stale.join("\n")
    );
    assert!(
        t.in_scope_rate() >= min_rate,
        "{}: in-scope pass rate {:.1}% < {:.0}%; failures:\n{}",
        t.model,
        100.0 * t.in_scope_rate(),
        100.0 * min_rate,
        t.failures.join("\n")
    );
}

fn number_model() -> Tally {
    run("NumberModel", "Number/Chinese/NumberModel.json", |s| {
        found(s, baogao::number::find_numbers(s))
    })
}

fn percent_model() -> Tally {
    run("PercentModel", "Number/Chinese/PercentModel.json", |s| {
        found(s, baogao::number::find_percents(s))
    })
}

fn currency_model() -> Tally {
    run(
        "CurrencyModel",
        "NumberWithUnit/Chinese/CurrencyModel.json",
        |s| {
            let money = baogao::indicators(s)
                .into_iter()
                .filter(|i| i.kind == IndicatorKind::Money);
            found(
                s,
                money
                    .filter_map(|i| Some((i.span, i.normalized?)))
                    .collect(),
            )
        },
    )
}

#[test]
fn recognizers_number_model() {
    check(&number_model(), MIN_IN_SCOPE_RATE);
}

#[test]
fn recognizers_percent_model() {
    check(&percent_model(), MIN_IN_SCOPE_RATE);
}

/// Currency goes through the indicator extractor; its own floor guards against regressions
/// until it reaches the 90 % (see tests/conformance/RESULTS.md).
#[test]
fn recognizers_currency_model() {
    check(&currency_model(), CURRENCY_MIN_IN_SCOPE_RATE);
}

/// The figure: all in-scope cases of the three models together.
#[test]
fn recognizers_all_models() {
    let all = [number_model(), percent_model(), currency_model()];
    let mut t = Tally {
        model: "ALL",
        total: 0,
        out_of_scope: 0,
        passed: 0,
        failures: vec![],
        stale: vec![],
    };
    for m in &all {
        t.total += m.total;
        t.out_of_scope += m.out_of_scope;
        t.passed += m.passed;
    }
    println!("{}", t.line());
    assert!(
        t.in_scope_rate() >= MIN_IN_SCOPE_RATE,
        "pooled in-scope pass rate {:.1}% < 90%",
        100.0 * t.in_scope_rate()
    );
}
