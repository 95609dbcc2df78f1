//! Tables as data: one test per table shape, on tables written for these tests, and a property
//! test that every cell span slices the input to the cell's text.

use baogao::table::Table;
use baogao::IndicatorKind;
use proptest::prelude::*;

#[path = "fixtures/copies.rs"]
mod copies;
use copies::{diagnostics_of, tabbed};

fn tables(text: &str) -> Vec<Table> {
    baogao::parse(text).tables
}

/// (row label, column label, value or None, unit) of every cell.
fn cells(t: &Table) -> Vec<(String, String, Option<String>, Option<String>)> {
    t.cells()
        .map(|c| {
            (
                c.row_label.clone(),
                c.col_label.clone(),
                c.value.map(|v| v.to_string()),
                c.unit.clone(),
            )
        })
        .collect()
}

fn check_spans(text: &str, t: &Table) {
    for c in t.cells() {
        assert_eq!(c.span.slice(text), c.text, "cell {:?}", c);
    }
}

/// The label of every value column, left to right.
fn column_labels(t: &Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.label.as_str()).collect()
}

/// The label of every body row, its cells joined by ` / `, top to bottom.
fn row_labels(t: &Table) -> Vec<String> {
    t.rows.iter().map(|r| r.label.join(" / ")).collect()
}

/// Parses `text` and checks what holds of every report: every cell and indicator span slices
/// the input to its text, and the leaves rebuild the input.
fn parse_whole(text: &str) -> Result<baogao::Report, TestCaseError> {
    let report = baogao::parse(text);
    for t in &report.tables {
        for c in t.cells() {
            prop_assert_eq!(c.span.slice(text), c.text.as_str());
        }
    }
    for i in &report.indicators {
        prop_assert_eq!(i.span.slice(text), i.text.as_str());
    }
    let rebuilt: String = report.leaves().iter().map(|(_, s)| s.slice(text)).collect();
    prop_assert_eq!(rebuilt, text);
    Ok(report)
}

#[test]
fn outer_pipes_with_caption_and_counted_unit() {
    let text = "二、主动公开\n| 第二十条第（一）项 |\n| 信息内容 | 本年制发件数 | 现行有效件数 |\n| 规章 | 2 | 15 |\n| 规范性文件 | 40 | 301 |\n| 第二十条第（八）项 |\n| 信息内容 | 本年收费金额（单位：万元） |\n| 行政事业性收费 | 12.75 |\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 2);
    assert_eq!(ts[0].caption, ["第二十条第（一）项"]);
    assert_eq!(ts[0].section, ["主动公开"]);
    assert_eq!(
        cells(&ts[0])[3],
        (
            "规范性文件".into(),
            "现行有效件数".into(),
            Some("301".into()),
            Some("件".into())
        )
    );
    let fee = ts[1].cells().next().unwrap();
    assert_eq!(fee.multiplier.as_deref(), Some("万"));
    assert_eq!(fee.normalized.unwrap().to_string(), "127500");
    assert_eq!(fee.kind, IndicatorKind::Money);
    for t in &ts {
        check_spans(text, t);
    }
}

#[test]
fn rows_without_outer_pipes_and_header_broken_over_two_lines() {
    let text = "一、价格\n表3 各地价格涨跌幅度\n\n单位：%\n地区 | 全省\n城镇 | 乡村\n粮食 | 1.5 | 1.2 | -0.4\n肉类 | -2.0 | — | 0\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1);
    let t = &ts[0];
    assert_eq!(t.caption, ["表3 各地价格涨跌幅度", "单位：%"]);
    assert_eq!(column_labels(t), ["全省", "城镇", "乡村"]);
    let c = &t.rows[0].cells[2];
    assert_eq!(
        (c.value.unwrap().to_string(), c.unit.as_deref()),
        ("-0.4".into(), Some("%"))
    );
    assert_eq!(c.kind, IndicatorKind::Change);
    assert!(t.rows[1].cells[1].value.is_none());
    check_spans(text, t);
}

#[test]
fn tab_separated_rows() {
    let text = "一、机构\n项目\t数量（家）\t金额（万元）\n培训机构\t12\t3.5\n检查单位\t8\t/\n";
    let t = &tables(text)[0];
    assert_eq!(t.rows.len(), 2);
    let c = &t.rows[1].cells[0];
    assert_eq!(
        (c.row_label.as_str(), c.unit.as_deref()),
        ("检查单位", Some("家"))
    );
    assert!(t.rows[1].cells[1].value.is_none());
    check_spans(text, t);
}

#[test]
fn flattened_multi_row_header_gets_header_paths() {
    // 甲 spans down; 乙类 has three items; 合计 spans down
    let text = "| 说明 | 对象 |\n| 甲 | 乙类 | 合计 |\n| 小学 | 中学 | 大学 |\n| 一、新收 | 5 | 1 | 2 | 3 | 11 |\n";
    let t = &tables(text)[0];
    assert_eq!(
        column_labels(t),
        [
            "对象 甲",
            "对象 乙类 小学",
            "对象 乙类 中学",
            "对象 乙类 大学",
            "对象 合计"
        ]
    );
}

#[test]
fn header_groups_close_with_their_totals() {
    // two groups of the same items, each ending with its total, after items that span down
    let text = "| 复核 | 诉讼 |\n| 维持 | 纠正 | 总计 | 一审 | 二审 |\n| 维持 | 纠正 | 总计 | 维持 | 纠正 | 总计 |\n| 1 | 0 | 1 | 2 | 0 | 2 | 0 | 1 | 1 |\n";
    let t = &tables(text)[0];
    assert_eq!(t.columns[2].path, ["复核", "总计"]);
    assert_eq!(t.columns[4].path, ["诉讼", "一审", "纠正"]);
    assert_eq!(t.columns[8].path, ["诉讼", "二审", "总计"]);
    // no label cells: the label is the column path
    assert_eq!(t.rows[0].cells[8].label(), "诉讼 二审 总计");
}

#[test]
fn group_cells_are_carried_down_by_their_markers() {
    let text = "| 情况 | 个人 | 单位 |\n| 一、收到 | 4 | 1 |\n| 二、结果 | （一）公开 | 2 | 0 |\n| （二）不公开 | 1.涉密 | 0 | 0 |\n| 2.涉及隐私 | 1 | 1 |\n| （三）总计 | 3 | 1 |\n| 三、结转 | 1 | 0 |\n";
    let t = &tables(text)[0];
    assert_eq!(
        row_labels(t),
        [
            "一、收到",
            "二、结果 / （一）公开",
            "二、结果 / （二）不公开 / 1.涉密",
            "二、结果 / （二）不公开 / 2.涉及隐私",
            "二、结果 / （三）总计",
            "三、结转"
        ]
    );
    // `1.涉密` is a label, not the number 1
    assert_eq!(t.rows[2].cells.len(), 2);
}

#[test]
fn an_unmarked_row_after_numbered_items_stands_alone() {
    let text = "一、统计\n| 名称 | 本年 |\n| 办理件数 | 9 |\n| 其中：1、网上办理 | 6 |\n| 2、窗口办理 | 3 |\n| 答复件数 | 8 |\n| 一、合计 | （一）小项 | 2 |\n| 小计 | 2 |\n";
    let t = &tables(text)[0];
    assert_eq!(
        row_labels(t),
        [
            "办理件数",
            "其中：1、网上办理",
            "2、窗口办理",
            "答复件数",
            "一、合计 / （一）小项",
            "一、合计 / （一）小项 / 小计"
        ]
    );
}

#[test]
fn unit_column_and_units_in_cells() {
    let text = "一、统计\n| 名称 | 计量单位 | 本年 | 累计 |\n| 公开文件 | 条 | 30 | 400 |\n| 采购金额 | 万元 | 7.5 | 2,100 |\n| 其他收入 | / | 1200元 | 0 |\n";
    let t = &tables(text)[0];
    assert_eq!(t.columns.len(), 2);
    assert_eq!(t.rows[0].unit.as_deref(), Some("条"));
    assert_eq!(
        cells(t)[1],
        (
            "公开文件".into(),
            "累计".into(),
            Some("400".into()),
            Some("条".into())
        )
    );
    let c = &t.rows[1].cells[1];
    assert_eq!(c.normalized.unwrap().to_string(), "21000000");
    let own = &t.rows[2].cells[0];
    assert_eq!(
        (own.unit.as_deref(), own.kind),
        (Some("元"), IndicatorKind::Money)
    );
    check_spans(text, t);
}

