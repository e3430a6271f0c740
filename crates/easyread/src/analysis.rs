//! A document's text, split into passages, sentences and words, ready for readability and
//! checks.
//!
//! Every [`Block`](crate::model::Block) gives one passage per run of text (a paragraph, a
//! list item, a table cell, a line of an address). Only prose passages are split into
//! sentences; a sentence's words are real words only: punctuation and symbols are left out,
//! while amounts, times, references and web addresses stay whole.

use crate::lexicon::frequency;
use crate::model::{Document, FlatText};
use crate::text::{segment, syllables, words};
use crate::Span;
use rayon::prelude::*;

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
    /// The word as written (stored inline when short: a document has many words, and one
    /// heap allocation each was a tenth of the checker's time).
    pub text: compact_str::CompactString,
    /// Its syllable count.
    pub syllables: u32,
    /// Its Zipf frequency, as [`frequency::zipf`] gives it for `text` (looked up with the
    /// syllables, so that readability need not hash the word again).
    pub zipf: Option<f32>,
    /// Letters or number.
    pub kind: words::WordKind,
}

impl Analysis {
    /// The text of a sentence (empty if the sentence is not from this analysis).
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        self.passages
            .get(sentence.passage)
            .and_then(|p| p.flat.text.get(sentence.span.start..sentence.span.end))
            .unwrap_or("")
    }

    /// Every word of every prose sentence, in reading order.
    pub fn words(&self) -> impl Iterator<Item = &Word> {
        self.sentences.iter().flat_map(|s| s.words.iter())
    }
}

impl Word {
    /// Whether the word starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A sentence's span and its words, before the sentence knows its passage's index.
type SentenceWords = (Span, Vec<Word>);

/// What one passage is made from, before it is analysed: its block's index, its index in
/// the block, its runs of text, and whether the block is prose.
pub(crate) type PassageInput<'d> = (usize, usize, &'d [crate::model::Inline], bool);

/// The passages of `doc` in reading order, ready for [`analyse_passage`].
pub(crate) fn passage_inputs(doc: &Document) -> Vec<PassageInput<'_>> {
    let mut inputs = Vec::new();
    for (block_index, block) in doc.blocks.iter().enumerate() {
        let prose = block.is_prose();
        for (index, runs) in block.passages().into_iter().enumerate() {
            inputs.push((block_index, index, runs, prose));
        }
    }
    inputs
}

/// Analyse one passage: its flat text and, for prose, its sentences with words (each
/// sentence given as its span and words; only sentences with at least one word).
pub(crate) fn analyse_passage(input: PassageInput<'_>) -> (Passage, Vec<SentenceWords>) {
    let (block, index, runs, prose) = input;
    let flat = FlatText::new(runs);
    let mut sentences = Vec::new();
    if prose {
        for span in segment::sentences(&flat.text) {
            let words = sentence_words(&flat.text, span);
            if !words.is_empty() {
                sentences.push((span, words));
            }
        }
    }
    let passage = Passage {
        block,
        index,
        flat,
        prose,
    };
    (passage, sentences)
}

/// Analyse every block of `doc`.
///
/// Passages are independent, so they are analysed in parallel (rayon) and put back in
/// reading order; the result is the same as a sequential pass.
pub fn analyse(doc: &Document) -> Analysis {
    let analysed: Vec<(Passage, Vec<SentenceWords>)> = passage_inputs(doc)
        .into_par_iter()
        .map(analyse_passage)
        .collect();
    let mut analysis = Analysis::default();
    analysis.passages.reserve(analysed.len());
    for (passage, sentences) in analysed {
        let index = analysis.passages.len();
        analysis
            .sentences
            .extend(sentences.into_iter().map(|(span, words)| Sentence {
                passage: index,
                span,
                words,
            }));
        analysis.passages.push(passage);
    }
    analysis
}

