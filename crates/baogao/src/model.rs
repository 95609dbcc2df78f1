//! The typed report model: what [`parse`](crate::parse) returns.
//!
//! Every type here is `Serialize + Deserialize`; the serde JSON of a [`Report`] is the one schema
//! shared by Rust, Python and JavaScript. Spans are byte offsets into the parsed text.
//!
//! Losslessness: the *leaves* of the outline ([`Title`] lines, [`MetaLine`]s, [`Heading`]s,
//! [`Block`]s, [`Closing`] lines and [`Boilerplate`] lines) cover the input exactly once, in order.
//! A leaf's span runs from its first byte to the first byte of the next leaf, so it includes its
//! line break and any blank lines after it. [`Report::leaves`] lists them.

use crate::decimal::Decimal;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A parsed report.
///
/// ```
/// let report = baogao::parse("关于2024年工作的报告\n\n一、主要成效\n全年立案94件。\n");
/// assert_eq!(report.title.as_ref().unwrap().text, "关于2024年工作的报告");
/// assert_eq!(report.sections[0].heading.title, "主要成效");
/// assert_eq!(report.indicators[0].text, "94件");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Report {
    /// The document title (lines joined when split, once when repeated).
    pub title: Option<Title>,
    /// Publication metadata (发布日期, 来源, 作者 …).
    pub meta: Meta,
    /// Body text before the first heading.
    pub preamble: Vec<Block>,
    /// The heading tree.
    pub sections: Vec<Section>,
    /// The closing signature and date.
    pub closing: Option<Closing>,
    /// Web-page chrome (扫一扫, 我要纠错, 打印本页 …), set apart from the text.
    pub boilerplate: Vec<Boilerplate>,
    /// Every quantitative statement, in document order.
    pub indicators: Vec<Indicator>,
    /// What the parser repaired or found doubtful.
    pub diagnostics: Vec<Diagnostic>,
    /// The tables, read from the table rows (see [`crate::table`]); left out of the JSON when
    /// there is none. Without the feature `tables` it is always empty, and its serializer is not
    /// compiled (the small WebAssembly module's size).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(feature = "tables"), serde(skip_serializing))]
    pub tables: Vec<crate::table::Table>,
}

/// The title of a report, possibly written over several lines.
///
/// ```
/// let r = baogao::parse(" 市应急管理局2019年法治政府建设\n\n情况报告\n2019年，全年立案36宗。\n");
/// let title = r.title.unwrap();
/// assert_eq!(title.text, "市应急管理局2019年法治政府建设情况报告");
/// assert_eq!(title.lines, vec![1, 3]);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Title {
    /// The title text, joined and trimmed.
    pub text: String,
    /// The 1-based lines the title was read from (a repeated title line is listed too).
    pub lines: Vec<usize>,
    /// From the first title line to the start of the next leaf.
    pub span: Span,
}

/// Publication metadata.
///
/// ```
/// let r = baogao::parse("标题\n发布日期:2025-01-20 16:20 来源:潜江市应急管理局\n正文。\n");
/// assert_eq!(r.meta.published.as_deref(), Some("2025-01-20 16:20"));
/// assert_eq!(r.meta.source.as_deref(), Some("潜江市应急管理局"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Meta {
    /// Publication date (and time) as written, e.g. `2025-01-20 16:20`.
    pub published: Option<String>,
    /// Source organisation (来源, 信息来源).
    pub source: Option<String>,
    /// Author (作者), when filled in.
    pub author: Option<String>,
    /// Editor (编辑, 责任编辑), when filled in.
    pub editor: Option<String>,
    /// View count (浏览量, 浏览次数, 点击数), when filled in.
    pub views: Option<String>,
    /// The dateline under the title of a report delivered to a congress, without its dashes or
    /// brackets; a dateline wrapped over two lines is joined without the line break, spaces are
    /// kept as written. Left out of the JSON when there is none (as are the three fields after
    /// it).
    ///
    /// ```
    /// let text = "国务院关于2024年度中央预算执行的审计工作报告\n\
    ///             ——2025 年 6 月 24 日在第十四届全国人民代表大会\n\
    ///             常务委员会第十六次会议上\n\
    ///             审计署审计长 侯 凯\n\
    ///             委员长、各位副委员长、秘书长、各位委员：\n\
    ///             我受国务院委托，向全国人大常委会报告。\n";
    /// let m = baogao::parse(text).meta;
    /// assert_eq!(
    ///     m.dateline.as_deref(),
    ///     Some("2025 年 6 月 24 日在第十四届全国人民代表大会常务委员会第十六次会议上")
    /// );
    /// assert_eq!(m.delivered.as_deref(), Some("2025-06-24"));
    /// assert_eq!(m.speaker.as_deref(), Some("审计署审计长 侯 凯"));
    /// assert_eq!(m.salutation.as_deref(), Some("委员长、各位副委员长、秘书长、各位委员"));
    /// assert_eq!(m.lines.len(), 4);
    /// assert_eq!(m.lines[0].fields[0].0, "dateline");
    /// ```
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// The date of the [`dateline`](Meta::dateline) as ISO `YYYY-MM-DD`, when it gives year,
    /// month and day (`二〇二四年一月十五日` gives `2024-01-15`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<String>,
    /// Who delivered the report, as written under (or before) the dateline
    /// (`审计署审计长 侯 凯`, `市长 张三`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The salutation that opens the address, without its colon (`各位代表`,
    /// `主任、各位副主任、秘书长、各位委员`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salutation: Option<String>,
    /// The metadata lines themselves.
    pub lines: Vec<MetaLine>,
}

