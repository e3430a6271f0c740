//! The checker's language data, embedded from `assets/lexicon/` and parsed once.
//!
//! A row with the wrong number of fields is skipped at run time (the tests make sure there
//! are none), so a staff edit can never make the checker fail.

use super::inflect::Pos;
use super::phrases::{PhraseSet, Vocabulary};
use crate::lexicon::tsv_rows;
// FxHash: these maps are keyed by short words looked up for every word of a letter;
// SipHash's protection against crafted keys is not needed for our own word lists.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

pub(crate) const PLAIN_WORDS: &str = include_str!("../../../../assets/lexicon/plain-words.tsv");
pub(crate) const JARGON: &str = include_str!("../../../../assets/lexicon/jargon.tsv");
pub(crate) const ABBREVIATIONS: &str = include_str!("../../../../assets/lexicon/abbreviations.tsv");
pub(crate) const STOCK_PHRASES: &str = include_str!("../../../../assets/lexicon/stock-phrases.tsv");
pub(crate) const NEGATIVES: &str = include_str!("../../../../assets/lexicon/negatives.tsv");
pub(crate) const CONTRACTIONS: &str = include_str!("../../../../assets/lexicon/contractions.tsv");
pub(crate) const NUMBER_WORDS: &str = include_str!("../../../../assets/lexicon/number-words.txt");
pub(crate) const IRREGULAR: &str =
    include_str!("../../../../assets/lexicon/irregular-participles.txt");
pub(crate) const NOT_PASSIVE: &str = include_str!("../../../../assets/lexicon/not-passive.txt");
pub(crate) const CAPS_WORDS: &str = include_str!("../../../../assets/lexicon/caps-words.txt");
pub(crate) const KNOWN_INITIALS: &str =
    include_str!("../../../../assets/lexicon/known-initials.txt");

/// One row of `plain-words.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct PlainWord {
    pub formal: String,
    pub plain: String,
    pub pos: Pos,
}

/// A phrase with what to say instead (`jargon.tsv`, `stock-phrases.tsv`, `negatives.tsv`).
#[derive(Debug, Clone)]
pub(crate) struct Pair {
    pub phrase: String,
    pub other: String,
}

/// An irregular verb.
#[derive(Debug, Clone)]
pub(crate) struct Verb {
    pub past: String,
    pub participle: String,
}

/// All the checker's data.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub plain: Vec<PlainWord>,
    pub plain_set: PhraseSet,
    pub jargon: Vec<Pair>,
    pub jargon_set: PhraseSet,
    pub stock: Vec<Pair>,
    pub stock_set: PhraseSet,
    pub negatives: Vec<Pair>,
    pub negatives_set: PhraseSet,
    /// The words of the four phrase lists above, numbered.
    pub vocabulary: Vocabulary,
    /// Abbreviations written with capitals, matched exactly ("GP", "DoLS"). Every key holds
    /// a capital letter: `initials::lookup` relies on it to skip words without one.
    pub abbr_exact: HashMap<String, String>,
    /// Abbreviations in lower case, matched in any case ("e.g.", "approx").
    pub abbr_lower: HashMap<String, String>,
    /// A quick "certainly not" test for both abbreviation tables (see [`KeyFilter`]).
    pub abbr_filter: KeyFilter,
    pub contractions: HashMap<String, String>,
    pub numbers: HashMap<String, u64>,
    /// A quick "certainly not" test for `numbers`.
    pub numbers_filter: KeyFilter,
    /// Irregular verbs by base form.
    pub irregular: HashMap<String, Verb>,
    /// Base forms of irregular past tenses and participles.
    pub irregular_base: HashMap<String, String>,
    /// Irregular past participles.
    pub participles: HashSet<String>,
    pub not_passive: HashSet<String>,
    pub caps_words: HashSet<String>,
    pub known_initials: HashSet<String>,
}

/// A one-hash Bloom filter over the keys of a table, by their length and their first two
/// bytes in ASCII lower case. A word that misses it is not a key: most words of a passage
/// are answered by one bit instead of (lower-casing and) hashing them. A hit says nothing;
/// the table decides.
#[derive(Debug, Clone)]
pub(crate) struct KeyFilter {
    bits: [u64; KeyFilter::WORDS],
}

impl KeyFilter {
    /// The filter's size in 64-bit words (4,096 bits).
    const WORDS: usize = 64;

