//! Tables whose columns are aligned with runs of spaces, as `pdftotext -layout` writes a PDF's
//! table or a Word table pasted as text gives it:
//!
//! ```text
//! 指标名称            单位        绝对数      比上年增长（%）
//! 地区生产总值        亿元        1234.5      6.5
//! 第一产业增加值      亿元        123.4       3.2
//! ```
//!
//! A line is never a row on its own evidence: a run of two spaces also stands in justified
//! prose, in a signature (`局长  张三`) or an address block. Rows are found on the evidence of
//! the document ([`Aligned::find`]):
//! - a *candidate line* holds a gap inside it: a run of two or more spaces (U+0020, U+3000 or
//!   NBSP; a tab counts as a gap alone), no `。`, no pipe, at most [`MAX_CELL`] characters a
//!   cell, at most [`MAX_LINE`] bytes, and its first cell is no caption (`表1`, `单位：`);
//! - candidate lines next to each other (blank lines may stand between them) form a group;
//! - a group is a table when it has at least three lines, at least two hold a number cell, and
//!   its columns are consistent: the display columns (a CJK character is two wide) that are
//!   blank in every line of the group — the classic intersection of whitespace columns of a
//!   layout table — split it into at least two columns, and no line has two cells in one
//!   column. Numbers right-aligned under left-aligned labels share the columns' gaps, and an
//!   empty cell, which is only more spaces, lands in its column (as an empty cell).
//!
//! Two aligned lines alone are not a table (a header and one row, or a signature and an
//! address): their evidence is as often a two-line address block, and their figures stay read
//! as prose. Under a caption (`表3 …`, `单位：万元`, `第二十条第（五）项`: the 政府信息公开
//! template's one-row tables) the caption is the evidence, and two lines with one number row
//! are a table.
//!
//! The search is linear: one search over the text per kind of run (the gate: a text with no
//! run of two spaces, most reports, costs those searches only), each hit resolved by looking
//! at its run and, for a run inside a line, its line once; each candidate line is split once,
//! and each group's columns are counted once.

use crate::span::Span;

/// The longest line (in bytes) read as a row: a table row of a report is far shorter, and the
/// column counts of a group stay bounded by it.
pub(crate) const MAX_LINE: usize = 1024;

/// The longest cell (in characters) of a row: a longer piece is running text.
pub(crate) const MAX_CELL: usize = 40;

/// The most cells of a row (as the table reader's bound).
const MAX_CELLS: usize = 64;

/// The most blank lines that may stand between two rows of one table.
const MAX_BLANKS: usize = 2;

/// The rows of the aligned tables of a text, in text order. A row keeps only where its line
/// starts and which table it is of: its cells are split again when asked for (see
/// [`Aligned::cells`]), so that a text of many rows holds no copy of its cells here.
#[derive(Debug, Clone, Default)]
pub(crate) struct Aligned {
    /// (line start, table) of each row, by line start.
    rows: Vec<(usize, u32)>,
    /// The columns of each table.
    tables: Vec<Columns>,
}

/// The columns of an aligned table: the display column each gap starts at, and, for a table
/// whose top lines hold cells spanning columns, the display columns each column's cells cover
/// in the lines below (empty otherwise).
#[derive(Debug, Clone, Default)]
struct Columns {
    gaps: Vec<usize>,
    extents: Vec<(usize, usize)>,
}

