//! Word lists looked up by a character: the units by their first character, the label's
//! leading and trailing function words by their first and last.

/// Words grouped by their first (or last) character, so that stripping looks at few candidates.
/// A sorted list searched by binary search: cheaper than hashing for a few dozen keys.
pub(crate) struct WordSet(Vec<(char, Vec<&'static str>)>);

impl WordSet {
    /// Groups `words` by their first character, or their last when `last`.
    pub fn new(words: &[&'static str], last: bool) -> Self {
        let mut m: Vec<(char, Vec<&'static str>)> = Vec::new();
        for w in words {
            let key = if last {
                w.chars().next_back()
            } else {
                w.chars().next()
            };
            let Some(c) = key else { continue };
            match m.iter_mut().find(|(k, _)| *k == c) {
                Some((_, v)) => v.push(w),
                None => m.push((c, vec![w])),
            }
        }
        for (_, v) in &mut m {
            crate::sort::by_key(v, |w| (usize::MAX - w.len(), 0));
        }
        crate::sort::by_key(&mut m, |(c, _)| (*c as usize, 0));
        WordSet(m)
    }

    /// The words keyed by `c`, longest first.
    pub fn words(&self, c: char) -> &[&'static str] {
        self.0
            .binary_search_by_key(&c, |(k, _)| *k)
            .map_or(&[], |i| &self.0[i].1)
    }

    /// `s` without the longest word it starts with (keyed by first character).
    pub fn strip_prefix<'a>(&self, s: &'a str) -> Option<&'a str> {
        let list = self.words(s.chars().next()?);
        list.iter().find_map(|w| s.strip_prefix(w))
    }

    /// `s` without the longest word it ends with (keyed by last character).
    pub fn strip_suffix<'a>(&self, s: &'a str) -> Option<&'a str> {
        let list = self.words(s.chars().next_back()?);
        list.iter().find_map(|w| s.strip_suffix(w))
    }
}
