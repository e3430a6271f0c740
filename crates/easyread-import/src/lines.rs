//! A line of inline runs, and the cutting and joining the readers need.

use easyread::model::{Inline, Span};

/// One line of a paragraph: its runs (no run holds a line break), their plain text, and
/// the range of the input it was read from. Leading and trailing white space is trimmed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub(crate) runs: Vec<Inline>,
    pub(crate) text: String,
    pub(crate) span: Span,
}

impl Line {
    /// A line from runs, trimmed.
    pub(crate) fn new(runs: Vec<Inline>, span: Span) -> Line {
        let mut line = Line {
            runs,
            text: String::new(),
            span,
        };
        line.trim();
        line
    }

    /// Remove the first `n` bytes of the text (a character boundary) and the white space
    /// after them: a list marker or a `Re:` prefix.
    pub(crate) fn strip_front(&mut self, n: usize) {
        let mut remaining = n;
        let mut drop = 0;
        for run in &mut self.runs {
            if remaining == 0 {
                break;
            }
            if run.text.len() <= remaining {
                remaining -= run.text.len();
                drop += 1;
            } else {
                cut_front(run, remaining);
                remaining = 0;
            }
        }
        self.runs.drain(..drop);
        self.trim();
    }

    /// Split the line at byte `at` of its text: `self` keeps the part before, the part
    /// after is returned. Both are trimmed.
    pub(crate) fn split_off(&mut self, at: usize) -> Line {
        let mut seen = 0;
        let mut index = self.runs.len();
        let mut tail_first = None;
        for (i, run) in self.runs.iter_mut().enumerate() {
            let len = run.text.len();
            if seen + len <= at {
                seen += len;
                continue;
            }
            let within = at - seen;
            if within > 0 {
                let mut tail = run.clone();
                cut_front(&mut tail, within);
                run.text.truncate(within);
                tail_first = Some(tail);
                index = i + 1;
            } else {
                index = i;
            }
            break;
        }
        let mut tail_runs: Vec<Inline> = tail_first.into_iter().collect();
        tail_runs.extend(self.runs.drain(index..));
        let tail = Line::new(
            tail_runs,
            Span {
                start: self.span.start,
                end: self.span.end,
            },
        );
        self.trim();
        tail
    }

    /// Trim white space at both ends, across runs, and refresh `text` and `span`.
    fn trim(&mut self) {
        // Leading white space.
        let mut drop = 0;
        for run in &mut self.runs {
            let cut = run.text.len() - run.text.trim_start().len();
            if cut == run.text.len() {
                drop += 1;
                continue;
            }
            if cut > 0 {
                cut_front(run, cut);
            }
            break;
        }
        self.runs.drain(..drop);
        // Trailing white space.
        while let Some(run) = self.runs.last_mut() {
            let keep = run.text.trim_end().len();
            if keep == 0 {
                self.runs.pop();
                continue;
            }
            run.text.truncate(keep);
            break;
        }
        self.text = self.runs.iter().map(|r| r.text.as_str()).collect();
        if let Some(origin) = self.runs.first().and_then(|r| r.origin) {
            self.span.start = origin.offset;
        }
        if let Some((run, origin)) = self.runs.last().and_then(|r| r.origin.map(|o| (r, o))) {
            self.span.end = origin.offset + run.text.len();
        }
        if self.span.end < self.span.start {
            self.span.end = self.span.start;
        }
    }
}

/// Remove the first `n` bytes of a run, moving its origin along.
fn cut_front(run: &mut Inline, n: usize) {
    let Some(prefix) = run.text.get(..n) else {
        return;
    };
    let chars = u32::try_from(prefix.chars().count()).unwrap_or(u32::MAX);
    if let Some(origin) = run.origin.as_mut() {
        origin.offset += n;
        origin.column = origin.column.saturating_add(chars);
    }
    run.text.drain(..n);
}

/// The runs of several lines as one passage: the lines' runs with a generated space
/// (no origin) between them.
pub(crate) fn join(lines: Vec<Line>) -> Vec<Inline> {
    let mut lines = lines.into_iter().filter(|l| !l.runs.is_empty());
    let Some(first) = lines.next() else {
        return Vec::new();
    };
    // The common one-line case moves the runs instead of copying them.
    let mut out = first.runs;
    for line in lines {
        out.push(Inline::plain(" "));
        out.extend(line.runs);
    }
    out
}

/// The input range covered by some lines.
pub(crate) fn span_of(lines: &[Line]) -> Span {
    match (lines.first(), lines.last()) {
        (Some(first), Some(last)) => Span {
            start: first.span.start,
            end: last.span.end.max(first.span.start),
        },
        _ => Span::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use easyread::model::Origin;

    fn run(text: &str, offset: usize, column: u32) -> Inline {
        Inline::plain(text).at(Origin {
            offset,
            line: 1,
            column,
        })
    }

    #[test]
    fn strip_front_moves_origins() {
        let mut line = Line::new(vec![run("- £5 each", 10, 3)], Span::default());
        line.strip_front(1);
        assert_eq!(line.text, "£5 each");
        let origin = line.runs[0].origin.unwrap();
        assert_eq!((origin.offset, origin.column), (12, 5));
        line.strip_front("£".len());
        let origin = line.runs[0].origin.unwrap();
        assert_eq!((origin.offset, origin.column), (14, 6));
        assert_eq!(line.span.start, 14);
    }

    #[test]
    fn strip_front_across_runs() {
        let mut line = Line::new(
            vec![Inline::strong("Re:"), run(" Your review", 3, 4)],
            Span::default(),
        );
        line.strip_front(3);
        assert_eq!(line.runs.len(), 1);
        assert_eq!(line.text, "Your review");
        assert_eq!(line.runs[0].origin.unwrap().offset, 4);
    }

    #[test]
    fn split_off_in_a_run() {
        let mut line = Line::new(vec![run("Dear Sir, thank you", 0, 1)], Span::default());
        let tail = line.split_off("Dear Sir,".len());
        assert_eq!(line.text, "Dear Sir,");
        assert_eq!(tail.text, "thank you");
        assert_eq!(tail.runs[0].origin.unwrap().column, 11);
        assert_eq!(line.span, Span { start: 0, end: 9 });
        assert_eq!(tail.span, Span { start: 10, end: 19 });
    }

    #[test]
    fn trim_drops_blank_runs() {
        let line = Line::new(
            vec![Inline::plain("  "), run(" a ", 5, 2), Inline::plain(" ")],
            Span::default(),
        );
        assert_eq!(line.text, "a");
        assert_eq!(line.runs.len(), 1);
        assert_eq!(line.runs[0].origin.unwrap().offset, 6);
    }
}
