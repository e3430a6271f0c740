//! Cheap tests run before a regular expression, to skip passages it cannot match.
//!
//! Each test is a necessary condition of a pattern's match (a byte or a pair of bytes that
//! every match holds), so skipping a passage that fails it never changes a result. Most
//! passages are plain prose and fail them all: the regexes (whose Unicode `\b` makes them
//! slow on text with curly quotes or a pound sign) then never run on them.

use std::sync::OnceLock;

use regex::Regex;

/// Whether `text` may hold a `\d` (a Unicode decimal digit): an ASCII digit, or any
/// numeric character beyond ASCII.
pub(crate) fn may_have_digit(text: &str) -> bool {
    let bytes = text.as_bytes();
    // 64 bytes at a time without a branch per byte, so that the compiler can vectorise;
    // then, beyond ASCII, only the characters' first bytes are decoded (tested equal to
    // testing every character).
    let ascii_digit = bytes.chunks(64).any(|chunk| {
        chunk
            .iter()
            .fold(false, |found, b| found | b.is_ascii_digit())
    });
    ascii_digit
        || (!text.is_ascii()
            && bytes.iter().enumerate().any(|(i, &b)| {
                b >= 0xC0
                    && text
                        .get(i..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_numeric)
            }))
}

/// Whether some byte `first` in `text` is directly followed by a byte for which `then`
/// holds.
pub(crate) fn pair(text: &str, first: u8, then: impl Fn(u8) -> bool) -> bool {
    // `first` is a rare byte in most passages: memchr skips to each one (tested equal to
    // looking at every pair of bytes).
    let bytes = text.as_bytes();
    memchr::memchr_iter(first, bytes).any(|i| bytes.get(i + 1).is_some_and(|&b| then(b)))
}

/// Whether some byte for which `first` holds is directly followed by a byte for which
/// `then` holds.
pub(crate) fn pair_where(
    text: &str,
    first: impl Fn(u8) -> bool,
    then: impl Fn(u8) -> bool,
) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| first(w[0]) && then(w[1]))
}

/// Whether `text` holds `needle` (ASCII), in any ASCII case.
pub(crate) fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    let Some(first) = needle.first().map(u8::to_ascii_lowercase) else {
        return true;
    };
    // Comparing the first byte alone first is cheaper: most windows fail on it.
    text.len() >= needle.len()
        && text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(needle))
}

/// A byte that may start or continue a `\d` after another character: an ASCII digit, or
/// the first byte of a character beyond ASCII (which may be a digit of another script).
pub(crate) fn may_start_digit(b: u8) -> bool {
    b.is_ascii_digit() || b >= 0x80
}

/// Whether `text` may hold `\b0\d`: a "0" at the start of a word (after a byte that is
/// not an ASCII letter, digit or underscore; any byte beyond ASCII may be a non-word
/// character) directly before something that may be a digit.
pub(crate) fn word_start_zero_before_digit(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(1)).any(|i| {
        b[i] == b'0'
            && may_start_digit(b[i + 1])
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
    })
}

/// Whether `text` may hold a time's `\d\s?(?:am|pm|a\.m\.|p\.m\.)` (in any case): an "a"
/// or "p" before "m" or ".", with a digit or a space just before it. That character is
/// one byte before the letter when it is ASCII, and a byte beyond ASCII when it is not;
/// with a one-byte space between, the digit is two bytes before. So one of the two bytes
/// before the letter is an ASCII digit or beyond ASCII.
pub(crate) fn may_have_clock_suffix(text: &str) -> bool {
    let b = text.as_bytes();
    let digitish = |x: u8| x.is_ascii_digit() || x >= 0x80;
    (1..b.len().saturating_sub(1)).any(|i| {
        matches!(b[i], b'a' | b'A' | b'p' | b'P')
            && matches!(b[i + 1], b'm' | b'M' | b'.')
            && (digitish(b[i - 1]) || (i >= 2 && digitish(b[i - 2])))
    })
}

/// Characters beyond ASCII that are common in letters and are not word characters (not
/// `\w` in the regex crate's Unicode sense): around them a Unicode `\b` and an ASCII `\b`
/// agree.
const NON_WORD_BEYOND_ASCII: &[char] = &[
    '£', '€', '’', '‘', '“', '”', '–', '—', '…', '•', '·', '\u{a0}', '°', '×',
];

