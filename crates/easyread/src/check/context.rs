//! What every rule works on: a passage with its words, the facts it holds, and where its
//! sentences are; and the sink that collects findings in document order.

use super::phrases::WordId;
use super::{scan, CheckOptions, Finding, Severity};
#[cfg(test)]
use crate::analysis::Analysis;
use crate::analysis::{Passage, Sentence};
use crate::model::{Block, Document};
use crate::Span;
use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Which groups of rules run on a passage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Scope {
    /// Word, phrase, number and punctuation rules (prose, headings, list items, rows).
    pub words: bool,
    /// The date rule (also on the details lines at the head of a letter).
    pub dates: bool,
    /// Italics and underlining (everywhere but addresses).
    pub style: bool,
}

impl Scope {
    fn for_block(block: &Block, index: usize) -> Scope {
        let all = Scope {
            words: true,
            dates: true,
            style: true,
        };
        match block {
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::List { .. }
            | Block::Table { .. }
            | Block::Row { .. } => all,
            // A glossary alternates term and explanation; only the explanation is prose.
            Block::Glossary { .. } if index % 2 == 1 => all,
            Block::Glossary { .. } | Block::Salutation { .. } | Block::SignOff { .. } => Scope {
                style: true,
                ..Scope::default()
            },
            Block::Details { .. } | Block::Contact { .. } => Scope {
                dates: true,
                style: true,
                ..Scope::default()
            },
            Block::Address { .. } => Scope::default(),
        }
    }
}

/// A word of a passage, found by the checker's own tokeniser: letters and digits, with
/// inner apostrophes and hyphens kept ("can't", "twenty-eight", "one-off").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    /// Where the word is in the passage's flat text.
    pub span: Span,
    /// The word in lower case, with curly apostrophes made straight: borrowed from the
    /// text when it is already like that (most words are), so no copy is made.
    lowered: Cow<'a, str>,
    /// Which sentence of the passage it is in (0 for passages that are not prose).
    pub sentence: usize,
    /// The word's number in the phrase lists' vocabulary, if they hold it.
    pub word: Option<WordId>,
    /// Its syllables ([`crate::text::syllables::count`] of [`Tok::lower`]) when the
    /// analysis already counted them: when the analysis has a word with the same span and
    /// the word is already in lower case, so that it is the same text.
    pub syllables: Option<u32>,
    /// Whether [`Tok::lower`] holds an apostrophe: whether an apostrophe joins two parts
    /// of the word (the tokeniser knows; rules ask it of every word).
    pub apostrophe: bool,
    /// Whether [`Tok::lower`] holds a hyphen: whether a hyphen joins two parts of it.
    pub hyphen: bool,
}

impl Tok<'_> {
    /// The word in lower case, with curly apostrophes and non-breaking hyphens made plain.
    pub fn lower(&self) -> &str {
        &self.lowered
    }
}

/// One passage, ready for the rules.
#[derive(Debug)]
pub(crate) struct PassageCtx<'a> {
    /// Index in [`Analysis::passages`].
    pub index: usize,
    /// The passage.
    pub passage: &'a Passage,
    /// Its flat text.
    pub text: &'a str,
    /// Its words.
    pub tokens: Vec<Tok<'a>>,
    /// Facts in it (amounts, times, phone numbers, postcodes, references, emails, web
    /// addresses): byte ranges of the flat text that rules other than dates leave alone.
    pub facts: Vec<Span>,
    /// Which rules run on it.
    pub scope: Scope,
    /// [`scan::ascii_word_boundaries_agree`] of its text, which picks the variant of each
    /// pattern run on it (see [`scan::word_regex_where`]).
    pub ascii_boundaries: bool,
}

impl<'a> PassageCtx<'a> {
    /// Prepare passage `index` of `analysis`.
    #[cfg(test)]
    pub fn of(doc: &Document, analysis: &'a Analysis, index: usize) -> Self {
        // `analyse` pushes sentences passage by passage, so this passage's sentences are
        // one run, found by binary search.
        let first = analysis.sentences.partition_point(|s| s.passage < index);
        let end = analysis.sentences.partition_point(|s| s.passage <= index);
        Self::new(
            doc,
            &analysis.passages[index],
            &analysis.sentences[first..end],
            index,
        )
    }

    /// Prepare `passage`, passage `index` of the document, whose sentences are `sentences`
    /// (in order).
    pub fn new(doc: &Document, passage: &'a Passage, sentences: &[Sentence], index: usize) -> Self {
        let text = passage.flat.text.as_str();
        let scope = doc
            .blocks
            .get(passage.block)
            .map(|b| Scope::for_block(b, passage.index))
            .unwrap_or_default();
        // The analysis' words, in order (their spans grow), walked alongside the tokens.
        let mut words = sentences.iter().flat_map(|s| s.words.iter()).peekable();
        let sentences: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        let vocabulary = &super::data::lexicon().vocabulary;
        // Sentences come in order: walk them alongside the words.
        let mut current = 0;
        // The tokeniser's list is this thread's buffer, reused from passage to passage:
        // the tokens are then made from it with one allocation of the right size.
        thread_local! {
            static SPANS: std::cell::RefCell<Vec<(Span, u8)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let tokens = SPANS.with_borrow_mut(|spans| {
            tokenize_with_joiners_into(text, spans);
            spans
                .iter()
                .map(|&(span, joiners)| {
                    while current + 1 < sentences.len()
                        && sentences[current + 1].start <= span.start
                    {
                        current += 1;
                    }
                    let sentence = current;
                    let lowered = normalise_borrowed(&text[span.start..span.end]);
                    while words.next_if(|w| w.span.start < span.start).is_some() {}
                    let syllables = match (&lowered, words.peek()) {
                        (Cow::Borrowed(_), Some(w)) if w.span == span => Some(w.syllables),
                        _ => None,
                    };
                    Tok {
                        span,
                        word: vocabulary.id(&lowered),
                        lowered,
                        sentence,
                        syllables,
                        apostrophe: joiners & APOSTROPHE != 0,
                        hyphen: joiners & HYPHEN != 0,
                    }
                })
                .collect()
        });
        let ascii_boundaries = scan::ascii_word_boundaries_agree(text);
        PassageCtx {
            index,
            passage,
            text,
            tokens,
            facts: facts_where(text, ascii_boundaries),
            scope,
            ascii_boundaries,
        }
    }

    /// The text of token `i` as written.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.span.start..t.span.end))
            .unwrap_or("")
    }

