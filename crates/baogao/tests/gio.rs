//! The 政府信息公开 template record on two real reports (tests/devset/texts, plain copies of
//! ../shared/devset/texts): every check holds, the edition is recognised, and a copy with one
//! 表三 cell changed fails a check that names the cell.

use baogao::gio::{read, GioRecord};

#[path = "fixtures/copies.rs"]
mod copies;
use copies::{devset as text, diagnostics_of, tabbed, GIO_REPORTS};

fn record(text: &str) -> GioRecord {
    read(&baogao::parse(text)).expect("a template record")
}

fn cell_count(r: &GioRecord) -> usize {
    r.tables
        .values()
        .flat_map(|t| t.values())
        .map(|row| row.len())
        .sum()
}

/// Every cell as (table, row, column, value, raw), and every check with its operands and cells.
#[allow(clippy::type_complexity)]
fn contents(
    r: &GioRecord,
) -> (
    Vec<(String, String, String, Option<String>, String)>,
    Vec<String>,
) {
    let mut cells = Vec::new();
    for (tk, table) in &r.tables {
        for (rk, row) in table {
            for (ck, c) in row {
                let v = c.value.map(|v| v.to_string());
                cells.push((tk.clone(), rk.clone(), ck.clone(), v, c.raw.clone()));
            }
        }
    }
    let checks = r
        .checks
        .iter()
        .map(|c| format!("{} {} {:?} {:?} {:?}", c.rule, c.ok, c.lhs, c.rhs, c.cells))
        .collect();
    (cells, checks)
}

/// The record of `copy` (a copy of a piped report whose record is `piped`) equals the piped
/// one: the edition, the layout, the number of cells, every key with its value and raw text
/// (its span slicing the copy to it), every check with its operands and cells, all holding.
fn assert_same_record(piped: &GioRecord, copy: &str, what: &str) {
    let t = record(copy);
    assert_eq!(
        (t.edition.as_str(), t.layout.as_str()),
        (piped.edition.as_str(), piped.layout.as_str()),
        "{what}"
    );
    assert_eq!(cell_count(&t), cell_count(piped), "{what}");
    assert_eq!(contents(&t), contents(piped), "{what}");
    for table in t.tables.values() {
        for c in table.values().flat_map(|row| row.values()) {
            assert_eq!(c.span.slice(copy), c.raw, "{what}");
        }
    }
    assert!(t.checks.iter().all(|c| c.ok), "{what}");
}

#[test]
fn pingtan_2023_is_the_2021_format_and_every_check_holds() {
    let t = text("01_pingtan-zone-2023.txt");
    let r = record(&t);
    assert_eq!(r.edition, "2021");
    assert_eq!(r.layout, "standard");
    let failed: Vec<_> = r.checks.iter().filter(|c| !c.ok).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    // 7 columns each: balance, results total, and one row check per row (25 rows)
    assert!(r.checks.len() >= 7 + 7 + 25 + 3, "{}", r.checks.len());
    // every template cell: 表二 10, 表三 25 × 7, 表四 15
    assert_eq!(cell_count(&r), 10 + 25 * 7 + 15);
    let req = &r.tables["requests"];
    assert_eq!(req["received"]["total"].raw, "81");
    assert_eq!(
        req["withheld.third_party_rights"]["natural_person"].raw,
        "1"
    );
    assert_eq!(req["other.no_correction"]["total"].raw, "1");
    let fee = &r.tables["active"]["fees"]["fee_amount"];
    assert_eq!(fee.value.unwrap().to_string(), "5949.088667");
    assert_eq!(fee.span.slice(&t), "5949.088667");
    let rl = &r.tables["review_litigation"];
    assert_eq!(rl["litigation_direct"]["total"].raw, "5");
    // the text states 81 requests, 2 复议 and 7 诉讼 cases: checked against the tables
    let text_checks: Vec<_> = r
        .checks
        .iter()
        .filter(|c| c.rule.starts_with("text:"))
        .collect();
    assert_eq!(text_checks.len(), 3, "{text_checks:#?}");
    let report = baogao::parse(&t);
    assert!(diagnostics_of(&report, baogao::DiagnosticKind::GioCheckFailed).is_empty());
}

