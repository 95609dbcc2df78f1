//! Chunks for retrieval: pieces of a report's body of at most `max_chars` characters that carry
//! their heading path, the indicators inside them and the report's metadata.
//!
//! ```
//! let text = "关于2024年工作的报告\n发布日期:2025-01-20\n一、主要成效\n全年立案94件。\n二、存在问题\n基层力量不足。\n";
//! let report = baogao::parse(text);
//! let chunks = baogao::chunks(&report, text, &baogao::ChunkOptions::default());
//! assert_eq!(chunks.len(), 2);
//! assert_eq!(chunks[0].text, "一、主要成效\n全年立案94件。");
//! assert_eq!(chunks[0].path, ["主要成效"]);
//! assert_eq!(chunks[0].indicators, [0]);
//! assert_eq!(chunks[1].path, ["存在问题"]);
//! assert_eq!(chunks[1].published.as_deref(), Some("2025-01-20"));
//! assert_eq!(chunks[1].title.as_deref(), Some("关于2024年工作的报告"));
//! // Every chunk is a slice of the input.
//! assert!(chunks.iter().all(|c| c.span.slice(text) == c.text));
//! ```
//!
//! The rules:
//!
//! - **A chunk is always a slice of the input**: `text == input[span]`, with the whitespace at
//!   both ends left out. Chunks are in document order and never overlap.
//! - **A heading opens a chunk**, and the chunk holds the heading with (the start of) its body:
//!   no chunk runs across the start of a heading, unless [`ChunkOptions::merge_small`] lets whole
//!   small sections share a chunk. [`Chunk::path`] is the titles of the headings containing the
//!   chunk's first byte.
//! - **A long section splits at the best break that fits**: between blocks (paragraphs, table
//!   rows), then at line ends, then at sentence ends (`。！？；!?;`, with any closing quote or
//!   bracket after them), then at clause ends (`，、：,:`, a tab or `|`), and only as a last
//!   resort between two characters (never inside one).
//! - **Tables** (runs of [`Block::Table`] rows) stay whole when they fit; otherwise they split
//!   between rows. A chunk that continues a table without its first row carries that header row in
//!   [`Chunk::table_header`] (a separate field, so that `text` stays a slice); the room for it is
//!   kept, so `table_header`, a line break and `text` together fit in `max_chars`.
//! - **Left out**: the title, the metadata lines and the web boilerplate (the title and the
//!   publication date are fields of every chunk instead). The closing signature is a chunk of its
//!   own with an empty path.
//! - **Overlap** never changes the spans: with [`ChunkOptions::overlap`] > 0 each chunk gets the
//!   last characters of the previous chunk of the same section in [`Chunk::context_before`].
//!
//! Time and memory are linear in the input: each byte is measured at most once per split level.

use crate::model::{Block, Report, Section, SectionPath};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Choices for [`chunks`].
///
/// ```
/// let opts = baogao::ChunkOptions { max_chars: 200, ..Default::default() };
/// assert_eq!((opts.max_chars, opts.merge_small, opts.overlap), (200, false, 0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkOptions {
    /// The largest chunk, in characters (Unicode scalar values); 500 by default. 0 is read as 1.
    pub max_chars: usize,
    /// Let consecutive small sections under the same parent share a chunk when they fit whole
    /// (off by default). The chunk's path is then the path of its first section.
    pub merge_small: bool,
    /// Characters of the previous chunk of the same section to put in
    /// [`Chunk::context_before`] (0, the default, for none). Spans never overlap.
    pub overlap: usize,
}

impl Default for ChunkOptions {
    fn default() -> Self {
        ChunkOptions {
            max_chars: 500,
            merge_small: false,
            overlap: 0,
        }
    }
}

