//! `baogao.Report`: a parsed report, with the text it was parsed from.

use crate::classes::{
    block_list, restore_fn, PyBoilerplate, PyClosing, PyDiagnostic, PyHeading, PyIndicator, PyMeta,
    PySection, PySpan, PyTitle, Reduced,
};
use crate::dual::{indicator_spans, to_chars, Dual, Spanned, Wire};
use crate::util::{json_err, json_loads, py_repr, py_repr_opt, serde_name};
use baogao::offsets::{convert_report, Unit};
use baogao::Report;
use baogao::Span;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList};
use serde::{Deserialize, Serialize};

/// A parsed report: the byte-span report from the core, the text, and the file it came from.
/// Code-point versions of its parts are made when they are read ([`Parsed::part`]).
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The report as the core returns it (spans in UTF-8 bytes).
    pub bytes: Report,
    /// The decoded text.
    pub text: String,
    /// The file, when read from one.
    pub file: Option<String>,
}

impl Parsed {
    /// Parses `text` (remembering `file`, if any).
    ///
    /// ```
    /// let p = baogao_python::report::Parsed::new("一、工作\n".into(), None);
    /// let sections = p.part(|r| &r.sections, |r| &mut r.sections);
    /// assert_eq!(sections.chars[0].heading.title, "工作");
    /// ```
    pub fn new(text: String, file: Option<String>) -> Self {
        let bytes = baogao::parse(&text);
        Parsed { bytes, text, file }
    }

    /// Adds the `lone_surrogates` diagnostic: `n` lone surrogates of the caller's `str` were read
    /// as U+FFFD, the first at byte `at` of [`Parsed::text`].
    ///
    /// ```
    /// let p = baogao_python::report::Parsed::new("甲\u{fffd}".into(), None).with_surrogates(3, 1);
    /// let d = p.bytes.diagnostics.last().unwrap();
    /// assert_eq!((d.kind, d.span.start, d.span.end), (baogao::DiagnosticKind::LoneSurrogates, 3, 6));
    /// ```
    pub fn with_surrogates(mut self, at: usize, n: usize) -> Self {
        let end = (at + '\u{fffd}'.len_utf8()).min(self.text.len());
        self.bytes.diagnostics.push(baogao::Diagnostic {
            kind: baogao::DiagnosticKind::LoneSurrogates,
            span: baogao::Span::new(at, end),
            message: format!(
                "{n} lone surrogate(s) (unpaired UTF-16 halves, which UTF-8 cannot hold) read as U+FFFD"
            ),
        });
        self
    }

    /// One part of the report (`pick` reads it, `place` is where it sits in a `Report`) in both
    /// units: the part's spans alone are converted, in one pass over the text, by placing a copy
    /// in an otherwise empty report and running `baogao::offsets::convert_report` on it.
    ///
    /// ```
    /// let p = baogao_python::report::Parsed::new("标题\n一、工作\n".into(), None);
    /// let s = p.part(|r| &r.sections, |r| &mut r.sections);
    /// assert_eq!((s.bytes[0].heading.span.start, s.chars[0].heading.span.start), (7, 3));
    /// ```
    pub fn part<T: Clone + Default>(
        &self,
        pick: impl Fn(&Report) -> &T,
        place: impl Fn(&mut Report) -> &mut T,
    ) -> Dual<T> {
        let bytes = pick(&self.bytes).clone();
        let mut holder = Report::default();
        *place(&mut holder) = bytes.clone();
        convert_report(&self.text, &mut holder, Unit::Char);
        Dual {
            bytes,
            chars: std::mem::take(place(&mut holder)),
        }
    }

    /// The whole report with code-point spans.
    pub fn chars(&self) -> Report {
        to_chars(&self.text, &self.bytes)
    }

    /// The code-point spans of the indicators (one pass over the text).
    pub fn indicator_spans(&self) -> Vec<Span> {
        indicator_spans(&self.text, &self.bytes.indicators)
    }
}

/// Pairs the elements of a list held in both units.
fn split<U>(d: Dual<Vec<U>>) -> Vec<Dual<U>> {
    d.bytes
        .into_iter()
        .zip(d.chars)
        .map(|(bytes, chars)| Dual { bytes, chars })
        .collect()
}

/// An optional value held in both units.
fn split_opt<U>(d: Dual<Option<U>>) -> Option<Dual<U>> {
    d.bytes
        .zip(d.chars)
        .map(|(bytes, chars)| Dual { bytes, chars })
}

