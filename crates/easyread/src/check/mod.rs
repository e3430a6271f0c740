//! The Easy Read checker: findings with stable rule ids, positions and plain suggestions.
//!
//! [`check`] analyses a [`Document`] and runs every rule in [`RULES`] over it. Each rule
//! lives in a module of its own:
//!
//! - `sentences`: sentence length, several ideas in one sentence, document length;
//! - `words`: formal words, jargon, stock phrases, negative instructions, contractions,
//!   long words;
//! - `initials`: abbreviations, unknown initials and capitals for emphasis;
//! - `passive`: passive verbs;
//! - `numbers`: numbers as words, percentages and fractions, dates not in full;
//! - `style`: italics and underlining, brackets, semicolons, slashes, exclamation marks.
//!
//! Language data lives in `assets/lexicon/` (see `data`); staff can extend it without
//! touching the code. Facts (amounts, times, phone numbers, postcodes, references, emails,
//! web addresses) are never reported as problems, except by the date and number rules.

mod context;
mod data;
mod inflect;
mod initials;
mod numbers;
mod passive;
mod phrases;
mod scan;
mod sentences;
mod style;
mod words;

#[cfg(test)]
mod tests;

use crate::analysis::{self, Passage, Sentence};
use crate::model::Document;
use crate::readability::{Counts, Readability, ReadabilityOptions};
use crate::Span;
use serde::{Deserialize, Serialize};

use context::{PassageCtx, Sink};
use rayon::prelude::*;

/// How serious a finding is. `check` exits 1 when any finding is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; not against the rules.
    Info,
    /// Against the Easy Read guidance; fix it if you can.
    Warning,
    /// Clearly breaks the rules: the text is not Easy Read until fixed.
    Error,
}

/// Settings for the checker; defaults follow `easy-read-rules.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckOptions {
    /// Warn when a sentence has more words than this.
    pub warn_sentence_words: usize,
    /// Error when a sentence has more words than this.
    pub error_sentence_words: usize,
    /// Warn when the document has more words than this.
    pub max_document_words: usize,
    /// Report words with at least this many syllables as long words (`long-word`, info).
    /// 0 turns the rule off.
    pub long_word_syllables: usize,
    /// Rule ids (see [`RULES`]) not to run.
    pub disabled_rules: Vec<String>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            warn_sentence_words: 15,
            error_sentence_words: 20,
            max_document_words: 1000,
            long_word_syllables: 5,
            disabled_rules: Vec::new(),
        }
    }
}

/// One problem found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id, such as `sentence-too-long`.
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// 1-based line in the input, when known.
    pub line: Option<u32>,
    /// 1-based column (in characters) in the input, when known.
    pub column: Option<u32>,
    /// Byte range in the normalised input, when known.
    pub span: Option<Span>,
    /// Index of the block the finding is in.
    pub block: usize,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do instead, when there is a clear alternative.
    pub suggestion: Option<String>,
}

/// The checker's result: findings in document order, and readability of the prose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Readability counts and formulas.
    pub readability: Readability,
    /// Findings, in the order they occur in the document.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// A rule of the checker: its stable id, the most serious severity it reports, and what it
/// looks for. `docs/rules.md` explains each one with an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable kebab-case id, as in [`Finding::rule`].
    pub id: &'static str,
    /// The severity the rule reports (the most serious, when it has more than one).
    pub severity: Severity,
    /// What the rule looks for, in one line.
    pub summary: &'static str,
}

