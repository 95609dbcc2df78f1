//! Heading styles and layouts seen in few reports or none of the samples, each in a short text
//! written for these tests: the levels must come out of the document's own numbering.

use baogao::MarkerStyle;

/// (marker, level, title) of every heading of `s`.
fn outline(s: &str) -> Vec<(String, usize, String)> {
    baogao::parse(s)
        .headings()
        .iter()
        .map(|h| (h.marker.raw.to_string(), h.level, h.title.clone()))
        .collect()
}

/// The rows of [`outline`] borrowed, to compare with literal arrays.
fn borrowed(o: &[(String, usize, String)]) -> Vec<(&str, usize, &str)> {
    o.iter()
        .map(|(m, l, t)| (m.as_str(), *l, t.as_str()))
        .collect()
}

/// The headings of `s` as `marker:level`, space-separated.
fn shape(s: &str) -> String {
    outline(s)
        .iter()
        .map(|(m, l, _)| format!("{m}:{l}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn parts_above_chinese_numbering() {
    let s = "第一部分 过去一年的工作\n全年各项任务顺利完成。\n一、抓好项目建设\n新开工项目二十个。\n\
             二、改善民生\n新增就业岗位三千个。\n第二部分 今年的安排\n一、稳定增长\n力争增长百分之六。\n";
    assert_eq!(shape(s), "第一部分:1 一、:2 二、:2 第二部分:1 一、:2");
    // The part line is a heading, not the document's title.
    assert!(baogao::parse(s).title.is_none());
}

#[test]
fn half_brackets_nest_and_continue_a_bracketed_list() {
    let s = "一、主要做法\n1）完善制度\n修订办法两项。\n2）加强培训\n培训干部百人次。\n二、问题\n一）人员不足\n缺编较多。\n二）经费偏紧\n";
    assert_eq!(shape(s), "一、:1 1）:2 2）:2 二、:1 一）:2 二）:2");
    // `三）` after `（二）` is the same list with its opening bracket lost.
    let s = "一、成效\n（一）机制健全\n（二）保障有力\n三）监督到位\n";
    assert_eq!(shape(s), "一、:1 （一）:2 （二）:2 三）:2");
    // Inside a paragraph `1）…；2）…` is an enumeration, not headings.
    assert!(outline("今年重点做好：1）稳就业；2）保民生。\n").is_empty());
}

#[test]
fn roman_lenticular_and_financial_numbering() {
    let s = "Ⅰ. 总体情况\n运行平稳。\nⅡ. 主要做法\n【一】健全机制\n成立专班。\n【二】强化督导\n督查三轮。\nⅢ. 下步打算\n";
    assert_eq!(shape(s), "Ⅰ.:1 Ⅱ.:1 【一】:2 【二】:2 Ⅲ.:1");
    let s = "（壹）总体情况\n运行平稳。\n（贰）主要做法\n（一）健全机制\n";
    let h = baogao::parse(s);
    let styles: Vec<_> = h
        .headings()
        .iter()
        .map(|h| (h.marker.style, h.level))
        .collect();
    assert_eq!(
        styles,
        [
            (MarkerStyle::ParenChinese, 1),
            (MarkerStyle::ParenChinese, 1),
            // `（一）` after the open `（贰）`: the same style in another glyph family (common
            // numerals under financial ones) is a level of its own (branch marker18; it was a
            // sibling with a RepeatedOrdinal diagnostic before).
            (MarkerStyle::ParenChinese, 2),
        ]
    );
}

#[test]
fn decimal_outlines_nest_by_depth() {
    let s =
        "1.1 组织机构\n成立领导小组。\n1.2 制度建设\n出台制度三项。\n1.2.1 内部制度\n修订两项。\n\
             1.2.2 对外服务\n新增一项。\n1.3 队伍建设\n培训两次。\n";
    assert_eq!(shape(s), "1.1:1 1.2:1 1.2.1:2 1.2.2:2 1.3:1");
    // A number at a line start that opens no sequence is text: a date, a figure with its unit.
    assert!(
        outline("6.24 晚间发生强降雨，全县紧急转移群众。\n3.5 亿元资金已拨付到位。\n").is_empty()
    );
}

/// A decimal section number set apart by a space from a title that opens with a measure word
/// (`人员`, `项目`, `年度`): a heading, where `2.1人` or `3.5 亿元` stays a number.
#[test]
fn decimal_heading_before_a_measure_word() {
    let s = "二、队伍情况\n2.1 人员构成\n在编干部四十人。\n2.2 项目管理\n新建项目六个。\n\
             2.3 年度考核\n全部合格。\n";
    assert_eq!(shape(s), "二、:1 2.1:2 2.2:2 2.3:2");
    assert!(outline("1.5 倍于上年。\n2.1 万人参加培训。\n").is_empty());
}

/// A report printed in a newspaper: each part opens with the paper's dateline, and the short
/// line before it is the part's title, even right under the page's meta line and with no numbered
/// list.
#[test]
fn part_titles_before_a_newspaper_dateline() {
    let s = "某市政府工作报告\n\n发布时间：2025年2月3日\n过去一年工作回顾\n\
             本报讯 2月1日，王某在市人大会议上作报告。\n全年地区生产总值增长5%。\n\
             奋力开创新局面\n晚报讯 王某说，今后五年要接续奋斗。\n今年主要任务\n\
             本报讯 王某指出，今年要抓好以下工作。\n（一）扩大有效投资。全年开工项目200个。\n";
    let o = outline(s);
    let titles: Vec<&str> = o.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "过去一年工作回顾",
            "奋力开创新局面",
            "今年主要任务",
            "扩大有效投资"
        ]
    );
    assert_eq!(
        o.iter().map(|(_, l, _)| *l).collect::<Vec<_>>(),
        [1, 1, 1, 2]
    );
    // Without a dateline after it a short line stays text.
    assert!(outline("全年工作回顾\n全市经济平稳运行，总体向好。\n").is_empty());
}

