//! An organisation's own lexicon: extra plain words, glossary terms and abbreviations read
//! at run time from a folder, on top of the built-in data. The file format is documented in
//! `docs/lexicon.md`.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest extension file read, in bytes (5 MB): an organisation's list is a few
/// hundred rows; anything larger is a mistake, and refusing it keeps memory bounded.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// The most data rows one extension file may hold: enough for any organisation, few enough
/// that the glossary matcher still builds quickly.
pub const MAX_ROWS: usize = 10_000;

/// The parts of speech a plain-word row may have, as written in the `pos` column.
pub const PARTS_OF_SPEECH: [&str; 8] = [
    "verb", "noun", "adj", "adv", "prep", "conj", "det", "phrase",
];

/// The files an extension folder may hold. Each has the columns of the built-in file of the
/// same name under `assets/lexicon/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExtensionFile {
    /// `plain-words.tsv`: `formal`, `plain`, `pos`, and optional `notes`.
    PlainWords,
    /// `glossary.tsv`: `term`, `explanation`, and optional `domain` and `variants`.
    Glossary,
    /// `abbreviations.tsv`: `abbreviation`, `expansion`.
    Abbreviations,
}

impl ExtensionFile {
    /// Every kind of file, in the order they are read.
    pub const ALL: [ExtensionFile; 3] = [
        ExtensionFile::PlainWords,
        ExtensionFile::Glossary,
        ExtensionFile::Abbreviations,
    ];

    /// The file's name in an extension folder.
    pub fn file_name(self) -> &'static str {
        match self {
            ExtensionFile::PlainWords => "plain-words.tsv",
            ExtensionFile::Glossary => "glossary.tsv",
            ExtensionFile::Abbreviations => "abbreviations.tsv",
        }
    }

    /// The kind of file with this name, if it is one.
    pub fn from_file_name(name: &str) -> Option<ExtensionFile> {
        ExtensionFile::ALL
            .into_iter()
            .find(|f| f.file_name() == name)
    }

    /// The header the file must start with (after comments), as its column names.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            ExtensionFile::PlainWords => &["formal", "plain", "pos", "notes"],
            ExtensionFile::Glossary => &["term", "explanation", "domain", "variants"],
            ExtensionFile::Abbreviations => &["abbreviation", "expansion"],
        }
    }

    /// How many columns a row needs at least (the rest are optional).
    fn required_columns(self) -> usize {
        match self {
            ExtensionFile::PlainWords => 3,
            ExtensionFile::Glossary => 2,
            ExtensionFile::Abbreviations => 2,
        }
    }
}

impl fmt::Display for ExtensionFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file_name())
    }
}

/// A plain-word row: a formal word or phrase and its plain replacement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainWordRow {
    /// The formal word or phrase, in its base form ("commence", "prior to").
    pub formal: String,
    /// The plain replacement, in its base form ("start", "before").
    pub plain: String,
    /// The part of speech, one of [`PARTS_OF_SPEECH`]: verbs and nouns are inflected.
    pub pos: String,
    /// Free notes for staff; not used by the converter.
    pub notes: String,
}

/// A glossary row: a hard word that stays, with its plain explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryRow {
    /// The term as shown in the "Hard words" list.
    pub term: String,
    /// Its plain explanation, written to stand after "term:".
    pub explanation: String,
    /// Its area ("care", "housing", or the organisation's own); may be empty.
    pub domain: String,
    /// Other forms that mean the same: plurals, other names.
    pub variants: Vec<String>,
}

/// An abbreviation row: a short form and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbbreviationRow {
    /// The short form: rows with a capital match only as written ("NFC"), lower-case rows
    /// in any case ("approx.").
    pub abbreviation: String,
    /// What it stands for.
    pub expansion: String,
}

/// What is wrong with one row of an extension file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RowProblem {
    /// The first line that is not a comment is not the file's header.
    #[error("the first line that is not a comment must be the header {expected:?}")]
    MissingHeader {
        /// The header expected, its column names joined by tabs.
        expected: String,
    },
    /// Too few or too many tab-separated columns.
    #[error("{found} columns, expected {min} to {max} separated by tabs")]
    Columns {
        /// Columns found.
        found: usize,
        /// Fewest allowed.
        min: usize,
        /// Most allowed.
        max: usize,
    },
    /// A column that must have text is empty.
    #[error("the {column} column is empty")]
    Empty {
        /// The column's name.
        column: &'static str,
    },
    /// The `pos` column holds a value that is not a part of speech.
    #[error("unknown part of speech {found:?}; use one of verb, noun, adj, adv, prep, conj, det, phrase")]
    PartOfSpeech {
        /// The value found.
        found: String,
    },
    /// A key (formal phrase, term or variant, abbreviation) is on an earlier line too.
    #[error("{key:?} is already on line {first_line}")]
    Duplicate {
        /// The key, as written.
        key: String,
        /// The line it is first on.
        first_line: usize,
    },
}

