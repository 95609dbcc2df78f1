//! The indicator grammar, case by case (issue: "each with unit tests").

use baogao::{indicators, Direction, IndicatorKind};

/// (text, value, unit, normalized) of each indicator found in `s`.
fn found(s: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    indicators(s)
        .into_iter()
        .map(|i| {
            (
                i.text.into(),
                i.value.to_string(),
                i.unit.map(String::from),
                i.normalized.map(|n| n.to_string()),
            )
        })
        .collect()
}

fn one(s: &str) -> baogao::Indicator {
    let v = indicators(s);
    assert_eq!(
        v.len(),
        1,
        "{s}: {:?}",
        v.iter().map(|i| &i.text).collect::<Vec<_>>()
    );
    v.into_iter().next().unwrap()
}

#[test]
fn arabic_numbers_and_spacing() {
    let i = one("执法检查各类生产经营单位2345家(次)");
    assert_eq!(
        (
            i.label.as_str(),
            i.value.to_string().as_str(),
            i.unit.as_deref()
        ),
        ("执法检查各类生产经营单位", "2345", Some("家(次)"))
    );
    assert_eq!(found("下达责令限期整改指令书 1050 份")[0].0, "1050 份");
    assert_eq!(one("整改率93.3 %").kind, IndicatorKind::Percent);
    let i = one("投入资金1,050,000元");
    assert_eq!(
        (i.value.to_string(), i.kind),
        ("1050000".into(), IndicatorKind::Money)
    );
    assert_eq!(one("受理４，５６５件").value.to_string(), "4565");
    assert_eq!(one("立案 94 件").label, "立案");
}

#[test]
fn multipliers_are_exact() {
    let i = one("行政罚款208.74 万元");
    assert_eq!(
        (i.multiplier.as_deref(), i.unit.as_deref()),
        (Some("万"), Some("元"))
    );
    assert_eq!(i.normalized.unwrap().to_string(), "2087400");
    assert_eq!(
        one("事前处罚金额2590.69万元")
            .normalized
            .unwrap()
            .to_string(),
        "25906900"
    );
    assert_eq!(
        one("投资2.5亿元").normalized.unwrap().to_string(),
        "250000000"
    );
    assert_eq!(
        serde_json::to_value(one("罚款2590.69万元").normalized).unwrap(),
        serde_json::json!(25906900)
    );
}

#[test]
fn chinese_numerals_with_measure_words() {
    assert_eq!(
        found("共开展了两次宣传"),
        vec![(
            "两次".into(),
            "2".into(),
            Some("次".into()),
            Some("2".into())
        )]
    );
    assert_eq!(one("平台接收二十一条").value.to_string(), "21");
    assert_eq!(one("对新增的七项审批职能认真核对").value.to_string(), "7");
    assert_eq!(one("发放壹佰贰拾叁份").value.to_string(), "123");
    assert_eq!(one("检查三轮。").unit.as_deref(), Some("轮"));
    // An amount of money in words stays one (元 with nothing after it that makes a word).
    assert_eq!(one("每人每月补助五元。").unit.as_deref(), Some("元"));
    assert_eq!(one("票价十元以上").unit.as_deref(), Some("元"));
    // A bound reached, not a class: the amount stays.
    assert_eq!(
        one("力争引进资金1000亿元以上的目标").unit.as_deref(),
        Some("元")
    );
}

#[test]
fn approximations() {
    let i = one("解答群众问题咨询670余人次");
    assert_eq!(
        (i.approx.as_ref().unwrap().word.as_str(), i.unit.as_deref()),
        ("余", Some("人次"))
    );
    let i = one("覆盖3万余名一线从业人员");
    assert_eq!(
        (i.normalized.unwrap().to_string(), i.approx.unwrap().word),
        ("30000".into(), "余".into())
    );
    assert_eq!(one("开展20多个专项行动").approx.unwrap().word, "多");
    let i = one("约50%的企业");
    assert_eq!(
        (i.text.as_str(), i.approx.unwrap().word.as_str()),
        ("约50%", "约")
    );
    let i = one("超过200家企业");
    assert_eq!(i.low.unwrap().to_string(), "200");
    let i = one("奖励5万元以上。");
    assert_eq!(
        (
            i.approx.as_ref().unwrap().word.as_str(),
            i.low.map(|l| l.to_string()),
            i.high
        ),
        ("以上", Some("50000".into()), None)
    );
    let i = one("近一半属于转业军人");
    assert_eq!(
        (i.kind, i.value.to_string()),
        (IndicatorKind::Ratio, "0.5".into())
    );
}

#[test]
fn vague_magnitudes_and_ranges() {
    let i = one("投资数千万元建设平台");
    assert_eq!(
        (
            i.kind,
            i.low.unwrap().to_string(),
            i.high.unwrap().to_string()
        ),
        (IndicatorKind::Range, "10000000".into(), "100000000".into())
    );
    let i = one("每年3-5个项目");
    assert_eq!(
        (i.low.unwrap().to_string(), i.high.unwrap().to_string()),
        ("3".into(), "5".into())
    );
    let i = one("补助5-10万元");
    assert_eq!(
        (i.low.unwrap().to_string(), i.high.unwrap().to_string()),
        ("50000".into(), "100000".into())
    );
    assert_eq!(one("用时三至五年").high.unwrap().to_string(), "5");
    assert_eq!(one("占比30%~40%").high.unwrap().to_string(), "40");
    assert_eq!(one("开展数十次检查").kind, IndicatorKind::Range);
}

