//! Sentence segmentation that knows about abbreviations, money, times, initials, URLs and
//! emails.
//!
//! The base is the sentence boundaries of Unicode Standard Annex #29 (as implemented by
//! `unicode-segmentation`): a sentence ends at `.`, `?` or `!`, after any closing quotes and
//! brackets, unless a lower-case word follows; a full stop between digits (`42.17`,
//! `9.30am`) never ends one. On top of that, this module:
//!
//! - keeps abbreviations from `assets/lexicon/segment-abbreviations.txt` inside the
//!   sentence (`Mr. Smith`, `e.g. Monday`, `No. 5`), and lets `etc.` and the like end it
//!   before a capitalised word;
//! - keeps initials inside the sentence (`J. R. Smith`, `Sister M. O'Brien`), unless a
//!   very common word follows (`vitamin C. Then`);
//! - never ends a sentence at a full stop with no space after it (inside a web or email
//!   address, `U.K.`), while a full stop after a web or email address ends the sentence;
//! - ends a sentence at a full stop before a number (`We paid £5. 10 people came.`),
//!   unless an abbreviation such as `No.`, `p.` or `approx.` ends there;
//! - ends a sentence at an ellipsis (`...` or `…`) followed by a capitalised word, and
//!   never at `?`, `!` or `…` followed by a lower-case word (`He asked "Why?" and left.`);
//! - does not end a sentence at a single line break (hard-wrapped text), only at a blank
//!   line, a paragraph separator or the end of the passage;
//! - keeps a list number at the start of the passage (`1. Call us.`) with its sentence.

use crate::lexicon::frequency;
use crate::Span;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// The abbreviation list, one per line; see the file's own comments for its format.
const ABBREVIATIONS: &str = include_str!("../../../../assets/lexicon/segment-abbreviations.txt");

/// When the full stop after an abbreviation may still end the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationKind {
    /// Never (`Mr.`, `e.g.`).
    Never,
    /// When the next word starts with a capital letter (`etc.`, `Ltd.`).
    BeforeCapital,
    /// Unless a number follows (`No. 5`, `Jan. 2026`).
    UnlessNumber,
}

/// Parse an abbreviation list in the format of `segment-abbreviations.txt` into a map
/// from the lower-case abbreviation (without its final full stop) to its kind. Unknown
/// kinds are read as [`AbbreviationKind::Never`].
pub fn parse_abbreviations(data: &str) -> HashMap<String, AbbreviationKind> {
    let mut map = HashMap::new();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else {
            continue;
        };
        let kind = match fields.next() {
            Some("capital") => AbbreviationKind::BeforeCapital,
            Some("number") => AbbreviationKind::UnlessNumber,
            _ => AbbreviationKind::Never,
        };
        let word = word.trim_end_matches('.').to_lowercase();
        if !word.is_empty() {
            map.insert(word, kind);
        }
    }
    map
}

/// The embedded abbreviation list, parsed on first use.
pub fn abbreviations() -> &'static HashMap<String, AbbreviationKind> {
    static MAP: OnceLock<HashMap<String, AbbreviationKind>> = OnceLock::new();
    MAP.get_or_init(|| parse_abbreviations(ABBREVIATIONS))
}

/// How `word` (without its final full stop) behaves as an abbreviation, if it is one in the
/// embedded list. Case does not matter.
pub fn abbreviation(word: &str) -> Option<AbbreviationKind> {
    if word.len() > 16 {
        return None;
    }
    let map = abbreviations();
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        map.get(&word.to_lowercase()).copied()
    } else {
        map.get(word).copied()
    }
}

