//! Linear time on large and awkward inputs.
//!
//! The 1 MB cases run with every `cargo test`; a quadratic step would make them take
//! minutes. Speed itself is measured, not asserted: see docs/benchmarks.md.

use std::time::{Duration, Instant};

use easyread_import::{import, ImportOptions};

/// Inputs of about `size` bytes in shapes that stress each part of the importer.
fn inputs(size: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(size / unit.len());
    vec![
        ("one long line of words", fill("lorem ipsum dolor ")),
        ("one long line of Markdown emphasis", fill("**a** *b* ")),
        (
            "one long line of Markdown links",
            fill("[a](https://e.org) "),
        ),
        ("one long line of brackets and stars", fill("[*`<")),
        ("one long line without spaces", fill("x")),
        ("many short lines", fill("Bristol\n")),
        ("many short chunks", fill("Title Case Line\n\n")),
        ("a long list", fill("- item of a list\n")),
        ("a long numbered list", fill("1. item\n")),
        (
            "many salutations and closings",
            fill("Dear Sir,\nYours sincerely,\n"),
        ),
        ("many details", fill("Our ref: ABC/1\n\n")),
        (
            "Markdown structure",
            fill("# H\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| c | d |\n\n"),
        ),
        ("unicode", fill("£18.60 café 😀 — ")),
    ]
}

fn run(size: usize) -> Vec<(&'static str, Duration)> {
    let options = ImportOptions::default();
    inputs(size)
        .into_iter()
        .map(|(name, text)| {
            let start = Instant::now();
            let doc = import(text.as_bytes(), &options);
            assert!(doc.is_ok(), "{name}: {:?}", doc.err());
            (name, start.elapsed())
        })
        .collect()
}

#[test]
fn one_megabyte_inputs_import() {
    for (name, elapsed) in run(1 << 20) {
        // Generous for debug builds on a busy machine; quadratic steps take minutes.
        assert!(elapsed < Duration::from_secs(30), "{name}: {elapsed:?}");
    }
}
