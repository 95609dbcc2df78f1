//! Flat rows: one row shape per thing (a heading, an indicator, a table cell), defined once here
//! and used by every front end's tables (the CLI's JSON, JSONL, CSV and TSV; the bindings' frames).
//!
//! Every row carries the `file` it came from, an `id` that is its index among the rows of its
//! kind in that file (so `(file, id)` is a stable key), a `parent` that is the `id` of another row
//! of the same file (headings, indicators), and its place as a line and as byte and character
//! offsets. The columns, in order, are [`IndicatorRow::COLUMNS`], [`HeadingRow::COLUMNS`] and
//! [`TableCellRow::COLUMNS`]; `docs/columns.md` documents each one. The JSON of a row has the same keys in the same order (a list for `section`), then
//! `span` (the byte offsets again as `{"start", "end"}`, the report schema's shape); a CSV cell
//! writes the same value as text ([`Cell`]), the section path joined with [`SECTION_SEPARATOR`].
//!
//! ```
//! use baogao::rows::{indicator_rows, Row};
//! let text = "一、执法情况\n全年立案94件，罚款208.74万元。\n";
//! let report = baogao::parse(text);
//! let rows: Vec<_> = indicator_rows("a.txt", text, &report).collect();
//! assert_eq!(rows[1].label, "罚款");
//! assert_eq!(rows[1].heading, Some(0));
//! assert_eq!(&text[rows[1].byte_start..rows[1].byte_end], "208.74万元");
//! let chars: Vec<char> = text.chars().collect();
//! let slice: String = chars[rows[1].char_start..rows[1].char_end].iter().collect();
//! assert_eq!(slice, "208.74万元");
//! let mut cells = Vec::new();
//! rows[1].cells(&mut |c| cells.push(c.to_string()));
//! assert_eq!(cells.len(), baogao::rows::IndicatorRow::COLUMNS.len());
//! assert_eq!(&cells[..3], ["a.txt", "1", ""]);
//! ```

use crate::decimal::Decimal;
use crate::model::{Direction, Heading, IndicatorKind, MarkerStyle, Report};
use crate::span::Span;
use serde::Serialize;
use std::fmt;

/// How a section path is written in one CSV/TSV cell (and in a frame's `section` column).
pub const SECTION_SEPARATOR: &str = " / ";

/// One cell of a row, for the text formats (CSV, TSV, a frame column).
///
/// ```
/// use baogao::rows::Cell;
/// let path = ["主要举措".to_string(), "加强领导".to_string()];
/// assert_eq!(Cell::Path(&path).to_string(), "主要举措 / 加强领导");
/// assert_eq!(Cell::Empty.to_string(), "");
/// assert_eq!(Cell::Decimal(&"2.50".parse().unwrap()).to_string(), "2.5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// No value (`None`): an empty cell.
    Empty,
    /// Text.
    Str(&'a str),
    /// A count, index, line or offset.
    Int(usize),
    /// An exact decimal, written in full.
    Decimal(&'a Decimal),
    /// A flag, `true` or `false`.
    Bool(bool),
    /// A section path, joined with [`SECTION_SEPARATOR`].
    Path(&'a [String]),
}

impl fmt::Display for Cell<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Empty => Ok(()),
            Cell::Str(s) => f.write_str(s),
            Cell::Int(n) => write!(f, "{n}"),
            Cell::Decimal(d) => write!(f, "{d}"),
            Cell::Bool(b) => write!(f, "{b}"),
            Cell::Path(p) => {
                for (i, t) in p.iter().enumerate() {
                    if i > 0 {
                        f.write_str(SECTION_SEPARATOR)?;
                    }
                    f.write_str(t)?;
                }
                Ok(())
            }
        }
    }
}

impl<'a> From<Option<&'a str>> for Cell<'a> {
    fn from(v: Option<&'a str>) -> Self {
        v.map_or(Cell::Empty, Cell::Str)
    }
}

impl From<Option<usize>> for Cell<'_> {
    fn from(v: Option<usize>) -> Self {
        v.map_or(Cell::Empty, Cell::Int)
    }
}

impl<'a> From<&'a Option<Decimal>> for Cell<'a> {
    fn from(v: &'a Option<Decimal>) -> Self {
        v.as_ref().map_or(Cell::Empty, Cell::Decimal)
    }
}

