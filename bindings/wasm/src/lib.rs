//! WebAssembly binding of [baogao](https://docs.rs/baogao): parse Chinese government annual
//! reports in the browser or in Node.
//!
//! A thin layer over the core: each function checks its argument, calls the core, rewrites every
//! span from UTF-8 bytes to UTF-16 code units (JavaScript string indices) with
//! [`baogao::offsets::convert_report`], and returns plain objects with the field names of the
//! Rust serde JSON. Errors are thrown as `Error` objects with a `code`.
//!
//! ```js
//! import init, { parse } from "baogao";
//! await init();
//! const text = "一、主要举措\n全年行政罚款208.74 万元。\n";
//! const report = parse(text);
//! const fine = report.indicators[0];
//! text.slice(fine.span.start, fine.span.end); // "208.74 万元"
//! ```
#![warn(missing_docs)]

pub mod args;
#[cfg(feature = "chunks")]
pub mod chunks;
pub mod convert;
pub mod decode;
pub mod error;
mod panic;
pub mod tape;

use baogao::offsets::{convert_report, Unit};
use wasm_bindgen::prelude::*;

// The module's allocator: talc instead of the standard library's dlmalloc, which compiled to about
// 8.3 KB of WebAssembly (talc: 1.6 KB); the small build lost 3 KB gzipped by it, and parse() got
// no slower (benches/wasm.md, 2026-12-02). Single-threaded modules only (no `atomics`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// Parses a report. Spans count UTF-16 code units of `text`.
///
/// Throws an `Error` with `code` `"invalid_argument"` when `text` is not a string.
///
/// ```js
/// const r = parse("一、总体情况\n全年立案94件。\n");
/// r.sections[0].heading.title; // "总体情况"
/// ```
#[wasm_bindgen(js_name = parse, unchecked_return_type = "Report")]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    panic::install();
    let text = args::string(&text, "parse")?;
    report_to_js(&text, baogao::parse(&text))
}

/// Decodes bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5) and parses them.
/// Spans count UTF-16 code units of the *decoded* text, which [`decode`] returns.
///
/// Throws `code` `"decode"` (with `encoding` and byte `offset`) for bytes that are no text.
///
/// ```js
/// const bytes = new TextEncoder().encode("一、总体情况\n");
/// parseBytes(bytes).sections[0].heading.title; // "总体情况"
/// ```
#[wasm_bindgen(js_name = parseBytes, unchecked_return_type = "Report")]
pub fn parse_bytes(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
) -> Result<JsValue, JsValue> {
    panic::install();
    let bytes = args::bytes(&bytes, "parseBytes")?;
    let text = decode_bytes(&bytes)?;
    report_to_js(&text, baogao::parse(&text))
}

/// Decodes bytes the way [`parseBytes`](parse_bytes) does and returns the text.
///
/// ```js
/// decode(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6])); // "报告" (GB18030)
/// ```
#[wasm_bindgen(js_name = decode)]
pub fn decode(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
) -> Result<String, JsValue> {
    panic::install();
    let bytes = args::bytes(&bytes, "decode")?;
    Ok(decode_bytes(&bytes)?.into_owned())
}

/// The indicator phrases of any snippet of text (no outline, so `section` is empty).
/// Spans count UTF-16 code units of `text`.
///
/// ```js
/// indicators("行政罚款208.74 万元")[0].normalized; // 2087400
/// ```
#[wasm_bindgen(js_name = indicators, unchecked_return_type = "Indicator[]")]
pub fn indicators(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    panic::install();
    let text = args::string(&text, "indicators")?;
    let mut holder = baogao::Report {
        indicators: baogao::indicators(&text),
        ..Default::default()
    };
    convert_report(&text, &mut holder, Unit::Utf16);
    convert::to_js(&holder.indicators)
}

/// The 政府信息公开工作年度报告 template record of a report (`baogao::gio::read`): the edition
/// (`"2021"`, `"2019"`, `"legacy"`), every template cell by stable keys as `{value, raw, span}`
/// and the checks (勾稽关系); `null` when the text has no template table. Parses `text` as
/// [`parse`] does; spans count UTF-16 code units of `text`.
///
/// ```js
/// const g = gio(text);
/// g?.tables.requests.received.total.value; // 一、本年新收 … 总计
/// g?.checks.filter((c) => !c.ok);          // the failed checks
/// ```
#[cfg(feature = "gio")]
#[wasm_bindgen(js_name = gio, unchecked_return_type = "GioRecord | null")]
pub fn gio(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    panic::install();
    let text = args::string(&text, "gio")?;
    let mut report = baogao::parse(&text);
    // The record copies the cells' spans, so reading it from the converted report gives UTF-16
    // spans.
    convert_report(&text, &mut report, Unit::Utf16);
    convert::to_js(&baogao::gio::read(&report))
}

/// The version of baogao compiled into this module, e.g. `"0.1.0"`.
///
/// ```js
/// version(); // "0.1.0"
/// ```
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Panics on purpose, to test that a panic reaches JavaScript as an `Error` with code
/// `"internal"` and that the next call works. Not part of the API: compiled only with the
/// `test-hooks` feature (the test build of ci.sh).
#[cfg(feature = "test-hooks")]
#[doc(hidden)]
#[wasm_bindgen(js_name = __testPanic, skip_typescript)]
pub fn test_panic() {
    panic::install();
    panic!("deliberate panic for the binding's tests");
}

#[wasm_bindgen]
extern "C" {
    /// The engine's WHATWG `TextDecoder` (browsers, Node, Deno).
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method, catch, js_name = decode)]
    fn decode_bytes(this: &TextDecoder, bytes: &[u8]) -> Result<String, JsValue>;
}

/// [`decode::decode_with`] with the engine's strict GB18030 and Big5 decoders; errors become JS
/// errors.
fn decode_bytes(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, JsValue> {
    let legacy = |label: &str| {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"fatal".into(), &JsValue::TRUE).ok()?;
        TextDecoder::new(label, &options)
            .ok()?
            .decode_bytes(bytes)
            .ok()
    };
    decode::decode_with(bytes, legacy).map_err(|e| error::from_core(&e))
}

fn report_to_js(text: &str, mut report: baogao::Report) -> Result<JsValue, JsValue> {
    convert_report(text, &mut report, Unit::Utf16);
    convert::to_js(&report)
}