/// Split `text` into sentences, returned as byte ranges with surrounding white space
/// trimmed. Never returns an empty range.
///
/// ```
/// use easyread::text::segment::sentences;
///
/// let text = "Dr. Patel will see you at 9.30am. It costs £1,234.50, i.e. less. Thanks!";
/// let found: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(
///     found,
///     ["Dr. Patel will see you at 9.30am.", "It costs £1,234.50, i.e. less.", "Thanks!"]
/// );
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let candidates = merge_sorted(unicode_bounds(text), extra_bounds(text));
    let mut out = Vec::new();
    let mut start = 0;
    for b in candidates {
        if b <= start || b >= text.len() {
            continue;
        }
        if ends_sentence(text, start, b) {
            push_trimmed(text, start, b, &mut out);
            start = b;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The ends of the UAX #29 sentences, but the last.
fn unicode_bounds(text: &str) -> Vec<usize> {
    // Why: looking up every character's sentence-break class is the slowest part of
    // segmenting; most passages hold only characters whose class is known here.
    if let Some(bounds) = simple_bounds(text) {
        return bounds;
    }
    uax29_bounds(text)
}

/// The ends of the UAX #29 sentences, but the last, from `unicode-segmentation`.
fn uax29_bounds(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text
        .split_sentence_bound_indices()
        .map(|(i, s)| i + s.len())
        .collect();
    out.pop();
    out
}

/// UAX #29 sentence-break classes of the characters [`simple_bounds`] handles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SentenceClass {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    /// "." (ATerm).
    ATerm,
    /// "!" and "?" (STerm).
    STerm,
    SContinue,
    Close,
    Other,
}

/// The UAX #29 sentence-break class of `c`, for ASCII and a few common characters beyond
/// it (from the Unicode SentenceBreakProperty data; a test checks them against
/// `unicode-segmentation`). `None` for any other character.
fn sentence_class(c: char) -> Option<SentenceClass> {
    use SentenceClass::*;
    Some(match c {
        '\r' => Cr,
        '\n' => Lf,
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' => Sp,
        'a'..='z' => Lower,
        'A'..='Z' => Upper,
        '0'..='9' => Numeric,
        '.' => ATerm,
        '!' | '?' => STerm,
        ',' | '-' | ':' | ';' | '\u{2013}' | '\u{2014}' => SContinue,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{2018}' | '\u{2019}' | '\u{201c}'
        | '\u{201d}' => Close,
        '\u{0}'..='\u{7f}' | '\u{a3}' | '\u{20ac}' | '\u{2022}' => Other,
        _ => return None,
    })
}

/// The ends of the UAX #29 sentences, but the last, as [`uax29_bounds`] finds them, when
/// every character of `text` has a class [`sentence_class`] knows; `None` otherwise.
///
/// Only rules SB3, SB4 and SB6 to SB11 can apply to these characters (none is Extend,
/// Format, Sep or OLetter): a break follows a line break (SB4), or a run of a full stop,
/// question or exclamation mark, closers and spaces (and one line break), unless SB6 to
/// SB8a forbid it.
fn simple_bounds(text: &str) -> Option<Vec<usize>> {
    // ASCII text (most passages): every byte is a character with a known class, at its
    // own offset, so the classes are looked up as they are needed; nothing is collected.
    if text.is_ascii() {
        let bytes = text.as_bytes();
        // The rules start only at a line break or a full stop, question or exclamation
        // mark: those bytes are found first, and the others skipped at once.
        let starts = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'\r' | b'\n' | b'.' | b'!' | b'?'))
            .map(|(n, _)| n);
        return Some(bounds_of_classes(
            starts,
            |n| bytes.get(n).and_then(|&b| sentence_class(char::from(b))),
            |n| n.min(bytes.len()),
            text.len(),
        ));
    }
    // Each character's offset and class, in this thread's buffer, reused from passage to
    // passage: a letter has many passages with a "£" or a curly quote, and a new list of
    // 16 bytes a character for each was most of the memory sentence splitting allocated.
    // (The proptests against `uax29_bounds` run many texts on one thread, so they test
    // the reuse too.)
    thread_local! {
        static CLASSES: std::cell::RefCell<Vec<(usize, SentenceClass)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    CLASSES.with_borrow_mut(|classes| {
        classes.clear();
        for (i, c) in text.char_indices() {
            classes.push((i, sentence_class(c)?));
        }
        Some(bounds_of_classes(
            0..classes.len(),
            |n| classes.get(n).map(|&(_, k)| k),
            |n| classes.get(n).map_or(text.len(), |&(i, _)| i),
            text.len(),
        ))
    })
}