/// One line of metadata, with each `key: value` field on it. The lines of an address block
/// carry the keys `dateline` (this line's part of it), `delivered`, `speaker` and `salutation`.
///
/// ```
/// let r = baogao::parse("发布时间:2020-01-16 14:56 浏览量: 字体:\n正文。\n");
/// let line = &r.meta.lines[0];
/// assert_eq!(line.fields[0], ("发布时间".to_string(), "2020-01-16 14:56".to_string()));
/// assert_eq!(line.fields[1], ("浏览量".to_string(), String::new()));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MetaLine {
    /// 1-based line number.
    pub line: usize,
    /// `(key, value)` pairs in the order written; empty values are kept.
    pub fields: Vec<(String, String)>,
    /// The line (and the blank lines after it).
    pub span: Span,
}

/// A heading with the body and subsections under it.
///
/// ```
/// let r = baogao::parse("一、总体情况\n(一)加强领导。一是建立机制。\n");
/// let s = &r.sections[0];
/// assert_eq!(s.heading.level, 1);
/// assert_eq!(s.children[0].heading.level, 2);
/// assert!(s.children[0].heading.inline_body);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Section {
    /// The heading that opens the section.
    pub heading: Heading,
    /// Body blocks before the first child section.
    pub blocks: Vec<Block>,
    /// Subsections.
    pub children: Vec<Section>,
}

/// A heading: marker, title, depth and place.
///
/// ```
/// let r = baogao::parse("三、 把握关键环节，全面推进依法行政工作\n");
/// let h = &r.sections[0].heading;
/// assert_eq!(h.marker.raw, "三、");
/// assert_eq!(h.marker.ordinal, Some(3));
/// assert_eq!(h.title, "把握关键环节，全面推进依法行政工作");
/// assert_eq!(h.line, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Heading {
    /// 1-based nesting depth in this document.
    pub level: usize,
    /// The numbering marker.
    pub marker: Marker,
    /// Text after the marker up to the first `。`/`；` or the end of the line.
    pub title: String,
    /// Whether body text follows the title on the same line.
    pub inline_body: bool,
    /// 1-based line number.
    pub line: usize,
    /// From the marker to the start of the next leaf (the inline body is a [`Block`] of its own).
    pub span: Span,
    /// In hard-wrapped text (a PDF's lines), the rest of a title the wrap carried onto the next
    /// line, up to its `。`; `title` stays the text of the heading's own line.
    ///
    /// ```
    /// // A PDF's lines, wrapped at 22 characters.
    /// let line = "这一行正文是用来撑满版面宽度的文字共二十字。\n";
    /// let text = format!("{}（一）部分资金分配管理不严格，未充分体现政策\n导向。共涉及十七项。\n", line.repeat(24));
    /// let r = baogao::parse(&text);
    /// let h = &r.headings()[0];
    /// assert_eq!(h.title, "部分资金分配管理不严格，未充分体现政策");
    /// assert_eq!(h.title_continues.as_deref(), Some("导向"));
    /// ```
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_continues: Option<String>,
}

