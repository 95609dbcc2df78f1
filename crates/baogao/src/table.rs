//! Tables as data: the table rows of the outline read back into tables with header paths, row
//! labels, units and a parsed quantity per cell.
//!
//! The outline keeps each table row as a [`Block::Table`] leaf (and a row written without outer
//! pipes, `a | b | c`, as a paragraph); this module reads consecutive rows into [`Table`]s after
//! the outline is built, so it never changes what the leaves are.
//!
//! The shapes it reads:
//! - rows with outer pipes (`| a | b |`), without them (`a | b | c`), tab-separated rows and
//!   rows whose columns are aligned with runs of spaces (`pdftotext -layout`, a pasted Word
//!   table: see `aligned.rs`, which finds them on the evidence of the document); a line of one tab (`行政许可\t2629`) is a row after a row or a caption, or in a short run
//!   right above a row (a flattened header's first lines, `行政复议\t行政诉讼`);
//! - caption lines before a table (`表1 …`, a one-cell row such as `| 第二十条第（一）项 |` or
//!   the same citation as a plain line, `单位：%`);
//! - header rows that lost their merged cells when the page was flattened: a multi-row header is
//!   rebuilt into one header path per column (a cell with cells under it is a group, the others
//!   span down to the body), and a header row broken over two lines is joined;
//! - group cells written once above their items (`三、本年度办理结果 | （一）予以公开`, then
//!   `（二）部分公开`), carried down by the outline markers the cells start with;
//! - units in a header (`本年收费金额（单位：万元）`, `金额（万元）`, `比重（%）`), in a `计量单位`
//!   column, in a `单位：…` caption line or in the cell itself (`75394432.52元`);
//! - placeholders (`/`, `-`, `--`, `—`, `空`, `无`, an empty cell): cells without a value;
//! - rows padded with empty cells, as a web page's table saved as text gives them (after the
//!   last cell, up to the table's grid, or before the first): read as the rows unpadded, the
//!   padded caption a caption and the padded header a header (see `strip_padding`);
//! - a body row broken over two lines (its numbers continue on the next line);
//! - the 政府信息公开 template tables as PDF text writes them, with no separator at all (cells
//!   split by spaces, or one cell per line, labels wrapped, page markers between rows): read
//!   by the template's rows and columns under its headings, or left unread with a
//!   [`DiagnosticKind::TemplateTableMismatch`](crate::DiagnosticKind::TemplateTableMismatch)
//!   when the numbers do not fit (see [`read`]);
//! - a table laid out one cell per line with a rule line (`|` alone) after each cell: rows
//!   found by their shape, a label and the same number of figures each (see `table/ruled.rs`).
//!
//! ```
//! let text = "二、数据\n| 项目 | 数量 | 金额（万元） |\n| 行政处罚 | 36 | 7.5 |\n| 行政强制 | / | 0 |\n";
//! let report = baogao::parse(text);
//! let t = &report.tables[0];
//! assert_eq!(t.columns[1].label, "金额（万元）");
//! let cell = &t.rows[0].cells[1];
//! assert_eq!((cell.row_label.as_str(), cell.col_label.as_str()), ("行政处罚", "金额（万元）"));
//! assert_eq!(cell.normalized.unwrap().to_string(), "75000");
//! assert_eq!(cell.span.slice(text), "7.5");
//! assert!(t.rows[1].cells[0].value.is_none());
//! ```

use crate::aligned::Aligned;
use crate::decimal::Decimal;
use crate::model::{Block, Indicator, IndicatorKind, Report, Section, SectionPath, TableRef};
use crate::outline::RowSeparators;
use crate::span::Span;
use crate::text::is_space;
use serde::{Deserialize, Serialize};

// (Read only when the crate reads tables: kept out of the small WebAssembly build, whose
// code size its changes moved although nothing there calls it.)
#[cfg(feature = "tables")]
mod ruled;
mod template;

/// A table: its caption lines, its columns with their header paths, and its body rows.
///
/// ```
/// let r = baogao::parse("一、人口\n表1 人口\n指标 | 年末数（万人） | 比重（%）\n全国 | 140 | 100.0\n");
/// let t = &r.tables[0];
/// assert_eq!(t.caption, ["表1 人口"]);
/// assert_eq!(t.columns[0].unit.as_deref(), Some("人"));
/// assert_eq!(t.columns[0].multiplier.as_deref(), Some("万"));
/// assert_eq!(t.rows[0].cells[1].value.unwrap().to_string(), "100");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Table {
    /// Caption lines written before the table (`表1 …`, `第二十条第（一）项`, `单位：%`), trimmed.
    pub caption: Vec<String>,
    /// 1-based line of the first row (header or body).
    pub line: usize,
    /// From the first row to the end of the last row's line.
    pub span: Span,
    /// Titles of the headings the table stands under, outermost first.
    pub section: SectionPath,
    /// The header rows as written (trimmed cells), top first.
    pub header: Vec<Vec<String>>,
    /// The value columns, left to right.
    pub columns: Vec<Column>,
    /// The body rows, top to bottom.
    pub rows: Vec<Row>,
}

/// A value column: its header path and the unit the header gives.
///
/// ```
/// let r = baogao::parse("| 行政复议 | 行政诉讼 |\n| 维持 | 总计 | 维持 | 总计 |\n| 1 | 1 | 2 | 2 |\n");
/// assert_eq!(r.tables[0].columns[2].path, ["行政诉讼", "维持"]);
/// assert_eq!(r.tables[0].columns[2].label, "行政诉讼 维持");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Column {
    /// The header cells above the column, top first (empty when the table has no header).
    pub path: Vec<String>,
    /// The path joined with spaces.
    pub label: String,
    /// The base unit the header states (`元` for `金额（万元）`, `件` for `本年制发件数`).
    pub unit: Option<String>,
    /// The multiplier the header states (`万` for `金额（万元）`).
    pub multiplier: Option<String>,
}

/// A body row: its label (group cells carried down) and its value cells.
///
/// ```
/// let r = baogao::parse("| 项目 | 数 |\n| 一、结果 | （一）公开 | 3 |\n| （二）不公开 | 4 |\n");
/// assert_eq!(r.tables[0].rows[1].label, ["一、结果", "（二）不公开"]);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Row {
    /// 1-based line number (the first line when the row was broken over two).
    pub line: usize,
    /// The row's label cells, with the group cells above it carried down, outermost first.
    pub label: Vec<String>,
    /// The unit the row states (a `计量单位` column), when there is one.
    pub unit: Option<String>,
    /// The value cells, left to right.
    pub cells: Vec<Cell>,
}

/// A value cell: where it stands, what names it and the quantity it holds.
///
/// ```
/// let text = "| 项目 | 收费金额（单位：万元） |\n| 行政事业性收费 | 12.5 |\n";
/// let r = baogao::parse(text);
/// let c = &r.tables[0].rows[0].cells[0];
/// assert_eq!((c.row, c.col), (0, 0));
/// assert_eq!(c.label(), "行政事业性收费 / 收费金额（单位：万元）");
/// assert_eq!((c.unit.as_deref(), c.multiplier.as_deref()), (Some("元"), Some("万")));
/// assert_eq!(c.normalized.unwrap().to_string(), "125000");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Cell {
    /// 0-based index of the row in [`Table::rows`].
    pub row: usize,
    /// 0-based index of the column in [`Table::columns`].
    pub col: usize,
    /// 1-based line number.
    pub line: usize,
    /// The cell as written, trimmed (empty for an empty cell).
    pub text: String,
    /// Where the cell text stands (empty, at the cell's place, for an empty cell).
    pub span: Span,
    /// The row label joined with spaces.
    pub row_label: String,
    /// The column's header path joined with spaces.
    pub col_label: String,
    /// The number (of a range, `3—5`, its low end); `None` for a placeholder (`/`, `-`, `—`,
    /// `空`, empty).
    pub value: Option<Decimal>,
    /// The multiplier (from the cell, else the row, else the header).
    pub multiplier: Option<String>,
    /// `value × multiplier`.
    pub normalized: Option<Decimal>,
    /// The base unit (from the cell, else the row, else the header, else a `单位：` caption).
    pub unit: Option<String>,
    /// What kind of quantity the cell holds.
    pub kind: IndicatorKind,
}

impl Cell {
    /// `row label / column label`, or the one that is not empty.
    ///
    /// ```
    /// let r = baogao::parse("| 维持 | 总计 |\n| 1 | 1 |\n");
    /// assert_eq!(r.tables[0].rows[0].cells[1].label(), "总计");
    /// ```
    pub fn label(&self) -> String {
        match (self.row_label.is_empty(), self.col_label.is_empty()) {
            (false, false) => format!("{} / {}", self.row_label, self.col_label),
            (false, true) => self.row_label.clone(),
            _ => self.col_label.clone(),
        }
    }
}

impl Table {
    /// Every value cell, row by row.
    ///
    /// ```
    /// let r = baogao::parse("| 项目 | 数 |\n| 甲 | 1 |\n| 乙 | 2 |\n");
    /// assert_eq!(r.tables[0].cells().count(), 2);
    /// ```
    pub fn cells(&self) -> impl Iterator<Item = &Cell> {
        self.rows.iter().flat_map(|r| r.cells.iter())
    }
}

// ---------------------------------------------------------------------------------------------
// Reading lines
// ---------------------------------------------------------------------------------------------

/// A cell of a row line: trimmed text and its span.
#[derive(Debug, Clone)]
struct RawCell {
    text: String,
    span: Span,
}

/// What a line is to the table reader.
enum LineKind {
    /// A row of at least two cells.
    Row(Vec<RawCell>),
    /// Two cells split by a single tab (`行政许可\t2629`): a row only next to a table (see
    /// [`read`]), since one tab alone also stands in prose.
    Pair(Vec<RawCell>),
    /// A caption: a one-cell row, `表1 …`, `第二十条第（一）项`, `单位：…`.
    Caption(String),
    /// Anything else: ends the table.
    Other,
}

/// Splits `line` (starting at byte `start` of the text) at `sep`-matching chars into trimmed
/// cells with spans; without the empty cells unless `keep_empty`. `None` when there would be more
/// than `max` cells: the line is no row (see [`MAX_CELLS`]), and its cells are not copied, so a
/// megabyte-long line of separators costs the reader no memory. The cells are counted first, so
/// that the array is reserved exactly.
///
/// ```text
/// split_cells(" a | b |", 0, is_pipe, true, 8)  → ["a" 1..2, "b" 5..6, "" 8..8]
/// split_cells("a\t\tb", 0, tab, false, 8)      → ["a" 0..1, "b" 3..4]
/// split_cells("a|b|c", 0, is_pipe, true, 2)     → None
/// ```
fn split_cells(
    line: &str,
    start: usize,
    sep: impl Fn(char) -> bool,
    keep_empty: bool,
    max: usize,
) -> Option<Vec<RawCell>> {
    let sep = &sep;
    // The cells of `line`, as (from, to) byte ranges with the spaces around them.
    let pieces = || {
        let mut from = 0;
        let mut done = false;
        let mut chars = line.char_indices();
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            for (i, c) in chars.by_ref() {
                if sep(c) {
                    let piece = (from, i);
                    from = i + c.len_utf8();
                    return Some(piece);
                }
            }
            done = true;
            Some((from, line.len()))
        })
        .filter(move |&(a, b)| keep_empty || !line[a..b].trim_matches(is_space).is_empty())
    };
    let n = pieces().take(max.saturating_add(1)).count();
    if n > max {
        return None;
    }
    let mut out = Vec::with_capacity(n);
    for (a, b) in pieces() {
        let piece = &line[a..b];
        let lead = piece.len() - piece.trim_start_matches(is_space).len();
        let body = piece.trim_matches(is_space);
        let s = if body.is_empty() {
            start + a
        } else {
            start + a + lead
        };
        out.push(RawCell {
            text: body.to_string(),
            span: Span::new(s, s + body.len()),
        });
    }
    Some(out)
}

fn is_pipe(c: char) -> bool {
    c == '|' || c == '｜'
}

/// More cells than any table of a report has: a line split into more is no row a reader of
/// tables understands (`立案\t12\t件\t立案\t12…` running on for a megabyte), and its numbers are
/// left to the prose reader, so that none is lost in a row label.
const MAX_CELLS: usize = 64;

/// How many one-tab lines in a row may wait for a row below them to make them a table's header
/// (a flattened header has a few rows): a longer run of them is prose, and is not held.
const MAX_PENDING_PAIRS: usize = 4;

