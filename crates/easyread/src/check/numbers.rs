//! Numbers, percentages, fractions and dates.

use super::context::{concat, PassageCtx, Sink, Tok};
use super::data::lexicon;
use super::scan;
use super::Severity;
use crate::Span;
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// Rule id: a number written as a word.
pub(crate) const NUMBER_AS_WORDS: &str = "number-as-words";
/// Rule id: a percentage or fraction.
pub(crate) const PERCENTAGE_OR_FRACTION: &str = "percentage-or-fraction";
/// Rule id: a date not written in full.
pub(crate) const DATE_NOT_IN_FULL: &str = "date-not-in-full";

/// Words after "one" that show it counts something ("one week"), unlike "one of" or
/// "the one".
const UNITS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "hour",
    "minute",
    "working",
    "night",
    "visit",
    "person",
    "copy",
    "form",
    "payment",
    "appointment",
    "carer",
    "meal",
    "session",
    "time",
    "room",
    "bedroom",
    "item",
    "letter",
    "page",
    "pound",
    "penny",
    "child",
    "adult",
    "place",
    "more",
];

fn format_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && n >= 10_000 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The value of a hyphenated number word ("twenty-eight"), if every part is a number word.
fn word_value(word: &str) -> Option<(u64, bool)> {
    word_value_hyphen(word, word.contains('-'))
}

/// The value of a token's lower-case form: [`word_value`] of `tok.lower()`, with the
/// token's own record of whether it holds a hyphen instead of searching it (it runs on
/// every word of the text).
fn token_value(tok: &Tok) -> Option<(u64, bool)> {
    word_value_hyphen(tok.lower(), tok.hyphen)
}

/// [`word_value`], given whether `word` holds a hyphen. Inlined: most words leave at the
/// filter, and the call cost more than the filter.
#[inline(always)]
fn word_value_hyphen(word: &str, hyphen: bool) -> Option<(u64, bool)> {
    // Most words miss the filter and need no look-up (tested equal to the table alone).
    if !hyphen && !lexicon().numbers_filter.may_hold(word) {
        return None;
    }
    word_value_found(word, hyphen)
}

/// [`word_value_hyphen`] for a word that passed the filter.
#[inline(never)]
fn word_value_found(word: &str, hyphen: bool) -> Option<(u64, bool)> {
    if !hyphen {
        let v = *lexicon().numbers.get(word)?;
        return Some((v, v >= 100));
    }
    word_value_table(word)
}

/// [`word_value`] without the quick filter.
fn word_value_table(word: &str) -> Option<(u64, bool)> {
    let lex = lexicon();
    // Most words have no hyphen: one look-up.
    if !word.contains('-') {
        let v = *lex.numbers.get(word)?;
        return Some((v, v >= 100));
    }
    let mut total = 0;
    let mut multiplier = false;
    for part in word.split('-') {
        let v = *lex.numbers.get(part)?;
        if v >= 100 {
            multiplier = true;
        }
        total += v;
    }
    Some((total, multiplier))
}