/// Whether an ASCII `\b` finds the same boundaries as a Unicode `\b` everywhere in `text`:
/// true when every character beyond ASCII is a known non-word character. A word character
/// beyond ASCII ("é", "ś") would be a word character for one and not for the other.
pub(crate) fn ascii_word_boundaries_agree(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c.is_ascii() || NON_WORD_BEYOND_ASCII.contains(&c))
}

/// `pattern` with every `\b` made an ASCII word boundary (`(?-u:\b)`), for text where
/// [`ascii_word_boundaries_agree`]. The patterns this is used on hold `\b`, `\d` and `\s`
/// only as those classes (never escaped as `\\b`).
///
/// On such text `\d` can only match an ASCII digit and `\s` only ASCII white space or a
/// no-break space, so they are narrowed too: the much smaller classes make the regex far
/// cheaper to compile (the date patterns cost tens of millions of instructions otherwise).
pub(crate) fn with_ascii_word_boundaries(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[\t-\r \x{A0}]")
}

/// The regex for `pattern` to run on `text`, each variant compiled on first use.
///
/// Why: a Unicode `\b` makes the regex crate's fast DFA give up on any byte beyond ASCII,
/// so a passage with a pound sign or a curly quote falls back to a much slower engine.
/// Where [`ascii_word_boundaries_agree`] on `text`, the ASCII-`\b` variant finds exactly
/// the same matches (and captures) and stays on the fast engine; elsewhere the pattern
/// runs as written.
pub(crate) fn word_regex<'a>(
    text: &str,
    pattern: &str,
    unicode: &'a OnceLock<Option<Regex>>,
    ascii: &'a OnceLock<Option<Regex>>,
) -> Option<&'a Regex> {
    word_regex_where(ascii_word_boundaries_agree(text), pattern, unicode, ascii)
}

