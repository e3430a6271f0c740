//! Facts made of capitalised words: people, organisations and street addresses.
//!
//! The text is read once into words; a name never crosses punctuation, a blank line, or a
//! line break after a short line (a letterhead or address line). A line break inside
//! running prose (a line with several lower-case words) is just a space.
//!
//! Conservative by design: a person is found only after a title ("Mr", "Dr.", "Sister"),
//! after "Dear", or on the line under a letter's closing; an organisation only when its
//! last word is a head word ("Centre", "Team", "Trust") with at least one name word before
//! it; an address only as a house number, name words and a street word.

use std::sync::OnceLock;

use regex::Regex;

use super::data::{alternation, data, Data};
use super::{Candidate, Fact, FactKind};
use crate::model::{plain_text, Inline, Span};

/// A word: a run of letters and digits, with apostrophes and hyphens inside it.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    line: usize,
}

/// What separates two neighbouring words.
#[derive(Debug, Clone, Copy, Default)]
struct Gap {
    /// White space that may sit inside a name: spaces, or one line break inside prose.
    joins: bool,
    /// A full stop before the white space ("Dr. Patel", "J. Smith").
    dot: bool,
    /// An apostrophe before the white space ("Magistrates' Court").
    apostrophe: bool,
    /// An ampersand in the white space ("Fire & Rescue").
    amp: bool,
}

impl Gap {
    /// White space only.
    fn plain(self) -> bool {
        self.joins && !self.dot && !self.apostrophe && !self.amp
    }
}

/// The words of a text, with which lines are running prose.
struct Words<'a> {
    text: &'a str,
    words: Vec<Word>,
    prose: Vec<bool>,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        let mut words = Vec::new();
        let mut lower_words = vec![0u32];
        let mut line = 0;
        let mut current: Option<Word> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            if ch.is_alphanumeric() {
                match current.as_mut() {
                    Some(w) => w.end = i + ch.len_utf8(),
                    None => {
                        if ch.is_lowercase() {
                            if let Some(n) = lower_words.last_mut() {
                                *n += 1;
                            }
                        }
                        current = Some(Word {
                            start: i,
                            end: i + ch.len_utf8(),
                            line,
                        });
                    }
                }
                continue;
            }
            let inside = current.is_some()
                && is_joiner(ch)
                && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
            if inside {
                continue;
            }
            if let Some(w) = current.take() {
                words.push(w);
            }
            if ch == '\n' {
                line += 1;
                lower_words.push(0);
            }
        }
        if let Some(w) = current.take() {
            words.push(w);
        }
        Words {
            text,
            words,
            prose: lower_words.into_iter().map(|n| n >= 3).collect(),
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    fn s(&self, i: usize) -> &'a str {
        self.words
            .get(i)
            .and_then(|w| self.text.get(w.start..w.end))
            .unwrap_or("")
    }

    fn start(&self, i: usize) -> usize {
        self.words.get(i).map_or(0, |w| w.start)
    }

    fn end(&self, i: usize) -> usize {
        self.words.get(i).map_or(0, |w| w.end)
    }

    /// What separates word `i` from word `i + 1`.
    fn gap(&self, i: usize) -> Gap {
        let (Some(a), Some(b)) = (self.words.get(i), self.words.get(i + 1)) else {
            return Gap::default();
        };
        let Some(mut rest) = self.text.get(a.end..b.start) else {
            return Gap::default();
        };
        let mut gap = Gap::default();
        if let Some(r) = rest.strip_prefix('.') {
            gap.dot = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix(['\'', '’']) {
            gap.apostrophe = true;
            rest = r;
        }
        let amp_free: String;
        if rest.trim() == "&" {
            gap.amp = true;
            amp_free = rest.replace('&', "");
            rest = &amp_free;
        }
        let newlines = rest.matches('\n').count();
        let prose = self.prose.get(a.line).copied().unwrap_or(false);
        gap.joins = !rest.is_empty()
            && rest.chars().all(char::is_whitespace)
            && (newlines == 0 || (newlines == 1 && prose));
        gap
    }
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !w.chars().any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || is_joiner(c))
}

/// The word without a possessive "'s", and whether it had one.
fn split_possessive(w: &str) -> (&str, bool) {
    match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
        Some(base) if !base.is_empty() => (base, true),
        _ => (w, false),
    }
}

/// A capitalised name word: "Nowak", "O'Brien", "Adeyemi-Ward", "Zieliński"; in capitals
/// only when `caps` (the title was in capitals too).
fn is_name_word(w: &str, caps: bool) -> bool {
    is_cap(w)
        && w.chars().all(|c| c.is_alphabetic() || is_joiner(c))
        && (w.chars().any(char::is_lowercase) || (caps && w.chars().count() >= 2))
}

