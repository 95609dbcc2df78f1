//! Recognisers for the lines around the body: publication metadata (`发布日期:… 来源:…`),
//! the closing date, and web-page boilerplate (扫一扫, 我要纠错, 打印本页 …).
//!
//! ```
//! let fields = baogao::meta::meta_fields("信息来源:娄底市应急管理局 作者: 编辑:").unwrap();
//! assert_eq!(fields[0], ("信息来源".into(), "娄底市应急管理局".into()));
//! assert_eq!(fields.len(), 3);
//! ```

use crate::number::{arabic_digit, chinese_digit};
use crate::text::{is_space, trim};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::one_of;
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

/// Metadata keys, longest first so that `信息来源` wins over `来源`.
const META_KEYS: &[&str] = &[
    "发布日期",
    "发布时间",
    "发布机构",
    "发文机关",
    "发文日期",
    "成文日期",
    "信息来源",
    "文章来源",
    "责任编辑",
    "浏览次数",
    "点击次数",
    "访问量",
    "浏览量",
    "点击数",
    "阅读量",
    "索引号",
    "来源",
    "作者",
    "编辑",
    "日期",
    "时间",
    "字体",
    "字号",
    "分类",
    "主题分类",
];

fn meta_key(input: &str) -> IResult<&str, &str> {
    let input_trimmed = input.trim_start_matches(|c: char| is_space(c) || c == '【' || c == '[');
    for k in META_KEYS {
        if let Some(rest) = input_trimmed.strip_prefix(k) {
            let rest = rest.trim_start_matches(is_space);
            if let Some(r) = rest.strip_prefix([':', '：']) {
                return Ok((r, k));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Tag,
    )))
}

/// Splits a metadata line into `(key, value)` fields, or `None` if the line is not metadata.
/// A line is metadata when it starts with a known key followed by a colon.
///
/// ```
/// let f = baogao::meta::meta_fields("发布日期:2025-01-20 16:20 来源:潜江市应急管理局").unwrap();
/// assert_eq!(f[0].1, "2025-01-20 16:20");
/// assert!(baogao::meta::meta_fields("来源于群众的意见很多。").is_none());
/// ```
pub fn meta_fields(line: &str) -> Option<Vec<(String, String)>> {
    let line = trim(line);
    // More than 480 bytes is more than 120 characters: no need to count them.
    if line.len() > 480 || line.chars().count() > 120 {
        return None;
    }
    let (mut rest, mut key) = meta_key(line).ok()?;
    let mut out = Vec::new();
    loop {
        // The value runs to the next `key:` (preceded by a space) or the end of the line.
        let mut cut = rest.len();
        let mut next = None;
        for (i, c) in rest.char_indices() {
            if is_space(c) || c == '】' || c == ']' {
                let after = &rest[i..];
                if let Ok((r, k)) = meta_key(after) {
                    cut = i;
                    next = Some((r, k));
                    break;
                }
            }
        }
        let value = trim(&rest[..cut]).trim_end_matches(['】', ']']).trim();
        out.push((key.to_string(), value.to_string()));
        match next {
            Some((r, k)) => {
                rest = r;
                key = k;
            }
            None => break,
        }
    }
    Some(out)
}

fn digits(input: &str) -> IResult<&str, &str> {
    take_while1(|c| arabic_digit(c).is_some()).parse(input)
}

fn cn_digits(input: &str) -> IResult<&str, &str> {
    take_while1(|c| chinese_digit(c).is_some() || c == '十').parse(input)
}

/// A date as written in a closing or metadata: `2025年1月9日`, `二〇二五年一月九日`, `2025-01-09`,
/// `2025.1.9`, `2025/01/09`.
///
/// ```
/// assert_eq!(baogao::meta::date("2025年1月9日").unwrap(), ("", "2025年1月9日"));
/// assert_eq!(baogao::meta::date("二〇二五年一月九日").unwrap().1, "二〇二五年一月九日");
/// assert!(baogao::meta::date("2025年").is_err());
/// ```
pub fn date(input: &str) -> IResult<&str, &str> {
    alt((
        recognize((
            take_while_m_n(4, 4, |c| arabic_digit(c).is_some()),
            tag("年"),
            digits,
            tag("月"),
            digits,
            one_of("日号"),
        )),
        recognize((
            cn_digits,
            tag("年"),
            cn_digits,
            tag("月"),
            cn_digits,
            one_of("日号"),
        )),
        recognize((
            take_while_m_n(4, 4, |c| arabic_digit(c).is_some()),
            one_of("-./"),
            take_while_m_n(1, 2, |c| arabic_digit(c).is_some()),
            one_of("-./"),
            take_while_m_n(1, 2, |c| arabic_digit(c).is_some()),
            opt(one_of("日")),
        )),
    ))
    .parse(input)
}

/// Whether the whole (trimmed) line is a date.
///
/// ```
/// assert!(baogao::meta::is_date_line("  2025年1月9日 "));
/// assert!(!baogao::meta::is_date_line("2025年1月9日召开会议"));
/// ```
pub fn is_date_line(line: &str) -> bool {
    matches!(date(trim(line)), Ok(("", _)))
}

