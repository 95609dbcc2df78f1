//! `baogao`: parse Chinese government reports from the command line.
//!
//! ```text
//! baogao parse tests/corpus/*.txt                 # readable outline (default on a terminal)
//! baogao parse --format json report.txt           # [{"file": …, the whole Report}], always an array
//! baogao indicators reports/                      # aligned table on a terminal (JSON when piped)
//! baogao indicators -r --format csv --bom -o out.csv reports/   # one row per indicator, file column
//! baogao headings --format tsv 'reports/*.txt'    # flat list of headings (globs expanded here too)
//! ```
//!
//! Each file is read, parsed and written before the next one is read; rows are written as they
//! are produced. A new subcommand is a [`Command`] variant plus an [`output::Emit`].

mod chunks;
mod input;
mod output;
mod tables;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use output::{Emit, RowFormat, RowWriter};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(
    name = "baogao",
    version,
    about = "Parse Chinese government reports: outline and indicator phrases",
    after_help = "Examples:
  baogao parse report.txt                           outline of one report
  baogao indicators reports/                        indicator table of every .txt in a folder
  baogao indicators -r --format csv -o all.csv reports/
  baogao headings --format json 'reports/2024*.txt'

Run `baogao help indicators` (or headings, tables) for the columns."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    input: input::InputOptions,
}

