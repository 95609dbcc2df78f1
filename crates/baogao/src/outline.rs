//! The outline parser: splits a report into title, metadata, preamble, the heading tree, closing
//! and boilerplate, covering every byte of the input exactly once.
//!
//! Heading levels come from the document, not a fixed table: the parser keeps the stack of open
//! headings; a heading whose marker style is already open closes everything inside it and becomes
//! its sibling, any other style nests under the innermost open heading.
//!
//! ```
//! let r = baogao::parse("一、成效\n(一)建章立制。正文。\n1.细则\n二、问题\n(二)整改。\n");
//! let levels: Vec<_> = r.headings().iter().map(|h| (h.marker.raw.as_str(), h.level)).collect();
//! assert_eq!(levels, [("一、", 1), ("(一)", 2), ("1.", 3), ("二、", 1), ("(二)", 2)]);
//! assert_eq!(r.diagnostics[0].kind, baogao::DiagnosticKind::ContinuedNumbering);
//! ```

use crate::enumeration::{enumerations, Anchors};
use crate::marker::{broken_paren_marker, marker_parts};
use crate::meta::{date, is_boilerplate, is_date_line, meta_fields};
use crate::model::*;
use crate::span::Span;
use crate::text::{char_len, find_title_end, has_control_chars, is_space, trim};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// A line of the input: content `start..end`, without the line break.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Splits `text` into lines at every line break of [`crate::text::is_line_break`] (`\n`, `\r\n`
/// as one break, `\r` alone, NEL, U+2028, U+2029). The array is sized exactly (a first count).
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let unicode = has_unicode_breaks(bytes);
    if !unicode && memchr::memchr(b'\r', bytes).is_none() {
        return lf_lines(bytes);
    }
    let (n, last_end) =
        Breaks::new(bytes, unicode).fold((0, 0), |(n, _), (at, len)| (n + 1, at + len));
    let mut out = Vec::with_capacity(n + usize::from(last_end < bytes.len()));
    let mut start = 0;
    for (at, len) in Breaks::new(bytes, unicode) {
        out.push(Line { start, end: at });
        start = at + len;
    }
    if start < bytes.len() {
        out.push(Line {
            start,
            end: bytes.len(),
        });
    }
    out
}

/// The lines of a text whose only breaks are `\n` (the common case: a vectorised count, then
/// one `memchr` per line).
fn lf_lines(bytes: &[u8]) -> Vec<Line> {
    let n = memchr::memchr_iter(b'\n', bytes).count();
    let tail = usize::from(!bytes.is_empty() && bytes[bytes.len() - 1] != b'\n');
    let mut out = Vec::with_capacity(n + tail);
    let mut start = 0;
    for at in memchr::memchr_iter(b'\n', bytes) {
        out.push(Line { start, end: at });
        start = at + 1;
    }
    if start < bytes.len() {
        out.push(Line {
            start,
            end: bytes.len(),
        });
    }
    out
}

/// Whether `bytes` holds NEL, U+2028 or U+2029 (three vector searches; these breaks are rare,
/// so the common scan looks for `\n` and `\r` only).
fn has_unicode_breaks(bytes: &[u8]) -> bool {
    ["\u{85}", "\u{2028}", "\u{2029}"]
        .iter()
        .any(|b| memchr::memmem::find(bytes, b.as_bytes()).is_some())
}

/// The line breaks of a text in order: (offset, byte length).
struct Breaks<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Whether to look for NEL, U+2028 and U+2029 too (a byte loop instead of `memchr2`).
    unicode: bool,
}

impl<'a> Breaks<'a> {
    fn new(bytes: &'a [u8], unicode: bool) -> Self {
        Breaks {
            bytes,
            at: 0,
            unicode,
        }
    }
}

impl Iterator for Breaks<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let b = self.bytes;
        let found = if self.unicode {
            (self.at..b.len()).find_map(|i| match b[i] {
                b'\n' | b'\r' => Some((i, 0)),
                0xc2 if b.get(i + 1) == Some(&0x85) => Some((i, 2)),
                0xe2 if b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) =>
                {
                    Some((i, 3))
                }
                _ => None,
            })
        } else {
            memchr::memchr2(b'\n', b'\r', &b[self.at..]).map(|p| (self.at + p, 0))
        };
        let (at, mut len) = found?;
        if len == 0 {
            len = if b[at] == b'\r' && b.get(at + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        self.at = at + len;
        Some((at, len))
    }
}

