//! The shape of a letter: from chunks of lines (paragraphs as typed) and blocks a parser
//! already knows, to address, details, salutation, subject, body and sign-off blocks.
//!
//! Both readers feed this: plain text gives only chunks (runs of non-blank lines); Markdown
//! gives its paragraphs as chunks and its headings, lists and tables as finished blocks.
//! Only plain text gets the guesses that Markdown writes explicitly: list markers and
//! headings.

use std::collections::VecDeque;
use std::iter::Peekable;

use easyread::model::{Block, Inline, ListItem, Source, Span};

use crate::lines::{join, span_of, Line};
use crate::shapes::{self, MarkerStyle};

/// One unit of input for [`structure`].
#[derive(Debug)]
pub(crate) enum Item {
    /// Consecutive non-blank lines: a paragraph as typed, to be recognised.
    Chunk(Vec<Line>),
    /// A block the parser already knows (Markdown headings, lists, tables, code).
    Block(Block),
}

/// The recognised letter.
#[derive(Debug, Default)]
pub(crate) struct Letter {
    pub(crate) blocks: Vec<Block>,
    pub(crate) title: Option<String>,
    pub(crate) sender: Option<String>,
}

/// How many chunks of running text may come before the salutation.
const MAX_PROSE_BEFORE_SALUTATION: usize = 2;

/// Read the letter's shape. `plain` turns on the guesses for plain text (lists, headings).
pub(crate) fn structure(items: Vec<Item>, plain: bool) -> Letter {
    let mut b = Builder {
        plain,
        letter: Letter::default(),
        list_can_continue: None,
        in_head: true,
    };
    let salutation = find_salutation(&items, plain);
    let mut items: VecDeque<Item> = items.into();
    let head_len = salutation.unwrap_or_else(|| head_extent(&items, plain));
    for k in 0..head_len {
        match items.pop_front() {
            Some(Item::Block(block)) => b.push_block(block),
            Some(Item::Chunk(lines)) => {
                b.head_chunk(lines, salutation.is_some() && k + 1 == head_len)
            }
            None => break,
        }
    }
    if salutation.is_some() {
        if let Some(Item::Chunk(mut lines)) = items.pop_front() {
            let mut rest = lines.split_off(1.min(lines.len()));
            if let Some(mut first) = lines.pop() {
                let len = shapes::salutation_len(&first.text).unwrap_or(first.text.len());
                let tail = first.split_off(len);
                if !tail.text.is_empty() {
                    rest.insert(0, tail);
                }
                b.push(Block::Salutation {
                    source: source(first.span),
                    content: first.runs,
                });
            }
            if !rest.is_empty() {
                items.push_front(Item::Chunk(rest));
            }
        }
    }
    b.in_head = false;
    if salutation.is_some() || head_len > 0 {
        b.subject(&mut items);
    }
    b.body(items);
    if b.letter.title.is_none() {
        b.letter.title = b.letter.blocks.iter().find_map(|block| match block {
            Block::Heading {
                level: 1, content, ..
            } => Some(easyread::model::plain_text(content)),
            _ => None,
        });
    }
    b.letter
}

/// The index of the chunk that opens with the salutation, if there is one near the top.
fn find_salutation(items: &[Item], plain: bool) -> Option<usize> {
    let mut prose = 0;
    for (i, item) in items.iter().enumerate() {
        let Item::Chunk(lines) = item else {
            continue;
        };
        if lines
            .first()
            .is_some_and(|l| shapes::salutation_len(&l.text).is_some())
        {
            return Some(i);
        }
        if lines.iter().any(|l| classify(l, plain) == HeadLine::Prose) {
            prose += 1;
            if prose > MAX_PROSE_BEFORE_SALUTATION {
                return None;
            }
        }
    }
    None
}

/// Without a salutation: how many leading chunks form a letter's head (address and
/// details). They must hold no running text, and the last of them a postcode or a date
/// or reference line.
fn head_extent(items: &VecDeque<Item>, plain: bool) -> usize {
    let mut extent = 0;
    for (i, item) in items.iter().enumerate() {
        let Item::Chunk(lines) = item else {
            break;
        };
        let classes: Vec<HeadLine> = lines.iter().map(|l| classify(l, plain)).collect();
        if classes.contains(&HeadLine::Prose) || classes.contains(&HeadLine::Subject) {
            break;
        }
        let anchored = lines
            .iter()
            .zip(&classes)
            .any(|(l, c)| *c == HeadLine::Detail || shapes::ends_with_postcode(&l.text));
        if anchored {
            extent = i + 1;
        }
    }
    extent
}

