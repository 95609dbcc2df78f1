//! Byte spans into the parsed input.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the text that was parsed.
///
/// Both ends always lie on UTF-8 character boundaries, so slicing is safe:
///
/// ```
/// let text = "立案 94 件";
/// let span = baogao::Span::new(7, 13);
/// assert_eq!(span.slice(text), "94 件");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    ///
    /// ```
    /// assert_eq!(baogao::Span::new(2, 5).len(), 3);
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(baogao::Span::new(3, 3).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(baogao::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `text` (the string that was parsed).
    ///
    /// ```
    /// assert_eq!(baogao::Span::new(0, 3).slice("一、总体情况"), "一");
    /// ```
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}
