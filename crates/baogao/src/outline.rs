//! The outline parser: splits a report into title, metadata, preamble, the heading tree, closing
//! and boilerplate, covering every byte of the input exactly once.
//!
//! Heading levels come from the document, not a fixed table: the parser keeps the stack of open
//! headings; a heading whose marker style is already open closes everything inside it and becomes
//! its sibling (so does `4．` after `3、`, the same numbering typed with other punctuation), any
//! other style nests under the innermost open heading.
//!
//! Headings are read by evidence, not by a list of layouts: a marker at a line start; a marker in
//! mid-line (a flattened report: after 。；！？ or spaces, or glued to the previous title) when
//! the ordinal sequence supports it; zero-padded numbers (`01综合`) in a run of consecutive ones;
//! circled numbers only in a run of lines (`①…；②…` on one line is an enumeration); standalone
//! unmarked titles (marker "") when a back-matter name (`注释：`) stands apart with text after it,
//! or a short plain line opens a list numbered from 1; titles in lenticular brackets alone on a
//! line (`【工作成效】`) when two or more of them head text.
//!
//! ```
//! let r = baogao::parse("一、成效\n(一)建章立制。正文。\n1.细则\n二、问题\n(二)整改。\n");
//! let levels: Vec<_> = r.headings().iter().map(|h| (h.marker.raw.as_str(), h.level)).collect();
//! assert_eq!(levels, [("一、", 1), ("(一)", 2), ("1.", 3), ("二、", 1), ("(二)", 2)]);
//! assert_eq!(r.diagnostics[0].kind, baogao::DiagnosticKind::ContinuedNumbering);
//! ```

use crate::document::FontMapEvidence;
use crate::enumeration::{enumerations, Anchors};
use crate::lines::{Line, Lines};
use crate::marker::{
    broken_paren_marker, circled_char, glyph_family, marker_parts, opens_glyph_marker, Family,
    MarkerParts, FAMILIES,
};
use crate::meta::{
    addressee_line, bare_date, byline_fields, date, dated_line, dateline_line, doc_number_line,
    is_boilerplate, is_counter_line, is_date_line, is_page_or_navigation_line, joint_byline,
    meeting_document, meta_fields, names_meeting, organisation_line, salutation_line, speaker_line,
    titled_speaker,
};
use crate::model::*;
use crate::span::Span;
use crate::text::{
    char_len, find_title_end, floor_char_boundary, is_space, low_bytes, trim, trim_start_spaces,
};

/// What a line (or the head of a line) was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Blank,
    Title,
    Meta,
    Closing,
    Boilerplate,
    Body,
}

/// Whether line `l` holds only spaces (see [`is_space`]): nothing is left once they are trimmed
/// (a test of the first byte for most lines, see [`trim_start_spaces`]).
fn is_blank(text: &str, l: &Line) -> bool {
    trim_start_spaces(&text[l.start..l.end]).is_empty()
}

/// A short line that could be (part of) a title: no sentence punctuation, no marker, no date.
/// Asked only of a line already found to be neither metadata nor boilerplate (the top zone of
/// [`classify`] tries those first), so those two tests are not made again here.
///
/// ```text
/// title_like("某县2023年政府工作报告") == true;  title_like("全年立案3件。") == false
/// ```
fn title_like(s: &str) -> bool {
    title_shape(s, false)
}

/// [`title_like`], or with `percent` a line that holds a percentage too (a news headline's
/// figure, `前三季度某市生产总值增长5.6%`: see [`figure_headline`]).
fn title_shape(s: &str, percent: bool) -> bool {
    let s = trim(s);
    // At most 50 characters are at most 200 bytes: a longer line (a paragraph) is not counted.
    s.len() <= 200
        && (2..=50).contains(&char_len(s))
        && !s
            .chars()
            .any(|c| matches!(c, '。' | '；' | ';' | '！' | '？' | '：' | ':'))
        && !s.ends_with(chars!['，', ','])
        && marker_parts(s, true).is_err()
        && (!s.starts_with(|c: char| c.is_ascii_digit() || c == '|') || year_led(s))
        && dated_line(s).is_none()
        // A line of cells split by tabs or by two pipes or more is a table's row (its header,
        // when a file opens with its table), never a title (`标题 | 网站名` may be one).
        && !s.contains('\t')
        && s.bytes().filter(|&b| b == b'|').count() < 2
        // A dash-led line under a title is its dateline or subtitle (`——2025年6月24日在…会议上`).
        && !s.starts_with(chars!['—', '－', '-', '─'])
        // A bulleted item (`●经济增长6%左右`) and a percentage belong to the text, not a title.
        && !(crate::indicator::FINE
            && (s.starts_with(crate::text::BULLETS) || !percent && s.contains(chars!['%', '％'])))
}

/// Whether line `i`, with no title line above it, is a news headline with a figure in it
/// (`前三季度某市生产总值增长5.6%` over `来源：某市统计局` or the release's first paragraph): a
/// title-shaped line holding a percentage, with a next line that is no title-like line (a
/// metadata line, a sentence, a heading). A list of short target lines
/// (`经济增长6%左右` / `新增就业1万人`) stays text. (A finer reading, see `indicator::FINE`.)
fn figure_headline(lines: &Lines, roles: &[Role], i: usize) -> bool {
    let s = lines.content(i);
    crate::indicator::FINE
        && s.contains(chars!['%', '％'])
        && title_shape(s, true)
        && (i + 1..lines.len())
            .find(|&j| roles[j] != Role::Blank)
            .is_some_and(|j| !title_shape(lines.content(j), true))
}

/// Whether line `i` is the first line of a hard-wrapped paragraph rather than the rest of a
/// title: the line right after it (no blank line between) is as wide as it (within two
/// characters), both are wider than a title's second line usually is, and that next line is no
/// title line (it holds a sentence's punctuation or a clause comma). A title's second line is short or stands
/// apart (`情况报告`, `2019年政务公开工作情况汇报`).
fn opens_wrapped_paragraph(lines: &Lines, i: usize, roles: &[Role]) -> bool {
    if i + 1 >= lines.len() || roles[i + 1] == Role::Blank {
        return false;
    }
    let (this, next) = (trim(lines.content(i)), trim(lines.content(i + 1)));
    let (a, b) = (char_len(this), char_len(next));
    a >= 16 && a.abs_diff(b) <= 2 && (!title_like(next) || next.contains(chars!['，', ',']))
}

/// A title line without a trailing note reference (`…统计公报[1]`).
fn title_text_of(line: &str) -> &str {
    let t = trim(line);
    let Some(body) = t.strip_suffix(chars![']', '］']) else {
        return t;
    };
    match body.rfind(chars!['[', '［']) {
        Some(i)
            if i > 0
                && body[i..]
                    .chars()
                    .skip(1)
                    .all(|c| crate::number::arabic_digit(c).is_some()) =>
        {
            trim(&body[..i])
        }
        _ => t,
    }
}

/// A line that opens with a year (`2019年度…报告`, `2024 年…`): a title may start with a digit
/// when the digits are the year it reports on, not a number or a list item.
fn year_led(s: &str) -> bool {
    let (len, digits) = crate::text::leading_digits(s);
    let Some(rest) = s[len..].trim_start_matches(is_space).strip_prefix('年') else {
        return false;
    };
    // `2024年，全市…` opens a sentence, not a title.
    digits == 4 && !rest.starts_with(chars!['，', ','])
}

/// A short line that could be a closing signature (an organisation name).
fn signature_like(s: &str) -> bool {
    let s = trim(s);
    let n = char_len(s);
    (2..=40).contains(&n)
        && !s.chars().any(crate::text::is_clause_punct)
        && meta_fields(s).is_none()
        && !is_boilerplate(s)
        && marker_parts(s, false).is_err()
}

/// Whether `s` holds at least two tabs (a vector search that stops at the second one).
fn second_tab(s: &str) -> bool {
    memchr::memchr_iter(b'\t', s.as_bytes()).nth(1).is_some()
}

/// Whether the trimmed line `t` is a table row written without its outer pipes: two `|` at
/// least, no sentence end, no cell longer than 60 characters (a vector search that stops at the
/// second pipe first: most lines hold none).
fn inner_pipe_row(t: &str) -> bool {
    memchr::memchr_iter(b'|', t.as_bytes()).nth(1).is_some()
        && !t.ends_with(chars!['。', '；', ';'])
        && t.split('|').all(|c| char_len(c) <= 60)
}

/// Splits a table row into cells, if the line is one (`| a | b |`, at least two tabs, or a row
/// of a table whose columns are aligned with spaces, found in `doc.aligned`). `start`: where
/// the line `s` starts. `doc.tabs` and `doc.pipes` tell whether the text holds a tab and an
/// ASCII `|` at all: without one, no line is searched for two (most reports hold neither; a
/// search per body line cost more than one over the text).
fn table_cells(doc: &Doc, s: &str, start: usize) -> Option<Vec<String>> {
    let (tabs, pipes) = (doc.tabs, doc.pipes);
    #[cfg(feature = "tables")]
    if let Some(cells) = doc.aligned.cells(doc.text, start) {
        return Some(
            cells
                .iter()
                .map(|c| c.slice(doc.text).to_string())
                .collect(),
        );
    }
    #[cfg(not(feature = "tables"))]
    let _ = start;
    // A text with no pipe of either width and no tab holds no other row (most reports): the
    // line is not trimmed to be asked.
    if !(pipes || tabs || doc.anchors.fullwidth_pipe) {
        return None;
    }
    let t = trim(s);
    let cells: Vec<&str> = if t.starts_with('|') || t.starts_with('｜') {
        t.trim_matches(chars!['|', '｜'])
            .split(chars!['|', '｜'])
            .collect()
    } else if pipes && inner_pipe_row(t) {
        // `一、本年新收申请数量 | 21 | 3 | 24`: cells between pipes without the outer ones (as
        // table::classify reads them), not a heading with its numbers.
        t.split('|').collect()
    } else if tabs && second_tab(s) && !trim(s).is_empty() {
        trim(s)
            .split('\t')
            .filter(|c| !c.trim().is_empty())
            .collect()
    } else {
        return None;
    };
    (cells.len() >= 2).then(|| cells.into_iter().map(|c| trim(c).to_string()).collect())
}

/// Line roles, the title, the closing with its first and last line indices, and the metadata
/// fields that [`classify`] read to give a line its `Meta` role (by line index, increasing), so
/// that the outline does not read them again.
type Classified = (
    Vec<Role>,
    Option<Title>,
    Option<(usize, usize, Closing)>,
    Vec<(usize, MetaFields)>,
);

/// A metadata line's fields, as [`meta_fields`] gives them.
type MetaFields = Vec<(String, String)>;

