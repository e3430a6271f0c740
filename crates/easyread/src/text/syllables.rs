//! Syllable counts for British English words, numbers and abbreviations, as spoken.
//!
//! Words of letters are counted in this order:
//!
//! 1. the curated exceptions in `assets/lexicon/syllable-exceptions.tsv` (genuine
//!    irregulars such as "every" = 2, and abbreviations read as words, "Mr" = 2);
//! 2. abbreviations in capitals read letter by letter ("GP" = 2, "DWP" = 5: W is
//!    "double-u"), unless they are common words ("CARE", "IT");
//! 3. vowel groups, with rules for silent and syllabic endings ("make", "table", "worked",
//!    "wanted", "boxes"), silent "e" before suffixes and in compounds ("statement",
//!    "safeguarding"), "y" as a vowel or consonant, "qu" and "gu", and pairs of vowels said
//!    apart ("create", "diet", "area", "going"). Where no rule decides whether two
//!    neighbouring vowels are said apart, the British English (en-GB) Knuth-Liang
//!    hyphenation patterns of the `hyphenation` crate decide: a hyphenation point between
//!    them means two syllables.
//!
//! Hyphenation patterns alone undercount (they forbid breaks near the ends of words), and
//! vowel groups alone miss every vowel pair said apart; together they agree with a
//! hand-checked list of common words (`fixtures/syllables/en-gb-words.tsv`) on more than
//! 95% of them.
//!
//! Tokens with digits are counted as read aloud, following Flesch's rule: "1916" is
//! "nineteen sixteen" (4), "£42.17" is "forty-two pounds seventeen" (7), "10:30am" is "ten
//! thirty a m" (5), "5th" is "fifth" (1), "0117" is "oh one one seven" (5). Web and email
//! addresses are read part by part ("dot", "at", "slash").
//!
//! Results are cached per thread, so counting the same word again is a hash lookup.

use crate::lexicon::frequency;
use crate::text::words::{is_currency, is_email, is_url};
use hyphenation::{Hyphenator, Language, Load, Standard};
use std::cell::RefCell;
// FxHash for the word cache and the exceptions: short keys, looked up for every word.
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// The curated exceptions: `word<TAB>syllables`.
const EXCEPTIONS: &str = include_str!("../../../../assets/lexicon/syllable-exceptions.tsv");

/// Words longer than this (in bytes) are not cached.
const CACHE_MAX_WORD: usize = 48;
/// The per-thread cache is emptied when it holds this many words.
const CACHE_MAX_ENTRIES: usize = 1 << 16;
/// Words longer than this (in letters) are not given to the hyphenation patterns.
const PATTERN_MAX_LETTERS: usize = 40;

/// The number of syllables in `word` as spoken (at least 1 for any word with a letter or
/// digit; 0 for punctuation).
///
/// ```
/// use easyread::text::syllables::count;
///
/// assert_eq!(count("appointment"), 3);
/// assert_eq!(count("people"), 2);
/// assert_eq!(count("GP"), 2);
/// assert_eq!(count("1916"), 4);
/// assert_eq!(count("£42.17"), 7);
/// assert_eq!(count("10:30am"), 5);
/// assert_eq!(count("..."), 0);
/// ```
pub fn count(word: &str) -> u32 {
    if word.len() > CACHE_MAX_WORD {
        return compute(word);
    }
    thread_local! {
        static CACHE: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::default());
    }
    let cached = CACHE.with(|cache| cache.borrow().get(word).copied());
    if let Some(n) = cached {
        return n;
    }
    let n = compute(word);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_MAX_ENTRIES {
            cache.clear();
        }
        cache.insert(word.to_string(), n);
    });
    n
}

/// The syllables of `word`, uncached.
fn compute(word: &str) -> u32 {
    if !word.chars().any(char::is_alphanumeric) {
        return 0;
    }
    if is_url(word) || is_email(word) {
        return link(word);
    }
    let numeric = word.bytes().any(|b| b.is_ascii_digit());
    // In a number a full stop is a decimal point or part of a time, not a separator.
    let separator = |c: char| {
        matches!(
            c,
            '-' | '\u{2010}' | '\u{2011}' | '/' | '&' | '_' | '+' | '='
        ) || (c == '.' && !numeric)
    };
    if word.contains(separator) {
        let mut total = 0;
        let mut rest = word;
        while !rest.is_empty() {
            let end = rest.find(separator).unwrap_or(rest.len());
            total += compute(&rest[..end]);
            let Some(sep) = rest[end..].chars().next() else {
                break;
            };
            // Only the ampersand is read aloud ("and"); the others join silently.
            if sep == '&' && end + 1 < rest.len() {
                total += 1;
            }
            rest = &rest[end + sep.len_utf8()..];
        }
        return total.max(1);
    }
    if numeric {
        return spoken_number(word).max(1);
    }
    lettered(word).max(1)
}

// ---------------------------------------------------------------------------------------
// Words of letters

/// The parsed exceptions list.
fn exceptions() -> &'static HashMap<&'static str, u32> {
    static MAP: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| parse_exceptions(EXCEPTIONS))
}

/// Parse an exceptions list (`word<TAB>syllables` after a header line).
fn parse_exceptions(data: &str) -> HashMap<&str, u32> {
    let mut map = HashMap::default();
    for row in crate::lexicon::tsv_rows(data) {
        if let [word, n, ..] = row.as_slice() {
            if let Ok(n) = n.parse::<u32>() {
                map.insert(*word, n);
            }
        }
    }
    map
}

