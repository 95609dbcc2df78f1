//! Inline enumerations inside a paragraph: 一是…二是…十一是, 第一，…第二，…, 首先…其次…最后,
//! 一方面…另一方面.
//!
//! A marker counts only at a clause boundary (start of the paragraph or after punctuation), so
//! the 一是 inside 十一是 is not counted twice, and only in ordinal sequence.
//!
//! ```
//! let r = baogao::parse("一是成立小组；二是制定方案；十是做好服务。\n");
//! let baogao::Block::Paragraph(p) = &r.preamble[0] else { panic!() };
//! let markers: Vec<_> = p.enumerations[0].items.iter().map(|i| i.marker.as_str()).collect();
//! assert_eq!(markers, ["一是", "二是"]);
//! ```

use crate::marker::{ordinal_marker, sequence_marker, shi_marker};
use crate::model::{Enumeration, EnumerationItem, EnumerationStyle};
use crate::span::Span;
use crate::text::{is_clause_punct, is_space};
use memchr::memmem::Finder;
use std::sync::LazyLock;

fn at_boundary(text: &str, from: usize, p: usize) -> bool {
    if p == from {
        return true;
    }
    let prev = text[from..p].chars().next_back();
    prev.is_some_and(|c| is_clause_punct(c) || is_space(c) || matches!(c, '”' | '"' | '）' | ')'))
}

/// Searchers for the words that anchor a marker, built once: building a `memmem` searcher costs
/// more than running it over a typical paragraph.
struct Finders {
    shi: Finder<'static>,
    di: Finder<'static>,
    sequence: [Finder<'static>; 4],
    aspect: Finder<'static>,
}

static FINDERS: LazyLock<Finders> = LazyLock::new(|| Finders {
    shi: Finder::new("是"),
    di: Finder::new("第"),
    sequence: ["首先", "其次", "再次", "最后"].map(Finder::new),
    aspect: Finder::new("方面"),
});

/// Candidate markers in `text[from..to]`: (position, style, ordinal, marker length), in order.
fn candidates(text: &str, from: usize, to: usize) -> Vec<(usize, EnumerationStyle, u32, usize)> {
    let hay = &text.as_bytes()[from..to];
    let finders = &*FINDERS;
    let mut out = Vec::new();
    // 一是 … 二十一是: walk back from each 是 over the numeral.
    for at in finders.shi.find_iter(hay) {
        let shi = from + at;
        let mut start = shi;
        for c in text[from..shi].chars().rev().take(3) {
            if matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            ) {
                start -= c.len_utf8();
            } else {
                break;
            }
        }
        if start < shi {
            if let Ok((rest, n)) = shi_marker(&text[start..to]) {
                out.push((start, EnumerationStyle::Shi, n, to - rest.len() - start));
            }
        }
    }
    for at in finders.di.find_iter(hay) {
        let p = from + at;
        if let Ok((rest, n)) = ordinal_marker(&text[p..to]) {
            out.push((p, EnumerationStyle::Ordinal, n, to - rest.len() - p));
        }
    }
    for finder in &finders.sequence {
        for at in finder.find_iter(hay) {
            let p = from + at;
            if let Ok((rest, n)) = sequence_marker(&text[p..to]) {
                out.push((p, EnumerationStyle::Sequence, n, to - rest.len() - p));
            }
        }
    }
    for at in finders.aspect.find_iter(hay) {
        let p = from + at;
        for (lead, n) in [("另一", 2), ("一", 1)] {
            if text[from..p].ends_with(lead) {
                let s = p - lead.len();
                out.push((s, EnumerationStyle::Aspect, n, p + "方面".len() - s));
                break;
            }
        }
    }
    out.sort_by_key(|c| c.0);
    out.dedup_by_key(|c| c.0);
    out
}

/// Finds the enumerations in `text[from..to]`.
pub(crate) fn enumerations(text: &str, from: usize, to: usize) -> Vec<Enumeration> {
    let mut series: Vec<Enumeration> = Vec::new();
    let mut open: [Option<usize>; 4] = [None; 4]; // index into `series` per style
    for (p, style, n, marker_len) in candidates(text, from, to) {
        if !at_boundary(text, from, p) {
            continue;
        }
        let marker_text = text[p..p + marker_len.min(to - p)]
            .trim_end_matches(['，', ',', '：', ':', '、'])
            .to_string();
        let slot = style as usize;
        let expected = open[slot].map(|s| {
            let items = &series[s].items;
            items.last().map_or(1, |it| it.ordinal + 1)
        });
        let item = EnumerationItem {
            marker: marker_text,
            ordinal: if n == 0 { expected.unwrap_or(1) } else { n },
            span: Span::new(p, to),
        };
        let continues =
            expected.is_some_and(|e| n == e || (n == 0 && style == EnumerationStyle::Sequence));
        if continues {
            let s = open[slot].unwrap_or(0);
            if let Some(last) = series[s].items.last_mut() {
                last.span.end = p;
            }
            series[s].items.push(item);
        } else if n == 1 {
            open[slot] = Some(series.len());
            series.push(Enumeration {
                style,
                items: vec![item],
            });
        }
    }
    series
}