/// Reads one line (without its line break) that starts at byte `start`. A line of more than
/// [`MAX_CELLS`] cells is [`LineKind::Other`], decided before its cells are copied.
fn classify(line: &str, start: usize, is_table_block: bool) -> LineKind {
    let lead = line.len() - line.trim_start_matches(is_space).len();
    let body = line.trim_matches(|c: char| is_space(c) || c == '\r');
    if body.is_empty() {
        return LineKind::Other;
    }
    let bstart = start + lead;
    if body.starts_with(is_pipe) {
        // The pieces before the first pipe and after the last one are not cells: two more.
        let Some(mut cells) = split_cells(body, bstart, is_pipe, true, MAX_CELLS + 2) else {
            return LineKind::Other;
        };
        cells.remove(0);
        if body.len() > 1 && body.ends_with(is_pipe) {
            cells.pop();
        }
        if let Some(caption) = padded_caption(&cells) {
            return caption;
        }
        return match cells.len() {
            0 => LineKind::Other,
            1 => LineKind::Caption(cells.swap_remove(0).text),
            n if n > MAX_CELLS => LineKind::Other,
            _ => LineKind::Row(cells),
        };
    }
    if is_table_block || body.contains('\t') && body.matches('\t').count() >= 2 {
        match split_cells(body, bstart, |c| c == '\t', false, MAX_CELLS) {
            None => return LineKind::Other,
            Some(cells) if cells.len() >= 2 => return LineKind::Row(cells),
            Some(_) => {}
        }
    }
    if body.contains(is_pipe) && !body.ends_with(chars!['。', '；', ';']) {
        // More than MAX_CELLS cells: no row, and, with at least that many pipes, longer than
        // any caption.
        let Some(cells) = split_cells(body, bstart, is_pipe, true, MAX_CELLS) else {
            return LineKind::Other;
        };
        if let Some(caption) = padded_caption(&cells) {
            return caption;
        }
        if cells.len() >= 2 && cells.iter().all(|c| c.text.chars().count() <= 60) {
            return LineKind::Row(cells);
        }
    }
    if memchr::memchr(b'\t', body.as_bytes()).is_some() && !body.ends_with(chars!['。', '；', ';'])
    {
        // one tab (two or more were read above): two short non-empty cells
        if let Some(cells) = split_cells(body, bstart, |c| c == '\t', true, 2) {
            if cells
                .iter()
                .all(|c| !c.text.is_empty() && c.text.chars().count() <= 60)
            {
                return LineKind::Pair(cells);
            }
        }
    }
    if is_caption(body) {
        return LineKind::Caption(body.to_string());
    }
    LineKind::Other
}

/// A caption padded with empty cells to the width of the table under it, as a web page's table
/// gives it (`| 第二十条第（五）项 | | | |`): the caption, when no other cell is filled.
fn padded_caption(cells: &[RawCell]) -> Option<LineKind> {
    let mut filled = cells.iter().filter(|c| !c.text.is_empty());
    match (filled.next(), filled.next()) {
        (Some(only), None) if cells.len() > 1 && is_caption(&only.text) => {
            Some(LineKind::Caption(only.text.clone()))
        }
        _ => None,
    }
}

/// `表1 …`, `表 2 …`, `表一 …`, `单位：%`, `（单位：万元）`, `第二十条第（一）项`: a short line
/// that names or scales the table after it.
pub(crate) fn is_caption(s: &str) -> bool {
    if s.chars().count() > 60 || s.ends_with('。') {
        return false;
    }
    if is_article_item(s) {
        return true;
    }
    if let Some(rest) = s.strip_prefix('表') {
        let rest = rest.trim_start_matches(is_space);
        return rest.chars().next().is_some_and(|c| {
            crate::text::is_digit(c) || crate::number::chinese_digit(c).is_some()
        });
    }
    caption_unit(s).is_some()
}

/// A line that is only a citation of a legal article's item, `第二十条第（一）项`, `第5条第2款`:
/// the caption the 政府信息公开 template sets over each of its sub-tables, whether or not it is
/// written as a one-cell row.
fn is_article_item(s: &str) -> bool {
    fn ordinal(s: &str) -> &str {
        s.trim_start_matches(|c: char| {
            crate::text::is_digit(c)
                || crate::number::chinese_digit(c).is_some()
                || "十百".contains(c)
        })
    }
    fn numbered(s: &str, word: char) -> Option<&str> {
        let rest = s.strip_prefix('第')?;
        let (open, rest) = match rest.strip_prefix(chars!['（', '(']) {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let after = ordinal(rest);
        if after.len() == rest.len() {
            return None;
        }
        let after = if open {
            after.strip_prefix(chars!['）', ')'])?
        } else {
            after
        };
        after.strip_prefix(word)
    }
    let Some(rest) = numbered(s.trim_matches(is_space), '条') else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    numbered(rest, '项')
        .or_else(|| numbered(rest, '款'))
        .is_some_and(|r| r.trim_matches(is_space).is_empty())
}

/// The unit of a `单位：…` line (`单位：%`, `（单位：万元）`).
fn caption_unit(s: &str) -> Option<&str> {
    // `…情况（单位：亿元）`: the unit in a bracket closing the caption. (With `FINE`.)
    let s = match s.trim_end_matches(is_space).strip_suffix(chars!['）', ')']) {
        Some(body) if crate::indicator::FINE => body
            .rfind(chars!['（', '('])
            .map(|i| &body[i..])
            .filter(|b| {
                b.trim_start_matches(chars!['（', '('])
                    .trim_start_matches(is_space)
                    .starts_with("单位")
            })
            .unwrap_or(s),
        _ => s,
    };
    let s = s.trim_matches(|c| matches!(c, '（' | '(' | '）' | ')') || is_space(c));
    let rest = s.strip_prefix("单位")?;
    let rest = rest
        .trim_start_matches(chars!['：', ':'])
        .trim_matches(is_space);
    // (Several units, `万亩、万吨`, are each some columns': no unit of the whole table.)
    let several = crate::indicator::FINE && rest.contains(chars!['、', '，', ',', '；']);
    (!rest.is_empty() && rest.chars().count() <= 8 && !several).then_some(rest)
}

// ---------------------------------------------------------------------------------------------
// Cell values and units
// ---------------------------------------------------------------------------------------------

/// Placeholder cells: no value was filled in.
fn is_placeholder(s: &str) -> bool {
    matches!(
        s,
        "" | "/" | "／" | "-" | "--" | "－" | "—" | "——" | "–" | "空" | "无" | "\\" | "…" | "……"
    )
}

const MULTIPLIERS: [&str; 9] = ["万亿", "千万", "百万", "十万", "亿", "万", "千", "百", "十"];

/// Splits `万元` into (`万`, `元`); a unit without a multiplier gives (None, unit).
fn split_multiplier(unit: &str) -> (Option<String>, Option<String>) {
    // 百分点 and 千分点 are units of their own (of percents, of per mille), no 百 of 分点.
    if crate::indicator::FINE && matches!(unit, "百分点" | "个百分点" | "千分点" | "个千分点")
    {
        let points = if unit.contains('百') {
            "个百分点"
        } else {
            "个千分点"
        };
        return (None, Some(points.to_string()));
    }
    for m in MULTIPLIERS {
        if let Some(rest) = unit.strip_prefix(m) {
            // 十 alone is too often part of a word; 千 before 克/米/瓦/升 … is the SI prefix
            // of one unit (千克, 千米)
            let si = m == "千"
                && rest.starts_with(chars!['克', '米', '瓦', '升', '伏', '帕', '卡', '焦', '赫']);
            if (!rest.is_empty() || m != "十") && !si {
                let base = (!rest.is_empty()).then(|| rest.to_string());
                return (Some(m.to_string()), base);
            }
        }
    }
    (None, (!unit.is_empty()).then(|| unit.to_string()))
}

/// A number (optional sign, digits with `,` groups, one decimal point) followed by an optional
/// short unit: `-0.1`, `1,234`, `75394432.52元`, `5.6%`, `3.5万元`.
fn parse_value(s: &str) -> Option<(Decimal, Option<String>, Option<String>)> {
    // `≥88`, `〔13.5〕`: the figure of a bounded or cumulative cell (see `cell_figure`)
    let s = if crate::indicator::FINE {
        cell_figure(s).0
    } else {
        s
    };
    // full-width digits and point (`６`, `１．５`) read as ASCII
    let folded: String;
    let s = if s.contains(|c: char| ('０'..='９').contains(&c) || c == '．') {
        folded = s
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '．' => '.',
                c => c,
            })
            .collect();
        &folded
    } else {
        s
    };
    let (neg, rest) = match s.strip_prefix(chars!['-', '−', '－']) {
        Some(r) => (true, r),
        None => (false, s.strip_prefix(chars!['+', '＋']).unwrap_or(s)),
    };
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let digits: String = rest[..end].chars().filter(|&c| c != ',').collect();
    // `3.其他`, `1、` are item markers, not numbers
    if digits.is_empty()
        || !digits.starts_with(|c: char| c.is_ascii_digit())
        || digits.ends_with('.')
    {
        return None;
    }
    let mut v: Decimal = digits.parse().ok()?;
    if neg {
        v = v.neg();
    }
    let suffix = rest[end..].trim_matches(is_space);
    // `5.5%以内`, `80%以上`, `6.5左右`: a target's bound after a percent or a bare figure is no
    // part of the unit (`60周岁及以上` stays a label). (The cell
    // keeps the figure; a finer reading, see `indicator::FINE`.)
    let suffix = if crate::indicator::FINE {
        ["以内", "以下", "以上", "左右"]
            .iter()
            .find_map(|b| suffix.strip_suffix(b))
            .filter(|u| u.is_empty() || matches!(*u, "%" | "％" | "‰"))
            .unwrap_or(suffix)
    } else {
        suffix
    };
    if suffix.is_empty() {
        return Some((v, None, None));
    }
    if suffix.chars().count() > 4
        || suffix.chars().any(|c| {
            c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '号' | '时' | '、' | '.' | '．')
        })
    {
        return None;
    }
    let (m, u) = split_multiplier(suffix);
    Some((v, m, u))
}

/// Which end of the figure a bound sign before it gives (`≥88`: the figure is the least).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// `≥`, `＞`, `>` (不低于, 超过): the figure is the lower end.
    Low,
    /// `≤`, `＜`, `<` (不高于, 不到): the figure is the upper end.
    High,
}

/// The figure of a cell written with the marks of a plan's target table, and the bound its sign
/// gives: a bound sign before the figure (`≥88`, `≤ 5.5%`, `＞90`: a target's floor or
/// ceiling, as 不低于88 in prose) and the brackets of a cumulative figure (`〔13.5〕`, `[2.5]`:
/// “〔 〕内为五年累计数”, a five-year total, a value of the row's unit like the cells beside it).
/// A cell without them is given back as written. (Read with `FINE`.)
///
/// ```text
/// cell_figure("≥88") → ("88", Some(Low)), cell_figure("〔13.5〕") → ("13.5", None),
/// cell_figure("≤〔6〕") → ("6", Some(High)), cell_figure("〔2024〕1号") → ("〔2024〕1号", None)
/// ```
fn cell_figure(s: &str) -> (&str, Option<Bound>) {
    let (bound, rest) = match s.strip_prefix(chars!['≥', '≧', '⩾', '＞', '>']) {
        Some(r) => (Some(Bound::Low), r),
        None => match s.strip_prefix(chars!['≤', '≦', '⩽', '＜', '<']) {
            Some(r) => (Some(Bound::High), r),
            None => (None, s),
        },
    };
    let rest = rest.trim_start_matches(is_space);
    let inner = rest
        .strip_prefix(chars!['〔', '['])
        .and_then(|r| r.strip_suffix(chars!['〕', ']']))
        .filter(|r| !r.contains(chars!['〔', '[', '〕', ']']))
        .map(|r| r.trim_matches(is_space));
    match (inner, bound) {
        (Some(inner), _) => (inner, bound),
        (None, Some(_)) => (rest, bound),
        (None, None) => (s, None),
    }
}

/// Measure words a header names in `…件数`, `…人数`, `…次数`.
const COUNTED: [&str; 11] = [
    "人次", "件", "人", "次", "个", "家", "条", "项", "户", "起", "宗",
];

/// The unit a bracket at the end of a header or label cell states (`（单位：万元）`, `（万人）`,
/// `（%）`), split into multiplier and base unit.
fn bracket_unit(h: &str) -> Option<(Option<String>, Option<String>)> {
    let h = h.trim_matches(is_space);
    if !h.ends_with(chars!['）', ')']) {
        return None;
    }
    let open = h.rfind(chars!['（', '('])?;
    let inner = h[open..]
        .trim_start_matches(chars!['（', '('])
        .trim_end_matches(chars!['）', ')']);
    let inner = inner
        .strip_prefix("单位")
        .map(|r| r.trim_start_matches(chars!['：', ':']))
        .unwrap_or(inner)
        .trim_matches(is_space);
    let known = |u: &str| crate::indicator::unit::is_unit_word(u) || u.contains('/');
    let short = inner.chars().count() <= 4 && !inner.chars().any(crate::text::is_digit);
    if inner.is_empty() || !(short || crate::indicator::FINE && known(inner)) {
        return None;
    }
    let (m, u) = split_multiplier(inner);
    // (A name in brackets, `所有者权益（净资产）`, is no unit: a base of three characters or
    // more is one the lexicon knows. With `FINE`.)
    if crate::indicator::FINE
        && u.as_deref()
            .is_some_and(|u| u.chars().count() >= 3 && !known(u))
    {
        return None;
    }
    Some((m, u))
}

/// The unit a header cell states: a bracketed unit, a trailing `%` (`较上年±%`) or a counted
/// measure word (`本年制发件数` → 件).
fn header_unit(h: &str) -> (Option<String>, Option<String>) {
    if let Some(u) = bracket_unit(h) {
        return u;
    }
    let h = h.trim_matches(is_space);
    if h.ends_with(chars!['%', '％']) {
        return (None, Some("%".to_string()));
    }
    if let Some(stem) = h.strip_suffix('数') {
        for w in COUNTED {
            if stem.ends_with(w) {
                return (None, Some(w.to_string()));
            }
        }
    }
    (None, None)
}

/// Whether a header or caption says the figures are changes (`增减`, `涨跌`, `±%`).
fn says_change(s: &str) -> bool {
    [
        "增减",
        "增/减",
        "涨跌",
        "±",
        "增长",
        "增幅",
        "比上年",
        "较上年",
    ]
    .iter()
    .any(|w| s.contains(w))
}