impl Aligned {
    /// Finds the aligned tables of `text`. `ascii`: whether the text may hold a run of ASCII
    /// spaces (two, or one next to a tab: the outline's pass over the bytes below 0x21 finds
    /// them, see `text::low_bytes`); `wide`: whether it may hold a run of two U+3000 or two NBSP
    /// (the outline's one pass over the text for its anchor words finds them, see
    /// `enumeration::Anchors`). Only the runs a text may hold are searched for: most reports
    /// hold none, and cost no search here.
    pub(crate) fn find(text: &str, ascii: bool, wide: bool) -> Aligned {
        let mut starts = Vec::new();
        if ascii {
            ascii_run_lines(text, &mut starts);
        }
        if wide {
            for pat in ["\u{3000}\u{3000}", "\u{a0}\u{a0}"] {
                let finder = memchr::memmem::Finder::new(pat.as_bytes());
                run_lines(
                    text,
                    &|from| finder.find(&text.as_bytes()[from..]),
                    &mut starts,
                );
            }
        }
        let mut out = Aligned::default();
        if starts.is_empty() {
            return out;
        }
        crate::sort::unstable(&mut starts);
        starts.dedup();
        let mut group = Group::default();
        for start in starts {
            let Some(c) = candidate(text, start) else {
                continue;
            };
            if !group.starts.is_empty() && !only_blank_lines(&text[group.end..start]) {
                group.finish(text, &mut out);
            }
            group.add(text, &c);
        }
        group.finish(text, &mut out);
        out
    }

    /// Whether no aligned row was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Whether the line starting at byte `start` is a row.
    pub(crate) fn is_row(&self, start: usize) -> bool {
        !self.rows.is_empty() && self.rows.binary_search_by_key(&start, |r| r.0).is_ok()
    }

    /// The cells of the row whose line starts at byte `start` of `text` (the text it was found
    /// in), one per column of its table, trimmed (an empty cell is an empty span at the end of
    /// the cell before it); `None` when the line is no row.
    #[inline]
    pub(crate) fn cells(&self, text: &str, start: usize) -> Option<Vec<Span>> {
        if self.rows.is_empty() {
            return None;
        }
        let i = self.rows.binary_search_by_key(&start, |r| r.0).ok()?;
        let columns = &self.tables[self.rows[i].1 as usize];
        cells_of(text, &candidate(text, start)?, columns)
    }
}

/// Candidate lines next to each other, as they are read: their starts, how many hold a number
/// cell, and which display columns any of their pieces covers.
#[derive(Debug, Default)]
struct Group {
    starts: Vec<usize>,
    /// Where the last line ends.
    end: usize,
    numbered: usize,
    /// Whether a piece covers each column (up to `right`; cleared after each group).
    covered: Vec<bool>,
    left: usize,
    right: usize,
}

impl Group {
    /// Adds a candidate line.
    fn add(&mut self, text: &str, c: &Candidate) {
        if self.starts.is_empty() {
            self.left = usize::MAX;
        }
        self.starts.push(c.start);
        self.end = c.end;
        self.numbered += usize::from(c.holds_number(text));
        for p in &c.pieces {
            if self.covered.len() < p.to {
                self.covered.resize(p.to, false);
            }
            self.covered[p.from..p.to].fill(true);
            self.left = self.left.min(p.from);
            self.right = self.right.max(p.to);
        }
    }

    /// Reads the group as a table (see the module doc), adding its rows to `out` when it is
    /// one, and empties it for the next group.
    fn finish(&mut self, text: &str, out: &mut Aligned) {
        if let Some(columns) = self.table_columns(text) {
            let table = out.tables.len() as u32;
            out.rows.extend(self.starts.iter().map(|&s| (s, table)));
            out.tables.push(columns);
        }
        self.starts.clear();
        self.covered[..self.right].fill(false);
        (self.numbered, self.right) = (0, 0);
    }