    /// The text of a span of the flat text.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Whether `span` overlaps a fact.
    pub fn in_fact(&self, span: Span) -> bool {
        // Facts are merged and sorted: look at the last one starting before `span` ends.
        let i = self.facts.partition_point(|f| f.start < span.end);
        i > 0 && span.start < self.facts[i - 1].end
    }

    /// The indices of the tokens inside `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let end = self.tokens.partition_point(|t| t.span.end <= span.end);
        first..end.max(first)
    }

    /// Whether tokens `a` and `b` (a before b) follow each other in one sentence with only
    /// white space between them, as the words of a phrase do.
    pub fn joined(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => {
                x.sentence == y.sentence
                    && x.span.end < y.span.start
                    && self.text[x.span.end..y.span.start]
                        .chars()
                        .all(char::is_whitespace)
            }
            _ => false,
        }
    }

    /// Whether tokens `a` and `b` are next to each other in one sentence, with only white
    /// space or brackets between them, as the words of a name are.
    fn near(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => {
                x.sentence == y.sentence
                    && x.span.end < y.span.start
                    && self.text[x.span.end..y.span.start]
                        .chars()
                        .all(|c| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']'))
            }
            _ => false,
        }
    }

    /// Whether token `i` starts a sentence (or the passage).
    pub fn starts_sentence(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let (Some(prev), Some(tok)) = (self.tokens.get(i - 1), self.tokens.get(i)) else {
            return true;
        };
        prev.sentence != tok.sentence
            || self.text[prev.span.end..tok.span.start]
                .chars()
                .any(|c| matches!(c, '.' | '!' | '?' | ':' | '\u{2022}'))
    }

    /// Whether token `i` begins with a capital letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` looks like part of a name: capitalised in the middle of a
    /// sentence, next to another capitalised word ("Day Opportunities Centre").
    pub fn in_name(&self, first: usize, last: usize) -> bool {
        if !(first..=last).all(|i| self.capitalised(i)) || self.starts_sentence(first) {
            return false;
        }
        let before = first > 0 && self.near(first - 1, first) && self.capitalised(first - 1);
        let after = self.near(last, last + 1) && self.capitalised(last + 1);
        before || after || last > first
    }

    /// The flat span from the start of token `first` to the end of token `last`.
    pub fn token_span(&self, first: usize, last: usize) -> Span {
        let start = self.tokens.get(first).map_or(0, |t| t.span.start);
        let end = self.tokens.get(last).map_or(start, |t| t.span.end);
        Span { start, end }
    }
}

/// `parts` one after the other in one new string: what `format!` makes of the same pieces,
/// with one allocation of the right size and none of the formatting machinery. The
/// messages and suggestions of findings are built with it: a big letter has tens of
/// thousands of them, and `format!` was about 3% of the checker's instructions.
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// `n` in decimal digits, as `n.to_string()` writes it, in `buf` (for [`concat`]).
pub(crate) fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut start = buf.len();
    loop {
        start -= 1;
        // `n % 10` is below 10, so the digit is ASCII.
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[start..]).unwrap_or("")
}

/// [`normalise`], borrowing `word` when it is already plain lower case ASCII (every
/// character but upper-case letters is left alone by `normalise`).
fn normalise_borrowed(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(normalise(word))
    }
}

/// Lower case, with curly apostrophes and non-breaking hyphens made plain.
pub(crate) fn normalise(word: &str) -> String {
    // Most words are ASCII, and for them this is all there is to do (the characters made
    // plain below are all beyond ASCII); the general path is many times slower.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    normalise_any(word)
}

/// [`normalise`] for any text.
fn normalise_any(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of `text`: runs of letters and digits, with apostrophes and hyphens kept when
/// they stand between two letters or digits.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Span> {
    tokenize_with_joiners(text)
        .into_iter()
        .map(|(span, _)| span)
        .collect()
}

/// A bit of [`tokenize_with_joiners`]: an apostrophe joins parts of the word.
const APOSTROPHE: u8 = 1;
/// A bit of [`tokenize_with_joiners`]: a hyphen joins parts of the word.
const HYPHEN: u8 = 2;

/// The words of `text` (runs of letters and digits, with apostrophes and hyphens kept when
/// they stand between two letters or digits), each with its joiners: [`APOSTROPHE`] and
/// [`HYPHEN`] bits.
#[cfg(test)]
fn tokenize_with_joiners(text: &str) -> Vec<(Span, u8)> {
    let mut out = Vec::new();
    tokenize_with_joiners_into(text, &mut out);
    out
}

