//! The 政府信息公开工作年度报告 template as a typed, checked record.
//!
//! The annual report on government information disclosure has a national format (国办公开办函
//! 〔2021〕30号, and the 2019 format before it); [`read`] finds its tables among
//! [`Report::tables`], names every template cell by a stable key, and runs the checks
//! (勾稽关系) that readers make by hand.
//!
//! Keys (the same in both editions wherever the template has the same cell, so that records
//! join across years):
//! - `active` (表二 主动公开), rows `regulations` (规章), `normative_documents` (行政规范性文件,
//!   规范性文件), `licensing` (行政许可), `other_services` (其他对外管理服务事项), `penalty`
//!   (行政处罚), `coercion` (行政强制), `fees` (行政事业性收费), `procurement` (政府集中采购);
//!   columns `issued` (本年制发件数), `repealed` (本年废止件数), `in_force` (现行有效件数),
//!   `decisions` (本年处理决定数量, 处理决定数量), `fee_amount` (本年收费金额), and in the 2019
//!   format `made` (本年新制作数量), `published` (本年新公开数量), `published_total`
//!   (对外公开总数量), `items_previous_year` (上一年项目数量), `items_change` (本年增/减),
//!   `procurement_items` (采购项目数量), `procurement_amount` (采购总金额).
//! - `requests` (表三 申请), rows by their numbering: `received` (一), `carried_over` (二),
//!   `disclosed` (三（一）), `partly_disclosed` (（二）), `withheld.*` (（三） 1–8:
//!   `state_secret`, `prohibited_by_law`, `security_stability`, `third_party_rights`,
//!   `internal_affairs`, `process_information`, `enforcement_files`, `query_matters`),
//!   `unavailable.*` (（四） 1–3: `not_held`, `needs_creation`, `unclear_after_correction`),
//!   `not_processed.*` (（五） 1–5: `petition_complaint`, `repeated`, `publications`,
//!   `mass_repeated`, `confirmation`), `other.*` (（六） 1–3: `no_correction`, `unpaid_fee`,
//!   `other`; the 2019 format has the one row `other`), `results_total` (（七）总计),
//!   `carried_forward` (四), and `<group>.subtotal` for a subtotal row; columns
//!   `natural_person`, `commercial`, `research`, `public_interest`, `legal_services`,
//!   `other_org`, `org_subtotal` (法人或其他组织小计, in the variant layout) and `total`.
//! - `review_litigation` (表四), rows `review` (行政复议), `litigation_direct` (未经复议直接起诉),
//!   `litigation_after_review` (复议后起诉); columns `upheld`, `corrected`, `other`, `pending`,
//!   `total`.
//! - The older free-form statistics table (edition `legacy`): table `statistics`, rows by their
//!   label (`其中：` and item numbers dropped), columns `year` (`2015年度`), `cumulative`
//!   (`历年累计`) or the header as written.
//!
//! ```
//! let text = "四、行政复议、行政诉讼情况\n| 行政复议 | 行政诉讼 |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |\n";
//! let r = baogao::parse(text);
//! let g = baogao::gio::read(&r).unwrap();
//! let cell = &g.tables["review_litigation"]["litigation_after_review"]["upheld"];
//! assert_eq!(cell.value.unwrap().to_string(), "1");
//! assert_eq!(cell.span.slice(text), "1");
//! assert!(g.checks.iter().all(|c| c.ok));
//! ```

use crate::decimal::Decimal;
use crate::model::{Diagnostic, DiagnosticKind, Report};
use crate::span::Span;
use crate::table::{Cell, Column, Table};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Cells of one template table: row key → column key → cell.
pub type GioTable = BTreeMap<String, BTreeMap<String, GioCell>>;

/// The template tables of one report, read and checked.
///
/// ```
/// let r = baogao::parse("三、申请\n| 说明 | 申请人情况 |\n| 自然人 | 法人或其他组织 | 总计 |\n| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n| 一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n");
/// let g = baogao::gio::read(&r).unwrap();
/// assert_eq!(g.tables["requests"]["received"]["commercial"].raw, "1");
/// assert_eq!(g.layout, "standard");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GioRecord {
    /// `"2021"`, `"2019"` or `"legacy"` (the older free-form statistics table).
    pub edition: String,
    /// The layout of 表三: `"standard"`, or `"subtotal"` for the variant with a
    /// 法人或其他组织小计 column; empty when there is no 表三.
    pub layout: String,
    /// Table key → row key → column key → cell (see the module docs for the keys).
    pub tables: BTreeMap<String, GioTable>,
    /// The checks, in a fixed order.
    pub checks: Vec<GioCheck>,
}

