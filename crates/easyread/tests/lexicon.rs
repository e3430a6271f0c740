//! An organisation's lexicon at run time: its rows change the conversion, override the
//! built-in rows, and bad folders and files give typed errors.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use easyread::lexicon::RowProblem;
use easyread::{
    convert, Block, Conversion, ConvertOptions, Document, Inline, Lexicon, LexiconError,
    LexiconExtension, Source,
};

fn letter(sentences: &[&str]) -> Document {
    let mut doc = Document::new();
    for s in sentences {
        doc.blocks.push(Block::Paragraph {
            content: vec![Inline::plain(*s)],
            source: Source::default(),
        });
    }
    doc
}

fn with(lexicon: Option<Lexicon>, doc: &Document) -> Conversion {
    convert(
        doc,
        &ConvertOptions {
            lexicon: lexicon.map(Arc::new),
            ..ConvertOptions::default()
        },
    )
}

/// The rows' text, one a line.
fn text(c: &Conversion) -> String {
    let mut out = String::new();
    for block in &c.document.blocks {
        if let Block::Row { content, .. } = block {
            out.extend(content.iter().map(|i| i.text.as_str()));
            out.push('\n');
        }
    }
    out
}

fn glossary(c: &Conversion) -> Vec<(String, String)> {
    c.document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Glossary { entries } => Some(entries),
            _ => None,
        })
        .flatten()
        .map(|e| {
            let join = |runs: &[Inline]| runs.iter().map(|r| r.text.as_str()).collect::<String>();
            (join(&e.term), join(&e.explanation))
        })
        .collect()
}

/// A fresh, empty folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("lexicon-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The lexicon of a folder `name` holding `files` (name, text).
fn lexicon(name: &str, files: &[(&str, &str)]) -> Lexicon {
    let dir = folder(name);
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    Lexicon::with_extension_dir(&dir).unwrap()
}

#[test]
fn an_extension_row_replaces_a_word_the_built_in_lexicon_keeps() {
    let doc = letter(&["We will look at your bills on a quarterly basis."]);
    let before = with(None, &doc);
    assert!(
        text(&before).contains("on a quarterly basis"),
        "{}",
        text(&before)
    );
    let own = lexicon(
        "quarterly",
        &[(
            "plain-words.tsv",
            "formal\tplain\tpos\tnotes\non a quarterly basis\tevery 3 months\tphrase\t\n",
        )],
    );
    let after = with(Some(own), &doc);
    assert_eq!(
        text(&after),
        "We will look at your bills every 3 months.\n",
        "{after:#?}"
    );
}

#[test]
fn an_extension_row_overrides_the_built_in_row() {
    let doc = letter(&["Our engineer will ascertain whether the line works."]);
    assert!(text(&with(None, &doc)).contains("find out whether"));
    let own = lexicon(
        "override",
        &[(
            "plain-words.tsv",
            "formal\tplain\tpos\nascertain\tcheck\tverb\n",
        )],
    );
    assert_eq!(
        text(&with(Some(own), &doc)),
        "Our engineer will check whether the line works.\n"
    );
}

#[test]
fn an_organisation_term_is_explained_with_its_own_words() {
    let doc = letter(&[
        "Your Lifeline alarm will be fitted soon.",
        "Your telecare is free.",
    ]);
    let before = glossary(&with(None, &doc));
    assert!(
        !before.iter().any(|(t, _)| t == "Lifeline alarm"),
        "{before:?}"
    );
    let built_in_telecare = before
        .iter()
        .find(|(t, _)| t == "telecare")
        .map(|(_, e)| e.clone())
        .expect("the built-in glossary explains telecare");
    let own = lexicon(
        "glossary",
        &[(
            "glossary.tsv",
            "term\texplanation\tdomain\tvariants\n\
         Lifeline alarm\ta button you wear that calls our team\tcare\tLifeline alarms\n\
         telecare\tequipment from our Lifeline service\tcare\t\n",
        )],
    );
    let c = with(Some(own), &doc);
    let after = glossary(&c);
    assert_eq!(
        after,
        [
            (
                "Lifeline alarm".to_string(),
                "a button you wear that calls our team.".to_string()
            ),
            (
                "telecare".to_string(),
                "equipment from our Lifeline service.".to_string()
            ),
        ]
    );
    assert_ne!(after[1].1, built_in_telecare);
    // The term is bold where it is first used.
    let bold: Vec<&str> = c
        .document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Row { content, .. } => Some(content),
            _ => None,
        })
        .flatten()
        .filter(|i| i.strong)
        .map(|i| i.text.as_str())
        .collect();
    assert!(bold.contains(&"Lifeline alarm"), "{bold:?}");
}