/// Marks the title, metadata, closing and boilerplate lines; everything else is `Body`.
fn classify(text: &str, lines: &Lines) -> Classified {
    // PDF page markers (`— 3 —`, `第3页 共18页`) are boilerplate wherever they stand: between two
    // lines of one paragraph they are a leaf of their own and no part of the text around them.
    // So are lines of page navigation (上一篇：, 分享到：, 【返回顶部】). (One pass over the
    // lines gives both roles: each line is looked up once.)
    let mut roles: Vec<Role> = lines
        .iter()
        .map(|l| {
            let c = &text[l.start..l.end];
            if is_blank(text, &l) {
                Role::Blank
            // Both are short lines: 90 bytes hold 30 CJK characters. (A page's counter line,
            // whose figure is no indicator, is a finer reading: 0.8 KB gzipped of the small
            // WebAssembly module, left out of it with `indicator::FINE`.)
            } else if c.len() <= 90
                && (is_page_or_navigation_line(c) || crate::indicator::FINE && is_counter_line(c))
            {
                Role::Boilerplate
            } else {
                Role::Body
            }
        })
        .collect();
    if crate::indicator::FINE {
        mark_running_headers(text, lines, &mut roles);
        mark_page_furniture(lines, &mut roles);
    }
    let content = |i: usize| lines.content(i);
    let mut fields_read: Vec<(usize, MetaFields)> = Vec::new();

    // Top zone: title lines, metadata and boilerplate before the first body line.
    let mut title: Option<Title> = None;
    let mut i = 0;
    let mut title_lines: Vec<usize> = Vec::new();
    let mut title_text = String::new();
    // Whether a WeChat article's header was read (see `wechat_header`).
    let mut wechat = false;
    // Where each title line's text starts in `title_text` (see `restated_title`).
    let mut starts: Vec<usize> = Vec::new();
    while i < lines.len() {
        if roles[i] == Role::Blank {
            i += 1;
            continue;
        }
        let s = content(i);
        if let Some(fields) = meta_fields(s) {
            // A `标题：` field names the document's title when no line above gave one.
            match fields.as_slice() {
                [(k, v)] if k == "标题" && title_lines.is_empty() && !v.is_empty() => {
                    title_text = v.clone();
                    title_lines.push(i);
                    roles[i] = Role::Title;
                }
                _ => {
                    roles[i] = Role::Meta;
                    fields_read.push((i, fields));
                    // A WeChat article's header: the line above its publication line is the
                    // account's name, the article's title comes after (see `wechat_header`).
                    if crate::indicator::FINE && title_lines.len() == 1 && wechat_header(s) {
                        let account = title_lines[0];
                        roles[account] = Role::Meta;
                        fields_read.insert(
                            fields_read.len() - 1,
                            (
                                account,
                                vec![field("公众号", title_text_of(content(account)))],
                            ),
                        );
                        title_lines.clear();
                        title_text.clear();
                        starts.clear();
                        wechat = true;
                    }
                }
            }
        } else if is_boilerplate(s) {
            roles[i] = Role::Boilerplate;
        } else if crate::indicator::FINE && doc_number_line(s) {
            // The document's number above or under its title (`某府〔2019〕1号`): a field.
            roles[i] = Role::Meta;
            fields_read.push((i, vec![field("文号", trim(s))]));
        } else if cfg!(feature = "address") && !title_lines.is_empty() && meeting_document(s) {
            // A meeting's document stamp under the title (`…会议文件`): where it was delivered.
            roles[i] = Role::Meta;
            fields_read.push((i, vec![field("来源", trim(s))]));
        } else if crate::indicator::FINE
            && organisation_line(s).is_some()
            && if title_lines.is_empty() {
                // 某府〔2025〕15号 / 某市发展和改革委员会 / 关于…的自查报告: the issuer between
                // the document's number and a title that names its report.
                lines_after_meta(&roles[..i])
                    && (i + 1..lines.len())
                        .find(|&j| roles[j] != Role::Blank)
                        .is_some_and(|j| names_report(content(j)))
            } else {
                names_report(&title_text)
            }
        {
            // 某县2024年工作总结 / 某县人民政府: the issuer under a title that names its report,
            // with no date after it, is publication metadata as with one (below); so is one
            // between the document's number and such a title.
            roles[i] = Role::Meta;
        } else if crate::indicator::FINE
            && title_lines.is_empty()
            && furniture_line(s)
            && report_title_ahead(lines, &roles, i)
        {
            // 加入收藏 | 会员中心, `• 2019-12-26`: the site's bars and a disclosure box's values
            // above the report's title are chrome.
            roles[i] = Role::Boilerplate;
        } else if wechat && title_lines.is_empty() && wechat_headline(s) {
            // The article's title under a WeChat header (`重磅！…全文发布`).
            title_text = title_text_of(s).to_string();
            title_lines.push(i);
            roles[i] = Role::Title;
        } else if crate::indicator::FINE && !title_lines.is_empty() && joint_byline(s).is_some() {
            // 某省2024年…公报 / 某省水利厅　2025-04-18: issuing bodies set apart by spaces, with
            // or without the date, on one line under the title are its byline (publication
            // metadata, read by `byline_fields`), not the title's rest.
            roles[i] = Role::Meta;
        } else if (title_like(s) || title_lines.is_empty() && figure_headline(lines, &roles, i))
            && title_lines.len() < 4
            // A title that ends with its genre (`…工作要点`, `…工作报告`) is whole: a title-like line
            // after it opens the text (its first part's title), unless it is the genre itself
            // (a column's name above the title, `工作报告` / `某县2023年政府工作报告`). (A finer
            // reading, see `indicator::FINE`.)
            && (title_lines.is_empty() || !title_is_whole(&title_text, s))
            // A clause comma in a line under the title opens a sentence, not the title's rest:
            // the first line of a wrapped paragraph (`全省一般公共预算收入21.7亿元，比上年增`).
            && (title_lines.is_empty() || !s.contains(chars!['，', ',']))
            && (title_lines.is_empty()
                || !cfg!(feature = "hard-wraps")
                || !opens_wrapped_paragraph(lines, i, &roles))
            // After metadata a title-like line is the text's first line, unless it names a
            // report and no title came before: a disclosure page's publication table (索引号,
            // 发布机构, 生成日期) stands above the title.
            && (!lines_after_meta(&roles[..i])
                || crate::indicator::FINE && title_lines.is_empty() && (wechat || names_report(s)))
            // A dateline under the title, bare or in brackets, or a speaker (a post and a name)
            // opens the address block (see `address_block`; without the `address` feature they
            // are read as before).
            && (!cfg!(feature = "address")
                || title_lines.is_empty()
                || dateline_line(s, None).is_none() && !titled_speaker(s))
        {
            let t = title_text_of(s);
            if t.contains(title_text.as_str()) {
                // A line that holds the whole title so far (a column name `工作报告` above
                // `某县2023年政府工作报告`) replaces it.
                title_text = t.to_string();
                if cfg!(feature = "address") {
                    starts.clear();
                }
            } else if !title_text.contains(t) {
                if cfg!(feature = "address") {
                    starts.push(title_text.len());
                }
                title_text.push_str(t);
            }
            title_lines.push(i);
            roles[i] = Role::Title;
        } else if !title_lines.is_empty()
            && dated_line(s).is_some()
            // A date line over a speaker (`（2025年2月12日）` / `市长　某某`) is the date the
            // address was delivered: `address_block` reads it.
            && !(cfg!(feature = "address")
                && bare_date(s).is_some()
                && speaker_next(lines, &roles, i))
        {
            // A byline under the title: the issuing organisation on its own line, then the
            // date (`国家统计局` / `2025年2月28日`). Both are publication metadata.
            roles[i] = Role::Meta;
            let last = title_lines[title_lines.len() - 1];
            if title_lines.len() >= 2 && organisation_line(content(last)).is_some() {
                title_lines.pop();
                roles[last] = Role::Meta;
                let org = title_text_of(content(last));
                if let Some(head) = title_text.strip_suffix(org) {
                    title_text.truncate(head.len());
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    // (Off in the small WebAssembly build: see the `address` feature.)
    if cfg!(feature = "address") && !title_lines.is_empty() {
        i = address_block(
            lines,
            &mut roles,
            i,
            &mut title_lines,
            &mut title_text,
            &mut fields_read,
        );
        // A page's title restated by the document's own title under it: the latter is kept.
        if let Some(&o) = starts.iter().find(|&&o| restated_title(&title_text, o)) {
            title_text.drain(..o);
        }
    }
    // A title must not be the whole document's only text, and a lone "title" directly followed by
    // a continuation of its sentence is body text.
    if !title_lines.is_empty() {
        title = Some(Title {
            text: title_text,
            lines: title_lines.iter().map(|&i| i + 1).collect(),
            span: Span::default(),
        });
    }

    // Bottom zone: from the end, blank/boilerplate/meta/closing lines.
    let mut closing = None;
    let mut j = lines.len();
    let mut date_line = None;
    let mut sig_line = None;
    // The bottom zone's metadata lines are found from the end: kept in increasing order after
    // the top zone's.
    let top_fields = fields_read.len();
    // 某县审计局 / 2025年8月20日 / 附件 / …清单: attachments after the closing, or its notes
    // (`注释：` / `1.…`, see [`notes_head`]); the closing is read before the first of them. (A
    // finer reading, see `indicator::FINE`.)
    if crate::indicator::FINE {
        if let Some(a) = (i..lines.len())
            .rev()
            .take(ATTACHMENT_REACH)
            .filter(|&k| {
                // (Followed by its title or text: an empty `附件:` above a page's chrome is
                // chrome itself.)
                (attachment_head(content(k)) || notes_head(content(k)))
                    && (k + 1..lines.len())
                        .find(|&n| roles[n] != Role::Blank)
                        .is_some_and(|n| {
                            roles[n] == Role::Body
                                && !is_boilerplate(content(n))
                                && char_len(trim(content(n))) >= 4
                        })
            })
            .find(|&k| {
                (i..k)
                    .rev()
                    .find(|&p| roles[p] != Role::Blank)
                    .is_some_and(|p| closing_date(content(p)).is_some())
            })
        {
            j = a;
        }
    }
    // The whole text printed again under itself (a page's copy rendered twice): the second copy
    // and what follows it are the page's, the closing is read above it.
    if let Some(a) = (crate::indicator::FINE && j == lines.len())
        .then(|| repeated_copy(lines, &roles, i))
        .flatten()
    {
        for r in roles[a..].iter_mut().filter(|r| **r != Role::Blank) {
            *r = Role::Boilerplate;
        }
        j = a;
    }
    while j > i {
        let k = j - 1;
        if roles[k] == Role::Blank {
            j -= 1;
            continue;
        }
        let s = content(k);
        if is_boilerplate(s)
            || crate::indicator::FINE
                && date_line.is_none()
                && sig_line.is_none()
                && distribution_note(s)
        {
            roles[k] = Role::Boilerplate;
        } else if let Some(fields) = meta_fields(s) {
            roles[k] = Role::Meta;
            fields_read.push((k, fields));
        } else if date_line.is_none() && sig_line.is_none() && closing_date(s).is_some() {
            date_line = Some(k);
            roles[k] = Role::Closing;
        } else if date_line.is_some()
            && sig_line.is_none()
            && signature_like(s)
            && closing_date(s).is_none()
        {
            sig_line = Some(k);
            roles[k] = Role::Closing;
            break;
        } else if date_line.is_none() && organisation_line(s).is_some() && k > 0 {
            // A signature without a date: the organisation's name alone (or in brackets, as
            // statistical bulletins sign: `（某县统计局）`) as the last line of the text.
            sig_line = Some(k);
            roles[k] = Role::Closing;
            break;
        } else if let Some(h) =
            (crate::indicator::FINE && date_line.is_none() && sig_line.is_none())
                .then(|| trailing_chrome_block(lines, &roles, i, k))
                .flatten()
        {
            // `往期推荐` and the other articles' titles, `网友评论（2）` and the comments: the
            // page's chrome after the text, set apart with the head that opens it.
            for r in roles[h..=k].iter_mut().filter(|r| **r != Role::Blank) {
                *r = Role::Boilerplate;
            }
            j = h;
            continue;
        } else {
            break;
        }
        j -= 1;
    }
    if let Some(last) = date_line.or(sig_line) {
        let (sig_inline, date_text) = date_line
            .and_then(|d| closing_date(content(d)))
            .map_or((None, None), |(s, d)| (s, Some(d)));
        let signature = sig_line
            .map(|k| {
                let s = content(k);
                organisation_line(s).map_or_else(|| trim(s).to_string(), str::to_string)
            })
            .or(sig_inline);
        let first = sig_line.unwrap_or(last);
        let lines_used: Vec<usize> = [sig_line, date_line]
            .into_iter()
            .flatten()
            .map(|k| k + 1)
            .collect();
        // Lines between the signature and the date are blank, so the closing is contiguous.
        closing = Some((
            first,
            last,
            Closing {
                signature,
                date: date_text,
                lines: lines_used,
                span: Span::default(),
            },
        ));
    }
    fields_read[top_fields..].reverse();
    (roles, title, closing, fields_read)
}

/// The address block of a report delivered to a congress, from line `start` (the first line
/// under the title and its metadata): the dateline (`——2025 年 6 月 24 日在…会议上`, possibly
/// wrapped over three lines, or in brackets), the speaker on the line before or after it (or on
/// its line), and the salutation (`各位代表：`). Blank lines and page markers may stand between
/// them; a line repeating the title may stand before it (and is left as it is). The block's lines
/// become metadata; gives the line after the block (`start` when there is none).
///
/// ```text
/// 国务院关于…的审计工作报告            title
/// ——2025 年 6 月 24 日在第十四届…大会   dateline  (meta, fields dateline + delivered)
/// 常务委员会第十六次会议上              dateline  (meta, field dateline)
/// 审计署审计长 侯 凯                    speaker   (meta)
/// 委员长、各位副委员长、秘书长、各位委员：  salutation (meta)
/// ```
fn address_block(
    lines: &Lines,
    roles: &mut [Role],
    start: usize,
    title_lines: &mut Vec<usize>,
    title_text: &mut String,
    fields_read: &mut Vec<(usize, MetaFields)>,
) -> usize {
    let content = |i: usize| lines.content(i);
    // The block's lines are among the next seven that are neither blank nor page markers.
    let c: Vec<usize> = (start..lines.len())
        .filter(|&j| !matches!(roles[j], Role::Blank | Role::Boilerplate))
        .take(7)
        .collect();
    let line = |p: usize| c.get(p).map_or("", |&j| content(j));
    let mut p = 0;
    let mut first = dateline_line(line(p), None);
    // A line repeating the title (`政府工作报告` under a `标题：` field), left as body text.
    let t = title_text_of(line(p));
    if first.is_none() && !t.is_empty() && title_text.contains(t) {
        p += 1;
        first = dateline_line(line(p), None);
    }
    // A bare date line over the speaker (`（2025年2月12日）` / `市长　某某`): the delivery date.
    let mut date_over = None;
    if first.is_none() && bare_date(line(p)).is_some() && titled_speaker(line(p + 1)) {
        date_over = Some(p);
        p += 1;
    }
    // The speaker before the dateline, on the first line of the block.
    let mut speaker = None;
    if first.is_none() && posted_speaker(line(p)) {
        speaker = Some(c[p]);
        p += 1;
        first = dateline_line(line(p), None);
    }
    let Some(first) = first else {
        // A speaker under the title with no dateline: a date line may follow (the delivery
        // date), then the salutation.
        let Some(j) = speaker.filter(|&j| titled_speaker(content(j))) else {
            // A report addressed to the bodies above its author (`市人民政府、中共某县委：`, or
            // `各位代表：`) right under the title: the salutation alone.
            return match salutation_line(line(p)).or_else(|| addressee_line(line(p))) {
                Some(s) if speaker.is_none() => into_meta(
                    vec![(c[p], vec![field("salutation", s)])],
                    roles,
                    fields_read,
                    start,
                ),
                _ => start,
            };
        };
        let mut block = vec![(j, vec![field("speaker", trim(content(j)))])];
        // The date over the speaker or under it.
        let date = date_over.or_else(|| bare_date(line(p)).is_some().then_some(p));
        if let Some((d, (date, iso))) = date.and_then(|d| Some((d, bare_date(line(d))?))) {
            let mut fields = vec![field("dateline", date)];
            fields.extend(iso.map(|d| field("delivered", &d)));
            block.insert(usize::from(date_over.is_none()), (c[d], fields));
            p += usize::from(date_over.is_none());
        }
        if let Some(s) = salutation_line(line(p)) {
            block.push((c[p], vec![field("salutation", s)]));
        }
        return into_meta(block, roles, fields_read, start);
    };
    // The dateline's lines (up to three), each with its part.
    let mut block: Vec<(usize, MetaFields)> = Vec::new();
    let bracket = first.bracket;
    let mut d = first;
    let mut joined = String::new();
    loop {
        joined.push_str(d.text);
        let mut fields = vec![field("dateline", d.text)];
        if let Some(iso) = &d.delivered {
            fields.push(field("delivered", iso));
        }
        if let Some(sp) = d.speaker {
            fields.push(field("speaker", sp));
        }
        block.push((c[p], fields));
        p += 1;
        if d.complete {
            break;
        }
        match dateline_line(line(p), Some(bracket)) {
            Some(next) if block.len() < 3 => d = next,
            _ => return start,
        }
    }
    if !names_meeting(&joined) || char_len(&joined) > 80 {
        return start;
    }
    // A web page's metadata between the dateline and the speaker (`来源：西藏日报`, `时间：…`).
    while let Some(fields) = meta_fields(line(p)) {
        block.push((c[p], fields));
        p += 1;
    }
    if d.speaker.is_some() {
        if speaker.is_some() {
            return start;
        }
    } else if speaker.is_none() {
        let last = title_lines[title_lines.len() - 1];
        if posted_speaker(line(p))
            || speaker_line(line(p)).is_some() && salutation_line(line(p + 1)).is_some()
        {
            // After the dateline (a bare name only when the salutation follows it: a short line
            // such as `目录` is none).
            speaker = Some(c[p]);
            p += 1;
        } else if title_lines.len() >= 2
            && (last + 1..block[0].0).all(|j| matches!(roles[j], Role::Blank | Role::Boilerplate))
            && fields_read.last().is_none_or(|&(f, _)| f < last)
            && posted_speaker(content(last))
        {
            // Right above the dateline, read as the title's last line.
            title_lines.pop();
            if let Some(head) = title_text.strip_suffix(title_text_of(content(last))) {
                title_text.truncate(head.len());
            }
            speaker = Some(last);
        }
    }
    if let Some(j) = speaker {
        let name = speaker_line(content(j)).unwrap_or_default();
        // Before the dateline or after it: the block stays in line order.
        let at = if j < block[0].0 { 0 } else { block.len() };
        block.insert(at, (j, vec![field("speaker", name)]));
    }
    // A photo's caption between the speaker and the salutation (`省长张三代表省人民政府向大会
    // 作报告。本报记者 李四 摄`): page chrome.
    if is_photo_caption(line(p)) && salutation_line(line(p + 1)).is_some() {
        roles[c[p]] = Role::Boilerplate;
        p += 1;
    }
    if let Some(s) = salutation_line(line(p)) {
        block.push((c[p], vec![field("salutation", s)]));
    }
    into_meta(block, roles, fields_read, start)
}

/// Makes the address block's lines metadata; gives the line after the block (`start` when it
/// is empty).
fn into_meta(
    block: Vec<(usize, MetaFields)>,
    roles: &mut [Role],
    fields_read: &mut Vec<(usize, MetaFields)>,
    start: usize,
) -> usize {
    let next_line = block.last().map_or(start, |b| b.0 + 1);
    for (j, fields) in block {
        roles[j] = Role::Meta;
        fields_read.push((j, fields));
    }
    next_line.max(start)
}

/// Whether the title's text from byte `o` (where a line of it starts) restates the text before
/// it: a page's title, then the document's own title written again under it in two lines
/// (`某区2022年度…情况的审计工作报告` / `某市某区2022年度…` / `…的审计工作报告`). Both parts are at
/// least eight characters and end with the same four.
fn restated_title(t: &str, o: usize) -> bool {
    let (Some((k, _)), Some(a), Some(b)) = (t.char_indices().rev().nth(3), t.get(..o), t.get(o..))
    else {
        return false;
    };
    char_len(a) >= 8 && char_len(b) >= 8 && a.ends_with(&t[k..])
}

/// Whether `s` is a photo's caption with its credit (`本报记者 李四 摄`, `（新华社记者 王五摄）`):
/// a line of at most 120 characters ending with 摄 (before a closing bracket) that names a
/// reporter or photographer.
fn is_photo_caption(s: &str) -> bool {
    let t = trim(s).trim_end_matches(chars![')', '）']);
    t.ends_with('摄')
        && char_len(t) <= 120
        && ["记者", "通讯员", "摄影"].iter().any(|w| t.contains(w))
}

/// PDF text's running header: the head of the first page (the report's title, the bulletin's
/// name) repeated on the pages after it (`某县2024年工作总结` again between two paragraphs). A
/// line among the first three that are not blank, of eight CJK characters or more, with no
/// punctuation or heading marker, written again on a line of its own: every occurrence after
/// the first is boilerplate (the first may be the title). A line first seen further down is no
/// page's head (a part title that a contents list or a second copy repeats). One pass over the
/// lines, which ends after the third when none of them has the shape.
fn mark_running_headers(text: &str, lines: &Lines, roles: &mut [Role]) {
    // The candidates: the first three written lines of a page head's shape (lengths compared
    // before the texts: most lines are told apart by a comparison of two numbers).
    let mut heads: [&str; 3] = [""; 3];
    let mut n = 0;
    let mut written = 0;
    for (k, l) in lines.iter().enumerate() {
        if roles[k] != Role::Body {
            continue;
        }
        written += 1;
        if written > 3 && n == 0 {
            return;
        }
        let raw = &text[l.start..l.end];
        // (A line shorter than every head, or much longer, is none of them: no trim asked.)
        if written > 3
            && !heads[..n]
                .iter()
                .any(|h| (h.len()..=h.len() + 24).contains(&raw.len()))
        {
            continue;
        }
        let t = trim(raw);
        if heads[..n].iter().any(|h| h.len() == t.len() && *h == t) {
            roles[k] = Role::Boilerplate;
        } else if written <= 3 && is_page_head(t) {
            heads[n] = t;
            n += 1;
        }
    }
}

/// PDF text's running headers and footers found by repetition: the line right before or after a
/// page's number line (blank lines and a form feed between allowed), written the same beside
/// another page's number line (`某县统计局` at every page's top, `某政发〔2025〕3号`, `某县人民政府办公室
/// 发布` at every page's foot), is the page's furniture wherever it stands by a number line. A
/// line of 4 to 40 characters that ends no sentence; two page breaks are the least evidence.
///
/// ```text
/// 全年实现生产总值⏎— 1 —⏎\f某县统计局⏎312.5亿元 … 农业⏎— 2 —⏎\f某县统计局⏎增加值 →
///   both `某县统计局` lines are furniture
/// ```
fn mark_page_furniture(lines: &Lines, roles: &mut [Role]) {
    let content = |k: usize| {
        trim(lines.content(k))
            .trim_start_matches('\u{c}')
            .trim_start_matches(is_space)
    };
    let number =
        |k: usize| roles[k] == Role::Boilerplate && crate::meta::is_page_marker(content(k));
    // (The page's number lines first: a text with fewer than two has nothing to repeat.)
    let numbers: Vec<usize> = (0..lines.len()).filter(|&k| number(k)).collect();
    if numbers.len() < 2 {
        return;
    }
    let mut beside: Vec<(&str, usize)> = Vec::new();
    for &k in &numbers {
        let before = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| !content(j).is_empty());
        let after = (k + 1..(k + 4).min(lines.len())).find(|&j| !content(j).is_empty());
        for j in before.into_iter().chain(after) {
            let t = content(j);
            if roles[j] == Role::Body
                && (4..=40).contains(&char_len(t))
                && !t.ends_with(chars!['。', '！', '？', '；', '：'])
            {
                beside.push((t, j));
            }
        }
    }
    // (a line between two number lines is beside both: counted once)
    beside.sort_unstable();
    beside.dedup();
    for group in beside.chunk_by(|a, b| a.0 == b.0) {
        if group.len() >= 2 {
            for &(_, j) in group {
                roles[j] = Role::Boilerplate;
            }
        }
    }
}

/// Whether `t` has the shape of a page's head line: eight to forty characters, eight of them
/// CJK or more, with no punctuation and no heading marker.
fn is_page_head(t: &str) -> bool {
    // (Eight to forty characters: 24 to 120 bytes of CJK text.)
    (24..=120).contains(&t.len())
        && t.chars().filter(|&c| crate::text::is_cjk(c)).count() >= 8
        && !t
            .chars()
            .any(|c| matches!(c, '，' | '。' | '；' | '：' | '、' | ',' | ';' | ':' | '|'))
        && crate::marker::marker_parts(t, false).is_err()
}

/// A `(key, value)` field of a metadata line.
fn field(key: &str, value: &str) -> (String, String) {
    (key.to_string(), value.to_string())
}

/// Whether the next line after line `i` that is neither blank nor a page's furniture is a
/// speaker line that names a post of a closed list (see [`titled_speaker`]): `市长　某某` under
/// `（2025年2月12日）`.
fn speaker_next(lines: &Lines, roles: &[Role], i: usize) -> bool {
    (i + 1..lines.len())
        .find(|&j| !matches!(roles[j], Role::Blank | Role::Boilerplate))
        .is_some_and(|j| titled_speaker(lines.content(j)))
}

/// A speaker line that names a post (see [`speaker_line`]), not a bare name: what may stand
/// before a dateline, where a short line could be a title's last line.
fn posted_speaker(s: &str) -> bool {
    speaker_line(s).is_some_and(|t| t.chars().filter(|&c| !is_space(c)).count() > 3)
}

/// Whether a title-like line names a report by its genre (`…年度报告`, `…统计公报`, `…工作总结`).
fn names_report(s: &str) -> bool {
    let t = title_text_of(s);
    ["报告", "公报", "年报", "总结", "汇报"]
        .iter()
        .any(|w| t.ends_with(w))
}

/// Whether `s` is a line of a page's furniture as text copies keep it above the title: a bullet
/// item of at most 40 characters (a disclosure box's values, `• 005252696/2020-00021`), a bar of
/// short items between `|` (`加入收藏 | 会员中心`), or a short label and a value with no figure
/// (`站内搜索： 高级搜索`) or a list of links (`年度索引： 2023 2022 2021 2020`). Read only before a title that names its report (see
/// [`report_title_ahead`]).
fn furniture_line(s: &str) -> bool {
    let t = trim(s);
    if t.starts_with(crate::text::BULLETS) {
        return char_len(t) <= 40 && !t.contains(chars!['。', '；']);
    }
    let bar: Vec<&str> = t.split(chars!['|', '｜']).map(trim).collect();
    if bar.len() >= 2 {
        return bar.iter().all(|b| (1..=8).contains(&char_len(b)));
    }
    match t.split_once(chars!['：', ':']) {
        Some((label, value)) => {
            let links = value.split_whitespace();
            (2..=8).contains(&char_len(trim(label)))
                && ((1..=10).contains(&char_len(trim(value)))
                    && !value.contains(|c: char| c.is_ascii_digit())
                    // 统计公报年度索引： 2023 2022 2021 …: a list of links.
                    || links.clone().count() >= 4
                        && links.clone().all(|l| char_len(l) <= 12)
                        && !value.contains(chars!['。', '；', '，']))
        }
        None => false,
    }
}

/// Whether a title-like line that names its report (see [`names_report`]) follows line `i`
/// within the next eight lines that are not blank.
fn report_title_ahead(lines: &Lines, roles: &[Role], i: usize) -> bool {
    (i + 1..lines.len())
        .filter(|&j| roles[j] != Role::Blank)
        .take(8)
        .any(|j| {
            let s = lines.content(j);
            title_like(s) && names_report(s)
        })
}

/// Whether the title read so far is whole before the title-like line `s` under it: it ends with
/// its genre (see [`ends_with_genre`]), `s` is not the genre's column name it replaces (see
/// `classify`) and restates none of its words. (A finer reading, see `indicator::FINE`.)
fn title_is_whole(title: &str, s: &str) -> bool {
    if !crate::indicator::FINE {
        return false;
    }
    let t = title_text_of(s);
    // (A line that restates the title's words, the document's own title under a page's, is no
    // text: four characters in a row of the title's tell it.)
    let restates = || {
        let cs: Vec<char> = t.chars().collect();
        cs.windows(4)
            .any(|w| title.contains(w.iter().collect::<String>().as_str()))
    };
    ends_with_genre(title) && !t.contains(title) && !restates()
}

/// Whether a title ends with the name of its document's genre: a report (see [`names_report`]),
/// a plan, its main points or a programme.
fn ends_with_genre(title: &str) -> bool {
    names_report(title)
        || ["要点", "计划", "方案", "规划", "纲要"]
            .iter()
            .any(|w| title_text_of(title).ends_with(w))
}

fn lines_after_meta(roles: &[Role]) -> bool {
    roles.contains(&Role::Meta)
}

/// How many lines from the end an attachment after the closing is looked for (its list or table).
const ATTACHMENT_REACH: usize = 200;

/// Whether `s` opens an attachment (`附件`, `附件1：`, `附表2`, `附件：某县问题清单`): the word, a
/// number, a colon and at most a short title, no sentence.
fn attachment_head(s: &str) -> bool {
    let t = trim(s);
    let Some(rest) = t.strip_prefix("附件").or_else(|| t.strip_prefix("附表")) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || crate::number::chinese_digit(c).is_some()
    });
    let rest = trim(rest.trim_start_matches(chars!['：', ':']));
    char_len(rest) <= 40 && !rest.contains(chars!['。', '；', '，'])
}

/// Whether `s` opens the notes after a report's text (`注释：`, `注`, `附注：`, `备注`): a note
/// name of [`BACK_MATTER`] alone on its line, with or without a colon. Under a signature and
/// date it stands as an attachment does (see [`attachment_head`]): the closing is read above it.
fn notes_head(s: &str) -> bool {
    let name = trim(trim(s).trim_end_matches(chars![':', '：']));
    matches!(name, "注释" | "注" | "附注" | "备注")
}

/// Whether the publication line `s` is a WeChat article's (`阅读原文　　来源：…　　编辑：…
/// 2026-01-16 18:30　　发表于四川`): it opens with the 阅读原文 link or names the place the
/// article was posted from (发表于). Such a header stands under the account's name and above the
/// article's title.
fn wechat_header(s: &str) -> bool {
    let t = trim(s);
    t.starts_with("阅读原文") || t.contains("发表于")
}

/// Whether `s` reads as the title of a WeChat article under its header: a [`title_like`] line,
/// or one that exclaims or asks as such titles do (`重磅！2025年全县旅游收入突破百亿元`), up to
/// 50 characters with no full stop, colon or semicolon.
fn wechat_headline(s: &str) -> bool {
    let t = trim(s);
    title_like(s)
        || (4..=50).contains(&char_len(t))
            && t.contains(chars!['！', '？', '!', '?'])
            && !t.contains(chars!['。', '；', ';', '：', ':'])
            && marker_parts(t, true).is_err()
}

/// The fewest distinct long lines a second copy of the text repeats (see [`repeated_copy`]).
const COPY_LEAST_LINES: usize = 8;

/// Where a second copy of the text starts, when the document ends with one (a web page copied
/// with its article rendered twice). Read on the long lines (20 characters or more) from line
/// `from` on: one of the first four comes again later, the long lines from there on repeat
/// those from it in order, at least [`COPY_LEAST_LINES`] of them and four in five of the copy's,
/// the first copy wholly before the second, and at most three long lines follow the copy (the
/// page's footer). Lines are compared as they are (no hashing): one pass to find the repeat of
/// an opening line, one along the copy.
///
/// ```text
/// A B C D E F G H I / (footer) / A B C D E F G H I / (footer) → the line of the second A
/// ```
fn repeated_copy(lines: &Lines, roles: &[Role], from: usize) -> Option<usize> {
    let long = |k: usize| {
        let t = trim(lines.content(k));
        (roles[k] == Role::Body && char_len(t) >= 20).then_some(t)
    };
    // (its length first: within the spaces a copy may pad it with)
    let same = |a: &str, n: usize| {
        let b = lines.content(n);
        (a.len()..=a.len() + 12).contains(&b.len()) && trim(b) == a
    };
    // The opening lines that come again, and where (two of the first four: a page's own header
    // line above the article may be said once), before any list is made: most texts repeat
    // none, or one paragraph.
    let again: Vec<(usize, usize)> = (from..lines.len())
        .filter_map(|k| long(k).map(|a| (k, a)))
        .take(4)
        .filter_map(|(k, a)| (k + 1..lines.len()).find(|&n| same(a, n)).map(|n| (k, n)))
        .collect();
    let &[(k0, n0), _, ..] = again.as_slice() else {
        return None;
    };
    let longs: Vec<usize> = (from..lines.len()).filter(|&k| long(k).is_some()).collect();
    let same_long = |p: usize, q: usize| same(trim(lines.content(longs[p])), longs[q]);
    let (p0, q0) = (
        longs.binary_search(&k0).ok()?,
        longs.binary_search(&n0).ok()?,
    );
    let (mut count, mut last) = (0, q0);
    for m in 0..(q0 - p0).min(longs.len() - q0) {
        if same_long(p0 + m, q0 + m) {
            count += 1;
            last = q0 + m;
        }
    }
    let in_copy = last - q0 + 1;
    let after = longs.len() - 1 - last;
    (count >= COPY_LEAST_LINES && count * 5 >= in_copy * 4 && after <= 3).then(|| longs[q0])
}

/// Heads of the list of other articles a page or a WeChat article sets after the text.
const RELATED_HEADS: &[&str] = &[
    "往期推荐",
    "往期回顾",
    "往期精彩",
    "推荐阅读",
    "相关阅读",
    "延伸阅读",
    "更多阅读",
    "相关链接",
    "相关新闻",
    "相关文章",
    "相关稿件",
    "关联稿件",
    "精彩推荐",
    "热点推荐",
    "热门推荐",
    "热点排行",
    "猜你喜欢",
];

/// Heads of the readers' comments a news page sets after the text (`网友评论（2）`).
const COMMENT_HEADS: &[&str] = &[
    "网友评论",
    "网友留言",
    "精选留言",
    "全部评论",
    "热门评论",
    "最新评论",
    "发表评论",
    "我要评论",
];

/// The most non-blank lines a trailing block of chrome spans (see [`trailing_chrome_block`]).
const CHROME_BLOCK_REACH: usize = 40;

/// The words of a head line of chrome: `▼往期推荐▼`, `【相关链接】`, `相关链接：`,
/// `网友评论（2）` read as `往期推荐`, `相关链接`, `网友评论` (the decoration, brackets, colon
/// and the comments' count trimmed).
fn chrome_head_words(t: &str) -> &str {
    let t = t.trim_matches(|c: char| {
        crate::text::is_decoration(c)
            || is_space(c)
            || matches!(c, '【' | '】' | '[' | ']' | '—' | '-' | '：' | ':')
    });
    // a count in brackets after the head: `（2）`, `(15)`
    match t
        .strip_suffix(chars!['）', ')'])
        .and_then(|r| r.rsplit_once(chars!['（', '(']))
    {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => t,
    }
}

/// A line that reads as another article's title in a list of links: 4–60 characters, not
/// ending a sentence with `。` or `；` (`重磅！8个项目集中开工，总投资超120亿元`).
fn link_title_like(t: &str) -> bool {
    (4..=60).contains(&char_len(t)) && !t.ends_with(chars!['。', '；', ';'])
}

/// The first line of a block of page chrome that runs from it to line `k`, the last line of
/// the text not yet set apart, looked for at most [`CHROME_BLOCK_REACH`] non-blank lines up
/// (and not above line `top`): a head of other articles (`往期推荐`, `相关链接：`, see
/// [`RELATED_HEADS`]) with only titles of links under it (see [`link_title_like`]), or a head of
/// readers' comments (`网友评论（2）`, [`COMMENT_HEADS`]) with whatever the comments say under
/// it. Neither is the report's text: their figures are other articles' and readers'.
///
/// ```text
/// "…56个。\n往期推荐\n重磅！8个项目集中开工，总投资超120亿元" → the line of 往期推荐
/// ```
fn trailing_chrome_block(lines: &Lines, roles: &[Role], top: usize, k: usize) -> Option<usize> {
    let mut titles = true;
    for h in (top..=k)
        .rev()
        .filter(|&h| roles[h] != Role::Blank)
        .take(CHROME_BLOCK_REACH)
    {
        let t = trim(lines.content(h));
        let head = chrome_head_words(t);
        if h < k && COMMENT_HEADS.contains(&head) {
            return Some(h);
        }
        if h < k && titles && RELATED_HEADS.contains(&head) {
            return Some(h);
        }
        titles &= roles[h] == Role::Boilerplate || link_title_like(t);
    }
    None
}

/// Whether `s` is a note of how a document is distributed, written after its signature and date:
/// its publicity (`（此件公开发布）`), a contact (`（联系人：张三，电话：1234567）`), its copies
/// (`抄送：市委办公室`) or its printing (`某县人民政府办公室 2025年1月16日印发`).
fn distribution_note(s: &str) -> bool {
    let t = trim(s);
    if char_len(t) > 80 {
        return false;
    }
    let bracketed = t.starts_with(chars!['（', '(']) && t.ends_with(chars!['）', ')']);
    (bracketed && ["此件", "联系人", "联系电话"].iter().any(|w| t.contains(w)))
        || t.starts_with("抄送")
        || t.starts_with("抄报")
        || t.ends_with("印发")
}

/// A closing date line: the date alone, or `signature date` on one line.
fn closing_date(s: &str) -> Option<(Option<String>, String)> {
    let t = trim(s);
    // Every date ends with 日, 号 or a digit: a cheap test before the date parsers and the
    // backward search for a space on long body lines.
    if !t.ends_with(|c: char| matches!(c, '日' | '号' | '0'..='9' | '０'..='９')) {
        return None;
    }
    if is_date_line(t) {
        return Some((None, t.to_string()));
    }
    // "潜江市应急管理局 2025年1月9日"
    let (head, tail) = t.rsplit_once(is_space)?;
    if is_date_line(tail) && signature_like(head) {
        if let Ok(("", d)) = date(tail) {
            return Some((Some(trim(head).to_string()), d.to_string()));
        }
    }
    None
}

/// An open heading on the stack.
struct Open {
    section: Section,
    /// The level key of its marker (its style and glyph family).
    key: Key,
}

/// What tells a level of numbering from another: the marker's style and the glyph family it is
/// written in (`（1）` and `⑴` are one style in two families: a document using both nests them;
/// one using `⑴` alone reads as it would with `（1）`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    style: MarkerStyle,
    family: Family,
}