#[derive(Serialize)]
struct StateRef<'a> {
    text: &'a str,
    file: Option<&'a str>,
    report: &'a Report,
}

#[derive(Deserialize)]
struct State {
    text: String,
    file: Option<String>,
    report: Report,
}

/// A parsed report.
///
/// Attributes are those of the Rust `Report`; `text` is the text it was parsed from and `file` the
/// path it was read from (None for `parse(text)`), neither of which is part of `to_dict()`.
#[pyclass(frozen, module = "baogao", name = "Report")]
pub struct PyReport {
    pub(crate) p: Parsed,
    indicators: PyOnceLock<Vec<Py<PyIndicator>>>,
}

impl From<Parsed> for PyReport {
    fn from(p: Parsed) -> Self {
        PyReport {
            p,
            indicators: PyOnceLock::new(),
        }
    }
}

impl PyReport {
    /// Unpickles: the byte-span report and the text; the code-point spans are recomputed.
    pub(crate) fn restore(py: Python<'_>, state: &[u8]) -> PyResult<Py<PyAny>> {
        let s: State = json_err(serde_json::from_slice(state))?;
        let p = Parsed {
            bytes: s.report,
            text: s.text,
            file: s.file,
        };
        Ok(Py::new(py, PyReport::from(p))?.into_any())
    }
}

#[pymethods]
impl PyReport {
    /// The document title, if one was found.
    #[getter]
    fn title(&self) -> Option<PyTitle> {
        split_opt(self.p.part(|r| &r.title, |r| &mut r.title)).map(PyTitle::from)
    }

    /// Publication metadata.
    #[getter]
    fn meta(&self) -> PyMeta {
        self.p.part(|r| &r.meta, |r| &mut r.meta).into()
    }

    /// Body blocks before the first heading.
    #[getter]
    fn preamble(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        block_list(py, split(self.p.part(|r| &r.preamble, |r| &mut r.preamble)))
    }

    /// The heading tree.
    #[getter]
    fn sections(&self) -> Vec<PySection> {
        split(self.p.part(|r| &r.sections, |r| &mut r.sections))
            .into_iter()
            .map(PySection::from)
            .collect()
    }

    /// The closing signature and date.
    #[getter]
    fn closing(&self) -> Option<PyClosing> {
        split_opt(self.p.part(|r| &r.closing, |r| &mut r.closing)).map(PyClosing::from)
    }

    /// Lines of web-page chrome.
    #[getter]
    fn boilerplate(&self) -> Vec<PyBoilerplate> {
        split(self.p.part(|r| &r.boilerplate, |r| &mut r.boilerplate))
            .into_iter()
            .map(PyBoilerplate::from)
            .collect()
    }