/// A row type: its JSON is its serde form (the `COLUMNS` in order, then a `span` object that
/// repeats the byte offsets in the report schema's shape); its CSV columns, in order, are
/// `COLUMNS`, and `cells` gives one [`Cell`] per column in that order.
///
/// ```
/// use baogao::rows::{heading_rows, HeadingRow, Row};
/// let text = "一、总体情况\n";
/// let report = baogao::parse(text);
/// let row = heading_rows("r.txt", text, &report).next().unwrap();
/// let mut n = 0;
/// row.cells(&mut |_| n += 1);
/// assert_eq!(n, HeadingRow::COLUMNS.len());
/// ```
pub trait Row: Serialize {
    /// The column names, in order (the CSV header).
    const COLUMNS: &'static [&'static str];
    /// Calls `f` once per column, in the order of [`Row::COLUMNS`].
    fn cells(&self, f: &mut dyn FnMut(Cell<'_>));
}

/// The serde name of an indicator kind (`percentage_points` …).
///
/// ```
/// assert_eq!(baogao::rows::kind_name(baogao::IndicatorKind::PercentagePoints), "percentage_points");
/// ```
pub fn kind_name(k: IndicatorKind) -> &'static str {
    match k {
        IndicatorKind::Count => "count",
        IndicatorKind::Money => "money",
        IndicatorKind::Percent => "percent",
        IndicatorKind::PercentagePoints => "percentage_points",
        IndicatorKind::Change => "change",
        IndicatorKind::Rate => "rate",
        IndicatorKind::Ratio => "ratio",
        IndicatorKind::Range => "range",
        IndicatorKind::Fraction => "fraction",
    }
}

/// The serde name of a direction (`up`, `down`).
///
/// ```
/// assert_eq!(baogao::rows::direction_name(baogao::Direction::Down), "down");
/// ```
pub fn direction_name(d: Direction) -> &'static str {
    match d {
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

/// The serde name of a marker style (`paren_chinese` …).
///
/// ```
/// assert_eq!(baogao::rows::style_name(baogao::MarkerStyle::ParenChinese), "paren_chinese");
/// ```
pub fn style_name(s: MarkerStyle) -> &'static str {
    match s {
        MarkerStyle::ChineseComma => "chinese_comma",
        MarkerStyle::ParenChinese => "paren_chinese",
        MarkerStyle::ArabicDot => "arabic_dot",
        MarkerStyle::ArabicComma => "arabic_comma",
        MarkerStyle::ParenArabic => "paren_arabic",
        MarkerStyle::Circled => "circled",
        MarkerStyle::Chapter => "chapter",
        MarkerStyle::ChapterSection => "chapter_section",
        MarkerStyle::Article => "article",
        MarkerStyle::Bare => "bare",
        MarkerStyle::Unmarked => "unmarked",
        MarkerStyle::Part => "part",
        MarkerStyle::HalfParenChinese => "half_paren_chinese",
        MarkerStyle::HalfParenArabic => "half_paren_arabic",
        MarkerStyle::Lenticular => "lenticular",
        MarkerStyle::Roman => "roman",
        MarkerStyle::Decimal => "decimal",
    }
}