/// Whether a column header says its figures are changes: what [`says_change`] reads, a
/// comparison with the same period (`同比（%）`, `同比变化`) or the one before (`环比（%）`), a
/// header's short word for the change against it, or with the normal year (`比常年±%`) or any
/// other base in a `与…比较` / `与…相比` frame (`与常年比较（%）`). A caption with these words
/// names the table's comparisons, not its figures (`主要指标及同比情况` over `本年 | 增速（%）`):
/// only a column's header says so; and 比较 alone is a degree (`比较满意（%）`). (A finer
/// reading: not in the small WebAssembly build, see `indicator::FINE`.)
///
/// ```text
/// "同比（%）" → true, "环比" → true, "与常年比较（%）" → true, "增幅（%）" → true,
/// "占比（%）" → false, "比较满意（%）" → false, "本年" → false
/// ```
fn column_says_change(h: &str) -> bool {
    if says_change(h) {
        return true;
    }
    let compared = |h: &str| {
        h.find('与')
            .is_some_and(|i| h[i..].contains("比较") || h[i..].contains("相比"))
    };
    crate::indicator::FINE
        && (["同比", "环比", "比常年", "较常年"]
            .iter()
            .any(|w| h.contains(w))
            || compared(h))
}

fn is_total(s: &str) -> bool {
    let s = s.trim_start_matches(|c: char| !is_cjk_word_start(c));
    ["总计", "合计", "小计", "总数", "总量"]
        .iter()
        .any(|w| s.ends_with(w))
}

fn is_cjk_word_start(c: char) -> bool {
    !matches!(c, '（' | '(' | '）' | ')' | '、' | '.' | '．') && !crate::text::is_digit(c)
}

/// The unit column of a table: a `计量单位` header, or a `单位` header whose cells are words
/// (a bare `单位` also means an organisation, `| 个人 | 单位 |`, whose cells are counts). Gives
/// the header text. A narrow header cell wraps its word (`计量⏎单位`), which a rendering of the
/// page gives as `计量 单位`: the word is read without its spaces.
fn unit_header<'a>(head: &'a [RowLine], body: &[RowLine]) -> Option<&'a str> {
    let cells = head.iter().flat_map(|r| r.cells.iter());
    if let Some(c) = cells.clone().find(|c| spaced_word_is(&c.text, "计量单位")) {
        return Some(&c.text);
    }
    // `计量` over `单位` in one column of a header of two rows as wide (a narrow cell's word
    // wrapped onto the next header line): the lower cell stands for the column. (A finer
    // reading, see `indicator::FINE`.)
    if crate::indicator::FINE && head.len() >= 2 {
        let (w, last) = (head[0].cells.len(), &head[head.len() - 1]);
        if head.iter().all(|r| r.cells.len() == w) {
            if let Some(k) = (0..w).find(|&k| {
                let joined: String = head.iter().map(|r| r.cells[k].text.as_str()).collect();
                spaced_word_is(&joined, "计量单位")
            }) {
                return Some(&last.cells[k].text);
            }
        }
    }
    // `单位` written in every row of a header of rows as wide (a page's grid repeats a cell
    // merged down): its column, read as a one-row header's. (With `FINE`.)
    let only = match head {
        [only] => only,
        [.., last]
            if crate::indicator::FINE && head.iter().all(|r| r.cells.len() == last.cells.len()) =>
        {
            let at = last
                .cells
                .iter()
                .position(|c| spaced_word_is(&c.text, "单位"))?;
            if !head
                .iter()
                .all(|r| r.cells[at].text.is_empty() || spaced_word_is(&r.cells[at].text, "单位"))
            {
                return None;
            }
            last
        }
        // Or in the first row of a header whose merged cells are written once (`| 名称 | 单位 |
        // 全县 |` over `| 产量 | 增长 |`): it spans down, before the groups.
        [first, ..] if crate::indicator::FINE => first,
        _ => return None,
    };
    let at = only
        .cells
        .iter()
        .position(|c| spaced_word_is(&c.text, "单位"))?;
    // (Under a header of groups written once, the body rows are wider than its first row: the
    // unit column is among their label columns, before the groups.)
    let grid = head.iter().all(|r| r.cells.len() == only.cells.len());
    let width = if !grid {
        body.iter().map(|r| r.cells.len()).max().unwrap_or(0)
    } else {
        only.cells.len()
    };
    let mut aligned = body.iter().filter(|r| r.cells.len() == width).peekable();
    aligned.peek()?;
    aligned
        .all(|r| !is_value(&r.cells[at]) || is_placeholder(&r.cells[at].text))
        .then_some(&only.cells[at].text)
}

/// Whether a header cell is `word` once the spaces of a wrapped cell are taken out (`计量 单位`,
/// `单　位`).
fn spaced_word_is(text: &str, word: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace()).eq(word.chars())
}

// ---------------------------------------------------------------------------------------------
// Header rebuilding
// ---------------------------------------------------------------------------------------------

/// Rebuilds the leaf columns (each a header path) of flattened header rows that must give
/// `target` columns. A cell with cells under it is a group; the cells of the row below are
/// shared among the groups of the row above in order; the other cells span down. When no such
/// reading gives `target` columns, the rows are read as one row broken over lines.
fn header_paths(rows: &[Vec<String>], target: usize) -> Vec<Vec<String>> {
    if rows.is_empty() || target == 0 {
        return vec![Vec::new(); target];
    }
    if let Some(paths) = grouped_paths(rows, target) {
        return paths;
    }
    flat_paths(rows, target)
}

/// The leaf columns of header rows read as groups over the row below (see [`header_paths`]),
/// or `None` when no grouping gives `target` columns.
fn grouped_paths(rows: &[Vec<String>], target: usize) -> Option<Vec<Vec<String>>> {
    grouping(rows, target).map(|(_, paths)| paths)
}

/// [`grouped_paths`] with the score of the grouping (see [`level_score`]).
fn grouping(rows: &[Vec<String>], target: usize) -> Option<(i64, Vec<Vec<String>>)> {
    if rows.is_empty() || target == 0 {
        return None;
    }
    let ks: Vec<usize> = rows.iter().map(Vec::len).collect();
    let total: usize = ks.iter().sum();
    let mut best: Option<(i64, Vec<Level>)> = None;
    if rows.len() > 1 && rows.len() <= 4 && ks.iter().all(|&k| k <= 16) && total > target {
        // g_i groups at level i (i < last): Σ (k_i − g_i) = target, 1 ≤ g_i ≤ min(k_i, k_{i+1})
        let mut gs = vec![0usize; rows.len() - 1];
        let need = total - target;
        // a budget in proportion to the header, so that reading headers stays linear
        let mut search = Search {
            budget: 150 * total,
            memo: std::collections::HashMap::new(),
        };
        search_groups(rows, &ks, 0, need, &mut gs, &mut search, &mut best);
    }
    let (score, levels) = best?;
    let mut out = Vec::with_capacity(target);
    emit(rows, &levels, 0, 0, ks[0], &mut Vec::new(), &mut out);
    (out.len() == target).then_some((score, out))
}

/// The header rows with the cells taken out that repeat, at the same places, the first cells
/// of the narrower row above: cells merged down over both rows (`rowspan`) that the copy wrote
/// in each row they cover, while the groups beside them went on into their items. Written once,
/// they span down and the groups share the row below (see [`header_paths`]); the caller reads
/// them so only when they give the body's columns (the template's own header has the same words
/// under its second group: `[维持, 纠正, 直接起诉, 复议后起诉] / [维持, 纠正, 维持, 纠正]`).
/// `None` when no row repeats the row above. (A finer reading: not in the small WebAssembly
/// build, see `indicator::FINE`.)
///
/// ```text
/// [复议, 诉讼] / [维持, 纠正, 直接起诉, 复议后起诉] / [维持, 纠正, 维持, 纠正, 维持, 纠正]
///   → the third row without its first two cells: 复议 维持 | 复议 纠正 | 诉讼 直接起诉 维持 | …
/// ```
fn merged_cells_written_again(rows: &[Vec<String>]) -> Option<Vec<Vec<String>>> {
    if !crate::indicator::FINE {
        return None;
    }
    let mut once = rows.to_vec();
    let mut changed = false;
    for i in 1..once.len() {
        let (above, below) = once.split_at_mut(i);
        let (upper, lower) = (&above[i - 1], &mut below[0]);
        if lower.len() <= upper.len() {
            continue;
        }
        let repeated = upper
            .iter()
            .zip(lower.iter())
            .take_while(|(u, l)| !u.is_empty() && u == l)
            .count();
        if repeated > 0 && repeated < upper.len() {
            lower.drain(..repeated);
            changed = true;
        }
    }
    changed.then_some(once)
}

/// Header rows read as one row broken over lines: the cells in order, right-aligned to the
/// `target` columns.
fn flat_paths(rows: &[Vec<String>], target: usize) -> Vec<Vec<String>> {
    // one header row, or rows broken over lines: the cells in order, right-aligned to the columns
    let flat: Vec<String> = rows.iter().flatten().cloned().collect();
    let mut out: Vec<Vec<String>> = Vec::with_capacity(target);
    if flat.len() >= target {
        out.extend(flat[flat.len() - target..].iter().map(|h| vec![h.clone()]));
    } else {
        out.resize(target - flat.len(), Vec::new());
        out.extend(flat.iter().map(|h| vec![h.clone()]));
    }
    out
}

/// The columns of a header written as a grid: a web page's table with each merged cell's text
/// repeated in every grid cell it covers, so that every header row is as wide as the widest body
/// row (`| 项目 | 数量 | 数量 |` over `| 项目 | 新增 | 累计 |`). Each of the last `target` columns'
/// path is its cells from the top (a cell repeated down is said once, see `build`); the group
/// reading of [`header_paths`] is for headers whose merged cells are written once. `None` when
/// the header is one row or a row is not that wide. A row of one text across the whole width is
/// a caption, left out of the paths; a blank cell under a header continues it. (A finer reading: not in the small
/// WebAssembly build, see `FINE`.)
///
/// ```text
/// [项目, 数量, 数量] / [项目, 新增, 累计], body rows of 3, 2 columns → [数量, 新增] | [数量, 累计]
/// ```
fn grid_paths(written: &[Vec<String>], width: usize, target: usize) -> Option<Vec<Vec<String>>> {
    if !crate::indicator::FINE
        || written.len() < 2
        || target == 0
        || width < target
        || written.iter().any(|r| r.len() != width)
    {
        return None;
    }
    // A row of one cell across the whole table (`第二十条第（一）项`) is the block's caption, no
    // group of its columns.
    let spanning = |r: &Vec<String>| r.iter().all(|c| *c == r[0]);
    Some(
        (width - target..width)
            .map(|k| {
                written
                    .iter()
                    .filter(|r| !spanning(r) && !r[k].is_empty())
                    .map(|r| r[k].clone())
                    .collect()
            })
            .collect(),
    )
}

/// The columns of a multi-row header that has no corner cell over the row labels (it was empty
/// and lost when the page was flattened, `\t申请人情况` read as a plain line): without its first
/// cell the header has no grouping, and read flat it would put a total column (`总计`, `小计`)
/// before other columns, which a total closes; kept whole, it groups into the body's columns
/// (`自然人 | 法人或其他组织 | 总计` over `商业企业 | … | 其他`). `None` when the header is
/// not such a header.
///
/// ```text
/// [自然人, 法人或其他组织, 总计] / [商业企业, 科研机构, 其他], 5 columns
///   → 自然人 | 法人或其他组织 商业企业 | … 其他 | 总计
/// [地区, 全省] / [城镇, 乡村], 3 columns → None (read flat: 全省 | 城镇 | 乡村)
/// ```
fn lost_corner_paths(
    header: &[Vec<String>],
    written: &[Vec<String>],
    has_labels: bool,
    target: usize,
) -> Option<Vec<Vec<String>>> {
    if !has_labels || written.len() < 2 || grouped_paths(header, target).is_some() {
        return None;
    }
    let flat = flat_paths(header, target);
    let early_total = flat
        .iter()
        .rev()
        .skip(1)
        .any(|p| p.last().is_some_and(|h| is_total(h)));
    if !early_total {
        return None;
    }
    grouped_paths(written, target)
}

/// The groups of one header row: for each group cell, how many cells of the row below it has.
#[derive(Debug, Clone)]
struct Level {
    /// (index of the group cell, number of children), in order.
    groups: Vec<(usize, usize)>,
}

/// The state of a header search: what is left of its budget (every grouping tried costs one)
/// and the best grouping of each (level, number of groups) found so far.
struct Search {
    budget: usize,
    memo: std::collections::HashMap<(usize, usize), Option<(i64, Level)>>,
}

fn search_groups(
    rows: &[Vec<String>],
    ks: &[usize],
    i: usize,
    need: usize,
    gs: &mut Vec<usize>,
    search: &mut Search,
    best: &mut Option<(i64, Vec<Level>)>,
) {
    if i == gs.len() {
        if need != 0 {
            return;
        }
        let mut score = 0;
        let mut levels = Vec::with_capacity(gs.len());
        for (lvl, &g) in gs.iter().enumerate() {
            let found = match search.memo.get(&(lvl, g)) {
                Some(f) => f.clone(),
                None => {
                    let f = best_level(&rows[lvl], &rows[lvl + 1], g, &mut search.budget);
                    search.memo.insert((lvl, g), f.clone());
                    f
                }
            };
            match found {
                Some((s, l)) => {
                    score += s;
                    levels.push(l);
                }
                None => return,
            }
        }
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            *best = Some((score, levels));
        }
        return;
    }
    let hi = ks[i].min(ks[i + 1]).min(need);
    for g in 1..=hi {
        gs[i] = g;
        search_groups(rows, ks, i + 1, need - g, gs, search, best);
    }
}

