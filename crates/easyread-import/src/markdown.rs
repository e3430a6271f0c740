//! Markdown: pulldown-cmark events to chunks and blocks for [`crate::letter`].
//!
//! Paragraphs become chunks (one line per source line, split at soft and hard breaks) so
//! the salutation, sign-off, address and subject recognition applies to them. Headings,
//! lists, tables and code blocks become blocks directly. Nested lists are flattened into
//! their outer list, each item after its parent. Code and HTML are kept as plain text.

use std::ops::Range;

use easyread::model::{Block, Inline, ListItem, Source, Span, TableRow};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::letter::Item;
use crate::lines::{join, span_of, Line};
use crate::locate::Locator;
use crate::Format;

/// Guess the format of text whose format was not given: Markdown only when it clearly is
/// (an ATX heading `# Title`, `**bold**` or `__bold__`, a link `[text](https://...)`, a
/// code fence, or a `===` heading underline), plain text otherwise. Markdown-like lists
/// alone do not count: plain-text letters have them too.
pub(crate) fn detect(text: &str) -> Format {
    let mut previous_had_text = false;
    for line in text.lines() {
        let t = line.trim_start();
        let setext = previous_had_text && t.len() >= 3 && t.trim_end().bytes().all(|b| b == b'=');
        if setext
            || is_atx_heading(t)
            || t.starts_with("```")
            || t.starts_with("~~~")
            || has_pair(line, "**")
            || has_pair(line, "__")
            || has_link(line)
        {
            return Format::Markdown;
        }
        previous_had_text = !t.is_empty();
    }
    Format::Text
}

fn is_atx_heading(t: &str) -> bool {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes)
        && t[hashes..].starts_with(' ')
        && t[hashes..]
            .trim_start()
            .starts_with(|c: char| c.is_alphanumeric())
}

/// Whether the line has `marker`text`marker` with no space just inside the markers.
fn has_pair(line: &str, marker: &str) -> bool {
    let mark = marker.chars().next().unwrap_or('*');
    let mut open = false;
    for (i, _) in line.match_indices(marker) {
        let before = line[..i].chars().next_back();
        let after = line[i + marker.len()..].chars().next();
        if open && before.is_some_and(|c| !c.is_whitespace() && c != mark) {
            return true;
        }
        if after.is_some_and(|c| !c.is_whitespace() && c != mark) {
            open = true;
        }
    }
    false
}

/// Whether the line has an inline link to a web, mail or phone address.
fn has_link(line: &str) -> bool {
    let Some(bracket) = line.find('[') else {
        return false;
    };
    line.match_indices("](").any(|(i, _)| {
        let target = &line[i + 2..];
        i > bracket
            && ["http://", "https://", "mailto:", "tel:", "www."]
                .iter()
                .any(|p| target.starts_with(p))
    })
}

/// Parse Markdown into chunks and blocks.
pub(crate) fn items(text: &str) -> Vec<Item> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut reader = Reader::new(text);
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, range);
    }
    reader.finish()
}

struct ListAcc {
    ordered: bool,
    items: Vec<ListItem>,
    span: Span,
}

struct TableAcc {
    rows: Vec<TableRow>,
    row: Vec<Vec<Inline>>,
    span: Span,
}

struct Reader<'a> {
    src: &'a str,
    locator: Locator<'a>,
    items: Vec<Item>,
    /// Finished lines of the current leaf block.
    lines: Vec<Line>,
    /// Runs of the current line, and the input range it covers.
    runs: Vec<Inline>,
    line_span: Option<Span>,
    strong: u32,
    emphasis: u32,
    links: Vec<String>,
    /// Level and range of the heading being read.
    heading: Option<(u8, Span)>,
    /// Range of the code or HTML block being read.
    literal: Option<Span>,
    list_depth: usize,
    list: Option<ListAcc>,
    /// Content of the open list items, innermost last.
    item_stack: Vec<Vec<Inline>>,
    table: Option<TableAcc>,
}

