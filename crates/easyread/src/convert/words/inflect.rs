//! English inflection for the `words` stage: the forms of a formal word to look for
//! ("commence", "commences", "commenced", "commencing") and the same form of the plain word
//! that replaces it ("started").

use crate::text::morphology::{add_s, doubles, regular_ing, regular_past};
use std::collections::HashMap;

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
    /// A form of "be" found as written ("is", "were"), for rows led by "be".
    Be(BeForm),
}

/// The forms of "be", so the plain phrase can agree with the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BeForm {
    /// "be"
    Be,
    /// "am"
    Am,
    /// "are"
    Are,
    /// "is"
    Is,
    /// "was"
    Was,
    /// "were"
    Were,
    /// "been"
    Been,
    /// "being"
    Being,
}

const BE_FORMS: [(&str, BeForm); 8] = [
    ("be", BeForm::Be),
    ("am", BeForm::Am),
    ("are", BeForm::Are),
    ("is", BeForm::Is),
    ("was", BeForm::Was),
    ("were", BeForm::Were),
    ("been", BeForm::Been),
    ("being", BeForm::Being),
];

/// An irregular verb: past tense and past participle.
#[derive(Debug, Clone)]
pub(crate) struct Irregular {
    pub past: String,
    pub participle: String,
}

const MODALS: &[&str] = &[
    "can", "could", "will", "would", "may", "might", "must", "shall", "should",
];

/// The forms of a verb to look for. Over-generated spellings are harmless: nobody writes
/// them, so they never match.
pub(crate) fn verb_forms(
    base: &str,
    irregular: &HashMap<String, Irregular>,
) -> Vec<(Form, String)> {
    if base == "be" {
        return BE_FORMS
            .iter()
            .map(|(w, f)| (Form::Be(*f), (*w).to_string()))
            .collect();
    }
    let mut out = vec![(Form::Base, base.to_string())];
    if base == "have" {
        out.push((Form::Third, "has".into()));
        out.push((Form::Past, "had".into()));
        out.push((Form::Ing, "having".into()));
        return out;
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

/// The forms of a noun to look for: as listed and its plural.
pub(crate) fn noun_forms(word: &str) -> Vec<(Form, String)> {
    vec![(Form::Base, word.to_string()), (Form::Plural, add_s(word))]
}

/// One word in the form asked for.
pub(crate) fn inflect(word: &str, form: Form, irregular: &HashMap<String, Irregular>) -> String {
    match (word, form) {
        (_, Form::Base) => word.to_string(),
        ("be", Form::Be(b)) => BE_FORMS
            .iter()
            .find(|(_, f)| *f == b)
            .map_or("be", |(w, _)| w)
            .to_string(),
        ("have", Form::Be(b)) => match b {
            BeForm::Be | BeForm::Am | BeForm::Are => "have",
            BeForm::Is => "has",
            BeForm::Was | BeForm::Were | BeForm::Been => "had",
            BeForm::Being => "having",
        }
        .to_string(),
        (w, Form::Be(b)) => {
            let form = match b {
                BeForm::Be | BeForm::Am | BeForm::Are => Form::Base,
                BeForm::Is => Form::Third,
                BeForm::Was | BeForm::Were => Form::Past,
                BeForm::Been => Form::Participle,
                BeForm::Being => Form::Ing,
            };
            inflect(w, form, irregular)
        }
        ("be", Form::Third) => "is".into(),
        ("be", Form::Past) => "was".into(),
        ("be", Form::Participle) => "been".into(),
        ("be", Form::Ing) => "being".into(),
        ("have", Form::Third) => "has".into(),
        ("have", Form::Past | Form::Participle) => "had".into(),
        ("can", Form::Past) => "could".into(),
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

/// Whether the plain phrase starts with a modal ("can"): it has no participle or "-ing".
pub(crate) fn starts_with_modal(plain: &str) -> bool {
    plain.split(' ').next().is_some_and(|w| MODALS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn irregular() -> HashMap<String, Irregular> {
        super::super::data::tables().irregular.clone()
    }

    #[test]
    fn forms_are_spelled_right() {
        let irr = irregular();
        let cases = [
            ("start", Form::Past, "started"),
            ("need", Form::Third, "needs"),
            ("stop", Form::Past, "stopped"),
            ("top", Form::Ing, "topping"),
            ("carry", Form::Third, "carries"),
            ("carry", Form::Past, "carried"),
            ("cancel", Form::Past, "cancelled"),
            ("use", Form::Ing, "using"),
            ("agree", Form::Ing, "agreeing"),
            ("find", Form::Past, "found"),
            ("give", Form::Participle, "given"),
            ("give", Form::Past, "gave"),
            ("go", Form::Third, "goes"),
            ("be", Form::Third, "is"),
            ("have", Form::Be(BeForm::Is), "has"),
            ("have", Form::Be(BeForm::Were), "had"),
            ("be", Form::Be(BeForm::Were), "were"),
            ("get", Form::Be(BeForm::Being), "getting"),
            ("can", Form::Past, "could"),
            ("change", Form::Plural, "changes"),
            ("query", Form::Plural, "queries"),
        ];
        for (word, form, want) in cases {
            assert_eq!(inflect(word, form, &irr), want, "{word} {form:?}");
        }
        let forms: Vec<String> = verb_forms("submit", &irr)
            .into_iter()
            .map(|f| f.1)
            .collect();
        for f in ["submit", "submits", "submitted", "submitting"] {
            assert!(forms.iter().any(|x| x == f), "{f} not in {forms:?}");
        }
    }
}
