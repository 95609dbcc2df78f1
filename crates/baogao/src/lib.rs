//! # baogao (报告)
//!
//! Parses Chinese public-body reports (法治政府建设年度报告, 政府信息公开年度报告, 工作总结 …)
//! into data: the outline (title, metadata, the heading tree in every marker style, inline
//! enumerations, closing, web boilerplate) and typed indicator phrases (`行政罚款208.74 万元` →
//! value 208.74, multiplier 万, unit 元, normalized 2087400).
//!
//! ```
//! let text = "潜江市应急管理局2024年法治政府建设年度报告\n\n一、主要举措\n(一)加强领导。全年立案94件，行政罚款208.74 万元。\n";
//! let report = baogao::parse(text);
//! assert_eq!(report.sections[0].children[0].heading.title, "加强领导");
//! let fine = &report.indicators[1];
//! assert_eq!(fine.label, "行政罚款");
//! assert_eq!(fine.normalized.unwrap().to_string(), "2087400");
//! assert_eq!(fine.section, ["主要举措", "加强领导"]);
//! assert_eq!(&text[fine.span.start..fine.span.end], "208.74 万元");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Without the `tables`/`gio` features (the small WebAssembly build) their readers stay compiled
// but are not called from `parse`.
#![cfg_attr(not(all(feature = "tables", feature = "gio")), allow(dead_code))]

/// A set of characters as a `str` pattern (`s.trim_end_matches(chars!['，', '。'])`). With the
/// feature `inline-patterns` (default) it is an array, `[char; N]`: each call site gets the
/// searcher of its own length, inlined (the native builds' speed: a slice made the profile's
/// parse +6 % instructions, the searcher called out of line). Without it (the small WebAssembly
/// build), a `&[char]`: one searcher for every set, 2.4 KB gzipped smaller there. Either finds the
/// same characters.
#[cfg(feature = "inline-patterns")]
macro_rules! chars {
    ($($c:expr),+ $(,)?) => {
        [$($c),+]
    };
}
#[cfg(not(feature = "inline-patterns"))]
macro_rules! chars {
    ($($c:expr),+ $(,)?) => {
        &[$($c),+][..]
    };
}

mod aligned;
pub mod chunk;
pub mod decimal;
mod decode;
#[cfg(feature = "doc")]
pub mod doc;
pub mod document;
#[cfg(feature = "docx")]
pub mod docx;
mod enumeration;
mod error;
pub mod gio;
#[cfg(feature = "html")]
pub mod html;
pub mod indicator;
mod lines;
pub mod marker;
pub mod meta;
mod model;
pub mod number;
#[cfg(any(feature = "docx", feature = "doc"))]
mod numbering;
pub mod offsets;
mod outline;
pub mod rows;
mod sort;
mod span;
pub mod table;
pub mod text;
#[cfg(feature = "traditional")]
pub mod traditional;

pub use chunk::{chunks, Chunk, ChunkOptions};
/// The string type of [`Indicator::text`] and of the markers ([`Marker::raw`],
/// [`EnumerationItem::marker`]), re-exported so that a program can name it without depending on
/// `compact_str` itself. It reads as a `&str`:
///
/// ```
/// let report = baogao::parse("标题\n\n全年受理申请12件。\n");
/// let text: &baogao::CompactString = &report.indicators[0].text;
/// assert_eq!(text.as_str(), "12件");
/// ```
pub use compact_str::CompactString;
pub use decimal::Decimal;
pub use decode::{decode, decode_utf32, decode_with, gb18030_plausible, legacy_encoding};
pub use error::Error;
pub use model::*;
pub use span::Span;

/// Parses a report. Never fails: odd input yields a best-effort outline with diagnostics.
///
/// ```
/// let r = baogao::parse("");
/// assert!(r.sections.is_empty() && r.leaves().is_empty());
/// ```
pub fn parse(text: &str) -> Report {
    parse_with(text, &ParseOptions::default())
}

/// Choices for [`parse_with`].
///
/// ```
/// let opts = baogao::ParseOptions { indicators: false };
/// let r = baogao::parse_with("一、工作\n立案94件。\n", &opts);
/// assert!(r.indicators.is_empty() && r.sections.len() == 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// Extract indicator phrases (on by default). Off, only the outline is built: about four times
    /// as fast on the bundled reports (see benches/README.md).
    pub indicators: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { indicators: true }
    }
}

/// Parses a report with options.
///
/// ```
/// let r = baogao::parse_with("立案94件。", &baogao::ParseOptions::default());
/// assert_eq!(r.indicators.len(), 1);
/// ```
pub fn parse_with(text: &str, options: &ParseOptions) -> Report {
    // One call of each pass whichever text is read (the fold or the text), so that the
    // WebAssembly module holds one copy of them.
    let folded = folded_if_traditional(text);
    #[cfg_attr(not(feature = "traditional"), allow(unused_mut))]
    let mut report = parse_text(folded.as_deref().unwrap_or(text), options);
    #[cfg(feature = "traditional")]
    if let Some(folded) = &folded {
        traditional::restore(text, folded, &mut report);
    }
    report
}

/// The [`traditional::fold`] of a text written in traditional characters
/// ([`traditional::is_traditional`]), to be parsed in its place; `None` for any other text (and
/// always without the feature `traditional`).
fn folded_if_traditional(text: &str) -> Option<String> {
    #[cfg(feature = "traditional")]
    return traditional::is_traditional(text).then(|| traditional::fold(text));
    #[cfg(not(feature = "traditional"))]
    {
        let _ = text;
        None
    }
}

/// [`parse_with`] of a text in simplified characters (or of the fold of one in traditional
/// characters, see [`traditional`]).
fn parse_text(text: &str, options: &ParseOptions) -> Report {
    let (mut report, lines, font_map, separators) = outline::parse_outline(text);
    if options.indicators {
        indicator::attach(text, &mut report, &lines);
    }
    #[cfg(feature = "tables")]
    table::attach(text, &mut report, options.indicators, separators);
    #[cfg(not(feature = "tables"))]
    let _ = separators;
    #[cfg(feature = "gio")]
    gio::attach(&mut report);
    // The evidence was collected by the outline's pass over the text (`font_map_damage`).
    if let Some(d) = font_map.diagnostic(text) {
        report.diagnostics.push(d);
    }
    report
}

/// Decodes bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5) and parses them.
/// The spans of the report index the *decoded* text; [`decode`] gives that text.
///
/// ```
/// let r = baogao::parse_bytes("一、总体情况\n".as_bytes()).unwrap();
/// assert_eq!(r.sections[0].heading.title, "总体情况");
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Report, Error> {
    let text = decode(bytes)?;
    Ok(parse(&text))
}

/// The indicator phrases of any snippet of text (no outline, so `section` is empty).
///
/// ```
/// let found = baogao::indicators("执法检查各类生产经营单位2345家(次)");
/// assert_eq!(found[0].label, "执法检查各类生产经营单位");
/// assert_eq!(found[0].unit.as_deref(), Some("家(次)"));
/// ```
pub fn indicators(text: &str) -> Vec<Indicator> {
    let folded = folded_if_traditional(text);
    #[cfg_attr(not(feature = "traditional"), allow(unused_mut))]
    let mut found = indicator::extract(folded.as_deref().unwrap_or(text));
    #[cfg(feature = "traditional")]
    if let Some(folded) = &folded {
        traditional::restore_indicators(text, folded, &mut found);
    }
    found
}
