//! Reports written in traditional characters (mirrors of mainland sites, Hong Kong and Macau
//! bodies, Big5 files once decoded) read as simplified ones.
//!
//! The lexicons (units `亿元`, `个百分点`, change verbs `增长`, label words) are written in
//! simplified characters. A text that holds enough traditional characters ([`is_traditional`]) is
//! parsed through its [`fold`]: each traditional character replaced by its simplified form, one
//! character for one of the same UTF-8 length, so that every byte offset (every span) of the
//! folded text is one of the source. [`restore`] then gives the report's strings back in the
//! source's own characters.
//!
//! ```
//! let text = "全市地區生產總值達到1.2萬億元，同比增長5.3%。";
//! assert!(baogao::traditional::is_traditional(text));
//! assert_eq!(baogao::traditional::fold(text), "全市地区生产总值达到1.2万亿元，同比增长5.3%。");
//! let found = baogao::indicators(text);
//! assert_eq!(found[0].text, "1.2萬億元");
//! assert_eq!(found[0].multiplier.as_deref(), Some("万亿"));
//! assert_eq!(found[0].label, "全市地區生產總值");
//! ```

mod table;

use crate::model::{Block, Heading, Indicator, Meta, Report, Section, SectionPath};
use crate::span::Span;
use table::{SIMPLIFIED, TRADITIONAL};

/// The first code point of the bitmaps (CJK Extension A).
const LOW: u32 = 0x3400;
/// One past the last code point of the bitmaps (the end of the CJK Unified Ideographs block):
/// every character of the table lies in `LOW..HIGH`.
const HIGH: u32 = 0xA000;
/// The bitmaps' length in 64-bit words.
const WORDS: usize = ((HIGH - LOW) / 64) as usize;

/// One bit per ideograph, set for the characters of `chars`: built at compile time.
const fn bitmap(chars: &[u16]) -> [u64; WORDS] {
    let mut bits = [0u64; WORDS];
    let mut i = 0;
    while i < chars.len() {
        let k = chars[i] as u32 - LOW;
        bits[(k / 64) as usize] |= 1 << (k % 64);
        i += 1;
    }
    bits
}

/// How many bits of `bits` are set in the words before each word: with a word's own bits below
/// a character, the character's place in the sorted [`TRADITIONAL`] (its rank).
const fn ranks(bits: &[u64; WORDS]) -> [u16; WORDS] {
    let mut ranks = [0u16; WORDS];
    let mut i = 1;
    while i < WORDS {
        ranks[i] = ranks[i - 1] + bits[i - 1].count_ones() as u16;
        i += 1;
    }
    ranks
}

/// The traditional characters of the table, one bit each, so that most characters are passed
/// over without a look-up.
static TRADITIONAL_BITS: [u64; WORDS] = bitmap(&TRADITIONAL);
/// The ranks of [`TRADITIONAL_BITS`]' words.
static RANKS: [u16; WORDS] = ranks(&bitmap(&TRADITIONAL));
/// The simplified characters of the table (the forms a string read from folded text may hold
/// in place of a traditional character), one bit each.
static SIMPLIFIED_BITS: [u64; WORDS] = bitmap(&SIMPLIFIED);

/// Where the code point `cp` is in a bitmap: word and bit, or `None` outside `LOW..HIGH`.
#[inline]
fn slot(cp: u32) -> Option<(usize, u32)> {
    (LOW..HIGH)
        .contains(&cp)
        .then(|| (((cp - LOW) / 64) as usize, (cp - LOW) % 64))
}

/// Whether the code point `cp` is a traditional character of the table.
#[inline]
fn marked(cp: u32) -> bool {
    slot(cp).is_some_and(|(w, b)| TRADITIONAL_BITS[w] >> b & 1 == 1)
}