/// The rules of [`simple_bounds`], `class(n)` being the class of character `n` (`None` past
/// the end), `offset(n)` its byte offset (the text's length past the end) and `len` the
/// text's length in bytes. `starts` are the characters to look from, in order: at least
/// every line break, full stop, question and exclamation mark (the rules start at no
/// other character).
fn bounds_of_classes(
    starts: impl Iterator<Item = usize>,
    class: impl Fn(usize) -> Option<SentenceClass>,
    offset: impl Fn(usize) -> usize,
    len: usize,
) -> Vec<usize> {
    use SentenceClass::*;
    let mut out = Vec::new();
    for n in starts {
        let Some(k) = class(n) else { continue };
        match k {
            // SB3, SB4: a break after a line break (CR LF is one).
            Cr if class(n + 1) != Some(Lf) => out.push(offset(n + 1)),
            Lf => out.push(offset(n + 1)),
            ATerm | STerm => {
                // SATerm Close* Sp*, then what follows at `m`.
                let mut m = n + 1;
                while class(m) == Some(Close) {
                    m += 1;
                }
                while class(m) == Some(Sp) {
                    m += 1;
                }
                let Some(next) = class(m) else {
                    continue; // The end of the text.
                };
                // SB9-SB11: a line break joins the run; the break after it is SB4's.
                if matches!(next, Cr | Lf) {
                    continue;
                }
                // SB8a.
                if matches!(next, SContinue | ATerm | STerm) {
                    continue;
                }
                if k == ATerm {
                    // SB6, SB7: "3.5", "U.S." (only straight after the full stop).
                    if m == n + 1 {
                        if next == Numeric {
                            continue;
                        }
                        let letter_before = n > 0 && matches!(class(n - 1), Some(Upper | Lower));
                        if letter_before && next == Upper {
                            continue;
                        }
                    }
                    // SB8: a lower-case letter next, after anything but letters, line
                    // breaks and full stops or question or exclamation marks.
                    let mut l = m;
                    while matches!(class(l), Some(Sp | Numeric | SContinue | Close | Other)) {
                        l += 1;
                    }
                    if class(l) == Some(Lower) {
                        continue;
                    }
                }
                // SB11.
                out.push(offset(m));
            }
            _ => {}
        }
    }
    // The last sentence's end (the end of the text) is not a boundary here.
    out.retain(|&b| b < len);
    out.dedup();
    out
}

/// Candidate boundaries UAX #29 does not give: after an ellipsis character `…` before a
/// capitalised word (UAX #29 does not treat `…` as a full stop), and after a full stop
/// before a number ("We paid £5. 10 people came."), which UAX #29 joins when a lower-case
/// word follows the number. Each is the position where the next word starts.
fn extra_bounds(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // ASCII text holds no ellipsis character: its full stops are found with a fast byte
    // search (a search for either mark decodes every character).
    let marks: Box<dyn Iterator<Item = (usize, &str)>> = if text.is_ascii() {
        Box::new(memchr::memchr_iter(b'.', text.as_bytes()).map(|i| (i, ".")))
    } else {
        Box::new(text.match_indices(['\u{2026}', '.']))
    };
    for (i, mark) in marks {
        let after = &text[i + mark.len()..];
        let closed = after.trim_start_matches(is_closer);
        let spaced = closed.trim_start();
        if spaced.len() == closed.len() {
            continue;
        }
        let next = spaced.chars().next();
        let found = if mark == "." {
            next.is_some_and(|c| c.is_ascii_digit())
        } else {
            next.is_some_and(char::is_uppercase)
        };
        if found {
            out.push(text.len() - spaced.len());
        }
    }
    out
}

