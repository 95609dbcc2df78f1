//! Character classes and small text helpers shared by the parsers.

/// Whether `c` is horizontal white space, including the full-width and typographic spaces
/// (U+3000, U+2002 …) that web exports use for indentation.
///
/// ```
/// assert!(baogao::text::is_space('\u{2002}'));
/// assert!(!baogao::text::is_space('\n'));
/// ```
pub fn is_space(c: char) -> bool {
    // Every space but U+FEFF is at or below U+3000, and CJK text is above it: one comparison
    // rejects a Chinese character (trims and look-backs ask this of most characters they see).
    if c > '\u{3000}' {
        return c == '\u{feff}';
    }
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{3000}' | '\u{2000}'..='\u{200b}' | '\u{202f}' | '\u{205f}'
    )
}

/// Trims horizontal white space (see [`is_space`]) and line breaks (see [`is_line_break`])
/// from both ends.
///
/// ```
/// assert_eq!(baogao::text::trim("\u{3000} 情况报告 \r\n"), "情况报告");
/// assert_eq!(baogao::text::trim("情况报告\u{2028}"), "情况报告");
/// ```
pub fn trim(s: &str) -> &str {
    if plain_ends(s) {
        return s;
    }
    s.trim_matches(|c: char| is_space(c) || is_line_break(c))
}

/// Whether `s` starts and ends with a visible ASCII character or a character from U+3000 to
/// U+FFFF other than U+3000 and U+FEFF (lead byte E3–EF: CJK, its punctuation such as 。 and the
/// fullwidth forms such as ，, no other space or line break among them): most strings trimmed do,
/// and are returned as they are by [`trim`] and the other trims of spaces and line breaks,
/// without decoding their ends.
///
/// ```text
/// plain_ends("，增长") == true;  plain_ends("增长 ") == false;  plain_ends("\u{3000}增长") == false
/// ```
pub(crate) fn plain_ends(s: &str) -> bool {
    let b = s.as_bytes();
    let plain_three = |x: u8, y: u8, z: u8| {
        (0xe3..=0xef).contains(&x)
            && !(x == 0xe3 && y == 0x80 && z == 0x80)
            && !(x == 0xef && y == 0xbb && z == 0xbf)
    };
    let plain_first = match *b {
        [x, ..] if (0x21..0x80).contains(&x) => true,
        [x, y, z, ..] => plain_three(x, y, z),
        _ => false,
    };
    let plain_last = match *b {
        [.., x] if (0x21..0x80).contains(&x) => true,
        [.., x, y, z] => plain_three(x, y, z),
        _ => false,
    };
    plain_first && plain_last
}

/// `s` without the horizontal white space (see [`is_space`]) it starts with. A string that
/// starts with a visible ASCII character or a character from U+4000 to U+EFFF (lead byte E4–EE,
/// no space among them: see [`trim`]) is returned at once, without decoding its first character:
/// the marker parsers and the outline ask this at every line and sentence start, where text
/// mostly begins with an ideograph.
///
/// ```text
/// trim_start_spaces("\u{3000}\u{3000}一、概况") == "一、概况";  trim_start_spaces("概况") == "概况"
/// ```
#[inline]
pub(crate) fn trim_start_spaces(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&x) if (0x21..0x80).contains(&x) || is_plain_lead(x) => s,
        _ => s.trim_start_matches(is_space),
    }
}

/// Whether `c` breaks a line: `\n`, `\r` (alone, as in old Mac files, or in `\r\n`, which
/// counts as one break), NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029),
/// the breaks of Unicode's line boundary rules (UAX #14, mandatory breaks) other than the
/// vertical tab and form feed, which are kept as (control) text.
///
/// ```
/// let r = baogao::parse("一、概况\r全年立案3件。\u{2028}二、问题\u{85}整改5项。");
/// assert_eq!(r.headings().len(), 2);
/// assert!(baogao::text::is_line_break('\u{2029}') && !baogao::text::is_line_break(' '));
/// ```
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The marks that open an item of a list set out as bullets (`●经济增长6%左右`).
pub(crate) const BULLETS: [char; 14] = [
    '●', '○', '◆', '◇', '■', '□', '▲', '△', '★', '☆', '►', '▶', '•', '※',
];