/// The best way to make `g` cells of `upper` groups sharing the cells of `lower` in order,
/// trying at most `budget` groupings.
fn best_level(
    upper: &[String],
    lower: &[String],
    g: usize,
    budget: &mut usize,
) -> Option<(i64, Level)> {
    let (k, n) = (upper.len(), lower.len());
    if g == 0 || g > k || g > n {
        return None;
    }
    let mut best: Option<(i64, Level)> = None;
    let upper_totals: Vec<bool> = upper.iter().map(|s| is_total(s)).collect();
    let lower_totals: Vec<bool> = lower.iter().map(|s| is_total(s)).collect();
    let mut chosen = Vec::with_capacity(g);
    let mut sizes = vec![1usize; g];
    choose(
        0,
        k,
        g,
        &mut chosen,
        budget,
        &mut |groups: &[usize], budget: &mut usize| {
            compositions(n, &mut sizes, 0, budget, &mut |sizes: &[usize]| {
                let s = level_score(&upper_totals, &lower_totals, groups, sizes);
                if best.as_ref().is_none_or(|(b, _)| s > *b) {
                    best = Some((
                        s,
                        Level {
                            groups: groups.iter().copied().zip(sizes.iter().copied()).collect(),
                        },
                    ));
                }
            });
        },
    );
    best
}

/// Calls `f` with every increasing choice of `g` indices in `from..k`, while `budget` lasts.
fn choose(
    from: usize,
    k: usize,
    g: usize,
    chosen: &mut Vec<usize>,
    budget: &mut usize,
    f: &mut dyn FnMut(&[usize], &mut usize),
) {
    if *budget == 0 {
        return;
    }
    if chosen.len() == g {
        f(chosen, budget);
        return;
    }
    for i in from..k {
        if k - i < g - chosen.len() || *budget == 0 {
            break;
        }
        chosen.push(i);
        choose(i + 1, k, g, chosen, budget, f);
        chosen.pop();
    }
}

/// Calls `f` with every way to write `n` as `sizes.len()` positive parts, each call taking one
/// from `budget`.
fn compositions(
    n: usize,
    sizes: &mut [usize],
    i: usize,
    budget: &mut usize,
    f: &mut dyn FnMut(&[usize]),
) {
    if *budget == 0 {
        return;
    }
    let parts = sizes.len();
    let used: usize = sizes[..i].iter().sum();
    if i + 1 == parts {
        if n > used {
            sizes[i] = n - used;
            *budget -= 1;
            f(sizes);
        }
        return;
    }
    let left = parts - i - 1;
    let mut s = 1;
    while used + s + left <= n && *budget > 0 {
        sizes[i] = s;
        compositions(n, sizes, i + 1, budget, f);
        s += 1;
    }
}

/// How plausible a grouping is: a total column (`总计`, `小计`) is not split; a group's items end
/// with their own total when the row below has totals; groups of one size; groups of one item
/// are rare; otherwise the later cells are the groups (row headers come first).
/// `upper` and `lower` say which cells are totals.
fn level_score(upper: &[bool], lower: &[bool], groups: &[usize], sizes: &[usize]) -> i64 {
    let mut score = 0i64;
    let lower_totals = lower.iter().any(|&t| t);
    let mut at = 0;
    for (&gi, &size) in groups.iter().zip(sizes) {
        if upper[gi] {
            score -= 100;
        }
        if size == 1 {
            score -= 20;
        }
        at += size;
        if lower_totals && lower[at - 1] {
            score += 30;
        }
        score += gi as i64;
    }
    if sizes.len() > 1 && sizes.iter().all(|&s| s == sizes[0]) {
        score += 20;
    }
    score
}

/// Emits the leaf paths of `rows[lvl][from..to]`.
fn emit(
    rows: &[Vec<String>],
    levels: &[Level],
    lvl: usize,
    from: usize,
    to: usize,
    path: &mut Vec<String>,
    out: &mut Vec<Vec<String>>,
) {
    // start of each group's children in the row below
    let mut child_start = 0;
    let groups = levels.get(lvl).map(|l| l.groups.as_slice()).unwrap_or(&[]);
    for (gi, size) in groups.iter().copied() {
        if gi < from {
            child_start += size;
        }
    }
    for i in from..to {
        path.push(rows[lvl][i].clone());
        match groups.iter().find(|(gi, _)| *gi == i) {
            Some(&(_, size)) => {
                emit(
                    rows,
                    levels,
                    lvl + 1,
                    child_start,
                    child_start + size,
                    path,
                    out,
                );
                child_start += size;
            }
            None => out.push(path.clone()),
        }
        path.pop();
    }
}

// ---------------------------------------------------------------------------------------------
// Row labels
// ---------------------------------------------------------------------------------------------

/// The outline depth a label cell's marker gives (`一、` 0, `（一）` 1, `1.` 2, `（1）` 3,
/// `①` 4), or `None` for an unmarked cell.
fn label_depth(s: &str) -> Option<usize> {
    let s = s
        .strip_prefix("其中")
        .map_or(s, |r| r.trim_start_matches(chars!['：', ':', '，']));
    let (_, m) = crate::marker::heading_marker(s).ok()?;
    use crate::model::MarkerStyle::*;
    Some(match m.style {
        Chapter | ChapterSection | Article => 0,
        ChineseComma => 1,
        ParenChinese => 2,
        ArabicDot | ArabicComma => 3,
        ParenArabic => 4,
        Circled => 5,
        Bare | Unmarked => return None,
        Part | HalfParenChinese | HalfParenArabic | Lenticular | Roman | Decimal => return None,
    })
}

/// A row whose leading label cells were merged with the row above's (`rowspan`) and written
/// once, on that row only, as a text copy of a page writes them (`| 就业 | 城镇新增就业 | 12860 |`
/// over `| 失业人员再就业 | 3215 |`): the row is narrower than the one above by those cells, and
/// takes them from it. Not for unmarked cells only (marked groups carry, see [`carry_label`]), nor
/// for a total (`| 合计 | 16075 |`, merged across the label columns). (A finer reading: not in the
/// small WebAssembly build, see `indicator::FINE`.) The number of cells taken.
fn rowspan_written_once(
    label_cells: &mut Vec<String>,
    width: usize,
    above: &(Vec<String>, usize),
) -> usize {
    let (above_cells, above_width) = above;
    let missing = above_width.saturating_sub(width);
    if missing == 0
        || label_cells.is_empty()
        || missing >= above_cells.len()
        || above_cells.len() != label_cells.len() + missing
        || label_cells
            .iter()
            .chain(above_cells)
            .any(|c| label_depth(c).is_some() || is_total(c))
    {
        return 0;
    }
    let mut cells = above_cells[..missing].to_vec();
    cells.append(label_cells);
    *label_cells = cells;
    missing
}

/// Carries group cells down: a row's first label cell replaces the carried cells of its depth
/// and deeper; an unmarked first cell replaces the items (`1.`, `（1）`, `①`) and unmarked
/// cells, under the carried `一、` / `（一）` groups.
fn carry_label(stack: &mut Vec<(Option<usize>, String)>, cells: &[String]) -> Vec<String> {
    if let Some(first) = cells.first() {
        match label_depth(first) {
            Some(d) => stack.retain(|(sd, _)| matches!(sd, Some(x) if *x < d)),
            None => stack.retain(|(sd, _)| matches!(sd, Some(x) if *x < 3)),
        }
        for c in cells {
            stack.push((label_depth(c), c.clone()));
        }
    }
    stack.iter().map(|(_, s)| s.clone()).collect()
}

// ---------------------------------------------------------------------------------------------
// Building tables
// ---------------------------------------------------------------------------------------------

/// A row line with its place.
struct RowLine {
    line: usize,
    cells: Vec<RawCell>,
    span: Span,
}

/// Rows and captions gathered for one table.
struct Draft {
    caption: Vec<String>,
    rows: Vec<RowLine>,
    section: SectionPath,
}

/// Every body block with its section path, in document order.
fn blocks_in_order(report: &Report) -> Vec<(Span, bool, SectionPath)> {
    fn walk(s: &Section, path: &mut Vec<String>, out: &mut Vec<(Span, bool, SectionPath)>) {
        path.push(s.heading.title.clone());
        let p = SectionPath::from(path.as_slice());
        for b in &s.blocks {
            out.push((b.span(), matches!(b, Block::Table(_)), p.clone()));
        }
        for c in &s.children {
            walk(c, path, out);
        }
        path.pop();
    }
    let mut out = Vec::new();
    let root = SectionPath::default();
    for b in &report.preamble {
        out.push((b.span(), matches!(b, Block::Table(_)), root.clone()));
    }
    let mut path = Vec::new();
    for s in &report.sections {
        walk(s, &mut path, &mut out);
    }
    crate::sort::by_key(&mut out, |(s, _, _)| (s.start, 0));
    out
}

/// Reads the tables of a parsed report. `text` is the parsed text.
///
/// ```
/// let text = "| 项目 | 件数 |\n| 甲 | 3 |\n";
/// let r = baogao::parse(text);
/// let tables = baogao::table::read(text, &r);
/// assert_eq!(tables, r.tables);
/// ```
///
/// A 政府信息公开 template table written without separators, as PDF text gives it, is read by
/// the template (here 表四, its header one cell per line and its 15 numbers on one line):
///
/// ```
/// let head = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n";
/// let outcomes = "结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n";
/// let text = format!("{head}{outcomes}未经复议直接起诉\n复议后起诉\n{}{}", outcomes.repeat(2),
///     "2 0 1 0 3 1 0 0 0 1 0 0 0 1 1\n五、存在的主要问题\n");
/// let r = baogao::parse(&text);
/// let cells: Vec<_> = r.tables[0].cells().collect();
/// assert_eq!(cells.len(), 15);
/// assert_eq!(cells[2].col_label, "行政复议 其他结果");
/// assert_eq!(cells[13].col_label, "行政诉讼 复议后起诉 尚未审结");
/// assert_eq!(cells[13].span.slice(&text), "1");
/// ```
pub fn read(text: &str, report: &Report) -> Vec<Table> {
    read_with_diagnostics(text, report, None, &mut Vec::new())
}

/// [`read`], adding to `diagnostics` a [`DiagnosticKind::TemplateTableMismatch`] for each
/// 政府信息公开 template table written without separators whose numbers do not fit the
/// template (see `table/template.rs`).
///
/// [`DiagnosticKind::TemplateTableMismatch`]: crate::DiagnosticKind::TemplateTableMismatch
///
/// `separators`: the tabs and `｜` of the text, when the outline looked for them already.
fn read_with_diagnostics(
    text: &str,
    report: &Report,
    separators: Option<RowSeparators>,
    diagnostics: &mut Vec<crate::model::Diagnostic>,
) -> Vec<Table> {
    // Rows aligned with spaces: looked for again only when the outline found some.
    let aligned = match separators {
        Some(s) if !s.aligned => Aligned::default(),
        _ => Aligned::find(text, true, true),
    };
    let mut tables = read_rows(text, report, separators, &aligned);
    #[cfg_attr(not(feature = "tables"), allow(unused_variables))]
    let pipes = separators.is_none_or(|s| s.pipes);
    if aligned.is_empty() {
        template::read(text, report, &mut tables, diagnostics);
        #[cfg(feature = "tables")]
        {
            ruled::read(text, report, pipes, &mut tables);
            ruled::read_stacked(text, report, &mut tables);
        }
        cell_lines(text, &mut tables);
        return tables;
    }
    let (laid_out, mut tables): (Vec<Table>, Vec<Table>) = tables
        .into_iter()
        .partition(|t| aligned.is_row(t.span.start));
    template::read(text, report, &mut tables, diagnostics);
    #[cfg(feature = "tables")]
    {
        ruled::read(text, report, pipes, &mut tables);
        ruled::read_stacked(text, report, &mut tables);
    }
    keep_unless_template(laid_out, &mut tables);
    cell_lines(text, &mut tables);
    tables
}

/// Gives each cell of a table written over more lines than it has rows (a template laid out
/// one cell per line: the row label on a line, then each number on its own) the line its text
/// stands on; before, every cell of such a row said its row's first line. Counted from the
/// table's first line along its cells, in text order (no index of the whole text's lines is
/// built); other tables, a row a line, keep the lines they were read with.
fn cell_lines(text: &str, tables: &mut [Table]) {
    for t in tables.iter_mut() {
        let bytes = &text.as_bytes()[t.span.start..t.span.end];
        if memchr::memchr_iter(b'\n', bytes).count() < t.rows.len() + t.header.len() {
            continue;
        }
        let (mut at, mut line) = (t.span.start, t.line);
        for c in t.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
            if c.span.start < at {
                break;
            }
            line += memchr::memchr_iter(b'\n', &text.as_bytes()[at..c.span.start]).count();
            at = c.span.start;
            c.line = line;
        }
    }
}

/// Adds the tables read from rows aligned with spaces to `tables`, but those that overlap a
/// 政府信息公开 template table read from the same lines: the template knows that table's
/// columns (merged header cells, group cells), which the blank columns of its layout do not
/// tell, so its reading stands (as the PDF text without a layout gives the same record).
fn keep_unless_template(laid_out: Vec<Table>, tables: &mut Vec<Table>) {
    let spans: Vec<Span> = tables.iter().map(|t| t.span).collect();
    let overlaps = |t: &Table| {
        spans
            .iter()
            .any(|e| e.start < t.span.end.max(t.span.start + 1) && t.span.start < e.end)
    };
    let before = tables.len();
    tables.extend(laid_out.into_iter().filter(|t| !overlaps(t)));
    if tables.len() > before {
        crate::sort::by_key(tables, |t| (t.span.start, 0));
    }
}

