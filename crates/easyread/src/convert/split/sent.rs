//! One sentence taken apart for the split rules: its words with their byte spans, how deep
//! in brackets each word sits, which fact each word belongs to, and the word-class guesses
//! (verb, subject, helping verb) the rules need.

use super::data::{split_words, Role, SplitWords};
use crate::facts::find_facts;
use crate::text::words::words;

/// A word of the sentence.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub lower: String,
    /// How many brackets are open at the word.
    pub depth: u32,
    /// The index of the fact the word is part of.
    pub fact: Option<usize>,
    /// The kind of that fact.
    pub kind: Option<crate::facts::FactKind>,
}

/// A sentence with its words.
#[derive(Debug)]
pub(crate) struct Sent<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    pub data: &'static SplitWords,
    /// `verbs_before[i]`: how many of the words before word `i` are verbs, so that
    /// [`Sent::has_verb`] is a subtraction, not a scan (rules ask it at every comma and
    /// conjunction; scanning made long sentences quadratic).
    verbs_before: Vec<u32>,
}

impl<'a> Sent<'a> {
    /// Take `text` apart.
    pub fn new(text: &'a str) -> Sent<'a> {
        let facts = find_facts(text);
        let mut toks = Vec::new();
        let mut depth = 0u32;
        let mut at = 0usize;
        let mut fact_at = 0usize;
        for t in words(text) {
            depth = bracket_depth(&text[at..t.span.start], depth);
            at = t.span.end;
            while fact_at < facts.len() && facts[fact_at].span.end <= t.span.start {
                fact_at += 1;
            }
            let found = facts
                .get(fact_at)
                .filter(|f| f.span.start <= t.span.start && t.span.end <= f.span.end);
            let fact = found.map(|_| fact_at);
            let kind = found.map(|f| f.kind);
            let word = &text[t.span.start..t.span.end];
            toks.push(Tok {
                start: t.span.start,
                end: t.span.end,
                lower: word.to_lowercase(),
                depth,
                fact,
                kind,
            });
        }
        let mut sent = Sent {
            text,
            toks,
            data: split_words(),
            verbs_before: Vec::new(),
        };
        let mut count = 0u32;
        let mut verbs_before = Vec::with_capacity(sent.toks.len() + 1);
        verbs_before.push(0);
        for i in 0..sent.toks.len() {
            count += u32::from(sent.is_verb(i));
            verbs_before.push(count);
        }
        sent.verbs_before = verbs_before;
        sent
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-case word at `i`, or "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }

    /// The word at `i` as written.
    pub fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The text between word `i - 1` and word `i` (before the first word for `i == 0`; after
    /// the last word for `i == len`).
    pub fn gap(&self, i: usize) -> &str {
        let from = if i == 0 { 0 } else { self.toks[i - 1].end };
        let to = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        self.text.get(from..to).unwrap_or("")
    }

    /// Where the gap before word `i` starts.
    pub fn gap_start(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.toks[i - 1].end
        }
    }

    /// Whether the gap before word `i` holds `c` outside brackets and outside a fact.
    pub fn mark_before(&self, i: usize, c: char) -> bool {
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let (a, b) = (&self.toks[i - 1], &self.toks[i]);
        a.depth == 0
            && b.depth == 0
            && !(a.fact.is_some() && a.fact == b.fact)
            && self.gap(i).contains(c)
            && !self.gap(i).contains('(')
            && !self.gap(i).contains(')')
    }

    /// Whether a comma comes before word `i` (outside brackets and facts).
    pub fn comma_before(&self, i: usize) -> bool {
        self.mark_before(i, ',')
    }

    /// Whether a comma follows a closing bracket in the gap before word `i` ("... (the
    /// landlord), I can confirm"), with word `i` outside brackets: [`Self::comma_before`]
    /// does not count these.
    pub fn comma_after_bracket(&self, i: usize) -> bool {
        let gap = self.gap(i);
        i < self.toks.len()
            && self.toks[i].depth == 0
            && gap.rfind(')').is_some_and(|p| gap[p..].contains(','))
            && !gap.contains('(')
    }

    /// Whether the lower-case word at `i` has the role.
    pub fn is(&self, i: usize, role: Role) -> bool {
        i < self.toks.len() && self.data.is(role, &self.toks[i].lower)
    }

    /// Whether word `i` is free to split at: outside brackets and outside a fact.
    pub fn free(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.depth == 0 && t.fact.is_none())
    }

    /// Whether the phrase of `words` starts at word `i`.
    pub fn phrase_at(&self, i: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(k, w)| {
            self.toks.get(i + k).is_some_and(|t| {
                t.lower == *w || t.lower.trim_end_matches('.') == w.trim_end_matches('.')
            }) && (k == 0 || !self.gap(i + k).contains(','))
        })
    }

