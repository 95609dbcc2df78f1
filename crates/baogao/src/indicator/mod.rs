//! Indicator phrases: every quantitative statement of a report, typed.
//!
//! The extractor scans the running text of a report (paragraphs, heading titles, table rows),
//! reads quantities with the [`quantity`](mod@quantity) grammar, drops what is not a quantity (years, dates,
//! ordinals, numbers inside quotes and 《》, document numbers, set phrases, articles such as
//! 一个地区…的), then types each one (change, percent, money, rate, range …), labels it, links
//! changes to their bases and 其中 parts to their totals, and places it in its section.
//!
//! ```
//! let found = baogao::indicators("同比分别上升15.4%、下降16.9%");
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[1].direction, Some(baogao::Direction::Down));
//! assert_eq!(found[1].basis.as_deref(), Some("同比"));
//! ```

mod basis;
mod boundary;
mod context;
mod counted;
mod label;
mod lexicon;
pub mod quantity;
mod regions;
mod traps;
pub mod unit;
mod words;

use crate::decimal::Decimal;
use crate::lines::Lines;
use crate::model::*;
use crate::span::Span;
use crate::text::{is_cjk, is_clause_punct, is_digit, is_space};
use boundary::{clause_start, sentence_start};
use context::Shielded;
use quantity::{quantity, Quantity};
use std::borrow::Cow;

/// A stretch of text to scan, with the heading path it belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Region {
    pub start: usize,
    pub end: usize,
    pub section: usize,
    /// Running text (a paragraph), which a wrapped next line may continue.
    pub paragraph: bool,
}

/// A PDF page marker line between two lines of one sentence: `\n— 7 —\n`, `\n- 7 -\n`,
/// `\r\n— 7 —\r\n`; with the finer readings (`FINE`) also the blank lines and form feeds
/// around it and the other ways of numbering a page (see [`page_gap_end`]).
pub(super) fn is_page_break(gap: &str) -> bool {
    one_page_line(gap) || FINE && is_page_gap(gap)
}

/// [`is_page_break`] in the small build: one marker line of digits between dashes.
#[inline(always)]
fn one_page_line(gap: &str) -> bool {
    // (Windows line ends too: `\r\n— 7 —\r\n`; the inner `\r` is trimmed below.)
    let Some(inner) = gap
        .strip_prefix('\n')
        .or_else(|| gap.strip_prefix("\r\n"))
        .and_then(|g| g.strip_suffix('\n'))
    else {
        return false;
    };
    let t = inner.trim_matches(|c: char| is_space(c) || matches!(c, '—' | '-' | '－' | '\r'));
    !t.is_empty()
        && t.len() <= 12
        && crate::text::char_len(t) <= 4
        && t.chars().all(is_digit)
        && inner.len() < 32
}

/// Whether `gap` (a line break, lines, a line break) is a page break of PDF text: see
/// [`page_gap_end`].
fn is_page_gap(gap: &str) -> bool {
    let k = usize::from(gap.starts_with('\r'));
    gap.as_bytes().get(k) == Some(&b'\n') && page_gap_end(gap, k) == Some(gap.len())
}

/// Where the page break of PDF text that starts at the line break at byte `k` of `s` ends: the
/// lines after the break are blank (spaces, `\r`, form feeds, which pdftotext puts at a page's
/// top) or a page's number line as the outline reads one (`— 7 —`, `- 7 -`, `第 7 页 共 12 页`,
/// `7/12`, `·7·`; see [`crate::meta::is_page_marker`]): one or two such number lines (a page's
/// foot and the next page's head), six lines at most; the break ends after the last of them. A
/// bare number alone on its line is no page's number here (it may be a table's cell).
///
/// ```text
/// page_gap_end("减\n\n— 5 —\n\n免金额", 3) == Some(17)
/// ```
pub(super) fn page_gap_end(s: &str, k: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut at = k + 1;
    let mut numbers = 0;
    for _ in 0..6 {
        let Some(j) = memchr::memchr(b'\n', &b[at..]).map(|j| at + j) else {
            break;
        };
        let line = s[at..j].trim_matches(|c: char| is_space(c) || matches!(c, '\r' | '\u{c}'));
        if !line.is_empty() {
            let number = line.len() <= 60
                && !line.bytes().all(|c| c.is_ascii_digit())
                && crate::meta::is_page_marker(line);
            if !number {
                break;
            }
            numbers += 1;
        }
        at = j + 1;
    }
    (1..=2).contains(&numbers).then_some(at)
}

/// Where a footnote mark that ends the text before `at` (`增长[41]`, `［3］`: digits in square
/// brackets) starts, or a bracketed aside that gives a figure of its own (`低于预期目标（6%左右）`:
/// the words before the figure at `at` go on past it); `at` when there is none.
#[inline(always)]
fn before_footnote_mark(text: &str, from: usize, at: usize) -> usize {
    // Most figures follow no bracket: the last byte tells (] or the BD that ends ］; the 89 that
    // ends ）, or `)`). (Asked twice of every figure and answered here nearly always: inlined,
    // the call cost as much as the test; the rest is not.)
    match text.as_bytes()[from..at].last() {
        Some(b']' | 0xbd) => footnote_mark_start(text, from, at),
        Some(b')' | 0x89) if FINE => aside_start(text, from, at),
        _ => at,
    }
}

/// Whether a figure stands alone in brackets (`低于预期目标（6%左右）0.2个百分点`): an aside, whose
/// label is no subject of the clause it stands in.
fn is_aside(text: &str, ind: &Indicator) -> bool {
    text[..ind.span.start].ends_with(chars!['（', '('])
        && text[ind.span.end..].starts_with(chars!['）', ')'])
}

/// Where a bracketed aside of a figure that ends the text before `at` starts (`（6%左右）`,
/// `(上年为3.2%)`: at most 12 characters, a digit in them); `at` when there is none.
fn aside_start(text: &str, from: usize, at: usize) -> usize {
    let s = &text[from..at];
    let Some((inner, open)) = s
        .strip_suffix('）')
        .map(|i| (i, '（'))
        .or_else(|| s.strip_suffix(')').map(|i| (i, '(')))
    else {
        return at;
    };
    // (The opening bracket within 12 characters: a bounded look back.)
    let lo = inner.char_indices().rev().nth(11).map_or(0, |(k, _)| k);
    match inner[lo..].rfind(open) {
        Some(k) => {
            let k = lo + k;
            let aside = &inner[k + open.len_utf8()..];
            if aside.contains(|c: char| c.is_ascii_digit()) && !aside.contains(chars!['（', '(']) {
                from + k
            } else {
                at
            }
        }
        None => at,
    }
}

/// [`before_footnote_mark`] when the words end with `]` or `］`.
fn footnote_mark_start(text: &str, from: usize, at: usize) -> usize {
    let s = &text[from..at];
    let Some(inner) = s.strip_suffix(']').or_else(|| s.strip_suffix('］')) else {
        return at;
    };
    let (len, n) = crate::text::trailing_digits(inner);
    let digits = &inner[..inner.len() - len];
    if n == 0 || n > 3 {
        return at;
    }
    match digits
        .strip_suffix('[')
        .or_else(|| digits.strip_suffix('［'))
    {
        Some(lead) => from + lead.len(),
        None => at,
    }
}

/// Where a dash that joins a noun to the figure at `at` starts (`工作报告-23篇`, see
/// [`is_dash_before_count`]); `at` when there is none. The dash is no part of the words.
#[inline]
fn before_dash(text: &str, from: usize, at: usize) -> usize {
    // Most figures follow no dash: the last byte tells (`-`, or the 8D that ends `－`).
    if !matches!(text.as_bytes()[..at].last(), Some(b'-' | 0x8d)) {
        return at;
    }
    let s = &text[from..at];
    match s.strip_suffix(chars!['-', '－']) {
        Some(lead) if lead.ends_with(crate::text::is_cjk) => from + lead.len(),
        _ => at,
    }
}

/// [`traps::is_trap`] on the words around the figure at `start..end` of region `r`, read without
/// their line breaks when PDF text wrapped inside them (`人大四次会⏎议`, `两个文⏎明`, `连⏎续10年`):
/// the traps read the words before and after a figure as written on one line. Asked only of a
/// region that holds a break (the scanner knows, once a region); without a break within 300
/// bytes of the figure the text is read as it is.
fn is_trap_across_wraps(text: &str, r: Span, start: usize, end: usize, q: &Quantity) -> bool {
    // A page's number line that a paragraph was read through (`— 7 —`, `1/4`, `第 3 页`): the
    // page's furniture, no figure of the text.
    if FINE && on_page_number_line(text, r, start, end) {
        return true;
    }
    // (From before the region too: the ordinal test looks at the 32 bytes before a figure
    // whatever the region.)
    let lo = crate::text::ceil_char_boundary(text, start.saturating_sub(300));
    let hi = crate::text::floor_char_boundary(text, (end + 300).min(r.end.max(end)));
    // (A break only inside the region: the one before it ends the paragraph before.)
    if memchr::memchr(b'\n', &text.as_bytes()[lo.max(r.start)..hi]).is_none() {
        return traps::is_trap(text, r.start, start, end, q);
    }
    let (joined, at) = label::unwrapped(&text[lo..hi], lo);
    traps::is_trap(&joined, at(r.start.max(lo)), at(start), at(end), q)
}

/// Whether the figure at `start..end` stands on a line of its own in region `r` (a line break on
/// both sides within the region) that is a page's number line (see
/// [`crate::meta::is_page_marker`]).
fn on_page_number_line(text: &str, r: Span, start: usize, end: usize) -> bool {
    // (A figure may run past its region: a unit read on the next line.)
    if start < r.start || end >= r.end {
        return false;
    }
    let b = text.as_bytes();
    let Some(open) = memchr::memrchr(b'\n', &b[r.start..start]).map(|k| r.start + k + 1) else {
        return false;
    };
    let Some(close) = memchr::memchr(b'\n', &b[end..r.end]).map(|k| end + k) else {
        return false;
    };
    close - open <= 60 && crate::meta::is_page_marker(&text[open..close])
}

/// Whether the paragraph ending at `end` runs on into the one starting at `next`: only a line break
/// between them (spaces before it allowed), and the first stops mid-sentence (no 。！？；： or
/// closing bracket at its end), as PDF text wraps its lines. A closing quote may end a sentence,
/// so after one the next line must go on with a figure's measure word (`新建“博士农场”⏎29家`,
/// not `2024年，…`).
fn is_wrapped(text: &str, end: usize, next: usize) -> bool {
    let gap = text[end..next].trim_start_matches(' ');
    if !(gap == "\n" || gap == "\r\n" || is_page_break(gap)) {
        return false;
    }
    // A table's or figure's caption (`表1  2022年末人口数及其构成`) and the unit line over a table
    // (`单位：万人`) are lines of their own, never the first half of a wrapped sentence.
    if FINE {
        let line = text[..end]
            .rfind('\n')
            .map_or(&text[..end], |k| &text[k + 1..end]);
        if is_caption_line(line.trim_start_matches(chars![' ', '\u{3000}'])) {
            return false;
        }
    }
    match text[..end].chars().next_back() {
        Some('”' | '」') => cfg!(feature = "hard-wraps") && opens_with_a_count(&text[next..]),
        _ => ends_mid_sentence(&text[..end]),
    }
}

/// Whether `line` is a caption or a table's unit line: 表 or 图 (or 附表, 续表) and its number, in
/// figures or Chinese numerals, then a space, a colon, 、 or a dot (`表1  …`, `图三：…`, `附表2、…`);
/// or `单位：` / `单位:` at its start.
fn is_caption_line(line: &str) -> bool {
    if line.starts_with("单位：") || line.starts_with("单位:") {
        return true;
    }
    let rest = ["附表", "续表", "表", "图"]
        .iter()
        .find_map(|w| line.strip_prefix(w));
    let Some(rest) = rest else { return false };
    let after =
        rest.trim_start_matches(|c: char| is_digit(c) || "一二三四五六七八九十".contains(c));
    after.len() < rest.len()
        && after
            .chars()
            .next()
            .is_some_and(|c| matches!(c, ' ' | '\u{3000}' | '：' | ':' | '、' | '.' | '．'))
}

/// Whether `s` stops mid-sentence: no 。！？；：… (or their half-width forms) or closing quote at
/// its end.
fn ends_mid_sentence(s: &str) -> bool {
    s.chars().next_back().is_some_and(|c| {
        !matches!(
            c,
            '。' | '！' | '？' | '；' | '：' | ':' | ';' | '!' | '?' | '…' | '”' | '」'
        )
    })
}

/// Whether `s` opens with a number in figures and a measure word that is no part of a date
/// (`29家`, `3.5万亩`; not `2024年`, `10月`).
fn opens_with_a_count(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| is_digit(c) || matches!(c, '.' | '．'));
    rest.len() < s.len()
        && rest
            .chars()
            .next()
            .is_some_and(|c| is_cjk(c) && !matches!(c, '年' | '月' | '日' | '号' | '时'))
}

/// Whether `b` starts with a full-width digit (`０`–`９`: EF BC 90–99).
#[inline]
fn is_wide_digit(b: &[u8]) -> bool {
    matches!(b, [0xef, 0xbc, 0x90..=0x99, ..])
}

/// A candidate before typing: where it stands and what was read.
struct Found<'a> {
    start: usize,
    end: usize,
    q: Quantity<'a>,
    before: Option<Approx>,
    /// The region's number in reading order, its bounds and its section path.
    region: usize,
    within: Span,
    section: SectionPath,
    /// Whether the region holds a line break (PDF text; always `false` without `hard-wraps`):
    /// the scanner asked for its traps, the labels ask again (see `label::Within`).
    wrapped: bool,
}

/// Whether the approximation word `w` at the end of the words before a figure is the end of a
/// word of its own with the character before it, `lead` (签约606座, 预约1200人次, 村规民约12部: no "about";
/// 最近3年, 附近2公里: no "nearly"). A closed class of two-character words.
fn ends_in_a_word(lead: &str, w: &str) -> bool {
    let before = |chars: &str| lead.ends_with(|c: char| chars.contains(c));
    match w {
        // (村规民约, 居民公约: 约 closes a noun after 规民 and 民公; 居民约280户 is "about".)
        "约" => {
            before("签预履违节契邀婚缔毁践赴誓聘盟")
                || FINE && (lead.ends_with("规民") || lead.ends_with("民公"))
        }
        "近" => before("最附邻靠亲就贴"),
        _ => false,
    }
}

const APPROX_BEFORE: &[&str] = &[
    // Limits a rule sets (`缴存比例不得超过12%`: a ceiling, not "more than").
    "不得超过",
    "不得高于",
    "不得低于",
    "不得少于",
    "将近",
    "接近",
    "大约",
    "不超过",
    "超过",
    "不到",
    "不足",
    "不少于",
    "不低于",
    "不高于",
    "不多于",
    // Comparisons that bound the figure after them (`覆盖率高于50%`, `少于10人`).
    "高于",
    "多于",
    "大于",
    "低于",
    "少于",
    "小于",
    "至少",
    "突破",
    // Thresholds crossed (`地区生产总值跨越5000亿元`): lower bounds like 突破.
    "跨越",
    "迈过",
    // Levels reached (`粮食产量跃上1.4万亿斤新台阶`): lower bounds like 跨越.
    "跃上",
    "迈上",
    "登上",
    "站上",
    "约",
    "近",
    "逾",
    "超",
    "达约",
];

/// 跨越, 迈过: verbs of crossing a threshold, a lower bound only before an amount of a scale
/// (`跨越5000亿元`); before a count they count the thresholds (`跨越两个千亿元台阶`).
fn is_threshold_verb(w: &str) -> bool {
    // (The verbs of a level reached: not in the small build, see `FINE`.)
    matches!(w, "跨越" | "迈过") || FINE && matches!(w, "跃上" | "迈上" | "登上" | "站上")
}

/// The verbs of crossing a threshold that take a bare magnitude with its unit elided
/// (`突破千亿`, `超百亿大关`): each a lower bound of [`APPROX_BEFORE`].
const THRESHOLD_VERBS: [&str; 6] = ["突破", "超过", "超", "逾", "跨越", "迈过"];

/// A bare magnitude in words after a verb of crossing a threshold (`地区生产总值突破千亿，`, see
/// [`quantity::threshold_magnitude`]): `lead` is the text before the numeral `s`. The verb becomes
/// the figure's lower bound as before any figure.
fn after_threshold_verb<'a>(lead: &str, s: &'a str) -> Option<Quantity<'a>> {
    // The verbs end with 破 超 过 逾 越 (last bytes B4 85 87 BE 8A), or PDF text spaces them off:
    // the last byte rules out most numerals that read as no quantity (统一, 一些).
    if !FINE
        || !matches!(
            lead.as_bytes(),
            [.., 0xb4 | 0x85 | 0x87 | 0xbe | 0x8a | b' ']
        )
    {
        return None;
    }
    let lead = lead.trim_end_matches(' ');
    if !THRESHOLD_VERBS.iter().any(|w| ends_with_word(lead, w)) {
        return None;
    }
    quantity::threshold_magnitude(s).or_else(|| {
        // (超过两年未收回: a span of time the finding lasted, after 超过, 超 or 逾 only.)
        ["超过", "超", "逾"]
            .iter()
            .any(|w| ends_with_word(lead, w))
            .then(|| quantity::duration_in_words(s))
            .flatten()
    })
}

/// 零 as the "to" figure of a fall (`贫困发生率由12.6%降至零`, `贫困人口减少到零。`): a falling verb
/// (its last character 降, 减, 少, 缩 or 低) and 至/到/为 before it, a clause's end after it. Elsewhere
/// 零 is a word's first character (零售, 零星, 零增长, 零容忍) or a digit inside a number. The
/// figure is 0 with no unit: a from–to takes the "from" figure's unit.
fn zero_after_fall<'a>(lead: &str, s: &'a str) -> Option<Quantity<'a>> {
    // (A finer reading: not in the small WebAssembly build, see `FINE`.)
    if !FINE {
        return None;
    }
    let after = s.strip_prefix('零')?;
    if !(after.is_empty() || after.starts_with(crate::text::is_clause_punct)) {
        return None;
    }
    let verb = lead.strip_suffix(chars!['至', '到', '为'])?;
    // (Or a measure stated as nil: `执行率为零`, `死亡人数为零`, `支出进度为零`.)
    let nil = lead.ends_with('为') && verb.ends_with(chars!['率', '数', '量', '额', '度', '例']);
    if !nil && !verb.ends_with(chars!['降', '减', '少', '缩', '低']) {
        return None;
    }
    Some(Quantity {
        len: '零'.len_utf8(),
        chinese: true,
        ..Quantity::default()
    })
}

/// The adverb of a lower bound that may stand apart from its figure, before the verb that takes
/// it (`该企业至少获利400万元`, `至少为不符合条件的271人办理`).
const AT_LEAST: &str = "至少";

/// How far before a figure, in bytes, [`AT_LEAST`] is looked for within its clause (eight
/// characters of a verb and its object's modifiers).
const AT_LEAST_REACH: usize = 30;

/// Whether the clause before a figure holds [`AT_LEAST`] apart from it (`至少获利400万元`): a
/// lower bound on the figure its verb takes, with no other figure between (`至少3家…新增5家` bounds
/// the 3). The word stays out of the figure's text, as the verb between does.
fn bound_adverb_apart(lead: &str) -> bool {
    let mut lo = lead.len().saturating_sub(AT_LEAST_REACH);
    while !lead.is_char_boundary(lo) {
        lo += 1;
    }
    let near = &lead[lo..];
    let Some(i) = near.rfind(AT_LEAST) else {
        return false;
    };
    let between = &near[i + AT_LEAST.len()..];
    !between.is_empty()
        && !between
            .chars()
            .any(|c| is_digit(c) || is_clause_punct(c) || c == '。' || c == '\n')
}

/// The last bytes of the words of [`APPROX_BEFORE`], built from the list: the words are tried
/// only before a figure whose preceding text ends with one of them.
static APPROX_ENDS: [bool; 256] = words::last_byte_table(APPROX_BEFORE);

/// `s.ends_with(w)`, with the last bytes compared first: the word lists tried at every
/// quantity (approximations, directions, bases) mostly fail on their last byte, which spares a
/// `memcmp` call per word.
///
/// ```text
/// ends_with_word("同比增长", "增长") == true;  ends_with_word("同比增长", "下降") == false
/// ```
#[inline]
fn ends_with_word(s: &str, w: &str) -> bool {
    s.as_bytes().last() == w.as_bytes().last() && s.ends_with(w)
}

/// `s.starts_with(w)`, with the third byte (the last of a CJK word's first character) compared
/// first, for the same reason as [`ends_with_word`]: word lists tried after a quantity (set
/// phrases, time and structure words) mostly fail on their first character.
///
/// ```text
/// starts_with_word("三个目标", "三个") == true;  starts_with_word("三个目标", "四个") == false
/// ```
#[inline]
fn starts_with_word(s: &str, w: &str) -> bool {
    let k = w.len().min(3).wrapping_sub(1);
    s.as_bytes().get(k) == w.as_bytes().get(k) && s.starts_with(w)
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Where a minus sign before the number at `at` starts: `-3.2%`, `−2%`, `－5件`, `负1.5亿元`. A
/// hyphen after a letter, digit or closing bracket joins a code or a range (`A-1`, `3-5`), not a sign.
fn sign_before(text: &str, from: usize, at: usize) -> Option<usize> {
    // Most numbers have none of the four signs before them: their last bytes tell, without
    // decoding the character.
    if !matches!(
        text.as_bytes()[from..at],
        [.., b'-'] | [.., 0xe2, 0x88, 0x92] | [.., 0xef, 0xbc, 0x8d] | [.., 0xe8, 0xb4, 0x9f]
    ) {
        return None;
    }
    let c = prev_char(&text[from..], at - from)?;
    if !matches!(c, '-' | '−' | '－' | '负') {
        return None;
    }
    let sign_at = at - c.len_utf8();
    let before = prev_char(&text[from..], sign_at - from);
    let joined = before.is_some_and(|b| {
        b.is_ascii_alphanumeric()
            || ('０'..='９').contains(&b)
            || matches!(b, ')' | '）' | '%' | '％' | '.' | '-')
            // 负 is a sign only as a word of its own: not the 负 of 负责, 负担 (those precede
            // no number), nor the last character of a word (`为企业减负58亿元`, 担负, 肩负).
            || (c == '负' && matches!(b, '减' | '担' | '肩' | '抱' | '胜' | '自' | '辜' | '欺'))
    });
    (!joined).then_some(sign_at)
}

/// The finer label readings (feature `fine-labels`, default; the small WebAssembly build leaves
/// them out for its size): a bare measure's owner across a change clause and a repeated group's
/// heads, a currency restatement past a change, 新增 after a stock, comparisons with another
/// figure, a date inside a label, 仅 before a share, a list of ordinals sharing a noun, a kind of
/// money named after the amount, the finer scope of 其中 and partitives (`N个X中，有M个`), an
/// amount after 每亩 as a rate, tenths (`七成`), bullets and run-in lead-ins out of labels, a 分别
/// clause distributing the list before it, a generic head after 的 (`政策法规类的信息`), and the
/// traps of percent-encoded addresses, `过亿元项目` classes and spaced clock times, the
/// structure ratio that reads like a clock time, and lists of from–to pairs merged into changes
/// (`从38家和52家分别增加到61家和77家`: [`merge_pair_lists`], 1.8 KB of the small module gzipped).
/// Without them those labels read as the words before the figure, and those figures as the
/// grammar alone reads them (a pair list stays its separate figures).
pub(crate) const FINE: bool = cfg!(feature = "fine-labels");

/// Measure words of things that are counted one by one: no count of them is negative.
const DISCRETE: &[&str] = &[
    "个", "件", "篇", "项", "家", "条", "次", "人", "名", "份", "起", "户", "所", "座", "批", "场",
    "部", "本", "张", "台", "辆", "艘", "处", "期", "期次", "篇次", "人次", "件次",
];

/// Whether the hyphen at `at` joins a noun to a count of discrete things (`工作报告-23篇`, a list of
/// categories with their counts), not a minus sign: no such count is negative, and a sign follows
/// a verb or a linking word (`减少－5件`, `为-3%`), not a noun.
fn is_dash_before_count(text: &str, from: usize, at: usize, q: &Quantity) -> bool {
    let before = &text[from..at];
    text[at..].starts_with(chars!['-', '－'])
        && q.unit.is_some_and(|u| DISCRETE.contains(&u))
        && before.ends_with(crate::text::is_cjk)
        && !lexicon::ends_with_verb(before)
        && !lexicon::ends_with_linking(before)
        && !UP.iter().chain(DOWN).any(|w| before.ends_with(w))
}

/// Whether the figure with unit that `before` ends at follows the acronym of an economic measure
/// (`拉低GDP1.5个百分点`, `CPI2.1%`): the measure's value, not a code (`G109`, `PM2.5`, `5G`). A
/// closed class.
fn after_measure_acronym(before: &str, q: &Quantity) -> bool {
    q.unit.is_some()
        && ["GDP", "CPI", "PPI", "PMI"].iter().any(|a| {
            before
                .strip_suffix(a)
                .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_alphanumeric()))
        })
}

/// How far after a 一 [`not_a_quantity`] looks for the 的 of an article (一个地区…的), in bytes.
const ARTICLE_WINDOW: usize = 300;

/// Whether the number at `start..end` (as read by `q`) is a date, year, ordinal or code; `signed`
/// when a minus sign stands before it (so the hyphen is not a code's).
/// Parts of a document that a bare number after them names (`附件2`, `表3`, `图4`, `专栏1`).
const DOCUMENT_PARTS: &[&str] = &[
    "附件", "附表", "附图", "附录", "表", "图", "专栏", "注", "栏",
];

/// Measures that are pure numbers, written with no unit: an index, a coefficient, a ratio of two
/// amounts (`空气质量综合指数4.463`, `基尼系数为0.46`, `城乡居民收入比为2.21`).
const DIMENSIONLESS: &[&str] = &["指数", "系数", "比值", "收入比", "之比", "性别比", "抚养比"];

/// Scores, stated as bare numbers as often as with 分 (`群众满意度为95.2`, `综合评分92.5`,
/// `MQI评定结果为80.1`): measures in their own terms, like [`DIMENSIONLESS`]. (The full build's.)
const SCORES: &[&str] = &["满意度", "评分", "得分", "评定结果", "测评结果", "考核结果"];

/// Rates that reports state per a unit of their own, as bare numbers (`亿元地区生产总值生产安全事故
/// 死亡率为0.048`, `万车死亡率1.2`): measures in their own terms, like [`DIMENSIONLESS`]. (The
/// full build's.)
const BARE_RATES: &[&str] = &["死亡率"];

/// How far back the words before a bare number are read for a [`DIMENSIONLESS`] measure (and as
/// far again for the opening of a bracketed gloss between the measure and its figure:
/// `性别比（以女性为100，男性对女性的比例）为104.53`).
const DIMENSIONLESS_REACH: usize = 48;

/// Whether the bare number at `at` is the value of a [`DIMENSIONLESS`] measure named right
/// before it, past a linking verb (`系数为0.46`), or the "to" figure of its change (`收入比由上年的
/// 2.25缩小为2.21`).
fn dimensionless_before(text: &str, from: usize, at: usize) -> bool {
    let mut lo = at.saturating_sub(DIMENSIONLESS_REACH).max(from);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    // (PDF text: `综合指数 4.81`, and a line wrapped right before the figure: `综合指数⏎4.81`.)
    let raw = if FINE {
        text[lo..at].trim_end_matches(chars![' ', '\n', '\r'])
    } else {
        text[lo..at].trim_end_matches(' ')
    };
    // Every measure of the list ends in 数, 比 or 值, and a from–to opens with 从 or 由: most bare
    // numbers (table cells, list numbers) have none of them before.
    if !raw.chars().any(|c| {
        matches!(c, '数' | '比' | '值')
            || (FINE && matches!(c, '从' | '由' | '度' | '分' | '果' | '率'))
    }) {
        return false;
    }
    // 收入比为2.21: the linking verb alone first (the general strip would take 比 with it).
    let mut linked = raw.strip_suffix(chars!['为', '是']).unwrap_or(raw);
    // 价格指数（上年=100）为102.1: the base the index is stated against, in brackets after it.
    if FINE && linked.ends_with(chars![')', '）']) {
        if let Some(open) = linked.rfind(chars!['(', '（']) {
            linked = &linked[..open];
        } else {
            // (A long gloss: its opening bracket stands before the words read.)
            let mut far = lo.saturating_sub(DIMENSIONLESS_REACH).max(from);
            while !text.is_char_boundary(far) {
                far += 1;
            }
            if let Some(open) = text[far..lo].rfind(chars!['(', '（']) {
                linked = &text[far..far + open];
            }
        }
    }
    if DIMENSIONLESS.iter().any(|m| linked.ends_with(m))
        || (FINE && SCORES.iter().any(|m| linked.ends_with(m)))
        || (FINE && BARE_RATES.iter().any(|m| linked.ends_with(m)))
    {
        return true;
    }
    let mut before = lexicon::strip_linking(raw);
    // 由A缩小为B: past the verb of change and the "from" figure to the measure.
    let verb = raw.strip_suffix(chars!['为', '至', '到']).and_then(|v| {
        UP.iter()
            .chain(DOWN)
            .chain(&["缩小", "扩大"])
            .find_map(|w| v.strip_suffix(w))
    });
    if let Some(v) = verb {
        let figure = v.trim_end_matches(|c: char| is_digit(c) || matches!(c, '.' | '．'));
        if figure.len() < v.len() {
            // 满意度从84.7提升至89.6, 收入倍差从1.96缩小至1.81: a change from one bare number to
            // another measures something in its own terms (a score, a multiple), whatever the
            // noun: the from–to frame is the evidence.
            if FINE && figure.ends_with(chars!['从', '由']) {
                return true;
            }
            before = lexicon::strip_linking(figure);
        }
    }
    if DIMENSIONLESS.iter().any(|m| before.ends_with(m)) {
        return true;
    }
    // 收入比值为1.92，比上年缩小0.04; 价格指数为100.6，其中城市100.5: the change of a measure in its
    // own terms stated in the clause before, or its parts after 其中: the figure continues that
    // measure. (The full build's, see `FINE`.)
    FINE && continues_dimensionless(raw)
}

/// Whether `raw` (the words before a bare number, at most [`DIMENSIONLESS_REACH`] bytes) holds a
/// [`DIMENSIONLESS`] measure stated with its figure in an earlier clause of the sentence, and the
/// clause of the number is its change (`，比上年缩小`) or one of its parts (`，其中城市`, `，农村`).
fn continues_dimensionless(raw: &str) -> bool {
    let Some((k, comma)) = raw
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ','))
    else {
        return false;
    };
    let (earlier, clause) = (&raw[..k], &raw[k + comma.len_utf8()..]);
    if earlier.contains(chars!['。', '；']) {
        return false;
    }
    let Some(m) = DIMENSIONLESS
        .iter()
        .chain(BARE_RATES)
        .filter_map(|m| earlier.rfind(m).map(|i| i + m.len()))
        .max()
    else {
        return false;
    };
    // The measure's own figure follows it (`为1.92`, `100.6`).
    let stated = earlier[m..]
        .trim_start_matches(chars!['为', '是'])
        .starts_with(|c: char| c.is_ascii_digit());
    let clause = clause.trim_start_matches(is_space);
    let change = UP
        .iter()
        .chain(DOWN)
        .chain(&["缩小", "扩大"])
        .any(|w| clause.ends_with(w));
    let part = clause.starts_with("其中") || PARTITIONS.iter().any(|p| clause.ends_with(p));
    stated && (change || part)
}

/// A rate of zero written without its percent sign (`行政诉讼败诉率为0`, `事故发生率是0`): a bare
/// 0 after a noun of rate (…率) and its linking verb is 0 %.
fn rate_of_zero(text: &str, from: usize, at: usize, q: &Quantity) -> bool {
    if !q.value.is_zero() || q.high.is_some() {
        return false;
    }
    let before = text[from..at].trim_end_matches(' ');
    let noun = before
        .strip_suffix("均为")
        .or_else(|| before.strip_suffix(chars!['为', '是']))
        .unwrap_or(before);
    noun.ends_with('率')
}

/// How far back a list of numbers is followed to its start (`第1、2、3条`).
const LIST_REACH: usize = 64;

/// Whether the number at `start`, after a list joint, is a later member of a list of ordinals
/// (`第1、2、3条`, `第4和5项`): the list's first member follows 第.
fn ordinal_list_member(text: &str, start: usize, prev: Option<char>) -> bool {
    if !prev.is_some_and(quantity::is_list_joint) {
        return false;
    }
    let from = start.saturating_sub(LIST_REACH);
    let head = &text[..start];
    let run = head
        .char_indices()
        .rev()
        .take_while(|&(i, c)| {
            i >= from && (is_digit(c) || matches!(c, '.' | '．') || quantity::is_list_joint(c))
        })
        .last()
        .map_or(start, |(i, _)| i);
    head[..run].ends_with('第')
}

fn not_a_quantity(text: &str, start: usize, end: usize, q: &Quantity, signed: bool) -> bool {
    let prev = prev_char(text, start).filter(|_| !signed);
    let after = &text[end..];
    // The end of the number's digits, points and separators (half- or full-width: ０–９ ． ，
    // are EF BC 90–99, 8E, 8C), read on bytes.
    let digits = &text.as_bytes()[start..end];
    let mut k = 0;
    loop {
        match digits[k..] {
            [b'0'..=b'9' | b'.' | b',', ..] => k += 1,
            [0xef, 0xbc, 0x90..=0x99 | 0x8e | 0x8c, ..] => k += 3,
            _ => break,
        }
    }
    let num_end = start + k;
    let after_num = &text[num_end..];
    if prev == Some('第')
        || ordinal_list_member(text, start, prev)
        || (prev.is_some_and(|c| {
            // (PM_2.5: the underscore of a subscript written out.)
            c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '/' | '_')
        }) && !after_measure_acronym(&text[..start], q))
        // 14:30:00: the minutes and seconds of a clock time already set aside.
        || (matches!(prev, Some(':' | '：'))
            && text[..start - prev.map_or(0, char::len_utf8)].ends_with(is_digit))
    {
        return true;
    }
    if q.ratio {
        // 6.2∶35.1∶58.7: the colons were read as a ratio's, not a time's (see `quantity`).
        return false;
    }
    // 16 : 20: a clock time spaced around its colon (PDF text), which `quantity` did not take
    // as a ratio; the number is its hours.
    if FINE
        && q.unit.is_none()
        && after_num.starts_with(' ')
        && after_num
            .trim_start_matches(' ')
            .starts_with(chars![':', '：'])
    {
        return true;
    }
    if !q.fraction
        && next_char(text, num_end).is_some_and(|c| {
            c.is_ascii_alphabetic() || matches!(c, '+' | '·' | ':' | '：' | '-' | '号' | '#' | '/')
        })
        && q.unit
            .is_none_or(|u| !u.contains('/') && !u.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        // 1+46, 12·4, 16:20, 2025-01-20, 1号令, 5G (but 30%~40% and 3-5个 were read as ranges)
        if q.high.is_none() {
            return true;
        }
    }
    if !q.chinese {
        let v = q.value.to_i128();
        let unit = q.unit.unwrap_or("");
        // Years: 2019年, 2019年度, 2021-2025年; months and days: 3月, 9日.
        if let Some(v) = v {
            if (1900..=2100).contains(&v)
                && (unit == "年"
                    || after_num.starts_with('年')
                    || q.high
                        .is_some_and(|h| h.to_i128().is_some_and(|h| (1900..=2100).contains(&h))))
            {
                return true;
            }
            // (Not days with a bound, a span of time: `不少于30日`, `不超过12日`, `30日以内`.)
            let bounded_days = FINE
                && unit == "日"
                && prev != Some('月')
                && [
                    "不少于",
                    "不超过",
                    "不多于",
                    "不低于",
                    "至少",
                    "最长",
                    "最多",
                ]
                .iter()
                .any(|w| text[..start].ends_with(w));
            if (unit == "月" && (1..=12).contains(&v))
                || ((unit == "日") && (1..=31).contains(&v) && !bounded_days)
            {
                return true;
            }
            if after_num.starts_with('月') || (prev == Some('月') && unit == "日") {
                return true;
            }
        }
        if q.unit.is_none() && q.multiplier.is_none() && !q.dimensionless && !q.fraction {
            // A bare number counts only before clause punctuation: 消防摩托车2、 预决算5,
            if q.decimal
                || !after.starts_with(|c: char| is_clause_punct(c) || matches!(c, ')' | '）'))
            {
                return true;
            }
            // (PDF text spaces the number from its noun: `消防摩托车 2、`.)
            let words = text[..start].trim_end_matches(' ');
            if !words.ends_with(is_cjk) {
                return true;
            }
            // 见附件2, 详见表3、图4: a number after the name of a part of the document refers to it.
            if DOCUMENT_PARTS.iter().any(|w| words.ends_with(w)) {
                return true;
            }
        }
    } else {
        // 一个地区…的重要标志, 一支高素质的队伍: an article, not a count.
        if q.is_one() {
            // Within ARTICLE_WINDOW bytes: an unbounded search to the clause end ran once per
            // 一 of a long unpunctuated line (一分之一分之一… was quadratic).
            let mut window = after.len().min(ARTICLE_WINDOW);
            while !after.is_char_boundary(window) {
                window -= 1;
            }
            let after = &after[..window];
            let clause_end = after
                .find(|c: char| is_clause_punct(c))
                .unwrap_or(after.len());
            if after[..clause_end].contains('的') {
                return true;
            }
            if q.unit.is_some_and(|u| u == "起" || u == "道" || u == "批")
                || after.starts_with('性')
            {
                return true;
            }
        }
        // 先后三轮: 后 after 先 is "successively", not "after".
        let successively = text[..start].ends_with("先后");
        if !successively
            && prev.is_some_and(|c| {
                matches!(
                    c,
                    '统' | '唯'
                        | '单'
                        | '万'
                        | '之'
                        | '星'
                        | '周'
                        | '初'
                        | '前'
                        | '后'
                        | '头'
                        | '这'
                        | '那'
                        | '每'
                        | '某'
                        | '同'
                        | '专'
                )
            })
        {
            return true;
        }
    }
    false
}

