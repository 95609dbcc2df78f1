//! Comparison bases written out as a phrase: `比X`, `较X`, `与X相比` right before a verb of
//! change or a comparative (`较法定时限减少70%`, `比全省平均水平高1.2个百分点`,
//! `与2020年相比增长5.2%`).
//!
//! The fixed bases (同比, 环比, 比上年 …) are a closed list in the parent module; this reader
//! takes any short noun phrase after the comparison word, so that a basis nobody listed is still
//! told apart from the subject of the change (the label is what changed, never what it is
//! compared with).
//!
//! ```text
//! basis_before("审批时限较法定时限") == Some(12)      // 较法定时限
//! basis_before("粮食产量与2020年相比") == Some(12)    // 与2020年相比
//! basis_before("经济较快") == None                     // 较快 is an adverb, not a basis
//! ```

use crate::model::Direction;
use crate::text::{is_cjk, is_digit, leading_digits};

/// The longest compared-with phrase read (characters after 比/较, or between 与 and 相比).
const MAX_OBJECT: usize = 12;

/// Characters after 较 that make it an adverb of degree (较快增长, 较大幅度), not "than".
const JIAO_ADVERB_NEXT: &[char] = &[
    '快', '大', '好', '高', '低', '多', '少', '为', '长', '短', '强', '弱', '差', '早', '晚', '小',
    '重', '轻', '慢', '宽', '窄', '严', '深', '浅', '远', '近', '广', '稳', '明', '显', '突', '充',
];

/// Characters before 比 that make it part of a word (对比, 占比, 评比, 相比 …) or a fixed basis
/// of the closed list (同比, 环比), which the caller reads.
const BI_WORD_PREV: &[char] = &[
    '对', '占', '评', '无', '类', '之', '相', '好', '同', '环', '正', '反', '排', '攀', '可',
];

/// Characters after 比 that make it part of a word (比重, 比例, 比较 …).
const BI_WORD_NEXT: &[char] = &[
    '重', '例', '较', '率', '值', '赛', '如', '对', '拼', '分', '方', '照',
];

/// Characters that with 于 make a comparative leading its basis (高于, 低于, 快于, 慢于, 多于,
/// 少于), and the direction each says.
const COMPARATIVE_YU: &[char] = &['高', '低', '快', '慢', '多', '少'];

/// The direction of a basis led by a comparative (`高于全省` → up, `低于控制目标` → down); `None`
/// for a basis led by 比, 较 or 与, whose verb says the direction.
pub(super) fn comparative_direction(basis: &str) -> Option<Direction> {
    let mut cs = basis.chars();
    let first = cs.next()?;
    if cs.next() != Some('于') || !COMPARATIVE_YU.contains(&first) {
        return None;
    }
    Some(if matches!(first, '高' | '快' | '多') {
        Direction::Up
    } else {
        Direction::Down
    })
}

/// Where a comparison basis that ends `s` starts (byte offset), if `s` ends with one:
/// `比X`/`较X` with X a short phrase of CJK characters, digits or letters (`比2020年`,
/// `较原计划`), `与X相比` (also 同/和/跟 … 相比), or a comparative with 于 (`高于全省平均水平`).
pub(super) fn basis_before(s: &str) -> Option<usize> {
    if super::FINE {
        if let Some(k) = target_basis(s) {
            return Some(k);
        }
    }
    if let Some(head) = s.strip_suffix("相比") {
        return head
            .char_indices()
            .rev()
            .take(MAX_OBJECT + 1)
            .take_while(|&(_, c)| is_object_char(c))
            .find(|&(k, c)| matches!(c, '与' | '同' | '和' | '跟') && k + c.len_utf8() < head.len())
            .map(|(k, _)| k)
            .filter(|&k| years_only(&head[k..]));
    }
    let mut chars = s.char_indices().rev().peekable();
    let mut after: Option<char> = None;
    let mut taken = 0;
    while let Some((k, c)) = chars.next() {
        let prev = chars.peek().map(|&(_, p)| p);
        // (A dash between two months' digits: `比1—10月`, a period.)
        let dash = super::FINE
            && PERIOD_DASHES.contains(&c)
            && after.is_some_and(is_digit)
            && prev.is_some_and(is_digit);
        if !(is_object_char(c) || dash) || taken > MAX_OBJECT {
            return None;
        }
        // 高于X, 低于X …: the comparative leads its basis (`高于全省平均水平2个百分点`).
        if c == '于' && after.is_some() && !s[k..].contains('的') {
            // (Not a comparative inside a quoted slogan, `按“三个不低于”要求安排`: the basis
            // would close a quotation it did not open.)
            let quoted = super::FINE
                && s[k..]
                    .find(chars!['“', '”'])
                    .is_some_and(|q| s[k + q..].starts_with('”'));
            if let Some(p) =
                prev.filter(|p| COMPARATIVE_YU.contains(p) && years_only(&s[k..]) && !quoted)
            {
                return Some(k - p.len_utf8());
            }
        }
        let is_basis = match c {
            '较' => after.is_some_and(|a| !JIAO_ADVERB_NEXT.contains(&a)) && prev != Some('比'),
            '比' => {
                after.is_some_and(|a| !BI_WORD_NEXT.contains(&a))
                    && !prev.is_some_and(|p| BI_WORD_PREV.contains(&p))
            }
            _ => false,
        };
        if is_basis && years_only(&s[k..]) {
            return Some(k);
        }
        after = Some(c);
        taken += 1;
    }
    None
}