    /// Whether word `i` looks like a verb.
    pub fn is_verb(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.fact.is_some() {
            return false;
        }
        let w = t.lower.as_str();
        let d = self.data;
        // "your NHS Health Check", "the Care Review Team": a capitalised word after another
        // inside the sentence is part of a name.
        let in_name = i > 0
            && self.word(i).starts_with(char::is_uppercase)
            && self.word(i - 1).starts_with(char::is_uppercase)
            && self.gap(i).chars().all(char::is_whitespace);
        if in_name {
            return false;
        }
        // "before the meeting", "your booking": an "-ing" word after a determiner is a noun.
        if i > 0 && w.ends_with("ing") && d.is(Role::Determiner, self.lower(i - 1)) {
            return false;
        }
        if d.is(Role::Aux, w) || d.is(Role::Verb, w) || is_inflected_verb(d, w) {
            return true;
        }
        let word = self.word(i);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && i > 0 {
            return false;
        }
        if d.irregular.contains(w) && w.len() > 3 {
            return true;
        }
        if w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") {
            return true;
        }
        // "you receive", "we understand": a word after a subject pronoun.
        i > 0
            && matches!(self.lower(i - 1), "i" | "you" | "we" | "they")
            && self.gap(i).chars().all(char::is_whitespace)
            && !d.is(Role::NotVerb, w)
            && !d.is(Role::Boundary, w)
            && w.chars().all(char::is_alphabetic)
    }

    /// Whether any word in `from..to` looks like a verb.
    pub fn has_verb(&self, from: usize, to: usize) -> bool {
        let count = |i: usize| {
            self.verbs_before
                .get(i.min(self.toks.len()))
                .copied()
                .unwrap_or(0)
        };
        from < to && count(to) > count(from)
    }

    /// Whether word `i` starts a clause with its own subject: "we will", "you must",
    /// "there are", "a plan will be made".
    pub fn starts_subject_clause(&self, i: usize) -> bool {
        if i >= self.toks.len() {
            return false;
        }
        if self.is(i, Role::Subject) {
            let next = i + 1;
            if self.gap(next).contains(',') {
                return false;
            }
            return match self.lower(i) {
                "there" => self.is(next, Role::Aux),
                "this" | "it" => {
                    self.is(next, Role::Aux)
                        || (self.is_verb(next) && self.lower(next).ends_with('s'))
                }
                _ => {
                    self.is_verb(next)
                        && !self.is(next, Role::NotVerb)
                        && !self.is(next, Role::Object)
                        && self.lower(next) != "please"
                }
            };
        }
        if self.is(i, Role::Determiner) {
            for j in i + 1..(i + 6).min(self.toks.len()) {
                if self.gap(j).contains(',') || self.gap(j).contains('(') {
                    return false;
                }
                if self.is(j, Role::Aux) {
                    return j > i + 1;
                }
                // "the plans which have been made": the helping verb after "which" is the
                // relative clause's, not a verb of the thing named.
                if self.is(j, Role::Boundary)
                    || self.is(j, Role::Coordinator)
                    || self.is(j, Role::Relative)
                {
                    return false;
                }
            }
        }
        false
    }

    /// Whether word `i` starts a main clause: a subject clause or an order ("please
    /// contact", "phone us").
    pub fn starts_main_clause(&self, i: usize) -> bool {
        self.starts_subject_clause(i)
            || self.lower(i) == "please"
            || (self.is(i, Role::Verb)
                && !self.is(i + 1, Role::Aux)
                && self.lower(i) != "be"
                && !self.gap(i + 1).contains(','))
    }
}

/// Whether `w` is an inflected form of a listed verb: "contacts", "phoned", "needing".
fn is_inflected_verb(d: &SplitWords, w: &str) -> bool {
    if let Some(stem) = w.strip_suffix("ies") {
        if d.is(Role::Verb, &format!("{stem}y")) {
            return true;
        }
    }
    let stems = [
        w.strip_suffix('s'),
        w.strip_suffix("es"),
        w.strip_suffix("ed"),
        w.strip_suffix('d'),
        w.strip_suffix("ing"),
    ];
    stems.into_iter().flatten().any(|s| {
        !s.is_empty()
            && (d.is(Role::Verb, s) || (w.ends_with("ing") && d.is(Role::Verb, &format!("{s}e"))))
    })
}

/// The bracket depth after the gap text `gap`, starting from `depth`.
fn bracket_depth(gap: &str, mut depth: u32) -> u32 {
    for c in gap.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// `text` made a sentence: trimmed, without a trailing comma, semicolon, colon or dash,
/// with a capital first letter and a full stop at the end (unless it already ends with a
/// full stop, question mark or exclamation mark).
pub(crate) fn finish(text: &str) -> String {
    finish_with(text, '.')
}

/// Like [`finish`], ending with `end` instead of a full stop unless `text` already ends
/// with a question or exclamation mark (or, for `.`, a full stop).
pub(crate) fn finish_with(text: &str, end: char) -> String {
    let body = text.trim().trim_end_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | '-' | '–' | '—') || c.is_whitespace()
    });
    let mut out = capitalise(body);
    let last = out.chars().next_back();
    let ends = match end {
        '.' => matches!(last, Some('.' | '?' | '!')),
        _ => false,
    };
    if !ends {
        out.push(end);
    }
    out
}

/// `text` with its first letter in capitals.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}
