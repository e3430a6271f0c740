//! English inflection, enough to match "commenced" to "commence" and to suggest "started"
//! for it: verb forms, noun plurals and a base form for past participles.

use super::data::Verb;
use crate::text::morphology::{add_s, doubles, regular_ing, regular_past};
use rustc_hash::FxHashMap as HashMap;

/// Part of speech of a row of `plain-words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// A verb, or a phrase led by one ("carry out"): its first word inflects.
    Verb,
    /// A noun, or a phrase ending in one: its last word takes a plural.
    Noun,
    /// Adjective.
    Adj,
    /// Adverb.
    Adv,
    /// Preposition.
    Prep,
    /// Conjunction.
    Conj,
    /// Determiner ("a number of").
    Det,
    /// A fixed phrase, matched as written.
    Phrase,
}

impl Pos {
    /// Read the `pos` column.
    pub fn parse(s: &str) -> Option<Pos> {
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

/// Which form of a word was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// As listed.
    Base,
    /// Third person singular present ("requires").
    Third,
    /// Past tense ("required").
    Past,
    /// Past participle ("has been required").
    Participle,
    /// Present participle ("requiring").
    Ing,
    /// Plural noun ("amendments").
    Plural,
}

const MODALS: &[&str] = &[
    "can", "could", "will", "would", "may", "might", "must", "shall", "should",
];

/// The forms of one verb to look for, with over-generated spellings included (matching a
/// spelling nobody writes costs nothing).
pub(crate) fn verb_forms(base: &str, irregular: &HashMap<String, Verb>) -> Vec<(Form, String)> {
    let mut out = vec![(Form::Base, base.to_string())];
    match base {
        "be" => {
            for (f, w) in [
                (Form::Base, "am"),
                (Form::Base, "are"),
                (Form::Third, "is"),
                (Form::Past, "was"),
                (Form::Past, "were"),
                (Form::Participle, "been"),
                (Form::Ing, "being"),
            ] {
                out.push((f, w.to_string()));
            }
            return out;
        }
        "have" => {
            out.push((Form::Third, "has".into()));
            out.push((Form::Past, "had".into()));
            out.push((Form::Ing, "having".into()));
            return out;
        }
        _ => {}
    }
    if MODALS.contains(&base) {
        return out;
    }
    out.push((Form::Third, add_s(base)));
    if let Some(verb) = irregular.get(base) {
        out.push((Form::Past, verb.past.clone()));
        out.push((Form::Participle, verb.participle.clone()));
    } else {
        out.push((Form::Past, regular_past(base, doubles(base))));
        out.push((Form::Past, regular_past(base, !doubles(base))));
    }
    out.push((Form::Ing, regular_ing(base, doubles(base))));
    out.push((Form::Ing, regular_ing(base, !doubles(base))));
    out
}

/// The forms of a noun to look for.
pub(crate) fn noun_forms(word: &str) -> Vec<(Form, String)> {
    vec![(Form::Base, word.to_string()), (Form::Plural, add_s(word))]
}

/// One word in the form asked for.
pub(crate) fn inflect(word: &str, form: Form, irregular: &HashMap<String, Verb>) -> String {
    fn modal_past(w: &str) -> String {
        match w {
            "can" => "could",
            "will" => "would",
            "may" => "might",
            "must" => "had to",
            other => other,
        }
        .to_string()
    }
    match (word, form) {
        (_, Form::Base) => word.to_string(),
        ("be", Form::Third) => "is".into(),
        ("be", Form::Past) => "was".into(),
        ("be", Form::Participle) => "been".into(),
        ("have", Form::Third) => "has".into(),
        ("have", Form::Past | Form::Participle) => "had".into(),
        (w, Form::Past) if MODALS.contains(&w) => modal_past(w),
        (w, _) if MODALS.contains(&w) => w.into(),
        (w, Form::Third | Form::Plural) => add_s(w),
        (w, Form::Past) => irregular
            .get(w)
            .map(|v| v.past.clone())
            .unwrap_or_else(|| regular_past(w, doubles(w))),
        (w, Form::Participle) => irregular
            .get(w)
            .map(|v| v.participle.clone())
            .unwrap_or_else(|| regular_past(w, doubles(w))),
        (w, Form::Ing) => regular_ing(w, doubles(w)),
    }
}

/// A plain phrase inflected like the formal one it replaces: the first word of a verb
/// phrase ("find out" -> "found out"), the last word of a noun phrase.
pub(crate) fn apply(
    plain: &str,
    pos: super::inflect::Pos,
    form: Form,
    irregular: &HashMap<String, Verb>,
) -> String {
    if form == Form::Base {
        return plain.to_string();
    }
    let words: Vec<&str> = plain.split(' ').collect();
    let at = match (pos, form) {
        (Pos::Noun, Form::Plural) => words.len().saturating_sub(1),
        (Pos::Verb, _) => 0,
        _ => return plain.to_string(),
    };
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == at {
                inflect(w, form, irregular)
            } else {
                (*w).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Upper-case the first letter.
pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn irregular() -> HashMap<String, Verb> {
        super::super::data::lexicon().irregular.clone()
    }

    #[test]
    fn regular_verbs_inflect() {
        let irr = irregular();
        let forms: Vec<String> = verb_forms("commence", &irr)
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        for f in ["commence", "commences", "commenced", "commencing"] {
            assert!(forms.contains(&f.to_string()), "{f} missing from {forms:?}");
        }
        assert_eq!(inflect("stop", Form::Past, &irr), "stopped");
        assert_eq!(inflect("refer", Form::Ing, &irr), "referring");
        assert_eq!(inflect("visit", Form::Past, &irr), "visited");
        assert_eq!(inflect("cancel", Form::Past, &irr), "cancelled");
        assert_eq!(inflect("carry", Form::Past, &irr), "carried");
        assert_eq!(inflect("carry", Form::Third, &irr), "carries");
        assert_eq!(inflect("use", Form::Ing, &irr), "using");
        assert_eq!(inflect("agree", Form::Ing, &irr), "agreeing");
        assert_eq!(inflect("need", Form::Third, &irr), "needs");
        assert_eq!(inflect("approach", Form::Third, &irr), "approaches");
    }

    #[test]
    fn irregular_and_special_verbs_inflect() {
        let irr = irregular();
        assert_eq!(inflect("find", Form::Past, &irr), "found");
        assert_eq!(inflect("give", Form::Participle, &irr), "given");
        assert_eq!(inflect("be", Form::Third, &irr), "is");
        assert_eq!(inflect("have", Form::Third, &irr), "has");
        assert_eq!(inflect("can", Form::Third, &irr), "can");
        assert_eq!(inflect("can", Form::Past, &irr), "could");
        assert_eq!(apply("find out", Pos::Verb, Form::Past, &irr), "found out");
        assert_eq!(
            apply("have to pay", Pos::Verb, Form::Third, &irr),
            "has to pay"
        );
        assert_eq!(apply("change", Pos::Noun, Form::Plural, &irr), "changes");
        assert_eq!(
            apply("new check", Pos::Noun, Form::Plural, &irr),
            "new checks"
        );
        assert_eq!(capitalise("find out"), "Find out");
    }
}