/// [`tokenize_with_joiners`] into `out` (emptied first), so that a caller can reuse one
/// buffer for many passages.
fn tokenize_with_joiners_into(text: &str, out: &mut Vec<(Span, u8)>) {
    /// Whether `c` may join two runs of letters and digits into one word.
    fn is_joiner(c: char) -> bool {
        matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
    }
    /// The character at byte `pos` of `text` (a character boundary), if any. ASCII bytes
    /// (nearly all of a letter) are taken as they are, without decoding UTF-8.
    fn char_at(text: &str, pos: usize) -> Option<char> {
        match text.as_bytes().get(pos) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => text[pos..].chars().next(),
            None => None,
        }
    }
    /// `c.is_alphanumeric()`, with the Unicode tables only beyond ASCII.
    fn is_word_char(c: char) -> bool {
        /// Whether each ASCII byte is a letter or digit: one look-up.
        const ALNUM: [bool; 128] = {
            let mut t = [false; 128];
            let mut b = 0;
            while b < 128 {
                t[b] = (b as u8).is_ascii_alphanumeric();
                b += 1;
            }
            t
        };
        match ALNUM.get(c as usize) {
            Some(&alnum) => alnum,
            None => c.is_alphanumeric(),
        }
    }
    out.clear();
    // Room for a word every six bytes (see `text::words::words`).
    out.reserve(text.len() / 6 + 1);
    // `pos` is a byte offset on a character boundary; nothing is copied or collected.
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        pos += c.len_utf8();
        if !is_word_char(c) {
            continue;
        }
        let start = pos - c.len_utf8();
        let mut joiners = 0;
        loop {
            match char_at(text, pos) {
                Some(c) if is_word_char(c) => pos += c.len_utf8(),
                Some(joiner) if is_joiner(joiner) => match char_at(text, pos + joiner.len_utf8()) {
                    Some(next) if is_word_char(next) => {
                        pos += joiner.len_utf8() + next.len_utf8();
                        joiners |= if matches!(joiner, '\'' | '\u{2019}') {
                            APOSTROPHE
                        } else {
                            HYPHEN
                        };
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        out.push((Span { start, end: pos }, joiners));
    }
}

/// A pattern for one kind of fact, with a cheap test that every match passes (see
/// `scan`): the regex is compiled on first use and only run on passages that pass.
struct FactPattern {
    pattern: &'static str,
    /// The cheap test, one pattern at a time: the reference that [`fact_prefilters`]
    /// answers for all patterns in one pass (tested equal), kept here beside its pattern.
    #[cfg_attr(not(test), allow(dead_code))]
    may_match: fn(&str) -> bool,
}

fn is_upper(b: u8) -> bool {
    b.is_ascii_uppercase()
}

fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// The facts the rules leave alone. The tests name a part every match must hold.
const FACT_PATTERNS: [FactPattern; 11] = [
    // Email addresses: an "@".
    FactPattern {
        pattern: r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
        may_match: |t| t.contains('@'),
    },
    // Web addresses, with or without a scheme: "://" or "www.".
    FactPattern {
        pattern: r"(?i)\b(?:https?://|www\.)[^\s<>()]*[^\s<>().,;:!?]",
        may_match: |t| t.contains("://") || scan::contains_ignore_ascii_case(t, "www."),
    },
    // A dot before the first letter of a known ending (.co.uk, .org, .gov.uk, .nhs.uk,
    // .ac.uk, .com, .net, .uk); none of those letters has a case variant beyond ASCII.
    FactPattern {
        pattern: r"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk|com|org|net|uk)\b(?:/[^\s<>()]*[^\s<>().,;:!?])?",
        may_match: |t| scan::pair(t, b'.', |b| b"cognauCOGNAU".contains(&b)),
    },
    // UK postcodes: a capital letter then a digit.
    FactPattern {
        pattern: r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b",
        may_match: |t| scan::pair_where(t, is_upper, is_digit),
    },
    // References: letters then digits, with slashes or hyphens (ASC/2024/118734): a slash
    // or hyphen before a digit.
    FactPattern {
        pattern: r"\b[A-Za-z]{1,8}(?:[/-][A-Za-z0-9]+)*[/-][0-9][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*\b",
        may_match: |t| scan::pair(t, b'/', is_digit) || scan::pair(t, b'-', is_digit),
    },
    // Capitals then digits (DPA1): a capital letter then a digit.
    FactPattern {
        pattern: r"\b[A-Z]{1,6}[0-9]+[A-Z0-9]*\b",
        may_match: |t| scan::pair_where(t, is_upper, is_digit),
    },
    // Phone numbers: "+44", or a 0 starting a word before a digit.
    FactPattern {
        pattern: r"(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
        may_match: |t| t.contains("+44") || scan::word_start_zero_before_digit(t),
    },
    // Amounts of money: a pound sign.
    FactPattern {
        pattern: r"£\s?\d[\d,]*(?:\.\d{1,2})?",
        may_match: |t| t.contains('£'),
    },
    // Times: "am" or "pm" (or "a." / "p.") just after a digit or a space.
    FactPattern {
        pattern: r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)",
        may_match: scan::may_have_clock_suffix,
    },
    // Times with a colon: a colon before a digit.
    FactPattern {
        pattern: r"\b\d{1,2}:\d{2}\b",
        may_match: |t| scan::pair(t, b':', scan::may_start_digit),
    },
    FactPattern {
        pattern: r"\b24/7\b",
        may_match: |t| t.contains("24/7"),
    },
];

/// Which of [`FACT_PATTERNS`] may match `text`: for each pattern, in order, exactly what
/// its `may_match` says (tested), found in one pass over the bytes instead of eleven (the
/// eleven passes were about a tenth of the checker's time). Every test looks at the bytes
/// around a "trigger" byte: a digit or a byte beyond ASCII, a capital letter, or one of
/// `@ : . / - +`; all other bytes are skipped.
fn fact_prefilters(text: &str) -> [bool; FACT_PATTERNS.len()] {
    const EMAIL: usize = 0;
    const WEB: usize = 1;
    const DOMAIN: usize = 2;
    const POSTCODE: usize = 3;
    const REFERENCE: usize = 4;
    const CAPS_DIGITS: usize = 5;
    const PHONE: usize = 6;
    const MONEY: usize = 7;
    const CLOCK: usize = 8;
    const COLON_TIME: usize = 9;
    const ALL_DAY: usize = 10;
    /// The bytes a test starts from (see the `match` below), as a table: most bytes of a
    /// letter are lower-case letters and spaces, and one look-up skips them.
    const TRIGGERS: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = matches!(b as u8, b'0'..=b'9' | 0x80.. | b'A'..=b'Z')
                || matches!(b as u8, b'@' | b':' | b'.' | b'/' | b'-' | b'+');
            b += 1;
        }
        table
    };
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut out = [false; FACT_PATTERNS.len()];
    for (i, &byte) in b.iter().enumerate() {
        if !TRIGGERS[usize::from(byte)] {
            continue;
        }
        match byte {
            b'0'..=b'9' | 0x80.. => {
                // "am", "pm", "a.", "p." one or two bytes after a digit (or a byte beyond
                // ASCII, which may be part of a digit or a space).
                let clock = |j: usize| {
                    matches!(at(j), b'a' | b'A' | b'p' | b'P')
                        && matches!(at(j + 1), b'm' | b'M' | b'.')
                };
                if clock(i + 1) || clock(i + 2) {
                    out[CLOCK] = true;
                }
                // "£" is 0xC2 0xA3 in UTF-8.
                if byte == 0xC2 && at(i + 1) == 0xA3 {
                    out[MONEY] = true;
                }
                if byte == b'0'
                    && scan::may_start_digit(at(i + 1))
                    && (i == 0 || !(at(i - 1).is_ascii_alphanumeric() || at(i - 1) == b'_'))
                {
                    out[PHONE] = true;
                }
            }
            b'A'..=b'Z' if at(i + 1).is_ascii_digit() => {
                out[POSTCODE] = true;
                out[CAPS_DIGITS] = true;
            }
            b'@' => out[EMAIL] = true,
            b':' => {
                if at(i + 1) == b'/' && at(i + 2) == b'/' {
                    out[WEB] = true;
                }
                if scan::may_start_digit(at(i + 1)) {
                    out[COLON_TIME] = true;
                }
            }
            b'.' => {
                if i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www") {
                    out[WEB] = true;
                }
                if b"cognauCOGNAU".contains(&at(i + 1)) {
                    out[DOMAIN] = true;
                }
            }
            b'/' | b'-' => {
                if at(i + 1).is_ascii_digit() {
                    out[REFERENCE] = true;
                }
                if byte == b'/' && i >= 2 && &b[i - 2..i] == b"24" && at(i + 1) == b'7' {
                    out[ALL_DAY] = true;
                }
            }
            b'+' if at(i + 1) == b'4' && at(i + 2) == b'4' => out[PHONE] = true,
            _ => {}
        }
    }
    out
}

