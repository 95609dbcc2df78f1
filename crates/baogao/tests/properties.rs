//! Properties that hold for any input: no panic; the outline's leaves cover the input exactly,
//! in order, on char boundaries (so the input can be rebuilt); every indicator's text is the
//! input at its span.

use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    let report = baogao::parse(text);
    let leaves = report.leaves();
    let mut at = 0;
    for (kind, span) in &leaves {
        prop_assert_eq!(
            span.start,
            at,
            "{:?} leaf does not start where the previous ended",
            kind
        );
        prop_assert!(span.end > span.start, "empty {:?} leaf", kind);
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        at = span.end;
    }
    prop_assert_eq!(at, text.len(), "leaves do not reach the end");
    let rebuilt: String = leaves.iter().map(|(_, s)| s.slice(text)).collect();
    prop_assert_eq!(&rebuilt, text);
    for ind in &report.indicators {
        prop_assert!(
            ind.span.end <= text.len()
                && text.is_char_boundary(ind.span.start)
                && text.is_char_boundary(ind.span.end)
        );
        prop_assert_eq!(&text[ind.span.start..ind.span.end], ind.text.as_str());
    }
    for ind in baogao::indicators(text) {
        prop_assert_eq!(&text[ind.span.start..ind.span.end], ind.text.as_str());
    }
    Ok(())
}

/// Pieces that real reports are made of, so that generated inputs reach the interesting paths.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "(一)",
    "（二）",
    "(十一)",
    ")",
    "1.",
    "2．",
    "3、",
    "(1)",
    "①",
    "第一章",
    "第二条",
    "一是",
    "二是",
    "首先，",
    "其次，",
    "加强领导",
    "立案",
    "94",
    "件",
    "208.74",
    " ",
    "万元",
    "%",
    "同比",
    "上升",
    "下降",
    "由",
    "减少到",
    "余",
    "人次",
    "其中",
    "，",
    "。",
    "、",
    "；",
    "\n",
    "\n\n",
    "“",
    "”",
    "《",
    "》",
    "〔2024〕",
    "2019年",
    "6.24",
    "两次",
    "二十一条",
    "数千万元",
    "3-5个",
    "百分之五十",
    "发布日期:2025-01-20 16:20 来源:某局",
    "扫一扫在手机上查看当前页面",
    "2025年1月9日",
    "| 行政处罚 | 36 |",
    "\t",
    "\u{3000}",
    "𠀀",
    "😀",
    "\r\n",
    "\0",
    "9999999999999999999999999999999999999999999",
    "．",
    "至",
    "-",
    // Full-width digits and the measure words of noun–figure pairs written without
    // punctuation (`新建幼儿园４所托育中心２所`): a full-width digit is three bytes, and a rule
    // slicing one byte past a digit panicked on it (found by the WebAssembly suite only).
    "１",
    "２０",
    "３．５",
    "０％",
    "所",
    "名",
    "托育中心",
    "全县有",
    "分别为",
    "占",
    "比上年",
    "提高",
    "个百分点",
];

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

/// Pieces of reports written in traditional characters (read through their fold, see
/// `baogao::traditional`), mixed with [`PIECES`].
const TRADITIONAL_PIECES: &[&str] = &[
    "加強領導",
    "萬元",
    "億元",
    "個百分點",
    "增長",
    "減少到",
    "第二條",
    "（三）",
    "行政處罰",
    "發佈日期:2025-01-20 16:20 來源:某局",
    "| 行政處罰 | 36 |",
    "經濟",
    "總計",
    "關於",
    "後",
];

fn traditional_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(PIECES),
        prop::sample::select(TRADITIONAL_PIECES)
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn lossless_on_arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn lossless_on_report_like_strings(text in report_like()) {
        check(&text)?;
    }

    #[test]
    fn lossless_on_traditional_report_like_strings(text in traditional_like()) {
        check(&text)?;
    }
}

#[test]
fn lossless_on_the_corpus_and_the_unseen_reports() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    for dir in ["corpus", "unseen"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                check(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            }
        }
    }
}