impl Key {
    /// The key of a marker of `style` written `raw`.
    fn of(style: MarkerStyle, raw: &str) -> Self {
        Key {
            style,
            family: glyph_family(style, raw),
        }
    }

    /// The key of `style` in the common family (digits and numerals as most reports write them).
    fn common(style: MarkerStyle) -> Self {
        Key {
            style,
            family: Family::Common,
        }
    }

    /// The key of a heading's marker.
    fn of_marker(m: &Marker) -> Self {
        Key::of(m.style, &m.raw)
    }

    /// A slot per key for [`Tree::last_seen`] and [`Seconds`].
    fn slot(self) -> usize {
        style_index(self.style) * FAMILIES + self.family as usize
    }
}

/// Builds the section tree from headings and blocks arriving in document order.
struct Tree {
    roots: Vec<Section>,
    preamble: Vec<Block>,
    stack: Vec<Open>,
    diagnostics: Vec<Diagnostic>,
    /// The last ordinal seen of each style and glyph family (see [`Key::slot`]), anywhere in the
    /// document.
    last_seen: [Option<u32>; KEY_SLOTS],
}

/// The number of [`MarkerStyle`] variants.
const MARKER_STYLES: usize = 17;

/// The number of [`Key`] slots.
const KEY_SLOTS: usize = MARKER_STYLES * FAMILIES;

/// A slot per style for [`Tree::last_seen`] (an array: a hash map per heading showed in profiles).
fn style_index(style: MarkerStyle) -> usize {
    match style {
        MarkerStyle::ChineseComma => 0,
        MarkerStyle::ParenChinese => 1,
        MarkerStyle::ArabicDot => 2,
        MarkerStyle::ArabicComma => 3,
        MarkerStyle::ParenArabic => 4,
        MarkerStyle::Circled => 5,
        MarkerStyle::Chapter => 6,
        MarkerStyle::ChapterSection => 7,
        MarkerStyle::Article => 8,
        MarkerStyle::Bare => 9,
        MarkerStyle::Unmarked => 10,
        MarkerStyle::Part => 11,
        MarkerStyle::HalfParenChinese => 12,
        MarkerStyle::HalfParenArabic => 13,
        MarkerStyle::Lenticular => 14,
        MarkerStyle::Roman => 15,
        MarkerStyle::Decimal => 16,
    }
}

impl Tree {
    fn new() -> Self {
        Tree {
            roots: Vec::new(),
            preamble: Vec::new(),
            stack: Vec::new(),
            diagnostics: Vec::new(),
            last_seen: [None; KEY_SLOTS],
        }
    }

    fn pop(&mut self) {
        if let Some(open) = self.stack.pop() {
            match self.stack.last_mut() {
                Some(parent) => parent.section.children.push(open.section),
                None => self.roots.push(open.section),
            }
        }
    }

    /// The index in the stack of the open heading with this style and family, if any.
    fn open_index(&self, key: Key) -> Option<usize> {
        self.open_index_at(key, 0)
    }

    /// Like [`Tree::open_index`]; a decimal marker (`1.2`) must also have the same depth (the
    /// count of its numbers: `1.2` and `1.2.1` are two levels of one style).
    fn open_index_at(&self, key: Key, depth: usize) -> Option<usize> {
        self.stack.iter().rposition(|o| {
            let m = &o.section.heading.marker;
            o.key == key
                && (key.style != MarkerStyle::Decimal
                    || crate::marker::decimal_depth(&m.raw) == depth)
        })
    }

    /// The ordinal of the open decimal heading of `depth` (see [`Tree::open_index_at`]).
    fn last_decimal(&self, depth: usize) -> Option<u32> {
        let i = self.open_index_at(Key::common(MarkerStyle::Decimal), depth)?;
        self.stack[i].section.heading.marker.ordinal
    }

    /// The last ordinal of `style` among the children of the innermost heading that would become
    /// the new heading's parent.
    fn last_ordinal(&self, key: Key) -> Option<u32> {
        let i = self
            .open_index(key)
            .or_else(|| punctuation_variant(key).and_then(|v| self.open_index(v)))?;
        self.stack[i].section.heading.marker.ordinal
    }

    /// The open heading the new one is a sibling of: one of its own style, or one written with the
    /// other punctuation of the same numbering (`3、` then `4．`: a typing variant, not a new
    /// level) whose ordinal the new one continues.
    fn sibling_index(&self, key: Key, ordinal: u32, depth: usize) -> Option<usize> {
        // When one style is open at two levels (a list restarted inside an item, see
        // `restarts_after_lead_in`), the heading continues the one it is the next number of;
        // a 1 restarts the outermost (a document that repeats itself, a new part).
        let innermost = self.open_index_at(key, depth);
        if let Some(inner) = innermost.filter(|&i| i > 0) {
            let same = |o: &Open| {
                let m = &o.section.heading.marker;
                o.key == key
                    && (key.style != MarkerStyle::Decimal
                        || crate::marker::decimal_depth(&m.raw) == depth)
            };
            let inner_ordinal = self.stack[inner].section.heading.marker.ordinal;
            if inner_ordinal.map(|n| n + 1) != Some(ordinal) {
                let outer = self.stack[..inner]
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| same(o));
                let mut outer = outer.map(|(i, o)| (i, o.section.heading.marker.ordinal));
                if ordinal == 1 {
                    if let Some((i, _)) = outer.next() {
                        return Some(i);
                    }
                } else if let Some((i, _)) = outer.rfind(|(_, n)| n.map(|n| n + 1) == Some(ordinal))
                {
                    return Some(i);
                }
            }
        }
        innermost.or_else(|| {
            let variant = punctuation_variant(key)?;
            let i = self.open_index(variant)?;
            let prev = self.stack[i].section.heading.marker.ordinal?;
            (ordinal > 1 && prev + 1 == ordinal).then_some(i)
        })
    }

    /// Closes every open heading: a back-matter title (`注释：`) belongs to the document, not to
    /// its last section.
    fn close_all(&mut self) {
        while !self.stack.is_empty() {
            self.pop();
        }
    }

    fn push_heading(&mut self, heading: Heading) {
        let key = Key::of_marker(&heading.marker);
        self.push_keyed(heading, key);
    }

    /// [`Tree::push_heading`] with the level key of the heading's marker, when the caller knows it.
    fn push_keyed(&mut self, mut heading: Heading, key: Key) {
        let style = heading.marker.style;
        let ordinal = heading.marker.ordinal.unwrap_or(0);
        let depth = if style == MarkerStyle::Decimal {
            crate::marker::decimal_depth(&heading.marker.raw)
        } else {
            0
        };
        if let Some(i) = self.sibling_index(key, ordinal, depth) {
            let prev = self.stack[i].section.heading.marker.ordinal.unwrap_or(0);
            while self.stack.len() > i {
                self.pop();
            }
            if ordinal != prev + 1 && style != MarkerStyle::Unmarked {
                let (kind, what) = if ordinal <= prev {
                    (DiagnosticKind::RepeatedOrdinal, "repeats or goes back from")
                } else {
                    (DiagnosticKind::SkippedOrdinal, "skips after")
                };
                self.diagnostics.push(Diagnostic {
                    kind,
                    span: heading.span,
                    message: format!(
                        "heading {} {} {} ({})",
                        heading.marker.raw,
                        what,
                        prev,
                        style_name(style)
                    ),
                });
            }
        } else if ordinal > 1 && style != MarkerStyle::Unmarked {
            let before = self.last_seen[key.slot()];
            let continued = before == Some(ordinal - 1);
            self.diagnostics.push(Diagnostic {
                kind: if continued { DiagnosticKind::ContinuedNumbering } else { DiagnosticKind::SkippedOrdinal },
                span: heading.span,
                message: if continued {
                    format!("{} is the first of its level here but continues the numbering of the previous section", heading.marker.raw)
                } else {
                    format!("{} opens a level without a 1 before it", heading.marker.raw)
                },
            });
        }
        heading.level = self.stack.len() + 1;
        self.last_seen[key.slot()] = Some(ordinal);
        self.stack.push(Open {
            section: Section {
                heading,
                blocks: Vec::new(),
                children: Vec::new(),
            },
            key,
        });
    }

    /// Pushes `heading` one level under the innermost open heading whatever its style (a list
    /// that restarts a numbering inside one of its items: see [`restarts_after_lead_in`]).
    fn push_nested(&mut self, mut heading: Heading) {
        heading.level = self.stack.len() + 1;
        let key = Key::of_marker(&heading.marker);
        if let Some(n) = heading.marker.ordinal {
            self.last_seen[key.slot()] = Some(n);
        }
        self.stack.push(Open {
            section: Section {
                heading,
                blocks: Vec::new(),
                children: Vec::new(),
            },
            key,
        });
    }

    /// Whether no heading or block was pushed.
    fn is_empty(&self) -> bool {
        self.roots.is_empty() && self.preamble.is_empty() && self.stack.is_empty()
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(o) => o.section.blocks.push(block),
            None => self.preamble.push(block),
        }
    }

    fn finish(mut self) -> (Vec<Block>, Vec<Section>, Vec<Diagnostic>) {
        while !self.stack.is_empty() {
            self.pop();
        }
        (self.preamble, self.roots, self.diagnostics)
    }
}

/// The style that numbers the same sequence with other punctuation: `1.` / `1．` and `1、`;
/// `（二）` and `三）` (a list whose opening bracket was lost on one item), in the same glyph
/// family (`A.` and `B、`).
fn punctuation_variant(key: Key) -> Option<Key> {
    punctuation_variant_style(key.style).map(|style| Key {
        style,
        family: key.family,
    })
}

/// The style of [`punctuation_variant`].
fn punctuation_variant_style(style: MarkerStyle) -> Option<MarkerStyle> {
    match style {
        MarkerStyle::ArabicDot => Some(MarkerStyle::ArabicComma),
        MarkerStyle::ArabicComma => Some(MarkerStyle::ArabicDot),
        MarkerStyle::ParenChinese => Some(MarkerStyle::HalfParenChinese),
        MarkerStyle::HalfParenChinese => Some(MarkerStyle::ParenChinese),
        MarkerStyle::ParenArabic => Some(MarkerStyle::HalfParenArabic),
        MarkerStyle::HalfParenArabic => Some(MarkerStyle::ParenArabic),
        _ => None,
    }
}

fn style_name(style: MarkerStyle) -> &'static str {
    match style {
        MarkerStyle::ChineseComma => "一、",
        MarkerStyle::ParenChinese => "(一)",
        MarkerStyle::ArabicDot => "1.",
        MarkerStyle::ArabicComma => "1、",
        MarkerStyle::ParenArabic => "(1)",
        MarkerStyle::Circled => "①",
        MarkerStyle::Chapter => "第一章",
        MarkerStyle::ChapterSection => "第一节",
        MarkerStyle::Article => "第一条",
        MarkerStyle::Bare => "bare numeral",
        MarkerStyle::Unmarked => "unmarked",
        MarkerStyle::Part => "第一部分",
        MarkerStyle::HalfParenChinese => "一）",
        MarkerStyle::HalfParenArabic => "1）",
        MarkerStyle::Lenticular => "【一】",
        MarkerStyle::Roman => "Ⅰ.",
        MarkerStyle::Decimal => "1.1",
    }
}

/// A heading found at `pos`: its marker, title, where the title (with its punctuation) ends,
/// and whether body text follows on the line. Borrows the text: most are read to be rejected.
struct Found<'a> {
    raw: &'a str,
    style: MarkerStyle,
    /// `None` for a repaired marker (its ordinal comes from the sequence).
    ordinal: Option<u32>,
    title: &'a str,
    title_end: usize,
    inline_body: bool,
    repaired: bool,
    /// Whether the title was cut to [`TITLE_MAX`] characters.
    cut: bool,
}

impl Found<'_> {
    fn marker(&self) -> Marker {
        Marker {
            raw: self.raw.into(),
            style: self.style,
            ordinal: self.ordinal,
        }
    }
}

/// Reads a heading at `pos` (a line start, after indentation, or a mid-line position).
fn read_heading(text: &str, pos: usize, line_end: usize, allow_bare: bool) -> Option<Found<'_>> {
    let s = &text[pos..line_end];
    // Every marker starts with a bracket, a digit, a numeral, a circled or Roman number or 第.
    let first = s.chars().next()?;
    if !(matches!(
        first,
        '(' | '（' | ')' | '）' | '第' | '①'..='⑳' | '０'..='９' | '【' | 'Ⅰ'..='Ⅻ' | 'ⅰ'..='ⅻ'
            | 'I' | 'V' | 'X'
    ) || first.is_ascii_digit()
        || crate::number::is_chinese_numeral_char(first)
        || opens_glyph_marker(first))
    {
        return None;
    }
    match marker_parts(s, allow_bare) {
        Ok((rest, m)) => heading_after_marker(rest, line_end, m),
        Err(_) => {
            let (rest, raw) = broken_paren_marker(s).ok()?;
            let rest = rest.trim_start_matches(is_space);
            let m = MarkerParts {
                raw,
                style: MarkerStyle::ParenChinese,
                ordinal: 0,
            };
            heading_after_marker(rest, line_end, m).map(|f| Found {
                ordinal: None,
                repaired: true,
                ..f
            })
        }
    }
}

/// The heading whose marker `m` was read, `rest` being the line after the marker and the spaces
/// after it (up to `line_end`): what [`read_heading`] gives once the marker is known. A caller
/// that has read the marker already (a mid-line candidate, tested against the ordinal sequence
/// first) calls this instead of reading it twice.
///
/// ```text
/// rest "加强领导。全年…" after "（一）": title "加强领导", title_end after "。", inline body
/// ```
fn heading_after_marker<'a>(
    rest: &'a str,
    line_end: usize,
    m: MarkerParts<'a>,
) -> Option<Found<'a>> {
    let (raw, style, ordinal, repaired) = (m.raw, m.style, Some(m.ordinal), false);
    let body_start = line_end - rest.len();
    let (title_len, end_len) = match find_title_end(rest) {
        Some((i, len)) => (i, i + len),
        None => (rest.len(), rest.len()),
    };
    let title = trim(&rest[..title_len]);
    if title.is_empty() {
        return None;
    }
    let (title, cut) = bounded_title(title);
    let after = &rest[end_len..];
    let inline_body = !trim(after).is_empty();
    let title_end = body_start + end_len;
    Some(Found {
        raw,
        style,
        ordinal,
        title,
        title_end,
        inline_body,
        repaired,
        cut,
    })
}

/// The longest heading title kept, in characters. Real titles are under 60; a longer "title" is
/// a heading line without sentence punctuation (a flattened report, a `\r`-only file read as
/// one line), and every indicator under it would carry it in its section path.
pub(crate) const TITLE_MAX: usize = 200;

/// `title` cut to at most [`TITLE_MAX`] characters, at the last clause boundary (，,、：:) inside
/// the bound when there is one, and whether it was cut.
fn bounded_title(title: &str) -> (&str, bool) {
    // A character takes at least one byte: a title of at most `TITLE_MAX` bytes needs no count.
    if title.len() <= TITLE_MAX {
        return (title, false);
    }
    let Some((limit, _)) = title.char_indices().nth(TITLE_MAX) else {
        return (title, false);
    };
    let head = &title[..limit];
    let cut = head
        .rfind(chars!['，', ',', '、', '：', ':'])
        .filter(|&i| !trim(&head[..i]).is_empty())
        .unwrap_or(limit);
    (trim(&head[..cut]), true)
}

/// `s` as `format!("{s:?}")` writes it, for the markers a diagnostic quotes: a marker of digits,
/// letters and CJK numerals needs no escape, so it is only put in quotes (the formatting
/// machinery, which tests each character for an escape, cost about 2,700 instructions a
/// message); anything else is formatted.
fn quoted(s: &str) -> String {
    let plain = |c: char| {
        c.is_ascii_alphanumeric()
            || ('\u{4e00}'..='\u{9fa5}').contains(&c)
            || ('０'..='９').contains(&c)
    };
    if s.chars().all(plain) {
        crate::text::joined(&["\"", s, "\""])
    } else {
        format!("{s:?}")
    }
}

/// The diagnostic of a heading whose title was cut (see [`bounded_title`]).
fn long_title(at: usize, title: &str) -> Diagnostic {
    Diagnostic {
        kind: DiagnosticKind::LongTitle,
        span: Span::new(at, at),
        message: format!(
            "heading title longer than {TITLE_MAX} characters cut to its first {}",
            char_len(title)
        ),
    }
}

/// The cell separators of table rows that the outline's passes over a text found (the tables'
/// own search for them is then not made: see `table::attach`).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(feature = "tables"), allow(dead_code))]
pub(crate) struct RowSeparators {
    /// Whether the text holds a tab.
    pub tabs: bool,
    /// Whether the text holds a `｜`.
    pub fullwidth_pipe: bool,
    /// Whether the text holds an ASCII `|` (found for the outline's table rows).
    pub pipes: bool,
    /// Whether the outline found rows of a table aligned with spaces (see `aligned.rs`).
    pub aligned: bool,
}

/// Parses the outline of `text`; also gives its line index, which the indicator pass reuses,
/// the evidence of a broken font map, which the pass over the text that finds the enumeration
/// anchors finds too (see [`Anchors`]), and the table-row separators found on the way.
pub(crate) fn parse_outline(text: &str) -> (Report, Lines<'_>, FontMapEvidence, RowSeparators) {
    // Control characters (a diagnostic), tabs (table rows) and the line feeds and `\r` the line
    // index needs, in one pass over the text.
    let low = low_bytes(text);
    let (control, tabs) = (low.control, low.tabs);
    // One search for the lead bytes C2 and E2 finds the Unicode line breaks and ① … ⑳.
    let lead = crate::lines::lead_c2_e2(text.as_bytes());
    let lines = Lines::with_breaks_known(text, lead.unicode_breaks, low.cr, low.lf);
    // One pass finds the anchor words, collects the font-map evidence and looks for `｜`.
    let anchors = Anchors::new(text, lead.circled);
    let font_map = anchors.font_map;
    // One search for `|`, for the outline's table rows and the table reader.
    let pipes = memchr::memchr(b'|', text.as_bytes()).is_some();
    // The rows of tables aligned with spaces (searched for only where the pass over the low
    // bytes met a run of ASCII spaces, or the anchors' pass one of U+3000 or NBSP).
    #[cfg(feature = "tables")]
    let aligned = crate::aligned::Aligned::find(text, low.space_runs, anchors.wide_space_runs);
    let separators = RowSeparators {
        tabs,
        fullwidth_pipe: anchors.fullwidth_pipe,
        pipes,
        #[cfg(feature = "tables")]
        aligned: !aligned.is_empty(),
        #[cfg(not(feature = "tables"))]
        aligned: false,
    };
    let (roles, title, closing, fields_read) = classify(text, &lines);
    let mut fields_read = fields_read.into_iter().peekable();
    let doc = Doc {
        text,
        lines: &lines,
        roles: &roles,
        anchors,
        wrap_width: hard_wrap_width(&lines, &roles),
        tabs,
        pipes,
        #[cfg(feature = "tables")]
        aligned,
        bracketed_titles: std::cell::OnceCell::new(),
        subtitles: std::cell::OnceCell::new(),
        title_widths: std::cell::OnceCell::new(),
    };

    // The leaves that are not headings or blocks (title, metadata, boilerplate, closing), by
    // their start; the headings and blocks carry their start in `span.start`. Spans are fixed up
    // at the end (see `fix_spans`) so that each leaf runs to the start of the next one. No array
    // holds the headings and blocks: a text can have one per line (`1.\n` repeated).
    let mut others: Vec<OtherLeaf> = Vec::new();
    let mut meta = Meta::default();
    let mut boilerplate = Vec::new();
    let mut tree = Tree::new();
    let mut pending_bare: Option<u32> = None;
    let mut pending_padded: Option<u32> = None;
    // The line holding the rest of a wrapped heading title (see `wrapped_title_tail`).
    let mut wrapped_tail_line: Option<usize> = None;

    if let Some(t) = title.as_ref() {
        others.push(OtherLeaf::new(
            lines.get(t.lines[0] - 1).start,
            LeafRef::Title,
        ));
    }
    for (k, l) in lines.iter().enumerate() {
        let content = &text[l.start..l.end];
        match roles[k] {
            Role::Blank | Role::Title => {}
            Role::Meta => {
                // The fields classify read (most metadata lines), or a byline's.
                let fields = match fields_read.next_if(|(i, _)| *i == k) {
                    Some((_, fields)) => fields,
                    None => meta_fields(content)
                        .or_else(|| byline_fields(content))
                        .unwrap_or_default(),
                };
                for (key, value) in &fields {
                    // `未知` (unknown) in a collection's header is no value.
                    if value.is_empty() || value == "未知" {
                        continue;
                    }
                    if key == "dateline" {
                        // A wrapped dateline: each line holds its part.
                        meta.dateline
                            .get_or_insert_with(String::new)
                            .push_str(value);
                        continue;
                    }
                    let slot = match key.as_str() {
                        "发布日期" | "发布时间" | "发文日期" | "成文日期" | "日期" | "时间"
                        | "发文时间" | "公开日期" | "更新时间" | "更新日期" => {
                            &mut meta.published
                        }
                        "来源" | "信息来源" | "文章来源" | "发布机构" | "发文机关" | "发文单位"
                        | "发布单位" => &mut meta.source,
                        "作者" => &mut meta.author,
                        "编辑" | "责任编辑" => &mut meta.editor,
                        // A page's counters of views (see meta.rs's `COUNTER_KEYS`).
                        "浏览量" | "浏览次数" | "点击数" | "点击次数" | "点击量" | "点击"
                        | "访问量" | "访问次数" | "阅读量" | "阅读次数" => {
                            &mut meta.views
                        }
                        "delivered" => &mut meta.delivered,
                        "speaker" => &mut meta.speaker,
                        "salutation" => &mut meta.salutation,
                        _ => continue,
                    };
                    if slot.is_none() {
                        *slot = Some(value.clone());
                    }
                }
                others.push(OtherLeaf::new(l.start, LeafRef::Meta));
                meta.lines.push(MetaLine {
                    line: k + 1,
                    fields,
                    span: Span::default(),
                });
            }
            Role::Boilerplate => {
                others.push(OtherLeaf::new(l.start, LeafRef::Boilerplate));
                boilerplate.push(Boilerplate {
                    text: trim(content).to_string(),
                    line: k + 1,
                    span: Span::default(),
                });
            }
            Role::Closing => {
                if let Some((first, _, _)) = &closing {
                    if *first == k {
                        others.push(OtherLeaf::new(l.start, LeafRef::Closing));
                    }
                }
            }
            Role::Body => {
                // The rest of a wrapped heading title, joined to it (a finer reading: see below).
                if crate::indicator::FINE && wrapped_tail_line == Some(k) {
                    continue;
                }
                body_line(
                    &doc,
                    k,
                    l,
                    &mut tree,
                    &mut pending_bare,
                    &mut pending_padded,
                );
                // A heading title wrapped onto the next line, that line holding nothing else:
                // the rest joins the title and the line is read as part of the heading. (Left
                // out of the small WebAssembly build, `indicator::FINE`.)
                if crate::indicator::FINE {
                    if let Some(open) = tree.stack.last_mut() {
                        if let Some(tail) = wrapped_title_tail(&doc, k, &open.section.heading) {
                            open.section.heading.title.push_str(tail);
                            wrapped_tail_line = Some(k + 1);
                        }
                    }
                }
            }
        }
    }

    // Text with no leaf at all (only blank lines) still belongs to a node: one paragraph.
    if others.is_empty() && tree.is_empty() && !text.is_empty() {
        tree.push_block(Block::Paragraph(Paragraph {
            line: 1,
            span: Span::new(0, 0),
            enumerations: Vec::new(),
        }));
    }
    // Fix up spans: each leaf runs to the start of the next; the first starts at 0.
    // The other leaves are pushed in order but for the title (whose lines may follow metadata):
    // by_key returns at once, with no scratch array, when there is nothing to sort.
    crate::sort::by_key(&mut others, |o| (o.start, 0));
    let (mut preamble, mut sections, mut diagnostics) = tree.finish();
    let first = fix_spans(
        text.len(),
        &mut others,
        &mut preamble,
        &mut sections,
        &mut diagnostics,
    );
    let mut report = Report {
        title,
        meta,
        preamble,
        sections,
        closing: closing.map(|c| c.2),
        boilerplate,
        indicators: Vec::new(),
        diagnostics: Vec::new(),
        tables: Vec::new(),
    };
    // The metadata and boilerplate lines are pushed in text order, as their leaves: the n-th leaf
    // of each kind is the n-th line.
    let (mut n_meta, mut n_boilerplate) = (0, 0);
    for (i, leaf) in others.iter().enumerate() {
        let span = Span::new(
            if leaf.start == first { 0 } else { leaf.start },
            others
                .get(i + 1)
                .map_or(text.len(), |n| n.start)
                .min(leaf.next_body),
        );
        match leaf.kind {
            LeafRef::Title => {
                if let Some(t) = report.title.as_mut() {
                    t.span = span;
                }
            }
            LeafRef::Meta => {
                if let Some(m) = report.meta.lines.get_mut(n_meta) {
                    m.span = span;
                }
                n_meta += 1;
            }
            LeafRef::Boilerplate => {
                if let Some(b) = report.boilerplate.get_mut(n_boilerplate) {
                    b.span = span;
                }
                n_boilerplate += 1;
            }
            LeafRef::Closing => {
                if let Some(c) = report.closing.as_mut() {
                    c.span = span;
                }
            }
        }
    }
    report.diagnostics = diagnostics;
    if control {
        report.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::ControlCharacters,
            span: Span::new(0, text.len()),
            message: "the input holds NUL or other control characters; they are kept as text"
                .into(),
        });
    }
    (report, lines, font_map, separators)
}

