//! Reports as users have them: plain text in any supported encoding, saved web pages (feature
//! `html`) and Word files (features `docx` and `doc`), told apart by their content.
//!
//! A reader turns the source into plain text in the shape the text parser reads (one line per
//! block, entities decoded, tables as `| a | b |` rows with merged cells repeated), then the
//! ordinary [`parse`](crate::parse) runs on that text. The [`Document`] keeps the text (the
//! report's spans slice it) and a [`SourceMap`] from text offsets back to byte offsets in the
//! source file, so that a program can highlight a heading or an indicator in the page itself.
//!
//! PDF is read out of process: extract its text with `pdftotext -layout report.pdf report.txt`
//! (poppler) and parse that; page markers (`— 3 —`) and wrapped lines are the text parser's
//! business. When the PDF's font map is broken the text is garbage (many U+FFFD, `(cid:123)`
//! glyph references): [`parse`](crate::parse) then adds a
//! [`FontMapDamage`](crate::DiagnosticKind::FontMapDamage) diagnostic instead of parsing it
//! silently (see [`font_map_damage`]).
//!
//! ```
//! let doc = baogao::document::parse_document("一、总体情况\n立案94件。\n".as_bytes()).unwrap();
//! assert_eq!(doc.format, baogao::document::SourceFormat::Text);
//! assert_eq!(doc.report.sections[0].heading.title, "总体情况");
//! assert_eq!(doc.source_map.to_source(3), Some(3));
//! ```

/// What text detection tries, in order, for messages: `UTF-8, UTF-16 or UTF-32 with a
/// byte-order mark, GB18030/GBK, Big5`.
///
/// ```
/// assert!(baogao::document::DETECTED_ENCODINGS.starts_with("UTF-8"));
/// ```
pub use crate::decode::TRIED as DETECTED_ENCODINGS;
use crate::error::Error;
use crate::model::{Diagnostic, DiagnosticKind, Report};
use crate::span::Span;

/// What kind of file the bytes were.
///
/// ```
/// use baogao::document::{detect, SourceFormat};
/// assert_eq!(detect(b"<!DOCTYPE html><p>x</p>"), SourceFormat::Html);
/// assert_eq!(detect(b"PK\x03\x04rest"), SourceFormat::Docx);
/// assert_eq!(detect(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), SourceFormat::Doc);
/// assert_eq!(detect("一、总体情况".as_bytes()), SourceFormat::Text);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// Plain text (UTF-8, UTF-16 or UTF-32 with a BOM, GB18030/GBK, Big5).
    Text,
    /// An HTML page.
    Html,
    /// A Word .docx file (a zip archive).
    Docx,
    /// A Word 97–2003 .doc file (an OLE compound file).
    Doc,
}

impl SourceFormat {
    /// The lower-case name used by the CLI's `--from` (`text`, `html`, `docx`, `doc`).
    ///
    /// ```
    /// assert_eq!(baogao::document::SourceFormat::Docx.name(), "docx");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Html => "html",
            SourceFormat::Docx => "docx",
            SourceFormat::Doc => "doc",
        }
    }
}

