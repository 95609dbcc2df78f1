//! The lines of a text, stored compactly: about 1.5 bytes a line instead of the 24 of a pair of
//! `usize` offsets and a line-start index, so that a text of blank lines (one byte a line) stays
//! within the memory bound of 4 × input + output.
//!
//! A line's start is kept as a one-byte offset from the start of its block of 16 lines (a
//! *narrow* block, spanning at most 255 bytes); the start of a block spanning more is kept in
//! full (a *wide* block: at most one in 256 bytes of text, so at most 0.5 byte of input pays for
//! it). A line's end is not stored: it is the next line's start less the line break before it
//! (read from the text), or the end of the text's last line. One structure serves as the line
//! array of the outline and as the offset → line-number index of the indicator pass.

/// A line of the input: content `start..end`, without the line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Lines per block.
const BLOCK: usize = 16;
/// Marks a block head that indexes [`Lines::wide`] instead of giving the block's base offset.
/// Offsets into a `str` are at most `isize::MAX`, so the top bit of a `usize` is free.
const WIDE: usize = 1 << (usize::BITS - 1);

/// The lines of a text (see the module documentation): random access by index, in constant
/// time, and the line number of a byte offset, by binary search.
#[derive(Debug, Clone)]
pub(crate) struct Lines<'t> {
    text: &'t str,
    /// Per block: the start of its first line, or `WIDE | i` where `wide[i..]` holds the starts.
    heads: Vec<usize>,
    /// Per line: its start less its block's base (narrow blocks; 0 in wide blocks).
    deltas: Vec<u8>,
    /// The starts of the lines of wide blocks, a block after another.
    wide: Vec<usize>,
    /// Where the last line ends (before its line break, if any).
    last_end: usize,
    /// Whether every break is a `\n` (none is `\r` alone, `\r\n`, NEL, U+2028 or U+2029).
    lf_only: bool,
    /// Whether the text holds NEL, U+2028 or U+2029.
    unicode: bool,
}