/// The quantities of the regions, in order, one at a time: candidates are typed as they are
/// found, so a report with a million numbers never holds a million untyped candidates.
struct Scanner<'a, 'r> {
    text: &'a str,
    regions: regions::Regions<'r>,
    /// The region being scanned, and the next byte to look at in it (absolute offset).
    region: usize,
    at: usize,
    skip_to: usize,
    /// Quote and bracket ranges of the current region, found on its first candidate.
    shield: Shielded,
    /// Where a quantity read across a line break ended (the next region starts after it).
    carry: usize,
    /// Whether a quantity was read across a line break into the next region, whose words its
    /// label may read (see [`Scanner::may_label_footnote_marks`]).
    read_past_region: bool,
    /// Whether a region (by index) holds a line break, asked once a region: the traps of a
    /// wrapped region read across its breaks (see `is_trap_across_wraps`).
    broken: Option<(usize, bool)>,
    /// Whether the region of that number holds [`AT_LEAST`] (see [`bound_adverb_apart`]): asked
    /// once a region, not before every figure.
    at_least: Option<(usize, bool)>,
}

impl<'a, 'r> Scanner<'a, 'r> {
    fn new(text: &'a str, regions: regions::Regions<'r>) -> Self {
        Scanner {
            text,
            at: regions.current().map_or(0, |r| r.start),
            regions,
            region: 0,
            skip_to: 0,
            shield: Shielded::default(),
            carry: 0,
            broken: None,
            at_least: None,
            read_past_region: false,
        }
    }

    /// Whether region `r` (the current one) holds [`AT_LEAST`]: searched once a region.
    fn region_holds_at_least(&mut self, r: Region) -> bool {
        match self.at_least {
            Some((k, held)) if k == self.region => held,
            _ => {
                // (One searcher for the run, as `fullwidth_bracket` keeps: one built per region
                // cost more than the search.)
                static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
                    std::sync::OnceLock::new();
                let held = FINDER
                    .get_or_init(|| memchr::memmem::Finder::new(AT_LEAST))
                    .find(&self.text.as_bytes()[r.start..r.end])
                    .is_some();
                self.at_least = Some((self.region, held));
                held
            }
        }
    }

    /// Whether a label of the quantities scanned so far may hold a footnote mark's opening `[`
    /// or `［`: one of their regions held one (see [`Shielded::saw_square_bracket`]), or a
    /// quantity was read into the next region and the text holds one. When false the labels
    /// need no footnote check, and the text no search for a bracket.
    fn may_label_footnote_marks(&self) -> bool {
        self.shield.saw_square_bracket()
            || (self.read_past_region
                && (memchr::memchr(b'[', self.text.as_bytes()).is_some()
                    || fullwidth_bracket().find(self.text.as_bytes()).is_some()))
    }
}

impl<'a> Iterator for Scanner<'a, '_> {
    type Item = Found<'a>;

    fn next(&mut self) -> Option<Found<'a>> {
        let text = self.text;
        while let Some(&r) = self.regions.current() {
            let bytes = text.as_bytes();
            while let Some((p, len)) = quantity::next_start(&bytes[..r.end], self.at) {
                self.at = p + len;
                if p < self.skip_to {
                    continue;
                }
                // Start of a numeral run only: a digit after a digit or a decimal point, a
                // numeral in words after a numeral in words of the region. Asked on the bytes:
                // the scan stops at every digit of a run.
                if p > 0 {
                    let after_digit = if len == 1 || is_wide_digit(&bytes[p..]) {
                        let b = &bytes[..p];
                        matches!(
                            b,
                            [.., b'0'..=b'9' | b'.'] | [.., 0xef, 0xbc, 0x8e | 0x90..=0x99]
                        )
                    } else {
                        // Every numeral in words is a three-byte character: the one before `p`
                        // is decoded only when it is three bytes long.
                        p > r.start
                            && match bytes[..p] {
                                [.., b0 @ 0xe0..=0xef, b1, b2] => char::from_u32(
                                    ((b0 as u32 & 0x0f) << 12)
                                        | ((b1 as u32 & 0x3f) << 6)
                                        | (b2 as u32 & 0x3f),
                                )
                                .is_some_and(crate::number::is_chinese_numeral_char),
                                _ => false,
                            }
                    };
                    if after_digit {
                        continue;
                    }
                }
                // The shield of a region is built on its first quantity, after the grammar, which
                // rejects most candidates (一 of 统一, 上 of 以上); once built it is asked first.
                let built = self.shield.is_of(r.start, r.end);
                if built && self.shield.contains(p) {
                    continue;
                }
                // (A `match`, not `or_else`: the closure moved the quantity, a few hundred
                // bytes, through one more copy.)
                // (零 after a fall is read first: the grammar reads a lone 零 as a word's.)
                let zero = zero_after_fall(&text[r.start..p], &text[p..r.end]);
                let fall_to_zero = zero.is_some();
                let mut q = match zero {
                    Some(q) => q,
                    None => match quantity(&text[p..r.end]) {
                        Some(q) => q,
                        None => match after_threshold_verb(&text[r.start..p], &text[p..r.end]) {
                            Some(q) => q,
                            None => continue,
                        },
                    },
                };
                // A figure alone on its line is a cell of a table printed a cell per line, not
                // the end of a wrapped sentence: its unit is not read on the next line
                // (`8.5` / `批发和零售业`).
                if cfg!(feature = "hard-wraps") && text[p..p + q.len].contains('\n') {
                    let line_start = text[r.start..p]
                        .rfind('\n')
                        .map_or(r.start, |i| r.start + i + 1);
                    if text[line_start..p].trim().is_empty() {
                        let line_end = p + text[p..].find(chars!['\r', '\n']).unwrap_or(0);
                        match quantity(&text[p..line_end]) {
                            Some(own) => q = own,
                            None => continue,
                        }
                    }
                }
                if !built && self.shield.of(text, r.start, r.end).contains(p) {
                    continue;
                }
                if p + q.len == r.end || mark_ends_line(&text[p + q.len..r.end]) {
                    // A number (`3.9`, `324 亿`) at the end of a line whose unit wrapped onto the
                    // next (PDF text), or a quantity whose unit or bound goes on there (`8.4个` /
                    // `百分点`, `5%` / `以上`), or that a ratio's colon or a rate's slash
                    // continues there (`17.7：` / `49：33.3`, `316元/` / `人·月`).
                    if let Some(next) = self.regions.following() {
                        let gap = &text[r.end..next.start];
                        if gap == "\n" || gap == "\r\n" || is_page_break(gap) {
                            if let Some(q2) = quantity(&text[p..next.end]) {
                                if p + q2.len > next.start {
                                    self.carry = p + q2.len;
                                    self.read_past_region = true;
                                    q = q2;
                                }
                            }
                        }
                    }
                }
                let end = p + q.len;
                let sign = sign_before(text, r.start, p);
                // (A dash stands apart like a sign: the figure is no code's part.)
                let dash = sign.is_some_and(|at| is_dash_before_count(text, r.start, at, &q));
                let sign = sign.filter(|_| !dash);
                if q.unit.is_none() && q.multiplier.is_none() && !q.chinese && !q.ratio {
                    q.dimensionless = dimensionless_before(text, r.start, p);
                    if rate_of_zero(text, r.start, p, &q) {
                        q.unit = Some("%");
                    }
                }
                let broken = cfg!(feature = "hard-wraps")
                    && match self.broken {
                        Some((k, b)) if k == self.region => b,
                        _ => {
                            let b = memchr::memchr(b'\n', &bytes[r.start..r.end]).is_some();
                            self.broken = Some((self.region, b));
                            b
                        }
                    };
                if !fall_to_zero
                    && (not_a_quantity(text, p, end, &q, sign.is_some() || dash)
                        || (if broken {
                            is_trap_across_wraps(text, Span::new(r.start, r.end), p, end, &q)
                        } else {
                            traps::is_trap(text, r.start, p, end, &q)
                        }))
                {
                    // The characters up to `end` start no other candidate (see `skip_to`): the
                    // scan resumes after them.
                    self.skip_to = end;
                    self.at = self.at.max(end);
                    continue;
                }
                let mut start = p;
                if let Some(at) = sign {
                    q.value = q.value.neg();
                    q.high = q.high.map(|h| h.neg());
                    start = at;
                }
                let mut before = None;
                // (PDF text spaces a figure from the words around it, `超 2300 万`, and may wrap
                // between the word and its figure: `突破⏎106万户`.)
                let lead = text[r.start..start].trim_end_matches(' ');
                let lead = match lead
                    .strip_suffix('\n')
                    .filter(|_| cfg!(feature = "hard-wraps"))
                {
                    Some(l) => l.strip_suffix('\r').unwrap_or(l).trim_end_matches(' '),
                    None => lead,
                };
                let wrap = start - r.start - lead.len();
                // Most figures follow no approximation word: one byte tells (see APPROX_ENDS).
                let words = match lead.as_bytes().last() {
                    Some(&b) if APPROX_ENDS[usize::from(b)] => APPROX_BEFORE,
                    _ => &[],
                };
                for w in words {
                    if ends_with_word(lead, w)
                        && !ends_in_a_word(&lead[..lead.len() - w.len()], w)
                        && (!FINE || !is_threshold_verb(w) || q.multiplier.is_some())
                    {
                        start -= w.len() + wrap;
                        before = Some(Approx {
                            word: (*w).into(),
                            position: ApproxPosition::Before,
                        });
                        break;
                    }
                }
                if FINE
                    && before.is_none()
                    && self.region_holds_at_least(r)
                    && bound_adverb_apart(lead)
                {
                    before = Some(Approx {
                        word: AT_LEAST.into(),
                        position: ApproxPosition::Before,
                    });
                }
                self.skip_to = end;
                self.at = self.at.max(end);
                return Some(Found {
                    start,
                    end,
                    q,
                    before,
                    region: self.region,
                    within: Span::new(r.start, r.end),
                    section: self.regions.path(),
                    wrapped: broken,
                });
            }
            self.region += 1;
            self.shield.leave_region();
            self.regions.advance();
            if let Some(next) = self.regions.current() {
                self.at = next.start;
                self.skip_to = next.start.max(self.carry);
            }
        }
        None
    }
}

/// Whether `rest` (what follows a quantity to the end of its line) is only a mark that goes on
/// onto the next line of PDF text: a ratio's colon, a rate's slash or a range's separator (with
/// `hard-wraps`).
fn mark_ends_line(rest: &str) -> bool {
    cfg!(feature = "hard-wraps")
        && matches!(
            rest,
            "：" | "∶" | ":" | "/" | "／" | "-" | "－" | "—" | "–" | "~" | "～" | "至" | "到"
        )
}

/// Verbs of a change upward. With the fiscal pairs 增收/增支 and 减收/减支 (`比上年增支3.1亿元`:
/// revenue or spending more or less than the basis).
pub(super) const UP: &[&str] = &[
    "上升", "增长", "增加", "增多", "提高", "提升", "上涨", "增产", "增收", "增支", "升值", "扩大",
    "调增", "上扬", "回升", "反弹", "攀升", "跃升", "上调", "递增", "加快", "增", "升",
];
/// Verbs of a change downward (see [`UP`]).
pub(super) const DOWN: &[&str] = &[
    "下降", "减少", "降低", "压缩", "缩短", "缩减", "缩小", "下滑", "回落", "减产", "减收", "减支",
    "贬值", "削减", "压减", "压降", "收窄", "调减", "核减", "下跌", "下调", "回调", "递减", "减",
    "精简", "放缓", "减缓", "放慢", "降", "缩",
];
/// Comparatives that say a figure is more or less than a basis before them (`比上年多12万人`,
/// `比全省平均水平高1.2个百分点`); longer words first.
const COMPARATIVES: &[(&str, Direction)] = &[
    ("高出", Direction::Up),
    ("超出", Direction::Up),
    ("多出", Direction::Up),
    ("低出", Direction::Down),
    ("多", Direction::Up),
    ("高", Direction::Up),
    ("快", Direction::Up),
    ("少", Direction::Down),
    ("低", Direction::Down),
    ("慢", Direction::Down),
    ("长", Direction::Up),
    ("短", Direction::Down),
];
/// Nouns of a target that name no measure (`提前完成90家的规划目标`, `完成目标值5件的72%`): the
/// target is that of the measure the sentence named before, whose name goes before them. A closed
/// class.
const TARGET_WORDS: [&str; 10] = [
    "目标",
    "规划目标",
    "目标值",
    "五年目标",
    "年度目标",
    "全年目标",
    "预期目标",
    "计划目标",
    // (A task or a requirement set as the target: `完成目标任务2.35万人的102.6%`, `高于55%的
    // 要求`.)
    "目标任务",
    "要求",
];

/// Words that say a higher level set a target (`省定`, `省下达`, `上级下达`): they qualify the
/// target word after them (`省下达目标任务`, `省定要求`) and name no measure of their own. A
/// closed class.
const SET_ABOVE: [&str; 12] = [
    "省定",
    "市定",
    "县定",
    "国定",
    "省下达",
    "市下达",
    "县下达",
    "省级下达",
    "市级下达",
    "上级下达",
    "国家下达",
    "上级",
];

/// The target word of `l` when `l` is one of [`TARGET_WORDS`], maybe after a word of
/// [`SET_ABOVE`] (`省下达目标任务` → 目标任务, `预期目标` → 预期目标).
fn target_word(l: &str) -> Option<&str> {
    let w = SET_ABOVE
        .iter()
        .find_map(|q| l.strip_prefix(q))
        .unwrap_or(l);
    TARGET_WORDS.contains(&w).then_some(w)
}

/// Whether `l` says only who set a target, after a linking verb (`控制在省定`, `高于市定`, `省定`):
/// the figure after it is the target of the measure the clause named before.
///
/// ```text
/// set_above_only("控制在省定") == true;  set_above_only("省定目标") == false
/// ```
fn set_above_only(l: &str) -> bool {
    SET_ABOVE.iter().any(|q| {
        l.strip_suffix(q)
            .is_some_and(|head| lexicon::strip_linking(head).is_empty())
    })
}

/// Whether the target word `l` is the noun of the figure at `span`: right after it with 的
/// (`90家的规划目标`) or right before it (`目标值5件`, `目标为90家`), not across a clause
/// (`接近10%的预期目标，高于全国增幅2个百分点`: the gap is no target).
fn names_target(text: &str, span: Span, l: &str) -> bool {
    text[span.end..]
        .strip_prefix('的')
        .is_some_and(|r| r.starts_with(l))
        || text[..span.start]
            .trim_end_matches(chars!['为', '是'])
            .strip_suffix(l)
            .is_some_and(|before| !compares(before))
}

/// Whether `after` (the text right after a figure) opens with 的 and a target word
/// (`的要求7个百分点`, `的预期目标`): the figure is that target's.
fn names_target_after(after: &str) -> bool {
    after
        .strip_prefix('的')
        .is_some_and(|r| TARGET_WORDS.iter().any(|w| r.starts_with(w)))
}

/// Whether the figure at `span` is the gap of a comparison with the target word `l` right
/// before it (`超过年度目标1.1个百分点`, `低于预期目标0.5个百分点`): the measure's, not the
/// target's.
fn compared_with_target(text: &str, span: Span, l: &str) -> bool {
    text[..span.start].strip_suffix(l).is_some_and(compares)
}

/// Whether `before` ends with a comparative verb or preposition (超过, 高于, 比 …).
fn compares(before: &str) -> bool {
    [
        "超过", "超出", "高于", "低于", "快于", "慢于", "多于", "少于", "比", "较",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Words of a gap to a target or of the pace it needs, left of a figure, that name no measure
/// (`距目标还差0.22个百分点`, `仍有3.1个百分点差距`, `需年均下降3.8%`, `提前达到62.5%的目标`): the
/// figure is the measure's that the sentence named before. A closed class.
const GAP_WORDS: [&str; 9] = [
    "距目标",
    "距目标还差",
    "距离目标",
    "还差",
    "差距",
    "差",
    "提前",
    "需年均",
    "需",
];

/// Words of a deviation from a basis, written with 偏 ("more … than normal") beside 偏多/偏少 and
/// 偏高/偏低 (which the comparatives 多, 少, 高, 低 read): 偏大/偏丰 say more (a flow, a runoff
/// larger or wetter than the basis), 偏小/偏枯 less (`径流量比常年偏枯12%`). The hydrological
/// reports' words of a change.
const DEVIATIONS: [(&str, Direction); 4] = [
    ("偏大", Direction::Up),
    ("偏丰", Direction::Up),
    ("偏小", Direction::Down),
    ("偏枯", Direction::Down),
];

/// A word of [`DEVIATIONS`] ending `s` right after a comparison basis (`比常年偏大`, `同比偏枯`):
/// where the word starts in `s`, and its direction. `None` without a basis before it (`偏大`
/// alone describes; it compares nothing).
///
/// ```text
/// deviation_after_basis("来水量比常年偏丰") == Some((15, Direction::Up))
/// ```
fn deviation_after_basis(s: &str) -> Option<(usize, Direction)> {
    let (b, dir) = DEVIATIONS
        .iter()
        .find_map(|(w, dir)| s.strip_suffix(w).map(|b| (b, *dir)))?;
    (basis::basis_before(b).is_some() || BASES.iter().any(|basis| ends_with_word(b, basis)))
        .then_some((b.len(), dir))
}

/// Verbs of a change in quality after a basis (`同比改善4.2%`): better is up, worse down.
const QUALITY_CHANGES: [(&str, Direction); 3] = [
    ("改善", Direction::Up),
    ("好转", Direction::Up),
    ("恶化", Direction::Down),
];
const BASES: &[&str] = &[
    // 同比去年增长6%: 同比 and its basis said twice over (before 同比, which it holds).
    "同比去年",
    "同比上年",
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "比上年同期",
    "较上年同期",
    "与上年相比",
    "与去年相比",
    "与上年",
    "与去年",
    "比2",
    "比２",
];

/// A 4096-bit filter over the last two bytes (low six bits of each) of the words of [`UP`] and
/// [`DOWN`], built from the lists: the words are tried only when the text ends with a byte pair
/// one of them ends with (most texts before a figure end otherwise).
static DIRECTION_ENDS: [u64; 64] = {
    let mut t = [0u64; 64];
    let lists: [&[&str]; 2] = [UP, DOWN];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let b = lists[l][i].as_bytes();
            let n = b.len();
            let key = ((b[n - 2] as usize & 0x3f) << 6) | (b[n - 1] as usize & 0x3f);
            t[key >> 6] |= 1 << (key & 63);
            i += 1;
        }
        l += 1;
    }
    t
};

/// Whether `s` may end with a word of [`UP`] or [`DOWN`] (see [`DIRECTION_ENDS`]).
fn may_end_direction(s: &str) -> bool {
    match s.as_bytes() {
        [.., a, b] => (DIRECTION_ENDS[usize::from(a & 0x3f)] >> (b & 0x3f)) & 1 == 1,
        _ => false,
    }
}

/// The direction verb right before `at` (allowing 了/分别 between), and whether 到/至/为 follows it
/// (a level reached, not an amount of change).
fn direction_before(
    text: &str,
    from: usize,
    at: usize,
) -> Option<(Option<Direction>, bool, usize)> {
    let s = &text[from..at];
    // PDF text wraps lines inside words (`比上年增` / `长 3.2%`, `新` / `增43万家`): the words
    // before the figure are read without the last line break when it falls within the last few
    // characters (and only so: `增` alone after a break is no verb of change when `新` ends the
    // line before).
    let tail = s.len().saturating_sub(WRAP_REACH);
    let Some(k) = s.as_bytes()[tail..]
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|k| tail + k)
    else {
        let (dir, to, verb) = direction_in(s)?;
        return Some((dir, to, from + verb));
    };
    let mut cut = if s[..k].ends_with('\r') { k - 1 } else { k };
    // A page's marker line between the two lines (`增⏎— 7 —⏎长`) goes with the break. (Its line
    // is shorter than 24 bytes: see `is_page_break`.)
    if cfg!(feature = "hard-wraps") {
        let lo = cut.saturating_sub(24);
        if let Some(p) = s.as_bytes()[lo..cut].iter().rposition(|&b| b == b'\n') {
            let p = lo + p;
            if is_page_break(&s[p..=k]) {
                cut = if s[..p].ends_with('\r') { p - 1 } else { p };
            }
        }
    }
    let joined = format!("{}{}", &s[..cut], &s[k + 1..]);
    let (dir, to, verb) = direction_in(&joined)?;
    let verb = if verb >= cut {
        verb + (k + 1 - cut)
    } else {
        verb
    };
    Some((dir, to, from + verb))
}

/// How near the figure a line break is taken for a wrap inside the verb of change (bytes).
const WRAP_REACH: usize = 16;

/// How far back from a figure [`may_say_change`] reads: the 42 bytes of
/// [`may_end_with_basis`], two more for a character cut there, and room for spaces.
const CHANGE_REACH: usize = 64;

/// Whether [`direction_before`] can find a change in the clause that ends at `at` (starting at or
/// after `from`), read from the last [`CHANGE_REACH`] bytes alone: `false` only when it finds none
/// whatever the clause start. `direction_in` answers `None` at once unless the words end with a
/// verb of change, one of a few characters, 相比, or hold 比/较/于 near their end; and the reading
/// across a wrapped line needs a line break in the last [`WRAP_REACH`] bytes. Every clause that
/// starts within the bytes read is a suffix of them and is judged by the same end; a clause that
/// starts before them has the same last bytes, so the test needs the trimmed words to be longer
/// than what `may_end_with_basis` reads. Most figures follow none of these, and then neither the
/// clause start nor the direction is looked for.
///
/// ```text
/// may_say_change("同比增长", 0, 12) == true;  may_say_change("全年共受理", 0, 15) == false
/// ```
fn may_say_change(text: &str, from: usize, at: usize) -> bool {
    let mut w = at.saturating_sub(CHANGE_REACH).max(from);
    while !text.is_char_boundary(w) {
        w += 1;
    }
    let s = &text[w..at];
    let tail = s.len().saturating_sub(WRAP_REACH);
    // (A fold, not `contains`: on 16 bytes a `memchr` call costs more than the compares.)
    if s.as_bytes()[tail..]
        .iter()
        .fold(false, |found, &b| found | (b == b'\n'))
    {
        return true;
    }
    let t = label::trim_end_spaces(s);
    if w > from && t.len() < CHANGE_REACH - 16 {
        // Spaces took the room the tests below read: the whole clause decides.
        return true;
    }
    may_end_direction(t)
        || t.chars().next_back().is_some_and(|c| {
            matches!(
                c,
                '的' | '到' | '至' | '为' | '了' | '多' | '少' | '高' | '低' | '出' | '快' | '慢'
            )
        })
        || t.ends_with("相比")
        || may_end_with_basis(t)
}

/// [`direction_before`] on the words `s` right before a figure: the direction, whether the verb
/// takes a "to" figure (到, 至, 为), and where the verb starts in `s`.
fn direction_in(s: &str) -> Option<(Option<Direction>, bool, usize)> {
    let from = 0;
    let mut s = s.trim_end_matches(is_space);
    // 同比改善4.2%, 较上年恶化1.1个百分点: a verb of quality after a basis is a change of the
    // measure before (an index that improves may fall: the direction is the verb's, better or
    // worse). Without a basis the verb takes an object (`改善提升老旧小区35个`).
    if FINE && s.ends_with(chars!['善', '转', '化']) {
        if let Some((b, dir)) = QUALITY_CHANGES
            .iter()
            .find_map(|(w, dir)| s.strip_suffix(w).map(|b| (b, *dir)))
        {
            if BASES.iter().any(|basis| ends_with_word(b, basis)) {
                return Some((Some(dir), false, from + b.len()));
            }
        }
    }
    // 比常年偏大8.1%, 较上年偏枯12%: a deviation from a basis (see `DEVIATIONS`).
    if FINE && s.ends_with(chars!['大', '小', '丰', '枯']) {
        if let Some((b, dir)) = deviation_after_basis(s) {
            return Some((Some(dir), false, from + b));
        }
    }
    // Every reading below needs the words to end with a verb of UP/DOWN (see DIRECTION_ENDS)
    // or with one of these characters: most clauses before a figure end otherwise.
    if !may_end_direction(s)
        && !s.chars().next_back().is_some_and(|c| {
            matches!(
                c,
                '的' | '到' | '至' | '为' | '了' | '多' | '少' | '高' | '低' | '出' | '快' | '慢'
            )
        })
    {
        // 高于全省平均水平2个百分点: a comparative leading its basis, right before the figure.
        if !s.ends_with("相比") && !may_end_with_basis(s) {
            return None;
        }
        return basis::basis_before(s)
            .and_then(|k| basis::comparative_direction(&s[k..]))
            .map(|dir| (Some(dir), false, from + s.len()));
    }
    // 增长到2025年的8.4万元: a time phrase between the verb and its figure.
    if let Some(t) = s.strip_suffix('的') {
        // (PDF text: `增长到 2022 年的`.)
        if let Some(d) =
            crate::text::strip_year_suffix(t.trim_end_matches(chars!['年', '底', '末']))
        {
            s = d.trim_end_matches(is_space);
        }
    }
    // 增加到年末的2380亿元, 下降到期末2.1%: a period's end named without its year.
    if FINE {
        let t = s.strip_suffix('的').unwrap_or(s);
        if let Some(d) = ["年末", "年底", "期末", "月末", "季末"]
            .iter()
            .find_map(|p| t.strip_suffix(p))
            .map(|d| d.strip_suffix(chars!['本', '当']).unwrap_or(d))
            .filter(|d| d.ends_with(chars!['到', '至', '为']))
        {
            s = d;
        }
    }
    let mut to = false;
    for w in ["到", "至", "为"] {
        if let Some(r) = s.strip_suffix(w) {
            s = r;
            to = true;
            break;
        }
    }
    // 扩大了22个县的权限: 扩大 with 了 takes an object (the count is in it), not a figure.
    let perfective = s.ends_with('了');
    s = s.trim_end_matches('了');
    // 比上年多12万人, 较去年少3家: more or fewer than a basis of the list.
    for (w, dir) in COMPARATIVES {
        if let Some(b) = s.strip_suffix(w) {
            if BASES.iter().any(|basis| ends_with_word(b, basis)) {
                return Some((Some(*dir), to, from + b.len()));
            }
        }
    }
    // 比上年少增5.6个百分点: a smaller increase is a fall of the rate (少减, a smaller decrease,
    // a rise).
    if FINE {
        for (w, dir) in [("少增", Direction::Down), ("少减", Direction::Up)] {
            if ends_with_word(s, w) {
                return Some((Some(dir), to, from + s.len() - w.len()));
            }
        }
    }
    for (words, dir) in [(UP, Direction::Up), (DOWN, Direction::Down)] {
        if !may_end_direction(s) {
            break;
        }
        for w in words {
            // (The word first: what follows is read only of the verb the words end with.)
            if !ends_with_word(s, w) {
                continue;
            }
            // 新增500亿元, 新增加1名: an amount newly added, not an increase.
            let added =
                (*w == "增" && s.ends_with("新增")) || (*w == "增加" && s.ends_with("新增加"));
            // 比2021年新增1513个: with a basis right before it, what is newly added is the
            // change from that basis.
            let after_basis = added
                && FINE
                && s.strip_suffix(if *w == "增" { "新增" } else { "新增加" })
                    .is_some_and(|b| basis::basis_before(b).is_some());
            if (added && !after_basis) || (perfective && *w == "扩大") {
                continue;
            }
            // 较年初净增6800户: 净 ("net") is part of the verb, not of the basis before it; so
            // is the 新 of 比上年新增.
            let verb = s.len() - w.len();
            let verb = if s[..verb].ends_with('净') {
                verb - '净'.len_utf8()
            } else if after_basis {
                verb - '新'.len_utf8()
            } else {
                verb
            };
            return Some((Some(dir), to, from + verb));
        }
    }
    // 比全省高1.2个百分点, 较计划超出6亿元: more or less than a basis read as a phrase, right
    // before the comparative (after the verbs of change: 较上年减少 is 减少, not 少).
    for (w, dir) in COMPARATIVES {
        if let Some(b) = s.strip_suffix(w) {
            // 比常年偏高0.6℃, 较常年偏少1成: 偏 ("more … than normal") is the comparative's
            // adverb, no part of the basis.
            let b = match b.strip_suffix('偏') {
                Some(head) if FINE => head,
                _ => b,
            };
            if basis::basis_before(b).is_some()
                && !b.ends_with(chars!['增', '减', '降', '升', '涨'])
            {
                return Some((Some(*dir), to, from + b.len()));
            }
        }
    }
    // 提高视频解读比例至30%, 将审批时限压缩到5天: the verb of change opens the clause and its
    // object (what changes) stands between it and 至/到.
    if to {
        if let Some((dir, verb)) = leading_change_verb(s) {
            return Some((Some(dir), to, from + verb));
        }
    }
    // 由A发展到B, 从A调整为B: a change whose direction the two figures tell (only with 由/从).
    if to {
        for w in NEUTRAL {
            if ends_with_word(s, w) {
                return Some((None, to, from + s.len() - w.len()));
            }
        }
    }
    None
}

/// A percent that a verb of change takes after its object (`压减会议文件数量15%`,
/// `降低企业用电成本12%`): the figure is the change of the object, the verb opens the clause (see
/// [`leading_change_verb`]). Not when the object ends in a linking word (`增长幅度为15%`) or is a
/// measure of the change itself (`增长速度`, `增长率`: the verb is a word's part there). The
/// direction and where the verb stands.
fn verb_first_change(text: &str, from: usize, at: usize) -> Option<(Direction, usize)> {
    let cs = clause_start(text, from, at);
    let s = &text[cs..at];
    let (dir, verb) = leading_change_verb(s)?;
    let object = s[verb..].get(6..)?;
    let measure = ["速度", "幅度", "率", "比例", "比重", "水平", "值", "量"];
    let linked = [
        '为', '达', '是', '在', '到', '至', '占', '了', '约', '近', '超',
    ];
    (!measure.iter().any(|m| object.starts_with(m)) && !object.ends_with(linked))
        .then_some((dir, cs + verb))
}

/// A two-character verb of change at the start of a clause (after 将, 把, 进一步, 力争 …) whose
/// object runs to the end of `s`: its direction and where it stands (`提高普及率` → up, 0).
fn leading_change_verb(s: &str) -> Option<(Direction, usize)> {
    let mut t = s.trim_start_matches(|c: char| is_space(c) || is_clause_punct(c));
    for w in [
        "力争",
        "确保",
        "争取",
        "进一步",
        "持续",
        "继续",
        "逐步",
        "全面",
        "大力",
        "有效",
        "切实",
        "稳步",
        "不断",
        "将",
        "把",
    ] {
        t = t.strip_prefix(w).unwrap_or(t);
    }
    let at = s.len() - t.len();
    for (words, dir) in [(UP, Direction::Up), (DOWN, Direction::Down)] {
        for w in words.iter().filter(|w| w.len() == 6) {
            if let Some(object) = t.strip_prefix(w) {
                let n = object.chars().count();
                if (2..=16).contains(&n) && object.chars().all(|c| is_cjk(c) || c == '、') {
                    return Some((dir, at));
                }
            }
        }
    }
    None
}

/// `s` without the adverbs that may stand between a basis and its verb of change
/// (`比上年分别增长`, `较去年均下降`, `比上年多增`).
fn strip_adverbs_of_change(s: &str) -> &str {
    let mut s = s.trim_end_matches(is_space);
    while let Some(r) = [
        "分别", "均", "都", "也", "又", "再", "还", "略有", "有所", "多", "少",
    ]
    .iter()
    .find_map(|w| s.strip_suffix(w))
    {
        s = r;
    }
    s
}

/// Whether `s` holds 比, 较 or 与 (the words every basis of [`BASES`] has): one `memchr3` for
/// their last UTF-8 bytes (E6 AF 94, E8 BE 83, E4 B8 8E), each hit checked, instead of decoding
/// every character of the sentence.
fn has_comparison_word(s: &str) -> bool {
    holds_one_of(s.as_bytes(), [BI, JIAO, [0xe4, 0xb8, 0x8e]])
}

/// The UTF-8 bytes of 比 and 较, which [`has_comparison_word`] and [`may_end_with_basis`] look for.
const BI: [u8; 3] = [0xe6, 0xaf, 0x94];
const JIAO: [u8; 3] = [0xe8, 0xbe, 0x83];
/// The UTF-8 bytes of 折 and 合, one of which every verb of conversion holds (see
/// [`is_conversion`]).
const ZHE: [u8; 3] = [0xe6, 0x8a, 0x98];
const HE: [u8; 3] = [0xe5, 0x90, 0x88];

/// Whether the UTF-8 bytes `b` hold one of three three-byte characters: one `memchr3` for their
/// last bytes, each hit checked, instead of decoding every character.
fn holds_one_of(b: &[u8], chars: [[u8; 3]; 3]) -> bool {
    memchr::memchr3_iter(chars[0][2], chars[1][2], chars[2][2], b)
        .any(|i| i >= 2 && chars.contains(&[b[i - 2], b[i - 1], b[i]]))
}

/// Whether the clause of a change states an average rate over years (`两年平均增长6.3%`,
/// `年均增长`): a measure of its own, not compared with the basis another clause names.
fn averages_over_years(clause: &str) -> bool {
    // (Both words hold 均: one search for the character first.)
    clause.contains('均') && (clause.contains("年平均") || clause.contains("年均"))
}

/// Whether `s` may end with a basis that [`basis::basis_before`] reads without 相比: such a basis
/// starts at 比, 较 or the 于 of a comparative within the last 14 characters (at most
/// `MAX_OBJECT` + 1 of them are read, each CJK or ASCII, so at most 42 bytes). One block of
/// compares over that tail's bytes (see [`ends_near_with`]).
///
/// ```text
/// may_end_with_basis("高于全省平均水平") == true;  may_end_with_basis("全年共受理") == false
/// ```
fn may_end_with_basis(s: &str) -> bool {
    let b = s.as_bytes();
    // A character whose last byte lies in the last 42 bytes counts: start two bytes earlier.
    let tail = b.len().saturating_sub(42).saturating_sub(2);
    ends_near_with(b, tail, [BI, JIAO, [0xe4, 0xba, 0x8e]])
}

/// Whether a character that starts at or after byte `from` of the UTF-8 bytes `b` is one of three
/// three-byte characters: `holds_one_of(&b[from..], chars)`, for the short words before a figure
/// or between two. In UTF-8 a character's three bytes occur nowhere but as that character (a lead
/// byte E0–EF is never a continuation byte), so a match of the three bytes at any position is one
/// of the characters. The bytes are read in blocks of 48 positions (see [`holds_at_block`]),
/// compares the compiler makes into vector instructions with no branch per byte: on the 44 bytes
/// before a figure, half the cost of a walk back a character at a time, each compared when its
/// last byte is one of theirs.
///
/// ```text
/// ends_near_with("比上年".as_bytes(), 0, [BI, JIAO, YU]) == true
/// ends_near_with("比上年".as_bytes(), 1, [BI, JIAO, YU]) == false
/// ```
#[cfg(not(target_arch = "wasm32"))]
fn ends_near_with(b: &[u8], from: usize, chars: [[u8; 3]; 3]) -> bool {
    let s = b.get(from..).unwrap_or_default();
    let mut at = 0;
    while at < s.len() {
        // A block's last two positions read two bytes past it: copied with the block, and zero
        // beyond the end (no character's byte is zero).
        let mut block = [0u8; 50];
        let n = (s.len() - at).min(50);
        block[..n].copy_from_slice(&s[at..at + n]);
        if holds_at_block(&block, chars) {
            return true;
        }
        at += 48;
    }
    false
}