/// Tells the format by content: the zip magic `PK\x03\x04` is a docx, the OLE compound file
/// signature `D0 CF 11 E0 A1 B1 1A E1` a Word 97–2003 .doc (an OLE file that is no Word document,
/// an .xls or a .ppt, is then an error of the .doc reader), a page that opens (after a
/// BOM, blanks and comments) with `<!doctype html` or a document or block tag (`<html`, `<head`,
/// `<body`, `<meta`, `<title`, `<div`, `<p`, `<table`, `<h1` …: a saved fragment) is HTML,
/// anything else is text.
///
/// ```
/// use baogao::document::{detect, SourceFormat};
/// assert_eq!(detect(b"\xef\xbb\xbf  <!-- saved --><HTML><body>x"), SourceFormat::Html);
/// assert_eq!(detect("<报告>一、工作".as_bytes()), SourceFormat::Text);
/// ```
pub fn detect(bytes: &[u8]) -> SourceFormat {
    if bytes.starts_with(b"PK\x03\x04") {
        return SourceFormat::Docx;
    }
    if bytes.starts_with(&OLE_SIGNATURE) {
        return SourceFormat::Doc;
    }
    let mut rest = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // UTF-16 and UTF-32 pages: look at the ASCII bytes only.
    let ascii: Vec<u8>;
    if rest.starts_with(&[0xff, 0xfe])
        || rest.starts_with(&[0xfe, 0xff])
        || rest.starts_with(&[0, 0, 0xfe, 0xff])
    {
        ascii = rest
            .iter()
            .take(2048)
            .copied()
            .filter(|&b| b != 0)
            .collect();
        rest = &ascii[2.min(ascii.len())..];
    }
    loop {
        rest = trim_ascii_start(rest);
        if rest.starts_with(b"<!--") {
            match find(rest, b"-->") {
                Some(i) => rest = &rest[i + 3..],
                None => return SourceFormat::Text,
            }
            continue;
        }
        if rest.starts_with(b"<?xml") {
            match find(rest, b"?>") {
                Some(i) => rest = &rest[i + 2..],
                None => return SourceFormat::Text,
            }
            continue;
        }
        break;
    }
    let head: Vec<u8> = rest.iter().take(16).map(u8::to_ascii_lowercase).collect();
    let opens = |p: &[u8]| {
        head.starts_with(p)
            && head
                .get(p.len())
                .is_none_or(|&c| c == b'>' || c.is_ascii_whitespace() || c == b'/')
    };
    const TAGS: &[&[u8]] = &[
        b"<html", b"<head", b"<body", b"<meta", b"<title", b"<link", b"<style", b"<script",
        b"<div", b"<p", b"<table", b"<h1", b"<h2", b"<h3",
    ];
    if head.starts_with(b"<!doctype html") || TAGS.iter().any(|t| opens(t)) {
        SourceFormat::Html
    } else {
        SourceFormat::Text
    }
}

/// The first bytes of an OLE compound file (a Word .doc, an .xls, a .ppt).
const OLE_SIGNATURE: [u8; 8] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

fn trim_ascii_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// Choices for [`parse_document_with`].
///
/// ```
/// use baogao::document::{parse_document_with, ReadOptions, SourceFormat};
/// let opts = ReadOptions { from: Some(SourceFormat::Text), encoding: Some("gbk".into()) };
/// let doc = parse_document_with(&[0xb1, 0xa8, 0xb8, 0xe6], &opts).unwrap();
/// assert_eq!(doc.text, "报告");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The format, instead of telling it by content.
    pub from: Option<SourceFormat>,
    /// An encoding label (`utf-8`, `gbk`, `gb18030`, `utf-16le` … any WHATWG label) that
    /// overrides detection and the page's `<meta charset>`; bytes it cannot decode are an error.
    pub encoding: Option<String>,
}

/// A report read from a file, with the text it was parsed from.
///
/// ```
/// let doc = baogao::document::parse_document("标题\n一、工作\n".as_bytes()).unwrap();
/// let h = &doc.report.sections[0].heading;
/// assert_eq!(h.span.slice(&doc.text), "一、工作\n");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The format the bytes were read as.
    pub format: SourceFormat,
    /// The encoding the text (or page) was decoded from (`UTF-8`, `GB18030`, `UTF-16LE` …).
    pub encoding: &'static str,
    /// The text the reader extracted and the report was parsed from: every span of
    /// [`report`](Document::report) indexes it, and `report.leaves()` rebuilds it.
    pub text: String,
    /// The parsed report.
    pub report: Report,
    /// From byte offsets in [`text`](Document::text) to byte offsets in the source file.
    pub source_map: SourceMap,
}