/// The en-GB dictionary that the `hyphenation` crate builds from the MIT-licensed
/// hyph-en-gb patterns; see `assets/hyphenation/en-gb/` for the patterns and licence.
/// Only this one language is embedded (the crate's `embed_all` would embed ~80, some
/// under copyleft licences).
const EN_GB_DICTIONARY: &[u8] =
    include_bytes!("../../../../assets/hyphenation/en-gb/en-gb.standard.bincode");

/// The en-GB hyphenation dictionary with no minimum lengths at the word's ends, loaded
/// once. `None` if the embedded dictionary could not be read (a test makes sure it can).
fn dictionary() -> Option<&'static Standard> {
    static DICT: OnceLock<Option<Standard>> = OnceLock::new();
    DICT.get_or_init(|| {
        Standard::from_reader(Language::EnglishGB, &mut &EN_GB_DICTIONARY[..])
            .ok()
            .map(|mut d| {
                d.minima = (1, 1);
                d
            })
    })
    .as_ref()
}

/// The syllables of a word made of letters (and perhaps apostrophes).
fn lettered(word: &str) -> u32 {
    // Curly and modifier apostrophes read as straight ones.
    let straight: String;
    let word = if word.contains(['\u{2019}', '\u{2018}', '\u{02bc}']) {
        straight = word.replace(['\u{2019}', '\u{2018}', '\u{02bc}'], "'");
        straight.as_str()
    } else {
        word
    };
    let word = word.trim_matches('\'');
    if word.is_empty() {
        return 0;
    }
    if let Some(n) = contraction(word) {
        return n;
    }
    if let Some(n) = acronym(word) {
        return n;
    }
    let lower = word.to_lowercase();
    let lower = lower.replace('\'', "");
    if let Some(n) = exception(&lower) {
        return n;
    }
    let letters: Vec<char> = lower.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    let letter_string: String = letters.iter().collect();
    if letters.len() >= 2 && !letters.iter().any(|&c| is_vowel_letter(c) || c == 'y') {
        // "nhs", "www", "hmrc": no vowel, so read letter by letter.
        if letters.iter().all(char::is_ascii_alphabetic) {
            return letters.iter().map(|&c| letter_name(c)).sum();
        }
    }
    rules(&letters, &letter_string)
}

/// A listed exception, or the plural of one ("ideas", "interests").
fn exception(lower: &str) -> Option<u32> {
    let map = exceptions();
    if let Some(&n) = map.get(lower) {
        return Some(n);
    }
    if let Some(stem) = lower.strip_suffix('s') {
        let sibilant =
            stem.ends_with(['s', 'x', 'z']) || stem.ends_with("ch") || stem.ends_with("sh");
        if !sibilant {
            if let Some(&n) = map.get(stem) {
                return Some(n);
            }
        }
    }
    // A compound led by a listed word: "every" + "one".
    if lower.len() >= 7 && lower.len() <= 24 && lower.is_ascii() {
        for at in 4..=lower.len() - 3 {
            if let Some(&n) = map.get(&lower[..at]) {
                let rest = &lower[at..];
                if frequency::zipf(rest).is_some_and(|z| z >= 4.0) {
                    return Some(n + lettered(rest));
                }
            }
        }
    }
    None
}

/// Words with a clitic: "isn't", "we're", "Council's", "it'll".
fn contraction(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    let (base, clitic) = lower.rsplit_once('\'')?;
    if base.is_empty() {
        return None;
    }
    let base_is_word = base.chars().all(char::is_alphabetic);
    if !base_is_word {
        return None;
    }
    let ends_consonant_sound = |s: &str| {
        let mut rev = s.chars().rev();
        match (rev.next(), rev.next()) {
            (Some('e'), Some(c)) => !is_vowel_letter(c) && c != 'r',
            (Some(c), _) => !is_vowel_letter(c) && c != 'y' && c != 'w',
            _ => false,
        }
    };
    let n = match clitic {
        "t" if base.ends_with('n') => {
            // "isn't" = "is" + syllabic n; "don't", "can't", "won't", "aren't" are one.
            let stem = &base[..base.len() - 1];
            match stem {
                "ca" | "wo" | "do" | "sha" | "ai" => 1,
                "" => 1,
                _ => lettered(stem) + u32::from(ends_consonant_sound(stem)),
            }
        }
        "s" => {
            let sibilant = base.ends_with(['s', 'x', 'z'])
                || base.ends_with("ch")
                || base.ends_with("sh")
                || base.ends_with("ce")
                || base.ends_with("ge")
                || base.ends_with("se")
                || base.ends_with("ze");
            lettered(base) + u32::from(sibilant)
        }
        "re" | "ve" | "m" => lettered(base),
        "ll" | "d" => lettered(base) + u32::from(ends_consonant_sound(base)),
        "" => lettered(base),
        _ => return None,
    };
    Some(n)
}

/// Two-letter capitals that are ordinary words when written in capitals ("IT IS").
const TWO_LETTER_WORDS: &[&str] = &[
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "oh", "on", "or", "so", "to", "up", "us", "we",
];

