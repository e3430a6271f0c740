//! Easy Read conversion: a formal letter in, an Easy Read draft out, with every change
//! explained and every fact checked.
//!
//! The pipeline is a row of small stages, each a plain function over a [`Draft`] that
//! records what it changed as [`Change`]s:
//!
//! 1. `segment` ([`Draft::from_document`]): blocks into sentence units;
//! 2. [`cleanup`]: drop formulaic padding; subject to title; sign-off to a "From" block;
//! 3. [`voice`]: the sending organisation becomes "we", the reader "you";
//! 4. [`words`]: plain words, contractions, numbers as digits, abbreviations expanded;
//! 5. [`split`]: one idea per sentence; series of three or more items become lists;
//! 6. [`explain`]: hard words kept are bolded and explained in a glossary;
//! 7. [`structure`]: short sections under plain question headings; the Easy Read
//!    [`Document`] of rows is built;
//! 8. [`verify`]: the facts check, findings and readability on the result.

pub mod cleanup;
pub mod draft;
pub mod explain;
pub mod split;
pub mod structure;
pub mod verify;
pub mod voice;
pub mod words;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use draft::{Draft, Unit, UnitKind};

use crate::check::{CheckOptions, Finding};
use crate::facts::FactsCheck;
use crate::lexicon::Lexicon;
use crate::model::{Document, Source};
use crate::readability::Readability;

/// The pipeline stage that made a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Blocks into sentences.
    Segment,
    /// Letter padding, title, salutation and sign-off.
    Cleanup,
    /// Organisation to "we", reader to "you".
    Voice,
    /// Plain words, contractions, numbers, abbreviations.
    Words,
    /// One idea per sentence; lists.
    Split,
    /// Hard words bolded and explained.
    Explain,
    /// Sections and headings.
    Structure,
    /// Facts check and findings.
    Verify,
}

/// One change the conversion made, so staff can see what changed and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The stage that made it.
    pub stage: Stage,
    /// A stable id of the rule applied, such as `plain-word` or `drop-stock-opening`.
    pub rule: String,
    /// The text before (a sentence, a phrase, or empty for an addition).
    pub before: String,
    /// The text after (empty when something was left out).
    pub after: String,
    /// Where in the input the text came from.
    pub source: Source,
}

/// Settings for a conversion.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConvertOptions {
    /// Settings for the checks run on the result.
    pub check: CheckOptions,
    /// The language data to convert with: `None` (the default) for the built-in lexicon;
    /// an organisation's [`Lexicon`] (made once, shared through the `Arc`) to use its own
    /// plain words, glossary and abbreviations too. Not serialised: a lexicon is loaded by
    /// the program, not sent with a request.
    #[serde(skip)]
    pub lexicon: Option<Arc<Lexicon>>,
}

/// A finished conversion: the Easy Read document and everything a reviewer needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    /// The Easy Read document: title, rows, lists, glossary, From block.
    pub document: Document,
    /// Every change made, in pipeline order.
    pub changes: Vec<Change>,
    /// Findings still open on the result.
    pub findings: Vec<Finding>,
    /// Whether every fact of the input is in the output.
    pub facts: FactsCheck,
    /// Readability of the input letter.
    pub readability_before: Readability,
    /// Readability of the Easy Read result.
    pub readability_after: Readability,
    /// Notes for the reviewer, such as "simplification is English-only".
    pub notes: Vec<String>,
}

/// Convert a document to Easy Read.
pub fn convert(input: &Document, options: &ConvertOptions) -> Conversion {
    let built_in;
    let lexicon = match options.lexicon.as_deref() {
        Some(lexicon) => lexicon,
        None => {
            built_in = Lexicon::built_in();
            &built_in
        }
    };
    let mut draft = Draft::from_document(input);
    if verify::is_probably_english(input) {
        cleanup::run(&mut draft);
        voice::run(&mut draft);
        words::run_with(&mut draft, lexicon);
        split::run(&mut draft);
        cleanup::cut_new_openings(&mut draft);
        explain::run_with(&mut draft, lexicon);
    } else {
        draft.notes.push(verify::NOT_ENGLISH_NOTE.to_string());
    }
    let document = structure::run(&mut draft, input);
    verify::run(input, document, draft, options)
}