/// Byte offsets of the extracted text mapped back to byte offsets in the source file.
///
/// The map is a list of anchors, one per run of text the reader copied (an HTML text node, a Word
/// run). An offset inside a run that the source holds verbatim maps exactly; inside a run that was
/// transformed (entities decoded, a GBK page, numbering the reader rendered) it maps to the run's
/// start. Text the reader made up (line breaks, ` | ` between cells) maps to the anchor before it.
///
/// ```
/// use baogao::document::SourceMap;
/// let mut m = SourceMap::default();
/// m.push(0, 10, true);
/// m.push(6, 40, false);
/// assert_eq!(m.to_source(2), Some(12));
/// assert_eq!(m.to_source(8), Some(40));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    anchors: Vec<Anchor>,
}

/// One anchor of a [`SourceMap`]: text from `text` on was copied from the source at `source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Byte offset in the extracted text.
    pub text: usize,
    /// Byte offset in the source file.
    pub source: usize,
    /// Whether the source holds the text byte for byte from here to the next anchor.
    pub verbatim: bool,
}

impl SourceMap {
    /// The identity map of a text that is its own source.
    ///
    /// ```
    /// assert_eq!(baogao::document::SourceMap::identity().to_source(7), Some(7));
    /// ```
    pub fn identity() -> Self {
        SourceMap {
            anchors: vec![Anchor {
                text: 0,
                source: 0,
                verbatim: true,
            }],
        }
    }

    /// Adds an anchor. Anchors must be pushed in text order; one at the same text offset as the
    /// last replaces it.
    ///
    /// ```
    /// let mut m = baogao::document::SourceMap::default();
    /// m.push(0, 5, false);
    /// m.push(0, 9, true);
    /// assert_eq!(m.anchors().len(), 1);
    /// ```
    pub fn push(&mut self, text: usize, source: usize, verbatim: bool) {
        let a = Anchor {
            text,
            source,
            verbatim,
        };
        match self.anchors.last_mut() {
            Some(last) if last.text == text => *last = a,
            Some(last) if last.text > text => {}
            _ => self.anchors.push(a),
        }
    }

    /// The anchors in text order.
    pub fn anchors(&self) -> &[Anchor] {
        &self.anchors
    }

    /// The source offset of a text offset; `None` before the first anchor.
    ///
    /// ```
    /// let m = baogao::document::SourceMap::default();
    /// assert_eq!(m.to_source(0), None);
    /// ```
    pub fn to_source(&self, text_offset: usize) -> Option<usize> {
        let i = self.anchors.partition_point(|a| a.text <= text_offset);
        let a = self.anchors.get(i.checked_sub(1)?)?;
        Some(if a.verbatim {
            a.source + (text_offset - a.text)
        } else {
            a.source
        })
    }

    /// The source range of a text span (from its start's source offset to its end's).
    ///
    /// ```
    /// let m = baogao::document::SourceMap::identity();
    /// assert_eq!(m.span_to_source(baogao::Span::new(2, 5)), Some(baogao::Span::new(2, 5)));
    /// ```
    pub fn span_to_source(&self, span: Span) -> Option<Span> {
        let s = self.to_source(span.start)?;
        let e = self.to_source(span.end)?.max(s);
        Some(Span::new(s, e))
    }

    #[cfg(feature = "html")]
    /// Rewrites every source offset with `f` (e.g. from a decoded page to its GBK bytes).
    pub(crate) fn map_sources(&mut self, mut f: impl FnMut(usize) -> usize, verbatim: bool) {
        for a in &mut self.anchors {
            a.source = f(a.source);
            a.verbatim &= verbatim;
        }
    }
}

