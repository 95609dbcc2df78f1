//! Inline enumerations inside a paragraph: 一是…二是…十一是, 第一，…第二，…, 首先…其次…最后,
//! 一方面…另一方面, ①…；②….
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

use crate::document::FontMapEvidence;
use crate::marker::{ordinal_marker, sequence_marker, shi_marker};
use crate::model::{Enumeration, EnumerationItem, EnumerationStyle};
use crate::span::Span;
use crate::text::{is_clause_punct, is_space};
use memchr::memmem::Finder;
use std::cell::RefCell;
use std::sync::LazyLock;

fn at_boundary(text: &str, from: usize, p: usize) -> bool {
    if p == from {
        return true;
    }
    let prev = text[from..p].chars().next_back();
    prev.is_some_and(|c| is_clause_punct(c) || is_space(c) || matches!(c, '”' | '"' | '）' | ')'))
}

/// Searchers for the words that anchor a marker, built once.
struct Finders {
    shi: Finder<'static>,
    di: Finder<'static>,
    /// 首先, 次 (of 其次 and 再次: one search for both), 最后.
    sequence: [Finder<'static>; 3],
    aspect: Finder<'static>,
}

static FINDERS: LazyLock<Finders> = LazyLock::new(|| Finders {
    shi: Finder::new("是"),
    di: Finder::new("第"),
    sequence: ["首先", "次", "最后"].map(Finder::new),
    aspect: Finder::new("方面"),
});

/// The anchor words in one list, for the one-pass search ([`PACKED`]): 是, 第, 首先, 其次, 再次,
/// 最后, 方面; then what the same pass finds for the rest of the parse: `｜` (a sign
/// that the text may hold table rows, see [`Anchors::fullwidth_pipe`]), U+FFFD and `(cid:` (the
/// evidence of a broken font map, [`FontMapEvidence`]), and runs of two U+3000 or two NBSP (a
/// sign that the text may hold a table aligned with them, see `aligned.rs`). No word can match inside another's match
/// (each starts a character), so one leftmost pass finds every occurrence of each. Every word is
/// at least three bytes long, so that Teddy tests three bytes a position (the two-byte E2 91 of
/// ① … ⑳, found by [`crate::lines::lead_c2_e2`] now, made it test two: 0.56M → 0.49M on the
/// corpus ×5). 其次 and 再次 are words of their own, not a 次 checked after the match (as the
/// `memmem` searches do): most 次 (`三次`, `首次`, `次年`) are no anchor, and each reported match
/// cost about 300 instructions, more than Teddy's own check of each 其 and 再 (0.3M on the
/// corpus ×20). No other word holds 其 or 再, so no match hides the start of one.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
const WORDS: [&[u8]; 12] = [
    "是".as_bytes(),
    "第".as_bytes(),
    "首先".as_bytes(),
    "其次".as_bytes(),
    "再次".as_bytes(),
    "最后".as_bytes(),
    "方面".as_bytes(),
    "｜".as_bytes(),
    "\u{fffd}".as_bytes(),
    b"(cid:",
    WIDE_RUNS[0].as_bytes(),
    WIDE_RUNS[1].as_bytes(),
];

/// Runs of two wide spaces: U+3000 (the ideographic space) and NBSP.
const WIDE_RUNS: [&str; 2] = ["\u{3000}\u{3000}", "\u{a0}\u{a0}"];

/// The anchor words in Teddy, aho-corasick's vectorised multi-pattern search, built once; `None`
/// where the processor lacks what Teddy needs (then the `memmem` searches run).
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
static PACKED: LazyLock<Option<aho_corasick::packed::Searcher>> = LazyLock::new(|| {
    let mut builder = aho_corasick::packed::Config::new().builder();
    for w in WORDS {
        builder.add(w);
    }
    builder.build()
});

/// Where the words that anchor a marker (是, 第, 首先 其次 再次 最后, 方面, ① … ⑳) occur in the
/// whole text, in increasing order. Searched once per document: one search per word over a short
/// paragraph costs more in setting up than in scanning. On x86-64 and AArch64 the words are found
/// in one vectorised multi-pattern pass (Teddy: 1.03M → 0.56M instructions on the corpus ×5);
/// elsewhere by one vectorised `memmem` search per word (about 0.5 instructions per byte each),
/// which cost less than one scalar pass over the characters that tests each against all the
/// words (2.5M measured, even with a second-byte filter: a scalar pass pays about 20
/// instructions per character; benches/README.md).
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct Anchors {
    shi: Vec<usize>,
    di: Vec<usize>,
    sequence: Vec<usize>,
    aspect: Vec<usize>,
    circled: Vec<usize>,
    /// The U+FFFD and `(cid:` of the text (see [`crate::document::font_map_damage`]).
    pub(crate) font_map: FontMapEvidence,
    /// Whether the text holds a `｜` (FF5C), a cell separator of table rows (see
    /// [`crate::table::RowSeparators`]).
    pub(crate) fullwidth_pipe: bool,
    /// Whether the text holds a run of two U+3000 or two NBSP (anywhere: indentation too), a
    /// sign that it may hold a table aligned with them (see `aligned.rs`). Only looked for
    /// where tables are read (the feature `tables`).
    pub(crate) wide_space_runs: bool,
    /// The candidates of the paragraph being read (see [`candidates`]), one buffer for the
    /// document instead of a vector allocated (and grown) per paragraph.
    scratch: RefCell<Vec<Candidate>>,
    /// For each candidate of `scratch`, the series it joins ([`NO_SERIES`] for none) and its
    /// ordinal: the first pass of [`enumerations`].
    plan: RefCell<Vec<(usize, u32)>>,
    /// The series of that first pass.
    series: RefCell<Vec<Series>>,
}

/// A candidate marker: position, style, ordinal, marker length.
type Candidate = (usize, EnumerationStyle, u32, usize);

/// A series of [`enumerations`]' first pass: its style, how many items it has, and the ordinal
/// of its last one.
#[cfg_attr(test, derive(Debug, PartialEq))]
#[derive(Clone, Copy)]
struct Series {
    style: EnumerationStyle,
    items: usize,
    last: u32,
}

/// The series index of a candidate that joins none (see [`enumerations`]).
const NO_SERIES: usize = usize::MAX;

impl Anchors {
    /// The anchors of `text`, given the positions of its circled numbers ① … ⑳ (in order; see
    /// [`crate::lines::lead_c2_e2`]).
    pub(crate) fn new(text: &str, circled: Vec<usize>) -> Self {
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        if let Some(searcher) = PACKED.as_ref() {
            return Self::by_packed(searcher, text, circled);
        }
        Self::by_memmem(text, circled)
    }

