//! Measure words and units: `家`, `人次`, `台(套)`, `家(次)`, `个百分点`, `元/矿` …, and the
//! multipliers `万`, `亿`, `千万` ….
//!
//! ```
//! use baogao::indicator::unit::{unit, multiplier};
//! assert_eq!(unit("人次接受宣传"), Ok(("接受宣传", "人次")));
//! assert_eq!(unit("台(套),救援"), Ok((",救援", "台(套)")));
//! assert_eq!(multiplier("万元").map(|(r, (w, _))| (r, w)), Ok(("元", "万")));
//! ```

use super::words::{words, WordSet, Words};
use nom::{IResult, Parser};
use std::borrow::Cow;

/// The unit lexicon with the words given after it; longest first within each leading character
/// (the words given share no first character with a longer word of the list).
macro_rules! unit_list {
    ($($extra:literal),* $(,)?) => {
        words![
    // Transport work: tonnes or passengers times kilometres.
    "吨公里",
    "人公里",
    "个百分点",
    "个千分点",
    "个工作日",
    "个季度",
    "个小时",
    "个月",
    "工作日",
    "百分点",
    "人次",
    "家次",
    "场次",
    "轮次",
    "批次",
    "条次",
    "户次",
    // Sown area counted once per crop (`播种面积12.5万亩次`): a field sown twice counts twice.
    "亩次",
    "车次",
    "架次",
    "艘次",
    "航次",
    "台次",
    "件次",
    "项次",
    "篇次",
    "起次",
    "个次",
    "次数",
    "台(套)",
    "台（套）",
    "家(次)",
    "家（次）",
    "件(箱)",
    "件（箱）",
    "个(次)",
    "个（次）",
    "人(次)",
    "人（次）",
    "大类",
    "大块",
    "大项",
    // 3大领域, 7大物流基地: a count of major ones of what follows (after figures only: 三大攻坚战
    // is a slogan).
    "大",
    "小项",
    "省市",
    // 沿海3省份: the place noun of a count of provinces.
    "省份",
    "乡镇",
    "方面",
    "微克",
    "毫克",
    // Rainfall, snow and sea level (`年降水量1200毫米`), heights; temperatures (`平均气温15.2℃`).
    "毫米",
    "厘米",
    "毫升",
    "摄氏度",
    "℃",
    "兆瓦",
    "平方公里",
    "平方千米",
    "平方米",
    // 3.2万平方, 3万平米: square metres as spoken.
    "平方",
    "平米",
    "立方米",
    // Containers (twenty-foot equivalent units).
    "标箱",
    // Energy in tonnes of standard coal (`能源消费总量540.8万吨标准煤`).
    "吨标准煤",
    "吨标煤",
    // The capacity of a fleet: its seats and its deadweight (`载客汽车63.8万客位`, `载货汽车
    // 412.5万吨位`).
    "客位",
    "吨位",
    "公顷",
    "公里",
    "千米",
    "公斤",
    "千克",
    "千瓦时",
    "千瓦",
    "千伏安",
    "千伏",
    "标准重量箱",
    // 集装箱吞吐量76.9万标准箱: containers in twenty-foot units, written out.
    "标准箱",
    "重量箱",
    "纱锭",
    "小时",
    "分钟",
    "周岁",
    "美圆",
    "人民币",
    "欧元",
    "日元",
    "港元",
    "港币",
    "台币",
    "韩元",
    "英镑",
    "卢布",
    "元",
    "美元",
    "个",
    "家",
    "人",
    "名",
    "位",
    "次",
    "件",
    "项",
    "起",
    "条",
    // The chapters of a law (`条例共9章68条`).
    "章",
    "份",
    "本",
    "册",
    "篇",
    "期",
    "场",
    "轮",
    "批",
    "处",
    "块",
    "辆",
    "台",
    "套",
    "支",
    "户",
    "宗",
    "卷",
    "种",
    "所",
    "座",
    "间",
    "艘",
    "架",
    "张",
    "部",
    "吨",
    // Gross tonnage and deadweight of ships (`总吨位8.8万总吨`).
    "总吨",
    "载重吨",
    "斤",
    "省",
    "县",
    "类",
    "笔",
    // Votes, tickets, consignments (`快递业务量120万票`); after figures only (`一票否决`).
    "票",
    "口",
    "亩",
    "米",
    "天",
    "日",
    "月",
    "年",
    "岁",
    "倍",
    "盏",
    // Potted plants (`盆栽花卉31.9万盆`).
    "盆",
    "棵",
    "株",
    "头",
    "箱",
    "袋",
    "瓶",
    // Sample tubes of a testing capacity (`检测能力1.5万管/日`): only before a rate's slash, since
    // 管 opens words (管理, 管网, 管道).
    "管",
    "枚",
    "粒",
    "幅",
    "栋",
    "幢",
    "例",
    "组",
    "队",
    "只",
    "羽",
    "通",
    "片",
    "门",
    "列",
    "眼",
    "层",
    "款",
    "对",
    "分",
    "μg/m³",
    "mg/m³",
    "mg/L",
    "kWh",
    "MWh",
    "GWh",
    "kW",
    "MW",
    "GW",
    "km²",
    "km",
    "m²",
    "m³",
    "kg",
    "㎡",
    "㎞",
    "%",
    "％",
    "‰",
            $($extra,)*
        ]
    };
}