/// Maps byte offsets to 1-based line numbers.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(lines: &[Line]) -> Self {
        LineIndex {
            starts: lines.iter().map(|l| l.start).collect(),
        }
    }

    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i.max(1),
        }
    }
}

/// What a line (or the head of a line) was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Blank,
    Title,
    Meta,
    Closing,
    Boilerplate,
    Body,
}

fn is_blank(text: &str, l: &Line) -> bool {
    text[l.start..l.end].chars().all(is_space)
}

/// A short line that could be (part of) a title: no sentence punctuation, no marker.
fn title_like(s: &str) -> bool {
    let s = trim(s);
    let n = char_len(s);
    (2..=50).contains(&n)
        && !s
            .chars()
            .any(|c| matches!(c, '。' | '；' | ';' | '！' | '？' | '：' | ':'))
        && !s.ends_with(['，', ','])
        && marker_parts(s, true).is_err()
        && !s.starts_with(|c: char| c.is_ascii_digit() || c == '|')
        && meta_fields(s).is_none()
        && !is_boilerplate(s)
        && !is_date_line(s)
}

/// A short line that could be a closing signature (an organisation name).
fn signature_like(s: &str) -> bool {
    let s = trim(s);
    let n = char_len(s);
    (2..=40).contains(&n)
        && !s.chars().any(crate::text::is_clause_punct)
        && meta_fields(s).is_none()
        && !is_boilerplate(s)
        && marker_parts(s, false).is_err()
}

/// Whether `s` holds at least two tabs (a vector search that stops at the second one).
fn second_tab(s: &str) -> bool {
    memchr::memchr_iter(b'\t', s.as_bytes()).nth(1).is_some()
}

/// Splits a table row into cells, if the line is one (`| a | b |`, or at least two tabs).
fn table_cells(s: &str) -> Option<Vec<String>> {
    let t = trim(s);
    let cells: Vec<&str> = if t.starts_with('|') || t.starts_with('｜') {
        t.trim_matches(['|', '｜']).split(['|', '｜']).collect()
    } else if second_tab(s) && !trim(s).is_empty() {
        trim(s)
            .split('\t')
            .filter(|c| !c.trim().is_empty())
            .collect()
    } else {
        return None;
    };
    (cells.len() >= 2).then(|| cells.into_iter().map(|c| trim(c).to_string()).collect())
}

/// Line roles, the title, and the closing with its first and last line indices.
type Classified = (Vec<Role>, Option<Title>, Option<(usize, usize, Closing)>);

/// Marks the title, metadata, closing and boilerplate lines; everything else is `Body`.
fn classify(text: &str, lines: &[Line]) -> Classified {
    let mut roles: Vec<Role> = lines
        .iter()
        .map(|l| {
            if is_blank(text, l) {
                Role::Blank
            } else {
                Role::Body
            }
        })
        .collect();
    let content = |i: usize| &text[lines[i].start..lines[i].end];

    // Top zone: title lines, metadata and boilerplate before the first body line.
    let mut title: Option<Title> = None;
    let mut i = 0;
    let mut title_lines: Vec<usize> = Vec::new();
    let mut title_text = String::new();
    while i < lines.len() {
        if roles[i] == Role::Blank {
            i += 1;
            continue;
        }
        let s = content(i);
        if meta_fields(s).is_some() {
            roles[i] = Role::Meta;
        } else if is_boilerplate(s) {
            roles[i] = Role::Boilerplate;
        } else if title_like(s) && title_lines.len() < 4 && !lines_after_meta(&roles[..i]) {
            let t = trim(s);
            if !title_text.contains(t) {
                title_text.push_str(t);
            }
            title_lines.push(i);
            roles[i] = Role::Title;
        } else {
            break;
        }
        i += 1;
    }
    // A title must not be the whole document's only text, and a lone "title" directly followed by
    // a continuation of its sentence is body text.
    if !title_lines.is_empty() {
        title = Some(Title {
            text: title_text,
            lines: title_lines.iter().map(|&i| i + 1).collect(),
            span: Span::default(),
        });
    }

    // Bottom zone: from the end, blank/boilerplate/meta/closing lines.
    let mut closing = None;
    let mut j = lines.len();
    let mut date_line = None;
    let mut sig_line = None;
    while j > i {
        let k = j - 1;
        if roles[k] == Role::Blank {
            j -= 1;
            continue;
        }
        let s = content(k);
        if is_boilerplate(s) {
            roles[k] = Role::Boilerplate;
        } else if meta_fields(s).is_some() {
            roles[k] = Role::Meta;
        } else if date_line.is_none() && sig_line.is_none() && closing_date(s).is_some() {
            date_line = Some(k);
            roles[k] = Role::Closing;
        } else if date_line.is_some()
            && sig_line.is_none()
            && signature_like(s)
            && closing_date(s).is_none()
        {
            sig_line = Some(k);
            roles[k] = Role::Closing;
            break;
        } else {
            break;
        }
        j -= 1;
    }
    if let Some(d) = date_line {
        let (sig_inline, date_text) = closing_date(content(d)).unwrap_or_default();
        let signature = sig_line
            .map(|k| trim(content(k)).to_string())
            .or(sig_inline);
        let first = sig_line.unwrap_or(d);
        let lines_used: Vec<usize> = [sig_line, Some(d)]
            .into_iter()
            .flatten()
            .map(|k| k + 1)
            .collect();
        // Lines between the signature and the date are blank, so the closing is contiguous.
        closing = Some((
            first,
            d,
            Closing {
                signature,
                date: Some(date_text),
                lines: lines_used,
                span: Span::default(),
            },
        ));
    }
    (roles, title, closing)
}