    /// The columns of the group when it is a table.
    fn table_columns(&self, text: &str) -> Option<Columns> {
        // Two lines are a table under a caption only (a header and its row under
        // `第二十条第（五）项`).
        let captioned = self.starts.len() == 2 && caption_above(text, self.starts[0]);
        if self.starts.len() < 3 && !captioned || self.numbered < 2 - usize::from(captioned) {
            return None;
        }
        let gaps = shared_gaps(&self.covered[..self.right], self.left);
        // every line follows the columns
        if let Some(gaps) = gaps.as_ref().filter(|gaps| {
            self.starts
                .iter()
                .all(|&s| candidate(text, s).is_some_and(|c| cells_in_columns(&c, gaps).is_some()))
        }) {
            return Some(Columns {
                gaps: gaps.clone(),
                extents: Vec::new(),
            });
        }
        // Rows off the grid (see `off_grid_gaps`) and header cells spanning columns.
        if !crate::indicator::FINE {
            return None;
        }
        let rows: Vec<Candidate> = self
            .starts
            .iter()
            .map(|&s| candidate(text, s))
            .collect::<Option<_>>()?;
        let full = gaps.map_or(0, |g| g.len());
        // Header lines at the top whose group cells stand centred over the columns they span
        // (`行政复议` over five columns) straddle the gaps of the lines below: the columns are
        // then those of the lines below, when each top line starts its pieces in columns of
        // their own.
        for top in 0..=MAX_SPANNING_HEADER.min(rows.len()) {
            if top > 0 && rows[top - 1].holds_number(text) {
                break;
            }
            let (head, rest) = rows.split_at(top);
            let right = rest.iter().flat_map(|c| &c.pieces).map(|p| p.to).max()?;
            if let Some(mut columns) = off_grid_gaps(text, rest, right, full) {
                if head
                    .iter()
                    .all(|c| cells_in_columns(c, &columns.gaps).is_some())
                {
                    if top == 0 || columns.extents.len() != columns.gaps.len() + 1 {
                        columns.extents.clear();
                    }
                    return Some(columns);
                }
            }
        }
        None
    }
}

/// The most header lines at the top of an aligned table whose cells may span columns.
const MAX_SPANNING_HEADER: usize = 3;

/// The columns of `rows` when rows whose label holds half-width characters (`其中：0-15岁`,
/// `PM2.5浓度`) stand off the grid: a proportional font set them narrower than the columns count
/// them, and their figures close the gaps of the others. The columns are then those of the
/// other rows (two at least), when they are more than the `full` gaps of all the rows and each
/// row off the grid has one piece a column. `right`: the columns the rows cover. The extents are
/// the display columns each column's cells cover in the other rows.
fn off_grid_gaps(text: &str, rows: &[Candidate], right: usize, full: usize) -> Option<Columns> {
    let (grid, off): (Vec<&Candidate>, Vec<&Candidate>) = rows.iter().partition(|c| {
        let label = &text[c.pieces[0].span.start..c.pieces[0].span.end];
        is_number(label) || !label.bytes().any(|b| b.is_ascii_alphanumeric())
    });
    // (The other rows are the evidence of the columns: two of them at least.)
    if grid.len() < 2 {
        return None;
    }
    let mut covered = vec![false; right];
    let mut left = right;
    for p in grid.iter().flat_map(|c| &c.pieces) {
        covered[p.from..p.to].fill(true);
        left = left.min(p.from);
    }
    let tolerant = shared_gaps(&covered, left)?;
    let fits = |c: &&Candidate| cells_in_columns(c, &tolerant).is_some();
    if tolerant.len() <= full
        || !grid.iter().all(fits)
        || !off
            .iter()
            .all(|c| fits(c) || c.pieces.len() == tolerant.len() + 1)
    {
        return None;
    }
    // the runs of covered columns, one a column
    let mut extents = Vec::with_capacity(tolerant.len() + 1);
    for (col, _) in covered.iter().enumerate().skip(left).filter(|c| *c.1) {
        match extents.last_mut() {
            Some((_, to)) if *to == col => *to = col + 1,
            _ => extents.push((col, col + 1)),
        }
    }
    Some(Columns {
        gaps: tolerant,
        extents,
    })
}

/// The cells of a row in its table's columns ([`cells_in_columns`]), or, for a row off the
/// grid that has one piece a column, its pieces in order (with `FINE`).
fn cells_of(text: &str, c: &Candidate, columns: &Columns) -> Option<Vec<Span>> {
    let gaps = &columns.gaps;
    if let Some(cells) = spanning_cells(text, c, &columns.extents) {
        return Some(cells);
    }
    cells_in_columns(c, gaps).or_else(|| {
        (crate::indicator::FINE && c.pieces.len() == gaps.len() + 1)
            .then(|| c.pieces.iter().map(|p| p.span).collect())
    })
}