/// What a leaf other than a heading or block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeafRef {
    Title,
    Meta,
    Boilerplate,
    Closing,
}

/// A leaf other than a heading or block: where it starts, what it is, and where the first heading
/// or block after it starts (its end, unless another such leaf comes first).
#[derive(Debug, Clone, Copy)]
struct OtherLeaf {
    start: usize,
    /// Set by [`fix_spans`]; `usize::MAX` until then (and when no heading or block follows).
    next_body: usize,
    kind: LeafRef,
}

impl OtherLeaf {
    fn new(start: usize, kind: LeafRef) -> Self {
        OtherLeaf {
            start,
            next_body: usize::MAX,
            kind,
        }
    }
}

/// Gives each heading and block its span, from its start (in `span.start` until now) to the start
/// of the next leaf of the text, the first leaf starting at 0; the diagnostics that start where a
/// heading or block does take its span; each of `others` (sorted by start) learns where the first
/// heading or block after it starts. Returns the start of the first leaf, which the caller gives
/// 0 when it is one of `others`.
///
/// The headings and blocks come in text order in a walk of the tree (preamble, then each
/// section's heading, blocks and subsections), as the outline pushes them: the next one in the
/// walk is where a node ends, unless one of `others` comes first, so no array of the nodes is
/// needed (a text of `1.\n` lines has a node every 3 bytes). A tree not in that order (built
/// otherwise) is handled with a sorted array of the nodes' starts.
///
/// ```text
/// 标题\n一、甲\n正文。\n来源：某局\n二、乙\n          (53 bytes)
/// others: title 0, meta 27; walk: heading 7, paragraph 17, heading 43
/// → heading 7..17, paragraph 17..27 (the meta line comes first), heading 43..53;
///   title 0..7 (next node 7), meta 27..43 (next node 43)
/// ```
fn fix_spans(
    text_len: usize,
    others: &mut [OtherLeaf],
    preamble: &mut [Block],
    sections: &mut [Section],
    diagnostics: &mut [Diagnostic],
) -> usize {
    // Whether the walk comes in text order (starts strictly increasing): a few instructions a
    // node, no array.
    fn step(start: usize, prev: &mut Option<usize>) -> bool {
        let ok = prev.is_none_or(|p| p < start);
        *prev = Some(start);
        ok
    }
    fn in_order(s: &Section, prev: &mut Option<usize>) -> bool {
        let mut ok = step(s.heading.span.start, prev);
        for b in &s.blocks {
            ok &= step(b.span().start, prev);
        }
        for c in &s.children {
            ok &= in_order(c, prev);
        }
        ok
    }
    fn starts(s: &Section, out: &mut Vec<usize>) {
        out.push(s.heading.span.start);
        out.extend(s.blocks.iter().map(|b| b.span().start));
        for c in &s.children {
            starts(c, out);
        }
    }
    let mut prev = None;
    let mut ordered = true;
    for b in preamble.iter() {
        ordered &= step(b.span().start, &mut prev);
    }
    for s in sections.iter() {
        ordered &= in_order(s, &mut prev);
    }
    // Out of order: every start, sorted (never needed for a tree the outline builds).
    let sorted = (!ordered).then(|| {
        let mut all: Vec<usize> = preamble.iter().map(|b| b.span().start).collect();
        for s in sections.iter() {
            starts(s, &mut all);
        }
        crate::sort::unstable(&mut all);
        all
    });
    // The first node's start: the first of the walk, or of the sorted starts.
    let mut first = match &sorted {
        None => preamble
            .first()
            .map(|b| b.span().start)
            .or_else(|| sections.first().map(|s| s.heading.span.start)),
        Some(all) => all.first().copied(),
    }
    .unwrap_or(usize::MAX);
    if others.first().is_some_and(|o| o.start < first) {
        first = others[0].start;
    }
    // The diagnostics by start: as they are (pushed in text order), or through a sorted index.
    let diagnostics_sorted = diagnostics
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start);
    let order = (!diagnostics_sorted).then(|| {
        let mut order: Vec<usize> = (0..diagnostics.len()).collect();
        crate::sort::by_key(&mut order, |&i| (diagnostics[i].span.start, 0));
        order
    });
    let mut fix = Fix {
        text_len,
        first,
        others,
        sorted,
        diagnostics,
        order,
        next_other: 0,
        next_diagnostic: 0,
    };
    let after_preamble = sections.first().map_or(text_len, |s| s.heading.span.start);
    fix.blocks(preamble, after_preamble);
    for i in 0..sections.len() {
        let next = sections
            .get(i + 1)
            .map_or(text_len, |s| s.heading.span.start);
        fix.section(&mut sections[i], next);
    }
    first
}

/// The state of [`fix_spans`]' walk.
struct Fix<'a> {
    text_len: usize,
    /// The start of the first leaf, which is given 0.
    first: usize,
    others: &'a mut [OtherLeaf],
    /// The nodes' starts, sorted, when the walk is not in text order.
    sorted: Option<Vec<usize>>,
    diagnostics: &'a mut [Diagnostic],
    /// The diagnostics' indices by start, when they are not in that order.
    order: Option<Vec<usize>>,
    /// In a walk in text order (`sorted` is `None`), the first other leaf and the first
    /// diagnostic (in start order) that start at or after the last node's start: the next node
    /// starts later, so its searches go on from there instead of starting again.
    next_other: usize,
    next_diagnostic: usize,
}

impl Fix<'_> {
    /// Gives the node whose start is in `span.start` its span; `next` is the start of the node
    /// after it in the walk (or the text's length).
    fn node(&mut self, span: &mut Span, next: usize) {
        let s = span.start;
        let next = match &self.sorted {
            None => next,
            Some(v) => v
                .get(v.partition_point(|&x| x <= s))
                .copied()
                .unwrap_or(self.text_len),
        };
        // The other leaves before this node: the last of them ends here at the latest. (In a
        // walk in text order the node starts after the last one, and so the first leaf at or
        // after its start is not before the last node's: found by stepping on from there.)
        let j = if self.sorted.is_none() {
            let mut j = self.next_other;
            while self.others.get(j).is_some_and(|o| o.start < s) {
                j += 1;
            }
            self.next_other = j;
            j
        } else {
            self.others.partition_point(|o| o.start < s)
        };
        if let Some(o) = j.checked_sub(1).map(|i| &mut self.others[i]) {
            o.next_body = o.next_body.min(s);
        }
        let end = self
            .others
            .get(j)
            .map_or(self.text_len, |o| o.start)
            .min(next);
        *span = Span::new(if s == self.first { 0 } else { s }, end);
        // The diagnostics that start where this node does.
        let n = self.diagnostics.len();
        let at = |k: usize, d: &[Diagnostic], order: &Option<Vec<usize>>| match order {
            None => d[k].span.start,
            Some(o) => d[o[k]].span.start,
        };
        let mut lo = 0;
        if self.sorted.is_none() {
            // In text order, as for the other leaves above.
            lo = self.next_diagnostic;
            while lo < n && at(lo, self.diagnostics, &self.order) < s {
                lo += 1;
            }
        } else {
            let mut hi = n;
            while lo < hi {
                let mid = (lo + hi) / 2;
                if at(mid, self.diagnostics, &self.order) < s {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        while lo < n && at(lo, self.diagnostics, &self.order) == s {
            let k = self.order.as_ref().map_or(lo, |o| o[lo]);
            self.diagnostics[k].span = *span;
            lo += 1;
        }
        self.next_diagnostic = lo;
    }

    /// The blocks of a list; `after` is where the node after the last one starts.
    fn blocks(&mut self, blocks: &mut [Block], after: usize) {
        for i in 0..blocks.len() {
            let next = blocks.get(i + 1).map_or(after, |b| b.span().start);
            match &mut blocks[i] {
                Block::Paragraph(p) => self.node(&mut p.span, next),
                Block::Table(t) => self.node(&mut t.span, next),
            }
        }
    }

    /// A section: its heading, its blocks, its subsections; `after` as for [`Fix::blocks`].
    fn section(&mut self, s: &mut Section, after: usize) {
        let first_child = s.children.first().map_or(after, |c| c.heading.span.start);
        let after_heading = s.blocks.first().map_or(first_child, |b| b.span().start);
        self.node(&mut s.heading.span, after_heading);
        self.blocks(&mut s.blocks, first_child);
        for i in 0..s.children.len() {
            let next = s
                .children
                .get(i + 1)
                .map_or(after, |c| c.heading.span.start);
            self.section(&mut s.children[i], next);
        }
    }
}

/// Whether the next non-blank body line starts with a bare marker of ordinal `n`.
fn next_line_bare(doc: &Doc, k: usize, n: u32) -> bool {
    let (lines, roles) = (doc.lines, doc.roles);
    let mut j = k + 1;
    while j < lines.len() && roles[j] == Role::Blank {
        j += 1;
    }
    if j >= lines.len() || roles[j] != Role::Body {
        return false;
    }
    let s = lines.content(j).trim_start_matches(is_space);
    matches!(marker_parts(s, true), Ok((_, m)) if m.style == MarkerStyle::Bare && m.ordinal == n)
}

/// Whether the circled number `n` of the glyph family `family` (`②` for 2, `❷` in the
/// negative circled family) stands in `s`.
fn circled_follows(s: &str, family: Family, n: u32) -> bool {
    circled_char(family, n).is_some_and(|c| s.contains(c))
}

/// `I.` `V、` `X.` right after an open `H.` `U、` `W.`: an ASCII capital that also reads as a
/// Roman numeral continues the letter list it is the next letter of (`A.`…`H.` then `I.`);
/// anywhere else it stays the Roman numeral it was read as.
fn letter_not_roman<'a>(found: Found<'a>, tree: &Tree) -> Found<'a> {
    if found.style != MarkerStyle::Roman {
        return found;
    }
    // (The raw marker opens with an ASCII byte before it is cut after it: `Ⅰ.` is not cut.)
    let letter = match found.raw.as_bytes().first() {
        Some(&b @ (b'I' | b'V' | b'X')) => b,
        _ => return found,
    };
    let style = match &found.raw[1..] {
        "." | "．" => MarkerStyle::ArabicDot,
        "、" => MarkerStyle::ArabicComma,
        _ => return found,
    };
    let n = u32::from(letter - b'A') + 1;
    let key = Key {
        style,
        family: Family::Upper,
    };
    if tree.last_ordinal(key) == Some(n - 1) {
        Found {
            style,
            ordinal: Some(n),
            ..found
        }
    } else {
        found
    }
}

/// Whether the first item of a letter or stem list at line `k` (`A.`, `甲、`) has its second: the
/// next line-start marker of its style and family in the body lines after it is numbered 2
/// (`B.`, `乙、`). A lone `A.` or one followed by another `A.` has none. (A search stops at the
/// next marker of its key: a line is searched over once per key at most.)
fn second_follows(doc: &Doc, k: usize, key: Key) -> bool {
    for j in (k + 1)..doc.lines.len() {
        if doc.roles[j] != Role::Body {
            continue;
        }
        let t = trim_start_spaces(doc.lines.content(j));
        if !t.starts_with(|c| opens_glyph_marker(c) || matches!(c, '(' | '（')) {
            continue;
        }
        if let Ok((_, m)) = marker_parts(t, true) {
            if Key::of(m.style, m.raw) == key {
                return m.ordinal == 2;
            }
        }
    }
    false
}

/// A zero-padded section number alone at a line start with a short title after it (`01综合`,
/// `02 农业`): two digits (a leading 0 below 10) then a CJK title of at most 14 characters with no
/// sentence punctuation. Gives the digits, the ordinal and the title.
fn padded_section(line: &str) -> Option<(&str, u32, &str)> {
    let t = trim(line);
    let mut chars = t.char_indices();
    let (_, a) = chars.next()?;
    let (_, b) = chars.next()?;
    let (da, db) = (
        crate::number::arabic_digit(a)?,
        crate::number::arabic_digit(b)?,
    );
    let raw_len = a.len_utf8() + b.len_utf8();
    let rest = &t[raw_len..];
    let title = rest.trim_start_matches(is_space);
    let n = da * 10 + db;
    let first = title.chars().next()?;
    let ok = n >= 1
        && crate::text::is_cjk(first)
        && !rest.starts_with(|c: char| crate::number::arabic_digit(c).is_some())
        && (2..=14).contains(&char_len(title))
        // A title may list its topics with 、 (`11文化旅游、卫生健康与体育`), never a clause;
        // with 、 it holds no figure (`10个项目、5个` is a count).
        && !title
            .chars()
            .any(|c| crate::text::is_clause_punct(c) && (c != '、' || !crate::indicator::FINE))
        && !(crate::indicator::FINE
            && title.contains('、')
            && title.chars().any(crate::text::is_digit));
    ok.then_some((&t[..raw_len], n, title))
}

/// Whether the next zero-padded section number after line `k` (see [`padded_section`]), past
/// the section's own text, is `n`. (Each search stops at the first such line, so the searches of
/// a document cost one pass in all.)
fn next_line_padded(doc: &Doc, k: usize, n: u32) -> bool {
    let (lines, roles) = (doc.lines, doc.roles);
    ((k + 1)..lines.len())
        .filter(|&j| roles[j] == Role::Body)
        .find_map(|j| padded_section(lines.content(j)))
        .is_some_and(|(_, m, _)| m == n)
}

/// Section names of a document's back matter: notes, sources, attachments, glossaries. A closed
/// class of words, like the numbered slogans: the layout decides the rest.
const BACK_MATTER: &[&str] = &[
    "注释",
    "注",
    "附注",
    "说明",
    "资料来源",
    "数据来源",
    "附件",
    "附表",
    "附录",
    "名词解释",
    "参考文献",
    "备注",
];

/// A standalone unmarked section title (`注释：`, `资料来源：`, `名词解释`): a line holding only a
/// back-matter name (with or without a colon), set apart from the text around it (after a blank
/// line or a finished sentence), inside the outline (some heading is already open), and followed
/// by text of its own (a real line, not another label). Gives the title without the colon.
fn back_matter_title<'a>(doc: &Doc<'a>, k: usize, tree: &Tree) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    let t = trim(lines.content(k));
    if t.len() > 5 * 3 + 3 {
        return None;
    }
    let name = trim(t.trim_end_matches(chars![':', '：']));
    // 附件1, 附表2: an attachment's number. (A finer reading, see `indicator::FINE`.)
    let attachment =
        crate::indicator::FINE && (name.starts_with("附件") || name.starts_with("附表"));
    let bare = if attachment {
        name.trim_end_matches(|c: char| c.is_ascii_digit())
    } else {
        name
    };
    if !BACK_MATTER.contains(&bare) || tree.stack.is_empty() {
        return None;
    }
    // Set apart: the line before is blank, or ends a sentence (or is not running text).
    let set_apart = k == 0
        || roles[k - 1] != Role::Body
        || trim(lines.content(k - 1)).ends_with(chars![
            '。', '！', '？', '；', '!', '?', ';', '”', '）', ')'
        ])
        || (crate::indicator::FINE && is_field_line(trim(lines.content(k - 1))))
        || (crate::indicator::FINE && row_of_cells(doc, k - 1));
    // Followed by text of its own: the next non-blank line is body text of some length.
    let mut j = k + 1;
    while j < lines.len() && roles[j] == Role::Blank {
        j += 1;
    }
    // (An attachment's title may be short: `问题清单`.)
    let least = if attachment { 4 } else { 10 };
    // (Notes numbered from 1 may be short: `注释：` / `1.说明一`. A finer reading, see
    // `indicator::FINE`.)
    let numbered_notes = |t: &str| {
        crate::indicator::FINE
            && notes_head(name)
            && marker_parts(t, false)
                .is_ok_and(|(rest, m)| m.ordinal == 1 && !trim(rest).is_empty())
    };
    let followed = j < lines.len()
        && roles[j] == Role::Body
        && (char_len(trim(lines.content(j))) >= least || numbered_notes(trim(lines.content(j))));
    (set_apart && followed).then_some(name)
}

/// Whether line `k` is a table's row: its cells parted by a tab or a pipe (`东区 | 60`,
/// `东区⇥60`: two cells are enough), or a row of a table aligned with spaces (see
/// [`table_cells`]). Running text holds no such separator, so a line after such a row stands
/// apart from it (`注：` under a table's last row).
fn row_of_cells(doc: &Doc, k: usize) -> bool {
    let l = doc.lines.get(k);
    let s = &doc.text[l.start..l.end];
    table_cells(doc, s, l.start).is_some()
        || (doc.tabs || doc.pipes || doc.anchors.fullwidth_pipe)
            && trim(s)
                .trim_matches(chars!['|', '｜'])
                .split(chars!['\t', '|', '｜'])
                .filter(|c| !trim(c).is_empty())
                .count()
                >= 2
}

/// Whether `line` is a field of its own, a short label and a full-width colon before its value
/// (`相关解读：《…》解读`, `责任编辑：…`): a line complete by itself, not a sentence wrapped.
fn is_field_line(line: &str) -> bool {
    line.split_once('：').is_some_and(|(label, value)| {
        !value.is_empty()
            && (2..=6).contains(&char_len(label))
            && label.chars().all(crate::text::is_cjk)
    })
}

/// A standalone unmarked section title that heads a numbered list (`2026年主要工作` followed by
/// `（一）…`): a short line (4–20 characters) with no clause punctuation, marker or sentence end,
/// set apart after a finished paragraph (its line ends with 。！？), and followed by a line-start
/// marker numbered 1 that opens the list: within [`LIST_OPENS_WITHIN`] lines (a part title, a
/// lead paragraph or two, the list), or further on when that marker restarts a numbering still
/// open (`一、` … `六、`, then this line, some paragraphs, and `一、` again: the restart is the
/// evidence that a new part begins, and this line is its only title). The first line-start
/// marker after the line decides; the search stops after [`RESTART_WITHIN`] lines.
fn title_before_list<'a>(doc: &Doc<'a>, k: usize, tree: &Tree) -> Option<&'a str> {
    /// Non-blank lines within which the list opened by a part title starts.
    const LIST_OPENS_WITHIN: usize = 4;
    /// Non-blank lines within which a restarted numbering is looked for.
    const RESTART_WITHIN: usize = 80;
    let (lines, roles) = (doc.lines, doc.roles);
    let t = standalone_line(doc, k)?;
    let content = |j: usize| trim(lines.content(j));
    let mut after = ((k + 1)..lines.len()).filter(|&j| roles[j] != Role::Blank);
    // The text it heads follows: a line of a few characters after it is the rest of a line
    // broken in two (`省委十届三` / `次全会`), not the part's first line.
    let next = after.clone().next()?;
    if char_len(content(next)) < 8 && marker_parts(content(next), false).is_err() {
        return None;
    }
    // The first line-start marker after the line (not a circled or bare numeral: those open
    // runs of their own) decides. Far from the line, only a restarted numbering counts, and only
    // when no other standalone line stands between (that one would be the part's title).
    let mut far_title = false;
    // Only a numbering open at 2 or more can restart: without one, look no further than the
    // near window.
    let open_numbering = tree
        .stack
        .iter()
        .any(|o| o.section.heading.marker.ordinal.is_some_and(|n| n >= 2));
    let within = if open_numbering {
        RESTART_WITHIN
    } else {
        LIST_OPENS_WITHIN
    };
    for (n, j) in after.by_ref().take(within).enumerate() {
        if roles[j] != Role::Body {
            continue;
        }
        // A back-matter title between (`注释：` ⏎ `1.…`): the list is that title's. (A finer
        // reading: left out of the small WebAssembly build, `indicator::FINE`.)
        if crate::indicator::FINE && back_matter_title(doc, j, tree).is_some() {
            return None;
        }
        if let Ok((_, m)) = marker_parts(content(j), false) {
            if !mid_line_style(m.style) {
                continue;
            }
            let restarts = || {
                tree.open_index(Key::of(m.style, m.raw))
                    .and_then(|i| tree.stack[i].section.heading.marker.ordinal)
                    .is_some_and(|open| open >= 2)
            };
            let ok = m.ordinal == 1 && (n < LIST_OPENS_WITHIN || !far_title && restarts());
            return ok.then_some(t);
        }
        far_title = far_title || standalone_line(doc, j).is_some();
    }
    None
}

