//! Every fixture letter: no text is lost, and every origin points at its text.

mod common;

use std::path::PathBuf;

use common::{check_origins, no_text_lost};
use easyread_import::{decode, import, Format, ImportOptions};

fn fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/letters");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixture letters in {}", dir.display());
    paths
}

#[test]
fn no_text_is_lost_from_any_fixture_letter() {
    let text = ImportOptions {
        format: Some(Format::Text),
        ..ImportOptions::default()
    };
    for path in fixtures() {
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Read as plain text, every file (Markdown too) keeps every character.
        let doc = import(&bytes, &text).unwrap_or_else(|e| panic!("{name}: {e}"));
        no_text_lost(&decoded, &doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_origins(&decoded, &doc).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn every_fixture_letter_imports_with_origins_and_letter_parts() {
    for path in fixtures() {
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let format = path
            .extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension);
        let options = ImportOptions {
            format,
            ..ImportOptions::default()
        };
        let doc = import(&bytes, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
        let decoded = decode(&bytes).unwrap();
        check_origins(&decoded, &doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Runs are verbatim copies of the input wherever they can be.
        let with_origin = common::runs(&doc)
            .iter()
            .filter(|r| r.origin.is_some())
            .count();
        assert!(with_origin > 0, "{name}");
        // Every fixture is a letter: greeting, body, closing.
        let kinds: Vec<&str> = doc.blocks.iter().map(|b| b.kind()).collect();
        assert!(kinds.contains(&"salutation"), "{name}: {kinds:?}");
        assert!(kinds.contains(&"paragraph"), "{name}: {kinds:?}");
        assert!(kinds.contains(&"sign_off"), "{name}: {kinds:?}");
        assert!(doc.metadata.title.is_some(), "{name}: no title");
        assert!(
            doc.metadata.sender.is_some() || name.contains("council-tax-reduction"),
            "{name}: no sender"
        );
    }
}
