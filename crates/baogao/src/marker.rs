//! Parsers for heading markers (`一、`, `（一）`, `1.`, `(1)`, `①`, `第一章`, `第一条`, bare `一`)
//! and inline enumeration markers (`一是`, `第一，`, `首先`, `一方面`). Full- and half-width forms
//! are both accepted.
//!
//! ```
//! use baogao::marker::heading_marker;
//! use baogao::MarkerStyle;
//! let (rest, m) = heading_marker("（二）依法履行部门职能").unwrap();
//! assert_eq!((rest, m.style, m.ordinal), ("依法履行部门职能", MarkerStyle::ParenChinese, Some(2)));
//! ```

use crate::model::{Marker, MarkerStyle};
use crate::number::{arabic_digit, chinese_integer, chinese_small_unit};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{map, not, opt, peek, recognize, verify};
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

/// The largest ordinal a heading marker may carry (a `2019.` is a year, not item 2019).
const MAX_ORDINAL: i128 = 99;

fn small_ordinal(v: crate::Decimal) -> Option<u32> {
    v.to_i128()
        .filter(|&n| (1..=MAX_ORDINAL).contains(&n))
        .map(|n| n as u32)
}

/// The value of a character of an ordinal run: 一…九, 十 (10), 〇 and 零 (0).
fn ordinal_char(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// The ordinal of the common run shapes 一, 十, 十一, 二十, 二十一, read directly; `None` for
/// any other shape, which [`cn_ordinal`] hands to the general numeral parser. (The general parser
/// costs hundreds of instructions per call and runs on every line that starts with a numeral.)
fn simple_ordinal(run: &[u32]) -> Option<u32> {
    let digit = |v: u32| (1..=9).contains(&v);
    match *run {
        [d] if digit(d) || d == 10 => Some(d),
        [10, d] if digit(d) => Some(10 + d),
        [d, 10] if digit(d) => Some(d * 10),
        [d, 10, e] if digit(d) && digit(e) => Some(d * 10 + e),
        _ => None,
    }
}

/// A Chinese ordinal numeral up to 九十九, made only of 一…九 and 十 (no 两, 百, 万).
fn cn_ordinal(input: &str) -> IResult<&str, u32> {
    let mut run = [0u32; 3];
    let mut n = 0;
    let mut end = 0;
    for c in input.chars() {
        let Some(v) = ordinal_char(c) else { break };
        if n < run.len() {
            run[n] = v;
        }
        n += 1;
        end += c.len_utf8();
    }
    if n == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TakeWhile1,
        )));
    }
    match run.get(..n).and_then(simple_ordinal) {
        Some(v) => Ok((&input[end..], v)),
        None => general_cn_ordinal(input),
    }
}

/// [`cn_ordinal`] through the general numeral parser, for the rare runs that are not one of
/// the simple shapes (`一二`, `〇一`, `十十`, …).
fn general_cn_ordinal(input: &str) -> IResult<&str, u32> {
    let (rest, run) =
        nom::bytes::complete::take_while1(|c| ordinal_char(c).is_some()).parse(input)?;
    let (_, v) = chinese_integer(run)?;
    match small_ordinal(v) {
        Some(n)
            if run
                .chars()
                .filter(|&c| chinese_small_unit(c).is_some())
                .count()
                <= 1 =>
        {
            Ok((rest, n))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// A parse failure at `input` (the kind is informative only: callers test for success).
fn fail<T>(input: &str, kind: nom::error::ErrorKind) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(input, kind)))
}

/// `input` after its first character if that is one of `set`. The marker parsers below are
/// written with this instead of nom combinators: they run at every line and sentence start, and
/// the combinators cost several times more.
fn one_of_chars<'a>(input: &'a str, set: &[char]) -> IResult<&'a str, char> {
    match input.chars().next() {
        Some(c) if set.contains(&c) => Ok((&input[c.len_utf8()..], c)),
        _ => fail(input, nom::error::ErrorKind::OneOf),
    }
}

/// An Arabic ordinal, 1–99, half- or full-width digits.
fn ar_ordinal(input: &str) -> IResult<&str, u32> {
    let mut value = 0u32;
    let mut digits = 0;
    let mut end = 0;
    for c in input.chars() {
        let Some(d) = arabic_digit(c) else { break };
        value = value.saturating_mul(10).saturating_add(d);
        digits += 1;
        end += c.len_utf8();
    }
    if digits == 0 {
        return fail(input, nom::error::ErrorKind::Satisfy);
    }
    if (1..=MAX_ORDINAL as u32).contains(&value) && digits <= 2 {
        Ok((&input[end..], value))
    } else {
        fail(input, nom::error::ErrorKind::Verify)
    }
}

fn open_paren(input: &str) -> IResult<&str, char> {
    one_of_chars(input, &['(', '（'])
}

fn close_paren(input: &str) -> IResult<&str, char> {
    one_of_chars(input, &[')', '）'])
}

/// `input` after an optional `、` `.` `．` (what may follow a parenthesised ordinal).
fn opt_paren_suffix(input: &str) -> &str {
    one_of_chars(input, &['、', '.', '．']).map_or(input, |(rest, _)| rest)
}

/// The value of a financial numeral character (壹…玖, 拾), the form some documents number
/// their parts with (`（壹）`, `贰、`).
fn financial_char(c: char) -> Option<u32> {
    Some(match c {
        '壹' => 1,
        '贰' | '貳' => 2,
        '叁' | '參' => 3,
        '肆' => 4,
        '伍' => 5,
        '陆' | '陸' => 6,
        '柒' => 7,
        '捌' => 8,
        '玖' => 9,
        '拾' => 10,
        _ => return None,
    })
}

/// A financial ordinal (`壹`, `拾贰`, `贰拾`), up to 99, in the simple shapes of [`simple_ordinal`].
fn financial_ordinal(input: &str) -> IResult<&str, u32> {
    let mut run = [0u32; 3];
    let mut n = 0;
    let mut end = 0;
    for c in input.chars() {
        let Some(v) = financial_char(c) else { break };
        if n == run.len() {
            return fail(input, nom::error::ErrorKind::Verify);
        }
        run[n] = v;
        n += 1;
        end += c.len_utf8();
    }
    match run.get(..n).and_then(simple_ordinal) {
        Some(v) if n > 0 => Ok((&input[end..], v)),
        _ => fail(input, nom::error::ErrorKind::Verify),
    }
}

/// An ordinal in Chinese numerals, common (`十二`) or financial (`拾贰`).
fn any_cn_ordinal(input: &str) -> IResult<&str, u32> {
    cn_ordinal(input).or_else(|_| financial_ordinal(input))
}

/// `一、` (also `一，` `一．` `一.`; `壹、`).
// The definition [`numeral_marker`] reads on one pass over the numeral, kept as the reference
// its test compares with.
#[cfg(test)]
fn chinese_comma(input: &str) -> IResult<&str, u32> {
    let (rest, n) = any_cn_ordinal(input)?;
    let (rest, _) = one_of_chars(spaces(rest), &['、', '，', '．', '.'])?;
    Ok((rest, n))
}

/// `input` after any spaces: typed documents put them inside markers (`一 、`, `（ 一 ）`, `1 、`).
fn spaces(input: &str) -> &str {
    crate::text::trim_start_spaces(input)
}

/// `(一)` / `（一）` (`（壹）`), optionally followed by `、` or `.`.
fn paren_chinese(input: &str) -> IResult<&str, u32> {
    let (rest, _) = open_paren(input)?;
    let (rest, n) = any_cn_ordinal(spaces(rest))?;
    let (rest, _) = close_paren(spaces(rest))?;
    Ok((opt_paren_suffix(rest), n))
}

/// `(1)` / `（1）`, optionally followed by `、` or `.`.
fn paren_arabic(input: &str) -> IResult<&str, u32> {
    let (rest, _) = open_paren(input)?;
    let (rest, n) = ar_ordinal(spaces(rest))?;
    let (rest, _) = close_paren(spaces(rest))?;
    Ok((opt_paren_suffix(rest), n))
}

