//! Fast matching of word lists over a passage's words.
//!
//! Every phrase is expanded once into the spellings to look for ("commence", "commenced",
//! "commencing"...) and indexed by its first word, so matching is one hash look-up per word
//! of the text plus a few comparisons: linear in the length of the text.

use super::context::PassageCtx;
use super::data::Verb;
use super::inflect::{noun_forms, verb_forms, Form, Pos};
use rustc_hash::FxHashMap as HashMap;

/// How many words "..." in a pattern may stand for.
const GAP_WORDS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Elem {
    Word(String),
    Gap(usize),
}

#[derive(Debug)]
struct Variant {
    elems: Vec<Elem>,
    entry: usize,
    form: Form,
}

/// A list of phrases, ready to be matched.
#[derive(Debug, Default)]
pub(crate) struct PhraseSet {
    variants: Vec<Variant>,
    by_first: HashMap<String, Vec<usize>>,
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
    pub fn new<'a>(
        phrases: impl Iterator<Item = (&'a str, Pos)>,
        irregular: &HashMap<String, Verb>,
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
                set.push(elems, entry, Form::Base);
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
                set.push(e, entry, form);
            }
        }
        let variants = &set.variants;
        for list in set.by_first.values_mut() {
            list.sort_by_key(|&v| std::cmp::Reverse(variants[v].elems.len()));
        }
        set
    }

    fn push(&mut self, elems: Vec<Elem>, entry: usize, form: Form) {
        let Some(Elem::Word(first)) = elems.first() else {
            return;
        };
        let first = first.clone();
        let index = self.variants.len();
        self.variants.push(Variant { elems, entry, form });
        self.by_first.entry(first).or_default().push(index);
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
            if let Some(list) = self.by_first.get(ctx.tokens[i].lower()) {
                for &v in list {
                    let variant = &self.variants[v];
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
fn rest(elems: &[Elem], ctx: &PassageCtx, prev: usize, claimed: &[bool]) -> Option<usize> {
    let free = |j: usize| !claimed.get(j).copied().unwrap_or(true);
    match elems.first() {
        None => Some(prev),
        Some(Elem::Word(w)) => {
            let j = prev + 1;
            if free(j) && ctx.joined(prev, j) && ctx.tokens[j].lower() == *w {
                rest(&elems[1..], ctx, j, claimed)
            } else {
                None
            }
        }
        Some(Elem::Gap(max)) => {
            let after = &elems[1..];
            let Some(Elem::Word(w)) = after.first() else {
                return Some(prev);
            };
            let sentence = ctx.tokens[prev].sentence;
            for j in prev + 1..=prev + max + 1 {
                let Some(tok) = ctx.tokens.get(j) else { break };
                let gap = &ctx.text[ctx.tokens[j - 1].span.end..tok.span.start];
                if !free(j) || tok.sentence != sentence || gap.contains(['.', '!', '?', ';']) {
                    break;
                }
                if tok.lower() == *w {
                    if let Some(end) = rest(&after[1..], ctx, j, claimed) {
                        return Some(end);
                    }
                }
            }
            None
        }
    }
}