/// What a line at the head of a letter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadLine {
    /// "Re: ..." / "Subject: ...".
    Subject,
    /// A date, reference or contact line.
    Detail,
    /// A short line: part of an address, or a name.
    Short,
    /// Running text.
    Prose,
}

fn classify(line: &Line, plain: bool) -> HeadLine {
    let t = line.text.as_str();
    if shapes::subject_prefix(t).is_some() {
        HeadLine::Subject
    } else if shapes::is_detail_line(t) {
        HeadLine::Detail
    } else if plain && shapes::list_marker(t).is_some() {
        HeadLine::Prose
    } else if shapes::is_address_like(t) {
        HeadLine::Short
    } else {
        HeadLine::Prose
    }
}

/// What comes after a chunk, for the heading guesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Prose,
    List,
    SignOff,
    End,
    Block,
}

fn source(span: Span) -> Source {
    Source {
        span: Some(span),
        ..Source::default()
    }
}

struct Builder {
    plain: bool,
    letter: Letter,
    /// The last block is a list that a following chunk of list items with this kind of
    /// marker may extend (items separated by blank lines).
    list_can_continue: Option<MarkerStyle>,
    /// Still before the salutation (or the body, when there is none).
    in_head: bool,
}

impl Builder {
    fn push(&mut self, block: Block) {
        self.list_can_continue = None;
        self.letter.blocks.push(block);
    }

    fn push_block(&mut self, block: Block) {
        if let Block::Heading {
            level: 1, content, ..
        } = &block
        {
            let text = easyread::model::plain_text(content);
            // A letterhead ("# Wexdale Borough Council") is not the title.
            let letterhead = self.in_head && shapes::organisation(&text).is_some();
            if self.letter.title.is_none() && !letterhead {
                self.letter.title = Some(text);
            }
        }
        self.push(block);
    }

    fn heading(&mut self, level: u8, line: Line) {
        if line.runs.is_empty() {
            return;
        }
        self.push_block(Block::Heading {
            level,
            source: source(line.span),
            content: line.runs,
        });
    }

    fn paragraph(&mut self, lines: Vec<Line>) {
        if lines.iter().all(|l| l.runs.is_empty()) {
            return;
        }
        let span = span_of(&lines);
        self.push(Block::Paragraph {
            content: join(lines),
            source: source(span),
        });
    }

    fn lines_block(&mut self, kind: fn(Vec<Vec<Inline>>, Source) -> Block, lines: Vec<Line>) {
        if lines.is_empty() {
            return;
        }
        let span = span_of(&lines);
        let runs = lines.into_iter().map(|l| l.runs).collect();
        self.push(kind(runs, source(span)));
    }

    fn next_kind(&self, item: Option<&Item>) -> Next {
        match item {
            None => Next::End,
            Some(Item::Block(_)) => Next::Block,
            Some(Item::Chunk(lines)) => match lines.first() {
                Some(l) if shapes::is_closing(&l.text) => Next::SignOff,
                Some(l) if self.plain && shapes::list_marker(&l.text).is_some() => Next::List,
                _ => Next::Prose,
            },
        }
    }