/// `1.` / `1．` not followed by a digit (so `6.24` and `1.1万` are not markers).
// The definition [`digit_marker`] reads on one pass over the number, kept as the reference its
// test compares with.
#[cfg(test)]
fn arabic_dot(input: &str) -> IResult<&str, u32> {
    let (rest, n) = ar_ordinal(input)?;
    let (rest, _) = one_of_chars(rest, &['.', '．'])?;
    if rest.chars().next().and_then(arabic_digit).is_some() {
        return fail(rest, nom::error::ErrorKind::Not);
    }
    Ok((rest, n))
}

/// `1、`.
// The definition [`digit_marker`] reads on one pass over the number, kept as the reference its
// test compares with.
#[cfg(test)]
fn arabic_comma(input: &str) -> IResult<&str, u32> {
    let (rest, n) = ar_ordinal(input)?;
    let (rest, _) = one_of_chars(spaces(rest), &['、'])?;
    Ok((rest, n))
}

/// `一）` / `一)`: a Chinese ordinal closed by a bracket that was never opened (a style of its
/// own, not a `（一）` that lost its opening bracket: the ordinal is there).
// The definition [`numeral_marker`] reads on one pass over the numeral, kept as the reference
// its test compares with.
#[cfg(test)]
fn half_paren_chinese(input: &str) -> IResult<&str, u32> {
    let (rest, n) = any_cn_ordinal(input)?;
    let (rest, _) = close_paren(rest)?;
    Ok((rest, n))
}

/// `1）` / `1)`.
// The definition [`digit_marker`] reads on one pass over the number, kept as the reference its
// test compares with.
#[cfg(test)]
fn half_paren_arabic(input: &str) -> IResult<&str, u32> {
    let (rest, n) = ar_ordinal(input)?;
    let (rest, _) = close_paren(rest)?;
    Ok((rest, n))
}

/// `【一】` / `【1】` (lenticular brackets around an ordinal).
fn lenticular(input: &str) -> IResult<&str, u32> {
    let (rest, _) = one_of_chars(input, &['【'])?;
    let (rest, n) = alt((any_cn_ordinal, ar_ordinal)).parse(rest)?;
    let (rest, _) = one_of_chars(rest, &['】'])?;
    Ok((rest, n))
}

/// The value of a Roman numeral character: the single code points Ⅰ…Ⅻ (and ⅰ…ⅻ) stand for
/// their whole number; ASCII `I` `V` `X` are read as a run.
fn roman_char(c: char) -> Option<u32> {
    match c {
        'Ⅰ'..='Ⅻ' => Some(c as u32 - 'Ⅰ' as u32 + 1),
        'ⅰ'..='ⅻ' => Some(c as u32 - 'ⅰ' as u32 + 1),
        _ => None,
    }
}

/// The value of an ASCII Roman numeral of up to 39 (`I` … `XXXIX`), read strictly (`IIII` and
/// `VX` are not numerals).
fn ascii_roman(run: &str) -> Option<u32> {
    const ONES: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let tens = run.bytes().take_while(|&b| b == b'X').count();
    let ones = &run[tens..];
    let one = ONES.iter().position(|o| *o == ones)? as u32;
    (tens <= 3 && !run.is_empty()).then_some(tens as u32 * 10 + one)
}

/// `Ⅰ.` `Ⅱ、` `Ⅲ` (a Roman numeral code point, then `.` `．` `、` or nothing) or `IV.` `II、`
/// (ASCII letters, then `.` `．` or `、`, which are required: `I` alone is a word).
fn roman(input: &str) -> IResult<&str, u32> {
    let dot = |rest| one_of_chars(rest, &['.', '．', '、']);
    if let Some(n) = input.chars().next().and_then(roman_char) {
        let rest = &input[3..];
        return Ok((dot(rest).map_or(rest, |(r, _)| r), n));
    }
    let len = input
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    let Some(n) = ascii_roman(&input[..len]) else {
        return fail(input, nom::error::ErrorKind::Verify);
    };
    let (rest, _) = dot(&input[len..])?;
    Ok((rest, n))
}

/// A run of consecutive code points that number list items: its first character, how many,
/// the style each reads as, its glyph family and the ordinal of its first character.
struct EnclosedRun(char, u32, MarkerStyle, Family, u32);

/// The single code points that Word and PDF fonts write for a numbered list item: `①`…`⑳` and
/// `㉑`…`㊿`, `⑴`…`⒇` (parenthesised digits, read as `（1）`), `⒈`…`⒛` (digit full stop, as
/// `1.`), `㈠`…`㈩` (parenthesised ideographs, as `（一）`), and the circled families `㊀`…`㊉`
/// (ideographs), `❶`…`❿` `⓫`…`⓴` (negative), `➊`…`➓` (sans-serif negative) and `⓵`…`⓾`
/// (double), read as `①`.
const ENCLOSED: [EnclosedRun; 11] = [
    EnclosedRun('①', 20, MarkerStyle::Circled, Family::Common, 1),
    EnclosedRun('㉑', 15, MarkerStyle::Circled, Family::Common, 21),
    EnclosedRun('㊱', 15, MarkerStyle::Circled, Family::Common, 36),
    EnclosedRun('⑴', 20, MarkerStyle::ParenArabic, Family::ParenDigit, 1),
    EnclosedRun('⒈', 20, MarkerStyle::ArabicDot, Family::StopDigit, 1),
    EnclosedRun(
        '㈠',
        10,
        MarkerStyle::ParenChinese,
        Family::ParenIdeograph,
        1,
    ),
    EnclosedRun('㊀', 10, MarkerStyle::Circled, Family::CircledIdeograph, 1),
    EnclosedRun('❶', 10, MarkerStyle::Circled, Family::NegativeCircled, 1),
    EnclosedRun('⓫', 10, MarkerStyle::Circled, Family::NegativeCircled, 11),
    EnclosedRun(
        '➊',
        10,
        MarkerStyle::Circled,
        Family::SansNegativeCircled,
        1,
    ),
    EnclosedRun('⓵', 10, MarkerStyle::Circled, Family::DoubleCircled, 1),
];

/// The run of [`ENCLOSED`] `c` is in and its ordinal.
fn enclosed_run(c: char) -> Option<(&'static EnclosedRun, u32)> {
    // Every run is between U+2460 and U+32BF: one comparison pair turns away other characters.
    if !('①'..='㊿').contains(&c) {
        return None;
    }
    ENCLOSED.iter().find_map(|r| {
        // (`then`, not `then_some`: the ordinal is added only inside the run; below it `k`
        // wrapped round, and `r.4 + k` would overflow: `❵`, U+2775, just before `❶`.)
        let k = (c as u32).wrapping_sub(r.0 as u32);
        (k < r.1).then(|| (r, r.4 + k))
    })
}

#[cfg(test)]
mod enclosed_run_tests {
    #[test]
    fn a_code_point_just_before_a_run_is_none() {
        // Each run's predecessor (❵ before ❶, ⑳'s successor ⑴ is a run of its own).
        for c in ['❵', '⓪', '\u{2473}', '\u{32b0}', '\u{2487}'] {
            let _ = super::enclosed_run(c);
        }
        assert!(super::enclosed_run('❵').is_none());
        assert!(crate::parse("❵").sections.is_empty());
    }
}

/// The style and ordinal of an enclosed code point (see [`ENCLOSED`]).
fn enclosed_char(c: char) -> Option<(MarkerStyle, u32)> {
    enclosed_run(c).map(|(r, n)| (r.2, n))
}

/// A marker of one enclosed code point (see [`ENCLOSED`]); the bracketed ones may be followed
/// by `、` or `.` as `（1）` may.
fn enclosed(input: &str, first: char) -> IResult<&str, (MarkerStyle, u32)> {
    let Some((style, n)) = enclosed_char(first) else {
        return fail(input, nom::error::ErrorKind::Char);
    };
    let rest = &input[first.len_utf8()..];
    let rest = match style {
        MarkerStyle::ParenArabic | MarkerStyle::ParenChinese => opt_paren_suffix(rest),
        _ => rest,
    };
    Ok((rest, (style, n)))
}

