//! Output formats of the CLI.

use crate::{Input, TableFormat};
use baogao::{Heading, Indicator, Report, Section};
use serde_json::{json, Value};
use std::io::{self, Write};

fn to_json_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The whole report per file; with several files each object carries a `file` key.
pub fn reports_json(out: &mut impl Write, inputs: &[Input], lines: bool) -> io::Result<()> {
    let many = inputs.len() > 1;
    let mut values = Vec::new();
    for input in inputs {
        let report = baogao::parse(&input.text);
        let mut v = to_json_value(&report);
        if many || lines {
            if let Value::Object(map) = &mut v {
                map.insert("file".into(), Value::String(input.name.clone()));
            }
        }
        if lines {
            serde_json::to_writer(&mut *out, &v)?;
            writeln!(out)?;
        } else {
            values.push(v);
        }
    }
    if !lines {
        let v = if many {
            Value::Array(values)
        } else {
            values.pop().unwrap_or(Value::Null)
        };
        serde_json::to_writer_pretty(&mut *out, &v)?;
        writeln!(out)?;
    }
    Ok(())
}

fn heading_row(h: &Heading) -> Value {
    json!({
        "level": h.level,
        "marker": h.marker.raw,
        "style": h.marker.style,
        "ordinal": h.marker.ordinal,
        "title": h.title,
        "inline_body": h.inline_body,
        "line": h.line,
        "span": h.span,
    })
}

fn indicator_row(i: &Indicator) -> Value {
    to_json_value(i)
}

/// Writes rows of JSON objects as json/jsonl/csv/tsv; `columns` fixes the CSV/TSV order.
fn write_rows(
    out: &mut impl Write,
    rows: Vec<Value>,
    format: TableFormat,
    columns: &[&str],
    bom: bool,
) -> io::Result<()> {
    match format {
        TableFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        }
        TableFormat::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut *out, &r)?;
                writeln!(out)?;
            }
            Ok(())
        }
        TableFormat::Csv | TableFormat::Tsv => {
            let sep = if format == TableFormat::Csv {
                ","
            } else {
                "\t"
            };
            if bom {
                out.write_all("\u{feff}".as_bytes())?;
            }
            writeln!(out, "{}", columns.join(sep))?;
            for r in rows {
                let cells: Vec<String> = columns.iter().map(|c| cell(r.get(*c), format)).collect();
                writeln!(out, "{}", cells.join(sep))?;
            }
            Ok(())
        }
    }
}

fn cell(v: Option<&Value>, format: TableFormat) -> String {
    let s = match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => a
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" / "),
        Some(Value::Object(o)) if o.contains_key("word") => o
            .get("word")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        Some(other) => other.to_string(),
    };
    match format {
        TableFormat::Tsv => s.replace(['\t', '\n', '\r'], " "),
        _ if s.contains([',', '"', '\n', '\r']) => format!("\"{}\"", s.replace('"', "\"\"")),
        _ => s,
    }
}

fn with_file(mut v: Value, name: &str, many: bool) -> Value {
    if many {
        if let Value::Object(map) = &mut v {
            map.insert("file".into(), Value::String(name.to_string()));
        }
    }
    v
}

/// The flat heading list.
pub fn headings(out: &mut impl Write, inputs: &[Input], format: TableFormat) -> io::Result<()> {
    let many = inputs.len() > 1;
    let mut rows = Vec::new();
    for input in inputs {
        let report = baogao::parse(&input.text);
        rows.extend(
            report
                .headings()
                .into_iter()
                .map(|h| with_file(heading_row(h), &input.name, many)),
        );
    }
    let mut columns = vec![
        "level",
        "marker",
        "style",
        "ordinal",
        "title",
        "inline_body",
        "line",
        "span",
    ];
    if many {
        columns.insert(0, "file");
    }
    write_rows(out, rows, format, &columns, false)
}

/// The indicator list.
pub fn indicators(
    out: &mut impl Write,
    inputs: &[Input],
    format: TableFormat,
    bom: bool,
) -> io::Result<()> {
    let many = inputs.len() > 1;
    let mut rows = Vec::new();
    for input in inputs {
        let report = baogao::parse(&input.text);
        rows.extend(
            report
                .indicators
                .iter()
                .map(|i| with_file(indicator_row(i), &input.name, many)),
        );
    }
    let mut columns = vec![
        "section",
        "label",
        "value",
        "multiplier",
        "normalized",
        "unit",
        "approx",
        "kind",
        "direction",
        "from",
        "to",
        "low",
        "high",
        "basis",
        "parent",
        "line",
        "text",
    ];
    if many {
        columns.insert(0, "file");
    }
    write_rows(out, rows, format, &columns, bom)
}

/// A readable indented outline with line numbers.
pub fn tree(out: &mut impl Write, inputs: &[Input]) -> io::Result<()> {
    for (n, input) in inputs.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let r = baogao::parse(&input.text);
        write_tree(out, &input.name, &r)?;
    }
    Ok(())
}

fn write_tree(out: &mut impl Write, name: &str, r: &Report) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(t) = &r.title {
        writeln!(
            out,
            "title      {} (line {})",
            t.text,
            t.lines
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )?;
    }
    let m = &r.meta;
    for (k, v) in [
        ("published", &m.published),
        ("source", &m.source),
        ("author", &m.author),
        ("editor", &m.editor),
        ("views", &m.views),
    ] {
        if let Some(v) = v {
            writeln!(out, "{k:<10} {v}")?;
        }
    }
    if !r.preamble.is_empty() {
        writeln!(out, "preamble   {} block(s)", r.preamble.len())?;
    }
    fn walk(out: &mut impl Write, s: &Section, r: &Report) -> io::Result<()> {
        let h = &s.heading;
        let n = r
            .indicators
            .iter()
            .filter(|i| {
                i.span.start >= h.span.start
                    && i.section.last() == Some(&h.title)
                    && i.section.len() == h.level
            })
            .count();
        let extra = if n > 0 {
            format!("  [{n} indicator(s)]")
        } else {
            String::new()
        };
        writeln!(
            out,
            "L{:<5}{}{} {}{}",
            h.line,
            "  ".repeat(h.level - 1),
            h.marker.raw,
            h.title,
            extra
        )?;
        for c in &s.children {
            walk(out, c, r)?;
        }
        Ok(())
    }
    for s in &r.sections {
        walk(out, s, r)?;
    }
    if let Some(c) = &r.closing {
        writeln!(
            out,
            "closing    {} {}",
            c.signature.as_deref().unwrap_or(""),
            c.date.as_deref().unwrap_or("")
        )?;
    }
    for b in &r.boilerplate {
        writeln!(out, "chrome     L{} {}", b.line, b.text)?;
    }
    writeln!(out, "indicators {}", r.indicators.len())?;
    for d in &r.diagnostics {
        writeln!(out, "note       {:?}: {}", d.kind, d.message)?;
    }
    Ok(())
}
