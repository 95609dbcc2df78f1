//! Python binding of baogao: the extension module `baogao._baogao`.
//!
//! The core holds all the logic; this crate only translates types. Reports are parsed in Rust
//! (without the GIL in `parse_many`, on worker threads that start parsing while the later inputs
//! are still being copied out of Python), their spans are converted to
//! code points once per report on first use, and Python objects are made only when an attribute
//! is read.
//!
//! ```python
//! import baogao
//! r = baogao.parse("一、主要成效\n全年立案94件，行政罚款208.74 万元。\n")
//! ind = r.indicators[1]
//! assert r.text[ind.span.start:ind.span.end] == ind.text == "208.74 万元"
//! ```

use pyo3::prelude::*;
use rayon::prelude::*;

pub mod chunks;
pub mod classes;
pub mod dual;
pub mod errors;
pub mod frame;
pub mod report;
pub mod util;

use classes::*;
use errors::{decode_owned, read_text, Failure};
use report::{Parsed, PyReport};

/// One input of `parse_many`: text, raw bytes, or a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A `str`: parsed as is.
    Text(String),
    /// `bytes`: decoded as a file would be.
    Bytes(Vec<u8>),
    /// An `os.PathLike`: read and decoded.
    Path(String),
    /// A `str` that held lone surrogates, replaced by U+FFFD (see [`text_arg`]): the text, the
    /// byte offset of the first replacement and their number.
    Repaired(String, usize, usize),
}

impl Input {
    /// Reads, decodes and parses this input.
    ///
    /// ```
    /// use baogao_python::Input;
    /// let p = Input::Bytes("一、工作\n".as_bytes().to_vec()).parse().unwrap();
    /// assert_eq!(p.bytes.sections.len(), 1);
    /// ```
    pub fn parse(self) -> Result<Parsed, Failure> {
        match self {
            Input::Text(t) => Ok(Parsed::new(t, None)),
            Input::Repaired(t, at, n) => Ok(Parsed::new(t, None).with_surrogates(at, n)),
            Input::Bytes(b) => Ok(Parsed::new(decode_owned(None, &b)?, None)),
            Input::Path(p) => {
                let text = read_text(&p)?;
                Ok(Parsed::new(text, Some(p)))
            }
        }
    }
}

/// Parses every input, on `threads` threads (None: all cores), in input order.
///
/// ```
/// use baogao_python::{parse_inputs, Input};
/// let out = parse_inputs(vec![Input::Text("一、甲\n".into()), Input::Text("二、乙\n".into())], Some(2)).unwrap();
/// assert_eq!(out[1].as_ref().unwrap().bytes.sections[0].heading.title, "乙");
/// ```
pub fn parse_inputs(
    inputs: Vec<Input>,
    threads: Option<usize>,
) -> Result<Vec<Result<Parsed, Failure>>, String> {
    // Code-point spans are made later, on first use (indicators and frames need only theirs).
    let one = Input::parse;
    let run = |inputs: Vec<Input>| inputs.into_par_iter().map(one).collect::<Vec<_>>();
    match threads {
        None => Ok(run(inputs)),
        Some(1) => Ok(inputs.into_iter().map(one).collect()),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| e.to_string())?;
            Ok(pool.install(|| run(inputs)))
        }
    }
}

fn path_string(path: &Bound<'_, PyAny>) -> PyResult<String> {
    let os = path.py().import("os")?;
    let p = os.call_method1("fspath", (path,))?;
    if let Ok(s) = p.extract::<String>() {
        return Ok(s);
    }
    // bytes paths
    let fsdecoded = os.call_method1("fsdecode", (p,))?;
    fsdecoded.extract::<String>()
}

fn to_input(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Input> {
    if let Ok(s) = item.cast::<pyo3::types::PyString>() {
        return Ok(match text_arg(s)? {
            (t, None) => Input::Text(t),
            (t, Some((at, n))) => Input::Repaired(t, at, n),
        });
    }
    if let Ok(b) = item.cast::<pyo3::types::PyBytes>() {
        return Ok(Input::Bytes(b.as_bytes().to_vec()));
    }
    if item.hasattr("__fspath__")? {
        return Ok(Input::Path(path_string(item)?));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "baogao.parse_many: item {index} is {}, expected str (text), bytes or os.PathLike (a file)",
        item.get_type().name()?
    )))
}