#[test]
fn an_organisation_abbreviation_is_expanded_and_overrides() {
    let doc = letter(&["Please phone the HFT if the GP agrees."]);
    let own = lexicon(
        "abbreviations",
        &[(
            "abbreviations.tsv",
            "abbreviation\texpansion\nHFT\tHome First Team\nGP\tfamily doctor\n",
        )],
    );
    let out = text(&with(Some(own), &doc));
    assert!(out.contains("Home First Team"), "{out}");
    assert!(out.contains("family doctor"), "{out}");
    assert!(!out.contains("HFT"), "{out}");
}

#[test]
fn the_built_in_lexicon_is_the_default_and_an_empty_extension_changes_nothing() {
    let doc = letter(&["We will ascertain your needs on a quarterly basis."]);
    let default = with(None, &doc);
    assert_eq!(with(Some(Lexicon::built_in()), &doc), default);
    assert_eq!(
        with(
            Some(Lexicon::with_extension(LexiconExtension::default()).unwrap()),
            &doc
        ),
        default
    );
}

#[test]
fn the_example_lexicon_folder_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data/northfield-lexicon");
    let lexicon = Lexicon::with_extension_dir(dir).unwrap();
    let ext = lexicon.extension();
    assert!(
        !ext.plain_words.is_empty() && !ext.glossary.is_empty() && !ext.abbreviations.is_empty()
    );
}

#[test]
fn a_missing_folder_a_file_and_an_empty_folder_are_typed_errors() {
    let missing = folder("missing").join("nope");
    assert!(matches!(
        Lexicon::with_extension_dir(&missing),
        Err(LexiconError::NotFound(p)) if p == missing
    ));
    let dir = folder("a-file");
    let file = dir.join("plain-words.tsv");
    std::fs::write(&file, "formal\tplain\tpos\n").unwrap();
    assert!(matches!(
        Lexicon::with_extension_dir(&file),
        Err(LexiconError::NotAFolder(_))
    ));
    let empty = folder("empty");
    std::fs::write(empty.join("README.md"), "our words").unwrap();
    assert!(matches!(
        Lexicon::with_extension_dir(&empty),
        Err(LexiconError::NoFiles(_))
    ));
}

#[test]
fn a_misspelt_file_name_is_refused() {
    let dir = folder("misspelt");
    std::fs::write(dir.join("glossery.tsv"), "term\texplanation\n").unwrap();
    match Lexicon::with_extension_dir(&dir) {
        Err(LexiconError::UnknownFile(p)) => assert!(p.ends_with("glossery.tsv")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bad_row_in_a_folder_names_the_file_and_line() {
    let dir = folder("bad-row");
    std::fs::write(
        dir.join("plain-words.tsv"),
        "formal\tplain\tpos\nascertain\tcheck\tverb\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("glossary.tsv"),
        "# ours\nterm\texplanation\tdomain\tvariants\nLifeline\t\tcare\t\n",
    )
    .unwrap();
    match Lexicon::with_extension_dir(&dir) {
        Err(LexiconError::BadRow {
            path,
            line,
            problem,
        }) => {
            assert!(path.ends_with("glossary.tsv"), "{path:?}");
            assert_eq!(line, 3);
            assert_eq!(
                problem,
                RowProblem::Empty {
                    column: "explanation"
                }
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn files_over_the_size_limit_and_not_utf8_are_refused() {
    let dir = folder("too-large");
    let big = vec![b'#'; easyread::lexicon::MAX_FILE_BYTES as usize + 1];
    std::fs::write(dir.join("glossary.tsv"), big).unwrap();
    assert!(matches!(
        Lexicon::with_extension_dir(&dir),
        Err(LexiconError::TooLarge { .. })
    ));
    let dir = folder("not-utf8");
    std::fs::write(
        dir.join("glossary.tsv"),
        b"term\texplanation\n\xff\xfe\tx\n",
    )
    .unwrap();
    assert!(matches!(
        Lexicon::with_extension_dir(&dir),
        Err(LexiconError::NotUtf8(_))
    ));
}