/// One template cell.
///
/// ```
/// let c = baogao::gio::GioCell { value: None, raw: "/".into(), span: baogao::Span::new(3, 4) };
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"value":null,"raw":"/","span":{"start":3,"end":4}}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GioCell {
    /// The number; `None` for a placeholder (`/`, `-`, empty …).
    pub value: Option<Decimal>,
    /// The cell as written.
    pub raw: String,
    /// Where it stands in the parsed text.
    pub span: Span,
}

/// A check (勾稽关系) and its outcome.
///
/// ```
/// let c = baogao::gio::GioCheck::default();
/// assert!(!c.ok && !c.blank && c.cells.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GioCheck {
    /// What is checked, e.g. `requests: received + carried_over = results_total +
    /// carried_forward [natural_person]`.
    pub rule: String,
    /// Whether both sides are equal (a placeholder counts as 0).
    pub ok: bool,
    /// Whether the check could not be made: one side holds no number at all (every cell of it a
    /// placeholder or left blank) while the other's sum is not 0, as when a report leaves the
    /// whole 总计 column empty. `ok` is false then, and the diagnostic is
    /// [`DiagnosticKind::GioCheckBlank`], not a failure.
    #[serde(default)]
    pub blank: bool,
    /// The left side's sum.
    pub lhs: Decimal,
    /// The right side's sum.
    pub rhs: Decimal,
    /// The cells (or text) on both sides, as `table/row/col` keys (`text` for a figure of the
    /// running text).
    pub cells: Vec<String>,
    /// Where those cells stand.
    pub spans: Vec<Span>,
}

const REQUEST_COLS: [(&str, &str); 8] = [
    ("自然人", "natural_person"),
    ("商业企业", "commercial"),
    ("科研机构", "research"),
    ("社会公益组织", "public_interest"),
    ("法律服务机构", "legal_services"),
    ("小计", "org_subtotal"),
    ("其他", "other_org"),
    ("总计", "total"),
];
const ORG_COLS: [&str; 5] = [
    "commercial",
    "research",
    "public_interest",
    "legal_services",
    "other_org",
];

const RESULT_GROUPS: [(u32, &str, &[&str]); 7] = [
    (1, "disclosed", &[]),
    (2, "partly_disclosed", &[]),
    (
        3,
        "withheld",
        &[
            "state_secret",
            "prohibited_by_law",
            "security_stability",
            "third_party_rights",
            "internal_affairs",
            "process_information",
            "enforcement_files",
            "query_matters",
        ],
    ),
    (
        4,
        "unavailable",
        &["not_held", "needs_creation", "unclear_after_correction"],
    ),
    (
        5,
        "not_processed",
        &[
            "petition_complaint",
            "repeated",
            "publications",
            "mass_repeated",
            "confirmation",
        ],
    ),
    (6, "other", &["no_correction", "unpaid_fee", "other"]),
    (7, "results_total", &[]),
];

const ACTIVE_ROWS: [(&str, &str); 8] = [
    ("行政规范性文件", "normative_documents"),
    ("规范性文件", "normative_documents"),
    ("规章", "regulations"),
    ("行政许可", "licensing"),
    ("其他对外管理服务事项", "other_services"),
    ("行政处罚", "penalty"),
    ("行政强制", "coercion"),
    ("行政事业性收费", "fees"),
];
/// 表二's column names (2021 and 2019 formats) and their keys; table/template.rs reads a 表二
/// header by these words.
pub(crate) const ACTIVE_COLS: [(&str, &str); 12] = [
    ("制发件数", "issued"),
    ("废止件数", "repealed"),
    ("现行有效件数", "in_force"),
    ("处理决定数量", "decisions"),
    ("收费金额", "fee_amount"),
    ("新制作数量", "made"),
    ("新公开数量", "published"),
    ("对外公开总数量", "published_total"),
    ("上一年项目数量", "items_previous_year"),
    ("增/减", "items_change"),
    ("采购项目数量", "procurement_items"),
    ("采购总金额", "procurement_amount"),
];
/// 表四's outcome columns and their keys; table/template.rs reads a 表四 header by these words.
pub(crate) const REVIEW_COLS: [(&str, &str); 5] = [
    ("结果维持", "upheld"),
    ("结果纠正", "corrected"),
    ("其他结果", "other"),
    ("尚未审结", "pending"),
    ("总计", "total"),
];