fn merge_sorted(a: Vec<usize>, b: Vec<usize>) -> Vec<usize> {
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x <= y => {
                i += 1;
                x
            }
            (Some(_), Some(&y)) | (None, Some(&y)) => {
                j += 1;
                y
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, None) => break,
        };
        if out.last() != Some(&next) {
            out.push(next);
        }
    }
    out
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{2019}' | '\u{201d}' | '\u{bb}' | '\u{203a}' | '*' | '_'
    )
}

/// Whether the candidate boundary `b` (the start of what would be the next sentence, or
/// the white space before it) ends the sentence that started at `start`.
fn ends_sentence(text: &str, start: usize, b: usize) -> bool {
    let before = &text[start..b];
    let content_end = start + before.trim_end().len();
    let after = &text[b..];
    let next_start = b + (after.len() - after.trim_start().len());
    if content_end <= start || next_start >= text.len() {
        // Only white space on one side: nothing to split.
        return false;
    }
    let gap = &text[content_end..next_start];
    if paragraph_break(gap) {
        // A blank line always ends the sentence, even after "Dr." or a colon.
        return true;
    }
    let core = text[start..content_end].trim_end_matches(is_closer);
    let core_end = start + core.len();
    let Some(last) = core.chars().next_back() else {
        return false;
    };
    match last {
        // Full-width stops of scripts written without spaces.
        '\u{3002}' | '\u{ff01}' | '\u{ff1f}' | '\u{ff0e}' => true,
        '!' | '?' | '\u{203c}' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '\u{2026}' => {
            // Not before a lower-case word: `He asked "Why?" and left.`
            let next_lower = text[next_start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            !gap.is_empty() && !next_lower
        }
        '.' => {
            if gap.is_empty() {
                // "gov.UK", "1.A": a full stop with no space is not a sentence end.
                return false;
            }
            full_stop_ends(text, start, core_end - 1, &text[next_start..])
        }
        // No full stop, question or exclamation mark: a line break inside a paragraph.
        _ => false,
    }
}

/// White space that separates paragraphs: a blank line or a paragraph separator.
fn paragraph_break(gap: &str) -> bool {
    let mut newlines = 0;
    let mut chars = gap.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{2029}' | '\u{c}' => return true,
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                newlines += 1;
            }
            '\n' | '\u{85}' | '\u{b}' => newlines += 1,
            _ => {}
        }
        if newlines >= 2 {
            return true;
        }
    }
    false
}

/// Whether the full stop at byte `dot` (followed by white space and then `after`) ends the
/// sentence that started at `start`.
fn full_stop_ends(text: &str, start: usize, dot: usize, after: &str) -> bool {
    let next = after.chars().next();
    let head = &text[start..dot];
    if head.ends_with('.') {
        // An ellipsis "..." before a word that is not in lower case.
        return true;
    }
    // The word before the full stop: letters, digits and inner full stops ("e.g").
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(head.len(), |(i, _)| i);
    let word = head[word_start..].trim_start_matches('.');
    if word.is_empty() {
        return true;
    }
    let next_upper = next.is_some_and(char::is_uppercase);
    let next_digit = next.is_some_and(|c| c.is_ascii_digit());
    let preceding = &head[..word_start];
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() && c != 'I' {
            // An initial: "J. R. Smith", "Sister M. O'Brien". It ends the sentence only
            // before a very common word ("vitamin C. Then", "Plan B. We"), never before
            // another initial.
            if !next_upper {
                return true;
            }
            let next_word = leading_word(after);
            if next_word.chars().count() == 1 && after[next_word.len()..].starts_with('.') {
                return false;
            }
            return frequency::zipf(next_word).is_some_and(|z| z >= INITIAL_BREAK_ZIPF);
        }
    }
    if let Some(kind) = abbreviation(word) {
        return match kind {
            AbbreviationKind::Never => false,
            AbbreviationKind::BeforeCapital => !next_digit,
            AbbreviationKind::UnlessNumber => !next_digit,
        };
    }
    if preceding.trim().is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        // A list number leading the passage: "1. Call us."
        return false;
    }
    true
}