/// Whether `c` is a decoration set before a subtitle or an item in a web or WeChat article: a
/// pictograph (`📌`, `🔹`, `✅`, `☀`: the emoji, dingbat and miscellaneous-symbol blocks), a
/// geometric shape or an arrow (`▶`, `■`, `◆`, `➤`, `→`). Such a mark is layout, like the bold of
/// a subtitle: never part of its words.
pub(crate) fn is_decoration(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x21FF | 0x25A0..=0x25FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F300..=0x1FAFF)
}

/// How a raised run of one to three digits (HTML's `<sup>`, Word's superscript) reads in text:
/// after a Latin letter, a unit's exponent (`km` + raised `2` → `km²`, `m` + raised `3` → `m³`);
/// elsewhere a note mark, in brackets (`进出口额` + raised `3` + `86.4亿元` → `进出口额[3]86.4亿元`:
/// glued on, the mark would become part of the figure). `None` for any other raised text
/// (`[4]`, `注`), read as it is. `before` is the text before it on its line.
#[cfg(any(feature = "html", feature = "docx"))]
pub(crate) fn superscript_mark(inner: &str, before: &str) -> Option<String> {
    let digits = inner.trim();
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if before.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return match digits {
            "2" => Some("²".into()),
            "3" => Some("³".into()),
            _ => None,
        };
    }
    Some(joined(&["[", digits, "]"]))
}

/// Sentence-ending punctuation that closes a heading title.
pub(crate) fn is_title_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// Clause punctuation (a comma or stop of either width).
pub(crate) fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '、' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?'
    )
}

/// `s.contains(c)` for a character of any width, by a vectorised search for its last byte.
/// (`str::contains` with a non-ASCII `char` builds a substring searcher per call, which costs
/// more than the search on the short strings labels are.)
///
/// ```text
/// contains_char("“放管服”改革", '”') == true;  contains_char("改革", '”') == false
/// ```
pub(crate) fn contains_char(s: &str, c: char) -> bool {
    find_char(s, 0, c).is_some()
}

/// Whether `c` is a CJK ideograph.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// Whether `c` is a digit in figures: ASCII `0`–`9` or full-width `０`–`９` (text typed in a
/// full-width input mode, common in Word files and older web pages: `２０２３年`).
///
/// ```text
/// is_digit('7') == true;  is_digit('７') == true;  is_digit('七') == false
/// ```
#[inline]
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The digits (see [`is_digit`]) that open `s`: their length in bytes and their number.
///
/// ```text
/// leading_digits("2023年") == (4, 4);  leading_digits("２０２３年") == (12, 4);  leading_digits("年") == (0, 0)
/// ```
pub(crate) fn leading_digits(s: &str) -> (usize, usize) {
    let mut len = 0;
    let mut n = 0;
    for c in s.chars().take_while(|&c| is_digit(c)) {
        len += c.len_utf8();
        n += 1;
    }
    (len, n)
}

/// The digits (see [`is_digit`]) that end `s`: their length in bytes and their number.
///
/// ```text
/// trailing_digits("比2021") == (4, 4);  trailing_digits("比２０２１") == (12, 4)
/// ```
pub(crate) fn trailing_digits(s: &str) -> (usize, usize) {
    let mut len = 0;
    let mut n = 0;
    for c in s.chars().rev().take_while(|&c| is_digit(c)) {
        len += c.len_utf8();
        n += 1;
    }
    (len, n)
}