#[test]
fn headings_followed_by_a_colon() {
    let s = "一、主要成效：\n全年完成投资一百亿元。\n（一）项目建设：\n新开工项目三十个。\n二、存在问题：\n";
    let o = outline(s);
    assert_eq!(
        o.iter()
            .map(|(m, l, _)| (m.as_str(), *l))
            .collect::<Vec<_>>(),
        [("一、", 1), ("（一）", 2), ("二、", 1)]
    );
}

/// Title blocks: a column name above the full title, a note reference, a dash-led dateline, a
/// byline (organisation, date) under the title, a `标题：` field.
#[test]
fn title_blocks() {
    let r = baogao::parse("工作总结\n某镇2024年度工作总结\n一、主要工作\n全年完成任务。\n");
    assert_eq!(r.title.unwrap().text, "某镇2024年度工作总结");

    let r =
        baogao::parse("某市2024年统计公报[1]\n\n某市统计局\n2025年3月1日\n\n全年经济运行平稳。\n");
    assert_eq!(r.title.as_ref().unwrap().text, "某市2024年统计公报");
    assert_eq!(r.title.unwrap().lines, [1]);
    assert_eq!(r.meta.source.as_deref(), Some("某市统计局"));
    assert_eq!(r.meta.published.as_deref(), Some("2025年3月1日"));

    let r = baogao::parse(
        "关于2024年度某项工作的\n报告\n——2025年5月8日在某市人大常委会会议上\n各位委员：\n",
    );
    assert_eq!(r.title.unwrap().text, "关于2024年度某项工作的报告");

    let r = baogao::parse("标题：2024年某县政府工作报告\n发文单位：某县人民政府\n发文时间：未知\n正文：\n各位代表：\n");
    assert_eq!(r.title.unwrap().text, "2024年某县政府工作报告");
    assert_eq!(r.meta.source.as_deref(), Some("某县人民政府"));
    assert_eq!(r.meta.published, None);
    assert_eq!(r.boilerplate[0].text, "正文：");
}

/// A bulletin signed with its office's name in brackets and no date, before the page's links.
#[test]
fn signature_without_a_date() {
    let s = "某县统计公报\n一、综合\n全年生产总值增长百分之五。\n（某县统计局）\n附件：\n上一篇：某县2023年统计公报\n";
    let r = baogao::parse(s);
    let c = r.closing.expect("closing");
    assert_eq!((c.signature.as_deref(), c.date), (Some("某县统计局"), None));
    assert_eq!(r.boilerplate.len(), 2);
    // A last line of text is no signature.
    assert!(baogao::parse("一、综合\n全年运行平稳。\n下一步继续努力\n")
        .closing
        .is_none());
}

/// A part title standing alone: the list it heads opens a few lines later, or far later when
/// the list restarts a numbering still open (the restart is the evidence of a new part).
#[test]
fn part_titles_before_a_list_or_a_restarted_numbering() {
    let s = "过去一年的工作很有成效。\n今年的主要任务\n今年是关键之年，任务艰巨繁重。\n\
             我们要坚定信心，迎难而上。\n全年目标是增长百分之五左右。\n（一）稳定工业增长\n（二）扩大有效投资\n";
    assert_eq!(shape(s), ":1 （一）:2 （二）:2");

    let mut s = String::from("过去一年的工作很有成效。\n去年工作回顾\n（一）工业增长\n正文。\n（二）投资扩大\n正文。\n今后五年的建议\n");
    for _ in 0..10 {
        s.push_str("今后五年要坚持稳中求进，推动各项工作迈上新台阶。\n");
    }
    s.push_str("（一）推进产业升级\n（二）改善民生\n");
    assert_eq!(shape(&s), ":1 （一）:2 （二）:2 :1 （一）:2 （二）:2");
    let titles: Vec<String> = outline(&s).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(titles[3], "今后五年的建议");
}

/// Not part titles: a line broken in two (`…十届三` / `次全会`), and of two standalone lines
/// before a far restart only the later one heads the new part.
#[test]
fn broken_lines_are_not_part_titles() {
    let s = "一、回顾\n（一）甲项工作\n正文。\n（二）乙项工作\n正文。\n市委十届三\n次全会\n提出了目标。\n（一）丙项工作\n";
    assert_eq!(shape(s), "一、:1 （一）:2 （二）:2 （一）:2");

    let mut s = String::from(
        "一、回顾\n（一）甲项工作\n正文。\n（二）乙项工作\n正文到此结束。\n链接文字一段\n",
    );
    for _ in 0..6 {
        s.push_str("这一段是一般的正文内容，没有任何标题。\n");
    }
    s.push_str("明年的工作安排\n");
    for _ in 0..6 {
        s.push_str("这一段是一般的正文内容，没有任何标题。\n");
    }
    s.push_str("（一）丙项工作\n");
    let titles: Vec<String> = outline(&s).into_iter().map(|(_, _, t)| t).collect();
    assert!(titles.contains(&"明年的工作安排".to_string()), "{titles:?}");
    assert!(!titles.contains(&"链接文字一段".to_string()), "{titles:?}");
}

