//! The quantity grammar: `[approx] number [range] [余/多] [multiplier] [余/多] [unit [/per]] [以上/左右]`,
//! plus `百分之X`, `X分之Y`, `一半`, and vague magnitudes (`数千万元`, `几十家`, `上百人`).
//!
//! ```
//! use baogao::indicator::quantity::{quantity, Quantity};
//! let q = quantity("3万余名一线从业人员").unwrap();
//! assert_eq!((q.len, q.value.to_string().as_str(), q.multiplier.map(|m| m.0), q.unit), (10, "3", Some("万"), Some("名")));
//! ```

use super::unit::{multiplier, per, unit, unit_across_wrap};
use crate::decimal::Decimal;
use crate::model::{Approx, ApproxPosition};
use crate::number::{arabic_numeral, chinese_fraction, chinese_numeral, is_chinese_numeral_char};
use crate::text::is_space;

/// A multiplier word as written and its power of ten (`万`, 4).
pub type Multiplier<'a> = (&'a str, u32);

/// A quantity read at the start of a string.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quantity<'a> {
    /// Bytes consumed.
    pub len: usize,
    /// The number as written (low end of a range).
    pub value: Decimal,
    /// High end of a range as written (`3-5个` → 5).
    pub high: Option<Decimal>,
    /// Multiplier word and its power of ten.
    pub multiplier: Option<Multiplier<'a>>,
    /// The unit or measure word (with a `/per` part for rates).
    pub unit: Option<&'a str>,
    /// Whether the unit has a `/per` part.
    pub rate: bool,
    /// Approximation word inside or after.
    pub approx: Option<Approx>,
    /// Written with Chinese numerals.
    pub chinese: bool,
    /// A vague magnitude (数千, 几十, 上百): `value`..`high` are its bounds.
    pub vague: bool,
    /// A percentage written in words (百分之五十).
    pub percent_words: bool,
    /// A fraction written in words (三分之一, 一半).
    pub fraction: bool,
    /// Written with a decimal point.
    pub decimal: bool,
    /// A ratio of parts (`6.2∶35.1∶58.7`): `value` is the first part; the parts are read again
    /// from the text with [`ratio_parts`].
    pub ratio: bool,
    /// The multiplier and unit were read from a later member of a list of numbers that share
    /// them (`14和25平方米`: 14 is 14平方米); they lie after `len`.
    pub shared_unit: bool,
    /// A bare number that a dimensionless measure names (`综合指数4.463`, `收入比为2.21`): set by
    /// the scanner from the words before it, not by the grammar.
    pub dimensionless: bool,
}

impl Quantity<'_> {
    /// Whether the figure is the numeral one alone (`一项`, `1个`), which may be an article or a
    /// rate's "per one": not a figure of the multiplier's scale (`1万元`, `一亿元`, `上万人`).
    pub fn is_one(&self) -> bool {
        self.value == Decimal::from(1) && self.multiplier.is_none() && !self.vague
    }
}

fn skip_spaces(s: &str) -> &str {
    // Every character of `is_space` starts with one of these bytes (tested below): most quantities
    // have no space after their number, and this spares the char-by-char trim.
    if !matches!(
        s.as_bytes().first(),
        Some(b' ' | b'\t' | 0xc2 | 0xe2 | 0xe3 | 0xef | b'&')
    ) {
        return s;
    }
    let mut s = s.trim_start_matches(|c: char| is_space(c) && c != '\n');
    // A web page's non-breaking space copied as its markup (`3.6&nbsp;亿立方米`): a space.
    while let Some(r) = s.strip_prefix("&nbsp;") {
        s = r.trim_start_matches(|c: char| is_space(c) && c != '\n');
    }
    s
}

/// A line break inside a quantity, as PDF text wraps lines (`3.9` / `万亿元`): skipped when a
/// multiplier or unit follows on the next line, kept otherwise.
fn skip_wrap(s: &str) -> &str {
    let Some(mut next) = s.strip_prefix("\r\n").or_else(|| s.strip_prefix('\n')) else {
        return s;
    };
    // A PDF page marker line between the two halves (`3.9` / `— 4 —` / `万亿元`).
    if super::FINE {
        // (with the blank lines around it: see `page_gap_end`)
        let k = s.len() - next.len() - 1;
        if let Some(end) = super::page_gap_end(s, k) {
            next = &s[end..];
        }
        next = next.trim_start_matches('\u{c}');
    } else if let Some(k) = next.bytes().take(24).position(|b| b == b'\n') {
        if super::is_page_break(&s[..s.len() - next.len() + k + 1]) {
            next = &next[k + 1..];
        }
    }
    let next = skip_spaces(next);
    // `430` / `多起`: an approximation word may come first on the next line.
    let after_approx = approx_inside(next).map_or(next, |(r, _)| r);
    if multiplier(after_approx).is_ok() || unit(after_approx).is_ok() {
        next
    } else {
        s
    }
}

/// What follows a line break that opens `s` (`\n` or `\r\n`), if one does.
fn line_wrapped(s: &str) -> Option<&str> {
    if !cfg!(feature = "hard-wraps") {
        return None;
    }
    s.strip_prefix('\n').or_else(|| s.strip_prefix("\r\n"))
}

/// A decimal that PDF text wrapped after its point (`是上年的1.` / `88倍`): the number `s` reads as
/// far as `rest` (`1`), then the point ends the line and the next opens with the fraction's digits.
/// Read whole (1.88), as a unit wrapped onto the next line is (see `skip_wrap`). Not when the next
/// line opens with a date (`…1.` / `2024年`: a sentence's end, then a new one).
fn decimal_across_wrap<'a>(s: &'a str, rest: &'a str) -> Option<(&'a str, Decimal)> {
    // (Most numbers end before no point: one byte tells, `．` being EF BC 8E.)
    if !cfg!(feature = "hard-wraps") || !matches!(rest.as_bytes(), [b'.' | 0xef, ..]) {
        return None;
    }
    let after = line_wrapped(rest.strip_prefix(chars!['.', '．'])?)?;
    let whole = &s[..s.len() - rest.len()];
    let n = after.bytes().take_while(u8::is_ascii_digit).count();
    let next = after[n..].chars().next();
    if n == 0
        || has_decimal_point(whole.as_bytes())
        || matches!(next, Some('年' | '月' | '日' | '号' | '时' | '.' | '．'))
    {
        return None;
    }
    let joined = format!("{whole}.{}", &after[..n]);
    match arabic_numeral(&joined) {
        Ok(("", v)) => Some((&after[n..], v)),
        _ => None,
    }
}

/// A whole number that PDF text wrapped inside its digits (`受理投诉事项12` / `86件`, `资金35` /
/// `40万元`): the number `s` reads as far as `rest` (`12`), the line ends there and the next
/// opens with more digits and then a multiplier or a unit. Read whole (1286), as a decimal
/// wrapped after its point is (see [`decimal_across_wrap`]). Not when the next line's digits are
/// a date's or a marker's (`2024年`, `3.`), and not without a unit after them (two figures of a
/// list, each on its line). (With `FINE`.)
fn integer_across_wrap<'a>(s: &'a str, rest: &'a str) -> Option<(&'a str, Decimal)> {
    if !super::FINE || !matches!(rest.as_bytes(), [b'\n' | b'\r', ..]) {
        return None;
    }
    let after = line_wrapped(rest)?;
    let whole = &s[..s.len() - rest.len()];
    let n = after.bytes().take_while(u8::is_ascii_digit).count();
    let next = &after[n..];
    // (`数读2025` / `860亿元`: a year ending a line is no number's first digits.)
    let year = whole.len() == 4 && (whole.starts_with("19") || whole.starts_with("20"));
    if n == 0
        || year
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || next.starts_with(chars!['年', '月', '日', '号', '时', '、'])
        || !(multiplier(next).is_ok() || unit(next).is_ok() || next.starts_with(chars!['.', '．']))
    {
        return None;
    }
    // (and a decimal part after the wrap: `12` / `6.5万元`)
    let tail = decimal_tail(next);
    let joined = format!("{whole}{}{tail}", &after[..n]);
    match arabic_numeral(&joined) {
        Ok(("", v)) => Some((&next[tail.len()..], v)),
        _ => None,
    }
}

/// A number whose thousands a full-width comma separates (`1，286元`, `12，345.6万元`: a
/// typist's or OCR's comma, where `1,286` is read as it is): one to three digits, then groups
/// of a full-width comma and three digits, then a multiplier or a unit — a comma between two
/// figures of a clause list is followed by no such group and unit. (With `FINE`.)
fn wide_comma_groups<'a>(s: &'a str, rest: &'a str) -> Option<(&'a str, Decimal)> {
    if !super::FINE || !rest.starts_with('，') {
        return None;
    }
    let whole = &s[..s.len() - rest.len()];
    if !(1..=3).contains(&whole.len()) || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = whole.to_string();
    let mut r = rest;
    // (At most six groups, to 10^21: a longer run of them is read in bounded steps.)
    for _ in 0..6 {
        let Some(g) = r.strip_prefix('，') else {
            break;
        };
        let n = g.bytes().take_while(u8::is_ascii_digit).count();
        if n != 3 {
            break;
        }
        digits.push_str(&g[..3]);
        r = &g[3..];
    }
    if r.len() == rest.len() {
        return None;
    }
    let tail = decimal_tail(r);
    digits.push_str(tail);
    let r = &r[tail.len()..];
    if !(multiplier(r).is_ok() || unit(r).is_ok()) {
        return None;
    }
    match arabic_numeral(&digits) {
        Ok(("", v)) => Some((r, v)),
        _ => None,
    }
}