/// Every fact pattern, for the tests of `scan::word_regex`.
#[cfg(test)]
pub(crate) fn word_patterns() -> Vec<String> {
    FACT_PATTERNS
        .iter()
        .map(|f| f.pattern.to_string())
        .collect()
}

/// Lazily compiled fact regexes, two variants per pattern (see `scan::word_regex`): a run
/// that never needs one never compiles it.
static UNICODE: [OnceLock<Option<Regex>>; FACT_PATTERNS.len()] =
    [const { OnceLock::new() }; FACT_PATTERNS.len()];
static ASCII: [OnceLock<Option<Regex>>; FACT_PATTERNS.len()] =
    [const { OnceLock::new() }; FACT_PATTERNS.len()];

/// Compile every fact pattern now, in the variant `scan::word_regex` picks for `sample`:
/// see [`crate::check::prepare`].
pub(crate) fn prepare(sample: &str) {
    for ((fact, unicode), ascii) in FACT_PATTERNS.iter().zip(&UNICODE).zip(&ASCII) {
        scan::word_regex(sample, fact.pattern, unicode, ascii);
    }
}

/// Facts in `text`, as sorted byte ranges.
#[cfg(test)]
pub(crate) fn facts(text: &str) -> Vec<Span> {
    facts_where(text, scan::ascii_word_boundaries_agree(text))
}

/// [`facts`] of a text of which [`scan::ascii_word_boundaries_agree`] said `agree`.
fn facts_where(text: &str, agree: bool) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let may_match = fact_prefilters(text);
    for (((fact, unicode), ascii), may_match) in FACT_PATTERNS
        .iter()
        .zip(&UNICODE)
        .zip(&ASCII)
        .zip(may_match)
    {
        if !may_match {
            continue;
        }
        let Some(re) = scan::word_regex_where(agree, fact.pattern, unicode, ascii) else {
            continue;
        };
        out.extend(re.find_iter(text).map(|m| Span {
            start: m.start(),
            end: m.end(),
        }));
    }
    out.sort_by_key(|s| (s.start, s.end));
    // Merge overlapping facts, so that a binary search finds the one around a position.
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match merged.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// A finding that is reported only where its key first appears in the document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum FirstUse {
    /// A jargon entry, by its index in the jargon list.
    Jargon(usize),
    /// A long word, lower case.
    LongWord(String),
}

