//! Shared test helpers, and tests over whole letters.

use crate::model::{Block, Document, Inline, Origin, Source};
use crate::{check, CheckOptions, Report};

/// A paragraph block of these runs.
pub(crate) fn para(runs: Vec<Inline>) -> Block {
    Block::Paragraph {
        content: runs,
        source: Source::default(),
    }
}

/// A document of one paragraph whose text starts the input (line 1, column 1, offset 0).
pub(crate) fn doc_of(text: &str) -> Document {
    let mut doc = Document::new();
    doc.blocks.push(para(vec![Inline::plain(text).at(Origin {
        offset: 0,
        line: 1,
        column: 1,
    })]));
    doc
}

/// Check one paragraph with the default options.
pub(crate) fn check_text(text: &str) -> Report {
    check(&doc_of(text), &CheckOptions::default())
}

/// The findings of one rule as (line, column, suggestion).
pub(crate) fn found<'a>(report: &'a Report, rule: &str) -> Vec<(u32, u32, Option<&'a str>)> {
    report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| {
            (
                f.line.unwrap_or(0),
                f.column.unwrap_or(0),
                f.suggestion.as_deref(),
            )
        })
        .collect()
}

/// A plain-text letter as a document: one paragraph per chunk of lines between blank
/// lines, each line a run with its origin (runs never hold line breaks), lines joined by a
/// generated space. The real importer is `easyread-import`; this keeps the tests of the
/// checker independent of it.
pub(crate) fn letter(text: &str) -> Document {
    let mut doc = Document::new();
    let mut runs: Vec<Inline> = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split('\n').enumerate() {
        if line.trim().is_empty() {
            if !runs.is_empty() {
                doc.blocks.push(para(std::mem::take(&mut runs)));
            }
        } else {
            if !runs.is_empty() {
                runs.push(Inline::plain(" "));
            }
            runs.push(Inline::plain(line).at(Origin {
                offset,
                line: n as u32 + 1,
                column: 1,
            }));
        }
        offset += line.len() + 1;
    }
    if !runs.is_empty() {
        doc.blocks.push(para(runs));
    }
    doc
}

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/letters")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .replace("\r\n", "\n")
}

/// The finding of `rule` at (line, column), if any.
fn at<'a>(report: &'a Report, rule: &str, line: u32, column: u32) -> Option<&'a crate::Finding> {
    report
        .findings
        .iter()
        .find(|f| f.rule == rule && f.line == Some(line) && f.column == Some(column))
}

/// The source text a finding points at.
fn text_of<'a>(source: &'a str, f: &crate::Finding) -> &'a str {
    f.span
        .and_then(|s| source.get(s.start..s.end))
        .unwrap_or_default()
}

#[test]
fn every_rule_id_is_listed_and_documented() {
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md"),
    )
    .unwrap_or_default();
    let mut ids = std::collections::HashSet::new();
    for rule in super::RULES {
        assert!(ids.insert(rule.id), "{} listed twice", rule.id);
        assert!(
            rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{} is not kebab-case",
            rule.id
        );
        assert!(
            docs.contains(&format!("`{}`", rule.id)),
            "docs/rules.md does not describe `{}`",
            rule.id
        );
    }
}

#[test]
fn fixture_letters_give_findings_in_document_order_with_positions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/letters");
    let mut letters = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures/letters") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        letters += 1;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let source = fixture(name);
        let report = check(&letter(&source), &CheckOptions::default());
        assert!(!report.findings.is_empty(), "{name}: no findings");
        let mut last = (0, 0);
        for f in &report.findings {
            let (Some(line), Some(column), Some(span)) = (f.line, f.column, f.span) else {
                panic!("{name}: finding without a position: {f:?}");
            };
            assert!((line, column) >= last, "{name}: out of order at {f:?}");
            last = (line, column);
            // The span is the text the finding is about, at that line and column.
            let before = &source[..span.start];
            assert_eq!(
                before.matches('\n').count() as u32 + 1,
                line,
                "{name}: {f:?}"
            );
            let col = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
            assert_eq!(col, column, "{name}: {f:?}");
            assert!(
                span.end <= source.len() && span.start < span.end || f.rule == "document-too-long"
            );
            assert!(!f.message.is_empty());
        }
        // Facts are never problems: phone numbers, postcodes, emails, amounts, times.
        for fact in [
            "0117 496 0321",
            "BS3 4QT",
            "2:15pm",
            "CSP/2025/40219",
            "020 8547 3000",
            "£18.60",
            "9:15am",
            "3:45pm",
            "LS6 2AB",
            "LS1 9XX",
            "£495.00",
            "0113 222 4040",
            "ot.service@example.org.uk",
            "0161 234 5678",
            "£1,000",
        ] {
            if let Some(at) = source.find(fact) {
                let fact_span = (at, at + fact.len());
                for f in &report.findings {
                    let Some(s) = f.span else { continue };
                    let overlaps = s.start < fact_span.1 && fact_span.0 < s.end;
                    let whole_sentence =
                        matches!(f.rule.as_str(), "sentence-too-long" | "document-too-long");
                    assert!(
                        !overlaps || whole_sentence,
                        "{name}: the fact {fact:?} is reported: {f:?}"
                    );
                }
            }
        }
    }
    assert!(letters >= 4, "only {letters} letters in fixtures/letters");
}

