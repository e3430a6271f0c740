//! Abbreviations, initials, and capital letters used for emphasis.

use super::context::{concat, PassageCtx, Sink};
use super::data::lexicon;
use super::Severity;
use crate::Span;
use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Rule id: an abbreviation or initials.
pub(crate) const ABBREVIATION: &str = "abbreviation";
/// Rule id: capital letters for emphasis.
pub(crate) const CAPITALS_FOR_EMPHASIS: &str = "capitals-for-emphasis";

/// Whether a word is written in capitals: two or more letters, none lower case, no digits.
fn is_caps(word: &str) -> bool {
    // The quick test first: most words have a lower-case letter within their first two.
    !word.chars().any(|c| c.is_lowercase() || c.is_numeric())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Whether a word is a Roman numeral as used in headings and law ("Part II", "XIV").
pub(crate) fn is_roman(word: &str) -> bool {
    static ROMAN: OnceLock<Option<Regex>> = OnceLock::new();
    ROMAN
        .get_or_init(|| Regex::new(r"^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$").ok())
        .as_ref()
        .is_some_and(|re| !word.is_empty() && re.is_match(word))
}

/// Whether a word in capitals is a known abbreviation or initials that are fine as they are.
fn known(word: &str) -> bool {
    let lex = lexicon();
    lex.known_initials.contains(word)
        || (lex.abbr_filter.may_hold_any_case(word)
            && (lex.abbr_exact.contains_key(word)
                || lex.abbr_lower.contains_key(&word.to_lowercase())))
}

/// Run both rules over a passage.
pub(crate) fn check(ctx: &PassageCtx, sink: &mut Sink) {
    let emphasis = capitals(ctx, sink);
    abbreviations(ctx, &emphasis, sink);
}

/// Capitals for emphasis; returns the spans reported, so that the abbreviation rule leaves
/// the words in them alone.
fn capitals(ctx: &PassageCtx, sink: &mut Sink) -> Vec<Span> {
    let lex = lexicon();
    let caps: Vec<bool> = (0..ctx.tokens.len())
        .map(|i| {
            let w = ctx.word(i);
            is_caps(w) && !is_roman(w) && !ctx.in_fact(ctx.tokens[i].span)
        })
        .collect();
    let mut reported = Vec::new();
    let mut i = 0;
    while i < ctx.tokens.len() {
        if !caps[i] {
            i += 1;
            continue;
        }
        // A run of words in capitals, joined by spaces or light punctuation.
        let mut last = i;
        while last + 1 < ctx.tokens.len() && caps[last + 1] {
            let gap = &ctx.text[ctx.tokens[last].span.end..ctx.tokens[last + 1].span.start];
            if gap
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '-' | '!'))
                && ctx.tokens[last].sentence == ctx.tokens[last + 1].sentence
            {
                last += 1;
            } else {
                break;
            }
        }
        let words: Vec<&str> = (i..=last).map(|k| ctx.word(k)).collect();
        let unknown = words.iter().filter(|w| !known(w)).count();
        let single_word = words.len() == 1
            && unknown == 1
            && (lex.caps_words.contains(words[0]) || words[0].chars().count() > 6);
        if (words.len() > 1 && unknown > 0) || single_word {
            let span = ctx.token_span(i, last);
            let found = ctx.slice(span);
            let mut plain: String = found
                .chars()
                .flat_map(char::to_lowercase)
                .collect::<String>();
            // Keep the initials in the run as they are ("CALL THE NHS" -> "call the NHS").
            for w in words.iter().filter(|w| known(w)) {
                let lower = w.to_lowercase();
                plain = plain
                    .split(' ')
                    .map(|p| {
                        if p == lower {
                            (*w).to_string()
                        } else {
                            p.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            if ctx.starts_sentence(i) {
                plain = super::inflect::capitalise(&plain);
            }
            sink.add(
                ctx,
                span,
                CAPITALS_FOR_EMPHASIS,
                Severity::Warning,
                concat(&["'", found, "' is in capital letters. Capitals are hard to read and can look like shouting."]),
                Some(concat(&["Write '", &plain, "', and make it bold if it is important."])),
            );
            reported.push(span);
        }
        i = last + 1;
    }
    reported
}

/// Known abbreviations with their expansion, and unknown initials.
fn abbreviations(ctx: &PassageCtx, emphasis: &[Span], sink: &mut Sink) {
    let lex = lexicon();
    let text = ctx.text;
    let inside = |span: Span| {
        emphasis
            .iter()
            .any(|e| e.start <= span.start && span.end <= e.end)
    };
    for m in candidates(text) {
        if joined_before(text, m.start()) {
            continue;
        }
        let candidate = m.as_str();
        // Whole candidate first ("e.g.", "w/c"), then without a final full stop ("NHS."),
        // then each part between slashes or dots ("GP/nurse").
        let parts = [Some(candidate), candidate.strip_suffix('.')];
        let mut hit = None;
        for part in parts.into_iter().flatten() {
            if let Some(found) = lookup(part, text, m.start() + part.len()) {
                hit = Some((m.start(), part, found));
                break;
            }
        }
        let hits: Vec<(usize, &str, Option<&str>)> = match hit {
            Some((s, p, e)) => vec![(s, p, Some(e))],
            None => {
                let stem = candidate.trim_end_matches('.');
                // Most candidates are ordinary words: one part, which is only reported
                // when it looks like initials (see below). Skip the rest at once. (The
                // scanner knows whether the stem holds a "." or "/": tested equal to
                // searching it.)
                let separated = m.inner_separator;
                if !separated && !looks_like_initials(stem) {
                    continue;
                }
                let mut out = Vec::new();
                let mut offset = m.start();
                for piece in stem.split(['/', '.']) {
                    if separated {
                        if let Some(e) = lookup(piece, text, offset + piece.len()) {
                            out.push((offset, piece, Some(e)));
                        } else {
                            out.push((offset, piece, None));
                        }
                    } else {
                        out.push((offset, piece, None));
                    }
                    offset += piece.len() + 1;
                }
                out
            }
        };
        for (start, word, expansion) in hits {
            let span = Span {
                start,
                end: start + word.len(),
            };
            if word.is_empty() || ctx.in_fact(span) || inside(span) {
                continue;
            }
            match expansion {
                Some(expansion) => sink.add(
                    ctx,
                    span,
                    ABBREVIATION,
                    Severity::Warning,
                    concat(&[
                        "'",
                        word,
                        "' is a short form. Write '",
                        expansion,
                        "' instead.",
                    ]),
                    Some(expansion.to_string()),
                ),
                None => {
                    let letters = word.chars().count();
                    if is_caps(word)
                        && (2..=6).contains(&letters)
                        && word.chars().all(|c| c.is_ascii_uppercase())
                        && !is_roman(word)
                        && !lex.known_initials.contains(word)
                        && !lex.caps_words.contains(word)
                    {
                        sink.add(
                            ctx,
                            span,
                            ABBREVIATION,
                            Severity::Info,
                            concat(&[
                                "'",
                                word,
                                "' looks like initials. Write them in full, or use plain words.",
                            ]),
                            None,
                        );
                    }
                }
            }
        }
    }
}

/// Whether the character before byte `at` of `text` (a character boundary) joins a
/// candidate there to what comes before: a letter or digit, "@" or an apostrophe. An
/// ASCII byte (nearly always) is tested as it is; only a character beyond ASCII is
/// decoded (tested equal to decoding every one).
fn joined_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        None => false,
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'@' || b == b'\'',
        Some(_) => text
            .get(..at)
            .and_then(|head| head.chars().next_back())
            .is_some_and(|c| c.is_alphanumeric() || c == '\u{2019}'),
    }
}

/// A candidate found by [`candidates`]: a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    /// Whether it holds a "." or "/" before its last letter ("e.g", "GP/nurse"): whether
    /// it still holds one without its final full stop.
    inner_separator: bool,
}