/// Numbers written as words: "five working days" -> "5 working days".
pub(crate) fn number_words(ctx: &PassageCtx, sink: &mut Sink) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        let Some(_) = token_value(&ctx.tokens[i]) else {
            i += 1;
            continue;
        };
        // Read "two hundred and fifty", "one thousand two hundred".
        let mut last = i;
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut k = i;
        while k < n {
            if k > i && !ctx.joined(k - 1, k) {
                break;
            }
            let lower = ctx.tokens[k].lower();
            if lower == "and" && k > i {
                let after = k + 1 < n && ctx.joined(k, k + 1);
                let prev_big = token_value(&ctx.tokens[k - 1]).is_some_and(|(v, _)| v >= 100);
                if after && prev_big && token_value(&ctx.tokens[k + 1]).is_some() {
                    k += 1;
                    continue;
                }
                break;
            }
            let Some((v, _)) = token_value(&ctx.tokens[k]) else {
                break;
            };
            if v == 100 {
                current = current.max(1) * 100;
            } else if v >= 1000 {
                total += current.max(1) * v;
                current = 0;
            } else {
                if current % 100 != 0 && current > 0 && v < 100 && k > i {
                    // "five six" is two numbers.
                    break;
                }
                current += v;
            }
            last = k;
            k += 1;
        }
        let value = total + current;
        let span = ctx.token_span(i, last);
        let words = ctx.slice(span);
        let first = ctx.tokens[i].lower();
        let next = ctx
            .tokens
            .get(last + 1)
            .filter(|_| ctx.joined(last, last + 1))
            .map(|t| t.lower().trim_end_matches('s'));
        let prev = (i > 0 && ctx.joined(i - 1, i)).then(|| ctx.tokens[i - 1].lower());
        let skip = ctx.in_fact(span)
            // "one of", "no one", "the one": only "one week", "one visit" count.
            || (first == "one" && last == i && !next.is_some_and(|w| UNITS.contains(&w)))
            || (first == "one" && matches!(prev, Some("no" | "any" | "every" | "each" | "the" | "this" | "that" | "which")))
            // "a hundred", "a thousand" are rough amounts.
            || (matches!(prev, Some("a" | "an")) && value >= 100 && last == i)
            || ctx.in_name(i, last);
        if !skip {
            let digits = format_thousands(value);
            sink.add(
                ctx,
                span,
                NUMBER_AS_WORDS,
                Severity::Warning,
                concat(&[
                    "Write numbers as digits: '",
                    &digits,
                    "', not '",
                    words,
                    "'.",
                ]),
                Some(digits),
            );
        }
        i = last + 1;
    }
}

fn plain_percent(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        let v = value.round() as i64;
        match v {
            100 => "all of them (100 out of every 100)".into(),
            50 => "half (50 out of every 100)".into(),
            _ => format!("{v} out of every 100"),
        }
    } else if value < 1.0 {
        "less than 1 out of every 100".into()
    } else {
        format!("about {} out of every 100", value.round() as i64)
    }
}

/// A percentage in figures: "25%", "2.5 per cent".
const PERCENT_PATTERN: &str = r"(?i)\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)";
/// A fraction in figures: "3/4".
const DIGIT_FRACTION_PATTERN: &str = r"\b([1-9])/([2-9]|10)\b";

/// Two compiled variants of each pattern (Unicode, ASCII): see `scan::word_regex`.
static PERCENT: [OnceLock<Option<Regex>>; 2] = [const { OnceLock::new() }; 2];
static DIGIT_FRACTION: [OnceLock<Option<Regex>>; 2] = [const { OnceLock::new() }; 2];

/// Compile the patterns now, in the variant `scan::word_regex` picks for `sample`: see
/// [`crate::check::prepare`].
pub(crate) fn prepare(sample: &str) {
    scan::word_regex(sample, PERCENT_PATTERN, &PERCENT[0], &PERCENT[1]);
    scan::word_regex(
        sample,
        DIGIT_FRACTION_PATTERN,
        &DIGIT_FRACTION[0],
        &DIGIT_FRACTION[1],
    );
    let dates = date_patterns();
    for i in [NUMERIC, ISO, DAY_MONTH, MONTH_DAY] {
        dates.get(i, scan::ascii_word_boundaries_agree(sample));
    }
}