    /// A chunk before the salutation: address, details, subject; or running text.
    fn head_chunk(&mut self, lines: Vec<Line>, last_before_salutation: bool) {
        let classes: Vec<HeadLine> = lines.iter().map(|l| classify(l, self.plain)).collect();
        if classes.contains(&HeadLine::Prose) {
            self.prose_chunk(lines);
            return;
        }
        if last_before_salutation
            && lines.len() == 1
            && classes[0] == HeadLine::Short
            && self.letter.title.is_none()
            && shapes::is_subject_before_salutation(&lines[0].text)
        {
            if let Some(line) = lines.into_iter().next() {
                self.heading(1, line);
            }
            return;
        }
        // Group consecutive lines of one kind.
        let mut groups: Vec<(HeadLine, Vec<Line>)> = Vec::new();
        for (line, class) in lines.into_iter().zip(classes) {
            match groups.last_mut() {
                Some((c, group)) if *c == class && class != HeadLine::Subject => group.push(line),
                _ => groups.push((class, vec![line])),
            }
        }
        // Short lines make an address only with a postcode or a street line.
        for (class, group) in &mut groups {
            if *class == HeadLine::Short {
                let postcode = group.iter().any(|l| shapes::ends_with_postcode(&l.text));
                // A street line, or a person's name over more lines ("Mrs A Kowalczyk",
                // "c/o Ward 7B", "Northfield General Hospital").
                let street = group.len() >= 2
                    && (group.iter().any(|l| shapes::is_street_like(&l.text))
                        || shapes::starts_with_honorific(&group[0].text));
                if !(postcode || street) {
                    *class = HeadLine::Detail;
                }
            }
        }
        let mut merged: Vec<(HeadLine, Vec<Line>)> = Vec::new();
        for (class, group) in groups {
            match merged.last_mut() {
                Some((c, g)) if *c == HeadLine::Detail && class == HeadLine::Detail => {
                    g.extend(group)
                }
                _ => merged.push((class, group)),
            }
        }
        for (class, group) in merged {
            match class {
                HeadLine::Subject => {
                    for mut line in group {
                        let n = shapes::subject_prefix(&line.text).unwrap_or(0);
                        line.strip_front(n);
                        self.heading(1, line);
                    }
                }
                HeadLine::Detail => {
                    self.lines_block(|lines, source| Block::Details { lines, source }, group)
                }
                HeadLine::Short => {
                    self.lines_block(|lines, source| Block::Address { lines, source }, group)
                }
                HeadLine::Prose => self.prose_chunk(group),
            }
        }
    }

    /// The subject right after the salutation: "Re: ..." (with up to two short
    /// continuation lines), or a short title-like line. A Markdown heading there becomes
    /// the title.
    fn subject(&mut self, items: &mut VecDeque<Item>) {
        let followed = items.len() > 1;
        let no_title = self.letter.title.is_none();
        let lines = match items.front_mut() {
            Some(Item::Block(Block::Heading { content, .. })) => {
                if no_title {
                    self.letter.title = Some(easyread::model::plain_text(content));
                }
                return;
            }
            Some(Item::Chunk(lines)) if !lines.is_empty() => lines,
            _ => return,
        };
        let first = lines[0].text.as_str();
        let (take, prefix) = if let Some(n) = shapes::subject_prefix(first) {
            let mut take = 1;
            while take < lines.len()
                && take < 3
                && !shapes::ends_with_punctuation(&lines[take - 1].text)
                && shapes::continues_title(&lines[take].text)
            {
                take += 1;
            }
            (take, n)
        } else if no_title && shapes::is_subject_after_salutation(first) {
            let take = match lines.get(1) {
                None if followed => 1,
                Some(second)
                    if shapes::is_all_caps(first) && !shapes::is_all_caps(&second.text) =>
                {
                    1
                }
                Some(second)
                    if lines.len() == 2
                        && !shapes::ends_with_punctuation(&second.text)
                        && shapes::word_count_upto(first, 16)
                            + shapes::word_count_upto(&second.text, 16)
                            <= 16
                        && shapes::continues_title(&second.text) =>
                {
                    2
                }
                _ => return,
            };
            (take, 0)
        } else {
            return;
        };
        let mut heading: Vec<Line> = lines.drain(..take).collect();
        if lines.is_empty() {
            items.pop_front();
        }
        if let Some(first) = heading.first_mut() {
            first.strip_front(prefix);
        }
        let span = span_of(&heading);
        let content = join(heading);
        if !content.is_empty() {
            self.push_block(Block::Heading {
                level: 1,
                content,
                source: source(span),
            });
        }
    }