/// Whether `c` is a Chinese numeral digit as a year is written out, digit by digit
/// (`二〇二三年`, `一九九八年`: never with 十, 百 or 千).
fn is_numeral_digit(c: char) -> bool {
    matches!(
        c,
        '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The byte length of the year that ends `s`: four digits in figures (see [`is_digit`]) or four
/// Chinese numeral digits (`二〇二〇`), not a longer run of either.
fn year_len_at_end(s: &str) -> Option<usize> {
    let (len, n) = trailing_digits(s);
    if n == 4 {
        return Some(len);
    }
    if n > 0 {
        return None;
    }
    let mut len = 0;
    for c in s.chars().rev().take(5).take_while(|&c| is_numeral_digit(c)) {
        len += c.len_utf8();
    }
    (len == 12).then_some(len)
}

/// `s` without the year that ends it and the spaces PDF text puts after one (four digits, see
/// [`is_digit`], or four Chinese numeral digits), or `None` when no year ends `s`.
///
/// ```text
/// strip_year_suffix("比2021") == Some("比");  strip_year_suffix("是 2005 ") == Some("是 ");
/// strip_year_suffix("较２０１３") == Some("较");  strip_year_suffix("比二〇二〇") == Some("比");
/// strip_year_suffix("共12345") == None
/// ```
pub(crate) fn strip_year_suffix(s: &str) -> Option<&str> {
    let t = s.trim_end_matches(' ');
    year_len_at_end(t).map(|len| &t[..t.len() - len])
}

/// `s` after the year that opens it and the spaces PDF text puts after one (four digits, see
/// [`is_digit`], or four Chinese numeral digits), or `None` when no year opens `s`.
///
/// ```text
/// strip_year_prefix("2021年") == Some("年");  strip_year_prefix("2021 年") == Some("年");
/// strip_year_prefix("２０２１年") == Some("年");  strip_year_prefix("二〇二一年") == Some("年");
/// strip_year_prefix("12年") == None
/// ```
pub(crate) fn strip_year_prefix(s: &str) -> Option<&str> {
    let (mut len, n) = leading_digits(s);
    if n == 0 {
        len = 0;
        for c in s.chars().take(5).take_while(|&c| is_numeral_digit(c)) {
            len += c.len_utf8();
        }
        if len != 12 {
            return None;
        }
    } else if n != 4 {
        return None;
    }
    Some(s[len..].trim_start_matches(' '))
}

/// Whether `b` is the lead byte of a character from U+4000 to U+EFFF (E4–EE: CJK ideographs,
/// Yi, Hangul, private use), none of which is a space, a line break, a quote, a bracket or
/// punctuation: a label that starts and ends with one has nothing to trim at its ends.
#[inline]
fn is_plain_lead(b: u8) -> bool {
    (0xe4..0xef).contains(&b)
}

/// Whether the first character of `s` is plain (see [`is_plain_lead`]), read from its first byte.
///
/// ```text
/// starts_plain("报告") == true;  starts_plain("“报告") == false;  starts_plain("") == false
/// ```
#[inline]
pub(crate) fn starts_plain(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|&b| is_plain_lead(b))
}

/// Whether the last character of `s` is plain (see [`is_plain_lead`]): a lead byte three bytes
/// from the end starts a character that ends with `s`, so no other byte needs a look.
///
/// ```text
/// ends_plain("报告") == true;  ends_plain("报告）") == false;  ends_plain("报a") == false
/// ```
#[inline]
pub(crate) fn ends_plain(s: &str) -> bool {
    matches!(s.as_bytes(), [.., x, _, _] if is_plain_lead(*x))
}

/// `s.rfind(c)`: the last occurrence of `c`, found by a vectorised search for its last UTF-8
/// byte (`memrchr`) and a comparison of the bytes before it, without the per-character decoding
/// of `str::rfind` (labels ask this for 等, 的, 每 …).
///
/// ```text
/// rfind_char("甲等乙等丙", '等') == Some(9);  rfind_char("甲乙", '等') == None
/// ```
#[inline]
pub(crate) fn rfind_char(s: &str, c: char) -> Option<usize> {
    let mut buf = [0; 4];
    let w = c.encode_utf8(&mut buf).as_bytes();
    let (&last, lead) = w.split_last()?;
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr(last, &b[..end]) {
        if i >= lead.len() && b[i - lead.len()..i] == *lead {
            return Some(i - lead.len());
        }
        end = i;
    }
    None
}

/// Number of characters in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Whether `s` holds NUL or another C0 control character other than tab and line breaks.
///
/// Checks fixed 64-byte chunks without stopping early inside a chunk, so the compiler can turn
/// the inner loops into vector operations (a byte-by-byte `any` costs about 9 instructions a
/// byte): first the smallest byte of the chunk, and only when it is below 0x20 (a chunk with a
/// line break) each byte.
///
/// ```
/// assert!(baogao::text::has_control_chars("a\u{1}b"));
/// assert!(!baogao::text::has_control_chars("情况\r\n\t报告"));
/// ```
pub fn has_control_chars(s: &str) -> bool {
    fn is_control(b: u8) -> bool {
        b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t'
    }
    let chunks = s.as_bytes().chunks_exact(64);
    let tail = chunks.remainder();
    chunks.into_iter().any(|c| {
        c.iter().fold(u8::MAX, |m, &b| m.min(b)) < 0x20
            && c.iter().fold(false, |found, &b| found | is_control(b))
    }) || tail.iter().any(|&b| is_control(b))
}

/// The pieces joined into one string of exact capacity: `joined(&["a", "b"]) == "ab"`. What
/// `[..].concat()` does, without the standard library's generic join (about 1.2 KB of WebAssembly
/// for the few diagnostics that build their message from pieces).
pub(crate) fn joined(pieces: &[&str]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        out.push_str(p);
    }
    out
}

