//! Words: Unicode word boundaries, with numbers, hyphenated words and apostrophes kept whole.
//!
//! The base is the word boundaries of Unicode Standard Annex #29 (as implemented by
//! `unicode-segmentation`), which already keep `don't`, `Council’s`, `42.17`, `1,234.50`
//! and `9.30am` whole. On top of that, pieces are joined back into one word when they are:
//!
//! - a web address or email address (`https://www.northfield.gov.example/care`,
//!   `adult.care@northfield.gov.example`), without any full stop, comma or bracket that
//!   follows it;
//! - joined by a hyphen (`well-being`, `24-hour`, `co-ordinator`);
//! - a time with a colon (`10:30am`, `2:15pm`);
//! - an amount with its currency sign or percent sign (`£1,234.50`, `50%`);
//! - a reference or date joined by slashes when a part holds a digit or every part is in
//!   capitals (`ASC/2024/118734`, `14/08/1961`, `N/A`), but not `and/or`;
//! - capitals joined by an ampersand (`A&E`).
//!
//! Punctuation and symbols on their own are not words.

use crate::Span;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of token a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordKind {
    /// Letters (possibly with hyphens and apostrophes).
    Alphabetic,
    /// A number, amount, time or other token that is mostly digits.
    Numeric,
}

/// A word found in a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word is in the string.
    pub span: Span,
    /// What kind of word it is.
    pub kind: WordKind,
}

/// The words of `text`, in order. Spans are byte ranges into `text`, never empty, never
/// overlapping, always on character boundaries.
///
/// ```
/// use easyread::text::words::{words, WordKind};
///
/// let text = "Pay £1,234.50 by 10:30am, see www.northfield.gov.example/care.";
/// let found: Vec<&str> = words(text)
///     .iter()
///     .map(|t| &text[t.span.start..t.span.end])
///     .collect();
/// assert_eq!(
///     found,
///     ["Pay", "£1,234.50", "by", "10:30am", "see", "www.northfield.gov.example/care"]
/// );
/// assert_eq!(words("£5")[0].kind, WordKind::Numeric);
/// ```
pub fn words(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    words_into(text, &mut out);
    out
}

/// [`words`] into `out` (emptied first), so that a caller can reuse one buffer for many
/// sentences (the analysis does, one per thread).
pub(crate) fn words_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    // Room for a word every six bytes (English prose has one every five or six): most
    // sentences fill the vector without growing it step by step.
    out.reserve(text.len() / 6 + 1);
    // One pass over the bytes finds each run of non-white-space characters and, for the
    // usual run (ASCII letters and digits, perhaps between brackets or quotes and before
    // a comma or full stop), its one word: what `chunks` and `chunk_words` find (tested
    // equal), without going over each run three or four times.
    let bytes = text.as_bytes();
    let mut pos = 0;
    loop {
        // White space before the run.
        while let Some(&b) = bytes.get(pos) {
            if b.is_ascii() {
                if BYTE_CLASS[usize::from(b)] & SPACE == 0 {
                    break;
                }
                pos += 1;
            } else {
                match text.get(pos..).and_then(|rest| rest.chars().next()) {
                    Some(c) if c.is_whitespace() => pos += c.len_utf8(),
                    _ => break,
                }
            }
        }
        if pos >= bytes.len() {
            break;
        }
        let start = pos;
        let mut run = FastRun::default();
        while let Some(&b) = bytes.get(pos) {
            if b.is_ascii() {
                let class = BYTE_CLASS[usize::from(b)];
                if class & SPACE != 0 {
                    break;
                }
                run.push(pos, b, class);
                pos += 1;
            } else {
                match text.get(pos..).and_then(|rest| rest.chars().next()) {
                    Some(c) if c.is_whitespace() => break,
                    Some(c) => {
                        run.fast = false;
                        pos += c.len_utf8();
                    }
                    None => {
                        run.fast = false;
                        pos += 1;
                    }
                }
            }
        }
        match run.word() {
            Some(token) => out.push(token),
            None => chunk_words_general(&text[start..pos], start, out),
        }
    }
}

