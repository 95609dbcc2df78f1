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
    // `文章来源：司法局 更新时间：2021/03/29`: the page's update date (its only date there).
    "更新时间",
    "更新日期",
    "发文机关",
    "发文日期",
    "成文日期",
    "信息来源",
    "文章来源",
    "责任编辑",
    // a WeChat article's reviewer beside its editor (`责任编辑：张三　　审核：李四`)
    "审核",
    "校对",
    "浏览次数",
    "点击次数",
    "阅读次数",
    "访问次数",
    "访问量",
    "浏览量",
    "点击数",
    "点击量",
    "阅读量",
    "点击",
    "签到天数",
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
    // Keys of the publication table on government disclosure pages (信息公开目录).
    "发布单位",
    "发文单位",
    "发文时间",
    "发文字号",
    "文号",
    "公开方式",
    "公开时限",
    "公开范围",
    "公开日期",
    "生成日期",
    "有效性",
    "主题词",
    "所属机构",
    "标题",
    // Page counters and the fields of article collections (a portal's copy, a scraper's header).
    "阅读",
    "评论",
    "报告人",
    "来源URL",
    "原文链接",
    "原文地址",
];

/// `input` after `key`, where the key's characters may be set apart by spaces (`索 引 号`,
/// `发布日期` spaced out to the width of a table column).
fn strip_spaced_key<'a>(input: &'a str, key: &str) -> Option<&'a str> {
    if let Some(rest) = input.strip_prefix(key) {
        return Some(rest);
    }
    let mut rest = input;
    for (i, c) in key.chars().enumerate() {
        if i > 0 {
            rest = rest.trim_start_matches(is_space);
        }
        rest = rest.strip_prefix(c)?;
    }
    Some(rest)
}

/// Keys of a disclosure page's publication table that a site may qualify with a word before
/// them (`公文生成日期`, `备注/文号`): read with up to two characters (and a `/`) before them.
const QUALIFIED_KEYS: &[&str] = &[
    "文号",
    "生成日期",
    "成文日期",
    "发文日期",
    "发布日期",
    "公开日期",
];

fn meta_key(input: &str) -> IResult<&str, &str> {
    // (A list bullet before each field, `• 索 引 号:`, as some pages set their publication table.)
    let input_trimmed = input.trim_start_matches(|c: char| {
        is_space(c)
            || matches!(c, '【' | '[' | '|' | '｜' | '丨' | '（' | '(')
            || crate::indicator::FINE && crate::text::BULLETS.contains(&c)
    });
    // Every key starts with a CJK character: a cheap test before trying them all.
    if input_trimmed.starts_with(|c: char| c.is_ascii() || !crate::text::is_cjk(c)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )));
    }
    // Only the keys that start with the line's first character can match: every key starts
    // with a CJK ideograph (three UTF-8 bytes, checked above for the line), so the first three
    // bytes are compared, without decoding each key's first character.
    let lead = input_trimmed.as_bytes().get(..3);
    for k in META_KEYS.iter().filter(|k| k.as_bytes().get(..3) == lead) {
        if let Some(rest) = strip_spaced_key(input_trimmed, k) {
            let rest = rest.trim_start_matches(is_space);
            if let Some(r) = rest.strip_prefix(chars![':', '：']) {
                return Ok((r, k));
            }
        }
    }
    if crate::indicator::FINE {
        // A qualified key: one or two ideographs, maybe a `/`, then the key and its colon.
        for skip in [3, 6] {
            let Some(rest) = input_trimmed.get(skip..) else {
                break;
            };
            if !input_trimmed[..skip].chars().all(crate::text::is_cjk) {
                break;
            }
            let rest = rest.strip_prefix('/').unwrap_or(rest);
            for k in QUALIFIED_KEYS {
                if let Some(r) = rest
                    .strip_prefix(k)
                    .and_then(|r| r.strip_prefix(chars![':', '：']))
                {
                    return Ok((r, k));
                }
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Tag,
    )))
}