/// One indicator as a flat row. `parent` is the `id` of the total a 其中 part belongs to,
/// `base` the `id` of the figure a change changes, `heading` the `id` of the innermost heading
/// row around it (see [`HeadingRow`]); all three refer to rows of the same `file`.
///
/// ```
/// let text = "全年立案94件，同比上升15.4%。\n";
/// let report = baogao::parse(text);
/// let rows: Vec<_> = baogao::rows::indicator_rows("-", text, &report).collect();
/// assert_eq!((rows[1].kind, rows[1].base), (baogao::IndicatorKind::Change, Some(0)));
/// assert_eq!(rows[1].basis, Some("同比"));
/// let json = serde_json::to_value(&rows[1]).unwrap();
/// assert_eq!(json["direction"], "up");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorRow<'a> {
    /// The input's name (a path, or `-` for standard input).
    pub file: &'a str,
    /// Index of the indicator in its file (0-based, document order).
    pub id: usize,
    /// For a part of a breakdown (其中…): the `id` of the total.
    pub parent: Option<usize>,
    /// For a change: the `id` of the figure it changes.
    pub base: Option<usize>,
    /// The `id` of the innermost heading around the indicator (none in the preamble or closing).
    pub heading: Option<usize>,
    /// Titles of the headings around the indicator, outermost first.
    pub section: &'a [String],
    /// What is counted or measured.
    pub label: &'a str,
    /// The number as written.
    pub value: Decimal,
    /// The multiplier word (万, 亿 …).
    pub multiplier: Option<&'a str>,
    /// `value × multiplier`, exactly.
    pub normalized: Option<Decimal>,
    /// The unit or measure word.
    pub unit: Option<&'a str>,
    /// The approximation word (余, 约, 以上 …).
    pub approx: Option<&'a str>,
    /// The kind of quantity.
    pub kind: IndicatorKind,
    /// For changes: up or down.
    pub direction: Option<Direction>,
    /// For from–to changes: the starting figure (normalized).
    pub from: Option<Decimal>,
    /// For from–to changes: the final figure (normalized).
    pub to: Option<Decimal>,
    /// For ranges and bounds: the lower end (normalized).
    pub low: Option<Decimal>,
    /// For ranges and bounds: the upper end (normalized).
    pub high: Option<Decimal>,
    /// For changes: what the change is measured against (同比 …).
    pub basis: Option<&'a str>,
    /// 1-based line number.
    pub line: usize,
    /// Start of the phrase, in UTF-8 bytes.
    pub byte_start: usize,
    /// End of the phrase, in UTF-8 bytes.
    pub byte_end: usize,
    /// Start of the phrase, in Unicode code points.
    pub char_start: usize,
    /// End of the phrase, in Unicode code points.
    pub char_end: usize,
    /// The phrase as written.
    pub text: &'a str,
    /// `byte_start..byte_end` again, as the report's JSON writes a span (`{"start", "end"}`),
    /// for tools written against that schema. In JSON rows only: not a CSV column.
    pub span: Span,
}

impl Row for IndicatorRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "file",
        "id",
        "parent",
        "base",
        "heading",
        "section",
        "label",
        "value",
        "multiplier",
        "normalized",
        "unit",
        "approx",
        "kind",
        "direction",
        "from",
        "to",
        "low",
        "high",
        "basis",
        "line",
        "byte_start",
        "byte_end",
        "char_start",
        "char_end",
        "text",
    ];

    fn cells(&self, f: &mut dyn FnMut(Cell<'_>)) {
        f(Cell::Str(self.file));
        f(Cell::Int(self.id));
        f(self.parent.into());
        f(self.base.into());
        f(self.heading.into());
        f(Cell::Path(self.section));
        f(Cell::Str(self.label));
        f(Cell::Decimal(&self.value));
        f(self.multiplier.into());
        f((&self.normalized).into());
        f(self.unit.into());
        f(self.approx.into());
        f(Cell::Str(kind_name(self.kind)));
        f(self.direction.map(direction_name).into());
        f((&self.from).into());
        f((&self.to).into());
        f((&self.low).into());
        f((&self.high).into());
        f(self.basis.into());
        f(Cell::Int(self.line));
        f(Cell::Int(self.byte_start));
        f(Cell::Int(self.byte_end));
        f(Cell::Int(self.char_start));
        f(Cell::Int(self.char_end));
        f(Cell::Str(self.text));
    }
}

/// One heading as a flat row; `parent` is the `id` of the heading it sits under.
///
/// ```
/// let text = "一、甲\n(一)乙\n二、丙\n";
/// let report = baogao::parse(text);
/// let rows: Vec<_> = baogao::rows::heading_rows("-", text, &report).collect();
/// let tree: Vec<_> = rows.iter().map(|r| (r.id, r.parent, r.title)).collect();
/// assert_eq!(tree, [(0, None, "甲"), (1, Some(0), "乙"), (2, None, "丙")]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeadingRow<'a> {
    /// The input's name (a path, or `-` for standard input).
    pub file: &'a str,
    /// Index of the heading in its file (0-based, document order).
    pub id: usize,
    /// The `id` of the enclosing heading (none at the top level).
    pub parent: Option<usize>,
    /// 1-based nesting depth.
    pub level: usize,
    /// The marker as written.
    pub marker: &'a str,
    /// The marker's style.
    pub style: MarkerStyle,
    /// The number the marker stands for.
    pub ordinal: Option<u32>,
    /// The heading's title.
    pub title: &'a str,
    /// Whether body text follows the title on the same line.
    pub inline_body: bool,
    /// 1-based line number.
    pub line: usize,
    /// Start of the heading, in UTF-8 bytes.
    pub byte_start: usize,
    /// End of the heading (the start of the next leaf), in UTF-8 bytes.
    pub byte_end: usize,
    /// Start of the heading, in Unicode code points.
    pub char_start: usize,
    /// End of the heading, in Unicode code points.
    pub char_end: usize,
    /// `byte_start..byte_end` again, as the report's JSON writes a span (`{"start", "end"}`).
    /// In JSON rows only: not a CSV column.
    pub span: Span,
}

