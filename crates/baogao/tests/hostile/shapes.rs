//! Large structured hostile inputs for the hostile-shape suite (`tests/hostile.rs`, quick, and
//! `examples/hostile.rs`, full): each shape is a function from a size in bytes to an input of
//! about that size, built by repeating a pattern, so that two sizes of one shape can be compared
//! (time, output and memory must grow linearly).
//!
//! The shapes cover the classes of issue 11 (one long heading line full of numbers, `\r`-only
//! and Unicode line breaks, runs of 分之, unbalanced quotes, blank lines, `1.`/`1-` runs, signs
//! and stray characters, zero-width spaces) and more: marker runs of every style, deep
//! alternations of styles, numeral and multiplier chains, 其中/分别/由…到 chains, open brackets,
//! control characters, emoji, overflowing numbers, tables, enumerations, metadata.

// Each includer uses its own subset of the helpers.
#![allow(dead_code)]

/// A named input generator.
pub struct Shape {
    /// Short name, used in the tables and failure messages.
    pub name: &'static str,
    /// Builds an input of about `size` bytes (never much more: the last repetition is cut at a
    /// character boundary).
    pub build: fn(usize) -> String,
}

/// Repeats `unit` until `size` bytes (cut at a char boundary; at least one unit).
pub fn repeat(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    let mut cut = size.max(unit.len()).min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// `head` then `unit` repeated up to `size` bytes.
fn headed(head: &str, unit: &str, size: usize) -> String {
    let mut s = String::from(head);
    s.push_str(&repeat(unit, size.saturating_sub(head.len())));
    s
}

/// Units generated from a counter, joined up to `size` bytes.
fn counted(size: usize, f: impl Fn(usize) -> String) -> String {
    let mut s = String::with_capacity(size + 64);
    let mut i = 0;
    while s.len() < size {
        s.push_str(&f(i));
        i += 1;
    }
    s
}

/// A report-like line with a heading, numbers, a change and a 其中 breakdown.
fn report_line(i: usize) -> String {
    let cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九"][i % 9];
    format!(
        "{cn}、加强执法监督\n全年立案{}件，同比增长{}.5%，其中行政罚款{}万元。\n",
        i % 997 + 3,
        i % 13,
        i % 89 + 1
    )
}

/// Report-like text whose line breaks are `sep`.
fn lines_with(sep: &str, size: usize) -> String {
    counted(size, |i| report_line(i).replace('\n', sep))
}

/// Every shape of the suite.
pub const SHAPES: &[Shape] = &[
    // Issue 11, class 1: a flattened report opening with 一、, one line full of numbers.
    Shape {
        name: "heading-line-of-numbers",
        build: |n| headed("一、", "立案12件罚款3.5万元处理45人次", n),
    },
    Shape {
        name: "heading-line-of-bare-numbers",
        build: |n| headed("一、", "1 ", n),
    },
    Shape {
        name: "nested-headings-then-numbers",
        build: |n| {
            headed(
                "一、甲\n(一)乙\n1.丙\n(1)丁\n①戊\n",
                "共有98家增加到120家，",
                n,
            )
        },
    },
    // Every line-break convention (class 1: `\r` alone makes one long line).
    Shape {
        name: "breaks-cr",
        build: |n| lines_with("\r", n),
    },
    Shape {
        name: "breaks-crlf",
        build: |n| lines_with("\r\n", n),
    },
    Shape {
        name: "breaks-lf",
        build: |n| lines_with("\n", n),
    },
    // PDF text: a page-number line, a form feed and a running header between every two lines of
    // a paragraph (the furniture found by repetition, read as blank in the indicator pass), and
    // tables one cell per line (the runs without rules).
    Shape {
        name: "page-furniture",
        build: |n| {
            counted(n, |i| {
                format!(
                    "全年新建改建农村公路和\n— {} —\n\x0c某县人民政府工作报告\n桥梁共计{}公里。\n",
                    i + 1,
                    i % 90
                )
            })
        },
    },
    Shape {
        name: "cells-per-line",
        build: |n| {
            let mut s = String::from("表1 主要产品产量\n单位：万吨\n产品\n产量\n增长（%）\n");
            s.push_str(&counted(n, |i| {
                format!("产品{}\n{}.{}\n{}\n", i % 50, i % 900, i % 10, i % 7)
            }));
            s
        },
    },
    Shape {
        name: "figure-lines",
        build: |n| repeat("12.5\n-3\n", n),
    },
    // Session 29's label rules that look back or ahead of a figure, with no clause mark to stop
    // them: amounts left undone (仍有…未), counts before 已 + verb, averages named by their word,
    // percents in words joined by 和, numerals before 千瓦, rates per population.
    Shape {
        name: "undone-and-perfective",
        build: |n| repeat("至年底仍有1万元未拨付有3个已毕业学生户均增收2元", n),
    },
    Shape {
        name: "words-percents-and-rates",
        build: |n| repeat("提高百分之五和百分之八三百万千瓦死亡率9.8/10万", n),
    },
    Shape {
        name: "breaks-u2028",
        build: |n| lines_with("\u{2028}", n),
    },
    Shape {
        name: "breaks-u2029",
        build: |n| lines_with("\u{2029}", n),
    },
    Shape {
        name: "breaks-nel",
        build: |n| lines_with("\u{85}", n),
    },
    Shape {
        name: "breaks-mixed",
        build: |n| {
            counted(n, |i| {
                let sep = ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\n\r"][i % 7];
                report_line(i).replace('\n', sep)
            })
        },
    },
    // Class 3: runs of 分之.
    Shape {
        name: "fenzhi-percent-run",
        build: |n| repeat("百分之", n),
    },
    Shape {
        name: "fenzhi-fraction-run",
        build: |n| headed("三", "分之一", n),
    },
    Shape {
        name: "fenzhi-mixed-run",
        build: |n| repeat("三分之百分之千分之2.4分之", n),
    },
    // Class 4: unbalanced quotes and brackets.
    Shape {
        name: "quotes-unbalanced",
        build: |n| repeat("“立案3件”罚款5万元”处理2人“「整改7项『\"共9家'", n),
    },
    Shape {
        name: "quotes-closing-only",
        build: |n| repeat("”」』》〕3件", n),
    },
    Shape {
        name: "quotes-opening-only",
        build: |n| repeat("“「『《〔（【［[3件", n),
    },
    Shape {
        name: "quotes-closed-pairs",
        build: |n| repeat("“三项制度”《条例》〔2024〕12件", n),
    },
    Shape {
        name: "quotes-straight",
        build: |n| repeat("\"5件\"6家\"", n),
    },
    Shape {
        name: "brackets-open",
        build: |n| repeat("（(〈〔【12件", n),
    },
    // Class 5: blank lines and `1.` / `1-` runs.
    Shape {
        name: "newlines",
        build: |n| repeat("\n", n),
    },
    Shape {
        name: "crlf-blank",
        build: |n| repeat("\r\n", n),
    },
    Shape {
        name: "one-dot-run",
        build: |n| repeat("1.", n),
    },
    Shape {
        name: "one-dash-run",
        build: |n| repeat("1-", n),
    },
    Shape {
        name: "one-dot-lines",
        build: |n| repeat("1.\n", n),
    },
    // Marker runs of every style, on one line and one per line.
    Shape {
        name: "markers-one-line",
        build: |n| repeat("一、(一)（一）1.1．1、(1)（1）①第一章第一节第一条一建立", n),
    },
    Shape {
        name: "markers-per-line",
        build: |n| {
            counted(n, |i| {
                let k = i % 20 + 1;
                let m = [
                    format!("{}、", cn(k)),
                    format!("({})", cn(k)),
                    format!("（{}）", cn(k)),
                    format!("{k}."),
                    format!("{k}．"),
                    format!("{k}、"),
                    format!("({k})"),
                    format!("（{k}）"),
                    char::from_u32(0x2460 + (k as u32 - 1)).unwrap().to_string(),
                    format!("第{}章", cn(k)),
                    format!("第{}节", cn(k)),
                    format!("第{}条", cn(k)),
                    cn(k).to_string(),
                ][i % 13]
                    .clone();
                format!("{m}推进依法行政\n")
            })
        },
    },
    Shape {
        name: "deep-alternation",
        build: |n| {
            repeat(
                "一、甲\n(一)乙\n1.丙\n(1)丁\n①戊\n第一章己\n第一节庚\n第一条辛\n1、壬\n",
                n,
            )
        },
    },
    Shape {
        name: "contradictory-ordinals",
        build: |n| repeat("(一)(二)(一)推进\n三、二、一、\n9.1.5.\n", n),
    },
    Shape {
        name: "flattened-mid-line-headings",
        build: |n| {
            let mut s = String::from("一、总体情况。");
            s.push_str(&counted(n, |i| {
                format!("（{}）措施{}。全年立案{}件。", cn(i % 9 + 1), i, i % 50)
            }));
            s
        },
    },
    Shape {
        name: "long-heading-titles",
        build: |n| {
            counted(n, |i| {
                format!("{}、{}\n", cn(i % 9 + 1), "推进依法行政工作".repeat(60))
            })
        },
    },
    // Numeral and multiplier chains.
    Shape {
        name: "chinese-numeral-chain",
        build: |n| repeat("一二三四五六七八九十百千万亿零两", n),
    },
    Shape {
        name: "multiplier-chain",
        build: |n| headed("3", "万亿千百", n),
    },
    Shape {
        name: "mixed-numeral-chain",
        build: |n| repeat("1万2千3百4十5亿6万7千8百", n),
    },
    Shape {
        name: "financial-numerals",
        build: |n| repeat("壹贰叁肆伍陆柒捌玖拾佰仟万亿元", n),
    },
    Shape {
        name: "digit-run",
        build: |n| repeat("1234567890", n),
    },
    Shape {
        name: "fullwidth-digit-run",
        build: |n| repeat("１２３４５６７８９０", n),
    },
    Shape {
        name: "fullwidth-sentences",
        build: |n| {
            repeat(
                "２０２３年全县新增岗位１２００个，比２０２２年增长８．５％，由２０２０年的３２０元增长到４１０元，１４：３０召开。",
                n,
            )
        },
    },
    Shape {
        name: "numeral-year-sentences",
        build: |n| {
            repeat(
                "二〇二三年全县新增岗位1200个，比二〇二二年增长8%，由二〇二〇年的320元增长到410元，“十四五”期间新建12所。",
                n,
            )
        },
    },
    Shape {
        name: "bracket-titles",
        build: |n| repeat("【工作成效】\n全年新建学校12所。\n【存在问题】\n\n\n", n),
    },
    Shape {
        name: "thousands-chain",
        build: |n| headed("1", ",000", n),
    },
    Shape {
        name: "decimal-chain",
        build: |n| repeat("1.2.3.4.5.6.", n),
    },
    Shape {
        name: "range-chain",
        build: |n| repeat("3-5~7至9到11—", n),
    },
    Shape {
        name: "overflowing-numbers",
        build: |n| repeat("99999999999999999999999999999999999999亿亿亿元，", n),
    },
    Shape {
        name: "overflowing-chinese",
        build: |n| repeat("九千九百九十九万亿亿亿亿亿亿亿元，", n),
    },
    Shape {
        name: "percent-chain",
        build: |n| repeat("15%30%％5个百分点三成九五折", n),
    },
    // 其中 / 分别 / 由…到 chains.
    Shape {
        name: "qizhong-chain",
        build: |n| headed("共立案1000件，", "其中500件，", n),
    },
    Shape {
        name: "qizhong-sentences",
        build: |n| repeat("共有100家。其中50家。其中", n),
    },
    // 其中 against `；` with no 。: nested 其中 cut at `；`, statements opened after `；`.
    Shape {
        name: "qizhong-semicolons",
        build: |n| {
            repeat(
                "立案100件，其中简易30件；其中现场10件，其中5件；累计结案80件；",
                n,
            )
        },
    },
    // Bracketed 其中 inside another's parts, one sentence: the outer parts go on past each bracket.
    Shape {
        name: "qizhong-brackets",
        build: |n| {
            repeat(
                "立案100家，其中：甲43家（其中乙11家），丙27家（其中丁2家），",
                n,
            )
        },
    },
    // Partitives one after another (`N个X中，有M个…`), each a part of the one before.
    Shape {
        name: "partitive-chain",
        build: |n| repeat("594个河段中，有", n),
    },
    Shape {
        name: "fenbie-chain",
        build: |n| headed("同比分别", "增长1.5%、下降2%、", n),
    },
    Shape {
        name: "you-dao-chain",
        build: |n| repeat("由4200家减少到1400家由", n),
    },
    Shape {
        name: "tongbi-chain",
        build: |n| repeat("同比上升3%较上年下降", n),
    },
    // Signs and stray characters (issue 11, class 8).
    Shape {
        name: "signs",
        build: |n| {
            repeat(
                "利润负1.5亿元，下降-3%，增长−2%，减少－5件，负百分之十，",
                n,
            )
        },
    },
    Shape {
        name: "emoji-in-numbers",
        build: |n| repeat("罚款3🎉万元👍12件🇨🇳", n),
    },
    Shape {
        name: "zero-width",
        build: |n| repeat("罚款3\u{200b}万元\u{feff}12\u{200d}件\u{2060}", n),
    },
    Shape {
        name: "control-chars",
        build: |n| repeat("立案\u{0}3件\u{1}\u{7}\u{1b}罚款\u{8}5万元\u{7f}", n),
    },
    Shape {
        name: "spaces",
        build: |n| repeat(" \u{3000}\t\u{a0}\u{2002}", n),
    },
    Shape {
        name: "spaced-numbers",
        build: |n| repeat("1 2 3 万 元 件 ", n),
    },
    // Tables, enumerations, metadata, punctuation.
    Shape {
        name: "table-rows",
        build: |n| repeat("| 立案 | 12 | 3.5万元 |\n", n),
    },
    Shape {
        name: "table-one-row",
        build: |n| headed("|", " 12件 |", n),
    },
    Shape {
        name: "tab-row",
        build: |n| repeat("立案\t12\t件\t", n),
    },
    // Tables aligned with spaces (`pdftotext -layout`): one table of many rows, one aligned
    // line of a megabyte, and rows that alternate with prose (each group too short a table).
    Shape {
        name: "aligned-rows",
        build: |n| {
            headed(
                "项目名称        单位        数量\n",
                "行政处罚        件          1234\n",
                n,
            )
        },
    },
    Shape {
        name: "aligned-huge-row",
        build: |n| repeat("立案    12    ", n),
    },
    Shape {
        name: "aligned-rows-and-prose",
        build: |n| {
            repeat(
                "项目    数量\n立案    12\n全年立案12件，罚款3.5万元。\n表1  收费\n项目    金额\n收费    5.5\n",
                n,
            )
        },
    },
    // Reports in traditional characters (parsed through their fold, then restored): one table
    // of many rows whose labels are carried down (each restored near its row, not searched in
    // the whole table), headings and indicators whose section paths name them, labels built
    // from characters far from their figure.
    Shape {
        name: "traditional-table",
        build: |n| {
            // Every row's label its own (`行政復議案件第7項`): each is found on its own row.
            let mut s = String::from("| 項目 | 數量（萬元） | 增長 |\n");
            let mut i = 0;
            while s.len() < n {
                s.push_str(&format!("| 行政復議案件第{i}項 | 12.5 | 3% |\n"));
                i += 1;
            }
            s
        },
    },
    Shape {
        name: "traditional-headings",
        build: |n| {
            repeat(
                "（一）加強組織領導。全年辦理案件36件，城鄉居民收入分別增長4.5%和6.8%。\n",
                n,
            )
        },
    },
    Shape {
        name: "enumerations",
        build: |n| {
            repeat(
                "一是立案3件，二是罚款5万元，首先，其次，最后，一方面，另一方面，第一，",
                n,
            )
        },
    },
    Shape {
        name: "meta-lines",
        build: |n| repeat("发布日期：2024-01-01 来源：司法局 浏览量：12\n", n),
    },
    Shape {
        name: "dates",
        build: |n| repeat("2024年1月1日，", n),
    },
    Shape {
        name: "punctuation-only",
        build: |n| repeat("，。；：！？、", n),
    },
    Shape {
        name: "one-line-no-punctuation",
        build: |n| repeat("依法行政工作全年立案94件行政罚款208万元执法检查2345家次", n),
    },
    Shape {
        name: "report-lines",
        build: |n| lines_with("\n", n),
    },
    // Heading markers in other glyphs (letters, stems, enclosed code points, financial
    // numerals), one per line (letter and stem first items each looking for their second) and
    // all on one line (mid-line candidates).
    Shape {
        name: "glyph-markers-lines",
        build: |n| {
            repeat(
                "A.加强管理\nA.加强管理\n⑴完善制度\n甲、推进改革\n❶落实责任\nB.强化监督\n㈠组织建设\n⒈编制规划\n壹、总体情况\n(a)饮用水源\n乙、资产管理\n㊀队伍建设\n➊人员配备\n⓵考核\n",
                n,
            )
        },
    },
    // Unmarked subtitles and heading titles wrapped onto a short line, one after another (the
    // outline reads the whole text once for each: a search of every line per candidate was
    // quadratic, session 26), and short lines repeated as a page's head would be.
    Shape {
        name: "subtitle-lines",
        build: |n| {
            headed(
                "某县统计公报\n二、工业和建筑业\n规模以上工业增加值增长百分之六。\n",
                "建筑业\n全年建筑业总产值比上年增长百分之四。\n",
                n,
            )
        },
    },
    Shape {
        name: "wrapped-heading-titles",
        build: |n| {
            headed(
                "某县统计公报\n",
                "一、坚持稳中求进全力推动县域经济发展\n高质量发展\n本段是正文，说明有关工作的进展情况和成效。\n",
                n,
            )
        },
    },
    // Thousands split by full-width commas with no unit closing the run (each group is read as
    // the start of a number and the groups after it are looked at: a bounded number of them),
    // and whole numbers wrapped inside their digits, line after line.
    Shape {
        name: "wide-comma-groups",
        build: |n| repeat("1，000，000，000，000，000，000，000，000，", n),
    },
    Shape {
        name: "digits-wrapped-every-line",
        build: |n| repeat("资金12\n34万元，项目56\n78个\n90\n", n),
    },
    Shape {
        name: "glyph-markers-one-line",
        build: |n| {
            repeat(
                "A.加强管理。⑴完善制度。甲、推进改革。❶落实责任。B.强化监督。㈠组织建设。⒈编制规划。壹、总体情况。(a)饮用水源。⑵健全机制。",
                n,
            )
        },
    },
];

/// Chinese numeral for 1..=99.
pub fn cn(k: usize) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match k {
        0..=9 => D[k].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[k % 10]),
        _ => format!(
            "{}十{}",
            D[k / 10 % 10],
            if k % 10 == 0 { "" } else { D[k % 10] }
        ),
    }
}

