//! Tests of the split stage.

use super::rules::{self, MAX_WORDS};
use super::*;
use crate::model::Source;
use crate::text::segment::sentences;

/// Whether a line starts a list item: "- ", "* ", "• ", "1. ", "2) ".
fn is_item_line(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") {
        return true;
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// The units of a letter, as `Draft::from_document` would make them from imported blocks:
/// paragraphs split at blank lines into sentences; lines starting with a list marker are
/// list items (continuation lines joined).
fn letter_units(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut lists = 0;
    let join = |lines: &[&str]| {
        lines
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for para in text.split("\n\n") {
        let lines: Vec<&str> = para.lines().collect();
        let mut prose: Vec<&str> = Vec::new();
        let mut item: Vec<&str> = Vec::new();
        let mut in_list = false;
        let flush_prose = |prose: &mut Vec<&str>, out: &mut Vec<Unit>| {
            let joined = join(prose);
            for span in sentences(&joined) {
                out.push(unit(
                    UnitKind::Sentence,
                    &joined[span.start..span.end],
                    None,
                ));
            }
            prose.clear();
        };
        for line in lines {
            if is_item_line(line) {
                if !item.is_empty() {
                    out.push(unit(
                        UnitKind::ListItem,
                        strip_marker(&join(&item)),
                        Some(lists),
                    ));
                    item.clear();
                } else {
                    flush_prose(&mut prose, &mut out);
                }
                in_list = true;
                item.push(line);
            } else if in_list && line.starts_with(' ') {
                item.push(line);
            } else {
                if !item.is_empty() {
                    out.push(unit(
                        UnitKind::ListItem,
                        strip_marker(&join(&item)),
                        Some(lists),
                    ));
                    item.clear();
                    lists += 1;
                }
                in_list = false;
                prose.push(line);
            }
        }
        if !item.is_empty() {
            out.push(unit(
                UnitKind::ListItem,
                strip_marker(&join(&item)),
                Some(lists),
            ));
            lists += 1;
        }
        flush_prose(&mut prose, &mut out);
    }
    out
}

fn strip_marker(item: &str) -> &str {
    let t = item.trim_start_matches(['-', '*', '•']);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    t[digits..].trim_start_matches(['.', ')']).trim()
}

fn unit(kind: UnitKind, text: &str, list: Option<usize>) -> Unit {
    Unit {
        kind,
        text: text.to_string(),
        strong: Vec::new(),
        list,
        source: Source::default(),
    }
}

fn letter_sentences(text: &str) -> Vec<String> {
    letter_units(text)
        .into_iter()
        .filter(|u| u.kind == UnitKind::Sentence)
        .map(|u| u.text)
        .collect()
}

fn fixture_letters() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["../../fixtures/letters", "/work/shared/samples/letters"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), text));
            }
        }
    }
    out
}

#[test]
fn show_fixture_splits() {
    for (name, text) in fixture_letters() {
        println!("=== {name}");
        for s in letter_sentences(&text) {
            let o = split_sentence(&s, true);
            if o.applied.is_empty() {
                if words(&s).len() > MAX_WORDS {
                    println!("LONG: {s}");
                }
                continue;
            }
            println!("IN:  {s}");
            for (p, l) in &o.pieces {
                match l {
                    Some(l) => println!("   - [{l}] {p}"),
                    None => println!("   > {p}"),
                }
            }
        }
    }
    let _ = (rules::SEMICOLON, Source::default());
}