/// The decimal part that opens `s` (`.5万元` → `.5`), or the empty string.
fn decimal_tail(s: &str) -> &str {
    match s.strip_prefix('.') {
        Some(r) => {
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            if n > 0 {
                &s[..1 + n]
            } else {
                ""
            }
        }
        None => "",
    }
}

/// `s.strip_prefix(w)`, with the first bytes compared first: the word lists tried after every
/// number (range separators, 余/多, 以上 …) mostly fail on their first byte, which spares a
/// `memcmp` call per word.
///
/// ```text
/// strip_word("至5个", "至") == Some("5个");  strip_word("个", "至") == None
/// ```
#[inline]
fn strip_word<'s>(s: &'s str, w: &str) -> Option<&'s str> {
    if s.as_bytes().first() != w.as_bytes().first() {
        return None;
    }
    s.strip_prefix(w)
}

fn approx_inside(s: &str) -> Option<(&str, &str)> {
    for w in ["余", "多"] {
        if let Some(r) = strip_word(s, w) {
            return Some((r, w));
        }
    }
    None
}

const AFTER: &[&str] = &["以上", "以下", "以内", "左右", "上下", "开外"];

/// The first characters of the words of [`AFTER`] (a test keeps them in step).
const AFTER_FIRSTS: [char; 4] = ['以', '左', '上', '开'];

/// `strip_word` for a word of two characters that PDF text or a typist may split with a space
/// or a line wrap (`9%以 上`, `9%以` / `上`).
fn strip_spaced_word<'s>(s: &'s str, w: &str) -> Option<&'s str> {
    if s.as_bytes().first() != w.as_bytes().first() {
        return None;
    }
    if let Some(r) = strip_word(s, w) {
        return Some(r);
    }
    let second = w.char_indices().nth(1)?.0;
    let r = strip_word(s, &w[..second])?;
    let r = line_wrapped(r).unwrap_or(r);
    let r = r.trim_start_matches(|c: char| is_space(c));
    (r.len() < s.len() - second).then_some(())?;
    strip_word(r, &w[second..])
}

/// The joints of a list of numbers that share one unit: `14和25平方米`, `3、5、7个`, `1.2至…`
/// is a range and read before.
const LIST_JOINTS: [char; 5] = ['、', '和', '与', '及', '或'];

/// Whether `c` is one of the [`LIST_JOINTS`] (the scanner's ordinal lists and the labels of a
/// list's members ask this too).
pub(crate) fn is_list_joint(c: char) -> bool {
    LIST_JOINTS.contains(&c)
}

/// The most members a list of numbers sharing one unit is followed through (`3、5、7个` has two
/// after the first); a bound, so that a run of bare numbers is not rescanned from each.
const SHARED_UNIT_REACH: usize = 8;

/// The multiplier and unit that a bare Arabic number shares with a later member of its list
/// (`14和25平方米` → 平方米; `1.5、2.3万元` → 万, 元; dates such as `3和4月` are the caller's to reject): the list's members are bare Arabic numbers
/// joined by [`LIST_JOINTS`], the last with its unit. A member with anything else after it (a
/// word, a percent, a range) ends the search with nothing.
fn shared_unit(mut rest: &str) -> Option<(Option<(&str, u32)>, &str)> {
    // (PDF text spaces a number from the words around it: `26.2 和 17.5 个百分点`.)
    for _ in 0..SHARED_UNIT_REACH {
        let r = rest.trim_start_matches(' ').strip_prefix(LIST_JOINTS)?;
        let r = r.trim_start_matches(' ');
        // (A member may be negative: `0.2、-1.6、1.3个百分点`, READING8 #3.)
        let r = match r.strip_prefix(chars!['-', '－', '−']) {
            Some(n) if super::FINE => n,
            _ => r,
        };
        let (r, _) = arabic_numeral(r).ok()?;
        let r = r.trim_start_matches(' ');
        let (r, m) = match multiplier(r) {
            Ok((r, m)) => (r, Some(m)),
            Err(_) => (r, None),
        };
        if let Ok((_, u)) = unit(r) {
            return Some((m, u));
        }
        if m.is_some() {
            return None;
        }
        rest = r;
    }
    None
}

/// A vague magnitude (数十, 几百, 上千, 数千万, 数十亿, 上百万, 上万): the rest, its bounds and the
/// multiplier that ends it. As in `5000万元`, the 万 or 亿 it ends with is its multiplier (数十亿元
/// is 10 to 100 × 亿, 上万人 1 to 10 × 万); the bounds are in the multiplier's scale.
fn vague(s: &str) -> Option<(&str, Decimal, Decimal, Option<Multiplier<'_>>)> {
    let mut it = s.chars();
    let first = it.next()?;
    if !matches!(first, '数' | '几' | '上') {
        return None;
    }
    let rest = it.as_str();
    // 数十, 几百, 上千, 数千万, 数十万, 上百万 …
    let (small, rest2) = match rest.chars().next()? {
        '十' => (1u32, &rest[3..]),
        '百' => (2, &rest[3..]),
        '千' => (3, &rest[3..]),
        '万' => (4, &rest[3..]),
        '亿' => (8, &rest[3..]),
        _ => return None,
    };
    let (rest3, p, m) = match (small, multiplier(rest2)) {
        (..=3, Ok((r, m))) => (r, small, Some(m)),
        // 上万亿: the two place values are one multiplier.
        (4, Ok((r, (_, 8)))) => (r, 0, Some((&rest[..6], 12))),
        (4.., _) => (rest2, 0, Some((&rest[..3], small))),
        _ => (rest2, small, None),
    };
    let low = Decimal::pow10(p)?;
    let high = Decimal::pow10(p + 1)?;
    // 上百 is "about a hundred or more": 100..1000 as well.
    Some((rest3, low, high, m))
}

/// A rough figure of two neighbouring digits (概数, as Chinese grammar forms it): `两三千` (2000 to
/// 3000), `三四十个`, `一两个`, `十一二个`, `二十三四岁`, and `十几` / `二十几` (11 to 19, 21 to 29); a
/// place value after it scales both ends (`三四万人` is 3 to 4 × 万, `两三千万元` 2000 to 3000 × 万).
/// The rest, the two ends and the multiplier. No figure when another numeral follows (`一二三产业`
/// lists industries), nor for `一二` with no place value after it (`一二组团` names a place; one or
/// two is written `一两`).
fn juxtaposed(s: &str) -> Option<(&str, Decimal, Decimal, Option<Multiplier<'_>>)> {
    const PAIRS: [&str; 10] = [
        "一两", "一二", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九",
    ];
    // Every pair and every tens (十, 二十 … 九十) opens with 一 … 九, 两 or 十, whose UTF-8
    // encodings all lead with E4 or E5: most figures (`12.5%`, `3个`) are told by one byte.
    if !matches!(s.as_bytes().first(), Some(0xe4 | 0xe5)) {
        return None;
    }
    let digit = crate::number::chinese_digit;
    let mut rest = s;
    // 十 or 二十 … 九十 before the pair: its tens.
    let mut tens = 0;
    if let Some(r) = rest.strip_prefix('十') {
        (tens, rest) = (1, r);
    } else if let Some(d) = rest.chars().next().and_then(digit).filter(|&d| d >= 2) {
        if let Some(r) = rest[3..].strip_prefix('十') {
            (tens, rest) = (d, r);
        }
    }
    let (low, high) = if let Some(r) = rest.strip_prefix('几').filter(|_| tens > 0) {
        rest = r;
        (tens * 10 + 1, tens * 10 + 9)
    } else {
        let pair = PAIRS.iter().find(|p| rest.starts_with(**p))?;
        rest = &rest[pair.len()..];
        let first = if pair.starts_with('两') {
            2
        } else {
            digit(pair.chars().next()?)?
        };
        let second = if pair.ends_with('两') { 2 } else { first + 1 };
        (tens * 10 + first, tens * 10 + second)
    };
    // A place value below 万 after a pair without tens (三四十, 两三千), then 万/亿.
    let mut place = 0;
    if tens == 0 {
        for (c, p) in [('十', 1), ('百', 2), ('千', 3)] {
            if let Some(r) = rest.strip_prefix(c) {
                (place, rest) = (p, r);
                break;
            }
        }
    }
    let big = multiplier(rest).ok().filter(|(_, (_, p))| *p >= 4);
    if let Some((r, _)) = big {
        rest = r;
    }
    if (s.starts_with("一二") && place == 0 && big.is_none())
        || rest.starts_with(is_chinese_numeral_char)
    {
        return None;
    }
    let low = rescaled(Decimal::from(i64::from(low)), place, 0)?;
    let high = rescaled(Decimal::from(i64::from(high)), place, 0)?;
    Some((rest, low, high, big.map(|(_, m)| m)))
}

/// The place value a number in Chinese numerals ends with, when it is one that figures take as
/// their multiplier (`万`, `亿`, `万亿`): `五千万` is 5000 × 万, as `5000万` is, and a lone `亿` (超亿元)
/// 1 × 亿; `一万二千` and `三千` end with none.
fn place_multiplier(numeral: &str) -> Option<Multiplier<'_>> {
    [("万亿", 12), ("亿", 8), ("万", 4)]
        .into_iter()
        .find(|(w, _)| numeral.ends_with(w))
        .map(|(w, p)| (&numeral[numeral.len() - w.len()..], p))
}

/// `d`, a figure of the multiplier 10^`from`, in the scale of the multiplier 10^`to` (`5万` is
/// 0.5 in 十万's scale, 50000 in ones): exact, since the factor is a power of ten.
fn rescaled(d: Decimal, from: u32, to: u32) -> Option<Decimal> {
    if from >= to {
        d.checked_mul(&Decimal::pow10(from - to)?)
    } else {
        d.checked_div(&Decimal::pow10(to - from)?)
    }
}

