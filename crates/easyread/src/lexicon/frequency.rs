//! How common a word is: word frequencies on the Zipf scale, from the wordfreq data
//! embedded from `assets/lexicon/wordfreq/wordfreq-en.tsv` (CC BY-SA 4.0; see the README
//! beside it).
//!
//! The Zipf scale is log10 of a word's occurrences per billion words: about 7.7 for "the",
//! 3 for a word seen once per million words, 1 for once per billion. A word absent from the
//! list is rarer than the list's last entry (about 2.4 for the 60,000 words kept).
//!
//! ```
//! use easyread::lexicon::frequency;
//!
//! assert!(frequency::zipf("the").unwrap() > 7.0);
//! assert!(frequency::is_common("review", frequency::DEFAULT_UNCOMMON_ZIPF));
//! assert!(!frequency::is_common("ascertain", 4.5));
//! assert_eq!(frequency::zipf("zzzxq"), None);
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

// `ZIPF_KEY`, `ZIPF_DISPS`, `ZIPF_WORDS` and `ZIPF_ENTRIES`: the embedded list as a
// perfect-hash table, built from `assets/lexicon/wordfreq/wordfreq-en.tsv` by `build.rs`
// with the same rules as [`FrequencyList::parse`], so that start-up does not parse 60,000
// rows (nor relocate 60,000 pointers: the table holds none).
include!(concat!(env!("OUT_DIR"), "/wordfreq_en.rs"));

/// The Zipf frequency of exactly `key` in the embedded table.
fn embedded_zipf(key: &str) -> Option<f32> {
    if ZIPF_DISPS.is_empty() || ZIPF_ENTRIES.is_empty() {
        return None;
    }
    let hashes = phf_shared::hash(key, &ZIPF_KEY);
    let index = phf_shared::get_index(&hashes, &ZIPF_DISPS, ZIPF_ENTRIES.len());
    let &(start, end, zipf) = ZIPF_ENTRIES.get(usize::try_from(index).ok()?)?;
    let word = ZIPF_WORDS.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?;
    (word == key).then_some(zipf)
}

/// Below this Zipf frequency a word counts as uncommon by default (about three times per
/// ten million words).
pub const DEFAULT_UNCOMMON_ZIPF: f32 = 3.5;

/// A word-frequency list: lower-case words and their Zipf frequency.
#[derive(Debug, Clone)]
pub struct FrequencyList<'a> {
    zipf: Table<'a>,
}

/// Where a list's words live: parsed at run time, or the table generated at build time.
#[derive(Debug, Clone)]
enum Table<'a> {
    Parsed(HashMap<&'a str, f32>),
    Embedded,
}

impl Default for FrequencyList<'_> {
    fn default() -> Self {
        FrequencyList {
            zipf: Table::Parsed(HashMap::new()),
        }
    }
}

impl<'a> FrequencyList<'a> {
    /// Parse a list in the `wordfreq-en.tsv` format: `#` comment lines, a header line
    /// `word<TAB>zipf`, then `lowercase-word<TAB>5.32` rows. Rows without a readable number
    /// are skipped; when a word appears twice, its first (most frequent) row wins.
    pub fn parse(data: &'a str) -> Self {
        // `build.rs` applies the same rules to the embedded list: keep them in step.
        let mut zipf = HashMap::with_capacity(data.len() / 12);
        for row in crate::lexicon::tsv_rows(data) {
            if let [word, value, ..] = row.as_slice() {
                if let Ok(value) = value.parse::<f32>() {
                    if value.is_finite() && !word.is_empty() {
                        zipf.entry(*word).or_insert(value);
                    }
                }
            }
        }
        FrequencyList {
            zipf: Table::Parsed(zipf),
        }
    }

    /// Number of words in the list.
    pub fn len(&self) -> usize {
        match &self.zipf {
            Table::Parsed(map) => map.len(),
            Table::Embedded => ZIPF_ENTRIES.len(),
        }
    }

    /// Whether the list has no words.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The Zipf frequency of exactly `key` (already normalised).
    fn get(&self, key: &str) -> Option<f32> {
        match &self.zipf {
            Table::Parsed(map) => map.get(key).copied(),
            Table::Embedded => embedded_zipf(key),
        }
    }

    /// The Zipf frequency of `word`, looked up case-insensitively, with curly apostrophes
    /// read as straight ones. A possessive or plural form missing from the list
    /// ("council's", "families'") falls back to its stem. `None` when the word is not in
    /// the list.
    pub fn zipf(&self, word: &str) -> Option<f32> {
        let lowered = normalise(word);
        let key: &str = &lowered;
        if let Some(z) = self.get(key) {
            return Some(z);
        }
        let stem = key
            .strip_suffix("'s")
            .or_else(|| key.strip_suffix("s'"))
            .or_else(|| key.strip_suffix('\''))?;
        if stem.is_empty() {
            return None;
        }
        self.get(stem)
    }
}

/// Lower-case a word and straighten its apostrophes. Most words are already plain lower
/// case ASCII: those are borrowed, not copied.
fn normalise(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// The embedded English list (generated at build time: nothing to parse).
pub fn english() -> &'static FrequencyList<'static> {
    static LIST: FrequencyList<'static> = FrequencyList {
        zipf: Table::Embedded,
    };
    &LIST
}