/// The tables written as rows: cells between pipes or tabs, or in columns aligned with spaces.
/// `aligned`: the rows of tables aligned with spaces (see `aligned.rs`).
fn read_rows(
    text: &str,
    report: &Report,
    separators: Option<RowSeparators>,
    aligned: &Aligned,
) -> Vec<Table> {
    // Every row has a pipe or a tab between its cells: a text with neither has no table (most
    // reports), and is not walked line by line. The outline found all three (in passes it
    // makes anyway).
    let bytes = text.as_bytes();
    let separated = match separators {
        Some(s) => s.tabs || s.fullwidth_pipe || s.pipes,
        None => {
            memchr::memchr2(b'|', b'\t', bytes).is_some()
                || memchr::memmem::find(bytes, "｜".as_bytes()).is_some()
        }
    };
    if !separated && aligned.is_empty() {
        return Vec::new();
    }
    let blocks = blocks_in_order(report);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut open: Option<Draft> = None;
    let mut pending: Vec<String> = Vec::new();
    // one-tab lines not yet known to be rows: they are when a row follows them
    let mut pairs: Vec<RowLine> = Vec::new();
    let mut prose_pairs = false;
    let mut last_end = usize::MAX;
    let mut line_no =
        1 + crate::text::count_line_breaks(&text[..blocks.first().map_or(0, |b| b.0.start)]);
    let mut counted_to = blocks.first().map_or(0, |b| b.0.start);
    let chrome: Vec<Span> = report.boilerplate.iter().map(|b| b.span).collect();
    for (span, is_table, section) in blocks {
        // A table that runs on to the next page (PDF text) has the page's furniture between its
        // rows, or between its caption and its rows (`— 3 —`, a running header): the outline set
        // it apart, and the table goes on.
        let over_a_page = only_chrome(text, last_end, span.start, &chrome);
        if span.start != last_end && !over_a_page {
            // a heading or other leaf stands between: the table ends
            if let Some(d) = open.take() {
                drafts.push(d);
            }
            pending.clear();
            pairs.clear();
            prose_pairs = false;
        }
        last_end = span.end;
        // Line breaks as the outline counts them (`\r`, NEL, U+2028, U+2029 too).
        line_no += crate::text::count_line_breaks(&text[counted_to..span.start]);
        let mut at = span.start;
        for raw in crate::text::split_lines_inclusive(span.slice(text)) {
            let line = raw.trim_end_matches(crate::text::is_line_break);
            let this_line = line_no;
            let kind = match aligned.cells(text, at) {
                Some(cells) => aligned_row(text, &cells),
                None => classify(line, at, is_table),
            };
            let line_span = Span::new(at, at + line.len());
            at += raw.len();
            if raw.ends_with(crate::text::is_line_break) {
                line_no += 1;
            }
            match kind {
                LineKind::Row(cells) => {
                    let d = open.get_or_insert_with(|| Draft {
                        caption: std::mem::take(&mut pending),
                        rows: Vec::new(),
                        section: section.clone(),
                    });
                    // the one-tab lines right above are its first rows (`行政复议\t行政诉讼`)
                    d.rows.append(&mut pairs);
                    prose_pairs = false;
                    d.rows.push(RowLine {
                        line: this_line,
                        cells,
                        span: line_span,
                    });
                }
                LineKind::Pair(_) if prose_pairs => {}
                LineKind::Pair(cells) => {
                    let row = RowLine {
                        line: this_line,
                        cells,
                        span: line_span,
                    };
                    // a row after a row or a caption; else it waits for a row below it
                    if let Some(d) = open.as_mut() {
                        d.rows.push(row);
                    } else if !pending.is_empty() {
                        open = Some(Draft {
                            caption: std::mem::take(&mut pending),
                            rows: vec![row],
                            section: section.clone(),
                        });
                    } else {
                        pairs.push(row);
                        if pairs.len() > MAX_PENDING_PAIRS {
                            // too long a run for a header: it is prose, whatever follows
                            pairs.clear();
                            prose_pairs = true;
                        }
                    }
                }
                LineKind::Caption(c) => {
                    if let Some(d) = open.take() {
                        drafts.push(d);
                    }
                    pairs.clear();
                    prose_pairs = false;
                    pending.push(c);
                }
                LineKind::Other => {
                    if line.trim_matches(is_space).is_empty() {
                        continue;
                    }
                    if let Some(d) = open.take() {
                        drafts.push(d);
                    }
                    pending.clear();
                    pairs.clear();
                    prose_pairs = false;
                }
            }
        }
        counted_to = span.end;
    }
    if let Some(d) = open.take() {
        drafts.push(d);
    }
    let mut tables = Vec::new();
    for d in drafts {
        split_and_build(d, &mut tables);
    }
    tables
}

/// Whether `text[from..to]` holds nothing but lines of page furniture the outline set apart
/// (`chrome`, in text order) and blank lines.
fn only_chrome(text: &str, from: usize, to: usize, chrome: &[Span]) -> bool {
    if from >= to || chrome.is_empty() {
        return false;
    }
    let mut at = from;
    loop {
        at += text[at..to].len()
            - text[at..to]
                .trim_start_matches(|c: char| is_space(c) || crate::text::is_line_break(c))
                .len();
        if at >= to {
            return true;
        }
        // the chrome line this byte is in, if any
        let k = chrome.partition_point(|s| s.start <= at);
        match k.checked_sub(1).map(|k| chrome[k]) {
            Some(line) if line.end > at => at = line.end.min(to),
            _ => return false,
        }
    }
}

/// A row of a table aligned with spaces (see `aligned.rs`), its cells as the columns of its
/// table give them (an empty cell where a column is blank).
fn aligned_row(text: &str, cells: &[Span]) -> LineKind {
    LineKind::Row(
        cells
            .iter()
            .map(|&span| RawCell {
                text: span.slice(text).to_string(),
                span,
            })
            .collect(),
    )
}

/// Whether a cell holds a value or a placeholder, or a range of two values (`3—5`, `5-8%`: a
/// target written as a range, see [`range_ends`]).
fn is_value(c: &RawCell) -> bool {
    is_placeholder(&c.text)
        || parse_value(&c.text).is_some()
        || range_ends(&c.text).is_some()
        || ratio_parts(&c.text).is_some()
}

/// The two parts of a cell that is a ratio (`15.6:1`, `1∶1.2`, `10.9：1`: a 生师比, a structure of
/// two), or `None`. (With `FINE`.)
fn ratio_parts(s: &str) -> Option<(Decimal, Decimal)> {
    if !crate::indicator::FINE {
        return None;
    }
    let (a, b) = s.split_once(chars![':', '∶', '：'])?;
    let plain = |t: &str| parse_value(t).filter(|(_, m, u)| m.is_none() && u.is_none());
    Some((plain(a)?.0, plain(b)?.0))
}

/// The ends of a cell that is a range of two numbers, the second the larger (`3—5`, `6-6.5`,
/// `5%～8%`), with its `%` when one end has it; `None` for a code (`0795-8826451`) or a class
/// with a unit (`18-34岁`). (With `FINE`.)
///
/// ```text
/// range_ends("5—5.5") → (5, 5.5, None), range_ends("5%～8%") → (5, 8, Some("%"))
/// ```
fn range_ends(s: &str) -> Option<(Decimal, Decimal, Option<String>)> {
    let plain = |t: &str| {
        parse_value(t).filter(|(_, m, u)| {
            m.is_none()
                && (u.is_none() || u.as_deref() == Some("%"))
                && !(t.starts_with('0') && t[1..].starts_with(|c: char| c.is_ascii_digit()))
                && t.len() <= 8
        })
    };
    if !crate::indicator::FINE {
        return None;
    }
    let (a, b) = s.split_once(chars!['—', '-', '～', '~', '－', '至'])?;
    let ((low, _, ua), (high, _, ub)) = (plain(a)?, plain(b.trim_start_matches('—'))?);
    (low.to_f64() < high.to_f64()).then(|| (low, high, ua.or(ub)))
}

/// Whether a row that no value ends is a body row with a note in its last cell (`单位地区生产总值
/// 能耗降低 | % | 4 | 3.2 | 完成市下达任务`): after body rows of its width, its label first and
/// values before the last cell. (With `FINE`.)
fn ends_with_note(cells: &[RawCell], width: usize) -> bool {
    crate::indicator::FINE
        && cells.len() == width
        && width >= 3
        && cells
            .first()
            .is_some_and(|c| !c.text.is_empty() && !is_value(c))
        && cells.last().is_some_and(|c| !is_value(c))
        && trailing_values(&cells[..width - 1]) > 0
        && cells[..width - 1]
            .iter()
            .any(|c| parse_value(&c.text).is_some())
}

/// The number of value cells at the end of a row.
fn trailing_values(cells: &[RawCell]) -> usize {
    cells.iter().rev().take_while(|c| is_value(c)).count()
}

/// Whether a row is a header row: no value ends it, or its trailing cells are all empty and it
/// holds two labels or more (`| 信息内容 | 本年处理决定数量 | | |`: a web page's table whose
/// rows are padded with empty cells to the width of its widest row). A row of one label and
/// empty cells is a body row whose values were left blank (`| 7.属于行政执法案卷 | | |`).
fn is_header_row(cells: &[RawCell]) -> bool {
    let t = trailing_values(cells);
    if t == 0 || names_bands(cells, t) {
        return true;
    }
    let (labels, values) = cells.split_at(cells.len() - t);
    values.iter().all(|c| c.text.is_empty())
        && labels
            .iter()
            .filter(|c| !c.text.is_empty())
            .nth(1)
            .is_some()
}

/// The width of the rows of a table whose first column holds the row names: two rows or more
/// of that width name themselves in their first cell, body rows with values in all the others
/// or a header row over them (its corner cell, `年龄`, over the names), at least one of them a
/// body row; and no row holds more values than they do. A row of that width read as values
/// only (`| 60岁及以上 | 92,914 | 22.53 |` among `| 0—14岁 | 68,417 | 16.59 |`) has one value
/// too many for the columns: its first cell is its name (see [`is_band_name`]). (With `FINE`.)
fn row_name_width(head: &[RowLine], body: &[RowLine], limit: usize) -> Option<usize> {
    if !crate::indicator::FINE {
        return None;
    }
    let vals = |r: &RowLine| trailing_values(&r.cells).min(limit);
    let named = |r: &&RowLine| r.cells.len() >= 2 && vals(r) + 1 == r.cells.len();
    let cornered = |r: &&RowLine| {
        r.cells
            .first()
            .is_some_and(|c| !c.text.is_empty() && !is_value(c))
    };
    let width = body.iter().find(named)?.cells.len();
    let rows = body.iter().filter(named).filter(|r| r.cells.len() == width);
    let heads = head
        .iter()
        .filter(cornered)
        .filter(|r| r.cells.len() == width);
    (rows.chain(heads).nth(1).is_some()
        && body
            .iter()
            .all(|r| vals(r) < width || r.cells.len() == width && vals(r) == width))
    .then_some(width)
}

/// Whether a first cell read as a value is a class of things named by its bounds, an age band
/// or a size class (`60岁及以上`, `80岁以上`, `≥60岁`, `5万元以下`, `15—59`): a figure with a
/// unit or a bound word, or a range. A bare figure (`2020`, `36`) stays a value. (With `FINE`.)
fn is_band_name(c: &RawCell) -> bool {
    !is_placeholder(&c.text)
        && (parse_value(&c.text).is_some_and(|(_, m, u)| {
            m.is_some() || u.is_some_and(|u| !matches!(u.as_str(), "%" | "％" | "‰"))
        }) || range_ends(&c.text).is_some()
            || cell_figure(&c.text).1.is_some())
}

/// Whether a row's trailing "values" are the classes its columns stand for (`| 年龄 | <18岁 |
/// 18—59岁 | ≥60岁 |`, `| 分组 | <60 | 60—79 | ≥80 |`): none is a plain figure, one has a bound
/// sign, and two cells or more after the first are such bands (a band with its unit, `18—59岁`,
/// is no value). A row of targets holds a plain figure beside its bounds (`| 优良率 | 86.5 | ≥88
/// |`), or one bound alone (`| 优良率 | ≥88 |`). (With `FINE`.)
fn names_bands(cells: &[RawCell], trailing: usize) -> bool {
    let signed = |c: &RawCell| cell_figure(&c.text).1.is_some();
    let band = |c: &RawCell| {
        signed(c) || range_ends(&c.text).is_some() || c.text.contains(crate::text::is_digit)
    };
    let values = &cells[cells.len() - trailing..];
    crate::indicator::FINE
        && values.iter().any(signed)
        && values
            .iter()
            .all(|c| c.text.is_empty() || signed(c) || range_ends(&c.text).is_some())
        && cells.iter().skip(1).filter(|c| band(c)).nth(1).is_some()
}

/// The cells of a row up to its last non-empty one (its content without padding).
fn filled_len(cells: &[RawCell]) -> usize {
    cells
        .iter()
        .rposition(|c| !c.text.is_empty())
        .map_or(0, |i| i + 1)
}

/// Leaves out a column of notes at the right (`备注`, `进展情况`, `完成情况`, a rank `第5`): a
/// table whose rows of figures end in words has no row that ends with a value, so every row would
/// read as a header. The last column goes from the rows as wide as the first row when at least two
/// of them hold a value right before a last cell of words and none ends with a figure. (The notes
/// stay in the text and its table rows; they are no value cells. A finer reading: not in the
/// small WebAssembly build, see `indicator::FINE`.)
///
/// ```text
/// | 指标 | 单位 | 2024年 | 备注 |  /  | 地区生产总值 | 亿元 | 2318.6 | 快报数 |
///   → | 指标 | 单位 | 2024年 |  /  | 地区生产总值 | 亿元 | 2318.6 |
/// ```
fn drop_note_column(rows: &mut [RowLine]) {
    let Some(w) = rows.first().map(|r| r.cells.len()) else {
        return;
    };
    if !crate::indicator::FINE || w < 3 {
        return;
    }
    let wide = || rows.iter().filter(|r| r.cells.len() == w);
    let ends_with_figure = wide().any(|r| {
        let last = &r.cells[w - 1];
        !last.text.is_empty() && is_value(last)
    });
    let noted = wide()
        .filter(|r| !r.cells[w - 1].text.is_empty() && trailing_values(&r.cells[..w - 1]) > 0)
        .count();
    if ends_with_figure || noted < 2 {
        return;
    }
    for r in rows.iter_mut().filter(|r| r.cells.len() == w) {
        r.cells.pop();
    }
}