/// The high end of a range whose two ends each carry the unit (`300元-500元`, `1600元/年～3900元/年`,
/// `8000元至1万元`), in the low end's scale (its multiplier), with the rest after it: the second
/// figure is no negative number (`-500元`) nor a figure of its own. The ends must rise (`5元-3元` is
/// arithmetic) and the second must carry the same unit whole (`300元-500元/年` does not).
fn unit_range_end<'a>(rest: &'a str, q: &Quantity<'_>) -> Option<(&'a str, Decimal)> {
    let unit = q.unit.filter(|u| !u.starts_with(chars!['%', '％']))?;
    let r = skip_spaces(rest);
    // (Most units are followed by no separator: one look at the first character tells.)
    if !may_open_range(r.as_bytes()) {
        return None;
    }
    let sep = RANGE_SEPARATORS.iter().find(|w| r.starts_with(**w))?;
    let r = skip_spaces(&r[sep.len()..]);
    let (r, v) = arabic_numeral(line_wrapped(r).unwrap_or(r)).ok()?;
    let (r, p) = match multiplier(r) {
        Ok((r, (_, p))) => (r, p),
        Err(_) => (r, 0),
    };
    let r = r
        .strip_prefix(unit)
        .filter(|r| !r.starts_with(chars!['/', '每']))?;
    let high = rescaled(v, p, q.multiplier.map_or(0, |m| m.1))?;
    (high.to_f64() > q.value.to_f64()).then_some((r, high))
}

/// The high end of a range whose two ends each carry a multiplier and only the second the unit
/// (`1万—2万元`, `5千至8千人`), in the low end's scale, with the unit and the rest after it. The
/// ends must rise, as in [`unit_range_end`].
fn multiplier_range_end<'a>(
    rest: &'a str,
    q: &Quantity<'_>,
) -> Option<(&'a str, Decimal, &'a str)> {
    let r = skip_spaces(rest);
    if !may_open_range(r.as_bytes()) {
        return None;
    }
    let sep = RANGE_SEPARATORS.iter().find(|w| r.starts_with(**w))?;
    let r = skip_spaces(&r[sep.len()..]);
    let (r, v) = arabic_numeral(r).ok()?;
    let (r, (_, p)) = multiplier(r).ok()?;
    let (r, u) = unit(r).ok()?;
    let high = rescaled(v, p, q.multiplier.map_or(0, |m| m.1))?;
    (high.to_f64() > q.value.to_f64()).then_some((r, high, u))
}

/// The separators of a range of Arabic numbers (`3-5个`, `30%~40%`, `20%至 25%`).
const RANGE_SEPARATORS: [&str; 9] = ["-", "~", "～", "—", "–", "―", "－", "至", "到"];

