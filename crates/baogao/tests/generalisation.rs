//! Issue 10's categories, each with sentences written for these tests (not taken from any report):
//! labels as noun phrases, quantities in the forms real reports use, and the traps that are not
//! indicators.

use baogao::{indicators, Direction, IndicatorKind};

/// (text, label) of every indicator of `s`.
fn labelled(s: &str) -> Vec<(String, String)> {
    indicators(s)
        .into_iter()
        .map(|i| (i.text.into(), i.label.into()))
        .collect()
}

/// The labels of the indicators of `s`, in order.
fn labels(s: &str) -> Vec<String> {
    indicators(s)
        .into_iter()
        .map(|i| i.label.to_string())
        .collect()
}

fn label_of(s: &str, text: &str) -> String {
    indicators(s)
        .into_iter()
        .find(|i| i.text == text)
        .unwrap_or_else(|| panic!("no indicator {text:?} in {s:?}: {:?}", labelled(s)))
        .label
        .into()
}

#[test]
fn label_stops_before_the_predicate() {
    assert_eq!(
        label_of("全年为1500户低保家庭发放了取暖补贴。", "1500户"),
        "低保家庭"
    );
    assert_eq!(
        label_of("累计为800名退役军人办理了优待证。", "800名"),
        "退役军人"
    );
}

#[test]
fn label_drops_linking_verbs_and_adverbs() {
    assert_eq!(
        label_of("全区绿化覆盖率提高到41.2%。", "41.2%"),
        "全区绿化覆盖率"
    );
    assert_eq!(
        label_of("调查失业率控制在5.5%以内。", "5.5%以内"),
        "调查失业率"
    );
    // 突破 is a lower bound, kept in the text like 超过 (CONVENTIONS).
    assert_eq!(
        label_of("网上办件量已突破80万件。", "突破80万件"),
        "网上办件量"
    );
    assert_eq!(
        label_of("到2030年常住人口将超过500万人。", "超过500万人"),
        "常住人口"
    );
}

#[test]
fn label_drops_leading_verbs_and_the_basis() {
    assert_eq!(
        label_of("拟安排地方政府专项债券120亿元。", "120亿元"),
        "地方政府专项债券"
    );
    assert_eq!(label_of("带动民间投资42亿元。", "42亿元"), "民间投资");
    assert_eq!(
        label_of("信访案件数量较去年下降6.1%。", "6.1%"),
        "信访案件数量"
    );
}

#[test]
fn a_continuation_clause_takes_the_subject() {
    let s = "全县一般公共预算收入8.6亿元、增长5.2%。";
    assert_eq!(label_of(s, "5.2%"), "全县一般公共预算收入");
    let s = "办结申请36件，其中予以公开20件，占55.6%。";
    assert_eq!(label_of(s, "55.6%"), "予以公开");
    let s = "规模以上工业增加值完成45亿元，增速7.1%。";
    assert_eq!(label_of(s, "7.1%"), "规模以上工业增加值增速");
}

#[test]
fn fenbie_distributes_the_subjects() {
    let s = "城镇、农村居民人均可支配收入分别增长4.9%和7.2%。";
    assert_eq!(
        labelled(s),
        [
            ("4.9%".to_string(), "城镇居民人均可支配收入".to_string()),
            ("7.2%".to_string(), "农村居民人均可支配收入".to_string())
        ]
    );
    let found = indicators(s);
    assert!(found.iter().all(|i| i.kind == IndicatorKind::Change));
    let s = "城乡居民人均存款分别达到5.1万元和2.3万元。";
    assert_eq!(label_of(s, "2.3万元"), "农村居民人均存款");
}

#[test]
fn fenbie_items_share_the_measure_of_the_last() {
    // Items of unequal length are nouns of their own; the measure the last names is each one's.
    let l = labelled("全年粮食、油料和蔬菜产量分别增长2.1%、3.4%和5.6%。");
    assert_eq!(
        l.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>(),
        ["粮食产量", "油料产量", "蔬菜产量"]
    );
    let l = labelled("单位能耗、新建建筑面积、二氧化硫排放分别下降4%、6%、8%。");
    assert_eq!(
        l.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>(),
        ["单位能耗", "新建建筑面积", "二氧化硫排放"]
    );
}

#[test]
fn counts_joined_by_a_conjunction_are_not_a_rate() {
    // 每1个…配N is a rate's denominator; 1个部门和9家单位 is a list of two counts.
    let l = labelled("抽查发现1个部门和9家下属单位违规收费。");
    assert_eq!(
        l.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        ["1个", "9家"]
    );
    // 涉及, 惠及 end in 及 but are verbs, not a trailing conjunction.
    assert!(label_of("此次排查惠及2万人。", "2万人").ends_with("惠及"));
}

#[test]
fn a_change_wrapped_over_lines() {
    // PDF text: the verb of change split by the wrap, and a 分别 list running over two lines.
    let f = baogao::parse(
        "某市统计公报\n\n一、概况\n全市粮食总产量比上年增\n长 3.2%，城镇、农村居民收入分别增长\n4.1%、\n6.3%。\n",
    )
    .indicators;
    let got: Vec<_> = f
        .iter()
        .map(|i| (i.label.as_str(), i.kind, i.direction))
        .collect();
    assert_eq!(
        got,
        [
            ("全市粮食总产量", IndicatorKind::Change, Some(Direction::Up)),
            ("城镇居民收入", IndicatorKind::Change, Some(Direction::Up)),
            ("农村居民收入", IndicatorKind::Change, Some(Direction::Up)),
        ]
    );
}

/// `paragraph` hard-wrapped every `width` characters as PDF text does: a break may fall inside a
/// word, between a figure and its unit or inside a unit, but not inside a run of digits.
fn hard_wrapped(paragraph: &str, width: usize) -> String {
    let chars: Vec<char> = paragraph.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || c == '.' || c == '%';
    let mut out = String::new();
    let mut k = 0;
    while k < chars.len() {
        let mut e = (k + width).min(chars.len());
        while e < chars.len() && e > k + 1 && digit(chars[e - 1]) && digit(chars[e]) {
            e -= 1;
        }
        out.extend(&chars[k..e]);
        out.push('\n');
        k = e;
    }
    out
}

/// An indicator as the robustness tests compare it: (text without line breaks, value, unit,
/// label, kind).
type Typed = (String, String, Option<String>, String, IndicatorKind);

fn typed_row(i: baogao::Indicator) -> Typed {
    (
        i.text.replace('\n', ""),
        i.value.to_string(),
        i.unit.map(|u| u.to_string()),
        i.label.to_string(),
        i.kind,
    )
}

/// [`Typed`] rows of every indicator of a report whose body is `body`.
fn typed(body: &str) -> Vec<Typed> {
    baogao::parse(&format!("某县经济运行情况\n\n{body}"))
        .indicators
        .into_iter()
        .map(typed_row)
        .collect()
}

#[test]
fn a_hard_wrapped_paragraph_gives_what_the_unwrapped_one_gives() {
    // Every width from 16 to 30 characters (narrower than a page of PDF text, whose lines hold
    // 30–45) puts the breaks somewhere else: inside labels, verbs, 分⏎别, units (个百⏎分点,
    // 美⏎元), bounds (5%以⏎上), a from–to (从⏎改革前的), 新⏎增 (no change) and right before
    // figures; and the paragraph's first line, with no full stop yet, under the title.
    let paragraph = "全县实现地区生产总值128.6亿元，比上年增长6.2%，增速高于全市1.4个百分点。\
        其中，第一产业增加值18.3亿元，增长3.1%；第二产业增加值46.7亿元，增长7.5%。\
        规模以上工业企业达到126家，比上年增加9家；工业用电量3.25亿千瓦时，同比下降2.4%。\
        全年实际利用外资8100万美元，增长5%以上；居民人均可支配收入达到31250元。\
        新建农村公路86公里，改造危房213户，城乡低保标准分别提高到每月780元和620元。\
        异地就医人次从改革前的0.8万增至12.6万，五年新增市场主体4.3万家。";
    let want = typed(&format!("{paragraph}\n"));
    assert_eq!(want.len(), 20, "{want:?}");
    for width in 16..=30 {
        assert_eq!(
            typed(&hard_wrapped(paragraph, width)),
            want,
            "width {width}:\n{}",
            hard_wrapped(paragraph, width)
        );
    }
}

/// [`Typed`] rows of every indicator `baogao::indicators` finds in a snippet.
fn snippet(text: &str) -> Vec<Typed> {
    baogao::indicators(text)
        .into_iter()
        .map(typed_row)
        .collect()
}

#[test]
fn a_hard_wrapped_snippet_gives_what_the_unwrapped_one_gives() {
    // `indicators()` has no outline to say which lines are paragraphs: a line that stops
    // mid-sentence and fills the page's width continues onto the next. A title above the
    // paragraph, a table row below it and a page's marker line inside it stay apart.
    let paragraph = "全县实现地区生产总值128.6亿元，比上年增长6.2%，增速高于全市1.4个百分点。\
        其中，第一产业增加值18.3亿元，增长3.1%；规模以上工业企业达到126家，比上年增加9家。\
        全年实际利用外资8100万美元，增长5%以上；居民人均可支配收入达到31250元。";
    let title = "某县经济运行情况\n";
    let row = "| 粮食产量 | 12.5万吨 |\n| 油料产量 | 3.1万吨 |\n";
    let want = snippet(&format!("{title}{paragraph}\n{row}"));
    assert_eq!(want.len(), 12, "{want:?}");
    for width in 16..=30 {
        let wrapped = hard_wrapped(paragraph, width);
        assert_eq!(
            snippet(&format!("{title}{wrapped}{row}")),
            want,
            "width {width}:\n{wrapped}"
        );
        // A page ends after the third line: its marker line stands between two lines of one
        // sentence.
        let mut lines: Vec<&str> = wrapped.lines().collect();
        lines.insert(3, "— 7 —");
        let paged = lines.join("\n");
        // (A figure's text is its span: the marker inside it stays in it, as in `parse`.)
        let mut got = snippet(&format!("{title}{paged}\n{row}"));
        got.iter_mut().for_each(|i| i.0 = i.0.replace("— 7 —", ""));
        assert_eq!(got, want, "{paged}");
    }
}

#[test]
fn the_words_after_a_count_end_at_the_next_figure_but_one() {
    // `20 省 101 县…资金 692.61 亿元`: the provinces and counties are counted by their own place
    // nouns (`a_place_measure_word_is_the_counted_noun`); the words after them name the amount
    // that follows and stop before it.
    let s = "重点抽查了 12 省 96 县农村供水工程资金 183.5 亿元。";
    assert_eq!(label_of(s, "12 省"), "省");
    assert_eq!(label_of(s, "96 县"), "县");
    assert_eq!(label_of(s, "183.5 亿元"), "农村供水工程资金");
}

#[test]
fn labels_keep_brackets_whole() {
    assert_eq!(
        label_of("全市32个乡（镇、街道）全部建成便民服务中心。", "32个"),
        "乡（镇、街道）"
    );
}

#[test]
fn from_to_with_words_between() {
    let s = "办理时限由15个工作日压缩至5个工作日。";
    let found = indicators(s);
    assert_eq!(found.len(), 1, "{:?}", labelled(s));
    assert_eq!(found[0].from.map(|d| d.to_string()).as_deref(), Some("15"));
    assert_eq!(found[0].to.map(|d| d.to_string()).as_deref(), Some("5"));
    assert_eq!(found[0].direction, Some(Direction::Down));
}

#[test]
fn quantity_forms() {
    let one = |s: &str| {
        let f = indicators(s);
        assert_eq!(f.len(), 1, "{s}: {:?}", labelled(s));
        f.into_iter().next().unwrap()
    };
    let q = one("受理投诉3千余件。");
    assert_eq!(q.normalized.unwrap().to_string(), "3000");
    assert_eq!(one("群众满意度达百分之百。").value.to_string(), "100");
    assert_eq!(
        one("细颗粒物浓度为31微克/立方米。").unit.as_deref(),
        Some("微克/立方米")
    );
    assert_eq!(one("粮食产量4.2亿斤。").unit.as_deref(), Some("斤"));
    assert_eq!(one("渔船总吨位6.1万总吨。").unit.as_deref(), Some("总吨"));
    assert_eq!(one("涉及12类事项。").unit.as_deref(), Some("类"));
    let r = one("利率下调至3%至 3.5%之间。");
    assert_eq!(r.high.map(|d| d.to_string()).as_deref(), Some("3.5"));
    let b = one("通勤时间不超过20分钟。");
    assert_eq!(b.high.map(|d| d.to_string()).as_deref(), Some("20"));
    assert!(b.low.is_none());
    let n = one("净利润负2.4亿元。");
    assert_eq!(n.value.to_string(), "-2.4");
    assert_eq!(n.label, "净利润");
    assert_eq!(one("增速为-1.5%。").value.to_string(), "-1.5");
    // The 负 that ends a word (减负 lightens a burden) is no sign.
    let relief = one("全年为小微企业减负36.8亿元。");
    assert_eq!(relief.value.to_string(), "36.8");
    // Units in Latin letters end where the letters end (120MW; not 5G, 3D).
    assert_eq!(one("新增装机容量120MW。").unit.as_deref(), Some("MW"));
    assert_eq!(
        one("细颗粒物年均浓度32μg/m³。").unit.as_deref(),
        Some("μg/m³")
    );
    assert_eq!(
        labelled("建成5G基站800个。"),
        [("800个".to_string(), "5G基站".to_string())]
    );
    // 占地 is land taken, not a share: it keeps its subject and its word.
    assert_eq!(one("园区占地1.2km²。").label, "园区占地");
    assert_eq!(
        label_of("园区营业收入150亿元，占地区生产总值的31%。", "31%"),
        "园区营业收入占地区生产总值"
    );
    // A score: 分 at the end of its phrase (not 分局, 分钟 is its own unit).
    assert_eq!(one("年度考核得分为96.5分。").unit.as_deref(), Some("分"));
    assert!(indicators("设第2分局。").is_empty());
    // A bound word split by a space or a wrap (PDF text) is still the bound.
    let l = one("绿化率达到35%以 上。");
    assert_eq!(l.low.map(|d| d.to_string()).as_deref(), Some("35"));
    assert_eq!(l.text, "35%以 上");
}

#[test]
fn labels_keep_quotations_whole() {
    // A quotation in a label is kept whole: its 、 is no boundary, its marks are not trimmed.
    assert_eq!(
        label_of("全县“一窗受理、集成服务”办件率达到95%。", "95%"),
        "全县“一窗受理、集成服务”办件率"
    );
    assert_eq!(
        label_of("“一件事一次办”事项占比80%。", "80%"),
        "“一件事一次办”事项占比"
    );
}

#[test]
fn a_count_s_noun_ends_at_the_conjunction_before_the_next_count() {
    // The noun after a count runs into the next count only up to the joining conjunction.
    assert_eq!(label_of("检查了16个乡镇和所辖203个村。", "16个"), "乡镇");
    // A conjunction's character inside a word is no conjunction.
    assert_eq!(label_of("排查9个涉及民生的40个项目。", "9个"), "涉及民生");
    // A comparison verb at a label's end is the predicate's (低于, 高于).
    assert_eq!(
        label_of("4个地区优良天数比例低于80%。", "低于80%"),
        "地区优良天数比例"
    );
}

#[test]
fn targets_name_their_measure_not_the_aim() {
    // An aim verb opening a target (确保, 力争) and a generic noun after 的 (目标, 水平) are not
    // what is measured; 预计 is one word.
    assert_eq!(
        label_of("力争全年粮食产量稳定在300万吨以上。", "300万吨以上"),
        "粮食产量"
    );
    assert_eq!(
        label_of("实现地区生产总值增长6%的目标。", "6%"),
        "地区生产总值"
    );
    assert_eq!(
        label_of("全体居民人均可支配收入预计增长5%。", "5%"),
        "全体居民人均可支配收入"
    );
    // A verb of signing after a count of firms is the predicate.
    assert_eq!(label_of("全年有12家企业签约落户。", "12家"), "企业");
}

#[test]
fn brackets_marks_and_newly_added() {
    // A bracket's 、 is no boundary: the label keeps 县（市、区） whole.
    assert_eq!(
        label_of("建成县（市、区）一级服务中心126个。", "126个"),
        "县（市、区）一级服务中心"
    );
    // A mark the figure reaches (大关, 台阶) is not what it counts.
    assert_eq!(
        label_of("全年油料总产突破80万吨大关。", "突破80万吨"),
        "油料总产"
    );
    // A time phrase with its ending (三年内), a leading 了, a modal 可达: none is the label.
    assert_eq!(label_of("三年内新建口袋公园30个。", "30个"), "新建口袋公园");
    assert_eq!(
        label_of("税收收入50亿元(按新口径，可达56亿元)。", "56亿元"),
        "税收收入"
    );
    // 新增加 is newly added, like 新增: a count, not an increase.
    let f = indicators("全县新增加2名国家级非遗传承人。");
    assert_eq!(f[0].kind, IndicatorKind::Count);
}

#[test]
fn change_qualifiers_and_relations_keep_their_subject() {
    // 年均, 可比, 按可比口径 say how a change is measured: not part of what changed.
    assert_eq!(
        label_of("全县税收收入年均增长8.5%。", "8.5%"),
        "全县税收收入"
    );
    assert_eq!(
        label_of("全部财政收入120亿元，按可比口径增长6%。", "6%"),
        "全部财政收入"
    );
    // A relation after 的 (比重, 增速) names nothing without what it relates.
    assert_eq!(
        label_of("服务业增加值占地区生产总值的比重达到52%。", "52%"),
        "服务业增加值占地区生产总值的比重"
    );
}

#[test]
fn a_share_noun_is_kept_and_a_still_adverb_dropped() {
    // 占比 names the share (a noun), unlike the verb 占; 尚 (still) is an adverb of the predicate.
    assert_eq!(
        label_of("新能源汽车占比提高到35%。", "35%"),
        "新能源汽车占比"
    );
    assert_eq!(label_of("危旧校舍尚有9处。", "9处"), "危旧校舍");
}

#[test]
fn a_verb_of_carrying_out_has_the_counted_activity_as_object() {
    assert_eq!(
        label_of("各街道围绕垃圾分类开展入户宣传320场。", "320场"),
        "入户宣传"
    );
}

#[test]
fn durations_and_their_verbs() {
    // A duration of working days, months or hours is one unit; 压减至 is one verb of change.
    let f = indicators("项目审批时间压减至8个工作日以内，工期缩短2个月。");
    let got: Vec<_> = f
        .iter()
        .map(|i| (i.label.as_str(), i.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("项目审批时间", Some("个工作日")), ("工期", Some("个月"))]
    );
    // A span of months that frames a statement is not an indicator.
    assert!(indicators("连续8个月保持正增长。").is_empty());
}

#[test]
fn dimensionless_measures_and_document_references() {
    // An index, a coefficient or a ratio of two amounts is a pure number: no unit, still a value.
    let f = indicators("全区水质综合指数为3.82，城乡收入比由2.6缩小到2.5。");
    let got: Vec<_> = f
        .iter()
        .map(|i| {
            (
                i.label.as_str(),
                i.value.to_string(),
                i.from.map(|d| d.to_string()),
                i.kind,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "全区水质综合指数",
                "3.82".into(),
                None,
                IndicatorKind::Ratio
            ),
            (
                "城乡收入比",
                "2.5".into(),
                Some("2.6".into()),
                IndicatorKind::Change
            ),
        ]
    );
    // A bare number after a part of the document refers to that part.
    assert!(indicators("具体名单见附件3，分布见图2。").is_empty());
}

#[test]
fn numbers_of_a_list_share_its_unit() {
    // The unit (and multiplier) written once after the last member belongs to every member.
    let f = indicators("新旧校区的校舍面积分别为12和18万平方米。");
    let got: Vec<_> = f
        .iter()
        .map(|i| {
            (
                i.text.as_str(),
                i.unit.as_deref(),
                i.normalized.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("12", Some("平方米"), Some("120000".to_string())),
            ("18万平方米", Some("平方米"), Some("180000".to_string())),
        ]
    );
    // The members count what the last counts.
    let l = labelled("组建了4、6、9个志愿小队。");
    assert_eq!(
        l.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>(),
        ["志愿小队"; 3]
    );
    // A list of ordinals is not a list of counts, nor is a list of dates.
    assert!(indicators("依照第3、4、5条处理。").is_empty());
    assert!(indicators("于5和6月完成。").is_empty());
}

#[test]
fn a_unit_wrapped_onto_the_next_line() {
    let s = "全年下达转移支付资金 2.7\n万亿元，比上年增加 3%。";
    let f = indicators(s);
    assert_eq!(f[0].text, "2.7\n万亿元");
    assert_eq!(f[0].normalized.unwrap().to_string(), "2700000000000");
    assert_eq!(f[0].label, "转移支付资金");
    // The wrap may also fall between the multiplier and the unit.
    let f = indicators("检查发现 86 亿\n元专项资金未拨付，涉及 12 个部门。");
    assert_eq!(f[0].text, "86 亿\n元");
    assert_eq!(f[0].unit.as_deref(), Some("元"));
    assert_eq!(f[0].label, "专项资金");
    // Or between the number and an approximation word before the unit.
    let f = indicators("全年共查处违法案件 160\n余起，罚没 20 万元。");
    assert_eq!(f[0].text, "160\n余起");
    assert_eq!(f[0].unit.as_deref(), Some("起"));
}

#[test]
fn traps_are_not_indicators() {
    for s in [
        "坚持两个毫不动摇，严格执行八项规定。",
        "统筹用好两个市场两种资源。",
        "下面从四个方面报告工作。",
        "取得三个目标任务的全面胜利。",
        "连续5年获评先进，近30年来首次，60年来最大。",
        "政协第三次会议，开启新一轮改革。",
        "每100公斤补贴。",
        "迈上一个新台阶。",
        "推动汽车零部件和万家灯火工程，打破城乡二元结构。",
        "严格落实四个不直接分管，做到两个坚决维护。",
    ] {
        assert!(indicators(s).is_empty(), "{s}: {:?}", labelled(s));
    }
}

#[test]
fn neutral_from_to_aims_and_year_bases() {
    // A verb that does not say which way: the two figures do.
    let f = indicators("机动车保有量由2015年的30万辆发展到95万辆。");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].direction, Some(Direction::Up));
    assert_eq!(f[0].label, "机动车保有量");
    // Without a "from", 发展到 reaches a level: not a change.
    let f = indicators("会员发展到1200人。");
    assert_eq!(f[0].kind, IndicatorKind::Count);
    // An aim with its year is not part of the label.
    assert_eq!(
        label_of("力争到2030年全县森林覆盖率达到45%。", "45%"),
        "全县森林覆盖率"
    );
    // A basis that names a year is written out whole.
    let f = indicators("化学需氧量排放比2020年削减12%。");
    assert_eq!(f[0].basis.as_deref(), Some("比2020年"));
    assert_eq!(f[0].direction, Some(Direction::Down));
    // Ranges written with a full-width or a horizontal bar.
    for s in ["每年新建学校2―4所。", "每年新建学校2－4所。"] {
        let f = indicators(s);
        assert_eq!(
            f[0].high.map(|d| d.to_string()).as_deref(),
            Some("4"),
            "{s}"
        );
    }
}

#[test]
fn a_subject_in_the_clause_before() {
    // 分别 with its subjects in the clause before: each change takes that clause's head noun.
    let s = "城镇居民在教育文化娱乐、医疗保健等方面的人均支出，分别增长28％、17％。";
    assert!(
        labelled(s).iter().all(|(_, l)| l == "人均支出"),
        "{:?}",
        labelled(s)
    );
}

/// PDF text wraps its lines mid-phrase; a count at the end of a line still modifies the noun that
/// opens the next one.
#[test]
fn label_reads_on_across_a_pdf_line_wrap() {
    let text = "关于2025年度预算执行的审计报告\n\n二、专项资金审计情况\n\
                审计发现，部分地区新建了 126 个\n光伏发电项目，其中 2 个部门的 5 家\n研究机构未按规定管理，涉及资金较多。\n";
    let report = baogao::parse(text);
    let label = |t: &str| {
        let found = report.indicators.iter().find(|i| i.text == t);
        found.map(|i| i.label.clone()).unwrap_or_default()
    };
    assert_eq!(label("126 个"), "光伏发电项目");
    assert_eq!(label("5 家"), "研究机构");
}

/// 未 opens a predicate (`…机构未按规定…`), and so does the set pattern 应X未X ("should but did not").
#[test]
fn label_stops_at_a_negated_predicate() {
    assert_eq!(
        label_of("抽查发现12家养老机构未按规定配备护理人员。", "12家"),
        "养老机构"
    );
    // (A count of people names the people, up to the head that names them: see
    // `persons_after_a_count_end_at_their_head`.)
    assert_eq!(
        label_of("其中36名失地农民社保补贴应补未补。", "36名"),
        "失地农民"
    );
}

/// A relative clause closed by 的 before an amount: the noun after the amount is what it is.
#[test]
fn label_after_a_relative_clause_is_the_noun_after_the_amount() {
    assert_eq!(
        label_of("银行将符合条件的86亿元贷款已全部发放。", "86亿元"),
        "贷款"
    );
    assert_eq!(
        label_of("去年新增的2.5万亩耕地全部复垦。", "2.5万亩"),
        "耕地"
    );
}

/// A noun of measure right before a quantity and 的: the quantity is that measure of the noun after.
#[test]
fn label_before_de_is_the_measured_noun() {
    assert_eq!(
        label_of("全区共有9个税收收入超亿元的街道。", "超亿元"),
        "街道税收收入"
    );
    assert_eq!(
        label_of("学校采购了单价超过3万元的钢琴。", "超过3万元"),
        "钢琴单价"
    );
    assert_eq!(
        label_of("加快推进投资12亿元的物流园区建设。", "12亿元"),
        "物流园区建设投资"
    );
    // A verb before it: the noun after the 的 names what the amount is.
    assert_eq!(
        label_of("今年落实新增80亿元的减税计划。", "80亿元"),
        "减税计划"
    );
}

/// A count right after a list closed by 等 counts the whole list, the object of the verb before it
/// (the verb itself is stripped like any leading light verb).
#[test]
fn count_after_a_list_with_deng_counts_the_list() {
    assert_eq!(
        label_of("各街道开展消防巡查、政策宣讲、应急演练等90余次。", "90余次"),
        "消防巡查、政策宣讲、应急演练"
    );
}

/// A count followed by a bare predicate (`2座开工`) or a time extent (`至年底`) names no noun: the
/// noun counted before in the sentence is what it counts.
#[test]
fn count_with_a_bare_predicate_takes_the_noun_counted_before() {
    assert_eq!(
        label_of("计划新建的5座桥梁，目前仅2座开工。", "2座"),
        "桥梁"
    );
    assert_eq!(
        label_of(
            "应于去年完成改造的300个村庄中，有120个至2025年底尚未完成。",
            "120个"
        ),
        "村庄"
    );
}

/// A part of a set counted before (`9户企业中，有8户12个项目`) counts what the set counted.
#[test]
fn partitive_count_refers_to_the_set_counted_before() {
    assert_eq!(
        label_of("抽查的9户企业中，有8户12个项目存在问题。", "8户"),
        "企业"
    );
}

/// A one-character word at a label's end is stripped only when it is not the end of a word:
/// 审计 keeps its 计, 行为 its 为.
#[test]
fn label_keeps_words_that_end_like_function_words() {
    assert_eq!(label_of("本年度开展专项审计18次。", "18次"), "专项审计");
    assert_eq!(
        label_of("依法纠正不当行为56起。", "56起"),
        "依法纠正不当行为"
    );
}

#[test]
fn a_verb_before_an_amount_takes_the_noun_after_it_as_its_object() {
    assert_eq!(
        label_of("因监管缺位导致180.5亿元资金流失。", "180.5亿元"),
        "资金流失"
    );
}

#[test]
fn label_keeps_words_that_start_like_function_words() {
    // 在, 对, 近, 并 open labels as prepositions and adverbs, but 在建, 对外, 近海, 并网 are words.
    assert_eq!(label_of("全县在建项目86个。", "86个"), "全县在建项目");
    assert_eq!(label_of("全省对外航线达到5条。", "5条"), "全省对外航线");
    assert_eq!(label_of("近海养殖面积12万亩。", "12万亩"), "近海养殖面积");
    // …and 共 before a verb is still the adverb.
    assert_eq!(label_of("今年共建立调解组织40家。", "40家"), "调解组织");
    // A modal 要 after the subject is not part of it; 主要 keeps its 要.
    assert_eq!(
        label_of("新城面积要达到25平方公里。", "25平方公里"),
        "新城面积"
    );
}

#[test]
fn count_before_a_book_title_counts_it() {
    assert_eq!(
        label_of("全年播出26期《民生直通车》。", "26期"),
        "《民生直通车》"
    );
}

#[test]
fn figure_without_unit_then_a_change_after_the_enumeration_comma() {
    assert_eq!(
        label_of("河流水质指数2.87、下降3.1%，居全省前列。", "3.1%"),
        "河流水质指数"
    );
}

#[test]
fn noun_of_measure_before_a_count_and_de() {
    // 占地 and 规划面积 measure the park named after 的.
    assert_eq!(
        label_of("建成总占地6.3平方公里的滨江物流园。", "6.3平方公里"),
        "滨江物流园总占地"
    );
    assert_eq!(
        label_of("规划面积45平方公里的临港新区启动建设。", "45平方公里"),
        "临港新区规划面积"
    );
}

#[test]
fn a_list_closed_by_deng_and_a_generic_noun_is_the_label() {
    // …等信息: 信息 names nothing the list does not.
    assert_eq!(
        label_of("公开招生信息、学籍信息等信息共75条。", "75条"),
        "公开招生信息、学籍信息等信息"
    );
}

#[test]
fn predicates_after_the_counted_noun_end_it() {
    // 开工, 竣工, 投产, 入驻 and the adverbs of schedule (如期, 提前, 逾期) open the predicate.
    assert_eq!(label_of("有24个重点项目竣工投产。", "24个"), "重点项目");
    assert_eq!(label_of("引进11家企业入驻园区。", "11家"), "企业");
    assert_eq!(label_of("全市7条干线如期通车。", "7条"), "干线");
}

#[test]
fn amounts_joined_by_the_enumeration_comma_share_the_noun_after_them() {
    assert_eq!(
        label_of("两地每吨多支出的30元、45元运费均由企业承担。", "30元"),
        "运费"
    );
    // …but a list of figures after a verb keeps its subject (`产量分别达到…、…和…`).
    assert_eq!(
        label_of("粮油菜产量分别达到120万吨、80万吨和35万吨。", "120万吨"),
        "粮油菜产量"
    );
}

#[test]
fn a_share_that_names_its_whole_keeps_it_after_the_subject() {
    assert_eq!(
        label_of(
            "第三产业增加值2800亿元，占地区生产总值比重为55.2%。",
            "55.2%"
        ),
        "第三产业增加值占地区生产总值比重"
    );
    // A bare share (占41.5%) is the subject's.
    assert_eq!(
        label_of("民营企业贷款620亿元，占41.5%。", "41.5%"),
        "民营企业贷款"
    );
}

#[test]
fn duo_opening_a_noun_is_no_approximation() {
    // 多功能, 多部门: 多 opens the noun the count modifies.
    assert_eq!(
        label_of("各街道建成一个多功能文体活动中心。", "一个"),
        "多功能文体活动中心"
    );
}

#[test]
fn a_place_noun_as_measure_word_counts_those_places() {
    // 乡镇, 县, 省 are measure words and nouns: after a mere scope (全市, 各地) they are what is counted.
    assert_eq!(
        label_of("全市有9乡镇（街道）税收超过3000万元。", "9乡镇"),
        "乡镇（街道）"
    );
    assert_eq!(label_of("全省7县完成整改。", "7县"), "县");
    // A noun after the place counts it (the offices of 5 provinces).
    assert_eq!(label_of("5省税务部门已完成整改。", "5省"), "税务部门");
    // A noun before the count still names it.
    assert_eq!(label_of("脱贫摘帽贫困县12县。", "12县"), "脱贫摘帽贫困县");
}

#[test]
fn a_gloss_on_the_measure_word_stands_before_the_noun() {
    assert_eq!(
        label_of("年内建设6条（段）城市快速路。", "6条"),
        "城市快速路"
    );
}

#[test]
fn aims_and_new_additions_after_the_subject_are_not_part_of_it() {
    // 力争, 确保 (aims) and 新增 (a verb after the subject) trail the noun phrase.
    assert_eq!(
        label_of("全市外贸进出口总额力争达到350亿元。", "350亿元"),
        "全市外贸进出口总额"
    );
    assert_eq!(label_of("高新技术企业新增86家。", "86家"), "高新技术企业");
    // A verb of change with 至 that no list names (提速至) links like 提高到.
    assert_eq!(
        label_of("企业开办平均用时提速至1.5天。", "1.5天"),
        "企业开办平均用时"
    );
}

#[test]
fn duo_inside_a_two_part_measure_word() {
    // 3个多月 is "more than 3 months": one quantity, unit 个月, approximation 多.
    let all = indicators("新厂房建设用时5个多月。");
    let q = all.iter().find(|i| i.text == "5个多月").expect("5个多月");
    assert_eq!(q.unit.as_deref(), Some("个月"));
    assert_eq!(q.approx.as_ref().map(|a| a.word.as_str()), Some("多"));
    let p = indicators("出口增速比上年高出2个多百分点。");
    assert!(
        p.iter()
            .any(|i| i.text == "2个多百分点" && i.unit.as_deref() == Some("个百分点")),
        "{p:?}"
    );
}

#[test]
fn a_change_qualified_by_nianjun_or_kebi_takes_the_subject() {
    // 年均 and 可比 say how the change is measured, alone or after the subject (not the 均 or 比
    // of another word).
    assert_eq!(
        label_of("五年来教育支出累计420亿元，年均增长9.6%。", "9.6%"),
        "教育支出"
    );
    assert_eq!(
        label_of("税收收入88亿元、可比增长4.2%。", "4.2%"),
        "税收收入"
    );
    assert_eq!(label_of("进出口总额年均增长12%。", "12%"), "进出口总额");
}

#[test]
fn a_per_unit_phrase_before_the_amount_is_not_part_of_the_label() {
    assert_eq!(
        label_of("特困人员供养标准提高到每人每月980元。", "980元"),
        "特困人员供养标准"
    );
    // 压减 is a verb of decrease like 减少.
    let all = indicators("公务接待费比上年压减8%。");
    let q = all.iter().find(|i| i.text == "8%").expect("8%");
    assert_eq!(q.label, "公务接待费");
    assert_eq!(q.direction, Some(Direction::Down));
}

#[test]
fn a_verb_that_is_also_a_noun_heads_the_counted_phrase() {
    // 组织 before an adverb, a conjunction or the end is the noun (调解组织), before an object the verb.
    assert_eq!(
        label_of("全县860个村级调解组织共化解纠纷3100件。", "860个"),
        "村级调解组织"
    );
    assert_eq!(
        label_of("扶持45家农民合作组织和一批家庭农场。", "45家"),
        "农民合作组织"
    );
    assert_eq!(label_of("为1200名学生组织开展研学活动。", "1200名"), "学生");
}

#[test]
fn a_basis_written_as_a_phrase_is_not_the_label() {
    // 较X / 比X / 与X相比 with X a noun phrase nobody listed: the basis, not what changed.
    let s = "办结时限缩短至4个工作日，较承诺时限减少60%。";
    let found = indicators(s);
    let cut = found.iter().find(|i| i.text == "60%").expect("60%");
    assert_eq!(cut.label, "办结时限");
    assert_eq!(cut.basis.as_deref(), Some("较承诺时限"));
    assert_eq!(cut.direction, Some(Direction::Down));
    assert_eq!(
        label_of("新建道路工期较原定计划缩短20天。", "20天"),
        "新建道路工期"
    );
    assert_eq!(label_of("参保人数与上一年度相比增长7%。", "7%"), "参保人数");
}

