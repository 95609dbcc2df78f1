//! Tables laid out one cell per line with a rule line (`|` alone) after each cell, as a web
//! page's table saved as text may give them (READING4 #2):
//!
//! ```text
//! 指标 ⏎ | ⏎ 绝对数 ⏎ | ⏎ 比上年增长% ⏎ | ⏎ 生产总值 ⏎ | ⏎ 295.4 ⏎ | ⏎ 7.7 ⏎ | ⏎ 第一产业 ⏎ | ⏎ 24.4 ⏎ | …
//! ```
//!
//! Such a run has no row breaks: the rows are found by their shape, every row a label then the
//! same number of figures, and the header the cells before the first row (one cell per
//! column, the corner over the labels included or lost); any cells before the header are its
//! captions. A run of another shape (a label without figures, rows of different lengths, a
//! header of another width) is no table and is left as it is.
//!
//! PDF text copied without its layout (pdftotext without `-layout`, a PDF viewer's copy) gives a
//! table the same way with no rule between the cells, blank lines at most:
//!
//! ```text
//! 表1　主要农产品产量 ⏎ 单位：万吨 ⏎ 产品名称 ⏎ 产量 ⏎ 比上年增长（%） ⏎ 粮食 ⏎ 128.7 ⏎ 1.9 ⏎ 油料 ⏎ 9.6 ⏎ …
//! ```
//!
//! Such a run is a run of short lines that are no sentence (no 。，；！？); its rows are read
//! from the first figure on while each is a label and the same number of figures, and its
//! captions are the caption lines (`表1 …`, `单位：…`) before the header: the run's other lines
//! (a title, a short line of prose above the table) are no part of it.

use super::{build, is_caption, parse_value, RawCell, RowLine, Table};
use crate::model::{Report, SectionPath};
use crate::span::Span;
use crate::text::is_space;

/// The longest cell the reader takes, in characters: a longer line is prose.
const MAX_CELL_CHARS: usize = 40;
/// More cells than a run of a page's table has: the run is cut there.
const MAX_RUN: usize = 512;
/// The most tables read from one run without rules (and the most times it is read again after
/// a part that is no table).
const MAX_TABLES_PER_RUN: usize = 16;
/// The most tables read from runs in one text (each is checked against the tables read from
/// rows, which bounds that work).
const MAX_TABLES: usize = 64;

/// One cell of a run: its text and span, and its line.
struct RunCell {
    cell: RawCell,
    line: usize,
}

/// A figure in a cell: a number with or without a unit, or a placeholder.
fn is_figure(s: &str) -> bool {
    matches!(s, "/" | "-" | "--" | "—" | "——") || parse_value(s).is_some()
}

/// The rows of a run of cells, when they have the shape of a table: the cells before the first
/// figure are captions, then the header (its last `m + 1` cells, or `m` when the corner was
/// lost), then the first row's label; every row after it is a label and the same `m ≥ 1`
/// figures, at least two rows. `None` for any other shape. Gives the captions, the rows as
/// written (the header first) and how many cells of `run` the table takes.
///
/// `stacked` (a run without rules, see the module's doc): the rows end at the first that has
/// another number of figures (the run's lines after them are not the table's), and only the
/// caption lines before the header are its captions.
fn rows_of(run: &[RunCell], stacked: bool) -> Option<(Vec<String>, Vec<RowLine>, usize)> {
    // (Without rules, a row may also be a label, a unit and its figures: a 计量单位 column.)
    rows_with(run, stacked, 0).or_else(|| stacked.then(|| rows_with(run, true, 1)).flatten())
}

