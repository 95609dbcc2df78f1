//! Labels: the noun phrase a quantity counts.
//!
//! Chinese puts the counted noun after a number-classifier that modifies it (`对94家非煤矿山企业`,
//! `围绕7个重点调研方向`) and before a number that closes a clause (`立案 94 件，`). So: when
//! text follows the quantity directly, the label is that text up to the next clause boundary;
//! otherwise it is the text before the quantity back to the previous boundary or quantity, with
//! function words (共, 累计, 其中, 已, 分别, 达 …) removed, and narrowed to its head after a list
//! (`A、B等各类应急演练` → 各类应急演练), after `的`, and after an unclosed `(`.

use super::words::{words, WordSet, Words};
use crate::text::{
    char_len, contains_char, ends_plain, is_clause_punct, is_digit, is_space, leading_digits,
    rfind_char, starts_plain, strip_year_prefix, strip_year_suffix,
};
use std::borrow::Cow;

/// Where a label stops: clause punctuation, a line break, or a table cell separator.
fn is_boundary(c: char) -> bool {
    is_clause_punct(c) || matches!(c, '|' | '\t')
}

const LEADING: Words = words![
    "其中",
    // The rest of a set (`其余6个`, `另有8件`): its noun is the set's.
    "其余",
    "另有",
    "共计",
    "合计",
    "总计",
    "累计",
    // 全年共计发布…: the adverb 共计 whole after 全年 (全年共 would leave its 计).
    "全年共计",
    "全年共",
    "全年",
    "本年度",
    "本年",
    "年内",
    "当年",
    "上半年",
    "下半年",
    "近年来",
    "一年来",
    "今年以来",
    "预计",
    "今年",
    "去年",
    "目前",
    "现已",
    "已经",
    "已",
    "先后",
    "分别",
    "达到",
    "共",
    "约",
    "近",
    "超过",
    "对",
    "向",
    "在",
    "将",
    "把",
    "使",
    // 8263亿元，折1162亿美元: the same amount converted, its subject the clause's.
    "折合",
    "折",
    "并",
    "又",
    "还",
    // 以此骗领补贴: the means the clause before named; 既获得, 却于: adverbs of contrast.
    "以此",
    "既",
    "却",
    "同时",
    "此外",
    "另外",
    "以及",
    "及",
    "和",
    "与",
    "为",
    "给予",
    "通过",
    "围绕",
    "明确",
    "实现",
    "确保",
    "力争",
    "争取",
    "确定",
    // 全力抓好总投资…: adverbs of effort before a light verb.
    "全力",
    "着力",
    "大力",
    // 通过收缴资金、归还原渠道等方式整改问题金额: the noun that closes a frame of means, left
    // at the start when the label begins after the list of means.
    "等方式",
    "方式",
    "途径",
    "的",
    "了",
];

const TRAILING: Words = words![
    "达到",
    "可达",
    "达",
    "约为",
    "为",
    "共计",
    "合计",
    "总计",
    "累计",
    "共",
    "约",
    "近",
    "超过",
    "超",
    "逾",
    "分别",
    "了",
    "的",
    "预计",
    "计",
    "有",
    "是",
    "各",
    "已",
    "按",
    "及",
    "和",
    "与",
    "等",
    "仅",
    "只",
    "要",
    // 有望达到6500亿元: the modal of a forecast.
    "有望",
    "力争",
    "确保",
    "新增",
    "以及",
    // 赤字率拟按4%安排: the modal of a plan.
    "拟",
    // 面积却为, 项目既获得, 收益最高达, 至少获利: adverbs of contrast and degree before the predicate.
    "却",
    "既",
    "最高",
    "至少",
    // 满意度高达99%, 案件多达300件: 高达/多达 link as 达 does (达 alone leaves 高 or 多 behind).
    "最高达",
    "高达",
    "多达",
    // 收入实际完成15.39亿元: the adverb of 名义/实际 growth or completion.
    "实际", // 达到双100%: both figures of a pair are the one after it.
    "双",
];

/// Adverbs removed wherever they stand in a label (基层共开展… → 基层开展…).
const ADVERBS: &[&str] = &["共计", "合计", "总计", "累计", "共"];

/// Nouns of measure, the dimension a quantity gives of a thing (`单价1万元的树木`), longest first: a
/// closed class.
const MEASURES: &[&str] = &[
    "一般公共预算收入",
    "财政收入",
    "税收收入",
    "销售收入",
    "营业收入",
    "总投资",
    "价值",
    "单价",
    "价格",
    "均价",
    "总价",
    "造价",
    "金额",
    "总额",
    "占地面积",
    "建筑面积",
    "总面积",
    "总占地",
    "占地",
    "全长",
    "面积",
    "规模",
    "比例",
    "长度",
    "里程",
    "容量",
    "总量",
    "产值",
    "投资",
    "收入",
    "产量",
];

/// Words that qualify a noun of measure and stay with it (`规划面积`, `计划投资`): a closed class.
const MEASURE_QUALIFIERS: &[&str] = &[
    "规划", "建筑", "占地", "经营", "用地", "设计", "计划", "实际", "合同", "协议", "年",
];

/// Measure words that are place nouns of their own (`11乡镇`, `9省`): a closed class.
const PLACE_UNITS: &[&str] = &["乡镇", "省市", "省份", "省", "县"];

/// The last bytes of the words of [`PLACE_UNITS`], built from the list: asked of every counted
/// figure, whose unit mostly ends otherwise (个, 元, %), before the words are compared.
static PLACE_UNIT_ENDS: [bool; 256] = super::words::last_byte_table(PLACE_UNITS);

/// Whether `l` is a scope and nothing else (`全市`, `全县`, `各地`, `全区`): 全 or 各 and at most
/// two characters after it.
fn is_scope(l: &str) -> bool {
    // (Two or three ideographs are six or nine bytes.)
    matches!(l.len(), 6 | 9)
        && l.starts_with(chars!['全', '各'])
        && l.chars().all(crate::text::is_cjk)
}

/// Heads of a body that each place has one of (`28省市税务部门向…`, `14省市地方政府通过…`): a
/// place count right before one counts those bodies, which the words after it name.
const INSTITUTIONS: &[&str] = &["部门", "政府", "机关", "法院", "检察院"];

/// Whether `right`, the words after a place count, open with a body of [`INSTITUTIONS`] within
/// six characters and before any 的 or clause mark (`税务部门向`, `地方政府`).
fn opens_institution(right: &str) -> bool {
    let head: String = trim_start_spaces(right)
        .chars()
        .take(6)
        .take_while(|&c| crate::text::is_cjk(c) && c != '的')
        .collect();
    INSTITUTIONS.iter().any(|w| head.contains(w))
}

/// Whether `l`, a label read from the words before a place count (`left_end`), is a short
/// attribute of the places (`沿江`, `东部`) rather than a verb whose object they are (`审计`), a
/// relative clause (`重点审计的`) or a frame: two or three characters, no 的, no verb, standing
/// whole right before the count (not 环首 of 环首都) and not after a list mark (`曲阜、邹平2县`
/// names the places).
fn attributive_of_place(left_end: &str, l: &str) -> bool {
    left_end
        .strip_suffix(l)
        .is_some_and(|before| !before.ends_with(chars!['、', '，', ',']))
        && (2..=3).contains(&char_len(l))
        && l.chars().all(crate::text::is_cjk)
        && !l.contains('的')
        && !super::lexicon::is_action(l)
        && !super::lexicon::ends_with_verb(l)
        && super::lexicon::last_verb_at(l).is_none()
}

/// Whether the clause before a figure ends with a list joined by 、 that holds no figure
/// (`公开安全生产、应急管理类信息`): a list of nouns the figure counts whole. A figure before a 、
/// (`受理A类10件、B类`) makes the 、 the end of the previous item's clause instead.
///
/// `last` is the last boundary of `left` with 、 a boundary (`boundary_by_depth(left, true)`),
/// which [`label_in`] has from its walk.
fn is_noun_list(left: &str, last: Option<usize>) -> bool {
    // (The last boundary of the clause: a 、 of an earlier clause is no part of this one.)
    let Some(comma) = last.filter(|&i| left[i..].starts_with('、')) else {
        return false;
    };
    let start = last_boundary_outside_quotes(&left[..comma], false).map_or(0, |i| {
        i + left[i..].chars().next().map_or(1, char::len_utf8)
    });
    let items = &left[start..comma];
    // (An inline enumeration's marker opens the clause, not the list: `一是违规发放津贴补贴、`.)
    let items = if super::FINE {
        strip_enumeration_marker(items)
    } else {
        items
    };
    // (An item ending with a measure word lost its figure: `核准企业资质条、施工许可证76条`.)
    if items.is_empty()
        || super::FINE
            && items
                .chars()
                .next_back()
                .is_some_and(|c| "条件个项家次宗篇份批".contains(c))
    {
        return false;
    }
    // 部门运维实现集中管理、经费下降28%: words before the 、 that hold a predicate of their own (a
    // verb or an adverb after their noun) are a clause that ends there, not an item of a list.
    if super::FINE && holds_own_predicate(items) {
        return false;
    }
    two_chars(&left[comma + '、'.len_utf8()..])
        // (no figure, nor a numeral: `二、` is a heading's marker, `一、二产业` ordinals; read by
        // hand: `char::is_numeric` brings Unicode's tables into the small build)
        && !items.chars().any(|c| is_small_numeral(c) || is_digit(c))
}

/// Whether the words of a list's item hold a predicate after their noun, so that they are a
/// clause of their own (`运维实现集中管理`, `养老金制度全面实施`): 实现, the verb of reaching a
/// goal, which opens no noun, or an adverb right before a verb.
fn holds_own_predicate(items: &str) -> bool {
    items.char_indices().skip(2).any(|(i, _)| {
        let here = &items[i..];
        here.starts_with("实现") || super::lexicon::adverb_before_verb(here)
    })
}

/// Whether `c` is one of the numerals 一 to 十 or 两: compared by a `match`, as every character
/// of a list's items is (a search of the string of them for each cost a call per character).
/// The WebAssembly module keeps the search: the match's compares take 44 gzipped bytes of its
/// size budget.
fn is_small_numeral(c: char) -> bool {
    if cfg!(target_arch = "wasm32") {
        "一二三四五六七八九十两".contains(c)
    } else {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
        )
    }
}

/// Generic nouns that close a list (`交通信息、住房信息等信息`): the list is what they name.
const LIST_GENERICS: &[&str] = &["信息", "事项", "内容", "工作"];

/// Nouns of an act done on something (`建议的答复`, `投诉的办理`): after 的 they name nothing
/// without what they were done on. A closed class.
const ACTS_ON: &[&str] = &["答复", "回复", "办理", "处理", "受理"];

/// Nouns of a mark that a figure reaches (`突破600亿斤大关`, `跨上千亿元台阶`): no noun of what
/// is counted. (Each opens with 大, 关, 台 or 门: [`label`] tries the list only after those.)
const MARKS: &[&str] = &["大关", "关口", "台阶", "门槛"];

/// Nouns that a quantity with 的 may modify without naming what it measures (`增长8%的目标`,
/// `600元的标准`): the words before the quantity are its label.
const GENERIC_AFTER_DE: &[&str] = &[
    "目标",
    "预期目标",
    "目标任务",
    "任务",
    "水平",
    "要求",
    "标准",
    // A frame for the statement that follows (`在减税降费18.2亿元的基础上，…`).
    "基础上",
    "前提下",
];

/// Whether a count stands in pairs of a noun and its figure run on with no mark between them
/// (`新建小学3所初中2所`, `男性120人女性80人`): the words after it, `r`,
/// reach the next figure whole, that one has the same measure word (the two count things of one
/// kind) and nothing but a clause mark follows it, so `r` is the next figure's noun; the words of
/// the clause before this figure (a noun: not a scope such as 全区, not a verb, not 有 or 共 before
/// the count) name this one. (`共有3个社区2000户居民`, `设立5个站点30个服务点`: a noun follows the
/// second figure, and the first counts the noun after it; `跟踪指导70个项目3478亩`: another measure.)
fn runs_on(
    text: &str,
    left_end: &str,
    start: usize,
    end: usize,
    r: &str,
    next: Option<(usize, usize, usize)>,
) -> bool {
    let Some((ns, ne, _)) = next.filter(|&(ns, _, _)| ns >= end) else {
        return false;
    };
    // The measure word after the last digit of a figure (`3所` → 所, `20万元` → 万元).
    // (Past the digit's own bytes: a full-width digit, `１`, is three.)
    fn measure(s: &str) -> Option<&str> {
        let k = s.rfind(is_digit)?;
        let digit = s[k..].chars().next()?;
        Some(trim_spaces(&s[k + digit.len_utf8()..]))
    }
    if trim_spaces(&text[end..ns]) != r
        || text[ne..].starts_with(crate::text::is_cjk)
        || measure(&text[start..end]).is_none_or(|m| Some(m) != measure(&text[ns..ne]))
    {
        return false;
    }
    names_noun_before(left_end)
}

/// Whether the words of the clause before a figure, `left_end`, end with a noun the figure counts
/// (`储备防汛物资4大类`, `新建小学3所`): two characters or more ending with an ideograph, not a
/// scope (全区), not a verb of the lexicon (涉及, 发放), not 有, 共, 达 … or 的 right before the
/// count.
fn names_noun_before(left_end: &str) -> bool {
    let words = last_clause(left_end);
    two_chars(words)
        && words.ends_with(crate::text::is_cjk)
        && !is_scope(words)
        && !super::lexicon::ends_with_verb(words)
        && !words.ends_with(chars![
            '有', '共', '计', '达', '为', '约', '近', '超', '逾', '中', '的',
        ])
}

/// The words of `left_end` after its last clause boundary (commas of a list too).
fn last_clause(left_end: &str) -> &str {
    boundary_by_depth(left_end, true).map_or(left_end, |i| {
        &left_end[i + left_end[i..].chars().next().map_or(1, char::len_utf8)..]
    })
}

/// Whether the words before a count right before a count of kinds (`储备防汛物资4大类35个品种`)
/// name the stock both count: a noun of [`names_noun_before`] of four characters or more once
/// its leading words go (a verb and its object, or a modified noun; `梳理3大类28个品种`, a verb
/// of two alone, leaves the first count to the second's noun).
fn names_stock_before(left_end: &str) -> bool {
    names_noun_before(left_end) && crate::text::char_len(strip_words(last_clause(left_end))) >= 4
}

/// Nouns of kinds (`35个品种`): a count of them classifies a stock, and names none.
const KIND_NOUNS: &[&str] = &["品种", "种类", "品类", "类别", "门类"];

/// Where a right-hand label stops: the verb of a new predicate.
const RIGHT_STOPS: &[&str] = &["进行", "开展", "实施"];

fn strip_enumeration_marker(s: &str) -> &str {
    // Both markers open with 第 or a Chinese numeral: most labels open with neither.
    if !s.starts_with(|c: char| c == '第' || crate::number::is_chinese_numeral_char(c)) {
        return s;
    }
    if let Ok((rest, _)) = crate::marker::shi_marker(s) {
        return rest;
    }
    if let Ok((rest, _)) = crate::marker::ordinal_marker(s) {
        // 第一、二、三产业, 第二、第三产业: a list of ordinals that modifies a noun, not a marker
        // before its text (a marker's text opens with no other ordinal).
        let r = rest.strip_prefix('第').unwrap_or(rest);
        if !r.starts_with(crate::number::is_chinese_numeral_char) {
            return rest;
        }
    }
    // 一）建筑业事故: the rest of a mid-line （一） whose opening bracket the label's start cut off.
    let numeral = s.trim_start_matches(crate::number::is_chinese_numeral_char);
    if numeral.len() < s.len() && s.len() - numeral.len() <= 9 {
        if let Some(rest) = numeral.strip_prefix(chars!['）', ')']) {
            return rest;
        }
    }
    s
}

/// `s` after the period of a five-year plan that opens it (`“十四五”期间`, `十三五以来`,
/// `“十二五”末`: 十, a numeral and 五, maybe quoted, then a word of time), or `None`. The period
/// frames the statement as a year does; the plan's name alone (`“十四五”规划`) is no time.
///
/// ```text
/// after_plan_period("“十二五”末社会消费品零售总额") == Some("社会消费品零售总额")
/// after_plan_period("“十四五”规划项目") == None
/// ```
fn after_plan_period(s: &str) -> Option<&str> {
    let t = s
        .strip_prefix(chars!['“', '"'])
        .unwrap_or(s)
        .strip_prefix('十')?;
    let mut chars = t.chars();
    if !chars
        .next()
        .is_some_and(|n| "一二三四五六七八九".contains(n))
    {
        return None;
    }
    let t = chars.as_str().strip_prefix('五')?;
    let t = t.strip_prefix(chars!['”', '"']).unwrap_or(t);
    let rest = ["期间", "时期", "以来", "期末", "末", "初", "中期"]
        .iter()
        .find_map(|w| t.strip_prefix(w))?;
    Some(rest.trim_start_matches(|c: char| is_space(c) || c == '，' || c == ','))
}

/// Whether `s` opens with a year and its 年 (`二〇三五年`, `2035年`): a time phrase, where a
/// Chinese numeral alone may open a word (`在一定程度上`).
fn opens_with_year(s: &str) -> bool {
    strip_year_prefix(s).is_some_and(|r| r.starts_with('年'))
}

/// `s` without a date of month and day that opens it (`12月31日我局发布信息` → 我局发布信息,
/// `6月底全县` → 全县): the rest of a time frame whose year was cut off before the label
/// (`截至2023年12月31日…`), no part of what is counted.
fn without_leading_day(s: &str) -> &str {
    if !s.starts_with(is_digit) {
        return s;
    }
    let (m, mn) = leading_digits(s);
    let Some(mut rest) = s[m..].strip_prefix('月').filter(|_| mn <= 2) else {
        return s;
    };
    // (3月份: the month as a whole.)
    rest = rest.strip_prefix('份').unwrap_or(rest);
    let (d, dn) = leading_digits(rest);
    if d > 0 {
        match rest[d..]
            .strip_prefix(chars!['日', '号'])
            .filter(|_| dn <= 2)
        {
            Some(r) => rest = r,
            None => return s,
        }
    }
    let rest = ["底", "末", "初", "中旬", "上旬", "下旬", "以来", "前"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let rest = rest.trim_start_matches(chars!['，', ',']);
    if two_chars(rest) {
        rest
    } else {
        s
    }
}

/// Words of [`LEADING`] read only with `FINE` (not in the small WebAssembly build): conjunctions
/// of contrast that open the clause (但税收占比…, 而财政支出…).
const FINE_LEADING: Words = words!["但是", "但", "然而", "而且", "而"];

/// Words of [`TRAILING`] read only with `FINE`: the adverb 即 ("already") before a linking verb
/// (阅读量即达), 或 between two (接近或达到: then 接近, not its 近 alone), and the superlatives of
/// a ranking before its figure (`整改完成率最低，为85.4%`, `增速最快，为8.2%`: the measure is
/// named before them, as before 最高). (Not 最长: `平均1年，最长9年` names the longest by it.)
const FINE_TRAILING: Words = words![
    "即", "或", "接近", "最低", "最快", "最慢", "最大", "最小", "最多", "最少",
];

fn word_sets() -> &'static (WordSet, WordSet) {
    static SETS: std::sync::OnceLock<(WordSet, WordSet)> = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        let (leading, trailing): (&[Words], &[Words]) = if super::FINE {
            (&[LEADING, FINE_LEADING], &[TRAILING, FINE_TRAILING])
        } else {
            (&[LEADING], &[TRAILING])
        };
        (WordSet::new(leading, false), WordSet::new(trailing, true))
    })
}