#[test]
fn a_comparative_after_a_basis_is_a_change() {
    // 比X高/低/多/少/超出 N: more or less than the basis, in the direction the word says.
    let s = "全县森林覆盖率为45.1%，比全市平均水平高2.4个百分点。";
    let found = indicators(s);
    let diff = found.iter().find(|i| i.text == "2.4个百分点").expect("2.4");
    assert_eq!(diff.label, "全县森林覆盖率");
    assert_eq!(diff.direction, Some(Direction::Up));
    assert_eq!(diff.basis.as_deref(), Some("比全市平均水平"));
    let s = "城镇调查失业率比控制目标低0.8个百分点。";
    let found = indicators(s);
    assert_eq!(found[0].label, "城镇调查失业率");
    assert_eq!(found[0].direction, Some(Direction::Down));
    // An adverb of degree (较快, 较高) is not a basis.
    let s = "服务业保持较快增长，增加值达到120亿元。";
    assert!(indicators(s).iter().all(|i| i.basis.is_none()));
}

#[test]
fn a_comparative_with_yu_leads_its_basis() {
    // 高于X N个百分点 after a figure of the subject: the subject's lead over X.
    let s = "全区规上工业增加值增长9.4%，高于全市平均水平2.1个百分点。";
    let found = indicators(s);
    let lead = found.iter().find(|i| i.text == "2.1个百分点").expect("2.1");
    assert_eq!(lead.label, "全区规上工业增加值");
    assert_eq!(lead.basis.as_deref(), Some("高于全市平均水平"));
    assert_eq!(lead.direction, Some(Direction::Up));
    // A bound (nothing compared) stays a level.
    let found = indicators("城镇登记失业率控制在4%以内，全年低于5%。");
    assert!(found.iter().all(|i| i.direction.is_none()), "{found:?}");
}

#[test]
fn audit_findings_name_the_counted_unit_and_the_funds() {
    // 有N个单位向/将…: the preposition opens the predicate; the funds after 将 are what the
    // amount is; a date after the counted noun starts another phrase.
    assert_eq!(
        label_of("有4个乡镇向不符合条件的家庭发放补贴。", "4个"),
        "乡镇"
    );
    let s = "3家企业将财政补助资金560万元用于偿还贷款。";
    assert_eq!(label_of(s, "3家"), "企业");
    assert_eq!(label_of(s, "560万元"), "财政补助资金");
    let s = "抽查了8个街道2022年至2024年社区建设资金3.5亿元。";
    assert_eq!(label_of(s, "8个"), "街道");
    assert_eq!(label_of(s, "3.5亿元"), "社区建设资金");
    // 将 before a verb is the future, not the disposal.
    assert_eq!(
        label_of("到2030年全市绿地面积将达到500公顷。", "500公顷"),
        "全市绿地面积"
    );
    // The second amount of a list joined by 、 is not labelled with the 、.
    assert_eq!(
        label_of("全年收入合计88.6亿元、支出合计80.2亿元。", "80.2亿元"),
        "支出"
    );
}

#[test]
fn an_industry_name_with_commas_is_read_whole() {
    // The classification's names hold 、: the label is the whole name, not its last part.
    let s = "分门类看，制造业增长5.1%，交通运输、仓储和邮政业增长3.3%。";
    assert_eq!(label_of(s, "3.3%"), "交通运输、仓储和邮政业");
    assert_eq!(label_of(s, "5.1%"), "制造业");
}

#[test]
fn a_verb_of_change_before_its_object_and_zhi() {
    // 提高X至N / 把X提升到N: X is what changes, N the level reached.
    let found = indicators("提高政策图解比例至40%。");
    assert_eq!(found[0].label, "政策图解比例");
    assert_eq!(found[0].direction, Some(Direction::Up));
    let found = indicators("力争把城市绿化覆盖率提升到45%。");
    assert_eq!(found[0].label, "城市绿化覆盖率");
    // A noun of measure before 至 is kept whole (not read as a verb of change).
    assert_eq!(
        label_of("全面提高乡镇卫生院达标率至90%。", "90%"),
        "乡镇卫生院达标率"
    );
}

#[test]
fn a_ratio_from_to_and_a_clock_time_with_seconds() {
    // 由A调整为B of a structure: both ratios are the structure's, the year is not the label.
    let s = "全县三次产业结构由2020年的15.2:40.1:44.7调整为12.8:38.6:48.6。";
    let found = indicators(s);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().all(|i| i.label == "全县三次产业结构"),
        "{found:?}"
    );
    // The minutes and seconds of 09:45:30 are not a ratio.
    assert!(indicators("发布会于09:45:30开始。").is_empty());
    // A month after the counted noun starts another phrase.
    assert_eq!(label_of("共有15个小区6月完成改造。", "15个"), "小区");
}

#[test]
fn a_rate_or_another_measure_after_qizhong_is_no_part() {
    let s = "全年受理复议申请150件，其中维持90件，纠错率为12.5%。";
    let found = indicators(s);
    let total = found.iter().position(|i| i.text == "150件").expect("150件");
    let kept = found.iter().find(|i| i.text == "90件").expect("90件");
    assert_eq!(kept.parent, Some(total));
    let rate = found.iter().find(|i| i.text == "12.5%").expect("12.5%");
    assert_eq!(rate.parent, None);
    // Another physical measure is no part either; another measure word of people is.
    let found = indicators("种植玉米20万亩，其中单产每亩520公斤。");
    assert!(found.iter().all(|i| i.parent.is_none()), "{found:?}");
    let found = indicators("共有执法人员40人，其中5名为兼职。");
    assert_eq!(found[1].parent, Some(0));
}

#[test]
fn a_share_held_at_a_level_keeps_its_whole() {
    // X占Y的比重保持在/稳定在N: the share is named whole, the linking verb is not the noun.
    let s = "全年办好12件实事，教育支出占财政支出的比重稳定在20%以上。";
    assert_eq!(label_of(s, "20%以上"), "教育支出占财政支出的比重");
}

#[test]
fn a_causative_or_a_pair_word_is_not_the_label() {
    // 使X达到N: 使 opens the clause; 达到双100%: 双 belongs to the pair of figures.
    assert_eq!(
        label_of("力争使全县森林覆盖率达到35%。", "35%"),
        "全县森林覆盖率"
    );
    assert_eq!(
        label_of("污水处理率和垃圾处理率实现双100%。", "100%"),
        "污水处理率和垃圾处理率"
    );
}

#[test]
fn the_noun_of_a_count_before_an_amount_is_the_counts() {
    // 向3个项目追加拨付500万元: 项目 is what 3个 counts; the amount is what was paid.
    let s = "向3个项目追加拨付资金500万元。";
    assert_eq!(label_of(s, "3个"), "项目");
    assert_eq!(label_of(s, "500万元"), "追加拨付资金");
    // The same measure counts the same noun (20个项目开工15个): the noun stays in its label.
    let s = "全年20个重点项目开工15个。";
    assert!(label_of(s, "15个").starts_with("重点项目"));
}

#[test]
fn transport_work_units_and_a_converted_amount() {
    // 吨公里 / 人公里 are one unit; 折 converts the same amount into another currency.
    let found = indicators("旅客运输周转量1520亿人公里，增长4.1%。");
    assert_eq!(found[0].unit.as_deref(), Some("人公里"));
    assert_eq!(found[0].label, "旅客运输周转量");
    let s = "实际利用外资420亿元，折58亿美元。";
    assert_eq!(label_of(s, "58亿美元"), "实际利用外资");
}

#[test]
fn an_elliptical_parallel_takes_the_first_clauses_label() {
    // …增加的县个数为12个，减少的为5个: the second says only the predicate that differs.
    let s = "全省财政收入增加的县个数为12个，减少的为5个。";
    assert_eq!(label_of(s, "12个"), "全省财政收入增加的县个数");
    assert_eq!(label_of(s, "5个"), "全省财政收入减少的县个数");
}

#[test]
fn a_share_of_a_named_whole_is_the_subjects() {
    // 为/完成/相当于/达到 + whole + 的 + N%: the whole is what the figure is measured against.
    let s = "全区税收收入完成8.2亿元，为年度计划的61.5%，同比增长4.3%。";
    assert_eq!(label_of(s, "61.5%"), "全区税收收入");
    // The change after it takes the same subject, not the whole.
    assert_eq!(label_of(s, "4.3%"), "全区税收收入");
    assert_eq!(label_of("上半年出口额完成全年目标的55%。", "55%"), "出口额");
    assert_eq!(
        label_of("农产品加工产值相当于农业总产值的2.1%。", "2.1%"),
        "农产品加工产值"
    );
    // No subject anywhere: the whole, without the verb.
    assert_eq!(
        label_of("全年完成年度培训计划的108%。", "108%"),
        "年度培训计划"
    );
    // A share named as 比重 keeps its whole (see `…的比重保持在`).
    assert_eq!(
        label_of("民营经济增加值占全市生产总值的比重为58.3%。", "58.3%"),
        "民营经济增加值占全市生产总值的比重"
    );
}

#[test]
fn a_span_of_time_before_a_level_is_no_label() {
    // 连续N年 says how long the level has held, not what is measured.
    assert_eq!(
        label_of("全县油料产量连续四年稳定在3万吨以上。", "3万吨以上"),
        "全县油料产量"
    );
    let s = "蔬菜播种面积达到12.6万亩，连续3年保持在12万亩以上。";
    assert_eq!(label_of(s, "12万亩以上"), "蔬菜播种面积");
}

#[test]
fn a_change_after_a_share_changes_that_share() {
    let s = "民营经济发展较快，占全县生产总值的比重达61.2%，三年提高4.5个百分点。";
    assert_eq!(label_of(s, "4.5个百分点"), label_of(s, "61.2%"));
    // A change whose words are only its basis takes the clause before, not the basis.
    let s = "全县纺织和食品两个行业的产值增幅，分别高于全市平均水平2.3和3.1个百分点。";
    for t in ["2.3", "3.1个百分点"] {
        let l = label_of(s, t);
        assert!(!l.contains("高于") && l.contains("增幅"), "{t}: {l}");
    }
}

#[test]
fn a_bracket_after_a_figure_glosses_it() {
    // A price basis or an exclusion in brackets after the figure is no label.
    let s = "全县生产总值年均增长7%左右，2030年达到560亿元(2025年价)。";
    assert_eq!(label_of(s, "560亿元"), "全县生产总值");
    let s = "农村居民人均可支配收入达到2.1万元（不含转移性收入），增长6.2%。";
    assert_eq!(label_of(s, "2.1万元"), "农村居民人均可支配收入");
}

#[test]
fn a_time_after_the_noun_frames_the_statement() {
    assert_eq!(
        label_of("全区财政收入2030年达到80亿元。", "80亿元"),
        "全区财政收入"
    );
    assert_eq!(
        label_of("森林覆盖率到2028年提高到40%。", "40%"),
        "森林覆盖率"
    );
    assert_eq!(label_of("户籍人口2025年末为96万人。", "96万人"), "户籍人口");
    assert_eq!(label_of("蔬菜产量上半年达到18万吨。", "18万吨"), "蔬菜产量");
    // Words that end in 年 without being a time keep it.
    assert_eq!(
        label_of("服务中老年群体2300人。", "2300人"),
        "服务中老年群体"
    );
}

#[test]
fn parents_of_shares_and_under_shares() {
    let found = indicators(
        "全年办理行政处罚案件2,400件，罚款金额860万元，其中适用简易程序案件720件，占30%。",
    );
    let at = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    // The share of a part is a share of the part's total, not of the amount in between.
    assert_eq!(found[at("720件")].parent, Some(at("2,400件")));
    assert_eq!(found[at("30%")].parent, Some(at("2,400件")));
    // A count is no part of a share or of a change.
    let found =
        indicators("城镇化率提高到58%，其中有12个乡镇超过70%。出口增长9%，其中新增外贸企业35家。");
    let at = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    assert_eq!(found[at("12个")].parent, None);
    assert_eq!(found[at("35家")].parent, None);
}

#[test]
fn holding_verbs_and_their_adverbs_end_no_label() {
    for s in [
        "政务服务好评率保持99%以上。",
        "政务服务好评率继续保持在99%以上。",
        "政务服务好评率始终维持99%以上。",
    ] {
        assert_eq!(label_of(s, "99%以上"), "政务服务好评率", "{s}");
    }
}

#[test]
fn a_relative_change_is_no_total_but_an_absolute_one_is() {
    let found = indicators("主动公开信息2,100条，同比增长8.5%；其中政策解读40篇，解读率100%。");
    let at = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    assert_ne!(found[at("100%")].parent, Some(at("8.5%")));
    let found = indicators("专项债券额度比上年增加30亿元，其中12亿元已发行。");
    let at = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    assert_eq!(found[at("12亿元")].parent, Some(at("30亿元")));
}

#[test]
fn a_preposition_of_means_ends_a_counted_noun() {
    assert_eq!(
        label_of("抽查发现4个县区通过虚列支出方式完成预算。", "4个"),
        "县区"
    );
    assert_eq!(
        label_of("有3家国企借助市场支配地位违规收费。", "3家"),
        "国企"
    );
    assert_eq!(label_of("全年12个项目通过竣工验收。", "12个"), "项目");
    // Words that hold the characters stay whole.
    assert_eq!(
        label_of("全县秸秆综合利用率达到96%。", "96%"),
        "全县秸秆综合利用率"
    );
}

#[test]
fn the_manner_of_an_audit_finding_ends_the_counted_noun() {
    assert_eq!(label_of("审计发现6个部门违规列支会议费。", "6个"), "部门");
    assert_eq!(label_of("有2个区超标准配置公务用车。", "2个"), "区");
    assert_eq!(label_of("抽查发现3个县区未按规定拨付资金。", "3个"), "县区");
    assert_eq!(label_of("其中11个项目因违规招标被叫停。", "11个"), "项目");
    assert_eq!(label_of("共有860名人员重复领取补贴。", "860名"), "人员");
    // Before the noun they modify it.
    assert_eq!(label_of("依法查处了15宗违法行为。", "15宗"), "违法行为");
}

#[test]
fn a_change_in_points_changes_the_share_before_it() {
    let s = "年末全县常住人口52万人，其中城镇人口30万人，占常住人口比重为57.7%，比上年末提高1.1个百分点。";
    assert_eq!(label_of(s, "1.1个百分点"), label_of(s, "57.7%"));
    let found = indicators(s);
    let at = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    // The share said right after the part is a share of the part's total.
    assert_eq!(found[at("57.7%")].parent, Some(at("52万人")));
}

#[test]
fn adverbs_of_effort_and_light_verbs_open_no_label() {
    assert_eq!(
        label_of("全力抓好总投资320亿元的56个重点项目。", "320亿元"),
        "总投资"
    );
    assert_eq!(label_of("着力做好稳岗就业2.6万人。", "2.6万人"), "稳岗就业");
}

#[test]
fn a_range_of_counts_names_its_noun_after_the_measure_word() {
    assert_eq!(
        label_of("每个乡镇集中建设2-3个特色种植基地。", "2-3个"),
        "特色种植基地"
    );
    assert_eq!(
        label_of("今年计划引进5至8家龙头企业。", "5至8家"),
        "龙头企业"
    );
    // A range of money or of percentages keeps the words before it.
    assert_eq!(
        label_of("每户补助资金2000-3000元。", "2000-3000元"),
        "每户补助资金"
    );
}

#[test]
fn a_noun_that_opens_with_a_postposition_is_still_the_counted_noun() {
    assert_eq!(
        label_of("今年扶持32所中等职业学校。", "32所"),
        "中等职业学校"
    );
    assert_eq!(label_of("全区有215户中小企业。", "215户"), "中小企业");
    assert_eq!(label_of("加快推进12个在建项目。", "12个"), "在建项目");
}

#[test]
fn a_space_between_the_measure_word_and_its_noun_is_read_over() {
    assert_eq!(
        label_of("重点扶持60家 农业龙头企业。", "60家"),
        "农业龙头企业"
    );
}

#[test]
fn a_verb_of_having_leaves_the_owner_out_of_the_label() {
    assert_eq!(
        label_of("年末全市共有公共图书馆14个。", "14个"),
        "公共图书馆"
    );
    assert_eq!(
        label_of("全镇现有农民专业合作社86家。", "86家"),
        "农民专业合作社"
    );
    // Inside a noun of measure the verb stays.
    assert_eq!(
        label_of("每万人口发明专利拥有量达到9.6件。", "9.6件"),
        "每万人口发明专利拥有量"
    );
}

#[test]
fn a_net_change_keeps_net_with_its_verb() {
    let s = "全区常住人口48.2万人，较上年末净增1200人。";
    let found = indicators(s);
    let net = found.iter().find(|i| i.text == "1200人").unwrap();
    assert_eq!(net.basis.as_deref(), Some("较上年末"));
    assert_eq!(net.direction, Some(Direction::Up));
    assert_eq!(
        label_of("全县户籍人口净减少860人。", "860人"),
        "全县户籍人口"
    );
}

#[test]
fn verbs_of_receiving_and_granting_end_the_counted_noun() {
    assert_eq!(
        label_of("为860家个体工商户减免租金。", "860家"),
        "个体工商户"
    );
    assert_eq!(
        label_of("全年有2.1万名困难群众得到临时救助。", "2.1万名"),
        "困难群众"
    );
    assert_eq!(label_of("共有7家企业入围省级名单。", "7家"), "企业");
}

#[test]
fn a_from_time_alone_leaves_the_subject_to_the_clause_before() {
    let s = "全镇农业结构持续优化，由2018年的6:3:1调整到2023年的5:3:2。";
    for t in ["6:3:1", "5:3:2"] {
        let l = label_of(s, t);
        assert!(l.starts_with("全镇农业结构"), "{t}: {l}");
    }
}

#[test]
fn an_adverb_of_manner_after_the_counted_noun_opens_the_predicate() {
    assert_eq!(
        label_of("对新设的九项备案事项认真审查。", "九项"),
        "备案事项"
    );
    assert_eq!(
        label_of("组织3000名党员深入社区开展服务。", "3000名"),
        "党员"
    );
    // At the start it modifies the noun.
    assert_eq!(label_of("查出4份明显不实的报表。", "4份"), "明显不实的报表");
}

#[test]
fn a_verb_of_occurring_leaves_the_scope_out_of_the_label() {
    assert_eq!(label_of("全区发生较大火灾事故3起。", "3起"), "较大火灾事故");
    // 发生率 is a noun of measure: the verb stays inside it.
    assert_eq!(label_of("事故发生率为1.2%。", "1.2%"), "事故发生率");
}

#[test]
fn a_verb_right_after_a_count_leaves_the_noun_before_it() {
    assert_eq!(
        label_of("3个村已建成的日间照料中心共计15处存在闲置问题。", "15处"),
        "日间照料中心"
    );
    // An amount's verb may open what the amount is for: that still names it.
    assert_eq!(
        label_of("投入2.4亿元实施老旧小区改造工程。", "2.4亿元"),
        "实施老旧小区改造工程"
    );
}

#[test]
fn the_noun_closing_a_frame_of_means_is_no_part_of_the_label() {
    assert_eq!(
        label_of(
            "通过约谈提醒、限期整改等方式督促退还资金560万元。",
            "560万元"
        ),
        "督促退还资金"
    );
}

#[test]
fn after_a_frame_of_stage_the_passive_names_the_amount() {
    // An audit finding: no noun names the amount, the passive clause says what it is.
    assert_eq!(
        label_of("项目实施过程中有860万元被截留挪用。", "860万元"),
        "被截留挪用"
    );
    assert_eq!(
        label_of("拨付环节有1.2亿元被滞留在县级财政。", "1.2亿元"),
        "被滞留在县级财政"
    );
    // A noun before 中 is the whole the amount belongs to: it names the amount.
    assert_eq!(label_of("扶贫资金中有95万元被挪用。", "95万元"), "扶贫资金");
}

#[test]
fn a_span_of_years_after_the_noun_is_no_part_of_the_label() {
    assert_eq!(
        label_of("全市新增就业岗位三年累计达到12.6万个。", "12.6万个"),
        "全市新增就业岗位"
    );
    assert_eq!(
        label_of("万元生产总值用水量五年下降18%。", "18%"),
        "万元生产总值用水量"
    );
    assert_eq!(label_of("工业用电量近两年增长9.5%。", "9.5%"), "工业用电量");
    // An ordinal year is a time, not a span; 青少年 is a word of its own.
    assert_eq!(
        label_of("全区青少年3.2万人参加活动。", "3.2万人"),
        "全区青少年"
    );
}

#[test]
fn after_a_count_bei_opens_a_noun() {
    assert_eq!(
        label_of("为1350名被征地农民办理了养老保险。", "1350名"),
        "被征地农民"
    );
}

#[test]
fn the_change_of_a_relation_names_its_owner() {
    let s = "契税4.1亿元，增长12.5%，占税收收入9.8%，比重提高1.3个百分点。";
    assert_eq!(label_of(s, "1.3个百分点"), "契税占税收收入比重");
    let s = "商品房销售价格上涨2.1%，涨幅比上年收窄0.6个百分点。";
    assert_eq!(label_of(s, "0.6个百分点"), "商品房销售价格涨幅");
    let i = indicators(s)
        .into_iter()
        .find(|i| i.text == "0.6个百分点")
        .unwrap();
    assert_eq!(i.direction, Some(Direction::Down));
    // Owner and whole named in the change's own clause.
    let s = "民营经济增加值占地区生产总值的比重提高2.4个百分点。";
    assert_eq!(
        label_of(s, "2.4个百分点"),
        "民营经济增加值占地区生产总值的比重"
    );
    // 扩大 with 了 takes an object: no change.
    let s = "扩大了15个乡镇的审批权限。";
    let i = indicators(s)
        .into_iter()
        .find(|i| i.text == "15个")
        .unwrap();
    assert_eq!(i.kind, IndicatorKind::Count);
}

#[test]
fn a_frame_of_rule_and_the_word_dengci_stay_out_of_the_label() {
    assert_eq!(
        label_of("依照相关规定办结群众信访件86件。", "86件"),
        "办结群众信访件"
    );
    // 等 of 等次/等级 closes no list.
    assert_eq!(
        label_of("考核合格等次单位23个。", "23个"),
        "考核合格等次单位"
    );
}

#[test]
fn yue_and_jin_inside_a_word_are_no_approximation() {
    let i = indicators("全年新签约项目48个，网上预约2600人次。");
    let signed = i.iter().find(|i| i.text == "48个").unwrap();
    assert_eq!(signed.approx, None);
    let booked = i.iter().find(|i| i.text == "2600人次").unwrap();
    assert_eq!(booked.label, "网上预约");
    // And the one-character words that open a word keep it: 约谈, 在保, 近岸.
    assert_eq!(
        label_of("约谈企业负责人19人次。", "19人次"),
        "约谈企业负责人"
    );
    assert_eq!(
        label_of("近岸海域优良水质比例91%。", "91%"),
        "近岸海域优良水质比例"
    );
    // 约 after a noun is "about".
    let i = indicators("挽回经济损失约36万元。");
    assert!(i[0].approx.is_some());
}

#[test]
fn codes_scales_and_formula_factors_are_no_indicators() {
    assert!(indicators("联系地址：某某路8号，邮编：350400。").is_empty());
    assert!(indicators("达标率=达标天数/监测天数×100%。").is_empty());
    assert!(indicators("完成1：1000地形图修测，影像比例尺1:2000。").is_empty());
    assert!(indicators("设立12345台胞服务窗口。").is_empty());
    // A five-digit figure with a real unit stays.
    assert_eq!(labelled("农民人均纯收入12345元。").len(), 1);
}

#[test]
fn measure_words_of_seeds_containers_and_voyages() {
    let i = indicators("投放鱼苗1.2亿粒，完成集装箱运量2.4万标箱，渡轮往返860航次。");
    let units: Vec<_> = i
        .iter()
        .map(|i| i.unit.clone().unwrap_or_default())
        .collect();
    assert_eq!(units, ["粒", "标箱", "航次"]);
}

#[test]
fn a_real_growth_after_deducting_prices_keeps_the_subject() {
    let s = "农村居民人均可支配收入21350元，增长6.8%，扣除价格因素实际增长5.9%。";
    assert_eq!(label_of(s, "5.9%"), "农村居民人均可支配收入");
    let s = "出生人口性别比为106.2:100，人口自然增长率下降0.8个千分点。";
    assert_eq!(label_of(s, "106.2:100"), "出生人口性别比");
    let i = indicators(s);
    assert_eq!(i[1].unit.as_deref(), Some("个千分点"));
}

#[test]
fn words_cut_at_a_function_character_stay_whole() {
    // 人才 keeps its 才; 调增 and 核减 are verbs of change; PM_2.5 is a name.
    assert_eq!(
        label_of("全年引进高层次人才860名。", "860名"),
        "引进高层次人才"
    );
    assert_eq!(
        label_of("企业退休人员养老金调增3.8%。", "3.8%"),
        "企业退休人员养老金"
    );
    assert!(indicators("PM_2.5年均浓度持续下降。").is_empty());
}

#[test]
fn a_list_member_shares_the_two_part_measure_word_of_the_last() {
    let i = indicators("城镇、农村居民收入增速分别高于全省1.2个、0.8个百分点。");
    let units: Vec<_> = i
        .iter()
        .map(|i| i.unit.clone().unwrap_or_default())
        .collect();
    assert_eq!(units, ["个百分点", "个百分点"]);
    // A count of things stays a count.
    let i = indicators("先后建成4个、6个驿站。");
    let four = i.iter().find(|i| i.text == "4个").unwrap();
    assert_eq!(four.unit.as_deref(), Some("个"));
}

#[test]
fn a_basis_may_quote_the_plan_period() {
    let s = "高新技术企业数量比“十四五”初增长58%。";
    assert_eq!(label_of(s, "58%"), "高新技术企业数量");
    let i = indicators(s);
    assert_eq!(i[0].basis.as_deref(), Some("比“十四五”初"));
}

#[test]
fn the_size_of_a_change_is_no_part_of_its_label() {
    let s = "全区粮食产量28.6万吨，同比略增0.6%。";
    assert_eq!(label_of(s, "0.6%"), "全区粮食产量");
    let s = "商品零售价格上涨1.1%，涨幅比上年上扬0.3个百分点。";
    assert_eq!(label_of(s, "0.3个百分点"), "商品零售价格涨幅");
}

#[test]
fn thresholds_of_altitude_and_bare_amounts_name_a_class() {
    assert!(indicators("海拔4500米以上村庄全部通电。").is_empty());
    let i = indicators("新签约1000万以上项目12个。");
    assert_eq!(i.len(), 1);
    assert_eq!(i[0].text, "12个");
}

#[test]
fn an_upheld_decision_is_a_category_not_a_linking_verb() {
    let s = "全年审结行政复议案件126件，其中维持88件、撤销12件。";
    assert_eq!(label_of(s, "88件"), "维持");
    assert_eq!(
        label_of("森林覆盖率维持在45%以上。", "45%以上"),
        "森林覆盖率"
    );
}

/// (text, label, from, value, direction) of an indicator.
type FromTo = (String, String, Option<String>, String, Option<Direction>);

/// (text, label, from, value, direction) of every indicator of `s`.
fn from_to(s: &str) -> Vec<FromTo> {
    let found = indicators(s);
    for (k, i) in found.iter().enumerate() {
        // Well-formed spans, in order of their starts; no label holds a figure.
        assert!(i.span.start < i.span.end, "{s}: {i:?}");
        assert_eq!(&s[i.span.start..i.span.end], i.text.as_str());
        assert!(
            k == 0 || found[k - 1].span.start < i.span.start,
            "{s}: {found:?}"
        );
        assert!(!i.label.chars().any(|c| c.is_ascii_digit()), "{s}: {i:?}");
    }
    found
        .into_iter()
        .map(|i| {
            (
                i.text.into(),
                i.label.into(),
                i.from.map(|f| f.to_string()),
                i.value.to_string(),
                i.direction,
            )
        })
        .collect()
}

fn pair(text: &str, label: &str, from: &str, value: &str, direction: Direction) -> FromTo {
    (
        text.into(),
        label.into(),
        Some(from.into()),
        value.into(),
        Some(direction),
    )
}

#[test]
fn a_list_of_from_figures_pairs_with_a_list_of_to_figures() {
    use Direction::{Down, Up};
    // Two pairs with 分别 after the "from" list, one subject: each pair is one change.
    assert_eq!(
        from_to("园区入驻企业数从38家和52家分别增加到61家和77家。"),
        vec![
            pair(
                "从38家和52家分别增加到61家",
                "园区入驻企业数",
                "38",
                "61",
                Up
            ),
            pair("52家分别增加到61家和77家", "园区入驻企业数", "52", "77", Up),
        ]
    );
    // Three pairs without 分别, going down with 至.
    assert_eq!(
        from_to("全镇涉访案件由46件、31件、17件下降至29件、18件、6件。"),
        vec![
            pair(
                "由46件、31件、17件下降至29件",
                "全镇涉访案件",
                "46",
                "29",
                Down
            ),
            pair(
                "31件、17件下降至29件、18件",
                "全镇涉访案件",
                "31",
                "18",
                Down
            ),
            pair("17件下降至29件、18件、6件", "全镇涉访案件", "17", "6", Down),
        ]
    );
    // 分别 over a list of subjects before 由 and a time phrase (由上年的): each pair takes its own.
    assert_eq!(
        from_to("污水处理率和垃圾无害化处理率分别由上年的88.5%、92.1%提高到91.2%、95.6%。"),
        vec![
            pair(
                "由上年的88.5%、92.1%提高到91.2%",
                "污水处理率",
                "88.5",
                "91.2",
                Up
            ),
            pair(
                "92.1%提高到91.2%、95.6%",
                "垃圾无害化处理率",
                "92.1",
                "95.6",
                Up
            ),
        ]
    );
    // A year as the time phrase, no 分别.
    assert_eq!(
        from_to("全区林草覆盖率从2020年的35%和28%提高到41%和33%。"),
        vec![
            pair(
                "从2020年的35%和28%提高到41%",
                "全区林草覆盖率",
                "35",
                "41",
                Up
            ),
            pair("28%提高到41%和33%", "全区林草覆盖率", "28", "33", Up),
        ]
    );
    // A clause comma before 分别 and the verb: the same statement (城乡 distributed over the pairs).
    assert_eq!(
        from_to("全县城乡低保标准从每月620元和480元，分别提高到700元和560元。"),
        vec![
            pair(
                "从每月620元和480元，分别提高到700元",
                "全县城镇低保标准",
                "620",
                "700",
                Up
            ),
            pair(
                "480元，分别提高到700元和560元",
                "全县农村低保标准",
                "480",
                "560",
                Up
            ),
        ]
    );
    // Percentages, 分别 between the lists.
    assert_eq!(
        from_to("中小学体质健康达标率由35%和28%分别提高到41%和33%。"),
        vec![
            pair(
                "由35%和28%分别提高到41%",
                "中小学体质健康达标率",
                "35",
                "41",
                Up
            ),
            pair(
                "28%分别提高到41%和33%",
                "中小学体质健康达标率",
                "28",
                "33",
                Up
            ),
        ]
    );
    // A verb that says no direction (调整为): the figures say it; the multiplier is kept in `from`.
    assert_eq!(
        from_to("东西片区规划面积由1.4万亩和9000亩分别调整为1.2万亩和1.1万亩。"),
        vec![
            pair(
                "由1.4万亩和9000亩分别调整为1.2万亩",
                "东西片区规划面积",
                "14000",
                "1.2",
                Down
            ),
            pair(
                "9000亩分别调整为1.2万亩和1.1万亩",
                "东西片区规划面积",
                "9000",
                "1.1",
                Up
            ),
        ]
    );
}

#[test]
fn from_and_to_lists_of_unequal_length_stay_as_they_are() {
    for s in [
        "两类项目由12个和15个增加到30个。",
        "两类项目由12个、15个、9个减少到8个、6个。",
    ] {
        let found = from_to(s);
        assert!(found.iter().all(|i| i.2.is_none()), "{s}: {found:?}");
        assert_eq!(found.len(), s.matches('个').count(), "{s}: {found:?}");
    }
    // A ratio is a level: two ratios, no change.
    let found = indicators("产业结构由10.2∶41.5∶48.3调整为8.9∶39.6∶51.5。");
    assert!(
        found.len() == 2 && found.iter().all(|i| i.kind == IndicatorKind::Ratio),
        "{found:?}"
    );
}

#[test]
fn a_bare_measure_after_another_shares_its_owner() {
    let s = "全年海带养殖面积1.2万亩，产量4.6万吨，增长3.1%。";
    assert_eq!(label_of(s, "4.6万吨"), "海带产量");
    assert_eq!(label_of(s, "3.1%"), "海带产量");
    assert_eq!(
        label_of("肉牛存栏3.2万头，出栏2.1万头。", "2.1万头"),
        "肉牛出栏"
    );
    // Words before the measure in its clause: no ellipsis.
    assert_eq!(
        label_of("海带养殖面积1.2万亩，全区水产品产量8万吨。", "8万吨"),
        "全区水产品产量"
    );
}

#[test]
fn a_respective_list_lends_the_first_owner_to_bare_measures() {
    let s = "国内游客人数和花费分别增长12.5%、15.1%。";
    assert_eq!(label_of(s, "15.1%"), "国内游客花费");
    // A compound measure names no owner: 销售收入 is no 销售 + 收入.
    let s = "销售收入、利税分别增长8%和6%。";
    assert_eq!(label_of(s, "6%"), "利税");
}

#[test]
fn a_mid_line_enumeration_marker_is_no_part_of_the_label() {
    let s = "分类情况如下：（一）火灾事故4起；（二）溺水事故2起。";
    assert_eq!(label_of(s, "4起"), "火灾事故");
    assert_eq!(label_of(s, "2起"), "溺水事故");
}

#[test]
fn yiji_between_two_counted_nouns_is_cut_whole() {
    let s = "建成2个区域物流中心以及5个乡镇快递站。";
    assert_eq!(label_of(s, "2个"), "区域物流中心");
}

#[test]
fn a_bracketed_qizhong_breaks_down_the_figure_before_the_bracket() {
    let s = "全县共有幼儿园45所（其中新建3所），小学52所（其中新建5所），中学18所。";
    let i = indicators(s);
    let parent_of = |t: &str| {
        let k = i.iter().find(|x| x.text == t).unwrap().parent;
        k.map(|k| i[k].text.to_string())
    };
    assert_eq!(parent_of("3所").as_deref(), Some("45所"));
    assert_eq!(parent_of("5所").as_deref(), Some("52所"));
    assert_eq!(parent_of("52所"), None);
    assert_eq!(parent_of("18所"), None);
    // The total of the part's measure, not the change right before the bracket.
    let s = "油料产量9800吨，减产300吨，下降3.0%（其中：花生产量7200吨）；水果产量2100吨。";
    let i = indicators(s);
    let k = i
        .iter()
        .find(|x| x.text == "7200吨")
        .unwrap()
        .parent
        .unwrap();
    assert_eq!(i[k].text, "9800吨");
    assert_eq!(i.iter().find(|x| x.text == "2100吨").unwrap().parent, None);
}

#[test]
fn a_bare_total_names_the_subject_before_it() {
    let s = "全年新增外资企业38户，总数达412户。";
    assert_eq!(label_of(s, "412户"), "新增外资企业总数");
}

#[test]
fn a_short_modifier_takes_a_one_character_head() {
    let s = "出口、进口额分别为12亿元和8亿元。";
    assert_eq!(label_of(s, "12亿元"), "出口额");
    assert_eq!(label_of(s, "8亿元"), "进口额");
}