/// The circled number `n` of the family `family` (`②` for 2, `❷`, `㊁`), the character a next
/// item of an inline enumeration written in that family would open with.
pub(crate) fn circled_char(family: Family, n: u32) -> Option<char> {
    ENCLOSED.iter().find_map(|r| {
        let k = n.wrapping_sub(r.4);
        (r.2 == MarkerStyle::Circled && r.3 == family && k < r.1)
            .then(|| char::from_u32(r.0 as u32 + k))
            .flatten()
    })
}

/// The value of a heavenly stem (甲 1 … 癸 10), the ordinals older reports and audit texts
/// number their items with (`甲、` `乙、`, `（甲）`).
fn stem_char(c: char) -> Option<u32> {
    // A search of the ten (a `match` compiled to a table twice the size in the WebAssembly build).
    const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
    STEMS.iter().position(|&s| s == c).map(|i| i as u32 + 1)
}

/// The ordinal of a Latin letter (`A`/`a` 1 … `Z`/`z` 26).
fn letter_value(c: char) -> Option<u32> {
    c.is_ascii_alphabetic()
        .then(|| (c.to_ascii_uppercase() as u32) - ('A' as u32) + 1)
}

/// A letter or heavenly-stem marker: `A.` `A．` `A、` `a)` `A）` (read as `1.`, `1、`, `1）` are),
/// `（A）` `(a)` (as `（1）`), `甲、` `乙．` (as `一、`) and `（甲）` (as `（一）`), then a Chinese
/// title. No letter is read before other letters, digits or CJK (`APP`, `AI赋能`, `PM2.5`, `A级`,
/// `A股`, `5A`), nor before a letter (`A、B两类`) or English (`A. Introduction`); `甲级`, `乙类`,
/// `甲方乙方`, `甲醇`, `丙烯` have no punctuation after the stem, and a stem marker's title opens
/// with no other stem (`甲、乙双方` is a coordination).
fn glyph_sequence_marker(input: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (rest, paren) = match open_paren(input) {
        Ok((r, _)) => (spaces(r), true),
        Err(_) => (input, false),
    };
    let Some(c) = rest.chars().next() else {
        return fail(input, nom::error::ErrorKind::Eof);
    };
    let (n, stem) = match (letter_value(c), stem_char(c)) {
        (Some(n), _) => (n, false),
        (_, Some(n)) => (n, true),
        _ => return fail(input, nom::error::ErrorKind::Char),
    };
    let rest = &rest[c.len_utf8()..];
    let (rest, style) = if paren {
        let (r, _) = close_paren(spaces(rest))?;
        let style = if stem {
            MarkerStyle::ParenChinese
        } else {
            MarkerStyle::ParenArabic
        };
        (opt_paren_suffix(r), style)
    } else if stem {
        let (r, _) = one_of_chars(spaces(rest), &['、', '．', '.'])?;
        (r, MarkerStyle::ChineseComma)
    } else {
        let (r, p) = one_of_chars(rest, &['.', '．', '、', ')', '）'])?;
        let style = match p {
            '.' | '．' => MarkerStyle::ArabicDot,
            '、' => MarkerStyle::ArabicComma,
            _ => MarkerStyle::HalfParenArabic,
        };
        (r, style)
    };
    let title = spaces(rest).chars().next();
    if title.is_some_and(|t| crate::text::is_cjk(t) && !(stem && stem_char(t).is_some())) {
        Ok((rest, (style, n)))
    } else {
        fail(input, nom::error::ErrorKind::Verify)
    }
}

/// The glyph family a marker is written in, beside its style: a document may number one level
/// `（1）` and the next `⑴`, or its parts `壹、` and their sections `一、`, and the outline gives
/// each family a level of its own (see `outline::Tree`). A document written in one family only
/// reads as it would in the common one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Family {
    /// Common digits and numerals (`1.`, `（一）`, `①`, `Ⅰ.`, `第一章`, ...).
    #[default]
    Common,
    /// Financial numerals (`壹、`, `（贰）`).
    Financial,
    /// Heavenly stems (`甲、`, `（乙）`).
    Stem,
    /// Parenthesised digits (`⑴`).
    ParenDigit,
    /// Digits with a full stop (`⒈`).
    StopDigit,
    /// Parenthesised ideographs (`㈠`).
    ParenIdeograph,
    /// Circled ideographs (`㊀`).
    CircledIdeograph,
    /// Negative circled digits (`❶`, `⓫`).
    NegativeCircled,
    /// Sans-serif negative circled digits (`➊`).
    SansNegativeCircled,
    /// Double circled digits (`⓵`).
    DoubleCircled,
    /// Upper-case Latin letters (`A.`, `（B）`).
    Upper,
    /// Lower-case Latin letters (`a)`, `(b)`).
    Lower,
}

/// The number of [`Family`] variants.
pub(crate) const FAMILIES: usize = 12;

impl Family {
    /// Whether a marker of this family is a heading only in a sequence (its first item followed
    /// by a second, later ones continuing the open one): letters and stems, which also open
    /// words and coordinations (`A级`, `甲方`), read only where bare numerals are.
    pub(crate) fn needs_sequence(self) -> bool {
        matches!(self, Family::Upper | Family::Lower | Family::Stem)
    }
}

/// The [`Family`] of a marker of `style` written `raw`: the family of the character that carries
/// its ordinal (after an opening bracket). Roman numerals, decimals, chapters and the unmarked
/// style have one family each.
pub(crate) fn glyph_family(style: MarkerStyle, raw: &str) -> Family {
    use MarkerStyle::*;
    if !matches!(
        style,
        ChineseComma
            | ParenChinese
            | HalfParenChinese
            | ArabicDot
            | ArabicComma
            | ParenArabic
            | HalfParenArabic
            | Circled
            | Lenticular
    ) {
        return Family::Common;
    }
    let mut chars = raw.chars();
    let Some(mut c) = chars.next() else {
        return Family::Common;
    };
    if matches!(c, '(' | '（' | '【') {
        match spaces(chars.as_str()).chars().next() {
            Some(inner) => c = inner,
            None => return Family::Common,
        }
    }
    char_family(c)
}

/// The [`Family`] of the character that carries a marker's ordinal.
fn char_family(c: char) -> Family {
    if c.is_ascii() {
        return match c {
            'A'..='Z' => Family::Upper,
            'a'..='z' => Family::Lower,
            _ => Family::Common,
        };
    }
    // The enclosed forms are below the CJK block, the financial numerals and stems in it.
    if c >= '\u{4e00}' {
        return if financial_char(c).is_some() {
            Family::Financial
        } else if stem_char(c).is_some() {
            Family::Stem
        } else {
            Family::Common
        };
    }
    enclosed_run(c).map_or(Family::Common, |(r, _)| r.3)
}

/// Whether `c` can open a marker of the forms [`enclosed_char`] and [`glyph_sequence_marker`]
/// read (the outline's first-character gate asks this after its own).
pub(crate) fn opens_glyph_marker(c: char) -> bool {
    // Most lines open with a CJK character: only the stems are asked of it.
    if c >= '\u{4e00}' {
        GLYPHS && stem_char(c).is_some()
    } else {
        (GLYPHS && c.is_ascii_alphabetic()) || enclosed_char(c).is_some()
    }
}

/// Whether Latin letters and heavenly stems number headings (`A.`, `（b）`, `甲、`: the feature
/// `glyph-markers`, on by default; only the small WebAssembly build turns it off).
const GLYPHS: bool = cfg!(feature = "glyph-markers");

/// `第一部分`, `第二篇`, `第三编`: the parts a long report is divided into.
fn part(input: &str) -> IResult<&str, u32> {
    let (rest, _) = char('第').parse(input)?;
    let (rest, n) = alt((any_cn_ordinal, ar_ordinal)).parse(rest)?;
    let (rest, _) = alt((tag("部分"), tag("篇"), tag("编"))).parse(rest)?;
    Ok((rest, n))
}