/// A numbering marker as written, with its style and ordinal.
///
/// ```
/// use baogao::MarkerStyle;
/// let r = baogao::parse("（十一）全面提高依法行政能力水平\n");
/// let m = &r.sections[0].heading.marker;
/// assert_eq!((m.style, m.ordinal), (MarkerStyle::ParenChinese, Some(11)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Marker {
    /// The marker exactly as written (`一、`, `（一）`, `1.`, `)` for a broken one). Kept inline
    /// (no heap allocation) up to 24 bytes, as every marker is; reads as a `&str`.
    pub raw: compact_str::CompactString,
    /// The marker's style.
    pub style: MarkerStyle,
    /// The number the marker stands for (inferred for repaired markers).
    pub ordinal: Option<u32>,
}

/// The numbering styles real reports use.
///
/// ```
/// use baogao::MarkerStyle;
/// assert_eq!(serde_json::to_string(&MarkerStyle::ParenChinese).unwrap(), "\"paren_chinese\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerStyle {
    /// `一、` (also `一，` `一．`; financial `壹、` and heavenly stems `甲、`).
    ChineseComma,
    /// `(一)`, `（一）` (also `（壹）`, `（甲）` and the code points `㈠`…`㈩`).
    ParenChinese,
    /// `1.`, `1．` (also the code points `⒈`…`⒛` and Latin letters `A.`).
    ArabicDot,
    /// `1、` (also `A、`).
    ArabicComma,
    /// `(1)`, `（1）` (also the code points `⑴`…`⒇` and `（A）`, `(a)`).
    ParenArabic,
    /// `①`…`⑳`, `㉑`…`㊿` (also the circled families `㊀`, `❶`, `➊`, `⓵`).
    ///
    /// The glyphs in brackets above read as their style; a document that numbers two levels in
    /// two glyph families of one style (`（1）` over `⑴`, `壹、` over `一、`) gets two levels.
    Circled,
    /// `第一章`.
    Chapter,
    /// `第一节`.
    ChapterSection,
    /// `第一条`.
    Article,
    /// A numeral with no punctuation, `一建立…` (accepted only in an ordinal sequence).
    Bare,
    /// A short heading line without any marker.
    #[default]
    Unmarked,
    /// `第一部分`, `第一篇`, `第一编`.
    Part,
    /// `一）`, `一)`: a closing bracket only.
    HalfParenChinese,
    /// `1）`, `1)` (also `a)`).
    HalfParenArabic,
    /// `【一】`, `【1】`.
    Lenticular,
    /// `Ⅰ.`, `Ⅱ、`, `IV.`.
    Roman,
    /// `1.1`, `2.3.1` (the depth is the count of numbers; only in a numbered sequence).
    Decimal,
}

/// A body block.
///
/// ```
/// let r = baogao::parse("全年立案94件。\n| 行政处罚 | 36 |\n");
/// assert!(matches!(r.preamble[0], baogao::Block::Paragraph(_)));
/// assert!(matches!(r.preamble[1], baogao::Block::Table(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// Running text.
    Paragraph(Paragraph),
    /// A table row flattened to text (`| a | b |` or tab-separated).
    Table(TableRow),
}

impl Block {
    /// The block's span.
    ///
    /// ```
    /// let r = baogao::parse("正文。\n");
    /// assert_eq!(r.preamble[0].span(), baogao::Span::new(0, 10));
    /// ```
    pub fn span(&self) -> Span {
        match self {
            Block::Paragraph(p) => p.span,
            Block::Table(t) => t.span,
        }
    }
}

/// A paragraph of running text with its inline enumerations.
///
/// ```
/// let r = baogao::parse("一是成立领导小组。二是制定方案。\n");
/// let baogao::Block::Paragraph(p) = &r.preamble[0] else { panic!() };
/// assert_eq!(p.enumerations[0].items.len(), 2);
/// assert_eq!(p.enumerations[0].items[1].marker, "二是");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Paragraph {
    /// 1-based line number where the paragraph starts.
    pub line: usize,
    /// The paragraph, its line break and following blank lines.
    pub span: Span,
    /// Inline enumerations (一是…二是…, 第一…第二…, 首先…其次…).
    pub enumerations: Vec<Enumeration>,
}

