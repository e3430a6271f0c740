//! Short forms written in full: contractions ("can't" -> "cannot") and abbreviations and
//! initials ("e.g." -> "for example", "GP" -> "doctor").

use super::tokens::{all_caps, capitalise, capitalised, starts_sentence, Token};
use super::{push_edit, Ctx, Edit, ABBREVIATION, CONTRACTION};

/// Words in an expansion that name an organisation, which takes "the" ("contact DWP" ->
/// "contact the Department for Work and Pensions").
const ORGANISATION_WORDS: &[&str] = &[
    "Department",
    "Service",
    "Commission",
    "Board",
    "Group",
    "Team",
    "Association",
    "Ombudsman",
    "Office",
];

/// Words before an expansion that already take the place of "the".
const NO_THE_AFTER: &[&str] = &[
    "the", "a", "an", "your", "our", "their", "his", "her", "my", "its", "this", "that", "any",
    "no", "each", "every",
];

/// Contractions written in full. A possessive ("the Council's") is not in the list and is
/// left alone; "it's been" is "it has been".
pub(crate) fn contractions(ctx: &mut Ctx, edits: &mut Vec<Edit>) {
    let t = ctx.tables;
    for i in 0..ctx.tokens.len() {
        let tok = &ctx.tokens[i];
        if !tok.lower.contains('\'') || !ctx.free(tok.start, tok.end, false) {
            continue;
        }
        let Some(full) = t.contractions.get(&tok.lower) else {
            continue;
        };
        let next = ctx.next(i);
        let mut full = full.clone();
        if tok.lower.ends_with("'s") && matches!(next, Some("been" | "got")) {
            full = full.replace(" is", " has");
        }
        if tok.lower.ends_with("'d") && matches!(next, Some("been" | "better" | "already")) {
            full = full.replace(" would", " had");
        }
        let word = ctx.word(i);
        let full = if all_caps(word) {
            full.to_uppercase()
        } else if capitalised(word) {
            capitalise(&full)
        } else {
            full
        };
        let (start, end) = (tok.start, tok.end);
        push_edit(ctx, edits, start, end, full, CONTRACTION);
    }
}

