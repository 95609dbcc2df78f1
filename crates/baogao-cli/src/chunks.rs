//! `baogao chunks`: section-aware chunks for retrieval, one JSON object per chunk.
//!
//! ```text
//! baogao chunks --max-chars 500 report.txt            # JSON lines (default)
//! baogao chunks --max-chars 300 --format json *.txt   # one JSON array
//! ```
//!
//! Each object is a [`baogao::Chunk`] (byte spans) with the file name first:
//! `{"file":"report.txt","text":"一、…","span":{"start":120,"end":987},"chars":312,"path":["…"],…}`.

use crate::Input;
use clap::ValueEnum;
use serde::Serialize;
use std::io::{self, Write};

/// Output formats of `baogao chunks`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ChunkFormat {
    /// One JSON object per line.
    Jsonl,
    /// One JSON array of all chunks.
    Json,
}

#[derive(Serialize)]
struct Row<'a> {
    file: &'a str,
    #[serde(flatten)]
    chunk: &'a baogao::Chunk,
}

/// Writes the chunks of every input.
pub(crate) fn write(
    out: &mut impl Write,
    inputs: &[Input],
    options: &baogao::ChunkOptions,
    format: ChunkFormat,
) -> io::Result<()> {
    let mut first = true;
    if format == ChunkFormat::Json {
        out.write_all(b"[")?;
    }
    for input in inputs {
        let report = baogao::parse(&input.text);
        for chunk in baogao::chunks(&report, &input.text, options) {
            let row = Row {
                file: &input.name,
                chunk: &chunk,
            };
            match format {
                ChunkFormat::Jsonl => {
                    serde_json::to_writer(&mut *out, &row)?;
                    out.write_all(b"\n")?;
                }
                ChunkFormat::Json => {
                    if !first {
                        out.write_all(b",")?;
                    }
                    out.write_all(b"\n")?;
                    serde_json::to_writer(&mut *out, &row)?;
                }
            }
            first = false;
        }
    }
    if format == ChunkFormat::Json {
        out.write_all(if first { b"]\n" as &[u8] } else { b"\n]\n" })?;
    }
    Ok(())
}
