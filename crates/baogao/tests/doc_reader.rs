//! The Word 97–2003 reader on the .doc copies of the .docx fixtures (tests/doc, written by
//! LibreOffice: tests/doc/make_fixtures.sh) and on damaged files.
//!
//! Built with the `doc` and `docx` features (`cargo test -p baogao -p baogao-cli`, or
//! `cargo test -p baogao --features doc,docx --test doc_reader`).
#![cfg(all(feature = "doc", feature = "docx"))]

use baogao::document::{parse_document, Document, SourceFormat};
use std::io::{Read, Write};
use std::path::Path;

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests")
            .join(rel),
    )
    .unwrap()
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

/// The streams of a compound file, by path.
fn streams(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut cf = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).unwrap();
    let paths: Vec<String> = cf
        .walk()
        .filter(|e| e.is_stream())
        .map(|e| e.path().to_string_lossy().into_owned())
        .collect();
    paths
        .into_iter()
        .map(|p| {
            let mut b = Vec::new();
            cf.open_stream(&p).unwrap().read_to_end(&mut b).unwrap();
            (p, b)
        })
        .collect()
}

/// A compound file of these streams (their storages created on the way).
fn compound(streams: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut cf = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    for (path, bytes) in streams {
        if let Some(parent) = Path::new(path).parent() {
            if parent != Path::new("/") && !cf.exists(parent) {
                cf.create_storage_all(parent).unwrap();
            }
        }
        cf.create_stream(path).unwrap().write_all(bytes).unwrap();
    }
    cf.flush().unwrap();
    cf.into_inner().into_inner()
}

/// The fixture with one stream edited.
fn edited(rel: &str, stream: &str, edit: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let mut all = streams(&read(rel));
    let s = all.iter_mut().find(|(p, _)| p == stream).unwrap();
    edit(&mut s.1);
    compound(&all)
}

fn put_u32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn get_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

/// The fixture's WordDocument stream and the name of its table stream (`fWhichTblStm`).
fn word_and_table(rel: &str) -> (Vec<u8>, &'static str) {
    let word = streams(&read(rel))
        .into_iter()
        .find(|(p, _)| p == "/WordDocument")
        .unwrap()
        .1;
    let one = u16::from_le_bytes([word[10], word[11]]) & 0x0200 != 0;
    (word, if one { "/1Table" } else { "/0Table" })
}

/// Offset of `fcClx` in a Word 97 FIB (FibBase, FibRgW97, FibRgLw97, then pair 33 of FibRgFcLcb).
const FC_CLX: usize = 0x1A2;

#[test]
fn numbered_doc_reads_as_its_docx() {
    let doc = parse_document(&read("doc/numbered.doc")).unwrap();
    assert_eq!(doc.format, SourceFormat::Doc);
    let docx = parse_document(&read("docx/numbered.docx")).unwrap();
    // Word's automatic numbering (一、 （一）), not in the paragraphs' text, is rendered from the
    // list tables (LFO → LST → LVL) as the .docx reader renders it from numbering.xml
    assert_eq!(doc.text, docx.text);
    assert_eq!(
        doc.text,
        String::from_utf8(read("docx/numbered.txt")).unwrap()
    );
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
    // the merged header stands over both columns it heads, as in the .docx
    assert!(doc.text.contains(
        "| 项目 | 申请人情况 | 申请人情况 | 申请人情况 |\n| 项目 | 自然人 | 法人 | 总计 |\n"
    ));
    assert_lossless(&doc);
    // the same indicators as the .docx
    let key = |d: &Document| -> Vec<(String, String)> {
        d.report
            .indicators
            .iter()
            .map(|i| (i.text.to_string(), i.value.to_string()))
            .collect()
    };
    assert_eq!(key(&doc), key(&docx));
    // an indicator maps into the WordDocument stream, to the run (UTF-16) that holds it
    let (word, _) = word_and_table("doc/numbered.doc");
    let ind = doc
        .report
        .indicators
        .iter()
        .find(|i| i.text == "356条")
        .unwrap();
    let paragraph_at = |text_offset: usize| -> String {
        let at = doc.source_map.to_source(text_offset).unwrap();
        let units: Vec<u16> = word[at..]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .take_while(|&u| u != 0x0D)
            .collect();
        String::from_utf16_lossy(&units)
    };
    assert!(paragraph_at(ind.span.start).contains("356条"));
    // a heading's rendered label maps to its paragraph's text
    assert_eq!(
        paragraph_at(doc.report.headings()[0].span.start),
        "总体情况"
    );
}

