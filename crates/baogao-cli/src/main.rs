//! `baogao`: parse Chinese government reports from the command line.
//!
//! ```text
//! baogao parse tests/corpus/*.txt            # readable outline (default on a terminal)
//! baogao parse --format json report.txt      # the whole Report as JSON
//! baogao headings --format tsv report.txt    # flat list of headings
//! baogao indicators --format csv --bom *.txt # one row per indicator, with a file column
//! baogao headings page.html report.docx      # saved web pages and Word files, told by content
//! baogao parse --from html --encoding gbk x  # force the format and the encoding
//! ```

mod input;
mod output;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
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
    #[command(flatten)]
    input: input::InputOptions,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let files = match &cli.command {
        Command::Parse { files, .. }
        | Command::Headings { files, .. }
        | Command::Indicators { files, .. } => files,
    };
    let (inputs, mut ok) = input::read_inputs(files, &cli.input);
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
