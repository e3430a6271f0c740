//! Syllable counts for British English words.

/// The number of syllables in `word` (at least 1 for any word with a letter or digit).
// PLACEHOLDER: vowel groups, to be replaced by hyphenation patterns plus exceptions.
pub fn count(word: &str) -> u32 {
    let mut n = 0;
    let mut prev = false;
    for c in word.chars().flat_map(char::to_lowercase) {
        let v = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n.max(1)
}