impl<'t> Lines<'t> {
    /// Splits `text` into lines at every line break of [`crate::text::is_line_break`] (`\n`,
    /// `\r\n` as one break, `\r` alone, NEL, U+2028, U+2029). The per-line arrays are sized
    /// exactly (a first count).
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let unicode = has_unicode_breaks(bytes);
        let lf_only = !unicode && memchr::memchr(b'\r', bytes).is_none();
        let lf = lf_only.then(|| memchr::memchr_iter(b'\n', bytes).count());
        Self::build(text, unicode, lf)
    }

    /// [`Lines::new`] for a text whose line breaks were looked for already: `unicode`, whether
    /// it holds NEL, U+2028 or U+2029 (see [`lead_c2_e2`]); `cr`, whether it holds a `\r`; `lf`,
    /// how many `\n` (see [`crate::text::low_bytes`]).
    pub fn with_breaks_known(text: &'t str, unicode: bool, cr: bool, lf: usize) -> Self {
        Self::build(text, unicode, (!unicode && !cr).then_some(lf))
    }

    /// The lines of `text`; `unicode`, whether it holds NEL, U+2028 or U+2029; `lf_only`, the
    /// count of `\n` when they are its only breaks.
    fn build(text: &'t str, unicode: bool, lf_only: Option<usize>) -> Self {
        let bytes = text.as_bytes();
        let breaks = match lf_only {
            Some(n) => n,
            None => Breaks::new(bytes, unicode).count(),
        };
        // A line after the last break, unless the text ends with one.
        let tail = usize::from(!bytes.is_empty() && break_before(bytes, bytes.len()) == 0);
        let n = breaks + tail;
        let mut b = Builder {
            lines: Lines {
                text,
                heads: Vec::with_capacity(n.div_ceil(BLOCK)),
                deltas: Vec::with_capacity(n),
                wide: Self::wide_capacity(bytes.len(), n),
                last_end: 0,
                lf_only: lf_only.is_some(),
                unicode,
            },
            block: [0; BLOCK],
            filled: 0,
        };
        let mut start = 0;
        if lf_only.is_some() {
            for at in memchr::memchr_iter(b'\n', bytes) {
                b.push(start);
                b.lines.last_end = at;
                start = at + 1;
            }
        } else {
            for (at, len) in Breaks::new(bytes, unicode) {
                b.push(start);
                b.lines.last_end = at;
                start = at + len;
            }
        }
        if tail == 1 {
            b.push(start);
            b.lines.last_end = bytes.len();
        }
        b.flush();
        b.lines
    }

    /// The starts of wide blocks for a text of `len` bytes in `n` lines: room for every line
    /// when the lines average 18 bytes or more (16 lines of 18 bytes span 270: most blocks are
    /// then wide, and a report's paragraphs are lines of hundreds of bytes), none otherwise.
    /// Grown from nothing, the starts were copied at each doubling (2.6 reallocations a report
    /// of the corpus, about 800 instructions each). The room for `n` starts, 8 bytes each, is
    /// then under half a byte of text: what the wide blocks of any text may take (see the
    /// module documentation), and no more than doubling gave a text of long lines.
    fn wide_capacity(len: usize, n: usize) -> Vec<usize> {
        if n > 0 && len / n >= 18 {
            Vec::with_capacity(n)
        } else {
            Vec::new()
        }
    }

    /// The text the lines are of.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The text with every line break that is not `\n` or `\r\n` written as `\n` padded to the
    /// break's own length (`\r` alone → `\n`, NEL → ` \n`, U+2028/U+2029 → `  \n`), so that every
    /// offset stays valid; the text itself when it holds none. The indicator passes read wrapped
    /// lines, page markers and sentence ends through `\n` (and `\r\n`); text saved with classic
    /// Mac line ends or Unicode's line separators is read through this copy (the spaces before
    /// its `\n` are read as the trailing spaces a line may carry).
    ///
    /// ```text
    /// Lines::new("全年\r立案3件\r\n").newline_text() == "全年\n立案3件\r\n"
    /// ```
    pub fn newline_text(&self) -> std::borrow::Cow<'t, str> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let odd =
            |&(at, len): &(usize, usize)| !(bytes[at] == b'\n' || len == 2 && bytes[at] == b'\r');
        let mut odd_breaks = Breaks::new(bytes, self.unicode).filter(odd).peekable();
        if self.lf_only || odd_breaks.peek().is_none() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut done = 0;
        for (at, len) in odd_breaks {
            out.push_str(&text[done..at]);
            out.extend(std::iter::repeat_n(' ', len - 1));
            out.push('\n');
            done = at + len;
        }
        out.push_str(&text[done..]);
        std::borrow::Cow::Owned(out)
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.deltas.len()
    }

    /// Where line `k` (0-based) starts.
    #[inline]
    fn start(&self, k: usize) -> usize {
        let head = self.heads[k / BLOCK];
        if head & WIDE == 0 {
            head + usize::from(self.deltas[k])
        } else {
            self.wide[(head & !WIDE) + k % BLOCK]
        }
    }

    /// Line `k` (0-based). Panics when `k >= self.len()`, as indexing a slice does.
    #[inline]
    pub fn get(&self, k: usize) -> Line {
        let start = self.start(k);
        let end = if k + 1 < self.len() {
            let next = self.start(k + 1);
            next - break_before(self.text.as_bytes(), next)
        } else {
            self.last_end
        };
        Line { start, end }
    }

    /// The text of line `k`, without its line break.
    #[inline]
    pub fn content(&self, k: usize) -> &'t str {
        let l = self.get(k);
        &self.text[l.start..l.end]
    }

    /// The lines in order: [`Lines::get`] for each, with each line's start looked up once (it
    /// is where the line before ends, plus its break).
    pub fn iter(&self) -> impl Iterator<Item = Line> + '_ {
        let n = self.len();
        let mut start = if n > 0 { self.start(0) } else { 0 };
        (0..n).map(move |k| {
            let (end, next) = if k + 1 < n {
                let next = self.start(k + 1);
                (next - break_before(self.text.as_bytes(), next), next)
            } else {
                (self.last_end, 0)
            };
            let line = Line { start, end };
            start = next;
            line
        })
    }

    /// The 1-based number of the line that holds byte `offset` (1 for an offset before the
    /// first line or in an empty text).
    pub fn line_of(&self, offset: usize) -> usize {
        let block_start = |b: usize| {
            let head = self.heads[b];
            if head & WIDE == 0 {
                head
            } else {
                self.wide[head & !WIDE]
            }
        };
        // The last block whose first line starts at or before `offset`.
        let (mut lo, mut hi) = (0, self.heads.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if block_start(mid) <= offset {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let Some(block) = lo.checked_sub(1) else {
            return 1;
        };
        let first = block * BLOCK;
        let last = (first + BLOCK).min(self.len());
        // Lines of the block starting at or before `offset` (at least the first).
        let within = (first + 1..last)
            .take_while(|&k| self.start(k) <= offset)
            .count();
        first + within + 1
    }

    /// [`Lines::line_of`] for an `offset` known to lie at or after the start of line `hint`
    /// (1-based): the lines after `hint` are stepped over (a few at most, as offsets asked in
    /// text order are), and a binary search is made only past eight of them.
    ///
    /// ```text
    /// lines of "甲\n乙\n丙": line_of_from(4, 1) == 2 (乙 starts at 4), line_of_from(8, 2) == 3
    /// ```
    pub fn line_of_from(&self, offset: usize, hint: usize) -> usize {
        let mut k = hint.max(1);
        let stop = (k + 8).min(self.len());
        while k < stop {
            if self.start(k) > offset {
                return k;
            }
            k += 1;
        }
        if k >= self.len() {
            return k.max(1);
        }
        self.line_of(offset)
    }
}

/// Fills [`Lines`] a block at a time.
struct Builder<'t> {
    lines: Lines<'t>,
    block: [usize; BLOCK],
    filled: usize,
}

