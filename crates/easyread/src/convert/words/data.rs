//! The `words` stage's data, embedded from `assets/lexicon/` and indexed once; or, for an
//! organisation's lexicon, indexed with its extension rows on top.

use super::inflect::{noun_forms, verb_forms, Form, Irregular};
use crate::lexicon::{tsv_rows, LexiconExtension};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const PLAIN_WORDS: &str = include_str!("../../../../../assets/lexicon/plain-words.tsv");
const CONVERT_WORDS: &str = include_str!("../../../../../assets/lexicon/convert-words.tsv");
const JARGON: &str = include_str!("../../../../../assets/lexicon/jargon.tsv");
const CONTRACTIONS: &str = include_str!("../../../../../assets/lexicon/contractions.tsv");
const ABBREVIATIONS: &str = include_str!("../../../../../assets/lexicon/abbreviations.tsv");
const NUMBER_WORDS: &str = include_str!("../../../../../assets/lexicon/number-words.txt");
const IRREGULAR: &str = include_str!("../../../../../assets/lexicon/irregular-participles.txt");
const COUNT_NOUNS: &str = include_str!("../../../../../assets/lexicon/count-nouns.txt");

/// Part of speech of a plain-word row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Verb,
    Noun,
    Adj,
    Adv,
    Prep,
    Conj,
    Det,
    Phrase,
}

impl Pos {
    fn parse(s: &str) -> Option<Pos> {
        Some(match s {
            "verb" => Pos::Verb,
            "noun" => Pos::Noun,
            "adj" => Pos::Adj,
            "adv" => Pos::Adv,
            "prep" => Pos::Prep,
            "conj" => Pos::Conj,
            "det" => Pos::Det,
            "phrase" => Pos::Phrase,
            _ => return None,
        })
    }
}

/// How the converter may use a row (the `use` column of `convert-words.tsv`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Use {
    pub keep: bool,
    pub pred: bool,
    pub clause_start: bool,
    pub any_pos: bool,
    pub no_passive: bool,
    pub no_to: bool,
    pub count: bool,
    pub bare: Option<String>,
    pub otherwise: Option<String>,
    /// Only at the very start of a sentence (not after a comma).
    pub sentence_start: bool,
    /// The comma right after the phrase goes too ("However, ..." -> "But ...").
    pub no_comma: bool,
    /// Only before a plural word ("the following changes" -> "these changes").
    pub before_plural: bool,
    /// Not after these words ("by following the steps" stays).
    pub not_after: Vec<String>,
    /// Not before these words ("the following weeks" stays).
    pub not_before: Vec<String>,
    /// Only before one of these words, when the list is not empty ("available at www...").
    pub before: Vec<String>,
}

impl Use {
    /// Read the `use` column; `None` for "skip".
    fn parse(s: &str) -> Option<Use> {
        let mut u = Use::default();
        for flag in s.split(',').map(str::trim) {
            match flag {
                "skip" => return None,
                "keep" => u.keep = true,
                "pred" => u.pred = true,
                "clause-start" => u.clause_start = true,
                "any-pos" => u.any_pos = true,
                "no-passive" => u.no_passive = true,
                "no-to" => u.no_to = true,
                "count" => u.count = true,
                "sentence-start" => u.sentence_start = true,
                "no-comma" => u.no_comma = true,
                "before-plural" => u.before_plural = true,
                other => {
                    let words = |list: &str| list.split('|').map(normalise).collect();
                    if let Some(bare) = other.strip_prefix("bare:") {
                        u.bare = Some(bare.to_string());
                    } else if let Some(plain) = other.strip_prefix("else:") {
                        u.otherwise = Some(plain.to_string());
                    } else if let Some(list) = other.strip_prefix("not-after:") {
                        u.not_after = words(list);
                    } else if let Some(list) = other.strip_prefix("not-before:") {
                        u.not_before = words(list);
                    } else if let Some(list) = other.strip_prefix("before:") {
                        u.before = words(list);
                    }
                }
            }
        }
        Some(u)
    }
}