/// The first bytes of the [`RANGE_SEPARATORS`] and of the spaces (see `skip_spaces`) that may
/// stand before 至 and 到, built from the lists (the spaces' bytes are tested below).
static RANGE_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < RANGE_SEPARATORS.len() {
        t[RANGE_SEPARATORS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    let spaces = [b' ', b'\t', 0xc2, 0xe2, 0xe3, 0xef];
    let mut i = 0;
    while i < spaces.len() {
        t[spaces[i] as usize] = true;
        i += 1;
    }
    t
};

/// Whether `b` (what follows a number and its percent sign) may open one of the
/// [`RANGE_SEPARATORS`], or a space before 至 or 到 (see `skip_spaces`): its first byte is one of
/// [`RANGE_LEADS`], and a character led by E5, E8 or E3 is 到, 至 or U+3000 (the only separators
/// and spaces led by these bytes). The units after most numbers are led by E4–E9 (元 and 年 by
/// E5): this spares them the walk through the separators.
///
/// ```text
/// may_open_range("至5个") == true;  may_open_range("元") == false;  may_open_range("-5") == true
/// ```
fn may_open_range(b: &[u8]) -> bool {
    match b {
        [0xe5, ..] => b.starts_with("到".as_bytes()),
        [0xe8, ..] => b.starts_with("至".as_bytes()),
        [0xe3, ..] => b.starts_with("\u{3000}".as_bytes()),
        [first, ..] => RANGE_LEADS[usize::from(*first)],
        [] => false,
    }
}

/// Whether `w` holds 分之: each 分 found by a byte search and the 之 after it compared (`str`'s
/// substring search builds a searcher for each call, which cost more than the search itself of
/// the 48 bytes `quantity` reads).
fn holds_fen_zhi(w: &str) -> bool {
    let mut from = 0;
    while let Some(i) = crate::text::find_char(w, from, '分') {
        from = i + '分'.len_utf8();
        if w[from..].starts_with('之') {
            return true;
        }
    }
    false
}

/// Whether a fraction in words (`3分之1`, `百分之五`, see [`chinese_fraction`]) can start at `s`:
/// false for a number in ASCII digits followed by a character that no numeral continues with
/// (`94件`, `12%`), since the denominator of a fraction is a numeral right before its 分之.
/// Most quantities are such numbers: this spares them the search for 分之.
///
/// ```text
/// may_be_fraction("94件") == false;  may_be_fraction("3分之1") == true;  may_be_fraction("5万分之一") == true
/// ```
fn may_be_fraction(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n == 0 {
        return true;
    }
    match s[n..].chars().next() {
        None => false,
        // The separators and points of an Arabic number (`1,000分之一`), full-width forms.
        Some(',' | '.') => true,
        Some(c) if c.is_ascii() => false,
        Some(c) => {
            c == '分'
                || c as u32 >= 0xff00
                || is_chinese_numeral_char(c)
                || matches!(
                    c,
                    '零' | '〇' | '○' | '余' | '餘' | '多' | '几' | '幾' | '点' | '點' | '､'
                )
        }
    }
}

/// A common fraction written with a slash (`1/3`, `2/3`, `3/4`; with `FINE` a tenth, `3/10`): a
/// one-digit numerator below a one-digit denominator, standing alone (not a part of a date
/// `2023/12/1`, a code `3/4/5`, a decimal or a word of Latin letters). Returns its value and its
/// length in bytes. Whether the words before make it a share (`占全国的1/3`) is the scanner's to
/// ask.
///
/// ```text
/// slash_fraction("1/3以上") == Some((1/3, 3));  slash_fraction("12/31") == None
/// ```
fn slash_fraction(s: &str) -> Option<(Decimal, usize)> {
    let apart = |after: &[u8]| {
        !matches!(
            after.first(),
            Some(b'0'..=b'9' | b'/' | b'.' | b'a'..=b'z' | b'A'..=b'Z')
        )
    };
    let (n, d, len) = match *s.as_bytes() {
        [n @ b'1'..=b'9', b'/', b'1', b'0', ref after @ ..] if super::FINE && apart(after) => {
            (n, 10, 4)
        }
        [n @ b'1'..=b'9', b'/', d @ b'2'..=b'9', ref after @ ..] if n < d && apart(after) => {
            (n, d - b'0', 3)
        }
        _ => return None,
    };
    let (n, d) = (
        Decimal::from(i64::from(n - b'0')),
        Decimal::from(i64::from(d)),
    );
    Some((crate::number::divide(&n, &d).unwrap_or(n), len))
}

/// Whether the bytes of a number as written hold a decimal point, `.` or `．` (EF BC 8E).
fn has_decimal_point(b: &[u8]) -> bool {
    b.iter()
        .enumerate()
        .any(|(i, &x)| x == b'.' || (x == 0x8e && i >= 2 && b[i - 2] == 0xef && b[i - 1] == 0xbc))
}

/// Reads a quantity at the start of `s`. Chinese numerals need a unit, a multiplier or a
/// percent; Arabic numbers may stand alone (the caller decides from the context).
pub fn quantity(s: &str) -> Option<Quantity<'_>> {
    if !worth_trying(s) {
        return None;
    }
    let mut q = Quantity::default();
    let mut rest;
    if let Some(r) = strip_word(s, "一半").or_else(|| strip_word(s, "半数")) {
        q.value = Decimal::new(5, 1);
        q.fraction = true;
        q.chinese = true;
        q.len = s.len() - r.len();
        return Some(q);
    }
    if let Some((r, low, high, m)) = vague(s).or_else(|| juxtaposed(s)) {
        q.value = low;
        q.high = Some(high);
        q.multiplier = m;
        q.vague = true;
        q.chinese = true;
        rest = r;
    } else if let Some(Ok((r, (v, pct)))) = s
        // (The window ends on a character boundary: a figure's digits 48 bytes on had put it
        // inside the next character, and the fraction before them was lost.)
        .get(..crate::text::floor_char_boundary(s, s.len().min(48)))
        .filter(|_| may_be_fraction(s))
        .filter(|w| holds_fen_zhi(w))
        .map(|_| chinese_fraction(s))
    {
        q.value = v;
        q.percent_words = pct;
        q.fraction = !pct;
        q.chinese = !s.starts_with(crate::text::is_digit);
        q.len = s.len() - r.len();
        if pct {
            q.unit = Some("%");
            // A range of percents in words, `百分之五至百分之八` (as `5%至8%`).
            if let Some((r2, high)) = ["至", "到", "—", "～", "-"]
                .iter()
                .find_map(|w| r.strip_prefix(w))
                .filter(|r2| super::FINE && r2.starts_with("百分之"))
                .and_then(|r2| chinese_fraction(r2).ok())
                .filter(|(_, (h, p))| *p && h.to_f64() > v.to_f64())
                .map(|(r3, (h, _))| (r3, h))
            {
                q.high = Some(high);
                q.len = s.len() - r2.len();
            }
            // Its bound or approximation after it, `百分之六左右`, `百分之五点五以内`.
            let after = &s[q.len..];
            if super::FINE && after.starts_with(AFTER_FIRSTS) {
                if let Some((r, w)) = AFTER
                    .iter()
                    .find_map(|w| strip_word(after, w).map(|r| (r, w)))
                {
                    q.approx = Some(Approx {
                        word: (*w).into(),
                        position: ApproxPosition::After,
                    });
                    q.len = s.len() - r.len();
                }
            }
        }
        return Some(q);
    } else if let Ok((r, v)) = arabic_numeral(s) {
        let (r, v) = decimal_across_wrap(s, r)
            .or_else(|| integer_across_wrap(s, r))
            .or_else(|| wide_comma_groups(s, r))
            .unwrap_or((r, v));
        q.decimal = has_decimal_point(&s.as_bytes()[..s.len() - r.len()]);
        q.value = v;
        rest = r;
        // (A finer reading: not in the small WebAssembly build, see `indicator::FINE`.)
        if super::FINE && rest.starts_with('/') {
            if let Some((v, len)) = slash_fraction(s) {
                q.value = v;
                q.fraction = true;
                q.len = len;
                return Some(q);
            }
        }
        // A range: 3-5个, 30%~40%, 5-10万元
        let after_pct = rest.strip_prefix(chars!['%', '％']);
        let r2 = after_pct.unwrap_or(rest);
        // Every separator, and every space before 至/到, starts with one of these bytes: most
        // numbers are followed by none of them (see `RANGE_LEADS`).
        let seps: &[&str] = if may_open_range(r2.as_bytes()) {
            &RANGE_SEPARATORS
        } else {
            &[]
        };
        for &sep in seps {
            // PDF text and typists put spaces around a word separator: `20%至 25%`.
            let spaced = matches!(sep, "至" | "到");
            let r2 = if spaced { skip_spaces(r2) } else { r2 };
            if let Some(r3) = strip_word(r2, sep) {
                let r3 = if spaced { skip_spaces(r3) } else { r3 };
                // (`30－` / `50项`: PDF text may wrap after the separator.)
                let r3 = line_wrapped(r3).unwrap_or(r3);
                if let Ok((r4, hi)) = arabic_numeral(r3) {
                    q.high = Some(hi);
                    rest = r4;
                    break;
                }
            }
        }
        if q.high.is_none()
            && after_pct.is_none()
            && skip_ratio_space(rest).starts_with(RATIO_SEPARATORS)
        {
            if let Some(n) = ratio_len(s) {
                q.ratio = true;
                q.len = n;
                return Some(q);
            }
        }
    } else if let Ok((r, v)) = chinese_numeral(s) {
        let (r, v) = thousand_of_unit(s, r).unwrap_or((r, v));
        q.value = v;
        q.chinese = true;
        rest = r;
        let low_end = s.len() - r.len();
        for sep in ["至", "到", "～", "-"] {
            if let Some(r3) = strip_word(rest, sep) {
                if let Ok((r4, hi)) = chinese_numeral(r3) {
                    q.high = Some(hi);
                    rest = r4;
                    break;
                }
            }
        }
        // 五千万元, 三至五万元: the place value the numeral (a range's high end) ends with is the
        // figure's multiplier, as in 5000万元. A low end written without it and below the
        // high end's count of it is in its scale already (三至五万 is 3万 to 5万); any other is
        // read in that scale too (三万至五万, 五千至一万).
        if let Some((w, p)) = place_multiplier(&s[..s.len() - rest.len()]) {
            let scaled = |d: Decimal| rescaled(d, 0, p);
            let high = q.high.map(scaled);
            let in_scale = place_multiplier(&s[..low_end]).is_none()
                && high
                    .flatten()
                    .is_some_and(|h| q.value.to_f64() < h.to_f64());
            let low = if in_scale {
                Some(q.value)
            } else {
                scaled(q.value)
            };
            match (low, high) {
                (Some(low), high) if high != Some(None) => {
                    q.value = low;
                    q.high = high.flatten();
                    q.multiplier = Some((w, p));
                }
                _ => {}
            }
        }
    } else {
        return None;
    }
    if !q.chinese {
        rest = skip_spaces(rest);
        rest = skip_wrap(rest);
    }
    if let Some((r, w)) = approx_inside(rest) {
        q.approx = Some(Approx {
            word: w.into(),
            position: ApproxPosition::Inside,
        });
        rest = r;
    }
    if let Some((r, mut m)) = multiplier(rest).ok().filter(|_| q.multiplier.is_none()) {
        rest = r;
        // A typist's space inside a compound multiplier: `1万 亿元` is 1万亿元.
        // (Or PDF text's line break: `1万` / `亿元`.)
        let after = skip_spaces(r);
        if let Ok((r2, (_, 8))) = multiplier(line_wrapped(after).unwrap_or(after)) {
            if m.1 < 8 && r2.len() < r.len() {
                let at = m.0.as_ptr() as usize - s.as_ptr() as usize;
                let end = s.len() - r2.len();
                m = (&s[at..end], m.1 + 8);
                rest = r2;
            }
        }
        q.multiplier = Some(m);
        if q.approx.is_none() {
            if let Some((r, w)) = approx_inside(rest) {
                q.approx = Some(Approx {
                    word: w.into(),
                    position: ApproxPosition::Inside,
                });
                rest = r;
            }
        }
    }
    if q.multiplier.is_some() && !q.chinese {
        // `324 亿` / `元`: the unit wrapped onto the next line after the multiplier.
        rest = skip_wrap(skip_spaces(rest));
    }
    let before_unit = rest;
    rest = skip_spaces(rest);
    let before = rest;
    match unit(rest) {
        // 一片, 一对一, 两层: measure words that count only after figures (unit::figures_only).
        Ok((_, u)) if q.chinese && super::unit::figures_only(u) => rest = before_unit,
        Ok((r, u)) => {
            q.unit = Some(u);
            rest = r;
            // `8.4个` / `百分点`, `8100万美` / `元`: a measure word of the lexicon that PDF text
            // wrapped is read whole.
            if let Some((whole, r2)) = unit_across_wrap(before) {
                if whole.len() > u.len() {
                    q.unit = Some(whole);
                    rest = r2;
                }
            }
            // 12.7个、12个百分点: the first member of a list says only the first character of a
            // measure word of two parts that the last member writes whole.
            if u == "个" && !q.chinese {
                if let Some((None, whole @ ("个百分点" | "个千分点" | "个月" | "个工作日"))) =
                    shared_unit(rest)
                {
                    q.unit = Some(whole);
                    q.shared_unit = true;
                }
            }
            // 3个多月, 1个多百分点: 多/余 inside a measure word of two parts (个月, 个百分点).
            if u == "个" && q.approx.is_none() {
                if let Some((r2, w)) = approx_inside(rest) {
                    let whole = [("月", "个月"), ("百分点", "个百分点"), ("小时", "个小时")]
                        .into_iter()
                        .find_map(|(tail, whole)| strip_word(r2, tail).map(|r3| (r3, whole)));
                    if let Some((r3, whole)) = whole {
                        q.unit = Some(whole);
                        q.approx = Some(Approx {
                            word: w.into(),
                            position: ApproxPosition::Inside,
                        });
                        rest = r3;
                    }
                }
            }
            // (A span of time before 每 frames a rate of its own, `连续五年每年增长`; the same
            // measure word after 每 starts a clause of its own, `巡查3次每次出动40人`.)
            if let Some((r2, full)) = per(rest).ok().filter(|(_, f)| {
                !(f.starts_with('每') && (super::unit::is_time(u) || f[3..] == *u))
            }) {
                // The unit becomes `元/矿`.
                let start = u.as_ptr() as usize - s.as_ptr() as usize;
                let end = full.as_ptr() as usize - s.as_ptr() as usize + full.len();
                q.unit = Some(&s[start..end]);
                q.rate = true;
                rest = r2;
            }
        }
        Err(_) if super::FINE && tenths(rest, &q).is_some() => {
            q.unit = Some(&rest[..TENTH.len()]);
            rest = &rest[TENTH.len()..];
        }
        Err(_) => match per_population(rest) {
            Some(len) => {
                q.unit = Some(&rest[..len]);
                q.rate = true;
                rest = &rest[len..];
            }
            None => match unit_across_wrap(before) {
                Some((whole, r)) if !q.chinese => {
                    q.unit = Some(whole);
                    rest = r;
                }
                _ => rest = before_unit,
            },
        },
    }
    if q.high.is_none() && !q.chinese && !q.ratio {
        if let Some((r, high)) = unit_range_end(rest, &q) {
            q.high = Some(high);
            rest = r;
        } else if super::FINE && q.unit.is_none() && q.multiplier.is_some() {
            // 1万—2万元: each end with its multiplier, the unit after the second.
            if let Some((r, high, u)) = multiplier_range_end(rest, &q) {
                q.high = Some(high);
                q.unit = Some(u);
                rest = r;
            }
        }
    }
    if q.unit.is_none() && q.multiplier.is_none() && !q.chinese && q.approx.is_none() {
        if let Some((m, u)) = shared_unit(before_unit) {
            q.multiplier = m;
            q.unit = Some(u);
            q.shared_unit = true;
            // (Not the spaces after the number: `26.2 和 17.5 个百分点`.)
            q.len = s[..s.len() - before_unit.len()].trim_end_matches(' ').len();
            return Some(q);
        }
    }
    if q.unit.is_some() || q.multiplier.is_some() {
        // (`5%` / `以上`: the bound may stand first on the next line of PDF text.)
        let wrapped = line_wrapped(rest);
        // A word of AFTER is read at the start of `rest` (whole or spaced) or of the next line:
        // most quantities stand before neither, which spares the walk through the words.
        let words = if rest.starts_with(AFTER_FIRSTS) || wrapped.is_some() {
            AFTER
        } else {
            &[]
        };
        for w in words {
            if let Some(r) =
                strip_spaced_word(rest, w).or_else(|| wrapped.and_then(|n| strip_word(n, w)))
            {
                q.approx = Some(Approx {
                    word: (*w).into(),
                    position: ApproxPosition::After,
                });
                rest = r;
                break;
            }
        }
    }
    if q.chinese && q.unit.is_none() && !q.vague {
        return None;
    }
    if q.chinese && !q.vague && q.unit.is_some_and(super::unit::is_time) && q.high.is_none() {
        return None;
    }
    if q.vague && q.unit.is_none() {
        return None;
    }
    // 三四月, 五六日: two months or days named, not a count of them (两三个月 is one).
    if q.vague && matches!(q.unit, Some("月" | "日" | "号" | "月份")) {
        return None;
    }
    q.len = s.len() - rest.len();
    Some(q)
}

