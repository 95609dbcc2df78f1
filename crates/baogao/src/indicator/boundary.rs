//! Sentence and clause starts: where the sentence (or clause) around a quantity begins.
//!
//! Typing, labelling and 其中 linking all ask this for every quantity, so the look-back works on
//! UTF-8 bytes (every boundary character is ASCII or a three-byte sequence led by E3 or EF) and is
//! bounded by a window, which keeps it linear on a report flattened to one huge line.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Sentence,
    Clause,
}

/// The kind of the wide boundary character `bytes` starts with, matched on its UTF-8 bytes.
fn wide_kind(bytes: &[u8]) -> Option<Kind> {
    match bytes {
        [0xe3, 0x80, 0x82, ..] => Some(Kind::Sentence), // 。
        [0xef, 0xbc, 0x9b | 0x81 | 0x9f, ..] => Some(Kind::Sentence), // ；！？
        [0xef, 0xbc, 0x8c | 0x9a, ..] => Some(Kind::Clause), // ，：
        _ => None,
    }
}

fn ascii_kind(b: u8) -> Option<Kind> {
    match b {
        b';' | b'!' | b'?' => Some(Kind::Sentence),
        b',' | b':' => Some(Kind::Clause),
        _ => None,
    }
}

/// What the byte three before a character end says of the character: [`OTHER`] (not the lead
/// byte of a three-byte character), [`PLAIN`] (a three-byte character that is no boundary: every
/// lead byte E0–EF but E3 and EF, which start 。 and ；！？，：) or [`WIDE`] (E3 or EF: a look at the
/// whole character).
static LEAD3: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0xe0;
    while b <= 0xef {
        t[b] = PLAIN;
        b += 1;
    }
    t[0xe3] = WIDE;
    t[0xef] = WIDE;
    t
};
const OTHER: u8 = 0;
const PLAIN: u8 = 1;
const WIDE: u8 = 2;

/// Just after the last sentence end (。；;!！?？) in the 900 bytes before `at` (not before
/// `from`), or the window's start when there is none.
pub(crate) fn sentence_start(text: &str, from: usize, at: usize) -> usize {
    after_last(text, from, at, 900, Kind::Sentence)
}

/// Just after the last clause boundary (clause punctuation, see `text::is_clause_punct`, except
/// 、) in the 300 bytes before `at` (not before `from`), or the window's start when there is none.
pub(crate) fn clause_start(text: &str, from: usize, at: usize) -> usize {
    after_last(text, from, at, 300, Kind::Clause)
}

/// `from`, or a char boundary at most `max` bytes before `at` when `from` is further back.
fn window(text: &str, from: usize, at: usize, max: usize) -> usize {
    let mut w = at.saturating_sub(max).max(from);
    while !text.is_char_boundary(w) {
        w += 1;
    }
    w
}

fn after_last(text: &str, from: usize, at: usize, max: usize, want: Kind) -> usize {
    let w = window(text, from, at, max);
    let bytes = &text.as_bytes()[w..at];
    let ok = |k: Option<Kind>| k.is_some_and(|k| k == Kind::Sentence || want == Kind::Clause);
    // Back from the end a character at a time: a lead byte E0–EF three bytes before a character
    // end starts the three-byte character that ends there (in UTF-8 no other character can hold
    // that byte), so CJK text is stepped over three bytes per step on one table lookup, and only
    // ASCII and the characters led by E3 or EF are looked at further. Other bytes (two- and
    // four-byte characters) are stepped over one at a time.
    let mut i = bytes.len();
    loop {
        while i >= 3 && LEAD3[usize::from(bytes[i - 3])] == PLAIN {
            i -= 3;
        }
        let Some(&b) = bytes[..i].last() else {
            return w;
        };
        if b < 0x80 {
            if ok(ascii_kind(b)) {
                return w + i;
            }
        } else if i >= 3 && LEAD3[usize::from(bytes[i - 3])] == WIDE {
            if ok(wide_kind(&bytes[i - 3..])) && !thousands_comma(text.as_bytes(), w + i - 3) {
                return w + i;
            }
            i -= 3;
            continue;
        }
        i -= 1;
    }
}

/// Whether the full-width comma at byte `at` of `text` separates a number's thousands (`1，286元`:
/// a digit before it, three after and no fourth), no clause (see the quantity grammar's reading
/// of such numbers). (With `FINE`.)
fn thousands_comma(text: &[u8], at: usize) -> bool {
    super::FINE
        && text.get(at..at + 3) == Some("，".as_bytes())
        && at > 0
        && text[at - 1].is_ascii_digit()
        && text.len() >= at + 6
        && text[at + 3..at + 6].iter().all(u8::is_ascii_digit)
        && !text.get(at + 6).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_classes_as_text() {
        use crate::text::is_clause_punct;
        for c in ['。', '；', '！', '？', '，', '：', '、', '“', '《', '（'] {
            let s = c.to_string();
            let expected = (is_clause_punct(c) && c != '、').then_some(
                if matches!(c, '。' | '；' | '！' | '？') {
                    Kind::Sentence
                } else {
                    Kind::Clause
                },
            );
            assert!(wide_kind(s.as_bytes()) == expected, "{c}");
        }
    }

    /// The look-back as it was written first: the last byte that can end a boundary character,
    /// searched byte by byte, then the character it ends.
    fn after_last_bytewise(text: &str, from: usize, at: usize, max: usize, want: Kind) -> usize {
        const ENDS: &[u8] = b";!?,:\x82\x9b\x81\x9f\x8c\x9a";
        let w = window(text, from, at, max);
        let bytes = &text.as_bytes()[w..at];
        let ok = |k: Option<Kind>| k.is_some_and(|k| k == Kind::Sentence || want == Kind::Clause);
        let mut end = bytes.len();
        while let Some(i) = bytes[..end].iter().rposition(|b| ENDS.contains(b)) {
            end = i;
            let b = bytes[i];
            let kind = if b < 0x80 {
                ascii_kind(b)
            } else {
                i.checked_sub(2).and_then(|s| wide_kind(&bytes[s..]))
            };
            if ok(kind) {
                return w + i + 1;
            }
        }
        w
    }

    #[test]
    fn stepping_by_characters_finds_what_the_byte_scan_finds() {
        let text =
            "甲，乙。丙“丁”é戊😀己；庚:辛,壬?癸！子：丑、寅（卯）辰…巳—午 未\n申\t酉\u{3000}戌。";
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for &at in starts.iter().chain([&text.len()]) {
            for &from in starts.iter().filter(|&&f| f <= at) {
                for max in [0, 3, 7, 20, 300] {
                    for want in [Kind::Sentence, Kind::Clause] {
                        assert_eq!(
                            after_last(text, from, at, max, want),
                            after_last_bytewise(text, from, at, max, want),
                            "{from} {at} {max} {want:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn starts() {
        let text = "去年,检查5次;今年检查12次，其中、A 3次。";
        let at = text.find('3').unwrap();
        assert_eq!(&text[clause_start(text, 0, at)..at], "其中、A ");
        assert_eq!(
            &text[sentence_start(text, 0, at)..at],
            "今年检查12次，其中、A "
        );
        // Not before `from`, and not further back than the window.
        let from = text.find('A').unwrap();
        assert_eq!(sentence_start(text, from, at), from);
        let long = "检查。".to_string() + &"很".repeat(400) + "5次";
        let at = long.find('5').unwrap();
        assert_eq!(sentence_start(&long, 0, at), at - 900);
    }
}
