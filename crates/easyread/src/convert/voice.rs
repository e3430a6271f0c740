//! The `voice` stage: the sending organisation becomes "we", "us" and "our"; the reader is
//! already "you".
//!
//! The sender's names come from the draft: [`Draft::sender`], the From block, the
//! letterhead address, plus generic names such as "the Council" or "the Trust" when the
//! sender is that kind of organisation (a letter from a care provider that mentions "the
//! Council" means someone else). Only the sender is rewritten: "Riverside Day Centre" or
//! "your GP practice" are left alone, and so is "the Council Tax".
//!
//! - subject: "the Council is required to keep" -> "we must keep", "the Council provides"
//!   -> "we provide", "the Council will" -> "we will";
//! - possessive: "the Council's policy" -> "our policy";
//! - object: "contact the Council on ..." -> "contact us on ...".
//!
//! A full name of the sender is rewritten only when the From block, the details or an
//! address still hold it, so the facts check keeps it. The word lists are data:
//! `assets/lexicon/voice.tsv`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::cleanup::{at_word_end, at_word_start, capitalise_first, match_at, Case};
use super::{Draft, Stage, UnitKind};
use crate::facts::{find_facts, Fact, FactKind};
use crate::lexicon::tsv_rows;

/// Rule id: the sender as subject became "we".
pub const RULE_TO_WE: &str = "organisation-to-we";
/// Rule id: the sender as object became "us".
pub const RULE_TO_US: &str = "organisation-to-us";
/// Rule id: the sender's possessive became "our".
pub const RULE_TO_OUR: &str = "organisation-to-our";
/// Rule id: the verb after "we" made to agree ("is" -> "are", "provides" -> "provide").
pub const RULE_VERB_AGREEMENT: &str = "verb-agreement";

const DATA: &str = include_str!("../../../../assets/lexicon/voice.tsv");

/// The word lists of `voice.tsv`.
#[derive(Default)]
struct Lexicon {
    /// Generic names and the kind of sender they stand for, longest first.
    organisations: Vec<(String, String)>,
    not_organisations: Vec<String>,
    sender_kinds: HashSet<String>,
    org_words: HashSet<String>,
    role_words: HashSet<String>,
    /// Verbs (one or more words) and their form after "we", longest first.
    verbs: Vec<(String, String)>,
    not_verbs: HashSet<String>,
    adverbs: HashSet<String>,
    after_object: HashSet<String>,
    /// Words before the organisation that make it an object ("held by the Council").
    prepositions: HashSet<String>,
    /// Words before the organisation that make its name a place ("in the Unit").
    place_prepositions: HashSet<String>,
    determiners: HashSet<String>,
    /// Nouns before "of" that make the organisation a thing, not an actor ("the end of
    /// the Service").
    thing_nouns: HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(DATA))
}

fn parse(data: &str) -> Lexicon {
    let mut lex = Lexicon::default();
    for row in tsv_rows(data) {
        let kind = row.first().copied().unwrap_or("");
        let phrase = row.get(1).copied().unwrap_or("");
        let value = row.get(2).copied().unwrap_or("").to_ascii_lowercase();
        if phrase.is_empty() || !phrase.is_ascii() {
            continue;
        }
        let lower = phrase.to_ascii_lowercase();
        match kind {
            "organisation" => lex.organisations.push((phrase.to_string(), value)),
            "not-organisation" => lex.not_organisations.push(lower),
            "sender-kind" => drop(lex.sender_kinds.insert(lower)),
            "org-word" => drop(lex.org_words.insert(lower)),
            "role-word" => drop(lex.role_words.insert(lower)),
            "verb" => lex.verbs.push((lower, value)),
            "not-verb" => drop(lex.not_verbs.insert(lower)),
            "adverb" => drop(lex.adverbs.insert(lower)),
            "after-object" => drop(lex.after_object.insert(lower)),
            "determiner" => drop(lex.determiners.insert(lower)),
            "preposition" => drop(lex.prepositions.insert(lower)),
            "place-preposition" => drop(lex.place_prepositions.insert(lower)),
            "thing-noun" => drop(lex.thing_nouns.insert(lower)),
            _ => {}
        }
    }
    lex.organisations
        .sort_by_key(|o| std::cmp::Reverse(o.0.len()));
    lex.not_organisations
        .sort_by_key(|p| std::cmp::Reverse(p.len()));
    lex.verbs.sort_by_key(|v| std::cmp::Reverse(v.0.len()));
    lex
}