fn lines_after_meta(roles: &[Role]) -> bool {
    roles.contains(&Role::Meta)
}

/// A closing date line: the date alone, or `signature date` on one line.
fn closing_date(s: &str) -> Option<(Option<String>, String)> {
    let t = trim(s);
    // Every date ends with 日, 号 or a digit: a cheap test before the date parsers and the
    // backward search for a space on long body lines.
    if !t.ends_with(|c: char| matches!(c, '日' | '号' | '0'..='9' | '０'..='９')) {
        return None;
    }
    if is_date_line(t) {
        return Some((None, t.to_string()));
    }
    // "潜江市应急管理局 2025年1月9日"
    let (head, tail) = t.rsplit_once(is_space)?;
    if is_date_line(tail) && signature_like(head) {
        if let Ok(("", d)) = date(tail) {
            return Some((Some(trim(head).to_string()), d.to_string()));
        }
    }
    None
}

/// An open heading on the stack.
struct Open {
    section: Section,
}

/// Builds the section tree from headings and blocks arriving in document order.
struct Tree {
    roots: Vec<Section>,
    preamble: Vec<Block>,
    stack: Vec<Open>,
    diagnostics: Vec<Diagnostic>,
    /// The last ordinal seen of each style (see [`style_index`]), anywhere in the document.
    last_seen: [Option<u32>; MARKER_STYLES],
}

/// The number of [`MarkerStyle`] variants.
const MARKER_STYLES: usize = 11;

/// A slot per style for [`Tree::last_seen`] (an array: a hash map per heading showed in profiles).
fn style_index(style: MarkerStyle) -> usize {
    match style {
        MarkerStyle::ChineseComma => 0,
        MarkerStyle::ParenChinese => 1,
        MarkerStyle::ArabicDot => 2,
        MarkerStyle::ArabicComma => 3,
        MarkerStyle::ParenArabic => 4,
        MarkerStyle::Circled => 5,
        MarkerStyle::Chapter => 6,
        MarkerStyle::ChapterSection => 7,
        MarkerStyle::Article => 8,
        MarkerStyle::Bare => 9,
        MarkerStyle::Unmarked => 10,
    }
}

impl Tree {
    fn new() -> Self {
        Tree {
            roots: Vec::new(),
            preamble: Vec::new(),
            stack: Vec::new(),
            diagnostics: Vec::new(),
            last_seen: [None; MARKER_STYLES],
        }
    }

    fn pop(&mut self) {
        if let Some(open) = self.stack.pop() {
            match self.stack.last_mut() {
                Some(parent) => parent.section.children.push(open.section),
                None => self.roots.push(open.section),
            }
        }
    }

