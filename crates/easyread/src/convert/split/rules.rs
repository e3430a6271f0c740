//! The split rules. Each takes one sentence apart and proposes the sentences (and list
//! items) to put in its place; `mod.rs` checks the proposal keeps every fact and that each
//! new sentence is a real sentence before using it.

use super::data::Role;
use super::sent::{capitalise, finish, finish_with, Sent};
use crate::facts::FactKind;

/// Rule id: a semicolon between two clauses.
pub const SEMICOLON: &str = "split-semicolon";
/// Rule id: two clauses joined by "and", "but" or "so".
pub const COORDINATION: &str = "split-coordination";
/// Rule id: a fronted clause or phrase ("If ...,", "Following ...,").
pub const FRONTED: &str = "split-fronted";
/// Rule id: a relative clause (", which ...", ", who ...").
pub const RELATIVE: &str = "split-relative";
/// Rule id: a reason after the main clause (", so that ...", ", as ...", ", because ...").
pub const REASON: &str = "split-reason";
/// Rule id: a second infinitive (", and to identify ...").
pub const INFINITIVE: &str = "split-infinitive";
/// Rule id: a participle opener ("Having reviewed ..., I have found ...").
pub const PARTICIPLE: &str = "split-participle";
/// Rule id: words in brackets.
pub const BRACKETS: &str = "split-brackets";
/// Rule id: a series of three or more items made a list.
pub const SERIES: &str = "series-to-list";

/// A sentence with more words than this is too long.
pub const MAX_WORDS: usize = 15;
/// A sentence with this many words or fewer is short: its clauses are not split.
pub const SHORT_WORDS: usize = 10;
/// Series items and first items have at most this many words.
const MAX_ITEM_WORDS: usize = 12;

/// One piece of a split sentence: a sentence, or an item of a new list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// For a list item: which new list of this split it belongs to.
    pub item: bool,
    /// For a sentence that explains words of the others (what was in brackets): those words
    /// (the three before the bracket), so that it can follow the piece that keeps them when
    /// the others are split again.
    pub after: Option<String>,
}

impl Piece {
    fn sentence(text: String) -> Piece {
        Piece {
            text,
            item: false,
            after: None,
        }
    }
    fn item(text: &str) -> Piece {
        Piece {
            text: text.trim().trim_end_matches([',', ';']).trim().to_string(),
            item: true,
            after: None,
        }
    }
}

/// A proposed split.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The rule id.
    pub rule: &'static str,
    /// What replaces the sentence.
    pub pieces: Vec<Piece>,
}

fn proposal(rule: &'static str, pieces: Vec<Piece>) -> Option<Proposal> {
    Some(Proposal { rule, pieces })
}

/// A proposal of two sentences, each finished with a full stop.
fn two_sentences(rule: &'static str, first: &str, second: &str) -> Option<Proposal> {
    proposal(
        rule,
        vec![
            Piece::sentence(finish(first)),
            Piece::sentence(finish(second)),
        ],
    )
}

/// Where the gap before word `i` holds `c`: its byte index.
fn mark_at(s: &Sent, i: usize, c: char) -> Option<usize> {
    s.gap(i).find(c).map(|p| s.gap_start(i) + p)
}

/// The text from word `i` to the end.
fn rest<'a>(s: &Sent<'a>, i: usize) -> &'a str {
    s.toks.get(i).map_or("", |t| &s.text[t.start..])
}

/// The text of words `a..b`.
fn words_text<'a>(s: &Sent<'a>, a: usize, b: usize) -> &'a str {
    if a >= b || b > s.len() {
        return "";
    }
    &s.text[s.toks[a].start..s.toks[b - 1].end]
}

/// Where the clause before word `i` ends: at the comma or semicolon in the gap before it,
/// keeping closing quotes and marks, or at the end of the last word.
fn clause_end(s: &Sent, i: usize) -> usize {
    let gap = s.gap(i);
    let at = gap.find([',', ';']).unwrap_or(gap.trim_end().len());
    s.gap_start(i) + at
}

/// Semicolons between two clauses: "... at 1.30pm; however, please ..." -> two sentences.
pub(crate) fn semicolon(s: &Sent) -> Option<Proposal> {
    for i in 1..s.len() {
        // "... (for example, if you are not able to walk); in such cases, ...": a semicolon
        // right after a closed bracket counts too.
        let gap = s.gap(i);
        let after_bracket = s.toks[i].depth == 0
            && gap.rfind(')').is_some_and(|c| gap[c..].contains(';'))
            && !gap.contains('(');
        if !(s.mark_before(i, ';') || after_bracket) {
            continue;
        }
        let p = s.gap_start(i) + gap.rfind(';')?;
        if s.has_verb(0, i) && s.has_verb(i, s.len()) {
            return proposal(
                SEMICOLON,
                vec![
                    Piece::sentence(finish(&s.text[..p])),
                    Piece::sentence(finish(&s.text[p + 1..])),
                ],
            );
        }
    }
    None
}

/// Words in brackets leave the sentence and become a sentence of their own after it:
/// "short breaks (respite care)" -> "This is called respite care."
pub(crate) fn brackets(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    // Brackets that open with an amount.
    let amounts = (1..n)
        .filter(|&i| {
            s.toks[i].depth == 1
                && s.toks[i - 1].depth == 0
                && s.gap(i).contains('(')
                && s.toks[i].kind == Some(FactKind::Money)
        })
        .count();
    let mut i = 1;
    let mut removed: Vec<(usize, usize)> = Vec::new();
    let mut added: Vec<(String, String)> = Vec::new();
    while i < n {
        let opens = s.toks[i].depth == 1 && s.toks[i - 1].depth == 0 && s.gap(i).contains('(');
        if !opens {
            i += 1;
            continue;
        }
        let j = (i..n).find(|&j| s.toks[j].depth == 0).unwrap_or(n);
        // "28 hours at £16.80 per hour (£470.40) and 2 sessions at £71.00 (£142.00)": the
        // parts of a sum stay where they are; "This is £470.40." would not say of what.
        if amounts > 1 && s.toks[i].kind == Some(FactKind::Money) {
            i = j.max(i + 1);
            continue;
        }
        if let Some((from, to, new)) = bracket(s, i, j) {
            removed.push((from, to));
            // The words before the bracket, which the new sentence follows: three of them,
            // so that "£325.90 a week" finds its own piece, not an earlier "a week".
            added.push((new, words_text(s, i.saturating_sub(3), i).to_string()));
        }
        i = j.max(i + 1);
    }
    if removed.is_empty() {
        return None;
    }
    let mut main = String::new();
    let mut at = 0;
    for (from, to) in removed {
        main.push_str(&s.text[at..from]);
        at = to;
    }
    main.push_str(&s.text[at..]);
    let mut pieces = vec![Piece::sentence(finish(&main))];
    pieces.extend(added.iter().map(|(a, anchor)| Piece {
        after: Some(anchor.clone()),
        ..Piece::sentence(finish(a))
    }));
    proposal(BRACKETS, pieces)
}

/// The bracket of words `i..j`: the bytes to remove and the sentence to add.
fn bracket(s: &Sent, i: usize, j: usize) -> Option<(usize, usize, String)> {
    let open = mark_at(s, i, '(')?;
    // A space before the bracket: "letter(s)" is one word.
    if !s.text[..open].ends_with(char::is_whitespace) {
        return None;
    }
    let close = s.gap_start(j) + s.gap(j).find(')')?;
    if (i..j).any(|k| s.toks[k].depth != 1) {
        return None;
    }
    let has_fact = (i..j).any(|k| s.toks[k].fact.is_some());
    let after = &s.text[close + 1..];
    let next = after.trim_start().chars().next();
    // A bracket inside a name: "Care and Support (Eligibility Criteria) Regulations".
    if next.is_some_and(char::is_uppercase) {
        return None;
    }
    let content = s.text[open + 1..close].trim();
    let initials = content.len() > 1
        && content
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    let first = s.lower(i).trim_end_matches('.');
    let new = if matches!(first, "e.g" | "eg") || s.phrase_at(i, &words(&["for", "example"])) {
        let skip = if matches!(first, "e.g" | "eg") { 1 } else { 2 };
        let body = content_after(s, i, skip, close)?;
        if matches!(s.lower(i + skip), "where" | "while") {
            return None;
        }
        // "(for example, because you are in hospital)" -> "For example, this could be
        // because you are in hospital.": a reason or a condition as the example.
        // Only one, with no comma: a series of reasons would be split again at its
        // "because", leaving "For example, this could be." behind.
        if matches!(s.lower(i + skip), "if" | "when" | "because") {
            // Not before ", or ...": the example would end up after the other choice.
            let choice_after = [", or ", ", and "].iter().any(|c| after.starts_with(c));
            if body.contains(',') || choice_after {
                return None;
            }
            format!("For example, this could be {body}")
        } else if s.starts_subject_clause(i + skip) {
            // "(for example, you have developed a new condition)": a clause, not a thing.
            format!("For example, {body}")
        } else {
            format!("For example, this could be {body}")
        }
    } else if s.phrase_at(i, &words(&["such", "as"])) {
        format!(
            "For example, this could be {}",
            content_after(s, i, 2, close)?
        )
    } else if first == "including"
        && s.is(i + 1, Role::Determiner)
        && after.trim().trim_end_matches(['.', '!']).is_empty()
    {
        // "... (including the risks of returning home alone)." -> "This includes the risks
        // of returning home alone."; only at the end, so that it follows what it is about.
        format!("This includes {}", content_after(s, i, 1, close)?)
    } else if let Some(skip) = called_at(s, i) {
        // "(known as the "top-up")" -> "This is known as the "top-up"."; "(sometimes called
        // a thinking test)" -> "This is sometimes called a thinking test."
        let how = words_text(s, i, i + skip);
        format!("This is {how} {}", content_after(s, i, skip, close)?)
    } else if matches!(first, "i.e" | "ie") || s.phrase_at(i, &words(&["that", "is"])) {
        let skip = if matches!(first, "i.e" | "ie") { 1 } else { 2 };
        format!("This means {}", content_after(s, i, skip, close)?)
    } else if is_weekday(first) && phone_before(s, i) {
        // "0117 496 0321 (Monday to Friday, 9am to 5pm)" -> "Lines are open Monday to
        // Friday, 9am to 5pm."
        format!("Lines are open {content}")
    } else if is_weekday(first) {
        // "from 4 days a week (Monday, Tuesday, Wednesday and Friday) to 3 days": the days
        // stay with the number they name.
        return None;
    } else if let Some(new) = bracket_sentence(s, i, j, content) {
        new
    } else if s.has_verb(i, j) {
        return None;
    } else if !initials
        && i > 0
        && s.word(i - 1).starts_with(char::is_uppercase)
        && content.starts_with(char::is_uppercase)
        && content.split_whitespace().count() >= 2
    {
        // "the First-tier Tribunal (Social Security and Child Support)": a name's part in
        // brackets after a name is no other name for it ("This is called Social Security
        // and Child Support" would say the tribunal is called so); it stays where it is.
        return None;
    } else if let Some((thing, place)) = content.split_once(' ').filter(|(t, p)| {
        matches!(*p, "above" | "below" | "overleaf") && t.chars().all(|c| c.is_ascii_lowercase())
    }) {
        // "Harbury Jobcentre (address above)" -> "The address is above.": where to find
        // it, not a name for it.
        format!("The {thing} is {place}")
    } else if let Some(name) = initials.then(|| initials_of(s, i, content)).flatten() {
        // "Carer's Allowance (CA)" -> "Carer's Allowance is also called CA.": "This" could
        // point at whatever the sentence ends with. "a Disabled Facilities Grant (DFG)" ->
        // "A Disabled Facilities Grant is also called a DFG."
        let article = article_for(s, i, content, true);
        let first = i.saturating_sub(name.split_whitespace().count());
        let det = match s.lower(first.wrapping_sub(1)) {
            "a" | "an" | "the" if first > 0 => format!("{} ", s.lower(first - 1)),
            _ => String::new(),
        };
        // "the Real Time Information (RTI) scheme": "the" goes with "scheme", not the name
        // (but "a Penalty Charge Notice (PCN) of £70" keeps it).
        let noun_after = next.is_some_and(char::is_lowercase)
            && s.free(j)
            && !(s.is(j, Role::Aux)
                || s.is(j, Role::Relative)
                || s.is(j, Role::Coordinator)
                || FRONTED_PREPOSITIONS.contains(&s.lower(j))
                || matches!(s.lower(j), "of" | "to" | "from" | "by" | "about"));
        let det = if noun_after { String::new() } else { det };
        let article = if det.is_empty() { "" } else { article };
        format!("{det}{name} is also called {article}{content}")
    } else if !initials
        && !has_fact
        && i > 0
        && s.toks[i - 1].fact.is_none()
        && s.word(i - 1).len() >= 2
        && s.word(i - 1).chars().all(|c| c.is_ascii_uppercase())
        && content.starts_with(char::is_lowercase)
    {
        // "blood tests or ECG (heart tracing)" -> "ECG means heart tracing.": the bracket
        // says what the initials before it mean ("This is called heart tracing" would
        // name the whole sentence).
        format!("{} means {content}", s.word(i - 1))
    } else if name_like(s, i, j, content, has_fact, initials, next) {
        let article = article_for(s, i, content, initials);
        format!("This is called {article}{content}")
    } else {
        described_again(s, i, j, content)?
    };
    let from = s.text[..open].trim_end().len();
    Some((from, close + 1, new))
}

/// What a bracket of words `i..j` (its text `content`) says as a sentence of its own, when
/// it is a clause or describes the thing before it:
///
/// - a clause with its own subject stays as it is: "(the recommended level is 5.0 mmol/L
///   or below)";
/// - a request: "(please arrive 15 minutes early)", "(see the enclosed statement)";
/// - an amount or a time for the thing before: "£144.90 a week (£114.60 for daily living
///   and £30.30 for moving about)" -> "This is £114.60 for daily living and £30.30 for
///   moving about."; "(at about 2.15pm)"; "(the same as the current rent)";
/// - a thing named again in other words: "(a mobile phone bill dated 14/01/2026)" -> "This
///   is a mobile phone bill dated 14/01/2026."; with a quoted name "This is called ...";
/// - what a group holds: "(including work, where possible)" -> "This includes work, where
///   possible."
fn bracket_sentence(s: &Sent, i: usize, j: usize, content: &str) -> Option<String> {
    let first = s.lower(i);
    // "(depending on eligibility criteria)" -> "This depends on eligibility criteria."
    if first == "depending" && s.lower(i + 1) == "on" && j > i + 2 {
        return Some(format!("This depends on {}", words_text(s, i + 2, j)));
    }
    let money = s.toks[i].kind == Some(FactKind::Money);
    // "(at about 2.15pm)"; not "(at £68.40 a day)", a rate for a part of what the sentence
    // counts, which would lose what it is the rate of.
    let about_amount = matches!(first, "about" | "around" | "approximately" | "at")
        && (i + 1..j.min(i + 3)).any(|k| s.toks[k].fact.is_some())
        && s.toks.get(i + 1).and_then(|t| t.kind) != Some(FactKind::Money);
    let has_verb = s.has_verb(i, j);
    let when_or_for = matches!(first, "after" | "before" | "for") && !has_verb;
    // "we tried to phone you on 22 March (at 10.05am ...)" -> "This was at 10.05am ...": a
    // time in the tense of the clause before it.
    if about_amount || when_or_for {
        return Some(format!("{} {content}", this_be_in(s, 0, i)));
    }
    if money || s.phrase_at(i, &words(&["the", "same", "as"])) {
        return Some(format!("This is {content}"));
    }
    if has_verb {
        // "... (your records show that only 13 of the 16 hours were used).": a clause at
        // the end of the sentence follows it as it is.
        let at_end = s.text[s.gap_start(j)..]
            .trim()
            .trim_start_matches(')')
            .trim_end_matches(['.', '!'])
            .is_empty();
        let own_subject = s.is(i, Role::Subject) || s.is(i, Role::Determiner);
        // The clause's helping verb inside the bracket, not after it ("(a gas bill dated
        // 03/02/2026) does not match").
        let subject_clause = s.starts_subject_clause(i)
            && (s.is(i, Role::Subject) || (i + 1..j).any(|k| s.is(k, Role::Aux)));
        if subject_clause
            || matches!(first, "please" | "see")
            || (at_end && own_subject && !s.is(i + 1, Role::Relative))
        {
            return Some(content.to_string());
        }
        // "(the amount which we would expect to pay)": a thing and a clause about it.
        // "(a mobile phone bill dated 14/01/2026)": a thing described by a participle.
        let relative = (i + 1..j).find(|&k| s.is(k, Role::Relative) || s.lower(k) == "that");
        let verb = (i..j).find(|&k| s.is_verb(k));
        let describing = !(i..j).any(|k| s.is(k, Role::Aux) || s.is(k, Role::Subject))
            && (i + 2..j).any(|k| s.is_verb(k) && s.lower(k).ends_with("ed"));
        let thing = relative.is_some_and(|r| verb.is_some_and(|v| r < v)) || describing;
        return thing.then(|| described_again(s, i, j, content)).flatten();
    }
    if first == "including" && j > i + 1 && !s.lower(i + 1).ends_with("ly") {
        let rest = content.get(s.word(i).len()..)?.trim_start();
        return Some(format!("This includes {rest}"));
    }
    None
}

/// A bracket of words `i..j` (its text `content`) that names the thing before it again in
/// more words: "(a mobile phone bill dated 14/01/2026)" -> "This is a mobile
/// phone bill dated 14/01/2026."; with a quoted name, "This is called the "12-week
/// property disregard"." (Short names are [`name_like`]'s.)
fn described_again(s: &Sent, i: usize, j: usize, content: &str) -> Option<String> {
    let pointing = matches!(
        s.lower(i),
        "this" | "that" | "these" | "those" | "any" | "some" | "each" | "every"
    );
    if !s.is(i, Role::Determiner) || pointing || j < i + 2 {
        return None;
    }
    let quoted = content.contains(['"', '\u{201c}']);
    Some(if quoted {
        format!("This is called {content}")
    } else {
        format!("This is {content}")
    })
}

/// How many words at `i` say that what follows is another name for the thing before:
/// "known as", "also called", "sometimes called".
fn called_at(s: &Sent, i: usize) -> Option<usize> {
    let adverb = usize::from(matches!(
        s.lower(i),
        "also" | "sometimes" | "often" | "usually"
    ));
    match s.lower(i + adverb) {
        "called" => Some(adverb + 1),
        "known" if s.lower(i + adverb + 1) == "as" => Some(adverb + 2),
        _ => None,
    }
}

/// Whether `w` (lower case) names a day of the week.
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Whether a phone number comes before word `i`.
fn phone_before(s: &Sent, i: usize) -> bool {
    let at = s.toks.get(i).map_or(s.text.len(), |t| t.start);
    crate::facts::find_facts(&s.text[..at])
        .iter()
        .any(|f| f.kind == crate::facts::FactKind::Phone)
}

/// Whether a bracket's content is a short name for the thing before it: "(respite care)",
/// "(PA)"; not numbers, facts, or initials inside a phrase ("(MAR) charts").
fn name_like(
    s: &Sent,
    i: usize,
    j: usize,
    content: &str,
    has_fact: bool,
    initials: bool,
    next: Option<char>,
) -> bool {
    let digits = content.contains(|c: char| c.is_ascii_digit());
    let function_word = s.is(j, Role::Boundary)
        || s.is(j, Role::Aux)
        || s.is(j, Role::Coordinator)
        || s.is(j, Role::Determiner)
        || s.is(j, Role::Relative);
    let inside_phrase = initials && next.is_some_and(char::is_alphabetic) && !function_word;
    // "(or anyone else)" joins the words before it; "Ward 12 (Elderly Care)" says what a
    // numbered thing is; "to widen (dilate) your pupils" gives another word for the verb.
    // None is a name for something.
    let joined = matches!(s.lower(i), "or" | "and" | "nor" | "but" | "plus")
        || (j == i + 1 && i > 1 && s.lower(i - 2) == "to");
    let after_number =
        !initials && i > 0 && s.word(i - 1).starts_with(|c: char| c.is_ascii_digit());
    // "(even for a short time)", "(for a fee)": a phrase about how or when, which names
    // nothing ("This is called even for a short time" says nothing true).
    let phrase = s.is(i, Role::Boundary)
        || matches!(
            s.lower(i),
            "even" | "only" | "also" | "just" | "not" | "usually" | "normally" | "often"
        );
    j - i <= 5
        && !phrase
        && !has_fact
        && !digits
        && !inside_phrase
        && !joined
        && !after_number
        && !s.word(i).is_empty()
}

/// The bracket's content after its first `skip` words, without a leading comma.
fn content_after<'a>(s: &Sent<'a>, i: usize, skip: usize, close: usize) -> Option<&'a str> {
    let from = s.toks.get(i + skip)?.start;
    let body = s.text.get(from..close)?.trim();
    (!body.is_empty()).then_some(body)
}

fn words(w: &[&str]) -> Vec<String> {
    w.iter().map(|s| s.to_string()).collect()
}

/// "a " or "an " when the thing before the bracket had "a" or "an": "a Personal Assistant
/// (PA)" -> "A Personal Assistant is also called a PA."
fn article_for(s: &Sent, i: usize, content: &str, initials: bool) -> &'static str {
    let from = i.saturating_sub(6);
    let det = (from..i).rev().find(|&k| s.is(k, Role::Determiner));
    if det.is_some_and(|k| s.lower(k) == "the") && initials {
        return "the ";
    }
    // "a" or "an" only before initials: "respite care" needs none.
    if !initials || !det.is_some_and(|k| matches!(s.lower(k), "a" | "an")) {
        return "";
    }
    let first = content.chars().next().unwrap_or('x');
    let vowel_sound = if initials {
        "AEFHILMNORSX".contains(first)
    } else {
        "aeiouAEIOU".contains(first)
    };
    if vowel_sound {
        "an "
    } else {
        "a "
    }
}

/// The fronted phrase at the start of the sentence: its role, length in words and
/// replacement.
fn fronted_phrase(s: &Sent) -> Option<(Role, usize, Option<String>)> {
    for role in [
        Role::Condition,
        Role::InvertedCondition,
        Role::Contrast,
        Role::Cause,
        Role::Prep,
    ] {
        for e in s.data.phrases(role) {
            // "As this is a major adaptation, ..." is a cause; "As part of ..." and "As set
            // out in ..." are not.
            let clause = matches!(role, Role::Contrast | Role::Cause);
            let k = e.words.len();
            // "As you and your husband are not getting ...": a subject of two people.
            let two_people = s.is(k, Role::Subject)
                && s.lower(k + 1) == "and"
                && (k + 2..(k + 6).min(s.len()))
                    .any(|m| s.is(m, Role::Aux) && !(k + 1..=m).any(|g| s.gap(g).contains(',')));
            if s.phrase_at(0, &e.words) && (!clause || s.starts_subject_clause(k) || two_people) {
                return Some((role, e.words.len(), e.replacement.clone()));
            }
        }
    }
    None
}

/// The first comma after word `k` that starts the main clause.
fn main_comma(s: &Sent, k: usize) -> Option<usize> {
    // Not ", that your needs can be met, I am pleased": a "that" clause belongs to the
    // words before it.
    let first = (k + 1..s.len()).find(|&j| {
        s.comma_before(j)
            && !SUBORDINATORS.contains(&s.lower(j))
            && !s.is(j, Role::Relative)
            && (s.starts_main_clause(j) || clause_at(s, j))
    })?;
    // "If you would prefer ..., need an interpreter, or need ..., please contact us": a bare
    // verb after the comma goes on with the condition when "please" starts the main clause
    // later.
    let bare_verb = s.is(first, Role::Verb) && !s.starts_subject_clause(first);
    if bare_verb {
        if let Some(please) =
            (first + 1..s.len()).find(|&j| s.comma_before(j) && s.lower(j) == "please")
        {
            return Some(please);
        }
    }
    Some(first)
}

/// Fronted clauses: "If you are unable to attend, please contact ..." ->
/// "You may be unable to attend. If so, please contact ..."; "Following your assessment,
/// ..." -> "After your assessment, ...".
pub(crate) fn fronted(s: &Sent, allow_lists: bool) -> Option<Proposal> {
    if negative_opening(s) {
        return None;
    }
    let (role, k, replacement) = fronted_phrase(s)?;
    let n = s.len();
    let j = main_comma(s, k)?;
    let comma = mark_at(s, j, ',')?;
    let clause = s.text.get(s.toks.get(k)?.start..comma)?;
    let main = rest(s, j);
    match role {
        Role::Condition | Role::InvertedCondition => {
            // "Should you prefer, you may instead be offered ..." -> "If you prefer, you may
            // ...": "You may prefer." alone would say nothing.
            let bare_wish = j == k + 2
                && matches!(
                    s.lower(k + 1),
                    "prefer" | "wish" | "want" | "like" | "choose"
                );
            if bare_wish {
                if role == Role::InvertedCondition && matches!(s.lower(k), "you" | "we" | "they") {
                    let text = format!("If {clause}, {main}");
                    return proposal(FRONTED, vec![Piece::sentence(finish(&text))]);
                }
                return None;
            }
            if n <= MAX_WORDS {
                if role == Role::InvertedCondition && matches!(s.lower(k), "you" | "we" | "they") {
                    let text = format!("If {clause}, {main}");
                    return proposal(FRONTED, vec![Piece::sentence(finish(&text))]);
                }
                return None;
            }
            let inverted = role == Role::InvertedCondition;
            if allow_lists {
                if let Some(p) = condition_list(s, k, j, main, inverted) {
                    return Some(p);
                }
            }
            // ", or would prefer ..., please": two conditions stay whole; ", or at a
            // different time," is part of the one condition.
            // When they cannot be a list: "If the date does not suit you, or you would prefer
            // to be seen at home, you can contact ..." -> "The date may not suit you. Or you
            // may prefer to be seen at home. If so, you can contact ...".
            if (k + 1..j).any(|m| s.comma_before(m) && s.lower(m) == "or" && s.has_verb(m, j)) {
                return two_conditions(s, k, j, main, inverted);
            }
            // "If you switch the appliance off, and food is spoiled as a result, you may
            // claim": the second condition, made a sentence, would say the food is spoiled.
            if (k + 1..j).any(|m| s.comma_before(m) && s.lower(m) == "and" && s.has_verb(m + 1, j))
            {
                return None;
            }
            let cond = may_clause(s, k, j, role == Role::InvertedCondition)?;
            proposal(
                FRONTED,
                vec![
                    Piece::sentence(finish(&cond)),
                    Piece::sentence(finish(&format!("If so, {main}"))),
                ],
            )
        }
        Role::Contrast | Role::Cause => {
            if n <= SHORT_WORDS {
                return None;
            }
            let joiner = replacement?;
            // "As you hold ..., and because of ..., we would": two causes stay whole.
            if (k + 1..j).any(|m| s.comma_before(m)) {
                return None;
            }
            proposal(
                FRONTED,
                vec![
                    Piece::sentence(finish(clause)),
                    Piece::sentence(finish(&format!("{joiner} {main}"))),
                ],
            )
        }
        _ => {
            // "In line with our policy, if you do not reply, you may be discharged": the
            // condition belongs to the main clause; moved behind it with the phrase, it
            // would leave the main clause unconditional.
            if (k..j).any(|m| starts_subordinate(s, m)) {
                return None;
            }
            let original = &s.text[..s.toks[k - 1].end];
            let replacement = replacement.unwrap_or_else(|| original.to_string());
            if n <= MAX_WORDS || j - k <= 6 {
                if replacement.eq_ignore_ascii_case(original) {
                    return None;
                }
                let text = format!("{replacement} {clause}, {main}");
                return proposal(FRONTED, vec![Piece::sentence(finish(&text))]);
            }
            let when = replacement.to_lowercase();
            let future = (j..n)
                .find(|&i| s.is(i, Role::Aux))
                .is_some_and(|i| s.lower(i) == "will");
            let tail = if future {
                format!("This will happen {when} {clause}")
            } else {
                format!("This is {when} {clause}")
            };
            proposal(
                FRONTED,
                vec![
                    Piece::sentence(finish(main)),
                    Piece::sentence(finish(&tail)),
                ],
            )
        }
    }
}

