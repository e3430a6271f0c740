//! The `split` stage: one idea per sentence.
//!
//! Each sentence of the draft (and each list item longer than [`rules::MAX_WORDS`] words)
//! is taken apart where it holds more than one idea:
//!
//! - at semicolons (`split-semicolon`);
//! - a second relative clause left behind when the first became a sentence
//!   (`split-and-which`): "This was received on 14/10/2026 and which related to your
//!   children." -> "... This related to your children.";
//! - a thing the reader might not do, said as a condition (`split-failure`): "Failure to
//!   pay the charge may lead to ..." -> "If you do not pay the charge, this may lead to
//!   ...", which the fronted rule then splits;
//! - words in brackets become a sentence of their own (`split-brackets`): "(respite care)"
//!   -> "This is called respite care."; initials name what they stand for: "Carer's
//!   Allowance (CA)" -> "Carer's Allowance is also called CA.";
//! - fronted clauses (`split-fronted`): "If you are unable to attend, please contact ..." ->
//!   "You may be unable to attend. If so, please contact ..."; "Following your assessment,
//!   ..." -> "After your assessment, ..."; two conditions become a list ("Please contact
//!   us if:") or, when the main clause cannot lead one, two possibilities ("The date may
//!   not suit you. Or you may prefer .... If so, ..."); an opening word stays in front
//!   ("But if you disagree, ..." -> "But you may disagree. If so, ...");
//! - relative clauses at the end (`split-relative`): "..., which sets out your care." ->
//!   "The plan sets out your care.";
//! - a clause about a meeting named before it (`split-event-relative`): "... after your
//!   consultation on 20 January, at which you talked about ..." -> "At this consultation,
//!   you talked about ...";
//! - the law or policy something is done under, at the end or in front
//!   (`split-legal-basis`): "A decision has been made under section 64 of the ... Act
//!   1992." -> "A decision has been made. This is under section 64 of the ... Act 1992.";
//! - how to make a request, after it (`split-manner`): "..., quoting your reference." ->
//!   "Please quote your reference.";
//! - the ways of doing something become a list (`split-ways`): "You can renew online at
//!   ..., by phoning ... or at any chemist." -> "You can renew:" and three items;
//! - the same thing said again in other words (`split-aside`): "your medicines, that is
//!   metformin and ramipril, are ..." -> "... This means metformin and ramipril.";
//! - two things after one preposition (`split-two-things`): "This is after your claim, and
//!   the evidence given on 28/10/2024." -> "... This is also after the evidence ...";
//! - two sentences of opening hours in a row become one (`join-opening-hours`): "Lines
//!   are open Monday to Friday, between 8.00am and 6.30pm.";
//! - a second "that" clause (`split-that-again`): "You told me that ..., and that you are
//!   often woken" -> "... You told me that you are often woken";
//! - clauses joined by "and", "but", "so" (`split-coordination`), the subject repeated as a
//!   pronoun: "... and should take no longer than 60 minutes." -> "It should take no longer
//!   than 60 minutes.";
//! - a series of three or more items at the end of a long sentence becomes a lead-in ending
//!   with ":" and a bulleted list (`series-to-list`);
//! - a relative clause without commas inside a subject that names one thing
//!   (`split-subject-relative`): "The contribution which you have been paying to us will
//!   stop" -> "You have been paying the contribution to us. This will stop";
//! - an amount inside a long sentence's subject (`split-amount`): "Your first payment of
//!   £436.50 will be paid ..." -> "Your first payment will be £436.50. It will be paid ...";
//! - the safety net (`split-long`): a sentence still over 15 words is broken at the best
//!   place left (between clauses, before a reason, a relative or time clause, an example,
//!   or a date: "... on Thursday 19 March 2026." -> "This will be on Thursday 19 March
//!   2026."), each part a real sentence.
//!
//! Every proposal is checked before it is used: each new sentence starts with a capital,
//! ends with a full stop (or ?, !, :) and has a verb, and the facts of the pieces (by kind
//! and normalised value) are exactly the facts of the sentence. Otherwise the sentence is
//! kept as it was. The words come from `assets/lexicon/split-words.tsv`.

