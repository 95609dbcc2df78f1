//! Outline layouts beyond one heading per line.

use baogao::{Block, DiagnosticKind, MarkerStyle};

fn headings(text: &str) -> Vec<(usize, String, String)> {
    baogao::parse(text)
        .headings()
        .iter()
        .map(|h| (h.level, h.marker.raw.to_string(), h.title.clone()))
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
fn a_wrapped_first_paragraph_is_no_part_of_the_title() {
    // Hard-wrapped text: the paragraph's first line has no full stop yet, but its clause comma
    // says it is a sentence. A title in two lines (no comma) is still joined.
    let text =
        "某市2025年经济运行情况\n\n全市规模以上工业增加值增长6.1%，比上年加\n快0.8个百分点。\n";
    let r = baogao::parse(text);
    assert_eq!(r.title.as_ref().unwrap().text, "某市2025年经济运行情况");
    let labels: Vec<_> = r.indicators.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["全市规模以上工业增加值", "全市规模以上工业增加值"]);
    let two = baogao::parse("某市交通运输局2025年\n\n法治政府建设情况报告\n\n一、主要工作\n");
    assert_eq!(
        two.title.as_ref().unwrap().text,
        "某市交通运输局2025年法治政府建设情况报告"
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

#[test]
fn back_matter_titles_are_unmarked_top_level_headings() {
    // Pattern: a back-matter name alone on a line, set apart, with text after it.
    let text = "一、农业\n\n全年粮食产量达到八百万吨。\n\n二、工业\n\n工业增加值增长百分之五。\n\n注释：\n\n1.本文数据为快报数。\n\n2.部分数据因四舍五入存在误差。\n\n资料来源：\n\n本文工业数据来自市工信局，其余来自统计局。\n";
    let h = headings(text);
    assert_eq!(
        h.iter()
            .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "一、", "农业"),
            (1, "二、", "工业"),
            (1, "", "注释"),
            (2, "1.", "本文数据为快报数"),
            (2, "2.", "部分数据因四舍五入存在误差"),
            (1, "", "资料来源"),
        ]
    );
    let r = baogao::parse(text);
    assert_eq!(r.headings()[2].marker.style, MarkerStyle::Unmarked);
}

#[test]
fn labels_that_are_not_back_matter_titles() {
    // A colon label that runs into a sentence, a back-matter word before any heading, and one
    // with nothing of its own after it are body text.
    for text in [
        "一、工作\n\n今年的重点任务是：\n\n加快推进园区建设，力争早日投产。\n",
        "注释：\n\n这是一段放在文首的说明文字，不在任何章节中。\n",
        "一、工作\n\n全年完成投资十亿元。\n\n附件：\n\n相关稿件\n",
        "一、工作\n\n全年完成投资十亿元，\n说明\n这一段承接上一句话继续写下去。\n",
    ] {
        let h = headings(text);
        assert!(h.iter().all(|x| !x.1.is_empty()), "{text}: {h:?}");
    }
}

#[test]
fn punctuation_variant_continues_its_numbering() {
    // `3、` then `4．` in one list: a typing variant, the same level.
    let h = headings("一、公开内容\n（一）主要内容\n1、规划计划\n2、办事指南\n3、机构人事\n4．重大决策\n（二）公开形式\n1、门户网站\n");
    assert_eq!(
        h.iter().map(|x| x.0).collect::<Vec<_>>(),
        [1, 2, 3, 3, 3, 3, 2, 3]
    );
    // A different style that starts at 1 is still a new level.
    let h = headings("1、甲\n1.乙\n2.丙\n2、丁\n");
    assert_eq!(h.iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 2, 1]);
}

#[test]
fn zero_padded_section_numbers_in_a_run() {
    let text = "某县统计公报\n\n01综合\n\n全县生产总值增长百分之六。\n\n02 农业\n\n粮食播种面积保持稳定。\n\n03工业\n\n规模以上工业增加值增长。\n";
    let h = headings(text);
    assert_eq!(
        h.iter()
            .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [(1, "01", "综合"), (1, "02", "农业"), (1, "03", "工业")]
    );
    // One alone, or numbers that are dates or quantities, are not headings.
    for text in [
        "01综合\n全县生产总值增长。\n",
        "相关文章\n03-30\n某县工作报告\n03-30\n",
        "01综合\n05农业\n",
        "12个乡镇全部通电。\n13个村完成改造。\n",
    ] {
        assert!(headings(text).is_empty(), "{text}");
    }
}

#[cfg(feature = "fine-labels")]
#[test]
fn zero_padded_section_titles_may_list_their_topics() {
    // Pattern: a zero-padded section number whose title names two or three topics joined by 、.
    let text = "某市统计公报\n\n01人口、就业\n\n年末常住人口有所增加。\n\n02农业\n\n粮食总产量保持稳定。\n\n03交通、邮电和旅游\n\n客运总量明显回升。\n";
    let h = headings(text);
    assert_eq!(
        h.iter()
            .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "01", "人口、就业"),
            (1, "02", "农业"),
            (1, "03", "交通、邮电和旅游")
        ]
    );
    // A run of counts joined by 、 is no title.
    let text = "10个乡镇、5个街道完成改造。\n11个村、3个社区通过验收。\n";
    assert!(headings(text).is_empty(), "{text}");
}

#[cfg(feature = "fine-labels")]
#[test]
fn a_back_matter_title_after_a_field_line() {
    // Pattern: a labelled line (`延伸阅读：…`) ends without a stop; the back-matter name after it
    // is still set apart.
    let text = "一、农业\n全年粮食产量达到八百万吨。\n延伸阅读：《本市农业发展情况》图解\n注释：\n1.本文数据为快报数。\n2.部分数据因四舍五入存在误差。\n";
    let h = headings(text);
    assert_eq!(
        h.iter()
            .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "一、", "农业"),
            (1, "", "注释"),
            (2, "1.", "本文数据为快报数"),
            (2, "2.", "部分数据因四舍五入存在误差"),
        ]
    );
}