/// What one pass over the bytes below 0x20 of a text finds (see [`low_bytes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LowBytes {
    /// [`has_control_chars`].
    pub control: bool,
    /// Whether the text holds a tab.
    pub tabs: bool,
    /// Whether the text holds a `\r`.
    pub cr: bool,
    /// How many `\n` the text holds.
    pub lf: usize,
    /// Whether the text holds two ASCII spaces in a row, or a space next to a tab (a sign that
    /// it may hold a table aligned with spaces, see `aligned.rs`).
    pub space_runs: bool,
}

/// [`has_control_chars`] of `s`, whether `s` holds a tab or a `\r`, how many `\n` it holds, and
/// whether it holds a run of spaces (two, or one next to a tab), in one pass: all are at or
/// below 0x20, so only the chunks of 64 bytes whose smallest byte is (one chunk in five of
/// Chinese prose, most for its line feeds) are looked into, and for a run of spaces only those
/// that hold a space. Chunks are tested in pairs first (one reduction for 128 bytes: 1.03M ->
/// 0.89M on the corpus x20). The outline's line index takes its count of lines from here instead of a
/// search of its own.
///
/// ```text
/// low_bytes("情况\t报告\n") == LowBytes { control: false, tabs: true, cr: false, lf: 1, space_runs: false }
/// ```
pub(crate) fn low_bytes(s: &str) -> LowBytes {
    fn is_control(b: u8) -> bool {
        b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t'
    }
    /// A space after a space or a tab, or a tab after a space.
    fn run(a: u8, b: u8) -> bool {
        (b == b' ') & ((a == b' ') | (a == b'\t')) | (a == b' ') & (b == b'\t')
    }
    /// Whether `c`, after the byte `before`, holds a run (a chunk with a space: rare), looked
    /// for around each space.
    #[inline(never)]
    fn space_run(c: &[u8], before: u8) -> bool {
        let at = |i: usize| if i == 0 { before } else { c[i - 1] };
        c.first().is_some_and(|&b| run(before, b))
            || memchr::memchr_iter(b' ', c)
                .any(|i| run(at(i), b' ') || c.get(i + 1).is_some_and(|&b| run(b' ', b)))
    }
    // `before`: the last byte of the chunk before (a run may straddle two chunks). Inlined, so
    // that the chunks' copy knows their length of 64 and is vectorised whole.
    #[inline(always)]
    fn add(found: &mut LowBytes, c: &[u8], before: u8) {
        found.control |= c.iter().fold(false, |f, &b| f | is_control(b));
        found.tabs |= c.iter().fold(false, |f, &b| f | (b == b'\t'));
        found.cr |= c.iter().fold(false, |f, &b| f | (b == b'\r'));
        // At most 64 in a chunk: a `u8` count is exact.
        found.lf += usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n')));
        let space = c.iter().fold(false, |f, &b| f | (b == b' '));
        if (space || before == b' ') && !found.space_runs {
            found.space_runs = space_run(c, before);
        }
    }
    let mut found = LowBytes {
        control: false,
        tabs: false,
        cr: false,
        lf: 0,
        space_runs: false,
    };
    // Whether a chunk holds a byte at or below the space.
    #[inline(always)]
    fn low(c: &[u8]) -> bool {
        c.iter().fold(u8::MAX, |m, &b| m.min(b)) <= b' '
    }
    let mut before = 0;
    // Two chunks tested as one first: most pairs hold no low byte either, and the test's
    // reduction of the vector to one byte is paid once for the two. (Not in the WebAssembly
    // module, built without vector compares: there the pairs would only add code.)
    #[cfg(not(target_arch = "wasm32"))]
    let rest = {
        let mut pairs = s.as_bytes().chunks_exact(128);
        for pair in &mut pairs {
            if low(pair) {
                let (a, b) = pair.split_at(64);
                if low(a) {
                    add(&mut found, a, before);
                }
                if low(b) {
                    add(&mut found, b, a[63]);
                }
            }
            before = pair[127];
        }
        pairs.remainder()
    };
    #[cfg(target_arch = "wasm32")]
    let rest = s.as_bytes();
    let mut chunks = rest.chunks_exact(64);
    for c in &mut chunks {
        if low(c) {
            add(&mut found, c, before);
        }
        before = c[63];
    }
    add(&mut found, chunks.remainder(), before);
    found
}