#[test]
fn pingtan_2019_is_the_2019_format_and_every_check_holds() {
    let t = text("02_pingtan-zone-2019.txt");
    let r = record(&t);
    assert_eq!(r.edition, "2019");
    let failed: Vec<_> = r.checks.iter().filter(|c| !c.ok).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    // 表二 22 (with 政府集中采购), 表三 23 rows × 7 (（六） has no items), 表四 15
    assert_eq!(cell_count(&r), 22 + 23 * 7 + 15);
    let active = &r.tables["active"];
    assert_eq!(
        active["procurement"]["procurement_amount"].raw,
        "75394432.52元"
    );
    assert_eq!(active["penalty"]["items_previous_year"].raw, "2648");
    // the repeated group cell of a page break (三、本年度办理结果 | （四）无法提供 | 1.…)
    assert_eq!(
        r.tables["requests"]["unavailable.not_held"]["total"].raw,
        "7"
    );
    assert!(r.tables["requests"].contains_key("other"));
}

/// A changed 表三 cell (row 4.保护第三方合法权益, natural person 1 -> 3) fails a check that names
/// it and points at it, and the report carries the failed checks as diagnostics: in the piped
/// report, its tab-separated copy and its one-cell-per-line copy.
#[test]
fn a_changed_request_cell_fails_a_check_that_names_it() {
    let piped = text("01_pingtan-zone-2023.txt");
    let key = "requests/withheld.third_party_rights/natural_person";
    // each copy, with what it writes before and after the cell
    for (shape, copy, before, after) in [
        ("piped", piped.clone(), "| 4.保护第三方合法权益 | ", " |"),
        ("tabs", tabbed(&piped), "\n4.保护第三方合法权益\t", "\t"),
        (
            "one cell per line",
            copies::one_cell_per_line(&piped),
            "\n4.保护第三方合法权益\n",
            "\n",
        ),
    ] {
        let from = format!("{before}1{after}");
        assert!(copy.contains(&from), "{shape}");
        let to = format!("{before}3{after}");
        let changed = copy.replacen(&from, &to, 1);
        let at = changed.find(&to).unwrap() + before.len();
        let r = record(&changed);
        let failed: Vec<_> = r.checks.iter().filter(|c| !c.ok).collect();
        assert!(!failed.is_empty(), "{shape}");
        // figures on both sides: failures, not checks left blank
        assert!(failed.iter().all(|c| !c.blank), "{shape}: {failed:#?}");
        assert!(
            failed.iter().any(|c| c.cells.iter().any(|k| k == key)),
            "{shape}: {failed:#?}"
        );
        // the failed check spans point at the changed cell: the check that names it
        assert!(
            failed.iter().any(|c| c.cells.iter().any(|k| k == key)
                && c.spans
                    .iter()
                    .any(|s| s.start == at && s.slice(&changed) == "3")),
            "{shape}: {failed:#?}"
        );
        // and the report carries them as diagnostics
        let report = baogao::parse(&changed);
        let diags = diagnostics_of(&report, baogao::DiagnosticKind::GioCheckFailed);
        assert_eq!(diags.len(), failed.len(), "{shape}");
        assert!(diags.iter().any(|d| d.message.contains(key)), "{shape}");
    }
}

/// A report that leaves a total cell blank while its row holds figures: the check of that row
/// could not be made (`blank`, a `gio_check_blank` diagnostic), which is not a failure; a
/// placeholder written there reads the same. The checks of the other rows still hold.
#[test]
fn a_total_left_blank_is_a_blank_check_not_a_failure() {
    let piped = text("01_pingtan-zone-2023.txt");
    let row = "| 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |";
    assert!(piped.contains(row));
    for total in ["  ", " / ", " - "] {
        let blanked = piped.replacen(
            row,
            &format!("| 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 |{total}|"),
            1,
        );
        let r = record(&blanked);
        let rule = "requests: natural_person + organisations = total [withheld.third_party_rights]";
        let c = r.checks.iter().find(|c| c.rule == rule).expect(rule);
        assert!(!c.ok && c.blank, "{total:?}: {c:#?}");
        assert_eq!(c.lhs, baogao::Decimal::from(1), "{total:?}");
        // every other check of that table's rows holds
        assert!(
            r.checks
                .iter()
                .filter(|c| c
                    .rule
                    .starts_with("requests: natural_person + organisations"))
                .all(|c| c.ok || c.rule == rule),
            "{total:?}"
        );
        let report = baogao::parse(&blanked);
        let blank = diagnostics_of(&report, baogao::DiagnosticKind::GioCheckBlank);
        assert_eq!(blank.len(), 1, "{total:?}: {blank:#?}");
        assert!(blank[0]
            .message
            .contains("withheld.third_party_rights/total"));
        assert!(
            !diagnostics_of(&report, baogao::DiagnosticKind::GioCheckFailed)
                .iter()
                .any(|d| d.message.starts_with(rule))
        );
    }
}

