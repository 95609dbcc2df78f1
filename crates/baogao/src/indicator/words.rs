//! Word lists looked up by a character: the units by their first character, the label's
//! leading and trailing function words by their first and last.

/// A word list stored as one string, each word followed by a line break (the [`words!`] macro
/// writes it from the words). A `&[&str]` keeps a pointer and a length beside every word (8 bytes
/// a word in WebAssembly, 16 natively): the eleven lists that are only read once, into a
/// [`WordSet`], took 3.6 KB more data and 0.5 KB more gzipped in the small WebAssembly module
/// that way (benches/wasm.md, branch wasmsz2). Lists searched word by word stay `&[&str]`.
#[derive(Clone, Copy)]
pub(crate) struct Words(pub(crate) &'static str);

impl Words {
    /// The words, in list order. (A byte loop: the words are a few bytes long, shorter than
    /// `split`'s `memchr` takes to set up.)
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        let mut rest = self.0;
        std::iter::from_fn(move || {
            let end = rest.bytes().position(|b| b == b'\n')?;
            let word = &rest[..end];
            rest = &rest[end + 1..];
            Some(word)
        })
    }
}

/// A [`Words`] list of string literals, written as an array of them:
/// `words!["达到", "达"]` is `Words("达到\n达\n")`.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::indicator::words::Words(concat!($($w, "\n"),*))
    };
}
pub(crate) use words;

/// Words grouped by their first (or last) character, so that stripping looks at few candidates.
///
/// The words are kept in 64 buckets by the bits 6–11 of their key (the words of the filter below):
/// a bucket holds a few words, sorted by key and then longest first, so a lookup scans a handful
/// of keys instead of a binary search, and building the set needs no sort of the whole list (a
/// stable sort of each list's pairs cost about 0.3M instructions at start-up, a percent of a
/// parse of the five sample reports).
pub(crate) struct WordSet {
    /// The key of each word in `words`.
    keys: Vec<char>,
    /// The words, by bucket; in a bucket by key, each key's words longest first (in list order
    /// for one length).
    words: Vec<&'static str>,
    /// Where each bucket starts in `words` (the 65th entry is the end of the last).
    starts: [u16; 65],
    /// A 4096-bit filter over the low twelve bits of the keys (see [`filter_bit`]): most
    /// characters asked about key no word, and are answered without a look at a bucket.
    filter: [u64; 64],
}

/// The word and bit of `c` in a [`WordSet`]'s filter: the low twelve bits of the code point,
/// which spread the CJK ideographs of a few hundred keys over 4096 bits. The word is also the
/// bucket of the key.
///
/// ```text
/// filter_bit('进') == (0x8fdb & 0xfff) >> 6, (0x8fdb & 0xfff) & 63
/// ```
#[inline]
fn filter_bit(c: char) -> (usize, u32) {
    let k = c as usize & 0xfff;
    (k >> 6, (k & 63) as u32)
}

/// The character of three UTF-8 bytes, a lead byte E0–EF and two continuation bytes.
#[inline]
fn char_of_3(a: u8, b: u8, c: u8) -> Option<char> {
    char::from_u32((u32::from(a & 0x0f) << 12) | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f))
}

/// The first character of `s`, read from its bytes when it has three (CJK text, the common
/// case) instead of a general decoding.
#[inline]
fn first_char(s: &str) -> Option<char> {
    match *s.as_bytes() {
        [a @ 0xe0..=0xef, b, c, ..] => char_of_3(a, b, c),
        _ => s.chars().next(),
    }
}

/// The last character of `s`, read as [`first_char`] reads the first.
#[inline]
fn last_char(s: &str) -> Option<char> {
    match *s.as_bytes() {
        [.., a @ 0xe0..=0xef, b, c] => char_of_3(a, b, c),
        _ => s.chars().next_back(),
    }
}

impl WordSet {
    /// Groups the words of `lists` by their first character, or their last when `last`.
    pub fn new(lists: &[Words], last: bool) -> Self {
        let words: Vec<&'static str> = lists.iter().flat_map(|l| l.iter()).collect();
        Self::of(&words, last)
    }

