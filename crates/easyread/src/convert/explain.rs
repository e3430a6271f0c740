//! The `explain` stage: hard words that are still in the draft after the `words` stage
//! are bolded at their first use and explained in the "Hard words" glossary.
//!
//! The words come from the domain glossary `assets/lexicon/glossary.tsv` (care, health,
//! housing, money and law), each with a plain explanation written for Easy Read. For every
//! sentence and list item, in reading order, the stage finds glossary terms and their
//! variants: whole words, ignoring case (except for initials such as "GP"), apostrophes and
//! the difference between a hyphen and a space, the longest term first ("care and support
//! plan", not "care plan"). A term inside a fact (an organisation's name such as "Review
//! Team", a person's job after their name, an address) is not the hard word and is left
//! alone.
//!
//! At a term's first use the words as written become a bold phrase of the unit, and the term
//! with its explanation joins the draft's glossary, once, in order of first use. Nothing is
//! explained in brackets, and no sentence is added to the text: the glossary entry is the
//! explanation, and a reviewer can add a "This is called ..." sentence where it reads well.
//!
//! The glossary is kept to the words a reader needs: at most [`MAX_TERMS`] entries a
//! letter (entries the input already had count too). When a letter has more hard words, the
//! ones it uses most often are kept; between terms used equally often, the one used first.
//! The entries kept are then listed in order of first use. Terms left out stay in the text,
//! plain, and the checker still reports them.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use regex::Regex;

use super::{Draft, Stage, UnitKind};
use crate::facts::find_facts;
use crate::lexicon::{Lexicon, LexiconExtension};

/// The domain glossary: `term<TAB>explanation<TAB>domain<TAB>variants`.
pub const GLOSSARY_TSV: &str = include_str!("../../../../assets/lexicon/glossary.tsv");

/// The most entries the "Hard words" list of one letter holds.
pub const MAX_TERMS: usize = 8;

/// The domains a glossary row may belong to.
pub const DOMAINS: [&str; 5] = ["care", "health", "housing", "money", "law"];

/// One row of the domain glossary (built-in rows borrow the embedded file; an
/// organisation's rows own their text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The term as shown in the "Hard words" list: lower case unless it is a name.
    pub term: Cow<'static, str>,
    /// Its plain explanation, written to stand after "term:".
    pub explanation: Cow<'static, str>,
    /// Its area: one of [`DOMAINS`] for the built-in rows.
    pub domain: Cow<'static, str>,
    /// Other forms that mean the same: plurals, other names.
    pub variants: Vec<Cow<'static, str>>,
}

impl Entry {
    /// The term and its variants.
    pub fn forms(&self) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(&*self.term).chain(self.variants.iter().map(|v| &**v))
    }

    /// Form `i` of [`Entry::forms`].
    fn form(&self, i: usize) -> &str {
        self.forms().nth(i).unwrap_or(&self.term)
    }

    /// How a form found in a text is shown in the glossary: the singular of a plural
    /// ("allergies" as "allergy"); the term for a variant that starts or ends with it
    /// ("reviews", "discharged", "mobile hoist" as "hoist"); any other variant ("care
    /// plan") as itself. Forms are in lower case in the file unless they are names.
    fn display<'a>(&'a self, form: &'a str) -> &'a str {
        let found = key(form);
        if found == key(&self.term) {
            return &self.term;
        }
        let base = self
            .forms()
            .find(|f| is_plural_of(&found, &key(f)))
            .unwrap_or(form);
        let (base_key, term) = (key(base), key(&self.term));
        if base_key.starts_with(&term)
            || base_key.ends_with(&format!(" {term}"))
            || is_plural_of(&base_key, &term)
        {
            &self.term
        } else {
            base
        }
    }
}

/// Whether `plural` is `singular` with its last word made plural: "-s", "-es", "-y" to
/// "-ies". Both are keys (see [`key`]).
fn is_plural_of(plural: &str, singular: &str) -> bool {
    let Some(stem) = plural.strip_suffix('s') else {
        return false;
    };
    stem == singular
        || stem.strip_suffix('e') == Some(singular)
        || stem
            .strip_suffix("ie")
            .zip(singular.strip_suffix('y'))
            .is_some_and(|(a, b)| a == b)
}

/// Whether the words of `short` are some of the words of `long`, in a row. Both are keys.
fn contains_words(long: &str, short: &str) -> bool {
    long != short && format!(" {long} ").contains(&format!(" {short} "))
}