    fn body(&mut self, items: VecDeque<Item>) {
        let mut iter = items.into_iter().peekable();
        while let Some(item) = iter.next() {
            match item {
                Item::Block(block) => self.push_block(block),
                Item::Chunk(mut lines) => {
                    if let Some(k) = lines.iter().position(|l| shapes::is_closing(&l.text)) {
                        let sign_off = lines.split_off(k);
                        self.body_chunk(lines, Next::SignOff);
                        self.sign_off(sign_off, &mut iter);
                    } else {
                        let next = self.next_kind(iter.peek());
                        self.body_chunk(lines, next);
                    }
                }
            }
        }
    }

    /// The sign-off: the closing phrase and the short lines after it, across blank lines,
    /// until running text or "Enc:", "cc:", "PS".
    fn sign_off<I: Iterator<Item = Item>>(&mut self, lines: Vec<Line>, iter: &mut Peekable<I>) {
        let plain = self.plain;
        let fits = |l: &Line| {
            shapes::is_sign_off_line(&l.text) && !(plain && shapes::list_marker(&l.text).is_some())
        };
        let mut all = lines;
        let stop = all.iter().skip(1).position(|l| !fits(l)).map(|p| p + 1);
        let mut rest = stop.map(|s| all.split_off(s));
        if rest.is_none() {
            while let Some(Item::Chunk(next)) = iter.peek() {
                let take = next.iter().take_while(|l| fits(l)).count();
                if take == 0 {
                    break;
                }
                let Some(Item::Chunk(mut next)) = iter.next() else {
                    break;
                };
                if take < next.len() {
                    rest = Some(next.split_off(take));
                    all.extend(next);
                    break;
                }
                all.extend(next);
            }
        }
        self.letter.sender = self.letter.sender.take().or_else(|| sender(&all));
        self.lines_block(|lines, source| Block::SignOff { lines, source }, all);
        if let Some(rest) = rest {
            if !rest.is_empty() {
                let next = self.next_kind(iter.peek());
                self.body_chunk(rest, next);
            }
        }
    }

    /// A chunk of the body: a heading, an address, or paragraphs and lists.
    fn body_chunk(&mut self, mut lines: Vec<Line>, next: Next) {
        if lines.is_empty() {
            return;
        }
        if self.plain {
            let first = &lines[0].text;
            let followed = matches!(next, Next::Prose | Next::List);
            if lines.len() == 1
                && followed
                && shapes::list_marker(first).is_none()
                && shapes::is_section_heading(first, next == Next::Prose)
            {
                let level = if self.letter.blocks.is_empty() && self.letter.title.is_none() {
                    1
                } else {
                    2
                };
                if let Some(line) = lines.pop() {
                    self.heading(level, line);
                }
                return;
            }
            if self.heading_atop_paragraph(&lines) {
                let rest = lines.split_off(1);
                if let Some(line) = lines.pop() {
                    self.heading(2, line);
                }
                lines = rest;
            }
        }
        // "Date: ... / Time: ... / Clinic: ..." in the body: labelled facts, not prose; so
        // are the lines of a statement ("Invoice 500871 (...): £411.52").
        if lines.len() >= 2
            && (lines.iter().all(|l| shapes::is_labelled_value(&l.text))
                || lines.iter().all(|l| shapes::is_figure_line(&l.text)))
        {
            self.lines_block(|lines, source| Block::Details { lines, source }, lines);
            return;
        }
        // A table typed with spaces: each row becomes "label: value".
        if let Some(rows) = table_rows(&lines) {
            self.lines_block(|lines, source| Block::Details { lines, source }, rows);
            return;
        }
        // The same with a long value wrapped onto the next line.
        if let Some(joined) = unwrap_labelled_lines(&lines) {
            self.lines_block(|lines, source| Block::Details { lines, source }, joined);
            return;
        }
        if (2..=8).contains(&lines.len())
            && lines.iter().all(|l| shapes::is_address_like(&l.text))
            && lines
                .last()
                .is_some_and(|l| shapes::ends_with_postcode(&l.text))
        {
            self.lines_block(|lines, source| Block::Address { lines, source }, lines);
            return;
        }
        self.prose_chunk(lines);
    }

