//! The Word reader (feature `docx`): turns a .docx into the text the parser reads.
//!
//! - Each paragraph (`w:p`) is a line; a soft break (`w:br`, `w:cr`) breaks the line too, tabs
//!   become spaces.
//! - Automatic numbering, which is not in the paragraph's text at all, is rendered in front of it
//!   from `numbering.xml`: the level's `w:lvlText` (`%1、`, `（%1）`, `%1.`) with each counter in
//!   the level's `w:numFmt` (`chineseCounting` 一, `decimal` 1, `decimalEnclosedCircle` ① …),
//!   counting per list and restarting deeper levels, as Word does. Numbering set on a paragraph
//!   style (`w:pStyle` → `styles.xml`) counts as well.
//! - Tables (`w:tbl`) become one `| a | b | c |` line per row, with `w:gridSpan` repeated across
//!   the columns it spans and a `w:vMerge` continuation taking the text of the cell above, so
//!   that merged header cells stand in every column they head.
//! - The [`SourceMap`] leads to byte offsets in the archive's `word/document.xml` part
//!   (uncompressed), one anchor per text run.
//!
//! No converter runs outside the process: the archive is read with `zip`, the XML with
//! `quick-xml`.
//!
//! ```no_run
//! let bytes = std::fs::read("report.docx").unwrap();
//! let doc = baogao::docx::parse_docx(&bytes).unwrap();
//! for h in doc.report.headings() {
//!     println!("{} {}{}", h.level, h.marker.raw, h.title);
//! }
//! ```

use crate::document::{Document, SourceFormat, SourceMap, TextBuilder};
use crate::error::Error;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::Read;

use crate::numbering::format_number;

/// Reads a .docx and parses the report in it.
///
/// ```
/// let err = baogao::docx::parse_docx(b"PK\x03\x04 not really a zip").unwrap_err();
/// assert_eq!(err.kind(), "format");
/// ```
pub fn parse_docx(bytes: &[u8]) -> Result<Document, Error> {
    let (text, map) = extract(bytes)?;
    Ok(crate::document::finish(
        SourceFormat::Docx,
        "UTF-8",
        text,
        map,
    ))
}

fn format_error(reason: impl Into<String>) -> Error {
    Error::Format {
        format: "docx",
        reason: reason.into(),
    }
}

/// Largest XML part read (a zip bomb stops here).
const MAX_PART: u64 = 256 << 20;

fn read_part(zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let f = zip.by_name(name).ok()?;
    let mut out = Vec::new();
    f.take(MAX_PART).read_to_end(&mut out).ok()?;
    Some(out)
}

/// The text of a .docx and its map to `word/document.xml`.
pub(crate) fn extract(bytes: &[u8]) -> Result<(String, SourceMap), Error> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format_error(format!("not a zip archive ({e})")))?;
    let document = read_part(&mut zip, "word/document.xml")
        .ok_or_else(|| format_error("no word/document.xml in the archive (not a Word file)"))?;
    let numbering = read_part(&mut zip, "word/numbering.xml")
        .map(|x| Numbering::parse(&x))
        .unwrap_or_default();
    let styles = read_part(&mut zip, "word/styles.xml")
        .map(|x| Styles::parse(&x))
        .unwrap_or_default();
    let document = std::str::from_utf8(&document)
        .map_err(|e| format_error(format!("word/document.xml is not UTF-8 ({e})")))?;
    Ok(Body::new(numbering, styles).read(document))
}

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

/// One level of a list: its number format, label template and start.
#[derive(Debug, Clone, Default)]
struct Level {
    fmt: String,
    text: String,
    start: u32,
}

/// `numbering.xml`: abstract lists and the list instances that use them.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, HashMap<u8, Level>>,
    /// numId → (abstractNumId, start overrides per level)
    nums: HashMap<String, (String, HashMap<u8, u32>)>,
}

