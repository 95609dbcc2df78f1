//! The Python classes of the model, one per Rust type, with read-only attributes named as in
//! Rust.
//!
//! Each object holds its Rust value twice ([`Dual`]): `.span` reads the code-point version,
//! `.byte_span`, `to_dict()` and `to_json()` the byte version (exactly the Rust serde JSON).
//! Child objects are made when an attribute is read, so parsing builds no Python objects.
//! Enums are exposed as their serde names (`"money"`, `"paren_chinese"` …).

use crate::dual::{Dual, Spanned, Wire};
use crate::util::{json_err, json_loads, num, py_repr, py_repr_opt, serde_name};
use baogao::{
    Approx, Block, Boilerplate, Closing, Diagnostic, Enumeration, EnumerationItem, Heading,
    Indicator, Marker, Meta, MetaLine, Paragraph, Section, TableRow, Title,
};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyIterator, PyTuple};

/// A half-open range `start..end`. The `.span` of an object counts Unicode code points (Python
/// `str` indices); its `.byte_span` counts UTF-8 bytes (the Rust offsets).
#[pyclass(frozen, eq, hash, module = "baogao", name = "Span")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PySpan {
    /// First offset of the range.
    #[pyo3(get)]
    pub start: usize,
    /// One past the last offset of the range.
    #[pyo3(get)]
    pub end: usize,
}

impl From<baogao::Span> for PySpan {
    fn from(s: baogao::Span) -> Self {
        PySpan {
            start: s.start,
            end: s.end,
        }
    }
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(start: usize, end: usize) -> Self {
        PySpan { start, end }
    }

    fn __repr__(&self) -> String {
        format!("Span({}, {})", self.start, self.end)
    }

    fn __len__(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// `start, end = span`.
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        PyTuple::new(py, [self.start, self.end])?.try_iter()
    }

    fn __getnewargs__(&self) -> (usize, usize) {
        (self.start, self.end)
    }

    /// The covered piece of `text` (code-point span on a `str`).
    fn slice(&self, text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = text.py();
        let s = pyo3::types::PySlice::new(py, self.start as isize, self.end as isize, 1);
        Ok(text.get_item(s)?.unbind())
    }
}

/// What `__reduce__` returns: `(baogao._baogao._restore, (class name, state))`.
pub(crate) type Reduced<'py> = (Bound<'py, PyAny>, (&'static str, Bound<'py, PyBytes>));

static RESTORE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `baogao._baogao._restore`, the unpickling function named in every `__reduce__`.
pub(crate) fn restore_fn(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    RESTORE
        .get_or_try_init(py, || -> PyResult<Py<PyAny>> {
            Ok(py.import("baogao._baogao")?.getattr("_restore")?.unbind())
        })
        .map(|f| f.bind(py).clone())
}

