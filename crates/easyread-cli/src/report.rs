//! Printing a check [`Report`] for people (text) and for programs (JSON).

use std::fmt::Write;

use easyread::{Report, Severity};
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
    // Plain data with finite numbers: serialisation cannot fail.
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
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