mod data;
pub mod rules;
mod sent;
#[cfg(test)]
mod tests;

use super::{Draft, Stage, Unit, UnitKind};
use crate::facts::find_facts;
use crate::text::words::words;
use rules::{Piece, Proposal};
use sent::Sent;

/// How many times the pieces of a split are split again, at most.
const MAX_DEPTH: usize = 6;

/// One split made: the rule, the sentence before and the pieces after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The rule id.
    pub rule: &'static str,
    /// The sentence before.
    pub before: String,
    /// The pieces after, joined with a space.
    pub after: String,
}

/// What a sentence became: pieces, in order; list items carry the number of the new list
/// they belong to (counted from 0 within this sentence).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The sentences and list items, in order, with the list number of each item.
    pub pieces: Vec<(String, Option<usize>)>,
    /// The splits made, in order.
    pub applied: Vec<Applied>,
}

/// Split one sentence. `lists` says whether it may become a lead-in and a list (not for a
/// sentence inside a list item).
pub fn split_sentence(text: &str, lists: bool) -> Outcome {
    let mut out = Outcome::default();
    let mut next_list = 0;
    split_into(text, lists, 0, &mut out, &mut next_list);
    join_opening_hours(&mut out);
    out
}

/// Rule id: two sentences of opening hours made one, or moved after the sentences that
/// belong with the request before them ("Do this ...", "This is so that ...").
pub const JOIN_OPENING_HOURS: &str = "join-opening-hours";

/// Two sentences in a row that both give the opening hours ("Lines are open between
/// 8.00am and 6.30pm." "Lines are open Monday to Friday.", made by two rules from one
/// sentence) become one, the days first: "Lines are open Monday to Friday, between 8.00am
/// and 6.30pm."; and the hours go after the "Do this ...", "This is so that ..." or "This
/// is because ..." sentences that follow them, which belong with the request before.
fn join_opening_hours(out: &mut Outcome) {
    const OPEN: &str = "Lines are open ";
    let pieces = &mut out.pieces;
    let mut i = 0;
    while i + 1 < pieces.len() {
        let both = pieces[i].1.is_none()
            && pieces[i + 1].1.is_none()
            && pieces[i].0.starts_with(OPEN)
            && pieces[i + 1].0.starts_with(OPEN);
        if !both {
            i += 1;
            continue;
        }
        let first = pieces[i].0[OPEN.len()..].trim_end_matches('.').to_string();
        let second = pieces[i + 1].0[OPEN.len()..]
            .trim_end_matches('.')
            .to_string();
        let days_second = second
            .split([' ', ','])
            .next()
            .is_some_and(|w| rules::is_weekday(&w.to_lowercase()));
        let joined = if days_second {
            format!("{OPEN}{second}, {first}.")
        } else {
            format!("{OPEN}{first}, {second}.")
        };
        out.applied.push(Applied {
            rule: JOIN_OPENING_HOURS,
            before: format!("{} {}", pieces[i].0, pieces[i + 1].0),
            after: joined.clone(),
        });
        pieces[i].0 = joined;
        pieces.remove(i + 1);
    }
    // "If so, please tell the Unit on 0113 496 0572. Lines are open .... Do this at least
    // 48 hours before. This is so that ...": "Do this" and the reason belong with the
    // request, so the hours go after them.
    let follows_request = |t: &str| {
        ["Do this ", "This is so that ", "This is because "]
            .iter()
            .any(|p| t.starts_with(p))
    };
    let mut i = 0;
    while i + 1 < pieces.len() {
        if pieces[i].1.is_none()
            && pieces[i + 1].1.is_none()
            && pieces[i].0.starts_with(OPEN)
            && follows_request(&pieces[i + 1].0)
        {
            out.applied.push(Applied {
                rule: JOIN_OPENING_HOURS,
                before: format!("{} {}", pieces[i].0, pieces[i + 1].0),
                after: format!("{} {}", pieces[i + 1].0, pieces[i].0),
            });
            pieces.swap(i, i + 1);
        }
        i += 1;
    }
}

