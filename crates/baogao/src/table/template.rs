//! The 政府信息公开 template tables as PDF text writes them: no pipes and no tabs, each row's
//! cells separated by spaces on one line (`一、本年新收政府信息公开申请数量 80 1 0 0 0 0 81`), or
//! one cell per line (the row label on a line, then each number on its own line); in both, a
//! long row label may wrap onto the next line and a page's footer or header (`— 3 —`,
//! `第 4 页`) may fall between two rows.
//!
//! Such a table has no separator to read it by, but the national template (国办公开办函〔2021〕
//! 30号, and the 2019 format) fixes its rows and columns. Under each template heading
//! (`二、主动公开政府信息情况`, `三、收到和处理政府信息公开申请情况`, `四、…行政复议、行政诉讼
//! 情况`) the reader takes the words of the template's header, the row labels it recognises (a
//! row of 表三 opens with its numbering, `三、` `（一）` `1.`, and names its template row; a row of
//! 表二 names its matter, 规章 … 政府集中采购) with their wrapped parts, and the numbers in
//! reading order. The header gives the number of columns (表二 by its column names, 表三 7, or
//! 8 with a 小计 column, 表四 15); a row's numbers must fill them. When they do not (a cell
//! missing, one too many, a label the template does not have), the table is left unread and a
//! [`DiagnosticKind::TemplateTableMismatch`] says where: a guess would give wrong cells.
//!
//! PDF text also breaks the header's narrow cells: a name split over two lines (`商业 科研 …`
//! then `企业 机构 …`, `本年新` then `公开数量`) is joined back, and 表四's outcome words printed
//! upright, one character a line, are read by their characters (see `Reader::stacked_line`).
//! A few sentences between the heading and the table are passed over.
//!
//! The rows found are handed to the same table builder as written rows, rebuilt as the
//! template lays them out (header rows by level, group cells before their items), so that the
//! cells get the same row and column labels as a piped copy of the same table.
//!
//! A report whose title and top headings do not name 政府信息 costs a look at those strings; the
//! text itself is searched only in a report that does.

use super::{build, is_article_item, is_header_row, parse_value, RawCell, RowLine, Table};
use crate::model::{Diagnostic, DiagnosticKind, Report, SectionPath};
use crate::span::Span;
use crate::text::is_space;

/// Which template table a heading announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// 表二 主动公开: sub-tables under `第二十条第（X）项` captions.
    Active,
    /// 表三 收到和处理申请.
    Requests,
    /// 表四 行政复议、行政诉讼.
    Review,
}

/// The template headings, by a phrase every edition writes in them.
const HEADINGS: [(&str, Kind); 4] = [
    ("主动公开政府信息情况", Kind::Active),
    ("政府信息公开申请情况", Kind::Requests),
    ("行政复议、行政诉讼情况", Kind::Review),
    // the 2019 format's wording, `因政府信息公开工作被申请行政复议、提起行政诉讼情况`
    ("提起行政诉讼情况", Kind::Review),
];

/// Whether a line holds only table rules (`|||`, `||`): the separators between the cells of a
/// template table laid out one cell per line, as a web page's table saved as text gives them.
fn is_pipes(s: &str) -> bool {
    s.chars().all(|c| c == '|' || is_space(c))
}

/// A line of one cell closed by a rule (`本年制发件数 |`, `0 |`) as the cell alone; any other
/// line as it is.
///
/// ```text
/// one_cell("规章 |") → "规章", one_cell("| 规章 | 0 |") → "| 规章 | 0 |", one_cell("a | b |") → "a | b |"
/// ```
fn one_cell(line: &str) -> &str {
    match line.trim_end_matches(is_space).strip_suffix('|') {
        Some(cell) if !cell.contains('|') && !cell.trim_matches(is_space).is_empty() => {
            cell.trim_end_matches(is_space)
        }
        _ => line,
    }
}

/// Whether the tables read from rows that overlap `span` (the template tables read there) are
/// all a template laid out one cell per line and read as rows: every row holds at most one
/// written cell, its label or one value (`信息内容 |`, `0 |`), so that the template's reading
/// of the same lines stands instead (true too when such a table was already set aside for an
/// earlier template heading).
fn rows_one_cell_each(tables: &[Table], span: Span) -> bool {
    for t in tables
        .iter()
        .filter(|t| t.span.start < span.end && span.start < t.span.end)
    {
        let one_each = t.rows.iter().all(|r| {
            let labels = r.label.iter().filter(|l| !l.is_empty()).count();
            let values = r.cells.iter().filter(|c| !c.text.is_empty()).count();
            labels + values <= 1
        });
        if !one_each {
            return false;
        }
    }
    true
}

/// The most sentences the reader passes over between a template heading and its table.
const MAX_SENTENCES: usize = 4;

/// Whether a line is a sentence of running text, or its first part: long enough, ending with
/// a full stop, a comma or the colon that opens the table, and no part of the template's
/// header (its corner cell `（本列数据的勾稽关系为：…，` is not passed over). A report may write
/// one between a template heading and its table (`2020年，我单位…未出现申请行政复议、提起行政
/// 诉讼的情况。`).
///
/// ```text
/// "本单位未出现申请行政复议、提起行政诉讼的情况。" → true, "行政复议 行政诉讼" → false
/// ```
fn is_sentence(s: &str) -> bool {
    s.chars().count() >= 12
        && s.ends_with(chars!['。', '，', ',', '；', ';', '：', ':'])
        && !s.contains("勾稽")
}

/// The longest template heading line the reader takes (a sentence that mentions the phrase is
/// no heading).
const MAX_HEADING_CHARS: usize = 40;

/// More rows, header cells or numbers than a template table has: the text is no template table.
const MAX_ROWS: usize = 64;
const MAX_HEADER_CELLS: usize = 32;
/// The longest label or header cell, in bytes, with its wrapped parts.
const MAX_CELL_BYTES: usize = 400;

/// 表二's matters (row labels), as the template names them.
const ACTIVE_ROWS: [&str; 8] = [
    "规章",
    "规范性文件",
    "行政许可",
    "其他对外管理服务事项",
    "行政处罚",
    "行政强制",
    "行政事业性收费",
    "政府集中采购",
];

/// The template words of a list of (word, record key) pairs, in its order.
///
/// ```text
/// words([("结果维持", "upheld"), ("总计", "total")]) → ["结果维持", "总计"]
/// ```
const fn words<const N: usize>(pairs: [(&'static str, &'static str); N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = pairs[i].0;
        i += 1;
    }
    out
}

/// 表二's column names (2021 and 2019 formats), as the record names them.
const ACTIVE_COLS: [&str; 12] = words(crate::gio::ACTIVE_COLS);

/// 表三's header: its top group, its columns under it, and the 法人或其他组织 columns.
const REQUEST_GROUP: &str = "申请人情况";
const REQUEST_MID: [&str; 3] = ["自然人", "法人或其他组织", "总计"];
const REQUEST_LEAVES: [&str; 6] = [
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "小计",
];

/// 表三's rows: the words naming the `一、`–`四、` rows, the `（一）`–`（七）` results and the
/// items of `（三）`–`（六）`, by ordinal.
const REQUEST_TOP: [&str; 4] = ["新收", "结转", "办理结果", "结转"];
const REQUEST_RESULTS: [&str; 7] = [
    "予以公开",
    "部分公开",
    "不予公开",
    "无法提供",
    "不予处理",
    "其他处理",
    "总计",
];
const REQUEST_ITEMS: [&[&str]; 4] = [
    &[
        "国家秘密",
        "禁止公开",
        "稳定",
        "第三方",
        "内部事务",
        "过程性",
        "执法案卷",
        "查询",
    ],
    &["不掌握", "另行制作", "不明确"],
    &["信访", "重复申请", "出版物", "反复申请", "确认"],
    &["补正", "缴纳", "其他"],
];

