//! Word classes around quantities: the words that end a label because they are not part of the
//! noun phrase it names.
//!
//! A label is a noun phrase; what stands between it and its number, or after a number that closes
//! a clause, belongs to the predicate: linking verbs (`达到`, `控制在`, `占`), adverbs (`均`, `已`,
//! `全部`), comparison bases (`同比`, `比上年`) and verbs of action (`开展`, `发放`). These are
//! closed classes in the register of government reports. The lists were derived by segmenting the
//! reports in `../shared/unlabeled` and the five samples with a part-of-speech dictionary (jieba's,
//! `scripts/lexicon-stats.py`), counting the words that stand right before a number or right after
//! its unit, and keeping those tagged verb, adverb, preposition or particle; words the dictionary
//! tags as verbs but that head the names of statistics (`收入`, `支出`, `投资`, `销售`, `就业`) were
//! left out, since a label ends with them.
//!
//! ```
//! // 提高到 is the predicate, not part of what is measured.
//! let found = baogao::indicators("全市森林覆盖率提高到43.5%。");
//! assert_eq!(found[0].label, "全市森林覆盖率");
//! ```

use super::words::{words, WordSet, Words};
use crate::text::contains_char;

/// Adverbs of manner before a linking verb (`税收收入稳步达到500亿元`, `规模逐步扩大到…`, `总值连续
/// 跨越…`, `接连迈上…`) and of a whole (`收入全部超过…`): the predicate's, stripped like
/// [`LINKING`] with `FINE`.
const FINE_LINKING: Words = words![
    "稳步",
    "逐步",
    "持续",
    "不断",
    "进一步",
    "连续",
    "接连",
    "相继",
    "圆满",
    // 全部超过20万元: "all of them", as 均 (a linking word of every build).
    "全部"
];

/// Words that link a subject to its quantity, or qualify the link: stripped from the end of a
/// label that precedes its number (`城镇登记失业率控制在` → `城镇登记失业率`).
const LINKING: Words = words![
    "达到了",
    "达到",
    "达",
    "累计达",
    "共达",
    "已达",
    "将达",
    "完成了",
    "完成",
    "实现了",
    "实现",
    "突破了",
    "突破",
    "跨越",
    "迈过",
    "跃上",
    "迈上",
    "登上",
    "站上",
    "超过了",
    "超过",
    "超",
    "逾",
    // (Adverbs of a record before the link: `生产总值首次突破千亿元`.)
    "首次",
    "首度",
    "再次",
    "约为",
    "约",
    "近",
    "接近",
    "将近",
    "不到",
    "不足",
    "高达",
    "多达",
    "仅为",
    "仅",
    "只有",
    "有",
    "已有",
    "共有",
    "拥有",
    "是",
    "为",
    "低于",
    "高于",
    "分别为",
    "分别达到",
    "分别达",
    "分别完成",
    "分别是",
    "分别",
    "可达",
    "均为",
    "均达到",
    "均超过",
    "均可",
    "均",
    "占",
    "约占",
    "保持在",
    "保持",
    "维持",
    "控制在",
    "稳定在",
    "维持在",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增长到",
    "增长至",
    "增加到",
    "增加至",
    "增至",
    "扩大到",
    "扩大至",
    "上升到",
    "上升至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    // 败诉率低至2.5%: 低至 ("as low as"); the verb-before-至 rule would take the 率 with it.
    "低至",
    "降至",
    "降到",
    "减少到",
    "减少至",
    "减至",
    "压缩到",
    "压缩至",
    "缩短到",
    "缩短至",
    "缩减到",
    "缩减至",
    "调整为",
    "调至",
    "发展到",
    "发展至",
    "拓展到",
    "拓展至",
    "恢复到",
    "恢复至",
    "调整到",
    "延长到",
    "延长至",
    "得到",
    "实到",
    "平均",
    "跃升至",
    "跃升到",
    "升至",
    "由",
    "从",
    "共计",
    "合计",
    "总计",
    "累计",
    "共",
    "已经",
    "已",
    "将",
    "又",
    "再",
    "仍",
    "尚",
    "还",
    "也",
    "都",
    "就",
    "才",
    "继续",
    "始终",
    "一直",
    "预计",
    "预计达到",
    "预计完成",
    "同比",
    // 同比去年, 同比上年: 同比 with its basis said again (not 同 + 比去年).
    "同比去年",
    "同比上年",
    "环比",
    "比上年",
    "比上年同期",
    "较上年",
    "较上年同期",
    "比去年",
    "比去年同期",
    "较去年",
    "较去年同期",
    "比上年末",
    "较上年末",
    "与上年相比",
    "与去年相比",
    "与上年持平",
    "与上年",
    "与去年",
    "上年",
    "去年",
    "上年同期",
    "比上年多",
    "比上年少",
    "比去年多",
    "比去年少",
    "较上年多",
    "较上年少",
    "按可比价格计算",
    "按可比价计算",
    "按可比口径计算",
    "比",
    "较",
    "了",
    "的",
    "在",
    "是",
    "其中",
    "当中",
    "中",
    "以上",
    "左右",
    // A plan's verb of funding (`中央预算内投资拟安排7350亿元`): the statistic is the noun before it.
    "拟安排",
    "安排",
];

/// Words that open a predicate: a number followed by one of these closes its clause's subject
/// (`人大代表建议、政协提案923件全部办结`) instead of counting the noun after it.
const PREDICATE_START: Words = words![
    "全部",
    "均",
    "已",
    "已经",
    "都",
    "将",
    "正在",
    "顺利",
    "相继",
    "陆续",
    "先后",
    "被",
    "获",
    "获得",
    "实现",
    "完成",
    "办结",
    "建成",
    "投用",
    "投入使用",
    "开工",
    "竣工",
    "通过",
    "达到",
    "纳入",
    "列入",
    "用于",
    "得到",
    "参与",
    "受益",
    "入驻",
    "签约",
    "落户",
    "投产",
    "提高",
    "增加",
    "增长",
    "减少",
    "下降",
    "上升",
    "同比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "以上",
    "以下",
    "以内",
    "左右",
    "和",
    "及",
    "与",
    "等",
    "或",
    "即",
    "也",
    "仍",
    "还",
    "再",
    "又",
    "共",
    "累计",
    "合计",
    "次",
    "余",
    "多",
    "后",
    "前",
    "内",
    "中",
    "时",
    "到",
    "赴",
    "在",
    "去",
    "前往",
    "参加",
    "参与",
];

