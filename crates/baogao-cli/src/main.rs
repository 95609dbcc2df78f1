//! `baogao`: parse Chinese government reports from the command line.
//!
//! ```text
//! baogao parse tests/corpus/*.txt            # readable outline (default on a terminal)
//! baogao parse --format json report.txt      # the whole Report as JSON
//! baogao headings --format tsv report.txt    # flat list of headings
//! baogao indicators --format csv --bom *.txt # one row per indicator, with a file column
//! ```

mod chunks;
mod output;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "baogao",
    version,
    about = "Parse Chinese government reports: outline and indicator phrases"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse reports and print the outline (tree) or the whole report (json, jsonl).
    Parse {
        /// Files to read; `-` or nothing reads standard input.
        files: Vec<String>,
        /// Output format (default: tree on a terminal, json otherwise).
        #[arg(long, value_enum)]
        format: Option<ParseFormat>,
    },
    /// Print the headings in document order.
    Headings {
        /// Files to read; `-` or nothing reads standard input.
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: TableFormat,
    },
    /// Print the indicator phrases.
    Indicators {
        /// Files to read; `-` or nothing reads standard input.
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: TableFormat,
        /// Start CSV/TSV output with a UTF-8 byte-order mark (for spreadsheets).
        #[arg(long)]
        bom: bool,
    },
    /// Split reports into section-aware chunks for retrieval (JSON, byte spans).
    Chunks {
        /// Files to read; `-` or nothing reads standard input.
        files: Vec<String>,
        /// The largest chunk, in characters.
        #[arg(long, default_value_t = 500)]
        max_chars: usize,
        /// Let small sections under one parent share a chunk.
        #[arg(long)]
        merge_small: bool,
        /// Characters of the previous chunk to repeat in `context_before`.
        #[arg(long, default_value_t = 0)]
        overlap: usize,
        /// Output format.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: chunks::ChunkFormat,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ParseFormat {
    Tree,
    Json,
    Jsonl,
}

/// Formats for the flat lists (headings, indicators).
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum TableFormat {
    Json,
    Jsonl,
    Csv,
    Tsv,
}

/// One input: its display name and its text.
pub(crate) struct Input {
    pub name: String,
    pub text: String,
}

fn read_inputs(files: &[String]) -> (Vec<Input>, bool) {
    let names: Vec<String> = if files.is_empty() {
        vec!["-".into()]
    } else {
        files.to_vec()
    };
    let mut ok = true;
    let mut out = Vec::new();
    for name in names {
        let bytes = if name == "-" {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).map(|_| b)
        } else {
            std::fs::read(&name)
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                eprintln!("baogao: {name}: {}", io_reason(&e));
                ok = false;
                continue;
            }
        };
        match baogao::decode(&bytes) {
            Ok(text) => out.push(Input {
                name,
                text: text.into_owned(),
            }),
            Err(e) => {
                eprintln!("baogao: {name}: {e}");
                ok = false;
            }
        }
    }
    (out, ok)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let files = match &cli.command {
        Command::Parse { files, .. }
        | Command::Headings { files, .. }
        | Command::Indicators { files, .. }
        | Command::Chunks { files, .. } => files,
    };
    let (inputs, mut ok) = read_inputs(files);
    let result = match cli.command {
        Command::Parse { format, .. } => {
            let format = format.unwrap_or(if std::io::stdout().is_terminal() {
                ParseFormat::Tree
            } else {
                ParseFormat::Json
            });
            match format {
                ParseFormat::Tree => output::tree(&mut out, &inputs),
                ParseFormat::Json => output::reports_json(&mut out, &inputs, false),
                ParseFormat::Jsonl => output::reports_json(&mut out, &inputs, true),
            }
        }
        Command::Headings { format, .. } => output::headings(&mut out, &inputs, format),
        Command::Indicators { format, bom, .. } => {
            output::indicators(&mut out, &inputs, format, bom)
        }
        Command::Chunks {
            max_chars,
            merge_small,
            overlap,
            format,
            ..
        } => {
            let options = baogao::ChunkOptions {
                max_chars,
                merge_small,
                overlap,
            };
            chunks::write(&mut out, &inputs, &options, format)
        }
    };
    if let Err(e) = result.and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("baogao: cannot write output: {e}");
            ok = false;
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
