//! Language data embedded from `assets/lexicon/`: word lists, plain alternatives,
//! abbreviations and word frequencies. The files are tab-separated text that staff can
//! extend; this module parses them once, on first use. The word-frequency list, the
//! largest, is turned into a perfect-hash table by `build.rs`, so it costs nothing at start.
//!
//! An organisation extends the conversion's data with its own plain words, glossary terms
//! and abbreviations: a [`LexiconExtension`] read from a folder (the format is in
//! `docs/lexicon.md`) makes a [`Lexicon`], which a conversion takes in
//! [`ConvertOptions::lexicon`](crate::ConvertOptions::lexicon).
//!
//! ```no_run
//! use std::sync::Arc;
//! use easyread::{ConvertOptions, Lexicon};
//!
//! let lexicon = Lexicon::with_extension_dir("our-lexicon")?;
//! let options = ConvertOptions {
//!     lexicon: Some(Arc::new(lexicon)),
//!     ..ConvertOptions::default()
//! };
//! # Ok::<(), easyread::LexiconError>(())
//! ```

mod extension;
pub mod frequency;

mod tsv;

pub use extension::{
    AbbreviationRow, ExtensionFile, GlossaryRow, LexiconError, LexiconExtension, PlainWordRow,
    RowProblem, MAX_FILE_BYTES, MAX_ROWS, PARTS_OF_SPEECH,
};
pub use tsv::tsv_rows;

use std::path::Path;

use crate::convert::{explain, words};

/// The language data a conversion uses: the built-in lexicon of `assets/lexicon/`, maybe
/// with an organisation's [`LexiconExtension`] on top.
///
/// The built-in lexicon ([`Lexicon::built_in`], also the [`Default`]) costs nothing to make:
/// its tables are built once per process, on first use, and shared. A lexicon with an
/// extension builds its own tables when it is made, so make it once (at start-up) and share
/// it, in an [`Arc`](std::sync::Arc), between conversions.
pub struct Lexicon {
    /// The words stage's tables; `None` for the built-in ones.
    words: Option<Box<words::Tables>>,
    /// The explain stage's glossary; `None` for the built-in one.
    glossary: Option<Box<explain::Glossary>>,
    /// What was added to the built-in data.
    extension: LexiconExtension,
}

impl Lexicon {
    /// The built-in lexicon, with no extension.
    pub fn built_in() -> Lexicon {
        Lexicon {
            words: None,
            glossary: None,
            extension: LexiconExtension::default(),
        }
    }

    /// The built-in lexicon with `extension` on top: its rows are added, and each replaces
    /// the built-in row with the same key (formal phrase, glossary term or variant,
    /// abbreviation).
    pub fn with_extension(extension: LexiconExtension) -> Result<Lexicon, LexiconError> {
        if extension.is_empty() {
            return Ok(Lexicon::built_in());
        }
        let glossary = explain::Glossary::build(Some(&extension));
        if glossary.matcher.is_none() {
            return Err(LexiconError::TooComplex);
        }
        Ok(Lexicon {
            words: Some(Box::new(words::Tables::build(Some(&extension)))),
            glossary: Some(Box::new(glossary)),
            extension,
        })
    }

    /// The built-in lexicon with the extension files of `dir` on top (see
    /// [`LexiconExtension::load`]).
    pub fn with_extension_dir(dir: impl AsRef<Path>) -> Result<Lexicon, LexiconError> {
        Lexicon::with_extension(LexiconExtension::load(dir)?)
    }

    /// What this lexicon adds to the built-in one (empty for the built-in lexicon).
    pub fn extension(&self) -> &LexiconExtension {
        &self.extension
    }

    /// The words stage's tables.
    pub(crate) fn words(&self) -> &words::Tables {
        match self.words.as_deref() {
            Some(own) => own,
            None => words::tables(),
        }
    }

    /// The explain stage's glossary.
    pub(crate) fn glossary(&self) -> &explain::Glossary {
        match self.glossary.as_deref() {
            Some(own) => own,
            None => explain::glossary(),
        }
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::built_in()
    }
}

/// Two lexicons are equal when they extend the built-in data with the same rows.
impl PartialEq for Lexicon {
    fn eq(&self, other: &Self) -> bool {
        self.extension == other.extension
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("plain_words_added", &self.extension.plain_words.len())
            .field("glossary_added", &self.extension.glossary.len())
            .field("abbreviations_added", &self.extension.abbreviations.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blank_lines_and_header_are_skipped() {
        let data =
            "# a comment\nformal\tplain\n\nascertain\tfind out\n# another\nprior to\tbefore\n";
        let rows: Vec<Vec<&str>> = tsv_rows(data).collect();
        assert_eq!(
            rows,
            vec![vec!["ascertain", "find out"], vec!["prior to", "before"]]
        );
    }
}
