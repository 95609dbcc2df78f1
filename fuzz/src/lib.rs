//! The invariants the fuzz target checks on every input, shared with the stable replay test.
//!
//! For any bytes, [`check`] runs `baogao::parse_bytes` (and `baogao::parse` when the bytes are
//! UTF-8, plus the lossy UTF-8 reading otherwise) and panics when a report breaks one of:
//!
//! - every span is in bounds (`start <= end <= len`) and on char boundaries;
//! - the outline leaves ([`baogao::Report::leaves`]) are contiguous from 0 to `len` (lossless);
//! - headings and indicators are in document order, with the right 1-based line numbers;
//! - every indicator's `text` is the input at its span; its `base`/`parent` indexes point at
//!   an earlier indicator;
//! - enumeration items lie inside their paragraph;
//! - `parse_bytes` fails only with a decode error whose offset is within the input, and agrees
//!   with `parse` on UTF-8 input.
//!
//! ```
//! baogao_fuzz::check("一、工作\n(一)加强领导。全年立案94件，罚款208.74万元。\n".as_bytes());
//! ```

use baogao::{Block, Report, Section, Span};

/// Runs every entry point on `data` and asserts the invariants (panics on a violation).
pub fn check(data: &[u8]) {
    match baogao::parse_bytes(data) {
        Ok(report) => {
            let text = baogao::decode(data).expect("parse_bytes succeeded, so decode must");
            check_report(&text, &report);
            if let Ok(s) = std::str::from_utf8(data) {
                // No BOM: decode borrowed the same text, and parse must give the same report.
                if !s.starts_with('\u{feff}') {
                    assert_eq!(
                        baogao::parse(s),
                        report,
                        "parse and parse_bytes differ on UTF-8 input"
                    );
                }
            }
        }
        Err(err) => {
            assert_eq!(err.kind(), "decode");
            let baogao::Error::Decode { offset, .. } = err else {
                panic!("parse_bytes gave a non-decode error: {err}")
            };
            assert!(
                offset <= data.len(),
                "decode error offset {offset} beyond input length {}",
                data.len()
            );
            assert!(
                std::str::from_utf8(data).is_err(),
                "valid UTF-8 rejected: {err}"
            );
        }
    }
    if std::str::from_utf8(data).is_err() {
        let lossy = String::from_utf8_lossy(data);
        check_report(&lossy, &baogao::parse(&lossy));
    }
}

/// Asserts the invariants of a report parsed from `text`.
///
/// ```
/// let text = "标题\n\n一、工作\n正文。\n";
/// baogao_fuzz::check_report(text, &baogao::parse(text));
/// ```
pub fn check_report(text: &str, report: &Report) {
    let ok_span = |what: &str, s: Span| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{what} span {s:?} out of bounds (len {})",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what} span {s:?} not on char boundaries"
        );
    };

    // Lossless outline: leaves contiguous from 0 to len.
    let mut at = 0;
    for (kind, s) in report.leaves() {
        ok_span("leaf", s);
        assert_eq!(
            s.start, at,
            "leaf {kind:?} {s:?} does not start where the previous one ended"
        );
        assert!(s.end > s.start, "empty leaf {kind:?} at {}", s.start);
        at = s.end;
    }
    assert_eq!(
        at,
        text.len(),
        "leaves end at {at}, input is {} bytes",
        text.len()
    );

    // Line breaks: `\n`, `\r\n` (one break), `\r` alone, NEL, U+2028, U+2029; counted on bytes,
    // as `pos` may be inside a character (the last byte of a span).
    let line_of = |pos: usize| {
        let b = text.as_bytes();
        1 + (0..pos)
            .filter(|&i| match b[i] {
                b'\r' => true,
                b'\n' => i == 0 || b[i - 1] != b'\r',
                0xc2 => b.get(i + 1) == Some(&0x85),
                0xe2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)),
                _ => false,
            })
            .count()
    };

    // Headings: in order, line numbers right.
    let mut prev = None;
    for h in report.headings() {
        ok_span("heading", h.span);
        assert!(
            prev.is_none_or(|p| p < h.span.start),
            "heading at {:?} out of order",
            h.span
        );
        prev = Some(h.span.start);
        assert!(h.level >= 1, "heading level 0 at {:?}", h.span);
        // The first leaf also holds any blank lines before it, so a heading's line is the line
        // its span starts on or a later one inside the span.
        let first = line_of(h.span.start);
        let last = line_of(h.span.end.saturating_sub(1).max(h.span.start));
        assert!(
            first <= h.line && h.line <= last,
            "heading line {} outside its span {:?} (lines {first}..={last})",
            h.line,
            h.span
        );
    }
    for s in &report.sections {
        check_levels(s, 1);
    }

    // Blocks: enumeration items inside their paragraph.
    let mut blocks: Vec<&Block> = report.preamble.iter().collect();
    fn collect<'a>(s: &'a Section, out: &mut Vec<&'a Block>) {
        out.extend(s.blocks.iter());
        for c in &s.children {
            collect(c, out);
        }
    }
    for s in &report.sections {
        collect(s, &mut blocks);
    }
    for b in blocks {
        if let Block::Paragraph(p) = b {
            for e in &p.enumerations {
                for item in &e.items {
                    ok_span("enumeration item", item.span);
                    assert!(
                        p.span.start <= item.span.start && item.span.end <= p.span.end,
                        "enumeration item {:?} outside its paragraph {:?}",
                        item.span,
                        p.span
                    );
                }
            }
        }
    }

    // Indicators: in order, text == input at span, line right, links backwards.
    let mut prev = 0;
    for (i, ind) in report.indicators.iter().enumerate() {
        ok_span("indicator", ind.span);
        assert!(
            ind.span.start >= prev,
            "indicator {i} at {:?} out of order",
            ind.span
        );
        prev = ind.span.start;
        assert_eq!(
            ind.text,
            ind.span.slice(text),
            "indicator {i} text differs from the input at its span"
        );
        assert!(
            !ind.text.is_empty(),
            "empty indicator {i} at {:?}",
            ind.span
        );
        assert_eq!(
            ind.line,
            line_of(ind.span.start),
            "indicator {i} line number"
        );
        for link in [ind.base, ind.parent].into_iter().flatten() {
            assert!(
                link < report.indicators.len() && link != i,
                "indicator {i} links to {link}"
            );
        }
    }

    for d in &report.diagnostics {
        ok_span("diagnostic", d.span);
    }
    for m in &report.meta.lines {
        ok_span("meta line", m.span);
    }
}

fn check_levels(s: &Section, level: usize) {
    assert_eq!(
        s.heading.level, level,
        "heading {:?} has level {} at depth {level}",
        s.heading.title, s.heading.level
    );
    for c in &s.children {
        check_levels(c, level + 1);
    }
}
