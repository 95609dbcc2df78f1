//! `baogao tables` (one row per table cell, [`baogao::rows::TableCellRow`]) and `baogao gio` (the
//! 政府信息公开 template record of each file), as [`Emit`]s: streamed file by file like the others.

use crate::output::{Emit, Indent, RowFormat, RowWriter};
use baogao::gio::{GioCheck, GioTable};
use baogao::rows::{table_cell_rows, Cell, Row, TableCellRow};
use baogao::{Decimal, Report};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Output formats of `baogao gio`.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub(crate) enum GioFormat {
    /// An array of records, one per file.
    Json,
    /// A long table: file, table, row_key, col_key, value.
    Csv,
}

/// `baogao tables`: the table-cell rows.
pub(crate) struct TableCells(pub RowWriter);

impl Emit for TableCells {
    /// The tables and their cells are read with indicators off too.
    fn needs_indicators(&self) -> bool {
        false
    }
    fn file(&mut self, out: &mut dyn Write, name: &str, text: &str, r: &Report) -> io::Result<()> {
        for row in table_cell_rows(name, text, r) {
            self.0.row(out, &row)?;
        }
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.0.finish::<TableCellRow>(out)
    }
}

/// One file's template record as `baogao gio --format json` writes it.
#[derive(Serialize)]
struct GioJson<'a> {
    file: &'a str,
    /// The edition (`"2021"`, `"2019"`, `"legacy"`); `null` when the file has no template table.
    format: Option<&'a str>,
    layout: &'a str,
    tables: &'a BTreeMap<String, GioTable>,
    checks: &'a [GioCheck],
}

/// One template cell as a line of `baogao gio --format csv`.
#[derive(Serialize)]
struct GioCellRow<'a> {
    file: &'a str,
    table: &'a str,
    row_key: &'a str,
    col_key: &'a str,
    value: Option<Decimal>,
}

impl Row for GioCellRow<'_> {
    const COLUMNS: &'static [&'static str] = &["file", "table", "row_key", "col_key", "value"];

    fn cells(&self, f: &mut dyn FnMut(Cell<'_>)) {
        f(Cell::Str(self.file));
        f(Cell::Str(self.table));
        f(Cell::Str(self.row_key));
        f(Cell::Str(self.col_key));
        f((&self.value).into());
    }
}

/// `baogao gio`: a pretty JSON array with one record per file (whatever the number of files), or
/// the long CSV of every template cell.
pub(crate) struct Gio {
    format: GioFormat,
    /// The CSV writer (unused for JSON).
    rows: RowWriter,
    started: bool,
}

impl Gio {
    /// A writer in `format`; `bom` starts the CSV with a UTF-8 byte-order mark.
    pub(crate) fn new(format: GioFormat, bom: bool) -> Self {
        Gio {
            format,
            rows: RowWriter::new(RowFormat::Csv, bom),
            started: false,
        }
    }
}

impl Emit for Gio {
    fn file(&mut self, out: &mut dyn Write, name: &str, _: &str, r: &Report) -> io::Result<()> {
        let record = baogao::gio::read(r);
        match self.format {
            GioFormat::Json => {
                let empty = BTreeMap::new();
                let json = match &record {
                    Some(g) => GioJson {
                        file: name,
                        format: Some(&g.edition),
                        layout: &g.layout,
                        tables: &g.tables,
                        checks: &g.checks,
                    },
                    None => GioJson {
                        file: name,
                        format: None,
                        layout: "",
                        tables: &empty,
                        checks: &[],
                    },
                };
                out.write_all(if self.started { b",\n  " } else { b"[\n  " })?;
                self.started = true;
                serde_json::to_writer_pretty(Indent(out), &json)?;
                Ok(())
            }
            GioFormat::Csv => {
                let Some(g) = record else { return Ok(()) };
                for (table, t) in &g.tables {
                    for (row_key, row) in t {
                        for (col_key, cell) in row {
                            let line = GioCellRow {
                                file: name,
                                table,
                                row_key,
                                col_key,
                                value: cell.value,
                            };
                            self.rows.row(out, &line)?;
                        }
                    }
                }
                Ok(())
            }
        }
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            GioFormat::Json if self.started => out.write_all(b"\n]\n"),
            GioFormat::Json => out.write_all(b"[]\n"),
            GioFormat::Csv => self.rows.finish::<GioCellRow>(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 表四 written as one bare row (the 2021 template's 15 numbers), under a heading of my own.
    const REVIEW: &str = "四、行政复议、行政诉讼情况\n| 行政复议 | 行政诉讼 |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| 1 | 0 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 |\n";
    const PLAIN: &str = "一、概况\n全年立案94件。\n";

    fn run(e: &mut dyn Emit, files: &[(&str, &str)]) -> String {
        let mut out = Vec::new();
        for (name, text) in files {
            let r = baogao::parse(text);
            e.file(&mut out, name, text, &r).unwrap();
        }
        e.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn gio_json_is_an_array_of_records_with_null_format_for_other_files() {
        for files in [
            &[][..],
            &[("a", REVIEW)][..],
            &[("a", REVIEW), ("b", PLAIN)][..],
        ] {
            let s = run(&mut Gio::new(GioFormat::Json, false), files);
            let v: serde_json::Value = serde_json::from_str(&s).unwrap();
            let recs = v.as_array().unwrap();
            assert_eq!(recs.len(), files.len(), "{s}");
            for (rec, (name, _)) in recs.iter().zip(files) {
                let keys: Vec<&str> = rec
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(|k| k.as_str())
                    .collect();
                assert_eq!(keys.len(), 5);
                assert_eq!(rec["file"], *name);
            }
        }
        let s = run(
            &mut Gio::new(GioFormat::Json, false),
            &[("a", REVIEW), ("b", PLAIN)],
        );
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        let cell = &v[0]["tables"]["review_litigation"]["litigation_direct"]["upheld"];
        assert_eq!(
            (cell["value"].as_i64(), cell["raw"].as_str()),
            (Some(2), Some("2"))
        );
        assert!(v[0]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["ok"] == true));
        assert_eq!(v[1]["format"], serde_json::Value::Null);
        assert_eq!(v[1]["checks"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn gio_csv_has_one_line_per_template_cell_and_a_header_when_empty() {
        let s = run(&mut Gio::new(GioFormat::Csv, false), &[("b", PLAIN)]);
        assert_eq!(s, "file,table,row_key,col_key,value\n");
        let s = run(&mut Gio::new(GioFormat::Csv, false), &[("a,b", REVIEW)]);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 16, "{s}");
        assert!(
            lines.contains(&"\"a,b\",review_litigation,litigation_direct,upheld,2"),
            "{s}"
        );
    }

    #[test]
    fn table_rows_stream_per_file_with_the_file_column() {
        let two = run(
            &mut TableCells(RowWriter::new(RowFormat::Csv, false)),
            &[("a", REVIEW), ("b", PLAIN), ("c", REVIEW)],
        );
        let lines: Vec<&str> = two.lines().collect();
        assert_eq!(lines[0], TableCellRow::COLUMNS.join(","));
        assert_eq!(lines.len(), 1 + 30);
        assert!(lines[1].starts_with("a,0,0,0,0,"), "{}", lines[1]);
        assert!(lines[16].starts_with("c,0,0,0,0,"), "{}", lines[16]);
        let none = run(
            &mut TableCells(RowWriter::new(RowFormat::Json, false)),
            &[("b", PLAIN)],
        );
        assert_eq!(none, "[]\n");
    }
}