/// Light verbs and verbs of funding before the object they count (`开展普法宣讲12场`,
/// `拟安排专项债券资金260亿元`): stripped from the start of a label when a noun of two characters or
/// more remains. Verbs that define the statistic (`受理` vs `办结`, `发现` vs `整改`隐患) stay.
const LIGHT: Words = words![
    "开展",
    "组织",
    "举办",
    "召开",
    "进行",
    "实施",
    "拟安排",
    "安排",
    // A verb of issuing with the modal 拟 of a plan (`拟发行特别国债5000亿元`; 发行 alone opens
    // nouns: 发行费率), and of benefiting (`惠及学生3400万人次`).
    "拟发行",
    "惠及",
    // Verbs of handing out, laying out and printing before what they count (`发放救助金`,
    // `布设助农取款点`, `刊出政务公开栏`). (Not 取得: `取得执法证26人` counts the holders.)
    "发放",
    "布设",
    "刊出",
    "带动",
    "含",
    "包括",
    "涵盖",
    "涉及",
    "下达",
    "拨付",
    "造成",
    "导致",
    "形成",
    "获批",
    "获得",
    "争取",
    "吸引",
    "提供",
    "落实",
    "推动",
    "推进",
    "抓好",
    "做好",
    "办好",
    "抓实",
    "新建成",
    "建成",
    "建立",
    // A verb of attaining a planned figure (`完成一般公共预算收入`): the statistic is the noun
    // after it. (实现 is stripped with the words of `strip_words`.)
    "完成",
];

/// Verbs that open a predicate after the noun a count modifies (`3200户困难家庭发放了救助金`): the
/// right-hand label ends before them. Words that are as often nouns (培训, 审计, 覆盖) are left out.
const VERBS: Words = words![
    "发放",
    "参加",
    "参与",
    "获得",
    "完成",
    "实现",
    "办结",
    "建成",
    "开展",
    "组织",
    "举办",
    "召开",
    "受理",
    "办理",
    "安排",
    "下达",
    "拨付",
    "提供",
    "接待",
    "查处",
    "解决",
    "帮助",
    // Verbs of urging or guiding someone to act (`督促1963名被执行人履行义务`): the count's noun
    // after them is who was urged. (Not 指导, as often inside a noun: `合规指导事项`.)
    "督促",
    "引导",
    "动员",
    "鼓励",
    "履行",
    // Verbs of saying in a survey's findings (`三成企业表示满意`, `八成受访者认为…`).
    "表示",
    "认为",
    "救助",
    "资助",
    "筹集",
    "征收",
    "收取",
    "涉及",
    "抽查",
    "包括",
    "惠及",
    "造成",
    "导致",
    "获批",
    "进行",
    "实施",
    "挪用",
    "用于",
    "享受",
    "存在",
    "发生",
    "达到",
    "纳入",
    "列入",
    "发现",
    "奖励",
    "开工",
    "竣工",
    "启动",
    "投产",
    "入驻",
    "落户",
    "签约",
    "签订",
    "投用",
    "追加",
    "减免",
    "骗取",
    "套取",
    "侵占",
    "截留",
    "挤占",
    "兑付",
    "退还",
    "募集",
    "补发",
    "得到",
    "得以",
    "予以",
    "获评",
    "获准",
    "入围",
    "接入",
    "做到",
    "引进",
    "进入",
    "购买",
    // 15家政府网站加强…公开, 5个标准目录覆盖到乡镇, 40家部门编制公开目录 (编制 is also a noun,
    // `核定编制`: read as a verb only before its object, see NOUN_VERBS). (覆盖 alone is as often
    // a noun: 全覆盖; with 到 it is the verb.)
    "加强",
    "覆盖到",
    "编制",
];

/// The word sets: linking words by their last character; predicate openers, light verbs and verbs
/// by their first.
struct Sets {
    linking: WordSet,
    predicate_start: WordSet,
    light: WordSet,
    verbs: WordSet,
    /// [`VERBS`] and [`AMOUNT_VERBS`] keyed by their last character, for [`ends_with_verb`].
    verbs_by_last: WordSet,
    /// [`VERBS`], [`ADVERBS`] and [`MANNER`], for [`predicate_at`].
    predicate_words: WordSet,
    /// [`PROTECTED`] by last character and [`PROTECTED_START`] by first.
    protected_by_last: WordSet,
    protected_by_first: WordSet,
    /// [`ADVERBS`] by first character, for [`starts_adverb`].
    adverbs: WordSet,
}

fn sets() -> &'static Sets {
    static SETS: std::sync::OnceLock<Sets> = std::sync::OnceLock::new();
    SETS.get_or_init(|| Sets {
        linking: if super::FINE {
            WordSet::new(&[LINKING, FINE_LINKING], true)
        } else {
            WordSet::new(&[LINKING], true)
        },
        predicate_start: WordSet::new(&[PREDICATE_START], false),
        light: WordSet::new(&[LIGHT], false),
        verbs: WordSet::new(&[VERBS], false),
        verbs_by_last: WordSet::new(&[VERBS, AMOUNT_VERBS], true),
        predicate_words: if super::FINE {
            WordSet::new(
                &[
                    VERBS,
                    ADVERBS,
                    MANNER,
                    OUTCOME_VERBS,
                    CHANGE_PREDICATES,
                    COLLECTIVE_PREDICATES,
                    FINE_ADVERBS,
                    FINE_MANNER,
                ],
                false,
            )
        } else {
            WordSet::new(&[VERBS, ADVERBS, MANNER], false)
        },
        protected_by_last: if super::FINE {
            WordSet::new(&[PROTECTED, FINE_PROTECTED], true)
        } else {
            WordSet::new(&[PROTECTED], true)
        },
        protected_by_first: if super::FINE {
            WordSet::new(&[PROTECTED_START, FINE_PROTECTED_START], false)
        } else {
            WordSet::new(&[PROTECTED_START], false)
        },
        adverbs: if super::FINE {
            WordSet::new(&[ADVERBS, FINE_ADVERBS], false)
        } else {
            WordSet::new(&[ADVERBS], false)
        },
    })
}

