//! Nouns a classifier counts: people (`N人`, `N名`, `N人次`, `N位`) and bodies (`N家`).
//!
//! A classifier agrees with the noun it counts: 名 and 人次 count people, 家 counts bodies
//! (企业, 机构, 单位, 银行 …), so the noun after such a count ends with a head of that class.
//! Words after the count that hold no such head are no noun of it but its predicate
//! (`市民2360人次走进污水处理厂`), and a noun of that class after the count ends at its head,
//! before the predicate the verb lexicon may not know (`带动近万名群众增收`, `3名犯罪嫌疑人提起
//! 公诉`, `完成46家重点企业安全风险评估`). The heads are closed classes of morphemes: one-character
//! heads that name a person or a body wherever they end a word (人, 员, 者; 院, 厂, 店 …), and
//! words for heads whose last character also ends other words (干部 but not 部门, 农民 but not
//! 惠民, 银行 but not 执行).
//!
//! ```
//! let found = baogao::indicators("今年带动近万名群众增收。");
//! # #[cfg(feature = "fine-labels")]
//! assert_eq!(found[0].label, "群众");
//! ```

use super::words::{words, WordSet, Words};

/// One-character heads of people: a word that ends with one names people (教师, 民警, 志愿者,
/// 孤儿).
const ONE: [char; 16] = [
    '人', '员', '者', '众', '童', '士', '师', '官', '警', '匠', '妇', '儿', '徒', '友', '宾', '侨',
];

/// Two- and three-character heads whose last character also ends words that name no person.
const WORDS: Words = words![
    "干部",
    "领导",
    "代表",
    "对象",
    "骨干",
    "同志",
    "人才",
    "英雄",
    "模范",
    "书记",
    "主任",
    "主席",
    "教授",
    "伙伴",
    "老乡",
    "乡贤",
    "乡亲",
    "青年",
    "少年",
    "妇女",
    "子女",
    "孩子",
    "学子",
    "分子",
    "弟子",
    "家属",
    "亲属",
    "遗属",
    "军属",
    "烈属",
    "同胞",
    "侨胞",
    "专家",
    "作家",
    "企业家",
    "科学家",
    "艺术家",
    "士兵",
    "官兵",
    "老兵",
    "新兵",
    "职工",
    "员工",
    "民工",
    "技工",
    "女工",
    "护工",
    "劳工",
    "矿工",
    "居民",
    "农民",
    "村民",
    "市民",
    "公民",
    "牧民",
    "渔民",
    "移民",
    "网民",
    "灾民",
    "人民",
    "股民",
    "难民",
    "学生",
    "考生",
    "新生",
    "医生",
    "毕业生",
    "研究生",
    "师范生",
    "本科生",
    "实习生",
    "留学生",
    "贫困生",
    "特困生",
    "寄宿生",
    "在校生",
    "应届生",
    "校长",
    "院长",
    "局长",
    "镇长",
    "乡长",
    "村长",
    "县长",
    "市长",
    "省长",
    "组长",
    "队长",
    "班长",
    "处长",
    "科长",
    "所长",
    "行长",
    "庭长",
    "站长",
    "馆长",
    "部长",
    "厅长",
    "社长",
    "会长",
    "董事长",
    "家长",
    "网格长",
    "业主",
    "户主",
    "雇主",
    "货主",
    "车主",
    "船主",
    "店主",
    "摊主",
    "选手",
    "能手",
    "射手",
    "骑手",
    "歌手",
    "棋手",
    "高手",
    "新手",
    "罪犯",
    "犯人",
    "案犯",
    "嫌犯",
    "病患",
    "母亲",
    "父亲",
    "双亲",
    "游客",
    "旅客",
    "乘客",
    "顾客",
    "访客",
    "宾客",
    "创客",
];

/// One-character heads of bodies (医院, 工厂, 门店, 服务站, 产业园).
const BODY_ONE: [char; 6] = ['院', '厂', '店', '站', '馆', '园'];