/// The parsed glossary and its matcher, built once (or once per organisation's lexicon).
pub(crate) struct Glossary {
    entries: Vec<Entry>,
    /// All the forms of all the entries as one pattern, longest first; `None` only if the
    /// pattern could not be built.
    pub(crate) matcher: Option<Regex>,
    /// Normalised form (see [`key`]) to (entry, index of the form in [`Entry::forms`]).
    forms: HashMap<String, (usize, usize)>,
}

/// The rows of the glossary file. Unlike `tsv_rows`, a row keeps an empty last column
/// (no variants). Rows without a term or an explanation are skipped.
fn parse(data: &'static str) -> Vec<Entry> {
    data.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t').map(str::trim);
            let term = cols.next().filter(|t| !t.is_empty())?;
            let explanation = cols.next().filter(|e| !e.is_empty())?;
            let domain = cols.next().unwrap_or_default();
            let variants = cols
                .next()
                .unwrap_or_default()
                .split('|')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .collect::<Vec<&str>>();
            Some(Entry {
                term: Cow::Borrowed(term),
                explanation: Cow::Borrowed(explanation),
                domain: Cow::Borrowed(domain),
                variants: variants.into_iter().map(Cow::Borrowed).collect(),
            })
        })
        .collect()
}

/// A form with case, apostrophes, hyphens and runs of spaces folded, as two forms the
/// matcher treats alike compare equal: "Carer's  Assessment" -> `carers assessment`.
pub(crate) fn key(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    let mut gap = false;
    for c in form.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if is_gap(c) {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.extend(c.to_lowercase());
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

fn is_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Initials such as "GP" or "A&E": no lower-case letter and at least two capitals. They
/// match only in capitals, so "Gp" or "esa" in ordinary words are not found.
fn is_initials(form: &str) -> bool {
    !form.chars().any(char::is_lowercase) && form.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// The pattern of one form: apostrophes optional, a hyphen or spaces as any run of them.
fn form_pattern(form: &str) -> String {
    let mut p = String::new();
    let mut gap = false;
    for c in form.chars() {
        if is_apostrophe(c) {
            p.push_str("['\u{2019}\u{2018}]?");
            continue;
        }
        if is_gap(c) {
            gap = true;
            continue;
        }
        if gap && !p.is_empty() {
            p.push_str("[\\s\\-\u{2010}\u{2011}]+");
        }
        gap = false;
        p.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
    }
    if is_initials(form) {
        format!("(?-i:{p})")
    } else {
        p
    }
}

impl Glossary {
    /// The built-in glossary, with an organisation's rows on top: a row replaces the
    /// built-in entry with the same term, and its forms win over built-in forms spelt alike.
    pub(crate) fn build(extension: Option<&LexiconExtension>) -> Glossary {
        let mut entries = parse(GLOSSARY_TSV);
        let mut own: HashSet<usize> = HashSet::new();
        for row in extension.map(|e| e.glossary.as_slice()).unwrap_or_default() {
            let entry = Entry {
                term: Cow::Owned(row.term.clone()),
                explanation: Cow::Owned(row.explanation.clone()),
                domain: Cow::Owned(row.domain.clone()),
                variants: row.variants.iter().cloned().map(Cow::Owned).collect(),
            };
            let k = key(&row.term);
            match entries.iter().position(|e| key(&e.term) == k) {
                Some(i) => entries[i] = entry,
                None => entries.push(entry),
            }
            if let Some(i) = entries.iter().position(|e| key(&e.term) == k) {
                own.insert(i);
            }
        }
        let mut forms = HashMap::new();
        let mut all: Vec<(usize, usize, String)> = Vec::new();
        // The organisation's entries first, so their forms win.
        let order = (0..entries.len())
            .filter(|i| own.contains(i))
            .chain((0..entries.len()).filter(|i| !own.contains(i)));
        for i in order {
            for (f, form) in entries[i].forms().enumerate() {
                let k = key(form);
                if k.is_empty() || forms.contains_key(&k) {
                    continue; // the tests keep the file free of duplicates
                }
                forms.insert(k.clone(), (i, f));
                all.push((i, f, k));
            }
        }
        // Longest first: the regex takes the first alternative that matches at a place.
        all.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then_with(|| a.2.cmp(&b.2)));
        let alternatives: Vec<String> = all
            .iter()
            .map(|(i, f, _)| form_pattern(entries[*i].form(*f)))
            .collect();
        let pattern = format!(r"(?i)\b(?:{})\b", alternatives.join("|"));
        let matcher = regex::RegexBuilder::new(&pattern)
            .size_limit(64 << 20)
            .build()
            .ok();
        Glossary {
            entries,
            matcher,
            forms,
        }
    }

    /// The glossary terms in `text`, in order, as (byte range, entry, form).
    fn find<'g: 't, 't>(
        &'g self,
        text: &'t str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, usize, &'g str)> + 't {
        self.matcher
            .iter()
            .flat_map(move |m| m.find_iter(text))
            .filter_map(|m| {
                let &(entry, form) = self.forms.get(&key(m.as_str()))?;
                Some((m.range(), entry, self.entries.get(entry)?.form(form)))
            })
    }
}