impl Numbering {
    fn parse(xml: &[u8]) -> Self {
        let mut n = Numbering::default();
        let mut reader = Reader::from_reader(xml);
        let mut abs: Option<String> = None;
        let mut lvl: Option<(u8, Level)> = None;
        let mut num: Option<String> = None;
        let mut override_lvl: Option<u8> = None;
        loop {
            let ev = match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(ev) => ev,
            };
            match ev {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    b"abstractNum" => abs = attr(&e, b"abstractNumId"),
                    b"lvl" => {
                        let ilvl = attr(&e, b"ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        lvl = Some((
                            ilvl,
                            Level {
                                start: 1,
                                ..Default::default()
                            },
                        ));
                    }
                    b"start" => {
                        let v = attr(&e, b"val").and_then(|v| v.parse().ok()).unwrap_or(1);
                        if let Some((_, l)) = lvl.as_mut() {
                            l.start = v;
                        }
                    }
                    b"numFmt" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.fmt = attr(&e, b"val").unwrap_or_default();
                        }
                    }
                    b"lvlText" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.text = attr(&e, b"val").unwrap_or_default();
                        }
                    }
                    b"num" => {
                        num = attr(&e, b"numId");
                    }
                    b"abstractNumId" => {
                        if let (Some(id), Some(a)) = (num.clone(), attr(&e, b"val")) {
                            n.nums.entry(id).or_default().0 = a;
                        }
                    }
                    b"lvlOverride" => {
                        override_lvl = attr(&e, b"ilvl").and_then(|v| v.parse().ok());
                    }
                    b"startOverride" => {
                        if let (Some(id), Some(l), Some(v)) = (
                            num.clone(),
                            override_lvl,
                            attr(&e, b"val").and_then(|v| v.parse().ok()),
                        ) {
                            n.nums.entry(id).or_default().1.insert(l, v);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    b"lvl" => {
                        if let (Some(a), Some((i, l))) = (abs.clone(), lvl.take()) {
                            n.abstracts.entry(a).or_default().insert(i, l);
                        }
                    }
                    b"abstractNum" => abs = None,
                    b"num" => num = None,
                    _ => {}
                },
                _ => {}
            }
        }
        n
    }

    fn level(&self, num_id: &str, ilvl: u8) -> Option<(Level, u32)> {
        let (abs, overrides) = self.nums.get(num_id)?;
        let level = self.abstracts.get(abs)?.get(&ilvl)?.clone();
        let start = overrides.get(&ilvl).copied().unwrap_or(level.start);
        Some((level, start))
    }
}

/// `styles.xml`: the numbering and outline level a paragraph style gives.
#[derive(Debug, Default)]
struct Styles {
    /// styleId → (numId, ilvl, outline level 0-based, basedOn)
    styles: HashMap<String, StyleProps>,
}

#[derive(Debug, Default, Clone)]
struct StyleProps {
    num_id: Option<String>,
    ilvl: Option<u8>,
    outline: Option<u8>,
    based_on: Option<String>,
}

impl Styles {
    fn parse(xml: &[u8]) -> Self {
        let mut s = Styles::default();
        let mut reader = Reader::from_reader(xml);
        let mut cur: Option<(String, StyleProps)> = None;
        loop {
            let ev = match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(ev) => ev,
            };
            match ev {
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.local_name();
                    if name.as_ref() == b"style" {
                        cur = attr(&e, b"styleId").map(|id| (id, StyleProps::default()));
                        continue;
                    }
                    let Some((_, p)) = cur.as_mut() else { continue };
                    match name.as_ref() {
                        b"numId" => p.num_id = attr(&e, b"val"),
                        b"ilvl" => p.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok()),
                        b"outlineLvl" => p.outline = attr(&e, b"val").and_then(|v| v.parse().ok()),
                        b"basedOn" => p.based_on = attr(&e, b"val"),
                        b"name" => {
                            // built-in "heading N" styles carry their level in the name
                            if let Some(level) = attr(&e, b"val")
                                .and_then(|v| v.strip_prefix("heading ").map(str::to_string))
                                .and_then(|v| v.trim().parse::<u8>().ok())
                            {
                                p.outline.get_or_insert(level.saturating_sub(1));
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) if e.local_name().as_ref() == b"style" => {
                    if let Some((id, p)) = cur.take() {
                        s.styles.insert(id, p);
                    }
                }
                _ => {}
            }
        }
        s
    }

    /// The style's properties with those of the styles it is based on filled in.
    fn resolve(&self, id: &str) -> StyleProps {
        let mut out = StyleProps::default();
        let mut cur = Some(id.to_string());
        for _ in 0..16 {
            let Some(p) = cur.as_ref().and_then(|c| self.styles.get(c)) else {
                break;
            };
            if out.num_id.is_none() {
                out.num_id = p.num_id.clone();
            }
            if out.ilvl.is_none() {
                out.ilvl = p.ilvl;
            }
            if out.outline.is_none() {
                out.outline = p.outline;
            }
            cur = p.based_on.clone();
        }
        out
    }
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    /// (text, offset in document.xml) per run of text; `None` offset for a break
    runs: Vec<(String, Option<usize>)>,
}