    /// The anchors found in one pass by [`PACKED`]'s `searcher`, when Teddy runs here.
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    fn by_packed(
        searcher: &aho_corasick::packed::Searcher,
        text: &str,
        circled: Vec<usize>,
    ) -> Self {
        let hay = text.as_bytes();
        let mut a = Anchors {
            shi: Vec::new(),
            di: Vec::new(),
            sequence: Vec::new(),
            aspect: Vec::new(),
            circled,
            font_map: FontMapEvidence::default(),
            fullwidth_pipe: false,
            wide_space_runs: false,
            scratch: RefCell::default(),
            plan: RefCell::default(),
            series: RefCell::default(),
        };
        for m in searcher.find_iter(hay) {
            let p = m.start();
            match m.pattern().as_usize() {
                0 => a.shi.push(p),
                1 => a.di.push(p),
                2..=5 => a.sequence.push(p),
                6 => a.aspect.push(p),
                7 => a.fullwidth_pipe = true,
                8 => a.font_map.replacement_at(p),
                9 => a.font_map.cid_at(p),
                _ => a.wide_space_runs = cfg!(feature = "tables"),
            }
        }
        // Every list is in order: the matches come in text order.
        a
    }

    /// The positions of 是 in `text[from..to]`, in order (a slice of those of the whole text:
    /// no search of its own).
    pub(crate) fn shi_within(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        within(&self.shi, "是".len(), from, to)
    }

