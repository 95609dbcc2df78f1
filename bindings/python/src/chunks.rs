//! `Report.chunks(...)`: the core's [`baogao::chunks`] as Python dicts with code-point spans.

use crate::classes::PySpan;
use crate::report::Parsed;
use baogao::offsets::{OffsetMap, Unit};
use baogao::{Chunk, ChunkOptions, Span};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The chunks of a parsed report with each span in code points (`span`) and in UTF-8 bytes
/// (`byte_span`); the offsets of all chunks are converted in one pass over the text.
///
/// ```
/// use baogao_python::{chunks::chunks_with_char_spans, report::Parsed};
/// let p = Parsed::new("标题\n一、工作\n立案94件。\n".into(), None);
/// let out = chunks_with_char_spans(&p, &baogao::ChunkOptions::default());
/// let (chunk, chars) = &out[0];
/// assert_eq!((chunk.span.start, chars.start), (7, 3));
/// ```
pub fn chunks_with_char_spans(p: &Parsed, options: &ChunkOptions) -> Vec<(Chunk, Span)> {
    let found = baogao::chunks(&p.bytes, &p.text, options);
    let map = OffsetMap::new(
        &p.text,
        found.iter().flat_map(|c| [c.span.start, c.span.end]),
        Unit::Char,
    );
    found
        .into_iter()
        .map(|c| {
            let s = Span::new(
                map.get(c.span.start).unwrap_or(0),
                map.get(c.span.end).unwrap_or(0),
            );
            (c, s)
        })
        .collect()
}

/// One chunk as a dict (the Rust `Chunk` fields, plus `byte_span` and the report's `file`).
pub fn chunk_dict<'py>(
    py: Python<'py>,
    chunk: Chunk,
    chars: Span,
    file: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    let page = chunk.page_content();
    d.set_item("text", chunk.text)?;
    d.set_item("span", PySpan::from(chars))?;
    d.set_item("byte_span", PySpan::from(chunk.span))?;
    d.set_item("chars", chunk.chars)?;
    d.set_item("path", chunk.path.to_vec())?;
    d.set_item("indicators", chunk.indicators)?;
    d.set_item("title", chunk.title)?;
    d.set_item("published", chunk.published)?;
    d.set_item("table_header", chunk.table_header)?;
    d.set_item("context_before", chunk.context_before)?;
    d.set_item("page_content", page)?;
    d.set_item("file", file)?;
    Ok(d)
}