/// Every rule the checker runs, in the order of `docs/rules.md`.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        id: sentences::SENTENCE_TOO_LONG,
        severity: Severity::Error,
        summary: "sentences over 15 words (warning) or over 20 words (error)",
    },
    RuleInfo {
        id: sentences::SEVERAL_IDEAS,
        severity: Severity::Warning,
        summary: "sentences that join two clauses: 'which', 'because', 'and we will', ';'",
    },
    RuleInfo {
        id: sentences::DOCUMENT_TOO_LONG,
        severity: Severity::Warning,
        summary: "documents over 1000 words",
    },
    RuleInfo {
        id: words::FORMAL_WORD,
        severity: Severity::Warning,
        summary: "formal words and phrases that have a plain alternative",
    },
    RuleInfo {
        id: words::JARGON,
        severity: Severity::Warning,
        summary: "care, health, housing, money and law jargon that needs explaining",
    },
    RuleInfo {
        id: initials::ABBREVIATION,
        severity: Severity::Warning,
        summary: "abbreviations and initials, known ones with their expansion",
    },
    RuleInfo {
        id: passive::PASSIVE_VOICE,
        severity: Severity::Warning,
        summary: "passive verbs that do not say who does the action",
    },
    RuleInfo {
        id: words::CONTRACTION,
        severity: Severity::Warning,
        summary: "contractions such as can't, won't, it's",
    },
    RuleInfo {
        id: numbers::NUMBER_AS_WORDS,
        severity: Severity::Warning,
        summary: "numbers written as words",
    },
    RuleInfo {
        id: numbers::PERCENTAGE_OR_FRACTION,
        severity: Severity::Warning,
        summary: "percentages (warning) and fractions (info)",
    },
    RuleInfo {
        id: numbers::DATE_NOT_IN_FULL,
        severity: Severity::Warning,
        summary: "dates in figures, in US order, with 'th' or with short month names",
    },
    RuleInfo {
        id: initials::CAPITALS_FOR_EMPHASIS,
        severity: Severity::Warning,
        summary: "words in capital letters that are not initials",
    },
    RuleInfo {
        id: style::ITALIC_OR_UNDERLINE,
        severity: Severity::Warning,
        summary: "text in italics or underlined",
    },
    RuleInfo {
        id: style::BRACKETS,
        severity: Severity::Warning,
        summary: "text in brackets",
    },
    RuleInfo {
        id: style::SEMICOLON,
        severity: Severity::Warning,
        summary: "semicolons",
    },
    RuleInfo {
        id: style::AND_OR_SLASH,
        severity: Severity::Warning,
        summary: "'and/or' and slashes between words",
    },
    RuleInfo {
        id: words::STOCK_PHRASE,
        severity: Severity::Warning,
        summary: "stock phrases of official letters and idioms",
    },
    RuleInfo {
        id: words::NEGATIVE_INSTRUCTION,
        severity: Severity::Warning,
        summary: "negative instructions and double negatives that can be said positively",
    },
    RuleInfo {
        id: words::LONG_WORD,
        severity: Severity::Info,
        summary: "long words (5 syllables or more) with no entry in the word lists",
    },
    RuleInfo {
        id: style::EXCLAMATION_MARK,
        severity: Severity::Info,
        summary: "exclamation marks",
    },
];

/// Build the checker's word lists and compile the patterns most letters need, now rather
/// than on first use. Optional: [`check`] does it on demand. A program that checks one big
/// document can call it on another thread while it reads the input, so the work is off
/// the critical path (the command-line tool does).
pub fn prepare() {
    data::lexicon();
    // The ASCII variants of the patterns (see `scan::word_regex`): most passages need them.
    context::prepare(ASCII_SAMPLE);
    numbers::prepare(ASCII_SAMPLE);
    style::slashed();
    initials::is_roman("");
    crate::text::segment::abbreviations();
    crate::text::syllables::count("prepare");
    // Not the Unicode variants, for the passages with a letter beyond ASCII ("Zoë"): they
    // cost as much to compile as all the rest, and a letter's few such passages use only
    // some of them (about half for the 1 MB benchmark file), so each is compiled on its
    // first use.
}

/// Text for which `scan::word_regex` picks the ASCII variant of a pattern.
const ASCII_SAMPLE: &str = "";

/// Check a document against the Easy Read rules.
///
/// Findings come back in document order. Rules listed in
/// [`CheckOptions::disabled_rules`] are left out.
pub fn check(doc: &Document, options: &CheckOptions) -> Report {
    let mut sink = Sink::default();
    let checked = check_passages(doc, options, |sink| sink);
    let readability = document_finding(checked.iter(), options, &mut sink);
    // Joined on a thread of the pool: the passages' memory was freed there, so the joined
    // findings reuse it instead of new pages from the system (the caller's thread has
    // none free).
    let sinks: Vec<Sink> = checked.into_iter().map(|c| c.sink).collect();
    let (findings, ()) = rayon::join(|| sink.join(sinks, options), || ());
    Report {
        readability,
        findings,
    }
}