#[test]
fn the_variant_layout_is_read_from_its_subtotal_column() {
    let t = "三、申请情况\n| 说明 | 申请人情况 |\n| 自然人 | 法人或其他组织 | 总计 |\n| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 |\n| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 1 | 0 | 2 | 5 |\n| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 三、本年度办理结果 | （一）予以公开 | 3 | 1 | 0 | 0 | 1 | 0 | 2 | 5 |\n| （七）总计 | 3 | 1 | 0 | 0 | 1 | 0 | 2 | 5 |\n| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
    let r = record(t);
    assert_eq!(r.layout, "subtotal");
    assert_eq!(r.tables["requests"]["received"]["org_subtotal"].raw, "2");
    assert_eq!(r.tables["requests"]["received"]["other_org"].raw, "0");
    assert!(r.checks.iter().any(|c| c.rule.contains("org_subtotal")));
    assert!(r.checks.iter().all(|c| c.ok), "{:#?}", r.checks);
}

#[test]
fn the_older_statistics_table_is_legacy() {
    let t = "五、统计\n| 指标名称 | 计量单位 | 2012年度 | 历年累计 |\n| 主动公开文件数 | 条 | 120 | 900 |\n| 其中：1、网站公开数 | 条 | 100 | 800 |\n| 受理依申请公开信息总数 | 条 | 2 | 9 |\n";
    let r = record(t);
    assert_eq!(r.edition, "legacy");
    let s = &r.tables["statistics"];
    assert_eq!(s["网站公开数"]["year"].raw, "100");
    assert_eq!(s["受理依申请公开信息总数"]["cumulative"].raw, "9");
}

/// The older statistics table with its `计量单位` header wrapped (`计量 单位`) is still the legacy
/// record, its rows keyed by their labels (no unit word in them).
#[test]
fn the_older_statistics_table_with_a_wrapped_unit_header_is_legacy() {
    let t = "四、统计表\n| 指标名称 | 计量 单位 | 2013 年度 | 历年累计 |\n| 主动公开信息数 | 条 | 64 | 310 |\n| 其中：1.网站公开 | 条 | 60 | 300 |\n| 受理依申请公开信息总数 | 条 | 3 | 7 |\n";
    let r = record(t);
    assert_eq!(r.edition, "legacy");
    let s = &r.tables["statistics"];
    assert_eq!(s["网站公开"]["year"].raw, "60");
    assert_eq!(s["受理依申请公开信息总数"]["cumulative"].raw, "7");
}

/// The record of the tab-separated copy of each devset report equals the piped one's: the
/// edition, the layout, every cell's value and raw text (its span slicing the copy to it), and
/// every check with its operands and cells.
#[test]
fn the_tab_separated_copies_give_the_same_record() {
    for name in GIO_REPORTS {
        let piped = text(name);
        let tabs = tabbed(&piped);
        assert!(tabs.contains("\n第二十条第（一）项\n"), "{name}");
        assert_same_record(&record(&piped), &tabs, name);
    }
}

/// The tab-separated copy whose 表三 corner cell was empty (its first header line `\t申请人情况`)
/// still gives every cell under its column and every check holding.
#[test]
fn a_tab_separated_copy_without_the_corner_cell_gives_the_same_record() {
    let piped = text("01_pingtan-zone-2023.txt");
    let tabs = tabbed(&piped);
    let corner = tabs
        .lines()
        .find(|l| l.ends_with("\t申请人情况"))
        .expect("the first header line of 表三");
    let lost = tabs.replacen(corner, "\t申请人情况", 1);
    let (p, t) = (record(&piped), record(&lost));
    assert_eq!(cell_count(&t), cell_count(&p));
    assert_eq!(t.tables["requests"]["received"]["natural_person"].raw, "80");
    assert_eq!(t.tables["requests"]["received"]["commercial"].raw, "1");
    assert_eq!(t.checks.len(), p.checks.len());
    assert!(t.checks.iter().all(|c| c.ok), "{:#?}", t.checks);
}

/// The record of each devset report written as PDF text gives it (cells split by spaces, or
/// one cell per line; each also with a wrapped 表三 label and a page marker inside 表三) equals
/// the piped one's: edition, layout, every key with its value and raw text (its span slicing
/// the copy to it), every check with its operands and cells, all holding.
#[test]
fn the_pdf_text_copies_give_the_same_record() {
    for name in GIO_REPORTS {
        let piped = text(name);
        let p = record(&piped);
        for (shape, copy) in copies::pdf_text_paged(&piped) {
            assert_same_record(&p, &copy, &format!("{name} {shape}"));
        }
    }
}