/// An abbreviation in capitals read letter by letter: "GP" = 2, "NHS" = 3, "DWP" = 5.
fn acronym(word: &str) -> Option<u32> {
    let len = word.chars().count();
    if !(2..=5).contains(&len) || !word.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    if exceptions().contains_key(lower.as_str()) {
        return None;
    }
    let has_vowel = lower.chars().any(|c| is_vowel_letter(c) || c == 'y');
    if has_vowel {
        if len == 2 {
            if TWO_LETTER_WORDS.contains(&lower.as_str()) {
                return None;
            }
        } else if frequency::zipf(&lower).is_some_and(|z| z >= 4.0) {
            // "CARE", "NOTE", "SEND": words written in capitals.
            return None;
        }
    }
    Some(lower.chars().map(letter_name).sum())
}

/// Syllables in the name of a letter: "double-u" has 3, the rest 1 ("zed", "aitch").
fn letter_name(c: char) -> u32 {
    if c == 'w' || c == 'W' {
        3
    } else {
        1
    }
}

/// The vowels a, e, i, o, u, with their accented forms (not y).
fn is_vowel_letter(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'à'
            | 'á'
            | 'â'
            | 'ã'
            | 'ä'
            | 'å'
            | 'æ'
            | 'è'
            | 'é'
            | 'ê'
            | 'ë'
            | 'ì'
            | 'í'
            | 'î'
            | 'ï'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'õ'
            | 'ö'
            | 'ø'
            | 'ù'
            | 'ú'
            | 'û'
            | 'ü'
            | 'ý'
            | 'ÿ'
            | 'œ'
    )
}

/// Suffixes before which a final silent "e" of the stem stays silent ("lately",
/// "statement", "safety").
const SILENT_E_SUFFIXES: &[&str] = &[
    "ly", "ment", "ments", "ful", "fully", "fulness", "ness", "nesses", "less", "lessly",
    "lessness", "ty",
];

/// Words that end compounds after a first word with a silent "e" ("someone",
/// "therefore"), even when short, rare on their own or starting with a vowel.
const COMPOUND_ENDS: &[&str] = &[
    "one", "ones", "self", "some", "where", "thing", "things", "body", "time", "times", "fore",
    "line", "lines", "way", "ways", "work", "wise",
];

/// Whether the neighbouring vowels at `i` and `i + 1` are said apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pair {
    Apart,
    Together,
    Unknown,
}

/// The rule-based count for lower-case letters `c` (the same letters as the string
/// `word`).
fn rules(c: &[char], word: &str) -> u32 {
    let n = c.len();
    let v = vowel_map(c);
    // Byte offset of each letter in `word`, and of its end.
    let mut offsets = Vec::with_capacity(n + 1);
    let mut o = 0;
    for ch in c {
        offsets.push(o);
        o += ch.len_utf8();
    }
    offsets.push(o);
    let first_vowel = v.iter().position(|&x| x).unwrap_or(n);

    // Decide vowel pairs; the patterns settle the pairs no rule decides.
    let mut apart = vec![false; n];
    let mut unknown = Vec::new();
    for i in 0..n.saturating_sub(1) {
        if v[i] && v[i + 1] {
            match pair(c, i, first_vowel < i) {
                Pair::Apart => apart[i] = true,
                Pair::Together => {}
                Pair::Unknown => unknown.push(i),
            }
        }
    }
    if !unknown.is_empty() {
        let breaks = pattern_breaks(c, word);
        for i in unknown {
            if breaks.binary_search(&offsets[i + 1]).is_ok() {
                apart[i] = true;
            }
        }
    }

    // Vowel groups.
    let mut groups: i64 = 0;
    for i in 0..n {
        if v[i] && (i == 0 || !v[i - 1] || apart[i - 1]) {
            groups += 1;
        }
    }

    // The consonants before letter i, as (start, length), when a vowel comes before them.
    let consonants_before = |i: usize| -> Option<(usize, usize)> {
        let mut k = i;
        while k > 0 && !v[k - 1] {
            k -= 1;
        }
        if k == 0 || k == i {
            None
        } else {
            Some((k, i - k))
        }
    };
    // "-ble", "-tle", "-tre": a consonant then l or r makes the "e" a syllable.
    let syllabic = |start: usize, len: usize| {
        len >= 2
            && matches!(c[start + len - 1], 'l' | 'r')
            && c[start + len - 2] != c[start + len - 1]
    };

    // A final silent "e": "make", "whole", but not "table", "centre".
    if n >= 3 && c[n - 1] == 'e' && v[n - 1] && !v[n - 2] {
        if let Some((start, len)) = consonants_before(n - 1) {
            if !syllabic(start, len) {
                groups -= 1;
            }
        }
    }
    // "-es" and "-ed": silent in "makes", "worked"; said in "boxes", "wanted", "handled".
    if n >= 4 && c[n - 2] == 'e' && v[n - 2] && !v[n - 3] && matches!(c[n - 1], 's' | 'd') {
        if let Some((start, len)) = consonants_before(n - 2) {
            let last = c[start + len - 1];
            let before_last = if len >= 2 { c[start + len - 2] } else { '\0' };
            let said = if c[n - 1] == 's' {
                matches!(last, 's' | 'x' | 'z' | 'c' | 'g')
                    || (last == 'h' && matches!(before_last, 'c' | 's'))
            } else {
                matches!(last, 't' | 'd')
            };
            if !said && !syllabic(start, len) {
                groups -= 1;
            }
        }
    }
    // A silent "e" inside the word: ending the first word of a compound ("safeguarding",
    // "someone": each part is counted on its own), or before a suffix ("lately").
    for i in 1..n.saturating_sub(2) {
        if c[i] != 'e' || v[i - 1] || !(v[i]) {
            continue;
        }
        let Some((start, len)) = consonants_before(i) else {
            continue;
        };
        if syllabic(start, len) {
            continue;
        }
        let (first, rest) = word.split_at(offsets[i + 1]);
        if is_compound(first, rest) {
            return lettered(first) + lettered(rest);
        }
        if !v[i + 1] && SILENT_E_SUFFIXES.contains(&rest) {
            groups -= 1;
        }
    }
    // "-ism", "-asm", "-thm": the m is a syllable of its own.
    let ends = |s: &str| word.ends_with(s);
    if ends("ism") || ends("isms") || ends("asm") || ends("asms") || ends("thm") || ends("thms") {
        groups += 1;
    }
    groups.max(1) as u32
}