/// Why an organisation's lexicon could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// The folder does not exist.
    #[error("lexicon folder {} not found", .0.display())]
    NotFound(PathBuf),
    /// The path is not a folder.
    #[error("{} is not a folder; give the folder that holds the lexicon files", .0.display())]
    NotAFolder(PathBuf),
    /// The folder holds none of the files an extension may have.
    #[error("{} holds no lexicon file (plain-words.tsv, glossary.tsv or abbreviations.tsv)", .0.display())]
    NoFiles(PathBuf),
    /// A `.tsv` file in the folder that is not one of the known names: most likely a typo.
    #[error("{} is not a lexicon file name (plain-words.tsv, glossary.tsv or abbreviations.tsv)", .0.display())]
    UnknownFile(PathBuf),
    /// A file or the folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// A file is larger than [`MAX_FILE_BYTES`].
    #[error("{} is larger than the limit of {limit} bytes", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A file is not UTF-8 text.
    #[error("{} is not UTF-8 text", .0.display())]
    NotUtf8(PathBuf),
    /// A file has more than [`MAX_ROWS`] rows.
    #[error("{} has more than {limit} rows", path.display())]
    TooManyRows {
        /// The file.
        path: PathBuf,
        /// The limit.
        limit: usize,
    },
    /// A row is wrong: `file:line: what`.
    #[error("{}:{line}: {problem}", path.display())]
    BadRow {
        /// The file.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        problem: RowProblem,
    },
    /// The glossary terms together make a matcher too large to build.
    #[error("the glossary terms are too many or too long to search for")]
    TooComplex,
}

/// An organisation's additions to the built-in lexicon: rows that add to it, and rows
/// that replace the built-in row with the same key (formal phrase, term, abbreviation).
///
/// Load one from a folder with [`LexiconExtension::load`], or from text with
/// [`LexiconExtension::add_file`] (a server that receives the files), then build a
/// [`Lexicon`](super::Lexicon) from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LexiconExtension {
    /// Rows of `plain-words.tsv`, in file order.
    pub plain_words: Vec<PlainWordRow>,
    /// Rows of `glossary.tsv`, in file order.
    pub glossary: Vec<GlossaryRow>,
    /// Rows of `abbreviations.tsv`, in file order.
    pub abbreviations: Vec<AbbreviationRow>,
}