impl<'t> Candidate<'t> {
    fn start(&self) -> usize {
        self.start
    }

    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The matches of `[A-Za-z][A-Za-z&]*(?:[./][A-Za-z&]+)*\.?`, left to right, as a regex's
/// `find_iter` gives them: a letter, then letters and ampersands, then any number of "." or
/// "/" each followed by letters and ampersands, then perhaps a full stop. Scanned by hand
/// because it runs over every word of every passage (a test compares it with the regex).
/// Every byte it takes is ASCII, so every range is on character boundaries.
fn candidates(text: &str) -> impl Iterator<Item = Candidate<'_>> {
    /// Per byte: bit 0, an ASCII letter; bit 1, a letter or "&" (a part of a candidate).
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            if c.is_ascii_alphabetic() {
                t[b] = 3;
            } else if c == b'&' {
                t[b] = 2;
            }
            b += 1;
        }
        t
    };
    let bytes = text.as_bytes();
    let part = |b: u8| CLASS[usize::from(b)] & 2 != 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && CLASS[usize::from(bytes[i])] & 1 == 0 {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        let mut inner_separator = false;
        i += 1;
        while i < bytes.len() && part(bytes[i]) {
            i += 1;
        }
        while i + 1 < bytes.len() && matches!(bytes[i], b'.' | b'/') && part(bytes[i + 1]) {
            inner_separator = true;
            i += 2;
            while i < bytes.len() && part(bytes[i]) {
                i += 1;
            }
        }
        if i < bytes.len() && bytes[i] == b'.' {
            i += 1;
        }
        Some(Candidate {
            text,
            start,
            end: i,
            inner_separator,
        })
    })
}