/// [`BYTE_CLASS`] bit: ASCII white space (`char::is_whitespace`).
const SPACE: u8 = 1;
/// [`BYTE_CLASS`] bit: an ASCII letter or digit.
const ALNUM: u8 = 2;
/// [`BYTE_CLASS`] bit: a byte the fast path trims before a word: `(`, `[`, `"`, `'`.
const OPENER: u8 = 4;
/// [`BYTE_CLASS`] bit: a byte the fast path trims after a word: `.`, `,`, `;`, `:`, `!`,
/// `?`, `)`, `]`, `"`, `'`.
const CLOSER: u8 = 8;

/// The classes of the ASCII bytes for [`words`].
const BYTE_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            t[b] |= SPACE;
        }
        if c.is_ascii_alphanumeric() {
            t[b] |= ALNUM;
        }
        if matches!(c, b'(' | b'[' | b'"' | b'\'') {
            t[b] |= OPENER;
        }
        if matches!(
            c,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\''
        ) {
            t[b] |= CLOSER;
        }
        b += 1;
    }
    t
};

/// The fast path of [`words`] over one run of non-white-space bytes, fed byte by byte: the
/// run is openers, then letters and digits (the word), then closers, or it is not fast.
#[derive(Debug, Clone, Copy)]
struct FastRun {
    /// Still openers, letters and digits, closers, in that order, all ASCII?
    fast: bool,
    /// 0 among the openers, 1 in the word, 2 among the closers.
    phase: u8,
    /// The word's byte range, when it has begun.
    start: usize,
    end: usize,
    /// Its digits, and whether it starts with one.
    digits: usize,
    leads_with_digit: bool,
}

impl Default for FastRun {
    fn default() -> Self {
        FastRun {
            fast: true,
            phase: 0,
            start: 0,
            end: 0,
            digits: 0,
            leads_with_digit: false,
        }
    }
}

impl FastRun {
    /// Take the ASCII byte `b` at `pos`, of class `class` (not white space).
    #[inline]
    fn push(&mut self, pos: usize, b: u8, class: u8) {
        if !self.fast {
            return;
        }
        match self.phase {
            0 if class & OPENER != 0 => {}
            0 | 1 if class & ALNUM != 0 => {
                if self.phase == 0 {
                    self.phase = 1;
                    self.start = pos;
                    self.leads_with_digit = b.is_ascii_digit();
                }
                self.end = pos + 1;
                self.digits += usize::from(b.is_ascii_digit());
            }
            _ if class & CLOSER != 0 => self.phase = 2,
            _ => self.fast = false,
        }
    }

    /// The run's one word, when the run took the fast path and has a word.
    fn word(&self) -> Option<Token> {
        if !self.fast || self.end == self.start {
            return None;
        }
        let letters = self.end - self.start - self.digits;
        let kind = if self.digits > 0 && (self.leads_with_digit || self.digits >= letters) {
            WordKind::Numeric
        } else {
            WordKind::Alphabetic
        };
        Some(Token {
            span: Span {
                start: self.start,
                end: self.end,
            },
            kind,
        })
    }
}

/// [`words`] the way it was first written, run by run: the reference it is tested against.
#[cfg(test)]
fn words_by_runs(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, chunk) in chunks(text) {
        chunk_words(chunk, start, &mut out);
    }
    out
}

/// Whether `word` is a web address (`https://...`, `www....`, or a domain followed by a
/// path such as `gov.uk/pip`).
pub fn is_url(word: &str) -> bool {
    let lower = word.get(..8).unwrap_or(word).to_ascii_lowercase();
    if let Some(rest) = scheme_rest(word) {
        return !rest.is_empty();
    }
    if lower.starts_with("www.") {
        return word.len() > 4 && word[4..].chars().next().is_some_and(char::is_alphanumeric);
    }
    match word.find('/') {
        Some(slash) => is_domain(&word[..slash]),
        None => false,
    }
}

/// Whether `word` is an email address (`name@domain.example`).
pub fn is_email(word: &str) -> bool {
    let Some((local, domain)) = word.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.chars().all(is_local_char)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && is_domain(domain)
}