/// The simplified form of `c` when it is a traditional character with one (`萬` → `万`,
/// `億` → `亿`, `個` → `个`), else `c`.
///
/// ```
/// use baogao::traditional::fold_char;
/// assert_eq!((fold_char('長'), fold_char('點'), fold_char('长'), fold_char('5')), ('长', '点', '长', '5'));
/// ```
pub fn fold_char(c: char) -> char {
    let Some((w, b)) = slot(c as u32) else {
        return c;
    };
    let word = TRADITIONAL_BITS[w];
    if word >> b & 1 == 0 {
        return c;
    }
    let rank = usize::from(RANKS[w]) + (word & ((1 << b) - 1)).count_ones() as usize;
    char::from_u32(u32::from(SIMPLIFIED[rank])).unwrap_or(c)
}

/// The text with every traditional character folded to its simplified form ([`fold_char`]).
/// Same length, same character boundaries: a span of the folded text is a span of `text`.
///
/// ```
/// let s = "比上年增加3.5億元，提高2個百分點";
/// assert_eq!(baogao::traditional::fold(s), "比上年增加3.5亿元，提高2个百分点");
/// assert_eq!(baogao::traditional::fold(s).len(), s.len());
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().map(fold_char));
    out
}

/// How many bytes are read at each of the [`SAMPLES`] places of a text.
const SAMPLE: usize = 256;
/// How many places of a text are read (its start and three more, evenly spaced).
const SAMPLES: usize = 4;
/// At least one CJK character in this many is traditional in a text written in traditional
/// characters (about one in three or four in running text: 國 會 發 業 為 這 個 …); a simplified
/// report that quotes a traditional name has far fewer.
const ONE_IN: u32 = 25;

/// How many ideographs without a traditional one in the first sample decide a text is simplified
/// without reading the other samples (a text written in traditional characters has one in
/// every three or four).
const PLAINLY_SIMPLIFIED: u32 = 16;

/// Whether `text` is written in traditional characters: of the ideographs in four samples of
/// 256 bytes (the start and three evenly spaced places; the whole text when it is shorter), at
/// least one in 25 is traditional. A first sample with 16 ideographs or more and no traditional
/// one decides alone. A fixed cost of 256 bytes read for a simplified report (at most 1,024
/// for another), whatever the text's length.
///
/// ```
/// use baogao::traditional::is_traditional;
/// assert!(is_traditional("一般公共預算收入212.96億元"));
/// assert!(!is_traditional("一般公共预算收入212.96亿元"));
/// assert!(!is_traditional("2024 annual report"));
/// ```
pub fn is_traditional(text: &str) -> bool {
    let bytes = text.as_bytes();
    let step = (bytes.len() / SAMPLES).max(SAMPLE);
    let (mut cjk, mut traditional) = (0, 0);
    let mut at = 0;
    while at < bytes.len() {
        let (c, t) = count_ideographs(&bytes[at..bytes.len().min(at + SAMPLE)]);
        cjk += c;
        traditional += t;
        if at == 0 && t == 0 && c >= PLAINLY_SIMPLIFIED {
            return false;
        }
        at += step;
    }
    traditional > 0 && traditional * ONE_IN >= cjk
}

/// The ideographs (U+3400–U+9FFF, three bytes in UTF-8) in `bytes` and how many of them are
/// traditional. Reads the bytes as they come: a sample may start or end inside a character,
/// whose other bytes (never a lead byte of an ideograph) are passed over.
fn count_ideographs(bytes: &[u8]) -> (u32, u32) {
    let (mut cjk, mut traditional) = (0, 0);
    let mut rest = bytes;
    while let [b, b1, b2, tail @ ..] = rest {
        // Lead bytes E3–E9: U+3000–U+9FFF.
        if b.wrapping_sub(0xE3) < 7 {
            let cp = u32::from(b & 0x0F) << 12 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F);
            cjk += u32::from(cp >= LOW);
            traditional += u32::from(marked(cp));
            rest = tail;
        } else {
            rest = &rest[1..];
        }
    }
    (cjk, traditional)
}

/// Whether `c` is the simplified form of some traditional character: a character of a string
/// read from folded text that may stand for another in the source.
fn is_target(c: char) -> bool {
    slot(c as u32).is_some_and(|(w, b)| SIMPLIFIED_BITS[w] >> b & 1 == 1)
}