#[test]
fn annual_review_letter_hand_checked_findings() {
    let source = fixture("annual-review.txt");
    let report = check(&letter(&source), &CheckOptions::default());
    let expect = |rule: &str, line: u32, column: u32, text: &str, suggestion: Option<&str>| {
        let f = at(&report, rule, line, column).unwrap_or_else(|| {
            panic!(
                "no {rule} at {line}:{column} ({text:?}); found {:#?}",
                report.findings
            )
        });
        assert_eq!(text_of(&source, f), text, "{f:?}");
        if let Some(s) = suggestion {
            assert_eq!(f.suggestion.as_deref(), Some(s), "{f:?}");
        }
        assert!(f.block < 12);
    };
    // Line 5: "In accordance with section 27 of the Care Act 2014, the Council is required to
    // keep your Care and Support Plan under review." 23 words: an error.
    expect("formal-word", 5, 1, "In accordance with", Some("Under"));
    expect("passive-voice", 5, 65, "is required", None);
    let long = at(&report, "sentence-too-long", 5, 1).expect("long sentence");
    assert_eq!(long.severity, crate::Severity::Error);
    assert!(long.message.starts_with("This sentence has 23 words."));
    // "... last reviewed on 12 March 2025 and is therefore now due ...": two ideas; the
    // date is in full; "therefore" is formal.
    expect("several-ideas", 5, 171, "and", None);
    expect("formal-word", 5, 178, "therefore", Some("so"));
    // Line 7: the review "has been arranged" and "will be carried out".
    expect(
        "passive-voice",
        7,
        13,
        "has been arranged",
        Some("Say who does it: 'we have arranged'."),
    );
    expect("passive-voice", 7, 151, "will be carried out", None);
    // Line 9: "ascertain" is formal for "find out"; "eligible needs" is jargon; "prior to".
    expect("formal-word", 9, 33, "ascertain", Some("find out"));
    expect("jargon", 9, 108, "eligible needs", None);
    expect("formal-word", 9, 251, "prior to", Some("before"));
    // "the support provided by your family": a participle, so "given", not "gave".
    expect("formal-word", 9, 365, "provided", Some("given"));
    // Line 11: stock phrases, and a number written as words.
    expect(
        "stock-phrase",
        11,
        137,
        "at your earliest convenience",
        Some("as soon as you can"),
    );
    expect(
        "stock-phrase",
        11,
        167,
        "Should you require",
        Some("If you need"),
    );
    expect("number-as-words", 11, 263, "five", Some("5"));
    // The heading's reference and the dates in full are not findings.
    for f in &report.findings {
        let t = text_of(&source, f);
        assert!(!t.contains("CSP/2025"), "{f:?}");
        assert!(f.rule != "date-not-in-full", "{f:?}");
        assert!(f.rule != "contraction", "{f:?}");
    }
}

