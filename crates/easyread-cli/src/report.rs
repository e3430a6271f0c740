//! Printing a check [`Report`] for people (text) and for programs (JSON).

use std::fmt::Write;

use easyread::{Report, Severity};
use rayon::prelude::*;
use serde::Serialize;

/// The readability figures shown in the text report: JSON key, label, decimals.
const SUMMARY: &[(&str, &str, usize)] = &[
    ("words", "Words", 0),
    ("sentences", "Sentences", 0),
    ("syllables", "Syllables", 0),
    ("mean_sentence_words", "Mean words per sentence", 1),
    ("max_sentence_words", "Longest sentence (words)", 0),
    ("share_over_15", "Sentences over 15 words", 100),
    ("share_over_20", "Sentences over 20 words", 100),
    ("share_uncommon_words", "Uncommon words", 100),
    ("flesch_reading_ease", "Flesch Reading Ease", 1),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade", 1),
    ("smog", "SMOG grade", 1),
    ("coleman_liau", "Coleman-Liau index", 1),
    ("ari", "Automated Readability Index", 1),
    ("gunning_fog", "Gunning Fog index", 1),
    ("uk_reading_age", "UK reading age (years)", 0),
];

/// Counts of findings by severity.
#[derive(Debug, Default, Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    info: usize,
}

fn summary(report: &Report) -> Summary {
    let mut s = Summary::default();
    for f in &report.findings {
        match f.severity {
            Severity::Error => s.errors += 1,
            Severity::Warning => s.warnings += 1,
            Severity::Info => s.info += 1,
        }
    }
    s
}

/// The report as pretty JSON, with the input's name and a count of findings by severity.
pub fn json(name: &str, report: &Report) -> String {
    /// Stands in for the findings while the rest is written; a JSON string key of our
    /// own, so it cannot clash with escaped text from the input's name.
    const MARK: &str = "\n  \"findings\": \"findings\"";
    #[derive(Serialize)]
    struct Head<'a> {
        input: &'a str,
        readability: &'a easyread::Readability,
        findings: &'static str,
        summary: Summary,
    }
    let head = Head {
        input: name,
        readability: &report.readability,
        findings: "findings",
        summary: summary(report),
    };
    // Plain data with finite numbers: serialisation cannot fail.
    let head = serde_json::to_string_pretty(&head).unwrap_or_default();
    let Some(at) = head.find(MARK) else {
        return String::new();
    };
    // A big report has tens of thousands of findings: write them in parallel, each chunk
    // pretty-printed and indented as `to_string_pretty` would indent them in place (JSON
    // strings hold no raw line breaks, so indenting after each one is safe).
    let chunks: Vec<String> = report
        .findings
        .par_chunks(512)
        .map(|chunk| {
            let mut out = String::with_capacity(chunk.len() * 400);
            for finding in chunk {
                let one = serde_json::to_string_pretty(finding).unwrap_or_default();
                out.push_str(",\n    ");
                out.push_str(&one.replace('\n', "\n    "));
            }
            out
        })
        .collect();
    let mut s = String::with_capacity(head.len() + chunks.iter().map(String::len).sum::<usize>());
    s.push_str(&head[..at]);
    s.push_str("\n  \"findings\": [");
    if report.findings.is_empty() {
        s.push(']');
    } else {
        for (i, chunk) in chunks.iter().enumerate() {
            // The first finding has no comma before it.
            s.push_str(if i == 0 { &chunk[1..] } else { chunk });
        }
        s.push_str("\n  ]");
    }
    s.push_str(&head[at + MARK.len()..]);
    s.push('\n');
    s
}

/// The report as text: one finding per line in `file:line:column` form (as compilers
/// print, so editors can jump to it), then the readability summary.
pub fn text(name: &str, report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let place = match (f.line, f.column) {
            (Some(line), Some(column)) => format!("{name}:{line}:{column}"),
            _ => format!("{name}: block {}", f.block + 1),
        };
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = writeln!(out, "{place}: {severity} [{}] {}", f.rule, f.message);
        // The JSON keeps every suggestion (a program may apply it); people need it only
        // when the message does not already say it.
        if let Some(suggestion) = f.suggestion.as_ref().filter(|s| !f.message.contains(*s)) {
            let _ = writeln!(out, "    suggestion: {suggestion}");
        }
    }
    if !report.findings.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "Readability of {name}");
    let values = serde_json::to_value(&report.readability).unwrap_or_default();
    for (key, label, decimals) in SUMMARY {
        let Some(value) = values.get(*key).and_then(|v| v.as_f64()) else {
            continue;
        };
        let shown = match decimals {
            0 => format!("{value:.0}"),
            100 => format!("{:.0}%", value * 100.0),
            d => format!("{value:.d$}", d = *d),
        };
        let _ = writeln!(out, "  {label:<30} {shown}");
    }
    let s = summary(report);
    let _ = writeln!(
        out,
        "\n{} error{}, {} warning{}, {} note{}",
        s.errors,
        plural(s.errors),
        s.warnings,
        plural(s.warnings),
        s.info,
        plural(s.info)
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use easyread::{check, CheckOptions, Document};

    /// The JSON as plain serde would write it: the shape `json` must keep.
    fn plain_serde(name: &str, report: &Report) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            input: &'a str,
            #[serde(flatten)]
            report: &'a Report,
            summary: Summary,
        }
        let out = Out {
            input: name,
            report,
            summary: summary(report),
        };
        serde_json::to_string_pretty(&out).expect("serialisable") + "\n"
    }

    fn report_of(paragraphs: &[&str]) -> Report {
        let mut doc = Document::new();
        for text in paragraphs {
            doc.blocks.push(easyread::model::Block::Paragraph {
                content: vec![easyread::model::Inline::plain(*text)],
                source: easyread::model::Source::default(),
            });
        }
        check(&doc, &CheckOptions::default())
    }

    #[test]
    fn parallel_json_is_exactly_the_pretty_serde_json() {
        let sentence = "We will ascertain whether you are eligible (under the Care Act 2014); \
                        please don't hesitate to contact us at your earliest convenience.";
        let many = vec![sentence; 1200];
        for report in [report_of(&[]), report_of(&[sentence]), report_of(&many)] {
            for name in ["letter.txt", "odd \"name\"\n\u{7}.txt", "-"] {
                assert_eq!(json(name, &report), plain_serde(name, &report));
            }
        }
        assert!(report_of(&many).findings.len() > 512, "more than one chunk");
    }
}