/// The words after a bare magnitude that name the threshold it is (`突破百亿大关`, `跨越千亿台阶`).
const THRESHOLD_NOUNS: [&str; 3] = ["大关", "关口", "台阶"];

/// A round magnitude in words with its unit elided, as a threshold verb takes it (`产值突破千亿，`,
/// `收入超百亿大关`): a numeral that ends with the place value 万, 亿 or 万亿 (`千亿` is 1000 × 亿, as
/// `1000亿` is) and stands before a clause's end, the region's end or a noun of the threshold
/// ([`THRESHOLD_NOUNS`]); not before 、, which lists the classes of a grading (`收入超百亿、超五百亿
/// 的企业`), nor before 的 or 级 (`超千亿级集群`); no unit is guessed for it (`人口突破千万` counts people, `产值` money), as
/// none is for `突破1000亿`. The caller asks only after a threshold verb; [`quantity`] reads none
/// of these, since a numeral in words needs a unit.
///
/// ```text
/// threshold_magnitude("千亿，增长") → 1000 × 亿, len of 千亿;  threshold_magnitude("千亿级") == None
/// ```
pub(crate) fn threshold_magnitude(s: &str) -> Option<Quantity<'_>> {
    let (rest, v) = chinese_numeral(s).ok()?;
    let numeral = &s[..s.len() - rest.len()];
    let (w, p) = place_multiplier(numeral)?;
    let ends = rest.is_empty()
        || rest.starts_with(|c| crate::text::is_clause_punct(c) && c != '、')
        || THRESHOLD_NOUNS.iter().any(|n| rest.starts_with(n));
    if !ends || numeral.len() == w.len() {
        return None;
    }
    Some(Quantity {
        len: numeral.len(),
        value: rescaled(v, 0, p)?,
        multiplier: Some((w, p)),
        chinese: true,
        ..Quantity::default()
    })
}

/// A span of time in words after a verb of crossing a threshold, stated as a finding (`闲置超过
/// 两年，`, `逾一年未收回`, `超过三个月未拨付`): the numeral and its unit of time (年, 个月, 天),
/// then a clause's end, 未 / 没有 (what was not done in that time) or 以上. Elsewhere a span of time
/// in words frames the statement (`两年来`, `三年行动`), and stays no figure.
///
/// ```text
/// duration_in_words("两年未收回") is 2 年;  duration_in_words("两年行动") == None
/// ```
pub(crate) fn duration_in_words(s: &str) -> Option<Quantity<'_>> {
    let (rest, v) = chinese_numeral(s).ok()?;
    let unit = ["个月", "年", "天"]
        .into_iter()
        .find(|u| rest.starts_with(u))?;
    let after = &rest[unit.len()..];
    let ends = after.is_empty()
        || after.starts_with(|c| crate::text::is_clause_punct(c) && c != '、')
        || ["未", "没有", "以上", "仍"]
            .iter()
            .any(|w| after.starts_with(w));
    ends.then(|| Quantity {
        len: s.len() - after.len(),
        value: v,
        unit: Some(unit),
        chinese: true,
        ..Quantity::default()
    })
}

/// A numeral in words whose last 千 opens its unit (`二百万千瓦`, `五百千克`, `三亿千瓦时`): the
/// numeral without it, and the text from that 千 on. (The numeral's grammar takes 千 as a place
/// value and the figure was lost: 瓦 is no unit.)
///
/// ```text
/// thousand_of_unit("二百万千瓦", "瓦") == Some(("千瓦", 2000000));  thousand_of_unit("三千米", "米") == None
/// ```
fn thousand_of_unit<'a>(s: &'a str, rest: &'a str) -> Option<(&'a str, Decimal)> {
    if !super::FINE {
        return None;
    }
    let numeral = s[..s.len() - rest.len()].strip_suffix('千')?;
    // (Not when the numeral with its 千 has a unit after it: `三千米` is 3000 米.)
    if unit(rest).is_ok() {
        return None;
    }
    let at = numeral.len();
    unit(&s[at..])
        .ok()
        .filter(|(_, u)| u.len() > 3 && u.starts_with('千'))?;
    match chinese_numeral(numeral) {
        Ok(("", v)) => Some((&s[at..], v)),
        _ => None,
    }
}

/// The measure of tenths (`七成` is 70 %, `三至四成` 30–40 %).
pub(crate) const TENTH: &str = "成";

/// After a count of one to nine (or a range of them), `rest` opening with 成 as a measure of
/// tenths (`减少七成。`, `七成以上`, `近三成的村`, `三成为女性`, `约三成企业`): the text after 成.
/// 成 begins many words (成本, 成立, 成效, 成为), so it is a measure only before a boundary, a
/// bound (以上, 左右, 多), 的/为/是 or a group surveys count (企业, 受访…) — and after 一 only
/// before a boundary or a bound (`唯一成为`).
///
/// ```text
/// tenths("成以上", 七) == Some("以上");  tenths("成本", 三) == None;  tenths("成为", 一) == None
/// ```
fn tenths<'a>(rest: &'a str, q: &Quantity<'_>) -> Option<&'a str> {
    // (A finer reading: not in the small WebAssembly build, see `FINE`.)
    if !super::FINE {
        return None;
    }
    let after = rest.strip_prefix(TENTH)?;
    let digit = |d: Decimal| (1.0..=10.0).contains(&d.to_f64()) && d.to_f64().fract() == 0.0;
    if q.multiplier.is_some() || q.decimal || !digit(q.value) || !q.high.is_none_or(digit) {
        return None;
    }
    let bound = ["以上", "以下", "左右", "多", "余"]
        .iter()
        .any(|w| after.starts_with(w));
    let boundary = after
        .chars()
        .next()
        .is_none_or(|c| "，。；、：,;:）)”".contains(c) || c.is_whitespace());
    let linked = after.starts_with(chars!['的', '为', '是']) && q.value != Decimal::from(1);
    // 约三成企业, 近四成受访群众: the share of a group named right after it (a closed class of
    // the groups surveys count: no word that 成 opens begins with them).
    let group = q.value != Decimal::from(1)
        && [
            "企业", "受访", "群众", "居民", "农户", "家庭", "市民", "用户", "学生", "职工",
        ]
        .iter()
        .any(|w| after.starts_with(w));
    (bound || boundary || linked || group).then_some(after)
}

/// A rate's denominator written after a bare figure, a population counted in thousands or more
/// (`孕产妇死亡率为9.8/10万`, `发病率12.5/十万`, `婴儿死亡率3.1/千`, `5/100万`): the length of
/// `/10万` (its scale word 千, 万, 十万, 百万 after an optional count), which becomes the unit.
/// Not a date or a page (`3/4`, `1/12`): a scale word must end the denominator.
///
/// ```text
/// per_population("/10万，") == Some(5);  per_population("/4页") == None;  per_population("/12") == None
/// ```
fn per_population(rest: &str) -> Option<usize> {
    if !super::FINE {
        return None;
    }
    let after = rest.strip_prefix(chars!['/', '／'])?;
    let count = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let count = if count == 0 {
        after.len() - after.trim_start_matches(chars!['十', '百']).len()
    } else {
        count
    };
    let scale = ["十万", "百万", "万", "千"]
        .iter()
        .find(|w| after[count..].starts_with(**w))?;
    let end = count + scale.len();
    let next = after[end..].chars().next();
    // (`/万人`: a count of people per … is read by the unit grammar; a scale word before a noun
    // of its own (`/万元`) is the multiplier of a per-unit, not a population.)
    if next.is_some_and(|c| crate::text::is_cjk(c) && !"，。；、）".contains(c)) {
        return None;
    }
    Some(rest.len() - after.len() + end)
}

/// The separators of a ratio: the ratio colon `∶` (U+2236), the full-width and the ASCII colon,
/// and the presentation forms pages paste from vertical text, `︰` (U+FE30) and `︓` (U+FE13).
const RATIO_SEPARATORS: &[char] = if super::FINE {
    &['∶', '：', ':', '︰', '︓']
} else {
    &['∶', '：', ':']
};

/// The most parts a ratio has (`6.2∶35.1∶58.7` has three; a structure of eight sectors is rare).
const RATIO_MAX_PARTS: usize = 8;