fn split_into(text: &str, lists: bool, depth: usize, out: &mut Outcome, next_list: &mut usize) {
    let proposal = if depth < MAX_DEPTH {
        propose(text, lists)
    } else {
        None
    };
    let Some(p) = proposal else {
        out.pieces.push((text.to_string(), None));
        return;
    };
    out.applied.push(Applied {
        rule: p.rule,
        before: text.to_string(),
        after: p
            .pieces
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    });
    let list = p.pieces.iter().any(|p| p.item).then(|| {
        *next_list += 1;
        *next_list - 1
    });
    let start = out.pieces.len();
    let mut explaining = Vec::new();
    for piece in p.pieces {
        if piece.item {
            out.pieces.push((piece.text, list));
        } else if let Some(anchor) = piece.after {
            explaining.push((piece.text, anchor));
        } else {
            split_into(&piece.text, lists, depth + 1, out, next_list);
        }
    }
    // What was in brackets follows the piece that keeps the words it explains, not the
    // last piece of the sentence ("As our budget for these payments (which is set each
    // year ...) is limited, ..." -> the budget's sentence, then "It is set each year ...").
    // In reverse order, so that an earlier insertion does not move a later place.
    let mut places: Vec<(usize, String)> = explaining
        .into_iter()
        .map(|(text, anchor)| {
            // The anchor, then its last two words when the piece lost the first.
            let short = anchor
                .split_once(' ')
                .map_or(anchor.as_str(), |(_, rest)| rest);
            let find = |a: &str| {
                out.pieces[start..]
                    .iter()
                    .position(|(t, l)| l.is_none() && t.contains(a))
            };
            // Past the day said for that piece ("... will run out." "This will be on Monday
            // 30th November 2026."), whose "This" would otherwise point at the inserted
            // sentence.
            let goes_on = |t: &str| {
                ["This will be ", "This was ", "This is "]
                    .iter()
                    .any(|lead| {
                        t.strip_prefix(lead).is_some_and(|rest| {
                            rest.starts_with("on ") || rest.starts_with("from ")
                        })
                    })
            };
            let at = find(&anchor)
                .or_else(|| find(short))
                .map_or(out.pieces.len(), |k| {
                    let mut at = start + k + 1;
                    while out
                        .pieces
                        .get(at)
                        // And past the items of a list the piece leads into ("... if:").
                        .is_some_and(|(t, l)| l.is_some() || goes_on(t))
                    {
                        at += 1;
                    }
                    at
                });
            (at, text)
        })
        .collect();
    places.sort_by_key(|(at, _)| *at);
    for (at, text) in places.into_iter().rev() {
        let mut inner = Outcome::default();
        split_into(&text, lists, depth + 1, &mut inner, next_list);
        out.applied.extend(inner.applied);
        let at = at.min(out.pieces.len());
        out.pieces.splice(at..at, inner.pieces);
    }
}

