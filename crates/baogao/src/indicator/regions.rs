//! The regions the indicator pass scans (a report's paragraphs, table rows and heading titles
//! after their marker), produced one at a time from the outline tree instead of collected into
//! an array first: a report of one heading or paragraph per few bytes (`1.\n` repeated) would
//! otherwise hold a 32-byte region and a 24-byte section entry per node on top of its outline,
//! more than the memory bound (4 × input + output) leaves.
//!
//! The walk visits the preamble's blocks, then each section in document order (the text of its
//! heading after the marker, its blocks, its subsections), joins a paragraph wrapped onto the
//! next line (PDF text) to the one it continues, and keeps the titles of the open sections for
//! the section path of what is found. When the walk does not come in text order (a block placed
//! in the preamble after headings), the regions are listed and sorted instead, as before.
//!
//! ```text
//! 一、主要举措\n（一）加强领导。全年立案94件。\n
//!   → region "主要举措" (section 1), region "加强领导" (section 2, heading),
//!     region "全年立案94件。" (section 2, its inline body block)
//! ```

use super::{is_wrapped, Region, Sections};
use crate::model::{Block, Report, Section, SectionPath};
use crate::text::{is_line_break, is_space};

/// A section being walked: the blocks and subsections not yet visited.
struct Frame<'r> {
    id: usize,
    title: &'r str,
    blocks: std::slice::Iter<'r, Block>,
    children: std::slice::Iter<'r, Section>,
}

/// The regions of a report in walk order, each as its own block or heading gives it (wrapped
/// paragraphs not joined yet).
struct Walk<'r> {
    text: &'r str,
    /// The title's region, read first (see [`title_region`]).
    title: Option<Region>,
    preamble: std::slice::Iter<'r, Block>,
    roots: std::slice::Iter<'r, Section>,
    stack: Vec<Frame<'r>>,
    /// Bumped at every push and pop of `stack`: the regions read at one version have the same
    /// section titles around them.
    version: usize,
    /// The id of the last section entered (ids count sections in document order from 1; 0 is
    /// the preamble, outside every section).
    last_id: usize,
    /// Every section entered, when the regions are to be listed (see [`Regions::new`]).
    record: Option<Sections<'r>>,
}

/// The first line of a title that holds a percentage, a news headline's figure
/// (`前11个月全省外贸进出口增长8.3%`): a region of its own, outside every section. Other titles
/// hold no figure but years and ordinals, and are not read. (A finer reading, see `FINE`, as
/// the outline's headline titles are.)
fn title_region(text: &str, report: &Report) -> Option<Region> {
    let t = report.title.as_ref().filter(|_| super::FINE)?;
    let first = &text[t.span.start..t.span.end];
    let line = first.split(['\n', '\r']).next().unwrap_or("");
    let line = line.trim_end_matches(is_space);
    line.contains(['%', '％']).then(|| Region {
        start: t.span.start,
        end: t.span.start + line.len(),
        section: 0,
        paragraph: false,
    })
}

impl<'r> Walk<'r> {
    fn new(text: &'r str, report: &'r Report, record: bool) -> Self {
        Walk {
            text,
            title: title_region(text, report),
            preamble: report.preamble.iter(),
            roots: report.sections.iter(),
            stack: Vec::new(),
            version: 0,
            last_id: 0,
            record: record.then(Sections::default),
        }
    }

    /// The region of a block of section `section`: the block without its trailing white space
    /// and line breaks.
    fn block(&self, b: &Block, section: usize) -> Region {
        let s = b.span();
        let body =
            self.text[s.start..s.end].trim_end_matches(|c: char| is_space(c) || is_line_break(c));
        Region {
            start: s.start,
            end: s.start + body.len(),
            section,
            paragraph: matches!(b, Block::Paragraph(_)),
        }
    }

    /// Enters section `s`: its heading's text after the marker, when there is any, is a region.
    fn enter(&mut self, s: &'r Section) -> Option<Region> {
        let parent = self.stack.last().map_or(0, |f| f.id);
        self.last_id += 1;
        let id = self.last_id;
        if let Some(sections) = self.record.as_mut() {
            let recorded = sections.add(&s.heading.title, parent);
            debug_assert_eq!(recorded, id);
        }
        self.stack.push(Frame {
            id,
            title: &s.heading.title,
            blocks: s.blocks.iter(),
            children: s.children.iter(),
        });
        self.version += 1;
        let h = s.heading.span;
        let raw = &self.text[h.start..h.end];
        // The marker opens the heading but for leading space: asked first, which spares building
        // a substring searcher per heading.
        let marker = s.heading.marker.raw.as_str();
        let skip = if raw.starts_with(marker) {
            marker.len()
        } else {
            raw.find(marker).map_or(0, |i| i + marker.len())
        };
        let body = raw.trim_end_matches(|c: char| is_space(c) || is_line_break(c));
        (skip < body.len()).then(|| Region {
            start: h.start + skip,
            end: h.start + body.len(),
            section: id,
            paragraph: false,
        })
    }