/// Whether `s` starts with one of the template's `words` (a header cell `结果维持（件）` is the
/// outcome `结果维持`).
///
/// ```text
/// starts_with_any("结果维持（件）", &REVIEW_OUTCOMES) → true
/// starts_with_any("其中：总计", &REVIEW_OUTCOMES) → false
/// ```
fn starts_with_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// Whether `s` holds one of the template's `words` (`行政规范性文件` names the matter
/// `规范性文件`, `本年制发件数` the column `制发件数`).
///
/// ```text
/// contains_any("本年制发件数", &ACTIVE_COLS) → true, contains_any("件数", &ACTIVE_COLS) → false
/// ```
fn contains_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// The level of a 表二 header word: 0 for the corner `信息内容`, 1 for a column name (one of
/// [`ACTIVE_COLS`]); `None` for any other word.
///
/// ```text
/// "信息内容" → Some(0), "本年新制作数量" → Some(1), "规章" → None
/// ```
fn active_header_level(s: &str) -> Option<usize> {
    if s.starts_with("信息内容") {
        Some(0)
    } else if contains_any(s, &ACTIVE_COLS) {
        Some(1)
    } else {
        None
    }
}

/// Whether a 表二 header word is the first part of a column name that a narrow cell split over
/// two lines (`本年新` then `公开数量`, `对外公开` then `总数量`): it ends with the opening of one
/// of [`ACTIVE_COLS`] and names none, so that it starts a column of its own instead of
/// continuing the column before it.
///
/// ```text
/// "本年新" → true, "对外公开" → true, "公开数量" → false, "万元）" → false, "本年" → false
/// ```
fn opens_active_column(s: &str) -> bool {
    ACTIVE_COLS
        .iter()
        .any(|w| w.char_indices().skip(1).any(|(i, _)| s.ends_with(&w[..i])))
}

/// Whether a header word is the first part of one of the template's `words` that a narrow
/// cell split over two lines (`商业` of `商业企业`, `社会公益` of `社会公益组织`).
///
/// ```text
/// opens_word("商业", &REQUEST_LEAVES) → true, opens_word("商业企业", &REQUEST_LEAVES) → false
/// ```
fn opens_word(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| w.len() > s.len() && w.starts_with(s))
}

/// Whether `s` names the `n`-th (1-based) of the template's `words` (`三、本年度办理结果` names
/// the third of [`REQUEST_TOP`]); `false` for an `n` the list does not have.
///
/// ```text
/// names(&REQUEST_TOP, 3, "三、本年度办理结果") → true, names(&REQUEST_TOP, 1, "一、结转") → false
/// names(&REQUEST_TOP, 5, "五、结转") → false
/// ```
fn names(words: &[&str], n: u32, s: &str) -> bool {
    words
        .get((n as usize).wrapping_sub(1))
        .is_some_and(|w| s.contains(w))
}

/// 表四's header: the two case kinds, the two ways to court, and the five outcomes (as the
/// record names them).
const REVIEW_GROUPS: [&str; 2] = ["行政复议", "行政诉讼"];
const REVIEW_WAYS: [&str; 2] = ["未经复议直接起诉", "复议后起诉"];
const REVIEW_OUTCOMES: [&str; 5] = words(crate::gio::REVIEW_COLS);
/// 表四's blocks of outcomes: 行政复议, and the two ways to court.
const REVIEW_BLOCKS: usize = 3;

/// Whether `s` is one of the template's header names (表三's columns, 表四's groups, ways and
/// outcomes, 表二's columns), spaces between ideographs dropped (`商业 企业`).
///
/// ```text
/// is_header_name("商业企业") → true, is_header_name("商业") → false, is_header_name("企业") → false
/// ```
fn is_header_name(s: &str) -> bool {
    let s = crate::gio::squeeze(s);
    [
        &REQUEST_LEAVES[..],
        &REQUEST_MID,
        &REVIEW_GROUPS,
        &REVIEW_WAYS,
        &REVIEW_OUTCOMES,
    ]
    .iter()
    .any(|words| starts_with_any(&s, words))
        || active_header_level(&s) == Some(1)
}

/// Whether a cell is a word of the template's own header (`申请人情况`, 表三's named columns,
/// 表四's groups, ways and outcomes, 表二's `信息内容` and columns; not the `其他`, `小计`, `总计`
/// any table may have): a table whose header holds one is the template's, read by [`read`] or
/// left unread by it when its numbers do not fit, never guessed by another reader.
///
/// ```text
/// is_template_word("申请人情况") → true, is_template_word("自然人") → true, is_template_word("总计") → false
/// ```
pub(super) fn is_template_word(s: &str) -> bool {
    let s = crate::gio::squeeze(s);
    s.starts_with(REQUEST_GROUP)
        || s.starts_with("信息内容")
        || [
            &REQUEST_MID[..2],
            &REQUEST_LEAVES[..4],
            &REVIEW_GROUPS,
            &REVIEW_WAYS,
            &REVIEW_OUTCOMES[..4],
        ]
        .iter()
        .any(|words| starts_with_any(&s, words))
        || active_header_level(&s) == Some(1)
}

/// The header row `above` with the cells of `tail` appended to the cells they complete, when
/// `tail` is the wrapped tail of `above` as a page prints a header whose narrow cells wrap onto
/// a line of their own (`商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他` then `企业 | 机构`):
/// fewer cells than `above`, none a header name alone, and each (in order) completing a cell of
/// `above` that is no header name into one (`商业` + `企业`). `None` for any other row.
fn completed(above: &[RawCell], tail: &[RawCell]) -> Option<Vec<RawCell>> {
    // a row without outer pipes ends with an empty cell after its last rule (`企业 | 机构 |`)
    let filled = |cells: &[RawCell]| {
        cells
            .iter()
            .rposition(|c| !c.text.is_empty())
            .map_or(0, |i| i + 1)
    };
    let tail = &tail[..filled(tail)];
    if tail.is_empty() || tail.len() >= filled(above) {
        return None;
    }
    let mut joined = above.to_vec();
    let mut at = 0;
    for cell in tail {
        if cell.text.is_empty() || is_header_name(&cell.text) {
            return None;
        }
        let found = (at..joined.len()).find(|&j| {
            !is_header_name(&joined[j].text)
                && is_header_name(&format!("{}{}", joined[j].text, cell.text))
        })?;
        joined[found].text.push_str(&cell.text);
        at = found + 1;
    }
    Some(joined)
}

/// Joins into the header row above it every header row (of the rows before the first body
/// row) that is only its wrapped tail (see [`completed`]), so that `企业 | 机构` names no column
/// of its own.
pub(super) fn join_wrapped_header(head: &mut Vec<RowLine>) {
    let mut end = head
        .iter()
        .position(|r| !is_header_row(&r.cells))
        .unwrap_or(head.len());
    let mut i = 1;
    while i < end {
        match completed(&head[i - 1].cells, &head[i].cells) {
            Some(cells) => {
                head[i - 1].cells = cells;
                head.remove(i);
                end -= 1;
            }
            None => i += 1,
        }
    }
}

/// A token of a table line: a run of non-space characters.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    span: Span,
    line: usize,
}

impl Token<'_> {
    fn cell(&self) -> RawCell {
        RawCell {
            text: self.text.to_string(),
            span: self.span,
        }
    }
}

/// A number or a placeholder the template allows in a cell (`/`, `-`, `—`).
fn is_number(s: &str) -> bool {
    matches!(s, "/" | "／" | "-" | "--" | "－" | "—" | "——" | "–") || parse_value(s).is_some()
}

/// A page's footer or header line: `— 3 —`, `- 3 -`, `第 3 页`, `第3页 共12页`.
///
/// ```text
/// "— 3 —" → true, "第 4 页" → true, "第3页/共12页" → true, "3" → false, "第三项" → false
/// ```
fn is_page_marker(line: &str) -> bool {
    let s: String = line.chars().filter(|&c| !is_space(c)).collect();
    let dash = |c: char| matches!(c, '-' | '－' | '—' | '–' | '−');
    let inner = s.trim_matches(dash);
    if inner.len() < s.len()
        && s.starts_with(dash)
        && s.ends_with(dash)
        && !inner.is_empty()
        && inner.bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    fn page(s: &str, word: char) -> Option<&str> {
        let rest = s.strip_prefix(word)?;
        let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        (digits.len() < rest.len())
            .then_some(digits)?
            .strip_prefix('页')
    }
    match page(&s, '第') {
        Some(rest) => {
            let rest = rest.trim_start_matches(chars!['/', '，', ',', '、']);
            rest.is_empty() || page(rest, '共').is_some_and(str::is_empty)
        }
        None => false,
    }
}

