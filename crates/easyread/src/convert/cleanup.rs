//! The `cleanup` stage: letter clean-up.
//!
//! - Formulaic padding is left out: whole sentences that carry no information ("Please do
//!   not hesitate to contact us.") go, and formulaic openings are cut from sentences that go
//!   on with content ("I am writing to inform you that your review..." becomes "Your
//!   review..."). A sentence that holds a fact (phone number, date, name...) is never left
//!   out: its padding phrase is said plainly instead ("You can contact me on 0117 496 0321").
//! - The subject line becomes the plain title; a reference in it moves to the details.
//! - A letterhead heading (the organisation's name) joins the From block.
//! - The sign-off becomes a short From block: name, role, team; its contact lines go to
//!   the details; "Yours sincerely," is left out.
//!
//! The phrases are data: `assets/lexicon/letter-padding.tsv`.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{Draft, Stage, UnitKind};
use crate::facts::{find_facts, Fact, FactKind};
use crate::lexicon::tsv_rows;
use crate::model::Source;

/// Rule id: a sentence of padding left out.
pub const RULE_DROP_PADDING: &str = "drop-padding-sentence";
/// Rule id: a padding phrase in a sentence with content said plainly.
pub const RULE_PADDING_PHRASE: &str = "rewrite-padding-phrase";
/// Rule id: a formulaic opening cut (or said plainly).
pub const RULE_CUT_OPENING: &str = "cut-stock-opening";
/// Rule id: the subject line became the title.
pub const RULE_SUBJECT_TO_TITLE: &str = "subject-to-title";
/// Rule id: a reference of the subject line moved to the details.
pub const RULE_REFERENCE_TO_DETAILS: &str = "reference-to-details";
/// Rule id: a letterhead heading joined the From block.
pub const RULE_LETTERHEAD_TO_FROM: &str = "letterhead-to-from";
/// Rule id: the sign-off became the From block.
pub const RULE_SIGN_OFF_TO_FROM: &str = "sign-off-to-from";
/// Rule id: a contact line of the sign-off moved to the details.
pub const RULE_CONTACT_TO_DETAILS: &str = "contact-to-details";
/// Rule id: the ";" or "; and" that ended a list item in the letter's sentence left out.
pub const RULE_LIST_ITEM_PUNCTUATION: &str = "list-item-punctuation";
/// Rule id: enclosures and copies ("Enc. ...", "cc: ...") moved to the details.
pub const RULE_ENCLOSURES_TO_DETAILS: &str = "enclosures-to-details";

const DATA: &str = include_str!("../../../../assets/lexicon/letter-padding.tsv");

/// The phrases of `letter-padding.tsv`, by action, longest first.
#[derive(Default)]
struct Lexicon {
    padding: Vec<(String, String)>,
    filler: Vec<String>,
    opening: Vec<(String, String)>,
    closing: Vec<String>,
    title_prefix: Vec<String>,
    title_phrase: Vec<(String, String)>,
    keep_case: Vec<(String, String)>,
    after_sign_off: Vec<(String, String)>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(DATA))
}

fn parse(data: &str) -> Lexicon {
    let mut lex = Lexicon::default();
    for row in tsv_rows(data) {
        let phrase = row.first().copied().unwrap_or("").to_ascii_lowercase();
        let action = row.get(1).copied().unwrap_or("");
        let replacement = row.get(2).copied().unwrap_or("").to_string();
        if phrase.is_empty() || !phrase.is_ascii() {
            continue;
        }
        match action {
            "padding" => lex.padding.push((phrase, replacement)),
            "filler" => lex.filler.push(phrase),
            "opening" => lex.opening.push((phrase, replacement)),
            "closing" => lex.closing.push(phrase),
            "title-prefix" => lex.title_prefix.push(phrase),
            "title-phrase" => lex.title_phrase.push((phrase, replacement)),
            "keep-case" => lex.keep_case.push((phrase, replacement)),
            "after-sign-off" => lex.after_sign_off.push((phrase, replacement)),
            _ => {}
        }
    }
    let by_len = |a: &String, b: &String| b.len().cmp(&a.len());
    lex.padding.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.filler.sort_by(by_len);
    lex.opening.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.closing.sort_by(by_len);
    lex.title_prefix.sort_by(by_len);
    lex.title_phrase.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.keep_case.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.after_sign_off.sort_by(|a, b| by_len(&a.0, &b.0));
    lex
}

/// How letters compare when matching a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Any case (ASCII).
    Any,
    /// The first letter in any case, the rest exactly as written.
    FirstFree,
}

/// Match `phrase` at byte `at` of `text`; returns the end of the match. A space of the
/// phrase matches a run of white space; an apostrophe matches `'` and `’`. The phrase must
/// be ASCII, so a match always ends on a character boundary.
pub(crate) fn match_at(text: &str, at: usize, phrase: &str, case: Case) -> Option<usize> {
    let t = text.as_bytes();
    let p = phrase.as_bytes();
    let (mut ti, mut pi) = (at, 0);
    while pi < p.len() {
        let pc = p[pi];
        if pc == b' ' {
            let start = ti;
            while ti < t.len() && t[ti].is_ascii_whitespace() {
                ti += 1;
            }
            if ti == start {
                return None;
            }
            while pi < p.len() && p[pi] == b' ' {
                pi += 1;
            }
            continue;
        }
        if pc == b'\'' {
            if t.get(ti) == Some(&b'\'') {
                ti += 1;
            } else if text.get(ti..ti + 3) == Some("\u{2019}") {
                ti += 3;
            } else {
                return None;
            }
            pi += 1;
            continue;
        }
        let tc = *t.get(ti)?;
        let same = match case {
            Case::Any => tc.eq_ignore_ascii_case(&pc),
            Case::FirstFree if pi == 0 => tc.eq_ignore_ascii_case(&pc),
            Case::FirstFree => tc == pc,
        };
        if !same {
            return None;
        }
        ti += 1;
        pi += 1;
    }
    Some(ti)
}

