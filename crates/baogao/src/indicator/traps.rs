//! Numbers that read as quantities but are not measurements of the report's subject, decided
//! from the words around them: numbered slogans and set phrases of political language (a closed
//! class, so a curated list), and four open patterns — time qualifiers (`连续6年`, `近20年来`,
//! `3年前`), rankings (`倒26名`, `提高3个位次`), ordinals of sessions and phases (`二次会议`,
//! `二期工程`, `新一轮`) and counts of the document's own parts (`分为六个部分`, `从五个方面报告`).
//!
//! ```
//! let found = baogao::indicators("连续6年获评先进，落实八项规定精神，全年新增企业120家。");
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].text, "120家");
//! ```

use super::quantity::Quantity;
use super::unit::{is_time, unit_is, UnitKey};

/// Numbered slogans and set phrases: the numeral with the words that make it a name, not a count.
/// Matched at the start of the quantity. Political language coins these on a few patterns
/// (N项规定, N个意识, 两个维护 …); the list holds the ones in common use.
const SET_PHRASES: &[&str] = &[
    "八项规定",
    "两个毫不动摇",
    "两个维护",
    "两个确立",
    "两个大局",
    "两个市场",
    "两种资源",
    "两个一百年",
    "两个结合",
    "四个意识",
    "四个自信",
    "四个全面",
    "四个最严",
    "三项制度",
    "三个代表",
    "三个务必",
    "三大攻坚战",
    "三次产业",
    "两条腿",
    "两位数",
    "两项补贴",
    "一个新台阶",
    "一张蓝图",
    "一盘棋",
    "一条心",
    "一件事",
    "一个窗口",
    "一次办",
    "一站式",
    "一类",
    "两个责任",
    "五位一体",
    "两新",
    "两重",
    "二次创业",
    "两轮驱动",
    "一处想",
    "一处使",
    "一个脚印",
    "两个文明",
    "两轮齐转",
    "两条线",
    "三条控制线",
    "三个区分开来",
];

/// Words before a 一 + measure word that make it an article, not a count of one: an attributive
/// 的, a demonstrative, a copula, a verb of a path taken or a record handed in.
const ARTICLE_BEFORE: &[&str] = &[
    "的",
    "这样",
    "那样",
    "这么",
    "这",
    "那",
    "为",
    "是",
    "处在",
    "处于",
    "走出",
    "闯出",
    "探索出",
    "蹚出",
    "交出",
    "又",
];

/// Abstract nouns that a numbered slogan counts (`三个目标`, `四个意识`, `两个责任`): a count of
/// things a report measures takes a concrete noun instead.
const ABSTRACT: &[&str] = &[
    "目标",
    "意识",
    "自信",
    "维护",
    "确立",
    "务必",
    "代表",
    "全面",
    "坚持",
    "必须",
    "原则",
    "理念",
    "导向",
    "大局",
    "结合",
    "毫不动摇",
    "责任",
    "一百年",
    "转变",
    "走在前列",
    "着力",
    "根本",
    "抓手",
    "重点",
    "环节",
    "关键词",
    "一体化",
    "统一",
    "层次",
    "底线",
    "红线",
    "大文章",
];

/// Whether the words that open `after` (up to eight ideographs, then no ideograph) end with 仗 or
/// 战, a battle: `翻身仗。`, `疫情防控遭遇战，`.
fn ends_in_battle(after: &str) -> bool {
    let mut last = None;
    for (n, c) in after.chars().enumerate() {
        if !crate::text::is_cjk(c) {
            break;
        }
        if n == 8 {
            return false;
        }
        last = Some(c);
    }
    matches!(last, Some('仗' | '战'))
}

/// Words after a quantity with a unit of time that make it a qualifier of time, not a duration
/// that is measured: `50年来`, `3年前`, `近20年以来`.
const TIME_AFTER: &[&str] = &[
    "以来", "来", "前", "之前", "后", "之后", "之内", "里", "不遇", "一遇",
];

/// Nouns after a span of time that make it the frame of an effort, not a measured duration:
/// `通过3年努力`, `用5年左右的时间`, `经过十年奋斗`, `40年改革开放积累的基础`.
const TIME_FRAME_NOUNS: &[&str] = &["努力", "时间", "奋斗", "拼搏", "苦干", "改革开放"];

/// Words after a span of time that make it a frame of what follows, not a measured duration
/// (`FINE`): a doubling in that time (`3年翻一番`, `五年倍增`), a span without something (`打破9年
/// 无企业上市局面`), an anniversary's events (`实施20年系列活动`, `建党100年之际`).
const SPAN_FRAMES: &[&str] = &["翻", "倍增", "无", "系列", "纪念", "庆祝", "之际"];

/// Words before a quantity with a unit of time that make it a qualifier: `连续6年`, `近 2 年`,
/// `过去5年`.
const TIME_BEFORE: &[&str] = &[
    "连续",
    "近",
    "过去",
    "这",
    "那",
    "此前",
    "前",
    "时隔",
    "历时",
    "经过",
    "本世纪头",
    "未来",
    "今后",
];

/// Verbs before a count of ranking places (`比上年前移6位`, `提升3个位次` is handled apart).
const RANK_MOVES: &[&str] = &[
    "前移", "后移", "前进", "后退", "上升", "提升", "跃升", "晋升", "上移", "下移", "前",
];

/// Units that measure an attribute of a thing (its size, its value, its age), so that `N unit
/// 以上 + noun` names a class of things by a threshold.
const CLASS_UNITS: &[&str] = &[
    "亩",
    "平方米",
    "平米",
    "平方公里",
    "公顷",
    "吨",
    "千瓦",
    // 海拔5000米以上乡镇.
    "米",
    "人",
    "岁",
    "周岁",
    "户",
];

/// Financial (大写) numerals: written in amounts of money, so outside money they are word
/// characters (`队伍`, `陆续`, `收拾`), not numbers.
const FINANCIAL_NUMERALS: &[char] = &[
    '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟',
];

/// The labels of a web page's counters of views and clicks.
const PAGE_COUNTERS: &[&str] = &[
    "浏览次数",
    "阅读次数",
    "点击次数",
    "访问次数",
    "浏览量",
    "阅读量",
    "点击量",
    "点击数",
];

/// What follows a count of parts when the parts are the document's own: `六个部分组成`,
/// `从五个方面报告`, `分为三个部分：`.
const STRUCTURE_AFTER: &[&str] = &[
    "组成", "构成", "报告", "汇报", "介绍", "说明", "。", "：", ":",
];

/// Whether the `%` just before `after` escapes a byte of a web address (`…%E5%B8%82%E5…`, a
/// percent-encoded URL): two hexadecimal digits follow it, one of them a letter A–F, which no
/// percentage is followed by.
///
/// ```text
/// is_percent_encoded("E5%B8") == true;  is_percent_encoded("以上") == false;  is_percent_encoded("12") == false
/// ```
fn is_percent_encoded(after: &str) -> bool {
    match after.as_bytes() {
        [a, b, ..] => {
            a.is_ascii_hexdigit()
                && b.is_ascii_hexdigit()
                && (a.is_ascii_alphabetic() || b.is_ascii_alphabetic())
        }
        _ => false,
    }
}