/// The text of a Python `str`. A `str` may hold lone surrogates (`"\\ud800"`, from
/// `surrogateescape` decoding or a cut UTF-16 pair), which no UTF-8 text can: each becomes U+FFFD,
/// one code point for one, so code-point spans still index the caller's string. Returns the byte
/// offset of the first replacement and their number when there were any.
fn text_arg(s: &Bound<'_, pyo3::types::PyString>) -> PyResult<(String, Option<(usize, usize)>)> {
    if let Ok(t) = s.extract::<String>() {
        return Ok((t, None));
    }
    let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let bytes = encoded.cast::<pyo3::types::PyBytes>()?;
    let (text, first, n) = util::replace_surrogates(bytes.as_bytes());
    Ok((text, first.map(|at| (at, n))))
}

/// Parses a report.
///
/// `parse(text: str) -> Report`. Never fails: lone surrogates in `text` (which UTF-8 cannot
/// hold) are read as U+FFFD, one for one, and reported by a `lone_surrogates` diagnostic.
#[pyfunction]
fn parse(py: Python<'_>, text: &Bound<'_, pyo3::types::PyString>) -> PyResult<PyReport> {
    let (text, repaired) = text_arg(text)?;
    Ok(py
        .detach(move || {
            let parsed = Parsed::new(text, None);
            match repaired {
                Some((at, n)) => parsed.with_surrogates(at, n),
                None => parsed,
            }
        })
        .into())
}

/// Decodes bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030, Big5) and parses them.
#[pyfunction]
fn parse_bytes(py: Python<'_>, data: Vec<u8>) -> PyResult<PyReport> {
    py.detach(move || Input::Bytes(data).parse())
        .map(PyReport::from)
        .map_err(|f| f.to_pyerr(py))
}

/// Decodes bytes as `parse_bytes` and `parse_file` do.
#[pyfunction]
fn decode(py: Python<'_>, data: Vec<u8>) -> PyResult<String> {
    decode_owned(None, &data).map_err(|f| f.to_pyerr(py))
}

/// Reads a file (decoding as the CLI does: text, a saved web page, a Word .docx or a Word
/// 97–2003 .doc, told by content) and parses it.
#[pyfunction]
fn parse_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<PyReport> {
    let path = path_string(path)?;
    py.detach(move || Input::Path(path).parse())
        .map(PyReport::from)
        .map_err(|f| f.to_pyerr(py))
}

/// Parses many texts (`str`), byte strings or files (`os.PathLike`) with the GIL released, on
/// `threads` threads (default: all cores). Results keep the input order; the first failing input
/// raises.
#[pyfunction]
#[pyo3(signature = (texts_or_paths, threads = None))]
fn parse_many(
    py: Python<'_>,
    texts_or_paths: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<PyReport>> {
    if threads == Some(0) {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "baogao.parse_many: threads must be at least 1",
        ));
    }
    let workers =
        threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let results = if workers == 1 {
        let mut inputs = Vec::new();
        for (i, item) in texts_or_paths.try_iter()?.enumerate() {
            inputs.push(to_input(&item?, i)?);
        }
        py.detach(move || parse_inputs(inputs, Some(1)))
            .map_err(pyo3::exceptions::PyRuntimeError::new_err)?
    } else {
        parse_streamed(py, texts_or_paths, workers)?
    };
    results
        .into_iter()
        .map(|r| r.map(PyReport::from).map_err(|f| f.to_pyerr(py)))
        .collect()
}

/// `parse_many` on `workers` threads, pipelined: the calling thread copies the inputs out of
/// Python (which needs the GIL, so it is serial) and hands each to the workers as soon as it is
/// copied, instead of copying all of them before the first parse starts; then it waits with
/// the GIL released.
fn parse_streamed(
    py: Python<'_>,
    texts_or_paths: &Bound<'_, PyAny>,
    workers: usize,
) -> PyResult<Vec<Result<Parsed, Failure>>> {
    use std::sync::{mpsc, Mutex};
    let (send, receive) = mpsc::channel::<(usize, Input)>();
    let receive = Mutex::new(receive);
    let done: Mutex<Vec<(usize, Result<Parsed, Failure>)>> = Mutex::new(Vec::new());
    let mut failed: Option<PyErr> = None;
    let mut count = 0;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| loop {
                    // The lock is held only to take the next input, not while parsing it.
                    let next = receive.lock().map(|r| r.recv());
                    let Ok(Ok((i, input))) = next else { break };
                    let parsed = input.parse();
                    if let Ok(mut d) = done.lock() {
                        d.push((i, parsed));
                    }
                })
            })
            .collect();
        let items = match texts_or_paths.try_iter() {
            Ok(items) => Some(items),
            Err(e) => {
                failed = Some(e);
                None
            }
        };
        for (i, item) in items.into_iter().flatten().enumerate() {
            match item.and_then(|item| to_input(&item, i)) {
                Ok(input) => {
                    count += 1;
                    if send.send((i, input)).is_err() {
                        break;
                    }
                }
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        drop(send);
        py.detach(move || {
            for h in handles {
                let _ = h.join();
            }
        });
    });
    if let Some(e) = failed {
        return Err(e);
    }
    let mut done = done.into_inner().map_err(|_| {
        pyo3::exceptions::PyRuntimeError::new_err("baogao.parse_many: a worker panicked")
    })?;
    if done.len() != count {
        return Err(pyo3::exceptions::PyRuntimeError::new_err(
            "baogao.parse_many: a worker stopped before its input was parsed",
        ));
    }
    done.sort_unstable_by_key(|(i, _)| *i);
    Ok(done.into_iter().map(|(_, r)| r).collect())
}