/// A piece of a report's body, ready for an embedding model or a search index.
///
/// ```
/// let text = "一、执法情况\n全年立案94件，罚款208.74万元。\n";
/// let report = baogao::parse(text);
/// let c = &baogao::chunks(&report, text, &Default::default())[0];
/// assert_eq!(c.span.slice(text), c.text);
/// assert_eq!(c.chars, 26);
/// assert_eq!(c.path, ["执法情况"]);
/// assert_eq!(c.indicators, [0, 1]);
/// assert_eq!(report.indicators[c.indicators[1]].text, "208.74万元");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    /// The chunk's text: exactly the input at [`span`](Chunk::span).
    pub text: String,
    /// Where the chunk stands in the input (bytes here; the bindings convert).
    pub span: Span,
    /// Number of characters in `text` (at most `max_chars`).
    pub chars: usize,
    /// Titles of the headings that contain the chunk's first byte, outermost first (empty for the
    /// preamble and the closing).
    pub path: SectionPath,
    /// Indexes into [`Report::indicators`] of the indicators whose span starts in the chunk.
    pub indicators: Vec<usize>,
    /// The report's title.
    pub title: Option<String>,
    /// The report's publication date as written.
    pub published: Option<String>,
    /// The header row of the table this chunk continues, when the chunk starts after it (not part
    /// of `text`; `text` is still a slice).
    pub table_header: Option<String>,
    /// With [`ChunkOptions::overlap`]: the end of the previous chunk of the same section (not part
    /// of `text`).
    pub context_before: Option<String>,
}

impl Chunk {
    /// The text to embed or index: the repeated table header (if any), a line break, then `text`.
    /// [`context_before`](Chunk::context_before) is left to the caller.
    ///
    /// ```
    /// let text = "| 项目 | 件数 |\n| 行政处罚 | 36 |\n| 行政许可 | 120 |\n";
    /// let report = baogao::parse(text);
    /// let opts = baogao::ChunkOptions { max_chars: 26, ..Default::default() };
    /// let chunks = baogao::chunks(&report, text, &opts);
    /// assert_eq!(chunks[1].table_header.as_deref(), Some("| 项目 | 件数 |"));
    /// assert_eq!(chunks[1].page_content(), "| 项目 | 件数 |\n| 行政许可 | 120 |");
    /// ```
    pub fn page_content(&self) -> String {
        match &self.table_header {
            Some(h) => format!("{h}\n{}", self.text),
            None => self.text.clone(),
        }
    }
}

/// Splits the body of `report` into chunks (see the [module documentation](self) for the
/// rules). `text` must be the string `report` was parsed from; if it is not (a span falls
/// outside it), the result is empty.
///
/// ```
/// let text = "一、工作\n第一句。第二句比较长一些。第三句。\n";
/// let report = baogao::parse(text);
/// let opts = baogao::ChunkOptions { max_chars: 12, ..Default::default() };
/// let texts: Vec<_> = baogao::chunks(&report, text, &opts).into_iter().map(|c| c.text).collect();
/// assert_eq!(texts, ["一、工作\n第一句。", "第二句比较长一些。", "第三句。"]);
/// ```
pub fn chunks(report: &Report, text: &str, options: &ChunkOptions) -> Vec<Chunk> {
    let groups = match collect_groups(report, text) {
        Some(g) => g,
        None => return Vec::new(),
    };
    let mut packer = Packer {
        text,
        max: options.max_chars.max(1),
        cur: None,
        header: None,
        out: Vec::new(),
        group: 0,
    };
    for (gi, group) in groups.iter().enumerate() {
        let merged = options.merge_small
            && group.heading
            && packer.cur.as_ref().is_some_and(|c| {
                let first = &groups[c.group];
                first.heading
                    && !first.ids.is_empty()
                    && group.ids.len() >= first.ids.len()
                    && group.ids[..first.ids.len() - 1] == first.ids[..first.ids.len() - 1]
                    && !c.continued
                    // nothing left out (a page marker, chrome) between the two
                    && c.full_end == group.units[0].start()
            })
            && {
                let (s, e) = (group.units[0].start(), group.units.last().unwrap().end());
                let m = measure(text, s, e);
                packer.fits(&m) && {
                    packer.add(s, e, &m, false);
                    true
                }
            };
        if merged {
            continue;
        }
        packer.close();
        packer.group = gi;
        for unit in &group.units {
            match unit {
                Unit::Heading(s) => packer.place(s.start, s.end, Level::Block, true),
                Unit::Paragraph(s) => packer.place(s.start, s.end, Level::Block, false),
                Unit::Table(rows) => packer.place_table(rows),
            }
        }
    }
    packer.close();
    finish(report, text, options, &groups, packer.out)
}