/// Percentages ("25%", "25 per cent") and fractions ("half", "two thirds", "3/4").
pub(crate) fn percentages(ctx: &PassageCtx, sink: &mut Sink) {
    let text = ctx.text;
    // Cheap tests first (see `scan`): a percentage holds a digit and "%" or "per" (in any
    // case: none of those letters has a case variant beyond ASCII); a fraction in figures
    // a slash before a digit.
    let percent = scan::may_have_digit(text)
        && (text.contains('%') || scan::contains_ignore_ascii_case(text, "per"));
    let slash_digit = scan::pair(text, b'/', |b| b.is_ascii_digit());
    // Compiled on first use, only when a passage passes the test.
    let percent_re = percent
        .then(|| {
            scan::word_regex_where(
                ctx.ascii_boundaries,
                PERCENT_PATTERN,
                &PERCENT[0],
                &PERCENT[1],
            )
        })
        .flatten();
    if let Some(re) = percent_re {
        for c in re.captures_iter(text) {
            let (Some(m), Some(num)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let Ok(value) = num.as_str().parse::<f64>() else {
                continue;
            };
            let span = Span {
                start: m.start(),
                end: m.end(),
            };
            let plain = plain_percent(value);
            sink.add(
                ctx,
                span,
                PERCENTAGE_OR_FRACTION,
                Severity::Warning,
                concat(&[
                    "Percentages are hard to understand. Keep '",
                    m.as_str(),
                    "' and add a plain sentence: '",
                    &plain,
                    "'.",
                ]),
                Some(plain),
            );
        }
    }
    let fraction_re = slash_digit
        .then(|| {
            scan::word_regex_where(
                ctx.ascii_boundaries,
                DIGIT_FRACTION_PATTERN,
                &DIGIT_FRACTION[0],
                &DIGIT_FRACTION[1],
            )
        })
        .flatten();
    if let Some(re) = fraction_re {
        for c in re.captures_iter(text) {
            let (Some(m), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let (a, b): (u32, u32) = match (a.as_str().parse(), b.as_str().parse()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => continue,
            };
            let around = (
                text[..m.start()].chars().next_back(),
                text[m.end()..].chars().next(),
            );
            let in_date = matches!(around.0, Some('/' | '.' | '-'))
                || matches!(around.0, Some(c) if c.is_ascii_digit())
                || matches!(around.1, Some('/' | '-'))
                || matches!(around.1, Some(c) if c.is_ascii_digit());
            let span = Span {
                start: m.start(),
                end: m.end(),
            };
            if a >= b || in_date || ctx.in_fact(span) {
                continue;
            }
            fraction(ctx, span, &format!("{a} out of {b}"), sink);
        }
    }
    word_fractions(ctx, sink);
}

fn fraction(ctx: &PassageCtx, span: Span, plain: &str, sink: &mut Sink) {
    sink.add(
        ctx,
        span,
        PERCENTAGE_OR_FRACTION,
        Severity::Info,
        concat(&[
            "Fractions can be hard to understand. Keep '",
            ctx.slice(span),
            "' and say it plainly too: '",
            plain,
            "'.",
        ]),
        Some(plain.to_string()),
    );
}

/// "half", "a third of", "two thirds", "three quarters".
fn word_fractions(ctx: &PassageCtx, sink: &mut Sink) {
    const DENOMINATORS: &[(&str, &str, u32)] = &[
        ("half", "halves", 2),
        ("third", "thirds", 3),
        ("quarter", "quarters", 4),
        ("fifth", "fifths", 5),
        ("sixth", "sixths", 6),
        ("eighth", "eighths", 8),
        ("tenth", "tenths", 10),
    ];
    let n = ctx.tokens.len();
    for i in 0..n {
        let lower = ctx.tokens[i].lower();
        let Some(&(_, _, denominator)) = DENOMINATORS
            .iter()
            .find(|(one, many, _)| *one == lower || *many == lower)
        else {
            continue;
        };
        let prev = (i > 0 && ctx.joined(i - 1, i)).then(|| ctx.tokens[i - 1].lower());
        let next = (i + 1 < n && ctx.joined(i, i + 1)).then(|| ctx.tokens[i + 1].lower());
        let numerator = match prev {
            Some("a" | "one" | "an") => Some(1),
            Some(p) => word_value(p)
                .map(|(v, _)| v as u32)
                .filter(|v| (2..10).contains(v)),
            None => None,
        };
        let (first, numerator) = match (lower, numerator) {
            // "half" stands alone ("half the cost"), but not "half past two" or "half term".
            ("half", None) if !matches!(next, Some("past" | "term")) => (i, 1),
            ("half", Some(1)) => (i - 1, 1),
            // "a third of", "one quarter of"; not "a third party" or "a quarter to".
            (_, Some(1)) if denominator > 2 && next == Some("of") => (i - 1, 1),
            (_, Some(k)) if k > 1 && k < denominator => (i - 1, k),
            _ => continue,
        };
        let span = ctx.token_span(first, i);
        if ctx.in_fact(span) {
            continue;
        }
        fraction(
            ctx,
            span,
            &format!("{numerator} out of {denominator}"),
            sink,
        );
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The month (1-12) of an English month name or its short form.
fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let lower = if lower == "sept" {
        "sep".to_string()
    } else {
        lower
    };
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            m == lower || (lower.len() == 3 && m.starts_with(&lower))
        })
        .map(|p| p as u32 + 1)
}

fn weekday_name(short: &str) -> Option<&'static str> {
    let lower = short.trim_end_matches('.').to_lowercase();
    WEEKDAYS
        .iter()
        .find(|d| d.to_lowercase().starts_with(&lower) && lower.len() >= 3)
        .copied()
}