/// A table row flattened to text.
///
/// ```
/// let r = baogao::parse("| 行政处罚 | 36 | 7.37万元 |\n");
/// let baogao::Block::Table(t) = &r.preamble[0] else { panic!() };
/// assert_eq!(t.cells, vec!["行政处罚", "36", "7.37万元"]);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TableRow {
    /// 1-based line number.
    pub line: usize,
    /// The cells, trimmed.
    pub cells: Vec<String>,
    /// The row and its line break.
    pub span: Span,
}

/// An inline enumeration inside a paragraph.
///
/// ```
/// use baogao::EnumerationStyle;
/// let r = baogao::parse("首先，管好队伍。其次，带好人。\n");
/// let baogao::Block::Paragraph(p) = &r.preamble[0] else { panic!() };
/// assert_eq!(p.enumerations[0].style, EnumerationStyle::Sequence);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Enumeration {
    /// Which kind of markers the items use.
    pub style: EnumerationStyle,
    /// The items in order.
    pub items: Vec<EnumerationItem>,
}

/// Kinds of inline enumeration.
///
/// ```
/// assert_eq!(serde_json::to_string(&baogao::EnumerationStyle::Shi).unwrap(), "\"shi\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnumerationStyle {
    /// 一是, 二是 … 十一是.
    #[default]
    Shi,
    /// 第一, 第二 ….
    Ordinal,
    /// 首先, 其次, 再次, 最后.
    Sequence,
    /// 一方面, 另一方面.
    Aspect,
    /// ①, ② … inside a paragraph (`①健全制度；②完善流程`).
    Circled,
}

/// One item of an inline enumeration.
///
/// ```
/// let r = baogao::parse("一是建立机制。二是加强培训。\n");
/// let baogao::Block::Paragraph(p) = &r.preamble[0] else { panic!() };
/// let item = &p.enumerations[0].items[0];
/// assert_eq!((item.marker.as_str(), item.ordinal), ("一是", 1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EnumerationItem {
    /// The marker as written. Kept inline (no heap allocation) up to 24 bytes, as every marker
    /// is; reads as a `&str`.
    pub marker: compact_str::CompactString,
    /// 1-based position in the series.
    pub ordinal: u32,
    /// From the marker to the next item's marker or the end of the paragraph text.
    pub span: Span,
}

/// The closing signature and date.
///
/// ```
/// let r = baogao::parse("一、工作\n正文。\n\n      潜江市应急管理局\n\n2025年1月9日\n");
/// let c = r.closing.unwrap();
/// assert_eq!(c.signature.as_deref(), Some("潜江市应急管理局"));
/// assert_eq!(c.date.as_deref(), Some("2025年1月9日"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Closing {
    /// The signing body.
    pub signature: Option<String>,
    /// The date as written.
    pub date: Option<String>,
    /// 1-based lines the closing was read from.
    pub lines: Vec<usize>,
    /// From the first closing line to the start of the next leaf.
    pub span: Span,
}

/// A line of web-page chrome.
///
/// ```
/// let r = baogao::parse("正文。\n扫一扫在手机上查看当前页面\n我要纠错 关闭窗口\n");
/// assert_eq!(r.boilerplate.len(), 2);
/// assert_eq!(r.boilerplate[1].text, "我要纠错 关闭窗口");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Boilerplate {
    /// The line, trimmed.
    pub text: String,
    /// 1-based line number.
    pub line: usize,
    /// The line and the blank lines after it.
    pub span: Span,
}

/// Something the parser repaired or found doubtful.
///
/// ```
/// let r = baogao::parse("一、成效\n二、问题\n)存在的问题。\n(二)主要原因。\n");
/// assert_eq!(r.diagnostics[0].kind, baogao::DiagnosticKind::RepairedMarker);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// What happened.
    pub kind: DiagnosticKind,
    /// Where.
    pub span: Span,
    /// A sentence for people.
    pub message: String,
}