/// A decimal section number (`1.1`, `2.3.1`, `1．2`): two to four numbers of one or two digits
/// joined by `.`, followed by spaces or a CJK character that is not a unit or measure word
/// (`1.5万元`, `2.3倍` and `6.24 楚雄地震`-like dates are numbers, not markers; the last needs
/// the outline's sequence test as well). Gives the last number as the ordinal; the depth is the
/// count of numbers in the raw marker (see [`decimal_depth`]).
fn decimal(input: &str) -> IResult<&str, u32> {
    let mut rest = input;
    let mut parts = 0;
    let last = loop {
        let (r, n) = ar_ordinal(rest)?;
        parts += 1;
        rest = r;
        match one_of_chars(rest, &['.', '．']) {
            Ok((r, _)) if r.chars().next().and_then(arabic_digit).is_some() && parts < 4 => {
                rest = r
            }
            _ => break n,
        }
    };
    if parts < 2 {
        return fail(input, nom::error::ErrorKind::Verify);
    }
    let after = crate::text::trim_start_spaces(rest);
    let mut chars = after.chars();
    let next = chars.next();
    let second = chars.next();
    // A space sets the number apart from a word that opens with a measure word (`2.1 人员结构`,
    // `3.2 项目管理`); a multiplier or 倍 after it still makes a number (`1.5 万元`, `2.3 倍`).
    let spaced = after.len() < rest.len();
    let word_after_space = |c: char| {
        spaced && !"万亿千百十点倍成".contains(c) && second.is_some_and(crate::text::is_cjk)
    };
    let ok = next.is_some_and(|c| {
        crate::text::is_cjk(c)
            && (!BARE_FOLLOWERS_REJECTED.contains(c) || word_after_space(c))
            && !"%％‰".contains(c)
    });
    if ok {
        Ok((rest, last))
    } else {
        fail(input, nom::error::ErrorKind::Verify)
    }
}

/// The depth of a decimal marker: how many numbers it joins (`1.2` is 2, `1.2.3` is 3); 0 for
/// any other marker.
///
/// ```
/// assert_eq!(baogao::marker::decimal_depth("2.3.1"), 3);
/// assert_eq!(baogao::marker::decimal_depth("（一）"), 0);
/// ```
pub fn decimal_depth(raw: &str) -> usize {
    if !raw.starts_with(|c: char| arabic_digit(c).is_some()) || !raw.contains(chars!['.', '．']) {
        return 0;
    }
    let dots = raw
        .trim_end_matches(chars!['.', '．'])
        .matches(chars!['.', '．'])
        .count();
    if dots == 0 {
        0
    } else {
        dots + 1
    }
}

/// `第一章`, `第一节`, `第一条` (the numeral may also be Arabic or any small Chinese integer).
fn numbered(input: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (rest, n) = preceded(
        char('第'),
        alt((
            cn_ordinal,
            ar_ordinal,
            map(
                verify(chinese_integer, |v| small_ordinal(*v).is_some()),
                |v| small_ordinal(v).unwrap_or(1),
            ),
        )),
    )
    .parse(input)?;
    alt((
        map(tag("章"), move |_| (MarkerStyle::Chapter, n)),
        map(tag("节"), move |_| (MarkerStyle::ChapterSection, n)),
        map(terminated(tag("条"), not(item_reference)), move |_| {
            (MarkerStyle::Article, n)
        }),
    ))
    .parse(rest)
}

/// `第（一）项`, `第2款` right after `第二十条`: the article is cited (a template's caption
/// `第二十条第（一）项`, a legal reference), not a heading of the report.
fn item_reference(input: &str) -> IResult<&str, ()> {
    let (rest, _) = char('第').parse(input)?;
    let (rest, _) = opt(open_paren).parse(rest)?;
    let (rest, _) = alt((cn_ordinal, ar_ordinal)).parse(rest)?;
    let (rest, _) = opt(close_paren).parse(rest)?;
    map(alt((tag("项"), tag("款"))), |_| ()).parse(rest)
}

/// A bare Chinese numeral directly followed by a CJK character that is not a measure word or
/// 是 (`一建立…`). Only the outline decides whether it is a heading (by ordinal sequence).
// The definition [`numeral_marker`] reads on one pass over the numeral, kept as the reference
// its test compares with.
#[cfg(test)]
fn bare(input: &str) -> IResult<&str, u32> {
    terminated(
        cn_ordinal,
        peek(satisfy(|c| {
            crate::text::is_cjk(c) && !BARE_FOLLOWERS_REJECTED.contains(c)
        })),
    )
    .parse(input)
}

/// Characters after which a leading numeral is a quantity or enumeration, not a bare marker.
const BARE_FOLLOWERS_REJECTED: &str = "是个项次件名人家年月日天届期批级类种些切方大小中部把把条份位起处元万亿千百十点倍成年度季周轮支块张台套场所座辆艘宗本篇册首户吨米亩斤";

/// A heading marker at the start of `input`, with the rest of the input after it and after any
/// spaces that follow. The `Bare` style is only tried when `allow_bare` is set.
///
/// ```
/// use baogao::marker::heading_marker;
/// assert!(heading_marker("2019年，全年").is_err());
/// assert!(heading_marker("6.24 楚雄地震").is_err());
/// assert!(heading_marker("一是加强").is_err());
/// let (rest, m) = heading_marker("1.贯彻落实").unwrap();
/// assert_eq!((rest, m.raw.as_str()), ("贯彻落实", "1."));
/// ```
pub fn heading_marker(input: &str) -> IResult<&str, Marker> {
    marker_with(input, false)
}

/// Like [`heading_marker`], also accepting a bare numeral (`一建立…`).
///
/// ```
/// let (rest, m) = baogao::marker::heading_marker_or_bare("一建立监管长效机制").unwrap();
/// assert_eq!((rest, m.style), ("建立监管长效机制", baogao::MarkerStyle::Bare));
/// ```
pub fn heading_marker_or_bare(input: &str) -> IResult<&str, Marker> {
    marker_with(input, true)
}

/// The marker styles that can start with `first`, tried in order. Every style starts with a
/// distinct kind of character, so dispatching on it gives what trying all styles in a fixed order
/// gives, without running every parser on every line.
fn styled_marker(input: &str, first: char, allow_bare: bool) -> IResult<&str, (MarkerStyle, u32)> {
    let styled =
        |style: MarkerStyle, p: fn(&str) -> IResult<&str, u32>| map(p, move |n| (style, n));
    match first {
        '(' | '（' => {
            let common = alt((
                styled(MarkerStyle::ParenChinese, paren_chinese),
                styled(MarkerStyle::ParenArabic, paren_arabic),
            ))
            .parse(input);
            match common {
                Err(_) if GLYPHS && allow_bare => glyph_sequence_marker(input),
                _ => common,
            }
        }
        '第' => numbered(input).or_else(|_| styled(MarkerStyle::Part, part).parse(input)),
        '【' => styled(MarkerStyle::Lenticular, lenticular).parse(input),
        'Ⅰ'..='Ⅻ' | 'ⅰ'..='ⅻ' | 'I' | 'V' | 'X' => {
            let roman = roman_marker(input, first);
            match roman {
                Err(_) if GLYPHS && allow_bare && first.is_ascii() => glyph_sequence_marker(input),
                _ => roman,
            }
        }
        _ if ordinal_char(first).is_some() || financial_char(first).is_some() => {
            let m = numeral_marker(input, first, allow_bare);
            if crate::indicator::FINE {
                m.and_then(|(r, (style, n))| {
                    // 一、二季度, 三、四月份, 一、二、三产业: the next numeral right after the mark
                    // names a range or list of ordinals, no heading.
                    if style == MarkerStyle::ChineseComma
                        && cn_ordinal(r).is_ok_and(|(_, m)| m == n + 1)
                    {
                        fail(input, nom::error::ErrorKind::Verify)
                    } else {
                        Ok((r, (style, n)))
                    }
                })
            } else {
                m
            }
        }
        _ if arabic_digit(first).is_some() => {
            let m = digit_marker(input, allow_bare);
            if crate::indicator::FINE {
                digit_marker_fine(input, m)
            } else {
                m
            }
        }
        // The rarer glyphs last: the common styles above are asked about on most lines.
        _ if enclosed_char(first).is_some() => enclosed(input, first),
        _ if GLYPHS
            && allow_bare
            && (first.is_ascii_alphabetic() || stem_char(first).is_some()) =>
        {
            glyph_sequence_marker(input)
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Char,
        ))),
    }
}

