//! The project's own gold scorer: the matching rules of `../shared/eval/score.py`, applied to the
//! library's output directly (no binary, no Python), so that the accuracy check runs in any clone.
//!
//! Used by `tests/accuracy.rs` (the thresholds CI enforces) and by `examples/score.rs` (the same
//! command line as score.py, for comparing the two). Rules, as score.py has them:
//! - headings are keyed by (line, level, n), n counting headings of that level on that line; a
//!   key present in both is a hit; a hit's title is right when both agree after [`strip_title`];
//! - indicators are matched one to one, greedily in gold order, on overlapping char ranges (a gold
//!   item at its `col`, else at every occurrence of its text on its line, else on the first line
//!   that holds it); value, unit and label are then judged on the matched pair;
//! - `annotated_lines` limits the predictions judged; `exhaustive` gold counts false positives;
//!   `--part prose|tables` keeps gold items by their `table` flag and predictions by their line;
//! - a trap is hit when a prediction left unmatched overlaps it.
//!
//! ```text
//! cargo run --release -p baogao --example score -- --gold tests/gold --texts tests/corpus
//! ```
#![allow(dead_code)]

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Which gold indicators (and predictions) are scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Everything.
    All,
    /// Gold items without `"table": true`, predictions on lines that are not table rows.
    Prose,
    /// Table cells only.
    Tables,
}

impl Part {
    /// `all`, `prose` or `tables`.
    pub fn from_name(s: &str) -> Option<Part> {
        match s {
            "all" => Some(Part::All),
            "prose" => Some(Part::Prose),
            "tables" => Some(Part::Tables),
            _ => None,
        }
    }
}

/// Python's `str.isspace`: Unicode White_Space plus the information separators U+001C..U+001F.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// score.py's `norm`: NFKC, then spaces and the brackets `()[]（）【】` dropped.
pub fn norm(s: &str) -> String {
    s.nfkc()
        .filter(|&c| !py_space(c) && !"()[]（）【】".contains(c))
        .collect()
}

/// score.py's `strip_title`: [`norm`], then trailing 。；;，,:： dropped.
pub fn strip_title(s: &str) -> String {
    norm(s)
        .trim_end_matches(['。', '；', ';', '，', ',', ':', '：'])
        .to_string()
}

/// Python truthiness of a JSON value.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `float(v)` of a JSON value, `None` where it raises.
fn py_float(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::String(s) => s.trim_matches(py_space).parse().ok(),
        _ => None,
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * f64::max(1.0, b.abs()),
        _ => false,
    }
}

fn gstr<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// A prediction as the CLI's JSON gives it to score.py (numbers as the JSON numbers they become).
#[derive(Debug, Clone)]
pub struct Pred {
    text: String,
    line: usize,
    span: (usize, usize),
    value: Option<f64>,
    value_is_int: bool,
    unit: Option<String>,
    normalized: Option<f64>,
    label: String,
    low: Option<f64>,
    high: Option<f64>,
    from: Option<f64>,
    to: Option<f64>,
}

/// A decimal as the JSON number the CLI writes (a non-finite double is written as null).
fn num(d: &baogao::Decimal) -> Option<f64> {
    Some(d.to_f64()).filter(|x| x.is_finite())
}

impl Pred {
    fn new(i: &baogao::Indicator) -> Pred {
        let opt = |d: &Option<baogao::Decimal>| d.as_ref().and_then(num);
        Pred {
            text: i.text.to_string(),
            line: i.line,
            span: (i.span.start, i.span.end),
            value: num(&i.value),
            value_is_int: i
                .value
                .to_i128()
                .is_some_and(|v| v.unsigned_abs() <= 1 << 53),
            unit: i.unit.as_deref().map(String::from),
            normalized: opt(&i.normalized),
            label: i.label.to_string(),
            low: opt(&i.low),
            high: opt(&i.high),
            from: opt(&i.from),
            to: opt(&i.to),
        }
    }

    /// score.py's `ends`: a range's two ends from low/high, else from/to.
    fn ends(&self) -> Option<[f64; 2]> {
        match (self.low, self.high, self.from, self.to) {
            (Some(l), Some(h), _, _) => Some([l, h]),
            (_, _, Some(f), Some(t)) => Some([f, t]),
            _ => None,
        }
    }
}