    /// The anchors found by one `memmem` search per word.
    fn by_memmem(text: &str, circled: Vec<usize>) -> Self {
        let hay = text.as_bytes();
        let finders = &*FINDERS;
        // 其次 and 再次 end with the same 次: found together, and kept when 其 or 再 precedes.
        let ci = |p: usize| after_qi_or_zai(hay, p);
        let mut sequence: Vec<usize> = finders
            .sequence
            .iter()
            .enumerate()
            .flat_map(|(k, f)| {
                f.find_iter(hay)
                    .filter_map(move |p| if k == 1 { ci(p) } else { Some(p) })
            })
            .collect();
        crate::sort::unstable(&mut sequence);
        Anchors {
            shi: finders.shi.find_iter(hay).collect(),
            di: finders.di.find_iter(hay).collect(),
            sequence,
            aspect: finders.aspect.find_iter(hay).collect(),
            circled,
            font_map: FontMapEvidence::of(text),
            fullwidth_pipe: memchr::memmem::find(hay, "｜".as_bytes()).is_some(),
            wide_space_runs: cfg!(feature = "tables")
                && WIDE_RUNS
                    .iter()
                    .any(|r| memchr::memmem::find(hay, r.as_bytes()).is_some()),
            scratch: RefCell::default(),
            plan: RefCell::default(),
            series: RefCell::default(),
        }
    }
}

/// The start of 其次 or 再次 when the 次 at `p` follows 其 or 再.
fn after_qi_or_zai(hay: &[u8], p: usize) -> Option<usize> {
    p.checked_sub(3)
        .filter(|&s| matches!(&hay[s..p], b"\xE5\x85\xB6" | b"\xE5\x86\x8D"))
}

/// The positions in `sorted` of a `len`-byte word lying inside `from..to`.
fn within(
    sorted: &[usize],
    len: usize,
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + '_ {
    let first = sorted.partition_point(|&p| p < from);
    sorted[first..]
        .iter()
        .copied()
        .take_while(move |&p| p + len <= to)
}

/// Candidate markers in `text[from..to]` at a clause boundary (see [`at_boundary`]): (position,
/// style, ordinal, marker length), in order. The boundary is tested before a candidate is kept
/// (it depends on the position alone), so a paragraph whose anchor words all stand inside
/// clauses (`不是`, `第二产业`) allocates nothing.
fn candidates(anchors: &Anchors, text: &str, from: usize, to: usize, out: &mut Vec<Candidate>) {
    out.clear();
    // 一是 … 二十一是: walk back from each 是 over the numeral.
    for shi in within(&anchors.shi, "是".len(), from, to) {
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
        if start < shi && at_boundary(text, from, start) {
            if let Ok((rest, n)) = shi_marker(&text[start..to]) {
                out.push((start, EnumerationStyle::Shi, n, to - rest.len() - start));
            }
        }
    }
    for p in within(&anchors.di, "第".len(), from, to) {
        if !at_boundary(text, from, p) {
            continue;
        }
        if let Ok((rest, n)) = ordinal_marker(&text[p..to]) {
            out.push((p, EnumerationStyle::Ordinal, n, to - rest.len() - p));
        }
    }
    for p in within(&anchors.sequence, "首先".len(), from, to) {
        if !at_boundary(text, from, p) {
            continue;
        }
        if let Ok((rest, n)) = sequence_marker(&text[p..to]) {
            out.push((p, EnumerationStyle::Sequence, n, to - rest.len() - p));
        }
    }
    for p in within(&anchors.aspect, "方面".len(), from, to) {
        for (lead, n) in [("另一", 2), ("一", 1)] {
            if text[from..p].ends_with(lead) {
                let s = p - lead.len();
                if !at_boundary(text, from, s) {
                    break;
                }
                out.push((s, EnumerationStyle::Aspect, n, p + "方面".len() - s));
                break;
            }
        }
    }
    // ① … ⑳: the circled number is its own ordinal.
    for p in within(&anchors.circled, '①'.len_utf8(), from, to) {
        if !at_boundary(text, from, p) {
            continue;
        }
        if let Some(c) = text[p..to].chars().next() {
            let n = c as u32 - '①' as u32 + 1;
            out.push((p, EnumerationStyle::Circled, n, c.len_utf8()));
        }
    }
    crate::sort::by_key(out, |c| (c.0, 0));
    out.dedup_by_key(|c| c.0);
}

/// Finds the enumerations in `text[from..to]` (`anchors` are those of the whole `text`).
///
/// Two passes over the candidates: the first decides which series each joins (or that it joins
/// none) and counts each series' items, the second builds them, so that every vector is
/// allocated once at its size and no marker string is made for a candidate that is dropped.
pub(crate) fn enumerations(
    anchors: &Anchors,
    text: &str,
    from: usize,
    to: usize,
) -> Vec<Enumeration> {
    let mut found = anchors.scratch.borrow_mut();
    candidates(anchors, text, from, to, &mut found);
    if found.is_empty() {
        return Vec::new();
    }
    let mut plan = anchors.plan.borrow_mut();
    plan.clear();
    let mut series_of = anchors.series.borrow_mut();
    series_of.clear();
    let mut open: [Option<usize>; 5] = [None; 5]; // index into `series_of` per style
    for &(_, style, n, _) in found.iter() {
        let slot = style as usize;
        // The ordinal the open series of this style expects next (its last item's plus one).
        let expected = open[slot].map(|s| series_of[s].last + 1);
        let ordinal = if n == 0 { expected.unwrap_or(1) } else { n };
        let continues =
            expected.is_some_and(|e| n == e || (n == 0 && style == EnumerationStyle::Sequence));
        let joins = match open[slot] {
            Some(s) if continues => {
                series_of[s].items += 1;
                series_of[s].last = ordinal;
                s
            }
            _ if n == 1 => {
                open[slot] = Some(series_of.len());
                series_of.push(Series {
                    style,
                    items: 1,
                    last: ordinal,
                });
                series_of.len() - 1
            }
            _ => NO_SERIES,
        };
        plan.push((joins, ordinal));
    }
    let mut series: Vec<Enumeration> = series_of
        .iter()
        .map(|s| Enumeration {
            style: s.style,
            items: Vec::with_capacity(s.items),
        })
        .collect();
    for (&(p, _, _, marker_len), &(s, ordinal)) in found.iter().zip(plan.iter()) {
        let Some(e) = series.get_mut(s) else {
            continue;
        };
        let marker = text[p..p + marker_len.min(to - p)]
            .trim_end_matches(chars!['，', ',', '：', ':', '、'])
            .into();
        if let Some(last) = e.items.last_mut() {
            last.span.end = p;
        }
        e.items.push(EnumerationItem {
            marker,
            ordinal,
            span: Span::new(p, to),
        });
    }
    series
}

#[cfg(test)]
mod tests {
    use crate::model::{Block, EnumerationStyle};

