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

/// A Chinese ordinal numeral up to 九十九, made only of 一…九 and 十 (no 两, 百, 万).
fn cn_ordinal(input: &str) -> IResult<&str, u32> {
    let (rest, run) = nom::bytes::complete::take_while1(|c| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' | '零'
        )
    })
    .parse(input)?;
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

/// An Arabic ordinal, 1–99, half- or full-width digits.
fn ar_ordinal(input: &str) -> IResult<&str, u32> {
    let (rest, run) =
        recognize(nom::multi::many1(satisfy(|c| arabic_digit(c).is_some()))).parse(input)?;
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

fn open_paren(input: &str) -> IResult<&str, char> {
    one_of("(（").parse(input)
}

fn close_paren(input: &str) -> IResult<&str, char> {
    one_of(")）").parse(input)
}

/// `一、` (also `一，` `一．` `一.`).
fn chinese_comma(input: &str) -> IResult<&str, u32> {
    terminated(cn_ordinal, one_of("、，．.")).parse(input)
}

/// `(一)` / `（一）`, optionally followed by `、` or `.`.
fn paren_chinese(input: &str) -> IResult<&str, u32> {
    terminated(
        delimited(open_paren, cn_ordinal, close_paren),
        opt(one_of("、.．")),
    )
    .parse(input)
}

/// `(1)` / `（1）`, optionally followed by `、` or `.`.
fn paren_arabic(input: &str) -> IResult<&str, u32> {
    terminated(
        delimited(open_paren, ar_ordinal, close_paren),
        opt(one_of("、.．")),
    )
    .parse(input)
}

/// `1.` / `1．` not followed by a digit (so `6.24` and `1.1万` are not markers).
fn arabic_dot(input: &str) -> IResult<&str, u32> {
    terminated(
        ar_ordinal,
        terminated(
            one_of(".．"),
            not(peek(satisfy(|c| arabic_digit(c).is_some()))),
        ),
    )
    .parse(input)
}

/// `1、`.
fn arabic_comma(input: &str) -> IResult<&str, u32> {
    terminated(ar_ordinal, char('、')).parse(input)
}

/// `①`…`⑳`.
fn circled(input: &str) -> IResult<&str, u32> {
    map(satisfy(|c| ('①'..='⑳').contains(&c)), |c| {
        c as u32 - '①' as u32 + 1
    })
    .parse(input)
}

fn numbered(word: &'static str) -> impl Fn(&str) -> IResult<&str, u32> {
    move |input| {
        delimited(
            char('第'),
            alt((
                cn_ordinal,
                ar_ordinal,
                map(
                    verify(chinese_integer, |v| small_ordinal(*v).is_some()),
                    |v| small_ordinal(v).unwrap_or(1),
                ),
            )),
            tag(word),
        )
        .parse(input)
    }
}

/// A bare Chinese numeral directly followed by a CJK character that is not a measure word or
/// 是 (`一建立…`). Only the outline decides whether it is a heading (by ordinal sequence).
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

fn marker_with(input: &str, allow_bare: bool) -> IResult<&str, Marker> {
    let styled =
        |style: MarkerStyle, p: fn(&str) -> IResult<&str, u32>| map(p, move |n| (style, n));
    let chapter = numbered("章");
    let section = numbered("节");
    let article = numbered("条");
    let (rest, (style, ordinal)) = alt((
        styled(MarkerStyle::ParenChinese, paren_chinese),
        styled(MarkerStyle::ParenArabic, paren_arabic),
        styled(MarkerStyle::ChineseComma, chinese_comma),
        styled(MarkerStyle::ArabicDot, arabic_dot),
        styled(MarkerStyle::ArabicComma, arabic_comma),
        styled(MarkerStyle::Circled, circled),
        map(chapter, |n| (MarkerStyle::Chapter, n)),
        map(section, |n| (MarkerStyle::ChapterSection, n)),
        map(article, |n| (MarkerStyle::Article, n)),
    ))
    .parse(input)
    .or_else(|e| {
        if allow_bare {
            map(bare, |n| (MarkerStyle::Bare, n)).parse(input)
        } else {
            Err(e)
        }
    })?;
    let raw = &input[..input.len() - rest.len()];
    let after = rest.trim_start_matches(crate::text::is_space);
    Ok((
        after,
        Marker {
            raw: raw.to_string(),
            style,
            ordinal: Some(ordinal),
        },
    ))
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