#[test]
fn placeholders_are_cells_without_value() {
    let text = "| 项目 | 甲 | 乙 | 丙 | 丁 | 戊 | 己 |\n| 数量 | / | - | -- | — | 空 |  |\n";
    let t = &tables(text)[0];
    assert_eq!(t.rows[0].cells.len(), 6);
    assert!(t.cells().all(|c| c.value.is_none()));
    // no indicator for a placeholder
    assert!(baogao::parse(text).indicators.is_empty());
    check_spans(text, t);
}

#[test]
fn body_row_broken_over_two_lines() {
    let text = "| 项目 | 一月 | 二月 | 三月 | 四月 |\n| 检查 | 3 | 4 |\n| 5 | 6 |\n| 整改 | 1 | 1 | 2 | 0 |\n";
    let t = &tables(text)[0];
    assert_eq!(t.rows.len(), 2);
    let row: Vec<String> = t.rows[0]
        .cells
        .iter()
        .map(|c| format!("{}={}", c.col_label, c.text))
        .collect();
    assert_eq!(row, ["一月=3", "二月=4", "三月=5", "四月=6"]);
    // each cell says the line its text stands on (the row's second line for 5 and 6)
    let lines: Vec<usize> = t.rows[0].cells.iter().map(|c| c.line).collect();
    assert_eq!(lines, [2, 2, 3, 3]);
    check_spans(text, t);
}

#[test]
fn cells_are_indicators_in_document_order() {
    let text = "一、情况\n全年立案94件。\n| 项目 | 件数 |\n| 行政处罚 | 36 |\n此后又办结12件。\n";
    let r = baogao::parse(text);
    let got: Vec<(&str, &str, bool)> = r
        .indicators
        .iter()
        .map(|i| (i.text.as_str(), i.label.as_str(), i.table.is_some()))
        .collect();
    assert_eq!(got[1], ("36", "行政处罚 / 件数", true));
    assert_eq!(got.len(), 3);
    assert!(!got[0].2 && !got[2].2);
    assert_eq!(r.indicators[1].section, ["情况"]);
    assert_eq!(r.indicators[1].unit.as_deref(), Some("件"));
}

#[test]
fn prose_with_a_pipe_is_not_a_table() {
    let r = baogao::parse("我们坚持“放管服”改革 | 优化服务，全年办件3000件。\n");
    assert!(r.tables.is_empty());
    assert!(r.indicators.iter().all(|i| i.table.is_none()));
}

proptest! {
    #[test]
    fn cell_spans_slice_the_input(
        rows in prop::collection::vec(
            prop::collection::vec(
                prop::sample::select(vec![
                    "", "3", "-1.5", "项目", "（一）公开", "1.涉密", "/", "—", "12万元", "总计",
                    "金额（万元）", "条", "计量单位", " 7 ", "｜", "\t", "表1", "单位：%",
                    "第三条第（二）项",
                ]),
                0..6,
            ),
            0..8,
        ),
        seps in prop::collection::vec(prop::sample::select(vec!["|", " | ", "\t", "｜"]), 8),
        outer in prop::collection::vec(any::<bool>(), 8),
    ) {
        let mut text = String::new();
        for (i, r) in rows.iter().enumerate() {
            let sep = seps[i % seps.len()];
            let body = r.join(sep);
            if outer[i % outer.len()] {
                text.push('|');
                text.push_str(&body);
                text.push('|');
            } else {
                text.push_str(&body);
            }
            text.push('\n');
        }
        parse_whole(&text)?;
    }
}

#[test]
fn a_table_set_twice_side_by_side_is_read_as_one_column() {
    let text = "一、投资\n表5 分行业投资增长速度\n行业 | 比上年增长（%） | 行业 | 比上年增长（%）\n总计 | 3.2 | 教育 | -1.5\n制造业 | 9.2 | 卫生 | 0.4\n采矿业 | 10.5\n";
    let t = &tables(text)[0];
    let rows: Vec<String> = t
        .rows
        .iter()
        .map(|r| format!("{}={}", r.label.join(""), r.cells[0].text))
        .collect();
    assert_eq!(
        rows,
        [
            "总计=3.2",
            "制造业=9.2",
            "采矿业=10.5",
            "教育=-1.5",
            "卫生=0.4"
        ]
    );
    assert_eq!(t.rows[3].cells[0].kind, IndicatorKind::Change);
    assert_eq!(t.columns.len(), 1);
    check_spans(text, t);
}

#[test]
fn a_unit_column_headed_dan_wei_holds_words() {
    let text = "一、产品\n产品 | 单位 | 产量 | 比上年增长（%）\n钢材 | 万吨 | 110 | 2.5\n饮料酒 | 千升 | 15 | -1.0\n纱线 | — | — | 3.0\n";
    let t = &tables(text)[0];
    assert_eq!(t.columns.len(), 2);
    let steel = &t.rows[0].cells[0];
    assert_eq!(
        (steel.multiplier.as_deref(), steel.unit.as_deref()),
        (Some("万"), Some("吨"))
    );
    assert_eq!(steel.kind, IndicatorKind::Count);
    // 千升 is one unit (kilolitre), not 千 × 升
    let wine = &t.rows[1].cells[0];
    assert_eq!(
        (wine.multiplier.as_deref(), wine.unit.as_deref()),
        (None, Some("千升"))
    );
    // the growth column states its own unit
    assert_eq!(t.rows[0].cells[1].unit.as_deref(), Some("%"));
    assert_eq!(t.rows[2].cells.len(), 2);
    assert!(t.rows[2].cells[0].value.is_none());
}

/// A cell of a table of a report: (table, row label, column label, value).
type TableCell = (usize, String, String, Option<String>);

/// (table, row label, column label, value) of every cell of every table.
fn all_cells(text: &str) -> Vec<TableCell> {
    let ts = tables(text);
    for t in &ts {
        check_spans(text, t);
    }
    ts.iter()
        .enumerate()
        .flat_map(|(i, t)| {
            t.cells().map(move |c| {
                (
                    i,
                    c.row_label.clone(),
                    c.col_label.clone(),
                    c.value.map(|v| v.to_string()),
                )
            })
        })
        .collect()
}

/// The tables of the tab-separated copy of `piped`, which writes the lines `lines`; the copy gives
/// the same cells as the piped text (see [`all_cells`]).
fn tabbed_as_piped(piped: &str, lines: &str) -> Vec<Table> {
    let text = tabbed(piped);
    assert!(text.contains(lines), "{text}");
    assert_eq!(all_cells(&text), all_cells(piped));
    tables(&text)
}

#[test]
fn a_plain_article_item_line_is_a_caption_and_one_tab_rows_follow_it() {
    let piped = "二、公开情况\n| 第三条第（二）项 |\n| 事项 | 本年办理件数 |\n| 登记 | 14 |\n| 第三条第（四）项 |\n| 事项 | 本年处理决定数量 |\n| 检查 | 6 |\n| 督办 | 0 |\n";
    let ts = tabbed_as_piped(piped, "\n第三条第（四）项\n事项\t本年处理决定数量\n");
    assert_eq!(ts.len(), 2);
    assert_eq!(ts[0].caption, ["第三条第（二）项"]);
    assert_eq!(ts[1].caption, ["第三条第（四）项"]);
    assert_eq!(
        cells(&ts[1]),
        [
            (
                "检查".into(),
                "本年处理决定数量".into(),
                Some("6".into()),
                None
            ),
            (
                "督办".into(),
                "本年处理决定数量".into(),
                Some("0".into()),
                None
            ),
        ]
    );
}

#[test]
fn a_header_of_one_tab_lines_is_read_by_its_shape() {
    // three header rows of 2, 3 and 2 cells over a body of 5 values: the first row's corner cell
    // over the labels, 来访人员 over everything, 单位 over 企业 and 社团
    let piped = "三、来访情况\n| （本列说明：甲加乙等于丙） | 来访人员 |\n| 个人 | 单位 | 合计 |\n| 企业 | 社团 |\n| 一、本月来访 | 5 | 2 | 1 | 8 |\n| 二、上月未结 | 0 | 1 | 0 | 1 |\n";
    let ts = tabbed_as_piped(piped, "\n（本列说明：甲加乙等于丙）\t来访人员\n");
    assert_eq!(ts.len(), 1);
    assert_eq!(
        column_labels(&ts[0]),
        [
            "来访人员 个人",
            "来访人员 单位 企业",
            "来访人员 单位 社团",
            "来访人员 合计"
        ]
    );
    assert_eq!(ts[0].rows[0].cells[1].col_label, "来访人员 单位 企业");
}