/// [`ends_near_with`] in the WebAssembly module, built without vector instructions: there the
/// blocks cost as much as the walk and add code (the small module's size budget), so the bytes are
/// walked back a character at a time (see [`ends_near_with_walk`]).
#[cfg(target_arch = "wasm32")]
fn ends_near_with(b: &[u8], from: usize, chars: [[u8; 3]; 3]) -> bool {
    ends_near_with_walk(b, from, chars)
}

/// [`ends_near_with`] by a walk back from the end a character at a time, each compared only when
/// its last byte is one of theirs: the WebAssembly module's reading, compiled natively for the
/// tests that hold it equal to the block compares.
#[cfg(any(target_arch = "wasm32", test))]
fn ends_near_with_walk(b: &[u8], from: usize, chars: [[u8; 3]; 3]) -> bool {
    let last_bytes = chars.iter().fold(0u64, |m, c| m | 1 << (c[2] & 63));
    let mut rest = b;
    while rest.len() >= from + 3 {
        match rest {
            &[.., p, q, x] if (0xe0..0xf0).contains(&p) => {
                if (last_bytes >> (x & 63)) & 1 == 1 && chars.contains(&[p, q, x]) {
                    return true;
                }
                rest = &rest[..rest.len() - 3];
            }
            [before @ .., _] => rest = before,
            [] => break,
        }
    }
    false
}

/// Whether one of the three-byte sequences `chars` starts at one of the first 48 positions of
/// `block`: every position compared with every sequence, without stopping early, so that the
/// loop becomes a few vector compares.
#[cfg(not(target_arch = "wasm32"))]
fn holds_at_block(block: &[u8; 50], chars: [[u8; 3]; 3]) -> bool {
    let mut hit = false;
    for i in 0..48 {
        for c in &chars {
            hit |= (block[i] == c[0]) & (block[i + 1] == c[1]) & (block[i + 2] == c[2]);
        }
    }
    hit
}

/// A basis that names a year (`比2005年`, `比2020年同期`) written out whole; `found` is the basis
/// word matched in `sentence` (`比2`).
fn year_basis<'a>(sentence: &'a str, found: &str) -> Option<&'a str> {
    if found != "比2" && found != "比２" {
        return None;
    }
    let at = sentence.find(found)?;
    let rest = &sentence[at + '比'.len_utf8()..];
    let (digits, _) = crate::text::leading_digits(rest);
    let after = &rest[digits..];
    let tail = ["年同期", "年末", "年底", "年"]
        .iter()
        .find(|t| after.starts_with(*t))?;
    Some(&sentence[at..at + '比'.len_utf8() + digits + tail.len()])
}

/// Verbs of change that do not say which way (`由21.5万辆发展到72万辆`).
/// 扩大/拓展 (`由14平方公里扩大到130平方公里`) too: as transitive verbs (`扩大了22个县的权限`) they
/// take an object, so they say a change only with 由/从 and 到.
/// Whether `right` (the words after a figure) opens with a verb of change followed by 到/至/为
/// (`调整为…`, `增长到…`): the figure is the "from" of a from–to, labelled by what precedes it.
pub(super) fn opens_change_to(right: &str) -> bool {
    UP.iter().chain(DOWN).chain(NEUTRAL).any(|w| {
        right
            .strip_prefix(w)
            .is_some_and(|r| r.starts_with(chars!['到', '至', '为']))
    })
}

const NEUTRAL: &[&str] = &[
    "发展", "变化", "调整", "变", "达", "扩大", "拓展", "扩展", "合并", "整合", "重组", "归并",
];

/// What may stand between 由/从 and the "from" figure: nothing, or a time phrase (`上年`, `前年末`,
/// `2020年的`, `上年同期`).
fn is_time_lead(s: &str) -> bool {
    let s = s.trim_matches(is_space).trim_end_matches('的');
    let s = ["同期", "末", "底", "初"]
        .iter()
        .find_map(|t| s.strip_suffix(t))
        .unwrap_or(s);
    s.is_empty()
        // A per-unit qualifier: 由每人50元提高到100元, 从每人每月100元提高到120元.
        || is_per_units(s)
        || matches!(s, "上年" | "去年" | "前年" | "年" | "本年" | "今年" | "期")
        // (PDF text: `由 2005 年的 21.5 万辆…`.)
        || crate::text::strip_year_prefix(s) == Some("年")
}

/// A "from" figure written as a bare number right after 由/从 and right before the verb of change
/// at `verb_at` (`标准从700提高至900元`: the unit is said once, after the "to" figure): where 由/从
/// stands and the number (in the "to" figure's multiplier, as written).
fn bare_from(text: &str, region_start: usize, verb_at: usize) -> Option<(usize, Decimal)> {
    let cs = clause_start(text, region_start, verb_at);
    let lead = &text[cs..verb_at];
    let k = lead.rfind(chars!['由', '从'])?;
    let number = lead[k + 3..].trim_matches(is_space);
    match crate::number::arabic_numeral(number) {
        Ok(("", v)) => Some((cs + k, v)),
        _ => None,
    }
}

/// Whether `s` is one to three per-unit qualifiers in a row (`每人`, `每人每月`), each one
/// [`label::is_per_unit`].
fn is_per_units(s: &str) -> bool {
    let starts: Vec<usize> = s.match_indices('每').map(|(i, _)| i).collect();
    starts.first() == Some(&0)
        && starts.len() <= 3
        && starts
            .iter()
            .zip(starts[1..].iter().chain([&s.len()]))
            .all(|(&a, &b)| label::is_per_unit(&s[a..b]))
}

/// What may also stand between 由/从 and the "from" figure: a short attributive ending in 的
/// (`由法定的20个工作日压缩至7个`, `从原来的3天缩短到1天`), at most four characters before 的.
fn is_attributive_lead(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    // 从原12个合并为8个: 原 ("the former") without its 的.
    matches!(s, "原" | "原来" | "原先" | "原有")
        // 由平均96个工作日压缩至42个: the "from" figure is an average, as the "to" one is.
        || FINE && matches!(s, "平均" | "原平均" | "原来平均")
        // 由均价2.6万元降至9000元, 由人均…: an average named by its measure (均价 "the average
        // price", 人均 "per head") is the from figure too.
        || FINE && matches!(s, "均价" | "原均价" | "人均" | "户均" | "单价" | "原价")
        || s.strip_suffix('的').is_some_and(|a| {
            let n = a.chars().count();
            (1..=4).contains(&n) && a.chars().all(is_cjk)
        })
}

/// Whether `f` may be a rate's denominator, a "one X" (`关闭1处煤矿奖励…500万元`: 1 with a unit),
/// as [`is_rate_denominator`] asks first: only then is the candidate after it needed.
#[inline]
fn may_be_rate_denominator(f: &Found) -> bool {
    f.q.is_one() && f.q.unit.is_some()
}

/// Whether `f` is a rate's denominator: 关闭1处煤矿奖励…500万元 (a "one X" followed by an amount
/// in its clause).
fn is_rate_denominator(text: &str, f: &Found, next: Option<&Found>) -> bool {
    let Some(next) = next.filter(|n| n.region == f.region) else {
        return false;
    };
    if !f.q.is_one() || f.q.unit.is_none() {
        return false;
    }
    // 为另1所中学购买…1万元的树木: "one more" counts a thing, it is no rate's "per one".
    let before = text[..f.start].trim_end_matches(' ');
    if before.ends_with('另') {
        return false;
    }
    let between = &text[f.end..next.start];
    // 公务用车5辆，1个单位违规发放…86.4万元: a count at the head of its clause is the subject
    // that did something, not the "one" of a rate (`关闭1处煤矿奖励…`, after its verb), unless
    // it is set equal to the figure after it (`1个单位配额相当于1吨…`: a unit defined).
    if FINE
        && !["相当于", "等于", "折合"]
            .iter()
            .any(|w| between.contains(w))
        && (before.is_empty()
            || before.ends_with(|c: char| is_clause_punct(c) || c == '\n')
            || ["另有", "其中", "有"].iter().any(|w| before.ends_with(w))
            // (After an inline enumeration's marker, `一是1个乡镇将…`, and as the agent of 将 or
            // 把 after its noun, `发现1个乡镇将资金…`.)
            || before
                .strip_suffix('是')
                .is_some_and(|b| b.ends_with(crate::number::is_chinese_numeral_char))
            || between
                .char_indices()
                .take(8)
                .any(|(k, c)| k > 0 && matches!(c, '将' | '把')))
    {
        return false;
    }
    // 设备1台闲置超过1年: a span of time after the "one" says how long it stood, not an amount
    // per one.
    if FINE && next.q.unit.is_some_and(unit::is_time) {
        return false;
    }
    // 1个部门和29家单位: a list of counts, not a rate (a list joint stands between).
    !between.contains(|c: char| {
        is_clause_punct(c) || matches!(c, ')' | '）' | '和' | '与' | '及' | '或')
    }) && between.chars().count() <= 16
}

/// Builds the typed indicators from the candidates.
fn type_all<'a>(text: &'a str, found: Scanner<'a, '_>, index: &Lines) -> Vec<Indicator> {
    // Grown by a sixteenth (see `push_growing`), not reserved from an estimate: a count of
    // numbers overshoots on texts whose numbers are not indicators (`1.2.3.`, dates).
    let mut out: Vec<Indicator> = Vec::new();
    // The regions that hold an indicator (the scanner reads the others and forgets them), and
    // for each indicator the index of its region there.
    let mut regions: Vec<Span> = Vec::new();
    // Whether each of those holds a line break, as the scanner found (`Found::wrapped`).
    let mut wrapped_regions: Vec<bool> = Vec::new();
    let mut last_region = None;
    // (`u32`: half the bytes per indicator of a `usize`, while the scanner's quote shields are
    // still held, at the parse's peak of memory on texts dense with indicators; a text of more
    // than 4 G regions saturates to the last, never out of bounds.)
    let mut region_of: Vec<u32> = Vec::new();
    // The indicators (by index in `out`, increasing) whose verb of change stands before its
    // object (the full build's `verb_first_change`): the label leaves the verb out. (A few, not a
    // flag per indicator: no memory in proportion to the text.)
    let mut verbs_first: Vec<usize> = Vec::new();
    // From–to changes whose noun stands after the from figure (`46项审批事项精简为18项`): where
    // each starts, and its noun, which names it once labels are read.
    let mut nouns_after_from: Vec<(usize, Span)> = Vec::new();
    let mut found = found;
    // The candidate after the current one, read ahead only for a possible rate's denominator
    // (see `may_be_rate_denominator`): a `Peekable` moved every candidate through its slot.
    let mut ahead: Option<Found<'a>> = None;
    // The last candidate's start and line: candidates come in text order, so the next one's
    // line is found by stepping from there (`line_of_from`) rather than by a binary search.
    let mut last_line = (0, 1);
    while let Some(mut f) = ahead.take().or_else(|| found.next()) {
        if may_be_rate_denominator(&f) {
            ahead = found.next();
            if is_rate_denominator(text, &f, ahead.as_ref()) {
                continue;
            }
        }
        let mut merged_into_prev = false;
        // Whether the verb of change opens the clause before its object (see `verb_first_change`).
        let mut verb_first = false;
        if last_region != Some(f.region) {
            last_region = Some(f.region);
            push_growing(&mut regions, f.within);
            push_growing(&mut wrapped_regions, f.wrapped);
        }
        let region = u32::try_from(regions.len() - 1).unwrap_or(u32::MAX);
        let r = f.within;
        let approx = f.q.approx.take().or_else(|| f.before.take());
        let section = std::mem::take(&mut f.section);
        let q = &f.q;
        // Pushed empty and filled and typed in its slot at the end of `out` (the indicators before
        // it are `done`): built and typed on the stack and pushed afterwards, an `Indicator` (a
        // few hundred bytes) was copied twice more, two `memcpy` per indicator.
        // Grown as `push_growing` grows it; then `resize_with` writes the empty indicator straight
        // into the slot (a `push` of it built it on the stack and copied it in).
        room_for_one(&mut out);
        out.resize_with(out.len() + 1, Indicator::default);
        let Some((ind, done)) = out.split_last_mut() else {
            continue;
        };
        ind.span = Span::new(f.start, f.end);
        ind.line = if f.start >= last_line.0 {
            index.line_of_from(f.start, last_line.1)
        } else {
            index.line_of(f.start)
        };
        ind.value = q.value;
        ind.multiplier = q.multiplier.map(|m| unit::lexicon_multiplier(m.0));
        ind.unit = q
            .unit
            .map(|u| unit::lexicon_unit(u.trim_start_matches('余')));
        ind.approx = approx;
        if FINE && ind.approx.is_none() {
            ind.approx = within_frame(&text[r.start..f.start], &text[f.end..], q.unit);
        }
        ind.section = section;
        last_line = (f.start, ind.line);
        if q.unit.is_some_and(|u| u == "％") {
            ind.unit = Some("%".into());
        }
        // 七成: tenths, normalized as the percentage they are (70).
        let mul = if FINE && q.unit == Some(quantity::TENTH) {
            Decimal::from(10)
        } else {
            q.multiplier
                .and_then(|m| Decimal::pow10(m.1))
                .unwrap_or(Decimal::from(1))
        };
        ind.normalized = q.value.checked_mul(&mul);
        let unit = ind.unit.as_deref().unwrap_or("");
        ind.kind = if q.ratio {
            // 6.2∶35.1∶58.7: the first and the last part as the two ends (`ratio_parts` of the
            // text gives them all; no field holds them, to keep every indicator small).
            let parts = quantity::ratio_parts(&text[f.start..f.end]);
            ind.low = parts.first().copied();
            ind.high = parts.last().copied();
            IndicatorKind::Ratio
        } else if q.vague || q.high.is_some() {
            ind.low = ind.normalized;
            ind.high = q.high.and_then(|h| h.checked_mul(&mul));
            IndicatorKind::Range
        } else if q.fraction || q.dimensionless {
            IndicatorKind::Ratio
        } else {
            kind_of_unit(unit, q.rate)
        };
        if let Some(a) = &ind.approx {
            match a.word.as_str() {
                "以上" | "不少于" | "不低于" | "至少" | "超过" | "逾" | "超" | "突破" | "跨越"
                | "迈过" | "跃上" | "迈上" | "登上" | "站上" | "高于" | "多于" | "大于"
                | "不得低于" | "不得少于" => {
                    ind.low = ind.normalized;
                }
                "以下" | "以内" | "不超过" | "不到" | "不足" | "不高于" | "不多于" | "低于"
                | "少于" | "小于" | "不得超过" | "不得高于" => {
                    ind.high = ind.normalized
                }
                // (The frame of `within_frame`, read only with `FINE`.)
                w if FINE && w == "在…内" => ind.high = ind.normalized,
                _ => {}
            }
        }
        // 每亩30元, 每人每月800元: an amount per unit named before it is a rate (元/亩).
        // (A finer reading: not in the small WebAssembly build, see `FINE`.)
        if FINE && matches!(ind.kind, IndicatorKind::Money | IndicatorKind::Count) {
            if let (Some(u), Some(per)) = (&ind.unit, per_before(&text[r.start..f.start])) {
                ind.unit = Some(Cow::Owned(format!("{u}/{per}")));
                ind.kind = IndicatorKind::Rate;
            }
        }
        // Changes: 同比上升15.4%, 下降44.8%、59.5%, 压缩到35%, 由4200家减少到1400家.
        let kind_before = ind.kind;
        // A ratio is a level: `由A∶B调整为C∶D` gives two ratios, not a change of their first parts.
        let level = q.ratio;
        // The clause start, looked for only when the words right before the figure can say a
        // change (most cannot: see `may_say_change`).
        // A footnote mark between the verb and its figure (`比上年增长[41]3.1%`) is read past.
        let verb_end = before_footnote_mark(text, r.start, f.start);
        let cs = (!level && may_say_change(text, r.start, verb_end))
            .then(|| clause_start(text, r.start, verb_end));
        let mut verb_of_change = None;
        // 改造提升11条道路, 整改提升87家, 提升6个外贸基地: 提升 ("upgrade") takes the things it
        // upgrades as its object; a count after it is no increase (an increase is a level or
        // amount: 提升2个百分点, 提升到80%), unless it counts grades of the measure before the
        // verb (`生态指数提升2个等级`).
        if let Some((dir, to, verb_at)) = cs
            .and_then(|cs| direction_before(text, cs.max(r.start), verb_end))
            .filter(|&(_, to, v)| {
                !(FINE
                    && !to
                    && kind_before == IndicatorKind::Count
                    && text[v..].starts_with("提升")
                    && !["等级", "等次", "档次", "级别"]
                        .iter()
                        .any(|g| text[f.end..].starts_with(g)))
            })
            // 高于省定55%的要求: the figure after a comparative is the target compared with,
            // named after it, not a change.
            .filter(|&(_, to, v)| {
                !(FINE && !to && v == verb_end && names_target_after(&text[f.end..]))
            })
            // 加快30余个事项…: a verb of pace takes the things it speeds up as its object; it
            // says a change of a rate only (`增速加快0.6个百分点`, `放缓1.2%`).
            .filter(|&(_, _, v)| {
                !(FINE
                    && kind_before == IndicatorKind::Count
                    && ["加快", "放缓", "减缓", "放慢"]
                        .iter()
                        .any(|w| text[v..].starts_with(w)))
            })
        {
            verb_of_change = Some(verb_at);
            ind.kind = IndicatorKind::Change;
            ind.direction = dir;
            // 增长-2.4%: a negative figure after the verb turns the change (a fall; 下降-3%, a
            // rise).
            if FINE && !to && ind.value.to_f64() < 0.0 {
                ind.direction = dir.map(|d| match d {
                    Direction::Up => Direction::Down,
                    Direction::Down => Direction::Up,
                });
            }
            if to {
                ind.to = ind.normalized;
                // 由A减少到B: one indicator from A to B.
                let same_region = region_of.last() == Some(&region);
                if let Some(prev) = done.last().filter(|p| same_region && p.span.end <= verb_at) {
                    let between = &text[prev.span.end..verb_at];
                    // 由A减少到B; 由上年A增加到B, 从2020年的A增长到B (a time phrase after 由/从);
                    // 由A个工作日压缩至B个 (the unit's noun between A and the verb).
                    let short_noun =
                        between.trim().chars().count() <= 4 && between.trim().chars().all(is_cjk);
                    // 46项审批事项精简为18项: with no 由 or 从, a count in the same measure word
                    // right before the noun the fall is of is the from figure.
                    let counted_before_noun = FINE
                        && ind.direction == Some(Direction::Down)
                        && prev.kind == IndicatorKind::Count
                        && prev.unit.is_some()
                        && prev.unit == ind.unit
                        && (2..=8).contains(&between.chars().count())
                        && between.chars().all(is_cjk);
                    if let Some(from_at) = short_noun
                        .then(|| from_word_before(text, r.start, prev.span.start))
                        .flatten()
                        .or_else(|| {
                            counted_before_noun.then(|| {
                                nouns_after_from
                                    .push((prev.span.start, Span::new(prev.span.end, verb_at)));
                                prev.span.start
                            })
                        })
                    {
                        ind.from = prev.normalized;
                        ind.span.start = from_at;
                        ind.line = prev.line;
                        merged_into_prev = true;
                        // 由12.6%降至零: the 零 says no unit; the "from" figure's is the change's.
                        if FINE && ind.unit.is_none() {
                            ind.unit.clone_from(&prev.unit);
                        }
                        if ind.direction.is_none() {
                            ind.direction = direction_of_values(ind.from, ind.to);
                        }
                    }
                }
                // 标准从700提高至900元: a bare "from" number, its unit said once after the "to".
                if !merged_into_prev {
                    if let Some((from_at, v)) = bare_from(text, r.start, verb_at) {
                        ind.from = v.checked_mul(&mul);
                        ind.span.start = from_at;
                        if ind.direction.is_none() {
                            ind.direction = direction_of_values(ind.from, ind.to);
                        }
                    }
                }
            }
            if dir.is_none() && !merged_into_prev {
                // 发展到72万辆 without a "from" is a level reached, not a change.
                ind.kind = kind_before;
                ind.to = None;
            }
        } else if let Some((dir, verb_at)) = (FINE && matches!(kind_before, IndicatorKind::Percent))
            .then(|| verb_first_change(text, r.start, verb_end))
            .flatten()
        {
            // 压减会议文件数量15%: the verb before its object.
            verb_of_change = Some(verb_at);
            ind.kind = IndicatorKind::Change;
            ind.direction = Some(dir);
            verb_first = true;
        } else if let Some(prev) = done
            .last()
            .filter(|p| region_of.last() == Some(&region) && p.span.end <= f.start)
        {
            // A list after a change: 下降44.8%、59.5%、100%
            let between = &text[prev.span.end..f.start];
            if prev.kind == IndicatorKind::Change
                && matches!(trim_wrap(between), "、" | "和" | "及")
                && prev.unit == ind.unit
            {
                ind.kind = IndicatorKind::Change;
                ind.direction = prev.direction;
            }
        }
        if ind.kind == IndicatorKind::Change {
            let ss = sentence_start(text, r.start, f.start);
            let sentence = &text[ss..f.start];
            // Every basis has 比, 较 or 与: most sentences have none.
            // The basis right before the verb, read as a phrase (`较法定时限减少`, `比上年同期
            // 增长`, `高于全省3个百分点`); else one of the list anywhere in the sentence
            // (`同比分别增长`, said once for several figures).
            // (A verb of change was read only after the clause start was found.)
            let cs = cs.unwrap_or(f.start);
            ind.basis = verb_of_change
                .filter(|&v| v >= cs && v <= f.start)
                .and_then(|v| {
                    let before = strip_adverbs_of_change(&text[cs..v]);
                    // Borrowed when the phrase is one of the listed bases (see `Indicator::basis`).
                    basis::basis_before(before).map(|k| {
                        match BASES.iter().find(|w| **w == &before[k..]) {
                            Some(w) => Cow::Borrowed(*w),
                            None => Cow::Owned(before[k..].to_string()),
                        }
                    })
                })
                .or_else(|| {
                    // (两年平均增长6.3%: an average rate over years has no basis of the
                    // sentence's other changes.)
                    (has_comparison_word(sentence) && !averages_over_years(&text[cs..f.start]))
                        .then(|| BASES.iter().find(|b| sentence.contains(*b)))
                        .flatten()
                        .map(|b| match year_basis(sentence, b) {
                            Some(y) => Cow::Owned(y.to_string()),
                            None => Cow::Borrowed(*b),
                        })
                });
        }
        // Spans never overlap: a figure whose words reach back into the one before (a bound word
        // that one's rate took for its denominator) starts where that one ends.
        if let Some(p) = done
            .last()
            .filter(|p| !merged_into_prev && p.span.end > ind.span.start)
        {
            ind.span.start = p.span.end.min(f.start).max(ind.span.start);
        }
        ind.text = compact_str::CompactString::new(&text[ind.span.start..ind.span.end]);
        if merged_into_prev {
            // The merged indicator takes the place of the one it continues (the last but one).
            out.swap_remove(out.len() - 2);
            region_of.pop();
            if FINE && verbs_first.last() == Some(&(out.len() - 1)) {
                verbs_first.pop();
            }
        }
        push_growing(&mut region_of, region);
        if FINE && verb_first {
            verbs_first.push(out.len() - 1);
        }
    }
    // Labels need neighbours: do them after typing.
    let mut needs_subject = vec![false; out.len()];
    // Footnote marks (`[8]`, `［8］`) are looked for in the labels only when a region the labels
    // read held an opening bracket of either kind, as the quote shields found: a label is made of
    // its region's words and of words of closed lists (which hold no bracket), and most reports
    // have no such bracket at all. (No pass over the text, against a search in each label.)
    let footnotes = found.may_label_footnote_marks();
    for i in 0..out.len() {
        let r = &regions[region_of[i] as usize];
        let wrapped = wrapped_regions[region_of[i] as usize];
        let prev_end = if i > 0 && region_of[i - 1] == region_of[i] {
            // 2个项目继续下达26亿元: the noun the previous count took from its right (项目) is
            // that count's; the words for this figure start after it.
            let p = &out[i - 1];
            let between = &text[p.span.end..out[i].span.start];
            // (Only for a figure of another measure that is no change: `76个项目开工65个` counts
            // the same 项目, `11个城市达标天数增加23天` changes what the count's words named.)
            // (Nor when the noun is all between them, in the full build: `涉及5个乡镇86人`, the
            // people are no township's, see `counts_past_noun`.)
            if p.kind == IndicatorKind::Count
                && out[i].unit != p.unit
                && out[i].kind != IndicatorKind::Change
                && !p.label.is_empty()
                && between.starts_with(p.label.as_str())
                && (between.len() > p.label.len() || FINE && counts_past_noun(text, p, &out[i]))
            {
                p.span.end + p.label.len()
            } else {
                p.span.end
            }
        } else {
            r.start
        };
        let same_region = |j: usize| j < out.len() && region_of[j] == region_of[i];
        let next = same_region(i + 1).then(|| {
            let words_end = if same_region(i + 2) {
                out[i + 2].span.start
            } else {
                r.end
            };
            (out[i + 1].span.start, out[i + 1].span.end, words_end)
        });
        // (A footnote mark right before the figure stands outside its words: `增长[41]3.1%`.)
        let words_from = prev_end.max(r.start).min(out[i].span.start);
        let words_end = before_footnote_mark(
            text,
            words_from,
            before_dash(text, words_from, out[i].span.start),
        );
        let within = label::Within {
            from: r.start,
            to: r.end,
            wrapped,
        };
        let mut l = label::label(
            text,
            within,
            Span::new(words_end, out[i].span.end),
            prev_end,
            next,
            counts_things(&out[i]),
        );
        if l.is_empty()
            && i > 0
            && region_of[i - 1] == region_of[i]
            && text[out[i - 1].span.end..out[i].span.start]
                .trim()
                .is_empty()
        {
            // 6期53人: the second figure counts the same activity.
            l = Cow::Owned(out[i - 1].label.to_string());
        }
        if out[i].kind == IndicatorKind::Change {
            // "同比分别上升" says only the basis: the label is the basis (what the change is of is the base).
            if may_end_direction(&l) {
                if let Some(n) = UP.iter().chain(DOWN).find_map(|w| l.strip_suffix(w)) {
                    let n = n.len();
                    l = label::narrow(l, 0..n);
                }
            } else if let Some(n) = QUALITY_CHANGES
                .iter()
                .chain(&DEVIATIONS)
                .filter(|_| FINE)
                .find_map(|(w, _)| l.strip_suffix(w))
            {
                // (同比改善: the verb of a change in quality, see `direction_in`.)
                let n = n.len();
                l = label::narrow(l, 0..n);
            }
            // 一般预算收入可比增长, 进出口总值年均增长, 收入年均分别可比增长: the qualifiers of the
            // change (and 分别, and 各 of `收、支总计各增加`) after its subject.
            while let Some(s) = CHANGE_QUALIFIERS
                .iter()
                .chain(if FINE {
                    &["分别", "各"][..]
                } else {
                    &["分别"][..]
                })
                .find_map(|q| l.strip_suffix(q))
                .filter(|s| crate::text::char_len(s) >= 2)
                .map(str::len)
            {
                l = label::narrow(l, 0..s);
            }
            // 拉动全省外贸增长3.1个百分点, 第二产业拉动经济增长2.6个百分点: a contribution to a
            // whole's growth in points is the subject's, named before 拉动 or in the clause
            // before; 下拉 contributes downward.
            if FINE && out[i].unit.as_deref() == Some("个百分点") {
                if let Some(at) = ["拉动", "下拉"].iter().find_map(|v| l.find(v)) {
                    if l[at..].starts_with("下拉") && out[i].direction.is_none() {
                        out[i].direction = Some(Direction::Down);
                    }
                    if at == 0 {
                        needs_subject[i] = true;
                    }
                    l = label::narrow(l, 0..at);
                }
            }
            // 单位GDP能耗五年下降: the span of the change, once the verb is gone.
            let spanless = label::without_duration(&l).len();
            if spanless < l.len() && spanless > 0 {
                l = label::narrow(l, 0..spanless);
            }
            // 提高普及率至95%: the verb of change before what changes.
            // 压减会议文件数量15%: the same before the object of a percent's change.
            if out[i].to.is_some() || FINE && verbs_first.binary_search(&i).is_ok() {
                if let Some((_, v)) = leading_change_verb(&l) {
                    let verb_len = l[v..].chars().take(2).map(char::len_utf8).sum::<usize>();
                    let n = l.len();
                    l = label::narrow(l, v + verb_len..n);
                }
            }
            // 比上年（下同）增长: the note that the basis holds for the figures after is no
            // part of it.
            let noted = if FINE {
                ["（下同）", "(下同)"]
                    .iter()
                    .find_map(|n| l.strip_suffix(n))
                    .unwrap_or(&l)
            } else {
                &l
            };
            let bare = basis::strip_basis(lexicon::strip_linking(noted));
            // 年均增长, 可比增长: a way of measuring the change, not what changed; nor a factor
            // taken out of it (`剔除留抵退税因素后`, `扣除一次性因素后`).
            if bare.is_empty()
                || Some(bare) == out[i].basis.as_deref()
                || CHANGE_QUALIFIERS.contains(&bare)
                || FINE && (is_factor_taken_out(bare) || is_cause_of_change(bare))
                // (高于省定55%的要求7个百分点: the words left are the basis's end, `要求`.)
                || FINE && out[i].basis.as_deref().is_some_and(|b| b.ends_with(bare))
            {
                needs_subject[i] = true;
                l = Cow::Owned(out[i].basis.as_deref().unwrap_or_default().to_string());
            } else if bare.len() < l.len() {
                let bare = label::range_in(&l, bare);
                l = label::narrow(l, bare);
            }
            // 比重提升21.1个百分点, 涨幅扩大0.4个百分点: the change of a relation whose owner the
            // clause before names; unless its own clause names owner and whole (`财政收入占生产
            // 总值的比重提高2个百分点`: the head alone was left by the labeller).
            if RELATIONAL.contains(&&*l) {
                // (Read as one line: PDF text may wrap inside the phrase.)
                match share_phrase(&label::one_line(&text[prev_end..out[i].span.start]), &l) {
                    Some(phrase) => l = Cow::Owned(phrase),
                    None => needs_subject[i] = true,
                }
            }
        } else if l == "占比" {
            // 占比30.6%: the share (a noun) of what the clause before counted.
            needs_subject[i] = true;
        } else if FINE && out[i].kind == IndicatorKind::Count && is_per_each(&l) {
            // 配备灾害信息员3120名，实现每个村（社区）至少1名: a count for each of a unit of
            // distribution counts what the clause before counted (a count of the same measure,
            // see `continue_subjects`); the unit is no noun of it.
            needs_subject[i] = true;
        } else if FINE
            && ["稳定在", "保持在", "维持在"]
                .iter()
                .filter_map(|v| l.strip_prefix(v))
                .any(|whole| whole.starts_with('全') && whole.chars().count() == 2)
        {
            // 、稳定在全国1/10以上: a level kept as a share of a whole; the share is of what the
            // clause before counted.
            needs_subject[i] = true;
            l = Cow::Borrowed("");
        } else if let Some(rest) = l
            .strip_prefix('占')
            .filter(|_| !l.starts_with("占地") || l.starts_with("占地区"))
        {
            // (占地12公顷 is land taken, not a share; 占地区生产总值 is a share of 地区生产总值.)
            // 占51.85%, 占一般公共预算支出的87.2%: a share of what the clause before counted. A
            // share that names its whole as a 比重 (`占全国就业人员比重为64.5%`) keeps it, after the
            // subject (`城镇就业人员占全国就业人员比重`).
            // A whole named without 比重 (`，占一般公共预算支出86.2%`) is kept the same way: the
            // share is of the subject in that whole (`民生支出占一般公共预算支出`).
            needs_subject[i] = true;
            let named_whole = ["比重", "比例"]
                .iter()
                .any(|w| rest.ends_with(w) && rest.len() > w.len())
                || rest.chars().nth(1).is_some();
            // (占了全省的62.5%: the aspect particle is no part of the whole.)
            if let Some(whole) = rest.strip_prefix('了').filter(|_| named_whole) {
                l = Cow::Owned(format!("占{whole}"));
            } else if !named_whole {
                let rest = label::range_in(&l, rest);
                l = label::narrow(l, rest);
            }
        } else if let Some(subject) = (out[i].unit.as_deref() == Some("%"))
            .then(|| proportion_of_whole(text, prev_end, out[i].span.start))
            .flatten()
        {
            // 为年度预算的52.3%, 完成调整预算的101.2%: the whole before 的 is what the figure is
            // measured against; the figure is the clause subject's.
            // (With no subject before it either, the whole names the figure best: `完成年度
            // 目标任务的115%` → 年度目标任务.)
            match subject {
                (Some(s), _) => l = Cow::Owned(s),
                (None, whole) => {
                    needs_subject[i] = true;
                    l = Cow::Borrowed(whole);
                }
            }
        } else if FINE && out[i].kind == IndicatorKind::Rate && names_only_per(&l) {
            // 按每亩200元的标准发放补贴, 每期1200份: the words before a rate name only its
            // denominator; what is paid at that standard is named after it, or the clause's
            // subject is the rate's.
            match standard_paid(&text[out[i].span.end..]) {
                Some(paid) => l = Cow::Owned(paid),
                None => {
                    needs_subject[i] = true;
                    l = Cow::Borrowed("");
                }
            }
        } else if l.is_empty() || RELATIONAL.contains(&&*l) || FINE && counts_items(&l) {
            // (`两项合计165份`: the count of the list's items names nothing the total counts.)
            needs_subject[i] = true;
        } else if let Some(q) = FINE.then(|| qualified_relational(&l)).flatten() {
            // 扣除价格因素实际降幅达2.4%: the relation of the clause's subject, measured so.
            needs_subject[i] = true;
            let q = label::range_in(&l, q);
            l = label::narrow(l, q);
        }
        // 是“十二五”的3倍: the figure is a multiple of an earlier period's; it is the subject's,
        // before 是 or in the clause before. (Not in the small build: its size budget.)
        if FINE && out[i].unit.as_deref() == Some("倍") {
            match multiple_of_basis(text, prev_end, out[i].span.start) {
                Some(Some(s)) => l = Cow::Owned(s),
                Some(None) => {
                    needs_subject[i] = true;
                    l = Cow::Borrowed("");
                }
                None => {}
            }
        }
        if let Some(after) = label::after_inner_date(&l).filter(|_| FINE) {
            let after = label::range_in(&l, after);
            l = label::narrow(l, after);
        } else if let Some(after) = FINE.then(|| label::after_inner_year(&l)).flatten() {
            let after = label::range_in(&l, after);
            l = label::narrow(l, after);
        } else if let Some(joined) = FINE.then(|| label::without_inner_year(&l)).flatten() {
            // 行政运行（项）2025年预算数: the year qualifies the measure inside its noun phrase.
            l = Cow::Owned(joined);
        }
        if let Some(k) = (FINE && out[i].unit.as_deref() == Some("%"))
            .then(|| adverb_before_share(&l))
            .flatten()
        {
            l = Cow::Owned(format!("{}{}", &l[..k], &l[k + '仅'.len_utf8()..]));
        }
        if FINE {
            if is_comparison_with_another(&out[i], &l) {
                needs_subject[i] = true;
            } else if let Some(w) = target_word(&l).filter(|_| names_target(text, out[i].span, &l))
            {
                // 高新技术企业96家，提前完成90家的规划目标: the target of the measure before.
                // (Who set it goes: `完成省下达目标任务2.35万人` → the measure's 目标任务.)
                needs_subject[i] = true;
                let w = label::range_in(&l, w);
                l = label::narrow(l, w);
            } else if set_above_only(&l) {
                // 控制在省定0.9‰以内, 高于省定55%的要求: the target, set above, of the measure
                // the clause named before.
                needs_subject[i] = true;
                l = Cow::Borrowed("");
            } else if TARGET_WORDS.contains(&&*l) && compared_with_target(text, out[i].span, &l) {
                // 增长9.1%，超过年度目标1.1个百分点: the gap is the measure's.
                needs_subject[i] = true;
                l = Cow::Borrowed("");
            } else if l == "相比" {
                // 与2010年的438906人相比，减少26548人: the basis's figure and the changes from it
                // are the measure's the sentence named before; 相比 names nothing.
                needs_subject[i] = true;
                l = Cow::Borrowed("");
            } else if GAP_WORDS.contains(&&*l) {
                // 城镇化率54.9%，距目标58%仍有3.1个百分点差距: the gap is the measure's.
                needs_subject[i] = true;
                l = Cow::Borrowed("");
            } else if let Some(rel) = relation_compared(&out[i], &l) {
                // `增速快于城镇居民1.8个百分点`: the clause subject's 增速
                l = Cow::Borrowed(rel);
                needs_subject[i] = true;
            }
        }
        if footnotes {
            if let Cow::Owned(o) = label::without_footnotes(&l) {
                l = Cow::Owned(o);
            }
        }
        if let Some(whole) = (i > 0 && region_of[i - 1] == region_of[i])
            .then(|| elliptical_parallel(text, &out[i - 1], &out[i]))
            .flatten()
        {
            l = Cow::Owned(whole);
        }
        if let Some(owned) =
            (FINE && i > 0 && region_of[i - 1] == region_of[i] && BARE_MEASURES.contains(&&*l))
                .then(|| {
                    let owner = owner_figure(text, &region_of, &out, i - 1);
                    owner_of_bare_measure(text, &out[owner], &out[i - 1], &out[i], &l)
                })
                .flatten()
        {
            l = Cow::Owned(owned);
        }
        if let Some(headed) = (FINE && !needs_subject[i])
            .then(|| repeated_group_head(text, r.start, &region_of, &out, i, &l))
            .flatten()
        {
            l = Cow::Owned(headed);
        }
        // 电力、热力、燃气及水生产和供应业: a name of the closed class read whole.
        // (Not in the small build, see `FINE`: the names are 统计公报's industry classes.)
        if let Some(name) = FINE
            .then(|| lexicon::whole_name(&text[prev_end..out[i].span.start], &l))
            .flatten()
        {
            l = Cow::Borrowed(name);
        }
        // 比上年决算数14.94亿元: the figure a comparison is made with is named by its basis
        // (上年决算数), without the 比/较 that opens the comparison. (A change labelled by its
        // basis alone takes its subject later.)
        if out[i].kind != IndicatorKind::Change {
            if let Some(r) = l.strip_prefix(chars!['比', '较']) {
                if r.starts_with(chars!['上', '去', '同', '前']) || r.starts_with("年初") {
                    let n = l.len();
                    l = label::narrow(l, 3..n);
                }
            }
        }
        // 补助900万, 投入资金5000万: a figure in 万/亿 with no unit after a noun of money is an
        // amount of money (the 元 left unsaid).
        if out[i].kind == IndicatorKind::Count
            && out[i].unit.is_none()
            && out[i].multiplier.is_some()
            && MONEY_NOUNS.iter().any(|w| ends_with_word(&l, w))
        {
            out[i].kind = IndicatorKind::Money;
        }
        // 至少获利400万元: the bound's adverb standing apart (`bound_adverb_apart`) is the
        // figure's, no part of what it measures.
        if FINE
            && out[i].approx.as_ref().is_some_and(|a| a.word == AT_LEAST)
            && l.contains(AT_LEAST)
        {
            l = Cow::Owned(l.replacen(AT_LEAST, "", 1));
        }
        // 涨幅控制在3%左右, 降幅达2.4%: the size of a rise or a fall is a change of what rose or
        // fell, in the word's direction.
        if FINE && out[i].kind == IndicatorKind::Percent {
            if let Some(d) = direction_of_rate_word(&l) {
                out[i].kind = IndicatorKind::Change;
                out[i].direction = Some(d);
            }
        }
        // Borrowed from the text until here: the one copy a label needs.
        out[i].label = l.into();
    }
    share_list_labels(text, &region_of, &mut needs_subject, &mut out);
    link_parents(text, &regions, &region_of, &mut out);
    if FINE {
        link_partitives(text, &region_of, &mut out);
    }
    link_bases(text, &regions, &region_of, &mut out);
    distribute_respectively(text, &regions, &region_of, &mut needs_subject, &mut out);
    continue_subjects(text, &regions, &region_of, &needs_subject, &mut out);
    for (start, noun) in nouns_after_from {
        if let Ok(k) = out.binary_search_by_key(&start, |o| o.span.start) {
            let l = label::clause_subject(noun.slice(text));
            if crate::text::char_len(&l) >= 2 {
                out[k].label = l.into();
            }
        }
    }
    if FINE {
        label_partitions(text, &region_of, &mut out);
        label_involved_amounts(text, &regions, &region_of, &mut out);
    }
    for ind in &mut out {
        if let Some(topic) = generic_label_topic(&ind.label, &ind.section) {
            ind.label = topic.into();
        }
        if FINE {
            if let Some(what) = amount_left_undone(text, ind) {
                ind.label = what.into();
            }
        }
    }
    for i in 1..out.len() {
        if region_of[i] != region_of[i - 1] || out[i - 1].span.end > out[i].span.start {
            continue;
        }
        // 由A∶B∶C调整为D∶E∶F: the second ratio is the same measure as the first; so is an
        // amount restated in another currency (`95749元，按年平均汇率折算为13445美元`), and the
        // figure of the basis it is compared with (`受理15件，相较去年28件明显下降`).
        if is_ratio_to(text, &out[i - 1], &out[i])
            || is_conversion(&text[out[i - 1].span.end..out[i].span.start])
            || (out[i].unit == out[i - 1].unit
                && out[i - 1].kind != IndicatorKind::Change
                // (The one-character test is native speed only: the small WebAssembly build,
                // without `FINE`, leaves it out for its size, and the search decides alone.)
                && (!FINE || may_be_earlier_figure(text, out[i].span.start))
                && mentions_basis(&text[out[i - 1].span.end..out[i].span.start])
                && is_earlier_figure(text, regions[region_of[i] as usize].start, &out[i]))
        {
            out[i].label = out[i - 1].label.clone();
        } else if let Some(j) = FINE
            .then(|| measure_of_earlier_figures(text, &regions, &region_of, &out, i))
            .flatten()
        {
            out[i].label = out[j].label.clone();
        } else if let Some(amount) = FINE
            .then(|| converted_past_change(text, &region_of, &out, i))
            .flatten()
        {
            out[i].label = out[amount].label.clone();
        } else if FINE && is_bare_average(text, &out[i - 1], &out[i]) {
            out[i].label = format!("{}{}", out[i - 1].label, out[i].label).into();
        } else if FINE
            && is_level_against_earlier_time(&text[out[i - 1].span.end..out[i].span.start], &out[i])
        {
            out[i].label = out[i - 1].label.clone();
        } else if FINE && is_addition_to_stock(text, &out[i - 1], &out[i]) {
            out[i].kind = IndicatorKind::Change;
            out[i].direction = Some(Direction::Up);
            out[i].base = Some(i - 1);
            out[i].label = out[i - 1].label.clone();
        }
    }
    if FINE {
        merge_pair_lists(text, &regions, &region_of, &mut out);
    }
    // What growing left unused.
    out.shrink_to_fit();
    out
}