/// A flattened report: headings in mid-line, a title set apart from its body by a space and an
/// enumeration marker (`二、存在问题 一是…`).
#[test]
fn flattened_title_cut_before_an_enumeration() {
    let s = "某县2024年工作总结 一、主要工作 （一）加强组织领导。全年开会5次。（二）完善制度。出台制度3项。\
             二、存在问题 一是力量不足。三、下一步打算 首先，继续推进。\n";
    let o = outline(s);
    let got = borrowed(&o);
    assert_eq!(
        got,
        [
            ("一、", 1, "主要工作"),
            ("（一）", 2, "加强组织领导"),
            ("（二）", 2, "完善制度"),
            ("二、", 1, "存在问题"),
            ("三、", 1, "下一步打算"),
        ]
    );
}

/// A flattened report whose title is set apart by a space from the first of its numbered
/// subheadings (`三、工作计划 1.抓好培训。`): the subheading opens after the space.
#[test]
#[cfg(feature = "fine-labels")]
fn flattened_title_cut_before_its_first_numbered_subheading() {
    let s = "一、工作成效 全年办结案件40件。二、工作计划 1.抓好培训。培训200人次。2.完善机制。\n";
    let o = outline(s);
    let got = borrowed(&o);
    assert_eq!(
        got,
        [
            ("一、", 1, "工作成效"),
            ("二、", 1, "工作计划"),
            ("1.", 2, "抓好培训"),
            ("2.", 2, "完善机制"),
        ]
    );
}

/// A flattened report whose subheading titles run on into an inline enumeration with no mark
/// between (`（一）加强队伍建设一是…`): the title ends before 一是, which opens the body.
#[test]
#[cfg(feature = "fine-labels")]
fn flattened_title_cut_before_a_glued_enumeration() {
    let s = "一、工作成效（一）加强队伍建设一是开展轮训，培训干部90人次。二是充实力量。\
             （二）优化营商环境一是压缩时限，办理时限缩短至3天。二、存在问题 人员不足。\n";
    let titles: Vec<String> = outline(s).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        titles,
        ["工作成效", "加强队伍建设", "优化营商环境", "存在问题"]
    );
    // The enumeration is read in the body: 一是, 二是 under 加强队伍建设.
    let r = baogao::parse(s);
    let Some(baogao::Block::Paragraph(p)) = r.sections[0].children[0].blocks.first() else {
        panic!("{:?}", r.sections[0].children[0].blocks)
    };
    assert_eq!(p.enumerations[0].items.len(), 2);
}

/// A flattened report whose body follows the lead-in set phrase `…如下：` on the same line: the
/// first heading opens after its colon. Other colons open no heading (`包括：一、…`).
#[test]
#[cfg(feature = "fine-labels")]
fn flattened_body_opens_after_the_lead_in_colon() {
    let s = "现将本年度工作情况报告如下：一、主要成效 全年受理申请30件。二、存在问题 宣传不够。\n";
    let titles: Vec<String> = outline(s).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(titles, ["主要成效", "存在问题"]);
    let s = "整改内容包括：一、台账不全；二、公示滞后。三、结语 继续努力。\n";
    let titles: Vec<String> = outline(s).into_iter().map(|(_, _, t)| t).collect();
    assert!(!titles.iter().any(|t| t.starts_with("台账")), "{titles:?}");
}

/// PDF page counters in every common frame are boilerplate, wherever they stand.
#[test]
fn page_counters_are_boilerplate() {
    let s =
        "一、主要工作\n全年工作\n— 2 —\n平稳推进。\n·3·\n4 / 18\n第5页 共18页\n- 6 -\n二、问题\n";
    let r = baogao::parse(s);
    let chrome: Vec<&str> = r.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(chrome, ["— 2 —", "·3·", "4 / 18", "第5页 共18页", "- 6 -"]);
    assert_eq!(shape(s), "一、:1 二、:1");
}

/// A flattened report whose headings are set apart from short bodies by a space only; the
/// spaces a PDF puts around numbers and a title spaced out letter by letter stay in the title.
#[test]
fn flattened_titles_cut_at_a_space_before_a_short_body() {
    let s = "某区2023年政务公开工作年度报告 一、总体情况 2023年，我区认真落实条例。（一）主动公开 全年公开信息1200条。\
             （二）依申请公开 全年受理申请35件。二、主动公开情况 详见下表。\n";
    let titles: Vec<String> = outline(s).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        titles,
        ["总体情况", "主动公开", "依申请公开", "主动公开情况"]
    );
    let s =
        "一、收支情况\n1．少计利息支出 8067.19 万元。\n2．多列科目 4.92 亿元。\n二、总 体 情 况\n";
    let titles: Vec<String> = outline(s).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        titles,
        [
            "收支情况",
            "少计利息支出 8067.19 万元",
            "多列科目 4.92 亿元",
            "总 体 情 况"
        ]
    );
}