/// Units and measure words, longest first within each leading character: [`unit_list`] with the
/// measure words that only `FINE` reads.
#[cfg(feature = "fine-labels")]
pub(super) const UNITS: Words = unit_list![
    // Trips, doses, shifts, class hours and work days: counts of work summaries and 法治政府
    // reports (`走访企业62趟次`, `接种疫苗12万剂次`, `开行班次300个`, `培训40课时`).
    "趟次",
    "趟",
    "剂次",
    "针次",
    "班次",
    "辆次",
    "课时",
    "学时",
    "人日",
    "工日",
    "颗",
    // Electricity in kilowatt-hours as everyday speech counts it (`发电量超200亿度`), and
    // computing power in petaflops (`智算规模22万P`, `突破4000P`).
    "度",
    "P",
    // Letters and banners a bureau was thanked with (`表扬信8封`, `锦旗3面`).
    "封",
    "面",
    // Relief goods (`帐篷1200顶`, `棉被8000床`), fish fry released (`鱼苗260万尾`), stored energy
    // (`储能60兆瓦时`) and research labour (`研发人员86人年`).
    "顶",
    "床",
    "尾",
    "兆瓦时",
    "人年",
    // Linear metres of ditches, walls and pipes laid or cleared (`疏通边沟800延米`).
    "延米",
    // Noise levels, radiation dose rates and bandwidth of environmental and digital reports
    // (`昼间等效声级54.6分贝`, `67.2dB(A)`, `吸收剂量率91.7纳戈瑞/小时`, `带宽500Mbps`).
    "分贝",
    "dB(A)",
    "dB（A）",
    "dB",
    "纳戈瑞",
    "Mbps",
    "Gbps",
    // Amounts of data stored or shared (`数据量共计1.3TB`, `归集数据2.6PB`).
    "TB",
    "PB",
    "GB",
    // Flow in cubic metres per second, as hydrology writes it out (`洪峰流量8650立方米每秒`).
    "立方米每秒",
    // Pieces of equipment counted by set or by item (`消除隐患252台件`, `购置设备30台套`,
    // `发放物资200件套`).
    "台件",
    "台套",
    "件套",
    // Litres (`人均生活用水量168升/日`, `柴油3.6万升`); not before a verb of rising or a rank
    // (`由10升至15`, `升级`: see `unit`).
    "升",
    // Characters of a text written (`文史资料约42万字`).
    "字",
];
/// Units and measure words without `FINE`'s (the small WebAssembly build, for its size).
#[cfg(not(feature = "fine-labels"))]
pub(super) const UNITS: Words = unit_list![];

/// The units grouped by their first character, longest first.
fn by_first_char() -> &'static WordSet {
    static TABLE: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| WordSet::new(&[UNITS], false))
}

/// The units keyed by a first character: a slot per low twelve bits of the code point holds the
/// key's group (its number in `groups`, from 1; 0 for no key, [`SHARED_SLOT`] when two keys
/// share the bits). One load and one comparison instead of the binary search of
/// [`WordSet::words`] (`unit` is asked after every number, 4,500 times in the profile run).
struct FirstCharIndex {
    slots: [u8; 4096],
    groups: Vec<(char, &'static [&'static str])>,
}

/// The slot of low twelve bits that two keys share: answered by [`WordSet::words`].
const SHARED_SLOT: u8 = u8::MAX;

fn first_char_index() -> &'static FirstCharIndex {
    static INDEX: std::sync::OnceLock<FirstCharIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let set = by_first_char();
        let mut index = FirstCharIndex {
            slots: [0; 4096],
            groups: Vec::new(),
        };
        for c in UNITS.iter().filter_map(|u| u.chars().next()) {
            let slot = &mut index.slots[c as usize & 0xfff];
            match *slot {
                0 if index.groups.len() + 1 < usize::from(SHARED_SLOT) => {
                    index.groups.push((c, set.words(c)));
                    *slot = index.groups.len() as u8;
                }
                0 => *slot = SHARED_SLOT,
                SHARED_SLOT => {}
                i if index.groups[usize::from(i) - 1].0 != c => *slot = SHARED_SLOT,
                _ => {}
            }
        }
        index
    })
}

/// The units that start with `c`, longest first: [`WordSet::words`] of the unit set, by
/// [`FirstCharIndex`].
#[inline]
fn units_of(c: char) -> &'static [&'static str] {
    let index = first_char_index();
    match index.slots[c as usize & 0xfff] {
        0 => &[],
        SHARED_SLOT => by_first_char().words(c),
        i => match index.groups[usize::from(i) - 1] {
            (key, words) if key == c => words,
            _ => &[],
        },
    }
}