/// Abbreviations and initials written in full, outside facts. Capital rows ("GP") match
/// only in capitals and not in a line written all in capitals; lower-case rows ("e.g.")
/// match in any case. "No." is expanded only before a number.
pub(crate) fn abbreviations(ctx: &mut Ctx, edits: &mut Vec<Edit>) {
    let t = ctx.tables;
    let text = ctx.text;
    let shouting = {
        let letters = text.chars().filter(|c| c.is_alphabetic());
        let upper = letters.clone().filter(|c| c.is_uppercase()).count();
        let all = letters.count();
        all > 6 && upper * 10 > all * 6
    };
    let mut prev_char: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        let before = prev_char;
        prev_char = Some(c);
        if i < skip_to {
            continue;
        }
        if !c.is_alphabetic()
            || before.is_some_and(|b| {
                b.is_alphanumeric()
                    || matches!(b, '/' | '-' | '@' | '_' | '.' | '&' | '\'' | '\u{2019}')
            })
        {
            continue;
        }
        let Some(list) = t.abbreviations.get(&c.to_ascii_lowercase()) else {
            continue;
        };
        for abbr in list {
            let end = i + abbr.short.len();
            let Some(found) = text.get(i..end) else {
                continue;
            };
            let same = if abbr.exact {
                found == abbr.short
            } else {
                found.eq_ignore_ascii_case(&abbr.short)
            };
            if !same || abbr.exact && shouting || !ctx.free(i, end, true) {
                continue;
            }
            let rest = &text[end..];
            let mut after = rest.chars();
            let next = after.next();
            let next2 = after.next();
            // A whole word: not "GPS" for "GP", not "CSP/2025" or "e-mail".
            let joined_on = next.is_some_and(|n| {
                n.is_alphanumeric()
                    || matches!(n, '/' | '@' | '_' | '&')
                    || matches!(n, '-' | '.') && next2.is_some_and(char::is_alphanumeric)
            });
            if joined_on {
                continue;
            }
            let next_word = rest
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next();
            let prev_tok = ctx
                .tokens
                .iter()
                .rev()
                .find(|t| t.end <= i)
                .filter(|t| text[t.end..i].chars().all(char::is_whitespace));
            let prev_capital = prev_tok
                .is_some_and(|t| capitalised(&text[t.start..t.end]) && !starts_sentence(text, t));
            let number_sign = matches!(abbr.short.as_str(), "no." | "nos.");
            // "No. 5", but not "say no." nor an address ("Flat No. 5").
            if number_sign
                && (!rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) || prev_capital)
            {
                continue;
            }
            // "the Department for Work and Pensions (DWP)": the initials say it again. So
            // do they after the letter's own words for the thing ("the multidisciplinary
            // team (MDT)"): later uses are written in full, so the bracket adds nothing.
            if let Some(open) = text[..i].strip_suffix('(') {
                let said = open.trim_end().to_lowercase();
                let expansion = abbr.expansion.to_lowercase();
                let after_words = said.ends_with(|c: char| c.is_alphabetic());
                if rest.starts_with(')') && (said.ends_with(&expansion) || after_words) {
                    let start = open.trim_end().len();
                    if ctx.free(start, end + 1, true) {
                        ctx.claim(start, end + 1);
                        edits.push(Edit {
                            start,
                            end: end + 1,
                            after: String::new(),
                            rule: ABBREVIATION,
                        });
                        skip_to = end + 1;
                        break;
                    }
                }
            }
            // "MRI scan" stays: "scan scan" says nothing.
            let last_word = abbr.expansion.rsplit(' ').next().unwrap_or_default();
            if next_word.is_some_and(|w| w.eq_ignore_ascii_case(last_word)) {
                continue;
            }
            let fake = Token {
                start: i,
                end,
                lower: String::new(),
            };
            let mut expansion = abbr.expansion.clone();
            let prev_word = prev_tok.map(|t| t.lower.as_str());
            let names_organisation = expansion
                .split(' ')
                .any(|w| ORGANISATION_WORDS.contains(&w));
            let modifier = next_word.is_some_and(|w| {
                !w.is_empty() && rest.starts_with(' ') && w.chars().all(char::is_alphabetic) && {
                    let w = w.to_lowercase();
                    !matches!(
                        w.as_str(),
                        "to" | "for"
                            | "about"
                            | "and"
                            | "or"
                            | "will"
                            | "has"
                            | "have"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "on"
                            | "in"
                            | "at"
                            | "by"
                            | "if"
                            | "can"
                            | "may"
                            | "says"
                            | "said"
                            | "with"
                            | "from"
                            | "of"
                            | "that"
                            | "who"
                            | "which"
                            | "should"
                            | "would"
                            | "could"
                            | "must"
                            | "might"
                            | "did"
                            | "does"
                            | "today"
                            | "now"
                            | "soon"
                            | "directly"
                            | "again"
                            | "first"
                            | "yourself"
                            | "back"
                            | "straight"
                            | "instead"
                            | "too"
                            | "also"
                    )
                }
            });
            if names_organisation
                && !modifier
                && !prev_capital
                && !prev_word.is_some_and(|w| NO_THE_AFTER.contains(&w))
            {
                expansion = format!("the {expansion}");
            }
            if starts_sentence(text, &fake) || !number_sign && !abbr.exact && capitalised(found) {
                expansion = capitalise(&expansion);
            }
            // "... and so on." keeps the full stop that ended the sentence.
            if abbr.short.ends_with('.') && rest.trim().is_empty() {
                expansion.push('.');
            }
            push_edit(ctx, edits, i, end, expansion, ABBREVIATION);
            skip_to = end;
            break;
        }
    }
}