/// A house number: "48", "12a", "12-14".
fn is_house_number(w: &str) -> bool {
    let mut chars = w.chars().peekable();
    if !chars.peek().is_some_and(char::is_ascii_digit) {
        return false;
    }
    let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    !digits.is_empty()
        && digits.len() <= 4
        && letters <= 1
        && w.chars()
            .all(|c| c.is_ascii_digit() || c.is_alphabetic() || c == '-')
        && !w.ends_with('-')
}

/// The title at word `w` and whether it is weak, also accepting titles in capitals ("MR").
fn title_of(w: &str, d: &Data) -> Option<(bool, bool)> {
    if let Some(weak) = d.titles.get(w) {
        return Some((*weak, false));
    }
    if is_all_caps(w) {
        let mut chars = w.chars();
        let first: String = chars.next()?.to_string();
        let titled = first + &chars.as_str().to_lowercase();
        return d.titles.get(&titled).map(|weak| (*weak, true));
    }
    None
}

/// Add every person, organisation and street address of `text` to `out`.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let d = data();
    let ws = Words::new(text);
    let mut people: Vec<(usize, usize)> = Vec::new();
    persons(&ws, d, out, &mut people);
    sign_offs(text, out, &mut people);
    people.sort_unstable();
    organisations(&ws, d, &people, out);
    addresses(&ws, d, out);
}

// ---------------------------------------------------------------------------------------
// People

/// The name after word `i` (a title or "Dear"): its end and normalised form.
fn name_after(ws: &Words, i: usize, d: &Data, strict: bool, caps: bool) -> Option<(usize, String)> {
    let g = ws.gap(i);
    if !g.joins || g.apostrophe || g.amp {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut kept = 0;
    let mut end = None;
    let (mut words, mut initials) = (0, 0);
    let mut k = i + 1;
    while k < ws.len() {
        let w = ws.s(k);
        if is_initial(w) {
            if initials == 3 {
                break;
            }
            initials += 1;
            parts.push(w);
        } else {
            let (base, possessive) = split_possessive(w);
            let refused = !is_name_word(base, caps)
                || d.is_stop(base)
                || d.salutation_words.contains(base)
                || d.org_heads.contains(base)
                || d.titles.contains_key(base)
                || (strict && d.roles.contains(base));
            if refused {
                break;
            }
            parts.push(base);
            words += 1;
            kept = parts.len();
            end = Some(ws.start(k) + base.len());
            if possessive || words == 3 {
                break;
            }
        }
        let g = ws.gap(k);
        if !g.joins || g.apostrophe || g.amp || (g.dot && !is_initial(w)) {
            break;
        }
        k += 1;
    }
    let end = end?;
    parts.truncate(kept);
    Some((end, parts.join(" ")))
}

fn persons(ws: &Words, d: &Data, out: &mut Vec<Candidate>, people: &mut Vec<(usize, usize)>) {
    for i in 0..ws.len() {
        let w = ws.s(i);
        let found = if let Some((weak, caps)) = title_of(w, d) {
            // "Clinical Nurse Specialist", "Ward Sister": a job title, not a title.
            if weak && i > 0 {
                let prev = ws.s(i - 1);
                if ws.gap(i - 1).plain() && is_cap(prev) && !d.is_stop(prev) {
                    continue;
                }
            }
            name_after(ws, i, d, weak, caps)
        } else if w == "Dear" {
            name_after(ws, i, d, true, false)
        } else {
            None
        };
        if let Some((end, name)) = found {
            let start = if w == "Dear" {
                ws.start(i + 1)
            } else {
                ws.start(i)
            };
            people.push((start, end));
            out.push(Candidate::new(FactKind::Person, start, end, name));
        }
    }
}

/// The closing phrase of a letter, alone on its line.
fn closing_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let closings = alternation(data().closings.iter().map(String::as_str));
        Regex::new(&format!(r"(?im)^[ \t]*(?:{closings})[ \t]*[,.!]?[ \t]*$"))
            .expect("facts: closing pattern compiles")
    })
}

/// Names on the first non-empty line after each closing phrase.
fn sign_offs(text: &str, out: &mut Vec<Candidate>, people: &mut Vec<(usize, usize)>) {
    for m in closing_line().find_iter(text) {
        let mut at = m.end();
        let Some(rest) = text.get(at..) else { continue };
        for line in rest.split('\n') {
            let line_start = at;
            at += line.len() + 1;
            if line.trim().is_empty() {
                continue;
            }
            if let Some((s, e, name)) = sign_off_name(line) {
                people.push((line_start + s, line_start + e));
                out.push(Candidate::new(
                    FactKind::Person,
                    line_start + s,
                    line_start + e,
                    name,
                ));
            }
            break;
        }
    }
}