fn strip_words(mut s: &str) -> &str {
    let (leading, trailing) = word_sets();
    // 加上级补助收入…，收入总计, 加上解支出, 加上年结转收入: 加 ("plus") adds an item to a sum
    // of a fiscal account; the item is 上级…/上解…/上年… (not 加上, "plus", read as one word).
    if super::FINE && s.starts_with("加上") && matches!(s.get(6..9), Some("级" | "解" | "年"))
    {
        s = &s[3..];
    }
    // A label between two ideographs that no function word opens or closes, and no enumeration
    // marker opens, has nothing to strip (most labels): its two end characters, read once, tell.
    if let Some((first, last)) = plain_ends(s) {
        if !(first == '第'
            || crate::number::is_chinese_numeral_char(first)
            || leading.may_key(first)
            || trailing.may_key(last))
        {
            return s;
        }
    }
    let mut after_preposition = false;
    loop {
        let before = s.len();
        // Spaces, quotes and brackets are none of them plain (`text::starts_plain`): a label
        // between two ideographs, the common case, skips the trims below (and the searches of
        // the whole label for an opening bracket or quotation mark).
        if !(starts_plain(s) && ends_plain(s)) {
            // (An ASCII quotation mark is trimmed only when it pairs with none in the label:
            // `淘汰"黄标车"` keeps both.)
            s = s.trim_matches(is_space);
            if !(super::FINE && s.bytes().filter(|&b| b == b'"').count() % 2 == 0) {
                s = s.trim_matches(|c: char| is_space(c) || c == '"');
            }
            // A closing bracket or quotation mark is trimmed only when it closes nothing in the
            // label: 乡（镇、街道） and “最多跑一次”事项 keep theirs.
            if !s.contains(chars!['(', '（']) {
                s = s.trim_matches(|c: char| matches!(c, ')' | '）'));
            }
            if !contains_char(s, '“') {
                s = s.trim_matches('”');
            }
            s = s.trim_start_matches(chars!['(', '（']);
            if !contains_char(s, '”') {
                s = s.trim_start_matches('“');
            }
            s = s.trim_end_matches('“');
            // 、支出 after a list's first amount (`收入286亿元、支出279亿元`).
            s = s.trim_start_matches(chars!['、', '，', '；']);
        }
        s = strip_enumeration_marker(s);
        s = without_leading_day(s);
        if let Some(r) = leading.strip_prefix(s) {
            let word = &s[..s.len() - r.len()];
            // 在和平区政府网站发布信息: no conjunction follows a preposition at once, so 和 (与,
            // 及) right after a stripped 在 (对, 向, 从) opens a name (和平区), not a conjunct.
            let name_after_preposition =
                super::FINE && after_preposition && matches!(word, "和" | "与" | "及");
            if !name_after_preposition && !super::lexicon::is_protected_start(word, r) {
                after_preposition = matches!(word, "在" | "对" | "向" | "从");
                s = r;
            }
        }
        if let Some(r) = trailing.strip_suffix(s) {
            if !super::lexicon::is_protected_end(r, &s[r.len()..]) {
                s = r;
            }
        }
        // Every step takes from the ends: the same length is the same slice.
        if s.len() == before {
            return s;
        }
    }
}

/// Whether `s` has at least two characters (`char_len(s) >= 2` without counting them all).
/// A one-character name of an administrative division (`对15个区开展督察`, `覆盖3个县`): a noun
/// a count names in full, though labels are otherwise at least two characters long.
fn is_division(s: &str) -> bool {
    matches!(
        s,
        "省" | "市" | "县" | "区" | "镇" | "乡" | "村" | "州" | "盟" | "旗"
    )
}

fn two_chars(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some() && c.next().is_some()
}

/// Whether `s` holds a bracket `(`, `)`, `（` or `）`: one vectorised search for the ASCII brackets
/// and the middle byte BC of the full-width ones (EF BC 88, EF BC 89), each hit checked.
fn has_bracket(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(b'(', b')', 0xbc, b).any(|i| {
        b[i] != 0xbc || (i > 0 && b[i - 1] == 0xef && matches!(b.get(i + 1), Some(0x88 | 0x89)))
    })
}

/// The part after the last unclosed `(`: `装备(中小型水罐消防车` → `中小型水罐消防车`.
fn after_unclosed_paren(s: &str) -> &str {
    if !has_bracket(s) {
        return s;
    }
    let mut depth = 0i32;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' if depth == 0 => return &s[i + c.len_utf8()..],
            '(' | '（' => depth -= 1,
            _ => {}
        }
    }
    s
}

/// The words after a gloss that belongs to the word before `s`: a leading bracket
/// (`（街道）税收` → 税收: `9乡镇（街道）税收超过…`, the gloss of the count's measure word) or the
/// part after the last `)` that closes a bracket opened before `s` (`街道）税收` → 税收), when two
/// characters remain; `s` otherwise.
fn after_stray_close(s: &str) -> &str {
    if !has_bracket(s) {
        return s;
    }
    if let Some((_, after)) = leading_gloss(s).filter(|(_, after)| two_chars(after)) {
        return after;
    }
    let mut depth = 0i32;
    let mut after = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth == 0 => after = Some(i + c.len_utf8()),
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    after
        .map(|i| &s[i..])
        .filter(|rest| two_chars(rest))
        .unwrap_or(s)
}

/// The part before the first unclosed `(` or stray `)`.
fn before_unclosed_paren(s: &str) -> &str {
    if !has_bracket(s) {
        return s;
    }
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth == 0 => return &s[..i],
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        if let Some(i) = s.rfind(chars!['(', '（']) {
            return &s[..i];
        }
    }
    s
}

/// Like `str::find` for a short word, without building a two-way searcher per call: the first
/// character is found by memchr, the rest compared (labels are short, so this is much cheaper).
fn find_word(hay: &str, word: &str) -> Option<usize> {
    let first = word.chars().next()?;
    let mut from = 0;
    while let Some(i) = crate::text::find_char(hay, from, first) {
        if hay[i..].starts_with(word) {
            return Some(i);
        }
        from = i + first.len_utf8();
    }
    None
}

/// The UTF-8 bytes of a character of three bytes (U+0800 to U+FFFF).
const fn utf8_3(c: char) -> [u8; 3] {
    let c = c as u32;
    [
        0xe0 | (c >> 12) as u8,
        0x80 | ((c >> 6) & 0x3f) as u8,
        0x80 | (c & 0x3f) as u8,
    ]
}

/// The UTF-8 bytes of the marks and characters that the byte walks of this module look for
/// ([`head_marks`], [`object_of_carrying_out`], [`walk_left`], [`clause_ahead`]).
const DENG: [u8; 3] = utf8_3('等');
const DE: [u8; 3] = utf8_3('的');
const GONG: [u8; 3] = utf8_3('共');
const JI: [u8; 3] = utf8_3('计');
const STOP: [u8; 3] = utf8_3('。');
const LIST_COMMA: [u8; 3] = utf8_3('、');
const COMMA: [u8; 3] = utf8_3('，');
const SEMICOLON: [u8; 3] = utf8_3('；');
const COLON: [u8; 3] = utf8_3('：');
const EXCLAMATION: [u8; 3] = utf8_3('！');
const QUESTION: [u8; 3] = utf8_3('？');
const CLOSE_QUOTE: [u8; 3] = utf8_3('”');
const OPEN_QUOTE: [u8; 3] = utf8_3('“');
const OPEN_PAREN: [u8; 3] = utf8_3('（');
const CLOSE_PAREN: [u8; 3] = utf8_3('）');
const KAI: [u8; 3] = utf8_3('开');
const JIN: [u8; 3] = utf8_3('进');
const XIANG: [u8; 3] = utf8_3('向');
const JIANG: [u8; 3] = utf8_3('将');
const BA: [u8; 3] = utf8_3('把');
const TONG: [u8; 3] = utf8_3('通');
const JIE: [u8; 3] = utf8_3('借');
const YI: [u8; 3] = utf8_3('依');
const LI: [u8; 3] = utf8_3('利');
const YOU: [u8; 3] = utf8_3('有');
const FA: [u8; 3] = utf8_3('发');
const CHU: [u8; 3] = utf8_3('出');
const MEI: [u8; 3] = utf8_3('每');
const WEI: [u8; 3] = utf8_3('为');
const ZAI: [u8; 3] = utf8_3('在');
/// 处, which [`after_lead_in_and_place`] looks for.
const CHU_PLACE: [u8; 3] = utf8_3('处');

/// The bit of `c`'s last byte (its low six bits) in a 64-bit filter of last bytes: a walk
/// compares a character whole only when its bit is set.
const fn last_byte_bit(c: [u8; 3]) -> u64 {
    1 << (c[2] & 63)
}

/// The bits of the last bytes of the full-width digits ０–９ (EF BC 90–99) in a filter of last
/// bytes: the walks that note a digit compare the rare character that passes the filter, instead
/// of testing every character for a digit.
const FULL_WIDTH_DIGITS: u64 = 0x3ff << (0x90 & 63);

/// Where `r` is cut by the [`RIGHT_STOPS`] loop of [`right_label`]: at the first word of the list
/// found after its start, a word that opens `r` cutting nothing (the loop searches each word's
/// first occurrence). One walk forward instead of a search per word; the same as the loop while no
/// word of the list ends with the first character of another (see the test).
fn right_stop(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    let at_start = |w: &&str| r.starts_with(*w);
    three_byte_chars(b).find(|&i| {
        i > 0
            && RIGHT_STOPS.iter().any(|w| {
                w.as_bytes().get(2) == Some(&b[i + 2])
                    && b[i..].starts_with(w.as_bytes())
                    && !at_start(w)
                    && !super::lexicon::splits_a_word(&r[..i], &r[i..])
            })
    })
}

/// The offsets of the three-byte characters (CJK and most punctuation) of the UTF-8 bytes `b`, a
/// character at a time: ASCII and the bytes of two-byte characters are stepped over one by one (no
/// lead byte of a three-byte character is among them), four-byte characters whole.
fn three_byte_chars(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + 3 <= b.len() {
            let x = b[i];
            if x < 0xe0 {
                i += 1;
            } else if x >= 0xf0 {
                i += 4;
            } else {
                i += 3;
                return Some(i - 3);
            }
        }
        None
    })
}

/// What [`head`] looks for in a label, found in one pass over it.
struct HeadMarks {
    /// The last 等 and the last 的, as byte offsets.
    last_deng: Option<usize>,
    last_de: Option<usize>,
    /// Whether 共 or 计 occurs.
    gong_or_ji: bool,
    /// Whether an opening quotation mark `“` occurs.
    open_quote: bool,
}

/// [`HeadMarks`] of `s`, a character at a time (three bytes per step on CJK text), instead of four
/// searches of the label from its end (`rfind_char` for 等, 的, 共 and 计 cost about 340
/// instructions per label, the last bytes of these characters being common in others).
fn head_marks(s: &str) -> HeadMarks {
    let b = s.as_bytes();
    let mut marks = HeadMarks {
        last_deng: None,
        last_de: None,
        gong_or_ji: false,
        open_quote: false,
    };
    for i in three_byte_chars(b) {
        let c = [b[i], b[i + 1], b[i + 2]];
        if c == DENG {
            marks.last_deng = Some(i);
        } else if c == DE {
            marks.last_de = Some(i);
        } else if c == GONG || c == JI {
            marks.gong_or_ji = true;
        } else if c == OPEN_QUOTE {
            marks.open_quote = true;
        }
    }
    marks
}

/// `rfind_char(s, c)` for `s`, a part of `whole`, from `last`, the last `c` of `whole`: the same
/// unless that one lies after the end of `s` (then `s` is searched).
fn last_in(whole: &str, last: Option<usize>, s: &str, c: char) -> Option<usize> {
    let last = last?;
    let from = s.as_ptr() as usize - whole.as_ptr() as usize;
    if last < from {
        // No `c` at or after the start of `s`.
        return None;
    }
    if last + c.len_utf8() <= from + s.len() {
        return Some(last - from);
    }
    rfind_char(s, c)
}

/// The last `sep` of `s` at or before byte `i` (a `sep` of `s`) that no quotation of `s`
/// encloses: `i` unless a `“` opens before it and a `”` closes after it.
///
/// ```text
/// outside_quotes("建成“回家的路”绿道", 12, '的') == None
/// ```
fn outside_quotes(s: &str, mut i: usize, sep: char) -> Option<usize> {
    loop {
        let before = &s[..i];
        let Some(open) = rfind_char(before, '“') else {
            return Some(i);
        };
        if rfind_char(before, '”').is_some_and(|close| close > open) || !contains_char(&s[i..], '”')
        {
            return Some(i);
        }
        i = rfind_char(&s[..open], sep)?;
    }
}

/// Whether `rest` is the share of a bare noun of one or two characters (`案件占比`, `人口比重`,
/// `企业比例`): a share that names its part by that noun alone.
fn is_bare_share(rest: &str) -> bool {
    ["占比", "比重", "比例"].iter().any(|w| {
        rest.strip_suffix(w)
            .is_some_and(|n| !n.is_empty() && crate::text::char_len(n) <= 2)
    })
}

/// Whether the 等 right after `before` ends a word with the character before it (高等, 中等, 初等,
/// 同等, 特等, 优等): a closed class. 中 after 初 or 高 is the end of 初中 / 高中, and the 等 after
/// it closes a list (`小学、初中等学校`).
fn is_deng_word(before: &str) -> bool {
    let mut cs = before.chars().rev();
    match cs.next() {
        Some('高' | '初' | '同' | '特' | '优') => true,
        Some('中') => !matches!(cs.next(), Some('初' | '高')),
        _ => false,
    }
}

/// Whether the 的 after `before` is the 的 of 党的 (`党的二十大精神`, `党的建设`), a set phrase of
/// political language, and not of 入党的 (`新入党的党员`, those who joined).
fn is_party_phrase(before: &str) -> bool {
    before.ends_with('党') && !before.ends_with("入党")
}

/// Nouns of a count of things picked out by a relative clause (`上涨的城市个数`).
const COUNT_NOUNS: &[&str] = &["个数", "家数", "户数", "件数"];

/// Narrows a left context to its head: after the last `等` or `的` (when two or more characters
/// remain), with adverbs removed.
fn head(s: &str) -> Cow<'_, str> {
    head_in(s, &head_marks(s), s)
}

/// [`head`] of `s`, a part of `whole` whose [`HeadMarks`] are `marks`.
fn head_in<'a>(whole: &str, marks: &HeadMarks, s: &'a str) -> Cow<'a, str> {
    let mut s = s;
    for (sep, last) in [('等', marks.last_deng), ('的', marks.last_de)] {
        let found = last_in(whole, last, s, sep);
        // 建成“回家的路”绿道: a 的 (等) inside a quoted name is a word of the name; the one that
        // heads the label stands before its opening quotation mark, if any does.
        let found = match found {
            Some(i) if super::FINE && marks.open_quote => outside_quotes(s, i, sep),
            found => found,
        };
        if let Some(i) = found {
            let mut rest = strip_words(&s[i + sep.len_utf8()..]);
            // 通过网站和新媒体等形式公开信息, 通过网站、微博等渠道发布: the noun that closes a
            // frame of means after its list names the means (as 方式 and 途径, stripped with the
            // leading words), not what is counted. (Only here: `2个渠道` counts channels.)
            if super::FINE && sep == '等' {
                if let Some(r) = ["形式", "渠道"]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))
                    .filter(|r| two_chars(r))
                {
                    rest = strip_words(r);
                }
            }
            // …、…等信息: a generic noun after the list names nothing the list does not; 畜牧业占
            // 农业总产值的比重: a relation (比重, 增速) names nothing without what it relates.
            if two_chars(rest)
                && !(sep == '等' && LIST_GENERICS.contains(&rest))
                // 政策法规类的信息4条: a generic noun after 的 names nothing without its modifier;
                // 人大代表建议的答复7件: nor does an act done on something (答复, 办理).
                && !(super::FINE
                    && sep == '的'
                    && (LIST_GENERICS.contains(&rest) || ACTS_ON.contains(&rest)))
                // 等次, 等级, 等同, 等于, 等效, 等候: words of their own, no list closed (not 等待:
                // `养老金等待遇` is 等 + 待遇).
                && !(sep == '等' && rest.starts_with(chars!['次', '级', '同', '于', '效', '候']))
                // 高等学校, 中等职业学校, 初等教育, 同等学力, 特等奖: 等 closes a word, not a list.
                && !(super::FINE && sep == '等' && is_deng_word(&s[..i]))
                && !(sep == '的'
                    && super::RELATIONAL.contains(&super::lexicon::strip_linking(rest)))
                // 价格上涨的城市个数: a count of "those which" keeps the clause that says which.
                && !(sep == '的' && COUNT_NOUNS.iter().any(|w| rest.ends_with(w)))
                // 参加失业保险的人数: a bare count of people names no one without its clause
                // (READING8 #10).
                && !(super::FINE && sep == '的' && matches!(rest, "人数" | "人次"))
                // 由法官独任审理的案件占比: the share of a bare noun of two characters names no
                // part without the clause that picks it out.
                && !(super::FINE && sep == '的' && is_bare_share(rest))
                // 学习党的二十大精神8次: 党的 opens a set phrase of political language (党的
                // 二十大, 党的建设), no owner of a head noun (but 新入党的党员: who joined).
                && !(super::FINE && sep == '的' && is_party_phrase(&s[..i]))
            {
                s = rest;
            }
        }
    }
    // Every adverb has 共 or 计: most labels have neither (and a part of one without them has
    // neither).
    if !marks.gong_or_ji || (rfind_char(s, '共').is_none() && rfind_char(s, '计').is_none()) {
        return Cow::Borrowed(s);
    }
    let mut out = s.to_string();
    for a in ADVERBS {
        if let Some(i) = find_word(&out, a) {
            // Only the adverb: not the 共 of 公共, 共同, 共享.
            let before = out[..i].chars().next_back();
            let rest = &out[i + a.len()..];
            let after = rest.chars().next();
            // The words that open with 共 are the lexicon's (共享, 共同, 医共体's 共体); 共建 is a
            // word too (共建共享), but 共建立 / 共建成 is the adverb before a verb.
            let verb_after = ["建立", "建成", "建设"].iter().any(|v| rest.starts_with(v));
            let word = *a == "共"
                && (before.is_some_and(|c| matches!(c, '公' | '一' | '总' | '合' | '中'))
                    || super::lexicon::is_protected_start(a, rest)
                    || (after == Some('建') && !verb_after));
            // 基金累计结存, 累计结余: the stock a fund holds, a noun of its own.
            let word = word
                || (super::FINE
                    && *a == "累计"
                    && ["结存", "结余"].iter().any(|w| rest.starts_with(w)));
            if i > 0 && !word {
                out.replace_range(i..i + a.len(), "");
                break;
            }
        }
    }
    let stripped = range_in(&out, strip_words(&out));
    narrow(Cow::Owned(out), stripped)
}

/// The verbs of carrying out an activity (开展, 进行): a label holding one after other words
/// counts the verb's object. (Each opens with 开 or 进: [`object_of_carrying_out`] looks for those.)
const CARRYING_OUT: &[&str] = &["开展", "进行"];

/// The object after the last verb of carrying out inside `l` (`围绕“安全月”开展专题宣讲` →
/// 专题宣讲), when words stand before the verb and two or more characters after it.
fn object_of_carrying_out(l: &str) -> Option<&str> {
    // One pass from the end: the last 开 or 进 that opens one of the verbs, a character at a
    // time on the bytes (as `walk_left`; decoding each character cost about 100 instructions a
    // label).
    let mut rest = l.as_bytes();
    let (at, w) = loop {
        match rest {
            [] => return None,
            &[.., p, q, x] if (0xe0..0xf0).contains(&p) => {
                let i = rest.len() - 3;
                rest = &rest[..i];
                if [p, q, x] == KAI || [p, q, x] == JIN {
                    if let Some(w) = CARRYING_OUT.iter().find(|w| l[i..].starts_with(*w)) {
                        break (i, *w);
                    }
                }
            }
            [before @ .., _] => rest = before,
        }
    };
    let object = strip_words(&l[at + w.len()..]);
    // 开展情况, 进行工作: the verb made a noun (its progress), not a verb with an object.
    let nominal = ["情况", "工作"].iter().any(|n| object.starts_with(n));
    (at > 0 && two_chars(object) && !nominal).then_some(object)
}

/// The last label boundary of `s` that is not inside a quotation or a bracket it closes
/// (`“双随机、一公开”抽查` and `各县(市、区)` have their 、 inside: the label keeps them whole). An
/// unclosed quotation or bracket leaves every boundary as it is. 、 is a boundary only when `list_comma`.
fn last_boundary_outside_quotes(s: &str, list_comma: bool) -> Option<usize> {
    // Quotation marks and closing brackets are rare in a label's left context: most are
    // answered by the walk on bytes.
    match walk_left(s, list_comma) {
        Some(words) => words.boundary,
        None => boundary_by_depth(s, list_comma),
    }
}

/// [`last_boundary_outside_quotes`] by a walk from the end that counts the depth of quotations
/// and brackets, a character at a time.
fn boundary_by_depth(s: &str, list_comma: bool) -> Option<usize> {
    let boundary = |c: char| is_boundary(c) && (list_comma || c != '、');
    let mut depth = 0u32;
    for (i, c) in s.char_indices().rev() {
        match c {
            '”' | ')' | '）' => depth += 1,
            '“' | '(' | '（' => depth = depth.saturating_sub(1),
            _ if depth == 0 && boundary(c) => return Some(i),
            _ => {}
        }
    }
    None
}

