//! Bad and hostile input through the Rust API: nothing panics, every report stays lossless
//! (the leaves cover the input exactly, indicators are the input at their spans), and odd
//! input gives sensible results. The 100 MB input lives in `examples/scaling.rs` (too slow for
//! a debug test run).

use baogao::{DiagnosticKind, Report};
use std::time::{Duration, Instant};

/// Asserts the invariants the fuzz target checks (fuzz/src/lib.rs), in short.
fn assert_lossless(text: &str, r: &Report) {
    let mut at = 0;
    for (kind, s) in r.leaves() {
        assert_eq!(
            s.start, at,
            "leaf {kind:?} {s:?} is not contiguous with the previous one"
        );
        assert!(
            s.end > s.start && text.is_char_boundary(s.end),
            "bad leaf span {s:?}"
        );
        at = s.end;
    }
    assert_eq!(at, text.len(), "the leaves do not cover the whole input");
    let mut prev = 0;
    for i in &r.indicators {
        assert!(i.span.start >= prev, "indicators out of order");
        prev = i.span.start;
        assert_eq!(
            i.text,
            i.span.slice(text),
            "indicator text differs from the input at its span"
        );
    }
}

fn parse_ok(text: &str) -> Report {
    let r = baogao::parse(text);
    assert_lossless(text, &r);
    r
}

#[test]
fn empty_input() {
    let r = baogao::parse("");
    assert!(
        r.title.is_none()
            && r.sections.is_empty()
            && r.indicators.is_empty()
            && r.leaves().is_empty()
    );
    assert_eq!(baogao::parse_bytes(b"").unwrap(), r);
    assert_eq!(
        baogao::parse_bytes(&[0xef, 0xbb, 0xbf]).unwrap(),
        r,
        "a lone BOM is empty text"
    );
}

#[test]
fn whitespace_only_input_has_no_content() {
    for text in [
        " ",
        "\n",
        " \t\n\n",
        "\r\n\r\n",
        "\u{3000}\u{3000}\n",
        "\u{2002}\u{a0}\n \n",
    ] {
        let r = baogao::parse(text);
        assert!(r.title.is_none(), "{text:?} gave a title");
        assert!(
            r.sections.is_empty() && r.indicators.is_empty() && r.closing.is_none(),
            "{text:?} gave content"
        );
    }
}

#[test]
fn whitespace_only_input_is_covered() {
    for text in [" ", "\n", " \t\n\n", "\u{3000}\n"] {
        parse_ok(text);
    }
}

#[test]
fn invalid_utf8_is_a_decode_error_with_the_byte_offset() {
    // "报告" then bytes that are neither UTF-8 nor GB18030 (0xff never starts a GB18030 character).
    let mut bytes = "报告".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00, 0x80]);
    let err = baogao::parse_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), "decode");
    assert_eq!(
        err,
        baogao::Error::Decode {
            encoding: "UTF-8",
            offset: 6
        }
    );
    assert!(err.to_string().contains("offset 6"), "{err}");
}

#[test]
fn invalid_utf8_at_the_start_and_a_truncated_character() {
    let err = baogao::parse_bytes(&[0xff, 0x41]).unwrap_err();
    assert_eq!(
        err,
        baogao::Error::Decode {
            encoding: "UTF-8",
            offset: 0
        }
    );
    // A UTF-8 BOM promises UTF-8: a cut-off "告" after it is an error at that byte.
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend_from_slice("报".as_bytes());
    bytes.extend_from_slice(&"告".as_bytes()[..2]);
    assert_eq!(
        baogao::parse_bytes(&bytes).unwrap_err(),
        baogao::Error::Decode {
            encoding: "UTF-8",
            offset: 6
        }
    );
}

const GBK_REPORT: &[u8] = &[
    // "一、总体情况\n全年立案94件，罚款208.74万元。\n" in GBK
    210, 187, 161, 162, 215, 220, 204, 229, 199, 233, 191, 246, 10, 200, 171, 196, 234, 193, 162,
    176, 184, 57, 52, 188, 254, 163, 172, 183, 163, 191, 238, 50, 48, 56, 46, 55, 52, 205, 242,
    212, 170, 161, 163, 10,
];
const REPORT: &str = "一、总体情况\n全年立案94件，罚款208.74万元。\n";