/// The cells of a header line whose cells span columns (`产量（万吨）` centred over `上半年` and
/// `全年`): each column takes the piece over its cells (`extents`, see [`Columns`]), so that a
/// cell is written in every column it covers, as a web page's grid writes a merged cell (see
/// `table::grid_paths`). `None` when no piece covers two columns' cells, or the line holds a
/// number (a row's label wider than its column is no header cell).
fn spanning_cells(text: &str, c: &Candidate, extents: &[(usize, usize)]) -> Option<Vec<Span>> {
    let over = |p: &Piece, &(from, to): &(usize, usize)| p.from < to && p.to > from;
    if extents.is_empty()
        || !c
            .pieces
            .iter()
            .any(|p| extents.iter().filter(|e| over(p, e)).count() > 1)
        || c.holds_number(text)
    {
        return None;
    }
    let mut at = c.start;
    Some(
        extents
            .iter()
            .map(|e| match c.pieces.iter().find(|p| over(p, e)) {
                Some(p) => {
                    at = p.span.end;
                    p.span
                }
                None => Span::new(at, at),
            })
            .collect(),
    )
}

/// The spaces a layout table pads its columns with.
fn is_gap_char(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// Adds to `starts` the start of each line that holds a run of ASCII spaces and tabs inside it
/// with a space in it and two characters at least (a run of tabs alone is the tab reader's). One
/// `memchr` pass over the spaces of the text (the cheapest search there is: most reports hold
/// few spaces, and no run of them), each looked at with its neighbours.
fn ascii_run_lines(text: &str, starts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let run = |from: usize| {
        let mut at = from;
        while let Some(i) = memchr::memchr(b' ', &bytes[at..]) {
            let hit = at + i;
            let next = bytes.get(hit + 1).copied();
            if matches!(next, Some(b' ' | b'\t')) || hit > 0 && bytes[hit - 1] == b'\t' {
                // the run's start: a tab may open it
                return Some(
                    if hit > 0 && bytes[hit - 1] == b'\t' {
                        hit - 1
                    } else {
                        hit
                    } - from,
                );
            }
            at = hit + 1;
        }
        None
    };
    run_lines(text, &run, starts);
}

/// Adds to `starts` the start of each line that holds a run `find` finds (the offset of the
/// next run from a byte on) inside it, not only in its indentation or after its last character.
/// Each hit's run is skipped whole, and a line is looked up once (the next search starts at its
/// end).
fn run_lines(text: &str, find: &dyn Fn(usize) -> Option<usize>, starts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(i) = find(pos) {
        let hit = pos + i;
        let run_end = hit
            + text[hit..]
                .find(|c: char| !is_gap_char(c))
                .unwrap_or(text.len() - hit);
        pos = run_end.max(hit + 1);
        let leading = text[..hit]
            .chars()
            .rev()
            .find(|&c| !is_gap_char(c))
            .is_none_or(|c| c == '\n');
        let trailing = text[run_end..]
            .chars()
            .next()
            .is_none_or(|c| c == '\n' || c == '\r');
        if leading || trailing {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..hit]).map_or(0, |n| n + 1);
        starts.push(start);
        pos = memchr::memchr(b'\n', &bytes[run_end..]).map_or(text.len(), |n| run_end + n);
    }
}

/// Whether `s`, the text between two candidate lines, holds only blank lines (at most
/// [`MAX_BLANKS`] of them).
fn only_blank_lines(s: &str) -> bool {
    let mut breaks = 0;
    for c in s.chars() {
        if c == '\n' {
            breaks += 1;
            if breaks > MAX_BLANKS + 1 {
                return false;
            }
        } else if !crate::text::is_space(c) && c != '\r' {
            return false;
        }
    }
    true
}

/// A piece of a candidate line between gaps: its bytes in the text and its display columns.
#[derive(Debug, Clone, Copy)]
struct Piece {
    span: Span,
    from: usize,
    to: usize,
}