/// A check's findings already written out by the caller's writer (see [`check_written`]),
/// in document order, with the readability of the document.
#[derive(Debug)]
pub struct WrittenReport {
    /// Readability counts and formulas, as in [`Report::readability`].
    pub readability: Readability,
    /// How many findings are errors.
    pub errors: usize,
    /// How many findings are warnings.
    pub warnings: usize,
    /// How many findings are for information.
    pub info: usize,
    /// The document's sink, written out.
    document: context::WrittenSink,
    /// The pieces of `document` to print, before all others.
    document_pieces: Vec<context::Piece>,
    /// The passages, their sinks written out.
    passages: Vec<std::sync::OnceLock<Checked<context::WrittenSink>>>,
    /// The bytes the join wrote itself.
    late: Vec<u8>,
    /// The pieces of the passages' sinks and of `late` to print, in order.
    pieces: Vec<context::Piece>,
}

impl WrittenReport {
    /// The written findings, in document order, as pieces of bytes: each finding's bytes
    /// exactly as the writer wrote them, with nothing between them.
    pub fn pieces(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let document = self
            .document_pieces
            .iter()
            .map(|&(_, start, end)| self.document.bytes().get(start..end));
        let passages = self.pieces.iter().map(|&(number, start, end)| {
            if number == context::LATE {
                self.late.get(start..end)
            } else {
                self.passages
                    .get(number)
                    .and_then(std::sync::OnceLock::get)
                    .and_then(|p| p.sink.bytes().get(start..end))
            }
        });
        document.chain(passages).map(Option::unwrap_or_default)
    }

    /// Whether any finding is an error (as [`Report::has_errors`]).
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }
}

/// [`check`], with each finding written by `write` (appending its bytes to the buffer it
/// is given) on the thread that found it, while the passage is still in the cache, instead
/// of collected into a [`Report`]: for a program that prints every finding (the
/// command-line tool's JSON). The findings written, and their order, are exactly those of
/// [`check`]'s report (tested).
///
/// The passages' findings are joined in document order while the passages are checked,
/// by the threads that check them, as each passage and those before it are done, so
/// little is left to do once the last passage is checked.
pub fn check_written<W>(doc: &Document, options: &CheckOptions, write: W) -> WrittenReport
where
    W: Fn(&Finding, &mut Vec<u8>) + Sync,
{
    use std::sync::{Mutex, OnceLock};

    let inputs = analysis::passage_inputs(doc);
    let slots: Vec<OnceLock<Checked<context::WrittenSink>>> =
        inputs.iter().map(|_| OnceLock::new()).collect();
    // The passages joined so far, and the next to join.
    let join = Mutex::new((context::WrittenJoin::new(options, &write), 0));
    inputs
        .into_par_iter()
        .enumerate()
        .for_each(|(index, input)| {
            let checked = check_one(doc, options, index, input, |sink| sink.write(&write));
            if let Some(slot) = slots.get(index) {
                let _ = slot.set(checked);
            }
            // The thread that checked a passage joins what it can, unless another is at
            // it; whatever is left when all are checked is joined below.
            if let Ok(mut join) = join.try_lock() {
                advance(&slots, &mut join);
            }
        });
    let (join, _) = {
        let mut join = join
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        advance(&slots, &mut join);
        join
    };
    let (pieces, late, [errors, warnings, info]) = join.finish();
    let mut sink = Sink::default();
    // The passages stay where they are (moving them all would cost more than the rest of
    // this step).
    let readability = document_finding(slots.iter().flat_map(OnceLock::get), options, &mut sink);
    // The document's finding comes before all others. Joined on its own: it is about the
    // document's length, a rule no passage reports, and has no first-use key, so it can
    // make `join` drop no passage's finding (nor they it, coming after it).
    let document = sink.write(&write);
    let mut document_join = context::WrittenJoin::new(options, &write);
    document_join.add(0, &document);
    let (document_pieces, _, document_counts) = document_join.finish();
    WrittenReport {
        readability,
        errors: errors + document_counts[0],
        warnings: warnings + document_counts[1],
        info: info + document_counts[2],
        document,
        document_pieces,
        passages: slots,
        late,
        pieces,
    }
}

/// Join the passages checked so far (`slots`), in order, from the next one to join up to
/// the first not yet checked.
fn advance<'a, W>(
    slots: &'a [std::sync::OnceLock<Checked<context::WrittenSink>>],
    (join, next): &mut (context::WrittenJoin<'a, W>, usize),
) where
    W: Fn(&Finding, &mut Vec<u8>) + ?Sized,
{
    while let Some(Some(checked)) = slots.get(*next).map(std::sync::OnceLock::get) {
        join.add(*next, &checked.sink);
        *next += 1;
    }
}

