//! The `structure` stage: turns the draft into the Easy Read [`Document`]: the title, the
//! greeting, one row per sentence, lists, the "Hard words" glossary, and the From block
//! with the letter's details, so nothing of the letter is left behind.
//!
//! Where the letter allows, its body is put in short sections under plain question
//! headings ("What is this letter about?", "What happens next?", "Who can I contact?").
//! The headings and the cue phrases that open each section are data:
//! `assets/lexicon/headings.tsv`. Sections follow the letter's order (no sentence is
//! moved), and a section opens only at a sentence, never inside a list or between a
//! lead-in and its list. A letter with its own headings keeps them, a short letter (fewer
//! than [`MIN_SENTENCES`] sentences) or one where only the first section would open gets
//! none, and text that is not English gets none.

use std::sync::OnceLock;

use super::{verify, Draft, Stage, UnitKind};
use crate::facts::{find_facts, FactKind};
use crate::lexicon::tsv_rows;
use crate::model::{Block, Document, GlossaryEntry, Inline, ListItem, Metadata, Source};

/// The question headings and their cues: `section<TAB>heading<TAB>cues<TAB>facts`.
pub const HEADINGS_TSV: &str = include_str!("../../../../assets/lexicon/headings.tsv");

/// Starts of sentences that lean on the one before: one a line.
pub const FOLLOW_ON_STARTS: &str = include_str!("../../../../assets/lexicon/follow-on-starts.txt");

/// The fewest sentences a letter's body needs before it is put under question headings.
pub const MIN_SENTENCES: usize = 4;

/// Rule id: a question heading added over a section.
pub const QUESTION_HEADING: &str = "question-heading";

/// One row of `headings.tsv`: a section, its heading and what opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The short id, for the change log ("next").
    pub id: &'static str,
    /// The heading as shown ("What happens next?").
    pub heading: &'static str,
    /// Phrases, lower case, one of which a sentence holds (as whole words) to open the
    /// section; empty for the first section.
    pub cues: Vec<String>,
    /// Kinds of fact of which the sentence must also hold one; empty for none.
    pub facts: Vec<FactKind>,
}

/// The sections of `headings.tsv`, in reading order, parsed once. Rows with a fact kind
/// that does not exist are left out (a test keeps the file free of them).
pub fn sections() -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        tsv_rows(HEADINGS_TSV)
            .filter_map(|row| {
                let [id, heading, cues, facts] = row.as_slice() else {
                    return None;
                };
                let list = |s: &'static str| -> Vec<&'static str> {
                    s.split('|')
                        .map(str::trim)
                        .filter(|c| !c.is_empty() && *c != "-")
                        .collect()
                };
                let facts = list(facts)
                    .into_iter()
                    .map(|f| serde_json::from_value(serde_json::Value::from(f)).ok())
                    .collect::<Option<Vec<FactKind>>>()?;
                Some(Section {
                    id,
                    heading,
                    cues: list(cues).into_iter().map(words_of).collect(),
                    facts,
                })
            })
            .collect()
    })
}

/// Text as lower-case words between single spaces, with a space at each end, so that a
/// phrase made the same way is found as whole words with `contains`.
fn words_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
    {
        out.extend(word.chars().flat_map(char::to_lowercase));
        out.push(' ');
    }
    out
}

/// Whether the sentence leans on the one before it ("If so, ...", "They will ..."), so a
/// heading must not come between them.
fn follows_on(text: &str) -> bool {
    static STARTS: OnceLock<Vec<String>> = OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        tsv_rows(FOLLOW_ON_STARTS)
            .filter_map(|r| r.first().map(|s| words_of(s)))
            .collect()
    });
    let words = words_of(text);
    starts.iter().any(|s| words.starts_with(s.as_str()))
}

/// Whether the sentence opens `section`: it holds one of the cues and, when the section
/// asks for one, one of the facts. `words` is the sentence's [`words_of`].
fn opens(section: &Section, text: &str, words: &str) -> bool {
    !section.cues.is_empty()
        && section.cues.iter().any(|c| words.contains(c.as_str()))
        && (section.facts.is_empty()
            || find_facts(text)
                .iter()
                .any(|f| section.facts.contains(&f.kind)))
}