    /// The index in the stack of the open heading with this style, if any.
    fn open_index(&self, style: MarkerStyle) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|o| o.section.heading.marker.style == style)
    }

    /// The last ordinal of `style` among the children of the innermost heading that would become
    /// the new heading's parent.
    fn last_ordinal(&self, style: MarkerStyle) -> Option<u32> {
        match self.open_index(style) {
            Some(i) => self.stack[i].section.heading.marker.ordinal,
            None => None,
        }
    }

    fn push_heading(&mut self, mut heading: Heading) {
        let style = heading.marker.style;
        let ordinal = heading.marker.ordinal.unwrap_or(0);
        if let Some(i) = self.open_index(style) {
            let prev = self.stack[i].section.heading.marker.ordinal.unwrap_or(0);
            while self.stack.len() > i {
                self.pop();
            }
            if ordinal != prev + 1 && style != MarkerStyle::Unmarked {
                let (kind, what) = if ordinal <= prev {
                    (DiagnosticKind::RepeatedOrdinal, "repeats or goes back from")
                } else {
                    (DiagnosticKind::SkippedOrdinal, "skips after")
                };
                self.diagnostics.push(Diagnostic {
                    kind,
                    span: heading.span,
                    message: format!(
                        "heading {} {} {} ({})",
                        heading.marker.raw,
                        what,
                        prev,
                        style_name(style)
                    ),
                });
            }
        } else if ordinal > 1 && style != MarkerStyle::Unmarked {
            let before = self.last_seen[style_index(style)];
            let continued = before == Some(ordinal - 1);
            self.diagnostics.push(Diagnostic {
                kind: if continued { DiagnosticKind::ContinuedNumbering } else { DiagnosticKind::SkippedOrdinal },
                span: heading.span,
                message: if continued {
                    format!("{} is the first of its level here but continues the numbering of the previous section", heading.marker.raw)
                } else {
                    format!("{} opens a level without a 1 before it", heading.marker.raw)
                },
            });
        }
        heading.level = self.stack.len() + 1;
        self.last_seen[style_index(style)] = Some(ordinal);
        self.stack.push(Open {
            section: Section {
                heading,
                blocks: Vec::new(),
                children: Vec::new(),
            },
        });
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(o) => o.section.blocks.push(block),
            None => self.preamble.push(block),
        }
    }

    fn finish(mut self) -> (Vec<Block>, Vec<Section>, Vec<Diagnostic>) {
        while !self.stack.is_empty() {
            self.pop();
        }
        (self.preamble, self.roots, self.diagnostics)
    }
}

fn style_name(style: MarkerStyle) -> &'static str {
    match style {
        MarkerStyle::ChineseComma => "一、",
        MarkerStyle::ParenChinese => "(一)",
        MarkerStyle::ArabicDot => "1.",
        MarkerStyle::ArabicComma => "1、",
        MarkerStyle::ParenArabic => "(1)",
        MarkerStyle::Circled => "①",
        MarkerStyle::Chapter => "第一章",
        MarkerStyle::ChapterSection => "第一节",
        MarkerStyle::Article => "第一条",
        MarkerStyle::Bare => "bare numeral",
        MarkerStyle::Unmarked => "unmarked",
    }
}

/// A heading found at `pos`: its marker, title, where the title (with its punctuation) ends,
/// and whether body text follows on the line. Borrows the text: most are read to be rejected.
struct Found<'a> {
    raw: &'a str,
    style: MarkerStyle,
    /// `None` for a repaired marker (its ordinal comes from the sequence).
    ordinal: Option<u32>,
    title: &'a str,
    title_end: usize,
    inline_body: bool,
    repaired: bool,
    /// Whether the title was cut to [`TITLE_MAX`] characters.
    cut: bool,
}

impl Found<'_> {
    fn marker(&self) -> Marker {
        Marker {
            raw: self.raw.to_string(),
            style: self.style,
            ordinal: self.ordinal,
        }
    }
}