/// Words that head the name of a body, whose last character also ends other words.
const BODY_WORDS: Words = words![
    "企业",
    "单位",
    "机构",
    "银行",
    "分行",
    "支行",
    "集团",
    "中心",
    "基地",
    "平台",
    "主体",
    "组织",
    "网点",
    "部门",
    "超市",
    "酒店",
    "宾馆",
    "饭店",
    "商户",
    "农户",
    "协会",
    "商会",
    "学会",
    "基金会",
    "联合会",
    "市场",
    "商场",
    "农场",
    "牧场",
    "养殖场",
    "工厂",
    "园区",
    "景区",
    "民宿",
    "药房",
    "食堂",
    "学校",
    "幼儿园",
    "场所",
    "空间",
    "驿站",
    "公司",
    "子公司",
    "合作社",
    "信用社",
    "旅行社",
    "报社",
    "出版社",
    "研究所",
    "事务所",
    "派出所",
    "卫生所",
    "诊所",
    "联合体",
    "共同体",
    "联盟",
    "实验室",
    "孵化器",
    "民企",
    "国企",
    "央企",
    "外企",
    "私企",
    "医疗机构",
];

/// What a classifier counts, when it says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Counted {
    /// 人, 名, 人次, 位.
    Persons,
    /// 家.
    Bodies,
}

fn words_set() -> &'static WordSet {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(&[WORDS], true))
}

fn body_set() -> &'static WordSet {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(&[BODY_WORDS], true))
}

/// What `figure` (a count with its classifier, `2360人次`, `3 名`, `46家`) counts, when its
/// classifier says.
pub(super) fn counted(figure: &str) -> Option<Counted> {
    let f = figure.trim_end();
    if ["人", "名", "人次", "位"].iter().any(|c| f.ends_with(c)) {
        Some(Counted::Persons)
    } else if f.ends_with('家') {
        Some(Counted::Bodies)
    } else {
        None
    }
}

/// Whether `s` ends with a head of the class `what`.
pub(super) fn ends_with_head(s: &str, what: Counted) -> bool {
    match what {
        Counted::Persons => s.ends_with(ONE) || words_set().strip_suffix(s).is_some(),
        Counted::Bodies => s.ends_with(BODY_ONE) || body_set().strip_suffix(s).is_some(),
    }
}

/// Where the noun of people at the start of `right` (the words after a count of people) ends:
/// after its first head, or after the heads that follow that one at once or across a
/// conjunction (`党员干部`, `社区老人和留守儿童`); `None` when no head stands in `right` outside
/// brackets and quotes (`走进污水处理厂`: a predicate, no noun of the count). A head that goes on
/// into a noun of its own is none (人数, 人口, 人均; 每人 is a distributive).
///
/// ```text
/// head_end("群众增收") == Some(6)                  // 群众
/// head_end("专职人员负责林长办日常工作") == Some(12) // 专职人员
/// head_end("参观展览") == None
/// ```
pub(super) fn head_end(right: &str, what: Counted) -> Option<usize> {
    let mut depth = 0usize;
    let mut end = None;
    let mut chars = right.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '“' | '《' | '（' | '(' | '「' | '"' => depth += 1,
            '”' | '》' | '）' | ')' | '」' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let k = i + c.len_utf8();
        let next = chars.peek().map(|&(_, n)| n);
        // (A head of two characters at least: 人 alone echoes the classifier.)
        let head = depth == 0
            && i > 0
            && (ends_with_head(&right[..k], what)
                || (end.is_some_and(|e| right[e..k].chars().nth(1).is_some())
                    && what == Counted::Bodies
                    && ends_with_head(&right[..k], Counted::Persons)))
            && !right[..k].ends_with("每人")
            && !next.is_some_and(|n| matches!(n, '数' | '口' | '次' | '均' | '头'));
        match (head, end) {
            // 执法人员: a longer head goes on (人 → 人员, 农民 → 农民工).
            (true, _) if next.is_some_and(|n| ends_with_head(&right[..k + n.len_utf8()], what)) => {
            }
            // (A later head is reached only while one was ahead, see below.)
            (true, _) => end = Some(k),
            // The first head's noun ends unless a head or a conjunction follows at once.
            (false, Some(e))
                if e < k && !joined(&right[e..k]) && !head_ahead(&right[e..], what) =>
            {
                return end
            }
            _ => {}
        }
    }
    end
}