/// One finding waiting to be put in order.
#[derive(Debug)]
struct Item {
    /// About the whole document (placed before everything else)?
    document: bool,
    passage: usize,
    /// Byte in the passage.
    start: usize,
    /// Order of arrival, which breaks ties.
    seq: usize,
    /// Reported only at the first use of this key.
    first_use: Option<FirstUse>,
    finding: Finding,
}

/// Collects findings and puts them in document order.
///
/// Passages are checked in parallel, each into its own sink; [`Sink::join`] joins them
/// in passage order, so the result does not depend on the number of threads.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    items: Vec<Item>,
}

impl Sink {
    /// Record a finding at `span` of the passage's flat text.
    pub fn add(
        &mut self,
        ctx: &PassageCtx,
        span: Span,
        rule: &str,
        severity: Severity,
        message: String,
        suggestion: Option<String>,
    ) {
        let origin = ctx.passage.flat.origin_at(span.start);
        let finding = Finding {
            rule: rule.to_string(),
            severity,
            line: origin.map(|o| o.line),
            column: origin.map(|o| o.column),
            span: origin.map(|o| Span {
                start: o.offset,
                end: o.offset + span.end.saturating_sub(span.start),
            }),
            block: ctx.passage.block,
            message,
            suggestion,
        };
        self.items.push(Item {
            document: false,
            passage: ctx.index,
            start: span.start,
            seq: self.items.len(),
            first_use: None,
            finding,
        });
    }

    /// Make the finding added last count only where `key` is first used in the document;
    /// later uses are dropped when passages are joined ([`Sink::join`]).
    pub fn first_use_only(&mut self, key: FirstUse) {
        if let Some(item) = self.items.last_mut() {
            item.first_use = Some(key);
        }
    }

    /// Record a finding about the whole document, placed before everything else.
    pub fn add_document(&mut self, finding: Finding) {
        self.items.push(Item {
            document: true,
            passage: 0,
            start: 0,
            seq: self.items.len(),
            first_use: None,
            finding,
        });
    }

    /// Where an item goes in document order.
    fn order(item: &Item) -> (bool, usize, usize, usize) {
        (!item.document, item.passage, item.start, item.seq)
    }

    /// Put this sink's findings in document order now (a passage's sink, in parallel with
    /// the others), so that joining sorted sinks in passage order needs no sort at the end.
    pub fn put_in_order(&mut self) {
        self.items.sort_unstable_by_key(Self::order);
    }

    /// The findings of this sink (the document's own) and then of `passages` (each sink
    /// put in order, given in passage order): so, in document order. First-use findings
    /// whose key an earlier one had are dropped, and so are disabled rules and repeats.
    /// Each finding is moved once, straight into the result.
    pub fn join(self, passages: Vec<Sink>, options: &CheckOptions) -> Vec<Finding> {
        let total = self.items.len() + passages.iter().map(|s| s.items.len()).sum::<usize>();
        let items = self
            .items
            .into_iter()
            .chain(passages.into_iter().flat_map(|sink| sink.items));
        let mut seen = rustc_hash::FxHashSet::default();
        let mut out: Vec<Finding> = Vec::with_capacity(total);
        for item in items {
            if let Some(key) = item.first_use {
                if !seen.insert(key) {
                    continue;
                }
            }
            let f = item.finding;
            if options.disabled_rules.contains(&f.rule) {
                continue;
            }
            // The span first: it is the cheapest test and the one that usually differs.
            let repeat = f.span.is_some()
                && out
                    .iter()
                    .rev()
                    .take(8)
                    .any(|g| g.span == f.span && g.block == f.block && g.rule == f.rule);
            if !repeat {
                out.push(f);
            }
        }
        out
    }
}

/// One finding of a passage after [`Sink::write`]: what the join tests of it, and where
/// its bytes are. Its message and suggestion are freed by [`Sink::write`], on the thread
/// that checked the passage, once its bytes are written: the next passage there reuses
/// that memory, where keeping every finding until the end of the run made the process
/// touch (and the system zero) fresh memory for all of them.
#[derive(Debug)]
pub(crate) struct Written {
    /// Reported only at the first use of this key: such a finding is not written with the
    /// others (most are later uses, which the join drops), but by the join if it keeps it;
    /// the finding itself is kept, in [`WrittenSink::first_uses`].
    first_use: Option<(FirstUse, usize)>,
    /// The finding's rule (empty for a first-use finding: its rule is in the finding
    /// kept).
    rule: String,
    /// The finding's place and block, which the join's test of repeats compares.
    span: Option<Span>,
    block: usize,
    severity: Severity,
    /// Where its bytes end in the sink's buffer (they start where the previous one's end;
    /// a first-use finding has none).
    end: usize,
}

/// A sink's findings written out: the bytes, and each finding with its place in them.
#[derive(Debug, Default)]
pub(crate) struct WrittenSink {
    bytes: Vec<u8>,
    written: Vec<Written>,
    /// The first-use findings, whole (the join writes those it keeps), numbered by
    /// [`Written::first_use`].
    first_uses: Vec<Finding>,
}

impl WrittenSink {
    /// The findings' bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The rule of finding `w` of this sink.
    fn rule<'s>(&'s self, w: &'s Written) -> &'s str {
        match &w.first_use {
            Some((_, i)) => self.first_uses.get(*i).map_or("", |f| f.rule.as_str()),
            None => &w.rule,
        }
    }
}