/// The Zipf frequency of an English word (case-insensitive), or `None` when the word is not
/// among the 60,000 most frequent.
pub fn zipf(word: &str) -> Option<f32> {
    // Words repeat (a letter uses a few hundred words many times over): a per-thread cache
    // answers most lookups without lower-casing and hashing into the 60,000-word table.
    const CACHE_MAX_WORD: usize = 32;
    const CACHE_MAX_ENTRIES: usize = 20_000;
    thread_local! {
        static CACHE: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<f32>>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    if word.len() > CACHE_MAX_WORD {
        return english().zipf(word);
    }
    if let Some(z) = CACHE.with(|cache| cache.borrow().get(word).copied()) {
        return z;
    }
    let z = english().zipf(word);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_MAX_ENTRIES {
            cache.clear();
        }
        cache.insert(word.into(), z);
    });
    z
}

/// Whether `word` is common: its Zipf frequency is at least `threshold`
/// ([`DEFAULT_UNCOMMON_ZIPF`] is the usual one). Words missing from the list are not
/// common.
pub fn is_common(word: &str, threshold: f32) -> bool {
    zipf(word).is_some_and(|z| z >= threshold)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# comment\n# another\nword\tzipf\nthe\t7.73\ncouncil\t5.01\n\
                          don't\t5.90\nascertain\t2.61\nbroken\tnot-a-number\nthe\t1.00\n";

    #[test]
    fn parses_the_wordfreq_format() {
        let list = FrequencyList::parse(SAMPLE);
        assert_eq!(list.len(), 4);
        assert_eq!(list.zipf("the"), Some(7.73));
        assert_eq!(list.zipf("The"), Some(7.73));
        assert_eq!(list.zipf("ASCERTAIN"), Some(2.61));
        assert_eq!(list.zipf("broken"), None);
        assert_eq!(list.zipf("word"), None, "the header is not a row");
    }

    #[test]
    fn apostrophes_and_possessives() {
        let list = FrequencyList::parse(SAMPLE);
        assert_eq!(list.zipf("don\u{2019}t"), Some(5.90));
        assert_eq!(list.zipf("Council's"), Some(5.01));
        assert_eq!(list.zipf("council\u{2019}s"), Some(5.01));
        assert_eq!(list.zipf("councils'"), Some(5.01));
        assert_eq!(list.zipf("'s"), None);
        assert_eq!(list.zipf(""), None);
    }

    /// The table generated by `build.rs` holds exactly what parsing the file gives.
    #[test]
    fn embedded_table_matches_parsing_the_file() {
        const DATA: &str = include_str!("../../../../assets/lexicon/wordfreq/wordfreq-en.tsv");
        let parsed = FrequencyList::parse(DATA);
        let Table::Parsed(map) = &parsed.zipf else {
            panic!("parse gives a parsed table")
        };
        assert_eq!(english().len(), parsed.len());
        for (word, z) in map {
            assert_eq!(
                embedded_zipf(word).map(|v| v.to_bits()),
                Some(z.to_bits()),
                "{word}"
            );
        }
    }

    proptest::proptest! {
        /// The embedded table answers as parsing the file does for any key: a word of
        /// the list, one a letter longer or shorter (most share a slot with no word of
        /// theirs), or any text.
        #[test]
        fn embedded_table_answers_as_parsing_for_any_key(
            index in 0usize..60_000,
            extra in "[a-z'\u{e9}]{0,1}",
            cut in proptest::prelude::any::<bool>(),
            any in "\\PC{0,12}",
        ) {
            static PARSED: std::sync::OnceLock<FrequencyList<'static>> = std::sync::OnceLock::new();
            let parsed = PARSED.get_or_init(|| {
                FrequencyList::parse(include_str!("../../../../assets/lexicon/wordfreq/wordfreq-en.tsv"))
            });
            let Table::Parsed(map) = &parsed.zipf else {
                panic!("parse gives a parsed table")
            };
            static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
            let words = WORDS.get_or_init(|| {
                let mut words: Vec<&str> = map.keys().copied().collect();
                words.sort_unstable();
                words
            });
            let word = words[index % words.len()];
            let mut near = format!("{word}{extra}");
            if cut {
                near.pop();
            }
            for key in [word, near.as_str(), any.as_str()] {
                proptest::prop_assert_eq!(
                    embedded_zipf(key).map(f32::to_bits),
                    map.get(key).map(|z| z.to_bits()),
                    "{:?}", key
                );
            }
        }
    }

    #[test]
    fn cached_lookups_give_the_table_answer() {
        let words = [
            "The",
            "the",
            "THE",
            "Council\u{2019}s",
            "zzqx",
            "ascertain",
            "a",
        ];
        for _ in 0..3 {
            for word in words {
                assert_eq!(zipf(word), english().zipf(word), "{word}");
            }
        }
        let long = "pneumonoultramicroscopicsilicovolcanoconiosis";
        assert_eq!(zipf(long), english().zipf(long));
    }

    #[test]
    fn embedded_list_is_loaded() {
        let list = english();
        assert!(list.len() > 50_000, "{} words", list.len());
        assert!(zipf("the").is_some_and(|z| z > 7.0));
        assert!(is_common("appointment", DEFAULT_UNCOMMON_ZIPF));
        assert!(is_common("people", DEFAULT_UNCOMMON_ZIPF));
        assert!(!is_common("ascertain", DEFAULT_UNCOMMON_ZIPF));
        assert!(!is_common("qwxzv", DEFAULT_UNCOMMON_ZIPF));
    }
}