/// A maximal contiguous run of body leaves inside one section body (or the preamble, or the
/// closing).
struct Group {
    path: SectionPath,
    /// Preorder numbers of the sections on the path (to tell same-titled sections apart).
    ids: Vec<usize>,
    /// Whether the run starts with the section's heading.
    heading: bool,
    units: Vec<Unit>,
}

enum Unit {
    Heading(Span),
    Paragraph(Span),
    /// Consecutive table rows.
    Table(Vec<Span>),
}

impl Unit {
    fn start(&self) -> usize {
        match self {
            Unit::Heading(s) | Unit::Paragraph(s) => s.start,
            Unit::Table(rows) => rows[0].start,
        }
    }
    fn end(&self) -> usize {
        match self {
            Unit::Heading(s) | Unit::Paragraph(s) => s.end,
            Unit::Table(rows) => rows[rows.len() - 1].end,
        }
    }
}

struct Collector<'a> {
    text: &'a str,
    groups: Vec<Group>,
    /// End of the last leaf taken, to see gaps (left-out leaves) between body leaves.
    last_end: Option<usize>,
    next_id: usize,
    ok: bool,
    /// The closing, until the walk reaches it: a closing may stand before the last sections
    /// (a signature and date, then a 附件 list read as headings), and the leaves are taken in
    /// the order of the text.
    closing: Option<Span>,
}

impl Collector<'_> {
    /// Takes the closing as a group of its own when it starts before `at` (or at the end, with
    /// `usize::MAX`).
    fn closing_before(&mut self, at: usize) {
        let Some(cl) = self.closing.filter(|cl| cl.start < at) else {
            return;
        };
        self.closing = None;
        if self.valid(cl) {
            // The closing is its own group, never merged with the body before it.
            self.groups.push(Group {
                path: SectionPath::default(),
                ids: vec![usize::MAX],
                heading: false,
                units: vec![Unit::Paragraph(cl)],
            });
            self.last_end = Some(cl.end);
        }
    }

    fn valid(&mut self, s: Span) -> bool {
        let ok = s.start < s.end
            && s.end <= self.text.len()
            && self.text.is_char_boundary(s.start)
            && self.text.is_char_boundary(s.end)
            && self.last_end.is_none_or(|e| e <= s.start);
        self.ok &= ok;
        ok
    }

    /// Starts a new group unless the leaf continues the current one without a gap.
    fn ensure_group(&mut self, start: usize, path: &SectionPath, ids: &[usize]) {
        let contiguous = self.last_end == Some(start)
            && self
                .groups
                .last()
                .is_some_and(|g| g.ids == ids && g.path == *path);
        if !contiguous {
            self.groups.push(Group {
                path: path.clone(),
                ids: ids.to_vec(),
                heading: false,
                units: Vec::new(),
            });
        }
    }

    fn heading(&mut self, s: Span, path: &SectionPath, ids: &[usize]) {
        self.closing_before(s.start);
        if !self.valid(s) {
            return;
        }
        self.groups.push(Group {
            path: path.clone(),
            ids: ids.to_vec(),
            heading: true,
            units: vec![Unit::Heading(s)],
        });
        self.last_end = Some(s.end);
    }

    fn blocks(&mut self, blocks: &[Block], path: &SectionPath, ids: &[usize]) {
        for b in blocks {
            let s = b.span();
            self.closing_before(s.start);
            if !self.valid(s) {
                continue;
            }
            self.ensure_group(s.start, path, ids);
            let contiguous = self.last_end == Some(s.start);
            let units = &mut self.groups.last_mut().expect("a group").units;
            match (b, units.last_mut()) {
                (Block::Table(_), Some(Unit::Table(rows))) if contiguous => rows.push(s),
                (Block::Table(_), _) => units.push(Unit::Table(vec![s])),
                (Block::Paragraph(_), _) => units.push(Unit::Paragraph(s)),
            }
            self.last_end = Some(s.end);
        }
    }

    fn section(&mut self, sec: &Section, titles: &mut Vec<String>, ids: &mut Vec<usize>) {
        titles.push(sec.heading.title.clone());
        ids.push(self.next_id);
        self.next_id += 1;
        let path = SectionPath::from(titles.as_slice());
        self.heading(sec.heading.span, &path, ids);
        self.blocks(&sec.blocks, &path, ids);
        for c in &sec.children {
            self.section(c, titles, ids);
        }
        titles.pop();
        ids.pop();
    }
}