/// The first rule whose proposal passes the checks.
fn propose(text: &str, lists: bool) -> Option<Proposal> {
    let s = Sent::new(text);
    if s.len() < 4 {
        return None;
    }
    // A lead-in to a list that follows ("..., as follows:") may be split only so that its
    // last piece, still ending with the colon, holds its last words and so still leads the
    // list.
    if text.trim_end().ends_with(':') {
        return propose_lead_in(text, &s);
    }
    // In order of preference; each rule runs only when those before it gave nothing
    // acceptable (the safety net `long` is the dearest).
    let s = &s;
    let rules: [&dyn Fn() -> Option<Proposal>; 29] = [
        &|| lists.then(|| rules::labels(s)).flatten(),
        &|| rules::failure(s),
        &|| rules::inverted_inside(s),
        &|| rules::and_which(s),
        &|| rules::semicolon(s),
        &|| rules::fronted(s, lists),
        &|| rules::legal_basis(s),
        &|| rules::manner_tail(s),
        &|| rules::opener_then_condition(s, lists),
        &|| rules::participle(s),
        &|| rules::relative(s),
        &|| rules::event_relative(s),
        &|| rules::infinitive(s),
        &|| rules::reason(s),
        &|| rules::coordination(s),
        &|| rules::brackets(s),
        &|| rules::aside(s),
        &|| rules::two_things(s),
        &|| rules::that_again(s),
        &|| lists.then(|| rules::condition_series(s)).flatten(),
        &|| lists.then(|| rules::ways(s)).flatten(),
        &|| lists.then(|| rules::series(s)).flatten(),
        &|| lists.then(|| rules::repeated_opener(s)).flatten(),
        &|| rules::appositive(s),
        &|| rules::middle_relative(s),
        &|| rules::subject_relative(s),
        &|| rules::middle_phrase(s),
        &|| rules::amount_subject(s),
        &|| rules::long(s, lists),
    ];
    rules
        .iter()
        .filter_map(|rule| rule())
        .find(|p| acceptable(text, &p.pieces) || (!lists && acceptable_item(text, s, &p.pieces)))
}

/// A split of a lead-in ending with a colon: no list of its own, and the last piece ends
/// with the lead-in's last word and the colon.
fn propose_lead_in(text: &str, s: &Sent) -> Option<Proposal> {
    let last_word = words(text)
        .last()
        .and_then(|w| text.get(w.span.start..w.span.end))?;
    // "Please let us know and we will give you the form if:": the conditions in the list
    // hold for the whole lead-in; a split would leave "Please let us know." without them.
    if matches!(
        last_word.to_lowercase().as_str(),
        "if" | "when" | "unless" | "whether"
    ) {
        return None;
    }
    let rules: [&dyn Fn() -> Option<Proposal>; 6] = [
        &|| rules::semicolon(s),
        &|| rules::coordination(s),
        &|| rules::middle_relative(s),
        &|| rules::subject_relative(s),
        &|| rules::amount_subject(s),
        &|| rules::long(s, false),
    ];
    rules.iter().filter_map(|rule| rule()).find_map(|mut p| {
        let body = p
            .pieces
            .last()?
            .text
            .trim_end()
            .trim_end_matches(['.', ':']);
        if p.pieces.iter().any(|p| p.item)
            || !body.ends_with(last_word)
            || p.pieces[..p.pieces.len() - 1]
                .iter()
                .any(|p| p.text.trim_end().ends_with(':'))
        {
            return None;
        }
        let last = p.pieces.last_mut()?;
        last.text = format!("{}:", last.text.trim_end().trim_end_matches(['.', ':']));
        acceptable(text, &p.pieces).then_some(p)
    })
}

/// Whether the pieces may replace `text`: at least one, different from the text, each
/// sentence a real sentence, and the same facts.
fn acceptable(text: &str, pieces: &[Piece]) -> bool {
    acceptable_with(text, pieces, false)
}

/// Whether the pieces may replace `text`, a list item that names a thing without a verb
/// ("Disability Related Expenditure of £18.50 per week (for example extra laundry)"): its
/// first piece, which stays the item, names the thing without a verb too, in the item's
/// own first words (what is taken out was at its end, so what is added follows what it is
/// about).
fn acceptable_item(text: &str, s: &Sent, pieces: &[Piece]) -> bool {
    let head_first = pieces
        .first()
        .is_some_and(|p| text.starts_with(p.text.trim_end_matches('.')));
    head_first && !s.has_verb(0, s.len()) && acceptable_with(text, pieces, true)
}