/// The direction from a "from" value to a "to" value, for a verb that says none (`调整为`):
/// `None` when either is missing or they are equal.
fn direction_of_values(from: Option<Decimal>, to: Option<Decimal>) -> Option<Direction> {
    match (from, to) {
        (Some(a), Some(b)) if b.to_f64() > a.to_f64() => Some(Direction::Up),
        (Some(a), Some(b)) if b.to_f64() < a.to_f64() => Some(Direction::Down),
        _ => None,
    }
}

/// Whether the text between two quantities joins them into a list of from–to figures: `、`, `和`,
/// `及`, `与` (no comma: a comma ends the clause).
fn is_pair_joint(between: &str) -> bool {
    is_pair_joint_word(trim_wrap(between))
}

/// [`is_pair_joint`] of words already trimmed ([`trim_wrap`]).
fn is_pair_joint_word(trimmed: &str) -> bool {
    matches!(trimmed, "、" | "和" | "及" | "与" | "以及")
}

/// Where the 由/从 that opens a "from" figure at `at` stands: right before it, or before a time
/// phrase (`由上年的`, `从2020年的`) or a short attributive (`由原来的`).
fn from_word_before(text: &str, region_start: usize, at: usize) -> Option<usize> {
    let cs = clause_start(text, region_start, at);
    let lead = &text[cs..at];
    // (Nine characters, and the spaces PDF text puts around a year's digits: `由 2005 年的 `.)
    lead.char_indices()
        .rev()
        .take(12)
        .find(|&(_, c)| c == '由' || c == '从')
        .map(|(k, _)| k)
        .filter(|&k| {
            // (PDF text may wrap inside the lead: `从⏎疫情前的`.)
            let lead = label::one_line(&lead[k + 3..]);
            let lead_ok = |s: &str| is_time_lead(s) || is_attributive_lead(s);
            lead_ok(&lead)
                // 从原来的每人每年300元: a lead, then a per-unit qualifier.
                || FINE
                    && lead.find('每').is_some_and(|m| {
                        m > 0 && is_per_units(&lead[m..]) && lead_ok(&lead[..m])
                    })
        })
        .map(|k| cs + k)
}

/// Whether `between` (the words from the last "from" figure to the first "to" figure) says a
/// change to: `分别提高到`, `减少至`, `调整为`, a short noun before the verb at most, after a
/// clause comma at most (`从A和B，分别提高到C和D`).
fn says_change_to(between: &str) -> bool {
    // (PDF text spaces the figure from the verb: `提高到 58794 元`.)
    // (The spaces counted on the bytes, the verb's end decoded once: asked of every two figures
    // in a region.)
    let spaces = between.bytes().rev().take_while(|&b| b == b' ').count();
    let between = &between[..between.len() - spaces];
    // (到 至 为 end with the bytes B0, B3, BA: most words between two figures end otherwise, and
    // their last character is not decoded.)
    if !matches!(between.as_bytes().last(), Some(0xb0 | 0xb3 | 0xba)) {
        return false;
    }
    let Some(rest) = between.strip_suffix(chars!['到', '至', '为']) else {
        return false;
    };
    UP.iter().chain(DOWN).chain(NEUTRAL).any(|w| {
        rest.strip_suffix(w).is_some_and(|noun| {
            let noun = noun.trim_matches(is_space);
            let noun = noun
                .strip_prefix(chars!['，', ','])
                .unwrap_or(noun)
                .trim_matches(is_space);
            noun.chars().count() <= 4 && noun.chars().all(is_cjk)
        })
    })
}

/// Lists of from–to figures, paired in order: `从46503元和16935元分别提高到58794元和23184元`
/// gives two changes (58794元 from 46503元, 23184元 from 16935元), each spanning from its "from"
/// figure to its "to" figure (the first from 由/从, as a single from–to does) and labelled as its
/// "from" figure was (the subject, or its share of a list distributed by 分别). Lists of unequal
/// length are left as they are; a ratio is a level (`由A∶B调整为C∶D` stays two ratios).
/// One pass over the indicators; the indexes of `base` and `parent` follow the removed ones.
fn merge_pair_lists(text: &str, regions: &[Span], region_of: &[u32], out: &mut Vec<Indicator>) {
    use IndicatorKind::{Change, Range, Ratio};
    // (the "from" figure's index, its "to" figure's index)
    let mut merged: Vec<(usize, usize)> = Vec::new();
    let mut b = 1;
    while b < out.len() {
        let to_ok = |t: &Indicator| t.from.is_none() && !matches!(t.kind, Ratio | Range);
        let same = |i: usize, j: usize| region_of[i] == region_of[j];
        let joined = |i: usize, j: usize| {
            same(i, j)
                && out[i].span.end <= out[j].span.start
                && is_pair_joint(&text[out[i].span.end..out[j].span.start])
        };
        // The first "to" figure: right after a verb of change with 到/至/为 that follows a figure.
        if !to_ok(&out[b])
            || !same(b - 1, b)
            || out[b - 1].span.end > out[b].span.start
            || !says_change_to(&text[out[b - 1].span.end..out[b].span.start])
        {
            b += 1;
            continue;
        }
        let mut e = b;
        while e + 1 < out.len() && to_ok(&out[e + 1]) && joined(e, e + 1) {
            e += 1;
        }
        let n = e - b + 1;
        // (Walked back no further than one figure past the "to" list's length.)
        let mut m = 1;
        while m <= n && m < b && joined(b - m - 1, b - m) {
            m += 1;
        }
        let s = b - m;
        let pairs_ok = n >= 2
            && m == n
            && (0..n).all(|k| {
                let (a, t) = (&out[s + k], &out[b + k]);
                !matches!(a.kind, Change | Ratio | Range)
                    && a.from.is_none()
                    && (a.unit == t.unit
                        || FINE && names_per_of(a.unit.as_deref(), t.unit.as_deref()))
            });
        let from_at = pairs_ok
            .then(|| {
                from_word_before(
                    text,
                    regions[region_of[s] as usize].start,
                    out[s].span.start,
                )
            })
            .flatten();
        let Some(from_at) = from_at else {
            b = e + 1;
            continue;
        };
        let verb_dir = (out[b].kind == Change)
            .then_some(out[b].direction)
            .flatten();
        // A "from" figure's label read from the words of the statement itself (`16935元`, the
        // verb 调整) names nothing: the first figure's (the subject's) stands for it.
        let statement = &text[from_at..out[e].span.end];
        let own = |l: &str| !l.is_empty() && !statement.contains(l);
        let subject = if own(&out[s].label) {
            out[s].label.clone()
        } else {
            Default::default()
        };
        for k in 0..n {
            let (a, t) = (s + k, b + k);
            let (from, line, start) = (out[a].normalized, out[a].line, out[a].span.start);
            // `从每月620元…提高到700元`: the "from" figure's denominator is the change's.
            let per_unit = out[a].unit.clone().filter(|u| FINE && u.contains('/'));
            let label = if own(&out[a].label) {
                out[a].label.clone()
            } else {
                subject.clone()
            };
            let ind = &mut out[t];
            ind.kind = Change;
            ind.from = from;
            ind.to = ind.normalized;
            if per_unit.is_some() {
                ind.unit = per_unit;
            }
            ind.direction = verb_dir.or_else(|| direction_of_values(ind.from, ind.to));
            ind.span.start = if k == 0 { from_at } else { start };
            ind.line = line;
            ind.text = compact_str::CompactString::new(&text[ind.span.start..ind.span.end]);
            ind.label = label;
            ind.base = None;
            merged.push((a, t));
        }
        b = e + 1;
    }
    if merged.is_empty() {
        return;
    }
    // The new index of every old one; a merged "from" figure's is its "to" figure's.
    let mut gone = vec![false; out.len()];
    for &(a, _) in &merged {
        gone[a] = true;
    }
    let mut new_of = Vec::with_capacity(out.len());
    let mut kept = 0;
    for &g in &gone {
        new_of.push(kept);
        kept += usize::from(!g);
    }
    for &(a, t) in &merged {
        new_of[a] = new_of[t];
    }
    for (i, ind) in out.iter_mut().enumerate() {
        let me = new_of[i];
        let map = |x: Option<usize>| x.map(|x| new_of[x]).filter(|&x| x != me);
        ind.base = map(ind.base);
        ind.parent = map(ind.parent);
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

/// Whether the unit `a` names a denominator (`元/月`) of the unit `b` is measured in before its
/// own `/` (`每月620元` is 元/月, the `700元` it is raised to is too).
fn names_per_of(a: Option<&str>, b: Option<&str>) -> bool {
    a.zip(b).is_some_and(|(a, b)| {
        a.split_once('/')
            .is_some_and(|(base, _)| b.split('/').next() == Some(base))
    })
}

/// The searcher for `［` (EF BC BB), built once. memchr's default ranking of bytes (made for
/// mostly ASCII text) takes all three for rare, and its prefilter then stops at every EF BC of
/// the fullwidth punctuation of a Chinese text (，（）：；); ranked for Chinese text, the pair it
/// checks is EF and BB two bytes apart, which only the fullwidth forms ［ ｛ (and the halfwidth
/// ﾻ) have.
///
/// ```text
/// fullwidth_bracket().find("，（见注［3］）".as_bytes()) == Some(12)
/// ```
fn fullwidth_bracket() -> &'static memchr::memmem::Finder<'static> {
    /// EF and BB rare; BC, the second byte of all fullwidth punctuation, and the other bytes of
    /// UTF-8 Chinese as memchr ranks them.
    struct Chinese;
    impl memchr::arch::all::packedpair::HeuristicFrequencyRank for Chinese {
        fn rank(&self, byte: u8) -> u8 {
            match byte {
                0xef => 0,
                0xbb => 1,
                _ => 255,
            }
        }
    }
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| {
        memchr::memmem::FinderBuilder::new().build_forward_with_ranker(Chinese, "［".as_bytes())
    })
}

/// Whether `next` is the "to" ratio of `prev`: `由9∶45∶46调整为8∶44∶48`, `从A优化到2020年的B`,
/// `由上年A调整为本期的B` (a verb and 为/到/至 between, with a time phrase at most).
fn is_ratio_to(text: &str, prev: &Indicator, next: &Indicator) -> bool {
    if prev.kind != IndicatorKind::Ratio || prev.span.end > next.span.start {
        return false;
    }
    // (Read as one line: PDF text may wrap inside `调整为本⏎期的`.)
    let joined = label::one_line(&text[prev.span.end..next.span.start]);
    let between = joined.trim_matches(|c: char| is_space(c) || matches!(c, '，' | ','));
    let verb = between.trim_end_matches('的');
    // (调整为本期的B, 调整为本年的B: the period of the "to" figure, said as a deictic word; left
    // out of the small build, see `FINE`.)
    let verb = ["本期", "本年", "今年", "当年", "现在"]
        .iter()
        .filter(|_| FINE)
        .find_map(|w| verb.strip_suffix(w))
        .unwrap_or(verb)
        .trim_end_matches(chars!['年', '末', '底'])
        .trim_end_matches(is_digit);
    // (The verb of change before 为/到/至: `调整为`, `优化到`; not the next measure's own 为,
    // `基尼系数为0.46，综合指数为4.1`.)
    let change = verb.trim_end_matches(chars!['为', '到', '至']);
    crate::text::char_len(between) <= 12
        && verb.ends_with(chars!['为', '到', '至'])
        && verb.chars().all(is_cjk)
        && (["调整", "优化", "改善", "变", "变化"]
            .iter()
            .chain(UP)
            .chain(DOWN)
            .any(|w| change.ends_with(w)))
}

/// Whether the words between two figures restate the first in another unit: `，按年平均汇率折算为`,
/// `，折合人民币`, `（约合`: a verb of conversion (折算, 折合, 约合, 合) at the end, maybe with the
/// currency it converts into, and nothing else of a clause.
///
/// ```text
/// is_conversion("，按年平均汇率折算为") == true;  is_conversion("，折合人民币") == true
/// is_conversion("，增长") == false;  is_conversion("，相当于") == false
/// ```
fn is_conversion(between: &str) -> bool {
    // Twelve characters and a comma or bracket at most, and every verb holds 折 or 合: most
    // words between two figures are longer or hold neither. (Asked of every two figures of a
    // region: one block of at most 42 bytes, see `ends_near_with`, instead of two `memchr`.)
    if between.len() > 42 || !ends_near_with(between.as_bytes(), 0, [ZHE, HE, HE]) {
        return false;
    }
    let b = between.trim_matches(|c: char| is_space(c) || matches!(c, '，' | ',' | '（' | '('));
    let b = ["人民币", "美元"]
        .iter()
        .find_map(|w| b.strip_suffix(w))
        .unwrap_or(b)
        .trim_end_matches(chars!['为', '成']);
    crate::text::char_len(b) <= 12
        && !b.contains(is_clause_punct)
        && (b == "合" || ["折算", "折合", "约合"].iter().any(|w| b.ends_with(w)))
}

/// Whether `cur` is an average of what the figure before it counts, named by its averaging word
/// alone (`困难家庭28户，户均增收3600元`): its label is 户均, 人均 … with at most a short verb, in
/// the next clause of the same sentence, in a unit of its own; the label before names the
/// owners the figure before counts.
fn is_bare_average(text: &str, prev: &Indicator, cur: &Indicator) -> bool {
    const AVERAGES: [&str; 6] = ["户均", "人均", "亩均", "年均", "月均", "日均"];
    AVERAGES.iter().any(|a| cur.label.starts_with(a))
        && crate::text::char_len(&cur.label) <= 5
        // (A measure of its own after the word, 日均访问量, 人均藏书量, names itself; an average of
        // the same measure, `面积3937平方米，人均393.7平方米`, is written 人均办公用房面积.)
        && !cur.label.ends_with(chars!['量', '额', '数', '率', '入', '积', '费'])
        && prev.unit != cur.unit
        && !prev.label.is_empty()
        && !AVERAGES.iter().any(|a| prev.label.starts_with(a))
        && text
            .get(prev.span.end..cur.span.start)
            .is_some_and(|b| b.len() <= 30 && !b.contains(chars!['。', '；', '！', '？']))
}

/// A percentage that gives the figure just stated as a share of its own level at an earlier time
/// (`客运量5630万人次，恢复到2019年的112%`, `，相当于上年同期的93.5%`): the words between the two
/// figures are a restoring or equating verb, a time and 的, so the percentage measures what the
/// figure before it measures.
///
/// ```text
/// is_level_against_earlier_time("，恢复到2019年的", 112%) == true
/// is_level_against_earlier_time("，占全市的", 12%) == false
/// ```
fn is_level_against_earlier_time(between: &str, cur: &Indicator) -> bool {
    if cur.unit.as_deref() != Some("%") || between.len() > 45 {
        return false;
    }
    let b = between.trim_start_matches(|c: char| is_space(c) || matches!(c, '，' | ','));
    let Some(b) = ["恢复到", "恢复至", "相当于", "达到"]
        .iter()
        .find_map(|w| b.strip_prefix(w))
        .and_then(|b| b.strip_suffix('的'))
    else {
        return false;
    };
    let time = crate::text::strip_year_prefix(b).map_or(b, |r| r.strip_prefix('年').unwrap_or(r));
    matches!(
        time,
        "" | "同期" | "上年" | "去年" | "上年同期" | "去年同期" | "疫情前" | "历史同期" | "常年"
    ) && !b.is_empty()
}

/// What an amount that is still left undone names when nothing before it does (`至年底仍有1.37亿元
/// 未细化到具体项目`, `仍有2300万元未拨付`): the negated predicate after it, which says what was
/// not done with it. Asked of a label that is empty or only the time of the statement (至年底,
/// 截至审计时) before 仍有/尚有/还有.
///
/// ```text
/// amount_left_undone("截至年底仍有2300万元未拨付。", 2300万元) == Some("未拨付")
/// ```
fn amount_left_undone<'a>(text: &'a str, ind: &Indicator) -> Option<&'a str> {
    let before = text[..ind.span.start].trim_end_matches(is_space);
    let lead = ["仍有", "尚有", "还有"]
        .iter()
        .find(|w| before.ends_with(**w))?;
    // (The time is read in the 48 bytes before 仍有 at most: a text of 仍有… and no clause mark
    // would be walked back to its start at every figure.)
    let lead_at = before.len() - lead.len();
    let from = crate::text::ceil_char_boundary(before, lead_at.saturating_sub(48));
    let time = before[from..lead_at]
        .rsplit(|c: char| is_clause_punct(c) || c == '\n')
        .next()
        .unwrap_or("");
    let timely = ind.label.is_empty()
        || (ind.label == time
            && ["至", "截至", "截止", "到"]
                .iter()
                .any(|p| time.starts_with(p))
            && crate::text::char_len(time) <= 8);
    if !timely {
        return None;
    }
    let after = &text[ind.span.end..];
    if !["未", "尚未", "仍未", "没有"]
        .iter()
        .any(|n| after.starts_with(n))
    {
        return None;
    }
    let end = after
        .char_indices()
        .take(16)
        .find(|&(_, c)| is_clause_punct(c) || c == '\n')
        .map_or_else(
            || after.char_indices().nth(16).map_or(after.len(), |(i, _)| i),
            |(i, _)| i,
        );
    Some(&after[..end]).filter(|w| crate::text::char_len(w) >= 2)
}

/// A count of what was added to the stock just stated (`农民合作社769个，新增6个`): only 新增 stands
/// in its clause and the stock before it is a count of the same measure word, so the figure is the
/// stock's change (up), not a second stock.
fn is_addition_to_stock(text: &str, stock: &Indicator, cur: &Indicator) -> bool {
    stock.kind == IndicatorKind::Count
        && cur.kind == IndicatorKind::Count
        && stock.unit.is_some()
        && stock.unit == cur.unit
        && !stock.label.is_empty()
        && stock.span.end <= cur.span.start
        // (新增 stands between, its 增 whole whatever line break PDF text put before it: most
        // words between two counts hold none, and are then not read as one line.)
        && crate::text::find_char(&text[stock.span.end..cur.span.start], 0, '增').is_some()
        && crate::text::trim(&label::one_line(&text[stock.span.end..cur.span.start]))
            .strip_prefix(chars!['，', ','])
            .is_some_and(|c| c == "新增")
}

/// An amount restated in another currency after its change (`人均生产总值47654元，按可比价格计算，
/// 增长2%；按年均汇率折算为6908美元`): the restatement is of the amount, not of the change between;
/// the index of that amount, or `None`. The change is the amount's (its base), the amount money, and
/// only a conversion ([`is_conversion`], after the `；` that closes the change's clause) stands
/// between the change and the restatement.
fn converted_past_change(
    text: &str,
    region_of: &[u32],
    out: &[Indicator],
    i: usize,
) -> Option<usize> {
    if i < 2 || region_of[i - 2] != region_of[i] || out[i - 1].span.end > out[i].span.start {
        return None;
    }
    let (amount, change) = (&out[i - 2], &out[i - 1]);
    let of_amount = change.kind == IndicatorKind::Change
        && change.base == Some(i - 2)
        && amount.kind == IndicatorKind::Money
        && out[i].kind == IndicatorKind::Money;
    if !of_amount {
        return None;
    }
    let between = text[change.span.end..out[i].span.start]
        .trim_start_matches(|c: char| is_space(c) || matches!(c, '；' | ';'));
    is_conversion(between).then_some(i - 2)
}

/// Pushes `item` onto `v`, growing it by a thirty-second of its length when full instead of
/// doubling it: the indicator array is the largest part of a report (an `Indicator` is a few
/// hundred bytes), and doubling leaves up to half of it reserved and unused at its peak, which on
/// a text dense with indicators is more than the memory bound allows (4 × input + output; a
/// sixteenth was still too much on texts with an indicator every 6–8 bytes).
/// Geometric growth keeps pushing linear in time; large blocks are grown in place by the system
/// allocator (`mremap`) rather than copied.
///
/// ```text
/// capacity: 0 → 16 → 32 → 49 → … → 1,000,000 → 1,031,266
/// ```
#[inline(always)]
fn push_growing<T>(v: &mut Vec<T>, item: T) {
    room_for_one(v);
    v.push(item);
}

/// Makes room in `v` for one more item, growing a full vector by the step of [`push_growing`].
#[inline(always)]
fn room_for_one<T>(v: &mut Vec<T>) {
    if v.len() == v.capacity() {
        v.reserve_exact(v.len() / 32 + 16);
    }
}

/// A label that names no topic (`发布信息291条`, `公布631条`: a verb of publishing and at most the
/// word 信息) under a heading about one kind of information (`推进重大建设项目信息公开`): the
/// heading names what was published (`重大建设项目信息`), as 政府信息公开 reports are organised.
fn generic_label_topic(label: &str, section: &[String]) -> Option<String> {
    const PUBLISH: &[&str] = &["主动公开", "公开", "发布", "公布", "更新", "推送"];
    // Such a label is at most a verb of publishing and 政府信息 (24 bytes), and is empty, ends
    // with 信息 or is the verb alone: most labels are none of these.
    if label.len() > 24
        || !(label.is_empty() || label.ends_with("信息") || PUBLISH.contains(&label))
    {
        return None;
    }
    let rest = PUBLISH
        .iter()
        .find_map(|v| label.strip_prefix(v))
        .unwrap_or(label);
    if !matches!(rest, "" | "信息" | "政府信息" | "各类信息" | "相关信息") {
        return None;
    }
    let title = crate::text::trim(section.last()?);
    const LEAD: &[&str] = &[
        "推进",
        "加强",
        "深化",
        "做好",
        "强化",
        "推动",
        "抓好",
        "加大",
        "突出",
        "扎实推进",
    ];
    let title = LEAD
        .iter()
        .find_map(|v| title.strip_prefix(v))
        .unwrap_or(title);
    let topic = title
        .strip_suffix("公开工作")
        .or_else(|| title.strip_suffix("公开"))?;
    (topic.ends_with("信息")
        && crate::text::char_len(topic) > 2
        && crate::text::char_len(topic) <= 20)
        .then(|| topic.to_string())
}

/// The bytes that the look-backs of the quantities `out` reach, `window` bytes back at most and
/// not before their regions' starts: from the earliest such start to the last quantity's start
/// (an empty range when there is no quantity). A word searched for the look-backs is searched
/// there only, not in the text before the first quantity's reach or after the last quantity.
///
/// ```text
/// regions [10..500), quantities at 200 and 450, window 100: (100, 450)
/// ```
fn reach_of(
    regions: &[Span],
    region_of: &[u32],
    out: &[Indicator],
    window: usize,
) -> (usize, usize) {
    let mut lo = usize::MAX;
    let mut hi = 0;
    for (ind, &r) in out.iter().zip(region_of) {
        let start = ind.span.start;
        lo = lo.min(regions[r as usize].start.max(start.saturating_sub(window)));
        hi = hi.max(start);
    }
    (lo.min(hi), hi)
}

/// How many figures back a 其中's totals are looked for, at most (besides the two sentences of
/// at most 900 bytes each that `sentence_start` bounds them by): a list of totals is a clause or
/// two, and the bound keeps the work per 其中 constant on a run of them.
const TOTAL_FIGURES: usize = 64;

/// 其中 breakdowns: the quantities after 其中 are parts of the totals before it.
///
/// Each 其中 opens a group of parts: up to the next 其中 (which breaks down a total of its own,
/// `…97篇，其中被采纳43篇`), the `。` of its sentence (the closing bracket of a bracketed one) or, for
/// a 其中 inside another's parts, the `；` that ends its clause. The work of a group does not grow
/// with the groups or figures before it: its totals are at most [`TOTAL_FIGURES`] figures and two
/// sentences of at most 900 bytes back; the end of its parts is searched for only up to the next
/// 其中 (found in the index of 其中 built once); the brackets between its totals and its 其中 are
/// read in one pass (see `read_asides`); the enclosing sentence is looked for at most 900 bytes back.
fn link_parents(text: &str, regions: &[Span], region_of: &[u32], out: &mut [Indicator]) {
    // Where 其中 stands, found once: most quantities have none in their sentence, and for those
    // the sentence start is not needed. Only the text a quantity's look-back reaches is searched
    // (see `reach_of`).
    let (lo, hi) = reach_of(regions, region_of, out, 900);
    let qizhongs: Vec<usize> = memchr::memmem::find_iter(&text.as_bytes()[lo..hi], "其中")
        .map(|k| lo + k)
        .collect();
    let first_from = |from: usize, before: usize| {
        let k = qizhongs.partition_point(|&q| q < from);
        qizhongs
            .get(k)
            .copied()
            .filter(|&q| q + "其中".len() <= before)
    };
    // The last 其中 from `from` on that ends by `before`: a sentence may break down two totals
    // (`幼儿园73所（其中新建4所），小学69所（其中新建7所）`).
    let last_before = |from: usize, before: usize| {
        let k = qizhongs.partition_point(|&q| q + "其中".len() <= before);
        k.checked_sub(1).map(|k| qizhongs[k]).filter(|&q| q >= from)
    };
    // Buffers of `read_asides`, reused from one 其中 to the next.
    let (mut brackets, mut asides) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < out.len() {
        let r = &regions[region_of[i] as usize];
        let start = out[i].span.start;
        // Sentence starts lie at most 900 bytes back (see `sentence_start`).
        let near = first_from(r.start.max(start.saturating_sub(900)), start);
        let Some((qizhong, ss)) = near.and_then(|_| {
            let ss = sentence_start(text, r.start, start);
            last_before(ss, start).map(|q| (q, ss))
        }) else {
            i += 1;
            continue;
        };
        // Totals: the indicators of this sentence before 其中, or of the previous sentence.
        // Candidates lie in this sentence before 其中, or in the previous sentence, and at most
        // TOTAL_FIGURES back: scan back from `i` only that far (a scan over all earlier indicators
        // made long documents quadratic). The previous sentence's start is looked for only when
        // this one has no total (it costs a look-back of up to 900 bytes).
        let back_to = |bound: usize| {
            let mut first = i;
            while first > 0
                && i - first < TOTAL_FIGURES
                && region_of[first - 1] == region_of[i]
                && out[first - 1].span.start >= bound
            {
                first -= 1;
            }
            first
        };
        // (Read from `among` as needed, not collected: no vector per 其中.)
        let in_sentence = Totals {
            among: back_to(ss)..i,
            from: ss,
            before: qizhong,
        };
        let totals = if in_sentence.iter(out).next().is_some() {
            in_sentence
        } else {
            let last_punct = text[r.start..ss]
                .char_indices()
                .next_back()
                .map_or(r.start, |(k, _)| r.start + k);
            let ps = sentence_start(text, r.start, last_punct);
            Totals {
                among: back_to(ps)..i,
                from: 0,
                before: ss,
            }
        };
        let Some(last_total) = totals.iter(out).next_back() else {
            i += 1;
            continue;
        };
        // Parts: this and the following indicators up to the end of the sentence; of a 其中 in
        // brackets (`幼儿园73所（其中新建4所），小学69所`), up to the closing bracket, and the
        // total is the figure right before the bracket. They end at the next 其中 too: the end is
        // searched for only up to it.
        let bracketed = text[..qizhong].ends_with(chars!['（', '(']);
        // A 其中 inside the parts of an earlier one of its sentence breaks down its own clause
        // only: its parts end at the `；` that ends that clause (`其中，第一产业…；第二产业…，其中
        // 工业…；第三产业…`: 第三产业 is no part of 第二产业). (The sentence up to its 。, at most
        // 900 bytes back: `sentence_start` also stops at `；`.)
        // (This and the finer rules of the parts below are left out of the small build, see
        // `FINE`; the parts still end at the next 其中 there.)
        let nested = FINE
            && !bracketed
            && last_before(full_sentence_start(text, r.start, qizhong), qizhong).is_some();
        // Where the parts that follow `p` end: the sentence's `。` (the bracket's close), the next
        // 其中, a `；` that opens a new statement (`…643件，其中发明专利56件；累计获得发明授权
        // 175件`: 175件 is no part of 643件) or, nested, the `；` of its clause. Searched for only
        // up to the next 其中: the bytes of one 其中's parts are read once.
        let parts_end = |p: usize| {
            let next = first_from(p, r.end).unwrap_or(r.end);
            // (The full stop alone is one character's search, by `memchr`: a search for any of
            // several characters steps through every character of the parts.)
            let stop = if bracketed {
                text[p..next].find(chars!['）', ')', '。'])
            } else {
                text[p..next].find('。')
            };
            let mut se = stop.map_or(next, |k| p + k);
            if FINE && !bracketed {
                se = new_statement(text, p, se).unwrap_or(se);
            }
            if nested {
                if let Some(k) = text[p..se].find('；') {
                    se = p + k;
                }
            }
            se
        };
        let mut se = parts_end(qizhong + "其中".len());
        // The totals inside a bracket that closes before the 其中 (see `read_asides`), read once
        // for all its parts.
        if bracketed {
            asides.clear();
        } else {
            read_asides(
                text,
                out,
                totals.among.clone(),
                qizhong,
                &mut brackets,
                &mut asides,
            );
        }
        let (asides, among_start) = (&asides, totals.among.start);
        // The first part in a measure no total has (`医疗机构19个，其中医院2所`): later parts in
        // another measure again are parts only in that one (`卫生院10所`); a figure after it in a
        // third measure is a statement of its own (`…项目143个，其中计划内23个，提交报告36份`).
        let mut cross: Option<usize> = None;
        // The first figure in a bracket of an inner 其中 the parts go on past (see
        // `past_inner_bracket`): the next group starts there.
        let mut first_inner = None;
        let mut j = i;
        while j < out.len() && region_of[j] == region_of[i] {
            if out[j].span.start >= se {
                let inner = (FINE && !bracketed)
                    .then(|| past_inner_bracket(text, &qizhongs, r.end, se))
                    .flatten();
                let Some(resume) = inner else {
                    break;
                };
                first_inner.get_or_insert(j);
                while j < out.len() && region_of[j] == region_of[i] && out[j].span.start < resume {
                    j += 1;
                }
                se = parts_end(resume);
                continue;
            }
            if out[j].kind != IndicatorKind::Change {
                let o: &[Indicator] = out;
                let part = &o[j];
                let same_unit = || {
                    totals
                        .iter(o)
                        // (A relative change is no total: `增长12.4%；其中…解读率100%`.)
                        .filter(move |&t| {
                            !is_relative_change(&o[t])
                                && !asides.get(t - among_start).copied().unwrap_or(false)
                                && same_measure(o[t].unit.as_deref(), part.unit.as_deref())
                        })
                };
                // 其中适用简易程序案件1,203件，占31.1%: the share of the part right before it is
                // a share of the same total (not of the last total in another measure).
                let share_of_part = (j > i
                    && out[j].kind == IndicatorKind::Percent
                    && out[j - 1].parent.is_some())
                .then(|| text[out[j - 1].span.end..out[j].span.start].trim_matches(is_space))
                .is_some_and(|between| {
                    // 占31.1%, 占常住人口比重为61.58%: a share said right after the part.
                    // (Or in brackets, `20.1 亿元（占 7%）`, or alone, `100人次，2.04%`.)
                    let b = between.trim_start_matches(chars!['，', ',', '、']);
                    let b = if FINE {
                        b.trim_start_matches(chars!['（', '('])
                    } else {
                        b
                    };
                    (FINE && b.is_empty() || b.starts_with('占') || b.starts_with("约占"))
                        && !b.contains(|c: char| is_digit(c) || is_clause_punct(c))
                });
                let parent = if share_of_part {
                    out[j - 1].parent.unwrap_or_default()
                } else if bracketed {
                    // The last total of the part's measure before the bracket (`总产量20056吨，
                    // 下降3.5%（其中：甘薯产量18100吨）`: not the change right before it).
                    let Some(t) = same_unit().rfind(|&t| o[t].kind != IndicatorKind::Change) else {
                        j += 1;
                        continue;
                    };
                    t
                } else if same_unit().nth(1).is_some() {
                    // Match by the part's last word (危化受理 → the total whose label has 受理), else
                    // the total right before 其中 (收到356件，受理312件，审结298件，其中维持210件 …:
                    // the parts of what was concluded).
                    let label = out[j].label.as_str();
                    let key = label
                        .char_indices()
                        .rev()
                        .nth(1)
                        .map_or("", |(k, _)| &label[k..]);
                    // (The total of the very same label first: `…金额1163亿元，涉及…金额244亿元。
                    // 其中…金额91亿元`: the part of the amount it repeats the words of.)
                    same_unit()
                        .find(|&t| FINE && label.len() > 3 && out[t].label == label)
                        .or_else(|| {
                            same_unit().find(|&t| !key.is_empty() && out[t].label.contains(key))
                        })
                        .or_else(|| {
                            FINE.then(|| same_unit().rfind(|&t| !is_compared_change(&o[t])))
                                .flatten()
                        })
                        .or_else(|| same_unit().next_back())
                        .unwrap_or(last_total)
                } else if let Some(t) = same_unit()
                    .next()
                    .filter(|&t| !FINE || out[t].label == part.label)
                    .or_else(|| {
                        // A part that repeats, in another measure word, the label of another
                        // count (`出具报告等286份，提交信息等201篇。其中…出具报告等102篇`: the
                        // source's 份 and 篇 for one thing) is a part of that count, not of the
                        // one in its measure.
                        FINE.then(|| {
                            totals.iter(o).find(|&u| {
                                part.kind == IndicatorKind::Count
                                    && o[u].kind == IndicatorKind::Count
                                    && part.label.len() > 3
                                    && o[u].label == part.label
                                    && breaks_down(&o[u], part)
                            })
                        })
                        .flatten()
                    })
                    .or_else(|| same_unit().next())
                {
                    t
                } else if breaks_down(&out[last_total], &out[j])
                    && (!FINE
                        || out[j].unit.is_none()
                        || cross.map_or(j == i, |c| out[c].unit == out[j].unit))
                {
                    // (A bare number in a list of parts, `…5条，财政预决算5，…`, is one of them.)
                    if out[j].unit.is_some() {
                        cross.get_or_insert(j);
                    }
                    last_total
                } else {
                    j += 1;
                    continue;
                };
                // 高等学校2所，其中本科院校1所、专科院校1所；中等职业学校5所: parts that make up
                // their total already leave no room for one more after a `；`: a new statement.
                if FINE && !bracketed && j > i && parts_complete(text, out, parent, i, j) {
                    break;
                }
                out[j].parent = Some(parent);
            }
            j += 1;
        }
        i = first_inner.unwrap_or(j).max(i + 1);
    }
}