impl Builder<'_> {
    fn push(&mut self, start: usize) {
        self.block[self.filled] = start;
        self.filled += 1;
        if self.filled == BLOCK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let starts = &self.block[..self.filled];
        let (Some(&base), Some(&last)) = (starts.first(), starts.last()) else {
            return;
        };
        let l = &mut self.lines;
        if last - base <= usize::from(u8::MAX) {
            l.heads.push(base);
            // Within a narrow block every start is at most 255 bytes after the base.
            l.deltas
                .extend(starts.iter().map(|&s| u8::try_from(s - base).unwrap_or(0)));
        } else {
            l.heads.push(WIDE | l.wide.len());
            l.wide.extend_from_slice(starts);
            l.deltas.extend(starts.iter().map(|_| 0));
        }
        self.filled = 0;
    }
}

/// The byte length of the line break that ends just before `at` (0 when there is none): `\r\n`
/// 2, `\n` and `\r` 1, NEL 2, U+2028 and U+2029 3. Only the last bytes are read: a UTF-8
/// continuation byte cannot be `\n` or `\r`, and `85`, `A8`, `A9` end a break only after
/// `C2` or `E2 80`, which are checked.
#[inline]
fn break_before(bytes: &[u8], at: usize) -> usize {
    // The bytes before `at` as a slice pattern: one bounds test, no optional byte per look.
    match &bytes[..at] {
        [.., b'\r', b'\n'] => 2,
        [.., b'\n' | b'\r'] => 1,
        [.., 0xc2, 0x85] => 2,
        [.., 0xe2, 0x80, 0xa8 | 0xa9] => 3,
        _ => 0,
    }
}

/// Whether `bytes` holds NEL, U+2028 or U+2029 (these breaks are rare, so the common scan looks
/// for `\n` and `\r` only).
fn has_unicode_breaks(bytes: &[u8]) -> bool {
    // NEL is C2 85, U+2028 and U+2029 are E2 80 A8 and E2 80 A9: one byte search for both lead
    // bytes (C2 is rare in Chinese text, E2 leads only quotes, dashes and circled numbers),
    // checked at each hit, instead of three substring searches.
    memchr::memchr2_iter(0xc2, 0xe2, bytes).any(|i| unicode_break_at(bytes, i))
}

/// Whether NEL, U+2028 or U+2029 starts at `i`, where `bytes[i]` is C2 or E2.
fn unicode_break_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xc2 => bytes.get(i + 1) == Some(&0x85),
        _ => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xa8 | 0xa9])),
    }
}

/// What the outline's search for the lead bytes C2 and E2 finds ([`lead_c2_e2`]).
pub(crate) struct LeadC2E2 {
    /// Whether the text holds NEL, U+2028 or U+2029 (see [`Lines::with_breaks_known`]).
    pub unicode_breaks: bool,
    /// Where ① … ⑳ (E2 91 A0 … E2 91 B3) stand, in order: the enumerations' circled anchors
    /// (see [`crate::enumeration::Anchors::new`]).
    pub circled: Vec<usize>,
}

