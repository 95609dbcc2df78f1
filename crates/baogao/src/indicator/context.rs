//! Where numbers are not quantities: inside quotes (slogans, set phrases, event dates), inside
//! 《》 titles and 〔〕 document numbers. Only closed pairs count, matched innermost first, so an
//! unbalanced quote does not swallow the rest of a paragraph.

/// Sorted byte ranges (absolute offsets) that are inside a closed quote or bracket pair.
#[derive(Debug, Default)]
pub(crate) struct Shielded {
    ranges: Vec<(usize, usize)>,
}

const PAIRS: &[(char, char)] = &[
    ('“', '”'),
    ('《', '》'),
    ('〔', '〕'),
    ('「', '」'),
    ('『', '』'),
    ('‘', '’'),
    ('〈', '〉'),
    ('［', '］'),
    ('[', ']'),
    ('【', '】'),
];

impl Shielded {
    /// Finds the shielded ranges of `text[from..to]`.
    pub fn new(text: &str, from: usize, to: usize) -> Self {
        let mut stack: Vec<(char, usize)> = Vec::new();
        let mut ranges = Vec::new();
        let mut straight: Option<usize> = None;
        let hay = &text.as_bytes()[from..to];
        // Every delimiter is ASCII (" [ ]) or a three-byte character led by E2, E3 or EF.
        let mut positions: Vec<usize> = memchr::memchr3_iter(0xe2, 0xe3, 0xef, hay).collect();
        positions.extend(memchr::memchr3_iter(b'"', b'[', b']', hay));
        if positions.is_empty() {
            return Shielded { ranges };
        }
        positions.sort_unstable();
        for i in positions {
            let at = from + i;
            let Some(c) = text[at..].chars().next() else {
                continue;
            };
            if c == '"' {
                match straight.take() {
                    Some(s) => ranges.push((s, at + 1)),
                    None => straight = Some(at),
                }
                continue;
            }
            if !matches!(
                c,
                '“' | '”'
                    | '《'
                    | '》'
                    | '〔'
                    | '〕'
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '‘'
                    | '’'
                    | '〈'
                    | '〉'
                    | '［'
                    | '］'
                    | '['
                    | ']'
                    | '【'
                    | '】'
            ) {
                continue;
            }
            if PAIRS.iter().any(|&(o, _)| o == c) {
                stack.push((c, at));
            } else if let Some(&(open, _)) = PAIRS.iter().find(|&&(_, cl)| cl == c) {
                if let Some(k) = stack.iter().rposition(|&(o, _)| o == open) {
                    ranges.push((stack[k].1, at + c.len_utf8()));
                    stack.truncate(k);
                } else if c == '”' {
                    // A stray closing quote used as an opening one: ”三违”.
                    stack.push(('“', at));
                }
            }
        }
        ranges.sort_unstable();
        Shielded { ranges }
    }

    /// Whether `pos` lies inside a shielded range.
    pub fn contains(&self, pos: usize) -> bool {
        let i = self.ranges.partition_point(|&(s, _)| s <= pos);
        self.ranges[..i].iter().any(|&(s, e)| s <= pos && pos < e)
    }
}
