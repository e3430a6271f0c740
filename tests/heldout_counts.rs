//! On letters never used while developing the analysis, our counts must agree with an
//! independent count, and every formula must follow from the counts.
//!
//! The reference for each `fixtures/heldout/NAME.txt` is `NAME.reference.json`, made by
//! `scripts/reference-counts.py` from `NAME.sentences.txt` (a hand segmentation of the body):
//! sentences are its lines, words its white-space tokens, syllables from CMUdict (numbers
//! as spoken). None of it comes from easyread.

use std::path::{Path, PathBuf};

use easyread::{analyse, Readability};
use easyread_import::{import, ImportOptions};

fn heldout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/heldout")
}

fn letters() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(heldout_dir())
        .expect("fixtures/heldout exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".sentences.txt")
        })
        .collect();
    out.sort();
    out
}

fn readability(path: &Path) -> Readability {
    let bytes = std::fs::read(path).expect("read letter");
    let doc = import(&bytes, &ImportOptions::default()).expect("held-out letter imports");
    Readability::from_analysis(&analyse(&doc))
}

fn within(ours: f64, reference: f64, tolerance: f64) -> bool {
    (ours - reference).abs() <= tolerance * reference
}

#[test]
fn counts_agree_with_the_independent_reference() {
    let letters = letters();
    assert!(letters.len() >= 4, "expected at least 4 held-out letters");
    let mut failures = Vec::new();
    for path in &letters {
        let reference_path = path.with_extension("reference.json");
        let reference: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&reference_path)
                .unwrap_or_else(|e| panic!("{}: {e}", reference_path.display())),
        )
        .expect("reference is JSON");
        let r = readability(path);
        let name = path.file_name().unwrap().to_string_lossy();
        let checks = [
            ("words", r.words as f64, reference["words"].as_f64(), 0.05),
            (
                "sentences",
                r.sentences as f64,
                reference["sentences"].as_f64(),
                0.10,
            ),
            (
                "syllables",
                r.syllables as f64,
                reference["syllables"].as_f64(),
                0.05,
            ),
        ];
        for (what, ours, theirs, tolerance) in checks {
            let theirs = theirs.unwrap_or_else(|| panic!("{name}: reference lacks {what}"));
            eprintln!("{name}: {what} ours {ours} reference {theirs}");
            if !within(ours, theirs, tolerance) {
                failures.push(format!(
                    "{name}: {what} {ours} vs reference {theirs} (allowed {}%)",
                    tolerance * 100.0
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_formula_follows_from_the_counts() {
    for path in letters() {
        let r = readability(&path);
        assert!(r.words > 0 && r.sentences > 0);
        let (w, s, sy) = (r.words as f64, r.sentences as f64, r.syllables as f64);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(
            r.flesch_reading_ease,
            206.835 - 1.015 * (w / s) - 84.6 * (sy / w)
        ));
        assert!(close(
            r.flesch_kincaid_grade,
            0.39 * (w / s) + 11.8 * (sy / w) - 15.59
        ));
        assert!(close(
            r.smog,
            1.0430 * (r.polysyllables as f64 * 30.0 / s).sqrt() + 3.1291
        ));
        let letters_per_100 = r.characters as f64 / w * 100.0;
        let sentences_per_100 = s / w * 100.0;
        assert!(close(
            r.coleman_liau,
            0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8
        ));
        assert!(close(
            r.ari,
            4.71 * (r.characters as f64 / w) + 0.5 * (w / s) - 21.43
        ));
        assert!(close(
            r.gunning_fog,
            0.4 * ((w / s) + 100.0 * (r.complex_words as f64 / w))
        ));
        assert!(close(r.uk_reading_age, r.flesch_kincaid_grade + 5.0));
        assert!(close(r.mean_sentence_words, w / s));
    }
}