/// [`has_unicode_breaks`] and the circled numbers ① … ⑳ of `bytes`, in one byte search: both
/// lead with E2, and the search stops at every E2 anyway (quotes and dashes), so the circled
/// numbers are not left to the multi-pattern search of the anchor words (where their two-byte
/// pattern cost 0.08M instructions on the corpus ×5, more than all the stops here).
pub(crate) fn lead_c2_e2(bytes: &[u8]) -> LeadC2E2 {
    let mut found = LeadC2E2 {
        unicode_breaks: false,
        circled: Vec::new(),
    };
    let at = |i: usize| {
        if bytes[i] == 0xe2 && bytes.get(i + 1) == Some(&0x91) {
            if bytes.get(i + 2).is_some_and(|b| (0xA0..=0xB3).contains(b)) {
                found.circled.push(i);
            }
        } else {
            found.unicode_breaks |= unicode_break_at(bytes, i);
        }
    };
    // (The search runs again after each stop: on x86-64 with AVX2 a searcher built once runs
    // it, without `memchr2`'s dispatch and the searcher it builds on each call.)
    #[cfg(target_arch = "x86_64")]
    if let Some(leads) = C2_E2.as_ref() {
        leads.iter(bytes).for_each(at);
        return found;
    }
    memchr::memchr2_iter(0xc2, 0xe2, bytes).for_each(at);
    found
}

/// The searcher of [`lead_c2_e2`], where AVX2 runs.
#[cfg(target_arch = "x86_64")]
static C2_E2: std::sync::LazyLock<Option<memchr::arch::x86_64::avx2::memchr::Two>> =
    std::sync::LazyLock::new(|| memchr::arch::x86_64::avx2::memchr::Two::new(0xc2, 0xe2));

/// The line breaks of a text in order: (offset, byte length).
struct Breaks<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Whether to look for NEL, U+2028 and U+2029 too (a byte loop instead of `memchr2`).
    unicode: bool,
}

impl<'a> Breaks<'a> {
    fn new(bytes: &'a [u8], unicode: bool) -> Self {
        Breaks {
            bytes,
            at: 0,
            unicode,
        }
    }
}

