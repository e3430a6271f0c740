//! Plain words and phrases: "in accordance with" -> "under", "commenced" -> "started",
//! "residences" -> "homes", only where the part of speech fits.

use super::data::{tables, Entry, Pos, Variant};
use super::inflect::{inflect, starts_with_modal, BeForm, Form};
use super::tokens::{all_caps, capitalise, capitalised, starts_sentence};
use super::{push_edit, Ctx, Edit, PLAIN_WORD};

/// Words that show the next word is a noun ("the supplements", "your supply").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
    "their", "any", "some", "each", "every", "no", "all", "such", "own", "best", "kind", "warm",
    "many", "other", "further", "whose", "which", "what", "of", "first", "last", "new", "annual",
    "regular",
];

/// Words that show the next word is a verb ("we query", "you will levy").
const VERB_BEFORE: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "will", "would", "can", "could", "may", "might", "must",
    "shall", "should", "please", "not", "do", "does", "did",
];

/// Forms of "be", "become" and "seem", after which an adjective is predicative.
const LINKING: &[&str] = &[
    "be", "am", "is", "are", "was", "were", "been", "being", "become", "becomes", "became", "seem",
    "seems", "seemed", "not", "very", "too", "so",
];

/// Forms of "be" (and "get") that make an "-ed" form a passive participle.
const HELPERS: &[&str] = &[
    "be", "am", "is", "are", "was", "were", "been", "being", "get", "got", "gets",
];

/// Words that start an object: after them, a word after a determiner is a verb ("this
/// constitutes a change").
const OBJECT_STARTS: &[&str] = &[
    "a", "an", "the", "your", "our", "their", "his", "her", "my", "you", "us", "them", "it", "him",
    "me", "any", "all", "some", "no", "that", "this", "these", "those",
];

/// Words after "in accordance with" that show a law or rule: "under" reads well.
const LEGAL: &[&str] = &[
    "section",
    "the",
    "regulation",
    "regulations",
    "law",
    "part",
    "clause",
    "schedule",
    "paragraph",
    "rule",
    "rules",
    "legislation",
    "guidance",
];

/// Words that may stand between a helper and its participle ("has already been").
const ADVERBS: &[&str] = &[
    "not",
    "already",
    "also",
    "just",
    "now",
    "never",
    "since",
    "yet",
    "then",
    "all",
    "both",
    "recently",
    "previously",
    "currently",
    "only",
    "still",
];

/// Subject pronouns: after them, an "-ed" form is the past tense ("we provided").
const SUBJECTS: &[&str] = &["i", "we", "you", "they", "he", "she", "it", "who"];

/// Words that may follow a phrase that needs no object: prepositions and conjunctions.
const FUNCTION: &[&str] = &[
    "to", "for", "with", "about", "of", "in", "at", "on", "by", "and", "or", "but", "if", "when",
    "because", "so", "than", "as", "from", "until", "unless", "while", "whether",
];

/// Prepositions after which an "-ed" form is a participle ("services provided to you").
const AFTER_PARTICIPLE: &[&str] = &[
    "by", "to", "for", "in", "at", "on", "with", "under", "from", "as", "through", "during",
    "within", "before", "after", "between",
];

/// Last words a plural cannot be added to ("person living there").
fn pluralisable(plain: &str) -> bool {
    let words: Vec<&str> = plain.split(' ').collect();
    let Some(last) = words.last() else {
        return false;
    };
    words.len() <= 2
        && !last.ends_with("ed")
        && !last.ends_with("ing")
        && !matches!(
            *last,
            "there"
                | "off"
                | "out"
                | "up"
                | "in"
                | "on"
                | "of"
                | "get"
                | "gets"
                | "can"
                | "much"
                | "enough"
                | "you"
                | "it"
                | "sorry"
                | "money"
                | "help"
                | "food"
                | "law"
                | "pay"
                | "spending"
                | "understanding"
                | "transport"
                | "tiredness"
                | "lack"
                | "medicine"
        )
}