/// The length of a ratio of Arabic numbers at the start of `s` (`6.2∶35.1∶58.7`, `1∶1`), or
/// `None`. `∶` (U+2236) is a ratio's alone; with a colon, a clock time (`16:20`, `09:09:00`: whole
/// parts, hours up to 24, then minutes and seconds of two digits) is not a ratio (`50：50`,
/// `1:1`, `12.89：56.87` are).
fn ratio_len(s: &str) -> Option<usize> {
    let (mut rest, first) = arabic_numeral(s).ok()?;
    let mut parts = 1;
    let mut ratio_colon = false;
    // Hours first (at most 24), then minutes and seconds of two digits.
    let mut clock = first.to_i128().is_some_and(|h| h <= 24);
    while let Some(c) = skip_ratio_space(rest)
        .chars()
        .next()
        .filter(|c| RATIO_SEPARATORS.contains(c))
    {
        if parts == RATIO_MAX_PARTS {
            // A longer run of colons is no ratio; bounding it keeps the scan linear (the scan
            // tries every number of a rejected run again).
            return None;
        }
        let part = skip_ratio_space(&skip_ratio_space(rest)[c.len_utf8()..]);
        let Ok((r, v)) = arabic_numeral(part) else {
            break;
        };
        ratio_colon |= matches!(c, '∶' | '︰');
        // (Two digits of either width: `３０`.)
        clock &= crate::text::leading_digits(part).1 == 2
            && part.len() - r.len() == crate::text::leading_digits(part).0
            && v.to_i128().is_some_and(|m| m <= 59);
        parts += 1;
        rest = r;
    }
    let len = s.len() - rest.len();
    let decimal = s[..len].contains(chars!['.', '．']);
    // Three whole parts that make a hundred are the shares of a structure (`21:50:29`), not a
    // time with its seconds.
    let shares = super::FINE && parts >= 3 && sum_of_parts(&s[..len]) == Some(100);
    let time = !ratio_colon && !decimal && clock && !shares;
    (parts >= 2 && !time).then_some(len)
}

/// The sum of the whole parts of the ratio `s` (at most [`RATIO_MAX_PARTS`] parts).
fn sum_of_parts(s: &str) -> Option<i128> {
    ratio_parts(s)
        .iter()
        .try_fold(0i128, |sum, p| sum.checked_add(p.to_i128()?))
}

/// `s` after the spaces PDF text sets around a ratio's colon (`10.4 : 37.1 : 52.5`): at most two;
/// or after the line break where PDF text wrapped the ratio (`17.7：` / `49：33.3`).
fn skip_ratio_space(s: &str) -> &str {
    let t = s.strip_prefix(' ').unwrap_or(s);
    let t = t.strip_prefix(' ').unwrap_or(t);
    line_wrapped(t).unwrap_or(t)
}

/// The parts of a ratio read by [`quantity`] (`6.2∶35.1∶58.7` → 6.2, 35.1, 58.7): give it the
/// `text` of an indicator of kind [`Ratio`](crate::IndicatorKind::Ratio).
///
/// ```
/// use baogao::indicator::quantity::ratio_parts;
/// let ind = &baogao::indicators("三次产业之比为6.2∶35.1∶58.7。")[0];
/// assert_eq!(ind.kind, baogao::IndicatorKind::Ratio);
/// let parts: Vec<String> = ratio_parts(&ind.text).iter().map(|d| d.to_string()).collect();
/// assert_eq!(parts, ["6.2", "35.1", "58.7"]);
/// ```
pub fn ratio_parts(text: &str) -> Vec<Decimal> {
    text.split(RATIO_SEPARATORS)
        .filter_map(|p| arabic_numeral(p.trim_start()).ok().map(|(_, v)| v))
        .collect()
}

/// A cheap look at what follows a Chinese numeral: only a unit, a multiplier, an approximation,
/// a range or a fraction can make it a quantity (most 一 in running text are words: 统一, 一致).
/// How far [`worth_trying`] reads a run of numerals, 点 and 分之, in characters: longer than any
/// quantity written in words (`九千九百九十九万九千九百九十九点九九` is 18).
const RUN_MAX: usize = 48;

fn worth_trying(s: &str) -> bool {
    !stops_after_first_numeral(s) && worth_trying_slow(s)
}

/// The characters that may follow a numeral in words inside a quantity, as [`worth_trying_slow`]
/// reads one: numerals (with the other characters of [`WIDE_STARTS`]), 点 分 之, an approximation
/// or range word, a full-width percent, and the first character of every unit written in
/// three-byte characters. A 4096-bit filter over the low 12 bits of the code points.
static FOLLOW_FILTER: [u64; 64] = {
    let mut t = [0u64; 64];
    let words: [&str; 2] = [WIDE_STARTS, "点分之余多至到～％成"];
    let mut w = 0;
    while w < words.len() {
        let b = words[w].as_bytes();
        let mut i = 0;
        while i + 2 < b.len() {
            let key = ((b[i + 1] as usize & 0x3f) << 6) | (b[i + 2] as usize & 0x3f);
            t[key >> 6] |= 1 << (key & 63);
            i += 3;
        }
        w += 1;
    }
    // The units' first characters: the bytes after each line break of the list.
    let b = super::unit::UNITS.0.as_bytes();
    let mut u = 0;
    while u < b.len() {
        if u + 2 < b.len() && b[u] >= 0xe0 && b[u] <= 0xef {
            let key = ((b[u + 1] as usize & 0x3f) << 6) | (b[u + 2] as usize & 0x3f);
            t[key >> 6] |= 1 << (key & 63);
        }
        while b[u] != b'\n' {
            u += 1;
        }
        u += 1;
    }
    t
};

/// Whether `s` opens with a numeral character in words followed by a three-byte character that
/// [`FOLLOW_FILTER`] rejects (`一是`, `统一` → `一致`, `三农`): the numeral ends at once and no
/// unit, approximation or range follows it, so [`worth_trying_slow`] would say no. Most numerals
/// in words a report's text holds are such words; one table lookup rejects them.
///
/// ```text
/// stops_after_first_numeral("一是") == true;  stops_after_first_numeral("一批") == false (批 is a unit)
/// ```
#[inline]
fn stops_after_first_numeral(s: &str) -> bool {
    match s.as_bytes() {
        [f0 @ 0xe0..=0xef, f1, f2, 0xe0..=0xef, c1, c2, ..] => {
            if (FOLLOW_FILTER[usize::from(c1 & 0x3f)] >> (c2 & 0x3f)) & 1 != 0 {
                return false;
            }
            let f = ((*f0 as u32 & 0x0f) << 12) | ((*f1 as u32 & 0x3f) << 6) | (*f2 as u32 & 0x3f);
            char::from_u32(f).is_some_and(is_chinese_numeral_char)
        }
        _ => false,
    }
}

/// [`worth_trying`] without the shortcut of [`stops_after_first_numeral`].
fn worth_trying_slow(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        return true;
    }
    match first {
        '数' | '几' | '上' => {
            return matches!(chars.next(), Some('十' | '百' | '千' | '万' | '亿'))
        }
        '半' => return s.starts_with("半数"),
        '一' if s.starts_with("一半") => return true,
        _ => {}
    }
    // The numeral run is read at most RUN_MAX characters far: the test runs at every candidate
    // position, and an unbounded look made a run of 百分之百分之… quadratic.
    let mut run = 0;
    let mut prev = '\0';
    for c in s.chars().take(RUN_MAX) {
        // 十几, 二十几 (see `juxtaposed`).
        let rough = c == '几' && prev == '十';
        if !(is_chinese_numeral_char(c) || matches!(c, '点' | '分' | '之') || rough) {
            break;
        }
        // 分之 in the run (the characters are whole, so this is `contains("分之")`).
        if prev == '分' && c == '之' {
            return true;
        }
        prev = c;
        run += c.len_utf8();
    }
    let rest = &s[run..];
    match rest.chars().next() {
        Some(c) => {
            matches!(
                c,
                '余' | '多' | '至' | '到' | '-' | '～' | '%' | '％' | '成'
            ) || unit(rest).is_ok()
                // (A unit that opens with the run's last 千: `二百万千瓦`, see `thousand_of_unit`.)
                || (super::FINE && s[..run].ends_with('千') && unit(&s[run - 3..]).is_ok())
        }
        None => false,
    }
}

/// The characters other than ASCII digits that can start a quantity (see [`can_start`]): all
/// are three bytes long in UTF-8.
const WIDE_STARTS: &str =
    "０１２３４５６７８９零〇○Ｏ一壹幺二贰貳两兩俩倆三叁參四肆五伍六陆陸七柒八捌九玖\
                           十拾百佰千仟万萬亿億兆数几上半";

/// A 4096-bit filter over the low 12 bits of the code points in [`WIDE_STARTS`]: one table
/// lookup rejects nearly every other three-byte character without decoding it. The 64 words are
/// held four times over (see [`FILTER_WORDS`]), so that the whole second byte `b1` indexes word
/// `b1 & 0x3f`: the scan, which looks up every character of a report, masks no index (0.5M
/// instructions of the profile's 116M).
static WIDE_FILTER: [u64; FILTER_WORDS] = {
    let b = WIDE_STARTS.as_bytes();
    let mut t = [0u64; 64];
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] >= 0xe0 {
            let key = ((b[i + 1] as usize & 0x3f) << 6) | (b[i + 2] as usize & 0x3f);
            t[key >> 6] |= 1 << (key & 63);
            i += 3;
        } else {
            i += 1;
        }
    }
    let mut by_byte = [0u64; FILTER_WORDS];
    let mut k = 0;
    while k < FILTER_WORDS {
        by_byte[k] = t[k & 0x3f];
        k += 1;
    }
    by_byte
};