impl LexiconExtension {
    /// Read the extension files of `dir`: `plain-words.tsv`, `glossary.tsv` and
    /// `abbreviations.tsv`, any of them (at least one). Other files (a README) are ignored;
    /// another `.tsv` name is refused, as it is most likely a misspelt one.
    pub fn load(dir: impl AsRef<Path>) -> Result<LexiconExtension, LexiconError> {
        let dir = dir.as_ref();
        let meta = std::fs::metadata(dir).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                LexiconError::NotFound(dir.to_path_buf())
            } else {
                LexiconError::Read {
                    path: dir.to_path_buf(),
                    source,
                }
            }
        })?;
        if !meta.is_dir() {
            return Err(LexiconError::NotAFolder(dir.to_path_buf()));
        }
        let read_err = |source| LexiconError::Read {
            path: dir.to_path_buf(),
            source,
        };
        let mut found: Vec<(ExtensionFile, PathBuf)> = Vec::new();
        let mut names: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(read_err)? {
            names.push(entry.map_err(read_err)?.path());
        }
        names.sort();
        for path in names {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            match ExtensionFile::from_file_name(name) {
                Some(kind) => found.push((kind, path)),
                None if name.to_ascii_lowercase().ends_with(".tsv") => {
                    return Err(LexiconError::UnknownFile(path))
                }
                None => {}
            }
        }
        if found.is_empty() {
            return Err(LexiconError::NoFiles(dir.to_path_buf()));
        }
        found.sort_by_key(|(kind, _)| ExtensionFile::ALL.iter().position(|k| k == kind));
        let mut ext = LexiconExtension::default();
        for (kind, path) in found {
            let text = read_capped(&path)?;
            ext.add_file(kind, &path, &text)?;
        }
        Ok(ext)
    }

    /// Add the rows of one file's text. `path` names the file in errors only. The text is
    /// checked as [`LexiconExtension::load`] checks a file: size, header, columns, rows.
    pub fn add_file(
        &mut self,
        kind: ExtensionFile,
        path: impl AsRef<Path>,
        text: &str,
    ) -> Result<(), LexiconError> {
        let path = path.as_ref();
        // A byte-order mark, as some spreadsheets write, is not part of the header.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() as u64 > MAX_FILE_BYTES {
            return Err(LexiconError::TooLarge {
                path: path.to_path_buf(),
                limit: MAX_FILE_BYTES,
            });
        }
        let bad = |line: usize, problem: RowProblem| LexiconError::BadRow {
            path: path.to_path_buf(),
            line,
            problem,
        };
        let header = kind.header();
        let (min, max) = (kind.required_columns(), header.len());
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut header_seen = false;
        let mut rows = 0;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if !header_seen {
                let names: Vec<String> = cols.iter().map(|c| c.to_ascii_lowercase()).collect();
                if names.len() < min
                    || names.len() > max
                    || names.iter().zip(header).any(|(a, b)| a != b)
                {
                    return Err(bad(
                        line,
                        RowProblem::MissingHeader {
                            expected: header.join("\t"),
                        },
                    ));
                }
                header_seen = true;
                continue;
            }
            rows += 1;
            if rows > MAX_ROWS {
                return Err(LexiconError::TooManyRows {
                    path: path.to_path_buf(),
                    limit: MAX_ROWS,
                });
            }
            if cols.len() < min || cols.len() > max {
                return Err(bad(
                    line,
                    RowProblem::Columns {
                        found: cols.len(),
                        min,
                        max,
                    },
                ));
            }
            for (c, name) in cols.iter().zip(header).take(min) {
                if c.is_empty() {
                    return Err(bad(line, RowProblem::Empty { column: name }));
                }
            }
            let col = |i: usize| cols.get(i).copied().unwrap_or_default().to_string();
            let mut keys: Vec<String> = Vec::new();
            match kind {
                ExtensionFile::PlainWords => {
                    let pos = col(2).to_ascii_lowercase();
                    if !PARTS_OF_SPEECH.contains(&pos.as_str()) {
                        return Err(bad(line, RowProblem::PartOfSpeech { found: col(2) }));
                    }
                    keys.push(col(0));
                    self.plain_words.push(PlainWordRow {
                        formal: col(0),
                        plain: col(1),
                        pos,
                        notes: col(3),
                    });
                }
                ExtensionFile::Glossary => {
                    let variants: Vec<String> = col(3)
                        .split('|')
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(str::to_string)
                        .collect();
                    keys.push(col(0));
                    keys.extend(variants.iter().cloned());
                    self.glossary.push(GlossaryRow {
                        term: col(0),
                        explanation: col(1),
                        domain: col(2),
                        variants,
                    });
                }
                ExtensionFile::Abbreviations => {
                    keys.push(col(0));
                    self.abbreviations.push(AbbreviationRow {
                        abbreviation: col(0),
                        expansion: col(1),
                    });
                }
            }
            for key in keys {
                // Abbreviations differ by case ("GP" and "gp"); the others do not.
                let folded = match kind {
                    ExtensionFile::Abbreviations => key.clone(),
                    _ => fold(&key),
                };
                if let Some(&first_line) = seen.get(&folded) {
                    return Err(bad(line, RowProblem::Duplicate { key, first_line }));
                }
                seen.insert(folded, line);
            }
        }
        Ok(())
    }

    /// Whether the extension adds nothing.
    pub fn is_empty(&self) -> bool {
        self.plain_words.is_empty() && self.glossary.is_empty() && self.abbreviations.is_empty()
    }
}