/// The built-in glossary, built on first use.
pub(crate) fn glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| Glossary::build(None))
}

/// The rows of the domain glossary, in file order.
pub fn entries() -> &'static [Entry] {
    &glossary().entries
}

/// A hard word found in the draft: where it is first used and how often.
struct Use<'g> {
    entry: usize,
    form: &'g str,
    unit: usize,
    range: std::ops::Range<usize>,
    count: usize,
}

/// The explanation as a sentence: with a full stop at the end, as the glossary shows it.
fn sentence_of(explanation: &str) -> String {
    let text = explanation.trim_end();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// Run the stage over the draft with the built-in glossary: bold the first use of each hard
/// word kept and add it, with its explanation, to the glossary.
pub fn run(draft: &mut Draft) {
    run_with(draft, &Lexicon::built_in());
}

/// Run the stage over the draft with `lexicon`'s glossary (an organisation's terms and
/// explanations on top of the built-in ones).
pub fn run_with(draft: &mut Draft, lexicon: &Lexicon) {
    let gloss = lexicon.glossary();
    let mut known: HashSet<String> = draft.glossary.iter().map(|(t, _)| key(t)).collect();
    let mut uses: Vec<Use> = Vec::new();
    let mut by_entry: HashMap<usize, usize> = HashMap::new();
    for (u, unit) in draft.units.iter().enumerate() {
        if !matches!(unit.kind, UnitKind::Sentence | UnitKind::ListItem) {
            continue;
        }
        let mut facts = None;
        for (range, entry, form) in gloss.find(&unit.text) {
            let facts = facts.get_or_insert_with(|| find_facts(&unit.text));
            if facts
                .iter()
                .any(|f| f.span.start < range.end && range.start < f.span.end)
            {
                continue;
            }
            match by_entry.get(&entry).and_then(|&i| uses.get_mut(i)) {
                Some(seen) => seen.count += 1,
                None => {
                    by_entry.insert(entry, uses.len());
                    uses.push(Use {
                        entry,
                        form,
                        unit: u,
                        range,
                        count: 1,
                    });
                }
            }
        }
    }
    // Entries the draft already has (an input with its own glossary) are not added again.
    uses.retain(|u| {
        gloss.entries.get(u.entry).is_some_and(|e| {
            !known.contains(&key(e.display(u.form))) && !e.forms().any(|f| known.contains(&key(f)))
        })
    });
    // When there are too many, leave out first the terms that hold a word explained anyway
    // and used more often ("annual review" beside "review"); then keep the most
    // used, on a tie the first used. The ones kept are listed in order of first use.
    let room = MAX_TERMS.saturating_sub(draft.glossary.len());
    if uses.len() > room {
        let keys: Vec<(String, String)> = uses
            .iter()
            .map(|u| {
                let display = gloss
                    .entries
                    .get(u.entry)
                    .map_or(u.form, |e| e.display(u.form));
                (key(u.form), key(display))
            })
            .collect();
        let subsumed: Vec<bool> = (0..uses.len())
            .map(|a| {
                (0..uses.len()).any(|b| {
                    b != a
                        && uses[b].count > uses[a].count
                        && [&keys[b].0, &keys[b].1]
                            .iter()
                            .any(|short| contains_words(&keys[a].0, short))
                })
            })
            .collect();
        let mut ranked: Vec<usize> = (0..uses.len()).collect();
        ranked.sort_by(|&a, &b| {
            subsumed[a]
                .cmp(&subsumed[b])
                .then(uses[b].count.cmp(&uses[a].count))
                .then(a.cmp(&b))
        });
        let keep: HashSet<usize> = ranked.into_iter().take(room).collect();
        let mut i = 0;
        uses.retain(|_| {
            i += 1;
            keep.contains(&(i - 1))
        });
    }
    for u in uses {
        let (Some(entry), Some(unit)) = (gloss.entries.get(u.entry), draft.units.get_mut(u.unit))
        else {
            continue;
        };
        let Some(written) = unit.text.get(u.range.clone()).map(str::to_string) else {
            continue;
        };
        let term = entry.display(u.form);
        if !known.insert(key(term)) {
            continue;
        }
        if !unit.strong.contains(&written) {
            unit.strong.push(written.clone());
        }
        let source = unit.source;
        let explanation = sentence_of(&entry.explanation);
        draft.glossary.push((term.to_string(), explanation.clone()));
        draft.record(
            Stage::Explain,
            "glossary-term",
            written,
            explanation,
            source,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::Unit;
    use crate::model::Source;
    use proptest::prelude::*;

    const JARGON_TSV: &str = include_str!("../../../../assets/lexicon/jargon.tsv");
    const PLAIN_WORDS_TSV: &str = include_str!("../../../../assets/lexicon/plain-words.tsv");

    fn rows(data: &str) -> Vec<&str> {
        data.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .skip(1)
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        key(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// Whether `phrase` (as words) is in `text` (as words), the last word maybe plural.
    fn contains_phrase(text: &[String], phrase: &[String]) -> bool {
        let n = phrase.len();
        n > 0
            && text.windows(n).any(|w| {
                w[..n - 1] == phrase[..n - 1] && {
                    let (last, want) = (&w[n - 1], &phrase[n - 1]);
                    last == want || *last == format!("{want}s") || *last == format!("{want}es")
                }
            })
    }

    fn sentence(text: &str) -> Unit {
        Unit {
            kind: UnitKind::Sentence,
            text: text.to_string(),
            strong: Vec::new(),
            list: None,
            source: Source::default(),
        }
    }

    fn draft(texts: &[&str]) -> Draft {
        Draft {
            units: texts.iter().map(|t| sentence(t)).collect(),
            ..Draft::default()
        }
    }

    fn terms(d: &Draft) -> Vec<&str> {
        d.glossary.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn every_row_has_four_columns_and_a_short_plain_explanation() {
        let rows = rows(GLOSSARY_TSV);
        assert!(rows.len() >= 170, "only {} rows", rows.len());
        assert_eq!(entries().len(), rows.len());
        for row in rows {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 4, "not 4 columns: {row:?}");
            let (term, explanation, domain) = (cols[0], cols[1], cols[2]);
            assert!(
                !term.trim().is_empty() && !explanation.trim().is_empty(),
                "{row:?}"
            );
            assert!(DOMAINS.contains(&domain), "domain {domain:?} of {term}");
            let n = explanation.split_whitespace().count();
            assert!(n < 20, "{term}: explanation of {n} words");
            assert!(
                !explanation.contains(|c: char| c.is_ascii_digit()),
                "{term}: a figure in the explanation, which the letter may not have"
            );
            assert!(
                !explanation.contains(['(', ')', '[', ']']),
                "{term}: brackets in the explanation"
            );
            assert!(
                !explanation
                    .split(|c: char| !c.is_alphanumeric())
                    .any(is_initials),
                "{term}: initials in the explanation"
            );
        }
    }

    #[test]
    fn no_term_or_variant_is_listed_twice() {
        let mut seen = HashMap::new();
        for e in entries() {
            for form in e.forms() {
                if let Some(other) = seen.insert(key(form), &e.term) {
                    panic!("{form:?} of {:?} is also a form of {other:?}", e.term);
                }
            }
        }
    }

    #[test]
    fn every_jargon_term_is_in_the_glossary() {
        let forms: HashSet<String> = entries().iter().flat_map(|e| e.forms()).map(key).collect();
        for row in rows(JARGON_TSV) {
            let term = row.split('\t').next().unwrap_or_default();
            assert!(
                forms.contains(&key(term)),
                "jargon term {term:?} is missing"
            );
        }
    }

    #[test]
    fn explanations_are_short_sentences() {
        for e in entries() {
            for sentence in e.explanation.split_inclusive(['.', '?', '!']) {
                let n = sentence.split_whitespace().count();
                assert!(
                    n <= 12,
                    "{}: {n} words in {:?} (Easy Read: 12 or fewer a sentence)",
                    e.term,
                    sentence.trim()
                );
            }
        }
    }

    #[test]
    fn explanations_use_no_jargon_and_no_formal_words() {
        let hard: Vec<Vec<String>> = rows(JARGON_TSV)
            .into_iter()
            .chain(rows(PLAIN_WORDS_TSV))
            .filter_map(|r| r.split('\t').next())
            .map(words)
            .collect();
        for e in entries() {
            let text = words(&e.explanation);
            for h in &hard {
                assert!(
                    !contains_phrase(&text, h),
                    "{}: explanation uses the hard word {:?}",
                    e.term,
                    h.join(" ")
                );
            }
        }
    }

    #[test]
    fn every_form_is_found_and_resolves_to_its_entry() {
        let gloss = glossary();
        assert!(gloss.matcher.is_some(), "the matcher did not build");
        for (i, e) in gloss.entries.iter().enumerate() {
            for form in e.forms() {
                let text = format!("We will talk about {form} soon.");
                let found: Vec<_> = gloss.find(&text).collect();
                assert_eq!(found.len(), 1, "{form:?} in {text:?}: {found:?}");
                assert_eq!(found[0].1, i, "{form:?} found as another entry");
                assert_eq!(&text[found[0].0.clone()], form);
            }
        }
    }

    #[test]
    fn only_the_first_use_is_bold_and_listed() {
        let mut d = draft(&[
            "We need to check your plan at a review.",
            "The review is at your home.",
        ]);
        run(&mut d);
        assert_eq!(terms(&d), ["review"]);
        assert_eq!(d.units[0].strong, ["review"]);
        assert!(d.units[1].strong.is_empty());
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].rule, "glossary-term");
        assert_eq!(d.changes[0].stage, Stage::Explain);
        assert!(!d.units[0].text.contains('('), "nothing in brackets");
    }

    #[test]
    fn the_longest_term_wins() {
        let mut d = draft(&["We will check your Care and Support Plan."]);
        run(&mut d);
        assert_eq!(terms(&d), ["care and support plan"]);
        assert_eq!(d.units[0].strong, ["Care and Support Plan"]);
    }

    #[test]
    fn variants_case_and_names() {
        let mut d = draft(&[
            "Your care plan says what help you get.",
            "We held two Reviews this year.",
            "You get Universal Credit.",
            "Tell us if you need a carers assessment.",
            "The gp is open, and the GP will see you.",
        ]);
        run(&mut d);
        assert_eq!(
            terms(&d),
            [
                "care plan",
                "review",
                "Universal Credit",
                "carer's assessment",
                "GP"
            ]
        );
        assert_eq!(d.units[1].strong, ["Reviews"]);
        assert_eq!(d.units[3].strong, ["carers assessment"]);
        assert_eq!(d.units[4].strong, ["GP"]);
    }

    #[test]
    fn plurals_and_longer_variants_are_listed_as_the_term() {
        let mut d = draft(&[
            "Tell us about any allergies.",
            "A mobile hoist will come.",
            "You were discharged on Monday.",
        ]);
        run(&mut d);
        assert_eq!(terms(&d), ["allergy", "hoist", "discharge"]);
        assert_eq!(d.units[0].strong, ["allergies"]);
        assert_eq!(d.units[1].strong, ["mobile hoist"]);
        let (_, explanation) = &d.glossary[0];
        assert!(explanation.ends_with('.'), "a full stop: {explanation:?}");
        // A term written as a plural stays as written.
        let mut d = draft(&["It meets your eligible needs and national eligibility criteria."]);
        run(&mut d);
        assert_eq!(terms(&d), ["eligible needs", "eligibility criteria"]);
    }

    #[test]
    fn over_the_cap_a_term_holding_a_word_explained_anyway_goes_first() {
        let mut d = draft(&[
            "It is your annual review.",
            "The review checks your care coordinator, advocate and interpreter.",
            "A referral, a tenancy, a clinic and a prescription matter too.",
            "Come to the review.",
        ]);
        run(&mut d);
        let t = terms(&d);
        assert_eq!(t.len(), MAX_TERMS);
        assert!(!t.contains(&"annual review"), "{t:?}");
        assert_eq!(t[0], "review");
        // Under the cap, both stay.
        let mut d = draft(&["It is your annual review.", "Come to the review."]);
        run(&mut d);
        assert_eq!(terms(&d), ["annual review", "review"]);
    }

    #[test]
    fn whole_words_only() {
        let mut d = draft(&["Your plan was reviewed and the outcome is clear."]);
        run(&mut d);
        assert!(d.glossary.is_empty(), "{:?}", d.glossary);
    }

    #[test]
    fn words_inside_facts_are_not_explained() {
        let text = "Phone the Review Team on 0117 496 0321.";
        assert!(
            find_facts(text)
                .iter()
                .any(|f| f.text.contains("Review Team")),
            "the facts recogniser should see the team"
        );
        let mut d = draft(&[text, "Your review is soon."]);
        run(&mut d);
        assert!(d.units[0].strong.is_empty());
        assert_eq!(d.units[1].strong, ["review"]);
        assert_eq!(terms(&d), ["review"]);
    }

    #[test]
    fn headings_are_left_alone_and_bold_from_the_source_stays() {
        let mut d = draft(&["Bring your prescription to the clinic."]);
        d.units[0].strong.push("Bring".to_string());
        d.units.insert(
            0,
            Unit {
                kind: UnitKind::Heading(2),
                ..sentence("Your review")
            },
        );
        run(&mut d);
        assert!(d.units[0].strong.is_empty());
        assert_eq!(d.units[1].strong, ["Bring", "prescription", "clinic"]);
        assert_eq!(terms(&d), ["prescription", "clinic"]);
    }

    #[test]
    fn the_glossary_is_in_order_of_first_use() {
        let mut d = draft(&[
            "An interpreter can come.",
            "Ask about a direct payment or an advocate.",
            "The interpreter is free.",
        ]);
        run(&mut d);
        assert_eq!(terms(&d), ["interpreter", "direct payment", "advocate"]);
        let (_, explanation) = &d.glossary[0];
        assert!(explanation.contains("languages"));
    }

    #[test]
    fn entries_already_in_the_glossary_are_not_added_again() {
        let mut d = draft(&["Ask an advocate and an interpreter."]);
        d.glossary
            .push(("advocate".to_string(), "our own words".to_string()));
        run(&mut d);
        assert_eq!(terms(&d), ["advocate", "interpreter"]);
        assert_eq!(d.units[0].strong, ["interpreter"]);
    }

    #[test]
    fn the_list_is_capped_keeping_the_most_used() {
        let texts = [
            "You can ask for a review, an advocate and an interpreter.",
            "A tenancy, a referral and a prescription matter too.",
            "So do arrears, a tribunal and an appeal.",
            "An ombudsman looks at a complaint.",
            "The complaint and the complaint and the appeal.",
        ];
        let mut d = draft(&texts);
        run(&mut d);
        assert_eq!(d.glossary.len(), MAX_TERMS);
        let t = terms(&d);
        // The most used first in the ranking, then first use; listed in order of first use.
        assert!(t.contains(&"complaint") && t.contains(&"appeal"));
        assert_eq!(
            t,
            [
                "review",
                "advocate",
                "interpreter",
                "tenancy",
                "referral",
                "prescription",
                "appeal",
                "complaint"
            ]
        );
        assert_eq!(d.changes.len(), MAX_TERMS);
        // Words left out are not bold.
        assert!(d.units[2].strong.iter().all(|s| s == "appeal"));
    }

    #[test]
    fn list_items_are_explained() {
        let mut d = draft(&[]);
        d.units.push(Unit {
            kind: UnitKind::ListItem,
            list: Some(0),
            ..sentence("a grab rail by the door")
        });
        run(&mut d);
        assert_eq!(terms(&d), ["grab rail"]);
    }

    proptest! {
        #[test]
        fn run_never_panics(
            texts in proptest::collection::vec(
                "(review|Care Plan|GP|carer’s|A&E|£5|0117 496 0321|[a-zA-Z'’ -]{0,12}|\\PC{0,8}| ){0,12}",
                0..6,
            ),
            kinds in proptest::collection::vec(0u8..3, 0..6),
            strong in "\\PC{0,6}",
        ) {
            let mut d = Draft::default();
            for (i, t) in texts.iter().enumerate() {
                let kind = match kinds.get(i) {
                    Some(0) => UnitKind::Heading(2),
                    Some(1) => UnitKind::ListItem,
                    _ => UnitKind::Sentence,
                };
                d.units.push(Unit { kind, strong: vec![strong.clone()], ..sentence(t) });
            }
            run(&mut d);
            prop_assert!(d.glossary.len() <= MAX_TERMS);
            for u in &d.units {
                for s in &u.strong {
                    prop_assert!(s == &strong || u.text.contains(s.as_str()));
                }
            }
        }
    }
}