/// One plain-word row the converter uses.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub formal: String,
    pub plain: String,
    pub pos: Pos,
    pub usage: Use,
    /// The formal phrase is written with capitals ("GP surgery"): matched in capitals.
    pub cased: bool,
    /// The formal phrase as the data file writes it.
    pub written: String,
}

/// One spelling of an entry to look for.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    /// The words, lower case.
    pub words: Vec<String>,
    /// Index into [`Tables::entries`].
    pub entry: usize,
    /// The form the inflecting word has in this spelling.
    pub form: Form,
}

/// An abbreviation with what it stands for.
#[derive(Debug, Clone)]
pub(crate) struct Abbreviation {
    pub short: String,
    pub expansion: String,
    /// Written with capitals: matched exactly ("GP", not "gp").
    pub exact: bool,
}

/// All the stage's data.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    pub entries: Vec<Entry>,
    /// Spellings by their first word, longest first.
    pub by_first: HashMap<String, Vec<Variant>>,
    pub contractions: HashMap<String, String>,
    /// Abbreviations by their first character (lower case), longest first.
    pub abbreviations: HashMap<char, Vec<Abbreviation>>,
    pub numbers: HashMap<String, u64>,
    pub count_nouns: HashSet<String>,
    pub irregular: HashMap<String, Irregular>,
}

/// The data, built on first use.
pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables::build(None))
}