/// A name of the sender to look for in the text.
#[derive(Debug, Clone, PartialEq)]
struct Pattern {
    phrase: String,
    case: Case,
}

/// Run the stage over the draft.
pub fn run(draft: &mut Draft) {
    let patterns = sender_patterns(draft);
    if patterns.is_empty() {
        return;
    }
    let mut changes = Vec::new();
    for unit in &mut draft.units {
        if !matches!(
            unit.kind,
            UnitKind::Sentence | UnitKind::ListItem | UnitKind::Heading(_)
        ) {
            continue;
        }
        if let Some((text, edits)) = rewrite(&unit.text, &patterns) {
            unit.text = text;
            changes.extend(edits.into_iter().map(|e| (e, unit.source)));
        }
    }
    for ((rule, before, after), source) in changes {
        draft.record(Stage::Voice, rule, before, after, source);
    }
}

/// The lower-case words of a name.
fn words_of(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a line (or part of one) of a sign-off or letterhead is an organisation's name:
/// it has an organisation word, is not a job title, and has no digits.
fn is_organisation_name(part: &str) -> bool {
    let lex = lexicon();
    let part = part.trim();
    if !part.chars().next().is_some_and(char::is_uppercase)
        || part.chars().any(|c| c.is_ascii_digit())
        || !part.is_ascii()
    {
        return false;
    }
    let words = words_of(part);
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let role = |w: Option<&String>| w.is_some_and(|w| lex.role_words.contains(w));
    words.iter().any(|w| lex.org_words.contains(w))
        && !role(words.first())
        && !role(words.last())
        && !words.iter().any(|w| w == "behalf")
}

/// The parts of a line that may each be a name: "Senior Practitioner, Review Team".
fn parts(line: &str) -> impl Iterator<Item = &str> {
    line.split([',', '\u{2013}', '\u{2014}', '|'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
}

/// The sender's names: from the sender, the From block (or sign-off) and the letterhead
/// address; only names the kept parts of the letter still hold.
fn sender_names(draft: &Draft) -> Vec<String> {
    let mut candidates: Vec<&str> = Vec::new();
    if let Some(sender) = &draft.sender {
        candidates.push(sender);
    }
    for line in draft.from.iter().chain(&draft.sign_off) {
        candidates.extend(parts(line));
    }
    let letterhead = draft.addresses.iter().find(|lines| {
        lines.first().is_some_and(|first| {
            !find_facts(first)
                .iter()
                .any(|f| f.kind == FactKind::Person && f.span.start == 0)
                && is_organisation_name(parts(first).next().unwrap_or(""))
        })
    });
    if let Some(lines) = letterhead {
        for line in lines.iter().take(2) {
            candidates.extend(parts(line));
        }
    }
    let kept: Vec<&String> = draft
        .from
        .iter()
        .chain(&draft.details)
        .chain(&draft.sign_off)
        .chain(draft.addresses.iter().flatten())
        .collect();
    let mut names: Vec<String> = Vec::new();
    for c in candidates {
        if is_organisation_name(c)
            && kept.iter().any(|k| k.contains(c))
            && !names.iter().any(|n| n == c)
        {
            names.push(c.to_string());
        }
    }
    names
}

/// What to look for: the sender's names, with and without "the", and the generic names
/// that stand for this kind of sender; longest first.
fn sender_patterns(draft: &Draft) -> Vec<Pattern> {
    let lex = lexicon();
    let names = sender_names(draft);
    let name_words: HashSet<String> = names.iter().flat_map(|n| words_of(n)).collect();
    let kinds: HashSet<&String> = lex
        .sender_kinds
        .iter()
        .filter(|k| name_words.contains(*k))
        .collect();
    let mut patterns: Vec<Pattern> = Vec::new();
    for name in &names {
        for phrase in [format!("the {name}"), name.clone()] {
            patterns.push(Pattern {
                phrase,
                case: Case::FirstFree,
            });
        }
    }
    for (phrase, kind) in &lex.organisations {
        let applies = name_words.contains(kind) || (kind == "council" && kinds.is_empty());
        if applies {
            let case = if phrase.chars().any(|c| c.is_ascii_uppercase()) {
                Case::FirstFree
            } else {
                Case::Any
            };
            patterns.push(Pattern {
                phrase: phrase.clone(),
                case,
            });
        }
    }
    patterns.sort_by_key(|p| std::cmp::Reverse(p.phrase.len()));
    patterns.dedup();
    patterns
}

/// How the sender stands in a sentence.
#[derive(Debug, PartialEq)]
enum Role {
    /// "the Council's": `end` is past the "'s".
    Possessive { end: usize },
    /// "the Council is ...": the verb's span and its form after "we", if there is one.
    Subject {
        verb: Option<(usize, usize, String)>,
    },
    /// "contact the Council on ...".
    Object,
}

/// One recorded edit: rule, before, after.
type Edit = (&'static str, String, String);

/// The sentence with the sender as "we", "us" or "our", and the edits made; `None` when
/// nothing changed.
/// Whether the name at `at..end` is one part of a place written with commas: "Assessment
/// Room 2, Wheelchair and Seating Service, Unit 7, ...". There it names the place, and "us"
/// would lose where to go.
fn address_part(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].trim_end();
    let after = text[end..].trim_start();
    // "Place: Audiology Department, Outpatients Building B": the first part after a label.
    if before.ends_with(':') && after.starts_with(',') {
        return true;
    }
    before.ends_with(',')
        && after.starts_with(',')
        && before[..before.len() - 1]
            .rsplit(',')
            .next()
            .is_some_and(|part| part.chars().any(|c| c.is_ascii_digit()))
}

/// Whether the name at `at` follows "the end of", "the closure of" ...: there the letter
/// speaks of the service as a thing ("following the conclusion of the Service"), and "us"
/// would say something else.
fn named_as_thing(text: &str, at: usize) -> bool {
    let mut before = text[..at].split_whitespace().rev();
    let (Some(of), Some(noun)) = (before.next(), before.next()) else {
        return false;
    };
    of.eq_ignore_ascii_case("of") && lexicon().thing_nouns.contains(&noun.to_lowercase())
}

fn rewrite(text: &str, patterns: &[Pattern]) -> Option<(String, Vec<Edit>)> {
    let lex = lexicon();
    let facts = find_facts(text);
    let mut out = String::with_capacity(text.len());
    let mut edits = Vec::new();
    let mut copied = 0;
    let mut at = 0;
    while at < text.len() {
        if !text.is_char_boundary(at) || !at_word_start(text, at) {
            at += 1;
            continue;
        }
        let not_org = lex.not_organisations.iter().find_map(|p| {
            match_at(text, at, p, Case::Any).filter(|&e| e > at && at_word_end(text, e, p))
        });
        if let Some(end) = not_org {
            at = end;
            continue;
        }
        let found = patterns.iter().find_map(|p| {
            match_at(text, at, &p.phrase, p.case)
                .filter(|&e| e > at && at_word_end(text, e, &p.phrase))
        });
        let Some(end) = found else {
            at += 1;
            continue;
        };
        if inside_other_fact(&facts, at, end)
            || address_part(text, at, end)
            || named_as_thing(text, at)
        {
            at = end;
            continue;
        }
        let Some(role) = role(text, at, end, &facts) else {
            at = end;
            continue;
        };
        let starts_sentence = !text[..at].chars().any(char::is_alphanumeric);
        let say = |word: &str| {
            if starts_sentence {
                capitalise_first(word)
            } else {
                word.to_string()
            }
        };
        out.push_str(&text[copied..at]);
        let mention = text[at..end].to_string();
        match role {
            Role::Possessive { end: past } => {
                let word = say("our");
                edits.push((RULE_TO_OUR, text[at..past].to_string(), word.clone()));
                out.push_str(&word);
                copied = past;
            }
            Role::Object => {
                let word = say("us");
                edits.push((RULE_TO_US, mention, word.clone()));
                out.push_str(&word);
                copied = end;
            }
            Role::Subject { verb } => {
                let word = say("we");
                edits.push((RULE_TO_WE, mention, word.clone()));
                out.push_str(&word);
                copied = end;
                if let Some((start, stop, new)) = verb {
                    let old = &text[start..stop];
                    if old != new {
                        out.push_str(&text[end..start]);
                        edits.push((RULE_VERB_AGREEMENT, old.to_string(), new.clone()));
                        out.push_str(&new);
                        copied = stop;
                    }
                }
            }
        }
        at = copied;
    }
    if edits.is_empty() {
        return None;
    }
    out.push_str(&text[copied..]);
    if edits.iter().any(|e| e.0 == RULE_TO_WE) {
        out = its_name_to_our(&out, &mut edits);
        out = that_it_to_we(&out, &mut edits);
    }
    Some((out, edits))
}

/// After the sender became "we": "we accept that it owes you" has the sender twice, the
/// second time as "it", so "that we owe you". Only straight after "we VERB that", where
/// "it" can only be the sender; the verb after it agrees with "we".
fn that_it_to_we(text: &str, edits: &mut Vec<Edit>) -> String {
    // ASCII lower case keeps every byte where it was, so positions in `lower` are
    // positions in `text` ("İ" would grow under full lower-casing).
    let lower = text.to_ascii_lowercase();
    let Some(we) = lower.find("we ") else {
        return text.to_string();
    };
    let Some(at) = lower[we..]
        .find(" that it ")
        .map(|p| we + p + " that ".len())
    else {
        return text.to_string();
    };
    // "we VERB that it": one word between "we" and "that".
    if lower[we + 3..at - " that ".len()].contains(' ') {
        return text.to_string();
    }
    let verb_at = at + "it ".len();
    let Some((verb, verb_end)) = word_at(text, verb_at) else {
        return text.to_string();
    };
    // "that it is not possible", "that it has been decided", "that it seems": "it" says
    // nothing there, so it stays.
    if matches!(
        verb,
        "is" | "was" | "has" | "does" | "seems" | "appears" | "means" | "looks" | "remains"
    ) {
        return text.to_string();
    }
    let Some(agreed) = base_form(verb) else {
        return text.to_string();
    };
    edits.push((RULE_TO_WE, format!("it {verb}"), format!("we {agreed}")));
    format!("{}we {agreed}{}", &text[..at], &text[verb_end..])
}

/// After the sender became "we": "its" before a name of its own ("its Legal Services
/// department", "its Anti-Social Behaviour Policy") is the sender's, so "our"; so is "its"
/// before a duty or power after "we" ("we have had regard to its duty" -> "our duty"):
/// only the body that wrote the letter has duties in it.
fn its_name_to_our(text: &str, edits: &mut Vec<Edit>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("its ") {
        let word_start = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric());
        let after = &rest[at + 4..];
        let name_after = after.starts_with(|c: char| c.is_uppercase());
        let next = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // `rest` is the end of `text`, so the words before "its" are a slice of it.
        let before = &text[..text.len() - rest.len() + at];
        let duty_after = matches!(
            next,
            "duty" | "duties" | "powers" | "responsibilities" | "obligations"
        ) && before
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("we"));
        out.push_str(&rest[..at]);
        if word_start && (name_after || duty_after) {
            out.push_str("our ");
            edits.push((RULE_TO_OUR, "its".to_string(), "our".to_string()));
        } else {
            out.push_str("its ");
        }
        rest = &rest[at + 4..];
    }
    out.push_str(rest);
    out
}

/// Whether the span lies inside a longer fact (a name that is not the sender's).
fn inside_other_fact(facts: &[Fact], start: usize, end: usize) -> bool {
    facts.iter().any(|f| {
        f.span.start <= start
            && end <= f.span.end
            && (f.span.start < start || end < f.span.end)
            && !matches!(f.kind, FactKind::Quantity)
    })
}

/// The word at byte `at` (letters, digits, apostrophes, hyphens) and its end.
fn word_at(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text.get(at..)?;
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .unwrap_or(rest.len());
    (len > 0).then(|| (&rest[..len], at + len))
}

/// The start of the next word after `at`, past spaces.
fn skip_spaces(text: &str, at: usize) -> usize {
    text.get(at..)
        .map_or(at, |rest| at + (rest.len() - rest.trim_start().len()))
}

/// How the sender mention at `start..end` stands in the sentence, or `None` to leave it.
fn role(text: &str, start: usize, end: usize, facts: &[Fact]) -> Option<Role> {
    let lex = lexicon();
    let rest = text.get(end..)?;
    for apostrophe in ["'s", "\u{2019}s"] {
        if let Some(after) = rest.strip_prefix(apostrophe) {
            if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                return Some(Role::Possessive {
                    end: end + apostrophe.len(),
                });
            }
        }
    }
    // "our Adult Social Care team": part of a longer phrase.
    let before = text[..start].trim_end();
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let possessive = before.ends_with("'s") || before.ends_with("\u{2019}s");
    if possessive || lex.determiners.contains(&previous) {
        return None;
    }
    // "booked ... in the Pre-operative Assessment Unit": a place, not the sender acting.
    if lex.place_prepositions.contains(&previous) {
        return None;
    }
    let next_at = skip_spaces(text, end);
    let next = word_at(text, next_at);
    if let Some((word, _)) = next {
        if word.chars().next().is_some_and(char::is_uppercase) && next_at == end + 1 {
            return None; // "the Council Tax", "the Council Offices": a longer name
        }
    }
    // "information held by the Council has been ...": after a preposition the sender is
    // an object, and the verb that follows belongs to another subject.
    if let Some(verb) = verb_after(text, next_at) {
        // "Patients who do not come without notifying the Trust may be discharged": after
        // an "-ing" verb the sender is its object too ("us", not "we").
        let after_ing_verb = previous.len() > 4 && previous.ends_with("ing");
        if lex.prepositions.contains(&previous) || after_ing_verb {
            return Some(Role::Object);
        }
        return Some(Role::Subject { verb: Some(verb) });
    }
    let starts_sentence = !before.chars().any(char::is_alphanumeric);
    match rest.chars().next() {
        None => Some(Role::Object),
        Some(',') if starts_sentence => Some(Role::Subject { verb: None }),
        Some(',') => {
            // "Send them to the Team, PO Box 1234": the name heads an address; keep it.
            let comma = end;
            let address = facts.iter().any(|f| {
                matches!(
                    f.kind,
                    FactKind::Address | FactKind::Postcode | FactKind::Organisation
                ) && f.span.start > comma
                    && f.span.start <= comma + 3
            });
            (!address).then_some(Role::Object)
        }
        Some(c) if ".;:!?)\"'\u{2019}\u{201d}".contains(c) => Some(Role::Object),
        Some(_) => match next {
            Some((word, _)) if lex.after_object.contains(&word.to_lowercase()) => {
                Some(Role::Object)
            }
            _ => None,
        },
    }
}