#[cfg(any(feature = "html", feature = "docx", feature = "doc"))]
/// Builds the text a reader extracts: lines, whitespace collapsed inside a line, with a source
/// anchor per copied run.
#[derive(Debug, Default)]
pub(crate) struct TextBuilder {
    pub text: String,
    pub map: SourceMap,
    line: usize,
    line_start: usize,
    pending_space: bool,
    /// Drop a bare line break of the markup between two wide characters of one text run (the
    /// HTML reader, see [`TextBuilder::wrap_vanishes`]).
    #[cfg(feature = "html")]
    pub cjk_segment_breaks: bool,
}

#[cfg(any(feature = "html", feature = "docx", feature = "doc"))]
impl TextBuilder {
    pub fn new() -> Self {
        TextBuilder {
            line: 1,
            ..Default::default()
        }
    }

    /// The current line so far (without its break).
    #[cfg(feature = "html")]
    pub fn current_line(&self) -> &str {
        &self.text[self.line_start..]
    }

    /// Appends inline text copied from `source` (None when the reader made it up); runs of
    /// whitespace become one space, none at the start of a line.
    pub fn push_inline(&mut self, s: &str, source: Option<(usize, bool)>) {
        let mut first = true;
        // where the last part copied from `s` ends in `s`
        let mut copied_to: Option<usize> = None;
        for (i, part) in s.split(is_collapsible).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if part.is_empty() {
                continue;
            }
            let at = part.as_ptr() as usize - s.as_ptr() as usize;
            let gap = copied_to.map(|from| &s[from..at]);
            if self.pending_space
                && self.text.len() > self.line_start
                && !self.wrap_vanishes(gap, part)
            {
                self.text.push(' ');
            }
            self.pending_space = false;
            copied_to = Some(at + part.len());
            if first {
                if let Some((src, verbatim)) = source {
                    // the part's offset inside `s` is where it stands in the source run
                    let at = part.as_ptr() as usize - s.as_ptr() as usize;
                    self.map.push(
                        self.text.len(),
                        src + if verbatim { at } else { 0 },
                        verbatim,
                    );
                }
                first = false;
            } else if let Some((src, true)) = source {
                let at = part.as_ptr() as usize - s.as_ptr() as usize;
                self.map.push(self.text.len(), src + at, true);
            }
            self.text.push_str(part);
        }
    }

    /// Whether the blank `gap` (between two parts of one text run) is a bare line break between
    /// two wide characters, which CSS Text 3 (§4.1.2) removes: Word's "Save as HTML" hard-wraps
    /// its markup at about 76 columns inside Chinese text (`公开\r\n信息` reads `公开信息`). Only
    /// a break alone (`\n`, `\r\n`) inside a run: indented markup between elements keeps its
    /// blank (`来源：</span>\n  <span>访问量`). Only for readers that ask for it.
    fn wrap_vanishes(&self, gap: Option<&str>, next: &str) -> bool {
        #[cfg(feature = "html")]
        {
            let wide = |c: Option<char>| {
                c.is_some_and(|c| c >= '\u{2e80}' && !('\u{ac00}'..='\u{d7af}').contains(&c))
            };
            self.cjk_segment_breaks
                && matches!(gap, Some("\n" | "\r\n" | "\r"))
                && wide(self.text.chars().next_back())
                && wide(next.chars().next())
        }
        #[cfg(not(feature = "html"))]
        {
            let _ = (gap, next);
            false
        }
    }

    /// Appends text the reader made up (a table's ` | `), as is.
    pub fn push_raw(&mut self, s: &str) {
        self.pending_space = false;
        self.text.push_str(s);
    }

    /// Ends the current line if it holds anything; a line of blanks only (`&nbsp;`, U+3000) is
    /// dropped.
    pub fn break_line(&mut self) {
        self.pending_space = false;
        if self.text[self.line_start..]
            .chars()
            .all(char::is_whitespace)
        {
            self.text.truncate(self.line_start);
            while self
                .map
                .anchors
                .last()
                .is_some_and(|a| a.text > self.line_start)
            {
                self.map.anchors.pop();
            }
            return;
        }
        if self.text.len() > self.line_start {
            self.text.push('\n');
            self.line += 1;
            self.line_start = self.text.len();
        }
    }
}

