//! Checking arguments at the boundary: JavaScript can pass anything, Rust wants a `String` or
//! bytes. A wrong type becomes an `Error` with code `invalid_argument`, never a trap.

use crate::error::{js_error, Code};
use wasm_bindgen::{JsCast, JsValue};

/// The longest string accepted, in UTF-16 code units (64 Mi, about 200 MB of UTF-8 at worst):
/// a wasm32 instance has at most 4 GiB of memory, and a report is thousands of times smaller.
pub const MAX_UTF16_UNITS: u32 = 1 << 26;

/// The string in `value`, or an `invalid_argument` / `too_large` error naming `func`.
pub fn string(value: &JsValue, func: &str) -> Result<String, JsValue> {
    let Some(s) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(js_error(
            Code::InvalidArgument,
            &format!("{func}: expected a string, got {}", type_name(value)),
        ));
    };
    if s.length() > MAX_UTF16_UNITS {
        return Err(too_large(func, s.length()));
    }
    // Lone surrogates become U+FFFD, one UTF-16 unit each, so offsets still index the input.
    Ok(String::from(s))
}

/// The bytes of a `Uint8Array` or `ArrayBuffer` (copied into wasm memory).
pub fn bytes(value: &JsValue, func: &str) -> Result<Vec<u8>, JsValue> {
    let array = if let Some(a) = value.dyn_ref::<js_sys::Uint8Array>() {
        a.clone()
    } else if let Some(b) = value.dyn_ref::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(b)
    } else {
        return Err(js_error(
            Code::InvalidArgument,
            &format!(
                "{func}: expected a Uint8Array or ArrayBuffer, got {}",
                type_name(value)
            ),
        ));
    };
    if array.length() > 3 * MAX_UTF16_UNITS {
        return Err(too_large(func, array.length()));
    }
    Ok(array.to_vec())
}

fn too_large(func: &str, len: u32) -> JsValue {
    js_error(
        Code::TooLarge,
        &format!("{func}: input of {len} units is over the limit of {MAX_UTF16_UNITS}"),
    )
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if value.is_array() {
        "an array".into()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "an unknown value".into())
    }
}
