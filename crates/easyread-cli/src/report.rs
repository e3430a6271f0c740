//! Printing a check [`Report`] for people (text) and for programs (JSON).

use std::fmt::Write;

use easyread::{Finding, Report, Severity};
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

/// The head of the JSON report (everything but the findings), as `serde_json` writes it,
/// split where the findings go.
fn json_head(name: &str, readability: &easyread::Readability, summary: Summary) -> (String, usize) {
    #[derive(Serialize)]
    struct Head<'a> {
        input: &'a str,
        readability: &'a easyread::Readability,
        findings: &'static str,
        summary: Summary,
    }
    let head = Head {
        input: name,
        readability,
        findings: "findings",
        summary,
    };
    // Plain data with finite numbers: serialisation cannot fail.
    let head = serde_json::to_string_pretty(&head).unwrap_or_default();
    // A JSON string key of our own, so it cannot clash with escaped text from the input's
    // name.
    let at = head.find(FINDINGS_MARK).unwrap_or(head.len());
    (head, at)
}

/// Stands in for the findings in [`json_head`] while the rest is written.
const FINDINGS_MARK: &str = "\n  \"findings\": \"findings\"";

/// The report as pretty JSON, with the input's name and a count of findings by severity,
/// written to `out`: exactly the bytes of `serde_json::to_string_pretty` plus a line end
/// (tested), but written faster, since a big letter has tens of thousands of findings.
#[cfg(test)]
pub fn write_json(
    out: &mut impl std::io::Write,
    name: &str,
    report: &Report,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let (head, at) = json_head(name, &report.readability, summary(report));
    // The findings are written in parallel chunks, each finding as `to_string_pretty`
    // would write it in place (see `write_finding`), and the chunks go out as they are.
    let chunks: Vec<Vec<u8>> = report
        .findings
        .par_chunks(512)
        .map(|chunk| {
            let mut buf = Vec::with_capacity(chunk.len() * 400);
            for finding in chunk {
                write_json_item(finding, &mut buf);
            }
            buf
        })
        .collect();
    write_json_around(out, &head, at, chunks.iter().map(Vec::as_slice))
}

/// One element of the JSON report's findings array, with the comma and line break before
/// it: what [`easyread::check::check_written`] writes for each finding of the JSON report.
pub fn write_json_item(finding: &Finding, buf: &mut Vec<u8>) {
    buf.extend_from_slice(b",\n    ");
    write_finding(buf, finding);
}

/// The report of [`easyread::check::check_written`] with [`write_json_item`] as pretty
/// JSON: exactly the bytes of [`write_json`] of the same check's report (tested).
pub fn write_written_json(
    out: &mut impl std::io::Write,
    name: &str,
    report: &easyread::check::WrittenReport,
) -> std::io::Result<()> {
    let summary = Summary {
        errors: report.errors,
        warnings: report.warnings,
        info: report.info,
    };
    let (head, at) = json_head(name, &report.readability, summary);
    write_json_around(out, &head, at, report.pieces())
}

