//! Where numbers are not quantities: inside quotes (slogans, set phrases, event dates), inside
//! 《》 titles and 〔〕 document numbers. Only closed pairs count, matched innermost first, so an
//! unbalanced quote does not swallow the rest of a paragraph.

/// Sorted byte ranges that are inside a closed quote or bracket pair, as offsets from the start
/// of their region in 32 bits: half the memory of absolute `usize` pairs, which counts on a
/// paragraph of thousands of quotes (one range per 6 bytes of `"5件"6家"`), where the ranges are
/// the parse's peak heap. (In a region longer than 4 GiB, which no front end can hold, the
/// offsets past 4 GiB saturate: quotes there are not shielded.)
#[derive(Debug, Default)]
pub(crate) struct Shielded {
    ranges: Vec<(u32, u32)>,
    /// The open delimiters while scanning (kept to reuse its buffer).
    stack: Vec<(u8, usize)>,
    /// The region `from..to` the ranges are of, once built.
    built: Option<(usize, usize)>,
    /// Whether a region the ranges were built for held an opening square bracket, `[` or `［`
    /// (one of the scan's delimiters), since the scanner began: a footnote mark (`[8]`, `［8］`)
    /// opens with one (see [`Shielded::saw_square_bracket`]).
    square_bracket: bool,
}

/// A delimiter: which pair it belongs to (an index into the pair list of [`delimiter`]), and
/// whether it opens the pair.
type Delimiter = (u8, bool);

/// The pairs, in the order of their index: “” 《》 〔〕 「」 『』 ‘’ 〈〉 ［］ [] 【】.
const CURLY_DOUBLE: u8 = 0;
/// The index of ［］ and of [] among the pairs.
const SQUARE_WIDE: u8 = 7;
const SQUARE: u8 = 8;

/// The delimiter `bytes` starts with, matched on its UTF-8 bytes (the scan visits every wide
/// punctuation mark of a paragraph, so it must not decode them).
fn delimiter(bytes: &[u8]) -> Option<Delimiter> {
    Some(match bytes {
        [0xe2, 0x80, 0x9c, ..] => (CURLY_DOUBLE, true),  // “
        [0xe2, 0x80, 0x9d, ..] => (CURLY_DOUBLE, false), // ”
        [0xe3, 0x80, 0x8a, ..] => (1, true),             // 《
        [0xe3, 0x80, 0x8b, ..] => (1, false),            // 》
        [0xe3, 0x80, 0x94, ..] => (2, true),             // 〔
        [0xe3, 0x80, 0x95, ..] => (2, false),            // 〕
        [0xe3, 0x80, 0x8c, ..] => (3, true),             // 「
        [0xe3, 0x80, 0x8d, ..] => (3, false),            // 」
        [0xe3, 0x80, 0x8e, ..] => (4, true),             // 『
        [0xe3, 0x80, 0x8f, ..] => (4, false),            // 』
        [0xe2, 0x80, 0x98, ..] => (5, true),             // ‘
        [0xe2, 0x80, 0x99, ..] => (5, false),            // ’
        [0xe3, 0x80, 0x88, ..] => (6, true),             // 〈
        [0xe3, 0x80, 0x89, ..] => (6, false),            // 〉
        [0xef, 0xbc, 0xbb, ..] => (SQUARE_WIDE, true),   // ［
        [0xef, 0xbc, 0xbd, ..] => (SQUARE_WIDE, false),  // ］
        [b'[', ..] => (SQUARE, true),
        [b']', ..] => (SQUARE, false),
        [0xe3, 0x80, 0x90, ..] => (9, true),  // 【
        [0xe3, 0x80, 0x91, ..] => (9, false), // 】
        _ => return None,
    })
}

/// Whether the wide character at `hay[i]` (led by E2, E3 or EF) may be one of [`delimiter`]'s,
/// on its last two bytes: E2 80 98–9D (‘’“”), E3 80 88–95 (〈〉《》「」『』【】〔〕), EF BC BB / BD
/// (［］). Most stops of the search are the comma, enumeration comma and full stop (，、。) and
/// the other full-width punctuation (（）：；), rejected here without a call to [`Scan::step`].
#[inline]
fn may_delimit(hay: &[u8], i: usize) -> bool {
    match hay.get(i + 1..i + 3) {
        Some([0x80, t]) => (0x88..=0x9d).contains(t),
        Some([0xbc, t]) => matches!(t, 0xbb | 0xbd),
        _ => false,
    }
}