/// Whether the quantity `q` read at `start..end` of `text` is one of the non-indicators above.
/// `region_start` bounds the look back.
pub(crate) fn is_trap(
    text: &str,
    region_start: usize,
    start: usize,
    end: usize,
    q: &Quantity,
) -> bool {
    let after = &text[end..];
    let before = super::label::trim_end_spaces(&text[region_start..start]);
    let unit = q.unit.unwrap_or("");
    // The unit as one integer, for the many comparisons below; the last character before the
    // figure, for the many tests of it (each `ends_with` of a character decodes it again).
    let k = UnitKey::of(unit);
    let last = before.chars().next_back();
    // An ordinal whose 第 stands apart, even on an earlier line (`您是第\n 74367782 位访客`, page
    // chrome): looked for in the 32 bytes before. (Right after a character that is no space and
    // no line break, the search trims nothing back to it: that character alone decides.)
    let follows_word =
        before.len() == start - region_start && !matches!(last, None | Some('\n' | '\r'));
    let ordinal = if follows_word {
        last == Some('第')
    } else {
        ordinal_mark_apart(text, start)
    };
    if ordinal {
        return true;
    }
    // 红十字, 把“民生”二字放在心上: characters counted in words name a sign or a quoted word;
    // a text's length is written in digits (`约42万字`).
    if super::FINE && q.chinese && unit == "字" {
        return true;
    }
    // A fraction with a slash (`1/3`) is a share only after a word that introduces one
    // (`占全国的1/3`, `约1/3`, `超过2/3`), after the whole it is a share of (`占全国1/3`, `稳定在
    // 全省1/10`) or before a bound (`1/10以上`); elsewhere `1/5` may be a day or a page.
    if super::FINE
        && q.fraction
        && text.as_bytes()[start + 1] == b'/'
        && !matches!(
            last,
            Some('的' | '占' | '约' | '近' | '超' | '逾' | '达' | '为' | '是' | '仅' | '足' | '过')
        )
        && !before
            .strip_suffix(crate::text::is_cjk)
            .is_some_and(|b| b.ends_with('全'))
        && !["以上", "以下", "左右"]
            .iter()
            .any(|w| after.starts_with(w))
    {
        return true;
    }
    if q.chinese && !super::unit::is_money(unit) && is_word_financial(&text[start..end]) {
        return true;
    }
    if !q.chinese && is_code_scale_or_factor(&text[start..end], before, last, after, q) {
        return true;
    }
    if unit_is!(k, "日") && !q.chinese && is_run_together_date(&text[start..end]) {
        return true;
    }
    if super::FINE && unit_is!(k, "%") && is_percent_encoded(after) {
        return true;
    }
    if super::FINE && is_anaphoric_count(before, &text[start..end], after, unit) {
        return true;
    }
    if super::FINE && is_time_rank_or_number(before, last, &text[start..end], after, q, k) {
        return true;
    }
    if super::FINE && unit_is!(k, "%") && names_a_catalogue(after) {
        return true;
    }
    // 约2公里处, 东侧500米处: a distance followed by 处 names a place at that distance (where
    // something stands), not a quantity of the report's subject.
    if super::FINE && unit_is!(k, "公里" | "千米" | "米") && after.starts_with('处') {
        return true;
    }
    if super::FINE && q.chinese && unit_is!(k, "本") && is_admission_tier(&text[start..end], after)
    {
        return true;
    }
    if q.chinese
        && SET_PHRASES
            .iter()
            .any(|p| super::starts_with_word(&text[start..], p))
    {
        return true;
    }
    // 跨上万亿元台阶: 上 completes a verb of climbing (跨上, 迈上, 登上), it is no vague 上万.
    if q.vague
        && text[start..].starts_with('上')
        && ["跨", "迈", "登", "踏", "攀", "冲"]
            .iter()
            .any(|w| super::ends_with_word(before, w))
    {
        return true;
    }
    // A lone 亿/万 counts after a bound word (超亿元, 破万人, 过千万).
    if q.chinese && !q.vague {
        let bounded = ["超", "过", "破", "逾", "近", "上", "达"]
            .iter()
            .any(|w| super::ends_with_word(before, w));
        if is_word_numeral(&text[start..end], unit, after, bounded) {
            return true;
        }
    }
    // Time qualifiers: a span of time that dates or frames the statement.
    if is_time(unit) || unit_is!(k, "个月") || after_unit_is_month(k, after) {
        let after_month = ["月", "多月", "余月"]
            .iter()
            .find_map(|m| after.strip_prefix(m))
            .unwrap_or(after);
        let after_t = after_month.trim_start_matches(crate::text::is_space);
        if TIME_AFTER
            .iter()
            .any(|w| super::starts_with_word(after_t, w))
            || TIME_BEFORE.iter().any(|w| super::ends_with_word(before, w))
        {
            return true;
        }
        let after_de = after_t.strip_prefix('的').unwrap_or(after_t);
        if TIME_FRAME_NOUNS
            .iter()
            .any(|w| super::starts_with_word(after_de, w))
        {
            return true;
        }
        // `5年过渡期`, `3年建设期`, `10年期`: the span is the length of the period the noun
        // names, a term, not a duration that was measured.
        if super::FINE
            && (SPAN_FRAMES
                .iter()
                .any(|w| super::starts_with_word(after_t, w))
                || after_t
                    .chars()
                    .take(3)
                    .take_while(|&c| crate::text::is_cjk(c))
                    .any(|c| c == '期'))
        {
            return true;
        }
        // Round the clock: `24小时值守`, `24小时服务热线` (a manner of service; a change of 24
        // hours ends its clause or goes on to a figure).
        if unit_is!(k, "小时")
            && q.value == crate::decimal::Decimal::from(24)
            && after_t.starts_with(|c: char| crate::text::is_cjk(c) && !"内前后左以的".contains(c))
        {
            return true;
        }
        // A service radius named by its travel time: `15分钟生活圈`, `1小时交通圈`.
        if unit_is!(k, "分钟" | "小时")
            && after_t
                .chars()
                .take(6)
                .take_while(|&c| !crate::text::is_clause_punct(c))
                .any(|c| c == '圈')
        {
            return true;
        }
        // `3年缩减20%`, `五年增长1倍`: a span of time before the change it frames (an amount
        // follows the verb; `由42分钟缩至19分钟` is a duration that changes).
        // The verbs' first characters compared on their last byte first (`starts_with_word`):
        // most spans of time are followed by none of the thirty verbs.
        if super::UP.iter().chain(super::DOWN).any(|w| {
            super::starts_with_word(after_t, w) && {
                let r = &after_t[w.len()..];
                r.trim_start_matches(|c: char| c == '了' || crate::text::is_space(c))
                    .starts_with(|c: char| {
                        crate::text::is_digit(c) || crate::number::is_chinese_numeral_char(c)
                    })
            }
        }) {
            return true;
        }
        // `4年10次获…`: a span of years before the count it frames.
        if unit_is!(k, "年")
            && q.multiplier.is_none()
            && after_t.starts_with(|c: char| {
                crate::text::is_digit(c) || crate::number::is_chinese_numeral_char(c)
            })
        {
            return true;
        }
    }
    // Rankings: 倒26名, 前3位, 提高3个位次, 第5名 (第 is handled with ordinals); a rank's
    // from–to (`排名由369位上升到235位`: the ranking words before 由, the move before 到).
    if unit_is!(k, "名" | "位") {
        let lead = before
            .strip_suffix(chars!['由', '从', '到', '至'])
            .unwrap_or(before);
        if before.ends_with('倒')
            || ["排名", "位次", "排位", "名次"]
                .iter()
                .any(|w| lead.ends_with(w))
            || RANK_MOVES.iter().any(|w| super::ends_with_word(lead, w))
        {
            return true;
        }
    }
    // The list's own items counted before its total: `…45份，两项合计165份`.
    if super::FINE
        && q.chinese
        && unit_is!(k, "项")
        && before
            .trim_end_matches(crate::text::is_space)
            .ends_with(chars!['，', ','])
        && super::TOTAL_WORDS.iter().any(|w| after.starts_with(w))
    {
        return true;
    }
    // The document's own parts announced before they are listed: `做好以下10个方面工作：`,
    // `提出如下3点意见`.
    if unit_is!(k, "个" | "项" | "点" | "条" | "方面")
        && ["以下", "如下", "下列", "下面"]
            .iter()
            .any(|w| before.ends_with(w))
    {
        return true;
    }
    // A measure word that makes a word with what follows: 一部分, 三轮车, 三位一体, 一条龙服务 and
    // 六条龙型经济 (条龙: a chain of linked industries).
    if (unit_is!(k, "条") && after.starts_with('龙'))
        || (unit_is!(k, "部") && after.starts_with('分'))
        || (unit_is!(k, "轮") && after.starts_with('车'))
        // 三轮汽车, 两轮摩托车: the wheels of a kind of vehicle.
        || (super::FINE
            && unit_is!(k, "轮")
            && ["汽车", "摩托", "电动", "货车", "农用"].iter().any(|w| after.starts_with(w)))
        || (unit_is!(k, "位") && after.starts_with("一体"))
    {
        return true;
    }
    // 元 as "element" after one numeral in words, making a word with the noun that follows
    // (`二元结构`, `城乡二元经济`, `三元催化`): an amount of money in words goes on with no noun
    // (`每人补助五元`, `五元钱`, `十元以上`).
    if q.chinese && unit_is!(k, "元") && is_element_word(&text[start..end], after) {
        return true;
    }
    // A grade of water quality, not a count of classes: `水质达到三类以上`, `好于四类`.
    if unit_is!(k, "类") {
        let near: String = before
            .chars()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if ["好于", "优于", "劣于"]
            .iter()
            .any(|w| super::ends_with_word(before, w))
            || near.contains("水质")
        {
            return true;
        }
        // A grade and the grades above or below it: `地表水三类及以上断面`.
        if after.starts_with("及以上") || after.starts_with("及以下") {
            return true;
        }
        // A zone named by its class (`2类区`, `1类声环境功能区`, `3类功能区`): the name of a zone
        // of the noise standard, not a count of kinds (`梳理出34类事项`).
        if super::FINE
            && ["区", "功能区", "声环境功能区"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            return true;
        }
    }
    // An averaging period inside the name of a statistic (`日最大8小时滑动平均值`, `24小时平均
    // 浓度`): part of the name, not a duration.
    if super::FINE
        && unit_is!(k, "小时")
        && ["平均", "滑动平均"].iter().any(|w| after.starts_with(w))
    {
        return true;
    }
    // A category named by its count in words: `八类严重暴力犯罪`, `三类内部事务信息`, `分为…两大类`
    // (a count of kinds in figures is one: `梳理出34类事项`).
    if q.chinese && unit_is!(k, "类" | "大类") {
        return true;
    }
    // (Both end with 次, compared first: most words after a figure do not have it second.)
    if after.as_bytes().get(3..6) == Some("次".as_bytes())
        && (after.starts_with("位次") || after.starts_with("名次"))
    {
        return true;
    }
    // A threshold naming a class of what follows: `500万元以上企业750家`, `5000亩以上园区`,
    // `3岁以下婴幼儿` (the count of the class, if any, comes after). A measure word that counts
    // the noun after it (`30个以上产业园`) and a share (`80%以上的村`) stay quantities.
    // (500万以上民宿投资项目: a bare multiplier is an amount of money here as well.)
    let bare_amount = q.unit.is_none() && q.multiplier.is_some() && !q.chinese;
    if bounded_after(q)
        && (super::unit::is_money(unit) || CLASS_UNITS.contains(&unit) || bare_amount)
        && after.starts_with(|c: char| crate::text::is_cjk(c) && !"的和或及与为是等".contains(c))
    {
        return true;
    }
    // A threshold written with 过 before it, naming its class at once: `签约过亿元项目101个`,
    // `过10亿元项目`, `过千万元企业` (not the 过 of 通过, 经过, 超过 …: `通过5000万元资金`).
    if super::FINE
        && crosses_threshold(before)
        && (super::unit::is_money(unit) || bare_amount)
        && after.starts_with(|c: char| crate::text::is_cjk(c) && !"的和或及与为是等".contains(c))
    {
        return true;
    }
    // The same threshold written 及以上 (the grammar reads no bound in it), or joined to its class
    // by 的: `年主营业务收入2000万元及以上的工业企业`, `计划总投资500万元以上的项目` (a scope of
    // statistics or of a rule, not a reported amount).
    // (The words after first: most figures are followed by no 及以上 and no 以上的, and the unit
    // is then not looked up.)
    if is_class_threshold(q, after) && (super::unit::is_money(unit) || CLASS_UNITS.contains(&unit))
    {
        return true;
    }
    // The sampling fraction that names a survey (READING8 #2): `据全省5‰人口变动抽样调查推算`,
    // `1%人口抽样调查` (what the survey found is counted, not its fraction).
    if super::FINE && unit_is!(k, "‰" | "%") && names_a_sample_survey(after) {
        return true;
    }
    // An age bracket naming a class of people (READING8 #1): `0-17岁人口`, `15-64岁的人口`, and
    // the brackets of a list before its shared noun (`0-17岁、18-34岁户籍人口分别为…`). An age
    // that is measured ends its clause or takes a verb (`平均年龄38-42岁。`, `35-45岁左右`).
    if super::FINE && q.high.is_some() && unit_is!(k, "岁" | "周岁") && is_age_bracket(after) {
        return true;
    }
    // The age band a group is defined by, in brackets after its name: `育龄妇女（15—49岁）人口`,
    // `劳动年龄人口（16—59岁）为…` (the bracket holds the band alone).
    if super::FINE
        && unit_is!(k, "岁" | "周岁")
        && before
            .strip_suffix(chars!['（', '('])
            .is_some_and(|b| b.ends_with(crate::text::is_cjk))
        && after
            .trim_start_matches("及以上")
            .trim_start_matches("以上")
            .trim_start_matches("以下")
            .starts_with(chars!['）', ')'])
    {
        return true;
    }
    // A population threshold naming a class of places: `10万人口以上城市` (人 + 口 is 人口).
    if unit_is!(k, "人") && (after.starts_with("口以上") || after.starts_with("口以下")) {
        return true;
    }
    // A page's view counter (`添加时间 … 浏览次数 4034 次`): page chrome, on a line that dates
    // the page (a count of visits in the text, `网站访问量1631万次`, has no such line).
    if matches!(last, Some('数' | '量'))
        && PAGE_COUNTERS
            .iter()
            .any(|w| super::ends_with_word(before, w))
    {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..start];
        if line.contains("时间") || line.contains("日期") {
            return true;
        }
    }
    // A scale tier: `2000亿级产业集群`, `50亿元级`, `百万千瓦级` (a class, not an amount).
    if after.starts_with('级') {
        return true;
    }
    // A voltage class naming equipment: `500千伏变电站`, `35千伏线路`.
    if unit_is!(k, "千伏") && after.starts_with(crate::text::is_cjk) {
        return true;
    }
    // A house or room number in a postal address (`地址：某路3号机关大楼1号楼408，邮编…`).
    // (A number of a house, a building, a floor or a room, or a bare one: most figures have
    // another unit, and the search is not made for them.)
    if super::FINE
        && unit_is!(k, "" | "号" | "室" | "楼" | "栋" | "幢" | "层" | "座")
        && in_address(before)
    {
        return true;
    }
    // A floor in an address (`3号楼14层`, `大厦 6 层`), not a count of storeys.
    if unit_is!(k, "层") && before.ends_with(chars!['楼', '座', '栋', '幢', '号', '厦']) {
        return true;
    }
    // Pairs of relations to balance (`处理好5对关系`, `3 对“必须统筹好”的关系`): a device of the
    // discourse, like its aspects.
    if unit_is!(k, "对")
        && (after.starts_with(chars!['“', '"', '‘', '「'])
            || after
                .split(crate::text::is_clause_punct)
                .next()
                .is_some_and(|p| p.contains("关系")))
    {
        return true;
    }
    // The document's own parts in Arabic digits (`本报告共分6个部分`, `由5个部分组成`): said of
    // the report, after 分/分为 or before 组成/构成 or the sentence's end.
    if !q.chinese && unit_is!(k, "个") {
        if let Some(rest) = after.strip_prefix("部分") {
            let rest = rest.trim_start_matches(crate::text::is_space);
            if before.ends_with('分')
                || before.ends_with("分为")
                || ["组成", "构成", "。", "：", ":"]
                    .iter()
                    .any(|w| super::starts_with_word(rest, w))
            {
                return true;
            }
        }
    }
    // 性别比为101.2（以女性为100）, 价格指数（以上年为100）: the base an index or a ratio is
    // stated against, in brackets after it.
    // (The bracket may open the region: looked for in the 16 characters before. A gloss may
    // follow the base inside the bracket: `（以女性为100，男性对女性的比例）`.)
    if super::FINE && last == Some('为') && after.starts_with(chars![')', '）', '，', ',', '；'])
    {
        let open = text[..start]
            .char_indices()
            .rev()
            .take(16)
            .find(|&(_, c)| matches!(c, '(' | '（' | ')' | '）' | '，' | ','));
        // (Or a gloss before the base: `（男性对女性的比例，以女性为100）`.)
        if let Some((i, '(' | '（' | '，' | ',')) = open {
            if text[i..].chars().nth(1) == Some('以') {
                return true;
            }
        }
    }
    // A unit denominator: 每50公斤, 每100元 (the amount per unit comes after it).
    if last == Some('每') {
        return true;
    }
    if q.chinese {
        // Numbered slogans: N个/N条 + an abstract noun (三个目标, 两个责任, 两条底线), or + a quoted
        // name (两个“翻一番”, 五个“之变”, 突出一个“实”字).
        if unit_is!(k, "个" | "条" | "种" | "篇")
            && ABSTRACT.iter().any(|w| super::starts_with_word(after, w))
        {
            return true;
        }
        // N个 + a predicate is a numbered rule, not a count of things: 四个不直接分管, 两个坚决
        // 维护, 五个必须 (a count's 个 is followed by the noun it counts: 两个不同类型的园区,
        // 三个要素).
        if unit_is!(k, "个")
            && ["不", "坚决", "必须", "坚持", "一定", "要"]
                .iter()
                .any(|w| after.starts_with(w))
            && !["不同", "要素", "要点"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            return true;
        }
        if after.starts_with(chars!['“', '"', '‘', '「']) {
            return true;
        }
        // 跨越1万亿、2万亿两个大台阶: the milestones the figures before passed, counted again;
        // no count of things. (Alone, `跨越三个百亿元台阶` counts the steps.)
        if super::FINE
            && unit_is!(k, "个")
            && before.ends_with(|c: char| {
                c.is_ascii_digit() || matches!(c, '十' | '百' | '千' | '万' | '亿' | '元')
            })
            && {
                let mark =
                    after.trim_start_matches(chars!['十', '百', '千', '万', '亿', '元', '级']);
                let mark = mark.strip_prefix('新').unwrap_or(mark);
                ["台阶", "大台阶", "大关", "关口"]
                    .iter()
                    .any(|w| mark.starts_with(w))
            }
        {
            return true;
        }
        // Campaigns counted as battles: 四场硬仗, 三大攻坚战, 一场翻身仗, 两场遭遇战 (words of up
        // to eight characters that end in 仗 or 战 at a punctuation mark; not 两场战略合作洽谈).
        if unit_is!(k, "场")
            && (["硬仗", "攻坚", "战役"]
                .iter()
                .any(|w| super::starts_with_word(after, w))
                || (super::FINE && ends_in_battle(after)))
        {
            return true;
        }
        // Sessions and phases: 二次会议, 三次全会, 十次党代会, 二期工程, 新一轮. Not a count of
        // meetings held (召开三次会议) nor one with 两, never an ordinal (两次全会): finer
        // readings, not in the small WebAssembly build (see `FINE`).
        let sessions: &[&str] = if super::FINE {
            &[
                "会议",
                "全会",
                "全体会议",
                "常委会",
                "党代会",
                "人代会",
                "代表大会",
            ]
        } else {
            &["会议", "全会", "全体会议", "常委会"]
        };
        if unit_is!(k, "次")
            && sessions.iter().any(|w| super::starts_with_word(after, w))
            && !(super::FINE
                && (text[start..end].starts_with('两')
                    || [
                        "召开", "举行", "举办", "组织", "参加", "出席", "列席", "主持",
                    ]
                    .iter()
                    .any(|w| before.ends_with(w))))
        {
            return true;
        }
        if unit_is!(k, "期") && is_phase(before, after) {
            return true;
        }
        if matches!(last, Some('新' | '届')) {
            return true;
        }
        // 做好六个方面工作, 在三个方面取得进展: aspects of the discourse, like N方面 below.
        if unit_is!(k, "个") && after.starts_with("方面") {
            return true;
        }
        // The document's own parts: 分为六个部分, 从五个方面报告, 等七个部分组成.
        if unit_is!(k, "个") {
            if let Some(rest) = after
                .strip_prefix("部分")
                .or_else(|| after.strip_prefix("方面"))
            {
                let rest = rest.trim_start_matches(crate::text::is_space);
                if STRUCTURE_AFTER
                    .iter()
                    .any(|w| super::starts_with_word(rest, w))
                    || before.ends_with("分为")
                    || before.ends_with('从')
                {
                    return true;
                }
            }
        }
        // 本报告包括…等六项内容。: the report's contents, counted where it names itself.
        if super::FINE
            && (unit_is!(k, "项") || unit_is!(k, "个"))
            && before.contains("报告")
            && after.strip_prefix("内容").is_some_and(|rest| {
                STRUCTURE_AFTER
                    .iter()
                    .any(|w| super::starts_with_word(rest, w))
            })
        {
            return true;
        }
        // 一方面…另一方面, 从三方面入手: a discourse device (Arabic `6 方面` in audit prose is a count).
        if unit_is!(k, "方面") {
            return true;
        }
        // An article before an evaluative noun phrase: 一项重要工作, 一个新阶段.
        if q.is_one()
            && [
                "重要", "新", "全新", "崭新", "良好", "坚实", "有力", "关键", "更",
            ]
            .iter()
            .any(|w| super::starts_with_word(after, w))
        {
            return true;
        }
        // More articles: 一种 (a kind of: 营造一种氛围), 一 after an attributive 的 (最好的一次推介),
        // a demonstrative (这样一个速度), a copula (成为一座…之城, 正处在一个…时期), a path or a
        // record handed in (走出一条新路, 交出一份答卷); the distributive 一栋栋, 一件件; and
        // the paired slogans 一县一品, 一企一策.
        if q.is_one()
            && (unit_is!(k, "种")
                || ARTICLE_BEFORE
                    .iter()
                    .any(|w| super::ends_with_word(before, w))
                || (!unit.is_empty() && after.starts_with(unit))
                || after.starts_with('一'))
        {
            return true;
        }
        if q.is_one() && !unit.is_empty() {
            // The words up to the clause's punctuation, at most six characters, and back to it:
            // slices of the text (no string is built).
            let near_len: usize = after
                .chars()
                .take(6)
                .take_while(|&c| !crate::text::is_clause_punct(c))
                .map(char::len_utf8)
                .sum();
            let near = &after[..near_len];
            let back_len: usize = before
                .chars()
                .rev()
                .take(6)
                .take_while(|&c| !crate::text::is_clause_punct(c))
                .map(char::len_utf8)
                .sum();
            let back = &before[before.len() - back_len..];
            // 上了一个大台阶, 一步一个台阶: a step up, an idiom; 一个人都不能掉队: not a single one;
            // 一项一项抓, 一个领域一个领域, 干一件成一件: one by one.
            // (The five words start with 台, 都 or 也: most windows hold none, and one walk over
            // their six characters answers before five substring searches are built.)
            if (near.contains(chars!['台', '都', '也'])
                && (near.contains("台阶")
                    || ["都不", "也不", "都没", "也没"]
                        .iter()
                        .any(|w| near.contains(w))))
                || holds_one_then(back, unit)
                || holds_one_then(near, unit)
            {
                return true;
            }
            // 修一条路、造一片景、富一方百姓: a slogan of parallel short items, each a verb, 一,
            // a measure and a noun; the item after this one, across 、 or ，, opens the same way,
            // or the one before when this one is a verb and its object alone. (A finer reading: not in the small WebAssembly build, see `FINE`.)
            if super::FINE && !back.is_empty() && near.chars().count() <= 4 {
                let opens_yi = |item: &str| {
                    let mut cs = item.chars();
                    cs.next().is_some_and(crate::text::is_cjk) && cs.next() == Some('一')
                };
                let rest = &after[near_len..];
                let next = rest.strip_prefix(chars!['、', '，']).is_some_and(opens_yi);
                let prev = (back.chars().count() == 1)
                    .then(|| before[..before.len() - back_len].strip_suffix(chars!['、', '，']))
                    .flatten()
                    .and_then(|b| b.rsplit(chars!['、', '，', '。', '；']).next())
                    .is_some_and(|item| item.chars().count() <= 6 && opens_yi(item));
                if next || prev {
                    return true;
                }
            }
        }
        // 二 (not 两) before a measure word of events is an ordinal: 二轮延包, 二次改制, 二批.
        if unit_is!(k, "次" | "轮" | "批" | "期" | "届" | "类")
            && text[start..end].split(unit).next() == Some("二")
        {
            return true;
        }
        // Sector names: 三次产业, 一二三次产业.
        if unit_is!(k, "次") && after.starts_with("产业") {
            return true;
        }
        if is_agenda_count(unit, after)
            || is_paired_numeral(before, &text[start..end])
            || is_group_name(unit, before)
        {
            return true;
        }
        if q.is_one() && !unit.is_empty() && is_article(text, region_start, start, end, unit) {
            return true;
        }
    }
    false
}