/// The largest char boundary of `text` at or before `i` (`i` at most `text.len()`).
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i`, `text.len()` at most.
pub(crate) fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The first character of `s` that closes a heading title (see [`is_title_end`]): its byte
/// offset and length.
///
/// The title ends are `;` `!` `?` and 。 (E3 80 82) and the full-width ；！？ (EF BC 9B / 81 /
/// 9F). So the text is read in blocks of 16 positions, a block tested as a whole for an ASCII
/// end or for the two bytes that follow the lead byte of a wide one (a test the compiler turns
/// into vector compares), and only a block that may hold an end is looked at byte by byte. The
/// two bytes after the lead tell 。 (E3 80 82) from 、 (E3 80 81) and ； (EF BC 9B) from ，(EF BC
/// 8C): a test of the lead bytes E3 and EF alone sent most blocks of Chinese text to the byte
/// by byte reading. (Stepping a character at a time cost about 8 instructions a character:
/// heading titles run up to their first `。`, and a heading line without one is read to its end.)
///
/// ```text
/// find_title_end("加强领导。全年…") == Some((12, 3));  find_title_end("总体情况") == None
/// ```
pub(crate) fn find_title_end(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    // The title end at `i`, if one starts there; 。 is E3 80 82, ；！？ are EF BC 9B / 81 / 9F.
    let at = |i: usize| {
        let hit = match (b[i], b.get(i + 1..i + 3)) {
            (b';' | b'!' | b'?', _) => Some((i, 1)),
            (0xE3, Some([0x80, 0x82])) | (0xEF, Some([0xBC, 0x9B | 0x81 | 0x9F])) => Some((i, 3)),
            _ => None,
        };
        debug_assert!(hit.is_none() || s[i..].chars().next().is_some_and(is_title_end));
        hit
    };
    // Without vector compares (the WebAssembly module is built without SIMD) the blocks'
    // test costs as much as reading each byte, and adds code: the bytes are read one by one.
    #[cfg(target_arch = "wasm32")]
    let i = 0;
    #[cfg(not(target_arch = "wasm32"))]
    let i = {
        // Whether an end may start at a position whose byte is `x`, followed by `y` and `z`: true
        // wherever `at` finds one. Compares or-ed without branching (`matches!` compiles to a bit
        // test, which is not turned into vector compares).
        let maybe = |x: u8, y: u8, z: u8| {
            (x == b';')
                | (x == b'!')
                | (x == b'?')
                | ((y == 0x80) & (z == 0x82))
                | ((y == 0xBC) & ((z == 0x9B) | (z == 0x81) | (z == 0x9F)))
        };
        // Blocks of 16 positions with the two bytes after the last one (the last positions, with
        // fewer than two bytes after them, are read one by one).
        let mut i = 0;
        while i + 18 <= b.len() {
            let block = &b[i..i + 18];
            let (x, y, z) = (&block[..16], &block[1..17], &block[2..18]);
            let any = x
                .iter()
                .zip(y)
                .zip(z)
                .fold(false, |found, ((&x, &y), &z)| found | maybe(x, y, z));
            if any {
                if let Some(hit) = (i..i + 16).find_map(at) {
                    return Some(hit);
                }
            }
            i += 16;
        }
        i
    };
    (i..b.len()).find_map(at)
}