/// A measure word of the lexicon that PDF text wrapped inside (`美` / `元`, `个百` / `分点`, `个`
/// / `百分点`): `s` holds its first part, at most three characters, then a line break and the
/// rest. The whole word (the longest that fits) and the text after it.
///
/// ```text
/// unit_across_wrap("个百\n分点，") == Some(("个百分点", "，"));  unit_across_wrap("个\n项目") == None
/// ```
#[inline]
pub(crate) fn unit_across_wrap(s: &str) -> Option<(&'static str, &str)> {
    // (Asked after every figure: a break can only stand after the first one, two or three
    // characters of a CJK measure word, so three bytes tell for most figures.)
    let b = s.as_bytes();
    let line_end = |i: usize| matches!(b.get(i), Some(b'\n' | b'\r'));
    if !cfg!(feature = "hard-wraps") || !(line_end(0) || line_end(3) || line_end(6) || line_end(9))
    {
        return None;
    }
    wrapped_unit(s)
}

/// [`unit_across_wrap`] once a line break stands near.
fn wrapped_unit(s: &str) -> Option<(&'static str, &str)> {
    let k = s.as_bytes().iter().take(10).position(|&b| b == b'\n')?;
    let head = &s[..k];
    let head = head.strip_suffix('\r').unwrap_or(head);
    let next = &s[k + 1..];
    let c = head.chars().next()?;
    units_of(c)
        .iter()
        .filter(|w| w.len() > head.len() && w.starts_with(head))
        .filter_map(|w| next.strip_prefix(&w[head.len()..]).map(|r| (*w, r)))
        .max_by_key(|(w, _)| w.len())
}

/// Measure words that also begin common words (`只有`, `片区`, `列入`, `对接`, `通过`): read as
/// a unit only after a number in figures and not before the rest of such a word. After a numeral
/// in words they are articles or idioms (`一片繁荣`, `一对一`, `一门心思`).
pub(crate) fn figures_only(unit: &str) -> bool {
    // 一度 (at one time), 两度 (twice), 再度: adverbs after a numeral in words; 一面 (on one
    // side), 两面, 一封 (a sealing) too.
    // 一顶 (a top), 一床 (a bed of), 首尾: the relief goods' words count after figures only.
    if super::FINE && matches!(unit, "度" | "面" | "封" | "顶" | "床" | "尾") {
        return true;
    }
    let mut chars = unit.chars();
    matches!(
        chars.next(),
        Some(
            '只' | '羽'
                | '通'
                | '片'
                | '门'
                | '列'
                | '眼'
                | '层'
                | '款'
                | '对'
                | '分'
                | '大'
                | '票'
                // 最多跑一趟: a slogan's trip, not a count.
                | '趟'
        )
    ) && chars.next().is_none()
}

/// The words that the [`figures_only`] measure words begin.
const WORDS_OF_MEASURE_CHARS: &[&str] = &[
    "只有", "只要", "只是", "只能", "片区", "门类", "门户", "门诊", "门槛", "列入", "列为", "层次",
    "层级", "层面", "对接", "对外", "对于", "对比", "对标", "对象", "对口", "通过", "通车", "通道",
    "通用", "通信", "通讯", "通报", "通知", "款项", "眼光", "眼界", "大于", "大幅", "大约", "大力",
    "大会", "大众", "大型", "大中", "大小", "票据", "票务",
];

/// A unit or measure word at the start of `input`.
pub fn unit(input: &str) -> IResult<&str, &str> {
    // 3亿等值美元: an amount given as the equivalent in a currency; the unit is the currency.
    // (等 is E7 AD 89: most inputs fail on the first byte, no `memcmp` call.)
    if let Some(r) = matches!(input.as_bytes(), [0xe7, 0xad, 0x89, ..])
        .then(|| input.strip_prefix("等值"))
        .flatten()
    {
        if let Ok((rest, u)) = unit(r) {
            if is_money(u) {
                return Ok((rest, u));
            }
        }
    }
    if let Some(c) = input.chars().next() {
        let b = input.as_bytes();
        let head = c.len_utf8();
        for u in units_of(c) {
            // The words of a group share their first character: their last byte is compared
            // first, then the bytes after the first character (see `same_bytes`).
            if b.get(u.len() - 1) != u.as_bytes().last() {
                continue;
            }
            if let Some(rest) =
                same_bytes(&b[head..], &u.as_bytes()[head..]).then(|| &input[u.len()..])
            {
                // 三个次中心城市: 次 opens 次中心 (a sub-centre), the unit is 个.
                if *u == "个次" && rest.starts_with("中心") {
                    return Ok((&input[3..], &input[..3]));
                }
                if u.len() == 3
                    && matches!(
                        c,
                        '只' | '通' | '片' | '门' | '列' | '层' | '款' | '对' | '眼' | '大'
                    )
                    && WORDS_OF_MEASURE_CHARS
                        .iter()
                        .any(|w| same_bytes(b, w.as_bytes()))
                {
                    continue;
                }
                if c == '管' && !rest.starts_with('/') {
                    continue;
                }
                // 2次数据比对, 3次数字化改造: 数 opens 数据 / 数字 / 数码, the unit is 次.
                if super::FINE && *u == "次数" && rest.starts_with(chars!['据', '字', '码']) {
                    continue;
                }
                // 跨越2万亿大台阶, 突破千亿大关: a milestone's 大, no count of major ones.
                if super::FINE && *u == "大" && (rest.starts_with("台阶") || rest.starts_with('关'))
                {
                    continue;
                }
                // 由10升至15, 3升级: 升 before a verb's word is a rise or a rank, no litre.
                if super::FINE
                    && *u == "升"
                    && rest.starts_with(chars![
                        '至', '到', '为', '级', '学', '格', '值', '幅', '温', '势', '降', '高',
                        '入', '任', '迁', '职', '华', '空', '级', '旗', '起', '档', '位',
                    ])
                {
                    continue;
                }
                // 十六字方针, 8字诀: a motto's count of characters is its name.
                if super::FINE
                    && *u == "字"
                    && rest.starts_with(chars!['方', '诀', '经', '令', '要', '号', '头', '样'])
                {
                    continue;
                }
                // 92分, 85.6分以上: a score stands at the end of its phrase; 3分局, 1分公司,
                // 5分之1 are other words.
                if *u == "分" && !ends_a_score(rest) {
                    continue;
                }
                // 120MW, 3.5km²: a unit in Latin letters ends where the letters end (no 5G, 3D,
                // and no `km` of `kmh`).
                if c.is_ascii_alphabetic() && rest.starts_with(|c: char| c.is_ascii_alphanumeric())
                {
                    continue;
                }
                return Ok((rest, &input[..u.len()]));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Tag,
    )))
}