/// Rewrite every formal word or phrase of the unit that has a plain alternative.
pub(crate) fn plain_words(ctx: &mut Ctx, edits: &mut Vec<Edit>) {
    let t = ctx.tables;
    let mut i = 0;
    'tokens: while i < ctx.tokens.len() {
        let Some(list) = t.by_first.get(&ctx.tokens[i].lower) else {
            i += 1;
            continue;
        };
        for variant in list {
            let Some(last) = matches_at(ctx, variant, i) else {
                continue;
            };
            let Some(entry) = t.entries.get(variant.entry) else {
                continue;
            };
            if entry.usage.keep {
                ctx.claim(ctx.tokens[i].start, ctx.tokens[last].end);
                i = last + 1;
                continue 'tokens;
            }
            let Some(plain) = replacement(ctx, entry, variant.form, i, last) else {
                continue;
            };
            let (start, mut end) = (ctx.tokens[i].start, ctx.tokens[last].end);
            if entry.usage.no_comma
                && ctx.text[end..].starts_with(',')
                && ctx.free(end, end + 1, false)
            {
                end += 1;
            }
            // "will continue to collect you ... and to bring you home" -> "will still
            // collect you ... and bring you home": the second "to" hung on the phrase.
            // Not after a preposition ("relating to the authorisation, and to request"):
            // there "to" is no part of a verb.
            let second_to = (variant.words.last().is_some_and(|w| w == "to")
                && entry.pos != Pos::Prep
                && !plain.ends_with(" to"))
            .then(|| hanging_to(ctx, last + 1))
            .flatten();
            push_edit(ctx, edits, start, end, plain, PLAIN_WORD);
            if let Some((to_start, to_end)) = second_to {
                push_edit(ctx, edits, to_start, to_end, String::new(), PLAIN_WORD);
            }
            i = last + 1;
            continue 'tokens;
        }
        i += 1;
    }
}

/// The bytes of a second "to" (with the space after it) in "and to" or "or to" after token `from`,
/// in the same sentence: the next "and" followed straight by "to", both free, before any
/// full stop or semicolon.
fn hanging_to(ctx: &Ctx, from: usize) -> Option<(usize, usize)> {
    for k in from..ctx.tokens.len().saturating_sub(2) {
        let (a, b) = (&ctx.tokens[k], &ctx.tokens[k + 1]);
        // A full stop and a space end the sentence ("8.45am" is no end).
        let gap = &ctx.text[ctx.tokens[k.max(1) - 1].end..a.start];
        if k > from && (gap.contains(". ") || gap.contains([';', ':'])) {
            return None;
        }
        if matches!(a.lower.as_str(), "and" | "or")
            && b.lower == "to"
            && super::tokens::joined(ctx.text, a, b)
        {
            let next = ctx.tokens.get(k + 2)?;
            let free = ctx.free(b.start, next.start, false);
            return (free && super::tokens::joined(ctx.text, b, next))
                .then_some((b.start, next.start));
        }
    }
    None
}

/// The last token of `variant` when it is written from token `i` on, in free text, with
/// only spaces between its words.
fn matches_at(ctx: &Ctx, variant: &Variant, i: usize) -> Option<usize> {
    let n = variant.words.len();
    let last = i + n - 1;
    let toks = ctx.tokens.get(i..=last)?;
    for (k, (tok, word)) in toks.iter().zip(&variant.words).enumerate() {
        if tok.lower != *word || !ctx.free(tok.start, tok.end, false) {
            return None;
        }
        if k > 0 && !super::tokens::joined(ctx.text, &toks[k - 1], tok) {
            return None;
        }
    }
    Some(last)
}