/// A title wrapped onto the next line is noted only in hard-wrapped text and only when the
/// heading line is as wide as the others; text with a paragraph per line has no wraps.
#[test]
fn wrapped_titles_only_in_hard_wrapped_text() {
    let filler = "这一行正文是用来撑满版面宽度的文字共二十字。\n".repeat(24);
    let text = format!("{filler}一、审计情况\n本年度审计了二十个部门。\n（一）部分资金分配管理不严格，未充分体现政策\n导向。共涉及十七项。\n");
    let r = baogao::parse(&text);
    let cont: Vec<Option<&str>> = r
        .headings()
        .iter()
        .map(|h| h.title_continues.as_deref())
        .collect();
    assert_eq!(cont, [None, Some("导向")]);
    let text =
        "一、审计情况\n（一）部分资金分配管理不严格，未充分体现政策\n导向正确。共涉及十七项。\n";
    assert!(baogao::parse(text)
        .headings()
        .iter()
        .all(|h| h.title_continues.is_none()));
}

/// A numbering restarted after a lead-in that ends with a colon is a list inside the open item;
/// the outer numbering then continues at its own level, and a restart without a lead-in starts
/// over at the top.
#[test]
fn restarted_numbering_after_a_lead_in_nests() {
    let s = "一、去年工作回顾\n各项工作稳步推进。\n二、今年的目标任务\n今年要着力抓好三个方面的工作：\n\
             一、扩大内需\n1、稳定投资\n正文。\n二、调整结构\n正文。\n三、改善民生\n正文。\n三、加强自身建设\n正文。\n";
    assert_eq!(shape(s), "一、:1 二、:1 一、:2 1、:3 二、:2 三、:2 三、:1");
    let s = "一、回顾\n正文。\n二、任务\n正文结束。\n一、回顾\n正文。\n";
    assert_eq!(shape(s), "一、:1 二、:1 一、:1");
}

/// A marker alone on its line takes its title from the next line; a circled number alone is a
/// note mark, and a marker followed by another marker line is no heading of its own.
#[test]
fn marker_alone_on_its_line() {
    let s = "一、成效\n（一）经济平稳。\n正文。\n（二）\n改革深化。国企改革取得进展。\n（三）民生改善。\n";
    let o = outline(s);
    let got = borrowed(&o);
    assert_eq!(
        got,
        [
            ("一、", 1, "成效"),
            ("（一）", 2, "经济平稳"),
            ("（二）", 2, "改革深化"),
            ("（三）", 2, "民生改善"),
        ]
    );
    assert_eq!(shape("一、成效\n①\n注释文字。\n"), "一、:1");
}

/// A work summary typed with spaces inside its markers and mixed full-width punctuation.
#[test]
fn spaced_markers_in_a_work_summary() {
    let s = "某局2024年工作总结\n\n今年以来，各项工作有序推进。\n一 、主要工作\n（一 ）强化组织领导\n召开会议5次。\n\
             １．完善制度\n出台制度3项。\n２．加强督导\n（二）推进重点项目\n1 、项目建设\n二．存在问题\n人员不足。\n\
             三、下一步计划\n继续推进。\n\n某局\n2024年12月20日\n";
    assert_eq!(
        shape(s),
        "一 、:1 （一 ）:2 １．:3 ２．:3 （二）:2 1 、:3 二．:1 三、:1"
    );
    let r = baogao::parse(s);
    let c = r.closing.expect("closing");
    assert_eq!(
        (c.signature.as_deref(), c.date.as_deref()),
        (Some("某局"), Some("2024年12月20日"))
    );
}

/// A table saved with its cells between pipes but without the outer ones: its rows are table
/// rows, not headings that repeat 一、 and 二、 with their numbers.
#[test]
#[cfg(feature = "tables")]
fn table_rows_without_outer_pipes_are_no_headings() {
    let text = "某局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n全年公开信息96条。\n\n二、申请情况\n\n项目 | 自然人 | 总计\n一、本年新收申请数量 | 14 | 15\n二、上年结转申请数量 | 1 | 1\n\n三、存在的问题\n\n有待改进。\n";
    let r = baogao::parse(text);
    let titles: Vec<_> = r
        .sections
        .iter()
        .map(|s| s.heading.title.as_str())
        .collect();
    assert_eq!(titles, ["总体情况", "申请情况", "存在的问题"]);
    let cells = r
        .indicators
        .iter()
        .filter(|i| i.label.contains(" / "))
        .count();
    assert_eq!(cells, 4);
}

/// Unmarked part titles of a 政府工作报告 led by a quoted plan period (`“十四五”时期…和2025年工作
/// 回顾`) hold the numbered sections after them, as year-led ones do.
#[test]
#[cfg(feature = "fine-labels")]
fn part_titles_led_by_a_quoted_plan_period() {
    let s = "2026年某市政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府作报告。\n\n\
             “十四五”时期发展成就和2025年工作回顾\n\n五年来，全市经济稳步增长。\n\n一、产业升级加快\n\n\
             新建园区3个。\n\n“十五五”时期目标任务和2026年重点工作\n\n今后五年任务艰巨。\n\n一、建设创新高地\n\n\
             加快建设。\n";
    let o = outline(s);
    assert_eq!(
        borrowed(&o),
        [
            ("", 1, "“十四五”时期发展成就和2025年工作回顾"),
            ("一、", 2, "产业升级加快"),
            ("", 1, "“十五五”时期目标任务和2026年重点工作"),
            ("一、", 2, "建设创新高地"),
        ]
    );
    // A quoted slogan is no plan period: `“放管服”改革工作` after a paragraph stays text.
    let s =
        "某局2024年工作总结\n\n今年工作有序推进。\n\n“放管服”改革重点工作\n\n全年办件1200件。\n";
    assert!(outline(s).is_empty(), "{:?}", outline(s));
}

