//! A document's text, split into passages, sentences and words, ready for readability and
//! checks.

use crate::model::{Block, Document, FlatText};
use crate::text::{segment, syllables, words};
use crate::Span;

/// The analysed text of a document.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Every passage of text, in reading order: a paragraph, a list item, a table cell, a
    /// heading, a line of an address.
    pub passages: Vec<Passage>,
    /// The sentences of the prose passages, in reading order.
    pub sentences: Vec<Sentence>,
}

/// One run of text from one block.
#[derive(Debug, Clone)]
pub struct Passage {
    /// Index of the block in [`Document::blocks`].
    pub block: usize,
    /// Index of the passage within its block (list item, table cell, line).
    pub index: usize,
    /// The text, flattened, with its map back to the input.
    pub flat: FlatText,
    /// Whether the passage is running prose (its sentences count for readability).
    pub prose: bool,
}

/// One sentence of a prose passage.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Index into [`Analysis::passages`].
    pub passage: usize,
    /// Where the sentence is in the passage's flat text.
    pub span: Span,
    /// Its words, with spans in the passage's flat text.
    pub words: Vec<Word>,
}

/// One word of a sentence.
#[derive(Debug, Clone)]
pub struct Word {
    /// Where the word is in the passage's flat text.
    pub span: Span,
    /// The word as written.
    pub text: String,
    /// Its syllable count.
    pub syllables: u32,
    /// Letters or number.
    pub kind: words::WordKind,
}

impl Analysis {
    /// The text of a sentence.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        let flat = &self.passages[sentence.passage].flat.text;
        &flat[sentence.span.start..sentence.span.end]
    }
}

/// Analyse every block of `doc`.
pub fn analyse(doc: &Document) -> Analysis {
    let mut analysis = Analysis::default();
    for (block_index, block) in doc.blocks.iter().enumerate() {
        let prose = block.is_prose();
        for (index, runs) in block.passages().into_iter().enumerate() {
            let flat = FlatText::new(runs);
            let passage = analysis.passages.len();
            if prose {
                for span in segment::sentences(&flat.text) {
                    let words = sentence_words(&flat.text, span);
                    if !words.is_empty() {
                        analysis.sentences.push(Sentence {
                            passage,
                            span,
                            words,
                        });
                    }
                }
            }
            analysis.passages.push(Passage {
                block: block_index,
                index,
                flat,
                prose,
            });
        }
    }
    analysis
}

/// The words of one sentence, with spans relative to the whole passage.
fn sentence_words(text: &str, sentence: Span) -> Vec<Word> {
    let slice = &text[sentence.start..sentence.end];
    words::words(slice)
        .into_iter()
        .map(|token| {
            let span = Span {
                start: sentence.start + token.span.start,
                end: sentence.start + token.span.end,
            };
            let word = &text[span.start..span.end];
            Word {
                span,
                text: word.to_string(),
                syllables: syllables::count(word),
                kind: token.kind,
            }
        })
        .collect()
}

/// Blocks are the unit of analysis; this keeps `Block` in scope for doc links.
#[allow(dead_code)]
fn _doc_link(_: &Block) {}