fn days_in_month(month: u32, year: Option<u32>) -> u32 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn full_year(y: &str) -> Option<u32> {
    let v: u32 = y.parse().ok()?;
    Some(if y.len() == 2 { 2000 + v } else { v })
}

/// A date in full ("Thursday 4 November 2024"), if day and month are valid.
fn in_full(weekday: Option<&str>, day: u32, month: u32, year: Option<u32>) -> Option<String> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(month, year) {
        return None;
    }
    let name = MONTHS[month as usize - 1];
    let mut out = String::new();
    if let Some(w) = weekday {
        out.push_str(w);
        out.push(' ');
    }
    out.push_str(&format!("{day} {name}"));
    if let Some(y) = year {
        out.push_str(&format!(" {y}"));
    }
    Some(out)
}

/// The first three letters of every month name in the date patterns below.
const MONTH_STARTS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Whether `text` holds one of [`MONTH_STARTS`]: what testing each with `contains` says
/// (tested), in one pass that stops only at the capital letters the names start with.
fn has_month_start(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        matches!(c, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
            && b.get(i..i + 3)
                .is_some_and(|w| MONTH_STARTS.iter().any(|m| m.as_bytes() == w))
    })
}

/// Whether `text` may hold a match of the ASCII variant of the numeric date pattern
/// (`[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]...`): a digit, a separator, one or two digits, a
/// separator and a digit (tested: the regex finds nothing where this is false).
fn may_hold_numeric_date(text: &str) -> bool {
    let b = text.as_bytes();
    let sep = |i: usize| b.get(i).is_some_and(|x| matches!(x, b'/' | b'.' | b'-'));
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    memchr::memchr3_iter(b'/', b'.', b'-', b).any(|i| {
        i > 0
            && digit(i - 1)
            && digit(i + 1)
            && ((sep(i + 2) && digit(i + 3)) || (digit(i + 2) && sep(i + 3) && digit(i + 4)))
    })
}

/// Whether `text` may hold a match of the ASCII variant of the ISO date pattern
/// (`[0-9]{4}-[0-9]{2}-[0-9]{2}`): four digits, a hyphen, two digits, a hyphen and a digit
/// (tested as [`may_hold_numeric_date`]).
fn may_hold_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    memchr::memchr_iter(b'-', b).any(|i| {
        i >= 4
            && (i - 4..i).all(digit)
            && digit(i + 1)
            && digit(i + 2)
            && b.get(i + 3) == Some(&b'-')
            && digit(i + 4)
    })
}

/// The date patterns, and both compiled variants of each (see `scan::word_regex`).
struct DatePatterns {
    /// Numeric, ISO, day-month and month-day patterns, in that order.
    patterns: [String; 4],
    unicode: [OnceLock<Option<Regex>>; 4],
    ascii: [OnceLock<Option<Regex>>; 4],
}