/// Whether all of `s` is one unit or measure word of the lexicon (`万元` is not: its 万 is a
/// multiplier, see [`multiplier`]).
///
/// ```text
/// is_unit_word("μg/m³") == true;  is_unit_word("净资产") == false
/// ```
pub(crate) fn is_unit_word(s: &str) -> bool {
    unit(s).is_ok_and(|(rest, _)| rest.is_empty())
}

/// Whether `b` starts with the bytes of `w`, compared one by one: a unit is looked up after
/// every figure, and for a measure word of one or two characters whose first is already matched
/// (or the two-character words of [`WORDS_OF_MEASURE_CHARS`], tried in turn after 大, 只, 通 …)
/// a `memcmp` call cost more than this loop, which stops at the first byte that differs.
#[inline]
fn same_bytes(b: &[u8], w: &[u8]) -> bool {
    b.len() >= w.len() && b.iter().zip(w).all(|(x, y)| x == y)
}

/// Whether what follows `分` lets it be a score's unit: punctuation, the end, or a word that
/// closes a quantity (以上, 左右, 的, a list joint).
fn ends_a_score(rest: &str) -> bool {
    !rest.starts_with(crate::text::is_cjk)
        || ["以上", "以下", "以内", "左右", "的", "和", "、"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// A multiplier word at the start of `input` with its power of ten (`万` → 4, `千万` → 7).
pub fn multiplier(input: &str) -> IResult<&str, (&str, u32)> {
    let error = || {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    };
    // The first character decides (every multiplier is one of five), the second may raise it.
    // The first is matched on its three bytes: after most figures a unit or punctuation follows,
    // and it is neither decoded nor is a second character read.
    let power = match input.as_bytes().get(..3) {
        Some([0xe4, 0xb8, 0x87]) => 4, // 万
        Some([0xe4, 0xba, 0xbf]) => 8, // 亿
        Some([0xe5, 0x8d, 0x83]) => 3, // 千
        Some([0xe7, 0x99, 0xbe]) => 2, // 百
        Some([0xe5, 0x8d, 0x81]) => 1, // 十
        _ => return error(),
    };
    let second = input[3..].chars().next();
    // (`416千` / `瓦`: PDF text may wrap such a unit after its first character.)
    let unit_second = match second {
        Some('\n' | '\r') if cfg!(feature = "hard-wraps") => input[3..]
            .trim_start_matches(chars!['\r', '\n'])
            .chars()
            .next(),
        s => s,
    };
    let (len, p) = match (power, second) {
        (4, Some('亿')) => (6, 12),
        (1..=3, Some('亿')) => (6, 8 + power),
        (1..=3, Some('万')) => (6, 4 + power),
        (4 | 8, _) => (3, power),
        // 千米, 千克, 千瓦, 千伏 are units of their own (3千米 is three kilometres); 百 and 十
        // alone are numerals, not multipliers.
        (3, _) if !matches!(unit_second, Some('米' | '克' | '瓦' | '伏')) => (3, 3),
        // 百羽, the poultry statistics' unit (`家禽存栏5131百羽`, READING8 #4): 百 multiplies.
        (2, Some('羽')) if super::FINE => (3, 2),
        _ => return error(),
    };
    Ok((&input[len..], (&input[..len], p)))
}

/// The unit `u` as a word of the lexicon ([`unit`] reads them), borrowed from it, or owned when
/// the lexicon does not have it (a rate such as `元/矿`): an indicator's unit costs no allocation
/// in the common case.
///
/// ```text
/// lexicon_unit("人次") == Cow::Borrowed("人次");  lexicon_unit("元/矿") == Cow::Owned("元/矿")
/// ```
pub(crate) fn lexicon_unit(u: &str) -> Cow<'static, str> {
    // Looked up first: no word of the lexicon holds a line break (see the test
    // `no_unit_holds_a_line_break`), so a unit found is one without any, and most units are
    // found without a pass over their bytes for one.
    let found = u.chars().next().and_then(|c| {
        // (The lengths first, then the bytes one by one: most units are one or two
        // characters, on which a `memcmp` call cost more than the compares.)
        units_of(c)
            .iter()
            .find(|w| w.len() == u.len() && same_bytes(u.as_bytes(), w.as_bytes()))
    });
    if let Some(w) = found {
        return Cow::Borrowed(w);
    }
    // A unit that PDF text wrapped (`微克/立` / `方米`): its text without the line break.
    if cfg!(feature = "hard-wraps") && u.bytes().any(|b| b == b'\n' || b == b'\r') {
        return lexicon_unit(&u.replace(['\n', '\r'], ""));
    }
    // A rate written with 每 (`微克每立方米`) is written with its slash (see [`per`]).
    Cow::Owned(u.replacen('每', "/", 1))
}

/// The multiplier words [`multiplier`] reads, and the compound `万亿` (`1万 亿元`).
const MULTIPLIERS: &[&str] = &[
    "万", "亿", "千", "百", "十", "万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿",
];

/// The multiplier `m` without the spaces a typist put inside it (`万 亿`), borrowed from
/// [`MULTIPLIERS`] when it is one of them, owned otherwise.
///
/// ```text
/// lexicon_multiplier("万") == Cow::Borrowed("万");  lexicon_multiplier("万 亿") == Cow::Borrowed("万亿")
/// ```
pub(crate) fn lexicon_multiplier(m: &str) -> Cow<'static, str> {
    let spaced;
    // (And the line break of PDF text: `1万` / `亿元`.)
    let gap = |c: char| crate::text::is_space(c) || c == '\n' || c == '\r';
    let m = if m.contains(gap) {
        spaced = m.replace(gap, "");
        spaced.as_str()
    } else {
        m
    };
    match MULTIPLIERS.iter().find(|w| **w == m) {
        Some(w) => Cow::Borrowed(w),
        None => Cow::Owned(m.to_string()),
    }
}