impl Row for HeadingRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "file",
        "id",
        "parent",
        "level",
        "marker",
        "style",
        "ordinal",
        "title",
        "inline_body",
        "line",
        "byte_start",
        "byte_end",
        "char_start",
        "char_end",
    ];

    fn cells(&self, f: &mut dyn FnMut(Cell<'_>)) {
        f(Cell::Str(self.file));
        f(Cell::Int(self.id));
        f(self.parent.into());
        f(Cell::Int(self.level));
        f(Cell::Str(self.marker));
        f(Cell::Str(style_name(self.style)));
        f(self.ordinal.map(|o| o as usize).into());
        f(Cell::Str(self.title));
        f(Cell::Bool(self.inline_body));
        f(Cell::Int(self.line));
        f(Cell::Int(self.byte_start));
        f(Cell::Int(self.byte_end));
        f(Cell::Int(self.char_start));
        f(Cell::Int(self.char_end));
    }
}

/// One value cell of a table (see [`crate::table`]) as a flat row. `table`, `row` and `col` are
/// indices into [`Report::tables`], that table's rows and its value columns; `raw` is the cell as
/// written (empty for an empty cell, whose offsets mark its place).
///
/// ```
/// let text = "一、收费\n| 项目 | 金额（万元） |\n| 行政事业性收费 | 12.5 |\n";
/// let report = baogao::parse(text);
/// let row = baogao::rows::table_cell_rows("t.txt", text, &report).next().unwrap();
/// assert_eq!((row.table, row.row, row.col), (0, 0, 0));
/// assert_eq!((row.row_label, row.col_label), ("行政事业性收费", "金额（万元）"));
/// assert_eq!((row.multiplier, row.unit), (Some("万"), Some("元")));
/// assert_eq!(row.normalized.unwrap().to_string(), "125000");
/// assert_eq!(&text[row.byte_start..row.byte_end], "12.5");
/// assert_eq!((row.heading, row.section), (Some(0), &["收费".to_string()][..]));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableCellRow<'a> {
    /// The input's name (a path, or `-` for standard input).
    pub file: &'a str,
    /// Index of the cell among the table cells of its file (0-based, document order).
    pub id: usize,
    /// Index of the table in its file ([`Report::tables`]).
    pub table: usize,
    /// Index of the body row in its table (0-based, header rows not counted).
    pub row: usize,
    /// Index of the value column in its table (0-based, label columns not counted).
    pub col: usize,
    /// The `id` of the innermost heading row around the table (none before the first heading).
    pub heading: Option<usize>,
    /// Titles of the headings the table stands under, outermost first.
    pub section: &'a [String],
    /// The row's label cells (group cells carried down), joined with spaces.
    pub row_label: &'a str,
    /// The column's header path, joined with spaces.
    pub col_label: &'a str,
    /// The number; none for a placeholder (`/`, `-`, `—`, `空`, empty).
    pub value: Option<Decimal>,
    /// The multiplier (from the cell, else the row, else the header).
    pub multiplier: Option<&'a str>,
    /// `value × multiplier`, exactly.
    pub normalized: Option<Decimal>,
    /// The base unit (from the cell, else the row, else the header, else a `单位：` caption).
    pub unit: Option<&'a str>,
    /// The kind of quantity.
    pub kind: IndicatorKind,
    /// 1-based line number.
    pub line: usize,
    /// Start of the cell text, in UTF-8 bytes.
    pub byte_start: usize,
    /// End of the cell text, in UTF-8 bytes.
    pub byte_end: usize,
    /// Start of the cell text, in Unicode code points.
    pub char_start: usize,
    /// End of the cell text, in Unicode code points.
    pub char_end: usize,
    /// The cell as written, trimmed.
    pub raw: &'a str,
    /// `byte_start..byte_end` again, as the report's JSON writes a span (`{"start", "end"}`).
    /// In JSON rows only: not a CSV column.
    pub span: Span,
}

