//! Numeral parsers: Arabic (half- and full-width, thousands separators, decimals) and Chinese
//! (一…九十, 两, 零/〇, 百, 千, 万, 亿, 兆, the financial forms 壹贰叁…拾佰仟, 三点五, 三分之一,
//! 百分之五十). The outline parser reads heading ordinals with them and the indicator parser
//! reads quantities with them.
//!
//! The `*_numeral` functions are nom parsers (they return the rest of the input); `parse_*`
//! are whole-string conveniences.
//!
//! ```
//! use baogao::number;
//! assert_eq!(number::parse_chinese("二十一").unwrap().to_string(), "21");
//! assert_eq!(number::parse_chinese("壹佰贰拾叁").unwrap().to_string(), "123");
//! assert_eq!(number::parse_arabic("１，０５０").unwrap().to_string(), "1050");
//! assert_eq!(number::parse_number("三点五").unwrap().to_string(), "3.5");
//! ```

use crate::decimal::Decimal;
use nom::{IResult, Parser};

/// The value of a Chinese digit character (零〇0 一壹幺 二贰两俩 … 九玖), if it is one.
///
/// ```
/// assert_eq!(baogao::number::chinese_digit('两'), Some(2));
/// assert_eq!(baogao::number::chinese_digit('十'), None);
/// ```
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '贰' | '貳' | '两' | '兩' | '俩' | '倆' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a Chinese unit character below 万 (十拾 百佰 千仟), if it is one.
///
/// ```
/// assert_eq!(baogao::number::chinese_small_unit('佰'), Some(100));
/// ```
pub fn chinese_small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// The power of ten of a large Chinese unit (万 → 4, 亿 → 8, 兆 → 12), if it is one.
///
/// ```
/// assert_eq!(baogao::number::chinese_big_unit('亿'), Some(8));
/// ```
pub fn chinese_big_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        '兆' => 12,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese integer numeral.
///
/// ```
/// assert!(baogao::number::is_chinese_numeral_char('万'));
/// assert!(!baogao::number::is_chinese_numeral_char('是'));
/// ```
pub fn is_chinese_numeral_char(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_small_unit(c).is_some() || chinese_big_unit(c).is_some()
}

/// The ASCII digit for a half- or full-width digit character.
///
/// ```
/// assert_eq!(baogao::number::arabic_digit('７'), Some(7));
/// ```
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn take_while_chars(input: &str, pred: impl Fn(char) -> bool) -> (&str, &str) {
    let end = input.char_indices().find(|&(_, c)| !pred(c)).map_or(input.len(), |(i, _)| i);
    (&input[..end], &input[end..])
}

fn err(input: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit))
}

/// Evaluates a run of Chinese integer characters (no 点). Returns `None` for malformed runs.
fn eval_chinese_integer(run: &str) -> Option<Decimal> {
    let chars: Vec<char> = run.chars().collect();
    if chars.is_empty() {
        return None;
    }
    // A run of digits alone (二〇一九, 一二三) reads digit by digit.
    if chars.len() > 1 && chars.iter().all(|&c| chinese_digit(c).is_some()) {
        let s: String = chars.iter().map(|&c| char::from(b'0' + chinese_digit(c).unwrap_or(0) as u8)).collect();
        return s.parse().ok();
    }
    let mut total: i128 = 0; // completed 亿 groups and 万 groups
    let mut section: i128 = 0; // below 万
    let mut number: i128 = 0; // pending digit
    let mut pending = false;
    let mut last_unit: i128 = 0; // value of the last unit seen, for 三千五 = 3500
    let mut last_big: u32 = 0;
    for (i, &c) in chars.iter().enumerate() {
        if let Some(d) = chinese_digit(c) {
            number = d as i128;
            pending = true;
        } else if let Some(u) = chinese_small_unit(c) {
            let n = if pending { number } else if i == 0 || u == 10 { 1 } else { return None };
            section = section.checked_add(n.checked_mul(u as i128)?)?;
            number = 0;
            pending = false;
            last_unit = u as i128;
        } else if let Some(p) = chinese_big_unit(c) {
            let unit = 10i128.checked_pow(p)?;
            let group = section + number;
            let group = if group == 0 && total == 0 { 1 } else { group };
            if p > last_big && last_big != 0 {
                // 一万亿: the whole total so far scales up.
                total = (total.checked_add(group)?).checked_mul(unit)?;
            } else {
                total = total.checked_add(group.checked_mul(unit)?)?;
            }
            last_big = p;
            section = 0;
            number = 0;
            pending = false;
            last_unit = unit;
        } else {
            return None;
        }
    }
    if pending {
        // 三千五 = 3500, 一万二 = 12000: a lone trailing digit after a unit takes the next unit down.
        let prev = chars.len().checked_sub(2).map(|i| chars[i]);
        let after_unit = prev.is_some_and(|p| chinese_digit(p).is_none() && p != '零' && p != '十' && p != '拾');
        if after_unit && last_unit >= 100 {
            number = number.checked_mul(last_unit / 10)?;
        }
    }
    Some(Decimal::new(total.checked_add(section)?.checked_add(number)?, 0))
}