const NUMERIC: usize = 0;
const ISO: usize = 1;
const DAY_MONTH: usize = 2;
const MONTH_DAY: usize = 3;

impl DatePatterns {
    /// Pattern `i`'s regex for a text of which `scan::ascii_word_boundaries_agree` said
    /// `agree`, compiled on first use.
    fn get(&self, i: usize, agree: bool) -> Option<&Regex> {
        scan::word_regex_where(agree, &self.patterns[i], &self.unicode[i], &self.ascii[i])
    }
}

fn date_patterns() -> &'static DatePatterns {
    static PATTERNS: OnceLock<DatePatterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let month = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";
        let weekday = r"(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?,?\s+)?";
        DatePatterns {
            patterns: [
                r"\b(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})\b".to_string(),
                r"\b(\d{4})-(\d{2})-(\d{2})\b".to_string(),
                format!(
                    r"\b{weekday}(\d{{1,2}})(st|nd|rd|th)?(\s+of)?\s+{month}(?:,?\s+(\d{{4}}))?\b"
                ),
                format!(r"\b{weekday}{month}\s+(\d{{1,2}})(st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"),
            ],
            unicode: [const { OnceLock::new() }; 4],
            ascii: [const { OnceLock::new() }; 4],
        }
    })
}

/// Every pattern of this module that runs through `scan::word_regex`, for its tests.
#[cfg(test)]
pub(crate) fn word_patterns() -> Vec<String> {
    let mut out = vec![
        PERCENT_PATTERN.to_string(),
        DIGIT_FRACTION_PATTERN.to_string(),
    ];
    out.extend(date_patterns().patterns.iter().cloned());
    out
}