/// A web page's bare timestamp under the title (`2026-02-03 09:02:33`, no `时间：` key) is the
/// publication date; the address block after it (dateline, speaker, salutation) is still read.
#[test]
#[cfg(feature = "fine-labels")]
fn a_bare_timestamp_under_the_title_is_publication_metadata() {
    let s = "2026年某市政府工作报告\n来源：某市日报\n2026-01-20 08:15:02\n\
             ——2026年1月12日在某市第十七届人民代表大会第五次会议上\n市长　张三\n各位代表：\n\
             现在，我代表市人民政府作报告。\n一、过去一年工作回顾\n全年新增就业2万人。\n";
    let m = baogao::parse(s).meta;
    assert_eq!(m.published.as_deref(), Some("2026-01-20 08:15:02"));
    assert_eq!(m.delivered.as_deref(), Some("2026-01-12"));
    assert_eq!(m.speaker.as_deref(), Some("市长　张三"));
    assert_eq!(m.salutation.as_deref(), Some("各位代表"));
}

/// A mark followed at once by the next numeral names a range or list of ordinals
/// (`一、二季度`, `三、四月份`, `1、2月份`): the line is body text, no heading. A year after the
/// dot of `1.` opens a title (`1.2024年重点项目`): no number is 1.2024年.
#[test]
#[cfg(feature = "fine-labels")]
fn ordinal_ranges_are_no_markers_and_a_year_after_a_dot_is_a_title() {
    let o = outline(
        "一、总体情况\n一、二季度，全市经济增速分别为5.2%和5.6%。\n1、2月份，工业增加值增长6.1%。\n三、四月份，消费明显回升。\n二、主要工作\n1.2024年重点项目建设情况\n实施重点项目80个。\n2.2025年项目谋划情况\n谋划项目120个。\n",
    );
    assert_eq!(
        borrowed(&o),
        [
            ("一、", 1, "总体情况"),
            ("二、", 1, "主要工作"),
            ("1.", 2, "2024年重点项目建设情况"),
            ("2.", 2, "2025年项目谋划情况"),
        ]
    );
}

/// A row of a template table with one value (`（一）予以公开 8`), as the simplified template and
/// a contents line give it, is no heading.
#[test]
#[cfg(feature = "fine-labels")]
fn a_marked_row_ending_with_a_bare_number_is_no_heading() {
    let o = outline(
        "三、收到和处理政府信息公开申请情况\n（一）予以公开 8\n（二）部分公开 0\n四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议。\n",
    );
    assert_eq!(
        borrowed(&o),
        [
            ("三、", 1, "收到和处理政府信息公开申请情况"),
            ("四、", 1, "政府信息公开行政复议、行政诉讼情况"),
        ]
    );
}

/// Breadcrumbs opened by other words (`您所在的位置：`) or with other separators (`首页 / 信息公开`),
/// a site's navigation bar and its name are page chrome above the title.
#[test]
#[cfg(feature = "fine-labels")]
fn breadcrumbs_of_other_shapes_are_chrome() {
    for crumb in [
        "您所在的位置：首页 > 信息公开 > 规划计划",
        "首页 / 信息公开 / 规划计划",
        "首页 | 政务公开 | 办事服务 | 互动交流",
        "某县人民政府门户网站",
    ] {
        let r = baogao::parse(&format!(
            "{crumb}\n某镇2025年工作计划\n发布时间：2025-02-08\n一、指导思想\n坚持稳中求进。\n"
        ));
        assert_eq!(
            r.title.map(|t| t.text).as_deref(),
            Some("某镇2025年工作计划"),
            "{crumb}"
        );
        assert_eq!(r.boilerplate.len(), 1, "{crumb}");
    }
}

/// Above a title that names its report, a page's furniture is chrome: a disclosure box's values
/// as bullet items, a bar of short links between `|`, a search box, a list of year links.
#[test]
#[cfg(feature = "fine-labels")]
fn page_furniture_above_a_report_title_is_chrome() {
    let top = [
        "  • 11350100MB0000000X/2025-00012\n  • 某县统计局\n  • 统计信息\n  • 2025-03-18\n",
        "设为首页 | 加入收藏 | 无障碍\n站内搜索： 搜索\n公报索引： 2025 2024 2023 2022 2021\n",
    ];
    for t in top {
        let r = baogao::parse(&format!(
            "{t}某县2024年国民经济和社会发展统计公报\n发布时间：2025-03-18\n一、综合\n全县地区生产总值320亿元。\n"
        ));
        assert_eq!(
            r.title.map(|t| t.text).as_deref(),
            Some("某县2024年国民经济和社会发展统计公报"),
            "{t}"
        );
        assert_eq!(r.boilerplate.len(), t.lines().count(), "{t}");
        assert_eq!(r.meta.published.as_deref(), Some("2025-03-18"), "{t}");
    }
    // Without a report's title below, a bullet item opens the text.
    let r = baogao::parse("• 全年地区生产总值增长5.2%\n• 新增就业1.2万人\n");
    assert!(r.boilerplate.is_empty());
    assert_eq!(r.indicators.len(), 2);
}

/// The issuer on its own line under a title that names its report (no date after it), or
/// between the document's number and such a title, is publication metadata, not title.
#[test]
#[cfg(feature = "fine-labels")]
fn an_issuer_line_by_the_title_is_metadata() {
    let r = baogao::parse("某县2024年工作总结\n某县人民政府\n一、主要工作\n完成各项任务。\n");
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("某县2024年工作总结")
    );
    assert_eq!(r.meta.lines.len(), 1);
    assert_eq!(r.meta.lines[0].line, 2);
    let r = baogao::parse(
        "某发改〔2025〕15号\n某市发展和改革委员会\n关于2024年粮食安全责任制落实情况的自查报告\n一、工作开展情况\n加强组织领导。\n",
    );
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("关于2024年粮食安全责任制落实情况的自查报告")
    );
    assert_eq!(r.meta.lines.len(), 2);
}