/// [`rows_of`] for rows of a label, `lead` more cells of text (a unit column) and the figures.
fn rows_with(
    run: &[RunCell],
    stacked: bool,
    lead: usize,
) -> Option<(Vec<String>, Vec<RowLine>, usize)> {
    let texts = 1 + lead;
    let first = run.iter().position(|c| is_figure(&c.cell.text))?;
    let label = first.checked_sub(texts)?;
    let mut rows: Vec<&[RunCell]> = Vec::new();
    let mut at = label;
    while at + texts <= run.len() {
        if run[at + 1..at + texts]
            .iter()
            .any(|c| is_figure(&c.cell.text))
        {
            break;
        }
        let figures = run[at + texts..]
            .iter()
            .take_while(|c| is_figure(&c.cell.text))
            .count();
        if stacked && rows.first().is_some_and(|r| r.len() != texts + figures) {
            break;
        }
        rows.push(&run[at..at + texts + figures]);
        at += texts + figures;
    }
    let m = rows.first()?.len() - texts;
    if m == 0 || rows.len() < 2 || rows.iter().any(|r| r.len() != m + texts) {
        return None;
    }
    // a unit column holds short words (`万吨`, `亿千瓦时`)
    if lead > 0 && rows.iter().any(|r| r[1].cell.text.chars().count() > 6) {
        return None;
    }
    let mut before = &run[..label];
    // `续表1` between the header and the rows (the header on one page, the rows on the next)
    if stacked
        && before
            .last()
            .is_some_and(|c| c.cell.text.starts_with("续表"))
    {
        before = &before[..before.len() - 1];
    }
    let cols = m + lead;
    let width = if before.len() > cols && !is_caption(&before[before.len() - cols - 1].cell.text) {
        cols + 1
    } else {
        cols
    };
    if before.len() < cols {
        return None;
    }
    let (captions, header) = before.split_at(before.len() - width);
    if header.iter().any(|c| is_caption(&c.cell.text)) {
        return None;
    }
    // (Without rules, a short line above the rows may be a heading: `（一）…` is no header cell.)
    if stacked
        && header
            .iter()
            .any(|c| crate::marker::marker_parts(&c.cell.text, false).is_ok())
    {
        return None;
    }
    let line_of = |cells: &[RunCell]| {
        let mut raw: Vec<RawCell> = cells.iter().map(|c| c.cell.clone()).collect();
        if raw.len() == cols {
            // the corner over the labels, lost: an empty one, which the builder drops
            let at = raw[0].span.start;
            raw.insert(
                0,
                RawCell {
                    text: String::new(),
                    span: Span::new(at, at),
                },
            );
        }
        let span = Span::new(
            raw.first().map_or(0, |c| c.span.start),
            raw.last().map_or(0, |c| c.span.end),
        );
        RowLine {
            line: cells[0].line,
            cells: raw,
            span,
        }
    };
    let mut written = vec![line_of(header)];
    written.extend(rows.iter().map(|r| line_of(r)));
    // (`续表1`: the caption of a table's part after a page break)
    let caption = |c: &RunCell| is_caption(&c.cell.text) || c.cell.text.starts_with("续表");
    let captions = match captions.iter().position(caption) {
        Some(k) if stacked => &captions[k..],
        _ if stacked => &[],
        _ => captions,
    };
    let captions = captions.iter().map(|c| c.cell.text.clone()).collect();
    Some((captions, written, at.min(run.len())))
}

/// The lines of `text[from..]` with where each starts and its 1-based number (the first is
/// numbered `line`), without their line breaks.
fn numbered_lines(
    text: &str,
    from: usize,
    line: usize,
) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut pos = from;
    let mut line_no = line;
    crate::text::split_lines_inclusive(&text[from..]).map(move |raw| {
        let (start, this) = (pos, line_no);
        pos += raw.len();
        let line = raw.trim_end_matches(crate::text::is_line_break);
        if raw.len() > line.len() {
            line_no += 1;
        }
        (start, this, line)
    })
}

/// Reads the runs of cells each followed by a rule line into tables, adding those that fit
/// (see [`rows_of`]) and overlap no table read from rows to `tables`, in text order.
///
/// `pipes`: whether the text may hold a `|` (`false` when the outline found none).
pub(super) fn read(text: &str, report: &Report, pipes: bool, tables: &mut Vec<Table>) {
    // a text without a rule line alone (most reports, and those whose tables have pipes
    // between cells) is not walked line by line
    let bytes = text.as_bytes();
    if !pipes
        || memchr::memmem::find(bytes, b"\n|\n").is_none()
            && memchr::memmem::find(bytes, b"\n|\r").is_none()
    {
        return;
    }
    let mut runs: Vec<Vec<RunCell>> = Vec::new();
    let mut run: Vec<RunCell> = Vec::new();
    let mut waiting: Option<RunCell> = None;
    let flush = |run: &mut Vec<RunCell>, runs: &mut Vec<Vec<RunCell>>| {
        if run.len() >= 6 {
            runs.push(std::mem::take(run));
        }
        run.clear();
    };
    for (start, this, line) in numbered_lines(text, 0, 1) {
        let t = line.trim_matches(is_space);
        if t == "|" {
            // the rule after a cell; a rule after a rule ends the run
            match waiting.take() {
                Some(c) if run.len() < MAX_RUN => run.push(c),
                _ => flush(&mut run, &mut runs),
            }
            continue;
        }
        // a cell not followed by its rule, a blank line or a long line ends the run
        if waiting.take().is_some() {
            flush(&mut run, &mut runs);
        }
        if t.is_empty() || t.contains('|') || t.chars().count() > MAX_CELL_CHARS {
            flush(&mut run, &mut runs);
            continue;
        }
        let from = start + (line.len() - line.trim_start_matches(is_space).len());
        waiting = Some(RunCell {
            cell: RawCell {
                text: t.to_string(),
                span: Span::new(from, from + t.len()),
            },
            line: this,
        });
    }
    flush(&mut run, &mut runs);
    if runs.is_empty() {
        return;
    }
    let mut adder = Adder::new(report, tables);
    for run in &runs {
        adder.add(run, false, tables);
    }
    adder.finish(tables);
}