#[test]
fn the_figure_a_change_is_compared_with_is_its_basis_not_its_subject() {
    // 比 + the basis + its figure + the change: the change is the subject's, and the basis
    // figure is named by its basis without 比.
    let s = "全县税收收入实际完成8.62亿元，比上年决算数8.15亿元增长5.8%。";
    let got: Vec<_> = indicators(s)
        .into_iter()
        .map(|i| (i.text.to_string(), i.label.to_string(), i.kind, i.base))
        .collect();
    assert_eq!(
        got,
        [
            (
                "8.62亿元".into(),
                "全县税收收入".into(),
                IndicatorKind::Money,
                None
            ),
            (
                "8.15亿元".into(),
                "上年决算数".into(),
                IndicatorKind::Money,
                None
            ),
            (
                "5.8%".into(),
                "全县税收收入".into(),
                IndicatorKind::Change,
                Some(0)
            ),
        ]
    );
    // A clause opened by 比增 is a change, and a figure after it is no basis.
    assert_eq!(
        label_of(
            "外贸进出口总额8.4亿元，比增6.1%（其中出口3.2亿元，比增12.5%）。",
            "12.5%"
        ),
        "出口"
    );
}

#[test]
fn a_footnote_mark_between_the_verb_and_its_figure_is_read_past() {
    let f = indicators("全年农村公路投资126亿元，比上年增长[12]4.3%。");
    assert_eq!(f[1].kind, IndicatorKind::Change);
    assert_eq!(f[1].label, "农村公路投资");
}

#[test]
fn an_amount_in_wan_after_a_noun_of_money_is_money_without_its_yuan() {
    let f = indicators("每村奖补资金30万，新增培训学员2.4万。");
    assert_eq!(
        f.iter().map(|i| i.kind).collect::<Vec<_>>(),
        [IndicatorKind::Money, IndicatorKind::Count]
    );
    assert!(f[0].unit.is_none());
}

#[test]
fn a_line_that_ends_with_a_quote_or_spaces_runs_on_into_the_next() {
    // PDF text: a line ended by a closing quote goes on when the next line opens with a count
    // (not when it opens with a year), and spaces before a break do not end the paragraph.
    let f = baogao::parse(
        "某县工作总结\n\n一、主要工作\n全年培育“示范农场”\n18家，销售收入和利润分别增长 \n12.5%和8.1%。打造“一村一品”\n2024年，新建大棚40座。\n",
    )
    .indicators;
    let got: Vec<_> = f
        .iter()
        .map(|i| (i.text.replace('\n', ""), i.label.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            ("18家".to_string(), "培育“示范农场”".to_string()),
            ("12.5%".to_string(), "销售收入".to_string()),
            ("8.1%".to_string(), "利润".to_string()),
            ("40座".to_string(), "新建大棚".to_string()),
        ]
    );
}

#[test]
fn a_month_and_day_left_of_a_cut_time_frame_is_not_in_the_label() {
    assert_eq!(
        label_of("截止2024年12月31日本局在门户网站公开文件86件。", "86件"),
        "本局在门户网站公开文件"
    );
    assert_eq!(
        label_of("今年5月份规模以上企业用电量4.1亿千瓦时。", "4.1亿千瓦时"),
        "规模以上企业用电量"
    );
}

#[test]
fn a_trap_read_across_a_wrap_is_still_a_trap() {
    // PDF text breaks lines inside the words a trap reads around a figure: a session of a
    // congress, a numbered slogan, a time qualifier. None of them is an indicator either way.
    for body in [
        "全面完成了县人大三次会\n议确定的各项任务。",
        "坚持两个文\n明一起抓，",
        "综合实力连\n续8年居全市第一。",
    ] {
        let text = format!("某县政府工作报告\n\n正文。\n{body}\n");
        assert!(
            baogao::parse(&text).indicators.is_empty(),
            "{body:?}: {:?}",
            labelled(&text)
        );
    }
}

#[test]
fn a_proportion_keeps_what_it_is_the_proportion_of() {
    // 比例, like 比重, names nothing without its owner before 的: as a level and as a change.
    assert_eq!(
        label_of("全县参加职业技能培训人员的比例达到45%。", "45%"),
        "全县参加职业技能培训人员的比例"
    );
    assert_eq!(
        label_of("全市空气质量优良天数的比例提高3.2个百分点。", "3.2个百分点"),
        "全市空气质量优良天数的比例"
    );
    assert_eq!(
        label_of(
            "一般公共预算支出中教育支出的比重回落1.1个百分点。",
            "1.1个百分点"
        ),
        "一般公共预算支出中教育支出的比重"
    );
}

#[test]
fn a_count_before_a_possessive_counts_the_noun_before_it() {
    // 个 + noun + 的 + an abstract noun or an activity: what is counted stands before 的.
    assert_eq!(
        label_of("解决了45个自然村的饮水安全问题。", "45个"),
        "自然村"
    );
    assert_eq!(
        label_of("完成了12个重点项目的前期工作。", "12个"),
        "重点项目"
    );
    // A relative clause before 的 and a countable noun after it: the noun is what is counted.
    assert_eq!(
        label_of("认定了8家具有较强创新能力的科技型企业。", "8家"),
        "具有较强创新能力的科技型企业"
    );
    assert_eq!(
        label_of("查出3张明显虚假的报销凭证。", "3张"),
        "明显虚假的报销凭证"
    );
}

#[test]
fn a_date_spaced_as_pdf_text_spaces_it_is_read_as_one_written_close() {
    // PDF text puts spaces between a number and its characters (`2021 年至 2023 年`): the
    // date frame is read the same with or without them, and with a mix of both.
    let close = label_of("导致养老基金2021年至2023年多支出12.5亿元。", "12.5亿元");
    for s in [
        "导致养老基金 2021 年至 2023 年多支出 12.5亿元。",
        "导致养老基金 2021年至 2023 年多支出 12.5亿元。",
    ] {
        assert_eq!(label_of(s, "12.5亿元").replace(' ', ""), close, "{s}");
    }
}

#[test]
fn the_words_after_a_count_end_before_a_date_and_its_preposition() {
    assert_eq!(
        label_of("另有4家城市商业银行至2023年底仍未完成整改。", "4家"),
        "城市商业银行"
    );
    assert_eq!(
        label_of("12家下属单位自 2023 年 5 月以来停止收费。", "12家"),
        "下属单位"
    );
    // (A linking verb keeps its 到: the words after the first ratio are no label of it.)
    let s = "产业结构不断优化，由2015年的12.1:47.6:40.3调整到2020年的10.2:45.1:44.7。";
    assert_eq!(label_of(s, "12.1:47.6:40.3"), "产业结构不断优化");
}

/// `paragraph` spaced as PDF text is: a space between an ideograph and a digit on either side,
/// none next to punctuation (`2024 年 5 月`, `超 2300 万`, `45%至 50%`).
fn pdf_spaced(paragraph: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in paragraph.chars() {
        let ideograph = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        if let Some(p) = prev {
            if (ideograph(p) && c.is_ascii_digit()) || (p.is_ascii_digit() && ideograph(c)) {
                out.push(' ');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[test]
fn a_paragraph_spaced_as_pdf_text_gives_what_the_close_one_gives() {
    // Approximation words, comparison bases with a year, from–to with a year, a list sharing its
    // unit, an index with no unit, a multiple of a year's figure, bare numbers of a list.
    let paragraph = "全县地区生产总值突破128亿元，比2022年增长6.2%；常住人口约35万人。\
        城乡居民人均住房面积分别达到36和42平方米，分别高于全市1.2和0.8个百分点。\
        空气质量综合指数4.12，优良天数比2020年增加21天。\
        一般公共预算收入由2020年的8.6亿元增加到11.2亿元，是2018年的1.8倍。\
        新配备巡逻车3、救护车2。人均存款从2016年的1.8万元增长到2022年的3.3万元；\
        城镇、农村居民人均收入从2020年的3.2万元和1.5万元分别提高到3.8万元和1.9万元。";
    let close = typed(&format!("{paragraph}\n"));
    assert_eq!(close.len(), 16, "{close:?}");
    let spaced = pdf_spaced(paragraph);
    let mut got = typed(&format!("{spaced}\n"));
    for i in &mut got {
        i.0 = i.0.replace(' ', "");
        i.3 = i.3.replace(' ', "");
    }
    assert_eq!(got, close, "{spaced}");
}

#[test]
fn a_word_ending_in_jin_is_no_verb_jinxing_and_jinru_opens_a_predicate() {
    // 推进行政…, 先进行列: 进行 across two words is no verb of the predicate (the label was cut
    // inside the word: 部门推).
    assert!(label_of("全市23个部门推进行政执法公示。", "23个").contains("推进"));
    assert_eq!(label_of("全县30%的行政村进入先进行列。", "30%"), "行政村");
    // 进入, 引进 open the predicate after the counted noun.
    assert_eq!(label_of("新增8家企业引进行业领军人才。", "8家"), "企业");
    assert_eq!(
        label_of("全县共有6个行政村进入省级示范行列。", "6个"),
        "行政村"
    );
    assert_eq!(label_of("新增12个项目进入省重点项目库。", "12个"), "项目");
}

#[test]
fn a_coordinate_abbreviation_inside_the_subject_is_distributed() {
    // 存贷款 (存款 and 贷款), 收支 (收入 and 支出), 城乡 after a scope: each figure of 分别 takes one.
    let s =
        "全市金融机构存贷款余额分别为820亿元和610亿元，一般公共预算收支分别完成35亿元和52亿元。";
    assert_eq!(label_of(s, "820亿元"), "全市金融机构存款余额");
    assert_eq!(label_of(s, "610亿元"), "全市金融机构贷款余额");
    assert_eq!(label_of(s, "35亿元"), "一般公共预算收入");
    assert_eq!(label_of(s, "52亿元"), "一般公共预算支出");
}

#[test]
fn a_count_of_major_ones_in_figures_counts_what_follows() {
    // 5大产业基地: a count of the major ones of what follows 大 (after figures only; 三大攻坚战 is
    // a slogan, 第3大 an ordinal).
    let s = "全市建成5大产业基地，打好三大攻坚战，成为全国第3大港口。";
    let found = indicators(s);
    assert_eq!(found.len(), 1, "{:?}", labelled(s));
    assert_eq!(found[0].text, "5大");
    assert_eq!(found[0].label, "产业基地");
    assert_eq!(found[0].value.to_string(), "5");
    // 大类 and 大项 stay units of their own.
    assert_eq!(label_of("清理出4大类36项收费。", "4大类"), "收费");
}

#[test]
fn one_more_thing_is_a_count_not_a_rate_denominator() {
    // 关闭1处煤矿奖励50万元: per one mine; 另1所学校: one more school, counted.
    let s = "县里未修缮1所小学，却为另1所中学购买单价超过2万元的景观树。";
    let found = labelled(s);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1].0, "1所");
    // (购买 opens the predicate after the counted noun.)
    assert_eq!(found[1].1, "中学", "{found:?}");
}

#[test]
fn full_width_digits_read_as_ascii_digits() {
    // Text typed in a full-width input mode (Word files, older web pages): the years are years,
    // a clock time is no ratio, a from–to's time lead is no label; each figure reads as its
    // ASCII spelling does.
    let ascii = "2023年全县新增就业岗位1200个，比2022年增长8.5%。城镇居民人均可支配收入由2020年的\
                 32000元增长到41000元。座谈会于14:30召开，全年接待来访群众560人次，\
                 其中12月份接待群众45人次。";
    let wide: String = ascii
        .chars()
        .map(|c| match c {
            '0'..='9' | '%' | '.' | ':' => char::from_u32(c as u32 + 0xfee0).unwrap(),
            c => c,
        })
        .collect();
    let row = |i: baogao::Indicator| {
        (
            i.label.to_string(),
            i.value.to_string(),
            i.unit.map(|u| u.to_string()),
            i.kind,
            i.direction,
        )
    };
    let a: Vec<_> = indicators(ascii).into_iter().map(row).collect();
    let w: Vec<_> = indicators(&wide).into_iter().map(row).collect();
    assert_eq!(a, w);
    let labels: Vec<_> = w.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        labels,
        [
            "全县新增就业岗位",
            "全县新增就业岗位",
            "城镇居民人均可支配收入",
            "接待来访群众",
            "接待群众"
        ],
        "{w:?}"
    );
}

#[test]
fn a_year_in_chinese_numerals_is_a_year() {
    // 二〇二〇年 written out digit by digit: a basis, a from–to's time lead and an aim's date
    // read as 2020年 does.
    let figures = "到2035年全市常住人口达到500万人，比2020年增长12%。城镇居民人均可支配收入由\
                   2020年的32000元增长到41000元。";
    let words = figures
        .replace("2035", "二〇三五")
        .replace("2020", "二〇二〇");
    let row = |i: baogao::Indicator| (i.label.to_string(), i.value.to_string(), i.kind, i.from);
    let a: Vec<_> = indicators(figures).into_iter().map(row).collect();
    let w: Vec<_> = indicators(&words).into_iter().map(row).collect();
    assert_eq!(a, w);
    let labels: Vec<_> = w.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        labels,
        ["全市常住人口", "全市常住人口", "城镇居民人均可支配收入"]
    );
}

#[test]
fn a_plan_period_frames_the_statement_like_a_year() {
    // “十四五”期间, 十三五以来, 到“十二五”末: the period of a five-year plan is a time frame, not
    // part of what is counted; the plan's name before a noun (`“十四五”规划项目`) stays.
    let s = "“十四五”期间全县新建学校12所，十三五以来累计改造农村公路860公里，\
             到“十二五”末全市旅游收入达到45亿元，“十四五”规划项目完成投资30亿元。";
    assert_eq!(label_of(s, "12所"), "全县新建学校");
    assert_eq!(label_of(s, "860公里"), "改造农村公路");
    assert_eq!(label_of(s, "45亿元"), "全市旅游收入");
    assert_eq!(label_of(s, "30亿元"), "“十四五”规划项目完成投资");
}

#[test]
fn months_and_quarters_of_a_period_report_frame_the_statement() {
    // Half-year and quarterly summaries open with the months or quarters they cover: 1-10月,
    // 1至9月份, 2023年1—9月, 第三季度, 前三季度, 前10个月 are time, not what is counted; 第三批
    // and 前两名 count things.
    let s = "第三季度接待游客120万人次。前10个月新增市场主体3200户。全县1-10月规模以上工业增加值\
             增长8.5%。2023年1—9月实现税收收入45亿元。1至6月份办理行政许可事项860件。\
             第三批试点项目12个。前两名企业销售收入80亿元。";
    assert_eq!(label_of(s, "120万人次"), "接待游客");
    assert_eq!(label_of(s, "3200户"), "新增市场主体");
    assert_eq!(label_of(s, "8.5%"), "规模以上工业增加值");
    assert_eq!(label_of(s, "45亿元"), "税收收入");
    assert_eq!(label_of(s, "860件"), "办理行政许可事项");
    assert_eq!(label_of(s, "12个"), "第三批试点项目");
    assert_eq!(label_of(s, "80亿元"), "前两名企业销售收入");
}

#[test]
fn an_adverb_of_record_before_the_link_leaves_the_label() {
    // 首次/再次/首度 + 突破/超过: the adverb qualifies the link, not the noun.
    let s = "全县财政收入首次突破20亿元，外贸进出口总额再次超过5亿美元。";
    assert_eq!(label_of(s, "突破20亿元"), "全县财政收入");
    assert_eq!(label_of(s, "超过5亿美元"), "外贸进出口总额");
}

#[test]
fn an_amount_restated_in_another_currency_keeps_its_measure() {
    // 按…折算为, 折合, 约合: the second figure is the first in another unit.
    let s = "全年人均地区生产总值86500元，按年平均汇率折算为12200美元。实际利用外资2.3亿美元，\
             折合人民币16.4亿元。出口总额48亿元，约合6.7亿美元，增长5%。";
    assert_eq!(label_of(s, "12200美元"), "人均地区生产总值");
    assert_eq!(label_of(s, "16.4亿元"), "实际利用外资");
    assert_eq!(label_of(s, "6.7亿美元"), "出口总额");
}

#[test]
fn gong_of_a_word_is_not_the_adverb_of_a_total() {
    // 共建“一带一路”国家, 共建共享: 共 opens a word; 共建成 is the adverb 共 (in total) and a verb.
    let s = "全省对共建“一带一路”国家出口额增长7%，全年共建成学校12所，共建共享项目36个。";
    assert_eq!(label_of(s, "7%"), "全省对共建“一带一路”国家出口额");
    assert_eq!(label_of(s, "12所"), "学校");
    assert_eq!(label_of(s, "36个"), "共建共享项目");
}

#[test]
fn an_earlier_figure_compared_with_is_the_same_measure() {
    // 相较去年28件, 比上年的120件: the figure of the time compared with; what follows it
    // (明显下降, 大幅减少) is a predicate, never its label. 较好的 is no basis.
    let s =
        "全县受理信访事项15件，相较去年28件明显下降。全年办结投诉举报86件，比上年的120件大幅减少。\
             声环境质量好的城市占7%，较好的占66%。";
    assert_eq!(label_of(s, "28件"), "全县受理信访事项");
    assert_eq!(label_of(s, "120件"), "办结投诉举报");
    assert_ne!(label_of(s, "66%"), label_of(s, "7%"));
}

#[test]
fn a_predicate_joined_by_bing_is_not_the_counted_noun() {
    // 5000余条并定期更新: 并 opens a second predicate; the count's noun stands before it.
    let s = "系统收录企业标准数据约5000余条并定期更新，累计培训人员320人次并全部考核合格。";
    assert_eq!(label_of(s, "约5000余条"), "系统收录企业标准数据");
    assert_eq!(label_of(s, "320人次"), "培训人员");
}

#[test]
fn fenbie_with_a_count_of_its_items_and_mixed_verbs() {
    // 甲、乙、丙三大产业增加值分别增长A、B和下降C: the count (三大) ends the last item; the verb
    // of change may change inside the list.
    let s = "全年纺织、建材、电子三大重点产业增加值分别增长12%和下降3.5%、1.2%。";
    let found = labelled(s);
    let labels: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        labels,
        ["纺织增加值", "建材增加值", "电子增加值"],
        "{found:?}"
    );
    let dirs: Vec<_> = indicators(s).into_iter().map(|i| i.direction).collect();
    assert_eq!(
        dirs,
        [
            Some(Direction::Up),
            Some(Direction::Down),
            Some(Direction::Down)
        ]
    );
}

#[test]
fn windows_line_ends_read_like_unix_ones_across_a_page_marker() {
    // PDF text extracted on Windows: `\r\n` ends every line, the page's marker line included.
    let unix = "某县2024年财政工作报告\n\n一、财政收支\n全年安排专项资金4.35\n— 12 —\n亿元，支持项目86个，其中新建\
                学校\n— 13 —\n12所。\n";
    let windows = unix.replace('\n', "\r\n");
    let row = |i: baogao::Indicator| (i.label.to_string(), i.value.to_string(), i.unit);
    let p = |t: &str| {
        baogao::parse(t)
            .indicators
            .into_iter()
            .map(row)
            .collect::<Vec<_>>()
    };
    let (a, w) = (p(unix), p(&windows));
    assert_eq!(a, w);
    assert_eq!(a[0].0, "专项资金");
    assert_eq!(a[0].2.as_deref(), Some("元"));
    // The snippet reader too.
    let a: Vec<_> = indicators(unix).into_iter().map(row).collect();
    let w: Vec<_> = indicators(&windows).into_iter().map(row).collect();
    assert_eq!(a, w);
}

#[test]
fn every_line_break_convention_and_trailing_spaces_read_like_unix_lines() {
    // Hard-wrapped PDF text (lines cut at the page's width, mid-word and mid-figure), saved with
    // classic Mac line ends, Unicode's line separators, or with the spaces a PDF line keeps at
    // its end: the indicators are those of the `\n` text, and each keeps its own source text.
    let unix = "某县2024年财政工作报告\n\n一、财政收支\n全年一般公共预算收入完成12.6亿元，同比增长\n5.2%，其中税收收入完成9.8亿元；全年安排专项\n资金4.35亿元，支持重点项目86个，新建中小学\n校12所，改造农村公路135公里，惠及群众3.2万\n人。\n";
    let row = |i: &baogao::Indicator| (i.label.to_string(), i.value.to_string(), i.unit.clone());
    let rows = |t: &str| {
        let r = baogao::parse(t);
        for i in &r.indicators {
            assert_eq!(i.text, t[i.span.start..i.span.end], "{t:?}");
        }
        r.indicators.iter().map(row).collect::<Vec<_>>()
    };
    let expected = rows(unix);
    assert_eq!(expected.len(), 8);
    assert!(expected.contains(&("专项资金".into(), "4.35".into(), Some("元".into()))));
    assert!(expected.contains(&("新建中小学校".into(), "12".into(), Some("所".into()))));
    for brk in [
        "\r", "\u{85}", "\u{2028}", "\u{2029}", "\r\n", "  \n", " \r\n",
    ] {
        let other = unix.replace('\n', brk);
        assert_eq!(rows(&other), expected, "break {brk:?}");
        let snippet: Vec<_> = indicators(&other).iter().map(row).collect();
        let unix_snippet: Vec<_> = indicators(unix).iter().map(row).collect();
        assert_eq!(snippet, unix_snippet, "snippet, break {brk:?}");
    }
}

#[test]
fn chinese_numerals_end_in_their_multiplier_as_arabic_figures_do() {
    // `五千万元` is read as `5000万元` is: value 5000, multiplier 万; a range's place value applies
    // to both ends (`三至五万元` is 3万 to 5万), a vague magnitude's bounds are in its scale
    // (`数十亿元` is 10 to 100 × 亿), and a figure of the multiplier's scale is no article "one"
    // (`1亿元新建…`).
    let fields = |s: &str| {
        let i = &indicators(s)[0];
        (
            i.value.to_string(),
            i.multiplier.as_deref().map(str::to_string),
            i.normalized.map(|d| d.to_string()),
            i.low.map(|d| d.to_string()),
            i.high.map(|d| d.to_string()),
        )
    };
    assert_eq!(
        fields("项目总投资五千万元。"),
        fields("项目总投资5000万元。")
    );
    assert_eq!(
        fields("带动就业一百二十三万人。"),
        fields("带动就业123万人。")
    );
    assert_eq!(fields("发行债券两万亿元。"), fields("发行债券2万亿元。"));
    assert_eq!(fields("每户补助三至五万元。"), fields("每户补助3-5万元。"));
    assert_eq!(
        fields("每户补助三万至五万元。"),
        fields("每户补助3-5万元。")
    );
    let s = |a: &str, b: Option<&str>, c: &str, d: &str, e: &str| {
        (
            a.to_string(),
            b.map(str::to_string),
            Some(c.to_string()),
            Some(d.to_string()),
            Some(e.to_string()),
        )
    };
    assert_eq!(
        fields("涉及资金数十亿元。"),
        s("10", Some("亿"), "1000000000", "1000000000", "10000000000")
    );
    assert_eq!(
        fields("吸引游客上万人。"),
        s("1", Some("万"), "10000", "10000", "100000")
    );
    let one = indicators("全年投入1亿元新建学校3所。");
    assert_eq!(one.len(), 2);
    assert_eq!(
        (one[0].value.to_string(), one[0].unit.as_deref()),
        ("1".into(), Some("元"))
    );
    // Without a place value at its end, a numeral has no multiplier.
    let i = &indicators("培训农民一万二千人次。")[0];
    assert_eq!(
        (i.value.to_string(), i.multiplier.as_deref()),
        ("12000".into(), None)
    );
}

#[test]
fn rough_figures_of_two_neighbouring_digits_are_ranges() {
    // 概数: two neighbouring digits say "two or three", `十几` "ten-odd"; a place value after them
    // scales both ends. Lists of numerals, place names and month names are no such figure.
    let range = |s: &str| {
        let found = indicators(s);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        let i = &found[0];
        (
            i.low.map(|d| d.to_string()),
            i.high.map(|d| d.to_string()),
            i.multiplier.as_deref().map(str::to_string),
            i.unit.as_deref().map(str::to_string),
        )
    };
    let r = |a: &str, b: &str, m: Option<&str>, u: &str| {
        (
            Some(a.to_string()),
            Some(b.to_string()),
            m.map(str::to_string),
            Some(u.to_string()),
        )
    };
    assert_eq!(
        range("全镇建成三四十个服务站点。"),
        r("30", "40", None, "个")
    );
    assert_eq!(range("每期培训学员一二百人。"), r("100", "200", None, "人"));
    assert_eq!(
        range("园区吸纳就业十几万人。"),
        r("110000", "190000", Some("万"), "人")
    );
    assert_eq!(
        range("全县二十几个行政村通了公交。"),
        r("21", "29", None, "个")
    );
    assert_eq!(
        range("项目总投资两三千万元。"),
        r("20000000", "30000000", Some("万"), "元")
    );
    assert_eq!(
        range("辖区内十一二家企业完成改造。"),
        r("11", "12", None, "家")
    );
    for not_one in [
        "推进一二三产业融合发展。",
        "加快一二组团建设。",
        "三四月份降水偏少。",
    ] {
        assert!(indicators(not_one).is_empty(), "{not_one}");
    }
}

#[test]
fn a_range_whose_ends_each_carry_the_unit_is_one_range() {
    // `300元-500元`: the dash joins two ends of one range, the second is no negative amount.
    let r = |s: &str| {
        let found = indicators(s);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        let i = &found[0];
        (
            i.low.map(|d| d.to_string()),
            i.high.map(|d| d.to_string()),
            i.unit.as_deref().map(str::to_string),
        )
    };
    let want = |a: &str, b: &str, u: &str| (Some(a.into()), Some(b.into()), Some(u.to_string()));
    assert_eq!(
        r("每亩补助标准为300元-500元不等。"),
        want("300", "500", "元")
    );
    assert_eq!(
        r("生活补贴按1800元/年～4200元/年发放。"),
        want("1800", "4200", "元/年")
    );
    assert_eq!(
        r("安置房价格为每平方米6000元至1.2万元。"),
        want("6000", "12000", "元")
    );
    assert_eq!(
        r("单套面积在60平方米—90平方米之间。"),
        want("60", "90", "平方米")
    );
    // Not a range: the ends fall, or the second carries another unit.
    assert_eq!(indicators("门票由80元-20元优惠后为60元。").len(), 3);
}

#[test]
fn a_day_of_the_month_is_no_part_of_a_label() {
    // `截止6月3日共排查…`: the date frame ends at its day, not at its month.
    for s in [
        "截止9月18日共排查整治隐患76处。",
        "截至3月2日已办结信访件45件。",
    ] {
        let found = indicators(s);
        assert_eq!(found.len(), 1, "{s}");
        assert!(!found[0].label.contains('日'), "{s}: {}", found[0].label);
    }
}

#[test]
fn words_that_hold_a_function_character_are_not_cut() {
    // 共 of 医共体, 对 of 对照, 向 of 向上争取, 回 of 回升: parts of words, not an adverb, a
    // preposition or a stray character before the verb of change.
    let label = |s: &str| indicators(s)[0].label.to_string();
    assert!(label("全市组建城市医共体9个。").ends_with("医共体"));
    assert!(label("对照标准整改问题31个。").starts_with("对照"));
    assert!(label("向上争取专项资金800万元。").starts_with("向上争取"));
    assert_eq!(label("工业用电量同比回升4.2个百分点。"), "工业用电量");
    assert_eq!(label("生猪价格反弹9%。"), "生猪价格");
    let i = &indicators("蔬菜价格下跌6%。")[0];
    assert_eq!(
        (i.label.as_str(), i.direction),
        ("蔬菜价格", Some(Direction::Down))
    );
}

#[test]
fn more_shapes_of_from_to() {
    // A "from" figure after a per-unit frame of two parts, after 原 ("the former"), or written
    // bare with its unit said once after the "to" figure; verbs of merging say a change too.
    let one = |s: &str| {
        let found = indicators(s);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        let i = &found[0];
        (
            i.label.to_string(),
            i.from.map(|d| d.to_string()),
            i.to.map(|d| d.to_string()),
            i.direction,
        )
    };
    let want = |l: &str, a: &str, b: &str, d: Direction| {
        (
            l.to_string(),
            Some(a.to_string()),
            Some(b.to_string()),
            Some(d),
        )
    };
    assert_eq!(
        one("高龄津贴从每人每月80元提高到100元。"),
        want("高龄津贴", "80", "100", Direction::Up)
    );
    assert_eq!(
        one("行政村从原46个合并为31个。"),
        want("行政村", "46", "31", Direction::Down)
    );
    assert_eq!(
        one("下属企业从原先的15家整合为9家。"),
        want("下属企业", "15", "9", Direction::Down)
    );
    assert_eq!(
        one("月最低工资从1500提高至1800元。"),
        want("月最低工资", "1500", "1800", Direction::Up)
    );
}

#[test]
fn a_list_shares_the_measure_of_its_last_item() {
    // `原煤、原油、天然气产量`: each item's 产量, whatever the length of the last item's own
    // modifier; an item that names its own measure (`事故起数`) keeps it.
    assert_eq!(
        labels("煤炭、石油、天然气产量分别增长2%、4%和6%。"),
        ["煤炭产量", "石油产量", "天然气产量"]
    );
    assert_eq!(
        labels("火灾事故起数、受伤人数分别下降12%、9%。"),
        ["火灾事故起数", "受伤人数"]
    );
    assert_eq!(
        labels("新型家电、国产汽车、石油制品零售额分别增长3%、5%和7%。"),
        ["新型家电零售额", "国产汽车零售额", "石油制品零售额"]
    );
    assert_eq!(
        labels("城镇、农村居民收入分别增长5%和7%。"),
        ["城镇居民收入", "农村居民收入"]
    );
}

#[test]
fn ranks_horizons_round_the_clock_and_announced_parts_are_no_indicators() {
    // A rank's from–to, a horizon of planning, round-the-clock service and a count of the parts
    // the text lists next (CONVENTIONS: rankings, time qualifiers, the document's own parts).
    for s in [
        "全省营商环境排名由第18位上升到第9位，位次由27位前移至15位。",
        "在全国百强区排名由86位上升到71位。",
        "编制未来3-5年产业发展规划，今后5年重点推进城市更新。",
        "开通24小时服务热线，实行24小时值班。",
        "重点抓好以下6个方面工作：",
        "提出如下3点建议。",
    ] {
        let found = indicators(s);
        assert!(found.is_empty(), "{s}: {found:?}");
    }
    // Durations and counts of the same shapes stay.
    assert_eq!(indicators("平均审批时间缩短24小时。").len(), 1);
    assert_eq!(indicators("新增专利授权6个方面。").len(), 1);
    assert_eq!(indicators("全市排名前移的企业有12家。").len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Heading markers in the glyphs Word, PDF fonts and older pages write: Latin letters, enclosed
// code points (`⑴` `⒈` `㈠` `㊀` `❶` `➊` `⓵`), financial numerals over common ones, heavenly
// stems. Every report below was written for these tests.

/// (level, style, ordinal, title) of every heading of `text`, in document order.
fn headings_of(text: &str) -> Vec<(usize, baogao::MarkerStyle, Option<u32>, String)> {
    fn walk(
        s: &[baogao::Section],
        out: &mut Vec<(usize, baogao::MarkerStyle, Option<u32>, String)>,
    ) {
        for sec in s {
            let h = &sec.heading;
            out.push((h.level, h.marker.style, h.marker.ordinal, h.title.clone()));
            walk(&sec.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&baogao::parse(text).sections, &mut out);
    out
}

/// The kinds of the diagnostics of `text`.
fn diagnostic_kinds(text: &str) -> Vec<baogao::DiagnosticKind> {
    baogao::parse(text)
        .diagnostics
        .into_iter()
        .map(|d| d.kind)
        .collect()
}

/// (level, title) of every heading of `text`.
fn levels_of(text: &str) -> Vec<(usize, String)> {
    headings_of(text)
        .into_iter()
        .map(|(l, _, _, t)| (l, t))
        .collect()
}

fn lv(pairs: &[(usize, &str)]) -> Vec<(usize, String)> {
    pairs.iter().map(|&(l, t)| (l, t.to_string())).collect()
}

/// A report whose second level is numbered with the markers `mark(n)` gives: the same report in
/// two glyph families of one style must read alike.
fn sample_report(mark: impl Fn(u32) -> String) -> String {
    format!(
        "某区2025年民政工作总结\n\n一、主要工作\n{}完善救助体系\n全年救助困难群众320人次。\n{}加强养老服务\n新建社区食堂6个。\n{}推进殡葬改革\n公益性公墓建成1处。\n二、下步打算\n继续做好兜底保障。\n",
        mark(1),
        mark(2),
        mark(3)
    )
}

/// The marker of ordinal `n` of a family of consecutive code points starting at `first`.
fn code_point(first: char, n: u32) -> String {
    char::from_u32(first as u32 + n - 1).unwrap().to_string()
}

/// A marker for ordinal `n`.
type Mark = fn(u32) -> String;

#[test]
fn enclosed_digits_alone_read_as_their_common_forms() {
    let pairs: [(Mark, Mark); 7] = [
        (|n| format!("（{n}）"), |n| code_point('⑴', n)),
        (|n| format!("{n}."), |n| code_point('⒈', n)),
        (
            |n| format!("（{}）", ["一", "二", "三"][n as usize - 1]),
            |n| code_point('㈠', n),
        ),
        (|n| code_point('①', n), |n| code_point('㊀', n)),
        (|n| code_point('①', n), |n| code_point('❶', n)),
        (|n| code_point('①', n), |n| code_point('➊', n)),
        (|n| code_point('①', n), |n| code_point('⓵', n)),
    ];
    for (i, (common, glyph)) in pairs.into_iter().enumerate() {
        let a = sample_report(common);
        let b = sample_report(glyph);
        assert_eq!(headings_of(&a), headings_of(&b), "{b}");
        assert_eq!(diagnostic_kinds(&a), diagnostic_kinds(&b), "{b}");
        assert!(headings_of(&b).len() >= 5, "{:?}", headings_of(&b));
        // Flattened onto one line, the markers are read in mid-line alike.
        let flat = |m: Mark| {
            format!(
                "一、主要工作。{}完善救助体系。全年救助困难群众320人次。{}加强养老服务。新建社区食堂6个。\n",
                m(1),
                m(2)
            )
        };
        let read = headings_of(&flat(common));
        assert_eq!(read, headings_of(&flat(glyph)));
        // (The bracketed and dotted styles are read in mid-line; circled numbers never are.)
        assert_eq!(read.len(), if i < 3 { 3 } else { 1 }, "{read:?}");
    }
    // Financial numerals alone read as the common ones.
    let common = "某市国有资产报告\n\n一、总体情况\n资产总额520亿元。\n二、管理工作\n出台办法3项。\n三、下步打算\n继续加强管理。\n";
    let financial = common
        .replace('一', "壹")
        .replace('二', "贰")
        .replace('三', "叁");
    assert_eq!(headings_of(common), headings_of(&financial));
    assert_eq!(diagnostic_kinds(common), diagnostic_kinds(&financial));
}

#[test]
fn parenthesised_digits_under_bracketed_digits_nest() {
    let text = "某县2025年审计整改报告\n\n一、整改情况\n（1）资金管理\n⑴专项资金\n已收回资金12万元。\n⑵往来款项\n已清理往来款3笔。\n（2）项目管理\n⑴工程结算\n已审减结算价款8万元。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "整改情况"),
            (2, "资金管理"),
            (3, "专项资金"),
            (3, "往来款项"),
            (2, "项目管理"),
            (3, "工程结算"),
        ])
    );
    assert!(!diagnostic_kinds(text).contains(&baogao::DiagnosticKind::RepeatedOrdinal));
    // And the full-stop digits under the common dotted ones, the parenthesised ideographs under
    // the bracketed ones.
    let text = "某局工作要点\n\n1.强化规划引领\n⒈编制专项规划\n年内完成规划2项。\n⒉开展评估\n开展中期评估1次。\n2.加强队伍建设\n组织培训4期。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "强化规划引领"),
            (2, "编制专项规划"),
            (2, "开展评估"),
            (1, "加强队伍建设")
        ])
    );
    let text = "某镇工作总结\n\n（一）党建工作\n㈠组织建设\n发展党员5名。\n㈡作风建设\n开展谈心谈话40人次。\n（二）经济工作\n完成固定资产投资1.2亿元。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "党建工作"),
            (2, "组织建设"),
            (2, "作风建设"),
            (1, "经济工作")
        ])
    );
}

