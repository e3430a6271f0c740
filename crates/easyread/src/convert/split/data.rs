//! The split stage's word lists, embedded from `assets/lexicon/split-words.tsv` (and the
//! irregular verbs of `irregular-participles.txt`) and parsed once.

use crate::lexicon::tsv_rows;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const SPLIT_WORDS: &str = include_str!("../../../../../assets/lexicon/split-words.tsv");
const IRREGULAR: &str = include_str!("../../../../../assets/lexicon/irregular-participles.txt");

/// What a phrase of `split-words.tsv` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Role {
    Coordinator,
    Relative,
    RelativePhrase,
    Condition,
    InvertedCondition,
    Contrast,
    Cause,
    Prep,
    Aux,
    Subject,
    Verb,
    NotVerb,
    Determiner,
    Boundary,
    SeriesLead,
    Object,
    Telling,
    Event,
    LegalBasis,
    LegalPart,
    LegalLink,
    Way,
    Manner,
    Aside,
    Contact,
    Calling,
    Modal,
    Person,
    Asking,
    ChangeFrom,
}

impl Role {
    fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "coordinator" => Role::Coordinator,
            "relative" => Role::Relative,
            "relative-phrase" => Role::RelativePhrase,
            "condition" => Role::Condition,
            "inverted-condition" => Role::InvertedCondition,
            "contrast" => Role::Contrast,
            "cause" => Role::Cause,
            "prep" => Role::Prep,
            "aux" => Role::Aux,
            "subject" => Role::Subject,
            "verb" => Role::Verb,
            "not-verb" => Role::NotVerb,
            "determiner" => Role::Determiner,
            "boundary" => Role::Boundary,
            "series-lead" => Role::SeriesLead,
            "object" => Role::Object,
            "telling" => Role::Telling,
            "event" => Role::Event,
            "legal-basis" => Role::LegalBasis,
            "legal-part" => Role::LegalPart,
            "legal-link" => Role::LegalLink,
            "way" => Role::Way,
            "manner" => Role::Manner,
            "aside" => Role::Aside,
            "contact" => Role::Contact,
            "calling" => Role::Calling,
            "modal" => Role::Modal,
            "person" => Role::Person,
            "asking" => Role::Asking,
            "change-from" => Role::ChangeFrom,
            _ => return None,
        })
    }
}

/// A phrase with a role: its words and its replacement (`None` for "-").
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub words: Vec<String>,
    pub replacement: Option<String>,
}

/// The parsed lists.
#[derive(Debug, Default)]
pub(crate) struct SplitWords {
    /// Single words by role.
    words: HashMap<Role, HashSet<String>>,
    /// Every phrase by role, longest first.
    phrases: HashMap<Role, Vec<Entry>>,
    /// Irregular past tenses and participles ("given", "made").
    pub irregular: HashSet<String>,
}

impl SplitWords {
    /// Whether the lower-case word has the role.
    pub fn is(&self, role: Role, word: &str) -> bool {
        self.words.get(&role).is_some_and(|s| s.contains(word))
    }

    /// The phrases with the role, longest first.
    pub fn phrases(&self, role: Role) -> &[Entry] {
        self.phrases.get(&role).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Parse data in the format of `split-words.tsv`; rows with an unknown role or the wrong
/// number of fields are skipped.
pub(crate) fn parse(data: &str, irregular: &str) -> SplitWords {
    let mut out = SplitWords::default();
    for row in tsv_rows(data) {
        let [phrase, role, replacement] = row.as_slice() else {
            continue;
        };
        let Some(role) = Role::parse(role) else {
            continue;
        };
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            continue;
        }
        if words.len() == 1 {
            out.words.entry(role).or_default().insert(words[0].clone());
        }
        let replacement =
            (*replacement != "-" && !replacement.is_empty()).then(|| replacement.to_string());
        out.phrases
            .entry(role)
            .or_default()
            .push(Entry { words, replacement });
    }
    for list in out.phrases.values_mut() {
        list.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
    }
    for row in tsv_rows(irregular) {
        if let [_, past, participle] = row.as_slice() {
            out.irregular.insert(past.to_lowercase());
            out.irregular.insert(participle.to_lowercase());
        }
    }
    out
}

/// The embedded lists, parsed on first use.
pub(crate) fn split_words() -> &'static SplitWords {
    static DATA: OnceLock<SplitWords> = OnceLock::new();
    DATA.get_or_init(|| parse(SPLIT_WORDS, IRREGULAR))
}