fn acceptable_with(text: &str, pieces: &[Piece], verbless_head: bool) -> bool {
    if pieces.is_empty() || (pieces.len() == 1 && pieces[0].text == text) {
        return false;
    }
    for (k, p) in pieces.iter().enumerate() {
        if k == 0 && verbless_head && !p.item {
            if !(has_sentence_ends(&p.text) && words(&p.text).len() >= 2) {
                return false;
            }
            continue;
        }
        if p.text.trim().is_empty() || words(&p.text).is_empty() {
            return false;
        }
        // A new sentence that starts with a word that opens a clause inside another ("That
        // Mr Fenwick is not able ...", "How you are managing ...") is half a sentence.
        if k > 0 && !p.item && opens_inner_clause(&p.text) {
            return false;
        }
        if !p.item && !is_sentence(&p.text) {
            return false;
        }
        // A lead-in ending with a colon ("... if:") goes on in the list after it.
        // "... make sure that your views are listened to.": a sentence that already ended
        // so may give its ending to its last piece.
        if !p.item
            && !p.text.trim_end().ends_with(':')
            && ends_hanging(&p.text)
            // Not a lead-in ("... phone 999 if:"): its last words lead the list after it,
            // and a split would leave them leading only the last piece.
            && (!same_ending(&p.text, text) || text.trim_end().ends_with(':'))
        {
            return false;
        }
    }
    fact_multiset(text) == fact_multiset_of(pieces.iter().map(|p| p.text.as_str()))
}

/// Whether `a` and `b` end with the same two words (punctuation after them aside).
fn same_ending(a: &str, b: &str) -> bool {
    let last_two = |t: &str| -> Vec<String> {
        let w = words(t);
        w.iter()
            .rev()
            .take(2)
            .map(|w| t[w.span.start..w.span.end].to_lowercase())
            .collect()
    };
    let (x, y) = (last_two(a), last_two(b));
    x.len() == 2 && x == y
}

/// Whether `text` starts with a word that opens a clause inside a sentence ("that", "how",
/// "whether", "which", ...) and is not a question.
fn opens_inner_clause(text: &str) -> bool {
    let mut ws = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = ws.next().unwrap_or("").to_lowercase();
    let second = ws.next().unwrap_or("");
    // "That decision will be made ...": "that" before a noun points back, and is fine.
    let clause_next = second.starts_with(char::is_uppercase)
        || matches!(
            second,
            "i" | "you"
                | "we"
                | "he"
                | "she"
                | "they"
                | "it"
                | "the"
                | "a"
                | "an"
                | "your"
                | "our"
                | "his"
                | "her"
                | "their"
                | "this"
                | "there"
        );
    let inner = match first.as_str() {
        "how" | "whether" | "whom" | "whose" => true,
        "that" | "which" | "what" => clause_next,
        _ => false,
    };
    inner && !text.trim_end().ends_with('?')
}

/// Whether a sentence ends with a word that needs more after it ("..., or.", "the."): a
/// split that leaves one is broken. Compared as written, so "Band A." does not hang. The words are in `assets/lexicon/hanging-words.txt`.
fn ends_hanging(text: &str) -> bool {
    const HANGING: &str = include_str!("../../../../../assets/lexicon/hanging-words.txt");
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        HANGING
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let last = text
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .next()
        .unwrap_or("");
    // As written: "Band A" and "Part B" end with a capital, not the word "a".
    words.contains(last)
}

/// Whether `text` starts with a capital (or a digit or sign) and ends with a full stop,
/// question mark, exclamation mark or colon.
fn has_sentence_ends(text: &str) -> bool {
    let first_ok = text
        .chars()
        .next()
        .is_some_and(|c| !c.is_lowercase() && !c.is_whitespace());
    first_ok && text.ends_with(['.', '?', '!', ':'])
}

/// Whether `text` is a real sentence: a capital (or a digit or sign) first, a full stop,
/// question mark, exclamation mark or colon last, at least two words and a verb.
pub fn is_sentence(text: &str) -> bool {
    if !has_sentence_ends(text) {
        return false;
    }
    let s = Sent::new(text);
    s.len() >= 2 && s.has_verb(0, s.len())
}

/// The facts of `text` by kind and normalised value, sorted.
fn fact_multiset(text: &str) -> Vec<(crate::facts::FactKind, String)> {
    fact_multiset_of(std::iter::once(text))
}

