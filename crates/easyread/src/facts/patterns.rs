//! Facts with a fixed shape, found by regular expressions: dates, times, money,
//! percentages, quantities, phone numbers, emails, web addresses, postcodes, references
//! and PO boxes. Every pattern is compiled once; matching is linear in the text.
//!
//! Word boundaries are ASCII (`(?-u:\b)`): a Unicode `\b` stops the regex crate's fast
//! DFA on any text with a non-ASCII character ("£", "–", "Zieliński"), which made the
//! recogniser ten times slower. Every fact these patterns read is ASCII.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::data::{alternation, data, Data};
use super::{Candidate, FactKind};

/// All the compiled patterns.
struct Patterns {
    date_dmy: Regex,
    date_mdy: Regex,
    date_my: Regex,
    date_numeric: Regex,
    date_iso: Regex,
    time_ampm: Regex,
    time_24: Regex,
    time_label: Regex,
    time_range_end: Regex,
    time_noon: Regex,
    money_symbol: Regex,
    money_words: Regex,
    money_gbp: Regex,
    money_pence: Regex,
    percent: Regex,
    percent_words: Regex,
    quantity: Regex,
    quantity_phrase: Regex,
    phone: Regex,
    phone_service: Regex,
    email: Regex,
    url: Regex,
    bare_domain: Regex,
    postcode: Regex,
    ref_token: Regex,
    ref_code: Regex,
    ref_ni: Regex,
    ref_nhs: Regex,
    ref_label: Regex,
    po_box: Regex,
}

/// A number written in digits: "5", "2.5", "1,000".
const DIGITS: &str = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";
/// Three-digit service numbers, counted only after a word like "call" or "dial".
const SERVICE_NUMBERS: &str = "999|111|112|119|101|105";
/// Words before a service number that make it a phone number.
const SERVICE_LABELS: &str =
    "call|calling|phone|phoning|ring|ringing|dial|dialling|dialing|telephone|text|nhs";
/// Top-level domains of web addresses written without `www.` or a scheme.
const BARE_TLDS: &str = "uk|com|org|net|gov|edu|info|eu|scot|wales|cymru|london|example";
/// Characters a web address may not contain (the rest of the line is not part of it).
const URL_BODY: &str = r#"[^\s<>"'()\[\]{}]"#;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("facts: built-in pattern compiles")
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| build(data()))
}

/// Number words up to ninety-nine ("six", "twenty-five", "twenty five").
fn number_words_pattern(d: &Data) -> String {
    let tens = alternation(
        d.number_words
            .iter()
            .filter(|(_, v)| **v >= 20 && **v % 10 == 0)
            .map(|(w, _)| w.as_str()),
    );
    let ones = alternation(
        d.number_words
            .iter()
            .filter(|(_, v)| (1..=9).contains(*v))
            .map(|(w, _)| w.as_str()),
    );
    let small = alternation(
        d.number_words
            .iter()
            .filter(|(_, v)| **v < 20)
            .map(|(w, _)| w.as_str()),
    );
    format!(r"(?:(?:{tens})(?:[\s-]+(?:{ones})(?-u:\b))?|(?:{small}))(?-u:\b)")
}