#[cfg(feature = "fine-labels")]
#[test]
fn a_back_matter_title_after_a_table_row() {
    // Pattern: a table's last row (cells parted by pipes or tabs, two columns are enough) ends
    // without a stop; the note name under it is still set apart, and heads its numbered notes.
    for table in [
        "乡镇 | 人口（人）\n北镇 | 5200\n南镇 | 4300\n",
        "乡镇\t人口（人）\n北镇\t5200\n南镇\t4300\n",
        "| 乡镇 | 人口（人） | 户数（户） |\n| 北镇 | 5200 | 1800 |\n",
    ] {
        for name in ["注：", "附注：", "注释"] {
            let text = format!(
                "一、人口\n全乡户籍人口九千余人。\n表1　各镇人口\n{table}{name}\n1.人口为年末户籍数。\n2.南镇含移民安置点。\n"
            );
            let h = headings(&text);
            let bare = name.trim_end_matches('：');
            assert_eq!(
                h.iter()
                    .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
                    .collect::<Vec<_>>(),
                [
                    (1, "一、", "人口"),
                    (1, "", bare),
                    (2, "1.", "人口为年末户籍数"),
                    (2, "2.", "南镇含移民安置点"),
                ],
                "{text}"
            );
        }
    }
    // A plain line that ends without a stop is running text: `注：` under it stays text.
    let h = headings("一、人口\n全乡户籍人口九千余人，其中\n注：\n1.人口为年末户籍数。\n");
    assert!(h.iter().all(|x| x.2 != "注"), "{h:?}");
}

#[test]
fn circled_numbers_inside_a_line_are_an_enumeration() {
    // `①…；②…` on one line: an enumeration inside the paragraph.
    let text = "一、措施\n①健全制度；②完善流程；③加强督查。\n措施有三：①健全制度；②完善流程。\n";
    let h = headings(text);
    assert_eq!(h.len(), 1, "{h:?}");
    let r = baogao::parse(text);
    let items: Vec<usize> = r.sections[0]
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => p.enumerations.iter().map(|e| e.items.len()).sum(),
            Block::Table(_) => 0,
        })
        .collect();
    assert_eq!(items, [3, 2]);
    // A run of lines each opening with ① ② … stays a run of headings.
    let h = headings("一、措施\n①健全制度\n制度共十项。\n②完善流程\n流程共五类。\n");
    assert_eq!(
        h.iter().map(|x| (x.0, x.1.as_str())).collect::<Vec<_>>(),
        [(1, "一、"), (2, "①"), (2, "②")]
    );
}

#[test]
fn titles_web_chrome_and_publication_lines() {
    // A title may open with the year it reports on.
    let r = baogao::parse("2024年度某区政府信息公开工作报告\n\n一、总体情况\n全年办件三千件。\n");
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("2024年度某区政府信息公开工作报告")
    );
    // …but not a sentence that opens with a year.
    let r = baogao::parse("2024年，全区经济平稳\n一、总体情况\n");
    assert!(r.title.is_none());
    // Page chrome and breadcrumbs are boilerplate; several publication fields on one line are
    // metadata, whatever separates them.
    let text = "下载全屏\n当前位置：首页 > 政务公开 > 年度报告\n某区政府信息公开工作报告\n发布日期：2024-01-02 | 索引号：123-45/2024 | 来源：某区政府办\n一、总体情况\n全年办件三千件。\n";
    let r = baogao::parse(text);
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("某区政府信息公开工作报告")
    );
    assert_eq!(r.boilerplate.len(), 2);
    assert_eq!(r.meta.published.as_deref(), Some("2024-01-02"));
    assert_eq!(r.meta.source.as_deref(), Some("某区政府办"));
    assert_eq!(
        r.meta.lines[0].fields[1],
        ("索引号".into(), "123-45/2024".into())
    );
}

#[test]
fn pdf_page_markers_are_boilerplate_leaves() {
    let text = "一、财政管理\n全年收入总量108亿元，\n— 3 —\n支出总量142亿元。\n第 4 页 共 18 页\n- 5 -\n二、预算执行\n";
    let r = baogao::parse(text);
    let bp: Vec<_> = r.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(bp, ["— 3 —", "第 4 页 共 18 页", "- 5 -"]);
    // Each marker is a leaf of its own, the leaves still rebuild the input, and no indicator
    // is read from a page number.
    let rebuilt: String = r
        .leaves()
        .iter()
        .map(|(_, s)| &text[s.start..s.end])
        .collect();
    assert_eq!(rebuilt, text);
    let values: Vec<_> = r.indicators.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(values.len(), 2, "{values:?}");
    assert_eq!(r.headings().len(), 2);
}

#[test]
fn flattened_report_headings_after_spaces_semicolons_and_glued_to_titles() {
    let lv = |text: &str| {
        headings(text)
            .into_iter()
            .map(|x| (x.0, x.2))
            .collect::<Vec<_>>()
    };
    let want = |v: &[(usize, &str)]| {
        v.iter()
            .map(|(l, t)| (*l, t.to_string()))
            .collect::<Vec<_>>()
    };
    // After spaces (line breaks flattened to spaces).
    assert_eq!(
        lv("一、建设成果 （一）道路建设。新修道路十条。 （二）桥梁建设。新建桥梁两座。 二、下步打算。继续推进。"),
        want(&[(1, "建设成果"), (2, "道路建设"), (2, "桥梁建设"), (1, "下步打算")])
    );
    // After ；, the next ordinal of an open style.
    assert_eq!(
        lv("一、收入情况。税收收入增长；二、支出情况。民生支出增长；三、结余情况。略有结余。"),
        want(&[(1, "收入情况"), (1, "支出情况"), (1, "结余情况")])
    );
    // A first sub-item glued to its parent's title, its sibling after a stop.
    assert_eq!(
        lv("一、建设成果（一）道路建设。新修道路十条。（二）桥梁建设。新建桥梁两座。二、下步打算。"),
        want(&[(1, "建设成果"), (2, "道路建设"), (2, "桥梁建设"), (1, "下步打算")])
    );
    // A lone first item with no second on the line, and references inside a sentence, are text.
    assert!(lv("会议指出。一、要提高认识，统一思想。\n").is_empty());
    assert!(lv("依照条例第二十条第（一）项和第（二）项的规定办理。\n").is_empty());
    assert!(lv("促进农村二、三产业发展；推进一、二产业融合。\n").is_empty());
    // Coordinated numerals after a stop are not the next heading, even with 一、 open.
    assert_eq!(
        lv("一、农业。一产增加值增长。二、三产业增加值增长。\n"),
        want(&[(1, "农业")])
    );
}