/// A key with case and runs of spaces folded, as rows are compared for duplicates.
fn fold(key: &str) -> String {
    key.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A file's text, refusing files over [`MAX_FILE_BYTES`] before reading them whole.
fn read_capped(path: &Path) -> Result<String, LexiconError> {
    let read_err = |source| LexiconError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LexiconError::TooLarge {
            path: path.to_path_buf(),
            limit: MAX_FILE_BYTES,
        });
    }
    String::from_utf8(bytes).map_err(|_| LexiconError::NotUtf8(path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(kind: ExtensionFile, text: &str) -> Result<LexiconExtension, LexiconError> {
        let mut ext = LexiconExtension::default();
        ext.add_file(kind, kind.file_name(), text)?;
        Ok(ext)
    }

    /// The line and problem of a bad-row error; panics on any other result.
    fn bad_row(kind: ExtensionFile, text: &str) -> (usize, RowProblem) {
        match add(kind, text) {
            Err(LexiconError::BadRow {
                path,
                line,
                problem,
            }) => {
                assert_eq!(path, Path::new(kind.file_name()));
                (line, problem)
            }
            other => panic!("expected a bad row, got {other:?}"),
        }
    }

    #[test]
    fn rows_are_read_with_comments_blank_lines_and_optional_columns() {
        let text = "\u{feff}# ours\n\nformal\tplain\tpos\tnotes\r\n\
                    ascertain\tcheck\tverb\thouse style\r\n# skip\n\
                    on a quarterly basis\tevery 3 months\tphrase\n";
        let ext = add(ExtensionFile::PlainWords, text).unwrap();
        assert_eq!(
            ext.plain_words,
            [
                PlainWordRow {
                    formal: "ascertain".into(),
                    plain: "check".into(),
                    pos: "verb".into(),
                    notes: "house style".into(),
                },
                PlainWordRow {
                    formal: "on a quarterly basis".into(),
                    plain: "every 3 months".into(),
                    pos: "phrase".into(),
                    notes: String::new(),
                },
            ]
        );
        let ext = add(
            ExtensionFile::Glossary,
            "term\texplanation\tdomain\tvariants\nLifeline\ta button that calls for help\tcare\tLifelines | Lifeline alarm\nkey worker\tyour main contact\n",
        )
        .unwrap();
        assert_eq!(ext.glossary[0].variants, ["Lifelines", "Lifeline alarm"]);
        assert_eq!(ext.glossary[1].domain, "");
        assert!(ext.glossary[1].variants.is_empty());
    }

    #[test]
    fn a_missing_header_is_reported_on_its_line() {
        let (line, problem) = bad_row(
            ExtensionFile::PlainWords,
            "# comment\nascertain\tcheck\tverb\n",
        );
        assert_eq!(line, 2);
        assert!(
            matches!(problem, RowProblem::MissingHeader { .. }),
            "{problem:?}"
        );
        let (line, _) = bad_row(ExtensionFile::Abbreviations, "short\texpansion\n");
        assert_eq!(line, 1);
    }

    #[test]
    fn wrong_columns_empty_fields_and_parts_of_speech_name_the_line() {
        let header = "formal\tplain\tpos\tnotes\n";
        let (line, problem) = bad_row(
            ExtensionFile::PlainWords,
            &format!("{header}ascertain\tcheck\tverb\n\ncommence start verb\n"),
        );
        assert_eq!(line, 4);
        assert_eq!(
            problem,
            RowProblem::Columns {
                found: 1,
                min: 3,
                max: 4
            }
        );
        let (line, problem) = bad_row(
            ExtensionFile::PlainWords,
            &format!("{header}ascertain\t\tverb\n"),
        );
        assert_eq!((line, problem), (2, RowProblem::Empty { column: "plain" }));
        let (line, problem) = bad_row(
            ExtensionFile::PlainWords,
            &format!("{header}ascertain\tcheck\tverbb\n"),
        );
        assert_eq!(line, 2);
        assert_eq!(
            problem,
            RowProblem::PartOfSpeech {
                found: "verbb".into()
            }
        );
        let (line, problem) = bad_row(
            ExtensionFile::Glossary,
            "term\texplanation\n\nrespite\t\tcare\n",
        );
        assert_eq!(
            (line, problem),
            (
                3,
                RowProblem::Empty {
                    column: "explanation"
                }
            )
        );
    }

    #[test]
    fn a_key_twice_names_both_lines() {
        let (line, problem) = bad_row(
            ExtensionFile::Glossary,
            "term\texplanation\nLifeline\ta button\tcare\tpendant\nkey worker\tyour contact\nPendant\tsomething else\n",
        );
        assert_eq!(line, 4);
        assert_eq!(
            problem,
            RowProblem::Duplicate {
                key: "Pendant".into(),
                first_line: 2
            }
        );
        // Abbreviations differ by case: "GP" and "gp" are two rows.
        assert!(add(
            ExtensionFile::Abbreviations,
            "abbreviation\texpansion\nHFT\tHome First Team\nhft\thome first team\n"
        )
        .is_ok());
    }

    #[test]
    fn the_error_message_has_file_and_line() {
        let err = add(
            ExtensionFile::PlainWords,
            "formal\tplain\tpos\nascertain\tcheck\tverbb\n",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "plain-words.tsv:2: unknown part of speech \"verbb\"; use one of verb, noun, adj, adv, prep, conj, det, phrase"
        );
    }

    #[test]
    fn too_many_rows_and_too_large_text_are_refused() {
        let mut text = String::from("abbreviation\texpansion\n");
        for i in 0..=MAX_ROWS {
            text.push_str(&format!("A{i}\tthing {i}\n"));
        }
        assert!(matches!(
            add(ExtensionFile::Abbreviations, &text),
            Err(LexiconError::TooManyRows {
                limit: MAX_ROWS,
                ..
            })
        ));
        let big = "#".repeat(MAX_FILE_BYTES as usize + 1);
        assert!(matches!(
            add(ExtensionFile::Abbreviations, &big),
            Err(LexiconError::TooLarge { .. })
        ));
    }

    #[test]
    fn file_names_round_trip() {
        for kind in ExtensionFile::ALL {
            assert_eq!(ExtensionFile::from_file_name(kind.file_name()), Some(kind));
        }
        assert_eq!(ExtensionFile::from_file_name("glossery.tsv"), None);
    }
}
