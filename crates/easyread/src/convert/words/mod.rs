//! The `words` stage: plain words with the right inflection ("commenced" -> "started"),
//! contractions written in full ("can't" -> "cannot"), numbers that count things as digits
//! ("five working days" -> "5 working days") and abbreviations expanded ("e.g." -> "for
//! example", "GP" -> "doctor").
//!
//! The data are `assets/lexicon/plain-words.tsv` (with the converter's own rows and
//! exceptions in `convert-words.tsv`), `contractions.tsv`, `abbreviations.tsv`,
//! `number-words.txt`, `count-nouns.txt` and `irregular-participles.txt`, indexed once.
//!
//! Every unit is read once: its facts are found first and never touched (a number in words
//! inside a quantity, "six weeks", may become digits: the quantity stays the same), then
//! each rule claims the words it rewrites, so no word is rewritten twice. The result is
//! checked: if a fact of the unit would be lost, the edits that lose it are dropped.

mod data;
mod inflect;
mod numbers;
mod phrases;
mod short;
#[cfg(test)]
mod tests;
mod tokens;

use super::{Draft, Stage};
use crate::facts::{find_facts, Fact, FactKind};
use crate::lexicon::Lexicon;
use crate::model::Source;
pub(crate) use data::{tables, Tables};
use tokens::{tokenize, Token};

/// Rule id: a formal word or phrase replaced by a plain one.
pub const PLAIN_WORD: &str = "plain-word";
/// Rule id: a contraction written in full.
pub const CONTRACTION: &str = "contraction";
/// Rule id: a number in words written as digits.
pub const NUMBER_TO_DIGITS: &str = "number-to-digits";
/// Rule id: an abbreviation or initials written in full.
pub const ABBREVIATION: &str = "abbreviation";

/// Run the stage over the draft with the built-in lexicon: every sentence, list item and
/// heading.
pub fn run(draft: &mut Draft) {
    run_with(draft, &Lexicon::built_in());
}

/// Run the stage over the draft with `lexicon`'s plain words and abbreviations (an
/// organisation's own on top of the built-in ones).
pub fn run_with(draft: &mut Draft, lexicon: &Lexicon) {
    let tables = lexicon.words();
    for i in 0..draft.units.len() {
        let unit = &draft.units[i];
        let heading = matches!(unit.kind, super::UnitKind::Heading(_));
        let edits = rewrite_with(&unit.text, heading, tables);
        if edits.is_empty() {
            continue;
        }
        let source: Source = unit.source;
        let new_text = apply(&unit.text, &edits);
        let strong = unit
            .strong
            .iter()
            .map(|s| map_phrase(&unit.text, &edits, s))
            .collect();
        let befores: Vec<(&'static str, String, String)> = edits
            .iter()
            .map(|e| {
                (
                    e.rule,
                    unit.text[e.start..e.end].to_string(),
                    e.after.clone(),
                )
            })
            .collect();
        let unit = &mut draft.units[i];
        unit.text = new_text;
        unit.strong = strong;
        for (rule, before, after) in befores {
            draft.record(Stage::Words, rule, before, after, source);
        }
    }
}

/// One replacement: the bytes `start..end` of the unit's text become `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    pub start: usize,
    pub end: usize,
    pub after: String,
    pub rule: &'static str,
}

/// What each byte of the text may still be changed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Free text.
    Free,
    /// Inside a quantity or percentage: numbers and units may be written out, the value
    /// stays the same.
    Soft,
    /// Inside another fact: never changed.
    Fact,
    /// Already rewritten by a rule.
    Used,
}

/// The text of a unit with what may be changed where.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub marks: Vec<Mark>,
    pub heading: bool,
    /// The plain words, contractions and abbreviations to use.
    pub tables: &'a Tables,
}

impl Ctx<'_> {
    /// Whether every byte of `start..end` is free (or soft, when `soft_ok`).
    pub fn free(&self, start: usize, end: usize, soft_ok: bool) -> bool {
        self.marks.get(start..end).is_some_and(|m| {
            m.iter()
                .all(|&k| k == Mark::Free || soft_ok && k == Mark::Soft)
        })
    }

    /// Claim `start..end` for an edit.
    pub fn claim(&mut self, start: usize, end: usize) {
        if let Some(m) = self.marks.get_mut(start..end) {
            m.fill(Mark::Used);
        }
    }

    /// The token before `i`, when only spaces stand between them.
    pub fn prev(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i)?;
        let p = self.tokens.get(i.checked_sub(1)?)?;
        tokens::joined(self.text, p, t).then_some(p.lower.as_str())
    }

    /// The token after `i`, when only spaces stand between them.
    pub fn next(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i)?;
        let n = self.tokens.get(i + 1)?;
        tokens::joined(self.text, t, n).then_some(n.lower.as_str())
    }

    /// The token as written.
    pub fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
}

/// The edits for one unit's text with the built-in lexicon.
#[cfg(test)]
pub(crate) fn rewrite(text: &str, heading: bool) -> Vec<Edit> {
    rewrite_with(text, heading, tables())
}