    /// Groups `words` by their first character, or their last when `last`.
    fn of(words: &[&'static str], last: bool) -> Self {
        let key = |w: &str| {
            if last {
                w.chars().next_back()
            } else {
                w.chars().next()
            }
        };
        // A counting sort into the buckets, then an insertion sort inside each (a few words).
        let mut filter = [0u64; 64];
        let mut starts = [0u16; 65];
        for c in words.iter().filter_map(|w| key(w)) {
            let (word, bit) = filter_bit(c);
            filter[word] |= 1 << bit;
            starts[word + 1] += 1;
        }
        for b in 0..64 {
            starts[b + 1] += starts[b];
        }
        let mut next = starts;
        let n = usize::from(starts[64]);
        let mut keyed: Vec<(char, &'static str)> = vec![('\0', ""); n];
        for w in words {
            if let Some(c) = key(w) {
                let b = filter_bit(c).0;
                let at = usize::from(next[b]);
                next[b] += 1;
                // Stable: a word moves before those of a greater key, or of its key and shorter.
                let mut i = at;
                let from = usize::from(starts[b]);
                while i > from && (keyed[i - 1].0, w.len()) > (c, keyed[i - 1].1.len()) {
                    keyed[i] = keyed[i - 1];
                    i -= 1;
                }
                keyed[i] = (c, w);
            }
        }
        WordSet {
            keys: keyed.iter().map(|&(c, _)| c).collect(),
            words: keyed.into_iter().map(|(_, w)| w).collect(),
            starts,
            filter,
        }
    }

    /// The words keyed by `c`, longest first.
    pub fn words(&self, c: char) -> &[&'static str] {
        let (word, bit) = filter_bit(c);
        if (self.filter[word] >> bit) & 1 == 0 {
            return &[];
        }
        let (from, to) = (
            usize::from(self.starts[word]),
            usize::from(self.starts[word + 1]),
        );
        let keys = &self.keys[from..to];
        let Some(first) = keys.iter().position(|&k| k == c) else {
            return &[];
        };
        let n = keys[first..].iter().take_while(|&&k| k == c).count();
        &self.words[from + first..from + first + n]
    }

    /// Whether `c` may key a word: `false` means that no word has the key (the filter alone,
    /// without a look at the words).
    ///
    /// ```text
    /// WordSet::new(&[words!["进行"]], false).may_key('进') == true
    /// ```
    #[inline]
    pub fn may_key(&self, c: char) -> bool {
        let (word, bit) = filter_bit(c);
        (self.filter[word] >> bit) & 1 == 1
    }

    /// `s` without the longest word it starts with (keyed by first character). Most first
    /// characters key no word: the filter answers for them before a look at a bucket.
    pub fn strip_prefix<'a>(&self, s: &'a str) -> Option<&'a str> {
        let c = first_char(s)?;
        if !self.may_key(c) {
            return None;
        }
        self.strip_keyed_prefix(s, c)
    }

    /// [`WordSet::strip_prefix`] of `s`, whose first character `c` passed the filter.
    fn strip_keyed_prefix<'a>(&self, s: &'a str, c: char) -> Option<&'a str> {
        let list = self.words(c);
        let b = s.as_bytes();
        // The words of a group share their first character: their last byte is compared first,
        // which spares a `memcmp` call for most of them.
        list.iter()
            .filter(|w| b.get(w.len().wrapping_sub(1)) == w.as_bytes().last())
            .find_map(|w| s.strip_prefix(w))
    }

    /// `s` without the longest word it ends with (keyed by last character); the filter first, as
    /// in [`WordSet::strip_prefix`].
    pub fn strip_suffix<'a>(&self, s: &'a str) -> Option<&'a str> {
        let c = last_char(s)?;
        if !self.may_key(c) {
            return None;
        }
        self.strip_keyed_suffix(s, c)
    }

    /// [`WordSet::strip_suffix`] of `s`, whose last character `c` passed the filter.
    fn strip_keyed_suffix<'a>(&self, s: &'a str, c: char) -> Option<&'a str> {
        let list = self.words(c);
        let b = s.as_bytes();
        // The words of a group share their last character: their first byte is compared first.
        list.iter()
            .filter(|w| b.len().checked_sub(w.len()).map(|i| b[i]) == w.as_bytes().first().copied())
            .find_map(|w| s.strip_suffix(w))
    }
}