/// The words of one sentence, with spans relative to the whole passage.
fn sentence_words(text: &str, sentence: Span) -> Vec<Word> {
    let slice = &text[sentence.start..sentence.end];
    // The splitter's list is this thread's buffer, reused from sentence to sentence: the
    // words are then made from it with one allocation of the right size.
    thread_local! {
        static TOKENS: std::cell::RefCell<Vec<words::Token>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    TOKENS.with_borrow_mut(|tokens| {
        words::words_into(slice, tokens);
        tokens
            .iter()
            .map(|token| {
                let span = Span {
                    start: sentence.start + token.span.start,
                    end: sentence.start + token.span.end,
                };
                let word = &text[span.start..span.end];
                let (syllables, zipf) = syllables_and_zipf(word);
                Word {
                    span,
                    text: compact_str::CompactString::new(word),
                    syllables,
                    zipf,
                    kind: token.kind,
                }
            })
            .collect()
    })
}

/// [`syllables::count`] and [`frequency::zipf`] of `word`, from one per-thread cache: a
/// letter repeats a few hundred words, so most words cost one hash instead of two (one
/// into each function's own cache).
fn syllables_and_zipf(word: &str) -> (u32, Option<f32>) {
    /// Words longer than this (in bytes) are not cached.
    const CACHE_MAX_WORD: usize = 32;
    /// A cache is emptied when it holds this many words.
    const CACHE_MAX_ENTRIES: usize = 20_000;
    type Value = (u32, Option<f32>);
    /// Insert into a per-thread cache, emptying it first when it is full.
    fn insert_bounded<K: std::hash::Hash + Eq>(
        cache: &mut rustc_hash::FxHashMap<K, Value>,
        key: K,
        value: Value,
    ) {
        if cache.len() >= CACHE_MAX_ENTRIES {
            cache.clear();
        }
        cache.insert(key, value);
    }
    /// Words of up to 15 bytes (nearly all), keyed by their bytes and length packed in
    /// one number: hashed and compared without a loop or a call.
    type ShortCache = rustc_hash::FxHashMap<u128, Value>;
    /// The longer words.
    type Cache = rustc_hash::FxHashMap<compact_str::CompactString, Value>;
    thread_local! {
        static SHORT: std::cell::RefCell<ShortCache> = std::cell::RefCell::new(ShortCache::default());
        static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
    }
    let compute = || shared_syllables_and_zipf(word);
    if let Some(key) = crate::text::short_key(word) {
        if let Some(found) = SHORT.with(|cache| cache.borrow().get(&key).copied()) {
            return found;
        }
        let found = compute();
        SHORT.with(|cache| insert_bounded(&mut cache.borrow_mut(), key, found));
        return found;
    }
    if word.len() > CACHE_MAX_WORD {
        return compute();
    }
    if let Some(found) = CACHE.with(|cache| cache.borrow().get(word).copied()) {
        return found;
    }
    let found = compute();
    CACHE.with(|cache| insert_bounded(&mut cache.borrow_mut(), word.into(), found));
    found
}

/// [`syllables::count`] and [`frequency::zipf`] of `word`, from a cache shared by all
/// threads, behind the per-thread caches of [`syllables_and_zipf`]: the passages of one
/// letter are analysed on several threads, and each thread met the same few thousand
/// words; counting a word's syllables costs thousands of instructions, so without it a
/// second thread did that work again for every word (about 12 M instructions for 1 MB of
/// letters). Both values depend on the word alone, so which thread counts a word first
/// changes nothing.
fn shared_syllables_and_zipf(word: &str) -> (u32, Option<f32>) {
    /// The shared cache is emptied when it holds this many words.
    const SHARED_MAX_ENTRIES: usize = 50_000;
    type Shared =
        std::sync::Mutex<rustc_hash::FxHashMap<compact_str::CompactString, (u32, Option<f32>)>>;
    static SHARED: std::sync::OnceLock<Shared> = std::sync::OnceLock::new();
    let shared = SHARED.get_or_init(Shared::default);
    // A poisoned lock only means another thread panicked while holding it: the map
    // holds whole entries only, so it is still right to use.
    let lock = || {
        shared
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    if let Some(found) = lock().get(word).copied() {
        return found;
    }
    // Counted outside the lock: two threads may count the same word at once, and both
    // find the same values.
    let found = (syllables::count(word), frequency::zipf(word));
    let mut map = lock();
    if map.len() >= SHARED_MAX_ENTRIES {
        map.clear();
    }
    map.insert(word.into(), found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Inline, ListItem, Source};

    proptest::proptest! {
        /// The shared cache gives what counting gives, asked once or twice, and from
        /// another thread.
        #[test]
        fn shared_cache_equals_counting(word in "[A-Za-z'£0-9.:-]{0,20}|\\PC{0,12}") {
            let expected = (syllables::count(&word), frequency::zipf(&word));
            proptest::prop_assert_eq!(shared_syllables_and_zipf(&word), expected);
            proptest::prop_assert_eq!(shared_syllables_and_zipf(&word), expected);
            let other = word.clone();
            let from_other = std::thread::spawn(move || shared_syllables_and_zipf(&other)).join();
            proptest::prop_assert_eq!(from_other.ok(), Some(expected));
            proptest::prop_assert_eq!(syllables_and_zipf(&word), expected);
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::plain(text)],
            source: Source::default(),
        }
    }

    #[test]
    fn sentences_hold_only_real_words() {
        let mut doc = Document::new();
        doc.blocks.push(Block::Heading {
            level: 1,
            content: vec![Inline::plain("Your review")],
            source: Source::default(),
        });
        doc.blocks.push(paragraph(
            "Dr. Patel will call \u{2014} at 10:30am \u{2014} about the £42.17 fee. See www.example.gov.uk/care.",
        ));
        let a = analyse(&doc);
        assert_eq!(a.passages.len(), 2);
        assert!(!a.passages[0].prose);
        assert_eq!(a.sentences.len(), 2);
        let words: Vec<&str> = a.sentences[0]
            .words
            .iter()
            .map(|w| w.text.as_str())
            .collect();
        assert_eq!(
            words,
            ["Dr", "Patel", "will", "call", "at", "10:30am", "about", "the", "£42.17", "fee"]
        );
        assert_eq!(
            a.sentence_text(&a.sentences[1]),
            "See www.example.gov.uk/care."
        );
        let link = &a.sentences[1].words[1];
        assert_eq!(link.text, "www.example.gov.uk/care");
        let flat = &a.passages[1].flat.text;
        for w in a.words() {
            assert_eq!(&flat[w.span.start..w.span.end], w.text);
            assert!(w.syllables >= 1);
        }
        assert!(a.sentences[0].words[0].is_capitalised());
        assert_eq!(a.sentences[0].words[5].kind, words::WordKind::Numeric);
    }

    proptest::proptest! {
        /// The words' cached syllables and frequencies equal the uncached functions'.
        #[test]
        fn cached_syllables_and_zipf_equal_the_functions(
            text in "([A-Za-z]{1,12}|well-being|Council's|£5|10:30am|[0-9]{1,4})( |, |\\. ){0,40}",
        ) {
            let mut doc = Document::new();
            doc.blocks.push(paragraph(&text));
            doc.blocks.push(paragraph(&text.to_uppercase()));
            let a = analyse(&doc);
            for w in a.words() {
                proptest::prop_assert_eq!(w.syllables, syllables::count(&w.text));
                proptest::prop_assert_eq!(w.zipf, frequency::zipf(&w.text));
            }
        }

        /// The same on any text.
        #[test]
        fn cached_syllables_and_zipf_equal_the_functions_on_any_text(
            text in proptest::prelude::any::<String>(),
        ) {
            let mut doc = Document::new();
            doc.blocks.push(paragraph(&text));
            let a = analyse(&doc);
            for w in a.words() {
                proptest::prop_assert_eq!(w.syllables, syllables::count(&w.text));
                proptest::prop_assert_eq!(w.zipf, frequency::zipf(&w.text));
            }
        }
    }

    #[test]
    fn punctuation_only_sentences_are_dropped() {
        let mut doc = Document::new();
        doc.blocks.push(paragraph("... !!! \u{2014}"));
        doc.blocks.push(Block::List {
            ordered: false,
            items: vec![
                ListItem {
                    content: vec![Inline::plain("your health;")],
                },
                ListItem {
                    content: vec![Inline::plain("where you live.")],
                },
            ],
            source: Source::default(),
        });
        let a = analyse(&doc);
        assert_eq!(a.passages.len(), 3);
        assert_eq!(a.sentences.len(), 2);
        assert_eq!(a.sentences[0].passage, 1);
        assert_eq!(a.sentences[1].words.len(), 3);
    }

    #[test]
    fn a_megabyte_line_without_punctuation_is_fast() {
        // About 1 MB of varied made-up lower-case words: no punctuation, so one sentence,
        // and few repeats, so the syllable cache rarely helps.
        let mut line = String::with_capacity(1_100_000);
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        while line.len() < 1_000_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = 2 + (x % 11) as usize;
            for k in 0..len {
                line.push(char::from(b'a' + ((x >> (k * 5)) % 26) as u8));
            }
            line.push(' ');
        }
        let mut doc = Document::new();
        doc.blocks.push(paragraph(&line));
        let started = std::time::Instant::now();
        let a = analyse(&doc);
        let r = crate::readability::Readability::from_analysis(&a);
        let elapsed = started.elapsed().as_secs_f64();
        println!("1 MB line: {elapsed:.3} s for {} words", r.words);
        assert_eq!(r.sentences, 1);
        assert!(r.words > 100_000);
        // Well under a second in release; the unoptimised test build gets more room.
        let limit = if cfg!(debug_assertions) { 20.0 } else { 1.0 };
        assert!(elapsed < limit, "{elapsed:.3} s");
    }
}