/// Notes of distribution after the signature and date (`（此件公开发布）`, `抄送：…`, `…印发`) are
/// set apart, and the closing before them is read.
#[test]
#[cfg(feature = "fine-labels")]
fn distribution_notes_after_the_closing_are_set_apart() {
    for note in [
        "（此件公开发布）",
        "抄送：市委办公室，市政府办公室。",
        "某县人民政府办公室 2025年1月16日印发",
    ] {
        let r = baogao::parse(&format!(
            "关于2024年林业工作情况的报告\n一、工作开展情况\n完成造林2.3万亩。\n某县林业局\n2025年1月15日\n{note}\n"
        ));
        let c = r
            .closing
            .unwrap_or_else(|| panic!("no closing before {note}"));
        assert_eq!(c.signature.as_deref(), Some("某县林业局"), "{note}");
        assert_eq!(c.date.as_deref(), Some("2025年1月15日"), "{note}");
        assert_eq!(r.boilerplate.len(), 1, "{note}");
    }
}

/// PDF text's running header (the first page's head, here the title, repeated at each page
/// break) is chrome; a part title that a contents list or a second copy repeats far down is not.
#[test]
#[cfg(feature = "fine-labels")]
fn a_running_header_is_chrome_and_a_repeated_part_title_is_not() {
    let r = baogao::parse(
        "某县2024年度工作总结报告\n一、经济发展\n生产总值增长6%。\n某县2024年度工作总结报告\n— 1 —\n二、社会事业\n新建学校3所。\n",
    );
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("某县2024年度工作总结报告")
    );
    assert!(
        r.boilerplate.iter().any(|b| b.line == 4),
        "{:?}",
        r.boilerplate
    );
    let text = "某省政府工作报告\n各位代表：\n现在报告工作。\n过去五年回顾和今年工作情况\n过去五年成绩显著。\n对今后五年政府工作的建议\n今后五年要稳中求进。\n过去五年回顾和今年工作情况\n过去五年经济平稳增长。\n";
    let r = baogao::parse(text);
    assert!(
        r.boilerplate.iter().all(|b| b.line != 8),
        "{:?}",
        r.boilerplate
    );
}

/// A short plain line set apart between paragraphs inside a numbered section is an unmarked
/// subtitle one level under it, when its words open the paragraph it heads (`林业` / `全年林业
/// 总产值…`); the last line of a paragraph wrapped mid-sentence and a signature over its date
/// stay text.
#[test]
#[cfg(feature = "fine-labels")]
fn unmarked_subtitle_named_by_its_paragraph() {
    let s = "某市2025年经济运行情况\n一、概况\n全市经济运行稳中有进，主要指标好于预期。\n\
             二、农业和林业\n全年粮食总产量比上年增长百分之三。\n林业\n\
             全年林业总产值比上年增长百分之四。\n三、民生\n居民收入持续增加，就业形势保持稳定。\n\
             特此报告。\n某市统计局\n2026年2月10日\n";
    let o = outline(s);
    assert_eq!(
        borrowed(&o),
        [
            ("一、", 1, "概况"),
            ("二、", 1, "农业和林业"),
            ("", 2, "林业"),
            ("三、", 1, "民生"),
        ]
    );
    // A paragraph wrapped at 18 characters whose last line has no stop, and one whose last
    // line has one: both end the paragraph, neither is a title.
    let s = "一、工作成效\n全年各项工作有序推进，城乡面貌持续改善，\n\
             产业结构不断优化，推动全县经济实现\n高质量发展\n\
             新建道路十二公里，改造老旧小区六个，\n群众满意度明显提升。\n\
             二、下步打算\n继续抓好项目建设，促进经济平稳运行，\n推动全县经济实现\n高质量发展。\n\
             全年计划新建学校两所，新增学位三千个。\n";
    assert_eq!(shape(s), "一、:1 二、:1");
}

/// Parallel subtitles (two or more set apart in the document, with or without blank lines) are
/// subtitles though their words do not recur; one named by the heading above it may stand right
/// under that heading. A lone short line whose words do not recur stays text.
#[test]
#[cfg(feature = "fine-labels")]
fn parallel_unmarked_subtitles_and_one_named_by_its_heading() {
    let s = "一、城市建设\n\n全年城市建设平稳推进。\n\n道路桥梁\n\n新修道路若干条，改造桥梁若干座。\n\n\
             园林绿化\n\n新增公园绿地若干处，城市面貌持续改善。\n\n二、文化和旅游\n\n文化\n\n\
             全年举办各类演出活动一百余场次。\n\n旅游\n\n全年接待游客人数较上年明显增加。\n";
    let o = outline(s);
    assert_eq!(
        borrowed(&o),
        [
            ("一、", 1, "城市建设"),
            ("", 2, "道路桥梁"),
            ("", 2, "园林绿化"),
            ("二、", 1, "文化和旅游"),
            ("", 2, "文化"),
            ("", 2, "旅游"),
        ]
    );
    // One short line, its words nowhere else: a short paragraph, not a title.
    let s = "一、城市建设\n全年城市建设平稳推进。\n进展顺利\n新修道路若干条，改造桥梁若干座。\n";
    assert_eq!(shape(s), "一、:1");
    // A list of short items after a sentence, and a line repeated as a running header.
    let s = "一、城市建设\n全年城市建设平稳推进。\n参加单位\n县住建局\n县交通局\n\
             二、民生保障\n全年民生支出稳步增长。\n某县年度报告\n全年新增就业岗位三千余个，较上年增加。\n\
             某县年度报告\n全年发放各类补贴资金较上年有所增加。\n";
    assert_eq!(shape(s), "一、:1 二、:1");
}