/// Reads a heading at `pos` (a line start, after indentation, or a mid-line position).
fn read_heading(text: &str, pos: usize, line_end: usize, allow_bare: bool) -> Option<Found<'_>> {
    let s = &text[pos..line_end];
    // Every marker starts with a bracket, a digit, a numeral, a circled number or 第.
    let first = s.chars().next()?;
    if !(matches!(first, '(' | '（' | ')' | '）' | '第' | '①'..='⑳' | '０'..='９')
        || first.is_ascii_digit()
        || crate::number::is_chinese_numeral_char(first))
    {
        return None;
    }
    let (rest, raw, style, ordinal, repaired) = match marker_parts(s, allow_bare) {
        Ok((rest, m)) => (rest, m.raw, m.style, Some(m.ordinal), false),
        Err(_) => {
            let (rest, raw) = broken_paren_marker(s).ok()?;
            let rest = rest.trim_start_matches(is_space);
            (rest, raw, MarkerStyle::ParenChinese, None, true)
        }
    };
    let body_start = line_end - rest.len();
    let (title_len, end_len) = match find_title_end(rest) {
        Some((i, len)) => (i, i + len),
        None => (rest.len(), rest.len()),
    };
    let title = trim(&rest[..title_len]);
    if title.is_empty() {
        return None;
    }
    let (title, cut) = bounded_title(title);
    let after = &rest[end_len..];
    let inline_body = !trim(after).is_empty();
    let title_end = body_start + end_len;
    Some(Found {
        raw,
        style,
        ordinal,
        title,
        title_end,
        inline_body,
        repaired,
        cut,
    })
}

/// The longest heading title kept, in characters. Real titles are under 60; a longer "title" is
/// a heading line without sentence punctuation (a flattened report, a `\r`-only file read as
/// one line), and every indicator under it would carry it in its section path.
pub(crate) const TITLE_MAX: usize = 200;

/// `title` cut to at most [`TITLE_MAX`] characters, at the last clause boundary (，,、：:) inside
/// the bound when there is one, and whether it was cut.
fn bounded_title(title: &str) -> (&str, bool) {
    let Some((limit, _)) = title.char_indices().nth(TITLE_MAX) else {
        return (title, false);
    };
    let head = &title[..limit];
    let cut = head
        .rfind(['，', ',', '、', '：', ':'])
        .filter(|&i| !trim(&head[..i]).is_empty())
        .unwrap_or(limit);
    (trim(&head[..cut]), true)
}

/// The diagnostic of a heading whose title was cut (see [`bounded_title`]).
fn long_title(at: usize, title: &str) -> Diagnostic {
    Diagnostic {
        kind: DiagnosticKind::LongTitle,
        span: Span::new(at, at),
        message: format!(
            "heading title longer than {TITLE_MAX} characters cut to its first {}",
            char_len(title)
        ),
    }
}