/// Two conditions joined by ", or" before the main clause, each said as a possibility: "If
/// the date does not suit you, or you would prefer to be seen at home, you can ..." -> "The
/// date may not suit you. Or you may prefer to be seen at home. If so, you can ...". The
/// second needs its own subject ("or you would prefer", "or if your award has been
/// reduced").
fn two_conditions(s: &Sent, k: usize, j: usize, main: &str, inverted: bool) -> Option<Proposal> {
    let ors: Vec<usize> = (k + 1..j)
        .filter(|&m| s.comma_before(m) && s.lower(m) == "or")
        .collect();
    let [m] = ors[..] else {
        return None;
    };
    let k2 = if matches!(s.lower(m + 1), "if" | "where") || (inverted && s.lower(m + 1) == "should")
    {
        m + 2
    } else {
        m + 1
    };
    // "or the housing cost element of Universal Credit" is a second thing, not a second
    // condition: the second needs a helping verb or a verb in the present or past ("or
    // your award has been reduced", "or your life changes").
    let finite = (k2 + 1..j).any(|m| {
        s.free(m)
            && (s.is(m, Role::Aux)
                || (s.is_verb(m)
                    && (s.lower(m).ends_with("ed")
                        // "your life changes", "your rent goes up"; not "the housing
                        // costs element" (a noun after it).
                        || (s.lower(m).ends_with('s')
                            && !s.lower(m).ends_with("ss")
                            && (m + 1 == j
                                || s.is(m + 1, Role::Boundary)
                                || s.is(m + 1, Role::Determiner)
                                || matches!(s.lower(m + 1), "up" | "down" | "over"))))))
    });
    let subject_clause = s.starts_subject_clause(k2) && s.is(k2, Role::Subject);
    if !(subject_clause || (s.is(k2, Role::Determiner) && finite)) || !s.has_verb(k2, j) {
        return None;
    }
    // "the bank details we hold are ...": a clause inside the subject would take the
    // "may" ("the bank details we may hold").
    let inner_clause = |a: usize, b: usize| {
        s.is(a, Role::Determiner)
            && (a + 1..b)
                .take_while(|&t| !s.is_verb(t) || s.is(t - 1, Role::Subject))
                .any(|t| s.is(t, Role::Subject))
    };
    if inner_clause(k, m) || inner_clause(k2, j) {
        return None;
    }
    let first = may_clause(s, k, m, inverted)?;
    let second_inverted = inverted && s.lower(m + 1) == "should";
    let second = may_clause(s, k2, j, second_inverted)?;
    proposal(
        FRONTED,
        vec![
            Piece::sentence(finish(&first)),
            Piece::sentence(finish(&format!("Or {second}"))),
            Piece::sentence(finish(&format!("If so, {main}"))),
        ],
    )
}

/// A word or phrase that may stand before a fronted clause or phrase ("But if ...", "In
/// the meantime, if ...", "Also, since ..."): its number of words.
fn condition_opener(s: &Sent) -> Option<usize> {
    let skip = match (s.lower(0), s.lower(1), s.lower(2)) {
        ("but" | "and" | "so" | "also" | "however", _, _) => 1,
        ("after" | "before", "that" | "this", _) => 2,
        ("in", "the", "meantime") => 3,
        _ => return None,
    };
    // "But, if ..." or "But if ...": only a comma may stand between.
    let plain_gap = s.gap(skip).trim().chars().all(|c| c == ',');
    plain_gap.then_some(skip)
}

/// A fronted clause after an opening word: "But if you disagree with this decision, you may
/// ask us ..." -> "But you may disagree with this decision. If so, you may ask us ...". The
/// sentence is split as if the clause opened it, and the opening word goes before the first
/// piece.
pub(crate) fn opener_then_condition(s: &Sent, allow_lists: bool) -> Option<Proposal> {
    let skip = condition_opener(s)?;
    let opener = s.text.get(..s.toks.get(skip)?.start)?;
    let inner_text = capitalise(rest(s, skip));
    let inner = Sent::new(&inner_text);
    let mut p = fronted(&inner, allow_lists)?;
    let first = p.pieces.first_mut()?;
    // "You may ..." -> "But you may ...": a small letter after the opening word when the
    // letter writes the word so ("if you disagree"); a name keeps its capital.
    let word = first.text.split_whitespace().next().unwrap_or("");
    let lower = word.to_lowercase();
    let lower_ok = word != "I"
        && lower != word
        && rest(s, skip)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == lower);
    let body = if lower_ok {
        let mut c = first.text.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect::<String>())
            .unwrap_or_default()
    } else {
        first.text.clone()
    };
    first.text = format!("{opener}{body}");
    Some(p)
}

/// "If you are unable to attend, or would prefer ..., please contact ..." -> "Please contact
/// ... if:" with the two conditions as a list.
fn condition_list(s: &Sent, k: usize, j: usize, main: &str, inverted: bool) -> Option<Proposal> {
    // A lead-in stays whole, so words in brackets there would stay too.
    if main.contains('(') {
        return None;
    }
    let m = (k + 1..j).find(|&m| s.comma_before(m) && s.lower(m) == "or")?;
    // "Should your circumstances change, or should you ...": a condition whose subject is
    // a short noun phrase.
    let noun_subject = s.is(k, Role::Determiner)
        && (k + 1..(k + 4).min(m)).any(|t| s.is_verb(t))
        && (k..m).all(|t| (s.free(t) && !s.gap(t + 1).contains(['(', ';'])) || t + 1 == m);
    if !(matches!(s.lower(k), "you" | "we" | "they" | "i") && s.is_verb(k + 1) || noun_subject) {
        return None;
    }
    // "If you would prefer to be seen at home, need an interpreter, or need ...": more
    // conditions before the "or", each a verb that shares the subject.
    let middle: Vec<usize> = (k + 2..m)
        .filter(|&t| s.comma_before(t) && s.is(t, Role::Verb) && s.word(t) == s.lower(t))
        .collect();
    let first_end = mark_at(s, *middle.first().unwrap_or(&m), ',')?;
    let first = s.text.get(s.toks[k].start..first_end)?;
    let first = if inverted && noun_subject {
        agreeing_condition(s, k, m, first)?
    } else {
        first.to_string()
    };
    let mut items = vec![Piece::item(&first)];
    for (n, &t) in middle.iter().enumerate() {
        let end = mark_at(s, *middle.get(n + 1).unwrap_or(&m), ',')?;
        items.push(Piece::item(&format!(
            "{} {}",
            s.word(k),
            s.text.get(s.toks[t].start..end)?
        )));
    }
    let second_end = mark_at(s, j, ',')?;
    let inverted_again = s.lower(m + 1) == "should"
        && (s.starts_subject_clause(m + 2)
            || s.is(m + 2, Role::Subject)
            || s.is(m + 2, Role::Determiner));
    let second = if inverted_again {
        // ", or should you experience ..." -> "you experience ..."; ", or should your son
        // need ..." -> "your son needs ...".
        let text = s.text.get(s.toks.get(m + 2)?.start..second_end)?;
        if s.is(m + 2, Role::Subject) {
            text.to_string()
        } else {
            agreeing_condition(s, m + 2, j, text)?
        }
    } else if matches!(s.lower(m + 1), "if" | "where") && s.has_verb(m + 2, j) {
        s.text
            .get(s.toks.get(m + 2)?.start..second_end)?
            .to_string()
    } else if s.starts_subject_clause(m + 1) {
        s.text
            .get(s.toks.get(m + 1)?.start..second_end)?
            .to_string()
    } else if s.is(m + 1, Role::Aux) || s.is_verb(m + 1) {
        format!(
            "{} {}",
            s.word(k),
            s.text.get(s.toks[m + 1].start..second_end)?
        )
    } else {
        return None;
    };
    items.push(Piece::item(&second));
    let lead = finish_with(&format!("{} if", main.trim_end_matches(['.', '!'])), ':');
    let mut pieces = vec![Piece::sentence(lead)];
    pieces.extend(items);
    proposal(FRONTED, pieces)
}

/// A condition that followed "Should", its subject a noun (words `k..m`, text `text`
/// starting at word `k`), with its verb made to agree once "Should" has gone: "your
/// mother become unwell" -> "your mother becomes unwell". A subject that may be plural
/// ("your circumstances change") keeps the verb as it is.
fn agreeing_condition(s: &Sent, k: usize, m: usize, text: &str) -> Option<String> {
    let v = (k + 1..m).find(|&t| s.is_verb(t))?;
    let head = s.lower(v - 1);
    let plural = head.ends_with('s') && !head.ends_with("ss");
    let base = s.lower(v);
    // Already agreeing or not a present tense: "needs", "moved", "can".
    let past = base.ends_with("ed") && !s.data.is(Role::Verb, base);
    if plural || past || base.ends_with('s') || MODALS.contains(&base) {
        return Some(text.to_string());
    }
    let third = match base {
        "be" => "is".to_string(),
        "have" => "has".to_string(),
        w => crate::text::morphology::add_s(w),
    };
    let at = s.toks[v].start - s.toks[k].start;
    let end = s.toks[v].end - s.toks[k].start;
    Some(format!("{}{third}{}", text.get(..at)?, text.get(end..)?))
}

/// The condition of words `k..j` as a possibility: "you are unable to attend" -> "you may
/// be unable to attend"; after "Should": "you require help" -> "you may require help".
fn may_clause(s: &Sent, k: usize, j: usize, inverted: bool) -> Option<String> {
    let end = mark_at(s, j, ',')?;
    // "If no payment is received", "Should no payment be received": "No payment may be
    // received" would read as a ban.
    if matches!(s.lower(k), "no" | "nothing" | "nobody" | "none" | "neither") {
        return None;
    }
    let (t, edit) = if inverted {
        let pronoun = matches!(
            s.lower(k),
            "you" | "we" | "they" | "he" | "she" | "it" | "i"
        );
        if pronoun && matches!(s.lower(k + 1), "or" | "and") {
            // "Should you or your son wish to visit" -> "You or your son may wish to
            // visit": the verb after the two people.
            let t = (k + 2..(k + 6).min(j))
                .find(|&t| s.is_verb(t) && s.word(t) == s.lower(t) && s.free(t))?;
            (t, format!("may {}", s.word(t)))
        } else if pronoun && s.lower(k + 1) == "not" {
            // "Should you not reapply before ..." -> "You might not reapply before ...":
            // "may not" would read as "you are not allowed to".
            let head = s.text.get(s.toks.get(k)?.start..s.toks.get(k + 1)?.start)?;
            let tail = s.text.get(s.toks.get(k + 1)?.end..end)?;
            return Some(format!("{head}might not{tail}"));
        } else if pronoun && s.lower(k + 1) == "be" && s.lower(k + 2) == "not" {
            // "Should you be not able to come" (the words stage has made "unable" "not
            // able") -> "You may not be able to come".
            let head = s.text.get(s.toks.get(k)?.start..s.toks.get(k + 1)?.start)?;
            let tail = s.text.get(s.toks.get(k + 2)?.end..end)?;
            return Some(format!("{head}may not be{tail}"));
        } else if pronoun {
            (k + 1, format!("may {}", s.word(k + 1)))
        } else if let Some(t) = (k..(k + 7).min(j)).find(|&t| matches!(s.lower(t), "be" | "have")) {
            // "Should the form not be received" -> "The form may not be received": the
            // "not" goes after "may".
            if t > k && s.lower(t - 1) == "not" {
                let head = s.text.get(s.toks.get(k)?.start..s.toks.get(t - 1)?.start)?;
                let tail = s.text.get(s.toks.get(t)?.end..end)?;
                return Some(format!("{head}may not {}{tail}", s.word(t)));
            }
            (t, format!("may {}", s.word(t)))
        } else {
            // "Should your earnings fall below the limit" -> "Your earnings may fall below
            // the limit": a short noun phrase, then the verb in its plain form.
            let t = (k + 2..(k + 5).min(j)).find(|&t| {
                s.is_verb(t) && s.word(t) == s.lower(t) && !s.is(t, Role::Aux) && s.free(t)
            })?;
            if !s.is(k, Role::Determiner) || (k..t).any(|m| s.gap(m + 1).contains([',', '('])) {
                return None;
            }
            (t, format!("may {}", s.word(t)))
        }
    } else {
        // "If someone living with you falls ...": an "-ing" word after the subject
        // describes it; the verb comes later.
        let describing = |t: usize| {
            t > k && s.lower(t).ends_with("ing") && !s.is(t - 1, Role::Aux) && !s.is_verb(t - 1)
        };
        let t = (k..j).find(|&t| s.is_verb(t) && !describing(t))?;
        // "If any item becomes damaged, develops a fault or is no longer required".
        let finite = |m: usize| {
            s.is(m, Role::Aux)
                || (s.is_verb(m) && s.lower(m).ends_with('s') && !s.lower(m).ends_with("ss"))
        };
        // "If we do not hear from you and you do not come": two conditions; made into
        // sentences, the second would read as a fact ("You do not come.").
        if (t + 1..j).any(|m| {
            (s.comma_before(m) && finite(m))
                || (matches!(s.lower(m), "or" | "and")
                    && (finite(m + 1) || s.is(m + 1, Role::Subject)))
        }) {
            return None;
        }
        // "you are no longer entitled" -> "you may no longer be entitled".
        if matches!(s.lower(t), "is" | "are" | "am")
            && s.lower(t + 1) == "no"
            && s.lower(t + 2) == "longer"
        {
            let head = s.text.get(s.toks.get(k)?.start..s.toks.get(t)?.start)?;
            let tail = s.text.get(s.toks.get(t + 2)?.end..end)?;
            return Some(format!("{head}may no longer be{tail}"));
        }
        if matches!(s.lower(t), "is" | "are" | "am") && s.lower(t + 1) == "not" {
            let head = s.text.get(s.toks.get(k)?.start..s.toks.get(t)?.start)?;
            let tail = s.text.get(s.toks.get(t + 1)?.end..end)?;
            return Some(format!("{head}may not be{tail}"));
        }
        let edit = match s.lower(t) {
            "is" | "are" | "am" => "may be".to_string(),
            // "If you would prefer to ..." -> "You may prefer to ..."; "would like" -> "may
            // want".
            "would" | "will" if s.lower(t + 1) == "like" => {
                let head = s.text.get(s.toks.get(k)?.start..s.toks.get(t)?.start)?;
                let tail = s.text.get(s.toks.get(t + 1)?.end..end)?;
                return Some(format!("{head}may want{tail}"));
            }
            "would" | "will" if s.is_verb(t + 1) && s.lower(t + 1) != "not" => "may".to_string(),
            // "If we have not heard from you" -> "We may not have heard from you".
            "has" | "have" if s.lower(t + 1) == "not" => {
                let head = s.text.get(s.toks.get(k)?.start..s.toks.get(t)?.start)?;
                let tail = s.text.get(s.toks.get(t + 1)?.end..end)?;
                return Some(format!("{head}may not have{tail}"));
            }
            "has" | "have" => "may have".to_string(),
            // "If you do not tell us" -> "You might not tell us": "may not" would read as
            // "you are not allowed to".
            "do" | "does" if s.lower(t + 1) == "not" => "might".to_string(),
            _ if s.is(t, Role::Aux) => return None,
            w if w.ends_with("ed") && !w.ends_with("eed") => return None,
            // "If you currently pay by standing order": "You may currently pay" would read
            // as a permission; the condition stays whole.
            "now" | "currently" | "already" | "still" | "usually" | "regularly" => return None,
            _ if t > k
                && matches!(
                    s.lower(t - 1),
                    "now" | "currently" | "already" | "still" | "usually" | "regularly"
                ) =>
            {
                return None
            }
            w => {
                let plain = t > k
                    && matches!(s.lower(t - 1), "i" | "you" | "we" | "they")
                    && !(k..t).any(describing);
                let base = if plain { w.to_string() } else { base_form(w) };
                format!("may {base}")
            }
        };
        (t, edit)
    };
    let head = s.text.get(s.toks.get(k)?.start..s.toks.get(t)?.start)?;
    let mut tail = s.text.get(s.toks[t].end..end)?.to_string();
    // "you may have any questions" -> "you may have some questions".
    if edit.ends_with("have") && s.lower(t + 1) == "any" {
        let at = s.toks[t + 1].start - s.toks[t].end;
        tail.replace_range(at..at + 3, "some");
    }
    Some(format!("{head}{edit}{tail}"))
}

