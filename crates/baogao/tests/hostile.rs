//! The hostile-shape suite, quick version (small sizes; the full one is `examples/hostile.rs`),
//! and the regression tests of issue 11's failures 1–5: every shape of `hostile/shapes.rs` at two
//! sizes must stay linear in time and output, within the memory bound and lossless.

#[path = "hostile/shapes.rs"]
mod shapes;

use baogao::DiagnosticKind;
use shapes::{assert_lossless, measure, repeat};

#[global_allocator]
static ALLOC: shapes::Counting = shapes::Counting;

/// A small report written once per line-break convention.
fn with_breaks(sep: &str) -> String {
    [
        "关于2024年工作的报告",
        "一、主要成效",
        "全年立案12件，罚款3.5万元。",
        "（一）加强执法",
        "检查45家次。",
        "二、存在问题",
        "整改7项。",
    ]
    .join(sep)
}

#[test]
fn every_line_break_convention_gives_the_same_outline() {
    let reference = baogao::parse(&with_breaks("\n"));
    let shape = |r: &baogao::Report| {
        let h: Vec<_> = r
            .headings()
            .iter()
            .map(|h| (h.title.clone(), h.level, h.line))
            .collect();
        let i: Vec<_> = r
            .indicators
            .iter()
            .map(|i| {
                (
                    i.label.clone(),
                    i.value.to_string(),
                    i.line,
                    i.section.to_vec(),
                )
            })
            .collect();
        (r.title.as_ref().map(|t| t.text.clone()), h, i)
    };
    assert_eq!(reference.headings().len(), 3);
    assert_eq!(reference.indicators.len(), 4);
    for sep in ["\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"] {
        let text = with_breaks(sep);
        let r = baogao::parse(&text);
        assert_lossless(sep, &text, &r);
        assert_eq!(shape(&r), shape(&reference), "line break {sep:?}");
        // Snippets split lines the same way.
        let line_of = |t: &str| {
            baogao::indicators(t)
                .iter()
                .map(|i| i.line)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            line_of(&text),
            line_of(&with_breaks("\n")),
            "snippet, break {sep:?}"
        );
    }
}

#[test]
fn a_long_heading_title_is_cut_at_a_clause_boundary_and_flagged() {
    // A heading line without sentence punctuation: 40 clauses of 9 characters.
    let text = format!("一、{}\n二、短标题\n", "推进依法行政工作，".repeat(40));
    let r = baogao::parse(&text);
    assert_lossless("long title", &text, &r);
    let h = r.headings();
    assert_eq!(h.len(), 2);
    assert_eq!(
        h[0].title,
        "推进依法行政工作，".repeat(22).trim_end_matches('，')
    );
    assert_eq!(h[1].title, "短标题");
    let flagged: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::LongTitle)
        .collect();
    assert_eq!(flagged.len(), 1);
    assert_eq!(
        flagged[0].span, h[0].span,
        "the heading's whole line stays its leaf"
    );
    // Without a clause boundary the cut falls at the bound.
    let r = baogao::parse(&format!("（一）{}", "甲".repeat(500)));
    assert_eq!(r.headings()[0].title, "甲".repeat(200));
}

/// JSON length of the report of `text`.
fn json_len(text: &str) -> usize {
    serde_json::to_string(&baogao::parse(text)).unwrap().len()
}

#[test]
fn one_heading_line_full_of_numbers_gives_linear_output() {
    // Issue 11, failure 1: 24 KB of this gave 226 MB of JSON (the line was the title of every
    // indicator's section). Also with `\r` line breaks, which used to make one line of a file.
    for unit in [
        "一、立案12件罚款3.5万元处理45人次",
        "一、加强执法\r全年立案12件，罚款3.5万元。\r",
    ] {
        let text = repeat(unit, 24_000);
        let small = json_len(&repeat(unit, 6_000));
        let large = json_len(&text);
        assert!(
            large < 5 * small,
            "JSON {small} → {large} bytes for 4× the input"
        );
        assert!(
            large < 100 * text.len(),
            "JSON {large} bytes for {} bytes",
            text.len()
        );
    }
}

/// Asserts that parsing `unit` repeated to 128 KB takes at most 24 times as long as to 16 KB
/// (linear: 8, quadratic: 64; the margin is for a shared machine and cache effects, which in a
/// debug build make 8 KB → 16 KB cost ×6).
fn assert_linear_time(unit: &str) {
    let small = measure(unit, &repeat(unit, 16_000), 3, 0.05);
    let large = measure(unit, &repeat(unit, 128_000), 2, 0.0);
    let ratio = large.secs / small.secs;
    assert!(
        ratio <= 24.0,
        "{unit:?}: {:.2} ms for 16 KB, {:.2} ms for 128 KB (×{ratio:.1})",
        small.secs * 1e3,
        large.secs * 1e3
    );
}

#[test]
fn runs_of_fen_zhi_take_linear_time() {
    // Issue 11, failure 3: 1 MB took 30–40 s (the candidate test read each run to its end, and
    // each 一 of 一分之一… looked to the end of the line for the 的 of an article).
    for unit in ["百分之", "分之一", "三分之百分之千分之2.4分之"] {
        assert_linear_time(unit);
    }
}