impl Row for TableCellRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "file",
        "id",
        "table",
        "row",
        "col",
        "heading",
        "section",
        "row_label",
        "col_label",
        "value",
        "multiplier",
        "normalized",
        "unit",
        "kind",
        "line",
        "byte_start",
        "byte_end",
        "char_start",
        "char_end",
        "raw",
    ];

    fn cells(&self, f: &mut dyn FnMut(Cell<'_>)) {
        f(Cell::Str(self.file));
        f(Cell::Int(self.id));
        f(Cell::Int(self.table));
        f(Cell::Int(self.row));
        f(Cell::Int(self.col));
        f(self.heading.into());
        f(Cell::Path(self.section));
        f(Cell::Str(self.row_label));
        f(Cell::Str(self.col_label));
        f((&self.value).into());
        f(self.multiplier.into());
        f((&self.normalized).into());
        f(self.unit.into());
        f(Cell::Str(kind_name(self.kind)));
        f(Cell::Int(self.line));
        f(Cell::Int(self.byte_start));
        f(Cell::Int(self.byte_end));
        f(Cell::Int(self.char_start));
        f(Cell::Int(self.char_end));
        f(Cell::Str(self.raw));
    }
}

/// Byte offset → code-point offset, by walking the text. Linear over offsets asked in
/// (mostly) increasing order; a step back counts only the characters stepped over.
struct CharCursor<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCursor<'t> {
    fn new(text: &'t str) -> Self {
        CharCursor {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of `byte` (clamped to the text; a byte inside a character counts
    /// up to that character's start).
    fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte >= self.byte {
            self.chars += count_chars(self.text, self.byte, byte);
        } else {
            self.chars -= count_chars(self.text, byte, self.byte);
        }
        self.byte = byte;
        self.chars
    }
}

/// Characters in `text[from..to]`: through `str`'s own fast count when both ends are character
/// boundaries (as every span's are), else the bytes that are not continuation bytes.
fn count_chars(text: &str, from: usize, to: usize) -> usize {
    match text.get(from..to) {
        Some(s) => s.chars().count(),
        None => text.as_bytes()[from..to]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count(),
    }
}

/// The indicator rows of `report` (parsed from `text`), in document order, labelled `file`.
/// Lazy: each row borrows from the report and is built when asked for.
///
/// ```
/// let text = "一、概况\n（一）执法\n共检查企业120家，其中整改45家。\n";
/// let report = baogao::parse(text);
/// let rows: Vec<_> = baogao::rows::indicator_rows("x.txt", text, &report).collect();
/// assert_eq!(rows[1].parent, Some(0));
/// assert_eq!(rows[1].heading, Some(1));
/// assert_eq!(rows[1].section, ["概况", "执法"]);
/// ```
pub fn indicator_rows<'a>(
    file: &'a str,
    text: &'a str,
    report: &'a Report,
) -> impl Iterator<Item = IndicatorRow<'a>> + 'a {
    let headings = report.headings();
    let mut next_heading = 0;
    // The open headings, outermost first: (level, id).
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut cursor = CharCursor::new(text);
    report.indicators.iter().enumerate().map(move |(id, i)| {
        while let Some(h) = headings.get(next_heading) {
            if h.span.start > i.span.start {
                break;
            }
            while open.last().is_some_and(|&(level, _)| level >= h.level) {
                open.pop();
            }
            open.push((h.level, next_heading));
            next_heading += 1;
        }
        let heading = innermost(&open, &headings, &i.section);
        let char_start = cursor.at(i.span.start);
        let end = i.span.end.min(text.len());
        let char_end = char_start + count_chars(text, i.span.start.min(end), end);
        IndicatorRow {
            file,
            id,
            parent: i.parent,
            base: i.base,
            heading,
            section: &i.section,
            label: &i.label,
            value: i.value,
            multiplier: i.multiplier.as_deref(),
            normalized: i.normalized,
            unit: i.unit.as_deref(),
            approx: i.approx.as_ref().map(|a| a.word.as_str()),
            kind: i.kind,
            direction: i.direction,
            from: i.from,
            to: i.to,
            low: i.low,
            high: i.high,
            basis: i.basis.as_deref(),
            line: i.line,
            byte_start: i.span.start,
            byte_end: i.span.end,
            char_start,
            char_end,
            text: &i.text,
            span: i.span,
        }
    })
}

/// The heading among the open ones that the section path names: the one at the path's depth,
/// when its title is the path's last (an indicator in the closing has an empty path).
fn innermost(open: &[(usize, usize)], headings: &[&Heading], section: &[String]) -> Option<usize> {
    let depth = section.len();
    let &(level, id) = open.get(depth.checked_sub(1)?)?;
    (level == depth && section.last() == Some(&headings[id].title)).then_some(id)
}