/// The words [`WIDE_FILTER`] holds: 256, one per value of a byte, or the 64 alone in the small
/// build (without `FINE`), whose size counts more than its speed.
const FILTER_WORDS: usize = if super::FINE { 256 } else { 64 };

/// Word `b1 & 0x3f` of [`WIDE_FILTER`] (the mask is no instruction where the table has 256).
#[inline]
fn filter_word(b1: u8) -> u64 {
    WIDE_FILTER[usize::from(b1) & (FILTER_WORDS - 1)]
}

/// Whether the three-byte character `b0 b1 b2` can start a quantity: one table lookup rejects
/// nearly every character, and only those the filter lets through are decoded.
#[inline]
fn wide_starts(b0: u8, b1: u8, b2: u8) -> bool {
    // Bit `b2 & 0x3f` of word `b1 & 0x3f` (see `filter_word`): both indexes are masked, so no
    // bounds check.
    if (filter_word(b1) >> (b2 & 0x3f)) & 1 == 0 {
        return false;
    }
    let c = ((b0 as u32 & 0x0f) << 12) | ((b1 as u32 & 0x3f) << 6) | (b2 as u32 & 0x3f);
    char::from_u32(c).is_some_and(can_start)
}

/// The first position at or after `from` (a char boundary) where a quantity can start (see
/// [`can_start`]), and the length of the character there. The scan for quantities runs this over
/// every character of a report, so it steps over UTF-8 by lead bytes without decoding, and on
/// slice patterns: one length test per character instead of an index check per byte (23 → about
/// 14 instructions per CJK character).
#[inline]
pub(crate) fn next_start(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    // Word `b1 & 0x3f` of the filter shifted right by `b2 & 0x3f`: its lowest bit is the
    // filter's bit for the character (see `wide_starts`), the others are not read.
    let word = |b1: u8, b2: u8| filter_word(b1) >> (b2 & 0x3f);
    // The filter's bit for the character.
    let maybe = |b1: u8, b2: u8| word(b1, b2) & 1;
    let mut rest = bytes.get(from..)?;
    loop {
        // Four three-byte characters that the filter rejects are stepped over at once (one
        // branch for the four): the common case in running text.
        if let [a0, a1, a2, b0, b1, b2, c0, c1, c2, d0, d1, d2, tail @ ..] = rest {
            // All four are lead bytes E0–EF (one test for the four).
            if ((a0 ^ 0xe0) | (b0 ^ 0xe0) | (c0 ^ 0xe0) | (d0 ^ 0xe0)) < 0x10 {
                // The four words or-ed, each shifted by its character's last byte: the lowest
                // bit says whether the filter lets any of the four through (one test, no shift
                // of each bit to a place of its own).
                let any = word(*a1, *a2) | word(*b1, *b2) | word(*c1, *c2) | word(*d1, *d2);
                if any & 1 == 0 {
                    rest = tail;
                    continue;
                }
                // Bit k: the filter lets the k-th character through (not 0: see `any`).
                let pass = maybe(*a1, *a2)
                    | maybe(*b1, *b2) << 1
                    | maybe(*c1, *c2) << 2
                    | maybe(*d1, *d2) << 3;
                // The characters before the first one let through are rejected as well: they
                // are stepped over here, not one at a time below (each retrying the four).
                rest = &rest[3 * pass.trailing_zeros() as usize..];
            }
        }
        let at = bytes.len() - rest.len();
        rest = match rest {
            // Three-byte characters (CJK and full-width forms) first: most of a report.
            [b0 @ 0xe0..=0xef, b1, b2, tail @ ..] => {
                if wide_starts(*b0, *b1, *b2) {
                    return Some((at, 3));
                }
                tail
            }
            [b @ 0..=0x7f, tail @ ..] => {
                if b.is_ascii_digit() {
                    return Some((at, 1));
                }
                tail
            }
            [0xc0..=0xdf, _, tail @ ..] => tail,
            [0xf0..=0xff, _, _, _, tail @ ..] => tail,
            // A continuation byte where a character should start (not in a `str`): one byte on.
            [0x80..=0xbf, tail @ ..] => tail,
            // A character cut off by the end of the slice, or the end itself.
            _ => return None,
        };
    }
}

