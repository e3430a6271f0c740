//! Facts: dates, times, amounts, phone numbers, emails, web addresses, postcodes,
//! references and names that a conversion must never lose (design principle 1).
//!
//! [`find_facts`] recognises the facts of a text and normalises each one, so that the same
//! fact written two ways compares equal: "04/11/2024" and "4 November 2024" are both
//! `2024-11-04`; "six weeks" and "6 weeks" are both `6 weeks`; "10.30 am" and "10:30am" are
//! both `10:30`. [`check_facts`] proves that every fact of the source appears in a
//! converted text, and lists the ones that do not. [`document_facts`] collects the facts of
//! every passage of a [`Document`].
//!
//! ```
//! use easyread::facts::{check_facts, find_facts, FactKind};
//!
//! let source = find_facts("Your review is on 04/11/2024 at 10.30 am. Call 0117 496 0321.");
//! assert_eq!(source[0].kind, FactKind::Date);
//! assert_eq!(source[0].normalised, "2024-11-04");
//!
//! let check = check_facts(&source, "Your review is on 4 November 2024 at 10:30am.");
//! assert_eq!((check.found, check.kept), (3, 2));
//! assert_eq!(check.missing[0].kind, FactKind::Phone);
//! ```
//!
//! The word lists the recogniser uses (month names, units, titles, organisation words,
//! street words, reference labels...) are data files under `assets/lexicon/facts/`.

mod check;
mod data;
mod names;
mod patterns;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Block, Document, FlatText, Span};

/// What kind of fact a [`Fact`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A calendar date: "4 November 2024", "04/11/2024", "Tuesday 19 November",
    /// "November 2024". Normalised `YYYY-MM-DD`, `--MM-DD` without a year, `YYYY-MM` for a
    /// month and year.
    Date,
    /// A time of day: "10:30am", "10.30 am", "14:30", "noon". Normalised to 24 hours,
    /// `HH:MM`.
    Time,
    /// An amount of money: "£42.17", "£1,000", "300 pounds", "42p". Normalised
    /// `£<pounds>.<pence>`, such as `£1000.00`.
    Money,
    /// A UK phone number: "0117 496 0321", "+44 (0)117 496 0321", and the service numbers
    /// 999, 111, 101... after "call", "dial" and the like. Normalised to digits, +44 as 0.
    Phone,
    /// An email address, normalised to lower case.
    Email,
    /// A web address, with or without scheme. Normalised to lower case without the scheme,
    /// `www.` and a trailing slash.
    Url,
    /// A UK postcode, normalised to capitals with one space: `BS3 4QT`.
    Postcode,
    /// A reference: "ASC/2024/118734", "FA-55021", NHS and National Insurance numbers,
    /// numbers after labels such as "Our ref:" or "Account number". Normalised to
    /// capitals without spaces.
    Reference,
    /// A percentage: "25%", "25 per cent", "twenty five per cent". Normalised `25%`.
    Percentage,
    /// A number with a unit of time or measure: "28 days", "six weeks", "2.5 mg",
    /// "38–78 cm". Normalised to digits and the unit's canonical form: `6 weeks`.
    Quantity,
    /// A street line of an address ("48 Mill Lane") or a PO box. Normalised to lower
    /// case, abbreviations written out (`mill road` for "Mill Rd").
    Address,
    /// A person's name, after a title ("Mr Tomasz Nowak"), after "Dear", or on the line
    /// under a letter's closing ("Helen Marsh"). Normalised without the title and the full
    /// stops of initials: `Tomasz Nowak`, `R Singh`.
    Person,
    /// A named organisation or team: "Riverside Day Centre", "Review Team", "Adult Social
    /// Care". Normalised to lower case. A bare "the Council" is not a fact.
    Organisation,
}

impl FactKind {
    /// Every kind, in declaration order.
    pub const ALL: [FactKind; 13] = [
        FactKind::Date,
        FactKind::Time,
        FactKind::Money,
        FactKind::Phone,
        FactKind::Email,
        FactKind::Url,
        FactKind::Postcode,
        FactKind::Reference,
        FactKind::Percentage,
        FactKind::Quantity,
        FactKind::Address,
        FactKind::Person,
        FactKind::Organisation,
    ];

    /// The kind's name as used in JSON (`"date"`, `"phone"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Date => "date",
            FactKind::Time => "time",
            FactKind::Money => "money",
            FactKind::Phone => "phone",
            FactKind::Email => "email",
            FactKind::Url => "url",
            FactKind::Postcode => "postcode",
            FactKind::Reference => "reference",
            FactKind::Percentage => "percentage",
            FactKind::Quantity => "quantity",
            FactKind::Address => "address",
            FactKind::Person => "person",
            FactKind::Organisation => "organisation",
        }
    }

    /// Which kind wins when two facts cover exactly the same characters (lower wins).
    fn rank(self) -> u8 {
        match self {
            FactKind::Email => 0,
            FactKind::Url => 1,
            FactKind::Date => 3,
            FactKind::Time => 4,
            FactKind::Money => 5,
            FactKind::Percentage => 6,
            FactKind::Phone => 7,
            FactKind::Postcode => 8,
            FactKind::Reference => 9,
            FactKind::Address => 10,
            FactKind::Person => 11,
            FactKind::Organisation => 12,
            FactKind::Quantity => 13,
        }
    }
}

