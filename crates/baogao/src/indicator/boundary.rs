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

/// The bytes a boundary character ends with: the ASCII ones, and the last byte of 。；！？，：.
static LAST_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let ends = [
        b';', b'!', b'?', b',', b':', 0x82, 0x9b, 0x81, 0x9f, 0x8c, 0x9a,
    ];
    let mut i = 0;
    while i < ends.len() {
        t[ends[i] as usize] = true;
        i += 1;
    }
    t
};

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
    // Only the bytes that can end a boundary character need a closer look: `rposition` finds
    // them without an index check per byte (half the instructions of an indexed loop).
    let mut end = bytes.len();
    while let Some(i) = bytes[..end].iter().rposition(|&b| LAST_BYTE[b as usize]) {
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