/// score.py's `unit_ok`: equal, the predicted unit ends with the gold one, or the gold one is the
/// predicted one with a multiplier in front (万元 = 万 × 元).
pub fn unit_ok(pred: Option<&str>, gold: Option<&Value>) -> bool {
    let g = match gold {
        None | Some(Value::Null) => return true,
        Some(Value::String(s)) => norm(s),
        Some(other) => norm(&other.to_string()),
    };
    let p = norm(pred.unwrap_or(""));
    if p == g || (!p.is_empty() && p.ends_with(&g)) {
        return true;
    }
    const MULTIPLIERS: [&str; 8] = ["万亿", "千万", "百万", "十万", "万", "亿", "千", "百"];
    MULTIPLIERS
        .iter()
        .any(|m| g.len() > m.len() && g.strip_prefix(m) == Some(p.as_str()))
}

fn value_ok(p: &Pred, g: &Value) -> bool {
    let gv = g.get("value");
    let gn = g.get("normalized");
    if matches!(gv, Some(Value::Array(_))) || matches!(gn, Some(Value::Array(_))) {
        let Some(got) = p.ends() else { return false };
        for want in [gv, gn] {
            let Some(Value::Array(want)) = want else {
                continue;
            };
            if want.len() < 2 {
                continue;
            }
            let w = |k: usize| py_float(want.get(k));
            let pairwise = want.len() == 2 && (0..2).all(|k| close(Some(got[k]), w(k)));
            let ends = close(Some(got[0]), w(0)) && close(Some(got[1]), w(want.len() - 1));
            if pairwise || ends {
                return true;
            }
        }
        return false;
    }
    if gv.is_some_and(|v| !v.is_null())
        && close(p.value, py_float(gv))
        && unit_ok(p.unit.as_deref(), g.get("unit"))
    {
        return true;
    }
    if gn.is_some_and(|v| !v.is_null()) && close(p.normalized, py_float(gn)) {
        return true;
    }
    let gt = g.get("to");
    gt.is_some_and(|v| !v.is_null()) && close(p.to, py_float(gt))
}

/// score.py's label split for table cells: `re.split(r"\s*/\s*|\s+", label)`.
fn split_label(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut parts = vec![String::new()];
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && py_space(chars[j]) {
            j += 1;
        }
        if j < chars.len() && chars[j] == '/' {
            j += 1;
            while j < chars.len() && py_space(chars[j]) {
                j += 1;
            }
        }
        if j > i {
            parts.push(String::new());
            i = j;
        } else {
            parts.last_mut().expect("never empty").push(chars[i]);
            i += 1;
        }
    }
    parts
}