#[cfg(any(feature = "html", feature = "docx"))]
/// Whether a table cell's text is a figure alone (`318.4`, `1,250`, `-2.3%`): a cell merged over
/// rows below it (`rowspan`, `w:vMerge`) is written again in each of them when it labels them,
/// once when it is a figure, which is one value, not one per row.
///
/// ```text
/// is_figure_cell("318.4") == true;  is_figure_cell("资金使用") == false
/// ```
pub(crate) fn is_figure_cell(s: &str) -> bool {
    let t = s.trim().trim_end_matches(chars!['%', '％', '‰']);
    t.bytes().any(|b| b.is_ascii_digit())
        && t.trim_start_matches(chars!['-', '+', '－', '−'])
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

#[cfg(any(feature = "html", feature = "docx", feature = "doc"))]
/// Whether a line break inside a table cell reads as a space: not between two CJK characters
/// (`商业` / `企业` wrapped in a narrow column is `商业企业`).
pub(crate) fn space_between(prev: Option<char>, next: Option<char>) -> bool {
    let cjk = |c: Option<char>| c.is_some_and(|c| c >= '\u{2e80}');
    !(cjk(prev) && cjk(next))
}

#[cfg(any(feature = "html", feature = "docx", feature = "doc"))]
/// Whitespace that HTML and Word collapse inside a line (not U+00A0 or U+3000, which sources use
/// on purpose).
fn is_collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Parses a file's bytes, telling the format by content (see [`detect`]).
///
/// ```
/// let page = "<html><body><div id='zoom'><p>一、工作</p><p>立案94件。</p></div></body></html>";
/// # #[cfg(feature = "html")] {
/// let doc = baogao::document::parse_document(page.as_bytes()).unwrap();
/// assert_eq!(doc.report.sections[0].heading.title, "工作");
/// # }
/// ```
pub fn parse_document(bytes: &[u8]) -> Result<Document, Error> {
    parse_document_with(bytes, &ReadOptions::default())
}

/// Parses a file's bytes with a forced format and/or encoding.
///
/// ```
/// use baogao::document::{parse_document_with, ReadOptions, SourceFormat};
/// let opts = ReadOptions { from: Some(SourceFormat::Text), ..Default::default() };
/// let doc = parse_document_with(b"<html>", &opts).unwrap();
/// assert_eq!(doc.text, "<html>");
/// ```
pub fn parse_document_with(bytes: &[u8], options: &ReadOptions) -> Result<Document, Error> {
    let s = read_source(bytes, options)?;
    Ok(finish(s.format, s.encoding, s.text, s.source_map))
}

/// What a reader takes out of a file, before parsing: [`parse_document_with`] without the parse,
/// for front ends that parse the text themselves (the CLI, the Python binding).
///
/// ```
/// use baogao::document::{read_source, ReadOptions, SourceFormat};
/// let s = read_source("一、工作\n".as_bytes(), &ReadOptions::default()).unwrap();
/// assert_eq!((s.format, s.encoding, s.text.as_str()), (SourceFormat::Text, "UTF-8", "一、工作\n"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The format the bytes were read as.
    pub format: SourceFormat,
    /// The encoding the text (or page) was decoded from.
    pub encoding: &'static str,
    /// The extracted text.
    pub text: String,
    /// From offsets in `text` to byte offsets in the file.
    pub source_map: SourceMap,
}