/// Scales a rate's denominator may carry (`人/百亿元`, `部/百人`): as in [`multiplier`], and 百 alone.
const PER_SCALES: &[&str] = &[
    "十万", "百万", "千万", "百亿", "千亿", "万亿", "百", "千", "万", "亿",
];

/// A rate denominator after a unit: `/矿`, `／人`, and 每 before a unit of the lexicon that no
/// figure follows (`微克每立方米`, `元每公斤`; not `3次每次50人`, a count and a rate of its own).
pub fn per(input: &str) -> IResult<&str, &str> {
    // `微克` / `/立方米`: PDF text may wrap a line right before the slash. (The unit's text then
    // holds the break; `lexicon_unit` takes it out.)
    if cfg!(feature = "hard-wraps") && matches!(input.as_bytes().first(), Some(b'\n' | b'\r')) {
        let next = input.trim_start_matches(chars!['\r', '\n']);
        if input.len() - next.len() <= 2 && next.starts_with(chars!['/', '／']) {
            let (rest, _) = per(next)?;
            return Ok((rest, &input[..input.len() - rest.len()]));
        }
    }
    // Asked after every unit: most are followed by neither slash nor 每 (E6 AF 8F), which the
    // first byte tells (`/` is 2F, `／` EF BC 8F) without the parser.
    if input.as_bytes().first() == Some(&0xe6) {
        if let Some(rest) = input.strip_prefix('每') {
            if let Ok((r, _)) = unit(rest) {
                if !r.starts_with(crate::text::is_digit) {
                    return Ok((r, &input[..input.len() - r.len()]));
                }
            }
        }
    }
    if !matches!(input.as_bytes().first(), Some(b'/' | 0xef)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::OneOf,
        )));
    }
    let (rest, _) = nom::character::complete::one_of("/／").parse(input)?;
    // (`元/` / `吨`: or right after it.)
    let rest = match rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
    {
        Some(next) if cfg!(feature = "hard-wraps") && next.starts_with(crate::text::is_cjk) => next,
        _ => rest,
    };
    // A denominator counted in hundreds, millions …: `人/百亿元`, `部/百人`, `元/万人`; not the
    // first character of a unit of the lexicon (`分/千瓦时`, `元/千克`).
    let scale = PER_SCALES
        .iter()
        .find(|m| {
            rest.strip_prefix(**m)
                .is_some_and(|r| r.starts_with(crate::text::is_cjk))
                && !(super::FINE && unit(rest).is_ok_and(|(_, u)| u.len() > m.len()))
        })
        .map_or(0, |m| m.len());
    let rest = &rest[scale..];
    // A known unit (元/平方米, 元/吨), else one character (元/矿, 元/人); a known unit that PDF
    // text wrapped inside (`人/平方` / `公里`) is read whole.
    let wrapped = unit_across_wrap(rest);
    let end = match unit(rest) {
        Ok((r, u)) => match wrapped {
            Some((whole, r2)) if whole.len() > u.len() => rest.len() - r2.len(),
            _ => rest.len() - r.len(),
        },
        Err(_) => match (wrapped, rest.chars().next()) {
            (Some((_, r2)), _) => rest.len() - r2.len(),
            // (Not a bound word before another figure: `亿元/超万元` is two thresholds.)
            (None, Some(c))
                if crate::text::is_cjk(c)
                    && !(super::FINE
                        && rest[c.len_utf8()..].starts_with(|n: char| {
                            crate::text::is_digit(n) || matches!(n, '万' | '亿' | '千' | '百')
                        })) =>
            {
                c.len_utf8()
            }
            _ => {
                return Err(nom::Err::Error(nom::error::Error::new(
                    input,
                    nom::error::ErrorKind::Tag,
                )))
            }
        },
    };
    // 元/人月, 元/户·年: a person or household and a period are one denominator (per person
    // per month).
    let end = if super::FINE && matches!(&rest[..end], "人" | "户") {
        let r = &rest[end..];
        let dot = r
            .strip_prefix(chars!['·', '•'])
            .map_or(0, |t| r.len() - t.len());
        match r[dot..].chars().next() {
            Some(c @ ('月' | '年' | '日' | '天')) => end + dot + c.len_utf8(),
            _ => end,
        }
    } else {
        end
    };
    Ok((&rest[end..], &input[..input.len() - rest.len() + end]))
}