/// Where the input comes from and where the output goes (shared by every subcommand).
#[derive(Args)]
struct Io {
    /// Files, directories (their .txt files) or glob patterns; `-` or nothing reads standard input.
    files: Vec<String>,
    /// Also read the .txt files in subdirectories of a directory.
    #[arg(short, long)]
    recursive: bool,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Parse reports and print the outline (tree) or the whole report per file (json, jsonl).
    #[command(after_help = "Examples:
  baogao parse report.txt                    readable outline (the default on a terminal)
  baogao parse --format json a.txt b.txt     [{\"file\": \"a.txt\", \"title\": …}, …] (always an array)
  baogao parse --format jsonl -r reports/    one record per line and file")]
    Parse {
        #[command(flatten)]
        io: Io,
        /// Output format (default: tree on a terminal, json otherwise).
        #[arg(long, value_enum)]
        format: Option<ParseFormat>,
    },
    /// Print the headings in document order, one row each.
    Headings {
        #[command(flatten)]
        io: Io,
        /// Output format (default: json).
        #[arg(long, value_enum, default_value = "json")]
        format: TableFormat,
        /// Start CSV/TSV output with a UTF-8 byte-order mark (for spreadsheets).
        #[arg(long)]
        bom: bool,
    },
    /// Print the indicator phrases, one row each.
    Indicators {
        #[command(flatten)]
        io: Io,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(long, value_enum)]
        format: Option<IndicatorFormat>,
        /// Start CSV/TSV output with a UTF-8 byte-order mark (for spreadsheets).
        #[arg(long)]
        bom: bool,
    },
    /// Split reports into section-aware chunks for retrieval (JSON, byte spans).
    Chunks {
        #[command(flatten)]
        io: Io,
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
    /// Print every value cell of every table, one row each.
    Tables {
        #[command(flatten)]
        io: Io,
        /// Output format (default: json).
        #[arg(long, value_enum, default_value = "json")]
        format: TableFormat,
        /// Start CSV/TSV output with a UTF-8 byte-order mark (for spreadsheets).
        #[arg(long)]
        bom: bool,
    },
    /// Read the 政府信息公开 annual report template tables as a checked record per file.
    #[command(after_help = "Examples:
  baogao gio report.txt                      [{\"file\", \"format\": \"2021\", \"layout\", \"tables\", \"checks\"}] (always an array)
  baogao gio --format csv -o cells.csv reports/   file,table,row_key,col_key,value: one line per template cell

`format` is the template edition (2021, 2019, legacy), null when a file has none. See docs/columns.md.")]
    Gio {
        #[command(flatten)]
        io: Io,
        /// Output format (default: json).
        #[arg(long, value_enum, default_value = "json")]
        format: tables::GioFormat,
        /// Start CSV output with a UTF-8 byte-order mark (for spreadsheets).
        #[arg(long)]
        bom: bool,
    },
}

impl Command {
    fn io(&self) -> &Io {
        match self {
            Command::Parse { io, .. }
            | Command::Headings { io, .. }
            | Command::Indicators { io, .. }
            | Command::Chunks { io, .. }
            | Command::Tables { io, .. }
            | Command::Gio { io, .. } => io,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ParseFormat {
    Tree,
    Json,
    Jsonl,
}

/// Formats for the heading rows.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum TableFormat {
    Json,
    Jsonl,
    Csv,
    Tsv,
}

/// Formats for the indicator rows.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum IndicatorFormat {
    /// Aligned columns for reading (label, value, unit, change, section).
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
}

impl From<TableFormat> for RowFormat {
    fn from(f: TableFormat) -> Self {
        match f {
            TableFormat::Json => RowFormat::Json,
            TableFormat::Jsonl => RowFormat::Jsonl,
            TableFormat::Csv => RowFormat::Csv,
            TableFormat::Tsv => RowFormat::Tsv,
        }
    }
}

/// The help text listing a row type's columns.
fn columns_help(what: &str, columns: &[&str], example: &str) -> String {
    format!(
        "Columns (CSV/TSV header and JSON keys, the same for one file or many; see docs/columns.md):\n  {}\n\n\
         `file` names the input; `id` numbers the {what} of a file from 0 and `parent`, where there is one, refers to an `id` of the same file.\n\
         Offsets are given in UTF-8 bytes (byte_start, byte_end) and in code points (char_start, char_end).\n\n\
         Examples:\n{example}",
        columns.join(",")
    )
}

/// One input to read.
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".into(),
            Source::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

fn is_report_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| {
        ["txt", "html", "htm", "docx", "doc"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// The .txt files of a directory, sorted by name; subdirectories too when `recursive`.
fn list_dir(dir: &Path, recursive: bool, out: &mut Vec<Source>, ok: &mut bool) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("baogao: {}: {}", dir.display(), io_reason(&e));
            *ok = false;
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        // The entry's own type: a symbolic link to a directory is not followed (no loops).
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() {
            if recursive {
                list_dir(&path, true, out, ok);
            }
        } else if is_report_file(&path) {
            out.push(Source::File(path));
        }
    }
}

/// The inputs named on the command line, in order: files as given, directories listed, glob
/// patterns (`*`, `?`, `[…]` in a name that does not exist) expanded.
fn expand(io: &Io, ok: &mut bool) -> Vec<Source> {
    if io.files.is_empty() {
        return vec![Source::Stdin];
    }
    let mut out = Vec::new();
    for arg in &io.files {
        let path = Path::new(arg);
        if arg == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            let before = out.len();
            list_dir(path, io.recursive, &mut out, ok);
            if out.len() == before {
                eprintln!("baogao: {arg}: no .txt files in this directory");
            }
        } else if !path.exists() && arg.contains(['*', '?', '[']) {
            let matches: Vec<PathBuf> = match glob::glob(arg) {
                Ok(paths) => paths.filter_map(Result::ok).collect(),
                Err(e) => {
                    eprintln!("baogao: {arg}: bad pattern: {e}");
                    *ok = false;
                    continue;
                }
            };
            if matches.is_empty() {
                eprintln!("baogao: {arg}: no file matches");
                *ok = false;
            }
            for p in matches {
                if p.is_dir() {
                    list_dir(&p, io.recursive, &mut out, ok);
                } else {
                    out.push(Source::File(p));
                }
            }
        } else {
            out.push(Source::File(path.to_path_buf()));
        }
    }
    out
}

/// Whether `output` is one of the inputs (writing it would truncate it before it is read).
fn reads(sources: &[Source], output: &Path) -> bool {
    let Ok(output) = std::fs::canonicalize(output) else {
        return false;
    };
    sources.iter().any(|s| match s {
        Source::File(p) => std::fs::canonicalize(p).is_ok_and(|p| p == output),
        Source::Stdin => false,
    })
}

fn read(source: &Source) -> std::io::Result<Vec<u8>> {
    match source {
        Source::Stdin => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).map(|_| b)
        }
        Source::File(p) => std::fs::read(p),
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// A one-line progress report on standard error, for batches, when standard error is a terminal
/// that the output does not go to.
struct Progress {
    on: bool,
    total: usize,
    start: Instant,
    last: Option<Instant>,
}

impl Progress {
    fn new(total: usize, output_on_terminal: bool) -> Self {
        Progress {
            on: total > 1 && !output_on_terminal && std::io::stderr().is_terminal(),
            total,
            start: Instant::now(),
            last: None,
        }
    }

    /// Shown after a second, refreshed at most five times a second.
    fn tick(&mut self, done: usize, name: &str) {
        let now = Instant::now();
        if !self.on
            || now - self.start < Duration::from_secs(1)
            || self
                .last
                .is_some_and(|t| now - t < Duration::from_millis(200))
        {
            return;
        }
        self.last = Some(now);
        // The end of a long path says most.
        let skip = name.chars().count().saturating_sub(50);
        let name: String = name.chars().skip(skip).collect();
        eprint!("\r\x1b[Kbaogao: {done}/{} files  {name}", self.total);
    }

    /// Erases the line (before an error message, and at the end).
    fn clear(&mut self) {
        if self.last.take().is_some() {
            eprint!("\r\x1b[K");
        }
    }
}

/// The terminal's width in cells (`COLUMNS`, else 120).
fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(120)
}

fn cli_command() -> clap::Command {
    use baogao::rows::{HeadingRow, IndicatorRow, Row, TableCellRow};
    Cli::command()
        .mut_subcommand("indicators", |c| {
            c.after_help(columns_help(
                "indicators",
                IndicatorRow::COLUMNS,
                "  baogao indicators report.txt                      aligned table (the default on a terminal)\n  \
                 baogao indicators --format csv --bom -o out.csv reports/\n  \
                 baogao indicators --format jsonl -r reports/ | jq .label",
            ))
        })
        .mut_subcommand("headings", |c| {
            c.after_help(columns_help(
                "headings",
                HeadingRow::COLUMNS,
                "  baogao headings --format csv a.txt b.txt\n  \
                 baogao headings --format json report.txt          a JSON array of heading rows",
            ))
        })
        .mut_subcommand("tables", |c| {
            c.after_help(columns_help(
                "table cells",
                TableCellRow::COLUMNS,
                "  baogao tables --format csv --bom -o cells.csv reports/\n  \
                 baogao tables --format jsonl report.txt | jq .row_label",
            ))
        })
}

fn main() -> ExitCode {
    let cli = match Cli::from_arg_matches(&cli_command().get_matches()) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    let io = cli.command.io();
    let mut ok = true;
    let sources = expand(io, &mut ok);

    let (mut sink, to_terminal): (Box<dyn Write>, bool) = match &io.output {
        Some(path) if reads(&sources, path) => {
            eprintln!(
                "baogao: {}: is also an input; refusing to overwrite it",
                path.display()
            );
            return ExitCode::from(2);
        }
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => (Box::new(f), false),
            Err(e) => {
                eprintln!("baogao: {}: {}", path.display(), io_reason(&e));
                return ExitCode::from(2);
            }
        },
        None => (
            Box::new(std::io::stdout().lock()),
            std::io::stdout().is_terminal(),
        ),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut *sink);

    let mut emit: Box<dyn Emit> = match &cli.command {
        Command::Parse { format, .. } => {
            match format.unwrap_or(if to_terminal {
                ParseFormat::Tree
            } else {
                ParseFormat::Json
            }) {
                ParseFormat::Tree => Box::new(output::Tree::default()),
                ParseFormat::Json => Box::new(output::Reports::new(false)),
                ParseFormat::Jsonl => Box::new(output::Reports::new(true)),
            }
        }
        Command::Headings { format, bom, .. } => {
            Box::new(output::Headings(RowWriter::new((*format).into(), *bom)))
        }
        Command::Tables { format, bom, .. } => {
            Box::new(tables::TableCells(RowWriter::new((*format).into(), *bom)))
        }
        Command::Gio { format, bom, .. } => Box::new(tables::Gio::new(*format, *bom)),
        Command::Indicators { format, bom, .. } => {
            let format = format.unwrap_or(if to_terminal {
                IndicatorFormat::Table
            } else {
                IndicatorFormat::Json
            });
            let rows = |f: RowFormat| -> Box<dyn Emit> {
                Box::new(output::Indicators(RowWriter::new(f, *bom)))
            };
            match format {
                IndicatorFormat::Table => Box::new(output::IndicatorTable::new(terminal_width())),
                IndicatorFormat::Json => rows(RowFormat::Json),
                IndicatorFormat::Jsonl => rows(RowFormat::Jsonl),
                IndicatorFormat::Csv => rows(RowFormat::Csv),
                IndicatorFormat::Tsv => rows(RowFormat::Tsv),
            }
        }
        Command::Chunks {
            max_chars,
            merge_small,
            overlap,
            format,
            ..
        } => Box::new(chunks::Chunks::new(
            baogao::ChunkOptions {
                max_chars: *max_chars,
                merge_small: *merge_small,
                overlap: *overlap,
            },
            *format,
        )),
    };
    let options = baogao::ParseOptions {
        indicators: emit.needs_indicators(),
    };

    let read_options = cli.input.read_options();
    let mut progress = Progress::new(sources.len(), to_terminal);
    let mut result = Ok(());
    for (n, source) in sources.iter().enumerate() {
        let name = source.name();
        progress.tick(n, &name);
        let bytes = match read(source) {
            Ok(b) => b,
            Err(e) => {
                progress.clear();
                eprintln!("baogao: {name}: {}", io_reason(&e));
                ok = false;
                continue;
            }
        };
        // text decoded, or a saved web page / Word file read into text (input.rs)
        let text = match input::read_one(bytes, &read_options) {
            Ok(t) => t,
            Err(reason) => {
                progress.clear();
                eprintln!("baogao: {name}: {reason}");
                ok = false;
                continue;
            }
        };
        let report = baogao::parse_with(&text, &options);
        result = emit.file(&mut out, &name, &text, &report);
        if result.is_err() {
            break;
        }
    }
    progress.clear();
    let result = result
        .and_then(|_| emit.finish(&mut out))
        .and_then(|_| out.flush());
    drop(out);
    let result = result.and_then(|_| sink.flush());
    if let Err(e) = result {
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