/// A Chinese integer numeral at the start of the input (`二十一`, `两千`, `壹佰贰拾叁`, `一万二`).
///
/// ```
/// use baogao::number::chinese_integer;
/// let (rest, v) = chinese_integer("十一是加强").unwrap();
/// assert_eq!((rest, v.to_string().as_str()), ("是加强", "11"));
/// ```
pub fn chinese_integer(input: &str) -> IResult<&str, Decimal> {
    let (run, rest) = take_while_chars(input, is_chinese_numeral_char);
    if run.is_empty() {
        return Err(err(input));
    }
    // Try the longest run first, then shorter prefixes (一万二千三 … 一).
    let ends: Vec<usize> = run.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    for &end in ends.iter().rev() {
        if let Some(v) = eval_chinese_integer(&run[..end]) {
            return Ok((&input[end..], v));
        }
    }
    let _ = rest;
    Err(err(input))
}

/// A Chinese numeral with an optional decimal part (`三点五`, `十二点零五`).
///
/// ```
/// let (_, v) = baogao::number::chinese_numeral("三点五个").unwrap();
/// assert_eq!(v.to_string(), "3.5");
/// ```
pub fn chinese_numeral(input: &str) -> IResult<&str, Decimal> {
    let (rest, int) = chinese_integer(input)?;
    if let Some(after) = rest.strip_prefix('点') {
        let (frac, rest2) = take_while_chars(after, |c| chinese_digit(c).is_some());
        if !frac.is_empty() && int.to_i128().is_some() {
            let digits: String = frac.chars().map(|c| char::from(b'0' + chinese_digit(c).unwrap_or(0) as u8)).collect();
            if let Ok(v) = format!("{}.{}", int, digits).parse() {
                return Ok((rest2, v));
            }
        }
    }
    Ok((rest, int))
}

/// An Arabic numeral at the start of the input: half- or full-width digits, optional thousands
/// separators (`1,050,000`, `４，５６５`) and one decimal point (`.` or `．`).
///
/// ```
/// use baogao::number::arabic_numeral;
/// let (rest, v) = arabic_numeral("1,050,000元").unwrap();
/// assert_eq!((rest, v.to_string().as_str()), ("元", "1050000"));
/// let (rest, v) = arabic_numeral("6.24”").unwrap();
/// assert_eq!((rest, v.to_string().as_str()), ("”", "6.24"));
/// ```
pub fn arabic_numeral(input: &str) -> IResult<&str, Decimal> {
    let mut digits = String::new();
    let mut chars = input.char_indices().peekable();
    let mut end = 0;
    let mut seen_point = false;
    let mut group_len: Option<usize> = None; // digits since the last thousands separator
    while let Some(&(i, c)) = chars.peek() {
        if let Some(d) = arabic_digit(c) {
            digits.push(char::from(b'0' + d as u8));
            if let Some(g) = group_len.as_mut() {
                *g += 1;
            }
            end = i + c.len_utf8();
            chars.next();
            continue;
        }
        let next_is_digit = |it: &std::iter::Peekable<std::str::CharIndices>| {
            let mut it = it.clone();
            it.next();
            it.peek().is_some_and(|&(_, n)| arabic_digit(n).is_some())
        };
        let is_sep = matches!(c, ',' | '，' | '､');
        let is_point = matches!(c, '.' | '．');
        if is_sep && !seen_point && !digits.is_empty() && next_is_digit(&chars) {
            // A thousands separator only when exactly three digits follow it.
            let rest = &input[i + c.len_utf8()..];
            let (grp, after) = take_while_chars(rest, |c| arabic_digit(c).is_some());
            let ok_group = grp.chars().count() == 3
                && !after.starts_with(|n: char| arabic_digit(n).is_some())
                && group_len.is_none_or(|g| g == 3);
            if ok_group && (group_len.is_some() || digits.len() <= 3) {
                group_len = Some(0);
                chars.next();
                continue;
            }
            break;
        }
        if is_point && !seen_point && !digits.is_empty() && next_is_digit(&chars) {
            if group_len.is_some_and(|g| g != 3) {
                break;
            }
            seen_point = true;
            digits.push('.');
            chars.next();
            continue;
        }
        break;
    }
    if digits.is_empty() {
        return Err(err(input));
    }
    if group_len.is_some_and(|g| g != 3) {
        return Err(err(input));
    }
    match digits.parse::<Decimal>() {
        Ok(v) => Ok((&input[end..], v)),
        Err(_) => Err(nom::Err::Failure(nom::error::Error::new(input, nom::error::ErrorKind::TooLarge))),
    }
}

