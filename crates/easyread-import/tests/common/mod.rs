//! Helpers shared by the integration tests.
#![allow(dead_code)]

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