/// Where a comparison with a target that ends `s` starts: a comparative with 于, maybe a word of
/// who set the target, the target's figure (a percent or a number), 的 and a target word
/// (`高于省定55%的要求`, `低于3%的预期目标`). The gap after it is the measure's change against the
/// target, whose own figure the basis holds.
///
/// ```text
/// target_basis("占比62%，高于省定55%的要求") == Some(12)
/// ```
fn target_basis(s: &str) -> Option<usize> {
    let (head, _) = super::TARGET_WORDS
        .iter()
        .filter_map(|w| s.strip_suffix(w).map(|h| (h, w.len())))
        .max_by_key(|&(_, n)| n)?;
    let head = head.strip_suffix('的')?;
    let bare =
        head.trim_end_matches(|c: char| is_digit(c) || matches!(c, '.' | '．' | '%' | '％' | '‰'));
    if bare.len() == head.len() {
        return None;
    }
    let bare = super::SET_ABOVE
        .iter()
        .find_map(|q| bare.strip_suffix(q))
        .unwrap_or(bare);
    let k = bare.len().checked_sub("高于".len())?;
    (bare.is_char_boundary(k) && comparative_direction(&bare[k..]).is_some()).then_some(k)
}

/// The dashes between the first and last months of a period (`1—10月`, `1-11月`).
const PERIOD_DASHES: [char; 5] = ['—', '-', '－', '～', '~'];

/// Whether every run of digits in `s` is a year (`比2020年`): a basis holds no other figure, so
/// a reading that reaches back over one (`高于全省3个和`) has left its clause.
fn years_only(s: &str) -> bool {
    let mut rest = s;
    while let Some(i) = rest.find(is_digit) {
        let before = &rest[..i];
        let (len, n) = leading_digits(&rest[i..]);
        rest = &rest[i + len..];
        let after = rest.trim_start_matches(' ');
        // (Or months, a period of the year: `比1—10月`, `比1-11月份`.)
        let month = super::FINE
            && n <= 2
            && (after.starts_with('月')
                || after
                    .strip_prefix(PERIOD_DASHES)
                    .is_some_and(|r| r.starts_with(is_digit)));
        if !month
            && (n != 4 || !after.starts_with('年'))
            && !(super::FINE && (school_year(n, after) || months_before(before, n, after)))
        {
            return false;
        }
    }
    true
}

/// Whether a run of `n` digits followed by `after` is a year of a school year or of a span of
/// years (`2023学年`, the 2023 of `2023—2024学年` or of `2021—2023年`): a time, as a year is.
///
/// ```text
/// school_year(4, "学年") == true;  school_year(4, "—2024学年") == true;  school_year(4, "所") == false
/// ```
fn school_year(n: usize, after: &str) -> bool {
    n == 4
        && (after.starts_with("学年")
            || after
                .strip_prefix(PERIOD_DASHES)
                .is_some_and(|r| leading_digits(r.trim_start_matches(' ')).1 == 4))
}

/// Whether a run of `n` digits, with `before` and `after` it, counts the months of a period
/// that ends now (`前10个月`, `前11个月`): a time, as `1—10月` is.
///
/// ```text
/// months_before("比前", 2, "个月") == true;  months_before("比全省", 2, "个月") == false
/// ```
fn months_before(before: &str, n: usize, after: &str) -> bool {
    n <= 2 && before.ends_with('前') && after.starts_with("个月")
}

