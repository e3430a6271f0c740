//! The working state of a conversion, and the `segment` stage that makes it from a
//! [`Document`].

use serde::{Deserialize, Serialize};

use super::{Change, Stage};
use crate::model::{plain_text, Block, Document, Inline, Source};
use crate::text::segment;

/// What a unit of the draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// A sentence of running text: becomes a row.
    Sentence,
    /// An item of a list; consecutive items with the same `list` id form one list.
    ListItem,
    /// A heading of the input, with its level.
    Heading(u8),
}

/// One unit of text: a sentence, a list item or a heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// What it is.
    pub kind: UnitKind,
    /// The text, plain (no markup).
    pub text: String,
    /// Phrases of `text` to show in bold (key facts, glossary words).
    #[serde(default)]
    pub strong: Vec<String>,
    /// For list items: which list they belong to.
    #[serde(default)]
    pub list: Option<usize>,
    /// Where it came from: the input block and sentence.
    pub source: Source,
}

/// The draft that the stages work on, in reading order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The title: the letter's subject, made plain.
    pub title: Option<String>,
    /// The greeting, kept as written ("Dear Mr Clarke,").
    pub salutation: Option<String>,
    /// The body, in order.
    pub units: Vec<Unit>,
    /// The sign-off lines as written ("Yours sincerely,", name, role, team ...).
    pub sign_off: Vec<String>,
    /// The "From" block made from the sign-off: name, role, team, contact lines.
    pub from: Vec<String>,
    /// Address blocks of the letter, each a list of lines (sender and recipient).
    pub addresses: Vec<Vec<String>>,
    /// Labelled lines: date, references, NHS number, "Time: ..." and so on.
    pub details: Vec<String>,
    /// The hard words kept, with their plain explanations, in order of first use.
    pub glossary: Vec<(String, String)>,
    /// Every change made so far.
    pub changes: Vec<Change>,
    /// Notes for the reviewer.
    pub notes: Vec<String>,
    /// The name the sending organisation goes by in the letter ("the Council",
    /// "Northfield Adult Social Care"), when known: the voice stage turns it into "we".
    pub sender: Option<String>,
}

impl Draft {
    /// The `segment` stage: blocks into units, one sentence each, with their source.
    pub fn from_document(doc: &Document) -> Draft {
        let mut draft = Draft {
            sender: doc.metadata.sender.clone(),
            ..Draft::default()
        };
        let mut lists = 0;
        // Whether the block before was details announced by a lead-in (see below): details
        // right after it (a table typed in groups) go on the same list.
        let mut announced = false;
        for (block_index, block) in doc.blocks.iter().enumerate() {
            let after_announced = std::mem::take(&mut announced);
            let source = |sentence: Option<usize>| Source {
                span: block.source().and_then(|s| s.span),
                block: Some(block_index),
                sentence,
            };
            match block {
                Block::Heading { level, content, .. } => draft.units.push(Unit {
                    kind: UnitKind::Heading(*level),
                    text: clean(content),
                    strong: Vec::new(),
                    list: None,
                    source: source(None),
                }),
                Block::Paragraph { content, .. } | Block::Row { content, .. } => {
                    let text = clean(content);
                    for (i, span) in segment::sentences(&text).into_iter().enumerate() {
                        draft.units.push(Unit {
                            kind: UnitKind::Sentence,
                            text: text[span.start..span.end].to_string(),
                            strong: bold_phrases(content),
                            list: None,
                            source: source(Some(i)),
                        });
                    }
                }
                Block::List { items, .. } => {
                    for (i, item) in items.iter().enumerate() {
                        draft.units.push(Unit {
                            kind: UnitKind::ListItem,
                            text: clean(&item.content),
                            strong: bold_phrases(&item.content),
                            list: Some(lists),
                            source: source(Some(i)),
                        });
                    }
                    lists += 1;
                }
                Block::Table { rows, .. } => {
                    for row in rows {
                        let cells: Vec<String> = row.cells.iter().map(|c| clean(c)).collect();
                        draft.details.push(cells.join(": "));
                    }
                }
                Block::Salutation { content, .. } => draft.salutation = Some(clean(content)),
                Block::SignOff { lines, .. } => {
                    draft.sign_off.extend(lines.iter().map(|l| clean(l)));
                }
                Block::Address { lines, .. } => {
                    draft
                        .addresses
                        .push(lines.iter().map(|l| clean(l)).collect());
                }
                // Details announced by the sentence before ("A drop-in session will be
                // held:") stay in the body under it, as a list; others go to the details.
                Block::Details { lines, .. } | Block::Contact { lines, .. }
                    if after_announced
                        || draft.units.last().is_some_and(|u| {
                            u.kind == UnitKind::Sentence && u.text.trim_end().ends_with(':')
                        }) =>
                {
                    let list = if after_announced { lists - 1 } else { lists };
                    for (i, line) in lines.iter().enumerate() {
                        draft.units.push(Unit {
                            kind: UnitKind::ListItem,
                            text: clean(line),
                            strong: Vec::new(),
                            list: Some(list),
                            source: source(Some(i)),
                        });
                    }
                    if !after_announced {
                        lists += 1;
                    }
                    announced = true;
                }
                Block::Details { lines, .. } | Block::Contact { lines, .. } => {
                    draft.details.extend(lines.iter().map(|l| clean(l)));
                }
                Block::Glossary { entries } => {
                    for e in entries {
                        draft.glossary.push((clean(&e.term), clean(&e.explanation)));
                    }
                }
            }
        }
        draft
    }