#[test]
fn the_gio_template_doc_reads_as_its_docx() {
    let doc = parse_document(&read("doc/gio-template-2021.doc")).unwrap();
    let docx = parse_document(&read("docx/gio-template-2021.docx")).unwrap();
    // no automatic numbering in the template: the texts are the same, tables (merged cells
    // repeated over the columns they span, vertically merged ones down their rows) included
    assert_eq!(doc.text, docx.text);
    assert_eq!(doc.report, docx.report);
    assert_lossless(&doc);
    let record = baogao::gio::read(&doc.report).expect("a gio record");
    assert_eq!(Some(record), baogao::gio::read(&docx.report));
}

#[test]
fn a_truncated_doc_is_an_error_or_some_text() {
    let bytes = read("doc/gio-template-2021.doc");
    for k in 1..=20 {
        let cut = &bytes[..bytes.len() * k / 21];
        match parse_document(cut) {
            Ok(doc) => assert_lossless(&doc),
            Err(e) => assert_eq!(e.kind(), "format", "cut at {}: {e}", cut.len()),
        }
    }
}

#[test]
fn pieces_past_the_stream_give_what_is_there() {
    let bytes = edited("doc/numbered.doc", "/WordDocument", |_| {});
    let plain = parse_document(&bytes).unwrap();
    assert_eq!(
        plain.text,
        parse_document(&read("doc/numbered.doc")).unwrap().text
    );
    // every piece's fc moved past the end of the WordDocument stream
    let (word, table) = word_and_table("doc/numbered.doc");
    let (fc, lcb) = (get_u32(&word, FC_CLX) as usize, get_u32(&word, FC_CLX + 4));
    let bytes = edited("doc/numbered.doc", table, |t| {
        // the CLX of LibreOffice's file: the Pcdt at once (no Prc)
        assert_eq!(t[fc], 2);
        let len = get_u32(t, fc + 1) as usize;
        let n = (len - 4) / 12;
        for i in 0..n {
            let at = fc + 5 + (n + 1) * 4 + i * 8 + 2;
            put_u32(t, at, 0x3FFF_FF00);
        }
    });
    assert!(lcb > 0);
    let doc = parse_document(&bytes).unwrap();
    assert_eq!(doc.text, "");
}

#[test]
fn a_huge_lcb_clx_is_a_format_error() {
    let bytes = edited("doc/numbered.doc", "/WordDocument", |w| {
        put_u32(w, FC_CLX + 4, 0xFFFF_FFF0)
    });
    let err = parse_document(&bytes).unwrap_err();
    assert_eq!(err.kind(), "format");
    assert!(err.to_string().contains("lcbClx"), "{err}");
    // a PlcPcd whose count runs past the CLX
    let (word, table) = word_and_table("doc/numbered.doc");
    let fc = get_u32(&word, FC_CLX) as usize;
    let bytes = edited("doc/numbered.doc", table, |t| put_u32(t, fc + 1, u32::MAX));
    assert_eq!(parse_document(&bytes).unwrap_err().kind(), "format");
}

#[test]
fn encrypted_and_word95_files_are_refused_by_name() {
    let bytes = edited("doc/numbered.doc", "/WordDocument", |w| w[0x0B] |= 0x01);
    let err = parse_document(&bytes).unwrap_err();
    assert_eq!(err.kind(), "encrypted");
    let bytes = edited("doc/numbered.doc", "/WordDocument", |w| {
        w[2..4].copy_from_slice(&0x0068u16.to_le_bytes())
    });
    let err = parse_document(&bytes).unwrap_err();
    assert_eq!(err.kind(), "unsupported");
    assert!(err.to_string().contains("Word 6.0/95"), "{err}");
    let bytes = edited("doc/numbered.doc", "/WordDocument", |w| w[0] = 0);
    assert_eq!(parse_document(&bytes).unwrap_err().kind(), "format");
}

#[test]
fn an_excel_file_is_no_word_document() {
    let xls = compound(&[("/Workbook".into(), vec![0x09, 0x08, 0, 0])]);
    assert_eq!(
        baogao::document::detect(&xls),
        baogao::document::SourceFormat::Doc
    );
    let err = parse_document(&xls).unwrap_err();
    assert_eq!(err.kind(), "unsupported");
    assert!(err.to_string().contains("Excel"), "{err}");
    let other = compound(&[("/Contents".into(), vec![1, 2, 3])]);
    assert!(parse_document(&other)
        .unwrap_err()
        .to_string()
        .contains("no WordDocument stream"));
}