/// The heading rows of `report` (parsed from `text`), in document order, labelled `file`.
///
/// ```
/// let text = "标题\n一、总体情况\n正文。\n";
/// let report = baogao::parse(text);
/// let row = baogao::rows::heading_rows("r.txt", text, &report).next().unwrap();
/// assert_eq!((row.marker, row.title, row.line), ("一、", "总体情况", 2));
/// assert_eq!((row.byte_start, row.char_start, row.char_end), (7, 3, 10));
/// ```
pub fn heading_rows<'a>(
    file: &'a str,
    text: &'a str,
    report: &'a Report,
) -> impl Iterator<Item = HeadingRow<'a>> + 'a {
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut cursor = CharCursor::new(text);
    report
        .headings()
        .into_iter()
        .enumerate()
        .map(move |(id, h)| {
            while open.last().is_some_and(|&(level, _)| level >= h.level) {
                open.pop();
            }
            let parent = open.last().map(|&(_, p)| p);
            open.push((h.level, id));
            let char_start = cursor.at(h.span.start);
            let char_end = cursor.at(h.span.end);
            HeadingRow {
                file,
                id,
                parent,
                level: h.level,
                marker: &h.marker.raw,
                style: h.marker.style,
                ordinal: h.marker.ordinal,
                title: &h.title,
                inline_body: h.inline_body,
                line: h.line,
                byte_start: h.span.start,
                byte_end: h.span.end,
                char_start,
                char_end,
                span: h.span,
            }
        })
}

