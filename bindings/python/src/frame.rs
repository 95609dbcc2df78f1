//! The columns of the indicator table, built in Rust without making indicator objects;
//! `python/baogao/_frames.py` turns them into a pandas or polars DataFrame.

use crate::report::PyReport;
use crate::util::num;
use baogao::{Direction, IndicatorKind};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// How the section path is written in one cell.
pub const SECTION_SEPARATOR: &str = " / ";

/// The serde name of a kind (kept in step with the core's `rename_all = "snake_case"`; a test
/// compares it with the JSON).
///
/// ```
/// assert_eq!(baogao_python::frame::kind_name(baogao::IndicatorKind::PercentagePoints), "percentage_points");
/// ```
pub fn kind_name(k: IndicatorKind) -> &'static str {
    match k {
        IndicatorKind::Count => "count",
        IndicatorKind::Money => "money",
        IndicatorKind::Percent => "percent",
        IndicatorKind::PercentagePoints => "percentage_points",
        IndicatorKind::Change => "change",
        IndicatorKind::Rate => "rate",
        IndicatorKind::Ratio => "ratio",
        IndicatorKind::Range => "range",
        IndicatorKind::Fraction => "fraction",
    }
}

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

fn direction_name(d: Direction) -> &'static str {
    match d {
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

#[derive(Default)]
struct Columns {
    doc: Vec<usize>,
    file: Vec<Option<String>>,
    section: Vec<String>,
    label: Vec<String>,
    value: Vec<f64>,
    multiplier: Vec<Option<String>>,
    normalized: Vec<Option<f64>>,
    unit: Vec<Option<String>>,
    approx: Vec<Option<String>>,
    kind: Vec<&'static str>,
    direction: Vec<Option<&'static str>>,
    line: Vec<usize>,
    start: Vec<usize>,
    end: Vec<usize>,
    text: Vec<String>,
    byte_start: Vec<usize>,
    byte_end: Vec<usize>,
}

/// The indicator table of `reports` as a dict of equal-length lists, one per column.
#[pyfunction]
pub fn _indicator_columns<'py>(
    py: Python<'py>,
    reports: Vec<PyRef<'py, PyReport>>,
) -> PyResult<Bound<'py, PyDict>> {
    let mut c = Columns::default();
    for (doc, r) in reports.iter().enumerate() {
        let spans = r.p.indicator_spans();
        for (i, span) in r.p.bytes.indicators.iter().zip(spans) {
            c.doc.push(doc);
            c.file.push(r.p.file.clone());
            c.section.push(i.section.join(SECTION_SEPARATOR));
            c.label.push(i.label.clone());
            c.value.push(num(&i.value));
            c.multiplier.push(i.multiplier.clone());
            c.normalized.push(i.normalized.as_ref().map(num));
            c.unit.push(i.unit.clone());
            c.approx.push(i.approx.as_ref().map(|a| a.word.clone()));
            c.kind.push(kind_name(i.kind));
            c.direction.push(i.direction.map(direction_name));
            c.line.push(i.line);
            c.start.push(span.start);
            c.end.push(span.end);
            c.text.push(i.text.clone());
            c.byte_start.push(i.span.start);
            c.byte_end.push(i.span.end);
        }
    }
    let out = PyDict::new(py);
    out.set_item("doc", c.doc)?;
    out.set_item("file", c.file)?;
    out.set_item("section", c.section)?;
    out.set_item("label", c.label)?;
    out.set_item("value", c.value)?;
    out.set_item("multiplier", c.multiplier)?;
    out.set_item("normalized", c.normalized)?;
    out.set_item("unit", c.unit)?;
    out.set_item("approx", c.approx)?;
    out.set_item("kind", c.kind)?;
    out.set_item("direction", c.direction)?;
    out.set_item("line", c.line)?;
    out.set_item("start", c.start)?;
    out.set_item("end", c.end)?;
    out.set_item("text", c.text)?;
    out.set_item("byte_start", c.byte_start)?;
    out.set_item("byte_end", c.byte_end)?;
    Ok(out)
}