/// Leaves out the columns whose header names a rank (`全省位次`, `排名`, `名次`): a ranking is no
/// quantity (CONVENTIONS' traps), and its figure would take the row's unit (`5` as 5亿元). The
/// header is the first row; the columns go from the rows as wide as it. (A finer reading: not in
/// the small WebAssembly build, see `indicator::FINE`.)
fn drop_rank_columns(rows: &mut [RowLine]) {
    let Some(head) = rows.first() else {
        return;
    };
    if !crate::indicator::FINE || trailing_values(&head.cells) > 0 {
        return;
    }
    let w = head.cells.len();
    let ranks: Vec<usize> = (0..w)
        .filter(|&k| {
            let h = &head.cells[k].text;
            k > 0
                && ["位次", "排名", "名次", "排位"]
                    .iter()
                    .any(|r| h.ends_with(r))
        })
        .collect();
    for r in rows.iter_mut().filter(|r| r.cells.len() == w) {
        for &k in ranks.iter().rev() {
            r.cells.remove(k);
        }
    }
}

/// Takes out the empty cells a web page's table pads its rows with, so that the rows read as
/// they would unpadded: a first column empty in every row goes; header rows (see
/// [`is_header_row`]) lose their empty cells but the first (an empty header cell names no
/// column; an empty corner stays); when one ended in any (the table is padded), a body row loses the
/// trailing empty cells beyond the table's width, which is the widest of: its filled cells, the
/// header rows, and its label cells followed by as many values as any body row fills (up to its
/// last non-empty value). An empty cell inside that width is a blank value and stays, and so do
/// all of a table whose header is not padded (`| 5 | | | 2 | 7 | … | | |` under a header of
/// groups, its last columns left blank).
fn strip_padding(rows: &mut [RowLine]) {
    // a first column empty in every row: a converter's empty cell before each row
    while !rows.is_empty()
        && rows
            .iter()
            .all(|r| r.cells.len() > 1 && r.cells[0].text.is_empty())
    {
        for r in rows.iter_mut() {
            r.cells.remove(0);
        }
    }
    let first_body = rows
        .iter()
        .position(|r| !is_header_row(&r.cells))
        .unwrap_or(rows.len());
    let (head, body) = rows.split_at_mut(first_body);
    fill_down_blank_header_cells(head);
    let mut padded = false;
    for r in head.iter_mut() {
        // a header cell that is empty names no column: only the corner may be empty
        padded |= filled_len(&r.cells) < r.cells.len();
        let mut i = 0;
        r.cells.retain(|c| {
            i += 1;
            i == 1 || !c.text.is_empty()
        });
    }
    if !padded {
        return;
    }
    let header_width = head.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let filled_values = body
        .iter()
        .map(|r| trailing_values(&r.cells[..filled_len(&r.cells)]))
        .max()
        .unwrap_or(0);
    // the header's cells over the value columns (without the corner over the labels), which a
    // header of groups rebuilds into as many columns as the body has (see [`header_paths`])
    let has_labels = body
        .iter()
        .any(|r| filled_len(&r.cells[..r.cells.len() - trailing_values(&r.cells)]) > 0);
    let mut header: Vec<Vec<String>> = head
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
        .collect();
    if has_labels {
        if let Some(first) = header.first_mut() {
            first.remove(0);
        }
    }
    header.retain(|r| !r.is_empty());
    let mut scores: Vec<(usize, Option<i64>)> = Vec::new();
    let mut score = |v: usize| match scores.iter().find(|(w, _)| *w == v) {
        Some(&(_, f)) => f,
        None => {
            let f = (header.len() > 1)
                .then(|| grouping(&header, v).map(|(s, _)| s))
                .flatten();
            scores.push((v, f));
            f
        }
    };
    for r in body.iter_mut() {
        let values = trailing_values(&r.cells);
        let labels = r.cells.len() - values;
        let least = filled_len(&r.cells)
            .max(header_width)
            .max(labels + filled_values);
        // blank values the header has columns for are no padding (`| 5 | | | 2 | … | | |`
        // under 行政复议 / 行政诉讼, its last columns left blank): the width whose columns the
        // header of groups reads best
        let mut keep = least;
        let mut best = None;
        for k in (least..=r.cells.len()).rev().filter(|&k| k > labels) {
            if let Some(s) = score(k - labels) {
                if best.is_none_or(|b| s > b) {
                    (keep, best) = (k, Some(s));
                }
            }
        }
        r.cells.truncate(keep);
    }
}

/// Fills a blank header cell with the header above it, in a header written as a full grid: a
/// web page's table expands its merged cells into every grid cell they cover, so a header row
/// with no blank cell (but the corner) is a complete row of the grid, and a blank cell right
/// under it in a row of the same width was left empty by the page instead of merged down
/// (`| 自然人 | 法人或其他组织 | … | 总计 |` over `|  | 商业企业 | … | 其他 |  |`: the first and
/// last columns are still 自然人 and 总计). Without it the blank would be taken for padding and
/// dropped, and every column after it shifted. A header whose rows above hold blanks (a text
/// rendering that writes a merged cell once and pads the rest), and a row with no header after
/// its first blank, are left as written.
fn fill_down_blank_header_cells(head: &mut [RowLine]) {
    for k in 1..head.len() {
        let (above, below) = head.split_at_mut(k);
        let (above, row) = (&above[k - 1], &mut below[0]);
        let n = row.cells.len();
        if n < 3
            || above.cells.len() != n
            || above.cells[1..].iter().any(|c| c.text.is_empty())
            || row.cells.iter().filter(|c| !c.text.is_empty()).nth(1).is_none()
            // A blank with a header after it in the row: a row of labels whose values were left
            // blank (an empty template's `| 一、本年新收… |  |  | … |`) has blanks at its end only.
            || !row
                .cells
                .iter()
                .skip_while(|c| !c.text.is_empty())
                .any(|c| !c.text.is_empty())
        {
            continue;
        }
        // (The first cell too: the corner when the rows have labels, else a column's header.)
        for (c, a) in row.cells.iter_mut().zip(&above.cells) {
            if c.text.is_empty() {
                c.text.clone_from(&a.text);
            }
        }
    }
}

/// Whether the first column of a table numbers its rows: its header, the corner of the first
/// header row, is `序号` (`| 序号 | 项目 | 数量（个） |`). Each row's number there is no part of
/// its name (see [`is_ordinal_cell`]): the row `| 3 | 农田水利 | 12 |` is 农田水利's. (A finer
/// reading: not in the small WebAssembly build, see `indicator::FINE`.)
///
/// ```text
/// [序号, 项目, 数量（个）] → true, [项目, 数量（个）] → false
/// ```
fn numbers_rows(head: &[RowLine]) -> bool {
    crate::indicator::FINE
        && head
            .first()
            .and_then(|r| r.cells.first())
            .is_some_and(|c| spaced_word_is(&c.text, "序号"))
}

/// Whether a cell under `序号` is a row's number: digits (`3`, `12`), or an outline ordinal
/// (`一`, `（二）`, `3.`) that a numbered list of rows may use instead.
///
/// ```text
/// "3" → true, "（二）" → true, "3." → true, "合计" → false, "" → false
/// ```
fn is_ordinal_cell(s: &str) -> bool {
    let t = s
        .trim_matches(|c: char| matches!(c, '（' | '(' | '）' | ')' | '、' | '.' | '．'))
        .trim_matches(is_space);
    !t.is_empty()
        && t.chars().all(|c| {
            crate::text::is_digit(c) || crate::number::chinese_digit(c).is_some() || c == '十'
        })
}

/// Takes the blank first cell out of the header rows under the first, once the corner over the
/// row labels is out of the first: that cell is the corner merged down, which a converter writes
/// as an empty cell (`| 行业 | 企业数 |  | 从业人数 |  |` over `|  | 本期（家） | 增速（%） | … |`),
/// no column header. Left in, the row has one cell more than the columns, no grouping of the
/// rows above fits it and the groups are lost (`本期（家）` for both groups' columns). A tab
/// row loses the same cell when its line is trimmed. (A finer reading: not in the small
/// WebAssembly build, see `indicator::FINE`.)
///
/// ```text
/// [企业数, 从业人数] / ["", 本期（家）, 增速（%）, 本期（人）, 增速（%）]
///   → [企业数, 从业人数] / [本期（家）, 增速（%）, 本期（人）, 增速（%）]
/// ```
fn drop_blank_corners_below(header: &mut [Vec<String>]) {
    if !crate::indicator::FINE {
        return;
    }
    for row in header.iter_mut().skip(1) {
        if row.first().is_some_and(String::is_empty) {
            row.remove(0);
        }
    }
}

/// Splits a draft where a header row follows body rows (a new table without a caption), then
/// builds each part. A row padded with empty cells is a header row here when it repeats the
/// first cell of its part's header (`| 信息内容 | 本年处理决定数量 | | |` after `| 信息内容 |
/// 本年制发件数 | … |` and its rows): a row of labels and blank values is else a body row.
fn split_and_build(d: Draft, out: &mut Vec<Table>) {
    let mut parts: Vec<Vec<RowLine>> = vec![Vec::new()];
    let mut seen_body = false;
    let mut corner: Option<String> = None;
    let mut rows = d.rows;
    drop_note_column(&mut rows);
    drop_rank_columns(&mut rows);
    let mut body_width = 0;
    for mut r in rows {
        let note = seen_body && ends_with_note(&r.cells, body_width);
        if note {
            // (The note stays in the text; its cell holds no value, as a blank one.)
            if let Some(last) = r.cells.last_mut() {
                last.text.clear();
                last.span = Span::new(last.span.start, last.span.start);
            }
        }
        let header = is_header_row(&r.cells) && !note;
        let first = r.cells.first().map(|c| c.text.as_str());
        let new_table = trailing_values(&r.cells) == 0 && !note
            || header && first.is_some_and(|f| !f.is_empty() && corner.as_deref() == Some(f));
        if !header {
            body_width = r.cells.len();
        }
        if new_table && seen_body {
            let group_row = corner_row_above(parts.last_mut().expect("one part"), &r.cells);
            if let Some(g) = &group_row {
                corner = g.cells.first().map(|c| c.text.clone());
            }
            parts.push(group_row.into_iter().collect());
            seen_body = false;
        }
        let part = parts.last_mut().expect("one part");
        if part.is_empty() {
            corner = first.filter(|_| header).map(str::to_string);
        }
        seen_body |= !header;
        part.push(r);
    }
    let mut caption = d.caption;
    for rows in parts {
        // a table needs at least one body row; a lone pipe-less line pair is not a table
        if rows.iter().all(|r| trailing_values(&r.cells) == 0) {
            continue;
        }
        out.push(build(std::mem::take(&mut caption), rows, d.section.clone()));
    }
}

/// The first header row of a table that follows another with no caption between, taken off the
/// end of the table before (`part`): a row of group cells padded with blanks (`| 项目 | 2024年 |
/// | 2023年 | |`, see [`is_header_row`]) right above `next`, a header row whose first cell is
/// blank, the corner that row holds merged down. Its blank cells would else read as a blank
/// value and leave it a body row of the table above, and the new table would lose its groups.
/// `None` when the last row is no such row. (A finer reading: not in the small WebAssembly
/// build, see `indicator::FINE`.)
///
/// ```text
/// … | 合计 | 86 | 74 |, | 项目 | 2024年 | | 2023年 | |, then |  | 数量 | 金额 | 数量 | 金额 |
///   → the 项目 row opens the table of the 数量 row
/// ```
fn corner_row_above(part: &mut Vec<RowLine>, next: &[RawCell]) -> Option<RowLine> {
    let corner_below = next.first().is_some_and(|c| c.text.is_empty());
    let last = part.last()?;
    let group_row = trailing_values(&last.cells) > 0
        && is_header_row(&last.cells)
        && last.cells.first().is_some_and(|c| !c.text.is_empty());
    (crate::indicator::FINE && corner_below && group_row && part.len() > 1)
        .then(|| part.pop())
        .flatten()
}

/// A table set twice side by side (`| 行业 | 增长 | 行业 | 增长 |`): its right half read as
/// rows after the left half's.
fn unfold_side_by_side(rows: &[RowLine]) -> Option<Vec<RowLine>> {
    let head = rows.first()?;
    let w = head.cells.len();
    if w < 4 || w % 2 != 0 || trailing_values(&head.cells) > 0 {
        return None;
    }
    let p = w / 2;
    let same = head.cells[..p]
        .iter()
        .zip(&head.cells[p..])
        .all(|(a, b)| a.text == b.text);
    if !same || rows.get(1).is_some_and(|r| trailing_values(&r.cells) == 0) {
        return None;
    }
    let half = |r: &RowLine, cells: &[RawCell]| RowLine {
        line: r.line,
        cells: cells.to_vec(),
        span: r.span,
    };
    let mut left = vec![half(head, &head.cells[..p])];
    let mut right = Vec::new();
    for r in &rows[1..] {
        if r.cells.len() == w {
            left.push(half(r, &r.cells[..p]));
            if r.cells[p..].iter().any(|c| !c.text.is_empty()) {
                right.push(half(r, &r.cells[p..]));
            }
        } else {
            left.push(half(r, &r.cells));
        }
    }
    left.extend(right);
    Some(left)
}