    /// The next region in walk order, with the version of the stack it was read at.
    fn next(&mut self) -> Option<(Region, usize)> {
        let region = loop {
            if let Some(t) = self.title.take() {
                break t;
            }
            if let Some(b) = self.preamble.next() {
                break self.block(b, 0);
            }
            if let Some(top) = self.stack.last_mut() {
                let id = top.id;
                if let Some(b) = top.blocks.next() {
                    break self.block(b, id);
                }
                if let Some(c) = top.children.next() {
                    if let Some(r) = self.enter(c) {
                        break r;
                    }
                    continue;
                }
                self.stack.pop();
                self.version += 1;
                continue;
            }
            let root = self.roots.next()?;
            if let Some(r) = self.enter(root) {
                break r;
            }
        };
        Some((region, self.version))
    }
}

/// Copies of the stack's titles for the versions the regions being read were walked at. The
/// walk runs at most two regions ahead of the scanner (the next region, and the one after it,
/// read to see whether it continues a wrapped paragraph): the versions in use are among the
/// three last copied, and a fourth slot is replaced, the oldest, when a new version comes.
struct Snapshots<'r> {
    slots: [(usize, Vec<&'r str>); 4],
}

impl<'r> Snapshots<'r> {
    /// Copies the titles of `walk`'s stack for `version`, unless they are copied already.
    fn keep(&mut self, version: usize, walk: &Walk<'r>) {
        if self.slots.iter().any(|s| s.0 == version) {
            return;
        }
        if let Some(oldest) = self.slots.iter_mut().min_by_key(|s| s.0) {
            oldest.0 = version;
            oldest.1.clear();
            oldest.1.extend(walk.stack.iter().map(|f| f.title));
        }
    }

    fn titles(&self, version: usize) -> Option<&[&'r str]> {
        self.slots
            .iter()
            .find(|s| s.0 == version)
            .map(|s| s.1.as_slice())
    }
}

/// The regions walked from the tree, with wrapped paragraphs joined: a paragraph that a line
/// break alone separates from the one before it in the same section, the first stopping
/// mid-sentence, continues it.
struct Walked<'r> {
    walk: Walk<'r>,
    /// Version 0 is the empty stack (the preamble): every slot starts as its copy.
    snapshots: Snapshots<'r>,
    current: Option<(Region, usize)>,
    next: Option<(Region, usize)>,
    /// The region of the walk after `next`, read to see whether it continues it.
    ahead: Option<(Region, usize)>,
    /// The last path built, shared by the indicators of its section.
    last: Option<(usize, SectionPath)>,
}

impl<'r> Walked<'r> {
    fn new(walk: Walk<'r>) -> Self {
        let mut w = Walked {
            walk,
            snapshots: Snapshots {
                slots: Default::default(),
            },
            current: None,
            next: None,
            ahead: None,
            last: None,
        };
        w.current = w.joined();
        if w.current.is_some() {
            w.next = w.joined();
        }
        w
    }

    fn raw(&mut self) -> Option<(Region, usize)> {
        let (region, version) = self.walk.next()?;
        self.snapshots.keep(version, &self.walk);
        Some((region, version))
    }

    /// The next region with the wrapped paragraphs that continue it.
    fn joined(&mut self) -> Option<(Region, usize)> {
        let mut cur = match self.ahead.take() {
            Some(a) => a,
            None => self.raw()?,
        };
        while let Some(n) = self.raw() {
            let (a, b) = (&cur.0, &n.0);
            if b.paragraph
                && a.paragraph
                && a.section == b.section
                && is_wrapped(self.walk.text, a.end, b.start)
            {
                cur.0.end = b.end;
                continue;
            }
            self.ahead = Some(n);
            break;
        }
        Some(cur)
    }
}

/// The regions the scanner reads, in text order: the current one, the one after it (a number at
/// a line's end may take its unit from the next line), and the section path of the current one.
pub(crate) struct Regions<'r>(Source<'r>);

// One per parse: the size of the larger variant does not matter.
#[allow(clippy::large_enum_variant)]
enum Source<'r> {
    /// Regions listed in an array, their sections in a table (snippets; reports whose walk is
    /// not in text order).
    Listed {
        regions: Vec<Region>,
        at: usize,
        paths: Sections<'r>,
    },
    /// Regions walked from the outline tree as they are read.
    Walked(Walked<'r>),
}