/// Two-character words that end in a one-character linking word but are words of their own: the
/// label `违法行为` keeps its 为, `人均` its 均.
const PROTECTED: Words = words![
    "行为",
    "作为",
    "认为",
    "成为",
    "因为",
    "称为",
    "所有",
    "没有",
    "拥有",
    "具有",
    "存在",
    "现在",
    "正在",
    "所在",
    "内在",
    "发达",
    "到达",
    "表达",
    "通达",
    "但是",
    "还是",
    "就是",
    "总是",
    "节约",
    "集约",
    "制约",
    "签约",
    "预约",
    "履约",
    "邻近",
    "合约",
    "违约",
    "附近",
    "最近",
    "对比",
    "相比",
    "类比",
    "评比",
    "比较",
    "相较",
    "即将",
    "必将",
    "侵占",
    "挤占",
    "独占",
    "高超",
    "赶超",
    "自由",
    "理由",
    "缘由",
    "经由",
    "服从",
    "集中",
    "高中",
    "初中",
    "空中",
    "适中",
    "居中",
    "命中",
    "公共",
    "人均",
    "平均",
    "为了",
    "除了",
    "统计",
    "设计",
    "会计",
    "审计",
    "估计",
    "合计",
    "主要",
    "重要",
    "需要",
    "必要",
    "纪要",
    "摘要",
    "概要",
    "首要",
    "只要",
    "年均",
    "可比",
    "占比",
    "时尚",
    "收入比",
    "性别比",
    "抚养比",
    "人才",
    "之比",
    "涉及",
    "普及",
    "惠及",
    "危及",
    "波及",
    "下达",
    "送达",
    "到达",
    "抵达",
    "传达",
    "转达",
    "直达",
    "通达",
    "发达",
    "表达",
];

/// Words of [`PROTECTED`] read only with `FINE` (the small WebAssembly build leaves them out for
/// its size): 参与 (not 参 and the conjunction 与), 户均 and 亩均 (per household, per mu).
const FINE_PROTECTED: Words = words!["参与", "户均", "亩均", "民约", "公约"];

/// Words of [`PROTECTED_START`] read only with `FINE` (the small WebAssembly build leaves them out
/// for its size): kinship and policy words that open with a function word's character (近亲属,
/// 共济, 和美乡村; not 共建: `共建立…机构130家` is 共 + 建立), and the rarer words of the list.
const FINE_PROTECTED_START: Words = words![
    // 折叠床600张: a folding bed, not 折 (converted to) before a noun.
    "折叠",
    "近亲",
    "共济",
    "和美",
    // 了结7件: the verb 了结 (settle a case), not the particle 了.
    "了结",
    // 3050位已婚妇女: married, not the adverb 已.
    "已婚",
    "并网",
    "并购",
    "和谐",
    "与会",
    "为民",
    "使命",
    "使馆",
    "对台",
    "对上",
    "在园",
    "在途",
    "在押",
    "在营",
    "在库",
    "在办",
    "前沿",
    "内资",
    "内河",
    "内陆",
    "后备",
    "约谈",
    "约束",
    "约定",
    "在保",
    "在编",
    "在用",
    "在运",
    "在产",
    "在养",
    "近岸",
    "近视",
    // 共建 is the adverb 共 before 建 (`共建成12所`) except before a quoted initiative or its pair
    // (`共建“一带一路”国家`, `共建共享`).
    "共建“",
    "共建\"",
    "共建共",
    "共治",
    "共产",
    "共体",
    "共赢",
    "共商",
    "共识",
    "共性",
    "对照",
    "对标",
    "对接",
    "向上",
];

/// Two-character words that open with a one-character preposition, adverb, conjunction or
/// postposition but are words of their own: the label `在建项目` keeps its 在, `对外通道` its 对,
/// `共享单车` its 共, and `中小企业` after a count is its noun, not the 中 of `3年中`.
const PROTECTED_START: Words = words![
    // 还原后实际不良率: 还原 (restore) is a verb, not the adverb 还.
    "还原", // 既有住宅: 既有 (existing) is an adjective, not the adverb 既.
    "既有",
    "对外",
    "占比",
    "对口",
    "在建",
    "在校",
    "在线",
    "在职",
    "在岗",
    "在册",
    "在读",
    "近海",
    "近郊",
    // 近规企业, 近限企业: firms close to the size threshold of the statistics (规模以上, 限额以上),
    // not the adverb 近 ("nearly").
    "近规",
    "近限",
    "及时",
    // 及格率: 及格 (pass an exam), not the conjunction 及.
    "及格",
    "共享",
    "共青",
    "共有",
    "共同",
    "使用",
    "中等",
    "中小",
    "中央",
    "中国",
    "中心",
    "中型",
    "中医",
    "中学",
    "中职",
    "中药",
    "中华",
    "中级",
    "中高",
    "中长",
    // Nouns of the law that open with 被 (`54名被告人`, `失信被执行人`): no passive.
    "被执行人",
    "被告",
    "被害人",
    "被保险人",
    "被监护人",
    "被申请人",
    "被审计单位",
];

/// Whether a light verb opens with `c` ([`strip_action`] may strip a label that starts with it):
/// `false` when the set's filter says no light verb does.
pub(crate) fn may_open_action(c: char) -> bool {
    sets().light.may_key(c)
        // The first characters of COMPLETION_ADVERBS.
        || super::FINE && matches!(c, '超' | '提' | '如' | '按' | '圆')
}

/// Whether a linking word ends with `c` ([`strip_linking`] may strip a label that ends with it,
/// besides the 的, 年, 底, 末, 至 and 到 it reads on its own): `false` when the set's filter says
/// no linking word does.
pub(crate) fn may_close_linking(c: char) -> bool {
    sets().linking.may_key(c)
}

/// Whether the one-character word `w` before `rest` opens a word of its own with the character
/// after it (`在建`, `对外`: not the 在 or 对 of a label's start).
pub(crate) fn is_protected_start(w: &str, rest: &str) -> bool {
    let mut chars = w.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    // 共建 before a noun (`共建国家`, `共建产业集群`) is the word "jointly built", not the adverb
    // 共 before the verb 建 with its complement (`共建立`, `共建成`, `共建设`).
    if super::FINE && c == '共' {
        if let Some(after) = rest.strip_prefix('建') {
            if after.starts_with(crate::text::is_cjk)
                && !after.starts_with(chars!['立', '成', '设', '了', '起', '好', '造', '有'])
            {
                return true;
            }
        }
    }
    // Only the protected words that open with `w` (keyed by their first character).
    sets()
        .protected_by_first
        .words(c)
        .iter()
        .any(|p| rest.starts_with(&p[w.len()..]))
}

/// `label` without a comparison with a year at its end: `比2005年`, `较2013年底`, `是2005年的`.
fn strip_year_basis(label: &str) -> &str {
    // A year basis ends with 年, 年底 or 年末, and maybe 的: most labels end otherwise.
    if !label.ends_with(chars!['的', '年', '底', '末']) {
        return label;
    }
    let t = label.trim_end_matches('的');
    let t = t
        .strip_suffix("年底")
        .or_else(|| t.strip_suffix("年末"))
        .or_else(|| t.strip_suffix('年'));
    let Some(t) = t else { return label };
    // (PDF text: `是 2005 年的`.)
    let Some(d) = crate::text::strip_year_suffix(t) else {
        return label;
    };
    for w in ["比", "较", "是", "为", "与", "相比"] {
        if let Some(rest) = d.trim_end_matches(crate::text::is_space).strip_suffix(w) {
            return rest;
        }
    }
    label
}