/// A finding's extent after 涉及 (`“三公”经费超预算支出，涉及6个部门136万元`): the count names the
/// units involved, and the figure right after its noun, in another measure, is the finding's
/// amount (or vehicles, people), not the units': it takes the finding the clause before 涉及
/// states, at most 24 characters. (The full build's, see `FINE`.)
fn label_involved_amounts(text: &str, regions: &[Span], region_of: &[u32], out: &mut [Indicator]) {
    for j in 1..out.len() {
        let (p, cur) = (&out[j - 1], &out[j]);
        if region_of[j] != region_of[j - 1]
            || p.kind != IndicatorKind::Count
            || p.unit == cur.unit
            || p.label.is_empty()
            || cur.label != p.label
            || p.span.end > cur.span.start
            || text[p.span.end..cur.span.start].trim() != p.label.as_str()
        {
            continue;
        }
        let r = &regions[region_of[j] as usize];
        let cs = clause_start(text, r.start, p.span.start);
        let lead = text[cs..p.span.start].trim_matches(is_space);
        if !matches!(lead, "涉及" | "共涉及" | "涉及到") {
            continue;
        }
        let Some(before) = text[r.start..cs].strip_suffix(chars!['，', ',']) else {
            continue;
        };
        let from = clause_start(text, r.start, r.start + before.len());
        let finding = label::noun_phrase(&label::one_line(&text[from..r.start + before.len()]));
        if (2..=24).contains(&crate::text::char_len(&finding)) {
            out[j].label = finding.as_str().into();
        }
    }
}

/// The parts of a partition that divides a population (城镇/农村, 城市/乡村, 男性/女性).
const PARTITIONS: &[&str] = &[
    "城镇", "农村", "城市", "乡村", "男性", "女性", "城区", "郊区",
];

/// A measure given for each part of a partition, the part named after it (`居民恩格尔系数城镇为
/// 27.5%，农村为30.8%`): the first figure's words end with the first part (`…系数城镇`), the next
/// figure's are the second part alone (`农村`), in one sentence. Each is the part's measure with
/// the part before it, as the text would say it (`城镇居民恩格尔系数`, `农村居民恩格尔系数`). (The
/// full build's, see `FINE`.)
fn label_partitions(text: &str, region_of: &[u32], out: &mut [Indicator]) {
    for j in 1..out.len() {
        if region_of[j] != region_of[j - 1] || out[j - 1].span.end > out[j].span.start {
            continue;
        }
        let second = out[j].label.as_str();
        if !PARTITIONS.contains(&second)
            || text[out[j - 1].span.end..out[j].span.start].contains(chars!['。', '；'])
        {
            continue;
        }
        let Some((measure, first)) = PARTITIONS
            .iter()
            .filter(|p| **p != second)
            .find_map(|p| out[j - 1].label.strip_suffix(p).map(|m| (m, *p)))
        else {
            continue;
        };
        if crate::text::char_len(measure) < 2 {
            continue;
        }
        // (A scope stays first: 全县人均住房建筑面积 → 全县城镇人均住房建筑面积.)
        let scope_len = measure
            .strip_prefix('全')
            .filter(|r| r.starts_with(chars!['国', '省', '市', '县', '区', '镇', '乡', '州']))
            .map_or(0, |_| '全'.len_utf8() * 2);
        let (scope, rest) = measure.split_at(scope_len);
        let (a, b) = (
            format!("{scope}{first}{rest}"),
            format!("{scope}{second}{rest}"),
        );
        out[j - 1].label = a.into();
        out[j].label = b.into();
    }
}

/// The partitive `N个X中，有M个…` (`594个行洪河段中，有264个尚未完成`, `高标准农田2000亩中,有150亩为
/// 虚报`): M, right after the 有, is a part of N, in the same measure, when nothing but a noun of at
/// most 12 characters and 中 stands between them, and it takes N's label. One look at the words
/// between two neighbours (at most 64 bytes) per figure.
fn link_partitives(text: &str, region_of: &[u32], out: &mut [Indicator]) {
    for j in 1..out.len() {
        let (total, part) = (&out[j - 1], &out[j]);
        if region_of[j - 1] != region_of[j]
            || part.parent.is_some()
            || total.span.end > part.span.start
            || part.span.start - total.span.end > 64
            || [total.kind, part.kind]
                .iter()
                .any(|&k| matches!(k, IndicatorKind::Change | IndicatorKind::Percent))
            || total.unit.is_none()
            || !same_measure(total.unit.as_deref(), part.unit.as_deref())
        {
            continue;
        }
        let between = text[total.span.end..part.span.start].trim_matches(is_space);
        let noun = between
            .strip_suffix('有')
            .map(|b| b.trim_end_matches(is_space))
            .map(|b| b.strip_suffix(chars!['，', ',']).unwrap_or(b))
            .and_then(|b| b.strip_suffix('中'));
        if noun.is_some_and(|n| n.chars().count() <= 12 && n.chars().all(is_cjk)) {
            out[j].parent = Some(j - 1);
            // 5000亿元专项债券中，有1200亿元用于交通项目: an amount that is a part is of the
            // whole's noun; what follows it (用于…, 投向…) is its predicate, not its name. (A
            // count is named by its own measure word or noun already.)
            if FINE
                && out[j].kind == IndicatorKind::Money
                && !out[j - 1].label.is_empty()
                && !out[j].label.contains(&*out[j - 1].label)
            {
                out[j].label = out[j - 1].label.clone();
            }
        }
    }
}

/// Words that open a statement of its own after a `；`, not one more part of a 其中: a running
/// total (累计), the whole year or its end, the whole area (全县…), a sum (共有, 合计), what was
/// actually done (实际…). A closed class.
const NEW_STATEMENT: &[&str] = &[
    "累计",
    "全年",
    "年末",
    "全县",
    "全区",
    "全市",
    "全省",
    "全镇",
    "全乡",
    "全州",
    "全社会",
    "共有",
    "共计",
    "合计",
    "总计",
    "实际",
];

/// Whether the parts of `total` among `out[first..j]` (in `out[j]`'s measure) already add up to
/// it, and a `；` (or `;`) stands between the last figure and `out[j]`: then `out[j]` opens a
/// statement of its own, no part (the parts of a whole cannot exceed it).
fn parts_complete(text: &str, out: &[Indicator], total: usize, first: usize, j: usize) -> bool {
    let between = &text[out[j - 1].span.end.min(out[j].span.start)..out[j].span.start];
    // (Sums are of counts and amounts: not of averages, `人均可支配收入` of the 城镇 and 农村
    // parts.)
    let t = &out[total];
    if !between.contains(chars!['；', ';'])
        || !matches!(t.kind, IndicatorKind::Count | IndicatorKind::Money)
        || t.label.contains('均')
    {
        return false;
    }
    let Some(whole) = t.normalized.map(|d| d.to_f64()) else {
        return false;
    };
    let sum: f64 = out[first..j]
        .iter()
        .filter(|p| p.parent == Some(total) && p.unit == out[j].unit)
        .filter_map(|p| p.normalized.map(|d| d.to_f64()))
        .sum();
    sum > 0.0 && sum >= whole * (1.0 - 1e-9)
}

/// The first `；` (or `;`) in `from..to` whose clause opens with a word of [`NEW_STATEMENT`]
/// (`其中发明专利56件；累计获得发明授权175件`). Reads `from..to` once.
fn new_statement(text: &str, from: usize, to: usize) -> Option<usize> {
    text[from..to]
        .match_indices(chars!['；', ';'])
        .find(|&(k, p)| {
            let after = text[from + k + p.len()..to].trim_start_matches(is_space);
            NEW_STATEMENT.iter().any(|w| after.starts_with(w))
        })
        .map(|(k, _)| from + k)
}

/// Where the parts of a 其中 go on past another 其中 at `q` that ends them: past the bracket a
/// `（其中…）` opens, which breaks down the figure right before it (`其中：总承包和专业承包43家
/// （其中本年新增11家），劳务分包企业27家`: 27家 is a part again). `None` when `q` is no 其中,
/// opens no bracket, or its bracket is not closed before the sentence's `。` or the next 其中.
/// Reads the bracket once, up to the 其中 after it at most.
fn past_inner_bracket(text: &str, qizhongs: &[usize], end: usize, q: usize) -> Option<usize> {
    qizhongs.binary_search(&q).ok()?;
    if !text[..q].ends_with(chars!['（', '(']) {
        return None;
    }
    let after = q + "其中".len();
    let next = qizhongs
        .get(qizhongs.partition_point(|&k| k < after))
        .copied()
        .filter(|&k| k + "其中".len() <= end)
        .unwrap_or(end);
    let clause = &text[q..next];
    let k = clause.find(chars!['）', ')', '。'])?;
    let close = clause[k..].chars().next()?;
    (close != '。').then(|| q + k + close.len_utf8())
}

/// Just after the last `。` in the 900 bytes before `at` (not before `from`), or the window's
/// start: the start of the whole sentence around `at`, past its `；` (which `sentence_start`
/// stops at).
fn full_sentence_start(text: &str, from: usize, at: usize) -> usize {
    let mut lo = at.saturating_sub(900).max(from);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    text[lo..at]
        .rfind('。')
        .map_or(lo, |k| lo + k + '。'.len_utf8())
}

/// For each figure of `among`, whether it stands in a bracket that closes before the 其中 at
/// `qizhong`, into `asides` (`筹集资金9亿元（含债券2亿元），其中贷款5亿元`: 2亿元 is an aside, no
/// total the 其中 breaks down; more closing than opening brackets stand between them). The
/// brackets from the earliest figure's end to the 其中 are read once into `brackets` (position,
/// and +1 for a closing bracket, −1 for an opening one, then summed from the 其中 back), and each
/// figure's answer is the sum from its end on, found by binary search: one pass over those bytes
/// (at most two sentences, see `link_parents`), not one per figure.
fn read_asides(
    text: &str,
    out: &[Indicator],
    among: std::ops::Range<usize>,
    qizhong: usize,
    brackets: &mut Vec<(usize, i32)>,
    asides: &mut Vec<bool>,
) {
    brackets.clear();
    asides.clear();
    let end = |t: usize| out[t].span.end.min(qizhong);
    let Some(from) = among.clone().map(end).min() else {
        return;
    };
    // On the bytes: `(` `)` and the full-width （ ） (EF BC 88, EF BC 89).
    let b = &text.as_bytes()[from..qizhong];
    for i in memchr::memchr3_iter(b'(', b')', 0xbc, b) {
        let step = match (b[i], b.get(i + 1)) {
            (b')', _) => 1,
            (b'(', _) => -1,
            (_, Some(0x89)) if i > 0 && b[i - 1] == 0xef => 1,
            (_, Some(0x88)) if i > 0 && b[i - 1] == 0xef => -1,
            _ => 0,
        };
        if step != 0 {
            brackets.push((from + i, step));
        }
    }
    let mut depth = 0;
    for e in brackets.iter_mut().rev() {
        depth += e.1;
        e.1 = depth;
    }
    asides.extend(among.map(|t| {
        let k = brackets.partition_point(|&(at, _)| at < end(t));
        brackets.get(k).is_some_and(|&(_, depth)| depth > 0)
    }));
}

/// The totals a 其中 breaks down: the indicators of `among` that start at `from` or later and
/// end by `before` (those of the 其中's sentence before it, or those of the sentence before).
struct Totals {
    among: std::ops::Range<usize>,
    from: usize,
    before: usize,
}

impl Totals {
    /// The indices of the totals, in text order.
    fn iter<'o>(&self, out: &'o [Indicator]) -> impl DoubleEndedIterator<Item = usize> + 'o {
        let (from, before) = (self.from, self.before);
        self.among
            .clone()
            .filter(move |&j| out[j].span.end <= before && out[j].span.start >= from)
    }
}

/// Whether `part`, in another unit than `total`, can still be a part of it: a count with another
/// measure word (`医疗机构19个…其中医院2所`), a share (`其中予以公开占51.85%`), a bare number. Not a
/// rate (`纠错率14.8%`), money against a count, another physical measure (`41万亩…单产468公斤`),
/// or a count or an amount under a share or a relative change (`增长10.1%，…其中…有42家`).
fn breaks_down(total: &Indicator, part: &Indicator) -> bool {
    const PHYSICAL: &[&str] = &[
        "公斤",
        "千克",
        "克",
        "吨",
        "斤",
        "亩",
        "亩次",
        "公顷",
        "平方米",
        "平米",
        "平方公里",
        "公里",
        "千米",
        "米",
        "立方米",
        "千瓦",
        "千瓦时",
        "度",
        "升",
    ];
    let (Some(t), Some(p)) = (total.unit.as_deref(), part.unit.as_deref()) else {
        return true;
    };
    let rate = matches!(part.kind, IndicatorKind::Percent | IndicatorKind::Rate)
        && part.label.ends_with('率');
    let money = unit::is_money(t) != unit::is_money(p) && part.kind != IndicatorKind::Percent;
    let physical = PHYSICAL.contains(&p) || PHYSICAL.contains(&t);
    // A share is no total of a count or an amount (`仅占计划总投资的7.5%…其中5处`).
    let share_total = (total.kind == IndicatorKind::Percent || is_relative_change(total))
        && part.kind != IndicatorKind::Percent;
    !(rate || money || physical || share_total)
}

/// Where an adverb of degree stands before the 占 of a share inside a label (`实际完成投资仅占计划
/// 总投资` → 实际完成投资占计划总投资): 仅 or 只, one character, that says how small the share is, not
/// what is measured.
fn adverb_before_share(label: &str) -> Option<usize> {
    // (A search for the one character 占 first: two searches for a word per label cost ~3M
    // instructions at 20× the profile corpus.)
    let k = label.find('占')?;
    let adverb = label[..k].strip_suffix(chars!['仅', '只'])?;
    Some(adverb.len())
}

/// Verbs that compare a figure with another's (`高出全省平均增速13个百分点`).
const COMPARING_VERBS: &[&str] = &["高出", "高于", "低于", "快于", "慢于", "超出"];

/// A difference in points whose words are only the comparison (`…增长17.6%，高出全省平均增速13个
/// 百分点`): the label opens with a verb of [`COMPARING_VERBS`] and names the figure compared
/// with, so the difference is of the clause's subject, found like a continuing clause's.
fn is_comparison_with_another(ind: &Indicator, label: &str) -> bool {
    ind.unit.as_deref() == Some("个百分点") && COMPARING_VERBS.iter().any(|v| label.starts_with(v))
}

/// A difference in points whose label is a relation word of [`RELATIONAL`] and a comparison
/// (`增速快于城镇居民`, `涨幅低于全国`): the relation word, of the clause's subject.
fn relation_compared(ind: &Indicator, label: &str) -> Option<&'static str> {
    if ind.unit.as_deref() != Some("个百分点") {
        return None;
    }
    RELATIONAL.iter().copied().find(|r| {
        label
            .strip_prefix(r)
            .is_some_and(|rest| COMPARING_VERBS.iter().any(|v| rest.starts_with(v)))
    })
}

/// An elliptical parallel: `价格上涨的城市个数为23个，持平的为4个` — the second clause says only
/// the predicate that differs (持平) and 的; its label is the first's with that predicate in place of
/// the first's last characters of the same length (`价格持平的城市个数`).
fn elliptical_parallel(text: &str, prev: &Indicator, cur: &Indicator) -> Option<String> {
    if prev.unit != cur.unit || prev.span.end > cur.span.start {
        return None;
    }
    // The clause ends with 的, or with 的 and 为/有/是: most words between two figures end
    // otherwise, and need no trimming at their start.
    let between = text[prev.span.end..cur.span.start].trim_end_matches(is_space);
    if !between.ends_with(chars!['的', '为', '有', '是']) {
        return None;
    }
    let between =
        between.trim_start_matches(|c: char| is_space(c) || matches!(c, '，' | '；' | '、' | ','));
    let between = ["为", "有", "是"]
        .iter()
        .find_map(|w| between.strip_suffix(w))
        .unwrap_or(between);
    let predicate = between.strip_suffix('的')?;
    let n = predicate.chars().count();
    if !(1..=4).contains(&n) || !predicate.chars().all(is_cjk) {
        return None;
    }
    let de = crate::text::rfind_char(&prev.label, '的')?;
    let (clause, head) = (&prev.label[..de], &prev.label[de..]);
    let cut = clause.char_indices().rev().nth(n - 1)?.0;
    (cut > 0).then(|| format!("{}{predicate}{head}", &clause[..cut]))
}

/// Measures of a product or a stock that a clause may name bare after another measure of the same
/// owner (`贻贝养殖面积6885亩，产量3.3万吨`, `生猪存栏12万头，出栏18万头`): a closed class.
const BARE_MEASURES: &[&str] = &[
    "总产量",
    // (总产 is 总产量 as statistics bulletins shorten it: `夏粮总产32.8万吨`.)
    "总产",
    "产量",
    "单产",
    "总产值",
    "产值",
    "面积",
    "存栏",
    "出栏",
    "销售额",
    "营业额",
    "销售收入",
    "营业收入",
    "利润",
    "增加值",
];

/// The measures a label may end with whose owner a bare measure after it shares, longest first.
const OWNED_MEASURES: &[&str] = &[
    "养殖面积",
    "播种面积",
    "总播面积",
    "种植面积",
    "总产量",
    "营业收入",
    "销售收入",
    "增加值",
    "总产值",
    "销售额",
    "营业额",
    "面积",
    "产量",
    "产值",
    "存栏",
    "出栏",
    "单产",
    "利润",
];

/// Measures written as a verb before their owner (`年出栏生猪26万头`: 出栏 of 生猪), so that a bare
/// measure after it (`存栏9万头`) is the owner's too: a closed class.
const VERB_MEASURES: &[&str] = &["出栏", "存栏"];

/// The figure whose owner a bare measure at `prev + 1` may share: `prev`, or, when `prev` is a
/// change stated relatively in a clause of its own (`蔬菜播种面积3000公顷，比上年增长1.4%，产量9万吨`),
/// the figure before that change in the same sentence, which the change only compares.
fn owner_figure(text: &str, region_of: &[u32], out: &[Indicator], prev: usize) -> usize {
    let p = &out[prev];
    let changes_before = prev > 0
        && region_of[prev - 1] == region_of[prev]
        && p.kind == IndicatorKind::Change
        && matches!(p.unit.as_deref(), Some("%" | "个百分点"))
        && out[prev - 1].kind != IndicatorKind::Change
        && out[prev - 1].span.end <= p.span.start
        && !text[out[prev - 1].span.end..p.span.start].contains(chars!['。', '；', ';']);
    if changes_before {
        prev - 1
    } else {
        prev
    }
}

/// The owner of the measure `label` names, a measure before it ([`OWNED_MEASURES`], `贻贝养殖面积` →
/// 贻贝) or a verb of a stock before its owner ([`VERB_MEASURES`], `年出栏生猪` → 生猪).
fn owner_in(label: &str) -> Option<&str> {
    OWNED_MEASURES
        .iter()
        .find_map(|m| label.strip_suffix(m))
        .or_else(|| {
            VERB_MEASURES
                .iter()
                .find_map(|m| label.find(m).map(|k| &label[k + m.len()..]))
        })
}

/// The label of a bare measure at the head of its clause (`…，产量3.3万吨`) with the owner of the
/// measure `owner` names (`贻贝养殖面积` → 贻贝 + 产量): `None` when the label is no bare measure
/// of [`BARE_MEASURES`], when words stand between the clause's start and it (the clause starting
/// after `prev`, the figure right before), or when the owner's label holds no measure of
/// [`OWNED_MEASURES`] or [`VERB_MEASURES`] with an owner of two characters.
fn owner_of_bare_measure(
    text: &str,
    owner: &Indicator,
    prev: &Indicator,
    cur: &Indicator,
    label: &str,
) -> Option<String> {
    if !BARE_MEASURES.contains(&label) || prev.span.end > cur.span.start {
        return None;
    }
    // (Line breaks too: the two figures are of one region, so a break is a wrapped line's.)
    let between = crate::text::trim(&text[prev.span.end..cur.span.start]);
    let clause = between.strip_prefix(chars!['，', '；', ','])?;
    let k = clause.find(label)?;
    if !crate::text::trim(&clause[..k]).is_empty() {
        return None;
    }
    let owner = owner_in(&owner.label)?;
    // 完成粮食播种面积: a verb of carrying out before the owner is no part of it.
    let owner = ["完成", "实现", "新增"]
        .iter()
        .find_map(|w| owner.strip_prefix(w))
        .filter(|o| crate::text::char_len(o) >= 2)
        .unwrap_or(owner);
    (crate::text::char_len(owner) >= 2 && !owner.ends_with(chars!['的', '和', '及']))
        .then(|| format!("{owner}{label}"))
}

/// A second group of figures that repeats the heads of the first (`职工住院1.4万人次，总费用1.2亿元；
/// 居民住院9.3万人次，总费用6.1亿元`): a short noun alone in its clause before the figure (`，总费用`)
/// that an earlier figure of the paragraph bore the same way, in another group, is the noun of its
/// own group (`居民住院总费用`). A group runs from a `；` or the sentence's start; its head is the
/// label of its first figure, of another measure (a count of visits, then money). `None` otherwise.
fn repeated_group_head(
    text: &str,
    start: usize,
    region_of: &[u32],
    out: &[Indicator],
    i: usize,
    label: &str,
) -> Option<String> {
    // Two to four ideographs: 6 to 12 bytes (bytes, not characters, counted: asked of every figure).
    if i < 3 || !(6..=12).contains(&label.len()) || !label.chars().all(crate::text::is_cjk) {
        return None;
    }
    // The earlier figures of the paragraph, nearest first, that may bear the label.
    let earlier = || {
        (1..i - 1)
            .rev()
            .take(GROUP_FIGURES)
            .take_while(|&k| region_of[k] == region_of[i])
    };
    // The figure's own clause first: `bare_clause_head` fails on its first compares of offsets
    // for most figures (the label alone stands between them and the figure before), where a
    // look for the label among the earlier figures compared up to 32 labels. Then an earlier
    // figure with the label, read the same way (its labels compared first).
    if !bare_clause_head(text, region_of, out, i, label)
        || !earlier()
            .any(|k| out[k].label == label && bare_clause_head(text, region_of, out, k, label))
    {
        return None;
    }
    let head = group_head(text, start, region_of, out, i)?;
    let h = &out[head];
    if h.kind == IndicatorKind::Change
        || same_measure(h.unit.as_deref(), out[i].unit.as_deref())
        || h.label.is_empty()
        || h.label.contains(label)
    {
        return None;
    }
    let earlier = (1..head)
        .rev()
        .take(GROUP_FIGURES)
        .take_while(|&k| region_of[k] == region_of[i])
        .find(|&k| out[k].label == label && bare_clause_head(text, region_of, out, k, label))?;
    let other_group =
        group_head(text, start, region_of, out, earlier).is_some_and(|g| out[g].label != h.label);
    other_group.then(|| format!("{}{label}", h.label))
}

/// Whether `label` alone, after a comma, stands between figure `i` and the figure before it in
/// its region (`1.4万人次，总费用1.2亿元`; after an aside, `50个（…3个），总投资…`): a clause naming
/// only its measure.
fn bare_clause_head(
    text: &str,
    region_of: &[u32],
    out: &[Indicator],
    i: usize,
    label: &str,
) -> bool {
    let (prev, cur) = (&out[i - 1], &out[i]);
    // (The gap holds the label, a comma and at most a bracket, spaces or a line break.)
    cur.kind != IndicatorKind::Change
        && region_of[i - 1] == region_of[i]
        && prev.span.end <= cur.span.start
        && cur.span.start - prev.span.end <= label.len() + 8
        // (Read as one line: PDF text may wrap inside the noun.)
        && crate::text::trim(&label::one_line(&text[prev.span.end..cur.span.start]))
            .trim_start_matches(chars![')', '）'])
            .strip_prefix(chars!['，', ','])
            .is_some_and(|c| c == label)
}

/// How far back [`group_head`] and [`repeated_group_head`] look: bytes, and figures.
const GROUP_REACH: usize = 900;
const GROUP_FIGURES: usize = 32;

/// The first figure of the group of figure `i` (`k < i`): the figures of its region after the last
/// `；`, `。` or `其中` before it (the region's start when none): `其中` opens a part's group.
fn group_head(
    text: &str,
    start: usize,
    region_of: &[u32],
    out: &[Indicator],
    i: usize,
) -> Option<usize> {
    // (At most GROUP_REACH bytes and figures back: a group is a clause or two, and an unbounded
    // look-back made a long region without `；` or `。` quadratic.)
    let mut lo = out[i].span.start.saturating_sub(GROUP_REACH).max(start);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..out[i].span.start];
    let stop = before.rfind(chars!['；', ';', '。']);
    let since = stop.unwrap_or(0);
    let part = before[since..].rfind("其中").map(|k| since + k);
    let from = stop.max(part).map_or(lo, |k| lo + k);
    let k = (0..i)
        .rev()
        .take(GROUP_FIGURES)
        .take_while(|&k| region_of[k] == region_of[i] && out[k].span.start >= from)
        .last()?;
    Some(k)
}

/// Whether a figure is a change stated against a basis (`总人口45万人，比上年末增加1214人`): it
/// compares the level before it and is no total of the parts a 其中 after it lists (`其中：男性
/// 23万人`, the level's parts). (Asked only in the full build, see `FINE`.)
fn is_compared_change(ind: &Indicator) -> bool {
    ind.kind == IndicatorKind::Change && ind.basis.is_some()
}

/// Whether `ind` is a change stated relatively (`增长12.4%`, `提高2个百分点`): no total of any
/// part, unlike an absolute change (`增加6万亿元，其中2万亿元…`).
fn is_relative_change(ind: &Indicator) -> bool {
    ind.kind == IndicatorKind::Change && matches!(ind.unit.as_deref(), Some("%" | "个百分点" | "‰"))
}

/// Whether two units measure the same thing: equal, or measure words of one class (人, 名, 位 count
/// people), so that a part can break a total down (`共有34人…其中8名`).
fn same_measure(a: Option<&str>, b: Option<&str>) -> bool {
    // (Literal patterns, not `contains` on an array of the words: each compare is then of a known
    // length, a few instructions, instead of a `memcmp` call for each word of the unit's length.)
    let people = |u: &str| matches!(u, "人" | "名" | "位");
    // Cases and incidents (`办理案件120件，其中刑事案件30宗`), with `FINE`.
    let cases = |u: &str| matches!(u, "件" | "宗" | "起");
    a == b
        || matches!((a, b), (Some(x), Some(y))
            if (people(x) && people(y)) || (FINE && cases(x) && cases(y)))
}

/// `A、B分别X和Y`: the subjects before 分别 go to the quantities after it in order
/// (`进口、出口额分别为3亿元和5亿元` → 进口额, 出口额; `城乡居民收入分别增长4.5%和6.8%` → 城镇居民收入,
/// 农村居民收入). A short first subject shares the head of the last (进口 + 额).
fn distribute_respectively(
    text: &str,
    regions: &[Span],
    region_of: &[u32],
    needs: &mut [bool],
    out: &mut [Indicator],
) {
    // Where 分别 stands, found once: most quantities have none in their clause. Only the text a
    // quantity's look-back reaches is searched (see `reach_of`).
    let (lo, hi) = reach_of(regions, region_of, out, 300);
    // (别 is rare: found first, then 分 before it, or `分⏎别` as PDF text may wrap it. Without
    // the `hard-wraps` feature only 分别 itself.)
    let hay = &text.as_bytes()[lo..hi];
    let needle = if cfg!(feature = "hard-wraps") {
        "别"
    } else {
        "分别"
    };
    let fenbie: Vec<usize> = memchr::memmem::find_iter(hay, needle)
        .filter_map(|k| {
            if !cfg!(feature = "hard-wraps") {
                return Some(lo + k);
            }
            let before = &hay[..k];
            let fen = "分".as_bytes();
            let wrap = match before {
                [.., b'\r', b'\n'] => 2,
                [.., b'\n'] => 1,
                _ => 0,
            };
            before[..k - wrap]
                .ends_with(fen)
                .then(|| lo + k - wrap - fen.len())
        })
        .collect();
    let mut i = 0;
    while i < out.len() {
        let r = &regions[region_of[i] as usize];
        let start = out[i].span.start;
        // Clause starts lie at most 300 bytes back (see `clause_start`).
        let k = fenbie.partition_point(|&f| f < r.start.max(start.saturating_sub(300)));
        if fenbie.get(k).is_none_or(|&f| f >= start) {
            i += 1;
            continue;
        }
        let cs = clause_start(text, r.start, start);
        let Some(at) = fenbie[k..]
            .iter()
            .find(|&&f| f >= cs && f + "分别".len() <= start)
            .map(|&f| f - cs)
        else {
            i += 1;
            continue;
        };
        // The subjects: the clause before 分别, read as a label (its list kept whole).
        let words = label::one_line(&text[cs..cs + at]);
        let subject = label::noun_phrase(&words);
        // (A qualifier of the changes before 分别 is no part of the last subject: `增加值、上缴
        // 税金年均分别增长`.)
        let subject = match CHANGE_QUALIFIERS
            .iter()
            .find_map(|q| subject.strip_suffix(q))
            .filter(|s| FINE && s.contains(chars!['、', '和', '及', '与']))
        {
            Some(s) => s.to_string(),
            None => subject,
        };
        let mut j = i;
        while j + 1 < out.len()
            && region_of[j + 1] == region_of[i]
            && out[j + 1].unit == out[i].unit
            && (is_list_joint(&text[out[j].span.end..out[j + 1].span.start])
                || is_list_step(&text[out[j].span.end..out[j + 1].span.start]))
        {
            j += 1;
        }
        let k = j - i + 1;
        // 增速较一季度、上半年分别加快1.1和0.5个百分点: the list is of bases, not subjects; each
        // change is of the words before 较 against its own basis.
        if let Some((head, bases)) = (FINE && k >= 2)
            .then(|| bases_distributed(&words, k))
            .flatten()
        {
            for (n, b) in bases.into_iter().enumerate() {
                out[i + n].label = head.as_str().into();
                out[i + n].basis = Some(Cow::Owned(b));
                needs[i + n] = head.is_empty();
            }
            i = j + 1;
            continue;
        }
        if k >= 2 {
            let parts = match respective_subjects(&subject, k) {
                Some(parts) => Some(parts),
                None if FINE && subject.is_empty() => {
                    subjects_of_list_before(text, cs, region_of, i, k, needs, out)
                        .or_else(|| labels_of_clauses_before(text, cs, region_of, i, k, out))
                        .or_else(|| labels_of_distributed_list(text, cs, region_of, i, k, out, ""))
                        .or_else(|| subjects_of_clause_before(text, r.start, cs, k))
                }
                None if FINE && subject.starts_with('占') => {
                    shares_of_list_before(text, cs, region_of, i, k, out, &subject)
                }
                // A、B分别增长a和b，增速分别比上年提高p和q: the attribute of each (增速, 比重)
                // follows its subject.
                None if FINE && subject.chars().count() <= 2 => {
                    labels_of_distributed_list(text, cs, region_of, i, k, out, &subject)
                }
                None => None,
            };
            if let Some(parts) = parts {
                for (n, p) in parts.into_iter().enumerate() {
                    out[i + n].label = p.into();
                    needs[i + n] = false;
                }
            }
        }
        i = j + 1;
    }
}

/// `存贷款余额达到A、B，分别增长c、d`: a 分别 that opens its clause (no subject of its own) after a
/// list of `k` figures of one subject that ends the clause before: that subject's parts
/// (存款余额, 贷款余额) label the list, which is given them, and are returned for the figures
/// after 分别. Only the `k` figures before `i` are read.
fn subjects_of_list_before(
    text: &str,
    clause_start: usize,
    region_of: &[u32],
    i: usize,
    k: usize,
    needs: &mut [bool],
    out: &mut [Indicator],
) -> Option<Vec<String>> {
    let p = list_before(text, clause_start, region_of, i, k, out)?;
    if !(p + 1..i).all(|m| out[m].unit == out[p].unit) {
        return None;
    }
    // 对A、B进出口分别为x和y，分别增长c和d: the list before was distributed already (its labels
    // differ before a head they share); the figures after 分别 take those labels in order.
    if FINE && i - p == k && distributed_labels(out[p..i].iter().map(|o| &*o.label)) {
        return Some((p..i).map(|m| out[m].label.to_string()).collect());
    }
    let parts = respective_subjects(&out[p].label, k)?;
    for (n, part) in parts.iter().enumerate() {
        out[p + n].label = part.as_str().into();
        needs[p + n] = false;
    }
    Some(parts)
}

