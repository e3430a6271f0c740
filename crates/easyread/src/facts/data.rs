//! The language data of the facts recogniser, embedded from `assets/lexicon/facts/`.
//!
//! Every file is plain UTF-8 text: `#` starts a comment line, blank lines are ignored,
//! columns are separated by tabs. Each file says in its header what it holds.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const MONTHS: &str = include_str!("../../../../assets/lexicon/facts/months.tsv");
const WEEKDAYS: &str = include_str!("../../../../assets/lexicon/facts/weekdays.txt");
const NUMBER_WORDS: &str = include_str!("../../../../assets/lexicon/facts/number-words.tsv");
const UNITS: &str = include_str!("../../../../assets/lexicon/facts/units.tsv");
const QUANTITY_PHRASES: &str =
    include_str!("../../../../assets/lexicon/facts/quantity-phrases.tsv");
const TITLES: &str = include_str!("../../../../assets/lexicon/facts/titles.tsv");
const ORGANISATION_WORDS: &str =
    include_str!("../../../../assets/lexicon/facts/organisation-words.txt");
const ORGANISATION_PHRASES: &str =
    include_str!("../../../../assets/lexicon/facts/organisation-phrases.txt");
const ROLES: &str = include_str!("../../../../assets/lexicon/facts/roles.txt");
const STOP_WORDS: &str = include_str!("../../../../assets/lexicon/facts/name-stop-words.txt");
const SALUTATION_WORDS: &str =
    include_str!("../../../../assets/lexicon/facts/salutation-words.txt");
const STREET_WORDS: &str = include_str!("../../../../assets/lexicon/facts/street-words.tsv");
const NAME_ABBREVIATIONS: &str =
    include_str!("../../../../assets/lexicon/facts/name-abbreviations.txt");
const CLOSINGS: &str = include_str!("../../../../assets/lexicon/facts/closings.txt");
const REFERENCE_LABELS: &str =
    include_str!("../../../../assets/lexicon/facts/reference-labels.tsv");

/// A unit of time or measure: how a quantity of it is normalised.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    /// The form used when the number is 1 ("day").
    pub singular: String,
    /// The form used for any other number ("days").
    pub plural: String,
}

/// A label before a reference number.
#[derive(Debug, Clone)]
pub(super) struct RefLabel {
    /// The label words, lower case ("account reference").
    pub label: String,
    /// Whether "number" or "no." must follow the label ("NHS number").
    pub needs_number: bool,
}

/// A street word: how it normalises and whether it makes a street on its own.
#[derive(Debug, Clone)]
pub(super) struct StreetWord {
    /// The normalised, lower-case full word ("road" for "Rd").
    pub normalised: String,
    /// Whether a number and this word alone make an address ("14 Esplanade").
    pub standalone: bool,
}

/// All the word lists, parsed once.
#[derive(Debug, Default)]
pub(super) struct Data {
    /// Month forms, lower case, to the month number.
    pub months: HashMap<String, u32>,
    /// Weekday forms, lower case.
    pub weekdays: HashSet<String>,
    /// Number words, lower case, to their value.
    pub number_words: HashMap<String, u32>,
    /// Unit forms, lower case with single spaces, to the unit.
    pub units: HashMap<String, Unit>,
    /// Quantities written without a number ("a fortnight"), lower case with single spaces,
    /// to their normalised quantity ("2 weeks").
    pub quantity_phrases: HashMap<String, String>,
    /// Unit plural and singular forms, lower case, to the singular form.
    pub unit_singular: HashMap<String, String>,
    /// Titles as written ("Mr") to whether the title is weak (also a job word).
    pub titles: HashMap<String, bool>,
    /// Organisation head words, as written.
    pub org_heads: HashSet<String>,
    /// Organisation phrases, as words.
    pub org_phrases: Vec<Vec<String>>,
    /// Job-title words, as written.
    pub roles: HashSet<String>,
    /// Capitalised words that are never part of a name.
    pub stop_words: HashSet<String>,
    /// Generic words of a greeting ("Customer"): not a person's name.
    pub salutation_words: HashSet<String>,
    /// Street words as written.
    pub streets: HashMap<String, StreetWord>,
    /// Abbreviations followed by a full stop inside names ("St").
    pub name_abbreviations: HashSet<String>,
    /// Closing phrases, lower case.
    pub closings: Vec<String>,
    /// Reference labels.
    pub reference_labels: Vec<RefLabel>,
}

/// The non-comment, non-blank lines of a data file, trimmed of the line end.
fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn words(src: &str) -> impl Iterator<Item = &str> {
    rows(src).filter_map(|r| r.first().copied())
}

