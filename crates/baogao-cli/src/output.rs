//! Output formats of the CLI. Everything is streamed: each file is read, parsed and written before
//! the next is read, and rows go through serde (JSON) or [`baogao::rows::Cell`] (CSV/TSV) straight
//! to the writer, so memory holds one report at a time.
//!
//! A subcommand's output is an [`Emit`]: told about each parsed file in turn, then finished.

use baogao::rows::{heading_rows, indicator_rows, Cell, Row};
use baogao::{Indicator, Report, Section};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// What a subcommand writes: called once per successfully parsed file, in order, then `finish`.
pub trait Emit {
    /// Whether the reports need their indicators (off: the outline alone, about 4× faster).
    fn needs_indicators(&self) -> bool {
        true
    }
    /// Writes what one file gives.
    fn file(
        &mut self,
        out: &mut dyn Write,
        name: &str,
        text: &str,
        report: &Report,
    ) -> io::Result<()>;
    /// Writes whatever closes the output (the `]` of a JSON array).
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()>;
}

/// Formats for rows (headings, indicators).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowFormat {
    /// A JSON array of row objects, one per line.
    Json,
    /// One row object per line.
    Jsonl,
    /// Comma-separated, with a header.
    Csv,
    /// Tab-separated, with a header.
    Tsv,
}

/// Writes rows of one [`Row`] type in a [`RowFormat`]; the header (CSV/TSV) or the opening `[`
/// (JSON) is written before the first row, or by `finish` when there was none.
pub struct RowWriter {
    format: RowFormat,
    bom: bool,
    started: bool,
    scratch: String,
    line: Vec<u8>,
}

impl RowWriter {
    /// A writer; `bom` starts CSV/TSV output with a UTF-8 byte-order mark.
    pub fn new(format: RowFormat, bom: bool) -> Self {
        RowWriter {
            format,
            bom,
            started: false,
            scratch: String::new(),
            line: Vec::new(),
        }
    }

    fn sep(&self) -> u8 {
        if self.format == RowFormat::Tsv {
            b'\t'
        } else {
            b','
        }
    }

    fn start<R: Row>(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        match self.format {
            RowFormat::Json => out.write_all(b"["),
            RowFormat::Jsonl => Ok(()),
            RowFormat::Csv | RowFormat::Tsv => {
                if self.bom {
                    out.write_all("\u{feff}".as_bytes())?;
                }
                for (i, c) in R::COLUMNS.iter().enumerate() {
                    if i > 0 {
                        out.write_all(&[self.sep()])?;
                    }
                    out.write_all(c.as_bytes())?;
                }
                out.write_all(b"\n")
            }
        }
    }

    /// Writes one row. The row is built in a buffer and written at once: serde and the cells
    /// make many small writes, which a `dyn Write` would pay for one by one.
    pub fn row<R: Row>(&mut self, out: &mut dyn Write, row: &R) -> io::Result<()> {
        let first = !self.started;
        self.start::<R>(out)?;
        let line = &mut self.line;
        line.clear();
        match self.format {
            RowFormat::Json | RowFormat::Jsonl => {
                if self.format == RowFormat::Json {
                    line.extend_from_slice(if first { b"\n" } else { b",\n" });
                }
                serde_json::to_writer(&mut *line, row)?;
                if self.format == RowFormat::Jsonl {
                    line.push(b'\n');
                }
            }
            RowFormat::Csv | RowFormat::Tsv => {
                let tsv = self.format == RowFormat::Tsv;
                let sep = if tsv { b'\t' } else { b',' };
                let mut n = 0;
                let scratch = &mut self.scratch;
                row.cells(&mut |cell| {
                    if n > 0 {
                        line.push(sep);
                    }
                    n += 1;
                    write_cell(line, scratch, cell, tsv);
                });
                line.push(b'\n');
            }
        }
        out.write_all(line)
    }

    /// Closes the output; with no rows at all, writes the header alone (CSV/TSV) or `[]` (JSON).
    pub fn finish<R: Row>(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let empty = !self.started;
        self.start::<R>(out)?;
        if self.format == RowFormat::Json {
            out.write_all(if empty { b"]\n" } else { b"\n]\n" })?;
        }
        Ok(())
    }
}