/// The base form of a verb in the third person: "needs" -> "need", "wishes" -> "wish".
pub(crate) fn base_form(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for end in ["ches", "shes", "sses", "xes", "zes", "oes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// Relative clauses at the end of a sentence: "... the plan, which sets out your care." ->
/// "... the plan. The plan sets out your care."
pub(crate) fn relative(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= SHORT_WORDS {
        return None;
    }
    for j in 2..n {
        // "... reduced by 14% (the under-occupancy deduction), leaving you with ...": a
        // comma after brackets counts for the phrases.
        let after_bracket = s.comma_after_bracket(j) && s.free(j);
        if !(s.comma_before(j) || after_bracket) || !s.free(j) || !s.has_verb(0, j) {
            continue;
        }
        let comma = mark_at(s, j, ',')?;
        let left = &s.text[..comma];
        if let Some(e) = s
            .data
            .phrases(Role::RelativePhrase)
            .iter()
            .find(|e| s.phrase_at(j, &e.words))
        {
            let lead = e.replacement.clone()?;
            let body = rest(s, j + e.words.len());
            return proposal(
                RELATIVE,
                vec![
                    Piece::sentence(finish(left)),
                    Piece::sentence(finish(&format!("{lead} {body}"))),
                ],
            );
        }
        if after_bracket
            || !s.is(j, Role::Relative)
            || !(s.is(j + 1, Role::Aux) || s.is_verb(j + 1))
        {
            continue;
        }
        // "... for your wife, who has Parkinson's disease, including giving her medicine
        // ...": the clause ends before "including", which goes on with the main clause.
        let including = (j + 2..n).find(|&m| {
            s.comma_before(m) && s.free(m) && s.lower(m) == "including" && s.has_verb(j, m)
        });
        if including.is_some_and(|m| (j + 1..m).any(|t| s.comma_before(t) || !s.free(t))) {
            continue;
        }
        // "... for your wife, which is arranged through her plan, nor for household bills":
        // the main clause goes on after the relative clause.
        if (j + 2..n).any(|m| s.comma_before(m) && s.lower(m) == "nor") {
            continue;
        }
        // A relative clause in the middle: "..., which was booked for ..., has had to be";
        // "you have to go to an appointment, which has been arranged for ..., and to tell
        // the team ...": the "and to" goes on with the main clause.
        if including.is_none() && relative_in_middle(s, j) {
            continue;
        }
        // "Please give the names of 2 people, living near you, who have agreed to act as
        // responders": in a request, "who" says which people are asked for; as a sentence
        // of its own ("They have agreed ...") it would say they already have.
        if s.lower(j) == "who" && order_before(s, j) {
            continue;
        }
        let subject = match antecedent(s, j) {
            Some(np) => np,
            None => {
                let pronoun = s
                    .data
                    .phrases(Role::Relative)
                    .iter()
                    .find(|e| e.words[0] == s.lower(j))?
                    .replacement
                    .clone()?;
                let verb = s.lower(j + 1);
                let singular_verb = matches!(verb, "is" | "has" | "was" | "does")
                    || (verb.ends_with('s') && !verb.ends_with("ss") && !s.is(j + 1, Role::Aux));
                let title = person_pronoun(s, j);
                let plural_verb =
                    matches!(verb, "are" | "were" | "have") || plain_present(s, j + 1);
                match title {
                    Some(t) if pronoun == "They" => t.to_string(),
                    _ if pronoun == "They" && singular_verb => return None,
                    // "the Regulations 2001, which were made under" -> "These were made".
                    _ if pronoun == "This" && plural_verb => "These".to_string(),
                    _ => pronoun,
                }
            }
        };
        let (main, body) = match including {
            Some(m) => (format!("{left}, {}", rest(s, m)), words_text(s, j + 1, m)),
            None => (left.to_string(), rest(s, j + 1)),
        };
        return proposal(
            RELATIVE,
            vec![
                Piece::sentence(finish(&main)),
                Piece::sentence(finish(&format!("{subject} {body}"))),
            ],
        );
    }
    None
}

/// Rule id: a clause about a meeting or visit (", at which ...", ", during which ...").
pub const EVENT_RELATIVE: &str = "split-event-relative";

/// How many words back ", at which" may look for the meeting it is about.
const EVENT_REACH: usize = 12;

/// How many words back it may look when the words between hold no verb, only where and
/// when: "a clinic at the surgery on Saturday 11 October 2025 between 9am and 1pm, at
/// which ...".
const EVENT_REACH_PLACE_AND_TIME: usize = 20;

/// A clause about a meeting or visit named earlier: "... after your consultation on
/// Tuesday 20 January 2026, at which you talked about some problems ..." -> "... after
/// your consultation on Tuesday 20 January 2026. At this consultation, you talked about
/// some problems ...". Only when the clause runs to the end of the sentence and has its
/// own subject, and the meeting (an `event` word of `split-words.tsv`) is among the few
/// words before it.
pub(crate) fn event_relative(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= SHORT_WORDS {
        return None;
    }
    let j = (2..n.saturating_sub(3)).find(|&j| {
        s.comma_before(j)
            && s.free(j)
            && matches!(s.lower(j), "at" | "during")
            && s.lower(j + 1) == "which"
    })?;
    // A subject and its verb after "which" ("at which both vaccinations can be given"),
    // not "at which to ...".
    let subject = j + 2;
    if s.is_verb(subject)
        || s.is(subject, Role::Prep)
        || s.lower(subject) == "to"
        || !s.has_verb(subject + 1, n)
        || !s.has_verb(0, j)
    {
        return None;
    }
    // The clause goes on to the end: no later comma is followed by a subject ("...,
    // the appointment to fit them is below").
    let subject_after_comma = |m: usize| {
        s.comma_before(m)
            && (s.starts_subject_clause(m) || s.is(m, Role::Subject) || s.is(m, Role::Determiner))
    };
    if (j + 3..n).any(subject_after_comma) {
        return None;
    }
    let event = (j.saturating_sub(EVENT_REACH)..j)
        .rev()
        .find(|&k| s.free(k) && s.is(k, Role::Event))
        .or_else(|| {
            (j.saturating_sub(EVENT_REACH_PLACE_AND_TIME)..j.saturating_sub(EVENT_REACH))
                .rev()
                .find(|&k| s.free(k) && s.is(k, Role::Event))
                .filter(|&k| !s.has_verb(k + 1, j))
        })?;
    let comma = mark_at(s, j, ',')?;
    let lead = if s.lower(j) == "at" { "At" } else { "During" };
    let body = rest(s, j + 2);
    proposal(
        EVENT_RELATIVE,
        vec![
            Piece::sentence(finish(&s.text[..comma])),
            Piece::sentence(finish(&format!("{lead} this {}, {body}", s.lower(event)))),
        ],
    )
}

/// Whether the relative clause at word `j` ends before the sentence does, the sentence
/// going on after a later comma: "..., which was booked for ..., has had to be"; "you have
/// to go to an appointment, which has been arranged for ..., and to tell the team ...";
/// "help is available from A, which charges £18.50, or from B".
fn relative_in_middle(s: &Sent, j: usize) -> bool {
    // "Please bring your letter, which explains ..., to the appointment": where the thing
    // is brought or sent.
    let carried = (0..j).any(|k| {
        matches!(
            s.lower(k),
            "bring" | "send" | "take" | "give" | "return" | "post" | "hand"
        )
    });
    (j + 2..s.len()).any(|m| {
        s.comma_before(m)
            && (s.is(m, Role::Aux)
                || (s.lower(m) == "and" && s.lower(m + 1) == "to")
                // Not "or, in the most serious cases, the service of ...": one more thing
                // of the relative clause's own series.
                || (matches!(s.lower(m), "or" | "and")
                    && SERIES_PREPOSITIONS.contains(&s.lower(m + 1))
                    && !s.gap(m + 1).contains(','))
                // "to put the value of your budget, which is typically £450, towards a
                // chair": the main clause's verb goes on with where the thing goes.
                || matches!(s.lower(m), "towards" | "into" | "onto")
                // "for your wife, who has Parkinson's disease, including giving her
                // medicine ...": what the care includes, not the disease.
                || s.lower(m) == "including"
                // "to appeal under the procedure, which is set out in section 50, by
                // writing to ...": how to do what the main clause says.
                || (s.lower(m) == "by" && s.lower(m + 1).ends_with("ing"))
                // "your wife, who is hearing and signs fluently, intends to come": the main
                // clause's own verb.
                || ((s.is_verb(m) || s.lower(m + 1) == "to")
                    && s.word(m) == s.lower(m)
                    && s.lower(m).ends_with('s')
                    && !s.lower(m).ends_with("ss")
                    && s.lower(m).len() > 3
                    && !s.is(m, Role::Coordinator))
                || (s.lower(m) == "to" && carried)
                || noun_goes_on(s, m))
    })
}

/// The thing a relative clause at word `j` is about, named again: "the plan" -> "The plan";
/// "your daughter" -> "Your daughter". None when it holds a fact (naming it twice would
/// repeat the fact) or cannot be found.
fn antecedent(s: &Sent, j: usize) -> Option<String> {
    let from = j.saturating_sub(5);
    let mut d = None;
    for t in (from..j).rev() {
        if !s.free(t) || (t + 1 < j && s.gap(t + 1).contains([',', '(', ')'])) {
            return None;
        }
        if s.is(t, Role::Determiner) {
            d = Some(t);
            break;
        }
        if s.is_verb(t) || s.is(t, Role::Boundary) || s.is(t, Role::Subject) || s.lower(t) == "per"
        {
            return None;
        }
    }
    let d = d?;
    if d + 1 >= j {
        return None;
    }
    // "Carer's Allowance from the DWP, which ...": the clause may be about either thing.
    if d > 0 && s.is(d - 1, Role::Boundary) && s.lower(d - 1) != "by" {
        return None;
    }
    // "your application to join the Register, which was received ...", "a rate of 4.15%
    // a year, which is reviewed ...": a thing after "to" and a verb, or after a figure, is
    // part of a bigger phrase, and the clause is as likely about that; naming the nearer
    // thing again could change the meaning.
    let after_infinitive = d >= 2 && s.lower(d - 2) == "to" && s.is_verb(d - 1);
    if d > 0 && (after_infinitive || !s.free(d - 1)) {
        return None;
    }
    // "a Lasting Power of Attorney appointing your daughter, which was registered": "which"
    // is never about a person, so the clause is about something said before.
    if s.lower(j) == "which" && s.is(j - 1, Role::Person) {
        return None;
    }
    // After an "-ing" word the thing named belongs to that phrase ("appointing your
    // daughter"), and the clause may be about the thing before it.
    if d > 0 && s.lower(d - 1).ends_with("ing") && s.is_verb(d - 1) {
        return None;
    }
    // "a gas safety check and an electrical inspection, which have been booked": a plural
    // verb after a thing in the singular is about more than that thing.
    let noun = s.lower(j - 1);
    let plural_noun = noun.ends_with('s') && !noun.ends_with("ss");
    if matches!(s.lower(j + 1), "are" | "were" | "have") && !plural_noun {
        return None;
    }
    let head = match s.lower(d) {
        "the" | "a" | "an" => "The".to_string(),
        "your" | "our" | "their" | "his" | "her" | "its" | "my" => capitalise(s.word(d)),
        _ => return None,
    };
    Some(format!("{head} {}", words_text(s, d + 1, j)))
}

/// Two clauses joined by "and", "but" or "so": "Your review has been arranged for ... and
/// will be held at ..." -> "Your review has been arranged for .... It will be held at ...".
pub(crate) fn coordination(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= SHORT_WORDS {
        return None;
    }
    // Inside a fronted clause ("If you are ill and cannot come, ...") nothing is split.
    let start = if fronted_phrase(s).is_some() {
        (1..n).find(|&i| s.comma_before(i))?
    } else {
        0
    };
    for i in start.max(1)..n - 1 {
        if !s.free(i)
            || !s.is(i, Role::Coordinator)
            || s.lower(i + 1) == "that"
            || s.is(i + 1, Role::Relative)
            || inside_subordinate(s, start, i)
        {
            continue;
        }
        if (s.lower(i) == "so" && !s.comma_before(i)) || last_of_reasons(s, i) {
            continue;
        }
        // "difficulties which you and your family have noticed": the "and" joins the
        // subject of a relative clause that has no verb yet.
        let opener = (start..i).rev().find(|&m| {
            s.free(m) && (s.is(m, Role::Relative) || SUBORDINATORS.contains(&s.lower(m)))
        });
        if opener.is_some_and(|m| !s.has_verb(m + 1, i)) {
            continue;
        }
        let joiner = s
            .data
            .phrases(Role::Coordinator)
            .iter()
            .find(|e| e.words[0] == s.lower(i))
            .and_then(|e| e.replacement.clone());
        let left = &s.text[..clause_end(s, i)];
        let next = i + 1;
        let loose = s.comma_before(i) && bare_noun_clause(s, next);
        // "The form is enclosed, and please return it by 14 October": a request of its own
        // ("Please return it ...").
        let request = s.comma_before(i)
            && joiner.is_none()
            && s.lower(next) == "please"
            && s.is_verb(next + 1)
            && s.has_verb(start, i);
        // "..., and, acting on their advice, we have introduced ...": a phrase between
        // commas, then a clause with its own subject; the phrase opens the new sentence.
        let phrase_then_clause = (s.comma_before(i) || s.comma_after_bracket(i))
            && joiner.is_none()
            && s.comma_before(next)
            && (opens_fronted_phrase(s, next)
                || matches!(s.lower(next), "following" | "after" | "before")
                || (s.lower(next).ends_with("ing") && s.lower(next).len() > 5))
            && (next + 2..n.min(next + 12))
                .find(|&k| s.comma_before(k))
                .is_some_and(|k| s.starts_subject_clause(k))
            && s.has_verb(start, i);
        let (subject, body) = if request || phrase_then_clause {
            (None, rest(s, next))
        } else if s.starts_subject_clause(next) || loose {
            // "..., the rent and the service charge are eligible": the words since the last
            // comma need a verb of their own, or the "and" joins one subject.
            let since_comma = (start..i)
                .rev()
                .find(|&m| s.comma_before(m))
                .unwrap_or(start);
            if !s.has_verb(start, i) || !s.has_verb(since_comma, i) {
                continue;
            }
            (None, rest(s, next))
        } else if s.is(next, Role::Aux)
            && s.free(next)
            && !matches!(s.lower(next), "have" | "do" | "be")
        {
            let Some(subject) = subject_pronoun(s, start, i) else {
                continue;
            };
            // "an alarm unit, which connects to ..., and does not need": the second verb
            // may belong to the relative clause.
            let relative = (start..i).any(|m| s.comma_before(m) && s.is(m, Role::Relative));
            // "..., but that the charges are not, and must be paid by you": after another
            // clause the subject of the helping verb is not the sentence's first.
            let later_clause = (start + 1..i).any(|m| {
                s.free(m) && (s.lower(m) == "but" || (s.lower(m) == "that" && clause_at(s, m + 1)))
            });
            if relative || later_clause || !agrees(&subject, s.lower(next)) {
                continue;
            }
            (Some(subject), rest(s, next))
        } else {
            continue;
        };
        let mut second = String::new();
        if let Some(j) = &joiner {
            second.push_str(j);
            second.push(' ');
        }
        match &subject {
            Some(sub) if joiner.is_some() && sub != "I" => second.push_str(&sub.to_lowercase()),
            Some(sub) => second.push_str(sub),
            None if joiner.is_some() => second.push_str(body),
            None => second.push_str(&capitalise(body)),
        }
        if subject.is_some() {
            second.push(' ');
            second.push_str(body);
        }
        return proposal(
            COORDINATION,
            vec![
                Piece::sentence(finish(left)),
                Piece::sentence(finish(&second)),
            ],
        );
    }
    None
}

/// Words that start a clause inside the sentence: an "and" after one joins the parts of
/// that clause ("so that responders and the emergency services can gain access").
const SUBORDINATORS: &[&str] = &[
    "if", "when", "whether", "because", "unless", "until", "while", "where", "that", "though",
    "although", "once", "whenever",
];

/// Whether word `i` stands inside a clause started by a subordinating word after the last
/// comma before it (and after word `start`).
fn inside_subordinate(s: &Sent, start: usize, i: usize) -> bool {
    let from = (start..i)
        .rev()
        .find(|&m| s.comma_before(m))
        .unwrap_or(start);
    (from..i).any(|m| {
        s.free(m)
            && (SUBORDINATORS.contains(&s.lower(m))
                // "since income tax was taken off | and will be adjusted": "since" with a
                // verb after it opens a clause (not "since 2019", a time).
                || (s.lower(m) == "since" && s.has_verb(m + 1, i)))
    }) || inside_time_clause(s, start, i)
}

/// Whether word `i`, a joining word before a clause with its own subject, stands inside a
/// clause opened by "after", "before" or "since" and a subject ("after you have sent the form and we have checked it") after the last comma
/// before it (and after word `start`), with no comma straight before it; with no subject
/// after them, those words are prepositions ("after your assessment").
fn inside_time_clause(s: &Sent, start: usize, i: usize) -> bool {
    // "..., before you miss a payment, so that ...": a comma ends the clause. "before you
    // leave the ward and will last until ...": a verb without a subject after the joining
    // word goes on with the main clause.
    if s.comma_before(i) || !s.starts_subject_clause(i + 1) {
        return false;
    }
    let from = (start..i)
        .rev()
        .find(|&m| s.comma_before(m))
        .unwrap_or(start);
    (from..i).any(|m| {
        s.free(m)
            && matches!(s.lower(m), "after" | "before" | "since")
            && s.starts_subject_clause(m + 1)
    })
}

/// Whether a subject pronoun agrees with the helping verb after it: not "They does",
/// "It are".
fn agrees(subject: &str, aux: &str) -> bool {
    // "measures", "needs": a verb in "-s" is singular too ("They measures" is wrong).
    let singular = matches!(aux, "is" | "was" | "has" | "does")
        || (aux.len() > 3 && aux.ends_with('s') && !aux.ends_with("ss") && !aux.ends_with("us"));
    let plural = matches!(aux, "are" | "were" | "have" | "do" | "am");
    match subject {
        "They" | "You" | "We" => !singular && aux != "am",
        "It" | "He" | "She" => !plural,
        "I" => !matches!(aux, "is" | "are" | "has" | "does" | "were"),
        _ => true,
    }
}

/// Whether a noun phrase without a determiner and a helping verb start at `i`: "further
/// costs may be incurred".
fn bare_noun_clause(s: &Sent, i: usize) -> bool {
    // "help may be available", "support will be given": a word that could be a verb is a
    // noun when a modal verb follows it straight away.
    if s.word(i).chars().all(char::is_lowercase)
        && s.is_verb(i)
        && !s.is(i, Role::Aux)
        && !s.is(i, Role::Subject)
        && MODALS.contains(&s.lower(i + 1))
        && !s.gap(i + 1).contains([',', '('])
    {
        return true;
    }
    // "arrangements for video calls can be made": "of" or "for" and a few more words may
    // stand before the helping verb.
    let mut limit = (i + 4).min(s.len());
    let mut j = i;
    while j < limit {
        if j > i && s.is(j, Role::Aux) {
            return true;
        }
        // "later payments of £450.60 will be made": an amount after "of" is part of the
        // noun phrase.
        if j > i && s.lower(j) == "of" && s.toks.get(j + 1).is_some_and(|t| t.fact.is_some()) {
            let fact = s.toks[j + 1].fact;
            let after = (j + 1..s.len())
                .find(|&m| s.toks[m].fact != fact)
                .unwrap_or(s.len());
            return s.is(after, Role::Aux) && !s.gap(after).contains(',');
        }
        let after_preposition = limit != (i + 4).min(s.len());
        if j > i && matches!(s.lower(j), "of" | "for") && !after_preposition {
            limit = (j + 4).min(s.len());
            j += 1;
            continue;
        }
        let w = s.word(j);
        if s.gap(j).contains([',', '(']) && j > i
            || !w.chars().all(char::is_lowercase)
            || s.is(j, Role::Boundary)
            || s.is(j, Role::Aux)
            || s.is(j, Role::Coordinator)
            || s.is(j, Role::Relative)
            || (s.is_verb(j) && !after_preposition)
        {
            return false;
        }
        j += 1;
    }
    false
}

/// Prepositions that, after ", or" or ", and", start a second thing of a phrase said
/// before ("from A, ..., or from B").
const SERIES_PREPOSITIONS: &[&str] = &[
    "from", "to", "at", "with", "by", "in", "on", "for", "through", "via",
];

/// Modal verbs: after one of them a verb follows, so the word before is its subject.
const MODALS: &[&str] = &[
    "may", "might", "will", "would", "can", "could", "must", "should", "shall",
];

/// Whether a clause starts at word `i` with a bare plural noun and a helping verb: "further
/// costs may be incurred" (a noun that looks like a verb), "monitoring visits will take
/// place" (an "-ing" word before it).
fn bare_noun_clause_start(s: &Sent, i: usize) -> bool {
    let noun = s.lower(i + 1);
    (!s.is_verb(i) || s.lower(i).ends_with("ing"))
        && !s.is(i, Role::Boundary)
        && !SUBORDINATORS.contains(&s.lower(i))
        && !s.is(i + 1, Role::Determiner)
        && !s.is(i + 1, Role::Subject)
        && s.word(i).chars().all(char::is_lowercase)
        && noun.ends_with('s')
        && s.word(i + 1) == noun
        && s.is(i + 2, Role::Aux)
        && !s.gap(i + 1).contains(',')
        && !s.gap(i + 2).contains(',')
}

/// The subject of the clause that starts at word `start` and ends before word `end`, as a
/// pronoun: "Your review has been arranged" -> "It"; "you must" -> "You".
fn subject_pronoun(s: &Sent, start: usize, end: usize) -> Option<String> {
    // "Also, we tried ... but could not": a linking word and its comma come before the
    // subject.
    let start = if start + 2 < end
        && matches!(
            s.lower(start),
            "also" | "however" | "then" | "instead" | "so"
        )
        && s.comma_before(start + 1)
    {
        start + 1
    } else {
        start
    };
    let v = (start..end).find(|&i| s.is_verb(i))?;
    if v == start {
        return None;
    }
    if v == start + 1 && s.is(start, Role::Subject) {
        return match s.lower(start) {
            "there" | "this" => None,
            "i" => Some("I".to_string()),
            _ => Some(capitalise(s.word(start))),
        };
    }
    // The head of the subject comes before any preposition: "A supply of your medication".
    let head_end = (start..v)
        .find(|&i| i > start && s.is(i, Role::Boundary))
        .unwrap_or(v);
    let words: Vec<&str> = (start..head_end).map(|i| s.lower(i)).collect();
    // "You and your son" are two; "Your care and support plan" is one thing.
    let two = (start..head_end).any(|i| {
        s.lower(i) == "and"
            && (s.is(i + 1, Role::Determiner)
                || s.is(i + 1, Role::Subject)
                || s.word(i + 1).starts_with(char::is_uppercase))
    });
    if two {
        return Some("They".to_string());
    }
    if words.contains(&"mr") {
        return Some("He".to_string());
    }
    if words.iter().any(|w| matches!(*w, "mrs" | "ms" | "miss")) {
        return Some("She".to_string());
    }
    let last = words.last()?;
    // "the therapist will ask ..., and will measure ..." -> "They will measure ...", not
    // "It": a person, from the `person` rows of `split-words.tsv`.
    if let Some(pronoun) = s
        .data
        .phrases(Role::Person)
        .iter()
        .find(|e| e.words.len() == 1 && e.words[0] == *last)
        .and_then(|e| e.replacement.as_deref())
    {
        return Some(pronoun.to_string());
    }
    let plural = matches!(*last, "people" | "children" | "men" | "women" | "staff")
        || last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && !last.ends_with("is")
            && last.len() > 3;
    Some(if plural { "They" } else { "It" }.to_string())
}

/// Whether a clause starts at word `i` whose subject holds a relative clause: "the date on
/// which you were referred (22 December 2025) will continue". The helping verb of the
/// main clause is the first one not right after a subject pronoun ("you were" belongs to
/// the relative clause), with no comma before it outside brackets.
fn subject_with_relative(s: &Sent, i: usize) -> bool {
    if !s.is(i, Role::Determiner) {
        return false;
    }
    let n = s.len();
    let mut relative = None;
    for m in i + 1..(i + 16).min(n) {
        if s.toks[m].depth == 0 && s.gap(m).contains([',', ';', ':']) {
            return false;
        }
        if s.is(m, Role::Relative) {
            relative = Some(m);
            continue;
        }
        // "those who are close": the verb right after "who" is the relative clause's own.
        let own_verb = relative == Some(m - 1) || s.is(m - 1, Role::Subject);
        if relative.is_some() && s.toks[m].depth == 0 && s.is(m, Role::Aux) && !own_verb {
            return s.is_verb(m + 1) || matches!(s.lower(m + 1), "not" | "be" | "still");
        }
    }
    false
}

/// Whether ", and" at word `m` goes on with a thing, not a clause: "notice given by Dr
/// Hollis, who will be retiring, and a period of engagement carried out ...": the thing
/// belongs to the words before the relative clause, which must then stay whole.
fn noun_goes_on(s: &Sent, m: usize) -> bool {
    s.lower(m) == "and"
        && s.is(m + 1, Role::Determiner)
        && !clause_at(s, m + 1)
        && !subject_with_relative(s, m + 1)
}

/// Whether the sentence opens with a negative phrase that turns the verb round: "Under no
/// circumstances should you move", "On no account ...". Moving the phrase would lose the
/// "no" from the order.
fn negative_opening(s: &Sent) -> bool {
    matches!(s.lower(0), "under" | "on" | "in" | "at") && matches!(s.lower(1), "no" | "not")
}

/// Words that may stand in a chain of helping verbs after the first: "will be", "has been",
/// "can also be".
fn helper_chain_word(s: &Sent, m: usize) -> bool {
    s.is(m, Role::Aux) || matches!(s.lower(m), "be" | "been" | "being" | "also")
}

/// For an "and" at word `i` that joins a second verb to the clause before it ("will be
/// produced by the supplier and posted to you"), the start of the second sentence: the
/// subject as a pronoun and the shared helping verbs ("It will be"). `None` unless the
/// sentence opens with its subject, the helping verbs come early, and the verb after "and"
/// has the same form as the first (both "-ed", or both plain after a modal).
fn shared_helpers(s: &Sent, i: usize) -> Option<String> {
    let first = (0..i.min(7)).find(|&m| s.is(m, Role::Aux) && s.free(m))?;
    if first == 0 || s.comma_before(first) || (0..first).any(|m| s.comma_before(m) || !s.free(m)) {
        return None;
    }
    let mut verb = first;
    while verb < i && helper_chain_word(s, verb) && !s.gap(verb + 1).contains(',') {
        verb += 1;
    }
    // The main verb, then at least three words before "and" (so not "complete and
    // return the form", where both verbs share the object).
    if verb == first || verb + 4 > i || (first..verb).any(|m| s.lower(m) == "not") {
        return None;
    }
    let (v1, v2) = (s.lower(verb), s.lower(i + 1));
    let participles = v1.len() > 4 && v1.ends_with("ed") && v2.len() > 4 && v2.ends_with("ed");
    let modal = matches!(
        s.lower(verb - 1),
        "will" | "can" | "may" | "must" | "should" | "would" | "could"
    );
    let plain = modal && s.is(verb, Role::Verb) && s.is(i + 1, Role::Verb) && plain_verb(s, i + 1);
    if !(participles || plain) || !s.is_verb(verb) || !s.free(i + 1) || v2.contains('-') {
        return None;
    }
    // The second verb takes an object or a phrase ("posted to you", "arrange a visit"); not
    // a noun after "and" ("the names and phone numbers").
    let object_next = s.is(i + 2, Role::Determiner)
        || s.is(i + 2, Role::Object)
        || matches!(
            s.lower(i + 2),
            "you"
                | "us"
                | "them"
                | "him"
                | "her"
                | "it"
                | "to"
                | "by"
                | "in"
                | "on"
                | "at"
                | "for"
                | "from"
                | "with"
                | "into"
                | "back"
                | "out"
        );
    if !object_next {
        return None;
    }
    // Nothing between the verbs that starts a clause of its own, and no comma (a comma
    // before "and" is a series: "your income, savings and disability-related spending").
    if (verb + 1..=i).any(|m| s.gap(m).contains(',')) {
        return None;
    }
    if (verb + 1..i).any(|m| {
        SUBORDINATORS.contains(&s.lower(m))
            || s.is(m, Role::Relative)
            || s.is(m, Role::Aux)
            || s.gap(m).contains([';', ':', '('])
    }) {
        return None;
    }
    let subject = subject_pronoun(s, 0, i)?;
    if !agrees(&subject, s.lower(first)) {
        return None;
    }
    let helpers: Vec<&str> = (first..verb).map(|m| s.lower(m)).collect();
    Some(format!("{subject} {}", helpers.join(" ")))
}

/// Whether the words `a..b` can be an item of a series: short, no helping verb, no subject,
/// no verb but a leading "-ing" word.
fn item_ok(s: &Sent, a: usize, b: usize) -> bool {
    // "a free TV licence if you are aged 75 or over": a condition of the item's own may
    // have a subject and a verb.
    // "the views of those who are close to him", "any medicines that you are now taking":
    // a relative clause of the item's own may have a subject and a verb too.
    // "how you have been feeling", "what you would like to get": a question word opens a
    // clause that is one thing, with its own subject and verb.
    let question =
        matches!(s.lower(a), "how" | "what" | "whether" | "why") && s.has_verb(a + 1, b) && a > 0;
    let condition = if question {
        a + 1
    } else {
        (a + 1..b)
            .find(|&t| {
                matches!(s.lower(t), "if" | "when" | "unless")
                    || (t > a + 1 && matches!(s.lower(t), "who" | "which" | "that"))
            })
            .unwrap_or(b)
    };
    // Words in brackets inside an item stay with it ("a package of care (4 visits daily)").
    let open = (a + 1..b).filter(|&t| s.gap(t).contains('(')).count();
    let close = (a + 1..=b.min(s.len()))
        .filter(|&t| s.gap(t).contains(')'))
        .count();
    let balanced = open == close && open <= 1;
    a < b
        && b - a <= MAX_ITEM_WORDS + 2
        && (condition < b || b - a <= MAX_ITEM_WORDS)
        && !s.is(a, Role::Boundary)
        && !s.is(a, Role::Coordinator)
        && !is_lead(s, a)
        && (a..condition).all(|t| {
            !s.is(t, Role::Aux)
                && !s.is(t, Role::Subject)
                && !s.is(t, Role::Object)
                && (t + 1 == b
                    || !s.gap(t + 1).contains([';', ':'])
                        && (balanced || !s.gap(t + 1).contains(['(', ')'])))
                && (!s.is_verb(t)
                    // "your ability to keep up employment": a verb after "to".
                    || (t > a + 1 && s.lower(t - 1) == "to" && s.free(t))
                    || (t > a
                        // "giving holiday pay": after an "-ing" word, its object.
                        && (s.lower(a).ends_with("ing")
                            || s.lower(t).ends_with("ed")
                            || s.lower(t).ends_with("ing")
                            || (s.data.irregular.contains(s.lower(t)) && !s.is(t, Role::Verb))))
                    || (t == a && s.lower(t).ends_with("ing"))
                    // "a change in your bowel habit": a noun after a determiner;
                    // "unexplained weight loss": a describing word before a noun.
                    || (t == a + 1 && s.is(a, Role::Determiner))
                    || (t == a
                        && s.lower(t).ends_with("ed")
                        && t + 1 < b
                        && !s.is(t + 1, Role::Determiner)
                        && !s.is(t + 1, Role::Object))
                    // "help with the cost of ...": a noun that looks like a verb.
                    || (t == a
                        && a > 0
                        && s.lower(a - 1) != "to"
                        && matches!(s.lower(a + 1), "with" | "from" | "for" | "of" | "on")))
                && s.lower(t) != "please"
        })
}

/// Whether a series lead ("e.g.", "including", "such as") starts at word `i`, and how long
/// it is.
fn lead_len(s: &Sent, i: usize) -> Option<usize> {
    if s.lower(i).starts_with("e.g") || s.lower(i).starts_with("i.e") {
        return Some(1);
    }
    s.data
        .phrases(Role::SeriesLead)
        .iter()
        .find(|e| s.phrase_at(i, &e.words))
        .map(|e| e.words.len())
}

fn is_lead(s: &Sent, i: usize) -> bool {
    lead_len(s, i).is_some()
}

/// A series of three or more items at the end of a long sentence becomes a lead-in and a
/// list: "... any changes to your health, your living arrangements or the support provided
/// by your family." -> "... any changes to:" and three items.
pub(crate) fn series(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let tail = s.gap(n).trim();
    if !matches!(tail, "" | "." | "?" | "!") {
        return None;
    }
    let commas: Vec<usize> = (1..n).filter(|&i| s.comma_before(i)).collect();
    let last_comma = *commas.last()?;
    let c = (last_comma..n).find(|&i| s.free(i) && matches!(s.lower(i), "and" | "or"))?;
    if !item_ok(s, c + 1, n) {
        return None;
    }
    let mut items: Vec<(usize, usize)> = vec![(c + 1, n)];
    let mut end = c;
    let mut bounds: Vec<usize> = commas.iter().copied().filter(|&p| p < c).collect();
    let mut exhausted = false;
    let first_segment_end = loop {
        // No comma left: the first item starts in the words before the first comma; only
        // taken after a word that leads into a series ("using your State Pension ...").
        let Some(p) = bounds.pop() else {
            exhausted = true;
            break end;
        };
        if item_ok(s, p, end) {
            items.push((p, end));
            end = p;
        } else if let Some(len) = lead_len(s, p).filter(|&l| item_ok(s, p + l, end)) {
            // ", e.g. breathing, nutrition ...": the lead stays in the lead-in.
            items.push((p + len, end));
            if items.len() < 3 {
                return None;
            }
            return series_proposal(s, p + len, items);
        } else {
            break end;
        }
    };
    if items.len() < 2 {
        return None;
    }
    // "furniture, rugs and so on": not a list of things.
    if (0..n.saturating_sub(1)).any(|m| s.lower(m) == "so" && s.lower(m + 1) == "on") {
        return None;
    }
    if exhausted {
        // The first item is in the words before the first comma: it starts with a
        // determiner as the others do ("using your State Pension of £221.20 per week, your
        // private pension ..., and your savings"), after a word that leads into a series.
        let end = first_segment_end;
        // "we will talk about how you have been feeling, what has been happening ... and
        // what you would like ...": the first item opens with a question word too.
        let question = |a: usize| matches!(s.lower(a), "how" | "what" | "whether" | "why");
        if items.iter().all(|&(a, _)| question(a)) {
            let d = (end.saturating_sub(MAX_ITEM_WORDS).max(1)..end)
                .find(|&d| question(d) && s.has_verb(0, d) && item_ok(s, d, end))?;
            items.push((d, end));
            return series_proposal(s, d, items);
        }
        if !items.iter().all(|&(a, _)| s.is(a, Role::Determiner)) {
            return None;
        }
        let d = (end.saturating_sub(MAX_ITEM_WORDS).max(1)..end).find(|&d| {
            s.is(d, Role::Determiner)
                && !s.has_verb(d, end)
                && (s.mark_before(d, ':')
                    || matches!(
                        s.lower(d - 1),
                        "using"
                            | "with"
                            | "of"
                            | "for"
                            | "about"
                            | "includes"
                            | "include"
                            | "including"
                            | "from"
                            | "on"
                    ))
        })?;
        items.push((d, end));
        return series_proposal(s, d, items);
    }
    // "to confirm what was found at the inspection, what works have been arranged, and what
    // you can do": when the other things open with a question word, so does the first.
    let question = |a: usize| matches!(s.lower(a), "how" | "what" | "whether" | "why" | "when");
    if items.iter().all(|&(a, _)| question(a)) {
        let end = first_segment_end;
        let d = (end.saturating_sub(MAX_ITEM_WORDS).max(1)..end)
            .rev()
            .find(|&d| question(d))?;
        if !s.has_verb(0, d) || !item_ok(s, d, end) {
            return None;
        }
        items.push((d, end));
        return series_proposal(s, d, items);
    }
    let gerunds = items.iter().all(|&(a, _)| s.lower(a).ends_with("ing"));
    let mut first = first_segment_end;
    while first > 0 && first_segment_end - first < MAX_ITEM_WORDS {
        let t = first - 1;
        if s.comma_before(t + 1) && t + 1 != first_segment_end {
            break;
        }
        if gerunds {
            if is_lead(s, t) || s.is(t, Role::Boundary) {
                break;
            }
            first = t;
            if s.lower(t).ends_with("ing") {
                break;
            }
            continue;
        }
        if s.is(t, Role::Boundary)
            || s.is(t, Role::SeriesLead)
            || s.is(t, Role::Aux)
            || s.is(t, Role::Subject)
            || s.lower(t).starts_with("e.g")
            || s.is_verb(t)
        {
            break;
        }
        first = t;
    }
    if first == 0 || first >= first_segment_end || !item_ok(s, first, first_segment_end) {
        return None;
    }
    if gerunds && !s.lower(first).ends_with("ing") {
        return None;
    }
    // "caused by defective insulation in the gable wall, a blocked gutter and a broken fan":
    // after a thing and a place word, the first item may be only the place of that thing,
    // and the list would then name the wrong things.
    if first >= 2
        && matches!(s.lower(first - 1), "in" | "near" | "inside" | "within")
        && !s.is_verb(first - 2)
        && !s.is(first - 2, Role::Aux)
    {
        return None;
    }

    items.push((first, first_segment_end));
    series_proposal(s, first, items)
}

/// The lead-in (the text before word `first`) and the items, given last first.
/// Conditions in a series after "if": "You may be entitled if, for example, you are
/// pregnant ..., you hold a valid medical exemption certificate, or you get Universal Credit
/// ..." -> "You may be entitled if, for example:" and one condition an item. Each condition
/// starts with its own subject and has a verb; three or more, the last after "or" or "and".
/// The most words of one condition in [`condition_series`]: a longer one is more than a
/// condition.
const MAX_CONDITION_WORDS: usize = 25;

pub(crate) fn condition_series(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS || !matches!(s.gap(n).trim(), "." | "") {
        return None;
    }
    let k = (1..n).find(|&k| s.lower(k) == "if" && s.free(k) && s.toks[k].depth == 0)?;
    if !s.has_verb(0, k) {
        return None;
    }
    let first = if s.phrase_at(k + 1, &words(&["for", "example"])) && s.comma_before(k + 3) {
        k + 3
    } else {
        k + 1
    };
    let mut bounds: Vec<usize> = (first + 1..n)
        .filter(|&m| s.comma_before(m) && s.toks[m].depth == 0 && s.free(m))
        .collect();
    bounds.push(n);
    let mut items = Vec::new();
    let mut a = first;
    for (x, &b) in bounds.iter().enumerate() {
        let last = x + 1 == bounds.len();
        // The last condition follows "or" or "and", after two or more; the others follow
        // a comma only.
        let joined = matches!(s.lower(a), "or" | "and");
        if joined != (last && items.len() >= 2) {
            return None;
        }
        let start = if joined { a + 1 } else { a };
        if !(s.is(start, Role::Subject) && s.has_verb(start + 1, b))
            || b - start > MAX_CONDITION_WORDS
        {
            return None;
        }
        items.push((start, b));
        a = b;
    }
    // One condition alone ("... if you want to keep getting the reduction") is no series.
    if items.len() < 3 {
        return None;
    }
    let lead = finish_with(s.text.get(..s.toks.get(first)?.start)?, ':');
    let mut pieces = vec![Piece::sentence(lead)];
    pieces.extend(items.iter().map(|&(a, b)| Piece::item(words_text(s, a, b))));
    proposal(SERIES, pieces)
}

fn series_proposal(s: &Sent, first: usize, mut items: Vec<(usize, usize)>) -> Option<Proposal> {
    items.reverse();
    // "cannot be used for care, nor for household bills, rent or gambling": the "not"
    // carried by "nor" would be lost in a list.
    if (0..s.len()).any(|t| s.lower(t) == "nor") {
        return None;
    }
    // "giving her medicine at 6am, 10am, 2pm, 6pm and 10pm": times or dates alone are the
    // things of a series inside one item, not items of their own.
    if items
        .iter()
        .any(|&(a, b)| (a..b).all(|t| s.toks[t].fact.is_some()))
    {
        return None;
    }
    // "must not cause nuisance, annoyance or disturbance": the "not" of the first item
    // belongs to them all; as a list the others would lose it.
    if items
        .first()
        .is_some_and(|&(a, b)| (a..b).any(|t| matches!(s.lower(t), "not" | "never")))
    {
        return None;
    }
    // "the Housing Grants, Construction and Regeneration Act 1996": capitals on both sides
    // of every join are one name, not a series.
    // "the Care and Support and After-care (Choice of Accommodation) Regulations 2014":
    // capitals on both sides of a join are one name, not a series.
    let capital = |t: usize| s.word(t).starts_with(|c: char| c.is_uppercase());
    let name_join = |a: usize| {
        let before = (0..a).rev().find(|&t| !matches!(s.lower(t), "and" | "or"));
        before.is_some_and(|t| capital(t) && s.toks[t].depth == 0) && capital(a)
    };
    if items
        .windows(2)
        .all(|w| capital(w[0].1 - 1) && capital(w[1].0))
        || items.iter().skip(1).any(|&(a, _)| name_join(a))
    {
        return None;
    }
    // "the letter from your nurse, Mr Dominic Faulkner, dated 29/07/2026, and the diary":
    // a name or a date said after a thing describes it; as items of their own they would
    // read as more things.
    let describes = |a: usize| {
        TITLES.contains(&s.lower(a).trim_end_matches('.'))
            || (s.lower(a).ends_with("ed") && s.toks.get(a + 1).is_some_and(|t| t.fact.is_some()))
    };
    if items.iter().skip(1).any(|&(a, _)| describes(a)) {
        return None;
    }
    // "by emailing msk.physio@..., giving your name, date of birth and the reference": an
    // "-ing" phrase after a thing says what to do with it; it is no thing of the series.
    let gerund = |a: usize| s.lower(a).ends_with("ing") && s.is_verb(a);
    if items.iter().skip(1).any(|&(a, _)| gerund(a)) && !s.lower(items[0].0).ends_with("ing") {
        return None;
    }
    let lead = finish_with(s.text.get(..s.toks.get(first)?.start)?, ':');
    let mut pieces = vec![Piece::sentence(lead)];
    pieces.extend(items.iter().map(|&(a, b)| Piece::item(words_text(s, a, b))));
    proposal(SERIES, pieces)
}

/// Whether word `j` can be the verb after "to": a lower-case word that is not a noun-phrase
/// word ("to the", "to your").
fn plain_verb(s: &Sent, j: usize) -> bool {
    let w = s.lower(j);
    s.free(j)
        && !w.is_empty()
        && w.chars().all(|c| c.is_ascii_lowercase())
        && s.word(j) == w
        && !s.is(j, Role::Determiner)
        && !s.is(j, Role::Subject)
        && !s.is(j, Role::Boundary)
        && !s.is(j, Role::Object)
        && !s.is(j, Role::NotVerb)
}

/// A second infinitive: "The purpose of the review is to find out ..., and to identify
/// ..." -> "The purpose of the review is to find out .... The purpose of the review is also
/// to identify ...".
pub(crate) fn infinitive(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let i = (2..n.saturating_sub(2)).find(|&i| {
        s.comma_before(i)
            && s.free(i)
            && s.lower(i) == "and"
            && s.lower(i + 1) == "to"
            && plain_verb(s, i + 2)
    })?;
    let k = (1..i)
        .find(|&k| s.lower(k) == "to" && s.free(k) && !s.comma_before(k) && plain_verb(s, k + 1))?;
    if !s.has_verb(0, k) || (0..k).any(|m| s.comma_before(m) || !s.free(m)) {
        return None;
    }
    let lead = s.text.get(..s.toks[k].start)?.trim_end();
    let also = matches!(s.lower(k - 1), "is" | "are" | "was" | "were")
        && !(0..k).any(|m| s.lower(m) == "also");
    let second = format!(
        "{lead}{} {}",
        if also { " also" } else { "" },
        rest(s, i + 1)
    );
    proposal(
        INFINITIVE,
        vec![
            Piece::sentence(finish(&s.text[..clause_end(s, i)])),
            Piece::sentence(finish(&second)),
        ],
    )
}

/// Whether word `i` is a verb in the plain present after a relative word ("which require"),
/// so that its subject is more than one thing: lower case, no "-s", "-ed" or "-ing", and
/// no helping verb ("which may", "which can" say nothing about number).
fn plain_present(s: &Sent, i: usize) -> bool {
    let w = s.lower(i);
    s.free(i)
        && s.is_verb(i)
        && s.word(i) == w
        && !s.is(i, Role::Aux)
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !matches!(
            w,
            "may" | "might" | "can" | "could" | "will" | "would" | "must" | "should"
        )
}

/// Whether a verb of asking or allowing comes before the "to" at `i` in the same clause
/// ("asked Avonbridge Fire and Rescue Service to contact you"): the "to" says what was
/// asked, not a purpose.
fn asked_to(s: &Sent, i: usize) -> bool {
    (i.saturating_sub(8)..i)
        .any(|m| s.is(m, Role::Asking) && !(m + 1..=i).any(|t| s.comma_before(t)))
}

/// Whether the words before `i` are only a subject with a relative clause, its main verb
/// still to come: the sentence opens with a determiner, a relative word comes before any
/// verb, and no clause starts after a comma between it and `i`.
fn subject_before_main_verb(s: &Sent, i: usize) -> bool {
    // The clause starts the sentence or follows "that" ("our records show that the
    // fridge-freezer which was fitted ..., when ..., | is a Norvale model").
    let c = (1..i)
        .rev()
        .find(|&m| s.lower(m - 1) == "that" && s.free(m - 1))
        .unwrap_or(0);
    if !s.is(c, Role::Determiner) {
        return false;
    }
    let Some(r) = (c + 1..i).find(|&m| matches!(s.lower(m), "which" | "who" | "whom")) else {
        return false;
    };
    if s.has_verb(c, r) {
        return false;
    }
    !(r + 1..i).any(|m| {
        s.comma_before(m)
            && (s.is(m, Role::Aux) || s.starts_main_clause(m))
            && !matches!(s.lower(m), "and" | "or" | "which" | "who")
    })
}

/// Whether word `i` stands inside a condition opened after the last comma before it ("... if
/// you pay in full before 10 February"): a time there belongs to the condition, and said
/// as a sentence of its own ("This will happen before 10 February") it would belong to the
/// main clause.
fn inside_condition(s: &Sent, i: usize) -> bool {
    let from = (0..i).rev().find(|&m| s.comma_before(m)).unwrap_or(0);
    (from..i).any(|m| s.free(m) && matches!(s.lower(m), "if" | "unless" | "once" | "whenever"))
}

/// Whether the joining word at `i` brings the last of a series of reasons: "since your needs
/// arise from ..., your health is at risk ..., and you cannot ..."; split there, the last
/// reason would lose its "since" and read as a fact of its own.
fn last_of_reasons(s: &Sent, i: usize) -> bool {
    (0..i).any(|m| {
        matches!(s.lower(m), "since" | "because")
            && s.free(m)
            && (m + 1..i).any(|t| {
                s.comma_before(t)
                    && s.has_verb(m + 1, t)
                    && (s.starts_subject_clause(t) || s.has_verb(t, i))
            })
    })
}

/// How the sentence made from a "so that" clause (its words from `from`) starts: "This is
/// so that" for a purpose ("..., so that you can keep in touch"), but "So" for a result,
/// which "This is so that" would turn into a purpose: "..., so that there is likely to be a
/// big impact" -> "So there is likely to be a big impact"; "..., so that the visits are no
/// longer needed" -> "So the visits are no longer needed".
fn so_that_lead(s: &Sent, from: usize) -> &'static str {
    let n = s.len();
    let result = (from..n).any(|m| {
        matches!(s.lower(m), "likely" | "therefore")
            || (s.lower(m) == "no" && s.lower(m + 1) == "longer")
    });
    if result {
        "So"
    } else {
        "This is so that"
    }
}

/// A reason after the main clause: "... at least 5 working days before, so that another
/// patient can have the slot." -> "... at least 5 working days before. This is so that
/// another patient can have the slot."; ", as the evidence did not show ..." -> "This is
/// because the evidence did not show ...".
pub(crate) fn reason(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    for i in 3..n.saturating_sub(3) {
        if !s.free(i) || !s.has_verb(0, i) || inside_subordinate(s, 0, i) {
            continue;
        }
        let (len, lead) = if s.lower(i) == "so" && s.lower(i + 1) == "that" {
            (2, so_that_lead(s, i + 2))
        } else if s.comma_before(i)
            && matches!(s.lower(i), "as" | "because")
            && s.starts_subject_clause(i + 1)
            // "..., as this would not be right, and nor will your daughter": the "nor"
            // goes on with the main clause.
            && !(i + 1..n).any(|m| s.lower(m) == "nor")
        {
            (1, "This is because")
        } else {
            continue;
        };
        if !s.has_verb(i + len, n) {
            continue;
        }
        return proposal(
            REASON,
            vec![
                Piece::sentence(finish(&s.text[..clause_end(s, i)])),
                Piece::sentence(finish(&format!("{lead} {}", rest(s, i + len)))),
            ],
        );
    }
    None
}

/// A participle opener whose doer is the subject of the main clause: "Having reviewed the
/// charts, I have found no evidence ..." -> "I have reviewed the charts. I have found no
/// evidence ...". Left alone when the main clause has another subject ("Having considered
/// ..., your application has been successful").
pub(crate) fn participle(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= SHORT_WORDS || s.lower(0) != "having" || !s.free(1) {
        return None;
    }
    let p = s.lower(1);
    let participle = (p.ends_with("ed") && p.len() > 4) || s.data.irregular.contains(p);
    if !participle || s.comma_before(1) {
        return None;
    }
    // "Having considered ..., it has been decided that ..." (after any commas inside the
    // opener): the writer did both, so "We have considered .... We have decided that ...".
    if let Some(j) = (2..n.saturating_sub(5)).find(|&j| {
        s.comma_before(j)
            && s.lower(j) == "it"
            && s.lower(j + 1) == "has"
            && s.lower(j + 2) == "been"
            && s.lower(j + 4) == "that"
            && s.lower(j + 3).ends_with("ed")
    }) {
        let comma = mark_at(s, j, ',')?;
        let done = s.text.get(s.toks[1].start..comma)?;
        return proposal(
            PARTICIPLE,
            vec![
                Piece::sentence(finish(&format!("We have {done}"))),
                Piece::sentence(finish(&format!(
                    "We have {} {}",
                    s.word(j + 3),
                    rest(s, j + 4)
                ))),
            ],
        );
    }
    // "Having thought about the feedback, the Integrated Care Board has agreed that ...":
    // the subject comes first, then "It has agreed that ...".
    if let Some(j) = (2..n).find(|&j| {
        s.comma_before(j) && s.is(j, Role::Determiner) && s.lower(j) != "that" && clause_at(s, j)
    }) {
        // "Having considered the application, the inspection of your home done by ...,
        // and ..., I can confirm": a thing in the opener, not the subject; the opener goes
        // on to the comma before "I" (below).
        let k = (j + 1..(j + 8).min(n)).find(|&k| s.is(k, Role::Aux));
        // Not "your application has been successful": the subject did not do the thinking.
        let Some(k) = k.filter(|&k| {
            matches!(s.lower(k), "has" | "have")
                && s.is_verb(k + 1)
                && s.lower(k + 1) != "been"
                && !s.has_verb(j, k)
        }) else {
            return having_then_pronoun(s);
        };
        let comma = mark_at(s, j, ',')?;
        let done = s.text.get(s.toks[1].start..comma)?;
        let subject = words_text(s, j, k);
        let pronoun = if s.lower(k) == "has" { "It" } else { "They" };
        return proposal(
            PARTICIPLE,
            vec![
                Piece::sentence(finish(&capitalise(&format!(
                    "{subject} {} {done}",
                    s.lower(k)
                )))),
                Piece::sentence(finish(&format!("{pronoun} {}", rest(s, k)))),
            ],
        );
    }
    having_then_pronoun(s)
}

/// "Having reviewed the documents which you gave, namely ..., I can confirm ..." -> "I have
/// reviewed the documents .... I can confirm ...": the opener ends at the first comma
/// before "I", "we" ... and a verb.
fn having_then_pronoun(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    let j = (2..n).find(|&j| {
        (s.comma_before(j) || s.comma_after_bracket(j))
            && matches!(s.lower(j), "i" | "we" | "you" | "they" | "he" | "she")
            && s.starts_subject_clause(j)
    })?;
    let subject = match s.lower(j) {
        "i" => "I have",
        "we" => "We have",
        "you" => "You have",
        "they" => "They have",
        "he" => "He has",
        "she" => "She has",
        _ => return None,
    };
    if !s.starts_subject_clause(j) {
        return None;
    }
    let comma = mark_at(s, j, ',')?;
    let done = s.text.get(s.toks[1].start..comma)?;
    proposal(
        PARTICIPLE,
        vec![
            Piece::sentence(finish(&format!("{subject} {done}"))),
            Piece::sentence(finish(&capitalise(rest(s, j)))),
        ],
    )
}

/// Rule id: labelled details run together ("Date: ... Time: ... Place: ...") made a list.
pub const LABELS: &str = "split-labels";

/// Whether word `i` is a label: a capitalised word with a colon after it ("Time:").
fn is_label(s: &Sent, i: usize) -> bool {
    let w = s.word(i);
    s.free(i)
        && (i == 0 || s.toks[i - 1].depth == 0 || s.gap(i).contains(')'))
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && s.gap(i + 1).trim_start().starts_with(':')
        && i + 1 < s.len()
}

/// Labelled details run together in one sentence, as a letter's details block often
/// becomes: "Date: Monday 13 April 2026 Time: 14:10 Clinic: Orthopaedic Outpatients" ->
/// one list item a label.
pub(crate) fn labels(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS || !is_label(s, 0) {
        return None;
    }
    // A label starts a new item only after a word, not after a comma or "and".
    let starts: Vec<usize> =
        std::iter::once(0)
            .chain((1..n).filter(|&i| {
                is_label(s, i) && s.gap(i).chars().all(|c| c.is_whitespace() || c == ')')
            }))
            .collect();
    if starts.len() < 2 {
        return None;
    }
    let mut pieces = Vec::new();
    for (k, &a) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(s.text.len(), |&b| {
            s.gap_start(b) + s.gap(b).rfind(')').map_or(0, |p| p + 1)
        });
        let text = s.text[s.toks[a].start..end].trim().trim_end_matches('.');
        pieces.push(Piece::item(text));
    }
    proposal(LABELS, pieces)
}