/// score.py's `re.sub(r"[（(][^）)]*[）)]", "", x)`: bracketed parts dropped.
fn drop_brackets(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '（' | '(') {
            if let Some(k) = chars[i + 1..].iter().position(|c| matches!(c, '）' | ')')) {
                i += k + 2;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A table cell's label is right when it holds every part of the gold label (split at ` / ` and
/// spaces, bracketed parts dropped), whatever joins them.
pub fn table_label_ok(pred: &str, gold: &str) -> bool {
    let pl = norm(pred);
    let flat = pl.replace('/', "");
    !pl.is_empty()
        && split_label(gold)
            .iter()
            .map(|x| norm(&drop_brackets(x)))
            .all(|x| x.is_empty() || flat.contains(&x))
}

/// score.py's `label_ok`: `None` when the gold has no label; a table cell's label must contain
/// every part of the gold label; a prose label must contain or be contained in the gold one.
fn label_ok(p: &Pred, g: &Value) -> Option<bool> {
    let raw = gstr(g, "label").unwrap_or("");
    let gl = norm(raw);
    if gl.is_empty() {
        return None;
    }
    if truthy(g.get("table")) {
        return Some(table_label_ok(&p.label, raw));
    }
    let pl = norm(&p.label);
    Some(!pl.is_empty() && (pl.contains(&gl) || gl.contains(&pl)))
}

/// The text with lines and line starts in chars, and byte offsets mapped to char offsets.
struct Doc {
    lines: Vec<String>,
    line_start: Vec<usize>,
    /// char offset of each byte offset that starts a char (and of the end); `usize::MAX` inside a char.
    byte_to_char: Vec<usize>,
}

impl Doc {
    fn new(text: &str) -> Doc {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let mut line_start = vec![0];
        for l in &lines[..lines.len() - 1] {
            line_start.push(line_start.last().unwrap() + l.chars().count() + 1);
        }
        let mut byte_to_char = vec![usize::MAX; text.len() + 1];
        let mut n = 0;
        for (n_, (b, _)) in text.char_indices().enumerate() {
            byte_to_char[b] = n_;
            n = n_ + 1;
        }
        byte_to_char[text.len()] = n;
        Doc {
            lines,
            line_start,
            byte_to_char,
        }
    }

    /// Char offsets (within `line`) of every occurrence of `needle`, overlapping ones included.
    fn find_all(line: &str, needle: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut from = 0;
        while from <= line.len() {
            let Some(at) = line[from..].find(needle).map(|k| k + from) else {
                break;
            };
            out.push(line[..at].chars().count());
            match line[at..].chars().next() {
                Some(c) => from = at + c.len_utf8(),
                None => break,
            }
        }
        out
    }

    /// score.py's `gold_ranges`.
    fn gold_ranges(&self, item: &Value) -> Vec<(usize, usize)> {
        let text = gstr(item, "text").unwrap_or("");
        let len = text.chars().count();
        let line = item.get("line").and_then(Value::as_i64).filter(|&l| l != 0);
        if let (Some(line), Some(col)) = (line, item.get("col")) {
            let s = self.line_start[(line - 1) as usize] + col.as_u64().unwrap_or(0) as usize;
            return vec![(s, s + len)];
        }
        let mut found: Vec<usize> = (0..self.lines.len())
            .filter(|&i| self.lines[i].contains(text))
            .map(|i| i + 1)
            .collect();
        if let Some(h) = line {
            if let Some(k) = found.iter().position(|&f| f as i64 == h) {
                let f = found.remove(k);
                found.insert(0, f);
            }
        }
        let mut out = Vec::new();
        for ln in found {
            let base = self.line_start[ln - 1];
            for at in Self::find_all(&self.lines[ln - 1], text) {
                out.push((base + at, base + at + len));
            }
            if line.is_some() {
                break;
            }
        }
        out
    }

    /// score.py's `pred_range`: from the byte span, else the text on its line.
    fn pred_range(&self, p: &Pred) -> Option<(usize, usize)> {
        let at = |b: usize| {
            self.byte_to_char
                .get(b)
                .copied()
                .filter(|&c| c != usize::MAX)
        };
        if let (Some(s), Some(e)) = (at(p.span.0), at(p.span.1)) {
            return Some((s, e));
        }
        if p.line >= 1 && p.line <= self.lines.len() && !p.text.is_empty() {
            let line = &self.lines[p.line - 1];
            if let Some(b) = line.find(&p.text) {
                let s = self.line_start[p.line - 1] + line[..b].chars().count();
                return Some((s, s + p.text.chars().count()));
            }
        }
        None
    }
}

/// score.py's `is_table_line`.
fn is_table_line(line: &str) -> bool {
    line.trim_start_matches(py_space).starts_with('|')
        || line.contains(" | ")
        || line.trim_matches(py_space).contains('\t')
}

/// A heading as score.py reads it: (line, level) plus marker and title for the reports.
struct Head {
    line: i64,
    level: i64,
    marker: String,
    title: String,
}

type Key = (i64, i64, usize);

/// score.py's `keyed`: (line, level, n) keys in document order.
fn keyed(heads: Vec<Head>) -> (Vec<Key>, HashMap<Key, Head>) {
    let mut seen: HashMap<(i64, i64), usize> = HashMap::new();
    let mut order = Vec::new();
    let mut map = HashMap::new();
    for h in heads {
        let n = seen.entry((h.line, h.level)).or_insert(0);
        let key = (h.line, h.level, *n);
        *n += 1;
        order.push(key);
        map.insert(key, h);
    }
    (order, map)
}

fn first_chars(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Python's `repr` of a JSON number: integers as written, doubles in the shortest form, with
/// an exponent below 1e-4 and from 1e16.
fn py_repr(x: f64, is_int: bool) -> String {
    if is_int {
        return format!("{}", x as i64);
    }
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("an integer exponent");
    if (-4..16).contains(&exp) {
        let s = format!("{x}");
        if s.contains('.') {
            s
        } else {
            format!("{s}.0")
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    }
}

/// One file's counts (score.py's per-file record).
#[derive(Debug, Default, Clone)]
pub struct FileScore {
    pub file: String,
    pub headings_gold: usize,
    pub headings_pred: usize,
    pub headings_tp: usize,
    pub heading_titles_ok: usize,
    pub heading_misses: Vec<String>,
    pub heading_extras: Vec<String>,
    pub indicators_gold: usize,
    pub indicators_pred: usize,
    pub indicators_found: usize,
    pub values_ok: usize,
    pub labels_ok: usize,
    pub labels_total: usize,
    pub exhaustive: bool,
    pub false_positives: usize,
    pub traps_total: usize,
    pub traps_hit: usize,
    pub indicator_misses: Vec<String>,
    pub wrong_values: Vec<String>,
}

/// Scores one report (`gold` JSON text, report `bytes`) the way score.py's `score_file` does.
pub fn score_file(name: &str, gold: &str, bytes: &[u8], part: Part) -> Result<FileScore, String> {
    let gold: Value = serde_json::from_str(gold).map_err(|e| e.to_string())?;
    let raw = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let doc = Doc::new(raw);
    // what the CLI parses: the decoded text (BOM dropped, legacy encodings decoded)
    let text = baogao::decode(bytes).map_err(|e| e.to_string())?;
    let report = baogao::parse(&text);
    let mut out = FileScore {
        file: name.to_string(),
        ..FileScore::default()
    };

    let (first, last) = match gold.get("annotated_lines") {
        Some(Value::Array(a)) if a.len() == 2 => (
            a[0].as_i64().unwrap_or(1),
            a[1].as_i64().unwrap_or(i64::MAX),
        ),
        _ => (1, doc.lines.len() as i64),
    };

    // headings, keyed by (line, level, n)
    let pred_h = report
        .headings()
        .into_iter()
        .map(|h| Head {
            line: if h.line == 0 { -1 } else { h.line as i64 },
            level: if h.level == 0 { -1 } else { h.level as i64 },
            marker: h.marker.raw.to_string(),
            title: h.title.clone(),
        })
        .collect();
    let gold_h = gold
        .get("headings")
        .and_then(Value::as_array)
        .map(|hs| {
            hs.iter()
                .map(|h| {
                    let int = |k| h.get(k).and_then(Value::as_i64).filter(|&v| v != 0);
                    Head {
                        line: int("line").unwrap_or(-1),
                        level: int("level").unwrap_or(-1),
                        marker: gstr(h, "marker").unwrap_or("").to_string(),
                        title: gstr(h, "title").unwrap_or("").to_string(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let (pred_order, pred_keys) = keyed(pred_h);
    let (gold_order, gold_keys) = keyed(gold_h);
    out.headings_gold = gold_order.len();
    out.headings_pred = pred_order.len();
    for k in &gold_order {
        if let Some(p) = pred_keys.get(k) {
            out.headings_tp += 1;
            out.heading_titles_ok +=
                usize::from(strip_title(&p.title) == strip_title(&gold_keys[k].title));
        }
    }
    let show =
        |k: &Key, h: &Head| format!("{}:L{} {}{}", k.0, k.1, h.marker, first_chars(&h.title, 20));
    out.heading_misses = gold_order
        .iter()
        .filter(|k| !pred_keys.contains_key(k))
        .take(8)
        .map(|k| show(k, &gold_keys[k]))
        .collect();
    out.heading_extras = pred_order
        .iter()
        .filter(|k| !gold_keys.contains_key(k))
        .take(8)
        .map(|k| show(k, &pred_keys[k]))
        .collect();

    // indicators: one to one, greedy in gold order, on overlapping char ranges
    let inside = |line: usize| first <= line as i64 && line as i64 <= last;
    let mut pred_i: Vec<Pred> = report
        .indicators
        .iter()
        .filter(|i| inside(i.line))
        .map(Pred::new)
        .collect();
    let empty = Vec::new();
    let mut gold_i: Vec<&Value> = gold
        .get("indicators")
        .or_else(|| gold.get("indicators_sample"))
        .and_then(Value::as_array)
        .unwrap_or(&empty)
        .iter()
        .collect();
    if part != Part::All {
        let want = part == Part::Tables;
        gold_i.retain(|g| truthy(g.get("table")) == want);
        let row = |p: &Pred| {
            let ln = if p.line == 0 { 1 } else { p.line };
            ln <= doc.lines.len() && is_table_line(&doc.lines[ln - 1])
        };
        pred_i.retain(|p| row(p) == want);
    }
    out.exhaustive = truthy(gold.get("exhaustive")) || truthy(gold.get("exhaustive_indicators"));
    let pred_r: Vec<Option<(usize, usize)>> = pred_i.iter().map(|p| doc.pred_range(p)).collect();
    let mut used = HashSet::new();
    let mut misses = Vec::new();
    let mut wrong = Vec::new();
    for g in &gold_i {
        let mut hit = None;
        'ranges: for (gs, ge) in doc.gold_ranges(g) {
            for (j, r) in pred_r.iter().enumerate() {
                if let Some((s, e)) = r {
                    if !used.contains(&j) && *s < ge && gs < *e {
                        hit = Some(j);
                        break 'ranges;
                    }
                }
            }
        }
        let gtext = gstr(g, "text").unwrap_or("");
        let Some(j) = hit else {
            misses.push(gtext.to_string());
            continue;
        };
        used.insert(j);
        out.indicators_found += 1;
        let p = &pred_i[j];
        if value_ok(p, g) {
            out.values_ok += 1;
        } else {
            let v = p
                .value
                .map_or("None".into(), |v| py_repr(v, p.value_is_int));
            wrong.push(format!("{gtext}→{v}{}", p.unit.as_deref().unwrap_or("")));
        }
        if let Some(ok) = label_ok(p, g) {
            out.labels_total += 1;
            out.labels_ok += usize::from(ok);
        }
    }
    let traps = gold
        .get("non_indicators")
        .or_else(|| gold.get("negatives"))
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    for t in traps {
        let ranges = doc.gold_ranges(t);
        let hit = pred_r.iter().enumerate().any(|(j, r)| match r {
            Some((s, e)) if !used.contains(&j) => ranges.iter().any(|&(ts, te)| *s < te && ts < *e),
            _ => false,
        });
        out.traps_hit += usize::from(hit);
    }
    out.indicators_gold = gold_i.len();
    out.indicators_pred = pred_i.len();
    out.false_positives = pred_i.len() - used.len();
    out.traps_total = traps.len();
    out.indicator_misses = misses.into_iter().take(10).collect();
    out.wrong_values = wrong.into_iter().take(6).collect();
    Ok(out)
}

/// The totals over a folder, as score.py's SUMMARY line reports them.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub heading_f1: f64,
    pub heading_titles: f64,
    pub indicator_recall: f64,
    /// `None` when no gold file is exhaustive.
    pub indicator_precision: Option<f64>,
    pub value_acc: f64,
    pub label_acc: f64,
    pub traps_hit: usize,
    pub traps_total: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Summary {
    /// Totals of per-file results (errors count as files).
    pub fn of(results: &[Result<FileScore, (String, String)>]) -> Summary {
        let ok: Vec<&FileScore> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        let sum = |f: fn(&FileScore) -> usize| ok.iter().map(|r| f(r)).sum::<usize>();
        let (hg, hp, ht) = (
            sum(|r| r.headings_gold),
            sum(|r| r.headings_pred),
            sum(|r| r.headings_tp),
        );
        let (h_p, h_r) = (ratio(ht, hp), ratio(ht, hg));
        let heading_f1 = if h_p + h_r > 0.0 {
            2.0 * h_p * h_r / (h_p + h_r)
        } else {
            0.0
        };
        let found = sum(|r| r.indicators_found);
        let ex: Vec<&&FileScore> = ok.iter().filter(|r| r.exhaustive).collect();
        let ex_found: usize = ex.iter().map(|r| r.indicators_found).sum();
        let ex_fp: usize = ex.iter().map(|r| r.false_positives).sum();
        Summary {
            files: results.len(),
            errors: results.len() - ok.len(),
            heading_f1,
            heading_titles: ratio(sum(|r| r.heading_titles_ok), ht),
            indicator_recall: ratio(found, sum(|r| r.indicators_gold)),
            indicator_precision: (!ex.is_empty()).then(|| ratio(ex_found, ex_found + ex_fp)),
            value_acc: ratio(sum(|r| r.values_ok), found),
            label_acc: ratio(sum(|r| r.labels_ok), sum(|r| r.labels_total)),
            traps_hit: sum(|r| r.traps_hit),
            traps_total: sum(|r| r.traps_total),
        }
    }

    /// The share of traps hit (0 when there are none).
    pub fn trap_rate(&self) -> f64 {
        if self.traps_total == 0 {
            0.0
        } else {
            self.traps_hit as f64 / self.traps_total as f64
        }
    }

    /// score.py's SUMMARY line, character for character.
    pub fn line(&self) -> String {
        let prec = self
            .indicator_precision
            .map_or("n/a".to_string(), |p| format!("{p:.3}"));
        format!(
            "SUMMARY files={} errors={} heading_f1={:.3} heading_titles={:.3} indicator_recall={:.3} \
             indicator_precision={prec} value_acc={:.3} label_acc={:.3} traps_hit={}/{}",
            self.files,
            self.errors,
            self.heading_f1,
            self.heading_titles,
            self.indicator_recall,
            self.value_acc,
            self.label_acc,
            self.traps_hit,
            self.traps_total
        )
    }
}

/// score.py's per-file report lines.
pub fn file_lines(r: &Result<FileScore, (String, String)>) -> Vec<String> {
    let r = match r {
        Ok(r) => r,
        Err((file, e)) => return vec![format!("{file}: ERROR {e}")],
    };
    let mut out = vec![format!(
        "{}: headings {}/{} (pred {}), indicators {}/{} values_ok {} labels_ok {}/{}{} traps_hit {}/{}",
        r.file,
        r.headings_tp,
        r.headings_gold,
        r.headings_pred,
        r.indicators_found,
        r.indicators_gold,
        r.values_ok,
        r.labels_ok,
        r.labels_total,
        if r.exhaustive {
            format!(" false_pos {}", r.false_positives)
        } else {
            String::new()
        },
        r.traps_hit,
        r.traps_total
    )];
    for (what, items, sep) in [
        ("missed headings:", &r.heading_misses, "; "),
        ("extra headings:", &r.heading_extras, "; "),
        ("missed indicators:", &r.indicator_misses, "、"),
        ("wrong values:", &r.wrong_values, "、"),
    ] {
        if !items.is_empty() {
            out.push(format!("   {what} {}", items.join(sep)));
        }
    }
    out
}

/// Scores every `GOLD/NAME.json` that has a `TEXTS/NAME.txt`, in name order.
pub fn score_dir(
    gold: &Path,
    texts: &Path,
    part: Part,
) -> Vec<Result<FileScore, (String, String)>> {
    let mut names: Vec<String> = std::fs::read_dir(gold)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", gold.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let stem = &name[..name.len() - 5];
        let text = texts.join(format!("{stem}.txt"));
        if !text.exists() {
            continue;
        }
        let result = std::fs::read_to_string(gold.join(&name))
            .map_err(|e| e.to_string())
            .and_then(|g| {
                let bytes = std::fs::read(&text).map_err(|e| e.to_string())?;
                score_file(&format!("{stem}.txt"), &g, &bytes, part)
            })
            .map_err(|e| (name.clone(), e));
        out.push(result);
    }
    out
}
