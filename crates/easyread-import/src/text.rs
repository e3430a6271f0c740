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
    for raw in text.split('\n') {
        let line_start = offset;
        offset += raw.len() + 1;
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
