//! The columns of the indicator, heading and table-cell tables, built in Rust from the core's
//! flat rows ([`baogao::rows`], the rows the CLI writes as CSV) without making Python objects per
//! indicator; `python/baogao/_frames.py` turns them into a pandas or polars DataFrame.

use crate::report::PyReport;
use crate::util::num;
use baogao::rows::{heading_rows, indicator_rows, table_cell_rows, Cell, Row};
use baogao::rows::{HeadingRow, IndicatorRow, TableCellRow};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// How the section path is written in one cell (the core's, as the CLI CSV writes it).
pub const SECTION_SEPARATOR: &str = baogao::rows::SECTION_SEPARATOR;

/// The columns of `indicators_frame`: the CLI's indicator CSV header.
///
/// ```
/// assert_eq!(&baogao_python::frame::INDICATOR_COLUMNS[..3], ["file", "id", "parent"]);
/// ```
pub const INDICATOR_COLUMNS: &[&str] = IndicatorRow::COLUMNS;
/// The columns of `headings_frame`: the CLI's heading CSV header.
///
/// ```
/// assert_eq!(baogao_python::frame::HEADING_COLUMNS[7], "title");
/// ```
pub const HEADING_COLUMNS: &[&str] = HeadingRow::COLUMNS;
/// The columns of `tables_frame`: the CLI's table-cell CSV header.
///
/// ```
/// assert_eq!(baogao_python::frame::TABLE_COLUMNS.last(), Some(&"raw"));
/// ```
pub const TABLE_COLUMNS: &[&str] = TableCellRow::COLUMNS;

/// The serde name of a kind: the core's, as the CLI writes it.
///
/// ```
/// assert_eq!(baogao_python::frame::kind_name(baogao::IndicatorKind::PercentagePoints), "percentage_points");
/// ```
pub use baogao::rows::kind_name;

/// Every kind name, in declaration order (the categories of the `kind` column).
pub const KINDS: [&str; 9] = [
    "count",
    "money",
    "percent",
    "percentage_points",
    "change",
    "rate",
    "ratio",
    "range",
    "fraction",
];

/// One cell as a Python value: `None` for an empty cell, `int`, `float` (for an exact decimal),
/// `bool`, or `str` (a section path joined with [`SECTION_SEPARATOR`]).
fn cell_object(py: Python<'_>, c: Cell<'_>) -> PyResult<Py<PyAny>> {
    Ok(match c {
        Cell::Empty => py.None(),
        Cell::Str(s) => s.into_pyobject(py)?.into_any().unbind(),
        Cell::Int(n) => n.into_pyobject(py)?.into_any().unbind(),
        Cell::Decimal(d) => num(d).into_pyobject(py)?.into_any().unbind(),
        Cell::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        p @ Cell::Path(_) => p.to_string().into_pyobject(py)?.into_any().unbind(),
    })
}

/// The rows of every report as a dict of equal-length lists, one per column of `R`, in order.
/// A report parsed from a text (no file) has `None` in the `file` column.
fn columns<'py, 'r, R: Row, I: Iterator<Item = R>>(
    py: Python<'py>,
    reports: &'r [PyRef<'py, PyReport>],
    rows: impl Fn(&'r str, &'r str, &'r baogao::Report) -> I,
) -> PyResult<Bound<'py, PyDict>> {
    let mut cols: Vec<Vec<Py<PyAny>>> = R::COLUMNS.iter().map(|_| Vec::new()).collect();
    let file_col = R::COLUMNS.iter().position(|c| *c == "file");
    for r in reports {
        let file = r.p.file.as_deref();
        for row in rows(file.unwrap_or(""), &r.p.text, &r.p.bytes) {
            let mut k = 0;
            let mut err = None;
            row.cells(&mut |c| {
                let c = if Some(k) == file_col && file.is_none() {
                    Cell::Empty
                } else {
                    c
                };
                match cell_object(py, c) {
                    Ok(o) => cols[k].push(o),
                    Err(e) => err = Some(e),
                }
                k += 1;
            });
            if let Some(e) = err {
                return Err(e);
            }
        }
    }
    let out = PyDict::new(py);
    for (name, col) in R::COLUMNS.iter().zip(cols) {
        out.set_item(*name, col)?;
    }
    Ok(out)
}

/// The indicator table of `reports` ([`INDICATOR_COLUMNS`]) as a dict of equal-length lists.
#[pyfunction]
pub fn _indicator_columns<'py>(
    py: Python<'py>,
    reports: Vec<PyRef<'py, PyReport>>,
) -> PyResult<Bound<'py, PyDict>> {
    columns(py, &reports, indicator_rows)
}

/// The heading table of `reports` ([`HEADING_COLUMNS`]) as a dict of equal-length lists.
#[pyfunction]
pub fn _heading_columns<'py>(
    py: Python<'py>,
    reports: Vec<PyRef<'py, PyReport>>,
) -> PyResult<Bound<'py, PyDict>> {
    columns(py, &reports, heading_rows)
}

/// The table-cell table of `reports` ([`TABLE_COLUMNS`]) as a dict of equal-length lists.
#[pyfunction]
pub fn _table_columns<'py>(
    py: Python<'py>,
    reports: Vec<PyRef<'py, PyReport>>,
) -> PyResult<Bound<'py, PyDict>> {
    columns(py, &reports, table_cell_rows)
}