/// Whether the one-character word `w` after `rest` ends a word of its own with the character before
/// it (`审计`, `人均`: not the 计 or 均 of a label's end).
pub(crate) fn is_protected_end(rest: &str, w: &str) -> bool {
    let mut chars = w.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    // 比重要达到30%: the measure 比重 (权重) and the modal 要, not the word 重要.
    if super::FINE && c == '要' && (rest.ends_with("比重") || rest.ends_with("权重")) {
        return false;
    }
    // Only the protected words that end in `w` (keyed by their last character).
    sets()
        .protected_by_last
        .words(c)
        .iter()
        .any(|p| rest.ends_with(&p[..p.len() - w.len()]))
}

/// Whether `s` ends with a linking verb of two characters or more (`调整到`, `提高至`).
pub(crate) fn ends_with_linking(s: &str) -> bool {
    s.chars().next_back().is_some_and(|last| {
        sets()
            .linking
            .words(last)
            .iter()
            .any(|w| w.chars().count() >= 2 && s.ends_with(w))
    })
}

/// `label` without the linking words, adverbs and bases at its end.
pub(crate) fn strip_linking(mut label: &str) -> &str {
    label = strip_year_basis(label);
    'strip: loop {
        let Some(last) = label.chars().next_back() else {
            return label;
        };
        for w in sets().linking.words(last) {
            let Some(rest) = label.strip_suffix(w) else {
                continue;
            };
            if is_protected_end(rest, w) {
                continue;
            }
            // 其中维持402件、撤销37件: alone, 维持 names a decision upheld (a category of 复议
            // and 诉讼 outcomes), not the linking verb of `优良率维持90%`.
            if *w == "维持" && rest.trim_matches(crate::text::is_space).is_empty() {
                continue;
            }
            label = rest.trim_end_matches(crate::text::is_space);
            // 压减至, 削减到: a verb of change of one character with 至/到 in the list is the
            // second half of a verb of two (压减, 削减, 缩减) whose first half goes with it.
            if let Some(verb) = w
                .strip_suffix(chars!['至', '到'])
                .filter(|v| v.chars().count() == 1)
            {
                if let Some(first) = label.chars().next_back() {
                    let mut pair = String::with_capacity(6);
                    pair.push(first);
                    pair.push_str(verb);
                    if super::UP.contains(&pair.as_str()) || super::DOWN.contains(&pair.as_str()) {
                        label = &label[..label.len() - first.len_utf8()];
                    }
                }
            }
            continue 'strip;
        }
        // A verb of change and 至/到 not in the list (`平均耗时提速至`, `审批时限压减到`): the
        // two characters before the 至 or 到 are the verb, when a noun of three or more remains.
        // Not when a noun's last morpheme stands before the 至 (`普及率至`, `比例至`: the noun
        // of `提高普及率至95%`, whose verb stands before it).
        if matches!(last, '至' | '到') {
            // 部分事项甚至压缩到: the 至 of a word of its own (甚至, 乃至, 以至, 直至, 截至)
            // is no half of a verb; 甚至 (`even`) is an adverb the label does without.
            if super::FINE && last == '至' {
                let rest = &label[..label.len() - 3];
                if let Some(noun) = rest.strip_suffix('甚') {
                    label = noun.trim_end_matches(crate::text::is_space);
                    continue 'strip;
                }
                if rest.ends_with(chars!['乃', '以', '直', '截']) {
                    return label;
                }
            }
            let mut starts = label.char_indices().rev().map(|(i, _)| i);
            let noun_before = label[..label.len() - 3]
                .chars()
                .next_back()
                .is_some_and(|c| NOUN_FINALS.contains(c));
            if noun_before {
                label = &label[..label.len() - 3];
                continue 'strip;
            }
            if let Some(verb) = starts.nth(2) {
                let rest = &label[..verb];
                if crate::text::char_len(rest) >= 3 && rest.ends_with(crate::text::is_cjk) {
                    label = rest;
                    continue 'strip;
                }
            }
            // 全部登记至2天: with too short a noun to part from its verb, the 至 alone goes (it
            // ends no noun; 到 ends verbs of their own: 做到, 收到, 受到). (The 至 of a word,
            // 甚至 or 乃至, was handled above.)
            if super::FINE && last == '至' && label.len() > 3 {
                return &label[..label.len() - 3];
            }
        }
        return label;
    }
}

/// Last morphemes of the nouns of measure (率, 比例, 比重, 数量, 金额, 面积 …): a word ending in
/// one before 至/到 is the measured noun, not a verb of change.
const NOUN_FINALS: &str = "率例重量额数值度积本费价模线限龄标";

/// Whether `s` ends with a last morpheme of a noun of measure ([`NOUN_FINALS`]: `事故起数`,
/// `参保率`): it names its own measure. Not 量, which also ends the names of what is measured
/// (`化学需氧量`, the substance whose 排放量 a list may share).
pub(crate) fn ends_with_measure(s: &str) -> bool {
    s.chars()
        .next_back()
        .is_some_and(|c| c != '量' && NOUN_FINALS.contains(c))
}

/// Whether `right` (the text after a quantity) opens a predicate rather than a noun.
pub(crate) fn opens_predicate(right: &str) -> bool {
    // Not a one-character opener that starts a word of its own with the character after it:
    // `46所中等职业学校`, `739户中小企业`, `5个在建项目` count the noun.
    sets()
        .predicate_start
        .strip_prefix(right)
        .is_some_and(|rest| !is_protected_start(&right[..right.len() - rest.len()], rest))
}

/// Whether `s` opens with one of [`VERBS`] (`存在撂荒现象`, `发放了补贴`): after a count, no noun
/// follows it.
pub(crate) fn starts_verb(s: &str) -> bool {
    sets().verbs.strip_prefix(s).is_some()
}

/// Whether `label` is a verb of action and nothing else (`造成`, `收取`).
pub(crate) fn is_action(label: &str) -> bool {
    [&sets().light, &sets().verbs]
        .iter()
        .any(|set| set.strip_prefix(label).is_some_and(str::is_empty))
}

/// Where the last verb of `s` starts (`部门开展检查` → before 开展).
pub(crate) fn last_verb_at(s: &str) -> Option<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .rfind(|&i| sets().verbs.strip_prefix(&s[i..]).is_some())
}

