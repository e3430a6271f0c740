//! The document model: what every importer produces and every renderer consumes.
//!
//! A [`Document`] is metadata plus a flat list of [`Block`]s. Inline text is a list of
//! [`Inline`] runs, each carrying its style and, when the run is a verbatim copy of the
//! input, the [`Origin`] of its first character so that findings can point back at the
//! exact line and column of the source. Everything serialises to versioned JSON: that JSON
//! is what the API returns and what staff send back, edited, to be rendered.

use serde::{Deserialize, Serialize};

/// Version of the JSON shape of [`Document`]. Bump it when a change would make older
/// readers misread newer documents.
pub const SCHEMA_VERSION: u32 = 1;

/// A document in any of our formats: an imported letter or a converted Easy Read draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The JSON schema version this value was written with; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Title, language, sender and other facts about the whole document.
    #[serde(default)]
    pub metadata: Metadata,
    /// The content, in reading order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

impl Document {
    /// An empty document in British English at the current schema version.
    pub fn new() -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            metadata: Metadata::default(),
            blocks: Vec::new(),
        }
    }

    /// Serialise to pretty JSON (the stable interchange form).
    pub fn to_json(&self) -> String {
        // Serialising this plain data tree cannot fail: no maps with non-string keys,
        // no custom serialisers.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parse JSON written by [`Document::to_json`], refusing versions we cannot read.
    pub fn from_json(json: &str) -> Result<Self, ModelError> {
        let doc: Document = serde_json::from_str(json).map_err(|e| ModelError::Json {
            line: e.line(),
            column: e.column(),
            reason: e.to_string(),
        })?;
        if doc.schema_version == 0 || doc.schema_version > SCHEMA_VERSION {
            return Err(ModelError::UnsupportedVersion {
                found: doc.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(doc)
    }
}

/// Why a JSON document could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    /// The JSON is malformed or does not have the document's shape.
    #[error("the document JSON is not valid at line {line}, column {column}: {reason}")]
    Json {
        /// 1-based line of the problem in the JSON text.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// serde's description (names fields and types, never document text).
        reason: String,
    },
    /// The JSON was written by a newer (or broken) version of easyread.
    #[error("the document uses schema version {found}, but this easyread reads versions 1 to {supported}; upgrade easyread")]
    UnsupportedVersion {
        /// The version found in the JSON.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
}

/// Facts about the whole document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The title: a letter's subject line, or a heading chosen by the conversion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// BCP 47 language tag of the main language, such as `en-GB`.
    pub language: String,
    /// Who sent the letter, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The input format the document was read from (`txt`, `md`, `docx`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_format: Option<String>,
}

impl Default for Metadata {
    fn default() -> Self {
        Metadata {
            title: None,
            language: "en-GB".to_string(),
            sender: None,
            source_format: None,
        }
    }
}

/// One unit of content. Blocks that are not running prose (salutation, sign-off, address)
/// have their own kinds so analysis can leave them out of sentence counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A heading; level 1 is the document title.
    Heading {
        /// 1 to 6.
        level: u8,
        /// The heading text.
        content: Vec<Inline>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The text.
        content: Vec<Inline>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered (true) or bulleted (false).
        ordered: bool,
        /// The items, in order; each item is one run of inline text.
        items: Vec<ListItem>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// A table; the first rows may be header rows.
    Table {
        /// The rows, in order.
        rows: Vec<TableRow>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// The greeting of a letter ("Dear Mrs Begum,").
    Salutation {
        /// The greeting text.
        content: Vec<Inline>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// The closing of a letter: "Yours sincerely", the name, the role, the team.
    SignOff {
        /// One entry per line.
        lines: Vec<Vec<Inline>>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// A postal address, one entry per line.
    Address {
        /// One entry per line.
        lines: Vec<Vec<Inline>>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// Short labelled lines that are neither prose nor an address: at the head of a letter
    /// the date, "Our ref: ...", "NHS number: ..."; in the body, blocks such as
    /// "Date: ... / Time: ... / Clinic: ...". Kept word for word; not sentences.
    Details {
        /// One entry per line.
        lines: Vec<Vec<Inline>>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// The Easy Read unit: one idea, with a picture to its left.
    Row {
        /// The picture, if one fits.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        symbol: Option<SymbolRef>,
        /// The text: one or two short sentences.
        content: Vec<Inline>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
    /// The "Hard words" list.
    Glossary {
        /// The entries, in the order the words first appear.
        entries: Vec<GlossaryEntry>,
    },
    /// Who to contact, and how.
    Contact {
        /// One entry per line (name, role, team, phone, email...).
        lines: Vec<Vec<Inline>>,
        /// Where it came from.
        #[serde(default)]
        source: Source,
    },
}

impl Block {
    /// The source record of this block (glossaries are generated and have none).
    pub fn source(&self) -> Option<&Source> {
        match self {
            Block::Heading { source, .. }
            | Block::Paragraph { source, .. }
            | Block::List { source, .. }
            | Block::Table { source, .. }
            | Block::Salutation { source, .. }
            | Block::SignOff { source, .. }
            | Block::Address { source, .. }
            | Block::Details { source, .. }
            | Block::Row { source, .. }
            | Block::Contact { source, .. } => Some(source),
            Block::Glossary { .. } => None,
        }
    }

    /// The runs of text this block holds, each as a separate passage, in reading order:
    /// one for a paragraph, one per item for a list, one per cell for a table, one per line
    /// for an address or sign-off.
    pub fn passages(&self) -> Vec<&[Inline]> {
        match self {
            Block::Heading { content, .. }
            | Block::Paragraph { content, .. }
            | Block::Salutation { content, .. }
            | Block::Row { content, .. } => vec![content.as_slice()],
            Block::List { items, .. } => items.iter().map(|i| i.content.as_slice()).collect(),
            Block::Table { rows, .. } => rows
                .iter()
                .flat_map(|r| r.cells.iter().map(|c| c.as_slice()))
                .collect(),
            Block::SignOff { lines, .. }
            | Block::Address { lines, .. }
            | Block::Details { lines, .. }
            | Block::Contact { lines, .. } => lines.iter().map(|l| l.as_slice()).collect(),
            Block::Glossary { entries } => entries
                .iter()
                .flat_map(|e| [e.term.as_slice(), e.explanation.as_slice()])
                .collect(),
        }
    }

    /// Whether this block is running prose whose sentences count for readability.
    /// Headings, salutations, sign-offs, addresses and contact blocks are not sentences.
    pub fn is_prose(&self) -> bool {
        matches!(
            self,
            Block::Paragraph { .. } | Block::List { .. } | Block::Table { .. } | Block::Row { .. }
        )
    }

    /// A short lower-case name of the block's kind, as used in JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Block::Heading { .. } => "heading",
            Block::Paragraph { .. } => "paragraph",
            Block::List { .. } => "list",
            Block::Table { .. } => "table",
            Block::Salutation { .. } => "salutation",
            Block::SignOff { .. } => "sign_off",
            Block::Address { .. } => "address",
            Block::Details { .. } => "details",
            Block::Row { .. } => "row",
            Block::Glossary { .. } => "glossary",
            Block::Contact { .. } => "contact",
        }
    }
}

/// One item of a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListItem {
    /// The item's text.
    pub content: Vec<Inline>,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRow {
    /// Whether this is a header row.
    #[serde(default)]
    pub header: bool,
    /// The cells, left to right.
    pub cells: Vec<Vec<Inline>>,
}

/// A hard word and its plain explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// The word or phrase as it appears in the text.
    pub term: Vec<Inline>,
    /// What it means, in plain words.
    pub explanation: Vec<Inline>,
}

/// Which picture sits beside a row, and why it was chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SymbolRef {
    /// The symbol set (`openmoji`, `easyread`, or a pack's name).
    pub set: String,
    /// The symbol's id within its set.
    pub id: String,
    /// A short plain description for screen readers; empty when decorative.
    #[serde(default)]
    pub alt: String,
    /// The word of the row that chose this symbol, when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inline {
    /// The text of the run.
    pub text: String,
    /// Bold: key facts and glossary words.
    #[serde(default, skip_serializing_if = "is_false")]
    pub strong: bool,
    /// Italic in the source. Easy Read does not use italics; the checker reports them.
    #[serde(default, skip_serializing_if = "is_false")]
    pub emphasis: bool,
    /// Underlined in the source. Easy Read does not underline; the checker reports it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub underline: bool,
    /// The target, when the run is a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Where the run's first character stands in the input, when `text` is a verbatim copy
    /// of the input from there on. Runs that were rewritten or generated have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Inline {
    /// A plain run with no style and no origin.
    pub fn plain(text: impl Into<String>) -> Self {
        Inline {
            text: text.into(),
            strong: false,
            emphasis: false,
            underline: false,
            link: None,
            origin: None,
        }
    }

    /// A bold run with no origin.
    pub fn strong(text: impl Into<String>) -> Self {
        Inline {
            strong: true,
            ..Inline::plain(text)
        }
    }

    /// The same run, marked as copied verbatim from `origin` in the input.
    pub fn at(mut self, origin: Origin) -> Self {
        self.origin = Some(origin);
        self
    }
}

/// A position in the input text: byte offset plus 1-based line and column (in characters).
/// Offsets count bytes of the decoded, UTF-8 input with line ends normalised to `\n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// Byte offset from the start of the normalised input.
    pub offset: usize,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in Unicode scalar values.
    pub column: u32,
}

/// A byte range `[start, end)` of the normalised input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Where a block came from: the input range for imported blocks; the input block and
/// sentence for blocks a conversion made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Source {
    /// The byte range of the input this block was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// For converted documents: the index of the input block it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// For converted documents: the index of the sentence within that block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
}

/// Inline runs flattened into one string, remembering where each run sits, so analysis can
/// work on plain text and still map a byte of it back to the input and to its style.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlatText {
    /// The concatenated text of the runs.
    pub text: String,
    /// For each run: its byte range in `text`, and the run itself.
    pub runs: Vec<(Span, Inline)>,
}

impl FlatText {
    /// Flatten a list of runs.
    pub fn new(runs: &[Inline]) -> Self {
        // Room for all the runs at once: every passage of a document is flattened, and
        // growing the string run by run reallocated and copied most of them.
        let mut text = String::with_capacity(runs.iter().map(|r| r.text.len()).sum());
        let mut out = Vec::with_capacity(runs.len());
        for run in runs {
            let start = text.len();
            text.push_str(&run.text);
            out.push((
                Span {
                    start,
                    end: text.len(),
                },
                run.clone(),
            ));
        }
        FlatText { text, runs: out }
    }

    /// The run that holds byte `at` of the flat text (the last run for the end position).
    pub fn run_at(&self, at: usize) -> Option<&(Span, Inline)> {
        self.runs
            .iter()
            .find(|(span, _)| span.start <= at && at < span.end)
            .or_else(|| self.runs.iter().rev().find(|(span, _)| span.start <= at))
    }

    /// Where byte `at` of the flat text stands in the input, when its run has an origin.
    /// Runs never hold line breaks, so the column is the run's column plus the characters
    /// before `at` in the run.
    pub fn origin_at(&self, at: usize) -> Option<Origin> {
        let (span, run) = self.run_at(at)?;
        let origin = run.origin?;
        let within = at.saturating_sub(span.start).min(run.text.len());
        let prefix = run.text.get(..within)?;
        Some(Origin {
            offset: origin.offset + within,
            line: origin.line,
            column: origin.column + prefix.chars().count() as u32,
        })
    }
}

/// Join the text of runs, dropping styles.
pub fn plain_text(runs: &[Inline]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        let mut doc = Document::new();
        doc.metadata.title = Some("Your care review".into());
        doc.metadata.sender = Some("Review Team".into());
        doc.blocks = vec![
            Block::Heading {
                level: 1,
                content: vec![Inline::plain("Your care review")],
                source: Source::default(),
            },
            Block::Salutation {
                content: vec![Inline::plain("Dear Mr Clarke,").at(Origin {
                    offset: 0,
                    line: 1,
                    column: 1,
                })],
                source: Source {
                    span: Some(Span { start: 0, end: 15 }),
                    ..Source::default()
                },
            },
            Block::Row {
                symbol: Some(SymbolRef {
                    set: "openmoji".into(),
                    id: "1F4C5".into(),
                    alt: "calendar".into(),
                    matched: Some("review".into()),
                }),
                content: vec![
                    Inline::plain("Your review is on "),
                    Inline::strong("Thursday 5 March 2026"),
                    Inline::plain("."),
                ],
                source: Source {
                    span: None,
                    block: Some(3),
                    sentence: Some(0),
                },
            },
            Block::List {
                ordered: false,
                items: vec![
                    ListItem {
                        content: vec![Inline::plain("your health")],
                    },
                    ListItem {
                        content: vec![Inline::plain("where you live")],
                    },
                ],
                source: Source::default(),
            },
            Block::Table {
                rows: vec![TableRow {
                    header: true,
                    cells: vec![vec![Inline::plain("What")], vec![Inline::plain("Cost")]],
                }],
                source: Source::default(),
            },
            Block::Glossary {
                entries: vec![GlossaryEntry {
                    term: vec![Inline::strong("advocate")],
                    explanation: vec![Inline::plain("someone who helps you say what you want")],
                }],
            },
        ];
        doc
    }

    #[test]
    fn json_round_trip_keeps_every_field() {
        let doc = sample();
        let json = doc.to_json();
        let back = Document::from_json(&json).expect("round trip");
        assert_eq!(back, doc);
        assert!(json.contains("\"schema_version\": 1"));
        assert!(json.contains("\"type\": \"row\""));
        // Default styles are left out, set ones are written.
        assert!(json.contains("\"strong\": true"));
        assert!(!json.contains("\"emphasis\": false"));
    }

    #[test]
    fn newer_schema_is_refused_with_a_clear_error() {
        let json = r#"{"schema_version": 99, "metadata": {"language": "en-GB"}, "blocks": []}"#;
        let err = Document::from_json(json).unwrap_err();
        assert_eq!(
            err,
            ModelError::UnsupportedVersion {
                found: 99,
                supported: SCHEMA_VERSION
            }
        );
        assert!(err.to_string().contains("upgrade easyread"));
    }

    #[test]
    fn malformed_json_names_the_position() {
        let err =
            Document::from_json("{\"schema_version\": 1,\n \"blocks\": [ {\"type\": \"nope\"} ]}")
                .unwrap_err();
        match err {
            ModelError::Json { line, .. } => assert_eq!(line, 2),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn flat_text_maps_bytes_back_to_input_positions() {
        let runs = vec![
            Inline::plain("Your review").at(Origin {
                offset: 100,
                line: 7,
                column: 1,
            }),
            Inline::plain(" "),
            Inline::plain("is on £42.17 today").at(Origin {
                offset: 112,
                line: 8,
                column: 1,
            }),
        ];
        let flat = FlatText::new(&runs);
        assert_eq!(flat.text, "Your review is on £42.17 today");
        let at_review = flat.text.find("review").unwrap();
        assert_eq!(
            flat.origin_at(at_review),
            Some(Origin {
                offset: 105,
                line: 7,
                column: 6
            })
        );
        // After a multi-byte character the column counts characters, not bytes.
        let at_today = flat.text.find("today").unwrap();
        let origin = flat.origin_at(at_today).unwrap();
        assert_eq!(origin.line, 8);
        assert_eq!(origin.column, 14);
        assert_eq!(origin.offset, 112 + "is on £42.17 ".len());
        // The generated space has no origin.
        assert_eq!(flat.origin_at(11), None);
    }

    #[test]
    fn headings_and_letter_furniture_are_not_prose() {
        let doc = sample();
        let prose: Vec<&str> = doc
            .blocks
            .iter()
            .filter(|b| b.is_prose())
            .map(|b| b.kind())
            .collect();
        assert_eq!(prose, ["row", "list", "table"]);
    }
}