/// Whether `first` (ending in a silent "e") and `rest` are the two words of a compound:
/// "safe" + "guarding", "home" + "work", "some" + "one". Both must be common words, the
/// second at least four letters and starting with a consonant other than "r" (so that
/// "moderate" is not "mode" + "rate"), unless it is one of [`COMPOUND_ENDS`].
fn is_compound(first: &str, rest: &str) -> bool {
    if first.len() < 3 || first.len() > 20 || rest.len() > 20 {
        return false;
    }
    if COMPOUND_ENDS.contains(&rest) {
        return frequency::zipf(first).is_some_and(|z| z >= 4.5);
    }
    rest.len() >= 4
        && rest.starts_with(|ch: char| {
            ch.is_ascii_alphabetic() && !is_vowel_letter(ch) && ch != 'r' && ch != 'y'
        })
        && frequency::zipf(first).is_some_and(|z| z >= 4.5)
        && frequency::zipf(rest).is_some_and(|z| z >= 3.5)
}

/// Which letters are vowels: a, e, i, o, u; "u" after "q", and after "g" before a vowel in
/// "guard", "language", "league", is a consonant; "y" is a vowel unless it starts a
/// syllable before a vowel ("yes", "beyond", "lawyer").
fn vowel_map(c: &[char]) -> Vec<bool> {
    let n = c.len();
    let mut v: Vec<bool> = c.iter().map(|&ch| is_vowel_letter(ch)).collect();
    for i in 1..n {
        if c[i] != 'u' {
            continue;
        }
        if c[i - 1] == 'q' {
            v[i] = false;
        } else if c[i - 1] == 'g' && i + 1 < n && v[i + 1] {
            // "gu" before a vowel is /g/ or /gw/ ("guard", "language", "league",
            // "safeguard"), except in "argue" and "ambiguous".
            let argue = i >= 2 && c[i - 2] == 'r' && matches!(c[i + 1], 'e' | 'i');
            let ambiguous = c[i + 1] == 'o' && c.get(i + 2) == Some(&'u');
            if !argue && !ambiguous {
                v[i] = false;
            }
        }
    }
    for i in 0..n {
        if c[i] != 'y' {
            continue;
        }
        let next_vowel = i + 1 < n && is_vowel_letter(c[i + 1]);
        let prev_vowel = i > 0 && v[i - 1];
        v[i] = if i == 0 {
            !next_vowel
        } else {
            !(next_vowel && (prev_vowel || c[i - 1] == 'w'))
        };
    }
    v
}