/// A candidate line: its pieces and where it ends.
#[derive(Debug)]
struct Candidate {
    start: usize,
    end: usize,
    pieces: Vec<Piece>,
}

impl Candidate {
    /// Whether a piece of the line is a number cell (see [`is_number`]) of `text`, the text it
    /// was read from.
    fn holds_number(&self, text: &str) -> bool {
        self.pieces
            .iter()
            .any(|p| is_number(&text[p.span.start..p.span.end]))
    }
}

/// The display width of a character: 1 for ASCII and NBSP, 2 for any other (CJK and
/// full-width forms), as a layout writer pads columns.
fn width(c: char) -> usize {
    if c.is_ascii() || c == '\u{a0}' {
        1
    } else {
        2
    }
}

/// Reads the line starting at `start` as a candidate row (see the module doc): its pieces
/// split at gaps (two or more gap characters, or a tab), with their display columns.
fn candidate(text: &str, start: usize) -> Option<Candidate> {
    let rest = &text[start..];
    let len = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
    let line = rest[..len].trim_end_matches('\r');
    if line.len() > MAX_LINE || line.contains(chars!['。', '|', '｜']) {
        return None;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut col, mut chars_in) = (0, 0);
    // the open piece (byte from, column from) and the gap run being read (chars, has a tab)
    let mut open: Option<(usize, usize)> = None;
    let mut run = (0, false);
    let mut last = (0, 0);
    for (i, c) in line.char_indices() {
        if is_gap_char(c) {
            run = (run.0 + 1, run.1 || c == '\t');
        } else {
            if let Some((b, f)) = open {
                if run.0 >= 2 || run.1 {
                    close(&mut pieces, start, (b, f), last)?;
                    open = None;
                    chars_in = 0;
                }
            }
            if open.is_none() {
                open = Some((i, col));
            }
            run = (0, false);
            chars_in += 1;
            if chars_in > MAX_CELL {
                return None;
            }
            last = (i + c.len_utf8(), col + width(c));
        }
        col += if c == '\t' { 8 - col % 8 } else { width(c) };
    }
    if let Some(o) = open {
        close(&mut pieces, start, o, last)?;
    }
    if crate::indicator::FINE {
        join_spaced_word(text, &mut pieces);
    }
    if pieces.len() < 2 || is_caption_start(&text[pieces[0].span.start..pieces[0].span.end]) {
        return None;
    }
    Some(Candidate {
        start,
        end: start + line.len(),
        pieces,
    })
}

/// A word spaced out over its cell, as a layout writer centres a short header (`项    目`,
/// `行    业`, `指  标  名  称`): the line's first pieces, each one CJK character, are one piece.
/// (A finer reading: not in the small WebAssembly build, see `indicator::FINE`.)
fn join_spaced_word(text: &str, pieces: &mut Vec<Piece>) {
    let one_cjk = |p: &Piece| {
        let mut cs = text[p.span.start..p.span.end].chars();
        cs.next().is_some_and(crate::text::is_cjk) && cs.next().is_none()
    };
    let n = pieces.iter().take_while(|p| one_cjk(p)).count();
    if n >= 2 {
        let last = pieces[n - 1].span.end;
        let to = pieces[n - 1].to;
        pieces.drain(1..n);
        pieces[0].span = Span::new(pieces[0].span.start, last);
        pieces[0].to = to;
    }
}

/// Ends the piece opened at `(byte, column)` where its last character ends; `None` past
/// [`MAX_CELLS`] pieces.
fn close(
    pieces: &mut Vec<Piece>,
    start: usize,
    (b, f): (usize, usize),
    (e, t): (usize, usize),
) -> Option<()> {
    if pieces.len() == MAX_CELLS {
        return None;
    }
    pieces.push(Piece {
        span: Span::new(start + b, start + e),
        from: f,
        to: t,
    });
    Some(())
}