/// Kinds of [`Diagnostic`].
///
/// ```
/// let k = baogao::DiagnosticKind::ContinuedNumbering;
/// assert_eq!(serde_json::to_string(&k).unwrap(), "\"continued_numbering\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// A broken marker (`)存在的问题` for `(一)存在的问题`) was read as the intended one.
    RepairedMarker,
    /// A bare numeral (`一建立…`) was read as a heading marker.
    BareMarker,
    /// An ordinal was skipped (`(一)` then `(三)`).
    SkippedOrdinal,
    /// An ordinal was repeated or went backwards.
    RepeatedOrdinal,
    /// Numbering continued across parents (`(六)` as the first child of `二、`).
    ContinuedNumbering,
    /// A heading was found in the middle of a line (a flattened report).
    MidLineHeading,
    /// The input held a NUL or other control bytes.
    ControlCharacters,
    /// A number too long to hold exactly was saturated.
    NumberOverflow,
    /// The text shows a PDF extracted with a broken font map (many U+FFFD, `(cid:123)` glyph
    /// references): what was parsed from it is not to be trusted. Set by the document readers
    /// ([`document::font_map_damage`](crate::document::font_map_damage)).
    FontMapDamage,
    /// A check (勾稽关系) of the 政府信息公开 template tables failed (see [`crate::gio`]).
    GioCheckFailed,
    /// A check of the 政府信息公开 template tables could not be made: the report left one side's
    /// cells blank (or wrote only placeholders there) while the other side holds figures
    /// ([`GioCheck::blank`](crate::gio::GioCheck::blank)).
    GioCheckBlank,
    /// A heading title longer than 200 characters (a heading line without sentence
    /// punctuation) was cut at a clause boundary; the heading's text is unchanged.
    LongTitle,
    /// Lone surrogates of a Python `str` (unpaired UTF-16 halves, which UTF-8 cannot hold) were
    /// read as U+FFFD, one for one (set by the Python binding).
    LoneSurrogates,
    /// The numbers under a 政府信息公开 template table written without separators (PDF text:
    /// cells split by spaces or one per line) do not fit the template's rows and columns (a
    /// cell missing, one too many, a row label the template does not have): the table was left
    /// unread (see [`crate::table`]).
    TemplateTableMismatch,
}

/// A quantitative statement: `行政罚款208.74 万元` → value 208.74, multiplier 万, unit 元.
///
/// ```
/// let ind = &baogao::indicators("行政罚款208.74 万元")[0];
/// assert_eq!(ind.text, "208.74 万元");
/// assert_eq!(ind.label, "行政罚款");
/// assert_eq!(ind.value.to_string(), "208.74");
/// assert_eq!(ind.normalized.unwrap().to_string(), "2087400");
/// assert_eq!(ind.unit.as_deref(), Some("元"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Indicator {
    /// The phrase as written (approximation words, number, multiplier, unit). Kept inline (no
    /// heap allocation) up to 24 bytes, which nearly every phrase is; reads as a `&str`, compares
    /// with `&str` and `String`, and serialises as a string.
    pub text: compact_str::CompactString,
    /// Where the phrase stands.
    pub span: Span,
    /// 1-based line number.
    pub line: usize,
    /// What is counted or measured. Kept inline (no heap allocation) up to 24 bytes, eight
    /// Chinese characters, which most labels are; reads as a `&str` and serialises as a string,
    /// like `text`.
    pub label: compact_str::CompactString,
    /// The number as written (for a from–to change, the "to" figure; for a range, the low end).
    pub value: Decimal,
    /// The multiplier word (万, 亿, 千万 …), when written. Borrowed from the multiplier list
    /// when it is one of its words (nearly always), so that it costs no allocation.
    pub multiplier: Option<Cow<'static, str>>,
    /// `value × multiplier`, exactly (`None` when it does not fit).
    pub normalized: Option<Decimal>,
    /// The base unit or measure word (家, 人次, 元, %, 个百分点, 元/矿 …). Borrowed from the
    /// unit lexicon when it is one of its words; owned otherwise (a rate such as 元/矿).
    pub unit: Option<Cow<'static, str>>,
    /// Approximation word, when there is one.
    pub approx: Option<Approx>,
    /// What kind of quantity this is.
    pub kind: IndicatorKind,
    /// For changes: up or down.
    pub direction: Option<Direction>,
    /// For from–to changes: the starting figure (normalized).
    pub from: Option<Decimal>,
    /// For from–to changes: the final figure (normalized).
    pub to: Option<Decimal>,
    /// For changes: what the change is measured against (同比, 环比, 比上年, 较…). Borrowed from
    /// the list of bases; owned when it names a year (比2020年).
    pub basis: Option<Cow<'static, str>>,
    /// For ranges and bounds: the lower end (normalized); for a ratio, its first part.
    pub low: Option<Decimal>,
    /// For ranges and bounds: the upper end (normalized); for a ratio, its last part.
    pub high: Option<Decimal>,
    /// For a change: the index of the indicator it changes.
    pub base: Option<usize>,
    /// For a part of a breakdown (其中…): the index of the total.
    pub parent: Option<usize>,
    /// Titles of the headings that contain the indicator, outermost first.
    pub section: SectionPath,
    /// For a table cell: which cell of [`Report::tables`] it is; left out of the JSON for a
    /// phrase of the running text (always, without the feature `tables`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "tables"), serde(skip_serializing))]
    pub table: Option<TableRef>,
}

