//! Fast matching of word lists over a passage's words.
//!
//! Every phrase is expanded once into the spellings to look for ("commence", "commenced",
//! "commencing"...) and indexed by its first word. The words of all the lists share one
//! [`Vocabulary`] that numbers them; each word of a passage is looked up in it once (see
//! `PassageCtx`), and matching then compares numbers: an array index per word of the text
//! and list, plus a few comparisons: linear in the length of the text.

use super::context::PassageCtx;
use super::data::Verb;
use super::inflect::{noun_forms, verb_forms, Form, Pos};
use rustc_hash::FxHashMap as HashMap;

/// How many words "..." in a pattern may stand for.
const GAP_WORDS: usize = 12;

/// The number of a word in the [`Vocabulary`].
pub(crate) type WordId = u32;

/// Every word of the phrase lists, numbered: matching a passage compares these numbers
/// instead of hashing and comparing each word of the text once per list.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: HashMap<String, WordId>,
    /// The same numbers for the words of up to 15 bytes (nearly all), by
    /// [`crate::text::short_key`]: every word of every passage is looked up, and a key
    /// held in the table itself is compared without following a pointer to the heap.
    short: HashMap<u128, WordId>,
}

impl Vocabulary {
    /// The number of `word` (lower case, as [`super::context::normalise`] makes it), if
    /// some phrase list holds it.
    pub fn id(&self, word: &str) -> Option<WordId> {
        match crate::text::short_key(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.ids.get(word).copied(),
        }
    }

    /// The number of `word`, numbering it if it is new.
    fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = WordId::try_from(self.ids.len()).unwrap_or(WordId::MAX);
        self.ids.insert(word.to_string(), id);
        if let Some(key) = crate::text::short_key(word) {
            self.short.insert(key, id);
        }
        id
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Elem {
    Word(String),
    Gap(usize),
}

/// An element of a phrase to match: a word by its number, or a gap of up to so many words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    Word(WordId),
    Gap(usize),
}

#[derive(Debug)]
struct Variant {
    elems: Vec<Match>,
    entry: usize,
    form: Form,
    /// The second element's word, when the second element is a word: a token whose next
    /// token is not that word cannot start the variant (the first test of [`rest`]), so
    /// [`PhraseSet::find`] skips the variant without the call.
    second: Option<WordId>,
}

/// A list of phrases, ready to be matched.
#[derive(Debug, Default)]
pub(crate) struct PhraseSet {
    variants: Vec<Variant>,
    /// The variants starting with each word, at the word's number (empty for a word that
    /// starts none).
    by_first: Vec<Vec<usize>>,
}

/// A phrase found in a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    /// Index of the phrase in the list the set was built from.
    pub entry: usize,
    /// The form its inflecting word was found in.
    pub form: Form,
    /// First token of the match.
    pub first: usize,
    /// Last token of the match.
    pub last: usize,
}

impl PhraseSet {
    /// Build a set from `(phrase, part of speech)` pairs; a phrase's index in the iterator is
    /// its entry number. Phrases are lower case, words separated by spaces, "..." for a gap.
    /// Their words are numbered in `vocabulary`, which every set matched against the same
    /// passages must share.
    pub fn new<'a>(
        phrases: impl Iterator<Item = (&'a str, Pos)>,
        irregular: &HashMap<String, Verb>,
        vocabulary: &mut Vocabulary,
    ) -> Self {
        let mut set = PhraseSet::default();
        for (entry, (phrase, pos)) in phrases.enumerate() {
            let elems: Vec<Elem> = phrase
                .split_whitespace()
                .map(|w| {
                    if w == "..." {
                        Elem::Gap(GAP_WORDS)
                    } else {
                        Elem::Word(super::context::normalise(w))
                    }
                })
                .skip_while(|e| matches!(e, Elem::Gap(_)))
                .collect();
            if elems.is_empty() {
                continue;
            }
            let (at, forms) = match pos {
                Pos::Verb => match &elems[0] {
                    Elem::Word(w) => (0, verb_forms(w, irregular)),
                    Elem::Gap(_) => continue,
                },
                Pos::Noun => match elems.last() {
                    Some(Elem::Word(w)) => (elems.len() - 1, noun_forms(w)),
                    _ => (0, Vec::new()),
                },
                _ => (0, Vec::new()),
            };
            if forms.is_empty() {
                set.push(&elems, entry, Form::Base, vocabulary);
                continue;
            }
            let mut spelled: Vec<String> = Vec::new();
            for (form, word) in forms {
                if spelled.contains(&word) {
                    continue;
                }
                spelled.push(word.clone());
                let mut e = elems.clone();
                e[at] = Elem::Word(word);
                set.push(&e, entry, form, vocabulary);
            }
        }
        let variants = &set.variants;
        for list in &mut set.by_first {
            list.sort_by_key(|&v| std::cmp::Reverse(variants[v].elems.len()));
        }
        set
    }