/// Whether 第 ends the 32 bytes of `text` before `start`, spaces and line breaks trimmed: an
/// ordinal whose 第 stands apart from its number (`您是第\n 74367782 位访客`).
fn ordinal_mark_apart(text: &str, start: usize) -> bool {
    let mut lo = start.saturating_sub(32);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    text[lo..start]
        .trim_end_matches(|c: char| crate::text::is_space(c) || matches!(c, '\n' | '\r'))
        .ends_with('第')
}

/// How many characters after a percent [`names_a_catalogue`] reads for the catalogue's noun.
const CATALOGUE_REACH: usize = 12;

/// A percent that names a catalogue it opens (`扩大15%企业所得税优惠目录范围`, `15%税率目录`): a
/// tax rate as the name of a list of industries, no measured share. The percent runs on into the
/// name with no 的 or bound between, and 目录 ends the name within its clause.
fn names_a_catalogue(after: &str) -> bool {
    if !after.starts_with(|c: char| crate::text::is_cjk(c) && !"的以左上下和与及或为是".contains(c))
    {
        return false;
    }
    // (目录 found in the one walk over the name's characters: no substring search is built.)
    let mut prev = ' ';
    after
        .chars()
        .take(CATALOGUE_REACH)
        .take_while(|&c| crate::text::is_cjk(c))
        .any(|c| {
            let found = prev == '目' && c == '录';
            prev = c;
            found
        })
}