/// A caption written with a gap (`表1  2024年主要经济指标`, `单位：万元`, `附表2  …`, `注：…`):
/// the line stands over (or under) a table, and is no row of it.
fn is_caption_start(s: &str) -> bool {
    if s.starts_with("单位") || s.starts_with("注") {
        return true;
    }
    let rest = s.strip_prefix("附表").or_else(|| s.strip_prefix('表'));
    rest.and_then(|r| r.chars().next())
        .is_some_and(|c| crate::text::is_digit(c) || crate::number::chinese_digit(c).is_some())
}

/// Whether the last non-blank line above the line starting at `start` (past at most
/// [`MAX_BLANKS`] blank lines) is a table's caption (`表1 …`, `单位：万元`,
/// `第二十条第（五）项`: see `table::is_caption`).
fn caption_above(text: &str, start: usize) -> bool {
    let mut end = start;
    for _ in 0..=MAX_BLANKS {
        let Some(prev_end) = end.checked_sub(1) else {
            return false;
        };
        let ls = memchr::memrchr(b'\n', &text.as_bytes()[..prev_end]).map_or(0, |n| n + 1);
        let line = crate::text::trim(&text[ls..prev_end]);
        if !line.is_empty() {
            return crate::table::is_caption(line);
        }
        end = ls;
    }
    false
}

/// A number cell as a layout table writes it: a sign, digits with `,` and `.`, a `%` or `‰`
/// (`1234.5`, `-0.3`, `1,234`, `6.5%`).
fn is_number(s: &str) -> bool {
    let s = s.trim_start_matches(chars!['-', '−', '－', '+']);
    let s = s.trim_end_matches(chars!['%', '％', '‰']);
    !s.is_empty()
        && s.chars().any(crate::text::is_digit)
        && s.chars()
            .all(|c| crate::text::is_digit(c) || matches!(c, '.' | ',' | '．' | '，'))
        && s.starts_with(crate::text::is_digit)
}

/// The column gaps of a group: the runs of display columns no piece covers, from the leftmost
/// piece's start (`left`) to the rightmost piece's end (the end of `covered`), as the column
/// each starts at. `None` when there is none (one column).
fn shared_gaps(covered: &[bool], left: usize) -> Option<Vec<usize>> {
    let mut gaps = Vec::new();
    for col in left + 1..covered.len() {
        if !covered[col] && covered[col - 1] {
            gaps.push(col);
        }
    }
    (!gaps.is_empty()).then_some(gaps)
}