/// Whether `between` (what stands between two heads) joins them: nothing or a conjunction.
fn joined(between: &str) -> bool {
    matches!(between, "" | "和" | "与" | "及" | "、" | "或" | "以及")
}

/// Whether a head ends within the next five characters of `rest`, or a conjunction opens it
/// (`党员干部`: 党员, then 干部 at once; `银行金融机构`).
fn head_ahead(rest: &str, what: Counted) -> bool {
    let mut ends = rest.char_indices().map(|(i, c)| i + c.len_utf8());
    rest.starts_with(['和', '与', '及', '、', '或'])
        || ends
            .by_ref()
            .take(5)
            // (The people of the bodies go with them: `企业主要负责人`.)
            .any(|k| {
                (ends_with_head(&rest[..k], what)
                    || (what == Counted::Bodies && ends_with_head(&rest[..k], Counted::Persons)))
                    && !rest[..k].ends_with("每人")
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> Option<&str> {
        head_end(s, Counted::Persons).map(|k| &s[..k])
    }

    #[test]
    fn a_noun_of_people_ends_at_its_head() {
        assert_eq!(cut("群众增收"), Some("群众"));
        assert_eq!(cut("青年教师到基层挂职锻炼"), Some("青年教师"));
        assert_eq!(cut("网格员的业务培训"), Some("网格员"));
        assert_eq!(cut("专职人员负责林长办日常工作"), Some("专职人员"));
        assert_eq!(cut("外来务工人员"), Some("外来务工人员"));
        assert_eq!(cut("高龄老人按每人每月100元"), Some("高龄老人"));
    }

    #[test]
    fn heads_side_by_side_or_joined_are_one_noun() {
        assert_eq!(cut("党员干部下沉社区"), Some("党员干部"));
        assert_eq!(cut("专职工作人员负责审核"), Some("专职工作人员"));
        assert_eq!(cut("留守儿童家长参加培训"), Some("留守儿童家长"));
        assert_eq!(
            cut("社区老人和留守儿童接受体检"),
            Some("社区老人和留守儿童")
        );
        assert_eq!(cut("退休职工和失业人员"), Some("退休职工和失业人员"));
        assert_eq!(cut("农民工子女入学"), Some("农民工子女"));
    }

    #[test]
    fn no_head_no_noun() {
        // No head outside the quotes: a predicate.
        assert_eq!(cut("获得“优秀志愿者”称号"), None);
        assert_eq!(cut("参观科技馆"), None);
        // 发生 names no person; 人数 and 人口 are nouns of their own.
        assert_eq!(cut("发生交通事故"), None);
        assert_eq!(cut("贫困人口"), None);
        assert_eq!(cut("事故死亡人数"), None);
    }

    #[test]
    fn a_noun_of_bodies_ends_at_its_head() {
        let cut = |s| head_end(s, Counted::Bodies).map(|k| &s[..k]);
        assert_eq!(cut("重点企业安全风险评估"), Some("重点企业"));
        assert_eq!(cut("银行金融机构累计放贷"), Some("银行金融机构"));
        assert_eq!(cut("定点药店串换药品"), Some("定点药店"));
        assert_eq!(cut("企业主要负责人带头授课"), Some("企业主要负责人"));
        // (企业主 of 企业主板: no owner, the body's head ends before it.)
        assert_eq!(cut("企业主板上市"), Some("企业"));
        assert_eq!(cut("提水式养殖池塘尾水治理工作"), None);
    }

    #[test]
    fn classifiers_say_what_they_count() {
        assert_eq!(counted("2360人次"), Some(Counted::Persons));
        assert_eq!(counted("3 名"), Some(Counted::Persons));
        assert_eq!(counted("46家"), Some(Counted::Bodies));
        assert_eq!(counted("5个"), None);
    }
}
