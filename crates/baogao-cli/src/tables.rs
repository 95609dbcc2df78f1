//! `baogao tables` (one row per table cell) and `baogao gio` (the 政府信息公开 template record).

use crate::{Input, TableFormat};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// Output formats of `baogao gio`.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub(crate) enum GioFormat {
    /// An array of records, one per file.
    Json,
    /// A long table: file, table, row_key, col_key, value.
    Csv,
}

const CELL_COLUMNS: [&str; 10] = [
    "file",
    "table",
    "row",
    "col",
    "row_label",
    "col_label",
    "value",
    "unit",
    "raw",
    "span",
];

fn field(v: &Value, sep: char) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Object(o) if o.contains_key("start") => format!(
            "{}-{}",
            o.get("start").unwrap_or(&Value::Null),
            o.get("end").unwrap_or(&Value::Null)
        ),
        other => other.to_string(),
    };
    if sep == '\t' {
        s.replace(['\t', '\n', '\r'], " ")
    } else if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn write_delimited(
    out: &mut impl Write,
    columns: &[&str],
    rows: &[Value],
    sep: char,
) -> io::Result<()> {
    let sep_s = sep.to_string();
    writeln!(out, "{}", columns.join(&sep_s))?;
    for r in rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|c| field(r.get(*c).unwrap_or(&Value::Null), sep))
            .collect();
        writeln!(out, "{}", cells.join(&sep_s))?;
    }
    Ok(())
}

/// Every value cell of every table, one row each.
pub(crate) fn cells(out: &mut impl Write, inputs: &[Input], format: TableFormat) -> io::Result<()> {
    let mut rows = Vec::new();
    for input in inputs {
        let report = baogao::parse(&input.text);
        for (ti, t) in report.tables.iter().enumerate() {
            for c in t.cells() {
                let unit = match (&c.multiplier, &c.unit) {
                    (Some(m), Some(u)) => Some(format!("{m}{u}")),
                    (Some(m), None) => Some(m.clone()),
                    (None, u) => u.clone(),
                };
                rows.push(json!({
                    "file": input.name,
                    "table": ti,
                    "row": c.row,
                    "col": c.col,
                    "row_label": c.row_label,
                    "col_label": c.col_label,
                    "value": c.value,
                    "unit": unit,
                    "raw": c.text,
                    "span": c.span,
                }));
            }
        }
    }
    match format {
        TableFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        }
        TableFormat::Jsonl => {
            for r in &rows {
                serde_json::to_writer(&mut *out, r)?;
                writeln!(out)?;
            }
            Ok(())
        }
        TableFormat::Csv => write_delimited(out, &CELL_COLUMNS, &rows, ','),
        TableFormat::Tsv => write_delimited(out, &CELL_COLUMNS, &rows, '\t'),
    }
}

/// The template record of each file (`format` null and no tables when the file has none).
pub(crate) fn gio(out: &mut impl Write, inputs: &[Input], format: GioFormat) -> io::Result<()> {
    let records: Vec<(String, Option<baogao::gio::GioRecord>)> = inputs
        .iter()
        .map(|i| (i.name.clone(), baogao::gio::read(&baogao::parse(&i.text))))
        .collect();
    match format {
        GioFormat::Json => {
            let values: Vec<Value> = records
                .iter()
                .map(|(file, rec)| match rec {
                    Some(r) => json!({
                        "file": file,
                        "format": r.edition,
                        "layout": r.layout,
                        "tables": r.tables,
                        "checks": r.checks,
                    }),
                    None => json!({
                        "file": file,
                        "format": Value::Null,
                        "layout": "",
                        "tables": Map::new(),
                        "checks": [],
                    }),
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &values)?;
            writeln!(out)
        }
        GioFormat::Csv => {
            let mut rows = Vec::new();
            for (file, rec) in &records {
                let Some(r) = rec else { continue };
                for (table, t) in &r.tables {
                    for (row_key, row) in t {
                        for (col_key, cell) in row {
                            rows.push(json!({
                                "file": file,
                                "table": table,
                                "row_key": row_key,
                                "col_key": col_key,
                                "value": cell.value,
                            }));
                        }
                    }
                }
            }
            write_delimited(
                out,
                &["file", "table", "row_key", "col_key", "value"],
                &rows,
                ',',
            )
        }
    }
}
