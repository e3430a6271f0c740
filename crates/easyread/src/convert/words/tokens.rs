//! Words of a unit's text with their byte ranges, and what stands around them.

use super::data::normalise;

/// A word: letters and digits, with apostrophes and hyphens inside it ("can't",
/// "twenty-eight").
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower case, straight apostrophes.
    pub lower: String,
}

/// The words of `text`, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut start: Option<usize> = None;
    let mut prev_alnum = false;
    while let Some((i, c)) = chars.next() {
        let alnum = c.is_alphanumeric();
        let joiner = matches!(c, '\'' | '\u{2019}' | '-')
            && prev_alnum
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if alnum || joiner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(token(text, s, i));
        }
        prev_alnum = alnum || joiner;
    }
    if let Some(s) = start {
        out.push(token(text, s, text.len()));
    }
    out
}

fn token(text: &str, start: usize, end: usize) -> Token {
    Token {
        start,
        end,
        lower: normalise(&text[start..end]),
    }
}

/// Whether only spaces stand between two tokens (no punctuation).
pub(crate) fn joined(text: &str, a: &Token, b: &Token) -> bool {
    a.end <= b.start && text[a.end..b.start].chars().all(char::is_whitespace)
}

/// Whether the token starts a sentence: nothing but punctuation before it in the unit, or
/// a full stop, question or exclamation mark before it.
pub(crate) fn starts_sentence(text: &str, tok: &Token) -> bool {
    let before = text[..tok.start].trim_end();
    match before.chars().next_back() {
        None => true,
        Some(c) => {
            matches!(c, '.' | '!' | '?')
                || !before.chars().any(char::is_alphanumeric) && !c.is_alphanumeric()
        }
    }
}

/// Whether a word starts with a capital letter.
pub(crate) fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written all in capitals (two letters or more).
pub(crate) fn all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() > 1 && letters.clone().all(char::is_uppercase)
}

/// Upper-case the first letter.
pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let text = "We can\u{2019}t wait twenty-eight days - 'sorry'.";
        let words: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            words,
            [
                "We",
                "can\u{2019}t",
                "wait",
                "twenty-eight",
                "days",
                "sorry"
            ]
        );
        let t = tokenize(text);
        assert_eq!(t[1].lower, "can't");
        assert!(joined(text, &t[0], &t[1]));
        assert!(!joined(text, &t[4], &t[5]));
        assert!(starts_sentence(text, &t[0]));
        assert!(!starts_sentence(text, &t[1]));
        assert!(all_caps("GP") && !all_caps("I") && !all_caps("Gp"));
    }
}