/// The parallel step of [`check`]: each passage analysed, counted, checked, its sink put
/// in order and handed to `finish`.
fn check_passages<T, F>(doc: &Document, options: &CheckOptions, finish: F) -> Vec<Checked<T>>
where
    T: Send,
    F: Fn(Sink) -> T + Sync,
{
    // Each passage is analysed, counted for readability, checked into its own sink and
    // freed in one parallel step, on one thread: its text and words are made, used and
    // freed there while they are in the cache, and the next passage on that thread reuses
    // their memory. The sinks are joined in passage order afterwards, so the result is the
    // same as `analyse` followed by the rules over the whole analysis.
    analysis::passage_inputs(doc)
        .into_par_iter()
        .enumerate()
        .map(|(index, input)| check_one(doc, options, index, input, &finish))
        .collect()
}

/// One passage of the parallel step: analysed, counted for readability, checked into its
/// own sink (within a passage the sentence rules come first, as they did when they ran
/// over the whole document before the other rules: findings at the same place keep that
/// order), the sink put in order and handed to `finish`.
fn check_one<T>(
    doc: &Document,
    options: &CheckOptions,
    index: usize,
    input: analysis::PassageInput<'_>,
    finish: impl FnOnce(Sink) -> T,
) -> Checked<T> {
    let (passage, sentences) = analysis::analyse_passage(input);
    let own: Vec<Sentence> = sentences
        .into_iter()
        .map(|(span, words)| Sentence {
            passage: index,
            span,
            words,
        })
        .collect();
    let counts = Counts::of_sentences(&own, &ReadabilityOptions::default());
    let mut sink = Sink::default();
    let words = {
        let ctx = &PassageCtx::new(doc, &passage, &own, index);
        check_passage(ctx, &own, options, &mut sink);
        if ctx.scope.words {
            ctx.tokens.len()
        } else {
            0
        }
    };
    sink.put_in_order();
    Checked {
        sink: finish(sink),
        words,
        counts,
        // The document-length finding is placed at the first passage.
        first: (index == 0).then_some(passage),
    }
}

/// After the parallel step: the finding about the whole document's length into `sink`
/// (it comes first; then the passages' findings, each sink already in order, joined in
/// passage order, so no sort is needed at the end; jargon and long words are reported at
/// their first use in the document only), and the document's readability.
fn document_finding<'c, T: 'c>(
    checked: impl Iterator<Item = &'c Checked<T>>,
    options: &CheckOptions,
    sink: &mut Sink,
) -> Readability {
    let mut first = None;
    let mut counts = Counts::default();
    let mut words = 0;
    for (index, c) in checked.enumerate() {
        if index == 0 {
            first = c.first.as_ref();
        }
        counts = Counts::add(counts, c.counts);
        words += c.words;
    }
    sentences::document_length(words, first, options, sink);
    Readability::from_counts(&counts)
}

/// One passage after [`check`]'s parallel step.
#[derive(Debug)]
struct Checked<T> {
    /// Its findings, in order (as a sink, or written out).
    sink: T,
    /// How many words the document-length rule counts in it.
    words: usize,
    /// Its readability counts.
    counts: Counts,
    /// The passage itself, kept for the first passage only.
    first: Option<Passage>,
}

/// Run every rule on one passage, whose sentences are `own`.
fn check_passage(ctx: &PassageCtx, own: &[Sentence], options: &CheckOptions, sink: &mut Sink) {
    sentences::sentence_length(own, ctx, options, sink);
    sentences::several_ideas(own, ctx, sink);
    if ctx.scope.words {
        // Phrase rules claim their words in this order, so a phrase is reported
        // once: a stock phrase is not also a formal word.
        let mut claimed = vec![false; ctx.tokens.len()];
        words::stock_phrases(ctx, &mut claimed, sink);
        words::negative_instructions(ctx, &mut claimed, sink);
        words::jargon(ctx, &mut claimed, sink);
        words::formal_words(ctx, &mut claimed, sink);
        words::contractions(ctx, sink);
        initials::check(ctx, sink);
        passive::check(ctx, sink);
        numbers::number_words(ctx, sink);
        numbers::percentages(ctx, sink);
        style::brackets(ctx, sink);
        style::semicolons(ctx, sink);
        style::slashes(ctx, sink);
        style::exclamations(ctx, sink);
        words::long_words(ctx, &claimed, options, sink);
    }
    if ctx.scope.dates {
        numbers::dates(ctx, sink);
    }
    if ctx.scope.style {
        style::italic_or_underline(ctx, sink);
    }
}