impl Iterator for Breaks<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let b = self.bytes;
        let found = if self.unicode {
            (self.at..b.len()).find_map(|i| match b[i] {
                b'\n' | b'\r' => Some((i, 0)),
                0xc2 if b.get(i + 1) == Some(&0x85) => Some((i, 2)),
                0xe2 if b.get(i + 1) == Some(&0x80)
                    && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) =>
                {
                    Some((i, 3))
                }
                _ => None,
            })
        } else {
            memchr::memchr2(b'\n', b'\r', &b[self.at..]).map(|p| (self.at + p, 0))
        };
        let (at, mut len) = found?;
        if len == 0 {
            len = if b[at] == b'\r' && b.get(at + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        self.at = at + len;
        Some((at, len))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lead_c2_e2_agrees_with_the_characters() {
        // Short, middling and long texts: each length takes another routine of the search.
        for piece in ["“①”甲", "乙\u{85}②é", "丙\u{2028}⑳", "丁\u{2029}⑴—"] {
            for n in [1, 3, 10, 40] {
                let text = format!("{}{piece}", "春".repeat(n));
                let found = super::lead_c2_e2(text.as_bytes());
                let circled: Vec<usize> = text
                    .char_indices()
                    .filter(|&(_, c)| ('①'..='⑳').contains(&c))
                    .map(|(i, _)| i)
                    .collect();
                assert_eq!(found.circled, circled, "{text}");
                let breaks = text.contains(chars!['\u{85}', '\u{2028}', '\u{2029}']);
                assert_eq!(found.unicode_breaks, breaks, "{text}");
            }
        }
    }

    use super::{Line, Lines};

    #[test]
    fn odd_breaks_become_newlines_of_their_own_length() {
        let read = |s: &str| Lines::new(s).newline_text().into_owned();
        assert_eq!(read("全年\r立案3件\r\n"), "全年\n立案3件\r\n");
        assert_eq!(read("甲\u{2028}乙\u{85}丙\u{2029}"), "甲  \n乙 \n丙  \n");
        assert_eq!(read("\r\r\n\r"), "\n\r\n\n");
        for s in ["一、概况\r\n“全年”…①\n", "一、概况\n全年\n", ""] {
            assert!(matches!(
                Lines::new(s).newline_text(),
                std::borrow::Cow::Borrowed(_)
            ));
        }
        for s in ["全年\r立案", "甲\u{2028}乙\u{85}丙", "\r", ""] {
            assert_eq!(read(s).len(), s.len());
        }
    }

    fn split(text: &str) -> Vec<&str> {
        let ls = Lines::new(text);
        (0..ls.len()).map(|k| ls.content(k)).collect()
    }

    /// The lines as the simple definition gives them: cut at every break, `\r\n` one break, no
    /// line after a final break.
    fn reference(text: &str) -> Vec<Line> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if crate::text::is_line_break(c) {
                let mut next = i + c.len_utf8();
                if c == '\r' && chars.peek().is_some_and(|&(_, d)| d == '\n') {
                    chars.next();
                    next += 1;
                }
                out.push(Line { start, end: i });
                start = next;
            }
        }
        if start < text.len() {
            out.push(Line {
                start,
                end: text.len(),
            });
        }
        out
    }

    #[test]
    fn every_line_break_convention() {
        assert_eq!(split("甲\n乙\r\n丙\r丁"), ["甲", "乙", "丙", "丁"]);
        assert_eq!(
            split("甲\u{2028}乙\u{2029}丙\u{85}丁\n"),
            ["甲", "乙", "丙", "丁"]
        );
        // `\r\n` is one break, `\n\r` two; blank lines stay lines.
        assert_eq!(split("甲\n\r乙\r\n\r\n"), ["甲", "", "乙", ""]);
        assert_eq!(split("\r\r"), ["", ""]);
        assert_eq!(split("\r\r\n"), ["", ""]);
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("甲\n\n乙"), ["甲", "", "乙"]);
        // Look-alikes are not breaks: “ (E2 80 9C), … (E2 80 A6), © (C2 A9), a lone C2 85 prefix.
        assert_eq!(split("“甲”…©\u{2028}"), ["“甲”…©"]);
        // Characters ending in the last byte of a break: 丅 (E4 B8 85), 耨 (E8 80 A8).
        assert_eq!(split("丅\n耨"), ["丅", "耨"]);
    }

    #[test]
    fn narrow_and_wide_blocks_give_the_same_lines_as_a_plain_split() {
        // Blocks of short lines, of long lines (wide), and mixed at every phase of the block.
        let long = "推进依法行政".repeat(20);
        let mut texts = vec![
            "\n".repeat(100),
            "\r\n".repeat(37),
            format!("{long}\n").repeat(40),
            "甲\r乙\u{2028}丙\u{85}丁\u{2029}".repeat(30),
        ];
        for phase in 0..20 {
            let mut t = "短\n".repeat(phase);
            t.push_str(&long);
            t.push_str(&"\n一\r\n".repeat(25));
            t.push_str(&long);
            texts.push(t);
        }
        for text in &texts {
            let ls = Lines::new(text);
            let want = reference(text);
            assert_eq!(ls.iter().collect::<Vec<_>>(), want, "{text:?}");
            assert_eq!(ls.deltas.capacity(), want.len(), "sized exactly");
        }
    }

    #[test]
    fn line_of_matches_a_search_over_the_starts() {
        let long = "依法".repeat(60);
        let text = format!("\n\n甲\r\n{long}\n").repeat(13) + "尾";
        let ls = Lines::new(&text);
        let starts: Vec<usize> = reference(&text).iter().map(|l| l.start).collect();
        for offset in 0..=text.len() + 2 {
            let want = match starts.binary_search(&offset) {
                Ok(i) => i + 1,
                Err(i) => i.max(1),
            };
            assert_eq!(ls.line_of(offset), want, "offset {offset}");
            // Any line starting at or before the offset is a valid hint, near or far.
            for hint in 1..=want {
                assert_eq!(
                    ls.line_of_from(offset, hint),
                    want,
                    "offset {offset} hint {hint}"
                );
            }
        }
        assert_eq!(Lines::new("").line_of(5), 1);
        assert_eq!(Lines::new("").line_of_from(5, 1), 1);
    }

    #[test]
    fn blank_lines_cost_under_two_bytes_each() {
        let text = "\n".repeat(100_000);
        let ls = Lines::new(&text);
        assert_eq!(ls.len(), 100_000);
        let bytes = ls.heads.capacity() * std::mem::size_of::<usize>()
            + ls.deltas.capacity()
            + ls.wide.capacity() * std::mem::size_of::<usize>();
        assert!(bytes <= 150_000, "{bytes} bytes for 100,000 lines");
    }
}
