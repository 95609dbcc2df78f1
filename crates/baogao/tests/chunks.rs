//! The laws of `baogao::chunks`, on generated reports, the sample reports and the devset:
//! every chunk is the input at its span, at most `max_chars` characters (with a repeated table
//! header), in order without overlap, never across the start of a heading (unless
//! `merge_small`), its path is the titles of the headings containing its first byte, its
//! indicators are those starting inside it, it holds no title, metadata or boilerplate, and the
//! chunks cover ≥ 98 % of the non-space characters outside title, metadata and boilerplate.

use baogao::{ChunkOptions, LeafKind, Report, Section};
use proptest::prelude::*;

/// The extent of each section (heading start to the end of its last leaf), with its path.
fn extents(report: &Report) -> Vec<(usize, usize, Vec<String>)> {
    fn walk(
        s: &Section,
        path: &mut Vec<String>,
        out: &mut Vec<(usize, usize, Vec<String>)>,
    ) -> usize {
        path.push(s.heading.title.clone());
        let at = out.len();
        out.push((s.heading.span.start, 0, path.clone()));
        let mut end = s.heading.span.end;
        for b in &s.blocks {
            end = end.max(b.span().end);
        }
        for c in &s.children {
            end = end.max(walk(c, path, out));
        }
        out[at].1 = end;
        path.pop();
        end
    }
    let mut out = Vec::new();
    for s in &report.sections {
        walk(s, &mut Vec::new(), &mut out);
    }
    out
}

fn non_space(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

fn check(text: &str, opts: &ChunkOptions) -> Result<(), TestCaseError> {
    let report = baogao::parse(text);
    let chunks = baogao::chunks(&report, text, opts);
    let max = opts.max_chars.max(1);
    let heads: Vec<usize> = report.headings().iter().map(|h| h.span.start).collect();
    let sections = extents(&report);
    let left_out: Vec<_> = report
        .leaves()
        .into_iter()
        .filter(|(k, _)| matches!(k, LeafKind::Title | LeafKind::Meta | LeafKind::Boilerplate))
        .map(|(_, s)| s)
        .collect();
    let mut prev_end = 0;
    let mut covered = 0;
    for c in &chunks {
        let sp = c.span;
        prop_assert!(sp.start < sp.end && sp.end <= text.len());
        prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        prop_assert_eq!(&text[sp.start..sp.end], c.text.as_str());
        prop_assert_eq!(c.chars, c.text.chars().count());
        prop_assert!(c.chars <= max, "{} chars > {}", c.chars, max);
        prop_assert!(c.page_content().chars().count() <= max);
        prop_assert!(sp.start >= prev_end, "chunks overlap or are out of order");
        prev_end = sp.end;
        if !opts.merge_small {
            for &h in &heads {
                prop_assert!(
                    !(sp.start < h && h < sp.end),
                    "chunk {:?} runs across the heading at {}",
                    sp,
                    h
                );
            }
        }
        let path: Vec<String> = sections
            .iter()
            .filter(|(s, e, _)| *s <= sp.start && sp.start < *e)
            .max_by_key(|(_, _, p)| p.len())
            .map(|(_, _, p)| p.clone())
            .unwrap_or_default();
        prop_assert_eq!(&*c.path, path.as_slice());
        let inside: Vec<usize> = (0..report.indicators.len())
            .filter(|&i| (sp.start..sp.end).contains(&report.indicators[i].span.start))
            .collect();
        prop_assert_eq!(&c.indicators, &inside);
        for l in &left_out {
            prop_assert!(
                l.end <= sp.start || sp.end <= l.start,
                "chunk {:?} holds left-out {:?}",
                sp,
                l
            );
        }
        prop_assert_eq!(c.title.as_ref(), report.title.as_ref().map(|t| &t.text));
        prop_assert_eq!(&c.published, &report.meta.published);
        if opts.overlap == 0 {
            prop_assert!(c.context_before.is_none());
        }
        covered += non_space(&c.text);
    }
    let body: usize = report
        .leaves()
        .into_iter()
        .filter(|(k, _)| !matches!(k, LeafKind::Title | LeafKind::Meta | LeafKind::Boilerplate))
        .map(|(_, s)| non_space(s.slice(text)))
        .sum();
    prop_assert!(
        covered * 100 >= body * 98,
        "chunks cover {} of {} non-space body characters",
        covered,
        body
    );
    Ok(())
}

const LINES: &[&str] = &[
    "一、总体情况",
    "二、主要做法",
    "三、存在问题及下步打算",
    "（一）加强组织领导",
    "(二)完善制度建设。全年修订制度12项。",
    "1.规范执法行为",
    "2、强化监督",
    "(1)开展培训",
    "①专项检查",
    "第一章 总则",
    "第二条 本办法适用于全市。",
    "全年共受理申请136件，同比上升15.4%；办结130件，办结率95.6%。",
    "一是建立工作台账，明确责任分工，细化任务清单；二是开展督查，发现问题23个，已整改21个。",
    "组织干部职工参加学法考试，参考率100%，合格率98%，平均分92分",
    "他指出：“要坚持依法行政。”会议要求各单位抓好落实！",
    "检查生产经营单位2345家(次)，行政罚款208.74 万元，其中一般程序案件15件",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    "| 类别 | 数量 | 金额 |",
    "| 行政处罚 | 36 | 7.37万元 |",
    "| 行政许可 | 120 | 无 |",
    "类别\t数量",
    "发布日期:2025-01-20 16:20 来源:某市应急管理局",
    "扫一扫在手机上查看当前页面",
    "我要纠错 打印本页 关闭窗口",
    "某市应急管理局",
    "2025年1月9日",
    "",
    "　　",
    "😀𠀀混合字符，",
];

fn report_like() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["某市2024年法治政府建设年度报告\n", ""][..]),
        prop::collection::vec((prop::sample::select(LINES), 1usize..4), 0..50),
    )
        .prop_map(|(title, lines)| {
            let mut s = title.to_string();
            for (line, times) in lines {
                // A line repeated without its break makes long paragraphs.
                for _ in 0..times {
                    s.push_str(line);
                }
                s.push('\n');
            }
            s
        })
}