/// Builds a table from its rows as written. The rows' cells are moved into the table's rows, not
/// copied: a table's cells are held once while it is built.
fn build(caption: Vec<String>, written: Vec<RowLine>, section: SectionPath) -> Table {
    let start = written.first().map_or(0, |r| r.span.start);
    let end = written.last().map_or(0, |r| r.span.end);
    let first_line = written.first().map_or(0, |r| r.line);
    let mut written = written;
    template::join_wrapped_header(&mut written);
    strip_padding(&mut written);
    let mut rows = match unfold_side_by_side(&written) {
        Some(unfolded) => {
            drop(written);
            unfolded
        }
        None => written,
    };
    let first_body = rows
        .iter()
        .position(|r| !is_header_row(&r.cells))
        .unwrap_or(rows.len());
    // The header rows (a few) taken out; the body rows stay in place.
    let head: Vec<RowLine> = rows.drain(..first_body).collect();
    let body = rows;
    let head = head.as_slice();
    let unit_word = unit_header(head, &body);
    let is_unit_header = |h: &str| Some(h) == unit_word;
    // with a one-row header that has a unit column, the values are the columns after it (a
    // placeholder in the unit column is not a value)
    let limit = match head {
        [only] => only
            .cells
            .iter()
            .position(|c| is_unit_header(&c.text))
            .map_or(usize::MAX, |u| only.cells.len() - u - 1),
        _ => usize::MAX,
    };
    let named = row_name_width(head, &body, limit);
    let trailing_values = |cells: &[RawCell]| {
        let t = trailing_values(cells).min(limit);
        match cells.first() {
            // a quantity-looking name in the column of row names (`60岁及以上`, see
            // `row_name_width`) is the row's name, no cell
            Some(first)
                if Some(cells.len()) == named && t == cells.len() && is_band_name(first) =>
            {
                t - 1
            }
            _ => t,
        }
    };
    // a body row broken over two lines: a row of values only that completes the row before it
    let widest = body
        .iter()
        .map(|r| trailing_values(&r.cells))
        .max()
        .unwrap_or(0);
    let mut merged: Vec<(usize, Vec<RawCell>)> = Vec::with_capacity(body.len());
    for r in body {
        let vals = trailing_values(&r.cells);
        if let Some((_, prev)) = merged.last_mut() {
            let prev_vals = trailing_values(prev);
            let has_label = prev.len() > prev_vals;
            if vals == r.cells.len() && has_label && prev_vals + vals == widest && prev_vals > 0 {
                prev.extend(r.cells);
                continue;
            }
        }
        merged.push((r.line, r.cells));
    }
    let n_values = merged
        .iter()
        .map(|(_, c)| trailing_values(c))
        .max()
        .unwrap_or(0);
    let has_labels = merged.iter().any(|(_, c)| c.len() > trailing_values(c));
    let mut header: Vec<Vec<String>> = head
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
        .collect();
    let written_header = header.clone();
    // the corner cell over the label columns is not a column header
    if has_labels {
        if let Some(first) = header.first_mut() {
            if first.len() > 1 {
                first.remove(0);
            } else {
                first.clear();
            }
        }
        drop_blank_corners_below(&mut header);
        header.retain(|r| !r.is_empty());
    }
    let unit_cols = header
        .iter()
        .flatten()
        .filter(|h| is_unit_header(h.as_str()))
        .count()
        .min(1);
    let target = n_values + unit_cols;
    let widest_row = merged.iter().map(|(_, c)| c.len()).max().unwrap_or(0);
    let mut leaves = match grid_paths(&written_header, widest_row, target) {
        Some(paths) => paths,
        None => match lost_corner_paths(&header, &written_header, has_labels, target) {
            Some(paths) => paths,
            None => merged_cells_written_again(&header)
                .and_then(|once| grouped_paths(&once, target))
                .unwrap_or_else(|| header_paths(&header, target)),
        },
    };
    // A header cell above a cell of the same text is one cell merged down (a web page's table
    // repeats it in each row it covers, `rowspan`): said once in the column's path.
    for path in &mut leaves {
        path.dedup();
    }
    let unit_leaf = leaves
        .iter()
        .position(|p| p.last().is_some_and(|h| is_unit_header(h)));
    let caption_unit_str = caption.iter().find_map(|c| caption_unit(c));
    // a caption that says 增长 / 涨跌 applies when no column says which figures are changes
    let table_change = caption.iter().any(|c| says_change(c))
        && !head
            .iter()
            .flat_map(|r| r.cells.iter())
            .any(|c| column_says_change(&c.text));
    let columns: Vec<Column> = leaves
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != unit_leaf)
        .map(|(_, path)| {
            let (mut multiplier, mut unit) = path
                .iter()
                .rev()
                .map(|h| header_unit(h))
                .find(|(m, u)| m.is_some() || u.is_some())
                .unwrap_or((None, None));
            if multiplier.is_none() && unit.is_none() {
                if let Some(u) = caption_unit_str {
                    (multiplier, unit) = split_multiplier(u);
                }
            }
            Column {
                label: path.join(" "),
                path: path.clone(),
                unit,
                multiplier,
            }
        })
        .collect();
    let n_leaves = leaves.len();
    let mut out_rows = Vec::with_capacity(merged.len());
    let mut stack: Vec<(Option<usize>, String)> = Vec::new();
    let numbered = numbers_rows(head);
    // The label cells and width of the row before (see `rowspan_written_once`).
    let mut above: (Vec<String>, usize) = (Vec::new(), 0);
    for (ri, (line, cells)) in merged.into_iter().enumerate() {
        let vals = trailing_values(&cells);
        let width = cells.len();
        // right-align the row to the leaf columns
        let leaf_of = |i: usize| (i + n_leaves).checked_sub(width);
        let mut label_cells = Vec::new();
        let mut row_unit: Option<String> = None;
        for (i, c) in cells[..width - vals].iter().enumerate() {
            if i == 0 && numbered && width - vals > 1 && is_ordinal_cell(&c.text) {
                // the row's number under `序号`: no part of its name
                continue;
            }
            if unit_leaf.is_some() && leaf_of(i) == unit_leaf {
                row_unit = (!is_placeholder(&c.text)).then(|| c.text.clone());
            } else if !c.text.is_empty() && label_cells.last() != Some(&c.text) {
                // an empty label cell is a merged cell of the rows above (its label carries); a
                // label cell that repeats the one before it is a merged cell a web page's table
                // expanded over the columns it covers (`colspan`), said once
                label_cells.push(c.text.clone());
            }
        }
        if crate::indicator::FINE {
            let carried = rowspan_written_once(&mut label_cells, width, &above);
            above = (label_cells.clone(), width + carried);
        }
        let label = if label_cells.is_empty() {
            Vec::new()
        } else {
            carry_label(&mut stack, &label_cells)
        };
        let row_label = label.join(" ");
        let row_label_unit = label_cells.last().and_then(|l| bracket_unit(l));
        let mut out_cells = Vec::with_capacity(vals);
        let values = &cells[width - vals..];
        for (j, c) in values.iter().enumerate() {
            // the value cells fill the last columns
            let col = (columns.len() + j).saturating_sub(vals);
            let column = columns.get(col);
            // A figure repeated under a column of the same header as the one before it is one
            // merged cell that a web page's table expanded over the columns it covers
            // (`| 行政许可 | 11398 | 11398 | 11398 |` under `本年处理决定数量` written over three
            // columns): one figure, read once.
            // Only under a header written as a full grid as wide as the row (a page's table):
            // rows with no header (a table continued after a page break) or under a header
            // written with each merged cell once (PDF or pasted text) may have columns of one
            // label, and their figures are each a cell.
            if j > 0
                && !c.text.is_empty()
                && c.text == values[j - 1].text
                && !head.is_empty()
                && head.iter().all(|h| h.cells.len() == width)
                && column.is_some()
                && col
                    .checked_sub(1)
                    .and_then(|p| columns.get(p))
                    .map(|k| &k.label)
                    == column.map(|k| &k.label)
            {
                continue;
            }
            let mut cell = Cell {
                row: ri,
                col,
                line,
                text: c.text.clone(),
                span: c.span,
                row_label: row_label.clone(),
                col_label: column.map(|k| k.label.clone()).unwrap_or_default(),
                ..Cell::default()
            };
            // a range's cell holds its low end (the high one is the indicator's, see `attach`)
            // (and a ratio's its first part, `15.6:1`)
            let (parsed, kind) = match parse_value(&c.text) {
                Some(v) => (Some(v), None),
                None => match range_ends(&c.text) {
                    Some((low, _, u)) => (Some((low, None, u)), Some(IndicatorKind::Range)),
                    None => (
                        ratio_parts(&c.text).map(|(first, _)| (first, None, None)),
                        Some(IndicatorKind::Ratio),
                    ),
                },
            };
            if let Some((v, m, u)) = parsed {
                let (rm, ru) = match (&row_unit, &row_label_unit) {
                    (Some(u), _) => split_multiplier(u),
                    (None, Some((m, u))) => (m.clone(), u.clone()),
                    _ => (None, None),
                };
                let (cm, cu) = column
                    .map(|k| (k.multiplier.clone(), k.unit.clone()))
                    .unwrap_or((None, None));
                // the cell's own unit, else the column's, else the row's
                let (m, u) = if m.is_some() || u.is_some() {
                    (m, u)
                } else if cm.is_some() || cu.is_some() {
                    (cm, cu)
                } else {
                    (rm, ru)
                };
                cell.normalized = scaled(v, m.as_deref());
                cell.value = Some(v);
                cell.multiplier = m;
                cell.unit = u;
                let change = table_change || column.is_some_and(|k| column_says_change(&k.label));
                cell.kind = if let Some(k) = kind {
                    k
                } else if change {
                    IndicatorKind::Change
                } else {
                    match cell.unit.as_deref() {
                        Some("元") | Some("美元") => IndicatorKind::Money,
                        Some("%") | Some("％") => IndicatorKind::Percent,
                        Some("个百分点") => IndicatorKind::PercentagePoints,
                        _ => IndicatorKind::Count,
                    }
                };
            }
            out_cells.push(cell);
        }
        out_rows.push(Row {
            line,
            label,
            unit: row_unit,
            cells: out_cells,
        });
    }
    Table {
        caption,
        line: first_line,
        span: Span::new(start, end),
        section,
        header: written_header,
        columns,
        rows: out_rows,
    }
}

/// `v` times its multiplier word, exactly (`3.5` and `万` → 35000); `v` itself without one;
/// `None` for a word that is no multiplier or a product that does not fit.
fn scaled(v: Decimal, m: Option<&str>) -> Option<Decimal> {
    match m {
        Some(m) => multiplier_value(m).and_then(|f| v.checked_mul(&f)),
        None => Some(v),
    }
}

fn multiplier_value(m: &str) -> Option<Decimal> {
    let exp = match m {
        "十" => 1,
        "百" => 2,
        "千" => 3,
        "万" => 4,
        "十万" => 5,
        "百万" => 6,
        "千万" => 7,
        "亿" => 8,
        "万亿" => 12,
        _ => return None,
    };
    Decimal::pow10(exp)
}

// ---------------------------------------------------------------------------------------------
// Cells as indicators
// ---------------------------------------------------------------------------------------------