/// Collapse runs of white space to single spaces, lower case.
pub(super) fn simple_lower(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Data {
    fn load() -> Self {
        let mut d = Data::default();
        for r in rows(MONTHS) {
            if let (Some(form), Some(n)) = (r.first(), r.get(1).and_then(|v| v.parse().ok())) {
                d.months.insert(form.to_lowercase(), n);
            }
        }
        d.weekdays = words(WEEKDAYS).map(str::to_lowercase).collect();
        for r in rows(NUMBER_WORDS) {
            if let (Some(w), Some(n)) = (r.first(), r.get(1).and_then(|v| v.parse().ok())) {
                d.number_words.insert(w.to_lowercase(), n);
            }
        }
        for r in rows(UNITS) {
            if let (Some(form), Some(s), Some(p)) = (r.first(), r.get(1), r.get(2)) {
                let unit = Unit {
                    singular: s.to_string(),
                    plural: p.to_string(),
                };
                d.unit_singular
                    .insert(simple_lower(p), unit.singular.to_lowercase());
                d.unit_singular
                    .insert(simple_lower(s), unit.singular.to_lowercase());
                d.units.insert(simple_lower(form), unit);
            }
        }
        for r in rows(QUANTITY_PHRASES) {
            if let (Some(phrase), Some(norm)) = (r.first(), r.get(1)) {
                d.quantity_phrases
                    .insert(simple_lower(phrase), simple_lower(norm));
            }
        }
        for r in rows(TITLES) {
            if let Some(t) = r.first() {
                let weak = r.get(1).is_some_and(|s| s.eq_ignore_ascii_case("weak"));
                d.titles.insert(t.to_string(), weak);
            }
        }
        d.org_heads = words(ORGANISATION_WORDS).map(str::to_string).collect();
        d.org_phrases = words(ORGANISATION_PHRASES)
            .map(|p| p.split_whitespace().map(str::to_string).collect())
            .filter(|p: &Vec<String>| !p.is_empty())
            .collect();
        d.roles = words(ROLES).map(str::to_string).collect();
        d.stop_words = words(STOP_WORDS).map(str::to_string).collect();
        d.salutation_words = words(SALUTATION_WORDS).map(str::to_string).collect();
        for r in rows(STREET_WORDS) {
            if let (Some(form), Some(norm)) = (r.first(), r.get(1)) {
                let standalone = r.get(2).is_some_and(|s| s.eq_ignore_ascii_case("yes"));
                d.streets.insert(
                    form.to_string(),
                    StreetWord {
                        normalised: norm.to_lowercase(),
                        standalone,
                    },
                );
            }
        }
        d.name_abbreviations = words(NAME_ABBREVIATIONS).map(str::to_string).collect();
        d.closings = words(CLOSINGS).map(simple_lower).collect();
        for r in rows(REFERENCE_LABELS) {
            if let Some(label) = r.first() {
                let needs_number = r.get(1).is_some_and(|s| s.eq_ignore_ascii_case("number"));
                d.reference_labels.push(RefLabel {
                    label: simple_lower(label),
                    needs_number,
                });
            }
        }
        d
    }

    /// The month number of a month form ("Nov", "november", "Sept."), if it is one.
    pub fn month(&self, form: &str) -> Option<u32> {
        self.months
            .get(&form.trim_end_matches('.').to_lowercase())
            .copied()
    }

    /// The value of number words ("six", "twenty-five", "Twenty five"), up to 99.
    pub fn number_value(&self, words: &str) -> Option<u32> {
        let mut total = 0u32;
        let mut parts = 0;
        for part in words
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|p| !p.is_empty())
        {
            let v = *self.number_words.get(&part.to_lowercase())?;
            total = total.checked_add(v)?;
            parts += 1;
        }
        (parts > 0).then_some(total)
    }

    /// Whether the word is a capitalised word that is never part of a name.
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop_words.contains(word) || self.weekdays.contains(&word.to_lowercase())
    }
}

/// The parsed data, loaded on first use.
pub(super) fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(Data::load)
}

/// A regex alternation matching any of `forms` (longest first, so that "working days" is
/// tried before "working"), with each space matching any run of white space.
pub(super) fn alternation<'a>(forms: impl Iterator<Item = &'a str>) -> String {
    let mut forms: Vec<&str> = forms.collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    forms
        .iter()
        .map(|f| {
            f.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses_into_non_empty_lists() {
        let d = data();
        assert_eq!(d.month("Sept."), Some(9));
        assert_eq!(d.month("november"), Some(11));
        assert!(d.weekdays.contains("thursday"));
        assert_eq!(d.number_value("twenty-five"), Some(25));
        assert_eq!(d.number_value("Six"), Some(6));
        assert_eq!(d.number_value("six weeks"), None);
        assert_eq!(d.units["working days"].plural, "working days");
        assert_eq!(d.unit_singular["weeks"], "week");
        assert_eq!(d.quantity_phrases["a fortnight"], "2 weeks");
        assert_eq!(d.titles.get("Sister"), Some(&true));
        assert_eq!(d.titles.get("Mr"), Some(&false));
        assert!(d.org_heads.contains("Council"));
        assert!(d
            .org_phrases
            .iter()
            .any(|p| p.join(" ") == "Adult Social Care"));
        assert!(d.roles.contains("Manager"));
        assert!(d.is_stop("Please"));
        assert!(!d.is_stop("Customer"));
        assert!(d.salutation_words.contains("Customer"));
        assert!(d.streets["Esplanade"].standalone);
        assert_eq!(d.streets["Rd"].normalised, "road");
        assert!(d.closings.iter().any(|c| c == "yours sincerely"));
        assert!(d
            .reference_labels
            .iter()
            .any(|l| l.label == "nhs" && l.needs_number));
    }

    #[test]
    fn alternation_puts_longer_forms_first_and_escapes() {
        let alt = alternation(["day", "working days", "mmol/l", "a.m"].into_iter());
        assert_eq!(alt, r"working\s+days|mmol/l|a\.m|day");
    }
}