#[test]
fn gbk_input_is_decoded() {
    assert_eq!(baogao::decode(GBK_REPORT).unwrap(), REPORT);
    let r = baogao::parse_bytes(GBK_REPORT).unwrap();
    assert_eq!(r, baogao::parse(REPORT));
    assert_eq!(r.sections[0].heading.title, "总体情况");
    assert_lossless(REPORT, &r);
}

#[test]
fn utf16_input_with_a_bom_is_decoded() {
    let units: Vec<u16> = REPORT.encode_utf16().collect();
    let le: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0xfe, 0xff]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_be_bytes()))
        .collect();
    for bytes in [le, be] {
        assert_eq!(baogao::decode(&bytes).unwrap(), REPORT);
        assert_eq!(baogao::parse_bytes(&bytes).unwrap(), baogao::parse(REPORT));
    }
}

#[test]
fn odd_length_utf16_is_an_error() {
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend("报告".encode_utf16().flat_map(|u| u.to_le_bytes()));
    bytes.push(0x41);
    let err = baogao::parse_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), "decode");
    let baogao::Error::Decode { offset, .. } = err else {
        panic!("not a decode error: {err}")
    };
    assert!(offset <= bytes.len());
}

#[test]
fn nul_bytes_are_kept_and_reported() {
    let text = "一、工作\0\n全年立案94件。\0\n";
    let r = parse_ok(text);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::ControlCharacters));
    assert_eq!(r.sections.len(), 1);
    assert!(r.indicators.iter().any(|i| i.text == "94件"));
    parse_ok("\0");
    parse_ok(&"\0".repeat(1000));
    assert_eq!(baogao::parse_bytes(text.as_bytes()).unwrap(), r);
}

#[test]
fn contradictory_markers_stay_lossless() {
    let text = "(一)(二)(一)(三)推进依法决策\n".repeat(50)
        + &"一、(一)1.(1)①第一章第一节第一条\n".repeat(50)
        + "三、\n(三)\n一、\n(一)\n(十)\n二、\n)\n(\n、\n";
    let r = parse_ok(&text);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::RepeatedOrdinal));
    // Every heading's level matches its depth in the tree.
    fn depth(s: &baogao::Section, level: usize) {
        assert_eq!(s.heading.level, level);
        s.children.iter().for_each(|c| depth(c, level + 1));
    }
    r.sections.iter().for_each(|s| depth(s, 1));
}

#[test]
fn ten_thousand_repeated_headings() {
    let text = "一、工作\n".repeat(10_000);
    let t = Instant::now();
    let r = parse_ok(&text);
    assert!(
        t.elapsed() < Duration::from_secs(20),
        "10,000 headings took {:?}",
        t.elapsed()
    );
    assert_eq!(r.headings().len(), 10_000);
    assert!(r
        .headings()
        .iter()
        .all(|h| h.title == "工作" && h.level == 1));
    assert_eq!(r.headings()[9_999].line, 10_000);
}

#[test]
fn ten_thousand_numbered_headings_and_deep_nesting() {
    let numbered: String = (1..=10_000).map(|i| format!("{i}、工作{i}\n")).collect();
    parse_ok(&numbered);
    // Alternating marker styles, as deep as the styles allow, many times over.
    let nested = "一、甲\n(一)乙\n1.丙\n(1)丁\n①戊\n".repeat(2_000);
    let t = Instant::now();
    let r = parse_ok(&nested);
    assert!(
        t.elapsed() < Duration::from_secs(20),
        "took {:?}",
        t.elapsed()
    );
    assert!(r.headings().len() >= 2_000);
}