/// The number of line breaks in `s` (see [`is_line_break`]; `\r\n` counts once), on bytes.
pub(crate) fn count_line_breaks(s: &str) -> usize {
    let b = s.as_bytes();
    (0..b.len())
        .filter(|&i| match b[i] {
            b'\r' => true,
            b'\n' => i == 0 || b[i - 1] != b'\r',
            0xc2 => b.get(i + 1) == Some(&0x85),
            0xe2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)),
            _ => false,
        })
        .count()
}

/// `s` cut after each line break (see [`is_line_break`]; `\r\n` stays one): every piece but
/// the last ends with its break.
pub(crate) fn split_lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut =
            rest.char_indices()
                .find(|&(_, c)| is_line_break(c))
                .map_or(rest.len(), |(i, c)| {
                    let end = i + c.len_utf8();
                    if c == '\r' && rest[end..].starts_with('\n') {
                        end + 1
                    } else {
                        end
                    }
                });
        let (piece, tail) = rest.split_at(cut);
        rest = tail;
        Some(piece)
    })
}

#[cfg(test)]
mod trim_start_tests {
    #[test]
    fn the_fast_path_agrees_with_trimming_every_space() {
        for s in [
            "",
            " 一",
            "\t1.",
            "\u{3000}\u{3000}（一）",
            "\u{a0}x",
            "\u{2003}甲",
            "\u{202f}乙",
            "\u{205f}丙",
            "\u{feff}丁",
            "\u{200b}戊",
            "一、",
            "(1)",
            "①",
            "～",
            "\u{fffd}",
            "é",
            "😀",
            "\n甲",
            "\u{2028}乙",
            "ｘ",
            "\u{3001}",
        ] {
            assert_eq!(
                super::trim_start_spaces(s),
                s.trim_start_matches(super::is_space),
                "{s:?}"
            );
        }
    }
}

#[cfg(test)]
mod control_tests {
    #[test]
    fn low_bytes_agree_with_a_search_per_fact() {
        // A control byte, a tab or a break at every phase of the 128-byte pairs of chunks, of
        // the 64-byte chunks after them and in the tail.
        for phase in 0..280 {
            for odd in [
                "\t", "\u{1}", "\n", "\r", "\r\n", "\u{1f}", "\u{7f}", "报", " ", "  ", " \t",
                "\t ", "\t\t", "a b",
            ] {
                let mut t = "推进依法行政".repeat(phase / 18);
                t.push_str(&"a".repeat(phase % 18));
                t.push_str(odd);
                t.push_str(&"\n甲".repeat(phase % 5));
                let want = super::LowBytes {
                    control: super::has_control_chars(&t),
                    tabs: t.contains('\t'),
                    cr: t.contains('\r'),
                    lf: t.matches('\n').count(),
                    space_runs: ["  ", " \t", "\t "].iter().any(|r| t.contains(r)),
                };
                assert_eq!(super::low_bytes(&t), want, "{t:?}");
            }
        }
    }
}

#[cfg(test)]
mod trim_tests {
    fn slow(s: &str) -> &str {
        s.trim_matches(|c: char| super::is_space(c) || super::is_line_break(c))
    }