/// Rule id: the safety net for a sentence still too long after the other rules.
pub const LONG: &str = "split-long";

/// Words that open a clause that cannot stand alone: a part of a split that starts with one
/// must hold a main clause after a comma.
const DEPENDENT_OPENERS: &[&str] = &[
    "if",
    "when",
    "whether",
    "because",
    "unless",
    "until",
    "while",
    "whilst",
    "where",
    "although",
    "though",
    "once",
    "as",
    "since",
    "after",
    "before",
    "following",
    "based",
    "whenever",
    "which",
    "who",
    "whose",
    "that",
    "should",
    "having",
    "and",
    "or",
    "so",
    "but",
    "to",
];

/// The fewest words on each side of a safety-net break.
const MIN_PART_WORDS: usize = 4;

/// Whether the sentence opens with a dependent word or phrase ("If you ...", "Following
/// ...", "In case ..."), so that a first part needs a main clause after a comma.
fn opens_dependent(s: &Sent) -> bool {
    let two = (s.lower(0), s.lower(1));
    let dependent_pair = matches!(
        two,
        ("in", "case") | ("even", "if") | ("now", "that") | ("provided", "that") | ("so", "that")
    );
    // "However, following an assessment ..., it has been confirmed": a fronted phrase after
    // a word and a comma.
    let after_word = s.comma_before(1)
        && [
            Role::Condition,
            Role::InvertedCondition,
            Role::Contrast,
            Role::Cause,
            Role::Prep,
        ]
        .iter()
        .any(|&role| {
            s.data
                .phrases(role)
                .iter()
                .any(|e| s.phrase_at(1, &e.words))
        });
    // "But it has been confirmed that ...": a joining word straight before a clause with
    // its own subject opens a main clause.
    let joined_main = matches!(s.lower(0), "and" | "or" | "so" | "but")
        && (s.starts_subject_clause(1) || s.starts_main_clause(1) || clause_at(s, 1));
    (DEPENDENT_OPENERS.contains(&s.lower(0)) && !joined_main)
        || dependent_pair
        || after_word
        || fronted_phrase(s).is_some()
}

/// Whether the words `0..end` can stand as a sentence on their own: a verb, and, when the
/// sentence opens with a dependent word (`dependent`, from [`opens_dependent`]), a main
/// clause after a comma.
fn stands_alone(s: &Sent, end: usize, dependent: bool) -> bool {
    // "Depending on the result of that assessment," opens with an "-ing" word and has no
    // other verb: no sentence.
    let ing_opening = s.is_verb(0) && s.lower(0).ends_with("ing");
    if !s.has_verb(0, end) || (ing_opening && !finite_verb(s, 1, end)) {
        return false;
    }
    if !dependent {
        return true;
    }
    (1..end).any(|m| {
        s.comma_before(m) && (s.starts_main_clause(m) || clause_at(s, m)) && s.has_verb(m, end)
    }) || phrase_then_clause(s, end)
}

/// "During the review we will check ...": a fronted phrase of a few words ("during",
/// "following" and a noun phrase) and then, with no comma, a subject pronoun, a helping
/// verb and a verb before word `end`.
fn phrase_then_clause(s: &Sent, end: usize) -> bool {
    let Some((Role::Prep, k, _)) = fronted_phrase(s) else {
        return false;
    };
    (k + 2..(k + 7).min(end)).any(|m| {
        s.is(m, Role::Subject)
            && !matches!(s.lower(m), "this" | "it" | "there")
            && s.is(m + 1, Role::Aux)
            && !(k..=m + 1).any(|g| s.gap(g).contains(','))
            && s.has_verb(m + 2, end)
    })
}

/// The safety net: a sentence still over [`MAX_WORDS`] words is broken in two at the best
/// place available, each part a real sentence: between clauses (", and we will", "; ",
/// ", but"), before a reason (" because ", " so that "), a relative clause (", which was"
/// -> "This was"), a time clause (" when " -> "This is when"), an example (", for example"),
/// or a time or place ("... on Tuesday 19 November" -> "This will be on Tuesday 19
/// November."). Never inside a fact or brackets. Of the places that pass the checks, the
/// one with the plainest kind of break and the most even parts wins.
pub(crate) fn long(s: &Sent, lists: bool) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let mut options: Vec<(usize, usize, Vec<Piece>)> = Vec::new();
    let dependent = opens_dependent(s);
    for i in MIN_PART_WORDS..n.saturating_sub(MIN_PART_WORDS - 2) {
        let (a, b) = (&s.toks[i - 1], &s.toks[i]);
        let inside_fact = a.fact.is_some() && a.fact == b.fact;
        let in_brackets = b.depth > 0 || (a.depth > 0 && !s.gap(i).contains(')'));
        if i >= n || !s.free(i) || inside_fact || in_brackets {
            continue;
        }
        // "... should go to the Reablement Service on 0161 496 0700." -> "... should go to
        // the Reablement Service. You can call them on 0161 496 0700.": a phone number at
        // the end, after who it reaches. Not in a list item, where "You can call them"
        // would make a piece of advice read as a contact.
        let phone = lists.then(|| phone_at_end(s, i)).flatten();
        let Some((cost, skip, lead)) = phone.map(|lead| (3, 1, lead)).or_else(|| break_at(s, i))
        else {
            continue;
        };
        // "This will happen after you have sent the form and we have checked it": the
        // second clause goes on with the first's "after".
        if s.is(i, Role::Coordinator) && inside_time_clause(s, 0, i) {
            continue;
        }
        // "..., and for which, in line with our policy, | you will not pay": a relative word
        // with no verb yet waits for the clause after the break.
        if (0..i)
            .rev()
            .find(|&m| s.is(m, Role::Relative) || matches!(s.lower(m), "which" | "whom"))
            .is_some_and(|m| !s.has_verb(m + 1, i))
        {
            continue;
        }
        // "The protection plan which was agreed ..., and which included ... | and an
        // arrangement ..., will end": the subject and its relative clauses, before the main
        // verb, are no sentence.
        if subject_before_main_verb(s, i) {
            continue;
        }
        // "Thank you for going to the practice on Tuesday 21 April 2026": the time or place
        // of what the thanks are for stays with it ("This is on ..." would be a new event).
        if s.lower(0) == "thank"
            && lead.starts_with("This")
            && (s.toks[i].fact.is_some() || matches!(s.lower(i), "on" | "at" | "in"))
        {
            continue;
        }
        // "I am sorry but, on the basis of ..., it has been decided": the words since the
        // last comma open the next clause, so the first part would end half-way.
        let fronted_open = (2..i).rev().find(|&m| {
            s.comma_before(m)
                && matches!(s.lower(m - 1), "but" | "and" | "that")
                && (opens_fronted_phrase(s, m)
                    || matches!(s.lower(m), "following" | "after" | "before")
                    // "..., and, acting on their advice, we have ...".
                    || (s.lower(m).ends_with("ing") && s.lower(m).len() > 5))
        });
        if fronted_open.is_some_and(|m| {
            !(m + 1..i).any(|k| s.comma_before(k) && (s.starts_main_clause(k) || clause_at(s, k)))
        }) {
            continue;
        }
        // In a list item, a thing named and then described: "a pendant alarm, which is
        // waterproof" -> "A pendant alarm. This is waterproof." The name stays as it is.
        let named = !lists
            && matches!(s.lower(i), "which" | "who")
            && !s.has_verb(0, i)
            && !DEPENDENT_OPENERS.contains(&s.lower(0));
        if i + skip >= n || !(named || stands_alone(s, i, dependent)) {
            continue;
        }
        let left_end = clause_end_any(s, i);
        let body = rest(s, i + skip);
        let second = if lead.is_empty() {
            capitalise(body)
        } else {
            format!("{lead} {body}")
        };
        let head = Piece {
            text: finish(&s.text[..left_end]),
            item: named,
            after: None,
        };
        let pieces = vec![head, Piece::sentence(finish(&second))];
        let right_words = n - i - skip + lead.split_whitespace().count();
        let score = cost * 4 + i.max(right_words);
        options.push((score, i, pieces));
    }
    for p in [fronted_phrase_after(s), fronted_phrase_inside(s)]
        .into_iter()
        .flatten()
    {
        let (main_words, pp_words) = (p.1, p.2);
        options.push((2 * 4 + main_words.max(pp_words), 0, p.0));
    }
    options.sort_by_key(|(score, i, _)| (*score, *i));
    options
        .into_iter()
        .map(|(_, _, pieces)| pieces)
        .find(|pieces| super::acceptable(s.text, pieces))
        .map(|pieces| Proposal { rule: LONG, pieces })
}

/// The sentence a phone number at the end of the sentence becomes, when word `i` is the
/// "on" before it and the word before names who the number reaches: "us" ("You can call us
/// on"), a team or service, or a name ("You can call them on"). Not after a word for phoning
/// ("please phone us on ...", where the number belongs to the request), and not when "your"
/// ("your mobile on ...", the reader's own number or someone's the reader knows) or "not"
/// comes anywhere before the number: a missed split is safer than a wrong "call them".
fn phone_at_end(s: &Sent, i: usize) -> Option<String> {
    let n = s.len();
    let first = s.toks.get(i + 1)?;
    if s.lower(i) != "on"
        || first.kind != Some(FactKind::Phone)
        || !(i + 1..n).all(|t| s.toks[t].fact == first.fact)
        || !matches!(s.gap(n).trim(), "." | "")
        || i < 2
        || !s.has_verb(0, i)
        || (0..i).any(|t| matches!(s.lower(t), "not" | "never" | "your"))
        || (i.saturating_sub(8)..i).any(|t| s.is(t, Role::Calling))
    {
        return None;
    }
    let who = i - 1;
    // A team or a person may be a fact (a name); a number or a date is not who is called.
    if s.toks[who].fact.is_some()
        && !matches!(
            s.toks[who].kind,
            Some(FactKind::Person | FactKind::Organisation)
        )
    {
        return None;
    }
    if let Some(entry) = s
        .data
        .phrases(Role::Contact)
        .iter()
        .find(|e| e.words.len() == 1 && e.words[0] == s.lower(who))
    {
        return entry.replacement.clone();
    }
    let capital = s.word(who).starts_with(char::is_uppercase);
    capital.then(|| "You can call them on".to_string())
}

