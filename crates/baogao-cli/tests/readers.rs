//! Saved web pages, Word files (.docx and .doc) and other formats through the command-line tool: told by content,
//! `--from` and `--encoding` force them, a PDF or binary file is named with exit status 2.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests")
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

mod scratch;

/// A fresh scratch directory for one test, removed when it ends.
fn scratch(name: &str) -> scratch::Scratch {
    scratch::scratch("readers", name)
}

fn baogao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .output()
        .unwrap()
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_saved_page_is_read_as_html_whatever_its_name() {
    let dir = scratch("page");
    // no .html extension: the content tells
    let path = dir.join("page.dat");
    std::fs::copy(fixture("html/05_wanzai-tjgb-2015.html"), &path).unwrap();
    let path = path.to_string_lossy().into_owned();
    // parse --format json is an array of per-file records
    let report = &json(&baogao(&["parse", "--format", "json", &path]))[0];
    assert_eq!(
        report["title"]["text"],
        "万载县2015年国民经济和社会发展统计公报"
    );
    let headings = json(&baogao(&["headings", &path]));
    assert_eq!(headings.as_array().unwrap().len(), 12);
    assert_eq!(headings[2]["title"], "工业与建筑业");
    // forced to text, the page is markup: the title is the doctype line, as before the readers
    let as_text = &json(&baogao(&[
        "parse", "--format", "json", "--from", "text", &path,
    ]))[0];
    assert_eq!(as_text["title"]["text"], "<!DOCTYPE html>");
}

#[test]
fn a_word_file_gives_its_sections() {
    let headings = json(&baogao(&[
        "headings",
        &fixture("docx/gio-template-2021.docx"),
    ]));
    let top: Vec<&str> = headings
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["level"] == 1)
        .map(|h| h["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        top,
        [
            "总体情况",
            "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况",
            "存在的主要问题及改进情况",
            "其他需要报告的事项"
        ]
    );
}

#[test]
fn a_word_97_file_gives_the_sections_of_its_docx() {
    let old = json(&baogao(&[
        "headings",
        &fixture("doc/gio-template-2021.doc"),
    ]));
    let new = json(&baogao(&[
        "headings",
        &fixture("docx/gio-template-2021.docx"),
    ]));
    let titles = |v: &Value| -> Vec<(Value, Value)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|h| (h["level"].clone(), h["title"].clone()))
            .collect()
    };
    assert_eq!(titles(&old).len(), 6);
    assert_eq!(titles(&old), titles(&new));
    // --from doc forces the reader; a directory stands for its .doc files too
    let dir = scratch("doc");
    let path = dir.join("report.dat");
    std::fs::copy(fixture("doc/gio-template-2021.doc"), &path).unwrap();
    let forced = json(&baogao(&[
        "headings",
        "--from",
        "doc",
        &path.to_string_lossy(),
    ]));
    assert_eq!(forced[0]["title"], "总体情况");
    std::fs::copy(fixture("doc/gio-template-2021.doc"), dir.join("t.doc")).unwrap();
    let listed = json(&baogao(&["headings", &dir.to_string_lossy()]));
    assert_eq!(titles(&listed), titles(&forced));
}

#[test]
fn gbk_page_and_forced_encoding() {
    let dir = scratch("gbk");
    let page = "<html><head><meta charset=\"gbk\"></head><body><div id=\"zoom\">\
        <p>一、总体情况</p><p>全年主动公开政府信息1234条。</p></div></body></html>";
    let bytes = gbk(page);
    let path = dir.join("gbk.html");
    std::fs::write(&path, &bytes).unwrap();
    let path = path.to_string_lossy().into_owned();
    let found = json(&baogao(&["indicators", &path]));
    assert_eq!(found[0]["text"], "1234条");
    // the page's own declaration overridden by a wrong forced encoding: an error, exit 2
    let out = baogao(&["indicators", "--encoding", "utf-8", &path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot decode input as UTF-8"));
    let out = baogao(&["indicators", "--encoding", "klingon", &path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown encoding"));
}

/// GBK bytes of a short string (the CLI has no encoder among its dependencies): each character's
/// two-byte code is searched among GBK's, decoding the candidates with the library.
fn gbk(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let code = (0x81u8..=0xfe)
            .flat_map(|a| (0x40u8..=0xfe).map(move |b| [a, b]))
            .find(|pair| baogao::decode_with(pair, Some("gbk")).is_ok_and(|t| t.chars().eq([c])))
            .unwrap();
        out.extend_from_slice(&code);
    }
    out
}

#[test]
fn other_formats_are_named_with_exit_2() {
    let dir = scratch("other");
    let pdf = dir.join("report.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").unwrap();
    let ok = dir.join("ok.txt");
    std::fs::write(&ok, "一、工作\n立案94件。\n").unwrap();
    let out = baogao(&["indicators", &pdf.to_string_lossy(), &ok.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a PDF") && stderr.contains("pdftotext"),
        "{stderr}"
    );
    // the other file is still processed
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found[0]["text"], "94件");
    // a zip that is not a Word file
    let zip = dir.join("x.docx");
    std::fs::write(&zip, b"PK\x03\x04garbage").unwrap();
    let out = baogao(&["headings", &zip.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read input as docx"));
    // an OLE file that is not a readable Word document
    let ole = dir.join("x.doc");
    std::fs::write(&ole, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1garbage").unwrap();
    let out = baogao(&["headings", &ole.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read input as doc:"));
}