#[test]
fn title_set_apart_from_its_body_by_spaces() {
    let r = baogao::parse("二、今年主要任务 今年是实施规划的关键一年，做好工作意义重大。\n");
    let h = &r.sections[0].heading;
    assert_eq!((h.title.as_str(), h.inline_body), ("今年主要任务", true));
    // Spaces around a number stay inside the title (PDF text).
    let h = headings("1．少计利息支出 86.19 万元\n2．多列科目 3.5 亿元\n");
    assert_eq!(h[0].2, "少计利息支出 86.19 万元");
    // A short tail after the space is part of the title.
    assert_eq!(headings("三、2024年 工作安排\n")[0].2, "2024年 工作安排");
}

#[test]
fn unmarked_part_title_before_a_numbered_list() {
    // Pattern: a short plain line after a finished paragraph, a list numbered from 1 right after.
    let text = "各位代表：\n现在我代表政府作报告。\n\n五年工作回顾\n\n（一）经济实力增强。全年增长。\n（二）民生持续改善。收入增长。\n今年是关键之年。\n今年主要工作\n（一）扩大有效投资。项目开工。\n（二）推进乡村振兴。\n";
    let h = headings(text);
    assert_eq!(
        h.iter()
            .map(|x| (x.0, x.1.as_str(), x.2.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "", "五年工作回顾"),
            (2, "（一）", "经济实力增强"),
            (2, "（二）", "民生持续改善"),
            (1, "", "今年主要工作"),
            (2, "（一）", "扩大有效投资"),
            (2, "（二）", "推进乡村振兴"),
        ]
    );
    // No list after it, a line that is not set apart, or a sentence: body text.
    for text in [
        "前言结束。\n五年工作回顾\n这五年经济增长较快。\n收入增长。\n",
        "全年增长较快，\n今年主要工作\n（一）扩大投资。\n",
        "前言结束。\n主要工作如下：\n（一）扩大投资。\n",
    ] {
        assert!(headings(text).iter().all(|x| !x.1.is_empty()), "{text}");
    }
}

#[test]
fn page_navigation_is_boilerplate_wherever_it_stands() {
    // Navigation between the article and a list of related articles: boilerplate, no `一篇`
    // indicator; a lone 附件 line in the middle stays text.
    let text = "一、工作\n全年办件三千件。\n分享到：\n上一篇：\n某县工作报告\n下一篇：\n相关文章\n附件\n全年办件三千件。\n";
    let r = baogao::parse(text);
    let bp: Vec<_> = r.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(bp, ["分享到：", "上一篇：", "下一篇："]);
    assert!(r.indicators.iter().all(|i| !i.text.contains("一篇")));
}

#[test]
fn flattened_levels_restart_and_continue_across_parents() {
    // A level the document already uses restarts at 1 under the next parent, with no second
    // item after it on the line; and continues its numbering across parents.
    let text = "一、主要成效。（一）加强领导。立案九十件。（二）强化执法。罚款五万元。二、存在问题。（一）力量不足。人员偏少。三、下步打算。（二）加强培训。轮训一次。";
    let h: Vec<_> = headings(text)
        .into_iter()
        .map(|x| (x.0, x.1, x.2))
        .collect();
    let want: Vec<(usize, String, String)> = [
        (1, "一、", "主要成效"),
        (2, "（一）", "加强领导"),
        (2, "（二）", "强化执法"),
        (1, "二、", "存在问题"),
        (2, "（一）", "力量不足"),
        (1, "三、", "下步打算"),
        (2, "（二）", "加强培训"),
    ]
    .iter()
    .map(|(l, m, t)| (*l, m.to_string(), t.to_string()))
    .collect();
    assert_eq!(h, want);
    // A first item of a style the document has not used, with no second after it, is text.
    assert_eq!(
        headings("一、主要成效。全年立案。主要做法如下。（一）加强领导，立案九十件。\n").len(),
        1
    );
}

#[test]
fn numbered_items_inside_a_paragraph_line_are_an_enumeration() {
    // Pattern: a paragraph line (opening with running text or an `N是` item) under a heading of
    // an earlier line, numbered items after its first sentence: an inline enumeration.
    for text in [
        "一、基本情况\n三是队伍建设情况。1.开展业务培训两次。2.选派骨干挂职锻炼。3.建立考核台账。\n二、存在问题\n",
        "一、基本情况\n全年重点抓了三件事。1.修订办事指南。2.压缩审批时限。\n二、存在问题\n",
        "一、基本情况\n全年抓了两件事。（一）修订指南。（二）压缩时限。\n二、存在问题\n",
    ] {
        let h = headings(text);
        assert_eq!(
            h.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["一、", "二、"],
            "{text}"
        );
    }
    // A page flattened to one line keeps its mid-line headings, and so does a line that opens
    // with a heading.
    assert_eq!(
        headings("某局工作总结 一、工作成效。（一）抓好培训。培训两次。（二）压缩时限。时限减半。")
            .len(),
        2
    );
    assert_eq!(
        headings("一、基本情况\n（一）抓好培训。培训两次。（二）压缩时限。时限减半。\n").len(),
        3
    );
}

#[test]
fn year_led_part_titles_of_a_work_report() {
    // Pattern: a line of its own opening with a year and ending in a part-title head noun
    // (回顾, 重点工作, 目标任务 …), set apart between paragraphs: a top-level unmarked heading,
    // above the `一、` headings under it.
    let text = "某镇政府工作报告\n\n各位代表：\n\n二〇二三年工作回顾\n\n过去一年，全镇财政收入稳步增长。\n\n2024年主要目标任务\n\n一、抓好产业发展\n新建大棚二十座。\n二、抓好民生实事\n新修村道十公里。\n";
    let h: Vec<_> = headings(text).into_iter().map(|x| (x.0, x.2)).collect();
    let want: Vec<(usize, String)> = [
        (1, "二〇二三年工作回顾"),
        (1, "2024年主要目标任务"),
        (2, "抓好产业发展"),
        (2, "抓好民生实事"),
    ]
    .iter()
    .map(|(l, t)| (*l, t.to_string()))
    .collect();
    assert_eq!(h, want);
    // No head noun, a line inside a paragraph, or a sentence: text.
    for text in [
        "某镇政府工作报告\n\n全年收入增长。\n2023年全镇人口\n共有三万余人居住在镇区。\n",
        "某镇政府工作报告\n\n全年收入增长，\n2023年重点工作\n进展顺利，各项任务全面完成。\n",
        "某镇政府工作报告\n\n全年收入增长。\n2023年，全镇重点工作\n进展顺利，各项任务全面完成。\n",
    ] {
        assert!(headings(text).is_empty(), "{text}");
    }
}

