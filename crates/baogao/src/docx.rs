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
//!   that merged header cells stand in every column they head (a merged figure stays in its first
//!   row: one value); `w:gridBefore`/`w:gridAfter` leave empty cells. A table that only lays the
//!   page out (one column, its cells holding the text) is read as its content; a table nested in
//!   a data table's cell is a table of its own after it.
//! - What Word does not show is not read: hidden runs (`w:vanish`), a tracked move's old place
//!   (`w:moveFrom`), the former properties of tracked changes (`w:pPrChange` …). A non-breaking
//!   hyphen is `-`, a Symbol-font `w:sym` its sign (`±`, `≥`), a page or column break inside a
//!   paragraph no line break.
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
    // (The main part is `word/document.xml` in nearly every file; the package's relationships
    // name it when it has another name.)
    let document = read_part(&mut zip, "word/document.xml")
        .or_else(|| {
            let rels = read_part(&mut zip, "_rels/.rels")?;
            let name = main_part(&rels)?;
            read_part(&mut zip, &name)
        })
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

/// The main document part a package's relationships (`_rels/.rels`) name: the target of its
/// `officeDocument` relationship, without a leading `/`.
fn main_part(rels: &[u8]) -> Option<String> {
    let mut reader = Reader::from_reader(rels);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e))
                if e.local_name().as_ref() == b"Relationship"
                    && attr(&e, b"Type").is_some_and(|t| t.ends_with("/officeDocument")) =>
            {
                return attr(&e, b"Target").map(|t| t.trim_start_matches('/').to_string());
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
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

/// A table being read: its rows, the current row, the current cell, and the empty cells the
/// current row leaves out after its last (`w:gridAfter`).
type OpenTable = (
    Vec<Vec<TableCell>>,
    Vec<TableCell>,
    Option<TableCell>,
    usize,
);

/// A table cell being read.
#[derive(Default, Clone)]
struct TableCell {
    text: String,
    source: Option<usize>,
    span: usize,
    /// `Some(true)` restart, `Some(false)` continue a vertical merge
    vmerge: Option<bool>,
    /// What the cell holds, in order: its paragraphs and the tables nested in it (a table that
    /// lays out the page is read as these, see `lays_out`).
    items: Vec<Item>,
}

/// A paragraph (its numbering label and runs) or a table (its rows as written) inside a cell.
#[derive(Clone)]
enum Item {
    Para(String, Vec<(String, Option<usize>)>),
    Table(Vec<(Vec<String>, Vec<Option<usize>>)>),
}

impl TableCell {
    /// Adds a paragraph or a nested table to the cell: a paragraph's text is the cell's text too
    /// (its lines joined by spaces), a nested table's is not (it is a table of its own).
    fn add(&mut self, item: Item) {
        if let Item::Para(label, runs) = &item {
            let text = join_runs(label, runs);
            if self.source.is_none() {
                self.source = runs.iter().find_map(|r| r.1);
            }
            if !text.is_empty() {
                if !self.text.is_empty()
                    && crate::document::space_between(self.text.chars().last(), text.chars().next())
                {
                    self.text.push(' ');
                }
                self.text.push_str(&text);
            }
        }
        self.items.push(item);
    }
}

/// Whether a table only lays the page out: one cell a row, and a cell holding three paragraphs
/// or more, or a table (a web page or a template saved as Word, its body in a frame). A table of
/// one column of short entries (`项目` over its rows) is data.
fn lays_out(rows: &[Vec<TableCell>]) -> bool {
    rows.iter().all(|r| r.len() == 1)
        && rows.iter().flatten().any(|c| {
            c.items.iter().any(|i| matches!(i, Item::Table(_)))
                || c.items
                    .iter()
                    .filter(|i| matches!(i, Item::Para(..)))
                    .count()
                    >= 3
        })
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
        // Depth inside what Word does not show: a tracked move's old place (`w:moveFrom`), the
        // former properties of a tracked change (`w:pPrChange`, `w:rPrChange` …, whose old
        // `w:numPr` is no numbering now).
        let mut unseen = 0usize;
        // Whether the run being read is hidden (`w:vanish` in its `w:rPr`), and whether the
        // reader is in a paragraph's properties (whose `w:vanish` hides only its mark).
        let (mut hidden, mut in_ppr) = (false, false);
        // Whether the run being read is raised (`w:vertAlign w:val="superscript"` in its
        // `w:rPr`), and its text, held until the run ends (see [`crate::text::superscript_mark`]).
        let mut raised = false;
        let mut raised_text: Vec<(String, Option<usize>)> = Vec::new();
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
            match &ev {
                Event::Start(e) if is_unseen(e.local_name().as_ref()) => {
                    unseen += 1;
                    continue;
                }
                Event::End(e) if unseen > 0 && is_unseen(e.local_name().as_ref()) => {
                    unseen -= 1;
                    continue;
                }
                Event::Empty(e) if is_unseen(e.local_name().as_ref()) => continue,
                _ if unseen > 0 => continue,
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
                    b"pPr" if !empty => in_ppr = true,
                    b"r" => {
                        hidden = false;
                        raised = false;
                    }
                    b"vertAlign" if !in_ppr => {
                        raised = attr(&e, b"val").as_deref() == Some("superscript");
                    }
                    b"vanish" if !in_ppr => {
                        hidden = !matches!(attr(&e, b"val").as_deref(), Some("0" | "false" | "off"))
                    }
                    b"t" if !empty && !hidden => in_text = true,
                    b"tab" if !hidden => {
                        if let Some(p) = paras.last_mut() {
                            p.runs.push((" ".into(), None));
                        }
                    }
                    // a page or column break goes on with the paragraph (its text does not end
                    // there); a line break ends the line
                    b"br" if matches!(attr(&e, b"type").as_deref(), Some("page" | "column")) => {}
                    b"br" | b"cr" if !hidden => {
                        if let Some(p) = paras.last_mut() {
                            p.runs.push(("\n".into(), None));
                        }
                    }
                    // a hyphen Word does not break at (`2‑3个工作日`: a range)
                    b"noBreakHyphen" if !hidden => {
                        if let Some(p) = paras.last_mut() {
                            p.runs.push(("-".into(), None));
                        }
                    }
                    // a character of a symbol font (`≥` as Symbol F0B3)
                    b"sym" if !hidden => {
                        let c = attr(&e, b"char")
                            .and_then(|c| symbol_char(attr(&e, b"font").as_deref(), &c));
                        if let (Some(p), Some(c)) = (paras.last_mut(), c) {
                            p.runs.push((c.to_string(), None));
                        }
                    }
                    b"gridBefore" | b"gridAfter" => {
                        // cells a row leaves out before (or after) its first (last) one: empty
                        let n = attr(&e, b"val")
                            .and_then(|v| v.parse::<usize>().ok())
                            .unwrap_or(0);
                        if let Some(t) = tables.last_mut() {
                            if e.local_name().as_ref() == b"gridBefore" {
                                t.1.extend((0..n.min(MAX_COLUMNS)).map(|_| TableCell {
                                    span: 1,
                                    ..Default::default()
                                }));
                            } else {
                                t.3 = n.min(MAX_COLUMNS);
                            }
                        }
                    }
                    b"tbl" => tables.push((Vec::new(), Vec::new(), None, 0)),
                    b"tr" => {
                        if let Some(t) = tables.last_mut() {
                            t.1.clear();
                            t.3 = 0;
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
                Event::Text(t) if in_text && raised => {
                    if let Ok(s) = t.decode() {
                        raised_text.push((s.into_owned(), Some(pos)));
                    }
                }
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
                    match (paras.last_mut(), resolved) {
                        (_, Some(s)) if raised => raised_text.push((s, None)),
                        (Some(p), Some(s)) => p.runs.push((s, None)),
                        _ => {}
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"r" if !raised_text.is_empty() => {
                        let runs = std::mem::take(&mut raised_text);
                        if let Some(p) = paras.last_mut() {
                            let inner: String = runs.iter().map(|r| r.0.as_str()).collect();
                            let before = p
                                .runs
                                .iter()
                                .rev()
                                .map(|r| r.0.as_str())
                                .find(|s| !s.is_empty());
                            match crate::text::superscript_mark(&inner, before.unwrap_or("")) {
                                Some(mark) => p.runs.push((mark, None)),
                                None => p.runs.extend(runs),
                            }
                        }
                    }
                    b"pPr" => in_ppr = false,
                    b"p" => {
                        if let Some(p) = paras.pop() {
                            let (label, runs) = self.render(p);
                            if let Some(cell) = tables.last_mut().and_then(|t| t.2.as_mut()) {
                                cell.add(Item::Para(label, runs));
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
                            let mut row = std::mem::take(&mut t.1);
                            row.extend((0..t.3).map(|_| TableCell {
                                span: 1,
                                ..Default::default()
                            }));
                            t.0.push(row);
                        }
                    }
                    b"tbl" => {
                        if let Some((mut rows, _, _, _)) = tables.pop() {
                            // A table that only lays the page out (one column, its cells holding
                            // the text's paragraphs or tables: a web page saved as Word) is its
                            // cells' content, in order; a data table is its rows, then the
                            // tables nested in its cells, each a table of its own.
                            let items: Vec<Item> = if lays_out(&rows) {
                                rows.into_iter().flatten().flat_map(|c| c.items).collect()
                            } else {
                                let nested: Vec<Item> = rows
                                    .iter_mut()
                                    .flatten()
                                    .flat_map(|c| std::mem::take(&mut c.items))
                                    .filter(|i| matches!(i, Item::Table(_)))
                                    .collect();
                                std::iter::once(Item::Table(expand(rows)))
                                    .chain(nested)
                                    .collect()
                            };
                            match tables.last_mut().and_then(|t| t.2.as_mut()) {
                                Some(cell) => items.into_iter().for_each(|i| cell.add(i)),
                                None => {
                                    for item in items {
                                        match item {
                                            Item::Para(label, runs) => {
                                                self.emit_paragraph(&label, &runs)
                                            }
                                            Item::Table(lines) => self.emit_table(lines),
                                        }
                                    }
                                }
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
            let verbatim = src.is_some() && !s.contains(chars!['&', '\r']);
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

/// Whether an element holds what Word does not show (see `Body::read`): a tracked move's old
/// place and the former properties of tracked changes.
fn is_unseen(local: &[u8]) -> bool {
    matches!(
        local,
        b"moveFrom"
            | b"pPrChange"
            | b"rPrChange"
            | b"sectPrChange"
            | b"tblPrChange"
            | b"trPrChange"
            | b"tcPrChange"
            | b"numberingChange"
    )
}

/// The character a `w:sym` stands for: in the Symbol font (its code `F0xx`, the font's own
/// encoding in the low byte) the mathematical signs a report writes (± ≥ ≤ × ÷ ≈ ° ≠), any other
/// font's code when it is a Unicode character of its own (not in the private-use area).
///
/// ```text
/// symbol_char(Some("Symbol"), "F0B3") == Some('≥');  symbol_char(Some("Wingdings"), "F0FC") == None
/// ```
fn symbol_char(font: Option<&str>, code: &str) -> Option<char> {
    let n = u32::from_str_radix(code, 16).ok()?;
    if font.is_some_and(|f| f.eq_ignore_ascii_case("Symbol")) {
        let low = if (0xF000..=0xF0FF).contains(&n) {
            n - 0xF000
        } else {
            n
        };
        return match low {
            0xB1 => Some('±'),
            0xB3 => Some('≥'),
            0xA3 => Some('≤'),
            0xB4 => Some('×'),
            0xB8 => Some('÷'),
            0xBB => Some('≈'),
            0xB0 => Some('°'),
            0xB9 => Some('≠'),
            0x2D => Some('−'),
            0x25 => Some('%'),
            _ => None,
        };
    }
    char::from_u32(n).filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
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
                    // (a figure is one value: written once, in the row it starts in)
                    above
                        .get(col)
                        .filter(|t| !crate::document::is_figure_cell(t))
                        .cloned()
                        .unwrap_or_default()
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

    fn body_text(body: &str) -> String {
        let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
        Body::new(Numbering::default(), Styles::default())
            .read(&xml)
            .0
    }

    #[test]
    fn what_word_does_not_show_is_not_read() {
        // hidden text, a tracked move's old place (the new place is read), a former numbering
        // kept with a tracked change of the paragraph's properties
        let text = body_text(
            r#"<w:p><w:r><w:t>全年投资</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（待核）</w:t></w:r><w:r><w:t>12亿元。</w:t></w:r></w:p>
            <w:p><w:moveFrom><w:r><w:t>另投入3亿元。</w:t></w:r></w:moveFrom><w:r><w:t>完成。</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:vanish/></w:rPr><w:pPrChange><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>正文段落。</w:t></w:r></w:p>"#,
        );
        assert_eq!(text, "全年投资12亿元。\n完成。\n正文段落。\n");
    }

    #[test]
    fn a_raised_number_is_a_unit_exponent_or_a_note_mark() {
        // As `<sup>` in HTML: raised digits after a Latin letter are a unit's exponent, elsewhere a
        // note mark set apart in brackets; other raised text, and a paragraph mark's own
        // properties, change nothing.
        let raised = |t: &str| {
            format!(r#"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{t}</w:t></w:r>"#)
        };
        let plain = |t: &str| format!("<w:r><w:t>{t}</w:t></w:r>");
        let text = body_text(&format!(
            "<w:p>{}{}{}{}{}{}{}</w:p><w:p>{}{}{}{}{}</w:p>",
            plain("新建绿地8.5km"),
            raised("2"),
            plain("，日供水3万m"),
            raised("3"),
            plain("，研发经费"),
            raised("4"),
            plain("3.1亿元。"),
            plain("增速"),
            raised("注"),
            plain("，水位H"),
            r#"<w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>2</w:t></w:r>"#,
            plain("上升。"),
        ));
        assert_eq!(
            text,
            "新建绿地8.5km²，日供水3万m³，研发经费[4]3.1亿元。\n增速注，水位H2上升。\n"
        );
        let text = body_text(&format!(
            r#"<w:p><w:pPr><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:pPr>{}</w:p>"#,
            plain("完成12项。")
        ));
        assert_eq!(text, "完成12项。\n");
        // The note mark no longer glues onto the figure after it.
        let text = body_text(&format!(
            "<w:p>{}{}{}</w:p>",
            plain("研发投入强度"),
            raised("2"),
            plain("3.05%。")
        ));
        let found = crate::parse(&text).indicators;
        assert_eq!(found[0].text, "3.05%");
    }

    #[test]
    fn hyphens_symbols_breaks_and_row_gaps() {
        // a non-breaking hyphen is a hyphen (a range), a Symbol-font sign its character, a page
        // break inside a paragraph no end of its line
        let text = body_text(
            r#"<w:p><w:r><w:t>办结时限2</w:t></w:r><w:r><w:noBreakHyphen/><w:t>3个工作日，误差</w:t><w:sym w:font="Symbol" w:char="F0B1"/><w:t>2%。</w:t></w:r></w:p>
            <w:p><w:r><w:t>（一）加强</w:t><w:br w:type="page"/><w:t>组织领导</w:t></w:r></w:p>"#,
        );
        assert_eq!(text, "办结时限2-3个工作日，误差±2%。\n（一）加强组织领导\n");
        assert_eq!(symbol_char(Some("Wingdings"), "F0FC"), None);
        // a row that starts one grid column in (w:gridBefore) keeps its cells in their columns
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let table = format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>{}{}</w:tr></w:tbl>",
            cell("类别"),
            cell("项目"),
            cell("金额"),
            cell("违规发放"),
            cell("31.5"),
        );
        assert_eq!(
            body_text(&table),
            "| 类别 | 项目 | 金额 |\n|  | 违规发放 | 31.5 |\n"
        );
    }

    #[test]
    fn a_layout_frame_is_its_content_and_a_nested_table_a_table() {
        let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
        let cell = |inner: &str| format!("<w:tc>{inner}</w:tc>");
        let data = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell(&p("项目")),
            cell(&p("金额（万元）")),
            cell(&p("设施改造")),
            cell(&p("86.5"))
        );
        // the whole body in one cell (a web page saved as Word): paragraphs and a table
        let frame = format!(
            "<w:tbl><w:tr>{}</w:tr></w:tbl>",
            cell(&format!(
                "{}{}{data}{}",
                p("某镇2024年工作总结"),
                p("一、主要工作"),
                p("二、存在的问题")
            ))
        );
        assert_eq!(
            body_text(&frame),
            "某镇2024年工作总结\n一、主要工作\n| 项目 | 金额（万元） |\n| 设施改造 | 86.5 |\n二、存在的问题\n"
        );
        // a data table with a table in a cell: its rows, then the nested table
        let outer = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell(&p("事项")),
            cell(&p("情况")),
            cell(&p("投入")),
            cell(&data)
        );
        assert_eq!(
            body_text(&outer),
            "| 事项 | 情况 |\n| 投入 |  |\n| 项目 | 金额（万元） |\n| 设施改造 | 86.5 |\n"
        );
    }

    #[test]
    fn vmerge_and_gridspan_expand() {
        let cell = |t: &str, span: usize, vmerge: Option<bool>| TableCell {
            text: t.into(),
            span,
            vmerge,
            ..Default::default()
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