/// The head nouns that end a year-led part title of a 政府工作报告 (`2024年工作回顾`,
/// `2025年重点工作`, `二〇二四年主要目标任务`): a closed class, in both scripts.
const PART_HEADS: &[&str] = &[
    "回顾", "回顧", "工作", "安排", "任务", "任務", "总结", "總結", "打算", "思路", "计划", "計劃",
    "要点", "要點", "措施", "重点", "重點", "亮点", "亮點", "成效", "成绩", "成績", "目标", "目標",
];

/// Whether `t` opens with a year, in figures or Chinese numerals (`2024年`, `二〇二四年`,
/// `2024年度`), and gives what follows it.
fn after_year(t: &str) -> Option<&str> {
    let (len, digits) = crate::text::leading_digits(t);
    let len = if digits == 4 {
        len
    } else {
        let mut chars = t.char_indices();
        let mut end = 0;
        for _ in 0..4 {
            let (i, c) = chars.next()?;
            if !matches!(
                c,
                '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
            ) {
                return None;
            }
            end = i + c.len_utf8();
        }
        end
    };
    let rest = t[len..].trim_start_matches(is_space).strip_prefix('年')?;
    Some(rest.strip_prefix('度').unwrap_or(rest))
}

/// What follows a five-year plan period in quotation marks that opens `t` (`“十四五”时期…`,
/// `“十五五”…`): the period is two to four numerals in words.
fn after_plan_period(t: &str) -> Option<&str> {
    let inner = t.strip_prefix(chars!['“', '"'])?;
    let close = inner.find(chars!['”', '"'])?;
    let numerals = &inner[..close];
    ((2..=4).contains(&char_len(numerals))
        && numerals.chars().all(crate::number::is_chinese_numeral_char))
    .then(|| &inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..])
}

/// A year-led unmarked part title of a 政府工作报告 on a line of its own (`2024年工作回顾`,
/// `2025年重点工作`, `二〇二四年主要目标任务`; or a quoted plan period, `“十四五”时期发展成就和2025年
/// 工作回顾`): the year, then a few characters ending in a head noun of [`PART_HEADS`] (5–20
/// characters in all, 24 after a plan period; no clause punctuation, bracket or marker;
/// a colon may close the line: `2024年工作回顾：`),
/// set apart (the line before is a blank line, no body text, or ends a sentence or a
/// salutation: 。！？：), and followed by body text of its own. Unlike [`title_before_list`] no
/// numbered list need follow: the year and the head noun are the evidence.
fn year_part_title<'a>(doc: &Doc<'a>, k: usize) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    let t = trim(lines.content(k));
    // `2024年工作回顾：`: a colon after the title introduces the part (the title is without it).
    let t = t.strip_suffix(chars!['：', ':']).unwrap_or(t);
    // (A quoted plan period may lead instead: `“十四五”时期发展成就和2025年工作回顾`, four
    // characters more.)
    let period = after_plan_period(t);
    let most = if period.is_some() { 24 } else { 20 };
    if t.len() > most * 3 || !(5..=most).contains(&char_len(t)) {
        return None;
    }
    let rest = period.or_else(|| after_year(t))?;
    let plain = t.chars().all(|c| {
        !crate::text::is_clause_punct(c) && !matches!(c, '—' | '-' | '(' | ')' | '（' | '）' | '|')
    });
    if !plain || !PART_HEADS.iter().any(|h| rest.ends_with(h)) {
        return None;
    }
    let set_apart = k == 0
        || roles[k - 1] != Role::Body
        || trim(lines.content(k - 1)).ends_with(chars!['。', '！', '？', '：', ':', '!', '?']);
    let next = ((k + 1)..lines.len()).find(|&j| roles[j] != Role::Blank)?;
    (set_apart && roles[next] == Role::Body && char_len(trim(lines.content(next))) >= 8)
        .then_some(t)
}

/// A part title of a report printed in a newspaper (`2022年政府工作回顾`, `阔步迈上新征程`): each
/// part opens with the paper's dateline (`本报讯`, `保定日报讯 1月30日，…`), and the short plain line
/// before that dateline (4–20 characters, no clause punctuation, marker or sentence end) is the
/// part's title, wherever it stands (after the byline too) and whatever follows the dateline.
fn title_before_dateline<'a>(doc: &Doc<'a>, k: usize) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    let t = trim(lines.content(k));
    if t.len() > 20 * 3 || !(4..=20).contains(&char_len(t)) {
        return None;
    }
    let j = ((k + 1)..lines.len()).find(|&j| roles[j] != Role::Blank)?;
    let next = trim(lines.content(j));
    let head: &str = next
        .char_indices()
        .nth(10)
        .map_or(next, |(i, _)| &next[..i]);
    if roles[j] != Role::Body || !head.contains("报讯") {
        return None;
    }
    let plain = t.chars().all(|c| {
        !crate::text::is_clause_punct(c) && !matches!(c, '—' | '-' | '(' | ')' | '（' | '）' | '|')
    });
    (plain
        && t.chars().any(crate::text::is_cjk)
        && !t.contains("报讯")
        && marker_parts(t, true).is_err()
        && padded_section(t).is_none())
    .then_some(t)
}

/// A short plain line set apart after a finished paragraph: 4–20 characters with no clause
/// punctuation, dash, bracket or marker, and a CJK character; the previous non-blank line is
/// body text ending a sentence (。！？). What [`title_before_list`] looks for a list after.
/// The title of a line that is only a title in lenticular brackets (`【审计整改情况】`: 2–24
/// characters, no sentence punctuation, no ordinal: `【一】` is a marker), when the document has
/// two or more such lines and text follows this one: a heading style no marker list names, found
/// by its recurrence. A lone bracketed line (`【案例】`, `【延伸阅读】`) stays text.
///
/// ```text
/// "【工作成效】\n正文。\n【存在问题】\n正文。" → two headings;  "【案例】\n正文。" → none
/// ```
fn bracketed_title<'a>(doc: &Doc<'a>, k: usize) -> Option<&'a str> {
    let t = trim(doc.lines.content(k));
    if !is_bracketed_title(t) {
        return None;
    }
    let count = *doc.bracketed_titles.get_or_init(|| {
        (0..doc.lines.len())
            .filter(|&j| {
                doc.roles[j] == Role::Body && is_bracketed_title(trim(doc.lines.content(j)))
            })
            .count()
    });
    let next = ((k + 1)..doc.lines.len()).find(|&j| doc.roles[j] != Role::Blank)?;
    (count >= 2
        && doc.roles[next] == Role::Body
        && !is_bracketed_title(trim(doc.lines.content(next))))
    .then_some(t)
}

/// Whether `t` is `【…】` and nothing else, the inside a short title (see [`bracketed_title`]).
fn is_bracketed_title(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('【').and_then(|r| r.strip_suffix('】')) else {
        return false;
    };
    (2..=24).contains(&char_len(inner))
        && !inner.contains(chars![
            '【', '】', '。', '；', '！', '？', '，', ';', '!', '?'
        ])
        && inner.chars().any(crate::text::is_cjk)
        && marker_parts(t, true).is_err()
}

fn standalone_line<'a>(doc: &Doc<'a>, k: usize) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    let t = trim(lines.content(k));
    if t.len() > 20 * 3 || !(4..=20).contains(&char_len(t)) {
        return None;
    }
    let plain = t.chars().all(|c| {
        !crate::text::is_clause_punct(c) && !matches!(c, '—' | '-' | '(' | ')' | '（' | '）' | '|')
    });
    if !plain
        || !t.chars().any(crate::text::is_cjk)
        || marker_parts(t, true).is_ok()
        || padded_section(t).is_some()
    {
        return None;
    }
    // After a finished paragraph (the previous non-blank line is body text ending a sentence).
    let prev = (0..k).rev().find(|&j| roles[j] != Role::Blank)?;
    (roles[prev] == Role::Body && trim(lines.content(prev)).ends_with(chars!['。', '！', '？']))
        .then_some(t)
}

/// The heading of an unmarked title (`注释：`, `建筑业`) on line `k` (0-based), starting at byte
/// `start`: no marker, level set by the tree it joins. (Inlined: as a call, the small
/// WebAssembly module came out 30 bytes larger gzipped.)
#[inline(always)]
fn unmarked_heading(title: &str, k: usize, start: usize) -> Heading {
    Heading {
        level: 0,
        marker: Marker {
            raw: Default::default(),
            style: MarkerStyle::Unmarked,
            ordinal: None,
        },
        title: title.to_string(),
        inline_body: false,
        line: k + 1,
        span: Span::new(start, start),
        title_continues: None,
    }
}

/// The most characters of an unmarked subtitle inside a section (see [`subtitle_line`]).
const SUBTITLE_MOST: usize = 15;

/// Whether line `k` has the layout of an unmarked subtitle, judged on the line and the line
/// after it, as statistical bulletins and work summaries write them (`建筑业`, `交通运输`,
/// `开足马力上项目`): 2–15 CJK characters and nothing else (no punctuation, figure, bracket,
/// dash, quotation mark or space), no marker; followed by a paragraph of its own (the next
/// non-blank line is body text with no marker and no table cells, begins a sentence (see
/// [`continues_sentence`]), and has 12 characters or more holding a sentence end, or 20 or
/// more). A signature is followed by its date, a short item
/// of a list by another short item: neither is followed by a paragraph.
///
/// ```text
/// "建筑业\n全年建筑业总产值420.3亿元。" → true (line 建筑业);  "某县统计局\n2025年3月1日" → false
/// ```
fn subtitle_line(doc: &Doc, k: usize) -> bool {
    let (lines, roles) = (doc.lines, doc.roles);
    let t = undecorated(trim(lines.content(k)));
    if roles[k] != Role::Body
        || t.len() > SUBTITLE_MOST * 3
        || !(2..=SUBTITLE_MOST).contains(&char_len(t))
        || !t.chars().all(crate::text::is_cjk)
        || marker_parts(t, true).is_ok()
    {
        return false;
    }
    let Some(j) = ((k + 1)..lines.len()).find(|&j| roles[j] != Role::Blank) else {
        return false;
    };
    let next = trim(lines.content(j));
    // (a bare numeral opens words as often as items: `一般公共预算收入…` is a paragraph)
    roles[j] == Role::Body
        && marker_parts(next, false).is_err()
        && !continues_sentence(next)
        && !next.contains(chars!['|', '\t'])
        && table_cells(doc, next, lines.get(j).start).is_none()
        && reads_as_paragraph(next)
}

/// The line `t` without the decorations opening it (`📌产业发展提速` → `产业发展提速`, an emoji's
/// variation selector and the spaces after it included); `t` itself when none opens it. (The
/// small WebAssembly build reads no decoration: see `indicator::FINE`.)
fn undecorated(t: &str) -> &str {
    if !crate::indicator::FINE || !t.starts_with(crate::text::is_decoration) {
        return t;
    }
    t.trim_start_matches(|c: char| crate::text::is_decoration(c) || c == '\u{FE0F}' || is_space(c))
}

/// Whether the line `t` reads as a paragraph of its own, not a label or a list's short item: 20
/// characters or more, or 12 or more holding a sentence end.
fn reads_as_paragraph(t: &str) -> bool {
    let n = char_len(t);
    n >= 20 || (n >= 12 && t.contains(chars!['。', '！', '？', '；']))
}

/// Whether line `t` continues a sentence begun on the line before: it opens with a comma, a
/// stop or a closing mark (`，关键在…`: the short line before it is the start of that sentence).
fn continues_sentence(t: &str) -> bool {
    t.starts_with(chars![
        '，', '、', '。', '；', '：', '！', '？', '”', '’', '）', '》', ',',
    ])
}

/// Whether line `k` is set apart after a finished sentence: the previous non-blank line is body
/// text ending with 。！？； (a closing quotation mark after it allowed), or a table's row of three
/// cells or more. The last line of a
/// hard-wrapped paragraph follows no sentence end (`…全力推动` ⏎ `高质量发展`).
fn after_sentence(doc: &Doc, k: usize) -> bool {
    let (lines, roles) = (doc.lines, doc.roles);
    (0..k)
        .rev()
        .find(|&j| roles[j] != Role::Blank)
        .is_some_and(|j| {
            let t = trim(lines.content(j));
            roles[j] == Role::Body
                && (t
                    .trim_end_matches(chars!['”', '’'])
                    .ends_with(chars!['。', '！', '？', '；', '!', '?', ';'])
                    // (Or after a table's last row: `水泥 万吨 842.6` ⏎ `建筑业`.)
                    || crate::indicator::FINE
                        && table_cells(doc, t, lines.get(j).start).is_some_and(|c| c.len() >= 3))
        })
}

/// A standalone unmarked subtitle inside a numbered section (`二、工业和建筑业` … `建筑业` then
/// `全年建筑业总产值420.3亿元。`): a line of [`subtitle_line`], under an open heading with a
/// marker, that the document shows to be a title, not a short paragraph. Either it is set apart
/// after a finished sentence ([`after_sentence`]) and its words (or their first part before
/// 和/与/及) recur near the start of the paragraph it heads (`建筑业` / `全年建筑业总产值…`), or
/// the numbered heading it stands under names it (`三、交通、邮电和旅游` … `旅游`), or the
/// document has two or more lines so set apart that head no numbered list (parallel subtitles:
/// `交通` … `邮电` …, see [`heads_a_list`]); or it
/// comes right under the open heading, whose title names it (`三、交通、邮电和旅游` ⏎ `交通`).
/// A line whose text stands on another line too (a running page header) is no subtitle, nor is
/// any line of a text that breaks its lines inside sentences. Gives the line as the title.
///
/// ```text
/// "二、工业和建筑业\n…增长6.8%。\n建筑业\n全年建筑业总产值420.3亿元。" → Some("建筑业")
/// "一、综合\n…增长5.5%。\n交通\n全年相关指标平稳增长…。" → None (one such line, no recurrence)
/// ```
fn unmarked_subtitle<'a>(doc: &Doc<'a>, k: usize, tree: &Tree) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    let open = tree.stack.last()?;
    if !tree
        .stack
        .iter()
        .any(|o| o.key.style != MarkerStyle::Unmarked)
        || !subtitle_line(doc, k)
    {
        return None;
    }
    let raw = trim(lines.content(k));
    let t = undecorated(raw);
    let text_of = |j: usize| trim(lines.content(j));
    let found = subtitles(doc)?;
    let parallel = found.parallel;
    // Repeated on another line (of any shape): a running header or a label, not a subtitle.
    if found.written_twice(raw) {
        return None;
    }
    // `📌产业发展提速`: a decoration before a subtitle's words, as before another line of the
    // document of that shape, is the layout of a title (a short bulleted item is followed by
    // the next item, not by a paragraph: see `subtitle_line`).
    if t.len() < raw.len() && found.decorated >= 2 {
        return Some(t);
    }
    // Right under the open heading, which names it.
    let prev = (0..k).rev().find(|&j| roles[j] != Role::Blank)?;
    let h = &open.section.heading;
    if h.line == prev + 1
        && !h.inline_body
        && h.marker.style != MarkerStyle::Unmarked
        && h.title != t
        && (h.title.contains(t) || parallel >= 2)
    {
        // (Or one of the document's subtitles set apart elsewhere, the first of its section:
        // `二、农业` / `种植业`, then `畜牧业`, `渔业` after paragraphs.)
        return Some(t);
    }
    if !after_sentence(doc, k) {
        return None;
    }
    let next = ((k + 1)..lines.len()).find(|&j| roles[j] != Role::Blank)?;
    let head: &str = {
        let s = text_of(next);
        s.char_indices().nth(12).map_or(s, |(i, _)| &s[..i])
    };
    let first = t.split(chars!['和', '与', '及']).next().unwrap_or(t);
    let recurs = head.contains(t) || (char_len(first) >= 2 && head.contains(first));
    // The numbered heading it stands under names it (`三、交通、邮电和旅游` … `旅游`).
    let named = tree
        .stack
        .iter()
        .rfind(|o| o.key.style != MarkerStyle::Unmarked)
        .is_some_and(|o| o.section.heading.title != t && o.section.heading.title.contains(t));
    (recurs || named || parallel >= 2).then_some(t)
}

/// What [`unmarked_subtitle`] and [`unmarked_part`] read of the whole document, counted once:
/// the lines of a subtitle's shape set apart, the short body lines, and whether a body line
/// opens with a numbering marker; `None` when the document breaks its lines inside sentences (a
/// page whose links and bold words stand on lines of their own: two lines or more open with a
/// comma, a stop or a closing mark), where a short line after a sentence is the start of the
/// next one (`…增长5.2%。` ⏎ `重点企业` ⏎ `完成产值30亿元。`).
fn subtitles<'d, 'a>(doc: &'d Doc<'a>) -> Option<&'d Subtitles<'a>> {
    let (lines, roles) = (doc.lines, doc.roles);
    let text_of = |j: usize| trim(lines.content(j));
    doc.subtitles
        .get_or_init(|| {
            let broken = (0..lines.len())
                .filter(|&j| roles[j] == Role::Body && continues_sentence(text_of(j)))
                .nth(1)
                .is_some();
            (!broken).then(|| {
                let (mut parallel, mut decorated) = (0, 0);
                for j in (0..lines.len()).filter(|&j| subtitle_line(doc, j)) {
                    if after_sentence(doc, j) && !heads_a_list(doc, j) {
                        parallel += 1;
                    }
                    // (`subtitle_line` read the line without its decoration)
                    if undecorated(text_of(j)).len() < text_of(j).len() {
                        decorated += 1;
                    }
                }
                // (The short lines sorted once, looked up by binary search: a search of every
                // line for each candidate was quadratic on a text made of such lines. A sorted
                // list, not a hash set: the small WebAssembly build, which never fills it,
                // keeps the drop glue of the field's type.)
                let mut short: Vec<&str> = (0..lines.len())
                    .filter(|&j| roles[j] == Role::Body)
                    .map(text_of)
                    .filter(|s| s.len() <= SUBTITLE_MOST * 3)
                    .collect();
                short.sort_unstable();
                // (circled numbers open notes and list items, not an outline's parts; a bare
                // numeral is a word's first character as often: 一般, 一批)
                let numbered = (0..lines.len()).any(|j| {
                    roles[j] == Role::Body
                        && marker_parts(text_of(j), false).is_ok_and(|(_, m)| {
                            !matches!(m.style, MarkerStyle::Circled | MarkerStyle::Bare)
                        })
                });
                Subtitles {
                    parallel,
                    decorated,
                    short,
                    numbered,
                }
            })
        })
        .as_ref()
}

/// A part title of a document whose outline is made of unmarked title lines only (a bulletin's
/// `综合` / `农业` / `工业`, a work plan's part titles whose Word numbering was lost): a line of
/// [`subtitle_line`]'s shape, set apart (after a finished sentence, or right after the title and
/// publication lines), not written twice, in a document where no body line opens with a
/// numbering marker and two other lines of that shape stand after finished sentences. A level-1
/// heading with marker "".
///
/// ```text
/// "某县统计公报\n综合\n全县生产总值增长5.1%。\n农业\n粮食产量增长2.0%。\n工业\n…" → 综合, 农业, 工业
/// ```
fn unmarked_part<'a>(doc: &Doc<'a>, k: usize, tree: &Tree) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    if tree
        .stack
        .iter()
        .any(|o| o.key.style != MarkerStyle::Unmarked)
        || !subtitle_line(doc, k)
    {
        return None;
    }
    let found = subtitles(doc)?;
    if found.numbered || found.parallel < 2 {
        return None;
    }
    let raw = trim(lines.content(k));
    let t = undecorated(raw);
    if found.written_twice(raw) {
        return None;
    }
    // (after a finished sentence, or the title, publication or date lines: `2025年3月`)
    let prev = (0..k).rev().find(|&j| roles[j] != Role::Blank);
    let dated = |t: &str| {
        t.contains('年')
            && char_len(t) <= 12
            && t.chars()
                .all(|c| c.is_ascii_digit() || "年月日〇零一二三四五六七八九十".contains(c))
    };
    let set_apart = prev.is_none_or(|j| roles[j] != Role::Body || dated(trim(lines.content(j))))
        || after_sentence(doc, k);
    (set_apart && !heads_a_list(doc, k)).then_some(t)
}

/// Whether the first line-start marker after line `k` (within 80 non-blank lines; not a circled
/// or bare numeral) is numbered 1: the line heads a part whose list opens there (`明年工作安排`
/// … `（一）…`), as [`title_before_list`] reads it, not a subtitle among parallel ones, which
/// the next numbered heading of the section (`三、…`) follows.
fn heads_a_list(doc: &Doc, k: usize) -> bool {
    let (lines, roles) = (doc.lines, doc.roles);
    ((k + 1)..lines.len())
        .filter(|&j| roles[j] == Role::Body)
        .take(80)
        .find_map(|j| {
            marker_parts(trim(lines.content(j)), false)
                .ok()
                .filter(|(_, m)| mid_line_style(m.style))
                .map(|(_, m)| m.ordinal == 1)
        })
        .unwrap_or(false)
}

/// Pushes an unmarked subtitle (see [`unmarked_subtitle`]) one level under the open numbered
/// heading, or as the sibling of the subtitle open under it (`建筑业` then `交通`: both level
/// 2 under `二、工业和建筑业`).
/// A level whose numbering opens at 2 (`（二）抓服务，…` under `一、…` with no `（一）`) where a
/// short line stands alone right under the open heading, before the paragraphs of that heading
/// (`抓安全，守牢发展底线`): that line is the level's first heading, written without its marker.
/// It becomes an unmarked heading of the level (its ordinal 1, by position), taking the
/// paragraphs after it, so that the marked heading follows it as its sibling. Not when the
/// numbering continues from an earlier section, nor when the open heading already has children.
fn missing_first_sibling(doc: &Doc, tree: &mut Tree, heading: &Heading, key: Key) {
    let style = heading.marker.style;
    if heading.marker.ordinal != Some(2)
        || matches!(style, MarkerStyle::Unmarked | MarkerStyle::Decimal)
        || tree.sibling_index(key, 2, 0).is_some()
        || tree.last_seen[key.slot()] == Some(1)
    {
        return;
    }
    let Some(open) = tree.stack.last_mut() else {
        return;
    };
    let (Some(Block::Paragraph(p)), true) = (
        open.section.blocks.first(),
        open.section.children.is_empty() && open.section.blocks.len() >= 2,
    ) else {
        return;
    };
    let k = p.line - 1;
    let under = open.section.heading.line;
    let line = doc.lines.get(k);
    let t = trim(doc.lines.content(k));
    if open.section.heading.inline_body
        || k < under
        || (under..k).any(|j| doc.roles[j] != Role::Blank)
        || p.span.start != line.start
        || !(4..=30).contains(&char_len(t))
        || t.contains(chars!['。', '；', ';', '：', ':', '！', '？'])
        || marker_parts(t, true).is_ok()
    {
        return;
    }
    let mut blocks = std::mem::take(&mut open.section.blocks);
    blocks.remove(0);
    let mut first = unmarked_heading(t, k, line.start);
    first.marker.ordinal = Some(1);
    tree.push_keyed(first, key);
    if let Some(open) = tree.stack.last_mut() {
        open.section.blocks = blocks;
    }
}

fn push_subtitle(tree: &mut Tree, heading: Heading) {
    if let Some(i) = tree
        .stack
        .iter()
        .rposition(|o| o.key.style == MarkerStyle::Unmarked)
        .filter(|&i| i > 0)
    {
        while tree.stack.len() > i {
            tree.pop();
        }
    }
    tree.push_nested(heading);
}