/// The nearest character boundary of `s` at or before `at` (`at` clamped to the length).
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How far before and after a figure its label is looked for, beyond twice the label's length.
const LABEL_REACH: usize = 48;

/// How far a table's header is looked for from its top, and a row's labels back from its end.
const TABLE_REACH: usize = 16384;

/// Gives the strings of a report parsed from a folded text back in the source's characters.
struct Restorer<'a> {
    /// The text as given.
    source: &'a str,
    /// Its [`fold`], which was parsed.
    folded: &'a str,
    /// Strings with a character not found in the folded text (left folded there).
    misses: usize,
    /// The form the source writes each simplified character in where the folded text first has
    /// it, sorted by the simplified character: built on first use, in one pass over the text
    /// ([`Restorer::usual_form`]).
    forms: Option<Vec<(char, char)>>,
    /// Heading titles, folded and as written, for the section paths, in document order.
    /// (Vectors searched in order, not maps: the WebAssembly module has no map or sort of these
    /// types to share the code with, and a report has some tens of headings.)
    titles: Vec<(String, String)>,
    /// The places of [`Restorer::titles`] sorted by folded title (the first of equal titles
    /// first), built once the headings are read: a section path's titles are found by binary
    /// search, not by a scan of every heading for every indicator.
    sorted_titles: Vec<usize>,
}

impl<'a> Restorer<'a> {
    /// A new restorer of strings read from `folded`, the fold of `source`.
    fn new(source: &'a str, folded: &'a str) -> Self {
        Restorer {
            source,
            folded,
            misses: 0,
            forms: None,
            titles: Vec::new(),
            sorted_titles: Vec::new(),
        }
    }

    /// The form the source writes the simplified character `c` in where the folded text first
    /// has it (`长` → `長`), or `None` when it has it nowhere. For a character of a string built
    /// from parts far apart (a table cell's label joins its row's and its column's headers); a
    /// report writes a character one way throughout.
    fn usual_form(&mut self, c: char) -> Option<char> {
        let forms = self.forms.get_or_insert_with(|| {
            let mut seen = [0u64; WORDS];
            let mut forms = Vec::new();
            for (f, c) in self.folded.chars().zip(self.source.chars()) {
                if let Some((w, b)) = slot(f as u32).filter(|_| is_target(f)) {
                    if seen[w] >> b & 1 == 0 {
                        seen[w] |= 1 << b;
                        forms.push((f, c));
                    }
                }
            }
            forms.sort_unstable_by_key(|&(f, _)| f);
            forms
        });
        forms
            .binary_search_by_key(&c, |&(f, _)| f)
            .ok()
            .map(|i| forms[i].1)
    }

    /// `s` (read from the folded text, between `lo` and `hi`) in the source's characters, or
    /// `None` when it holds no character a traditional one folds to. Where `s` is a slice of the
    /// folded text in that window, the source's slice there; else (a string built from the text:
    /// spaces dropped, lines joined, headers joined) each such character taken from the source
    /// where it is next found in the window, in order, or else in the form the source writes it
    /// in where the folded text first has it ([`Restorer::usual_form`]); left as it is, counted in `misses`, when the
    /// folded text has it nowhere.
    fn find(&mut self, s: &str, lo: usize, hi: usize) -> Option<String> {
        let (lo, hi) = (
            floor_boundary(self.folded, lo),
            floor_boundary(self.folded, hi),
        );
        if !s.chars().any(is_target) {
            return None;
        }
        if let Some(p) = self.folded[lo..hi].find(s) {
            return Some(self.source[lo + p..lo + p + s.len()].to_string());
        }
        let mut out = String::with_capacity(s.len());
        let (mut at, mut missed) = (lo, false);
        // The window is searched for the characters of one string (each search from the last
        // character found) within a budget of twice the window, 16 bytes a character and 4 KB:
        // past it (characters the window lacks), the rest take their usual forms, so that a
        // string costs a bounded multiple of its window and length, never their product.
        let mut budget = 2 * (hi - lo) + 16 * s.len() + 4096;
        for c in s.chars() {
            // (Charged what the search read: up to the character, or the rest of the window.)
            let found = if budget >= hi - at {
                let found = self.folded[at..hi].find(c);
                budget -= found.map_or(hi - at, |p| p + c.len_utf8());
                found
            } else {
                None
            };
            if !is_target(c) {
                out.push(c);
            } else if let Some(p) = found {
                let q = at + p;
                at = q + c.len_utf8();
                out.push_str(&self.source[q..at]);
            } else if let Some(form) = self.usual_form(c) {
                out.push(form);
            } else {
                missed = true;
                out.push(c);
            }
        }
        self.misses += usize::from(missed);
        Some(out)
    }