impl Sink {
    /// Write each finding of this sink, in the order they are in (a passage's sink is put
    /// in order first), with `write` into one buffer: for [`WrittenJoin`], which joins as
    /// [`Sink::join`] does. Only what the join needs is kept of each finding written.
    pub fn write(self, write: &(impl Fn(&Finding, &mut Vec<u8>) + ?Sized)) -> WrittenSink {
        let mut bytes = Vec::with_capacity(self.items.len() * 384);
        let mut written = Vec::with_capacity(self.items.len());
        let mut first_uses = Vec::new();
        for item in self.items {
            let Item {
                first_use,
                mut finding,
                ..
            } = item;
            let (span, block, severity) = (finding.span, finding.block, finding.severity);
            let (first_use, rule) = match first_use {
                Some(key) => {
                    first_uses.push(finding);
                    (Some((key, first_uses.len() - 1)), String::new())
                }
                None => {
                    write(&finding, &mut bytes);
                    (None, std::mem::take(&mut finding.rule))
                }
            };
            written.push(Written {
                first_use,
                rule,
                span,
                block,
                severity,
                end: bytes.len(),
            });
        }
        WrittenSink {
            bytes,
            written,
            first_uses,
        }
    }
}

/// Where a piece of a joined report's bytes is: (sink, start, end), the sink numbered as
/// [`WrittenJoin::add`] was given it, or [`LATE`] for the findings the join wrote itself.
pub(crate) type Piece = (usize, usize, usize);

/// The sink number of the pieces written by [`WrittenJoin`] itself.
pub(crate) const LATE: usize = usize::MAX;

