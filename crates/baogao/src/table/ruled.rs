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

use super::{build, is_caption, parse_value, RawCell, RowLine, Table};
use crate::model::{Report, SectionPath};
use crate::span::Span;
use crate::text::is_space;

/// The longest cell the reader takes, in characters: a longer line is prose.
const MAX_CELL_CHARS: usize = 40;
/// More cells than a run of a page's table has: the run is cut there.
const MAX_RUN: usize = 512;
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
/// figures, at least two rows. `None` for any other shape.
fn rows_of(run: &[RunCell]) -> Option<(Vec<String>, Vec<RowLine>)> {
    let first = run.iter().position(|c| is_figure(&c.cell.text))?;
    let label = first.checked_sub(1)?;
    let mut rows: Vec<&[RunCell]> = Vec::new();
    let mut at = label;
    while at < run.len() {
        let figures = run[at + 1..]
            .iter()
            .take_while(|c| is_figure(&c.cell.text))
            .count();
        rows.push(&run[at..at + 1 + figures]);
        at += 1 + figures;
    }
    let m = rows[0].len() - 1;
    if m == 0 || rows.len() < 2 || rows.iter().any(|r| r.len() != m + 1) {
        return None;
    }
    let before = &run[..label];
    let width = if before.len() > m && !is_caption(&before[label - m - 1].cell.text) {
        m + 1
    } else {
        m
    };
    if before.len() < m {
        return None;
    }
    let (captions, header) = before.split_at(label - width);
    if header.iter().any(|c| is_caption(&c.cell.text)) {
        return None;
    }
    let line_of = |cells: &[RunCell]| {
        let mut raw: Vec<RawCell> = cells.iter().map(|c| c.cell.clone()).collect();
        if raw.len() == m {
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
    let captions = captions.iter().map(|c| c.cell.text.clone()).collect();
    Some((captions, written))
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
    let mut pos = 0;
    let mut line_no = 1;
    for raw in crate::text::split_lines_inclusive(text) {
        let (start, this) = (pos, line_no);
        pos += raw.len();
        let line = raw.trim_end_matches(crate::text::is_line_break);
        if raw.len() > line.len() {
            line_no += 1;
        }
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
    let existing: Vec<Span> = tables.iter().map(|t| t.span).collect();
    let blocks = super::blocks_in_order(report);
    let section = |at: usize| -> SectionPath {
        let i = blocks.partition_point(|b| b.0.start <= at);
        i.checked_sub(1)
            .map(|i| blocks[i].2.clone())
            .unwrap_or_default()
    };
    let before = tables.len();
    for run in &runs {
        if tables.len() - before >= MAX_TABLES {
            break;
        }
        let Some((captions, written)) = rows_of(run) else {
            continue;
        };
        let span = Span::new(
            written.first().map_or(0, |r| r.span.start),
            written.last().map_or(0, |r| r.span.end),
        );
        if existing
            .iter()
            .any(|e| e.start < span.end && span.start < e.end)
        {
            continue;
        }
        tables.push(build(captions, written, section(span.start)));
    }
    if tables.len() > before {
        crate::sort::by_key(tables, |t| (t.span.start, 0));
    }
}