#[test]
fn one_tab_lines_away_from_a_table_stay_prose() {
    // no caption before them and no row of two tabs after them
    let text = "一、联系方式\n联系人\t王老师\n办理时限\t15\n全年办理申请30件。\n";
    let r = baogao::parse(text);
    assert!(r.tables.is_empty());
    // a long run of them is prose even when a row follows
    let mut long = String::from("一、名单\n");
    for i in 0..6 {
        long.push_str(&format!("组{i}\t{i}\n"));
    }
    long.push_str("合计\t6\t15\n");
    let ts = tables(&long);
    assert_eq!(ts.len(), 1);
    assert_eq!(ts[0].rows.len(), 1);
    assert_eq!(cells(&ts[0])[1].2.as_deref(), Some("15"));
}

/// Each devset 政府信息公开 report (tests/devset/texts) with its cells as the piped tables give
/// them (see [`all_cells`]): 200 in 01, 198 in 02.
fn gio_reports() -> impl Iterator<Item = (&'static str, String, Vec<TableCell>)> {
    copies::GIO_REPORTS
        .into_iter()
        .zip([200, 198])
        .map(|(name, n)| {
            let piped = copies::devset(name);
            let want = all_cells(&piped);
            assert_eq!(want.len(), n, "{name}");
            (name, piped, want)
        })
}

/// The devset 政府信息公开 reports (tests/devset/texts) with their rows written with tabs give
/// the same cells as with pipes.
#[test]
fn the_gio_reports_give_the_same_cells_with_tabs() {
    for (name, piped, want) in gio_reports() {
        let text = tabbed(&piped);
        assert!(!text.contains("| 自然人 |") && text.contains("自然人\t"));
        assert_eq!(all_cells(&text), want, "{name}");
        let ts = tables(&text);
        let tc: Vec<&str> = ts
            .iter()
            .flat_map(|t| t.caption.iter())
            .map(String::as_str)
            .collect();
        let pc: Vec<String> = tables(&piped)
            .iter()
            .flat_map(|t| t.caption.clone())
            .collect();
        assert_eq!(tc, pc, "{name}");
    }
}

#[test]
fn a_header_whose_empty_corner_cell_was_lost_keeps_its_first_column() {
    // the corner over the labels was empty: its line reads `\t来访人员`, a plain line, and the
    // header left is 个人 | 单位 | 合计 over 企业 | 社团
    let text = "三、来访情况\n\t来访人员\n个人\t单位\t合计\n企业\t社团\n一、本月来访\t5\t2\t1\t8\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1);
    assert_eq!(
        column_labels(&ts[0]),
        ["个人", "单位 企业", "单位 社团", "合计"]
    );
    assert_eq!(ts[0].rows[0].cells[0].col_label, "个人");
    check_spans(text, &ts[0]);
    // a header broken over two lines, with no total, is still read flat under its corner
    let flat = "一、价格\n地区\t全省\n城镇\t乡村\n粮食\t1.5\t1.2\t-0.4\n";
    assert_eq!(column_labels(&tables(flat)[0]), ["全省", "城镇", "乡村"]);
}

/// The devset 政府信息公开 reports written as PDF text writes their tables (cells split by
/// spaces, or one cell per line; each also with its long 表三 label wrapped and a page marker
/// between two rows) give the same cells as with pipes: table, row label, column label, value,
/// each span slicing the copy to the cell, and no prose indicator left on the table lines.
#[test]
fn the_gio_reports_give_the_same_cells_as_pdf_text() {
    for (name, piped, want) in gio_reports() {
        let prose = |text: &str| {
            baogao::parse(text)
                .indicators
                .iter()
                .filter(|i| i.table.is_none())
                .map(|i| (i.label.clone(), i.value.to_string()))
                .collect::<Vec<_>>()
        };
        let want_prose = prose(&piped);
        for (shape, text) in copies::pdf_text_paged(&piped) {
            assert!(
                !text.contains('|') && !text.contains('\t'),
                "{name} {shape}"
            );
            assert_eq!(all_cells(&text), want, "{name} {shape}");
            assert_eq!(prose(&text), want_prose, "{name} {shape}");
        }
    }
}

