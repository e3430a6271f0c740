//! The Easy Read checker: findings with stable rule ids, positions and plain suggestions.

use crate::analysis::{analyse, Analysis};
use crate::model::Document;
use crate::readability::Readability;
use crate::Span;
use serde::{Deserialize, Serialize};

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
pub struct CheckOptions {
    /// Warn when a sentence has more words than this.
    pub warn_sentence_words: usize,
    /// Error when a sentence has more words than this.
    pub error_sentence_words: usize,
    /// Warn when the document has more words than this.
    pub max_document_words: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            warn_sentence_words: 15,
            error_sentence_words: 20,
            max_document_words: 1000,
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

/// Check a document against the Easy Read rules.
// PLACEHOLDER: only the sentence-length rule; the full rule set is to come.
pub fn check(doc: &Document, options: &CheckOptions) -> Report {
    let analysis = analyse(doc);
    let mut findings = Vec::new();
    sentence_length(&analysis, options, &mut findings);
    Report {
        readability: Readability::from_analysis(&analysis),
        findings,
    }
}

fn sentence_length(analysis: &Analysis, options: &CheckOptions, out: &mut Vec<Finding>) {
    for sentence in &analysis.sentences {
        let n = sentence.words.len();
        let severity = if n > options.error_sentence_words {
            Severity::Error
        } else if n > options.warn_sentence_words {
            Severity::Warning
        } else {
            continue;
        };
        let passage = &analysis.passages[sentence.passage];
        let origin = passage.flat.origin_at(sentence.span.start);
        out.push(Finding {
            rule: "sentence-too-long".into(),
            severity,
            line: origin.map(|o| o.line),
            column: origin.map(|o| o.column),
            span: origin.map(|o| Span {
                start: o.offset,
                end: o.offset + (sentence.span.end - sentence.span.start),
            }),
            block: passage.block,
            message: format!(
                "This sentence has {n} words. Easy Read sentences have {} words or fewer.",
                options.warn_sentence_words
            ),
            suggestion: Some("Split it into shorter sentences, one idea each.".into()),
        });
    }
}