/// Calls `f` with the offset of each lead byte E2, E3 or EF in `hay`, in order: the wide
/// delimiters' first bytes. The search stops at every wide punctuation mark of a region (、。，
/// most often) and runs again from there: on x86-64 with AVX2 the searcher is built once and
/// called directly, without `memchr3`'s dispatch through a function pointer and the searcher it
/// builds on each call (a third of what a stop cost; see `outline::find_boundary_lead`).
#[inline]
// (`f` is passed on by reference only where AVX2 may run: elsewhere its `mut` is unused.)
#[cfg_attr(not(target_arch = "x86_64"), allow(unused_mut))]
fn for_each_wide_lead(hay: &[u8], mut f: impl FnMut(usize)) {
    #[cfg(target_arch = "x86_64")]
    if let Some(leads) = WIDE_LEADS.as_ref() {
        leads.iter(hay).for_each(&mut f);
        return;
    }
    memchr::memchr3_iter(0xe2, 0xe3, 0xef, hay).for_each(f);
}

/// The searcher of [`for_each_wide_lead`], where AVX2 runs.
#[cfg(target_arch = "x86_64")]
static WIDE_LEADS: std::sync::LazyLock<Option<memchr::arch::x86_64::avx2::memchr::Three>> =
    std::sync::LazyLock::new(|| memchr::arch::x86_64::avx2::memchr::Three::new(0xe2, 0xe3, 0xef));

impl Shielded {
    /// Finds the shielded ranges of `text[from..to]`.
    #[cfg(test)]
    pub fn new(text: &str, from: usize, to: usize) -> Self {
        let mut s = Shielded::default();
        s.of(text, from, to);
        s
    }

    /// The shielded ranges of `text[from..to]`: found unless they are already this region's,
    /// in the buffers of the last region (the scanner asks once per region that has a
    /// candidate; allocating two vectors per region cost more than the lookups).
    pub fn of(&mut self, text: &str, from: usize, to: usize) -> &Self {
        if self.built != Some((from, to)) {
            self.build(text, from, to);
            self.built = Some((from, to));
        }
        self
    }

    /// Called when the scanner leaves a region: the buffers are kept for the next region unless
    /// they grew large (a paragraph of thousands of quotes), which would otherwise stay
    /// allocated through the rest of the parse and raise its peak memory.
    pub fn leave_region(&mut self) {
        if self.ranges.capacity() > 64 {
            self.ranges = Vec::new();
            self.built = None;
        }
    }

    /// Whether any region the ranges were built for held `[` or `［`. A label is made of its
    /// figure's region's words (each such region's ranges are built before its first figure is
    /// taken) and of words of closed lists, which hold neither: when this is false no label
    /// holds a footnote mark.
    pub fn saw_square_bracket(&self) -> bool {
        self.square_bracket
    }

    /// Whether the ranges are those of the region `from..to` (see [`Shielded::of`]).
    pub fn is_of(&self, from: usize, to: usize) -> bool {
        self.built == Some((from, to))
    }

    fn build(&mut self, text: &str, from: usize, to: usize) {
        let hay = &text.as_bytes()[from..to];
        self.ranges.clear();
        self.stack.clear();
        let mut s = Scan {
            stack: &mut self.stack,
            ranges: &mut self.ranges,
            straight: None,
            square_open: false,
        };
        // Every delimiter is ASCII (" [ ]) or a three-byte character led by E2, E3 or EF: the two
        // searches are merged in order as they go (no array of positions).
        let mut ascii = memchr::memchr3_iter(b'"', b'[', b']', hay).peekable();
        for_each_wide_lead(hay, |i| {
            while let Some(a) = ascii.next_if(|&a| a < i) {
                s.step(hay, a);
            }
            if may_delimit(hay, i) {
                s.step(hay, i);
            }
        });
        for a in ascii {
            s.step(hay, a);
        }
        self.square_bracket |= s.square_open;
        // Only membership is asked: overlapping and nested ranges are merged into disjoint ones,
        // so that a lookup is one binary search (a scan of every earlier range was quadratic
        // on a paragraph of many quotes).
        let ranges = &mut self.ranges;
        crate::sort::unstable(ranges);
        let mut kept = 0;
        for k in 0..ranges.len() {
            let (a, b) = ranges[k];
            if kept > 0 && a <= ranges[kept - 1].1 {
                ranges[kept - 1].1 = ranges[kept - 1].1.max(b);
            } else {
                ranges[kept] = (a, b);
                kept += 1;
            }
        }
        ranges.truncate(kept);
        // The ranges are kept while the region is scanned and its indicators pile up: on a long
        // paragraph of quotes, up to half of a doubled array would sit unused beside them (one
        // range per 6 bytes of `"5件"6家"`). Small arrays are left as they are (and reused).
        if ranges.capacity() - ranges.len() > 64 {
            ranges.shrink_to_fit();
        }
    }

    /// Whether `pos` (an absolute offset in the region the ranges were built for) lies inside a
    /// shielded range.
    pub fn contains(&self, pos: usize) -> bool {
        let Some(pos) = self
            .built
            .and_then(|(from, _)| pos.checked_sub(from))
            .map(offset)
        else {
            return false;
        };
        let i = self.ranges.partition_point(|&(s, _)| s <= pos);
        i > 0 && pos < self.ranges[i - 1].1
    }
}

