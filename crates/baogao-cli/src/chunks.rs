//! `baogao chunks`: section-aware chunks for retrieval, one JSON object per chunk.
//!
//! ```text
//! baogao chunks --max-chars 500 report.txt            # JSON lines (default)
//! baogao chunks --max-chars 300 --format json *.txt   # one JSON array
//! ```
//!
//! Each object is a [`baogao::Chunk`] (byte spans) with the file name first:
//! `{"file":"report.txt","text":"一、…","span":{"start":120,"end":987},"chars":312,"path":["…"],…}`.

use crate::output::Emit;
use baogao::Report;
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

/// Writes the chunks of each file as it comes.
pub(crate) struct Chunks {
    options: baogao::ChunkOptions,
    format: ChunkFormat,
    started: bool,
}

impl Chunks {
    pub(crate) fn new(options: baogao::ChunkOptions, format: ChunkFormat) -> Self {
        Chunks {
            options,
            format,
            started: false,
        }
    }
}

impl Emit for Chunks {
    fn file(
        &mut self,
        out: &mut dyn Write,
        name: &str,
        text: &str,
        report: &Report,
    ) -> io::Result<()> {
        for chunk in baogao::chunks(report, text, &self.options) {
            let row = Row {
                file: name,
                chunk: &chunk,
            };
            match self.format {
                ChunkFormat::Jsonl => {
                    serde_json::to_writer(&mut *out, &row)?;
                    out.write_all(b"\n")?;
                }
                ChunkFormat::Json => {
                    out.write_all(if self.started { b",\n" } else { b"[\n" })?;
                    serde_json::to_writer(&mut *out, &row)?;
                }
            }
            self.started = true;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match (self.format, self.started) {
            (ChunkFormat::Jsonl, _) => Ok(()),
            (ChunkFormat::Json, true) => out.write_all(b"\n]\n"),
            (ChunkFormat::Json, false) => out.write_all(b"[]\n"),
        }
    }
}