    /// Every quantitative statement, in document order (the objects are made once and shared).
    #[getter]
    fn indicators<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let made = self
            .indicators
            .get_or_try_init(py, || -> PyResult<Vec<Py<PyIndicator>>> {
                let spans = self.p.indicator_spans();
                let bytes = &self.p.bytes.indicators;
                bytes
                    .iter()
                    .zip(spans)
                    .map(|(b, span)| {
                        Py::new(
                            py,
                            PyIndicator::from(Spanned {
                                bytes: b.clone(),
                                span,
                            }),
                        )
                    })
                    .collect()
            })?;
        PyList::new(py, made.iter().map(|i| i.clone_ref(py)))
    }

    /// What the parser repaired or found doubtful.
    #[getter]
    fn diagnostics(&self) -> Vec<PyDiagnostic> {
        split(self.p.part(|r| &r.diagnostics, |r| &mut r.diagnostics))
            .into_iter()
            .map(PyDiagnostic::from)
            .collect()
    }

    /// The tables (rows, columns, cells with labels, units and values) as dicts, in the serde
    /// JSON form of the Rust `baogao::table::Table`, with spans in code points.
    #[getter]
    fn tables<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = self.p.part(|r| &r.tables, |r| &mut r.tables);
        json_loads(py, &json_err(serde_json::to_string(&d.chars))?)
    }

    /// The 政府信息公开 template record (`baogao::gio::read`) as a dict — edition, layout,
    /// keyed cells and checks, spans in code points — or None when the report has none.
    #[getter]
    fn gio<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if self.p.bytes.tables.is_empty() {
            return Ok(py.None().into_bound(py));
        }
        match baogao::gio::read(&self.p.chars()) {
            Some(rec) => json_loads(py, &json_err(serde_json::to_string(&rec))?),
            None => Ok(py.None().into_bound(py)),
        }
    }

    /// One row per table cell as a pandas (or, with `engine="polars"`, polars) DataFrame: the
    /// same as `baogao.tables_frame([report])`.
    #[pyo3(signature = (engine = "pandas"))]
    fn tables_frame<'py>(slf: &Bound<'py, Self>, engine: &str) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        py.import("baogao._frames")?
            .getattr("tables_frame")?
            .call1(([slf], engine))
    }

    /// One row per check of the 政府信息公开 template record as a DataFrame.
    #[pyo3(signature = (engine = "pandas"))]
    fn gio_checks_frame<'py>(slf: &Bound<'py, Self>, engine: &str) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        py.import("baogao._frames")?
            .getattr("gio_checks_frame")?
            .call1((slf, engine))
    }

    /// The text the report was parsed from (decoded, for files).
    #[getter]
    fn text(&self) -> &str {
        &self.p.text
    }

    /// The path the report was read from, or None.
    #[getter]
    fn file(&self) -> Option<&str> {
        self.p.file.as_deref()
    }

    /// The headings in document order (the tree, flattened).
    fn headings(&self) -> Vec<PyHeading> {
        let d = self.p.part(|r| &r.sections, |r| &mut r.sections);
        let bytes = Report {
            sections: d.bytes,
            ..Report::default()
        };
        let chars = Report {
            sections: d.chars,
            ..Report::default()
        };
        bytes
            .headings()
            .into_iter()
            .zip(chars.headings())
            .map(|(b, c)| {
                Dual {
                    bytes: b.clone(),
                    chars: c.clone(),
                }
                .into()
            })
            .collect()
    }

    /// Every leaf of the outline as `(kind, span)` in document order; the code-point spans are
    /// contiguous and cover the whole text.
    fn leaves(&self) -> Vec<(String, PySpan)> {
        self.p
            .chars()
            .leaves()
            .into_iter()
            .map(|(k, s)| (serde_name(&k), s.into()))
            .collect()
    }

    /// The Rust serde JSON of the report as Python objects (spans in UTF-8 bytes).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &json_err(self.p.bytes.to_json(None))?)
    }

    /// The Rust serde JSON of the report (spans in UTF-8 bytes), indented when asked.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        json_err(self.p.bytes.to_json(indent))
    }

    /// One row per indicator as a pandas (or, with `engine="polars"`, polars) DataFrame.
    #[pyo3(signature = (engine = "pandas"))]
    fn indicators_frame<'py>(slf: &Bound<'py, Self>, engine: &str) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        py.import("baogao._frames")?
            .getattr("indicators_frame")?
            .call1(([slf], engine))
    }

    /// Section-aware chunks for retrieval (see `baogao::chunks` in Rust): a list of dicts with
    /// `text`, `span` (code points: `report.text[span.start:span.end] == text`), `byte_span`,
    /// `chars`, `path`, `indicators` (indexes into `indicators`), `title`, `published`,
    /// `table_header`, `context_before`, `page_content` (the header row, if repeated, and the
    /// text) and `file`.
    #[pyo3(signature = (max_chars = 500, merge_small = false, overlap = 0))]
    fn chunks<'py>(
        &self,
        py: Python<'py>,
        max_chars: usize,
        merge_small: bool,
        overlap: usize,
    ) -> PyResult<Vec<Bound<'py, pyo3::types::PyDict>>> {
        let options = baogao::ChunkOptions {
            max_chars,
            merge_small,
            overlap,
        };
        let found = py.detach(|| crate::chunks::chunks_with_char_spans(&self.p, &options));
        found
            .into_iter()
            .map(|(c, s)| crate::chunks::chunk_dict(py, c, s, self.p.file.as_deref()))
            .collect()
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Reduced<'py>> {
        let state = json_err(serde_json::to_vec(&StateRef {
            text: &self.p.text,
            file: self.p.file.as_deref(),
            report: &self.p.bytes,
        }))?;
        Ok((restore_fn(py)?, ("Report", PyBytes::new(py, &state))))
    }

    fn __eq__(&self, other: PyRef<'_, Self>) -> bool {
        self.p.bytes == other.p.bytes && self.p.text == other.p.text
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let r = &self.p.bytes;
        format!(
            "Report(title={}, file={}, sections={}, indicators={}, diagnostics={})",
            py_repr_opt(py, r.title.as_ref().map(|t| t.text.as_str())),
            self.p
                .file
                .as_deref()
                .map_or_else(|| "None".to_string(), |f| py_repr(py, f)),
            r.sections.len(),
            r.indicators.len(),
            r.diagnostics.len()
        )
    }
}