/// The head nouns of a year-led part title include what a year achieved and aims at (亮点,
/// 成效, 成绩, 目标): `2024年工作亮点` right after the publication line is a part title as its
/// sibling `2025年工作思路` is.
#[test]
#[cfg(feature = "fine-labels")]
fn year_led_part_titles_of_achievements_and_aims() {
    let text = "区农业农村局2024年工作总结\n\n发布日期：2025-01-08\n\n2024年工作成效\n\n全年新建高标准农田1.2万亩。\n\n2025年工作目标\n\n力争粮食产量稳定在10万吨以上。\n";
    let h: Vec<_> = headings(text).into_iter().map(|x| (x.0, x.2)).collect();
    assert_eq!(
        h,
        [
            (1, "2024年工作成效".to_string()),
            (1, "2025年工作目标".to_string())
        ]
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn year_led_part_titles_may_close_with_a_colon() {
    // READING6-gzbg #4: `2023年工作回顾：` on a line of its own, set apart, is the same part title
    // (the colon introduces the part); 工作重点 is a head noun like 重点工作. A sentence that ends
    // in a colon (`2024年，全乡要抓好三件事：`) stays text.
    let text = "某乡政府工作报告\n\n2023年工作回顾：\n\n全乡粮食总产量稳中有升。\n\n2024年工作重点：\n（一）抓好春耕备耕工作。\n（二）抓好道路硬化工程。\n";
    let h: Vec<_> = headings(text).into_iter().map(|x| (x.0, x.2)).collect();
    let want: Vec<(usize, String)> = [
        (1, "2023年工作回顾"),
        (1, "2024年工作重点"),
        (2, "抓好春耕备耕工作"),
        (2, "抓好道路硬化工程"),
    ]
    .iter()
    .map(|(l, t)| (*l, t.to_string()))
    .collect();
    assert_eq!(h, want);
    let text = "某乡政府工作报告\n\n全年收入增长。\n\n2024年，全乡要抓好三件事：\n修路、治水、建校，各项任务全面推进。\n";
    assert!(headings(text).is_empty(), "{text}");
}

#[test]
fn cells_of_a_table_laid_out_one_per_line_are_not_headings() {
    // Pattern: a web page's table saved as text, each cell on its own line closed by its rule
    // (`… |`): a row label that opens with a marker is a cell, not a heading.
    let text = "一、办理情况\n本年情况如下。\n| 项目 | 件数 |\n|||\n一、本年受理的来信 |\n6 |\n||\n二、本年办结的来信 |\n5 |\n（一）当场答复 |\n3 |\n二、存在问题\n人手不足。\n";
    let h = headings(text);
    assert_eq!(
        h.iter().map(|x| x.2.as_str()).collect::<Vec<_>>(),
        ["办理情况", "存在问题"]
    );
}

#[test]
fn a_page_s_counter_lines_are_chrome_wherever_they_stand() {
    // Pattern: a page's counter (views, reads, a forum member's sign-in days) as a field with a
    // colon and a bare count, alone or among the page's other metadata, below the top of the
    // page: boilerplate, its figure no indicator. A sentence about visits stays text.
    let text = "某市统计公报\n\n全市人口增长。\n  • 签到天数: 512 天\n发布时间:2022-03-01 来源:某市统计局 点击:4321次\n浏览次数：678\n网站全年访问量达到9000次。\n";
    let r = baogao::parse(text);
    let bp: Vec<_> = r.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        bp,
        [
            "• 签到天数: 512 天",
            "发布时间:2022-03-01 来源:某市统计局 点击:4321次",
            "浏览次数：678"
        ]
    );
    let figures: Vec<_> = r.indicators.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(figures, ["9000次"]);
}

/// Pieces of the layouts read by evidence above (flattened headings, back matter, zero-padded
/// numbers, circled numbers, page markers, navigation), for the lossless property below.
const LAYOUT_PIECES: &[&str] = &[
    "一、",
    "二、",
    "（一）",
    "(二)",
    "1、",
    "2．",
    "①",
    "②",
    "01",
    "02",
    "综合",
    "注释：",
    "资料来源",
    "附件",
    "今年主要工作",
    "加强领导",
    "全年立案94件",
    "。",
    "；",
    "，",
    " ",
    "\u{3000}",
    "\n",
    "\n\n",
    "— 3 —",
    "第3页 共18页",
    "上一篇：",
    "当前位置：首页 > 报告",
    "2024年度报告",
    "\r\n",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 3_000, ..Default::default() })]

    /// The outline's leaves rebuild the input and indicators' texts are the input at their spans,
    /// whatever these layouts are mixed into.
    #[test]
    fn lossless_on_layout_pieces(
        v in proptest::collection::vec(proptest::sample::select(LAYOUT_PIECES), 0..80)
    ) {
        let text = v.concat();
        let r = baogao::parse(&text);
        let rebuilt: String = r.leaves().iter().map(|(_, s)| &text[s.start..s.end]).collect();
        proptest::prop_assert_eq!(&rebuilt, &text);
        let mut at = 0;
        for (_, s) in r.leaves() {
            proptest::prop_assert_eq!(s.start, at);
            proptest::prop_assert!(s.end > s.start);
            at = s.end;
        }
        for i in &r.indicators {
            proptest::prop_assert_eq!(&text[i.span.start..i.span.end], i.text.as_str());
        }
    }
}

#[test]
fn a_cited_article_and_item_is_not_a_heading() {
    // 第二十条第（一）项 cites an article of a law (a template's table caption): no heading.
    let h = headings("一、主动公开情况\n第二十条第（一）项\n规章\t0\t0\t0\n二、申请情况\n");
    assert_eq!(h.len(), 2, "{h:?}");
    assert!(h.iter().all(|(level, _, _)| *level == 1), "{h:?}");
    // An article heading of the report's own stays one.
    let h = headings("第一条 本办法适用于全市。\n第二条 本办法自公布之日起施行。\n");
    assert_eq!(h.len(), 2, "{h:?}");
}