/// Fills `report.tables` and makes every numeric cell an [`Indicator`] (with
/// [`Indicator::table`] set), replacing what the prose pass read on the table lines. The
/// indicators stay in document order; `base` and `parent` indices are remapped.
///
/// `separators`: what the outline found of the tabs and `｜` of `text`.
pub(crate) fn attach(text: &str, report: &mut Report, indicators: bool, separators: RowSeparators) {
    let mut diagnostics = Vec::new();
    report.tables = read_with_diagnostics(text, report, Some(separators), &mut diagnostics);
    report.diagnostics.append(&mut diagnostics);
    if !indicators || report.tables.is_empty() {
        return;
    }
    let row_spans: Vec<Span> = report.tables.iter().map(|t| t.span).collect();
    let inside = |s: Span| {
        let i = row_spans.partition_point(|t| t.end <= s.start);
        row_spans
            .get(i)
            .is_some_and(|t| t.start <= s.start && s.start < t.end)
    };
    // The prose indicators not on a table line keep their order; `kept_at[i]` is where the
    // `i`-th one stands among them (`usize::MAX`: dropped). The cells are added to the same
    // array, reserved exactly, and the whole is put in document order in place, so that no
    // second array of indicators exists at any time.
    let mut all = std::mem::take(&mut report.indicators);
    let mut kept = 0;
    let kept_at: Vec<usize> = all
        .iter()
        .map(|ind| {
            if inside(ind.span) {
                usize::MAX
            } else {
                kept += 1;
                kept - 1
            }
        })
        .collect();
    all.retain(|ind| !inside(ind.span));
    let n_cells = report
        .tables
        .iter()
        .map(|t| t.cells().filter(|c| c.value.is_some()).count())
        .sum();
    all.reserve_exact(n_cells);
    for (ti, t) in report.tables.iter().enumerate() {
        for c in t.cells() {
            let Some(value) = c.value else { continue };
            // a range's ends, normalized as the cell is; a ratio's first and last parts
            let ends = match c.kind {
                IndicatorKind::Range => range_ends(&c.text).map(|(low, high, _)| (low, high)),
                IndicatorKind::Ratio => ratio_parts(&c.text),
                _ => None,
            };
            let m = c.multiplier.as_deref();
            let range = ends.and_then(|(low, high)| Some((scaled(low, m)?, scaled(high, m)?)));
            let (mut low, mut high) = (range.map(|r| r.0), range.map(|r| r.1));
            // a bounded cell (`≥88`) read as prose reads 不低于88: its sign the approximation
            // word, its figure the lower (or upper) end
            let bound = match c.kind {
                IndicatorKind::Range | IndicatorKind::Ratio => None,
                _ => crate::indicator::FINE
                    .then(|| cell_figure(&c.text).1)
                    .flatten(),
            };
            let approx = bound.map(|b| {
                match b {
                    Bound::Low => low = c.normalized,
                    Bound::High => high = c.normalized,
                }
                crate::model::Approx {
                    word: c.text.chars().take(1).collect(),
                    position: crate::model::ApproxPosition::Before,
                }
            });
            all.push(Indicator {
                text: c.text.as_str().into(),
                span: c.span,
                line: c.line,
                label: c.label().into(),
                value,
                multiplier: c.multiplier.clone().map(std::borrow::Cow::Owned),
                normalized: c.normalized,
                unit: c.unit.clone().map(std::borrow::Cow::Owned),
                kind: c.kind,
                approx,
                low,
                high,
                direction: if c.kind == IndicatorKind::Change {
                    match value.to_f64() {
                        x if x > 0.0 => Some(crate::model::Direction::Up),
                        x if x < 0.0 => Some(crate::model::Direction::Down),
                        _ => None,
                    }
                } else {
                    None
                },
                section: t.section.clone(),
                table: Some(TableRef {
                    table: ti,
                    row: c.row,
                    col: c.col,
                }),
                ..Indicator::default()
            });
        }
    }
    // A stable sort by start (prose before cells on a tie), of the indices.
    let mut order: Vec<usize> = (0..all.len()).collect();
    crate::sort::by_key(&mut order, |&i| (all[i].span.start, 0));
    let mut new_at = vec![0; all.len()];
    for (new, &i) in order.iter().enumerate() {
        new_at[i] = new;
    }
    permute(&mut all, &mut order);
    let remap = |old: usize| {
        kept_at
            .get(old)
            .filter(|&&k| k != usize::MAX)
            .map(|&k| new_at[k])
    };
    for ind in all.iter_mut() {
        ind.base = ind.base.and_then(remap);
        ind.parent = ind.parent.and_then(remap);
    }
    report.indicators = all;
}

/// Puts `v` in the order `order` gives (`v[j]` becomes the old `v[order[j]]`) in place, by
/// following the cycles of the permutation with swaps; `order` is used up as the marks.
///
/// ```text
/// v = [a, b, c], order = [1, 2, 0]  →  v = [b, c, a]
/// ```
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for i in 0..v.len().min(order.len()) {
        let mut j = i;
        while order[j] != DONE {
            let k = order[j];
            order[j] = DONE;
            if k == i || k >= v.len() {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_article_item_citation_alone_on_its_line_is_a_caption() {
        for s in [
            "第三条第（二）项",
            "第十二条第(四)项",
            "第5条第2款",
            " 第九条第三项 ",
        ] {
            assert!(is_article_item(s), "{s}");
            assert!(is_caption(s), "{s}");
        }
        for s in [
            "第三条",
            "第三条第（二）项规定的信息",
            "第一章第二节",
            "第条第（二）项",
            "第三条第（二项",
        ] {
            assert!(!is_article_item(s), "{s}");
        }
    }

    #[test]
    fn one_tab_splits_a_line_into_a_pair_and_two_tabs_into_a_row() {
        assert!(matches!(classify("事项\t件数", 0, false), LineKind::Pair(c) if c.len() == 2));
        assert!(matches!(classify("甲\t1\t2", 0, false), LineKind::Row(c) if c.len() == 3));
        // a sentence, an empty side or an over-long cell is no pair
        assert!(matches!(
            classify("共办理\t12件。", 0, false),
            LineKind::Other
        ));
        assert!(matches!(classify("\t12", 0, false), LineKind::Other));
        let long = "长".repeat(61);
        assert!(matches!(
            classify(&format!("{long}\t1"), 0, false),
            LineKind::Other
        ));
        let LineKind::Pair(c) = classify(" 事项 \t 7 ", 10, false) else {
            panic!("a pair")
        };
        assert_eq!((c[1].text.as_str(), c[1].span), ("7", Span::new(20, 21)));
    }

    #[test]
    fn header_search_is_bounded_and_always_gives_the_columns() {
        // four rows of sixteen unrelated cells: too many readings to try them all
        let rows: Vec<Vec<String>> = (0..4)
            .map(|r| (0..16).map(|c| format!("h{r}-{c}")).collect())
            .collect();
        for target in [1, 7, 20, 40, 64, 70] {
            assert_eq!(header_paths(&rows, target).len(), target);
        }
    }

    #[cfg(feature = "tables")]
    #[test]
    fn a_table_goes_on_over_the_furniture_of_a_page_break() {
        let cells = |text: &str| -> Vec<Vec<(String, String, String)>> {
            crate::parse(text)
                .tables
                .iter()
                .map(|t| {
                    t.cells()
                        .map(|c| (c.row_label.clone(), c.col_label.clone(), c.text.clone()))
                        .collect()
                })
                .collect()
        };
        let head = "二、财政\n表3 分乡镇财政收入\n单位：万元\n";
        let rows = "| 乡镇 | 收入 | 增长（%） |\n| 东城镇 | 820 | 6.1 |\n";
        let next = "| 西河乡 | 415 | 3.4 |\n三、民生\n全年办结民生实事12件。\n";
        let one_page = cells(&format!("{head}{rows}{next}"));
        assert_eq!(one_page.len(), 1);
        assert_eq!(one_page[0].len(), 4);
        assert_eq!(
            one_page[0][2],
            ("西河乡".into(), "收入".into(), "415".into())
        );
        // a page number between two rows, or between the unit line and the header row: the same
        // table, and the number is set apart as page furniture
        let page = "— 4 —\n";
        let split_rows = format!("{head}{rows}{page}{next}");
        assert_eq!(cells(&split_rows), one_page, "{split_rows}");
        assert_eq!(crate::parse(&split_rows).boilerplate.len(), 1);
        let split_caption = format!("{head}{page}{rows}{next}");
        assert_eq!(cells(&split_caption), one_page, "{split_caption}");
        // a running header too: the first page's head line written again at the next page's top
        let text = format!("县人民政府二〇二四年工作报告\n{head}{rows}— 4 —\n\n县人民政府二〇二四年工作报告\n{next}");
        assert_eq!(cells(&text), one_page, "{text}");
        assert_eq!(crate::parse(&text).boilerplate.len(), 2);
        // a heading between two rows still ends the table
        let heading = format!("{head}{rows}（一）乡镇\n{next}");
        assert_eq!(cells(&heading).len(), 2);
    }

    #[test]
    fn a_line_of_more_cells_than_any_table_is_prose() {
        // One tab-separated line of 300 cells whose last is a number: read as a table row, all
        // but the last number would be row-label text and be lost as indicators.
        let line = "立案\t12\t件\t".repeat(100) + "立案\t12";
        let text = format!("检查情况\n\n{line}\n");
        let report = crate::parse(&text);
        assert!(report.tables.is_empty());
        // Every `12\t件` is a count; the bare 12 at the end has no unit.
        assert_eq!(report.indicators.len(), 100);
        // A row of a few cells is still a table row.
        assert!(matches!(
            classify("立案\t12\t件", 0, false),
            LineKind::Row(_)
        ));
    }

    #[test]
    fn cells_are_split_only_up_to_the_bound() {
        let texts = |cells: Option<Vec<RawCell>>| {
            cells.map(|c| {
                c.into_iter()
                    .map(|c| (c.text, c.span.start, c.span.end))
                    .collect::<Vec<_>>()
            })
        };
        // Spans are in the text (the line starts at byte 10); an empty piece is kept or dropped.
        assert_eq!(
            texts(split_cells(" 甲 | 7 |", 10, is_pipe, true, 8)),
            Some(vec![
                ("甲".to_string(), 11, 14),
                ("7".to_string(), 17, 18),
                (String::new(), 20, 20)
            ])
        );
        assert_eq!(
            texts(split_cells("甲\t \t7", 0, |c| c == '\t', false, 8)),
            Some(vec![("甲".to_string(), 0, 3), ("7".to_string(), 6, 7)])
        );
        // Exactly `max` cells are split; one more is no row.
        assert_eq!(
            split_cells("a|b|c", 0, is_pipe, true, 3).map(|c| c.len()),
            Some(3)
        );
        assert!(split_cells("a|b|c|d", 0, is_pipe, true, 3).is_none());
        // Empty pieces dropped do not count against the bound.
        assert!(split_cells("a\t\t\t\tb", 0, |c| c == '\t', false, 2).is_some());
        // A line of one cell more than MAX_CELLS, in each way of writing a row, is no row;
        // one of MAX_CELLS is.
        for n in [MAX_CELLS, MAX_CELLS + 1] {
            let expect_row = n == MAX_CELLS;
            let piped = format!("|{}", " 12件 |".repeat(n));
            let tabbed = vec!["12件"; n].join("\t");
            let inner = vec!["12件"; n].join(" | ");
            for line in [piped, tabbed, inner] {
                let kind = classify(&line, 0, false);
                assert_eq!(
                    matches!(kind, LineKind::Row(ref c) if c.len() == n),
                    expect_row,
                    "{n} cells: {line}"
                );
                if !expect_row {
                    assert!(matches!(kind, LineKind::Other), "{line}");
                }
            }
        }
    }

    #[test]
    fn a_total_cell_is_not_made_a_group() {
        let rows = vec![row(&["甲", "乙类", "合计"]), row(&["子一", "子二"])];
        let paths = header_paths(&rows, 4);
        assert_eq!(
            paths,
            vec![
                row(&["甲"]),
                row(&["乙类", "子一"]),
                row(&["乙类", "子二"]),
                row(&["合计"])
            ]
        );
    }

    #[test]
    fn permute_follows_every_cycle() {
        let mut v = vec!['a', 'b', 'c', 'd', 'e', 'f'];
        // Cycles (0 1 2), (3 4) and the fixed point 5.
        let mut order = vec![1, 2, 0, 4, 3, 5];
        permute(&mut v, &mut order);
        assert_eq!(v, ['b', 'c', 'a', 'e', 'd', 'f']);
        let mut v: Vec<usize> = (0..50).collect();
        let mut order: Vec<usize> = (0..50).map(|i| (i * 7 + 3) % 50).collect();
        let want = order.clone();
        permute(&mut v, &mut order);
        assert_eq!(v, want);
    }

    #[test]
    fn values_and_placeholders() {
        assert_eq!(parse_value("1,234.5").unwrap().0.to_string(), "1234.5");
        assert_eq!(parse_value("－3").unwrap().0.to_string(), "-3");
        let (_, m, u) = parse_value("3.5万元").unwrap();
        assert_eq!((m.as_deref(), u.as_deref()), (Some("万"), Some("元")));
        assert!(parse_value("3.其他").is_none());
        assert_eq!(parse_value("１．５").unwrap().0.to_string(), "1.5");
        assert!(parse_value("2015年度").is_none());
        assert!(is_placeholder("—") && is_placeholder("") && !is_placeholder("0"));
    }

    // (The bound and cumulative cells are read with `FINE` only.)
    #[test]
    #[cfg(feature = "fine-labels")]
    fn bound_signs_and_cumulative_brackets_mark_a_figure() {
        assert_eq!(cell_figure("≥95"), ("95", Some(Bound::Low)));
        assert_eq!(cell_figure("＞ 3.5%"), ("3.5%", Some(Bound::Low)));
        assert_eq!(cell_figure("<0.8"), ("0.8", Some(Bound::High)));
        assert_eq!(cell_figure("≤ 〔40〕"), ("40", Some(Bound::High)));
        assert_eq!(cell_figure("〔 7.25 〕"), ("7.25", None));
        assert_eq!(cell_figure("[120]"), ("120", None));
        // a document number's year bracket, a bare figure: as written
        assert_eq!(cell_figure("〔2023〕5号"), ("〔2023〕5号", None));
        assert_eq!(cell_figure("18"), ("18", None));
        let (v, m, u) = parse_value("〔4.5万吨〕").unwrap();
        assert_eq!(
            (v.to_string(), m.as_deref(), u.as_deref()),
            ("4.5".to_string(), Some("万"), Some("吨"))
        );
        assert_eq!(parse_value("≥ 70%").unwrap().0.to_string(), "70");
        assert!(parse_value("≥").is_none() && parse_value("〔〕").is_none());
    }

    // (The bound and cumulative cells are read with `FINE` only.)
    #[test]
    #[cfg(feature = "fine-labels")]
    fn a_row_of_class_bands_is_a_header_and_a_row_of_targets_is_not() {
        let raw = |cells: &[&str]| -> Vec<RawCell> {
            cells
                .iter()
                .map(|t| RawCell {
                    text: t.to_string(),
                    span: Span::new(0, 0),
                })
                .collect()
        };
        assert!(is_header_row(&raw(&["分组", "<50", "50—70", "≥70"])));
        assert!(is_header_row(&raw(&["年龄", "<20岁", "20—39岁", "≥40岁"])));
        assert!(!is_header_row(&raw(&[
            "达标率（%）",
            "71.5",
            "≥75",
            "78.2"
        ])));
        assert!(!is_header_row(&raw(&["达标率（%）", "≥75"])));
        assert!(!is_header_row(&raw(&[
            "增加值（亿元）",
            "—",
            "〔30〕",
            "〔17〕"
        ])));
    }
}