/// What the walk back over a label's left words ([`walk_left`]) finds after their last boundary.
struct LeftWords {
    /// The last label boundary, as [`last_boundary_outside_quotes`] finds it.
    boundary: Option<usize>,
    /// [`HeadMarks`] of the words after it, as offsets in the whole text walked.
    marks: HeadMarks,
    /// Whether those words hold an opening bracket (they hold no closing one).
    bracket: bool,
    /// Whether those words hold 开 or 进 (the first characters of [`CARRYING_OUT`]).
    kai_or_jin: bool,
    /// Whether those words hold 向, 将 or 把, the prepositions [`predicate_preposition_at`]
    /// looks for: without one, [`after_inner_frame`] finds no disposal frame (it cuts at 将 or
    /// 把 only, so a preposition the search may find besides is no frame either).
    preposition: bool,
    /// Whether those words hold a digit (ASCII or full-width): without one, [`date_from`] finds
    /// no date.
    digit: bool,
    /// Whether those words hold 有, 发, 出 or 每, what [`may_clean`] looks for anywhere in a label:
    /// without one, no label made of their characters holds one.
    having: bool,
}

/// The last label boundary of `s` (clause punctuation, `|`, a tab; 、 when `list_comma`) and
/// what stands after it, in one walk from the end: a character at a time, three bytes per step on
/// CJK text, and only the characters whose last byte is that of a mark looked for (12 of the 64
/// last bytes) compared whole. `None` when a closing quotation mark or bracket (`”`, `)`, `）`)
/// stands after the boundary: the boundary may be inside a quotation ([`boundary_by_depth`]).
///
/// One walk stands for four passes over the label: the boundary search, the search for a closing
/// mark after it, [`head_marks`] and the search for a bracket (`has_bracket`).
fn walk_left(s: &str, list_comma: bool) -> Option<LeftWords> {
    const LAST_BYTES: u64 = last_byte_bit(DENG)
        | last_byte_bit(DE)
        | last_byte_bit(GONG)
        | last_byte_bit(JI)
        | last_byte_bit(STOP)
        | last_byte_bit(LIST_COMMA)
        | last_byte_bit(COMMA)
        | last_byte_bit(SEMICOLON)
        | last_byte_bit(COLON)
        | last_byte_bit(EXCLAMATION)
        | last_byte_bit(QUESTION)
        | last_byte_bit(CLOSE_QUOTE)
        | last_byte_bit(OPEN_PAREN)
        | last_byte_bit(CLOSE_PAREN)
        | last_byte_bit(KAI)
        | last_byte_bit(JIN)
        | last_byte_bit(XIANG)
        | last_byte_bit(JIANG)
        | last_byte_bit(BA)
        | last_byte_bit(YOU)
        | last_byte_bit(FA)
        | last_byte_bit(CHU)
        | last_byte_bit(MEI)
        | FULL_WIDTH_DIGITS;
    let b = s.as_bytes();
    let mut words = LeftWords {
        boundary: None,
        marks: HeadMarks {
            last_deng: None,
            last_de: None,
            gong_or_ji: false,
            // (The walk stops at a closing quotation mark: the words it serves enclose nothing
            // in quotation marks.)
            open_quote: false,
        },
        bracket: false,
        kai_or_jin: false,
        preposition: false,
        digit: false,
        having: false,
    };
    // The bytes not walked yet, matched by slice patterns (no bounds checks in the loop).
    let mut rest = b;
    loop {
        match rest {
            [] => break,
            // A lead byte E0–EF three bytes before a character end starts the character that
            // ends there.
            &[.., p, q, x] if (0xe0..0xf0).contains(&p) => {
                let i = rest.len() - 3;
                rest = &rest[..i];
                if (LAST_BYTES >> (x & 63)) & 1 == 0 {
                    continue;
                }
                match [p, q, x] {
                    // (A full-width digit: `２０２３年`.)
                    [0xef, 0xbc, 0x90..=0x99] => words.digit = true,
                    DENG => words.marks.last_deng = words.marks.last_deng.or(Some(i)),
                    DE => words.marks.last_de = words.marks.last_de.or(Some(i)),
                    GONG | JI => words.marks.gong_or_ji = true,
                    STOP | COMMA | SEMICOLON | COLON | EXCLAMATION | QUESTION => {
                        words.boundary = Some(i);
                        break;
                    }
                    LIST_COMMA if list_comma => {
                        words.boundary = Some(i);
                        break;
                    }
                    CLOSE_QUOTE | CLOSE_PAREN => return None,
                    OPEN_PAREN => words.bracket = true,
                    KAI | JIN => words.kai_or_jin = true,
                    XIANG | JIANG | BA => words.preposition = true,
                    YOU | FA | CHU | MEI => words.having = true,
                    _ => {}
                }
            }
            &[.., x] => {
                let i = rest.len() - 1;
                rest = &rest[..i];
                // ASCII; the bytes of two- and four-byte characters are stepped over one at a
                // time.
                match x {
                    b',' | b';' | b':' | b'!' | b'?' | b'|' | b'\t' => {
                        words.boundary = Some(i);
                        break;
                    }
                    b')' => return None,
                    b'(' => words.bracket = true,
                    b'0'..=b'9' => words.digit = true,
                    _ => {}
                }
            }
        }
    }
    Some(words)
}

/// The first label boundary of `s` outside brackets (`乡（镇、街道）全部建成，` stops at the comma),
/// by decoding every character: what [`clause_ahead`] finds on the bytes, kept for its test.
#[cfg(test)]
fn boundary_outside_brackets(s: &str) -> usize {
    let mut depth = 0u32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_boundary(c) => return i,
            _ => {}
        }
    }
    s.len()
}

/// What [`clause_ahead`] finds in the words after a quantity.
struct Ahead {
    /// The first label boundary of the words outside brackets (`乡（镇、街道）全部建成，` stops at
    /// the comma), or their length.
    stop: usize,
    /// Whether the words before `stop` hold 向, 将, 把, or 通/借/依/利 (the first characters of
    /// 通过, 借助, 依托, 利用): what [`predicate_preposition_at`] looks for, or may look for.
    preposition: bool,
    /// Whether the words before `stop` hold a digit (ASCII or full-width, see [`date_from`]).
    digit: bool,
}

/// The first label boundary of `s` outside brackets, and whether the words before it hold what
/// [`predicate_preposition_at`] and [`date_at`] look for, in one walk forward on the bytes: a
/// three-byte character (CJK text) per step, compared only when its last byte is that of a mark
/// looked for; ASCII a byte at a time; the bytes of two- and four-byte characters stepped over.
/// (Decoding every character cost about 500 instructions for the words after a count.)
///
/// ```text
/// clause_ahead("个单位将资金，其余") → stop 18 (the ，), preposition, no digit
/// ```
fn clause_ahead(s: &str) -> Ahead {
    const LAST_BYTES: u64 = last_byte_bit(OPEN_PAREN)
        | last_byte_bit(CLOSE_PAREN)
        | last_byte_bit(COMMA)
        | last_byte_bit(LIST_COMMA)
        | last_byte_bit(STOP)
        | last_byte_bit(SEMICOLON)
        | last_byte_bit(COLON)
        | last_byte_bit(EXCLAMATION)
        | last_byte_bit(QUESTION)
        | last_byte_bit(XIANG)
        | last_byte_bit(JIANG)
        | last_byte_bit(BA)
        | last_byte_bit(TONG)
        | last_byte_bit(JIE)
        | last_byte_bit(YI)
        | last_byte_bit(LI)
        | FULL_WIDTH_DIGITS;
    let b = s.as_bytes();
    let mut ahead = Ahead {
        stop: b.len(),
        preposition: false,
        digit: false,
    };
    let mut depth = 0u32;
    let mut i = 0;
    while i < b.len() {
        match b[i..] {
            [p, q, x, ..] if (0xe0..0xf0).contains(&p) => {
                if (LAST_BYTES >> (x & 63)) & 1 == 1 {
                    match [p, q, x] {
                        // (A full-width digit: `２０２３年`.)
                        [0xef, 0xbc, 0x90..=0x99] => ahead.digit = true,
                        OPEN_PAREN => depth += 1,
                        CLOSE_PAREN => depth = depth.saturating_sub(1),
                        COMMA | LIST_COMMA | STOP | SEMICOLON | COLON | EXCLAMATION | QUESTION
                            if depth == 0 =>
                        {
                            ahead.stop = i;
                            return ahead;
                        }
                        XIANG | JIANG | BA | TONG | JIE | YI | LI => ahead.preposition = true,
                        _ => {}
                    }
                }
                i += 3;
            }
            [x, ..] => {
                match x {
                    b'(' => depth += 1,
                    b')' => depth = depth.saturating_sub(1),
                    b',' | b';' | b':' | b'!' | b'?' | b'|' | b'\t' if depth == 0 => {
                        ahead.stop = i;
                        return ahead;
                    }
                    b'0'..=b'9' => ahead.digit = true,
                    _ => {}
                }
                i += 1;
            }
            [] => break,
        }
    }
    ahead
}

/// A clause read as a label: the cleaning of [`label`]'s left context, without narrowing a list
/// to its last item (the subjects of 分别 are a list).
pub(crate) fn noun_phrase(s: &str) -> String {
    clean(after_unclosed_paren(strip_words(without_gloss(s)))).to_string()
}

/// The subject of a clause read as a label, narrowed to its head after a list (`教育、医疗等方面的
/// 人均支出` → 人均支出), for a quantity whose own clause names none.
pub(crate) fn clause_subject(s: &str) -> String {
    let phrase = noun_phrase(s);
    let h = head(&phrase);
    clean(&h).to_string()
}

/// A label without a trailing bracketed gloss or footnote mark: `生产总值(GDP)` → 生产总值,
/// `全国农民工[8]总量` keeps its words but not the `[8]` (handled by [`without_footnotes`]).
fn without_gloss(l: &str) -> &str {
    // A label that ends with an ideograph ends with no bracket or space.
    if ends_plain(l) {
        return l;
    }
    let t = l.trim_end_matches(is_space);
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(body) = t.strip_suffix(close) {
            if let Some(i) = body.rfind(open) {
                let gloss = &body[i + open.len_utf8()..];
                // (One or two ideographs that are no unit name the noun's other form, part of
                // it: `服务站（点）`, `乡镇（街道）`.)
                let other_form = super::FINE
                    && (1..=2).contains(&crate::text::char_len(gloss))
                    && gloss.chars().all(crate::text::is_cjk)
                    && !super::unit::is_unit_word(gloss)
                    && !super::unit::multiplier(gloss).is_ok_and(|(r, _)| r.is_empty());
                if !gloss.contains([open, close]) && two_chars(&t[..i]) && !other_form {
                    return &t[..i];
                }
            }
        }
    }
    l
}

/// A label without a leading time phrase (`2013年`, `2024 年`, `一季度`, `年底前`): time frames the
/// statement; it does not name what is counted. A label that is only a time phrase becomes empty.
/// A year and the months after it (`2023年1-9月`) are two phrases, both taken.
fn without_time_phrase(l: &str) -> &str {
    let t = without_one_time_phrase(l);
    if t.len() < l.len() && t.starts_with(|c: char| is_digit(c) || c == '第' || c == '前') {
        // (A month and its day, `12月31日本局…`, are [`without_leading_day`]'s.)
        let u = without_one_time_phrase(t);
        if !u.starts_with(is_digit) {
            return u;
        }
    }
    t
}

/// Whether the words after `N年` make it the name of a school system or programme length
/// (`九年一贯制学校`, `五年制高职`), not a time phrase to cut from the label.
fn names_school_system(rest: &str) -> bool {
    rest.starts_with("一贯制") || rest.starts_with('制')
}

/// [`without_time_phrase`]'s one step.
fn without_one_time_phrase(l: &str) -> &str {
    let mut t = if starts_plain(l) {
        l
    } else {
        l.trim_start_matches(is_space)
    };
    // Every time phrase below opens with a digit, a Chinese numeral or one of these characters
    // (the first of 力争到, 确保, 争取到, 预计, 截至, 到, 至, 在, 年底, 目前, “十四五”, 第三季度,
    // 前10个月): most labels open with none of them.
    if !t.starts_with(|c: char| {
        is_digit(c)
            || matches!(
                c,
                '力' | '确'
                    | '争'
                    | '预'
                    | '截'
                    | '到'
                    | '至'
                    | '在'
                    | '年'
                    | '目'
                    | '“'
                    | '"'
                    | '第'
                    | '前'
            )
            || super::FINE && c == '连'
            || crate::number::is_chinese_numeral_char(c)
    }) {
        return l;
    }
    // 连续3年, 连续十个月: how long the statement has held (not in the small build, see `FINE`).
    if let Some(rest) = t.strip_prefix("连续").filter(|_| super::FINE) {
        let n = rest.trim_start_matches(|c: char| {
            is_digit(c) || crate::number::is_chinese_numeral_char(c) || is_space(c)
        });
        if n.len() < rest.len() {
            let n = n.strip_prefix('个').unwrap_or(n);
            if let Some(r) = ["年", "季度", "月"].iter().find_map(|u| n.strip_prefix(u)) {
                return r.trim_start_matches(chars!['，', ',']);
            }
        }
    }
    if let Some(rest) = after_plan_period(t) {
        return rest;
    }
    // 到2030年, 截至2024年底, 力争到2015年: a time phrase led by a preposition or an aim.
    for p in [
        "力争到",
        "力争",
        "确保到",
        "确保",
        "争取到",
        "预计到",
        "预计",
    ] {
        if let Some(rest) = t.strip_prefix(p) {
            if rest.starts_with(|c: char| is_digit(c) || c == '到') || opens_with_year(rest) {
                t = rest;
                break;
            }
        }
    }
    for p in ["截至", "截止", "到", "至", "在"] {
        if let Some(rest) = t.strip_prefix(p) {
            if let Some(after) = after_plan_period(rest) {
                return after;
            }
            if rest.starts_with(is_digit) || opens_with_year(rest) {
                t = rest;
            }
        }
    }
    let numeral = |c: char| is_digit(c) || crate::number::is_chinese_numeral_char(c) || is_space(c);
    let mut digits = t.trim_start_matches(numeral);
    // 1-10月, 1至9月份, 2021—2023年: a span of months or years is one time.
    if digits.len() < t.len() {
        if let Some(r) = digits.strip_prefix(chars!['-', '—', '－', '～', '~', '至', '到']) {
            let end = r.trim_start_matches(numeral);
            if end.len() < r.len() && end.starts_with(chars!['年', '月']) {
                digits = end;
            }
        }
    }
    // 第三季度, 前三季度, 前10个月: quarters and months counted from the year's start.
    if let Some(r) = t.strip_prefix(chars!['第', '前']) {
        let end = r.trim_start_matches(numeral);
        if end.len() < r.len() {
            if let Some(rest) = ["季度", "个月"].iter().find_map(|w| end.strip_prefix(w)) {
                return rest.trim_start_matches(|c: char| is_space(c) || c == '，' || c == ',');
            }
        }
    }
    if digits.len() < t.len() {
        for unit in [
            "年以来",
            "年来",
            "年度",
            "年底前",
            "年底",
            "年末",
            "年",
            "季度",
            "月份",
            "月底",
            "月末",
            "月",
        ] {
            if let Some(rest) = digits.strip_prefix(unit) {
                if super::FINE && unit == "年" && names_school_system(rest) {
                    return l;
                }
                // 6月3日: the day of a month goes with it.
                let day = rest.trim_start_matches(numeral);
                let rest = match day.strip_prefix(chars!['日', '号']) {
                    Some(r) if unit == "月" && day.len() < rest.len() => r,
                    _ => rest,
                };
                // 三年内, 5年来: the time's own ending goes with it.
                let rest = ["内", "间", "中"]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))
                    .unwrap_or(rest);
                return rest.trim_start_matches(|c: char| is_space(c) || c == '，' || c == ',');
            }
        }
    }
    for w in [
        "年底前",
        "年底",
        "年末",
        "年初",
        "目前",
        "截至目前",
        "到年底",
    ] {
        if let Some(rest) = t.strip_prefix(w) {
            return rest;
        }
    }
    l
}

