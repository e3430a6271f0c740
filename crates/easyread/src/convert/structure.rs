//! The `structure` stage: turns the draft into the Easy Read [`Document`]: the title, the
//! greeting, one row per sentence, lists, the "Hard words" glossary, and the From block
//! with the letter's details, so nothing of the letter is left behind.

use super::{Draft, UnitKind};
use crate::facts::{find_facts, FactKind};
use crate::model::{Block, Document, GlossaryEntry, Inline, ListItem, Metadata, Source};

/// The heading over the glossary.
pub const GLOSSARY_HEADING: &str = "Hard words";
/// The heading over the From block and the letter's details.
pub const DETAILS_HEADING: &str = "About this letter";
/// The title used when the letter has no subject line.
pub const FALLBACK_TITLE: &str = "A letter for you";

/// Build the Easy Read document from the draft.
pub fn run(draft: &mut Draft, input: &Document) -> Document {
    let mut doc = Document::new();
    let title = draft
        .title
        .clone()
        .unwrap_or_else(|| FALLBACK_TITLE.to_string());
    doc.metadata = Metadata {
        title: Some(title.clone()),
        language: input.metadata.language.clone(),
        sender: input.metadata.sender.clone(),
        source_format: input.metadata.source_format.clone(),
    };
    doc.blocks.push(Block::Heading {
        level: 1,
        content: vec![Inline::plain(title)],
        source: Source::default(),
    });
    if let Some(greeting) = &draft.salutation {
        doc.blocks.push(Block::Salutation {
            content: vec![Inline::plain(greeting.clone())],
            source: Source::default(),
        });
    }
    let mut units = draft.units.iter().peekable();
    while let Some(unit) = units.next() {
        match unit.kind {
            UnitKind::Heading(_) => doc.blocks.push(Block::Heading {
                level: 2,
                content: vec![Inline::plain(unit.text.clone())],
                source: unit.source,
            }),
            UnitKind::Sentence => doc.blocks.push(Block::Row {
                symbol: None,
                content: emphasise(&unit.text, &unit.strong),
                source: unit.source,
            }),
            UnitKind::ListItem => {
                let mut items = vec![ListItem {
                    content: emphasise(&unit.text, &unit.strong),
                }];
                while let Some(next) = units.peek() {
                    if next.kind != UnitKind::ListItem || next.list != unit.list {
                        break;
                    }
                    items.push(ListItem {
                        content: emphasise(&next.text, &next.strong),
                    });
                    units.next();
                }
                doc.blocks.push(Block::List {
                    ordered: false,
                    items,
                    source: unit.source,
                });
            }
        }
    }
    if !draft.glossary.is_empty() {
        doc.blocks.push(Block::Heading {
            level: 2,
            content: vec![Inline::plain(GLOSSARY_HEADING)],
            source: Source::default(),
        });
        doc.blocks.push(Block::Glossary {
            entries: draft
                .glossary
                .iter()
                .map(|(term, explanation)| GlossaryEntry {
                    term: vec![Inline::strong(term.clone())],
                    explanation: vec![Inline::plain(explanation.clone())],
                })
                .collect(),
        });
    }
    let mut lines: Vec<String> = Vec::new();
    if !draft.from.is_empty() {
        lines.push(format!("From: {}", draft.from.join(", ")));
    } else if !draft.sign_off.is_empty() {
        lines.extend(draft.sign_off.iter().cloned());
    }
    lines.extend(draft.details.iter().cloned());
    lines.extend(draft.addresses.iter().map(|a| a.join(", ")));
    if !lines.is_empty() {
        doc.blocks.push(Block::Heading {
            level: 2,
            content: vec![Inline::plain(DETAILS_HEADING)],
            source: Source::default(),
        });
        doc.blocks.push(Block::Contact {
            lines: lines.into_iter().map(|l| vec![Inline::plain(l)]).collect(),
            source: Source::default(),
        });
    }
    doc
}

/// Kinds of fact shown in bold: the ones a reader must act on.
const KEY_FACTS: [FactKind; 4] = [
    FactKind::Date,
    FactKind::Time,
    FactKind::Money,
    FactKind::Phone,
];

/// The text as runs, with key facts and the given phrases in bold.
pub fn emphasise(text: &str, phrases: &[String]) -> Vec<Inline> {
    let mut ranges: Vec<(usize, usize)> = find_facts(text)
        .into_iter()
        .filter(|f| KEY_FACTS.contains(&f.kind))
        .map(|f| (f.span.start, f.span.end))
        .collect();
    for phrase in phrases.iter().filter(|p| !p.is_empty()) {
        if let Some(at) = find_whole(text, phrase) {
            ranges.push((at, at + phrase.len()));
        }
    }
    ranges.sort_unstable();
    let mut runs = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue; // overlaps one already bold
        }
        if start > at {
            runs.push(Inline::plain(&text[at..start]));
        }
        runs.push(Inline::strong(&text[start..end]));
        at = end;
    }
    if at < text.len() {
        runs.push(Inline::plain(&text[at..]));
    }
    runs
}

/// The first place `phrase` stands in `text` as whole words: not inside a longer word.
fn find_whole(text: &str, phrase: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric();
    text.match_indices(phrase).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    #[test]
    fn key_facts_are_bold_and_no_text_is_lost() {
        let text = "Your review is on Thursday 5 March 2026 at 2:15pm with an advocate.";
        let runs = emphasise(text, &["advocate".to_string()]);
        assert_eq!(plain_text(&runs), text);
        let bold: Vec<&str> = runs
            .iter()
            .filter(|r| r.strong)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(bold, ["Thursday 5 March 2026", "2:15pm", "advocate"]);
    }

    #[test]
    fn bold_phrases_match_whole_words_only() {
        let text = "It was reviewed last year. Your review is next week.";
        let runs = emphasise(text, &["review".to_string()]);
        let bold: Vec<(usize, &str)> = runs
            .iter()
            .scan(0, |at, r| {
                let start = *at;
                *at += r.text.len();
                Some((start, r))
            })
            .filter(|(_, r)| r.strong)
            .map(|(start, r)| (start, r.text.as_str()))
            .collect();
        assert_eq!(bold, [(text.find("review is").unwrap(), "review")]);
    }

    #[test]
    fn overlapping_phrases_do_not_duplicate_text() {
        let text = "Call 0117 496 0321 today.";
        let runs = emphasise(text, &["0117 496".to_string()]);
        assert_eq!(plain_text(&runs), text);
    }
}