/// Whether `words` are a predicate and nothing else (`开工`, `发现`): a verb with no object names
/// nothing a quantity could be.
pub(crate) fn is_bare_predicate(words: &str) -> bool {
    is_action(words)
        || sets()
            .predicate_start
            .strip_prefix(words)
            .is_some_and(str::is_empty)
}

/// Nouns that name money of any kind (`涉及金额320万元`, `下达资金425亿元`, `落实资金28亿元`): only
/// the verb before them says which, and it stays with them. A closed class. (Not 人员: `涉及人员10人`
/// after a group of figures is read as that group's, see `repeated_group_head`.)
const GENERIC_OBJECTS: &[&str] = &["金额", "资金", "款项"];

/// `label` without a verb of action at its start, when two characters or more remain and they
/// are not a noun of [`GENERIC_OBJECTS`].
pub(crate) fn strip_action(label: &str) -> &str {
    // 超额完成税收收入, 提前完成造林任务: an adverb of how a target was met, before the light
    // verb, goes with it (when the verb is stripped; `超额` alone stays).
    // (Each adverb opens with 超, 提, 如, 按 or 圆: one look at the first character answers most
    // labels before the six are tried.)
    let adverb = if super::FINE && label.starts_with(chars!['超', '提', '如', '按', '圆']) {
        COMPLETION_ADVERBS
            .iter()
            .find_map(|a| label.strip_prefix(a))
    } else {
        None
    };
    let label = match adverb {
        Some(rest) if strip_action_only(rest).len() < rest.len() => rest,
        _ => label,
    };
    strip_action_only(label)
}

/// Adverbs of meeting a target before its verb (`超额完成`, `提前建成`, `超预期完成`): a closed
/// class. (Each opens with 超, 提, 如, 按 or 圆, see [`strip_action`] and [`may_open_action`].)
const COMPLETION_ADVERBS: [&str; 6] = ["超预期", "超额", "提前", "如期", "按期", "圆满"];

/// [`strip_action`] without the adverbs of [`COMPLETION_ADVERBS`].
fn strip_action_only(label: &str) -> &str {
    match sets().light.strip_prefix(label) {
        Some(rest)
            if crate::text::char_len(rest) >= 2
                && !(super::FINE && GENERIC_OBJECTS.contains(&rest))
                && !(super::FINE
                    && (rest.starts_with(NOMINAL_SUFFIXES)
                        || VERB_NOUNS.iter().any(|w| label.starts_with(w)))) =>
        {
            rest
        }
        _ => label,
    }
}

/// Bound characters that make a noun of the verb before them (`完成率`, `发放量`, `实现额`): a
/// verb so closed is no action to strip from the label. A closed class.
const NOMINAL_SUFFIXES: [char; 3] = ['率', '量', '额'];

/// Nouns that open with a light verb (`建成区`, the built-up area of a city: `建成区绿化覆盖率`
/// keeps 建成; but `实施区重点项目` is 实施 + 区): a closed class.
const VERB_NOUNS: [&str; 2] = ["建成区", "开发区"];

/// The byte offset in `right` where a predicate begins, past the first two characters (the noun
/// a count modifies ends there): `困难家庭发放了临时救助金` → before 发放.
/// Whether the character before a 进 makes a word with it (推进, 促进, 引进, 先进 …): then 进行
/// right after is no verb but that word and the next one's first character (`推进行政执法`,
/// `引进行业人才`, `进入先进行列`).
pub(crate) fn ends_a_word_with_jin(before: &str) -> bool {
    before.ends_with(chars![
        '推', '促', '引', '先', '增', '改', '前', '跟', '演', '奋', '挺', '并', '精', '激', '递',
        '迈', '齐', '突', '跃', '后', '上',
    ])
}

/// Whether the first character of a verb found at the end of `before` + `here` closes a word
/// with the character before it, so that the verb is no word of the text but the tail of one
/// word and the head of the next: `研发生产` (研发 + 生产, not 发生), `落实施工` (落实 + 施工),
/// `投资助力` (投资 + 助力), `吸引进口` (吸引 + 进口). A closed class of common words by their last
/// character (进: [`ends_a_word_with_jin`]), each a word that rarely ends in its last character
/// by chance: not 开 (公开发布), 分 (部分发放), 下 (情况下发放), 真 (认真实施).
pub(crate) fn splits_a_word(before: &str, here: &str) -> bool {
    let Some(c) = here.chars().next() else {
        return false;
    };
    let closers: &[char] = match c {
        '进' => return ends_a_word_with_jin(before),
        _ if !super::FINE => return false,
        '发' => &[
            '研', '印', '颁', '激', '爆', '突', '引', '签', '核', '转', '散', '启', '揭', '频',
            '批',
        ],
        '实' => &['落'],
        '资' => &['投', '融', '集', '筹', '合', '独', '出', '注', '增'],
        '引' => &['吸', '招', '牵'],
        // 亩均税收, 户均收入, 人均可支配收入, 平均负荷率: 均 of an average, no adverb.
        '均' => &['亩', '户', '人', '年', '日', '月', '平'],
        // 公开工作, 召开工作会议, 展开工作: 开 closes 公开 (召开 …), and 开工 is no verb there.
        '开' => &['公', '召', '展', '离', '打', '放', '敞', '分', '避', '隔'],
        // 失信被执行人, 刑事被告人: 被 opens a noun of the law, no passive.
        '被' => return is_protected_start("被", &here['被'.len_utf8()..]),
        _ => return false,
    };
    before.ends_with(closers)
}