/// An offset from a region's start as stored in [`Shielded`] (saturating past 4 GiB).
fn offset(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The most open delimiters kept: real text nests quotes and brackets a few levels deep; text
/// with many unclosed openers (`“「『` repeated) made each closer search an ever longer stack.
const STACK_MAX: usize = 32;

/// The state of the delimiter scan: open delimiters, closed ranges, an open straight quote.
struct Scan<'b> {
    stack: &'b mut Vec<(u8, usize)>,
    ranges: &'b mut Vec<(u32, u32)>,
    straight: Option<usize>,
    /// Whether an opening `[` or `［` was met.
    square_open: bool,
}

impl Scan<'_> {
    /// Takes the byte at `hay[i]` (offset `i` from the region's start) into account.
    fn step(&mut self, hay: &[u8], i: usize) {
        let at = i;
        if hay[i] == b'"' {
            match self.straight.take() {
                Some(s) => self.ranges.push((offset(s), offset(at + 1))),
                None => self.straight = Some(at),
            }
            return;
        }
        let Some((pair, open)) = delimiter(&hay[i..]) else {
            return;
        };
        if open {
            self.square_open |= matches!(pair, SQUARE_WIDE | SQUARE);
            if self.stack.len() == STACK_MAX {
                // The oldest unclosed opener is given up: the depth bounds the search below.
                self.stack.remove(0);
            }
            self.stack.push((pair, at));
        } else if let Some(k) = self.stack.iter().rposition(|&(o, _)| o == pair) {
            let len = if hay[i] < 0x80 { 1 } else { 3 };
            self.ranges
                .push((offset(self.stack[k].1), offset(at + len)));
            self.stack.truncate(k);
        } else if pair == CURLY_DOUBLE {
            // A stray closing quote used as an opening one: ”三违”.
            if self.stack.len() == STACK_MAX {
                self.stack.remove(0);
            }
            self.stack.push((CURLY_DOUBLE, at));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_leads_found_where_memchr3_finds_them() {
        // Short, middling and long haystacks: each length takes another routine of the search.
        for n in [0, 1, 5, 11, 20, 40, 200] {
            let text = "“甲”、乙。丙，［1］《丁》\u{2002}戊".repeat(n);
            let hay = text.as_bytes();
            for cut in [0, hay.len() / 3, hay.len() / 2] {
                let mut found = Vec::new();
                for_each_wide_lead(&hay[cut..], |i| found.push(i));
                let expected: Vec<usize> =
                    memchr::memchr3_iter(0xe2, 0xe3, 0xef, &hay[cut..]).collect();
                assert_eq!(found, expected, "{n} {cut}");
            }
        }
    }

    #[test]
    fn membership_in_a_region_that_starts_later() {
        // Offsets are kept from the region's start; `contains` takes absolute ones.
        let text = "前言“5件”。\n第二行“6家”和7个";
        let from = text.find('第').unwrap();
        let s = Shielded::new(text, from, text.len());
        let six = text.find('6').unwrap();
        let seven = text.find('7').unwrap();
        assert!(s.contains(six));
        assert!(!s.contains(seven));
        // Before the region: not in it.
        assert!(!s.contains(text.find('5').unwrap()));
    }

    fn shielded(text: &str) -> Vec<&str> {
        let s = Shielded::new(text, 0, text.len());
        s.ranges
            .iter()
            .map(|&(a, b)| &text[a as usize..b as usize])
            .collect()
    }

    #[test]
    fn closed_pairs_innermost_first() {
        assert_eq!(
            shielded("学习《条例》和“三项制度”，[2]不算，（5）算"),
            ["《条例》", "“三项制度”", "[2]"]
        );
        assert_eq!(
            shielded("“《法》”"),
            ["“《法》”"],
            "nested ranges are merged"
        );
        // An unbalanced quote does not swallow the rest; a stray ” opens.
        assert_eq!(shielded("“开展5次"), Vec::<&str>::new());
        assert_eq!(shielded("”三违”行为12起"), ["”三违”"]);
        assert_eq!(shielded("\"a\" 〔2024〕1号"), ["\"a\"", "〔2024〕"]);
    }

    #[test]
    fn ranges_are_merged_and_openers_bounded() {
        // Nested and overlapping ranges become one: “《法》” and a straight pair across it.
        assert_eq!(shielded("\"甲“乙\"丙”"), ["\"甲“乙\"丙”"]);
        let s = Shielded::new("甲“乙”丙", 0, "甲“乙”丙".len());
        assert!(!s.contains(0) && s.contains(3) && s.contains(8) && !s.contains(12));
        // After 40 unclosed 《 a closed pair is still found, but the 「 before them was given up.
        let text = format!("「3件{}“5”」", "《".repeat(40));
        assert_eq!(shielded(&text), ["“5”"]);
        let text = format!("「3件{}“5”」", "《".repeat(20));
        assert_eq!(shielded(&text), [text.as_str()]);
    }
}