/// One CSV/TSV cell. CSV quotes a cell holding a comma, quote or line break (RFC 4180); TSV turns
/// tabs and line breaks into spaces.
fn write_cell(line: &mut Vec<u8>, scratch: &mut String, cell: Cell<'_>, tsv: bool) {
    let s: &str = match cell {
        Cell::Empty => return,
        Cell::Str(s) => s,
        Cell::Int(n) => {
            line.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
            return;
        }
        other => {
            scratch.clear();
            let _ = write!(scratch, "{other}");
            scratch
        }
    };
    // Byte tests: every character looked for is ASCII, and a byte search beats decoding chars.
    let bytes = s.as_bytes();
    if tsv {
        if bytes.iter().any(|&b| matches!(b, b'\t' | b'\n' | b'\r')) {
            line.extend_from_slice(s.replace(['\t', '\n', '\r'], " ").as_bytes());
        } else {
            line.extend_from_slice(bytes);
        }
    } else if bytes
        .iter()
        .any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
    {
        line.push(b'"');
        line.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        line.push(b'"');
    } else {
        line.extend_from_slice(bytes);
    }
}

/// `baogao headings`: the heading rows.
pub struct Headings(pub RowWriter);

impl Emit for Headings {
    fn needs_indicators(&self) -> bool {
        false
    }
    fn file(&mut self, out: &mut dyn Write, name: &str, text: &str, r: &Report) -> io::Result<()> {
        for row in heading_rows(name, text, r) {
            self.0.row(out, &row)?;
        }
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.0.finish::<baogao::rows::HeadingRow>(out)
    }
}

/// `baogao indicators`: the indicator rows.
pub struct Indicators(pub RowWriter);

impl Emit for Indicators {
    fn file(&mut self, out: &mut dyn Write, name: &str, text: &str, r: &Report) -> io::Result<()> {
        for row in indicator_rows(name, text, r) {
            self.0.row(out, &row)?;
        }
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.0.finish::<baogao::rows::IndicatorRow>(out)
    }
}

/// One file's whole report, with its name first.
#[derive(Serialize)]
struct Record<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// `baogao parse --format json|jsonl`: one record per file (`file` and the whole report), as a
/// pretty JSON array (whatever the number of files) or one compact record per line.
pub struct Reports {
    /// One record per line instead of an array.
    pub lines: bool,
    started: bool,
}

impl Reports {
    /// A report writer; `lines` for JSONL.
    pub fn new(lines: bool) -> Self {
        Reports {
            lines,
            started: false,
        }
    }
}

impl Emit for Reports {
    fn file(
        &mut self,
        out: &mut dyn Write,
        name: &str,
        _: &str,
        report: &Report,
    ) -> io::Result<()> {
        let record = Record { file: name, report };
        if self.lines {
            serde_json::to_writer(&mut *out, &record)?;
            return out.write_all(b"\n");
        }
        out.write_all(if self.started { b",\n  " } else { b"[\n  " })?;
        self.started = true;
        // Pretty-printed through a writer that indents it one level: JSON strings hold no raw
        // line breaks, so every `\n` is between tokens.
        serde_json::to_writer_pretty(Indent(out), &record)?;
        Ok(())
    }
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.lines {
            Ok(())
        } else if self.started {
            out.write_all(b"\n]\n")
        } else {
            out.write_all(b"[]\n")
        }
    }
}

/// A writer that indents every line after the first by two spaces.
pub(crate) struct Indent<'a>(pub &'a mut dyn Write);

impl Write for Indent<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for (i, part) in buf.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                self.0.write_all(b"\n  ")?;
            }
            self.0.write_all(part)?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// `baogao parse --format tree`: a readable indented outline with line numbers and the number of
/// indicators under each heading.
#[derive(Default)]
pub struct Tree {
    files: usize,
}