/// Parses the outline of `text`; also gives its line index, which the indicator pass reuses.
pub(crate) fn parse_outline(text: &str) -> (Report, LineIndex) {
    let lines = lines(text);
    let (roles, title, closing) = classify(text, &lines);
    let doc = Doc {
        text,
        lines: &lines,
        roles: &roles,
        index: LineIndex::new(&lines),
        anchors: Anchors::new(text),
    };

    // Leaves in order: (start, kind-specific payload). Spans are fixed up at the end so that each
    // leaf runs to the start of the next one.
    // One leaf per non-blank line (more only for lines split at mid-line headings): sized from
    // the roles, not the lines, so that a text of blank lines reserves nothing for them.
    let non_blank = roles.iter().filter(|r| **r != Role::Blank).count();
    let mut leaves: Vec<(usize, LeafRef)> = Vec::with_capacity(non_blank + 1);
    let mut meta = Meta::default();
    let mut boilerplate = Vec::new();
    let mut tree = Tree::new();
    let mut pending_bare: Option<u32> = None;

    if let Some(t) = title.as_ref() {
        leaves.push((lines[t.lines[0] - 1].start, LeafRef::Title));
    }
    let mut k = 0;
    while k < lines.len() {
        let l = lines[k];
        let content = &text[l.start..l.end];
        match roles[k] {
            Role::Blank | Role::Title => {}
            Role::Meta => {
                let fields = meta_fields(content).unwrap_or_default();
                for (key, value) in &fields {
                    if value.is_empty() {
                        continue;
                    }
                    let slot = match key.as_str() {
                        "发布日期" | "发布时间" | "发文日期" | "成文日期" | "日期" | "时间" => {
                            &mut meta.published
                        }
                        "来源" | "信息来源" | "文章来源" | "发布机构" | "发文机关" => {
                            &mut meta.source
                        }
                        "作者" => &mut meta.author,
                        "编辑" | "责任编辑" => &mut meta.editor,
                        "浏览量" | "浏览次数" | "点击数" | "点击次数" | "访问量" | "阅读量" => {
                            &mut meta.views
                        }
                        _ => continue,
                    };
                    if slot.is_none() {
                        *slot = Some(value.clone());
                    }
                }
                leaves.push((l.start, LeafRef::Meta(meta.lines.len())));
                meta.lines.push(MetaLine {
                    line: k + 1,
                    fields,
                    span: Span::default(),
                });
            }
            Role::Boilerplate => {
                leaves.push((l.start, LeafRef::Boilerplate(boilerplate.len())));
                boilerplate.push(Boilerplate {
                    text: trim(content).to_string(),
                    line: k + 1,
                    span: Span::default(),
                });
            }
            Role::Closing => {
                if let Some((first, _, _)) = &closing {
                    if *first == k {
                        leaves.push((l.start, LeafRef::Closing));
                    }
                }
            }
            Role::Body => {
                body_line(&doc, k, &mut tree, &mut leaves, &mut pending_bare);
            }
        }
        k += 1;
    }

    // Text with no leaf at all (only blank lines) still belongs to a node: one paragraph.
    if leaves.is_empty() && !text.is_empty() {
        leaves.push((0, LeafRef::Body));
        tree.push_block(Block::Paragraph(Paragraph {
            line: 1,
            span: Span::new(0, 0),
            enumerations: Vec::new(),
        }));
    }
    // Fix up spans: each leaf runs to the start of the next; the first starts at 0.
    leaves.sort_by_key(|(s, _)| *s);
    let mut bounds = Vec::with_capacity(leaves.len());
    for (i, (start, _)) in leaves.iter().enumerate() {
        let s = if i == 0 { 0 } else { *start };
        let e = leaves.get(i + 1).map_or(text.len(), |(n, _)| *n);
        bounds.push(Span::new(s, e));
    }
    let (preamble, sections, mut diagnostics) = tree.finish();
    let mut report = Report {
        title,
        meta,
        preamble,
        sections,
        closing: closing.map(|c| c.2),
        boilerplate,
        indicators: Vec::new(),
        diagnostics: Vec::new(),
    };
    for (leaf, span) in leaves.iter().zip(&bounds) {
        match leaf.1 {
            LeafRef::Title => {
                if let Some(t) = report.title.as_mut() {
                    t.span = *span;
                }
            }
            LeafRef::Meta(i) => report.meta.lines[i].span = *span,
            LeafRef::Boilerplate(i) => report.boilerplate[i].span = *span,
            LeafRef::Closing => {
                if let Some(c) = report.closing.as_mut() {
                    c.span = *span;
                }
            }
            LeafRef::Body => {}
        }
    }
    // Headings and blocks carry their start in `span.start` until now. Leaves are sorted by start
    // and no two start at the same byte (each line has one role, and the leaves of a body line
    // start at increasing offsets), so a binary search finds a body node's leaf.
    let fix = |s: &mut Span| {
        if let Ok(i) = leaves.binary_search_by_key(&s.start, |(start, _)| *start) {
            if matches!(leaves[i].1, LeafRef::Body) {
                *s = bounds[i];
            }
        }
    };
    for b in report.preamble.iter_mut() {
        fix_block(b, &fix);
    }
    fn walk(s: &mut Section, fix: &dyn Fn(&mut Span)) {
        fix(&mut s.heading.span);
        for b in s.blocks.iter_mut() {
            fix_block(b, fix);
        }
        for c in s.children.iter_mut() {
            walk(c, fix);
        }
    }
    for s in report.sections.iter_mut() {
        walk(s, &fix);
    }
    for d in diagnostics.iter_mut() {
        fix(&mut d.span);
    }
    report.diagnostics = diagnostics;
    if has_control_chars(text) {
        report.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::ControlCharacters,
            span: Span::new(0, text.len()),
            message: "the input holds NUL or other control characters; they are kept as text"
                .into(),
        });
    }
    (report, doc.index)
}

fn fix_block(b: &mut Block, fix: &dyn Fn(&mut Span)) {
    match b {
        Block::Paragraph(p) => fix(&mut p.span),
        Block::Table(t) => fix(&mut t.span),
    }
}

#[derive(Debug, Clone, Copy)]
enum LeafRef {
    Title,
    Meta(usize),
    Boilerplate(usize),
    Closing,
    Body,
}

