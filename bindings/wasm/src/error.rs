//! JavaScript `Error` objects with a stable `code`.

use wasm_bindgen::JsValue;

/// The codes thrown to JavaScript (`err.code`); see `ErrorCode` in `types.d.ts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// An argument of the wrong type.
    InvalidArgument,
    /// Bytes that decode in no supported encoding.
    Decode,
    /// Input longer than [`crate::args::MAX_UTF16_UNITS`], or a result too large to build in
    /// wasm memory ([`crate::tape::MAX_TAPE_BYTES`]).
    TooLarge,
    /// A bug: the core panicked (the instance is rebuilt before the next call).
    Internal,
}

impl Code {
    /// The string JavaScript sees.
    ///
    /// ```
    /// assert_eq!(baogao_wasm::error::Code::InvalidArgument.as_str(), "invalid_argument");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidArgument => "invalid_argument",
            Code::Decode => "decode",
            Code::TooLarge => "too_large",
            Code::Internal => "internal",
        }
    }
}

/// A JS `Error` with `message` and a `code` property, ready to be thrown.
pub fn js_error(code: Code, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    set(&err, "code", &JsValue::from_str(code.as_str()));
    err.into()
}

/// The JS error for a core error: `code` is [`baogao::Error::kind`]; a decode error also carries
/// `encoding` and `offset` (the byte offset of the first undecodable byte).
pub fn from_core(e: &baogao::Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    set(&err, "code", &JsValue::from_str(e.kind()));
    // `if let`, not `let`: the core may grow other error kinds.
    #[allow(irrefutable_let_patterns)]
    if let baogao::Error::Decode { encoding, offset } = e {
        set(&err, "encoding", &JsValue::from_str(encoding));
        set(&err, "offset", &JsValue::from_f64(*offset as f64));
    }
    err.into()
}

fn set(err: &js_sys::Error, key: &str, value: &JsValue) {
    // Setting a data property on a fresh Error cannot fail; ignore the impossible Err.
    let _ = js_sys::Reflect::set(err, &JsValue::from_str(key), value);
}
