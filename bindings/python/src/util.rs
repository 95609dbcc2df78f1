//! Small conversions shared by the classes.

use baogao::Decimal;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use serde::Serialize;

/// Python's `repr` of a string (single quotes, escapes as Python writes them).
pub fn py_repr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{s:?}"))
}

/// `repr` of an optional string: `None` or the quoted string.
pub fn py_repr_opt(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_string(), |s| py_repr(py, s))
}

/// The number a [`Decimal`] serialises to (the nearest `f64`).
///
/// ```
/// let d: baogao::Decimal = "208.74".parse().unwrap();
/// assert_eq!(baogao_python::util::num(&d), 208.74);
/// ```
pub fn num(d: &Decimal) -> f64 {
    d.to_f64()
}

/// The serde name of a unit enum variant (`IndicatorKind::PercentagePoints` → `percentage_points`).
///
/// ```
/// assert_eq!(baogao_python::util::serde_name(&baogao::Direction::Up), "up");
/// ```
pub fn serde_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

/// Turns a serde error into a Python `ValueError`.
pub fn json_err<T>(r: serde_json::Result<T>) -> PyResult<T> {
    r.map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("baogao: JSON error: {e}")))
}

static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `json.loads(s)`: the dict form of a value is its serde JSON read back by Python.
pub fn json_loads<'py>(py: Python<'py>, s: &str) -> PyResult<Bound<'py, PyAny>> {
    let loads = JSON_LOADS.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.bind(py).call1((s,))
}

/// `bytes` as Python's `surrogatepass` UTF-8 encoder writes a `str` (lone surrogates as the
/// three bytes `ED A0..BF 80..BF`), with each surrogate replaced by U+FFFD: one code point for
/// one, so code-point offsets into the Python string stay valid. Returns the text, the byte
/// offset of the first replacement in it, and the number of replacements.
///
/// ```
/// let (t, first, n) = baogao_python::util::replace_surrogates(b"a\xed\xa0\x80\xe6\x8a\xa5\xed\xbf\xbf");
/// assert_eq!((t.as_str(), first, n), ("a\u{fffd}报\u{fffd}", Some(1), 2));
/// ```
pub fn replace_surrogates(bytes: &[u8]) -> (String, Option<usize>, usize) {
    let mut out = Vec::with_capacity(bytes.len());
    let (mut first, mut n, mut i) = (None, 0, 0);
    while i < bytes.len() {
        if bytes[i] == 0xed && bytes.get(i + 1).is_some_and(|b| (0xa0..=0xbf).contains(b)) {
            first.get_or_insert(out.len());
            n += 1;
            out.extend_from_slice("\u{fffd}".as_bytes());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    // Everything else came from a valid `str`; a lossy read only guards against the impossible.
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (text, first, n)
}