fn collect_groups(report: &Report, text: &str) -> Option<Vec<Group>> {
    let mut c = Collector {
        text,
        groups: Vec::new(),
        last_end: None,
        next_id: 0,
        ok: true,
        closing: report.closing.as_ref().map(|cl| cl.span),
    };
    let root = SectionPath::default();
    c.blocks(&report.preamble, &root, &[]);
    let (mut titles, mut ids) = (Vec::new(), Vec::new());
    for s in &report.sections {
        c.section(s, &mut titles, &mut ids);
    }
    c.closing_before(usize::MAX);
    c.groups.retain(|g| !g.units.is_empty());
    c.ok.then_some(c.groups)
}

/// Split levels, coarsest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Block,
    Line,
    Sentence,
    Clause,
    Char,
}

impl Level {
    fn finer(self) -> Level {
        match self {
            Level::Block => Level::Line,
            Level::Line => Level::Sentence,
            Level::Sentence => Level::Clause,
            Level::Clause | Level::Char => Level::Char,
        }
    }
}

/// Character counts of a piece `start..end`.
struct Measure {
    /// Bytes of leading whitespace.
    lead_bytes: usize,
    /// Characters of leading whitespace.
    lead_chars: usize,
    /// Byte after the last non-whitespace character (`start` when all blank).
    core_end: usize,
    /// Characters from `start` to `core_end`.
    core_chars: usize,
    /// Characters from `start` to `end`.
    full_chars: usize,
}

impl Measure {
    fn blank(&self) -> bool {
        self.core_chars == 0
    }
}

fn measure(text: &str, start: usize, end: usize) -> Measure {
    let mut m = Measure {
        lead_bytes: 0,
        lead_chars: 0,
        core_end: start,
        core_chars: 0,
        full_chars: 0,
    };
    let mut leading = true;
    for (i, ch) in text[start..end].char_indices() {
        m.full_chars += 1;
        if ch.is_whitespace() {
            if leading {
                m.lead_bytes += ch.len_utf8();
                m.lead_chars += 1;
            }
        } else {
            leading = false;
            m.core_end = start + i + ch.len_utf8();
            m.core_chars = m.full_chars;
        }
    }
    m
}

/// The chunk being filled.
struct Current {
    /// First non-blank byte.
    start: usize,
    /// Byte after the last non-blank character.
    end: usize,
    /// End of the last piece added (blank tail included).
    full_end: usize,
    /// Characters from `start` to `full_end`.
    chars: usize,
    budget: usize,
    /// Nothing but a heading so far: the next piece is split rather than moved to a new chunk.
    only_heading: bool,
    header: Option<Span>,
    group: usize,
    /// Opened in the middle of a group (after a split), so not a candidate for merging.
    continued: bool,
}

/// A finished chunk before the fields are filled in.
struct Raw {
    span: Span,
    chars: usize,
    header: Option<Span>,
    group: usize,
}

struct Packer<'a> {
    text: &'a str,
    max: usize,
    cur: Option<Current>,
    /// The header row of the table being placed, and its characters, once the row is placed.
    header: Option<(Span, usize)>,
    out: Vec<Raw>,
    group: usize,
}