/// Whether the vowels at `i` and `i + 1` of `c` are said apart, by rule. `vowel_before`
/// tells whether another vowel comes before `i`.
fn pair(c: &[char], i: usize, vowel_before: bool) -> Pair {
    use Pair::*;
    let n = c.len();
    let a = c[i];
    let b = c[i + 1];
    let at = |k: isize| -> char {
        let k = i as isize + k;
        if k < 0 || k as usize >= n {
            '\0'
        } else {
            c[k as usize]
        }
    };
    let prev = at(-1);
    let prev2 = at(-2);
    let next = at(2);
    let next2 = at(3);
    // The letters after the pair, when there are at most three of them.
    let tail = if n - (i + 2) <= 3 {
        &c[i + 2..]
    } else {
        &[][..]
    };
    let tail_is = |s: &str| n - (i + 2) <= 3 && tail.iter().copied().eq(s.chars());
    let starts = |s: &str| c.iter().copied().take(s.len()).eq(s.chars());
    // "-ing" after a vowel: "going", "seeing", "continuing".
    if b == 'i' && (tail_is("ng") || tail_is("ngs")) {
        return Apart;
    }
    // A vowel "y" followed by another vowel: "anyone", "dryer".
    if a == 'y' {
        return Apart;
    }
    if b == 'y' {
        return Together;
    }
    // A diaeresis marks a vowel said apart: "naïve", "Zoë".
    if matches!(b, 'ä' | 'ë' | 'ï' | 'ö' | 'ü') {
        return Apart;
    }
    match (a, b) {
        ('i', 'a') => {
            if next == 't' {
                // "associate", "negotiation".
                Apart
            } else if matches!(prev, 'c' | 't' | 's' | 'x') || (next == 'g' && next2 == 'e') {
                // "special", "initial", "Asian", "marriage".
                Together
            } else {
                // "media", "dialogue", "material", "via".
                Apart
            }
        }
        ('i', 'o') => {
            if (matches!(prev, 'c' | 't' | 's' | 'x' | 'g') && matches!(next, 'n' | 'u'))
                || (prev == 'l' && prev2 == 'l')
                || (prev == 'n' && next == 'n')
                || (next == 'u' && next2 == 'r')
            {
                // "nation", "vision", "anxious", "religion", "million", "union",
                // "behaviour".
                Together
            } else {
                // "period", "radio", "violent", "previous", "physio", "ratio".
                Apart
            }
        }
        ('i', 'e') => {
            if next == 't' {
                // "diet", "quiet", "society".
                Apart
            } else if next == 'n' && matches!(next2, 't' | 'c') {
                // "client", "audience", "science", but "ancient", "patient".
                if matches!(prev, 'c' | 't') && prev2 != 's' {
                    Together
                } else {
                    Apart
                }
            } else if vowel_before && (tail_is("st") || tail_is("sts")) {
                // "easiest", "loveliest".
                Apart
            } else if vowel_before && (tail_is("r") || tail_is("rs")) {
                // Comparatives "easier", "heavier", "busier", but /ɪə/ in "soldier",
                // "cashier", "frontier": after d, sh or nt the patterns decide.
                if prev == 'd' || (prev == 'h' && prev2 == 's') || (prev == 't' && prev2 == 'n') {
                    Unknown
                } else {
                    Apart
                }
            } else {
                // "field", "carried", "cities", "review".
                Together
            }
        }
        ('i', 'u') | ('i', 'i') | ('u', 'o') | ('u', 'a') => Apart,
        ('u', 'e') => {
            if matches!(next, 'l' | 'n' | 't') {
                // "cruel", "fluent", "duet".
                Apart
            } else {
                // "value", "continued", "Tuesday".
                Together
            }
        }
        ('u', 'i') => {
            if matches!(next, 'n' | 'd') || (next == 'c' && next2 == 'i') {
                // "ruin", "fluid", "suicide".
                Apart
            } else {
                Unknown
            }
        }
        ('e', 'o') => {
            if matches!(prev, 'p' | 'c' | 'h') || (prev == 'g' && (i >= 2 || next == 'r')) {
                // "people", "luncheon", "surgeon", "gorgeous", "George".
                Together
            } else {
                // "video", "geography", "courteous".
                Apart
            }
        }
        ('o', 'e') => {
            if matches!(next, 'm' | 't' | 'x' | 'r') {
                // "poem", "poet", "coexist".
                Apart
            } else {
                // "does", "shoe".
                Together
            }
        }
        ('e', 'u') => {
            if next == 'm' && i + 3 == n {
                // "museum".
                Apart
            } else {
                Together
            }
        }
        ('e', 'a') => {
            if i + 2 == n || (i + 3 == n && next == 's') {
                // "area", "Korea", but "idea", "tea".
                if prev == 'r' && vowel_before {
                    Apart
                } else {
                    Together
                }
            } else if starts("realit") {
                Apart
            } else {
                Unknown
            }
        }
        ('o', 'o') => {
            if i == 1 && (starts("coop") || starts("coor")) {
                // "cooperate", "coordinate".
                Apart
            } else {
                Together
            }
        }
        ('e', 'e') | ('a', 'u') | ('o', 'u') | ('a', 'a') => Together,
        _ => Unknown,
    }
}

/// Byte offsets (equal to letter indices for ASCII words) where the en-GB patterns allow
/// a hyphen.
fn pattern_breaks(c: &[char], lower: &str) -> Vec<usize> {
    if c.len() > PATTERN_MAX_LETTERS || !lower.is_ascii() || lower.len() != c.len() {
        return Vec::new();
    }
    match dictionary() {
        Some(dict) => dict.opportunities(lower),
        None => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------
// Web and email addresses

/// A web or email address read aloud: its words, letters and numbers, with "dot", "at",
/// "slash", "dash" for the punctuation. The scheme (`https://`) is not read.
fn link(word: &str) -> u32 {
    let body = match word.split_once("://") {
        Some((_, rest)) => rest,
        None => word.strip_prefix("mailto:").unwrap_or(word),
    };
    let mut total = 0;
    let mut part = String::new();
    let flush = |part: &mut String, total: &mut u32| {
        if !part.is_empty() {
            *total += compute(part);
            part.clear();
        }
    };
    let chars: Vec<char> = body.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_alphanumeric() {
            part.push(ch);
            continue;
        }
        flush(&mut part, &mut total);
        let last = i + 1 == chars.len();
        total += match ch {
            '.' | '@' | '-' | '/' if !last => 1,
            '_' => 3,
            _ => 0,
        };
    }
    flush(&mut part, &mut total);
    total.max(1)
}

// ---------------------------------------------------------------------------------------
// Numbers

const UNITS: [u32; 20] = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
const TENS: [u32; 10] = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];

/// Syllables of a number below 100 ("seventy-three" = 4).
fn below_100(n: u64) -> u32 {
    if n < 20 {
        UNITS[n as usize]
    } else {
        TENS[(n / 10) as usize]
            + if n % 10 == 0 {
                0
            } else {
                UNITS[(n % 10) as usize]
            }
    }
}

