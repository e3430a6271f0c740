//! Sentence segmentation that knows about abbreviations, money, times, initials, URLs and
//! emails.

use crate::Span;

/// Split `text` into sentences, returned as byte ranges with surrounding white space
/// trimmed. Never returns an empty range.
// PLACEHOLDER: naive split, to be replaced by the real segmenter.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
        {
            push_trimmed(text, start, i + 1, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
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