/// Whether a label (or header cell) is visibly unfinished: a bracket left open or a trailing
/// comma, so that a part after its numbers is still its own.
fn unfinished(s: &str) -> bool {
    let open = s.matches(chars!['（', '(']).count();
    let close = s.matches(chars!['）', ')']).count();
    open > close || s.ends_with(chars!['，', ',', '、', '：', ':', '（', '('])
}

/// Whether a token may be the wrapped part of a label: short, no sentence end and no numbering.
fn may_continue(s: &str) -> bool {
    s.chars().count() <= 40
        && !s.ends_with(chars!['。', '；', ';'])
        && crate::marker::heading_marker(s).is_err()
}

/// One template table being read: its caption, header cells by level, and rows.
#[derive(Default)]
struct Draft {
    caption: Option<String>,
    /// Header cells by level (表三: the corner and 申请人情况; the columns; the 法人 columns).
    header: [Vec<RawCell>; 3],
    /// The header line of the first header cell.
    first_line: usize,
    /// The header cell written last (level, index), which a wrapped part continues.
    last: Option<(usize, usize)>,
    rows: Vec<DraftRow>,
    /// 表四 outcome words whose first part a page wrote on one line and whose second part it
    /// wrote on the next (`结果 结果 其他 尚未 总` then `维持 纠正 结果 审结 计`), first parts
    /// waiting for their second, oldest first.
    outcome_heads: std::collections::VecDeque<RawCell>,
    /// 表四 outcome words printed one character a line (see [`Reader::stacked_line`]): their
    /// characters, and the lines they stand on.
    stacked: Vec<char>,
    stacked_span: Option<Span>,
    /// Why the numbers do not fit, with where; `None` while they do.
    mismatch: Option<(String, Span)>,
}

#[derive(Default)]
struct DraftRow {
    line: usize,
    label: Vec<RawCell>,
    values: Vec<RawCell>,
}

impl DraftRow {
    /// The label's parts joined by a space, as a diagnostic quotes them
    /// (`三、本年度办理结果 （一）予以公开`).
    fn label_text(&self) -> String {
        let parts: Vec<&str> = self.label.iter().map(|c| c.text.as_str()).collect();
        parts.join(" ")
    }

    /// The row as the table builder takes it: its label cells, then its values.
    fn into_row_line(self) -> RowLine {
        let mut cells = self.label;
        cells.extend(self.values);
        row_line(self.line, cells)
    }
}

/// A row of cells on its line, spanning from its first cell to its last.
fn row_line(line: usize, cells: Vec<RawCell>) -> RowLine {
    let span = Span::new(
        cells.first().map_or(0, |c| c.span.start),
        cells.last().map_or(0, |c| c.span.end),
    );
    RowLine { line, cells, span }
}

/// An empty cell at `at`: the corner a page lost, which the table builder drops.
fn empty_cell(at: usize) -> RawCell {
    RawCell {
        text: String::new(),
        span: Span::new(at, at),
    }
}

impl Draft {
    fn columns(&self, kind: Kind) -> usize {
        match kind {
            Kind::Active => self.header[1].len(),
            Kind::Requests => {
                self.header[1].len() + self.header[2].len()
                    - usize::from(self.header[1].iter().any(|c| c.text.starts_with("法人")))
            }
            Kind::Review => self.header[1..]
                .iter()
                .flatten()
                .filter(|c| starts_with_any(&c.text, &REVIEW_OUTCOMES))
                .count(),
        }
    }

    /// 表四's 复议 outcomes, merged down over the second and third header rows, written again at
    /// the head of the third row (a copy of a page writes a merged cell in every row it covers:
    /// `结果维持 … 总计 未经复议直接起诉 复议后起诉` over `结果维持 … 总计 结果维持 … 总计 …`):
    /// said once, in the second row. The third row keeps them when it holds only the two ways'
    /// outcomes (the template's own header: the same words under 未经复议直接起诉).
    fn outcomes_said_once(&mut self) {
        let [_, mid, leaves] = &mut self.header;
        let above: Vec<&str> = mid
            .iter()
            .filter(|c| starts_with_any(&c.text, &REVIEW_OUTCOMES))
            .map(|c| c.text.as_str())
            .collect();
        let columns = REVIEW_OUTCOMES.len() * 3;
        if !above.is_empty()
            && above.len() + leaves.len() > columns
            && leaves.len() >= above.len()
            && leaves.iter().zip(&above).all(|(c, a)| c.text == *a)
        {
            leaves.drain(..above.len());
        }
    }

    /// Whether `s`, read among the rows, is a word of this table's header again: a header cell
    /// or a part of one a page split (`商业` of `商业企业`), or 表三's corner (`（本列数据的勾稽关系
    /// 为：…）`).
    fn repeats_header(&self, kind: Kind, s: &str) -> bool {
        if kind == Kind::Requests
            && (s.contains("勾稽") || s.starts_with("（本列") || s.starts_with("(本列"))
        {
            return true;
        }
        s.chars().count() >= 2
            && self
                .header
                .iter()
                .flatten()
                .any(|c| c.text == s || c.text.starts_with(s) || c.text.ends_with(s))
    }

    /// Whether 表三's corner (`（本列数据的勾稽关系为：…）`) was read up to a wrap, its bracket not
    /// closed yet: the part that closes it is its own, wherever the layout put it (`申请人情况`
    /// may stand between the two parts on the page).
    fn corner_open(&self) -> bool {
        self.header[0].first().is_some_and(|c| {
            (c.text.starts_with("（本列") || c.text.starts_with("(本列")) && unfinished(&c.text)
        })
    }

    fn has_header(&self) -> bool {
        !self.header[1].is_empty()
    }

    fn fail(&mut self, why: String, at: Span) {
        if self.mismatch.is_none() {
            self.mismatch = Some((why, at));
        }
    }

    /// Reads a part of a 表四 outcome word that a page split over two lines, each word's first
    /// part on the upper line and its second part under it (a narrow column: `结果⏎维持`,
    /// `总⏎计`): a first part waits (see [`Draft::outcome_heads`]); a second part completes the
    /// oldest first part waiting into the outcome it spells, a header cell spanning both.
    /// `None` for a token that is neither (the header's other words).
    fn outcome_part(&mut self, t: &Token) -> Option<Step> {
        let completes = self
            .outcome_heads
            .front()
            .is_some_and(|h| REVIEW_OUTCOMES.contains(&format!("{}{}", h.text, t.text).as_str()));
        if completes {
            let head = self.outcome_heads.pop_front()?;
            let cell = RawCell {
                text: format!("{}{}", head.text, t.text),
                span: Span::new(head.span.start, t.span.end),
            };
            let ways = self.header[1]
                .iter()
                .any(|c| starts_with_any(&c.text, &REVIEW_WAYS));
            let l = if ways { 2 } else { 1 };
            self.header[l].push(cell);
            self.last = Some((l, self.header[l].len() - 1));
            return Some(Step::Taken);
        }
        let opens = REVIEW_OUTCOMES
            .iter()
            .any(|w| w.len() > t.text.len() && w.starts_with(t.text));
        if opens && self.has_header() {
            self.outcome_heads.push_back(t.cell());
            return Some(Step::Taken);
        }
        None
    }