#[test]
fn percent_words_and_fractions() {
    let i = one("达到百分之五十");
    assert_eq!(
        (i.value.to_string(), i.unit.as_deref()),
        ("50".into(), Some("%"))
    );
    assert_eq!(one("占百分之三点五").value.to_string(), "3.5");
    assert!(one("完成三分之一")
        .value
        .to_string()
        .starts_with("0.3333333333"));
}

#[test]
fn changes() {
    let v = indicators("去年全州共发生各类安全事故262起、死亡108人、受伤288人,同比分别上升15.4%、下降16.9%、上升4%。");
    let dirs: Vec<_> = v.iter().map(|i| i.direction).collect();
    assert_eq!(
        dirs,
        [
            None,
            None,
            None,
            Some(Direction::Up),
            Some(Direction::Down),
            Some(Direction::Up)
        ]
    );
    assert_eq!(v[3].basis.as_deref(), Some("同比"));
    assert_eq!(
        (v[3].base, v[4].base, v[5].base),
        (Some(0), Some(1), Some(2))
    );
    let v = indicators("事故起数同比下降44.8%、59.5%、100%。");
    assert!(
        v.iter()
            .all(|i| i.direction == Some(Direction::Down) && i.kind == IndicatorKind::Change),
        "{v:?}"
    );
    let i = one("烟花爆竹零售网点由4200家减少到1400家");
    assert_eq!(i.text, "由4200家减少到1400家");
    assert_eq!(
        (
            i.from.unwrap().to_string(),
            i.to.unwrap().to_string(),
            i.value.to_string()
        ),
        ("4200".into(), "1400".into(), "1400".into())
    );
    assert_eq!(one("溺亡人数同比减少53%").direction, Some(Direction::Down));
    let i = one("增加3个百分点");
    assert_eq!(
        (i.kind, i.unit.as_deref()),
        (IndicatorKind::Change, Some("个百分点"))
    );
    assert_eq!(one("在法规时间上压缩50%").direction, Some(Direction::Down));
    assert_eq!(one("有的项目压缩到35%").to.unwrap().to_string(), "35");
    // Bases with and without 比.
    assert_eq!(
        one("行政复议案件较上年下降5%").basis.as_deref(),
        Some("较上年")
    );
    assert_eq!(one("受理量环比增长12%").basis.as_deref(), Some("环比"));
}

#[test]
fn rates_and_ratios() {
    let i = one("工作经费按50万元/矿标准奖励");
    assert_eq!(
        (i.kind, i.unit.as_deref(), i.normalized.unwrap().to_string()),
        (IndicatorKind::Rate, Some("元/矿"), "500000".into())
    );
    assert_eq!(one("占了全省关闭煤矿数的62.5%.").value.to_string(), "62.5");
}

#[test]
fn breakdowns_point_to_their_total() {
    let v = indicators("主动公开政府信息222条,其中工作动态信息94条,公示公告36条。");
    assert_eq!(v.len(), 3);
    assert_eq!(
        (v[0].parent, v[1].parent, v[2].parent),
        (None, Some(0), Some(0))
    );
    assert_eq!(v[1].label, "工作动态信息");
    let v = indicators("共受理行政事项424件,合计办结492件。其中危化受理237件,办结202件。");
    assert_eq!((v[2].parent, v[3].parent), (Some(0), Some(1)));
    // Parts whose words name no total are parts of the total right before 其中.
    let v =
        indicators("收到复议申请120件，受理108件，审结97件，其中驳回40件、调解31件、终止26件。");
    assert_eq!(
        (v[3].parent, v[4].parent, v[5].parent),
        (Some(2), Some(2), Some(2))
    );
}

#[test]
fn labels() {
    assert_eq!(
        one("通过购买专家服务对94家非煤矿山(尾矿库)企业进行隐患排查").label,
        "非煤矿山(尾矿库)企业"
    );
    assert_eq!(one("参与宣传人员达6920人次,").label, "参与宣传人员");
    assert_eq!(one("其中,市局执法检查742次,").label, "市局执法检查");
    assert_eq!(
        one("液氨泄漏、灭火救援等各类应急演练27次,").label,
        "各类应急演练"
    );
}

#[test]
fn not_indicators() {
    for s in [
        "2019年，全年",
        "2019年度计划",
        "2025年1月9日",
        "发布日期:2025-01-20 16:20",
        "“6.24”楚雄地震",
        "“12.4”国家宪法日",
        "5.12",
        "6.16广场咨询日",
        "第六届",
        "第三十四个国际减灾日",
        "党的二十大",
        "十九届三中全会",
        "《2024年安全生产监督检查计划》",
        "潜应急委办〔2024〕1号",
        "“三项制度”",
        "党政同责、“一岗双责”",
        "“五级五覆盖”",
        "“四不两直”",
        "建立“1+46”体系",
        "“放管服”改革",
        "一切",
        "统一指挥",
        "一批",
        "进一步",
        "是一个地区发展的重要体现",
        "建设一支高素质的队伍",
        "安全工程三年行动",
        "一年来",
        "应急管理部1号令",
        "中华人民共和国成立70周年",
        "公益一类事业单位",
        "市、镇两级",
        "十大重点行业领域",
        "打破城乡二元结构",
        "推动三元催化装置更新",
        "统计范围为年主营业务收入2000万元及以上的工业企业",
        "支持计划总投资500万元以上的项目",
    ] {
        let v = indicators(s);
        assert!(
            v.is_empty(),
            "{s}: {:?}",
            v.iter().map(|i| &i.text).collect::<Vec<_>>()
        );
    }
}

#[test]
fn huge_numbers_do_not_panic() {
    let s = format!("投入{}元", "9".repeat(400));
    let _ = indicators(&s);
    let _ = baogao::parse(&s);
}