/// Asserts what every report promises: the leaves rebuild the input, each indicator's text is
/// the input at its span.
pub fn assert_lossless(name: &str, text: &str, r: &baogao::Report) {
    let mut at = 0;
    for (kind, s) in r.leaves() {
        assert_eq!(s.start, at, "{name}: leaf {kind:?} {s:?} not contiguous");
        assert!(
            s.end > s.start,
            "{name}: empty leaf {kind:?} at {}",
            s.start
        );
        at = s.end;
    }
    assert_eq!(at, text.len(), "{name}: the leaves do not cover the input");
    for i in &r.indicators {
        assert_eq!(
            i.text,
            i.span.slice(text),
            "{name}: indicator text != input at span"
        );
    }
}

/// A global allocator that counts, per thread, the live heap bytes and their peak (tests run on
/// several threads; a parse runs on one). Declared by each includer:
/// `#[global_allocator] static A: shapes::Counting = shapes::Counting;`.
pub struct Counting;

thread_local! {
    static LIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static PEAK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn grew(by: usize) {
    let _ = LIVE.try_with(|l| {
        let now = l.get().wrapping_add(by);
        l.set(now);
        let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
    });
}

fn shrank(by: usize) {
    let _ = LIVE.try_with(|l| l.set(l.get().wrapping_sub(by)));
}

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are updated.
unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { std::alloc::System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { std::alloc::System.dealloc(ptr, layout) };
        shrank(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { std::alloc::System.realloc(ptr, layout, new) };
        if !p.is_null() {
            if new >= layout.size() {
                grew(new - layout.size());
            } else {
                shrank(layout.size() - new);
            }
        }
        p
    }
}

/// What one parse of one input measured.
pub struct Run {
    /// Input bytes.
    pub bytes: usize,
    /// Best CPU time of the runs (see [`thread_cpu_secs`]), in seconds.
    pub secs: f64,
    /// The input plus everything allocated during the parse at its highest point.
    pub peak_heap: usize,
    /// The heap the returned report holds.
    pub output_heap: usize,
    /// Length of the report's JSON.
    pub json: usize,
    /// Indicators found.
    pub indicators: usize,
}

/// Parses `text` once counting the heap and checking losslessness, then at least `runs` more
/// times and for at least `min_secs` for the best CPU time (the machine may be shared).
pub fn measure(name: &str, text: &str, runs: usize, min_secs: f64) -> Run {
    let before = LIVE.with(|l| l.get());
    PEAK.with(|p| p.set(before));
    let report = baogao::parse(text);
    let peak_heap = PEAK.with(|p| p.get()) - before + text.len();
    let output_heap = LIVE.with(|l| l.get()).wrapping_sub(before);
    assert_lossless(name, text, &report);
    let json = serde_json::to_string(&report).expect("report JSON").len();
    let indicators = report.indicators.len();
    drop(report);
    let (mut best, mut n, started) = (f64::MAX, 0, std::time::Instant::now());
    while n < runs || (started.elapsed().as_secs_f64() < min_secs && n < 1000) {
        n += 1;
        let t = thread_cpu_secs();
        let r = baogao::parse(std::hint::black_box(text));
        best = best.min(thread_cpu_secs() - t);
        drop(std::hint::black_box(r));
    }
    Run {
        bytes: text.len(),
        secs: best,
        peak_heap,
        output_heap,
        json,
        indicators,
    }
}

/// CPU time used by this thread so far, in seconds (`CLOCK_THREAD_CPUTIME_ID`): unlike wall
/// time, it does not count the time other processes or other test threads held the core, which
/// on a loaded 2-core machine is most of it. Elsewhere than on Unix, wall time since the first
/// call.
pub fn thread_cpu_secs() -> f64 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `clock_gettime` only writes the `timespec` it is given, which lives here.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9;
        }
    }
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
}