/// The head up to `at`, the findings array made of `items` (elements written by
/// [`write_json_item`], in pieces), and the rest of the head.
fn write_json_around<'a>(
    out: &mut impl std::io::Write,
    head: &str,
    at: usize,
    items: impl Iterator<Item = &'a [u8]>,
) -> std::io::Result<()> {
    let (before, after) = head.split_at(at);
    let after = after.get(FINDINGS_MARK.len()..).unwrap_or_default();
    out.write_all(before.as_bytes())?;
    out.write_all(b"\n  \"findings\": [")?;
    let mut any = false;
    // Gathered into one system call per many pieces (the pieces are a passage's findings,
    // a few hundred bytes each).
    let mut batch: Vec<std::io::IoSlice<'a>> = Vec::with_capacity(BATCH);
    for item in items.filter(|i| !i.is_empty()) {
        // The first finding has no comma before it.
        let item = if any { item } else { &item[1..] };
        any = true;
        batch.push(std::io::IoSlice::new(item));
        if batch.len() == BATCH {
            write_all_vectored(out, &mut batch)?;
        }
    }
    write_all_vectored(out, &mut batch)?;
    out.write_all(if any { b"\n  ]".as_slice() } else { b"]" })?;
    out.write_all(after.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// How many pieces go to one `write_vectored` (the usual system limit, `IOV_MAX`).
const BATCH: usize = 1024;

/// Write all of `batch` (as `write_all` of each slice in turn would) and empty it.
fn write_all_vectored(
    out: &mut impl std::io::Write,
    batch: &mut Vec<std::io::IoSlice<'_>>,
) -> std::io::Result<()> {
    let mut slices = batch.as_mut_slice();
    std::io::IoSlice::advance_slices(&mut slices, 0);
    while !slices.is_empty() {
        match out.write_vectored(slices) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => std::io::IoSlice::advance_slices(&mut slices, n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    batch.clear();
    Ok(())
}

/// One finding as `serde_json::to_string_pretty` writes it as an element of the report's
/// `findings` array (four spaces in). Written by hand: serde's generic path was most of
/// the time of writing a big report.
fn write_finding(buf: &mut Vec<u8>, f: &Finding) {
    buf.extend_from_slice(b"{\n      \"rule\": ");
    write_str(buf, &f.rule);
    buf.extend_from_slice(b",\n      \"severity\": ");
    buf.extend_from_slice(match f.severity {
        Severity::Info => b"\"info\"".as_slice(),
        Severity::Warning => b"\"warning\"",
        Severity::Error => b"\"error\"",
    });
    buf.extend_from_slice(b",\n      \"line\": ");
    write_optional_number(buf, f.line.map(u64::from));
    buf.extend_from_slice(b",\n      \"column\": ");
    write_optional_number(buf, f.column.map(u64::from));
    buf.extend_from_slice(b",\n      \"span\": ");
    match f.span {
        Some(span) => {
            buf.extend_from_slice(b"{\n        \"start\": ");
            write_number(buf, span.start as u64);
            buf.extend_from_slice(b",\n        \"end\": ");
            write_number(buf, span.end as u64);
            buf.extend_from_slice(b"\n      }");
        }
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\n      \"block\": ");
    write_number(buf, f.block as u64);
    buf.extend_from_slice(b",\n      \"message\": ");
    write_str(buf, &f.message);
    buf.extend_from_slice(b",\n      \"suggestion\": ");
    match &f.suggestion {
        Some(suggestion) => write_str(buf, suggestion),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b"\n    }");
}

/// A JSON string. Text without quotes, backslashes or control characters (nearly all of
/// it) is copied as it is, which is what serde_json writes for it; the rest is left to
/// serde_json, so every escape is exactly its own.
fn write_str(buf: &mut Vec<u8>, s: &str) {
    // A fold rather than `any`: it looks at every byte without stopping early, which lets
    // the compiler test many bytes at once (several times faster on these short texts).
    let needs_escape = s.bytes().fold(false, |found, b| {
        found | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if needs_escape {
        // Writing to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *buf, s);
    } else {
        buf.push(b'"');
        buf.extend_from_slice(s.as_bytes());
        buf.push(b'"');
    }
}

/// A number, or `null` for none.
fn write_optional_number(buf: &mut Vec<u8>, n: Option<u64>) {
    match n {
        Some(n) => write_number(buf, n),
        None => buf.extend_from_slice(b"null"),
    }
}

/// A number in decimal digits, as JSON writes it (with the writer serde_json uses).
fn write_number(buf: &mut Vec<u8>, n: u64) {
    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
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
    use proptest::prelude::*;

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

    /// `write_json` into a string.
    fn json(name: &str, report: &Report) -> String {
        let mut out = Vec::new();
        write_json(&mut out, name, report).expect("writing to a Vec");
        String::from_utf8(out).expect("JSON is UTF-8")
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

    /// A writer that takes at most a few bytes a call, as a pipe may.
    struct Trickle(Vec<u8>);

    impl std::io::Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(7);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn write_vectored(&mut self, bufs: &[std::io::IoSlice<'_>]) -> std::io::Result<usize> {
            // Across slices, so a write can end inside any of them.
            let mut left = 11;
            for buf in bufs {
                let n = buf.len().min(left);
                self.0.extend_from_slice(&buf[..n]);
                left -= n;
            }
            Ok(11 - left)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn written_json_is_exactly_the_reports_json() {
        let sentence = "We will ascertain whether you are eligible (under the Care Act 2014); \
                        please don't hesitate to contact us at your earliest convenience.";
        let many = vec![sentence; 1200];
        for paragraphs in [&[][..], &[sentence][..], &many[..]] {
            let mut doc = Document::new();
            for text in paragraphs {
                doc.blocks.push(easyread::model::Block::Paragraph {
                    content: vec![easyread::model::Inline::plain(*text)],
                    source: easyread::model::Source::default(),
                });
            }
            let options = CheckOptions::default();
            let report = check(&doc, &options);
            let written = easyread::check::check_written(&doc, &options, write_json_item);
            for name in ["letter.txt", "odd \"name\"\n\u{7}.txt"] {
                let mut out = Vec::new();
                write_written_json(&mut out, name, &written).expect("writing to a Vec");
                assert_eq!(String::from_utf8(out).expect("UTF-8"), json(name, &report));
                let mut trickle = Trickle(Vec::new());
                write_written_json(&mut trickle, name, &written).expect("writing");
                assert_eq!(
                    String::from_utf8(trickle.0).expect("UTF-8"),
                    json(name, &report)
                );
            }
        }
    }

    fn severity() -> impl Strategy<Value = Severity> {
        prop_oneof![
            Just(Severity::Info),
            Just(Severity::Warning),
            Just(Severity::Error)
        ]
    }

    prop_compose! {
        fn any_finding()(
            rule in any::<String>(),
            severity in severity(),
            line in any::<Option<u32>>(),
            column in any::<Option<u32>>(),
            span in any::<Option<(usize, usize)>>(),
            block in any::<usize>(),
            // Mostly plain text (the fast path), sometimes quotes, backslashes and
            // control characters (the escaped path).
            message in prop_oneof!["[a-z '.,£é]{0,30}", "[a-z\"\\\\\\n\\t\\u{1}\\u{7f}]{0,10}", any::<String>()],
            suggestion in proptest::option::of(any::<String>()),
        ) -> Finding {
            Finding {
                rule,
                severity,
                line,
                column,
                span: span.map(|(start, end)| easyread::Span { start, end }),
                block,
                message,
                suggestion,
            }
        }
    }

    proptest! {
        #[test]
        fn a_finding_is_written_as_serde_json_writes_it(finding in any_finding()) {
            let mut buf = Vec::new();
            write_finding(&mut buf, &finding);
            let pretty = serde_json::to_string_pretty(&finding).expect("serialisable");
            // In the findings array, every line after the first is four spaces further in.
            prop_assert_eq!(String::from_utf8(buf).expect("UTF-8"), pretty.replace('\n', "\n    "));
        }
    }
}