    fn push(&mut self, elems: &[Elem], entry: usize, form: Form, vocabulary: &mut Vocabulary) {
        let Some(Elem::Word(first)) = elems.first() else {
            return;
        };
        let first = vocabulary.intern(first);
        let elems: Vec<Match> = elems
            .iter()
            .map(|e| match e {
                Elem::Word(w) => Match::Word(vocabulary.intern(w)),
                Elem::Gap(max) => Match::Gap(*max),
            })
            .collect();
        let index = self.variants.len();
        let second = match elems.get(1) {
            Some(&Match::Word(w)) => Some(w),
            _ => None,
        };
        self.variants.push(Variant {
            elems,
            entry,
            form,
            second,
        });
        let first = first as usize;
        if self.by_first.len() <= first {
            self.by_first.resize(first + 1, Vec::new());
        }
        self.by_first[first].push(index);
    }

    /// Every match in the passage, left to right, longest first, never overlapping each
    /// other or tokens already `claimed` (which the matches then claim).
    pub fn find(&self, ctx: &PassageCtx, claimed: &mut [bool]) -> Vec<PhraseMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        'words: while i < ctx.tokens.len() {
            if claimed.get(i).copied().unwrap_or(true) {
                i += 1;
                continue;
            }
            if let Some(list) = ctx.tokens[i]
                .word
                .and_then(|id| self.by_first.get(id as usize))
            {
                let next_word = ctx.tokens.get(i + 1).and_then(|t| t.word);
                for &v in list {
                    let variant = &self.variants[v];
                    // What `rest` tests first, without the call.
                    if variant.second.is_some_and(|w| next_word != Some(w)) {
                        continue;
                    }
                    if let Some(last) = rest(&variant.elems[1..], ctx, i, claimed) {
                        out.push(PhraseMatch {
                            entry: variant.entry,
                            form: variant.form,
                            first: i,
                            last,
                        });
                        for c in claimed.iter_mut().take(last + 1).skip(i) {
                            *c = true;
                        }
                        i = last + 1;
                        continue 'words;
                    }
                }
            }
            i += 1;
        }
        out
    }
}