/// Reads a file's bytes into text with the reader its format needs (see [`Source`]).
pub fn read_source(bytes: &[u8], options: &ReadOptions) -> Result<Source, Error> {
    let format = options.from.unwrap_or_else(|| detect(bytes));
    let forced = match &options.encoding {
        Some(label) => Some(crate::decode::encoding_for_label(label)?),
        None => None,
    };
    let (text, encoding, source_map) = match format {
        SourceFormat::Text => {
            let (text, encoding) = match forced {
                Some(enc) => (crate::decode::decode_forced(bytes, enc)?, enc.name()),
                None => crate::decode::decode_named(bytes)?,
            };
            let mut map = SourceMap::default();
            if encoding == "UTF-8" {
                map.push(0, usize::from(bytes.starts_with(b"\xef\xbb\xbf")) * 3, true);
            }
            (text.into_owned(), encoding, map)
        }
        #[cfg(feature = "html")]
        SourceFormat::Html => crate::html::extract_bytes(bytes, forced)?,
        #[cfg(feature = "docx")]
        SourceFormat::Docx => {
            let (text, map) = crate::docx::extract(bytes)?;
            (text, "UTF-8", map)
        }
        #[cfg(feature = "doc")]
        SourceFormat::Doc => {
            let (text, map) = crate::doc::extract(bytes)?;
            (text, "UTF-16LE", map)
        }
        #[allow(unreachable_patterns)]
        other => {
            return Err(Error::Format {
                format: other.name(),
                reason: format!("this build of baogao has no {} reader", other.name()),
            })
        }
    };
    Ok(Source {
        format,
        encoding,
        text,
        source_map,
    })
}

/// Parses the extracted text: the report is exactly `parse(&text)`, so every front end that
/// parses the text (the CLI, the bindings) gets the same report.
pub(crate) fn finish(
    format: SourceFormat,
    encoding: &'static str,
    text: String,
    source_map: SourceMap,
) -> Document {
    let report = crate::parse(&text);
    Document {
        format,
        encoding,
        text,
        report,
        source_map,
    }
}

/// A diagnostic when the text shows the signs of a PDF extracted with a broken font map: many
/// U+FFFD replacement characters, or `(cid:123)` glyph references. [`parse`](crate::parse) adds
/// it to every report whose text shows them.
///
/// ```
/// let text = "一、工作\n(cid:31)(cid:42)(cid:7) 全年(cid:99)立案\n";
/// let d = baogao::document::font_map_damage(text).unwrap();
/// assert_eq!(d.kind, baogao::DiagnosticKind::FontMapDamage);
/// assert!(baogao::document::font_map_damage("全年立案94件。").is_none());
/// ```
pub fn font_map_damage(text: &str) -> Option<Diagnostic> {
    FontMapEvidence::of(text).diagnostic(text)
}

/// What [`font_map_damage`] judges by: the U+FFFD characters and `(cid:` glyph references of a
/// text, counted, with the first of each. [`FontMapEvidence::of`] finds them by two vectorised
/// searches; the outline's one pass over the text finds them with its anchor words instead
/// (`enumeration::Anchors`), so that `parse` reads the text once for both.
///
/// ```text
/// of("甲\u{fffd}乙(cid:7)") == { replacement: 1, first_replacement: Some(3), cid: 1, first_cid: Some(9) }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FontMapEvidence {
    /// U+FFFD characters.
    pub replacement: usize,
    /// Where the first U+FFFD starts.
    pub first_replacement: Option<usize>,
    /// `(cid:` references.
    pub cid: usize,
    /// Where the first `(cid:` starts.
    pub first_cid: Option<usize>,
}

