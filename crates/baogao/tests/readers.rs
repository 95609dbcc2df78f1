//! The document readers on real pages and Word files (tests/html, tests/docx): the acceptance
//! measures of the readers issue, scored against the gold of the text version.
//!
//! Built with the `html` and `docx` features (`cargo test -p baogao -p baogao-cli`, or
//! `cargo test -p baogao --features html,docx --test readers`).
#![cfg(all(feature = "html", feature = "docx"))]

use baogao::document::{parse_document, Document, SourceFormat};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .join(rel)
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(fixture(rel)).unwrap()
}

/// Full-width forms folded, spaces and brackets dropped (as the project's scorer compares).
fn norm(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        })
        .filter(|c| !c.is_whitespace() && !"()[]（）【】".contains(*c))
        .collect()
}

/// The leaves of the document's report rebuild its extracted text.
fn assert_lossless(doc: &Document) {
    let rebuilt: String = doc
        .report
        .leaves()
        .iter()
        .map(|(_, s)| s.slice(&doc.text))
        .collect();
    assert_eq!(rebuilt, doc.text);
}

/// The source map leads the text offset `at` back into `source` (the page or the Word XML) where
/// it reads `want`.
fn assert_maps_back(doc: &Document, at: usize, source: &str, want: &str) {
    let at = doc.source_map.to_source(at).unwrap();
    let there = &source[at..];
    assert!(
        there.starts_with(want),
        "{:?}",
        there.chars().take(20).collect::<String>()
    );
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// Whether a predicted indicator (as JSON) has the gold one's value.
fn same_value(pred: &Value, gold: &Value) -> bool {
    if let Value::Array(want) = &gold["value"] {
        let got: Vec<f64> = match &pred["value"] {
            Value::Array(a) => a.iter().filter_map(number).collect(),
            _ => [&pred["low"], &pred["high"]]
                .iter()
                .filter_map(|v| number(v))
                .collect(),
        };
        let want: Vec<f64> = want.iter().filter_map(number).collect();
        return got.len() == want.len() && got.iter().zip(&want).all(|(a, b)| close(*a, *b));
    }
    let pairs = [("value", "value"), ("normalized", "normalized")];
    pairs
        .iter()
        .any(|(p, g)| match (number(&pred[p]), number(&gold[g])) {
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        })
}

#[test]
fn wanzai_2015_page_matches_the_gold_of_its_text() {
    let doc = parse_document(&read("html/05_wanzai-tjgb-2015.html")).unwrap();
    assert_eq!(doc.format, SourceFormat::Html);
    let gold: Value = serde_json::from_slice(&read("html/05_wanzai-tjgb-2015.gold.json")).unwrap();
    let report = &doc.report;

    // the same title
    assert_eq!(
        report.title.as_ref().map(|t| t.text.as_str()),
        gold["title"].as_str()
    );

    // headings: F1 on (level, title), matched in order
    let pred: Vec<(usize, String)> = report
        .headings()
        .iter()
        .map(|h| (h.level, norm(&h.title)))
        .collect();
    let want: Vec<(usize, String)> = gold["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["level"].as_u64().unwrap() as usize,
                norm(h["title"].as_str().unwrap()),
            )
        })
        .collect();
    let mut used = vec![false; pred.len()];
    let mut tp = 0;
    for w in &want {
        if let Some(i) = (0..pred.len()).find(|&i| !used[i] && &pred[i] == w) {
            used[i] = true;
            tp += 1;
        }
    }
    let (p, r) = (tp as f64 / pred.len() as f64, tp as f64 / want.len() as f64);
    let f1 = 2.0 * p * r / (p + r);
    assert!(
        f1 >= 0.95,
        "heading F1 {f1:.3} ({tp} of {} gold, {} predicted)",
        want.len(),
        pred.len()
    );

    // prose indicators: matched by text and value (the gold lines refer to the .txt version)
    let preds: Vec<Value> = report
        .indicators
        .iter()
        .map(|i| serde_json::to_value(i).unwrap())
        .collect();
    let golds: Vec<&Value> = gold["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| !g["table"].as_bool().unwrap_or(false))
        .collect();
    // as the project's scorer matches: the texts overlap (one holds the other), the values agree
    let mut taken = vec![false; preds.len()];
    let mut found = 0;
    let mut missed = Vec::new();
    for g in &golds {
        let text = norm(g["text"].as_str().unwrap());
        let hit = (0..preds.len()).find(|&i| {
            let p = norm(preds[i]["text"].as_str().unwrap_or(""));
            !taken[i]
                && !p.is_empty()
                && (p.contains(&text) || text.contains(&p))
                && same_value(&preds[i], g)
        });
        match hit {
            Some(i) => {
                taken[i] = true;
                found += 1;
            }
            None => missed.push(g["text"].as_str().unwrap().to_string()),
        }
    }
    let share = found as f64 / golds.len() as f64;
    eprintln!(
        "05_wanzai-tjgb-2015.html: title ok, heading F1 {f1:.3} ({tp}/{}), prose indicators {found}/{} = {share:.3}; missed {missed:?}",
        want.len(),
        golds.len()
    );
    assert!(
        share >= 0.95,
        "prose indicators {found}/{} ({share:.3}); missed {missed:?}",
        golds.len()
    );

    // the reader loses nothing against the text version the gold was made on: the same headings
    // and the same indicators (text and value), in the same order
    let text = String::from_utf8(read("html/05_wanzai-tjgb-2015.txt")).unwrap();
    let from_text = baogao::parse(&text);
    let key = |r: &baogao::Report| -> Vec<(String, String)> {
        r.indicators
            .iter()
            .map(|i| (i.text.to_string(), i.value.to_string()))
            .collect()
    };
    assert_eq!(key(report), key(&from_text));
    let titles = |r: &baogao::Report| -> Vec<(usize, String)> {
        r.headings()
            .iter()
            .map(|h| (h.level, h.title.clone()))
            .collect()
    };
    assert_eq!(titles(report), titles(&from_text));
}