/// The address block of the audit work report in the devset (gold meta: dateline lines 4–5,
/// speaker line 6, salutation line 7).
#[test]
fn address_block_of_the_audit_report() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/devset/texts/08_audit-central-budget-2024.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let r = baogao::parse(&text);
    let m = &r.meta;
    assert_eq!(
        m.dateline.as_deref(),
        Some("2025 年 6 月 24 日在第十四届全国人民代表大会常务委员会第十六次会议上")
    );
    assert_eq!(m.delivered.as_deref(), Some("2025-06-24"));
    assert_eq!(m.speaker.as_deref(), Some("审计署审计长 侯 凯"));
    assert_eq!(
        m.salutation.as_deref(),
        Some("委员长、各位副委员长、秘书长、各位委员")
    );
    let keys: Vec<(usize, &str)> = m
        .lines
        .iter()
        .map(|l| (l.line, l.fields[0].0.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            (4, "dateline"),
            (5, "dateline"),
            (6, "speaker"),
            (7, "salutation")
        ]
    );
    // The preamble now starts with the address's first sentence.
    let Block::Paragraph(p) = &r.preamble[0] else {
        panic!("paragraph expected")
    };
    assert_eq!(p.line, 8);
}

/// A web page's metadata lines between the dateline and the speaker are read as metadata, and the
/// block goes on after them.
#[test]
fn metadata_between_the_dateline_and_the_speaker() {
    let text = "2026年某市政府工作报告\n——2026年1月20日在某市第十届人民代表大会第五次会议上\n来源：某市日报\n时间：2026-01-22\n市长 张某某\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、过去一年的工作\n全年地区生产总值增长5.2%。\n";
    let r = baogao::parse(text);
    assert_eq!(r.meta.delivered.as_deref(), Some("2026-01-20"));
    assert_eq!(r.meta.source.as_deref(), Some("某市日报"));
    assert_eq!(r.meta.published.as_deref(), Some("2026-01-22"));
    assert_eq!(r.meta.speaker.as_deref(), Some("市长 张某某"));
    assert_eq!(r.meta.salutation.as_deref(), Some("各位代表"));
}

/// The title, speaker, delivery date and salutation of a parse, and the first preamble line.
fn title_block(text: &str) -> (String, [Option<String>; 5], Option<usize>) {
    let r = baogao::parse(text);
    let m = r.meta;
    let line = r.preamble.first().map(|b| match b {
        Block::Paragraph(p) => p.line,
        _ => 0,
    });
    (
        r.title.map(|t| t.text).unwrap_or_default(),
        [m.speaker, m.dateline, m.delivered, m.salutation, m.source],
        line,
    )
}

/// A speaker line under the title (an organisation, a post of a closed list, a short name) ends
/// the title and is the speaker; a bare date line under it, with or without the day and in
/// brackets or not, is the delivery date.
#[test]
fn a_speaker_under_the_title_is_not_title() {
    let (title, [speaker, dateline, delivered, salutation, _], first) = title_block(
        "某县2023年度县本级预算执行和其他财政收支审计工作报告\n\n某省某县审计局局长 张某某\n2024年8月20日\n主任、各位副主任、各位委员：\n我受县人民政府委托，报告审计工作。\n",
    );
    assert_eq!(
        title,
        "某县2023年度县本级预算执行和其他财政收支审计工作报告"
    );
    assert_eq!(speaker.as_deref(), Some("某省某县审计局局长 张某某"));
    assert_eq!(dateline.as_deref(), Some("2024年8月20日"));
    assert_eq!(delivered.as_deref(), Some("2024-08-20"));
    assert_eq!(salutation.as_deref(), Some("主任、各位副主任、各位委员"));
    assert_eq!(first, Some(6));
    // The date in brackets; a month without its day gives no ISO date; no space before the name.
    let (title, [speaker, _, delivered, ..], _) = title_block(
        "关于某区2024年度区级预算执行的审计工作报告\n区审计局副局长王某\n（2025年7月30日）\n各位委员：\n正文。\n",
    );
    assert_eq!(title, "关于某区2024年度区级预算执行的审计工作报告");
    assert_eq!(speaker.as_deref(), Some("区审计局副局长王某"));
    assert_eq!(delivered.as_deref(), Some("2025-07-30"));
    let (_, [_, dateline, delivered, ..], _) = title_block(
        "关于某区2024年度区级预算执行的审计工作报告\n区审计局局长 王 某\n2025年10月\n主任，各位副主任、委员：\n正文。\n",
    );
    assert_eq!(dateline.as_deref(), Some("2025年10月"));
    assert_eq!(delivered, None);
}

/// A speaker may hold two offices, listed with 、 before the name (`县委副书记、县长　某某`): the
/// line is the speaker, not the title's rest. A bare date line over the speaker, as under it, is
/// the date the address was delivered (not a publication date), and the salutation follows.
#[test]
fn a_speaker_of_two_offices_and_a_date_over_the_speaker() {
    let title = "在全县秋冬季农业生产工作会议上的讲话";
    for (lines, speaker) in [
        (
            "县委副书记、县长　林某某\n（2031年10月9日）",
            "县委副书记、县长　林某某",
        ),
        (
            "（2031年10月9日）\n县委副书记、县长　林某某",
            "县委副书记、县长　林某某",
        ),
        ("（2031年10月9日）\n副县长　林某某", "副县长　林某某"),
        (
            "2031年10月9日\n县委常委、副县长 林某某",
            "县委常委、副县长 林某某",
        ),
    ] {
        let text = format!("{title}\n{lines}\n同志们：\n今天召开会议，部署秋冬种工作。\n");
        let (t, [sp, dateline, delivered, salutation, _], first) = title_block(&text);
        assert_eq!(t, title, "{text}");
        assert_eq!(sp.as_deref(), Some(speaker), "{text}");
        assert_eq!(dateline.as_deref(), Some("2031年10月9日"), "{text}");
        assert_eq!(delivered.as_deref(), Some("2031-10-09"), "{text}");
        assert_eq!(salutation.as_deref(), Some("同志们"), "{text}");
        assert_eq!(first, Some(5), "{text}");
        assert_eq!(baogao::parse(&text).meta.published, None, "{text}");
    }
    // A date under the title with no speaker after it stays the publication date.
    let r = baogao::parse(&format!("{title}\n（2031年10月9日）\n今天召开会议。\n"));
    assert_eq!(r.meta.published.as_deref(), Some("2031年10月9日"));
    assert_eq!(r.meta.delivered, None);
}