/// Demonstratives that point back at things the text has named (`此2个频道`, `上述3个项目`,
/// `这两项改革`): a count after one restates them, it counts nothing new.
const DEMONSTRATIVES: &[&str] = &["上述", "前述", "以上", "此", "这", "该"];

/// Words that end with a demonstrative's character and point back at nothing (`因此3个`,
/// `应该`).
const NOT_DEMONSTRATIVES: &[&str] = &[
    "因此", "为此", "对此", "据此", "由此", "如此", "至此", "从此", "彼此", "自此", "在此", "借此",
    "应该",
];

/// An anaphoric count (READING4 #15): a count of discrete things that restates what the text has
/// just counted or listed, not a new quantity. After a demonstrative, the same figure stated
/// earlier in the paragraph (`有两类2个频道，点击此2个频道`, `引进项目3个…上述3个项目`; 以上 only
/// opening a clause, since after a figure it is a bound: `60岁以上3人`); a total that no figure
/// before states is new (`318个…2个…上述320个项目`). Or a count of indicators opening its clause,
/// the figures before it taken together by 均/都 (`…增长9%，两项指标增速均居全省第一`; not
/// `考核的4个指标均已完成`, which names a set of its own).
fn is_anaphoric_count(before: &str, figure: &str, after: &str, unit: &str) -> bool {
    // Most figures follow none of the demonstratives' last characters (述 上 此 这 该 end with
    // the bytes B0 8A A4 99 A5) and precede no 指标 (指 is E6 8C 87): the bytes tell, before the
    // list of measure words is searched.
    if !(matches!(before.as_bytes(), [.., 0xb0 | 0x8a | 0xa4 | 0x99 | 0xa5])
        || matches!(after.as_bytes(), [0xe6, 0x8c, 0x87, ..]))
        || !super::DISCRETE.contains(&unit)
    {
        return false;
    }
    let pointed = DEMONSTRATIVES.iter().find(|w| {
        super::ends_with_word(before, w)
            && !NOT_DEMONSTRATIVES
                .iter()
                .any(|n| super::ends_with_word(before, n))
    });
    if let Some(w) = pointed {
        let lead = before[..before.len() - w.len()].trim_end_matches(' ');
        let opens = lead
            .chars()
            .next_back()
            .is_none_or(|c| crate::text::is_clause_punct(c) || c == '。');
        return (*w != "以上" || opens) && stated_before(lead, figure);
    }
    matches!(unit, "项" | "个")
        && after.starts_with("指标")
        && before
            .chars()
            .next_back()
            .is_some_and(crate::text::is_clause_punct)
        && after
            .chars()
            .take(8)
            .take_while(|&c| !crate::text::is_clause_punct(c))
            .any(|c| matches!(c, '均' | '都'))
}

/// Whether `figure` (`2个`) stands in `lead` as a figure of its own, no digit before it.
fn stated_before(lead: &str, figure: &str) -> bool {
    let mut rest = lead;
    while let Some(i) = rest.find(figure) {
        if !rest[..i].ends_with(|c: char| crate::text::is_digit(c) || c == '.') {
            return true;
        }
        rest = &rest[i + figure.len()..];
    }
    false
}

/// Nouns that name items of the government's own agenda or documents (`十项民心工程`,
/// `四项重点工作`, `三件大事`, `十条措施`, `两个实施意见`): a count of them in words numbers a
/// programme, as the document's own parts are numbered, and measures nothing.
const AGENDA_NOUNS: &[&str] = &[
    "工作", "重点", "改革", "行动", "措施", "任务", "工程", "大事", "实事", "战略", "计划", "机制",
    "制度", "规定", "政策", "清单", "规划", "意见", "方案", "文件", "答卷", "专项", "特点", "环节",
];

/// A count in words of agenda items: the measure word of items (项, 件, 条, 个, 份) and, within
/// four characters of modifiers, a noun of [`AGENDA_NOUNS`] (`十项民心工程`, `三项集中行动`,
/// `四个关键环节`); or a count that announces the enumeration after it (`呈现三个突出特点：一是`,
/// `重点推进四项改革攻坚：`). Counts of concrete things (`七项审批职能`, `两所本科院校`) stay.
#[inline(never)]
fn is_agenda_count(unit: &str, after: &str) -> bool {
    if !matches!(unit, "项" | "件" | "条" | "个" | "份") {
        return false;
    }
    // The noun phrase after the count: up to the clause's punctuation (an attributive 的 is
    // kept, `十件惠民利民的实事`), at most ten characters.
    let mut phrase = after;
    for (n, (i, c)) in after.char_indices().enumerate() {
        if n == 10 || crate::text::is_clause_punct(c) || crate::text::is_digit(c) || c == '\n' {
            phrase = &after[..i];
            if matches!(c, '：' | ':') {
                return true;
            }
            break;
        }
    }
    let phrase = phrase.rsplit('的').next().unwrap_or(phrase);
    phrase.char_indices().take(5).any(|(i, _)| {
        AGENDA_NOUNS
            .iter()
            .any(|w| super::starts_with_word(&phrase[i..], w))
    })
}

/// The words a rank band follows (`全国前50`, `排名后2位`): a place's or a list's name.
const RANK_LEADS: &[&str] = &[
    "全国", "全省", "全市", "全区", "全县", "排名", "位列", "位居", "进入", "跻身", "居",
];