/// The plain phrase for a match of `entry` on tokens `first..=last` in `form`, or `None`
/// when it would not read well here.
fn replacement(ctx: &Ctx, entry: &Entry, form: Form, first: usize, last: usize) -> Option<String> {
    let prev = ctx.prev(first);
    let next = ctx.next(last);
    let u = &entry.usage;

    // Capitals: keep the capital at the start of a sentence; elsewhere a capital means a
    // name ("Financial Assessment Team"), except in title-case headings.
    let head = ctx.word(first);
    let sentence_start = starts_sentence(ctx.text, &ctx.tokens[first]);
    if entry.cased {
        // Matched as written, so capitals are the word's own: "GP surgery".
        let written: Vec<&str> = entry.written.split(' ').collect();
        let same = (first..=last).zip(&written).all(|(k, w)| {
            let word = ctx.word(k);
            word.chars().filter(|c| c.is_uppercase()).count()
                == w.chars().filter(|c| c.is_uppercase()).count()
        });
        if !same {
            return None;
        }
    } else {
        // "I" is the writer, never a name or a shouted word: "If you cannot come, I should
        // be grateful if you would ..." is rewritten as at the start of a sentence.
        let name_word = |w: &str| w != "I";
        if (first..=last).any(|k| name_word(ctx.word(k)) && all_caps(ctx.word(k))) {
            return None;
        }
        let inner_capitals =
            (first + 1..=last).any(|k| name_word(ctx.word(k)) && capitalised(ctx.word(k)));
        if !ctx.heading
            && (inner_capitals || name_word(head) && capitalised(head) && !sentence_start)
        {
            return None;
        }
    }

    // Part of speech: a verb row after a determiner is a noun ("the supplements"); a noun
    // row after a pronoun or modal is a verb ("we query").
    let in_list = |w: Option<&str>, list: &[&str]| w.is_some_and(|w| list.contains(&w));
    if !u.any_pos {
        match entry.pos {
            // "this constitutes a" is a verb after all: an object follows.
            // "which is subject to": a form of "be" is never a noun.
            Pos::Verb
                if in_list(prev, DETERMINERS)
                    && !in_list(next, OBJECT_STARTS)
                    && !matches!(
                        ctx.tokens.get(first).map_or("", |t| t.lower.as_str()),
                        "is" | "are" | "was" | "were" | "be" | "been"
                    ) =>
            {
                return None
            }
            // "creams, supplements and so on": an "-s" form with no subject before it is a
            // plural noun.
            Pos::Verb if form == Form::Third && prev.is_none() => return None,
            Pos::Noun if in_list(prev, VERB_BEFORE) => return None,
            _ => {}
        }
    }
    if u.count && (prev.is_none() || in_list(prev, FUNCTION)) {
        return None;
    }
    // "to" before "-ing" reads wrongly: "for the purpose of receiving" stays.
    let plain_to = entry.plain == "to" || entry.plain.ends_with(" to");
    if plain_to && next.is_some_and(|w| w.ends_with("ing")) {
        return None;
    }
    if u.pred && !in_list(prev, LINKING) {
        return None;
    }
    if u.clause_start && !(sentence_start || prev.is_none() || in_list(prev, &["and", "but", "or"]))
    {
        return None;
    }
    if u.no_to && in_list(next, &["to", "for"]) {
        return None;
    }
    if u.sentence_start && !sentence_start {
        return None;
    }
    let listed = |w: Option<&str>, list: &[String]| w.is_some_and(|w| list.iter().any(|l| l == w));
    // "2 weeks' supply": after a possessive the word is a noun, never a verb.
    let after_possessive = first
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .and_then(|p| ctx.text.get(p.end..ctx.tokens[first].start))
        .is_some_and(|gap| gap.starts_with(['\'', '\u{2019}']) && gap.trim_end().len() <= 3);
    if entry.pos == Pos::Verb && after_possessive {
        return None;
    }
    if listed(prev, &u.not_after)
        || listed(next, &u.not_before)
        || !u.before.is_empty() && !listed(next, &u.before)
    {
        return None;
    }
    if u.before_plural && !next.is_some_and(plural) {
        return None;
    }
    // A plain adjective of several words reads only before a preposition or at the end of a
    // clause ("you are eligible for" but not "an outstanding balance").
    let takes_object = entry
        .formal
        .rsplit(' ')
        .next()
        .is_some_and(|w| FUNCTION.contains(&w));
    if entry.pos == Pos::Adj
        && entry.plain.contains(' ')
        && !takes_object
        && next.is_some_and(|w| !FUNCTION.contains(&w))
    {
        return None;
    }

    // Past tense or participle: "-ed" after "have" or "be", or before "by" or "to", is a
    // participle ("has been provided", "the support provided by your family").
    let mut form = form;
    if form == Form::Past && entry.pos == Pos::Verb {
        let after_helper = helper_before(ctx, first).is_some();
        let no_subject = !in_list(prev, SUBJECTS);
        // "the products supplied will remain": a helping verb after it, so no past tense.
        let before_prep = next.is_none_or(|w| {
            AFTER_PARTICIPLE.contains(&w)
                || matches!(
                    w,
                    "will" | "is" | "are" | "was" | "were" | "may" | "can" | "must" | "should"
                )
        });
        // "one nominated person" -> "one chosen person", not "one chose person".
        let after_number = prev.is_some_and(|w| {
            tables().numbers.contains_key(w) || w.chars().all(|c| c.is_ascii_digit())
        });
        if after_helper || no_subject && before_prep || after_number {
            form = Form::Participle;
        }
    }
    // Before a noun, with no subject or helper: a describing word ("your weekly assessed
    // contribution"), where a phrase ("looked at") cannot stand.
    if matches!(form, Form::Past | Form::Participle)
        && entry.plain.contains(' ')
        && helper_before(ctx, first).is_none()
        && !in_list(prev, SUBJECTS)
        && next.is_some_and(|w| {
            !FUNCTION.contains(&w)
                && !AFTER_PARTICIPLE.contains(&w)
                && !matches!(
                    w,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "has"
                        | "have"
                        | "can"
                        | "may"
                        | "must"
                        | "should"
                        | "would"
                        | "could"
                )
        })
    {
        return None;
    }
    // As a participle only after "have" ("you have received"), never in the passive ("it
    // was received", "the claim received on").
    if u.no_passive && form == Form::Participle && helper_before(ctx, first) != Some(Helper::Have) {
        return None;
    }
    if starts_with_modal(&entry.plain)
        && matches!(
            form,
            Form::Participle | Form::Ing | Form::Be(BeForm::Been | BeForm::Being | BeForm::Be)
        )
    {
        return None;
    }

    // No object follows: the bare form ("unable to attend," -> "not able to go,").
    // In a relative clause the object comes first: "the meeting which you attended on
    // Monday" -> "went to".
    let relative = (first.saturating_sub(3)..first)
        .any(|k| matches!(ctx.tokens[k].lower.as_str(), "which" | "that" | "whom"));
    let no_object = !relative && next.is_none_or(|w| FUNCTION.contains(&w) || w == "without");
    // "under" a law, "in line with" anything else.
    let legal = ctx
        .tokens
        .get(last + 1)
        .filter(|_| next.is_some())
        .is_some_and(|t| {
            capitalised(&ctx.text[t.start..t.end]) || LEGAL.contains(&t.lower.as_str())
        });
    let plain = match (&u.bare, &u.otherwise) {
        (Some(bare), _) if no_object => bare.as_str(),
        (_, Some(otherwise)) if !legal => otherwise.as_str(),
        _ => entry.plain.as_str(),
    };
    let plain = inflect_phrase(plain, entry.pos, form)?;
    let capital = if entry.cased || head == "I" {
        sentence_start
    } else {
        capitalised(head)
    };
    Some(if capital { capitalise(&plain) } else { plain })
}