/// Whether `l` is only a unit of distribution, 每 and a noun with or without a classifier
/// (`每个村（社区）`, `每个行政村`, `每户`): what a count after it is given to, not what it counts.
///
/// ```text
/// is_per_each("每个村（社区）") == true;  is_per_each("每个乡镇专职人员") == false
/// ```
fn is_per_each(l: &str) -> bool {
    let Some(rest) = l.strip_prefix('每') else {
        return false;
    };
    let rest = rest
        .strip_prefix(chars!['个', '名', '户', '家', '所', '座', '位'])
        .unwrap_or(rest);
    // The unit: a place or a body (a short noun, maybe glossed in brackets), no noun of people
    // or things after it.
    let bare = rest.split(chars!['（', '(']).next().unwrap_or(rest);
    (1..=4).contains(&crate::text::char_len(bare))
        && bare.chars().all(crate::text::is_cjk)
        && bare.ends_with(chars![
            '村', '镇', '乡', '县', '区', '市', '道', '户', '校', '园'
        ])
}

/// Whether `labels` (two or more) are a distributed list's: each differs from the first, and all
/// end with a head of two characters or more that they share and none is only
/// (`日本进出口`, `韩国进出口`).
///
/// ```text
/// distributed_labels(["日本进出口", "韩国进出口"]) == true
/// distributed_labels(["存贷款余额", ""]) == false
/// ```
fn distributed_labels<'a>(mut labels: impl Iterator<Item = &'a str>) -> bool {
    let Some(first) = labels.next() else {
        return false;
    };
    let mut shared = first.len();
    let mut n = 1;
    for l in labels {
        n += 1;
        if l == first {
            return false;
        }
        let common = first
            .char_indices()
            .rev()
            .zip(l.chars().rev())
            .take_while(|&((_, a), b)| a == b)
            .last()
            .map_or(first.len(), |((at, _), _)| at);
        shared = shared.min(first.len() - common);
        if l.len() <= first.len() - common {
            return false;
        }
    }
    n >= 2 && first.len() > shared && first[first.len() - shared..].chars().nth(1).is_some()
}

/// `引进资金、技术、人才，分别增长a、b和c`: a 分别 that opens its clause (at byte `at`) after a
/// clause of `k` listed subjects and no figure: those subjects, in order (see
/// [`respective_subjects`]).
fn subjects_of_clause_before(
    text: &str,
    region_start: usize,
    at: usize,
    k: usize,
) -> Option<Vec<String>> {
    let end = text[region_start..at]
        .trim_end_matches(is_space)
        .strip_suffix(chars!['，', ','])
        .map(|b| region_start + b.len())?;
    let start = clause_start(text, region_start, end);
    let words = label::one_line(&text[start..end]);
    // (Not a clause with figures of its own, nor a list left open with 等, `钢铁、医药等六条龙型
    // 经济实现销售收入和利润增幅`: its items are a class, the list distributed is another.)
    if words.contains(|c: char| crate::text::is_digit(c) || c == '等') {
        return None;
    }
    respective_subjects(&label::noun_phrase(&words), k)
}

/// `A、B增加值分别增长a和b，占工业比重分别为x和y`: a share (`share`, opening with 占) distributed
/// by 分别 in the clause right after a list of `k` labelled figures: each figure's label and the
/// share (`A增加值占工业比重`, `B增加值占工业比重`), in order.
fn shares_of_list_before(
    text: &str,
    clause_start: usize,
    region_of: &[u32],
    i: usize,
    k: usize,
    out: &[Indicator],
    share: &str,
) -> Option<Vec<String>> {
    labels_of_list_before(text, clause_start, region_of, i, k, out, share, false)
}

/// `A、B分别增长a和b，分别比上年提高p和q`: a 分别 that opens its clause (or has only an attribute
/// of two characters, `suffix`: 增速, 比重) right after a list of `k` figures that already have
/// `k` different labels (a list distributed itself): those labels, each with `suffix`, in order.
fn labels_of_distributed_list(
    text: &str,
    clause_start: usize,
    region_of: &[u32],
    i: usize,
    k: usize,
    out: &[Indicator],
    suffix: &str,
) -> Option<Vec<String>> {
    labels_of_list_before(text, clause_start, region_of, i, k, out, suffix, true)
}

/// The labels of the list of `k` figures before `i` (see [`list_before`]), each with `suffix`,
/// when every figure has one (and, if `distinct`, no two the same).
#[allow(clippy::too_many_arguments)]
fn labels_of_list_before(
    text: &str,
    clause_start: usize,
    region_of: &[u32],
    i: usize,
    k: usize,
    out: &[Indicator],
    suffix: &str,
    distinct: bool,
) -> Option<Vec<String>> {
    let p = list_before(text, clause_start, region_of, i, k, out)?;
    let labels = &out[p..i];
    let labelled = labels.iter().enumerate().all(|(n, a)| {
        !a.label.is_empty() && (!distinct || labels[n + 1..].iter().all(|b| b.label != a.label))
    });
    labelled.then(|| {
        labels
            .iter()
            .map(|m| format!("{}{suffix}", m.label))
            .collect()
    })
}

/// Where the `k` figures right before `i` start, when they are one list (one region, joined by
/// list joints: see [`is_list_joint`]) whose last figure ends the clause before `clause_start`
/// with a comma (`存贷款余额达到A、B，分别…`): what a 分别 that opens its clause may distribute.
fn list_before(
    text: &str,
    clause_start: usize,
    region_of: &[u32],
    i: usize,
    k: usize,
    out: &[Indicator],
) -> Option<usize> {
    let p = i.checked_sub(k)?;
    let one_list = region_of[p] == region_of[i]
        && (p..i - 1).all(|m| {
            region_of[m + 1] == region_of[i]
                && out[m].span.end <= out[m + 1].span.start
                && is_list_joint(&text[out[m].span.end..out[m + 1].span.start])
        });
    let gap = text.get(out[i - 1].span.end..clause_start)?;
    (one_list && matches!(trim_wrap(gap), "，" | ",")).then_some(p)
}

/// `A累计达到X，B累计达到Y，分别是上期的m倍和n倍`: a 分别 that opens its clause after `k` clauses
/// that each state one figure of their own subject: those subjects, in order, for the figures
/// after 分别. The `k` figures right before `i` must be levels (no changes), each labelled, in the
/// same sentence, the last one ending the clause before 分别.
fn labels_of_clauses_before(
    text: &str,
    clause_start: usize,
    region_of: &[u32],
    i: usize,
    k: usize,
    out: &[Indicator],
) -> Option<Vec<String>> {
    let p = i.checked_sub(k)?;
    let levels = (p..i).all(|m| {
        region_of[m] == region_of[i]
            && out[m].kind != IndicatorKind::Change
            && !out[m].label.is_empty()
            && (m + 1 == i
                || text
                    .get(out[m].span.end..out[m + 1].span.start)
                    .is_some_and(|b| !b.contains(chars!['。', '；', ';'])))
    });
    let gap = text.get(out[i - 1].span.end..clause_start)?;
    (levels && matches!(trim_wrap(gap), "，" | ","))
        .then(|| (p..i).map(|m| out[m].label.to_string()).collect())
}

/// `s` without the spaces and line breaks around it: what stands between two quantities of a
/// list that PDF text wrapped (`15%、` / `19%`).
fn trim_wrap(s: &str) -> &str {
    // (The words between two figures, most often: their ends need no decoding when they are
    // plain, see `plain_ends`. Not in the small WebAssembly build, for its size.)
    if FINE && crate::text::plain_ends(s) {
        return s;
    }
    s.trim_matches(|c: char| is_space(c) || c == '\n' || c == '\r')
}

/// Whether the text between two quantities only joins them into a list: `、`, `和`, `及`, `与`.
fn is_list_joint(between: &str) -> bool {
    let t = trim_wrap(between);
    matches!(t, "、" | "和" | "及" | "与" | "以及" | "，" | ",")
}

/// The words before 分别 read as a measure compared with a list of bases (`增速较一季度、上半年`,
/// `比全省、全市平均水平`): the measure (the words before 较/比, maybe empty) and each basis with
/// its comparative (`较一季度`, `较上半年`), when the list after the comparative has `k` items
/// of at most eight characters. (The full build's, see `FINE`.)
fn bases_distributed(words: &str, k: usize) -> Option<(String, Vec<String>)> {
    let at = words.rfind(chars!['较', '比'])?;
    let (head, rest) = (&words[..at], &words[at..]);
    let (cmp, list) = rest.split_at(rest.chars().next()?.len_utf8());
    // (比重, 比例: a measure, not a comparative.)
    if list.starts_with(chars!['重', '例', '值', '率']) {
        return None;
    }
    let items: Vec<&str> = list
        .split(chars!['、', '和', '及'])
        .map(|p| p.trim_matches(is_space))
        .collect();
    if items.len() != k
        || items
            .iter()
            .any(|p| !(1..=8).contains(&crate::text::char_len(p)) || !p.chars().all(is_cjk))
    {
        return None;
    }
    let head = head.trim_matches(is_space);
    let head = head.strip_suffix('同').unwrap_or(head);
    Some((
        head.to_string(),
        items.iter().map(|p| format!("{cmp}{p}")).collect(),
    ))
}

/// Coordinate abbreviations that name two subjects at once: a closed class.
const ABBREVIATIONS: &[(&str, [&str; 2])] = &[
    ("城乡", ["城镇", "农村"]),
    ("进出口", ["进口", "出口"]),
    ("中小学", ["中学", "小学"]),
    ("水电", ["水", "电"]),
    ("存贷款", ["存款", "贷款"]),
    ("收支", ["收入", "支出"]),
];

/// Age brackets before one noun (READING8 #1): `0-17岁、18-34岁、60岁及以上户籍人口` → each
/// bracket with the noun after the last one's bracket (户籍人口). (Split without 及, which
/// belongs to the bound 及以上.)
fn age_bracket_subjects(subject: &str, k: usize) -> Option<Vec<String>> {
    let parts: Vec<&str> = subject
        .split(chars!['、', '和', '与', '或'])
        .map(|p| p.trim_matches(is_space))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != k || k < 2 || !parts[..k - 1].iter().all(|p| p.ends_with('岁')) {
        return None;
    }
    let last = parts[k - 1];
    let rest = &last[last.rfind('岁')? + '岁'.len_utf8()..];
    let head = ["及以上", "及以下", "以上", "以下"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    if !head.starts_with(crate::text::is_cjk) {
        return None;
    }
    let mut labels: Vec<String> = parts[..k - 1]
        .iter()
        .map(|p| format!("{p}{head}"))
        .collect();
    labels.push(last.to_string());
    Some(labels)
}

/// The `k` subjects of `subject` read as a list, heads shared; `None` when it does not split into `k`.
fn respective_subjects(subject: &str, k: usize) -> Option<Vec<String>> {
    if FINE && subject.contains('岁') {
        if let Some(labels) = age_bracket_subjects(subject, k) {
            return Some(labels);
        }
    }
    // 全市城镇、农村居民收入: the scope before the first item is every item's; the labels leave it
    // out, and the first item is as short as the others.
    let subject = if FINE {
        subject
            .strip_prefix('全')
            .and_then(|r| r.strip_prefix(chars!['市', '县', '省', '区', '国', '州', '镇', '乡']))
            .filter(|r| r.contains(chars!['、', '和', '及', '与']))
            .unwrap_or(subject)
    } else {
        subject
    };
    let mut parts: Vec<&str> = subject
        .split(chars!['、', '和', '及', '与'])
        .map(|p| p.trim_matches(is_space))
        .filter(|p| !p.is_empty())
        .collect();
    // A name that holds 和 itself (批发和零售业, 住宿和餐饮业) is one item of a list joined by 、:
    // `农林牧渔业、批发和零售业增加值分别增长…` has two items, not three.
    // (Left out of the small build, see `FINE`: no tests/corpus output needs it.)
    if FINE && parts.len() > k && subject.contains('、') {
        let by_comma: Vec<&str> = subject
            .split('、')
            .map(|p| p.trim_matches(is_space))
            .filter(|p| !p.is_empty())
            .collect();
        // (Not when a part holds a figure: the clause before it was read into the subject.)
        // (An age bracket holds figures and names a class: `0-17岁、60岁及以上人口`.)
        if by_comma.len() == k
            && !by_comma
                .iter()
                .any(|p| p.contains(|c: char| c.is_ascii_digit()) && !p.contains('岁'))
        {
            parts = by_comma;
        }
    }
    // 城、乡居民收入, 中、小学生: a coordinate abbreviation written with 、 between its two
    // characters is the abbreviation (城乡 → 城镇, 农村), not two parts whose heads are shared.
    if FINE && k == 2 && parts.len() == 2 && crate::text::char_len(parts[0]) == 1 {
        let first = parts[1].chars().next().map_or(0, char::len_utf8);
        let joined = [parts[0], &parts[1][..first]].concat();
        if let Some((_, two)) = ABBREVIATIONS.iter().find(|(a, _)| *a == joined) {
            let rest = &parts[1][first..];
            return Some(two.iter().map(|t| format!("{t}{rest}")).collect());
        }
    }
    if parts.len() == 1 && k == 2 {
        // (Inside the subject too: 金融机构各项存贷款余额 → …存款余额, …贷款余额.)
        for (abbr, two) in ABBREVIATIONS {
            if let Some(i) = subject.find(abbr).filter(|_| subject.len() > abbr.len()) {
                let (before, rest) = (&subject[..i], &subject[i + abbr.len()..]);
                return Some(two.iter().map(|t| format!("{before}{t}{rest}")).collect());
            }
        }
        return None;
    }
    if parts.len() != k {
        return None;
    }
    if let Some(labels) = ordinal_items(&parts).filter(|_| FINE) {
        return Some(labels);
    }
    // 电子信息、食品四大重点产业增加值: the count of the items (四大, 4个) ends the last one;
    // the words after it are what the items share.
    let (last, collective) = match items_count_at(parts[k - 1], k) {
        Some((at, after)) => (&parts[k - 1][..at], Some(after)),
        None => (parts[k - 1], None),
    };
    parts[k - 1] = last;
    let last_len = crate::text::char_len(last);
    // The short parts are modifiers of the last part's head only when every part before the last
    // is one (城镇、农村居民收入); in 用水量、能耗、二氧化碳排放 each part is a noun of its own.
    let modifiers = parts[..k - 1].iter().all(|p| crate::text::char_len(p) <= 2);
    let shared_head = match collective {
        Some(c) => LIST_HEADS.iter().find(|h| c.ends_with(*h)),
        None => FINE
            .then(|| {
                LONGER_LIST_HEADS
                    .iter()
                    .find(|h| last.ends_with(*h) && last.len() > h.len())
            })
            .flatten()
            .or_else(|| {
                LIST_HEADS
                    .iter()
                    .find(|h| last.ends_with(*h) && last.len() > h.len())
            }),
    };
    if collective.is_some() && shared_head.is_none() {
        return None;
    }
    // 入境游客数量和花费: a first part that names its owner before a measure (入境游客 + 数量)
    // lends that owner to short parts after it that are measures alone (花费 → 入境游客花费).
    // (Compound measures first: 销售收入 names no owner 销售.)
    let first_owner = [
        "销售收入",
        "营业收入",
        "养殖面积",
        "播种面积",
        "种植面积",
        "数量",
        "人数",
        "人次",
        "面积",
        "产量",
        "存栏",
        "收入",
        "规模",
    ]
    .iter()
    .find_map(|m| parts[0].strip_suffix(m))
    .filter(|o| crate::text::char_len(o) >= 2 && k >= 2);
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(j, p)| {
                let n = crate::text::char_len(p);
                if let Some(owner) = first_owner.filter(|o| j > 0 && n <= 3 && !p.starts_with(*o)) {
                    format!("{owner}{p}")
                } else if let Some(tail) = (modifiers && n <= 2 && last_len > n)
                    .then(|| {
                        let own = head_phrase(last, shared_head.copied())
                            .map(|(own, _)| own)
                            .or_else(|| parallel_modifier(p, last))
                            .unwrap_or(n);
                        last.chars().skip(own).collect::<String>()
                    })
                    .filter(|tail| !cuts_a_word(tail, shared_head.copied()))
                {
                    // 城镇、农村居民收入: 城镇 + 居民收入 (the head after the last part's own modifier).
                    format!("{p}{tail}")
                } else if let Some(h) = shared_head.filter(|_| {
                    !LIST_HEADS.iter().any(|h| p.ends_with(h)) && !lexicon::ends_with_measure(p)
                }) {
                    // 纺织服装、食品、建材产业增加值: each item's 增加值 (with the activity it
                    // measures: 失业保险、工伤保险参保人数 → 失业保险参保人数).
                    let whole = collective.unwrap_or(last);
                    let phrase = head_phrase(whole, Some(h)).map_or(*h, |(_, phrase)| phrase);
                    // (Not twice the words the item ends with: 失业保险 + 保险参保人数.)
                    let overlap = phrase
                        .char_indices()
                        .map(|(i, _)| i)
                        .filter(|&i| i > 0 && p.ends_with(&phrase[..i]))
                        .max()
                        .unwrap_or(0);
                    format!("{p}{}", &phrase[overlap..])
                } else if let Some(tail) = (FINE && j + 1 < k && n >= 3)
                    .then(|| parallel_tail(p, last))
                    .flatten()
                {
                    // 重点污染企业和工业企业污染治理达标率: the items end alike (企业); the words
                    // after the last one's end are the head they share.
                    format!("{p}{tail}")
                } else {
                    (*p).to_string()
                }
            })
            .collect(),
    )
}

/// The head a longer item shares with the last of its list when both end with the same word
/// of two characters: the words of `last` after that word, when two characters or more
/// (`重点污染企业` with `工业企业污染治理达标率` → `污染治理达标率`). (With `FINE`.)
///
/// ```text
/// parallel_tail("重点污染企业", "工业企业污染治理达标率") == Some("污染治理达标率")
/// parallel_tail("用水量", "能耗") == None
/// ```
fn parallel_tail<'a>(p: &str, last: &'a str) -> Option<&'a str> {
    let word = &p[p.char_indices().rev().nth(1)?.0..];
    // (The word must stand inside the last item, after its own first characters.)
    let at = last.find(word).filter(|&at| at > 0)? + word.len();
    let tail = &last[at..];
    (crate::text::char_len(tail) >= 2 && tail.starts_with(crate::text::is_cjk)).then_some(tail)
}

/// The activities a shared measure is of, written before its head (`种植面积`, `营业收入`,
/// `参保人数`): with the head they are what the items of a list share.
const HEAD_ACTIVITIES: [&str; 8] = [
    "种植", "播种", "养殖", "营业", "销售", "参保", "出口", "进口",
];

/// The head a list's items share when it is an activity's measure (`中药材种植面积` with the head
/// 面积 → 种植面积, `工伤保险参保人数` → 参保人数), and how many characters of `last` (the last item
/// with that head) are the item's own: the items before it may be shorter or longer
/// (`茶叶、中药材种植面积`, `失业保险、工伤保险参保人数`). (With `FINE`.)
///
/// ```text
/// head_phrase("中药材种植面积", Some("面积")) == Some((3, "种植面积"));  head_phrase("居民收入", Some("收入")) == None
/// ```
fn head_phrase<'a>(last: &'a str, head: Option<&str>) -> Option<(usize, &'a str)> {
    let before = last.strip_suffix(head.filter(|_| FINE)?)?;
    let activity = HEAD_ACTIVITIES.iter().find(|a| before.ends_with(**a))?;
    let mut at = before.len() - activity.len();
    // (A class noun right before the activity is shared too: `养老、失业和工伤保险参保人数` →
    // 养老保险参保人数.)
    if let Some(class) = ["保险", "产业", "行业", "企业"]
        .iter()
        .find(|c| last[..at].ends_with(**c) && at > c.len())
    {
        at -= class.len();
    }
    let own = crate::text::char_len(&last[..at]);
    (own >= 1).then_some((own, &last[at..]))
}

/// How many characters of `last` are its own modifier when that modifier ends with the same
/// character as the short part `p` before it (`工业、服务业用电量`: 服务业 ends with 业 as 工业 does,
/// so the shared head is 用电量, not 业用电量): items of a list are often words of one suffix
/// class (-业, -区, -县). `None` for a part of one character, or when the character does not
/// recur further in (with `FINE`).
fn parallel_modifier(p: &str, last: &str) -> Option<usize> {
    // (A part of one character is a class of its own: `市、县市政设施` is 市 + 县 市政设施.)
    let end = p
        .chars()
        .last()
        .filter(|_| FINE && p.chars().count() >= 2)?;
    let at = last.chars().position(|c| c == end)? + 1;
    (at > crate::text::char_len(p) && at + 2 <= crate::text::char_len(last)).then_some(at)
}

/// A list of ordinals sharing the noun after the last (`第一、二、三产业增加值`, `二、三产业`):
/// each ordinal with that noun, written with 第 when the first is (第一产业增加值, 第二产业增加值,
/// 第三产业增加值). `None` unless every item but the last is an ordinal alone and the last one
/// opens with an ordinal.
fn ordinal_items(parts: &[&str]) -> Option<Vec<String>> {
    let split = |p: &str| -> Option<(bool, char, usize)> {
        let di = p.strip_prefix('第');
        let r = di.unwrap_or(p);
        let n = r
            .chars()
            .next()
            .filter(|&c| "一二三四五六七八九十".contains(c))?;
        Some((di.is_some(), n, p.len() - r.len() + n.len_utf8()))
    };
    let (last, first) = (parts.last()?, parts.first()?);
    let (_, _, at) = split(last)?;
    let noun = &last[at..];
    // The first item may open with the scope of the list (`全市一、二、三产业`): the ordinal ends it.
    let ordinal_start = |p: &str| {
        let mut starts: Vec<usize> = p.char_indices().rev().take(2).map(|(i, _)| i).collect();
        starts.reverse();
        starts
            .into_iter()
            .find(|&i| split(&p[i..]).is_some_and(|(_, _, at)| i + at == p.len()))
    };
    let scope = &first[..ordinal_start(first)?];
    let (di, _, _) = split(&first[scope.len()..])?;
    if crate::text::char_len(noun) < 2
        || parts.len() < 2
        || !parts[1..parts.len() - 1]
            .iter()
            .all(|p| split(p).is_some_and(|(_, _, at)| at == p.len()))
    {
        return None;
    }
    let first = &first[scope.len()..];
    Some(
        std::iter::once(first)
            .chain(parts[1..].iter().copied())
            .filter_map(split)
            .enumerate()
            .map(|(j, (_, n, _))| {
                let scope = if j == 0 { scope } else { "" };
                format!("{scope}{}{n}{noun}", if di { "第" } else { "" })
            })
            .collect(),
    )
}

/// Whether the words a list's short items take from its last item (`tail`, the last item less as
/// many characters as the item has) start inside a word: one character is left before the
/// measure they share (`原煤、天然气产量` would give 原煤 + 气产量: the last item's own modifier,
/// 天然气, is longer than the others). A shared modifier is a word of two characters or more
/// (城镇、农村居民收入: 居民 + 收入; 养老、医疗保险参保人数: 保险参保 + 人数).
fn cuts_a_word(tail: &str, head: Option<&str>) -> bool {
    head.and_then(|h| tail.strip_suffix(h))
        .is_some_and(|m| crate::text::char_len(m) == 1)
}

/// Where the count of a list's `k` items stands in its last part (`食品四大重点产业增加值`: 四大,
/// `用水量等3项指标`: 3项): the byte offset of the numeral and the words after the count.
fn items_count_at(last: &str, k: usize) -> Option<(usize, &str)> {
    let numeral = match k {
        2 => "两二2",
        3 => "三3",
        4 => "四4",
        5 => "五5",
        6 => "六6",
        7 => "七7",
        8 => "八8",
        9 => "九9",
        _ => return None,
    };
    last.char_indices().skip(1).find_map(|(i, c)| {
        if !numeral.contains(c) {
            return None;
        }
        let after = &last[i + c.len_utf8()..];
        ["大", "个", "项", "类", "种", "家"]
            .iter()
            .find_map(|m| after.strip_prefix(m))
            .filter(|rest| crate::text::char_len(rest) >= 2)
            .map(|rest| (i, rest))
    })
}

/// Measures that a list of items written before 分别 shares from its last item (`化学需氧量、氨氮
/// 排放量`, `纺织服装、食品、建材产业增加值`): each item's 排放量, 增加值.
const LIST_HEADS: &[&str] = &[
    "增加值",
    "排放量",
    "零售额",
    "销售额",
    "营业额",
    "交易额",
    "产量",
    "销量",
    "总量",
    "产值",
    "收入",
    "支出",
    "投资",
    "利润",
    "面积",
    "人数",
    "用量",
    "消费量",
];

/// Heads of [`LIST_HEADS`]'s kind that end with one of its words (`使用量` ends with 用量), asked
/// first by the finer readings (`FINE`): `化肥、农药使用量` → 化肥使用量, not 化肥用量.
const LONGER_LIST_HEADS: &[&str] = &["使用量"];

/// Whether `l` only says what factor a change leaves out (`剔除上年留抵退税返还因素后`, `扣除一次性
/// 因素后`, `剔除该因素`): a frame of the change, no measure.
///
/// ```text
/// is_factor_taken_out("扣除一次性因素后") == true;  is_factor_taken_out("扣除项目支出") == false
/// ```
fn is_factor_taken_out(l: &str) -> bool {
    ["剔除", "扣除", "除去", "去除"]
        .iter()
        .any(|w| l.starts_with(w))
        && ["因素后", "因素", "影响后", "影响"]
            .iter()
            .any(|w| l.ends_with(w))
        && crate::text::char_len(l) <= 20
}

/// Whether `l` only says what caused a change (`受价格下行影响`, `主要受疫情冲击`, `由于汇率因素`,
/// `受新能源汽车带动`): 受, 因 or 由于 opening, a noun of influence (影响, 冲击, 带动, 拉动, 因素)
/// closing. A frame of the change, as a factor taken out is ([`is_factor_taken_out`]): what
/// changed is the subject named before.
///
/// ```text
/// is_cause_of_change("受价格下行影响") == true;  is_cause_of_change("因病致贫人口") == false
/// ```
fn is_cause_of_change(l: &str) -> bool {
    let l = l.strip_prefix("主要").unwrap_or(l);
    ["受", "因", "由于"].iter().any(|w| l.starts_with(w))
        && ["影响", "冲击", "带动", "拉动", "因素"]
            .iter()
            .any(|w| l.ends_with(w))
        && crate::text::char_len(l) <= 20
}

/// Words that say how a change is measured (`年均增长`, `可比增长`, `名义增长`, `净增加`): left
/// alone before the change, they name no subject.
const CHANGE_QUALIFIERS: &[&str] = &[
    "净",
    "年均",
    "可比",
    "同口径",
    "名义",
    "实际",
    "平均",
    "年平均",
    "按可比口径",
    "按可比价格",
    "按可比价",
    "扣除价格因素",
    "扣除价格因素后",
    // The size of the change: 同比略增, 大幅提高, 明显下降.
    "略",
    "稍",
    "小幅",
    "大幅",
    "明显",
];

/// Verbs that state a part against its whole as `verb + whole + 的 + N%` (`为年度预算的52.3%`,
/// `完成调整预算的101.2%`, `相当于上年的95%`).
const PROPORTION_VERBS: &[&str] = &["相当于", "完成", "达到", "为"];

/// Heads of a plan that a figure is measured against with no 的 before it (`完成全年目标数65.3%`,
/// `完成年度计划50%`): a closed class.
const PLAN_WHOLES: &[&str] = &["目标", "目标数", "计划", "任务", "任务数", "预算"];

/// Whether the words before a percentage, from `from` to `at`, are a verb of proportion and the
/// whole the figure is measured against (`…，为年度预算的` before `52.3%`): then the figure is
/// not the whole's. `Some((None, whole))` when the verb opens its clause (the subject is an earlier
/// clause's: `收入12.36亿元，为年度预算的52.3%`); `Some((Some(subject), whole))` when the clause names
/// its subject before the verb (`全年收入完成年度预算的102%` → 全年收入, as the labeller reads it).
/// `None` when the words are no such phrase. The whole comes second.
fn proportion_of_whole(text: &str, from: usize, at: usize) -> Option<(Option<String>, &str)> {
    // (PDF text: `推广任务的 65.8%`, a space before the figure.)
    let before = text[from..at].trim_end_matches(is_space);
    // (`完成全年目标数65.3%`: a whole that is a plan needs no 的.)
    let head = match before.strip_suffix('的') {
        Some(head) => head,
        None if FINE && PLAN_WHOLES.iter().any(|w| before.ends_with(w)) => before,
        None => return None,
    };
    let cs = clause_start(text, from, from + head.len());
    let clause = &text[cs..from + head.len()];
    // The last verb of proportion in the clause, followed by the whole: a short noun phrase
    // with no figure, no other 的 and no verb of proportion in it.
    let (k, verb) = PROPORTION_VERBS
        .iter()
        .filter_map(|v| clause.rfind(v).map(|k| (k, *v)))
        .max_by_key(|&(k, v)| (k, v.len()))?;
    let whole = &clause[k + verb.len()..];
    // (A year may open the whole: `相当于2024年一般公共预算收入的71.5%`.)
    let yearless = match crate::text::strip_year_prefix(whole) {
        Some(r) if FINE => r.strip_prefix('年').unwrap_or(whole),
        _ => whole,
    };
    let n = crate::text::char_len(yearless);
    // (实际完成投资仅占计划总投资的: 占 after 完成 makes the share; 完成 is part of the subject.)
    if !(2..=12).contains(&n)
        || whole.contains(chars!['的', '占'])
        || yearless.chars().any(is_digit)
    {
        return None;
    }
    let subject = label::clause_subject(&clause[..k]);
    Some((
        (crate::text::char_len(&subject) >= 2).then_some(subject),
        whole,
    ))
}

/// Whether the words before a multiple, from `from` to `at`, are a copula and the basis it is
/// a multiple of (`，是“十二五”时期的` before `3.7倍`, `分别是上一个五年的`): `Some(Some(subject))`
/// when the clause names its subject before the copula (`旅游收入是上年的2倍` → 旅游收入),
/// `Some(None)` when the copula opens its clause (the subject is an earlier clause's). `None`
/// when the words are no such phrase. The basis is a short phrase ending in 的 with no figure
/// but a year.
fn multiple_of_basis(text: &str, from: usize, at: usize) -> Option<Option<String>> {
    let before = text[from..at].trim_end_matches(is_space);
    // (是“十二五”的近3倍: the approximation belongs to the figure.)
    let head = before.strip_suffix('的')?;
    let cs = clause_start(text, from, from + head.len());
    let clause = &text[cs..from + head.len()];
    let (k, verb) = ["是", "为", "相当于"]
        .iter()
        .filter_map(|v| clause.rfind(v).map(|k| (k, *v)))
        .max_by_key(|&(k, v)| (k, v.len()))?;
    let basis = &clause[k + verb.len()..];
    if !(1..=12).contains(&crate::text::char_len(basis)) || basis.contains('的') {
        return None;
    }
    let subject = clause[..k].trim_end_matches("分别");
    let subject = label::clause_subject(subject);
    Some((crate::text::char_len(&subject) >= 2).then_some(subject))
}

/// The phrase `owner占whole的relation` that ends with `relation` in `before` (the words before a
/// figure), within its clause: `财政收入占生产总值的比重` for 比重.
fn share_phrase(before: &str, relation: &str) -> Option<String> {
    let k = before.rfind(relation)?;
    let head = before[..k].strip_suffix('的')?;
    let clause = head
        .rfind(|c: char| is_clause_punct(c) || c == '、')
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let Some(zhan) = head[clause..].find('占') else {
        // 参加培训人员的比例提高5个百分点: the owner of the relation before 的.
        return (crate::text::char_len(&head[clause..]) >= 2)
            .then(|| label::noun_phrase(&before[clause..k + relation.len()]))
            .filter(|p| p.ends_with(relation) && p.len() > relation.len() + 3);
    };
    // An owner of two characters at least before 占, a whole after it.
    (crate::text::char_len(&head[clause..clause + zhan]) >= 2 && head.len() > clause + zhan + 3)
        .then(|| label::noun_phrase(&before[clause..k + relation.len()]))
        .filter(|p| p.ends_with(relation) && p.contains('占'))
}

/// Nouns of money that name an amount whose unit 元 goes unsaid after 万 or 亿 (`补助900万`): a
/// closed class.
const MONEY_NOUNS: &[&str] = &[
    "资金",
    "补助",
    "补贴",
    "奖励",
    "奖补",
    "投资",
    "经费",
    "资本",
    "预算",
    "收入",
    "支出",
    "费用",
    "款",
    "金额",
    "债券",
    "基金",
    "税收",
    "保费",
    "罚款",
    "贷款",
    "货值",
    "产值",
    "营收",
    "市值",
    "销售额",
    "营业额",
    "交易额",
    "成交额",
];

/// Whether `ind` is the figure of a comparison's basis: its clause opens with 比 or 较
/// (`收入15.39亿元，比上年决算数14.94亿元增长3.0%`: 14.94亿元 is what the income is compared
/// with, not the subject of the change that follows it).
fn is_basis_figure(text: &str, from: usize, ind: &Indicator) -> bool {
    let cs = clause_start(text, from, ind.span.start);
    // Only a noun phrase between 比 and the figure: no other figure, no bracket
    // (`比增3.6%（其中出口2.12亿元` is a change and a part of it).
    text[cs..ind.span.start]
        .trim_start_matches(is_space)
        .strip_prefix(chars!['比', '较'])
        .is_some_and(|np| {
            crate::text::char_len(np) <= 12
                && !np.contains(|c: char| is_digit(c) || matches!(c, '(' | '（' | '%' | '％'))
        })
}

/// Whether the words between two figures hold 比 or 较 (a basis's first character): most hold
/// neither, and then no clause start is looked for (see [`is_earlier_figure`]). Asked of every
/// two figures of a region with the same unit: the words of at most 42 bytes (most) by the block
/// compares of [`ends_near_with`], longer ones by one `memchr3` (see [`holds_one_of`]), instead of
/// a search for each character.
fn mentions_basis(between: &str) -> bool {
    let b = between.as_bytes();
    if b.len() <= 42 {
        ends_near_with(b, 0, [BI, JIAO, JIAO])
    } else {
        holds_one_of(b, [BI, JIAO, JIAO])
    }
}

/// Whether the words before the figure at `at` may end as those of [`is_earlier_figure`] do: with
/// the last character of its times (上年, 去年, 上月, 上季度, 年初, 2023年), of the words it reads
/// past after them (同期, 末, 底, 初) or 的, and spaces. A test of one character that most figures
/// fail (`受理15件` follows 理): asked first, it spares the search of the words between two
/// figures for 比 or 较 ([`mentions_basis`]) and the clause start.
///
/// ```text
/// may_be_earlier_figure("比上年的12", 12) == true;  may_be_earlier_figure("共受理12", 9) == false
/// ```
fn may_be_earlier_figure(text: &str, at: usize) -> bool {
    let ends_a_time = |c: char| matches!(c, '年' | '月' | '度' | '初' | '期' | '末' | '底' | '的');
    match text.as_bytes()[..at] {
        // A character led by E4–E9 (most ideographs, every one of these) ends the words: no
        // space, which are led otherwise, to trim; decoded from its three bytes.
        [.., x @ 0xe4..=0xe9, y, z] => char::from_u32(
            (u32::from(x & 0x0f) << 12) | (u32::from(y & 0x3f) << 6) | u32::from(z & 0x3f),
        )
        .is_some_and(ends_a_time),
        _ => text[..at]
            .trim_end_matches(is_space)
            .chars()
            .next_back()
            .is_some_and(ends_a_time),
    }
}

/// Whether `ind` is the figure of an earlier time it is compared with: its clause opens with
/// 比, 较 or 相较 and a time (`比上年的120件`, `相较去年28件`, `较2023年的45家`), nothing else
/// before the figure but 的. Such a figure is the same measure as the one before it.
fn is_earlier_figure(text: &str, from: usize, ind: &Indicator) -> bool {
    let cs = clause_start(text, from, ind.span.start);
    let t = text[cs..ind.span.start].trim_start_matches(is_space);
    let Some(np) = t
        .strip_prefix("相较")
        .or_else(|| t.strip_prefix(chars!['比', '较']))
    else {
        return false;
    };
    let np = np.trim_matches(is_space).trim_end_matches('的');
    let np = ["同期", "末", "底", "初"]
        .iter()
        .find_map(|w| np.strip_suffix(w))
        .unwrap_or(np);
    matches!(
        np,
        "上年" | "去年" | "前年" | "上一年" | "上月" | "上季度" | "年初"
    ) || crate::text::strip_year_prefix(np) == Some("年")
}