/// Times, ranks and numbers that a figure's words make no quantity (CONVENTIONS: years, times,
/// rankings, phone numbers), in shapes the other tests do not see:
/// - a decade (`80年代`, `20世纪90年代`) and a year in two digits opening a clause (`24年全县完成…`)
///   or before 底/初/末 (`力争25年底前`), as reports write the current year in speech;
/// - 期间 read as a figure and the measure word 期 (`3·15期间`, `双11期间`);
/// - the minutes of a time of day (`14时30分`);
/// - a rank band (`进入全国前50`, `排名后2位`);
/// - a number dialled (`拨打119`, `致电12345`);
/// - an age naming a class of people (`年满16周岁的`, `其中70周岁以上5.2万人`);
/// - a footnote's number glued to the figure it annotates (`5863.2万元1，`);
/// - 无一 + measure, "not one" (`无一人伤亡`): no count of one.
///
/// ```text
/// is_time_rank_or_number("", "24年", "全县完成…") == true;  ("连续", "24年", "…") == false
/// ```
fn is_time_rank_or_number(
    before: &str,
    last: Option<char>,
    quantity: &str,
    after: &str,
    q: &Quantity,
    k: UnitKey,
) -> bool {
    if unit_is!(k, "年") && !q.chinese {
        if after.starts_with('代') {
            return true;
        }
        let digits = quantity.trim_end_matches('年');
        let clause_start = last.is_none_or(|c| "，。；：！？\n".contains(c));
        // (年底, 年初, 年末: a year's end or start wherever the figure stands)
        let year_part = after.starts_with(chars!['底', '初', '末']);
        if digits.len() == 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (year_part
                || clause_start
                    && after.starts_with(|c: char| {
                        crate::text::is_cjk(c) && !"来内间以多余左半的".contains(c)
                    }))
        {
            return true;
        }
    }
    if unit_is!(k, "期") && after.starts_with('间') {
        return true;
    }
    // An age that names a class of people: `年满16周岁的…`, `其中70周岁以上5.2万人` (the count
    // of the class follows at once).
    if unit_is!(k, "岁" | "周岁")
        && (before.ends_with("年满")
            || before.ends_with("未满")
            || (quantity.ends_with("以上") || quantity.ends_with("以下"))
                && after.starts_with(|c: char| crate::text::is_digit(c)))
    {
        return true;
    }
    if unit_is!(k, "分") && before.ends_with('时') {
        let hour = before.trim_end_matches('时');
        if hour.ends_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    // A footnote's number that PDF text glued to the figure it annotates (`金额5863.2万元1，`):
    // one or two digits, no unit, right after a figure and its unit, before a clause mark.
    if q.unit.is_none()
        && !q.chinese
        && quantity.len() <= 2
        && after.starts_with(chars!['，', '。', '；', '、'])
        && glued_to_a_figure(before)
    {
        return true;
    }
    // (The character before the figure first: most figures follow none of these.)
    match last {
        Some('前' | '后') => {
            let band = &before[..before.len() - '前'.len_utf8()];
            (q.unit.is_none() || unit_is!(k, "位" | "名"))
                && RANK_LEADS.iter().any(|w| band.ends_with(w))
        }
        Some('打' | '拨' | '电' | '线') => {
            q.unit.is_none()
                && !q.chinese
                && ["拨打", "拨", "致电", "热线"]
                    .iter()
                    .any(|w| before.ends_with(w))
        }
        Some('无') => quantity.starts_with('一'),
        _ => false,
    }
}

/// Whether `before` ends with a figure and its unit at once (`5863.2万元`, `12.5%`): at most
/// four characters of unit after a digit.
fn glued_to_a_figure(before: &str) -> bool {
    let unit = before
        .char_indices()
        .rev()
        .take(4)
        .take_while(|&(_, c)| crate::text::is_cjk(c) || matches!(c, '%' | '‰'))
        .last()
        .map_or(before.len(), |(i, _)| i);
    unit < before.len() && before[..unit].ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `before` ends with 过 as a word of its own, "passing" a threshold (`签约过`), not the
/// end of a verb it completes (通过, 经过, 超过, 越过, 度过, 不过 …).
fn crosses_threshold(before: &str) -> bool {
    before.strip_suffix('过').is_some_and(|b| {
        !b.ends_with(|c: char| "通经超越跨迈度不穿闯错放胜难做搞办干见到去来有".contains(c))
    })
}

/// Whether `after` a fraction names a sample survey at once: `抽样调查`, `人口变动抽样调查`,
/// `人口抽样` (a noun of up to four characters, then 抽样, before any clause mark).
fn names_a_sample_survey(after: &str) -> bool {
    // (The first eight ideographs, sliced: no allocation for every percent figure.)
    let end = after
        .char_indices()
        .take(8)
        .find(|&(_, c)| !crate::text::is_cjk(c))
        .map_or_else(
            || after.char_indices().nth(8).map_or(after.len(), |(i, _)| i),
            |(i, _)| i,
        );
    let head = &after[..end];
    // (Not through 的: `按10%的比例抽样` measures the sample.)
    // (Tried at each of its at most eight characters: `str::find` built a substring searcher
    // for every percent figure.)
    !head.starts_with('的')
        && head
            .char_indices()
            .find(|&(i, _)| head[i..].starts_with("抽样"))
            .is_some_and(|(i, _)| i <= 12)
}

/// Whether the words `after` a range of ages make it the bracket of a class: a noun follows
/// (directly or through 的), or the next bracket of a list (a digit after its 、, 和, 及, 与, 或).
fn is_age_bracket(after: &str) -> bool {
    let rest = after.strip_prefix('的').unwrap_or(after);
    if let Some(next) = ['、', '和', '及', '与', '或']
        .iter()
        .find_map(|&j| after.strip_prefix(j))
    {
        return next.starts_with(|c: char| crate::text::is_digit(c));
    }
    rest.starts_with(|c: char| crate::text::is_cjk(c) && !"左之以为是和或及与等至到".contains(c))
}

/// Whether `q` ends with the bound 以上 or 以下 (`500万元以上`), the mark of a threshold.
fn bounded_after(q: &super::quantity::Quantity) -> bool {
    q.approx.as_ref().is_some_and(|a| {
        a.position == crate::model::ApproxPosition::After
            && matches!(a.word.as_str(), "以上" | "以下")
    })
}

/// Whether the words `after` a quantity make it the threshold of a class through 的 or with
/// 及以上/及以下: `…万元及以上的企业`, `…万元以上的项目`, `…亩及以上园区`. Not before a generic
/// noun that names an aim (`1000亿元以上的目标`).
fn is_class_threshold(q: &super::quantity::Quantity, after: &str) -> bool {
    let rest = if bounded_after(q) {
        after.strip_prefix('的')
    } else {
        ["及以上", "及以下"].iter().find_map(|w| {
            after
                .strip_prefix(w)
                .map(|r| r.strip_prefix('的').unwrap_or(r))
        })
    };
    rest.is_some_and(|r| {
        r.starts_with(crate::text::is_cjk)
            && !["目标", "水平", "增长", "规模", "任务"]
                .iter()
                .any(|g| r.starts_with(g))
    })
}

/// Whether `quantity` (read with the unit 元) is one numeral in words and 元 that a noun follows
/// at once: 元 then means "element" (`二元结构`, `三元催化`), not yuan. What goes on after an
/// amount of money (钱, 的, 以上, 左右, 多, 每, a conjunction) does not count as that noun.
fn is_element_word(quantity: &str, after: &str) -> bool {
    let mut chars = quantity.chars();
    let one_numeral = matches!(
        (chars.next(), chars.next(), chars.next()),
        (
            Some('一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'),
            Some('元'),
            None
        )
    );
    one_numeral
        && after.starts_with(|c: char| {
            crate::text::is_cjk(c) && !"钱的以左上下多余每和及与或至到整".contains(c)
        })
}

/// A numeral paired with another numeral right before it, each with one word: the numbered
/// slogans `一主三次`, `四局三中心`, `一人一户` (`未发生一人一户返贫`).
#[inline(never)]
fn is_paired_numeral(before: &str, quantity: &str) -> bool {
    let mut back = before.chars().rev();
    let (Some(w), Some(n)) = (back.next(), back.next()) else {
        return false;
    };
    let numeral = |c: char| "一二两三四五六七八九十".contains(c);
    // (Not two counts of one group, households then people, `五户十三人`: a measure word of a
    // count before, and numerals that are not the 一…一 of a slogan, `一家一户`.)
    let counts = super::FINE
        && "户人名家个所座处章".contains(w)
        && !(n == '一' && quantity.starts_with('一'));
    // (Not a joint of a list or a range after a figure in words: `提高百分之五和百分之八`.)
    crate::text::is_cjk(w)
        && !numeral(w)
        && numeral(n)
        && !counts
        && !(super::FINE && "和与及或至到".contains(w))
}

/// A group of places named by its count, the place word bare after a numeral in words and a
/// place before it: `廊坊北三县`, `雄安三县`, `华北五省市`, `东北三省` (a count of places takes
/// 个: `三个县`).
#[inline(never)]
fn is_group_name(unit: &str, before: &str) -> bool {
    matches!(unit, "县" | "省" | "省份" | "市" | "省市" | "区")
        && before.ends_with(|c: char| crate::text::is_cjk(c) && !"有共达和各其计".contains(c))
}

/// Negations that make 一 + a measure word "not a single one": `决不新增一吨`, `未发生一户`.
const NEGATIONS: &[&str] = &[
    "决不",
    "绝不",
    "不让",
    "不能",
    "不得",
    "不许",
    "不发生",
    "未",
    "没有",
    "杜绝",
    "严禁",
];

/// Whether `before`, which ends with 表 or 图, ends with a caption's word at a line's start
/// (`表`, `附表`, `续表`) or a reference to one (`如表`, `见图`, `详见附表`).
fn names_a_table_or_figure(before: &str) -> bool {
    let mut cs = before.chars().rev().skip(1);
    match cs.next() {
        None | Some('\n') => true,
        Some('如' | '见') => true,
        Some('附' | '续') => matches!(cs.next(), None | Some('\n' | '见')),
        _ => false,
    }
}

/// A number that names or scales rather than measures: a government service line read with a
/// unit (`12345台胞台企服务专区`: five digits 123xx, 台 the first character of 台胞), a postcode
/// after 邮编 or 邮政编码, the factor of a formula (`…/有效监测天数×100%`), a map scale
/// (`1：500地形图`, `比例尺1:2000`). `last` is the last character of `before`.
fn is_code_scale_or_factor(
    figure: &str,
    before: &str,
    last: Option<char>,
    after: &str,
    q: &Quantity,
) -> bool {
    // The cheap tests first: most figures have none of these units or marks before them.
    let digits = || crate::text::leading_digits(figure).1;
    if q.ratio {
        // A figure's or table's caption number before its colon (`图1：2011-2015年…`, `表2:`).
        return matches!(last, Some('图' | '表'))
            || figure.starts_with('1')
                && (before.ends_with("比例尺")
                    || ["地形图", "地图", "比例尺", "影像", "航测"]
                        .iter()
                        .any(|w| after.starts_with(w)));
    }
    // A table's or figure's own number, whatever follows it: at a caption's start (`表2  年末人口
    // 数及其构成`) or referred to (`如表2所示`, `见图3`); not the count of 报表, 地图.
    if super::FINE && matches!(last, Some('图' | '表')) && names_a_table_or_figure(before) {
        return true;
    }
    if q.unit == Some("台") {
        return (figure.starts_with("123") || figure.starts_with("１２３"))
            && after.starts_with(chars!['胞', '企'])
            && digits() == 5;
    }
    if matches!(last, Some('×' | '*' | '＊')) {
        return true;
    }
    // A telephone number: a landline with its area code (`0356-5221239`: a leading 0, no range
    // is written so), or bare digits right after the word for a line (`咨询电话12345`, `传真
    // 5722722`); with a colon between them the field's value is no figure already.
    if super::FINE
        && (is_landline(figure)
            || q.unit.is_none()
                && ["电话", "热线", "传真", "手机"]
                    .iter()
                    .any(|w| before.ends_with(w)))
    {
        return true;
    }
    // (After the colons are trimmed the words end with 编 or 码, so `before` ends with one of the
    // four: most figures follow none.)
    if !matches!(last, Some('：' | ':' | '编' | '码')) {
        return false;
    }
    let before = before.trim_end_matches(chars!['：', ':']);
    (before.ends_with("邮编") || before.ends_with("邮政编码")) && digits() == 6
}

/// Whether the figure after `before` stands in a postal address: `地址` opens the clause it
/// ends, with no clause punctuation between them but the colon after `地址` (`（地址：某区府前
/// 路3号1号楼408，邮编：…）`: 408 is a room). Looked for in the 90 bytes before the figure; a
/// clause that names no address has no `址` (a byte search for it answers most figures).
fn in_address(before: &str) -> bool {
    let mut lo = before.len().saturating_sub(90);
    while !before.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &before[lo..];
    // The last 址 (E5 9D 80) after 地, found by its rare last byte 0x80 … then its two before:
    // a `memmem` searcher built at every figure cost 4M instructions over the profile corpus.
    let b = window.as_bytes();
    let mut end = b.len();
    let at = loop {
        let Some(k) = memchr::memrchr(0x80, &b[..end]) else {
            return false;
        };
        if k >= 5 && b[k - 2..k] == [0xe5, 0x9d] && window[..k - 2].ends_with('地') {
            break k - 5;
        }
        end = k;
    };
    let rest = window[at + "地址".len()..]
        .trim_start_matches(|c: char| c == '：' || c == ':' || crate::text::is_space(c));
    !rest.is_empty() && !rest.contains(crate::text::is_clause_punct)
}

/// A landline number with its area code: `0` and two or three digits, a hyphen or dash, seven
/// or eight digits (`0356-5221239`, `0771－2345678`).
fn is_landline(figure: &str) -> bool {
    // (Most figures do not start with 0: one byte answers them.)
    if !figure.starts_with('0') {
        return false;
    }
    let Some((code, number)) = figure.split_once(chars!['-', '－', '—', '–']) else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    code.starts_with('0') && digits(code, 3..=4) && digits(number, 7..=8)
}

/// A date whose 年 and 月 were lost (a web page that set them apart, a copy that dropped them):
/// `2018724日` is 2018-7-24, `20211015日` 2021-10-15: a year from 1949 to 2099 run together with
/// a month and a day that exist, before 日. No count of days is written so.
fn is_run_together_date(figure: &str) -> bool {
    let n = figure.bytes().take_while(u8::is_ascii_digit).count();
    let digits = &figure[..n];
    if !(6..=8).contains(&n) || !figure[n..].trim_start().starts_with('日') {
        return false;
    }
    let year: u32 = digits[..4].parse().unwrap_or(0);
    let rest = &digits[4..];
    (1949..=2099).contains(&year)
        && (1..rest.len()).any(|cut| {
            let (m, d) = rest.split_at(cut);
            let (mv, dv) = (m.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
            m.len() <= 2 && d.len() <= 2 && (1..=12).contains(&mv) && (1..=31).contains(&dv)
        })
}

/// 一 + a measure word as an indefinite article, not a count of one: before a descriptive
/// phrase closed by 的 (`建设一支规模宏大、结构合理的队伍`, `一个高品质、有韧性的城市`), at the
/// head of a clause (`，一座新城拔地而起`), under a negation (`决不新增一吨`, `未发生一户返贫`)
/// or repeated by parallel clauses (`落地一个企业、形成一个链条`, `干一件、成一件`). A target
/// given per unit (`每个县建设一所医院`, `各县打造一个街区`) is a count.
#[inline(never)]
fn is_article(text: &str, region_start: usize, start: usize, end: usize, unit: &str) -> bool {
    // The sentence before, back to its punctuation (at most 240 bytes).
    let mut lo = start.saturating_sub(240).max(region_start);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let sentence = text[lo..start]
        .rsplit(chars!['。', '；', '！', '？', '\n'])
        .next()
        .unwrap_or("");
    // The distribution governs its own clause chain (`每个县对接一家…、培育一家…`), not what
    // follows a comma (`各县积极行动，一个大建设的局面正在展开`).
    let chain = sentence
        .rsplit(chars!['，', ','])
        .next()
        .unwrap_or(sentence);
    if chain.contains('每') || chain.contains('各') {
        return false;
    }
    // The clause before, back to any punctuation.
    let clause = sentence
        .rsplit(crate::text::is_clause_punct)
        .next()
        .unwrap_or("")
        .trim_matches(crate::text::is_space);
    // At the head of a clause, not of a list item that shares the verb before (`建成一所小学、
    // 一所中学`).
    // (the clause's place in the sentence, not `len - clause.len()`: the trim may have taken
    // blanks off its end, `根据 实验区统 一…`)
    let clause_at = clause.as_ptr() as usize - sentence.as_ptr() as usize;
    let opened_by = sentence[..clause_at]
        .trim_end_matches(crate::text::is_space)
        .chars()
        .next_back();
    if clause.is_empty() && opened_by != Some('、') {
        return true;
    }
    if clause.contains(chars!['决', '绝', '不', '未', '没', '杜', '严'])
        && NEGATIONS.iter().any(|w| clause.contains(w))
    {
        return true;
    }
    let mut hi = (end + 48).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = &text[end..hi];
    // A 的 closing the phrase after, before the clause ends and before any figure.
    for c in after.chars().take(16) {
        if c == '的' {
            return true;
        }
        if matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | '\n') || crate::text::is_digit(c)
        {
            break;
        }
    }
    // A chain of parallel clauses, each with its own verb and 一 + the same measure word: three
    // or more (`落地一个企业、形成一个链条、壮大一个产业`), or two with no noun (`干一件、成一件`).
    // Two counted things (`新建一所小学、改建一所中学`) stay counts.
    if clause.is_empty() {
        return false;
    }
    let one = format!("一{unit}");
    let item = |c: &str| c.find(&one).is_some_and(|at| at > 0);
    let bare = |c: &str| c.trim_end_matches(crate::text::is_space).ends_with(&one);
    let sentence_after = after.split(chars!['。', '；', '\n']).next().unwrap_or("");
    let mut rest = sentence_after.split(chars!['、', '，']);
    let mut all_bare = rest.next().is_some_and(|c| c.trim().is_empty());
    let mut chain = 1;
    for c in rest.take_while(|c| item(c)) {
        chain += 1;
        all_bare &= bare(c);
    }
    for c in sentence
        .rsplit(chars!['、', '，'])
        .skip(1)
        .take_while(|c| item(c))
    {
        chain += 1;
        all_bare &= bare(c);
    }
    chain >= 3 || (chain == 2 && all_bare)
}

/// A numeral that is part of a word: a lone 零/百/千/万/亿 before a measure word (`零部件`,
/// `万家灯火`, `百家争鸣`), and `二元结构`, `一元化` (元 as "element", not money).
/// A lone numeral after a bound word (`超亿元`, `破万人`) is a number: `bounded`.
fn is_word_numeral(quantity: &str, unit: &str, after: &str, bounded: bool) -> bool {
    // The numeral before the unit (`亿元以上` → 亿).
    let numeral = if unit.is_empty() {
        quantity
    } else {
        quantity.split(unit).next().unwrap_or(quantity)
    };
    if !bounded && matches!(numeral, "零" | "〇" | "百" | "千" | "万" | "亿") {
        return true;
    }
    // A bare magnitude names a class or a scale, not an amount: 百亿元大项目, 千万吨奶工程,
    // 百万人口发病率, 千百万人民, 十万英才 (an amount is written 1亿元, 100亿元).
    if !bounded
        && numeral.chars().count() >= 2
        && numeral
            .chars()
            .all(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
    {
        return true;
    }
    unit == "元"
        && ["结构", "化", "格局", "论", "制", "体系"]
            .iter()
            .any(|w| super::starts_with_word(after, w))
}

/// Whether a numeral with financial forms is a word's character, not a number: a lone one (`队伍`,
/// `陆续`) or one mixed with ordinary numerals (`队伍四项` is 队伍 + 四项, not 54). A number is
/// written in financial forms throughout (`壹佰贰拾叁份`).
fn is_word_financial(quantity: &str) -> bool {
    let financial = quantity
        .chars()
        .filter(|c| FINANCIAL_NUMERALS.contains(c))
        .count();
    // (The ordinary numerals are looked for only when they decide: most quantities hold no
    // financial numeral, and a search of the list costs about a hundred instructions a character.)
    financial == 1
        || (financial > 1
            && quantity
                .chars()
                .any(|c| "一二两三四五六七八九十百千".contains(c)))
}

/// Whether `s` holds 一 followed by `unit` (`s.contains(&format!("一{unit}"))` without the string).
///
/// ```text
/// holds_one_then("干一件成", "件") == true;  holds_one_then("一个领域", "件") == false
/// ```
fn holds_one_then(s: &str, unit: &str) -> bool {
    s.match_indices('一')
        .any(|(i, one)| s[i + one.len()..].starts_with(unit))
}

/// `个` read as the unit with `月` after it: `10个月`, `三个多月` (the grammar reads `10个`); `k` is
/// the unit's key.
fn after_unit_is_month(k: UnitKey, after: &str) -> bool {
    unit_is!(k, "个") && ["月", "多月", "余月"].iter().any(|m| after.starts_with(m))
}

/// A university admission tier (`一本`, `二本以上上线`, `三本院校`): 一, 二 or 三 with 本 (批次),
/// maybe bounded, before a word of admission, not a count of books.
///
/// ```text
/// is_admission_tier("二本以上", "上线900人") == true;  is_admission_tier("二本", "书") == false
/// ```
fn is_admission_tier(quantity: &str, after: &str) -> bool {
    let tier = quantity
        .strip_suffix("以上")
        .or_else(|| quantity.strip_suffix("以下"))
        .unwrap_or(quantity);
    matches!(tier, "一本" | "二本" | "三本")
        && ["上线", "线", "院校", "高校", "批", "录取", "分数"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// A phase of a project (`一期`, `二期工程`, `京雄二期`), not a count of sessions held (`举办三期
/// 培训班`): a count is preceded by a verb of holding or followed by what was held.
fn is_phase(before: &str, after: &str) -> bool {
    const HELD_BEFORE: &[&str] = &[
        "举办", "开办", "组织", "开展", "办", "培训", "共", "累计", "计", "出版", "刊发", "编发",
        "印发", "发布",
    ];
    const HELD_AFTER: &[&str] = &[
        "培训", "班", "讲座", "活动", "课程", "节目", "专题", "论坛", "研修", "简报", "刊物",
        "专栏",
    ];
    !(HELD_BEFORE.iter().any(|w| super::ends_with_word(before, w))
        || HELD_AFTER.iter().any(|w| super::starts_with_word(after, w)))
}

#[cfg(test)]
mod tests {
    fn texts(s: &str) -> Vec<String> {
        crate::indicators(s)
            .into_iter()
            .map(|i| i.text.into())
            .collect()
    }

    #[test]
    fn one_then_unit_is_contains_of_the_pair() {
        for s in [
            "干一件成一件",
            "一个领域一个",
            "一",
            "件一",
            "一项一项抓",
            "大一个",
            "",
        ] {
            for unit in ["件", "个", "项", "个领域", ""] {
                assert_eq!(
                    super::holds_one_then(s, unit),
                    s.contains(&format!("一{unit}")),
                    "{s} {unit}"
                );
            }
        }
    }

    #[test]
    fn blanks_before_a_one_do_not_split_a_character() {
        // the clause before `一部` ends in a blank the trim takes off (a page's wrapped markup
        // leaves `统 一`): its place in the sentence is not `len - clause.len()`
        let found = texts("根据 实验区统 一部署，建成3个项目。");
        assert!(found.contains(&"3个".to_string()), "{found:?}");
    }

    #[test]
    #[cfg(feature = "fine-labels")]
    fn parallel_slogans_of_one_are_not_counts() {
        assert!(texts("坚持栽一棵树、护一片林、富一方民。").is_empty());
        assert!(texts("努力做到修一条路、亮一片灯。").is_empty());
        // A count of one in a list of counts is a count.
        assert_eq!(texts("新建一所学校、改造两条道路。"), ["一所", "两条"]);
    }

    #[test]
    fn set_phrases_are_not_counts() {
        assert!(texts("坚持两个毫不动摇，统筹两个市场两种资源，严格落实八项规定。").is_empty());
        assert!(texts("迈开两条腿，推动三次产业融合，实现两位数增长。").is_empty());
        assert_eq!(texts("发放两项补贴资金300万元。"), ["300万元"]);
    }

    #[test]
    fn time_qualifiers() {
        assert!(texts("连续6年保持全省前列，近20年来首次夺冠，50年来最大洪水。").is_empty());
        assert!(texts("3年前的评价结果，连续 2 年未使用，近 2 年获批。").is_empty());
        assert!(texts("连续10个月增速较快。").is_empty());
        assert_eq!(texts("4年10次获得表扬。"), ["10次"]);
        // A duration that is the measured thing stays.
        assert_eq!(
            texts("审批时限压缩至5个工作日，平均办结2.5天。"),
            ["5个工作日", "2.5天"]
        );
    }

    #[test]
    fn rankings_sessions_phases_and_structure() {
        assert!(texts("排名倒26名，比去年前移3个位次。").is_empty());
        assert!(texts("人大四次会议，政协二次全会，开启新一轮改革。").is_empty());
        assert!(texts("城改一期、二期全部返迁，三期安置区交付。").is_empty());
        assert_eq!(texts("全年举办三期培训班。"), ["三期"]);
        assert!(texts("本报告分为六个部分，从五个方面报告如下：").is_empty());
        assert!(texts("一方面加强监管，另一方面从三方面优化服务。").is_empty());
        assert_eq!(texts("审计了 6 方面情况。"), ["6 方面"]);
        assert!(texts("这是一项重要工作，迈上一个新台阶。").is_empty());
        assert!(texts("实现两个目标，压实两个责任，每50公斤补贴。").is_empty());
        assert_eq!(texts("建成三个产业园，每亩补贴30元。"), ["三个", "30元"]);
        assert!(texts("汽车零部件产业，万家灯火，破除城乡二元结构。").is_empty());
        assert_eq!(texts("税收超亿元的企业"), ["超亿元"]);
        // Thresholds name classes; the count of the class stays.
        assert_eq!(
            texts("新增注册资本300万元以上企业86家，2000亩以上园区4个。"),
            ["86家", "4个"]
        );
        assert_eq!(
            texts("建成15个以上产业园，80%以上的村通网。"),
            ["15个以上", "80%以上"]
        );
        assert_eq!(texts("粮食产量稳定在600万吨以上。"), ["600万吨以上"]);
        assert_eq!(texts("培育3个800亿级产业集群。"), ["3个"]);
        assert!(texts("工业增加值跨上万亿元台阶。").is_empty());
        assert_eq!(texts("参加培训上万人。"), ["上万人"]);
        // Bare magnitudes name classes and scales.
        assert!(
            texts("引进亿元以上项目，建设百亿元产业园和千万吨级港口，每百万人口发病率。")
                .is_empty()
        );
        assert_eq!(
            texts("举办赛事千余场，产值过千亿元。"),
            ["千余场", "千亿元"]
        );
    }

    #[test]
    fn numbered_slogans_and_set_phrases() {
        // The curated list, and N个 + an abstract noun or a quoted name.
        assert!(texts("牢记两个务必，树立四个意识，坚定四个自信，推进五位一体建设。").is_empty());
        assert!(texts("落实两个“不低于”，突出一个“快”字，实现三个目标。").is_empty());
        assert!(texts("打好三场硬仗，开启二次创业，坚持两轮驱动。").is_empty());
        assert!(texts("把握三个关键词，抓住两个抓手，调整一二三次产业结构。").is_empty());
        assert!(texts("推进二轮延包和企业二次改制，本科二批以上上线。").is_empty());
        assert_eq!(texts("开展两轮督导。"), ["两轮"]);
        // A count of concrete things beside them stays.
        assert_eq!(
            texts("落实八项规定，新建两个“口袋公园”示范点，新建公园12个。"),
            ["12个"]
        );
    }

    #[test]
    fn counts_of_the_documents_own_parts() {
        assert!(texts("现将有关情况从三个方面报告如下：").is_empty());
        assert!(texts("全文共分为五个部分。").is_empty());
        assert!(texts("报告分四部分：").is_empty());
        assert!(texts("本报告共分6个部分，由6个部分组成。").is_empty());
        assert!(texts("今年重点做好七个方面工作：").is_empty());
        // Aspects of the subject, not of the document.
        assert_eq!(texts("建成两个部分组成的产业园，占地120亩。"), ["120亩"]);
    }

    #[test]
    fn time_qualifiers_and_time_frames() {
        assert!(texts("连续9年位居前列，近30年来首次，40年来罕见。").is_empty());
        assert!(texts("通过4年努力，用3年左右的时间建成，时隔12年再获殊荣。").is_empty());
        assert!(texts("遭遇80年不遇的旱情，抵御百年一遇洪水，本世纪头15年。").is_empty());
        assert!(texts("打造30分钟通勤圈和1小时交通圈。").is_empty());
        assert_eq!(texts("湖区面积6年缩小15%。"), ["15%"]);
        assert_eq!(texts("库容 3 年减少 8%。"), ["8%"]);
        assert_eq!(
            texts("平均等候时间由35分钟缩短至12分钟。"),
            ["由35分钟缩短至12分钟"]
        );
        assert!(texts("只用三个多月时间建成，近两个余月来。").is_empty());
        if super::super::FINE {
            assert_eq!(
                texts("产值连续跨越800亿、900亿两个台阶，税收跨过10亿、20亿两个大关。"),
                ["跨越800亿", "900亿", "10亿", "20亿"]
            );
            // Frames: a doubling in a span, a span without something, a period's length, an
            // anniversary's events.
            assert!(texts("企业数量4年翻一番，打破6年无重大事故纪录。").is_empty());
            assert!(texts("设置3年过渡期，贷款为5年期，举办建校60年系列活动。").is_empty());
        }
        // A duration that is measured stays.
        assert_eq!(texts("项目审批平均用时缩短到18天。"), ["18天"]);
    }

    #[test]
    fn sessions_phases_and_rankings() {
        assert!(texts("在市人大三次会议上，区政协四次全会期间，推进新一轮扩容。").is_empty());
        if super::super::FINE {
            assert!(texts("县九次党代会提出，州五次人代会审议通过。").is_empty());
        }
        // Campaigns as battles and numbered slogans of other measure words.
        assert!(texts("增强“服务、担当”两种意识，写好三篇大文章。").is_empty());
        if super::super::FINE {
            assert!(texts("打赢一场脱贫翻身仗。").is_empty());
        }
        assert_eq!(texts("开展两场战略合作洽谈。"), ["两场"]);
        // Meetings held are counted; 两 is never an ordinal.
        if super::super::FINE {
            assert_eq!(
                texts("全年召开三次会议，开展两次全会精神宣讲。"),
                ["三次", "两次"]
            );
        }
        assert!(texts("综合排名比上年前移4位，跻身全国前20位，提升2个位次。").is_empty());
        assert!(texts("您是第 123456 位访客").is_empty());
        assert!(crate::parse("一、访问\n\n您是第\n\n  123456 位访客\n")
            .indicators
            .is_empty());
        assert_eq!(
            texts("新增就业岗位4500个，培训上岗300名。"),
            ["4500个", "300名"]
        );
    }

    #[test]
    fn voltage_classes() {
        assert_eq!(texts("新建220千伏变电站2座。"), ["2座"]);
        assert_eq!(texts("新增变电容量120万千伏安。"), ["120万千伏安"]);
    }

    #[test]
    fn rate_denominators() {
        assert_eq!(texts("每20亩配备1名管护员。"), ["1名"]);
        assert_eq!(texts("每100千克补贴12元。"), ["12元"]);
    }

    #[test]
    fn idioms_and_articles() {
        assert!(texts("工作迈上一个新台阶，千家万户受益，大家心往一处想。").is_empty());
        assert!(texts("营造一种风清气正的氛围，是效果最好的一次推介，走出一条新路子。").is_empty());
        assert!(texts("一幢幢新楼拔地而起，一部分群众受益。").is_empty());
        assert!(
            texts("正处在一个关键时期，确定这样一个目标，交出一份答卷，崛起为一座新城。")
                .is_empty()
        );
        assert!(texts("推行一村一品，实行一企一策，一步一个脚印。").is_empty());
        assert!(
            texts("实力再上一个大台阶，一个村都不落下，一户一户走访，又一个增长极。").is_empty()
        );
        assert_eq!(texts("本年新增一家上市公司。"), ["一家"]);
        assert_eq!(texts("建成一所小学、一所中学。"), ["一所", "一所"]);
    }

    #[test]
    fn counts_of_agenda_items() {
        // Items of the government's own programme, counted in words.
        assert!(texts("扎实办好八项民生实事，完成六项重点改革任务，出台两个指导意见。").is_empty());
        assert!(texts("落实稳外资十条措施，打好三件大事，交出两份满意答卷。").is_empty());
        assert!(texts("实施五件惠及群众的实事，开展四项集中行动。").is_empty());
        // A count that announces the enumeration after it.
        assert!(texts("今年的工作呈现三个鲜明特征：一是稳，二是进。").is_empty());
        // Counts of concrete things stay, and so do agenda items in figures.
        assert_eq!(
            texts("新增三所公办幼儿园，下放七项审批职能，实施12项重点工程。"),
            ["三所", "七项", "12项"]
        );
    }

    #[test]
    fn paired_numerals_and_group_names() {
        assert!(texts("推进一核两翼布局，做强一城四区。").is_empty());
        assert!(texts("支持东部四县与新区融合，华中六省市联合执法。").is_empty());
        assert_eq!(texts("全市共有三个县纳入试点。"), ["三个"]);
    }

    #[test]
    fn articles_of_one() {
        // Before a descriptive phrase closed by 的, at the head of a clause, under a negation,
        // and repeated by parallel clauses.
        assert!(texts("锻造一支作风过硬、能打胜仗的干部队伍。").is_empty());
        assert!(texts("十年耕耘，一座生态新城崛起在河畔。").is_empty());
        assert!(texts("坚决不新增一亩违法用地，没有出现一起责任事故。").is_empty());
        assert!(texts("力争引进一个项目、带动一个园区、激活一个片区。").is_empty());
        // A count of one, and a target given per unit, stay.
        assert_eq!(texts("本年新增一家上市公司。"), ["一家"]);
        assert_eq!(
            texts("每个乡镇建设一个标准化卫生院、一个养老服务站。"),
            ["一个", "一个"]
        );
        assert_eq!(
            texts("各区都要打造一条特色商业街，建成一所小学、一所中学。"),
            ["一条", "一所", "一所"]
        );
        assert_eq!(texts("新建一所小学、改建一所中学。"), ["一所", "一所"]);
        assert!(texts("各乡镇迅速行动，一个比学赶超的氛围已经形成，上下一条心。").is_empty());
        assert!(texts("确保谈一个、成一个。").is_empty());
    }

    #[test]
    fn measure_words_read_after_figures_only() {
        assert_eq!(
            texts("年出栏生猪30万头、蛋鸡120万只，开行班列320列，推出4款新车型，受理来电18通。"),
            ["30万头", "120万只", "320列", "4款", "18通"]
        );
        // In words they are articles and idioms; before the rest of a word they are no unit.
        assert!(texts("呈现一片繁荣景象，开展一对一帮扶，一门心思抓发展。").is_empty());
        assert!(!texts("全区12片区完成改造。")
            .iter()
            .any(|t| t.contains('片')));
        // A floor in an address and pairs of relations to balance are no counts.
        assert!(texts("地址：新区大道8号楼12层。").is_empty());
        // Nor is a room number in an address, bare after its building (a reading of `FINE`); a
        // figure of the clause after the address is read.
        if crate::indicator::FINE {
            assert!(texts("（地址：某县东街5号行政中心2号楼316，邮编：100000）").is_empty());
        }
        assert_eq!(
            texts("办公地址：滨江路9号，全年接待来访群众64人次。"),
            ["64人次"]
        );
        // A telephone number, with its area code or after the word for a line, is no range
        // and no count (a reading of `FINE`); a range of figures is read.
        if crate::indicator::FINE {
            assert!(texts("请与办公室联系（电话0398-6123457，咨询热线12345）。").is_empty());
        }
        assert_eq!(texts("每批次抽检3-5个样品。"), ["3-5个"]);
        assert!(texts("正确处理好4对关系，统筹好3 对“两难”问题。").is_empty());
    }

    #[test]
    fn categories_and_grades() {
        // A category named by its count in words, a grade with those above it.
        assert!(texts("严厉打击六类涉众型犯罪，指标分为约束性、预期性两大类。").is_empty());
        assert!(texts("近岸海域二类及以上水质比例提高。").is_empty());
        assert_eq!(texts("梳理出27类高频事项。"), ["27类"]);
        // A span of years that dates what it built.
        assert!(texts("依托40年改革开放积累的雄厚基础。").is_empty());
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn times_ranks_and_dialled_numbers() {
        // each sentence: the figures that stay, in order
        for (s, want) in [
            ("23年全市新增就业岗位1.8万个。", vec!["1.8万个"]),
            ("力争25年底前完成改造任务。", vec![]),
            ("90年代建成的管网长36公里。", vec!["36公里"]),
            ("上世纪80年代以来人口增长了一倍。", vec!["一倍"]),
            (
                "春运期间发送旅客52万人次，“五一”期间接待游客8万人。",
                vec!["52万人次", "8万人"],
            ),
            ("9时40分，救援队转移被困群众126人。", vec!["126人"]),
            (
                "连续三年跻身全省前10，营商环境评价排名后3位的部门约谈整改。",
                vec![],
            ),
            (
                "群众可拨打12345反映诉求，全年受理诉求4.6万件。",
                vec!["4.6万件"],
            ),
            ("汛期无一人伤亡，转移群众320人。", vec!["320人"]),
            (
                "全镇老年人8600人，其中80周岁以上1200人。",
                vec!["8600人", "1200人"],
            ),
            ("为年满18周岁的居民免费体检2.1万人次。", vec!["2.1万人次"]),
            (
                "追回资金426.8万元2，已整改问题31个。",
                vec!["426.8万元", "31个"],
            ),
        ] {
            assert_eq!(texts(s), want, "{s}");
        }
        // a duration stays one (`连续24年`, `24年来` are time qualifiers already), and a count
        // of the top places is no rank band
        assert_eq!(texts("项目建设期为24年，总投资6亿元。"), ["24年", "6亿元"]);
        assert_eq!(texts("全省前三季度完成投资120亿元。"), ["120亿元"]);
    }

    #[test]
    fn thresholds_and_page_counters() {
        assert_eq!(texts("新增20万人口以上城市3个。"), ["3个"]);
        assert!(texts("发布时间 2025-03-01 10:00  浏览次数 1289 次").is_empty());
        assert_eq!(texts("门户网站全年浏览量560万次。"), ["560万次"]);
        // Levels listed before their count are the discourse's, like its aspects.
        assert!(texts("按照省、市、县三个层次分类指导。").is_empty());
    }

    #[test]
    fn numerals_inside_words() {
        // 零 / 万 / 伍 / 陆 / 二元 inside words.
        assert!(
            texts("培育零配件企业，万众创新，建强人才队伍建设，陆续开工，打破二元结构。")
                .is_empty()
        );
        assert!(texts("干部队伍支撑有力，拥有三轮车的农户，实行三位一体管理。").is_empty());
        // Water quality grades are not counts of classes.
        assert!(texts("国控断面水质均达到三类以上，好于四类的河段。").is_empty());
        assert!(texts("加强执法队伍四项建设。").is_empty());
        assert!(texts("提供一条龙服务，壮大五条龙型产业。").is_empty());
        // Financial numerals throughout, or in an amount of money, are a number.
        assert_eq!(texts("合计人民币伍佰元整"), ["伍佰元"]);
        assert_eq!(texts("领取叁拾份"), ["叁拾份"]);
    }
}