pub(crate) fn predicate_at(right: &str) -> Option<usize> {
    let words = &sets().predicate_words;
    // The first verb, adverb or negation from the noun's third character on.
    let verb = right
        .char_indices()
        .skip(2)
        .take(30)
        // Most characters key no verb or adverb and are not 未 or 应 (a negation's first
        // character): the set's filter answers for them without a lookup.
        .filter(|&(_, c)| words.may_key(c) || c == '未' || c == '应')
        .map(|(i, _)| i)
        // One lookup by first character in the verbs and adverbs together.
        .find_map(|i| {
            let here = &right[i..];
            if splits_a_word(&right[..i], here) {
                // (平均 opens an average, a measure of its own after the noun: `5座水厂平均
                // 负荷率`, `12个乡镇平均每个…`; the noun ends before it.)
                return (super::FINE && here.starts_with('均') && right[..i].ends_with('平'))
                    .then(|| i - '平'.len_utf8())
                    .filter(|&k| k > 0);
            }
            match words.strip_prefix(here) {
                // 新 (newly) before the verb: with an ideograph right after the verb, the
                // attribute of the noun after it (`计划新开工项目`, `新投产企业`); otherwise it opens
                // the predicate with its verb (`10个项目新开工`), when two characters stand before it.
                Some(rest)
                    if super::FINE
                        && right[..i].ends_with('新')
                        && (rest.starts_with(crate::text::is_cjk)
                            || right[..i - 3].chars().nth(1).is_some()) =>
                {
                    (!rest.starts_with(crate::text::is_cjk)).then_some(i - 3)
                }
                // 人民调解组织共调解…: a verb that is also a noun is the phrase's head when an
                // adverb or the end of the text follows it instead of an object.
                Some(rest) if NOUN_VERBS.iter().any(|w| here.starts_with(w)) => {
                    let opens = [
                        "共", "均", "已", "都", "全", "累计", "合计", "和", "及", "与", "等",
                    ];
                    if !rest.starts_with(crate::text::is_cjk) {
                        None
                    } else if opens.iter().any(|w| rest.starts_with(w)) {
                        Some(right.len() - rest.len())
                    } else {
                        // …资助贫困学生: an object follows, it is the verb.
                        Some(i)
                    }
                }
                // 从事依法行政工作, 推进依法治县: 依法 opens a noun of the set phrases of the rule
                // of law, no manner of an act.
                Some(rest)
                    if super::FINE
                        && here.starts_with('依')
                        && rest.starts_with(chars!['行', '治']) =>
                {
                    None
                }
                Some(_) => Some(i),
                None => starts_negation(here).then_some(i),
            }
        });
    // The manner of an audit finding after the counted noun (`3个部门违规发放…`, `4个县未按规定…`):
    // from the noun's second character on, no noun of one or more characters goes on with them
    // (at the start they modify the noun: `36宗违法行为`).
    let manner = right
        .char_indices()
        .skip(1)
        .take(30)
        // Only a manner word (or the cause's preposition before it, two characters at most)
        // that starts before the verb can come first: the walk stops six bytes past the verb.
        .take_while(|&(i, _)| verb.is_none_or(|v| i < v + 6))
        .find(|&(i, c)| {
            let here = &right[i..];
            (opens_audit_manner(c) && AUDIT_MANNER.iter().any(|w| here.starts_with(w)))
                || (i <= 3 && starts_negation(here))
        })
        .map(|(i, _)| i)
        // 45个项目因违规决策…: the cause's preposition goes with the predicate.
        .map(|i| {
            ["因", "由于", "因为"]
                .iter()
                .find_map(|w| right[..i].strip_suffix(w))
                .filter(|noun| !noun.is_empty())
                .map_or(i, str::len)
        });
    verb.map_or(manner, |i| Some(manner.map_or(i, |m| m.min(i))))
}

/// Whether a word of [`AUDIT_MANNER`] opens with `c` (each opens with 违, 超, 擅, 变, 虚 or 重):
/// most characters after a count open none, and the list is not searched for them.
fn opens_audit_manner(c: char) -> bool {
    matches!(c, '违' | '超' | '擅' | '变' | '虚' | '重')
}

/// The manner words that audit findings put between the counted noun and the verb (`3个部门违规
/// 发放…`, `单位超范围列支…`, `2万名人员重复领取…`).
const AUDIT_MANNER: &[&str] = &[
    "违规",
    "违法",
    "超范围",
    "超标准",
    "超预算",
    "擅自",
    "变相",
    "虚报",
    "重复",
];

/// Verbs that are as often the head noun of a phrase (`调解组织`, `社会救助`).
const NOUN_VERBS: &[&str] = &["组织", "救助", "资助", "奖励", "编制"];

/// Verbs whose object is an amount (`增加6万亿元…`, `投入1.67亿元…`, `增发1万亿元国债`).
const AMOUNT_VERBS: Words = words![
    "增加", "增发", "发行", "新增", "投入", "花费", "支付", "支出", "挪用", "下达", "安排", "拨付",
    "筹集", "节约", "融资", "收取", "获取", "争取", "带动", "吸引", "完成", "实现", "减少", "追加",
    "退还", "减免", "兑付", "发放", "募集", "骗取", "套取", "侵占", "截留", "挤占",
];

/// Whether `s` ends with a verb whose object follows (the amount, then what it is): one of
/// [`AMOUNT_VERBS`] or [`VERBS`], in one lookup by the last character of `s` (a word that ends
/// `s` is keyed by it; `ends_with` on the 34 amount verbs one by one cost about 300 instructions).
pub(crate) fn ends_with_verb(s: &str) -> bool {
    sets().verbs_by_last.strip_suffix(s).is_some()
}

/// Whether `right` opens with a preposition or a purpose (`为1所中学…`, `用于…`, `给…`): what
/// follows is not the noun the amount is.
pub(crate) fn opens_with_preposition(right: &str) -> bool {
    [
        "为", "用于", "给", "向", "对", "于", "在", "从", "由", "以", "按", "搞", "将", "被", "的",
        "和", "及", "等",
    ]
    .iter()
    .any(|w| right.starts_with(w))
        // 专门用于, 全部用于, 统筹用于: an adverb of two characters before the purpose.
        || super::FINE && right.char_indices().nth(2).is_some_and(|(k, _)| right[k..].starts_with("用于"))
}

/// Whether `right` opens with an adverb (`仍处于…`, `已建成…`): a predicate that names no noun.
pub(crate) fn opens_with_adverb(right: &str) -> bool {
    starts_adverb(right)
        || ["仍", "还", "都", "也", "尚", "再"]
            .iter()
            .any(|w| right.starts_with(w))
}

/// Adverbs and auxiliaries that start a predicate inside running text (a subset of
/// [`PREDICATE_START`] that is never the inside of a noun), and the negation 未 (`5家机构未按规定…`),
/// except in the few nouns it opens (未来, 未成年人 …).
pub(crate) fn starts_adverb(s: &str) -> bool {
    // One lookup by first character (a search of the list word by word cost 150 instructions).
    // (Not a one-character adverb that opens a word with the character after it: the 被 of
    // 被告人, see `PROTECTED_START`.)
    sets()
        .adverbs
        .strip_prefix(s)
        .is_some_and(|rest| !is_protected_start(&s[..s.len() - rest.len()], rest))
        || starts_negation(s)
}

/// Whether `s` opens a predicate with an adverb of [`starts_adverb`]: one of two characters
/// before an ideograph (`全面推行`, `陆续完成`), one of one character right before a verb of the
/// lexicon (`已完成`; 均 alone is inside 人均).
pub(crate) fn adverb_before_verb(s: &str) -> bool {
    sets().adverbs.strip_prefix(s).is_some_and(|rest| {
        let adverb = &s[..s.len() - rest.len()];
        if adverb.chars().nth(1).is_some() {
            rest.starts_with(crate::text::is_cjk)
        } else {
            starts_verb(rest) || sets().light.strip_prefix(rest).is_some()
        }
    })
}