/// Syllables of a number below 1000, British style ("two hundred and six" = 5).
fn below_1000(n: u64) -> u32 {
    let (h, r) = (n / 100, n % 100);
    let mut s = 0;
    if h > 0 {
        s += UNITS[h as usize] + 2;
        if r > 0 {
            s += 1;
        }
    }
    if r > 0 || h == 0 {
        s += below_100(r);
    }
    s
}

/// Syllables of a cardinal number read in full, British style: "one thousand two hundred
/// and thirty-four" = 10.
pub fn cardinal(n: u64) -> u32 {
    if n < 1000 {
        return below_1000(n);
    }
    // thousand, million, billion, trillion, quadrillion, quintillion.
    const SCALES: [u32; 7] = [0, 2, 2, 2, 2, 4, 4];
    let mut groups = Vec::new();
    let mut m = n;
    while m > 0 {
        groups.push(m % 1000);
        m /= 1000;
    }
    let mut s = 0;
    for (k, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        if k == 0 && g < 100 {
            s += 1; // "and"
        }
        s += below_1000(g) + SCALES[k];
    }
    s
}

/// Syllables of an ordinal: "second" has one more than "two", "twentieth" one more than
/// "twenty"; the rest are as the cardinal ("fifth", "eleventh").
fn ordinal(n: u64) -> u32 {
    let extra = (n % 10 == 2 && n % 100 != 12) || (n % 10 == 0 && (20..100).contains(&(n % 100)));
    cardinal(n) + u32::from(extra)
}

/// Digits read one by one, 0 as "oh": "0117" = 4.
fn digits(s: &str) -> u32 {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|d| if d == b'7' { 2 } else { 1 })
        .sum()
}

/// A whole number written without separators: years in pairs ("1916" = "nineteen
/// sixteen"), codes with a leading zero and long numbers digit by digit, the rest in full.
fn whole(s: &str) -> u32 {
    if s.len() > 1 && s.starts_with('0') || s.len() >= 5 {
        return digits(s);
    }
    let Ok(n) = s.parse::<u64>() else {
        return digits(s);
    };
    if s.len() == 4 && ((1100..2000).contains(&n) || (2010..2100).contains(&n)) {
        let (hi, lo) = (n / 100, n % 100);
        return below_100(hi)
            + match lo {
                0 => 2,
                1..=9 => 1 + UNITS[lo as usize],
                _ => below_100(lo),
            };
    }
    cardinal(n)
}

/// Syllables of a token with digits, as spoken.
fn spoken_number(token: &str) -> u32 {
    let mut s = token;
    let mut extra = 0;
    let mut currency = None;
    if let Some(c) = s.chars().next().filter(|&c| is_currency(c)) {
        currency = Some(c);
        s = &s[c.len_utf8()..];
    }
    if let Some(rest) = s.strip_suffix('%') {
        s = rest;
        extra += 2; // "per cent"
    }
    let num_len = s
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ':')))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(num_len);
    let num = num.trim_end_matches([',', '.', ':']);
    if num.is_empty()
        || suffix.chars().any(|c| c.is_ascii_digit())
        || !num.starts_with(|c: char| c.is_ascii_digit())
    {
        return extra + mixed(s);
    }
    let suffix_lower = suffix.to_ascii_lowercase();
    let clock = matches!(
        suffix_lower.as_str(),
        "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m."
    );
    if num.contains(':') || (clock && (num.contains('.') || !num.contains(','))) {
        if let Some(n) = time(num) {
            return extra + n + if clock { 2 } else { 0 };
        }
        return extra + mixed(s);
    }
    if matches!(suffix_lower.as_str(), "st" | "nd" | "rd" | "th")
        && num.bytes().all(|b| b.is_ascii_digit())
    {
        return extra + num.parse::<u64>().map_or_else(|_| digits(num), ordinal);
    }
    let value = match currency {
        Some(c) => money(num, c),
        None => plain_number(num),
    };
    let suffix_syllables = if suffix.is_empty() || suffix_lower == "s" {
        0
    } else {
        lettered(suffix)
    };
    extra + value + suffix_syllables
}

/// A clock time "10:30", "9.30", "10": hours, then minutes ("oh five" for 05, nothing for
/// 00).
fn time(num: &str) -> Option<u32> {
    let (h, m) = match num.split_once([':', '.']) {
        Some((h, m)) => (h, Some(m)),
        None => (num, None),
    };
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: u64 = h.parse().ok()?;
    let mut s = cardinal(hours);
    if let Some(m) = m {
        if m.len() != 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let minutes: u64 = m.parse().ok()?;
        s += match minutes {
            0 => 0,
            1..=9 => 1 + UNITS[minutes as usize],
            _ => below_100(minutes),
        };
    }
    Some(s)
}

/// A number with no currency: "1,234", "42.17" ("forty-two point one seven"), "2024".
fn plain_number(num: &str) -> u32 {
    let (int, frac) = match num.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (num, None),
    };
    let int_s = if int.contains(',') {
        let joined: String = int.chars().filter(char::is_ascii_digit).collect();
        joined
            .parse::<u64>()
            .map_or_else(|_| digits(&joined), cardinal)
    } else if int.is_empty() {
        0
    } else {
        whole(int)
    };
    match frac {
        Some(f) => int_s + 1 + digits(f),
        None => int_s,
    }
}