/// The indicator phrases of any snippet of text (no outline, so `section` is empty).
///
/// Lone surrogates in `text` are read as U+FFFD, one for one (see `parse`).
#[pyfunction]
fn indicators(
    py: Python<'_>,
    text: &Bound<'_, pyo3::types::PyString>,
) -> PyResult<Vec<PyIndicator>> {
    let (text, _) = text_arg(text)?;
    let found = py.detach(move || {
        let bytes = baogao::indicators(&text);
        let spans = dual::indicator_spans(&text, &bytes);
        bytes
            .into_iter()
            .zip(spans)
            .map(|(bytes, span)| dual::Spanned { bytes, span })
            .collect::<Vec<_>>()
    });
    Ok(found.into_iter().map(PyIndicator::from).collect())
}

/// Unpickles any baogao object (named in their `__reduce__`).
#[pyfunction]
fn _restore(py: Python<'_>, kind: &str, state: &[u8]) -> PyResult<Py<PyAny>> {
    match kind {
        "Report" => PyReport::restore(py, state),
        "Title" => PyTitle::restore(py, state),
        "Meta" => PyMeta::restore(py, state),
        "MetaLine" => PyMetaLine::restore(py, state),
        "Section" => PySection::restore(py, state),
        "Heading" => PyHeading::restore(py, state),
        "Marker" => PyMarker::restore(py, state),
        "Paragraph" => PyParagraph::restore(py, state),
        "TableRow" => PyTableRow::restore(py, state),
        "Enumeration" => PyEnumeration::restore(py, state),
        "EnumerationItem" => PyEnumerationItem::restore(py, state),
        "Closing" => PyClosing::restore(py, state),
        "Boilerplate" => PyBoilerplate::restore(py, state),
        "Diagnostic" => PyDiagnostic::restore(py, state),
        "Indicator" => PyIndicator::restore(py, state),
        "Approx" => PyApprox::restore(py, state),
        other => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "baogao: cannot unpickle {other}"
        ))),
    }
}

/// The extension module.
#[pymodule(name = "_baogao")]
fn baogao_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("_KINDS", frame::KINDS.to_vec())?;
    m.add("_SECTION_SEPARATOR", frame::SECTION_SEPARATOR)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(decode, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(indicators, m)?)?;
    m.add_function(wrap_pyfunction!(_restore, m)?)?;
    m.add_function(wrap_pyfunction!(frame::_indicator_columns, m)?)?;
    m.add_function(wrap_pyfunction!(frame::_heading_columns, m)?)?;
    m.add_function(wrap_pyfunction!(frame::_table_columns, m)?)?;
    m.add("INDICATOR_COLUMNS", frame::INDICATOR_COLUMNS.to_vec())?;
    m.add("HEADING_COLUMNS", frame::HEADING_COLUMNS.to_vec())?;
    m.add("TABLE_COLUMNS", frame::TABLE_COLUMNS.to_vec())?;
    m.add_class::<PyReport>()?;
    m.add_class::<PySpan>()?;
    m.add_class::<PyTitle>()?;
    m.add_class::<PyMeta>()?;
    m.add_class::<PyMetaLine>()?;
    m.add_class::<PySection>()?;
    m.add_class::<PyHeading>()?;
    m.add_class::<PyMarker>()?;
    m.add_class::<PyParagraph>()?;
    m.add_class::<PyTableRow>()?;
    m.add_class::<PyEnumeration>()?;
    m.add_class::<PyEnumerationItem>()?;
    m.add_class::<PyClosing>()?;
    m.add_class::<PyBoilerplate>()?;
    m.add_class::<PyDiagnostic>()?;
    m.add_class::<PyIndicator>()?;
    m.add_class::<PyApprox>()?;
    Ok(())
}