    /// Turns the characters of a 表四 header printed one character a line into its fifteen
    /// outcome cells, in the template's order (each spanning the lines they were read from),
    /// when they are exactly the characters of those fifteen words and no outcome was read
    /// whole; leaves the header as it is otherwise (a header without its columns, which reads
    /// no row).
    fn unstack(&mut self) {
        let Some(span) = self.stacked_span.take() else {
            return;
        };
        let mut got = std::mem::take(&mut self.stacked);
        let mut want: Vec<char> = REVIEW_OUTCOMES.iter().flat_map(|w| w.chars()).collect();
        want = want.repeat(REVIEW_BLOCKS);
        got.sort_unstable();
        want.sort_unstable();
        let whole = self.header[1..]
            .iter()
            .flatten()
            .any(|c| starts_with_any(&c.text, &REVIEW_OUTCOMES));
        if got != want || whole {
            return;
        }
        let ways = self.header[1]
            .iter()
            .any(|c| starts_with_any(&c.text, &REVIEW_WAYS));
        let l = if ways { 2 } else { 1 };
        for _ in 0..REVIEW_BLOCKS {
            self.header[l].extend(REVIEW_OUTCOMES.iter().map(|w| RawCell {
                text: (*w).to_string(),
                span,
            }));
        }
    }

    /// Completes the first 表三 column name (in text order) that a page split over two lines in
    /// its narrow column (`商业 科研 社会公益 法律服务 其他` then `企业 机构 组织 机构`; `法人或其他`
    /// then `组织`) with its second part `t`: the first header cell that names no column yet and
    /// names one with `t` after it. `None` when `t` completes none.
    fn complete_request_column(&mut self, t: &Token) -> Option<Step> {
        let words: [&[&str]; 3] = [&[], &REQUEST_MID, &REQUEST_LEAVES];
        let (l, i) = (1..3)
            .flat_map(|l| (0..self.header[l].len()).map(move |i| (l, i)))
            .filter(|&(l, i)| {
                let c = &self.header[l][i].text;
                !starts_with_any(c, words[l])
                    && words[l].contains(&format!("{c}{}", t.text).as_str())
            })
            .min_by_key(|&(l, i)| self.header[l][i].span.start)?;
        if !append(&mut self.header[l][i], t) {
            return Some(Step::End);
        }
        self.last = Some((l, i));
        Some(Step::Taken)
    }

    /// The header cell written last, to add a wrapped part to.
    fn last_header(&mut self) -> Option<&mut RawCell> {
        let (lvl, i) = self.last?;
        self.header[lvl].get_mut(i)
    }
}

/// Adds a wrapped part to a cell; `false` when the cell would be longer than any template
/// cell.
fn append(cell: &mut RawCell, t: &Token) -> bool {
    if cell.text.len() + t.text.len() > MAX_CELL_BYTES {
        return false;
    }
    cell.text.push_str(t.text);
    cell.span = Span::new(cell.span.start, t.span.end);
    true
}

/// What a token did to the table being read.
enum Step {
    /// It belongs to the table.
    Taken,
    /// It is no part of the table: the table ended before it.
    End,
}

/// Reads the tokens of one template table (for 表二, its sub-tables) after its heading.
struct Reader {
    kind: Kind,
    drafts: Vec<Draft>,
    /// Whether the body has started (a row label or, in 表四, a number).
    body: bool,
    /// Sentences passed over between the heading and the table (see [`is_sentence`]).
    sentences: usize,
}

impl Reader {
    fn new(kind: Kind) -> Self {
        Reader {
            kind,
            drafts: vec![Draft::default()],
            body: false,
            sentences: 0,
        }
    }

    /// Whether a line before the table's header is a sentence of running text to pass over
    /// (see [`is_sentence`]), at most [`MAX_SENTENCES`] of them.
    fn passes_sentence(&mut self, s: &str) -> bool {
        if !self.before_header() || self.sentences >= MAX_SENTENCES || !is_sentence(s) {
            return false;
        }
        self.sentences += 1;
        true
    }