    /// A heading line typed directly above its paragraph (no blank line between): a
    /// title-like line followed by a longer line that starts a sentence, in a chunk that
    /// ends a sentence.
    fn heading_atop_paragraph(&self, lines: &[Line]) -> bool {
        let [first, second, ..] = lines else {
            return false;
        };
        let (a, b) = (first.text.as_str(), second.text.as_str());
        !a.ends_with(':')
            && shapes::is_section_heading(a, true)
            && shapes::list_marker(a).is_none()
            && shapes::list_marker(b).is_none()
            && b.len() > a.len() + 10
            && b.starts_with(char::is_uppercase)
            && lines.last().is_some_and(|l| shapes::ends_sentence(&l.text))
    }

    /// Running text: paragraphs, and in plain text the lists inside them.
    fn prose_chunk(&mut self, lines: Vec<Line>) {
        if !self.plain {
            self.paragraph(lines);
            return;
        }
        let mut para: Vec<Line> = Vec::new();
        let mut list: Option<PendingList> = None;
        let mut starts_with_list = false;
        let mut after_colon = false;
        for (index, mut line) in lines.into_iter().enumerate() {
            let marker = shapes::list_marker(&line.text);
            let item = marker.filter(|m| !m.ordered || index == 0 || list.is_some() || after_colon);
            after_colon = line.text.ends_with(':');
            if let Some(marker) = item {
                if index == 0 {
                    starts_with_list = true;
                }
                if !para.is_empty() {
                    self.paragraph(std::mem::take(&mut para));
                }
                if list
                    .as_ref()
                    .is_some_and(|pending| pending.ordered != marker.ordered)
                {
                    self.flush_list(list.take(), starts_with_list);
                    starts_with_list = false;
                }
                line.strip_front(marker.len);
                let pending = list.get_or_insert_with(|| PendingList {
                    ordered: marker.ordered,
                    style: marker.style,
                    items: Vec::new(),
                });
                pending.items.push(vec![line]);
            } else if let Some(PendingList { items, .. }) = list.as_mut() {
                let continues = items
                    .last()
                    .and_then(|item| item.last())
                    .is_some_and(|prev| is_continuation(prev, &line));
                if continues {
                    if let Some(item) = items.last_mut() {
                        item.push(line);
                    }
                } else {
                    self.flush_list(list.take(), starts_with_list);
                    starts_with_list = false;
                    para.push(line);
                }
            } else {
                para.push(line);
            }
        }
        if !para.is_empty() {
            self.paragraph(para);
        }
        let ends_with = list.as_ref().map(|pending| pending.style);
        self.flush_list(list, starts_with_list);
        self.list_can_continue = ends_with;
    }

    /// Push a list, or add its items to the list just before when `extend` (a chunk of
    /// items after a blank line) and the kinds match.
    fn flush_list(&mut self, list: Option<PendingList>, extend: bool) {
        let Some(PendingList {
            ordered,
            style,
            items,
        }) = list
        else {
            return;
        };
        let first_span = items.first().map(|i| span_of(i)).unwrap_or_default();
        let last_span = items.last().map(|i| span_of(i)).unwrap_or_default();
        let new_items: Vec<ListItem> = items
            .into_iter()
            .map(|lines| ListItem {
                content: join(lines),
            })
            .collect();
        if extend && self.list_can_continue == Some(style) {
            if let Some(Block::List {
                ordered: o,
                items,
                source,
            }) = self.letter.blocks.last_mut()
            {
                if *o == ordered {
                    items.extend(new_items);
                    if let Some(span) = source.span.as_mut() {
                        span.end = span.end.max(last_span.end);
                    }
                    return;
                }
            }
        }
        self.push(Block::List {
            ordered,
            items: new_items,
            source: source(Span {
                start: first_span.start,
                end: last_span.end.max(first_span.start),
            }),
        });
    }
}

/// A list being read from plain text: its kind and its items' lines.
struct PendingList {
    ordered: bool,
    style: MarkerStyle,
    items: Vec<Vec<Line>>,
}

/// Whether a line without a marker continues the list item before it: it is indented, or
/// does not start with a capital, or the line before broke off mid-sentence at the wrap.
fn is_continuation(prev: &Line, line: &Line) -> bool {
    let indented = line
        .runs
        .first()
        .and_then(|r| r.origin)
        .is_some_and(|o| o.column > 1);
    indented
        || !line.text.starts_with(char::is_uppercase)
        || (prev.text.len() >= 50 && !shapes::ends_sentence(&prev.text))
}