/// A meeting's document stamp under the title (`…会议文件`) is its source, not title.
#[test]
fn a_meeting_document_stamp_is_not_title() {
    let (title, [speaker, _, _, salutation, source], first) = title_block(
        "关于2023年度某市市级预算执行和其他财政收支的审计工作报告\n\n某市十届人大常委会第九次会议文件\n市审计局局长 赵某某\n主任、副主任、秘书长、各位委员：\n我受市政府委托，报告审计工作。\n",
    );
    assert_eq!(
        title,
        "关于2023年度某市市级预算执行和其他财政收支的审计工作报告"
    );
    assert_eq!(source.as_deref(), Some("某市十届人大常委会第九次会议文件"));
    assert_eq!(speaker.as_deref(), Some("市审计局局长 赵某某"));
    assert_eq!(
        salutation.as_deref(),
        Some("主任、副主任、秘书长、各位委员")
    );
    assert_eq!(first, Some(6));
}

/// A page's title followed by the document's own title in two lines: one title is kept (the
/// document's), not the two joined; the same title repeated word for word is kept once.
#[test]
fn a_title_restated_under_the_page_title_is_kept_once() {
    let (title, [speaker, _, delivered, ..], _) = title_block(
        "某区2023年度区级预算执行和其他财政收支情况的审计工作报告\n\n某市某区2023年度区级预算执行和\n其他财政收支的审计工作报告\n——2024年9月20日在某区第九届人大常委会\n第十次会议上\n某区审计局局长 李 某\n主任、各位副主任、各位委员：\n正文。\n",
    );
    assert_eq!(
        title,
        "某市某区2023年度区级预算执行和其他财政收支的审计工作报告"
    );
    assert_eq!(delivered.as_deref(), Some("2024-09-20"));
    assert_eq!(speaker.as_deref(), Some("某区审计局局长 李 某"));
    let (title, [speaker, ..], _) = title_block(
        "关于某区2024年度本级预算执行的审计工作报告\n\n关于某区2024年度本级\n预算执行的审计工作报告\n区审计局局长 周某某\n各位委员：\n正文。\n",
    );
    assert_eq!(title, "关于某区2024年度本级预算执行的审计工作报告");
    assert_eq!(speaker.as_deref(), Some("区审计局局长 周某某"));
}

/// An ordinary two-line title is still one title: its second line is no speaker, stamp or
/// restatement, and a post followed by words of a title (`主任会议`) is no speaker.
#[test]
fn a_two_line_title_is_still_joined() {
    let (title, [speaker, ..], _) = title_block(
        "某县人民政府\n2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息120条。\n",
    );
    assert_eq!(title, "某县人民政府2024年政府信息公开工作年度报告");
    assert_eq!(speaker, None);
    let (title, [speaker, ..], _) =
        title_block("某市人大常委会主任会议\n关于某项工作的报告\n一、总体情况\n全年立案3件。\n");
    assert_eq!(title, "某市人大常委会主任会议关于某项工作的报告");
    assert_eq!(speaker, None);
}

#[test]
fn titles_in_lenticular_brackets_are_headings_when_they_recur() {
    // 【…】 alone on a line, two or more of them with text under each: a heading style no
    // marker list names, nested like any other (under 一、 here). One alone is text, and the
    // page's 【打印本页】 stays chrome.
    let text = "某县2024年工作总结\n\n今年以来工作扎实推进。\n\n一、主要成效\n【项目建设】\n\
                新开工项目30个。\n【民生保障】\n新增就业1200人。\n二、存在问题\n【要素保障】\n\
                用地指标紧张。\n\n【打印本页】\n【关闭窗口】\n";
    let h = headings(text);
    let titles: Vec<(usize, &str)> = h.iter().map(|(l, _, t)| (*l, t.as_str())).collect();
    assert_eq!(
        titles,
        [
            (1, "主要成效"),
            (2, "【项目建设】"),
            (2, "【民生保障】"),
            (1, "存在问题"),
            (2, "【要素保障】")
        ]
    );
    let one = "某县2024年工作总结\n\n一、主要成效\n新开工项目30个。\n【案例】\n某镇新建学校2所。\n";
    assert_eq!(headings(one).len(), 1);
}

#[test]
fn flattened_run_in_titles_past_the_mid_line_reach_are_cut_where_the_body_starts() {
    // Pattern: a bulletin flattened to one line, a section title run into its first sentence
    // with no 。 in reach: the title ends before the year that opens the body, or (a sequence
    // already found) at the first clause break; the headings after it are found too.
    let text = "某县2025年国民经济和社会发展统计公报\n一、综合。全年全县生产总值150亿元，比上年增长5.5%。二、农业。全年粮食播种面积30万亩。三、金融、保险2025年末，全县金融机构人民币各项存款余额420亿元，比年初增加35亿元，其中住户存款余额260亿元，非金融企业存款余额95亿元，各项贷款余额310亿元，比年初增加28亿元，其中住户贷款余额140亿元。四、教育和卫生全县共有各级各类学校一百二十所，在校学生五万二千人，专任教师三千八百人，卫生机构床位二千一百张，卫生技术人员二千九百人。五、人口。年末全县户籍人口35万人。\n";
    let h = headings(text);
    let markers: Vec<_> = h.iter().map(|x| (x.0, x.1.as_str())).collect();
    assert_eq!(
        markers,
        [
            (1, "一、"),
            (1, "二、"),
            (1, "三、"),
            (1, "四、"),
            (1, "五、")
        ]
    );
    assert_eq!(h[2].2, "金融、保险");
    assert_eq!(h[3].2, "教育和卫生全县共有各级各类学校一百二十所");
    // A first item needs a strong end (a year, spaces): a clause break alone is no title end.
    assert!(headings("某县公报\n前言。一、本年全县共有各级各类学校一百二十所，在校学生五万二千人，专任教师三千八百人，卫生机构床位二千一百张，卫生技术人员二千九百人，乡村医生四百二十人。二、人口。\n").is_empty());
}

#[test]
fn a_report_on_one_line_nests_its_bracketed_items_under_its_sections() {
    // Pattern: a whole 年报 on one line, the first section's title run into a long first sentence
    // (`一、总体情况2025年，…`): once it is found, `（一）…（二）` nest under it and `二、` after
    // a space closes them.
    let text = "2025年度政府信息公开工作年度报告\n根据条例要求编制本报告。一、总体情况2025年，本局坚持以公开为常态、不公开为例外，全面推进决策公开、执行公开、管理公开、服务公开、结果公开，聚焦群众关注关切，强化政策解读和回应，不断提升政务公开质量和实效。（一）主动公开。全年主动公开信息320条。（二）依申请公开。全年收到申请12件。二、主动公开政府信息情况 本年制发规范性文件5件，废止2件，现行有效件数共计三十一件，均已在网站公开发布并同步解读。三、存在的主要问题。公开形式单一。\n";
    let h = headings(text);
    let got: Vec<_> = h.iter().map(|x| (x.0, x.1.as_str())).collect();
    assert_eq!(
        got,
        [
            (1, "一、"),
            (2, "（一）"),
            (2, "（二）"),
            (1, "二、"),
            (1, "三、")
        ]
    );
    assert_eq!(h[0].2, "总体情况");
    assert_eq!(h[3].2, "主动公开政府信息情况");
}