    #[test]
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    fn one_pass_finds_what_the_word_searches_find() {
        use super::Anchors;
        for text in [
            "一是成立小组；二是制定方案；其次，再次强调；首先、最后。一方面另一方面第三次会议①②⑳⑴",
            "是是是第第首先首先次次其次再次最后方面方面",
            "全年办理案件120件，其中行政复议3次。这次不是第一次，主次分明，每次都是。",
            "\u{2460}\u{2473}\u{2474}\u{2491}é😀次｜|\u{ff5d}",
            // The signs of a broken font map, found in the same pass.
            "一、甲\u{fffd}(cid:3)（cid:4)\u{fffd}是\u{fffc}(cid\u{fffd}(cid:(cid:",
            "\u{fffd}",
            "",
            "ab",
        ] {
            let long = text.repeat(40);
            for t in [text, long.as_str()] {
                let circled = || crate::lines::lead_c2_e2(t.as_bytes()).circled;
                let searcher = super::PACKED.as_ref().expect("Teddy on this machine");
                assert_eq!(
                    Anchors::by_packed(searcher, t, circled()),
                    Anchors::by_memmem(t, circled()),
                    "{t}"
                );
            }
        }
    }

    fn series(text: &str) -> Vec<(EnumerationStyle, Vec<String>)> {
        let r = crate::parse(text);
        let Some(Block::Paragraph(p)) = r.preamble.first() else {
            return Vec::new();
        };
        p.enumerations
            .iter()
            .map(|e| {
                (
                    e.style,
                    e.items.iter().map(|i| i.marker.to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn circled_numbers_inside_a_paragraph() {
        // Pattern: ①…；②… at clause boundaries, in ordinal sequence.
        assert_eq!(
            series("整改措施有三：①补齐台账；②完善流程；③按月通报。\n"),
            [(
                EnumerationStyle::Circled,
                vec!["①".to_string(), "②".into(), "③".into()]
            )]
        );
        // Out of sequence or glued inside a word: not an enumeration item.
        assert_eq!(
            series("整改措施：①补齐台账；③按月通报。\n"),
            [(EnumerationStyle::Circled, vec!["①".to_string()])]
        );
        assert!(series("全年增长百分之五①，高于预期。\n").is_empty());
    }
}