/// The kind of a word, judged from its characters: numeric when it holds a digit and
/// starts with a digit or a currency sign, or has at least as many digits as letters.
pub fn kind_of(word: &str) -> WordKind {
    let mut digits = 0usize;
    let mut letters = 0usize;
    if word.is_ascii() {
        // The usual case: for ASCII, numeric means an ASCII digit and alphabetic an ASCII
        // letter, and bytes are quicker to test than the Unicode tables.
        for b in word.bytes() {
            digits += usize::from(b.is_ascii_digit());
            letters += usize::from(b.is_ascii_alphabetic());
        }
    } else {
        for c in word.chars() {
            if c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()) {
                digits += 1;
            } else if c.is_alphabetic() {
                letters += 1;
            }
        }
    }
    let first = word.chars().next();
    let leads_with_number = first.is_some_and(|c| c.is_ascii_digit() || is_currency(c));
    if digits > 0 && (leads_with_number || digits >= letters) {
        WordKind::Numeric
    } else {
        WordKind::Alphabetic
    }
}

/// [`kind_of`] for a word of ASCII letters and digits only (the fast path of
/// `chunk_words`): every byte is a digit or a letter, and no currency sign can lead it.
#[cfg(test)]
fn ascii_alphanumeric_kind(word: &[u8]) -> WordKind {
    let digits = word.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = word.len() - digits;
    let leads_with_number = word.first().is_some_and(u8::is_ascii_digit);
    if digits > 0 && (leads_with_number || digits >= letters) {
        WordKind::Numeric
    } else {
        WordKind::Alphabetic
    }
}

/// Whether `c` is a currency sign that may lead an amount.
pub fn is_currency(c: char) -> bool {
    matches!(
        c,
        '£' | '$'
            | '€'
            | '¥'
            | '¢'
            | '₹'
            | '₽'
            | '₩'
            | '₺'
            | '₪'
            | '₦'
            | '₱'
            | '₴'
            | '₫'
            | '₵'
            | '₿'
    )
}

/// Whether `c` joins two words into one hyphenated word.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Runs of non-white-space characters with their byte offsets.
#[cfg(test)]
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    // The length of the character at byte `i` (a character boundary), and whether it is
    // white space; ASCII (nearly every byte of a letter) is answered without decoding.
    let char_at = move |i: usize| -> (usize, bool) {
        match bytes[i] {
            b if b.is_ascii() => (1, char::from(b).is_whitespace()),
            _ => text[i..]
                .chars()
                .next()
                .map_or((1, false), |c| (c.len_utf8(), c.is_whitespace())),
        }
    };
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            let (len, space) = char_at(pos);
            if !space {
                break;
            }
            pos += len;
        }
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        while pos < bytes.len() {
            let (len, space) = char_at(pos);
            if space {
                break;
            }
            pos += len;
        }
        Some((start, &text[start..pos]))
    })
}

/// The words of one run of non-white-space characters starting at byte `base`: links
/// first, then Unicode word boundaries for what lies between them.
#[cfg(test)]
fn chunk_words(chunk: &str, base: usize, out: &mut Vec<Token>) {
    // Fast path for the usual case: ASCII letters and digits, perhaps between brackets or
    // quotes and before a comma or full stop. UAX #29 gives the same single word.
    // Openers and closers are ASCII, so they are trimmed byte by byte (any other byte ends
    // the trimming, as its character would).
    let bytes = chunk.as_bytes();
    let lead = bytes
        .iter()
        .take_while(|b| matches!(b, b'(' | b'[' | b'"' | b'\''))
        .count();
    let trail = bytes[lead..]
        .iter()
        .rev()
        .take_while(|b| {
            matches!(
                b,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'"' | b'\''
            )
        })
        .count();
    let core = &chunk[lead..chunk.len() - trail];
    if !core.is_empty() && core.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let start = base + lead;
        out.push(Token {
            span: Span {
                start,
                end: start + core.len(),
            },
            kind: ascii_alphanumeric_kind(core.as_bytes()),
        });
        return;
    }
    chunk_words_general(chunk, base, out);
}

/// The words of one chunk without the fast path: links, then Unicode word boundaries.
fn chunk_words_general(chunk: &str, base: usize, out: &mut Vec<Token>) {
    let mut done = 0;
    while done < chunk.len() {
        match find_link(chunk, done) {
            Some((start, end)) => {
                merge_pieces(&chunk[done..start], base + done, out);
                out.push(Token {
                    span: Span {
                        start: base + start,
                        end: base + end,
                    },
                    kind: WordKind::Alphabetic,
                });
                done = end;
            }
            None => {
                merge_pieces(&chunk[done..], base + done, out);
                done = chunk.len();
            }
        }
    }
}

