//! `chunks(text, options?)`: section-aware chunks for retrieval, spans in UTF-16 code units.

use crate::error::{js_error, Code};
use baogao::offsets::{OffsetMap, Unit};
use wasm_bindgen::prelude::*;

/// Parses `text` and splits its body into chunks of at most `max_chars` characters (see the
/// Rust `baogao::chunks`). `options` is `{ max_chars?: number, merge_small?: boolean,
/// overlap?: number }` (defaults 500, false, 0). Each chunk has the fields of the Rust `Chunk`;
/// `span` counts UTF-16 code units, so `text.slice(c.span.start, c.span.end) === c.text`.
///
/// ```js
/// const cs = chunks("一、主要成效\n全年立案94件。\n", { max_chars: 200 });
/// cs[0].path; // ["主要成效"]
/// ```
#[wasm_bindgen(js_name = chunks, unchecked_return_type = "Chunk[]")]
pub fn chunks(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ChunkOptions")] options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    crate::panic::install();
    let text = crate::args::string(&text, "chunks")?;
    let options = read_options(options.as_ref())?;
    let report = baogao::parse(&text);
    let mut found = baogao::chunks(&report, &text, &options);
    let map = OffsetMap::new(
        &text,
        found.iter().flat_map(|c| [c.span.start, c.span.end]),
        Unit::Utf16,
    );
    for c in &mut found {
        c.span.start = map.get(c.span.start).unwrap_or(0);
        c.span.end = map.get(c.span.end).unwrap_or(0);
    }
    crate::convert::to_js(&found)
}

fn read_options(options: Option<&js_sys::Object>) -> Result<baogao::ChunkOptions, JsValue> {
    let mut out = baogao::ChunkOptions::default();
    let Some(o) = options else { return Ok(out) };
    let count = |name: &str| -> Result<Option<usize>, JsValue> {
        let v = js_sys::Reflect::get(o, &name.into())?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(Some(n as usize)),
            _ => Err(js_error(
                Code::InvalidArgument,
                &format!("chunks: options.{name} must be a non-negative integer"),
            )),
        }
    };
    if let Some(n) = count("max_chars")? {
        out.max_chars = n;
    }
    if let Some(n) = count("overlap")? {
        out.overlap = n;
    }
    let merge = js_sys::Reflect::get(o, &"merge_small".into())?;
    if !merge.is_undefined() && !merge.is_null() {
        out.merge_small = merge.as_bool().ok_or_else(|| {
            js_error(
                Code::InvalidArgument,
                "chunks: options.merge_small must be a boolean",
            )
        })?;
    }
    Ok(out)
}