impl FontMapEvidence {
    /// The evidence of `text`, by one vectorised search for U+FFFD and one for `(cid:`.
    pub(crate) fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        // U+FFFD is EF BF BD in UTF-8: found by a vector search, not a walk over the characters.
        let mut e = FontMapEvidence::default();
        for i in memchr::memmem::find_iter(bytes, "\u{fffd}".as_bytes()) {
            e.replacement_at(i);
        }
        for i in memchr::memmem::find_iter(bytes, b"(cid:") {
            e.cid_at(i);
        }
        e
    }

    /// Counts an occurrence of U+FFFD at `at` (occurrences come in text order).
    pub(crate) fn replacement_at(&mut self, at: usize) {
        self.replacement += 1;
        self.first_replacement.get_or_insert(at);
    }

    /// Counts an occurrence of `(cid:` at `at` (occurrences come in text order).
    pub(crate) fn cid_at(&mut self, at: usize) {
        self.cid += 1;
        self.first_cid.get_or_insert(at);
    }

    /// The diagnostic of [`font_map_damage`] for `text`, whose evidence this is.
    pub(crate) fn diagnostic(self, text: &str) -> Option<Diagnostic> {
        let FontMapEvidence {
            replacement,
            first_replacement,
            cid,
            first_cid,
        } = self;
        if replacement < 8 && cid == 0 {
            return None;
        }
        let chars = text.chars().count();
        let first = match (first_replacement, first_cid) {
            (Some(r), Some(c)) => Some(r.min(c)),
            (r, c) => r.or(c),
        };
        // a few stray U+FFFD are ordinary damage; a broken font map replaces a visible share of glyphs
        let damaged = cid >= 3 || (replacement >= 8 && replacement * 50 >= chars);
        if !damaged {
            return None;
        }
        let start = first.unwrap_or(0);
        let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
        Some(Diagnostic {
            kind: DiagnosticKind::FontMapDamage,
            span: Span::new(start, end),
            message: format!(
                "the text shows a broken PDF font map ({replacement} U+FFFD characters, {cid} (cid:N) glyph references): \
                 extract it again (e.g. `pdftotext -layout`, or OCR) rather than trust what is parsed"
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content() {
        assert_eq!(detect(b"  \n<!doctype HTML>\n"), SourceFormat::Html);
        assert_eq!(detect(b"<html lang=zh>"), SourceFormat::Html);
        assert_eq!(detect(b"<htmlx>"), SourceFormat::Text);
        assert_eq!(detect("<p>一、工作</p>".as_bytes()), SourceFormat::Html);
        assert_eq!(detect("<pre>x".as_bytes()), SourceFormat::Text);
        assert_eq!(detect(b"<!-- x"), SourceFormat::Text);
        assert_eq!(detect(b""), SourceFormat::Text);
        let mut utf16 = vec![0xff, 0xfe];
        for u in "<html><p>甲</p>".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(detect(&utf16), SourceFormat::Html);
    }

    #[test]
    #[cfg(any(feature = "html", feature = "docx", feature = "doc"))]
    fn builder_collapses_whitespace_and_anchors() {
        let mut b = TextBuilder::new();
        b.push_inline("  一、 工作\n\t总结 ", Some((100, true)));
        b.break_line();
        b.break_line();
        b.push_inline("立案", Some((200, false)));
        b.break_line();
        assert_eq!(b.text, "一、 工作 总结\n立案\n");
        assert_eq!(b.map.to_source(0), Some(102));
        // "工作" stands at byte 9 of the source run (two spaces, "一、", one space)
        assert_eq!(b.map.to_source(b.text.find("工作").unwrap()), Some(109));
        assert_eq!(b.map.to_source(b.text.find("立案").unwrap() + 3), Some(200));
    }

    #[test]
    fn cid_damage_is_reported_once() {
        let text = "标题\n(cid:1)(cid:2)(cid:3)\n";
        let doc = finish(
            SourceFormat::Text,
            "UTF-8",
            text.into(),
            SourceMap::identity(),
        );
        let d: Vec<_> = doc
            .report
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::FontMapDamage)
            .collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].span.slice(text), "(cid:1)(cid:2)(cid:3)");
    }

    #[test]
    fn a_few_replacement_characters_are_not_damage() {
        let mut text = "全年立案94件。".repeat(40);
        text.push('\u{fffd}');
        assert!(font_map_damage(&text).is_none());
        let garbage = "\u{fffd}\u{fffd}年\u{fffd}".repeat(10);
        assert!(font_map_damage(&garbage).is_some());
    }
}