impl Emit for Tree {
    fn file(&mut self, out: &mut dyn Write, name: &str, text: &str, r: &Report) -> io::Result<()> {
        if self.files > 0 {
            writeln!(out)?;
        }
        self.files += 1;
        write_tree(out, name, text, r)
    }
    fn finish(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

fn write_tree(out: &mut dyn Write, name: &str, text: &str, r: &Report) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(t) = &r.title {
        let lines: Vec<String> = t.lines.iter().map(|l| l.to_string()).collect();
        writeln!(out, "title      {} (line {})", t.text, lines.join(", "))?;
    }
    let m = &r.meta;
    for (k, v) in [
        ("published", &m.published),
        ("source", &m.source),
        ("author", &m.author),
        ("editor", &m.editor),
        ("views", &m.views),
        ("dateline", &m.dateline),
        ("delivered", &m.delivered),
        ("speaker", &m.speaker),
        ("salutation", &m.salutation),
    ] {
        if let Some(v) = v {
            writeln!(out, "{k:<10} {v}")?;
        }
    }
    if !r.preamble.is_empty() {
        writeln!(out, "preamble   {} block(s)", r.preamble.len())?;
    }
    // Indicators per heading, counted in one pass (heading ids are document order, as in walk).
    let mut counts = vec![0usize; r.headings().len()];
    for row in indicator_rows(name, text, r) {
        if let Some(h) = row.heading {
            counts[h] += 1;
        }
    }
    fn walk(out: &mut dyn Write, s: &Section, counts: &[usize], id: &mut usize) -> io::Result<()> {
        let h = &s.heading;
        let n = counts.get(*id).copied().unwrap_or(0);
        *id += 1;
        let indent = "  ".repeat(h.level.saturating_sub(1));
        write!(out, "L{:<5}{indent}{} {}", h.line, h.marker.raw, h.title)?;
        if n > 0 {
            write!(out, "  [{n} indicator(s)]")?;
        }
        writeln!(out)?;
        for c in &s.children {
            walk(out, c, counts, id)?;
        }
        Ok(())
    }
    let mut id = 0;
    for s in &r.sections {
        walk(out, s, &counts, &mut id)?;
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

/// `baogao indicators --format table`: aligned columns for reading on a terminal (line, label,
/// value, unit, change, section), widths measured in terminal cells (CJK characters are two).
pub struct IndicatorTable {
    /// The terminal's width in cells: the section column is cut to fit.
    pub width: usize,
    files: usize,
}

impl IndicatorTable {
    /// A table view for a terminal `width` cells wide.
    pub fn new(width: usize) -> Self {
        IndicatorTable { width, files: 0 }
    }
}

/// Caps on the columns' widths (cells), so that one long label does not push the rest away.
const LABEL_MAX: usize = 28;
const VALUE_MAX: usize = 22;
const UNIT_MAX: usize = 10;
const CHANGE_MAX: usize = 24;

/// The value as a reader says it: approximation word, number, multiplier (a range as low–high).
fn value_cell(i: &Indicator) -> String {
    use baogao::ApproxPosition::*;
    let mut s = String::new();
    let approx = i.approx.as_ref();
    if let Some(a) = approx.filter(|a| a.position == Before) {
        s.push_str(&a.word);
    }
    match (i.kind, i.low, i.high) {
        (baogao::IndicatorKind::Range, Some(lo), Some(hi)) => {
            let _ = write!(s, "{lo}–{hi}");
        }
        _ => {
            let _ = write!(s, "{}", i.value);
            s.push_str(i.multiplier.as_deref().unwrap_or(""));
        }
    }
    if let Some(a) = approx.filter(|a| a.position == Inside) {
        s.push_str(&a.word);
    }
    s
}

fn unit_cell(i: &Indicator) -> String {
    let mut s = i.unit.as_deref().unwrap_or_default().to_string();
    if let Some(a) = i
        .approx
        .as_ref()
        .filter(|a| a.position == baogao::ApproxPosition::After)
    {
        s.push_str(&a.word);
    }
    s
}

fn change_cell(i: &Indicator) -> String {
    let mut s = String::new();
    if let (Some(from), Some(to)) = (i.from, i.to) {
        let _ = write!(s, "{from}→{to}");
    }
    if let Some(d) = i.direction {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push(if d == baogao::Direction::Up {
            '↑'
        } else {
            '↓'
        });
        if let Some(b) = &i.basis {
            s.push(' ');
            s.push_str(b);
        }
    }
    s
}

/// A section path joined with ` / ` and cut to at most `max` cells, without joining more of it
/// than fits (a title can be as long as a flattened report).
fn fit_path(section: &[String], max: usize) -> String {
    let mut out = String::new();
    for (i, title) in section.iter().enumerate() {
        if i > 0 {
            out.push_str(baogao::rows::SECTION_SEPARATOR);
        }
        let room = (max + 1).saturating_sub(out.width());
        if title.len() > 4 * room {
            // Only the start of a long title can show: cut it by bytes first (4 bytes ≥ 1 cell).
            let mut end = 4 * room;
            while !title.is_char_boundary(end) {
                end -= 1;
            }
            out.push_str(&title[..end]);
            break;
        }
        out.push_str(title);
        if out.width() > max {
            break;
        }
    }
    fit(&out, max)
}

/// `s` cut to at most `max` cells, with `…` when cut.
fn fit(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

impl Emit for IndicatorTable {
    fn file(&mut self, out: &mut dyn Write, name: &str, text: &str, r: &Report) -> io::Result<()> {
        if self.files > 0 {
            writeln!(out)?;
        }
        self.files += 1;
        writeln!(out, "== {name}  ({} indicators)", r.indicators.len())?;
        if r.indicators.is_empty() {
            return Ok(());
        }
        let cells: Vec<[String; 6]> = indicator_rows(name, text, r)
            .zip(&r.indicators)
            .map(|(row, i)| {
                [
                    format!("L{}", row.line),
                    fit(row.label, LABEL_MAX),
                    fit(&value_cell(i), VALUE_MAX),
                    fit(&unit_cell(i), UNIT_MAX),
                    fit(&change_cell(i), CHANGE_MAX),
                    fit_path(row.section, self.width),
                ]
            })
            .collect();
        let header = ["line", "label", "value", "unit", "change", "section"];
        let mut widths = header.map(|h| h.width());
        for row in &cells {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c.width());
            }
        }
        let used: usize = widths[..5].iter().map(|w| w + 2).sum();
        let section_max = self.width.saturating_sub(used).max(12);
        let mut line = String::new();
        for row in std::iter::once(header.map(String::from)).chain(cells) {
            line.clear();
            for (k, (c, w)) in row.iter().zip(widths).enumerate() {
                let fill = w.saturating_sub(c.width());
                match k {
                    5 => line.push_str(&fit(c, section_max)),
                    // Numbers read best aligned right.
                    2 => {
                        line.extend(std::iter::repeat_n(' ', fill));
                        line.push_str(c);
                    }
                    _ => {
                        line.push_str(c);
                        line.extend(std::iter::repeat_n(' ', fill));
                    }
                }
                if k < 5 {
                    line.push_str("  ");
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
    fn finish(&mut self, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(emit: &mut dyn Emit, files: &[(&str, &str)]) -> String {
        let mut out = Vec::new();
        for (name, text) in files {
            let r = baogao::parse(text);
            emit.file(&mut out, name, text, &r).unwrap();
        }
        emit.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    const A: &str = "一、执法情况\n全年立案94件，罚款208.74万元，同比下降5%。\n";
    const B: &str = "检查企业约300家, \"重点\"企业12家。\n";

    #[test]
    fn csv_quotes_and_has_one_header() {
        let mut e = Indicators(RowWriter::new(RowFormat::Csv, true));
        let s = run(&mut e, &[("a.txt", A), ("b,c.txt", B)]);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(
            lines[0],
            format!("\u{feff}{}", baogao::rows::IndicatorRow::COLUMNS.join(","))
        );
        assert_eq!(s.matches("file,id").count(), 1);
        assert!(lines[1].starts_with("a.txt,0,,,0,执法情况,立案,94,,94,件,"));
        assert!(s.contains("\n\"b,c.txt\",0,"), "{s}");
    }

    #[test]
    fn json_is_an_array_for_no_one_or_two_files() {
        for files in [&[][..], &[("a", A)][..], &[("a", A), ("b", B)][..]] {
            let mut e = Indicators(RowWriter::new(RowFormat::Json, false));
            let v: serde_json::Value = serde_json::from_str(&run(&mut e, files)).unwrap();
            let rows = v.as_array().unwrap();
            assert_eq!(rows.is_empty(), files.is_empty());
            let mut e = Reports::new(false);
            let v: serde_json::Value = serde_json::from_str(&run(&mut e, files)).unwrap();
            let names: Vec<&str> = v
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["file"].as_str().unwrap())
                .collect();
            let want: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
            assert_eq!(names, want);
        }
    }

    #[test]
    fn tree_counts_indicators_under_their_own_heading() {
        let text = "一、其他\n立案3件。\n二、执法\n（一）其他\n罚款5万元，检查9次。\n";
        let s = run(&mut Tree::default(), &[("t", text)]);
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[1].ends_with("一、 其他  [1 indicator(s)]"), "{s}");
        assert!(lines[2].ends_with("二、 执法"), "{s}");
        assert!(lines[3].ends_with("（一） 其他  [2 indicator(s)]"), "{s}");
    }

    #[test]
    fn long_section_titles_are_cut_to_the_width() {
        let long = "很长的标题".repeat(10_000);
        let path = ["总体".to_string(), long];
        let cut = fit_path(&path, 30);
        assert!(
            cut.starts_with("总体 / 很长的标题") && cut.ends_with('…'),
            "{cut}"
        );
        assert!(cut.width() <= 30, "{cut}");
        assert_eq!(fit_path(&path[..1], 30), "总体");
    }

    #[test]
    fn table_aligns_cjk_columns() {
        let s = run(&mut IndicatorTable::new(100), &[("a", A)]);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0], "== a  (3 indicators)");
        // The section column starts at the same terminal cell on every line.
        let col = |l: &str| l[..l.find("执法情况").or(l.find("section")).unwrap()].width();
        assert_eq!(col(lines[1]), col(lines[2]));
        assert_eq!(col(lines[1]), col(lines[4]));
        assert!(lines[3].contains("208.74万") && lines[3].contains('元'));
        assert!(lines[4].contains("↓ 同比"), "{s}");
    }
}