    /// [`Restorer::find`] in place for a string written last before `span`'s end (a table row's
    /// label: on its line or carried down from a group row above), searched backwards from there
    /// so that its cost is the distance to it.
    fn string_before(&mut self, s: &mut String, span: Span) {
        let (lo, hi) = (
            floor_boundary(self.folded, span.start),
            floor_boundary(self.folded, span.end),
        );
        if !s.chars().any(is_target) {
            return;
        }
        if let Some(p) = self.folded[lo..hi].rfind(s.as_str()) {
            *s = self.source[lo + p..lo + p + s.len()].to_string();
        } else {
            self.string(s, span);
        }
    }

    /// [`Restorer::find`] in place, for a `String` found in `span`.
    fn string(&mut self, s: &mut String, span: Span) {
        if let Some(r) = self.find(s, span.start, span.end) {
            *s = r;
        }
    }

    /// [`Restorer::find`] in place, for an optional `String` found in `span`.
    fn option(&mut self, s: &mut Option<String>, span: Span) {
        if let Some(s) = s {
            self.string(s, span);
        }
    }

    /// [`Restorer::find`] in place, for a `CompactString` found between `lo` and `hi`.
    fn compact(&mut self, s: &mut compact_str::CompactString, lo: usize, hi: usize) {
        if let Some(r) = self.find(s, lo, hi) {
            *s = compact_str::CompactString::new(r);
        }
    }

    /// The title, metadata, outline, closing and boilerplate lines, then the indicators and
    /// tables (whose section paths name the headings restored before).
    fn report(&mut self, report: &mut Report) {
        if let Some(t) = &mut report.title {
            self.string(&mut t.text, t.span);
        }
        self.meta(&mut report.meta);
        for b in &mut report.preamble {
            self.block(b);
        }
        for s in &mut report.sections {
            self.section(s);
        }
        if let Some(c) = &mut report.closing {
            self.option(&mut c.signature, c.span);
            self.option(&mut c.date, c.span);
        }
        for b in &mut report.boilerplate {
            self.string(&mut b.text, b.span);
        }
        for ind in &mut report.indicators {
            self.indicator(ind);
        }
        self.tables(report);
    }

    /// The metadata fields (each looked for in the metadata lines) and the lines' own fields.
    fn meta(&mut self, meta: &mut Meta) {
        let (Some(first), Some(last)) = (meta.lines.first(), meta.lines.last()) else {
            return;
        };
        let all = Span::new(first.span.start, last.span.end);
        for field in [
            &mut meta.published,
            &mut meta.source,
            &mut meta.author,
            &mut meta.editor,
            &mut meta.views,
            &mut meta.dateline,
            &mut meta.speaker,
            &mut meta.salutation,
        ] {
            self.option(field, all);
        }
        for line in &mut meta.lines {
            for (key, value) in &mut line.fields {
                self.string(key, line.span);
                self.string(value, line.span);
            }
        }
    }

    /// A section: its heading, its blocks, its subsections.
    fn section(&mut self, s: &mut Section) {
        self.heading(&mut s.heading);
        for b in &mut s.blocks {
            self.block(b);
        }
        for c in &mut s.children {
            self.section(c);
        }
    }

    /// A heading's marker (`第一條`), title and the rest of a wrapped title (on the lines after
    /// the heading's own); the title is remembered for the section paths.
    fn heading(&mut self, h: &mut Heading) {
        let (start, end) = (h.span.start, h.span.end);
        self.compact(&mut h.marker.raw, start, end);
        let folded = h.title.clone();
        self.string(&mut h.title, h.span);
        self.titles.push((folded, h.title.clone()));
        if let Some(rest) = &mut h.title_continues {
            let reach = end + 4 * rest.len() + LABEL_REACH;
            if let Some(r) = self.find(rest, start, reach) {
                *rest = r;
            }
        }
    }