impl<'r> Regions<'r> {
    /// The regions of a list (already in text order), in sections of `paths`.
    pub(crate) fn listed(regions: Vec<Region>, paths: Sections<'r>) -> Self {
        Regions(Source::Listed {
            regions,
            at: 0,
            paths,
        })
    }

    /// The regions of `report`: walked from its tree, or, when the walk does not come in text
    /// order, listed and sorted.
    pub(crate) fn new(text: &'r str, report: &'r Report) -> Self {
        // Each region lies inside the span of its block or heading, and these are disjoint: when
        // the nodes come in text order, so do the regions. Checking the nodes costs a few
        // instructions a node (no region is made).
        fn in_order(s: &Section, prev: &mut usize, sections: &mut usize) -> bool {
            *sections += 1;
            let mut ok = s.heading.span.start >= *prev;
            *prev = s.heading.span.start;
            for b in &s.blocks {
                ok &= b.span().start >= *prev;
                *prev = b.span().start;
            }
            for c in &s.children {
                ok &= in_order(c, prev, sections);
            }
            ok
        }
        let (mut prev, mut sections, mut sorted) = (0, 0, true);
        if let Some(t) = title_region(text, report) {
            prev = t.start;
        }
        for b in &report.preamble {
            sorted &= b.span().start >= prev;
            prev = b.span().start;
        }
        for s in &report.sections {
            sorted &= in_order(s, &mut prev, &mut sections);
        }
        if sorted {
            return Regions(Source::Walked(Walked::new(Walk::new(text, report, false))));
        }
        let mut walk = Walk::new(text, report, true);
        if let Some(s) = walk.record.as_mut() {
            s.sections.reserve_exact(sections + 1);
        }
        let mut walked = Walked::new(walk);
        let mut regions = Vec::new();
        while let Some((r, _)) = walked.current {
            regions.push(r);
            walked.current = walked.next.take();
            if walked.current.is_some() {
                walked.next = walked.joined();
            }
        }
        crate::sort::by_key(&mut regions, |r| (r.start, 0));
        let paths = walked.walk.record.take().unwrap_or_default();
        Regions::listed(regions, paths)
    }

    /// The region being read.
    pub(crate) fn current(&self) -> Option<&Region> {
        match &self.0 {
            Source::Listed { regions, at, .. } => regions.get(*at),
            Source::Walked(w) => w.current.as_ref().map(|c| &c.0),
        }
    }

    /// The region after the current one.
    pub(crate) fn following(&self) -> Option<&Region> {
        match &self.0 {
            Source::Listed { regions, at, .. } => regions.get(*at + 1),
            Source::Walked(w) => w.next.as_ref().map(|n| &n.0),
        }
    }

    /// Moves to the next region (once a region: kept out of the scanner's loop).
    #[inline(never)]
    pub(crate) fn advance(&mut self) {
        match &mut self.0 {
            Source::Listed { at, .. } => *at += 1,
            Source::Walked(w) => {
                w.current = w.next.take();
                if w.current.is_some() {
                    w.next = w.joined();
                }
            }
        }
    }