/// Units that make an amount of money.
pub(crate) fn is_money(unit: &str) -> bool {
    // The part before a rate's `/` (元/吨 is money per tonne): found on bytes, not by a `split`
    // iterator (asked of every indicator's unit).
    let base = match unit.bytes().position(|b| b == b'/') {
        Some(k) => &unit[..k],
        None => unit,
    };
    // 元 (E5 85 83), 圆 (E5 9C 86), 币 (E5 B8 81) on their bytes: a `char` suffix test encodes
    // the character and compares it by a call, three times over for a unit that is no money.
    matches!(
        base.as_bytes(),
        [.., 0xe5, 0x85, 0x83] | [.., 0xe5, 0x9c, 0x86] | [.., 0xe5, 0xb8, 0x81]
    ) || matches!(base, "英镑" | "卢布")
}

/// A unit of at most seven bytes as one integer: its bytes, and its length in the top byte. The
/// trap rules compare a figure's unit with some sixty literal units; a `str` compare tests the
/// length and loads the bytes each time, a key compare is one integer test (see [`unit_is!`]).
/// A longer unit keys as `u64::MAX`, which no unit of seven bytes or fewer gives (its top byte,
/// the length, is at most 7): two keys are equal exactly when the units are, or both are long.
///
/// ```text
/// UnitKey::of("个") == UnitKey::of("个");  UnitKey::of("个") != UnitKey::of("个月")
/// ```
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct UnitKey(u64);

/// [`UnitKey`] in the WebAssembly module: the unit itself, compared as a string. There the
/// integer keys, sixty 64-bit constants, took 117 bytes more of the small module's gzipped size
/// (its budget) than the string compares, which share the literals' bytes with the rest.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct UnitKey<'a>(&'a str);