/// Declares a Python class around a [`Dual`] value, with `to_dict`, `to_json`, `==` and pickling,
/// plus the given methods.
macro_rules! wrapper {
    ($(#[$m:meta])* $py:ident($rust:ty) as $name:literal { $($body:tt)* }) => {
        wrapper! { $(#[$m])* $py($rust, Dual<$rust>) as $name { $($body)* } }
    };
    // `$store` holds the value: a `Dual`, or for indicators a `Spanned` (one copy + a span).
    ($(#[$m:meta])* $py:ident($rust:ty, $store:ty) as $name:literal { $($body:tt)* }) => {
        $(#[$m])*
        #[pyclass(frozen, module = "baogao", name = $name)]
        pub struct $py {
            pub(crate) d: $store,
        }

        impl From<$store> for $py {
            fn from(d: $store) -> Self {
                $py { d }
            }
        }

        impl $py {
            /// Unpickles from the state written by `__reduce__`.
            pub(crate) fn restore(py: Python<'_>, state: &[u8]) -> PyResult<Py<PyAny>> {
                let d: $store = json_err(serde_json::from_slice(state))?;
                Ok(Py::new(py, $py { d })?.into_any())
            }
        }

        #[pymethods]
        impl $py {
            /// The Rust serde JSON of this value as Python objects (spans in UTF-8 bytes).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                json_loads(py, &json_err(self.d.bytes.to_json(None))?)
            }

            /// The Rust serde JSON of this value (spans in UTF-8 bytes), indented when asked.
            #[pyo3(signature = (indent = None))]
            fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
                json_err(self.d.bytes.to_json(indent))
            }

            fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Reduced<'py>> {
                let state = json_err(serde_json::to_vec(&self.d))?;
                Ok((restore_fn(py)?, ($name, PyBytes::new(py, &state))))
            }

            fn __eq__(&self, other: PyRef<'_, Self>) -> bool {
                self.d == other.d
            }

            $($body)*
        }
    };
}

/// A block as its Python class (`Paragraph` or `TableRow`).
pub(crate) fn block_object(py: Python<'_>, d: Dual<Block>) -> PyResult<Py<PyAny>> {
    match (d.bytes, d.chars) {
        (Block::Paragraph(bytes), Block::Paragraph(chars)) => {
            Ok(Py::new(py, PyParagraph::from(Dual { bytes, chars }))?.into_any())
        }
        (Block::Table(bytes), Block::Table(chars)) => {
            Ok(Py::new(py, PyTableRow::from(Dual { bytes, chars }))?.into_any())
        }
        _ => Err(pyo3::exceptions::PyRuntimeError::new_err(
            "baogao: block versions differ",
        )),
    }
}

/// Every block of a list, as Python objects.
pub(crate) fn block_list(py: Python<'_>, d: Vec<Dual<Block>>) -> PyResult<Vec<Py<PyAny>>> {
    d.into_iter().map(|b| block_object(py, b)).collect()
}

wrapper! {
    /// The title of a report, possibly written over several lines.
    PyTitle(Title) as "Title" {
        /// The title text, joined and trimmed.
        #[getter]
        fn text(&self) -> &str { &self.d.chars.text }
        /// The 1-based lines the title was read from.
        #[getter]
        fn lines(&self) -> Vec<usize> { self.d.chars.lines.clone() }
        /// Code-point span.
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        /// UTF-8 byte span.
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!("Title({}, lines={:?})", py_repr(py, &self.d.chars.text), self.d.chars.lines)
        }
    }
}

wrapper! {
    /// Publication metadata.
    PyMeta(Meta) as "Meta" {
        #[getter]
        fn published(&self) -> Option<&str> { self.d.chars.published.as_deref() }
        #[getter]
        fn source(&self) -> Option<&str> { self.d.chars.source.as_deref() }
        #[getter]
        fn author(&self) -> Option<&str> { self.d.chars.author.as_deref() }
        #[getter]
        fn editor(&self) -> Option<&str> { self.d.chars.editor.as_deref() }
        #[getter]
        fn views(&self) -> Option<&str> { self.d.chars.views.as_deref() }
        /// The dateline of a report delivered to a congress, without dashes or brackets.
        #[getter]
        fn dateline(&self) -> Option<&str> { self.d.chars.dateline.as_deref() }
        /// The dateline's date as ISO `YYYY-MM-DD` (when it gives year, month and day).
        #[getter]
        fn delivered(&self) -> Option<&str> { self.d.chars.delivered.as_deref() }
        /// Who delivered the report, as written.
        #[getter]
        fn speaker(&self) -> Option<&str> { self.d.chars.speaker.as_deref() }
        /// The salutation that opens the address, without its colon.
        #[getter]
        fn salutation(&self) -> Option<&str> { self.d.chars.salutation.as_deref() }
        /// The metadata lines themselves.
        #[getter]
        fn lines(&self) -> Vec<PyMetaLine> { self.d.parts(|m| &m.lines).into_iter().map(PyMetaLine::from).collect() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let m = &self.d.chars;
            format!(
                "Meta(published={}, source={}, lines={})",
                py_repr_opt(py, m.published.as_deref()),
                py_repr_opt(py, m.source.as_deref()),
                m.lines.len()
            )
        }
    }
}

wrapper! {
    /// One line of metadata with its `(key, value)` fields.
    PyMetaLine(MetaLine) as "MetaLine" {
        #[getter]
        fn line(&self) -> usize { self.d.chars.line }
        #[getter]
        fn fields(&self) -> Vec<(String, String)> { self.d.chars.fields.clone() }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let fields: Vec<String> = self.d.chars.fields.iter().map(|(k, v)| format!("({}, {})", py_repr(py, k), py_repr(py, v))).collect();
            format!("MetaLine(line={}, fields=[{}])", self.d.chars.line, fields.join(", "))
        }
    }
}

