//! Convert a letter with an organisation's own lexicon on top of the built-in one: its own
//! plain words, glossary explanations and abbreviations (the file format is in
//! `docs/lexicon.md`).
//!
//! `cargo run -p easyread-examples --example use_own_lexicon`
//! converts `examples/data/lifeline-letter.txt` with the lexicon folder
//! `examples/data/northfield-lexicon/`; give another letter and folder as arguments:
//! `cargo run -p easyread-examples --example use_own_lexicon -- LETTER LEXICON_DIR`.

use std::path::PathBuf;
use std::sync::Arc;

use easyread::{convert, ConvertOptions, Lexicon};
use easyread_import::{import, ImportOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut args = std::env::args().skip(1);
    let letter = args
        .next()
        .map_or_else(|| data.join("lifeline-letter.txt"), PathBuf::from);
    let folder = args
        .next()
        .map_or_else(|| data.join("northfield-lexicon"), PathBuf::from);

    // Load the organisation's files once, at start-up: a bad row is a typed error that
    // names the file and line ("glossary.tsv:7: the explanation column is empty").
    let lexicon = Arc::new(Lexicon::with_extension_dir(&folder)?);
    let added = lexicon.extension();
    println!(
        "Lexicon {}: {} plain words, {} glossary terms, {} abbreviations added.\n",
        folder.display(),
        added.plain_words.len(),
        added.glossary.len(),
        added.abbreviations.len()
    );

    let document = import(&std::fs::read(&letter)?, &ImportOptions::default())?;

    // The same letter with the built-in lexicon and with the organisation's.
    let built_in = convert(&document, &ConvertOptions::default());
    let own = convert(
        &document,
        &ConvertOptions {
            lexicon: Some(Arc::clone(&lexicon)),
            ..ConvertOptions::default()
        },
    );

    println!("== With the built-in lexicon\n");
    print!("{}", easyread_render::text::render(&built_in.document));
    println!("\n== With {}\n", folder.display());
    print!("{}", easyread_render::text::render(&own.document));

    // What the organisation's rows changed: the changes only the second conversion made.
    println!("\n== Changes made by the organisation's lexicon\n");
    for change in &own.changes {
        if !built_in.changes.contains(change) {
            println!(
                "{:?} {}: {:?} -> {:?}",
                change.stage, change.rule, change.before, change.after
            );
        }
    }
    Ok(())
}