/// A table being read: its rows, the current row, the current cell.
type OpenTable = (Vec<Vec<TableCell>>, Vec<TableCell>, Option<TableCell>);

/// A table cell being read.
#[derive(Default, Clone)]
struct TableCell {
    text: String,
    source: Option<usize>,
    span: usize,
    /// `Some(true)` restart, `Some(false)` continue a vertical merge
    vmerge: Option<bool>,
}

struct Body {
    numbering: Numbering,
    styles: Styles,
    /// counters per list instance, per level
    counters: HashMap<String, [u32; 9]>,
    b: TextBuilder,
}

/// Largest number of grid columns a row expands to.
const MAX_COLUMNS: usize = 64;

impl Body {
    fn new(numbering: Numbering, styles: Styles) -> Self {
        Body {
            numbering,
            styles,
            counters: HashMap::new(),
            b: TextBuilder::new(),
        }
    }

    fn read(mut self, xml: &str) -> (String, SourceMap) {
        let mut reader = Reader::from_str(xml);
        // Paragraphs being read: a text box (`w:txbxContent`) holds paragraphs inside a run of
        // the paragraph it is anchored to, which goes on after them.
        let mut paras: Vec<Para> = Vec::new();
        // Depth inside `mc:Fallback`: the copy of a text box (or drawing) Word writes for older
        // readers after the `mc:Choice` it has already read.
        let mut fallback = 0usize;
        let mut in_text = false;
        // tables: a stack of (rows, current row, current cell)
        let mut tables: Vec<OpenTable> = Vec::new();
        loop {
            let pos = reader.buffer_position() as usize;
            let ev = match reader.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(ev) => ev,
            };
            let empty = matches!(ev, Event::Empty(_));
            let fallback_tag = |e: &BytesStart| e.local_name().as_ref() == b"Fallback";
            match &ev {
                Event::Start(e) if fallback_tag(e) => {
                    fallback += 1;
                    continue;
                }
                Event::End(e) if fallback > 0 && e.local_name().as_ref() == b"Fallback" => {
                    fallback -= 1;
                    continue;
                }
                _ if fallback > 0 => continue,
                _ => {}
            }
            match ev {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    // (An empty `<w:p/>` is a paragraph without text: nothing to read.)
                    b"p" if !empty => paras.push(Para::default()),
                    b"pStyle" => {
                        if let Some(p) = paras.last_mut() {
                            p.style = attr(&e, b"val");
                        }
                    }
                    b"numId" => {
                        if let Some(p) = paras.last_mut() {
                            p.num_id = attr(&e, b"val");
                        }
                    }
                    b"ilvl" => {
                        if let Some(p) = paras.last_mut() {
                            p.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok());
                        }
                    }
                    b"t" if !empty => in_text = true,
                    b"tab" => {
                        if let Some(p) = paras.last_mut() {
                            p.runs.push((" ".into(), None));
                        }
                    }
                    b"br" | b"cr" => {
                        if let Some(p) = paras.last_mut() {
                            p.runs.push(("\n".into(), None));
                        }
                    }
                    b"tbl" => tables.push((Vec::new(), Vec::new(), None)),
                    b"tr" => {
                        if let Some(t) = tables.last_mut() {
                            t.1.clear();
                        }
                    }
                    b"tc" => {
                        if let Some(t) = tables.last_mut() {
                            t.2 = Some(TableCell {
                                span: 1,
                                ..Default::default()
                            });
                        }
                    }
                    b"gridSpan" => {
                        if let Some(c) = tables.last_mut().and_then(|t| t.2.as_mut()) {
                            c.span = attr(&e, b"val")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(1)
                                .clamp(1, MAX_COLUMNS);
                        }
                    }
                    b"vMerge" => {
                        if let Some(c) = tables.last_mut().and_then(|t| t.2.as_mut()) {
                            c.vmerge = Some(attr(&e, b"val").as_deref() == Some("restart"));
                        }
                    }
                    _ => {}
                },
                Event::Text(t) if in_text => {
                    if let (Some(p), Ok(s)) = (paras.last_mut(), t.decode()) {
                        p.runs.push((s.into_owned(), Some(pos)));
                    }
                }
                Event::GeneralRef(r) if in_text => {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => r.decode().ok().and_then(|name| {
                            quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
                        }),
                    };
                    if let (Some(p), Some(s)) = (paras.last_mut(), resolved) {
                        p.runs.push((s, None));
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"p" => {
                        if let Some(p) = paras.pop() {
                            let (label, runs) = self.render(p);
                            if let Some(cell) = tables.last_mut().and_then(|t| t.2.as_mut()) {
                                let text = join_runs(&label, &runs);
                                if cell.source.is_none() {
                                    cell.source = runs.iter().find_map(|r| r.1);
                                }
                                if !text.is_empty() {
                                    if !cell.text.is_empty()
                                        && crate::document::space_between(
                                            cell.text.chars().last(),
                                            text.chars().next(),
                                        )
                                    {
                                        cell.text.push(' ');
                                    }
                                    cell.text.push_str(&text);
                                }
                            } else {
                                self.emit_paragraph(&label, &runs);
                            }
                        }
                    }
                    b"tc" => {
                        if let Some(t) = tables.last_mut() {
                            if let Some(c) = t.2.take() {
                                t.1.push(c);
                            }
                        }
                    }
                    b"tr" => {
                        if let Some(t) = tables.last_mut() {
                            let row = std::mem::take(&mut t.1);
                            t.0.push(row);
                        }
                    }
                    b"tbl" => {
                        if let Some((rows, _, _)) = tables.pop() {
                            let lines = expand(rows);
                            match tables.last_mut().and_then(|t| t.2.as_mut()) {
                                // a nested table is text of the cell that holds it
                                Some(cell) => {
                                    for (row, _) in lines {
                                        if !cell.text.is_empty() {
                                            cell.text.push(' ');
                                        }
                                        cell.text.push_str(&row.join(" "));
                                    }
                                }
                                None => self.emit_table(lines),
                            }
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        self.b.break_line();
        (self.b.text, self.b.map)
    }

    /// The paragraph's numbering label (if any) and its runs.
    fn render(&mut self, p: Para) -> (String, Vec<(String, Option<usize>)>) {
        let style = p
            .style
            .as_deref()
            .map(|s| self.styles.resolve(s))
            .unwrap_or_default();
        let num_id = p.num_id.or(style.num_id);
        let ilvl = p.ilvl.or(style.ilvl).unwrap_or(0).min(8);
        let mut label = String::new();
        if let Some(id) = num_id.filter(|id| id != "0") {
            if let Some((level, start)) = self.numbering.level(&id, ilvl) {
                let mut starts = [1u32; 9];
                for (l, s) in starts.iter_mut().enumerate() {
                    *s = self.numbering.level(&id, l as u8).map_or(1, |(_, st)| st);
                }
                let counters = self.counters.entry(id.clone()).or_insert([0; 9]);
                let i = ilvl as usize;
                counters[i] = if counters[i] == 0 {
                    start
                } else {
                    counters[i] + 1
                };
                for c in counters.iter_mut().skip(i + 1) {
                    *c = 0;
                }
                let counters = *counters;
                if level.fmt != "bullet" {
                    let mut out = String::new();
                    let mut chars = level.text.chars().peekable();
                    while let Some(c) = chars.next() {
                        if c == '%' {
                            if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                                chars.next();
                                let l = (d as usize).saturating_sub(1).min(8);
                                let n = if counters[l] == 0 {
                                    starts[l]
                                } else {
                                    counters[l]
                                };
                                let fmt = self
                                    .numbering
                                    .level(&id, l as u8)
                                    .map_or(String::new(), |(lv, _)| lv.fmt);
                                out.push_str(&format_number(n, &fmt));
                                continue;
                            }
                        }
                        out.push(c);
                    }
                    label = out;
                }
            }
        }
        (label, p.runs)
    }

    fn emit_paragraph(&mut self, label: &str, runs: &[(String, Option<usize>)]) {
        self.b.break_line();
        let text: String = runs.iter().map(|r| r.0.as_str()).collect();
        if !label.is_empty()
            && !text.trim_start().starts_with(label.trim())
            && !text.trim().is_empty()
        {
            // the label Word renders stands for the paragraph: it maps to the paragraph's text
            let first = runs.iter().find_map(|r| r.1);
            self.b.push_inline(label, first.map(|o| (o, false)));
        }
        for (s, src) in runs {
            if s == "\n" {
                self.b.break_line();
                continue;
            }
            // a <w:t> run is XML text: verbatim unless it held an entity or a line break
            let verbatim = src.is_some() && !s.contains(['&', '\r']);
            self.b.push_inline(s, src.map(|o| (o, verbatim)));
        }
        self.b.break_line();
    }

    fn emit_table(&mut self, rows: Vec<(Vec<String>, Vec<Option<usize>>)>) {
        self.b.break_line();
        for (row, sources) in rows {
            for (i, cell) in row.iter().enumerate() {
                self.b.push_raw(if i == 0 { "| " } else { " | " });
                if let Some(Some(src)) = sources.get(i) {
                    self.b.map.push(self.b.text.len(), *src, false);
                }
                self.b.push_raw(&cell.replace('|', "｜"));
            }
            self.b.push_raw(" |");
            self.b.break_line();
        }
    }
}

fn join_runs(label: &str, runs: &[(String, Option<usize>)]) -> String {
    let mut out = String::new();
    if !label.is_empty() {
        out.push_str(label);
    }
    for (s, _) in runs {
        out.push_str(if s == "\n" { " " } else { s });
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Grid rows with spans expanded: each cell's text repeated over its `gridSpan` columns, a
/// `vMerge` continuation taking the text above it.
fn expand(rows: Vec<Vec<TableCell>>) -> Vec<(Vec<String>, Vec<Option<usize>>)> {
    let mut out: Vec<(Vec<String>, Vec<Option<usize>>)> = Vec::new();
    let mut above: Vec<String> = Vec::new();
    for row in rows {
        let mut texts = Vec::new();
        let mut sources = Vec::new();
        for cell in row {
            for k in 0..cell.span {
                if texts.len() >= MAX_COLUMNS {
                    break;
                }
                let col = texts.len();
                let text = if cell.vmerge == Some(false) {
                    above.get(col).cloned().unwrap_or_default()
                } else {
                    cell.text.clone()
                };
                texts.push(text);
                sources.push(if k == 0 { cell.source } else { None });
            }
        }
        above = texts.clone();
        out.push((texts, sources));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_box_is_read_once_and_its_paragraph_whole() {
        // A paragraph with a text box in a run: Word writes the box twice (mc:Choice for
        // itself, mc:Fallback for older readers); the anchoring paragraph goes on after it.
        let xml = r#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
            <w:p><w:r><w:t>全年新建学校</w:t></w:r>
              <w:r><mc:AlternateContent>
                <mc:Choice><w:drawing><w:txbxContent>
                  <w:p><w:r><w:t>注：数据截至12月</w:t></w:r></w:p>
                </w:txbxContent></w:drawing></mc:Choice>
                <mc:Fallback><w:pict><w:txbxContent>
                  <w:p><w:r><w:t>注：数据截至12月</w:t></w:r></w:p>
                </w:txbxContent></w:pict></mc:Fallback>
              </mc:AlternateContent></w:r>
              <w:r><w:t>12所。</w:t></w:r></w:p>
            <w:p/>
            <w:p><w:r><w:t>二、下步打算</w:t></w:r></w:p>
          </w:body></w:document>"#;
        let (text, _) = Body::new(Numbering::default(), Styles::default()).read(xml);
        assert_eq!(text, "注：数据截至12月\n全年新建学校12所。\n二、下步打算\n");
    }

    #[test]
    fn vmerge_and_gridspan_expand() {
        let cell = |t: &str, span: usize, vmerge: Option<bool>| TableCell {
            text: t.into(),
            source: None,
            span,
            vmerge,
        };
        let rows = vec![
            vec![cell("单位", 1, Some(true)), cell("申请数", 2, None)],
            vec![
                cell("", 1, Some(false)),
                cell("自然人", 1, None),
                cell("法人", 1, None),
            ],
        ];
        let out: Vec<Vec<String>> = expand(rows).into_iter().map(|r| r.0).collect();
        assert_eq!(
            out,
            [["单位", "申请数", "申请数"], ["单位", "自然人", "法人"]]
        );
    }
}