/// Where a table-cell indicator stands: indices into [`Report::tables`], the table's
/// [`rows`](crate::table::Table::rows) and its [`columns`](crate::table::Table::columns).
///
/// ```
/// let r = baogao::parse("| 项目 | 数量 |\n| 行政处罚 | 36 |\n");
/// let ind = &r.indicators[0];
/// assert_eq!(ind.label, "行政处罚 / 数量");
/// let t = ind.table.unwrap();
/// assert_eq!((t.table, t.row, t.col), (0, 0, 0));
/// assert_eq!(r.tables[t.table].rows[t.row].cells[0].text, "36");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct TableRef {
    /// Index in [`Report::tables`].
    pub table: usize,
    /// Index of the body row in the table.
    pub row: usize,
    /// Index of the value column in the table.
    pub col: usize,
}

/// An approximation word and where it stood.
///
/// ```
/// let ind = &baogao::indicators("解答群众问题咨询670余人次")[0];
/// let a = ind.approx.as_ref().unwrap();
/// assert_eq!((a.word.as_str(), a.position), ("余", baogao::ApproxPosition::Inside));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Approx {
    /// The word as written (余, 多, 近, 约, 超过, 以上, 左右 …).
    pub word: String,
    /// Where it stood relative to the number.
    pub position: ApproxPosition,
}

/// Where an approximation word stands.
///
/// ```
/// assert_eq!(serde_json::to_string(&baogao::ApproxPosition::Before).unwrap(), "\"before\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApproxPosition {
    /// Before the number (约50%, 近一半, 超过200家).
    Before,
    /// Between the number and the unit (670余人次, 3万余名).
    #[default]
    Inside,
    /// After the unit (5万元以上, 50人左右).
    After,
}

/// Kinds of indicator.
///
/// ```
/// assert_eq!(serde_json::to_string(&baogao::IndicatorKind::PercentagePoints).unwrap(), "\"percentage_points\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A count of things (家, 人次, 件 …) or a plain number.
    #[default]
    Count,
    /// An amount of money (元).
    Money,
    /// A percentage that is a level, not a change.
    Percent,
    /// Percentage points (个百分点).
    PercentagePoints,
    /// A change (同比上升15.4%, 由4200家减少到1400家).
    Change,
    /// An amount per unit (50万元/矿).
    Rate,
    /// A non-percent fraction (近一半, 三分之一), or a ratio of parts (`6.2∶35.1∶58.7`: `low` and
    /// `high` are its first and last part, and
    /// [`ratio_parts`](crate::indicator::quantity::ratio_parts) of its `text` gives every part).
    Ratio,
    /// A range (3-5个, 三至五年) or a vague magnitude (数千万元).
    Range,
    /// A fraction written out (三分之一).
    Fraction,
}

/// Direction of a change.
///
/// ```
/// assert_eq!(serde_json::to_string(&baogao::Direction::Down).unwrap(), "\"down\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Rose, grew, increased.
    Up,
    /// Fell, shrank, decreased.
    Down,
}

/// The kind of a leaf of the outline, for [`Report::leaves`].
///
/// ```
/// let r = baogao::parse("一、工作\n正文。\n");
/// let kinds: Vec<_> = r.leaves().into_iter().map(|(k, _)| k).collect();
/// assert_eq!(kinds, vec![baogao::LeafKind::Heading, baogao::LeafKind::Paragraph]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeafKind {
    /// A title line (or lines).
    Title,
    /// A metadata line.
    Meta,
    /// A heading.
    Heading,
    /// A paragraph.
    Paragraph,
    /// A table row.
    Table,
    /// The closing signature and date.
    Closing,
    /// A line of web chrome.
    Boilerplate,
}