/// Whether byte `at` of `text` starts a word (no letter or digit just before it).
pub(crate) fn at_word_start(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether a match of `phrase` ending at byte `end` ends a word.
pub(crate) fn at_word_end(text: &str, end: usize, phrase: &str) -> bool {
    if !phrase
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
    {
        return true;
    }
    text.get(end..)
        .and_then(|s| s.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The first whole-word match of `phrase` in `text` at or after byte `from`.
pub(crate) fn find_phrase(
    text: &str,
    phrase: &str,
    from: usize,
    case: Case,
) -> Option<(usize, usize)> {
    let mut at = from;
    while at < text.len() {
        if text.is_char_boundary(at) && at_word_start(text, at) {
            if let Some(end) = match_at(text, at, phrase, case) {
                if end > at && at_word_end(text, end, phrase) {
                    return Some((at, end));
                }
            }
        }
        at += 1;
    }
    None
}

/// A whole-word match of `phrase` at the start of `text`: its end.
fn starts_with_phrase(text: &str, phrase: &str) -> Option<usize> {
    match_at(text, 0, phrase, Case::Any).filter(|&end| end > 0 && at_word_end(text, end, phrase))
}

/// `text` with its first character in upper case.
pub(crate) fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Run the stage over the draft.
pub fn run(draft: &mut Draft) {
    sign_off_to_from(draft);
    subject_to_title(draft);
    enclosures_to_details(draft);
    let units = std::mem::take(&mut draft.units);
    let mut kept = Vec::with_capacity(units.len());
    for mut unit in units {
        if matches!(unit.kind, UnitKind::Heading(_)) {
            kept.push(unit);
            continue;
        }
        if unit.kind == UnitKind::ListItem {
            if let Some(text) = without_list_joiner(&unit.text) {
                rewrite_unit(draft, &mut unit, RULE_LIST_ITEM_PUNCTUATION, text);
            }
        }
        if let Some(text) = cut_opening(&unit.text) {
            rewrite_unit(draft, &mut unit, RULE_CUT_OPENING, text);
        }
        match padding(&unit.text) {
            Padding::Drop => {
                draft.record(
                    Stage::Cleanup,
                    RULE_DROP_PADDING,
                    unit.text.clone(),
                    "",
                    unit.source,
                );
                continue;
            }
            Padding::Rewrite(text) => rewrite_unit(draft, &mut unit, RULE_PADDING_PHRASE, text),
            Padding::Keep => {}
        }
        kept.push(unit);
    }
    draft.units = kept;
}

/// Cut the openings of sentences that the split stage made: "..., and it should be noted
/// that this figure is 38% of the cost" became "It should be noted that this figure is 38%
/// of the cost.", whose opening the first pass could not see. Runs after `split`.
pub fn cut_new_openings(draft: &mut Draft) {
    let mut units = std::mem::take(&mut draft.units);
    for unit in &mut units {
        if unit.kind != UnitKind::Sentence {
            continue;
        }
        if let Some(text) = cut_opening_at_start(&unit.text) {
            rewrite_unit(draft, unit, RULE_CUT_OPENING, text);
        }
    }
    draft.units = units;
}

/// The plain label of an after-sign-off label at byte `at` of `text` ("Enc." -> "Sent with
/// this letter"), and where the value after it starts. The label must be followed by "."
/// or ":", so "Enclosures are ..." and "cc" inside a word never match.
fn after_sign_off_label(text: &str, at: usize) -> Option<(&'static str, usize)> {
    if !at_word_start(text, at) {
        return None;
    }
    lexicon().after_sign_off.iter().find_map(|(label, plain)| {
        let end = match_at(text, at, label, Case::Any)?;
        let rest = text.get(end..)?;
        rest.starts_with(['.', ':'])
            .then(|| (plain.as_str(), end + 1))
    })
}

/// "Enc. leaflet" and "cc: Dr Shah" after the sign-off are not sentences to simplify: each
/// becomes a details line ("Sent with this letter: leaflet", "Copy sent to: Dr Shah"). The
/// sentences of one paragraph that starts with such a label are taken together, and a
/// second label inside it ("... leaflet cc: Registered Manager") starts a second line.
fn enclosures_to_details(draft: &mut Draft) {
    let mut i = 0;
    while i < draft.units.len() {
        let unit = &draft.units[i];
        let block = unit.source.block;
        if unit.kind != UnitKind::Sentence
            || block.is_none()
            || after_sign_off_label(&unit.text, 0).is_none()
        {
            i += 1;
            continue;
        }
        let end = (i..draft.units.len())
            .find(|&j| draft.units[j].source.block != block)
            .unwrap_or(draft.units.len());
        let source = unit.source;
        let joined = draft.units[i..end]
            .iter()
            .map(|u| u.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut labels: Vec<(usize, &'static str, usize)> = Vec::new();
        for (at, _) in joined.char_indices() {
            if let Some((plain, value)) = after_sign_off_label(&joined, at) {
                if at == 0 || joined.get(value..).is_some_and(|r| r.starts_with(' ')) {
                    labels.push((at, plain, value));
                }
            }
        }
        let mut lines = Vec::new();
        for (k, &(_, plain, value)) in labels.iter().enumerate() {
            let stop = labels.get(k + 1).map_or(joined.len(), |l| l.0);
            let text = joined.get(value..stop).unwrap_or("").trim();
            if !text.is_empty() {
                lines.push(format!("{plain}: {text}"));
            }
        }
        if lines.is_empty() {
            i += 1;
            continue;
        }
        draft.units.drain(i..end);
        draft.record(
            Stage::Cleanup,
            RULE_ENCLOSURES_TO_DETAILS,
            joined,
            lines.join("\n"),
            source,
        );
        for line in lines {
            if !draft.details.contains(&line) {
                draft.details.push(line);
            }
        }
    }
}

/// A list item without the ";" or "; and" that joined it to the next one in the letter's
/// sentence ("sign and return both copies;" -> "sign and return both copies"): an Easy Read
/// list has one thing per line and no joining marks. "; or" stays: it says the items are
/// choices.
fn without_list_joiner(text: &str) -> Option<String> {
    let trimmed = text.trim_end();
    let bare = trimmed
        .strip_suffix("; and")
        .or_else(|| trimmed.strip_suffix(';'))?;
    Some(bare.trim_end().to_string())
}

/// Replace the text of `unit` by `text`, recording the change under `rule`.
fn rewrite_unit(draft: &mut Draft, unit: &mut super::Unit, rule: &'static str, text: String) {
    draft.record(
        Stage::Cleanup,
        rule,
        unit.text.clone(),
        text.clone(),
        unit.source,
    );
    unit.text = text;
}

/// What to do with a sentence that may be padding.
#[derive(Debug, PartialEq)]
enum Padding {
    /// Not padding, or padding with content and no plainer wording: keep as it is.
    Keep,
    /// Padding with no information: leave the sentence out.
    Drop,
    /// Padding with content or a fact: the sentence with the phrase said plainly.
    Rewrite(String),
}

fn padding(text: &str) -> Padding {
    let lex = lexicon();
    for (phrase, replacement) in &lex.padding {
        let Some((start, end)) = find_phrase(text, phrase, 0, Case::Any) else {
            continue;
        };
        let facts = find_facts(text);
        let rest = format!("{} {}", &text[..start], &text[end..]);
        if facts.is_empty() && only_filler(&rest) {
            return Padding::Drop;
        }
        if replacement.is_empty() || overlaps_fact(&facts, start, end) {
            return Padding::Keep;
        }
        let lead = &text[..start];
        let at_start = lead.chars().all(|c| !c.is_alphanumeric());
        let said = if at_start {
            capitalise_first(replacement)
        } else {
            replacement.clone()
        };
        return Padding::Rewrite(format!("{lead}{said}{}", &text[end..]));
    }
    Padding::Keep
}

fn overlaps_fact(facts: &[Fact], start: usize, end: usize) -> bool {
    facts
        .iter()
        .any(|f| f.span.start < end && start < f.span.end)
}

/// Whether `rest` holds nothing but filler words and punctuation.
fn only_filler(rest: &str) -> bool {
    let mut s = rest.to_string();
    for filler in &lexicon().filler {
        while let Some((a, b)) = find_phrase(&s, filler, 0, Case::Any) {
            s.replace_range(a..b, " ");
        }
    }
    !s.chars().any(char::is_alphanumeric)
}

/// The sentence with a formulaic opening cut or said plainly, when it has one and goes on
/// with content.
fn cut_opening(text: &str) -> Option<String> {
    cut_opening_at_start(text).or_else(|| cut_opening_after_comma(text))
}

/// The opening cut when it comes after a fronted phrase: "Further to your application
/// received on 2 March 2026, I am pleased to inform you that your application ..." ->
/// "Further to your application received on 2 March 2026, your application ...".
fn cut_opening_after_comma(text: &str) -> Option<String> {
    // "Having considered ..., I can confirm that you ...": the opening names who did the
    // considering; without it the participle would hang on "you".
    if starts_with_phrase(text, "having").is_some() {
        return None;
    }
    let lex = lexicon();
    for (comma, _) in text.match_indices(", ") {
        let after = &text[comma + 2..];
        for (phrase, replacement) in &lex.opening {
            let Some(end) = starts_with_phrase(after, phrase) else {
                continue;
            };
            let facts = find_facts(text);
            if overlaps_fact(&facts, comma + 2, comma + 2 + end) {
                return None;
            }
            let rest = after[end..].trim_start();
            let rest = if replacement.is_empty() {
                rest.strip_prefix(',').unwrap_or(rest).trim_start()
            } else {
                rest
            };
            if rest.split_whitespace().count() < 2 {
                return None;
            }
            // "Further to our letter, I am writing to inform you of the outcome" -> "Further
            // to our letter, this letter is about the outcome": not "..., of the outcome".
            if replacement.is_empty() {
                for prep in ["of ", "about "] {
                    if let Some(about) = rest.strip_prefix(prep) {
                        return Some(format!("{}, this letter is about {about}", &text[..comma]));
                    }
                }
            }
            let rest = if phrase.ends_with(" that") {
                without_hanging_that(rest)
            } else {
                rest.to_string()
            };
            return Some(if replacement.is_empty() {
                format!("{}, {rest}", &text[..comma])
            } else {
                format!("{}, {replacement}{}", &text[..comma], spaced(&rest))
            });
        }
    }
    None
}

/// `rest` of a sentence whose opening ending with "that" was cut: "Please note that A and
/// that B", "... be aware that A, but that B are not": the second "that" hung on the cut
/// opening, so it goes too.
fn without_hanging_that(rest: &str) -> String {
    rest.replacen(", and that, ", ", and ", 1)
        .replacen(", and that ", ", and ", 1)
        .replacen(" and that ", " and ", 1)
        .replacen(", but that ", ", but ", 1)
}

fn cut_opening_at_start(text: &str) -> Option<String> {
    let lex = lexicon();
    for (phrase, replacement) in &lex.opening {
        let Some(end) = starts_with_phrase(text, phrase) else {
            continue;
        };
        if overlaps_fact(&find_facts(text), 0, end) {
            return None;
        }
        let mut rest = text[end..].trim_start();
        if replacement.is_empty() {
            rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
        }
        // Only an aside set off by a comma after the opening ("I am writing to inform you,
        // as ..., that"), not the opening's own object ("... to confirm your visit, that").
        let aside_follows = text[end..].trim_start().starts_with(',');
        if replacement.is_empty() && !phrase.ends_with(" that") && aside_follows {
            if let Some(said) = aside_then_that(&text[..end], rest) {
                return Some(said);
            }
        }
        // "I am writing to inform you of our decision, ..." -> "This letter is about our
        // decision, ...": the rest cannot start with "of".
        if replacement.is_empty() {
            for prep in ["of ", "about "] {
                if let Some(after) = rest.strip_prefix(prep) {
                    if after.split_whitespace().count() < 2 {
                        return None;
                    }
                    return Some(format!("This letter is about {after}"));
                }
            }
        }
        // "I am writing to let you know the results of your screening, which ..." -> "This
        // letter tells you the results of your screening, which ...": without the opening,
        // a thing told would be left without a verb.
        let telling = [
            "you know",
            "inform you",
            "tell you",
            "advise you",
            "notify you",
        ]
        .iter()
        .any(|t| phrase.ends_with(t));
        let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        if replacement.is_empty()
            && telling
            && rest.split_whitespace().count() >= 2
            && matches!(
                first.as_str(),
                "the" | "your" | "our" | "a" | "an" | "this" | "these" | "his" | "her" | "their"
                    // "I am writing to let you know what you can do" -> "This letter tells
                    // you what you can do": not "What you can do." alone.
                    | "what" | "how" | "why" | "when" | "where" | "whether" | "who" | "which"
            )
        {
            return Some(format!("This letter tells you {rest}"));
        }
        if rest.split_whitespace().count() < 2 {
            return None;
        }
        let rest = if phrase.ends_with(" that") {
            without_hanging_that(rest)
        } else {
            rest.to_string()
        };
        return Some(if replacement.is_empty() {
            capitalise_first(&rest)
        } else {
            format!("{}{}", capitalise_first(replacement), spaced(&rest))
        });
    }
    None
}

/// "I am writing to inform you, as your mother's named next of kin, that an outbreak ..."
/// (the opening cut, `rest` from the aside): without the opening, "that" would hang. An
/// aside that says why the reader gets the letter ("as" and a noun phrase) becomes "You
/// are your mother's named next of kin, so I am telling you that an outbreak ..."; any
/// other short aside stays in front: "as agreed at the meeting, that the centre will
/// close" -> "As agreed at the meeting, the centre will close".
fn aside_then_that(opening: &str, rest: &str) -> Option<String> {
    let comma = rest.find(", that ")?;
    let aside = &rest[..comma];
    if aside.split_whitespace().count() > 10 || aside.contains([',', '(', ';', '.']) {
        return None;
    }
    let clause = &rest[comma + ", that ".len()..];
    if clause.split_whitespace().count() < 3 {
        return None;
    }
    let role = aside.strip_prefix("as ").filter(|role| {
        role.split_whitespace()
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "your" | "the" | "a" | "an"))
    });
    let Some(role) = role else {
        return Some(format!("{}, {clause}", capitalise_first(aside)));
    };
    let teller = if opening.trim_start().to_lowercase().starts_with("we ") {
        "we are telling you"
    } else {
        "I am telling you"
    };
    Some(format!("You are {role}, so {teller} that {clause}"))
}

/// The rest of a sentence after a replaced opening, with the space it needs: none before a
/// comma ("I am sorry but, on the basis of ..."), one otherwise.
fn spaced(rest: &str) -> String {
    if rest.starts_with([',', ';', '.']) {
        rest.to_string()
    } else {
        format!(" {rest}")
    }
}

/// Whether a sign-off line is a closing phrase such as "Yours sincerely,".
fn is_closing(line: &str) -> bool {
    let line = line.trim().trim_end_matches([',', '.', '!']).trim_end();
    lexicon()
        .closing
        .iter()
        .any(|c| starts_with_phrase(line, c) == Some(line.len()))
}

/// The sign-off becomes the From block: the closing is left out, contact lines go to the
/// details, the rest (name, role, team) is the From block.
fn sign_off_to_from(draft: &mut Draft) {
    if draft.sign_off.is_empty() || !draft.from.is_empty() {
        return;
    }
    let lines = std::mem::take(&mut draft.sign_off);
    let mut from = Vec::new();
    for line in &lines {
        if line.trim().is_empty() || is_closing(line) {
            continue;
        }
        let contact = find_facts(line)
            .iter()
            .any(|f| matches!(f.kind, FactKind::Phone | FactKind::Email | FactKind::Url));
        if contact {
            if !draft.details.iter().any(|d| d == line) {
                draft.details.push(line.clone());
            }
            draft.record(
                Stage::Cleanup,
                RULE_CONTACT_TO_DETAILS,
                line.clone(),
                line.clone(),
                Source::default(),
            );
        } else {
            from.push(line.clone());
        }
    }
    draft.record(
        Stage::Cleanup,
        RULE_SIGN_OFF_TO_FROM,
        lines.join("\n"),
        from.join(", "),
        Source::default(),
    );
    draft.from = from;
}

/// Whether a heading is the letterhead: just the name of an organisation.
fn is_letterhead(text: &str, draft: &Draft) -> bool {
    let text = text.trim();
    let facts = find_facts(text);
    let one_organisation = matches!(facts.as_slice(), [f] if f.kind == FactKind::Organisation
        && f.span.start == 0 && f.span.end == text.len());
    let known_line = draft
        .addresses
        .iter()
        .flatten()
        .chain(&draft.from)
        .any(|l| l.trim().eq_ignore_ascii_case(text));
    one_organisation || known_line
}

/// The subject line (the first level-1 heading before the body, or the first heading
/// there) becomes the title; letterhead headings join the From block.
fn subject_to_title(draft: &mut Draft) {
    let lead = draft
        .units
        .iter()
        .take_while(|u| matches!(u.kind, UnitKind::Heading(_)))
        .count();
    let mut letterheads = Vec::new();
    for i in 0..lead {
        if is_letterhead(&draft.units[i].text, draft) {
            letterheads.push(i);
        }
    }
    // The subject: the first level-1 heading that is not a letterhead, or else the first.
    let candidates: Vec<usize> = (0..lead).filter(|i| !letterheads.contains(i)).collect();
    let subject = candidates
        .iter()
        .copied()
        .find(|&i| draft.units[i].kind == UnitKind::Heading(1))
        .or_else(|| candidates.first().copied());
    if letterheads.is_empty() && subject.is_none() {
        return;
    }
    // A letterhead alone, with no subject after it, is left as it is.
    if subject.is_none() {
        letterheads.clear();
    }
    for &i in &letterheads {
        let name = draft.units[i].text.clone();
        let source = draft.units[i].source;
        let known = draft
            .from
            .iter()
            .chain(draft.addresses.iter().flatten())
            .any(|l| l.contains(name.as_str()));
        if !known {
            draft.from.push(name.clone());
        }
        draft.record(Stage::Cleanup, RULE_LETTERHEAD_TO_FROM, name, "", source);
    }
    if let Some(i) = subject {
        let unit = &draft.units[i];
        let known: Vec<&str> = draft
            .from
            .iter()
            .chain(draft.addresses.iter().flatten())
            .map(String::as_str)
            .collect();
        let (title, references) = plain_title(&unit.text, &known);
        // A subject in capitals lost the capitals of its names too; the body still has them.
        let all_caps = !unit.text.chars().any(char::is_lowercase);
        let title = if all_caps {
            let body: Vec<&str> = draft
                .units
                .iter()
                .filter(|u| matches!(u.kind, UnitKind::Sentence | UnitKind::ListItem))
                .map(|u| u.text.as_str())
                .collect();
            names_capitalised(&title, &body)
        } else {
            title
        };
        let unit = &draft.units[i];
        let (before, source) = (unit.text.clone(), unit.source);
        if !title.is_empty() {
            draft.record(
                Stage::Cleanup,
                RULE_SUBJECT_TO_TITLE,
                before.clone(),
                title.clone(),
                source,
            );
            draft.title = Some(title);
        }
        for reference in references {
            let known = draft.details.iter().any(|d| d.contains(reference.as_str()));
            if !known {
                let line = format!("Reference: {reference}");
                draft.record(
                    Stage::Cleanup,
                    RULE_REFERENCE_TO_DETAILS,
                    reference.clone(),
                    line.clone(),
                    source,
                );
                draft.details.push(line);
            }
        }
        if draft.title.is_none() {
            // Nothing left of the subject but references: keep the heading as it is.
            letterheads.retain(|&l| l != i);
        } else {
            letterheads.push(i);
        }
    }
    letterheads.sort_unstable();
    for i in letterheads.into_iter().rev() {
        if i < draft.units.len() {
            draft.units.remove(i);
        }
    }
}

/// Labels that may stand before a reference in a subject line.
const REFERENCE_LABELS: [&str; 9] = [
    "reference number",
    "reference no.",
    "reference no",
    "reference",
    "our ref",
    "your ref",
    "ref no",
    "ref.",
    "ref",
];

/// The subject line made plain: labels ("Re:") and references out, stock phrases plainer,
/// sentence case. Returns the title and the references taken out of it.
/// `title` (from a subject written in capitals, now in sentence case) with its names
/// capitalised again: a word the body writes only with a capital, and not only at the
/// start of a sentence ("summons to appear before thornwick magistrates' court" ->
/// "... before Thornwick Magistrates' Court").
fn names_capitalised(title: &str, body: &[&str]) -> String {
    let mut capitalised: HashSet<String> = HashSet::new();
    let mut lower: HashSet<String> = HashSet::new();
    for text in body {
        let mut first = true;
        for word in text.split_whitespace() {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            if bare.starts_with(char::is_uppercase) {
                if !first {
                    capitalised.insert(bare.to_lowercase());
                }
            } else if bare.starts_with(char::is_lowercase) {
                lower.insert(bare.to_string());
            }
            first = word.ends_with(['.', '!', '?', ':']);
        }
    }
    let mut out = String::with_capacity(title.len());
    for (k, piece) in title.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let bare = piece.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        if bare.len() > 1
            && bare.starts_with(char::is_lowercase)
            && capitalised.contains(bare)
            && !lower.contains(bare)
        {
            out.push_str(&capitalise_first_letter(piece));
        } else {
            out.push_str(piece);
        }
    }
    out
}

/// `word` with its first letter (not its first character: "'thornwick" has a quote) in
/// capitals.
fn capitalise_first_letter(word: &str) -> String {
    match word.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((at, c)) => format!(
            "{}{}{}",
            &word[..at],
            c.to_uppercase(),
            &word[at + c.len_utf8()..]
        ),
        None => word.to_string(),
    }
}

fn plain_title(subject: &str, known: &[&str]) -> (String, Vec<String>) {
    let lex = lexicon();
    let mut title = subject.trim().to_string();
    loop {
        let cut = lex
            .title_prefix
            .iter()
            .find_map(|p| starts_with_phrase(&title, p));
        match cut {
            Some(end) if end < title.len() => title = title[end..].trim_start().to_string(),
            _ => break,
        }
    }
    let mut references = Vec::new();
    let facts = find_facts(&title);
    for fact in facts.iter().rev() {
        if fact.kind != FactKind::Reference {
            continue;
        }
        let (start, mut end) = (fact.span.start, fact.span.end);
        let Some(written) = title.get(start..end) else {
            continue;
        };
        let written = strip_label_front(written).to_string();
        let Some(lead) = title.get(..start) else {
            continue;
        };
        let labelled = strip_label_back(lead).len() != lead.len();
        // A code inside the wording ("your flu and COVID-19 vaccinations") is part of the
        // subject: only a reference at the end, or after a label, moves.
        let after = title[end..].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ')' | '.' | ',' | '-' | '\u{2013}' | '\u{2014}')
        });
        if !after.is_empty() && !labelled && !lead.trim().is_empty() {
            continue;
        }
        let lead = strip_label_back(lead);
        let mut cut_from = lead.len();
        if lead.ends_with('(') && title.get(end..).is_some_and(|s| s.starts_with(')')) {
            cut_from -= 1;
            end += 1;
        }
        let cut_from = title[..cut_from]
            .trim_end_matches([' ', '-', '\u{2013}', '\u{2014}', ',', ':', '|', '/'])
            .len();
        title.replace_range(cut_from..end, "");
        references.insert(0, written);
    }
    let mut title = sentence_case(&title, known);
    for (phrase, plain) in &lex.title_phrase {
        let mut from = 0;
        while let Some((a, b)) = find_phrase(&title, phrase, from, Case::Any) {
            title.replace_range(a..b, plain);
            from = a + plain.len();
        }
    }
    let title = title
        .trim_matches([' ', '-', '\u{2013}', '\u{2014}', ',', ':', '|'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (capitalise_first(&title), references)
}

/// A reference as written, without a label in front ("Reference CSP/1" -> "CSP/1").
fn strip_label_front(text: &str) -> &str {
    for label in REFERENCE_LABELS {
        if let Some(end) = starts_with_phrase(text, label) {
            return text[end..].trim_start_matches([' ', ':', '.']).trim_start();
        }
    }
    text
}

/// Text before a reference without a label at its end ("... - Reference " -> "... -").
fn strip_label_back(text: &str) -> &str {
    let trimmed = text.trim_end_matches([' ', ':', '.']);
    let lower = trimmed.to_ascii_lowercase();
    for label in REFERENCE_LABELS {
        let label = label.trim_end_matches('.');
        if lower.ends_with(label) {
            let at = trimmed.len() - label.len();
            if trimmed.is_char_boundary(at) && at_word_start(trimmed, at) {
                return &trimmed[..at];
            }
        }
    }
    text
}

/// The title in sentence case: words in Title Case become lower case, except the first,
/// names (people, organisations, places), acronyms and the `keep-case` names; a title all
/// in capitals is lowered too.
fn sentence_case(title: &str, known: &[&str]) -> String {
    let all_caps = title.chars().any(char::is_uppercase) && !title.chars().any(char::is_lowercase);
    let lowered_caps = if all_caps {
        // Lower it all, then give dates back their capitals ("6 April 2026").
        let lowered = title.to_lowercase();
        let mut out = capitalise_first(&lowered);
        for fact in find_facts(&out) {
            if fact.kind == FactKind::Date {
                let words: String = fact
                    .text
                    .split(' ')
                    .map(capitalise_first)
                    .collect::<Vec<_>>()
                    .join(" ");
                if words.len() == fact.text.len() {
                    out.replace_range(fact.span.start..fact.span.end, &words);
                }
            }
        }
        out
    } else {
        title.to_string()
    };
    let title = lowered_caps.as_str();
    let mut protected: Vec<(usize, usize)> = find_facts(title)
        .iter()
        .filter(|f| f.kind != FactKind::Quantity)
        .map(|f| (f.span.start, f.span.end))
        .collect();
    protected.extend(known_names(title, known));
    protected.extend(proper_words(title, known));
    let mut keep: Vec<(usize, usize, &str)> = Vec::new();
    for (phrase, written) in &lexicon().keep_case {
        let mut from = 0;
        while let Some((a, b)) = find_phrase(title, phrase, from, Case::Any) {
            if !keep.iter().any(|&(s, e, _)| s < b && a < e) {
                keep.push((a, b, written.as_str()));
            }
            from = b;
        }
    }
    keep.sort_unstable();
    let mut out = String::with_capacity(title.len());
    let mut at = 0;
    let mut first = true;
    while at < title.len() {
        if let Some(&(_, end, written)) = keep.iter().find(|k| k.0 == at) {
            out.push_str(if written.is_empty() {
                &title[at..end]
            } else {
                written
            });
            at = end;
            first = false;
            continue;
        }
        let rest = &title[at..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() || !c.is_alphanumeric() {
            out.push(c);
            at += c.len_utf8();
            continue;
        }
        let len = rest
            .find(|ch: char| {
                ch.is_whitespace()
                    || (!ch.is_alphanumeric() && ch != '\'' && ch != '\u{2019}' && ch != '-')
            })
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let in_name = protected.iter().any(|&(s, e)| s < at + len && at < e);
        let lowered = if in_name || word == "I" {
            word.to_string()
        } else if !first && is_title_case(word) {
            word.to_lowercase()
        } else {
            word.to_string()
        };
        out.push_str(&lowered);
        at += len;
        first = false;
    }
    out
}

/// Runs of two or more capitalised words of the title that are written the same way in
/// one of the `known` lines (the From block, addresses): names such as "BrightPath Home Care".
fn known_names(title: &str, known: &[&str]) -> Vec<(usize, usize)> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for word in title.split(' ') {
        words.push((at, at + word.len()));
        at += word.len() + 1;
    }
    let capital = |&(s, e): &(usize, usize)| {
        title
            .get(s..e)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !capital(&words[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < words.len() && capital(&words[j + 1]) {
            j += 1;
        }
        // The longest run from i that a known line holds.
        let mut end = j;
        while end > i {
            let (s, e) = (words[i].0, words[end].1);
            let run = title.get(s..e).unwrap_or("");
            if known.iter().any(|k| k.contains(run)) {
                out.push((s, e));
                break;
            }
            end -= 1;
        }
        i = end.max(i) + 1;
    }
    out
}

/// Words of the title that are names by their shape, not by a list:
/// - a law with its year: the Title Case words before "Act 2005" or "Regulations 2014",
///   with the small words between them ("the Mental Capacity Act 2005", "the Housing
///   Grants, Construction and Regeneration Act 1996");
/// - a word before a code ("Schedule A1", "Form COP5");
/// - a rare word that a `known` line (address, From block) writes with a capital: a place
///   such as "Harbury". Common words ("Care", "Review") are not taken from addresses.
fn proper_words(title: &str, known: &[&str]) -> Vec<(usize, usize)> {
    let separator = |c: char| c.is_whitespace() || c == ',';
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (at, c) in title
        .char_indices()
        .chain(std::iter::once((title.len(), ' ')))
    {
        match (separator(c), start) {
            (true, Some(s)) => {
                words.push((s, &title[s..at]));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let code = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(|c| c.is_ascii_uppercase())
    };
    let mut out = Vec::new();
    for (i, &(start, word)) in words.iter().enumerate() {
        let next = words.get(i + 1).map_or("", |w| w.1);
        if matches!(word, "Act" | "Regulations") && year(next) {
            let mut first = i;
            let mut m = i;
            while m > 0 {
                let w = words[m - 1].1;
                if capital(w) && is_title_case(w) {
                    first = m - 1;
                } else if !matches!(w, "and" | "of" | "for" | "the" | "to" | "in" | "on") {
                    break;
                }
                m -= 1;
            }
            out.push((words[first].0, start + word.len()));
            continue;
        }
        let before_code = code(next);
        let rare_known = i > 0
            && !crate::lexicon::frequency::is_common(word, 3.0)
            && known.iter().any(|line| {
                line.split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .any(|w| w == word)
            });
        if is_title_case(word) && (before_code || rare_known) {
            out.push((start, start + word.len()));
        }
    }
    out
}

/// A word in Title Case: a capital, then only lower case.
fn is_title_case(word: &str) -> bool {
    // "W4", "B12": a code, not a word in title case.
    if word.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::{Unit, UnitKind};

    fn unit(kind: UnitKind, text: &str) -> Unit {
        Unit {
            kind,
            text: text.to_string(),
            strong: Vec::new(),
            list: None,
            source: Source::default(),
        }
    }

    fn sentences(texts: &[&str]) -> Draft {
        Draft {
            units: texts.iter().map(|t| unit(UnitKind::Sentence, t)).collect(),
            ..Draft::default()
        }
    }

    fn texts(draft: &Draft) -> Vec<&str> {
        draft.units.iter().map(|u| u.text.as_str()).collect()
    }

    #[test]
    fn openings_of_sentences_made_by_the_split_stage_are_cut_too() {
        let mut draft = sentences(&[
            "It should be noted that this figure is 38% of the cost.",
            "We would strongly encourage you to take up this invitation.",
            "I refer to your application for travel help.",
        ]);
        cut_new_openings(&mut draft);
        assert_eq!(
            texts(&draft),
            [
                "This figure is 38% of the cost.",
                "Please take up this invitation.",
                "This is about your application for travel help.",
            ]
        );
        assert_eq!(draft.changes.len(), 3);
    }

    #[test]
    fn a_second_that_with_a_comma_after_it_goes_with_the_opening() {
        assert_eq!(
            cut_opening_at_start(
                "Please be aware that this protection will not be available, and that, if no claim is received, your benefits will stop."
            )
            .as_deref(),
            Some("This protection will not be available, and if no claim is received, your benefits will stop.")
        );
    }

    #[test]
    fn a_thing_told_after_a_cut_opening_keeps_a_verb() {
        assert_eq!(
            cut_opening_at_start(
                "I am writing to let you know the results of that screening, which have now been examined."
            )
            .as_deref(),
            Some("This letter tells you the results of that screening, which have now been examined.")
        );
        // A clause after the opening needs no lead.
        assert_eq!(
            cut_opening_at_start("I am writing to let you know we have moved your appointment.")
                .as_deref(),
            Some("We have moved your appointment.")
        );
        // A question word needs one too: "What you can do if you disagree." has no verb of
        // its own.
        assert_eq!(
            cut_opening_at_start("I am writing to let you know what you can do if you disagree.")
                .as_deref(),
            Some("This letter tells you what you can do if you disagree.")
        );
    }

    #[test]
    fn names_in_a_subject_in_capitals_keep_their_capitals() {
        let body = [
            "A summons has been issued by Thornwick Magistrates' Court.",
            "The Court may refuse, and the summons will be withdrawn.",
        ];
        assert_eq!(
            names_capitalised(
                "Council Tax – summons to appear before thornwick magistrates' court",
                &body
            ),
            "Council Tax – summons to appear before Thornwick Magistrates' Court"
        );
        // A word the body also writes in lower case, or only at a sentence start, stays.
        assert_eq!(
            names_capitalised(
                "Summons issued",
                &["Summons issued today.", "Your summons."]
            ),
            "Summons issued"
        );
    }

    #[test]
    fn reminders_records_and_notices_lose_their_openings() {
        let mut draft = sentences(&[
            "As a reminder, your pass allows free travel on local buses.",
            "According to our records, you are able to get a free flu vaccination.",
            "This letter gives you notice that the rent will change from Monday 6 April 2026.",
            "This is to tell you that the practice will close on Tuesday 30 June 2026.",
        ]);
        cut_new_openings(&mut draft);
        assert_eq!(
            texts(&draft),
            [
                "Your pass allows free travel on local buses.",
                "You are able to get a free flu vaccination.",
                "The rent will change from Monday 6 April 2026.",
                "The practice will close on Tuesday 30 June 2026.",
            ]
        );
    }

    #[test]
    fn the_lexicon_has_enough_phrases() {
        let lex = lexicon();
        let n = lex.padding.len() + lex.opening.len() + lex.closing.len() + lex.filler.len();
        assert!(n >= 60, "{n}");
    }

    #[test]
    fn padding_and_openings() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Please do not hesitate to contact us if you have any questions.",
                None,
            ),
            ("I hope this letter is helpful.", None),
            ("Thank you for your cooperation.", None),
            ("Thank you for your cooperation in this matter.", None),
            (
                "If you have any questions about this letter, please do not hesitate to contact us.",
                None,
            ),
            (
                "Please do not hesitate to contact me on 0117 496 0321.",
                Some("You can contact me on 0117 496 0321."),
            ),
            (
                "Should you have any queries, please do not hesitate to telephone us on 0113 222 4040.",
                Some("Should you have any queries, you can phone us on 0113 222 4040."),
            ),
            (
                "If your needs change, please do not hesitate to let us know.",
                Some("If your needs change, please tell us."),
            ),
            ("Please do not hesitate to telephone me.", None),
            (
                "If you are unable to attend, please do not hesitate to contact us.",
                Some("If you are unable to attend, you can contact us."),
            ),
            (
                "We look forward to meeting you on 5 March 2026.",
                Some("We look forward to meeting you on 5 March 2026."),
            ),
            (
                "I am writing to inform you that your review is due.",
                Some("Your review is due."),
            ),
            (
                "I am delighted to inform you that, following your assessment, a place has been found.",
                Some("Following your assessment, a place has been found."),
            ),
            (
                "Further to our recent telephone conversation, I can confirm the visit.",
                Some("I can confirm the visit."),
            ),
            (
                "Please find enclosed a copy of your care plan.",
                Some("We have sent you a copy of your care plan."),
            ),
            (
                "I am pleased to be able to offer you a permanent placement at the home set out below.",
                Some("I can offer you a permanent placement at the home set out below."),
            ),
            (
                "It should be emphasised, however, that your care and support services will not be withdrawn.",
                Some("However, your care and support services will not be withdrawn."),
            ),
            (
                "It should be stressed that your care and support services will not be withdrawn.",
                Some("Your care and support services will not be withdrawn."),
            ),
            (
                "Accordingly, we are required to advise you that, if you fail to attend this appointment, a reduction may be applied.",
                Some("Accordingly, if you fail to attend this appointment, a reduction may be applied."),
            ),
            (
                "I am pleased to say that your care will continue.",
                Some("Your care will continue."),
            ),
            (
                "I write with regard to your application for a Blue Badge.",
                Some("This letter is about your application for a Blue Badge."),
            ),
            (
                "Please note that the office is closed on 25 December 2025.",
                Some("The office is closed on 25 December 2025."),
            ),
            // Not an opening: the phrase is followed by a fact, not a comma.
            (
                "Further to your enquiry dated 17 January 2026, I enclose information.",
                Some("Further to your enquiry dated 17 January 2026, I enclose information."),
            ),
            (
                "Please note that some services are chargeable and that a financial assessment may be required.",
                Some("Some services are chargeable and a financial assessment may be required."),
            ),
            // Nothing after the opening: kept.
            ("Please note.", Some("Please note.")),
            (
                "Your review is on Thursday 5 March 2026.",
                Some("Your review is on Thursday 5 March 2026."),
            ),
        ];
        for (input, expected) in cases {
            let mut draft = sentences(&[input]);
            run(&mut draft);
            let got = draft.units.first().map(|u| u.text.as_str());
            assert_eq!(got, *expected, "input: {input}");
        }
    }

    #[test]
    fn an_aside_after_a_cut_opening_leaves_no_hanging_that() {
        let cases = [
            (
                "I am writing to inform you, as your mother's named next of kin, that an outbreak of norovirus was confirmed within the home on 6 March 2026.",
                "You are your mother's named next of kin, so I am telling you that an outbreak of norovirus was confirmed within the home on 6 March 2026.",
            ),
            (
                "I am writing to inform you, as agreed at the meeting, that the centre will close on 1 May 2026.",
                "As agreed at the meeting, the centre will close on 1 May 2026.",
            ),
        ];
        for (input, expected) in cases {
            let mut draft = sentences(&[input]);
            run(&mut draft);
            assert_eq!(texts(&draft), [expected], "input: {input}");
        }
        // No comma after the opening: ", that is" belongs to the rest, which stays whole.
        let mut draft = sentences(&["In reaching this decision we looked at your medical evidence, that is the letter from your doctor."]);
        run(&mut draft);
        assert_eq!(
            texts(&draft),
            ["We looked at your medical evidence, that is the letter from your doctor."]
        );
    }

    #[test]
    fn openings_after_a_fronted_phrase_are_cut_too() {
        let cases = [
            (
                "Further to your application received on 2 March 2026, I am pleased to inform you that your application for a Blue Badge has been approved.",
                "Further to your application received on 2 March 2026, your application for a Blue Badge has been approved.",
            ),
            (
                "Following the referral made by your occupational therapist, Ms Funmilayo Ajayi, I am pleased to confirm that you are eligible and that an appointment has been arranged.",
                "Following the referral made by your occupational therapist, Ms Funmilayo Ajayi, you are eligible and an appointment has been arranged.",
            ),
            (
                "Following the meeting held on the ward on Friday 6 March, I am writing to confirm the arrangements which have been agreed.",
                "Following the meeting held on the ward on Friday 6 March, this letter confirms the arrangements which have been agreed.",
            ),
            (
                "We regret to inform you that your appointment has had to be cancelled.",
                "We are sorry but your appointment has had to be cancelled.",
            ),
            (
                "I am therefore pleased to confirm that Mr Siddiqui is eligible for NHS Continuing Healthcare.",
                "Mr Siddiqui is eligible for NHS Continuing Healthcare.",
            ),
            (
                "If you receive Housing Benefit, please be aware that the rent is normally eligible to be included, but that the support charge is not.",
                "If you receive Housing Benefit, the rent is normally eligible to be included, but the support charge is not.",
            ),
        ];
        for (input, expected) in cases {
            let mut draft = sentences(&[input]);
            run(&mut draft);
            assert_eq!(texts(&draft), [expected], "input: {input}");
            assert!(draft.changes.iter().any(|c| c.rule == RULE_CUT_OPENING));
        }
        // After "Having ...", the opening says who did it: kept.
        let input = "Having considered the information you provided, I can confirm that you have eligible needs.";
        let mut draft = sentences(&[input]);
        run(&mut draft);
        assert_eq!(texts(&draft), [input]);
        // A comma inside the rest of a sentence is not an opening.
        let mut draft = sentences(&["Your review, as agreed, will take place at home."]);
        run(&mut draft);
        assert_eq!(
            texts(&draft),
            ["Your review, as agreed, will take place at home."]
        );
    }

    #[test]
    fn a_sentence_with_a_phone_number_is_never_dropped() {
        let mut draft = sentences(&[
            "Please do not hesitate to contact us.",
            "If you have any questions, please call 0117 496 0321.",
            "Thank you for your cooperation, Mr Clarke.",
        ]);
        run(&mut draft);
        assert_eq!(
            texts(&draft),
            [
                "If you have any questions, please call 0117 496 0321.",
                "Thank you for your cooperation, Mr Clarke."
            ]
        );
        assert_eq!(draft.changes.len(), 1);
        assert_eq!(draft.changes[0].rule, RULE_DROP_PADDING);
        assert_eq!(draft.changes[0].after, "");
    }

    #[test]
    fn subject_becomes_title_and_reference_moves_to_details() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "Annual Review of your Care and Support Plan - Reference CSP/2025/40219",
                "Annual review of your care and support plan",
                &["Reference: CSP/2025/40219"],
            ),
            (
                "Re: Your complaint about the home care services provided to your father, Mr Abdul Rahman",
                "Your complaint about the home care services provided to your father, Mr Abdul Rahman",
                &[],
            ),
            (
                "COUNCIL TAX REMINDER NOTICE – FIRST REMINDER",
                "Council Tax reminder – first reminder",
                &[],
            ),
            (
                "Housing Benefit and Council Tax Reduction – Notification of Decision",
                "Housing Benefit and Council Tax Reduction – our decision",
                &[],
            ),
            ("Your Blue Badge application", "Your Blue Badge application", &[]),
            (
                "Invitation to receive your flu and COVID-19 vaccinations",
                "Invitation to receive your flu and COVID-19 vaccinations",
                &[],
            ),
            (
                "Residents' Parking Permit – Zone W4",
                "Residents' parking permit – Zone W4",
                &[],
            ),
            (
                "NOTICE OF ANNUAL FEE REVIEW – WEEKLY FEES FROM 6 APRIL 2026",
                "Notice of annual fee review – weekly fees from 6 April 2026",
                &[],
            ),
            (
                "Your home care is moving to BrightPath Home Care",
                "Your home care is moving to BrightPath Home Care",
                &[],
            ),
            ("2026/27", "2026/27", &[]),
            // Names by their shape: a law with its year, a word before a code, a rare
            // word that an address writes with a capital ("Harbury", from the known lines).
            (
                "Re: Standard Authorisation under Schedule A1 of the Mental Capacity Act 2005",
                "Standard authorisation under Schedule A1 of the Mental Capacity Act 2005",
                &[],
            ),
            (
                "Application for a Grant under the Housing Grants, Construction and Regeneration Act 1996",
                "Application for a grant under the Housing Grants, Construction and Regeneration Act 1996",
                &[],
            ),
            (
                "Application for a Grant – 8 Kingfisher Walk, Harbury",
                "Application for a grant – 8 Kingfisher Walk, Harbury",
                &[],
            ),
            (
                "Changes to your Care in Harbury",
                "Changes to your care in Harbury",
                &[],
            ),
            (
                "Offer of a Day Opportunities Placement",
                "Offer of a day opportunities placement",
                &[],
            ),
        ];
        for (subject, title, details) in cases {
            let mut draft = sentences(&["Your review is due."]);
            draft.units.insert(0, unit(UnitKind::Heading(1), subject));
            draft.from = vec!["BrightPath Home Care Ltd".into()];
            draft.addresses = vec![vec!["12 Mill Lane".into(), "Harbury".into()]];
            run(&mut draft);
            assert_eq!(draft.title.as_deref(), Some(*title), "subject: {subject}");
            assert_eq!(draft.details, *details, "subject: {subject}");
            assert_eq!(texts(&draft), ["Your review is due."]);
            assert!(draft
                .changes
                .iter()
                .any(|c| c.rule == RULE_SUBJECT_TO_TITLE));
        }
    }

    #[test]
    fn letterhead_joins_from_and_the_next_heading_is_the_subject() {
        let mut draft = sentences(&["Each year we check what you pay."]);
        draft
            .units
            .insert(0, unit(UnitKind::Heading(1), "Wexdale Borough Council"));
        draft.units.insert(
            1,
            unit(
                UnitKind::Heading(2),
                "Changes to your contribution from April 2026",
            ),
        );
        draft
            .units
            .push(unit(UnitKind::Heading(2), "What is changing"));
        draft.sign_off = vec!["Yours sincerely,".into(), "Sunita Rao".into()];
        run(&mut draft);
        assert_eq!(
            draft.title.as_deref(),
            Some("Changes to your contribution from April 2026")
        );
        assert_eq!(draft.from, ["Sunita Rao", "Wexdale Borough Council"]);
        assert_eq!(
            texts(&draft),
            ["Each year we check what you pay.", "What is changing"]
        );
    }

    #[test]
    fn a_heading_after_the_body_is_not_the_subject() {
        let mut draft = sentences(&["Your review is due."]);
        draft
            .units
            .push(unit(UnitKind::Heading(1), "What happens next"));
        run(&mut draft);
        assert_eq!(draft.title, None);
        assert_eq!(draft.units.len(), 2);
    }

    #[test]
    fn enclosures_and_copies_move_to_the_details() {
        let mut draft = sentences(&["Your review is due."]);
        let mut enc = unit(UnitKind::Sentence, "Enc.");
        enc.source.block = Some(7);
        let mut rest = unit(
            UnitKind::Sentence,
            "Standard Authorisation (Form 5); Assessments cc: Dr. T. Okafor, Harbour View Surgery",
        );
        rest.source.block = Some(7);
        let mut copy = unit(UnitKind::Sentence, "Copy to: Mrs F. Oyelaran");
        copy.source.block = Some(8);
        // Not labels: "Enclosures are ..." has no "." or ":" after the word.
        let mut sentence = unit(UnitKind::Sentence, "Enclosures are listed below.");
        sentence.source.block = Some(9);
        draft.units.extend([enc, rest, copy, sentence]);
        run(&mut draft);
        assert_eq!(
            draft.details,
            [
                "Sent with this letter: Standard Authorisation (Form 5); Assessments",
                "Copy sent to: Dr. T. Okafor, Harbour View Surgery",
                "Copy sent to: Mrs F. Oyelaran",
            ]
        );
        assert_eq!(
            texts(&draft),
            ["Your review is due.", "Enclosures are listed below."]
        );
        assert_eq!(
            draft
                .changes
                .iter()
                .filter(|c| c.rule == RULE_ENCLOSURES_TO_DETAILS)
                .count(),
            2
        );
    }

    #[test]
    fn list_items_lose_the_joining_semicolon_but_not_or() {
        let mut draft = sentences(&["Before we pay, you have to:"]);
        for item in [
            "sign and return both copies;",
            "activate your card; and",
            "pay by Direct Debit; or",
            "give us a copy of the certificate.",
        ] {
            draft.units.push(unit(UnitKind::ListItem, item));
        }
        run(&mut draft);
        assert_eq!(
            texts(&draft)[1..],
            [
                "sign and return both copies",
                "activate your card",
                "pay by Direct Debit; or",
                "give us a copy of the certificate."
            ]
        );
    }

    #[test]
    fn reassurances_and_confirmations_are_openings_to_cut() {
        for (text, want) in [
            (
                "I am writing to inform you of the Council's decision, which has been reached.",
                "This letter is about the Council's decision, which has been reached.",
            ),
            (
                "We would like to reassure you that the amount of care you get will not change.",
                "The amount of care you get will not change.",
            ),
            (
                "You should also be aware that you must tell us about changes.",
                "You must tell us about changes.",
            ),
            (
                "We can confirm that your badge has been posted.",
                "Your badge has been posted.",
            ),
            (
                "In reaching this decision, the decision maker has counted your claim form.",
                "The decision maker has counted your claim form.",
            ),
        ] {
            assert_eq!(cut_opening(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn an_opening_after_a_fronted_phrase_keeps_the_sentence_whole() {
        let text = "Further to our letter of 14 April 2026, I am writing to inform you of the outcome of the audit of your account.";
        assert_eq!(
            cut_opening(text).as_deref(),
            Some("Further to our letter of 14 April 2026, this letter is about the outcome of the audit of your account.")
        );
    }

    #[test]
    fn a_replaced_opening_before_a_comma_leaves_no_space_before_it() {
        let text = "I regret to inform you that, on the basis of the test of resources, a grant cannot be approved.";
        let got = cut_opening(text).expect("the opening is cut");
        assert!(got.starts_with("I am sorry but, on the basis"), "{got}");
        assert!(!got.contains(" ,"), "{got}");
    }

    #[test]
    fn sign_off_becomes_from_with_contacts_in_details() {
        let mut draft = sentences(&[]);
        draft.details = vec!["Our ref: COMP/ASC/25/1187".into()];
        draft.sign_off = [
            "Yours sincerely,",
            "Dr. Helen Adeyemi-Ward",
            "Complaints and Customer Feedback Manager",
            "Adult Social Care and Health",
            "Tel: 01632 960417",
            "Email: complaints@kingsmere.gov.example",
        ]
        .map(String::from)
        .to_vec();
        run(&mut draft);
        assert_eq!(
            draft.from,
            [
                "Dr. Helen Adeyemi-Ward",
                "Complaints and Customer Feedback Manager",
                "Adult Social Care and Health"
            ]
        );
        assert_eq!(
            draft.details,
            [
                "Our ref: COMP/ASC/25/1187",
                "Tel: 01632 960417",
                "Email: complaints@kingsmere.gov.example"
            ]
        );
        assert!(draft.sign_off.is_empty());
        let rules: Vec<&str> = draft.changes.iter().map(|c| c.rule.as_str()).collect();
        assert!(rules.contains(&RULE_SIGN_OFF_TO_FROM));
    }

    #[test]
    fn kind_regards_and_a_team_only_sign_off() {
        let mut draft = sentences(&[]);
        draft.sign_off = ["Kind regards,", "Financial Assessment and Benefits Team"]
            .map(String::from)
            .to_vec();
        run(&mut draft);
        assert_eq!(draft.from, ["Financial Assessment and Benefits Team"]);
    }

    #[test]
    fn matching_is_whole_word_and_apostrophe_tolerant() {
        assert_eq!(
            find_phrase(
                "Please don\u{2019}t hesitate to contact us",
                "please don't hesitate",
                0,
                Case::Any
            ),
            Some((0, 23))
        );
        assert_eq!(find_phrase("Usually", "us", 0, Case::Any), None);
        assert_eq!(find_phrase("café us", "us", 0, Case::Any), Some((6, 8)));
    }

    proptest::proptest! {
        #[test]
        fn run_never_panics(text in "\\PC{0,200}", subject in "\\PC{0,80}") {
            let mut draft = sentences(&[&text]);
            draft.units.insert(0, unit(UnitKind::Heading(1), &subject));
            draft.sign_off = vec!["Yours sincerely,".into(), text.clone()];
            run(&mut draft);
        }

        #[test]
        fn run_never_panics_on_letter_words(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "please", "do", "not", "hesitate", "to", "contact", "us", "I", "am",
                    "writing", "inform", "you", "that", ",", ".", "’", "Reference",
                    "CSP/2025/40219", "0117 496 0321", "é", "Re:", "the", "Council", "-",
                ]),
                0..30,
            )
        ) {
            let text = words.join(" ");
            let mut draft = sentences(&[&text]);
            draft.units.insert(0, unit(UnitKind::Heading(1), &text));
            run(&mut draft);
        }
    }
}
