//! Convert a letter to an Easy Read draft from Rust code, and show what a reviewer needs:
//! the text, the facts check, and the changes made.
//!
//! `cargo run -p easyread-examples --example convert_letter -- fixtures/letters/annual-review.txt`

use easyread::{convert, ConvertOptions};
use easyread_import::{import, ImportOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("give the path of a letter (plain text or Markdown)")?;
    let document = import(&std::fs::read(&path)?, &ImportOptions::default())?;

    // The whole pipeline: clean-up, voice, plain words, one idea per sentence, glossary,
    // structure, then the facts check and readability on the result.
    let conversion = convert(&document, &ConvertOptions::default());

    print!("{}", easyread_render::text::render(&conversion.document));
    println!(
        "\nFacts kept: {} of {}. Flesch-Kincaid grade {:.1} -> {:.1}. {} changes.",
        conversion.facts.kept,
        conversion.facts.found,
        conversion.readability_before.flesch_kincaid_grade,
        conversion.readability_after.flesch_kincaid_grade,
        conversion.changes.len()
    );
    for missing in &conversion.facts.missing {
        println!("MISSING {:?}: {}", missing.kind, missing.text);
    }
    Ok(())
}