#[cfg(target_arch = "wasm32")]
impl<'a> UnitKey<'a> {
    /// The key of `unit`: `unit` (see the native [`UnitKey`]).
    pub(crate) const fn of(unit: &'a str) -> UnitKey<'a> {
        UnitKey(unit)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl UnitKey {
    /// The key of `unit` (see [`UnitKey`]), from at most two reads of four bytes (a loop over
    /// the bytes cost some hundred instructions a figure).
    pub(crate) const fn of(unit: &str) -> UnitKey {
        let b = unit.as_bytes();
        let n = b.len();
        let low = if n > 7 {
            return UnitKey(u64::MAX);
        } else if n >= 4 {
            // The first four bytes and the last four, which overlap below eight bytes: the bytes
            // both hold land on the same places.
            u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64
                | (u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64)
                    << (8 * (n - 4))
        } else if n > 0 {
            // The first, the middle and the last byte: all of them, up to three.
            b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
        } else {
            0
        };
        UnitKey(low | (n as u64) << 56)
    }
}

/// Whether the [`UnitKey`] `$key` is the key of one of the literal units: `unit_is!(k, "个" |
/// "项")` is `matches!(unit, "个" | "项")` for `k = UnitKey::of(unit)`. Each literal's key is
/// made when compiling, and a literal longer than seven bytes (which would match every long
/// unit) fails the build.
macro_rules! unit_is {
    ($key:expr, $($unit:literal)|+) => {{
        let key: $crate::indicator::unit::UnitKey = $key;
        false $(|| key == const {
            assert!($unit.len() <= 7, "a unit key holds at most seven bytes");
            $crate::indicator::unit::UnitKey::of($unit)
        })+
    }};
}
pub(crate) use unit_is;

/// Units of time and dates, which after a Chinese numeral are durations or set phrases
/// (三年行动, 百日攻坚), not counts.
pub(crate) fn is_time(unit: &str) -> bool {
    // (The two nine-byte units have no key: compared as strings, on their length first.)
    unit_is!(
        UnitKey::of(unit),
        "年" | "月" | "日" | "天" | "小时" | "分钟" | "周岁" | "岁" | "个月"
    ) || matches!(unit, "个小时" | "个季度")
}

#[cfg(test)]
mod tests {
    /// (text, value, multiplier, unit, kind) of each indicator of `s`.
    fn read(s: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        crate::indicators(s)
            .into_iter()
            .map(|i| {
                (
                    i.text.into(),
                    i.value.to_string(),
                    i.multiplier.map(String::from),
                    i.unit.map(String::from),
                )
            })
            .collect()
    }

    fn one(
        text: &str,
        value: &str,
        multiplier: Option<&str>,
        unit: &str,
    ) -> (String, String, Option<String>, Option<String>) {
        (
            text.into(),
            value.into(),
            multiplier.map(String::from),
            Some(unit.into()),
        )
    }

    #[test]
    fn multiplier_matches_its_first_character_on_bytes() {
        // The reading of the characters, as `multiplier` read them before.
        let by_chars = |input: &str| {
            let mut chars = input.chars();
            let power = match chars.next() {
                Some('万') => 4,
                Some('亿') => 8,
                Some('千') => 3,
                Some('百') => 2,
                Some('十') => 1,
                _ => 0,
            };
            match (power, chars.next()) {
                (4, Some('亿')) => Some((6, 12)),
                (1..=3, Some('亿')) => Some((6, 8 + power)),
                (1..=3, Some('万')) => Some((6, 4 + power)),
                (4 | 8, _) => Some((3, power)),
                (3, s) if !matches!(s, Some('米' | '克' | '瓦' | '伏')) => Some((3, 3)),
                _ => None,
            }
        };
        for s in [
            "万",
            "亿",
            "万亿元",
            "千万",
            "百万",
            "十万人",
            "千亿",
            "百亿",
            "十亿",
            "千米",
            "千克",
            "千瓦",
            "千伏",
            "千",
            "千人",
            "百",
            "十",
            "百分点",
            "十分",
            "个",
            "",
            "a",
            "万\n亿",
        ] {
            let got = super::multiplier(s)
                .ok()
                .map(|(rest, (m, p))| (s.len() - rest.len(), p, m.len()));
            let want = by_chars(s).map(|(len, p)| (len, p, len));
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn unit_keys_are_the_bytes_and_the_length() {
        use super::UnitKey;
        // Every length up to eight, on ASCII and CJK bytes: the key is the bytes in order and
        // the length, as a byte loop makes it; longer units all key alike.
        let by_loop = |u: &str| {
            let b = u.as_bytes();
            if b.len() > 7 {
                return u64::MAX;
            }
            let bytes = b
                .iter()
                .enumerate()
                .fold(0u64, |k, (i, &x)| k | u64::from(x) << (8 * i));
            bytes | (b.len() as u64) << 56
        };
        for u in [
            "",
            "%",
            "‰",
            "个",
            "个月",
            "方面",
            "周岁",
            "台(套)",
            "元/矿",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdef",
            "abcdefg",
            "abcdefgh",
            "个小时",
            "平方公里",
        ] {
            assert_eq!(UnitKey::of(u), UnitKey(by_loop(u)), "{u}");
        }
        assert_ne!(UnitKey::of("个"), UnitKey::of("个月"));
        assert_ne!(UnitKey::of(""), UnitKey::of("%"));
        assert_eq!(UnitKey::of("个小时"), UnitKey::of("个季度"));
        for u in super::UNITS.iter() {
            assert_eq!(
                super::is_time(u),
                matches!(
                    u,
                    "年" | "月"
                        | "日"
                        | "天"
                        | "小时"
                        | "个小时"
                        | "分钟"
                        | "周岁"
                        | "岁"
                        | "个月"
                        | "个季度"
                ),
                "{u}"
            );
        }
    }

    #[test]
    fn is_money_reads_the_last_character() {
        let by_chars = |u: &str| {
            let base = u.split('/').next().unwrap_or(u);
            base.ends_with(chars!['元', '圆', '币']) || matches!(base, "英镑" | "卢布")
        };
        for u in [
            "元",
            "万元",
            "美元",
            "元/吨",
            "吨/元",
            "圆",
            "港币",
            "英镑",
            "卢布",
            "个",
            "元素",
            "",
            "%",
            "币种",
            "亿美元/年",
        ] {
            assert_eq!(super::is_money(u), by_chars(u), "{u}");
        }
    }

    #[test]
    fn units_of_is_the_word_set_lookup() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(super::units_of(c), super::by_first_char().words(c), "{c:?}");
        }
        assert_eq!(super::units_of('个')[0], "个百分点");
        assert!(super::units_of('的').is_empty());
    }

    #[test]
    fn no_unit_holds_a_line_break() {
        // (`lexicon_unit` looks a unit up before it looks for a line break in it.)
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for w in super::units_of(c) {
                assert!(!w.contains(chars!['\n', '\r']), "{w:?}");
            }
        }
        if cfg!(feature = "hard-wraps") {
            assert!(matches!(
                super::lexicon_unit("个百\n分点"),
                std::borrow::Cow::Borrowed("个百分点")
            ));
            assert_eq!(super::lexicon_unit("微克/立\r\n方米"), "微克/立方米");
        }
    }

    #[test]
    fn lexicon_words_are_borrowed_others_owned() {
        use super::{lexicon_multiplier, lexicon_unit};
        use std::borrow::Cow;
        assert!(matches!(lexicon_unit("人次"), Cow::Borrowed("人次")));
        assert!(matches!(
            lexicon_unit("个百分点"),
            Cow::Borrowed("个百分点")
        ));
        assert!(matches!(lexicon_unit("元/矿"), Cow::Owned(ref u) if u == "元/矿"));
        assert!(matches!(lexicon_multiplier("万"), Cow::Borrowed("万")));
        assert!(matches!(lexicon_multiplier("万 亿"), Cow::Borrowed("万亿")));
        assert!(matches!(lexicon_multiplier("千万亿"), Cow::Owned(ref m) if m == "千万亿"));
        // What the extractor gives, and its JSON, are the words as before; read back, the
        // indicator is equal to the one written.
        let found = crate::indicators("全年投入资金2万 亿元，奖励每户500元/户，检查企业12家次。");
        let units: Vec<_> = found.iter().map(|i| i.unit.as_deref()).collect();
        assert_eq!(units, [Some("元"), Some("元/户"), Some("家次")]);
        assert_eq!(found[0].multiplier.as_deref(), Some("万亿"));
        let json = serde_json::to_value(&found[0]).unwrap();
        assert_eq!(
            (&json["unit"], &json["multiplier"]),
            (&"元".into(), &"万亿".into())
        );
        let back: crate::Indicator = serde_json::from_value(json).unwrap();
        assert_eq!(back, found[0]);
    }

    #[test]
    fn sub_centre_is_no_unit() {
        assert_eq!(
            read("建设两个次中心城市，服务企业300个次。"),
            [
                one("两个", "2", None, "个"),
                one("300个次", "300", None, "个次")
            ]
        );
    }

    #[test]
    fn classifier_units() {
        assert_eq!(
            read("梳理出34类高频事项，组织开展两轮专项巡查。"),
            [one("34类", "34", None, "类"), one("两轮", "2", None, "轮")]
        );
    }

    #[test]
    fn compound_units_are_rates() {
        let found =
            crate::indicators("二氧化氮年均浓度27微克/立方米，道路交通万车死亡率1.6人/万车。");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].unit.as_deref(), Some("微克/立方米"));
        assert_eq!(found[0].kind, crate::IndicatorKind::Rate);
        assert_eq!(found[1].text, "1.6人/万车");
        // A denominator counted in hundreds: 部/百人, and the 以下 after it stays a bound.
        let found =
            crate::indicators("固定电话普及率36.2部/百人，事故死亡率控制在0.03人/百亿元以下。");
        assert_eq!(found[0].unit.as_deref(), Some("部/百人"));
        assert_eq!(found[1].text, "0.03人/百亿元以下");
        assert_eq!(found[1].unit.as_deref(), Some("人/百亿元"));
        assert_eq!(
            found[1].high.map(|d| d.to_string()).as_deref(),
            Some("0.03")
        );
    }