/// Lower case with curly apostrophes straightened, as tokens are compared.
pub(crate) fn normalise(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

impl Tables {
    /// The tables of the built-in data, with `extension`'s rows on top.
    pub(crate) fn build(extension: Option<&LexiconExtension>) -> Tables {
        build(extension)
    }
}

fn build(extension: Option<&LexiconExtension>) -> Tables {
    let none = LexiconExtension::default();
    let ext = extension.unwrap_or(&none);
    let mut t = Tables::default();
    for row in tsv_rows(IRREGULAR) {
        if let [base, past, participle] = row.as_slice() {
            t.irregular.insert(
                base.to_string(),
                Irregular {
                    past: past.to_string(),
                    participle: participle.to_string(),
                },
            );
        }
    }

    // Rows of convert-words.tsv override plain-words.tsv rows with the same formal phrase.
    let mut rows: Vec<(String, String, Pos, Option<Use>, String)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let plain = tsv_rows(PLAIN_WORDS).filter_map(|r| match r.as_slice() {
        [formal, plain, pos, _] => Some((*formal, *plain, *pos, "-")),
        _ => None,
    });
    let convert = tsv_rows(CONVERT_WORDS).filter_map(|r| match r.as_slice() {
        [formal, plain, pos, usage, ..] => Some((*formal, *plain, *pos, *usage)),
        _ => None,
    });
    // Jargon stays as it is (the explain stage deals with it); claiming it stops "eligible"
    // inside "eligible needs" being rewritten.
    // An organisation's glossary terms are claimed the same way; its plain words come last,
    // so they replace built-in rows with the same formal phrase.
    let jargon = tsv_rows(JARGON)
        .filter_map(|r| r.first().map(|term| (*term, *term, "noun", "keep")))
        .chain(
            ext.glossary
                .iter()
                .map(|g| (g.term.as_str(), g.term.as_str(), "noun", "keep")),
        );
    let own = ext
        .plain_words
        .iter()
        .map(|w| (w.formal.as_str(), w.plain.as_str(), w.pos.as_str(), "-"));
    for (formal, plain, pos, usage) in jargon.chain(plain).chain(convert).chain(own) {
        let Some(pos) = Pos::parse(pos) else { continue };
        let key = normalise(formal);
        let row = (
            key.clone(),
            plain.to_string(),
            pos,
            Use::parse(usage),
            formal.to_string(),
        );
        match at.get(&key) {
            Some(&i) => rows[i] = row,
            None => {
                at.insert(key, rows.len());
                rows.push(row);
            }
        }
    }
    for (formal, plain, pos, usage, written) in rows {
        let Some(usage) = usage else { continue };
        let entry = t.entries.len();
        let words: Vec<String> = formal.split_whitespace().map(normalise).collect();
        if words.is_empty() {
            continue;
        }
        t.entries.push(Entry {
            formal,
            plain,
            pos,
            usage,
            cased: written.chars().any(char::is_uppercase),
            written,
        });
        let (at, forms) = match pos {
            Pos::Verb => (0, verb_forms(&words[0], &t.irregular)),
            Pos::Noun => (words.len() - 1, noun_forms(&words[words.len() - 1])),
            _ => (0, vec![(Form::Base, words[0].clone())]),
        };
        let mut seen = HashSet::new();
        for (form, word) in forms {
            if !seen.insert(word.clone()) {
                continue;
            }
            let mut w = words.clone();
            w[at] = word;
            t.by_first.entry(w[0].clone()).or_default().push(Variant {
                words: w,
                entry,
                form,
            });
        }
    }
    for list in t.by_first.values_mut() {
        list.sort_by_key(|v| std::cmp::Reverse(v.words.len()));
    }

    for row in tsv_rows(CONTRACTIONS) {
        if let [short, full] = row.as_slice() {
            t.contractions.insert(normalise(short), full.to_string());
        }
    }
    // An organisation's abbreviation replaces the built-in row written the same way.
    let own: HashSet<&str> = ext
        .abbreviations
        .iter()
        .map(|a| a.abbreviation.as_str())
        .collect();
    let built_in = tsv_rows(ABBREVIATIONS).filter_map(|row| match row.as_slice() {
        [short, expansion] if !own.contains(short) => Some((*short, *expansion)),
        _ => None,
    });
    let own = ext
        .abbreviations
        .iter()
        .map(|a| (a.abbreviation.as_str(), a.expansion.as_str()));
    for (short, expansion) in built_in.chain(own) {
        let Some(first) = short.chars().next() else {
            continue;
        };
        let exact = short.chars().any(char::is_uppercase);
        t.abbreviations
            .entry(first.to_ascii_lowercase())
            .or_default()
            .push(Abbreviation {
                short: short.to_string(),
                expansion: expansion.to_string(),
                exact,
            });
    }
    for list in t.abbreviations.values_mut() {
        list.sort_by_key(|a| std::cmp::Reverse(a.short.len()));
    }
    for row in tsv_rows(NUMBER_WORDS) {
        if let [word, value] = row.as_slice() {
            if let Ok(v) = value.parse() {
                t.numbers.insert(word.to_lowercase(), v);
            }
        }
    }
    t.count_nouns = tsv_rows(COUNT_NOUNS)
        .filter_map(|r| r.first().map(|w| w.to_lowercase()))
        .collect();
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn convert_words_rows_are_well_formed() {
        let mut seen = HashSet::new();
        for row in tsv_rows(CONVERT_WORDS) {
            assert_eq!(row.len(), 5, "convert-words.tsv: {row:?} needs 5 fields");
            assert!(Pos::parse(row[2]).is_some(), "bad pos in {row:?}");
            assert!(seen.insert(row[0].to_lowercase()), "{:?} twice", row[0]);
        }
        assert!(tsv_rows(COUNT_NOUNS).all(|r| r.len() == 1));
    }

    #[test]
    fn tables_are_built() {
        let t = tables();
        assert!(t.entries.len() > 500);
        assert!(t.by_first.contains_key("commenced"));
        assert!(t.by_first.contains_key("prior"));
        // Skipped rows are not indexed.
        assert!(!t.entries.iter().any(|e| e.formal == "acknowledge"));
        assert_eq!(
            t.contractions.get("can't").map(String::as_str),
            Some("cannot")
        );
        assert_eq!(t.numbers.get("twenty"), Some(&20));
        assert!(t.count_nouns.contains("week"));
    }
}