    /// A block: the markers of a paragraph's enumerations (`最後`), a table row's cells.
    fn block(&mut self, b: &mut Block) {
        match b {
            Block::Paragraph(p) => {
                for item in p.enumerations.iter_mut().flat_map(|e| &mut e.items) {
                    self.compact(&mut item.marker, item.span.start, item.span.end);
                }
            }
            Block::Table(row) => {
                for cell in &mut row.cells {
                    self.string(cell, row.span);
                }
            }
        }
    }

    /// An indicator: its text (the source's slice at its span), its label (looked for around
    /// the figure: before it, or after a measure word), its approximation word and its section
    /// path. The unit, multiplier and basis are the lexicon's normalised words and stay
    /// simplified, as `normalized` is one figure whatever the script.
    fn indicator(&mut self, ind: &mut Indicator) {
        let span = ind.span;
        ind.text = compact_str::CompactString::new(&self.source[span.start..span.end]);
        let reach = 2 * ind.label.len() + LABEL_REACH;
        self.compact(
            &mut ind.label,
            span.start.saturating_sub(reach),
            span.end + reach,
        );
        if let Some(a) = &mut ind.approx {
            let reach = a.word.len() + LABEL_REACH;
            if let Some(r) = self.find(&a.word, span.start.saturating_sub(reach), span.end + reach)
            {
                a.word = r;
            }
        }
        ind.section = self.path(&ind.section);
    }

    /// A section path with each heading title as written.
    fn path(&mut self, path: &SectionPath) -> SectionPath {
        if path.is_empty() {
            return path.clone();
        }
        if self.sorted_titles.len() != self.titles.len() {
            let titles = &self.titles;
            let mut order: Vec<usize> = (0..titles.len()).collect();
            // (Stable: the first of equal titles first.)
            order.sort_by(|&a, &b| titles[a].0.cmp(&titles[b].0));
            self.sorted_titles = order;
        }
        let (titles, order) = (&self.titles, &self.sorted_titles);
        let written = |t: &String| {
            let k = order.partition_point(|&i| titles[i].0 < *t);
            order
                .get(k)
                .map(|&i| &titles[i])
                .filter(|(folded, _)| folded == t)
                .map_or(t, |(_, as_written)| as_written)
                .clone()
        };
        path.iter().map(written).collect()
    }

    /// The tables: caption (on the lines before the table), header, column and row labels,
    /// cells (the source's slice at their span), section path. Units and multipliers stay
    /// simplified, as an indicator's do.
    fn tables(&mut self, report: &mut Report) {
        let mut tables = std::mem::take(&mut report.tables);
        for t in &mut tables {
            let span = t.span;
            let before = Span::new(span.start.saturating_sub(1024), span.end);
            for c in &mut t.caption {
                self.string(c, before);
            }
            // The header stands at the table's top; a row's labels on its line or on the rows
            // above it (group cells carried down). Windows of at most TABLE_REACH bytes keep a
            // table's restore linear in its size.
            let head = Span::new(span.start, span.end.min(span.start + TABLE_REACH));
            for c in t.header.iter_mut().flatten() {
                self.string(c, head);
            }
            for col in &mut t.columns {
                self.string(&mut col.label, head);
                for p in &mut col.path {
                    self.string(p, head);
                }
            }
            let mut row_end = span.start;
            for row in &mut t.rows {
                let end = row
                    .cells
                    .last()
                    .map_or(row_end, |c| c.span.end)
                    .max(row_end);
                let near = Span::new(end.saturating_sub(TABLE_REACH).max(span.start), end);
                for l in &mut row.label {
                    self.string_before(l, near);
                }
                for cell in &mut row.cells {
                    cell.text = self.source[cell.span.start..cell.span.end].to_string();
                    self.string_before(&mut cell.row_label, near);
                    self.string(&mut cell.col_label, head);
                }
                row_end = end;
            }
            t.section = self.path(&t.section);
        }
        report.tables = tables;
    }
}

