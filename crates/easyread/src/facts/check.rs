//! The facts check: does a converted text keep every fact of its source?

use std::collections::{HashMap, HashSet};

use super::data::data;
use super::names::name_norm;
use super::{find_facts, Fact, FactKind, FactsCheck};

/// Kinds whose values are interchangeable when compared: a reference read as a phone
/// number (or the other way round) in the output is still the same digits.
fn family(kind: FactKind) -> FactKind {
    match kind {
        FactKind::Phone => FactKind::Reference,
        k => k,
    }
}

/// Lower-case words of a text for in-order matching: letters and digits with inner
/// apostrophes; "&" reads as "and"; everything else separates words.
fn match_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch.is_alphanumeric() {
            current.extend(ch.to_lowercase());
        } else if matches!(ch, '\'' | '’')
            && !current.is_empty()
            && chars.peek().is_some_and(|c| c.is_alphanumeric())
        {
            current.push('\'');
        } else {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            if ch == '&' {
                words.push("and".to_string());
            }
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// What the output holds, indexed for the check.
struct Output {
    values: HashSet<(FactKind, String)>,
    month_days: HashSet<String>,
    year_months: HashSet<String>,
    quantities: HashSet<(String, String)>,
    words: Vec<String>,
    word_at: HashMap<String, Vec<usize>>,
    tokens: Vec<String>,
    token_at: HashMap<String, Vec<usize>>,
}

/// A quantity's number and unit (singular, lower case): "6 weeks" is ("6", "week").
fn quantity_parts(normalised: &str) -> Option<(String, String)> {
    let (number, unit) = normalised.split_once(' ')?;
    let d = data();
    let unit = d
        .unit_singular
        .get(unit)
        .cloned()
        .unwrap_or_else(|| unit.to_string());
    Some((number.to_string(), unit))
}

impl Output {
    fn new(text: &str) -> Self {
        let facts = find_facts(text);
        let mut out = Output {
            values: HashSet::new(),
            month_days: HashSet::new(),
            year_months: HashSet::new(),
            quantities: HashSet::new(),
            words: match_words(text),
            word_at: HashMap::new(),
            tokens: text
                .split_whitespace()
                .map(|t| {
                    t.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_uppercase()
                })
                .filter(|t| !t.is_empty())
                .collect(),
            token_at: HashMap::new(),
        };
        for (i, w) in out.words.iter().enumerate() {
            out.word_at.entry(w.clone()).or_default().push(i);
        }
        for (i, t) in out.tokens.iter().enumerate() {
            out.token_at.entry(t.clone()).or_default().push(i);
        }
        for f in &facts {
            let value = f.normalised.to_lowercase();
            match f.kind {
                FactKind::Date => {
                    // "2024-11-04" and "--11-04" both hold day and month "11-04".
                    if let Some(md) = value.get(value.len().saturating_sub(5)..) {
                        if value.len() == 10 || value.starts_with("--") {
                            out.month_days.insert(md.to_string());
                        }
                    }
                    if let Some(ym) = value.get(..7) {
                        if !value.starts_with("--") {
                            out.year_months.insert(ym.to_string());
                        }
                    }
                }
                FactKind::Quantity => {
                    if let Some(parts) = quantity_parts(&value) {
                        out.quantities.insert(parts);
                    }
                }
                _ => {}
            }
            out.values.insert((family(f.kind), value));
        }
        out
    }

    /// Whether `needed` appears as consecutive output words; with `skip_initials`, single
    /// letters in the output between them are skipped ("Tomasz A. Nowak").
    fn has_words(&self, needed: &[String], skip_initials: bool) -> bool {
        let Some(first) = needed.first() else {
            return false;
        };
        let Some(starts) = self.word_at.get(first) else {
            return false;
        };
        starts.iter().any(|&s| {
            let mut at = s + 1;
            for want in needed.get(1..).unwrap_or_default() {
                while skip_initials
                    && self
                        .words
                        .get(at)
                        .is_some_and(|w| w.chars().count() == 1 && w != want)
                {
                    at += 1;
                }
                if self.words.get(at) != Some(want) {
                    return false;
                }
                at += 1;
            }
            true
        })
    }

    /// Whether the output holds the reference as one token or as consecutive tokens
    /// ("7012 4453 09"), ignoring case and surrounding punctuation. Only tokens that are a
    /// prefix of the reference are tried as starts, so the cost does not grow with the
    /// output's length.
    fn has_reference(&self, value: &str) -> bool {
        let value = value.to_uppercase();
        let prefixes = value
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter_map(|end| value.get(..end));
        for prefix in prefixes {
            let Some(starts) = self.token_at.get(prefix) else {
                continue;
            };
            for &start in starts {
                let mut joined = String::new();
                for t in self.tokens.iter().skip(start) {
                    joined.push_str(t);
                    if joined == value {
                        return true;
                    }
                    if !value.starts_with(&joined) {
                        break;
                    }
                }
            }
        }
        false
    }

    fn keeps(&self, fact: &Fact) -> bool {
        let value = fact.normalised.to_lowercase();
        if self.values.contains(&(family(fact.kind), value.clone())) {
            return true;
        }
        match fact.kind {
            FactKind::Date => {
                if let Some(md) = value.strip_prefix("--") {
                    // The output may add the year the source left out.
                    self.month_days.contains(md)
                } else {
                    value.len() == 7 && self.year_months.contains(&value)
                }
            }
            FactKind::Quantity => {
                // "38-78 cm" is kept by "38 cm" and "78 cm".
                let Some((number, unit)) = quantity_parts(&value) else {
                    return false;
                };
                match number.split_once('-') {
                    Some((a, b)) => {
                        self.quantities.contains(&(a.to_string(), unit.clone()))
                            && self.quantities.contains(&(b.to_string(), unit))
                    }
                    None => false,
                }
            }
            FactKind::Person => {
                // The name's words in order; initials are optional.
                let words: Vec<String> = match_words(&value)
                    .into_iter()
                    .filter(|w| w.chars().count() > 1)
                    .collect();
                self.has_words(&words, true)
            }
            FactKind::Organisation | FactKind::Address => {
                self.has_words(&match_words(&name_norm(&value)), false)
            }
            FactKind::Reference | FactKind::Phone => self.has_reference(&value),
            _ => false,
        }
    }
}

pub(super) fn check(source: &[Fact], output_text: &str) -> FactsCheck {
    let output = Output::new(output_text);
    let mut seen = HashSet::new();
    let mut result = FactsCheck::default();
    for fact in source {
        if !seen.insert((fact.kind, fact.normalised.to_lowercase())) {
            continue;
        }
        result.found += 1;
        if output.keeps(fact) {
            result.kept += 1;
        } else {
            result.missing.push(fact.clone());
        }
    }
    result
}
