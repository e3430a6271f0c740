//! Readability formulas and counts over an [`Analysis`].

use crate::analysis::Analysis;
use serde::{Deserialize, Serialize};

/// Counts and the standard readability formulas for a document's prose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Readability {
    /// Words in sentences (headings, salutations, sign-offs and addresses are left out).
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables of those words.
    pub syllables: usize,
    /// Flesch Reading Ease: higher is easier.
    pub flesch_reading_ease: f64,
    /// Flesch-Kincaid grade level (US school grade).
    pub flesch_kincaid_grade: f64,
}

impl Readability {
    /// Compute counts and formulas from an analysis.
    // PLACEHOLDER: only counts, FRE and FKGL; to be completed.
    pub fn from_analysis(analysis: &Analysis) -> Self {
        let sentences = analysis.sentences.len();
        let words: usize = analysis.sentences.iter().map(|s| s.words.len()).sum();
        let syllables: usize = analysis
            .sentences
            .iter()
            .flat_map(|s| s.words.iter())
            .map(|w| w.syllables as usize)
            .sum();
        let (wps, spw) = if words == 0 || sentences == 0 {
            (0.0, 0.0)
        } else {
            (
                words as f64 / sentences as f64,
                syllables as f64 / words as f64,
            )
        };
        Readability {
            words,
            sentences,
            syllables,
            flesch_reading_ease: 206.835 - 1.015 * wps - 84.6 * spw,
            flesch_kincaid_grade: 0.39 * wps + 11.8 * spw - 15.59,
        }
    }
}