/// A Chinese fraction or percentage in words: `三分之一` (1/3, rounded to 10 places),
/// `百分之五十` (50), `百分之三点五` (3.5). Returns the value and whether it was a percentage.
///
/// ```
/// let (_, (v, pct)) = baogao::number::chinese_fraction("百分之三点五").unwrap();
/// assert_eq!((v.to_string().as_str(), pct), ("3.5", true));
/// let (_, (v, pct)) = baogao::number::chinese_fraction("四分之一").unwrap();
/// assert_eq!((v.to_string().as_str(), pct), ("0.25", false));
/// ```
pub fn chinese_fraction(input: &str) -> IResult<&str, (Decimal, bool)> {
    let (rest, den) = any_numeral_no_fraction(input)?;
    let (rest, _) = nom::bytes::complete::tag("分之").parse(rest)?;
    let (rest, num) = any_numeral_no_fraction(rest)?;
    if den == Decimal::from(100) {
        return Ok((rest, (num, true)));
    }
    let v = num.checked_div(&den).or_else(|| div_rounded(&num, &den, 10)).ok_or_else(|| err(input))?;
    Ok((rest, (v, false)))
}

fn any_numeral_no_fraction(input: &str) -> IResult<&str, Decimal> {
    nom::branch::alt((arabic_numeral, chinese_numeral)).parse(input)
}

/// `num / den` rounded half-up to `places` fractional digits.
fn div_rounded(num: &Decimal, den: &Decimal, places: u32) -> Option<Decimal> {
    let scaled = num.checked_mul(&Decimal::pow10(places + 1)?)?;
    let (n, d) = (scaled.to_string(), den.to_string());
    let (n, d): (f64, f64) = (n.parse().ok()?, d.parse().ok()?);
    let q = (n / d).round();
    let q = ((q / 10.0) + 0.5).floor() as i128;
    Some(Decimal::new(q, places))
}

/// Any numeral: Arabic, Chinese (with 点 decimals) or a Chinese fraction/percentage.
///
/// ```
/// let (rest, v) = baogao::number::numeral("93.3 %").unwrap();
/// assert_eq!((rest, v.to_string().as_str()), (" %", "93.3"));
/// ```
pub fn numeral(input: &str) -> IResult<&str, Decimal> {
    nom::branch::alt((nom::combinator::map(chinese_fraction, |(v, _)| v), arabic_numeral, chinese_numeral)).parse(input)
}

fn whole<'a>(input: &'a str, p: impl Fn(&'a str) -> IResult<&'a str, Decimal>) -> Option<Decimal> {
    match p(input.trim()) {
        Ok(("", v)) => Some(v),
        _ => None,
    }
}

/// Parses a whole string as a Chinese numeral.
///
/// ```
/// assert_eq!(baogao::number::parse_chinese("二十一").unwrap().to_i128(), Some(21));
/// assert_eq!(baogao::number::parse_chinese("三千五").unwrap().to_i128(), Some(3500));
/// assert!(baogao::number::parse_chinese("二十一条").is_none());
/// ```
pub fn parse_chinese(s: &str) -> Option<Decimal> {
    whole(s, chinese_numeral)
}

/// Parses a whole string as an Arabic numeral.
///
/// ```
/// assert_eq!(baogao::number::parse_arabic("208.74").unwrap().to_string(), "208.74");
/// ```
pub fn parse_arabic(s: &str) -> Option<Decimal> {
    whole(s, arabic_numeral)
}

/// Parses a whole string as any numeral, including mixed forms with a multiplier
/// (`1.2万` = 12000, `5万4千6百` = 54600, `十余万` is not a whole numeral).
///
/// ```
/// assert_eq!(baogao::number::parse_number("1.2万").unwrap().to_string(), "12000");
/// assert_eq!(baogao::number::parse_number("5万4千6百").unwrap().to_string(), "54600");
/// assert_eq!(baogao::number::parse_number("百分之五十").unwrap().to_string(), "50");
/// ```
pub fn parse_number(s: &str) -> Option<Decimal> {
    whole(s, mixed_numeral)
}