/// Who signed: the team or organisation line when there is one, else the name.
fn sender(lines: &[Line]) -> Option<String> {
    let after = lines.iter().skip(1);
    after
        .clone()
        .find_map(|l| shapes::organisation(&l.text))
        .or_else(|| {
            after
                .map(|l| l.text.as_str())
                .find(|t| shapes::is_name_like(t) && !shapes::is_closing(t))
        })
        .map(str::to_string)
}

/// Labelled lines whose long values wrap onto the next line ("Clinic: Orthopaedic
/// Outpatients, Seaborne General" / "Hospital"), each joined back into one line. `None`
/// unless the chunk starts with a labelled line, has at least two, and every other line
/// goes on from a line that has not ended (no full stop, colon or semicolon at its end).
/// A table typed with spaces between its columns ("Opening balance        £1,034.18"), two
/// rows or more, every row with a figure: each row as "label: value" (more values joined
/// with ", "; under a header row without figures, each value after its column's name:
/// "14/07/2025 to 05/04/2026: Weeks 38, Amount £3,165.40"). `None` when the lines are not
/// such a table; the header row itself is left out, its words said in the rows.
fn table_rows(lines: &[Line]) -> Option<Vec<Line>> {
    if lines.len() < 2 {
        return None;
    }
    let cells: Vec<Vec<Line>> = lines
        .iter()
        .map(|line| {
            let gaps = shapes::column_gaps(&line.text)?;
            let mut rest = line.clone();
            let mut cells = Vec::new();
            for &gap in gaps.iter().rev() {
                cells.push(rest.split_off(gap));
            }
            cells.push(rest);
            cells.reverse();
            Some(cells)
        })
        .collect::<Option<_>>()?;
    let has_figure = |l: &Line| l.text.bytes().any(|b| b.is_ascii_digit());
    let header = (!cells[0].iter().any(has_figure)).then(|| &cells[0]);
    let rows = if header.is_some() {
        &cells[1..]
    } else {
        &cells[..]
    };
    let labels_ok = rows.iter().all(|row| {
        row.len() >= 2
            && row.iter().skip(1).all(has_figure)
            && shapes::at_most_words(&row[0].text, 10)
            && !shapes::ends_sentence(&row[0].text)
    });
    if rows.is_empty() || !labels_ok {
        return None;
    }
    let out = rows
        .iter()
        .map(|row| {
            let span = span_of(row);
            let named = header.filter(|h| h.len() == row.len());
            let mut runs = row[0].runs.clone();
            for (k, cell) in row.iter().enumerate().skip(1) {
                runs.push(Inline::plain(if k == 1 { ": " } else { ", " }));
                if let Some(h) = named {
                    runs.push(Inline::plain(format!("{} ", h[k].text)));
                }
                runs.extend(cell.runs.iter().cloned());
            }
            Line::new(runs, span)
        })
        .collect();
    Some(out)
}

fn unwrap_labelled_lines(lines: &[Line]) -> Option<Vec<Line>> {
    let first = lines.first()?;
    let labelled = lines
        .iter()
        .filter(|l| shapes::is_labelled_value(&l.text))
        .count();
    if !shapes::is_labelled_value(&first.text) || labelled < 2 || labelled == lines.len() {
        return None;
    }
    let mut groups: Vec<Vec<Line>> = Vec::new();
    for line in lines {
        // "First day of travel: Thursday 3rd September 2026": a longer label still starts a
        // line of its own.
        let labelled_like = shapes::split_at_colon_space(&line.text).is_some_and(|(label, _)| {
            label.starts_with(char::is_uppercase) && label.split_whitespace().count() <= 5
        });
        if shapes::is_labelled_value(&line.text) || labelled_like {
            groups.push(vec![line.clone()]);
            continue;
        }
        let group = groups.last_mut()?;
        let ended = group
            .last()
            .is_some_and(|l| l.text.trim_end().ends_with(['.', ':', ';', '!', '?']));
        if ended {
            return None;
        }
        group.push(line.clone());
    }
    Some(
        groups
            .into_iter()
            .map(|group| {
                let span = span_of(&group);
                Line::new(join(group), span)
            })
            .collect(),
    )
}
