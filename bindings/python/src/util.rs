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