/// A line that reads as a person's name ("Helen Marsh", "Station Manager T. Adebayo"):
/// the name's byte range in the line and its normalised form. Job titles and team names
/// ("Revenues Manager", "Parking Services Team") are not names.
fn sign_off_name(line: &str) -> Option<(usize, usize, String)> {
    let d = data();
    if line
        .chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '@' | ':' | ',' | '(' | ')' | '/' | '&'))
    {
        return None;
    }
    #[derive(PartialEq)]
    enum Tok {
        Initial,
        Word,
        Other,
    }
    let mut tokens: Vec<(usize, usize, &str, Tok)> = Vec::new();
    let mut start = None;
    for (i, ch) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (ch.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let raw = line.get(s..i).unwrap_or("");
                let core = raw.strip_suffix('.').unwrap_or(raw);
                let kind = if is_initial(core) {
                    Tok::Initial
                } else if is_name_word(core, false) && core.chars().any(char::is_alphabetic) {
                    Tok::Word
                } else {
                    Tok::Other
                };
                tokens.push((s, s + core.len(), core, kind));
                start = None;
            }
            _ => {}
        }
    }
    if tokens.is_empty() || tokens.len() > 7 {
        return None;
    }
    if tokens.first().is_some_and(|t| title_of(t.2, d).is_some()) {
        // A titled name is found by the title rule.
        return None;
    }
    let valid = |t: &(usize, usize, &str, Tok)| match t.3 {
        Tok::Initial => true,
        Tok::Word => {
            !d.is_stop(t.2)
                && !d.salutation_words.contains(t.2)
                && !d.roles.contains(t.2)
                && !d.org_heads.contains(t.2)
                && !d.streets.contains_key(t.2)
                && !d.titles.contains_key(t.2)
                && !d.weekdays.contains(&t.2.to_lowercase())
        }
        Tok::Other => false,
    };
    for p in 0..tokens.len() {
        let (rank, name) = tokens.split_at(p);
        let rank_ok = rank.is_empty()
            || (rank.iter().all(|t| t.3 == Tok::Word)
                && rank.iter().any(|t| d.roles.contains(t.2)));
        let name_ok = (2..=4).contains(&name.len())
            && name.iter().all(valid)
            && name.last().is_some_and(|t| t.3 == Tok::Word);
        if rank_ok && name_ok {
            let (first, last) = (name.first()?, name.last()?);
            let normalised = name.iter().map(|t| t.2).collect::<Vec<_>>().join(" ");
            return Some((first.0, last.1, normalised));
        }
    }
    None
}

/// Which line of a sign-off block holds the name: the first non-empty line after the
/// closing phrase, or the first non-empty line when the block has no closing phrase.
pub(super) fn sign_off_name_line(lines: &[Vec<Inline>]) -> Option<usize> {
    let texts: Vec<String> = lines.iter().map(|l| plain_text(l)).collect();
    let closing = texts.iter().position(|t| closing_line().is_match(t));
    let from = closing.map_or(0, |c| c + 1);
    (from..texts.len()).find(|&i| texts.get(i).is_some_and(|t| !t.trim().is_empty()))
}

/// The person named by a sign-off or contact line, with its span in the line.
pub(super) fn sign_off_person(line: &str) -> Option<Fact> {
    let (start, end, normalised) = sign_off_name(line)?;
    Some(Fact {
        kind: FactKind::Person,
        text: line.get(start..end)?.to_string(),
        normalised,
        span: Span { start, end },
    })
}

// ---------------------------------------------------------------------------------------
// Organisations

/// An organisation or address name normalised: lower case, single spaces, no full stops,
/// "&" as "and", typographic apostrophes as plain ones.
pub(super) fn name_norm(s: &str) -> String {
    let s = s.replace('&', " and ").replace('’', "'").replace('.', " ");
    super::data::simple_lower(&s)
}

/// The first word of an organisation phrase ("Adult Social Care") ending at word `k`.
fn phrase_ending_at(ws: &Words, k: usize, d: &Data) -> Option<usize> {
    let mut best = None;
    for phrase in &d.org_phrases {
        let n = phrase.len();
        if n == 0 || n > k + 1 {
            continue;
        }
        let first = k + 1 - n;
        let matches = phrase.iter().enumerate().all(|(j, p)| {
            let w = ws.s(first + j);
            let w = if first + j == k {
                split_possessive(w).0
            } else {
                w
            };
            w == p && (first + j == k || ws.gap(first + j).plain())
        });
        if matches && best.is_none_or(|b| first < b) {
            best = Some(first);
        }
    }
    best
}

fn is_connector(w: &str) -> bool {
    matches!(w, "and" | "of" | "for" | "the")
}

fn in_person(people: &[(usize, usize)], at: usize) -> bool {
    let i = people.partition_point(|p| p.0 <= at);
    i > 0 && people.get(i - 1).is_some_and(|p| at < p.1)
}