/// A report addressed to the bodies above its author (`市人民政府、中共某县委、…常务委员会：`)
/// right under its title: that line is the salutation, not the preamble's first paragraph. A
/// sentence ending with a colon is none.
#[test]
#[cfg(feature = "address")]
fn an_addressee_line_under_the_title_is_the_salutation() {
    let (title, [_, _, _, salutation, _], first) = title_block(
        "某县2024年法治政府建设情况报告\n\n市人民政府、中共某县委、某县人民代表大会常务委员会：\n\n2024年以来，我县扎实推进法治政府建设。\n",
    );
    assert_eq!(title, "某县2024年法治政府建设情况报告");
    assert_eq!(
        salutation.as_deref(),
        Some("市人民政府、中共某县委、某县人民代表大会常务委员会")
    );
    assert_eq!(first, Some(5));
    let (_, [_, _, _, salutation, _], _) = title_block(
        "关于2024年工作情况的报告\n各乡镇人民政府，县直各单位：\n现将有关情况报告如下。\n",
    );
    assert_eq!(salutation.as_deref(), Some("各乡镇人民政府，县直各单位"));
    let (_, [_, _, _, salutation, _], first) = title_block(
        "某镇2023年政府信息公开工作年度报告\n现将本镇2023年政府信息公开工作情况报告如下：\n一、总体情况\n",
    );
    assert_eq!(salutation, None);
    assert_eq!(first, Some(2));
}

/// A photo's caption between the speaker and the salutation (`…本报记者 李四 摄`) is page chrome;
/// the salutation after it is read.
#[test]
#[cfg(feature = "address")]
fn a_photo_caption_before_the_salutation_is_chrome() {
    let text = "政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n省长 张三\n省长张三代表省人民政府向大会作政府工作报告。本报记者 李四 摄\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n";
    let r = baogao::parse(text);
    assert_eq!(r.meta.speaker.as_deref(), Some("省长 张三"));
    assert_eq!(r.meta.salutation.as_deref(), Some("各位代表"));
    assert_eq!(r.boilerplate.len(), 1);
    assert_eq!(r.boilerplate[0].line, 4);
}

/// A breadcrumb written one step per line (`当前页面：`, `首页`, `> 政务公开` …) is page chrome,
/// and the report's own title under the page's metadata is the title.
#[test]
#[cfg(feature = "fine-labels")]
fn a_breadcrumb_one_step_per_line_is_chrome() {
    let r = baogao::parse(
        "当前页面：\n首页\n> 政务公开\n> 信息公开年度报告\n来源：某镇 发布时间：2024-03-26\n某镇2023年政府信息公开年度报告\n\n一、总体情况\n\n本年度主动公开政府信息120条。\n",
    );
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("某镇2023年政府信息公开年度报告")
    );
    assert_eq!(r.boilerplate.len(), 4);
    // A bound opening a line of a table as text is no step.
    assert!(!baogao::meta::is_breadcrumb("＞90分 12人"));
}

/// A page copied with its article rendered twice: the second copy (and the footer after it) is
/// the page's chrome, read once — each figure once, each heading once; a paragraph said twice
/// inside the text is kept.
#[test]
#[cfg(feature = "fine-labels")]
fn an_article_printed_twice_is_read_once() {
    let baogao_cn = |k: usize| ["一", "二", "三", "四", "五", "六", "七", "八", "九"][k - 1];
    let article: String = (1..=9)
        .map(|k| {
            format!(
                "（{}）第{k}项工作稳步推进，全年完成投资{k}2.5亿元，同比增长{k}.1%。\n",
                baogao_cn(k)
            )
        })
        .collect();
    let text = format!("关于某县2025年工作情况的报告\n{article}版权所有：某县人民政府\n{article}版权所有：某县人民政府\n");
    let r = baogao::parse(&text);
    assert_eq!(
        r.indicators.len(),
        18,
        "{:?}",
        r.indicators
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
    );
    assert_eq!(r.sections.len(), 9);
    // a single paragraph repeated is no copy of the text
    let once = format!("关于某县2025年工作情况的报告\n{article}全年完成投资12.5亿元，同比增长1.1%，各项工作稳步推进。\n全年完成投资12.5亿元，同比增长1.1%，各项工作稳步推进。\n");
    assert_eq!(baogao::parse(&once).indicators.len(), 22);
}

/// A news release's headline may hold its figure (`…增长6.1%`): it is still the title, over the
/// release's source line or its first paragraph. Short target lines with percentages, one under
/// another, are no headline.
#[cfg(feature = "fine-labels")]
#[test]
fn a_headline_with_a_percentage_is_the_title() {
    let title = |text: &str| baogao::parse(text).title.map(|t| t.text);
    let r = baogao::parse(
        "一季度某市社会消费品零售总额增长6.1%\n来源：某市商务局　　发布时间：2031年4月18日\n一季度，全市实现社会消费品零售总额326.4亿元，同比增长6.1%。\n",
    );
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("一季度某市社会消费品零售总额增长6.1%")
    );
    assert_eq!(r.meta.source.as_deref(), Some("某市商务局"));
    assert_eq!(r.meta.published.as_deref(), Some("2031年4月18日"));
    assert_eq!(
        title("某县粮食产量增长2.5%\n今年全县粮食总产量达到41.2万吨，比上年增长2.5%。\n")
            .as_deref(),
        Some("某县粮食产量增长2.5%")
    );
    assert_eq!(
        title("经济增长5%左右\n城镇调查失业率5.5%左右\n居民收入增长与经济增长同步\n"),
        None
    );
}

