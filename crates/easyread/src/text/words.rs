//! Words: Unicode word boundaries, with numbers, hyphenated words and apostrophes kept whole.

use crate::Span;

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

/// The words of `text`, in order.
// PLACEHOLDER: naive white-space split, to be replaced.
pub fn words(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut offset = 0;
    for piece in text.split(' ') {
        let trimmed = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if !trimmed.is_empty() {
            let start = offset + piece.find(trimmed).unwrap_or(0);
            let kind = if trimmed.chars().any(|c| c.is_ascii_digit()) {
                WordKind::Numeric
            } else {
                WordKind::Alphabetic
            };
            out.push(Token {
                span: Span {
                    start,
                    end: start + trimmed.len(),
                },
                kind,
            });
        }
        offset += piece.len() + 1;
    }
    out
}