wrapper! {
    /// A heading with the body and subsections under it.
    PySection(Section) as "Section" {
        #[getter]
        fn heading(&self) -> PyHeading { self.d.part(|s| &s.heading).into() }
        /// Body blocks (`Paragraph`, `TableRow`) before the first child section.
        #[getter]
        fn blocks(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> { block_list(py, self.d.parts(|s| &s.blocks)) }
        #[getter]
        fn children(&self) -> Vec<PySection> { self.d.parts(|s| &s.children).into_iter().map(PySection::from).collect() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let s = &self.d.chars;
            format!(
                "Section(level={}, title={}, blocks={}, children={})",
                s.heading.level,
                py_repr(py, &s.heading.title),
                s.blocks.len(),
                s.children.len()
            )
        }
    }
}

wrapper! {
    /// A heading: marker, title, depth and place.
    PyHeading(Heading) as "Heading" {
        /// 1-based nesting depth.
        #[getter]
        fn level(&self) -> usize { self.d.chars.level }
        #[getter]
        fn marker(&self) -> PyMarker { self.d.part(|h| &h.marker).into() }
        #[getter]
        fn title(&self) -> &str { &self.d.chars.title }
        /// The rest of a title a PDF's line break carried onto the next line, if any.
        #[getter]
        fn title_continues(&self) -> Option<&str> { self.d.chars.title_continues.as_deref() }
        #[getter]
        fn inline_body(&self) -> bool { self.d.chars.inline_body }
        #[getter]
        fn line(&self) -> usize { self.d.chars.line }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let h = &self.d.chars;
            format!(
                "Heading(level={}, marker={}, title={}, line={})",
                h.level,
                py_repr(py, &h.marker.raw),
                py_repr(py, &h.title),
                h.line
            )
        }
    }
}

wrapper! {
    /// A numbering marker as written, with its style and ordinal.
    PyMarker(Marker) as "Marker" {
        #[getter]
        fn raw(&self) -> &str { &self.d.chars.raw }
        /// The style's serde name (`chinese_comma`, `paren_chinese`, `arabic_dot` …).
        #[getter]
        fn style(&self) -> String { serde_name(&self.d.chars.style) }
        #[getter]
        fn ordinal(&self) -> Option<u32> { self.d.chars.ordinal }
        fn __repr__(&self, py: Python<'_>) -> String {
            let m = &self.d.chars;
            let ordinal = m.ordinal.map_or_else(|| "None".to_string(), |o| o.to_string());
            format!("Marker({}, style={}, ordinal={ordinal})", py_repr(py, &m.raw), py_repr(py, &serde_name(&m.style)))
        }
    }
}

wrapper! {
    /// A paragraph of running text with its inline enumerations.
    PyParagraph(Paragraph) as "Paragraph" {
        /// Always `"paragraph"` (the serde tag of the block).
        #[getter(r#type)]
        fn block_type(&self) -> &'static str { "paragraph" }
        #[getter]
        fn line(&self) -> usize { self.d.chars.line }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        #[getter]
        fn enumerations(&self) -> Vec<PyEnumeration> { self.d.parts(|p| &p.enumerations).into_iter().map(PyEnumeration::from).collect() }
        fn __repr__(&self) -> String {
            let p = &self.d.chars;
            format!("Paragraph(line={}, span=Span({}, {}), enumerations={})", p.line, p.span.start, p.span.end, p.enumerations.len())
        }
    }
}