    /// Takes a line of a 表四 header that a page printed one character a line, each narrow
    /// outcome column's word standing upright (`结 结 其 尚` over `果 果 他 未` over `维 纠 结 审`
    /// over `持 正 果 结`, the blocks' lines interleaved, a whole `总计` among them): after the
    /// case kinds, a line of at least three single characters of the outcome words, with whole
    /// outcome words at most. Its characters wait for the first number (see
    /// [`Draft::unstack`]); `false` for any other line.
    fn stacked_line(&mut self, line: &str, start: usize) -> bool {
        if self.kind != Kind::Review || self.body || self.draft().header[0].is_empty() {
            return false;
        }
        let mut chars = Vec::new();
        let mut singles = 0;
        for tok in line.split(is_space).filter(|t| !t.is_empty()) {
            let mut it = tok.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if REVIEW_OUTCOMES.iter().any(|w| w.contains(c)) => {
                    singles += 1;
                    chars.push(c);
                }
                _ if REVIEW_OUTCOMES.contains(&tok) => chars.extend(tok.chars()),
                _ => return false,
            }
        }
        let d = self.draft();
        if singles < 3 || d.stacked.len() + chars.len() > MAX_HEADER_CELLS * 4 {
            return false;
        }
        d.stacked.extend(chars);
        let from = start + (line.len() - line.trim_start_matches(is_space).len());
        let to = start + line.trim_end_matches(is_space).len();
        d.stacked_span = Some(match d.stacked_span {
            Some(s) => Span::new(s.start, to),
            None => Span::new(from, to),
        });
        true
    }

    /// Whether nothing of the table has been read yet (a 表二 caption aside).
    fn before_header(&self) -> bool {
        self.drafts.len() == 1 && self.drafts[0].header.iter().all(Vec::is_empty)
    }

    fn draft(&mut self) -> &mut Draft {
        self.drafts.last_mut().expect("a draft")
    }

    fn step(&mut self, t: &Token) -> Step {
        let kind = self.kind;
        // `续表` (`续表1`): the caption a page prints over the rest of a table it broke
        if t.text.starts_with("续表") && t.text.chars().count() <= 4 {
            return Step::Taken;
        }
        if kind == Kind::Active && is_article_item(t.text) {
            if self.drafts.len() >= 16 {
                return Step::End;
            }
            let d = self.draft();
            if d.caption.is_some() || d.has_header() || !d.rows.is_empty() {
                self.drafts.push(Draft::default());
            }
            self.draft().caption = Some(t.text.to_string());
            self.body = false;
            return Step::Taken;
        }
        let number = is_number(t.text);
        if !self.body {
            if number {
                if kind == Kind::Review {
                    self.draft().unstack();
                }
                // 表三 and 表二 rows open with a label; 表四's one row has none
                if kind != Kind::Review || self.draft().columns(kind) == 0 {
                    return Step::End;
                }
                self.body = true;
                self.draft().rows.push(DraftRow {
                    line: t.line,
                    ..DraftRow::default()
                });
                return self.value(t);
            }
            if self.row_start(t.text) && self.draft().has_header() {
                self.body = true;
                return self.label(t);
            }
            return self.header_word(t);
        }
        if number {
            return self.value(t);
        }
        if kind != Kind::Active && self.draft().repeats_header(kind, t.text) {
            // the header written again at the next page's top (a table that repeats its header
            // rows on every page): passed over
            return Step::Taken;
        }
        if kind != Kind::Review && self.row_start(t.text) {
            return self.label(t);
        }
        if kind == Kind::Active && active_header_level(t.text).is_some() && self.drafts.len() < 16 {
            // the header of a sub-table whose caption was not written
            self.drafts.push(Draft::default());
            self.body = false;
            return self.header_word(t);
        }
        // a wrapped part of the last label: before its numbers, or after them when the label is
        // visibly unfinished, or when a short word follows a row whose numbers fill the columns
        // (a layout's long label cell wrapped under its row: `一、本年新收政府信息公开申请 31 … 37`
        // then `数量`; a full row takes no more numbers, and a next row opens with its numbering)
        let d = self.draft();
        let n = d.columns(kind);
        let Some(row) = d.rows.last_mut() else {
            return Step::End;
        };
        let full = kind == Kind::Requests
            && row.values.len() == n
            && t.text.chars().count() <= 6
            && !t.text.ends_with(chars!['：', ':']);
        let Some(last) = row.label.last_mut() else {
            return Step::End;
        };
        if may_continue(t.text)
            && (row.values.is_empty() || unfinished(&last.text) || full)
            && append(last, t)
        {
            return Step::Taken;
        }
        Step::End
    }

    /// Whether a token opens a row label of this table.
    fn row_start(&self, s: &str) -> bool {
        match self.kind {
            Kind::Active => s.chars().count() <= 20 && contains_any(s, &ACTIVE_ROWS),
            Kind::Requests => match crate::gio::ordinal(s) {
                // the top rows are short: their word is on the first line (the next heading,
                // `四、政府信息公开行政复议…`, is no row)
                Some((1, n)) => names(&REQUEST_TOP, n, s),
                Some((2, n)) => (1..=7).contains(&n),
                Some((3, n)) => (1..=8).contains(&n),
                // a subtotal row; in the header, 小计 is the 法人 subtotal column
                _ => self.body && s == "小计",
            },
            Kind::Review => false,
        }
    }

    fn label(&mut self, t: &Token) -> Step {
        let d = self.draft();
        let open = d.rows.last().is_some_and(|r| r.values.is_empty());
        if !open {
            if d.rows.len() >= MAX_ROWS {
                return Step::End;
            }
            d.rows.push(DraftRow {
                line: t.line,
                ..DraftRow::default()
            });
        }
        let row = d.rows.last_mut().expect("a row");
        if row.label.len() >= 4 {
            return Step::End;
        }
        row.label.push(t.cell());
        Step::Taken
    }

    fn value(&mut self, t: &Token) -> Step {
        let kind = self.kind;
        let d = self.draft();
        let n = d.columns(kind);
        let Some(row) = d.rows.last_mut() else {
            return Step::End;
        };
        if row.label.is_empty() && kind != Kind::Review {
            return Step::End;
        }
        if row.values.len() >= n {
            if kind == Kind::Review {
                // a number after 表四's row is no part of it
                return Step::End;
            }
            let why = format!(
                "the row `{}` has more numbers than the {n} columns",
                row.label_text()
            );
            d.fail(why, t.span);
            return Step::End;
        }
        row.values.push(t.cell());
        Step::Taken
    }

    fn header_word(&mut self, t: &Token) -> Step {
        let kind = self.kind;
        let s = t.text;
        let d = self.draft();
        let cells: usize = d.header.iter().map(Vec::len).sum();
        if cells >= MAX_HEADER_CELLS {
            return Step::End;
        }
        let level = match kind {
            Kind::Active => active_header_level(s).or_else(|| {
                // after the corner or a whole column name
                let last_whole = d
                    .last
                    .and_then(|(l, i)| d.header[l].get(i))
                    .is_some_and(|c| active_header_level(&c.text).is_some());
                (last_whole && opens_active_column(s)).then_some(1)
            }),
            Kind::Requests if s.starts_with(REQUEST_GROUP) => Some(0),
            Kind::Requests if starts_with_any(s, &REQUEST_MID) => Some(1),
            Kind::Requests if starts_with_any(s, &REQUEST_LEAVES) && !d.header[1].is_empty() => {
                Some(2)
            }
            Kind::Requests if !d.header[1].is_empty() && opens_word(s, &REQUEST_LEAVES) => Some(2),
            Kind::Requests if opens_word(s, &REQUEST_MID) => Some(1),
            Kind::Requests
                if s.contains("勾稽")
                    || s.starts_with("（本列")
                    || s.starts_with("(本列")
                    || d.corner_open() && s.ends_with(chars!['）', ')']) =>
            {
                // the corner cell, the rule the columns obey, wherever the page put it
                if cells == 0 {
                    d.first_line = t.line;
                }
                match d.header[0].first_mut() {
                    Some(c) if !c.text.starts_with(REQUEST_GROUP) => {
                        if !append(c, t) {
                            return Step::End;
                        }
                    }
                    _ => d.header[0].insert(0, t.cell()),
                }
                d.last = Some((0, 0));
                return Step::Taken;
            }
            Kind::Requests => match d.complete_request_column(t) {
                Some(step) => return step,
                None => None,
            },
            Kind::Review if starts_with_any(s, &REVIEW_GROUPS) => Some(0),
            Kind::Review if starts_with_any(s, &REVIEW_WAYS) => Some(1),
            Kind::Review if starts_with_any(s, &REVIEW_OUTCOMES) => {
                let ways = d.header[1]
                    .iter()
                    .any(|c| starts_with_any(&c.text, &REVIEW_WAYS));
                Some(if ways { 2 } else { 1 })
            }
            Kind::Review => match d.outcome_part(t) {
                Some(step) => return step,
                None => None,
            },
        };
        match level {
            Some(l) => {
                if cells == 0 {
                    d.first_line = t.line;
                }
                d.header[l].push(t.cell());
                d.last = Some((l, d.header[l].len() - 1));
                Step::Taken
            }
            None => match d.last_header() {
                Some(last) if may_continue(s) => {
                    if append(last, t) {
                        Step::Taken
                    } else {
                        Step::End
                    }
                }
                _ => Step::End,
            },
        }
    }

    /// Checks each draft against the template and builds the ones that fit; a draft whose
    /// numbers do not fit gives a diagnostic instead.
    fn finish(
        self,
        section: &mut dyn FnMut(usize) -> SectionPath,
        tables: &mut Vec<Table>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let kind = self.kind;
        let last = self.drafts.len() - 1;
        for (di, mut d) in self.drafts.into_iter().enumerate() {
            if di == last && d.rows.last().is_some_and(|r| r.values.is_empty()) {
                // a label the reading ended on, with no number after it: what follows the
                // table (`（一）…` of the next section), not a row
                d.rows.pop();
            }
            if !d.has_header() || d.rows.is_empty() {
                continue;
            }
            if kind == Kind::Review {
                d.outcomes_said_once();
            }
            let n = d.columns(kind);
            check_rows(kind, &mut d, n);
            if let Some((why, span)) = d.mismatch {
                let name = match kind {
                    Kind::Active => "表二 主动公开",
                    Kind::Requests => "表三 收到和处理申请",
                    Kind::Review => "表四 行政复议、行政诉讼",
                };
                let caption = d.caption.map(|c| format!(" {c}")).unwrap_or_default();
                diagnostics.push(Diagnostic {
                    kind: DiagnosticKind::TemplateTableMismatch,
                    span,
                    message: format!("{name}{caption}: {why}; the table was left unread"),
                });
                continue;
            }
            let header_rows = header_rows(kind, &mut d);
            let mut written: Vec<RowLine> = Vec::with_capacity(header_rows.len() + d.rows.len());
            written.extend(header_rows.into_iter().map(|c| row_line(d.first_line, c)));
            written.extend(d.rows.into_iter().map(DraftRow::into_row_line));
            let start = written.first().map_or(0, |r| r.span.start);
            let caption = d.caption.into_iter().collect();
            tables.push(build(caption, written, section(start)));
        }
    }
}

/// Every row's numbers fill the columns, and every label is one the template has.
fn check_rows(kind: Kind, d: &mut Draft, n: usize) {
    let ok_columns = match kind {
        Kind::Active => n >= 1,
        Kind::Requests => {
            let has = |w: &str| d.header[1].iter().any(|c| c.text.starts_with(w));
            let subtotal = d.header[2].iter().any(|c| c.text.starts_with("小计"));
            // a column name's first part that no second part completed names no column
            let whole = d.header[2]
                .iter()
                .all(|c| starts_with_any(&c.text, &REQUEST_LEAVES));
            whole && has("自然人") && has("总计") && n == if subtotal { 8 } else { 7 }
        }
        Kind::Review => n == 15,
    };
    if !ok_columns {
        let at = d.header[1].first().map_or(Span::default(), |c| c.span);
        d.fail(
            format!("its header gives {n} columns, which the template does not have"),
            at,
        );
        return;
    }
    let mut group = 0;
    let mut why = None;
    for r in &d.rows {
        let label: Vec<&str> = r.label.iter().map(|c| c.text.as_str()).collect();
        let at = r
            .values
            .first()
            .or(r.label.first())
            .map_or(Span::default(), |c| c.span);
        if r.values.len() != n {
            let what = if label.is_empty() {
                "its row".to_string()
            } else {
                format!("the row `{}`", r.label_text())
            };
            why = Some((
                format!("{what} has {} numbers for {n} columns", r.values.len()),
                at,
            ));
            break;
        }
        let known = match kind {
            Kind::Active => label.len() == 1 && contains_any(label[0], &ACTIVE_ROWS),
            Kind::Requests => label.iter().all(|l| match crate::gio::ordinal(l) {
                Some((1, n)) => names(&REQUEST_TOP, n, l),
                Some((2, n)) => {
                    group = n;
                    names(&REQUEST_RESULTS, n, l)
                }
                Some((3, i)) => group
                    .checked_sub(3)
                    .and_then(|g| REQUEST_ITEMS.get(g as usize))
                    .is_some_and(|items| names(items, i, l)),
                _ => *l == "小计",
            }),
            Kind::Review => label.is_empty(),
        };
        if !known {
            why = Some((
                format!(
                    "the row label `{}` is not one of the template's",
                    r.label_text()
                ),
                at,
            ));
            break;
        }
    }
    if let Some((w, at)) = why {
        d.fail(w, at);
    }
}