impl<'a> Reader<'a> {
    fn new(src: &'a str) -> Self {
        Reader {
            src,
            locator: Locator::new(src),
            items: Vec::new(),
            lines: Vec::new(),
            runs: Vec::new(),
            line_span: None,
            strong: 0,
            emphasis: 0,
            links: Vec::new(),
            heading: None,
            literal: None,
            list_depth: 0,
            list: None,
            item_stack: Vec::new(),
            table: None,
        }
    }

    /// The range without trailing white space (block ranges include the line end).
    fn span(&self, range: &Range<usize>) -> Span {
        let slice = self.src.get(range.clone()).unwrap_or("");
        Span {
            start: range.start,
            end: range.start + slice.trim_end().len(),
        }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text, range),
            Event::Code(code) => {
                let slice = self.src.get(range.clone()).unwrap_or("");
                match slice.find(&*code) {
                    Some(at) if !code.is_empty() => {
                        self.text_at(&code, Some(range.start + at), range.clone())
                    }
                    _ => self.text_at(&code, None, range),
                }
            }
            Event::Html(text)
            | Event::InlineHtml(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text)
            | Event::FootnoteReference(text) => self.text(&text, range),
            Event::SoftBreak | Event::HardBreak => self.line_break(),
            Event::Rule | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.take_lines();
                self.heading = Some((heading_level(level), self.span(&range)));
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.literal = Some(self.span(&range));
            }
            Tag::List(first) => {
                if self.list_depth == 0 {
                    self.list = Some(ListAcc {
                        ordered: first.is_some(),
                        items: Vec::new(),
                        span: self.span(&range),
                    });
                } else {
                    // Flatten: the parent item's text so far becomes an item of its own,
                    // before the nested items.
                    let lines = self.take_lines();
                    self.append_to_item(lines);
                    if let Some(content) = self.item_stack.last_mut().map(std::mem::take) {
                        self.push_item(content);
                    }
                }
                self.list_depth += 1;
            }
            Tag::Item => {
                self.take_lines_into_item();
                self.item_stack.push(Vec::new());
            }
            Tag::Table(_) => {
                self.table = Some(TableAcc {
                    rows: Vec::new(),
                    row: Vec::new(),
                    span: self.span(&range),
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = self.table.as_mut() {
                    table.row.clear();
                }
            }
            Tag::TableCell => {
                self.take_lines();
            }
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                let lines = self.take_lines();
                if !self.item_stack.is_empty() {
                    self.append_to_item(lines);
                } else if !lines.is_empty() {
                    self.items.push(Item::Chunk(lines));
                }
            }
            TagEnd::Heading(_) => {
                let lines = self.take_lines();
                let (level, span) = self.heading.take().unwrap_or((1, span_of(&lines)));
                if !self.item_stack.is_empty() {
                    self.append_to_item(lines);
                } else if !lines.is_empty() {
                    self.items.push(Item::Block(Block::Heading {
                        level,
                        content: join(lines),
                        source: source(span),
                    }));
                }
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                let lines = self.take_lines();
                let span = self.literal.take().unwrap_or_else(|| span_of(&lines));
                if !self.item_stack.is_empty() {
                    self.append_to_item(lines);
                } else if !lines.is_empty() {
                    self.items.push(Item::Block(Block::Paragraph {
                        content: join(lines),
                        source: source(span),
                    }));
                }
            }
            TagEnd::Item => {
                self.take_lines_into_item();
                if let Some(content) = self.item_stack.pop() {
                    self.push_item(content);
                }
            }
            TagEnd::List(_) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    if let Some(list) = self.list.take() {
                        if !list.items.is_empty() {
                            self.items.push(Item::Block(Block::List {
                                ordered: list.ordered,
                                items: list.items,
                                source: source(list.span),
                            }));
                        }
                    }
                }
            }
            TagEnd::TableCell => {
                let cell = join(self.take_lines());
                if let Some(table) = self.table.as_mut() {
                    table.row.push(cell);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(table) = self.table.as_mut() {
                    let cells = std::mem::take(&mut table.row);
                    table.rows.push(TableRow {
                        header: tag == TagEnd::TableHead,
                        cells,
                    });
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.items.push(Item::Block(Block::Table {
                        rows: table.rows,
                        source: source(table.span),
                    }));
                }
            }
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => {
                self.links.pop();
            }
            _ => {}
        }
    }

    /// A text event: split at line breaks (code and HTML blocks hold them); with origins
    /// when the text is a verbatim copy of its source range.
    fn text(&mut self, text: &str, range: Range<usize>) {
        let verbatim = self.src.get(range.clone()) == Some(text);
        let mut pos = 0;
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                self.line_break();
            }
            if !piece.is_empty() {
                let at = verbatim.then_some(range.start + pos);
                self.text_at(piece, at, range.clone());
            }
            pos += piece.len() + 1;
        }
    }

    /// One run of text without line breaks, copied from byte `at` of the input if known.
    fn text_at(&mut self, text: &str, at: Option<usize>, range: Range<usize>) {
        if text.contains('\n') {
            // Only code spans get here with line breaks in them; keep runs single-line.
            for (i, piece) in text.split('\n').enumerate() {
                if i > 0 {
                    self.runs.push(Inline::plain(" "));
                }
                if !piece.is_empty() {
                    self.text_at(piece, None, range.clone());
                }
            }
            return;
        }
        let origin = at.map(|offset| self.locator.origin(offset));
        let run = Inline {
            text: text.to_string(),
            strong: self.strong > 0,
            emphasis: self.emphasis > 0,
            underline: false,
            link: self.links.last().cloned(),
            origin,
        };
        let span = self.line_span.get_or_insert(Span {
            start: range.start,
            end: range.end,
        });
        span.start = span.start.min(range.start);
        span.end = span.end.max(range.end);
        // Merge with the run before when it continues it exactly.
        if let Some(prev) = self.runs.last_mut() {
            let contiguous = match (prev.origin, run.origin) {
                (Some(a), Some(b)) => a.offset + prev.text.len() == b.offset,
                _ => false,
            };
            if contiguous
                && prev.strong == run.strong
                && prev.emphasis == run.emphasis
                && prev.link == run.link
            {
                prev.text.push_str(&run.text);
                return;
            }
        }
        self.runs.push(run);
    }

    fn line_break(&mut self) {
        let runs = std::mem::take(&mut self.runs);
        let span = self.line_span.take().unwrap_or_default();
        if runs.is_empty() {
            return;
        }
        let line = Line::new(runs, span);
        if !line.runs.is_empty() {
            self.lines.push(line);
        }
    }

    fn take_lines(&mut self) -> Vec<Line> {
        self.line_break();
        std::mem::take(&mut self.lines)
    }

    fn append_to_item(&mut self, lines: Vec<Line>) {
        let runs = join(lines);
        if runs.is_empty() {
            return;
        }
        if let Some(item) = self.item_stack.last_mut() {
            if !item.is_empty() {
                item.push(Inline::plain(" "));
            }
            item.extend(runs);
        }
    }

    /// Text written directly in a tight list item, before a nested block or the item's end.
    fn take_lines_into_item(&mut self) {
        if !self.item_stack.is_empty() {
            let lines = self.take_lines();
            self.append_to_item(lines);
        }
    }

    fn push_item(&mut self, content: Vec<Inline>) {
        if content.is_empty() {
            return;
        }
        if let Some(list) = self.list.as_mut() {
            list.items.push(ListItem { content });
        }
    }

    fn finish(mut self) -> Vec<Item> {
        let lines = self.take_lines();
        if !lines.is_empty() {
            self.items.push(Item::Chunk(lines));
        }
        self.items
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn source(span: Span) -> Source {
    Source {
        span: Some(span),
        ..Source::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection() {
        let md = |s: &str| detect(s) == Format::Markdown;
        assert!(md("# Your review\n\nDear Mr Clarke,"));
        assert!(md("Dear Sir,\n\nYour review is **on Monday**.\n"));
        assert!(md("See [our page](https://example.org)."));
        assert!(md("Title\n=====\n\nText"));
        assert!(md("```\ncode\n```"));
        assert!(!md("Dear Sir,\n\n- one\n- two\n\n1. first\n"));
        assert!(!md("Dear Sir,\n\n#1 priority\n* note *\n"));
        assert!(!md("Costs 2 ** 3 and a ** b"));
        assert!(!md("Our ref: ABC#12\n"));
    }
}