/// Whether the next non-blank body line starts with a bare marker of ordinal `n`.
fn next_line_bare(doc: &Doc, k: usize, n: u32) -> bool {
    let (text, lines, roles) = (doc.text, doc.lines, doc.roles);
    let mut j = k + 1;
    while j < lines.len() && roles[j] == Role::Blank {
        j += 1;
    }
    if j >= lines.len() || roles[j] != Role::Body {
        return false;
    }
    let s = text[lines[j].start..lines[j].end].trim_start_matches(is_space);
    matches!(marker_parts(s, true), Ok((_, m)) if m.style == MarkerStyle::Bare && m.ordinal == n)
}

/// What the body lines are read against: the text, its lines and their roles, and what is
/// computed once per document.
struct Doc<'a> {
    text: &'a str,
    lines: &'a [Line],
    roles: &'a [Role],
    index: LineIndex,
    anchors: Anchors,
}

fn body_line(
    doc: &Doc,
    k: usize,
    tree: &mut Tree,
    leaves: &mut Vec<(usize, LeafRef)>,
    pending_bare: &mut Option<u32>,
) {
    let text = doc.text;
    let l = doc.lines[k];
    let content = &text[l.start..l.end];
    if let Some(cells) = table_cells(content) {
        leaves.push((l.start, LeafRef::Body));
        tree.push_block(Block::Table(TableRow {
            line: k + 1,
            cells,
            span: Span::new(l.start, l.start),
        }));
        return;
    }
    let indent = content.len() - content.trim_start_matches(is_space).len();
    let pos = l.start + indent;
    let mut cursor = l.start;
    if let Some(found) = read_heading(text, pos, l.end, true) {
        let accept = match found.style {
            MarkerStyle::Bare => {
                let n = found.ordinal.unwrap_or(0);
                let ok = *pending_bare == Some(n.saturating_sub(1)) && n > 1
                    || (n == 1 && next_line_bare(doc, k, 2));
                ok && (found.inline_body || char_len(found.title) <= 40)
            }
            _ => true,
        };
        if accept {
            let mut marker = found.marker();
            let mut diag = None;
            if found.repaired {
                let ordinal = tree
                    .last_ordinal(MarkerStyle::ParenChinese)
                    .map_or(1, |n| n + 1);
                marker.ordinal = Some(ordinal);
                diag = Some(Diagnostic {
                    kind: DiagnosticKind::RepairedMarker,
                    span: Span::new(l.start, l.start),
                    message: format!(
                        "broken marker {:?} read as ({})",
                        marker.raw,
                        chinese_ordinal_text(ordinal)
                    ),
                });
            } else if marker.style == MarkerStyle::Bare {
                diag = Some(Diagnostic {
                    kind: DiagnosticKind::BareMarker,
                    span: Span::new(l.start, l.start),
                    message: format!(
                        "bare numeral {:?} without 、 read as a heading marker",
                        marker.raw
                    ),
                });
            }
            *pending_bare = if marker.style == MarkerStyle::Bare {
                marker.ordinal
            } else {
                *pending_bare
            };
            if let Some(d) = diag {
                tree.diagnostics.push(d);
            }
            let heading = Heading {
                level: 0,
                marker,
                title: found.title.to_string(),
                inline_body: found.inline_body,
                line: k + 1,
                span: Span::new(l.start, l.start),
            };
            leaves.push((l.start, LeafRef::Body));
            if found.cut {
                tree.diagnostics.push(long_title(l.start, found.title));
            }
            tree.push_heading(heading);
            if !found.inline_body {
                return;
            }
            cursor = found.title_end;
        }
    }
    // The rest of the line is running text, possibly with mid-line headings (a flattened report).
    loop {
        let split = find_mid_line_heading(text, cursor, l.end, tree);
        let para_end = split.as_ref().map_or(l.end, |(p, _)| *p);
        if para_end > cursor {
            leaves.push((cursor, LeafRef::Body));
            let enumerations = enumerations(&doc.anchors, text, cursor, para_end);
            tree.push_block(Block::Paragraph(Paragraph {
                line: doc.index.line_of(cursor),
                span: Span::new(cursor, cursor),
                enumerations,
            }));
        }
        let Some((p, found)) = split else { break };
        tree.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::MidLineHeading,
            span: Span::new(p, p),
            message: format!("heading {} found in the middle of a line", found.raw),
        });
        leaves.push((p, LeafRef::Body));
        let heading = Heading {
            level: 0,
            marker: found.marker(),
            title: found.title.to_string(),
            inline_body: found.inline_body,
            line: k + 1,
            span: Span::new(p, p),
        };
        if found.cut {
            tree.diagnostics.push(long_title(p, found.title));
        }
        tree.push_heading(heading);
        if !found.inline_body {
            break;
        }
        cursor = found.title_end;
    }
}