/// A numeral that may mix Arabic digits with Chinese units: `1.2万`, `5万4千6百`, `3亿`.
///
/// ```
/// let (rest, v) = baogao::number::mixed_numeral("2.5亿元").unwrap();
/// assert_eq!((rest, v.to_string().as_str()), ("元", "250000000"));
/// ```
pub fn mixed_numeral(input: &str) -> IResult<&str, Decimal> {
    if let Ok(r) = chinese_fraction(input) {
        return Ok((r.0, r.1 .0));
    }
    let (mut rest, first) = numeral(input)?;
    let mut total = Decimal::ZERO;
    let mut group = first;
    loop {
        let mut it = rest.chars();
        let Some(c) = it.next() else { break };
        let scale = if let Some(p) = chinese_big_unit(c) {
            Some(p)
        } else {
            chinese_small_unit(c).map(|u| match u {
                10 => 1,
                100 => 2,
                _ => 3,
            })
        };
        let Some(p) = scale else { break };
        let Some(mul) = Decimal::pow10(p) else { break };
        let Some(g) = group.checked_mul(&mul) else { break };
        rest = it.as_str();
        // Another numeral group may follow (5万4千6百).
        match arabic_numeral(rest).or_else(|_| chinese_integer(rest)) {
            Ok((r, next)) if p >= 3 => {
                total = total.checked_add(&g).ok_or_else(|| err(input))?;
                group = next;
                rest = r;
            }
            _ => {
                total = total.checked_add(&g).ok_or_else(|| err(input))?;
                group = Decimal::ZERO;
                break;
            }
        }
    }
    let v = total.checked_add(&group).ok_or_else(|| err(input))?;
    Ok((rest, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cn(s: &str) -> Option<i128> {
        parse_chinese(s).and_then(|d| d.to_i128())
    }

    #[test]
    fn chinese_integers() {
        for (s, v) in [
            ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十一", 21), ("九十九", 99),
            ("一百", 100), ("一百零五", 105), ("两千", 2000), ("三千五", 3500), ("一万二", 12000),
            ("五万四千六百", 54600), ("三亿五千万", 350_000_000), ("一万亿", 1_000_000_000_000),
            ("壹佰贰拾叁", 123), ("拾", 10), ("二〇一九", 2019), ("零", 0), ("百", 100), ("千", 1000),
            ("十万", 100_000), ("一百二十万", 1_200_000),
        ] {
            assert_eq!(cn(s), Some(v), "{s}");
        }
    }

    #[test]
    fn chinese_integer_leaves_rest() {
        assert_eq!(chinese_integer("十一是"), Ok(("是", Decimal::from(11))));
        assert_eq!(chinese_integer("三、把握"), Ok(("、把握", Decimal::from(3))));
        assert!(chinese_integer("是").is_err());
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(parse_arabic("1,050,000"), Some(Decimal::from(1_050_000)));
        assert_eq!(parse_arabic("４，５６５"), Some(Decimal::from(4565)));
        assert_eq!(parse_arabic("１２．５").map(|d| d.to_string()), Some("12.5".into()));
        // Not a thousands group: stops before the comma.
        assert_eq!(arabic_numeral("12,34"), Ok((",34", Decimal::from(12))));
        assert_eq!(arabic_numeral("2019年"), Ok(("年", Decimal::from(2019))));
        assert_eq!(arabic_numeral("5.") , Ok((".", Decimal::from(5))));
    }

    #[test]
    fn huge_numbers_fail_without_panic() {
        let s = "9".repeat(400);
        assert!(arabic_numeral(&s).is_err());
        assert!(chinese_integer(&"九".repeat(400)).is_err() || chinese_integer(&"九".repeat(400)).is_ok());
        assert!(mixed_numeral(&"九千亿".repeat(50)).is_ok() || mixed_numeral(&"九千亿".repeat(50)).is_err());
    }

    #[test]
    fn fractions_and_percent_words() {
        assert_eq!(parse_number("百分之五十"), Some(Decimal::from(50)));
        assert_eq!(parse_number("三分之一").map(|d| d.to_string()), Some("0.3333333333".into()));
        assert_eq!(parse_number("二分之一").map(|d| d.to_string()), Some("0.5".into()));
    }

    #[test]
    fn mixed() {
        assert_eq!(parse_number("1.2万"), Some(Decimal::from(12000)));
        assert_eq!(parse_number("5万4千6百"), Some(Decimal::from(54600)));
        assert_eq!(parse_number("3亿"), Some(Decimal::from(300_000_000)));
    }
}