#[test]
fn numbers_with_400_digits_do_not_overflow() {
    let long = "9".repeat(400);
    for text in [
        format!("罚款{long}万元，全年立案94件。\n"),
        format!("罚款0.{long}亿元\n"),
        format!("增长{long}%，由{long}家减少到{long}家\n"),
        format!("{long}、标题\n({long})标题\n"),
        format!("{}件\n", "一".repeat(400)),
        format!("{}元\n", "九千九百九十九万".repeat(50)),
    ] {
        let r = parse_ok(&text);
        for i in &r.indicators {
            assert!(!i.value.to_string().is_empty());
        }
    }
    // A normal figure after a huge one is still found.
    let r = parse_ok(&format!("罚款{long}万元，全年立案94件。\n"));
    assert!(r
        .indicators
        .iter()
        .any(|i| i.text == "94件" && i.value.to_string() == "94"));
}

#[test]
fn mixed_scripts_and_emoji() {
    let text = "一、😀工作🎉\nمرحبا 全年立案94件 Ωμέγα 𠀀𠀁 罚款208.74万元 👍🏽\n二、עברית and English 100%\n";
    let r = parse_ok(text);
    assert_eq!(r.sections.len(), 2);
    assert_eq!(r.sections[0].heading.title, "😀工作🎉");
    let found: Vec<&str> = r.indicators.iter().map(|i| i.text.as_str()).collect();
    assert!(
        found.contains(&"94件") && found.contains(&"208.74万元"),
        "{found:?}"
    );
    let fine = r
        .indicators
        .iter()
        .find(|i| i.text == "208.74万元")
        .unwrap();
    assert_eq!(fine.normalized.unwrap().to_string(), "2087400");
}

#[test]
fn one_long_line_without_punctuation() {
    let text = "依法行政工作全年立案94件行政罚款208万元".repeat(20_000); // ~1.1 MB, one line
    let t = Instant::now();
    let r = parse_ok(&text);
    assert!(
        t.elapsed() < Duration::from_secs(30),
        "took {:?}",
        t.elapsed()
    );
    assert!(!r.indicators.is_empty());
}

#[test]
fn percent_then_change_on_the_next_line() {
    parse_ok("3%\n压缩到5%");
}

#[test]
fn inputs_that_once_panicked_the_core() {
    // Found by the fuzzer and the WASM binding's random-input test.
    for text in [
        "首先:",
        "一章三次\n减到2、",
        "1.１．",
        "3%\n压缩到5%",
        "由3家\n减少到2家",
    ] {
        parse_ok(text);
    }
}

#[test]
fn full_width_digits_in_a_noun_figure_pair() {
    // A pair of figures with no punctuation between them (`新建幼儿园4所托育中心2所`) written with
    // full-width digits: the measure word after the last digit is read past the digit's three
    // bytes (sliced one byte on, it panicked: found by the WebAssembly suite's random strings).
    let r =
        parse_ok("新建幼儿园４所托育中心２所。\n（二） 零%人次10１人次年度下降2、:0来源:元零二是");
    let texts: Vec<&str> = r.indicators.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts[..2], ["４所", "２所"], "{texts:?}");
    assert_eq!(r.indicators[1].label, "托育中心");
}

/// Thresholds joined by a slash (`超亿元/超万元`, a class list pasted into a line): the rate
/// grammar took the second's bound word for the first's denominator (`元/超`), the second
/// figure reached back over it, and the overlapping spans made the labels slice backwards (a
/// panic after any character before the first figure). Each is a threshold of its own, and
/// neither overlaps the other.
#[test]
fn thresholds_joined_by_a_slash_do_not_overlap() {
    for (text, want) in [
        (";超亿元/超万元", &["超亿元", "超万元"][..]),
        (
            "规上企业：超亿元/超5亿元/超10亿元分别为58户、21户、6户。",
            &["超亿元", "超5亿元", "超10亿元", "58户", "21户", "6户"][..],
        ),
        ("工业企业；超百亿元/超千亿元", &["超百亿元", "超千亿元"][..]),
    ] {
        let r = parse_ok(text);
        let got: Vec<&str> = r.indicators.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(got, want, "{text}");
        assert!(r
            .indicators
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start));
    }
}
