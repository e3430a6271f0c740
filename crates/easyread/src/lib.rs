//! easyread core: the document model, text analysis, readability and Easy Read checks.
//!
//! Data flows one way: an importer (`easyread-import`) turns bytes into a [`Document`];
//! this crate analyses and checks it; a renderer turns it back into bytes. This crate does
//! no I/O of its own: its language data is embedded from `assets/lexicon/` at build time,
//! and the one file reader, [`LexiconExtension::load`], reads an organisation's lexicon
//! folder only when asked to.
//!
//! ```
//! use easyread::{check, CheckOptions, Document, Block, Inline, Source};
//!
//! let mut doc = Document::new();
//! doc.blocks.push(Block::Paragraph {
//!     content: vec![Inline::plain("We will phone you on Monday.")],
//!     source: Source::default(),
//! });
//! let report = check(&doc, &CheckOptions::default());
//! assert_eq!(report.readability.sentences, 1);
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analysis;
pub mod check;
pub mod convert;
pub mod facts;
pub mod lexicon;
pub mod model;
pub mod readability;
pub mod text;

pub use analysis::{analyse, Analysis, Passage, Sentence, Word};
pub use check::{check, CheckOptions, Finding, Report, Severity};
pub use convert::{convert, Change, Conversion, ConvertOptions, Stage};
pub use facts::{check_facts, document_facts, find_facts, Fact, FactKind, FactsCheck};
pub use lexicon::{Lexicon, LexiconError, LexiconExtension};
pub use model::{Block, Document, FlatText, Inline, Origin, Source, Span};
pub use readability::Readability;
