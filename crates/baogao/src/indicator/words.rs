//! Word lists looked up by a character: the units by their first character, the label's
//! leading and trailing function words by their first and last.

/// Words grouped by their first (or last) character, so that stripping looks at few candidates.
/// A sorted list searched by binary search: cheaper than hashing for a few dozen keys.
pub(crate) struct WordSet {
    /// The words, grouped by key in key order, each group longest first.
    words: Vec<&'static str>,
    /// Per key: the key and its group's range in `words` (two vectors for a set, not one per key).
    groups: Vec<(char, usize, usize)>,
    /// A 4096-bit filter over the low twelve bits of the keys (see [`filter_bit`]): most
    /// characters asked about key no word, and are answered without the binary search.
    filter: [u64; 64],
}

/// The word and bit of `c` in a [`WordSet`]'s filter: the low twelve bits of the code point,
/// which spread the CJK ideographs of a few hundred keys over 4096 bits.
///
/// ```text
/// filter_bit('进') == (0x8fdb & 0xfff) >> 6, (0x8fdb & 0xfff) & 63
/// ```
#[inline]
fn filter_bit(c: char) -> (usize, u32) {
    let k = c as usize & 0xfff;
    (k >> 6, (k & 63) as u32)
}

impl WordSet {
    /// Groups `words` by their first character, or their last when `last`.
    pub fn new(words: &[&'static str], last: bool) -> Self {
        // (key, word) pairs sorted by key and then longest first (stably: words of one key and
        // length keep their order), then cut into groups: a search of the groups for each word
        // cost about 0.3M instructions at start-up for the lexicon's lists.
        let mut keyed: Vec<(char, &'static str)> = words
            .iter()
            .filter_map(|w| {
                let key = if last {
                    w.chars().next_back()
                } else {
                    w.chars().next()
                };
                key.map(|c| (c, *w))
            })
            .collect();
        crate::sort::by_key(&mut keyed, |(c, w)| (*c as usize, usize::MAX - w.len()));
        let mut groups: Vec<(char, usize, usize)> = Vec::new();
        let mut filter = [0u64; 64];
        for (i, &(c, _)) in keyed.iter().enumerate() {
            let (word, bit) = filter_bit(c);
            filter[word] |= 1 << bit;
            match groups.last_mut() {
                Some((k, _, end)) if *k == c => *end = i + 1,
                _ => groups.push((c, i, i + 1)),
            }
        }
        WordSet {
            words: keyed.into_iter().map(|(_, w)| w).collect(),
            groups,
            filter,
        }
    }

    /// The words keyed by `c`, longest first.
    pub fn words(&self, c: char) -> &[&'static str] {
        let (word, bit) = filter_bit(c);
        if (self.filter[word] >> bit) & 1 == 0 {
            return &[];
        }
        self.groups
            .binary_search_by_key(&c, |&(k, _, _)| k)
            .map_or(&[], |i| &self.words[self.groups[i].1..self.groups[i].2])
    }

    /// `s` without the longest word it starts with (keyed by first character).
    pub fn strip_prefix<'a>(&self, s: &'a str) -> Option<&'a str> {
        let list = self.words(s.chars().next()?);
        let b = s.as_bytes();
        // The words of a group share their first character: their last byte is compared first,
        // which spares a `memcmp` call for most of them.
        list.iter()
            .filter(|w| b.get(w.len().wrapping_sub(1)) == w.as_bytes().last())
            .find_map(|w| s.strip_prefix(w))
    }

    /// `s` without the longest word it ends with (keyed by last character).
    pub fn strip_suffix<'a>(&self, s: &'a str) -> Option<&'a str> {
        let list = self.words(s.chars().next_back()?);
        let b = s.as_bytes();
        // The words of a group share their last character: their first byte is compared first.
        list.iter()
            .filter(|w| b.len().checked_sub(w.len()).map(|i| b[i]) == w.as_bytes().first().copied())
            .find_map(|w| s.strip_suffix(w))
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn grouped_by_key_longest_first_in_list_order() {
        let set = WordSet::new(
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
        let last = WordSet::new(&["推进", "进", "促进", "了"], true);
        assert_eq!(last.words('进'), ["推进", "促进", "进"]);
        assert_eq!(last.strip_suffix("大力推进"), Some("大力"));
    }

    #[test]
    fn strips_the_longest_word_like_a_search_of_the_list() {
        let words = ["进一步", "进", "进行", "推进", "促进", "了", "加强", "强"];
        let (first, last) = (WordSet::new(&words, false), WordSet::new(&words, true));
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
