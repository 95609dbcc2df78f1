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
use super::unit::is_time;

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
    "一件事",
    "一个窗口",
    "一次办",
    "一站式",
    "一类",
    "两个责任",
    "五位一体",
    "两新",
    "两重",
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
];

/// Words after a quantity with a unit of time that make it a qualifier of time, not a duration
/// that is measured: `50年来`, `3年前`, `近20年以来`.
const TIME_AFTER: &[&str] = &["以来", "来", "前", "之前", "后", "之后", "之内", "里"];

/// Words before a quantity with a unit of time that make it a qualifier: `连续6年`, `近 2 年`,
/// `过去5年`.
const TIME_BEFORE: &[&str] = &["连续", "近", "过去", "这", "那", "此前", "前"];

/// What follows a count of parts when the parts are the document's own: `六个部分组成`,
/// `从五个方面报告`, `分为三个部分：`.
const STRUCTURE_AFTER: &[&str] = &[
    "组成", "构成", "报告", "汇报", "介绍", "说明", "。", "：", ":",
];

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
    let before = text[region_start..start].trim_end_matches(crate::text::is_space);
    let unit = q.unit.unwrap_or("");
    if q.chinese && SET_PHRASES.iter().any(|p| text[start..].starts_with(p)) {
        return true;
    }
    // A lone 亿/万 counts after a bound word (超亿元, 破万人, 过千万).
    let bounded = ["超", "过", "破", "逾", "近", "上", "达"]
        .iter()
        .any(|w| before.ends_with(w));
    if q.chinese && !q.vague && !bounded && is_word_numeral(&text[start..end], unit, after) {
        return true;
    }
    // Time qualifiers: a span of time that dates or frames the statement.
    if is_time(unit) || unit == "个月" || after_unit_is_month(unit, after) {
        let after_month = after.strip_prefix('月').unwrap_or(after);
        let after_t = after_month.trim_start_matches(crate::text::is_space);
        if TIME_AFTER.iter().any(|w| after_t.starts_with(w))
            || TIME_BEFORE.iter().any(|w| before.ends_with(w))
        {
            return true;
        }
        // `4年10次获…`: a span of years before the count it frames.
        if unit == "年"
            && q.multiplier.is_none()
            && after_t.starts_with(|c: char| {
                c.is_ascii_digit() || crate::number::is_chinese_numeral_char(c)
            })
        {
            return true;
        }
    }
    // Rankings: 倒26名, 前3位, 提高3个位次, 第5名 (第 is handled with ordinals).
    if matches!(unit, "名" | "位") && (before.ends_with('倒') || before.ends_with("排名")) {
        return true;
    }
    if after.starts_with("位次") || after.starts_with("名次") {
        return true;
    }
    // A unit denominator: 每50公斤, 每100元 (the amount per unit comes after it).
    if before.ends_with('每') {
        return true;
    }
    if q.chinese {
        // Numbered slogans: N个 + an abstract noun (三个目标, 两个责任, 四个意识).
        if unit == "个" && ABSTRACT.iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // Sessions and phases: 二次会议, 三次全会, 二期工程, 新一轮.
        if unit == "次"
            && ["会议", "全会", "全体会议", "常委会"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            return true;
        }
        if unit == "期" && is_phase(before, after) {
            return true;
        }
        if before.ends_with('新') || before.ends_with('届') {
            return true;
        }
        // The document's own parts: 分为六个部分, 从五个方面报告, 等七个部分组成.
        if unit == "个" {
            if let Some(rest) = after
                .strip_prefix("部分")
                .or_else(|| after.strip_prefix("方面"))
            {
                let rest = rest.trim_start_matches(crate::text::is_space);
                if STRUCTURE_AFTER.iter().any(|w| rest.starts_with(w))
                    || before.ends_with("分为")
                    || before.ends_with('从')
                {
                    return true;
                }
            }
        }
        // 一方面…另一方面, 从三方面入手: a discourse device (Arabic `6 方面` in audit prose is a count).
        if unit == "方面" {
            return true;
        }
        // An article before an evaluative noun phrase: 一项重要工作, 一个新阶段.
        if q.value == crate::decimal::Decimal::from(1)
            && ["重要", "新", "全新", "崭新", "良好", "坚实", "有力", "关键"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            return true;
        }
    }
    false
}

/// A numeral that is part of a word: a lone 零/百/千/万/亿 before a measure word (`零部件`,
/// `万家灯火`, `百家争鸣`), and `二元结构`, `一元化` (元 as "element", not money).
fn is_word_numeral(quantity: &str, unit: &str, after: &str) -> bool {
    let numeral = quantity.strip_suffix(unit).unwrap_or(quantity);
    if matches!(numeral, "零" | "〇" | "百" | "千" | "万" | "亿") {
        return true;
    }
    unit == "元"
        && ["结构", "化", "格局", "论", "制", "体系"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// `个` read as the unit with `月` after it: `10个月` (the grammar reads `10个`).
fn after_unit_is_month(unit: &str, after: &str) -> bool {
    unit == "个" && after.starts_with('月')
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
    !(HELD_BEFORE.iter().any(|w| before.ends_with(w))
        || HELD_AFTER.iter().any(|w| after.starts_with(w)))
}

#[cfg(test)]
mod tests {
    fn texts(s: &str) -> Vec<String> {
        crate::indicators(s).into_iter().map(|i| i.text).collect()
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
            ["5个", "2.5天"]
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
    }
}