/// A table of the last bytes of `words` (`table[b]` when some word ends with byte `b`), built at
/// compile time: a figure's neighbour is compared with the words only when its byte is set.
///
/// ```text
/// last_byte_table(&["省", "县"])[0x81] == true  // 省 is E7 9C 81
/// ```
pub(crate) const fn last_byte_table(words: &[&str]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        t[w[w.len() - 1] as usize] = true;
        i += 1;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::{WordSet, Words};

    #[test]
    fn a_list_reads_back_its_words() {
        let list: Words = words!["达到", "达", "控制在"];
        assert_eq!(list.0, "达到\n达\n控制在\n");
        assert_eq!(list.iter().collect::<Vec<_>>(), ["达到", "达", "控制在"]);
        let set = WordSet::new(&[list, words!["占"]], true);
        assert_eq!(set.words('达'), ["达"]);
        assert_eq!(set.words('占'), ["占"]);
    }

    #[test]
    fn grouped_by_key_longest_first_in_list_order() {
        let set = WordSet::of(
            &["进一步", "进", "加强", "进行", "加", "推进", "进入"],
            false,
        );
        assert_eq!(set.words('进'), ["进一步", "进行", "进入", "进"]);
        assert_eq!(set.words('加'), ["加强", "加"]);
        assert_eq!(set.words('推'), ["推进"]);
        assert!(set.words('无').is_empty());
        // A character that shares the low twelve bits of a key (加 U+52A0, U+62A0) passes the
        // filter and is still answered by the search.
        assert!(set.words('\u{62a0}').is_empty());
        let last = WordSet::of(&["推进", "进", "促进", "了"], true);
        assert_eq!(last.words('进'), ["推进", "促进", "进"]);
        assert_eq!(last.strip_suffix("大力推进"), Some("大力"));
    }

    #[test]
    fn keys_sharing_a_bucket_keep_their_own_words() {
        // 加 U+52A0, U+52A1, U+62A0, U+5281 and 力 U+529B share bits 6-11 (one bucket); U+62A1 has
        // the low twelve bits of U+52A1 (it passes the filter and keys nothing).
        let words = [
            "\u{62a0}甲",
            "加",
            "\u{52a1}乙丙",
            "加强",
            "\u{5281}",
            "加大力度",
            "\u{52a1}丁",
            "力",
            "\u{62a0}",
        ];
        let set = WordSet::of(&words, false);
        for c in [
            '加', '\u{52a1}', '\u{62a0}', '\u{5281}', '力', '\u{52a2}', '\u{62a1}',
        ] {
            // The words of the key, longest first and in list order for one length.
            let mut want: Vec<&str> = words.iter().copied().filter(|w| w.starts_with(c)).collect();
            want.sort_by_key(|w| std::cmp::Reverse(w.len()));
            assert_eq!(set.words(c), want, "{c:?}");
            assert_eq!(set.may_key(c), !want.is_empty() || c == '\u{62a1}', "{c:?}");
        }
    }

    #[test]
    fn end_characters_read_like_chars() {
        for s in [
            "", "a", "进", "a进", "进a", "é", "进é", "😀进", "进😀", "，", "a，b",
        ] {
            assert_eq!(super::first_char(s), s.chars().next(), "{s:?}");
            assert_eq!(super::last_char(s), s.chars().next_back(), "{s:?}");
        }
    }

    #[test]
    fn strips_the_longest_word_like_a_search_of_the_list() {
        let words = ["进一步", "进", "进行", "推进", "促进", "了", "加强", "强"];
        let (first, last) = (WordSet::of(&words, false), WordSet::of(&words, true));
        let longest = |found: Vec<&'static str>| found.into_iter().max_by_key(|w| w.len());
        for s in [
            "进一步加强",
            "进行",
            "进",
            "加强了",
            "大力推进",
            "促进了",
            "强",
            "",
            "一步",
        ] {
            let prefix = longest(words.iter().copied().filter(|w| s.starts_with(w)).collect());
            let suffix = longest(words.iter().copied().filter(|w| s.ends_with(w)).collect());
            assert_eq!(
                first.strip_prefix(s),
                prefix.map(|w| &s[w.len()..]),
                "{s:?}"
            );
            assert_eq!(
                last.strip_suffix(s),
                suffix.map(|w| &s[..s.len() - w.len()]),
                "{s:?}"
            );
        }
    }
}