/// Words that open a fronted phrase that can follow the main clause instead: "In
/// recognition of ..., a payment will be made" -> "A payment will be made. This is in
/// recognition of ...".
const FRONTED_PREPOSITIONS: &[&str] = &["in", "for", "on", "at", "with", "under", "during"];

/// Whether word `i` opens a phrase that can be moved behind "This is": a preposition of
/// [`FRONTED_PREPOSITIONS`], or "based on" (the words stage's "on the basis of").
fn opens_fronted_phrase(s: &Sent, i: usize) -> bool {
    FRONTED_PREPOSITIONS.contains(&s.lower(i)) || (s.lower(i) == "based" && s.lower(i + 1) == "on")
}

/// A sentence that opens with a phrase (no verb of its own but a participle) and a comma,
/// then a main clause: the main clause first, then "This is" and the phrase. Gives the
/// pieces and the words of each part.
fn fronted_phrase_after(s: &Sent) -> Option<(Vec<Piece>, usize, usize)> {
    let n = s.len();
    if negative_opening(s) {
        return None;
    }
    // "As set out in clause 9.2, ...", "As agreed with you, ...": a phrase too.
    let as_done = s.lower(0) == "as"
        && matches!(
            s.lower(1),
            "set"
                | "stated"
                | "agreed"
                | "talked"
                | "discussed"
                | "explained"
                | "shown"
                | "mentioned"
        );
    // Not "In reaching this decision, ...": a verb phrase, which "This is" cannot lead.
    if !(opens_fronted_phrase(s, 0) || as_done) || s.lower(1) == "so" || s.lower(1).ends_with("ing")
    {
        return None;
    }
    let j = (2..n.saturating_sub(3))
        .find(|&j| s.comma_before(j) && (s.starts_main_clause(j) || clause_at(s, j)))?;
    // A verb with its own subject ("As you know", "In case you ...") makes a clause.
    let finite =
        (0..j).any(|m| s.is(m, Role::Aux) || (m > 0 && s.is_verb(m) && s.is(m - 1, Role::Subject)));
    // "As you know, ...", "As this is ...": a clause, not a phrase.
    if finite || s.is(1, Role::Subject) || !(s.starts_main_clause(j) || clause_at(s, j)) {
        return None;
    }
    // "In the meantime," is a link, not a phrase to move; "In its capacity as ..." has
    // lost its "it" to the voice stage.
    if !s.has_verb(j, n) || j < 4 || (0..j).any(|m| s.lower(m) == "its") {
        return None;
    }
    let comma = mark_at(s, j, ',')?;
    let phrase = &s.text[..comma];
    let mut lowered = phrase.to_string();
    if let Some(c) = lowered.get(..1) {
        lowered.replace_range(..1, &c.to_lowercase());
    }
    // In the main clause's tense: "On Saturday 18 April, loud music was played ..." ->
    // "... This was on Saturday 18 April."
    // Only a time takes the tense; "This is in line with ..." stays in the present.
    let when = (0..j).any(|m| {
        matches!(
            s.toks[m].kind,
            Some(crate::facts::FactKind::Date | crate::facts::FactKind::Time)
        )
    });
    let lead = if when && !as_done {
        this_be_in(s, j, n)
    } else {
        "This is"
    };
    let pieces = vec![
        Piece::sentence(finish(&capitalise(rest(s, j)))),
        Piece::sentence(finish(&format!("{lead} {lowered}"))),
    ];
    Some((pieces, n - j, j + 2))
}

/// A phrase between commas after a joining word, before the main clause: "I am sorry but,
/// on the basis of the test of resources ..., it has been decided that ..." -> "I am sorry
/// but it has been decided that .... This is on the basis of the test of resources ...".
fn fronted_phrase_inside(s: &Sent) -> Option<(Vec<Piece>, usize, usize)> {
    let n = s.len();
    // "I am sorry but, after careful thought about ..., your application has been refused".
    let m = (2..n).find(|&m| {
        s.comma_before(m)
            && matches!(s.lower(m - 1), "but" | "that")
            && (opens_fronted_phrase(s, m) || s.lower(m) == "after")
    })?;
    if !s.has_verb(0, m) {
        return None;
    }
    let j = (m + 2..n.saturating_sub(3))
        .find(|&j| s.comma_before(j) && (s.starts_main_clause(j) || clause_at(s, j)))?;
    if !s.has_verb(j, n) || (m..j).any(|k| s.is(k, Role::Aux)) {
        return None;
    }
    let open = s.text.get(..s.toks[m - 1].end)?;
    let phrase = s.text.get(s.toks[m].start..mark_at(s, j, ',')?)?;
    let pieces = vec![
        Piece::sentence(finish(&format!("{open} {}", rest(s, j)))),
        Piece::sentence(finish(&format!("This is {phrase}"))),
    ];
    Some((pieces, n - (j - m), j - m + 2))
}

/// Where the clause before word `i` ends: at the first comma, semicolon or colon in the gap
/// before it, or at the end of the last word.
fn clause_end_any(s: &Sent, i: usize) -> usize {
    let gap = s.gap(i);
    let at = gap.find([',', ';', ':']).unwrap_or(gap.trim_end().len());
    s.gap_start(i) + at
}

/// Whether no clause starts at or after word `from`: no helping verb (outside facts, so not
/// the "am" of "9.45 am"), no "being", no relative word, no subject with its verb and no
/// subordinating word. A noun that looks like a verb ("the final visit") does not count.
fn no_clause_after(s: &Sent, from: usize) -> bool {
    !(from..s.len()).any(|m| {
        (s.free(m) && (s.is(m, Role::Aux) || s.lower(m) == "being"))
            || matches!(s.lower(m), "which" | "who" | "whom" | "whose")
            || s.starts_subject_clause(m)
            || starts_subordinate(s, m)
    })
}

/// Whether a series goes on after word `i` (", or", ", and" later in the sentence): a
/// phrase at `i` may then be one of its things.
fn series_after_at(s: &Sent, i: usize) -> bool {
    (i + 1..s.len()).any(|m| s.comma_before(m) && matches!(s.lower(m), "or" | "and"))
}

/// Whether the clause before word `i` speaks of the future ("will").
fn future_before(s: &Sent, i: usize) -> bool {
    (0..i).any(|m| s.lower(m) == "will")
}

/// How a sentence that says when or where the clause before word `i` happens starts, in
/// that clause's tense: "This will be", "This was" ("An assessment was carried out ... on
/// 28/09/2026" -> "This was on 28/09/2026"; "He has been in hospital since his admission
/// ... on Friday 4th September" -> "This was on Friday 4th September"; "you did not go to
/// your interview on 24 February" -> "This was on 24 February") or "This is".
fn this_be(s: &Sent, i: usize) -> &'static str {
    this_be_in(s, 0, i)
}

/// [`this_be`] for the clause of words `a..b`.
fn this_be_in(s: &Sent, a: usize, b: usize) -> &'static str {
    if (a..b).any(|m| s.lower(m) == "will") {
        "This will be"
    } else if (a..b).any(|m| {
        matches!(s.lower(m), "was" | "were" | "did" | "since" | "had")
            // "we tried to phone you on 22 March" -> "This was at 10.05am".
            || (m > a
                && s.lower(m).ends_with("ed")
                && matches!(s.lower(m - 1), "we" | "you" | "i" | "they" | "he" | "she"))
    }) {
        "This was"
    } else {
        "This is"
    }
}

/// "He" or "She" for the person a relative word at `j` is about: a title in the six words
/// before it ("Mrs Lorraine Brightwell, who"), or a word for a person just before it ("your
/// wife, who" -> "She"), from the `person` rows of `split-words.tsv`.
fn person_pronoun(s: &Sent, j: usize) -> Option<&'static str> {
    let people = s.data.phrases(Role::Person);
    let pronoun_of = |t: usize| {
        let w = s.lower(t).trim_end_matches('.');
        people
            .iter()
            .find(|e| e.words.len() == 1 && e.words[0] == w)
            .and_then(|e| e.replacement.as_deref())
    };
    let title = (j.saturating_sub(6)..j)
        .rev()
        .find(|&t| TITLES.contains(&s.lower(t).trim_end_matches('.')))
        .and_then(pronoun_of);
    // "your son, Mateusz, who": the word for the person may come before a name.
    title.or_else(|| {
        (j.saturating_sub(4)..j)
            .rev()
            .take_while(|&t| t + 1 == j || s.word(t + 1).starts_with(char::is_uppercase))
            .find_map(pronoun_of)
    })
}

/// The verb after "They" for the singular verb `verb` of a relative clause: "your children,
/// who is" cannot happen, but "someone, who has" -> "They have".
fn verb_for_they(verb: &str) -> Option<String> {
    match verb {
        "is" => Some("are".to_string()),
        "has" => Some("have".to_string()),
        "was" => Some("were".to_string()),
        "does" => Some("do".to_string()),
        w if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") => Some(base_form(w)),
        _ => None,
    }
}

/// Whether the clause before word `i` is an order or a duty of the reader: "Please contact
/// us", "Phone us", "You must tell us", "You need to".
fn order_before(s: &Sent, i: usize) -> bool {
    // Not "Thank you for ...": thanks, not an order.
    (s.is(0, Role::Verb)
        && s.word(0).chars().next().is_some_and(char::is_uppercase)
        && s.lower(0) != "thank")
        || (0..i).any(|m| {
            s.lower(m) == "please"
                || (s.lower(m) == "you"
                    && (matches!(s.lower(m + 1), "must" | "should" | "need")
                        // "you have to", not "you have lived" (something done).
                        || (s.lower(m + 1) == "have" && s.lower(m + 2) == "to"))
                    // "You should get your results by letter": something that happens to
                    // the reader, not a task.
                    && !matches!(s.lower(m + 2), "get" | "receive" | "hear" | "be" | "expect"))
        })
}

/// Whether word `j`, the last before a break, can end a clause: not a helping verb, a
/// joining word, a determiner or a subject ("... passenger, or", "that is"); without a
/// comma, not a preposition either.
fn ends_clause(s: &Sent, j: usize, comma: bool) -> bool {
    // "... as soon as you can, or email ...": the helping verb ends a clause here.
    if j >= 2 && s.lower(j) == "can" && s.lower(j - 1) == "you" && s.lower(j - 2) == "as" {
        return true;
    }
    !(s.is(j, Role::Aux)
        || s.is(j, Role::Coordinator)
        || (!comma && s.is(j, Role::Boundary))
        || s.is(j, Role::Determiner)
        || (!comma && s.is(j, Role::Subject))
        // "you are asked not | to use your inhaler": a "not" never ends a clause, and a
        // break after it would turn a ban into an instruction; "..., and for which | ...":
        // nor does a relative word.
        || matches!(
            s.lower(j),
            "if" | "when"
                | "not"
                | "never"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "because"
                | "unless"
                | "since"
                | "until"
                | "while"
                | "only"
                | "to"
                | "namely"
                | "than"
        ))
}

/// Whether a subordinating word at `m` starts a clause ("if you", "until the work is
/// done"), not a phrase ("until March 2026").
fn starts_subordinate(s: &Sent, m: usize) -> bool {
    let w = s.lower(m);
    if !SUBORDINATORS.contains(&w) || !s.free(m) {
        return false;
    }
    if w == "that" {
        // "so that responders ...", "shows that the ...": not "that date".
        return m > 0 && (s.lower(m - 1) == "so" || s.is_verb(m - 1));
    }
    let next = s.word(m + 1);
    if next == "so" {
        // "If so, ...": the condition is already over.
        return false;
    }
    s.is(m + 1, Role::Subject)
        || s.is(m + 1, Role::Determiner)
        || (next.chars().all(char::is_lowercase) && !next.is_empty() && s.free(m + 1))
}

/// Whether a clause with its own subject starts at word `i`: "we will", "the average
/// waiting time for a flat in Band B was", "further costs may be".
fn clause_at(s: &Sent, i: usize) -> bool {
    if s.is(i, Role::Relative)
        || s.is(i, Role::Coordinator)
        || SUBORDINATORS.contains(&s.lower(i))
        // "how you are managing": a question word starts a clause inside another.
        || matches!(
            s.lower(i),
            "or" | "nor" | "then" | "please" | "how" | "what" | "why" | "whom"
        )
    {
        return false;
    }
    if s.starts_subject_clause(i) || bare_noun_clause(s, i) {
        return true;
    }
    if bare_noun_clause_start(s, i) {
        return true;
    }
    if !s.is(i, Role::Determiner) {
        return false;
    }
    for j in i + 1..(i + 20).min(s.len()) {
        // "their effects, which include blurred vision, may last": a relative clause
        // between commas inside the subject, then the helping verb.
        if j <= i + 3 && s.comma_before(j) && s.is(j, Role::Relative) {
            return (j + 1..(j + 20).min(s.len()))
                .find(|&k| s.gap(k).contains([',', ';', ':', '(']))
                .is_some_and(|k| s.comma_before(k) && s.is(k, Role::Aux));
        }
        if s.gap(j).contains([',', ';', ':', '(']) {
            return false;
        }
        if s.is(j, Role::Aux) {
            return j > i + 1;
        }
        // "this letter tells you", "the team confirms".
        let w = s.lower(j);
        // Not "the needs of other passengers": a plural noun before "of".
        if j <= i + 3
            && s.is_verb(j)
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !s.is(j - 1, Role::Boundary)
            && s.lower(j + 1) != "of"
        {
            return true;
        }
        // "the assessment found that", "the panel decided that": a verb in the past with
        // what it says after it (not "the form sent to you").
        if j <= i + 3
            && s.is_verb(j)
            && (w.ends_with("ed") || s.data.irregular.contains(w))
            && matches!(
                s.lower(j + 1),
                "that" | "you" | "us" | "him" | "her" | "them"
            )
            && !s.is(j - 1, Role::Boundary)
        {
            return true;
        }
        if s.is(j, Role::Relative) || s.is(j, Role::Subject) {
            return false;
        }
    }
    false
}

/// Whether a verb other than an "-ing" word stands in words `a..b`: "within 14 days,
/// explaining your reasons" has none.
fn finite_verb(s: &Sent, a: usize, b: usize) -> bool {
    (a..b)
        .any(|m| s.is_verb(m) && !s.lower(m).ends_with("ing") && !(m > 0 && s.lower(m - 1) == "to"))
}

/// Whether word `m` is a verb other than an "-ing" word, and not a noun spelt like one
/// after "a", "your" or "easy" ("a change in your income", "an easy read version").
fn finite_verb_not_noun(s: &Sent, m: usize) -> bool {
    finite_verb(s, m, m + 1)
        && !(m > 0
            && (s.is(m - 1, Role::Determiner)
                || matches!(
                    s.lower(m - 1),
                    "easy" | "your" | "their" | "his" | "her" | "our" | "its"
                )))
}

/// The order an "-ing" word at `i` stands for: "stating" -> "Give", "quoting" -> "Quote",
/// "explaining" -> "Explain"; only for the words of the data's `manner` list, which tell the
/// reader what to send or say (not "..., bringing the total due to £3,761.67", which says
/// what a thing does).
fn order_of(s: &Sent, i: usize) -> Option<String> {
    manner_of(s, i).map(capitalise)
}

/// The plain form of the `manner` word at `i` ("quoting" -> "quote"), if it is one.
fn manner_of<'s>(s: &'s Sent, i: usize) -> Option<&'s str> {
    s.data
        .phrases(Role::Manner)
        .iter()
        .find(|e| e.words.len() == 1 && e.words[0] == s.lower(i))
        .and_then(|e| e.replacement.as_deref())
}

/// Words that take "to" and a verb as part of their meaning ("able to go", "the right to
/// ask"): a "to" after them is not a purpose.
const TAKES_TO: &[&str] = &[
    "able",
    "unable",
    "liable",
    "eligible",
    "required",
    "unlikely",
    "obliged",
    "want",
    "wants",
    "need",
    "needs",
    "have",
    "has",
    "had",
    "going",
    "used",
    "likely",
    "welcome",
    "happy",
    "pleased",
    "sorry",
    "due",
    "expected",
    "asked",
    "allowed",
    "entitled",
    "help",
    "helps",
    "right",
    "chance",
    "way",
    "time",
    "decision",
    "plan",
    "opportunity",
    "agreed",
    "decided",
    "wish",
    "like",
    "try",
    "tried",
    "opt",
    "choose",
    "chosen",
    "prefer",
    "free",
    "ready",
    "sure",
    "important",
    "hard",
    "easy",
    "enough",
    "order",
    "so",
    "how",
    "what",
    "where",
    "when",
    "whether",
    "ought",
    "request",
    "offer",
    "choice",
    "permission",
    "duty",
    "ability",
    "power",
    "capacity",
    "reason",
    "attempt",
];

/// Whether a participle that describes a thing stands shortly before word `i`, with no
/// helping verb after it: "assessments carried out on 19/02/2026", "the suggestion made by
/// Mr Owen Tranter, Occupational Therapist, on 14 January 2026". The date belongs to that
/// participle, not to the main clause, so it cannot become "This is on ...".
fn describing_participle_before(s: &Sent, i: usize) -> bool {
    for m in (1..i).rev().take(10) {
        if s.is(m, Role::Aux) {
            return false;
        }
        let w = s.lower(m);
        let participle = s.is_verb(m)
            && ((w.ends_with("ed") && !w.ends_with("eed")) || s.data.irregular.contains(w));
        let before = s.lower(m - 1);
        let after_noun = !s.is(m - 1, Role::Aux)
            && !s.is(m - 1, Role::Subject)
            && !s.is(m - 1, Role::Boundary)
            && !s.is_verb(m - 1)
            && !s.comma_before(m)
            && before.chars().all(|c| c.is_ascii_lowercase())
            && !before.is_empty();
        if participle && after_noun {
            return true;
        }
    }
    false
}

/// Whether a fact's first word is a day, a date or a time: "Tuesday", "19", "10:30am".
fn when_fact(word: &str) -> bool {
    let w = word.to_lowercase();
    w.ends_with("day") || w.starts_with(|c: char| c.is_ascii_digit()) && !w.starts_with('0')
}