fn gio_cell(c: &Cell) -> GioCell {
    GioCell {
        value: c.value,
        raw: c.text.clone(),
        span: c.span,
    }
}

/// The ordinal of a label cell's marker and its depth (1 for `一、`, 2 for `（一）`, 3 for `1.`);
/// also the numbering of a 表三 row label read from PDF text (`table/template.rs`).
pub(crate) fn ordinal(s: &str) -> Option<(usize, u32)> {
    let (_, m) = crate::marker::heading_marker(s).ok()?;
    use crate::model::MarkerStyle::*;
    let depth = match m.style {
        ChineseComma => 1,
        ParenChinese => 2,
        ArabicDot | ArabicComma => 3,
        _ => return None,
    };
    Some((depth, m.ordinal?))
}

/// The 表三 row key of a row label path, by its numbering.
fn request_row_key(label: &[String]) -> Option<String> {
    let (mut top, mut sub, mut item) = (None, None, None);
    for l in label {
        match ordinal(l) {
            Some((1, n)) => top = Some(n),
            Some((2, n)) => sub = Some(n),
            Some((3, n)) => item = Some(n),
            _ => {}
        }
    }
    let subtotal = label.last().is_some_and(|l| l.contains("小计"));
    match top? {
        1 => Some("received".into()),
        2 => Some("carried_over".into()),
        4 => Some("carried_forward".into()),
        3 => {
            let (_, group, items) = RESULT_GROUPS.iter().find(|g| Some(g.0) == sub)?;
            if subtotal {
                return Some(format!("{group}.subtotal"));
            }
            match item {
                Some(i) if !items.is_empty() => {
                    let name = items.get(i.checked_sub(1)? as usize)?;
                    Some(format!("{group}.{name}"))
                }
                _ => Some((*group).to_string()),
            }
        }
        _ => None,
    }
}

/// A header name as the template writes it: a page that wraps a narrow cell prints `商业 企业`
/// (a space, ASCII or full-width, between the two halves of one word), and full-width
/// brackets `（）` stand for `()`; the spaces between two ideographs are dropped and the
/// brackets folded, so that `商业 企业` and `商业企业` name the same column.
pub(crate) fn squeeze(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
            let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if before.is_some_and(|c| !c.is_ascii()) && after.is_some_and(|c| !c.is_ascii()) {
                continue;
            }
        }
        out.push(match c {
            '（' => '(',
            '）' => ')',
            c => c,
        });
    }
    out
}