#[test]
fn word_rules_run_on_headings_and_lists_but_not_on_addresses() {
    use crate::model::ListItem;
    let o = |offset: usize, line: u32| Origin {
        offset,
        line,
        column: 1,
    };
    let mut doc = Document::new();
    doc.blocks = vec![
        Block::Address {
            lines: vec![vec![
                Inline::plain("12 HIGH STREET, e.g. FLAT 2").at(o(0, 1))
            ]],
            source: Source::default(),
        },
        Block::Details {
            lines: vec![vec![Inline::plain("Date: 04/11/2024, ref ABC").at(o(28, 2))]],
            source: Source::default(),
        },
        Block::Heading {
            level: 1,
            content: vec![Inline::plain("PLEASE NOTE: ask your GP").at(o(54, 3))],
            source: Source::default(),
        },
        Block::List {
            ordered: false,
            items: vec![ListItem {
                content: vec![Inline::plain("The work will commence soon").at(o(79, 4))],
            }],
            source: Source::default(),
        },
        Block::SignOff {
            lines: vec![vec![
                Inline::plain("Yours sincerely, Helen Marsh, NHS").at(o(107, 5))
            ]],
            source: Source::default(),
        },
    ];
    let report = check(&doc, &CheckOptions::default());
    let got: Vec<(&str, u32, u32, usize)> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.rule.as_str(),
                f.line.unwrap_or(0),
                f.column.unwrap_or(0),
                f.block,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("date-not-in-full", 2, 7, 1),
            ("stock-phrase", 3, 1, 2),
            ("capitals-for-emphasis", 3, 1, 2),
            ("abbreviation", 3, 23, 2),
            ("formal-word", 4, 15, 3),
        ]
    );
}

#[test]
fn findings_without_origins_have_no_position_but_keep_their_block() {
    let mut doc = Document::new();
    doc.blocks
        .push(para(vec![Inline::plain("Please commence now.")]));
    let report = check(&doc, &CheckOptions::default());
    let f = &report.findings[0];
    assert_eq!(f.rule, "formal-word");
    assert_eq!((f.line, f.column, f.span, f.block), (None, None, None, 0));
}

#[test]
fn checking_is_fast_on_a_long_letter() {
    let source = fixture("deferred-payment.txt");
    let long = format!("{}\n\n", source.trim()).repeat(60);
    let start = std::time::Instant::now();
    let report = check(&letter(&long), &CheckOptions::default());
    let took = start.elapsed();
    assert!(report.findings.len() > 60 * 20);
    // About 80,000 characters: well under a second in a release build, a few in debug.
    assert!(took.as_secs() < 10, "{took:?}");
    // The same text as one paragraph: the rules stay linear within a passage too.
    let one = long.replace("\n\n", " ").replace('\n', " ");
    let start = std::time::Instant::now();
    let report = check(&doc_of(&one), &CheckOptions::default());
    let took = start.elapsed();
    assert!(report.findings.len() > 60 * 20);
    assert!(took.as_secs() < 10, "{took:?}");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any text checks without panicking, and every span lies inside it.
        #[test]
        fn any_text_is_checked_without_panicking(
            text in r"(?s)[a-zA-Z0-9 .,;:!?/()\[\]'’£%&@\-éß\u{2019}\u{00a0}]{0,300}|\PC{0,200}"
        ) {
            let report = check_text(&text);
            for f in &report.findings {
                if let Some(s) = f.span {
                    prop_assert!(s.start <= s.end && s.end <= text.len() + 1, "{f:?}");
                }
            }
        }

        /// The readability `check` counts passage by passage, in its parallel step, is
        /// the readability of the whole analysis (`analyse` and `from_analysis`).
        #[test]
        fn readability_counted_by_passage_is_the_whole_analysis(
            paragraphs in proptest::collection::vec(
                r"(?s)[a-zA-Z0-9 .,;:!?/()'’£%\-é\u{2019}\n]{0,200}|\PC{0,80}", 0..6),
            heading in r"[A-Za-z .]{0,30}",
        ) {
            let mut doc = Document::new();
            doc.blocks.push(Block::Heading {
                level: 1,
                content: vec![Inline::plain(&heading)],
                source: Source::default(),
            });
            for text in &paragraphs {
                doc.blocks.push(para(vec![Inline::plain(text)]));
            }
            let whole = crate::Readability::from_analysis(&crate::analyse(&doc));
            prop_assert_eq!(check(&doc, &CheckOptions::default()).readability, whole);
        }
    }
}

#[test]
fn readability_counted_by_passage_is_the_whole_analysis_on_long_letters() {
    let doc = many_passages();
    let whole = crate::Readability::from_analysis(&crate::analyse(&doc));
    assert!(whole.sentences > 100);
    for threads in [1, 3] {
        assert_eq!(check_on_threads(&doc, threads).readability, whole);
    }
}