/// Whether `line` is a document number alone (`某府〔2019〕1号`, `某办发[2023]12号`): the issuer's
/// abbreviation, the year in brackets, the number and 号. Above or under a title it is the
/// document's 文号, no part of the title.
///
/// ```
/// assert!(baogao::meta::doc_number_line("厦湖府〔2019〕1号"));
/// assert!(!baogao::meta::doc_number_line("某县2019年政府信息公开工作年度报告"));
/// ```
pub fn doc_number_line(line: &str) -> bool {
    let t = trim(line);
    let Some(body) = t.strip_suffix('号') else {
        return false;
    };
    if t.len() > 60 {
        return false;
    }
    let Some((issuer, rest)) = body.split_once(chars!['〔', '[', '［']) else {
        return false;
    };
    let Some((year, number)) = rest.split_once(chars!['〕', ']', '］']) else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    (1..=10).contains(&issuer.chars().count())
        && issuer.chars().all(crate::text::is_cjk)
        && digits(year, 4..=4)
        && digits(number, 1..=4)
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
    // (A character takes at least a byte: at most 120 bytes need no count either.)
    if line.len() > 480 || (line.len() > 120 && line.chars().count() > 120) {
        return None;
    }
    let (mut rest, mut key) = match meta_key(line) {
        Ok(found) => found,
        Err(_) if crate::indicator::FINE => led_fields(line)?,
        Err(_) => return None,
    };
    let mut out = Vec::new();
    loop {
        // The value runs to the next `key:` (preceded by a space) or the end of the line.
        let mut cut = rest.len();
        let mut next = None;
        for (i, c) in rest.char_indices() {
            if is_space(c) || matches!(c, '】' | ']' | '|' | '｜' | '丨' | '?' | '？') {
                let after = &rest[i..];
                if let Ok((r, k)) = meta_key(after) {
                    cut = i;
                    next = Some((r, k));
                    break;
                }
                // `编辑：张敏　　2026-02-03 10:15　　发表于四川`: a WeChat article's publication
                // time after the fields, with no key, and the place it was posted from (chrome).
                if crate::indicator::FINE && is_space(c) && i > 0 {
                    let after = after.trim_start_matches(is_space);
                    if after.starts_with("发表于") {
                        cut = i;
                        break;
                    }
                    if !matches!(key, "时间" | "日期" | "发布时间" | "发布日期")
                        && timestamp_ahead(after)
                    {
                        cut = i;
                        next = Some((after, "时间"));
                        break;
                    }
                }
            }
            // `来源：市审计局日期：2025-11-18`: a key of date glued to the value before it
            // (the page's spacing lost) opens a field when a date follows it.
            // So do the keys of a source, an author and a counter (`发布时间：2024-03-15来源：
            // 某县统计局浏览次数：3862`: a page's spans with no space between).
            if crate::indicator::FINE
                && i > 0
                && matches!(
                    c,
                    '日' | '时'
                        | '发'
                        | '来'
                        | '浏'
                        | '点'
                        | '阅'
                        | '访'
                        | '作'
                        | '字'
                        | '编'
                        | '责'
                )
            {
                if let Ok((r, k)) = meta_key(&rest[i..]) {
                    let dated = matches!(k, "日期" | "时间" | "发布日期" | "发布时间")
                        && date(r.trim_start_matches(is_space)).is_ok();
                    let glued = matches!(k, "来源" | "作者" | "字号" | "编辑" | "责任编辑")
                        || COUNTER_KEYS.contains(&k);
                    if dated || glued {
                        cut = i;
                        next = Some((r, k));
                        break;
                    }
                }
            }
        }
        // A value ends at the next key; brackets around the field and `?` runs (non-breaking
        // spaces lost to a wrong encoding: `2023-03-30????`) are no part of it.
        // A closing round bracket is the field's wrapper (`（责任编辑：张三）`) unless the value
        // opens it itself (`政府工作报告（节选）`, `2016-01-25（第五次会议）`).
        // (Not in the small WebAssembly build, which trims every closing bracket: see `FINE`.)
        let value = if crate::indicator::FINE {
            let ends = ['】', ']', '|', '｜', '丨', '?', '？'];
            let value = trim(&rest[..cut]).trim_end_matches(ends);
            match value.strip_suffix(chars!['）', ')']) {
                Some(v) if !v.contains(chars!['（', '(']) => v.trim_end_matches(ends),
                _ => value,
            }
        } else {
            trim(&rest[..cut])
                .trim_end_matches(chars!['】', ']', '|', '｜', '丨', '）', ')', '?', '？'])
        };
        // `| 发布机构： | 某县农业农村局 | 成文日期： | 2024-01-18 |`: a disclosure table's row,
        // its key and value in cells of their own; the cell mark is no part of the value.
        let value = trim(value);
        let value = if crate::indicator::FINE {
            trim(value.trim_start_matches(chars!['|', '｜']))
        } else {
            value
        };
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

/// Whether `s` opens with a page's timestamp, a date and a clock time (`2026-02-03 10:15…`).
fn timestamp_ahead(s: &str) -> bool {
    // (the date and the time, at most 40 bytes: the rest of the line is not read)
    let head = &s[..crate::text::floor_char_boundary(s, s.len().min(40))];
    date(head).is_ok_and(|(r, _)| {
        let r = r.trim_start_matches(is_space);
        let (len, n) = crate::text::leading_digits(r);
        (1..=2).contains(&n) && r[len..].starts_with(chars![':', '：'])
    })
}

/// The first field of a publication line that does not open with a key (see [`meta_fields`]):
/// a page's timestamp with keyed fields glued or spaced after it (`2026-02-03
/// 07:45来源：青禾日报作者：…`, a byline of adjacent spans), read as a `时间` field; or a WeChat
/// article's `阅读原文` link before its fields (`阅读原文　　来源：县文旅局　　编辑：张敏`).
fn led_fields(line: &str) -> Option<(&str, &str)> {
    if let Some(r) = line.strip_prefix("阅读原文") {
        return meta_key(r.trim_start_matches(is_space)).ok();
    }
    if !timestamp_ahead(line) {
        return None;
    }
    // a key after the clock time, glued or after a space
    let (after, _) = date(line).ok()?;
    let at = after
        .char_indices()
        .take(12)
        .find(|&(_, c)| !(c.is_ascii_digit() || is_space(c) || matches!(c, ':' | '：')))
        .map(|(i, _)| i)?;
    meta_key(&after[at..]).ok()?;
    Some((line, "时间"))
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

/// The last characters of an organisation's name (局, 委员会, 人民政府, 办公室 …): what tells a
/// byline or a signature from a line of title or text.
const ORG_SUFFIXES: &str = "局委院厅府办部室处会组署司所站队";

/// A short line naming an organisation (`国家统计局`, `（万载县统计局）`): 3–25 characters, no
/// punctuation, ending with an organisation suffix. Gives the name without brackets.
///
/// ```
/// use baogao::meta::organisation_line;
/// assert_eq!(organisation_line("（某县统计局）"), Some("某县统计局"));
/// assert_eq!(organisation_line("国家统计局"), Some("国家统计局"));
/// assert_eq!(organisation_line("全年共召开会议"), None);
/// ```
pub fn organisation_line(line: &str) -> Option<&str> {
    let t = trim(line);
    let inner = t
        .strip_prefix(chars!['（', '('])
        .and_then(|r| r.strip_suffix(chars!['）', ')']))
        .map_or(t, trim);
    let n = inner.chars().count();
    ((3..=25).contains(&n)
        && inner.ends_with(|c: char| ORG_SUFFIXES.contains(c))
        && inner
            .chars()
            .all(|c| crate::text::is_cjk(c) || is_space(c) || c.is_ascii_alphanumeric()))
    .then_some(inner)
}

/// A date line, bare or in brackets (`2025年2月28日`, `（2007年1月30日）`): gives the date.
/// With the finer readings, a web page's timestamp and a date given to the month
/// (`2025年7月`, `二〇二五年七月`, as a report's cover dates it) are date lines too.
///
/// ```
/// assert_eq!(baogao::meta::dated_line("（2007年1月30日）"), Some("2007年1月30日"));
/// assert_eq!(baogao::meta::dated_line("2007年1月30日召开"), None);
/// // A web page's timestamp and a month (with the finer readings of the default build):
/// # #[cfg(feature = "fine-labels")]
/// assert_eq!(baogao::meta::dated_line("2026-02-03 09:02:33"), Some("2026-02-03 09:02:33"));
/// # #[cfg(feature = "fine-labels")]
/// assert_eq!(baogao::meta::dated_line("二〇三一年五月"), Some("二〇三一年五月"));
/// assert_eq!(baogao::meta::dated_line("2031年5月起"), None);
/// ```
pub fn dated_line(line: &str) -> Option<&str> {
    let t = trim(line);
    let inner = t
        .strip_prefix(chars!['（', '('])
        .and_then(|r| r.strip_suffix(chars!['）', ')']))
        .map_or(t, trim);
    (is_date_line(inner)
        || crate::indicator::FINE && (is_timestamp_line(inner) || month_line(inner)))
    .then_some(inner)
}

/// Whether `t` is a year and a month and nothing else (`2031年5月`, `二〇三一年五月`).
fn month_line(t: &str) -> bool {
    leading_date(t).is_some_and(|(_, _, day, rest)| day.is_none() && trim(rest).is_empty())
}

/// Whether `t` is a date and a clock time, a web page's timestamp (`2026-02-03 09:02:33`,
/// `2024年5月6日 10:30`, `2026年02月10日 07时41分`).
fn is_timestamp_line(t: &str) -> bool {
    let Ok((rest, _)) = date(t) else {
        return false;
    };
    let time = rest.trim_start_matches(is_space);
    let two = |p: Option<&str>| {
        p.is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    // `2026年02月10日 07时41分` (`…41分30秒`): the clock time in words.
    if let Some((h, m)) = time.split_once('时') {
        let m = m
            .strip_suffix('秒')
            .map_or(m, |m| m.trim_end_matches(|c: char| c.is_ascii_digit()));
        return time.len() < rest.len() && two(Some(h)) && two(m.strip_suffix('分'));
    }
    let mut parts = time.split(chars![':', '：']);
    time.len() < rest.len() && two(parts.next()) && two(parts.next()) && {
        let sec = parts.next();
        sec.is_none() || two(sec) && parts.next().is_none()
    }
}

/// The fields of a byline under a title that names no key: an organisation line (`发布机构`)
/// or a date line (`日期`).
///
/// ```
/// let f = baogao::meta::byline_fields("2025年2月28日").unwrap();
/// assert_eq!(f, vec![("日期".to_string(), "2025年2月28日".to_string())]);
/// ```
pub fn byline_fields(line: &str) -> Option<Vec<(String, String)>> {
    if let Some(d) = dated_line(line) {
        return Some(vec![("日期".into(), d.into())]);
    }
    // (A finer reading, see `indicator::FINE`: `2025-04-18　某省水利厅` is no one name.)
    if let Some((issuers, date)) = crate::indicator::FINE.then(|| joint_byline(line)).flatten() {
        let mut fields = vec![("发布机构".to_string(), issuers.to_string())];
        fields.extend(date.map(|d| ("日期".to_string(), d.to_string())));
        return Some(fields);
    }
    organisation_line(line).map(|o| vec![("发布机构".into(), o.into())])
}

/// A byline that holds more than one of its parts on one line, set apart by spaces: issuing
/// bodies (each an [`organisation_line`]) and, before or after them, one date
/// (`某省水利厅　2025-04-18`, `某县统计局　某县普查办公室`). Gives the bodies as written (from
/// the first to the last) and the date. A line of one part is no joint byline.
///
/// ```
/// use baogao::meta::joint_byline;
/// assert_eq!(joint_byline("某省水利厅　2025-04-18"), Some(("某省水利厅", Some("2025-04-18"))));
/// assert_eq!(joint_byline("某县统计局 某县普查办公室"), Some(("某县统计局 某县普查办公室", None)));
/// assert_eq!(joint_byline("某县统计局"), None);
/// assert_eq!(joint_byline("全县 共有 3个局"), None);
/// ```
pub fn joint_byline(line: &str) -> Option<(&str, Option<&str>)> {
    let t = trim(line);
    // The date before the bodies: `2025-04-18　某省水利厅`.
    let (lead, rest) = match date(t) {
        Ok((rest, d)) if rest.starts_with(is_space) => (Some(d), rest.trim_start_matches(is_space)),
        _ => (None, t),
    };
    // The bodies, each set apart by spaces; a date (or a timestamp) may close the line.
    let (mut first, mut last, mut tail) = (None::<usize>, 0, None);
    let mut parts = 0;
    let mut at = 0;
    while at < rest.len() {
        let from = at + rest[at..].find(|c: char| !is_space(c))?;
        let to = rest[from..].find(is_space).map_or(rest.len(), |n| from + n);
        let part = &rest[from..to];
        if organisation_line(part) == Some(part) {
            first.get_or_insert(from);
            last = to;
            parts += 1;
        } else if lead.is_none() && first.is_some() {
            tail = Some(dated_line(&rest[from..])?);
            parts += 1;
            break;
        } else {
            return None;
        }
        at = to;
    }
    let first = first?;
    (parts + usize::from(lead.is_some()) >= 2).then(|| (&rest[first..last], lead.or(tail)))
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
    "下载全屏",
    "全屏",
    "文件下载",
    "下载",
    // an article's share buttons and its view tabs (the scanned copy and the text)
    "微信",
    "微博",
    "QQ空间",
    "全真版",
    "文字版",
    "字号",
    "浏览次数",
    "关联稿件",
    "相关稿件",
    "正文",
    // a WeChat article's tool bar and the mark of its text's end
    "点赞",
    "在看",
    "转发",
    "END",
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
    // Trimmed once for the four tests (a trim that decodes the line's ends cost about 150
    // instructions; the public tests trim the line they are given).
    let t = trim(line);
    is_chrome_line(t)
        || trimmed_page_marker(t)
        || trimmed_breadcrumb(t)
        || adjacent_link(t.trim_start_matches(chars!['【', '[']))
}

/// Whether the trimmed line `t` is made only of [`CHROME`] words and separators, at least one
/// of them a real word.
fn is_chrome_line(t: &str) -> bool {
    let mut rest = t;
    // More than 240 bytes is more than 60 characters: no need to count them.
    // (At most 60 bytes are at most 60 characters: no count either.)
    if rest.is_empty() || rest.len() > 240 || (rest.len() > 60 && rest.chars().count() > 60) {
        return false;
    }
    let mut words = 0;
    let mut strong = false;
    'outer: while !rest.is_empty() {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        // The words tried at every position mostly differ in their first character: its three
        // bytes compared first spare a `memcmp` call per word (shorter words are tried as they
        // are).
        let lead = rest.as_bytes().get(..3);
        for w in CHROME {
            if w.as_bytes().get(..3) != lead && w.len() >= 3 {
                continue;
            }
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

/// Page-navigation words: a chrome line holding one of them is boilerplate wherever it stands
/// (web pages put these between the article and the list of related articles).
const NAVIGATION: &[&str] = &[
    "上一篇",
    "下一篇",
    "分享到",
    "扫一扫",
    "打印本页",
    "关闭窗口",
    "关闭本页",
    "返回顶部",
    "我要纠错",
];

/// A line of web-page navigation: made only of chrome words (see [`is_boilerplate`]) and holding
/// a navigation word (上一篇, 分享到, 返回顶部 …), so it is boilerplate even in the middle of the
/// page, where a lone `附件` or `打印` could be text.
///
/// ```
/// use baogao::meta::is_navigation_line;
/// assert!(is_navigation_line("上一篇："));
/// assert!(is_navigation_line("【返回顶部】【关闭本页】"));
/// assert!(!is_navigation_line("附件"));
/// assert!(!is_navigation_line("上一篇文章提到的问题已经整改。"));
/// ```
pub fn is_navigation_line(line: &str) -> bool {
    trimmed_navigation_line(trim(line))
}

/// [`is_navigation_line`] of a trimmed line `t`.
fn trimmed_navigation_line(t: &str) -> bool {
    // Cheap first: such a line opens with a navigation word's first character (after 【 or [).
    let head = t.trim_start_matches(chars!['【', '[']);
    head.starts_with(chars!['上', '下', '分', '扫', '打', '关', '返', '我'])
        && t.len() <= 240
        && (NAVIGATION.iter().any(|w| t.contains(w)) && is_chrome_line(t) || adjacent_link(head))
}

/// [`is_page_marker`]` || `[`is_navigation_line`], with the first character of the trimmed
/// line read once: a page marker opens with a dash, 第, 共 or a digit, a navigation line with
/// 【, [ or the first character of a navigation word, so most lines (headings, short
/// paragraphs) are turned away at once; the line is trimmed once for both tests.
///
/// ```text
/// is_page_or_navigation_line("— 3 —") == true;  is_page_or_navigation_line("一、总体情况") == false
/// ```
pub(crate) fn is_page_or_navigation_line(line: &str) -> bool {
    let t = trim(line);
    let Some(first) = t.chars().next() else {
        return false;
    };
    let page = is_dash(first) || matches!(first, '第' | '共') || arabic_digit(first).is_some();
    let navigation = matches!(
        first,
        '【' | '[' | '上' | '下' | '分' | '扫' | '打' | '关' | '返' | '我'
    );
    page && trimmed_page_marker(t) || navigation && trimmed_navigation_line(t)
}

/// The keys of a page's counters: views, reads, a forum member's sign-in days.
const COUNTER_KEYS: &[&str] = &[
    "浏览次数",
    "点击次数",
    "阅读次数",
    "访问次数",
    "访问量",
    "浏览量",
    "点击数",
    "点击量",
    "阅读量",
    "阅读",
    "点击",
    "签到天数",
];

/// A page's counter line, web chrome wherever it stands: metadata fields (see [`meta_fields`],
/// a bullet before them allowed) of which one is a counter key (浏览次数, 点击, 签到天数 …) whose
/// value is a bare count (`点击:855次`, `浏览次数：1234`, `• 签到天数: 833 天`, `时间:2021-08-12
/// 来源:某局 点击:855次`), every value short. Its figures count the page's visits, not the
/// report's subject.
///
/// ```text
/// is_counter_line("点击:855次") == true;  is_counter_line("点击量达到855次。") == false
/// ```
pub(crate) fn is_counter_line(line: &str) -> bool {
    // Cheap first: a counter key right before one of the line's colons (`:` or the full-width
    // EF BC 9A, found by their first bytes), before the line's fields are read.
    let b = line.as_bytes();
    let keyed = memchr::memchr2_iter(b':', 0xEF, b).any(|p| {
        (b[p] == b':' || b.get(p + 1..p + 3) == Some(&[0xBC, 0x9A][..])) && {
            let before = line[..p].trim_end_matches(is_space);
            COUNTER_KEYS.iter().any(|k| before.ends_with(k))
        }
    });
    if !keyed {
        return false;
    }
    let t =
        trim(line).trim_start_matches(|c: char| crate::text::BULLETS.contains(&c) || is_space(c));
    let Some(fields) = meta_fields(t) else {
        return false;
    };
    let count = |v: &str| {
        let (len, n) = crate::text::leading_digits(v);
        n > 0 && matches!(trim(&v[len..]), "" | "次" | "天" | "人次")
    };
    fields.iter().all(|(_, v)| v.chars().count() <= 30)
        && fields
            .iter()
            .any(|(k, v)| COUNTER_KEYS.contains(&k.as_str()) && count(v))
}

/// `上一篇：某县2016年统计公报`: the link to the previous or next article, with its title.
fn adjacent_link(head: &str) -> bool {
    ["上一篇", "下一篇", "上一条", "下一条"].iter().any(|w| {
        head.strip_prefix(w).is_some_and(|r| {
            r.trim_start_matches(|c: char| is_space(c) || matches!(c, '】' | ']'))
                .starts_with(chars![':', '：'])
        })
    })
}

/// Dashes that frame a page number in PDF text (`— 3 —`, `- 3 -`, `－3－`).
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '－' | '‒' | '―' | '━' | '·' | '•')
}

/// After a run of 1–4 Arabic digits (either width) at the start of `s`: the rest, after any
/// spaces.
fn page_number(s: &str) -> Option<&str> {
    let digits = s.chars().take_while(|&c| arabic_digit(c).is_some()).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let skip: usize = s.chars().take(digits).map(char::len_utf8).sum();
    Some(s[skip..].trim_start_matches(is_space))
}

/// `第 3 页` (`第3页`): the rest after it and any spaces and commas.
fn nth_page(s: &str) -> Option<&str> {
    let s = s.strip_prefix('第')?.trim_start_matches(is_space);
    let s = page_number(s)?.strip_prefix('页')?;
    Some(s.trim_start_matches(|c: char| is_space(c) || matches!(c, '，' | ',' | '/' | '／')))
}

/// `共 18 页`: the rest after it and any spaces and commas.
fn page_total(s: &str) -> Option<&str> {
    let s = s.strip_prefix('共')?.trim_start_matches(is_space);
    let s = page_number(s)?.strip_prefix('页')?;
    Some(s.trim_start_matches(|c: char| is_space(c) || matches!(c, '，' | ',' | '/' | '／')))
}

/// A page marker left in text extracted from a PDF: the page number framed by dashes
/// (`— 3 —`, `- 3 -`), or `第 3 页` with or without `共 18 页` (either order). The whole
/// (trimmed) line must be the marker.
///
/// ```
/// use baogao::meta::is_page_marker;
/// assert!(is_page_marker("— 3 —"));
/// assert!(is_page_marker("  - 12 -"));
/// assert!(is_page_marker("第3页 共18页"));
/// assert!(is_page_marker("共 18 页，第 3 页"));
/// assert!(!is_page_marker("第3页的表格显示"));
/// assert!(!is_page_marker("— 3 项"));
/// assert!(is_page_marker("·6·"));
/// assert!(is_page_marker("7 / 18"));
/// assert!(!is_page_marker("19/18"));
/// assert!(!is_page_marker("99999999999/1"));
/// ```
pub fn is_page_marker(line: &str) -> bool {
    trimmed_page_marker(trim(line))
}

/// [`is_page_marker`] of a trimmed line `t`.
fn trimmed_page_marker(t: &str) -> bool {
    if t.is_empty() || t.len() > 60 {
        return false;
    }
    // Dash-framed: dashes, the number, dashes (the same kind of frame on both sides).
    let inner = t.trim_start_matches(is_dash);
    if inner.len() < t.len() {
        let inner = inner.trim_start_matches(is_space);
        return page_number(inner)
            .is_some_and(|rest| !rest.is_empty() && rest.trim_start_matches(is_dash).is_empty());
    }
    if let Some(rest) = nth_page(t) {
        return rest.is_empty() || page_total(rest).is_some_and(str::is_empty);
    }
    page_total(t).and_then(nth_page).is_some_and(str::is_empty) || page_of_pages(t)
}

/// `3 / 18` (`3/18`): the page and the page count, the first no greater than the second.
fn page_of_pages(t: &str) -> bool {
    let number = |s: &str| -> Option<(u32, usize)> {
        // At most 4 digits (a page number), counted before they are read.
        let n = s
            .chars()
            .take_while(|&c| arabic_digit(c).is_some())
            .take(5)
            .count();
        if !(1..=4).contains(&n) {
            return None;
        }
        let len: usize = s.chars().take(n).map(char::len_utf8).sum();
        let v = s[..len]
            .chars()
            .try_fold(0u32, |v, c| Some(v * 10 + arabic_digit(c)?))?;
        Some((v, len))
    };
    let Some((page, len)) = number(t) else {
        return false;
    };
    let Some(rest) = t[len..]
        .trim_start_matches(is_space)
        .strip_prefix(chars!['/', '／'])
    else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    number(rest).is_some_and(|(total, len)| len == rest.len() && 1 <= page && page <= total)
}

/// Words that open a web page's breadcrumb trail (`当前位置：首页 > 政务公开`).
const BREADCRUMB_HEADS: &[&str] = &[
    "当前位置",
    "您当前的位置",
    "您的位置",
    "你的位置",
    "所在位置",
    "当前页面",
];

/// More words that open a breadcrumb trail, read in the full build (`您所在的位置：`).
const FINE_BREADCRUMB_HEADS: &[&str] = &[
    "您所在的位置",
    "您现在的位置",
    "您当前所在位置",
    "您当前位置",
    "您所在位置",
    "现在位置",
    "位置",
];

/// A breadcrumb trail: a line opening with `当前位置：` (or `您的位置：` …), or a `首页` followed by
/// `>` / `»` / `>>` separated steps; in the full build also one step of a trail written one
/// step per line (`首页` alone, a short line opening with `>`).
///
/// ```
/// use baogao::meta::is_breadcrumb;
/// assert!(is_breadcrumb("当前位置：首页 > 政务公开 > 年度报告"));
/// assert!(is_breadcrumb("首页>>信息公开>>工作报告"));
/// assert!(!is_breadcrumb("首页改版后访问量增长3%。"));
/// // One step per line, in the full build.
/// assert_eq!(is_breadcrumb("> 政务公开"), cfg!(feature = "fine-labels"));
/// ```
pub fn is_breadcrumb(line: &str) -> bool {
    trimmed_breadcrumb(trim(line))
}

/// [`is_breadcrumb`] of a trimmed line `t`.
fn trimmed_breadcrumb(t: &str) -> bool {
    if t.len() > 400 {
        return false;
    }
    for h in BREADCRUMB_HEADS {
        if let Some(rest) = t.strip_prefix(h) {
            if rest
                .trim_start_matches(is_space)
                .starts_with(chars![':', '：'])
            {
                return true;
            }
        }
    }
    if crate::indicator::FINE {
        for h in FINE_BREADCRUMB_HEADS {
            if let Some(rest) = t.strip_prefix(h) {
                if rest
                    .trim_start_matches(is_space)
                    .starts_with(chars![':', '：'])
                {
                    return true;
                }
            }
        }
    }
    // 首页 / 信息公开 / 规划计划, 网站首页 → 政务公开: other separators of the steps; and a
    // site's navigation bar (`首页 | 政务公开 | 办事服务`, or its entries parted by spaces).
    if crate::indicator::FINE
        && (t.starts_with("首页") || t.starts_with("网站首页"))
        && t.chars().count() <= 60
        && !t.contains(chars!['。', '，', '；'])
        && (t.contains(chars![
            '/', '／', '→', '-', '>', '＞', '»', '›', '|', '｜', '丨', '·',
        ]) || t.split(is_space).filter(|w| !w.is_empty()).count() >= 3)
    {
        return true;
    }
    // A site's name over its pages (`某县人民政府门户网站`): a short line of ideographs naming
    // a website.
    if crate::indicator::FINE
        && t.chars().count() <= 25
        && ["门户网站", "政府网站", "政府网", "官方网站"]
            .iter()
            .any(|w| t.ends_with(w))
        && t.chars().all(crate::text::is_cjk)
    {
        return true;
    }
    // A trail written one step per line (`首页`, then `> 政务公开`, `> 年度报告`): each line
    // is a step; one opening with a separator is short, names its step with an ideograph (not
    // `＞90分 12人`, a table row's bound) and holds no sentence.
    if crate::indicator::FINE
        && (t == "首页"
            || !t.is_empty() && t.chars().all(|c| matches!(c, '>' | '＞' | '»' | '›' | '→'))
            || t.len() <= 120
                && t.strip_prefix(chars!['>', '＞', '»', '›'])
                    .is_some_and(|r| {
                        r.trim_start_matches(chars!['>', '＞', '»', '›', ' ', '\u{3000}'])
                            .starts_with(crate::text::is_cjk)
                    })
                && !t.contains(chars!['。', '，', '；']))
    {
        return true;
    }
    t.starts_with("首页")
        && t.chars().any(|c| matches!(c, '>' | '＞' | '»' | '›'))
        && !t.chars().any(|c| matches!(c, '。' | '，' | '；'))
}

/// A line of a dateline under the title of a report delivered to a congress
/// (`——2025 年 6 月 24 日在第十四届全国人民代表大会`, `（2024年1月15日在…第二次会议上）`,
/// `2010年1月26日在…第三次会议上`): see [`dateline_line`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatelineLine<'a> {
    /// This line's part of the dateline, without the dashes or brackets (spaces as written).
    pub text: &'a str,
    /// Whether the dateline opened with a bracket (it then ends at the closing one).
    pub bracket: bool,
    /// Whether the dateline ends on this line (with `会议上`, `大会上` or its closing bracket).
    pub complete: bool,
    /// The speaker written after the dateline on the same line (`… 会议上 市长 张三`).
    pub speaker: Option<&'a str>,
    /// The date as ISO `YYYY-MM-DD`, when the (first) line gives year, month and day.
    pub delivered: Option<String>,
}

/// Sentence punctuation: a dateline, a speaker line or a salutation holds none.
fn is_sentence_punct(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// A number of one or two places written in Chinese (`六`, `十`, `十二`, `二十四`) or Arabic
/// digits (`6`, `24`), at the start of `s`: its value and the rest.
fn small_number(s: &str) -> Option<(u32, &str)> {
    // `tens`: a 十 was read (the next digit adds to it); at most three characters.
    let (mut v, mut end, mut tens) = (0, 0, false);
    for (n, (i, c)) in s.char_indices().enumerate() {
        match arabic_digit(c).or_else(|| chinese_digit(c)) {
            _ if n == 3 => break,
            Some(d) if tens => {
                v += d;
                end = i + c.len_utf8();
                break;
            }
            Some(d) => v = v * 10 + d,
            None if c == '十' => {
                v = v.max(1) * 10;
                tens = true;
            }
            None => break,
        }
        end = i + c.len_utf8();
    }
    (v > 0).then(|| (v, &s[end..]))
}

/// A date at the start of `s`, spaces allowed between its parts (`2025 年 6 月 24 日`,
/// `二〇二五年一月十三日`, `二0一九年一月十四日`, `2008年1月`): the year, the month, the day
/// when written, and the rest of `s`.
fn leading_date(s: &str) -> Option<(u32, u32, Option<u32>, &str)> {
    let digit = |c: char| arabic_digit(c).or_else(|| chinese_digit(c).filter(|_| c != '两'));
    let mut year = 0;
    let mut len = 0;
    for c in s.chars().take(4) {
        year = year * 10 + digit(c)?;
        len += c.len_utf8();
    }
    let rest = s[len..].trim_start_matches(is_space).strip_prefix('年')?;
    let (month, rest) = small_number(rest.trim_start_matches(is_space))?;
    let rest = rest.trim_start_matches(is_space).strip_prefix('月')?;
    if !(1000..=2999).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let after = rest.trim_start_matches(is_space);
    if let Some((day, r)) = small_number(after) {
        if let Some(r) = r
            .trim_start_matches(is_space)
            .strip_prefix(chars!['日', '号'])
        {
            return (1..=31)
                .contains(&day)
                .then_some((year, month, Some(day), r));
        }
    }
    Some((year, month, None, rest))
}

/// `YYYY-MM-DD` (no formatting machinery: this runs in the WebAssembly module too).
fn iso_date(year: u32, month: u32, day: u32) -> String {
    let mut out = String::with_capacity(10);
    for (v, width) in [(year, 4), (month, 2), (day, 2)] {
        if width == 2 {
            out.push('-');
        }
        for p in (0..width).rev() {
            out.push(char::from(b'0' + (v / 10u32.pow(p) % 10) as u8));
        }
    }
    out
}

/// Whether `s` holds `word` (a plain search of the bytes: the strings here are short).
fn holds(s: &str, word: &str) -> bool {
    s.as_bytes()
        .windows(word.len())
        .any(|w| w == word.as_bytes())
}

/// Whether `s` names a meeting (`会议`, `大会`): what a dateline must do.
///
/// ```
/// assert!(baogao::meta::names_meeting("2025 年 6 月 24 日在第十四届全国人民代表大会"));
/// assert!(!baogao::meta::names_meeting("2025年6月24日"));
/// ```
pub fn names_meeting(s: &str) -> bool {
    // 议 (U+8BAE) closes 会议, 会 (U+4F1A) closes 大会: 6 bytes each.
    s.as_bytes()
        .windows(6)
        .any(|w| w == "会议".as_bytes() || w == "大会".as_bytes())
}

/// Reads a line of a dateline (see [`DatelineLine`]). The first line (`open` is `None`) is led
/// by dashes or in brackets, or bare, and opens with a date (year and month at least); a line
/// that goes on with a dateline left open (`open` tells whether it opened with a bracket) needs no
/// date. No sentence punctuation; the dateline ends after `会议上` / `大会上` (or at the closing
/// bracket) and then names a meeting (`会议`, `大会`); a speaker may follow it on the line, after a
/// space. A bare dateline must end on its first line.
///
/// ```
/// use baogao::meta::dateline_line;
/// let d = dateline_line("——2025 年 6 月 24 日在第十四届全国人民代表大会", None).unwrap();
/// assert_eq!(d.text, "2025 年 6 月 24 日在第十四届全国人民代表大会");
/// assert!(!d.complete);
/// assert_eq!(d.delivered.as_deref(), Some("2025-06-24"));
/// let d = dateline_line("常务委员会第十六次会议上", Some(false)).unwrap();
/// assert!(d.complete);
/// let d = dateline_line("（二〇二四年一月十五日在某市第二次会议上）", None).unwrap();
/// assert!(d.complete && d.bracket);
/// assert_eq!(d.delivered.as_deref(), Some("2024-01-15"));
/// assert!(dateline_line("——在某市第五次会议上", None).is_none());
/// assert!(dateline_line("2024年1月15日，市第二次会议召开。", None).is_none());
/// ```
pub fn dateline_line(line: &str, open: Option<bool>) -> Option<DatelineLine<'_>> {
    let t = trim(line);
    // Datelines are short: 160 bytes hold 53 CJK characters. A comma makes a sentence.
    if t.is_empty()
        || t.len() > 160
        || t.chars()
            .any(|c| is_sentence_punct(c) || matches!(c, '，' | ','))
    {
        return None;
    }
    // The first line: its lead (dashes or a bracket) stripped, and its date.
    let (mut body, mut bracket, mut bare, mut delivered) = (t, open.unwrap_or(false), false, None);
    if open.is_none() {
        if let Some(b) = t.strip_prefix(chars!['（', '(']) {
            body = b;
            bracket = true;
        } else {
            body = t.trim_start_matches(is_dash);
            bare = body.len() == t.len();
        }
        body = body.trim_start_matches(is_space);
        let (year, month, day, _) = leading_date(body)?;
        delivered = day.map(|d| iso_date(year, month, d));
    }
    let end = if bracket {
        body.find(chars!['）', ')'])
            .map(|i| (i, i + if body[i..].starts_with(')') { 1 } else { 3 }))
    } else {
        // After the first 上 that closes 会议 or 大会.
        body.char_indices()
            .find(|&(i, c)| {
                let b = &body.as_bytes()[..i];
                c == '上' && (b.ends_with("会议".as_bytes()) || b.ends_with("大会".as_bytes()))
            })
            .map(|(i, _)| (i + 3, i + 3))
    };
    let Some((end, after)) = end else {
        return (!bare).then(|| DatelineLine {
            text: trim(body),
            bracket,
            complete: false,
            speaker: None,
            delivered,
        });
    };
    let (text, rest) = (trim(&body[..end]), &body[after..]);
    if !names_meeting(text) && open.is_none() {
        return None;
    }
    let speaker = match trim(rest) {
        "" => None,
        s if bracket || rest.starts_with(is_space) => Some(speaker_line(s)?),
        _ => return None,
    };
    Some(DatelineLine {
        text,
        bracket,
        complete: true,
        speaker,
        delivered,
    })
}

/// Words that name a speaker's post (市长, 审计长, 主任, 书记, 常委 …) or call the speaker (同志).
const POSTS: &[&str] = &[
    "长",
    "主任",
    "书记",
    "主席",
    "委员",
    "常委",
    "同志",
    "负责人",
    "专员",
];

/// A speaker line under a dateline: a post and a name (`审计署审计长 侯 凯`,
/// `保定市人民政府市长 郭建英`, `张三同志`) or a bare name of two or three characters
/// (`闫继红`); 2–24 characters, no punctuation, no digit. The speaker may hold more than one
/// office, listed with 、 before the name (`市委副书记、市长　张三`): each office of the list
/// then ends with a post. Gives the trimmed line.
///
/// ```
/// use baogao::meta::speaker_line;
/// assert_eq!(speaker_line(" 审计署审计长 侯 凯 "), Some("审计署审计长 侯 凯"));
/// assert_eq!(speaker_line("代市长  李四"), Some("代市长  李四"));
/// assert_eq!(speaker_line("闫继红"), Some("闫继红"));
/// assert_eq!(speaker_line("县委副书记、县长　王五"), Some("县委副书记、县长　王五"));
/// assert_eq!(speaker_line("经济平稳增长"), None);
/// assert_eq!(speaker_line("2022年政府工作回顾"), None);
/// assert_eq!(speaker_line("市委、市政府领导"), None);
/// ```
pub fn speaker_line(line: &str) -> Option<&str> {
    let t = trim(line);
    let n = t.chars().count();
    if !(2..=24).contains(&n)
        || t.chars().any(|c| {
            crate::text::is_clause_punct(c) && c != '、'
                || arabic_digit(c).is_some()
                || !(crate::text::is_cjk(c) || is_space(c) || matches!(c, '·' | '•' | '、'))
        })
    {
        return None;
    }
    // Offices listed with 、 (`市委副书记、市长　张三`): every one before the last (which holds
    // the name) ends with a post, and the last is read as a line of one office.
    let (offices, last) = t
        .rsplit_once('、')
        .map_or((None, t), |(h, l)| (Some(h), trim(l)));
    let office = |o: &str| {
        let o = trim(o);
        o.chars().count() >= 2 && POSTS.iter().any(|p| o.ends_with(p))
    };
    if !offices.is_none_or(|o| o.split('、').all(office)) {
        return None;
    }
    let name_len = |s: &str| s.chars().filter(|&c| !is_space(c)).count();
    if name_len(last) <= 3 {
        // (A bare name; after a list of offices it needs its own post.)
        return offices.is_none().then_some(t);
    }
    // The name follows the post (two to four characters, spaces allowed), or 同志 follows it.
    if let Some(head) = last.strip_suffix("同志") {
        let name = head.rsplit_once(is_space).map_or(head, |(_, n)| n);
        return (2..=4).contains(&name_len(name)).then_some(t);
    }
    // The post ends where the name (the line's last two to four characters) starts.
    last.char_indices()
        .any(|(i, _)| {
            (2..=4).contains(&name_len(&last[i..]))
                && POSTS.iter().any(|p| trim(&last[..i]).ends_with(p))
        })
        .then_some(t)
}

/// Posts a speaker line names before the name (a closed list: `副局长` and `代市长` end with one).
const SPEAKER_POSTS: &[&str] = &[
    "局长",
    "厅长",
    "署长",
    "部长",
    "审计长",
    "检察长",
    "市长",
    "县长",
    "区长",
    "省长",
    "州长",
    "旗长",
    "盟长",
    "镇长",
    "乡长",
    "院长",
    "行长",
    "处长",
    "主任",
    "主席",
    "书记",
    "专员",
    "负责人",
];

/// A speaker line that can stand under a title and end it (`市审计局局长 励永惠`,
/// `某区审计局局长 王 某`): a [`speaker_line`] whose name (its last two to four characters, spaces
/// allowed) follows a post of a closed list, after a space or with no word of a title in it (so
/// that `…主任会议报告` or `市长办公会议` stays a title line).
///
/// ```
/// use baogao::meta::titled_speaker;
/// assert!(titled_speaker("某市审计局局长 张某某"));
/// assert!(titled_speaker("县审计局副局长王某"));
/// assert!(titled_speaker("某区审计局局长  李 某"));
/// assert!(!titled_speaker("市长办公会议"));
/// assert!(!titled_speaker("闫继红"));
/// assert!(!titled_speaker("经济平稳增长"));
/// ```
pub fn titled_speaker(line: &str) -> bool {
    let Some(t) = speaker_line(line) else {
        return false;
    };
    t.char_indices().any(|(i, c)| {
        let (head, name) = t.split_at(i);
        !is_space(c)
            && (2..=4).contains(&name.chars().filter(|&c| !is_space(c)).count())
            && SPEAKER_POSTS.iter().any(|p| trim(head).ends_with(p))
            && (head.ends_with(is_space)
                || !name.contains(|c| "会议报告团工作情况的年度公办纪要".contains(c)))
    })
}

/// A meeting's document stamp under (or over) a title (`某市十六届人大常委会第十二次会议文件`):
/// a short line without punctuation that ends with `会议文件`.
///
/// ```
/// assert!(baogao::meta::meeting_document("某市十届人大常委会第三次会议文件"));
/// assert!(!baogao::meta::meeting_document("关于印发会议文件的通知。"));
/// ```
pub fn meeting_document(line: &str) -> bool {
    let t = trim(line);
    t.ends_with("会议文件")
        && t.chars().count() <= 40
        && !t.chars().any(crate::text::is_clause_punct)
}

/// A line that is only a date, bare or in brackets, day optional (`2023年9月28日`,
/// `（2024年7月31日）`, `2025年10月`): the date as written and, when it gives the day, as ISO
/// `YYYY-MM-DD`. Read as the delivery date under a speaker.
///
/// ```
/// use baogao::meta::bare_date;
/// assert_eq!(bare_date("（2024年7月31日）"), Some(("2024年7月31日", Some("2024-07-31".into()))));
/// assert_eq!(bare_date("2025年10月"), Some(("2025年10月", None)));
/// assert_eq!(bare_date("2025年10月召开"), None);
/// ```
pub fn bare_date(line: &str) -> Option<(&str, Option<String>)> {
    let t = trim(line);
    let inner = t
        .strip_prefix(chars!['（', '('])
        .and_then(|r| r.strip_suffix(chars!['）', ')']))
        .map_or(t, trim);
    let (year, month, day, rest) = leading_date(inner)?;
    trim(rest)
        .is_empty()
        .then(|| (inner, day.map(|d| iso_date(year, month, d))))
}

/// Words a salutation addresses (各位代表, 各位委员, 同志们, 主任 …).
const ADDRESSED: &[&str] = &["代表", "委员", "同志", "主任", "主席", "来宾", "朋友"];

/// The salutation that opens an address (`各位代表：`, `主任、各位副主任、秘书长、各位委员：`,
/// `各位代表、同志们:`): a short line that ends with a colon and names whom it addresses.
/// Gives it without the colon.
///
/// ```
/// use baogao::meta::salutation_line;
/// assert_eq!(salutation_line("各位代表： "), Some("各位代表"));
/// assert_eq!(salutation_line("委员长、各位副委员长、秘书长、各位委员："), Some("委员长、各位副委员长、秘书长、各位委员"));
/// assert_eq!(salutation_line("各位代表，过去的一年："), None);
/// assert_eq!(salutation_line("主任、各位副主任，各位委员："), Some("主任、各位副主任，各位委员"));
/// assert_eq!(salutation_line("主要做法："), None);
/// ```
pub fn salutation_line(line: &str) -> Option<&str> {
    let t = trim(line);
    let body = trim(t.strip_suffix(chars!['：', ':'])?);
    let n = body.chars().count();
    // A comma may part the addressees (`主任、各位副主任，各位委员`): each part names one.
    ((2..=40).contains(&n)
        && !body
            .chars()
            .any(|c| is_sentence_punct(c) || matches!(c, '：' | ':'))
        && body
            .split(chars!['，', ','])
            .all(|part| ADDRESSED.iter().any(|w| holds(part, w))))
    .then_some(body)
}

/// Last words of the bodies a report is addressed to (`市人民政府`, `中共某县委`, `某县人民代表大会
/// 常务委员会`, `市应急管理局`, `各位领导`, `县直各单位`): a closed class.
const ADDRESSEES: &[&str] = &[
    "政府",
    "委员会",
    "常委会",
    "委",
    "人大",
    "政协",
    "局",
    "厅",
    "领导",
    "单位",
    "部门",
];

/// The line that addresses a report to the bodies above its author (`市人民政府、中共某县委、
/// 某县人民代表大会常务委员会：`): a line ending with a colon whose parts, parted by 、 or a
/// comma, each end with the name of a body (政府, 委员会, 县委, 人大, 局, 单位 …). Gives it
/// without the colon.
///
/// ```
/// use baogao::meta::addressee_line;
/// assert_eq!(addressee_line("市人民政府、中共某县委："), Some("市人民政府、中共某县委"));
/// assert_eq!(addressee_line("市应急管理局:"), Some("市应急管理局"));
/// // A sentence that ends with a colon is none.
/// assert_eq!(addressee_line("现将本机关政府信息公开工作情况报告如下："), None);
/// ```
pub fn addressee_line(line: &str) -> Option<&str> {
    let body = trim(trim(line).strip_suffix(chars!['：', ':'])?);
    (body.chars().count() <= 60
        && !body.contains(chars!['《', '“', '"', '（', '('])
        && body.split(chars!['、', '，', ',']).all(|part| {
            let part = trim(part);
            (2..=24).contains(&part.chars().count())
                && !part.chars().any(is_sentence_punct)
                && ADDRESSEES.iter().any(|w| part.ends_with(w))
        }))
    .then_some(body)
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
    fn a_date_key_glued_to_the_value_before_opens_a_field() {
        if !crate::indicator::FINE {
            return;
        }
        let f = meta_fields("文章来源：县水利局 更新时间：2024/02/06 09:30:00").unwrap();
        assert_eq!(f[0], ("文章来源".into(), "县水利局".into()));
        assert_eq!(f[1], ("更新时间".into(), "2024/02/06 09:30:00".into()));
        let f = meta_fields("来源：县农业农村局发布时间：2024-01-05").unwrap();
        assert_eq!(f[0], ("来源".into(), "县农业农村局".into()));
        assert_eq!(f[1], ("发布时间".into(), "2024-01-05".into()));
        // Not without a date after it.
        let f = meta_fields("来源：县统计局日期：不详").unwrap();
        assert_eq!(f.len(), 1);
        // A disclosure table's row: the cell marks are no part of the values.
        let f = meta_fields("| 发布机构： | 某县统计局 | 成文日期： | 2030-01-18 |").unwrap();
        assert_eq!(f[0], ("发布机构".into(), "某县统计局".into()));
        assert_eq!(f[1], ("成文日期".into(), "2030-01-18".into()));
        // The keys of a source, an author and a counter glued the same way.
        let f = meta_fields("发布时间：2030-03-15来源：某县统计局浏览次数：3862").unwrap();
        assert_eq!(
            f,
            vec![
                ("发布时间".into(), "2030-03-15".into()),
                ("来源".into(), "某县统计局".into()),
                ("浏览次数".into(), "3862".into()),
            ]
        );
    }

    /// Every counter of a page's views is a field of its own, after a space or glued on, and
    /// the date before it stays a date.
    #[test]
    fn page_counters_are_fields() {
        for key in ["阅读次数", "访问次数", "点击量", "浏览量"] {
            // (A key glued onto the value before it is read with `FINE` only.)
            let gaps: &[&str] = if crate::indicator::FINE {
                &["　", " ", ""]
            } else {
                &["　", " "]
            };
            for gap in gaps {
                let line = format!("更新日期：2030-04-02{gap}{key}：517");
                let f = meta_fields(&line).unwrap();
                assert_eq!(f[0], ("更新日期".into(), "2030-04-02".into()), "{line}");
                assert_eq!(f[1], (key.into(), "517".into()), "{line}");
            }
        }
        let r = crate::parse(
            "某镇2030年工作总结\n发布日期：2031-01-09　阅读次数：146\n全年修建道路6条。\n",
        );
        assert_eq!(r.meta.published.as_deref(), Some("2031-01-09"));
        assert_eq!(r.meta.views.as_deref(), Some("146"));
    }

    /// Keys spelt out with spaces, values cut at the next key, brackets and lost-space `?` runs.
    #[test]
    fn spaced_keys_and_noisy_values() {
        let f = meta_fields("索 引 号：11330100/2024-00012  发 布 日 期：2024-03-01").unwrap();
        assert_eq!(
            f,
            vec![
                ("索引号".into(), "11330100/2024-00012".into()),
                ("发布日期".into(), "2024-03-01".into()),
            ]
        );
        let f =
            meta_fields("时间：2024-05-06??\t\t作者：县域网??\t来源：政府网站??\t阅读：").unwrap();
        let values: Vec<&str> = f.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2024-05-06", "县域网", "政府网站", ""]);
        let f = meta_fields("（责任编辑：张三）").unwrap();
        assert_eq!(f, vec![("责任编辑".into(), "张三".into())]);
        assert!(meta_fields("来源于基层的经验：一是…").is_none());
        // READING6-gzbg #3: a value that opens its own bracket keeps the closing one.
        if !crate::indicator::FINE {
            return;
        }
        let f = meta_fields("标题：某区2023年政府工作报告（摘要）").unwrap();
        assert_eq!(f[0].1, "某区2023年政府工作报告（摘要）");
        let f = meta_fields("发文时间：2019-02-11（第三次会议）").unwrap();
        assert_eq!(f[0].1, "2019-02-11（第三次会议）");
        let f = meta_fields("（来源：某县财政局）").unwrap();
        assert_eq!(f[0].1, "某县财政局");
    }

    /// Issuing bodies and a date on one line, set apart by spaces: a joint byline.
    #[test]
    fn joint_bylines() {
        // Bodies and a date, set apart by full-width or ASCII spaces, the date at either end.
        assert_eq!(
            joint_byline("某市水务局　2031-03-02"),
            Some(("某市水务局", Some("2031-03-02")))
        );
        assert_eq!(
            joint_byline("2031年3月2日  某市水务局"),
            Some(("某市水务局", Some("2031年3月2日")))
        );
        assert_eq!(
            joint_byline("某镇统计站　某镇普查领导小组办公室　2030年5月6日"),
            Some(("某镇统计站　某镇普查领导小组办公室", Some("2030年5月6日")))
        );
        assert_eq!(
            joint_byline("某县人民政府 某县人民法院"),
            Some(("某县人民政府 某县人民法院", None))
        );
        // A web page's timestamp after the body.
        assert_eq!(
            joint_byline("某区融媒体中心站 2026-02-03 09:02:33").map(|b| b.0),
            crate::indicator::FINE.then_some("某区融媒体中心站")
        );
        // One part alone, a date between bodies, a date alone with words, a title's words: none.
        assert_eq!(joint_byline("某市水务局"), None);
        assert_eq!(joint_byline("2031-03-02"), None);
        assert_eq!(joint_byline("某市水务局 2031-03-02 某县人民政府"), None);
        assert_eq!(joint_byline("2031-03-02 发布"), None);
        assert_eq!(joint_byline("某市水务局 关于2030年工作的报告"), None);
        assert_eq!(joint_byline("某市 水务局"), None);
    }

    /// The parts of an address block, each on its own.
    #[test]
    fn address_lines() {
        let d = dateline_line("―― 2022年1月27日在县十七届人民代表大会第二次会议上", None).unwrap();
        assert_eq!(d.text, "2022年1月27日在县十七届人民代表大会第二次会议上");
        assert!(d.complete && !d.bracket && d.speaker.is_none());
        let d = dateline_line(
            "二0一九年十二月三十一日在某省第十三届人民代表大会第二次会议上",
            None,
        );
        let d = d.unwrap();
        assert_eq!(d.delivered.as_deref(), Some("2019-12-31"));
        let d = dateline_line(
            "(2008年1月23日在某省第十一届人民代表大会第一次会议上)省长 王五",
            None,
        );
        let d = d.unwrap();
        assert_eq!(d.speaker, Some("省长 王五"));
        // A bare dateline must end on its line; a month of 13 is no date; a sentence is none.
        assert!(dateline_line("2024年1月15日在某市第十届人民代表大会", None).is_none());
        assert!(dateline_line("——2024年13月1日在某市会议上", None).is_none());
        assert!(dateline_line("——2024年1月1日在某市会议上作了报告", None).is_none());
        let d = dateline_line("第二次会议上）", Some(true)).unwrap();
        assert_eq!(
            (d.text, d.complete, d.speaker),
            ("第二次会议上", true, None)
        );
        assert_eq!(
            speaker_line("河北省人民政府省长许勤"),
            Some("河北省人民政府省长许勤")
        );
        assert_eq!(speaker_line("市长 张长"), Some("市长 张长"));
        for s in [
            "许勤作政府工作报告。",
            "一、过去一年工作",
            "各位代表：",
            "工作报告全文如下",
            "",
        ] {
            assert_eq!(speaker_line(s), None, "{s}");
        }
        assert_eq!(
            salutation_line("各位代表、同志们:"),
            Some("各位代表、同志们")
        );
        assert_eq!(salutation_line("各位代表"), None);
    }

    #[test]
    fn a_speaker_of_offices_listed_with_the_enumeration_comma() {
        for s in [
            "区委副书记、区长 赵某",
            "县委书记、县人大常委会主任　钱某某",
            "市委常委、常务副市长 孙某",
        ] {
            assert_eq!(speaker_line(s), Some(s), "{s}");
            assert!(titled_speaker(s), "{s}");
        }
        // Every office of the list ends with a post; the last names one before the name.
        for s in [
            "市委、市政府领导",
            "农业、工业和服务业",
            "区委副书记、赵某",
            "、区长 赵某",
            "区长、",
        ] {
            assert_eq!(speaker_line(s), None, "{s}");
        }
    }

    #[test]
    fn adjacent_article_links_are_navigation() {
        assert!(is_navigation_line("上一篇：某市2022年统计公报"));
        assert!(is_navigation_line("【下一篇】：某县工作总结"));
        assert!(!is_navigation_line("上一篇文章提到的问题已经整改。"));
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

#[cfg(test)]
mod page_or_navigation_tests {
    use super::{is_navigation_line, is_page_marker, is_page_or_navigation_line};

    #[test]
    fn the_first_character_gate_agrees_with_both_tests() {
        for s in [
            "",
            " ",
            "— 3 —",
            "  - 12 -",
            "第3页 共18页",
            "共 18 页，第 3 页",
            "第3页的表格显示",
            "·6·",
            "7 / 18",
            "１ / 2",
            "19/18",
            "【返回顶部】",
            "[打印本页]",
            "上一篇：某县统计公报",
            "下一篇",
            "分享到：",
            "扫一扫在手机打开当前页",
            "关闭窗口",
            "我要纠错",
            "一、总体情况",
            "（一）加强领导",
            "返回",
            "•3•",
            "\u{3000}第 2 页",
        ] {
            let want = is_page_marker(s) || is_navigation_line(s);
            assert_eq!(is_page_or_navigation_line(s), want, "{s:?}");
        }
    }
}