/// Web-page chrome phrases. A line made only of these (and separators) is boilerplate.
const CHROME: &[&str] = &[
    "扫一扫在手机上查看当前页面",
    "扫一扫在手机打开当前页",
    "扫一扫在手机打开当前页面",
    "在手机上查看当前页面",
    "扫一扫",
    "扫码浏览",
    "扫码查看",
    "我要纠错",
    "关闭窗口",
    "关闭本页",
    "打印本页",
    "打印页面",
    "打印",
    "关闭",
    "收藏",
    "分享到",
    "分享",
    "返回顶部",
    "返回",
    "上一篇",
    "下一篇",
    "相关链接",
    "保存本页",
    "字体",
    "大",
    "中",
    "小",
    "默认",
    "附件",
    "网站地图",
    "联系我们",
    "纠错",
    "浏览次数",
    "【",
    "】",
    "[",
    "]",
    "|",
    "：",
    ":",
    "/",
    "-",
    "·",
];

/// Whether the line is web-page chrome (扫一扫…, 我要纠错 关闭窗口, 【打印本页】, an empty `附件:`).
///
/// ```
/// use baogao::meta::is_boilerplate;
/// assert!(is_boilerplate("我要纠错 关闭窗口"));
/// assert!(is_boilerplate("附件:"));
/// assert!(is_boilerplate("【打印本页】【关闭窗口】"));
/// assert!(!is_boilerplate("附件:1.实施方案"));
/// assert!(!is_boilerplate("中"));
/// ```
pub fn is_boilerplate(line: &str) -> bool {
    if is_breadcrumb(line) || is_prev_next(line) {
        return true;
    }
    let mut rest = trim(line);
    // More than 240 bytes is more than 60 characters: no need to count them.
    if rest.is_empty() || rest.len() > 240 || rest.chars().count() > 60 {
        return false;
    }
    let mut words = 0;
    let mut strong = false;
    'outer: while !rest.is_empty() {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        for w in CHROME {
            if let Some(r) = rest.strip_prefix(w) {
                if w.chars().count() >= 2 {
                    strong = true;
                    words += 1;
                }
                rest = r;
                continue 'outer;
            }
        }
        return false;
    }
    strong && words >= 1
}

/// Whether the line is a site's breadcrumb: a "where you are" label (当前位置, 您的位置 …), a
/// colon, then a path with `>`, `》`, `→` or `»` between its steps.
///
/// ```
/// use baogao::meta::is_breadcrumb;
/// assert!(is_breadcrumb("您当前的位置： 网站首页>数据开放>统计公报"));
/// assert!(is_breadcrumb("当前位置：首页 » 政务公开"));
/// assert!(!is_breadcrumb("当前位置：首页"));
/// assert!(!is_breadcrumb("坚持把群众所在位置作为工作重点>一切"));
/// assert!(is_breadcrumb("您当前的位置：首页>统计"));
/// ```
pub fn is_breadcrumb(line: &str) -> bool {
    let l = trim(line);
    if l.len() > 600 || l.chars().count() > 150 {
        return false;
    }
    let Some(colon) = l.find(['：', ':']) else {
        return false;
    };
    let label = l[..colon].trim_end();
    label.ends_with("位置")
        && ["当前", "您", "现在", "所在"]
            .iter()
            .any(|w| label.contains(w))
        && label.chars().count() <= 8
        && l[colon..].contains(['>', '》', '→', '»'])
}

/// Whether the line is a link to the previous or next article (`上一篇：…`, `下一篇：…`).
///
/// ```
/// use baogao::meta::is_prev_next;
/// assert!(is_prev_next("上一篇：某县2016年统计公报"));
/// assert!(is_prev_next("下一篇: 没有了"));
/// assert!(!is_prev_next("上一篇文章中提到的"));
/// ```
pub fn is_prev_next(line: &str) -> bool {
    let l = trim(line);
    l.chars().count() <= 100
        && ["上一篇", "下一篇", "上一条", "下一条"].iter().any(|w| {
            l.strip_prefix(w)
                .is_some_and(|r| r.trim_start().starts_with(['：', ':']))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_lines() {
        let f = meta_fields("发布时间:2020-01-16 14:56 浏览量: 字体:").unwrap();
        assert_eq!(
            f,
            vec![
                ("发布时间".into(), "2020-01-16 14:56".into()),
                ("浏览量".into(), "".into()),
                ("字体".into(), "".into()),
            ]
        );
        assert!(meta_fields("一、总体情况").is_none());
    }

    #[test]
    fn boilerplate_lines() {
        for s in [
            "扫一扫在手机上查看当前页面",
            "扫码浏览",
            "【打印本页】 【关闭窗口】",
            "附件：",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
        for s in ["全市开展扫一扫活动。", "关闭取缔经营网点142个", ""] {
            assert!(!is_boilerplate(s), "{s}");
        }
    }
}