/// Whether a part of a candidate may be reported as unknown initials: the test in
/// `abbreviations` needs 2 to 6 characters, all ASCII capitals.
fn looks_like_initials(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The expansion of `word` if it is a known abbreviation; `end` is where it ends in `text`
/// (to check that "No." is followed by a number). Inlined: it runs on every word of every
/// passage, and most words leave at the filter.
#[inline(always)]
fn lookup(word: &str, text: &str, end: usize) -> Option<&'static str> {
    // Most words are in neither table: one bit says so (tested equal to the tables alone).
    if !lexicon().abbr_filter.may_hold_any_case(word) {
        return None;
    }
    lookup_tables(word, text, end)
}

/// [`lookup`] without the quick filter: the tables decide.
fn lookup_tables(word: &str, text: &str, end: usize) -> Option<&'static str> {
    let lex = lexicon();
    if word.is_empty() {
        return None;
    }
    // Candidates are ASCII (see `abbreviations`); most are already lower case.
    let has_upper = word.bytes().any(|b| b.is_ascii_uppercase());
    let lower: Cow<str> = if has_upper {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    if lower == "no." || lower == "nos." {
        let next = text.get(end..)?.trim_start().chars().next()?;
        if !next.is_ascii_digit() {
            return None;
        }
    }
    // Every exact-case row holds a capital letter (see `data`), so a word without one
    // cannot be among them: most words skip that look-up.
    if has_upper || !word.is_ascii() {
        if let Some(e) = lex.abbr_exact.get(word) {
            return Some(e.as_str());
        }
    }
    // Lower-case rows match in any case: "e.g.", "E.g.", "NB".
    lex.abbr_lower.get(lower.as_ref()).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check_text, found};

    /// The hand-written scanner finds exactly what the regex it replaced finds.
    fn regex_candidates(text: &str) -> Vec<(usize, usize)> {
        let re = regex::Regex::new(r"[A-Za-z][A-Za-z&]*(?:[./][A-Za-z&]+)*\.?").unwrap();
        re.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    fn scanned(text: &str) -> Vec<(usize, usize)> {
        super::candidates(text).map(|c| (c.start, c.end)).collect()
    }

    /// The scanner's `inner_separator` is whether the candidate without its final full
    /// stop holds a "." or "/".
    fn separators_agree(text: &str) -> bool {
        super::candidates(text)
            .all(|c| c.inner_separator == c.as_str().trim_end_matches('.').contains(['/', '.']))
    }

    #[test]
    fn candidates_match_the_regex_on_examples() {
        for text in [
            "Your GP, e.g. Dr Shah, w/c 5 May, A&E, N/A, etc. NHS. ASC/2024 a..b x./y &B",
            "",
            ".",
            "a.",
            "é.g. £5 ‘DWP’",
        ] {
            assert_eq!(scanned(text), regex_candidates(text), "{text:?}");
        }
    }

    /// Every abbreviation, as written, in lower case and in capitals, passes the filter.
    #[test]
    fn the_abbreviation_filter_holds_every_key() {
        let lex = super::lexicon();
        for key in lex.abbr_exact.keys().chain(lex.abbr_lower.keys()) {
            for form in [key.clone(), key.to_lowercase(), key.to_uppercase()] {
                if form.is_ascii() && (form == *key || lex.abbr_lower.contains_key(key)) {
                    assert!(lex.abbr_filter.may_hold_any_case(&form), "{form:?}");
                }
            }
        }
    }

    fn lookup_both(word: &str, text: &str) -> (Option<&'static str>, Option<&'static str>) {
        let end = text.len();
        (
            super::lookup(word, text, end),
            super::lookup_tables(word, text, end),
        )
    }

    #[test]
    fn the_filtered_lookup_equals_the_tables_on_every_key() {
        let lex = super::lexicon();
        for key in lex.abbr_exact.keys().chain(lex.abbr_lower.keys()) {
            for form in [key.clone(), key.to_lowercase(), key.to_uppercase()] {
                for text in ["", " 5", " x"] {
                    let (fast, general) = lookup_both(&form, text);
                    assert_eq!(fast, general, "{form:?} {text:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_filtered_lookup_equals_the_tables(word in "[a-zA-Z&./]{0,8}", next in "[ 0-9a]{0,2}") {
            let (fast, general) = lookup_both(&word, &next);
            proptest::prop_assert_eq!(fast, general);
        }

        #[test]
        fn the_filtered_lookup_equals_the_tables_on_any_word(word in proptest::prelude::any::<String>()) {
            let (fast, general) = lookup_both(&word, "");
            proptest::prop_assert_eq!(fast, general);
        }

        /// The test of the character before a candidate on bytes agrees with decoding it.
        #[test]
        fn joined_before_equals_decoding(text in "[a-c1 @'’é./£-]{0,12}", at in 0usize..14) {
            if text.is_char_boundary(at.min(text.len())) {
                let at = at.min(text.len());
                let decoded = text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '\'' | '\u{2019}'));
                proptest::prop_assert_eq!(super::joined_before(&text, at), decoded);
            }
        }

        #[test]
        fn candidates_match_the_regex(text in "[a-cA-C&./ 1é-]{0,30}") {
            proptest::prop_assert_eq!(scanned(&text), regex_candidates(&text));
        }

        #[test]
        fn candidates_match_the_regex_on_any_text(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(scanned(&text), regex_candidates(&text));
        }

        #[test]
        fn inner_separators_match_a_search(text in "[a-cA-C&./ 1é-]{0,30}") {
            proptest::prop_assert!(separators_agree(&text));
        }

        #[test]
        fn inner_separators_match_a_search_on_any_text(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert!(separators_agree(&text));
        }
    }
    use super::*;

    #[test]
    fn roman_numerals_are_recognised() {
        for r in ["II", "IV", "XIV", "XL", "LIV"] {
            assert!(is_roman(r), "{r}");
        }
        for w in ["GP", "IIII", "VV", "IC", ""] {
            assert!(!is_roman(w), "{w}");
        }
    }

    #[test]
    fn known_abbreviations_are_expanded() {
        let r = check_text("Your GP, e.g. Dr Shah, will write etc. to the DWP.");
        assert_eq!(
            found(&r, "abbreviation"),
            [
                (1, 6, Some("doctor")),
                (1, 10, Some("for example")),
                (1, 35, Some("and so on")),
                (1, 47, Some("Department for Work and Pensions"))
            ]
        );
    }

    #[test]
    fn no_is_an_abbreviation_only_before_a_number() {
        let r = check_text("Flat No. 5 is empty. The answer is no. No, thank you.");
        assert_eq!(found(&r, "abbreviation"), [(1, 6, Some("number"))]);
    }

    #[test]
    fn unknown_initials_are_info_but_facts_and_numerals_are_not() {
        let r = check_text(
            "Ask the XYZ team. Part II applies. Ref ASC/2024/118734, BS3 4QT, PO Box 1.",
        );
        let a = found(&r, "abbreviation");
        assert_eq!(a, [(1, 9, None)]);
        let f: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "abbreviation")
            .collect();
        assert_eq!(f[0].severity, Severity::Info);
        // The reference holds "ASC" but is a fact, not an abbreviation.
        assert!(found(&r, "capitals-for-emphasis").is_empty());
    }

    #[test]
    fn case_matters_for_initials() {
        let r = check_text("We can help with IT skills. It is free.");
        assert_eq!(found(&r, "abbreviation"), [(1, 18, Some("computer"))]);
        let r = check_text("Email ot.service@example.org.uk for help.");
        assert!(found(&r, "abbreviation").is_empty());
    }

    #[test]
    fn slashes_and_full_stops_around_initials() {
        let r = check_text("Ask your GP/nurse. Call the NHS.");
        assert_eq!(
            found(&r, "abbreviation"),
            [
                (1, 10, Some("doctor")),
                (1, 29, Some("National Health Service"))
            ]
        );
    }

    #[test]
    fn capitals_for_emphasis() {
        let r = check_text("PLEASE NOTE: you MUST reply. DO NOT CALL THE NHS.");
        assert_eq!(
            found(&r, "capitals-for-emphasis"),
            [
                (
                    1,
                    1,
                    Some("Write 'Please note', and make it bold if it is important.")
                ),
                (
                    1,
                    18,
                    Some("Write 'must', and make it bold if it is important.")
                ),
                (
                    1,
                    30,
                    Some("Write 'Do not call the NHS', and make it bold if it is important.")
                )
            ]
        );
        // Words inside a run of capitals are not also reported as initials.
        assert!(found(&r, "abbreviation").is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn initials_alone_are_not_emphasis() {
        let r = check_text("The NHS and the DWP and the CQC.");
        assert!(found(&r, "capitals-for-emphasis").is_empty());
        let r = check_text("The IMPORTANT thing.");
        assert_eq!(found(&r, "capitals-for-emphasis").len(), 1);
    }
}