    /// The filter holding every key of `keys`.
    pub(crate) fn new<K: AsRef<str>>(keys: impl IntoIterator<Item = K>) -> Self {
        let mut filter = KeyFilter {
            bits: [0; Self::WORDS],
        };
        for key in keys {
            let bit = Self::bit(key.as_ref().as_bytes());
            filter.bits[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    /// The bit of a word: its length (capped) and its first two bytes, ASCII lower-cased.
    /// ASCII lower-casing keeps the length in bytes and agrees with `str::to_lowercase` on
    /// ASCII, so a word and its lower-case form share a bit when the word is ASCII.
    #[inline]
    fn bit(word: &[u8]) -> usize {
        let len = word.len().min(31);
        let first = word.first().map_or(0, u8::to_ascii_lowercase) as usize;
        let second = word.get(1).map_or(0, u8::to_ascii_lowercase) as usize;
        let mixed =
            (len.wrapping_mul(0x9e37) ^ first.wrapping_mul(0x2545) ^ second.wrapping_mul(0x6c8b))
                .wrapping_mul(0x27d4_eb2d);
        (mixed >> 7) % (Self::WORDS * 64)
    }

    /// Whether `word` may be a key, compared exactly (any string).
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word.as_bytes());
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether `word` may be a key as written or lower-cased, for tables whose keys are
    /// matched in exact case or after `str::to_lowercase`. Always true for a word that is
    /// not ASCII (its lower case may differ in length and bytes).
    #[inline]
    pub(crate) fn may_hold_any_case(&self, word: &str) -> bool {
        !word.is_ascii() || self.may_hold(word)
    }
}

/// The data, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn pairs(data: &str, allow_empty: bool) -> Vec<Pair> {
    tsv_rows(data)
        .filter_map(|row| match row.as_slice() {
            [phrase, other] => Some(Pair {
                phrase: phrase.to_lowercase(),
                other: other.to_string(),
            }),
            [phrase] if allow_empty => Some(Pair {
                phrase: phrase.to_lowercase(),
                other: String::new(),
            }),
            _ => None,
        })
        .collect()
}

fn words(data: &str) -> HashSet<String> {
    tsv_rows(data)
        .filter_map(|row| match row.as_slice() {
            [word] => Some(word.to_string()),
            _ => None,
        })
        .collect()
}

fn build() -> Lexicon {
    let mut irregular = HashMap::default();
    let mut irregular_base = HashMap::default();
    let mut participles = HashSet::default();
    for row in tsv_rows(IRREGULAR) {
        if let [base, past, participle] = row.as_slice() {
            irregular.insert(
                base.to_string(),
                Verb {
                    past: past.to_string(),
                    participle: participle.to_string(),
                },
            );
            irregular_base.insert(past.to_string(), base.to_string());
            irregular_base.insert(participle.to_string(), base.to_string());
            participles.insert(participle.to_string());
        }
    }

    let plain: Vec<PlainWord> = tsv_rows(PLAIN_WORDS)
        .filter_map(|row| match row.as_slice() {
            [formal, plain, pos, _notes] => Some(PlainWord {
                formal: formal.to_lowercase(),
                plain: plain.to_string(),
                pos: Pos::parse(pos)?,
            }),
            _ => None,
        })
        .collect();
    let mut vocabulary = Vocabulary::default();
    let plain_set = PhraseSet::new(
        plain.iter().map(|p| (p.formal.as_str(), p.pos)),
        &irregular,
        &mut vocabulary,
    );

    let jargon = pairs(JARGON, false);
    let jargon_set = PhraseSet::new(
        jargon.iter().map(|p| (p.phrase.as_str(), Pos::Noun)),
        &irregular,
        &mut vocabulary,
    );
    let stock = pairs(STOCK_PHRASES, true);
    let stock_set = PhraseSet::new(
        stock.iter().map(|p| (p.phrase.as_str(), Pos::Phrase)),
        &irregular,
        &mut vocabulary,
    );
    let negatives = pairs(NEGATIVES, false);
    let negatives_set = PhraseSet::new(
        negatives.iter().map(|p| (p.phrase.as_str(), Pos::Phrase)),
        &irregular,
        &mut vocabulary,
    );

    let mut abbr_exact = HashMap::default();
    let mut abbr_lower = HashMap::default();
    for row in tsv_rows(ABBREVIATIONS) {
        if let [abbr, expansion] = row.as_slice() {
            if abbr.chars().any(char::is_uppercase) {
                abbr_exact.insert(abbr.to_string(), expansion.to_string());
            } else {
                abbr_lower.insert(abbr.to_string(), expansion.to_string());
            }
        }
    }

    let contractions = pairs(CONTRACTIONS, false)
        .into_iter()
        .map(|p| (p.phrase, p.other))
        .collect();
    let numbers: HashMap<String, u64> = tsv_rows(NUMBER_WORDS)
        .filter_map(|row| match row.as_slice() {
            [word, value] => Some((word.to_lowercase(), value.parse().ok()?)),
            _ => None,
        })
        .collect();

    let numbers_filter = KeyFilter::new(numbers.keys());
    let abbr_filter = KeyFilter::new(abbr_exact.keys().chain(abbr_lower.keys()));
    Lexicon {
        plain,
        plain_set,
        jargon,
        jargon_set,
        stock,
        stock_set,
        negatives,
        negatives_set,
        vocabulary,
        abbr_exact,
        abbr_lower,
        abbr_filter,
        contractions,
        numbers,
        numbers_filter,
        irregular,
        irregular_base,
        participles,
        not_passive: words(NOT_PASSIVE),
        caps_words: words(CAPS_WORDS),
        known_initials: words(KNOWN_INITIALS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A key filter never turns a key away, as written (any string) or, for an ASCII
        /// word, in the case the any-case test allows.
        #[test]
        fn a_key_filter_holds_every_key(
            keys in proptest::collection::vec(proptest::prelude::any::<String>(), 0..20),
            ascii in proptest::collection::vec("[a-zA-Z.&/]{0,8}", 0..20),
        ) {
            let filter = KeyFilter::new(keys.iter().chain(&ascii));
            for key in keys.iter().chain(&ascii) {
                proptest::prop_assert!(filter.may_hold(key));
                proptest::prop_assert!(filter.may_hold_any_case(key));
            }
            let lower = KeyFilter::new(ascii.iter().map(|k| k.to_lowercase()));
            for key in &ascii {
                proptest::prop_assert!(lower.may_hold_any_case(key));
                proptest::prop_assert!(lower.may_hold_any_case(&key.to_uppercase()));
            }
        }
    }

    /// Every data file of the checker: name, contents, allowed field counts.
    const FILES: &[(&str, &str, &[usize])] = &[
        ("plain-words.tsv", PLAIN_WORDS, &[4]),
        ("jargon.tsv", JARGON, &[2]),
        ("abbreviations.tsv", ABBREVIATIONS, &[2]),
        ("stock-phrases.tsv", STOCK_PHRASES, &[1, 2]),
        ("negatives.tsv", NEGATIVES, &[2]),
        ("contractions.tsv", CONTRACTIONS, &[2]),
        ("number-words.txt", NUMBER_WORDS, &[2]),
        ("irregular-participles.txt", IRREGULAR, &[3]),
        ("not-passive.txt", NOT_PASSIVE, &[1]),
        ("caps-words.txt", CAPS_WORDS, &[1]),
        ("known-initials.txt", KNOWN_INITIALS, &[1]),
    ];

    #[test]
    fn every_row_has_the_right_fields_and_no_key_repeats() {
        for (name, data, counts) in FILES {
            let mut seen = HashSet::default();
            let mut rows = 0;
            for row in tsv_rows(data) {
                rows += 1;
                assert!(
                    counts.contains(&row.len()),
                    "{name}: row {row:?} has {} fields, expected {counts:?}",
                    row.len()
                );
                assert!(
                    row.iter().take(2).all(|f| !f.is_empty()) || row.len() == 1,
                    "{name}: empty field in {row:?}"
                );
                // Abbreviations are case-sensitive ("DoB" and "DOB"); the rest are not.
                let key = if *name == "abbreviations.tsv" {
                    row[0].to_string()
                } else {
                    row[0].to_lowercase()
                };
                assert!(seen.insert(key), "{name}: {:?} is listed twice", row[0]);
                assert!(
                    !row[0].contains("  ") && row[0] == row[0].trim(),
                    "{name}: stray spaces in {:?}",
                    row[0]
                );
            }
            assert!(rows > 0, "{name} has no rows");
        }
    }

    #[test]
    fn the_header_is_the_first_non_comment_line() {
        for (name, data, _) in FILES {
            let header = data
                .lines()
                .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .unwrap_or_default();
            assert!(
                !header.is_empty() && header.chars().all(|c| c.is_ascii_lowercase() || c == '\t'),
                "{name}: header {header:?} should be lower-case column names"
            );
        }
    }

    #[test]
    fn phrase_lists_do_not_overlap() {
        let mut seen: HashMap<String, &str> = HashMap::default();
        for (name, data) in [
            ("plain-words.tsv", PLAIN_WORDS),
            ("jargon.tsv", JARGON),
            ("stock-phrases.tsv", STOCK_PHRASES),
            ("negatives.tsv", NEGATIVES),
        ] {
            for row in tsv_rows(data) {
                let key = row[0].to_lowercase();
                if let Some(other) = seen.insert(key.clone(), name) {
                    panic!("{key:?} is in both {other} and {name}");
                }
            }
        }
    }

    #[test]
    fn sizes_and_values_are_as_documented() {
        let lex = lexicon();
        assert!(lex.plain.len() >= 400, "{} plain words", lex.plain.len());
        assert!(lex.jargon.len() >= 100, "{} jargon terms", lex.jargon.len());
        assert!(lex.stock.len() >= 60, "{} stock phrases", lex.stock.len());
        // Every row was understood: none was dropped for a bad part of speech or value.
        assert_eq!(lex.plain.len(), tsv_rows(PLAIN_WORDS).count());
        assert_eq!(lex.numbers.len(), tsv_rows(NUMBER_WORDS).count());
        assert_eq!(lex.numbers.get("twenty"), Some(&20));
        assert_eq!(lex.abbr_exact.get("GP").map(String::as_str), Some("doctor"));
        assert_eq!(
            lex.abbr_lower.get("e.g.").map(String::as_str),
            Some("for example")
        );
        assert_eq!(
            lex.contractions.get("can't").map(String::as_str),
            Some("cannot")
        );
        assert!(lex.participles.contains("given"));
        assert_eq!(
            lex.irregular_base.get("sought").map(String::as_str),
            Some("seek")
        );
        // Caps words are written in capitals; contractions in lower case.
        assert!(lex
            .caps_words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_uppercase())));
        assert!(lex.contractions.keys().all(|k| *k == k.to_lowercase()));
    }
}