    /// Record a change. Stages call this for every edit they make, so a reviewer can see
    /// what changed, why, and where it came from.
    pub fn record(
        &mut self,
        stage: Stage,
        rule: &str,
        before: impl Into<String>,
        after: impl Into<String>,
        source: Source,
    ) {
        self.changes.push(Change {
            stage,
            rule: rule.to_string(),
            before: before.into(),
            after: after.into(),
            source,
        });
    }

    /// All the text of the draft as one string, for the facts check: title, greeting,
    /// body, glossary, From block, details and addresses.
    pub fn all_text(&self) -> String {
        let mut out = String::new();
        let mut push = |s: &str| {
            out.push_str(s);
            out.push('\n');
        };
        if let Some(t) = &self.title {
            push(t);
        }
        if let Some(s) = &self.salutation {
            push(s);
        }
        for u in &self.units {
            push(&u.text);
        }
        for (term, explanation) in &self.glossary {
            push(term);
            push(explanation);
        }
        for l in self.from.iter().chain(&self.details).chain(&self.sign_off) {
            push(l);
        }
        for a in &self.addresses {
            for l in a {
                push(l);
            }
        }
        out
    }
}

/// The text of runs with white space runs folded to one space and trimmed.
fn clean(runs: &[Inline]) -> String {
    plain_text(runs)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The bold phrases of the input runs, so bold survives into the draft.
fn bold_phrases(runs: &[Inline]) -> Vec<String> {
    runs.iter()
        .filter(|r| r.strong && !r.text.trim().is_empty())
        .map(|r| r.text.trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Document, Inline, Source};

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::plain(text)],
            source: Source::default(),
        }
    }

    fn details(lines: &[&str]) -> Block {
        Block::Details {
            lines: lines.iter().map(|l| vec![Inline::plain(*l)]).collect(),
            source: Source::default(),
        }
    }

    #[test]
    fn details_announced_by_a_lead_in_stay_in_the_body_as_one_list() {
        let mut doc = Document::new();
        doc.blocks = vec![
            paragraph("The figures are summarised below:"),
            details(&["Opening balance: £1,034.18", "Total funds: £17,154.18"]),
            // A second group of the same table, after a blank line.
            details(&["Closing balance: £4,526.87"]),
            paragraph("Please pay within 28 days."),
            // Details with no lead-in go to the details block.
            details(&["Our ref: DPM/AUD/26/0614"]),
        ];
        let draft = Draft::from_document(&doc);
        let items: Vec<(&str, Option<usize>)> = draft
            .units
            .iter()
            .filter(|u| u.kind == UnitKind::ListItem)
            .map(|u| (u.text.as_str(), u.list))
            .collect();
        assert_eq!(
            items,
            [
                ("Opening balance: £1,034.18", Some(0)),
                ("Total funds: £17,154.18", Some(0)),
                ("Closing balance: £4,526.87", Some(0)),
            ]
        );
        assert_eq!(draft.details, ["Our ref: DPM/AUD/26/0614"]);
    }
}
