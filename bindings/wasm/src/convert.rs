//! Rust values → plain JavaScript objects with the field names of the serde JSON.
//!
//! The value is written to a flat [`Tape`](crate::tape::Tape) in wasm memory and built into JS
//! objects by a small JS function in one call (`src/tape.js`): absent values are `null`, maps are
//! plain objects, so the result deep-equals `JSON.parse` of the Rust JSON (the conformance test
//! checks it on the corpus). Faster than both `serde-wasm-bindgen`, which crosses the boundary
//! for every property, and `serde_json` + `JSON.parse` (benches/wasm.md).

use crate::error::{js_error, Code};
use crate::tape::Tape;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// `value` as a plain JS value: structs become objects, `None` becomes `null`.
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // A result too large for wasm memory is a `too_large` error, never a panic.
    let tape = Tape::of(value).map_err(|e| {
        let code = if e.too_large() {
            Code::TooLarge
        } else {
            Code::Internal
        };
        js_error(code, &format!("cannot convert the result: {e}"))
    })?;
    Ok(tape.to_js())
}