/// An amount of money: "£42.17" = "forty-two pounds seventeen", "£0.50" = "fifty pence".
fn money(num: &str, currency: char) -> u32 {
    let unit = match currency {
        '£' | '¥' => 1,
        _ => 2,
    };
    let (int, frac) = match num.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (num, None),
    };
    let joined: String = int.chars().filter(char::is_ascii_digit).collect();
    let pounds = joined.parse::<u64>().unwrap_or(0);
    let pence = match frac {
        Some(f) if f.len() == 2 => f.parse::<u64>().ok(),
        Some(f) if f.len() == 1 => f.parse::<u64>().ok().map(|d| d * 10),
        Some(f) => return cardinal(pounds) + unit + 1 + digits(f),
        None => None,
    }
    .unwrap_or(0);
    match (pounds, pence) {
        (0, 0) => 2 + unit,
        (0, p) => cardinal(p) + 1,
        (l, 0) => cardinal_or_digits(&joined, l) + unit,
        (l, p) => cardinal_or_digits(&joined, l) + unit + cardinal(p),
    }
}

fn cardinal_or_digits(s: &str, n: u64) -> u32 {
    if s.len() > 15 {
        digits(s)
    } else {
        cardinal(n)
    }
}

/// A token mixing letters and digits that is not a plain amount ("BS3", "4QT", "HbA1c"):
/// each run of digits as a number, each run of letters as a word or letters.
fn mixed(s: &str) -> u32 {
    let mut total = 0;
    let mut run = String::new();
    let mut run_digits = false;
    let flush = |run: &mut String, digits_run: bool, total: &mut u32| {
        if run.is_empty() {
            return;
        }
        *total += if digits_run {
            whole(run)
        } else {
            lettered(run)
        };
        run.clear();
    };
    for ch in s.chars() {
        if ch.is_ascii_digit() {
            if !run_digits {
                flush(&mut run, false, &mut total);
            }
            run_digits = true;
            run.push(ch);
        } else if ch.is_alphabetic() {
            if run_digits {
                flush(&mut run, true, &mut total);
            }
            run_digits = false;
            run.push(ch);
        } else {
            flush(&mut run, run_digits, &mut total);
        }
    }
    flush(&mut run, run_digits, &mut total);
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../../../fixtures/syllables/en-gb-words.tsv");

    #[test]
    fn the_embedded_en_gb_dictionary_loads_and_hyphenates() {
        let dict = dictionary().expect("assets/hyphenation/en-gb dictionary loads");
        // "reassessment" has hyphenation points from the patterns (re-as-sess-ment).
        assert!(!dict.hyphenate("reassessment").breaks.is_empty());
    }

    #[test]
    fn fixture_words_are_counted_right() {
        let mut total = 0;
        let mut misses = Vec::new();
        for row in crate::lexicon::tsv_rows(FIXTURE) {
            let [word, n] = row.as_slice() else {
                panic!("bad fixture row {row:?}");
            };
            let expected: u32 = n.parse().expect("a number");
            total += 1;
            let got = count(word);
            if got != expected {
                misses.push(format!("{word}: expected {expected}, got {got}"));
            }
        }
        let right = total - misses.len();
        let share = right as f64 / total as f64;
        println!(
            "syllables: {right} of {total} fixture words exact ({:.1}%); misses:\n{}",
            share * 100.0,
            misses.join("\n")
        );
        assert!(total >= 320, "the fixture has {total} words");
        assert!(share >= 0.95, "only {:.1}% exact", share * 100.0);
    }

    const HELD_OUT: &str = include_str!("../../../../fixtures/syllables/en-gb-heldout.tsv");

    #[test]
    fn held_out_words_generalise() {
        let mut total = 0;
        let mut misses = Vec::new();
        for row in crate::lexicon::tsv_rows(HELD_OUT) {
            let [word, n] = row.as_slice() else {
                panic!("bad held-out row {row:?}");
            };
            let expected: u32 = n.parse().expect("a number");
            total += 1;
            let got = count(word);
            if got != expected {
                misses.push(format!("{word}: expected {expected}, got {got}"));
            }
        }
        let share = (total - misses.len()) as f64 / total as f64;
        println!(
            "held-out syllables: {} of {total} exact ({:.1}%); misses:\n{}",
            total - misses.len(),
            share * 100.0,
            misses.join("\n")
        );
        assert!(share >= 0.90, "only {:.1}% exact", share * 100.0);
    }

    #[test]
    fn exceptions_are_few_and_not_the_fixture() {
        let fixture: Vec<String> = crate::lexicon::tsv_rows(FIXTURE)
            .filter_map(|row| row.first().map(|w| w.to_string()))
            .collect();
        let listed = fixture
            .iter()
            .filter(|w| exceptions().contains_key(w.as_str()))
            .count();
        let share = listed as f64 / fixture.len() as f64;
        println!("{listed} of {} fixture words are exceptions", fixture.len());
        assert!(
            share < 0.05,
            "{:.1}% of the fixture is in the exceptions list",
            share * 100.0
        );
        assert!(exceptions().len() < 100);
        assert_eq!(
            parse_exceptions("word\tsyllables\n# c\nfoo\t2\nbad\tx\n").len(),
            1
        );
    }

    #[test]
    fn numbers_as_spoken() {
        let cases = [
            ("1916", 4),       // nineteen sixteen
            ("2026", 5),       // twenty twenty-six
            ("2005", 5),       // two thousand and five
            ("1900", 4),       // nineteen hundred
            ("1905", 4),       // nineteen oh five
            ("£42.17", 7),     // forty-two pounds seventeen
            ("£1,234.50", 13), // one thousand two hundred and thirty-four pounds fifty
            ("£5", 2),         // five pounds
            ("£0.50", 3),      // fifty pence
            ("$20", 4),        // twenty dollars
            ("10:30am", 5),    // ten thirty a m
            ("9.30am", 5),     // nine thirty a m
            ("2:15pm", 5),     // two fifteen p m
            ("10am", 3),       // ten a m
            ("10:05", 3),      // ten oh five
            ("14:30", 4),      // fourteen thirty
            ("5th", 1),        // fifth
            ("2nd", 2),        // second
            ("21st", 3),       // twenty-first
            ("20th", 3),       // twentieth
            ("0117", 5),       // oh one one seven
            ("40219", 5),      // four oh two one nine
            ("42.17", 7),      // forty-two point one seven
            ("2.5", 3),        // two point five
            ("50%", 4),        // fifty per cent
            ("1,000,000", 3),  // one million
            ("7", 2),          // seven
            ("0", 2),          // zero
            ("115", 6),        // one hundred and fifteen
            ("24-hour", 4),    // twenty-four hour
            ("14/08/1961", 9), // fourteen oh eight nineteen sixty-one
            ("BS3", 3),        // B S three
            ("500mg", 6),      // five hundred milligrams
        ];
        for (token, expected) in cases {
            assert_eq!(count(token), expected, "{token}");
        }
        assert_eq!(cardinal(0), 2);
        assert_eq!(cardinal(77), 5);
        assert_eq!(cardinal(1_234), 10);
        assert_eq!(cardinal(2_000_015), 6); // two million and fifteen
        assert!(cardinal(u64::MAX) > 40);
        assert_eq!(count(&u64::MAX.to_string()), 20 + 3); // digit by digit
    }

    #[test]
    fn capitals_read_as_letters() {
        for (word, expected) in [
            ("GP", 2),
            ("NHS", 3),
            ("DWP", 5),
            ("HMRC", 4),
            ("ASC", 3),
            ("UK", 2),
            ("OK", 2),
            ("A&E", 3),
            ("IT", 1),
            ("CARE", 1),
            ("IMPORTANT", 3),
            ("nhs", 3),
            ("www", 9),
        ] {
            assert_eq!(count(word), expected, "{word}");
        }
    }

    #[test]
    fn contractions_and_possessives() {
        for (word, expected) in [
            ("don't", 1),
            ("can't", 1),
            ("won't", 1),
            ("aren't", 1),
            ("isn't", 2),
            ("haven't", 2),
            ("shouldn't", 2),
            ("it'll", 2),
            ("we're", 1),
            ("I'll", 1),
            ("Council's", 2),
            ("Council\u{2019}s", 2),
            ("James's", 2),
            ("George's", 2),
            ("carers'", 2),
            ("o'clock", 2),
        ] {
            assert_eq!(count(word), expected, "{word}");
        }
    }

    #[test]
    fn titles_links_and_compounds() {
        for (word, expected) in [
            ("Mr", 2),
            ("Mrs", 2),
            ("Dr", 2),
            ("etc", 4),
            ("e.g", 2),
            ("well-being", 3),
            ("co-ordinator", 5),
            ("and/or", 2),
            ("www.northfield.gov.example/care", 20),
            ("https://www.northfield.gov.example/care", 20),
            ("adult.care@northfield.gov.example", 13),
            ("homework", 2),
            ("everyone", 3),
            ("ideas", 2),
            ("naïve", 2),
            ("café", 2),
        ] {
            assert_eq!(count(word), expected, "{word}");
        }
    }

    #[test]
    fn punctuation_has_no_syllables() {
        for word in ["", ".", "...", "-", "£", "%", "\u{2014}", "\u{1f600}"] {
            assert_eq!(count(word), 0, "{word:?}");
        }
        assert_eq!(count("x"), 1);
        assert_eq!(count("\u{5b57}"), 1);
    }

    #[test]
    fn counting_is_fast_and_linear() {
        let long = "ae".repeat(200_000);
        let started = std::time::Instant::now();
        assert!(count(&long) >= 1);
        assert!(count(&"e".repeat(100_000)) >= 1);
        assert!(count(&"make".repeat(50_000)) >= 1);
        assert!(count(&"9".repeat(100_000)) >= 1);
        assert!(count(&format!("www.{}.example", "a.".repeat(50_000))) >= 1);
        assert!(started.elapsed().as_secs() < 30);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_words_have_a_syllable(word in "\\PC{0,30}") {
            let n = count(&word);
            if word.chars().any(char::is_alphanumeric) {
                proptest::prop_assert!(n >= 1);
            } else {
                proptest::prop_assert_eq!(n, 0);
            }
        }

        #[test]
        fn any_string(word in proptest::prelude::any::<String>()) {
            let _ = count(&word);
        }

        #[test]
        fn letters_get_a_sane_count(word in "[a-z]{1,20}") {
            let n = count(&word);
            proptest::prop_assert!(n >= 1 && n as usize <= 3 * word.len());
        }
    }
}