/// A copy whose 表四 row lost a number gives no review_litigation table (rather than cells
/// under the wrong columns), a diagnostic, and the rest of the record with its checks holding.
#[test]
fn a_pdf_text_copy_with_a_missing_review_cell_keeps_the_rest() {
    let spaced = copies::spaced(&text("01_pingtan-zone-2023.txt"));
    let row = "\n1 1 0 0 2 4 0 0 1 5 1 0 1 0 2\n";
    assert!(spaced.contains(row));
    let missing = spaced.replacen(row, "\n1 1 0 0 2 4 0 0 1 5 1 0 1 0\n", 1);
    let report = baogao::parse(&missing);
    assert!(
        diagnostics_of(&report, baogao::DiagnosticKind::TemplateTableMismatch)
            .iter()
            .any(|d| d.message.contains("14 numbers for 15 columns"))
    );
    let r = read(&report).expect("a record");
    assert!(!r.tables.contains_key("review_litigation"));
    assert_eq!(r.tables["requests"].len(), 25);
    assert!(r.checks.iter().all(|c| c.ok), "{:#?}", r.checks);
}

/// The template's row labels in PDF text (`一、本年新收…申请数量 80 1 0 …`, or the label on its
/// line with the numbers one per line below, or each cell a paragraph as a web page saved as text
/// gives it) are table rows, not headings: the copies have the piped report's headings and no
/// outline diagnostics it does not have.
#[test]
fn the_pdf_text_copies_have_the_piped_outline() {
    let headings = |t: &str| -> Vec<(String, String)> {
        let r = baogao::parse(t);
        let mut out = Vec::new();
        let mut stack: Vec<&baogao::Section> = r.sections.iter().rev().collect();
        while let Some(s) = stack.pop() {
            out.push((s.heading.marker.raw.to_string(), s.heading.title.clone()));
            stack.extend(s.children.iter().rev());
        }
        out
    };
    let notes = |t: &str| -> Vec<String> {
        baogao::parse(t)
            .diagnostics
            .iter()
            .filter(|d| !matches!(d.kind, baogao::DiagnosticKind::TemplateTableMismatch))
            .map(|d| format!("{:?}", d.kind))
            .collect()
    };
    for name in GIO_REPORTS {
        let piped = text(name);
        let paragraphs = (
            "one cell per paragraph",
            copies::one_cell_per_paragraph(&piped),
        );
        for (shape, copy) in copies::pdf_text(&piped).into_iter().chain([paragraphs]) {
            assert_eq!(headings(&copy), headings(&piped), "{name} {shape}");
            assert_eq!(notes(&copy), notes(&piped), "{name} {shape}");
        }
    }
    // A row of my own, and a heading that ends with one number, which stays a heading.
    let r = baogao::parse(
        "报告\n\n一、办理情况\n（一）予以公开 12 0 3 15\n（二）2025年工作计划\n正文。\n",
    );
    let titles: Vec<_> = r.sections[0]
        .children
        .iter()
        .map(|s| s.heading.title.as_str())
        .collect();
    assert_eq!(titles, ["2025年工作计划"]);
}

#[test]
fn a_web_page_copy_with_rows_padded_by_empty_cells_gives_the_same_record() {
    for name in GIO_REPORTS {
        let piped = text(name);
        let r = record(&piped);
        for (shape, copy) in copies::padded(&piped) {
            assert_ne!(copy, piped, "{name} {shape}");
            assert_same_record(&r, &copy, &format!("{name} {shape}"));
        }
    }
}

/// A page that wraps a narrow header cell prints it with a space inside (`商业 企业`, READING4
/// #7); the copies of both reports with every applicant header cell and the 表四 outcome cells
/// spaced so (an ASCII space, a full-width one) give the same record, every check holding.
#[test]
fn header_cells_with_a_space_inside_give_the_same_record() {
    let spaced = [
        ("商业企业", "商业 企业"),
        ("科研机构", "科研 机构"),
        ("社会公益组织", "社会公益 组织"),
        ("法律服务机构", "法律服务\u{3000}机构"),
        ("| 法人或其他组织 |", "| 法人或其他 组织 |"),
        ("结果维持", "结果 维持"),
        ("尚未审结", "尚未\u{3000}审结"),
        ("未经复议直接起诉", "未经复议 直接起诉"),
    ];
    for name in GIO_REPORTS {
        let piped = text(name);
        let mut copy = piped.clone();
        for (from, to) in spaced {
            copy = copy.replace(from, to);
        }
        assert!(copy.contains("| 商业 企业 | 科研 机构 |"), "{name}");
        assert_same_record(&record(&piped), &copy, name);
    }
}