wrapper! {
    /// A table row flattened to text.
    PyTableRow(TableRow) as "TableRow" {
        /// Always `"table"` (the serde tag of the block).
        #[getter(r#type)]
        fn block_type(&self) -> &'static str { "table" }
        #[getter]
        fn line(&self) -> usize { self.d.chars.line }
        #[getter]
        fn cells(&self) -> Vec<String> { self.d.chars.cells.clone() }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let cells: Vec<String> = self.d.chars.cells.iter().map(|c| py_repr(py, c)).collect();
            format!("TableRow(line={}, cells=[{}])", self.d.chars.line, cells.join(", "))
        }
    }
}

wrapper! {
    /// An inline enumeration inside a paragraph (一是…二是…).
    PyEnumeration(Enumeration) as "Enumeration" {
        /// `shi`, `ordinal`, `sequence` or `aspect`.
        #[getter]
        fn style(&self) -> String { serde_name(&self.d.chars.style) }
        #[getter]
        fn items(&self) -> Vec<PyEnumerationItem> { self.d.parts(|e| &e.items).into_iter().map(PyEnumerationItem::from).collect() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let markers: Vec<String> = self.d.chars.items.iter().map(|i| py_repr(py, &i.marker)).collect();
            format!("Enumeration(style={}, items=[{}])", py_repr(py, &serde_name(&self.d.chars.style)), markers.join(", "))
        }
    }
}

wrapper! {
    /// One item of an inline enumeration.
    PyEnumerationItem(EnumerationItem) as "EnumerationItem" {
        #[getter]
        fn marker(&self) -> &str { &self.d.chars.marker }
        #[getter]
        fn ordinal(&self) -> u32 { self.d.chars.ordinal }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let i = &self.d.chars;
            format!("EnumerationItem({}, ordinal={}, span=Span({}, {}))", py_repr(py, &i.marker), i.ordinal, i.span.start, i.span.end)
        }
    }
}

wrapper! {
    /// The closing signature and date.
    PyClosing(Closing) as "Closing" {
        #[getter]
        fn signature(&self) -> Option<&str> { self.d.chars.signature.as_deref() }
        #[getter]
        fn date(&self) -> Option<&str> { self.d.chars.date.as_deref() }
        #[getter]
        fn lines(&self) -> Vec<usize> { self.d.chars.lines.clone() }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let c = &self.d.chars;
            format!("Closing(signature={}, date={})", py_repr_opt(py, c.signature.as_deref()), py_repr_opt(py, c.date.as_deref()))
        }
    }
}

wrapper! {
    /// A line of web-page chrome (扫一扫, 打印本页 …).
    PyBoilerplate(Boilerplate) as "Boilerplate" {
        #[getter]
        fn text(&self) -> &str { &self.d.chars.text }
        #[getter]
        fn line(&self) -> usize { self.d.chars.line }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!("Boilerplate({}, line={})", py_repr(py, &self.d.chars.text), self.d.chars.line)
        }
    }
}

wrapper! {
    /// Something the parser repaired or found doubtful.
    PyDiagnostic(Diagnostic) as "Diagnostic" {
        /// The kind's serde name (`repaired_marker`, `skipped_ordinal` …).
        #[getter]
        fn kind(&self) -> String { serde_name(&self.d.chars.kind) }
        #[getter]
        fn span(&self) -> PySpan { self.d.chars.span.into() }
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        #[getter]
        fn message(&self) -> &str { &self.d.chars.message }
        fn __repr__(&self, py: Python<'_>) -> String {
            let d = &self.d.chars;
            format!("Diagnostic({}, {}, span=Span({}, {}))", py_repr(py, &serde_name(&d.kind)), py_repr(py, &d.message), d.span.start, d.span.end)
        }
    }
}

wrapper! {
    /// An approximation word (余, 近, 约, 以上 …) and where it stood.
    PyApprox(Approx) as "Approx" {
        #[getter]
        fn word(&self) -> &str { &self.d.chars.word }
        /// `before`, `inside` or `after` the number.
        #[getter]
        fn position(&self) -> String { serde_name(&self.d.chars.position) }
        fn __repr__(&self, py: Python<'_>) -> String {
            format!("Approx({}, position={})", py_repr(py, &self.d.chars.word), py_repr(py, &serde_name(&self.d.chars.position)))
        }
    }
}