#[test]
fn circled_families_are_levels_of_their_own() {
    let text = "某街道工作总结\n\n一、基层治理\n①网格管理\n❶人员配备\n配备网格员30名。\n❷考核机制\n每月考核一次。\n②矛盾调解\n调解纠纷85件。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "基层治理"),
            (2, "网格管理"),
            (3, "人员配备"),
            (3, "考核机制"),
            (2, "矛盾调解"),
        ])
    );
    // An inline run in one family stays an enumeration, as `①…②…` does.
    let text = "一、基层治理\n❶配备网格员；❷建立考核机制。\n";
    assert_eq!(levels_of(text), lv(&[(1, "基层治理")]));
}

#[test]
fn financial_numerals_over_common_ones_are_two_levels() {
    let text = "某市2025年国有资产管理情况报告\n\n壹、总体情况\n一、企业国有资产\n资产总额520亿元。\n二、行政事业性国有资产\n资产总额310亿元。\n贰、管理工作\n一、制度建设\n出台办法3项。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "总体情况"),
            (2, "企业国有资产"),
            (2, "行政事业性国有资产"),
            (1, "管理工作"),
            (2, "制度建设"),
        ])
    );
    assert!(!diagnostic_kinds(text).contains(&baogao::DiagnosticKind::RepeatedOrdinal));
    // `一．` under `壹、` too.
    let text = "报告\n\n壹、总体情况\n一．资产规模\n资产总额520亿元。\n二．资产结构\n流动资产占四成。\n贰、管理工作\n出台办法3项。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "总体情况"),
            (2, "资产规模"),
            (2, "资产结构"),
            (1, "管理工作")
        ])
    );
}

#[test]
fn latin_letters_in_a_sequence_are_headings() {
    use baogao::MarkerStyle::*;
    let text = "某区2025年生态环境保护工作总结\n\n一、污染防治\nA.大气污染防治\n全年空气优良天数312天。\nB.水污染防治\n（a）饮用水源保护\n完成水源地整治4处。\n（b）黑臭水体治理\n治理黑臭水体2条。\nC.土壤污染防治\n完成地块调查15个。\n二、生态保护\n新增造林面积1200亩。\n";
    let h = headings_of(text);
    assert_eq!(
        h.iter()
            .map(|(l, s, n, t)| (*l, *s, n.unwrap_or(0), t.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (1, ChineseComma, 1, "污染防治"),
            (2, ArabicDot, 1, "大气污染防治"),
            (2, ArabicDot, 2, "水污染防治"),
            (3, ParenArabic, 1, "饮用水源保护"),
            (3, ParenArabic, 2, "黑臭水体治理"),
            (2, ArabicDot, 3, "土壤污染防治"),
            (1, ChineseComma, 2, "生态保护"),
        ]
    );
    // `a)` and `A、` too, nested under the common digits.
    let text = "报告\n\n1.重点项目\na)新建道路\n新建道路3公里。\nb)改造管网\n改造管网5公里。\n2.民生实事\nA、教育\n新建学校1所。\nB、医疗\n新建卫生院1所。\n";
    assert_eq!(
        levels_of(text),
        lv(&[
            (1, "重点项目"),
            (2, "新建道路"),
            (2, "改造管网"),
            (1, "民生实事"),
            (2, "教育"),
            (2, "医疗"),
        ])
    );
}

#[test]
fn latin_letters_outside_a_sequence_stay_text() {
    let text = "某县2025年文化旅游工作总结\n\n一、旅游发展\nA级旅游景区新增2家，其中AAA级景区1家。\nA股上市企业1家。\nB超检查覆盖率达到95%。\nA类项目开工8个。\nPM2.5平均浓度下降到31微克。\nAPP注册用户突破10万人。\nAI赋能政务服务，办件时间缩短三成。\nA、B两类企业共计40家。\n5A级景区创建有序推进。\nA.加强景区管理\n全年开展检查20次。\n二、文化事业\n新建农家书屋12个。\n";
    assert_eq!(levels_of(text), lv(&[(1, "旅游发展"), (1, "文化事业")]));
    // A run of first items (`A.` `A.`) is no sequence either.
    let text = "一、工作\nA.加强管理\n正文。\nA.完善制度\n正文。\n";
    assert_eq!(levels_of(text), lv(&[(1, "工作")]));
}

#[test]
fn heavenly_stems_in_a_sequence_are_headings() {
    use baogao::MarkerStyle::*;
    let text = "关于某单位财务收支的审计报告\n\n一、审计发现的问题\n甲、预算执行方面\n超预算支出12万元。\n乙、资产管理方面\n（甲）固定资产\n未入账资产3台。\n（乙）无形资产\n软件未登记2项。\n丙、政府采购方面\n未按规定采购1次。\n二、审计建议\n加强预算约束。\n";
    let h = headings_of(text);
    assert_eq!(
        h.iter()
            .map(|(l, s, n, t)| (*l, *s, n.unwrap_or(0), t.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (1, ChineseComma, 1, "审计发现的问题"),
            (2, ChineseComma, 1, "预算执行方面"),
            (2, ChineseComma, 2, "资产管理方面"),
            (3, ParenChinese, 1, "固定资产"),
            (3, ParenChinese, 2, "无形资产"),
            (2, ChineseComma, 3, "政府采购方面"),
            (1, ChineseComma, 2, "审计建议"),
        ]
    );
    assert!(!diagnostic_kinds(text).contains(&baogao::DiagnosticKind::RepeatedOrdinal));
}

#[test]
fn heavenly_stems_outside_a_sequence_stay_text() {
    let text = "某市2025年化工园区安全生产情况\n\n一、企业情况\n甲级资质企业3家。\n乙类仓库12座。\n甲方乙方应当签订安全协议。\n甲醇储罐完成改造。\n丙烯装置运行平稳。\n甲、乙双方共同承担责任。\n甲、加强巡查\n全年巡查40次。\n二、隐患整治\n整改隐患56项。\n";
    assert_eq!(levels_of(text), lv(&[(1, "企业情况"), (1, "隐患整治")]));
}

/// A letter list that runs past `H.` reads `I.` as its ninth letter, not as a Roman one; `I.`
/// anywhere else stays Roman.
#[test]
fn a_letter_list_runs_on_through_i() {
    let letters: String = "ABCDEFGHIJ"
        .chars()
        .map(|c| format!("{c}.第{c}项工作\n完成任务。\n"))
        .collect();
    let text = format!("某局工作总结\n\n一、重点工作\n{letters}二、下步打算\n继续推进。\n");
    let h = headings_of(&text);
    let letter_levels: Vec<_> = h
        .iter()
        .filter(|(_, _, _, t)| t.ends_with("项工作"))
        .map(|(l, s, n, _)| (*l, *s, n.unwrap_or(0)))
        .collect();
    assert_eq!(
        letter_levels,
        (1..=10)
            .map(|n| (2, baogao::MarkerStyle::ArabicDot, n))
            .collect::<Vec<_>>()
    );
    // (And a Roman code point, `Ⅸ.`, after `H.` is left as it is.)
    let mixed = headings_of("一、工作\nA.甲项\n正文。\nB.乙项\n正文。\nⅢ.丙项\n正文。\n");
    assert_eq!(mixed[3].1, baogao::MarkerStyle::Roman);
    let roman = headings_of("I. 总体情况\n运行平稳。\nII. 主要做法\n成立专班。\n");
    assert_eq!(
        roman
            .iter()
            .map(|(_, s, n, _)| (*s, *n))
            .collect::<Vec<_>>(),
        [
            (baogao::MarkerStyle::Roman, Some(1)),
            (baogao::MarkerStyle::Roman, Some(2))
        ]
    );
}

#[test]
fn a_figure_in_an_aside_is_no_total_of_a_later_qizhong() {
    // `（含债券2亿元）` is an aside on the total before it; the 其中 after the bracket breaks
    // down that total.
    let found = indicators("全年筹措资金12亿元（含专项债券3亿元），其中银行贷款6亿元。");
    assert_eq!(found.len(), 3);
    assert_eq!(found[2].parent, Some(0));
}

#[test]
fn a_measure_acronym_before_its_figure_and_money_nouns_of_trade() {
    // `GDP1.5个百分点`: the value of an economic measure written right after its acronym (a code
    // such as G109 or PM2.5 stays no figure); 货值/产值/营收 name money when 元 goes unsaid.
    let found = indicators("受此影响，第二产业拉低GDP1.8个百分点。");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].unit.as_deref(), Some("个百分点"));
    assert!(indicators("沿G105国道布局，PM2.5浓度下降。").is_empty());
    for s in ["查获假冒商品货值30万。", "全年实现营收6亿。"] {
        assert_eq!(indicators(s)[0].kind, baogao::IndicatorKind::Money, "{s}");
    }
}

#[test]
fn a_relative_change_after_a_share_is_the_amounts() {
    // `收入完成385.6亿元，为预算的101.2%，同比增长6.3%`: the income grew, not its share of the
    // budget; a change in percentage points stays the share's.
    let found = indicators("全县税收收入完成18.4亿元，为年度预算的103.5%，同比增长7.2%。");
    assert_eq!(found.len(), 3);
    assert_eq!(found[2].base, Some(0));
    let found = indicators("研发投入占生产总值的2.6%，比上年提高0.3个百分点。");
    assert_eq!(found[1].base, Some(0));
}

// ---------------------------------------------------------------------------------------------
// Tables whose columns are aligned with spaces (`pdftotext -layout`, a pasted Word table): read
// like their piped copy, on the evidence of the document; prose with double spaces stays prose.
// ---------------------------------------------------------------------------------------------

/// A value cell as (row label, column label, value, unit, multiplier).
type CellRow = (String, String, String, Option<String>, Option<String>);

/// Every value cell of every table of `text`.
fn table_cells(text: &str) -> Vec<CellRow> {
    let r = baogao::parse(text);
    let mut out = Vec::new();
    for t in &r.tables {
        for c in t.cells() {
            assert_eq!(c.span.slice(text), c.text, "{text:?}");
            if let Some(v) = c.value {
                out.push((
                    c.row_label.clone(),
                    c.col_label.clone(),
                    v.to_string(),
                    c.unit.clone(),
                    c.multiplier.clone(),
                ));
            }
        }
    }
    out
}

#[test]
fn a_layout_table_reads_like_its_piped_copy() {
    let piped = "一、农业生产\n表2 主要农产品产量\n| 产品 | 单位 | 产量 | 比上年增长（%） |\n\
                 | 稻谷 | 万吨 | 86.4 | 2.1 |\n| 油菜籽 | 万吨 | 7.25 | -1.4 |\n| 生猪出栏 | 万头 | 152 | 0.6 |\n\
                 二、工业\n规模以上工业增加值增长6.2%。\n";
    let layout = "一、农业生产\n表2 主要农产品产量\n产品          单位        产量    比上年增长（%）\n\
                  稻谷          万吨        86.4                2.1\n油菜籽        万吨        7.25               -1.4\n\
                  生猪出栏      万头         152                0.6\n二、工业\n规模以上工业增加值增长6.2%。\n";
    let (a, b) = (table_cells(piped), table_cells(layout));
    assert_eq!(a.len(), 6);
    assert_eq!(a, b);
    assert!(b.contains(&(
        "油菜籽".into(),
        "比上年增长（%）".into(),
        "-1.4".into(),
        Some("%".into()),
        None
    )));
    // the cells are the indicators of those lines, and the prose after the table is still read
    let r = baogao::parse(layout);
    assert_eq!(r.indicators.iter().filter(|i| i.table.is_some()).count(), 6);
    assert!(r.indicators.iter().any(|i| i.text == "6.2%"));
}

#[test]
fn a_layout_table_under_a_unit_caption_with_blank_cells() {
    // 单位 line over the table, a total row, a cell left blank (only more spaces)
    let text = "三、财政收支\n单位：万元\n项目              2023年       2024年\n\
                税收收入            4520         4810\n非税收入                         1350\n\
                合计                5630         6160\n";
    let cells = table_cells(text);
    assert_eq!(cells.len(), 5);
    assert_eq!(
        cells[2],
        (
            "非税收入".into(),
            "2024年".into(),
            "1350".into(),
            Some("元".into()),
            Some("万".into())
        )
    );
    let r = baogao::parse(text);
    assert_eq!(r.tables[0].caption, ["单位：万元"]);
    assert!(r.tables[0].rows[1].cells[0].value.is_none());
}

#[test]
fn layout_rows_are_table_leaves_of_the_outline() {
    let text = "一、就业\n指标          人数\n新增就业      3200\n失业再就业    870\n";
    let r = baogao::parse(text);
    let blocks = &r.sections[0].blocks;
    assert_eq!(blocks.len(), 3);
    assert!(blocks.iter().all(|b| matches!(b, baogao::Block::Table(_))));
}

#[test]
fn prose_signatures_and_address_blocks_with_double_spaces_stay_prose() {
    // justified PDF prose with stray double spaces, a signature, an address block, a list of
    // short lines: no table, and the indicators are those of the text with single spaces
    let text = "一、总体情况\n今年全区实现地区生产总值218亿元，  同比增长5.6%，\n\
                其中第二产业增加值  74亿元，增长6.1%；第三产业增加值\n\
                131亿元，增长5.9%，  居民人均可支配收入增长5.2%。\n\
                联系人  王五\n电话  0591-1234567\n\n某某区统计局  局长  张三\n";
    let r = baogao::parse(text);
    assert!(r.tables.is_empty());
    let single = text.replace("  ", " ");
    let values = |t: &str| {
        baogao::parse(t)
            .indicators
            .iter()
            .map(|i| i.value.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(values(text), values(&single));
    assert!(!r.sections[0]
        .blocks
        .iter()
        .any(|b| matches!(b, baogao::Block::Table(_))));
}

#[test]
fn ship_visits_are_counted_whole() {
    // 艘次 (ship visits), as 架次 and 航次: one measure word, not 艘 and a stray 次.
    let i = &indicators("全年进出港船舶3200艘次。")[0];
    assert_eq!(i.unit.as_deref(), Some("艘次"));
}

#[test]
fn a_rate_written_with_mei_is_a_rate() {
    // `微克每立方米` is `微克/立方米` in words; `3次每次50人` is a count and a count, and
    // `连续五年每年` a span of time before a rate of its own.
    let i = &indicators("细颗粒物年均浓度为31.2微克每立方米。")[0];
    assert_eq!(
        (i.unit.as_deref(), i.kind),
        (Some("微克/立方米"), baogao::IndicatorKind::Rate)
    );
    let i = &indicators("生猪收购价每斤7.8元，鸡蛋零售价12元每公斤。")[1];
    assert_eq!(i.unit.as_deref(), Some("元/公斤"));
    let units: Vec<_> = indicators("开展巡查3次每次出动40人。")
        .iter()
        .map(|i| i.unit.clone())
        .collect();
    assert_eq!(units, [Some("次".into()), Some("人".into())]);
    assert!(indicators("连续五年每年举办一届。").is_empty());
}

#[test]
fn a_date_whose_year_and_month_were_lost_is_no_count_of_days() {
    // Web pages that set 年 and 月 apart lose them in a copy: `2019312日` is 12 March 2019. A
    // count of days is never written with a year's digits before a valid month and day.
    assert!(indicators("会议于2019312日召开，20201105日印发实施方案。").is_empty());
    let i = &indicators("项目累计运行1500日。")[0];
    assert_eq!(
        (i.value.to_string(), i.unit.as_deref()),
        ("1500".into(), Some("日"))
    );
}

#[test]
fn slogans_of_lines_and_distinctions_are_no_counts() {
    // 两条底线, 三条红线, 三个区分开来: numbered slogans; 新修道路两条 counts roads.
    let found = indicators("严守两条底线，划定三条红线，落实三个区分开来，新修道路两条。");
    let texts: Vec<_> = found.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["两条"]);
    assert_eq!(found[0].label, "新修道路");
}

#[test]
fn a_caption_number_is_no_ratio() {
    // `图2：2019-2023年…` numbers a chart; `结构比为8:42:50` is a ratio.
    assert!(indicators("图2：2019-2023年全市粮食产量").is_empty());
    assert!(indicators("表1:2023年各县财政收入").is_empty());
    let i = &indicators("三次产业结构比为6.5:40.2:53.3。")[0];
    assert_eq!(i.kind, IndicatorKind::Ratio);
}

#[test]
fn zhanbi_is_a_noun_of_share() {
    // 占比 is "the share", not the verb 占 before 比.
    assert_eq!(
        label_of("受理信访事项中，来信占比12.5%。", "12.5%"),
        "来信占比"
    );
    assert_eq!(label_of("主要是咨询类事项，占比40%。", "40%"), "占比");
}

#[test]
fn a_count_names_a_division_of_one_character() {
    // 区, 县, 镇, 村 after a count are the nouns counted (`走访8个村`), as a longer noun is.
    assert_eq!(label_of("调研组走访了8个村、3个社区。", "8个"), "村");
    assert_eq!(label_of("工作组对12个县开展交叉检查。", "12个"), "县");
}

#[test]
fn a_dash_between_a_category_and_its_count_is_no_minus() {
    // A list of categories with counts (`通知公告-12篇`): no count of things is negative. A
    // minus after a verb (`减少-3件`) and a temperature (`最低气温-8℃`) keep their sign.
    let found = indicators("本栏目：通知公告-12篇，图片新闻-7条。");
    let rows: Vec<_> = found
        .iter()
        .map(|i| (i.value.to_string(), i.label.as_str()))
        .collect();
    assert_eq!(rows, [("12".into(), "通知公告"), ("7".into(), "图片新闻")]);
    assert_eq!(indicators("信访件数减少－3件。")[0].value.to_string(), "-3");
    assert_eq!(indicators("最低气温-8℃。")[0].value.to_string(), "-8");
}

#[test]
fn weather_figures_are_measured() {
    // The climate paragraph of a statistical bulletin: temperatures, rainfall, snow depth.
    let found =
        indicators("全年平均气温14.6℃，比上年上升0.3℃；年降水量860毫米；最大积雪深度12厘米。");
    let units: Vec<_> = found
        .iter()
        .map(|i| i.unit.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(units, ["℃", "℃", "毫米", "厘米"]);
    assert_eq!(found[1].kind, IndicatorKind::Change);
    assert_eq!(found[2].label, "年降水量");
}

#[test]
fn a_figure_alone_on_its_line_takes_no_unit_from_the_next() {
    // A table printed one cell per line (PDF text): `6.4` is a cell; the next line's 批发 is a
    // row label, not the unit 批. A figure at the end of a wrapped sentence still takes its unit
    // from the next line.
    let text = "一、分行业情况\n行业增加值\n工业\n801.2\n6.4\n批发和零售业\n233.5\n";
    let found = baogao::parse(text).indicators;
    assert!(
        found.iter().all(|i| i.unit.as_deref() != Some("批")),
        "{found:?}"
    );
    let wrapped = "一、总体情况\n全年新建改建农村公路一百二十公里，新增停车位共计3\n个，改造老旧小区十二个。\n";
    let found = baogao::parse(wrapped).indicators;
    assert!(found
        .iter()
        .any(|i| i.value.to_string() == "3" && i.unit.as_deref() == Some("个")));
}

#[test]
fn ratios_spaced_around_their_colons() {
    // PDF text spaces a ratio's colons: the parts are read as written close.
    let i = &indicators("三次产业结构为8.6 : 39.1 : 52.3。")[0];
    assert_eq!(i.kind, IndicatorKind::Ratio);
    assert_eq!(i.text, "8.6 : 39.1 : 52.3");
    let parts: Vec<String> = baogao::indicator::quantity::ratio_parts(&i.text)
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(parts, ["8.6", "39.1", "52.3"]);
}

#[test]
fn measures_of_population_structure_are_pure_numbers() {
    // 性别比 (men per 100 women) and 抚养比 are written without a unit; each names its own
    // figure, and the second of two such measures is no "to" figure of the first.
    let rows: Vec<_> = labelled("常住人口性别比为104.6，少儿抚养比为27.3。");
    assert_eq!(
        rows,
        [
            ("104.6".into(), "常住人口性别比".into()),
            ("27.3".into(), "少儿抚养比".into())
        ]
    );
    let rows = labelled("森林覆盖系数为0.31，水质综合指数为2.8。");
    assert_eq!(rows[1].1, "水质综合指数");
}

#[test]
fn a_list_of_ordinals_shares_the_noun_after_the_last() {
    // 第一、二、三产业 is three sectors, not an enumeration marker 第一、 before 二、三产业; each
    // ordinal takes the noun after the last one, with 第 when the list opens with it.
    let rows = labelled("全年第一、二、三产业增加值分别增长2.9%、4.6%和5.7%。");
    let labels: Vec<_> = rows.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        labels,
        ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    );
    let rows = labelled("第二、第三产业比重分别提高0.8和1.1个百分点。");
    let labels: Vec<_> = rows.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(labels, ["第二产业比重", "第三产业比重"]);
}

#[test]
fn a_bare_measure_keeps_its_owner_across_a_change_clause() {
    // READING3 #5: the owner of 产量 is the crop whose area the clause before gave, though a
    // change of that area stands between; a stock verb before its owner (出栏肉牛) gives the owner
    // to the next stock measure (存栏).
    assert_eq!(
        label_of(
            "全年油菜种植面积1200公顷,比上年增长2.1%,产量3600吨。",
            "3600吨"
        ),
        "油菜产量"
    );
    assert_eq!(
        label_of("全年出栏肉牛3.2万头,存栏1.5万头。", "1.5万头"),
        "肉牛存栏"
    );
}

#[test]
fn a_second_group_repeating_the_heads_of_the_first_names_its_group() {
    // READING3 #5: 总费用 of the second group is the 城乡居民门诊's, not the 城镇职工门诊's.
    let rows =
        labelled("城镇职工门诊2.1万人次,总费用0.8亿元;城乡居民门诊5.6万人次,总费用1.9亿元。");
    assert_eq!(rows[1].1, "总费用");
    assert_eq!(rows[3].1, "城乡居民门诊总费用");
}

#[test]
fn a_currency_restatement_after_a_change_restates_the_amount() {
    // READING3 #18: the dollars restate the yuan amount, not the change between them.
    assert_eq!(
        label_of(
            "人均地区生产总值65210元,按可比价格计算,增长4.3%;按年均汇率折算为9450美元。",
            "9450美元"
        ),
        "人均地区生产总值"
    );
}

#[test]
fn adverbs_of_contrast_and_degree_leave_the_label() {
    // READING3 #6: 却, 既, 最高 are adverbs before the predicate; 还原 is a verb, not 还 + 原.
    assert_eq!(
        label_of("该单位办公用房面积却为820平方米。", "820平方米"),
        "该单位办公用房面积"
    );
    assert_eq!(label_of("3个单位既获得专项补助120万元。", "3个"), "单位");
    assert_eq!(
        label_of("该公司承诺年化收益率最高达9%。", "9%"),
        "该公司承诺年化收益率"
    );
    assert_eq!(
        label_of("还原后实际负债率达68.5%。", "68.5%"),
        "还原后实际负债率"
    );
}

#[test]
fn a_comparison_in_points_is_of_the_clause_subject() {
    // READING3 #9: 高出…13个百分点 compares the growth just stated; its label is what grew.
    assert_eq!(
        label_of(
            "全县规模以上工业增加值增长9.2%,高出全市平均增速2.5个百分点。",
            "2.5个百分点"
        ),
        "全县规模以上工业增加值"
    );
    // An average rate over two years is not compared with the year before (同比).
    let all = indicators("全县社会消费品零售总额85.3亿元,同比增长5.1%,两年平均增长4.2%。");
    assert_eq!(all[1].basis.as_deref(), Some("同比"));
    assert_eq!(all[2].basis.as_deref(), None);
}

#[test]
fn a_date_inside_a_label_frames_it() {
    // READING3 #15: a year and month inside the words before a figure (spaced or not, as PDF
    // text has them) frame the statement; the label is what follows the date.
    assert_eq!(
        label_of("截至2024年6月上报整改完成数仅为整改任务的72.4%。", "72.4%"),
        "上报整改完成数"
    );
    assert_eq!(
        label_of(
            "截至 2024 年 6 月上报整改完成数仅为整改任务的 72.4%。",
            "72.4%"
        ),
        "上报整改完成数"
    );
    assert_eq!(
        label_of(
            "累计为2015年7月至2020年9月期间参保人员补发待遇320人。",
            "320人"
        ),
        "参保人员补发待遇"
    );
}

#[test]
fn an_addition_after_a_stock_is_its_change() {
    // READING3 #19: 新增 alone in the clause after a stock of the same measure word.
    let all = indicators("家庭农场412个,新增15个。");
    assert_eq!(all[1].kind, IndicatorKind::Change);
    assert_eq!(all[1].direction, Some(Direction::Up));
    assert_eq!(all[1].label, "家庭农场");
    assert_eq!(all[1].base, Some(0));
}

#[test]
fn a_level_and_above_stays_inside_its_noun() {
    // READING3 #22: 及以上 qualifies the level (市级及以上), no conjunction of two nouns.
    let rows = labelled("建成12个市级及以上示范园区45万亩。");
    assert_eq!(rows[0].1, "市级及以上示范园区");
    assert_eq!(rows[1].1, "市级及以上示范园区");
}

#[test]
fn a_kind_of_money_right_after_the_amount_names_it() {
    // READING3 #21: the verb and whom it concerns stand before the amount; the noun after it
    // says which money. A bare 补贴 says no more than the words before.
    assert_eq!(
        label_of("多收取企业230万元检测服务费。", "230万元"),
        "检测服务费"
    );
    assert_eq!(label_of("育儿家庭每月多了300元补贴。", "300元"), "育儿家庭");
}

#[test]
fn an_adverb_before_a_share_leaves_the_label() {
    // READING3 #6: 仅占 says how small the share is; the label keeps the share (X占Y) without 仅.
    assert_eq!(
        label_of("该项目实际到位资金仅占计划投资的12.5%。", "12.5%"),
        "该项目实际到位资金占计划投资"
    );
}

/// Reports written in traditional characters (sentences written for this test) read as their
/// simplified form does: units, multipliers and change verbs found, labels, titles and texts
/// given back as written.
#[cfg(feature = "traditional")]
mod traditional {
    use baogao::{indicators, parse, Direction, IndicatorKind};

    #[test]
    fn units_and_change_verbs_in_traditional_characters() {
        let s = "全市地區生產總值達到1.2萬億元，同比增長5.3%。一般公共預算收入212.96億元，比上年增加3.5億元。";
        let found = indicators(s);
        let rows: Vec<_> = found
            .iter()
            .map(|i| (i.text.as_str(), i.label.as_str(), i.kind, i.direction))
            .collect();
        assert_eq!(
            rows,
            [
                ("1.2萬億元", "全市地區生產總值", IndicatorKind::Money, None),
                (
                    "5.3%",
                    "全市地區生產總值",
                    IndicatorKind::Change,
                    Some(Direction::Up)
                ),
                ("212.96億元", "一般公共預算收入", IndicatorKind::Money, None),
                (
                    "3.5億元",
                    "一般公共預算收入",
                    IndicatorKind::Change,
                    Some(Direction::Up)
                ),
            ]
        );
        // The normalised words stay the lexicon's: one unit whatever the script.
        assert_eq!(found[2].multiplier.as_deref(), Some("亿"));
        assert_eq!(found[2].unit.as_deref(), Some("元"));
        assert_eq!(found[2].normalized.unwrap().to_string(), "21296000000");
    }

    #[test]
    fn percentage_points_and_falls() {
        let s = "城鎮調查失業率下降0.3個百分點，萬元地區生產總值能耗降低2.1%。";
        let found = indicators(s);
        assert_eq!(found[0].text, "0.3個百分點");
        assert_eq!(found[0].label, "城鎮調查失業率");
        assert_eq!(found[0].kind, IndicatorKind::Change);
        assert_eq!(found[0].direction, Some(Direction::Down));
        assert_eq!(found[0].unit.as_deref(), Some("个百分点"));
        assert_eq!(found[1].text, "2.1%");
        assert_eq!(found[1].direction, Some(Direction::Down));
    }

    #[test]
    fn outline_strings_are_the_sources() {
        let text = "某市司法局2024年法治政府建設年度報告\n\n\
                    一、主要舉措\n\
                    （一）加強組織領導。全年辦理行政復議案件36件，辦結率達到95.5%。\n\
                    二、存在問題\n\
                    一是執法隊伍專業化水平不高。二是數據共享機制有待健全。\n";
        let r = parse(text);
        assert_eq!(
            r.title.as_ref().unwrap().text,
            "某市司法局2024年法治政府建設年度報告"
        );
        assert_eq!(r.sections[0].heading.title, "主要舉措");
        assert_eq!(r.sections[0].children[0].heading.title, "加強組織領導");
        assert_eq!(r.sections[1].heading.title, "存在問題");
        let case = &r.indicators[0];
        assert_eq!(
            (case.text.as_str(), case.label.as_str()),
            ("36件", "辦理行政復議案件")
        );
        assert_eq!(case.section, ["主要舉措", "加強組織領導"]);
        assert_eq!(r.indicators[1].text, "95.5%");
        // Every span still indexes the text as given.
        assert_eq!(&text[case.span.start..case.span.end], "36件");
    }

    #[test]
    fn a_simplified_report_with_a_traditional_name_is_read_as_it_is() {
        let s = "全年接待臺灣同胞参访团12批次，共计360人次。";
        let found = indicators(s);
        assert_eq!(found[0].text, "12批次");
        assert_eq!(found[1].text, "360人次");
    }
}

/// The one indicator of `s` whose text is `text`.
fn found(s: &str, text: &str) -> baogao::Indicator {
    indicators(s)
        .into_iter()
        .find(|i| i.text == text)
        .unwrap_or_else(|| panic!("no indicator {text:?} in {s:?}: {:?}", labelled(s)))
}

#[test]
fn comparison_words_bound_the_figure_after_them() {
    // 高于/多于/大于 give a lower bound, 低于/少于/小于/不高于/不多于 an upper one (as 超过, 不足).
    let d = |s: &str| s.parse::<baogao::Decimal>().unwrap();
    let i = found("全区法律顾问覆盖率高于85%。", "高于85%");
    assert_eq!(
        (i.label.as_str(), i.low, i.high),
        ("全区法律顾问覆盖率", Some(d("85")), None)
    );
    let i = found("办理时限少于5个工作日的事项占九成。", "少于5个工作日");
    assert_eq!((i.low, i.high), (None, Some(d("5"))));
    let i = found("空气质量超标天数不多于12天。", "不多于12天");
    assert_eq!((i.low, i.high), (None, Some(d("12"))));
}

#[test]
fn tenths_are_a_percentage() {
    // 成 after a count of one to nine is tenths (70 %), before a boundary, a bound or 的/为/是.
    let i = found("全镇已有七成以上农户加入合作社。", "七成以上");
    assert_eq!(i.kind, IndicatorKind::Percent);
    assert_eq!(
        (i.value.to_string(), i.normalized.map(|n| n.to_string())),
        ("7".into(), Some("70".into()))
    );
    assert_eq!(
        found("线下办件量压减了六成。", "六成").kind,
        IndicatorKind::Change
    );
    let i = found("受访企业中两成为外资企业。", "两成");
    assert_eq!(i.normalized.map(|n| n.to_string()), Some("20".into()));
    // Words that 成 begins, and 一 of a word before 成为, are no tenths.
    for s in [
        "各部门统一成本核算口径。",
        "全市唯一成为试点的单位。",
        "三五成群地聚集。",
        "规划一成不变。",
    ] {
        assert!(indicators(s).is_empty(), "{s}: {:?}", labelled(s));
    }
}

#[test]
fn a_rate_per_population_is_read_with_its_denominator() {
    // Health bulletins give rates per ten thousand or per hundred thousand people after a bare
    // figure (`/10万`, `/十万`, `/千`): the denominator is the unit, the figure a rate.
    let i = found(
        "全县婴儿死亡率为2.6/千，孕产妇死亡率为11.4/10万。",
        "11.4/10万",
    );
    assert_eq!(
        (i.label.as_str(), i.unit.as_deref(), i.kind),
        ("孕产妇死亡率", Some("/10万"), IndicatorKind::Rate)
    );
    assert_eq!(
        found(
            "全县婴儿死亡率为2.6/千，孕产妇死亡率为11.4/10万。",
            "2.6/千"
        )
        .label,
        "全县婴儿死亡率"
    );
    let i = found("肺结核报告发病率降至31.5/十万。", "31.5/十万");
    assert_eq!(
        (i.label.as_str(), i.kind),
        ("肺结核报告发病率", IndicatorKind::Change)
    );
    // A per-unit with a noun of its own is a price, not a population; a fraction stays a fraction.
    assert!(indicators("这是全书第3/12页。").is_empty());
    let i = found("示范区亩均税收达到8.2万元/亩。", "8.2万元/亩");
    assert_eq!(i.unit.as_deref(), Some("元/亩"));
}

#[test]
fn a_percentage_of_an_earlier_level_measures_the_figure_before_it() {
    // `恢复到2019年的112%`: the figure's own level at an earlier time, not a share of a whole.
    let s = "全市港口货物吞吐量8600万吨，恢复到2019年的104%。";
    assert_eq!(found(s, "104%").label, "全市港口货物吞吐量");
    let s = "春节假期接待游客42万人次，恢复至疫情前的87.5%。";
    assert_eq!(found(s, "87.5%").label, "春节假期接待游客");
    // Another figure between keeps its own words.
    let s = "完成投资30亿元，开工项目45个，达到上年的110%。";
    assert!(!found(s, "110%").label.contains("投资"));
}

#[test]
fn a_comparative_inside_a_quoted_slogan_is_no_basis() {
    // `“两个不高于”`: the slogan's 高于 compares nothing with the figure after the quotation.
    let i = found("按“两个不高于”要求压减一般性支出3.2亿元。", "3.2亿元");
    assert_eq!(
        (i.kind, i.direction, i.basis),
        (IndicatorKind::Money, None, None)
    );
    assert_eq!(i.label, "压减一般性支出");
    // Outside quotation marks the comparative still leads its basis.
    let i = found("居民人均可支配收入高于全省平均水平1200元。", "1200元");
    assert_eq!(i.basis.as_deref(), Some("高于全省平均水平"));
}

#[test]
fn a_bare_an_with_its_rule_noun_frames_the_action() {
    // 按 + a rule noun (规定, 要求, 标准 …) says how, not what is counted; 按期/按时 are words.
    assert_eq!(
        found("按新标准发放困难群众救助金860万元。", "860万元").label,
        "困难群众救助金"
    );
    assert_eq!(
        found("按规定程序办结信访件42件。", "42件").label,
        "办结信访件"
    );
    assert_eq!(found("按时办结率达到99%。", "99%").label, "按时办结率");
}

#[test]
fn a_one_before_a_span_of_time_is_a_count_not_a_rate_denominator() {
    // `1台闲置超过2年`: how long the one stood idle, not an amount per one (`关闭1处煤矿奖励…`).
    let s = "乡镇卫生院彩超机1台闲置超过2年。";
    assert_eq!(found(s, "1台").unit.as_deref(), Some("台"));
    assert_eq!(found(s, "超过2年").unit.as_deref(), Some("年"));
}

#[test]
fn percents_in_words_are_listed_bounded_and_ranged_like_arabic_ones() {
    // The second of `百分之四和百分之七` is no paired slogan (一县一品): both are read.
    let all = indicators("城乡居民医保财政补助标准分别提高百分之四和百分之七。");
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[1].normalized.map(|n| n.to_string()), Some("7".into()));
    // A range and a bound, as `3%至6%` and `4%以内`.
    let d = |s: &str| s.parse::<baogao::Decimal>().unwrap();
    let i = found(
        "职工工资指导线增长百分之三至百分之六。",
        "百分之三至百分之六",
    );
    assert_eq!((i.low, i.high), (Some(d("3")), Some(d("6"))));
    let i = found("居民消费价格涨幅控制在百分之三以内。", "百分之三以内");
    assert_eq!(i.high, Some(d("3")));
    let i = found("全县生产总值增长百分之七左右。", "百分之七左右");
    assert_eq!(i.approx.map(|a| a.word).as_deref(), Some("左右"));
}