#[test]
fn unbalanced_quotes_take_linear_time() {
    // Issue 11, failure 4: 10 MB took 80 s (every closer searched a stack of unclosed openers,
    // every candidate scanned every earlier quoted range).
    for unit in [
        "“立案3件”罚款5万元”处理2人“「整改7项『\"共9家'",
        "”」』》〕3件",
        "“三项制度”《条例》〔2024〕12件",
    ] {
        assert_linear_time(unit);
    }
}

/// Shapes whose peak heap is still above 4 × input + output, with the ratio they reach now at
/// 8 and 32 KB (the heap is counted, not timed, so the figures are exact and the caps tight: none
/// can grow unnoticed). None is left. The last, quotes-straight at 8 KB (1.005 since branch
/// `mem3`; 1.016 once branch `perf12` held labels inline, which shrank the output but not the
/// peak, reached during the quote scan), left the list on 2026-12-02 when the quote shield kept
/// its ranges as 32-bit offsets from the region's start. Earlier (branch `mem3`): one-dot-lines
/// (`1.\n` repeated, 1.1 → 0.94) when the outline stopped holding a 16-byte leaf per heading or
/// block, table-one-row and tab-row (1.05 → 0.99, 1.19 → 0.96) when the table reader stopped
/// copying the cells of a line of more than `MAX_CELLS`. See benches/README.md.
const OVER_MEMORY_BOUND: &[(&str, f64)] = &[];

/// Every shape at 8 KB and 32 KB: lossless, output (JSON) linear and the memory bound. Time is
/// not compared here: at these sizes, in a debug build on a shared machine, ratios of ×30–70
/// came from trivially linear shapes (cache effects, CPU starvation); the time regressions have
/// their own tests above (16 → 128 KB) and the full suite, `examples/hostile.rs`, compares
/// times at 1 and 4 MB in a release build.
#[test]
fn every_hostile_shape_small() {
    let mut failures = Vec::new();
    for shape in shapes::SHAPES {
        let small = measure(shape.name, &(shape.build)(8_000), 0, 0.0);
        let large = measure(shape.name, &(shape.build)(32_000), 0, 0.0);
        let v = shapes::judge(shape.name, &small, &large, f64::INFINITY);
        let cap = OVER_MEMORY_BOUND
            .iter()
            .find(|(n, _)| *n == shape.name)
            .map_or(1.0, |&(_, c)| c);
        for f in v.failures {
            if f.contains("peak heap") && v.mem_ratio <= cap {
                continue;
            }
            failures.push(f);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every shape parses in linear time: CPU time at 128 KB against 8 KB, ×16 for a linear parse and
/// ×256 for a quadratic one; the limit is ×32, twice the size ratio.
///
/// Wall time is no measure on a shared 2-core machine: a parse waits for the core behind other
/// builds and other test threads, and starvation alone gave ratios of ×30–70 on trivially linear
/// shapes at 8 → 32 KB. So the check takes the CPU time of the test's own thread
/// ([`shapes::thread_cpu_secs`], which does not advance while the thread waits), each size in
/// batches of at least 2 ms of parsing (a small parse takes microseconds), the best of three
/// batches, small and large taking turns. A shape over the limit is measured twice more before
/// it fails, so that one unlucky spell does not fail the suite, while a quadratic shape, over
/// the limit every time, still does.
///
/// The sizes are sixteen-fold apart because a quadratic term is small at small sizes (×4 apart,
/// at 8 → 32 KB, no quadratic shape below stood out from the linear ones). Measured in a debug
/// build at load average 12–14: the linear shapes ×15–21.3 (table-rows the highest, where the
/// larger report no longer fits the caches). With the quadratic code of issue 11 put back for the
/// check (the 分之 candidate test reading each run to its end, the article test reading to the
/// clause end, quote shielding with an unbounded stack of open delimiters and a scan of every
/// earlier range): fenzhi-percent-run ×251, fenzhi-fraction-run ×252, quotes-straight ×68 and
/// quotes-unbalanced ×44 fail, three times each; quotes-closing-only (×22), whose quadratic term
/// is still small at 128 KB, is left to `unbalanced_quotes_take_linear_time` above.
#[test]
fn every_hostile_shape_takes_linear_time() {
    const SMALL: usize = 8_000;
    const FACTOR: usize = 16;
    const LIMIT: f64 = 32.0;
    let mut failures = Vec::new();
    for shape in shapes::SHAPES {
        let small = (shape.build)(SMALL);
        let large = (shape.build)(SMALL * FACTOR);
        // The generators cut at a character boundary: ratios are scaled to exactly ×FACTOR.
        let size = large.len() as f64 / small.len() as f64;
        for tries in 1.. {
            let (a, b) = shapes::cpu_time_ratio(&small, &large, 3, 0.002);
            let r = b / a * FACTOR as f64 / size;
            // Shown with `--nocapture`.
            eprintln!("{}: ×{r:.1} (try {tries})", shape.name);
            if r <= LIMIT {
                break;
            }
            if tries == 3 {
                failures.push(format!(
                    "{}: CPU time ×{r:.1} for ×{FACTOR} input ({:.2} ms → {:.2} ms), three times",
                    shape.name,
                    a * 1e3,
                    b * 1e3
                ));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
