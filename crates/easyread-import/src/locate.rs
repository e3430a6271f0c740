//! Byte offsets to line and column [`Origin`]s.

use easyread::model::Origin;

/// Turns byte offsets of one text into [`Origin`]s. Remembers the last position asked for
/// so that asking in increasing order (as both readers do) costs linear time overall, even
/// on one very long line.
pub(crate) struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// Line index, offset and column of the last answer.
    last: (usize, usize, u32),
}

impl<'a> Locator<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Locator {
            text,
            line_starts,
            last: (0, 0, 1),
        }
    }

    /// The origin of byte `offset` (which must be a character boundary).
    pub(crate) fn origin(&mut self, offset: usize) -> Origin {
        let (last_line, last_offset, last_column) = self.last;
        let line = if offset >= last_offset {
            // Walk forward from the last answer: linear overall for increasing offsets.
            let mut line = last_line;
            while self
                .line_starts
                .get(line + 1)
                .is_some_and(|&start| start <= offset)
            {
                line += 1;
            }
            line
        } else {
            self.line_starts
                .partition_point(|&start| start <= offset)
                .saturating_sub(1)
        };
        let (from, base) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (self.line_starts.get(line).copied().unwrap_or(0), 1)
        };
        let chars = self.text.get(from..offset).map_or(0, |s| s.chars().count());
        let column = base.saturating_add(u32::try_from(chars).unwrap_or(u32::MAX));
        self.last = (line, offset, column);
        Origin {
            offset,
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_in_characters() {
        let text = "ab\n£c d\n\nx";
        let mut loc = Locator::new(text);
        let at = |loc: &mut Locator, o| {
            let origin = loc.origin(o);
            (origin.line, origin.column)
        };
        assert_eq!(at(&mut loc, 0), (1, 1));
        assert_eq!(at(&mut loc, 1), (1, 2));
        assert_eq!(at(&mut loc, 3), (2, 1));
        let d = text.find('d').unwrap();
        assert_eq!(at(&mut loc, d), (2, 4));
        assert_eq!(at(&mut loc, text.find('c').unwrap()), (2, 2));
        assert_eq!(at(&mut loc, text.len() - 1), (4, 1));
        assert_eq!(at(&mut loc, 0), (1, 1));
    }
}