/// A long document: the paragraphs of several fixture letters, each one a block.
fn many_passages() -> Document {
    let letters = [
        include_str!("../../../../fixtures/letters/annual-review.txt"),
        include_str!("../../../../fixtures/letters/care-needs-assessment.txt"),
        include_str!("../../../../fixtures/letters/financial-assessment.txt"),
        include_str!("../../../../fixtures/letters/safeguarding-enquiry.txt"),
    ];
    let mut doc = Document::new();
    for text in letters.iter().cycle().take(12) {
        for paragraph in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            doc.blocks.push(para(vec![Inline::plain(paragraph)]));
        }
    }
    doc
}

fn check_on_threads(doc: &Document, threads: usize) -> Report {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    pool.install(|| check(doc, &CheckOptions::default()))
}

#[test]
fn parallel_checking_gives_the_same_report_on_any_number_of_threads() {
    let doc = many_passages();
    let one = check_on_threads(&doc, 1);
    assert!(one.findings.len() > 100, "the document has plenty to find");
    for threads in [2, 3, 8] {
        assert_eq!(check_on_threads(&doc, threads), one, "{threads} threads");
    }
}

#[test]
fn jargon_and_long_words_are_reported_at_their_first_use_only() {
    let mut doc = Document::new();
    for _ in 0..40 {
        doc.blocks.push(para(vec![Inline::plain(
            "Your eligible needs were indistinguishable from last year.",
        )]));
    }
    let report = check_on_threads(&doc, 4);
    for rule in ["jargon", "long-word"] {
        let blocks: Vec<usize> = report
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.block)
            .collect();
        assert_eq!(blocks, [0], "{rule}");
    }
}

/// The test writer of findings for `check_written`: their debug form, one a line.
fn debug_line(f: &crate::Finding, buf: &mut Vec<u8>) {
    buf.extend_from_slice(format!("{f:?}\n").as_bytes());
}

/// `check_written` with `debug_line` on so many threads, and what it should write: the
/// findings of `check`'s report, each written the same way.
fn written_and_expected(
    doc: &Document,
    options: &CheckOptions,
    threads: usize,
) -> (crate::check::WrittenReport, Vec<u8>, Vec<u8>) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    let (written, report) = pool.install(|| {
        (
            crate::check::check_written(doc, options, debug_line),
            check(doc, options),
        )
    });
    let got: Vec<u8> = written.pieces().flatten().copied().collect();
    let mut expected = Vec::new();
    for f in &report.findings {
        debug_line(f, &mut expected);
    }
    assert_eq!(written.readability, report.readability);
    assert_eq!(written.has_errors(), report.has_errors());
    let count = |s: crate::Severity| report.findings.iter().filter(|f| f.severity == s).count();
    assert_eq!(
        [written.errors, written.warnings, written.info],
        [
            count(crate::Severity::Error),
            count(crate::Severity::Warning),
            count(crate::Severity::Info)
        ]
    );
    (written, got, expected)
}

#[test]
fn written_findings_are_the_reports_on_any_number_of_threads() {
    let doc = many_passages();
    let short = CheckOptions {
        max_document_words: 10,
        ..CheckOptions::default()
    };
    let disabled = CheckOptions {
        disabled_rules: vec![
            "jargon".into(),
            "document-too-long".into(),
            "brackets".into(),
        ],
        ..short.clone()
    };
    for options in [CheckOptions::default(), short, disabled] {
        for threads in [1, 2, 3, 8] {
            let (written, got, expected) = written_and_expected(&doc, &options, threads);
            assert!(written.warnings > 100, "plenty to find");
            assert!(got == expected, "{threads} threads, {options:?}");
        }
    }
}

mod written {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// `check_written` writes exactly the findings of `check`, in order, however the
        /// passages repeat each other's jargon and long words.
        #[test]
        fn written_findings_are_the_reports(
            paragraphs in proptest::collection::vec(
                r"(?s)([A-Za-z]{1,12}|eligible|indistinguishable|commence|NHS|(see below)|;|café|3/4| |, |\. ){0,40}|\PC{0,80}", 0..8),
            repeat in 1usize..4,
            threads in 1usize..4,
            max_words in proptest::sample::select(vec![5usize, 1000]),
        ) {
            let mut doc = Document::new();
            for _ in 0..repeat {
                for text in &paragraphs {
                    doc.blocks.push(para(vec![Inline::plain(text)]));
                }
            }
            let options = CheckOptions { max_document_words: max_words, ..CheckOptions::default() };
            let (_, got, expected) = written_and_expected(&doc, &options, threads);
            prop_assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&expected));
        }
    }
}
