//! Numbers written as words that count things become digits: "five working days" -> "5
//! working days", "twenty-eight days" -> "28 days". "One" only before a noun it counts
//! ("one week"), never in "one of", "no one", "the one".

use super::data::tables;
use super::tokens::{capitalised, starts_sentence};
use super::{push_edit, Ctx, Edit, NUMBER_TO_DIGITS};

/// The value of a number word or hyphenated number ("twenty-eight"), if every part is one.
fn word_value(word: &str) -> Option<u64> {
    let numbers = &tables().numbers;
    let mut total: u64 = 0;
    for part in word.split('-') {
        total = total.checked_add(*numbers.get(part)?)?;
    }
    Some(total)
}

/// Digits, with thousands separated from 10,000 up.
fn digits(n: u64) -> String {
    let s = n.to_string();
    if n < 10_000 {
        return s;
    }
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Words after a number that show it does not count the next word.
const NOT_COUNTED: &[&str] = &["of", "o'clock", "another", "thing", "way"];

/// Rewrite numbers in words as digits.
pub(crate) fn numbers(ctx: &mut Ctx, edits: &mut Vec<Edit>) {
    let t = tables();
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if word_value(&ctx.tokens[i].lower).is_none() {
            i += 1;
            continue;
        }
        // Read "two hundred and fifty", "one thousand two hundred".
        let (mut total, mut current): (u64, u64) = (0, 0);
        let mut last = i;
        let mut k = i;
        while k < n {
            if k > i && ctx.prev(k).is_none() {
                break;
            }
            let lower = ctx.tokens[k].lower.as_str();
            if lower == "and" && k > i {
                let big_before = word_value(&ctx.tokens[k - 1].lower).is_some_and(|v| v >= 100);
                let number_after = ctx.next(k).and_then(word_value).is_some();
                if big_before && number_after {
                    k += 1;
                    continue;
                }
                break;
            }
            let Some(v) = word_value(lower) else { break };
            if v == 100 {
                current = current.max(1).saturating_mul(100);
            } else if v >= 1000 {
                total = total.saturating_add(current.max(1).saturating_mul(v));
                current = 0;
            } else {
                // "five six" is two numbers; so is "twenty thirty". "twenty five" is one.
                let tens = current % 100;
                if !(k == i || tens == 0 || tens >= 20 && tens % 10 == 0 && v < 10) {
                    break;
                }
                current += v;
            }
            last = k;
            k += 1;
        }
        let value = total.saturating_add(current);
        let first = &ctx.tokens[i];
        let (start, end) = (first.start, ctx.tokens[last].end);
        let prev = ctx.prev(i);
        let next = ctx.next(last);
        let single_one = last == i && first.lower == "one";
        let skip = !ctx.free(start, end, true)
            // A capital inside a sentence is a name: "Seven Oaks Road".
            || capitalised(ctx.word(i)) && !starts_sentence(ctx.text, first) && !ctx.heading
            // Only a number that counts the next word: "two forms", not "two of them".
            || next.is_none_or(|w| NOT_COUNTED.contains(&w) || !w.chars().all(char::is_alphabetic))
                && next.is_none_or(|w| word_value(w).is_none())
            // "one week", but not "one of", "no one", "the one you chose".
            || single_one
                && !next.is_some_and(|w| t.count_nouns.contains(w.trim_end_matches('s')))
            || single_one
                && prev.is_some_and(|p| {
                    matches!(p, "no" | "any" | "every" | "each" | "the" | "this" | "that" | "which" | "at")
                })
            // "a hundred", "a thousand" are rough amounts.
            || value >= 100 && last == i && matches!(prev, Some("a" | "an"));
        if !skip {
            push_edit(ctx, edits, start, end, digits(value), NUMBER_TO_DIGITS);
        }
        i = last + 1;
    }
}