#[test]
fn a_numeral_in_words_before_a_unit_that_opens_with_qian() {
    // 千瓦, 千克, 千瓦时 open with the numeral's place value 千: `三百万千瓦` is 300万 千瓦.
    let i = found("全州光伏装机达到三百万千瓦。", "三百万千瓦");
    assert_eq!(
        (i.unit.as_deref(), i.normalized.map(|n| n.to_string())),
        (Some("千瓦"), Some("3000000".into()))
    );
    let i = found("玉米单产提高到六百千克。", "六百千克");
    assert_eq!(i.value.to_string(), "600");
    // 千 as a place value before a unit of its own is unchanged.
    assert_eq!(
        found("新建渠道三千米。", "三千米").unit.as_deref(),
        Some("米")
    );
}

#[test]
fn a_named_list_of_changes_after_a_semicolon_changes_no_earlier_level() {
    // `…156个；事故起数、死亡人数分别下降…`: the list names its measures; 156个 is no level of it.
    let all = indicators("建成社区食堂156个；全年火灾起数、死亡人数分别下降8.2%和5.1%。");
    assert_eq!(all.len(), 3, "{all:?}");
    assert!(all[1..].iter().all(|i| i.base.is_none()), "{all:?}");
    // A nameless list after its levels keeps them.
    let all = indicators("城镇、农村居民人均可支配收入分别为4.1万元和1.9万元，分别增长5%和7%。");
    assert_eq!((all[2].base, all[3].base), (Some(0), Some(1)), "{all:?}");
}

#[test]
fn yue_that_closes_a_noun_is_no_approximation() {
    // 民约, 公约 end a noun (村规民约, 居民公约) as 签约 ends a verb: the figure is exact.
    let i = found("全镇各村修订村规民约9部。", "9部");
    assert!(i.label.ends_with("村规民约") && i.approx.is_none(), "{i:?}");
    let i = found("各小区制定居民公约14份。", "14份");
    assert!(i.label.ends_with("居民公约") && i.approx.is_none(), "{i:?}");
    // 约 after a noun that it does not close is still "about".
    let i = found("项目总投资约8.5亿元。", "约8.5亿元");
    assert_eq!(i.approx.map(|a| a.word).as_deref(), Some("约"));
    let i = found("安置搬迁居民约280户。", "约280户");
    assert_eq!(i.approx.map(|a| a.word).as_deref(), Some("约"));
}

#[test]
fn a_one_that_acts_in_its_clause_is_a_count_not_a_rate_denominator() {
    // After an inline enumeration's marker, or as the agent of 将/把, `1个X` is a count.
    let s = "审计发现的问题：二是1个部门将专项资金46万元用于发放补贴。";
    assert_eq!(found(s, "1个").label, "部门");
    assert_eq!(found(s, "46万元").label, "专项资金");
    let s = "抽查发现1所学校把助学金3.2万元挪作他用。";
    assert_eq!(found(s, "1所").unit.as_deref(), Some("所"));
}

#[test]
fn a_count_before_a_perfective_modifier_names_the_noun_after_it() {
    // `N名已V + noun`: 已 and its verb modify the noun; the count counts the noun.
    assert!(found("为26名已退休教师发放慰问金。", "26名")
        .label
        .ends_with("退休教师"));
    assert_eq!(
        found("为960位已婚育龄妇女开展体检。", "960位").label,
        "已婚育龄妇女"
    );
    // 已 before a predicate after the noun is the predicate's.
    assert_eq!(found("14个村已完成改厕。", "14个").label, "村");
}

#[test]
fn a_shared_head_keeps_the_activity_it_measures() {
    // 种植面积, 参保人数, 营业收入: the items of the list share the activity with the head, and
    // the last item's own words may be longer than the first's.
    assert_eq!(
        labels("全县烟叶、食用菌种植面积分别达到3.2万亩和1.5万亩。"),
        ["烟叶种植面积", "食用菌种植面积"]
    );
    assert_eq!(
        labels("生育保险、工伤保险参保人数分别达到6.1万人和7.3万人。"),
        ["生育保险参保人数", "工伤保险参保人数"]
    );
    // A class noun before the activity is shared as well.
    assert_eq!(
        labels("养老、医疗和生育保险参保人数分别增加2万人、3万人和1万人。"),
        ["养老保险参保人数", "医疗保险参保人数", "生育保险参保人数"]
    );
}

#[test]
fn an_amount_still_left_undone_is_named_by_what_was_not_done() {
    // `仍有N万元未V`: nothing before the amount names it but the time; the negated predicate does.
    assert_eq!(
        found("截至审计结束时仍有860万元未缴入国库。", "860万元").label,
        "未缴入国库"
    );
    assert_eq!(
        found("专项债券资金尚有1.2亿元未使用。", "1.2亿元").label,
        "专项债券资金"
    );
}

#[test]
fn a_from_figure_that_is_an_average_is_still_the_from_figure() {
    let d = |s: &str| s.parse::<baogao::Decimal>().unwrap();
    let all = indicators("不动产登记办理时限由平均5个工作日压缩至1个工作日。");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!((all[0].from, all[0].to), (Some(d("5")), Some(d("1"))));
}

#[test]
fn fenbie_after_a_comma_distributes_the_subjects_of_the_clause_before() {
    assert_eq!(
        labels("全年新登记个体工商户、私营企业，分别增长7.5%和11.2%。"),
        ["新登记个体工商户", "私营企业"]
    );
    // A list left open with 等 names a class: its items are not the figures' subjects.
    let l = labels("纺织、食品等四大传统产业产值和利润，分别增长4.1%和6.3%。");
    assert!(!l.contains(&"纺织".to_string()), "{l:?}");
}

#[test]
fn a_qualifier_before_fenbie_is_no_part_of_the_last_subject() {
    assert_eq!(
        labels("地方财政收入、税收收入年均分别增长9.1%和8.4%。"),
        ["地方财政收入", "税收收入"]
    );
}

#[test]
fn ascii_quotation_marks_that_pair_stay_in_the_label() {
    // Pages and old text files quote names with ASCII marks: a pair is kept, as “…” is.
    assert_eq!(
        found("改造\"城中村\"12个。", "12个").label,
        "改造\"城中村\""
    );
}

#[test]
fn a_change_after_a_factor_taken_out_is_of_the_subject_before() {
    let s = "全县税收收入完成18.6亿元，下降2.1%，扣除上年一次性因素后增长4.3%。";
    assert_eq!(found(s, "4.3%").label, "全县税收收入");
}

#[test]
fn an_average_named_by_its_word_alone_takes_the_owners_counted_before() {
    let s = "帮扶脱贫户126户，户均增收2800元。";
    assert_eq!(found(s, "2800元").label, "帮扶脱贫户户均");
    // An average with a measure of its own names itself.
    let s = "门户网站访问量1200万次，日均访问量3.3万次。";
    assert_eq!(found(s, "3.3万次").label, "日均访问量");
}

#[test]
fn a_smaller_increase_is_a_fall() {
    let s = "规模以上工业增加值增长4.1%，比上年少增2.3个百分点。";
    assert_eq!(
        found(s, "2.3个百分点").direction,
        Some(baogao::Direction::Down)
    );
}

#[test]
fn an_amount_after_a_per_unit_phrase_is_a_rate() {
    // 每亩 / 每人每月 right before the amount is its denominator: a rate in 元/亩, 元/人/月.
    let i = found("耕地地力补贴发放标准为每亩95元。", "95元");
    assert_eq!(
        (i.kind, i.unit.as_deref()),
        (IndicatorKind::Rate, Some("元/亩"))
    );
    assert_eq!(i.label, "耕地地力补贴发放标准");
    let i = found("特困供养标准提高到每人每月900元。", "900元");
    assert_eq!(i.unit.as_deref(), Some("元/人/月"));
    // A later member of a list shares it, and a change from such an amount keeps it.
    let s = "护林员补助分别为每亩12元、15元。";
    assert_eq!(found(s, "15元").unit.as_deref(), Some("元/亩"));
    // Not a denominator: 每 with a figure of its own, or a time qualifier.
    let i = found("每千人拥有床位6.2张。", "6.2张");
    assert_eq!(i.kind, IndicatorKind::Count);
}

#[test]
fn compound_counts_of_times_and_tickets() {
    assert_eq!(
        found("编发简报信息45篇次。", "45篇次").unit.as_deref(),
        Some("篇次")
    );
    assert_eq!(
        found("全年寄递包裹380万票。", "380万票").unit.as_deref(),
        Some("票")
    );
    // 一票否决 is a set phrase: 票 counts only after figures.
    assert!(indicators("严格落实安全生产一票否决。").is_empty());
}

#[test]
fn a_clock_time_spaced_around_its_colon_is_no_figure() {
    // PDF text spaces a time (`9 : 30`) as it spaces a ratio; a ratio of decimals stays one.
    assert_eq!(labelled("听证会于9 : 30召开，旁听群众40人。").len(), 1);
    let i = found("城乡收入比为2.1 : 1。", "2.1 : 1");
    assert_eq!(i.kind, IndicatorKind::Ratio);
}

#[test]
fn ratios_in_presentation_colons_and_structures_that_look_like_clock_times() {
    // `︰` (U+FE30) pasted from vertical text separates a ratio's parts like `∶`.
    let i = found("农林牧渔业结构调整为40.2︰35.1︰24.7。", "40.2︰35.1︰24.7");
    assert_eq!(i.kind, IndicatorKind::Ratio);
    // Three whole parts that make a hundred are a structure, though `18:37:45` reads as a time.
    let i = found("全县三次产业结构为18:37:45。", "18:37:45");
    assert_eq!(i.kind, IndicatorKind::Ratio);
    // A time with its seconds stays a time.
    assert!(indicators("系统于18:37:40完成备份。").is_empty());
}

#[test]
fn tonnes_of_standard_coal_is_one_unit() {
    let i = found("全县综合能源消费量为86.4万吨标准煤。", "86.4万吨标准煤");
    assert_eq!(
        (i.unit.as_deref(), i.label.as_str()),
        (Some("吨标准煤"), "全县综合能源消费量")
    );
}

#[test]
fn steady_growth_and_crossed_thresholds() {
    // 递增/递减 are verbs of change, not the end of a label.
    let i = found("全县财政收入3.2亿元，年均递增9.5%。", "9.5%");
    assert_eq!(
        (i.kind, i.label.as_str()),
        (IndicatorKind::Change, "全县财政收入")
    );
    // 跨越/迈过 an amount: a lower bound, like 突破; before a count of thresholds, no bound.
    let i = found("全市工业产值跨越800亿元。", "跨越800亿元");
    assert_eq!(i.label, "全市工业产值");
    assert!(i.low.is_some());
    assert!(found("五年跨越三个百亿元台阶。", "三个").low.is_none());
}

#[test]
fn bullets_and_run_in_lead_ins_are_not_labels() {
    let s = "今年主要目标：\n●粮食产量稳定在60万吨以上\n◆居民收入增长7%";
    assert_eq!(label_of(s, "60万吨以上"), "粮食产量");
    assert_eq!(label_of(s, "7%"), "居民收入");
    assert_eq!(
        label_of("工作目标——规上工业增加值增长8%。", "8%"),
        "规上工业增加值"
    );
    // A bulleted line under the title is text, not the title's second line.
    let text = "某县政府工作报告\n\n●新增城镇就业3200人\n●完成造林1.5万亩\n";
    let report = baogao::parse(text);
    assert_eq!(report.title.unwrap().text, "某县政府工作报告");
    assert_eq!(report.indicators.len(), 2);
}

#[test]
fn a_percent_encoded_address_and_threshold_classes_are_no_figures() {
    assert!(
        indicators("原文链接：http://example.gov.cn/a/%E5%85%AC%E5%91%8A%E4%B8%8020%E6%9C%88")
            .is_empty()
    );
    // 过亿元项目: a class named by the threshold it passes; its count stays.
    let v = labelled("全年签约过亿元项目24个，过5亿元企业3家。");
    assert_eq!(
        v.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        ["24个", "3家"]
    );
    // 通过 is no threshold.
    assert_eq!(
        found("通过财政资金3000万元支持技改。", "3000万元").kind,
        IndicatorKind::Money
    );
}

/// The parent of each indicator of `s`, by text: (text, parent's text).
fn parents(s: &str) -> Vec<(String, Option<String>)> {
    let found = indicators(s);
    found
        .iter()
        .map(|i| {
            (
                i.text.to_string(),
                i.parent.map(|p| found[p].text.to_string()),
            )
        })
        .collect()
}

#[test]
fn the_parts_of_a_qizhong_end_where_another_breakdown_or_statement_begins() {
    // A second 其中 breaks down its own total; a figure in a third measure after the parts is a
    // statement of its own; a 其中 inside the parts of another covers its clause only.
    let p = parents(
        "全年办结案件120件，其中简易程序45件，出具意见书16份，发放告知书80张，其中现场发放30张。",
    );
    let of = |t: &str| p.iter().find(|(x, _)| x == t).unwrap().1.clone();
    assert_eq!(of("45件").as_deref(), Some("120件"));
    assert_eq!(of("16份"), None);
    assert_eq!(of("30张").as_deref(), Some("80张"));
    let p = parents("全县在校学生8.2万人，其中小学生4.1万人。全县共有学校86所，其中幼儿园40所、小学30所，专任教师5600人。");
    let of = |t: &str| p.iter().find(|(x, _)| x == t).unwrap().1.clone();
    assert_eq!(of("30所").as_deref(), Some("86所"));
    assert_eq!(of("5600人"), None);
    let p = parents("地区生产总值300亿元。其中，第一产业增加值40亿元；第二产业增加值120亿元，其中工业增加值90亿元；第三产业增加值140亿元。");
    let of = |t: &str| p.iter().find(|(x, _)| x == t).unwrap().1.clone();
    assert_eq!(of("90亿元").as_deref(), Some("120亿元"));
    assert_ne!(of("140亿元").as_deref(), Some("120亿元"));
}

#[test]
fn a_new_statement_after_a_semicolon_ends_the_parts_of_a_qizhong() {
    // READING3 #3: 累计 opens a statement of its own; a plain list of parts goes on past `；`.
    let p = parents("取得专利授权643件,其中发明专利56件;累计获得发明授权175件。");
    let of = |t: &str| p.iter().find(|(x, _)| x == t).unwrap().1.clone();
    assert_eq!(of("56件").as_deref(), Some("643件"));
    assert_eq!(of("175件"), None);
    let p = parents("生产总值300亿元。其中，第一产业增加值40亿元；第二产业增加值120亿元。");
    let of = |t: &str| p.iter().find(|(x, _)| x == t).unwrap().1.clone();
    assert_eq!(of("120亿元").as_deref(), Some("300亿元"));
}

#[test]
fn a_partitive_count_is_a_part_of_the_whole_it_is_taken_from() {
    // READING3 #12: `N个X中，有M个…`.
    for (s, whole, part) in [
        ("594个行洪河段中，有264个尚未完成。", "594个", "264个"),
        ("高标准农田2000亩中,有150亩为虚报。", "2000亩", "150亩"),
        (
            "6831 所义务教育学校中，有 2429 所仍存在薄弱环节。",
            "6831 所",
            "2429 所",
        ),
    ] {
        let p = parents(s);
        let of = |t: &str| p.iter().find(|(x, _)| x == t).unwrap().1.clone();
        assert_eq!(of(part).as_deref(), Some(whole), "{s}");
    }
    // Another measure is no part.
    let p = parents("120个项目中，有资金30亿元未到位。");
    assert!(p.iter().all(|(_, parent)| parent.is_none()));
}

#[test]
fn a_list_before_a_clause_opened_by_fenbie_distributes_its_subject() {
    // `X达到A、B，分别增长c、d`: 分别 has no subject of its own; the list before it names the
    // parts of the abbreviated subject (城乡 → 城镇/农村) for both lists.
    let s = "城乡居民医保参保人数达到42万人、63万人，分别增长2.1%、1.4%。";
    assert_eq!(
        labelled(s),
        [
            ("42万人".into(), "城镇居民医保参保人数".into()),
            ("63万人".into(), "农村居民医保参保人数".into()),
            ("2.1%".into(), "城镇居民医保参保人数".into()),
            ("1.4%".into(), "农村居民医保参保人数".into()),
        ]
    );
    // A subject that is no abbreviation of parts stays whole.
    let s = "全年完成投资12亿元、8亿元，分别增长6%、8%。";
    assert!(labelled(s).iter().all(|(_, l)| l == "投资"));
}

#[test]
fn a_generic_head_after_de_keeps_its_modifier() {
    // 信息/事项/内容/工作 after 的 name nothing without what modifies them.
    let s = "本年度主动公开的信息中，文件类的信息15条，办事指南类的信息8条。";
    assert_eq!(label_of(s, "15条"), "文件类的信息");
    assert_eq!(label_of(s, "8条"), "办事指南类的信息");
    // A head that names something of its own still drops the modifier.
    assert_eq!(label_of("全县参加培训的人员320人。", "320人"), "人员");
}

#[test]
fn a_share_after_a_comma_names_its_whole() {
    // `X…，占Y的N%`: the share of X in Y (READING2, READING4 #6); `占N%` alone stays X's.
    let s = "全年教育支出18.6亿元，占一般公共预算支出的21.4%。";
    assert_eq!(label_of(s, "21.4%"), "教育支出占一般公共预算支出");
    let s = "新增贷款45亿元，占全年计划的90%。";
    assert_eq!(label_of(s, "90%"), "新增贷款占全年计划");
    assert_eq!(
        label_of("服务业增加值96亿元，占52.3%。", "52.3%"),
        "服务业增加值"
    );
}

#[test]
fn a_frame_after_de_is_no_label() {
    // `在A的基础上` frames what follows: A's figure is labelled by A.
    let s = "在压减一般性支出3.6亿元的基础上，全年民生投入增加5亿元。";
    assert_eq!(label_of(s, "3.6亿元"), "压减一般性支出");
}

#[test]
fn a_bare_total_output_takes_its_crop() {
    // 总产 (总产量 as bulletins shorten it) after a sown area: the same crop's.
    let s = "秋粮总播面积48.6万亩，增长0.8%；总产19.2万吨，增长3.1%。";
    assert_eq!(label_of(s, "19.2万吨"), "秋粮总产");
}

#[test]
fn a_change_is_based_on_the_amount_not_its_conversion() {
    // `A元（折合B美元），比上年增加C元`: C's base is A, not the restatement B.
    let s = "全市人均生产总值98560元（折合14650美元），比上年增加4120元。";
    let found = indicators(s);
    let change = found.iter().find(|i| i.text == "4120元").unwrap();
    assert_eq!(change.base.map(|b| found[b].text.as_str()), Some("98560元"));
}

#[test]
fn a_place_measure_word_is_the_counted_noun() {
    // `N省`, `N县`, `N省市`: the measure word is itself the noun counted. What follows is a
    // predicate (CONVENTIONS: no predicate after the noun) or the next count's noun, and a verb
    // before it (`抽查了`) is no part of it.
    let s = "抽查了12县的38个乡镇，其中5县未按规定拨付补助资金。";
    assert_eq!(label_of(s, "12县"), "县");
    assert_eq!(label_of(s, "38个"), "乡镇");
    assert_eq!(label_of(s, "5县"), "县");
    let s = "7省40个项目存在资金闲置问题。";
    assert_eq!(label_of(s, "7省"), "省");
    assert_eq!(label_of(s, "40个"), "项目");
    assert_eq!(label_of("6省市的90个部门拒绝共享数据。", "6省市"), "省市");
    // A short attribute before the count names which places; 省份 is a place noun too.
    assert_eq!(label_of("沿海4省份生产总值增长5%。", "4省份"), "沿海省份");
    // A body each place has one of (`财政部门`, `地方政府`): the count counts those bodies.
    assert_eq!(
        label_of("15省市财政部门未按时拨付资金。", "15省市"),
        "财政部门"
    );
}

#[test]
fn a_verb_of_attaining_is_no_part_of_the_label() {
    // 完成 before a statistic says that it was reached (CONVENTIONS: no leading verbs).
    assert_eq!(
        label_of("全年完成一般公共预算收入21.4亿元。", "21.4亿元"),
        "一般公共预算收入"
    );
    assert_eq!(
        label_of("上半年完成社会消费品零售总额80亿元。", "80亿元"),
        "社会消费品零售总额"
    );
    // A verb left alone stays (no noun of two characters after it).
    assert_eq!(label_of("全年完成率98%。", "98%"), "完成率");
}

#[test]
fn a_verb_read_across_two_words_does_not_cut_the_noun() {
    // 研发生产 is 研发 + 生产, not 发生; 落实施工 is 落实 + 施工, not 实施 (READING4 #11).
    assert_eq!(
        label_of("签约总投资5亿元的芯片研发生产中心。", "5亿元"),
        "芯片研发生产中心总投资"
    );
    assert_eq!(
        label_of("新增8个落实施工许可告知承诺的试点。", "8个"),
        "落实施工许可告知承诺的试点"
    );
    // 新 before a verb with a noun after it is the noun's attribute; with none, it opens the
    // predicate.
    assert_eq!(
        label_of("全市45个计划新开工项目已开工30个。", "45个"),
        "计划新开工项目"
    );
    assert_eq!(label_of("6个园区新投产，产值增长8%。", "6个"), "园区");
}

#[test]
fn a_label_does_not_end_in_the_opening_of_a_range() {
    // `N个X1-5月…`: the month range frames what follows; its first figure is no part of X.
    assert_eq!(
        label_of("7个市级重点项目1-9月完成投资30亿元。", "7个"),
        "市级重点项目"
    );
}

#[test]
fn a_scope_alone_before_a_count_is_no_label() {
    // 全市/全县/各地 frame the count; what the people counted did (or the noun after) names them.
    assert_eq!(
        label_of("组织全县8600人参加网上法律知识考试。", "8600人"),
        "参加网上法律知识考试"
    );
    assert_eq!(label_of("全区1.2万名党员参与志愿服务。", "1.2万名"), "党员");
}

#[test]
fn a_gloss_of_the_measure_word_before_is_no_part_of_the_next_label() {
    // `9乡镇（街道）税收超过…`: the bracket glosses 乡镇; the amount is 税收.
    assert_eq!(
        label_of("全区有6乡镇（街道）工业产值超过十亿元。", "超过十亿元"),
        "工业产值"
    );
}

#[test]
fn an_amount_in_a_partitive_is_named_by_its_whole() {
    // `X中，有N亿元…`: N is a part of X (its parent) and of X's noun; 用于… is its predicate.
    let s = "今年发行的800亿元专项债券中，有260亿元用于保障性住房建设。";
    let found = indicators(s);
    let part = found.iter().find(|i| i.text == "260亿元").unwrap();
    assert_eq!(part.label, "专项债券");
    assert_eq!(part.parent.map(|p| found[p].text.as_str()), Some("800亿元"));
}

#[test]
fn a_bare_magnitude_after_a_threshold_verb_is_a_lower_bound() {
    // `突破千亿` with the unit elided (READING4 #19): 1000 × 亿 as `突破1000亿` reads, no unit
    // guessed; the magnitude stays out of the next figure's label.
    let s = "全市工业总产值突破千亿，增长7%左右。";
    let found = indicators(s);
    let bound = found.iter().find(|i| i.text == "突破千亿").unwrap();
    assert_eq!(
        bound.low.map(|d| d.to_string()).as_deref(),
        Some("100000000000")
    );
    assert_eq!(bound.unit, None);
    assert_eq!(label_of(s, "7%左右"), "全市工业总产值");
    let s = "全年接待游客超百万。";
    assert_eq!(label_of(s, "超百万"), "接待游客");
    let s = "港口吞吐量突破百亿大关。";
    assert_eq!(label_of(s, "突破百亿"), "港口吞吐量");
    // Not a class (`千亿级`, a grading's list), nor a magnitude no verb of crossing stands before.
    assert!(indicators("打造超千亿级产业集群。").is_empty());
    assert!(indicators("培育营业收入超百亿、超千亿的企业。").is_empty());
    assert!(indicators("力争营业收入千亿。").is_empty());
}

#[cfg(feature = "hard-wraps")]
#[test]
fn a_decimal_wrapped_after_its_point_is_read_whole() {
    // PDF text breaks a line after a decimal point (READING4 #25): `1.` / `46倍` is 1.46倍, as a
    // unit wrapped onto the next line is joined.
    let found = indicators("全县社会消费品零售总额38.2亿元，是十年前的2.\n46倍，年均增长9.4%。");
    let texts: Vec<&str> = found.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.contains(&"2.\n46倍"), "{texts:?}");
    let times = found.iter().find(|i| i.text == "2.\n46倍").unwrap();
    assert_eq!(times.value.to_string(), "2.46");
    let s = "一、民生\n全年城镇居民人均可支配收入42180元，增长6.\n3%，快于经济增长。";
    assert_eq!(indicators(s)[1].value.to_string(), "6.3");
    // A sentence that ends with a point before a year on the next line is not joined.
    assert!(indicators("编号为A3.\n2024年全面完成。")
        .iter()
        .all(|i| i.value.to_string() != "3.2024"));
}

#[test]
fn a_basis_in_double_prime_quotes_is_a_basis() {
    // `比“九五〞期间`, `比〝十五〞末` (READING4 #29): read as `比“九五”期间` is.
    for s in [
        "全县财政收入年均增长12%，比“十一五〞期间增幅高3个百分点。",
        "全县财政收入年均增长12%，比〝十一五〞期间增幅高3个百分点。",
    ] {
        let found = indicators(s);
        let pp = found.iter().find(|i| i.text == "3个百分点").unwrap();
        assert_eq!(pp.label, "全县财政收入", "{s}");
        assert!(
            pp.basis.as_deref().is_some_and(|b| b.contains("十一五")),
            "{s}"
        );
    }
}

#[test]
fn an_anaphoric_count_restates_and_counts_nothing_new() {
    // READING4 #15: a count after a demonstrative that restates a figure of the paragraph, and
    // a count of indicators opening its clause, the figures before it taken together by 均.
    let s = "平台设有便民服务和在线咨询2个栏目，进入此2个栏目可以办理业务。";
    let texts: Vec<String> = indicators(s).into_iter().map(|i| i.text.into()).collect();
    assert_eq!(texts, ["2个"]);
    let s = "全县粮食产量增长4%，农民收入增长7%，两项指标增幅均居全市首位。";
    let texts: Vec<String> = indicators(s).into_iter().map(|i| i.text.into()).collect();
    assert_eq!(texts, ["4%", "7%"]);
    // A total that no figure before states is new (`上述5个` after 3个 and 2个), and so is a set
    // named by its own modifier.
    let s = "新开工项目3个，续建项目2个，上述5个项目完成投资9亿元。";
    assert!(indicators(s).iter().any(|i| i.text == "5个"));
    let s = "考核的3个指标均已完成。";
    assert!(indicators(s).iter().any(|i| i.text == "3个"));
    // 因此 is no demonstrative.
    let s = "已建成养老机构2家，因此2家养老机构被评为示范。";
    assert_eq!(indicators(s).len(), 2);
}

#[test]
fn a_rate_of_zero_without_its_sign_is_a_percent() {
    // `败诉率为0` (READING2): a bare 0 after a noun of rate is 0 %.
    let found = indicators("全年行政复议纠错率为0，群众满意率98%。");
    assert_eq!(found[0].unit.as_deref(), Some("%"));
    assert_eq!(found[0].kind, IndicatorKind::Percent);
    assert_eq!(found[0].label, "行政复议纠错率");
}

#[test]
fn at_least_apart_from_its_figure_is_a_lower_bound() {
    // READING3 #8: `至少` before the verb that takes the figure bounds it, and stays out of the
    // label; a figure between ends its reach.
    let found = indicators("经查，该公司至少套取补贴资金86万元。");
    let f = found.iter().find(|i| i.text == "86万元").unwrap();
    assert_eq!(f.approx.as_ref().map(|a| a.word.as_str()), Some("至少"));
    assert_eq!(f.low.map(|d| d.to_string()).as_deref(), Some("860000"));
    assert!(!f.label.contains("至少"), "{}", f.label);
    let found = indicators("每个乡镇至少建成3个服务站，新增5个便民点。");
    let f = found.iter().find(|i| i.text == "5个").unwrap();
    assert_eq!(f.approx, None);
}

#[test]
fn units_of_an_equivalent_currency_and_of_sample_tubes() {
    // READING2 leftovers: `等值美元` names the currency; `管/日` a testing capacity's rate.
    let found = indicators("全年发行离岸债券2亿等值欧元。");
    assert_eq!(found[0].unit.as_deref(), Some("欧元"));
    assert_eq!(found[0].text, "2亿等值欧元");
    let found = indicators("全县核酸日检测能力达到3.6万管/日。");
    assert_eq!(found[0].unit.as_deref(), Some("管/日"));
    // 管 before no slash opens a word (管理, 管网).
    let found = indicators("新建供水管网12公里，培训2万管理人员。");
    assert!(found.iter().all(|i| i.unit.as_deref() != Some("管")));
}

#[test]
fn a_percent_that_names_a_catalogue_is_no_share() {
    // READING2 #3: `15%企业所得税优惠目录` is the name of a list (a tax rate), no measured share.
    assert!(indicators("争取扩大10%关税优惠目录覆盖范围。").is_empty());
    assert!(indicators("继续执行20%税率目录政策。").is_empty());
    // A share of a catalogue's items stays one.
    assert_eq!(indicators("目录内产品占比达35%。").len(), 1);
    assert_eq!(indicators("完成率95%，目录编制全部完成。").len(), 1);
}

#[test]
fn a_progress_share_of_a_plan_is_the_subjects() {
    // `…，完成全年目标数65.3%`: the share of the plan that the clause before reached (READING4 #6);
    // a plan noun (目标, 计划, 任务, 预算) needs no 的 before the figure.
    let s = "全县新增农村劳动力转移就业4200人，完成全年目标数84%。";
    assert_eq!(label_of(s, "84%"), "全县新增农村劳动力转移就业");
}

#[test]
fn a_change_that_names_its_own_measure_has_no_earlier_base() {
    // A change whose measure is written after the figure before it is that measure's, not the
    // figure's: no base. A change with no subject of its own, a comparison with the province,
    // a qualifier in brackets and a figure's own noun keep theirs.
    let base_of = |s: &str, change: &str| {
        let found = indicators(s);
        let c = found.iter().find(|i| i.text == change).expect(change);
        c.base.map(|b| found[b].text.to_string())
    };
    let s = "全县登记失业率为3.2%，农民人均纯收入增长6.5%。";
    assert_eq!(base_of(s, "6.5%"), None);
    let s = "本镇引进项目12个，招商引资到位资金增长18%。";
    assert_eq!(base_of(s, "18%"), None);
    let s = "全县财政收入8.6亿元，比上年增长7.2%。";
    assert_eq!(base_of(s, "7.2%").as_deref(), Some("8.6亿元"));
    let s = "高新技术企业产值占比达到35.5%，高于全市4.2个百分点。";
    assert_eq!(base_of(s, "4.2个百分点").as_deref(), Some("35.5%"));
    let s = "完成固定资产投资120亿元（不含开发区增长5.1%）。";
    assert_eq!(base_of(s, "5.1%").as_deref(), Some("120亿元"));
    let s = "全县实施的300项审批事项削减了120项。";
    assert_eq!(base_of(s, "120项").as_deref(), Some("300项"));
}

#[test]
fn a_plan_s_modal_and_its_verb_of_funding_are_no_part_of_the_label() {
    // 拟 (a plan's modal) and 安排 (its verb of funding) are the predicate: the statistic is
    // the noun before them; 拟发行 and 惠及 before their object, which is what is counted.
    let s = "今年全省预算内投资拟安排320亿元，比上年增加15亿元。";
    assert_eq!(label_of(s, "320亿元"), "全省预算内投资");
    let s = "本级财政赤字率拟按2.8%安排。";
    assert_eq!(label_of(s, "2.8%"), "本级财政赤字率");
    let s = "今年拟发行地方政府一般债券860亿元。";
    assert_eq!(label_of(s, "860亿元"), "地方政府一般债券");
    let s = "落实资助政策，惠及学生12.5万人次。";
    assert_eq!(label_of(s, "12.5万人次"), "学生");
    // 发放, 布设, 刊出 before what they count.
    let s = "全年发放临时救助金86万元，布设便民服务点35个，刊出宣传专栏12期。";
    assert_eq!(label_of(s, "86万元"), "临时救助金");
    assert_eq!(label_of(s, "35个"), "便民服务点");
    assert_eq!(label_of(s, "12期"), "宣传专栏");
    // 拟建 names planned projects: kept.
    let s = "全县共有拟建项目46个。";
    assert_eq!(label_of(s, "46个"), "拟建项目");
}

#[test]
fn a_level_reached_is_a_lower_bound_and_its_step_no_label() {
    // 跃上/迈上/登上/站上 X (新)台阶: the measure reached a level; the level is a lower bound like
    // 突破, and 台阶 is no noun of the figure.
    let s = "全县粮食总产量首次跃上30万吨新台阶。";
    let found = indicators(s);
    assert_eq!(found[0].label, "全县粮食总产量");
    assert_eq!(
        found[0].low.map(|d| d.to_string()).as_deref(),
        Some("300000")
    );
    let s = "全市地区生产总值迈上800亿元台阶，增长6.1%。";
    assert_eq!(label_of(s, "迈上800亿元"), "全市地区生产总值");
}

#[test]
fn fenbie_items_that_hold_he_are_split_at_the_list_commas() {
    // A sector's name may hold 和 (批发和零售业, 住宿和餐饮业): with 、 between the items, the
    // list has as many items as 、 makes, and they share the head after the last.
    // (The scope before the first item is every item's: the full build leaves it out.)
    let s = "全县农林牧渔业、住宿和餐饮业增加值分别增长2.6%、7.9%。";
    let first = if cfg!(feature = "fine-labels") {
        "农林牧渔业增加值"
    } else {
        "全县农林牧渔业增加值"
    };
    assert_eq!(label_of(s, "2.6%"), first);
    assert_eq!(label_of(s, "7.9%"), "住宿和餐饮业增加值");
    // 和 alone still joins items.
    let s = "城镇和农村居民人均可支配收入分别增长4.8%、6.9%。";
    assert_eq!(label_of(s, "4.8%"), "城镇居民人均可支配收入");
    assert_eq!(label_of(s, "6.9%"), "农村居民人均可支配收入");
}

