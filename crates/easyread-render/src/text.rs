//! Plain text: the title first, headings on their own lines, one sentence a line, list
//! items as "- item", the glossary as "word: explanation" lines, then the From block.
//! No wrapping: screen readers and braille displays wrap for themselves.

use easyread::model::{plain_text, Block, Document, Inline};
use easyread::text::segment;

/// Render a document as plain text.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for block in &doc.blocks {
        if previous.is_some_and(|p| blank_between(p, block)) {
            out.push('\n');
        }
        match block {
            Block::Heading { content, .. } | Block::Salutation { content, .. } => {
                line(&mut out, &flat(content));
            }
            Block::Paragraph { content, .. } | Block::Row { content, .. } => {
                let text = flat(content);
                for span in segment::sentences(&text) {
                    line(&mut out, &text[span.start..span.end]);
                }
            }
            Block::List { ordered, items, .. } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    line(&mut out, &format!("{marker} {}", flat(&item.content)));
                }
            }
            Block::Table { rows, .. } => {
                for row in rows {
                    let cells: Vec<String> = row.cells.iter().map(|c| flat(c)).collect();
                    line(&mut out, &cells.join(" | "));
                }
            }
            Block::Glossary { entries } => {
                for e in entries {
                    line(
                        &mut out,
                        &format!("{}: {}", flat(&e.term), flat(&e.explanation)),
                    );
                }
            }
            Block::SignOff { lines, .. }
            | Block::Address { lines, .. }
            | Block::Details { lines, .. }
            | Block::Contact { lines, .. } => {
                for l in lines {
                    line(&mut out, &flat(l));
                }
            }
        }
        previous = Some(block);
    }
    out
}

/// Whether a blank line separates two blocks: before a heading, after the title and the
/// greeting, and before letter furniture; rows and lists run on, as in Easy Read.
fn blank_between(previous: &Block, next: &Block) -> bool {
    let furniture = |b: &Block| {
        matches!(
            b,
            Block::SignOff { .. }
                | Block::Address { .. }
                | Block::Details { .. }
                | Block::Contact { .. }
        )
    };
    matches!(next, Block::Heading { .. })
        || matches!(
            previous,
            Block::Heading { level: 1, .. } | Block::Salutation { .. }
        )
        || (furniture(next) && !matches!(previous, Block::Heading { .. }))
        || (furniture(previous) && !furniture(next))
}

/// The text of runs on one line: line breaks inside become spaces.
fn flat(runs: &[Inline]) -> String {
    plain_text(runs)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn line(out: &mut String, text: &str) {
    if !text.is_empty() {
        out.push_str(text);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use easyread::model::{GlossaryEntry, ListItem, Source};

    #[test]
    fn easy_read_layout() {
        let mut doc = Document::new();
        doc.blocks = vec![
            Block::Heading {
                level: 1,
                content: vec![Inline::plain("Your care review")],
                source: Source::default(),
            },
            Block::Salutation {
                content: vec![Inline::plain("Dear Mr Clarke,")],
                source: Source::default(),
            },
            Block::Row {
                symbol: None,
                content: vec![
                    Inline::plain("We need to check your plan. This is called a "),
                    Inline::strong("review"),
                    Inline::plain("."),
                ],
                source: Source::default(),
            },
            Block::Row {
                symbol: None,
                content: vec![Inline::plain("Think about:")],
                source: Source::default(),
            },
            Block::List {
                ordered: false,
                items: vec![
                    ListItem {
                        content: vec![Inline::plain("your health")],
                    },
                    ListItem {
                        content: vec![Inline::plain("where you live")],
                    },
                ],
                source: Source::default(),
            },
            Block::Heading {
                level: 2,
                content: vec![Inline::plain("Hard words")],
                source: Source::default(),
            },
            Block::Glossary {
                entries: vec![GlossaryEntry {
                    term: vec![Inline::strong("review")],
                    explanation: vec![Inline::plain("a meeting to check your care.")],
                }],
            },
            Block::Contact {
                lines: vec![vec![Inline::plain("From: Helen Marsh, Review Team")]],
                source: Source::default(),
            },
        ];
        assert_eq!(
            render(&doc),
            "Your care review\n\nDear Mr Clarke,\n\nWe need to check your plan.\nThis is called a review.\nThink about:\n- your health\n- where you live\n\nHard words\nreview: a meeting to check your care.\n\nFrom: Helen Marsh, Review Team\n"
        );
    }
}
