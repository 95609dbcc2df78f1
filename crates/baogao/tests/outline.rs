//! Outline layouts beyond one heading per line.

use baogao::{Block, DiagnosticKind, MarkerStyle};

fn headings(text: &str) -> Vec<(usize, String, String)> {
    baogao::parse(text)
        .headings()
        .iter()
        .map(|h| (h.level, h.marker.raw.clone(), h.title.clone()))
        .collect()
}

#[test]
fn levels_come_from_the_document() {
    // A document that starts at (一) has (一) at level 1.
    assert_eq!(headings("(一)甲\n1.乙\n(二)丙\n")[2].0, 1);
    // 1. directly under 三、 is level 2.
    let h = headings("一、甲\n(一)乙\n1.丙\n三、丁\n1.戊\n");
    assert_eq!(h.iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 3, 1, 2]);
}

#[test]
fn heading_with_inline_body_and_titles_cut_at_stops() {
    let r = baogao::parse("(一)加强组织领导。一是成立小组；二是制定方案。\n");
    let h = &r.sections[0].heading;
    assert_eq!((h.title.as_str(), h.inline_body), ("加强组织领导", true));
    let Block::Paragraph(p) = &r.sections[0].blocks[0] else {
        panic!()
    };
    assert_eq!(p.enumerations[0].items.len(), 2);
    // ASCII ; ends a title like ；
    assert_eq!(
        headings("(二)政府网上公布经费,保障机制;\n")[0].2,
        "政府网上公布经费,保障机制"
    );
}

#[test]
fn numbers_that_are_not_headings() {
    for s in [
        "2019年，全年立案94件。\n",
        "6.24 楚雄地震发生后。\n",
        "1+46 应急预案体系。\n",
        "12·4 国家宪法日。\n",
        "一是加强。\n",
    ] {
        assert!(headings(s).is_empty(), "{s}");
    }
}

#[test]
fn broken_and_bare_markers_are_repaired_with_diagnostics() {
    let r = baogao::parse("二、问题\n)存在的问题。一是不足。\n(二)主要原因。二是缺乏。\n");
    let h = r.headings();
    assert_eq!(
        (h[1].level, h[1].marker.style, h[1].marker.ordinal),
        (2, MarkerStyle::ParenChinese, Some(1))
    );
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::RepairedMarker));
    let r = baogao::parse("六、计划\n一建立机制，提升成效。\n二推进执法，规范行为。\n");
    assert_eq!(
        r.headings()
            .iter()
            .filter(|h| h.marker.style == MarkerStyle::Bare)
            .count(),
        2
    );
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::BareMarker));
    // A lone bare numeral with no sequence is body text.
    assert_eq!(headings("一线从业人员很多。\n").len(), 0);
}

#[test]
fn numbering_continued_across_parents() {
    let r = baogao::parse("一、甲\n(一)a\n(二)b\n二、乙\n(三)c\n");
    assert_eq!(r.headings()[4].level, 2);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::ContinuedNumbering));
    let r = baogao::parse("一、甲\n(一)a\n(三)c\n");
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::SkippedOrdinal));
}

#[test]
fn flattened_single_line_report() {
    let text = "一、主要成效。（一）加强领导。全年立案94件。（二）强化执法。罚款5万元。二、存在问题。执法力量不足。";
    let h = headings(text);
    assert_eq!(
        h.iter().map(|x| (x.0, x.2.as_str())).collect::<Vec<_>>(),
        [
            (1, "主要成效"),
            (2, "加强领导"),
            (2, "强化执法"),
            (1, "存在问题")
        ]
    );
    let r = baogao::parse(text);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::MidLineHeading));
    assert_eq!(r.indicators[1].section, ["主要成效", "强化执法"]);
}

#[test]
fn table_rows_are_blocks_not_headings() {
    let r = baogao::parse("一、数据\n| 一、本年新收 | 12 |\n项目\t数量\t金额\n");
    assert_eq!(r.headings().len(), 1);
    let tables: Vec<_> = r.sections[0]
        .blocks
        .iter()
        .filter_map(|b| {
            if let Block::Table(t) = b {
                Some(t.cells.clone())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        tables,
        vec![
            vec!["一、本年新收".to_string(), "12".into()],
            vec!["项目".into(), "数量".into(), "金额".into()]
        ]
    );
}

#[test]
fn title_meta_closing_boilerplate() {
    let text = "某局2024年工作总结\n\n某局2024年工作总结\n\n发布时间:2020-01-16 14:56 浏览量: 字体:\n\n一、工作\n全年立案94件。\n\n          某局\n\n2025年1月9日\n\n附件:\n扫一扫在手机上查看当前页面\n【打印本页】【关闭窗口】\n";
    let r = baogao::parse(text);
    let t = r.title.as_ref().unwrap();
    assert_eq!(
        (t.text.as_str(), t.lines.clone()),
        ("某局2024年工作总结", vec![1, 3])
    );
    assert_eq!(r.meta.published.as_deref(), Some("2020-01-16 14:56"));
    let c = r.closing.as_ref().unwrap();
    assert_eq!(
        (c.signature.as_deref(), c.date.as_deref()),
        (Some("某局"), Some("2025年1月9日"))
    );
    assert_eq!(r.boilerplate.len(), 3);
    assert_eq!(
        r.indicators.len(),
        1,
        "the year in the title and the dates are not indicators"
    );
}

#[test]
fn parse_bytes_decodes_gbk_and_utf16() {
    // "一、总体情况\n立案94件。\n" in GBK, written out so that the test needs no encoder.
    let gbk = [
        0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, b'\n', 0xc1, 0xa2,
        0xb0, 0xb8, b'9', b'4', 0xbc, 0xfe, 0xa1, 0xa3, b'\n',
    ];
    let r = baogao::parse_bytes(&gbk).unwrap();
    assert_eq!(r.sections[0].heading.title, "总体情况");
    let mut utf16 = vec![0xff, 0xfe];
    for u in "一、总体情况\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    assert_eq!(baogao::parse_bytes(&utf16).unwrap().sections.len(), 1);
}
