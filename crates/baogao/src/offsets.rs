//! Converting byte spans to the offsets other languages index strings by: Unicode code points
//! (Python) and UTF-16 code units (JavaScript). Done once per report, in one sweep over the text,
//! so that `text[start:end]` (Python) and `text.slice(start, end)` (JS) give the same text as
//! `&text[start..end]` in Rust.
//!
//! ```
//! use baogao::offsets::{convert_report, Unit};
//! let text = "𠀀共立案94件。";
//! let mut r = baogao::parse(text);
//! let byte_span = r.indicators[0].span;
//! assert_eq!(&text[byte_span.start..byte_span.end], "94件");
//! convert_report(text, &mut r, Unit::Utf16);
//! assert_eq!((r.indicators[0].span.start, r.indicators[0].span.end), (5, 8)); // 𠀀 is two UTF-16 units
//! ```

use crate::model::{Block, Report, Section};
use crate::span::Span;

/// The unit offsets are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (Rust); conversion is the identity.
    Byte,
    /// Unicode scalar values (Python `str` indices).
    Char,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Calls `f` on every span in the report (outline leaves, enumeration items, indicators,
/// diagnostics), so that a binding can rewrite them.
///
/// ```
/// let mut r = baogao::parse("一、工作\n全年立案94件。\n");
/// let mut n = 0;
/// baogao::offsets::for_each_span(&mut r, &mut |_s| n += 1);
/// assert!(n >= 3);
/// ```
pub fn for_each_span(report: &mut Report, f: &mut dyn FnMut(&mut Span)) {
    if let Some(t) = report.title.as_mut() {
        f(&mut t.span);
    }
    for m in report.meta.lines.iter_mut() {
        f(&mut m.span);
    }
    fn blocks(bs: &mut [Block], f: &mut dyn FnMut(&mut Span)) {
        for b in bs {
            match b {
                Block::Paragraph(p) => {
                    f(&mut p.span);
                    for e in p.enumerations.iter_mut() {
                        for it in e.items.iter_mut() {
                            f(&mut it.span);
                        }
                    }
                }
                Block::Table(t) => f(&mut t.span),
            }
        }
    }
    fn section(s: &mut Section, f: &mut dyn FnMut(&mut Span)) {
        f(&mut s.heading.span);
        blocks(&mut s.blocks, f);
        for c in s.children.iter_mut() {
            section(c, f);
        }
    }
    blocks(&mut report.preamble, f);
    for s in report.sections.iter_mut() {
        section(s, f);
    }
    if let Some(c) = report.closing.as_mut() {
        f(&mut c.span);
    }
    for b in report.boilerplate.iter_mut() {
        f(&mut b.span);
    }
    for i in report.indicators.iter_mut() {
        f(&mut i.span);
    }
    for d in report.diagnostics.iter_mut() {
        f(&mut d.span);
    }
    for t in report.tables.iter_mut() {
        f(&mut t.span);
        for r in t.rows.iter_mut() {
            for c in r.cells.iter_mut() {
                f(&mut c.span);
            }
        }
    }
}

/// Builds a byte-offset → `unit`-offset table for the given byte offsets, in one pass over `text`.
/// Offsets must lie on char boundaries (all spans of a report do).
///
/// ```
/// use baogao::offsets::{OffsetMap, Unit};
/// let m = OffsetMap::new("报告ab", [0, 3, 6, 7], Unit::Char);
/// assert_eq!(m.get(6), Some(2));
/// ```
#[derive(Debug, Clone)]
pub struct OffsetMap {
    table: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// A map for `offsets` (any order, duplicates allowed).
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>, unit: Unit) -> Self {
        let mut wanted: Vec<usize> = offsets.into_iter().collect();
        crate::sort::unstable(&mut wanted);
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let mut count = 0usize;
        let mut byte = 0usize;
        let mut chars = text.char_indices();
        for w in wanted {
            while byte < w {
                match chars.next() {
                    Some((_, c)) => {
                        byte += c.len_utf8();
                        count += match unit {
                            Unit::Byte => c.len_utf8(),
                            Unit::Char => 1,
                            Unit::Utf16 => c.len_utf16(),
                        };
                    }
                    None => break,
                }
            }
            table.push((w, count));
        }
        OffsetMap { table }
    }

    /// The converted offset for byte offset `byte`, if it was asked for.
    pub fn get(&self, byte: usize) -> Option<usize> {
        self.table
            .binary_search_by_key(&byte, |&(b, _)| b)
            .ok()
            .map(|i| self.table[i].1)
    }
}

/// Rewrites every span of `report` (parsed from `text`) from bytes to `unit`.
///
/// ```
/// use baogao::offsets::{convert_report, Unit};
/// let text = "报告：立案94件";
/// let mut r = baogao::parse(text);
/// convert_report(text, &mut r, Unit::Char);
/// let s = r.indicators[0].span;
/// let chars: Vec<char> = text.chars().collect();
/// assert_eq!(chars[s.start..s.end].iter().collect::<String>(), "94件");
/// ```
pub fn convert_report(text: &str, report: &mut Report, unit: Unit) {
    if unit == Unit::Byte {
        return;
    }
    let mut ends = Vec::new();
    for_each_span(report, &mut |s| {
        ends.push(s.start);
        ends.push(s.end);
    });
    let map = OffsetMap::new(text, ends, unit);
    for_each_span(report, &mut |s| {
        *s = Span::new(
            map.get(s.start).unwrap_or(s.start),
            map.get(s.end).unwrap_or(s.end),
        );
    });
}