/// The full build's reading of a marker that opens with a digit, after [`digit_marker`]'s `m`:
/// `1、2月份` (the next number right after the mark names a range or list of ordinals) is no
/// marker, and `1.2024年重点项目` (a year after the dot: no number is 1.2024年) is one.
fn digit_marker_fine<'a>(
    input: &'a str,
    m: IResult<&'a str, (MarkerStyle, u32)>,
) -> IResult<&'a str, (MarkerStyle, u32)> {
    match m {
        Ok((r, (MarkerStyle::ArabicComma, n)))
            if ar_ordinal(r).is_ok_and(|(r2, m)| {
                m == n + 1 && !r2.starts_with(|c: char| arabic_digit(c).is_some())
            }) =>
        {
            fail(input, nom::error::ErrorKind::Verify)
        }
        Err(e) => {
            let year_after_dot = ar_ordinal(input).ok().and_then(|(r, n)| {
                let r = r.strip_prefix(chars!['.', '．'])?;
                let b = r.as_bytes();
                (b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && r[4..].starts_with('年'))
                    .then_some((r, (MarkerStyle::ArabicDot, n)))
            });
            year_after_dot.ok_or(e)
        }
        m => m,
    }
}

/// A Roman numeral marker (see [`roman`]); ASCII letters open one only before Chinese text
/// (`IV.` in English is not one).
fn roman_marker(input: &str, first: char) -> IResult<&str, (MarkerStyle, u32)> {
    let (rest, n) = roman(input)?;
    let cjk_after = rest
        .trim_start_matches(crate::text::is_space)
        .starts_with(crate::text::is_cjk);
    if first.is_ascii() && !cjk_after {
        return fail(input, nom::error::ErrorKind::Verify);
    }
    Ok((rest, (MarkerStyle::Roman, n)))
}

/// The styles that open with a Chinese numeral (`first`), tried in order on one reading of the
/// numeral: `一、` ([`chinese_comma`]), `一）` ([`half_paren_chinese`]) and, with `allow_bare`
/// and a common numeral, a bare `一建立…` ([`bare`]). Each of those parsers reads the numeral
/// again: a line opening with `一是` read it three times to fail three times.
///
/// ```text
/// numeral_marker("二、推进", '二', false) == Ok(("推进", (ChineseComma, 2)))
/// numeral_marker("一是加强", '一', true) is an error (是 follows: no bare marker)
/// ```
fn numeral_marker(input: &str, first: char, allow_bare: bool) -> IResult<&str, (MarkerStyle, u32)> {
    // (For a first character that is no financial numeral, `any_cn_ordinal` is `cn_ordinal`,
    // the numeral `bare` reads.)
    let (rest, n) = any_cn_ordinal(input)?;
    if let Ok((r, _)) = one_of_chars(spaces(rest), &['、', '，', '．', '.']) {
        return Ok((r, (MarkerStyle::ChineseComma, n)));
    }
    if let Ok((r, _)) = close_paren(rest) {
        return Ok((r, (MarkerStyle::HalfParenChinese, n)));
    }
    let bare_follows = allow_bare
        && financial_char(first).is_none()
        && rest
            .chars()
            .next()
            .is_some_and(|c| crate::text::is_cjk(c) && !BARE_FOLLOWERS_REJECTED.contains(c));
    if bare_follows {
        Ok((rest, (MarkerStyle::Bare, n)))
    } else {
        fail(input, nom::error::ErrorKind::Verify)
    }
}

/// The styles that open with a digit, tried in order on one reading of the number: `1.`
/// ([`arabic_dot`]), `1、` ([`arabic_comma`]), `1）` ([`half_paren_arabic`]) and, with
/// `allow_bare`, a decimal section number `1.1` ([`decimal`], which reads the number itself: a
/// decimal is a marker only where the outline checks its sequence). When the number is no
/// ordinal (`2023年`, `100`) every style fails at once, as each would on reading it.
///
/// ```text
/// digit_marker("3、加强", false) == Ok(("加强", (ArabicComma, 3)))
/// digit_marker("2023年", true) is an error
/// ```
fn digit_marker(input: &str, allow_bare: bool) -> IResult<&str, (MarkerStyle, u32)> {
    let (rest, n) = ar_ordinal(input)?;
    if let Ok((r, _)) = one_of_chars(rest, &['.', '．']) {
        if r.chars().next().and_then(arabic_digit).is_none() {
            return Ok((r, (MarkerStyle::ArabicDot, n)));
        }
    }
    if let Ok((r, _)) = one_of_chars(spaces(rest), &['、']) {
        return Ok((r, (MarkerStyle::ArabicComma, n)));
    }
    if let Ok((r, _)) = close_paren(rest) {
        return Ok((r, (MarkerStyle::HalfParenArabic, n)));
    }
    if allow_bare {
        let (r, n) = decimal(input)?;
        return Ok((r, (MarkerStyle::Decimal, n)));
    }
    fail(input, nom::error::ErrorKind::Verify)
}

fn marker_with(input: &str, allow_bare: bool) -> IResult<&str, Marker> {
    let (after, m) = marker_parts(input, allow_bare)?;
    Ok((
        after,
        Marker {
            raw: m.raw.into(),
            style: m.style,
            ordinal: Some(m.ordinal),
        },
    ))
}

/// A heading marker as read, borrowing its text (the outline reads markers on many lines and
/// keeps few, so it allocates the [`Marker`] only for those it keeps).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkerParts<'a> {
    pub raw: &'a str,
    pub style: MarkerStyle,
    pub ordinal: u32,
}

/// Like [`heading_marker`] (or [`heading_marker_or_bare`] with `allow_bare`), without allocating.
pub(crate) fn marker_parts(input: &str, allow_bare: bool) -> IResult<&str, MarkerParts<'_>> {
    let Some(first) = input.chars().next() else {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Eof,
        )));
    };
    let (rest, (style, ordinal)) = styled_marker(input, first, allow_bare)?;
    let raw = &input[..input.len() - rest.len()];
    let after = crate::text::trim_start_spaces(rest);
    Ok((
        after,
        MarkerParts {
            raw,
            style,
            ordinal,
        },
    ))
}

/// A quick test that [`marker_parts`] without `allow_bare` can succeed on `s`: when `s` opens
/// with a Chinese or financial numeral, the numeral's run must be followed (after spaces) by
/// `、` `，` `．` `.` or a closing bracket, as in every style that opens with one (`二、`, `三）`);
/// any other `s` passes. A mid-line candidate after a sentence end is most often an inline
/// enumeration (`。二是…`), which this turns away without reading the numeral's value.
///
/// The run tested is the longest of numeral characters of either kind: the run a numeral
/// marker reads is a prefix of it, and one that stops short of its end is followed by a numeral
/// character, no punctuation, so the marker fails too.
///
/// ```text
/// numeral_marker_possible("二是加强") == false;  numeral_marker_possible("二、加强") == true
/// numeral_marker_possible("（二）加强") == true (not numeral-led: left to the parsers)
/// ```
pub(crate) fn numeral_marker_possible(s: &str) -> bool {
    let rest = s.trim_start_matches(|c| ordinal_char(c).is_some() || financial_char(c).is_some());
    rest.len() == s.len() || spaces(rest).starts_with(chars!['、', '，', '．', '.', ')', '）'])
}

/// A broken parenthesised marker whose opening part is lost: `)存在的问题` or `）存在的问题`.
///
/// ```
/// let (rest, raw) = baogao::marker::broken_paren_marker(")存在的问题。").unwrap();
/// assert_eq!((rest, raw), ("存在的问题。", ")"));
/// ```
pub fn broken_paren_marker(input: &str) -> IResult<&str, &str> {
    let (rest, raw) = recognize(preceded(opt(cn_ordinal), close_paren)).parse(input)?;
    // `)` must be followed by text, not by more punctuation.
    peek(satisfy(crate::text::is_cjk)).parse(rest)?;
    Ok((rest, raw))
}