/// The table-cell rows of `report` (parsed from `text`): every value cell of every table, table
/// by table and row by row, labelled `file`. Lazy, like [`indicator_rows`].
///
/// ```
/// let text = "| 项目 | 数 |\n| 甲 | 1 |\n| 乙 | / |\n";
/// let report = baogao::parse(text);
/// let rows: Vec<_> = baogao::rows::table_cell_rows("-", text, &report).collect();
/// let got: Vec<_> = rows.iter().map(|r| (r.id, r.row_label, r.raw, r.value.is_some())).collect();
/// assert_eq!(got, [(0, "甲", "1", true), (1, "乙", "/", false)]);
/// ```
pub fn table_cell_rows<'a>(
    file: &'a str,
    text: &'a str,
    report: &'a Report,
) -> impl Iterator<Item = TableCellRow<'a>> + 'a {
    // The innermost heading around each table, found as indicator_rows finds it: one walk over
    // the headings, tables in document order.
    let headings = report.headings();
    let mut next_heading = 0;
    let mut open: Vec<(usize, usize)> = Vec::new();
    let table_heading: Vec<Option<usize>> = report
        .tables
        .iter()
        .map(|t| {
            while let Some(h) = headings.get(next_heading) {
                if h.span.start > t.span.start {
                    break;
                }
                while open.last().is_some_and(|&(level, _)| level >= h.level) {
                    open.pop();
                }
                open.push((h.level, next_heading));
                next_heading += 1;
            }
            innermost(&open, &headings, &t.section)
        })
        .collect();
    let mut cursor = CharCursor::new(text);
    report
        .tables
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| t.cells().map(move |c| (ti, t, c)))
        .enumerate()
        .map(move |(id, (ti, t, c))| {
            let char_start = cursor.at(c.span.start);
            let end = c.span.end.min(text.len());
            let char_end = char_start + count_chars(text, c.span.start.min(end), end);
            TableCellRow {
                file,
                id,
                table: ti,
                row: c.row,
                col: c.col,
                heading: table_heading[ti],
                section: &t.section,
                row_label: &c.row_label,
                col_label: &c.col_label,
                value: c.value,
                multiplier: c.multiplier.as_deref(),
                normalized: c.normalized,
                unit: c.unit.as_deref(),
                kind: c.kind,
                line: c.line,
                byte_start: c.span.start,
                byte_end: c.span.end,
                char_start,
                char_end,
                raw: &c.text,
                span: c.span,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IndicatorKind, MarkerStyle};

    /// The row's JSON keys, in the order they are written.
    fn json_keys<T: Serialize>(row: &T) -> Vec<String> {
        let json = serde_json::to_string(row).unwrap();
        let serde_json::Value::Object(map) = serde_json::from_str(&json).unwrap() else {
            panic!("not an object: {json}");
        };
        let mut keys: Vec<(usize, String)> = map
            .keys()
            .map(|k| (json.find(&format!("\"{k}\":")).unwrap(), k.clone()))
            .collect();
        keys.sort();
        keys.into_iter().map(|(_, k)| k).collect()
    }

    const TEXT: &str = "县交通局工作报告\n一、执法检查\n（一）道路运输\n𠀀检查车辆约300辆，其中客车120辆，同比下降5.5%。\n二、其他\n罚款由4万元减少到2万元。\n\n县交通局\n2024年1月5日\n";

    #[test]
    fn json_keys_are_the_columns_in_order() {
        let report = crate::parse(TEXT);
        let ind: Vec<_> = indicator_rows("t", TEXT, &report).collect();
        let head: Vec<_> = heading_rows("t", TEXT, &report).collect();
        assert!(!ind.is_empty() && !head.is_empty());
        for r in &ind {
            assert_eq!(json_keys(r), [IndicatorRow::COLUMNS, &["span"]].concat());
            let mut n = 0;
            r.cells(&mut |_| n += 1);
            assert_eq!(n, IndicatorRow::COLUMNS.len());
        }
        for r in &head {
            assert_eq!(json_keys(r), [HeadingRow::COLUMNS, &["span"]].concat());
            let mut n = 0;
            r.cells(&mut |_| n += 1);
            assert_eq!(n, HeadingRow::COLUMNS.len());
        }
    }

    #[test]
    fn names_agree_with_serde() {
        let quoted = |v: serde_json::Value| v.as_str().unwrap().to_string();
        for k in [
            IndicatorKind::Count,
            IndicatorKind::Money,
            IndicatorKind::Percent,
            IndicatorKind::PercentagePoints,
            IndicatorKind::Change,
            IndicatorKind::Rate,
            IndicatorKind::Ratio,
            IndicatorKind::Range,
            IndicatorKind::Fraction,
        ] {
            assert_eq!(kind_name(k), quoted(serde_json::to_value(k).unwrap()));
        }
        for d in [Direction::Up, Direction::Down] {
            assert_eq!(direction_name(d), quoted(serde_json::to_value(d).unwrap()));
        }
        for s in [
            MarkerStyle::ChineseComma,
            MarkerStyle::ParenChinese,
            MarkerStyle::ArabicDot,
            MarkerStyle::ArabicComma,
            MarkerStyle::ParenArabic,
            MarkerStyle::Circled,
            MarkerStyle::Chapter,
            MarkerStyle::ChapterSection,
            MarkerStyle::Article,
            MarkerStyle::Bare,
            MarkerStyle::Unmarked,
            MarkerStyle::Part,
            MarkerStyle::HalfParenChinese,
            MarkerStyle::HalfParenArabic,
            MarkerStyle::Lenticular,
            MarkerStyle::Roman,
            MarkerStyle::Decimal,
        ] {
            assert_eq!(style_name(s), quoted(serde_json::to_value(s).unwrap()));
        }
    }

    #[test]
    fn offsets_slice_the_text_in_bytes_and_chars() {
        let report = crate::parse(TEXT);
        let chars: Vec<char> = TEXT.chars().collect();
        let ind: Vec<_> = indicator_rows("t", TEXT, &report).collect();
        assert!(ind.len() >= 4, "{ind:?}");
        for r in &ind {
            assert_eq!(&TEXT[r.byte_start..r.byte_end], r.text);
            let s: String = chars[r.char_start..r.char_end].iter().collect();
            assert_eq!(s, r.text);
        }
        for r in heading_rows("t", TEXT, &report) {
            let s: String = chars[r.char_start..r.char_end].iter().collect();
            assert_eq!(s, &TEXT[r.byte_start..r.byte_end]);
        }
    }

    #[test]
    fn ids_parents_and_headings_refer_to_rows_of_the_file() {
        let report = crate::parse(TEXT);
        let head: Vec<_> = heading_rows("t", TEXT, &report).collect();
        let tree: Vec<_> = head.iter().map(|h| (h.id, h.parent, h.title)).collect();
        assert_eq!(
            tree,
            [
                (0, None, "执法检查"),
                (1, Some(0), "道路运输"),
                (2, None, "其他")
            ]
        );
        let ind: Vec<_> = indicator_rows("t", TEXT, &report).collect();
        let by_text = |t: &str| ind.iter().find(|r| r.text == t).unwrap();
        let total = by_text("约300辆");
        let part = by_text("120辆");
        assert_eq!(part.parent, Some(total.id));
        assert_eq!((total.heading, total.approx), (Some(1), Some("约")));
        let change = by_text("5.5%");
        assert_eq!(change.direction, Some(Direction::Down));
        let fall = ind.iter().find(|r| r.from.is_some()).unwrap();
        assert_eq!(fall.heading, Some(2));
        assert_eq!(fall.section, ["其他".to_string()]);
        assert_eq!(
            (fall.from.unwrap().to_string(), fall.to.unwrap().to_string()),
            ("40000".into(), "20000".into())
        );
    }

    /// A table under a heading, after a character outside the BMP (four bytes, one code point),
    /// with a placeholder cell and a header that states a unit.
    const TABLE_TEXT: &str = "区统计局报告\n一、收支情况\n𠀀表1 收支\n| 项目 | 金额（万元） | 件数 |\n| 收费 | 12.5 | / |\n| 罚没 | 3 | 7 |\n";

    #[test]
    #[cfg(feature = "tables")]
    fn table_cell_json_keys_are_the_columns_in_order() {
        let report = crate::parse(TABLE_TEXT);
        let rows: Vec<_> = table_cell_rows("t", TABLE_TEXT, &report).collect();
        assert_eq!(rows.len(), 4, "{rows:?}");
        for r in &rows {
            assert_eq!(json_keys(r), [TableCellRow::COLUMNS, &["span"]].concat());
            let mut cells = Vec::new();
            r.cells(&mut |c| cells.push(c.to_string()));
            assert_eq!(cells.len(), TableCellRow::COLUMNS.len());
            assert_eq!(cells[0], "t");
        }
        let mut cells = Vec::new();
        rows[0].cells(&mut |c| cells.push(c.to_string()));
        let at = |name: &str| {
            TableCellRow::COLUMNS
                .iter()
                .position(|c| *c == name)
                .unwrap()
        };
        assert_eq!(cells[at("section")], "收支情况");
        assert_eq!(cells[at("normalized")], "125000");
        assert_eq!(cells[at("kind")], "money");
        let mut cells = Vec::new();
        rows[1].cells(&mut |c| cells.push(c.to_string()));
        assert_eq!(
            (cells[at("value")].as_str(), cells[at("raw")].as_str()),
            ("", "/")
        );
    }

    #[test]
    #[cfg(feature = "tables")]
    fn table_cell_offsets_slice_the_text_in_bytes_and_chars() {
        let report = crate::parse(TABLE_TEXT);
        let chars: Vec<char> = TABLE_TEXT.chars().collect();
        let rows: Vec<_> = table_cell_rows("t", TABLE_TEXT, &report).collect();
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.id, r.table, r.row, r.col, r.heading, r.raw, r.line))
            .collect();
        assert_eq!(
            got,
            [
                (0, 0, 0, 0, Some(0), "12.5", 5),
                (1, 0, 0, 1, Some(0), "/", 5),
                (2, 0, 1, 0, Some(0), "3", 6),
                (3, 0, 1, 1, Some(0), "7", 6)
            ]
        );
        for r in &rows {
            assert_eq!(&TABLE_TEXT[r.byte_start..r.byte_end], r.raw);
            let s: String = chars[r.char_start..r.char_end].iter().collect();
            assert_eq!(s, r.raw);
            assert_eq!((r.span.start, r.span.end), (r.byte_start, r.byte_end));
        }
    }

    #[test]
    #[cfg(feature = "tables")]
    fn table_cells_name_the_heading_they_stand_under() {
        let text = "| 项目 | 数 |\n| 甲 | 1 |\n一、总体\n（一）分项\n| 项目 | 数 |\n| 乙 | 2 |\n二、其他\n| 项目 | 数 |\n| 丙 | 3 |\n";
        let report = crate::parse(text);
        let head: Vec<_> = heading_rows("t", text, &report)
            .map(|h| (h.id, h.title))
            .collect();
        assert_eq!(head, [(0, "总体"), (1, "分项"), (2, "其他")]);
        let got: Vec<_> = table_cell_rows("t", text, &report)
            .map(|r| (r.table, r.heading, r.raw))
            .collect();
        assert_eq!(got, [(0, None, "1"), (1, Some(1), "2"), (2, Some(2), "3")]);
    }

    #[test]
    fn char_cursor_steps_both_ways() {
        let text = "a报𠀀b告";
        let mut c = CharCursor::new(text);
        assert_eq!(c.at(8), 3);
        assert_eq!(c.at(1), 1);
        assert_eq!(c.at(text.len()), 5);
        assert_eq!(c.at(0), 0);
        assert_eq!(c.at(999), 5);
    }
}