/// No `<`, `>` of a tag, `&…;` entity or `=` attribute in a title, heading or label.
fn markup_free(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    ![
        "<", "&nbsp", "&gt", "&lt", "&amp", "href", "class=", "style=", "div", "span",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

#[test]
fn wanzai_2022_page_has_title_headings_and_no_markup() {
    let doc = parse_document(&read("html/wanzai-tjgb-2022.html")).unwrap();
    let r = &doc.report;
    assert_eq!(
        r.title.as_ref().map(|t| t.text.as_str()),
        Some("万载县2022年国民经济和社会发展统计公报")
    );
    let top: Vec<&str> = r
        .headings()
        .iter()
        .filter(|h| h.level == 1)
        .map(|h| h.title.as_str())
        .collect();
    // 一、 to 十二、, then the unmarked 注释： and 资料来源： (standalone section titles)
    assert_eq!(top.len(), 14, "{top:?}");
    assert_eq!(top[0], "综合");
    assert_eq!(top[11], "资源和环境保护");
    assert_eq!(top[12..], ["注释", "资料来源"]);
    for h in r.headings() {
        assert!(markup_free(&h.title), "markup in heading {:?}", h.title);
    }
    assert!(r.indicators.len() > 100);
    for i in &r.indicators {
        assert!(markup_free(&i.label), "markup in label {:?}", i.label);
        assert_eq!(i.span.slice(&doc.text), i.text);
    }
    // lossless over the extracted text
    assert_lossless(&doc);
    // the source map leads back into the page
    let page = String::from_utf8(read("html/wanzai-tjgb-2022.html")).unwrap();
    assert_maps_back(&doc, r.headings()[0].span.start, &page, "一、综合");
}

#[test]
fn word_numbering_is_rendered_into_the_text() {
    // written by python-docx (tests/docx/make_fixtures.py); numbered.txt is the text, by hand
    let doc = parse_document(&read("docx/numbered.docx")).unwrap();
    assert_eq!(doc.format, SourceFormat::Docx);
    let want = String::from_utf8(read("docx/numbered.txt")).unwrap();
    assert_eq!(doc.text, want);
    assert_eq!(doc.report, baogao::parse(&want));
    let outline: Vec<(usize, &str, &str)> = doc
        .report
        .headings()
        .iter()
        .map(|h| (h.level, h.marker.raw.as_str(), h.title.as_str()))
        .collect();
    assert_eq!(
        outline,
        [
            (1, "一、", "总体情况"),
            (2, "（一）", "主动公开"),
            (2, "（二）", "依申请公开"),
            (1, "二、", "收到和处理政府信息公开申请情况"),
            (1, "三、", "存在的主要问题及改进情况"),
        ]
    );
    // the merged header stands over both columns it heads
    assert!(doc.text.contains(
        "| 项目 | 申请人情况 | 申请人情况 | 申请人情况 |\n| 项目 | 自然人 | 法人 | 总计 |\n"
    ));
    // the indicator maps back into word/document.xml, on its own text run
    let xml = {
        use std::io::Read;
        let bytes = read("docx/numbered.docx");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
        let mut s = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    };
    let ind = doc
        .report
        .indicators
        .iter()
        .find(|i| i.text == "356条")
        .unwrap();
    assert_maps_back(&doc, ind.span.start, &xml, "356条");
    // the heading's rendered label maps to its paragraph's text
    assert_maps_back(&doc, doc.report.headings()[0].span.start, &xml, "总体情况");
}

#[test]
fn the_gio_template_gives_six_sections_and_its_tables() {
    let doc = parse_document(&read("docx/gio-template-2021.docx")).unwrap();
    let top = doc
        .report
        .headings()
        .iter()
        .filter(|h| h.level == 1)
        .count();
    assert_eq!(top, 6);
    // vMerge: the row group 三、本年度办理结果 stands on each of its rows; gridSpan repeats
    assert!(doc
        .text
        .contains("| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 |"));
    assert!(doc
        .text
        .contains("| 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政诉讼 |"));
    // a cell's lines wrapped between hanzi join without a space
    assert!(doc.text.contains("| 商业企业 | 科研机构 |"), "{}", doc.text);
    assert_lossless(&doc);
    // the template's tables read as a 2021 政府信息公开 record (its cells empty)
    let record = baogao::gio::read(&doc.report).expect("a gio record");
    assert_eq!(record.edition, "2021");
}

/// The titles of a document's headings, in order.
fn heading_titles(doc: &Document) -> Vec<String> {
    doc.report
        .headings()
        .iter()
        .map(|h| h.title.clone())
        .collect()
}

/// The indicators of a document as (text, label).
fn indicator_labels(doc: &Document) -> Vec<(String, String)> {
    doc.report
        .indicators
        .iter()
        .map(|i| (i.text.to_string(), i.label.to_string()))
        .collect()
}

#[test]
fn word_save_as_html_reads_as_its_text() {
    // Word's "Save as HTML" pasted into a CMS: runs split mid-word and mid-number, the markup
    // hard-wrapped between two hanzi (`政府\r\n信息`), an automatic list number in
    // `<![if !supportLists]>` with its 7 pt padding, `<o:p>`, a conditional comment.
    let page = "<div id=zoom><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->\r\n\
        <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>\
        <span lang=EN-US style='font-family:黑体'><span style='mso-list:Ignore'>一、<span \
        style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>\
        <span style='font-family:黑体'>总体</span><span>情况</span><o:p></o:p></p>\r\n\
        <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>全年主动公开政府\r\n\
        信息</span><span lang=EN-US>12</span><span lang=EN-US>3</span><span>4</span><span>条，\
        投入资金</span><span lang=EN-US>12</span><span lang=EN-US>3.5</span><span>万元。</span>\
        <span lang=EN-US><o:p></o:p></span></p>\r\n\
        <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></div>";
    let doc = parse_document(page.as_bytes()).unwrap();
    assert_eq!(
        doc.text,
        "一、总体情况\n全年主动公开政府信息1234条，投入资金123.5万元。\n"
    );
    assert_eq!(heading_titles(&doc), ["总体情况"]);
    assert_eq!(
        indicator_labels(&doc),
        [
            ("1234条".to_string(), "主动公开政府信息".to_string()),
            ("123.5万元".to_string(), "投入资金".to_string())
        ]
    );
    assert_lossless(&doc);
    // a break between a hanzi and a figure stays a blank, as a browser shows it
    let doc = parse_document("<p>增长\r\n5.2%，共有<b>A</b>\r\n级景区3个</p>".as_bytes()).unwrap();
    assert_eq!(doc.text, "增长 5.2%，共有A 级景区3个\n");
    // indented markup between two elements is a blank, as ever (only a bare break inside a run
    // of text vanishes)
    let doc = parse_document("<p><span>来源：</span>\n  <span>访问量：199</span>\n</p>".as_bytes())
        .unwrap();
    assert_eq!(doc.text, "来源： 访问量：199\n");
}

#[test]
fn wechat_article_body_is_read() {
    // A saved mp.weixin.qq.com article: the body is `visibility: hidden` until the page's
    // script shows it; `<section>` nesting from the layout editors, runs in `<span leaf="">`.
    let page = r#"<html><head><meta charset="utf-8"><title>某县2024年工作报告</title></head>
        <body id="activity-detail"><div id="js_article" class="rich_media"><div class="rich_media_inner">
        <h1 class="rich_media_title" id="activity-name">某县2024年工作报告</h1>
        <div id="meta_content"><em id="publish_time">2025年1月20日 10:00</em></div>
        <div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
        <section data-role="title"><section style="display: flex;"><strong><span leaf="">一、</span><span leaf="">总体情况</span></strong></section></section>
        <p style="text-indent: 2em;"><span style="font-size: 15px;"><span leaf="">全年立案</span><span leaf="">9</span><span leaf="">4件，办结</span><span leaf="">90件。</span></span></p>
        <p><br></p>
        <section style="text-indent: 2em;"><span leaf="">二、存在的问题</span></section>
        </div><div class="rich_media_tool">阅读 <span id="readNum3">1234</span></div></div></div></body></html>"#;
    let doc = parse_document(page.as_bytes()).unwrap();
    assert_eq!(
        doc.report.title.as_ref().map(|t| t.text.as_str()),
        Some("某县2024年工作报告")
    );
    assert_eq!(heading_titles(&doc), ["总体情况", "存在的问题"]);
    let texts: Vec<_> = doc
        .report
        .indicators
        .iter()
        .map(|i| i.text.to_string())
        .collect();
    assert_eq!(texts, ["94件", "90件"]);
    assert!(!doc.text.contains("阅读"), "{}", doc.text);
    assert_lossless(&doc);
}

/// A web page's table whose header groups are merged cells (`colspan`) labels each column by its
/// path from the top, groups included, as the text reader labels the same table written with
/// each merged cell once (CONVENTIONS: "the column header with its header group").
#[test]
#[cfg(feature = "fine-labels")]
fn a_page_table_labels_columns_with_their_header_groups() {
    let page = "<div id=zoom><p>二、办理情况</p><table>\
        <tr><td rowspan=2>类别</td><td colspan=3>受理件数</td><td rowspan=2>办结率（%）</td></tr>\
        <tr><td>线上</td><td>线下</td><td>合计</td></tr>\
        <tr><td>咨询类</td><td>30</td><td>12</td><td>42</td><td>98</td></tr>\
        </table></div>";
    let doc = parse_document(page.as_bytes()).unwrap();
    let cols: Vec<String> = doc.report.tables[0]
        .columns
        .iter()
        .map(|c| c.label.clone())
        .collect();
    assert_eq!(
        cols,
        [
            "受理件数 线上",
            "受理件数 线下",
            "受理件数 合计",
            "办结率（%）"
        ]
    );
}

/// A news page's byline of adjacent `<span>`s with no separator, its comments and its related
/// links: the fields are read, the comments' and the links' figures are no indicators.
#[test]
#[cfg(feature = "fine-labels")]
fn news_page_byline_spans_comments_and_related_links() {
    let page = r#"<html><head><meta charset="utf-8"><title>白河新闻</title></head><body>
<div class="main"><h1>白河县2025年农业农村工作总结</h1>
<div class="info"><span class="t">2026-01-20 10:05</span><span class="s">来源：白河县农业农村局</span><span class="e">编辑：邱月</span></div>
<div class="art-content">　　一、主要成效<br><br>　　全县新建高标准农田8.6万亩，培育家庭农场240家。<br><br>白河县农业农村局<br>2026年1月18日</div>
<div class="rel"><h3>相关链接：</h3><ul><li><a href="/a/1.html">白河县启动5项春耕行动</a></li></ul></div>
<div class="cmt"><div>网友评论（1）</div><div>白河网友 2026-01-21 09:30</div><div>我家承包的30亩地今年也改造了！</div></div>
</div></body></html>"#;
    let doc = baogao::html::parse_html(page);
    let r = &doc.report;
    assert_eq!(r.meta.published.as_deref(), Some("2026-01-20 10:05"));
    assert_eq!(r.meta.source.as_deref(), Some("白河县农业农村局"));
    assert_eq!(r.meta.editor.as_deref(), Some("邱月"));
    let figures: Vec<&str> = r.indicators.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(figures, ["8.6万亩", "240家"]);
    let closing = r.closing.as_ref().expect("closing above the links");
    assert_eq!(closing.date.as_deref(), Some("2026年1月18日"));
}