/// For a figure among the basis figures of a comparison that name several measures
/// (`审结案件11件19人，相较去年22件59人`, `比上年的30家、4200人`): the figure before the
/// comparison with the same unit, whose measure it is the earlier value of. The basis figures
/// follow one another with nothing between them but 、 or 和, and the first opens its clause with
/// 比, 较 or 相较 and a time ([`is_earlier_figure`]); the figure of the same unit is looked for
/// before them in the same sentence. (The figure right after a figure of its unit is
/// answered before this is asked.)
fn measure_of_earlier_figures(
    text: &str,
    regions: &[Span],
    region_of: &[u32],
    out: &[Indicator],
    i: usize,
) -> Option<usize> {
    // (Read past the line breaks PDF text puts between figures, like the other list joints.)
    let glued = |a: &Indicator, b: &Indicator| {
        a.span.end <= b.span.start && {
            let between = trim_wrap(&text[a.span.end..b.span.start]);
            between.is_empty() || is_pair_joint_word(between)
        }
    };
    // The first figure of the basis group that `i` closes.
    let mut first = i;
    while first > 0 && region_of[first - 1] == region_of[i] && glued(&out[first - 1], &out[first]) {
        first -= 1;
    }
    let start = regions[region_of[i] as usize].start;
    if first == 0
        || region_of[first - 1] != region_of[i]
        || !may_be_earlier_figure(text, out[first].span.start)
        || !mentions_basis(&text[out[first - 1].span.end..out[first].span.start])
        || !is_earlier_figure(text, start, &out[first])
    {
        return None;
    }
    let sentence = sentence_start(text, start, out[first].span.start);
    (0..first)
        .rev()
        .take_while(|&j| region_of[j] == region_of[i] && out[j].span.start >= sentence)
        .find(|&j| out[j].unit == out[i].unit && out[j].kind != IndicatorKind::Change)
}

/// A label that is a relation word of [`RELATIONAL`] after qualifiers of how it is measured
/// (`扣除价格因素实际降幅` → 实际降幅, `名义增幅`): the label without the frame (扣除价格因素,
/// 按可比价格计算), kept with its 实际, 名义, 年均 or 可比, which tell one rate from another.
fn qualified_relational(l: &str) -> Option<&str> {
    // (The last characters of the words of `RELATIONAL`: most labels end with none of them.)
    if !l
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '速' | '幅' | '重' | '例' | '比' | '量' | '模' | '数'))
    {
        return None;
    }
    let t = [
        "扣除价格因素后",
        "扣除价格因素",
        "剔除价格因素",
        "按可比价格计算",
        "按可比价计算",
        "同比",
        "比上年",
    ]
    .iter()
    .find_map(|f| l.strip_prefix(f))
    .map_or(l, |t| t.trim_start_matches(chars!['，', ',']));
    let core = ["实际", "名义", "年均", "可比"]
        .iter()
        .find_map(|q| t.strip_prefix(q))
        .unwrap_or(t);
    (core.len() < l.len() && RELATIONAL.contains(&core)).then_some(t)
}

/// The direction a label's last word says of a percent: `涨幅`, `增幅` up; `降幅`, `跌幅` down
/// (`居民消费价格涨幅` 3%: prices rose 3%).
fn direction_of_rate_word(l: &str) -> Option<Direction> {
    let w = l.get(l.len().checked_sub(6)?..)?;
    match w {
        "涨幅" | "增幅" => Some(Direction::Up),
        "降幅" | "跌幅" => Some(Direction::Down),
        _ => None,
    }
}

pub(super) const RELATIONAL: &[&str] = &[
    "增速", "增幅", "涨幅", "降幅", "比重", "比例", "占比", "总量", "规模", "增量", "总数",
];

/// A clause that continues the previous quantity's statement takes its subject: `零售总额1.2万亿元、
/// 增长4.1%` (the change says only its verb), `予以公开42件，占51.85%` (a share), `总产84亿斤、增长6.3%`.
/// The subject is the change's base when it has one, else the nearest earlier indicator of the same
/// sentence that has a subject of its own.
/// Nouns of a planned figure that a measure's label may end with (`一般公共预算收入预算数`,
/// `…收入年初预算`): a closed class.
const PLAN_NOUNS: &[&str] = &["预算数", "年初预算", "预算安排数", "计划数"];

/// `收入预算数为15.39亿元，实际完成15.40亿元`: a figure its clause says was completed (the words
/// `before` it in the sentence end with 完成), given the subject of a planned figure before it, is
/// the actual of the measure the plan was of: the subject without its noun of plan
/// ([`PLAN_NOUNS`]). `None` otherwise, or when less than two characters would remain.
fn actual_of_plan(before: &str, subject: &str) -> Option<String> {
    if !before.trim_end_matches(is_space).ends_with("完成") {
        return None;
    }
    let plan = PLAN_NOUNS.iter().find(|p| subject.ends_with(*p))?;
    let measure = &subject[..subject.len() - plan.len()];
    (crate::text::char_len(measure) >= 2).then(|| measure.to_string())
}

fn continue_subjects(
    text: &str,
    regions: &[Span],
    region_of: &[u32],
    needs: &[bool],
    out: &mut [Indicator],
) {
    for i in 0..out.len() {
        if !needs[i] {
            continue;
        }
        let r = &regions[region_of[i] as usize];
        let ss = sentence_start(text, r.start, out[i].span.start);
        let in_sentence = |j: usize| region_of[j] == region_of[i] && out[j].span.start >= ss;
        // 3座水库，仅1座开工; 9户企业…，有8户: a count with a bare measure word refers to the noun
        // of the count right before it in the sentence when that has the same measure word.
        let antecedent = (out[i].kind == IndicatorKind::Count)
            .then(|| {
                (0..i)
                    .rev()
                    .take_while(|&j| in_sentence(j))
                    .find(|&j| out[j].kind == IndicatorKind::Count)
            })
            .flatten()
            .filter(|&j| {
                out[j].unit.is_some()
                    && out[j].unit == out[i].unit
                    && !needs[j]
                    && !out[j].label.is_empty()
            });
        // 城镇化率61.58%，比上年末提高0.92个百分点: a change in points is the change of the
        // share or rate before it, whatever that one's own subject.
        let rate_before = (out[i].kind == IndicatorKind::Change
            && out[i].unit.as_deref() == Some("个百分点"))
        .then(|| {
            // Only one: with several (`A、B比重分别达到44.6%、42.6%，高于全省26.2和17.5个百分点`)
            // the pairing is by position, which the label already has.
            // (Nor a target: `接近10%的预期目标，高于全国增幅2个百分点`.)
            let mut rates = (0..i).rev().take_while(|&j| in_sentence(j)).filter(|&j| {
                out[j].kind != IndicatorKind::Change
                    && matches!(out[j].unit.as_deref(), Some("%" | "‰"))
                    && !(FINE
                        && (is_aside(text, &out[j])
                            || TARGET_WORDS.iter().any(|w| out[j].label.ends_with(w))))
            });
            rates.next().filter(|_| rates.next().is_none())
        })
        .flatten();
        let subject = antecedent
            .or(rate_before)
            .or_else(|| {
                out[i].base.filter(|&b| {
                    // (A base whose own subject was found above, as the actual of a plan:
                    // `实际完成15.40亿元，比上年决算数…增长3.1%`; but not a target, which no
                    // change compares: `接近10%的预期目标，高于全国增幅2个百分点`.)
                    b < i
                        && in_sentence(b)
                        && (!needs[b] || FINE && !out[b].label.is_empty())
                        && !(FINE && TARGET_WORDS.iter().any(|w| out[b].label.ends_with(w)))
                })
            })
            .or_else(|| {
                // (Nor the whole a share is of, nor that share: `完成年初预算5亿元的104%，增幅
                // 4%` is the subject's rise.)
                // (Nor a count of milestones passed: `迈上3个万亿元台阶、达5.2万亿元` is the
                // subject's amount, not the steps'.)
                // (Nor a figure in brackets: `低于目标（6%左右）0.2个百分点`.)
                (0..i).rev().take_while(|&j| in_sentence(j)).find(|&j| {
                    !needs[j]
                        && !is_basis_figure(text, r.start, &out[j])
                        && !(FINE
                            && (is_aside(text, &out[j])
                                || is_share_denominator(text, out, j)
                                || (j > 0 && is_share_denominator(text, out, j - 1))
                                || is_mark_count(&out[j])
                                || j + 1 == i && counts_past_noun(text, &out[j], &out[i])))
                })
            });
        // 储备物资35个品种共1.2万件, 涉及5个乡镇86人: the count of another noun right before
        // (`35个品种`) is passed over above; with no other figure before it, the words before
        // that count name the subject, unless they are a verb alone (`涉及`: the noun stays).
        let subject = match subject {
            None if FINE && i > 0 && in_sentence(i - 1) && !needs[i - 1] => {
                let j = i - 1;
                if !counts_past_noun(text, &out[j], &out[i]) {
                    subject
                } else if let Some(l) = subject_before(text, ss, &out[j]) {
                    out[i].label = l.into();
                    continue;
                } else {
                    Some(j)
                }
            }
            _ => subject,
        };
        // 食品案件86件、药品案件32件，总计118件: a total after a list of figures counts the whole
        // list, as a total after a list of nouns does (`行政许可、行政处罚共236项`).
        if let Some(items) = subject
            .filter(|_| FINE)
            .and_then(|j| items_totalled(text, region_of, out, j, i))
        {
            out[i].label = items.into();
            continue;
        }
        if let Some(j) = subject.filter(|&j| !out[j].label.is_empty()) {
            out[i].label = if (RELATIONAL.contains(&out[i].label.as_str())
                || out[i].label.starts_with('占')
                // (Not a share of the target, `完成年度目标的118%`, which is the measure's own.)
                || FINE
                    && TARGET_WORDS.contains(&out[i].label.as_str())
                    && names_target(text, out[i].span, &out[i].label)
                || FINE && qualified_relational(&out[i].label) == Some(out[i].label.as_str()))
                    // (…的比重为52.1%，比重提高1.2个百分点: the subject names the relation.)
                    && !out[j].label.ends_with(out[i].label.as_str())
            {
                // 增速7.9%: the growth rate of the subject.
                format!("{}{}", out[j].label, out[i].label).into()
            } else {
                out[j].label.clone()
            };
            if FINE {
                if let Some(l) = actual_of_plan(&text[ss..out[i].span.start], &out[i].label) {
                    out[i].label = l.into();
                }
            }
        } else if let Some(j) = (out[i].label.is_empty()
            && out[i].kind == IndicatorKind::Change
            && i > 0
            && in_sentence(i - 1)
            && !out[i - 1].label.is_empty()
            && out[i - 1].basis.as_deref() != Some(out[i - 1].label.as_str()))
        .then(|| i - 1)
        {
            // 占生产总值的比重达37.3%，五年提高10.1个百分点: a change right after a figure whose
            // own subject was not found changes that figure.
            out[i].label = out[j].label.clone();
        } else if out[i].label.is_empty() || out[i].basis.as_deref() == Some(out[i].label.as_str())
        {
            // (A change whose words before it were only its basis was given the basis for want
            // of a subject: `分别高于全省平均水平1.7和4.9个百分点`.)
            // No quantity before it names the subject: the clause before does (`幸福河湖建设，年底前
            // 达到45条`; `综合指数4.463、下降5.96%`, whose figure has no unit).
            let cs = clause_start(text, ss, out[i].span.start);
            // A figure with no unit, then 、 and the change (`综合指数4.463、下降5.96%`): the 、 closes
            // the clause before, though it is no clause boundary elsewhere.
            let cs = if cs == ss {
                text[ss..out[i].span.start]
                    .rfind('、')
                    .map_or(cs, |k| ss + k + '、'.len_utf8())
            } else {
                cs
            };
            let before = text[ss..cs].trim_end_matches(|c: char| is_clause_punct(c) || is_space(c));
            let before = before
                .trim_end_matches(|c: char| is_digit(c) || matches!(c, '.' | '．') || is_space(c));
            // 迈上3个万亿元台阶、达5.2万亿元: the subject stands before the count of milestones.
            let before = if FINE {
                match (0..i)
                    .rev()
                    .take_while(|&j| in_sentence(j))
                    .find(|&j| is_mark_count(&out[j]))
                {
                    Some(j) if out[j].span.start < ss + before.len() => {
                        &text[ss..out[j].span.start]
                    }
                    _ => before,
                }
            } else {
                before
            };
            let from = clause_start(text, ss, ss + before.len());
            let l = label::clause_subject(&text[from..ss + before.len()]);
            // (A clause that states a figure names no subject of its own: `一季度增长4.6%、
            // 上半年增长4.9%`, `全年1，286元`; nor a frame of discourse: `分季度看，`.)
            let names = !(FINE
                && (l.contains(chars!['%', '％'])
                    || quantity(&l).is_some_and(|q| q.len >= l.len())
                    || is_discourse_frame(&l)));
            if names && crate::text::char_len(&l) >= 2 && crate::text::char_len(&l) <= 20 {
                out[i].label = l.into();
            } else if let Some(j) = FINE
                .then(|| change_of_sentence_before(text, regions, region_of, out, i))
                .flatten()
            {
                out[i].label = out[j].label.clone();
            }
        }
    }
}

/// A frame of discourse that opens a sentence and names no subject (`分季度看`, `从三次产业看`,
/// `总的来看`): a short phrase ending in 看.
fn is_discourse_frame(l: &str) -> bool {
    l.ends_with('看') && crate::text::char_len(l) <= 8
}

/// A change whose sentence names no subject (`分季度看，一季度增长4.6%`; `一季度增长4.6%`
/// after a sentence on the whole year) goes on with the measure of the sentence before it: the
/// last change there (`全市生产总值增长5.1%。`, its subject given by now), the one measure the
/// two sentences share. The sentence before is in the paragraph, or, after a frame of discourse
/// (which says the paragraph breaks down a figure already given), ends the paragraph before.
fn change_of_sentence_before(
    text: &str,
    regions: &[Span],
    region_of: &[u32],
    out: &[Indicator],
    i: usize,
) -> Option<usize> {
    if out[i].kind != IndicatorKind::Change {
        return None;
    }
    let r = &regions[region_of[i] as usize];
    let ss = sentence_start(text, r.start, out[i].span.start);
    let framed = || {
        let cs = clause_start(text, ss, out[i].span.start);
        cs > ss
            && is_discourse_frame(
                text[ss..cs].trim_end_matches(|c: char| is_clause_punct(c) || is_space(c)),
            )
    };
    // where the sentence before starts: in the paragraph, or in the one before after a frame
    let (region, from) = if ss > r.start {
        (region_of[i], sentence_start(text, r.start, ss - 1))
    } else if region_of[i] > 0 && framed() {
        let p = &regions[region_of[i] as usize - 1];
        (
            region_of[i] - 1,
            sentence_start(text, p.start, p.end.saturating_sub(1)),
        )
    } else {
        return None;
    };
    let j = (0..i)
        .rev()
        .skip_while(|&j| out[j].span.start >= ss)
        .take_while(|&j| region_of[j] == region && out[j].span.start >= from)
        .find(|&j| out[j].kind == IndicatorKind::Change)?;
    (!out[j].label.is_empty()).then_some(j)
}

/// Words that say the figure after them totals what was counted before (`，共计118件`,
/// `两项合计165份`): a closed class.
pub(super) const TOTAL_WORDS: &[&str] = &["共", "共计", "合计", "总计"];

/// Last characters of administrative places and zones a count of people may follow (`涉及5个
/// 乡镇86人`): the people are no place's. A closed class, matched at the noun's end (`区镇`,
/// `社区`, `行政村`, `街道`).
const PLACES_OF_PEOPLE: [char; 8] = ['省', '市', '县', '区', '乡', '镇', '村', '道'];

/// Whether `cur` counts past the noun of the count `p` right before it (`p`'s label is the noun
/// written right after it), in a measure word of [`DISCRETE`] other than `p`'s: after a word of
/// total (`35个品种共1.2万件`: the pieces are the stock's, not the kinds'), or right after a
/// place (`涉及5个乡镇86人`, people or households: see [`PLACES_OF_PEOPLE`]). `cur` counts the
/// subject of the clause, not `p`'s noun (`5类数据2104条` counts the data; `70个项目3478亩`, in
/// 亩, is the projects' land).
fn counts_past_noun(text: &str, p: &Indicator, cur: &Indicator) -> bool {
    if p.kind != IndicatorKind::Count
        || p.unit == cur.unit
        || p.label.is_empty()
        || p.span.end > cur.span.start
        || !cur.unit.as_deref().is_some_and(|u| DISCRETE.contains(&u))
    {
        return false;
    }
    let Some(rest) = text[p.span.end..cur.span.start].strip_prefix(p.label.as_str()) else {
        return false;
    };
    match crate::text::trim(rest) {
        w if TOTAL_WORDS.contains(&w) => true,
        "" => {
            matches!(cur.unit.as_deref(), Some("人" | "人次" | "名" | "户"))
                && p.label.ends_with(PLACES_OF_PEOPLE)
        }
        _ => false,
    }
}

/// The subject the words of `j`'s clause before it name (`全年储备防汛物资35个品种` → 储备防汛物资),
/// from `ss` on: `None` when less than two characters, or a verb alone (`建成`), name it.
fn subject_before(text: &str, ss: usize, j: &Indicator) -> Option<String> {
    let from = clause_start(text, ss, j.span.start);
    let l = label::clause_subject(&text[from..j.span.start]);
    (crate::text::char_len(&l) >= 2 && !lexicon::ends_with_verb(&l)).then_some(l)
}

/// Whether `label` names only the denominator of a rate (`按每亩`, `每期`, `以每人`): 每 and a
/// measure word or noun of one or two characters, after a preposition of standard.
fn names_only_per(label: &str) -> bool {
    let l = label.trim_start_matches(chars!['按', '以']);
    l.strip_prefix('每')
        .is_some_and(|u| (1..=2).contains(&crate::text::char_len(u)))
}

/// What is paid at the standard of a rate, named after it (`的标准发放补贴` → 补贴标准): the words
/// after `的标准` and a verb of paying, up to the clause's end, with 标准.
fn standard_paid(after: &str) -> Option<String> {
    let rest = after.strip_prefix("的标准")?;
    let rest = ["发放", "给予", "补助", "补贴", "奖励", "安排", "支付"]
        .iter()
        .find_map(|v| rest.strip_prefix(v))?;
    let end = rest
        .char_indices()
        .find(|&(_, c)| is_clause_punct(c) || c == '\n')
        .map_or(rest.len(), |(k, _)| k);
    let object = &rest[..end];
    (2..=12)
        .contains(&crate::text::char_len(object))
        .then(|| format!("{object}标准"))
}

/// Whether `label` is only a count of a list's items in words (`两项`, `三项`).
fn counts_items(label: &str) -> bool {
    label.strip_suffix('项').is_some_and(|n| {
        matches!(
            n,
            "两" | "二" | "三" | "四" | "五" | "六" | "七" | "八" | "九" | "十"
        )
    })
}

/// The labels of the list of figures ending at `j`, joined by 、, when `i` right after it totals
/// them (`药品案件32件，总计118件`): two figures or more in `i`'s measure, each after a 、 and its
/// own label (`食品案件86件、药品案件32件`), and only a word of total between `j` and `i`.
fn items_totalled(
    text: &str,
    region_of: &[u32],
    out: &[Indicator],
    j: usize,
    i: usize,
) -> Option<String> {
    let gap = text.get(out[j].span.end..out[i].span.start)?;
    let word = crate::text::trim(gap.trim_start_matches(chars!['，', ',', '；', ' ']));
    // (After a count of the list's items: `两项合计`.)
    let word = word
        .char_indices()
        .nth(2)
        .filter(|&(k, _)| counts_items(&word[..k]))
        .map_or(word, |(k, _)| &word[k..]);
    if j + 1 != i || !(TOTAL_WORDS.contains(&word) || matches!(word, "总共" | "以上合计")) {
        return None;
    }
    let mut first = j;
    while first > 0 {
        let (p, c) = (&out[first - 1], &out[first]);
        let joined = region_of[first - 1] == region_of[j]
            && p.unit == out[i].unit
            && c.kind == IndicatorKind::Count
            && p.span.end <= c.span.start
            && text[p.span.end..c.span.start]
                .strip_prefix('、')
                .is_some_and(|l| !l.is_empty() && l == c.label);
        if !joined {
            break;
        }
        first -= 1;
    }
    (first < j && out[first..=j].iter().all(|f| !f.label.is_empty())).then(|| {
        out[first..=j]
            .iter()
            .map(|f| f.label.as_str())
            .collect::<Vec<_>>()
            .join("、")
    })
}

/// Whether `i` counts milestones a measure passed (`迈上3个万亿元台阶`): its label is the mark,
/// and the clauses after it continue the measure, not the steps.
fn is_mark_count(i: &Indicator) -> bool {
    ["台阶", "大关", "关口"]
        .iter()
        .any(|m| i.label.ends_with(m))
}

/// The members of a list of numbers that share one unit (`3、5、7个小组`, see
/// `Quantity::shared_unit`) count what the last member counts when the last member's label is the
/// noun after it (`组建了4、6、9个小队` → 小队 for all three); a member with no label of its own
/// takes the next member's in any case. From the last member back.
fn share_list_labels(
    text: &str,
    region_of: &[u32],
    needs_subject: &mut [bool],
    out: &mut [Indicator],
) {
    // Whether out[i + 1]'s label is the noun written right after the list's last member.
    let mut noun_after = false;
    for i in (0..out.len().saturating_sub(1)).rev() {
        let between = &text[out[i].span.end..out[i + 1].span.start];
        let list = region_of[i] == region_of[i + 1]
            && !between.is_empty()
            && between.len() <= 3
            && between.chars().all(quantity::is_list_joint)
            && out[i].unit == out[i + 1].unit
            && !out[i + 1].label.is_empty();
        if !list {
            noun_after = false;
            continue;
        }
        noun_after =
            noun_after || text[out[i + 1].span.end..].starts_with(out[i + 1].label.as_str());
        if noun_after || out[i].label.is_empty() {
            out[i].label = out[i + 1].label.clone();
            needs_subject[i] = needs_subject[i + 1];
        }
    }
}

/// Changes listed after quantities (`262起、死亡108人、受伤288人,同比分别上升15.4%、下降16.9%、上升4%`)
/// are linked to those quantities, in order; a single change to the quantity right before it. The
/// figure of a comparison's basis is passed over (`收入15.39亿元，比上年14.94亿元增长3.0%`: the
/// change is the income's).
fn link_bases(text: &str, regions: &[Span], region_of: &[u32], out: &mut [Indicator]) {
    let mut i = 0;
    while i < out.len() {
        if out[i].kind != IndicatorKind::Change || out[i].from.is_some() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < out.len()
            && out[j + 1].kind == IndicatorKind::Change
            && region_of[j + 1] == region_of[i]
            && is_list_step(&text[out[j].span.end..out[j + 1].span.start])
        {
            j += 1;
        }
        let k = j - i + 1;
        // (No base when the change names its own measure after the figure before it.)
        if k == 1
            && i > 0
            && region_of[i - 1] == region_of[i]
            && names_own_subject(text, &out[i - 1], &out[i])
        {
            i = j + 1;
            continue;
        }
        let counts: Vec<usize> = (0..i)
            .rev()
            .take_while(|&b| region_of[b] == region_of[i] && out[b].kind != IndicatorKind::Change)
            .filter(|&b| !is_basis_figure(text, regions[region_of[b] as usize].start, &out[b]))
            // (The finer tests in the same closure: the small build's iterator is unchanged.)
            .filter(|&b| {
                !is_share_passed_by(text, &out[b], &out[i])
                    && (!FINE
                        || (may_be_base(text, &out[b], &out[i], k == 1)
                            && !is_share_denominator(text, out, b)))
            })
            // (121630元（折合18083美元），比上年增加5060元: the base is the amount, not its
            // restatement in another currency.)
            .filter(|&b| {
                !(b > 0
                    && region_of[b - 1] == region_of[b]
                    && out[b - 1].span.end <= out[b].span.start
                    && is_conversion(&text[out[b - 1].span.end..out[b].span.start]))
            })
            .take(k)
            .collect();
        if counts.len() == k {
            for (n, &b) in counts.iter().rev().enumerate() {
                out[i + n].base = Some(b);
            }
        } else if let Some(&b) = counts.first() {
            for item in out.iter_mut().take(j + 1).skip(i) {
                item.base = Some(b);
            }
        } else if let Some(b) = FINE
            .then(|| restated_change_base(text, region_of, i, out))
            .flatten()
        {
            out[i].base = Some(b);
        }
        i = j + 1;
    }
}

/// Whether `b` may be the level that the change `c` after it changes (`FINE`): a level stated in
/// the change's own sentence (`建成公园3个。教育支出增长5%` compares no park), in the change's
/// measure when the change is an amount (`收入5.2亿元，完成预算的104%，比上年增加2000万元`: the
/// amount changes the income, not the completion rate), and no rate when the change is a
/// percentage (a rate changes in points), unless both name the same measure (`覆盖率92%，比上年
/// 提高3.35%`). For a list of changes (`single` false) only the sentence is asked: the changes
/// pair with the figures before them by position, which skipping one would shift.
fn may_be_base(text: &str, b: &Indicator, c: &Indicator, single: bool) -> bool {
    let between = text.get(b.span.end..c.span.start).unwrap_or_default();
    if between.contains(chars!['。', '！', '？']) {
        return false;
    }
    let nameless = c.label.is_empty() || c.basis.as_deref() == Some(c.label.as_str());
    if !single {
        // A list of changes after a semicolon that names measures of its own (`三个县摘帽；事故
        // 起数、死亡人数分别下降12%和9%`) changes no level of the clause before.
        return nameless || !between.contains(chars!['；', ';']);
    }
    // 56家（其中5A级4家、4A级18家），比上年增加9家: a figure of an aside that closes before the
    // change is a part of the level, which the change changes.
    if let Some(close) = between.find(chars!['）', ')']) {
        if !between[..close].contains(chars!['（', '(']) {
            return false;
        }
    }
    // A change that names nothing but its basis (`较上年提高2.5%`) is the level's; one that names a
    // measure of its own is no change of a level that shares no word with it (`接待游客1.1万户…，
    // 旅游收入增长10%`).
    // (Nor a change in brackets after the level, a gloss of it: `投资120亿元（不含开发区增长5.1%）`.)
    let gloss = between.contains(chars!['（', '(']);
    if !nameless && !gloss && !b.label.is_empty() && !shares_a_word(&b.label, &c.label) {
        return false;
    }
    let rate = |u: Option<&str>| matches!(u, Some("%" | "％" | "‰"));
    match c.unit.as_deref() {
        u if rate(u) => !rate(b.unit.as_deref()) || nameless || b.label == c.label,
        Some("个百分点" | "百分点" | "个千分点" | "倍") | None => true,
        u => {
            same_measure(b.unit.as_deref(), u)
                || (b.unit.as_deref().is_some_and(unit::is_money) && u.is_some_and(unit::is_money))
        }
    }
}

/// Whether the labels `a` and `b` hold a two-character word in common (any two characters in a
/// row of `b` that stand in `a`).
///
/// ```text
/// shares_a_word("全县财政收入", "财政收入增幅") == true;  shares_a_word("公园", "教育支出") == false
/// ```
fn shares_a_word(a: &str, b: &str) -> bool {
    let starts: Vec<usize> = b.char_indices().map(|(i, _)| i).chain([b.len()]).collect();
    starts.windows(3).any(|w| a.contains(&b[w[0]..w[2]]))
}

/// Whether figure `b` is the whole a share right after it is of (`完成年初预算5亿元的104%`, `占
/// 全省总量1.2万吨的30%`): what the share measures against, no level a later change changes.
fn is_share_denominator(text: &str, out: &[Indicator], b: usize) -> bool {
    out.get(b + 1).is_some_and(|n| {
        matches!(n.unit.as_deref(), Some("%" | "％"))
            && text
                .get(out[b].span.end..n.span.start)
                .is_some_and(|t| t.trim_matches(is_space) == "的")
    })
}

/// Words that open a comparison (its basis or its standard), not a measure's name.
const COMPARISON_OPENERS: [&str; 8] = ["比", "较", "同比", "环比", "相比", "高于", "低于", "高出"];

/// Whether a change names its own measure after the figure right before it, so no earlier figure
/// is its base: the change's label, another than the figure's, is written between the two
/// (`城镇调查失业率为5.1%，居民消费价格上涨0.2%`: the 0.2 % is the prices', not the rate's;
/// `收入15亿元，比上年增长3%` has no subject of its own and stays the income's).
fn names_own_subject(text: &str, figure: &Indicator, change: &Indicator) -> bool {
    let label = change.label.as_str();
    // (three characters at least, and no comparison standing in for a subject that is still to
    // be carried over: `同比`, `比上年`, `较去年`, `高于全省`)
    label.chars().nth(2).is_some()
        && !COMPARISON_OPENERS.iter().any(|w| label.starts_with(w))
        && label != figure.label.as_str()
        && figure.span.end <= change.span.start
        // (memmem, as elsewhere here: `str::find` brings a searcher of its own into the small
        // build)
        && memchr::memmem::find(
            &text.as_bytes()[figure.span.end..change.span.start],
            label.as_bytes(),
        )
        // (a qualifier in brackets after the figure is no subject of its own:
        // `投资2581.9亿元（不含新区增长6.6%）`), nor is the figure's own noun written after it
        // (`985项行政许可项目削减了421项`: the 421 are of the 985)
        .is_some_and(|at| {
            at > 0 && !text[figure.span.end..figure.span.end + at].contains(chars!['（', '('])
        })
}

/// The base of a change that restates the change right before it, in its clause with no
/// subject of its own, in percent (`比上年增支3.1亿元，增长6.3%`, `较上年增加1444元，名义增长5.4%，
/// 扣除价格因素实际增长3.8%`): that change's base. Only a comma, a qualifier of the measure (名义,
/// 实际, 扣除价格因素) and a verb of change stand between them. (Left out of the small build, see
/// `FINE`: no tests/corpus output needs it.)
fn restated_change_base(
    text: &str,
    region_of: &[u32],
    i: usize,
    out: &[Indicator],
) -> Option<usize> {
    // (A change in points after a growth rate, `比增8.3%，回落1.2个百分点`, is the rate's.)
    if out[i].unit.as_deref() != Some("%") {
        return None;
    }
    let prev = i.checked_sub(1).filter(|&p| region_of[p] == region_of[i])?;
    let b = out[prev]
        .base
        .filter(|_| out[prev].kind == IndicatorKind::Change)?;
    let between = text.get(out[prev].span.end..out[i].span.start)?;
    let clause = between.strip_prefix(chars!['，', ','])?;
    let verb = UP.iter().chain(DOWN).find(|w| clause.ends_with(*w))?;
    let mut rest = &clause[..clause.len() - verb.len()];
    for q in ["扣除价格因素", "名义", "实际"] {
        rest = rest.strip_prefix(q).unwrap_or(rest);
    }
    rest.is_empty().then_some(b)
}

/// Whether `figure` is a share of a whole (`为预算的101.2%`, `占全省的12%`) that a relative change
/// after it (`同比增长6.3%`) is not of: the change in percent is the amount's before the share (a
/// change in percentage points is the share's own, and stays linked to it).
fn is_share_passed_by(text: &str, figure: &Indicator, change: &Indicator) -> bool {
    figure.unit.as_deref() == Some("%")
        && change.unit.as_deref() == Some("%")
        && (text[..figure.span.start].ends_with('的') || FINE && names_share(&figure.label))
}

/// Whether a label names a share by its relation (`建筑工程产值占建筑业总产值的比重`, `安装工程产值
/// 占比`): a percentage that is a part's share of a whole, not an amount a change after it (`；其他
/// 产值下降24.7%`) is of. (Asked only in the full build, see `FINE`.)
fn names_share(label: &str) -> bool {
    ["比重", "占比"].iter().any(|w| label.ends_with(w))
}

/// Whether the text between two changes continues one list: `、`, optionally with the next verb
/// (`上升15.4%、下降16.9%`).
fn is_list_step(between: &str) -> bool {
    let t = between.trim();
    let Some(rest) = ["、", "和", "及", "与"]
        .iter()
        .find_map(|j| t.strip_prefix(j))
    else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty() || UP.iter().chain(DOWN).any(|w| rest == *w)
}

/// The heading paths of a report's sections, built only for the sections that have an
/// indicator (a report of 100,000 headings and no numbers builds none).
#[derive(Debug, Default)]
pub(crate) struct Sections<'r> {
    /// For each section id (0 is the preamble, outside every section): its title and parent.
    sections: Vec<(&'r str, usize)>,
    /// The last path built: the regions of a section are contiguous and come in document order,
    /// so each path is built once and shared by the section's indicators.
    last: Option<(usize, SectionPath)>,
}

impl<'r> Sections<'r> {
    /// Adds a section under `parent` and returns its id.
    fn add(&mut self, title: &'r str, parent: usize) -> usize {
        if self.sections.is_empty() {
            self.sections.push(("", 0));
        }
        self.sections.push((title, parent));
        self.sections.len() - 1
    }

    /// The path of section `id`.
    fn path(&mut self, id: usize) -> SectionPath {
        if id == 0 || id >= self.sections.len() {
            return SectionPath::default();
        }
        if let Some((last, p)) = &self.last {
            if *last == id {
                return p.clone();
            }
        }
        let mut titles = Vec::new();
        let mut at = id;
        while at != 0 {
            let (title, parent) = self.sections[at];
            titles.push(title.to_string());
            at = parent;
        }
        titles.reverse();
        let p = SectionPath::from(titles);
        self.last = Some((id, p.clone()));
        p
    }
}

/// Extracts indicators from the given regions of `text`.
pub(crate) fn extract_regions(
    text: &str,
    regions: regions::Regions<'_>,
    lines: &Lines,
) -> Vec<Indicator> {
    type_all(text, Scanner::new(text, regions), lines)
}

/// Indicators of a snippet: every line is scanned; a heading marker at a line start is skipped.
/// A line that PDF text wrapped onto the next is read with it as one region, as `parse` reads a
/// wrapped paragraph (see [`wraps_onto`]).
pub(crate) fn extract(text: &str) -> Vec<Indicator> {
    let lines = Lines::new(text);
    let read = lines.newline_text();
    let mut found = extract_lines(&read, &lines);
    restore_texts(text, &read, &mut found);
    if FINE {
        one_line_labels(&mut found);
    }
    found
}

/// [`extract`] of a text whose line breaks are `\n` or `\r\n` (`lines`: its lines).
fn extract_lines(text: &str, lines: &Lines) -> Vec<Indicator> {
    let mut regions: Vec<Region> = Vec::new();
    let full = if cfg!(feature = "hard-wraps") {
        page_width(text, lines)
    } else {
        0
    };
    // The width of the last line read (a line opening with a marker that fills the page and
    // stops mid-sentence is a wrapped paragraph too: `（二）…。去年共发生各类安全⏎事故262起`).
    let mut last: Option<usize> = None;
    for l in lines.iter() {
        let content = &text[l.start..l.end];
        let trimmed = content.trim_start_matches(is_space);
        let mut start = l.start + (content.len() - trimmed.len());
        let marked = match crate::marker::heading_marker(trimmed) {
            Ok((rest, _)) => {
                start = l.end - rest.len();
                true
            }
            Err(_) => false,
        };
        let row = is_table_row(content);
        if let (Some(cols), Some(prev)) = (last, regions.last_mut()) {
            // A page's marker line (`— 10 —`) between the two lines of a wrapped sentence is
            // read through: the line after it may continue the line before it.
            // (`get`: a line may end in a break of several bytes, U+2028; `\r\n` is taken whole.)
            let brk = if text[l.end..].starts_with("\r\n") {
                2
            } else {
                1
            };
            let gap = text.get(prev.end..(l.end + brk).min(text.len()));
            if fills_page(cols, full) && gap.is_some_and(is_page_break) {
                continue;
            }
            if !marked
                && !trimmed.is_empty()
                && !row
                && wraps_onto(text, prev.end, l.start, cols, full)
            {
                prev.end = l.end;
                last = Some(width(content));
                continue;
            }
        }
        last = (cfg!(feature = "hard-wraps") && !row).then(|| width(content));
        regions.push(Region {
            start,
            end: l.end,
            section: 0,
            paragraph: false,
        });
    }
    let regions = regions::Regions::listed(regions, Sections::default());
    extract_regions(text, regions, lines)
}

/// Each indicator's text taken again from the source when the indicators were read from a copy
/// of `text` (`read`, see [`Lines::newline_text`]), so that it keeps the source's own breaks.
fn restore_texts(text: &str, read: &str, found: &mut [Indicator]) {
    if !std::ptr::eq(text, read) {
        for ind in found {
            ind.text = compact_str::CompactString::new(&text[ind.span.start..ind.span.end]);
        }
    }
}

/// The width of a line on the page, in characters. (A PDF line holding half-width digits or
/// Latin letters holds more characters than one of CJK characters alone, never fewer: the count
/// is a lower bound of how full the line is.)
fn width(line: &str) -> usize {
    line.chars().count()
}