/// A safety-net break before word `i`: its cost (0 best), how many words of the second part
/// are dropped, and the words that start the second part.
fn break_at(s: &Sent, i: usize) -> Option<(usize, usize, String)> {
    let gap = s.gap(i);
    // "... days (31%), and that ...": a comma after a closed bracket counts.
    let after_bracket = gap.rfind(')').map_or(gap, |p| &gap[p + 1..]);
    let comma = s.comma_before(i)
        || (s.toks[i].depth == 0 && s.toks[i - 1].depth == 0 && after_bracket.contains(','))
        // "... Tribunal (Social Security and Child Support), which is run by ...".
        || (matches!(s.lower(i), "which" | "who") && s.comma_after_bracket(i));
    let w = s.lower(i);
    let next = s.lower(i + 1);
    if s.mark_before(i, ';') && s.starts_main_clause(i) {
        return Some((0, 0, String::new()));
    }
    // "...: general waste is collected every other Tuesday": a clause after the colon,
    // its subject a short noun phrase.
    let clause_after_colon = s.starts_subject_clause(i)
        || (s.word(i).starts_with(char::is_lowercase)
            && (i + 1..(i + 4).min(s.len())).any(|m| {
                s.is(m, Role::Aux) && !(i..m).any(|t| s.is_verb(t) || s.gap(t + 1).contains(','))
            }));
    if s.mark_before(i, ':') && clause_after_colon {
        return Some((1, 0, String::new()));
    }
    // A quote that opens here ("..., "we will") is not a place to break; one that closes
    // right after the word ('a "primary health need", and') is.
    let opens_quote = after_bracket
        .char_indices()
        .any(|(k, c)| c == '\u{201c}' || (c == '"' && k > 0));
    if after_bracket.contains('(') || opens_quote || !ends_clause(s, i - 1, comma) {
        return None;
    }
    let n = s.len();
    // "..., and that the date ... will continue": a second thing said.
    if w == "and"
        && next == "that"
        && s.free(i + 2)
        && s.has_verb(i + 2, n)
        && (1..i).any(|m| {
            s.lower(m) == "that"
                && (s.is(m - 1, Role::Telling)
                    // "It was decided, on the balance of probabilities, that ...".
                    || (s.comma_before(m) && (0..m).any(|k| s.is(k, Role::Telling))))
        })
    {
        // "..., and that he therefore lacks capacity": a result, not one more thing.
        let result = (i + 2..(i + 6).min(n)).any(|m| s.lower(m) == "therefore");
        return Some((1, 2, if result { "So" } else { "Also," }.to_string()));
    }
    // "..., and where eligible needs are identified a plan will be made": a condition and
    // its main clause start the next sentence.
    if w == "and"
        && comma
        && matches!(next, "if" | "when" | "where" | "once" | "unless")
        && (i + 2..n).filter(|&m| s.is_verb(m)).count() >= 2
        && (i + 3..n).any(|m| s.is(m, Role::Aux) || s.starts_subject_clause(m))
        && s.has_verb(0, i)
    {
        return Some((1, 1, String::new()));
    }
    // "I would remind you that X, and that Y" -> "Also, Y": a second thing told.
    if w == "and"
        && comma
        && next == "that"
        && s.free(i + 2)
        && s.has_verb(i + 2, n)
        && (1..i).any(|m| {
            s.lower(m) == "that"
                && matches!(s.lower(m - 1), "you" | "us")
                && m >= 2
                && matches!(s.lower(m - 2), "remind" | "tell" | "advise" | "inform")
        })
    {
        return Some((1, 2, "Also,".to_string()));
    }
    // "you have to go to an appointment, ..., and to tell the team ..." -> "You also have to
    // tell the team ...": a second duty.
    // "You are asked to arrive 10 minutes early and to report to the reception desk" ->
    // "You are also asked to report to the reception desk": a second thing asked.
    if w == "and" && next == "to" && plain_verb(s, i + 2) {
        let asked = (1..i.min(5)).find(|&m| {
            s.lower(0) == "you"
                && matches!(s.lower(m), "asked" | "expected" | "advised" | "encouraged")
                && s.lower(m + 1) == "to"
                && (1..m).all(|k| s.is(k, Role::Aux))
        });
        if let Some(m) = asked {
            let helpers: Vec<&str> = (1..m).map(|k| s.lower(k)).collect();
            return Some((
                1,
                2,
                format!("You {} also {} to", helpers.join(" "), s.lower(m)),
            ));
        }
    }
    if w == "and" && comma && next == "to" && plain_verb(s, i + 2) && s.is(i + 2, Role::Verb) {
        let duty = (1..i).find(|&m| {
            s.lower(m - 1) == "you"
                && matches!(s.lower(m), "have" | "need")
                && s.lower(m + 1) == "to"
        });
        if let Some(m) = duty {
            return Some((1, 2, format!("You also {} to", s.lower(m))));
        }
    }
    if w == "and" && comma && next == "because" && clause_at(s, i + 2) {
        return Some((1, 2, "This is also because".to_string()));
    }
    if w == "so" && next == "that" && s.has_verb(i + 2, n) {
        return Some((1, 2, so_that_lead(s, i + 2).to_string()));
    }
    // "Please call the team on ... or email ...": another way to do it.
    let you_can = (0..i).any(|m| s.lower(m) == "you" && matches!(s.lower(m + 1), "can" | "may"));
    // Never after a "not": "you must NOT drive, cycle or operate machinery" forbids all
    // three ("You can also operate machinery" would say the opposite).
    // The "not" must govern this clause: not one in an earlier clause ("pain which is not
    // controlled ..., please contact your doctor or phone 999").
    let negated = (0..i).any(|m| {
        matches!(s.lower(m), "not" | "never" | "cannot" | "no")
            && !(m + 1..i).any(|k| {
                s.lower(k) == "please" || (s.comma_before(k) && s.starts_subject_clause(k))
            })
    });
    // "go to A&E straight away, or call 999, if you develop any of these symptoms": a
    // condition after both choices governs both.
    let condition_after = (i + 1..n).any(|m| starts_subordinate(s, m) && s.lower(m) != "that");
    if w == "or"
        && !negated
        && !condition_after
        && s.is(i + 1, Role::Verb)
        && s.word(i + 1) == next
        && (order_before(s, i) || you_can)
        && s.has_verb(0, i)
    {
        return Some((1, 1, "You can also".to_string()));
    }
    // "... you may ask us to look at it again or you may appeal to a tribunal": another
    // choice, with its own subject.
    if w == "or"
        && s.free(i + 1)
        && s.starts_subject_clause(i + 1)
        && s.has_verb(0, i)
        && !inside_subordinate(s, 0, i)
        && !(0..i).any(|m| s.lower(m) == "whether" || s.lower(m) == "either")
    {
        return Some((1, 1, "Or".to_string()));
    }
    // "... as soon as possible and no later than 48 hours before" -> "Do this no later
    // than 48 hours before".
    if w == "and"
        && s.phrase_at(i + 1, &words(&["no", "later", "than"]))
        && order_before(s, i)
        && !s.has_verb(i + 1, n)
    {
        return Some((2, 1, "Do this".to_string()));
    }
    // "The works suggested by the therapist, and the costs got by the agency, are as
    // follows": no helping verb before the "and", one after a later comma: the "and" joins
    // two things of one subject.
    let compound_subject = !(0..i).any(|m| s.free(m) && s.is(m, Role::Aux))
        && (i + 2..n).any(|m| s.comma_before(m) && s.free(m) && s.is(m, Role::Aux));
    if s.is(i, Role::Coordinator)
        && s.free(i + 1)
        && next != "that"
        && !compound_subject
        && !last_of_reasons(s, i)
    {
        let lead = match w {
            "but" => "But",
            "so" => "So",
            "or" => "Or",
            _ => "",
        };
        // "..., a free TV licence, and help with the cost of glasses": a bare verb after the
        // joining word is an order only after another order.
        let bare_order = s.is_verb(i + 1)
            && next != "thank"
            && !s.is(i + 1, Role::Aux)
            && !s.starts_subject_clause(i + 1)
            && !order_before(s, i);
        if comma
            && !bare_order
            && (s.starts_main_clause(i + 1)
                || clause_at(s, i + 1)
                || subject_with_relative(s, i + 1))
        {
            return Some((0, 1, lead.to_string()));
        }
        // ", and at your final appointment your foot health was ...": a short phrase, then
        // the clause with its own subject.
        if comma
            && FRONTED_PREPOSITIONS.contains(&next)
            && (i + 3..(i + 8).min(n)).any(|m| {
                !s.has_verb(i + 1, m)
                    && !s.gap(m).contains([',', '(', ')'])
                    && s.starts_subject_clause(m)
            })
        {
            return Some((1, 1, lead.to_string()));
        }
        // "..., and recycling and garden waste are collected": the first "and" joins the
        // subject, so the words since the last comma need a verb of their own.
        let since_comma = (0..i).rev().find(|&m| s.comma_before(m)).unwrap_or(0);
        if !comma
            && clause_at(s, i + 1)
            && !(0..i).any(|m| starts_subordinate(s, m))
            && s.has_verb(since_comma, i)
        {
            return Some((1, 1, lead.to_string()));
        }
        // "Your badge will be produced by the supplier and posted to you within 10 days" ->
        // "It will be posted to you within 10 days": a second verb that shares the subject
        // and helping verbs of the first.
        if w == "and" {
            if let Some(lead) = shared_helpers(s, i) {
                return Some((2, 1, lead));
            }
        }
        // "..., where your mother lives, and relates to ...": the subject again.
        let finite = s.is(i + 1, Role::Aux) && !matches!(next, "have" | "do" | "be")
            || (s.is_verb(i + 1) && (next.ends_with('s') || next.ends_with("ed")))
            || (next.len() > 3
                && next.ends_with('s')
                && !next.ends_with("ss")
                && s.word(i + 1) == next
                && (s.is(i + 2, Role::Boundary) || s.is(i + 2, Role::Determiner))
                // "..., and arrangements for video calls can be made": a noun with its own
                // helping verb after it, not a verb.
                && !(i + 2..(i + 6).min(n)).any(|m| s.is(m, Role::Aux)));
        // "Mrs Quinn will stay in post until 29 May 2026 and will be happy to talk to you"
        // -> "She will be happy to talk to you": without a comma only when the sentence is
        // one plain clause up to the "and" (its subject first, no clause inside it).
        let plain_words = |end: usize| {
            (0..end).all(|m| {
                !s.gap(m + 1).contains([',', ';', ':', '('])
                    && !starts_subordinate(s, m)
                    && !s.is(m, Role::Relative)
                    && !s.is(m, Role::Coordinator)
            })
        };
        // "This connects to ... and does not need a landline" -> "It does not need a
        // landline": "This" and a verb in the present.
        let this = (s.word(0) == "This"
            && s.word(1) == s.lower(1)
            && s.lower(1).ends_with('s')
            && !s.lower(1).ends_with("ss"))
        .then(|| "It".to_string());
        let helper_early = (0..i.min(6)).any(|m| s.is(m, Role::Aux)) || this.is_some();
        let aux_next = s.is(i + 1, Role::Aux) && !matches!(next, "have" | "do" | "be" | "being");
        if !comma && w == "and" && aux_next && i >= 6 && helper_early && plain_words(i) {
            if let Some(subject) = this.or_else(|| subject_pronoun(s, 0, i)) {
                if agrees(&subject, next) {
                    return Some((2, 1, subject));
                }
            }
        }
        if comma && w == "and" && finite {
            // "..., but that the charges are not, and must be paid by you": after another
            // clause the subject is not the sentence's first.
            if (1..i).any(|m| {
                s.free(m) && (s.lower(m) == "but" || (s.lower(m) == "that" && clause_at(s, m + 1)))
            }) {
                return None;
            }
            let subject = subject_pronoun(s, 0, i)?;
            if !agrees(&subject, next) {
                return None;
            }
            return Some((2, 1, subject));
        }
        return None;
    }
    // Not "..., for example because of traffic": the example stays whole.
    // Not inside a relative clause: "patients who need a taxi because of their
    // disability" says which patients.
    let in_relative = (i.saturating_sub(5)..i).any(|m| matches!(s.lower(m), "who" | "which"));
    // "... cancelled owing to the consultant's absence, and that, although we tried ...":
    // a second thing told follows, which the "and that" break takes.
    let second_told = (i + 2..n)
        .any(|m| s.comma_before(m) && s.lower(m) == "and" && s.lower(m + 1) == "that" && s.free(m));
    if w == "because"
        && next == "of"
        && !in_relative
        && !second_told
        && s.has_verb(0, i)
        && !matches!(s.lower(i - 1), "example" | "particular" | "e.g" | "e.g.")
    {
        return Some((2, 1, "This is because".to_string()));
    }
    // "..., in which you asked ..." -> "In it, you asked ...".
    // "..., in which case you will have to ..." -> "If so, you will have to ...".
    if comma && w == "in" && next == "which" && s.lower(i + 2) == "case" && clause_at(s, i + 3) {
        return Some((1, 3, "If so,".to_string()));
    }
    // "..., in which 62% of respondents expressed ...": a figure may open the clause.
    let fact_clause = s.toks.get(i + 2).is_some_and(|t| t.fact.is_some()) && s.has_verb(i + 2, n);
    if comma && w == "in" && next == "which" && (clause_at(s, i + 2) || fact_clause) {
        return Some((2, 2, "In it,".to_string()));
    }
    // "..., during which 1,146 answers were received" -> "During this time, 1,146 answers
    // were received".
    if comma && w == "during" && next == "which" && s.has_verb(i + 2, n) {
        return Some((2, 2, "During this time,".to_string()));
    }
    // "..., after which it is expected that you will travel on your own" -> "After that, it
    // is expected that ...".
    if comma && w == "after" && next == "which" && clause_at(s, i + 2) && s.has_verb(0, i) {
        return Some((2, 2, "After that,".to_string()));
    }
    // "..., as this would not be right, and nor will your daughter": the "nor" goes on
    // with the main clause, not with the reason.
    let nor_later = (i + 1..n).any(|m| s.lower(m) == "nor");
    if (w == "because" || (w == "as" && comma)) && clause_at(s, i + 1) && !nor_later {
        return Some((1, 1, "This is because".to_string()));
    }
    if matches!(w, "although" | "though" | "whereas") && comma && s.has_verb(i + 1, n) {
        return Some((1, 1, "But".to_string()));
    }
    // ", i.e. by 15 April 2026, ..." -> "This is by 15 April 2026 ..."; never a break just
    // after "i.e.", which would leave it hanging at the end of the first part.
    // ", for example a bath lift, may meet ...", ", that is by 15 April, and should
    // include ...": an aside in the middle of a clause, which goes on after it.
    // A scan of the rest of the sentence: run only where a break would otherwise be made.
    let aside = || {
        (i + 2..n).any(|m| {
            s.comma_before(m)
                && (s.is(m, Role::Aux)
                    || (matches!(s.lower(m), "and" | "or" | "but")
                        && (s.is(m + 1, Role::Aux)
                            || s.is_verb(m + 1)
                            || s.lower(m + 1) == "that")))
        })
    };
    if comma && w.trim_end_matches('.') == "i.e" && !aside() {
        let lead = if clause_at(s, i + 1) {
            "This means"
        } else {
            "This is"
        };
        return Some((2, 1, lead.to_string()));
    }
    if i > 0 && matches!(s.lower(i - 1).trim_end_matches('.'), "i.e" | "e.g") {
        return None;
    }
    if comma && w == "that" && next == "is" && !aside() {
        let lead = if clause_at(s, i + 2) {
            "This means"
        } else {
            "This is"
        };
        return Some((2, 2, lead.to_string()));
    }
    // Not at ", that Mr Fenwick is not able ...": a "that" clause says what was decided.
    if comma
        && w != "that"
        && s.starts_subject_clause(i)
        && !(0..i).any(|m| starts_subordinate(s, m))
    {
        return Some((2, 0, String::new()));
    }
    // "..., monitoring visits will take place every month": clauses run together with a
    // comma, the second with a noun for subject.
    if comma
        && bare_noun_clause_start(s, i)
        && s.has_verb(0, i)
        && !(0..i).any(|m| starts_subordinate(s, m))
    {
        return Some((2, 0, String::new()));
    }
    let third_person =
        next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && s.word(i + 1) == next;
    // Not a clause in the middle: "X, which is ..., will stay at ...".
    let middle = relative_in_middle(s, i);
    // In a request, "who" says which people are asked for (see `relative`).
    let asked_for = w == "who" && order_before(s, i);
    // "..., which is arranged through her plan, nor for household bills": the main clause
    // goes on after the relative clause.
    let nor_after = (i + 2..n).any(|m| s.comma_before(m) && s.lower(m) == "nor");
    if comma
        && matches!(w, "which" | "who")
        && !middle
        && !asked_for
        && !nor_after
        && (s.has_verb(i + 1, (i + 3).min(n)) || third_person)
        && !s.is(i + 1, Role::Subject)
        && !s.is(i + 1, Role::Determiner)
    {
        // "the Regulations 2025, which require a landlord to ..." -> "These require ...": a
        // plain verb after "which" agrees with more than one thing.
        let plural = matches!(next, "are" | "were" | "have") || plain_present(s, i + 1);
        let pronoun = if w == "which" {
            if plural {
                "These"
            } else {
                "This"
            }
        } else {
            match person_pronoun(s, i) {
                Some(t) if !plural => t,
                _ => "They",
            }
        };
        // "for your son Tobi, who holds an EHCP" -> "They hold an EHCP": the verb agrees
        // with "They".
        if pronoun == "They" && !plural {
            if let Some(verb) = verb_for_they(next) {
                return Some((2, 2, format!("They {verb}")));
            }
        }
        return Some((2, 1, pronoun.to_string()));
    }
    // ", which we got on 28 November 2025" -> "We got it on 28 November 2025".
    if comma
        && w == "which"
        && matches!(next, "we" | "you" | "they" | "i")
        && s.is_verb(i + 2)
        && !s.is(i + 2, Role::Aux)
        && matches!(s.lower(i + 3), "on" | "at" | "in" | "by" | "from" | "")
        && !middle
    {
        let who = capitalise(s.word(i + 1));
        return Some((2, 3, format!("{who} {} it", s.word(i + 2))));
    }
    // "..., as long as they are still under 75." -> "This is as long as ...".
    if s.phrase_at(i, &words(&["as", "long", "as"])) && clause_at(s, i + 3) && s.has_verb(0, i) {
        return Some((2, 0, "This is".to_string()));
    }
    // "..., stating your reasons." -> "Give your reasons."; "..., quoting your reference."
    // -> "Quote your reference.": what to do with it, as an order.
    // Only with an object after it ("stating your reasons"), so not "owing to",
    // "depending on".
    if comma
        && w.ends_with("ing")
        && (s.is(i + 1, Role::Determiner) || s.is(i + 1, Role::Object))
        && n - i <= 8
        && !s.has_verb(i + 1, n)
        && s.has_verb(0, i)
    {
        if let Some(order) = order_of(s, i) {
            return Some((3, 1, order));
        }
    }
    // Not "..., including support with personal care, and that you are often woken ...":
    // the "that" clause goes on with the verb before.
    if comma && w == "including" && !aside() {
        return Some((2, 1, "This includes".to_string()));
    }
    // "Please confirm ... by 3rd December 2026, by phoning us on ..." -> "You can do this by
    // phoning us on ..."; "Please make payment within 14 days, either online at ... or by
    // phone" -> "You can do this online at ... or by phone".
    // "The review must be sent within 20 working days, either by email ... or online"
    // -> "You can do this by email ... or online": a duty said in the passive.
    let duty = (1..i).any(|m| s.lower(m) == "must" && s.lower(m + 1) == "be");
    if comma
        && (order_before(s, i) || duty)
        && s.has_verb(0, i)
        && ((w == "by" && next.ends_with("ing") && s.is_verb(i + 1)) || w == "either")
    {
        let skip = usize::from(w == "either");
        return Some((2, skip, "You can do this".to_string()));
    }
    // "..., as needed by your tenancy agreement." -> "This is needed by your tenancy
    // agreement."
    if comma
        && w == "as"
        && matches!(
            next,
            "needed" | "required" | "set" | "agreed" | "explained" | "stated"
        )
        && s.has_verb(0, i)
        && !s.has_verb(i + 2, n)
    {
        return Some((2, 1, "This is".to_string()));
    }
    // "... an injury to her left forearm which was identified on 12th Jan 2026." -> "It was
    // identified on 12th Jan 2026.": a relative clause at the end, without a comma.
    if !comma
        && w == "which"
        && matches!(next, "was" | "were" | "is" | "are")
        && s.is_verb(i + 2)
        && s.lower(i + 2).ends_with("ed")
        && s.has_verb(0, i)
        && !finite_verb(s, i + 3, n)
        && n - i >= 5
    {
        let pronoun = if matches!(next, "were" | "are") {
            "They"
        } else {
            "It"
        };
        return Some((3, 1, pronoun.to_string()));
    }
    // "..., namely your Employment and Support Allowance of £138.20 ..." -> "This is your
    // Employment and Support Allowance ...".
    if comma && w == "namely" && s.has_verb(0, i) {
        // "namely your tenancy agreement and the certificate": more than one thing.
        let several = (i + 1..n).any(|m| {
            s.lower(m) == "and" && s.free(m) && s.word(m + 1).starts_with(char::is_lowercase)
        });
        let lead = if several { "These are" } else { "This is" };
        return Some((2, 1, lead.to_string()));
    }
    // "..., on the basis that you are the only adult" -> "This is because you are ...";
    // "... worked out on the basis of the information" -> "This is based on the
    // information".
    if s.phrase_at(i, &words(&["on", "the", "basis"])) && s.has_verb(0, i) && i >= 6 {
        match s.lower(i + 3) {
            "that" if clause_at(s, i + 4) => {
                return Some((2, 4, "This is because".to_string()));
            }
            "of" if !s.has_verb(i + 4, n) => {
                return Some((3, 4, "This is based on".to_string()));
            }
            _ => {}
        }
    }
    if comma
        && w == "for"
        && next == "example"
        && !SUBORDINATORS.contains(&s.lower(i + 2))
        && !aside()
    {
        return Some((2, 2, "For example, this could be".to_string()));
    }
    // "... any change in your life, such as a change in your income or your rent." ->
    // "For example, this could be a change in your income or your rent.": examples at the
    // end, with no verb of their own (not "such as you need", a clause).
    if comma
        && w == "such"
        && next == "as"
        && !(i + 2..n).any(|m| {
            // "a change in your income": a verb's spelling after "a" or "your" is a noun;
            // but ", or hold a valid certificate" is a second verb of the sentence.
            s.is(m, Role::Aux)
                || (matches!(s.lower(m), "and" | "or" | "but")
                    && (s.comma_before(m) || s.comma_after_bracket(m)))
                || finite_verb_not_noun(s, m)
        })
        && !SUBORDINATORS.contains(&s.lower(i + 2))
        && !aside()
        && s.has_verb(0, i)
    {
        return Some((2, 2, "For example, this could be".to_string()));
    }
    if comma
        && order_before(s, i)
        && (s.phrase_at(i, &words(&["no", "later", "than"])) || w == "by")
        && s.toks
            .get(i + if w == "by" { 1 } else { 3 })
            .is_some_and(|t| t.fact.is_some())
    {
        return Some((2, 0, "Do this".to_string()));
    }
    // "If so, you can contact the team on ..., no later than Friday 27 November 2026." ->
    // "You can do this no later than Friday 27 November 2026.": a deadline for what the
    // reader may do, with nothing after it.
    let can_before = (0..i).find(|&m| {
        s.lower(m) == "you" && matches!(s.lower(m + 1), "can" | "may") && s.is_verb(m + 2)
    });
    if comma
        && s.phrase_at(i, &words(&["no", "later", "than"]))
        && s.toks.get(i + 3).is_some_and(|t| t.fact.is_some())
        && no_clause_after(s, i + 3)
    {
        if let Some(m) = can_before {
            return Some((2, 0, format!("You {} do this", s.lower(m + 1))));
        }
    }
    // Not "The badge must only be used when you are travelling": after "only" the clause
    // says when the thing is allowed, and the first part alone would say something else.
    let only_before = (i.saturating_sub(5)..i).any(|m| s.lower(m) == "only");
    // ", while the increase in the cost was due to ...": a second thing set against the
    // first, not a time.
    if comma && w == "while" && s.is(i + 1, Role::Determiner) && clause_at(s, i + 1) {
        return Some((2, 1, "But".to_string()));
    }
    if matches!(w, "when" | "until" | "while") && !only_before && clause_at(s, i + 1) {
        // Not "by phoning after 10am, when the lines are less busy, or through the NHS
        // App": the main clause goes on after the time clause, with another way of doing it.
        let main_goes_on = comma
            && (i + 2..n).any(|m| {
                s.comma_before(m)
                    && matches!(s.lower(m), "or" | "and")
                    && SERIES_PREPOSITIONS.contains(&s.lower(m + 1))
            });
        // "a loan repayable when the property is sold": the time completes the word before.
        let completes = w == "when" && {
            let before = s.lower(i - 1);
            before.ends_with("able") || before == "due"
        };
        // Not "He did not make a Lasting Power of Attorney while he was able to": the time
        // is inside what did not happen.
        let negated = (0..i).any(|m| {
            matches!(s.lower(m), "not" | "never" | "no" | "nothing" | "nobody")
                || s.lower(m).ends_with("n't")
        });
        // "the appliance will not be replaced until a new date has been arranged": split,
        // the first part would say it never will be.
        // A ban stays a ban when split ("You must not drive. This is until your vision has
        // returned to normal.").
        let ban = (0..i).any(|m| {
            matches!(s.lower(m), "must" | "should") && matches!(s.lower(m + 1), "not" | "never")
        });
        let kept_whole = main_goes_on
            || completes
            || (w == "while" && negated)
            || (w == "until" && negated && !ban);
        if !kept_whole {
            // "Scrape the stick along the poo until the grooves are covered" -> "Do this
            // until the grooves are covered": the reader's task, then for how long; not
            // after "you must not drive", where "Do this until" would say the opposite.
            let lead = if order_before(s, i) && !negated {
                format!("Do this {w}")
            } else if future_before(s, i) {
                format!("This will happen {w}")
            } else {
                format!("This is {w}")
            };
            return Some((3, 1, lead));
        }
    }
    // Not one of several conditions: "if you move, if your health changes".
    // Not "bring a list, with your glasses if you use them": a short condition is about
    // the thing just before it.
    let short_condition = n - i <= 5;
    if w == "if"
        && !comma
        && !short_condition
        && clause_at(s, i + 1)
        && order_before(s, i)
        && !(0..i).any(|m| s.lower(m) == "if")
    {
        return Some((3, 1, "Do this if".to_string()));
    }
    // "..., at a charge of £3.20 for up to 4 hours" -> "The charge is £3.20 for up to 4
    // hours"; "..., at a weekly charge of £4.85" -> "The weekly charge is £4.85".
    if comma && w == "at" && matches!(next, "a" | "an") && s.has_verb(0, i) {
        let noun = (i + 2..(i + 4).min(n)).find(|&m| matches!(s.lower(m), "charge" | "cost"));
        if let Some(m) = noun {
            let amount_next = s.lower(m + 1) == "of"
                && s.toks
                    .get(m + 2)
                    .is_some_and(|t| matches!(t.kind, Some(crate::facts::FactKind::Money)));
            let plain = (i + 2..m).all(|t| s.free(t) && !s.is_verb(t));
            if amount_next && plain && no_clause_after(s, m + 2) {
                let what = words_text(s, i + 2, m + 1).to_lowercase();
                return Some((2, m + 2 - i, format!("The {what} is")));
            }
        }
    }
    // "... to a meeting at which a decision will be made" -> "At this meeting, a decision
    // will be made": the thing named just before.
    if w == "at" && next == "which" && clause_at(s, i + 2) && s.has_verb(0, i) {
        let thing = s.lower(i - 1);
        if matches!(
            thing,
            "meeting" | "appointment" | "clinic" | "session" | "visit" | "interview" | "review"
        ) {
            return Some((2, 2, format!("At this {thing},")));
        }
    }
    // "... in line with our Home to School Travel Policy ..." -> "This is in line with ...":
    // the rule followed, said after the clause, with no verb of its own.
    if matches!(w, "in")
        && s.phrase_at(i, &words(&["in", "line", "with"]))
        && i >= 6
        && s.has_verb(0, i)
        && no_clause_after(s, i + 3)
        && !s.is_verb(i - 1)
        && !(0..i).any(|m| starts_subordinate(s, m))
    {
        return Some((4, 0, "This is".to_string()));
    }
    // "..., after the final visit by your worker at about 9.45 am on that date." -> "This
    // will be after the final visit ...": when, said after the clause, with no verb.
    if comma
        && matches!(w, "after" | "before" | "following")
        && (s.is(i + 1, Role::Determiner) || s.toks.get(i + 1).is_some_and(|t| t.fact.is_some()))
        // No clause after it ("the final visit by your worker" has a noun "visit"; "the
        // crown being ordered" is one).
        && no_clause_after(s, i + 1)
        && s.has_verb(0, i)
        && !inside_subordinate(s, 0, i)
        && !series_after_at(s, i)
    {
        let lead = this_be(s, i);
        return Some(if w == "following" {
            (3, 1, format!("{lead} after"))
        } else {
            (3, 0, lead.to_string())
        });
    }
    // "..., from 1 March 2026 to 28 February 2027." -> "This is from ... to ...".
    if comma
        && w == "from"
        && s.toks.get(i + 1).is_some_and(|t| t.fact.is_some())
        && !s.has_verb(i, n)
        && s.has_verb(0, i)
    {
        return Some((3, 0, "This is".to_string()));
    }
    // "Please make sure ... before that date." -> "Do this before that date."
    if matches!(w, "before" | "by")
        && !comma
        && order_before(s, i)
        && s.is(i + 1, Role::Determiner)
        && n - i <= 5
        && !s.has_verb(i, n)
        && s.has_verb(0, i)
        && !s.is_verb(i - 1)
        // Not "48 hours before your appointment", "the day before a bank holiday", and
        // not after "do not".
        && s.toks[i - 1].fact.is_none()
        && !matches!(
            s.lower(i - 1),
            "day" | "days" | "hours" | "weeks" | "months" | "minutes" | "night" | "time" | "year"
        )
        && !(0..i).any(|m| s.lower(m) == "not")
    {
        return Some((4, 0, "Do this".to_string()));
    }
    if comma && w == "starting" && matches!(next, "on" | "from") {
        return Some((2, 1, "This starts".to_string()));
    }
    // "..., an increase of £4.97 per week.": a figure about the whole clause; not one thing
    // of a series ("This may include an ABC, an application to the court, or ...").
    let series_after = (i + 1..n).any(|m| s.comma_before(m) && matches!(s.lower(m), "or" | "and"));
    let listing = (0..i).any(|m| {
        matches!(
            s.lower(m),
            "include" | "includes" | "including" | "such" | "example" | "namely"
        )
    });
    if comma
        && matches!(w, "a" | "an")
        && !finite_verb(s, i, n)
        && !series_after
        && !listing
        && (i..n).any(|m| s.toks[m].fact.is_some())
    {
        return Some((3, 0, "This is".to_string()));
    }
    let fact_next = s.toks.get(i + 1).is_some_and(|t| t.fact.is_some());
    // "by 3 July 2026", not "increase by 6.8%": a date or time after "by" or "before".
    let when_next = s.toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.kind,
            Some(crate::facts::FactKind::Date | crate::facts::FactKind::Time)
        )
    });
    // Not after ", usually": "made, usually within 6 to 8 weeks" keeps the adverb with
    // its phrase.
    let adverb_before = s.lower(i - 1).ends_with("ly") && s.comma_before(i - 1);
    // "within 28 days", "within a week"; not "an address within the zone", a place that
    // belongs to the thing before it.
    let within_time = w == "within"
        && (fact_next
            || (i + 1..(i + 4).min(n)).any(|t| {
                matches!(
                    s.lower(t).trim_end_matches('s'),
                    "day" | "week" | "month" | "year" | "hour" | "minute" | "fortnight"
                )
            }));
    if (within_time || (matches!(w, "by" | "before") && when_next && when_fact(s.word(i + 1))))
        && !adverb_before
        && !inside_condition(s, i)
        && !s.is_verb(i - 1)
        && s.has_verb(0, i)
        && !finite_verb(s, i, n)
    {
        let modal = (0..i)
            .find(|&m| s.lower(m) == "you" && matches!(s.lower(m + 1), "can" | "may"))
            .map(|m| s.lower(m + 1));
        let lead = if order_before(s, i) {
            "Do this".to_string()
        } else if let Some(modal) = modal {
            format!("You {modal} do this")
        } else if future_before(s, i) {
            "This will happen".to_string()
        } else if let Some(modal) = (0..i)
            .map(|m| s.lower(m))
            .find(|w| matches!(*w, "must" | "should"))
        {
            format!("This {modal} be")
        } else {
            "This is".to_string()
        };
        return Some((4, 0, lead));
    }
    // A purpose at the end: "Ms Hughes will contact you within 5 working days to arrange
    // a time to meet." -> "... within 5 working days. This is to arrange a time to meet."
    if w == "to"
        && !comma
        && plain_verb(s, i + 1)
        && s.is(i + 1, Role::Verb)
        && i >= 8
        && n - i >= 4
        && s.has_verb(0, i)
        && !s.is_verb(i - 1)
        && !s.is(i - 1, Role::Object)
        && !TAKES_TO.contains(&s.lower(i - 1))
        // "getting up to help her on most nights": the purpose of a verb with its particle.
        && !matches!(s.lower(i - 1), "up" | "out" | "down" | "off" | "back" | "over")
        // "we have asked the Fire Service to contact you": what was asked, not why.
        && !asked_to(s, i)
        && !finite_verb(s, i + 2, n)
        && !(0..i).any(|m| s.lower(m) == "to" && s.is_verb(m + 1))
    {
        return Some((4, 0, "This is".to_string()));
    }
    // "We are writing to all patients registered with ..., EM9 2LQ, to tell you that ..."
    // -> "This is to tell you that ...": a purpose after a comma.
    // Not "Some people prefer, having weighed up the risks, to take a medicine": the word
    // before the words between commas takes the "to".
    let interrupted = (1..i)
        .rev()
        .find(|&m| s.comma_before(m))
        .is_some_and(|m| TAKES_TO.contains(&s.lower(m - 1)));
    if w == "to"
        && comma
        && plain_verb(s, i + 1)
        && s.is(i + 1, Role::Verb)
        && i >= 8
        && n - i >= 4
        && s.has_verb(0, i)
        && !TAKES_TO.contains(&s.lower(i - 1))
        && !interrupted
    {
        return Some((3, 0, "This is".to_string()));
    }
    // "..., payable in 3 termly instalments of £462.00" -> "This is payable in ...";
    // "..., worked out at a rate of 45p per mile" -> "This is worked out at ...": a phrase
    // about the thing just named, with no verb of its own.
    let prep_at = |m: usize| {
        matches!(
            s.lower(m),
            "in" | "at" | "by" | "on" | "from" | "for" | "to" | "with" | "over" | "under"
        )
    };
    let describing = matches!(w, "payable" | "due" | "available" | "valid")
        || (w.len() > 4 && w.ends_with("ed") && w != "followed" && s.is_verb(i));
    // "..., followed by your number, to 07700 900418, or by phoning ...": another choice
    // follows, so the phrase belongs to the words before.
    let choice_after = (i + 1..n).any(|m| s.comma_before(m) && matches!(s.lower(m), "or" | "and"));
    if comma
        && describing
        && !choice_after
        && (prep_at(i + 1) || (next == "out" && prep_at(i + 2)))
        && i >= 6
        && s.has_verb(0, i)
        && !(i + 1..n)
            .any(|m| s.is(m, Role::Aux) || s.is(m, Role::Relative) || s.starts_subject_clause(m))
        && !(0..i).any(|m| starts_subordinate(s, m))
    {
        // "..., compared with £325.90 a week now" -> "This compares with £325.90 a week
        // now": a comparison, not something that will be done.
        if w == "compared" && matches!(next, "with" | "to") {
            return Some((3, 1, "This compares".to_string()));
        }
        let lead = if future_before(s, i) {
            "This will be"
        } else {
            "This is"
        };
        return Some((3, 0, lead.to_string()));
    }
    // "..., depending on traffic conditions" -> "This depends on traffic conditions".
    if comma
        && w == "depending"
        && next == "on"
        && s.has_verb(0, i)
        && !(i + 2..n).any(|m| s.is(m, Role::Aux) || s.starts_subject_clause(m))
    {
        return Some((3, 2, "This depends on".to_string()));
    }
    // "..., with the balance of £251.70 due on completion" -> "The balance of £251.70 is due
    // on completion"; "..., the first payment of £1,139.40 being due on 16 March" -> "The
    // first payment of £1,139.40 is due on 16 March"; "..., the rest being met by us" ->
    // "The rest is met by us".
    let with = usize::from(w == "with");
    if comma && s.is(i + with, Role::Determiner) && s.has_verb(0, i) {
        let noun = i + with + 1;
        let marker = (noun..(noun + 6).min(n)).find(|&m| {
            s.free(m)
                && ((with == 1 && matches!(s.lower(m), "due" | "payable")) || s.lower(m) == "being")
        });
        if let Some(m) = marker {
            let plain_phrase = (noun..m).all(|k| {
                !s.gap(k + 1).contains([',', '(', ';']) && !s.is_verb(k) && !s.is(k, Role::Aux)
            });
            let being_done = s.lower(m) != "being"
                || s.is_verb(m + 1)
                || matches!(
                    s.lower(m + 1),
                    "due" | "met" | "paid" | "made" | "sent" | "held" | "kept" | "set"
                );
            let plural = s.lower(m - 1).ends_with('s') && !s.lower(m - 1).ends_with("ss");
            let skip = usize::from(s.lower(m) == "being");
            // The participle after "being" ("being made") is the verb of the new sentence;
            // no other verb may follow.
            if plain_phrase && being_done && m > noun && !finite_verb(s, m + 1 + skip, n) {
                let verb = if future_before(s, i) {
                    "will be"
                } else if plural {
                    "are"
                } else {
                    "is"
                };
                let thing = &s.text[s.toks[i + with].start..s.toks[m - 1].end];
                return Some((2, m - i + skip, format!("{} {verb}", capitalise(thing))));
            }
        }
    }
    // "..., followed by an annual management fee of 3.5%" -> "This is followed by ...".
    // Not when more of the sentence follows the phrase ("..., followed by your hospital
    // number, to 07700 900418, or by phoning ..."): it belongs to the words before.
    if comma
        && w == "followed"
        && next == "by"
        && s.has_verb(0, i)
        && !(i + 2..n).any(|m| s.comma_before(m))
    {
        return Some((2, 0, "This is".to_string()));
    }
    let no_verb_after = s.has_verb(0, i) && !s.has_verb(i, n);
    // "... on 0161 496 0855 at least 10 working days before the meeting." -> "Do this at
    // least 10 working days before the meeting."
    if w == "at"
        && next == "least"
        && s.toks.get(i + 2).is_some_and(|t| t.fact.is_some())
        && order_before(s, i)
        && no_verb_after
    {
        return Some((3, 0, "Do this".to_string()));
    }
    // "... on 0161 496 0472, Monday to Thursday, 9am to 5pm." -> "Lines are open Monday to
    // Thursday, 9am to 5pm."; "... between 9am and 12:30pm, Monday to Friday."
    if ((comma && is_weekday(w)) || (w == "between" && fact_next && when_fact(s.word(i + 1))))
        && phone_before(s, i)
        && no_verb_after
    {
        return Some((2, 0, "Lines are open".to_string()));
    }
    // "... under section 39D of the Act." -> "This is under section 39D of the Act.": the
    // law or rule that says so, when named.
    let purpose_after = (i..n).any(|m| s.lower(m) == "to" && plain_verb(s, m + 1));
    // "... under section 12 of the Act 1998 to the First-tier Tribunal": the law ends
    // before "to" a place ("Schedule 2 to the Housing Act 1985" goes on to a year).
    let place_after = (i..n).any(|m| {
        s.lower(m) == "to" && !(m + 1..n).any(|k| s.word(k).chars().any(|c| c.is_ascii_digit()))
    });
    // "your rights under section 9A of the Act": the law names which rights; "This is
    // under section 9A" would say something else.
    let rights_named = matches!(
        s.lower(i - 1),
        "right"
            | "rights"
            | "powers"
            | "entitlement"
            | "entitlements"
            | "obligations"
            | "responsibilities"
    );
    if w == "under"
        && no_verb_after
        && !purpose_after
        && !place_after
        && !rights_named
        && i >= 6
        && !s.is_verb(i - 1)
        && !describing_participle_before(s, i)
        && (i + 1..(i + 4).min(n)).any(|m| {
            matches!(
                s.lower(m),
                "section" | "part" | "clause" | "schedule" | "regulation"
            ) || s.word(m).starts_with(char::is_uppercase)
        })
    {
        return Some((5, 0, "This is".to_string()));
    }
    // "... within 1 calendar month of ..." after "in writing": "writing" is no verb here.
    if w == "within" && s.lower(i - 1) == "writing" && s.lower(i - 2) == "in" && no_verb_after {
        let lead = if order_before(s, i) {
            "Do this"
        } else if (0..i).any(|m| s.lower(m) == "must") {
            "This must be"
        } else {
            "This is"
        };
        return Some((4, 0, lead.to_string()));
    }
    // "... has been arranged for you at The Larches Care Home, 18 Orchard Lane" -> "This is
    // at The Larches Care Home, ...": a named place, not one a verb needs ("held at").
    let place_at = if s.lower(i + 1) == "the" {
        i + 2
    } else {
        i + 1
    };
    if w == "at"
        && s.toks.get(place_at).is_some_and(|t| {
            matches!(
                t.kind,
                Some(crate::facts::FactKind::Address | crate::facts::FactKind::Organisation)
            )
        })
        && no_verb_after
        && i >= 6
        && !s.is_verb(i - 1)
        && !describing_participle_before(s, i)
        && !matches!(
            s.lower(i - 1),
            "place" | "held" | "seen" | "based" | "live" | "lives" | "work" | "works"
                // "the value of your home at 7 Orchard Road": the address names the home.
                | "home" | "property" | "house" | "flat"
        )
        // Not "... at Westmoor General Hospital since his admission": "since" belongs to
        // the clause before.
        && !(i..n).any(|m| s.lower(m) == "since")
        // Not inside the first thing of a series (below).
        && !series_after
    {
        return Some((4, 0, this_be(s, i).to_string()));
    }
    // "... on or around 26 January 2026": the date after "or around".
    let on_or = w == "on"
        && next == "or"
        && matches!(s.lower(i + 2), "around" | "about" | "after" | "before")
        && s.toks.get(i + 3).is_some_and(|t| t.fact.is_some())
        && when_fact(s.word(i + 3));
    // Not between a date and its time ("on Thursday 19 March 2026 at 11am"), and not
    // when a verb follows ("at 11am to complete ...").
    // "on 5 days of the week" is how often, not a date.
    let how_often = w == "on" && s.toks.get(i + 1).and_then(|t| t.kind) == Some(FactKind::Quantity);
    // "your home at 12 Elm Grove": a number that starts an address is no date or time.
    let address_next = s.toks.get(i + 1).and_then(|t| t.kind) == Some(FactKind::Address);
    if matches!(w, "on" | "at")
        && ((fact_next && when_fact(s.word(i + 1))) || on_or)
        && !how_often
        && !address_next
        && !s.is_verb(i - 1)
        // "the first payment being due on 16 March": the date completes the word before.
        && !matches!(
            s.lower(i - 1),
            "due" | "payable" | "being" | "valid" | "open" | "end" | "ends" | "start" | "starts"
                | "begin" | "begins" | "expire" | "expires" | "close" | "closes"
        )
        // Not "a return to his home at 6 Pennine View ..., a period in a care home, and a
        // placement": the place is inside the first thing of a series.
        && !series_after
        && !describing_participle_before(s, i)
        && !(s.toks[i - 1].fact.is_some() && !comma && when_fact(s.word(i - 1)))
        && s.has_verb(0, i)
        && !s.has_verb(i, n)
    {
        // "You must report the change ... on or after 6 April" -> "Do this on or after 6
        // April": the reader's task, then when.
        let lead = if order_before(s, i) {
            "Do this"
        } else {
            this_be(s, i)
        };
        return Some((4, 0, lead.to_string()));
    }
    // "The weekly fee will increase by 6.8% from Monday 6 April 2026." -> "The weekly fee
    // will increase by 6.8%. This will be from Monday 6 April 2026.": a change and the day
    // it starts, with nothing after the date.
    if w == "from"
        && s.toks.get(i + 1).and_then(|t| t.kind) == Some(FactKind::Date)
        && when_fact(s.word(i + 1))
        && (s.is(i - 1, Role::ChangeFrom)
            // "will increase by 6.8% from ...", "will go up to £109.54 from ...".
            || (matches!(s.toks[i - 1].kind, Some(FactKind::Money | FactKind::Percentage))
                && (1..i).any(|m| {
                    s.is(m, Role::ChangeFrom) && (s.is_verb(m) || s.is(m - 1, Role::Aux))
                })))
        && !series_after
        && s.has_verb(0, i)
        && !s.has_verb(i, n)
        && !(0..i).any(|m| matches!(s.lower(m), "not" | "never"))
    {
        // "... should rise by 3.8% from 5 April 2027" -> "This will be from 5 April 2027".
        let lead = if (0..i).any(|m| matches!(s.lower(m), "should" | "would" | "may" | "might")) {
            "This will be"
        } else {
            this_be(s, i)
        };
        return Some((4, 0, lead.to_string()));
    }
    None
}