    /// The titles of the headings around the current region, outermost first (one path per
    /// section, shared by its indicators).
    #[inline(never)]
    pub(crate) fn path(&mut self) -> SectionPath {
        match &mut self.0 {
            Source::Listed {
                regions, at, paths, ..
            } => match regions.get(*at) {
                Some(r) => paths.path(r.section),
                None => SectionPath::default(),
            },
            Source::Walked(w) => {
                let Some((region, version)) = w.current else {
                    return SectionPath::default();
                };
                let id = region.section;
                if id == 0 {
                    return SectionPath::default();
                }
                if let Some((last_id, p)) = w.last.as_ref() {
                    if *last_id == id {
                        return p.clone();
                    }
                }
                let titles = w.snapshots.titles(version);
                debug_assert!(titles.is_some(), "no titles kept for version {version}");
                // Collected straight into the shared path: one allocation for it, none for a
                // `Vec` of the titles first.
                let p: SectionPath = titles
                    .unwrap_or_default()
                    .iter()
                    .map(|t| t.to_string())
                    .collect();
                w.last = Some((id, p.clone()));
                p
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Heading, Marker, Paragraph};
    use crate::span::Span;

    /// (text, section path) of each indicator of a parsed report.
    fn found(text: &str) -> Vec<(String, Vec<String>)> {
        crate::parse(text)
            .indicators
            .iter()
            .map(|i| (i.text.to_string(), i.section.to_vec()))
            .collect()
    }

    #[test]
    fn each_indicator_has_the_path_of_the_section_it_was_read_in() {
        // Sections entered and left between two numbers (the scanner reads one number ahead, across
        // sections: 戊 and 三、己 after 5万元), a number in a heading's title, numbers before the
        // first heading. `二、` alone is no heading: （一）丙 repeats the （一） under 甲.
        let text = "前言共5项。\n一、甲\n（一）乙\n全年立案3件。\n二、\n（一）丙4类\n1.丁\n罚款5万元。\n（二）戊\n三、己\n整改7项。\n";
        let s = |v: &[&str]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        assert_eq!(
            found(text),
            vec![
                ("5项".to_string(), s(&[])),
                ("3件".to_string(), s(&["甲", "乙"])),
                ("4类".to_string(), s(&["甲", "丙4类"])),
                ("5万元".to_string(), s(&["甲", "丙4类", "丁"])),
                ("7项".to_string(), s(&["己"])),
            ]
        );
    }

    #[test]
    fn every_region_in_its_own_section_keeps_its_path() {
        // A number in every heading: each region comes at a new version of the stack, and the
        // scanner's current region lags the walk by two (the titles kept per version).
        let text =
            "一、甲1项\n（一）乙2项\n1.丙3项\n（1）丁4项\n二、戊5项\n（一）己6项\n三、庚7项\n";
        let got: Vec<_> = found(text)
            .into_iter()
            .map(|(t, p)| format!("{t}:{}", p.join("/")))
            .collect();
        assert_eq!(
            got,
            [
                "1项:甲1项",
                "2项:甲1项/乙2项",
                "3项:甲1项/乙2项/丙3项",
                "4项:甲1项/乙2项/丙3项/丁4项",
                "5项:戊5项",
                "6项:戊5项/己6项",
                "7项:庚7项",
            ]
        );
    }

    #[test]
    fn a_paragraph_wrapped_onto_the_next_line_is_read_as_one_region() {
        // A PDF's lines: the first stops mid-sentence, the number's unit is on the next line.
        let text = "一、执法\n全年共查处违法案件12\n件，罚款3万元。\n";
        let r = crate::parse(text);
        let got: Vec<_> = r.indicators.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(got, ["12\n件", "3万元"]);
    }

    /// A report built by hand whose last paragraph sits in the preamble, before the section it
    /// follows in the text: the walk is out of text order.
    fn out_of_order() -> (&'static str, Report) {
        let text = "一、甲\n立案3件。\n罚款5万元。\n";
        let paragraph = |start: usize, end: usize, line: usize| {
            Block::Paragraph(Paragraph {
                line,
                span: Span::new(start, end),
                enumerations: Vec::new(),
            })
        };
        let heading_end = "一、甲\n".len();
        let second = heading_end + "立案3件。\n".len();
        let report = Report {
            preamble: vec![paragraph(second, text.len(), 3)],
            sections: vec![Section {
                heading: Heading {
                    level: 1,
                    marker: Marker {
                        raw: "一、".into(),
                        style: crate::model::MarkerStyle::ChineseComma,
                        ordinal: Some(1),
                    },
                    title: "甲".into(),
                    line: 1,
                    span: Span::new(0, heading_end),
                    ..Heading::default()
                },
                blocks: vec![paragraph(heading_end, second, 2)],
                children: Vec::new(),
            }],
            ..Report::default()
        };
        (text, report)
    }

    #[test]
    fn a_walk_out_of_text_order_is_listed_and_sorted() {
        let (text, report) = out_of_order();
        let mut regions = Regions::new(text, &report);
        assert!(matches!(regions.0, Source::Listed { .. }));
        let mut seen = Vec::new();
        while let Some(r) = regions.current().copied() {
            seen.push((&text[r.start..r.end], regions.path().to_vec()));
            regions.advance();
        }
        assert_eq!(
            seen,
            vec![
                ("甲", vec!["甲".to_string()]),
                ("立案3件。", vec!["甲".to_string()]),
                ("罚款5万元。", vec![]),
            ]
        );
    }

    #[test]
    fn a_walk_in_text_order_is_not_listed() {
        let text = "一、甲\n立案3件。\n（一）乙\n罚款5万元。\n";
        let report = crate::parse(text);
        let mut regions = Regions::new(text, &report);
        assert!(matches!(regions.0, Source::Walked { .. }));
        let mut seen = Vec::new();
        while let Some(r) = regions.current().copied() {
            let next = regions.following().map(|n| n.start);
            seen.push((&text[r.start..r.end], regions.path().len(), next));
            regions.advance();
        }
        let at = |s: &str| Some(text.find(s).unwrap());
        assert_eq!(
            seen,
            vec![
                ("甲", 1, at("立案")),
                ("立案3件。", 1, at("乙")),
                ("乙", 2, at("罚款")),
                ("罚款5万元。", 2, None),
            ]
        );
    }
}