/// After an initial, a capitalised word at least this common (on the Zipf scale) starts a
/// new sentence: "The", "Then", "We", "Please"; names such as "Smith" or "Patel" do not.
const INITIAL_BREAK_ZIPF: f32 = 5.5;

/// The letters (and apostrophes) at the start of `s`.
fn leading_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if start + lead < end - trail {
        out.push(Span {
            start: start + lead,
            end: end - trail,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn plain_sentences_and_spans() {
        let text = "  We will phone you.  Is that all right?\tYes! ";
        assert_eq!(
            sentences(text),
            [
                Span { start: 2, end: 20 },
                Span { start: 22, end: 40 },
                Span { start: 41, end: 45 },
            ]
        );
        assert_eq!(
            split(text),
            ["We will phone you.", "Is that all right?", "Yes!"]
        );
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\t ").is_empty());
        assert_eq!(
            split("No full stop at the end"),
            ["No full stop at the end"]
        );
    }

    #[test]
    fn titles_do_not_end_sentences() {
        assert_eq!(
            split(
                "Mr Smith and Mrs. Jones met Dr. Patel and Prof. Lee at St. Anne's. They talked."
            ),
            [
                "Mr Smith and Mrs. Jones met Dr. Patel and Prof. Lee at St. Anne's.",
                "They talked."
            ]
        );
        assert_eq!(
            split("Ms. Begum will call. Dr. Okafor will not."),
            ["Ms. Begum will call.", "Dr. Okafor will not."]
        );
    }

    #[test]
    fn latin_and_general_abbreviations() {
        assert_eq!(
            split("Bring ID, e.g. Passport or licence, i.e. Photo ID. Then sign."),
            [
                "Bring ID, e.g. Passport or licence, i.e. Photo ID.",
                "Then sign."
            ]
        );
        assert_eq!(
            split("It costs approx. £30 incl. VAT, paid by Jan. 2026. We will write."),
            [
                "It costs approx. £30 incl. VAT, paid by Jan. 2026.",
                "We will write."
            ]
        );
        assert_eq!(
            split("Pay Acme Care Ltd. The bill is due."),
            ["Pay Acme Care Ltd.", "The bill is due."]
        );
    }

    #[test]
    fn etc_ends_a_sentence_only_before_a_capital() {
        assert_eq!(
            split("We need chairs, beds etc. Northfield Council will pay."),
            ["We need chairs, beds etc.", "Northfield Council will pay."]
        );
        assert_eq!(
            split("We need cups etc. and plates."),
            ["We need cups etc. and plates."]
        );
        assert_eq!(
            split("Bring rugs, furniture etc. so we can work."),
            ["Bring rugs, furniture etc. so we can work."]
        );
        assert_eq!(
            split("(tables, chairs etc.) Then we go."),
            ["(tables, chairs etc.)", "Then we go."]
        );
    }

    #[test]
    fn number_abbreviations() {
        assert_eq!(
            split("The room is No. 5. The answer is no. We agree."),
            ["The room is No. 5.", "The answer is no.", "We agree."]
        );
        assert_eq!(
            split("See p. 12 and para. 4. Thanks."),
            ["See p. 12 and para. 4.", "Thanks."]
        );
    }

    #[test]
    fn decimals_money_and_times() {
        assert_eq!(
            split("It costs £1,234.50 a year. Come at 9.30am, 10.30 am or 10:30am. Take 2.5 mg daily."),
            [
                "It costs £1,234.50 a year.",
                "Come at 9.30am, 10.30 am or 10:30am.",
                "Take 2.5 mg daily."
            ]
        );
        assert_eq!(
            split("We paid £42.17. Thanks."),
            ["We paid £42.17.", "Thanks."]
        );
        assert_eq!(
            split("The rise was 3.5%. It starts in 2026. Ask us."),
            ["The rise was 3.5%.", "It starts in 2026.", "Ask us."]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            split("J. Smith and J. R. Smith came. Sister M. O'Brien and Dr. A. Patel too."),
            [
                "J. Smith and J. R. Smith came.",
                "Sister M. O'Brien and Dr. A. Patel too."
            ]
        );
        assert_eq!(
            split("Take vitamin C. Then rest. Use plan B. We agree."),
            ["Take vitamin C.", "Then rest.", "Use plan B.", "We agree."]
        );
        assert_eq!(
            split("Your GP, Dr. S. Rahman, knows."),
            ["Your GP, Dr. S. Rahman, knows."]
        );
        assert_eq!(
            split("It was I. Then I left."),
            ["It was I.", "Then I left."]
        );
    }

    #[test]
    fn links_end_sentences_at_their_full_stop() {
        let text = "See https://www.northfield.gov.example/care. Or email adult.care@northfield.gov.example. Thanks.";
        assert_eq!(
            split(text),
            [
                "See https://www.northfield.gov.example/care.",
                "Or email adult.care@northfield.gov.example.",
                "Thanks."
            ]
        );
        assert_eq!(
            split("Visit www.Example.GOV.UK/Care today. Then call."),
            ["Visit www.Example.GOV.UK/Care today.", "Then call."]
        );
        // The full stop belongs to the sentence, not to the address.
        let found = sentences(text);
        let first = &text[found[0].start..found[0].end];
        assert!(first.ends_with("/care."));
    }

    #[test]
    fn dotted_initialisms() {
        assert_eq!(
            split("The U.K. rules apply. It opens at 9 a.m. Then we go."),
            ["The U.K. rules apply.", "It opens at 9 a.m.", "Then we go."]
        );
        assert_eq!(
            split("It opens at 9 a.m. on Monday."),
            ["It opens at 9 a.m. on Monday."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("Wait... Then go. Wait... and go."),
            ["Wait...", "Then go.", "Wait... and go."]
        );
        assert_eq!(
            split("Well\u{2026} Then we left. Well\u{2026} and then we stayed."),
            [
                "Well\u{2026}",
                "Then we left.",
                "Well\u{2026} and then we stayed."
            ]
        );
        assert_eq!(
            split("She said \"I need\u{2026} help\" and left."),
            ["She said \"I need\u{2026} help\" and left."]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            split("He said \"Call us.\" Then he left."),
            ["He said \"Call us.\"", "Then he left."]
        );
        assert_eq!(
            split("He said \u{201c}Call us.\u{201d} Then he left."),
            ["He said \u{201c}Call us.\u{201d}", "Then he left."]
        );
        assert_eq!(
            split("(See the leaflet.) Next we meet."),
            ["(See the leaflet.)", "Next we meet."]
        );
        assert_eq!(
            split("He asked \"Why?\" and left."),
            ["He asked \"Why?\" and left."]
        );
    }

    #[test]
    fn questions_and_exclamations() {
        assert_eq!(
            split("\u{6587}\u{3002}\u{6587}\u{3002}"),
            ["\u{6587}\u{3002}", "\u{6587}\u{3002}"]
        );
        assert_eq!(
            split("Why? Because! Really?! Yes."),
            ["Why?", "Because!", "Really?!", "Yes."]
        );
    }

    #[test]
    fn colons_and_semicolons_do_not_end_sentences() {
        assert_eq!(
            split("You can: call us; write to us; or visit. The end"),
            ["You can: call us; write to us; or visit.", "The end"]
        );
        assert_eq!(split("Please bring:"), ["Please bring:"]);
    }

    #[test]
    fn line_breaks() {
        assert_eq!(
            split("A line with no stop\ncontinues here. Next.\n\nA new paragraph\n\nAnother"),
            [
                "A line with no stop\ncontinues here.",
                "Next.",
                "A new paragraph",
                "Another"
            ]
        );
        assert_eq!(
            split("One\r\n\r\nTwo\u{2029}Three"),
            ["One", "Two", "Three"]
        );
        assert_eq!(split("Dr.\nSmith came."), ["Dr.\nSmith came."]);
        assert_eq!(
            split("Please bring:\n\nYour letter"),
            ["Please bring:", "Your letter"]
        );
    }

    #[test]
    fn list_numbers_at_the_start() {
        assert_eq!(
            split("1. Call us. 2. Write to us."),
            ["1. Call us.", "2. Write to us."]
        );
        assert_eq!(split("We have 2. Then more."), ["We have 2.", "Then more."]);
    }

    #[test]
    fn abbreviation_list_is_data() {
        let map = parse_abbreviations("# c\nMr\netc\tcapital\nNo number\nodd\tweird\n\n");
        assert_eq!(map.get("mr"), Some(&AbbreviationKind::Never));
        assert_eq!(map.get("etc"), Some(&AbbreviationKind::BeforeCapital));
        assert_eq!(map.get("no"), Some(&AbbreviationKind::UnlessNumber));
        assert_eq!(map.get("odd"), Some(&AbbreviationKind::Never));
        assert_eq!(abbreviation("DR"), Some(AbbreviationKind::Never));
        assert_eq!(abbreviation("e.g"), Some(AbbreviationKind::Never));
        assert_eq!(abbreviation("table"), None);
        assert!(abbreviations().len() > 50);
    }

    #[test]
    fn long_input_without_punctuation_is_fast() {
        let text = "word ".repeat(200_000);
        let started = std::time::Instant::now();
        assert_eq!(sentences(&text).len(), 1);
        let short = "Go. ".repeat(100_000);
        assert_eq!(sentences(&short).len(), 100_000);
        let one_word = "x".repeat(1_000_000);
        assert_eq!(sentences(&one_word).len(), 1);
        assert!(started.elapsed().as_secs() < 30);
    }

    fn check_spans(text: &str) -> Result<(), TestCaseError> {
        let mut last = 0;
        for span in sentences(text) {
            prop_assert!(span.start < span.end, "empty span {span:?}");
            prop_assert!(span.start >= last, "out of order {span:?}");
            prop_assert!(span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            let s = &text[span.start..span.end];
            prop_assert_eq!(s, s.trim());
            last = span.end;
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn arbitrary_unicode_never_panics(text in any::<String>()) {
            check_spans(&text)?;
        }

        #[test]
        fn printable_text(text in "\\PC{0,120}") {
            check_spans(&text)?;
        }

        #[test]
        fn simple_bounds_are_uax29_bounds(
            text in "([A-Za-z]{1,4}|[0-9]{1,3}|[\\x00-\\x7f]|[.?!]{1,2}|[ \t\r\n]{1,2}|[\u{a0}\u{a3}\u{20ac}\u{2022}\u{2013}\u{2014}\u{2018}\u{2019}\u{201c}\u{201d}]|U\\.S\\.|e\\.g\\. [a-z]|[\"'()\\[\\]{}]){0,40}"
        ) {
            prop_assert_eq!(simple_bounds(&text), Some(uax29_bounds(&text)));
        }

        #[test]
        fn simple_bounds_on_ascii(text in "[\\x00-\\x7f]{0,80}") {
            prop_assert_eq!(simple_bounds(&text), Some(uax29_bounds(&text)));
        }

        #[test]
        fn sentence_like_text(text in "([A-Za-z]{1,6}|[0-9]{1,4}|[.?!…:;,\"'()£ \n]|Dr|etc|e\\.g|No|www\\.a\\.uk| ){0,40}") {
            check_spans(&text)?;
            // Nothing but white space is lost between sentences.
            let spans = sentences(&text);
            let mut covered = 0;
            for span in &spans {
                prop_assert!(text[covered..span.start].trim().is_empty());
                covered = span.end;
            }
            prop_assert!(text[covered..].trim().is_empty());
        }
    }
}