/// The header rows as the template lays them out: 表二 `信息内容 | columns`; 表三 the corner
/// and 申请人情况, then 自然人 | 法人或其他组织 | 总计, then the 法人 columns; 表四 the two case
/// kinds, then the 复议 outcomes and the two ways to court, then their outcomes.
fn header_rows(kind: Kind, d: &mut Draft) -> Vec<Vec<RawCell>> {
    let [top, mid, leaves] = std::mem::take(&mut d.header);
    match kind {
        Kind::Active => {
            let mut row = top;
            if row.is_empty() {
                // the corner over the matters, lost
                row.push(empty_cell(mid.first().map_or(0, |c| c.span.start)));
            }
            row.extend(mid);
            vec![row]
        }
        Kind::Requests => {
            let mut first = top;
            if first
                .first()
                .is_none_or(|c| c.text.starts_with(REQUEST_GROUP))
            {
                // no corner written: an empty one, which the builder drops
                let at = first.first().or(mid.first()).map_or(0, |c| c.span.start);
                first.insert(0, empty_cell(at));
            }
            // the template's column order (the order of each row's numbers), whatever order the
            // page gave the header words in
            let (mut mid, mut leaves) = (mid, leaves);
            let rank = |words: &[&str], c: &RawCell| {
                (
                    words
                        .iter()
                        .position(|w| c.text.starts_with(w))
                        .unwrap_or(words.len()),
                    0,
                )
            };
            crate::sort::by_key(&mut mid, |c| rank(&REQUEST_MID, c));
            crate::sort::by_key(&mut leaves, |c| rank(&REQUEST_LEAVES, c));
            vec![first, mid, leaves]
        }
        Kind::Review => {
            // The template's order, whatever order the page gave: the 复议 outcomes and the two
            // ways to court under the case kinds, then each way's outcomes.
            let (mut ways, mut outcomes): (Vec<RawCell>, Vec<RawCell>) = mid
                .into_iter()
                .chain(leaves)
                .partition(|c| starts_with_any(&c.text, &REVIEW_WAYS));
            crate::sort::by_key(&mut outcomes, |c| (c.span.start, 0));
            crate::sort::by_key(&mut ways, |c| (c.span.start, 0));
            let rest = outcomes.split_off(outcomes.len().min(5));
            outcomes.extend(ways);
            [top, outcomes, rest]
                .into_iter()
                .filter(|r| !r.is_empty())
                .collect()
        }
    }
}

/// Splits the line into tokens, calling `f` on each until it ends the table; returns whether
/// the whole line was taken.
fn tokens(line: &str, start: usize, line_no: usize, f: &mut dyn FnMut(&Token) -> Step) -> bool {
    let mut at = 0;
    for piece in line.split(is_space) {
        let from = at;
        at += piece.len();
        // the separator
        at += line[at..].chars().next().map_or(0, char::len_utf8);
        if piece.is_empty() {
            continue;
        }
        let t = Token {
            text: piece,
            span: Span::new(start + from, start + from + piece.len()),
            line: line_no,
        };
        if let Step::End = f(&t) {
            return false;
        }
    }
    true
}

/// The longest template heading line, in bytes (see [`MAX_HEADING_CHARS`]), with spaces.
const MAX_HEADING_BYTES: usize = MAX_HEADING_CHARS * 3 + 16;