/// The adverbs and auxiliaries of [`starts_adverb`], without the negation.
const ADVERBS: Words = words![
    "全部", "已经", "正在", "顺利", "相继", "陆续", "均已", "均", "已", "将", "被", "尚未", "没有",
    "仍未", "全面", "按期", "如期", "尽早", "尽快", "提前", "逾期", "超期",
];

/// Adverbs of [`ADVERBS`] read only with `FINE`: the extent of an action (`绿道120公里全线贯通`)
/// and its duration (`办公用房3200平方米长期出租`: a predicate after the measured noun).
/// Also 正式 and 成功 before a verb of starting or passing (`项目正式开工`, `6家企业成功申报`), and
/// the linking verb 成为 (`…项目成为全市最大的…`): a predicate after a noun (with `FINE`; 正式
/// opening a noun, `正式党员`, stays: `predicate_at` reads from the noun's third character).
const FINE_ADVERBS: Words = words!["全线", "长期", "正式", "成功", "成为"];

/// Adverbs of [`MANNER`] read only with `FINE`: the outcome of an action (`10件实事圆满办结`; a
/// linking verb's too, `任务圆满完成453项`, see [`FINE_LINKING`]).
const FINE_MANNER: Words = words![
    "圆满",
    // 54名被告人依法判处刑罚: the lawful manner of the act (依法治县 at the start is a noun's,
    // and 依法行政 inside one: see `predicate_at`).
    "依法", "依规",
    // 23个项目连续3年按同一额度安排: the span the act is repeated over.
    "连续",
];

/// Adverbs of manner and pace that open a predicate after a counted noun (`7项审批职能认真核对`,
/// `4万名干部深入农村`, `32个聚集区加快建设`): for [`predicate_at`] only, inside the words after
/// a count. At their start they may modify the noun (`2张明显虚假的凭证`, `3个积极因素`), so
/// [`starts_adverb`] leaves them out.
const MANNER: Words = words![
    "认真",
    "积极",
    "切实",
    "及时",
    "主动",
    "扎实",
    "深入",
    "不断",
    "进一步",
    "逐步",
    "稳步",
    "大力",
    "着力",
    "全力",
    "明显",
    "普遍",
    "严格",
    "率先",
    "有所",
    "加快",
    // 12家企业成功上市, 3000名教师全员竞聘上岗: the outcome and the extent of the action.
    "成功",
    "全员",
];

/// Verbs of an outcome or a state reached that follow a counted noun as its predicate in work
/// reports (`24家企业入选…`, `50家央企签署…`, `640个项目落地`, `2项工作受到…表彰`): for
/// [`predicate_at`] only (with `FINE`), so the right-hand label ends before them. Each is a verb
/// that does not modify a noun inside a compound (unlike 处理 of 污水处理厂, 推广 of 农技推广站,
/// 上市 of 上市公司, 达标 of 达标率); 有望 (is expected to) and 平等 (equally: `随迁子女平等接受…`)
/// open a predicate as adverbs.
const OUTCOME_VERBS: Words = words![
    "入选", "上榜", "荣获", "驰援", "签署", "接受", "受到", "开始", "取得", "实行", "做大", "落地",
    "有望", "平等",
];

/// Verbs of a change after a counted noun, its predicate (`9项事项压缩审批时限至1天`,
/// `12个项目缩短工期`): for [`predicate_at`] only (with `FINE`), so the right-hand label ends
/// before them and the figure the change leads to keeps its noun. The two-character verbs of
/// `indicator::UP` and `indicator::DOWN` that never open a noun compound: not 增长 (增长点), 增加
/// (增加值), 提升 (提升工程), 扩大 (扩大内需), 上调/下调 and the fiscal pairs (增收, 减支 …),
/// which name measures.
const CHANGE_PREDICATES: Words = words![
    "上升", "提高", "上涨", "回升", "攀升", "跃升", "下降", "减少", "降低", "压缩", "缩短", "缩减",
    "缩小", "下滑", "回落", "削减", "压减", "压降", "收窄", "下跌", "精简",
];

/// Set phrases of political language that say how a group of people acted, the predicate after
/// a count of them (`50万干部群众众志成城`, `3万名党员冲锋在前`, `1200名医务人员日夜奋战`): for
/// [`predicate_at`] only (with `FINE`), so the right-hand label ends with the people. A closed
/// class; none of them modifies a noun inside a compound.
const COLLECTIVE_PREDICATES: Words = words![
    "众志成城",
    "同心协力",
    "齐心协力",
    "团结一心",
    "守望相助",
    "共克时艰",
    "攻坚克难",
    "迎难而上",
    "挺身而出",
    "冲锋在前",
    "冲锋陷阵",
    "日夜奋战",
    "夜以继日",
    "无私奉献",
    "踔厉奋发",
    "勇毅前行",
    "埋头苦干",
    "真抓实干",
    "砥砺奋进",
    "奋勇争先",
    "逆行出征",
    "坚守岗位",
    "奋战",
];

/// The negation 未 (except in 未来 …) and the audit pattern 应X未X.
fn starts_negation(s: &str) -> bool {
    (s.starts_with('未')
            && !["未来", "未成年", "未婚", "未知"]
                .iter()
                .any(|w| s.starts_with(w)))
        // 应保未保, 应收未收: "should but did not", a predicate of audit language.
        || (s.starts_with('应') && s.chars().filter(|c| !c.is_whitespace()).nth(2) == Some('未'))
}

/// Names of the national industry classification (国民经济行业分类, GB/T 4754) and of the
/// statistical groupings that hold 、 inside one name: a closed class, read whole where a label
/// would otherwise start after its last 、 (`电力、热力、燃气及水生产和供应业增长4.5%`).
const NAMES_WITH_COMMAS: &[&str] = &[
    "电力、热力、燃气及水生产和供应业",
    // The older classification's name (GB/T 4754-2002), still in county bulletins.
    "电力、燃气及水的生产和供应业",
    "交通运输、仓储及邮电通信业",
    "交通运输、仓储和邮政业",
    "信息传输、软件和信息技术服务业",
    "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业",
    "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织",
    "农、林、牧、渔业",
    "农、林、牧、渔专业及辅助性活动",
    "计算机、通信和其他电子设备制造业",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "石油、煤炭及其他燃料加工业",
    "纺织服装、服饰业",
    "皮革、毛皮、羽毛及其制品和制鞋业",
    "木材加工和木、竹、藤、棕、草制品业",
    "文教、工美、体育和娱乐用品制造业",
    "酒、饮料和精制茶制造业",
    "教育、文化艺术和广播电影电视",
    "卫生、社会保障和社会福利业",
    "金属制品、机械和设备修理业",
];