/// [`word_regex`] for a text of which [`ascii_word_boundaries_agree`] said `agree`: a
/// passage's answer is found once (`PassageCtx::ascii_boundaries`) and used for all its
/// patterns, instead of scanning the passage again for each.
pub(crate) fn word_regex_where<'a>(
    agree: bool,
    pattern: &str,
    unicode: &'a OnceLock<Option<Regex>>,
    ascii: &'a OnceLock<Option<Regex>>,
) -> Option<&'a Regex> {
    if agree {
        ascii
            .get_or_init(|| Regex::new(&with_ascii_word_boundaries(pattern)).ok())
            .as_ref()
    } else {
        unicode.get_or_init(|| Regex::new(pattern).ok()).as_ref()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn listed_characters_are_not_word_characters() {
        let word = Regex::new(r"\w").unwrap();
        let digit = Regex::new(r"\d").unwrap();
        let space = Regex::new(r"\s").unwrap();
        for c in NON_WORD_BEYOND_ASCII {
            assert!(!word.is_match(&c.to_string()), "{c:?} is a word character");
            assert!(!digit.is_match(&c.to_string()), "{c:?} is a digit");
            // The narrowed `\s` keeps the no-break space, the only listed white space.
            assert_eq!(space.is_match(&c.to_string()), *c == '\u{a0}', "{c:?}");
        }
        assert!(ascii_word_boundaries_agree("£5 – it’s “fine”"));
        assert!(!ascii_word_boundaries_agree("café 5/3"));
    }

    /// All captures of every match, as byte ranges.
    fn all_captures(re: &Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        re.captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    }

    /// Whether both variants of `pattern` find the same matches and captures in `text`.
    pub(crate) fn variants_agree(pattern: &str, text: &str) -> bool {
        let unicode = Regex::new(pattern).unwrap();
        let ascii = Regex::new(&with_ascii_word_boundaries(pattern)).unwrap();
        all_captures(&unicode, text) == all_captures(&ascii, text)
    }

    /// Text made of the pieces the patterns care about, and the listed characters beyond
    /// ASCII, so that matches (and near-matches) are common.
    pub(crate) fn letter_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "1", "4", "12", "2024", "0117", "/", ".", "-", ":", " ", ",", "%", "per", "cent",
            "Per Cent", "percent", "am", "pm", "p.m.", "Nov", "November", "Sept", "May", "Thu",
            "Thursday", "th", "of", "£", "€", "’", "‘", "“", "”", "–", "—", "…", "•", "·",
            "\u{a0}", "°", "×", "x", "A", "BS1", "4XY", "www.", "nhs.uk", "_", "24/7", "+44", "(",
            ")", "\n",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
    }

    /// `pair` as it was: every pair of bytes.
    fn pair_by_windows(text: &str, first: u8, then: impl Fn(u8) -> bool) -> bool {
        text.as_bytes()
            .windows(2)
            .any(|w| w[0] == first && then(w[1]))
    }

    /// `may_have_digit` as it was: every character.
    fn may_have_digit_by_chars(text: &str) -> bool {
        text.bytes().any(|b| b.is_ascii_digit())
            || (!text.is_ascii() && text.chars().any(|c| !c.is_ascii() && c.is_numeric()))
    }

    proptest! {
        #[test]
        fn may_have_digit_equals_every_character(text in "[a ’٣½é1]{0,80}") {
            prop_assert_eq!(may_have_digit(&text), may_have_digit_by_chars(&text));
        }

        #[test]
        fn may_have_digit_equals_every_character_on_any_text(text in any::<String>()) {
            prop_assert_eq!(may_have_digit(&text), may_have_digit_by_chars(&text));
        }

        #[test]
        fn pair_equals_every_pair_of_bytes(
            text in "[a1./:-]{0,20}",
            first in prop::sample::select(vec![b'.', b'/', b'-', b':']),
        ) {
            prop_assert_eq!(
                pair(&text, first, |b| b.is_ascii_digit()),
                pair_by_windows(&text, first, |b| b.is_ascii_digit())
            );
            prop_assert_eq!(
                pair(&text, first, may_start_digit),
                pair_by_windows(&text, first, may_start_digit)
            );
        }

        #[test]
        fn pair_equals_every_pair_of_bytes_on_any_text(text in any::<String>(), first in any::<u8>()) {
            prop_assert_eq!(
                pair(&text, first, |b| b.is_ascii_alphanumeric()),
                pair_by_windows(&text, first, |b| b.is_ascii_alphanumeric())
            );
        }

        #[test]
        fn contains_ignore_ascii_case_is_lowercase_contains(
            text in "[a-zA-Z./ %]{0,20}",
            needle in prop::sample::select(vec!["per", "www.", "P", "w"]),
        ) {
            prop_assert_eq!(
                contains_ignore_ascii_case(&text, needle),
                text.to_ascii_lowercase().contains(&needle.to_ascii_lowercase())
            );
        }

        /// Where the check says they agree, the ASCII-`\b` variant of every pattern that
        /// uses `word_regex` finds exactly what the pattern as written finds.
        #[test]
        fn ascii_boundaries_find_the_same(text in letter_text()) {
            prop_assume!(ascii_word_boundaries_agree(&text));
            for pattern in crate::check::numbers::word_patterns()
                .into_iter()
                .chain(crate::check::context::word_patterns())
            {
                prop_assert!(variants_agree(&pattern, &text), "{pattern} on {text:?}");
            }
        }
    }

    #[test]
    fn prefilters() {
        assert!(may_have_digit("call 0117"));
        assert!(may_have_digit("\u{0663}"));
        assert!(!may_have_digit("no numbers here \u{2019}"));
        assert!(pair("a/1", b'/', |b| b.is_ascii_digit()));
        assert!(!pair("a/b 1", b'/', |b| b.is_ascii_digit()));
        assert!(contains_ignore_ascii_case("See WWW.x", "www."));
        assert!(!contains_ignore_ascii_case("ww", "www."));
        assert!(word_start_zero_before_digit("call 0117"));
        assert!(word_start_zero_before_digit("0117"));
        assert!(!word_start_zero_before_digit("in 2024 and 100"));
        assert!(may_have_clock_suffix("at 9am"));
        assert!(may_have_clock_suffix("at 9 p.m."));
        assert!(may_have_clock_suffix("at 10:30\u{a0}PM"));
        assert!(!may_have_clock_suffix("the team name"));
    }
}