fn organisations(ws: &Words, d: &Data, people: &[(usize, usize)], out: &mut Vec<Candidate>) {
    let n = ws.len();
    for k in 0..n {
        let (base, possessive) = split_possessive(ws.s(k));
        let phrase_start = phrase_ending_at(ws, k, d);
        if !d.org_heads.contains(base) && phrase_start.is_none() {
            continue;
        }
        // "Council Tax", "Team Manager": the head word starts a longer name.
        if !possessive && k + 1 < n {
            let next = ws.s(k + 1);
            if ws.gap(k).plain() && is_cap(next) && !d.is_stop(next) {
                continue;
            }
        }
        let head_first = phrase_start.unwrap_or(k);
        let mut m = head_first;
        while m > 0 && head_first - m < 8 {
            let prev = ws.s(m - 1);
            let g = ws.gap(m - 1);
            if !g.joins || in_person(people, ws.start(m - 1)) {
                break;
            }
            if g.dot && !d.name_abbreviations.contains(prev) {
                break;
            }
            if g.apostrophe && !prev.ends_with('s') {
                break;
            }
            let pposs = split_possessive(prev).1;
            let ok = if prev == "and" {
                !g.amp
            } else if prev == "of" || prev == "for" {
                m >= 2 && d.org_heads.contains(ws.s(m - 2))
            } else if is_cap(prev) {
                // Stop words may sit inside a name ("Customer Contact Centre"); those at
                // its start ("Please", "The", "Dear") are trimmed below.
                let acronym_before_connector = is_all_caps(prev) && is_connector(ws.s(m));
                let possessive_ok =
                    !pposs || (m >= 2 && d.name_abbreviations.contains(ws.s(m - 2)));
                possessive_ok && !acronym_before_connector
            } else {
                false
            };
            if !ok {
                break;
            }
            m -= 1;
        }
        while m < head_first && (is_connector(ws.s(m)) || !is_cap(ws.s(m)) || d.is_stop(ws.s(m))) {
            m += 1;
        }
        let mut end = ws.start(k) + base.len();
        if m == head_first && phrase_start.is_none() {
            // "Department for Work and Pensions": a head word first, then "for"/"of".
            match right_extension(ws, k, d, possessive) {
                Some(e) => end = e,
                None => continue,
            }
        }
        let start = ws.start(m);
        if let Some(written) = ws.text.get(start..end) {
            out.push(Candidate::new(
                FactKind::Organisation,
                start,
                end,
                name_norm(written),
            ));
        }
    }
}

/// The end of "<Head> for|of <Capitalised words>" starting at head word `k`.
fn right_extension(ws: &Words, k: usize, d: &Data, possessive: bool) -> Option<usize> {
    let connector = ws.s(k + 1);
    if possessive || !(connector == "for" || connector == "of") || !ws.gap(k).plain() {
        return None;
    }
    let mut end = None;
    let mut j = k + 2;
    while j < ws.len() && j <= k + 8 {
        if !ws.gap(j - 1).joins || ws.gap(j - 1).dot || ws.gap(j - 1).apostrophe {
            break;
        }
        let (b, poss) = split_possessive(ws.s(j));
        if is_cap(b) && !d.is_stop(b) {
            end = Some(ws.start(j) + b.len());
            if poss {
                break;
            }
        } else if !is_connector(b) {
            break;
        }
        j += 1;
    }
    end
}

// ---------------------------------------------------------------------------------------
// Street addresses

fn addresses(ws: &Words, d: &Data, out: &mut Vec<Candidate>) {
    for k in 0..ws.len() {
        let Some(street) = d.streets.get(ws.s(k)) else {
            continue;
        };
        let mut m = k;
        while m > 0 && k - m < 4 {
            let prev = ws.s(m - 1);
            let g = ws.gap(m - 1);
            if !g.joins || g.amp || g.apostrophe || is_house_number(prev) {
                break;
            }
            if g.dot && !d.name_abbreviations.contains(prev) {
                break;
            }
            let (pbase, pposs) = split_possessive(prev);
            if !is_cap(prev) || d.is_stop(pbase) {
                break;
            }
            if pposs && !(m >= 2 && d.name_abbreviations.contains(ws.s(m - 2))) {
                break;
            }
            m -= 1;
        }
        if m == 0 || (m == k && !street.standalone) {
            continue;
        }
        let number = m - 1;
        if !is_house_number(ws.s(number)) || !ws.gap(number).plain() {
            continue;
        }
        let mut parts: Vec<String> = (number..k).map(|i| ws.s(i).to_lowercase()).collect();
        parts.push(street.normalised.clone());
        let (start, end) = (ws.start(number), ws.end(k));
        out.push(Candidate::new(
            FactKind::Address,
            start,
            end,
            name_norm(&parts.join(" ")),
        ));
    }
}