/// A heading title wrapped onto a line of its own (PDF text whose headings wrap at one width):
/// the rest joins the title when the heading line is as wide as the other headings of its
/// style; a short heading, or one much wider than the others, keeps its line.
#[test]
#[cfg(feature = "fine-labels")]
fn heading_title_wrapped_onto_a_line_of_its_own() {
    let s = "某县2025年工作总结\n一、聚焦项目建设，全力推动全县经济\n平稳健康发展\n\
             全年新开工项目四十个，完成投资较上年增长。\n二、聚焦民生改善，持续提升群众生活\n\
             品质\n全年新增就业岗位三千余个。\n三、聚焦自身建设，着力打造人民满意政府\n\
             扎实开展作风建设，行政效能持续提升。\n";
    let titles: Vec<String> = outline(s).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        titles,
        [
            "聚焦项目建设，全力推动全县经济平稳健康发展",
            "聚焦民生改善，持续提升群众生活品质",
            "聚焦自身建设，着力打造人民满意政府"
        ]
    );
    // The joined line is part of the heading, not a paragraph of its section.
    let r = baogao::parse(s);
    assert_eq!(r.sections[0].blocks.len(), 1);
    // The other headings of the style are much shorter: no evidence of a wrap.
    let s = "一、聚焦项目建设，全力推动全县经济\n平稳健康发展\n全年新开工项目四十个。\n\
             二、民生改善\n全年新增就业岗位三千余个。\n";
    assert_eq!(outline(s)[0].2, "聚焦项目建设，全力推动全县经济");
    // A short heading over a short line: a subtitle or a line of text, not a wrap.
    let s = "一、综合情况\n主要指标\n全年经济运行平稳。\n二、工业情况\n全年工业生产平稳。\n";
    assert_eq!(outline(s)[0].2, "综合情况");
    // A short line followed by another: the cells of a table written one a line.
    let s = "一、聚焦项目建设，全力推动全县经济发展\n新开工项目\n续建项目\n40\n25\n\
             二、聚焦民生改善，持续提升群众生活品质\n全年新增就业岗位三千余个。\n";
    assert_eq!(outline(s)[0].2, "聚焦项目建设，全力推动全县经济发展");
}

/// In hard-wrapped text a heading as wide as the wrapped lines whose rest stands alone on the
/// next line (no stop after it) takes that rest into its title.
#[test]
#[cfg(feature = "fine-labels")]
fn heading_title_wrapped_in_hard_wrapped_text() {
    let filler = "这一行正文是用来撑满版面宽度的文字共二十字。\n".repeat(24);
    let text = format!(
        "{filler}一、审计情况\n本年度审计了二十个部门。\n（一）部分专项资金分配管理不够规范，未能体现\n\
         政策导向\n\n本年度共涉及资金十七项。\n"
    );
    let titles: Vec<String> = outline(&text).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        titles,
        ["审计情况", "部分专项资金分配管理不够规范，未能体现政策导向"]
    );
}

/// A level numbered from （二） with a short line alone right under its parent heading: that line
/// is the level's first heading written without its marker, and takes the paragraphs under it.
#[test]
#[cfg(feature = "fine-labels")]
fn a_short_line_where_the_first_of_a_level_is_missing_is_that_heading() {
    let text = "某镇2025年工作总结\n一、主要工作\n强基础，夯实农业根基\n全年新修机耕道8公里。\n（二）优服务，提升办事效率\n全年办理事项1200件。\n";
    let r = baogao::parse(text);
    let got: Vec<(usize, String, String)> = r
        .headings()
        .iter()
        .map(|h| (h.level, h.marker.raw.to_string(), h.title.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (1, "一、".to_string(), "主要工作".to_string()),
            (2, String::new(), "强基础，夯实农业根基".to_string()),
            (2, "（二）".to_string(), "优服务，提升办事效率".to_string()),
        ]
    );
    let first = &r.sections[0].children[0];
    assert_eq!(first.blocks.len(), 1);
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.kind != baogao::DiagnosticKind::SkippedOrdinal));
    // A paragraph under the heading (a sentence) is no missing heading.
    let r = baogao::parse("某镇2025年工作总结\n一、主要工作\n全年新修机耕道8公里。\n完成任务。\n（二）优服务\n办理事项。\n");
    assert_eq!(r.headings().len(), 2);
}

/// An attachment after the signature and date (`附件`, `附件1` and its title) leaves the closing
/// read, and is a top-level unmarked heading, its number kept.
#[test]
#[cfg(feature = "fine-labels")]
fn an_attachment_after_the_closing() {
    let text = "某镇2030年工作总结\n一、主要工作\n完成各项任务。\n二、下步打算\n继续推进。\n某镇人民政府\n2031年1月8日\n附件1\n重点项目清单\n| 项目 | 投资（万元） |\n| 道路 | 300 |\n";
    let r = baogao::parse(text);
    let c = r.closing.as_ref().expect("closing");
    assert_eq!(c.signature.as_deref(), Some("某镇人民政府"));
    assert_eq!(c.date.as_deref(), Some("2031年1月8日"));
    let h: Vec<(usize, String)> = r
        .headings()
        .iter()
        .map(|h| (h.level, h.title.clone()))
        .collect();
    assert_eq!(h.last(), Some(&(1, "附件1".to_string())));
}