/// 表四 as PDF text gives it under the 2019 format's heading (`…被申请行政复议提起行政诉讼情况`):
/// the cells split by spaces and each outcome word split over two lines in its narrow column
/// (`结果 结果 其他 尚未 总` then `维持 纠正 结果 审结 计`, READING4 #3), the 15 figures on one
/// line, gives the record of the piped table, every check holding.
#[test]
fn a_review_table_flattened_with_outcome_words_split_over_two_lines() {
    let flat = "四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n\
        行政复议 行政诉讼\n\
        未经复议直接起诉 复议后起诉\n\
        结果 结果 其他 尚未 总\n\
        维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总\n\
        维持 纠正 结果 审结 计 维持 纠正 结果 审结 计\n\
        1 0 0 0 1 2 0 1 0 3 0 0 0 1 1\n\
        五、存在的主要问题及改进情况\n";
    let piped = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n\
        | 行政复议 | 行政诉讼 |\n\
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n\
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n\
        | 1 | 0 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 3 | 0 | 0 | 0 | 1 | 1 |\n";
    let p = record(piped);
    assert_eq!(p.tables["review_litigation"].len(), 3);
    assert_same_record(&p, flat, "flattened 表四");
}

/// 表四 copied from a page whose grid writes the merged 复议 outcome cells in both header rows
/// they cover, so that the third header row holds fifteen words (the 复议 outcomes again, then
/// the two ways' outcomes): with tabs, with runs of spaces under centred group cells, and with
/// single spaces, the record of the piped table (whose third row holds ten words), every check
/// holding; before, the tab copy shifted the review figures by five columns and the two others
/// read no table.
#[test]
fn a_review_table_whose_merged_outcome_cells_are_written_in_both_rows() {
    let piped = "四、政府信息公开行政复议、行政诉讼情况\n\
        | 行政复议 | 行政诉讼 |\n\
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n\
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n\
        | 3 | 1 | 0 | 0 | 4 | 2 | 0 | 0 | 1 | 3 | 1 | 0 | 0 | 0 | 1 |\n\
        五、存在的主要问题及改进情况\n";
    let outcomes = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计";
    let tabs = format!(
        "四、政府信息公开行政复议、行政诉讼情况\n\
         行政复议\t行政诉讼\n\
         {outcomes}\t未经复议直接起诉\t复议后起诉\n\
         {outcomes}\t{outcomes}\t{outcomes}\n\
         3\t1\t0\t0\t4\t2\t0\t0\t1\t3\t1\t0\t0\t0\t1\n\
         五、存在的主要问题及改进情况\n"
    );
    let cell = |w: &str| format!("{w}{}", " ".repeat(10 - 2 * w.chars().count()));
    let words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    let row: String = words.iter().map(|w| cell(w)).collect();
    let figures: String = [3, 1, 0, 0, 4, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1]
        .iter()
        .map(|n| format!("{n:<10}"))
        .collect();
    let spaces = format!(
        "四、政府信息公开行政复议、行政诉讼情况\n\
         行政复议{}行政诉讼\n\
         {row}未经复议直接起诉{}复议后起诉\n\
         {row}{row}{row}\n\
         {}\n\
         五、存在的主要问题及改进情况\n",
        " ".repeat(42),
        " ".repeat(26),
        figures.trim_end()
    );
    let single = spaces
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    let p = record(piped);
    assert!(p.checks.len() >= 3);
    for (copy, name) in [
        (&tabs, "tabs"),
        (&spaces, "spaces"),
        (&single, "single spaces"),
    ] {
        assert_same_record(&p, copy, name);
    }
}