fn build(d: &Data) -> Patterns {
    let month = alternation(d.months.keys().map(String::as_str));
    let weekday = alternation(d.weekdays.iter().map(String::as_str));
    let numw = number_words_pattern(d);
    let units = alternation(d.units.keys().map(String::as_str));
    let quantity_phrases = alternation(d.quantity_phrases.keys().map(String::as_str));
    let labels = alternation(d.reference_labels.iter().map(|l| l.label.as_str()));
    let year = r"(?:,?\s+(?P<y>[0-9]{4})(?-u:\b))?";
    Patterns {
        date_dmy: compile(&format!(
            r"(?i)(?-u:\b)(?:(?P<wd>{weekday})(?-u:\b)\.?,?\s+(?:the\s+)?)?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{month})(?-u:\b)\.?{year}"
        )),
        date_mdy: compile(&format!(
            r"(?i)(?-u:\b)(?:(?P<wd>{weekday})(?-u:\b)\.?,?\s+)?(?P<m>{month})(?-u:\b)\.?\s+(?P<d>[0-9]{{1,2}})(?P<sfx>st|nd|rd|th)?(?-u:\b){year}"
        )),
        date_my: compile(&format!(
            r"(?i)(?-u:\b)(?P<m>{month})(?-u:\b)\.?,?\s+(?P<y>[0-9]{{4}})(?-u:\b)"
        )),
        date_numeric: compile(
            r"(?-u:\b)(?P<d>[0-9]{1,2})(?P<s1>[/.\-])(?P<m>[0-9]{1,2})(?P<s2>[/.\-])(?P<y>[0-9]{4}|[0-9]{2})(?-u:\b)",
        ),
        date_iso: compile(r"(?-u:\b)(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?-u:\b)"),
        time_ampm: compile(
            r"(?i)(?-u:\b)(?P<h>[0-9]{1,2})(?:[:.](?P<min>[0-9]{2}))?[ \t]?(?P<ap>[ap])(?:m(?-u:\b)|\.m\.)",
        ),
        time_24: compile(r"(?-u:\b)(?P<h>[01]?[0-9]|2[0-3]):(?P<min>[0-5][0-9])(?-u:\b)"),
        time_label: compile(
            r"(?i)(?-u:\b)(?:at|from|until|till|by|between|before|after|time:?)\s+(?P<t>(?P<h>[01]?[0-9]|2[0-3])\.(?P<min>[0-5][0-9]))(?-u:\b)",
        ),
        time_range_end: compile(
            r"(?i)(?-u:\b)(?:between|from)\s+[0-9]{1,2}[.:][0-9]{2}(?:\s?[ap]\.?m\.?)?\s*(?:and|to|until|till|-|–)\s*(?P<t>(?P<h>[01]?[0-9]|2[0-3])\.(?P<min>[0-5][0-9]))(?-u:\b)",
        ),
        time_noon: compile(r"(?i)(?-u:\b)(?:12(?:[:.]00)?\s*)?(?P<w>noon|midday|midnight)(?-u:\b)"),
        money_symbol: compile(
            r"£[ \t]?(?P<i>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<f>[0-9]{1,2}))?(?:[ \t]?(?P<x>(?i:k|m|bn|million|billion|thousand))(?-u:\b))?",
        ),
        money_words: compile(
            r"(?i)(?-u:\b)(?P<i>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<f>[0-9]{1,2}))?[ \t]?(?:pounds|quid)(?-u:\b)",
        ),
        money_gbp: compile(
            r"(?-u:\b)GBP[ \t]?(?P<i>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<f>[0-9]{1,2}))?(?-u:\b)",
        ),
        money_pence: compile(r"(?-u:\b)(?P<p>[0-9]+)(?:p(?-u:\b)|[ \t]?pence(?-u:\b))"),
        percent: compile(
            r"(?i)(?-u:\b)(?P<n>[0-9]+(?:\.[0-9]+)?)[ \t]?(?:%|per\s?cent(?-u:\b)|percent(?-u:\b))",
        ),
        percent_words: compile(&format!(
            r"(?i)(?-u:\b)(?P<w>(?:one|a)\s+hundred(?-u:\b)|{numw})\s+(?:per\s?cent|percent)(?-u:\b)"
        )),
        quantity: compile(&format!(
            r"(?i)(?-u:\b)(?P<a>{DIGITS}|{numw})(?:\s*[-–—]\s*(?P<b>{DIGITS}|{numw}))?(?P<half>\s+and\s+a\s+half)?(?:\s*-\s*|\s*)(?P<u>{units})(?-u:\b)"
        )),
        quantity_phrase: compile(&format!(r"(?i)(?-u:\b)(?:{quantity_phrases})(?-u:\b)")),
        phone: compile(
            r"(?:\+44[ \t]?(?:\(0\)[ \t]?)?|(?-u:\b)0044[ \t]?|\(0|(?-u:\b)0)[0-9]{1,5}\)?(?:[ \t\-]?[0-9]{2,6}){0,4}",
        ),
        phone_service: compile(&format!(
            r"(?i)(?-u:\b)(?:{SERVICE_LABELS})\s+(?P<a>{SERVICE_NUMBERS})(?-u:\b)(?:\s+or\s+(?P<b>{SERVICE_NUMBERS})(?-u:\b))?"
        )),
        email: compile(
            r"(?i)(?-u:\b)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+",
        ),
        url: compile(&format!(r"(?i)(?-u:\b)(?:https?://|www\.){URL_BODY}+")),
        bare_domain: compile(&format!(
            r"(?i)(?-u:\b)(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{BARE_TLDS})(?-u:\b)(?:/{URL_BODY}*)?"
        )),
        postcode: compile(
            r"(?i)(?-u:\b)(?P<out>[A-Z]{1,2}[0-9][A-Z0-9]?)[ \t]?(?P<in>[0-9][A-Z]{2})(?-u:\b)",
        ),
        ref_token: compile(r"(?-u:\b)[A-Z0-9]+(?:[/\-][A-Z0-9]+)+(?-u:\b)"),
        ref_code: compile(r"(?-u:\b)(?:[A-Z]{2,6}[0-9]+[A-Z]{0,2}|[A-Z][0-9]{4,})(?-u:\b)"),
        ref_ni: compile(r"(?-u:\b)[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?-u:\b)"),
        ref_nhs: compile(r"(?-u:\b)[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{4}(?-u:\b)"),
        ref_label: compile(&format!(
            r"(?i)(?-u:\b)(?P<label>{labels})(?-u:\b)\.?(?:[ \t]*(?P<num>number(?-u:\b)|no(?-u:\b)\.?|num(?-u:\b)\.?|#))?[ \t]*[:#]?[ \t]*(?P<v>[A-Z0-9](?:[A-Z0-9/\-]*[A-Z0-9])?(?: [0-9]+)*)(?-u:\b)"
        )),
        po_box: compile(r"(?i)(?-u:\b)P\.?[ \t]?O\.?[ \t]+Box[ \t]+(?P<n>[0-9]+)(?-u:\b)"),
    }
}