/// A title that ends with its genre (`…工作要点`, `…工作报告`) is whole: the title-like line under
/// it is the text's first line, not the title's rest; a timestamp in words under it
/// (`2030年02月10日 07时41分`) is its publication date.
#[test]
#[cfg(feature = "fine-labels")]
fn a_title_that_ends_with_its_genre_is_whole() {
    let r =
        baogao::parse("某县2030年政务公开工作要点\n围绕中心工作加强政策公开\n及时发布政策文件。\n");
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("某县2030年政务公开工作要点")
    );
    let r = baogao::parse(
        "2030年某省政府工作报告\n2030年02月10日 07时41分\n各位代表：\n现在作报告。\n",
    );
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("2030年某省政府工作报告")
    );
    assert_eq!(r.meta.published.as_deref(), Some("2030年02月10日 07时41分"));
    // A column's name above the title (the genre alone) is replaced by it, as before.
    let r = baogao::parse("工作报告\n某县2030年政府工作报告\n一、工作回顾\n完成任务。\n");
    assert_eq!(
        r.title.map(|t| t.text).as_deref(),
        Some("某县2030年政府工作报告")
    );
}

/// A marked heading in lenticular brackets (`【一、…】`) is that marked heading: its marker and
/// title inside the brackets; unmarked bracketed titles (`【工作成效】`) stay unmarked.
#[test]
#[cfg(feature = "fine-labels")]
fn a_marked_heading_in_brackets() {
    let text = "某局2030年工作总结\n【一、项目建设提速】\n全年开工项目12个。\n【二、营商环境优化】\n办结事项800件。\n";
    let got: Vec<(usize, String, String)> = baogao::parse(text)
        .headings()
        .iter()
        .map(|h| (h.level, h.marker.raw.to_string(), h.title.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (1, "一、".to_string(), "项目建设提速".to_string()),
            (1, "二、".to_string(), "营商环境优化".to_string()),
        ]
    );
}

/// The first of a section's unmarked subtitles, right under its numbered heading with no text
/// between, is a subtitle like the ones set apart after paragraphs.
#[test]
#[cfg(feature = "fine-labels")]
fn the_first_subtitle_right_under_its_heading() {
    let text = "某县2030年国民经济和社会发展统计公报\n一、农业\n种植业\n全年粮食播种面积稳定在52万亩，粮食总产量24.6万吨，比上年增长1.2%。\n畜牧业\n全年生猪出栏32.6万头，比上年增长2.1%；牛出栏1.2万头，比上年下降0.8%。\n二、工业\n规模以上工业\n全年规模以上工业增加值比上年增长7.6%，其中制造业增长8.1%。\n工业效益\n规模以上工业企业实现利润总额18.6亿元，比上年增长5.4%。\n";
    let got: Vec<(usize, String)> = baogao::parse(text)
        .headings()
        .iter()
        .map(|h| (h.level, h.title.clone()))
        .collect();
    let want: Vec<(usize, String)> = [
        (1, "农业"),
        (2, "种植业"),
        (2, "畜牧业"),
        (1, "工业"),
        (2, "规模以上工业"),
        (2, "工业效益"),
    ]
    .iter()
    .map(|(l, t)| (*l, t.to_string()))
    .collect();
    assert_eq!(got, want);
}

/// `（1）…；（2）…；（3）…` on one line is a list of short items, as `①…；②…` is: no headings.
/// A line per item stays a heading each.
#[test]
#[cfg(feature = "fine-labels")]
fn a_semicolon_list_of_bracketed_numbers_on_one_line_is_no_headings() {
    let r = baogao::parse(
        "某局2030年工作总结\n一、存在的问题\n（1）宣传覆盖面不广；（2）队伍力量薄弱；（3）经费保障不足。\n二、下步打算\n加强宣传。\n",
    );
    assert_eq!(r.headings().len(), 2);
    let r = baogao::parse(
        "某局2030年工作总结\n一、存在的问题\n（1）宣传覆盖面不广；\n（2）队伍力量薄弱；\n（3）经费保障不足。\n二、下步打算\n加强宣传。\n",
    );
    assert_eq!(r.headings().len(), 5);
}

#[test]
fn an_unmarked_subtitle_after_a_table_and_the_first_one_its_heading_names() {
    // A bulletin's `畜牧业` stands right after a table's last row (no sentence ends before it),
    // and `种植业` right under `二、种植业和畜牧业`, which names it: both are subtitles.
    let s = "二、种植业和畜牧业\n种植业\n全年粮食播种面积126.5万亩，比上年增加1.2万亩。\n\
             表2　主要农产品产量\n产品\t单位\t产量\n稻谷\t万吨\t36.2\n玉米\t万吨\t18.4\n\
             畜牧业\n全年畜牧业产值42.6亿元，比上年增长3.1%。\n三、工业\n全年工业增加值82.4亿元。\n";
    assert_eq!(
        borrowed(&outline(s)),
        [
            ("二、", 1, "种植业和畜牧业"),
            ("", 2, "种植业"),
            ("", 2, "畜牧业"),
            ("三、", 1, "工业"),
        ]
    );
}