/// The template headings of a report's text, in text order: for each, where its line starts,
/// the line with its break, and the table it announces. Every heading names 政府信息 (主动公开
/// 政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议…): when the report's title
/// or top headings name it, one search for it in the text, and a look at the line of each hit
/// that is short enough to be a heading; a longer line is skipped whole.
fn headings<'t>(text: &'t str, report: &Report) -> Vec<(usize, &'t str, Kind)> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| memchr::memmem::Finder::new("政府信息"));
    let names = |s: &str| finder.find(s.as_bytes()).is_some();
    // a report of this kind says so in its title (…政府信息公开工作年度报告) or in its top
    // headings (二、主动公开政府信息情况 …): any other report is not searched
    let titled = report.title.as_ref().is_some_and(|t| names(&t.text));
    let headed = || {
        report
            .sections
            .iter()
            .any(|s| names(&s.heading.title) || s.children.iter().any(|c| names(&c.heading.title)))
    };
    if !titled && !headed() {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = finder.find(&bytes[from..]) {
        let at = from + i;
        let back = at.saturating_sub(MAX_HEADING_BYTES).max(from);
        let start = match memchr::memrchr2(b'\n', b'\r', &bytes[back..at]) {
            Some(j) => Some(back + j + 1),
            None if back == from => Some(from),
            None => None,
        };
        let end = memchr::memchr2(b'\n', b'\r', &bytes[at..]).map_or(bytes.len(), |j| at + j);
        from = end;
        let Some(start) = start else { continue };
        if end - start > MAX_HEADING_BYTES {
            continue;
        }
        let line = text[start..end].trim_matches(is_space);
        if line.chars().count() > MAX_HEADING_CHARS || line.ends_with(chars!['。', '；']) {
            continue;
        }
        let Some(kind) = HEADINGS
            .iter()
            .find(|(phrase, _)| line.contains(phrase))
            .map(|(_, k)| *k)
        else {
            continue;
        };
        // the line with its break (`\r\n` one)
        let with_break = crate::text::split_lines_inclusive(&text[start..])
            .next()
            .unwrap_or("");
        out.push((start, with_break, kind));
        if out.len() >= 64 {
            break;
        }
    }
    out
}

/// Reads the template tables written without separators, adding them to `tables` (in text
/// order) where no table was read, and a diagnostic for each one whose numbers do not fit.
pub(super) fn read(
    text: &str,
    report: &Report,
    tables: &mut Vec<Table>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let found = headings(text, report);
    if found.is_empty() {
        return;
    }
    let existing: Vec<Span> = tables.iter().map(|t| t.span).collect();
    let mut blocks: Option<Vec<(Span, bool, SectionPath)>> = None;
    let mut section = |at: usize| {
        let blocks = blocks.get_or_insert_with(|| super::blocks_in_order(report));
        let i = blocks.partition_point(|b| b.0.start <= at);
        i.checked_sub(1)
            .map(|i| blocks[i].2.clone())
            .unwrap_or_default()
    };
    let mut done = 0;
    // the 1-based line of `counted`
    let mut line_no = 1;
    let mut counted = 0;
    let mut new_tables = Vec::new();
    for (at, rest, kind) in found {
        if at < done {
            continue;
        }
        let region = at + rest.len();
        line_no += crate::text::count_line_breaks(&text[counted..region]);
        counted = region;
        let mut reader = Reader::new(kind);
        let mut pos = region;
        let mut n = line_no;
        for raw in crate::text::split_lines_inclusive(&text[region..]) {
            let line = raw.trim_end_matches(crate::text::is_line_break);
            let (start, this) = (pos, n);
            pos += raw.len();
            if raw.len() > line.len() {
                n += 1;
            }
            let trimmed = line.trim_matches(is_space);
            if trimmed.is_empty() || is_page_marker(line) || is_pipes(trimmed) {
                continue;
            }
            let line = one_cell(line);
            if reader.before_header() && !is_article_item(trimmed) && super::is_caption(trimmed) {
                // a caption or unit line over the table (`表3 …`, `单位：件`)
                continue;
            }
            if reader.passes_sentence(trimmed) || reader.stacked_line(line, start) {
                continue;
            }
            if !tokens(line, start, this, &mut |t| reader.step(t)) {
                // the next heading may be on this line
                pos = start;
                break;
            }
        }
        done = pos;
        let before = new_tables.len();
        let mut diags = Vec::new();
        reader.finish(&mut section, &mut new_tables, &mut diags);
        // where a table was read from rows, that reading stands
        let overlaps = |t: &Table| {
            existing
                .iter()
                .any(|e| e.start < t.span.end.max(t.span.start + 1) && t.span.start < e.end)
        };
        if new_tables[before..].iter().any(overlaps) {
            let read_here = Span::new(
                new_tables[before..]
                    .iter()
                    .map(|t| t.span.start)
                    .min()
                    .unwrap_or(0),
                new_tables[before..]
                    .iter()
                    .map(|t| t.span.end)
                    .max()
                    .unwrap_or(0),
            );
            if !rows_one_cell_each(tables, read_here) {
                new_tables.truncate(before);
                continue;
            }
            tables.retain(|t| !(t.span.start < read_here.end && read_here.start < t.span.end));
        }
        diagnostics.extend(diags);
    }
    if new_tables.is_empty() {
        return;
    }
    tables.extend(new_tables);
    crate::sort::by_key(tables, |t| (t.span.start, 0));
}

// (The template is read only with the `tables` feature.)
#[cfg(all(test, feature = "tables"))]
mod tests {
    use super::*;
    use crate::model::DiagnosticKind;

    const REQUESTS_HEAD: &str = "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n";

    /// (row label, column label, raw) of every cell of every table, each span checked.
    fn cells(text: &str) -> Vec<(String, String, String)> {
        let r = crate::parse(text);
        let mut out = Vec::new();
        for t in &r.tables {
            for c in t.cells() {
                assert_eq!(c.span.slice(text), c.text);
                out.push((c.row_label.clone(), c.col_label.clone(), c.text.clone()));
            }
        }
        out
    }

    fn mismatches(text: &str) -> Vec<String> {
        crate::parse(text)
            .diagnostics
            .into_iter()
            .filter(|d| d.kind == DiagnosticKind::TemplateTableMismatch)
            .map(|d| d.message)
            .collect()
    }

    /// The template-mismatch diagnostics of a text whose template table is left unread: it
    /// gives no table.
    fn left_unread(text: &str) -> Vec<String> {
        assert!(crate::parse(text).tables.is_empty(), "{text}");
        mismatches(text)
    }

    /// The 政府信息公开 record of a text, every check of which holds.
    fn holding_record(text: &str) -> crate::gio::GioRecord {
        let g = crate::gio::read(&crate::parse(text)).expect("a template record");
        assert!(g.checks.iter().all(|c| c.ok), "{:#?}", g.checks);
        g
    }

    #[test]
    fn page_markers() {
        for s in [
            "— 3 —",
            "- 12 -",
            "－7－",
            "第 4 页",
            "第4页 共12页",
            "第4页/共12页",
        ] {
            assert!(is_page_marker(s), "{s}");
        }
        for s in ["3", "— —", "第三项", "第4页的表格", "12 0 3", "-3"] {
            assert!(!is_page_marker(s), "{s}");
        }
    }

    #[test]
    fn request_rows_separated_by_spaces() {
        let text = format!(
            "{REQUESTS_HEAD}一、本年新收政府信息公开申请数量 12 2 0 1 0 0 15\n二、上年结转政府信息公开申请数量 3 0 0 0 0 / 3\n四、其他事项\n全年共受理申请15件。\n"
        );
        let c = cells(&text);
        assert_eq!(c.len(), 14);
        assert_eq!(
            c[1],
            (
                "一、本年新收政府信息公开申请数量".to_string(),
                "申请人情况 法人或其他组织 商业企业".to_string(),
                "2".to_string()
            )
        );
        assert_eq!(c[6].1, "申请人情况 总计");
        // a placeholder is a cell without a value
        let r = crate::parse(&text);
        assert!(r.tables[0].rows[1].cells[5].value.is_none());
        // the sentence after the table is prose, its number an indicator of its own
        let prose: Vec<_> = r.indicators.iter().filter(|i| i.table.is_none()).collect();
        assert_eq!(prose.len(), 1);
        assert_eq!(prose[0].text, "15件");
        // the prose numbers of the rows are gone: every other indicator is a cell
        assert_eq!(r.indicators.len(), 1 + 13);
    }

    #[test]
    fn one_cell_per_line_with_a_wrapped_label_and_a_page_break() {
        let spaced = format!(
            "{REQUESTS_HEAD}三、本年度办理结果 （一）予以公开 5 0 0 0 0 0 5\n（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2 1 0 0 0 0 3\n"
        );
        let want = cells(&spaced);
        assert_eq!(want.len(), 14);
        assert_eq!(want[0].0, "三、本年度办理结果 （一）予以公开");
        // the group cell carried down, as from a piped row
        assert_eq!(
            want[7].0,
            "三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        );
        // one cell a line, the long label wrapped, a page's footer and header between the rows
        let mut lines = String::from(REQUESTS_HEAD);
        lines.push_str("三、本年度办理结果\n（一）予以公开\n5\n0\n0\n0\n0\n0\n5\n— 2 —\n第 3 页\n");
        lines.push_str(
            "（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\n2\n1\n0\n0\n0\n0\n3\n",
        );
        assert_eq!(cells(&lines), want);
        // the wrapped part after the numbers, when the label is visibly unfinished
        let after = spaced.replace(
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2 1 0 0 0 0 3",
            "（二）部分公开（区分处理的，只计这一情形， 2 1 0 0 0 0 3\n不计其他情形）",
        );
        assert_eq!(cells(&after), want);
    }

    #[test]
    fn a_header_written_again_on_the_next_page_and_a_layouts_wrapped_cells() {
        let spaced = format!(
            "{REQUESTS_HEAD}一、本年新收政府信息公开申请数量 6 1 0 0 0 0 7\n二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n"
        );
        let want = cells(&spaced);
        assert_eq!(want.len(), 14);
        // one cell a line, the page's number, `续表` and the whole header again between the rows
        let mut lines = String::from("三、收到和处理政府信息公开申请情况\n");
        let head = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n";
        lines.push_str(head);
        lines.push_str("一、本年新收政府信息公开申请数量\n6\n1\n0\n0\n0\n0\n7\n— 2 —\n续表\n");
        lines.push_str(head);
        lines.push_str("二、上年结转政府信息公开申请数量\n1\n0\n0\n0\n0\n0\n1\n");
        assert_eq!(cells(&lines), want);
        // a layout (pdftotext -layout): the corner wrapped around 申请人情况, and the long
        // label's last word under its row
        let layout = "三、收到和处理政府信息公开申请情况\n  （本列数据的勾稽关系为：第一    申请人情况\n  项加第二项之和，等于第三项加第四项之和）\n  自然人    法人或其他组织    总计\n  商业企业    科研机构    社会公益组织    法律服务机构    其他\n  一、本年新收政府信息公开申请    6    1    0    0    0    0    7\n  数量\n  二、上年结转政府信息公开申请    1    0    0    0    0    0    1\n  数量\n";
        assert_eq!(cells(layout), want);
    }

    #[test]
    fn a_numbered_line_after_the_table_is_not_its_row() {
        let text = format!(
            "{REQUESTS_HEAD}一、本年新收政府信息公开申请数量 12 2 0 1 0 0 15\n（一）下一步工作\n继续做好依申请公开工作。\n"
        );
        let c = cells(&text);
        assert_eq!(c.len(), 7);
        assert!(mismatches(&text).is_empty());
        // the table's span ends at its last number
        let r = crate::parse(&text);
        assert_eq!(r.tables[0].span.slice(&text).rsplit(' ').next(), Some("15"));
    }

    #[test]
    fn a_missing_cell_leaves_the_table_unread_with_a_diagnostic() {
        let text = format!(
            "{REQUESTS_HEAD}一、本年新收政府信息公开申请数量 12 2 0 1 0 15\n二、上年结转政府信息公开申请数量 3 0 0 0 0 0 3\n"
        );
        let m = left_unread(&text);
        assert_eq!(m.len(), 1);
        assert!(
            m[0].contains("`一、本年新收政府信息公开申请数量` has 6 numbers for 7 columns"),
            "{m:?}"
        );
        // one number too many, in the one-cell-per-line shape
        let extra =
            format!("{REQUESTS_HEAD}一、本年新收政府信息公开申请数量\n1\n1\n0\n0\n0\n0\n2\n9\n");
        assert_eq!(left_unread(&extra).len(), 1);
    }

    #[test]
    fn a_row_the_template_does_not_have_is_a_mismatch() {
        let text = format!("{REQUESTS_HEAD}三、本年度办理结果 （二）转交办理 1 0 0 0 0 0 1\n");
        let m = left_unread(&text);
        assert!(m[0].contains("not one of the template's"), "{m:?}");
    }

    #[test]
    fn review_row_of_fifteen_numbers() {
        let head = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n";
        let outcomes = "结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n".repeat(2);
        let nums: Vec<String> = (0..15).map(|i| (i % 4).to_string()).collect();
        let text = format!("{head}{outcomes}{}\n五、存在的问题\n", nums.join("\n"));
        let c = cells(&text);
        assert_eq!(c.len(), 15);
        assert_eq!(c[0].1, "行政复议 结果维持");
        assert_eq!(c[5].1, "行政诉讼 未经复议直接起诉 结果维持");
        assert_eq!(c[14].1, "行政诉讼 复议后起诉 总计");
        assert_eq!(c[14].2, "2");
        // fourteen numbers do not fill the row
        let short = format!("{head}{outcomes}{}\n五、存在的问题\n", nums[..14].join(" "));
        assert!(left_unread(&short)[0].contains("14 numbers for 15 columns"));
    }

    #[test]
    fn active_sub_tables_under_their_captions() {
        let text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 0 4\n行政规范性文件 12 3 40\n第二十条第（八）项\n信息内容 本年收费金额（单位：\n万元）\n行政事业性收费 36.5\n三、收到和处理政府信息公开申请情况\n";
        let r = crate::parse(text);
        assert_eq!(r.tables.len(), 2);
        assert_eq!(r.tables[0].caption, ["第二十条第（一）项"]);
        let c = cells(text);
        assert_eq!(c.len(), 7);
        assert_eq!(
            c[4],
            (
                "行政规范性文件".to_string(),
                "本年废止件数".to_string(),
                "3".to_string()
            )
        );
        let fee = &r.tables[1].rows[0].cells[0];
        assert_eq!(fee.col_label, "本年收费金额（单位：万元）");
        assert_eq!(fee.normalized.unwrap().to_string(), "365000");
        assert_eq!(fee.unit.as_deref(), Some("元"));
    }

    #[test]
    fn the_subtotal_layout_with_the_corner_cell_read_late() {
        // one cell a line; the page put the corner cell after the first column names
        let text = "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n（本列数据的勾稽关系为：\n第一项加第二项之和，等于第三项加第四项之和）\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n小计\n一、本年新收政府信息公开申请数量\n4\n1\n0\n0\n2\n0\n3\n7\n三、本年度办理结果\n（一）予以公开\n4\n1\n0\n0\n2\n0\n3\n7\n（七）总计\n4\n1\n0\n0\n2\n0\n3\n7\n四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n0\n";
        let c = cells(text);
        assert_eq!(c.len(), 32);
        assert_eq!(c[0].1, "申请人情况 自然人");
        assert_eq!(c[6].1, "申请人情况 法人或其他组织 小计");
        assert_eq!(c[6].2, "3");
        assert_eq!(c[7].1, "申请人情况 总计");
        let g = holding_record(text);
        assert_eq!(g.layout, "subtotal");
        assert_eq!(g.tables["requests"]["received"]["org_subtotal"].raw, "3");
        // seven numbers under eight columns
        let short = text.replacen("3\n7\n", "7\n", 1);
        assert!(left_unread(&short)[0].contains("7 numbers for 8 columns"));
    }

    #[test]
    fn review_header_in_the_order_a_page_gives_it() {
        // the ways to court read before the 复议 outcomes, under a caption line and a unit line
        let text = "四、政府信息公开行政复议、行政诉讼情况\n表4 行政复议、行政诉讼情况\n单位：件\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n3 1 0 0 4 2 0 0 1 3 0 0 0 0 0\n五、存在的问题\n";
        let c = cells(text);
        assert_eq!(c.len(), 15);
        assert_eq!(c[4].1, "行政复议 总计");
        assert_eq!(c[5].1, "行政诉讼 未经复议直接起诉 结果维持");
        assert_eq!(c[9].1, "行政诉讼 未经复议直接起诉 总计");
        let g = holding_record(text);
        let rl = &g.tables["review_litigation"];
        assert_eq!(rl["review"]["total"].raw, "4");
        assert_eq!(rl["litigation_direct"]["total"].raw, "3");
    }

    #[test]
    fn request_header_words_in_the_order_a_page_gives_them() {
        // 总计 read after the 法人 columns, 其他 before 商业企业
        let text = "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 法人或其他组织\n其他 商业企业 科研机构 社会公益组织 法律服务机构\n总计\n一、本年新收政府信息公开申请数量 12 2 0 1 0 0 15\n";
        let c = cells(text);
        let cols: Vec<&str> = c.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(
            cols,
            [
                "申请人情况 自然人",
                "申请人情况 法人或其他组织 商业企业",
                "申请人情况 法人或其他组织 科研机构",
                "申请人情况 法人或其他组织 社会公益组织",
                "申请人情况 法人或其他组织 法律服务机构",
                "申请人情况 法人或其他组织 其他",
                "申请人情况 总计",
            ]
        );
        assert_eq!(c[6].2, "15");
    }

    #[test]
    fn active_sub_tables_without_captions() {
        let text = "二、主动公开政府信息情况\n信息内容 本年处理决定数量\n行政许可 310\n信息内容 本年处理决定数量\n行政处罚 27\n行政强制 /\n三、收到和处理政府信息公开申请情况\n";
        let r = crate::parse(text);
        assert_eq!(r.tables.len(), 2);
        let c = cells(text);
        assert_eq!(c.len(), 3);
        assert_eq!(c[2].0, "行政强制");
        assert!(r.tables[1].rows[1].cells[0].value.is_none());
    }

    #[test]
    fn wrapped_parts_stop_at_the_longest_cell() {
        // a label left open, then a thousand short lines: not one label, and no quadratic work
        let mut text = String::from(REQUESTS_HEAD);
        text.push_str("一、本年新收政府信息公开申请数量（ 1 0 0 0 0 0 1\n");
        text.push_str(&"其余情形，\n".repeat(1000));
        let r = crate::parse(&text);
        assert_eq!(r.tables.len(), 1);
        let label = &r.tables[0].rows[0].label[0];
        assert!(label.len() <= MAX_CELL_BYTES, "{}", label.len());
    }

    #[test]
    fn a_heading_over_prose_or_over_a_piped_table_adds_nothing() {
        let prose = "三、收到和处理政府信息公开申请情况\n本年度共收到申请15件，均按时答复。\n";
        let r = crate::parse(prose);
        assert!(r.tables.is_empty() && mismatches(prose).is_empty());
        assert_eq!(r.indicators.len(), 1);
        let piped = "四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | 行政诉讼 |\n| 结果维持 | 总计 | 结果维持 | 总计 |\n| 1 | 1 | 0 | 0 |\n";
        let r = crate::parse(piped);
        assert_eq!(r.tables.len(), 1);
        assert_eq!(r.tables[0].cells().count(), 4);
        assert!(mismatches(piped).is_empty());
        // no template heading: numbers alone on their lines stay prose
        let none = "一、概况\n规章 1 0 4\n";
        assert!(crate::parse(none).tables.is_empty());
    }
}
