//! Where the syllables of a text are: ordinary lower-case words, capitalised words (names),
//! figures, and web and email addresses, with the words of each kind and their syllables as
//! the readability counts them, and the commonest words of three syllables or more. Used to
//! see what holds the Flesch-Kincaid grade of the Easy Read drafts up (`docs/quality.md`).
//!
//! ```sh
//! easyread convert --to txt letter.txt | cargo run -p easyread --example syllable_breakdown
//! ```

use std::collections::HashMap;
use std::io::Read;

use easyread::text::syllables;
use easyread::text::words::{is_email, is_url, words};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    // Kind -> (words, syllables), in a fixed order for the report.
    let kinds = ["lower-case", "capitalised", "figure", "address"];
    let mut totals: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut long_words: HashMap<String, (usize, u32)> = HashMap::new();
    for token in words(&text) {
        let word = &text[token.span.start..token.span.end];
        let n = syllables::count(word);
        let kind = if is_url(word) || is_email(word) {
            "address"
        } else if word.chars().any(|c| c.is_ascii_digit()) {
            "figure"
        } else if word.starts_with(char::is_uppercase) {
            "capitalised"
        } else {
            "lower-case"
        };
        let entry = totals.entry(kind).or_default();
        entry.0 += 1;
        entry.1 += n as usize;
        if kind == "lower-case" && n >= 3 {
            long_words.entry(word.to_lowercase()).or_insert((0, n)).0 += 1;
        }
    }
    let (all_words, all_syllables) = totals
        .values()
        .fold((0, 0), |(w, s), &(a, b)| (w + a, s + b));
    println!(
        "all: {all_words} words, {all_syllables} syllables, {:.3} a word",
        all_syllables as f64 / all_words.max(1) as f64
    );
    for kind in kinds {
        let (w, s) = totals.get(kind).copied().unwrap_or_default();
        println!(
            "{kind}: {w} words ({:.0}%), {s} syllables ({:.0}%), {:.2} a word",
            100.0 * w as f64 / all_words.max(1) as f64,
            100.0 * s as f64 / all_syllables.max(1) as f64,
            s as f64 / w.max(1) as f64
        );
    }
    let mut long: Vec<_> = long_words.into_iter().collect();
    long.sort_by(|a, b| {
        (b.1 .0 * b.1 .1 as usize)
            .cmp(&(a.1 .0 * a.1 .1 as usize))
            .then(a.0.cmp(&b.0))
    });
    let top: Vec<String> = long
        .iter()
        .take(40)
        .map(|(w, (count, n))| format!("{w} {count}x{n}"))
        .collect();
    println!("commonest long lower-case words: {}", top.join(", "));
    Ok(())
}