/// The first web or email address in `chunk[from..]`, as a byte range of `chunk`.
fn find_link(chunk: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = chunk.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        let at_word_start = i == from || !is_word_byte(bytes[i - 1]);
        if b == b':' && bytes[i..].starts_with(b"://") {
            // Scheme: the letters before "://".
            let mut s = i;
            while s > from && bytes[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            if s < i {
                let end = link_end(chunk, i + 3);
                if end > i + 3 {
                    return Some((s, end));
                }
            }
        } else if (b == b'w' || b == b'W') && at_word_start && starts_with_www(&bytes[i..]) {
            let end = link_end(chunk, i + 4);
            if end > i + 4 {
                return Some((i, end));
            }
        } else if b == b'@' {
            if let Some(found) = email_around(chunk, from, i) {
                return Some(found);
            }
        }
        i += 1;
    }
    None
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

fn starts_with_www(bytes: &[u8]) -> bool {
    bytes.len() > 4 && bytes[..4].eq_ignore_ascii_case(b"www.") && is_word_byte(bytes[4])
}

/// Where a web address that continues at `from` ends: the rest of the chunk less any
/// closing punctuation, quotes and unbalanced closing brackets.
fn link_end(chunk: &str, from: usize) -> usize {
    // Open minus close brackets in the whole chunk, kept up to date as we strip.
    let mut balance = [0i64; 3];
    for c in chunk.chars() {
        match c {
            '(' => balance[0] += 1,
            ')' => balance[0] -= 1,
            '[' => balance[1] += 1,
            ']' => balance[1] -= 1,
            '{' => balance[2] += 1,
            '}' => balance[2] -= 1,
            _ => {}
        }
    }
    let mut end = chunk.len();
    while end > from {
        let Some(c) = chunk[..end].chars().next_back() else {
            break;
        };
        let strip = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '\u{2019}' | '\u{201d}' | '>'
            | '\u{bb}' | '\u{2026}' | '*' => true,
            ')' | ']' | '}' => {
                let k = match c {
                    ')' => 0,
                    ']' => 1,
                    _ => 2,
                };
                // Unbalanced: more closing than opening brackets.
                let unbalanced = balance[k] < 0;
                if unbalanced {
                    balance[k] += 1;
                }
                unbalanced
            }
            _ => false,
        };
        if !strip {
            break;
        }
        end -= c.len_utf8();
    }
    end.max(from)
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn scheme_rest(word: &str) -> Option<&str> {
    let (scheme, rest) = word.split_once("://")?;
    if scheme.is_empty() || !scheme.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(rest)
}

/// A domain name: labels of letters, digits and hyphens joined by dots, the last label at
/// least two letters.
fn is_domain(domain: &str) -> bool {
    let mut labels = 0;
    let mut last = "";
    for label in domain.split('.') {
        if label.is_empty() || !label.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && last.chars().count() >= 2 && last.chars().all(char::is_alphabetic)
}

/// The email address around the `@` at byte `at`, if there is one, not reaching before
/// `from`.
fn email_around(chunk: &str, from: usize, at: usize) -> Option<(usize, usize)> {
    let before = &chunk[from..at];
    let mut start = at;
    for (i, c) in before.char_indices().rev() {
        if is_local_char(c) {
            start = from + i;
        } else {
            break;
        }
    }
    // A local part does not start with a dot or an apostrophe.
    while start < at && matches!(chunk.as_bytes()[start], b'.' | b'\'') {
        start += 1;
    }
    let after = &chunk[at + 1..];
    let mut end = at + 1;
    for (i, c) in after.char_indices() {
        if c.is_alphanumeric() || c == '.' || c == '-' {
            end = at + 1 + i + c.len_utf8();
        } else {
            break;
        }
    }
    while end > at + 1 && matches!(chunk.as_bytes()[end - 1], b'.' | b'-') {
        end -= 1;
    }
    if start < at && is_email(&chunk[start..end]) {
        Some((start, end))
    } else {
        None
    }
}

/// Join the Unicode word pieces of `segment` (which has no white space and no link) into
/// words, and push them with spans offset by `base`.
fn merge_pieces(segment: &str, base: usize, out: &mut Vec<Token>) {
    if segment.is_empty() {
        return;
    }
    let pieces: Vec<(usize, &str)> = segment.split_word_bound_indices().collect();
    let mut i = 0;
    while i < pieces.len() {
        let (piece_start, piece) = pieces[i];
        if !is_wordlike(piece) {
            i += 1;
            continue;
        }
        let mut start = piece_start;
        // A currency sign right before an amount belongs to it.
        if i > 0 {
            let (prev_start, prev) = pieces[i - 1];
            let mut prev_chars = prev.chars();
            if let (Some(c), None) = (prev_chars.next(), prev_chars.next()) {
                if is_currency(c) && piece.starts_with(|d: char| d.is_ascii_digit()) {
                    start = prev_start;
                }
            }
        }
        let mut end = piece_start + piece.len();
        let mut part_start = piece_start;
        let mut j = i + 1;
        while j + 1 < pieces.len() {
            let (_, connector) = pieces[j];
            let (next_start, next) = pieces[j + 1];
            if !is_wordlike(next) {
                break;
            }
            let mut cs = connector.chars();
            let (Some(c), None) = (cs.next(), cs.next()) else {
                break;
            };
            let current = &segment[part_start..end];
            let joins = if is_hyphen(c) {
                true
            } else {
                match c {
                    ':' => {
                        current.ends_with(|d: char| d.is_ascii_digit())
                            && next.starts_with(|d: char| d.is_ascii_digit())
                    }
                    '/' => {
                        has_digit(current)
                            || has_digit(next)
                            || (is_capitals(current) && is_capitals(next))
                    }
                    '&' => is_capitals(current) && is_capitals(next),
                    _ => false,
                }
            };
            if !joins {
                break;
            }
            end = next_start + next.len();
            part_start = next_start;
            j += 2;
        }
        // A percent sign right after a number belongs to it.
        if j < pieces.len() && pieces[j].1 == "%" && has_digit(&segment[part_start..end]) {
            end += 1;
            j += 1;
        }
        let word = &segment[start..end];
        out.push(Token {
            span: Span {
                start: base + start,
                end: base + end,
            },
            kind: kind_of(word),
        });
        i = j;
    }
}

fn is_wordlike(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

/// All letters capitals (and at least one letter); digits allowed.
fn is_capitals(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            any = true;
        } else if !c.is_alphanumeric() {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text)
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect()
    }

    #[test]
    fn plain_words_and_punctuation() {
        assert_eq!(
            texts("We will phone you on Monday."),
            ["We", "will", "phone", "you", "on", "Monday"]
        );
        assert_eq!(
            texts("Yes - no; maybe! (Really?) \u{2014} …"),
            ["Yes", "no", "maybe", "Really"]
        );
        assert!(words("  ... !! -- ").is_empty());
        assert!(words("").is_empty());
    }

    #[test]
    fn numbers_and_amounts_are_one_word() {
        assert_eq!(
            texts("Pay £1,234.50 or 42.17 now."),
            ["Pay", "£1,234.50", "or", "42.17", "now"]
        );
        assert_eq!(
            texts("At 10:30am, 9.30am, 10.30 am or 2:15pm."),
            ["At", "10:30am", "9.30am", "10.30", "am", "or", "2:15pm"]
        );
        assert_eq!(texts("It rose by 50%."), ["It", "rose", "by", "50%"]);
        assert_eq!(texts("($20)"), ["$20"]);
        assert_eq!(texts("on 5th March"), ["on", "5th", "March"]);
        assert_eq!(
            texts("phone 0117 496 0321"),
            ["phone", "0117", "496", "0321"]
        );
    }

    #[test]
    fn kinds() {
        let kinds: Vec<WordKind> = words("Pay £5 by 10:30am for 24-hour care, ref ASC/2024/118734")
            .iter()
            .map(|t| t.kind)
            .collect();
        use WordKind::*;
        assert_eq!(
            kinds,
            [
                Alphabetic, Numeric, Alphabetic, Numeric, Alphabetic, Numeric, Alphabetic,
                Alphabetic, Numeric
            ]
        );
        assert_eq!(kind_of("BS3"), Alphabetic);
        assert_eq!(kind_of("5th"), Numeric);
        assert_eq!(kind_of("well-being"), Alphabetic);
    }

    #[test]
    fn hyphens_and_apostrophes() {
        assert_eq!(
            texts("Your well-being and 24-hour co-ordinator."),
            ["Your", "well-being", "and", "24-hour", "co-ordinator"]
        );
        assert_eq!(
            texts("We don't know the Council's view; we can\u{2019}t say."),
            [
                "We",
                "don't",
                "know",
                "the",
                "Council's",
                "view",
                "we",
                "can\u{2019}t",
                "say"
            ]
        );
        assert_eq!(texts("pre- and post-op"), ["pre", "and", "post-op"]);
        assert_eq!(texts("the carers' group"), ["the", "carers", "group"]);
        assert_eq!(texts("9am\u{2013}5pm"), ["9am", "5pm"]);
    }

    #[test]
    fn references_and_dates_with_slashes() {
        assert_eq!(
            texts("Ref: ASC/2024/118734 dated 14/08/1961."),
            ["Ref", "ASC/2024/118734", "dated", "14/08/1961"]
        );
        assert_eq!(texts("and/or N/A 24/7"), ["and", "or", "N/A", "24/7"]);
        assert_eq!(texts("Go to A&E now"), ["Go", "to", "A&E", "now"]);
        assert_eq!(texts("Tom&Jerry"), ["Tom", "Jerry"]);
    }

    #[test]
    fn links_are_one_word_without_their_full_stop() {
        assert_eq!(
            texts("See https://www.northfield.gov.example/care."),
            ["See", "https://www.northfield.gov.example/care"]
        );
        assert_eq!(
            texts("Email adult.care@northfield.gov.example, or visit www.gov.uk/pip."),
            [
                "Email",
                "adult.care@northfield.gov.example",
                "or",
                "visit",
                "www.gov.uk/pip"
            ]
        );
        assert_eq!(
            texts("(email:carers@wexdalecarers.example)"),
            ["email", "carers@wexdalecarers.example"]
        );
        assert_eq!(texts("\"www.example.com\"!"), ["www.example.com"]);
        assert_eq!(
            texts("https://en.example.org/wiki/Care_(UK))."),
            ["https://en.example.org/wiki/Care_(UK)"]
        );
        // Not links.
        assert_eq!(texts("me@home"), ["me", "home"]);
        assert_eq!(texts("www."), ["www"]);
        assert!(is_url("gov.uk/pip"));
        assert!(!is_url("and/or"));
        assert!(is_email("a.b@c.example"));
        assert!(!is_email("a@b"));
        assert!(!is_email("@b.com"));
    }

    #[test]
    fn other_scripts() {
        assert_eq!(texts("Café naïve résumé"), ["Café", "naïve", "résumé"]);
        assert_eq!(texts("Cymraeg: Croeso!"), ["Cymraeg", "Croeso"]);
        assert_eq!(texts("مرحبا بك"), ["مرحبا", "بك"]);
    }

    #[test]
    fn long_input_is_linear() {
        let text = "word ".repeat(200_000);
        let started = std::time::Instant::now();
        assert_eq!(words(&text).len(), 200_000);
        let one = "x".repeat(1_000_000);
        assert_eq!(words(&one).len(), 1);
        let ats = "a@".repeat(100_000);
        assert!(!words(&ats).is_empty());
        assert!(started.elapsed().as_secs() < 30);
    }

    /// `kind_of` by characters only, as it was before its ASCII fast path.
    fn kind_by_chars(word: &str) -> WordKind {
        let digits = word
            .chars()
            .filter(|c| c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()))
            .count();
        let letters = word
            .chars()
            .filter(|c| {
                c.is_alphabetic() && !(c.is_ascii_digit() || c.is_numeric() && !c.is_alphabetic())
            })
            .count();
        let first = word.chars().next();
        let leads_with_number = first.is_some_and(|c| c.is_ascii_digit() || is_currency(c));
        if digits > 0 && (leads_with_number || digits >= letters) {
            WordKind::Numeric
        } else {
            WordKind::Alphabetic
        }
    }

    /// `chunks` as it was written first, on characters: the reference for `chunks`.
    fn chunks_by_chars(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let rest = &text[pos..];
            let start = pos + (rest.len() - rest.trim_start().len());
            if start >= text.len() {
                return out;
            }
            let body = &text[start..];
            let len = body.find(char::is_whitespace).unwrap_or(body.len());
            pos = start + len;
            out.push((start, &text[start..pos]));
        }
    }

    proptest! {
        /// Splitting into a buffer that held another sentence's words gives the same
        /// words as [`words`] (the analysis reuses one buffer per thread).
        #[test]
        fn words_into_a_used_buffer_equal_words(
            before in "[a-zA-Z0-9 £.,()'-]{0,40}",
            text in "[a-zA-Z0-9 £.,:/()'@é-]{0,40}",
        ) {
            let mut buffer = Vec::new();
            words_into(&before, &mut buffer);
            words_into(&text, &mut buffer);
            prop_assert_eq!(buffer, words(&text));
        }
    }

    proptest! {
        /// The one-pass `words` finds what the run-by-run version finds.
        #[test]
        fn one_pass_words_equal_words_by_runs(
            text in "([A-Za-z0-9]{1,6}|[(\\[\"'.,;:!?)\\]]{1,2}|[ \t\n\u{b}\u{a0}]{1,2}|£5|é|-|/|@|www\\.x\\.uk|a@b\\.org){0,25}",
        ) {
            prop_assert_eq!(words(&text), words_by_runs(&text));
        }

        #[test]
        fn one_pass_words_equal_words_by_runs_on_any_text(text in "\\PC{0,60}|[\\x00-\\x7f]{0,60}") {
            prop_assert_eq!(words(&text), words_by_runs(&text));
        }

        #[test]
        fn chunks_agree_with_the_character_version(
            text in "[a-z .,\t\n\u{b}\u{a0}\u{2028}é£-]{0,40}|\\PC{0,40}|.{0,20}",
        ) {
            prop_assert_eq!(chunks(&text).collect::<Vec<_>>(), chunks_by_chars(&text));
        }

        #[test]
        fn kind_of_ascii_fast_path_agrees(word in "[\\x00-\\x7f]{0,12}", any in "\\PC{0,12}", alnum in "[a-zA-Z0-9]{1,12}") {
            prop_assert_eq!(kind_of(&word), kind_by_chars(&word));
            prop_assert_eq!(kind_of(&any), kind_by_chars(&any));
            prop_assert_eq!(ascii_alphanumeric_kind(alnum.as_bytes()), kind_by_chars(&alnum));
        }

        #[test]
        fn fast_path_agrees_with_unicode_bounds(chunk in "[A-Za-z0-9(),.'\"!?:;\\[\\]]{1,12}") {
            let mut fast = Vec::new();
            chunk_words(&chunk, 0, &mut fast);
            let mut general = Vec::new();
            chunk_words_general(&chunk, 0, &mut general);
            prop_assert_eq!(fast, general);
        }

        #[test]
        fn spans_are_ordered_non_empty_and_on_boundaries(text in "\\PC{0,80}") {
            let found = words(&text);
            let mut last = 0;
            for token in &found {
                prop_assert!(token.span.start < token.span.end);
                prop_assert!(token.span.start >= last);
                prop_assert!(text.is_char_boundary(token.span.start));
                prop_assert!(text.is_char_boundary(token.span.end));
                prop_assert!(text[token.span.start..token.span.end].chars().any(char::is_alphanumeric));
                last = token.span.end;
            }
        }

        #[test]
        fn arbitrary_strings_never_panic(text in any::<String>()) {
            let found = words(&text);
            for token in &found {
                prop_assert!(token.span.end <= text.len());
            }
        }

        #[test]
        fn punctuation_heavy_strings(text in "[a-zA-Z0-9 .,:;/@&%£'’()\"-]{0,60}") {
            let mut last = 0;
            for token in words(&text) {
                prop_assert!(token.span.start >= last && token.span.start < token.span.end);
                last = token.span.end;
            }
        }
    }
}