/// Whether `t` (a trimmed line) may be a cell of a table written one cell per line without
/// rules: short, and no sentence (no 。，；！？, no pipe or tab of a row).
fn is_stacked_cell(t: &str) -> bool {
    t.len() <= MAX_CELL_CHARS * 3
        && t.chars().count() <= MAX_CELL_CHARS
        && !t.contains(chars!['。', '，', '；', '！', '？', '|', '\t'])
        && !holds_spaced_figures(t)
}

/// Whether `t` holds figures among words parted by spaces (`0 0 0`, `一、本年新收 3 0 1`): a
/// row written on one line, or a part of one, not one cell. (`128.7 万吨` is one figure.)
fn holds_spaced_figures(t: &str) -> bool {
    t.contains(is_space)
        && !is_figure(t)
        && t.split(is_space).filter(|w| !w.is_empty()).any(is_figure)
}

/// Reads the runs of cells one per line without rules (PDF text copied without its layout; see
/// the module's doc) into tables, adding those that fit and overlap no table read already.
///
/// ```text
/// 表1 主要农产品产量 ⏎ 产品名称 ⏎ 产量 ⏎ 粮食 ⏎ 128.7 ⏎ 油料 ⏎ 9.6  →  粮食 / 产量 = 128.7, 油料 / 产量 = 9.6
/// ```
///
/// The lines are walked once to find the runs, holding only where the current one starts; a run
/// with two figures or more is walked again for its cells, one run at a time (a text of short
/// lines holds no more than that run's cells at any time).
pub(super) fn read_stacked(text: &str, report: &Report, tables: &mut Vec<Table>) {
    // Such a table has figures alone on their lines: a text with fewer than two lines that hold
    // only a number (most reports) has none and is not walked line by line.
    let bytes = text.as_bytes();
    let figure_lines = memchr::memchr_iter(b'\n', bytes)
        .filter(|&k| figure_line_at(bytes, k + 1))
        .take(2)
        .count();
    if figure_lines < 2 {
        return;
    }
    // the run being walked: where it starts (byte, line), its cells and figures so far
    let mut run: Option<(usize, usize)> = None;
    let (mut cells, mut figures) = (0, 0);
    let mut adder: Option<Adder> = None;
    let mut close = |run: &mut Option<(usize, usize)>, end: usize, cells: usize, figures: usize| {
        if let Some((from, line)) = run.take() {
            // (a header cell and a label at least: a run of figures alone is no table)
            if cells >= 6 && figures >= 2 && cells - figures >= 2 {
                let cells = stacked_cells(text, from, end, line);
                adder
                    .get_or_insert_with(|| Adder::new(report, tables))
                    .add(&cells, true, tables);
            }
        }
    };
    for (start, this, line) in numbered_lines(text, 0, 1) {
        let t = stacked_text(line);
        if t.is_empty() || crate::meta::is_page_marker(t) {
            // blank lines and a page's number line (`— 3 —`) may stand between the cells
            continue;
        }
        if !is_stacked_cell(t) || cells >= MAX_RUN {
            close(&mut run, start, cells, figures);
            (cells, figures) = (0, 0);
            if !is_stacked_cell(t) {
                continue;
            }
        }
        run.get_or_insert((start, this));
        cells += 1;
        figures += usize::from(is_figure(t));
    }
    close(&mut run, text.len(), cells, figures);
    if let Some(adder) = adder {
        adder.finish(tables);
    }
}

/// Whether the line starting at byte `at` holds only a number in ASCII (`128.7`, `-2.3`,
/// `1,250`, `6.5%`), spaces around it allowed: a test of its first bytes for most lines.
fn figure_line_at(bytes: &[u8], at: usize) -> bool {
    let line = &bytes[at.min(bytes.len())..];
    let line = &line[line
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count()..];
    if !line
        .first()
        .is_some_and(|b| b.is_ascii_digit() || *b == b'-')
    {
        return false;
    }
    let end = line
        .iter()
        .take(24)
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(line.len().min(24));
    // (a line longer than 24 bytes, or running on past them, is no figure alone)
    (end < 24 || end == line.len())
        && line[..end].iter().any(u8::is_ascii_digit)
        && line[..end]
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'%' | b' '))
}