/// Rule id: a person's name said after what they are becomes a sentence of its own.
pub const APPOSITIVE: &str = "split-appositive";

/// Titles that start a person's name.
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "professor"];

/// Words that link a sentence to the one before: a sentence that opens with one keeps its
/// place, and the new sentence comes after it.
const LINKING_OPENERS: &[&str] = &[
    "if", "so", "but", "also", "however", "this", "these", "then", "instead", "or", "and",
];

/// Where the thing that the name at word `i` (after a comma) names starts: back to its
/// determiner, past "of" ("a member of the Community Review Team"), with no verb or comma
/// on the way.
fn named_thing_start(s: &Sent, i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 && i - j < 8 {
        j -= 1;
        if j + 1 < i && s.gap(j + 1).contains([',', ';', ':', '(', ')']) {
            return None;
        }
        if s.is_verb(j) || s.is(j, Role::Aux) || s.toks[j].depth > 0 {
            return None;
        }
        if s.is(j, Role::Determiner) && !matches!(s.lower(j), "this" | "that" | "any") {
            // "a member of the team": the name is the member's; but in "the care and
            // support of your mother" it is the mother's.
            if j > 1 && s.lower(j - 1) == "of" {
                let one = (j.saturating_sub(4)..j - 1)
                    .find(|&k| matches!(s.lower(k), "a" | "an" | "one"));
                if let Some(k) = one.filter(|&k| !s.has_verb(k, j)) {
                    return Some(k);
                }
            }
            return Some(j);
        }
    }
    None
}

/// A person's name after what they are, between commas or at the end: "Unfortunately, your
/// daughter, Ms Joanna Kowalczyk, does not meet the rules ..." -> "Ms Joanna Kowalczyk is
/// your daughter." and "Unfortunately, your daughter does not meet the rules ...". After "a"
/// or "an" the name takes the place of the words: "A member of the team, Ms Yasmin Farouk,
/// will phone you." -> "Ms Yasmin Farouk will phone you. She is a member of the team."
pub(crate) fn appositive(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let capital = |t: usize| s.word(t).starts_with(|c: char| c.is_uppercase());
    for i in 2..n {
        if !s.comma_before(i) || !TITLES.contains(&s.lower(i).trim_end_matches('.')) {
            continue;
        }
        let mut e = i + 1;
        while e < n && e - i <= 5 && !s.gap(e).contains([',', '(']) && capital(e) {
            e += 1;
        }
        // "Ms J. Smith of the Kingsmere Community Therapy Team": where the person works.
        if e + 2 < n && s.lower(e) == "of" && s.lower(e + 1) == "the" && capital(e + 2) {
            let mut f = e + 2;
            while f < n && f - e <= 7 && !s.gap(f).contains([',', '(']) && capital(f) {
                f += 1;
            }
            e = f;
        }
        let at_end = e == n && matches!(s.gap(n).trim(), "." | "!");
        // After the name the sentence must go on with its own words, not with a clause
        // about the person (", who now lives") or another thing (", and because").
        let goes_on = e < n
            && s.comma_before(e)
            && (s.has_verb(e, n)
                || matches!(
                    s.lower(e),
                    "at" | "in"
                        | "on"
                        | "from"
                        | "for"
                        | "to"
                        | "of"
                        | "following"
                        | "after"
                        | "before"
                        | "with"
                        | "by"
                        | "dated"
                        | "as"
                ))
            && !matches!(
                s.lower(e),
                "who" | "which" | "whose" | "whom" | "where" | "and" | "or" | "but"
            );
        if e == i + 1 || !(at_end || goes_on) {
            continue;
        }
        let Some(start) = named_thing_start(s, i) else {
            continue;
        };
        let name = words_text(s, i, e);
        let thing = words_text(s, start, i);
        let mut thing_lower = thing.to_string();
        if let Some(first) = thing_lower.get(..1) {
            thing_lower.replace_range(..1, &first.to_lowercase());
        }
        let after_name = if at_end {
            s.gap(n).trim().to_string()
        } else {
            s.text.get(mark_at(s, e, ',')? + 1..)?.to_string()
        };
        if matches!(s.lower(start), "a" | "an") {
            let pronoun = match s.lower(i).trim_end_matches('.') {
                "mr" => "He",
                "mrs" | "ms" | "miss" => "She",
                _ => continue,
            };
            let main = format!("{}{name}{after_name}", &s.text[..s.toks[start].start]);
            return proposal(
                APPOSITIVE,
                vec![
                    Piece::sentence(finish(&capitalise(&main))),
                    Piece::sentence(finish(&format!("{pronoun} is {thing_lower}"))),
                ],
            );
        }
        let main = format!("{}{after_name}", &s.text[..s.gap_start(i)]);
        let intro = Piece::sentence(finish(&format!("{name} is {thing_lower}")));
        let main = Piece::sentence(finish(&main));
        let pieces = if LINKING_OPENERS.contains(&s.lower(0)) {
            vec![main, intro]
        } else {
            vec![intro, main]
        };
        return proposal(APPOSITIVE, pieces);
    }
    None
}

/// Rule id: a relative clause inside the subject becomes a sentence after the main one.
pub const MIDDLE_RELATIVE: &str = "split-middle-relative";

/// A relative clause between commas inside the subject: "Your first payment of £436.50,
/// which includes arrears from 24 November 2025, will be paid on 26 January 2026." -> "Your
/// first payment of £436.50 will be paid on 26 January 2026. It includes arrears from 24
/// November 2025."
pub(crate) fn middle_relative(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    // A participle phrase in the same place: "the scheme manager service, now given by
    // Mrs Quinn, will be replaced" -> "It is now given by Mrs Quinn."
    let past_participle = |t: usize| {
        let w = s.lower(t);
        s.free(t) && s.is_verb(t) && (w.ends_with("ed") || s.data.irregular.contains(w))
    };
    // "..., now £1,612.00 per week, will be funded": an amount or date said on the side.
    let described = |i: usize| {
        past_participle(i)
            // "..., as set out in your plan, will not change".
            || (s.lower(i) == "as" && past_participle(i + 1))
            || (matches!(s.lower(i), "now" | "currently" | "usually")
                && (past_participle(i + 1) || s.toks.get(i + 1).is_some_and(|t| t.fact.is_some())))
    };
    let i = (2..n).find(|&i| {
        s.comma_before(i) && s.free(i) && (matches!(s.lower(i), "which" | "who") || described(i))
    })?;
    let relative = matches!(s.lower(i), "which" | "who");
    // The subject starts the sentence, or follows "that" ("This means that the full cost
    // ..., now £1,612.00 per week, will be funded").
    let subject_start = (1..i)
        .rev()
        .find(|&m| matches!(s.lower(m - 1), "that" | "but") && s.free(m - 1))
        .unwrap_or(0);
    if s.has_verb(subject_start, i)
        || (relative && (s.is(i + 1, Role::Subject) || s.is(i + 1, Role::Determiner)))
    {
        return None;
    }
    // The main clause goes on after the comma that a helping or finite verb follows.
    let finite = |k: usize| {
        s.is(k, Role::Aux)
            || (s.is_verb(k) && {
                let w = s.lower(k);
                (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed")
            })
    };
    // "for your wife, who has Parkinson's disease, including giving her medicine ...": the
    // main clause goes on with what it includes.
    let including = |k: usize| relative && s.lower(k) == "including";
    let k = (i + 2..n).find(|&k| s.comma_before(k) && (finite(k) || including(k)))?;
    if !s.has_verb(i, k) || !(s.has_verb(k, n) || including(k)) {
        return None;
    }
    // "your appointment with Mr A. Kowalczyk, Consultant Orthopaedic Surgeon, which ...":
    // the comma before the clause also closed a description, so one stays.
    let last_comma = (subject_start + 1..i).rev().find(|&m| s.comma_before(m));
    let joint =
        if including(k) || last_comma.is_some_and(|m| s.word(m).starts_with(char::is_uppercase)) {
            ", "
        } else {
            " "
        };
    let main = format!("{}{joint}{}", &s.text[..s.gap_start(i)], rest(s, k));
    if !relative {
        let from = if s.lower(i) == "as" { i + 1 } else { i };
        let clause = format!("It is {}", words_text(s, from, k));
        return two_sentences(MIDDLE_RELATIVE, &main, &clause);
    }
    // "The arrears of rent on your account, which stood at ...": the head noun before "of"
    // is plural too.
    let head = (1..i)
        .find(|&t| s.is(t, Role::Boundary))
        .map_or(i - 1, |t| t - 1);
    let head_word = s.lower(head);
    let plural_head = matches!(head_word, "arrears" | "people" | "children" | "staff")
        || (head_word.ends_with('s')
            && !head_word.ends_with("ss")
            && !head_word.ends_with("us")
            && !head_word.ends_with("is")
            && head_word.len() > 3
            && s.word(head) == head_word);
    let plural = matches!(s.lower(i + 1), "are" | "were" | "have")
        || (plural_head && !matches!(s.lower(i + 1), "is" | "was" | "has"));
    let pronoun = if s.lower(i) == "which" {
        if plural {
            "They"
        } else {
            "It"
        }
    } else {
        match person_pronoun(s, i) {
            Some(p) if !plural => p,
            _ => "They",
        }
    };
    // "your neighbour, who is 4 years old," -> "They are 4 years old": the verb agrees.
    let they_verb = (pronoun == "They" && !plural)
        .then(|| verb_for_they(s.lower(i + 1)))
        .flatten();
    let clause = match they_verb {
        Some(verb) => format!("They {verb} {}", words_text(s, i + 2, k)),
        None => format!("{pronoun} {}", words_text(s, i + 1, k)),
    };
    // The clause follows the piece that keeps the words before it, when the main clause is
    // split again ("It had been booked for ..." right after the appointment it is about).
    let anchor = words_text(s, i.saturating_sub(3), i).to_string();
    proposal(
        MIDDLE_RELATIVE,
        vec![
            Piece::sentence(finish(&main)),
            Piece {
                after: Some(anchor),
                ..Piece::sentence(finish(&clause))
            },
        ],
    )
}

/// Rule id: a relative clause without commas inside a definite subject becomes a sentence
/// after the main one.
pub const SUBJECT_RELATIVE: &str = "split-subject-relative";

/// A relative clause without commas inside a subject that names one known thing: "The
/// contribution of £312.18 per week which you have been paying to us towards his care will
/// stop from the same date." -> "The contribution of £312.18 per week will stop from the
/// same date. You have been paying it to us towards his care."; "The options which will be
/// considered at the meeting are ..." -> "The options are .... They will be considered at
/// the meeting." Only after "the", "your", "our", "his", "her" or "their": after "any",
/// "all" or a bare noun the clause says which things are meant ("Any appointment which is
/// cancelled late may ..."), and leaving it out would say something else.
pub(crate) fn subject_relative(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS || !matches!(s.lower(0), "the" | "your" | "our" | "his" | "her" | "their") {
        return None;
    }
    let r = (2..n.min(12)).find(|&m| matches!(s.lower(m), "which" | "who") && s.free(m))?;
    // The subject up to the relative word: no verb, no mark, nothing in brackets.
    let plain_subject = (0..r).all(|m| {
        !(s.free(m) && (s.is(m, Role::Aux) || s.is(m, Role::Relative)))
            && !s.gap(m + 1).contains([',', ';', ':', '(', ')'])
            && s.toks[m].depth == 0
    });
    // Not "Our records show that the instalments which ...": the relative clause must be
    // inside the sentence's own subject, before any verb.
    if !plain_subject || s.gap(r).contains(',') || s.has_verb(0, r) {
        return None;
    }
    // The helping verb of the main clause: the first one not part of the relative clause
    // ("you have been" is the clause's own), with no mark before it.
    let mut k = None;
    for m in r + 2..n {
        if s.gap(m).contains([',', ';', ':', '(', ')']) || s.toks[m].depth > 0 {
            return None;
        }
        let own = s.is(m - 1, Role::Subject) || s.is(m - 1, Role::Aux) || m == r + 1;
        if s.free(m) && s.is(m, Role::Aux) && !own {
            k = Some(m);
            break;
        }
        if SUBORDINATORS.contains(&s.lower(m)) || s.is(m, Role::Relative) {
            return None;
        }
    }
    let k = k?;
    if !s.has_verb(r + 1, k) || !s.has_verb(k, n) {
        return None;
    }
    let head = (1..r)
        .find(|&t| s.is(t, Role::Boundary))
        .map_or(r - 1, |t| t - 1);
    let head_word = s.lower(head);
    let plural = matches!(head_word, "arrears" | "people" | "children" | "staff")
        || (head_word.len() > 3
            && head_word.ends_with('s')
            && !head_word.ends_with("ss")
            && !head_word.ends_with("us")
            && !head_word.ends_with("is"));
    // The thing itself, as it is written, with a small first letter unless it is a name.
    let thing = {
        let t = &s.text[..s.gap_start(r)];
        if s.word(0) == s.lower(0) || s.word(0).chars().skip(1).any(char::is_uppercase) {
            t.to_string()
        } else {
            let mut c = t.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect())
                .unwrap_or_default()
        }
    };
    let tail = words_text(s, r + 1, k);
    let (first, pronoun) = if s.is(r + 1, Role::Subject) && s.lower(r) == "which" {
        // "which you have been paying to us": the thing goes where the clause leaves it
        // out, after its verb, before a preposition.
        let v = (r + 2..k).find(|&m| {
            !(s.is(m, Role::Aux) || matches!(s.lower(m), "be" | "been" | "being" | "also"))
        })?;
        let verb_form = s.is_verb(v) || s.lower(v).ends_with("ing") || s.lower(v).ends_with("ed");
        if !verb_form || !(v + 1 == k || s.is(v + 1, Role::Boundary)) {
            return None;
        }
        let subject = match s.word(r + 1) {
            "I" => "I".to_string(),
            w => capitalise(w),
        };
        let after = words_text(s, v + 1, k);
        let joint = if after.is_empty() { "" } else { " " };
        let first = format!(
            "{subject} {} {thing}{joint}{after}",
            words_text(s, r + 2, v + 1)
        );
        (first, if plural { "These" } else { "This" })
    } else if s.is(r + 1, Role::Aux) || (s.is_verb(r + 1) && !s.is(r + 1, Role::Subject)) {
        let plural = plural || matches!(s.lower(r + 1), "are" | "were" | "have");
        let pronoun = if s.lower(r) == "who" || plural {
            "They"
        } else {
            "It"
        };
        if !agrees(pronoun, s.lower(r + 1)) || !agrees(pronoun, s.lower(k)) {
            return None;
        }
        (format!("{} {tail}", &s.text[..s.gap_start(r)]), pronoun)
    } else {
        return None;
    };
    let second = format!("{pronoun} {}", rest(s, k));
    two_sentences(SUBJECT_RELATIVE, &first, &second)
}

/// Rule id: a phrase between commas before "that" moves behind the sentence.
pub const MIDDLE_PHRASE: &str = "split-middle-phrase";

/// A phrase naming a rule, between commas before "that": "This letter gives you notice,
/// under clause 3.4 of your tenancy agreement, that the rent will change." -> "This letter
/// gives you notice that the rent will change. This is under clause 3.4 of your tenancy
/// agreement."
pub(crate) fn middle_phrase(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let i = (2..n)
        .find(|&i| s.comma_before(i) && s.free(i) && matches!(s.lower(i), "under" | "following"))?;
    let k = (i + 2..n).find(|&k| s.comma_before(k))?;
    // No clause of its own between the commas ("your assured tenancy agreement" has no
    // helping verb).
    let clause = (i..k).any(|m| s.is(m, Role::Aux) || s.is(m, Role::Subject));
    if s.lower(k) != "that" || clause || !s.has_verb(0, i) || !s.has_verb(k, n) {
        return None;
    }
    let main = format!("{} {}", &s.text[..s.gap_start(i)], rest(s, k));
    let phrase = if s.lower(i) == "following" {
        format!("This is after {}", words_text(s, i + 1, k))
    } else {
        format!("This is {}", words_text(s, i, k))
    };
    two_sentences(MIDDLE_PHRASE, &main, &phrase)
}

/// Rule id: clauses that each start with the same word become a list.
pub const REPEATED_OPENER: &str = "split-repeated-opener";

/// Three or more clauses at the end of a sentence that each start with the same word
/// ("if", "that", "when") become a list under a lead-in ending with that word: "Tell us if
/// your circumstances change, for example if your income goes up, if someone comes to
/// live with you, or if you go abroad." -> "... for example if:" and three items.
pub(crate) fn repeated_opener(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS || !matches!(s.gap(n).trim(), "." | "!") {
        return None;
    }
    for opener in ["if", "that", "when"] {
        let at: Vec<usize> = (1..n)
            .filter(|&m| s.lower(m) == opener && s.free(m))
            .collect();
        // The last run of openers, each after a comma or an "and"/"or".
        let joined = |m: usize| {
            s.comma_before(m) || (matches!(s.lower(m - 1), "and" | "or") && s.free(m - 1))
        };
        let mut run: Vec<usize> = Vec::new();
        for &m in at.iter().rev() {
            match run.last() {
                None => run.push(m),
                Some(_) if joined(*run.last()?) && m + 1 < *run.last()? => run.push(m),
                Some(_) => break,
            }
        }
        run.reverse();
        // The first opener need not follow a comma ("tell us if"), the others must.
        while run.len() >= 2 && !run[1..].iter().all(|&m| joined(m)) {
            run.remove(0);
        }
        if run.len() < 3 {
            continue;
        }
        let mut items = Vec::new();
        for (k, &m) in run.iter().enumerate() {
            let mut end = run.get(k + 1).copied().unwrap_or(n);
            if end < n && matches!(s.lower(end - 1), "and" | "or") {
                end -= 1;
            }
            // An item with a comma of its own ("..., as these measures will help") is
            // more than one thing: other rules split it first.
            if !s.has_verb(m + 1, end)
                || s.toks[m + 1..end].iter().any(|t| t.depth > 0)
                || (m + 2..end).any(|t| s.comma_before(t))
            {
                return None;
            }
            items.push(words_text(s, m + 1, end));
        }
        let lead = finish_with(s.text.get(..s.toks[run[0]].end)?, ':');
        let mut pieces = vec![Piece::sentence(lead)];
        pieces.extend(items.into_iter().map(Piece::item));
        return proposal(REPEATED_OPENER, pieces);
    }
    None
}