impl Packer<'_> {
    /// The room in a chunk opened now (less the repeated table header, if any).
    fn fresh_budget(&self) -> usize {
        match self.header {
            Some((_, n)) => self.max - n - 1,
            None => self.max,
        }
    }

    fn fits(&self, m: &Measure) -> bool {
        match &self.cur {
            Some(c) => c.chars + m.core_chars <= c.budget,
            None => self.fits_fresh(m),
        }
    }

    fn fits_fresh(&self, m: &Measure) -> bool {
        m.core_chars.saturating_sub(m.lead_chars) <= self.fresh_budget()
    }

    fn add(&mut self, start: usize, end: usize, m: &Measure, heading: bool) {
        if self.cur.as_ref().is_some_and(|c| c.full_end != start) {
            // Something the chunks leave out stands between (a PDF page marker or web chrome
            // set apart as boilerplate inside a section): a chunk never spans it.
            self.close();
        }
        match &mut self.cur {
            Some(c) => {
                if !m.blank() {
                    c.end = m.core_end;
                    c.only_heading &= heading;
                }
                c.full_end = end;
                c.chars += m.full_chars;
            }
            None if m.blank() => {}
            None => {
                let continued = self.out.last().is_some_and(|r| r.group == self.group);
                self.cur = Some(Current {
                    start: start + m.lead_bytes,
                    end: m.core_end,
                    full_end: end,
                    chars: m.full_chars - m.lead_chars,
                    budget: self.fresh_budget(),
                    only_heading: heading,
                    header: self.header.map(|(s, _)| s),
                    group: self.group,
                    continued,
                })
            }
        }
    }

    fn close(&mut self) {
        if let Some(c) = self.cur.take() {
            let chars = self.text[c.start..c.end].chars().count();
            self.out.push(Raw {
                span: Span::new(c.start, c.end),
                chars,
                header: c.header,
                group: c.group,
            });
        }
    }

    /// Puts `start..end` into the current chunk, into a new one, or splits it one level finer.
    fn place(&mut self, start: usize, end: usize, level: Level, heading: bool) {
        let m = measure(self.text, start, end);
        if m.blank() || self.fits(&m) {
            return self.add(start, end, &m, heading);
        }
        let can_move = self.cur.as_ref().is_some_and(|c| !c.only_heading);
        if level == Level::Char || (can_move && self.fits_fresh(&m)) {
            self.close();
            return self.add(start, end, &m, heading);
        }
        let finer = level.finer();
        if finer == Level::Char {
            // One character at a time, without a list of pieces.
            let text = self.text;
            for (i, ch) in text[start..end].char_indices() {
                self.place(start + i, start + i + ch.len_utf8(), Level::Char, false);
            }
            return;
        }
        for (s, e) in split(self.text, start, end, finer) {
            self.place(s, e, finer, false);
        }
    }

    fn place_table(&mut self, rows: &[Span]) {
        let (start, end) = (rows[0].start, rows[rows.len() - 1].end);
        let m = measure(self.text, start, end);
        let can_move = self.cur.as_ref().is_some_and(|c| !c.only_heading);
        if self.fits(&m) {
            return self.add(start, end, &m, false);
        }
        if can_move && self.fits_fresh(&m) {
            self.close();
            return self.add(start, end, &m, false);
        }
        for (i, row) in rows.iter().enumerate() {
            self.place(row.start, row.end, Level::Line, false);
            if i == 0 {
                let hm = measure(self.text, row.start, row.end);
                let hchars = hm.core_chars.saturating_sub(hm.lead_chars);
                // Repeat the header only while it leaves at least half of the room for rows.
                if !hm.blank() && hchars < self.max / 2 {
                    let hs = Span::new(row.start + hm.lead_bytes, hm.core_end);
                    self.header = Some((hs, hchars));
                }
            }
        }
        self.header = None;
    }
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '"' | '\'' | '）' | ')' | '」' | '』' | '】' | '》'
    )
}

fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | '、' | '：' | ',' | ':' | '\t' | '|')
}

/// Cuts `start..end` after each break of `level` (the pieces are contiguous and cover it).
fn split(text: &str, start: usize, end: usize, level: Level) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    let mut pending = false; // a sentence end seen, waiting for closers to pass
    for (i, ch) in text[start..end].char_indices() {
        let at = start + i;
        if pending && !is_closer(ch) {
            if at > from {
                out.push((from, at));
            }
            from = at;
            pending = false;
        }
        let next = at + ch.len_utf8();
        match level {
            Level::Block | Level::Line => {
                if ch == '\n' {
                    out.push((from, next));
                    from = next;
                }
            }
            Level::Sentence => pending |= is_sentence_end(ch),
            Level::Clause => {
                if is_clause_end(ch) {
                    out.push((from, next));
                    from = next;
                }
            }
            Level::Char => {
                out.push((at, next));
                from = next;
            }
        }
    }
    if from < end {
        out.push((from, end));
    }
    out
}