/// A line of a run without rules, trimmed (and without the form feed that opens a page of PDF
/// text).
fn stacked_text(line: &str) -> &str {
    line.trim_matches(|c: char| is_space(c) || c == '\u{c}')
}

/// The cells of the run of lines `text[from..to]` (its first line numbered `line`), read as
/// [`read_stacked`] walked them.
fn stacked_cells(text: &str, from: usize, to: usize, line_no: usize) -> Vec<RunCell> {
    let mut cells = Vec::new();
    for (start, this, line) in numbered_lines(&text[..to], from, line_no) {
        let t = stacked_text(line);
        if t.is_empty() || crate::meta::is_page_marker(t) {
            continue;
        }
        let at = start + (t.as_ptr() as usize - line.as_ptr() as usize);
        cells.push(RunCell {
            cell: RawCell {
                text: t.to_string(),
                span: Span::new(at, at + t.len()),
            },
            line: this,
        });
    }
    cells
}

/// The titles of the sections open at byte `at` of the text: at each depth, the last section
/// whose heading starts there or before. (Found down the tree, not from a list of the outline's
/// blocks: a text of short lines has a block per few bytes, more than the memory bound leaves.)
fn section_at(report: &Report, at: usize) -> SectionPath {
    let mut path = Vec::new();
    let mut level: &[crate::model::Section] = &report.sections;
    while let Some(s) = level
        .partition_point(|s| s.heading.span.start <= at)
        .checked_sub(1)
        .map(|i| &level[i])
    {
        path.push(s.heading.title.clone());
        level = &s.children;
    }
    SectionPath::from(path)
}

/// Adds the tables of runs that have a table's shape (see [`rows_of`]) to the tables read
/// before (from rows, the template), but those that overlap one of these; at most
/// [`MAX_TABLES`] in a text. [`Adder::finish`] puts them in text order.
struct Adder<'r> {
    report: &'r Report,
    /// The spans of the tables read before.
    existing: Vec<Span>,
    added: usize,
}

impl<'r> Adder<'r> {
    fn new(report: &'r Report, tables: &[Table]) -> Self {
        Adder {
            report,
            existing: tables.iter().map(|t| t.span).collect(),
            added: 0,
        }
    }

    /// Reads the tables of `run` into `tables`. A run without rules (`stacked`) may hold more
    /// than one table (`续表1` and the header again after a page break, a second table right
    /// below): the cells after a table's last row are read again, a few times at most, and a
    /// continued table (`续表1`) has its first part's captions and unit.
    fn add(&mut self, run: &[RunCell], stacked: bool, tables: &mut Vec<Table>) {
        let mut rest = run;
        let mut last_captions: Vec<String> = Vec::new();
        for _ in 0..if stacked { MAX_TABLES_PER_RUN } else { 1 } {
            if self.added >= MAX_TABLES || rest.is_empty() {
                break;
            }
            let Some((mut captions, written, used)) = rows_of(rest, stacked) else {
                // past the first figure, to a table further down the run
                match rest.iter().position(|c| is_figure(&c.cell.text)) {
                    Some(k) => {
                        rest = &rest[k + 1..];
                        continue;
                    }
                    None => break,
                }
            };
            rest = &rest[used..];
            if !captions.is_empty() && captions.iter().all(|c| c.starts_with("续表")) {
                captions = last_captions.clone();
            }
            last_captions.clone_from(&captions);
            // (the 政府信息公开 template's table is the template reader's, read or not)
            let template = |r: &RowLine| {
                r.cells
                    .iter()
                    .any(|c| super::template::is_template_word(&c.text))
            };
            if stacked && written.first().is_some_and(template) {
                continue;
            }
            let span = Span::new(
                written.first().map_or(0, |r| r.span.start),
                written.last().map_or(0, |r| r.span.end),
            );
            if self
                .existing
                .iter()
                .any(|e| e.start < span.end && span.start < e.end)
            {
                continue;
            }
            tables.push(build(
                captions,
                written,
                section_at(self.report, span.start),
            ));
            self.added += 1;
        }
    }

    /// Puts `tables` in text order when a table was added.
    fn finish(self, tables: &mut Vec<Table>) {
        if self.added > 0 {
            crate::sort::by_key(tables, |t| (t.span.start, 0));
        }
    }
}
