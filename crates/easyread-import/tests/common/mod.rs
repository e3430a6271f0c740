//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;

use easyread::model::{plain_text, Block, Inline};
use easyread::Document;

/// One line per block: its kind (with level or ordering) and its passages joined by " | ".
pub fn outline(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        let kind = match block {
            Block::Heading { level, .. } => format!("heading {level}"),
            Block::List { ordered: true, .. } => "list ordered".to_string(),
            Block::List { ordered: false, .. } => "list".to_string(),
            other => other.kind().to_string(),
        };
        let passages: Vec<String> = block.passages().iter().map(|p| plain_text(p)).collect();
        out.push_str(&format!("{kind}: {}\n", passages.join(" | ")));
    }
    out
}

/// Every run of the document, in reading order.
pub fn runs(doc: &Document) -> Vec<&Inline> {
    doc.blocks
        .iter()
        .flat_map(|b| b.passages())
        .flat_map(|p| p.iter())
        .collect()
}

/// Check every run with an origin against the decoded text: same text at that offset,
/// and the line and column of that offset. No run holds a line break.
pub fn check_origins(decoded: &str, doc: &Document) -> Result<(), String> {
    for run in runs(doc) {
        if run.text.contains('\n') {
            return Err(format!("run with a line break: {:?}", run.text));
        }
        let Some(origin) = run.origin else { continue };
        let end = origin.offset + run.text.len();
        if decoded.get(origin.offset..end) != Some(run.text.as_str()) {
            return Err(format!(
                "run {:?} not at offset {}",
                run.text, origin.offset
            ));
        }
        let before = &decoded[..origin.offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = decoded[line_start..origin.offset].chars().count() + 1;
        if (origin.line as usize, origin.column as usize) != (line, column) {
            return Err(format!(
                "run {:?} at {}:{} but origin says {}:{}",
                run.text, line, column, origin.line, origin.column
            ));
        }
    }
    Ok(())
}

fn count(into: &mut BTreeMap<char, i64>, text: &str, sign: i64) {
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        *into.entry(c).or_default() += sign;
    }
}

/// What the importer removed on purpose before the first run of a list item or subject
/// heading: the part of its source line before the run, which must be a list marker or a
/// subject prefix.
pub fn stripped_prefix<'a>(decoded: &'a str, doc_block: &Block) -> Vec<&'a str> {
    let firsts: Vec<_> = match doc_block {
        Block::List { items, .. } => items.iter().filter_map(|i| i.content.first()).collect(),
        Block::Heading {
            level: 1, content, ..
        } => content.first().into_iter().collect(),
        _ => Vec::new(),
    };
    firsts
        .into_iter()
        .filter_map(|run| run.origin)
        .map(|origin| {
            let line_start = decoded[..origin.offset].rfind('\n').map_or(0, |i| i + 1);
            decoded[line_start..origin.offset].trim()
        })
        .filter(|prefix| !prefix.is_empty())
        .collect()
}

pub fn is_marker_or_prefix(prefix: &str) -> bool {
    let lower = prefix.to_lowercase();
    if ["re:", "subject:", "regarding:", "re -", "re."].contains(&lower.as_str()) {
        return true;
    }
    let bullet = prefix.chars().count() == 1 && "-*•–—·▪●◦‣○■".contains(prefix);
    let inner = prefix.trim_start_matches('(');
    let label = inner.trim_end_matches(['.', ')']);
    let ordered = !label.is_empty()
        && label.len() <= 4
        && label.chars().all(|c| c.is_ascii_alphanumeric())
        && inner.len() == label.len() + 1;
    bullet || ordered
}

/// Check that the non-white-space characters of the decoded input and of all the blocks'
/// runs are the same multiset, counting list markers and subject prefixes as kept.
pub fn no_text_lost(decoded: &str, doc: &Document) -> Result<(), String> {
    let mut balance = BTreeMap::new();
    count(&mut balance, decoded, 1);
    for block in &doc.blocks {
        for passage in block.passages() {
            for run in passage {
                count(&mut balance, &run.text, -1);
            }
        }
        for prefix in stripped_prefix(decoded, block) {
            if !is_marker_or_prefix(prefix) {
                return Err(format!("stripped {prefix:?}"));
            }
            count(&mut balance, prefix, -1);
        }
    }
    balance.retain(|_, n| *n != 0);
    if balance.is_empty() {
        Ok(())
    } else {
        Err(format!("characters lost (+) or added (-): {balance:?}"))
    }
}
