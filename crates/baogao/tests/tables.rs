//! Tables as data: one test per table shape, on tables written for these tests, and a property
//! test that every cell span slices the input to the cell's text.

use baogao::table::Table;
use baogao::IndicatorKind;
use proptest::prelude::*;

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
    let labels: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["全省", "城镇", "乡村"]);
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
    let labels: Vec<&str> = t.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
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
    let labels: Vec<String> = t.rows.iter().map(|r| r.label.join(" / ")).collect();
    assert_eq!(
        labels,
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
    let labels: Vec<String> = t.rows.iter().map(|r| r.label.join(" / ")).collect();
    assert_eq!(
        labels,
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
    assert_eq!(t.rows[0].cells[3].line, 2);
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
        let report = baogao::parse(&text);
        for t in &report.tables {
            for c in t.cells() {
                prop_assert_eq!(c.span.slice(&text), c.text.as_str());
            }
        }
        for i in &report.indicators {
            prop_assert_eq!(i.span.slice(&text), i.text.as_str());
        }
        let rebuilt: String = report.leaves().iter().map(|(_, s)| s.slice(&text)).collect();
        prop_assert_eq!(rebuilt, text);
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
