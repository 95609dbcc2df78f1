//! Values held in two offset units at once.
//!
//! Python indexes `str` by code point, Rust by UTF-8 byte. Each Python object keeps the Rust value
//! twice: `bytes` (as the core returns it, serialised by `to_dict`/`to_json` so that they equal
//! the Rust serde JSON) and `chars` (every span converted once, per report, by
//! [`baogao::offsets::convert_report`], read by the `.span` attributes).

use baogao::offsets::{convert_report, Unit};
use baogao::{Block, Indicator, Paragraph, Report, TableRow};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// One value with byte spans (`bytes`) and code-point spans (`chars`).
///
/// ```
/// use baogao_python::dual::Dual;
/// let d = Dual::report("立案94件。");
/// assert_eq!(d.bytes.indicators.len(), d.chars.indicators.len());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dual<T> {
    /// As the core produced it: spans in UTF-8 bytes.
    pub bytes: T,
    /// The same value with spans in Unicode code points.
    pub chars: T,
}

impl<T: Clone> Dual<T> {
    /// A part of both versions, picked by the same accessor.
    ///
    /// ```
    /// use baogao_python::dual::Dual;
    /// let d = Dual::report("一、工作\n");
    /// let h = d.part(|r| &r.sections[0].heading);
    /// assert_eq!(h.bytes.title, "工作");
    /// ```
    pub fn part<U: Clone>(&self, pick: impl Fn(&T) -> &U) -> Dual<U> {
        Dual {
            bytes: pick(&self.bytes).clone(),
            chars: pick(&self.chars).clone(),
        }
    }

    /// Every element of a list inside both versions, paired.
    ///
    /// ```
    /// use baogao_python::dual::Dual;
    /// let d = Dual::report("一、甲\n二、乙\n");
    /// assert_eq!(d.parts(|r| &r.sections).len(), 2);
    /// ```
    pub fn parts<U: Clone>(&self, pick: impl Fn(&T) -> &Vec<U>) -> Vec<Dual<U>> {
        pick(&self.bytes)
            .iter()
            .zip(pick(&self.chars))
            .map(|(b, c)| Dual {
                bytes: b.clone(),
                chars: c.clone(),
            })
            .collect()
    }
}

/// A value whose only span is `span` in code points, kept once with its byte span: the
/// storage of indicators (a [`Dual`] would copy every string twice).
///
/// ```
/// use baogao_python::dual::Spanned;
/// let text = "报告：立案94件";
/// let i = baogao::indicators(text).remove(0);
/// let s = Spanned::indicator(text, i);
/// assert_eq!((s.bytes.span.start, s.span.start), (15, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spanned<T> {
    /// The value, its span in UTF-8 bytes.
    pub bytes: T,
    /// The same span in code points.
    pub span: baogao::Span,
}

impl Spanned<Indicator> {
    /// An indicator of `text`, with its span converted.
    pub fn indicator(text: &str, bytes: Indicator) -> Self {
        let span = indicator_spans(text, std::slice::from_ref(&bytes))[0];
        Spanned { bytes, span }
    }
}

/// The code-point spans of indicators of `text`, in one pass over the text.
///
/// ```
/// let text = "报告：立案94件";
/// let found = baogao::indicators(text);
/// assert_eq!(baogao_python::dual::indicator_spans(text, &found)[0], baogao::Span::new(5, 8));
/// ```
pub fn indicator_spans(text: &str, indicators: &[Indicator]) -> Vec<baogao::Span> {
    let ends = indicators.iter().flat_map(|i| [i.span.start, i.span.end]);
    let map = baogao::offsets::OffsetMap::new(text, ends, Unit::Char);
    let conv = |b: usize| map.get(b).unwrap_or(b);
    indicators
        .iter()
        .map(|i| baogao::Span::new(conv(i.span.start), conv(i.span.end)))
        .collect()
}

/// The code-point version of a byte-span report parsed from `text`.
///
/// ```
/// let text = "报告：立案94件";
/// let chars = baogao_python::dual::to_chars(text, &baogao::parse(text));
/// assert_eq!(chars.indicators[0].span.start, 5);
/// ```
pub fn to_chars(text: &str, bytes: &Report) -> Report {
    let mut chars = bytes.clone();
    convert_report(text, &mut chars, Unit::Char);
    chars
}

impl Dual<Report> {
    /// Parses `text` and converts the spans.
    ///
    /// ```
    /// use baogao_python::dual::Dual;
    /// let d = Dual::report("报告：立案94件");
    /// assert_eq!(d.chars.indicators[0].span.start, 5);
    /// ```
    pub fn report(text: &str) -> Self {
        Self::from_bytes_report(text, baogao::parse(text))
    }

    /// Pairs a byte-span report (parsed from `text`) with its code-point version.
    pub fn from_bytes_report(text: &str, bytes: Report) -> Self {
        let chars = to_chars(text, &bytes);
        Dual { bytes, chars }
    }
}

/// How a model value is written as JSON: its own serde form, except for the two block kinds,
/// which carry the `"type"` tag they have inside a report.
pub trait Wire: Serialize + DeserializeOwned + Clone + PartialEq + Send + Sync + 'static {
    /// The serde JSON of the value, compact or indented by `indent` spaces.
    fn to_json(&self, indent: Option<usize>) -> serde_json::Result<String> {
        write_json(self, indent)
    }
}

/// Serialises `v` compactly or with `indent` spaces.
///
/// ```
/// assert_eq!(baogao_python::dual::write_json(&[1, 2], Some(1)).unwrap(), "[\n 1,\n 2\n]");
/// ```
pub fn write_json<T: Serialize + ?Sized>(
    v: &T,
    indent: Option<usize>,
) -> serde_json::Result<String> {
    match indent {
        None => serde_json::to_string(v),
        Some(n) => {
            let pad = vec![b' '; n];
            let mut out = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(&pad);
            let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
            v.serialize(&mut ser)?;
            Ok(String::from_utf8(out).expect("serde_json writes UTF-8"))
        }
    }
}

macro_rules! plain_wire {
    ($($t:ty),*) => { $(impl Wire for $t {})* };
}
plain_wire!(
    Report,
    baogao::Title,
    baogao::Meta,
    baogao::MetaLine,
    baogao::Section,
    baogao::Heading,
    baogao::Marker,
    baogao::Enumeration,
    baogao::EnumerationItem,
    baogao::Closing,
    baogao::Boilerplate,
    baogao::Diagnostic,
    Indicator,
    baogao::Approx
);

impl Wire for Paragraph {
    fn to_json(&self, indent: Option<usize>) -> serde_json::Result<String> {
        write_json(&Block::Paragraph(self.clone()), indent)
    }
}

impl Wire for TableRow {
    fn to_json(&self, indent: Option<usize>) -> serde_json::Result<String> {
        write_json(&Block::Table(self.clone()), indent)
    }
}