/// 表四 as PDF text gives it when each narrow outcome column prints its word upright, one
/// character a line (the three blocks side by side, `总计` split into `总` and `计` over two of
/// the lines), after a sentence of running text under the heading (READING4 #3): the record of
/// the piped table, every check holding; a header missing one character reads no table.
#[test]
fn a_review_table_whose_outcome_words_stand_one_character_a_line() {
    let upright = "四、政府信息公开行政复议、行政诉讼情况\n\
        本年度本机关收到行政复议申请2件，被提起行政诉讼1件，详见下表。\n\
        行政复议 行政诉讼\n\
        未经复议直接起诉 复议后起诉\n\
        结 结 其 尚 结 结 其 尚 结 结 其 尚\n\
        果 果 他 未 总 果 果 他 未 总 果 果 他 未 总\n\
        维 纠 结 审 计 维 纠 结 审 计 维 纠 结 审 计\n\
        持 正 果 结 持 正 果 结 持 正 果 结\n\
        1 0 1 0 2 1 0 0 0 1 0 0 0 0 0\n\
        五、存在的主要问题及改进情况\n";
    let piped = "四、政府信息公开行政复议、行政诉讼情况\n\
        本年度本机关收到行政复议申请2件，被提起行政诉讼1件，详见下表。\n\
        | 行政复议 | 行政诉讼 |\n\
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n\
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n\
        | 1 | 0 | 1 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n";
    let p = record(piped);
    assert!(p.checks.len() >= 3);
    assert_same_record(&p, upright, "表四 one character a line");
    // one character short of the fifteen words: no table, no record
    let short = upright.replacen("持 正 果 结\n", "持 正 果\n", 1);
    assert!(baogao::parse(&short).tables.is_empty());
    assert!(read(&baogao::parse(&short)).is_none());
}

/// 表三 flattened by PDF text under a sentence of running text, its header words split by
/// spaces, each row's label on a line and its seven figures on the line under it: the record
/// of the piped table, every check holding (READING4 #3).
#[test]
fn a_request_table_flattened_under_a_sentence_of_running_text() {
    let flat = "三、收到和处理政府信息公开申请情况\n\
        本年度共收到政府信息公开申请3件，均已按期答复，具体情况如下：\n\
        申请人情况\n\
        自然人 法人或其他组织 总计\n\
        商业企业 科研机构 社会公益组织 法律服务机构 其他\n\
        一、本年新收政府信息公开申请数量\n\
        2 1 0 0 0 0 3\n\
        二、上年结转政府信息公开申请数量\n\
        0 0 0 0 0 0 0\n\
        三、本年度办理结果\n\
        （一）予以公开\n\
        2 1 0 0 0 0 3\n\
        （七）总计\n\
        2 1 0 0 0 0 3\n\
        四、结转下年度继续办理\n\
        0 0 0 0 0 0 0\n\
        四、政府信息公开行政复议、行政诉讼情况\n";
    let piped = "三、收到和处理政府信息公开申请情况\n\
        本年度共收到政府信息公开申请3件，均已按期答复，具体情况如下：\n\
        | 申请人情况 |\n\
        | 自然人 | 法人或其他组织 | 总计 |\n\
        | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n\
        | 一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n\
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\
        | 三、本年度办理结果 | （一）予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n\
        | （七）总计 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n\
        | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
    let p = record(piped);
    assert_eq!(p.tables["requests"].len(), 5);
    assert!(!p.checks.is_empty());
    assert_same_record(&p, flat, "表三 under a sentence");
}

/// 表二 of the 2019 format with one cell per line between blank lines, as a web page's table
/// saved as text gives it, two narrow header cells split over a blank line (`本年新` then
/// `公开数量`, `对外公开` then `总数量`, READING4 #2): the record of the piped table.
#[test]
fn an_active_table_one_cell_a_line_with_header_cells_split_over_a_blank_line() {
    let cells = [
        "第二十条第（一）项",
        "信息内容",
        "本年新制作数量",
        "本年新",
        "公开数量",
        "对外公开",
        "总数量",
        "规章",
        "1",
        "1",
        "6",
        "规范性文件",
        "4",
        "3",
        "27",
    ];
    let split = format!(
        "二、主动公开政府信息情况\n\n{}\n\n三、收到和处理政府信息公开申请情况\n",
        cells.join("\n\n")
    );
    let piped = "二、主动公开政府信息情况\n\
        | 第二十条第（一）项 |\n\
        | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n\
        | 规章 | 1 | 1 | 6 |\n\
        | 规范性文件 | 4 | 3 | 27 |\n";
    let p = record(piped);
    assert_eq!(p.edition, "2019");
    assert_eq!(
        p.tables["active"]["normative_documents"]["published_total"].raw,
        "27"
    );
    assert_same_record(&p, &split, "表二 split over blank lines");
}

