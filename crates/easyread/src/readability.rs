//! Readability formulas and counts over an [`Analysis`].
//!
//! Every formula is computed from a handful of counts ([`Counts`]); when a text has no
//! sentence or no word every formula, share and mean is 0.0 (never NaN or infinity, so the
//! JSON output stays valid). Nothing is rounded here: rounding is the printer's job.

use crate::analysis::{Analysis, Sentence};
use crate::lexicon::frequency;
use crate::text::syllables;
use crate::text::words::WordKind;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Settings for the readability measures; defaults follow `easy-read-rules.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadabilityOptions {
    /// A word is uncommon when its Zipf frequency is below this (or it is missing from the
    /// frequency list). Default [`frequency::DEFAULT_UNCOMMON_ZIPF`] (3.5).
    pub uncommon_zipf: f32,
}

impl Default for ReadabilityOptions {
    fn default() -> Self {
        ReadabilityOptions {
            uncommon_zipf: frequency::DEFAULT_UNCOMMON_ZIPF,
        }
    }
}

/// The raw counts the formulas are computed from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words in sentences.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables of those words, as spoken.
    pub syllables: usize,
    /// Letters and digits of those words.
    pub characters: usize,
    /// Words of three or more syllables (SMOG's polysyllables).
    pub polysyllables: usize,
    /// Gunning Fog's complex words; see [`is_complex_word`].
    pub complex_words: usize,
    /// Sentences with more than 15 words.
    pub sentences_over_15: usize,
    /// Sentences with more than 20 words.
    pub sentences_over_20: usize,
    /// Words in the longest sentence.
    pub max_sentence_words: usize,
    /// Words made only of letters (with hyphens and apostrophes): the base of
    /// `share_uncommon_words`.
    pub alphabetic_words: usize,
    /// Of those, the uncommon ones; see [`Readability::uncommon_words`].
    pub uncommon_words: usize,
}

/// Counts and the standard readability formulas for a document's prose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Readability {
    /// Words in sentences (headings, salutations, sign-offs and addresses are left out).
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables of those words, as spoken (numbers as read aloud).
    pub syllables: usize,
    /// Letters and digits of those words (for Coleman-Liau and ARI).
    pub characters: usize,
    /// Words of three or more syllables.
    pub polysyllables: usize,
    /// Gunning Fog's complex words: three or more syllables, not counting names (capitalised
    /// words inside a sentence), numbers, hyphenated compounds of shorter words, or words
    /// that reach three syllables only through the endings -es, -ed or -ing.
    pub complex_words: usize,
    /// Flesch Reading Ease (Flesch 1948), higher is easier:
    /// `206.835 - 1.015 * words / sentences - 84.6 * syllables / words`.
    pub flesch_reading_ease: f64,
    /// Flesch-Kincaid grade level (Kincaid et al. 1975), a US school grade:
    /// `0.39 * words / sentences + 11.8 * syllables / words - 15.59`.
    pub flesch_kincaid_grade: f64,
    /// SMOG grade (McLaughlin 1969), normalised to 30 sentences:
    /// `1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291`.
    pub smog: f64,
    /// Coleman-Liau index (Coleman and Liau 1975): `0.0588 * L - 0.296 * S - 15.8`, where
    /// `L` is letters and digits per 100 words and `S` sentences per 100 words.
    pub coleman_liau: f64,
    /// Automated Readability Index (Smith and Senter 1967):
    /// `4.71 * characters / words + 0.5 * words / sentences - 21.43`.
    pub ari: f64,
    /// Gunning Fog index (Gunning 1952):
    /// `0.4 * (words / sentences + 100 * complex_words / words)`.
    pub gunning_fog: f64,
    /// Mean words per sentence.
    pub mean_sentence_words: f64,
    /// Words in the longest sentence.
    pub max_sentence_words: usize,
    /// Share (0 to 1) of sentences with more than 15 words.
    pub share_over_15: f64,
    /// Share (0 to 1) of sentences with more than 20 words.
    pub share_over_20: f64,
    /// Words of letters whose Zipf frequency is below the threshold
    /// ([`ReadabilityOptions::uncommon_zipf`], default 3.5) or that are missing from the
    /// frequency list. Names (capitalised words inside a sentence) are never counted; a
    /// hyphenated word is uncommon when one of its parts is.
    pub uncommon_words: usize,
    /// Share (0 to 1) of the words of letters that are uncommon.
    pub share_uncommon_words: f64,
    /// UK reading age in years: Flesch-Kincaid grade + 5.
    pub uk_reading_age: f64,
}

impl Readability {
    /// Compute counts and formulas from an analysis, with the default settings.
    pub fn from_analysis(analysis: &Analysis) -> Self {
        Self::from_analysis_with(analysis, &ReadabilityOptions::default())
    }

    /// Compute counts and formulas from an analysis.
    pub fn from_analysis_with(analysis: &Analysis, options: &ReadabilityOptions) -> Self {
        Self::from_counts(&Counts::of(analysis, options))
    }

    /// Compute the formulas from counts. With no words or no sentences every formula,
    /// mean and share is 0.0.
    pub fn from_counts(c: &Counts) -> Self {
        let mut r = Readability {
            words: c.words,
            sentences: c.sentences,
            syllables: c.syllables,
            characters: c.characters,
            polysyllables: c.polysyllables,
            complex_words: c.complex_words,
            max_sentence_words: c.max_sentence_words,
            uncommon_words: c.uncommon_words,
            ..Readability::default()
        };
        if c.alphabetic_words > 0 {
            r.share_uncommon_words = finite(c.uncommon_words as f64 / c.alphabetic_words as f64);
        }
        if c.words == 0 || c.sentences == 0 {
            return r;
        }
        let words = c.words as f64;
        let sentences = c.sentences as f64;
        let wps = words / sentences;
        let spw = c.syllables as f64 / words;
        let cpw = c.characters as f64 / words;
        r.mean_sentence_words = finite(wps);
        r.flesch_reading_ease = finite(206.835 - 1.015 * wps - 84.6 * spw);
        r.flesch_kincaid_grade = finite(0.39 * wps + 11.8 * spw - 15.59);
        r.smog = finite(1.0430 * (c.polysyllables as f64 * 30.0 / sentences).sqrt() + 3.1291);
        let letters_per_100 = cpw * 100.0;
        let sentences_per_100 = sentences / words * 100.0;
        r.coleman_liau = finite(0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8);
        r.ari = finite(4.71 * cpw + 0.5 * wps - 21.43);
        r.gunning_fog = finite(0.4 * (wps + 100.0 * c.complex_words as f64 / words));
        r.share_over_15 = finite(c.sentences_over_15 as f64 / sentences);
        r.share_over_20 = finite(c.sentences_over_20 as f64 / sentences);
        r.uk_reading_age = finite(r.flesch_kincaid_grade + 5.0);
        r
    }
}

/// `x`, or 0.0 when it is NaN or infinite.
fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

impl Counts {
    /// Count the prose sentences of an analysis.
    pub fn of(analysis: &Analysis, options: &ReadabilityOptions) -> Self {
        // Sentences are counted in parallel (rayon) and the counts added up: every count is
        // a sum or a maximum, so the order does not matter.
        let mut c = analysis
            .sentences
            .par_iter()
            .map(|sentence| Counts::of_sentence(sentence, options))
            .reduce(Counts::default, Counts::add);
        c.sentences = analysis.sentences.len();
        c
    }

    /// Count some of an analysis' sentences (a passage's, say): the counts of a whole
    /// analysis are the [`Counts::add`] of the counts of its parts, in any order.
    pub(crate) fn of_sentences(sentences: &[Sentence], options: &ReadabilityOptions) -> Self {
        let mut c = sentences
            .iter()
            .map(|sentence| Counts::of_sentence(sentence, options))
            .fold(Counts::default(), Counts::add);
        c.sentences = sentences.len();
        c
    }

    /// The counts of one sentence (its `sentences` field is left at 0).
    fn of_sentence(sentence: &Sentence, options: &ReadabilityOptions) -> Self {
        let mut c = Counts::default();
        let n = sentence.words.len();
        c.words += n;
        c.max_sentence_words = n;
        c.sentences_over_15 += usize::from(n > 15);
        c.sentences_over_20 += usize::from(n > 20);
        for (index, word) in sentence.words.iter().enumerate() {
            c.syllables += word.syllables as usize;
            let (characters, letters_only) = letters_and_digits(&word.text);
            c.characters += characters;
            c.polysyllables += usize::from(word.syllables >= 3);
            // Most words have fewer than three syllables, which `is_complex_word` tests
            // first: tested here, they need no call.
            c.complex_words += usize::from(word.syllables >= 3 && is_complex_word(sentence, index));
            if word.kind == WordKind::Alphabetic && letters_only {
                c.alphabetic_words += 1;
                let name = index > 0 && starts_with_capital(&word.text);
                if !name && uncommon_given(&word.text, word.zipf, options.uncommon_zipf) {
                    c.uncommon_words += 1;
                }
            }
        }
        c
    }

    /// Two sets of counts together.
    pub(crate) fn add(a: Counts, b: Counts) -> Counts {
        Counts {
            words: a.words + b.words,
            sentences: a.sentences + b.sentences,
            syllables: a.syllables + b.syllables,
            characters: a.characters + b.characters,
            polysyllables: a.polysyllables + b.polysyllables,
            complex_words: a.complex_words + b.complex_words,
            sentences_over_15: a.sentences_over_15 + b.sentences_over_15,
            sentences_over_20: a.sentences_over_20 + b.sentences_over_20,
            max_sentence_words: a.max_sentence_words.max(b.max_sentence_words),
            alphabetic_words: a.alphabetic_words + b.alphabetic_words,
            uncommon_words: a.uncommon_words + b.uncommon_words,
        }
    }
}

/// How many letters and digits `text` holds, and whether it is made only of letters,
/// hyphens and apostrophes ([`is_alphabetic_text`]): one pass over the bytes with a table
/// when it is ASCII (nearly every word; tested equal to the general tests).
fn letters_and_digits(text: &str) -> (usize, bool) {
    /// Per ASCII byte: bit 0, a letter or digit; bit 1, a letter, hyphen or apostrophe.
    const SHAPE: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            if c.is_ascii_alphanumeric() {
                t[b] |= 1;
            }
            if c.is_ascii_alphabetic() || c == b'-' || c == b'\'' {
                t[b] |= 2;
            }
            b += 1;
        }
        t
    };
    if text.is_ascii() {
        let (mut count, mut all) = (0usize, 2u8);
        for &b in text.as_bytes() {
            let shape = SHAPE[usize::from(b & 0x7f)];
            count += usize::from(shape & 1);
            all &= shape;
        }
        (count, all != 0)
    } else {
        (
            text.chars().filter(|ch| ch.is_alphanumeric()).count(),
            is_alphabetic_text(text),
        )
    }
}

/// Whether `text` is made only of letters, hyphens and apostrophes.
fn is_alphabetic_text(text: &str) -> bool {
    text.chars().all(|ch| {
        ch.is_alphabetic() || matches!(ch, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
    })
}

fn starts_with_capital(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether a word of letters is uncommon: below `threshold` on the Zipf scale or missing
/// from the frequency list. A hyphenated word is uncommon when one of its parts is.
pub fn is_uncommon(word: &str, threshold: f32) -> bool {
    uncommon_given(word, frequency::zipf(word), threshold)
}

/// [`is_uncommon`] with the word's own Zipf frequency already known (`zipf` is
/// [`frequency::zipf`] of `word`; the analysis looks it up with the syllables).
fn uncommon_given(word: &str, zipf: Option<f32>, threshold: f32) -> bool {
    if zipf.is_some_and(|z| z >= threshold) {
        return false;
    }
    let mut parts = word
        .split(['-', '\u{2010}', '\u{2011}'])
        .filter(|p| !p.is_empty())
        .peekable();
    if parts.peek().is_none() {
        return false;
    }
    if !word.contains(['-', '\u{2010}', '\u{2011}']) {
        return true;
    }
    parts.any(|p| !frequency::is_common(p, threshold))
}

/// Whether word `index` of `sentence` is a complex word in Gunning's sense: three or more
/// syllables, but not a name (a capitalised word other than the sentence's first), not a
/// number, not a hyphenated compound of words under three syllables, and not a word that
/// reaches three syllables only through a syllable added by -es, -ed or -ing.
pub fn is_complex_word(sentence: &Sentence, index: usize) -> bool {
    let Some(word) = sentence.words.get(index) else {
        return false;
    };
    if word.syllables < 3 || word.kind == WordKind::Numeric {
        return false;
    }
    let text = word.text.as_str();
    if index > 0 && starts_with_capital(text) {
        return false;
    }
    if text.contains(['-', '\u{2010}', '\u{2011}']) {
        return text
            .split(['-', '\u{2010}', '\u{2011}'])
            .any(|part| syllables::count(part) >= 3);
    }
    word.syllables.saturating_sub(suffix_syllable(text)) >= 3
}

/// 1 when the word ends in -ing, or in -es or -ed said as a syllable of its own ("boxes",
/// "wanted"); else 0.
fn suffix_syllable(word: &str) -> u32 {
    if word.is_ascii() {
        return ascii_suffix_syllable(word.as_bytes());
    }
    general_suffix_syllable(word)
}

/// [`suffix_syllable`] of an ASCII word, without making it lower case first.
fn ascii_suffix_syllable(word: &[u8]) -> u32 {
    let ends = |suffix: &[u8]| {
        word.len() >= suffix.len() && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if word.len() > 5 && ends(b"ing") {
        return 1;
    }
    let stem = &word[..word.len().saturating_sub(2)];
    let stem_ends = |suffix: &[u8]| {
        stem.len() >= suffix.len() && stem[stem.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if ends(b"ed") {
        return u32::from(stem.len() > 2 && (stem_ends(b"t") || stem_ends(b"d")));
    }
    if ends(b"es") {
        let sibilant = [b"s".as_slice(), b"x", b"z", b"c", b"g", b"ch", b"sh"]
            .iter()
            .any(|s| stem_ends(s));
        return u32::from(stem.len() > 2 && sibilant);
    }
    0
}

/// [`suffix_syllable`] of any word.
fn general_suffix_syllable(word: &str) -> u32 {
    let lower = word.to_lowercase();
    if lower.len() > 5 && lower.ends_with("ing") {
        return 1;
    }
    if let Some(stem) = lower.strip_suffix("ed") {
        return u32::from(stem.len() > 2 && stem.ends_with(['t', 'd']));
    }
    if let Some(stem) = lower.strip_suffix("es") {
        let sibilant = stem.ends_with(['s', 'x', 'z', 'c', 'g'])
            || stem.ends_with("ch")
            || stem.ends_with("sh");
        return u32::from(stem.len() > 2 && sibilant);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The ASCII fast paths of the per-word counts agree with the general ones.
        #[test]
        fn ascii_word_tests_equal_the_general_ones(
            word in r"[A-Za-z'\-]{0,12}(ing|ed|es|ted|ches|ses|ING|ED|ES|é|\u{2019}|0)?|\PC{0,8}",
        ) {
            proptest::prop_assert_eq!(
                letters_and_digits(&word),
                (
                    word.chars().filter(|ch| ch.is_alphanumeric()).count(),
                    word.chars().all(|ch| {
                        ch.is_alphabetic()
                            || matches!(ch, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
                    })
                )
            );
            proptest::prop_assert_eq!(
                starts_with_capital(&word),
                word.chars().next().is_some_and(char::is_uppercase)
            );
            proptest::prop_assert_eq!(suffix_syllable(&word), general_suffix_syllable(&word));
        }
    }
    use crate::analysis::analyse;
    use crate::model::{Block, Document, Inline, Source};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn doc(paragraphs: &[&str]) -> Document {
        let mut d = Document::new();
        for p in paragraphs {
            d.blocks.push(Block::Paragraph {
                content: vec![Inline::plain(*p)],
                source: Source::default(),
            });
        }
        d
    }

    #[test]
    fn formulas_from_counts() {
        let c = Counts {
            words: 100,
            sentences: 5,
            syllables: 150,
            characters: 450,
            polysyllables: 12,
            complex_words: 10,
            sentences_over_15: 3,
            sentences_over_20: 1,
            max_sentence_words: 30,
            alphabetic_words: 90,
            uncommon_words: 9,
        };
        let r = Readability::from_counts(&c);
        let (w, s, sy, ch, poly, cx) = (100.0, 5.0, 150.0, 450.0, 12.0, 10.0);
        assert!(close(
            r.flesch_reading_ease,
            206.835 - 1.015 * (w / s) - 84.6 * (sy / w)
        ));
        assert!(close(r.flesch_reading_ease, 59.635));
        assert!(close(
            r.flesch_kincaid_grade,
            0.39 * (w / s) + 11.8 * (sy / w) - 15.59
        ));
        assert!(close(r.flesch_kincaid_grade, 9.91));
        assert!(close(r.uk_reading_age, 14.91));
        assert!(close(r.smog, 1.0430 * (poly * 30.0 / s).sqrt() + 3.1291));
        assert!(close(r.smog, 1.0430 * 72f64.sqrt() + 3.1291));
        assert!(close(
            r.coleman_liau,
            0.0588 * (ch / w * 100.0) - 0.296 * (s / w * 100.0) - 15.8
        ));
        assert!(close(r.coleman_liau, 0.0588 * 450.0 - 0.296 * 5.0 - 15.8));
        assert!(close(r.ari, 4.71 * (ch / w) + 0.5 * (w / s) - 21.43));
        assert!(close(r.ari, 4.71 * 4.5 + 10.0 - 21.43));
        assert!(close(r.gunning_fog, 0.4 * ((w / s) + 100.0 * (cx / w))));
        assert!(close(r.gunning_fog, 12.0));
        assert!(close(r.mean_sentence_words, 20.0));
        assert_eq!(r.max_sentence_words, 30);
        assert!(close(r.share_over_15, 0.6));
        assert!(close(r.share_over_20, 0.2));
        assert!(close(r.share_uncommon_words, 0.1));
        assert_eq!((r.words, r.sentences, r.syllables), (100, 5, 150));
        assert_eq!(
            (r.characters, r.polysyllables, r.complex_words),
            (450, 12, 10)
        );
        assert_eq!(r.uncommon_words, 9);
    }

    #[test]
    fn nothing_to_read_gives_zeros_not_nan() {
        for c in [
            Counts::default(),
            Counts {
                words: 10,
                ..Counts::default()
            },
            Counts {
                sentences: 3,
                ..Counts::default()
            },
        ] {
            let r = Readability::from_counts(&c);
            for x in [
                r.flesch_reading_ease,
                r.flesch_kincaid_grade,
                r.smog,
                r.coleman_liau,
                r.ari,
                r.gunning_fog,
                r.mean_sentence_words,
                r.share_over_15,
                r.share_over_20,
                r.share_uncommon_words,
                r.uk_reading_age,
            ] {
                assert_eq!(x, 0.0);
            }
        }
        let r = Readability::from_analysis(&analyse(&doc(&["", "...", "  "])));
        assert_eq!(r.words, 0);
        assert_eq!(r.flesch_reading_ease, 0.0);
        let json = serde_json::to_string(&r).expect("serialises");
        assert!(!json.contains("NaN") && !json.contains("null"));
    }

    #[test]
    fn counts_from_a_document() {
        let d = doc(&[
            "We will phone you on Monday. Your assessment is with Dr. Okonkwo at 10:30am.",
            "Please bring your medication.",
        ]);
        let r = Readability::from_analysis(&analyse(&d));
        assert_eq!(r.sentences, 3);
        assert_eq!(r.words, 6 + 8 + 4);
        // we will phone you on monday (1+1+1+1+1+2) your as-sess-ment is with doc-tor
        // o-kon-kwo at ten-thir-ty-a-m (1+3+1+1+2+3+1+5) please bring your med-i-ca-tion
        // (1+1+1+4).
        assert_eq!(r.syllables, 7 + 17 + 7);
        assert_eq!(r.max_sentence_words, 8);
        // assessment, Okonkwo (a name inside the sentence, so not complex), 10:30am (a
        // number), medication.
        assert_eq!(r.polysyllables, 4);
        assert_eq!(r.complex_words, 2);
        assert_eq!(r.characters, 22 + 37 + 25);
        assert!(r.flesch_reading_ease > 0.0);
        assert!(close(r.mean_sentence_words, 6.0));
    }

    #[test]
    fn uncommon_words_skip_names_and_numbers() {
        let d = doc(&["Ascertain whether Okonkwo can ascertain the £5 fee."]);
        let r = Readability::from_analysis(&analyse(&d));
        // Ascertain (first word, looked up) and ascertain are uncommon; Okonkwo is a name;
        // £5 is a number and not a word of letters.
        assert_eq!(r.uncommon_words, 2);
        assert!(close(r.share_uncommon_words, 2.0 / 7.0));
        let strict = Readability::from_analysis_with(
            &analyse(&d),
            &ReadabilityOptions { uncommon_zipf: 7.0 },
        );
        assert!(strict.uncommon_words > r.uncommon_words);
        assert!(!is_uncommon("well-being", 3.5));
        assert!(is_uncommon("well-ascertained", 3.5));
    }

    #[test]
    fn gunning_suffix_rule() {
        assert_eq!(suffix_syllable("created"), 1);
        assert_eq!(suffix_syllable("worked"), 0);
        assert_eq!(suffix_syllable("boxes"), 1);
        assert_eq!(suffix_syllable("makes"), 0);
        assert_eq!(suffix_syllable("arranging"), 1);
        let d = doc(&["Creating it, we arranged meetings and collected evidence."]);
        let a = analyse(&d);
        let s = &a.sentences[0];
        let complex: Vec<&str> = (0..s.words.len())
            .filter(|&i| is_complex_word(s, i))
            .map(|i| s.words[i].text.as_str())
            .collect();
        // cre-at-ing is "create" + ing; col-lect-ed is "collect" + ed.
        assert_eq!(complex, ["evidence"]);
    }

    #[test]
    fn old_json_without_new_fields_still_reads() {
        let json = r#"{"words":3,"sentences":1,"syllables":4,"flesch_reading_ease":90.0,"flesch_kincaid_grade":1.0}"#;
        let r: Readability = serde_json::from_str(json).expect("reads");
        assert_eq!(r.words, 3);
        assert_eq!(r.smog, 0.0);
    }
}