    #[test]
    fn industry_units() {
        assert_eq!(
            read("压减平板玻璃产能320万重量箱，新增纱锭5万纱锭。"),
            [
                one("320万重量箱", "320", Some("万"), "重量箱"),
                one("5万纱锭", "5", Some("万"), "纱锭")
            ]
        );
    }

    #[test]
    fn jin_with_multipliers() {
        let found = crate::indicators("全区粮食总产达到7.8亿斤，蔬菜产量4万余斤。");
        assert_eq!(
            found[0].normalized.map(|d| d.to_string()).as_deref(),
            Some("780000000")
        );
        assert_eq!(
            read("全区粮食总产达到7.8亿斤，蔬菜产量4万余斤。"),
            [
                one("7.8亿斤", "7.8", Some("亿"), "斤"),
                one("4万余斤", "4", Some("万"), "斤")
            ]
        );
    }

    /// Kilowatt-hours as 度 and petaflops as P after figures; 一度, 两度 (adverbs) are no
    /// figures; a rate per 千瓦时 or 千克 keeps its whole denominator (not 千 + one character).
    #[test]
    #[cfg(feature = "fine-labels")]
    fn everyday_energy_and_computing_units() {
        assert_eq!(
            read("年发电量超过45亿度，算力规模达到1200P，峰谷电价差0.7元/千瓦时。"),
            [
                one("超过45亿度", "45", Some("亿"), "度"),
                one("1200P", "1200", None, "P"),
                one("0.7元/千瓦时", "0.7", None, "元/千瓦时")
            ]
        );
        assert!(read("产量一度下滑，两度荣获先进称号。").is_empty());
        assert_eq!(
            read("运费3元/千克，成本5元/百公斤。"),
            [
                one("3元/千克", "3", None, "元/千克"),
                one("5元/百公斤", "5", None, "元/百公斤")
            ]
        );
    }
}