/// The edits for one unit's text, in order, never overlapping, keeping every fact.
pub(crate) fn rewrite_with(text: &str, heading: bool, tables: &Tables) -> Vec<Edit> {
    let facts = find_facts(text);
    let mut marks = vec![Mark::Free; text.len()];
    for f in &facts {
        let soft = matches!(f.kind, FactKind::Quantity | FactKind::Percentage);
        if let Some(m) = marks.get_mut(f.span.start..f.span.end) {
            m.fill(if soft { Mark::Soft } else { Mark::Fact });
        }
    }
    let mut ctx = Ctx {
        text,
        tokens: tokenize(text),
        marks,
        heading,
        tables,
    };
    let mut edits = Vec::new();
    short::contractions(&mut ctx, &mut edits);
    phrases::plain_words(&mut ctx, &mut edits);
    short::abbreviations(&mut ctx, &mut edits);
    numbers::numbers(&mut ctx, &mut edits);
    edits.sort_by_key(|e| e.start);
    if edits.is_empty() || keeps_facts(&facts, &apply(text, &edits)) {
        return edits;
    }
    // Some edit loses a fact (a label read differently, a name cut short): keep the edits
    // that do not, one at a time.
    let mut kept: Vec<Edit> = Vec::new();
    for e in edits {
        kept.push(e);
        if !keeps_facts(&facts, &apply(text, &kept)) {
            kept.pop();
        }
    }
    kept
}

/// Whether `output` holds every fact: the same kind and value, and for facts other than
/// quantities and percentages the same text.
fn keeps_facts(facts: &[Fact], output: &str) -> bool {
    let found = find_facts(output);
    facts.iter().all(|f| {
        found
            .iter()
            .any(|g| g.kind == f.kind && g.normalised == f.normalised)
            && (matches!(f.kind, FactKind::Quantity | FactKind::Percentage)
                || output.contains(&f.text))
    })
}

/// The text with the edits made. Edits are sorted and do not overlap.
pub(crate) fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for e in edits {
        if e.start < at || e.end > text.len() {
            continue;
        }
        out.push_str(&text[at..e.start]);
        out.push_str(&e.after);
        at = e.end;
    }
    out.push_str(&text[at..]);
    out
}

/// A bold phrase of the old text as it reads after the edits (unchanged when it is not
/// found or an edit crosses its edge).
fn map_phrase(text: &str, edits: &[Edit], phrase: &str) -> String {
    let Some(start) = text.find(phrase) else {
        return phrase.to_string();
    };
    let end = start + phrase.len();
    let inside: Vec<Edit> = edits
        .iter()
        .filter(|e| e.start >= start && e.end <= end)
        .map(|e| Edit {
            start: e.start - start,
            end: e.end - start,
            ..e.clone()
        })
        .collect();
    let crosses = edits
        .iter()
        .any(|e| e.start < end && e.end > start && !(e.start >= start && e.end <= end));
    if crosses {
        return phrase.to_string();
    }
    apply(phrase, &inside)
}

/// "a" or "an" before a word, by its first sound (near enough: by its first letter).
pub(crate) fn article_for(word: &str, old: &str) -> String {
    let lower = word.to_lowercase();
    let an = lower.starts_with(['a', 'e', 'i', 'o'])
        || lower.starts_with('u') && !lower.starts_with("us") && !lower.starts_with("uni")
        || lower.starts_with("hour")
        || lower.starts_with("honest");
    let article = if an { "an" } else { "a" };
    if tokens::capitalised(old) {
        tokens::capitalise(article)
    } else {
        article.to_string()
    }
}

/// Push an edit replacing the bytes `start..end` with `after`, fixing "a"/"an" before it,
/// and claim the text. No edit when `after` has its own article ("a lot") and an article
/// comes before it.
pub(crate) fn push_edit(
    ctx: &mut Ctx,
    edits: &mut Vec<Edit>,
    start: usize,
    end: usize,
    after: String,
    rule: &'static str,
) {
    let mut start = start;
    let mut after = after;
    let before = ctx.tokens.iter().rev().find(|t| t.end <= start);
    if let Some(p) = before {
        let gap_is_space = ctx.text[p.end..start].chars().all(char::is_whitespace);
        if gap_is_space && matches!(p.lower.as_str(), "a" | "an") && ctx.free(p.start, p.end, false)
        {
            // A plain phrase with its own article ("a lot") cannot follow one: "a
            // significantly different plan" stays, never "an a lot different plan".
            if after.starts_with("a ") || after.starts_with("an ") {
                return;
            }
            let old = &ctx.text[p.start..p.end];
            let new = article_for(&after, old);
            if new.to_lowercase() != p.lower {
                after = format!("{new}{}{after}", &ctx.text[p.end..start]);
                start = p.start;
            }
        }
    }
    ctx.claim(start, end);
    edits.push(Edit {
        start,
        end,
        after,
        rule,
    });
}