    #[test]
    fn the_fast_path_agrees_with_trimming_every_character() {
        for s in [
            "",
            " ",
            "情况报告",
            "\u{3000}情况报告",
            "情况报告\r\n",
            "a报告b",
            "报告 ",
            " 报告",
            "报告\u{feff}",
            "\u{2028}报告",
            "报告\u{85}",
            "ab",
            "a",
            "报",
            "é报告",
            "报告é",
            "😀",
            "报告😀",
            "\t报\t",
            "\u{a0}报",
            "报\u{202f}",
            "〇报告〇",
            "（报告）",
            "报告。",
            "。报告；",
            "\u{3000}",
            "报告\u{3000}",
            "\u{3000}\u{3000}报告。",
            "\u{feff}报告，",
            "，\u{feff}",
            "\u{3001}\u{ff5c}\u{ffff}",
            "\u{2fff}报告\u{3000}",
            "报\u{2003}",
        ] {
            assert_eq!(super::trim(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn plain_ends_are_never_spaces_or_line_breaks() {
        // Every character at either end: where `plain_ends` says plain, no trim of spaces and
        // line breaks (`trim`'s, and the indicator pass's of spaces, `\n` and `\r`) changes the
        // string.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for s in [format!("{c}报告"), format!("报告{c}"), c.to_string()] {
                if super::plain_ends(&s) {
                    assert_eq!(slow(&s), s, "{c:?}");
                    let wrap = |c: char| super::is_space(c) || c == '\n' || c == '\r';
                    assert_eq!(s.trim_matches(wrap), s, "{c:?}");
                }
            }
        }
    }
}

#[cfg(test)]
mod title_end_tests {
    /// The definition: the first character that [`super::is_title_end`] accepts.
    fn reference(s: &str) -> Option<(usize, usize)> {
        s.char_indices()
            .find(|&(_, c)| super::is_title_end(c))
            .map(|(i, c)| (i, c.len_utf8()))
    }

    #[test]
    fn stepping_on_lead_bytes_finds_the_first_title_end() {
        for s in [
            "加强组织领导。全年开展培训3次",
            "一是完善制度；二是强化考核",
            "Ａ类事项！其余？",
            "标题;正文",
            "无标点的标题",
            "é字符、“引号”，（括号）：冒号？",
            "😀表情符号!后文",
            "",
        ] {
            assert_eq!(super::find_title_end(s), reference(s), "{s}");
        }
        // Every position relative to the 16-byte blocks, a 。 or ；split across two blocks, and
        // look-alikes (、 E3 80 81, ， EF BC 8C, 丂 E4 B8 82) before the real end.
        for pad in 0..40 {
            for end in ["。", "；", "!", "？", ";", ""] {
                // (䀂 E4 80 82 and 缛 E7 BC 9B end as 。 and ； do.)
                for filler in ["a", "、", "，", "丂", "é", "😀", "\u{4002}", "缛"] {
                    let s = format!("{}{end}后文。", filler.repeat(pad));
                    assert_eq!(super::find_title_end(&s), reference(&s), "{s}");
                    let s = format!("{}{end}", filler.repeat(pad));
                    assert_eq!(super::find_title_end(&s), reference(&s), "{s}");
                }
            }
        }
    }
}

#[cfg(test)]
mod line_break_tests {
    #[test]
    fn counts_and_splits_every_convention() {
        let s = "甲\r\n乙\r丙\u{2028}丁\u{85}戊\n\n己";
        assert_eq!(super::count_line_breaks(s), 6);
        let pieces: Vec<&str> = super::split_lines_inclusive(s).collect();
        assert_eq!(
            pieces,
            [
                "甲\r\n",
                "乙\r",
                "丙\u{2028}",
                "丁\u{85}",
                "戊\n",
                "\n",
                "己"
            ]
        );
        assert_eq!(super::count_line_breaks("\r\n\n\r"), 3);
    }
}

/// `s[from..].find(c)` as an offset in `s`: like [`rfind_char`], forwards (`memchr` on the last
/// byte of `c`).
///
/// ```text
/// find_char("甲等乙等丙", 0, '等') == Some(3);  find_char("甲等乙等丙", 4, '等') == Some(9)
/// ```
#[inline(always)]
pub(crate) fn find_char(s: &str, from: usize, c: char) -> Option<usize> {
    let mut buf = [0; 4];
    let w = c.encode_utf8(&mut buf).as_bytes();
    let (&last, lead) = w.split_last()?;
    let b = s.as_bytes();
    let mut at = from + lead.len();
    while let Some(i) = b.get(at..).and_then(|rest| memchr::memchr(last, rest)) {
        let i = at + i;
        if b[i - lead.len()..i] == *lead {
            return Some(i - lead.len());
        }
        at = i + 1;
    }
    None
}

#[cfg(test)]
mod byte_helper_tests {
    use super::{ends_plain, find_char, rfind_char, starts_plain};

    #[test]
    fn plain_ends_are_cjk_ideographs_only() {
        for s in [
            "",
            "报",
            "报告",
            "a",
            "“报告”",
            "报告）",
            "（报告",
            " 报告",
            "报告 ",
            "报é",
            "é报",
            "报😀",
            "😀报",
            "\u{3000}报",
            "报\u{feff}",
            "、报",
            "报。",
            "ab报",
            "报ab",
        ] {
            let first = s.chars().next();
            let last = s.chars().next_back();
            let plain = |c: char| ('\u{4000}'..='\u{efff}').contains(&c);
            assert_eq!(starts_plain(s), first.is_some_and(plain), "{s:?}");
            assert_eq!(ends_plain(s), last.is_some_and(plain), "{s:?}");
        }
    }

    #[test]
    fn rfind_char_is_str_rfind() {
        for s in [
            "",
            "等",
            "甲等乙等丙",
            "的的",
            "节约",
            "各类信息等内容的目录",
            "a等b",
            "😀等😀",
            "三三",
            "三等三",
            "每人每年",
        ] {
            for c in ['等', '的', '每', '共', 'a', 'é', '😀', '\u{89}'] {
                assert_eq!(rfind_char(s, c), s.rfind(c), "{s:?} {c:?}");
                for (from, _) in s.char_indices() {
                    let expected = s[from..].find(c).map(|i| from + i);
                    assert_eq!(find_char(s, from, c), expected, "{s:?} {from} {c:?}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_either_width() {
        assert_eq!(leading_digits("2023年"), (4, 4));
        assert_eq!(leading_digits("２０２３年"), (12, 4));
        assert_eq!(leading_digits("２0２3"), (8, 4));
        assert_eq!(leading_digits("年"), (0, 0));
        assert_eq!(trailing_digits("比２０２１"), (12, 4));
        assert_eq!(trailing_digits("第5"), (1, 1));
        assert!(is_digit('９') && !is_digit('九') && !is_digit('．'));
    }

    #[test]
    fn a_year_is_four_digits_maybe_spaced() {
        assert_eq!(strip_year_suffix("比2021"), Some("比"));
        assert_eq!(strip_year_suffix("是 2005 "), Some("是 "));
        assert_eq!(strip_year_suffix("较２０１３"), Some("较"));
        assert_eq!(strip_year_suffix("共12345"), None);
        assert_eq!(strip_year_suffix("共123"), None);
        assert_eq!(strip_year_prefix("2021 年底"), Some("年底"));
        assert_eq!(strip_year_prefix("２０２１年"), Some("年"));
        assert_eq!(strip_year_prefix("12年"), None);
        assert_eq!(strip_year_suffix("比二〇二〇"), Some("比"));
        assert_eq!(strip_year_suffix("由一九九八"), Some("由"));
        assert_eq!(strip_year_suffix("第一二三四五"), None);
        assert_eq!(strip_year_suffix("十二五"), None);
        assert_eq!(strip_year_prefix("二〇三五年"), Some("年"));
        assert_eq!(strip_year_prefix("二〇三五五年"), None);
    }
}