/// A character a compared-with phrase may hold: CJK, ASCII letters and digits (`比2020年`).
fn is_object_char(c: char) -> bool {
    // (Quotation marks around a named period: 较“十三五”期末, also the double prime quotes
    // 〝…〞 (U+301D, U+301E) and the pair “…〞 that some pages set: 比“九五〞期间; the spaces PDF
    // text puts around a year's digits: 比 2021 年.)
    is_cjk(c)
        || c.is_ascii_alphanumeric()
        || is_digit(c)
        || matches!(c, '“' | '”' | '"' | ' ' | '〝' | '〞')
}

/// `label` without a comparison basis at its end (`项目建设周期较原计划` → `项目建设周期`);
/// a label that is all basis (`较法定时限`, `上年相比`) gives the empty string.
pub(super) fn strip_basis(label: &str) -> &str {
    if let Some(k) = basis_before(label) {
        return &label[..k];
    }
    // A basis whose 与 was cut off as a conjunction (`上年相比`).
    match label.strip_suffix("相比") {
        Some(head) if head.chars().count() <= MAX_OBJECT && head.chars().all(is_object_char) => "",
        _ => label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn basis(s: &str) -> Option<&str> {
        basis_before(s).map(|k| &s[k..])
    }

    #[test]
    fn reads_a_phrase_after_bi_or_jiao() {
        assert_eq!(basis("办理时限较承诺时限"), Some("较承诺时限"));
        assert_eq!(basis("人均收入比全国平均水平"), Some("比全国平均水平"));
        assert_eq!(basis("用电量比2019年"), Some("比2019年"));
        // A figure in between: the reading has left its clause.
        assert_eq!(basis("高于全市增速6个和"), None);
        assert_eq!(basis("工期较原定计划"), Some("较原定计划"));
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn reads_school_years_and_months_of_a_period() {
        assert_eq!(basis("在校生人数比2022—2023学年"), Some("比2022—2023学年"));
        assert_eq!(basis("招生计划较2021学年"), Some("较2021学年"));
        assert_eq!(basis("平均气温比2011—2020年"), Some("比2011—2020年"));
        assert_eq!(basis("税收增速比前9个月"), Some("比前9个月"));
        // A count of months that is no period before now, or a figure of another kind.
        assert_eq!(basis("工期比计划6个月"), None);
        assert_eq!(basis("比2023所"), None);
    }

    #[cfg(feature = "fine-labels")]
    #[test]
    fn reads_a_comparison_with_a_target_and_its_figure() {
        assert_eq!(
            basis("达标率98%，高于省定95%的要求"),
            Some("高于省定95%的要求")
        );
        assert_eq!(
            basis("增速6.8%，低于7.5%的预期目标"),
            Some("低于7.5%的预期目标")
        );
        // No comparative before the figure: a share of a target, no basis.
        assert_eq!(basis("完成95%的要求"), None);
    }

    #[test]
    fn reads_yu_before_xiangbi() {
        assert_eq!(basis("参保人数与上一年度相比"), Some("与上一年度相比"));
        assert_eq!(basis("同去年相比"), Some("同去年相比"));
    }

    #[test]
    fn reads_a_comparative_with_yu() {
        assert_eq!(basis("增速高于全国平均水平"), Some("高于全国平均水平"));
        assert_eq!(
            comparative_direction("高于全国平均水平"),
            Some(Direction::Up)
        );
        assert_eq!(comparative_direction("低于控制目标"), Some(Direction::Down));
        assert_eq!(comparative_direction("比上年"), None);
        // A bound with nothing compared (`低于5%`) is not a basis, nor a place described by a
        // comparative (`在高于河床的位置`).
        assert_eq!(basis("失业率低于"), None);
        assert_eq!(basis("在高于河床的位置新建"), None);
    }

    #[test]
    fn adverbs_and_words_with_bi_are_not_bases() {
        assert_eq!(basis("保持较快"), None);
        assert_eq!(basis("经济比较"), None);
        assert_eq!(basis("第三产业比重"), None);
        assert_eq!(basis("城乡收入对比"), None);
        assert_eq!(basis("投资占比"), None);
        assert_eq!(basis("比"), None);
        // Punctuation ends the phrase: the 比 of an earlier clause is not this one's basis.
        assert_eq!(basis("比上年提高，全年完成"), None);
    }

    #[test]
    fn strips_the_basis_from_a_label() {
        assert_eq!(strip_basis("建设周期较原计划"), "建设周期");
        assert_eq!(strip_basis("较警戒线"), "");
        assert_eq!(strip_basis("上一年相比"), "");
        assert_eq!(strip_basis("货物进出口总额"), "货物进出口总额");
    }
}