wrapper! {
    /// A quantitative statement: `行政罚款208.74 万元` → value 208.74, multiplier 万, unit 元.
    ///
    /// Numbers (`value`, `normalized`, `from_`, `to`, `low`, `high`) are floats, the nearest double
    /// to the exact decimal, as in the JSON; `value_text` and `normalized_text` give the exact
    /// decimals as strings (for `decimal.Decimal`).
    PyIndicator(Indicator, Spanned<Indicator>) as "Indicator" {
        /// The phrase as written.
        #[getter]
        fn text(&self) -> &str { &self.d.bytes.text }
        /// Code-point span: `text[span.start:span.end] == indicator.text`.
        #[getter]
        fn span(&self) -> PySpan { self.d.span.into() }
        /// UTF-8 byte span (the Rust offsets, the one in `to_dict()`).
        #[getter]
        fn byte_span(&self) -> PySpan { self.d.bytes.span.into() }
        #[getter]
        fn line(&self) -> usize { self.d.bytes.line }
        #[getter]
        fn label(&self) -> &str { &self.d.bytes.label }
        #[getter]
        fn value(&self) -> f64 { num(&self.d.bytes.value) }
        /// The exact value as a decimal string (`"208.74"`).
        #[getter]
        fn value_text(&self) -> String { self.d.bytes.value.to_string() }
        #[getter]
        fn multiplier(&self) -> Option<&str> { self.d.bytes.multiplier.as_deref() }
        #[getter]
        fn normalized(&self) -> Option<f64> { self.d.bytes.normalized.as_ref().map(num) }
        /// The exact normalized value as a decimal string (`"2087400"`).
        #[getter]
        fn normalized_text(&self) -> Option<String> { self.d.bytes.normalized.as_ref().map(|d| d.to_string()) }
        #[getter]
        fn unit(&self) -> Option<&str> { self.d.bytes.unit.as_deref() }
        #[getter]
        fn approx(&self) -> Option<PyApprox> {
            self.d.bytes.approx.as_ref().map(|a| Dual { bytes: a.clone(), chars: a.clone() }.into())
        }
        /// The kind's serde name (`count`, `money`, `percent`, `change` …).
        #[getter]
        fn kind(&self) -> &'static str { crate::frame::kind_name(self.d.bytes.kind) }
        /// `up`, `down` or None.
        #[getter]
        fn direction(&self) -> Option<String> { self.d.bytes.direction.as_ref().map(serde_name) }
        /// The Rust field `from` (a Python keyword).
        #[getter]
        fn from_(&self) -> Option<f64> { self.d.bytes.from.as_ref().map(num) }
        #[getter]
        fn to(&self) -> Option<f64> { self.d.bytes.to.as_ref().map(num) }
        #[getter]
        fn basis(&self) -> Option<&str> { self.d.bytes.basis.as_deref() }
        #[getter]
        fn low(&self) -> Option<f64> { self.d.bytes.low.as_ref().map(num) }
        #[getter]
        fn high(&self) -> Option<f64> { self.d.bytes.high.as_ref().map(num) }
        #[getter]
        fn base(&self) -> Option<usize> { self.d.bytes.base }
        #[getter]
        fn parent(&self) -> Option<usize> { self.d.bytes.parent }
        /// Titles of the headings that contain the indicator, outermost first.
        #[getter]
        fn section(&self) -> Vec<String> { self.d.bytes.section.to_vec() }
        fn __repr__(&self, py: Python<'_>) -> String {
            let i = &self.d.bytes;
            let span = self.d.span;
            format!(
                "Indicator(label={}, text={}, value={}, unit={}, kind={}, span=Span({}, {}))",
                py_repr(py, &i.label),
                py_repr(py, &i.text),
                i.value,
                py_repr_opt(py, i.unit.as_deref()),
                py_repr(py, &serde_name(&i.kind)),
                span.start,
                span.end
            )
        }
    }
}