/// The key of a column by the leaf of its header path (the last header cell above it), read
/// with [`squeeze`].
fn col_key(col: &Column, keys: &[(&str, &'static str)]) -> Option<&'static str> {
    let leaf = squeeze(col.path.last().map_or(col.label.as_str(), String::as_str));
    keys.iter().find(|(w, _)| leaf.contains(w)).map(|(_, k)| *k)
}

/// [`col_key`] of the column a cell stands in.
fn cell_key(t: &Table, c: &Cell, keys: &[(&str, &'static str)]) -> Option<&'static str> {
    col_key(t.columns.get(c.col)?, keys)
}

fn is_requests(t: &Table) -> bool {
    t.columns
        .iter()
        .any(|c| squeeze(&c.label).contains("自然人"))
        && t.columns
            .iter()
            .any(|c| squeeze(&c.label).ends_with("总计"))
}

fn is_review(t: &Table) -> bool {
    t.columns.iter().any(|c| c.label.contains("行政复议"))
        && t.columns.iter().any(|c| c.label.contains("诉讼"))
}

fn is_active(t: &Table) -> bool {
    t.caption.iter().any(|c| c.contains("第二十条"))
        || t.columns.iter().any(|c| col_key(c, &ACTIVE_COLS).is_some())
            && t.rows.iter().any(|r| {
                r.label
                    .last()
                    .is_some_and(|l| ACTIVE_ROWS.iter().any(|(w, _)| l.contains(w)))
            })
}

/// A statistics table of the older reports: a 计量单位 column or rows on 申请 / 公开.
fn is_legacy(t: &Table) -> bool {
    let about = t
        .rows
        .iter()
        .filter(|r| {
            r.label
                .last()
                .is_some_and(|l| l.contains("申请") || l.contains("公开"))
        })
        .count();
    about >= 2
}

fn strip_item(s: &str) -> String {
    let s = s
        .strip_prefix("其中")
        .map_or(s, |r| r.trim_start_matches(chars!['：', ':', '，']));
    let rest = crate::marker::heading_marker(s).map_or(s, |(rest, _)| rest);
    rest.to_string()
}

fn legacy_col(label: &str) -> String {
    if label.contains("累计") {
        "cumulative".into()
    } else if label.contains('年') && label.chars().any(crate::text::is_digit) || label == "本年"
    {
        "year".into()
    } else {
        label.to_string()
    }
}

/// Reads the 政府信息公开 template tables of a parsed report, or `None` when the report has
/// none.
///
/// ```
/// assert!(baogao::gio::read(&baogao::parse("一、概述\n全年公开信息300条。\n")).is_none());
/// ```
pub fn read(report: &Report) -> Option<GioRecord> {
    let mut rec = GioRecord::default();
    let mut found = false;
    for t in &report.tables {
        if is_requests(t) {
            found = true;
            let table = rec.tables.entry("requests".into()).or_default();
            if t.columns
                .iter()
                .any(|c| squeeze(&c.label).ends_with("小计"))
            {
                rec.layout = "subtotal".into();
            } else if rec.layout.is_empty() {
                rec.layout = "standard".into();
            }
            for r in &t.rows {
                let Some(key) = request_row_key(&r.label) else {
                    continue;
                };
                let row = table.entry(key).or_default();
                for c in &r.cells {
                    if let Some(k) = cell_key(t, c, &REQUEST_COLS) {
                        row.insert(k.into(), gio_cell(c));
                    }
                }
            }
        } else if is_review(t) {
            found = true;
            let table = rec.tables.entry("review_litigation".into()).or_default();
            for c in t.cells() {
                let label = squeeze(&c.col_label);
                let block = if label.contains("复议后起诉") {
                    "litigation_after_review"
                } else if label.contains("诉讼") {
                    "litigation_direct"
                } else {
                    "review"
                };
                if let Some(k) = cell_key(t, c, &REVIEW_COLS) {
                    table
                        .entry(block.into())
                        .or_default()
                        .insert(k.into(), gio_cell(c));
                }
            }
        } else if is_active(t) {
            found = true;
            let table = rec.tables.entry("active".into()).or_default();
            for r in &t.rows {
                let Some(label) = r.label.last() else {
                    continue;
                };
                let key = if label.contains("政府集中采购") {
                    "procurement".to_string()
                } else {
                    ACTIVE_ROWS
                        .iter()
                        .find(|(w, _)| label.contains(w))
                        .map_or(label.clone(), |(_, k)| k.to_string())
                };
                let row = table.entry(key).or_default();
                for c in &r.cells {
                    let k =
                        cell_key(t, c, &ACTIVE_COLS).map_or(c.col_label.clone(), str::to_string);
                    row.insert(k, gio_cell(c));
                }
            }
        }
    }
    if found {
        rec.edition = edition(&rec).into();
    } else {
        let t = report.tables.iter().find(|t| is_legacy(t))?;
        rec.edition = "legacy".into();
        let table = rec.tables.entry("statistics".into()).or_default();
        for r in &t.rows {
            let Some(label) = r.label.last() else {
                continue;
            };
            let row = table.entry(strip_item(label)).or_default();
            for c in &r.cells {
                row.insert(legacy_col(&c.col_label), gio_cell(c));
            }
        }
        return Some(rec);
    }
    rec.checks = checks(&rec, report);
    Some(rec)
}

/// The edition, from the 表二 columns (2021: 本年制发件数 …; 2019: 本年新制作数量 …), else from
/// whether （六）其他处理 has items (2021).
fn edition(rec: &GioRecord) -> &'static str {
    if let Some(active) = rec.tables.get("active") {
        let cols: Vec<&str> = active
            .values()
            .flat_map(|r| r.keys())
            .map(String::as_str)
            .collect();
        if cols
            .iter()
            .any(|c| matches!(*c, "issued" | "repealed" | "in_force"))
        {
            return "2021";
        }
        if cols.iter().any(|c| {
            matches!(
                *c,
                "made" | "published" | "published_total" | "items_previous_year"
            )
        }) {
            return "2019";
        }
    }
    match rec.tables.get("requests") {
        Some(req) if req.contains_key("other") => "2019",
        _ => "2021",
    }
}

/// Sums cells; a placeholder or a missing cell counts as 0. Returns the sum, the keys and spans
/// of the cells that stand.
struct Side {
    sum: Decimal,
    /// How many of the cells hold a number (not a placeholder).
    numbers: usize,
    cells: Vec<String>,
    spans: Vec<Span>,
}

fn side(rec: &GioRecord, table: &str, keys: &[(&str, &str)]) -> Option<Side> {
    let t = rec.tables.get(table)?;
    let mut s = Side {
        sum: Decimal::from(0),
        numbers: 0,
        cells: Vec::new(),
        spans: Vec::new(),
    };
    let mut any = false;
    for (row, col) in keys {
        let Some(c) = t.get(*row).and_then(|r| r.get(*col)) else {
            continue;
        };
        any = true;
        if let Some(v) = c.value {
            s.sum = s.sum.checked_add(&v)?;
            s.numbers += 1;
        }
        s.cells.push(format!("{table}/{row}/{col}"));
        s.spans.push(c.span);
    }
    any.then_some(s)
}

fn check(rule: String, lhs: Side, rhs: Side) -> GioCheck {
    let ok = lhs.sum == rhs.sum;
    GioCheck {
        rule,
        ok,
        blank: !ok && (lhs.numbers == 0 || rhs.numbers == 0),
        lhs: lhs.sum,
        rhs: rhs.sum,
        cells: lhs.cells.into_iter().chain(rhs.cells).collect(),
        spans: lhs.spans.into_iter().chain(rhs.spans).collect(),
    }
}

fn checks(rec: &GioRecord, report: &Report) -> Vec<GioCheck> {
    let mut out = Vec::new();
    if let Some(req) = rec.tables.get("requests") {
        let mut cols: Vec<&str> = REQUEST_COLS
            .iter()
            .map(|(_, k)| *k)
            .filter(|k| req.values().any(|r| r.contains_key(*k)))
            .collect();
        crate::sort::by_key(&mut cols, |k| {
            let at = REQUEST_COLS.iter().position(|(_, x)| x == k);
            (at.map_or(0, |p| p + 1), 0)
        });
        let result_rows: Vec<&str> = req
            .keys()
            .map(String::as_str)
            .filter(|k| {
                let group = k.split('.').next().unwrap_or(k);
                RESULT_GROUPS
                    .iter()
                    .any(|(_, g, _)| *g == group && *g != "results_total")
                    && !k.ends_with(".subtotal")
                    // a group row is counted only when it has no items
                    && (k.contains('.') || !req.keys().any(|o| o.starts_with(&format!("{k}."))))
            })
            .collect();
        for col in &cols {
            if let (Some(l), Some(r)) = (
                side(rec, "requests", &[("received", col), ("carried_over", col)]),
                side(
                    rec,
                    "requests",
                    &[("results_total", col), ("carried_forward", col)],
                ),
            ) {
                out.push(check(
                    format!("requests: received + carried_over = results_total + carried_forward [{col}]"),
                    l,
                    r,
                ));
            }
        }
        for col in &cols {
            let keys: Vec<(&str, &str)> = result_rows.iter().map(|r| (*r, *col)).collect();
            if let (Some(l), Some(r)) = (
                side(rec, "requests", &[("results_total", col)]),
                side(rec, "requests", &keys),
            ) {
                out.push(check(
                    format!("requests: results_total = sum of the results [{col}]"),
                    l,
                    r,
                ));
            }
        }
        let subtotal = cols.contains(&"org_subtotal");
        for (row, cells) in req {
            let mut parts: Vec<(&str, &str)> = vec![(row, "natural_person")];
            if subtotal {
                parts.push((row, "org_subtotal"));
            } else {
                parts.extend(ORG_COLS.iter().map(|c| (row.as_str(), *c)));
            }
            if !cells.contains_key("total") {
                continue;
            }
            if let (Some(l), Some(r)) = (
                side(rec, "requests", &parts),
                side(rec, "requests", &[(row, "total")]),
            ) {
                out.push(check(
                    format!("requests: natural_person + organisations = total [{row}]"),
                    l,
                    r,
                ));
            }
            if subtotal {
                let orgs: Vec<(&str, &str)> = ORG_COLS.iter().map(|c| (row.as_str(), *c)).collect();
                if let (Some(l), Some(r)) = (
                    side(rec, "requests", &orgs),
                    side(rec, "requests", &[(row, "org_subtotal")]),
                ) {
                    out.push(check(
                        format!("requests: organisations = org_subtotal [{row}]"),
                        l,
                        r,
                    ));
                }
            }
        }
    }
    if let Some(rl) = rec.tables.get("review_litigation") {
        for block in ["review", "litigation_direct", "litigation_after_review"] {
            if !rl.contains_key(block) {
                continue;
            }
            let parts: Vec<(&str, &str)> = ["upheld", "corrected", "other", "pending"]
                .iter()
                .map(|c| (block, *c))
                .collect();
            if let (Some(l), Some(r)) = (
                side(rec, "review_litigation", &parts),
                side(rec, "review_litigation", &[(block, "total")]),
            ) {
                out.push(check(
                    format!(
                        "review_litigation: upheld + corrected + other + pending = total [{block}]"
                    ),
                    l,
                    r,
                ));
            }
        }
    }
    text_checks(rec, report, &mut out);
    out
}

/// Counts the running text states, against the cells: the requests received (`…政府信息公开
/// 申请81件`), carried over (`上年结转…`), the 行政复议 and 行政诉讼 cases.
fn text_checks(rec: &GioRecord, report: &Report, out: &mut Vec<GioCheck>) {
    for ind in report.indicators.iter().filter(|i| i.table.is_none()) {
        // (A change from the year before, `比上年增加9件`, states no total.)
        if ind.unit.as_deref() != Some("件")
            || ind.approx.is_some()
            || ind.kind == crate::model::IndicatorKind::Change
        {
            continue;
        }
        let l = ind.label.as_str();
        // (Nor a part: whose requests, how answered, or a review's or a suit's outcome,
        // `被复议纠正1件`, a cell of its own.)
        let narrowed = [
            "自然人",
            "法人",
            "企业",
            "办结",
            "答复",
            "予以",
            "不予",
            "部分",
            "纠正",
            "维持",
            "驳回",
            "撤销",
            "败诉",
            "胜诉",
            "确认违法",
            "审结",
            "终止",
        ]
        .iter()
        .any(|w| l.contains(w));
        let (name, cells): (&str, Vec<(&str, &str, &str)>) = if l.contains("公开申请") && !narrowed
        {
            if l.contains("结转") {
                ("carried_over", vec![("requests", "carried_over", "total")])
            } else {
                ("received", vec![("requests", "received", "total")])
            }
        } else if l.contains("复议") && !l.contains("诉讼") && !narrowed {
            ("review", vec![("review_litigation", "review", "total")])
        } else if l.contains("诉讼") && !l.contains("复议") && !narrowed {
            (
                "litigation",
                vec![
                    ("review_litigation", "litigation_direct", "total"),
                    ("review_litigation", "litigation_after_review", "total"),
                ],
            )
        } else {
            continue;
        };
        let mut rhs = Side {
            sum: Decimal::from(0),
            numbers: 0,
            cells: Vec::new(),
            spans: Vec::new(),
        };
        let mut any = false;
        for (t, r, c) in cells {
            if let Some(s) = side(rec, t, &[(r, c)]) {
                any = true;
                rhs.sum = rhs.sum.checked_add(&s.sum).unwrap_or(rhs.sum);
                rhs.numbers += s.numbers;
                rhs.cells.extend(s.cells);
                rhs.spans.extend(s.spans);
            }
        }
        if !any {
            continue;
        }
        let value = ind.normalized.unwrap_or(ind.value);
        let lhs = Side {
            sum: value,
            numbers: 1,
            cells: vec!["text".into()],
            spans: vec![ind.span],
        };
        out.push(check(
            format!(
                "text: {name} stated in the text ({}) = the table",
                ind.label
            ),
            lhs,
            rhs,
        ));
    }
}

/// Adds a [`DiagnosticKind::GioCheckFailed`] for every failed check of the report's template
/// tables, a [`DiagnosticKind::GioCheckBlank`] for every check one side of which was left blank
/// (called by [`crate::parse_with`]).
pub(crate) fn attach(report: &mut Report) {
    if report.tables.is_empty() {
        return;
    }
    let Some(rec) = read(report) else { return };
    for c in rec.checks.iter().filter(|c| !c.ok) {
        report.diagnostics.push(Diagnostic {
            kind: if c.blank {
                DiagnosticKind::GioCheckBlank
            } else {
                DiagnosticKind::GioCheckFailed
            },
            span: c.spans.first().copied().unwrap_or_default(),
            message: format!(
                "{}: {} ≠ {} (cells: {})",
                c.rule,
                c.lhs,
                c.rhs,
                c.cells.join(", ")
            ),
        });
    }
}