/// 表三 flattened by PDF text with its narrow column names wrapped over two lines, the first
/// parts on one line and the second parts under them (`商业 科研 社会公益 法律服务 其他` then
/// `企业 机构 组织 机构`, `法人或其他` then `组织`, READING4 #3): the record of the piped table;
/// a first part that nothing completes leaves the table unread.
#[test]
fn a_request_table_flattened_with_column_names_wrapped_over_two_lines() {
    let flat = "三、收到和处理政府信息公开申请情况\n\
        申请人情况\n\
        自然人 法人或其他 总计\n\
        组织\n\
        商业 科研 社会公益 法律服务 其他\n\
        企业 机构 组织 机构\n\
        一、本年新收政府信息公开申请数量 4 0 1 0 2 0 7\n\
        二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n\
        三、本年度办理结果\n\
        （一）予以公开 3 0 1 0 1 0 5\n\
        （二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1\n\
        （七）总计 4 0 1 0 1 0 6\n\
        四、结转下年度继续办理 1 0 0 0 1 0 2\n\
        四、政府信息公开行政复议、行政诉讼情况\n";
    let piped = "三、收到和处理政府信息公开申请情况\n\
        | 申请人情况 |\n\
        | 自然人 | 法人或其他组织 | 总计 |\n\
        | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n\
        | 一、本年新收政府信息公开申请数量 | 4 | 0 | 1 | 0 | 2 | 0 | 7 |\n\
        | 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\
        | 三、本年度办理结果 | （一）予以公开 | 3 | 0 | 1 | 0 | 1 | 0 | 5 |\n\
        | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\
        | （七）总计 | 4 | 0 | 1 | 0 | 1 | 0 | 6 |\n\
        | 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |\n";
    let p = record(piped);
    assert_eq!(p.tables["requests"]["received"]["legal_services"].raw, "2");
    assert_same_record(&p, flat, "表三 with wrapped column names");
    // `社会公益` left without its `组织`: no table, no record
    let open = flat.replace("企业 机构 组织 机构", "企业 机构 机构");
    assert!(baogao::parse(&open).tables.is_empty());
    assert!(read(&baogao::parse(&open)).is_none());
}

