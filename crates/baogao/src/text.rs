//! Character classes and small text helpers shared by the parsers.

/// Whether `c` is horizontal white space, including the full-width and typographic spaces
/// (U+3000, U+2002 …) that web exports use for indentation.
///
/// ```
/// assert!(baogao::text::is_space('\u{2002}'));
/// assert!(!baogao::text::is_space('\n'));
/// ```
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{3000}' | '\u{2000}'
            ..='\u{200b}' | '\u{feff}' | '\u{202f}' | '\u{205f}'
    )
}

/// Trims horizontal white space (see [`is_space`]) and line breaks from both ends.
///
/// ```
/// assert_eq!(baogao::text::trim("\u{3000} 情况报告 \r\n"), "情况报告");
/// ```
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| is_space(c) || c == '\n' || c == '\r')
}

/// Sentence-ending punctuation that closes a heading title.
pub(crate) fn is_title_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// Clause punctuation (a comma or stop of either width).
pub(crate) fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '、' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?'
    )
}

/// Whether `c` is a CJK ideograph.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// Number of characters in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}