/// The verb after the sender as subject, from byte `at` (past an adverb): its span and its
/// form after "we".
fn verb_after(text: &str, at: usize) -> Option<(usize, usize, String)> {
    let lex = lexicon();
    let mut at = at;
    if let Some((word, end)) = word_at(text, at) {
        if lex.adverbs.contains(&word.to_lowercase()) {
            at = skip_spaces(text, end);
        }
    }
    for (verb, after_we) in &lex.verbs {
        if let Some(end) = match_at(text, at, verb, Case::Any) {
            if end > at && at_word_end(text, end, verb) {
                return Some((at, end, after_we.clone()));
            }
        }
    }
    let (word, end) = word_at(text, at)?;
    if lex.not_verbs.contains(word) {
        return None;
    }
    let base = base_form(word)?;
    // "the Council offices are ...": a plural noun, not a verb.
    let then = word_at(text, skip_spaces(text, end)).map(|(w, _)| w.to_lowercase());
    let auxiliary = [
        "is", "are", "was", "were", "will", "have", "has", "can", "may",
    ];
    if then.is_some_and(|w| auxiliary.contains(&w.as_str())) {
        return None;
    }
    Some((at, end, base))
}

/// The plain form of a verb in -s: "provides" -> "provide", "carries" -> "carry",
/// "reaches" -> "reach"; `None` when the word does not look like one.
fn base_form(word: &str) -> Option<String> {
    if word.len() < 4
        || !word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || !word.ends_with('s')
        || ["ss", "us", "is", "'s"].iter().any(|e| word.ends_with(e))
    {
        return None;
    }
    let irregular: HashMap<&str, &str> = [("has", "have"), ("does", "do"), ("goes", "go")]
        .into_iter()
        .collect();
    if let Some(base) = irregular.get(word) {
        return Some((*base).to_string());
    }
    let stem = &word[..word.len() - 1];
    if let Some(s) = word.strip_suffix("ies") {
        return Some(format!("{s}y"));
    }
    for ending in ["ches", "shes", "xes", "zzes", "sses", "oes"] {
        if word.ends_with(ending) {
            return Some(word[..word.len() - 2].to_string());
        }
    }
    Some(stem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::Unit;
    use crate::model::Source;

    fn council_draft(texts: &[&str]) -> Draft {
        Draft {
            units: texts
                .iter()
                .map(|t| Unit {
                    kind: UnitKind::Sentence,
                    text: t.to_string(),
                    strong: Vec::new(),
                    list: None,
                    source: Source::default(),
                })
                .collect(),
            from: vec![
                "Helen Marsh".into(),
                "Senior Practitioner, Review Team".into(),
            ],
            addresses: vec![vec![
                "Kingsmere County Council".into(),
                "Adult Social Care".into(),
                "County Hall".into(),
                "KQ1 4TS".into(),
            ]],
            ..Draft::default()
        }
    }

    fn one(draft_of: fn(&[&str]) -> Draft, input: &str) -> String {
        let mut draft = draft_of(&[input]);
        run(&mut draft);
        draft.units[0].text.clone()
    }

    #[test]
    fn the_council_becomes_we_us_our() {
        let cases = [
            (
                "In accordance with section 27 of the Care Act 2014, the Council is required to keep your plan under review.",
                "In accordance with section 27 of the Care Act 2014, we must keep your plan under review.",
            ),
            ("The Council provides day care.", "We provide day care."),
            (
                "The Council may refer the matter to its Legal Services team and its staff.",
                "We may refer the matter to our Legal Services team and its staff.",
            ),
            // Only the sender has duties in its own letter.
            (
                "In reaching this proposal, the Council has had regard to its duty to act fairly.",
                "In reaching this proposal, we have had regard to our duty to act fairly.",
            ),
            (
                "See the Council's Adult Social Care complaints procedure.",
                "See our Adult Social Care complaints procedure.",
            ),
            ("The Council carries out reviews.", "We carry out reviews."),
            ("The Council also reaches out.", "We also reach out."),
            ("The Council will write to you.", "We will write to you."),
            ("The Council has decided to help.", "We have decided to help."),
            ("The Council was told.", "We were told."),
            ("The Council does not charge.", "We do not charge."),
            ("The Council is able to help.", "We can help."),
            ("Whereby the Council pays your fees.", "Whereby we pay your fees."),
            (
                "The Council accepts that it owes you the main housing duty.",
                "We accept that we owe you the main housing duty.",
            ),
            (
                "The Council accepts that it is not possible to help.",
                "We accept that it is not possible to help.",
            ),
            (
                "İlkay Şahin: the Council accepts that it owes you the duty.",
                "İlkay Şahin: we accept that we owe you the duty.",
            ),
            (
                "Patients who do not come without telling the Council may be discharged.",
                "Patients who do not come without telling us may be discharged.",
            ),
            (
                "This letter concludes the Council's complaints procedure.",
                "This letter concludes our complaints procedure.",
            ),
            (
                "The Council\u{2019}s Duty Team has been reminded.",
                "Our Duty Team has been reminded.",
            ),
            (
                "You must notify the Council within one month.",
                "You must notify us within one month.",
            ),
            (
                "It is free and independent of the Council.",
                "It is free and independent of us.",
            ),
            (
                "Please contact the Review Team on 0117 496 0321.",
                "Please contact us on 0117 496 0321.",
            ),
            (
                "Kingsmere County Council intends to apply.",
                "We intend to apply.",
            ),
            (
                "The case notes held by the Council and the provider.",
                "The case notes held by us and the provider.",
            ),
            (
                "The local authority will pay.",
                "We will pay.",
            ),
            (
                "Information held by the Council has been compared with other records.",
                "Information held by us has been compared with other records.",
            ),
            (
                "The cost of each meal to the Council is now £11.80.",
                "The cost of each meal to us is now £11.80.",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(one(council_draft, input), expected, "input: {input}");
        }
    }

    #[test]
    fn others_are_left_alone() {
        let cases = [
            "Your review will be held at Riverside Day Centre on 5 March 2026.",
            "You have paid the Council Tax for this year.",
            "Please pay the council tax by 1 April 2026.",
            "The Council Offices are closed on Mondays.",
            "Ask your GP practice for a copy.",
            "Our Adult Social Care team can help.",
            "The Department for Work and Pensions pays your pension.",
            "The Trust will write to you.",
            "The Council offices are closed.",
            // The service as a thing, not an actor.
            "Nothing changes until the closure of the Council on 1 April.",
            // A place: "in us" would lose where to go.
            "Your assessment is booked for 17 March 2026 at 10:40 in the Review Team.",
            "Please come to reception at the Review Team.",
            // A part of a place: "us" would lose where to go.
            "Place: Assessment Room 2, Kingsmere County Council, Unit 7, Kingsmead Business Park",
            "Place: Kingsmere County Council, Outpatients Building B, Redmarsh Hospital",
        ];
        for input in cases {
            assert_eq!(one(council_draft, input), input);
        }
    }

    #[test]
    fn the_council_is_not_the_sender_of_a_trust_or_a_provider() {
        fn trust(texts: &[&str]) -> Draft {
            let mut d = council_draft(texts);
            d.addresses = vec![vec!["Wexdale Hospitals NHS Foundation Trust".into()]];
            d.from = vec!["Outpatient Booking Centre".into()];
            d
        }
        assert_eq!(
            one(trust, "The Council will arrange a refund."),
            "The Council will arrange a refund."
        );
        assert_eq!(
            one(trust, "This is in line with the Trust's Access Policy."),
            "This is in line with our Access Policy."
        );
        fn provider(texts: &[&str]) -> Draft {
            let mut d = council_draft(texts);
            d.addresses = Vec::new();
            d.from = vec!["BrightPath Home Care Ltd".into()];
            d
        }
        assert_eq!(
            one(provider, "The Council's contract ends on 29 March 2026."),
            "The Council's contract ends on 29 March 2026."
        );
        fn care_home(texts: &[&str]) -> Draft {
            let mut d = council_draft(texts);
            d.addresses = Vec::new();
            d.from = vec![
                "Martin Fairweather".into(),
                "Aldwick Grange Nursing Home".into(),
            ];
            d
        }
        assert_eq!(
            one(
                care_home,
                "The Council may only fund a placement up to its own rate."
            ),
            "The Council may only fund a placement up to its own rate."
        );
    }

    #[test]
    fn a_name_that_heads_an_address_is_kept() {
        fn team(texts: &[&str]) -> Draft {
            let mut d = council_draft(texts);
            d.addresses = Vec::new();
            d.from = vec!["Financial Assessment and Benefits Team".into()];
            d
        }
        let input =
            "Send them to the Financial Assessment and Benefits Team, PO Box 1234, Leeds LS1 9XX.";
        assert_eq!(one(team, input), input);
        // With no council named, "the Council" is taken to be the sender.
        assert_eq!(
            one(team, "The Council pays part of your fees."),
            "We pay part of your fees."
        );
    }

    #[test]
    fn changes_are_recorded() {
        let mut draft = council_draft(&["The Council is required to help."]);
        run(&mut draft);
        let got: Vec<(&str, &str, &str)> = draft
            .changes
            .iter()
            .map(|c| (c.rule.as_str(), c.before.as_str(), c.after.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (RULE_TO_WE, "The Council", "We"),
                (RULE_VERB_AGREEMENT, "is required to", "must")
            ]
        );
    }

    #[test]
    fn base_forms() {
        for (verb, base) in [
            ("provides", Some("provide")),
            ("carries", Some("carry")),
            ("reaches", Some("reach")),
            ("assesses", Some("assess")),
            ("uses", Some("use")),
            ("charges", Some("charge")),
            ("across", None),
            ("bus", None),
        ] {
            assert_eq!(base_form(verb).as_deref(), base, "{verb}");
        }
    }

    proptest::proptest! {
        #[test]
        fn run_never_panics(text in "\\PC{0,200}") {
            let mut draft = council_draft(&[&text]);
            run(&mut draft);
        }

        #[test]
        fn run_never_panics_on_letter_words(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "the", "Council", "Council's", "’s", "'s", "is", "required", "to",
                    "provides", "Review", "Team", ",", ".", "on", "é", "Kingsmere",
                    "County", "Tax", "our", "we", "PO Box 12", "also",
                ]),
                0..30,
            )
        ) {
            let text = words.join(" ");
            let mut draft = council_draft(&[&text]);
            run(&mut draft);
        }
    }
}