/// The rest of a heading's title wrapped onto the next line, the line holding nothing else
/// (PDF text: `一、坚持稳中求进，全力推动县域经济` ⏎ `高质量发展` ⏎ body): the heading at line
/// `k` has a marker at the line start and a title that runs to the line end without sentence
/// punctuation; the next line (no blank line between) is body text of at most 15 characters,
/// shorter than the heading line, with no marker, no sentence end or colon, no table cells, and
/// is followed (past blank lines) by a heading or a paragraph that begins a sentence, not by
/// another short line or the rest of a sentence the line begins (`乡村振兴` ⏎ `，关键在…`); and
/// the document shows the heading line is as wide as a line goes: either the text is
/// hard-wrapped and the line as wide as its wrapped lines (as for [`wrapped_title_rest`]), or
/// the line has 14 characters or more and the other heading lines of its style that stand alone
/// on their line are as wide as it within two characters at most (the width headings wrap at).
/// `heading` is the open heading; gives the rest of its title.
///
/// ```text
/// "一、坚持稳中求进，全力推动县域经济\n高质量发展\n…\n二、坚持以人民为中心，持续增进民生福祉\n…"
///     → Some("高质量发展");  "一、总体情况\n主动公开\n…" → None
/// ```
fn wrapped_title_tail<'a>(doc: &Doc<'a>, k: usize, heading: &Heading) -> Option<&'a str> {
    let (lines, roles) = (doc.lines, doc.roles);
    let line = trim(lines.content(k));
    let style = heading.marker.style;
    if heading.line != k + 1
        || heading.inline_body
        || heading.title_continues.is_some()
        || style == MarkerStyle::Unmarked
        || heading.title.is_empty()
        || !line.starts_with(heading.marker.raw.as_str())
        || !line.ends_with(heading.title.as_str())
        || line.ends_with(chars!['。', '；', '！', '？', '：', ';', '!', '?', ':'])
        || k + 1 >= lines.len()
        || roles[k + 1] != Role::Body
    {
        return None;
    }
    let tail = trim(lines.content(k + 1));
    let n = char_len(tail);
    if n == 0
        || n > 15
        || n >= char_len(line)
        || tail.contains(chars![
            '。', '；', '！', '？', '：', ';', '!', '?', ':', '|', '\t'
        ])
        || marker_parts(tail, true).is_ok()
        || BACK_MATTER.contains(&tail)
        || table_cells(doc, tail, lines.get(k + 1).start).is_some()
        || is_number_row(tail)
        || table_label(doc, k + 1, 2)
        // (A line the title names already is its first subtitle, not its end: `十一、人口、
        // 人民生活和社会保障` ⏎ `人口`.)
        || crate::indicator::FINE && heading.title.contains(tail)
    {
        return None;
    }
    // What follows the rest (past blank lines): a heading or a paragraph (a short line after
    // it is another cell of a table written one cell a line or a paragraph, or a list's item).
    if let Some(j) = ((k + 2)..lines.len()).find(|&j| roles[j] != Role::Blank) {
        let after = trim(lines.content(j));
        if roles[j] == Role::Body
            && (!reads_as_paragraph(after) && marker_parts(after, true).is_err()
                || continues_sentence(after))
        {
            return None;
        }
    }
    let width = display_width(line);
    if doc.wrap_width.is_some_and(|w| width + 6 >= w) {
        return Some(tail);
    }
    if char_len(line) < 14 {
        return None;
    }
    let key = Key::of_marker(&heading.marker);
    // The widest other heading line of this style that holds its title alone (read once for
    // the whole text: a search of every line for each heading was quadratic).
    let widths = doc.title_widths.get_or_init(|| title_only_widths(doc));
    let [first, second] = widths.iter().find(|(k2, _)| *k2 == key)?.1;
    let widest = if first.is_some_and(|(_, j)| j == k) {
        second
    } else {
        first
    }
    .map(|(w, _)| w)?;
    (widest <= width + 4 && width <= widest + 4).then_some(tail)
}

/// For each marker style of the text, its two widest body lines that are a heading marker and
/// a title alone (no sentence end): (display width, line), widest first.
type TitleWidths = Vec<(Key, [Option<(usize, usize)>; 2])>;

/// [`TitleWidths`] of the whole text, in one pass over its lines.
fn title_only_widths(doc: &Doc) -> TitleWidths {
    let (lines, roles) = (doc.lines, doc.roles);
    let mut out: TitleWidths = Vec::new();
    for (j, role) in roles.iter().enumerate().take(lines.len()) {
        if *role != Role::Body {
            continue;
        }
        let other = trim(lines.content(j));
        let Ok((rest, m)) = marker_parts(other, false) else {
            continue;
        };
        if rest.is_empty() || find_title_end(rest).is_some() {
            continue;
        }
        let key = Key::of(m.style, m.raw);
        let w = (display_width(other), j);
        let at = match out.iter().position(|(k2, _)| *k2 == key) {
            Some(at) => at,
            None => {
                out.push((key, [None, None]));
                out.len() - 1
            }
        };
        let top = &mut out[at].1;
        if top[0].is_none_or(|t| w.0 > t.0) {
            top[1] = top[0];
            top[0] = Some(w);
        } else if top[1].is_none_or(|t| w.0 > t.0) {
            top[1] = Some(w);
        }
    }
    out
}

/// Whether the line-start heading `marker` of line `k` opens a list inside the open heading of
/// its own style: it is numbered 1 while that heading is numbered 2 or more (a restart), and the
/// line before it is a lead-in ending with a colon (`今年的主要任务是：` then `一、…`, `二、…` under
/// `二、目标任务`). Without the lead-in a restart is a new sibling list (with a diagnostic).
fn restarts_after_lead_in(doc: &Doc, k: usize, tree: &Tree, marker: &Marker) -> bool {
    if marker.ordinal != Some(1) || !mid_line_style(marker.style) {
        return false;
    }
    let open = tree
        .open_index(Key::of_marker(marker))
        .and_then(|i| tree.stack[i].section.heading.marker.ordinal);
    if open.is_none_or(|n| n < 2) {
        return false;
    }
    let (lines, roles) = (doc.lines, doc.roles);
    (0..k)
        .rev()
        .find(|&j| roles[j] != Role::Blank)
        .is_some_and(|j| {
            roles[j] == Role::Body && trim(lines.content(j)).ends_with(chars!['：', ':'])
        })
}

/// A heading marker alone on its line (`（五）`) with its title on the next line, as web pages
/// and PDFs that put the marker in a box of its own come out: the next non-blank line is body
/// text, no marker line, and gives the title up to its first `。`/`；` (at most 40 characters).
/// Circled numbers alone on a line are left alone (note marks).
fn lone_marker<'a>(doc: &Doc<'a>, k: usize) -> Option<(Marker, &'a str)> {
    let (lines, roles) = (doc.lines, doc.roles);
    let t = trim(lines.content(k));
    let first = t.chars().next()?;
    if !(matches!(first, '(' | '（' | '第' | '【' | '０'..='９' | 'Ⅰ'..='Ⅻ' | '⑴'..='⒛' | '㈠'..='㈩')
        || first.is_ascii_digit()
        || crate::number::is_chinese_numeral_char(first))
    {
        return None;
    }
    let (rest, m) = marker_parts(t, false).ok()?;
    if !rest.is_empty() || matches!(m.style, MarkerStyle::Circled | MarkerStyle::Bare) {
        return None;
    }
    let j = ((k + 1)..lines.len()).find(|&j| roles[j] != Role::Blank)?;
    let next = trim(lines.content(j));
    if roles[j] != Role::Body
        || marker_parts(next, true).is_ok()
        || table_cells(doc, next, lines.get(j).start).is_some()
    {
        return None;
    }
    let title = trim(find_title_end(next).map_or(next, |(end, _)| &next[..end]));
    (!title.is_empty() && char_len(title) <= 40).then_some((
        Marker {
            raw: m.raw.into(),
            style: m.style,
            ordinal: Some(m.ordinal),
        },
        title,
    ))
}

/// What [`unmarked_subtitle`] reads of the whole document once: how many lines have a
/// subtitle's shape and stand after a finished sentence, and the texts of the short body lines,
/// sorted (one written twice is a running header or a label, no subtitle).
struct Subtitles<'a> {
    parallel: usize,
    /// How many lines of a subtitle's shape open with a decoration (`📌`, see [`undecorated`]).
    decorated: usize,
    short: Vec<&'a str>,
    /// Whether a body line opens with a numbering marker (not a circled number).
    numbered: bool,
}

impl Subtitles<'_> {
    /// Whether the short body line `t` is written on another line too (a running page header or
    /// a label, not a title).
    fn written_twice(&self, t: &str) -> bool {
        let at = self.short.partition_point(|s| *s < t);
        self.short[at..].iter().take(2).filter(|s| **s == t).count() > 1
    }
}

/// What the body lines are read against: the text, its lines and their roles, and what is
/// computed once per document.
struct Doc<'a> {
    text: &'a str,
    lines: &'a Lines<'a>,
    roles: &'a [Role],
    anchors: Anchors,
    /// The width lines are wrapped at, in display columns, when the text is hard-wrapped (see
    /// [`hard_wrap_width`]).
    wrap_width: Option<usize>,
    /// Whether the text holds a tab (a tab-separated table row needs two).
    tabs: bool,
    /// Whether the text holds an ASCII `|` (a row without outer pipes needs two).
    pipes: bool,
    /// The rows of tables whose columns are aligned with spaces.
    #[cfg(feature = "tables")]
    aligned: crate::aligned::Aligned,
    /// How many body lines are a title in lenticular brackets (`【工作成效】`, see
    /// [`bracketed_title`]): counted once, when the first such line is met.
    bracketed_titles: std::cell::OnceCell<usize>,
    /// What [`unmarked_subtitle`] reads of the whole text (see [`Subtitles`]), `None` in a text
    /// that breaks its lines inside sentences: found once, when the first line of the layout is
    /// met.
    subtitles: std::cell::OnceCell<Option<Subtitles<'a>>>,
    /// The widest title-only heading lines of each style (see [`title_only_widths`]): read
    /// once, when the first heading that may be wrapped is met.
    title_widths: std::cell::OnceCell<TitleWidths>,
}

/// The display width of `s` in columns: 1 for an ASCII character, 2 for any other (CJK and
/// full-width forms; counted on bytes: a UTF-8 lead byte starts each non-ASCII character).
/// Summed in `u8` lanes, which the compiler vectorises (a `usize` sum over a `match` stayed
/// scalar: 1.4M instructions a pass over the corpus ×5, as every body line is measured).
///
/// ```text
/// display_width("ab") == 2;  display_width("报告") == 4;  display_width("第1") == 3
/// ```
fn display_width(s: &str) -> usize {
    // Chunks of 64 bytes sum to at most 128: a `u8` sum per chunk is exact, and sixteen `u8`
    // lanes go in a vector register where a `u32` sum had four.
    s.as_bytes()
        .chunks(64)
        .map(|c| {
            c.iter()
                .map(|&b| u8::from(b < 0x80) + 2 * u8::from(b >= 0xc0))
                .fold(0u8, u8::wrapping_add) as usize
        })
        .sum()
}

/// The width a hard-wrapped text (a PDF's lines, ≈ 26–30 characters each) is wrapped at: the
/// most common display width of its body lines, when that is at least 30 columns and at least
/// a third of the body lines (of at least 20) come within 6 columns under it. `None` for text
/// with a paragraph per line, whose widths spread.
fn hard_wrap_width(lines: &Lines, roles: &[Role]) -> Option<usize> {
    const WIDEST: usize = 240;
    // Fewer than 20 body lines give no width: counted before any line is measured.
    let body = roles
        .iter()
        .take(lines.len())
        .filter(|&&r| r == Role::Body)
        .count();
    if body < 20 {
        return None;
    }
    let mut histogram = [0usize; WIDEST + 1];
    // The most common width, the narrowest of equally common ones, kept as the counts grow
    // (a width that reaches the highest count, or ties it under the mode, becomes the mode).
    let mut mode = 0;
    for (l, r) in lines.iter().zip(roles) {
        if *r != Role::Body {
            continue;
        }
        let content = &lines.text()[l.start..l.end];
        // More than 3 bytes a column is never under 240 columns: skip the count. Nor is a
        // trimmed line of more than 480 bytes: a character takes at least one column per two
        // bytes (ASCII 1 byte, 1 column; others 2–4 bytes, 2 columns).
        let trimmed = trim(content);
        if content.len() <= WIDEST * 3 && trimmed.len() <= WIDEST * 2 {
            let w = display_width(trimmed);
            if w <= WIDEST {
                histogram[w] += 1;
                let n = histogram[w];
                if n > histogram[mode] || (n == histogram[mode] && w < mode) {
                    mode = w;
                }
            }
        }
    }
    let near: usize = histogram[mode.saturating_sub(6)..=mode].iter().sum();
    (mode >= 30 && near * 3 >= body).then_some(mode)
}

/// In hard-wrapped text, the rest of a heading's title carried onto the next line: the heading
/// line `k` (its title runs to the line end, no `。`) is as wide as the wrapped lines, and the
/// next body line (past blank lines and page markers) is no heading and ends the title with
/// `。` or `；` within 30 characters. Gives that text.
fn wrapped_title_rest<'a>(doc: &Doc<'a>, k: usize) -> Option<&'a str> {
    let width = doc.wrap_width?;
    let (lines, roles) = (doc.lines, doc.roles);
    let line = trim(lines.content(k));
    if display_width(line) + 6 < width || find_title_end(line).is_some() {
        return None;
    }
    let j =
        ((k + 1)..lines.len()).find(|&j| !matches!(roles[j], Role::Blank | Role::Boilerplate))?;
    if roles[j] != Role::Body {
        return None;
    }
    let next = trim(lines.content(j));
    if marker_parts(next, true).is_ok() {
        return None;
    }
    let (end, _) = find_title_end(next)?;
    let rest = trim(&next[..end]);
    (!rest.is_empty() && char_len(rest) <= 30).then_some(rest)
}

/// Whether `line`, opening with a bracketed marker of 1, holds that style's 2 right after a `；`
/// and ends its items with `；` and a last `。` (no item with a sentence of its own): a list of
/// short items on one line (`（1）普法针对性有待增强；（2）基层法律服务人员不足；…`).
fn semicolon_list(line: &str, style: MarkerStyle) -> bool {
    let second: &[&str] = if style == MarkerStyle::ParenArabic {
        &["；（2）", "；(2)", ";(2)", "；（２）"]
    } else {
        &["；（二）", "；(二)", ";(二)"]
    };
    let body = trim(line).trim_end_matches(chars!['。', '.']);
    // (The cheap tests first: a line of running text holds a 。, found by one byte search, and
    // the substring searches for the second item, a searcher built for each, are left out.)
    line.len() <= 600 && !body.contains('。') && second.iter().any(|m| body.contains(m))
}

/// The heading of a title in lenticular brackets (see [`bracketed_title`]): unmarked
/// (`【工作成效】`), or the marked heading it holds (`【一、工业经济稳中有进】`: marker `一、`, title
/// `工业经济稳中有进`). (A finer reading, see `indicator::FINE`.)
fn bracketed_heading(title: &str, k: usize, start: usize) -> Heading {
    let mut heading = unmarked_heading(title, k, start);
    let inner = title
        .trim_start_matches('【')
        .trim_end_matches('】')
        .trim_matches(is_space);
    if let Ok((rest, parts)) = marker_parts(inner, false) {
        if !matches!(parts.style, MarkerStyle::Unmarked | MarkerStyle::Bare) && !rest.is_empty() {
            heading.marker = Marker {
                raw: parts.raw.into(),
                style: parts.style,
                ordinal: Some(parts.ordinal),
            };
            heading.title =
                trim(find_title_end(rest).map_or(rest, |(e, _)| &rest[..e])).to_string();
        }
    }
    heading
}

/// Reads body line `k` (`l`, as the caller looked it up) into `tree`.
fn body_line(
    doc: &Doc,
    k: usize,
    l: Line,
    tree: &mut Tree,
    pending_bare: &mut Option<u32>,
    pending_padded: &mut Option<u32>,
) {
    let text = doc.text;
    let content = &text[l.start..l.end];
    if let Some(cells) = table_cells(doc, content, l.start) {
        tree.push_block(Block::Table(TableRow {
            line: k + 1,
            cells,
            span: Span::new(l.start, l.start),
        }));
        return;
    }
    // (A row label is short and no sentence: the lines of running text are not asked.)
    let label_like = content.len() <= 300 && !content.contains('。');
    if label_like
        && ((doc.pipes && one_cell_line(content))
            || is_number_row(content)
            || table_label(doc, k, 2))
    {
        // A table row as PDF text writes it (see table/template.rs): running text, never a
        // heading, whatever marker its label opens with.
        let enumerations = enumerations(&doc.anchors, text, l.start, l.end);
        tree.push_block(Block::Paragraph(Paragraph {
            line: k + 1,
            span: Span::new(l.start, l.start),
            enumerations,
        }));
        return;
    }
    let indent = content.len() - trim_start_spaces(content).len();
    let pos = l.start + indent;
    let mut cursor = l.start;
    // Whether `cursor` is where a heading glued to the previous title starts.
    let mut glued = false;
    // The line's ordinal-2 markers, found once when first needed (see `supported`).
    let mut seconds = None;
    // Standalone titles and zero-padded section numbers are short lines (with room for
    // indentation): longer lines skip these tests.
    let short = content.len() <= 200;
    // 【工作成效】: a title in brackets, one of several (nested like any other style: not closing
    // the open headings as a part title does).
    if let Some(title) = trim_start_spaces(content)
        .starts_with('【')
        .then(|| bracketed_title(doc, k))
        .flatten()
    {
        // (The small build pushes the unmarked heading as before: its code unchanged.)
        tree.push_heading(if crate::indicator::FINE {
            bracketed_heading(title, k, l.start)
        } else {
            unmarked_heading(title, k, l.start)
        });
        return;
    }
    if let Some(title) = short
        .then(|| {
            back_matter_title(doc, k, tree)
                .or_else(|| title_before_list(doc, k, tree))
                // (A finer reading: left out of the small WebAssembly build with the finer
                // label readings, `indicator::FINE`.)
                .or_else(|| {
                    if crate::indicator::FINE {
                        year_part_title(doc, k).or_else(|| unmarked_part(doc, k, tree))
                    } else {
                        None
                    }
                })
                .or_else(|| title_before_dateline(doc, k))
        })
        .flatten()
    {
        tree.close_all();
        tree.push_heading(unmarked_heading(title, k, l.start));
        return;
    }
    // `建筑业` under `二、工业和建筑业`: an unmarked subtitle inside the section. (A finer
    // reading: left out of the small WebAssembly build, `indicator::FINE`.)
    if crate::indicator::FINE && short {
        if let Some(title) = unmarked_subtitle(doc, k, tree) {
            push_subtitle(tree, unmarked_heading(title, k, l.start));
            return;
        }
    }
    if let Some((raw, n, title)) = short.then(|| padded_section(content)).flatten() {
        // A zero-padded section number is a heading only in a run of consecutive ones.
        let in_run = if n == 1 {
            next_line_padded(doc, k, 2)
        } else {
            *pending_padded == Some(n - 1)
        };
        if in_run {
            *pending_padded = Some(n);
            tree.push_heading(Heading {
                level: 0,
                marker: Marker {
                    raw: raw.into(),
                    style: MarkerStyle::Bare,
                    ordinal: Some(n),
                },
                title: title.to_string(),
                inline_body: false,
                line: k + 1,
                span: Span::new(l.start, l.start),
                title_continues: None,
            });
            return;
        }
    }
    if let Some((marker, title)) = short.then(|| lone_marker(doc, k)).flatten() {
        tree.push_heading(Heading {
            level: 0,
            marker,
            title: title.to_string(),
            inline_body: false,
            line: k + 1,
            span: Span::new(l.start, l.start),
            title_continues: None,
        });
        return;
    }
    if let Some(found) = read_heading(text, pos, l.end, true) {
        let found = letter_not_roman(found, tree);
        let key = Key::of(found.style, found.raw);
        let accept = match found.style {
            // A letter or a heavenly stem (`A.`, `（甲）`) is a heading in a sequence only: the
            // first item when the next marker of its style and family at a line start is its
            // second, a later one when it continues the open one.
            _ if key.family.needs_sequence() => {
                let n = found.ordinal.unwrap_or(0);
                if n == 1 {
                    second_follows(doc, k, key)
                } else {
                    tree.last_ordinal(key) == Some(n - 1)
                }
            }
            MarkerStyle::Bare => {
                let n = found.ordinal.unwrap_or(0);
                let ok = *pending_bare == Some(n.saturating_sub(1)) && n > 1
                    || (n == 1 && next_line_bare(doc, k, 2));
                ok && (found.inline_body || char_len(found.title) <= 40)
            }
            // `（1）…；（2）…；（3）…` on one line: an enumeration of short items, as `①…；②…` is
            // (a finer reading, see `indicator::FINE`).
            MarkerStyle::ParenArabic | MarkerStyle::ParenChinese
                if crate::indicator::FINE
                    && found.ordinal == Some(1)
                    && semicolon_list(&text[pos..l.end], found.style) =>
            {
                false
            }
            // `①…；②…` on one line is an enumeration inside a paragraph, not a heading; a
            // circled heading opens a run at ① or continues one.
            MarkerStyle::Circled => {
                let n = found.ordinal.unwrap_or(0);
                let in_run = n == 1 || tree.last_ordinal(key) == Some(n - 1);
                in_run
                    && !circled_follows(&text[found.title_end.min(l.end)..l.end], key.family, n + 1)
                    && !circled_follows(found.title, key.family, n + 1)
            }
            // A decimal section number (`2.1`) is a heading in a numbered sequence: it opens
            // its level at 1 or continues the open heading of its depth; its title is short.
            // (`6.24 楚雄地震发生后…` opens nothing and continues nothing.)
            MarkerStyle::Decimal => {
                let n = found.ordinal.unwrap_or(0);
                let depth = crate::marker::decimal_depth(found.raw);
                let in_run = n == 1 || tree.last_decimal(depth) == Some(n - 1);
                in_run && (found.inline_body || char_len(found.title) <= 40)
            }
            _ => true,
        };
        if accept {
            let mut marker = found.marker();
            let mut diag = None;
            if found.repaired {
                let ordinal = tree
                    .last_ordinal(Key::common(MarkerStyle::ParenChinese))
                    .map_or(1, |n| n + 1);
                marker.ordinal = Some(ordinal);
                diag = Some(Diagnostic {
                    kind: DiagnosticKind::RepairedMarker,
                    span: Span::new(l.start, l.start),
                    message: crate::text::joined(&[
                        "broken marker ",
                        &quoted(&marker.raw),
                        " read as (",
                        &chinese_ordinal_text(ordinal),
                        ")",
                    ]),
                });
            } else if marker.style == MarkerStyle::Bare {
                diag = Some(Diagnostic {
                    kind: DiagnosticKind::BareMarker,
                    span: Span::new(l.start, l.start),
                    message: crate::text::joined(&[
                        "bare numeral ",
                        &quoted(&marker.raw),
                        " without 、 read as a heading marker",
                    ]),
                });
            }
            *pending_bare = if marker.style == MarkerStyle::Bare {
                marker.ordinal
            } else {
                *pending_bare
            };
            if let Some(d) = diag {
                tree.diagnostics.push(d);
            }
            let heading = Heading {
                level: 0,
                marker,
                title: found.title.to_string(),
                inline_body: found.inline_body,
                line: k + 1,
                span: Span::new(l.start, l.start),
                title_continues: None,
            };
            if found.cut {
                tree.diagnostics.push(long_title(l.start, found.title));
            }
            if restarts_after_lead_in(doc, k, tree, &heading.marker) {
                tree.push_nested(heading);
            } else {
                if crate::indicator::FINE {
                    missing_first_sibling(doc, tree, &heading, key);
                }
                tree.push_keyed(heading, key);
            }
            if let Some(cut) = glued_marker(text, &found, l.end, tree, &mut seconds) {
                cut_title(text, tree, &found, cut);
                cursor = cut;
                glued = true;
            } else if let Some(cut) =
                spaced_body(text, &found).or_else(|| glued_enumeration(doc, &found))
            {
                cut_title(text, tree, &found, cut);
                cursor = cut;
            } else if !found.inline_body {
                if let Some(rest) = wrapped_title_rest(doc, k) {
                    if let Some(open) = tree.stack.last_mut() {
                        open.section.heading.title_continues = Some(rest.to_string());
                    }
                }
                return;
            } else {
                cursor = found.title_end;
            }
        }
    }
    let new_level = opens_new_level_mid_line(cursor == l.start, tree, k + 1);
    // The rest of the line is running text, possibly with mid-line headings (a flattened report).
    loop {
        let split =
            find_mid_line_heading(text, cursor, l.end, tree, glued, new_level, &mut seconds);
        glued = false;
        let para_end = split.as_ref().map_or(l.end, |(p, _)| *p);
        if para_end > cursor {
            let enumerations = enumerations(&doc.anchors, text, cursor, para_end);
            tree.push_block(Block::Paragraph(Paragraph {
                // `cursor` lies inside line `k` (before its end).
                line: k + 1,
                span: Span::new(cursor, cursor),
                enumerations,
            }));
        }
        let Some((p, found)) = split else { break };
        tree.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::MidLineHeading,
            span: Span::new(p, p),
            // Three pieces joined into one exact allocation (`format!` cost about 2,700
            // instructions a message).
            message: crate::text::joined(&[
                "heading ",
                found.raw,
                " found in the middle of a line",
            ]),
        });
        let heading = Heading {
            level: 0,
            marker: found.marker(),
            title: found.title.to_string(),
            inline_body: found.inline_body,
            line: k + 1,
            span: Span::new(p, p),
            title_continues: None,
        };
        if found.cut {
            tree.diagnostics.push(long_title(p, found.title));
        }
        tree.push_heading(heading);
        if let Some(cut) = glued_marker(text, &found, l.end, tree, &mut seconds) {
            cut_title(text, tree, &found, cut);
            cursor = cut;
            glued = true;
            continue;
        }
        if let Some(cut) = spaced_body(text, &found).or_else(|| glued_enumeration(doc, &found)) {
            cut_title(text, tree, &found, cut);
            cursor = cut;
            continue;
        }
        if !found.inline_body {
            break;
        }
        cursor = found.title_end;
    }
}