/// CPU time of one parse of `text`: the mean over a batch of parses lasting at least `min_secs`
/// of CPU time (a parse of a small text takes microseconds, below what a clock reading can
/// resolve against its own cost).
pub fn parse_cpu_secs(text: &str, min_secs: f64) -> f64 {
    let start = thread_cpu_secs();
    let mut n = 0u32;
    loop {
        drop(std::hint::black_box(baogao::parse(std::hint::black_box(
            text,
        ))));
        n += 1;
        let spent = thread_cpu_secs() - start;
        if spent >= min_secs || n >= 10_000 {
            return spent / f64::from(n);
        }
    }
}

/// The ratio of the CPU time of parsing `large` to that of parsing `small`, each the best of
/// `rounds` batches (see [`parse_cpu_secs`]), the two sizes taking turns so that a slow spell of
/// the machine touches both.
pub fn cpu_time_ratio(small: &str, large: &str, rounds: usize, min_secs: f64) -> (f64, f64) {
    let (mut a, mut b) = (f64::MAX, f64::MAX);
    for _ in 0..rounds.max(1) {
        a = a.min(parse_cpu_secs(small, min_secs));
        b = b.min(parse_cpu_secs(large, min_secs));
    }
    (a, b)
}

/// The checks of one shape at two sizes; `Err` names every failed check.
pub struct Verdict {
    /// time(large) / time(small).
    pub time_ratio: f64,
    /// json(large) / json(small).
    pub json_ratio: f64,
    /// The input ratio large / small.
    pub size_ratio: f64,
    /// The larger of peak ÷ (4 × input + output) at the two sizes.
    pub mem_ratio: f64,
    /// The failed checks.
    pub failures: Vec<String>,
}