/// Match the remaining elements after token `prev`; the index of the last token matched.
fn rest(elems: &[Match], ctx: &PassageCtx, prev: usize, claimed: &[bool]) -> Option<usize> {
    let free = |j: usize| !claimed.get(j).copied().unwrap_or(true);
    match elems.first() {
        None => Some(prev),
        Some(&Match::Word(w)) => {
            let j = prev + 1;
            // The word first: it is the cheapest test and the one that usually fails.
            if ctx.tokens.get(j).is_some_and(|t| t.word == Some(w))
                && free(j)
                && ctx.joined(prev, j)
            {
                rest(&elems[1..], ctx, j, claimed)
            } else {
                None
            }
        }
        Some(&Match::Gap(max)) => {
            let after = &elems[1..];
            let Some(&Match::Word(w)) = after.first() else {
                return Some(prev);
            };
            let sentence = ctx.tokens[prev].sentence;
            for j in prev + 1..=prev + max + 1 {
                let Some(tok) = ctx.tokens.get(j) else { break };
                let gap = &ctx.text[ctx.tokens[j - 1].span.end..tok.span.start];
                if !free(j) || tok.sentence != sentence || gap.contains(['.', '!', '?', ';']) {
                    break;
                }
                if tok.word == Some(w) {
                    if let Some(end) = rest(&after[1..], ctx, j, claimed) {
                        return Some(end);
                    }
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod skip_tests {
    use super::*;
    use crate::check::context::PassageCtx;

    /// The words the texts below are made of: the first two words of every phrase of the
    /// four lists, so that many variants nearly match.
    fn phrase_words() -> Vec<String> {
        let lex = crate::check::data::lexicon();
        let mut words: Vec<String> = Vec::new();
        let phrases = lex.plain.iter().map(|p| p.formal.as_str()).chain(
            [&lex.jargon, &lex.stock, &lex.negatives]
                .into_iter()
                .flat_map(|list| list.iter().map(|p| p.phrase.as_str())),
        );
        for phrase in phrases {
            words.extend(phrase.split_whitespace().take(2).map(str::to_string));
        }
        words.sort();
        words.dedup();
        words
    }

    proptest::proptest! {
        /// Whenever `find` skips a variant on its second word, `rest` would not have
        /// matched it: the skip changes nothing.
        #[test]
        fn skipped_variants_never_match(picks in proptest::collection::vec(0usize..100_000, 1..30)) {
            let words = phrase_words();
            let text: Vec<&str> = picks.iter().map(|&p| words[p % words.len()].as_str()).collect();
            let text = text.join(" ");
            let doc = crate::check::tests::doc_of(&text);
            let analysis = crate::analysis::analyse(&doc);
            let lex = crate::check::data::lexicon();
            for index in 0..analysis.passages.len() {
                let ctx = PassageCtx::of(&doc, &analysis, index);
                let claimed = vec![false; ctx.tokens.len()];
                for set in [&lex.plain_set, &lex.jargon_set, &lex.stock_set, &lex.negatives_set] {
                    for (i, tok) in ctx.tokens.iter().enumerate() {
                        let Some(list) = tok.word.and_then(|id| set.by_first.get(id as usize)) else {
                            continue;
                        };
                        let next_word = ctx.tokens.get(i + 1).and_then(|t| t.word);
                        for &v in list {
                            let variant = &set.variants[v];
                            proptest::prop_assert_eq!(
                                variant.second,
                                match variant.elems.get(1) {
                                    Some(&Match::Word(w)) => Some(w),
                                    _ => None,
                                }
                            );
                            if variant.second.is_some_and(|w| next_word != Some(w)) {
                                proptest::prop_assert_eq!(rest(&variant.elems[1..], &ctx, i, &claimed), None);
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod vocabulary_tests {
    use super::*;

    proptest::proptest! {
        /// A word's number is the one it was given, whether it is looked up by its short key
        /// or by its text; a word never numbered has none.
        #[test]
        fn ids_by_short_key_equal_ids_by_text(
            words in proptest::collection::vec("[a-z'-]{0,20}|\\PC{0,18}", 0..40),
            probe in "[a-z'-]{0,20}|\\PC{0,18}",
        ) {
            let mut vocabulary = Vocabulary::default();
            for word in &words {
                let id = vocabulary.intern(word);
                proptest::prop_assert_eq!(vocabulary.id(word), Some(id));
            }
            proptest::prop_assert_eq!(vocabulary.id(&probe), vocabulary.ids.get(&probe).copied());
            for word in &words {
                proptest::prop_assert_eq!(vocabulary.id(word), vocabulary.ids.get(word).copied());
            }
        }
    }
}