/// Whether `c` can start a quantity.
#[inline]
pub(crate) fn can_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    ('０'..='９').contains(&c)
        || is_chinese_numeral_char(c)
        || matches!(c, '数' | '几' | '上' | '半')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Option<(String, String, Option<String>, Option<String>)> {
        quantity(s).map(|q| {
            (
                s[..q.len].to_string(),
                q.value.to_string(),
                q.multiplier.map(|m| m.0.to_string()),
                q.unit.map(String::from),
            )
        })
    }

    #[test]
    fn after_firsts_open_every_bound_after() {
        for w in AFTER {
            assert!(w.starts_with(AFTER_FIRSTS), "{w}");
        }
        let q = quantity("5%以 上").unwrap();
        assert_eq!(
            (q.len, q.approx.map(|a| a.word)),
            ("5%以 上".len(), Some("以上".into()))
        );
    }

    #[test]
    fn may_open_range_misses_no_separator() {
        // Before every character (then 至 or 到): when `may_open_range` says no, no separator of
        // the range loop in `quantity` matches, spaced or not.
        for c in (1..0x1_0000).filter_map(char::from_u32) {
            for after in ["至5", "到5", ""] {
                let s = format!("{c}{after}");
                let matched = RANGE_SEPARATORS.iter().any(|&sep| {
                    let r = if matches!(sep, "至" | "到") {
                        skip_spaces(&s)
                    } else {
                        &s
                    };
                    strip_word(r, sep).is_some()
                });
                assert!(!matched || may_open_range(s.as_bytes()), "{c:?}{after}");
            }
        }
        assert!(!may_open_range("元".as_bytes()) && !may_open_range("、".as_bytes()));
        assert!(may_open_range("\u{3000}至".as_bytes()) && may_open_range("～5".as_bytes()));
    }

    /// The starts `can_start` accepts, char by char, asserted equal to what `next_start` finds
    /// walking `text`.
    fn starts_found(text: &str) -> Vec<(usize, usize)> {
        let expected: Vec<(usize, usize)> = text
            .char_indices()
            .filter(|&(_, c)| can_start(c))
            .map(|(i, c)| (i, c.len_utf8()))
            .collect();
        let mut found = Vec::new();
        let mut at = 0;
        while let Some((p, len)) = next_start(text.as_bytes(), at) {
            found.push((p, len));
            at = p + len;
        }
        assert_eq!(found, expected);
        expected
    }

    #[test]
    fn next_start_finds_what_can_start_accepts() {
        let text = "共a立案94件，é行政罚款二十万元、𝄞三次x，０件";
        let expected = starts_found(text);
        // 9 4 二 十 万 三 ０
        assert_eq!(expected.len(), 7, "{expected:?}");
    }

    #[test]
    fn next_start_finds_every_start_in_long_text() {
        // Every character of the BMP's three-byte range and the digits, at each of the four
        // places of a four-character step, between characters that start nothing.
        let mut text = String::new();
        let fillers = ["", "春", "春夏", "春夏秋"];
        let chars = ('\u{800}'..='\u{ffff}')
            .chain('0'..='9')
            .chain(['a', 'é', '𝄞']);
        for (k, c) in chars.enumerate() {
            text.push_str(fillers[k % 4]);
            text.push(c);
            text.push_str("冬天很冷");
        }
        let expected = starts_found(&text);
        assert!(expected.len() > 50, "{}", expected.len());
    }

    #[test]
    fn next_start_agrees_with_can_start_on_every_char() {
        // The digit after `c` is found at once when `c` is skipped with its exact length.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = format!("{c}5");
            let expected = if can_start(c) {
                (0, c.len_utf8())
            } else {
                (c.len_utf8(), 1)
            };
            assert_eq!(next_start(s.as_bytes(), 0), Some(expected), "{c:?}");
        }
    }

    #[test]
    fn numerals_stopped_at_once_are_not_worth_trying() {
        // Every character after numerals in words: where the shortcut says stop, the whole
        // test says no.
        let mut stopped = 0;
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for first in ["一", "三", "两", "十", "万", "零", "壹"] {
                let s = format!("{first}{c}名单");
                if stops_after_first_numeral(&s) {
                    assert!(!worth_trying_slow(&s), "{s:?}");
                    stopped += 1;
                }
            }
        }
        assert!(stopped > 100_000, "{stopped}");
        assert!(stops_after_first_numeral("一是") && stops_after_first_numeral("三农"));
        for s in [
            "一批",
            "三至五年",
            "十余家",
            "两次",
            "一二三",
            "一半",
            "上百人",
        ] {
            assert!(!stops_after_first_numeral(s), "{s}");
        }
    }

    #[test]
    fn fractions_only_where_may_be_fraction_says() {
        // A fraction read by `chinese_fraction` at a number in figures with any character after
        // it: `may_be_fraction` lets it through.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for s in [
                format!("3{c}分之一"),
                format!("12{c}2分之1"),
                format!("3{c}"),
            ] {
                if chinese_fraction(&s).is_ok() {
                    assert!(may_be_fraction(&s), "{s:?}");
                }
            }
        }
        assert!(!may_be_fraction("94件") && !may_be_fraction("12%"));
        assert!(may_be_fraction("3分之1") && may_be_fraction("5万分之一"));
        assert_eq!(quantity("3分之1").map(|q| q.fraction), Some(true));
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn slash_fractions_are_fractions_standing_alone() {
        let q = quantity("2/3以上").unwrap();
        assert!(q.fraction && q.len == 3);
        assert_eq!(q.value.to_f64(), 2.0 / 3.0);
        // Dates, codes and numbers of several digits are not fractions.
        for s in [
            "12/31",
            "1/2/3号楼",
            "3/15",
            "3/2",
            "1/3a",
            "1/100",
            "1/10/2024",
        ] {
            assert!(!quantity(s).is_some_and(|q| q.fraction), "{s}");
        }
        // A tenth is one with `FINE` (`稳定在全国1/10以上`); a day written so (`于1/10召开`) is
        // told by the words around it, as for `1/5` (see `traps`).
        assert_eq!(
            quantity("1/10以上").is_some_and(|q| q.fraction && q.len == 4),
            super::super::FINE
        );
    }

    #[test]
    fn range_leads_know_every_separator_and_space() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = c.to_string();
            let lead = RANGE_LEADS[usize::from(s.as_bytes()[0])];
            if RANGE_SEPARATORS.iter().any(|w| s == *w) || (is_space(c) && c != '\n') {
                assert!(lead, "{c:?}");
            }
        }
        let r = quantity("3 至 5个").unwrap();
        assert_eq!(
            (r.len, r.high.map(|h| h.to_string())),
            ("3 至 5个".len(), Some("5".into()))
        );
        assert!(quantity("3－5万元").unwrap().high.is_some());
    }

    #[test]
    fn decimal_points_on_bytes() {
        for s in [
            "3.5",
            "３．５",
            "35",
            "３５",
            "1,234",
            "１，２３４",
            "2.",
            "．",
        ] {
            assert_eq!(
                has_decimal_point(s.as_bytes()),
                s.contains(chars!['.', '．']),
                "{s:?}"
            );
        }
        assert!(quantity("１２．５％").unwrap().decimal);
        assert!(!quantity("１２５％").unwrap().decimal);
    }

    #[test]
    fn strip_word_is_strip_prefix() {
        for s in [
            "至5个",
            "至",
            "",
            "到",
            "以上",
            "以下罚款",
            "-3",
            "余人",
            "个",
        ] {
            for w in ["至", "到", "以上", "以下", "-", "余", "一半", "个"] {
                assert_eq!(strip_word(s, w), s.strip_prefix(w), "{s:?} {w:?}");
            }
        }
    }

    #[test]
    fn skip_spaces_fast_path_knows_every_space() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = format!("{c}5");
            let expected = if is_space(c) && c != '\n' {
                "5"
            } else {
                s.as_str()
            };
            assert_eq!(skip_spaces(&s), expected, "{c:?}");
        }
    }

    #[test]
    fn forms() {
        assert_eq!(
            q("208.74 万元,"),
            Some((
                "208.74 万元".into(),
                "208.74".into(),
                Some("万".into()),
                Some("元".into())
            ))
        );
        assert_eq!(
            q("2345家(次),"),
            Some((
                "2345家(次)".into(),
                "2345".into(),
                None,
                Some("家(次)".into())
            ))
        );
        assert_eq!(
            q("670余人次"),
            Some(("670余人次".into(), "670".into(), None, Some("人次".into())))
        );
        assert_eq!(
            q("93.3 %,"),
            Some(("93.3 %".into(), "93.3".into(), None, Some("%".into())))
        );
        assert_eq!(
            q("50万元/矿标准"),
            Some((
                "50万元/矿".into(),
                "50".into(),
                Some("万".into()),
                Some("元/矿".into())
            ))
        );
        assert_eq!(
            q("二十一条,"),
            Some(("二十一条".into(), "21".into(), None, Some("条".into())))
        );
        assert_eq!(
            q("两次电视台"),
            Some(("两次".into(), "2".into(), None, Some("次".into())))
        );
        assert_eq!(q("三年行动"), None);
        assert_eq!(q("一是"), None);
        assert_eq!(q("5万元以上罚款").map(|x| x.0), Some("5万元以上".into()));
    }

    #[test]
    fn thousands_with_approximation_and_percent_in_words() {
        let r = quantity("3千余件来信").unwrap();
        assert_eq!((r.len, r.value.to_string()), ("3千余件".len(), "3".into()));
        assert_eq!((r.multiplier.map(|m| m.1), r.unit), (Some(3), Some("件")));
        assert_eq!(r.approx.map(|a| a.word).as_deref(), Some("余"));
        let r = quantity("百分之百完成").unwrap();
        assert_eq!((r.value.to_string(), r.unit), ("100".into(), Some("%")));
        assert!(r.percent_words);
        let r = quantity("百分之六十五点五").unwrap();
        assert_eq!(r.value.to_string(), "65.5");
        // Whatever stands 48 bytes on: the look for 分之 ends on a character boundary (two
        // digits 45 bytes on had put its end inside 万, and the percent was lost).
        for tail in ["", "1", "12", "123"] {
            let s = format!("百分之八，全县新建高标准农田{tail}万亩。");
            let r = quantity(&s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((r.len, r.value.to_string()), ("百分之八".len(), "8".into()));
        }
    }

    #[test]
    fn ratios() {
        let r = quantity("4.1∶37.6∶58.3，").unwrap();
        assert!(r.ratio);
        assert_eq!(
            (r.len, r.value.to_string()),
            ("4.1∶37.6∶58.3".len(), "4.1".into())
        );
        let parts: Vec<String> = ratio_parts("4.1∶37.6∶58.3")
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(parts, ["4.1", "37.6", "58.3"]);
        assert!(quantity("1∶2").unwrap().ratio);
        assert!(quantity("10.5:1").unwrap().ratio);
        assert!(quantity("50：50").unwrap().ratio);
        assert!(quantity("1:1").unwrap().ratio);
        assert!(quantity("3:2:1").unwrap().ratio);
        assert!(quantity("1:2:3:4:5:6:7:8").unwrap().ratio);
        assert!(!quantity("1:2:3:4:5:6:7:8:9").unwrap().ratio);
        // Times: two whole parts with a colon, or minutes and seconds.
        assert!(!quantity("14:30").unwrap().ratio);
        assert!(!quantity("8：00").unwrap().ratio);
        assert!(!quantity("15:20:47").unwrap().ratio);
    }

    #[test]
    fn spaced_word_ranges() {
        let r = quantity("12%至 16%之间").unwrap();
        assert_eq!(
            (r.value.to_string(), r.high.map(|h| h.to_string())),
            ("12".into(), Some("16".into()))
        );
        let r = quantity("1.5% 到 9.25%").unwrap();
        assert_eq!(r.high.map(|h| h.to_string()).as_deref(), Some("9.25"));
        assert_eq!(r.len, "1.5% 到 9.25%".len());
    }

    #[test]
    fn line_wrap_before_the_unit() {
        let r = quantity("2.7\n亿元，").unwrap();
        assert_eq!(
            (r.multiplier.map(|m| m.0), r.unit),
            (Some("亿"), Some("元"))
        );
        assert_eq!(r.len, "2.7\n亿元".len());
        // Across a PDF page marker line.
        let r = quantity("86\n— 12 —\n万吨，全年增长百分之二。").unwrap();
        assert_eq!(
            (r.multiplier.map(|m| m.0), r.unit),
            (Some("万"), Some("吨"))
        );
        // A line that starts with something else keeps the number bare.
        let r = quantity("86\n二、工业").unwrap();
        assert_eq!((r.len, r.unit), (2, None));
        // A space inside a compound multiplier.
        let r = quantity("3万 亿元").unwrap();
        assert_eq!((r.multiplier.map(|m| m.1), r.unit), (Some(12), Some("元")));
    }

    #[test]
    fn ranges_and_vague() {
        let r = quantity("3-5个").unwrap();
        assert_eq!(
            (r.value.to_string(), r.high.map(|h| h.to_string())),
            ("3".into(), Some("5".into()))
        );
        let r = quantity("三至五年").unwrap();
        assert_eq!(r.high.map(|h| h.to_string()), Some("5".into()));
        let r = quantity("数千万元").unwrap();
        assert!(r.vague);
        assert_eq!(
            (
                r.value.to_string(),
                r.high.map(|h| h.to_string()),
                r.multiplier
            ),
            ("1000".into(), Some("10000".into()), Some(("万", 4)))
        );
        let r = quantity("上万人").unwrap();
        assert_eq!(
            (
                r.value.to_string(),
                r.high.map(|h| h.to_string()),
                r.multiplier
            ),
            ("1".into(), Some("10".into()), Some(("万", 4)))
        );
        let r = quantity("几百人").unwrap();
        assert_eq!((r.value.to_string(), r.multiplier), ("100".into(), None));
        // Chinese numerals: the 万 or 亿 they end with is the multiplier (as in 5000万元).
        let r = quantity("三至五万元").unwrap();
        assert_eq!(
            (
                r.value.to_string(),
                r.high.map(|h| h.to_string()),
                r.multiplier
            ),
            ("3".into(), Some("5".into()), Some(("万", 4)))
        );
        let r = quantity("五千至一万元").unwrap();
        assert_eq!(
            (
                r.value.to_string(),
                r.high.map(|h| h.to_string()),
                r.multiplier
            ),
            ("0.5".into(), Some("1".into()), Some(("万", 4)))
        );
        let r = quantity("五千万元").unwrap();
        assert_eq!(
            (r.value.to_string(), r.multiplier),
            ("5000".into(), Some(("万", 4)))
        );
        let r = quantity("一万二千人").unwrap();
        assert_eq!((r.value.to_string(), r.multiplier), ("12000".into(), None));
        let r = quantity("两万亿元").unwrap();
        assert_eq!(
            (r.value.to_string(), r.multiplier),
            ("2".into(), Some(("万亿", 12)))
        );
        let r = quantity("30%~40%").unwrap();
        assert_eq!(r.high.map(|h| h.to_string()), Some("40".into()));
    }
}