fn options() -> impl Strategy<Value = ChunkOptions> {
    (0usize..300, any::<bool>(), 0usize..8).prop_map(|(max_chars, merge_small, overlap)| {
        ChunkOptions {
            max_chars,
            merge_small,
            overlap,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn chunk_laws_on_report_like_text(text in report_like(), opts in options()) {
        check(&text, &opts)?;
    }

    #[test]
    fn chunk_laws_on_arbitrary_strings(text in any::<String>(), opts in options()) {
        check(&text, &opts)?;
    }
}

#[test]
fn chunk_laws_on_the_sample_reports_and_the_devset() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = 0;
    for dir in ["tests/corpus", "tests/devset/texts"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for max_chars in [20, 100, 500, 2000] {
                for merge_small in [false, true] {
                    let opts = ChunkOptions {
                        max_chars,
                        merge_small,
                        overlap: 20,
                    };
                    check(&text, &opts).unwrap();
                }
            }
            files += 1;
        }
    }
    assert_eq!(files, 16);
}

/// A closing (signature and date) before a list of attachments read as headings: every leaf is
/// chunked in the order of the text, the closing in its place (the walk took the closing last and
/// found it out of order, which gave no chunk at all).
#[test]
fn a_closing_before_the_attachments_is_chunked_in_its_place() {
    let text = "某镇2030年工作总结\n一、主要成效\n全年新建道路8公里。\n二、工作打算\n计划改造危房20户。\n某镇人民政府\n2031年1月5日\n附件：\n1.项目清单.xlsx\n2.资金明细.pdf\n";
    let report = baogao::parse(text);
    assert!(report.closing.is_some());
    let chunks = baogao::chunks(&report, text, &ChunkOptions::default());
    let texts: Vec<&str> = chunks.iter().map(|c| c.text.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.contains("某镇人民政府")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("资金明细")), "{texts:?}");
    check(text, &ChunkOptions::default()).unwrap();
}