fn fact_multiset_of<'a>(
    texts: impl Iterator<Item = &'a str>,
) -> Vec<(crate::facts::FactKind, String)> {
    let mut all: Vec<_> = texts
        .flat_map(find_facts)
        .map(|f| (f.kind, f.normalised))
        .collect();
    all.sort();
    all
}

/// Sentences longer than this many words are left whole, with a note for the reviewer.
pub const MAX_SPLIT_WORDS: usize = 150;

/// The note given when sentences were too long to split.
pub const TOO_LONG_NOTE: &str = "sentences were too long to split by rule (over 150 words, \
often text without full stops); split them by hand.";

/// Run the stage over the draft.
pub fn run(draft: &mut Draft) {
    let mut next_list = draft
        .units
        .iter()
        .filter_map(|u| u.list)
        .max()
        .map_or(0, |m| m + 1);
    let units = std::mem::take(&mut draft.units);
    let mut out = Vec::with_capacity(units.len());
    let mut too_long = 0;
    for unit in units {
        let n = words(&unit.text).len();
        let long_item = unit.kind == UnitKind::ListItem && n > rules::MAX_WORDS;
        if unit.kind != UnitKind::Sentence && !long_item {
            out.push(unit);
            continue;
        }
        if n > MAX_SPLIT_WORDS {
            // Not a real sentence (text without full stops, a pasted table): splitting it
            // by rule would be guesswork, so a person must.
            too_long += 1;
            out.push(unit);
            continue;
        }
        let outcome = if long_item {
            split_list_item(&unit.text)
        } else {
            split_sentence(&unit.text, true)
        };
        for a in &outcome.applied {
            draft.record(
                Stage::Split,
                a.rule,
                a.before.clone(),
                a.after.clone(),
                unit.source,
            );
        }
        if outcome.applied.is_empty() {
            out.push(unit);
            continue;
        }
        if long_item {
            let text = outcome
                .pieces
                .iter()
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            out.push(Unit { text, ..unit });
            continue;
        }
        let base = next_list;
        for (text, list) in outcome.pieces {
            let (kind, list) = match list {
                Some(l) => {
                    next_list = next_list.max(base + l + 1);
                    (UnitKind::ListItem, Some(base + l))
                }
                None => (UnitKind::Sentence, None),
            };
            out.push(Unit {
                kind,
                text,
                strong: unit.strong.clone(),
                list,
                source: unit.source,
            });
        }
    }
    draft.units = out;
    if too_long > 0 {
        draft.notes.push(format!("{too_long} {TOO_LONG_NOTE}"));
    }
}

/// A long list item: each of its sentences split, without new lists; the pieces stay in
/// one item.
fn split_list_item(text: &str) -> Outcome {
    let mut out = Outcome::default();
    for span in crate::text::segment::sentences(text) {
        let Some(sentence) = text.get(span.start..span.end) else {
            continue;
        };
        // An item written as part of a list sentence ("the use of the lap belt should be
        // reviewed ... and recorded in his care plan;") is split as a sentence of its own:
        // a capital first, a full stop last. An item that ends with "or" is one choice of
        // several and stays whole.
        let trimmed = sentence.trim_end();
        let bare = trimmed
            .strip_suffix("; and")
            .or_else(|| trimmed.strip_suffix(';'))
            .unwrap_or(trimmed);
        let as_sentence = if trimmed.ends_with(" or") || trimmed.ends_with(";or") {
            None
        } else if bare.ends_with(['.', '!', '?']) {
            Some(sent::capitalise(bare))
        } else {
            Some(sent::capitalise(&format!("{bare}.")))
        };
        let o = match as_sentence {
            Some(s) => split_sentence(&s, false),
            None => Outcome::default(),
        };
        if o.applied.is_empty() {
            out.pieces.push((sentence.to_string(), None));
        } else {
            out.pieces.extend(o.pieces);
            out.applied.extend(o.applied);
        }
    }
    out
}