/// Whether `s` is a table row that PDF text wrote with spaces between its cells: words, then at
/// least three bare numbers (or the placeholders / - —; one in the full build) to the line's end
/// (`一、本年新收政府信息公开申请数量 80 1 0 0 0 0 81`). No heading ends with a run of bare
/// numbers.
///
/// ```text
/// "（一）予以公开 22 0 0 0 0 0 22" → true;  "二、支出 8067.19 万元" → false
/// ```
fn is_number_row(s: &str) -> bool {
    // Most lines end with no digit or placeholder: one byte tells.
    if !s
        .trim_end_matches(is_space)
        .ends_with(|c: char| crate::text::is_digit(c) || matches!(c, '/' | '-' | '—'))
    {
        return false;
    }
    let mut tokens = s.split(is_space).filter(|t| !t.is_empty()).rev();
    let mut numbers = 0;
    // The first token that is no cell must be words.
    let words = tokens.find(|t| {
        let cell = is_bare_cell(t);
        numbers += usize::from(cell);
        !cell
    });
    // (In the full build one number is enough: the simplified template's `（一）予以公开 8`,
    // a contents line's page number `一、总体情况 3`.)
    let least = if crate::indicator::FINE { 1 } else { 3 };
    numbers >= least && words.is_some_and(|t| t.contains(crate::text::is_cjk))
}

/// Whether `s` is one cell of a table laid out one cell per line, as a web page's table saved
/// as text gives it: the cell, then the rule that closes it (`一、本年新收政府信息公开申请数量 |`,
/// `（一）予以公开 |`, `0 |`), and no other rule on the line (the template reader's own test,
/// `one_cell` in table/template.rs). A cell is no heading, whatever marker it opens with.
fn one_cell_line(s: &str) -> bool {
    s.trim_end_matches(is_space)
        .strip_suffix('|')
        .is_some_and(|cell| !cell.contains('|') && !cell.trim_matches(is_space).is_empty())
}

/// A cell of a number row: digits with a decimal point, or a placeholder.
fn is_bare_cell(t: &str) -> bool {
    matches!(t, "/" | "-" | "—" | "--")
        || (t.starts_with(crate::text::is_digit)
            && t.chars()
                .all(|c| crate::text::is_digit(c) || matches!(c, '.' | '．')))
}

/// Whether line `k` is a row label of a table written one cell per line (PDF text): the next
/// three lines are each one bare number, or (up to `depth` levels of group labels: `三、本年度
/// 办理结果` over `（一）予以公开`) the next line is a short label that is one.
fn table_label(doc: &Doc, k: usize, depth: usize) -> bool {
    // The label's own shape is asked last: most lines are followed by no number at all. The
    // next line's shape is asked before the lines after it: most are sentences (a line of
    // more than 180 bytes is told by its length).
    numbers_follow(doc, k)
        || (depth > 0
            && next_cell(doc, k).is_some_and(|j| {
                let next = doc.lines.content(j).trim_matches(is_space);
                next.len() <= 180 && !next.contains('。') && table_label(doc, j, depth - 1)
            }))
}

/// Whether the three cells after line `k` are each one bare number (see [`is_bare_cell`]).
fn numbers_follow(doc: &Doc, k: usize) -> bool {
    let lines = doc.lines;
    let mut at = k;
    (0..3).all(|_| {
        next_cell(doc, at).is_some_and(|j| {
            at = j;
            let c = lines.content(j);
            // One byte rejects most lines: a cell opens with a digit, `/`, `-`, `—` (E2) or a
            // space before one.
            matches!(
                c.as_bytes().first(),
                Some(b'0'..=b'9' | b'/' | b'-' | 0xe2 | b' ' | b'\t' | 0xe3)
            ) && is_bare_cell(c.trim_matches(is_space))
        })
    })
}

/// The line of the cell after line `k` of a table written one cell per line: the next line
/// that is not blank, past at most two blank ones (a web page saved as text sets a blank line
/// between its cells).
fn next_cell(doc: &Doc, k: usize) -> Option<usize> {
    (k + 1..doc.lines.len())
        .take(3)
        .find(|&j| !doc.lines.content(j).trim_matches(is_space).is_empty())
}

/// Where a heading's title ends at a run of spaces that sets the body apart on the same line (a
/// flattened layout: `二、主要任务 今年是…`): the first space run after at least two characters
/// of title that follows text (not a number: `支出 8067.19 万元` is one title) and is followed by
/// a CJK character and at least `SPACED_BODY` more characters before the title would end, or by
/// an enumeration marker (`一是`, `第一，`, `首先，`); or, after a word of two CJK characters, by
/// Chinese text of two characters or more, or a clause opening with a number.
fn spaced_body(text: &str, found: &Found) -> Option<usize> {
    const SPACED_BODY: usize = 12;
    let title = found.title;
    let start = title.as_ptr() as usize - text.as_ptr() as usize;
    // Spaces in flattened text: ASCII spaces and tabs, U+3000 (lead byte 0xE3).
    let mut next = 0;
    for i in memchr::memchr3_iter(b' ', b'\t', 0xE3, title.as_bytes()) {
        if i < next || !title[i..].starts_with(is_space) {
            continue;
        }
        let after = title[i..].trim_start_matches(is_space);
        next = title.len() - after.len();
        let before = &title[..i];
        let text_before = before
            .chars()
            .next_back()
            .is_some_and(|p| crate::number::arabic_digit(p).is_none());
        // After the space: a body of some length, or one that opens an enumeration
        // (`二、存在问题 一是力量不足。`), which no title holds after a space.
        let enumeration = || {
            crate::marker::shi_marker(after).is_ok()
                || crate::marker::ordinal_marker(after).is_ok()
                || crate::marker::sequence_marker(after).is_ok()
        };
        let long_body = text_before
            && before.chars().nth(1).is_some()
            && after.chars().next().is_some_and(crate::text::is_cjk)
            && (after.chars().nth(SPACED_BODY).is_some() || enumeration());
        // A word (two CJK characters) then a space then Chinese text, or a clause opening with
        // a number (`总体情况 2023年，全区…`): no title is written so. (The spaces a PDF puts
        // around numbers, `支出 8067.19 万元`, and a title spaced out letter by letter,
        // `总 体 情 况`, stay in the title.)
        let mut last_two = before.chars().rev().take(2);
        let word_before = before.chars().rev().nth(1).is_some()
            && last_two
                .all(|c| crate::text::is_cjk(c) && !crate::number::is_chinese_numeral_char(c));
        let first = after.chars().next();
        let short_body = word_before
            && (first.is_some_and(crate::text::is_cjk) && after.chars().nth(1).is_some()
                || first.is_some_and(|c| crate::number::arabic_digit(c).is_some())
                    && after.contains(chars!['，', ',']));
        // `三、下一步工作安排 1.加强培训。`: the first marker of a list of subheadings after a
        // word and a space opens the first of them (whether it is one is asked of the rest of
        // the line, as of any mid-line heading).
        let first_marker = crate::indicator::FINE
            && word_before
            && marker_parts(after, false).is_ok_and(|(rest, m)| {
                m.ordinal == 1 && mid_line_style(m.style) && rest.starts_with(crate::text::is_cjk)
            });
        if long_body || short_body || first_marker {
            return Some(start + i);
        }
    }
    None
}

/// Where the body starts inside a title that runs on into an inline enumeration with no mark
/// between (`（一）强化组织领导一是健全机制，…二是…`, flattened text): at the `一是` after a title of two
/// characters or more that ends with a word (a title holds no `一是` of its own).
fn glued_enumeration(doc: &Doc, found: &Found) -> Option<usize> {
    // (Not in the small WebAssembly build, see `indicator::FINE`.)
    if !crate::indicator::FINE {
        return None;
    }
    let title = found.title;
    let start = title.as_ptr() as usize - doc.text.as_ptr() as usize;
    // (是 among the text's anchors of its enumerations, found once, then 一 before it: a
    // search of each heading's title for 是 cost about 200 instructions a heading.)
    let i = doc
        .anchors
        .shi_within(start, start + title.len())
        .map(|p| p - start)
        .find(|&i| title[..i].ends_with('一'))?
        - '一'.len_utf8();
    let before = &title[..i];
    // (Not the 一 of a word: 统一是, 唯一是; nor a numeral's: 十一是.)
    let word_before = before.chars().nth(1).is_some()
        && before
            .chars()
            .next_back()
            .is_some_and(|c| crate::text::is_cjk(c) && !crate::number::is_chinese_numeral_char(c))
        && !before.ends_with(chars!['统', '唯', '单', '同', '万', '第']);
    word_before.then_some(start + i)
}

/// Cuts the title of the heading just pushed at `cut`, where a glued heading starts.
fn cut_title(text: &str, tree: &mut Tree, found: &Found, cut: usize) {
    let start = found.title.as_ptr() as usize - text.as_ptr() as usize;
    if let Some(open) = tree.stack.last_mut() {
        open.section.heading.title = trim(&text[start..cut]).to_string();
        open.section.heading.inline_body = true;
    }
}

fn chinese_ordinal_text(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        _ => format!(
            "{}十{}",
            D[(n / 10) as usize % 10],
            if n % 10 == 0 {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
    }
}

/// The longest a mid-line heading (marker and title) runs before its title ends, in CJK
/// characters (counted as their 3 UTF-8 bytes).
const MID_LINE_TITLE: usize = 64;

/// Whether `c` ends a sentence or clause after which a flattened report's next heading may start.
fn is_heading_boundary(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// Styles that never start a heading in mid-line: `①…；②…` and `1）…；2）…` inside a paragraph
/// are enumerations; the rarer styles are read at line starts only.
fn mid_line_style(style: MarkerStyle) -> bool {
    !matches!(
        style,
        MarkerStyle::Circled
            | MarkerStyle::Bare
            | MarkerStyle::HalfParenChinese
            | MarkerStyle::HalfParenArabic
            | MarkerStyle::Lenticular
            | MarkerStyle::Roman
            | MarkerStyle::Decimal
    )
}

/// Where a mid-line heading may start in `text[from..to]`: after a full-width sentence end
/// (。；！？), the colon of `…如下：` or a run of spaces (ASCII or U+3000), each followed by a
/// character that can open a marker; `from` itself first when `at_start`. Calls `f` on each until it returns `Some`.
///
/// The bytes that can start a boundary (the space, and the lead bytes 0xE3 of 。 and U+3000 and
/// 0xEF of ；！？) are found with a vector search, so a line costs little more than one pass.
fn scan_boundaries<T>(
    text: &str,
    from: usize,
    to: usize,
    at_start: bool,
    mut f: impl FnMut(usize) -> Option<T>,
) -> Option<T> {
    if at_start {
        if let Some(v) = f(from) {
            return Some(v);
        }
    }
    let bytes = &text.as_bytes()[..to];
    // Where the search goes on: after a hit that is no boundary, or after the spaces that
    // follow a boundary (the hits among them are no candidates).
    let mut next = from;
    while let Some(hit) = find_boundary_lead(&bytes[next..]) {
        let b = next + hit;
        next = b + 1;
        // The boundary on its bytes, not decoded (most hits are ，、（）, no boundary): the
        // space, 。 or U+3000 (E3 80 82 / 80), ；！？ (EF BC 9B / 81 / 9F) or U+FEFF (EF BB BF),
        // and the colon (EF BC 9A) of the set phrase that leads into a report's body
        // (`现将有关情况报告如下：一、…`).
        let len = match (bytes[b], bytes.get(b + 1..b + 3)) {
            (b' ', _) => 1,
            (0xE3, Some([0x80, 0x82 | 0x80]))
            | (0xEF, Some([0xBC, 0x9B | 0x81 | 0x9F] | [0xBB, 0xBF])) => 3,
            // (Not in the small WebAssembly build, see `indicator::FINE`.)
            (0xEF, Some([0xBC, 0x9A])) if crate::indicator::FINE && text[..b].ends_with("如下") => {
                3
            }
            _ => continue,
        };
        debug_assert!(text[b..]
            .chars()
            .next()
            .is_some_and(|c| is_heading_boundary(c) || is_space(c) || c == '：'));
        // The candidate is the first character after the boundary and any spaces after it.
        let rest = trim_start_spaces(&text[b + len..to]);
        let p = to - rest.len();
        next = p;
        let Some(n) = rest.chars().next() else { break };
        if matches!(n, '(' | '（' | '0'..='9' | '０'..='９' | '第' | '⑴'..='⒛' | '㈠'..='㈩')
            || crate::number::is_chinese_numeral_char(n)
        {
            if let Some(v) = f(p) {
                return Some(v);
            }
        }
    }
    None
}

/// The first space or lead byte E3 or EF in `hay`: where [`scan_boundaries`] looks for a
/// boundary. Most hits are no boundary (、，（）), so the search runs once per hit: on x86-64
/// with AVX2 the searcher is built once and called directly, without `memchr3`'s dispatch
/// through a function pointer and the searcher it builds on each call (about 15 instructions
/// of the 100 a hit cost). Inlined: its call and return cost as much again.
#[inline]
fn find_boundary_lead(hay: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some(leads) = BOUNDARY_LEADS.as_ref() {
        return leads.find(hay);
    }
    memchr::memchr3(b' ', 0xE3, 0xEF, hay)
}

/// The searcher of [`find_boundary_lead`], where AVX2 runs.
#[cfg(target_arch = "x86_64")]
static BOUNDARY_LEADS: std::sync::LazyLock<Option<memchr::arch::x86_64::avx2::memchr::Three>> =
    std::sync::LazyLock::new(|| memchr::arch::x86_64::avx2::memchr::Three::new(b' ', 0xE3, 0xEF));

/// For each style, the last position in `text[from..to]` (the rest of a line) of a mid-line
/// marker with ordinal 2: the evidence that a first item before it opens a list (see
/// [`supported`]). Computed once per line.
type Seconds = [Option<usize>; KEY_SLOTS];

fn line_seconds(text: &str, from: usize, to: usize) -> Seconds {
    let mut out: Seconds = [None; KEY_SLOTS];
    let _: Option<()> = scan_boundaries(text, from, to, false, |p| {
        if let Ok((_, m)) = marker_parts(&text[p..to], false) {
            if m.ordinal == 2 {
                out[Key::of(m.style, m.raw).slot()] = Some(p);
            }
        }
        None
    });
    // A glued parenthesised marker (`…情况（二）…`) counts too.
    for hit in memchr::memchr2_iter(b'(', 0xEF, &text.as_bytes()[from..to]) {
        let p = from + hit;
        if text[p..to].starts_with(chars!['(', '（']) {
            if let Ok((_, m)) = marker_parts(&text[p..to], false) {
                let slot = Key::of(m.style, m.raw).slot();
                if m.ordinal == 2 && out[slot].is_none_or(|q| q < p) {
                    out[slot] = Some(p);
                }
            }
        }
    }
    out
}

/// Whether a mid-line first item of a style the document has not used yet may open a new level
/// on this line (line `line`, 1-based). Not in a paragraph line (one that opens with running
/// text) under a heading opened on an earlier line: there `四是平台建设。1.依托网站…2.调整栏目…` or
/// `全年做了三件事。1.…2.…` is an inline enumeration of the paragraph, not a run of headings (a
/// page flattened to one line has no heading open before its first mid-line marker, or opens the
/// line with one). Nor, in the full build, in a line that opens with a subheading whose inline
/// body runs on (`（三）管理存在薄弱环节。1.资金未盘活。…2.清理偏慢。…`) under a heading opened on
/// an earlier line: that line is a paragraph of its section too, and the run-in `1.` `2.` enumerate
/// its body (a new level of headings opens a line). A flattened page opens its first level on the
/// line it runs on.
fn opens_new_level_mid_line(line_opens_with_text: bool, tree: &Tree, line: usize) -> bool {
    if line_opens_with_text {
        return tree.stack.is_empty();
    }
    !(crate::indicator::FINE
        && tree.stack.len() >= 2
        && tree.stack[tree.stack.len() - 1].section.heading.line == line
        && tree.stack[tree.stack.len() - 2].section.heading.line < line)
}

/// Whether the ordinal sequence supports a heading of `style` numbered `n` at `p`: it continues
/// an open heading of its style (the next number), it restarts (at 1) or continues a level the
/// document already uses, or (when `new_level`) it is a first item whose second follows later on
/// the same line.
#[allow(clippy::too_many_arguments)]
fn supported(
    text: &str,
    p: usize,
    to: usize,
    key: Key,
    n: u32,
    tree: &Tree,
    new_level: bool,
    seconds: &mut Option<Seconds>,
) -> bool {
    match tree.last_ordinal(key) {
        Some(prev) => n == prev + 1,
        // A level the document already uses, restarted under a new parent at 1 or continuing
        // its numbering across parents (`（三）` under `二、` after `（二）` under `一、`).
        None if tree.last_seen[key.slot()].is_some_and(|last| n == 1 || n == last + 1) => true,
        None => {
            new_level && n == 1 && {
                // Found from the first position asked about: later questions on the line come
                // at later positions, and only markers after them count.
                let s = seconds.get_or_insert_with(|| line_seconds(text, p, to));
                s[key.slot()].is_some_and(|q| q > p)
            }
        }
    }
}

/// Finds a heading marker in `text[from..to]` that the ordinal sequence supports (see
/// [`supported`]), after a sentence end or spaces (a flattened report), or at `from` when a
/// heading is glued there (`at_start`).
fn find_mid_line_heading<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    tree: &Tree,
    glued: bool,
    new_level: bool,
    seconds: &mut Option<Seconds>,
) -> Option<(usize, Found<'a>)> {
    // Right after a heading's title (a flattened `一、甲。（一）乙。`) the start itself is a candidate.
    let at_start = glued
        || text[..from]
            .chars()
            .next_back()
            .is_some_and(|c| is_heading_boundary(c) || is_space(c));
    scan_boundaries(text, from, to, at_start, |p| {
        // The marker and the sequence first: they reject most candidates cheaply (an inline
        // enumeration, `。二是…`, before its numeral is read).
        if !crate::marker::numeral_marker_possible(&text[p..to]) {
            return None;
        }
        let (rest, m) = marker_parts(&text[p..to], false).ok()?;
        if !mid_line_style(m.style)
            || !supported(
                text,
                p,
                to,
                Key::of(m.style, m.raw),
                m.ordinal,
                tree,
                new_level,
                seconds,
            )
        {
            return None;
        }
        // A mid-line heading's title is short: it ends (。；！？ or the line end) within
        // `MID_LINE_TITLE` characters. (This also bounds what reading a candidate costs.)
        let window = floor_char_boundary(text, (p + MID_LINE_TITLE * 3).min(to));
        let found = if window < to && find_title_end(&text[p..window]).is_none() {
            // No sentence end in reach: a run-in title, cut where its body starts (see
            // [`run_in_heading`]), or no heading. (Not in the small WebAssembly build, see
            // `indicator::FINE`: no tests/corpus output needs it, and it costs 0.3 KB gzipped.)
            if !crate::indicator::FINE {
                return None;
            }
            let prev = tree.last_ordinal(Key::of(m.style, m.raw));
            let continues = prev.is_some_and(|n| n + 1 == m.ordinal);
            let window = window.saturating_sub(to - rest.len());
            run_in_heading(rest, window, to, m, continues)?
        } else {
            // The marker read above is the one `read_heading` would read (same text, same
            // `allow_bare`): the title is read after it without parsing it again.
            heading_after_marker(rest, to, m)?
        };
        // Coordinated numerals (`一产。二、三产业…`): a numeral right after `二、` continues a list
        // of numbers, not a title.
        let coordinated = found.style == MarkerStyle::ChineseComma
            && found
                .title
                .starts_with(|c: char| crate::number::is_chinese_numeral_char(c));
        (!found.repaired && !coordinated).then_some((p, found))
    })
}

/// The longest run-in title kept, in characters: a topic (`金融、保险`), not a sentence.
const RUN_IN_TITLE: usize = 32;

/// Where a run-in title ends in `rest` (the text after a mid-line marker, `window` bytes of it
/// looked at), and where its body starts. A flattened 统计公报 or 年报 runs a section's title into
/// its first sentence with no 。 between (`七、金融、保险2020年末，全区…`, `一、总体情况2021年，…`):
/// the title ends before a year that opens the body's date adverbial (digits then 年) or at a run
/// of spaces (a lost line break): both `strong`; or at the first clause break (，,；：:), weaker
/// evidence. `None` when none comes within [`RUN_IN_TITLE`] characters.
fn run_in_title_end(rest: &str, window: usize) -> Option<(usize, usize, bool)> {
    let head = &rest[..window.min(rest.len())];
    let mut digits_from = None;
    for (i, c) in head.char_indices().take(RUN_IN_TITLE + 1) {
        if c.is_ascii_digit() || matches!(c, '０'..='９') {
            digits_from.get_or_insert(i);
            continue;
        }
        if let Some(d) = digits_from.take() {
            if c == '年' {
                return Some((d, d, true));
            }
        }
        if is_space(c) {
            return Some((i, head.len() - trim_start_spaces(&head[i..]).len(), true));
        }
        if matches!(c, '，' | ',' | '；' | '：' | ':') {
            return Some((i, i + c.len_utf8(), false));
        }
    }
    None
}

/// A mid-line heading whose title runs into its body with no sentence end within
/// [`MID_LINE_TITLE`] characters (a flattened report): the title cut at the run-in title's end
/// ([`run_in_title_end`]). A heading that continues a sequence already found on the page (`六、`
/// open, `七、` read) is evidence enough for any cut; a first item needs a strong one (a year
/// opening the body, or spaces).
fn run_in_heading<'a>(
    rest: &'a str,
    window: usize,
    line_end: usize,
    m: MarkerParts<'a>,
    continues: bool,
) -> Option<Found<'a>> {
    let (end, body, strong) = run_in_title_end(rest, window)?;
    let title = trim(&rest[..end]);
    if !(strong || continues) || title.chars().nth(1).is_none() {
        return None;
    }
    Some(Found {
        raw: m.raw,
        style: m.style,
        ordinal: Some(m.ordinal),
        title,
        title_end: line_end - rest.len() + body,
        inline_body: true,
        repaired: false,
        cut: false,
    })
}