/// A PDF-text copy with one 表三 number missing gives no 表三 (and so no wrong cell) and a
/// diagnostic naming the row; the other template tables are read.
#[test]
fn a_pdf_text_copy_with_a_missing_cell_gives_a_diagnostic_and_no_wrong_cells() {
    let piped = copies::devset("01_pingtan-zone-2023.txt");
    let row = "\n7.属于行政执法案卷 1 0 0 0 0 0 1\n";
    let spaced = copies::spaced(&piped);
    assert!(spaced.contains(row));
    let missing = spaced.replacen(row, "\n7.属于行政执法案卷 1 0 0 0 0 1\n", 1);
    let r = baogao::parse(&missing);
    let mismatches = diagnostics_of(&r, baogao::DiagnosticKind::TemplateTableMismatch);
    assert_eq!(mismatches.len(), 1, "{mismatches:?}");
    assert!(mismatches[0]
        .message
        .contains("`7.属于行政执法案卷` has 6 numbers for 7 columns"));
    assert_eq!(mismatches[0].span.slice(&missing), "1");
    // 表二's four sub-tables and 表四 are read; no cell names a 表三 column
    assert_eq!(r.tables.len(), 5);
    assert!(r
        .tables
        .iter()
        .all(|t| t.cells().all(|c| !c.col_label.contains("自然人"))));
    assert_eq!(
        r.tables.iter().map(|t| t.cells().count()).sum::<usize>(),
        25
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Under template headings, any mix of template words, labels, numbers, placeholders, page
    /// markers, spaces and line breaks: no panic, every cell and indicator span slices the input
    /// to its text, the leaves rebuild the input, and a table read has every row full.
    #[test]
    fn template_tables_from_pdf_text_keep_spans_and_fill_their_rows(
        tokens in prop::collection::vec(
            prop::sample::select(vec![
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数",
                "本年收费金额（单位：", "万元）", "规章", "行政许可", "申请人情况", "自然人",
                "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
                "其他", "小计", "（本列数据的勾稽关系为：", "一、本年新收政府信息公开申请数量",
                "三、本年度办理结果", "（一）予以公开", "（三）不予公开", "1.属于国家秘密",
                "〇、结转", "（二）部分公开（区分处理的，", "不计其他情形）", "行政复议", "行政诉讼",
                "结果维持", "未经复议直接起诉", "0", "12", "5.5", "/", "—", "— 3 —", "第 4 页",
                "全年共办理12件。",
            ]),
            0..120,
        ),
        seps in prop::collection::vec(prop::sample::select(vec![" ", "\n", "  ", "\r\n", "\u{3000}"]), 16),
    ) {
        let mut text = String::from("政府信息公开工作年度报告\n");
        for (i, t) in tokens.iter().enumerate() {
            text.push_str(t);
            text.push_str(seps[i % seps.len()]);
        }
        let report = parse_whole(&text)?;
        for t in &report.tables {
            let width = t.columns.len();
            for r in &t.rows {
                prop_assert_eq!(r.cells.len(), width);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// 表三 written as PDF text, its first `k` template rows with 6 to 8 numbers each, cells
    /// split by spaces or line breaks, the long label wrapped or not, page markers between rows:
    /// when every row has the template's 7 numbers, the table is read with exactly those
    /// numbers in order; when any row has not, there is no 表三 and one diagnostic.
    #[test]
    fn pdf_text_requests_are_read_exactly_when_the_numbers_fit(
        rows in prop::collection::vec(
            (6usize..=8, prop::collection::vec(prop::sample::select(vec!["0", "3", "12", "/", "5.5"]), 8)),
            1..=8,
        ),
        seps in prop::collection::vec(prop::sample::select(vec![" ", "\n", " \n", "\u{3000}"]), 16),
        wrap in any::<bool>(),
        pages in prop::collection::vec(any::<bool>(), 8),
    ) {
        const LABELS: [&str; 8] = [
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果 （一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "（三）不予公开 1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "（七）总计",
            "四、结转下年度继续办理",
        ];
        let mut text = String::from(
            "政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n",
        );
        let mut want = Vec::new();
        let mut k = 0;
        for (i, (n, values)) in rows.iter().enumerate() {
            let mut label = LABELS[i].to_string();
            if wrap {
                label = label.replace("只计这一情形，", "只计这一情形，\n");
            }
            text.push_str(&label);
            for v in &values[..*n] {
                text.push_str(seps[k % seps.len()]);
                k += 1;
                text.push_str(v);
                want.push(v.to_string());
            }
            text.push('\n');
            if pages[i] {
                text.push_str("— 3 —\n");
            }
        }
        text.push_str("四、政府信息公开行政复议、行政诉讼情况\n");
        let fits = rows.iter().all(|(n, _)| *n == 7);
        let report = baogao::parse(&text);
        let got: Vec<String> = report.tables.iter().flat_map(|t| t.cells()).map(|c| {
            assert_eq!(c.span.slice(&text), c.text);
            c.text.clone()
        }).collect();
        let mismatches = report
            .diagnostics
            .iter()
            .filter(|d| d.kind == baogao::DiagnosticKind::TemplateTableMismatch)
            .count();
        if fits {
            prop_assert_eq!(got, want);
            prop_assert_eq!(mismatches, 0);
        } else {
            prop_assert!(got.is_empty(), "{:?}", got);
            prop_assert_eq!(mismatches, 1);
        }
    }
}

/// A 政府信息公开 report's tables in the 2021 template's shape (numbers of my own): two
/// sub-tables of 表二 under their captions, part of 表三 with its three header rows and rows of
/// two label cells, and 表四 with its last columns left blank.
const TEMPLATE_SHAPE: &str = "\
二、主动公开政府信息情况
| 第二十条第（一）项 |
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 2 | 1 | 9 |
| 行政规范性文件 | 14 | 6 | 58 |
| 第二十条第（五）项 |
| 信息内容 | 本年处理决定数量 |
| 行政许可 | 305 |
| 第二十条第（八）项 |
| 信息内容 | 本年收费金额（单位：万元） |
| 行政事业性收费 | 12.5 |
三、收到和处理政府信息公开申请情况
| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |
| 自然人 | 法人或其他组织 | 总计 |
| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
| 一、本年新收政府信息公开申请数量 | 7 | 2 | 0 | 0 | 1 | 0 | 10 |
| 三、本年度办理结果 | （一）予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |  |  |  |  |  | 3 |
| （三）不予公开 | 1.属于国家秘密 |  |  |  |  |  |  |  |
四、政府信息公开行政复议、行政诉讼情况
| 行政复议 | 行政诉讼 |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 3 | 1 |  |  | 4 | 2 |  |  |  | 2 |  |  |  |  |  |
";

/// (row label, column label, value, multiplier, unit) of every cell of every table.
#[allow(clippy::type_complexity)]
fn labelled_cells(
    text: &str,
) -> Vec<(
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
)> {
    let r = baogao::parse(text);
    for t in &r.tables {
        check_spans(text, t);
    }
    r.tables
        .iter()
        .flat_map(|t| t.cells())
        .map(|c| {
            (
                c.row_label.clone(),
                c.col_label.clone(),
                c.value.map(|v| v.to_string()),
                c.multiplier.clone(),
                c.unit.clone(),
            )
        })
        .collect()
}

#[test]
fn rows_padded_with_empty_cells_read_as_the_rows_unpadded() {
    let plain = labelled_cells(TEMPLATE_SHAPE);
    let find = |row: &str, col: &str| {
        plain
            .iter()
            .find(|c| c.0 == row && c.1 == col)
            .unwrap_or_else(|| panic!("{row} / {col} in {plain:#?}"))
            .clone()
    };
    // each sub-table under its own header and unit
    assert_eq!(
        find("行政许可", "本年处理决定数量").2.as_deref(),
        Some("305")
    );
    let fee = find("行政事业性收费", "本年收费金额（单位：万元）");
    assert_eq!(
        (fee.3.as_deref(), fee.4.as_deref()),
        (Some("万"), Some("元"))
    );
    // the applicant columns under their groups; a row's blank cells are cells without value
    let label = "三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    assert_eq!(find(label, "申请人情况 自然人").2.as_deref(), Some("3"));
    assert_eq!(find(label, "申请人情况 法人或其他组织 商业企业").2, None);
    assert_eq!(find(label, "申请人情况 总计").2.as_deref(), Some("3"));
    // 表四's last columns, left blank, are still its columns
    assert_eq!(
        find("", "行政诉讼 未经复议直接起诉 总计").2.as_deref(),
        Some("2")
    );
    assert_eq!(find("", "行政诉讼 复议后起诉 总计").2, None);
    for (shape, copy) in copies::padded(TEMPLATE_SHAPE) {
        assert_ne!(copy, TEMPLATE_SHAPE);
        assert_eq!(labelled_cells(&copy), plain, "{shape}:\n{copy}");
    }
}

/// The 表三 header's wrapped tail on a row of its own (`商业 | 科研 | …` then `企业 | 机构`, as a
/// page prints narrow cells, READING4 #14) is joined into the row above it: seven columns, the
/// total under `总计`, and the gio record gets every column with its check holding; with and
/// without outer pipes.
#[test]
fn a_header_rows_wrapped_tail_is_joined_into_it() {
    let piped = "三、收到和处理政府信息公开申请情况\n\
        | （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |\n\
        | 自然人 | 法人或其他组织 | 总计 |\n\
        | 商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |\n\
        | 企业 | 机构 |\n\
        | 一、本年新收政府信息公开申请数量 | 5 | 2 | 1 | 0 | 0 | 0 | 8 |\n\
        | 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n";
    let bare: String = piped
        .lines()
        .map(|l| l.trim_start_matches("| ").to_string() + "\n")
        .collect();
    for text in [piped, bare.as_str()] {
        let r = baogao::parse(text);
        let t = &r.tables[0];
        check_spans(text, t);
        // (without outer pipes the corner cell is read as a column of its own, as before)
        let labels = column_labels(t);
        assert_eq!(
            labels[labels.len() - 7..],
            [
                "申请人情况 自然人",
                "申请人情况 法人或其他组织 商业企业",
                "申请人情况 法人或其他组织 科研机构",
                "申请人情况 法人或其他组织 社会公益组织",
                "申请人情况 法人或其他组织 法律服务机构",
                "申请人情况 法人或其他组织 其他",
                "申请人情况 总计",
            ],
            "{text}"
        );
        let g = baogao::gio::read(&r).expect("a template record");
        let received = &g.tables["requests"]["received"];
        assert_eq!(received.len(), 7, "{text}");
        assert_eq!(received["commercial"].raw, "2");
        assert_eq!(received["research"].raw, "1");
        assert_eq!(received["total"].raw, "8");
        assert!(g.checks.iter().all(|c| c.ok), "{:#?}", g.checks);
    }
}

/// A header row of fewer cells that does not complete the row above (its cells are names of
/// their own) stays a header row of its own.
#[test]
fn a_short_header_row_of_names_is_no_wrapped_tail() {
    let text = "| 指标 | 总量 | 增长 |\n| 一季度 | 二季度 | 三季度 |\n| 上半年 | 全年 |\n| 产值 | 1 | 2 | 3 | 4 | 5 |\n";
    let base: Vec<String> = tables(text)[0]
        .columns
        .iter()
        .map(|c| c.label.clone())
        .collect();
    assert!(base.iter().all(|l| !l.contains("一季度上半年")), "{base:?}");
}

/// The 表二 template laid out one cell per line, each cell closed by a rule and the rows
/// parted by rule lines (`信息内容 |`, `0 |`, `|||`, READING4 #2), as a web page's table saved
/// as text gives it, is read as the template it is: the same cells as the piped table, and no
/// cell without a label.
#[test]
fn a_template_table_one_cell_per_line_between_rules_is_read() {
    let cells_per_line = "二、主动公开政府信息情况\n第二十条第（一）项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n2 |\n1 |\n9 |\n";
    let piped = "二、主动公开政府信息情况\n| 第二十条第（一）项 |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 2 | 1 | 9 |\n";
    let got = tables(cells_per_line);
    assert_eq!(got.len(), 1);
    check_spans(cells_per_line, &got[0]);
    assert_eq!(cells(&got[0]), cells(&tables(piped)[0]));
    let g = baogao::gio::read(&baogao::parse(cells_per_line)).expect("a template record");
    assert_eq!(
        g.tables["active"]["normative_documents"]["in_force"].raw,
        "9"
    );
}

/// Lines of one cell closed by a rule under no template heading stay what they were (rows of
/// one cell, no column named).
#[test]
fn one_cell_lines_under_another_heading_are_no_template_table() {
    let text = "二、其他情况\n信息内容 |\n本年制发件数 |\n规章 |\n0 |\n";
    for t in tables(text) {
        assert!(t.cells().all(|c| c.col_label.is_empty()), "{t:?}");
    }
}

/// A table laid out one cell per line with a rule line (`|` alone) after each cell, as a web
/// page's table saved as text gives it (READING4 #2): the title and the unit line before the
/// header are captions, each row a label and two figures; the unit of the caption applies.
/// A run whose rows differ in length, or a menu of links between rules, is no table.
#[test]
fn one_cell_per_line_each_followed_by_a_rule_line() {
    let lines = [
        "2023年全县主要农产品产量",
        "单位：万吨",
        "品 种",
        "产量",
        "比上年增长%",
        "粮食",
        "48.6",
        "2.1",
        "蔬菜",
        "112.3",
        "-0.8",
        "水果",
        "9.5",
        "5.0",
    ];
    let text = format!(
        "某县2023年国民经济和社会发展统计公报\n全年农业生产稳定。\n{}\n全县粮食播种面积保持稳定。\n",
        lines.map(|c| format!("{c}\n|")).join("\n")
    );
    let ts = tables(&text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    check_spans(&text, t);
    assert_eq!(t.caption, ["2023年全县主要农产品产量", "单位：万吨"]);
    assert_eq!(row_labels(t), ["粮食", "蔬菜", "水果"]);
    let c = cells(t);
    assert_eq!(c.len(), 6);
    assert_eq!(
        c[2],
        (
            "蔬菜".to_string(),
            "产量".to_string(),
            Some("112.3".to_string()),
            Some("吨".to_string())
        )
    );
    assert_eq!(c[3].1, "比上年增长%");
    assert_eq!(c[3].2.as_deref(), Some("-0.8"));
    // a row short of a figure: no table
    let short = text.replacen("9.5\n|\n", "", 1);
    assert!(tables(&short).is_empty());
    // links of a page's menu between rules: no figures, no table
    let menu =
        "某县人民政府\n首页\n|\n政务公开\n|\n办事服务\n|\n互动交流\n|\n走进本县\n|\n无障碍\n|\n";
    assert!(tables(menu).is_empty());
}

/// The same table copied out of a PDF without its layout (pdftotext without `-layout`): one cell
/// per line and no rules, blank lines and a form feed between some. The caption and unit lines
/// are its captions, the report's title and the prose around it are not; the rows end where a
/// row of another shape begins. A run of short lines of another shape is left as text.
#[test]
fn one_cell_per_line_without_rules_as_pdf_text_gives_it() {
    let lines = [
        "表2 2023年主要农产品产量",
        "单位：万吨",
        "品种",
        "产量",
        "比上年增长%",
        "粮食",
        "48.6",
        "2.1",
        "",
        "蔬菜",
        "112.3",
        "\u{c}-0.8",
        "水果",
        "9.5",
        "5.0",
        "注：水产品另列。",
    ];
    let text = format!(
        "某县2023年统计公报\n全年农业生产稳定，粮食播种面积保持稳定。\n{}\n全县新建高标准农田3.2万亩。\n",
        lines.join("\n")
    );
    let ts = tables(&text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = &ts[0];
    check_spans(&text, t);
    assert_eq!(t.caption, ["表2 2023年主要农产品产量", "单位：万吨"]);
    assert_eq!(row_labels(t), ["粮食", "蔬菜", "水果"]);
    let c = cells(t);
    assert_eq!(c.len(), 6);
    assert_eq!(
        c[2],
        (
            "蔬菜".to_string(),
            "产量".to_string(),
            Some("112.3".to_string()),
            Some("吨".to_string())
        )
    );
    assert_eq!(c[3].2.as_deref(), Some("-0.8"));
    // the cells are the report's indicators, the sentence after the table keeps its own
    let r = baogao::parse(&text);
    assert_eq!(r.indicators.len(), 7);
    let after = &r.indicators[6];
    assert_eq!(
        (after.text.as_str(), after.table.is_none()),
        ("3.2万亩", true)
    );
    // a list of short lines whose figures do not make rows of one shape: no table
    let list = "工作情况\n走访企业\n32\n座谈会\n5\n6\n调研报告\n整改问题\n12\n";
    assert!(tables(list).is_empty());
    // a heading above label and figure pairs is no header
    let pairs = "（一）主动公开情况\n新制发规章\n2\n新制发规范性文件\n14\n其他\n3\n政策解读\n9\n";
    assert!(tables(pairs).is_empty());
}

/// A statistics table whose narrow `计量单位` header cell wrapped (`计量 单位` in a rendering of
/// the page, `2013 年度` beside it): the unit column is still the rows' unit, out of the labels.
#[test]
fn a_wrapped_measure_unit_header_still_gives_the_rows_unit() {
    let text = "某镇政府信息公开工作年度报告\n五、统计表\n| 指标名称 | 计量 单位 | 2013 年度 | 历年累计 |\n| 主动公开信息数 | 条 | 64 | 310 |\n| 受理依申请公开信息总数 | 条 | 3 | 7 |\n| 行政复议数 | 件 | 0 | 1 |\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    check_spans(text, &ts[0]);
    let c = cells(&ts[0]);
    assert_eq!(c.len(), 6, "{c:#?}");
    assert_eq!(
        c[0],
        (
            "主动公开信息数".to_string(),
            "2013 年度".to_string(),
            Some("64".to_string()),
            Some("条".to_string())
        )
    );
    assert_eq!(c[5].0, "行政复议数");
    assert_eq!(c[5].3.as_deref(), Some("件"));
}

/// A header written as a full grid (a web page's table, its merged cells repeated over the grid
/// cells they cover) whose last row leaves the cells under two headers blank instead of merging
/// them down: the blanks continue the headers above, so the first and last columns keep their
/// headers and none is shifted. The rows' merged label cells are said once. Each column is
/// labelled by its path from the top, the groups included (CONVENTIONS: "the column header with
/// its header group").
#[test]
fn a_blank_cell_under_a_full_grid_header_continues_the_header_above() {
    let text = "某县2030年社会救助情况\n二、救助对象\n\
| 类别 | 类别 | 对象 | 对象 | 对象 | 对象 |\n\
| 类别 | 类别 | 城市 | 农村 | 农村 | 合计 |\n\
| 类别 | 类别 |  | 集中供养 | 分散供养 |  |\n\
| 低保对象 | 低保对象 | 40 | 12 | 30 | 82 |\n\
| 特困人员 | 特困人员 | 5 | 9 | 11 | 25 |\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    check_spans(text, &ts[0]);
    // the columns of the same grid with the two cells merged down (written in each row)
    let merged = text
        .replacen("| 类别 | 类别 |  |", "| 类别 | 类别 | 城市 |", 1)
        .replacen("分散供养 |  |", "分散供养 | 合计 |", 1);
    let expected = tables(&merged);
    assert_eq!(column_labels(&ts[0]), column_labels(&expected[0]));
    assert_eq!(
        column_labels(&ts[0]),
        [
            "对象 城市",
            "对象 农村 集中供养",
            "对象 农村 分散供养",
            "对象 合计"
        ]
    );
    let c = cells(&ts[0]);
    assert_eq!(c.len(), 8, "{c:#?}");
    assert_eq!(c[0].0, "低保对象");
    assert_eq!(c[3].1, "对象 合计");
    assert_eq!(c[3].2.as_deref(), Some("82"));
    // a header whose rows above are padded (a merged cell written once, blanks after it) is
    // read as before: its blanks are padding
    let padded = "某县2030年社会救助情况\n二、救助对象\n\
| 类别 | 对象 |  |  |\n\
| 类别 | 城市 | 农村 | 合计 |\n\
| 低保对象 | 40 | 42 | 82 |\n";
    let ts = tables(padded);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(cells(&ts[0]).len(), 3);
}

/// A figure repeated under columns of one header (a merged value cell expanded over the columns
/// its header spans) is one cell; equal figures under different headers are two.
#[test]
fn a_figure_repeated_under_one_merged_header_is_one_cell() {
    let text = "某县2030年行政执法情况\n\
| 事项 | 本年决定数量 | 本年决定数量 | 本年决定数量 |\n\
| 行政许可 | 1520 | 1520 | 1520 |\n\
| 行政处罚 | 64 | 64 | 64 |\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    check_spans(text, &ts[0]);
    let c = cells(&ts[0]);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(
        c[0],
        (
            "行政许可".to_string(),
            "本年决定数量".to_string(),
            Some("1520".to_string()),
            None
        )
    );
    let two = "某县2030年行政执法情况\n| 事项 | 新增 | 累计 |\n| 行政许可 | 7 | 7 |\n";
    let ts = tables(two);
    assert_eq!(cells(&ts[0]).len(), 2);
}

#[test]
fn equal_figures_are_each_a_cell_unless_a_full_grid_header_merges_them() {
    // A header written with each merged cell once (PDF or pasted text), not as a full grid, or no
    // header at all: the equal figures of a row are cells of their own, whatever label the
    // reading gives their columns (only a page's full-grid header repeats one merged figure).
    let text = "\
| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |
| 自然人 | 法人或其他组织 | 总计 |
| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
| 一、本年新收政府信息公开申请数量 | 41 | 0 | 0 | 0 | 0 | 0 | 41 |
| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
";
    let t = &tables(text)[0];
    assert_eq!(cells(t).len(), 14, "{:?}", cells(t));
    // A table's rows continued after a page break, with no header of their own.
    let text = "正文。\n\n| 2.重复申请 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n";
    let found: usize = tables(text).iter().map(|t| cells(t).len()).sum();
    assert_eq!(found, 21);
}

/// A column of notes at the right (`进展情况`, `备注`) leaves every row ending in words: the
/// figures before it are still the table's cells, the notes are none; a target's bound after a
/// percent (`3%以内`) is no part of its unit.
#[test]
#[cfg(feature = "fine-labels")]
fn a_column_of_notes_at_the_right_leaves_the_figures_cells() {
    let text = "某镇2030年重点项目推进情况\n\
| 项目 | 年度投资（万元） | 目标 | 进展情况 |\n\
| 污水管网改造 | 860 | 3%以内 | 已完工 |\n\
| 文化广场建设 | 420 | 5% | 主体完工 |\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    check_spans(text, &ts[0]);
    assert_eq!(column_labels(&ts[0]), ["年度投资（万元）", "目标"]);
    let c = cells(&ts[0]);
    assert_eq!(c.len(), 4, "{c:#?}");
    assert_eq!(
        c[0],
        (
            "污水管网改造".to_string(),
            "年度投资（万元）".to_string(),
            Some("860".to_string()),
            Some("元".to_string())
        )
    );
    assert_eq!(
        (c[1].2.as_deref(), c[1].3.as_deref()),
        (Some("3"), Some("%"))
    );
    // A last column of figures is no column of notes.
    let ts = tables("| 项目 | 投资 | 完成率 |\n| 甲 | 860 | 95% |\n| 乙 | 420 | 88% |\n");
    assert_eq!(cells(&ts[0]).len(), 4);
}

/// A column that ranks the rows (`全市排名`, `位次`) holds no quantity: its figures are no cells,
/// and the row's unit does not make them amounts.
#[test]
#[cfg(feature = "fine-labels")]
fn a_rank_column_holds_no_cells() {
    let text = "| 乡镇 | 单位 | 财政收入 | 全市排名 |\n| 东关镇 | 万元 | 5630 | 3 |\n| 西河乡 | 万元 | 2210 | 9 |\n";
    let ts = tables(text);
    assert_eq!(column_labels(&ts[0]), ["财政收入"]);
    let c = cells(&ts[0]);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[1].2.as_deref(), Some("2210"));
}

/// A row group's cell merged down (`rowspan`) and written once, on its first row only, as a text
/// copy of a page writes it: the narrower rows under it take it, not a total merged across the
/// label columns.
#[test]
#[cfg(feature = "fine-labels")]
fn a_row_group_written_once_is_carried_down() {
    let text = "| 类别 | 项目 | 数量 |\n| 学校 | 小学 | 12 |\n| 初中 | 5 |\n| 高中 | 2 |\n| 医院 | 县级 | 3 |\n| 乡镇 | 14 |\n| 合计 | 36 |\n";
    let ts = tables(text);
    assert_eq!(
        row_labels(&ts[0]),
        [
            "学校 / 小学",
            "学校 / 初中",
            "学校 / 高中",
            "医院 / 县级",
            "医院 / 乡镇",
            "合计"
        ]
    );
}

/// `计量` over `单位` in one column of a two-row header (the cell's word wrapped onto the next
/// header line) is the unit column: the rows' units apply to their figures and stay out of the
/// row labels.
#[test]
#[cfg(feature = "fine-labels")]
fn a_unit_column_header_wrapped_over_two_rows() {
    let text = "| 项目 | 计量 | 全年 |\n| | 单位 | 完成 |\n| 粮食产量 | 万吨 | 42.6 |\n| 造林面积 | 万亩 | 3.1 |\n";
    let ts = tables(text);
    let c = cells(&ts[0]);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[0].0, "粮食产量");
    assert_eq!(c[0].3.as_deref(), Some("吨"));
    assert_eq!(ts[0].rows[1].cells[0].multiplier.as_deref(), Some("万"));
}

#[test]
fn a_target_table_with_ranges_notes_and_bounds_in_its_cells() {
    // A plan report's 主要指标 table: a target written as a range (`4—6`), a note instead of a
    // figure in the last cell (`完成省下达任务`), a bound after a figure (`7左右`). None of them
    // makes its row a header: the figures around them stay cells of their rows.
    let text = "某县计划执行情况\n\n主要指标完成情况如下：\n\
                指标\t单位\t上年目标\t上年完成\t今年目标\n\
                规模以上工业增加值增长\t%\t8\t8.4\t7左右\n\
                社会消费品零售总额增长\t%\t6\t5.1\t4—6\n\
                单位生产总值能耗降低\t%\t3\t3.4\t完成省下达任务\n\
                粮食总产量\t万吨\t12\t12.6\t12.5\n";
    let t = &tables(text)[0];
    let c = cells(t);
    let v = |row: &str, col: &str| {
        c.iter()
            .find(|(r, k, ..)| r == row && k == col)
            .and_then(|x| x.2.clone())
    };
    assert_eq!(
        v("规模以上工业增加值增长", "今年目标").as_deref(),
        Some("7")
    );
    assert_eq!(
        v("社会消费品零售总额增长", "上年完成").as_deref(),
        Some("5.1")
    );
    assert_eq!(
        v("单位生产总值能耗降低", "上年完成").as_deref(),
        Some("3.4")
    );
    assert_eq!(v("粮食总产量", "今年目标").as_deref(), Some("12.5"));
    // The note is no value; the range is a cell of kind range holding its low end, and its
    // indicator has both ends; every row is a body row of one table.
    assert_eq!(v("单位生产总值能耗降低", "今年目标"), None);
    assert_eq!(
        v("社会消费品零售总额增长", "今年目标").as_deref(),
        Some("4")
    );
    let r = baogao::parse(text);
    let range = r
        .indicators
        .iter()
        .find(|i| i.text == "4—6")
        .expect("the range cell's indicator");
    assert_eq!(range.kind, baogao::IndicatorKind::Range);
    assert_eq!(range.label, "社会消费品零售总额增长 / 今年目标");
    assert_eq!(range.unit.as_deref(), Some("%"));
    let ends = (
        range.low.map(|d| d.to_f64()),
        range.high.map(|d| d.to_f64()),
    );
    assert_eq!(ends, (Some(4.0), Some(6.0)));
    // with a multiplier, the ends are normalized as the cell is
    let r = baogao::parse(
        "主要目标：\n指标\t单位\t目标\n新增就业\t万人\t3—5\n城镇新增就业\t万人\t2.1\n",
    );
    let range = r.indicators.iter().find(|i| i.text == "3—5").unwrap();
    let ends = (
        range.low.map(|d| d.to_f64()),
        range.high.map(|d| d.to_f64()),
    );
    assert_eq!(ends, (Some(30000.0), Some(50000.0)));
    assert_eq!(t.rows.len(), 4);
    check_spans(text, t);
}

#[test]
fn cumulative_and_bounded_cells_of_a_plan_table_are_cells_of_their_rows() {
    // A five-year plan's indicator table: a cumulative figure in 〔〕 (“〔 〕内为五年累计数”), a
    // target with a bound sign (`≥95`, `≤ 12`), a dash for a base year without a figure, and a
    // note column of 属性. None of them starts a header or folds its row into a label.
    let text = "某市规划纲要中期评估\n\n表2　主要指标\n\
                编号\t指标名称\t基期值\t规划目标\t实际完成\t类型\n\
                1\t自来水普及率（%）\t91.2\t≥95\t96.4\t约束性\n\
                2\t新增造林面积（万亩）\t—\t〔30〕\t〔17.5〕\t预期性\n\
                3\t工业用水重复利用率（%）\t80.1\t85\t83.6\t预期性\n\
                4\t万元产值水耗（立方米）\t14.6\t≤ 12\t12.9\t约束性\n\
                注：〔　〕内为五年累计数。\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1);
    let t = &ts[0];
    assert_eq!(column_labels(t), ["基期值", "规划目标", "实际完成"]);
    assert_eq!(t.rows.len(), 4);
    let c = cells(t);
    let find = |row: &str, col: &str| {
        c.iter()
            .find(|(r, k, ..)| r.contains(row) && k == col)
            .map(|x| (x.2.clone(), x.3.clone()))
    };
    let some = |v: &str, u: &str| Some((Some(v.to_string()), Some(u.to_string())));
    assert_eq!(find("新增造林面积", "规划目标"), some("30", "亩"));
    assert_eq!(find("新增造林面积", "实际完成"), some("17.5", "亩"));
    assert_eq!(find("新增造林面积", "基期值"), Some((None, None)));
    assert_eq!(find("自来水普及率", "规划目标"), some("95", "%"));
    assert_eq!(find("万元产值水耗", "规划目标"), some("12", "立方米"));
    // the rows after the bracketed one keep the columns' names
    assert_eq!(find("工业用水重复利用率", "实际完成"), some("83.6", "%"));
    check_spans(text, t);
    // The bound reads as prose reads 不低于95: the sign its word, the figure the lower end (or
    // the upper one for ≤); the cumulative figure is a plain value of the row's unit.
    let r = baogao::parse(text);
    let ind = |t: &str| r.indicators.iter().find(|i| i.text == t).unwrap();
    let floor = ind("≥95");
    assert_eq!(floor.label, "1 自来水普及率（%） / 规划目标");
    assert_eq!(floor.kind, IndicatorKind::Percent);
    assert_eq!(floor.approx.as_ref().map(|a| a.word.as_str()), Some("≥"));
    assert_eq!(
        (floor.low.map(|d| d.to_f64()), floor.high),
        (Some(95.0), None)
    );
    let ceiling = ind("≤ 12");
    assert_eq!(
        (ceiling.low, ceiling.high.map(|d| d.to_f64())),
        (None, Some(12.0))
    );
    let total = ind("〔30〕");
    assert_eq!(total.normalized.map(|d| d.to_f64()), Some(300000.0));
    assert_eq!((total.approx.as_ref(), total.low), (None, None));
}

#[test]
fn a_band_in_the_column_of_row_names_is_the_row_name() {
    // An age or size class in the first column (`65岁及以上`, `≥100亩`) names its row as
    // `15—64岁` does; the row's figures are its cells under the column names.
    let text = "表3　各年龄组就业人员\n\
                | 年龄组 | 人数（人） | 占比（%） |\n\
                | 合计 | 5,200 | 100.0 |\n\
                | 15—24岁 | 610 | 11.7 |\n\
                | 25—64岁 | 4,290 | 82.5 |\n\
                | 65岁及以上 | 300 | 5.8 |\n";
    let t = &tables(text)[0];
    assert_eq!(row_labels(t), ["合计", "15—24岁", "25—64岁", "65岁及以上"]);
    assert_eq!(column_labels(t), ["人数（人）", "占比（%）"]);
    assert_eq!(t.rows[3].cells.len(), 2);
    assert_eq!(
        t.rows[3].cells[0].value.map(|v| v.to_string()),
        Some("300".into())
    );
    check_spans(text, t);
    // A size class with a bound sign, in a tabbed table whose first column holds the names.
    let text =
        "规模分组\t户数\t面积（亩）\n小计\t86\t9,120\n50亩以下\t61\t1,480\n≥100亩\t9\t4,350\n";
    let t = &tables(text)[0];
    assert_eq!(row_labels(t), ["小计", "50亩以下", "≥100亩"]);
    assert_eq!(t.rows[2].cells.len(), 2);
    // A table without a column of names keeps its figures with their units as cells.
    let text = "| 投资额 | 项目数 |\n| 3.5万元 | 12 |\n| 8万元 | 7 |\n";
    let t = &tables(text)[0];
    assert_eq!(t.cells().filter(|c| c.value.is_some()).count(), 4);
}

#[test]
fn a_file_that_opens_with_a_tabbed_table_keeps_its_header() {
    // The first line of a file is where a title stands, but a line of cells split by tabs is a
    // table's header, never a title: taken for the title, the table lost its header, its rows
    // took their unit cells into their labels and 万人 figures lost their multiplier.
    let text = "项目\t单位\t计划\t完成\n新建学校\t所\t4\t5\n新增学位\t万个\t1.2\t1.35\n";
    let r = baogao::parse(text);
    assert!(r.title.is_none());
    let t = &r.tables[0];
    let c = cells(t);
    assert_eq!(c.len(), 4, "{c:#?}");
    assert_eq!((c[3].0.as_str(), c[3].1.as_str()), ("新增学位", "完成"));
    assert_eq!(
        t.rows[1].cells[1].normalized.map(|d| d.to_f64()),
        Some(13500.0)
    );
}

#[test]
fn a_unit_column_under_a_header_of_two_rows() {
    // `单位` in a header of two rows: written in both rows (a page's grid repeats a cell merged
    // down), or once in the first row before the groups. Either way its column gives each row's
    // unit and multiplier, as under a one-row header; before, the unit cell went into the row
    // label and 万吨 figures lost their multiplier.
    let grid = "表3　主要工业产品产量\n\
                | 产品 | 单位 | 全市 | 全市 |\n\
                | 产品 | 单位 | 产量 | 增长（%） |\n\
                | 水泥 | 万吨 | 12.4 | 3.1 |\n\
                | 发电量 | 亿千瓦时 | 8.6 | -1.2 |\n";
    let once = "表3　主要工业产品产量\n\
                | 产品 | 单位 | 全市 |\n\
                | 产量 | 增长（%） |\n\
                | 水泥 | 万吨 | 12.4 | 3.1 |\n\
                | 发电量 | 亿千瓦时 | 8.6 | -1.2 |\n";
    for text in [grid, once] {
        let t = &tables(text)[0];
        let c = cells(t);
        assert_eq!(c.len(), 4, "{c:#?}");
        assert_eq!((c[0].0.as_str(), c[0].1.as_str()), ("水泥", "全市 产量"));
        let cement = &t.rows[0].cells[0];
        assert_eq!(cement.multiplier.as_deref(), Some("万"));
        assert_eq!(cement.unit.as_deref(), Some("吨"));
        assert_eq!(cement.normalized.map(|d| d.to_f64()), Some(124000.0));
        assert_eq!(t.rows[1].cells[0].unit.as_deref(), Some("千瓦时"));
        check_spans(text, t);
    }
}

#[test]
fn units_of_headers_and_captions_and_ratio_cells() {
    // `（百分点）` is a unit of its own (no 百 of 分点: +1.6 had become 160); `（μg/m³）` is a
    // unit the lexicon knows; a name in brackets (`（净资产）`) is none; a caption's bracket
    // `（单位：亿元）` gives the table its unit; two units in a caption give none; a ratio cell
    // (`15.6:1`) is a cell of kind ratio; a file may open with its piped header.
    let t = &tables(
        "学校 | 达标率（%） | 同比变化（百分点） | 细颗粒物（μg/m³）\n\
                     一中 | 92.4 | +1.6 | 28\n\
                     二中 | 87.1 | -0.9 | 34\n",
    )[0];
    let row = &t.rows[0].cells;
    assert_eq!(row[1].unit.as_deref(), Some("个百分点"));
    assert_eq!(row[1].normalized.map(|d| d.to_f64()), Some(1.6));
    assert_eq!(row[2].unit.as_deref(), Some("μg/m³"));
    let t = &tables(
        "表2　全县国有资产情况（单位：亿元）\n\
                     项目 | 企业 | 合计\n\
                     资产总额 | 512.3641 | 598.5871\n\
                     所有者权益（净资产） | 201.4412 | 281.5514\n",
    )[0];
    let equity = &t.rows[1].cells[0];
    assert_eq!(equity.multiplier.as_deref(), Some("亿"));
    assert_eq!(equity.unit.as_deref(), Some("元"));
    let t = &tables(
        "表1　主要农产品产量（单位：万吨、%）\n\
                     | 产品 | 产量 | 比上年增长 |\n\
                     | 粮食 | 102.5 | 2.1 |\n\
                     | 油料 | 9.8 | -0.6 |\n",
    )[0];
    assert!(t.rows[0]
        .cells
        .iter()
        .all(|c| c.unit.is_none() && c.multiplier.is_none()));
    let r = baogao::parse(
        "学段 | 在校生（人） | 生师比\n小学 | 24600 | 15.6:1\n初中 | 11200 | 10.9∶1\n",
    );
    let ratio = r.indicators.iter().find(|i| i.text == "15.6:1").unwrap();
    assert_eq!(ratio.kind, IndicatorKind::Ratio);
    assert_eq!(ratio.label, "小学 / 生师比");
    let parts = (
        ratio.low.map(|d| d.to_f64()),
        ratio.high.map(|d| d.to_f64()),
    );
    assert_eq!(parts, (Some(15.6), Some(1.0)));
}

#[test]
fn cells_of_a_table_laid_out_one_cell_per_line_say_their_own_lines() {
    // 表四 as a page's table saved one cell per line: the fifteen figures each on a line of its
    // own; each cell (and its indicator) says the line its figure stands on, not its row's first.
    let words = "结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n";
    let figures: String = (0..15).map(|k| format!("{}\n", k % 4)).collect();
    let text = format!(
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n{words}未经复议直接起诉\n复议后起诉\n{words}{words}{figures}"
    );
    let r = baogao::parse(&text);
    let t = &r.tables[0];
    let lines: Vec<usize> = t.rows[0].cells.iter().map(|c| c.line).collect();
    let first = 1 + text.lines().position(|l| l == "0").unwrap();
    assert_eq!(lines, (first..first + 15).collect::<Vec<_>>());
    for c in &t.rows[0].cells {
        assert_eq!(text.lines().nth(c.line - 1), Some(c.text.as_str()));
    }
    assert!(r.indicators.iter().all(|i| text
        .lines()
        .nth(i.line - 1)
        .is_some_and(|l| l.contains(i.text.as_str()))));
}

/// A pipe table with a two-row header whose group row leaves the cells its groups span empty
/// (`| 地区 | 企业数 |  | 从业人员 |  |`), with the corner merged down left empty in the row
/// below: each column takes its group, as the same table with tabs does. Also a header of years
/// as groups, and such a table set right after another with no caption between.
#[test]
#[cfg(feature = "fine-labels")]
fn a_pipe_header_of_groups_with_blank_spans_gives_each_column_its_group() {
    let text = "一、概况\n表5　分地区企业情况\n\
| 地区 | 企业数 |  | 从业人员 |  |\n\
|  | 期末（家） | 增速（%） | 期末（人） | 增速（%） |\n\
| 东城 | 120 | 5.2 | 3400 | -1.5 |\n\
| 西城 | 95 | 3.1 | 2700 | 2.0 |\n";
    let ts = tables(text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    check_spans(text, &ts[0]);
    assert_eq!(
        column_labels(&ts[0]),
        [
            "企业数 期末（家）",
            "企业数 增速（%）",
            "从业人员 期末（人）",
            "从业人员 增速（%）"
        ]
    );
    let c = cells(&ts[0]);
    assert_eq!(
        (c[3].0.as_str(), c[3].1.as_str(), c[3].3.as_deref()),
        ("东城", "从业人员 增速（%）", Some("%"))
    );
    // Years as the groups; then the same header right under another table's last row.
    let years = "| 品种 | 2025年 |  | 2024年 |  |\n\
|  | 面积（亩） | 产量（吨） | 面积（亩） | 产量（吨） |\n\
| 水稻 | 3200 | 1850 | 3050 | 1790 |\n";
    for text in [
        format!("二、种植\n表6　主要品种\n{years}"),
        format!("二、种植\n表6　主要品种\n| 乡镇 | 面积（亩） |\n| 石桥镇 | 860 |\n{years}"),
    ] {
        let ts = tables(&text);
        let t = ts.last().unwrap();
        check_spans(&text, t);
        assert_eq!(
            column_labels(t),
            [
                "2025年 面积（亩）",
                "2025年 产量（吨）",
                "2024年 面积（亩）",
                "2024年 产量（吨）"
            ],
            "{text}"
        );
        assert_eq!(row_labels(t), ["水稻"], "{text}");
        assert_eq!(
            row_labels(&ts[0])[0],
            if ts.len() == 2 { "石桥镇" } else { "水稻" }
        );
    }
}

/// A column headed `同比（%）` or `环比（%）` holds changes against the same period or the one
/// before, and `与常年比较（%）` with the normal year: its cells are changes, their direction from
/// the sign, like `同比增减（%）`'s. A share column (`占比（%）`) and a degree (`比较满意（%）`)
/// stay percents, and a caption that mentions 同比 makes no column a change.
#[test]
#[cfg(feature = "fine-labels")]
fn a_column_headed_tongbi_holds_changes() {
    let text = "一、销售\n表2　主要商品销售及同比情况\n\
| 商品 | 本月（万元） | 同比（%） | 环比（%） | 占比（%） |\n\
| 家电 | 460 | -3.5 | 1.2 | 28.4 |\n\
| 服装 | 310 | 6.8 | -0.4 | 19.1 |\n";
    let r = baogao::parse(text);
    let kind = |label: &str| {
        let i = r
            .indicators
            .iter()
            .find(|i| i.label == label)
            .unwrap_or_else(|| panic!("{label}: {:#?}", r.indicators));
        (i.kind, i.direction)
    };
    use baogao::Direction;
    assert_eq!(
        kind("家电 / 同比（%）"),
        (IndicatorKind::Change, Some(Direction::Down))
    );
    assert_eq!(
        kind("服装 / 同比（%）"),
        (IndicatorKind::Change, Some(Direction::Up))
    );
    assert_eq!(
        kind("服装 / 环比（%）"),
        (IndicatorKind::Change, Some(Direction::Down))
    );
    assert_eq!(kind("家电 / 占比（%）"), (IndicatorKind::Percent, None));
    assert_eq!(kind("家电 / 本月（万元）"), (IndicatorKind::Money, None));
    let r = baogao::parse(
        "二、水资源\n| 分区 | 降水量（毫米） | 与常年比较（%） |\n| 北片 | 1210.5 | -6.3 |\n\
         三、评议\n| 对象 | 满意（%） | 比较满意（%） |\n| 窗口服务 | 81.2 | 15.5 |\n",
    );
    let find = |label: &str| {
        let i = r.indicators.iter().find(|i| i.label == label).unwrap();
        (i.kind, i.direction)
    };
    assert_eq!(
        find("北片 / 与常年比较（%）"),
        (IndicatorKind::Change, Some(Direction::Down))
    );
    assert_eq!(
        find("窗口服务 / 比较满意（%）"),
        (IndicatorKind::Percent, None)
    );
}

/// A first column headed `序号` numbers the rows: its numbers are no part of the row labels,
/// digits or ordinals alike, and a 合计 row written in that column keeps its name.
#[test]
#[cfg(feature = "fine-labels")]
fn the_numbers_under_xuhao_are_no_part_of_the_row_labels() {
    let text = "三、项目\n表4　重点工程进度\n\
| 序号 | 工程名称 | 计划投资（万元） | 完成率（%） |\n\
| 1 | 河道清淤 | 650 | 92.0 |\n\
| 2 | 乡村道路硬化 | 1280 | 87.5 |\n\
| 合计 |  | 1930 | 89.1 |\n";
    let ts = tables(text);
    check_spans(text, &ts[0]);
    assert_eq!(row_labels(&ts[0]), ["河道清淤", "乡村道路硬化", "合计"]);
    let t = &tables(
        "| 序号 | 学校 | 人数 |\n| （一） | 城关中学 | 86 |\n| （二） | 实验小学 | 120 |\n",
    )[0];
    assert_eq!(row_labels(t), ["城关中学", "实验小学"]);
    // Without the 序号 header the first cell stays part of the label.
    let t = &tables("| 批次 | 地块 | 面积（亩） |\n| 3 | 东坡 | 45 |\n| 4 | 西岭 | 60 |\n")[0];
    assert_eq!(row_labels(t), ["3 / 东坡", "4 / 西岭"]);
}
