//! Check a letter against the Easy Read rules from Rust code.
//!
//! `cargo run -p easyread-examples --example check_letter -- fixtures/letters/annual-review.txt`

use easyread::{check, CheckOptions, Severity};
use easyread_import::{import, ImportOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("give the path of a letter (plain text or Markdown)")?;
    let bytes = std::fs::read(&path)?;

    // Bytes -> Document: the importer finds the salutation, subject, paragraphs, lists and
    // sign-off, and refuses binary or oversized input with a typed error.
    let document = import(&bytes, &ImportOptions::default())?;

    // Document -> Report: readability of the body, and findings with rule ids and positions.
    let report = check(&document, &CheckOptions::default());
    let r = &report.readability;
    println!(
        "{path}: {} words in {} sentences, Flesch-Kincaid grade {:.1}",
        r.words, r.sentences, r.flesch_kincaid_grade
    );
    for finding in report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        let line = finding.line.map_or("?".to_string(), |l| l.to_string());
        println!("  line {line}: {} ({})", finding.message, finding.rule);
    }
    Ok(())
}