/// Add every pattern-shaped fact of `text` to `out`.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let p = patterns();
    let d = data();
    dates(text, p, d, out);
    times(text, p, out);
    money(text, p, out);
    percentages(text, p, d, out);
    quantities(text, p, d, out);
    phones(text, p, out);
    emails_and_urls(text, p, out);
    postcodes(text, p, out);
    references(text, p, d, out);
    for c in p.po_box.captures_iter(text) {
        if let (Some(m), Some(n)) = (c.get(0), c.name("n")) {
            out.push(Candidate::new(
                FactKind::Address,
                m.start(),
                m.end(),
                format!("po box {}", n.as_str()),
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Dates

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// A date as `YYYY-MM-DD`, or `--MM-DD` without a year; `None` when it does not exist.
pub(super) fn date_norm(year: Option<i32>, month: u32, day: u32) -> Option<String> {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if year.is_none_or(is_leap) {
                29
            } else {
                28
            }
        }
        _ => return None,
    };
    if day == 0 || day > max {
        return None;
    }
    Some(match year {
        Some(y) => format!("{y:04}-{month:02}-{day:02}"),
        None => format!("--{month:02}-{day:02}"),
    })
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn parse_u32(c: &Captures, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

fn year_of(c: &Captures) -> Option<Option<i32>> {
    match c.name("y") {
        None => Some(None),
        Some(y) => {
            let y: i32 = y.as_str().parse().ok()?;
            (1800..=2199).contains(&y).then_some(Some(y))
        }
    }
}

fn dates(text: &str, p: &Patterns, d: &Data, out: &mut Vec<Candidate>) {
    // "4 November 2024", "Tuesday 19 November", "4th Nov 2024", "5th of March".
    for c in p.date_dmy.captures_iter(text) {
        let (Some(all), Some(m)) = (c.get(0), c.name("m")) else {
            continue;
        };
        let (Some(day), Some(month), Some(year)) =
            (parse_u32(&c, "d"), d.month(m.as_str()), year_of(&c))
        else {
            continue;
        };
        let Some(norm) = date_norm(year, month, day) else {
            continue;
        };
        // A full stop after a month name with no year ends the sentence.
        let end = if year.is_none() { m.end() } else { all.end() };
        out.push(Candidate::new(FactKind::Date, all.start(), end, norm));
    }
    // "Nov 4, 2024", "November 4th": capitalised, and with a year or an ordinal.
    for c in p.date_mdy.captures_iter(text) {
        let (Some(all), Some(m)) = (c.get(0), c.name("m")) else {
            continue;
        };
        if !starts_upper(m.as_str()) || (c.name("y").is_none() && c.name("sfx").is_none()) {
            continue;
        }
        let (Some(day), Some(month), Some(year)) =
            (parse_u32(&c, "d"), d.month(m.as_str()), year_of(&c))
        else {
            continue;
        };
        if let Some(norm) = date_norm(year, month, day) {
            out.push(Candidate::new(FactKind::Date, all.start(), all.end(), norm));
        }
    }
    // "November 2024": capitalised month.
    for c in p.date_my.captures_iter(text) {
        let (Some(all), Some(m)) = (c.get(0), c.name("m")) else {
            continue;
        };
        if !starts_upper(m.as_str()) {
            continue;
        }
        let (Some(month), Some(Some(year))) = (d.month(m.as_str()), year_of(&c)) else {
            continue;
        };
        out.push(Candidate::new(
            FactKind::Date,
            all.start(),
            all.end(),
            format!("{year:04}-{month:02}"),
        ));
    }
    // "04/11/2024", "4/11/24", "04-11-2024", "14.08.1961": day first (UK order).
    for c in p.date_numeric.captures_iter(text) {
        let (Some(all), Some(s1), Some(s2), Some(y)) =
            (c.get(0), c.name("s1"), c.name("s2"), c.name("y"))
        else {
            continue;
        };
        if s1.as_str() != s2.as_str() || (s1.as_str() == "." && y.len() != 4) {
            continue;
        }
        let (Some(day), Some(month), Ok(mut year)) = (
            parse_u32(&c, "d"),
            parse_u32(&c, "m"),
            y.as_str().parse::<i32>(),
        ) else {
            continue;
        };
        if y.len() == 2 {
            year += if year < 50 { 2000 } else { 1900 };
        }
        if let Some(norm) = date_norm(Some(year), month, day) {
            out.push(Candidate::new(FactKind::Date, all.start(), all.end(), norm));
        }
    }
    // "2024-11-04".
    for c in p.date_iso.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        let (Some(day), Some(month), Some(Some(year))) =
            (parse_u32(&c, "d"), parse_u32(&c, "m"), year_of(&c))
        else {
            continue;
        };
        if let Some(norm) = date_norm(Some(year), month, day) {
            out.push(Candidate::new(FactKind::Date, all.start(), all.end(), norm));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Times

fn time_norm(hour: u32, minute: u32) -> Option<String> {
    (hour < 24 && minute < 60).then(|| format!("{hour:02}:{minute:02}"))
}

fn times(text: &str, p: &Patterns, out: &mut Vec<Candidate>) {
    // "10:30am", "10.30 am", "9am", "2:15pm", "10 a.m.".
    for c in p.time_ampm.captures_iter(text) {
        let (Some(all), Some(h), Some(ap)) = (c.get(0), parse_u32(&c, "h"), c.name("ap")) else {
            continue;
        };
        let minute = match c.name("min") {
            Some(_) => parse_u32(&c, "min"),
            None => Some(0),
        };
        let Some(minute) = minute else { continue };
        if h == 0 || h > 12 {
            continue;
        }
        let pm = ap.as_str().eq_ignore_ascii_case("p");
        let hour = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        if let Some(norm) = time_norm(hour, minute) {
            out.push(Candidate::new(FactKind::Time, all.start(), all.end(), norm));
        }
    }
    // "14:30".
    for c in p.time_24.captures_iter(text) {
        let (Some(all), Some(h), Some(min)) = (c.get(0), parse_u32(&c, "h"), parse_u32(&c, "min"))
        else {
            continue;
        };
        if let Some(norm) = time_norm(h, min) {
            out.push(Candidate::new(FactKind::Time, all.start(), all.end(), norm));
        }
    }
    // "at 10.30", "Time: 14.30": a dotted time only after a word that introduces a time;
    // also the second time of "between 9.30 and 11.00", "from 9.30 to 11.00".
    for c in p
        .time_label
        .captures_iter(text)
        .chain(p.time_range_end.captures_iter(text))
    {
        let (Some(t), Some(h), Some(min)) = (c.name("t"), parse_u32(&c, "h"), parse_u32(&c, "min"))
        else {
            continue;
        };
        let next = text.get(t.end()..).and_then(|r| r.chars().next());
        if matches!(next, Some('%' | '.' | ',')) && next_is_digit_after(text, t.end()) {
            continue;
        }
        if next == Some('%') {
            continue;
        }
        if let Some(norm) = time_norm(h, min) {
            out.push(Candidate::new(FactKind::Time, t.start(), t.end(), norm));
        }
    }
    // "noon", "12 noon", "midday", "midnight".
    for c in p.time_noon.captures_iter(text) {
        let (Some(all), Some(w)) = (c.get(0), c.name("w")) else {
            continue;
        };
        let norm = if w.as_str().eq_ignore_ascii_case("midnight") {
            "00:00"
        } else {
            "12:00"
        };
        out.push(Candidate::new(
            FactKind::Time,
            all.start(),
            all.end(),
            norm.to_string(),
        ));
    }
}

/// Whether the character after the one at byte `at` is an ASCII digit ("10.30.5").
fn next_is_digit_after(text: &str, at: usize) -> bool {
    let mut chars = text.get(at..).map(str::chars).into_iter().flatten();
    chars.next();
    chars.next().is_some_and(|c| c.is_ascii_digit())
}

// ---------------------------------------------------------------------------------------
// Numbers

/// A number in canonical digits: no thousands commas, no leading zeros, no trailing
/// decimal zeros ("1,000.50" is "1000.5", "2.0" is "2").
pub(super) fn canonical_number(s: &str) -> String {
    let s: String = s.chars().filter(|c| *c != ',').collect();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s.as_str(), ""),
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// A number written in digits or words, canonical.
fn number_of(s: &str, d: &Data) -> Option<String> {
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        Some(canonical_number(s))
    } else {
        d.number_value(s).map(|v| v.to_string())
    }
}

// ---------------------------------------------------------------------------------------
// Money

/// An amount as `£<pounds>.<pence>`, from the pounds, optional pence digits and an optional
/// multiplier ("k", "million"). Works on the digits as text, so any size is exact.
pub(super) fn money_norm(int: &str, frac: Option<&str>, multiplier: Option<&str>) -> String {
    let int: String = int.chars().filter(char::is_ascii_digit).collect();
    let frac = frac.unwrap_or("");
    let shift = match multiplier.map(str::to_ascii_lowercase).as_deref() {
        Some("k" | "thousand") => 3,
        Some("m" | "million") => 6,
        Some("bn" | "billion") => 9,
        _ => 0,
    };
    let mut digits = format!("{int}{frac}");
    let point = int.len() + shift;
    while digits.len() < point + 2 {
        digits.push('0');
    }
    let (pounds, pence) = digits.split_at(point);
    let pounds = pounds.trim_start_matches('0');
    let pounds = if pounds.is_empty() { "0" } else { pounds };
    // Keep any fraction of a penny, but never fewer than two places.
    let trimmed = pence.trim_end_matches('0');
    let pence = if trimmed.len() > 2 {
        trimmed
    } else {
        pence.get(..2).unwrap_or(pence)
    };
    format!("£{pounds}.{pence}")
}

fn money(text: &str, p: &Patterns, out: &mut Vec<Candidate>) {
    for re in [&p.money_symbol, &p.money_words, &p.money_gbp] {
        for c in re.captures_iter(text) {
            let (Some(all), Some(i)) = (c.get(0), c.name("i")) else {
                continue;
            };
            let norm = money_norm(
                i.as_str(),
                c.name("f").map(|f| f.as_str()),
                c.name("x").map(|x| x.as_str()),
            );
            out.push(Candidate::new(
                FactKind::Money,
                all.start(),
                all.end(),
                norm,
            ));
        }
    }
    for c in p.money_pence.captures_iter(text) {
        let (Some(all), Some(pence)) = (c.get(0), c.name("p")) else {
            continue;
        };
        let digits = pence.as_str();
        let (pounds, pence) = if digits.len() > 2 {
            digits.split_at(digits.len() - 2)
        } else {
            ("0", digits)
        };
        let norm = money_norm(pounds, Some(&format!("{pence:0>2}")), None);
        out.push(Candidate::new(
            FactKind::Money,
            all.start(),
            all.end(),
            norm,
        ));
    }
}

// ---------------------------------------------------------------------------------------
// Percentages and quantities

fn percentages(text: &str, p: &Patterns, d: &Data, out: &mut Vec<Candidate>) {
    for c in p.percent.captures_iter(text) {
        if let (Some(all), Some(n)) = (c.get(0), c.name("n")) {
            let norm = format!("{}%", canonical_number(n.as_str()));
            out.push(Candidate::new(
                FactKind::Percentage,
                all.start(),
                all.end(),
                norm,
            ));
        }
    }
    for c in p.percent_words.captures_iter(text) {
        let (Some(all), Some(w)) = (c.get(0), c.name("w")) else {
            continue;
        };
        let value = if w.as_str().to_lowercase().ends_with("hundred") {
            Some(100)
        } else {
            d.number_value(w.as_str())
        };
        if let Some(v) = value {
            out.push(Candidate::new(
                FactKind::Percentage,
                all.start(),
                all.end(),
                format!("{v}%"),
            ));
        }
    }
}

fn quantities(text: &str, p: &Patterns, d: &Data, out: &mut Vec<Candidate>) {
    // "a fortnight", "half an hour".
    for m in p.quantity_phrase.find_iter(text) {
        let key = super::data::simple_lower(&m.as_str().replace('-', " "));
        let norm = d.quantity_phrases.get(&key).or_else(|| {
            d.quantity_phrases
                .get(&super::data::simple_lower(m.as_str()))
        });
        if let Some(norm) = norm {
            out.push(Candidate::new(
                FactKind::Quantity,
                m.start(),
                m.end(),
                norm.clone(),
            ));
        }
    }
    for c in p.quantity.captures_iter(text) {
        let (Some(all), Some(a), Some(u)) = (c.get(0), c.name("a"), c.name("u")) else {
            continue;
        };
        let Some(unit) = d.units.get(&super::data::simple_lower(u.as_str())) else {
            continue;
        };
        let Some(mut first) = number_of(a.as_str(), d) else {
            continue;
        };
        let second = match c.name("b") {
            Some(b) => match number_of(b.as_str(), d) {
                Some(n) => Some(n),
                None => continue,
            },
            None => None,
        };
        if c.name("half").is_some() {
            if first.contains('.') || second.is_some() {
                continue;
            }
            first.push_str(".5");
        }
        let norm = match second {
            Some(second) => format!("{first}-{second} {}", unit.plural),
            None if first == "1" => format!("1 {}", unit.singular),
            None => format!("{first} {}", unit.plural),
        };
        out.push(Candidate::new(
            FactKind::Quantity,
            all.start(),
            all.end(),
            norm,
        ));
    }
}

// ---------------------------------------------------------------------------------------
// Phone numbers

fn phones(text: &str, p: &Patterns, out: &mut Vec<Candidate>) {
    for m in p.phone.find_iter(text) {
        if let Some(c) = phone_candidate(text, m.start(), m.as_str()) {
            out.push(c);
        }
    }
    for c in p.phone_service.captures_iter(text) {
        for name in ["a", "b"] {
            if let Some(n) = c.name(name) {
                out.push(Candidate::new(
                    FactKind::Phone,
                    n.start(),
                    n.end(),
                    n.as_str().to_string(),
                ));
            }
        }
    }
}

/// The longest UK phone number (10 or 11 digits, starting 0 once +44 is read as 0) at the
/// start of a candidate match.
fn phone_candidate(text: &str, start: usize, s: &str) -> Option<Candidate> {
    // Nothing word-like may stand right before "+44" or "(0".
    if let Some(prev) = text.get(..start).and_then(|t| t.chars().next_back()) {
        if prev.is_alphanumeric() || prev == '+' || prev == '£' || prev == '.' {
            return None;
        }
    }
    let (mut digits, body) = if let Some(rest) = s.strip_prefix("+44") {
        let rest = rest.trim_start_matches([' ', '\t']);
        let rest = rest.strip_prefix("(0)").unwrap_or(rest);
        ("0".to_string(), rest)
    } else if let Some(rest) = s.strip_prefix("0044") {
        ("0".to_string(), rest)
    } else {
        (String::new(), s)
    };
    let body_offset = start + (s.len() - body.len());
    let mut best: Option<(usize, String)> = None;
    let mut run_end = None;
    for (i, ch) in body.char_indices() {
        if ch.is_ascii_digit() {
            digits.push(ch);
            run_end = Some(body_offset + i + 1);
        } else if let Some(end) = run_end.take() {
            if matches!(digits.len(), 10 | 11) {
                best = Some((end, digits.clone()));
            }
        }
    }
    if let Some(end) = run_end {
        if matches!(digits.len(), 10 | 11) {
            best = Some((end, digits.clone()));
        }
    }
    let (end, digits) = best?;
    if !digits.starts_with('0') || digits.starts_with("00") {
        return None;
    }
    // The number must not run on into more digits or letters.
    if text
        .get(end..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some(Candidate::new(FactKind::Phone, start, end, digits))
}

// ---------------------------------------------------------------------------------------
// Emails and web addresses

/// A web address without scheme, `www.` and trailing slash, lower case.
pub(super) fn url_norm(s: &str) -> String {
    let lower = s.to_lowercase();
    let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.trim_end_matches('/').to_string()
}

fn emails_and_urls(text: &str, p: &Patterns, out: &mut Vec<Candidate>) {
    for m in p.email.find_iter(text) {
        out.push(Candidate::new(
            FactKind::Email,
            m.start(),
            m.end(),
            m.as_str().to_lowercase(),
        ));
    }
    for re in [&p.url, &p.bare_domain] {
        for m in re.find_iter(text) {
            // Trailing punctuation belongs to the sentence.
            let trimmed = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if trimmed.is_empty() {
                continue;
            }
            // Part of an email address: the email is the fact.
            if text.get(..m.start()).is_some_and(|t| t.ends_with('@')) {
                continue;
            }
            let end = m.start() + trimmed.len();
            out.push(Candidate::new(
                FactKind::Url,
                m.start(),
                end,
                url_norm(trimmed),
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Postcodes

fn postcodes(text: &str, p: &Patterns, out: &mut Vec<Candidate>) {
    for c in p.postcode.captures_iter(text) {
        let (Some(all), Some(outward), Some(inward)) = (c.get(0), c.name("out"), c.name("in"))
        else {
            continue;
        };
        let inward_lower = inward.as_str().to_lowercase();
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|o| inward_lower.ends_with(o));
        let upper = all.as_str() == all.as_str().to_uppercase();
        if ordinal && !upper {
            continue;
        }
        let norm = format!(
            "{} {}",
            outward.as_str().to_uppercase(),
            inward.as_str().to_uppercase()
        );
        out.push(Candidate::new(
            FactKind::Postcode,
            all.start(),
            all.end(),
            norm,
        ));
    }
}

// ---------------------------------------------------------------------------------------
// References

/// A reference in capitals without white space.
pub(super) fn reference_norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Whether ten digits are a valid NHS number (modulus 11 check digit).
pub(super) fn nhs_number_valid(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let (Some(body), Some(&last)) = (d.get(..9), d.get(9)) else {
        return false;
    };
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = body
        .iter()
        .enumerate()
        .map(|(i, v)| v * (10 - i as u32))
        .sum();
    let check = 11 - (sum % 11);
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == last
}

fn references(text: &str, p: &Patterns, d: &Data, out: &mut Vec<Candidate>) {
    let has_letter_and_digit = |s: &str| {
        s.chars().any(|c| c.is_ascii_alphabetic()) && s.chars().any(|c| c.is_ascii_digit())
    };
    // "ASC/2024/118734", "FA-55021", "CMHT-N/24/6610".
    for m in p.ref_token.find_iter(text) {
        if has_letter_and_digit(m.as_str()) {
            out.push(Candidate::new(
                FactKind::Reference,
                m.start(),
                m.end(),
                reference_norm(m.as_str()),
            ));
        }
    }
    // "W0048821", "DPA1".
    for m in p.ref_code.find_iter(text) {
        out.push(Candidate::new(
            FactKind::Reference,
            m.start(),
            m.end(),
            reference_norm(m.as_str()),
        ));
    }
    // National Insurance numbers, "QQ 12 34 56 C".
    for m in p.ref_ni.find_iter(text) {
        out.push(Candidate::new(
            FactKind::Reference,
            m.start(),
            m.end(),
            reference_norm(m.as_str()),
        ));
    }
    // NHS numbers, "943 476 5919", only with a valid check digit when not labelled.
    for m in p.ref_nhs.find_iter(text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        if nhs_number_valid(&digits) {
            out.push(Candidate::new(
                FactKind::Reference,
                m.start(),
                m.end(),
                digits,
            ));
        }
    }
    // "Account reference: 7012 4453 09", "ASC ID 2204518", "NHS number: 999 016 6137".
    for c in p.ref_label.captures_iter(text) {
        let (Some(label), Some(v)) = (c.name("label"), c.name("v")) else {
            continue;
        };
        let label = super::data::simple_lower(label.as_str());
        let needs_number = d
            .reference_labels
            .iter()
            .any(|l| l.label == label && l.needs_number);
        if needs_number && c.name("num").is_none() {
            continue;
        }
        let value = v.as_str();
        let first = value.split(' ').next().unwrap_or(value);
        if !first.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // Groups of digits after the first token only continue an all-digit number.
        let value = if first.chars().all(|c| c.is_ascii_digit()) {
            value
        } else {
            first
        };
        let mut cand = Candidate::new(
            FactKind::Reference,
            v.start(),
            v.start() + value.len(),
            reference_norm(value),
        );
        cand.rank = LABELLED_REFERENCE_RANK;
        out.push(cand);
    }
}

/// Rank of a labelled reference: the label makes it win over a phone number or a date
/// read from the same characters.
const LABELLED_REFERENCE_RANK: u8 = 2;