/// Gives the strings of `report`, parsed from `folded` (the [`fold`] of `source`), back in the
/// source's characters: slices (title, heading titles, indicator texts, table cells, closing,
/// metadata) re-taken from the source at the same place, built strings (labels that drop spaces
/// or join a wrapped line) character by character from where they are found in the folded text
/// near their figure. Returns how many strings held a character not found there (left in
/// simplified characters). The units, multipliers and bases of indicators stay simplified (the
/// lexicon's normalised words), as do the diagnostics' messages.
pub fn restore(source: &str, folded: &str, report: &mut Report) -> usize {
    let mut r = Restorer::new(source, folded);
    r.report(report);
    r.misses
}

/// [`restore`] for indicators read without an outline ([`crate::indicators`]).
pub(crate) fn restore_indicators(source: &str, folded: &str, found: &mut [Indicator]) -> usize {
    let mut r = Restorer::new(source, folded);
    for ind in found {
        r.indicator(ind);
    }
    r.misses
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_sorted_one_to_one_and_keep_offsets() {
        assert!(TRADITIONAL.windows(2).all(|w| w[0] < w[1]));
        let char_of = |u: u16| char::from_u32(u32::from(u)).unwrap();
        for (t, s) in TRADITIONAL.iter().zip(&SIMPLIFIED) {
            let (t, s) = (char_of(*t), char_of(*s));
            assert_ne!(t, s);
            assert!(marked(t as u32));
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t}{s}");
            assert_eq!(fold_char(t), s);
            assert!(is_target(s));
        }
    }

    #[test]
    fn fold_maps_the_lexicon_words() {
        for (t, s) in [
            ("萬億元", "万亿元"),
            ("個百分點", "个百分点"),
            ("增長下降", "增长下降"),
            ("地區生產總值", "地区生产总值"),
            ("關於", "关于"),
        ] {
            assert_eq!(fold(t), s);
        }
        // Characters simplified text writes as they are stay: 乾 (乾隆), 覆 (覆盖), 沈 (surname).
        assert_eq!(fold("乾覆沈"), "乾覆沈");
        // Outside the ideographs: unchanged.
        assert_eq!(fold("ＡＢ 12.5% ①"), "ＡＢ 12.5% ①");
    }

    #[test]
    fn the_sampled_count_decides() {
        let simplified = "全年受理申请12件，办结率100%。".repeat(200);
        assert!(!is_traditional(&simplified));
        // One traditional name in a long simplified report: still simplified.
        assert!(!is_traditional(&format!("臺灣{simplified}")));
        let traditional = fold_back(&simplified);
        assert!(is_traditional(&traditional));
        assert!(!is_traditional(""));
    }

    /// A few characters written back in traditional form, for the tests.
    fn fold_back(s: &str) -> String {
        s.replace('请', "請")
            .replace('办', "辦")
            .replace('结', "結")
    }

    #[test]
    fn restore_takes_slices_and_built_strings_from_the_source() {
        let source = "本年收入總計 3.5億元，比上年增長";
        let folded = fold(source);
        let mut r = Restorer::new(source, &folded);
        // A slice.
        assert_eq!(
            r.find("收入总计", 0, source.len()).as_deref(),
            Some("收入總計")
        );
        // Built: the space dropped.
        assert_eq!(
            r.find("总计3.5亿元", 0, source.len()).as_deref(),
            Some("總計3.5億元")
        );
        // Nothing to restore.
        assert_eq!(r.find("3.5", 0, source.len()), None);
        assert_eq!(r.misses, 0);
        // A character outside the window: in the form the source writes it elsewhere.
        assert_eq!(r.find("增长总计", 0, 9).as_deref(), Some("增長總計"));
        assert_eq!(r.misses, 0);
        // A character the text has nowhere: left folded, counted.
        assert_eq!(r.find("总额", 0, source.len()).as_deref(), Some("總额"));
        assert_eq!(r.misses, 1);
    }
}