fn finish(
    report: &Report,
    text: &str,
    options: &ChunkOptions,
    groups: &[Group],
    raws: Vec<Raw>,
) -> Vec<Chunk> {
    let title = report.title.as_ref().map(|t| t.text.clone());
    let published = report.meta.published.clone();
    let inds = &report.indicators;
    let mut k = 0;
    let mut out: Vec<Chunk> = Vec::with_capacity(raws.len());
    let mut prev_ids: Option<&[usize]> = None;
    for raw in raws {
        let g = &groups[raw.group];
        while k < inds.len() && inds[k].span.start < raw.span.start {
            k += 1;
        }
        let mut indicators = Vec::new();
        while k < inds.len() && inds[k].span.start < raw.span.end {
            indicators.push(k);
            k += 1;
        }
        let context_before = match (options.overlap, out.last()) {
            (n, Some(prev)) if n > 0 && prev_ids == Some(g.ids.as_slice()) => {
                let cut = prev
                    .text
                    .char_indices()
                    .rev()
                    .nth(n - 1)
                    .map_or(0, |(i, _)| i);
                Some(prev.text[cut..].to_string())
            }
            _ => None,
        };
        prev_ids = Some(&g.ids);
        out.push(Chunk {
            text: raw.span.slice(text).to_string(),
            span: raw.span,
            chars: raw.chars,
            path: g.path.clone(),
            indicators,
            title: title.clone(),
            published: published.clone(),
            table_header: raw.header.map(|h| h.slice(text).to_string()),
            context_before,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, max_chars: usize) -> Vec<Chunk> {
        let report = crate::parse(text);
        let opts = ChunkOptions {
            max_chars,
            ..Default::default()
        };
        chunks(&report, text, &opts)
    }

    fn texts(chunks: &[Chunk]) -> Vec<&str> {
        chunks.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn a_heading_opens_a_chunk_with_its_body() {
        let text = "一、总体情况\n今年完成三项工作。\n二、下步打算\n继续推进。\n";
        let c = run(text, 100);
        assert_eq!(
            texts(&c),
            [
                "一、总体情况\n今年完成三项工作。",
                "二、下步打算\n继续推进。"
            ]
        );
        assert_eq!(c[1].path, ["下步打算"]);
    }

    #[test]
    fn nested_paths_and_preamble() {
        let text = "开头说明一句。\n一、主要做法\n（一）强化学习\n组织学习十二次。\n";
        let c = run(text, 100);
        assert_eq!(
            texts(&c),
            [
                "开头说明一句。",
                "一、主要做法",
                "（一）强化学习\n组织学习十二次。"
            ]
        );
        assert!(c[0].path.is_empty());
        assert_eq!(c[1].path, ["主要做法"]);
        assert_eq!(c[2].path, ["主要做法", "强化学习"]);
    }

    #[test]
    fn whole_paragraphs_move_to_the_next_chunk() {
        let text = "一、工作\n甲乙丙丁戊己。\n庚辛壬癸子丑。\n";
        // Heading (4) + line break + first paragraph (7) = 12; the second paragraph does not fit.
        let c = run(text, 14);
        assert_eq!(texts(&c), ["一、工作\n甲乙丙丁戊己。", "庚辛壬癸子丑。"]);
        assert_eq!(c[1].path, ["工作"]);
    }

    #[test]
    fn long_sentences_split_at_clauses_then_characters() {
        let text = "一二三四，五六七八，九十。\n";
        assert_eq!(texts(&run(text, 10)), ["一二三四，五六七八，", "九十。"]);
        let text = "甲乙丙丁戊己庚辛壬癸。\n";
        assert_eq!(texts(&run(text, 4)), ["甲乙丙丁", "戊己庚辛", "壬癸。"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "他说：“好的。”然后离开了会场。\n";
        assert_eq!(texts(&run(text, 9)), ["他说：“好的。”", "然后离开了会场。"]);
    }

    #[test]
    fn a_heading_is_not_left_alone_when_its_body_is_long() {
        let text = "一、工作\n第一句话。第二句话。\n";
        // The body (10 chars) would fit a chunk alone, but the heading keeps its first sentence.
        let c = run(text, 11);
        assert_eq!(texts(&c), ["一、工作\n第一句话。", "第二句话。"]);
    }

    #[test]
    fn tables_split_between_rows_with_the_header_repeated() {
        let text =
            "说明。\n| 类别 | 数量 |\n| 行政处罚 | 36 |\n| 行政许可 | 120 |\n| 行政复议 | 4 |\n";
        let c = run(text, 40);
        // The table (3 + 14 + 16 + 17 + 15 > 40) does not fit with the paragraph nor alone.
        assert_eq!(c[0].text, "说明。\n| 类别 | 数量 |\n| 行政处罚 | 36 |");
        assert_eq!(c[0].table_header, None);
        assert_eq!(c[1].text, "| 行政许可 | 120 |\n| 行政复议 | 4 |");
        assert_eq!(c[1].table_header.as_deref(), Some("| 类别 | 数量 |"));
        assert!(c[1].page_content().chars().count() <= 40);
        // A table that fits stays whole and carries no header.
        let c = run(text, 200);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].table_header, None);
    }

    #[test]
    fn title_meta_and_boilerplate_are_left_out() {
        let text = "某局工作报告\n发布日期:2025-01-20 来源:某局\n一、工作\n立案94件。\n扫一扫在手机上查看当前页面\n";
        let c = run(text, 100);
        assert_eq!(texts(&c), ["一、工作\n立案94件。"]);
        assert_eq!(c[0].title.as_deref(), Some("某局工作报告"));
        assert_eq!(c[0].published.as_deref(), Some("2025-01-20"));
        assert_eq!(c[0].indicators, [0]);
    }

    #[test]
    fn merge_small_joins_small_sections_under_one_parent() {
        let merged = |text: &str, max_chars| {
            let report = crate::parse(text);
            let opts = ChunkOptions {
                max_chars,
                merge_small: true,
                ..Default::default()
            };
            chunks(&report, text, &opts)
        };
        let text = "一、甲\n（一）子一\n短句。\n（二）子二\n短句。\n二、乙\n短句。\n";
        let c = merged(text, 100);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].path, ["甲"]);
        assert_eq!(run(text, 100).len(), 4);
        // 子一 and 子二 share a chunk; 二、乙 would fit too but is not under the parent of 子一.
        let text =
            "一、甲\n甲的正文一共有十二个字。\n（一）子一\n短句。\n（二）子二\n短句。\n二、乙\n";
        let c = merged(text, 24);
        assert_eq!(
            texts(&c),
            [
                "一、甲\n甲的正文一共有十二个字。",
                "（一）子一\n短句。\n（二）子二\n短句。",
                "二、乙"
            ]
        );
        assert_eq!(c[1].path, ["甲", "子一"]);
    }

    #[test]
    fn overlap_goes_to_context_before() {
        let text = "一、工作\n第一句话。第二句话。\n二、打算\n再做。\n";
        let report = crate::parse(text);
        let opts = ChunkOptions {
            max_chars: 11,
            overlap: 3,
            ..Default::default()
        };
        let c = chunks(&report, text, &opts);
        assert_eq!(
            texts(&c),
            ["一、工作\n第一句话。", "第二句话。", "二、打算\n再做。"]
        );
        assert_eq!(c[0].context_before, None);
        assert_eq!(c[1].context_before.as_deref(), Some("句话。"));
        // Not across a heading.
        assert_eq!(c[2].context_before, None);
    }

    #[test]
    fn a_text_that_is_not_the_parsed_one_gives_nothing() {
        let report = crate::parse("一、工作\n立案94件。\n");
        assert!(chunks(&report, "短", &ChunkOptions::default()).is_empty());
    }

    #[test]
    fn zero_max_chars_is_one() {
        let c = run("一、工\n", 0);
        assert_eq!(texts(&c), ["一", "、", "工"]);
    }
}