/// One fact found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// What kind of fact it is.
    pub kind: FactKind,
    /// The fact as written in the text, exactly the characters of `span` (a person's title
    /// included: "Mr Tomasz Nowak"; a line break inside a wrapped fact kept).
    pub text: String,
    /// The canonical value two ways of writing the same fact share; see [`FactKind`].
    pub normalised: String,
    /// Where the fact is: a byte range of the text given to [`find_facts`]; for
    /// [`document_facts`], of the document's input.
    pub span: Span,
}

/// The result of [`check_facts`]: how many facts the source has and which the output lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactsCheck {
    /// Distinct facts in the source (a fact repeated with the same kind and normalised value
    /// counts once).
    pub found: usize,
    /// How many of them the output keeps.
    pub kept: usize,
    /// The facts the output lost, each at its first place in the source.
    pub missing: Vec<Fact>,
}

impl FactsCheck {
    /// Whether the output keeps every fact of the source.
    pub fn all_kept(&self) -> bool {
        self.missing.is_empty()
    }
}

/// A possible fact before overlaps are resolved.
#[derive(Debug, Clone)]
struct Candidate {
    kind: FactKind,
    start: usize,
    end: usize,
    normalised: String,
    rank: u8,
}

impl Candidate {
    fn new(kind: FactKind, start: usize, end: usize, normalised: String) -> Self {
        Candidate {
            kind,
            start,
            end,
            normalised,
            rank: kind.rank(),
        }
    }
}

/// Find the facts of `text`, in order of position, never overlapping: where two possible
/// facts overlap, the longer one wins (on a tie, the more specific kind).
pub fn find_facts(text: &str) -> Vec<Fact> {
    let mut candidates = Vec::new();
    patterns::find(text, &mut candidates);
    names::find(text, &mut candidates);
    resolve(text, candidates)
}

/// Keep the longest of overlapping candidates and turn them into facts, in text order.
fn resolve(text: &str, mut candidates: Vec<Candidate>) -> Vec<Fact> {
    candidates.retain(|c| {
        c.start < c.end
            && !c.normalised.is_empty()
            && text.is_char_boundary(c.start)
            && text.is_char_boundary(c.end)
            && c.end <= text.len()
    });
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.rank.cmp(&b.rank))
            .then(a.start.cmp(&b.start))
    });
    // Chosen spans by start; none overlap.
    let mut chosen: BTreeMap<usize, Candidate> = BTreeMap::new();
    for c in candidates {
        let clashes_before = chosen
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, prev)| prev.end > c.start);
        if !clashes_before {
            chosen.insert(c.start, c);
        }
    }
    chosen
        .into_values()
        .filter_map(|c| {
            let written = text.get(c.start..c.end)?;
            Some(Fact {
                kind: c.kind,
                text: written.to_string(),
                normalised: c.normalised,
                span: Span {
                    start: c.start,
                    end: c.end,
                },
            })
        })
        .collect()
}

/// Check that every fact of `source` appears in `output_text`, comparing normalised values:
/// each distinct source fact (by kind and normalised value) is kept when the output has a
/// fact with the same value, or, for a date without a year, the same day and month; for a
/// name, organisation, address or reference, when the output holds the same words in order.
pub fn check_facts(source: &[Fact], output_text: &str) -> FactsCheck {
    check::check(source, output_text)
}

/// The facts of every passage of every block of `doc`, in reading order: headings,
/// paragraphs, lists, tables, rows, contact details, the salutation, the sign-off and the
/// addresses. On a sign-off, the first line after the closing phrase ("Yours sincerely,")
/// is a person when it reads as a name; so is the first line of a contact block.
///
/// Spans are in the document's input when the passage's text carries its origin (as
/// imported text does); otherwise a fact's span is its block's source span, or empty.
pub fn document_facts(doc: &Document) -> Vec<Fact> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        let block_span = block.source().and_then(|s| s.span).unwrap_or_default();
        let name_line = match block {
            Block::SignOff { lines, .. } => names::sign_off_name_line(lines),
            Block::Contact { .. } => Some(0),
            _ => None,
        };
        for (i, passage) in block.passages().into_iter().enumerate() {
            let flat = FlatText::new(passage);
            let mut facts = find_facts(&flat.text);
            if name_line == Some(i) {
                if let Some(person) = names::sign_off_person(&flat.text) {
                    let clash = facts
                        .iter()
                        .any(|f| f.span.start < person.span.end && person.span.start < f.span.end);
                    if !clash {
                        let at = facts.partition_point(|f| f.span.start < person.span.start);
                        facts.insert(at, person);
                    }
                }
            }
            for mut fact in facts {
                fact.span = input_span(&flat, fact.span).unwrap_or(block_span);
                out.push(fact);
            }
        }
    }
    out
}

/// Where a span of a passage's flat text stands in the input, when the text carries origins.
fn input_span(flat: &FlatText, span: Span) -> Option<Span> {
    let start = flat.origin_at(span.start)?.offset;
    let (last_at, last) = flat.text.get(..span.end)?.char_indices().next_back()?;
    let end = match flat.origin_at(last_at) {
        Some(o) if o.offset >= start => o.offset + last.len_utf8(),
        _ => start + (span.end - span.start),
    };
    Some(Span { start, end })
}