/// A parenthesised marker glued to the end of a heading's title (`一、主要成效（一）加强领导。`)
/// that the ordinal sequence supports: where the title is cut and the glued heading starts.
fn glued_marker(
    text: &str,
    found: &Found,
    to: usize,
    tree: &Tree,
    seconds: &mut Option<Seconds>,
) -> Option<usize> {
    let start = found.title.as_ptr() as usize - text.as_ptr() as usize;
    let end = start + found.title.len();
    // Only within a title's usual length (40 CJK characters): a glued marker follows a short
    // title.
    let window = floor_char_boundary(text, (start + 40 * 3).min(end));
    memchr::memchr2_iter(b'(', 0xEF, &text.as_bytes()[start..window]).find_map(|i| {
        let p = start + i;
        if i == 0 || !text[p..to].starts_with(chars!['(', '（']) {
            return None;
        }
        let (_, m) = marker_parts(&text[p..to], false).ok()?;
        let style = m.style;
        (matches!(style, MarkerStyle::ParenChinese | MarkerStyle::ParenArabic)
            && supported(
                text,
                p,
                to,
                Key::of(style, m.raw),
                m.ordinal,
                tree,
                true,
                seconds,
            ))
        .then_some(p)
    })
}

#[cfg(test)]
mod quoted_tests {
    #[test]
    fn quoted_is_the_debug_form() {
        for s in [
            "1", "12", "一", "十二", "１２", "A", "(一)", "\"", "a\tb", "\u{300}", "", "⑳",
        ] {
            assert_eq!(super::quoted(s), format!("{s:?}"), "{s:?}");
        }
    }
}

#[cfg(test)]
mod width_tests {
    /// The definition: one column per ASCII character, two per other character.
    fn reference(s: &str) -> usize {
        s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
    }

    #[test]
    fn display_width_counts_columns_by_chunks() {
        let long = "依法行政ab，".repeat(40);
        for s in [
            "",
            "ab",
            "报告",
            "第1章",
            "é×😀",
            long.as_str(),
            &long[..63],
            &long[..64],
        ] {
            assert_eq!(super::display_width(s), reference(s), "{s}");
        }
    }
}

#[cfg(test)]
mod span_tests {
    use super::{fix_spans, LeafRef, OtherLeaf};
    use crate::model::*;
    use crate::span::Span;

    fn paragraph(at: usize) -> Block {
        Block::Paragraph(Paragraph {
            line: 1,
            span: Span::new(at, at),
            enumerations: Vec::new(),
        })
    }

    fn section(at: usize, blocks: Vec<Block>, children: Vec<Section>) -> Section {
        Section {
            heading: Heading {
                span: Span::new(at, at),
                ..Heading::default()
            },
            blocks,
            children,
        }
    }

    fn diagnostic(at: usize) -> Diagnostic {
        Diagnostic {
            kind: DiagnosticKind::BareMarker,
            span: Span::new(at, at),
            message: String::new(),
        }
    }

    /// Spans (start, end) of the nodes in walk order and of the diagnostics, the other leaves'
    /// next nodes, and the first leaf's start.
    type Fixed = (Vec<(usize, usize)>, Vec<(usize, usize)>, Vec<usize>, usize);

    /// What [`fix_spans`] gives the tree (see [`Fixed`]).
    fn fixed(
        others: &mut [OtherLeaf],
        mut preamble: Vec<Block>,
        mut sections: Vec<Section>,
        mut diagnostics: Vec<Diagnostic>,
    ) -> Fixed {
        let first = fix_spans(100, others, &mut preamble, &mut sections, &mut diagnostics);
        let r = Report {
            preamble,
            sections,
            ..Report::default()
        };
        let mut nodes: Vec<_> = r.preamble.iter().map(|b| b.span()).collect();
        fn walk(s: &Section, out: &mut Vec<Span>) {
            out.push(s.heading.span);
            out.extend(s.blocks.iter().map(|b| b.span()));
            for c in &s.children {
                walk(c, out);
            }
        }
        for s in &r.sections {
            walk(s, &mut nodes);
        }
        let pair = |s: &Span| (s.start, s.end);
        (
            nodes.iter().map(pair).collect(),
            diagnostics.iter().map(|d| pair(&d.span)).collect(),
            others.iter().map(|o| o.next_body).collect(),
            first,
        )
    }

    #[test]
    fn each_node_runs_to_the_next_leaf_in_text_order() {
        // Text of 100 bytes: title at 0, paragraph 10, heading 20 with paragraph 30 and a
        // subsection at 40 (paragraph 60), a metadata line at 50, heading 80.
        let others = || {
            vec![
                OtherLeaf::new(0, LeafRef::Title),
                OtherLeaf::new(50, LeafRef::Meta),
            ]
        };
        let tree = || {
            (
                vec![paragraph(10)],
                vec![
                    section(
                        20,
                        vec![paragraph(30)],
                        vec![section(
                            40,
                            vec![],
                            vec![section(45, vec![paragraph(60)], vec![])],
                        )],
                    ),
                    section(80, vec![], vec![]),
                ],
            )
        };
        // In order, and with the diagnostics out of order: the same spans.
        for at in [[5, 20, 40, 80], [40, 20, 5, 80]] {
            let mut o = others();
            let (preamble, sections) = tree();
            let diagnostics = at.iter().map(|&d| diagnostic(d)).collect();
            let (nodes, diags, next, first) = fixed(&mut o, preamble, sections, diagnostics);
            // The title comes first: the caller gives it 0.
            assert_eq!(first, 0);
            assert_eq!(
                nodes,
                [
                    (10, 20),
                    (20, 30),
                    (30, 40),
                    (40, 45),
                    (45, 50),
                    (60, 80),
                    (80, 100)
                ]
            );
            let want = |d: usize| match d {
                20 => (20, 30),
                40 => (40, 45),
                80 => (80, 100),
                // Not where a node starts: left alone.
                d => (d, d),
            };
            assert_eq!(diags, at.map(want));
            assert_eq!(next, [10, 60]);
        }
        // Without the title the first node starts at 0.
        let (preamble, sections) = tree();
        let (nodes, _, _, first) = fixed(&mut [], preamble, sections, vec![]);
        assert_eq!(first, 10);
        assert_eq!(nodes[0], (0, 20));
        assert_eq!(nodes[5], (60, 80));
    }

    #[test]
    fn a_tree_out_of_text_order_is_fixed_by_sorted_starts() {
        // A preamble paragraph at 90, after every heading (no tree the outline builds).
        let preamble = vec![paragraph(90)];
        let sections = vec![
            section(20, vec![paragraph(30)], vec![]),
            section(80, vec![], vec![]),
        ];
        let mut others = [OtherLeaf::new(50, LeafRef::Boilerplate)];
        let (nodes, diags, next, first) = fixed(
            &mut others,
            preamble,
            sections,
            vec![diagnostic(90), diagnostic(20)],
        );
        // Walk order: 90, 20, 30, 80; the first leaf (20) starts at 0.
        assert_eq!(nodes, [(90, 100), (0, 30), (30, 50), (80, 90)]);
        assert_eq!(diags, [(90, 100), (0, 30)]);
        assert_eq!(next, [80]);
        assert_eq!(first, 20);
        // Only other leaves: the first is the first leaf.
        let mut others = [
            OtherLeaf::new(5, LeafRef::Title),
            OtherLeaf::new(9, LeafRef::Meta),
        ];
        let (_, _, next, first) = fixed(&mut others, vec![], vec![], vec![]);
        assert_eq!((next, first), (vec![usize::MAX, usize::MAX], 5));
    }
}

// (The address block is read only with the `address` feature.)
#[cfg(all(test, feature = "address"))]
mod address_tests {
    use crate::model::{Block, Meta, Report};

    /// `(dateline, delivered, speaker, salutation)` of a report's metadata.
    fn block(m: &Meta) -> [Option<&str>; 4] {
        [
            m.dateline.as_deref(),
            m.delivered.as_deref(),
            m.speaker.as_deref(),
            m.salutation.as_deref(),
        ]
    }

    /// The 1-based lines that are metadata lines, and the lines of the preamble's paragraphs.
    fn lines_of(r: &Report) -> (Vec<usize>, Vec<usize>) {
        let meta = r.meta.lines.iter().map(|l| l.line).collect();
        let preamble = r
            .preamble
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.line,
                Block::Table(t) => t.line,
            })
            .collect();
        (meta, preamble)
    }

    /// Every byte in exactly one leaf, in order.
    fn lossless(text: &str, r: &Report) {
        let rebuilt: String = r.leaves().iter().map(|(_, s)| s.slice(text)).collect();
        assert_eq!(rebuilt, text);
    }

    #[test]
    fn bracketed_dateline_and_speaker_before_it() {
        let text = "某市政府工作报告\n\n市长 张三\n\n（二〇二四年一月十五日在某市第十届人民代表大会第二次会议上）\n\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、过去一年的工作\n全年新增就业1.2万人。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        let m = &r.meta;
        assert_eq!(
            block(m),
            [
                Some("二〇二四年一月十五日在某市第十届人民代表大会第二次会议上"),
                Some("2024-01-15"),
                Some("市长 张三"),
                Some("各位代表"),
            ]
        );
        // The speaker line, read as the title's second line before, is no part of the title.
        let title = r.title.as_ref().unwrap();
        assert_eq!(
            (title.text.as_str(), title.lines.clone()),
            ("某市政府工作报告", vec![1])
        );
        assert_eq!(lines_of(&r), (vec![3, 5, 7], vec![8]));
        assert_eq!(r.indicators.len(), 1);
    }

    #[test]
    fn speaker_on_the_dateline_and_a_spaced_name() {
        let text = "某县政府工作报告\n——2023年2月8日在某县第十七届人民代表大会第三次会议上  代县长  李 四\n各位代表、同志们：\n现在，我代表县人民政府向大会报告工作。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(
            block(&r.meta),
            [
                Some("2023年2月8日在某县第十七届人民代表大会第三次会议上"),
                Some("2023-02-08"),
                Some("代县长  李 四"),
                Some("各位代表、同志们"),
            ]
        );
        assert_eq!(r.meta.lines[0].fields.len(), 3);
        assert_eq!(lines_of(&r), (vec![2, 3], vec![4]));
    }

    #[test]
    fn wrapped_dateline_with_page_markers_and_a_comrade() {
        let text = "— 1 —\n某市人民代表大会常务委员会关于\n某项工作情况的报告\n——2024 年 8 月在某市第十六届人民代表大会\n\n— 2 —\n常务委员会第十次会议上\n王五同志\n主任、各位副主任、秘书长、各位委员:\n现在，我报告工作情况。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(
            block(&r.meta),
            [
                Some("2024 年 8 月在某市第十六届人民代表大会常务委员会第十次会议上"),
                None,
                Some("王五同志"),
                Some("主任、各位副主任、秘书长、各位委员"),
            ]
        );
        assert_eq!(lines_of(&r), (vec![4, 7, 8, 9], vec![10]));
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn an_outline_of_unmarked_part_titles_only() {
        let text = "某县2024年国民经济和社会发展统计公报\n某县统计局\n2025年3月\n农业生产\n全年粮食播种面积3.2万亩，总产量1.4万吨，增长2.1%。\n工业经济\n规模以上工业企业12家，实现产值8.6亿元，增长5.4%。\n财政收支\n一般公共预算收入1.1亿元，增长3.0%，支出2.3亿元。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        let heads: Vec<(usize, &str, &str)> = r
            .headings()
            .iter()
            .map(|h| (h.level, h.marker.raw.as_str(), h.title.as_str()))
            .collect();
        assert_eq!(
            heads,
            [
                (1, "", "农业生产"),
                (1, "", "工业经济"),
                (1, "", "财政收支")
            ]
        );
        // with a numbered outline the same lines are no parts of their own: subtitles under
        // the numbered heading (see `unmarked_subtitle`)
        let numbered = text.replace("农业生产\n", "一、农业生产\n");
        let levels: Vec<usize> = crate::parse(&numbered)
            .headings()
            .iter()
            .map(|h| h.level)
            .collect();
        assert_eq!(levels, [1, 2, 2]);
        // two such lines are no evidence
        let two = text.replace("财政收支\n", "");
        assert!(crate::parse(&two).headings().is_empty());
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn running_headers_and_footers_repeated_beside_page_numbers() {
        // a header after each page's number (a form feed before it) and a footer before it,
        // neither among the report's first lines
        let page = |n: usize| format!("某局办公室 印发\n— {n} —\n\u{c}某局〔2024〕6号\n");
        let text = format!(
            "某局2024年工作总结\n一、主要工作\n全年办结群众来信\n{}86件，回复率100%。\n二、下步打算\n继续做好来信办理\n{}工作。\n",
            page(1),
            page(2)
        );
        let r = crate::parse(&text);
        lossless(&text, &r);
        let chrome: Vec<&str> = r.boilerplate.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(chrome.len(), 6, "{chrome:?}");
        assert_eq!(
            r.indicators
                .iter()
                .map(|i| i.label.as_str())
                .collect::<Vec<_>>(),
            ["办结群众来信", "回复率"]
        );
        // once only: no evidence, the line stays text
        let once = format!("某局2024年工作总结\n一、主要工作\n全年办结群众来信86件。\n{}二、下步打算\n继续做好来信办理工作。\n", page(1));
        assert_eq!(crate::parse(&once).boilerplate.len(), 1);
    }

    #[test]
    fn bare_dateline_directly_under_the_title() {
        let text = "某省政府工作报告\n二〇一九年一月十四日在某省第十三届人民代表大会第二次会议上\n某省人民政府省长 钱七\n各位代表：\n现在报告工作。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(r.title.as_ref().unwrap().lines, vec![1]);
        assert_eq!(r.meta.delivered.as_deref(), Some("2019-01-14"));
        assert_eq!(lines_of(&r), (vec![2, 3, 4], vec![5]));
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn a_publication_table_and_a_document_number_above_the_title() {
        // A disclosure page's fields above the title, each after a bullet, two keys qualified by
        // a word (备注/文号, 公文生成日期); a document number alone on a line is the 文号, above
        // the title or under it.
        let text = "• 索 引 号：XA0001-0200-2030-00007\n• 备注/文号：某府〔2030〕7号\n• 发布机构：某县人民政府办公室\n• 公文生成日期：2030-01-09\n某县人民政府2029年政府信息公开工作年度报告\n时间：2030-01-09 16:20\n\n某府〔2030〕7号\n\n根据条例规定，现公布本年度报告。\n一、概述\n全年主动公开政府信息860条。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        let title = r.title.as_ref().map(|t| t.text.as_str());
        assert_eq!(title, Some("某县人民政府2029年政府信息公开工作年度报告"));
        assert_eq!(r.meta.source.as_deref(), Some("某县人民政府办公室"));
        assert_eq!(r.meta.published.as_deref(), Some("2030-01-09 16:20"));
        let numbers = r
            .meta
            .lines
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(|(k, _)| k == "文号")
            .count();
        assert_eq!(numbers, 2);
        let text = "某府办〔2030〕12号\n\n某县2029年法治政府建设年度报告\n\n一、主要举措\n全年办理行政复议案件45件。\n";
        let r = crate::parse(text);
        let title = r.title.as_ref().map(|t| t.text.as_str());
        assert_eq!(title, Some("某县2029年法治政府建设年度报告"));
        // After a field, a short line that names no report still opens the text.
        let text = "发布日期：2030-01-09\n工作动态\n全年主动公开政府信息860条。\n";
        assert!(crate::parse(text).title.is_none());
    }

    #[test]
    fn under_a_title_given_by_a_field_and_repeated() {
        let text = "标题：政府工作报告\n发文单位：某市人民政府\n正文：\n政府工作报告\n2010年1月26日在某市第十三届人民代表大会第三次会议上\n某市人民政府市长 赵六\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(r.meta.speaker.as_deref(), Some("某市人民政府市长 赵六"));
        assert_eq!(r.meta.delivered.as_deref(), Some("2010-01-26"));
        // The repeated title stays a paragraph, as before.
        assert_eq!(lines_of(&r), (vec![2, 5, 6, 7], vec![4, 8]));
    }

    #[test]
    fn a_bare_name_is_a_speaker_only_before_the_salutation() {
        let text = "某市政府工作报告\n——2025年1月21日在某市第十六届人民代表大会第六次会议上\n孙八\n各位代表：\n现在报告工作。\n";
        let r = crate::parse(text);
        assert_eq!(r.meta.speaker.as_deref(), Some("孙八"));
        let text = "某市政府工作报告\n——2025年1月21日在某市第十六届人民代表大会第六次会议上\n目录\n一、工作回顾\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(r.meta.speaker, None);
        assert_eq!(lines_of(&r), (vec![2], vec![3]));
    }

    #[test]
    fn speaker_before_the_dateline_under_metadata() {
        let text = "标题：政府工作报告\n发文单位：某市人民政府\n正文：\n某市人民政府市长 赵六\n——2012年1月6日在某市第十一届人民代表大会第五次会议上\n各位代表：\n现在报告工作。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(r.meta.speaker.as_deref(), Some("某市人民政府市长 赵六"));
        assert_eq!(r.meta.delivered.as_deref(), Some("2012-01-06"));
        assert_eq!(lines_of(&r), (vec![2, 4, 5, 6], vec![7]));
    }

    #[test]
    fn no_block_no_change() {
        // A dateline without a date, a dated line with no meeting, a block in the body, a
        // dateline with no title above it: all parse as before (paragraphs).
        for text in [
            "某市政府工作报告\n——在某市第十二届人民代表大会第五次会议上的政府工作报告\n各位代表：\n现在报告工作。\n",
            "某市政府工作报告\n——2024年1月15日\n各位代表：\n现在报告工作。\n",
            "某市政府工作报告\n现在报告工作。\n——2024年1月15日在某市第二次会议上\n市长 张三\n各位代表：\n",
            "——2024年1月15日在某市第二次会议上\n市长 张三\n各位代表：\n现在报告工作。\n",
            "某市政府工作报告\n2024年1月15日在某市第二次会议上，市长张三作报告。\n各位代表：\n",
        ] {
            let r = crate::parse(text);
            lossless(text, &r);
            assert_eq!(block(&r.meta), [None; 4], "{text}");
            assert!(r.meta.lines.is_empty(), "{text}");
        }
        // A salutation right under the title, with no dateline, is the salutation alone.
        let text = "某市政府工作报告\n各位代表：\n现在报告工作。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(block(&r.meta), [None, None, None, Some("各位代表")]);
        assert_eq!(lines_of(&r), (vec![2], vec![3]));
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn subtitles_led_by_a_decoration() {
        // a WeChat article's sub-titles under a numbered part, each led by a pictograph
        let text = "一、去年工作成效\n🔹农业基础稳固\n全年粮食总产量达到48.6万吨。\n🔹文旅市场回暖\n全年接待游客520万人次，旅游收入41.2亿元。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        let heads: Vec<(usize, &str)> = r
            .headings()
            .iter()
            .map(|h| (h.level, h.title.as_str()))
            .collect();
        assert_eq!(
            heads,
            [
                (1, "去年工作成效"),
                (2, "农业基础稳固"),
                (2, "文旅市场回暖")
            ]
        );
        // the sub-title is no part of the first label under it
        assert_eq!(r.indicators[0].label, "粮食总产量");
        assert_eq!(r.indicators[1].section, ["去年工作成效", "文旅市场回暖"]);
        // bulleted sentences and a list of short bulleted items are no sub-titles
        let items = "一、今年工作安排\n▶稳就业\n▶保民生\n▶新建城市公园3个，改造老旧小区12个。\n";
        assert_eq!(crate::parse(items).headings().len(), 1);
        // one decorated line is no evidence of the layout
        let one = text.replace("🔹文旅市场回暖", "文旅市场回暖");
        assert_eq!(crate::parse(&one).headings().len(), 1);
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn chrome_blocks_after_the_text() {
        let figures = |r: &crate::Report| -> Vec<String> {
            r.indicators.iter().map(|i| i.text.to_string()).collect()
        };
        // a WeChat article's end: the end mark, the editors, other articles, the tool bar
        let text = "某镇2025年工作总结\n一、主要成效\n全镇新修水渠14公里，新增就业岗位210个。\nEND\n责任编辑：陈亮　　审核：吴芳\n往期推荐\n突破50亿元！我镇3个项目集中开工\n全镇第2季度消费数据出炉，快来看看\n点赞　在看　转发\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(figures(&r), ["14公里", "210个"]);
        assert_eq!(r.meta.editor.as_deref(), Some("陈亮"));
        assert_eq!(r.boilerplate.len(), 5);
        // a page's related links after the signature and date: the closing is found above them
        let page = "某区民政局2025年工作总结\n一、工作成效\n全年发放救助金326万元。\n某区民政局\n2026年1月12日\n【打印本页】【关闭窗口】\n相关链接：\n某区民政局2024年工作总结\n某区民政局2023年工作总结\n";
        let r = crate::parse(page);
        let closing = r.closing.as_ref().expect("closing");
        assert_eq!(closing.signature.as_deref(), Some("某区民政局"));
        assert_eq!(closing.date.as_deref(), Some("2026年1月12日"));
        assert_eq!(figures(&r), ["326万元"]);
        // readers' comments after the text: whatever they say
        let news = "某镇2025年工作总结\n一、主要成效\n新建村级卫生室6个。\n网友评论（2）\n本地网友 2026-01-10 08:12\n家门口看病方便多了，排队只要10分钟！\n赞(7)\n";
        assert_eq!(figures(&crate::parse(news)), ["6个"]);
        // a head followed by the text's own sentences is no block of links
        let own = "某镇2025年工作总结\n一、主要成效\n新建村级卫生室6个。\n相关链接\n全镇新建文化广场3个，改造农贸市场2个。\n";
        assert_eq!(figures(&crate::parse(own)), ["6个", "3个", "2个"]);
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn a_wechat_header_and_a_byline_without_separators() {
        // the account's name, the header line, the tool bar, then the article's title
        let text = "白河融媒\n阅读原文　　来源：白河县农业农村局　　编辑：许晴　　2026-03-02 09:40　　发表于湖北\n分享　收藏　点赞\n喜报！白河县春播面积再创新高\n全县完成春播面积12.4万亩，同比增长3.1%。\n";
        let r = crate::parse(text);
        lossless(text, &r);
        assert_eq!(
            r.title.as_ref().map(|t| t.text.as_str()),
            Some("喜报！白河县春播面积再创新高")
        );
        assert_eq!(r.meta.published.as_deref(), Some("2026-03-02 09:40"));
        assert_eq!(r.meta.source.as_deref(), Some("白河县农业农村局"));
        assert_eq!(r.meta.editor.as_deref(), Some("许晴"));
        assert_eq!(r.indicators.len(), 2);
        // without the WeChat header the first line stays the title
        let plain = "白河县春播工作总结\n来源：白河县农业农村局\n全县完成春播面积12.4万亩。\n";
        assert_eq!(
            crate::parse(plain).title.as_ref().map(|t| t.text.as_str()),
            Some("白河县春播工作总结")
        );
        // a news page's byline of adjacent spans: the fields glued after a timestamp
        let news = "白河县2026年春耕工作会议召开\n2026-03-05 16:20来源：白河日报作者：记者 程远编辑：邱月\n会议部署春耕生产工作。\n";
        let m = crate::parse(news).meta;
        assert_eq!(m.published.as_deref(), Some("2026-03-05 16:20"));
        assert_eq!(m.source.as_deref(), Some("白河日报"));
        assert_eq!(m.author.as_deref(), Some("记者 程远"));
        assert_eq!(m.editor.as_deref(), Some("邱月"));
        // a sentence opening with a date is no byline
        assert!(crate::meta::meta_fields("2026-03-05 16:20召开会议，来源：略").is_none());
    }
}
