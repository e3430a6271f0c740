//! The regression corpus: for every letter in `fixtures/letters/` and `fixtures/unseen/`, a
//! reviewed snapshot of its Easy Read text, exactly as `easyread convert LETTER --to txt`
//! writes it. The snapshots are in `tests/snapshots/`, one a letter, named after its file.
//!
//! A change to the output fails this test until the new snapshots are reviewed and accepted:
//! `INSTA_UPDATE=always cargo test -p easyread-e2e --test snapshots`, then read
//! `git diff tests/snapshots/` (or use `cargo insta review`). A letter without a snapshot
//! fails too, so a new fixture cannot go unreviewed; only `INSTA_UPDATE=always` (or
//! `unseen`) writes a missing one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use easyread::{convert, ConvertOptions};
use easyread_import::{import, Format, ImportOptions};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots")
}

/// Every `.txt` and `.md` letter of the two folders, sorted.
fn letters() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for folder in ["fixtures/letters", "fixtures/unseen"] {
        let dir = root().join(folder);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        out.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md")),
        );
    }
    out.sort();
    out
}

/// The snapshot's name: the letter's file name ("annual-review.txt").
fn name(letter: &Path) -> String {
    letter
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The Easy Read text of a letter, as the CLI writes it with `--to txt`.
fn easy_read(letter: &Path) -> String {
    let bytes = std::fs::read(letter).unwrap_or_else(|e| panic!("{}: {e}", letter.display()));
    let options = ImportOptions {
        format: letter
            .extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension),
        ..ImportOptions::default()
    };
    let document = import(&bytes, &options).unwrap_or_else(|e| panic!("{}: {e}", letter.display()));
    let conversion = convert(&document, &ConvertOptions::default());
    easyread_render::text::render(&conversion.document)
}

/// Whether this run may write snapshots that do not exist yet.
fn may_write_new() -> bool {
    matches!(
        std::env::var("INSTA_UPDATE").as_deref(),
        Ok("always" | "unseen")
    )
}

#[test]
fn every_fixture_letter_matches_its_reviewed_snapshot() {
    let letters = letters();
    assert!(letters.len() >= 30, "only {} letters found", letters.len());
    let names: BTreeSet<String> = letters.iter().map(|l| name(l)).collect();
    assert_eq!(names.len(), letters.len(), "two letters share a file name");

    // No snapshot may be missing (insta would otherwise write it and, outside CI, pass)...
    if !may_write_new() {
        let missing: Vec<&String> = names
            .iter()
            .filter(|n| !snapshot_dir().join(format!("{n}.snap")).exists())
            .collect();
        assert!(
            missing.is_empty(),
            "letters without a reviewed snapshot: {missing:?}; write them with \
             INSTA_UPDATE=always cargo test -p easyread-e2e --test snapshots, then review them"
        );
    }
    // ... and none may be left over from a letter that is gone.
    let stale: Vec<String> = std::fs::read_dir(snapshot_dir())
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter_map(|f| f.strip_suffix(".snap").map(str::to_string))
                .filter(|n| !names.contains(n))
                .collect()
        })
        .unwrap_or_default();
    assert!(stale.is_empty(), "snapshots without a letter: {stale:?}");

    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshot_dir());
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for letter in &letters {
            let source = letter
                .strip_prefix(root())
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            insta::with_settings!({ description => source }, {
                insta::assert_snapshot!(name(letter), easy_read(letter));
            });
        }
    });
}
