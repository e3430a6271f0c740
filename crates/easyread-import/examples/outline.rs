//! Print the blocks a file imports to, one line each: `cargo run -p easyread-import
//! --example outline -- FILE...`. For looking at how letters come out.

use easyread::model::{plain_text, Block};
use easyread_import::{import, Format, ImportOptions};

fn main() {
    for path in std::env::args().skip(1) {
        println!("== {path}");
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let format = std::path::Path::new(&path)
            .extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension);
        let options = ImportOptions {
            format,
            ..ImportOptions::default()
        };
        match import(&bytes, &options) {
            Ok(doc) => {
                println!(
                    "title: {:?}, sender: {:?}, format: {:?}",
                    doc.metadata.title, doc.metadata.sender, doc.metadata.source_format
                );
                for block in &doc.blocks {
                    let kind = match block {
                        Block::Heading { level, .. } => format!("heading {level}"),
                        Block::List { ordered, .. } => format!("list ordered={ordered}"),
                        other => other.kind().to_string(),
                    };
                    let passages: Vec<String> =
                        block.passages().iter().map(|p| plain_text(p)).collect();
                    let text = passages.join(" | ");
                    let short: String = text.chars().take(100).collect();
                    println!("{kind}: {short}");
                }
            }
            Err(e) => println!("error: {e}"),
        }
    }
}