/// Rule id: an amount said inside the subject becomes a sentence of its own.
pub const AMOUNT: &str = "split-amount";

/// "Your first payment of £436.50 will be paid into your bank account on 26 January 2026."
/// -> "Your first payment will be £436.50. It will be paid into your bank account on 26
/// January 2026.": the amount first, then what happens to it. Only for a long sentence
/// whose subject is "your", "the", "our" or "this" and a few words, "of" and an amount
/// (perhaps "a week" after it), then a helping verb.
pub(crate) fn amount_subject(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS || !matches!(s.lower(0), "your" | "the" | "our" | "this") {
        return None;
    }
    let of = (1..5.min(n)).find(|&j| s.lower(j) == "of")?;
    // "Your weekly assessed contribution of": words before the noun may look like verbs.
    if (1..of).any(|m| !s.free(m) || s.comma_before(m) || s.is(m, Role::Aux)) || s.is_verb(of - 1) {
        return None;
    }
    let money = s.toks.get(of + 1)?;
    if money.kind != Some(crate::facts::FactKind::Money) {
        return None;
    }
    let mut after = of + 1;
    while after < n && s.toks[after].fact.is_some() && s.toks[after].fact == money.fact {
        after += 1;
    }
    if matches!(s.lower(after), "a" | "per" | "each" | "every")
        && matches!(s.lower(after + 1), "week" | "month" | "year" | "day")
    {
        after += 2;
    }
    if s.gap(after).trim().contains([',', '(']) || !s.free(after) {
        return None;
    }
    let verb = match s.lower(after) {
        "will" => "will be",
        "is" | "has" => "is",
        "are" | "have" => "are",
        "was" | "had" => "was",
        "were" => "were",
        _ => return None,
    };
    if !s.has_verb(after + 1, n) {
        return None;
    }
    let subject = subject_pronoun(s, 0, after + 1)?;
    if !agrees(&subject, s.lower(after)) {
        return None;
    }
    let thing = &s.text[..s.toks[of - 1].end];
    let amount = &s.text[s.toks[of + 1].start..s.toks[after - 1].end];
    let first = format!("{thing} {verb} {amount}");
    let second = format!("{subject} {}", rest(s, after));
    two_sentences(AMOUNT, &first, &second)
}

/// Rule id: the law or policy something is done under becomes a sentence of its own.
pub const LEGAL_BASIS: &str = "split-legal-basis";

/// "A decision has been made under section 64 of the Social Security Contributions and
/// Benefits Act 1992." -> "A decision has been made. This is under section 64 of the Social
/// Security Contributions and Benefits Act 1992."; "In line with our Access Policy, patients
/// who ... may be discharged ..." -> "Patients who ... may be discharged .... This is in line
/// with our Access Policy.". Only in a long sentence, and only where the phrase names a law
/// or policy (see [`names_law`]) and runs to the end of the sentence, or, in front, to the
/// first comma. Not after a noun and its participle ("the documents accepted under our
/// Policy"), where the law says which things are meant, not why something was done.
pub(crate) fn legal_basis(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    if let Some((len, lead)) = legal_basis_at(s, 0) {
        let comma = (len + 1..n).find(|&k| s.comma_before(k))?;
        if !names_law(s, len, comma) || !s.has_verb(comma, n) {
            return None;
        }
        let basis = format!("{lead} {}", words_text(s, len, comma));
        return two_sentences(LEGAL_BASIS, rest(s, comma), &basis);
    }
    if let Some(p) = legal_basis_before_to(s) {
        return Some(p);
    }
    let (u, len, lead) = (5..n).find_map(|u| {
        let (len, lead) = legal_basis_at(s, u)?;
        names_law(s, u + len, n).then_some((u, len, lead))
    })?;
    let before = s.lower(u - 1);
    let participle =
        (before.ends_with("ed") && before.len() > 4) || s.data.irregular.contains(before);
    let helped = s.is(u - 2, Role::Aux) || is_be(s.lower(u - 2));
    // "..., on 28/09/2026, in line with sections 2 and 3 of the Act": a time or place set
    // off by commas just before goes with the law ("This was on 28/09/2026, in line with
    // ..."); the safety net makes that break, and this rule would leave the time hanging at
    // the end of a long first part.
    let adjunct = (u.saturating_sub(4)..u).rev().find(|&k| s.comma_before(k));
    let set_off_time = s.gap(u).contains(',')
        && adjunct.is_some_and(|k| matches!(s.lower(k), "on" | "at" | "in" | "from"));
    if !s.free(u)
        || set_off_time
        || is_be(before)
        || s.is(u - 1, Role::Determiner)
        || s.is(u - 1, Role::Coordinator)
        || (participle && !helped)
        || !s.has_verb(0, u)
        || !s
            .gap(n)
            .trim()
            .chars()
            .all(|c| matches!(c, '.' | '!' | ')'))
    {
        return None;
    }
    // To the end, with a closing bracket ("our Tenancy Policy (2024)").
    let name = s.text[s.toks[u + len].start..]
        .trim_end()
        .trim_end_matches(['.', '!']);
    let basis = format!("{lead} {name}");
    // Up to the end of the clause, so that a closing quote or bracket before the law stays.
    two_sentences(LEGAL_BASIS, &s.text[..clause_end(s, u)], &basis)
}

/// "We have a duty under rule 36 of the Gas Safety (Installation and Use) Regulations 1998
/// to make sure that ..." -> "We have a duty to make sure that .... This is under rule 36 of
/// the Gas Safety (Installation and Use) Regulations 1998.": the law named between a duty,
/// right or request and the "to" of what it is to do. The law's name runs up to that "to",
/// a verb follows it, and the words before the law have a verb of their own.
fn legal_basis_before_to(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    let (u, len, lead, to) = (3..n).find_map(|u| {
        let (len, lead) = legal_basis_at(s, u)?;
        let to = (u + len + 2..n.saturating_sub(2)).find(|&k| s.lower(k) == "to")?;
        (names_law(s, u + len, to) && plain_verb(s, to + 1)).then_some((u, len, lead, to))
    })?;
    if !s.free(u) || !s.has_verb(0, u) || s.gap(u).contains(',') || s.gap(to).contains(',') {
        return None;
    }
    let name = s
        .text
        .get(s.toks[u + len].start..s.gap_start(to))?
        .trim_end();
    let first = format!("{} {}", &s.text[..s.gap_start(u)], rest(s, to));
    two_sentences(LEGAL_BASIS, &first, &format!("{lead} {name}"))
}

/// The law-or-policy phrase starting at word `i` ("under", "in line with"): its length in
/// words and the words that start the sentence it becomes ("This is under").
fn legal_basis_at<'s>(s: &'s Sent, i: usize) -> Option<(usize, &'s str)> {
    s.data.phrases(Role::LegalBasis).iter().find_map(|entry| {
        let lead = entry.replacement.as_deref()?;
        (s.free(i) && s.phrase_at(i, &entry.words)).then_some((entry.words.len(), lead))
    })
}

/// Whether words `a..b` name a law, a part of one or a policy, and nothing more: they start
/// with a part and its number ("section 42", "clause 9.2") or with "the" or "our" and a
/// capitalised word ("the Care Act 2014", "our Patient Access Policy"), and every word is
/// capitalised, holds a digit, or is one of the few joining words of such names ("of",
/// "and"), with no comma between them and no joining word last.
fn names_law(s: &Sent, a: usize, b: usize) -> bool {
    if a + 2 > b || b > s.len() {
        return false;
    }
    let capital = |k: usize| s.word(k).chars().next().is_some_and(char::is_uppercase);
    let digit = |k: usize| s.word(k).chars().any(|c| c.is_ascii_digit());
    let starts = (s.is(a, Role::LegalPart) && digit(a + 1))
        || (matches!(s.lower(a), "the" | "our") && capital(a + 1));
    // "Schedule 2 to the Housing Act 1985" names a law; "section 12 of the Act 1998 to the
    // First-tier Tribunal" goes on to a place: after "to", a year or number must follow.
    let to_a_law = (a..b).all(|k| s.lower(k) != "to" || (k + 1..b).any(digit));
    starts
        && to_a_law
        && !s.is(b - 1, Role::LegalLink)
        && (a..b).all(|k| {
            (k == a || !s.gap(k).contains(','))
                && (capital(k) || digit(k) || s.is(k, Role::LegalPart) || s.is(k, Role::LegalLink))
        })
}

/// Whether `word` is a form of "be".
fn is_be(word: &str) -> bool {
    matches!(
        word,
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am"
    )
}

/// Rule id: a second relative clause left behind when the first became a sentence.
pub const AND_WHICH: &str = "split-and-which";

/// "This was received by us on 14/10/2026 and which related to your 2 children." -> "This
/// was received by us on 14/10/2026. This related to your 2 children.": once the relative
/// clause "which was received ... and which related ..." has become a sentence of its own,
/// its second "and which" has nothing to hang on; it starts a sentence with the same
/// subject. Only in a sentence that opens with a pronoun ("This", "It", "They"), as those
/// the relative rule makes do.
pub(crate) fn and_which(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if !matches!(s.lower(0), "this" | "it" | "they" | "he" | "she") || !s.has_verb(1, n) {
        return None;
    }
    let and = (2..n.saturating_sub(2)).find(|&i| {
        s.lower(i) == "and"
            && matches!(s.lower(i + 1), "which" | "who")
            && s.free(i)
            && s.free(i + 1)
    })?;
    if !s.has_verb(1, and) || !s.has_verb(and + 2, n) {
        return None;
    }
    let first = &s.text[..clause_end(s, and)];
    let second = format!("{} {}", s.word(0), rest(s, and + 2));
    two_sentences(AND_WHICH, first, &second)
}

/// Rule id: "Failure to do X may ..." said as a condition.
pub const FAILURE: &str = "split-failure";

/// "Failure to pay the charge, or to follow the conditions, may lead to ..." -> "If you do
/// not pay the charge, or do not follow the conditions, this may lead to ...": a thing the
/// reader might not do, said as a condition the other rules can then split ("You might not
/// pay the charge ... If so, ..."). Only at the start of a sentence, with a helping verb
/// ("may", "will") after the thing not done, and not where someone else is named as the
/// one failing ("failure to respond by us").
pub(crate) fn failure(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    let start = usize::from(matches!(s.lower(0), "a" | "any"));
    if s.lower(start) != "failure" || s.lower(start + 1) != "to" || !plain_verb(s, start + 2) {
        return None;
    }
    let modal = (start + 3..n).find(|&k| s.free(k) && s.is(k, Role::Modal))?;
    if !s.has_verb(modal, n)
        || (start + 2..modal).any(|k| {
            matches!(
                s.lower(k),
                "by" | "we" | "us" | "our" | "which" | "who" | "if"
            )
        })
    {
        return None;
    }
    let not_done = words_text(s, start + 2, modal)
        .replace(", or to ", ", or do not ")
        .replace(" or to ", " or do not ");
    let text = format!("If you do not {not_done}, this {}", rest(s, modal));
    proposal(FAILURE, vec![Piece::sentence(finish(&text))])
}

/// Rule id: the ways of doing something become a list.
pub const WAYS: &str = "split-ways";

/// "You can renew online at www.example/renew, by phoning our helpline on 0113 496 0650,
/// or at any chemist." -> "You can renew:" and the items "online at www.example/renew",
/// "by phoning our helpline on 0113 496 0650", "at any chemist". Two ways or more, joined
/// by commas or "or", each starting as a way does (see [`way_at`]), running to the end of
/// a long sentence; the lead-in has a verb and no comma before the first way ("This is
/// within 12 months, by phoning ...": the ways are not of the words just before).
pub(crate) fn ways(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let first = (3..n).find(|&i| way_at(s, i, true))?;
    // "get your flu vaccination at a chemist, and your COVID-19 vaccination through ... or
    // by calling 119": after a join, the ways are of the last thing only.
    let joined = (1..first).any(|k| s.comma_before(k) && matches!(s.lower(k), "and" | "or"));
    if s.gap(first).contains(',') || joined || !s.has_verb(0, first) {
        return None;
    }
    // Where each way starts, and where the one before it ends (a byte of the text).
    let mut starts = vec![first];
    let mut ends = Vec::new();
    for k in first + 1..n {
        if s.lower(k) == "or" && s.free(k) && way_at(s, k + 1, false) {
            ends.push(clause_end(s, k));
            starts.push(k + 1);
        } else if s.comma_before(k) {
            // A comma that starts no way: the ways do not run to the end of the sentence.
            if !way_at(s, k, false) {
                return None;
            }
            ends.push(clause_end(s, k));
            starts.push(k);
        }
    }
    if starts.len() < 2 {
        return None;
    }
    let last = s.text.get(s.toks.get(*starts.last()?)?.start..)?.trim_end();
    ends.push(s.toks[*starts.last()?].start + last.trim_end_matches(['.', '!']).len());
    // "..., either by email or online": the list says there is a choice.
    let lead_end = if s.lower(first - 1) == "either" {
        s.gap_start(first - 1)
    } else {
        s.gap_start(first)
    };
    let lead = finish_with(s.text.get(..lead_end)?, ':');
    let mut pieces = vec![Piece::sentence(lead)];
    for (&a, &end) in starts.iter().zip(&ends) {
        pieces.push(Piece::item(s.text.get(s.toks.get(a)?.start..end)?));
    }
    proposal(WAYS, pieces)
}

/// Whether a way of doing something starts at word `i` ("online", "by post", "by
/// phoning"); after the first way, "at" starts one too ("or at any chemist").
fn way_at(s: &Sent, i: usize, first: bool) -> bool {
    if !s.free(i) {
        return false;
    }
    let gerund = |w: &str| w.len() > 5 && w.ends_with("ing");
    (s.lower(i) == "by" && gerund(s.lower(i + 1)))
        || (!first && s.lower(i) == "at")
        || s.data
            .phrases(Role::Way)
            .iter()
            .any(|entry| s.phrase_at(i, &entry.words))
}

/// Rule id: how to make a request becomes a request of its own.
pub const MANNER: &str = "split-manner";

/// "If you need any further information, you can contact us, quoting your National
/// Insurance number." -> "If you need any further information, you can contact us. Please
/// quote your National Insurance number." Only after a request (with "please", or "you"
/// and "can", "may", "should" or "must"), for the "-ing" words of the data's `manner` list
/// after a comma, running to the end of a long sentence; "and stating", "or giving" later in
/// it become "and state", "or give".
pub(crate) fn manner_tail(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    let plain = |k: usize| manner_of(s, k);
    let i = (3..n).find(|&i| s.comma_before(i) && s.free(i) && plain(i).is_some())?;
    let request = (0..i).any(|k| s.lower(k) == "please")
        || (0..i).any(|k| {
            s.lower(k) == "you" && matches!(s.lower(k + 1), "can" | "may" | "should" | "must")
        });
    // "giving you": a result for the reader, not a way to ask. "..., giving your reasons,
    // within one month": a time after it belongs to the request.
    let time_after = (i + 1..n).any(|k| {
        s.comma_before(k) && matches!(s.lower(k), "within" | "by" | "before" | "after" | "no")
    });
    if !request
        || time_after
        || matches!(s.lower(i + 1), "you" | "us" | "them")
        || !s.has_verb(0, i)
    {
        return None;
    }
    // "..., stating whether you would like it paid to your bank" -> "Please tell us
    // whether ...": a question after the word asks for an answer, not a thing to give.
    if matches!(
        s.lower(i + 1),
        "whether" | "if" | "what" | "how" | "when" | "where" | "which" | "why" | "who"
    ) && matches!(s.lower(i), "stating" | "saying" | "explaining" | "telling")
    {
        let second = format!("Please tell us {}", rest(s, i + 1));
        return two_sentences(MANNER, &s.text[..clause_end(s, i)], second.trim());
    }
    let mut second = String::from("Please ");
    let mut at = s.toks[i].start;
    for k in i..n {
        let joined = k == i || matches!(s.lower(k - 1), "and" | "or");
        if let (true, Some(word)) = (joined, plain(k)) {
            second.push_str(&s.text[at..s.toks[k].start]);
            second.push_str(word);
            at = s.toks[k].end;
        }
    }
    second.push_str(&s.text[at..]);
    two_sentences(MANNER, &s.text[..clause_end(s, i)], second.trim())
}

/// Rule id: the same thing said again in other words becomes a sentence of its own.
pub const ASIDE: &str = "split-aside";

/// "We will talk about whether your current medicines, that is metformin 500 mg twice
/// daily and ramipril 2.5 mg once daily, are still suitable for you." -> "We will talk
/// about whether your current medicines are still suitable for you. This means metformin
/// 500 mg twice daily and ramipril 2.5 mg once daily." Only in a long sentence, for an
/// aside of the data's `aside` list set off by commas, with no verb, straight before the
/// verb of the thing it names. The new sentence follows the piece that keeps the three
/// words before the aside.
pub(crate) fn aside(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS {
        return None;
    }
    for i in 3..n {
        if !s.comma_before(i) {
            continue;
        }
        let Some((len, lead)) = s.data.phrases(Role::Aside).iter().find_map(|e| {
            let lead = e.replacement.as_deref()?;
            s.phrase_at(i, &e.words).then_some((e.words.len(), lead))
        }) else {
            continue;
        };
        let from = i + len;
        // The aside sits between a thing and its verb ("your medicines, that is ..., are"):
        // at the end of a sentence ("..., that is by 24 June 2026.") other rules make "This
        // is by 24 June 2026.", and before another clause (", although ...") the comma
        // would be lost.
        // The comma before the verb: the first one, or a later one straight before a helping
        // verb (an aside may hold a series of its own: "such as an easy read version, or a
        // longer appointment, can be arranged"; not "for example photos, books, a radio").
        let first = (from + 1..n).find(|&k| s.comma_before(k));
        let before_helper = (from + 1..n).find(|&k| s.comma_before(k) && s.is(k, Role::Aux));
        // A verb there, not a noun or "-ing" word of a series ("photos, books, a radio",
        // "registering with ..., paying ...").
        let verb_at =
            |k: usize| s.is(k, Role::Aux) || (finite_verb(s, k, k + 1) && !s.comma_before(k + 1));
        let Some(end) = first.filter(|&k| verb_at(k)).or(before_helper) else {
            continue;
        };
        // No clause inside the aside: no helping verb, no "which" or "if", and no verb but
        // a noun spelt like one ("an easy read version", "a change in your income").
        let clause_inside = s.has_verb(from, end)
            && (from..end).any(|m| {
                s.is(m, Role::Aux)
                    || s.is(m, Role::Relative)
                    || starts_subordinate(s, m)
                    || (m > from && finite_verb_not_noun(s, m))
            });
        if clause_inside || !s.free(end) {
            continue;
        }
        let cut_from = mark_at(s, i, ',')?;
        let cut_to = mark_at(s, end, ',')? + 1;
        let said = &s.text[s.toks[from].start..cut_to - 1];
        let main = format!("{}{}", &s.text[..cut_from], &s.text[cut_to..]);
        let anchor = words_text(s, i.saturating_sub(3), i).to_string();
        return proposal(
            ASIDE,
            vec![
                Piece::sentence(finish(&main)),
                Piece {
                    after: Some(anchor),
                    ..Piece::sentence(finish(&format!("{lead} {said}")))
                },
            ],
        );
    }
    None
}

/// Rule id: two things after one preposition become two sentences.
pub const TWO_THINGS: &str = "split-two-things";

/// "This is after your claim received on 14 October 2024, and the supporting evidence given
/// on 28/10/2024." -> "This is after your claim received on 14 October 2024. This is also
/// after the supporting evidence given on 28/10/2024." Only for a long sentence that
/// starts "This is", "This was" or "It is" and a preposition, where ", and" and a
/// determiner start the second thing, which has no helping verb (it is a thing, not a
/// clause) and runs to the end.
pub(crate) fn two_things(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS
        || !matches!((s.lower(0), s.lower(1)), ("this" | "it", "is" | "was"))
        || !matches!(
            s.lower(2),
            "after" | "because" | "under" | "about" | "for" | "from"
        )
    {
        return None;
    }
    let lead_len = if s.lower(2) == "because" {
        if s.lower(3) != "of" {
            return None;
        }
        4
    } else {
        3
    };
    let and = (lead_len + 2..n - 1).find(|&i| {
        s.comma_before(i)
            && s.lower(i) == "and"
            && s.free(i)
            && s.is(i + 1, Role::Determiner)
            && thing_to_the_end(s, i + 1)
    })?;
    let first = &s.text[..clause_end(s, and)];
    let second = format!(
        "{} also {} {}",
        words_text(s, 0, 2),
        words_text(s, 2, lead_len),
        rest(s, and + 1)
    );
    two_sentences(TWO_THINGS, first, &second)
}

/// Whether the words from `i` to the end name one thing, with no clause of the sentence's
/// own: no helping verb or comma, except inside a clause that opens with "that", "which" or
/// "who" and says what the thing is ("the decision ... that your needs can best be met in a
/// care home").
fn thing_to_the_end(s: &Sent, i: usize) -> bool {
    let n = s.len();
    let first = (i..n).find(|&k| {
        s.is(k, Role::Aux) || s.comma_before(k) || matches!(s.lower(k), "that" | "which" | "who")
    });
    first.is_none_or(|k| {
        k > i + 1 && matches!(s.lower(k), "that" | "which" | "who") && !s.comma_before(k)
    })
}

/// The capitalised words just before word `i` whose first letters spell `initials`
/// ("Carer's Allowance" before "(CA)", "Disabled Facilities Grant" before "(DFG)"), as
/// written; "and", "of", "for" and "the" may stand between them without a letter.
fn initials_of<'a>(s: &Sent<'a>, i: usize, initials: &str) -> Option<&'a str> {
    let letters: Vec<char> = initials.chars().collect();
    let mut k = i;
    let mut matched = letters.len();
    while matched > 0 && k > 0 {
        k -= 1;
        let word = s.word(k);
        let first = word.chars().next()?;
        if s.toks[k].depth != 0 || (k + 1 < i && s.gap(k + 1).trim() != "") {
            return None;
        }
        // "severe mental impairment (SMI)": the words may be in lower case.
        if first.to_uppercase().eq([letters[matched - 1]]) {
            matched -= 1;
        } else if !(matched < letters.len() && matches!(word, "and" | "of" | "for" | "the")) {
            return None;
        }
    }
    (matched == 0).then(|| words_text(s, k, i))
}

/// Rule id: a second "that" clause after ", and that" becomes a sentence of its own.
pub const THAT_AGAIN: &str = "split-that-again";

/// "You told me that you care for your son for about 60 hours each week, and that you are
/// often woken during the night." -> "You told me that you care for your son for about 60
/// hours each week. You told me that you are often woken during the night." The words
/// before the first "that" are said again, so the second sentence keeps who said or asked
/// it. Only for a long sentence whose words before "that" are a short main clause (a verb,
/// no comma, no opening "if" or "when"), and where a subject follows the second "that".
pub(crate) fn that_again(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    if n <= MAX_WORDS || DEPENDENT_OPENERS.contains(&s.lower(0)) {
        return None;
    }
    let t = (2..n.min(10)).find(|&t| s.lower(t) == "that" && s.free(t))?;
    // "Our records show that X, and that Y", "It is important that ...": words that only
    // tell; the safety net says "Also, Y" (see `break_at`), with nothing to repeat.
    // So do "I would remind you that", "It is important that".
    let reminder = matches!(s.lower(t - 1), "you" | "us")
        && matches!(s.lower(t - 2), "remind" | "tell" | "advise" | "inform");
    if !s.has_verb(0, t)
        || (1..=t).any(|m| s.comma_before(m))
        || s.is(t - 1, Role::Telling)
        || reminder
        || matches!(s.lower(0), "i" | "it")
    {
        return None;
    }
    let and = (t + 3..n.saturating_sub(3)).find(|&a| {
        s.comma_before(a)
            && s.lower(a) == "and"
            && s.lower(a + 1) == "that"
            && s.free(a)
            && s.free(a + 1)
    })?;
    // "and that you are ...", "and that patients who still need treatment are found"; not
    // "and that is why" ("that" there is the thing, not a new clause).
    let subject = s.starts_subject_clause(and + 2)
        || (!s.is_verb(and + 2) && !s.is(and + 2, Role::Aux) && s.has_verb(and + 3, n));
    if !subject {
        return None;
    }
    let first = &s.text[..clause_end(s, and)];
    let second = format!("{} {}", words_text(s, 0, t + 1), rest(s, and + 2));
    two_sentences(THAT_AGAIN, first, &second)
}

/// Rule id: a condition said with "should" inside a sentence ("... should you pay in full")
/// said with "if".
pub const INVERTED_INSIDE: &str = "split-inverted-inside";

/// "You will not need to go to the hearing should you pay £1,705.10 in full before 10
/// February 2027" -> "... if you pay £1,705.10 in full before 10 February 2027": the other
/// rules read "if" as a condition, but take "should you pay" for a clause of its own ("This
/// will happen before 10 February 2027" would then hang on the hearing). Only with "you",
/// "we" or "they", whose verb after "if" is the plain form ("should you be" -> "if you
/// are"), and not in a question ("What should you do?").
pub(crate) fn inverted_inside(s: &Sent) -> Option<Proposal> {
    let n = s.len();
    // A question, or a fronted condition ("Should you need to ..., or should you develop
    // ..., please text us"), which `fronted` reads whole.
    if s.gap(n).trim() == "?" || fronted_phrase(s).is_some() {
        return None;
    }
    let k = (1..n.saturating_sub(2)).find(|&k| {
        s.lower(k) == "should"
            && s.free(k)
            && matches!(s.lower(k + 1), "you" | "we" | "they")
            && s.word(k) == "should"
            && !matches!(
                s.lower(k - 1),
                "what" | "how" | "why" | "when" | "where" | "who" | "which" | "whether"
            )
            && s.lower(k + 2) != "not"
            && (s.is_verb(k + 2) || matches!(s.lower(k + 2), "be" | "have" | "need" | "wish"))
            // After a main clause only: "Instead, should you prefer ..., you may ..." is a
            // fronted condition, which `fronted` handles.
            && s.has_verb(0, k)
    })?;
    let verb = match s.lower(k + 2) {
        "be" => "are",
        _ => s.word(k + 2),
    };
    let text = format!(
        "{}if {} {verb}{}",
        &s.text[..s.toks[k].start],
        s.word(k + 1),
        &s.text[s.toks[k + 2].end..]
    );
    proposal(INVERTED_INSIDE, vec![Piece::sentence(text)])
}