#[test]
fn a_list_of_nouns_before_a_figure_is_counted_whole() {
    // `A、B类信息N条`: the figure counts both categories; with no figure inside the list, its
    // 、 joins nouns, not clauses.
    let s = "全年财政预算、政府采购类信息45条。";
    assert_eq!(label_of(s, "45条"), "财政预算、政府采购类信息");
    let s = "核准企业资质条、施工许可证76条。";
    assert_eq!(label_of(s, "76条"), "施工许可证");
    let s = "全县城市、农村低保对象1.3万人。";
    assert_eq!(label_of(s, "1.3万人"), "全县城市、农村低保对象");
    // A figure before the 、 ends the previous item; a heading's marker 二、 is no list.
    let s = "受理咨询类申请10件、投诉类申请20件。";
    assert_eq!(label_of(s, "20件"), "投诉类申请");
    let s = "二、火灾事故6起。";
    assert_eq!(label_of(s, "6起"), "火灾事故");
    // The 、 of an earlier clause is no part of this one.
    let s = "实施校舍改造、设备更新工程，全县教师培训覆盖率达到95%。";
    assert_eq!(label_of(s, "95%"), "全县教师培训覆盖率");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_multiple_of_an_earlier_period_is_the_subjects() {
    // READING5 #1: `是X的N倍` measures the subject against a basis (an earlier plan period, a
    // year): the copula and the basis are no name.
    let s = "五年累计完成造林面积36万亩，是上个规划期的1.8倍，年均增长9%。";
    assert_eq!(label_of(s, "1.8倍"), label_of(s, "36万亩"));
    assert_eq!(label_of(s, "9%"), label_of(s, "36万亩"));
    let s = "全市港口吞吐量是“十一五”末的近2倍。";
    assert_eq!(label_of(s, "近2倍"), "全市港口吞吐量");
    // 分别 after clauses that each state one subject's figure: the subjects in order.
    let s = "五年引进项目投资累计达到52亿元，新增就业岗位累计达到8600个，分别是上个规划期的2.2倍和1.7倍。";
    assert_eq!(label_of(s, "2.2倍"), label_of(s, "52亿元"));
    assert_eq!(label_of(s, "1.7倍"), label_of(s, "8600个"));
}

#[test]
fn fiscal_more_or_less_spent_is_a_change() {
    // READING5 #2: 增支/减支 (like 增收/减收) are verbs of change after a basis.
    let s = "社会保障支出9.6亿元，比上年增支8200万元；城乡社区支出3.1亿元，比上年减支450万元。";
    for (text, dir) in [("8200万元", Direction::Up), ("450万元", Direction::Down)] {
        let found = indicators(s);
        let f = found.iter().find(|i| i.text == text).unwrap();
        assert_eq!(f.kind, IndicatorKind::Change, "{text}");
        assert_eq!(f.direction, Some(dir), "{text}");
    }
    assert_eq!(label_of(s, "450万元"), "城乡社区支出");
    // The growth in percent that restates the amount is the level's change too (a finer reading,
    // left out of the small build).
    if cfg!(feature = "fine-labels") {
        let s = "卫生健康支出4.2亿元，比上年增支3100万元，增长8.0%。";
        let found = indicators(s);
        let level = found.iter().position(|i| i.text == "4.2亿元");
        let f = found.iter().find(|i| i.text == "8.0%").unwrap();
        assert_eq!(f.base, level);
    }
}

#[test]
#[cfg(feature = "fine-labels")]
fn parts_after_a_compared_change_are_the_levels() {
    // READING5 #3: `X N，比上年末增加M。其中：…` breaks down the level N, not the change M.
    let s = "年末全镇登记户数8420户，比上年末增加136户。其中：农业户5210户，非农业户3210户。";
    let found = indicators(s);
    let level = found.iter().position(|i| i.text == "8420户").unwrap();
    for part in ["5210户", "3210户"] {
        let f = found.iter().find(|i| i.text == part).unwrap();
        assert_eq!(f.parent, Some(level), "{part}");
    }
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_change_after_a_named_share_is_not_the_shares() {
    // READING5 #4: `A占…的比重为p%；B下降q%`: the share is A's, the change B's: no base.
    let s = "住宅投资占房地产开发投资的比重为71.5%；商业营业用房投资下降8.2%。";
    let found = indicators(s);
    let f = found.iter().find(|i| i.text == "8.2%").unwrap();
    assert_eq!(f.base, None);
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_ratio_restated_for_this_period_keeps_its_name() {
    // READING5 #8: `由上年A调整为本期的B`: the "to" ratio is the same measure, the deictic period
    // (本期, 本年) no part of a verb.
    let s = "农林牧渔业产值结构由上年41.5:20.3:38.2调整为本年的40.1:21.0:38.9。";
    assert_eq!(label_of(s, "40.1:21.0:38.9"), label_of(s, "41.5:20.3:38.2"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn zai_nei_bounds_a_duration_from_above() {
    // READING5-gio #8: `在N分钟内` is 以内 said around the figure: an upper bound; the modal 均可
    // before 在 is a linking word, no part of the label (the label is the noun phrase bounded).
    let s = "网上申请均可在20分钟内审结。";
    let f = indicators(s)
        .into_iter()
        .find(|i| i.text == "20分钟")
        .unwrap();
    assert_eq!(f.high, f.normalized);
    assert!(f.high.is_some());
    assert_eq!(label_of(s, "20分钟"), "网上申请");
    let s = "群众来信在7个工作日内回复。";
    let f = indicators(s)
        .into_iter()
        .find(|i| i.text == "7个工作日")
        .unwrap();
    assert!(f.high.is_some());
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_university_admission_tier_is_no_count() {
    // READING5-tjgb #14: 一本/二本/三本 (admission tiers), bounded or not, name who is counted.
    let s = "今年高考本科上线860人，其中二本以上上线530人，一本上线210人。";
    let found = indicators(s);
    assert!(
        found.iter().all(|i| i.unit.as_deref() != Some("本")),
        "{found:?}"
    );
    assert_eq!(label_of(s, "530人"), "二本以上上线");
}

#[test]
#[cfg(feature = "fine-labels")]
fn n_nian_zhi_names_a_school_system() {
    // READING5-tjgb #15: `九年一贯制`, `五年制` name a kind of school, not a time to cut.
    let s = "新建小学3所，十二年一贯制学校1所，五年制高职学校2所。";
    assert_eq!(label_of(s, "1所"), "十二年一贯制学校");
    assert_eq!(label_of(s, "2所"), "五年制高职学校");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_point_in_time_after_the_noun_is_no_part_of_the_label() {
    // READING5-tjgb #11: `自…起`, `…以来`, `N月份` frame the statement, like a year after the noun.
    let s = "农村养老金标准自今年3月起由每人每月150元提高到180元。";
    assert_eq!(label_of(s, "由每人每月150元提高到180元"), "农村养老金标准");
    let s = "城市低保标准2022年10月起提高到720元。";
    assert_eq!(label_of(s, "720元"), "城市低保标准");
    assert_eq!(
        label_of("全市税收收入今年以来达46亿元。", "46亿元"),
        "全市税收收入"
    );
    assert_eq!(
        label_of("全县外贸出口9月份达1.3亿元。", "1.3亿元"),
        "全县外贸出口"
    );
    // A span of months is read by the months' own rule, not cut as a point.
    assert_eq!(
        label_of("1-9月份用电量累计达12亿千瓦时。", "12亿千瓦时"),
        "用电量"
    );
    // 连续N年 before the noun is how long the statement held.
    assert_eq!(
        label_of("连续四年粮食播种面积稳定在90万亩。", "90万亩"),
        "粮食播种面积"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_from_figure_after_an_attributive_and_a_per_unit() {
    // READING5-tjgb #11: `从原来的每人每年A提高至B` is one from–to, as `从原来的A…` and `由每人A…` are.
    let s = "大病保险起付线从原来的每人每年1.5万元降低至1万元。";
    let found = indicators(s);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, IndicatorKind::Change);
    assert_eq!(found[0].direction, Some(Direction::Down));
    assert_eq!(
        found[0].from.map(|d| d.to_string()).as_deref(),
        Some("15000")
    );
    assert_eq!(found[0].label, "大病保险起付线");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_rate_of_rise_or_fall_is_a_change() {
    // READING5-tjgb #12: 涨幅/增幅 N% says up, 降幅/跌幅 N% says down; a qualifier of how it was
    // measured (扣除价格因素, 同比) leaves the label, which takes the clause's subject.
    let s = "居民消费价格涨幅控制在2.5%左右。";
    let f = indicators(s).into_iter().next().unwrap();
    assert_eq!(
        (f.kind, f.direction, f.label.as_str()),
        (
            IndicatorKind::Change,
            Some(Direction::Up),
            "居民消费价格涨幅"
        )
    );
    let s = "城镇居民人均消费支出2.1万元，名义下降0.6%，扣除价格因素实际降幅为1.8%。";
    let f = indicators(s)
        .into_iter()
        .find(|i| i.text == "1.8%")
        .unwrap();
    assert_eq!(
        (f.kind, f.direction, f.label.as_str()),
        (
            IndicatorKind::Change,
            Some(Direction::Down),
            "城镇居民人均消费支出实际降幅"
        )
    );
    let s = "全县蔬菜产量38万吨，同比增幅4.4%。";
    assert_eq!(label_of(s, "4.4%"), "全县蔬菜产量增幅");
    // A growth rate named 增速 is a level of that rate (the devset's gold): left a percent.
    let f = indicators("固定资产投资增速为6.2%。")
        .into_iter()
        .next()
        .unwrap();
    assert_eq!(f.kind, IndicatorKind::Percent);
}

#[test]
#[cfg(feature = "fine-labels")]
fn tiao_zheng_wei_links_a_level() {
    // READING5-tjgb #8: `调整为` before a level (no 由…, so no change) is the link, like 调整到.
    assert_eq!(
        label_of("全市公益性岗位补贴标准调整为每月2100元。", "2100元"),
        "全市公益性岗位补贴标准"
    );
    assert_eq!(
        label_of("三次产业结构比例调整为6.1:38.4:55.5。", "6.1:38.4:55.5"),
        "三次产业结构比例"
    );
    // 结构调整 as a noun before a count keeps its 调整.
    assert_eq!(
        label_of("完成产业结构调整项目12个。", "12个"),
        "产业结构调整项目"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn tisheng_with_a_count_upgrades_its_object() {
    // READING6-gzbg #1: 提升 ("upgrade") takes what it upgrades as its object (整改提升 15家,
    // 提升 9个园区); only a level or an amount after it is an increase.
    let s = "关停违规作坊23家、整改提升15家。年内改造提升9条背街小巷，提升4个物流园区的服务能力。";
    for i in indicators(s) {
        assert_ne!(i.kind, IndicatorKind::Change, "{i:?}");
    }
    assert_eq!(label_of(s, "9条"), "背街小巷");
    let s = "森林覆盖率提升2.3个百分点，达标水体比例提升6.5%。";
    for i in indicators(s) {
        assert_eq!(i.kind, IndicatorKind::Change, "{i:?}");
        assert_eq!(i.direction, Some(Direction::Up));
    }
}

/// 精简 ("streamline") is a verb of decrease like 压缩 and 压减; 提升 before a count of grades
/// (`提升2个等级`) raises the measure before it, where a count of things after 提升 is upgraded.
#[test]
#[cfg(feature = "fine-labels")]
fn jingjian_decreases_and_tisheng_counts_grades() {
    let f = indicators("全市证明材料精简35%，河流水质指数提升1个等级，改造提升6个农贸市场。");
    let got: Vec<_> = f
        .iter()
        .map(|i| (i.label.as_str(), i.kind, i.direction))
        .collect();
    assert_eq!(
        got,
        [
            ("全市证明材料", IndicatorKind::Change, Some(Direction::Down)),
            ("河流水质指数", IndicatorKind::Change, Some(Direction::Up)),
            ("农贸市场", IndicatorKind::Count, None),
        ]
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn jia_adds_an_item_to_a_fiscal_sum() {
    // READING6-gzbg #2: 加上级补助收入, 加上解支出, 加上年结转: 加 ("plus") is no part of the item.
    let s = "全县税费收入8600万元，加上级转移支付收入52000万元、上年结余资金3100万元，收入合计63700万元。本级支出60200万元，加上解省级支出900万元。";
    assert_eq!(label_of(s, "52000万元"), "上级转移支付收入");
    assert_eq!(label_of(s, "900万元"), "上解省级支出");
    let s = "加上年结转资金4500万元，可用财力增加到9000万元。";
    assert_eq!(label_of(s, "4500万元"), "上年结转资金");
}

#[test]
#[cfg(feature = "fine-labels")]
fn e_closes_a_noun_of_measure_before_de() {
    // READING6-gzbg #5: `年交易额达80亿元的批发市场`: X额 ("amount of X") is a noun of measure
    // like 产值 or 总额, so the amount is that measure of the noun after 的.
    let s = "到2027年建成年交易额达80亿元的农产品批发市场，培育年销售额超亿元的企业12家。";
    assert_eq!(label_of(s, "80亿元"), "农产品批发市场年交易额");
    let s = "力争形成成交额达30亿元的家具产业集群。";
    assert_eq!(label_of(s, "30亿元"), "家具产业集群成交额");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_capacity_before_de_measures_the_noun_after() {
    // READING6-gzbg #6: `日处理污水6万吨的扩容工程`: 日/年/月 and a verb of throughput name a
    // capacity, a measure of the plant 的 introduces (not the plant alone). A date before the verb
    // (`2023年生产`) is no capacity.
    let s = "新建日处理污水4万吨的第二污水厂，建成年产20万吨的饲料生产线。";
    assert_eq!(label_of(s, "4万吨"), "第二污水厂日处理污水");
    assert_eq!(label_of(s, "20万吨"), "饲料生产线年产");
    let s = "引进2023年生产5万吨的加工企业。";
    assert_eq!(label_of(s, "5万吨"), "加工企业");
}

#[test]
#[cfg(feature = "fine-labels")]
fn noun_and_figure_pairs_run_on_without_a_mark() {
    // READING6 #1: pairs of a noun and its count with no mark between them: the noun after a
    // figure that reaches the next figure of the same measure word is that figure's, and the first
    // figure is named by the noun before it.
    let s = "今年新建幼儿园4所托育中心2所。";
    assert_eq!(label_of(s, "4所"), "新建幼儿园");
    assert_eq!(label_of(s, "2所"), "托育中心");
    let s = "参训学员中，2024年教师65人医生38人。";
    assert_eq!(label_of(s, "65人"), "教师");
    assert_eq!(label_of(s, "38人"), "医生");
    // A noun after the second figure: the first counts the noun after it.
    let s = "共有4个街道1800户住户纳入改造。";
    assert_eq!(label_of(s, "4个"), "街道");
    // Another measure word: the area of what the count counts.
    let s = "督促指导26个项目1250亩开工。";
    assert_eq!(label_of(s, "26个"), "项目");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_verb_stays_before_a_noun_of_any_money() {
    // READING6 #2: 金额, 资金 name money of any kind: the verb before them says which.
    let s = "抽查发现3家单位违规列支招待费，涉及金额86万元。";
    assert_eq!(label_of(s, "86万元"), "涉及金额");
    let s = "争取中央专项项目41个、下达资金9.6亿元。";
    assert_eq!(label_of(s, "9.6亿元"), "下达资金");
    // A noun that names what it is keeps no light verb.
    let s = "拟安排乡村振兴资金3.2亿元。";
    assert_eq!(label_of(s, "3.2亿元"), "乡村振兴资金");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_list_joined_by_he_before_jun_keeps_its_linking_verb_out() {
    // READING6 #3: `A和B占比均达到100%`: the linking verb that closes the list is no verb whose
    // object the list is; the label is the list, not the clause before.
    let s = "推进事项标准化，网上可办率和一次办结率均达到100%。";
    assert_eq!(label_of(s, "100%"), "网上可办率和一次办结率");
    let s = "组织全员培训，确保及格率和到课率均达到100%。";
    assert_eq!(label_of(s, "100%"), "及格率和到课率");
}

#[test]
#[cfg(feature = "fine-labels")]
fn the_actual_after_a_planned_figure_is_the_measure_itself() {
    // READING6 #4: `X预算数为A，实际完成B`: B is the actual of X, not X's plan.
    let s = "全镇税收收入预算数为3.6亿元，实际完成3.8亿元。";
    assert_eq!(label_of(s, "3.8亿元"), "全镇税收收入");
    // The change after the actual is the actual's.
    let s = "全镇税收收入预算数为3.6亿元，实际完成3.8亿元，比上年决算数3.5亿元增长8.6%。";
    assert_eq!(label_of(s, "8.6%"), "全镇税收收入");
    let s = "全县教育支出年初预算5.2亿元，实际完成5.5亿元。";
    assert_eq!(label_of(s, "5.5亿元"), "全县教育支出");
}

#[test]
#[cfg(feature = "fine-labels")]
fn an_act_after_de_keeps_what_it_was_done_on() {
    // READING6 #10: `X的答复N件`: 答复 (an act done on something) names nothing without X.
    let s = "完成市人大代表建议的答复15件、市政协提案的答复22件。";
    assert_eq!(label_of(s, "15件"), "市人大代表建议的答复");
    assert_eq!(label_of(s, "22件"), "市政协提案的答复");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_time_noun_after_the_counted_noun_is_the_predicates() {
    // READING6 #9: `N个X全年共…`: 全年 stands between the noun a count modifies and the
    // predicate's adverb; it is no part of the noun.
    let s = "全镇6个村级服务站全年共受理事项2300件。";
    assert_eq!(label_of(s, "6个"), "村级服务站");
}

#[test]
#[cfg(feature = "fine-labels")]
fn an_agent_and_a_year_before_the_predicate_are_no_part_of_the_label() {
    // READING6 #5 (in part): `A2022年共办理X N件`: the agent and the year frame the predicate, as a
    // year that opens the clause does; a year with no predicate after it stays.
    let s = "常年法律顾问2023年共办理各类涉法案件64件。";
    assert_eq!(label_of(s, "64件"), "办理各类涉法案件");
    let s = "村卫生室补助标准提高到2024年每所2万元。";
    assert_ne!(label_of(s, "2万元"), "每所");
}

#[cfg(feature = "fine-labels")]
#[test]
fn deng_inside_a_word_closes_no_list() {
    // Pattern: 高等, 中等, 初等 are words; the 等 in them closes no list before the noun. After
    // 初中 or 高中 the 等 closes one.
    let s = "全市共有高等学校8所，中等职业学校31所。高等教育毛入学率为55.2%。小学、初中等各类学校共760所。";
    assert_eq!(label_of(s, "8所"), "高等学校");
    assert_eq!(label_of(s, "31所"), "中等职业学校");
    assert_eq!(label_of(s, "55.2%"), "高等教育毛入学率");
    assert_eq!(label_of(s, "760所"), "各类学校");
}

#[cfg(feature = "fine-labels")]
#[test]
fn a_caption_line_is_no_part_of_the_next_sentence() {
    // Pattern: a table's caption (`表N  …`) or its unit line (`单位：…`) stands on a line of its
    // own without a stop; the sentence on the next line does not take its words.
    let s = "年末全县常住人口31.6万人。\n表2  年末人口数及其构成\n全年城镇新增就业1.3万人。\n";
    assert_eq!(label_of(s, "1.3万人"), "城镇新增就业");
    let s = "全年接待游客420万人次。\n图3：历年游客人数\n全年旅游总收入38亿元。\n";
    assert_eq!(label_of(s, "38亿元"), "旅游总收入");
    let s = "年末共有卫生机构420个。\n单位：个\n全年诊疗人次增长4.1%。\n";
    assert_eq!(label_of(s, "4.1%"), "诊疗人次");
}

#[cfg(feature = "fine-labels")]
#[test]
fn a_table_or_figure_number_is_no_quantity() {
    // Pattern: the number of a caption at a line's start, or of a table referred to, is a name.
    let s = "全县人口31.6万人。\n表2  年末人口数及其构成\n全年城镇新增就业1.3万人。\n";
    assert_eq!(
        labelled(s).into_iter().map(|x| x.0).collect::<Vec<_>>(),
        ["31.6万人", "1.3万人"]
    );
    let s = "各项指标如表3所示，全年编制统计报表12份。";
    assert_eq!(
        labelled(s).into_iter().map(|x| x.0).collect::<Vec<_>>(),
        ["12份"]
    );
}

#[cfg(feature = "fine-labels")]
#[test]
fn newly_added_against_a_basis_is_a_change() {
    // Pattern: 新增 with a basis right before it (比上年新增, 比2020年新增加) is the change from
    // that basis; 新增 alone is an amount newly added.
    let s = "全县现有公共体育场地1850个，比2020年新增126个。全年新增城镇就业4600人。";
    let i = indicators(s);
    let change = i.iter().find(|x| x.text == "126个").unwrap();
    assert_eq!(change.kind, IndicatorKind::Change);
    assert_eq!(change.direction, Some(Direction::Up));
    assert_eq!(change.basis.as_deref(), Some("比2020年"));
    let added = i.iter().find(|x| x.text == "4600人").unwrap();
    assert_ne!(added.kind, IndicatorKind::Change);
}

#[test]
fn twenty_foot_containers_written_out_are_a_unit() {
    // Pattern: 标准箱 (TEU) written in full, like 标箱.
    let i = indicators("全年港口集装箱吞吐量42.8万标准箱，增长6.1%。");
    let teu = i.iter().find(|x| x.text == "42.8万标准箱").unwrap();
    assert_eq!(teu.label, "港口集装箱吞吐量");
}

#[cfg(feature = "fine-labels")]
#[test]
fn a_rate_per_person_per_month_keeps_its_period() {
    // Pattern: 元/人月, 元/户·年: a person or household and a period are one denominator; a
    // period after a comma is not.
    let i = indicators("城市低保标准提高到690元/人月，卫生保洁费12元/户·年。");
    let units: Vec<_> = i.iter().map(|x| x.unit.as_deref().unwrap_or("")).collect();
    assert_eq!(units, ["元/人月", "元/户·年"]);
    let i = indicators("人均补助300元/人，月底前发放。");
    assert_eq!(i[0].unit.as_deref(), Some("元/人"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_bare_you_after_a_scope_is_the_verb_of_having() {
    // READING6-tjgb-html: `全县有X N所` counts X, as `全县共有X` does; 有 that opens a word stays.
    let s = "全县有普通高中4所，全市有线电视用户12万户，全区有效发明专利860件。";
    assert_eq!(label_of(s, "4所"), "普通高中");
    assert_eq!(label_of(s, "12万户"), "全市有线电视用户");
    assert_eq!(label_of(s, "860件"), "全区有效发明专利");
}

#[test]
#[cfg(feature = "fine-labels")]
fn parts_that_make_up_their_total_end_the_qizhong_group_at_a_semicolon() {
    // READING6-tjgb-html: after `；` a figure is no part once the parts already add up to the
    // total (the parts of a whole cannot exceed it).
    let s = "全市有技工学校3所，其中公办2所、民办1所，在校生4200人；职业培训机构12所。";
    let found = indicators(s);
    let of = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    assert_eq!(found[of("2所")].parent, Some(of("3所")));
    assert_eq!(found[of("1所")].parent, Some(of("3所")));
    assert_eq!(found[of("12所")].parent, None, "{found:?}");
    // Parts that do not yet make up the total go on past a `；`.
    let s = "共受理申请40件，其中自然人申请25件；法人申请15件。";
    let found = indicators(s);
    assert_eq!(found[2].parent, Some(0), "{found:?}");
    // Averages are no sums: both per-capita parts stay parts.
    let s = "居民人均可支配收入3.1万元。其中，城镇居民人均可支配收入4.2万元；农村居民人均可支配收入2.0万元。";
    let found = indicators(s);
    assert_eq!(found[2].parent, Some(0), "{found:?}");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_share_distributed_after_a_distributed_list_takes_its_subjects() {
    // READING6-tjgb-html #14: `A、B…分别增长a和b，占…比重分别为x和y` gives each share its subject.
    let s = "数字经济核心产业、战略性新兴产业增加值分别增长9.4%和7.7%，占地区生产总值比重分别为8.2%和19.6%。";
    assert_eq!(
        label_of(s, "8.2%"),
        "数字经济核心产业增加值占地区生产总值比重"
    );
    assert_eq!(
        label_of(s, "19.6%"),
        "战略性新兴产业增加值占地区生产总值比重"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_second_distributed_list_takes_the_labels_of_the_first() {
    // `A、B分别增长a和b，分别比上年提高p和q`: the second 分别 has no subject of its own; the
    // first list's labels, already distributed, go to its figures in order (an attribute of two
    // characters before the second 分别 follows each label).
    let s = "工业、服务业用电量分别增长4.0%和7.5%，分别比上年提高1.2和0.8个百分点。";
    assert_eq!(label_of(s, "1.2"), "工业用电量");
    assert_eq!(label_of(s, "0.8个百分点"), "服务业用电量");
    let s = "工业、服务业用电量分别增长4.0%和7.5%，增速分别比上年回落1.2和0.8个百分点。";
    assert_eq!(label_of(s, "1.2"), "工业用电量增速");
    assert_eq!(label_of(s, "0.8个百分点"), "服务业用电量增速");
    // The shared head starts after the last item's own modifier when that ends like the first
    // item (工业、服务业: -业); an item of one character is a class of its own (市、县).
    let s = "市、县污水处理率分别达到96%和88%，工业、建筑业用地分别为30公顷和12公顷。";
    assert_eq!(label_of(s, "96%"), "市污水处理率");
    assert_eq!(label_of(s, "88%"), "县污水处理率");
    assert_eq!(label_of(s, "30公顷"), "工业用地");
    assert_eq!(label_of(s, "12公顷"), "建筑业用地");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_comparative_after_a_basis_reads_its_adverb_and_length() {
    // 偏 (more … than normal) before a comparative is no part of the basis; 长/短 compare
    // durations like 多/少 amounts.
    let found = indicators("全年平均气温17.2℃，比常年偏高0.4℃；年降水量比常年偏少12%。");
    assert_eq!(found[1].basis.as_deref(), Some("比常年"), "{found:?}");
    assert_eq!(found[1].direction, Some(Direction::Up));
    assert_eq!(found[2].basis.as_deref(), Some("比常年"), "{found:?}");
    assert_eq!(found[2].direction, Some(Direction::Down));
    let found = indicators("审批平均用时比法定时限短4天，日照时数较常年偏长60小时。");
    assert_eq!(found[0].direction, Some(Direction::Down), "{found:?}");
    assert_eq!(found[0].basis.as_deref(), Some("比法定时限"));
    assert_eq!(found[1].direction, Some(Direction::Up), "{found:?}");
    assert_eq!(found[1].basis.as_deref(), Some("较常年"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn parts_of_a_total_may_count_cases_with_another_measure_word() {
    // 件, 宗 and 起 all count cases: a part in 件 breaks down a total in 宗 (READING6-audit-fzzf
    // #11), as 人/名/位 all count people.
    let found = indicators("受理投诉86宗（其中80宗已办结，6件正在办理）。");
    assert_eq!(found[1].parent, Some(0), "{found:?}");
    assert_eq!(found[2].parent, Some(0), "{found:?}");
}

#[test]
#[cfg(feature = "hard-wraps")]
fn pdf_wraps_inside_ratios_rates_and_units_of_two_parts() {
    // PDF text breaks its lines every ~38 characters, also after a ratio's colon, around a rate's
    // slash and inside a unit (千 / 瓦): the quantity reads on across the break.
    let s = "全县三次产业结构由上年的12.3：40.5：47.2调整为11.8：\n39.9：48.3，结构持续优化。\n\
             城区细颗粒物年均浓度为31.5微克\n/立方米，下降4.2%。全县人口密度为420人/平方\n公里。\n\
             农村低保标准提高到每人每月620元/\n人·月。全县农机总动力达到85万千\n瓦。";
    let found = indicators(s);
    let of = |t: &str| {
        found
            .iter()
            .find(|i| i.text == t)
            .unwrap_or_else(|| panic!("no {t:?} in {found:?}"))
    };
    assert_eq!(of("11.8：\n39.9：48.3").kind, IndicatorKind::Ratio);
    assert_eq!(of("31.5微克\n/立方米").unit.as_deref(), Some("微克/立方米"));
    assert_eq!(of("420人/平方\n公里").unit.as_deref(), Some("人/平方公里"));
    assert_eq!(of("620元/\n人·月").unit.as_deref(), Some("元/人·月"));
    let power = of("85万千\n瓦");
    assert_eq!(power.unit.as_deref(), Some("千瓦"));
    assert_eq!(power.multiplier.as_deref(), Some("万"));
    // A range's separator and a compound multiplier at a line's end.
    let found = indicators("每年培育骨干企业20～\n30家，累计带动社会投资1万\n亿元。");
    assert_eq!(found[0].text, "20～\n30家", "{found:?}");
    assert_eq!(found[0].high.map(|h| h.to_string()).as_deref(), Some("30"));
    assert_eq!(found[1].multiplier.as_deref(), Some("万亿"), "{found:?}");
}

#[test]
fn spoken_square_metres_and_sown_area_are_units() {
    // READING7-zj: 工作总结 write square metres as spoken (平米) and sown area once per crop (亩次).
    let found = indicators("今年共拆除违建4.6万平米，完成绿化8000平米。");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].unit.as_deref(), Some("平米"));
    assert_eq!(found[0].value.to_string(), "4.6");
    assert_eq!(found[1].label, "绿化");
    let found = indicators("全年农作物播种面积18.2万亩次，同比增长1.5%。");
    assert_eq!(found[0].unit.as_deref(), Some("亩次"), "{found:?}");
    assert_eq!(found[0].label, "农作物播种面积");
}

#[test]
fn words_that_open_with_a_function_character_keep_it() {
    // READING7-zj: 了结 (settle a case) is no particle 了 + 结; 近限企业 / 近规企业 are firms near the
    // statistical size threshold, not "nearly" 限企业.
    assert_eq!(label_of("全年新收纠纷36件，了结31件。", "31件"), "了结");
    assert_eq!(
        label_of("新增规上企业9家、近限企业27家。", "27家"),
        "近限企业"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn an_adverb_of_meeting_a_target_goes_with_its_verb() {
    // READING7-zj: 工作总结 report targets met early or beyond plan (`超额完成`, `提前建成`); the
    // adverb is stripped with the light verb after it.
    assert_eq!(
        label_of("全年超额完成招商引资任务6.5亿元。", "6.5亿元"),
        "招商引资任务"
    );
    assert_eq!(label_of("年内提前建成公租房240套。", "240套"), "公租房");
    assert_eq!(
        label_of("已超预期完成工业投资9亿元，同比增长12%。", "9亿元"),
        "工业投资"
    );
}

#[test]
fn tongbi_with_its_basis_said_again_is_one_basis() {
    // READING7-zj: `同比去年增长` (同比 and 去年 both) is one basis, not the label 同 + basis 比去年.
    let found = indicators("全年接待游客38万人次，同比去年增长9.5%。");
    assert_eq!(found[1].label, "接待游客", "{found:?}");
    assert_eq!(found[1].basis.as_deref(), Some("同比去年"));
    let found = indicators("粮食总产量6.4万吨，同比上年下降1.2%。");
    assert_eq!(found[1].label, "粮食总产量", "{found:?}");
    assert_eq!(found[1].direction, Some(Direction::Down));
}

#[test]
fn success_and_extent_adverbs_open_the_predicate_after_a_count() {
    // READING7-zj: `N家企业成功上市`, `N名教师全员竞聘上岗`: 成功 and 全员 open the predicate; the
    // count's label is the noun before them.
    assert_eq!(label_of("今年有9家企业成功挂牌上市。", "9家"), "企业");
    assert_eq!(label_of("全县860名教师全员参加轮训。", "860名"), "教师");
    // At the noun's start 全员 stays (`全员劳动生产率`).
    assert_eq!(
        label_of("全员劳动生产率达到15万元/人。", "15万元/人"),
        "全员劳动生产率"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_part_that_repeats_a_totals_label_is_its_part() {
    // READING7-zj: a 其中 that repeats the list of a whole for one of its bodies: each part goes
    // under the total of its very label, even where another total shares its unit, or where the
    // text changes the measure word (份 → 篇) for the same thing.
    let s = "全市查处案件120件，罚没金额8.5亿元，移送案件16件，涉及金额2.1亿元。其中，市本级查处案件35件，罚没金额3.2亿元，移送案件5件，涉及金额0.9亿元。";
    let found = indicators(s);
    let of = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    assert_eq!(found[of("5件")].parent, Some(of("16件")), "{found:?}");
    assert_eq!(found[of("35件")].parent, Some(of("120件")), "{found:?}");
    let s = "全系统办结案件300件，编写调研报告等56份，报送信息等140篇。其中，市局办结案件12件，编写调研报告等20篇，报送信息等47篇。";
    let found = indicators(s);
    let of = |t: &str| found.iter().position(|i| i.text == t).unwrap();
    assert_eq!(found[of("20篇")].parent, Some(of("56份")), "{found:?}");
    assert_eq!(found[of("47篇")].parent, Some(of("140篇")), "{found:?}");
    assert_eq!(found[of("12件")].parent, Some(of("300件")), "{found:?}");
}

#[test]
#[cfg(feature = "fine-labels")]
fn the_note_that_a_basis_holds_below_is_no_part_of_the_label() {
    // READING7-zj: `比上年（下同）增长` notes that the basis holds for the figures after; the change
    // is still the subject's.
    let found = indicators("全乡农业总产值2.4亿元，比上年（下同）增长4.8%。");
    assert_eq!(found[1].label, "全乡农业总产值", "{found:?}");
    assert_eq!(found[1].basis.as_deref(), Some("比上年"));
    assert_eq!(
        label_of("社会消费品零售总额比上年(下同)增长6.1%。", "6.1%"),
        "社会消费品零售总额"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_distance_that_places_a_thing_is_no_indicator() {
    // READING7-zj: `约2公里处的县道旁`: a distance before 处 says where something stands; it is
    // neither an indicator nor a part of the next figure's label.
    let found = indicators("在距集镇约4公里处新建垃圾中转站2座。");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].label, "新建垃圾中转站");
    let found = indicators("在村口300米处建成污水处理站1个。");
    assert_eq!(found.len(), 1, "{found:?}");
    // A length that is counted stays (`管网12公里，处理…`: the 处 opens the next clause).
    assert_eq!(
        label_of("铺设排水管网12公里，处理生活污水2万吨。", "12公里"),
        "铺设排水管网"
    );
}

#[test]
fn the_adverb_gongji_after_a_year_word_leaves_the_label_whole() {
    // READING7-gio #3: `全年共计V N`: 共计 is one adverb after 全年; none of it stays at the start.
    let s = "全年共计编印宣传册35期，本年度共计受理咨询120人次。";
    assert_eq!(label_of(s, "35期"), "编印宣传册");
    assert_eq!(label_of(s, "120人次"), "受理咨询");
}

#[test]
#[cfg(feature = "fine-labels")]
fn form_and_channel_closing_a_frame_of_means_are_no_part_of_the_label() {
    // READING7-gio #4: `通过A和B等形式V N`, `通过A、B等渠道V N`: 形式 and 渠道 close the frame of
    // means (as 方式 and 途径 do); a count of channels keeps its noun.
    let s = "通过公示栏和广播等形式公开村务信息86条，通过网站、短信等渠道推送提醒4300条。";
    assert_eq!(label_of(s, "86条"), "公开村务信息");
    assert_eq!(label_of(s, "4300条"), "推送提醒");
    let s = "开通3个渠道受理群众诉求。";
    assert!(label_of(s, "3个").starts_with("渠道"));
}

#[test]
fn a_verb_of_strengthening_compiling_or_covering_ends_the_counted_noun() {
    // READING7-gio #7: `N家X加强…`, `N家X编制…目录`, `N个X覆盖到…`: the verb opens the predicate
    // after the noun the count modifies; 编制 before no object is the noun (核定编制).
    let s = "全县12家医院加强院感防控，8个乡镇编制防汛预案，6个服务站覆盖到村组。";
    assert_eq!(label_of(s, "12家"), "医院");
    assert_eq!(label_of(s, "8个"), "乡镇");
    assert_eq!(label_of(s, "6个"), "服务站");
    assert_eq!(
        label_of("核定编制120名，实有人员98名。", "120名"),
        "核定编制"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_conjunction_right_after_a_preposition_opens_a_name() {
    // READING7-gio #8: no conjunction follows a preposition at once: `在和平区…` names 和平区; a
    // conjunction between two nouns stays one.
    let s = "在和平区政务网站发布信息16条，区、县和乡镇共建成站点30个。";
    assert!(label_of(s, "16条").starts_with("和平区"));
    assert!(label_of(s, "30个").contains("乡镇"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn an_age_bracket_names_a_class_of_people_and_stays_in_its_label() {
    // READING8-tjgb #1: `N-M岁` before a noun (or before the next bracket of a list) is the
    // bracket of a class, no quantity; each count of a 分别 list takes its own bracket.
    let s = "年末0-14岁人口5200人，15-59岁人口18100人。";
    assert_eq!(labelled(s).len(), 2);
    assert_eq!(label_of(s, "5200人"), "0-14岁人口");
    assert_eq!(label_of(s, "18100人"), "15-59岁人口");
    let s = "0-15岁、16-59岁、60岁及以上常住人口分别为410人、1320人和580人。";
    assert_eq!(labelled(s).len(), 3);
    assert_eq!(label_of(s, "410人"), "0-15岁常住人口");
    assert_eq!(label_of(s, "1320人"), "16-59岁常住人口");
    assert_eq!(label_of(s, "580人"), "60岁及以上常住人口");
    let s = "0-6岁和7-14岁儿童分别占8.1%和9.4%。";
    assert_eq!(label_of(s, "8.1%"), "0-6岁儿童");
    assert_eq!(label_of(s, "9.4%"), "7-14岁儿童");
    // An age that is measured stays a quantity.
    assert!(labelled("新录用人员平均年龄为26-28岁。")
        .iter()
        .any(|(t, _)| t == "26-28岁"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn the_sampling_fraction_of_a_survey_is_no_quantity() {
    // READING8-tjgb #2: `5‰人口变动抽样调查`, `1%人口抽样调查` name the survey the figures come
    // from; its fraction measures nothing of the report's subject.
    let s = "据全市5‰人口变动抽样调查推算，年末常住人口45.2万人。";
    assert_eq!(labelled(s).len(), 1);
    let s = "根据1%人口抽样调查，城镇化率为61.3%。";
    assert_eq!(labelled(s).len(), 1);
    // A fraction of a sample through 的 stays one.
    assert!(labelled("按10%的比例抽样复核。")
        .iter()
        .any(|(t, _)| t == "10%"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_negative_member_of_a_list_shares_the_unit_of_the_last() {
    // READING8-tjgb #3: `a、-b、c个百分点`: the list is read through its negative member, so the
    // first figure is found and the last keeps a label of words.
    let s = "三次产业对经济增长的拉动分别为0.3、-1.8、2.1个百分点。";
    let rows = labelled(s);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows
        .iter()
        .all(|(_, l)| !l.contains('、') && !l.contains('-')));
}

#[test]
#[cfg(feature = "fine-labels")]
fn poultry_in_hundreds_and_potted_plants_are_measured() {
    // READING8-tjgb #4: `百羽` (the poultry unit, 百 a multiplier) and `盆` (potted plants).
    let rows = indicators("年末家禽存栏2460百羽，下降4.1%。");
    let q = rows
        .iter()
        .find(|i| i.text == "2460百羽")
        .expect("2460百羽");
    assert_eq!(
        (q.unit.as_deref(), q.multiplier.as_deref()),
        (Some("羽"), Some("百"))
    );
    assert_eq!(
        label_of("年末家禽存栏2460百羽，下降4.1%。", "4.1%"),
        "家禽存栏"
    );
    assert_eq!(
        label_of("盆栽花卉12.5万盆，增长3%。", "12.5万盆"),
        "盆栽花卉"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_bare_count_of_people_keeps_the_clause_that_says_who() {
    // READING8-tjgb #10: `…的人数` / `…的人次`: the head alone names no one.
    assert_eq!(
        label_of("参加失业保险的人数为2.1万人。", "2.1万人"),
        "参加失业保险的人数"
    );
    assert_eq!(
        label_of("享受城市低保的人次为1.8万人次。", "1.8万人次"),
        "享受城市低保的人次"
    );
}

#[test]
fn as_much_as_and_as_low_as_link_like_da() {
    // READING8-fzzf #1: 高达/多达/最高达 and 低至 are the link between a noun and its figure; the
    // label keeps none of them (not 纠错率高, nor 败诉 cut before 率).
    let s = "全年办结复议案件40件，纠错率高达35.5%，败诉率低至2.5%。";
    assert_eq!(label_of(s, "35.5%"), "纠错率");
    assert_eq!(label_of(s, "2.5%"), "败诉率");
    assert_eq!(label_of("受理来信多达120件。", "120件"), "受理来信");
    assert_eq!(label_of("群众满意度最高达99%。", "99%"), "群众满意度");
}

#[test]
#[cfg(feature = "fine-labels")]
fn the_nei_of_a_time_limit_is_no_part_of_the_act_after_it() {
    // READING8-fzzf #2: `在N个工作日内V`: 内 closes the frame 在…内; a count's own 内设 noun stays.
    let s = "各部门收到申请后，应在3个工作日内完成移送。";
    assert_eq!(label_of(s, "3个工作日"), "完成移送");
    assert!(!label_of("机构改革后保留12个内设机构。", "12个").starts_with('设'));
}

#[test]
#[cfg(feature = "fine-labels")]
fn an_outcome_verb_after_a_counted_noun_ends_its_label() {
    // Work reports: a count, its noun, then what became of them (入选, 上榜, 签署, 落地, 受到 …):
    // the label is the noun, as with 发放 or 完成; a noun compound holding another verb stays.
    let s = "全年有18家企业入选省级制造业单项冠军名单，6个项目签署合作协议。";
    assert_eq!(label_of(s, "18家"), "企业");
    assert_eq!(label_of(s, "6个"), "项目");
    assert_eq!(
        label_of("年内共有35个招商项目落地投产。", "35个"),
        "招商项目"
    );
    assert_eq!(
        label_of("去年全县5项改革经验受到省政府通报表扬。", "5项"),
        "改革经验"
    );
    assert_eq!(label_of("另有9个乡镇有望提前达标。", "9个"), "乡镇");
    assert_eq!(label_of("新建4座污水处理厂。", "4座"), "污水处理厂");
}

#[test]
#[cfg(feature = "fine-labels")]
fn jiben_before_the_verb_is_no_part_of_the_noun() {
    // `N项X基本完成`: 基本 (mostly) is the adverb of the verb the label ends before.
    assert_eq!(
        label_of("年初确定的30项重点工作基本完成。", "30项"),
        "重点工作"
    );
    assert_eq!(
        label_of("全县新增2300名基本医疗保险参保人员。", "2300名"),
        "基本医疗保险参保人员"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_frame_after_the_counted_noun_is_no_part_of_it() {
    // 以…为重点 gives the counted things a role; 等一批 closes a list of which the figure
    // measures the last item. Neither belongs to the noun; a 为 inside a noun stays.
    assert_eq!(
        label_of("以6个产业园区为依托，发展新兴产业。", "6个"),
        "产业园区"
    );
    assert_eq!(label_of("以4条主干道为重点开展整治。", "4条"), "主干道");
    assert_eq!(
        label_of("投产了年产8万吨饲料等一系列项目。", "8万吨"),
        "饲料"
    );
    assert_eq!(label_of("建成12家为民服务站。", "12家"), "为民服务站");
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_locative_zai_after_the_counted_noun_opens_its_predicate() {
    // `N家X在Y做Z`: 在 and its place belong to the predicate; 在 inside a noun (在建, 在线),
    // of a word (存在) or after a verb it completes (放在) stays.
    assert_eq!(
        label_of("去年有6家外资银行在本市设立分行。", "6家"),
        "外资银行"
    );
    assert_eq!(
        label_of("今年续建23个市重点在建项目。", "23个"),
        "市重点在建项目"
    );
    assert_eq!(label_of("全县培育5家在线零售平台。", "5家"), "在线零售平台");
    assert!(label_of("要把4项任务放在突出位置。", "4项").starts_with("任务"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_verb_of_change_after_the_counted_noun_opens_its_predicate() {
    // `N项X压缩Y至Z`: the change belongs to the predicate, and the figure it leads to keeps
    // the measure it changes, not the bare 至.
    let s = "全年有15个审批事项缩短办理时限至3个工作日。";
    assert_eq!(label_of(s, "15个"), "审批事项");
    assert!(label_of(s, "3个工作日").ends_with("办理时限"));
    assert_eq!(label_of("6家医院降低门诊收费。", "6家"), "医院");
    // A 至 left at a label's end goes when its noun is too short to part from the verb.
    assert_eq!(
        label_of("首次登记压缩至3天，变更登记至1天。", "1天"),
        "变更登记"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn basis_figures_of_several_measures_take_their_measures() {
    // `受理A件B人，相较去年C件D人`: each figure of the basis is the earlier value of the
    // measure of its unit before the comparison.
    let s = "今年以来共调解纠纷45件涉及130人，相较去年60件210人有所下降。";
    assert_eq!(label_of(s, "60件"), label_of(s, "45件"));
    assert_eq!(label_of(s, "210人"), label_of(s, "130人"));
    assert!(!label_of(s, "210人").contains("下降"));
    // The same with the basis wrapped across a line, as PDF text has it.
    let s = "今年以来共调解纠纷45件涉及130人，相较去年60件\n210人有所下降。";
    assert_eq!(label_of(s, "210人"), label_of(s, "130人"));
}

#[test]
#[cfg(feature = "fine-labels")]
fn trips_doses_and_class_hours_are_counted() {
    assert_eq!(
        label_of("全年下乡走访农户35趟次。", "35趟次"),
        "下乡走访农户"
    );
    assert!(label_of("辖区累计接种疫苗8.6万剂次。", "8.6万剂次").ends_with("接种疫苗"));
    // After a numeral in words the trip is a slogan's.
    assert!(labelled("让群众最多跑一趟。").is_empty());
}

#[test]
#[cfg(feature = "fine-labels")]
fn slash_fractions_after_a_share_word_are_ratios() {
    let s = "该县粮食产量约占全市的1/4，林地面积超过2/3。";
    let found = indicators(s);
    let texts: Vec<&str> = found.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["1/4", "超过2/3"]);
    assert_eq!(found[0].kind, baogao::IndicatorKind::Ratio);
    assert_eq!(found[0].normalized.map(|d| d.to_f64()), Some(0.25));
    // A day, a page or a code written with a slash is no share.
    assert!(labelled("定于3/5召开会议，详见第2/3页，完成1/2/3号楼建设。").is_empty());
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_negated_relative_clause_after_a_count_is_its_noun() {
    // 未…的 before a noun modifies the noun the count counts; without 的 the 未 opens the
    // predicate of the counted noun before it.
    assert_eq!(
        label_of("督查组约谈了6家未按时整改的企业。", "6家"),
        "未按时整改的企业"
    );
    assert_eq!(label_of("检查发现3家企业未按时整改。", "3家"), "企业");
}

#[test]
#[cfg(feature = "fine-labels")]
fn an_ordinal_determiner_before_an_amount_leaves_its_verb_last() {
    assert_eq!(
        label_of("区政府成功发行首笔3亿元绿色债券。", "3亿元"),
        "绿色债券"
    );
    assert_eq!(
        label_of("年内拨付第三批800万元救灾补助资金。", "800万元"),
        "救灾补助资金"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn set_phrases_of_collective_action_end_the_counted_people() {
    assert_eq!(
        label_of("全县50万干部群众众志成城、共克时艰。", "50万"),
        "干部群众"
    );
    assert_eq!(
        label_of("1200名医务人员日夜奋战在抗疫一线。", "1200名"),
        "医务人员"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_figure_in_brackets_after_a_noun_glosses_that_noun() {
    assert_eq!(
        label_of("全市规上工业企业（126家）全部实现盈利。", "126家"),
        "全市规上工业企业"
    );
    assert_eq!(
        label_of("一般公共预算收入占比（68.5%）居全市第一。", "68.5%"),
        "一般公共预算收入占比"
    );
}

#[test]
#[cfg(feature = "fine-labels")]
fn a_conjunction_of_contrast_opens_no_label() {
    assert_eq!(label_of("但民间投资占比下降到40%。", "40%"), "民间投资占比");
}

#[test]
#[cfg(feature = "fine-labels")]
fn the_adverb_ji_before_the_linking_verb_ends_no_label() {
    assert_eq!(
        label_of("首条推文阅读量即达5万次。", "5万次"),
        "首条推文阅读量"
    );
}

/// A change from one bare number to another (`由86.5提高到91.2`) measures something in its own
/// terms (a score, a multiple): the from–to frame makes it a figure whatever its noun.
#[test]
#[cfg(feature = "fine-labels")]
fn a_change_between_bare_numbers_is_a_figure() {
    assert_eq!(
        from_to("游客满意度由86.5提高到91.2，两地房价倍差从3.2缩小至2.8。"),
        [
            pair(
                "由86.5提高到91.2",
                "游客满意度",
                "86.5",
                "91.2",
                Direction::Up
            ),
            pair(
                "从3.2缩小至2.8",
                "两地房价倍差",
                "3.2",
                "2.8",
                Direction::Down
            ),
        ]
    );
    // Bare numbers without a verb of change between them stay out.
    assert!(indicators("按从1到3的顺序逐项核对，详见表3。").is_empty());
}

/// A count followed by a grade of what it counts (`220千伏`, `10亿元级`, figures with units that are
/// no indicators) labels the graded noun, not the verb before the count; a number with no unit
/// there is a figure of its own.
#[test]
#[cfg(feature = "fine-labels")]
fn a_count_before_a_graded_noun_labels_the_noun() {
    assert_eq!(
        labelled("今年新建8座110千伏变电站，培育5家百亿元级企业和2家50亿元级企业。"),
        [
            ("8座".to_string(), "110千伏变电站".to_string()),
            ("5家".to_string(), "百亿元级企业".to_string()),
            ("2家".to_string(), "50亿元级企业".to_string()),
        ]
    );
}

/// An adverb of manner before the linking verb (`稳步达到`, `逐步扩大到`) is the predicate's: the
/// second figure of a subject keeps the subject, not the adverb.
#[test]
#[cfg(feature = "fine-labels")]
fn an_adverb_before_the_link_is_no_label() {
    assert_eq!(
        label_of("全县地方财政收入增加5亿元，稳步达到42亿元。", "42亿元"),
        "全县地方财政收入"
    );
    assert_eq!(
        label_of("新能源装机容量逐步提高到300万千瓦。", "300万千瓦"),
        "新能源装机容量"
    );
}

/// Milestones a figure passed (`跨越1万亿、2万亿两个大台阶`): the count that restates them is no
/// figure, names nothing, and leaves the figures (and the change after them) their subject.
#[test]
#[cfg(feature = "fine-labels")]
fn milestones_counted_again_leave_the_subject() {
    let s = "全市工业总产值连续跨越5000亿、6000亿两个大台阶，年均增长7%。";
    assert_eq!(
        labelled(s),
        [
            ("跨越5000亿".to_string(), "全市工业总产值".to_string()),
            ("6000亿".to_string(), "全市工业总产值".to_string()),
            ("7%".to_string(), "全市工业总产值".to_string()),
        ]
    );
    assert_eq!(
        labelled("全市工业总产值跨越6000亿大台阶。"),
        [("跨越6000亿".to_string(), "全市工业总产值".to_string())]
    );
}

/// The base of a change is a level of its own sentence, in its measure when the change is an
/// amount; the whole a share is of (`完成年初预算…的104%`) is no level, so the clauses after it
/// keep the sentence's subject.
#[test]
#[cfg(feature = "fine-labels")]
fn a_change_is_based_on_a_level_of_its_sentence_and_measure() {
    let s = "全区新增城镇就业6200人，建成口袋公园12个。文化、体育支出分别增长7%、9%。";
    let found = indicators(s);
    let bases: Vec<_> = found.iter().map(|i| (i.text.as_str(), i.base)).collect();
    assert_eq!(
        bases,
        [("6200人", None), ("12个", None), ("7%", None), ("9%", None)]
    );
    let s = "全区税收收入8.6亿元，完成年初预算8亿元的107.5%，比上年增加0.6亿元，增幅7.5%。";
    let found = indicators(s);
    let got: Vec<_> = found
        .iter()
        .map(|i| {
            (
                i.text.as_str(),
                i.label.as_str(),
                i.base.map(|b| found[b].text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("8.6亿元", "全区税收收入", None),
            ("8亿元", "年初预算", None),
            ("107.5%", "全区税收收入", None),
            ("0.6亿元", "全区税收收入", Some("8.6亿元")),
            ("7.5%", "全区税收收入增幅", None),
        ]
    );
    // A rate changed in per cent, written so, keeps the rate as its base.
    let found = indicators("全县普惠性幼儿园覆盖率88%，较上年提高2.5%。");
    assert_eq!(found[1].base, Some(0));
}

/// Words that open with the character of a function word but are words of their own (近亲属,
/// 共济, 和美乡村) keep it; an adverb of extent after a length (`全线贯通`) is no noun, so the noun
/// before the length labels it; an adverb of outcome ends a count's noun (`实事圆满办结`).
#[test]
#[cfg(feature = "fine-labels")]
fn function_characters_inside_words_and_adverbs_of_extent() {
    assert_eq!(
        labelled("为3.2万名近亲属办理共济，共济金额1.6亿元，和美乡村覆盖率达60%。"),
        [
            ("3.2万名".to_string(), "近亲属".to_string()),
            ("1.6亿元".to_string(), "共济金额".to_string()),
            ("60%".to_string(), "和美乡村覆盖率".to_string()),
        ]
    );
    assert_eq!(label_of("环湖绿道86公里全线贯通。", "86公里"), "环湖绿道");
    assert_eq!(label_of("全年12件民生实事圆满办结。", "12件"), "民生实事");
}

/// Words before a 、 that hold a predicate after their noun (实现…, an adverb before a verb) are a
/// clause of their own: the figure after the 、 is labelled by its own words, not by the two
/// clauses as a list. A list of nouns before the figure still counts whole.
#[test]
#[cfg(feature = "fine-labels")]
fn a_clause_before_the_list_comma_is_no_list_item() {
    assert_eq!(
        label_of("全市12个园区实现集中供热、费用下降15%。", "15%"),
        "费用"
    );
    assert_eq!(
        label_of("长期护理保险制度全面推行、参保320万人。", "320万人"),
        "参保"
    );
    assert_eq!(
        label_of("全年政策文件、办事指南等信息85条。", "85条"),
        "政策文件、办事指南等信息"
    );
}

/// Tenth reading: measure words of thanks (封, 面; not after a numeral in words: 一面…一面), a
/// slash fraction after the whole it is a share of or before a bound (tenths too), the base an
/// index is stated against in brackets (`（以上年为100）`) and the report's own contents are no
/// figures, and a share kept as a level (`稳定在全省…`) continues the clause before.
#[test]
#[cfg(feature = "fine-labels")]
fn shares_of_a_whole_bracketed_bases_and_letters_of_thanks() {
    assert_eq!(
        labelled("全年感谢信15封、锦旗6面，一面抓整改，一面抓服务。"),
        [
            ("15封".to_string(), "感谢信".to_string()),
            ("6面".to_string(), "锦旗".to_string()),
        ]
    );
    let f = indicators("茶叶出口额占全省2/5以上，高校毕业生就业人数超12万人、稳定在全省1/10以上。");
    let got: Vec<_> = f
        .iter()
        .map(|i| (i.text.as_str(), i.label.as_str(), i.value.to_string()))
        .collect();
    assert_eq!(got[0].0, "2/5");
    assert_eq!(got[0].2, "0.4");
    assert_eq!(got[2], ("1/10", "高校毕业生就业人数", "0.1".to_string()));
    // A day written with a slash stays out.
    assert!(indicators("会议定于3/10召开。").is_empty());
    let f = indicators(
        "全市农产品价格指数（以上年为100）为103.4，户籍人口性别比为104.6（以女性为100）。",
    );
    let got: Vec<_> = f
        .iter()
        .map(|i| (i.label.as_str(), i.value.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            ("全市农产品价格指数", "103.4".to_string()),
            ("户籍人口性别比", "104.6".to_string()),
        ]
    );
    assert!(indicators("本报告包括工作概况、主要做法、存在问题等四项内容。").is_empty());
}

/// The clauses after a count of milestones passed (`迈上2个千亿元台阶`) continue the measure that
/// passed them, not the steps.
#[test]
#[cfg(feature = "fine-labels")]
fn clauses_after_a_count_of_milestones_continue_the_measure() {
    assert_eq!(
        labelled("全县财政总收入接连跨越2个百亿元台阶、达到236亿元、年均增长9%。"),
        [
            ("2个".to_string(), "百亿元台阶".to_string()),
            ("236亿元".to_string(), "全县财政总收入".to_string()),
            ("9%".to_string(), "全县财政总收入".to_string()),
        ]
    );
}

/// 甚至 (`even`) before a verb is an adverb the label does without; its 至 is no half of a verb of
/// change (`压缩至`), which once cut a character of the noun (部分事项甚至压缩到 → 部分事).
#[test]
#[cfg(feature = "fine-labels")]
fn the_adverb_shenzhi_is_no_verb_of_change() {
    assert_eq!(
        labelled("审批时限平均压缩40%，部分事项甚至压缩到20%。"),
        [
            ("40%".to_string(), "审批时限".to_string()),
            ("20%".to_string(), "部分事项".to_string()),
        ]
    );
    assert_eq!(label_of("个别乡镇甚至达到90%。", "90%"), "个别乡镇");
}

/// A count of categories, then of kinds, then a total: all three are the stock's named before
/// them (`储备防汛物资`), not the kinds'; people after a count of places are not the places'.
#[test]
#[cfg(feature = "fine-labels")]
fn counts_after_a_count_of_kinds_or_places_are_the_subjects() {
    assert_eq!(
        labelled("全年储备防汛物资4大类35个品种共12000余件。"),
        [
            ("4大类".to_string(), "储备防汛物资".to_string()),
            ("35个".to_string(), "品种".to_string()),
            ("12000余件".to_string(), "储备防汛物资".to_string()),
        ]
    );
    assert_eq!(
        labelled("组织各类培训活动12场次，涉及5个乡镇86人。"),
        [
            ("12场次".to_string(), "各类培训活动".to_string()),
            ("5个".to_string(), "乡镇".to_string()),
            ("86人".to_string(), "各类培训活动".to_string()),
        ]
    );
    // A verb alone before the first count names no stock: the kinds' noun stays; and a count
    // in a measure of the noun (亩 of the projects) stays the noun's.
    assert_eq!(label_of("梳理3大类28个品种。", "3大类"), "品种");
    assert_eq!(
        label_of("跟踪指导70个建设项目3478亩。", "3478亩"),
        "建设项目"
    );
    assert_eq!(
        label_of("已归集5类行政管理数据2104条。", "2104条"),
        "行政管理数据"
    );
}

/// 党的 opens a set phrase (`党的二十大精神`): the label of a count of study sessions is not cut
/// after it, as after the 的 of an owner (`全局的重点工作`); 入党的 is a relative clause.
#[test]
#[cfg(feature = "fine-labels")]
fn the_party_phrase_is_no_owner_before_a_head_noun() {
    assert_eq!(
        label_of("召开党组会专题学习党的二十大精神6次。", "6次"),
        "党组会专题学习党的二十大精神"
    );
    assert_eq!(label_of("新入党的党员12名。", "12名"), "党员");
}

/// Function words a label never ends with: 的 after a counted noun before a second figure
/// (`11个项目的63.5亿元`), a preposition before the predicate (`5个平台对存在…的问题`), the adverb
/// 基本 after a noun of one character (`766个村基本完成`), the modal 要 after 比重 (not the word
/// 重要), 或 between two linking verbs (`接近或达到`); 参与 is a word, not 参 and the conjunction 与.
#[test]
#[cfg(feature = "fine-labels")]
fn labels_end_with_no_function_word() {
    assert_eq!(
        label_of("抽查发现8户企业11个项目的63.5亿元未按规定使用。", "11个"),
        "项目"
    );
    assert_eq!(
        label_of("5个平台对存在违规挂牌的问题未予纠正。", "5个"),
        "平台"
    );
    assert_eq!(label_of("全县766个村基本完成改造任务。", "766个"), "村");
    assert_eq!(
        label_of("服务业增加值占全市生产总值的比重要达到55%以上。", "55%以上"),
        "服务业增加值占全市生产总值的比重"
    );
    assert_eq!(
        label_of("全市生产总值接近或达到1万亿元。", "1万亿元"),
        "全市生产总值"
    );
    assert_eq!(
        label_of("组织志愿服务活动56场次、参与972人次。", "972人次"),
        "参与"
    );
}

/// A range whose two ends each carry their multiplier, the unit written after the second
/// (`1万—2万元`, `5千至8千元`), is one range in the first end's scale.
#[test]
#[cfg(feature = "fine-labels")]
fn a_range_with_a_multiplier_on_each_end_is_one_range() {
    for (s, low, high) in [
        ("每户补助标准为1万—2万元。", "10000", "20000"),
        ("每人奖励5千至8千元不等。", "5000", "8000"),
    ] {
        let f = indicators(s);
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        assert_eq!(f[0].kind, IndicatorKind::Range, "{s}");
        assert_eq!(f[0].unit.as_deref(), Some("元"), "{s}");
        assert_eq!(
            (
                f[0].low.unwrap().to_string(),
                f[0].high.unwrap().to_string()
            ),
            (low.to_string(), high.to_string()),
            "{s}"
        );
    }
}

/// 分别 over items after a scope (`全市城镇、农村居民…`): the scope is every item's and the
/// labels leave it out, so the first item is as short as the others and shares the head.
#[test]
#[cfg(feature = "fine-labels")]
fn fenbie_items_after_a_scope_share_the_head() {
    assert_eq!(
        labelled("全县小麦、玉米、水稻播种面积分别为12万亩、8万亩和3万亩。"),
        [
            ("12万亩".to_string(), "小麦播种面积".to_string()),
            ("8万亩".to_string(), "玉米播种面积".to_string()),
            ("3万亩".to_string(), "水稻播种面积".to_string()),
        ]
    );
}

/// A change after an aside in brackets that lists the level's parts changes the level, not the
/// last part; a total after a list of figures counts the whole list.
#[test]
#[cfg(feature = "fine-labels")]
fn a_change_after_an_aside_and_a_total_after_a_list() {
    let f = indicators("全市共有星级酒店56家（其中五星级4家、四星级18家），比上年增加9家。");
    let change = f.iter().find(|i| i.text == "9家").unwrap();
    assert_eq!(change.label, "星级酒店");
    assert_eq!(change.base, Some(0));
    assert_eq!(
        label_of("查处食品案件86件、药品案件32件，总计118件。", "118件"),
        "查处食品案件、药品案件"
    );
}

/// Measure words of relief goods, fish fry, stored energy and research labour are units
/// (`帐篷1200顶`, `棉被8000床`, `鱼苗260万尾`, `60兆瓦时`, `86人年`); 折叠 opens a word.
#[test]
#[cfg(feature = "fine-labels")]
fn measure_words_of_goods_energy_and_labour() {
    let got: Vec<(String, String, Option<String>)> =
        indicators("发放帐篷1200顶、棉被8000床、折叠床600张，投放鱼苗260万尾，新增储能60兆瓦时。")
            .into_iter()
            .map(|i| (i.text.into(), i.label.into(), i.unit.map(Into::into)))
            .collect();
    let want = [
        ("1200顶", "帐篷", "顶"),
        ("8000床", "棉被", "床"),
        ("600张", "折叠床", "张"),
        ("260万尾", "投放鱼苗", "尾"),
        ("60兆瓦时", "新增储能", "兆瓦时"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((t, l, u), (wt, wl, wu)) in got.iter().zip(want) {
        assert_eq!((t.as_str(), l.as_str(), u.as_deref()), (wt, wl, Some(wu)));
    }
}

/// A count of one at the head of its clause is the subject that did something
/// (`，1个单位违规发放…86.4万元`), not the "one" of a rate (`关闭1处煤矿奖励500万元`), unless a
/// unit is defined by what it equals (`1个单位配额相当于1吨…`).
#[test]
#[cfg(feature = "fine-labels")]
fn a_count_of_one_heading_its_clause_is_a_count() {
    let got = labelled("2个单位超标准配备公务用车5辆，1个单位违规发放津贴补贴86.4万元。");
    assert!(
        got.contains(&("1个".to_string(), "单位".to_string())),
        "{got:?}"
    );
    assert!(labelled("关闭1处煤矿奖励县政府500万元。")
        .iter()
        .all(|(t, _)| t != "1处"));
    assert!(labelled("1个单位碳排放配额相当于排放1吨二氧化碳。")
        .iter()
        .all(|(t, _)| t != "1个"));
}

/// A numeral inside the name of a kind of vehicle (`三轮汽车`) counts nothing; a count of a
/// list's items before its total (`，两项合计165份`) counts no indicator, and the total is the
/// list's. A count of items that are the amount's (`完成3项共计120万元的采购`) stays.
#[test]
#[cfg(feature = "fine-labels")]
fn vehicle_kinds_and_counts_of_a_lists_items() {
    assert_eq!(
        labelled("全市共有三轮汽车和低速货车2.1万辆。"),
        [("2.1万辆".to_string(), "三轮汽车和低速货车".to_string())]
    );
    let got = labelled("作出行政许可决定书120份、处罚决定书45份，两项合计165份。");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1, "作出行政许可决定书、处罚决定书");
    assert!(labelled("完成3项共计120万元的采购。")
        .iter()
        .any(|(t, _)| t == "3项"));
}

/// A rate whose words before it name only its denominator (`按每亩`, `每期`) is labelled by what
/// is paid at that standard (`的标准发放补贴` → 补贴标准) or by the clause's subject; 户均 is a
/// word (`户均1843元`), not 户 and the adverb 均.
#[test]
#[cfg(feature = "fine-labels")]
fn a_rate_is_named_by_what_is_paid_not_by_its_denominator() {
    assert_eq!(
        label_of("按每亩200元的标准发放补贴，惠及农户3.6万户。", "200元"),
        "补贴标准"
    );
    assert_eq!(
        label_of("按每人每月500元的标准发放生活补助。", "500元"),
        "生活补助标准"
    );
    assert_eq!(
        label_of("全年发放补贴资金2.36亿元，户均1843元。", "1843元"),
        "户均"
    );
    assert_eq!(
        label_of("政府公报全年发行12期，每期1200份。", "1200份"),
        label_of("政府公报全年发行12期，每期1200份。", "12期")
    );
}

/// A fall to 零 is a from–to whose "to" figure is 0 in the "from" figure's unit (`由3起减少为零`);
/// 零 starting a word (零售, 零增长) stays no figure.
#[test]
#[cfg(feature = "fine-labels")]
fn a_fall_to_zero_is_a_from_to() {
    let s = "全镇安全事故由上年的5起减少为零，零售网点增加到12个。";
    let found = indicators(s);
    assert_eq!(found.len(), 2, "{:?}", labelled(s));
    let zero = &found[0];
    assert_eq!(zero.label, "全镇安全事故");
    assert_eq!(zero.value.to_string(), "0");
    assert_eq!(zero.unit.as_deref(), Some("起"));
    assert_eq!(zero.kind, IndicatorKind::Change);
    assert_eq!(zero.direction, Some(Direction::Down));
    assert_eq!(zero.from.map(|d| d.to_string()).as_deref(), Some("5"));
    assert_eq!(zero.text, "由上年的5起减少为零");
    assert!(indicators("实现零增长，推行零跑腿服务。").is_empty());
}

/// A verb of change before its object takes a percent as the object's change (`降低企业物流成本
/// 8%`): the verb is no part of the label; a measure of the change (`增长幅度为`) is no object.
#[test]
#[cfg(feature = "fine-labels")]
fn a_verb_of_change_before_its_object() {
    let s = "通过集中采购，降低药品采购费用8%，压减一般性支出10%。";
    let found = indicators(s);
    assert_eq!(found.len(), 2, "{:?}", labelled(s));
    for (i, label) in [(0, "药品采购费用"), (1, "一般性支出")] {
        assert_eq!(found[i].label, label);
        assert_eq!(found[i].kind, IndicatorKind::Change);
        assert_eq!(found[i].direction, Some(Direction::Down));
    }
    let level = indicators("全县粮食增长幅度为6%。");
    assert_eq!(level[0].kind, IndicatorKind::Percent, "{level:?}");
}

/// A part counted of a set named before it (`N所X中，有M所…`, `其中M家…`) is of the set's noun,
/// however long the predicate that follows the part's measure word.
#[test]
#[cfg(feature = "fine-labels")]
fn a_part_of_a_set_is_named_by_the_set_not_by_its_predicate() {
    assert_eq!(
        label_of(
            "抽查的40家养老机构中，有9家存在消防设施维护保养记录不全问题。",
            "9家"
        ),
        "养老机构"
    );
    assert_eq!(
        label_of(
            "全县共有农贸市场15个，其中6个完成标准化升级改造并通过验收。",
            "6个"
        ),
        "农贸市场"
    );
    // A negated predicate after the part names nothing counted either.
    assert_eq!(
        label_of("抽查的120户救助对象中，有7户不再符合救助条件。", "7户"),
        "救助对象"
    );
}

/// Linear metres (`延米`) are a unit; a score stated as a bare number (`满意度为96.3`, `综合评分
/// 88.5`) is read in its own terms, as an index is.
#[test]
#[cfg(feature = "fine-labels")]
fn linear_metres_and_bare_scores() {
    let got: Vec<(String, String, Option<String>, IndicatorKind)> = indicators(
        "全年清理边沟3600延米，新建挡土墙420延米；群众满意度为96.3，年度考核综合评分88.5。",
    )
    .into_iter()
    .map(|i| {
        (
            i.text.into(),
            i.label.into(),
            i.unit.map(Into::into),
            i.kind,
        )
    })
    .collect();
    let want = [
        ("3600延米", "清理边沟", Some("延米"), IndicatorKind::Count),
        ("420延米", "新建挡土墙", Some("延米"), IndicatorKind::Count),
        ("96.3", "群众满意度", None, IndicatorKind::Ratio),
        ("88.5", "年度考核综合评分", None, IndicatorKind::Ratio),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((t, l, u, k), (wt, wl, wu, wk)) in got.iter().zip(want) {
        assert_eq!((t.as_str(), l.as_str(), u.as_deref(), *k), (wt, wl, wu, wk));
    }
}

/// A coordinate abbreviation written with 、 between its characters (`城、乡居民`) distributes as
/// the abbreviation does (城镇…, 农村…), not into non-words (城居民, 乡居民).
#[test]
#[cfg(feature = "fine-labels")]
fn an_abbreviation_split_by_a_list_mark_distributes_as_the_abbreviation() {
    let s = "城、乡居民人均消费支出分别为18020元和11235元。";
    let labels: Vec<String> = indicators(s).into_iter().map(|i| i.label.into()).collect();
    assert_eq!(labels, ["城镇居民人均消费支出", "农村居民人均消费支出"]);
}

/// 全部 before a bound is the predicate's "all of them", as 均 is: the label is the measure; the
/// 均 of a per-unit average (亩均, 户均) is no adverb that ends the words after a count.
#[test]
#[cfg(feature = "fine-labels")]
fn quanbu_is_no_label() {
    assert_eq!(
        label_of("全县工业园区亩均税收全部超过15万元。", "超过15万元"),
        "全县工业园区亩均税收"
    );
    assert_eq!(
        label_of("全县12个乡镇卫生院业务收入全部超过500万元。", "超过500万元"),
        "乡镇卫生院业务收入"
    );
    assert!(label_of("辖区内3个工业园区的亩均税收超过15万元。", "3个").ends_with("亩均税收"));
}

/// A from–to whose "to" figure follows a period's end named without its year (`增加到年末的`,
/// `下降到期末`) is one indicator, as with the year (`增长到2025年的`).
#[test]
#[cfg(feature = "fine-labels")]
fn a_from_to_ending_at_the_periods_end() {
    let s = "全市实有市场主体由年初的8.2万户增加到年末的9.1万户。";
    let found = indicators(s);
    assert_eq!(found.len(), 1, "{:?}", labelled(s));
    assert_eq!(found[0].label, "全市实有市场主体");
    assert_eq!(found[0].value.to_string(), "9.1");
    assert_eq!(
        found[0].from.map(|d| d.to_string()).as_deref(),
        Some("82000")
    );
    assert_eq!(found[0].direction, Some(Direction::Up));
}

/// 将 right before an amount of money marks it as the disposal's object, as 把 does: the kind of
/// money after the amount names it (not the subject before 将, nor the verb phrase after it).
#[test]
#[cfg(feature = "fine-labels")]
fn an_amount_after_jiang_is_named_by_the_money_after_it() {
    assert_eq!(
        label_of("县卫健局将860万元医疗救助资金拨付给未签约机构。", "860万元"),
        "医疗救助资金"
    );
    assert_eq!(
        label_of("擅自将1200万元征地补偿款出借给企业。", "1200万元"),
        "征地补偿款"
    );
}

/// 分别 after a list of bases (`增速较一季度、上半年分别加快…`) distributes the bases: each change
/// is of the measure before 较, against its own basis.
#[test]
#[cfg(feature = "fine-labels")]
fn fenbie_after_a_list_of_bases_distributes_the_bases() {
    let s = "全年税收收入增长6.1%，增速比一季度、上半年和前三季度分别提高2.3、1.4和0.6个百分点。";
    let got: Vec<(String, Option<String>)> = indicators(s)
        .into_iter()
        .skip(1)
        .map(|i| (i.label.into(), i.basis.map(|b| b.into_owned())))
        .collect();
    let want: Vec<(String, Option<String>)> = ["比一季度", "比上半年", "比前三季度"]
        .iter()
        .map(|b| ("增速".to_string(), Some(b.to_string())))
        .collect();
    assert_eq!(got, want);
}

/// A measure given for each part of a partition named after it (`…系数城镇为A，农村为B`) labels
/// each figure with its part before the measure.
#[test]
#[cfg(feature = "fine-labels")]
fn parts_of_a_partition_named_after_the_measure() {
    let labels =
        |s: &str| -> Vec<String> { indicators(s).into_iter().map(|i| i.label.into()).collect() };
    assert_eq!(
        labels("全县人均住房建筑面积城镇为38.6平方米，农村为45.2平方米。"),
        ["全县城镇人均住房建筑面积", "全县农村人均住房建筑面积"]
    );
    assert_eq!(
        labels("居民家庭恩格尔系数城市为28.1%，乡村为31.4%。"),
        ["城市居民家庭恩格尔系数", "乡村居民家庭恩格尔系数"]
    );
}

/// A bare number that changes a measure stated in its own terms in the clause before
/// (`收入比为2.51，比上年缩小0.06`), or is one of its parts (`指数为101.2，其中城市101.0`), is that
/// measure's figure, not a stray number.
#[test]
#[cfg(feature = "fine-labels")]
fn bare_figures_continuing_a_measure_in_its_own_terms() {
    let got: Vec<(String, IndicatorKind)> =
        indicators("全县城乡居民收入比为2.51，比上年缩小0.06。商品零售价格指数为101.2，其中城市101.0，农村101.5。")
            .into_iter()
            .map(|i| (i.text.into(), i.kind))
            .collect();
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["2.51", "0.06", "101.2", "101.0", "101.5"]);
    assert_eq!(got[1].1, IndicatorKind::Change);
    // An ASCII comma before the clause (its one byte was taken for three, and the slice fell
    // inside the next character: the fuzz corpus's replay found it).
    let found = indicators("收入比为2.51,局里比上年缩小0.06。");
    assert_eq!(found.len(), 2);
}

/// After 涉及, a count names the units a finding involves; the figure right after its noun in
/// another measure is the finding's amount, named by the finding the clause before states.
#[test]
#[cfg(feature = "fine-labels")]
fn an_amount_after_the_units_a_finding_involves() {
    assert_eq!(
        label_of("超标准配备办公用房，涉及4个单位320平方米。", "320平方米"),
        "超标准配备办公用房"
    );
    assert_eq!(
        label_of("超标准配备办公用房，涉及4个单位320平方米。", "4个"),
        "单位"
    );
}

/// 次 before 数据 / 数字 is the measure word; 数 opens the noun (`每月开展2次数据核对`).
#[test]
#[cfg(feature = "fine-labels")]
fn ci_before_a_word_opening_with_shu_is_the_unit() {
    let found = indicators("每半年开展2次数据核对，完成3次数字化巡检。");
    let got: Vec<(&str, &str, Option<&str>)> = found
        .iter()
        .map(|i| (i.text.as_str(), i.label.as_str(), i.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("2次", "数据核对", Some("次")),
            ("3次", "数字化巡检", Some("次"))
        ]
    );
}

/// A negative figure after a verb of change turns it: `增长-1.8%` is a fall, as the gold of the
/// devset's 统计公报 reads it.
#[test]
#[cfg(feature = "fine-labels")]
fn a_negative_growth_is_a_fall() {
    let found = indicators("全年进口额5.2亿元，增长-1.8%；出口额比上年增长3.4%。");
    let fall = found.iter().find(|i| i.text == "-1.8%").unwrap();
    assert_eq!(fall.direction, Some(Direction::Down));
    assert_eq!(fall.value.to_f64(), -1.8);
    let rise = found.iter().find(|i| i.text == "3.4%").unwrap();
    assert_eq!(rise.direction, Some(Direction::Up));
}

/// 累计 inside a fund's stock (`基金累计结余`) is part of the noun; before a verb it is the
/// adverb, which the label drops.
#[test]
#[cfg(feature = "fine-labels")]
fn leiji_of_a_funds_stock_stays_in_the_noun() {
    assert_eq!(
        label_of("全市工伤保险基金累计结余2.7亿元。", "2.7亿元"),
        "全市工伤保险基金累计结余"
    );
}

/// A sentence that breaks a figure down (`分季度看，一季度增长…`) or gives only the periods of
/// a change names no subject: the changes go on with the measure of the sentence before.
#[test]
#[cfg(feature = "fine-labels")]
fn a_breakdown_by_period_goes_on_with_the_measure_before() {
    let text = "全县规模以上工业增加值增长6.2%。分季度看，一季度增长5.1%、上半年增长5.8%。";
    assert_eq!(
        labels(text),
        [
            "全县规模以上工业增加值",
            "全县规模以上工业增加值",
            "全县规模以上工业增加值"
        ]
    );
    // the frame opening the next paragraph
    let text = "全县社会消费品零售总额增长4.3%。\n分月份看，12月份增长5.0%。";
    assert_eq!(labels(text)[1], "全县社会消费品零售总额");
    // a sentence with a subject of its own keeps it
    let text = "全县税收收入增长3.1%。分行业看，建筑业税收增长2.2%。";
    assert_eq!(labels(text)[1], "建筑业税收");
}

/// A target given in brackets before a gap (`低于年度目标（5%左右）0.4个百分点`) is an aside: the
/// gap is still the measure's, a fall against the target, as it is without the brackets.
#[test]
#[cfg(feature = "fine-labels")]
fn a_bracketed_target_before_a_gap_is_an_aside() {
    let with = "全区固定资产投资增长4.6%，低于年度目标（5%左右）0.4个百分点。";
    let found = indicators(with);
    let gap = found.iter().find(|i| i.text == "0.4个百分点").unwrap();
    assert_eq!(gap.label, "全区固定资产投资");
    assert_eq!(gap.direction, Some(Direction::Down));
    assert!(found.iter().any(|i| i.text == "5%左右"));
}

/// A from figure named by its measure after 由 (`由均价…`), and a from–to with no 由 whose from
/// figure counts the noun right after it (`46项…精简为18项`): one indicator each.
#[test]
#[cfg(feature = "fine-labels")]
fn from_figures_after_an_average_word_or_before_their_noun() {
    let d = |s: &str| s.parse::<baogao::Decimal>().unwrap();
    let all = indicators("一次性耗材由均价1.8万元降至6000元左右。");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        (all[0].from, all[0].to),
        (Some(d("18000")), Some(d("6000")))
    );
    assert_eq!(all[0].label, "一次性耗材");
    let all = indicators("全市52项证明材料精简为20项。");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!((all[0].from, all[0].to), (Some(d("52")), Some(d("20"))));
    assert_eq!(all[0].label, "证明材料");
    // different measure words: two figures
    assert_eq!(indicators("全市52家企业精简为20项流程。").len(), 2);
}

/// A measure stated as nil (`执行率为零`) is a figure 0; a span of time in words after 超过 or
/// 逾, as a finding (`闲置超过两年`, `逾一年未收回`), is a figure, as in digits.
#[test]
#[cfg(feature = "fine-labels")]
fn nil_measures_and_spans_of_time_in_words() {
    let all = indicators("全年较大事故起数为零。");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!((all[0].text.as_str(), all[0].value.to_f64()), ("零", 0.0));
    assert_eq!(all[0].label, "较大事故起数");
    let all = indicators("3台设备闲置超过两年，1笔借款逾一年未收回。");
    let got: Vec<(&str, Option<&str>)> = all
        .iter()
        .map(|i| (i.text.as_str(), i.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("3台", Some("台")),
            ("超过两年", Some("年")),
            ("1笔", Some("笔")),
            ("逾一年", Some("年"))
        ]
    );
    // a span of time that frames the statement stays none
    assert!(indicators("超过两年来，全县新建学校。").is_empty());
}

/// 平均 after a counted noun opens an average, a measure of its own: the count's noun ends
/// before it and the average keeps its whole word (before, 平 went to the count and the rate
/// opened with 均).
#[test]
#[cfg(feature = "fine-labels")]
fn pingjun_after_a_counted_noun_opens_the_average() {
    let all = labelled("全市8座垃圾焚烧厂平均负荷率为78.5%。");
    assert_eq!(
        all,
        [
            ("8座".to_string(), "垃圾焚烧厂".to_string()),
            ("78.5%".to_string(), "平均负荷率".to_string())
        ]
    );
}

/// An adverb between an amount and 用于 (`专门用于`) is no label: the amount is named as it is
/// without it.
#[test]
#[cfg(feature = "fine-labels")]
fn an_adverb_before_yongyu_is_no_label() {
    assert_eq!(
        label_of("镇财政安排260万元专门用于河道清淤。", "260万元"),
        label_of("镇财政安排260万元用于河道清淤。", "260万元")
    );
}

/// A change of pace against a period (`增速比1—10月加快0.6个百分点`, `比前三季度放缓`): a change
/// of the growth rate, its basis the period (months joined by a dash included); a verb of pace
/// before a count takes it as its object (`加快30个事项…`), no change.
#[test]
#[cfg(feature = "fine-labels")]
fn a_change_of_pace_against_a_period() {
    let all = indicators(
        "全县工业投资增长5.2%，增速比1—10月加快0.4个百分点，比前三季度放缓0.3个百分点。",
    );
    let pace: Vec<(Option<&str>, Option<Direction>)> = all[1..]
        .iter()
        .map(|i| (i.basis.as_deref(), i.direction))
        .collect();
    assert_eq!(
        pace,
        [
            (Some("比1—10月"), Some(Direction::Up)),
            (Some("比前三季度"), Some(Direction::Down))
        ]
    );
    assert_eq!(all[1].label, "全县工业投资增速");
    let all = indicators("加快20个重点事项集成办理。");
    assert_eq!(all[0].kind, IndicatorKind::Count);
}

/// The modal of a forecast (`有望达到`) is no label: the forecast goes on with its subject.
#[test]
#[cfg(feature = "fine-labels")]
fn a_forecast_modal_is_no_label() {
    assert_eq!(
        labels("全县粮食产量将突破40万吨，到2030年有望达到45万吨。"),
        ["全县粮食产量", "全县粮食产量"]
    );
}

/// One or two characters in brackets after a noun name its other form (`服务站（点）`,
/// `示范村（社区）`): part of the label; a unit or a longer gloss in brackets is not.
#[test]
#[cfg(feature = "fine-labels")]
fn a_nouns_other_form_in_brackets_stays_in_the_label() {
    assert_eq!(
        label_of("全区建成养老服务站（点）42个。", "42个"),
        "全区建成养老服务站（点）"
    );
    assert_eq!(
        label_of("全区地区生产总值（GDP）312.6亿元。", "312.6亿元"),
        "全区地区生产总值"
    );
}

/// Units of noise, radiation dose and bandwidth; 等效 is a word, no list closed by 等.
#[test]
#[cfg(feature = "fine-labels")]
fn units_of_environmental_and_digital_reports() {
    let all = indicators("城区昼间等效声级平均值为53.2分贝，交通噪声66.1dB(A)，出口带宽1000Mbps。");
    let got: Vec<(&str, Option<&str>)> = all
        .iter()
        .map(|i| (i.label.as_str(), i.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("城区昼间等效声级平均值", Some("分贝")),
            ("交通噪声", Some("dB(A)")),
            ("出口带宽", Some("Mbps"))
        ]
    );
}

/// Figures as copies write them: thousands split by a full-width comma (`2，380元`), a whole
/// number wrapped inside its digits by PDF text (`资金35` / `40万元`; not a year ending a line),
/// days with a bound (`不少于20日`: a span of time, not a date).
#[test]
#[cfg(feature = "fine-labels")]
fn figures_as_copies_write_them() {
    let all = indicators("全年人均旅游消费2，380元，新增充电桩1，150个。");
    let got: Vec<(&str, f64)> = all
        .iter()
        .map(|i| (i.label.as_str(), i.value.to_f64()))
        .collect();
    assert_eq!(got, [("人均旅游消费", 2380.0), ("新增充电桩", 1150.0)]);
    let all =
        indicators("全年拨付农机购置补贴资金25\n60万元，惠及农户3100户。\n数读2025\n860亿元\n");
    let got: Vec<(&str, f64)> = all
        .iter()
        .map(|i| (i.text.as_str(), i.value.to_f64()))
        .collect();
    assert_eq!(
        got,
        [
            ("25\n60万元", 2560.0),
            ("3100户", 3100.0),
            ("860亿元", 860.0)
        ]
    );
    let all = indicators("规范性文件公开征求意见时间不少于20日。");
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].text.as_str(), all[0].unit.as_deref()),
        ("不少于20日", Some("日"))
    );
}

/// Words around a label that are not its words, or are: a decoration opening a WeChat list item
/// (`✅`), a quoted name holding 的, a noun that opens with a light verb (`建成区`), an adverb of
/// duration opening the predicate after a measured noun (`长期出租`).
#[test]
#[cfg(feature = "fine-labels")]
fn labels_keep_names_and_drop_layout() {
    assert_eq!(
        labels("✅新建口袋公园12个。\n🔹改造燃气管道85公里。"),
        ["新建口袋公园", "改造燃气管道"]
    );
    assert_eq!(
        label_of("建成“家门口的书房”阅读点26个。", "26个"),
        "“家门口的书房”阅读点"
    );
    // The 的 outside the quotation still heads the label.
    assert_eq!(
        label_of("全区的“一刻钟便民生活圈”示范点9个。", "9个"),
        "“一刻钟便民生活圈”示范点"
    );
    assert_eq!(
        label_of("全县建成区人均公园绿地面积达到15.3平方米。", "15.3平方米"),
        "全县建成区人均公园绿地面积"
    );
    assert_eq!(label_of("实施区级民生项目42个。", "42个"), "区级民生项目");
    assert_eq!(
        label_of("镇属门面房1800平方米长期出租未收租金。", "1800平方米"),
        "镇属门面房"
    );
}

/// A verb of quality after a basis is a change of the measure before it (`同比改善`: better, up;
/// `恶化`: worse, down); without a basis it takes an object and is no change.
#[test]
#[cfg(feature = "fine-labels")]
fn quality_verbs_after_a_basis_are_changes() {
    let all =
        indicators("全市水环境质量指数为4.62，同比改善3.1%；声环境质量较上年恶化0.4个百分点。");
    let got: Vec<(&str, IndicatorKind, Option<Direction>)> = all
        .iter()
        .map(|i| (i.label.as_str(), i.kind, i.direction))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].1, IndicatorKind::Change);
    assert_eq!(got[1].2, Some(Direction::Up));
    assert_eq!(got[2].2, Some(Direction::Down));
    assert_eq!(got[0].0, got[1].0);
    let all = indicators("改善提升老旧小区35个。");
    assert_eq!(all[0].kind, IndicatorKind::Count);
}

/// Numbers inside the name of a statistic or a zone are no indicators: the averaging period of
/// `日最大8小时滑动平均值`, the class of a noise zone (`2类区`); a count of kinds stays one.
#[test]
#[cfg(feature = "fine-labels")]
fn numbers_inside_names_are_not_indicators() {
    let got: Vec<String> = indicators(
        "臭氧日最大8小时滑动平均值为142微克/立方米，一氧化碳24小时平均浓度为1.1毫克/立方米。\
         2类区夜间达标率为88.5%。全年梳理出26类高频事项。",
    )
    .into_iter()
    .map(|i| i.text.into())
    .collect();
    assert_eq!(got, ["142微克/立方米", "1.1毫克/立方米", "88.5%", "26类"]);
}

/// A web page's non-breaking space copied as its markup (`&nbsp;`) between a figure and its unit
/// is a space.
#[test]
fn nbsp_markup_between_figure_and_unit() {
    let all = indicators("全市水库总库容3.6&nbsp;亿立方米。");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].unit.as_deref(), Some("立方米"));
    assert_eq!(all[0].value.to_f64(), 3.6);
}

/// A target or a gap to it names no measure: its figure is the measure's the sentence named
/// before (`提前完成120家的规划目标`: that measure's target; `距目标还差0.3个百分点`: its gap),
/// and a target is no basis of a comparison after it.
#[test]
#[cfg(feature = "fine-labels")]
fn targets_and_gaps_take_the_measure_before() {
    assert_eq!(
        labels("全市规上企业132家，提前完成120家的规划目标。"),
        ["全市规上企业", "全市规上企业规划目标"]
    );
    assert_eq!(
        labels("研发投入强度1.96%，距目标还差0.3个百分点。"),
        ["研发投入强度", "研发投入强度"]
    );
    assert_eq!(
        labels("森林覆盖率58.2%，距目标60%仍有1.8个百分点差距。"),
        ["森林覆盖率", "森林覆盖率", "森林覆盖率"]
    );
    // A share of the target is the measure's own.
    assert_eq!(
        label_of("城镇新增就业1.2万人，完成年度目标的120%。", "120%"),
        "城镇新增就业"
    );
    // The comparison after a target compares the measure, not the target.
    assert_eq!(
        label_of(
            "全县地区生产总值增长6.8%，高于6.5%的预期目标，高于全市平均水平0.6个百分点。",
            "0.6个百分点"
        ),
        "全县地区生产总值"
    );
}

/// The figure of a basis (`与上次普查的51,200人相比`) and the changes from it are the measure's
/// the sentence named before; verbs of urging (`督促`, `引导`) count who was urged; the base of
/// a ratio stated in its bracket is no indicator, a gloss in the same bracket included.
#[test]
#[cfg(feature = "fine-labels")]
fn bases_urging_verbs_and_glossed_ratios() {
    assert_eq!(
        labels("全镇户籍人口为48,730人，与上次普查的51,200人相比，减少2,470人。"),
        ["全镇户籍人口", "全镇户籍人口", "全镇户籍人口"]
    );
    assert_eq!(
        labels("督促326名失信被执行人履行义务，引导58家企业完成整改。"),
        ["失信被执行人", "企业"]
    );
    let all = indicators("出生人口性别比（以女性为100，男性对女性的比例）为106.3。");
    let got: Vec<(&str, &str)> = all
        .iter()
        .map(|i| (i.text.as_str(), i.label.as_str()))
        .collect();
    assert_eq!(got, [("106.3", "出生人口性别比")]);
}

/// A share stated against a whole that opens with a year (`相当于2023年税收收入的64.2%`) is the
/// subject's; 各 ("each") after a list is no part of its label; a limit a rule sets
/// (`不得超过15%`) is a ceiling; an age band in brackets defining a group is part of its name.
#[test]
#[cfg(feature = "fine-labels")]
fn shares_limits_and_defining_bands() {
    assert_eq!(
        label_of(
            "到期债券本息约48亿元，相当于2023年税收收入的64.2%。",
            "64.2%"
        ),
        "到期债券本息"
    );
    assert_eq!(labels("收入、支出总额各增加360万元。"), ["收入、支出总额"]);
    let all = indicators("住房公积金缴存比例不得超过15%。");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].label, "住房公积金缴存比例");
    assert_eq!(all[0].high.map(|h| h.to_f64()), Some(15.0));
    assert_eq!(all[0].low, None);
    // (A gloss closing the label is dropped from it, the band with it.)
    let got: Vec<(String, String)> = labelled("学龄人口（6—14岁）为3,412人。");
    assert_eq!(got, [("3,412人".to_string(), "学龄人口".to_string())]);
    assert_eq!(
        labels("适龄儿童（3—5岁）人数为860人。"),
        ["适龄儿童（3—5岁）人数"]
    );
}

/// Items of a list that end alike (`…企业和…企业`) share the words after the last one's end
/// (`重点排污单位和一般排污单位达标排放率` → each its 达标排放率); the gap of a comparison with a
/// target (`超过年度目标0.8个百分点`) is the measure's.
#[test]
#[cfg(feature = "fine-labels")]
fn parallel_items_and_gaps_over_a_target() {
    assert_eq!(
        labels("全市重点排污单位和一般排污单位达标排放率分别为98%和95%。"),
        // (The scope before the first item, 全市, is every item's: left out.)
        ["重点排污单位达标排放率", "一般排污单位达标排放率"]
    );
    assert_eq!(
        label_of(
            "全县一般公共预算收入增长7.6%，超过年度目标0.8个百分点。",
            "0.8个百分点"
        ),
        "全县一般公共预算收入"
    );
}

/// Two counts of one group in words, side by side (`四户十二人`), are both read: a measure word
/// of a count between two numerals makes no slogan's pair (`一带一路`, `三纵三横` stay none);
/// the capacity of a fleet (`客位`, `吨位`) and the chapters of a law (`章`) are units.
#[test]
#[cfg(feature = "fine-labels")]
fn counts_in_words_side_by_side_and_new_units() {
    let got: Vec<(String, String)> = indicators("全村新纳入监测对象四户十二人。")
        .into_iter()
        .map(|i| (i.text.into(), i.unit.map(|u| u.into()).unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [
            ("四户".to_string(), "户".to_string()),
            ("十二人".to_string(), "人".to_string())
        ]
    );
    assert!(indicators("推进一带一路建设，构建三纵三横路网。").is_empty());
    let units: Vec<String> = indicators("营运客车5.6万客位，货车286万吨位，条例共6章45条。")
        .into_iter()
        .map(|i| i.unit.map(|u| u.into()).unwrap_or_default())
        .collect();
    assert_eq!(units, ["客位", "吨位", "章", "条"]);
}

/// The share of a bare noun picked out by a clause keeps the clause (`由巡回法庭审理的案件占比`:
/// 案件占比 alone names no part); data amounts in TB, PB and GB are measured.
#[test]
#[cfg(feature = "fine-labels")]
fn shares_of_clauses_and_data_units() {
    assert_eq!(
        label_of("由巡回法庭审理的案件占比为41.2%。", "41.2%"),
        "由巡回法庭审理的案件占比"
    );
    let units: Vec<String> = indicators("全年归集政务数据2.6PB，共享数据量共计1.3TB。")
        .into_iter()
        .map(|i| i.unit.map(|u| u.into()).unwrap_or_default())
        .collect();
    assert_eq!(units, ["PB", "TB"]);
}

/// The rest of a set (`其余5件`, `另有3件`) counts the set's noun, its predicate no label
/// (`按计划推进`, `涉及商业秘密`); 开工 inside 公开工作 is no verb.
#[test]
#[cfg(feature = "fine-labels")]
fn the_rest_of_a_set_and_words_across_kai() {
    assert_eq!(
        labels("收到群众来信46件，其余5件按程序转办。"),
        ["收到群众来信", "收到群众来信"]
    );
    assert_eq!(
        labels("公开行政处罚决定书320份，另有3件涉及商业秘密。"),
        ["公开行政处罚决定书", "公开行政处罚决定书"]
    );
    assert_eq!(
        label_of("对9个街道政务公开工作开展专项督查。", "9个"),
        "街道政务公开工作"
    );
}

/// A count before a relative clause opened by 已 (`215套已交付的安置房`) counts the clause's
/// noun, the passive after it no label.
#[test]
#[cfg(feature = "fine-labels")]
fn count_before_a_perfective_relative_clause() {
    assert_eq!(
        label_of("有215套已交付的安置房被违规出租。", "215套"),
        "交付的安置房"
    );
}

/// Nouns of the law that open with 被 (`被告人`, `被执行人`) are no passive, and 依法 after a
/// counted noun opens its predicate (but 依法行政, 依法治县 are nouns).
#[test]
#[cfg(feature = "fine-labels")]
fn nouns_of_the_law_and_lawful_manner() {
    assert_eq!(
        label_of("对涉嫌盗窃的36名被告人依法判处刑罚。", "36名"),
        "被告人"
    );
    assert_eq!(
        label_of("全年对215家市场主体依法不予处罚。", "215家"),
        "市场主体"
    );
    // (依法行政 is no predicate's opener; the count of people ends at its head, 干部.)
    assert_eq!(label_of("由2名干部专门负责依法行政工作。", "2名"), "干部");
}

/// A count of people (名, 人, 人次, 位) names people: the noun after it ends at the head that
/// names them, before a predicate the verb lexicon need not know; words after it with no such
/// head are its predicate when a noun of people before it names them.
#[test]
#[cfg(feature = "fine-labels")]
fn persons_after_a_count_end_at_their_head() {
    assert_eq!(label_of("今年带动近万名群众增收致富。", "近万名"), "群众");
    assert_eq!(label_of("选派6名青年干部到村挂职锻炼。", "6名"), "青年干部");
    assert_eq!(label_of("对4名犯罪嫌疑人提起公诉。", "4名"), "犯罪嫌疑人");
    assert_eq!(
        label_of("为320名外来务工人员和留守儿童家长开展免费体检。", "320名"),
        "外来务工人员和留守儿童家长"
    );
    // The words after hold no noun of people: the noun before names them.
    assert_eq!(
        label_of("组织社区居民450人次参观消防站。", "450人次"),
        "社区居民"
    );
    assert_eq!(
        label_of("教师、学生等1200人次走进博物馆。", "1200人次"),
        "教师、学生"
    );
    // 人口 and 人数 are nouns of their own, no head of people.
    assert_eq!(label_of("全镇有贫困人口35人。", "35人"), "贫困人口");
}

/// A list of nouns after an inline enumeration's marker (`一是超标准、超范围配车`) is read whole,
/// as without the marker.
#[test]
#[cfg(feature = "fine-labels")]
fn a_list_after_an_inline_marker_is_whole() {
    assert_eq!(
        label_of("二是超标准、超范围购置公务用车12辆。", "12辆"),
        label_of("超标准、超范围购置公务用车12辆。", "12辆")
    );
    assert_eq!(
        label_of("一是挤占、挪用专项资金560万元。", "560万元"),
        "挤占、挪用专项资金"
    );
}

/// A share in tenths of a group a survey counts (`约三成企业`, `近四成受访群众`) is read, 30 %
/// and 40 %, labelled by the group (a verb of saying after it no part of the label).
#[test]
#[cfg(feature = "fine-labels")]
fn tenths_of_a_surveyed_group() {
    let all = indicators("调查显示，约三成企业表示融资难，近四成受访群众认为办事更便捷。");
    let got: Vec<(&str, f64)> = all
        .iter()
        .map(|i| (i.label.as_str(), i.normalized.unwrap().to_f64()))
        .collect();
    assert_eq!(got, [("企业", 30.0), ("受访群众", 40.0)]);
    // 成 opening a word stays no measure.
    assert!(indicators("三成本地企业")
        .iter()
        .all(|i| i.unit.as_deref() != Some("成")));
}

/// A negated modifier right before the counted noun (`210名未就业毕业生`, `通报了9个未验收项目`)
/// is the count's noun phrase; 未 after the noun opens the predicate (`9个项目未验收`).
#[test]
#[cfg(feature = "fine-labels")]
fn negated_modifiers_before_the_counted_noun() {
    assert_eq!(
        label_of("全县共有210名未就业毕业生。", "210名"),
        "未就业毕业生"
    );
    assert_eq!(label_of("通报了9个未验收项目。", "9个"), "未验收项目");
    assert_eq!(label_of("全县有9个项目未验收。", "9个"), "项目");
}

/// 连续 after a counted noun opens its predicate (`8个项目连续2年未开工`): the span of years is no
/// part of the label.
#[test]
#[cfg(feature = "fine-labels")]
fn lianxu_opens_the_predicate_after_the_noun() {
    assert_eq!(
        label_of("有8个专项资金项目连续2年未支出。", "8个"),
        "专项资金项目"
    );
}

/// An adverb of how money is spent before its purpose (`统筹用于`, `专项用于`) is no noun: the
/// amount is labelled by its purpose, as with 用于 alone.
#[test]
#[cfg(feature = "fine-labels")]
fn spending_adverbs_before_the_purpose() {
    assert_eq!(
        labels("其中860万元专项用于农村道路养护。"),
        labels("其中860万元用于农村道路养护。")
    );
    assert_eq!(
        label_of("其中860万元专项用于农村道路养护。", "860万元"),
        "用于农村道路养护"
    );
}

/// Units of flow, volume, text and equipment sets (a closed class): `立方米每秒` written out,
/// litres (not the 升 of a rise, `由10升至15`), characters of a text in digits (not 红十字 or a
/// quoted word's `二字`), and sets counted by piece (台件, 台套, 件套).
#[test]
#[cfg(feature = "fine-labels")]
fn units_of_flow_litres_characters_and_sets() {
    let unit = |s: &str, text: &str| {
        indicators(s)
            .into_iter()
            .find(|i| i.text == text)
            .and_then(|i| i.unit.map(|u| u.to_string()))
    };
    assert_eq!(
        unit("江口站最大流量4120立方米每秒。", "4120立方米每秒").as_deref(),
        Some("立方米每秒")
    );
    assert_eq!(
        unit("全年节约汽油2.5万升。", "2.5万升").as_deref(),
        Some("升")
    );
    assert_eq!(
        unit("人均日用水量142升/日。", "142升/日").as_deref(),
        Some("升/日")
    );
    assert_eq!(
        unit("编写志书一部，约65万字。", "约65万字").as_deref(),
        Some("字")
    );
    assert_eq!(
        unit("排查整改隐患318台件。", "318台件").as_deref(),
        Some("台件")
    );
    assert_eq!(unit("更新设备46台套。", "46台套").as_deref(), Some("台套"));
    // Words, not units.
    assert!(indicators("支持红十字会开展救助。").is_empty());
    assert!(indicators("始终把“民生”二字放在心上。").is_empty());
    let rise = indicators("评分由10升至15。");
    assert!(
        rise.iter().all(|i| i.unit.as_deref() != Some("升")),
        "{rise:?}"
    );
}

/// 家 counts bodies (企业, 机构, 银行 …): the noun after a count of bodies ends at the head that
/// names them, and what follows it is done to them or by them (see `indicator/counted.rs`).
#[test]
#[cfg(feature = "fine-labels")]
fn bodies_after_a_count_end_at_their_head() {
    assert_eq!(
        label_of("完成28家重点排污企业清洁生产审核。", "28家"),
        "重点排污企业"
    );
    assert_eq!(
        label_of("全市15家农村商业银行金融机构累计发放贷款。", "15家"),
        "农村商业银行金融机构"
    );
    assert_eq!(
        label_of("督促9家定点药店整改违规收费问题。", "9家"),
        "定点药店"
    );
    assert_eq!(label_of("组建6家产业创新联合体。", "6家"), "产业创新联合体");
    // No head of a body after the count: the words are its noun as before.
    assert_eq!(
        label_of("完成12家尾水分类治理工作。", "12家"),
        "尾水分类治理工作"
    );
}

/// A news headline's figure (`前三季度某市生产总值增长5.6%`, the title of a statistics release)
/// is an indicator like the text's, outside every section.
#[test]
#[cfg(feature = "fine-labels")]
fn a_headline_titles_figure_is_read() {
    let text = "前三季度青州市规模以上工业增加值增长6.2%\n来源：青州市统计局　2031年10月20日\n前三季度，全市规模以上工业增加值同比增长6.2%，比上半年加快0.4个百分点。\n";
    let r = baogao::parse(text);
    assert!(r.title.is_some(), "{:?}", r.title);
    let first = &r.indicators[0];
    assert_eq!(first.text, "6.2%");
    assert!(first.span.start < text.find('\n').unwrap());
    assert!(
        first.label.contains("规模以上工业增加值"),
        "{}",
        first.label
    );
    assert!(first.section.is_empty());
    // A report's title holds years, which are no indicators.
    let r = baogao::parse("青州市2031年政府工作报告\n一、工作回顾\n全年新增就业1.2万人。\n");
    assert_eq!(r.indicators.len(), 1);
}

/// A second 分别 after a list already distributed by the first takes that list's labels in
/// order: the coordinate abbreviation (进出口) of the shared head is not split again.
#[test]
#[cfg(feature = "fine-labels")]
fn a_second_respectively_keeps_the_first_ones_labels() {
    let s = "对德国、法国进出口分别为120.5亿元和98.2亿元，分别增长3.1%和下降2.4%。";
    assert_eq!(label_of(s, "120.5亿元"), "德国进出口");
    assert_eq!(label_of(s, "98.2亿元"), "法国进出口");
    assert_eq!(label_of(s, "3.1%"), "德国进出口");
    assert_eq!(label_of(s, "2.4%"), "法国进出口");
}

/// A contribution to a whole's growth in points (`拉动…增长N个百分点`) is its subject's: named
/// before 拉动, or by the clause before.
#[test]
#[cfg(feature = "fine-labels")]
fn a_contribution_in_points_is_the_subjects() {
    let s = "全年服务业增加值增长6.1%，拉动全县经济增长3.2个百分点。";
    assert_eq!(label_of(s, "3.2个百分点"), "服务业增加值");
    assert_eq!(
        label_of("其中，工业拉动经济增长1.9个百分点。", "1.9个百分点"),
        "工业"
    );
}

/// 共建 before a noun is one word ("jointly built"), not the adverb 共 that a label drops; before
/// a verb's complement (`共建成`, `共建立`) it is still the adverb.
#[test]
#[cfg(feature = "fine-labels")]
fn gongjian_before_a_noun_is_a_word() {
    assert_eq!(label_of("培育6个共建产业园区。", "6个"), "共建产业园区");
    assert_eq!(label_of("对共建国家出口增长8.2%。", "8.2%"), "共建国家出口");
    // (The adverb 共 goes; the verb stays, as before.)
    assert_eq!(label_of("全县共建成学校12所。", "12所"), "全县建成学校");
}

/// A superlative of a ranking before its figure (`…最低，为85.4%`) and an adverb or linking verb
/// after a noun (`项目正式开工`, `…成为全市最大的…`) are no part of the label.
#[test]
#[cfg(feature = "fine-labels")]
fn superlatives_and_predicates_after_the_noun_end_the_label() {
    assert_eq!(
        label_of("各乡镇中，河口镇垃圾分类覆盖率最低，为62.5%。", "62.5%"),
        "河口镇垃圾分类覆盖率"
    );
    assert_eq!(label_of("东区增速最快，为9.1%。", "9.1%"), "东区增速");
    assert_eq!(
        label_of("总投资18亿元的冷链物流园正式投运。", "18亿元"),
        "冷链物流园总投资"
    );
    assert_eq!(
        label_of("投资30亿元的数据中心成为全省最大的算力平台。", "30亿元"),
        "数据中心投资"
    );
}

/// Two counts side by side (`N户M人`) followed by an adverb and a predicate name what was counted
/// before them: the predicate names neither.
#[test]
#[cfg(feature = "fine-labels")]
fn a_pair_of_counts_before_a_predicate_keeps_the_noun_before() {
    let s = "低保对象215户468人均已按月发放保障金。";
    assert_eq!(label_of(s, "215户"), "低保对象");
    assert_eq!(label_of(s, "468人"), "低保对象");
}

/// A count for each unit of distribution (`每个村至少1名`) counts what the clause before counted
/// in the same measure; the unit (村, 社区, 行政村) is no noun of it.
#[test]
#[cfg(feature = "fine-labels")]
fn a_count_for_each_unit_counts_the_noun_before() {
    let s = "全县选聘村级调解员430名，实现每个行政村至少2名。";
    assert!(label_of(s, "至少2名").ends_with("村级调解员"));
    // With a noun of its own after the unit, the count keeps it.
    assert_eq!(label_of("每个乡镇配备3名专职人员。", "3名"), "专职人员");
}