/// An inline `一是` … `十一是` marker, returning its ordinal.
///
/// ```
/// let (rest, n) = baogao::marker::shi_marker("十一是抓旅游").unwrap();
/// assert_eq!((rest, n), ("抓旅游", 11));
/// ```
pub fn shi_marker(input: &str) -> IResult<&str, u32> {
    terminated(cn_ordinal, char('是')).parse(input)
}

/// An inline `第一，` marker (the ordinal must be followed by a comma or colon).
///
/// ```
/// let (rest, n) = baogao::marker::ordinal_marker("第二，加强法制教育").unwrap();
/// assert_eq!((rest, n), ("加强法制教育", 2));
/// assert!(baogao::marker::ordinal_marker("第六届").is_err());
/// ```
pub fn ordinal_marker(input: &str) -> IResult<&str, u32> {
    delimited(char('第'), cn_ordinal, one_of("，,：:、")).parse(input)
}

/// An inline sequence word (`首先，` `其次，` `再次，` `最后，`) with its ordinal (最后 is 0: last).
///
/// ```
/// let (rest, n) = baogao::marker::sequence_marker("其次，带好人").unwrap();
/// assert_eq!((rest, n), ("带好人", 2));
/// ```
pub fn sequence_marker(input: &str) -> IResult<&str, u32> {
    terminated(
        alt((
            map(tag("首先"), |_| 1),
            map(tag("其次"), |_| 2),
            map(tag("再次"), |_| 3),
            map(tag("最后"), |_| 0),
        )),
        one_of("，,：:"),
    )
    .parse(input)
}

