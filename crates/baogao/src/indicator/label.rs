//! Labels: the noun phrase a quantity counts. Mostly the words before it back to the previous
//! clause boundary or quantity, without leading function words (共, 累计, 其中, 已, 分别 …);
//! when nothing before names it, the words after the unit (`对94家非煤矿山(尾矿库)企业`).

use crate::text::is_space;

fn is_boundary(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '；' | ';' | '。' | '：' | ':' | '！' | '!' | '？' | '?' | '\n' | '\r' | '|' | '\t')
}

const LEADING: &[&str] = &[
    "其中", "共计", "合计", "总计", "累计", "全年共", "全年", "今年以来", "今年", "去年", "目前", "现已", "已经", "已", "先后", "分别", "达到",
    "共", "约", "近", "超过", "对", "向", "在", "将", "并", "又", "还", "同时", "此外", "另外", "以及", "及", "和", "与", "为", "给予", "通过",
];

const TRAILING: &[&str] = &["达到", "达", "为", "共计", "合计", "总计", "累计", "共", "约", "近", "超过", "超", "逾", "分别", "了", "的", "计", "有", "是", "各", "近", "约为", "已"];

fn strip_enumeration_marker(s: &str) -> &str {
    if let Ok((rest, _)) = crate::marker::shi_marker(s) {
        return rest;
    }
    if let Ok((rest, _)) = crate::marker::ordinal_marker(s) {
        return rest;
    }
    s
}

fn strip_words(mut s: &str) -> &str {
    loop {
        let before = s;
        s = s.trim_matches(|c: char| is_space(c) || matches!(c, '(' | '（' | ')' | '）' | '“' | '”' | '"'));
        s = strip_enumeration_marker(s);
        for w in LEADING {
            if let Some(r) = s.strip_prefix(w) {
                if !r.is_empty() {
                    s = r;
                    break;
                }
                s = r;
            }
        }
        for w in TRAILING {
            if let Some(r) = s.strip_suffix(w) {
                s = r;
                break;
            }
        }
        if s == before {
            return s;
        }
    }
}

/// Balances a trailing open paren: `非煤矿山(尾矿库` is cut back before the `(`.
fn balance(s: &str) -> &str {
    let opens = s.matches(['(', '（']).count();
    let closes = s.matches([')', '）']).count();
    if opens > closes {
        if let Some(i) = s.rfind(['(', '（']) {
            return &s[..i];
        }
    }
    if closes > opens {
        if let Some(i) = s.find([')', '）']) {
            return &s[i + s[i..].chars().next().map_or(1, |c| c.len_utf8())..];
        }
    }
    s
}

/// The label of a quantity at `start..end` in `text[from..to]`; `prev_end` is where the previous
/// quantity ended (labels do not reach across it), `next_start` where the next one starts.
pub(crate) fn label(text: &str, from: usize, to: usize, start: usize, end: usize, prev_end: usize, next_start: usize) -> String {
    let left_from = prev_end.max(from);
    let left = &text[left_from.min(start)..start];
    let cut = left.rfind(is_boundary).map_or(0, |i| i + left[i..].chars().next().map_or(1, |c| c.len_utf8()));
    let l = balance(strip_words(&left[cut..]));
    if crate::text::char_len(l) >= 2 {
        return l.to_string();
    }
    let right_to = next_start.min(to).max(end);
    let right = &text[end..right_to];
    let stop = right.find(is_boundary).unwrap_or(right.len());
    let r = right[..stop].trim_start_matches(['的', '(', '（']).trim_end_matches(['等', '及', '和', '与', '各']);
    let r = balance(strip_words(r));
    let r: String = r.chars().take(24).collect();
    if crate::text::char_len(&r) >= 1 {
        return r;
    }
    l.to_string()
}