impl Report {
    /// Every leaf of the outline with its span, in document order. The spans are contiguous and
    /// cover the whole input, so the input can be rebuilt from them.
    ///
    /// ```
    /// let text = "标题\n\n一、工作\n正文。\n扫一扫\n";
    /// let r = baogao::parse(text);
    /// let rebuilt: String = r.leaves().iter().map(|(_, s)| s.slice(text)).collect();
    /// assert_eq!(rebuilt, text);
    /// ```
    pub fn leaves(&self) -> Vec<(LeafKind, Span)> {
        let mut out = Vec::new();
        if let Some(t) = &self.title {
            out.push((LeafKind::Title, t.span));
        }
        for m in &self.meta.lines {
            out.push((LeafKind::Meta, m.span));
        }
        push_blocks(&mut out, &self.preamble);
        fn walk(out: &mut Vec<(LeafKind, Span)>, s: &Section) {
            out.push((LeafKind::Heading, s.heading.span));
            push_blocks(out, &s.blocks);
            for c in &s.children {
                walk(out, c);
            }
        }
        for s in &self.sections {
            walk(&mut out, s);
        }
        if let Some(c) = &self.closing {
            out.push((LeafKind::Closing, c.span));
        }
        for b in &self.boilerplate {
            out.push((LeafKind::Boilerplate, b.span));
        }
        crate::sort::by_key(&mut out, |(_, s)| (s.start, s.end));
        out
    }

    /// The headings in document order (a flat list of the tree).
    ///
    /// ```
    /// let r = baogao::parse("一、甲\n(一)乙\n二、丙\n");
    /// let titles: Vec<_> = r.headings().iter().map(|h| h.title.as_str()).collect();
    /// assert_eq!(titles, ["甲", "乙", "丙"]);
    /// ```
    pub fn headings(&self) -> Vec<&Heading> {
        fn walk<'a>(out: &mut Vec<&'a Heading>, s: &'a Section) {
            out.push(&s.heading);
            for c in &s.children {
                walk(out, c);
            }
        }
        let mut out = Vec::new();
        for s in &self.sections {
            walk(&mut out, s);
        }
        out
    }
}

fn push_blocks(out: &mut Vec<(LeafKind, Span)>, blocks: &[Block]) {
    for b in blocks {
        let kind = match b {
            Block::Paragraph(_) => LeafKind::Paragraph,
            Block::Table(_) => LeafKind::Table,
        };
        out.push((kind, b.span()));
    }
}

/// The titles of the headings around an indicator, outermost first. One path is shared by all
/// the indicators of a section, so cloning it only counts a reference. It reads as a slice of
/// titles and compares with arrays, slices and vectors of strings; it serialises as a list.
///
/// ```
/// let r = baogao::parse("一、主要举措\n（一）加强领导\n培训干部300人次。\n");
/// assert_eq!(r.indicators[0].section, ["主要举措", "加强领导"]);
/// let path = &r.indicators[0].section;
/// assert_eq!(path.last().map(String::as_str), Some("加强领导"));
/// assert_eq!(serde_json::to_string(path).unwrap(), r#"["主要举措","加强领导"]"#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SectionPath(std::sync::Arc<[String]>);

impl std::ops::Deref for SectionPath {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.0
    }
}

impl std::fmt::Debug for SectionPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

impl From<Vec<String>> for SectionPath {
    fn from(titles: Vec<String>) -> Self {
        SectionPath(titles.into())
    }
}

impl From<&[String]> for SectionPath {
    fn from(titles: &[String]) -> Self {
        SectionPath(titles.into())
    }
}

/// Collects titles into a path with one allocation for the path (no `Vec` first, when the
/// iterator knows its length, as a slice's does).
///
/// ```
/// let path: baogao::SectionPath = ["主要举措", "加强领导"].iter().map(|t| t.to_string()).collect();
/// assert_eq!(path, ["主要举措", "加强领导"]);
/// ```
impl FromIterator<String> for SectionPath {
    fn from_iter<I: IntoIterator<Item = String>>(titles: I) -> Self {
        SectionPath(titles.into_iter().collect())
    }
}

impl<const N: usize> PartialEq<[&str; N]> for SectionPath {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.0.iter().eq(other.iter())
    }
}

impl PartialEq<[&str]> for SectionPath {
    fn eq(&self, other: &[&str]) -> bool {
        self.0.iter().eq(other.iter())
    }
}

impl PartialEq<Vec<String>> for SectionPath {
    fn eq(&self, other: &Vec<String>) -> bool {
        *self.0 == **other
    }
}
