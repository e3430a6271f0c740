//! The `verify` stage: the facts check (every date, time, amount, phone number, name ...
//! of the input is in the output), the Easy Read findings still open on the result, and
//! readability before and after.

use super::{Conversion, ConvertOptions, Draft};
use crate::analysis::analyse;
use crate::check::check;
use crate::facts::{check_facts, document_facts};
use crate::lexicon::frequency;
use crate::model::{plain_text, Document};
use crate::readability::Readability;

/// Words at or above this Zipf frequency in English count as English words when guessing
/// whether a letter is in English.
const ENGLISH_ZIPF: f32 = 3.0;

/// Below this share of common English words, a letter is taken not to be in English.
const ENGLISH_SHARE: f64 = 0.5;

/// The note given when the input does not look like English.
pub const NOT_ENGLISH_NOTE: &str = "This letter does not look like English. Easy Read \
simplification works on English only, so the text was kept as it is; its facts were \
still checked.";

/// Finish the conversion: check facts, findings and readability.
pub fn run(
    input: &Document,
    document: Document,
    draft: Draft,
    options: &ConvertOptions,
) -> Conversion {
    let facts = check_facts(&document_facts(input), &document_text(&document));
    let report = check(&document, &options.check);
    let mut notes = draft.notes;
    if !facts.missing.is_empty() {
        notes.push(format!(
            "{} of {} facts of the letter are missing from the Easy Read version: add them back before sending.",
            facts.missing.len(),
            facts.found
        ));
    }
    Conversion {
        readability_before: Readability::from_analysis(&analyse(input)),
        readability_after: report.readability,
        findings: report.findings,
        facts,
        document,
        changes: draft.changes,
        notes,
    }
}

/// All the text of a document, one passage a line: what the facts check searches.
pub fn document_text(doc: &Document) -> String {
    let mut out = String::new();
    if let Some(title) = &doc.metadata.title {
        out.push_str(title);
        out.push('\n');
    }
    for block in &doc.blocks {
        for passage in block.passages() {
            out.push_str(&plain_text(passage));
            out.push('\n');
        }
    }
    out
}

/// Whether the document's prose looks like English: at least half of its words are
/// common English words. Names and numbers do not count either way.
pub fn is_probably_english(doc: &Document) -> bool {
    let analysis = analyse(doc);
    let (mut english, mut total) = (0usize, 0usize);
    for word in analysis.words() {
        if word.kind != crate::text::words::WordKind::Alphabetic {
            continue;
        }
        total += 1;
        if frequency::zipf(&word.text.to_lowercase()).is_some_and(|z| z >= ENGLISH_ZIPF) {
            english += 1;
        }
    }
    total == 0 || english as f64 / total as f64 >= ENGLISH_SHARE
}