/// `一方面` / `另一方面` with ordinal 1 / 2.
///
/// ```
/// assert_eq!(baogao::marker::aspect_marker("另一方面，为").unwrap().1, 2);
/// ```
pub fn aspect_marker(input: &str) -> IResult<&str, u32> {
    alt((map(tag("另一方面"), |_| 2), map(tag("一方面"), |_| 1))).parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numeral_pretest_never_turns_away_a_marker() {
        // Pattern: numeral runs of either kind, mixed, spaced, then every kind of follower.
        let heads = [
            "一",
            "二",
            "十一",
            "二十",
            "一二",
            "〇一",
            "十十",
            "零",
            "壹",
            "贰拾",
            "拾贰",
            "一壹",
            "壹一",
            "三 ",
            "四\u{3000}",
            "五五五五",
        ];
        let tails = [
            "、工作",
            "，工作",
            "．工作",
            ".工作",
            ")工作",
            "）工作",
            "是加强",
            "年来",
            "",
            " 、工作",
            "方面",
            "(一)",
            "1.",
            "。",
        ];
        for h in heads {
            for t in tails {
                let s = format!("{h}{t}");
                if !numeral_marker_possible(&s) {
                    assert!(marker_parts(&s, false).is_err(), "{s}");
                }
            }
        }
        assert!(!numeral_marker_possible("二是加强"));
        assert!(numeral_marker_possible("二、加强"));
        assert!(numeral_marker_possible("（二）加强"));
        assert!(numeral_marker_possible("第二章"));
    }

    fn style(s: &str) -> Option<(MarkerStyle, u32, &str)> {
        heading_marker(s)
            .ok()
            .map(|(rest, m)| (m.style, m.ordinal.unwrap_or(0), rest))
    }

    #[test]
    fn every_style() {
        use MarkerStyle::*;
        assert_eq!(style("一、法治"), Some((ChineseComma, 1, "法治")));
        assert_eq!(style("三、 把握"), Some((ChineseComma, 3, "把握")));
        assert_eq!(style("(一)加强"), Some((ParenChinese, 1, "加强")));
        assert_eq!(style("（二十一）强化"), Some((ParenChinese, 21, "强化")));
        assert_eq!(style("1.贯彻"), Some((ArabicDot, 1, "贯彻")));
        assert_eq!(style("1．贯彻"), Some((ArabicDot, 1, "贯彻")));
        assert_eq!(style("2、推进"), Some((ArabicComma, 2, "推进")));
        assert_eq!(style("(3)开展"), Some((ParenArabic, 3, "开展")));
        assert_eq!(style("（１）开展"), Some((ParenArabic, 1, "开展")));
        assert_eq!(style("②加强"), Some((Circled, 2, "加强")));
        assert_eq!(style("第一章 总则"), Some((Chapter, 1, "总则")));
        assert_eq!(style("第十二条 本办法"), Some((Article, 12, "本办法")));
        assert_eq!(style("第二节 管理"), Some((ChapterSection, 2, "管理")));
    }

    /// Spaces typed inside a marker (`一 、`, `（ 一 ）`, `1 、`) leave it a marker.
    #[test]
    fn spaces_inside_markers() {
        use MarkerStyle::*;
        assert_eq!(style("一 、主要工作"), Some((ChineseComma, 1, "主要工作")));
        assert_eq!(
            style("（一 ）强化领导"),
            Some((ParenChinese, 1, "强化领导"))
        );
        assert_eq!(style("( 2 )加强督导"), Some((ParenArabic, 2, "加强督导")));
        assert_eq!(style("3　、项目建设"), Some((ArabicComma, 3, "项目建设")));
        assert!(heading_marker("一 是加强").is_err());
        assert!(heading_marker("2 0 1 9年").is_err());
    }

    /// The rarer styles: parts, half brackets, lenticular brackets, Roman and financial numerals.
    #[test]
    fn rarer_styles() {
        use MarkerStyle::*;
        assert_eq!(style("第一部分 工作回顾"), Some((Part, 1, "工作回顾")));
        assert_eq!(style("第三篇　展望"), Some((Part, 3, "展望")));
        assert_eq!(style("第2编 附则"), Some((Part, 2, "附则")));
        assert_eq!(
            style("一）落实责任"),
            Some((HalfParenChinese, 1, "落实责任"))
        );
        assert_eq!(
            style("十二)强化考核"),
            Some((HalfParenChinese, 12, "强化考核"))
        );
        assert_eq!(style("3）完善台账"), Some((HalfParenArabic, 3, "完善台账")));
        assert_eq!(
            style("１) 完善台账"),
            Some((HalfParenArabic, 1, "完善台账"))
        );
        assert_eq!(style("【二】主要做法"), Some((Lenticular, 2, "主要做法")));
        assert_eq!(style("【3】主要做法"), Some((Lenticular, 3, "主要做法")));
        assert_eq!(style("Ⅳ. 下步打算"), Some((Roman, 4, "下步打算")));
        assert_eq!(style("Ⅱ、问题"), Some((Roman, 2, "问题")));
        assert_eq!(style("XIV. 附录"), Some((Roman, 14, "附录")));
        assert_eq!(style("（贰）主要做法"), Some((ParenChinese, 2, "主要做法")));
        assert_eq!(style("拾壹、其他"), Some((ChineseComma, 11, "其他")));
        for s in [
            "IV. Results",
            "IIII. 错误",
            "I am",
            "【打印本页】",
            "第一次会议",
            "壹万元",
            "第一，部分",
        ] {
            assert!(
                heading_marker(s)
                    .map_or(true, |(_, m)| !matches!(m.style, Part | Roman | Lenticular)),
                "{s}"
            );
        }
    }

    /// The enclosed code points fonts and Word write read as the styles they look like (`⑴` as
    /// `（1）`, `⒈` as `1.`, `㈠` as `（一）`, the circled families as `①`), in every context.
    #[test]
    fn enclosed_code_points() {
        use MarkerStyle::*;
        assert_eq!(style("⑴加强领导"), Some((ParenArabic, 1, "加强领导")));
        assert_eq!(style("⒇其他"), Some((ParenArabic, 20, "其他")));
        assert_eq!(style("⑵、完善制度"), Some((ParenArabic, 2, "完善制度")));
        assert_eq!(style("⒈编制规划"), Some((ArabicDot, 1, "编制规划")));
        assert_eq!(style("⒛ 附则"), Some((ArabicDot, 20, "附则")));
        assert_eq!(style("㈠组织建设"), Some((ParenChinese, 1, "组织建设")));
        assert_eq!(style("㈩其他"), Some((ParenChinese, 10, "其他")));
        assert_eq!(style("㊂队伍建设"), Some((Circled, 3, "队伍建设")));
        assert_eq!(style("❶人员配备"), Some((Circled, 1, "人员配备")));
        assert_eq!(style("⓫其他"), Some((Circled, 11, "其他")));
        assert_eq!(style("➓其他"), Some((Circled, 10, "其他")));
        assert_eq!(style("⓵第一项"), Some((Circled, 1, "第一项")));
        assert_eq!(style("㉑第二十一项"), Some((Circled, 21, "第二十一项")));
        assert_eq!(style("㊿第五十项"), Some((Circled, 50, "第五十项")));
        // Each circled family's numbers are the ones `circled_char` gives back.
        for family in [
            Family::Common,
            Family::CircledIdeograph,
            Family::NegativeCircled,
            Family::SansNegativeCircled,
            Family::DoubleCircled,
        ] {
            for n in 1..=50 {
                if let Some(c) = circled_char(family, n) {
                    assert_eq!(enclosed_char(c).map_or(n, |(_, k)| k), n, "{c}");
                    let raw = c.to_string();
                    assert_eq!(glyph_family(Circled, &raw), family, "{c}");
                    assert_eq!(style(&format!("{c}加强")), Some((Circled, n, "加强")));
                }
            }
        }
    }

    /// Latin letters (`A.` `A、` `（A）` `(a)` `a)`) read as the Arabic styles they are written like,
    /// only where bare numerals are read (the outline asks for a sequence), and only before a
    /// Chinese title.
    #[test]
    #[cfg(feature = "glyph-markers")]
    fn latin_letters() {
        use MarkerStyle::*;
        let bare = |s| {
            heading_marker_or_bare(s)
                .ok()
                .map(|(rest, m)| (m.style, m.ordinal.unwrap_or(0), rest))
        };
        assert_eq!(bare("A.大气污染防治"), Some((ArabicDot, 1, "大气污染防治")));
        assert_eq!(bare("B．水污染防治"), Some((ArabicDot, 2, "水污染防治")));
        assert_eq!(bare("c、土壤"), Some((ArabicComma, 3, "土壤")));
        assert_eq!(bare("（D）噪声"), Some((ParenArabic, 4, "噪声")));
        assert_eq!(bare("(e) 固废"), Some((ParenArabic, 5, "固废")));
        assert_eq!(bare("f)辐射"), Some((HalfParenArabic, 6, "辐射")));
        assert_eq!(bare("Z）其他"), Some((HalfParenArabic, 26, "其他")));
        // A title may open with a stem character (`甲醇`) after a letter.
        assert_eq!(bare("B.甲醇储运"), Some((ArabicDot, 2, "甲醇储运")));
        // `I` `V` `X` with a dot are Roman numerals as before; with a bracket, letters.
        assert_eq!(bare("IV.下步打算"), Some((Roman, 4, "下步打算")));
        assert_eq!(bare("I)加强"), Some((HalfParenArabic, 9, "加强")));
        assert!(heading_marker("A.大气污染防治").is_err());
        assert!(heading_marker("（A）噪声").is_err());
        for s in [
            "A级旅游景区",
            "AAA级景区",
            "A股上市",
            "B超检查",
            "A类项目",
            "PM2.5浓度",
            "APP注册用户",
            "AI赋能",
            "A、B两类",
            "A. Introduction",
            "a.m.",
            "5A级景区",
            "(A)",
            "A.",
            "(AB)加强",
        ] {
            assert_eq!(
                bare(s).map(|(st, _, _)| st).filter(|&st| st != Roman),
                None,
                "{s}"
            );
        }
        assert_eq!(glyph_family(ArabicDot, "A."), Family::Upper);
        assert_eq!(glyph_family(ParenArabic, "(a)"), Family::Lower);
        assert_eq!(glyph_family(Roman, "IV."), Family::Common);
    }

    /// Heavenly stems (`甲、` `（乙）`) read as `一、` and `（一）` are, only where bare numerals are,
    /// and never in words (`甲级`, `乙类`, `甲方乙方`, `甲醇`, `丙烯`) or coordinations (`甲、乙双方`).
    #[test]
    #[cfg(feature = "glyph-markers")]
    fn heavenly_stems() {
        use MarkerStyle::*;
        let bare = |s| {
            heading_marker_or_bare(s)
                .ok()
                .map(|(rest, m)| (m.style, m.ordinal.unwrap_or(0), rest))
        };
        assert_eq!(bare("甲、预算执行"), Some((ChineseComma, 1, "预算执行")));
        assert_eq!(bare("乙．资产管理"), Some((ChineseComma, 2, "资产管理")));
        assert_eq!(bare("癸、其他"), Some((ChineseComma, 10, "其他")));
        assert_eq!(bare("（丙）政府采购"), Some((ParenChinese, 3, "政府采购")));
        assert_eq!(bare("(丁)、往来款项"), Some((ParenChinese, 4, "往来款项")));
        assert!(heading_marker("甲、预算执行").is_err());
        for s in [
            "甲级资质",
            "乙类仓库",
            "甲方乙方",
            "甲醇储罐",
            "丙烯装置",
            "甲、乙双方",
            "甲、",
            "（甲）",
        ] {
            assert_eq!(bare(s), None, "{s}");
        }
        assert_eq!(glyph_family(ChineseComma, "甲、"), Family::Stem);
        assert_eq!(glyph_family(ParenChinese, "（乙）"), Family::Stem);
    }

    /// The family of a marker is that of the character carrying its ordinal.
    #[test]
    fn glyph_families() {
        use MarkerStyle::*;
        assert_eq!(glyph_family(ParenArabic, "（1）"), Family::Common);
        assert_eq!(glyph_family(ParenArabic, "⑴"), Family::ParenDigit);
        assert_eq!(glyph_family(ArabicDot, "⒈"), Family::StopDigit);
        assert_eq!(glyph_family(ParenChinese, "㈠"), Family::ParenIdeograph);
        assert_eq!(glyph_family(ChineseComma, "壹、"), Family::Financial);
        assert_eq!(glyph_family(ParenChinese, "（ 贰 ）"), Family::Financial);
        assert_eq!(glyph_family(Lenticular, "【壹】"), Family::Financial);
        assert_eq!(glyph_family(ChineseComma, "一、"), Family::Common);
        assert_eq!(glyph_family(Chapter, "第壹章"), Family::Common);
        assert_eq!(glyph_family(Unmarked, ""), Family::Common);
    }

    /// Decimal section numbers are read only where bare markers are (the outline checks their
    /// sequence), and never when a unit or a percent follows the number.
    #[test]
    fn decimal_section_numbers() {
        let dec = |s| {
            heading_marker_or_bare(s)
                .ok()
                .filter(|(_, m)| m.style == MarkerStyle::Decimal)
                .map(|(rest, m)| (m.raw, m.ordinal.unwrap_or(0), rest))
        };
        assert_eq!(dec("1.2 制度建设"), Some(("1.2".into(), 2, "制度建设")));
        assert_eq!(dec("2.3.1 内部管理"), Some(("2.3.1".into(), 1, "内部管理")));
        assert_eq!(dec("3．1　总体要求"), Some(("3．1".into(), 1, "总体要求")));
        assert!(heading_marker("1.2 制度建设").is_err());
        for s in [
            "1.5万元",
            "2.3 倍",
            "6.5%",
            "3.2 亿元",
            "1.2.3.4.5 过长",
            "2019.12 年底",
            "1.2",
        ] {
            assert_eq!(dec(s), None, "{s}");
        }
        assert_eq!(decimal_depth("1.2"), 2);
        assert_eq!(decimal_depth("1."), 0);
    }

    #[test]
    fn numbers_that_are_not_markers() {
        for s in [
            "2019年，全年",
            "6.24 楚雄地震",
            "1+46",
            "12·4 国家宪法日",
            "一是加强",
            "2019.",
            "100.整改",
            "第六届",
        ] {
            assert!(heading_marker(s).is_err(), "{s}");
        }
    }

    /// The marker parsers as first written with nom combinators, the reference for the
    /// hand-written ones.
    mod reference {
        use super::super::{arabic_digit, cn_ordinal, MAX_ORDINAL};
        use nom::character::complete::{char, one_of, satisfy};
        use nom::combinator::{not, opt, peek, recognize};
        use nom::sequence::{delimited, preceded, terminated};
        use nom::{IResult, Parser};

        pub fn ar_ordinal(input: &str) -> IResult<&str, u32> {
            let (rest, run) = recognize(nom::multi::many1(satisfy(|c| arabic_digit(c).is_some())))
                .parse(input)?;
            let v: u32 = run.chars().fold(0u32, |a, c| {
                a.saturating_mul(10)
                    .saturating_add(arabic_digit(c).unwrap_or(0))
            });
            if (1..=MAX_ORDINAL as u32).contains(&v) && run.chars().count() <= 2 {
                Ok((rest, v))
            } else {
                Err(nom::Err::Error(nom::error::Error::new(
                    input,
                    nom::error::ErrorKind::Verify,
                )))
            }
        }

        fn sp(input: &str) -> IResult<&str, &str> {
            nom::bytes::complete::take_while(crate::text::is_space).parse(input)
        }

        pub fn chinese_comma(input: &str) -> IResult<&str, u32> {
            terminated(cn_ordinal, preceded(sp, one_of("、，．."))).parse(input)
        }

        pub fn paren_chinese(input: &str) -> IResult<&str, u32> {
            terminated(
                delimited(
                    terminated(one_of("(（"), sp),
                    cn_ordinal,
                    preceded(sp, one_of(")）")),
                ),
                opt(one_of("、.．")),
            )
            .parse(input)
        }

        pub fn paren_arabic(input: &str) -> IResult<&str, u32> {
            terminated(
                delimited(
                    terminated(one_of("(（"), sp),
                    ar_ordinal,
                    preceded(sp, one_of(")）")),
                ),
                opt(one_of("、.．")),
            )
            .parse(input)
        }

        pub fn arabic_dot(input: &str) -> IResult<&str, u32> {
            terminated(
                ar_ordinal,
                terminated(
                    one_of(".．"),
                    not(peek(satisfy(|c| arabic_digit(c).is_some()))),
                ),
            )
            .parse(input)
        }

        pub fn arabic_comma(input: &str) -> IResult<&str, u32> {
            terminated(ar_ordinal, preceded(sp, char('、'))).parse(input)
        }
    }

    /// The hand-written marker parsers agree with the nom reference on every string of up to
    /// four pieces (brackets, numerals, digits of both widths, punctuation, other text).
    #[test]
    fn marker_parsers_agree_with_the_reference() {
        let pieces = [
            "(", "（", ")", "）", "一", "十", "二", "1", "2", "0", "０", "９", "、", "，", ".",
            "．", "x", "加强", " ",
        ];
        let mut all = vec![String::new()];
        let mut last = all.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|r| pieces.iter().map(move |p| format!("{r}{p}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        type P = fn(&str) -> IResult<&str, u32>;
        let pairs: [(P, P); 6] = [
            (ar_ordinal, reference::ar_ordinal),
            (chinese_comma, reference::chinese_comma),
            (paren_chinese, reference::paren_chinese),
            (paren_arabic, reference::paren_arabic),
            (arabic_dot, reference::arabic_dot),
            (arabic_comma, reference::arabic_comma),
        ];
        for s in &all {
            for (i, (new, old)) in pairs.iter().enumerate() {
                assert_eq!(new(s).ok(), old(s).ok(), "parser {i} on {s:?}");
            }
        }
    }

    /// The simple shapes read by `cn_ordinal` directly agree with the general numeral parser on
    /// every run of up to four ordinal characters (and what follows is left alone).
    #[test]
    fn simple_ordinals_agree_with_the_general_parser() {
        let alphabet: Vec<char> = "〇零一二三四五六七八九十".chars().collect();
        let mut runs = vec![String::new()];
        let mut last = runs.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|r| alphabet.iter().map(move |c| format!("{r}{c}")))
                .collect();
            runs.extend(last.iter().cloned());
        }
        for run in &runs {
            for tail in ["", "、加强", "是", "章"] {
                let s = format!("{run}{tail}");
                assert_eq!(cn_ordinal(&s).ok(), general_cn_ordinal(&s).ok(), "{s}");
            }
        }
    }

    /// `numeral_marker` agrees with the three parsers it stands for, tried in turn as they were
    /// (`alt` of the comma and half-bracket styles, then the bare numeral), on every string of
    /// up to four pieces, with and without bare markers.
    #[test]
    fn numeral_marker_agrees_with_the_styles_tried_in_turn() {
        fn in_turn(
            input: &str,
            first: char,
            allow_bare: bool,
        ) -> Option<(&str, (MarkerStyle, u32))> {
            let styled =
                |style: MarkerStyle, p: fn(&str) -> IResult<&str, u32>| map(p, move |n| (style, n));
            let comma = alt((
                styled(MarkerStyle::ChineseComma, chinese_comma),
                styled(MarkerStyle::HalfParenChinese, half_paren_chinese),
            ))
            .parse(input);
            match comma {
                Err(_) if allow_bare && financial_char(first).is_none() => {
                    styled(MarkerStyle::Bare, bare).parse(input).ok()
                }
                _ => comma.ok(),
            }
        }
        let pieces = [
            "一", "十", "二", "〇", "壹", "拾", "贰", "、", "，", ".", "．", ")", "）", " ", "是",
            "个", "加强", "x", "1",
        ];
        let mut all = vec![String::new()];
        let mut last = all.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|r| pieces.iter().map(move |p| format!("{r}{p}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        let mut found = 0;
        for s in &all {
            let Some(first) = s.chars().next() else {
                continue;
            };
            if ordinal_char(first).is_none() && financial_char(first).is_none() {
                continue;
            }
            for allow_bare in [false, true] {
                let got = numeral_marker(s, first, allow_bare).ok();
                found += usize::from(got.is_some());
                assert_eq!(got, in_turn(s, first, allow_bare), "{s:?} {allow_bare}");
            }
        }
        assert!(found > 1000, "{found} markers read");
    }

    /// `digit_marker` agrees with the four parsers it stands for, tried in turn as they were,
    /// on every string of up to four pieces, with and without decimal section numbers.
    #[test]
    fn digit_marker_agrees_with_the_styles_tried_in_turn() {
        fn in_turn(input: &str, allow_bare: bool) -> Option<(&str, (MarkerStyle, u32))> {
            let styled =
                |style: MarkerStyle, p: fn(&str) -> IResult<&str, u32>| map(p, move |n| (style, n));
            let marked = alt((
                styled(MarkerStyle::ArabicDot, arabic_dot),
                styled(MarkerStyle::ArabicComma, arabic_comma),
                styled(MarkerStyle::HalfParenArabic, half_paren_arabic),
            ))
            .parse(input);
            match marked {
                Err(_) if allow_bare => styled(MarkerStyle::Decimal, decimal).parse(input).ok(),
                _ => marked.ok(),
            }
        }
        let pieces = [
            "1", "2", "0", "９", "１", ".", "．", "、", ")", "）", " ", "年", "万", "加强", "%",
            "x",
        ];
        let mut all = vec![String::new()];
        let mut last = all.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|r| pieces.iter().map(move |p| format!("{r}{p}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        let mut found = 0;
        for s in &all {
            if !s.starts_with(|c: char| arabic_digit(c).is_some()) {
                continue;
            }
            for allow_bare in [false, true] {
                let got = digit_marker(s, allow_bare).ok();
                found += usize::from(got.is_some());
                assert_eq!(got, in_turn(s, allow_bare), "{s:?} {allow_bare}");
            }
        }
        assert!(found > 1000, "{found} markers read");
    }

    #[test]
    fn bare_only_before_verbs() {
        assert_eq!(
            heading_marker_or_bare("二推进执法").map(|(r, m)| (r, m.style)),
            Ok(("推进执法", MarkerStyle::Bare))
        );
        for s in ["一个地区", "两次", "三年行动", "一是", "十大重点", "一切"] {
            assert!(
                heading_marker_or_bare(s)
                    .map(|(_, m)| m.style != MarkerStyle::Bare)
                    .unwrap_or(true),
                "{s}"
            );
        }
    }
}