/// Footnote marks of statistical bulletins inside a label (`国内生产总值[2]`, `全国农民工［8］总量`).
pub(crate) fn without_footnotes(l: &str) -> Cow<'_, str> {
    // `[` is ASCII and `［` is EF BC BB: one `memchr2` for `[` and the lead byte EF (most labels
    // have neither), each EF checked.
    let b = l.as_bytes();
    let marks = memchr::memchr2_iter(b'[', 0xef, b)
        .any(|i| b[i] == b'[' || b[i + 1..].starts_with(&[0xbc, 0xbb]));
    if !marks {
        return Cow::Borrowed(l);
    }
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(i) = rest.find(chars!['[', '［']) {
        out.push_str(&rest[..i]);
        let open = rest[i..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[i + open..];
        let digits = after.trim_start_matches(is_digit);
        match digits.chars().next() {
            Some(c @ (']' | '］')) if digits.len() < after.len() => rest = &digits[c.len_utf8()..],
            _ => {
                out.push_str(&rest[i..i + open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The first and last characters of `s` when both are plain (see `text::starts_plain`): three
/// bytes each, decoded from the bytes without a walk over the string.
#[inline]
fn plain_ends(s: &str) -> Option<(char, char)> {
    if !(starts_plain(s) && ends_plain(s)) {
        return None;
    }
    let b = s.as_bytes();
    let n = b.len();
    Some((
        char_of_3([b[0], b[1], b[2]]),
        char_of_3([b[n - 3], b[n - 2], b[n - 1]]),
    ))
}

/// The character of three UTF-8 bytes (a lead byte E0–EF and two continuation bytes).
#[inline]
fn char_of_3(b: [u8; 3]) -> char {
    let c = (u32::from(b[0] & 0x0f) << 12) | (u32::from(b[1] & 0x3f) << 6) | u32::from(b[2] & 0x3f);
    char::from_u32(c).unwrap_or('\0')
}

/// Whether the three-byte characters of `s` include one of `chars` (as UTF-8 bytes): a character
/// is compared whole only when its last byte is that of one of them (see [`last_byte_bit`]).
fn holds_any(s: &str, chars: &[[u8; 3]]) -> bool {
    let filter = chars.iter().fold(0, |f, &c| f | last_byte_bit(c));
    let b = s.as_bytes();
    three_byte_chars(b).any(|i| {
        (filter >> (b[i + 2] & 63)) & 1 == 1 && chars.contains(&[b[i], b[i + 1], b[i + 2]])
    })
}

/// Whether [`clean`] may change `l`: `false` for a label between two ideographs when neither
/// end opens or closes a pattern that `clean` strips and none of 有, 发, 出 and 每 occurs
/// in it (most labels). The patterns, by where they are read:
/// - the first character: a norm frame (按照, 依照, 依据, 根据), a time phrase (a numeral, 力争,
///   确保, 争取, 预计, 截至, 到, 至, 在, 年底, 目前), a light verb ([`super::lexicon::strip_action`]);
/// - the last character: a gloss (not plain), a time or a basis (年, 底, 末, 初, 度, 月, 在, 前,
///   的), a linking word (至, 到 and [`super::lexicon::strip_linking`]'s list);
/// - anywhere: a verb of having or occurring (有, 发, 出: [`without_owner`]), a per-unit 每.
///
/// `having` is whether the words `l` was taken from hold 有, 发, 出 or 每 ([`LeftWords`]), when
/// known; otherwise `l` is searched for them.
fn may_clean(l: &str, having: Option<bool>) -> bool {
    let Some((first, last)) = plain_ends(l) else {
        return true;
    };
    matches!(
        first,
        '按' | '依'
            | '根'
            | '力'
            | '确'
            | '争'
            | '预'
            | '截'
            | '到'
            | '至'
            | '在'
            | '年'
            | '目'
            | '第'
            | '前'
    ) || crate::number::is_chinese_numeral_char(first)
        || matches!(
            last,
            '的' | '年'
                | '底'
                | '末'
                | '至'
                | '到'
                | '初'
                | '度'
                | '月'
                | '在'
                | '前'
        )
        // (自今年3月起, 今年以来, 7月份, 连续3年: `without_time_point`'s and the 连续 of
        // `without_one_time_phrase`, not in the small build.)
        || super::FINE && (matches!(last, '起' | '来' | '份') || first == '连')
        || super::lexicon::may_open_action(first)
        || super::lexicon::may_close_linking(last)
        || having.unwrap_or_else(|| holds_any(l, &[YOU, FA, CHU, MEI]))
}

/// A left label without the predicate around it: linking words and bases at its end, a verb of
/// action at its start (`拟安排专项债券资金` → 专项债券资金, `城镇登记失业率控制在` → 城镇登记失业率).
fn clean(l: &str) -> &str {
    clean_having(l, None)
}

/// [`clean`], told whether the words `l` was taken from hold 有, 发, 出 or 每 (see [`may_clean`]).
fn clean_having(l: &str, having: Option<bool>) -> &str {
    if !may_clean(l, having) {
        return l;
    }
    let framed = without_gloss(after_norm_frame(l));
    let mut l = without_time_phrase(framed);
    if l.len() < framed.len() {
        // 2023年向…报送: the words after a time phrase are stripped like a label's start.
        l = strip_words(l);
    }
    l = without_from_time(without_per_unit(l));
    // (Words walked without 有, 发 and 出 hold no verb of having or occurring: `l` is made of
    // their characters, and `without_owner` would search it in vain.)
    if having != Some(false) {
        l = without_owner(l);
    }
    loop {
        let before = l.len();
        l = without_duration(without_trailing_time(without_time_point(
            super::lexicon::strip_action(super::lexicon::strip_linking(l)),
        )));
        if l.len() == before {
            return l;
        }
        l = strip_words(l);
    }
}

/// `l` after a frame that names the rule an action follows (`依照有关规定处理投诉举报` →
/// 处理投诉举报, `按照2024年去存` → 2024年去存): the preposition (按照, 依照, 依据, 根据), and its
/// object when a noun of rule closes it (规定, 要求, 标准 …: a closed class). The frame says how,
/// not what is counted.
fn after_norm_frame(l: &str) -> &str {
    const RULES: [&str; 11] = [
        "规定", "要求", "标准", "程序", "部署", "精神", "办法", "条例", "原则", "规则", "意见",
    ];
    // (A bare 按 opens words of its own, 按期, 按时: it is a frame only with its rule noun.)
    let bare = super::FINE && l.starts_with('按') && !l.starts_with("按照");
    let Some(rest) = ["按照", "依照", "依据", "根据"]
        .iter()
        .find_map(|p| l.strip_prefix(p))
        .or_else(|| bare.then(|| &l['按'.len_utf8()..]))
    else {
        return l;
    };
    let after_rule = RULES
        .iter()
        .filter_map(|w| rest.find(w).map(|i| &rest[i + w.len()..]))
        .min_by_key(|after| std::cmp::Reverse(after.len()));
    // (Rule nouns in a row name one rule: `按规定程序办理` → 办理.)
    let after_rule = after_rule.map(|mut a| {
        while let Some(r) = RULES
            .iter()
            .find_map(|w| a.strip_prefix(w))
            .filter(|_| super::FINE)
        {
            a = r;
        }
        a
    });
    match after_rule.map(|a| a.trim_start_matches(chars!['，', ',', '的'])) {
        Some(a) if two_chars(a) => a,
        _ if two_chars(rest) && !bare => rest,
        _ => l,
    }
}

/// `l` from the object of a verb of having or of occurring (`全县共有各级各类学校` → 各级各类学校,
/// `全市现有养老机构` → 养老机构, `全州发生各类安全事故` → 各类安全事故): what stands before the
/// verb is the owner or the scope; the count counts what is had or what occurred. Two characters
/// at least must follow the verb, and not 量 or 率 (`万人发明专利拥有量`). Not 所有, 具有, 没有
/// (words of their own), nor a bare 有 (`有效`, `国有`).
fn without_owner(l: &str) -> &str {
    const HAVING: [&str; 13] = [
        "共有", "现有", "拥有", "建有", "设有", "尚有", "仍有", "另有", "还有", "均有", "已有",
        "发生", "出现",
    ];
    // Most labels hold none of 有, 发 and 出: one search answers for them.
    if !l.contains(chars!['有', '发', '出']) {
        return l;
    }
    l.char_indices()
        .find_map(|(i, _)| {
            let rest = HAVING.iter().find_map(|w| l[i..].strip_prefix(w))?;
            // 专利拥有量, 占有率: the verb inside a noun of measure.
            (char_len(rest) >= 2 && !rest.starts_with(chars!['量', '率'])).then_some(rest)
        })
        .or_else(|| {
            // 全县有高等学校: a bare 有 right after a scope (全县, 各市) is the verb of having,
            // unless it opens a word (有效, 有关, 有线, 有所 …). (Not in the small build.)
            // (全 or 各 and a division: `全国国有` and `全区具有` hold other words of 有.)
            let rest = l
                .strip_prefix(chars!['全', '各'])?
                .strip_prefix(chars!['县', '市', '区', '省', '镇', '乡', '州', '国'])?
                .strip_prefix('有')
                .filter(|_| super::FINE)?;
            (two_chars(rest)
                && !rest.starts_with(chars![
                    '效', '关', '线', '所', '力', '序', '机', '利', '益', '些', '的', '量', '率',
                ]))
            .then_some(rest)
        })
        .unwrap_or(l)
}

/// `l` without a time phrase after its noun (`地区生产总值2025年` → 地区生产总值, `城镇化率到2030年`,
/// `常住人口2024年末`, `粮食产量今年`): in `noun + time + verb + figure` the time frames the
/// statement, as it does before the noun (see [`without_time_phrase`]). The noun must keep two
/// characters; words that end in 年 without being a time (`青少年`, `老年`) are no time phrase.
fn without_trailing_time(l: &str) -> &str {
    if !l.ends_with(chars!['年', '末', '底', '初', '度']) {
        return l;
    }
    // The time word at the end, and whether it needs a year before it (a bare 年 does).
    let Some((body, needs_year)) = [
        ("上半年", false),
        ("下半年", false),
        ("今年", false),
        ("明年", false),
        ("去年", false),
        ("年底", false),
        ("年末", false),
        ("年初", false),
        ("季度", true),
        ("年", true),
    ]
    .iter()
    .find_map(|&(w, y)| l.strip_suffix(w).map(|b| (b, y))) else {
        return l;
    };
    // 2025年, 2024年末: four digits before 年; 一季度, 3季度: a numeral before 季度.
    let quarter = l.ends_with("季度");
    let numeral = body.trim_end_matches(|c: char| {
        is_digit(c) || (quarter && crate::number::is_chinese_numeral_char(c))
    });
    let digits = char_len(&body[numeral.len()..]);
    let is_time = match (quarter, needs_year) {
        (true, _) => digits > 0,
        (false, true) => digits == 4,
        (false, false) => digits == 0 || digits == 4,
    };
    if !is_time {
        return l;
    }
    let noun = numeral
        .strip_suffix(chars!['到', '至', '在'])
        .unwrap_or(numeral)
        .trim_end_matches(is_space);
    if char_len(noun) >= 2 {
        noun
    } else {
        l
    }
}

/// `l` without the point in time from which its figure holds, after its noun (`低保标准2020年7月起`
/// → 低保标准, `补助标准自今年1月起`, `粮食产量今年以来`, `用电量7月份`): `起`, `以来` or `开始`
/// after a date (a year of four digits or 今年/去年/上年/本年, a month, a day), with 自, 从 or 于
/// before it; or a month named with 份. Like [`without_trailing_time`], the time frames the
/// statement; the noun must keep two characters. (Not in the small build, see `FINE`.)
fn without_time_point(l: &str) -> &str {
    const SPAN_JOINTS: [char; 7] = ['-', '—', '－', '～', '~', '至', '到'];
    if !super::FINE || !l.ends_with(chars!['起', '来', '始', '份']) {
        return l;
    }
    let (t, marked) = match ["起", "以来", "开始"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
    {
        Some(t) => (t, true),
        None => (l, false),
    };
    let numeral = |c: char| is_digit(c) || crate::number::is_chinese_numeral_char(c);
    let mut s = t;
    let mut month = false;
    if let Some(d) = s.strip_suffix(chars!['日', '号']) {
        let n = d.trim_end_matches(numeral);
        if n.len() == d.len() || n.ends_with(SPAN_JOINTS) {
            return l;
        }
        s = n;
    }
    if let Some(m) = s.strip_suffix("月份").or_else(|| s.strip_suffix('月')) {
        let n = m.trim_end_matches(numeral);
        // (1-7月份, 1至7月: a span of months, read elsewhere.)
        if n.len() == m.len() || char_len(&m[n.len()..]) > 2 || n.ends_with(SPAN_JOINTS) {
            return l;
        }
        (s, month) = (n, true);
    } else if s.len() < t.len() {
        return l;
    }
    let year = ["今年", "去年", "上年", "本年", "明年"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .or_else(|| {
            let y = s.strip_suffix('年')?;
            let n = y.trim_end_matches(|c: char| c.is_ascii_digit());
            (y.len() - n.len() == 4).then_some(n)
        });
    if let Some(y) = year {
        s = y;
    } else if !month {
        return l;
    }
    // (A month alone needs 份 or a word of starting: `7月` may be part of a name.)
    if !marked && !l.ends_with("月份") {
        return l;
    }
    let noun = s
        .strip_suffix(chars!['自', '从', '于'])
        .unwrap_or(s)
        .trim_end_matches(is_space);
    if char_len(noun) >= 2 {
        noun
    } else {
        l
    }
}

/// `l` without a span of time at its end that says how long a level has held (`粮食产量连续
/// 三年` → 粮食产量, `连续5年` → empty, so that the figure takes the clause's subject) or over how
/// long a change ran (`单位GDP能耗五年` → 单位GDP能耗, of `…五年下降21%`): a qualifier of the
/// predicate, not part of what is measured. A bare span needs a noun of two characters before it
/// and a small number (一 to 十, 两, or one or two digits): not 第五年, not 2025年 (a date, see
/// [`without_trailing_time`]).
pub(crate) fn without_duration(l: &str) -> &str {
    let Some(body) = ["年", "个月", "个季度", "季度"]
        .iter()
        .find_map(|u| l.strip_suffix(u))
    else {
        return l;
    };
    // (PDF text spaces a number from the words around it: `面积 4 年`.)
    let body = body.trim_end_matches(' ');
    let qualifier =
        body.trim_end_matches(|c: char| is_digit(c) || crate::number::is_chinese_numeral_char(c));
    if qualifier.len() == body.len() {
        return l;
    }
    let number = &body[qualifier.len()..];
    let qualifier = qualifier.trim_end_matches(' ');
    if let Some(q) = ["连续", "过去", "近"]
        .iter()
        .find_map(|w| qualifier.strip_suffix(w))
    {
        return q;
    }
    let small = match char_len(number) {
        1 => number
            .chars()
            .all(|c| "一二三四五六七八九十两".contains(c) || is_digit(c)),
        2 => number.chars().all(is_digit),
        _ => false,
    };
    if small && two_chars(qualifier) && !qualifier.ends_with(chars!['第', '每', '前', '后']) {
        qualifier
    } else {
        l
    }
}

/// Whether `s` is a per-unit phrase: 每 and one or two characters (`每人`, `每吨`), the
/// denominator of an amount (`提高到每人每年1717元`, `由每人50元提高到100元`).
pub(crate) fn is_per_unit(s: &str) -> bool {
    s.strip_prefix('每')
        .is_some_and(|u| (1..=2).contains(&char_len(u)) && u.chars().all(crate::text::is_cjk))
}

/// `l` without the per-unit phrases at its end (`低保标准提高到每人每年` → `低保标准提高到`): the
/// denominator of the amount that follows, not part of what is measured.
///
/// A per-unit phrase is 每 and one or two ideographs (three bytes each) at the end: only the last
/// three characters are looked at, not the whole label searched for its last 每.
fn without_per_unit(mut l: &str) -> &str {
    const MEI: [u8; 3] = utf8_3('每');
    loop {
        let b = l.as_bytes();
        let mei_at = |back: usize| b.len() >= back && b[b.len() - back..].starts_with(&MEI);
        // The last 每 must be the one that opens the phrase: 每 as the last character ends it.
        let i = if mei_at(3) {
            break;
        } else if mei_at(6) {
            b.len() - 6
        } else if mei_at(9) && !l[b.len() - 6..].contains('每') {
            b.len() - 9
        } else {
            break;
        };
        if !is_per_unit(&l[i..]) || !two_chars(&l[..i]) {
            break;
        }
        l = &l[..i];
    }
    l
}

/// The bytes of the space (see `text::is_space`) that `b` starts with: 0 when it starts with
/// none. Matched on UTF-8 bytes, the spaces being few (` `, tab, U+00A0, U+2000–U+200B, U+202F,
/// U+205F, U+3000, U+FEFF): `str::trim_matches(is_space)` decodes a character and calls a closure
/// per step, about 60 instructions for the short texts between two quantities.
fn space_at_start(b: &[u8]) -> usize {
    match b {
        [b' ' | b'\t', ..] => 1,
        [0xc2, 0xa0, ..] => 2,
        [0xe2, 0x80, 0x80..=0x8b | 0xaf, ..]
        | [0xe2, 0x81, 0x9f, ..]
        | [0xe3, 0x80, 0x80, ..]
        | [0xef, 0xbb, 0xbf, ..] => 3,
        _ => 0,
    }
}

/// The bytes of the space that `b` ends with (see [`space_at_start`]).
fn space_at_end(b: &[u8]) -> usize {
    match b {
        [.., b' ' | b'\t'] => 1,
        [.., 0xc2, 0xa0] => 2,
        [.., 0xe2, 0x80, 0x80..=0x8b | 0xaf]
        | [.., 0xe2, 0x81, 0x9f]
        | [.., 0xe3, 0x80, 0x80]
        | [.., 0xef, 0xbb, 0xbf] => 3,
        _ => 0,
    }
}

/// `s.trim_end_matches(is_space)`, on bytes: the trim of the words before every figure (in
/// `traps::is_trap` and `may_say_change`), which most often end with an ideograph.
#[inline]
pub(super) fn trim_end_spaces(mut s: &str) -> &str {
    // (An ideograph is no space: most words end with one, and need no loop.)
    if ends_plain(s) {
        return s;
    }
    loop {
        match space_at_end(s.as_bytes()) {
            0 => return s,
            n => s = &s[..s.len() - n],
        }
    }
}

/// `s.trim_start_matches(is_space)`, on bytes.
#[inline]
fn trim_start_spaces(mut s: &str) -> &str {
    // (An ideograph is no space: most texts open with one, and need no loop.)
    if starts_plain(s) {
        return s;
    }
    loop {
        match space_at_start(s.as_bytes()) {
            0 => return s,
            n => s = &s[n..],
        }
    }
}

/// `s.trim_matches(is_space)`, on bytes.
fn trim_spaces(s: &str) -> &str {
    if starts_plain(s) && ends_plain(s) {
        return s;
    }
    let mut s = trim_start_spaces(s);
    loop {
        match space_at_end(s.as_bytes()) {
            0 => return s,
            n => s = &s[..s.len() - n],
        }
    }
}

/// `s.trim_end_matches(|c| is_space(c) || c == '\n' || c == '\r')`, on bytes.
pub(super) fn trim_end_blank(mut s: &str) -> &str {
    // (An ideograph is neither a space nor a line break: most words end with one.)
    if ends_plain(s) {
        return s;
    }
    loop {
        let n = match s.as_bytes() {
            [.., b'\n' | b'\r'] => 1,
            b => space_at_end(b),
        };
        if n == 0 {
            return s;
        }
        s = &s[..s.len() - n];
    }
}

/// Whether `right` holds a 的 within its first twelve characters, before any clause mark: the
/// words from its start are then a relative clause on the noun after the 的 (`涉及民生的项目`).
fn opens_relative_clause(right: &str) -> bool {
    right
        .chars()
        .take(12)
        .take_while(|&c| !crate::text::is_clause_punct(c))
        .any(|c| c == '的')
}

/// The words before an amount without the ordinal determiner they end with: 首 or 第 with a
/// numeral, then a measure word of batches and deals (`首批`, `首笔`, `第二批`, `首期`).
///
/// ```text
/// without_ordinal_determiner("成功发行首批") == "成功发行";  without_ordinal_determiner("发行") == "发行"
/// ```
fn without_ordinal_determiner(words: &str) -> &str {
    let Some(head) = words.strip_suffix(chars!['批', '笔', '单', '期', '轮']) else {
        return words;
    };
    if let Some(h) = head.strip_suffix('首') {
        return h;
    }
    let numeral = head.trim_end_matches(crate::number::is_chinese_numeral_char);
    match numeral.strip_suffix('第') {
        Some(h) if numeral.len() < head.len() => h,
        _ => words,
    }
}

/// Whether the words after a count are a relative clause opened by the negation 未 and closed by
/// 的 before a noun (`5家未按规定公示的企业`, `14个未依法招标的项目`): the count's noun stands
/// after 的, where a 未 after a count otherwise opens its predicate (`5家企业未按规定公示`).
fn negated_relative_clause(right: &str) -> bool {
    right.starts_with('未')
        && opens_relative_clause(right)
        && right
            .split_once('的')
            .and_then(|(_, noun)| noun.chars().next())
            .is_some_and(crate::text::is_cjk)
}

/// Adverbs of how money is spent, before 用于 (`统筹用于`, `专项用于`): a closed class.
const SPENDING_MANNER: [&str; 9] = [
    "统筹", "统一", "专项", "专门", "全部", "主要", "集中", "重点", "优先",
];

/// Whether the words after a count are a negated modifier right before the noun counted, with
/// no 的 (`300名未就业毕业生`, `12个未达标项目`, `456名未参保职工发放…`): 未 and a verb, then,
/// within the next six characters, a noun of those audits and surveys count (a closed class).
/// `5家企业未按规定公示` has its noun before 未; `3个未完成整改` names none.
fn negated_modifier(right: &str) -> bool {
    const COUNTED: [&str; 10] = [
        "项目",
        "企业",
        "职工",
        "人员",
        "毕业生",
        "学生",
        "单位",
        "工程",
        "家庭",
        "农户",
    ];
    let Some(rest) = right.strip_prefix('未') else {
        return false;
    };
    rest.char_indices()
        .skip(1)
        .take(6)
        .take_while(|&(_, c)| crate::text::is_cjk(c))
        .any(|(i, _)| COUNTED.iter().any(|n| rest[i..].starts_with(n)))
}

/// Whether `right`, after a count, opens with 已 and a verb of two characters that modify the
/// noun after them (`12名已毕业学生`, `8个已建成项目`): the noun follows the verb at once, no
/// verb or adverb (`3个已完成验收` has none: 验收 is a verb).
///
/// ```text
/// perfective_modifier("已毕业学生继续领取") == true;  perfective_modifier("已完成。") == false
/// ```
fn perfective_modifier(right: &str) -> bool {
    let Some(verb) = right.strip_prefix('已') else {
        return false;
    };
    let Some((k, _)) = verb.char_indices().nth(2) else {
        return false;
    };
    // (Eight characters of the noun are read at most: the test runs at every count before 已.)
    // (A relative clause with 的: `628套已分配的保障性住房`.)
    let noun = &verb[k..];
    let noun = match noun.strip_prefix('的') {
        Some(n) if super::FINE => n,
        _ => noun,
    };
    let noun = &noun[..noun.char_indices().nth(8).map_or(noun.len(), |(i, _)| i)];
    verb.starts_with(crate::text::is_cjk)
        && two_chars(
            noun.split(crate::text::is_clause_punct)
                .next()
                .unwrap_or(""),
        )
        && noun.starts_with(crate::text::is_cjk)
        && !super::lexicon::starts_verb(noun)
        && !super::lexicon::starts_adverb(noun)
        && !super::lexicon::opens_predicate(noun)
        && !noun.starts_with(chars!['的', '了', '和', '并', '及', '或', '后', '中'])
}

/// The text after a quantity ending at `end`, up to `limit`, with a line wrap right after the
/// quantity skipped: inside a region a line break is a wrap of the PDF text (the region merges
/// wrapped lines), so `上马365个⏎风电项目` reads on to the noun the count modifies.
fn right_of(text: &str, end: usize, limit: usize) -> &str {
    let right = &text[end..limit.max(end)];
    let b = right.as_bytes();
    if starts_plain(right)
        || (space_at_start(b) == 0 && !matches!(b, [b'\n', ..] | [b'\r', b'\n', ..]))
    {
        // No space or line break to skip.
        return right;
    }
    let t = trim_start_spaces(right);
    match t.strip_prefix("\r\n").or_else(|| t.strip_prefix('\n')) {
        Some(rest) => trim_start_spaces(rest),
        // `培育100家 示范企业`: a space the source left between the measure word and its noun.
        None if t.starts_with(crate::text::is_cjk) => t,
        None => right,
    }
}

/// A bracketed gloss at the start of `right`: its inside and the text after its closing bracket
/// (`（街道）财政收入` → `街道`, `财政收入`; the first closing bracket closes it), or `None`.
fn leading_gloss(right: &str) -> Option<(&str, &str)> {
    let inner = right.strip_prefix(chars!['（', '('])?;
    let close = inner.find(chars!['）', ')'])?;
    let after = &inner[close..];
    let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
    Some((&inner[..close], after))
}

/// The length of a bracketed gloss on a measure word at the start of `right`, when a noun follows
/// it: `（段）高速公路` → the bytes of `（段）`; otherwise 0.
fn measure_gloss(right: &str) -> usize {
    match leading_gloss(right) {
        Some((gloss, after))
            if (1..=3).contains(&char_len(gloss))
                && gloss.chars().all(crate::text::is_cjk)
                && after.starts_with(crate::text::is_cjk) =>
        {
            right.len() - after.len()
        }
        _ => 0,
    }
}

/// The text after a quantity up to the next boundary (or `limit`), as a label.
fn right_label(text: &str, end: usize, limit: usize) -> &str {
    let right = right_of(text, end, limit);
    // 1.7万亿元（2005年价）, 120亿元（不含农户）: a bracket right after a figure glosses the figure
    // (its price basis, what it leaves out); it names nothing.
    let right = leading_gloss(right).map_or(right, |(_, after)| after);
    // 在2个工作日内完成转送: the 内 (以内) after a span of time closes the frame 在…内 of the
    // figure; the act after it is what the label names.
    let right = if super::FINE && right.starts_with(chars!['内', '以']) {
        let span = ["工作日", "日", "天", "小时", "分钟", "月", "周"]
            .iter()
            .any(|u| text[..end].ends_with(u));
        match right
            .strip_prefix("以内")
            .or_else(|| right.strip_prefix('内'))
        {
            Some(r) if span => r,
            _ => right,
        }
    } else {
        right
    };
    // 1.42亿元统筹用于偿还到期债务: an adverb of how money is spent before its purpose is no
    // noun; the purpose is read as after the amount at once (`1.42亿元用于偿还…`).
    let right = match SPENDING_MANNER
        .iter()
        .filter(|_| super::FINE)
        .find_map(|a| right.strip_prefix(a))
    {
        Some(r) if r.starts_with("用于") => r,
        _ => right,
    };
    let ahead = clause_ahead(right);
    let stop = ahead.stop;
    let mut r = &right[..stop];
    // 28个部门及所属112家单位: words that run on into the next quantity end at the conjunction
    // that joins the two counted nouns.
    if stop == right.len() && text[limit.max(end)..].starts_with(is_digit) {
        if let Some(i) = ["及", "和", "与"]
            .iter()
            .filter_map(|w| find_word(r, w))
            .filter(|&i| !in_a_word(r, i) && !opens_bound_qualifier(&r[i..]))
            .min()
            .filter(|&i| two_chars(&r[..i]))
        {
            // (…孵化器以及: 及 of 以及 takes its 以 along.)
            r = r[..i]
                .strip_suffix('以')
                .filter(|_| r[i..].starts_with('及'))
                .unwrap_or(&r[..i]);
        }
    }
    // The predicate first, on the whole clause: whether a verb that is also a noun ends it
    // (`调解组织。`) depends on what follows it in the text.
    // (`12名已毕业学生`: the predicate is looked for after the modifier's 已.)
    let perfective = if super::FINE && perfective_modifier(r) {
        '已'.len_utf8()
    } else {
        0
    };
    if let Some(i) = super::lexicon::predicate_at(&r[perfective..]) {
        r = &r[..perfective + i];
    }
    if let Some(i) = right_stop(r) {
        r = &r[..i];
    }
    // (Both cut only at a 为, 等 or 在: one walk over the words tells most have none, where
    // their searches cost a `memchr` for each of the three.)
    if super::FINE && holds_any(r, &[WEI, DENG, ZAI]) {
        if let Some(i) = frame_after_count(r).or_else(|| locative_after_count(r)) {
            r = &r[..i];
        }
    }
    r = before_possessive(r);
    // (Both look for what the walk saw before `stop`; `r` is a part of those words.)
    let frame = if ahead.preposition {
        predicate_preposition_at(r)
    } else {
        None
    };
    if let Some(i) = frame {
        r = &r[..i];
    } else if let Some(i) = if ahead.digit { date_at(r) } else { None } {
        // 3家银行至2024年底, 10家单位自2024年3月以来: the preposition of the date goes with it.
        r = r[..i].trim_end_matches(' ');
        // (Not the 到 of a linking verb: `13.3:52.9:33.8调整到2012年的…`.)
        r = ["截至", "截止", "至", "到", "自", "从", "于", "在"]
            .iter()
            .find_map(|p| r.strip_suffix(p))
            .filter(|head| two_chars(head) && !super::lexicon::ends_with_linking(r))
            .unwrap_or(r);
    }
    let r = super::lexicon::strip_linking(before_unclosed_paren(strip_words(
        without_open_figure(r).trim_start_matches('的'),
    )));
    // 3个便民服务中心全年共接待…: a time noun between the counted noun and the predicate (and its
    // adverb) is the predicate's, no part of the noun.
    let r = if super::FINE {
        ["全年", "当年", "年内", "今年"]
            .iter()
            .find_map(|w| r.strip_suffix(w))
            .filter(|n| two_chars(n))
            .unwrap_or(r)
    } else {
        r
    };
    // 52项惠民实事基本完成: 基本 (mostly, basically) before the verb the predicate cut is that
    // verb's adverb; as an adjective it stands before its noun (`基本养老保险`), never last.
    // (A noun of one character stays: `766个村基本完成…` → 村.) A preposition before the
    // predicate the cut removed (`5个平台对存在…的问题`) is no part of the noun either.
    let r = if super::FINE {
        let r = r
            .strip_suffix("基本")
            .filter(|n| n.ends_with(crate::text::is_cjk))
            .unwrap_or(r);
        r.strip_suffix('对')
            .filter(|n| {
                n.ends_with(crate::text::is_cjk)
                    && !n.ends_with(chars![
                        '针', '面', '核', '比', '配', '应', '相', '绝', '反', '校', '一',
                    ])
            })
            .unwrap_or(r)
    } else {
        r
    };
    // At most 30 characters (a text of 30 bytes or fewer has no more: most are not counted).
    if r.len() <= 30 {
        return r;
    }
    r.char_indices().nth(30).map_or(r, |(i, _)| &r[..i])
}

/// Where the counted noun of a right-hand label ends before a frame that speaks of the counted
/// things as a whole, with two characters before it: the role of the set phrase 以…为重点 (and
/// 为主体, 为核心, 为抓手 …: `以10个重点领域为主攻方向` → 重点领域) and the tail of a list closed by
/// 等一批/等一系列 (`建成20万吨甲醇等一批项目`: the capacity is the 甲醇's).
fn frame_after_count(r: &str) -> Option<usize> {
    const ROLES: &[&str] = &[
        "重点",
        "主体",
        "核心",
        "主攻方向",
        "抓手",
        "龙头",
        "依托",
        "载体",
        "突破口",
        "主线",
        "引领",
    ];
    let cut = |mark: char, after: &[&str]| {
        let mut from = 0;
        while let Some(i) = crate::text::find_char(r, from, mark) {
            let rest = &r[i + mark.len_utf8()..];
            if after.iter().any(|w| rest.starts_with(w)) && two_chars(&r[..i]) {
                return Some(i);
            }
            from = i + mark.len_utf8();
        }
        None
    };
    cut('为', ROLES).or_else(|| cut('等', &["一批", "一系列"]))
}

/// Where the counted noun of a right-hand label ends before a locative 在 that opens its
/// predicate (`4家银行在本市设立分支机构` → 银行), with two characters before it: not the 在 of a
/// word (存在, 现在, 所在, 正在, 内在, 实在), nor the complement of a verb before it (摆在, 放在,
/// 集中在, 控制在: the verb is the predicate's, and no noun ends there), nor of 在内 (包括…在内)
/// and the attributes 在建, 在线, 在职 … that a noun holds (`省重点在建项目`, `在线教育平台`).
fn locative_after_count(r: &str) -> Option<usize> {
    const WORD_ENDS: &[char] = &[
        '存', '现', '所', '正', '内', '实', '自', '摆', '放', '落', '用', '定', '设', '住', '处',
        '排', '列', '居', '制', '持', '留', '中',
    ];
    const ATTRIBUTES: &[char] = &[
        '内', '建', '线', '职', '校', '岗', '编', '读', '册', '库', '园', '押', '营', '研', '审',
        '途',
    ];
    let mut from = 0;
    while let Some(i) = crate::text::find_char(r, from, '在') {
        from = i + '在'.len_utf8();
        let head = &r[..i];
        if two_chars(head)
            && !head.ends_with(WORD_ENDS)
            && r[from..]
                .chars()
                .next()
                .is_some_and(|c| crate::text::is_cjk(c) && !ATTRIBUTES.contains(&c))
        {
            return Some(i);
        }
    }
    None
}

/// `r` without the opening of a figure that the next quantity reads at its end (`省级重点项目1-`
/// before `5月`, `项目1至` before `3季度`): digits and a range mark, when two characters remain
/// (with `FINE`; `r` otherwise).
fn without_open_figure(r: &str) -> &str {
    let Some(open) = r
        .strip_suffix(chars!['-', '—', '~', '～', '至', '到'])
        .filter(|_| super::FINE)
    else {
        return r;
    };
    let head = open.trim_end_matches(|c: char| c.is_ascii_digit());
    if head.len() < open.len() && two_chars(head) {
        head
    } else {
        r
    }
}

/// The words after a date of year and month inside a label (`各省2025年3月上报完成数` → 上报完成数,
/// `至2021年12月期间退休人员` → 退休人员; PDF text spaces the figures: `2025 年 3 月`), with the
/// day and a word of period after it (期间, 以来, 底, 末, 初); `None` when the label holds no such
/// date or fewer than two characters follow it. The date frames the statement; what follows it
/// names what is counted. (A year alone, `提高到2017年人均`, is left to the year's own rules.)
#[inline]
pub(crate) fn after_inner_date(l: &str) -> Option<&str> {
    // A year, 年, a month, 月 and two characters take 17 bytes at least: most labels are shorter.
    if l.len() < 17 || !contains_char(l, '月') {
        return None;
    }
    let (k, _) = l
        .match_indices('月')
        .find(|&(k, _)| month_after_year(&l[..k]))?;
    let mut rest = &l[k + '月'.len_utf8()..];
    let day = rest
        .trim_start_matches(' ')
        .trim_start_matches(|c: char| c.is_ascii_digit());
    if day.len() < rest.len() {
        rest = day
            .trim_start_matches(' ')
            .strip_prefix('日')
            .unwrap_or(rest);
    }
    let rest = ["期间", "以来", "底", "末", "初"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let rest = strip_words(rest.trim_start_matches(' '));
    two_chars(rest).then_some(rest)
}

/// `外聘法律顾问2022年共办理各类案件`, `该局2023年审核合同`: an agent, then a year, then the predicate
/// (共, 累计, 先后 or a verb right after the year): the label is the predicate and its object, as
/// when the year opens the clause. `None` otherwise (`经费提高到2017年人均`: no predicate after it).
pub(crate) fn after_inner_year(l: &str) -> Option<&str> {
    // Two characters, four digits, 年 and two characters take 19 bytes at least; and most labels
    // hold no ASCII digit, which one pass over the bytes (a fold, no branch per byte) tells
    // before the search for 年.
    if l.len() < 19 || !l.bytes().fold(false, |digit, b| digit | b.is_ascii_digit()) {
        return None;
    }
    // The first 年 after four digits (not the 年 of 常年, 青年).
    let (k, agent) = l.match_indices('年').find_map(|(k, _)| {
        let before = l[..k].trim_end_matches(' ');
        let agent = before.trim_end_matches(|c: char| c.is_ascii_digit());
        (before.len() - agent.len() == 4).then_some((k, agent))
    })?;
    if !two_chars(agent) || agent.ends_with(chars!['至', '到', '从']) {
        return None;
    }
    let rest = l[k + '年'.len_utf8()..].trim_start_matches(' ');
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    let opens = ["共", "累计", "先后"].iter().any(|w| rest.starts_with(w))
        || super::lexicon::starts_verb(rest)
        || super::lexicon::strip_action(rest).len() < rest.len();
    let rest = strip_words(rest);
    (opens && two_chars(rest)).then_some(rest)
}

/// Whether `s` ends with a month number after a year (`2025年3`, `2025 年 3 `): digits, 年, then
/// one or two digits, spaces allowed between.
fn month_after_year(s: &str) -> bool {
    let s = s.trim_end_matches(' ');
    let month = s.trim_end_matches(|c: char| c.is_ascii_digit());
    let m = s.len() - month.len();
    let Some(year) = month.trim_end_matches(' ').strip_suffix('年') else {
        return false;
    };
    let y = year.trim_end_matches(' ');
    (1..=2).contains(&m) && y.len() - y.trim_end_matches(|c: char| c.is_ascii_digit()).len() == 4
}

/// Nouns of a kind of money (`中介咨询费`, `项目资金`, `津贴补贴`): a closed class, by their last
/// characters.
const MONEY_KINDS: &[&str] = &["费", "资金", "款", "补贴", "补助", "经费", "奖金", "津贴"];

/// Whether the noun right after an amount of money names it (`错列国家发展改革委8823万元中介咨询费等`
/// → 中介咨询费): the amount (`quantity`, ending in 元) is followed at once by a noun of
/// [`MONEY_KINDS`] (`right_words`), and the words before it (`left`, the label read there) name no
/// money themselves (they are the verb and whom it concerns: 错列国家发展改革委, 收取企业). The noun
/// must say which money: a bare noun of the class is no better a label than the words before.
fn names_money_after<'a>(
    quantity: &str,
    left: &str,
    right: &str,
    right_words: impl Fn() -> &'a str,
) -> bool {
    // (The words after are read only for an amount of money followed by an ideograph.)
    if !quantity.ends_with('元') || left.is_empty() || !right.starts_with(crate::text::is_cjk) {
        return false;
    }
    let right_words = right_words();
    two_chars(right_words)
        && right.starts_with(right_words)
        && MONEY_KINDS.iter().any(|k| right_words.ends_with(k))
        // (A bare 资金 or 补贴 names no more than the amount: `每月多了300元补贴` keeps 育儿家庭.)
        && !MONEY_KINDS.contains(&right_words)
        && !MONEY_KINDS.iter().any(|k| left.ends_with(k))
        && !MEASURES.iter().any(|m| left.ends_with(m))
}

/// Whether `s` opens with 及 and a bound (`及以上`, `及以下`): `县级及以上饮用水水源地` is one noun,
/// its level qualified as "that level and above", no conjunction of two counted nouns.
fn opens_bound_qualifier(s: &str) -> bool {
    s.strip_prefix('及')
        .is_some_and(|r| r.starts_with("以上") || r.starts_with("以下"))
}

/// The counted noun before a possessive 的 in the words after a count: `7个优势产业的改造升级`
/// counts 优势产业, `130个村的饮水问题` 村. Only when what follows 的 is something no measure word
/// counts, an activity (it ends with a verb: 改造升级, 业务培训) or an abstract noun of
/// [`ABSTRACT_HEADS`]; else the words before 的 are a relative clause of the noun after it
/// (`3个新建的项目`, `2张明显虚假的凭证` count 项目 and 凭证).
fn before_possessive(r: &str) -> &str {
    let Some(i) = r.find('的') else {
        return r;
    };
    let (noun, after) = (&r[..i], &r[i + '的'.len_utf8()..]);
    let abstract_head = ABSTRACT_HEADS.iter().any(|w| after.ends_with(w));
    if noun.is_empty()
        || !(abstract_head || super::lexicon::ends_with_verb(after))
        || super::lexicon::opens_predicate(noun)
        || super::lexicon::starts_adverb(noun)
    {
        return r;
    }
    noun
}

/// Abstract head nouns, which no measure word counts (`问题`, `任务`, `水平`): a closed class.
const ABSTRACT_HEADS: &[&str] = &[
    "问题", "任务", "工作", "需求", "力度", "生活", "困难", "水平", "质量", "标准", "能力", "条件",
    "环境", "权益", "利益", "期盼", "作为",
];

/// Where a preposition that opens the predicate after a counted noun stands in `r` (its
/// second character or later): `3个区县向不符合条件的人员发放` → 区县, `2个单位将专项资金…` → 单位,
/// `5家企业把…`, `6个地区通过修改台账…`. Not inside a word that holds the character (方向, 导向,
/// 面向, 即将, 一把手, 通过率).
fn predicate_preposition_at(r: &str) -> Option<usize> {
    let mut prev = None;
    for (i, c) in r.char_indices() {
        // 通过, 借助, 依托, 利用 + the means: `6个地区通过修改台账…` → 地区. Not the words that
        // hold them (通过率, 通过能力, 利用率, 实际利用外资, 综合利用, 盘活利用).
        if matches!(c, '通' | '借' | '依' | '利') && i >= 6 {
            if let Some(after) = ["通过", "借助", "依托", "利用"]
                .iter()
                .find_map(|w| r[i..].strip_prefix(w))
            {
                let in_word = prev.is_some_and(|p| "综实盘再循开安".contains(p))
                    || after.starts_with(chars!['率', '能', '外', '内']);
                // (At the end too: a verb after the means was cut off already, `项目通过`.)
                if !in_word && (after.is_empty() || after.starts_with(crate::text::is_cjk)) {
                    return Some(i);
                }
            }
        }
        let inside_word = match c {
            '向' => prev.is_some_and(|p| "方导面走倾转指去动志意偏趋取".contains(p)),
            '将' => prev.is_some_and(|p| "即必终行大名老武".contains(p)),
            '把' => prev.is_some_and(|p| "一".contains(p)),
            _ => true,
        };
        if !inside_word && i >= 6 && r[i + c.len_utf8()..].starts_with(crate::text::is_cjk) {
            return Some(i);
        }
        prev = Some(c);
    }
    None
}

/// The words before an amount after the last frame inside them: a disposal preposition
/// (`2个单位将专项资金3200万元…` → 专项资金) or a date (`6个区县2023年至2025年养老资金12亿元` →
/// 养老资金). What stands before the frame is the subject or the scope, not what the amount is.
///
/// `preposition` and `digit` say whether `segment` may hold 向/将/把 or a digit (what
/// [`walk_left`] saw): a frame needs one of them, and most labels have neither, so the two
/// searches are skipped.
///
/// ```text
/// after_inner_frame("2个单位将专项资金", true, true) == "专项资金"
/// after_inner_frame("查处违法案件", false, false) == "查处违法案件"
/// ```
fn after_inner_frame(segment: &str, preposition: bool, digit: bool) -> &str {
    if !preposition && !digit {
        return segment;
    }
    let mut cut = 0;
    // 将 before a verb is the future (`面积将达到`), before a noun the disposal (`将资金…`).
    let disposal = if preposition {
        predicate_preposition_at(segment)
    } else {
        None
    };
    if let Some(i) = disposal.filter(|&i| {
        let (c, after) = (&segment[i..i + 3], &segment[i + 3..]);
        (c == "将" || c == "把")
            && !super::lexicon::opens_predicate(after)
            && !super::lexicon::starts_adverb(after)
            && !super::UP
                .iter()
                .chain(super::DOWN)
                .any(|w| after.starts_with(w))
            && ![
                "达",
                "超",
                "突破",
                "继续",
                "进一步",
                "有",
                "在",
                "是",
                "为",
                "成为",
                "更",
            ]
            .iter()
            .any(|w| after.starts_with(w))
    }) {
        cut = i + 3;
    }
    // The last date and what closes it (至2025年, 年度, 年底, 以来).
    let rest = &segment[cut..];
    // A date may open the words too (`2022年至2024年社区建设资金`, after a count's noun).
    let date = if digit { date_from(rest, 0) } else { None };
    if let Some(d) = date {
        // The digits and their 年 or 月 (`date_at` gives both), spaces between in PDF text
        // (`2022 年至 2024 年`).
        let (n, _) = leading_digits(&rest[d..]);
        let year = rest[d + n..].trim_start_matches(' ');
        let mut after = ["年", "月份", "月"]
            .iter()
            .find_map(|w| year.strip_prefix(w))
            .unwrap_or(year);
        loop {
            let before = after.len();
            for w in ["以来", "度", "底", "末", "内", "间"] {
                after = after.strip_prefix(w).unwrap_or(after);
            }
            for w in ["至", "到", "—", "-", "～"] {
                if let Some(r) = after.strip_prefix(w) {
                    let r = r.trim_start_matches(' ');
                    if let Some(y) = strip_year_prefix(r).and_then(|y| y.strip_prefix('年')) {
                        after = y;
                    }
                }
            }
            after = after.trim_start_matches(' ');
            if after.len() == before {
                break;
            }
        }
        // A date governed by a preposition (较2013年下降, 由2007年的, 到2025年) is a basis or a time,
        // not a frame that ends a scope.
        let governed = rest[..d]
            .chars()
            .next_back()
            .is_some_and(|c| "比较与由从到至于在自和同及、".contains(c));
        let verb_after = super::lexicon::opens_predicate(after)
            || super::UP
                .iter()
                .chain(super::DOWN)
                .any(|w| after.starts_with(w))
            || after.starts_with('的');
        if !governed
            && !verb_after
            && two_chars(after)
            && after.starts_with(crate::text::is_cjk)
            && date_at(after).is_none()
            && !(super::FINE
                && year_inside_noun(&rest[..d], &rest[d..rest.len() - after.len()], after))
        {
            cut = segment.len() - after.len();
        }
    }
    &segment[cut..]
}

/// `l` without a "from" time phrase at its end (`三次产业比例由2015年的` → `三次产业比例`): the
/// start of a from–to, whose figures follow.
fn without_from_time(l: &str) -> &str {
    let t = l.strip_suffix('的').unwrap_or(l);
    // Every time read below ends with 在, 前, 末, 年, 初 or 底: one look at the last character
    // answers most labels before the seven words are tried.
    if !t.ends_with(chars!['在', '前', '末', '年', '初', '底']) {
        return l;
    }
    let named = ["现在", "目前", "上年末", "上年", "去年", "年初", "上年底"]
        .iter()
        .find_map(|w| t.strip_suffix(w));
    let d = match named {
        Some(d) => d,
        None => {
            let Some(y) = t.strip_suffix('年').or_else(|| t.strip_suffix("年底")) else {
                return l;
            };
            // (PDF text spaces the digits: `由 2005 年的`.)
            let Some(d) = strip_year_suffix(y) else {
                return l;
            };
            d.trim_end_matches(' ')
        }
    };
    match d.strip_suffix('由').or_else(|| d.strip_suffix('从')) {
        // (Nothing before it: the subject stands in an earlier clause, `…呈现积极变化，由2007年的…`.)
        Some(head) if two_chars(head) || head.is_empty() => head,
        _ => l,
    }
}

/// Whether a date `date` between the words `before` and `after` inside a label is a year
/// qualifying the noun phrase it stands in (`行政运行（项）2025年预算数`, `全市道路运输2024年事故
/// 起数`, `本部门2024年度政府采购支出总额`): one year (`2025年`, `2025年度`) between the owner of a
/// measure and the measure. The owner is a noun phrase ([`names_noun_only`]) that counts nothing
/// (`6个区县2023年至2025年养老资金` is a counted scope, framed by its period, whose money is named
/// after it), short (six characters at most: a place, a body, a sector) or a classified item
/// closed by its bracket (`（项）`); the measure ends with a noun of measure (预算数, 总额, 收入,
/// 支出). Then the label runs past the year ([`without_inner_year`]).
fn year_inside_noun(before: &str, date: &str, after: &str) -> bool {
    let year = date.trim_end_matches(' ');
    let year = year.strip_suffix('度').unwrap_or(year);
    let owner = before.ends_with(chars!['）', ')']) || char_len(before) <= 6;
    // (The words may still end with the link to the figure: `预算数为`.)
    let after = super::lexicon::strip_linking(after);
    let measure = super::lexicon::ends_with_measure(after)
        || ["收入", "支出", "投资"].iter().any(|w| after.ends_with(w));
    strip_year_prefix(year) == Some("年")
        && two_chars(before)
        && owner
        && measure
        && names_noun_only(before)
}

/// Whether `before` (the words before a year inside a label) can only be a noun phrase: no digit,
/// no space, no verb of the lexicon in it (`现下达`: a predicate, which the year frames), and no
/// opening adverb or closing copula or preposition (`主要原因是`, `距`).
fn names_noun_only(before: &str) -> bool {
    !before.contains(|c: char| is_digit(c) || is_space(c))
        && !before.ends_with(chars![
            '是', '为', '于', '距', '对', '在', '向', '将', '把', '被', '给', '从'
        ])
        && !super::lexicon::starts_adverb(before)
        && !super::lexicon::ends_with_verb(before)
        && super::lexicon::last_verb_at(before).is_none()
}

/// `l` without a year that qualifies the noun phrase it stands in (`行政运行（项）2025年预算数` →
/// 行政运行（项）预算数, `全市道路运输2024年事故起数` → 全市道路运输事故起数): the year says when
/// the measure was taken, not which measure (see [`year_inside_noun`]; a year before a predicate
/// is [`after_inner_year`]'s). `None` when `l` holds no such year, or the year is governed by
/// a preposition (`比2020年`, `到2025年`) or followed by a verb or 的.
pub(crate) fn without_inner_year(l: &str) -> Option<String> {
    // (Two characters, four digits, 年 and two characters: 19 bytes at least.)
    if l.len() < 19 || !l.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let d = date_at(l)?;
    let (n, _) = leading_digits(&l[d..]);
    let year = l[d + n..].trim_start_matches(' ');
    let after = year
        .strip_prefix("年度")
        .or_else(|| year.strip_prefix('年'))?;
    let after = after.trim_start_matches(' ');
    let before = &l[..d];
    let governed = before
        .chars()
        .next_back()
        .is_some_and(|c| "比较与由从到至于在自和同及、".contains(c));
    let opens = super::lexicon::opens_predicate(after)
        || super::lexicon::starts_verb(after)
        || super::UP
            .iter()
            .chain(super::DOWN)
            .any(|w| after.starts_with(w))
        || after.starts_with(chars!['的', '以', '底', '末', '初', '内', '间', '至', '到']);
    (!governed
        && !opens
        && two_chars(after)
        && after.starts_with(crate::text::is_cjk)
        && year_inside_noun(before, &l[d..l.len() - after.len()], after))
    .then(|| format!("{before}{after}"))
}

/// Where a date (`2023年`, `2025年至2026年`) starts in `r`, after the first two characters: the
/// counted noun ends before it (`6个区县2023年以来的…` → 区县).
fn date_at(r: &str) -> Option<usize> {
    date_from(r, 6)
}

/// [`date_at`] from byte `from` of `r` on (0: a date that opens `r` counts too).
fn date_from(r: &str, from: usize) -> Option<usize> {
    let b = r.as_bytes();
    let mut i = from;
    while i < b.len() {
        // (A full-width digit is EF BC 90–99: `２０２３年`.)
        let digit = b[i].is_ascii_digit()
            || (b[i] == 0xef && b.get(i + 1) == Some(&0xbc) && r[i..].starts_with(is_digit));
        if digit && (i == 0 || (!b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'.')) {
            let (len, digits) = leading_digits(&r[i..]);
            // (PDF text spaces a number from its characters: `2022 年`.)
            let after = r[i + len..].trim_start_matches(' ');
            if (digits == 4 && after.starts_with('年'))
                || (digits <= 2 && after.starts_with('月') && !after.starts_with("月份"))
            {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// Words that hold a conjunction's character (及, 和, 与) without being a conjunction.
const CONJUNCTION_IN_WORDS: &[&str] = &[
    "涉及", "普及", "危及", "惠及", "顾及", "波及", "参与", "给与", "赋与", "授与", "共和", "总和",
    "调和", "祥和", "平和", "缓和", "和谐", "和平", "和美", "和睦", "与会",
];

/// Whether the conjunction character at `i` of `s` is part of a word (`涉及`, `和谐`).
fn in_a_word(s: &str, i: usize) -> bool {
    let Some(c) = s[i..].chars().next() else {
        return false;
    };
    let before = s[..i].chars().next_back();
    let after = s[i + c.len_utf8()..].chars().next();
    CONJUNCTION_IN_WORDS.iter().any(|w| {
        let mut wc = w.chars();
        let (a, b) = (wc.next(), wc.next());
        (b == Some(c) && a == before) || (a == Some(c) && b == after)
    })
}

/// Whether `right` opens with a time extent (`至2024年底`, `截至 6 月`): what follows a count there is
/// when, not what was counted.
fn opens_time_extent(right: &str) -> bool {
    // Each word opens with 至, 截 or 到: most texts open with none of them.
    if !right.starts_with(chars!['至', '截', '到']) {
        return false;
    }
    ["至", "截至", "截止", "到"].iter().any(|w| {
        right.strip_prefix(w).is_some_and(|r| {
            r.trim_start_matches(is_space)
                .starts_with(|c: char| is_digit(c) || c == '今' || c == '本')
        })
    })
}

/// Whether `right` opens a second predicate joined by 并/并且/且 (`收录数据5000余条并定期更新`):
/// no noun follows the count (not 并网, 并购: words of their own).
fn opens_conjoined_predicate(right: &str) -> bool {
    right.starts_with(chars!['并', '且'])
        && !["并网", "并购", "并联", "并列"]
            .iter()
            .any(|w| right.starts_with(w))
}

/// Whether `right` opens with an adverb of degree and a verb of change (`明显下降`, `大幅减少`,
/// `有所增长`): what a figure compared with another does, never a noun it counts.
fn opens_change_of_degree(right: &str) -> bool {
    // Each adverb opens with one of these characters: most texts after a figure open otherwise.
    if !right.starts_with(chars![
        '明', '显', '大', '持', '稳', '逐', '有', '略', '小', '进'
    ]) {
        return false;
    }
    [
        "明显",
        "显著",
        "大幅度",
        "大幅",
        "持续",
        "稳步",
        "逐步",
        "有所",
        "略有",
        "小幅",
        "进一步",
    ]
    .iter()
    .filter_map(|a| right.strip_prefix(a))
    .any(|r| {
        super::UP
            .iter()
            .chain(super::DOWN)
            .any(|w| r.starts_with(w))
    })
}

/// Whether `right` (the text after a quantity, [`right_of`]) opens with words: the quantity
/// modifies what follows.
fn followed_by_words(right: &str) -> bool {
    right
        .chars()
        .next()
        .is_some_and(|c| crate::text::is_cjk(c) || matches!(c, '“' | '"' | '《'))
}

/// The byte range of `part`, a slice of `whole`, inside `whole` (`whole[range_in(whole, part)]`
/// is `part`). An empty `part` gives an empty range; any other `part` not inside `whole` gives all
/// of `whole` (a caller's mistake, caught by a debug assertion).
///
/// ```text
/// range_in("一般预算收入", &"一般预算收入"[6..]) == 6..18
/// ```
pub(crate) fn range_in(whole: &str, part: &str) -> std::ops::Range<usize> {
    if part.is_empty() {
        return 0..0;
    }
    let at = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    debug_assert!(at <= whole.len() && part.len() <= whole.len() - at);
    if at <= whole.len() && part.len() <= whole.len() - at {
        at..at + part.len()
    } else {
        0..whole.len()
    }
}

/// `l` cut to `range`: still borrowed from the report text when it was, an owned label cut in
/// place (no new string) otherwise.
///
/// ```text
/// narrow(Cow::Borrowed("开展专题宣讲"), 6..18) == Cow::Borrowed("专题宣讲")
/// ```
pub(crate) fn narrow(l: Cow<'_, str>, range: std::ops::Range<usize>) -> Cow<'_, str> {
    match l {
        Cow::Borrowed(b) => Cow::Borrowed(&b[range]),
        Cow::Owned(mut o) => {
            o.truncate(range.end);
            o.drain(..range.start);
            Cow::Owned(o)
        }
    }
}

/// The region a label is read in: its bounds, and whether it holds a line break (PDF text).
#[derive(Clone, Copy)]
pub(crate) struct Within {
    pub from: usize,
    pub to: usize,
    pub wrapped: bool,
}

/// The label of the quantity at `start..end` in the region `region` (`from..to`); `prev_end` is where the
/// previous quantity of the region ended, `next` the next quantity's span and where its own words
/// end (the start of the quantity after it, or `to`), if any; `counts` is whether it is a count
/// (measure word) rather than money, a percentage or a rate.
///
/// A region of hard-wrapped text (PDF text) holds line breaks that fall anywhere, inside a word
/// (`优良天数达⏎到176天`) or right before the figure (`其中⏎科创板股票15只`). The words around
/// the figure are then read with the line breaks taken out (see [`unwrapped`]), so that a wrap
/// changes no label. `wrapped` says whether the region holds a line break at all (the caller
/// asks once a region); without one nothing more is looked for.
///
/// ```text
/// label("…优良天数达到\n176天，…") == "优良天数"   // as without the line break
/// ```
pub(crate) fn label<'a>(
    text: &'a str,
    region: Within,
    quantity: crate::span::Span,
    prev_end: usize,
    next: Option<(usize, usize, usize)>,
    counts: bool,
) -> Cow<'a, str> {
    if !super::FINE {
        return label_of_region(text, region, quantity, prev_end, next, counts);
    }
    let quantity = bracketed_figure(text, region, quantity).unwrap_or(quantity);
    match label_of_region(text, region, quantity, prev_end, next, counts) {
        Cow::Borrowed(l) => Cow::Borrowed(after_lead_in_and_place(l)),
        Cow::Owned(l) => match after_lead_in_and_place(&l) {
            rest if rest.len() == l.len() => Cow::Owned(l),
            rest => Cow::Owned(rest.to_string()),
        },
    }
}

/// A figure that brackets hold alone right after a noun (`重点项目（32个）全部开工`,
/// `税收占比（74%）居全省首位`) glosses that noun: the span with its brackets, so the label is read
/// around them as around a figure written in the sentence.
fn bracketed_figure(text: &str, region: Within, q: crate::span::Span) -> Option<crate::span::Span> {
    let from = region.from.min(q.start);
    let before = text[from..q.start].strip_suffix(chars!['（', '('])?;
    let after = text[q.end..].strip_prefix(chars!['）', ')'])?;
    before
        .ends_with(crate::text::is_cjk)
        .then(|| crate::span::Span::new(from + before.len(), text.len() - after.len()))
}

/// `after_place(after_lead_in(l))`, in one pass over the bytes for the labels neither changes
/// (most): [`after_lead_in`] strips only what a byte E2 opens (bullets, the dash) and
/// [`after_place`] cuts only after 处 (E5 A4 84), so a label with neither byte is returned as it
/// is. One pass eight bytes a step for both bytes (see [`holds_byte_of_two`]) answers most
/// labels; 84 also ends 的 and other common characters, so a label with it is looked at again a
/// byte at a time for an E2 or a whole 处.
fn after_lead_in_and_place(l: &str) -> &str {
    let b = l.as_bytes();
    // (An emoji, four bytes opening with F0, counts where it opens the label: `🔹改造燃气管道`.)
    if b.first() != Some(&0xf0) && !holds_byte_of_two(b, 0xe2, 0x84)
        || !b.iter().enumerate().any(|(i, &x)| {
            x == 0xe2 || x == 0xf0 || (x == CHU_PLACE[2] && b[..i].ends_with(&CHU_PLACE[..2]))
        })
    {
        return l;
    }
    after_place(after_lead_in(l))
}

/// Whether `b` holds the byte `x` or the byte `y`: eight bytes a step, a byte equal to `x` being
/// a zero byte of the word XOR eight copies of `x` (`(w - 0x01…) & !w & 0x80…` is nonzero exactly
/// when some byte of `w` is zero). On the short texts labels are this costs about half of
/// `memchr2`, whose set-up outweighs its search there.
///
/// ```text
/// holds_byte_of_two("村东200米处".as_bytes(), 0xe2, 0x84) == true   // 处 is E5 A4 84
/// ```
fn holds_byte_of_two(b: &[u8], x: u8, y: u8) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero_byte = |w: u64| w.wrapping_sub(ONES) & !w & HIGHS != 0;
    let (xs, ys) = (ONES * u64::from(x), ONES * u64::from(y));
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if has_zero_byte(w ^ xs) || has_zero_byte(w ^ ys) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&c| c == x || c == y)
}

/// `l` after the bullets that open it and after a lead-in closed by a double dash, the heading
/// of a run-in list (`主要预期目标——地区生产总值` → `地区生产总值`): neither names what is counted.
///
/// ```text
/// after_lead_in("●经济") == "经济";  after_lead_in("主要预期目标——地区生产总值") == "地区生产总值"
/// ```
fn after_lead_in(l: &str) -> &str {
    // (Asked by [`label`] only with `FINE`.) Every bullet, the dash and the decorations of the
    // symbol blocks are three-byte characters opening with E2 (U+2000–U+2FFF), which no
    // ideograph does, or an emoji opening with F0 at the start: one byte search tells for most
    // labels.
    if l.as_bytes().first() != Some(&0xf0) && memchr::memchr(0xe2, l.as_bytes()).is_none() {
        return l;
    }
    // (`✅新建城市公园6个`: a decoration, its variation selector and the spaces after it.)
    let l = l.trim_start_matches(|c: char| {
        crate::text::BULLETS.contains(&c)
            || crate::text::is_decoration(c)
            || c == '\u{FE0F}'
            || crate::text::is_space(c)
            || c == '\n'
            || c == '\r'
    });
    match rfind_double_dash(l) {
        Some(i) if two_chars(&l[i + "——".len()..]) => &l[i + "——".len()..],
        _ => l,
    }
}

/// `l.rfind("——")`, by `memrchr` for the dash's last byte (see [`rfind_char`]): a substring
/// searcher built for every label with a bullet or a quotation mark cost several hundred
/// instructions.
///
/// ```text
/// rfind_double_dash("目标——总值") == Some(6);  rfind_double_dash("——一—二") == Some(0)
/// ```
fn rfind_double_dash(l: &str) -> Option<usize> {
    let mut end = l.len();
    while let Some(i) = rfind_char(&l[..end], '—') {
        if l[..i].ends_with('—') {
            return Some(i - '—'.len_utf8());
        }
        end = i;
    }
    None
}

/// `l` after a place given by its distance (`村东200米处新建停车场` → `新建停车场`, `距城区约3公里处`):
/// where the thing stands does not name it (the distance itself is no indicator, see
/// `traps::is_trap`).
fn after_place(l: &str) -> &str {
    // (With `FINE` only.) A label holds 处 rarely: the search for its character answers most.
    // (处 is E5 A4 84: its last byte is looked for first.)
    if !super::FINE || memchr::memchr(0x84, l.as_bytes()).is_none() {
        return l;
    }
    // (The 处 right after the distance: the noun may hold one too, `污水处理厂`.)
    // (Each 处 found by `find_char`, a `memchr` for its last byte: `match_indices` and
    // `contains` searched with `str`'s character searcher, about twice the cost.)
    let mut from = 0;
    while let Some(k) = crate::text::find_char(l, from, '处') {
        let after_distance = ["公里", "千米", "米"]
            .iter()
            .find_map(|u| l[..k].strip_suffix(u))
            .is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit()));
        if after_distance {
            let rest = &l[k + '处'.len_utf8()..];
            return if two_chars(rest) { rest } else { l };
        }
        from = k + '处'.len_utf8();
    }
    l
}

/// [`label`] before [`after_lead_in`].
fn label_of_region<'a>(
    text: &'a str,
    region: Within,
    quantity: crate::span::Span,
    prev_end: usize,
    next: Option<(usize, usize, usize)>,
    counts: bool,
) -> Cow<'a, str> {
    let Within { from, to, wrapped } = region;
    // A region without a line break (most text) is read as it is; so is every region without
    // the `hard-wraps` feature.
    if !cfg!(feature = "hard-wraps") || (!wrapped && quantity.end <= to) {
        return label_in(text, from, to, quantity, prev_end, next, counts);
    }
    let lo = prev_end.max(from).min(quantity.start);
    // What the label may read on the right: up to the next figure and the words after it, or to
    // the end of the line a figure read across a break ends on.
    let reach = next.map_or(quantity.end, |(_, e, _)| e.max(quantity.end)) + RIGHT_REACH;
    let hi =
        crate::text::floor_char_boundary(text, reach.min(to.max(quantity.end)).min(text.len()));
    let hi = if quantity.end > to {
        text[quantity.end..]
            .find('\n')
            .map_or(text.len(), |k| quantity.end + k)
    } else {
        hi
    };
    if memchr::memchr(b'\n', &text.as_bytes()[lo..hi]).is_none() {
        return label_in(text, from, to, quantity, prev_end, next, counts);
    }
    let (joined, at) = unwrapped(&text[lo..hi], lo);
    let span = crate::span::Span::new(at(quantity.start), at(quantity.end));
    let next = next
        .filter(|&(_, e, _)| e <= hi)
        .map(|(s, e, w)| (at(s), at(e), at(w.min(hi))));
    let end = joined.len();
    let l = label_in(&joined, 0, end, span, 0, next, counts);
    Cow::Owned(l.into_owned())
}

/// How far past the next figure (or this one) the words on the right are read, in bytes: more
/// than the longest label (`right_label` stops at 16 characters).
const RIGHT_REACH: usize = 160;

/// `s` (which starts at byte `base` of the text) read as one line, and the map from a text
/// offset inside `s` to the offset in the joined string. A line break (`\n`, `\r\n`, with the
/// spaces PDF text may leave before it) is taken out, or made a space where Latin letters or
/// digits stand on both sides of it (`20⏎15` stays two numbers); a PDF page marker with its dashes on a line of its own between
/// two lines of the paragraph (`— 10 —`, see [`super::is_page_break`]) goes with its breaks (a
/// bare number on a line may be a table cell, and stays). An offset inside what was taken out
/// maps to where it was.
///
/// ```text
/// unwrapped("达\n到176天", 10).0 == "达到176天";  (its map)(14) == 3
/// ```
pub(crate) fn unwrapped(s: &str, base: usize) -> (String, impl Fn(usize) -> usize) {
    let mut joined = String::with_capacity(s.len());
    // (where a cut starts and ends in `s`, the bytes taken out up to its end)
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new();
    let mut removed = 0;
    let mut at = 0;
    while let Some(k) = s[at..].find('\n').map(|k| at + k) {
        // The spaces a line may carry before its break go with the break.
        let line_end = s[at..k].trim_end_matches(chars![' ', '\r']).len() + at;
        joined.push_str(&s[at..line_end]);
        let mut next = k + 1;
        // A page marker on a line of its own: the line and its break go too.
        if super::FINE {
            // (and the blank lines and form feeds around it, other page numbers: `第 5 页`)
            if let Some(end) = super::page_gap_end(s, k) {
                next = end;
            }
            next += s[next..].len() - s[next..].trim_start_matches('\u{c}').len();
        } else if let Some(j) = s[next..].find('\n').map(|j| next + j) {
            let marker = &s[k..=j];
            if super::is_page_break(marker) && marker.contains(chars!['—', '-', '－']) {
                next = j + 1;
            }
        }
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let spaced = latin(s[..line_end].chars().next_back()) && latin(s[next..].chars().next());
        if spaced {
            joined.push(' ');
        }
        removed += next - line_end - usize::from(spaced);
        cuts.push((line_end, next, removed));
        at = next;
    }
    joined.push_str(&s[at..]);
    let map = move |o: usize| {
        let o = o - base;
        let mut gone = 0;
        for &(start, end, after) in &cuts {
            if o <= start {
                break;
            }
            if o < end {
                return start - gone;
            }
            gone = after;
        }
        o - gone
    };
    (joined, map)
}

/// `s` read as one line (see [`unwrapped`]): borrowed when it holds no line break.
pub(crate) fn one_line(s: &str) -> Cow<'_, str> {
    if !cfg!(feature = "hard-wraps") || memchr::memchr(b'\n', s.as_bytes()).is_none() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(unwrapped(s, 0).0)
    }
}

/// Verbs of a plant's throughput, the verb of a capacity (`日处理污水`, `年产`): a closed class.
const THROUGHPUT: &[&str] = &[
    "处理", "生产", "加工", "产", "供", "发电", "吞吐", "接待", "输送", "存储", "储存", "屠宰",
];

/// Where a capacity ends `left` (`日处理污水`, `年处理垃圾`, `日供水`): 日, 年 or 月 ("per day,
/// year, month") not after a numeral (a date) or 当/全/今/去/明 (a time: 全年), a verb of
/// [`THROUGHPUT`], and at most four characters of its object.
fn capacity_at(left: &str) -> Option<usize> {
    let (i, _) = left
        .char_indices()
        .rev()
        .take(7)
        .take_while(|&(_, c)| crate::text::is_cjk(c))
        .find(|&(_, c)| matches!(c, '日' | '年' | '月'))?;
    let before = left[..i].chars().next_back();
    if before.is_some_and(|c| {
        c.is_ascii_digit()
            || crate::number::is_chinese_numeral_char(c)
            || matches!(c, '当' | '全' | '今' | '去' | '明' | '上' | '次' | '前')
    }) {
        return None;
    }
    let after = &left[i + 3..];
    let verb = THROUGHPUT.iter().find(|v| after.starts_with(*v))?;
    (char_len(&after[verb.len()..]) <= 4).then_some(i)
}

/// [`label`] on text whose words around the figure hold no line break.
fn label_in<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    quantity: crate::span::Span,
    prev_end: usize,
    next: Option<(usize, usize, usize)>,
    counts: bool,
) -> Cow<'a, str> {
    let (start, mut end) = (quantity.start, quantity.end);
    // A quantity read across a line break (`86 亿` / `元资金`) ends on the next line: its right
    // words run to that line's end.
    let to = if end > to {
        text[end..].find('\n').map_or(text.len(), |k| end + k)
    } else {
        to
    };
    let limit = next.map_or(to, |(s, _, _)| s);
    let figure = &text[start..end];
    let place = figure
        .as_bytes()
        .last()
        .is_some_and(|&b| PLACE_UNIT_ENDS[usize::from(b)])
        .then(|| {
            PLACE_UNITS
                .iter()
                .find(|u| super::ends_with_word(figure, u))
        })
        .flatten();
    // 建设8条（段）高速公路: a gloss on the measure word stands between the count and its noun.
    if place.is_none() {
        end += measure_gloss(&text[end..limit.max(end)]);
    }
    // 9省50个项目存在…, 审计了20省101县…资金: a measure word that is itself a place noun is the
    // counted noun; the words after it are a predicate or the next count's noun, not what it
    // counts (see `place_noun`).
    let place_noun =
        super::FINE && counts && place.is_some() && !opens_institution(&text[end..limit.max(end)]);
    let left_from = prev_end.max(from).min(start);
    let left = &text[left_from..start];
    let left_end = trim_end_blank(left);
    // 困难群体、灵活就业人员等4.7万名: a count right after a list closed by 等 counts the list.
    let after_list = counts && left_end.ends_with('等');
    // A count with a measure word modifies what follows; an amount of money or a percentage
    // followed by words (`500万元的激励措施`) is still labelled by what precedes it.
    let right = right_of(text, end, limit);
    // What follows is not a noun: a predicate, an adverb, a time extent.
    // 一个多功能服务中心: 多 opening a noun (多功能, 多业态), not the 多 of 3个多月.
    let noun_after_duo = right
        .strip_prefix('多')
        .and_then(|r| r.chars().next())
        .is_some_and(|c| {
            crate::text::is_cjk(c)
                && !"月年天日周时小个项次人家倍万亿千百十名户件条元种批".contains(c)
        });
    // (Every word these readings look for opens with an ideograph, see
    // `lexicon::every_predicate_word_opens_with_an_ideograph`: words that open otherwise, a clause
    // mark after the figure most often, open none of them.)
    let no_noun = right.starts_with(crate::text::is_cjk)
        && !(super::FINE && counts && perfective_modifier(right))
        && ((super::lexicon::opens_predicate(right) && !noun_after_duo)
            || (super::lexicon::starts_adverb(right)
                && !(super::FINE
                    && (negated_relative_clause(right) || negated_modifier(right))))
            || opens_time_extent(right)
            || (after_list && super::lexicon::opens_with_adverb(right))
            // 高标准农田1200亩存在撂荒现象: a verb right after a count, no noun (an amount's verb
            // may open its purpose instead: 投入11.97亿元实施…工程, not a count). Unless 的 closes it
            // as a relative clause before the noun: 9个涉及民生的项目.
            || (counts && super::lexicon::starts_verb(right) && !opens_relative_clause(right))
            || opens_conjoined_predicate(right)
            || opens_change_of_degree(right));
    // 500户低保家庭中，有40户不符合条件: after a part counted of a set, a negated predicate
    // (不, 未, 没, 尚未, 仍未) names nothing counted either; the set's noun is the part's. (A finer
    // reading, see `FINE`.)
    // (A part counted of a set named before it: `N户X中，有M户`, `其中M个`.)
    // (The rest of a set, `其余6个`, `另有8件`, is a part of it too.)
    let part_of_set = super::FINE
        && counts
        && ["中有", "中，有", "中,有", "其中", "其余", "另有", "剩余"]
            .iter()
            .any(|w| left_end.ends_with(w));
    // (Nor a predicate opened by a preposition of manner or cause, an adverb or a light verb:
    // `其余6个按序时推进`, `其余8件涉及国家秘密`.)
    let no_noun = no_noun
        || part_of_set
            && (right.starts_with(chars!['不', '未', '没'])
                || right.starts_with("尚未")
                || right.starts_with("仍未")
                || right.starts_with(chars!['按', '依', '因', '由', '被'])
                || super::lexicon::opens_with_adverb(right)
                || super::lexicon::is_action(right.get(..6).unwrap_or(right)))
            && !right.starts_with("不动产")
            && !right.starts_with("不良");
    // 总占地8.5平方公里的园区: a noun of measure before the count and 的 after it is read below.
    let measure_of = right.starts_with('的') && MEASURES.iter().any(|m| left_end.ends_with(m));
    // 日处理污水6万吨的扩容工程, 年处理垃圾10万吨的焚烧厂: a capacity before the count and 的
    // after it, read with the measures below (with `FINE`).
    let capacity = if super::FINE && counts && right.starts_with('的') {
        capacity_at(left_end)
    } else {
        None
    };
    // 突破600亿斤大关, 迈上千亿元台阶, 跃上1.4万亿斤新台阶: a mark the figure reaches, not what
    // it counts.
    // (大台阶: 大 before a mark of the list; 大关 is one.)
    let mark_at = if super::FINE {
        right
            .strip_prefix('新')
            .or_else(|| right.strip_prefix('大').filter(|r| r.starts_with("台阶")))
            .unwrap_or(right)
    } else {
        right
    };
    let mark = mark_at.starts_with(chars!['大', '关', '台', '门'])
        && MARKS.iter().any(|m| mark_at.starts_with(m));
    // The words after the quantity as a label, read at most once for the readings below.
    let right_words = std::cell::OnceCell::new();
    let right_words = || *right_words.get_or_init(|| right_label(text, end, limit));
    // 建成12个220千伏变电站, 培育3家10亿元级企业: a figure with a unit right after the count that
    // was not kept (a class or a grade, see `traps`), then a noun: the count's noun with its grade.
    // (Not a number with no unit: `电视剧115部3490集`.)
    let graded = super::FINE
        && counts
        && right.starts_with(|c: char| c.is_ascii_digit())
        && next.is_none_or(|(s, _, _)| s > end)
        && super::quantity::quantity(right)
            .is_some_and(|q| q.unit.is_some() && followed_by_words(&right[q.len..]));
    // 跨越1万亿、2万亿两个大台阶: words that open with a count of their own restate the list
    // before them; they name nothing the figure measures.
    // (A list has two items or more: `一件事`, `一个` name things; 百, 千 are magnitudes.)
    // (The numerals compared as characters: `"两二…".contains(c)` is a substring search, about
    // a hundred instructions, for every figure.)
    let recount = super::FINE && {
        let counted = right.trim_start_matches(|c: char| {
            matches!(
                c,
                '两' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        });
        counted.len() < right.len() && super::unit::unit(counted).is_ok()
    };
    // 群众2360人次参观展览, 企业120家实现…: a count of people or bodies whose words after hold no
    // noun of them (see `counted`) has them for its predicate, when a noun of that class or a list
    // before it names what it counts; a noun of that class after it ends at its head
    // (`带动近万名群众增收`, `完成46家重点企业安全风险评估`). (Not after a relative clause:
    // `为不符合条件的271人违规办理参保` names them by what they did.)
    let class = if super::FINE && counts {
        super::counted::counted(figure)
    } else {
        None
    };
    let named_before =
        class.is_some_and(|c| after_list || super::counted::ends_with_head(left_end, c));
    let predicate_of_counted = named_before
        && followed_by_words(right)
        && !super::lexicon::starts_verb(right)
        && class.is_some_and(|c| super::counted::head_end(right_words(), c).is_none());
    if counts
        && (followed_by_words(right) || graded)
        && !recount
        && !no_noun
        && !measure_of
        && capacity.is_none()
        && !mark
        && !place_noun
        && !predicate_of_counted
    {
        let r = right_words();
        let r = match class.and_then(|c| super::counted::head_end(r, c)) {
            Some(k) if !super::lexicon::starts_verb(r) => &r[..k],
            _ => r,
        };
        if (two_chars(r) || is_division(r))
            && !(super::FINE && runs_on(text, left_end, start, end, r, next))
        {
            return Cow::Borrowed(r);
        }
    }
    // 3大类100条安全生产行政合规指导事项: the first counts what the second's noun names.
    // The words between this quantity and the next, read once for both readings below.
    let between = next.map(|(ns, _, _)| trim_spaces(&text[end..ns]));
    if let Some(((_, ne, words_end), between)) = next.zip(between) {
        // Also across a space or 的: `12 省的 120 个项目存在…` (the provinces of those projects).
        // 其中8户11个项目: a part of a set counted before (`9户企业…其中8户`) names no noun of its
        // own; the set's noun is found after labelling (`continue_subjects`).
        let partitive = ["其中", "有", "中"].iter().any(|w| left_end.ends_with(w));
        if counts && partitive && (between.is_empty() || between == "的") && !place_noun {
            return Cow::Borrowed("");
        }
        if counts && (between.is_empty() || between == "的") && !place_noun {
            // (Its words end where the next figure's do: `20 省 101 县高标准农田建设资金 692.61
            // 亿元`.)
            let after = words_end;
            let next_right = right_of(text, ne, after);
            // 监测对象394户1311人均已落实…: an adverb or a predicate after the next count names
            // nothing either count counts (with `FINE`).
            let predicate_next = super::FINE
                && (super::lexicon::starts_adverb(next_right)
                    || super::lexicon::opens_predicate(next_right));
            if followed_by_words(next_right) && !predicate_next {
                let r = right_label(text, ne, after);
                // (Not a noun of kinds after a stock named before: `储备防汛物资4大类35个品种`,
                // the categories and the kinds are both the stock's.)
                if two_chars(r)
                    && !super::lexicon::is_bare_predicate(r)
                    && !(super::FINE
                        && between.is_empty()
                        && KIND_NOUNS.contains(&r)
                        && names_stock_before(left_end))
                {
                    return Cow::Borrowed(r);
                }
            }
        }
    }
    // A total or an "each" after a list (`行政许可、行政处罚共236项`, `供水、供气管网均超过300公里`)
    // counts the whole list: the label runs back past its 、.
    let whole_list = [
        "共",
        "共计",
        "合计",
        "总计",
        "均",
        "均为",
        "均超过",
        "均达到",
        "均达",
    ]
    .iter()
    .any(|w| super::ends_with_word(left_end, w))
        || after_list
        || LIST_GENERICS.iter().any(|g| {
            super::ends_with_word(left_end, g)
                && left_end
                    .strip_suffix(g)
                    .is_some_and(|l| l.ends_with('等') && l.contains('、'))
        });
    // A list of nouns before the figure (`安全生产、应急管理类信息63条`, `城市、农村低保对象`):
    // the figure counts the whole list, as after 共.
    // The boundary, and what the words after it hold, in one walk (see `walk_left`): with 、 a
    // boundary, the walk tells `is_noun_list` the last boundary too, and serves the label
    // unless a list of nouns makes the list whole (walked again without 、 then, rarely).
    let listing = (!whole_list).then(|| walk_left(left, true));
    let whole_list = whole_list
        || is_noun_list(
            left,
            match &listing {
                Some(Some(words)) => words.boundary,
                _ => boundary_by_depth(left, true),
            },
        );
    let walked = match listing {
        Some(walked) if !whole_list => walked,
        _ => walk_left(left, !whole_list),
    };
    let boundary = match &walked {
        Some(words) => words.boundary,
        // (The walk saw a closing mark: walked again it would see it again.)
        None => boundary_by_depth(left, !whole_list),
    };
    let cut = boundary.map_or(0, |i| {
        i + left[i..].chars().next().map_or(1, |c| c.len_utf8())
    });
    let mut segment = &left[cut..];
    if whole_list {
        // 部门开展检查、指导、宣讲等70余次: the list is the verb's object; its subject is not counted.
        let first = segment.find('、').unwrap_or(segment.len());
        // (Not the linking verb that closes the list: `即办件和全程网办占比均达到`.)
        if let Some(v) = super::lexicon::last_verb_at(&segment[..first])
            .filter(|&v| !(super::FINE && super::lexicon::is_bare_predicate(&segment[v..first])))
        {
            segment = &segment[v..];
        }
    }
    // The prepositions and digits a frame needs, as the walk saw them (both, unwalked).
    let (preposition, digit) = walked
        .as_ref()
        .map_or((true, true), |words| (words.preposition, words.digit));
    segment = after_inner_frame(segment, preposition, digit);
    // (Only when the walk saw an opening bracket, or did not walk: most words hold none.)
    if super::FINE && walked.as_ref().is_none_or(|words| words.bracket) {
        segment = after_stray_close(segment);
    }
    // The label is made of characters of the words walked: no verb of carrying out when the walk
    // saw neither 开 nor 进.
    let kai_or_jin = walked.as_ref().is_none_or(|words| words.kai_or_jin);
    let having = walked.as_ref().map(|words| words.having);
    let l = match walked {
        // The words are a part of those walked: no bracket when the walk saw none.
        Some(words) => {
            let s = strip_words(without_gloss(segment));
            let s = if words.bracket {
                after_unclosed_paren(s)
            } else {
                s
            };
            head_in(left, &words.marks, s)
        }
        None => head(after_unclosed_paren(strip_words(without_gloss(segment)))),
    };
    let cleaned = range_in(&l, clean_having(&l, having));
    let mut l = narrow(l, cleaned);
    // 最低工资标准调整为1900元: the verb of 调整为 is the link's (the trailing 为 alone went
    // with the words). (Not in the small build, see `FINE`.)
    if super::FINE && segment.ends_with("调整为") {
        if let Some(n) = l.strip_suffix("调整").filter(|n| two_chars(n)) {
            // (分别调整为: the words before the verb are stripped as a label's end.)
            let n = range_in(&l, strip_words(n));
            l = narrow(l, n);
        }
    }
    // 围绕主题开展专题宣讲663场: a verb of carrying out inside the left words has the counted
    // activity as its object; what stands before it is the frame (a topic, an organiser).
    let carried = if kai_or_jin {
        object_of_carrying_out(&l).map(|o| range_in(&l, o))
    } else {
        None
    };
    let l = match carried {
        Some(o) => narrow(l, o),
        None => l,
    };
    // 造成726.6亿元税费流失, 收取1322.1万元认证费: a verb alone before the amount, its object after.
    // 一次性增加6万亿元地方专项债务限额, 增发1万亿元国债: the words before end in a verb whose object
    // is the amount, and a noun phrase after it names what the amount is.
    // 发行首批4.7亿元专项债券: an ordinal determiner between the verb and the amount (首批, 首笔,
    // 第二批) belongs to the noun after it, and leaves the verb the last word before the amount.
    let raw_left = trim_end_blank(&left[cut..]);
    let raw_left = if super::FINE {
        without_ordinal_determiner(raw_left)
    } else {
        raw_left
    };
    // 市交通局将2.1亿元专项资金借给…: 将 right before an amount of money marks it as the object
    // of the disposal (as 把 does): the noun of a kind of money right after it names it, up to
    // that noun's head (read on the words themselves: the verb after it may be no verb of the
    // lexicon, `借给`, `转入`, and a verb may stand inside the noun, `医疗救助资金`).
    if super::FINE && raw_left.ends_with('将') && text[start..end].ends_with('元') {
        let clause = &right[..right
            .find(|c: char| crate::text::is_clause_punct(c) || !crate::text::is_cjk(c))
            .unwrap_or(right.len())];
        let head_end = MONEY_KINDS
            .iter()
            .filter_map(|k| clause.find(k).map(|i| i + k.len()))
            .min();
        // (A verb and its preposition before the head is a predicate: `将57亿元挪用于偿还贷款`.)
        if let Some(r) = head_end.map(|e| &clause[..e]).filter(|r| {
            two_chars(r)
                && char_len(r) <= 12
                && !MONEY_KINDS.contains(r)
                && !r.contains(chars!['于', '给', '向', '到', '至'])
        }) {
            return Cow::Borrowed(r);
        }
    }
    // 一项新增500亿元的技改计划, 距离90%的目标: a quantity that modifies a noun through 的; when a noun
    // of measure stands right before it, the quantity is that measure of the noun after
    // (`价值16万元的设备` → 设备价值, `财政收入超亿元的乡镇` → 乡镇财政收入).
    if let Some(after_de) = right.strip_prefix('的').filter(|_| !place_noun) {
        if !after_de.is_empty() && !super::lexicon::opens_predicate(after_de) {
            let r = right_label(text, limit.max(end) - after_de.len(), limit);
            // 交易额, 销售额, 营业额: 额 ("amount") closes a noun of measure of its own, the
            // word of its last three characters (with `FINE`).
            let measure = MEASURES
                .iter()
                .copied()
                .find(|m| l.ends_with(m))
                .or_else(|| {
                    (super::FINE && l.ends_with('额'))
                        .then(|| l.char_indices().rev().nth(2).map(|(i, _)| &l[i..]))
                        .flatten()
                });
            match measure {
                // The noun's attribute: 跑步机价值, 乡镇财政收入, 电池项目投资; a short phrase
                // before the quantity is the whole measure (`规划面积100平方公里的示范区` →
                // 示范区规划面积).
                Some(m) if two_chars(r) => {
                    let m = match l.strip_suffix(m) {
                        Some(q) if MEASURE_QUALIFIERS.contains(&q) => &l,
                        _ => m,
                    };
                    return Cow::Owned(format!("{r}{m}"));
                }
                Some(_) => {}
                // 日处理污水6万吨的扩容工程: the capacity is a measure of the noun after 的.
                None if two_chars(r) && capacity.is_some() => {
                    let c = capacity.map_or("", |i| &left_end[i..]);
                    return Cow::Owned(format!("{r}{c}"));
                }
                // 增长8%的目标: a generic noun (目标, 水平) names nothing the words before do not.
                None if GENERIC_AFTER_DE.contains(&r)
                    && two_chars(&l)
                    && !l.contains(chars!['没', '未', '不', '但']) => {}
                None if two_chars(r) => return Cow::Borrowed(r),
                None => {}
            }
        }
    }
    // 符合标准的193.8亿元贷款: a relative clause closed by 的 before the amount, the noun after.
    // 增加的50元、140元成本: amounts joined by 、 share the noun after the last of them.
    let coordinated = next
        .filter(|_| between == Some("、"))
        .map(|(_, ne, words_end)| (ne, words_end))
        .filter(|&(ne, words_end)| {
            let after = right_of(text, ne, words_end);
            followed_by_words(after)
                && !super::lexicon::opens_with_preposition(after)
                && !super::lexicon::opens_predicate(after)
                && !left.contains("分别")
        });
    // (`opens_change_to` tries every verb of change: asked last, when the rest holds.)
    let verb_only = (followed_by_words(right) || coordinated.is_some())
        && !recount
        && (super::lexicon::is_action(&l)
            || ((super::lexicon::ends_with_verb(raw_left) || raw_left.ends_with('的'))
                && !super::lexicon::opens_predicate(right)
                && !super::lexicon::opens_with_preposition(right)))
        && !super::opens_change_to(right);
    if super::FINE && !verb_only && names_money_after(&text[start..end], &l, right, right_words) {
        return Cow::Borrowed(right_words());
    }
    if verb_only && !place_noun && !predicate_of_counted {
        let mut r = right_words();
        if let Some((ne, words_end)) = coordinated.filter(|_| r.is_empty()) {
            r = right_label(text, ne, words_end);
        }
        if two_chars(r) && !super::lexicon::is_bare_predicate(r) {
            return Cow::Borrowed(r);
        }
    }
    // 全县有11乡镇（街道）…: a count whose measure word is itself a place noun (乡镇, 省, 县) and
    // whose words before name only the scope (全县, 各市) counts those places.
    if let Some(u) = place {
        let scope = l.is_empty()
            || (char_len(&l) <= 3
                && l.starts_with(chars!['全', '各'])
                && l.chars().all(crate::text::is_cjk));
        // 脱贫摘帽贫困县12县: a noun of the same head before the count names the places.
        let named = place_noun && l.ends_with(u);
        if place_noun && !scope && !named && attributive_of_place(left_end, &l) {
            // 沿江11省市: a short attribute before the count names which places.
            return Cow::Owned(format!("{l}{u}"));
        }
        if counts && (scope || (place_noun && !named)) {
            let gloss = leading_gloss(right)
                .map(|(_, after)| &right[..right.len() - after.len()])
                .filter(|g| g.starts_with('（') && g.ends_with('）') && char_len(g) <= 8)
                .unwrap_or("");
            return Cow::Owned(format!("{u}{gloss}"));
        }
    }
    // 执行中48.33亿元被挪用或闲置, 申领环节有37.91亿元被虚报套取: after a frame of time or stage
    // (…中, …环节, optionally with the existential 有) no noun names the amount; the passive after
    // it says what the amount is.
    if trim_start_spaces(right).starts_with('被') {
        let frame = raw_left.strip_suffix('有').unwrap_or(raw_left);
        let (frame, zhong) = frame
            .strip_suffix('中')
            .map_or((frame, false), |f| (f, true));
        // 执行中 (while carried out), not 专项资金中 (of the funds: the noun names the amount).
        let framed = l.is_empty()
            || ["环节", "期间", "方面", "过程", "阶段"]
                .iter()
                .any(|w| frame.ends_with(w))
            || (zhong && char_len(&l) <= 2);
        if framed && counts {
            // 为2086名被征地农民办理: after a count, 被 more often opens a noun (被征地农民,
            // 被执行人), which the words after the count name as for any count.
            let r = right_words();
            if two_chars(r) {
                return Cow::Borrowed(r);
            }
        } else if framed {
            // The whole passive clause: its verbs are the label (`被虚报套取`), not a predicate
            // after a noun.
            let passive = trim_start_spaces(right);
            let r = &passive[..clause_ahead(passive).stop];
            let r = r.char_indices().nth(16).map_or(r, |(i, _)| &r[..i]);
            // 被虚报套取等: the 等 that closes the list of findings is no part of it.
            let r = r.strip_suffix('等').unwrap_or(r);
            if two_chars(r) {
                return Cow::Borrowed(r);
            }
        }
    }
    // 全市1.19万人参加专题班学习: a scope alone before a count names nothing counted; the words
    // after it (a noun, or what the people counted did) do.
    if super::FINE && counts && is_scope(&l) {
        let r = right_words();
        if two_chars(r) && !super::lexicon::is_bare_predicate(r) {
            return Cow::Borrowed(r);
        }
    }
    if two_chars(&l) {
        return l;
    }
    let r = right_words();
    // A predicate after the number (有3座仍处于…) names no noun: the label stays empty, for the
    // subject of the sentence to fill.
    // (Nor a longer predicate after a part counted of a set, `（38所高校中，）有11所存在科研经费
    // 管理不规范问题`: its verb opens it, see `no_noun`; the set's noun is the part's.)
    let predicate_of_part = part_of_set && no_noun;
    if !r.is_empty()
        && !recount
        && !super::lexicon::opens_with_adverb(right)
        && !super::lexicon::is_bare_predicate(r)
        && !opens_time_extent(right)
        && !predicate_of_part
    {
        return Cow::Borrowed(r);
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_dash_found_as_rfind_finds_it() {
        let parts = ["—", "——", "a", "目标", "-", "–", "“", ""];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let s = format!("{a}{b}{c}{d}");
                        assert_eq!(rfind_double_dash(&s), s.rfind("——"), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_mark_opens_with_a_checked_character() {
        assert!(MARKS
            .iter()
            .all(|m| m.starts_with(chars!['大', '关', '台', '门'])));
    }

    #[test]
    fn holds_byte_of_two_as_a_byte_search() {
        let texts = [
            "",
            "处",
            "的",
            "●经济",
            "村东200米处新建停车场",
            "地区生产总值",
            "一二三四五六七八九十",
            "主要预期目标——地区生产总值增长",
        ];
        for t in texts {
            for n in 0..=t.len() {
                let b = &t.as_bytes()[..n];
                let want = b.iter().any(|&c| c == 0xe2 || c == 0x84);
                assert_eq!(holds_byte_of_two(b, 0xe2, 0x84), want, "{t:?} {n}");
                assert_eq!(
                    holds_byte_of_two(b, 0x84, 0x84),
                    b.contains(&0x84),
                    "{t:?} {n}"
                );
            }
        }
        // (`after_place` cuts with `FINE` only.)
        let place = if super::super::FINE {
            "新建停车场"
        } else {
            "村东200米处新建停车场"
        };
        assert_eq!(after_lead_in_and_place("村东200米处新建停车场"), place);
        assert_eq!(after_lead_in_and_place("公开的信息"), "公开的信息");
        assert_eq!(after_lead_in_and_place("●经济"), "经济");
    }

    #[test]
    fn every_adverb_has_gong_or_ji() {
        // head() removes adverbs only from labels with 共 or 计.
        assert!(ADVERBS.iter().all(|a| a.contains(chars!['共', '计'])));
    }

    #[test]
    fn brackets_found_like_str_contains() {
        for s in [
            "",
            "装备(中小型水罐消防车",
            "乡（镇、街道）",
            "生产总值）",
            "全年开展培训",
            "税收收入：增长",
            "０件，％",
            "乒乓球",
            "(",
            "）",
        ] {
            let expected = s.contains(chars!['(', ')', '（', '）']);
            assert_eq!(has_bracket(s), expected, "{s:?}");
        }
    }

    #[test]
    fn trims_skipped_only_between_ideographs() {
        // Each of these has something to trim at an end that is not an ideograph.
        assert_eq!(strip_words(" “开展检查” "), "“开展检查”");
        assert_eq!(strip_words("开展检查” "), "开展检查");
        assert_eq!(strip_words("（检查）"), "检查");
        assert_eq!(strip_words("乡（镇、街道）"), "乡（镇、街道）");
        assert_eq!(strip_words("其中查处案件"), "查处案件");
        assert_eq!(without_gloss("生产总值（GDP）"), "生产总值");
        assert_eq!(without_gloss("生产总值"), "生产总值");
        assert_eq!(
            after_unclosed_paren("装备(中小型水罐消防车"),
            "中小型水罐消防车"
        );
        assert_eq!(after_unclosed_paren("全年开展培训"), "全年开展培训");
        assert_eq!(without_time_phrase("2023年向社会公开"), "向社会公开");
        assert_eq!(without_time_phrase("目前已建成"), "已建成");
        assert_eq!(without_time_phrase("全市已建成"), "全市已建成");
    }

    #[test]
    fn byte_trims_like_the_char_trims() {
        let spaces = [
            " ", "\t", "\u{a0}", "\u{2000}", "\u{2005}", "\u{200b}", "\u{202f}", "\u{205f}",
            "\u{3000}", "\u{feff}",
        ];
        // Characters next to the spaces in UTF-8 that are none: U+200C, U+2030, U+3001 (、), U+FEFE,
        // U+00A1, and the line breaks the blank trim also removes.
        let others = [
            "",
            "、",
            "，",
            "\u{200c}",
            "\u{2030}",
            "\u{feff}a",
            "\u{a1}",
            "\n",
            "\r",
            "8",
            "项目",
        ];
        for a in spaces.iter().chain(&others) {
            for b in spaces.iter().chain(&others) {
                for mid in ["", "、", "共 8 项", "\u{3000}"] {
                    let s = format!("{a}{b}{mid}{b}{a}");
                    let s = s.as_str();
                    assert_eq!(trim_spaces(s), s.trim_matches(is_space), "{s:?}");
                    assert_eq!(
                        trim_start_spaces(s),
                        s.trim_start_matches(is_space),
                        "{s:?}"
                    );
                    assert_eq!(trim_end_spaces(s), s.trim_end_matches(is_space), "{s:?}");
                    let blank = |c: char| is_space(c) || c == '\n' || c == '\r';
                    assert_eq!(trim_end_blank(s), s.trim_end_matches(blank), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn head_marks_like_rfind_char() {
        for s in [
            "",
            "交通信息、住房信息等信息",
            "教育、医疗等方面的人均支出",
            "公共服务共计",
            "a等b的c计",
            "建成“回家的路”绿道",
            "审计的等级",
            "\u{a0}等\u{1f600}的",
            "等的共",
        ] {
            let m = head_marks(s);
            assert_eq!(m.last_deng, rfind_char(s, '等'), "{s:?}");
            assert_eq!(m.last_de, rfind_char(s, '的'), "{s:?}");
            assert_eq!(m.gong_or_ji, s.contains(chars!['共', '计']), "{s:?}");
            assert_eq!(m.open_quote, s.contains('“'), "{s:?}");
            // A part of `s` is answered like a search of that part.
            for (i, _) in s.char_indices() {
                for (j, _) in s[i..].char_indices() {
                    let part = &s[i..i + j];
                    for (c, last) in [('等', m.last_deng), ('的', m.last_de)] {
                        assert_eq!(last_in(s, last, part, c), rfind_char(part, c), "{part:?}");
                    }
                }
            }
        }
        assert_eq!(head("教育、医疗等方面的人均支出"), "人均支出");
    }

    #[test]
    fn small_numerals_as_their_string() {
        // (The match of the native build and the search the WebAssembly module keeps agree.)
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(
                is_small_numeral(c),
                "一二三四五六七八九十两".contains(c),
                "{c}"
            );
        }
    }

    #[test]
    fn walk_left_like_the_searches_it_replaces() {
        let parts = [
            "开展",
            "进",
            "",
            "，",
            ",",
            "、",
            "。",
            "；",
            "：",
            "！",
            "？",
            ";",
            "|",
            "\t",
            "“",
            "”",
            "(",
            ")",
            "（",
            "）",
            "等",
            "的",
            "共",
            "计",
            "审计",
            "项目",
            "8",
            "８",
            "％",
            "向",
            "将",
            "把",
            "\u{1f600}",
            "\u{a0}",
            "…",
            "—",
        ];
        let mut texts = Vec::new();
        for a in parts {
            for b in parts {
                for c in ["", "等", "的", "，", "（", "”"] {
                    texts.push(format!("甲{a}乙{b}{c}丙"));
                    texts.push(format!("{c}{a}{b}"));
                }
            }
        }
        for s in &texts {
            let s = s.as_str();
            for list_comma in [true, false] {
                let want = boundary_by_depth(s, list_comma);
                assert_eq!(last_boundary_outside_quotes(s, list_comma), want, "{s:?}");
                let closer_after = s[want.unwrap_or(0)..].contains(chars!['”', ')', '）']);
                let Some(words) = walk_left(s, list_comma) else {
                    assert!(closer_after, "{s:?}");
                    continue;
                };
                assert!(!closer_after, "{s:?}");
                assert_eq!(words.boundary, want, "{s:?}");
                let at = want.map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
                let after = &s[at..];
                assert_eq!(words.bracket, has_bracket(after), "{s:?}");
                let marks = head_marks(after);
                assert_eq!(
                    words.marks.last_deng,
                    marks.last_deng.map(|i| at + i),
                    "{s:?}"
                );
                assert_eq!(words.marks.last_de, marks.last_de.map(|i| at + i), "{s:?}");
                assert_eq!(words.marks.gong_or_ji, marks.gong_or_ji, "{s:?}");
                assert_eq!(
                    words.kai_or_jin,
                    after.contains(chars!['开', '进']),
                    "{s:?}"
                );
                assert_eq!(
                    words.preposition,
                    after.contains(chars!['向', '将', '把']),
                    "{s:?}"
                );
                assert_eq!(words.digit, after.contains(is_digit), "{s:?}");
            }
        }
        // The boundary outside quotes and brackets, as the walk from the end finds it.
        assert_eq!(
            last_boundary_outside_quotes("甲，“双随机、一公开”抽查", true),
            Some(3)
        );
        assert_eq!(last_boundary_outside_quotes("甲，乙、丙", true), Some(9));
        assert_eq!(last_boundary_outside_quotes("甲，乙、丙", false), Some(3));
        assert_eq!(last_boundary_outside_quotes("“甲，乙”丙", true), None);
    }

    #[test]
    fn clause_ahead_like_the_decoding_scan() {
        let parts = [
            "",
            "，",
            ",",
            "、",
            "。",
            "；",
            ":",
            "！",
            "？",
            "|",
            "\t",
            "(",
            ")",
            "（",
            "）",
            "向",
            "将",
            "把",
            "方向",
            "7",
            "７",
            "单位",
            "\u{1f600}",
            "é",
            "“",
            "通过",
            "利",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let s = format!("{a}{b}{c}");
                    let ahead = clause_ahead(&s);
                    assert_eq!(ahead.stop, boundary_outside_brackets(&s), "{s:?}");
                    let words = &s[..ahead.stop];
                    assert_eq!(
                        ahead.preposition,
                        words.contains(chars!['向', '将', '把', '通', '借', '依', '利']),
                        "{s:?}"
                    );
                    assert_eq!(ahead.digit, words.contains(is_digit), "{s:?}");
                }
            }
        }
        let ahead = clause_ahead("个单位将资金，其余");
        assert_eq!(
            (ahead.stop, ahead.preposition, ahead.digit),
            (18, true, false)
        );
    }

    #[test]
    fn per_unit_phrases_cut_like_a_search_for_the_last_mei() {
        fn by_search(mut l: &str) -> &str {
            while let Some(i) = rfind_char(l, '每') {
                if !is_per_unit(&l[i..]) || !two_chars(&l[..i]) {
                    break;
                }
                l = &l[..i];
            }
            l
        }
        let parts = ["每", "人", "年", "吨", "a", "的", "\u{1f600}", "，", "标准"];
        let mut texts = Vec::new();
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        texts.push(format!("{a}{b}{c}{d}"));
                    }
                }
            }
        }
        for s in &texts {
            assert_eq!(without_per_unit(s), by_search(s), "{s:?}");
        }
        assert_eq!(without_per_unit("补助标准提高到每人每月"), "补助标准提高到");
    }

    #[test]
    fn narrow_keeps_a_borrowed_label_borrowed_and_cuts_an_owned_one_in_place() {
        let text = "开展专题宣讲";
        assert_eq!(range_in(text, &text[6..]), 6..18);
        assert_eq!(range_in(text, &text[3..9]), 3..9);
        assert_eq!(range_in(text, ""), 0..0);
        assert!(matches!(
            narrow(Cow::Borrowed(text), 6..18),
            Cow::Borrowed("专题宣讲")
        ));
        let owned = narrow(Cow::Owned(text.to_string()), 6..12);
        assert!(matches!(&owned, Cow::Owned(s) if s == "专题"));
    }

    #[test]
    fn footnote_marks_are_dropped_and_other_brackets_kept() {
        assert_eq!(without_footnotes("农村居民收入[3]"), "农村居民收入");
        assert_eq!(without_footnotes("全国粮食［12］产量"), "全国粮食产量");
        assert_eq!(
            without_footnotes("社会消费品零售总额"),
            "社会消费品零售总额"
        );
        assert_eq!(without_footnotes("价格（元）［a］"), "价格（元）［a］");
        assert_eq!(without_footnotes("指标[x]，"), "指标[x]，");
        assert!(matches!(without_footnotes("价格（元）"), Cow::Borrowed(_)));
    }

    #[test]
    fn inner_frame_needs_a_preposition_or_a_digit() {
        for s in [
            "3个街道将养老资金",
            "5家企业把环保资金",
            "各区向困难群众发放补助",
            "4个县2021年至2023年建设资金",
            "全区9月新增就业岗位",
            "全年查处违法案件",
            "面积将达到",
            "",
        ] {
            let preposition = s.contains(chars!['向', '将', '把']);
            let digit = s.contains(is_digit);
            assert_eq!(
                after_inner_frame(s, preposition, digit),
                after_inner_frame(s, true, true),
                "{s:?}"
            );
        }
        assert_eq!(
            after_inner_frame("3个街道将养老资金", true, false),
            "养老资金"
        );
        assert_eq!(
            after_inner_frame("4个县2021年至2023年建设资金", false, true),
            "建设资金"
        );
        assert_eq!(
            after_inner_frame("全年查处违法案件", false, false),
            "全年查处违法案件"
        );
    }

    #[test]
    fn right_stop_like_a_search_per_word() {
        // The walk looks at three-byte characters only.
        assert!(RIGHT_STOPS
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.len_utf8() == 3)));
        let parts = [
            "", "进行", "开展", "实施", "进", "行", "开", "展", "实", "检查", "a", "，",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let r = format!("{a}{b}{c}");
                    let mut want = r.as_str();
                    for w in RIGHT_STOPS {
                        if let Some(i) = want.find(w) {
                            // (Not a verb whose first character closes a word with the one
                            // before it: `展开展`, see `splits_a_word`.)
                            if i > 0
                                && !super::super::lexicon::splits_a_word(&want[..i], &want[i..])
                            {
                                want = &want[..i];
                            }
                        }
                    }
                    let got = right_stop(&r).map_or(r.as_str(), |i| &r[..i]);
                    assert_eq!(got, want, "{r:?}");
                }
            }
        }
    }

    #[test]
    fn carrying_out_and_per_unit() {
        assert_eq!(
            object_of_carrying_out("围绕“安全月”开展专题宣讲"),
            Some("专题宣讲")
        );
        assert_eq!(object_of_carrying_out("开展专题宣讲"), None);
        assert_eq!(
            object_of_carrying_out("对企业进行安全检查"),
            Some("安全检查")
        );
        assert_eq!(
            object_of_carrying_out("\u{1f600}a开展宣讲进行检查"),
            Some("检查")
        );
        assert_eq!(object_of_carrying_out("全市开展工作调研"), None);
        assert_eq!(object_of_carrying_out("开进行"), None);
        assert_eq!(without_per_unit("低保标准提高到每人每年"), "低保标准提高到");
        assert_eq!(without_per_unit("每月每人次"), "每月");
    }

    #[test]
    fn words_found_like_str_find() {
        for (hay, w) in [
            ("开展检查进行整改", "进行"),
            ("公共服务共计", "共计"),
            ("无", "开展"),
        ] {
            assert_eq!(find_word(hay, w), hay.find(w));
        }
    }
}