/// The width of a page of PDF text, from its lines: the most common width of the lines at least
/// 16 characters wide that stop mid-sentence (PDF text wraps a paragraph at the page's width line
/// after line; a line a paragraph ends on, or a web page's paragraph on one line, ends a
/// sentence; a table row is no wrapped line), the wider of two equally common widths; 0 when no
/// line stops mid-sentence.
fn page_width(text: &str, lines: &Lines) -> usize {
    let mut seen = [0u32; 256];
    for l in lines.iter() {
        let line = &text[l.start..l.end];
        let w = width(line);
        if (16..256).contains(&w) && ends_mid_sentence(line) && !is_table_row(line) {
            seen[w] += 1;
        }
    }
    (16..256)
        .max_by_key(|&w| seen[w])
        .filter(|&w| seen[w] > 0)
        .unwrap_or(0)
}

/// Whether a snippet's line `cols` characters wide ending at `end` runs on into the line starting
/// at `next`, as PDF text wraps a paragraph: the line stops mid-sentence ([`is_wrapped`]) and fills
/// the page (`full` characters, see [`page_width`], within a fifth), so that a title or a short
/// list item above a paragraph stays a line of its own.
fn wraps_onto(text: &str, end: usize, next: usize, cols: usize, full: usize) -> bool {
    full > 0 && fills_page(cols, full) && is_wrapped(text, end, next)
}

/// Whether a line `cols` characters wide fills a page `full` wide, within a fifth.
fn fills_page(cols: usize, full: usize) -> bool {
    cols * 5 >= full * 4
}

/// Whether a snippet's line is a table row (`16-59岁 | 85798 | 60.9`, tab-separated cells): no
/// wrapped line of running text.
fn is_table_row(line: &str) -> bool {
    line.contains(chars!['|', '\t'])
}

/// Fills `report.indicators` from the report's paragraphs, heading titles and table rows, read
/// as the outline tree is walked (see [`regions`]).
/// A text with classic Mac or Unicode line breaks is read through a copy with `\n` breaks (see
/// [`Lines::newline_text`]): wrapped lines, page markers and sentence ends read as in any text.
pub(crate) fn attach(text: &str, report: &mut Report, lines: &Lines) {
    #[cfg_attr(not(feature = "fine-labels"), allow(unused_mut))]
    let mut read = lines.newline_text();
    if FINE {
        blank_running_heads(&mut read, &report.boilerplate);
    }
    let mut indicators = extract_regions(&read, regions::Regions::new(&read, report), lines);
    restore_texts(text, &read, &mut indicators);
    if FINE {
        one_line_labels(&mut indicators);
    }
    report.indicators = indicators;
}

/// The running header or footer lines that stand beside a page's number line (the outline set
/// both apart as the page's furniture, see `outline::mark_running_headers`) read as blank lines:
/// a paragraph that PDF text broke over the page (`…行政许⏎— 4 —⏎⏎某县2024年工作报告⏎可案卷…`) is
/// then read through its page break like one with a number line alone (see [`page_gap_end`]).
/// The words are replaced by as many spaces, so every offset stays; the text is copied only when
/// such a line is there.
fn blank_running_heads(read: &mut Cow<'_, str>, chrome: &[Boilerplate]) {
    let is_number = |b: &Boilerplate| crate::meta::is_page_marker(&b.text);
    for (i, b) in chrome.iter().enumerate() {
        // (beside a number line: the chrome line before or after it, at most three lines away)
        let near = |j: Option<usize>| {
            j.and_then(|j| chrome.get(j))
                .is_some_and(|o| o.line.abs_diff(b.line) <= 3 && is_number(o))
        };
        if is_number(b) || !(near(i.checked_sub(1)) || near(Some(i + 1))) {
            continue;
        }
        let span = b.span.slice(read);
        let line = span.split(crate::text::is_line_break).next().unwrap_or("");
        let words = line.trim_end_matches(is_space);
        let lead = words.len() - words.trim_start_matches(is_space).len();
        let (start, end) = (b.span.start + lead, b.span.start + words.len());
        if start < end {
            read.to_mut()
                .replace_range(start..end, &" ".repeat(end - start));
        }
    }
}

/// A label is read as one line: a label some reading took across a PDF line's wrap
/// (`空气质量综合指数⏎`) loses the break, as [`label::unwrapped`] reads the words of one.
fn one_line_labels(found: &mut [Indicator]) {
    for ind in found {
        if memchr::memchr2(b'\n', b'\r', ind.label.as_bytes()).is_some() {
            let joined = label::unwrapped(&ind.label, 0).0;
            ind.label = joined
                .trim_matches(|c: char| is_space(c) || c == '\r')
                .into();
        }
    }
}

/// The frame 在…内 around a span of time, the upper bound of a duration (`在30分钟内办结`,
/// `在5个工作日内答复`: 在 before the figure, 内 right after it, as 以内), as the bound word
/// `在…内`; `None` for any other figure.
///
/// ```text
/// within_frame("均可在", "内办结", Some("分钟")).is_some();  within_frame("可", "内办结", Some("分钟")) == None
/// ```
fn within_frame(lead: &str, after: &str, unit: Option<&str>) -> Option<Approx> {
    // (The frame's two characters first: most figures stand in none, and the unit is then not
    // looked up among the units of time.)
    let framed = lead.ends_with('在') && after.starts_with('内');
    let timed = || unit.is_some_and(|u| unit::is_time(u) || u.ends_with("工作日"));
    (FINE && framed && timed()).then(|| Approx {
        word: "在…内".into(),
        position: ApproxPosition::After,
    })
}

/// The denominators of the per-unit phrase that `lead` (the words before a figure) ends with:
/// 每 and a unit of the lexicon, once or twice (`补贴标准为每亩` → `亩`, `提高到每人每月` →
/// `人/月`, `每平方米`). Only the last 16 bytes are read.
///
/// ```text
/// per_before("补贴标准为每亩") == Some("亩");  per_before("每亩补贴") == None
/// ```
///
/// A later member of a list shares the first member's denominator (`每亩30元、60元`: 60 is
/// 元/亩 too): the joint and the member before it are read past.
fn per_before(lead: &str) -> Option<String> {
    let mut lead = label::trim_end_blank(lead);
    // (、 和 或 end with the bytes 81, 8C, 96: the last character is decoded only then.)
    let joint = matches!(lead.as_bytes().last(), Some(0x81 | 0x8c | 0x96))
        .then(|| lead.strip_suffix(chars!['、', '和', '或']))
        .flatten();
    if let Some(l) = joint {
        // The member before the joint: its unit (at most two characters), then its figure.
        let unit_start = l
            .char_indices()
            .rev()
            .take(3)
            .find(|(_, c)| c.is_ascii_digit())
            .map(|(i, _)| i + 1)?;
        let figure = l[..unit_start].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        lead = label::trim_end_blank(figure);
    }
    // 每 is E6 AF 8F: the last 16 bytes of most leads hold no byte 8F, and one test of the 16
    // at once says so (a search for 每 over them cost a compare per byte position).
    let b = lead.as_bytes();
    if let Some(last) = b
        .len()
        .checked_sub(16)
        .and_then(|k| <[u8; 16]>::try_from(&b[k..]).ok())
    {
        if !holds_byte(last, 0x8f) {
            return None;
        }
    }
    let mut from = lead.len().saturating_sub(16);
    while !lead.is_char_boundary(from) {
        from += 1;
    }
    let tail = &lead[from..];
    // (16 bytes: a walk over them, not a searcher.)
    let at = tail
        .as_bytes()
        .windows(3)
        .position(|w| w == "每".as_bytes())?;
    let mut per = String::new();
    let mut rest = &tail[at..];
    while let Some(r) = rest.strip_prefix('每') {
        let (r, u) = unit::unit(r).ok()?;
        if !per.is_empty() {
            per.push('/');
        }
        per.push_str(u);
        rest = r;
    }
    rest.is_empty().then_some(per)
}

/// Whether the 16 bytes `b` hold the byte `x`: one test of the 16 as a `u128`, exact (no carry
/// runs from one byte into the next): a byte equal to `x` is zero after the `xor`, and a zero
/// byte alone keeps its high bit clear after adding 7F to its low seven bits.
///
/// ```text
/// holds_byte(*b"0123456789abcdef", b'f') == true;  holds_byte(*b"0123456789abcdef", b'g') == false
/// ```
fn holds_byte(b: [u8; 16], x: u8) -> bool {
    const LOW: u128 = u128::from_le_bytes([0x7f; 16]);
    let v = u128::from_le_bytes(b) ^ u128::from_le_bytes([x; 16]);
    let nonzero = ((v & LOW) + LOW) | v;
    !nonzero & !LOW != 0
}

/// The kind a figure with `unit` has when nothing else (a ratio, a range, a fraction) decides it:
/// percentage points, a percentage, a rate (`rate`: the unit has a `/per` part), money, or else a
/// count (`12件`, `3.5万亩`).
fn kind_of_unit(unit: &str, rate: bool) -> IndicatorKind {
    if unit.ends_with("百分点") {
        IndicatorKind::PercentagePoints
    } else if unit == "%" || unit == "‰" || FINE && unit == quantity::TENTH {
        IndicatorKind::Percent
    } else if rate {
        IndicatorKind::Rate
    } else if unit::is_money(unit) {
        IndicatorKind::Money
    } else {
        IndicatorKind::Count
    }
}

/// Whether `ind` counts things by a measure word, as the labels read it: a count, or a range of
/// them (`1-2个特色产业`, `3至5家企业`, `几十所学校`), which names its noun after the measure word
/// the same way. Not a range of money, of percentages or of rates (a unit with a `/`).
fn counts_things(ind: &Indicator) -> bool {
    match ind.kind {
        IndicatorKind::Count => true,
        IndicatorKind::Range => ind
            .unit
            .as_deref()
            .is_some_and(|u| kind_of_unit(u, u.contains('/')) == IndicatorKind::Count),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn labels_share_a_word_of_two_characters() {
        use super::shares_a_word;
        assert!(shares_a_word("全县财政收入", "财政收入增幅"));
        assert!(!shares_a_word("公园", "教育支出"));
        assert!(!shares_a_word("收入", "入"));
        assert!(!shares_a_word("", "教育"));
    }

    #[test]
    fn earlier_figures_pass_their_one_character_test() {
        use super::{is_earlier_figure, may_be_earlier_figure, Indicator, Span};
        // Every basis `is_earlier_figure` reads, with the words it reads past, and others: where
        // it says yes, the one-character test said yes first.
        let times = [
            "上年",
            "去年",
            "前年",
            "上一年",
            "上月",
            "上季度",
            "年初",
            "2023年",
            "二〇二三年",
            "本年",
            "上年度",
            "同期",
            "",
        ];
        let tails = [
            "",
            "同期",
            "末",
            "底",
            "初",
            "的",
            "同期的",
            "的的",
            " ",
            "\u{3000}",
            "\n",
        ];
        let mut yes = 0;
        for lead in [
            "审结案件11件，相较",
            "受理15件，比",
            "较",
            "，比",
            "增长",
            "比 ",
        ] {
            for t in times {
                for tail in tails {
                    let text = format!("{lead}{t}{tail}28件");
                    let at = text.len() - "28件".len();
                    let ind = Indicator {
                        span: Span::new(at, text.len()),
                        ..Indicator::default()
                    };
                    if is_earlier_figure(&text, 0, &ind) {
                        yes += 1;
                        assert!(may_be_earlier_figure(&text, at), "{text}");
                    }
                }
            }
        }
        assert!(yes > 50, "{yes}");
        assert!(!may_be_earlier_figure("共受理12件", "共受理".len()));
    }

    #[test]
    fn fullwidth_bracket_found_among_fullwidth_punctuation() {
        use super::fullwidth_bracket;
        // The other fullwidth forms share its EF BC or its last byte BB: only ［ is found.
        let s = "总量（万人），增长：５％；｛注｝见注［3］，［";
        assert_eq!(fullwidth_bracket().find(s.as_bytes()), s.find('［'));
        assert_eq!(
            fullwidth_bracket().find("（甲）｛乙｝，ﾻ。".as_bytes()),
            None
        );
    }

    #[test]
    fn footnote_marks_dropped_from_a_label_when_the_text_has_them() {
        // The per-text check must still let through a mark of either kind.
        for text in ["全市农民工［8］总量3000万人", "全市农民工[8]总量3000万人"]
        {
            let found = crate::indicators(text);
            assert_eq!(found.len(), 1, "{text}");
            assert!(
                !found[0].label.contains(chars!['[', '［']),
                "{text}: {}",
                found[0].label
            );
            assert!(
                found[0].label.ends_with("总量"),
                "{text}: {}",
                found[0].label
            );
        }
    }

    #[test]
    fn basis_filter_lets_every_basis_through() {
        use super::{basis, may_end_with_basis};
        // Every reading of `basis_before` without 相比 starts at 比, 较 or 于 within the filter's
        // tail: on every prefix and suffix of these clauses the filter says yes where a basis
        // is read.
        for clause in [
            "人均收入高于全省平均水平",
            "审批时限较法定时限",
            "用电量比2019年",
            "产量低于控制目标",
            "工期较原定计划",
            "全年共受理群众来信",
            "经济较快",
            "比例较上年同期",
            "收入比ABCDEFGHIJ年",
            "比一二三四五六七八九十一二三",
        ] {
            let cuts = clause.char_indices().map(|(k, _)| k);
            for s in cuts
                .clone()
                .map(|k| &clause[k..])
                .chain(cuts.map(|k| &clause[..k]))
            {
                if basis::basis_before(s).is_some() {
                    assert!(may_end_with_basis(s), "{s}");
                }
            }
        }
        assert!(may_end_with_basis("高于全省平均水平"));
        assert!(!may_end_with_basis("全年共受理"));
    }

    #[test]
    fn holds_byte_agrees_with_contains() {
        use super::holds_byte;
        // Every byte value, alone and beside its neighbours and the values that carry (00, 7F,
        // 80, FF), at every position.
        for x in 0..=255u8 {
            for fill in [0x00, 0x7f, 0x80, 0xff, x.wrapping_add(1), x.wrapping_sub(1)] {
                let mut b = [fill; 16];
                assert_eq!(holds_byte(b, x), fill == x, "{x:#x} {fill:#x}");
                for at in 0..16 {
                    b = [fill; 16];
                    b[at] = x;
                    assert!(holds_byte(b, x), "{x:#x} {fill:#x} {at}");
                    if fill != x {
                        b[at] = x ^ 0x80;
                        assert!(!holds_byte(b, x), "{x:#x} {fill:#x} {at}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_block_compares_find_what_the_search_finds() {
        use super::{ends_near_with, ends_near_with_walk, holds_one_of, BI, JIAO};
        let yu = [0xe4, 0xba, 0x8e];
        let parts = [
            "比",
            "较",
            "于",
            "上年",
            "a",
            "\u{1f600}",
            "é",
            "",
            "，",
            "三",
            "较于",
            "。",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let s = format!("{a}{b}{c}");
                    let bytes = s.as_bytes();
                    for from in 0..=bytes.len() + 1 {
                        let want = holds_one_of(bytes.get(from..).unwrap_or(&[]), [BI, JIAO, yu]);
                        assert_eq!(
                            ends_near_with(bytes, from, [BI, JIAO, yu]),
                            want,
                            "{s:?} {from}"
                        );
                        assert_eq!(
                            ends_near_with_walk(bytes, from, [BI, JIAO, yu]),
                            want,
                            "walk {s:?} {from}"
                        );
                    }
                }
            }
        }
        // Longer words, across the blocks of 48 positions: each character at every place.
        let filler = "上年同期水平a，é\u{1f600}".repeat(12);
        for ch in ["比", "较", "于"] {
            for k in filler.char_indices().map(|(k, _)| k) {
                let s = format!("{}{ch}{}", &filler[..k], &filler[k..]);
                let bytes = s.as_bytes();
                for from in [0, 1, k.saturating_sub(1), k, k + 1, bytes.len()] {
                    let want = holds_one_of(bytes.get(from..).unwrap_or(&[]), [BI, JIAO, yu]);
                    assert_eq!(
                        ends_near_with(bytes, from, [BI, JIAO, yu]),
                        want,
                        "{k} {from}"
                    );
                    // (And the WebAssembly module's walk.)
                    assert_eq!(
                        ends_near_with_walk(bytes, from, [BI, JIAO, yu]),
                        want,
                        "walk {k} {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn look_backs_reach_from_the_first_window_to_the_last_quantity() {
        use super::reach_of;
        use crate::model::Indicator;
        use crate::span::Span;
        let at = |start: usize| Indicator {
            span: Span::new(start, start + 3),
            ..Default::default()
        };
        let regions = [Span::new(10, 500), Span::new(600, 700)];
        let out = [at(200), at(450), at(650)];
        assert_eq!(reach_of(&regions, &[0, 0, 1], &out[..2], 100), (100, 450));
        assert_eq!(reach_of(&regions, &[0, 0, 1], &out, 900), (10, 650));
        assert_eq!(reach_of(&regions, &[1], &out[2..], 20), (630, 650));
        assert_eq!(reach_of(&regions, &[], &[], 20), (0, 0));
        // Every 其中 a look-back can see lies in the range.
        let text = "全年受理案件120件，其中行政案件80件。其中a";
        let found = super::extract(text);
        assert_eq!(found[1].parent, Some(0));
    }

    #[test]
    fn no_change_found_where_the_prefilter_says_none() {
        use super::{direction_before, may_say_change};
        // Clauses of words before a figure, with line breaks and spaces, and every start.
        let parts = [
            "全年共受理",
            "比上年",
            "同比",
            "增长",
            "减少了",
            "下降到",
            "比去年多",
            "高于全省平均水平",
            "与上年相比",
            "较计划超出",
            "提高视频解读比例至",
            "由",
            "发展到",
            "，",
            "\n",
            "增\n",
            " ",
            "　　　　　　　　　　　　　　　　",
            "办理群众来信",
            "a",
        ];
        let mut texts = Vec::new();
        for a in parts {
            for b in parts {
                texts.push(format!("{a}{b}"));
                texts.push(format!("{a}{}{b}", parts[0].repeat(5)));
            }
        }
        texts.push(format!("比上年{}", " ".repeat(70)));
        texts.push(format!("同比{}", "　".repeat(30)));
        let mut skipped = 0;
        for t in &texts {
            let at = t.len();
            for from in (0..=at).filter(|&k| t.is_char_boundary(k)) {
                if may_say_change(t, from, at) {
                    continue;
                }
                skipped += 1;
                for cs in (from..=at).filter(|&k| t.is_char_boundary(k)) {
                    assert_eq!(direction_before(t, cs, at), None, "{t:?} {from} {cs}");
                }
            }
        }
        // The test skips most clauses, as the texts it stands for.
        assert!(skipped > texts.len(), "{skipped}");
        assert!(may_say_change("同比增长", 0, "同比增长".len()));
        assert!(!may_say_change("全年共受理", 0, "全年共受理".len()));
    }

    #[test]
    fn conversions_read_with_the_walk_back() {
        use super::is_conversion;
        for yes in ["，按年平均汇率折算为", "，折合人民币", "（约合", "，合"] {
            assert!(is_conversion(yes), "{yes:?}");
        }
        for no in [
            "，增长",
            "，相当于",
            "，合作社",
            "、",
            "",
            "，其中折旧费用增加了很多万元用于",
        ] {
            assert!(!is_conversion(no), "{no:?}");
        }
    }

    #[test]
    fn comparison_words_found_like_str_contains() {
        assert!(super::BASES
            .iter()
            .all(|b| b.contains(chars!['比', '较', '与'])));
        for s in [
            "同比增长",
            "较上年",
            "与去年相比",
            "增长了",
            "",
            "三与",
            "万元",
            "元与a",
            "七五",
        ] {
            assert_eq!(
                super::has_comparison_word(s),
                s.contains(chars!['比', '较', '与']),
                "{s}"
            );
        }
    }

    #[test]
    fn every_approximation_word_before_a_figure_is_read() {
        // The byte filter in front of APPROX_BEFORE lets each of its words through; the first
        // word of the list that ends the text is taken (达约 reads as 约: 约 comes first).
        for w in super::APPROX_BEFORE {
            // (A figure of a scale: 跨越/迈过 bound only such, see `is_threshold_verb`.)
            let s = format!("全年办理案件{w}120万件。");
            let found = crate::indicators(&s);
            let taken = super::APPROX_BEFORE.iter().find(|x| w.ends_with(*x));
            assert_eq!(found.len(), 1, "{s}");
            assert_eq!(
                Some(found[0].text.as_str()),
                taken.map(|t| format!("{t}120万件")).as_deref()
            );
            assert_eq!(
                found[0].approx.as_ref().map(|a| a.word.as_str()),
                taken.copied()
            );
        }
    }

    #[test]
    fn word_tests_agree_with_str() {
        let words = [
            "三个", "四个", "以来", "来", "：", ":", "a", "连续", "年", "近",
        ];
        for s in [
            "三个目标",
            "四",
            "以来的",
            "：后",
            ":",
            "",
            "a年",
            "连续6年",
            "近",
            "x近",
        ] {
            for w in words {
                assert_eq!(
                    super::starts_with_word(s, w),
                    s.starts_with(w),
                    "{s:?} {w:?}"
                );
                assert_eq!(super::ends_with_word(s, w), s.ends_with(w), "{s:?} {w:?}");
            }
        }
    }

    /// (text, value, from, to, direction) of each indicator of `s`.
    fn from_to(s: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        crate::indicators(s)
            .into_iter()
            .map(|i| {
                (
                    i.text.into(),
                    i.value.to_string(),
                    i.from.map(|d| d.to_string()),
                    i.to.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn from_to_with_words_between() {
        // 由 + a time phrase + A + verb + B.
        assert_eq!(
            from_to("在校学生由前年4.6万人增加到5.2万人。"),
            [(
                "由前年4.6万人增加到5.2万人".into(),
                "5.2".into(),
                Some("46000".into()),
                Some("52000".into())
            )]
        );
        // 从 + a year with 的 + A + verb + a year with 的 + B.
        let found = crate::indicators("人均存款从2016年的1.8万元增长到2022年的3.3万元。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "从2016年的1.8万元增长到2022年的3.3万元");
        assert_eq!(found[0].direction, Some(super::Direction::Up));
        assert_eq!(
            found[0].from.map(|d| d.to_string()).as_deref(),
            Some("18000")
        );
        // 由 + a short attributive with 的 + A + verb + B (个工作日 is one unit).
        let found = crate::indicators("审批时限由规定的15个工作日缩短至4个工作日。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "由规定的15个工作日缩短至4个工作日");
        assert_eq!(found[0].direction, Some(super::Direction::Down));
        assert_eq!(
            (
                found[0].from.map(|d| d.to_string()),
                found[0].to.map(|d| d.to_string())
            ),
            (Some("15".into()), Some("4".into()))
        );
        // 扩大 with 由…到 is a change whose figures say up; a per-unit qualifier after 由.
        let found =
            crate::indicators("城区面积由18平方公里扩大到46平方公里，补助由每亩80元提高到120元。");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].direction, Some(super::Direction::Up));
        assert_eq!(found[1].text, "由每亩80元提高到120元");
        assert_eq!(found[1].from.map(|d| d.to_string()).as_deref(), Some("80"));
        // Without 由/从, 扩大了 takes an object: a count, not a change.
        let found = crate::indicators("扩大了15个县的管理权限。");
        assert_eq!(found[0].kind, super::IndicatorKind::Count);
        // A long clause between is not an attributive: two figures.
        assert_eq!(
            crate::indicators("由当初只有设备的8台，逐步更新至12台。").len(),
            2
        );
    }

    #[test]
    fn a_unit_wrapped_past_a_page_marker() {
        // PDF text: the number ends a page, its unit starts the next.
        let text = "关于工作的报告\n\n一、总体情况\n全年蔬菜产量达到36\n— 4 —\n万吨，增长2%。\n";
        let r = crate::parse(text);
        let ind = &r.indicators[0];
        assert_eq!(ind.text, "36\n— 4 —\n万吨");
        assert_eq!(
            ind.normalized.map(|d| d.to_string()).as_deref(),
            Some("360000")
        );
        assert_eq!(&text[ind.span.start..ind.span.end], ind.text);
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_sentence_broken_over_a_page_as_pdf_text_writes_the_break() {
        let label_of = |text: &str, figure: &str| -> (String, Option<String>) {
            let r = crate::parse(text);
            let ind = r
                .indicators
                .iter()
                .find(|i| i.text.starts_with(figure))
                .unwrap_or_else(|| panic!("{figure} in {text:?}: {:?}", r.indicators));
            (
                ind.label.to_string(),
                ind.unit.as_deref().map(str::to_string),
            )
        };
        let head = "关于工作的报告\n\n一、总体情况\n全年新建改建农村公路和\n";
        let tail = "桥梁共计86公里，完成投资3.2亿元。\n";
        // the page's number with blank lines and a form feed around it, in the ways PDF text
        // numbers pages: the label is read through the break
        for page in [
            "— 5 —\n",
            "\n— 5 —\n\n",
            "\n- 5 -\n\u{c}",
            "第 5 页 共 12 页\n\n",
            "\n5/12\n",
        ] {
            let text = format!("{head}{page}{tail}");
            // (the page's number is no figure of the text: `5/12` no fraction)
            assert_eq!(crate::parse(&text).indicators.len(), 2, "{text:?}");
            assert_eq!(
                label_of(&text, "86"),
                ("新建改建农村公路和桥梁".into(), Some("公里".into())),
                "{text:?}"
            );
        }
        // a bare number alone on a line is no page's number here (a table's cell may be one)
        assert!(!super::is_page_break("\n\n5\n\n"));
        assert!(super::is_page_break("\n\n— 5 —\n\n"));
        // a figure's unit after the break, blank lines around the page's number
        let text = "一、财政\n发行专项债券18.3亿\n\n— 2 —\n\n元，用于项目建设。\n";
        assert_eq!(
            label_of(text, "18.3"),
            ("发行专项债券".into(), Some("元".into()))
        );
        // a form feed at the next page's top stays out of the label
        let text = "一、情况\n全年办理行政许\n\u{c}可案件20件。\n";
        assert_eq!(
            label_of(text, "20"),
            ("办理行政许可案件".into(), Some("件".into()))
        );
        // a running header the outline set apart (the first page's head written again)
        let top = "某县交通运输局二〇二四年工作总结\n一、总体情况\n";
        let text = format!(
            "{top}全年新建改建农村公路和\n— 2 —\n\n某县交通运输局二〇二四年工作总结\n{tail}"
        );
        assert_eq!(
            label_of(&text, "86"),
            ("新建改建农村公路和桥梁".into(), Some("公里".into()))
        );
        let ind = &crate::parse(&text).indicators[0];
        assert_eq!(&text[ind.span.start..ind.span.end], ind.text);
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn shared_heads_compared_growth_and_rates_per_unit() {
        let rows = |s: &str| -> Vec<(String, String)> {
            crate::indicators(s)
                .iter()
                .map(|i| (i.text.to_string(), i.label.to_string()))
                .collect()
        };
        // a shared head that ends with a shorter one (使用量, 用量)
        assert_eq!(
            rows("全县地膜、除草剂使用量分别减少4.5%和2.8%。"),
            [
                ("4.5%".to_string(), "地膜使用量".to_string()),
                ("2.8%".to_string(), "除草剂使用量".to_string())
            ]
        );
        // a growth rate compared with another's: the clause subject's rate
        let r = rows("全县城镇居民人均消费支出增长6.4%，增速快于全市平均0.9个百分点。");
        assert_eq!(r[1].1, "全县城镇居民人均消费支出增速");
        // a death rate per a unit of its own, stated bare, and its change
        let r = rows("全市万车死亡率为1.35，比上年下降0.12。");
        assert_eq!(
            r,
            [
                ("1.35".to_string(), "全市万车死亡率".to_string()),
                ("0.12".to_string(), "全市万车死亡率".to_string())
            ]
        );
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_bare_measure_after_a_wrap_and_its_change() {
        // the index's name ends the line, its value opens the next (PDF text)
        let r = crate::parse(
            "一、环境\n全年整治扬尘源。全市环境质量综合指数为\n4.2，比上年下降6.5%。\n",
        );
        let rows: Vec<(&str, &str)> = r
            .indicators
            .iter()
            .map(|i| (i.text.as_str(), i.label.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("4.2", "全市环境质量综合指数"),
                ("6.5%", "全市环境质量综合指数")
            ]
        );
    }

    #[test]
    fn upper_and_lower_bounds() {
        // 不超过 is an upper bound (not 超过 read inside it); 超过 a lower one.
        let ind = &crate::indicators("群众办事排队时间不超过20分钟。")[0];
        assert_eq!(ind.text, "不超过20分钟");
        assert_eq!(
            (ind.low, ind.high.map(|d| d.to_string())),
            (None, Some("20".into()))
        );
        let ind = &crate::indicators("年接待游客超过300万人次。")[0];
        assert_eq!(ind.low.map(|d| d.to_string()).as_deref(), Some("3000000"));
        assert_eq!(ind.high, None);
        // 突破 is a lower bound too.
        let ind = &crate::indicators("网上办件量突破80万件。")[0];
        assert_eq!(ind.text, "突破80万件");
        assert_eq!(ind.low.map(|d| d.to_string()).as_deref(), Some("800000"));
    }

    #[test]
    fn ratios_are_one_indicator_with_parts() {
        let ind = &crate::indicators("全县三次产业结构调整为9.8∶41.5∶48.7。")[0];
        assert_eq!(ind.text, "9.8∶41.5∶48.7");
        assert_eq!(ind.kind, super::IndicatorKind::Ratio);
        let parts: Vec<String> = super::quantity::ratio_parts(&ind.text)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(parts, ["9.8", "41.5", "48.7"]);
        assert_eq!(
            (
                ind.low.map(|d| d.to_string()),
                ind.high.map(|d| d.to_string())
            ),
            (Some("9.8".into()), Some("48.7".into()))
        );
        // Full-width colons, two parts with a decimal point.
        let ind = &crate::indicators("城乡收入比缩小到2.31：1。")[0];
        assert_eq!(
            (ind.text.as_str(), ind.kind),
            ("2.31：1", super::IndicatorKind::Ratio)
        );
        // A ratio that changes is two ratios (a level before and after), not a change.
        let found = crate::indicators("产业结构由12∶40∶48调整为10.2∶38.5∶51.3。");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].label, found[0].label);
        assert!(found
            .iter()
            .all(|i| i.kind == super::IndicatorKind::Ratio && i.from.is_none()));
        // A clock time is not a ratio.
        assert!(crate::indicators("会议于09:30开始，10:05:30结束。").is_empty());
    }

    #[test]
    fn a_label_without_a_topic_takes_the_heading_s() {
        let section = [
            "二、主动公开情况".to_string(),
            "推进住房保障信息公开".to_string(),
        ];
        assert_eq!(
            super::generic_label_topic("发布信息", &section).as_deref(),
            Some("住房保障信息")
        );
        assert_eq!(
            super::generic_label_topic("公布", &section).as_deref(),
            Some("住房保障信息")
        );
        // A label with a topic of its own keeps it; a heading about no kind of information gives none.
        assert_eq!(super::generic_label_topic("发布招聘公告", &section), None);
        let other = ["加强队伍建设".to_string()];
        assert_eq!(super::generic_label_topic("发布信息", &other), None);
    }

    #[test]
    fn every_basis_has_bi_or_jiao() {
        // type_all looks for a basis only in sentences with 比 or 较.
        assert!(super::BASES
            .iter()
            .all(|b| b.contains(chars!['比', '较', '与'])));
    }

    #[test]
    fn the_direction_filter_lets_every_direction_word_through() {
        for w in super::UP.iter().chain(super::DOWN) {
            assert!(super::may_end_direction(w), "{w}");
            assert!(super::may_end_direction(&format!("全年同比{w}")), "{w}");
        }
        // Most texts before a figure end with no direction word.
        assert!(!super::may_end_direction("全年立案"));
        assert!(!super::may_end_direction(""));
    }

    #[cfg(feature = "fine-labels")]
    use crate::model::{Direction, IndicatorKind};

    /// (label, kind, direction, basis) of the figure whose text starts with `figure` in `text`.
    #[cfg(feature = "fine-labels")]
    fn reading_of(
        text: &str,
        figure: &str,
    ) -> (String, IndicatorKind, Option<Direction>, Option<String>) {
        let found = crate::indicators(text);
        let ind = found
            .iter()
            .find(|i| i.text.starts_with(figure))
            .unwrap_or_else(|| panic!("{figure} in {text:?}: {found:?}"));
        (
            ind.label.to_string(),
            ind.kind,
            ind.direction,
            ind.basis.as_deref().map(str::to_string),
        )
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_school_year_or_the_months_before_are_a_basis() {
        let (l, k, d, b) = reading_of(
            "全校共发放助学金3120人次，比2021—2022学年增长8.5%。",
            "8.5%",
        );
        assert_eq!(
            (l.as_str(), k, d),
            ("全校发放助学金", IndicatorKind::Change, Some(Direction::Up))
        );
        assert_eq!(b.as_deref(), Some("比2021—2022学年"));
        let (l, _, d, b) = reading_of("办理投诉42件，较2022学年减少6件。", "6件");
        assert_eq!((l.as_str(), d), ("办理投诉", Some(Direction::Down)));
        assert_eq!(b.as_deref(), Some("较2022学年"));
        let (l, _, _, b) = reading_of(
            "全市税收收入386亿元，增速比前8个月回落0.3个百分点。",
            "0.3个",
        );
        assert_eq!(l, "全市税收收入增速");
        assert_eq!(b.as_deref(), Some("比前8个月"));
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_deviation_from_a_basis_is_a_change() {
        let (l, k, d, _) = reading_of("全年来水量46.2亿立方米，比多年平均偏丰15.3%。", "15.3%");
        assert_eq!(
            (l.as_str(), k, d),
            ("来水量", IndicatorKind::Change, Some(Direction::Up))
        );
        let (l, _, d, _) = reading_of("汛期输沙量较常年偏小21%，枯水期流量比上年偏枯9.4%。", "21%");
        assert_eq!((l.as_str(), d), ("汛期输沙量", Some(Direction::Down)));
        let (l, _, d, _) = reading_of(
            "汛期输沙量较常年偏小21%，枯水期流量比上年偏枯9.4%。",
            "9.4%",
        );
        assert_eq!((l.as_str(), d), ("枯水期流量", Some(Direction::Down)));
        // Without a basis 偏大 describes and compares nothing.
        assert_eq!(super::deviation_after_basis("误差偏大"), None);
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_cause_before_the_change_names_no_subject() {
        let text = "全市生猪出栏38.2万头，受市场价格波动影响减少6.1%。";
        let (l, _, d, _) = reading_of(text, "6.1%");
        assert_eq!((l.as_str(), d), ("全市生猪出栏", Some(Direction::Down)));
        let text = "新能源汽车产量4.6万辆，主要受政策带动增长35%。";
        assert_eq!(reading_of(text, "35%").0, "新能源汽车产量");
        assert!(!super::is_cause_of_change("因病致贫人口"));
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_year_inside_the_noun_phrase_qualifies_the_measure() {
        let text =
            "教育支出（类）普通教育（款）高中教育（项）2024年决算数为3260.50万元，比上年增长2.1%。";
        let l = reading_of(text, "3260.50").0;
        assert_eq!(l, "教育支出（类）普通教育（款）高中教育（项）决算数");
        assert_eq!(reading_of(text, "2.1%").0, l);
        let text = "全县农村公路2023年养护投资为1.2亿元。";
        assert_eq!(reading_of(text, "1.2亿元").0, "全县农村公路养护投资");
        // A counted scope framed by a period, an agent and its verb: the label is what follows.
        assert_eq!(
            super::label::without_inner_year("7个乡镇2024年危房改造资金"),
            None
        );
        assert_eq!(
            super::label::without_inner_year("市财政局批复我市2024年专项债券额度"),
            None
        );
        assert_eq!(
            super::label::without_inner_year("本单位2024年度差旅费支出").as_deref(),
            Some("本单位差旅费支出")
        );
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn a_target_set_above_is_the_measure_s() {
        let text = "污水集中处理率96.4%，高于市定92%的要求4.4个百分点。";
        let (l, k, _, _) = reading_of(text, "92%");
        assert_eq!((l.as_str(), k), ("污水集中处理率", IndicatorKind::Percent));
        let (l, k, d, b) = reading_of(text, "4.4个");
        assert_eq!(
            (l.as_str(), k, d),
            ("污水集中处理率", IndicatorKind::Change, Some(Direction::Up))
        );
        assert_eq!(b.as_deref(), Some("高于市定92%的要求"));
        let text = "农村劳动力转移就业3.6万人，完成市下达目标任务3万人的120%。";
        assert_eq!(reading_of(text, "3万人").0, "农村劳动力转移就业目标任务");
        let text = "单位生产总值能耗为0.42吨标准煤，控制在省定0.45吨标准煤以内。";
        assert_eq!(reading_of(text, "0.45").0, "单位生产总值能耗");
        assert!(super::set_above_only("控制在省定"));
        assert!(!super::set_above_only("省定目标"));
        assert_eq!(super::target_word("省下达目标任务"), Some("目标任务"));
    }
}