/// [`Sink::join`] for sinks written out with [`Sink::write`]: it keeps exactly the findings
/// `join` keeps (tested), as pieces of the sinks' bytes instead of moved findings, and
/// takes the passages' sinks one at a time, in passage order, so it can join each passage
/// as soon as it and those before it are checked.
pub(crate) struct WrittenJoin<'a, W: ?Sized> {
    options: &'a CheckOptions,
    /// Writes the first uses that the sinks kept to be written here.
    write: &'a W,
    seen: rustc_hash::FxHashSet<&'a FirstUse>,
    /// The last findings kept (rule, place), for the test of repeats: `join` compares a
    /// finding with the last eight it kept.
    recent: [(&'a str, Option<Span>, usize); REPEAT_WINDOW],
    /// How many findings were kept so far.
    kept: usize,
    /// The bytes of the findings written here.
    late: Vec<u8>,
    pieces: Vec<Piece>,
    /// Findings kept, by severity: errors, warnings, info.
    counts: [usize; 3],
}

/// How many of the findings kept last [`Sink::join`] looks at for a repeat.
const REPEAT_WINDOW: usize = 8;

impl<'a, W: Fn(&Finding, &mut Vec<u8>) + ?Sized> WrittenJoin<'a, W> {
    /// A join with nothing in it yet.
    pub fn new(options: &'a CheckOptions, write: &'a W) -> Self {
        WrittenJoin {
            options,
            write,
            seen: rustc_hash::FxHashSet::default(),
            recent: [("", None, 0); REPEAT_WINDOW],
            kept: 0,
            late: Vec::new(),
            pieces: Vec::new(),
            counts: [0; 3],
        }
    }

    /// Join the sink numbered `number` (the next in document order) to those before.
    pub fn add(&mut self, number: usize, sink: &'a WrittenSink) {
        let mut start = 0;
        for w in &sink.written {
            let from = start;
            start = w.end;
            let mut piece = (number, from, w.end);
            let (rule, span, block, severity) = (sink.rule(w), w.span, w.block, w.severity);
            if let Some((key, i)) = &w.first_use {
                if !self.seen.insert(key) {
                    continue;
                }
                let from = self.late.len();
                if let Some(f) = sink.first_uses.get(*i) {
                    (self.write)(f, &mut self.late);
                }
                piece = (LATE, from, self.late.len());
            }
            if self.options.disabled_rules.iter().any(|r| r == rule) {
                continue;
            }
            let recent = &self.recent[..self.kept.min(REPEAT_WINDOW)];
            let repeat = span.is_some()
                && recent
                    .iter()
                    .any(|&(r, s, b)| s == span && b == block && r == rule);
            if repeat {
                continue;
            }
            self.recent[self.kept % REPEAT_WINDOW] = (rule, span, block);
            self.kept += 1;
            self.counts[match severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            }] += 1;
            match self.pieces.last_mut() {
                // Next to the piece before: one longer piece.
                Some((n, _, end)) if *n == piece.0 && *end == piece.1 => *end = piece.2,
                _ => self.pieces.push(piece),
            }
        }
    }

    /// The pieces to print in order, the bytes the join wrote, and the findings kept by
    /// severity (errors, warnings, info).
    pub fn finish(self) -> (Vec<Piece>, Vec<u8>, [usize; 3]) {
        (self.pieces, self.late, self.counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of one paragraph holding `text`, and its analysis.
    fn one_paragraph(text: &str) -> (Document, crate::analysis::Analysis) {
        let mut doc = Document::new();
        doc.blocks.push(Block::Paragraph {
            content: vec![crate::model::Inline::plain(text)],
            source: crate::model::Source::default(),
        });
        let analysis = crate::analysis::analyse(&doc);
        (doc, analysis)
    }

    proptest::proptest! {
        /// A token's syllables taken from the analysis are the ones counted afresh.
        #[test]
        fn syllables_from_the_analysis_equal_the_count(
            text in r"([A-Za-z]{1,14}|well-being|can't|Zoë|NHS|£5|10:30am|[0-9]{1,4}|www.example.org)( |, |\. |-|'|\n){0,30}|\PC{0,60}",
        ) {
            let (doc, analysis) = one_paragraph(&text);
            for index in 0..analysis.passages.len() {
                let ctx = PassageCtx::of(&doc, &analysis, index);
                for tok in &ctx.tokens {
                    if let Some(n) = tok.syllables {
                        proptest::prop_assert_eq!(n, crate::text::syllables::count(tok.lower()));
                    }
                }
            }
        }
    }

    proptest::proptest! {
        /// `concat` makes what `format!` makes of the same pieces.
        #[test]
        fn concat_equals_format(a in "\\PC{0,12}", b in "\\PC{0,12}", c in "\\PC{0,12}") {
            proptest::prop_assert_eq!(concat(&["'", &a, "' is ", &b, ". ", &c]), format!("'{a}' is {b}. {c}"));
            proptest::prop_assert_eq!(concat(&[]), String::new());
        }

        /// `decimal` writes what `to_string` writes.
        #[test]
        fn decimal_equals_to_string(n in proptest::prelude::any::<usize>()) {
            let mut buf = [0; 20];
            proptest::prop_assert_eq!(decimal(n, &mut buf), n.to_string());
        }
    }

    #[test]
    fn decimal_of_edges() {
        for n in [0, 1, 9, 10, 99, 100, 1000, usize::MAX] {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string());
        }
    }

    proptest::proptest! {
        /// Tokenising into a buffer that held another passage's words gives the same
        /// words as a fresh buffer (`PassageCtx::new` reuses one buffer per thread).
        #[test]
        fn tokenising_into_a_used_buffer_equals_a_fresh_one(
            before in "[a-zA-Z0-9 '\u{2019}-]{0,40}",
            text in "[a-zA-Z0-9 '\u{2019}\u{2010}.,é-]{0,40}",
        ) {
            let mut buffer = Vec::new();
            tokenize_with_joiners_into(&before, &mut buffer);
            tokenize_with_joiners_into(&text, &mut buffer);
            proptest::prop_assert_eq!(buffer, tokenize_with_joiners(&text));
        }
    }

    proptest::proptest! {
        /// A token's joiner flags say whether its lower-case form holds an apostrophe or
        /// a hyphen.
        #[test]
        fn joiner_flags_equal_searching_the_word(
            text in r"([A-Za-z]{1,8}|can't|Can\u{2019}t|well-being|twenty\u{2010}one|x\u{2011}y|O'Neil's|--|''|é)( |, |\. |-|'|\u{2019}|\n){0,20}|\PC{0,40}",
        ) {
            let (doc, analysis) = one_paragraph(&text);
            for index in 0..analysis.passages.len() {
                let ctx = PassageCtx::of(&doc, &analysis, index);
                for tok in &ctx.tokens {
                    proptest::prop_assert_eq!(tok.apostrophe, tok.lower().contains('\''), "{:?}", tok);
                    proptest::prop_assert_eq!(tok.hyphen, tok.lower().contains('-'), "{:?}", tok);
                }
            }
        }
    }

    #[test]
    fn most_tokens_of_plain_prose_take_the_analysis_syllables() {
        let mut doc = Document::new();
        doc.blocks.push(Block::Paragraph {
            content: vec![crate::model::Inline::plain(
                "We will review your care and support plan. Please call us.",
            )],
            source: crate::model::Source::default(),
        });
        let analysis = crate::analysis::analyse(&doc);
        let ctx = PassageCtx::of(&doc, &analysis, 0);
        let taken = ctx.tokens.iter().filter(|t| t.syllables.is_some()).count();
        // All but the capitalised "We" and "Please".
        assert_eq!(taken, ctx.tokens.len() - 2);
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn tokens_keep_apostrophes_and_hyphens_inside_words() {
        assert_eq!(
            words("We can't meet twenty-eight people's needs - sorry."),
            [
                "We",
                "can't",
                "meet",
                "twenty-eight",
                "people's",
                "needs",
                "sorry"
            ]
        );
        assert_eq!(
            words("e.g. ASC/2024/118734"),
            ["e", "g", "ASC", "2024", "118734"]
        );
        assert_eq!(words("it\u{2019}s"), ["it\u{2019}s"]);
        assert_eq!(normalise("It\u{2019}s"), "it's");
        for word in ["ASCII", "Mr", "e.g.", "DON'T", "x-Ray 42", ""] {
            assert_eq!(normalise(word), normalise_any(word), "{word}");
        }
    }

    /// The first tokeniser, which collected the characters first: `tokenize` must find
    /// exactly the same words.
    fn tokenize_reference(text: &str) -> Vec<Span> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].1.is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = chars[i].0;
            let mut j = i + 1;
            loop {
                if j < chars.len() && chars[j].1.is_alphanumeric() {
                    j += 1;
                } else if j + 1 < chars.len()
                    && matches!(
                        chars[j].1,
                        '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}'
                    )
                    && chars[j + 1].1.is_alphanumeric()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |c| c.0);
            out.push(Span { start, end });
            i = j;
        }
        out
    }

    /// Each pattern's own `may_match`, the reference for [`fact_prefilters`].
    fn prefilters_one_by_one(text: &str) -> Vec<bool> {
        FACT_PATTERNS.iter().map(|f| (f.may_match)(text)).collect()
    }

    #[test]
    fn one_pass_prefilters_on_examples() {
        for text in [
            "",
            "a@b",
            "see https://x or WwW.example and site.co and 24/7",
            "BS3 4QT, ref-2, ab/9, +44 117, call 0117 or x0117 or _01",
            "£5 at 9am, 10 p.m., 9\u{a0}PM, 10:30, 3:\u{663}",
            "www.",
            ".c",
            "ends with a dot.",
        ] {
            assert_eq!(
                fact_prefilters(text).to_vec(),
                prefilters_one_by_one(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_prefilters_match_each_pattern_own(text in crate::check::scan::tests::letter_text()) {
            proptest::prop_assert_eq!(fact_prefilters(&text).to_vec(), prefilters_one_by_one(&text));
        }

        #[test]
        fn one_pass_prefilters_match_on_ascii_pieces(text in "[a-zA-Z0-9 @:./+£_\u{a0}-]{0,30}") {
            proptest::prop_assert_eq!(fact_prefilters(&text).to_vec(), prefilters_one_by_one(&text));
        }

        #[test]
        fn one_pass_prefilters_match_on_any_text(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(fact_prefilters(&text).to_vec(), prefilters_one_by_one(&text));
        }

        #[test]
        fn tokenize_matches_the_reference(text in "[a-zA-Z0-9 '\u{2019}\u{2010}\u{2011}.,é£½-]{0,40}") {
            proptest::prop_assert_eq!(tokenize(&text), tokenize_reference(&text));
        }

        #[test]
        fn tokenize_matches_the_reference_on_any_text(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(tokenize(&text), tokenize_reference(&text));
        }
    }

    #[test]
    fn facts_cover_references_phones_postcodes_emails_and_times() {
        let text = "Ref ASC/2024/118734, call 0117 496 0321 at 9:15am, BS3 4QT, ot.service@example.org.uk, www.example.gov.uk, £1,234.50, DPA1.";
        let found: Vec<&str> = facts(text).iter().map(|s| &text[s.start..s.end]).collect();
        for fact in [
            "ASC/2024/118734",
            "0117 496 0321",
            "9:15am",
            "BS3 4QT",
            "ot.service@example.org.uk",
            "www.example.gov.uk",
            "£1,234.50",
            "DPA1",
        ] {
            assert!(found.contains(&fact), "{fact} not in {found:?}");
        }
    }

    /// The test writer of findings: their debug form, one a line.
    fn debug_line(f: &Finding, buf: &mut Vec<u8>) {
        buf.extend_from_slice(format!("{f:?}\n").as_bytes());
    }

    /// A passage's sink of findings made from (rule, start, block, first-use key,
    /// severity), in that order, the span starting at `start` (none for 9).
    fn sink_of(passage: usize, items: &[(u8, usize, usize, Option<u8>, u8)]) -> Sink {
        let rules = ["jargon", "long-word", "brackets", "semicolon"];
        let mut sink = Sink::default();
        for (seq, &(rule, start, block, key, severity)) in items.iter().enumerate() {
            let rule = rules[usize::from(rule) % rules.len()];
            sink.items.push(Item {
                document: false,
                passage,
                start,
                seq,
                first_use: key.map(|k| {
                    if k % 2 == 0 {
                        FirstUse::Jargon(usize::from(k))
                    } else {
                        FirstUse::LongWord(format!("word{k}"))
                    }
                }),
                finding: Finding {
                    rule: rule.to_string(),
                    severity: [Severity::Info, Severity::Warning, Severity::Error]
                        [usize::from(severity) % 3],
                    line: Some(1),
                    column: Some(1),
                    span: (start != 9).then_some(Span {
                        start,
                        end: start + 1,
                    }),
                    block,
                    message: format!("{rule} at {start}"),
                    suggestion: None,
                },
            });
        }
        sink.put_in_order();
        sink
    }

    proptest::proptest! {
        /// Joining written sinks keeps exactly the findings `Sink::join` keeps, in its
        /// order (first uses, disabled rules and repeats within eight kept findings,
        /// across passages too), and counts them by severity.
        #[test]
        fn written_join_keeps_what_join_keeps(
            passages in proptest::collection::vec(
                proptest::collection::vec(
                    (0u8..4, 0usize..10, 0usize..2, proptest::option::of(0u8..4), 0u8..3),
                    0..12,
                ),
                0..6,
            ),
            disabled in proptest::collection::vec(
                proptest::sample::select(vec!["jargon", "brackets", "other"]), 0..2),
        ) {
            let options = CheckOptions {
                disabled_rules: disabled.iter().map(|r| r.to_string()).collect(),
                ..CheckOptions::default()
            };
            let sinks = || passages.iter().enumerate().map(|(i, items)| sink_of(i, items));
            let joined = Sink::default().join(sinks().collect(), &options);
            let mut expected = Vec::new();
            for f in &joined {
                debug_line(f, &mut expected);
            }
            let written: Vec<WrittenSink> = sinks().map(|s| s.write(&debug_line)).collect();
            let mut join = WrittenJoin::new(&options, &debug_line);
            for (i, sink) in written.iter().enumerate() {
                join.add(i, sink);
            }
            let (pieces, late, counts) = join.finish();
            let mut got = Vec::new();
            for (number, start, end) in pieces {
                let bytes = if number == LATE { &late } else { &written[number].bytes };
                got.extend_from_slice(&bytes[start..end]);
            }
            proptest::prop_assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&expected));
            let by_severity = |s: Severity| joined.iter().filter(|f| f.severity == s).count();
            proptest::prop_assert_eq!(
                counts,
                [by_severity(Severity::Error), by_severity(Severity::Warning), by_severity(Severity::Info)]
            );
        }
    }
}