fn chinese_ordinal_text(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        _ => format!(
            "{}十{}",
            D[(n / 10) as usize % 10],
            if n % 10 == 0 {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
    }
}

/// A searcher for `。`, built once (building one costs more than a search in a sentence).
static FULL_STOP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("。"));

/// Finds a heading marker after a `。` in `text[from..to]` that the ordinal sequence supports:
/// the next ordinal of an open style, or a first item whose second follows later on the line.
fn find_mid_line_heading<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    tree: &Tree,
) -> Option<(usize, Found<'a>)> {
    let hay = &text[from..to];
    let mut search = 0;
    // Right after a heading's title (a flattened `一、甲。（一）乙。`) the start itself is a candidate.
    let mut at_start = text[..from].ends_with('。');
    loop {
        let after = if std::mem::take(&mut at_start) {
            0
        } else {
            match FULL_STOP.find(&hay.as_bytes()[search..]) {
                Some(off) => search + off + '。'.len_utf8(),
                None => break,
            }
        };
        search = after;
        let mut p = from + after;
        p += text[p..to].len() - text[p..to].trim_start_matches(is_space).len();
        if p >= to {
            break;
        }
        let first = text[p..].chars().next()?;
        if !matches!(first, '(' | '（' | '0'..='9' | '０'..='９' | '一'..='龥' | '①'..='⑳')
        {
            continue;
        }
        let Some(found) = read_heading(text, p, to, false) else {
            continue;
        };
        if found.repaired {
            continue;
        }
        let style = found.style;
        let n = found.ordinal.unwrap_or(0);
        let supported = match tree.last_ordinal(style) {
            Some(prev) => n == prev + 1,
            None => n == 1 && later_marker(text, found.title_end, to, style, 2),
        };
        if supported {
            return Some((p, found));
        }
    }
    None
}

fn later_marker(text: &str, from: usize, to: usize, style: MarkerStyle, n: u32) -> bool {
    let hay = &text[from..to];
    let mut search = 0;
    while let Some(off) = hay[search..].find('。') {
        let p = from + search + off + '。'.len_utf8();
        search += off + '。'.len_utf8();
        if p >= to {
            break;
        }
        if let Ok((_, m)) = marker_parts(&text[p..to], false) {
            if m.style == style && m.ordinal == n {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod line_tests {
    use super::lines;

    fn split(text: &str) -> Vec<&str> {
        lines(text).iter().map(|l| &text[l.start..l.end]).collect()
    }

    #[test]
    fn every_line_break_convention() {
        assert_eq!(split("甲\n乙\r\n丙\r丁"), ["甲", "乙", "丙", "丁"]);
        assert_eq!(
            split("甲\u{2028}乙\u{2029}丙\u{85}丁\n"),
            ["甲", "乙", "丙", "丁"]
        );
        // `\r\n` is one break, `\n\r` two; blank lines stay lines.
        assert_eq!(split("甲\n\r乙\r\n\r\n"), ["甲", "", "乙", ""]);
        assert_eq!(split("\r\r"), ["", ""]);
        assert_eq!(split(""), Vec::<&str>::new());
        // Look-alikes are not breaks: “ (E2 80 9C), … (E2 80 A6), © (C2 A9), a lone C2 85 prefix.
        assert_eq!(split("“甲”…©\u{2028}"), ["“甲”…©"]);
        // The array is sized exactly.
        let text = "一\r二\u{2028}三\n".repeat(100);
        let ls = lines(&text);
        assert_eq!((ls.len(), ls.capacity()), (300, 300));
        assert_eq!(lines("甲\n乙").capacity(), 2);
        let text = "一\n\n二\n".repeat(100);
        let ls = lines(&text);
        assert_eq!((ls.len(), ls.capacity()), (300, 300));
        assert_eq!(split("甲\n\n乙"), ["甲", "", "乙"]);
    }
}