/// The last characters of the names of [`NAMES_WITH_COMMAS`] (a test checks that each name ends
/// with one of them).
const NAME_ENDS: [char; 4] = ['业', '织', '动', '视'];

/// The whole name of [`NAMES_WITH_COMMAS`] that `label` is the tail of, when `before` (the words
/// before the quantity) holds it: `燃气及水生产和供应业` → `电力、热力、燃气及水生产和供应业`.
#[cfg_attr(feature = "fine-labels", inline)]
pub(crate) fn whole_name(before: &str, label: &str) -> Option<&'static str> {
    // A tail of a name ends with the name's last character (see `NAME_ENDS`): most labels end
    // otherwise, and the words before them, often long, are not searched for 、.
    // (The last byte first: 业 织 动 视 end with 9A, 87, A8 and 86, most labels with another.)
    if !matches!(label.as_bytes().last(), Some(0x9a | 0x87 | 0xa8 | 0x86))
        || !label.ends_with(NAME_ENDS)
        || !contains_char(before, '、')
    {
        return None;
    }
    NAMES_WITH_COMMAS
        .iter()
        .find(|n| n.len() > label.len() && n.ends_with(label) && before.contains(*n))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_completion_adverb_opens_with_a_checked_character() {
        assert!(COMPLETION_ADVERBS
            .iter()
            .all(|a| a.starts_with(chars!['超', '提', '如', '按', '圆'])));
    }

    #[test]
    fn ends_with_verb_finds_amount_verbs_and_verbs() {
        for w in AMOUNT_VERBS.iter().chain(VERBS.iter()) {
            assert!(ends_with_verb(&format!("今年{w}")), "{w}");
        }
        assert!(!ends_with_verb("地区生产总值"));
        assert!(!ends_with_verb(""));
    }

    #[test]
    fn every_name_with_commas_ends_with_a_listed_character() {
        for n in NAMES_WITH_COMMAS {
            assert!(n.ends_with(NAME_ENDS), "{n}");
        }
        // (`whole_name` tests the last byte of these before the characters.)
        for c in NAME_ENDS {
            let last = c.to_string().as_bytes().last().copied();
            assert!(matches!(last, Some(0x9a | 0x87 | 0xa8 | 0x86)), "{c}");
        }
        assert_eq!(
            whole_name("电力、热力、燃气及水生产和供应业", "供应业"),
            Some(NAMES_WITH_COMMAS[0])
        );
        assert_eq!(whole_name("甲、乙", "供应量"), None);
    }

    #[test]
    fn linking_words_leave_the_noun() {
        assert_eq!(strip_linking("城镇登记失业率控制在"), "城镇登记失业率");
        assert_eq!(strip_linking("受理投诉数量较去年"), "受理投诉数量");
        assert_eq!(strip_linking("线上办件量已突破"), "线上办件量");
        assert_eq!(strip_linking("全市人口将超过"), "全市人口");
        assert_eq!(strip_linking("中央预算内投资拟安排"), "中央预算内投资");
        assert_eq!(strip_linking("比上年"), "");
        assert_eq!(strip_linking("查处违法行为"), "查处违法行为");
        assert_eq!(strip_linking("城镇居民人均"), "城镇居民人均");
        assert_eq!(strip_linking("地区生产总值比2020年"), "地区生产总值");
        assert_eq!(strip_linking("设施农业面积发展到"), "设施农业面积");
        // A verb ending in 达 is a word of its own (下达, 送达), not a noun and the linking 达.
        assert_eq!(strip_linking("财政继续下达"), "财政继续下达");
        assert_eq!(strip_linking("粮食产量达"), "粮食产量");
    }

    #[test]
    fn every_predicate_word_opens_with_an_ideograph() {
        // label_in reads none of these after a figure followed by anything else (nor the
        // words it spells out: 仍, 还 … of opens_with_adverb, 未 and 应, 至, 截 and 到).
        for w in PREDICATE_START
            .iter()
            .chain(ADVERBS.iter())
            .chain(VERBS.iter())
        {
            assert!(w.starts_with(crate::text::is_cjk), "{w}");
        }
    }

    #[test]
    fn every_audit_manner_word_opens_with_a_checked_character() {
        for w in AUDIT_MANNER {
            assert!(w.starts_with(opens_audit_manner), "{w}");
        }
    }

    #[test]
    fn predicates_and_actions() {
        assert!(opens_predicate("全部办结。"));
        assert!(!opens_predicate("困难家庭"));
        // A postposition opens the predicate; a noun that starts with its character does not.
        assert!(opens_predicate("中，有6家不合格"));
        assert!(opens_predicate("内完成"));
        assert!(!opens_predicate("中小企业"));
        assert!(!opens_predicate("在建项目"));
        assert_eq!(strip_action("拟安排专项债券资金"), "专项债券资金");
        assert_eq!(strip_action("带动社会投资"), "社会投资");
        assert_eq!(strip_action("含重点提案"), "重点提案");
        assert_eq!(strip_action("立案"), "立案");
        if super::super::FINE {
            assert_eq!(strip_action("超额完成招商引资任务"), "招商引资任务");
            assert_eq!(strip_action("提前建成安置房"), "安置房");
            assert_eq!(strip_action("超额"), "超额");
            assert_eq!(strip_action("如期交付"), "如期交付");
        }
        // A verb that defines the statistic stays: 受理 and 办结 count different things.
        assert_eq!(strip_action("受理行政事项"), "受理行政事项");
        assert!(is_action("造成") && !is_action("造成损失"));
        let right = "困难家庭发放了临时救助金";
        assert_eq!(&right[..predicate_at(right).unwrap()], "困难家庭");
        if super::super::FINE {
            // A verb of change after the counted noun opens its predicate.
            let right = "审批事项缩短办理时限至3天";
            assert_eq!(&right[..predicate_at(right).unwrap()], "审批事项");
            assert_eq!(strip_linking("全部办结至"), "全部办结");
            // 甚至 is an adverb; the 至 of 乃至 is no half of a verb.
            assert_eq!(strip_linking("部分事项甚至"), "部分事项");
            assert_eq!(strip_linking("个别企业甚至"), "个别企业");
            assert_eq!(strip_linking("城市乃至"), "城市乃至");
        }
    }
}