/// Where the question headings go: (index of the unit a section starts at, index of the
/// section in `sections`), in order. Empty when the letter does not allow headings.
pub fn plan_sections(draft: &Draft, sections: &[Section]) -> Vec<(usize, usize)> {
    let has_own_headings = draft
        .units
        .iter()
        .any(|u| matches!(u.kind, UnitKind::Heading(_)));
    let english = !draft.notes.iter().any(|n| n == verify::NOT_ENGLISH_NOTE);
    let sentences: Vec<usize> = (0..draft.units.len())
        .filter(|&i| draft.units[i].kind == UnitKind::Sentence)
        .collect();
    if has_own_headings || !english || sentences.len() < MIN_SENTENCES || sections.is_empty() {
        return Vec::new();
    }
    // matches[p][k]: sentence p would open section k. A lead-in ending with a colon is
    // read with its list ("You can renew:" and "by phoning our helpline on ...").
    let matches: Vec<Vec<bool>> = sentences
        .iter()
        .map(|&i| {
            let mut text = draft.units[i].text.clone();
            if text.trim_end().ends_with(':') {
                for item in draft.units[i + 1..]
                    .iter()
                    .take_while(|u| u.kind == UnitKind::ListItem)
                {
                    text.push(' ');
                    text.push_str(&item.text);
                }
            }
            let words = words_of(&text);
            sections.iter().map(|s| opens(s, &text, &words)).collect()
        })
        .collect();
    let mut plan = vec![(sentences[0], 0)];
    let mut from = 1;
    for k in 1..sections.len() {
        // A sentence that opens an earlier section (and not this one or a later one) must
        // not come after this section's start.
        let earlier_again = |q: usize| {
            let m = &matches[q];
            m[1..k].iter().any(|&b| b) && !m[k..].iter().any(|&b| b)
        };
        // A sentence that leans on the one before ("If so, ...", or one right after a
        // lead-in ending with a colon whose details went elsewhere) takes that one with it.
        let leans = |p: usize| {
            let at = sentences[p];
            follows_on(&draft.units[at].text)
                || at
                    .checked_sub(1)
                    .and_then(|b| draft.units.get(b))
                    .is_some_and(|b| {
                        b.kind == UnitKind::Sentence && b.text.trim_end().ends_with(':')
                    })
        };
        let lead = |p: usize| {
            let mut p = p;
            while p >= from && leans(p) {
                p = p.checked_sub(1)?;
            }
            (p >= from).then_some(p)
        };
        let start = (from..sentences.len())
            .filter(|&p| matches[p][k] && !(p + 1..sentences.len()).any(earlier_again))
            .find_map(lead);
        if let Some(p) = start {
            plan.push((sentences[p], k));
            from = p + 1;
        }
    }
    if plan.len() < 2 {
        return Vec::new();
    }
    plan
}

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
    let sections = sections();
    let plan = plan_sections(draft, sections);
    for &(at, k) in &plan {
        let source = draft.units[at].source;
        draft.record(
            Stage::Structure,
            QUESTION_HEADING,
            String::new(),
            sections[k].heading,
            source,
        );
    }
    let mut next_section = plan.iter().peekable();
    let mut units = draft.units.iter().enumerate().peekable();
    while let Some((i, unit)) = units.next() {
        if let Some(&(_, k)) = next_section.next_if(|(at, _)| *at == i) {
            doc.blocks.push(Block::Heading {
                level: 2,
                content: vec![Inline::plain(sections[k].heading)],
                source: unit.source,
            });
        }
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
                while let Some((_, next)) = units.peek() {
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
    use crate::convert::Unit;
    use crate::model::plain_text;

    fn unit(kind: UnitKind, text: &str) -> Unit {
        Unit {
            kind,
            text: text.to_string(),
            strong: Vec::new(),
            list: (kind == UnitKind::ListItem).then_some(0),
            source: Source::default(),
        }
    }

    fn draft(texts: &[&str]) -> Draft {
        Draft {
            units: texts
                .iter()
                .map(|t| match t.strip_prefix("- ") {
                    Some(item) => unit(UnitKind::ListItem, item),
                    None => unit(UnitKind::Sentence, t),
                })
                .collect(),
            ..Draft::default()
        }
    }

    /// The body as lines: headings as "## heading", rows as text, list items as "- item".
    fn lines(doc: &Document) -> Vec<String> {
        let mut out = Vec::new();
        for block in &doc.blocks {
            match block {
                Block::Heading {
                    level: 2, content, ..
                } => out.push(format!("## {}", plain_text(content))),
                Block::Row { content, .. } => out.push(plain_text(content)),
                Block::List { items, .. } => out.extend(
                    items
                        .iter()
                        .map(|i| format!("- {}", plain_text(&i.content))),
                ),
                _ => {}
            }
        }
        out
    }

    const LETTER: [&str; 7] = [
        "We have looked at your needs.",
        "You can get help at home.",
        "Your carer will visit you on Monday 2 March 2026.",
        "Please send us your bank details.",
        "You may have questions.",
        "If so, phone the Care Team on 0117 496 0321.",
        "We are open from 9am to 5pm.",
    ];

    #[test]
    fn the_headings_file_is_well_formed() {
        let rows: Vec<Vec<&str>> = tsv_rows(HEADINGS_TSV).collect();
        assert!(rows.iter().all(|r| r.len() == 4), "4 columns: {rows:?}");
        // Every row parsed: no fact kind is misspelt.
        assert_eq!(sections().len(), rows.len());
        assert!(
            sections()[0].cues.is_empty(),
            "the first opens at the start"
        );
        assert!(sections()[1..].iter().all(|s| !s.cues.is_empty()));
        let headings: Vec<&str> = sections().iter().map(|s| s.heading).collect();
        assert_eq!(
            headings,
            [
                "What is this letter about?",
                "What happens next?",
                "Who can I contact?"
            ]
        );
        assert!(tsv_rows(FOLLOW_ON_STARTS).all(|r| r.len() == 1));
    }

    #[test]
    fn a_letter_gets_question_headings_in_reading_order() {
        let mut d = draft(&LETTER);
        let doc = run(&mut d, &Document::new());
        assert_eq!(
            lines(&doc),
            [
                "## What is this letter about?",
                "We have looked at your needs.",
                "You can get help at home.",
                "## What happens next?",
                "Your carer will visit you on Monday 2 March 2026.",
                "Please send us your bank details.",
                "## Who can I contact?",
                "You may have questions.",
                "If so, phone the Care Team on 0117 496 0321.",
                "We are open from 9am to 5pm.",
            ]
        );
        let added: Vec<&str> = d
            .changes
            .iter()
            .filter(|c| c.stage == Stage::Structure && c.rule == QUESTION_HEADING)
            .map(|c| c.after.as_str())
            .collect();
        assert_eq!(added.len(), 3);
        assert_eq!(added[2], "Who can I contact?");
    }

    #[test]
    fn a_contact_sentence_needs_a_way_to_contact() {
        // "questions" without a phone number, email or web address does not open it.
        let mut texts = LETTER.to_vec();
        texts[5] = "If so, tell your carer.";
        let doc = run(&mut draft(&texts), &Document::new());
        assert!(!lines(&doc).contains(&"## Who can I contact?".to_string()));
        assert!(lines(&doc).contains(&"## What happens next?".to_string()));
    }

    #[test]
    fn contact_waits_until_nothing_more_happens_next() {
        let doc = run(
            &mut draft(&[
                "We have looked at your needs.",
                "You can get help at home.",
                "Phone us on 0117 496 0321 to talk about it.",
                "Please send us your bank details.",
                "We will pay you each month.",
            ]),
            &Document::new(),
        );
        let l = lines(&doc);
        assert!(!l.contains(&"## Who can I contact?".to_string()), "{l:?}");
        // The phone number stays where it is, in the first section.
        assert_eq!(l[3], "Phone us on 0117 496 0321 to talk about it.", "{l:?}");
        assert_eq!(l[4], "## What happens next?", "{l:?}");
    }

    #[test]
    fn a_way_to_do_what_was_asked_stays_with_the_request() {
        let doc = run(
            &mut draft(&[
                "We have found a place for your mother at Elm House.",
                "She can stay for 14 nights from Saturday 4 April 2026.",
                "Please bring her medicines and her glasses.",
                "Could you please tell us whether you want this place by Friday 13 March 2026?",
                "You can do so by phone on 0161 496 0517 or by email to breaks@example.org.",
            ]),
            &Document::new(),
        );
        let l = lines(&doc);
        let ask = l
            .iter()
            .position(|x| x.starts_with("Could you please tell us"));
        let way = l
            .iter()
            .position(|x| x.starts_with("You can do so by phone"));
        assert!(
            matches!((ask, way), (Some(a), Some(w)) if w == a + 1),
            "{l:?}"
        );
    }

    #[test]
    fn a_lead_in_is_read_with_its_list() {
        // The phone number that makes "You can renew:" a way to contact us is in its list.
        let doc = run(
            &mut draft(&[
                "Your certificate runs out on 31 March 2026.",
                "You will need to apply for a new one.",
                "This is so that there is no gap in your cover.",
                "You can renew:",
                "- online at www.nhsprescriptions.example/renew",
                "- by phoning our helpline on 0113 496 0650",
            ]),
            &Document::new(),
        );
        let l = lines(&doc);
        let heading = l.iter().position(|x| x == "## Who can I contact?");
        let lead = l.iter().position(|x| x == "You can renew:");
        assert!(
            matches!((heading, lead), (Some(h), Some(r)) if r == h + 1),
            "{l:?}"
        );
    }

    #[test]
    fn a_list_stays_with_its_lead_in() {
        let doc = run(
            &mut draft(&[
                "We have looked at your needs.",
                "You can get help at home.",
                "Please send us:",
                "- your bank details",
                "- your pension letter",
                "Phone us on 0117 496 0321 if you have questions.",
            ]),
            &Document::new(),
        );
        assert_eq!(
            lines(&doc),
            [
                "## What is this letter about?",
                "We have looked at your needs.",
                "You can get help at home.",
                "## What happens next?",
                "Please send us:",
                "- your bank details",
                "- your pension letter",
                "## Who can I contact?",
                "Phone us on 0117 496 0321 if you have questions.",
            ]
        );
    }

    #[test]
    fn a_heading_never_follows_a_lead_in_without_its_list() {
        // The lead-in's details went to the letter's details block: the next sentence
        // still belongs with it.
        let doc = run(
            &mut draft(&[
                "We have looked at your needs.",
                "An appointment has been made for you as follows:",
                "Please bring your glasses.",
                "You can bring a friend.",
            ]),
            &Document::new(),
        );
        let l = lines(&doc);
        assert_eq!(l[0], "## What is this letter about?", "{l:?}");
        assert_eq!(l[2], "## What happens next?", "{l:?}");
        assert_eq!(
            l[3], "An appointment has been made for you as follows:",
            "{l:?}"
        );
        assert_eq!(l[4], "Please bring your glasses.", "{l:?}");
    }

    #[test]
    fn no_headings_where_the_letter_does_not_allow_them() {
        // Too short.
        let doc = run(&mut draft(&LETTER[3..6]), &Document::new());
        assert!(!lines(&doc).iter().any(|l| l.starts_with("## ")));
        // Only the first section would open.
        let doc = run(
            &mut draft(&[
                "We have looked at your needs.",
                "You can get help at home.",
                "Your carer is called Sam.",
                "Sam works for us.",
            ]),
            &Document::new(),
        );
        assert!(!lines(&doc).iter().any(|l| l.starts_with("## ")));
        // The letter has its own headings.
        let mut d = draft(&LETTER);
        d.units.insert(2, unit(UnitKind::Heading(2), "Your visit"));
        let doc = run(&mut d, &Document::new());
        let headings: Vec<String> = lines(&doc)
            .into_iter()
            .filter(|l| l.starts_with("## "))
            .collect();
        assert_eq!(headings, ["## Your visit"]);
        // Not English.
        let mut d = draft(&LETTER);
        d.notes.push(verify::NOT_ENGLISH_NOTE.to_string());
        let doc = run(&mut d, &Document::new());
        assert!(!lines(&doc).iter().any(|l| l.starts_with("## ")));
        assert!(d.changes.is_empty());
    }

    #[test]
    fn cues_match_whole_words_only() {
        let opens = |k: usize, text: &str| opens(&sections()[k], text, &words_of(text));
        assert!(opens(1, "Please SEND us the form."));
        assert!(!opens(1, "Please sending us the form."));
        assert!(opens(2, "Call 0117 496 0321."));
        assert!(!opens(2, "Recall 0117 496 0321."));
        assert!(follows_on("If so, phone us."));
        assert!(follows_on("This is the date."));
        assert!(!follows_on("Thistle Court is near."));
    }

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