/// Dates not written in full: "04/11/2024", "2024-11-04", "4th Nov", "Nov 4".
pub(crate) fn dates(ctx: &PassageCtx, sink: &mut Sink) {
    let text = ctx.text;
    // Every date pattern holds a digit: most passages have none and are skipped at once.
    if !scan::may_have_digit(text) {
        return;
    }
    let p = date_patterns();
    let mut found: Vec<(Span, String)> = Vec::new();
    let num = |c: &Captures, i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    // Cheap tests for each pattern (see `scan`): a separator before a digit for dates in
    // figures, a hyphen before a digit for ISO dates, and for dates with a month name one
    // of the three letters every name starts with (the names are matched case-sensitively).
    let separated = |sep: u8| scan::pair(text, sep, scan::may_start_digit);
    // The ASCII variants match ASCII digits only, so for them the shape of a whole date
    // is tested: most amounts and times ("£12.50", "9.30am") pass the looser tests.
    let (numeric, iso) = if ctx.ascii_boundaries {
        (may_hold_numeric_date(text), may_hold_iso_date(text))
    } else {
        (
            separated(b'/') || separated(b'.') || separated(b'-'),
            separated(b'-'),
        )
    };
    let named = has_month_start(text);
    // The regex of pattern `i` if its test passed, and all matches of it in `text`
    // (none when the test failed or the pattern did not compile).
    let matches = |i: usize, test: bool| {
        test.then(|| p.get(i, ctx.ascii_boundaries))
            .flatten()
            .into_iter()
            .flat_map(|re| re.captures_iter(text))
    };

    for c in matches(NUMERIC, numeric) {
        let Some(m) = c.get(0) else { continue };
        let (Some(sep1), Some(sep2)) = (c.get(2), c.get(4)) else {
            continue;
        };
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if sep1.as_str() != sep2.as_str()
            || matches!(before, Some('/' | '.' | '-'))
            || matches!(after, Some('/' | '-'))
        {
            continue;
        }
        let (Some(day), Some(month)) = (num(&c, 1), num(&c, 3)) else {
            continue;
        };
        let year = c.get(5).and_then(|y| full_year(y.as_str()));
        if let Some(full) = in_full(None, day, month, year) {
            found.push((
                Span {
                    start: m.start(),
                    end: m.end(),
                },
                full,
            ));
        }
    }
    for c in matches(ISO, iso) {
        let Some(m) = c.get(0) else { continue };
        let (Some(year), Some(month), Some(day)) = (num(&c, 1), num(&c, 2), num(&c, 3)) else {
            continue;
        };
        if let Some(full) = in_full(None, day, month, Some(year)) {
            found.push((
                Span {
                    start: m.start(),
                    end: m.end(),
                },
                full,
            ));
        }
    }
    for c in matches(DAY_MONTH, named) {
        let Some(m) = c.get(0) else { continue };
        let weekday = c.get(1).map(|w| w.as_str());
        let month_name = c.get(5).map_or("", |g| g.as_str());
        let short_month = !MONTHS.contains(&month_name);
        let short_day = weekday.is_some_and(|w| !WEEKDAYS.contains(&w));
        // "5 March 2026" and "Thursday 5 March 2026" are already in full.
        if c.get(3).is_none() && c.get(4).is_none() && !short_month && !short_day {
            continue;
        }
        let (Some(day), Some(month)) = (num(&c, 2), month_number(month_name)) else {
            continue;
        };
        let year = num(&c, 6);
        let weekday = weekday.and_then(weekday_name);
        if let Some(full) = in_full(weekday, day, month, year) {
            found.push((
                Span {
                    start: m.start(),
                    end: m.end(),
                },
                full,
            ));
        }
    }
    for c in matches(MONTH_DAY, named) {
        let Some(m) = c.get(0) else { continue };
        let weekday = c.get(1).and_then(|w| weekday_name(w.as_str()));
        let (Some(month), Some(day)) =
            (c.get(2).and_then(|g| month_number(g.as_str())), num(&c, 3))
        else {
            continue;
        };
        // "May 5" needs a capital M: "you may 5 times" is not a date.
        let year = num(&c, 5);
        if let Some(full) = in_full(weekday, day, month, year) {
            found.push((
                Span {
                    start: m.start(),
                    end: m.end(),
                },
                full,
            ));
        }
    }

    found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut end = 0;
    for (span, full) in found {
        if span.start < end {
            continue;
        }
        end = span.end;
        let written = ctx.slice(span).trim_end_matches([',', ' ']);
        let span = Span {
            start: span.start,
            end: span.start + written.len(),
        };
        sink.add(
            ctx,
            span,
            DATE_NOT_IN_FULL,
            Severity::Warning,
            concat(&[
                "Write the date in full: '",
                &full,
                "', not '",
                written,
                "'.",
            ]),
            Some(full),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check_text, found};
    use super::{has_month_start, MONTH_STARTS};

    #[test]
    fn date_shape_tests_pass_dates() {
        for text in ["on 04/11/2024.", "1.2.26", "12-1-2026", "x 2024-11-04 y"] {
            assert!(super::may_hold_numeric_date(text), "{text}");
        }
        assert!(super::may_hold_iso_date("x 2024-11-04 y"));
        assert!(!super::may_hold_iso_date("2024-1-04"));
        assert!(!super::may_hold_numeric_date("£12.50 at 9.30am, 0117-496"));
    }

    /// Every number word, and any string, gets the same value with and without the filter.
    #[test]
    fn the_filtered_word_value_equals_the_table_on_every_number_word() {
        for word in super::lexicon().numbers.keys() {
            for form in [word.clone(), format!("{word}-{word}"), word.to_uppercase()] {
                assert_eq!(
                    super::word_value(&form),
                    super::word_value_table(&form),
                    "{form}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_filtered_word_value_equals_the_table(word in "(one|two|twenty|hundred|[a-z]{1,8})(-[a-z]{1,6})?") {
            proptest::prop_assert_eq!(super::word_value(&word), super::word_value_table(&word));
        }

        /// Where the shape tests say no, the ASCII variants of the numeric and ISO date
        /// patterns find nothing.
        #[test]
        fn date_shape_tests_hold_every_match(text in "([0-9]{1,4}|[/.-]|[ a-z]{1,3}|\\.[0-9]|£){0,14}") {
            let p = super::date_patterns();
            for (i, test) in [
                (super::NUMERIC, super::may_hold_numeric_date as fn(&str) -> bool),
                (super::ISO, super::may_hold_iso_date),
            ] {
                let Some(re) = p.get(i, true) else {
                    panic!("the date pattern compiles");
                };
                if !test(&text) {
                    proptest::prop_assert!(!re.is_match(&text), "{text:?}");
                }
            }
        }

        #[test]
        fn the_filtered_word_value_equals_the_table_on_any_word(word in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(super::word_value(&word), super::word_value_table(&word));
        }
    }

    #[test]
    fn numbers_as_words() {
        let r = check_text(
            "Reply within five working days, or twenty-eight days, or two hundred and fifty days.",
        );
        assert_eq!(
            found(&r, "number-as-words"),
            [
                (1, 14, Some("5")),
                (1, 36, Some("28")),
                (1, 58, Some("250"))
            ]
        );
        let r = check_text("We will visit one week after. Two carers will come.");
        assert_eq!(
            found(&r, "number-as-words"),
            [(1, 15, Some("1")), (1, 31, Some("2"))]
        );
    }

    #[test]
    fn one_as_a_pronoun_is_not_a_number() {
        let r = check_text("No one will call. This is one of them. Someone may help. The one you like. A one-off fee. A thousand thanks.");
        assert!(found(&r, "number-as-words").is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn percentages_and_fractions() {
        let r = check_text("Interest is 4.15% or 25 per cent. Half the cost, two thirds or a third of it. 3/4 of people.");
        let f = found(&r, "percentage-or-fraction");
        assert_eq!(
            f,
            [
                (1, 13, Some("about 4 out of every 100")),
                (1, 22, Some("25 out of every 100")),
                (1, 35, Some("1 out of 2")),
                (1, 50, Some("2 out of 3")),
                (1, 64, Some("1 out of 3")),
                (1, 79, Some("3 out of 4"))
            ]
        );
        let r = check_text(
            "Come at half past two, for a third party, on your behalf, at 24/7 or 12/11/2024.",
        );
        assert!(
            found(&r, "percentage-or-fraction").is_empty(),
            "{:?}",
            r.findings
        );
    }

    #[test]
    fn dates_not_in_full() {
        let r = check_text(
            "Come on 04/11/2024, 4/11/24, 2024-11-04, 4th Nov, Nov 4, 4 Nov 2024 or Thurs 5 March 2026.",
        );
        assert_eq!(
            found(&r, "date-not-in-full"),
            [
                (1, 9, Some("4 November 2024")),
                (1, 21, Some("4 November 2024")),
                (1, 30, Some("4 November 2024")),
                (1, 42, Some("4 November")),
                (1, 51, Some("4 November")),
                (1, 58, Some("4 November 2024")),
                (1, 72, Some("Thursday 5 March 2026"))
            ]
        );
    }

    #[test]
    fn dates_in_full_and_other_figures_are_fine() {
        let r = check_text(
            "Your review is on Thursday 5 March 2026 at 2:15pm. Ref ASC/2024/118734. It may 5 times. Call 0117 496 0321. 31/02/2024 is not a date.",
        );
        assert!(found(&r, "date-not-in-full").is_empty(), "{:?}", r.findings);
    }

    proptest::proptest! {
        #[test]
        fn month_starts_found_in_one_pass(text in crate::check::scan::tests::letter_text()) {
            proptest::prop_assert_eq!(
                has_month_start(&text),
                MONTH_STARTS.iter().any(|m| text.contains(m))
            );
        }

        #[test]
        fn month_starts_found_in_one_pass_on_any_text(text in "([A-Za-z ]|Ja|Jan|Ma|May|Dec|Sep|\\PC){0,20}") {
            proptest::prop_assert_eq!(
                has_month_start(&text),
                MONTH_STARTS.iter().any(|m| text.contains(m))
            );
        }
    }
}