/// Whether a word looks like a plural noun: it ends in "s", but not "ss", "us" or "is"
/// ("changes", "amounts"; not "process", "bus", "this").
fn plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("'s")
}

/// A helper verb before a participle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Helper {
    /// "has", "have", "had": the perfect.
    Have,
    /// "be", "is", "was", "been", "got": the passive.
    Be,
}

/// The form of "be" or "have" before token `i`, perhaps with an adverb between.
fn helper_before(ctx: &Ctx, i: usize) -> Option<Helper> {
    let mut k = i;
    for _ in 0..3 {
        let w = ctx.prev(k)?;
        if matches!(w, "has" | "have" | "had" | "having") || w.ends_with("'ve") {
            return Some(Helper::Have);
        }
        if HELPERS.contains(&w) {
            return Some(Helper::Be);
        }
        if !(ADVERBS.contains(&w) || w.ends_with("ly")) {
            return None;
        }
        k -= 1;
    }
    None
}

/// The plain phrase in the form the formal one was found in: the first word of a verb
/// phrase ("find out" -> "found out"), the last word of a noun phrase ("homes").
fn inflect_phrase(plain: &str, pos: Pos, form: Form) -> Option<String> {
    if form == Form::Base {
        return Some(plain.to_string());
    }
    let irregular = &tables().irregular;
    let words: Vec<&str> = plain.split(' ').collect();
    let at = match (pos, form) {
        (Pos::Noun, Form::Plural) if pluralisable(plain) => words.len() - 1,
        (Pos::Noun, _) => return None,
        (Pos::Verb, _) => 0,
        _ => return Some(plain.to_string()),
    };
    Some(
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
            .join(" "),
    )
}