/// The cells of a line in the group's columns (split at `gaps`), an empty cell where no piece
/// stands; `None` when two pieces fall in one column (the line does not follow the columns).
fn cells_in_columns(c: &Candidate, gaps: &[usize]) -> Option<Vec<Span>> {
    let mut cells: Vec<Option<Span>> = vec![None; gaps.len() + 1];
    for p in &c.pieces {
        let col = gaps.partition_point(|&g| g <= p.from);
        if cells[col].replace(p.span).is_some() {
            return None;
        }
    }
    let mut at = c.start;
    Some(
        cells
            .into_iter()
            .map(|s| {
                let s = s.unwrap_or(Span::new(at, at));
                at = s.end;
                s
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows found, as their cells' texts.
    fn rows(text: &str) -> Vec<Vec<&str>> {
        let a = Aligned::find(text, true, true);
        a.rows
            .iter()
            .map(|r| {
                let cells = a.cells(text, r.0).unwrap();
                cells.iter().map(|s| s.slice(text)).collect()
            })
            .collect()
    }

    #[test]
    fn an_aligned_table_is_read_by_its_columns() {
        let t = "表1  主要指标\n名称        单位      数量\n粮食产量    万吨      123.4\n\
                 棉花产量    万吨      5.6\n";
        assert_eq!(
            rows(t),
            [
                vec!["名称", "单位", "数量"],
                vec!["粮食产量", "万吨", "123.4"],
                vec!["棉花产量", "万吨", "5.6"]
            ]
        );
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn a_header_cell_centred_over_its_columns_is_written_in_each() {
        // The group cells of the top line straddle the gaps of the lines below: the columns
        // are those of the lines below, and each group cell stands in every column it covers.
        let t = "           金额（亿元）         比重（%）\n\
                 项目      上年      本年      上年      本年\n\
                 税收      10.5      12.0      80.1      81.2\n\
                 非税      2.6       2.8       19.9      18.8\n";
        assert_eq!(
            rows(t),
            [
                vec!["", "金额（亿元）", "金额（亿元）", "比重（%）", "比重（%）"],
                vec!["项目", "上年", "本年", "上年", "本年"],
                vec!["税收", "10.5", "12.0", "80.1", "81.2"],
                vec!["非税", "2.6", "2.8", "19.9", "18.8"]
            ]
        );
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn a_header_word_spaced_over_its_cell_is_one_cell() {
        // `项    目`: the layout writer centred a two-character header; read as two pieces it put
        // two cells in the labels' column and the whole table was lost.
        let t = "  项    目          计划数      完成数\n  道路养护          120         118\n  桥梁检测          36          36\n";
        assert_eq!(
            rows(t),
            [
                vec!["项    目", "计划数", "完成数"],
                vec!["道路养护", "120", "118"],
                vec!["桥梁检测", "36", "36"]
            ]
        );
    }

    #[test]
    fn an_empty_cell_lands_in_its_column() {
        let t = "项目        上年      本年\n甲类            12        15\n乙类                      7\n\
                 丙类            3         \n";
        assert_eq!(
            rows(t),
            [
                vec!["项目", "上年", "本年"],
                vec!["甲类", "12", "15"],
                vec!["乙类", "", "7"],
                vec!["丙类", "3", ""]
            ]
        );
    }

    #[test]
    fn right_aligned_numbers_share_the_gaps_of_left_aligned_labels() {
        let t = "地区          人数      比重\n东部         12345      45.6\n西部           678       3.2\n\
                 中部            90      -0.1\n";
        let r = rows(t);
        assert_eq!(r.len(), 4);
        assert_eq!(r[2], ["西部", "678", "3.2"]);
        assert_eq!(r[3], ["中部", "90", "-0.1"]);
    }

    #[test]
    fn a_header_of_two_lines_keeps_its_empty_corner() {
        let t = "              2024年    比上年\n指标          绝对数    增长（%）\n\
                 产值          1234.5    6.5\n税收          56.7      -1.2\n";
        let r = rows(t);
        assert_eq!(r[0], ["", "2024年", "比上年"]);
        assert_eq!(r[1], ["指标", "绝对数", "增长（%）"]);
        assert_eq!(r[3], ["税收", "56.7", "-1.2"]);
    }

    #[test]
    fn a_unit_caption_and_blank_lines_stand_around_the_rows() {
        let t =
            "单位：万元\n\n收入项目      金额\n\n税收收入      300\n\n非税收入      45\n\n注：略\n";
        assert_eq!(rows(t).len(), 3);
        // the caption with a gap is no row either
        let t = "单位：万元    2024年\n收入项目      金额\n税收收入      300\n非税收入      45\n";
        assert_eq!(rows(t)[0], ["收入项目", "金额"]);
    }

    #[test]
    fn cjk_characters_count_two_columns() {
        // ASCII labels and CJK labels padded to the same display columns
        let t = "GDP           1234\n地区生产总值  5678\nCPI           101.2\n";
        assert_eq!(rows(t)[1], ["地区生产总值", "5678"]);
        assert_eq!(rows(t)[2], ["CPI", "101.2"]);
    }

    #[test]
    fn ideographic_and_no_break_spaces_make_gaps() {
        let t = "项目\u{3000}\u{3000}数量\n甲\u{3000}\u{3000}\u{3000}\u{3000}12\n\
                 乙\u{3000}\u{3000}\u{3000}\u{3000}34\n";
        assert_eq!(rows(t)[2], ["乙", "34"]);
        let t = "a\u{a0}\u{a0}\u{a0}1\nb\u{a0}\u{a0}\u{a0}2\nc\u{a0}\u{a0}\u{a0}3\n";
        assert_eq!(rows(t)[0], ["a", "1"]);
    }

    #[test]
    fn prose_with_double_spaces_stays_prose() {
        let t = "今年以来，全市经济运行稳中有进，  地区生产总值增长6.5%，\n\
                 其中第一产业增长3.2%，第二产业  增长5.1%，第三产业增长\n\
                 7.0%，居民  收入增长5.8%，物价总体稳定，就业形势良好\n";
        assert!(rows(t).is_empty());
        // indentation with U+3000 and a run inside a line of prose
        let t = "\u{3000}\u{3000}全年完成投资12亿元\u{3000}\u{3000}同比增长5%\n\u{3000}\u{3000}新增就业3万人。\n";
        assert!(rows(t).is_empty());
    }

    #[test]
    fn short_lines_signatures_and_address_blocks_are_no_tables() {
        // a poem-like list of short lines: no numbers
        let t = "春风  送暖\n夏雨  润物\n秋实  累累\n冬雪  皑皑\n";
        assert!(rows(t).is_empty());
        // a signature
        assert!(rows("局长  张三\n2024年3月1日\n").is_empty());
        // a two-line address block, no numbers
        assert!(rows("姓名  电话\n李四  办公室\n").is_empty());
        // two aligned rows only: a header and one row are as often an address block…
        assert!(rows("项目    数量\n甲      12\n").is_empty());
        assert!(rows("各位代表\n项目    数量\n甲      12\n").is_empty());
        // …but under a caption they are a table
        assert_eq!(
            rows("第二十条第（五）项\n项目    数量\n甲      12\n").len(),
            2
        );
        assert_eq!(rows("表3 收费\n\n项目    金额\n甲      1.5\n").len(), 2);
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn a_row_a_column_off_the_grid_keeps_its_table() {
        // `0-15岁` is two columns narrower than the labels above it: its figures stand two
        // columns left of theirs, and close the gap between the other rows' two number columns.
        let t = "指标            人数（万人）  比重（%）\n总人口          41.25         100.0\n\
                 城镇人口        26.23         63.6\n乡村人口        15.02         36.4\n\
                 男性人口        20.94         50.8\n0-15岁        6.72          16.3\n";
        let r = rows(t);
        assert_eq!(r.len(), 6, "{r:?}");
        assert_eq!(r[5], vec!["0-15岁", "6.72", "16.3"]);
        assert_eq!(r[1], vec!["总人口", "41.25", "100.0"]);
    }

    #[test]
    fn rows_that_do_not_share_columns_are_no_table() {
        let t = "甲  1\n乙乙乙乙乙乙  2\n丙丙丙  3\n";
        assert!(rows(t).is_empty());
    }

    #[test]
    fn sentence_ends_long_cells_and_long_lines_are_no_rows() {
        let t = "甲    1。\n乙    2\n丙    3\n";
        assert!(rows(t).is_empty());
        let long = "字".repeat(MAX_CELL + 1);
        let t = format!("{long}    1\n乙    2\n丙    3\n");
        assert!(rows(&t).is_empty());
        let t = format!("{}\n乙    2\n丙    3\n", "甲    1    ".repeat(200));
        assert!(rows(&t).is_empty());
    }

    #[test]
    fn tabs_mixed_with_spaces_make_gaps() {
        let t = "项目 \t数量\n甲   \t12\n乙 \t  34\n";
        assert_eq!(rows(t)[2], ["乙", "34"]);
    }

    #[test]
    fn a_row_is_found_by_its_line_start() {
        let t = "项目    数量\n甲      12\n乙      34\n";
        let a = Aligned::find(t, true, true);
        assert_eq!(a.cells(t, t.find('甲').unwrap()).unwrap().len(), 2);
        assert!(a.is_row(t.find('乙').unwrap()));
        assert!(a.cells(t, 1).is_none() && !a.is_row(1));
    }
}
