//! Turning a panic into a thrown `Error` (code `internal`) instead of an `unreachable` trap.
//!
//! On `wasm32-unknown-unknown` panics abort, and `catch_unwind` cannot catch them. The core is
//! written never to panic; should it still happen, the hook installed here (1) asks wasm-bindgen
//! to rebuild the instance before the next call, since the aborted one is in an unknown state,
//! and (2) throws a JavaScript `Error` from inside the hook, which unwinds the wasm frames before
//! the abort is reached. The caller sees an ordinary exception and the next call works.

use crate::error::{js_error, Code};
use std::sync::Once;

static INSTALL: Once = Once::new();

/// Installs the hook (once per instance; every export calls this first).
pub fn install() {
    INSTALL.call_once(|| std::panic::set_hook(Box::new(hook)));
}

fn hook(info: &std::panic::PanicHookInfo<'_>) {
    wasm_bindgen::handler::schedule_reinit();
    let message = format!("baogao internal error (please report it): {info}");
    wasm_bindgen::throw_val(js_error(Code::Internal, &message));
}