/// A byline's date may give the month alone (`2031年5月`), as a report's cover does: on its own
/// line under the issuer or after it on one line, it is the publication date.
#[cfg(feature = "fine-labels")]
#[test]
fn a_month_under_the_issuer_is_the_publication_date() {
    for text in [
        "某市2030年水资源公报\n某市水务局\n2031年5月\n一、降水\n全市平均降水量1023.5毫米。\n",
        "某市2030年水资源公报\n某市水务局　2031年5月\n一、降水\n全市平均降水量1023.5毫米。\n",
        "某市2030年水资源公报\n某市水务局\n二〇三一年五月\n一、降水\n全市平均降水量1023.5毫米。\n",
    ] {
        let r = baogao::parse(text);
        assert_eq!(
            r.title.map(|t| t.text).as_deref(),
            Some("某市2030年水资源公报")
        );
        assert_eq!(r.meta.source.as_deref(), Some("某市水务局"), "{text}");
        assert!(
            r.meta
                .published
                .as_deref()
                .is_some_and(|p| p.ends_with('月')),
            "{text}"
        );
        assert_eq!(r.sections[0].heading.title, "降水");
    }
}

/// Issuing bodies and a date set apart by spaces on one line under the title are its byline
/// (publication metadata), not the title's rest; on two lines they read the same.
#[cfg(feature = "fine-labels")]
#[test]
fn a_joint_byline_under_the_title_is_metadata() {
    let title = |r: &baogao::Report| r.title.as_ref().map(|t| t.text.clone());
    for text in [
        "某市2030年水利发展统计公报\n某市水务局　2031-03-02\n全年完成水利投资12.5亿元。\n",
        "某市2030年水利发展统计公报\n某市水务局\n2031-03-02\n全年完成水利投资12.5亿元。\n",
        "某市2030年水利发展统计公报\n2031年3月2日 某市水务局\n全年完成水利投资12.5亿元。\n",
    ] {
        let r = baogao::parse(text);
        assert_eq!(title(&r).as_deref(), Some("某市2030年水利发展统计公报"));
        assert_eq!(r.meta.source.as_deref(), Some("某市水务局"));
        assert!(r.meta.published.is_some());
    }
    // Two bodies on one line, the date on the next (or on the same line).
    for text in [
        "某镇农业普查主要数据公报\n某镇统计站　某镇农业普查领导小组办公室\n2030年5月6日\n全镇耕地3.2万亩。\n",
        "某镇农业普查主要数据公报\n某镇统计站　某镇农业普查领导小组办公室　2030年5月6日\n全镇耕地3.2万亩。\n",
    ] {
        let r = baogao::parse(text);
        assert_eq!(title(&r).as_deref(), Some("某镇农业普查主要数据公报"));
        assert_eq!(
            r.meta.source.as_deref(),
            Some("某镇统计站　某镇农业普查领导小组办公室")
        );
        assert_eq!(r.meta.published.as_deref(), Some("2030年5月6日"));
    }
    // A title's spaced second line that is no list of bodies stays the title's; bodies that
    // open the title (no title above them) are no byline.
    let r = baogao::parse("某市2030年\n水利工作 总结报告\n全年完成水利投资12.5亿元。\n");
    assert_eq!(title(&r).as_deref(), Some("某市2030年水利工作 总结报告"));
    let r = baogao::parse(
        "中共某县委员会　某县人民政府\n关于2030年工作的报告\n全年完成投资12.5亿元。\n",
    );
    assert_eq!(
        title(&r).as_deref(),
        Some("中共某县委员会　某县人民政府关于2030年工作的报告")
    );
    assert!(r.meta.source.is_none());
}

#[test]
fn run_in_numbers_in_a_subheadings_body_are_no_headings() {
    // A subheading whose inline body runs on with `1.…2.…` (or `1、`, `（1）`) on its own line,
    // under a heading opened on an earlier line: the numbers enumerate the body.
    for (text, body) in [
        (
            "某区巡察工作情况\n一、发现的问题\n（二）项目推进迟缓。1.征地工作滞后。涉及用地6.2公顷。2.配套设施未建成。缺口3处。\n二、整改措施\n",
            "项目推进迟缓",
        ),
        (
            "某区巡察工作情况\n一、发现的问题\n（二）制度执行不严。1、审批程序缺失。涉及合同8份。2、台账不全。缺少凭证15张。\n",
            "制度执行不严",
        ),
        (
            "某区巡察工作情况\n一、发现的问题\n（二）资产管理粗放。（1）设备闲置。闲置设备21台。（2）账实不符。差额4.3万元。\n",
            "资产管理粗放",
        ),
    ] {
        let h = headings(text);
        assert_eq!(h[1], (2, "（二）".to_string(), body.to_string()), "{text}");
        assert!(h.iter().all(|x| x.0 < 3), "{h:?}");
    }
    // A page flattened to one line still opens its levels mid-line.
    let h = headings("某县报告\n一、总体情况。（一）项目建设。1.道路工程。完成投资3亿元。2.桥梁工程。完成投资1亿元。（二）民生。1.教育。投入2亿元。2.医疗。投入1亿元。\n");
    assert_eq!(
        h.iter().map(|x| x.0).collect::<Vec<_>>(),
        [1, 2, 3, 3, 2, 3, 3]
    );
    // And numbers that open lines are headings as before.
    let h =
        headings("一、发现的问题\n（二）项目推进迟缓。\n1.征地工作滞后。\n2.配套设施未建成。\n");
    assert_eq!(h.iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 3, 3]);
}

#[test]
fn notes_after_the_signature_and_date_leave_the_closing() {
    // The signature and date close the text; `注释：` and its numbered notes after them are read
    // as they are with no closing above.
    for notes in [
        "注释：\n1.农村公路含通村道路。\n",
        "注释：\n1.含村道\n2.不含专用道\n",
        "附注\n1.本报告数据为初步统计数。\n",
    ] {
        let body = "某镇2030年工作总结\n一、主要工作\n全年修建道路6条。\n二、明年打算\n计划新建道路4条。\n";
        let text = format!("{body}某镇人民政府\n2031年1月8日\n{notes}");
        let plain = format!("{body}{notes}");
        let r = baogao::parse(&text);
        let c = r.closing.as_ref().expect("closing");
        assert_eq!(c.signature.as_deref(), Some("某镇人民政府"), "{text}");
        assert_eq!(c.date.as_deref(), Some("2031年1月8日"));
        assert_eq!(headings(&text), headings(&plain), "{text}");
        let h = headings(&text);
        let head = notes.lines().next().unwrap().trim_end_matches('：');
        assert!(
            h.iter().any(|x| x == &(1, String::new(), head.to_string())),
            "{h:?}"
        );
        assert!(h.iter().all(|x| x.2 != "某镇人民政府"), "{h:?}");
    }
}