/// Compares the two runs of a shape: time within `time_slack` × the size ratio, JSON within
/// 1.25 × the size ratio, peak heap ≤ 4 × input + output at both sizes.
pub fn judge(name: &str, small: &Run, large: &Run, time_slack: f64) -> Verdict {
    let size_ratio = large.bytes as f64 / small.bytes.max(1) as f64;
    let time_ratio = large.secs / small.secs.max(1e-9);
    let json_ratio = large.json as f64 / small.json.max(1) as f64;
    let mem = |r: &Run| r.peak_heap as f64 / (4 * r.bytes + r.output_heap) as f64;
    let mem_ratio = mem(small).max(mem(large));
    let mut failures = Vec::new();
    if time_ratio > time_slack * size_ratio {
        failures.push(format!(
            "{name}: time ×{time_ratio:.1} for input ×{size_ratio:.1} (limit ×{:.1})",
            time_slack * size_ratio
        ));
    }
    if json_ratio > 1.25 * size_ratio {
        failures.push(format!(
            "{name}: JSON ×{json_ratio:.1} for input ×{size_ratio:.1} ({} → {} bytes)",
            small.json, large.json
        ));
    }
    if mem_ratio > 1.0 {
        failures.push(format!(
            "{name}: peak heap {:.2} × (4 × input + output)",
            mem_ratio
        ));
    }
    Verdict {
        time_ratio,
        json_ratio,
        size_ratio,
        mem_ratio,
        failures,
    }
}