/// A saved page of the 2021 template (numbers of my own) whose tables are a full grid: 表二's
/// decision counts are one cell over three columns (`colspan`), 表三's third header row leaves
/// the cells under 自然人 and 总计 blank instead of merging them down, and 表四's last header
/// row leaves the five cells under 行政复议's outcomes blank. Every cell is keyed, each merged
/// figure read once, and every check holds.
#[cfg(feature = "html")]
#[test]
fn a_page_whose_template_header_leaves_merged_cells_blank_is_read_whole() {
    let td = |cells: &[u32]| -> String { cells.iter().map(|v| format!("<td>{v}</td>")).collect() };
    // 表三's result rows: (group, item, natural person, commercial enterprise)
    let results: [(&str, &str, u32, u32); 22] = [
        ("（一）予以公开", "", 6, 1),
        ("（二）部分公开", "", 2, 0),
        ("（三）不予公开", "1.属于国家秘密", 0, 0),
        ("", "2.其他法律行政法规禁止公开", 0, 0),
        ("", "3.危及“三安全一稳定”", 0, 0),
        ("", "4.保护第三方合法权益", 1, 0),
        ("", "5.属于三类内部事务信息", 0, 0),
        ("", "6.属于四类过程性信息", 0, 0),
        ("", "7.属于行政执法案卷", 0, 0),
        ("", "8.属于行政查询事项", 0, 0),
        ("（四）无法提供", "1.本机关不掌握相关政府信息", 3, 1),
        ("", "2.没有现成信息需要另行制作", 0, 0),
        ("", "3.补正后申请内容仍不明确", 0, 0),
        ("（五）不予处理", "1.信访举报投诉类申请", 0, 0),
        ("", "2.重复申请", 1, 0),
        ("", "3.要求提供公开出版物", 0, 0),
        ("", "4.无正当理由大量反复申请", 0, 0),
        ("", "5.要求行政机关确认或重新出具已获取信息", 0, 0),
        (
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            0,
            0,
        ),
        (
            "",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            0,
            0,
        ),
        ("", "3.其他", 0, 0),
        ("（七）总计", "", 13, 2),
    ];
    let row = |n: u32, c: u32| td(&[n, c, 0, 0, 0, 0, n + c]);
    let mut t3 = String::from(
        "<table><tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=\"7\">申请人情况</td></tr>\
<tr><td>自然人</td><td colspan=\"5\">法人或其他组织</td><td>总计</td></tr>\
<tr><td></td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td></td></tr>",
    );
    t3 += &format!(
        "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td>{}</tr>",
        row(12, 2)
    );
    t3 += &format!(
        "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td>{}</tr>",
        row(3, 0)
    );
    for (i, (group, item, n, c)) in results.iter().enumerate() {
        // the groups of items and the rows they span
        let spans = [(2, 8), (10, 3), (13, 5), (18, 3)];
        t3 += "<tr>";
        if i == 0 {
            t3 += "<td rowspan=\"22\">三、本年度办理结果</td>";
        }
        if item.is_empty() {
            t3 += &format!("<td colspan=\"2\">{group}</td>");
        } else {
            if let Some((_, k)) = spans.iter().find(|(s, _)| *s == i) {
                t3 += &format!("<td rowspan=\"{k}\">{group}</td>");
            }
            t3 += &format!("<td>{item}</td>");
        }
        t3 += &row(*n, *c);
        t3 += "</tr>";
    }
    t3 += &format!(
        "<tr><td colspan=\"3\">四、结转下年度继续办理</td>{}</tr></table>",
        row(2, 0)
    );
    let page = format!(
        "<html><head><title>某县2030年政府信息公开工作年度报告</title></head><body><div id=\"zoom\">\
<p>一、总体情况</p><p>全年主动公开政府信息320条。</p><p>二、主动公开政府信息情况</p><table>\
<tr><td colspan=\"4\">第二十条第（一）项</td></tr>\
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>\
<tr><td>行政规范性文件</td><td>4</td><td>1</td><td>37</td></tr>\
<tr><td colspan=\"4\">第二十条第（五）项</td></tr>\
<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>\
<tr><td>行政许可</td><td colspan=\"3\">2718</td></tr>\
<tr><td colspan=\"4\">第二十条第（六）项</td></tr>\
<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr>\
<tr><td>行政处罚</td><td colspan=\"3\">95</td></tr>\
<tr><td>行政强制</td><td colspan=\"3\">6</td></tr>\
<tr><td colspan=\"4\">第二十条第（八）项</td></tr>\
<tr><td>信息内容</td><td colspan=\"3\">本年收费金额（单位：万元）</td></tr>\
<tr><td>行政事业性收费</td><td colspan=\"3\">41.5</td></tr></table>\
<p>三、收到和处理政府信息公开申请情况</p>{t3}\
<p>四、政府信息公开行政复议、行政诉讼情况</p><table>\
<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>\
<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>\
<tr><td></td><td></td><td></td><td></td><td></td>\
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>\
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>\
<tr>{}</tr></table>\
<p>五、存在的主要问题及改进情况</p><p>公开质量有待提高。</p></div></body></html>",
        td(&[2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1])
    );
    let doc = baogao::html::parse_html(&page);
    let r = read(&doc.report).expect("a template record");
    assert_eq!(r.edition, "2021");
    let failed: Vec<_> = r.checks.iter().filter(|c| !c.ok).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    // every template cell: 表二 10, 表三 25 × 7, 表四 15
    assert_eq!(cell_count(&r), 10 + 25 * 7 + 15);
    let req = &r.tables["requests"];
    assert_eq!(req["received"]["natural_person"].raw, "12");
    assert_eq!(req["received"]["total"].raw, "14");
    assert_eq!(req["results_total"]["total"].raw, "15");
    let rl = &r.tables["review_litigation"];
    assert_eq!(rl["review"]["upheld"].raw, "2");
    assert_eq!(rl["review"]["total"].raw, "4");
    assert_eq!(r.tables["active"]["licensing"]["decisions"].raw, "2718");
    // the merged figures are one cell each among the tables' cells
    let licensing: Vec<_> = doc
        .report
        .tables
        .iter()
        .flat_map(|t| t.cells())
        .filter(|c| c.row_label == "行政许可")
        .collect();
    assert_eq!(licensing.len(), 1, "{licensing:#?}");
}

/// The text's checks read totals only: a change from the year before (`比上年增加9件`) and a
/// review's outcome (`被复议纠正1件`, a cell of its own) are no second statement of a total, and
/// fail no check on a consistent report.
#[test]
fn changes_and_outcomes_in_the_text_are_no_totals() {
    let t = text("01_pingtan-zone-2023.txt");
    let from = "政府信息公开申请共计81件，";
    assert!(t.contains(from));
    let changed = t.replacen(
        from,
        "政府信息公开申请共计81件，比上年增加9件，其中被复议纠正1件，",
        1,
    );
    let report = baogao::parse(&changed);
    assert!(
        report
            .indicators
            .iter()
            .any(|i| i.text == "9件" && i.kind == baogao::IndicatorKind::Change),
        "the change is read"
    );
    assert!(diagnostics_of(&report, baogao::DiagnosticKind::GioCheckFailed).is_empty());
}
