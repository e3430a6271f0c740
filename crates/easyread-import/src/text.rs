//! Plain text: lines grouped into chunks at blank lines, for [`crate::letter`].

use easyread::model::{Inline, Span};

use crate::letter::Item;
use crate::lines::Line;
use crate::locate::Locator;

/// Split normalised text into chunks of non-blank lines. Each line becomes one run (its
/// text without surrounding white space) with the origin of its first character.
pub(crate) fn items(text: &str) -> Vec<Item> {
    let mut locator = Locator::new(text);
    let mut items = Vec::new();
    let mut chunk = Vec::new();
    let mut offset = 0;
    // The lines as `text.split('\n')` gives them, found with the memchr crate's
    // vectorised search (the standard library's is several times slower on long text).
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        let line_start = offset;
        // `end` is a line feed or the end of the text: both are character boundaries.
        let raw = text.get(line_start..end).unwrap_or("");
        offset = end + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if !chunk.is_empty() {
                items.push(Item::Chunk(std::mem::take(&mut chunk)));
            }
            continue;
        }
        let start = line_start + (raw.len() - raw.trim_start().len());
        let run = Inline::plain(trimmed).at(locator.origin(start));
        chunk.push(Line::new(
            vec![run],
            Span {
                start,
                end: start + trimmed.len(),
            },
        ));
    }
    if !chunk.is_empty() {
        items.push(Item::Chunk(chunk));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of `items`, as (span, text) per chunk.
    fn shape(items: &[Item]) -> Vec<Vec<(Span, String)>> {
        items
            .iter()
            .map(|item| match item {
                Item::Chunk(lines) => lines.iter().map(|l| (l.span, l.text.clone())).collect(),
                Item::Block(_) => Vec::new(),
            })
            .collect()
    }

    /// The chunks as the first version found them, with `str::split`.
    fn chunks_by_split(text: &str) -> Vec<Vec<(Span, String)>> {
        let mut out = Vec::new();
        let mut chunk = Vec::new();
        let mut offset = 0;
        for raw in text.split('\n') {
            let line_start = offset;
            offset += raw.len() + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                if !chunk.is_empty() {
                    out.push(std::mem::take(&mut chunk));
                }
                continue;
            }
            let start = line_start + (raw.len() - raw.trim_start().len());
            chunk.push((
                Span {
                    start,
                    end: start + trimmed.len(),
                },
                trimmed.to_string(),
            ));
        }
        if !chunk.is_empty() {
            out.push(chunk);
        }
        out
    }

    proptest::proptest! {
        /// The lines found with memchr are those `str::split` finds.
        #[test]
        fn lines_equal_split_lines(text in "([a-z]{0,5}|[ \t]{0,2}|\n|\n\n|é|\u{a0}){0,20}") {
            proptest::prop_assert_eq!(shape(&items(&text)), chunks_by_split(&text));
        }
    }
}
