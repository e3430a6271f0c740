//! Typography and punctuation: italics and underlining, brackets, semicolons, slashes and
//! exclamation marks.

use super::context::{concat, PassageCtx, Sink};
use super::data::lexicon;
use super::Severity;
use crate::Span;
use regex::Regex;
use std::sync::OnceLock;

/// Rule id: italics or underlining.
pub(crate) const ITALIC_OR_UNDERLINE: &str = "italic-or-underline";
/// Rule id: text in brackets.
pub(crate) const BRACKETS: &str = "brackets";
/// Rule id: a semicolon.
pub(crate) const SEMICOLON: &str = "semicolon";
/// Rule id: "and/or" or a slash between words.
pub(crate) const AND_OR_SLASH: &str = "and-or-slash";
/// Rule id: an exclamation mark.
pub(crate) const EXCLAMATION_MARK: &str = "exclamation-mark";

/// Runs in italics or underlined (links may be underlined).
pub(crate) fn italic_or_underline(ctx: &PassageCtx, sink: &mut Sink) {
    for (span, run) in &ctx.passage.flat.runs {
        let italic = run.emphasis;
        let underline = run.underline && run.link.is_none();
        if !(italic || underline) {
            continue;
        }
        let text = ctx.slice(*span);
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        if trimmed.is_empty() {
            continue;
        }
        let span = Span {
            start: span.start + lead,
            end: span.start + lead + trimmed.len(),
        };
        let what = match (italic, underline) {
            (true, true) => "in italics and underlined",
            (true, false) => "in italics",
            _ => "underlined",
        };
        sink.add(
            ctx,
            span,
            ITALIC_OR_UNDERLINE,
            Severity::Warning,
            concat(&[
                "'",
                trimmed,
                "' is ",
                what,
                ". Easy Read does not use italics or underlining.",
            ]),
            Some("Use bold, not italics or underlining, for important words.".into()),
        );
    }
}

/// Text in round or square brackets; the outermost pair is reported.
pub(crate) fn brackets(ctx: &PassageCtx, sink: &mut Sink) {
    // A closing bracket before the first opening one finds the stack empty and does
    // nothing, so the scan starts at the first opening bracket; most passages have none
    // (tested equal to scanning from the start).
    if let Some(first) = memchr::memchr2(b'(', b'[', ctx.text.as_bytes()) {
        brackets_from(ctx, first, sink);
    }
}

/// [`brackets`], scanning the passage from byte `from` (a character boundary).
fn brackets_from(ctx: &PassageCtx, from: usize, sink: &mut Sink) {
    let text = ctx.text;
    let mut stack: Vec<(usize, char)> = Vec::new();
    // Brackets are ASCII, so they are found on bytes: no other character holds those bytes,
    // and a byte's offset is its character's.
    for (i, &b) in text.as_bytes().iter().enumerate().skip(from) {
        let c = char::from(b);
        match c {
            '(' | '[' => stack.push((i, c)),
            ')' | ']' => {
                let open = if c == ')' { '(' } else { '[' };
                let Some(&(start, o)) = stack.last() else {
                    continue;
                };
                if o != open {
                    continue;
                }
                stack.pop();
                if !stack.is_empty() {
                    continue;
                }
                let span = Span {
                    start,
                    end: i + c.len_utf8(),
                };
                let inner = &text[start + 1..i];
                let before = text[..start].chars().next_back();
                // List markers "(a)" at the start, and legal references "27(1)".
                let marker = text[..start].trim().is_empty()
                    && inner.len() <= 3
                    && inner.chars().all(char::is_alphanumeric);
                let legal = before.is_some_and(|b| b.is_ascii_digit() || b == ')')
                    && inner.len() <= 3
                    && inner.chars().all(char::is_alphanumeric);
                if marker || legal || inner.trim().is_empty() || ctx.in_fact(span) {
                    continue;
                }
                sink.add(
                    ctx,
                    span,
                    BRACKETS,
                    Severity::Warning,
                    concat(&[
                        "'",
                        ctx.slice(span),
                        "' is in brackets. Brackets are easy to miss.",
                    ]),
                    Some("Explain it in a sentence of its own, not in brackets.".into()),
                );
            }
            _ => {}
        }
    }
}

/// Semicolons.
pub(crate) fn semicolons(ctx: &PassageCtx, sink: &mut Sink) {
    each_mark(
        ctx,
        sink,
        b';',
        SEMICOLON,
        Severity::Warning,
        "A semicolon joins two ideas. Easy Read has one idea in each sentence.",
        "Use a full stop and start a new sentence.",
    );
}

/// Words joined by slashes; compiled on first use (or by [`crate::check::prepare`]).
pub(crate) fn slashed() -> Option<&'static Regex> {
    static SLASHED: OnceLock<Option<Regex>> = OnceLock::new();
    SLASHED
        .get_or_init(|| Regex::new(r"[\p{L}'’-]+(?:/[\p{L}'’-]+)+").ok())
        .as_ref()
}

/// "and/or" and slashes between words ("he/she", "yes/no"); not dates, references, web
/// addresses, fractions or known abbreviations such as "w/c".
pub(crate) fn slashes(ctx: &PassageCtx, sink: &mut Sink) {
    // Every match holds a slash: skip passages without one (and compile on first need).
    if !ctx.text.contains('/') {
        return;
    }
    let Some(re) = slashed() else {
        return;
    };
    let lex = lexicon();
    let text = ctx.text;
    for m in re.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let span = Span {
            start: m.start(),
            end: m.end(),
        };
        let found = m.as_str();
        let parts: Vec<&str> = found.split('/').collect();
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ':' | '@'))
            || after.is_some_and(|c| c.is_alphanumeric() || c == '/')
            || ctx.in_fact(span)
            || lex.abbr_lower.contains_key(&found.to_lowercase())
            || parts.iter().all(|p| p.chars().all(|c| !c.is_lowercase()))
            || parts.iter().any(|p| p.is_empty())
        {
            continue;
        }
        let lower = found.to_lowercase();
        let suggestion = if lower == "and/or" {
            "Use 'or', or say '..., ... or both'.".to_string()
        } else if lower == "he/she" || lower == "she/he" || lower == "him/her" || lower == "his/her"
        {
            format!(
                "Use 'they', 'them' or 'their', or write '{}'.",
                parts.join(" or ")
            )
        } else {
            format!("Write '{}'.", parts.join(" or "))
        };
        sink.add(
            ctx,
            span,
            AND_OR_SLASH,
            Severity::Warning,
            concat(&["'", found, "' is hard to read aloud and to understand."]),
            Some(suggestion),
        );
    }
}

/// Exclamation marks.
pub(crate) fn exclamations(ctx: &PassageCtx, sink: &mut Sink) {
    each_mark(
        ctx,
        sink,
        b'!',
        EXCLAMATION_MARK,
        Severity::Info,
        "Exclamation marks can look like shouting.",
        "Use a full stop.",
    );
}

/// One finding for each `mark` (an ASCII byte, so never part of another character) in
/// the passage that is not part of a fact. The marks are found with the memchr crate's
/// vectorised search: every passage is searched, and most hold none.
fn each_mark(
    ctx: &PassageCtx,
    sink: &mut Sink,
    mark: u8,
    rule: &'static str,
    severity: Severity,
    message: &str,
    suggestion: &str,
) {
    for i in memchr::memchr_iter(mark, ctx.text.as_bytes()) {
        let span = Span {
            start: i,
            end: i + 1,
        };
        if !ctx.in_fact(span) {
            sink.add(
                ctx,
                span,
                rule,
                severity,
                message.into(),
                Some(suggestion.into()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check_text, found, para};
    use crate::model::{Document, Inline, Origin};
    use crate::{check, CheckOptions};

    proptest::proptest! {
        /// A byte search for an ASCII mark finds the positions `str::match_indices` finds
        /// (in UTF-8 an ASCII byte is never part of another character).
        #[test]
        fn mark_bytes_are_the_mark_characters(text in "[a-z;!é’ ]{0,30}|\\PC{0,30}") {
            for mark in [';', '!', '.'] {
                let bytes: Vec<usize> = memchr::memchr_iter(mark as u8, text.as_bytes()).collect();
                let chars: Vec<usize> = text.match_indices(mark).map(|(i, _)| i).collect();
                proptest::prop_assert_eq!(bytes, chars);
            }
        }
    }

    #[test]
    fn italics_and_underlining_are_reported_but_not_links_or_bold() {
        let mut italic = Inline::plain("very").at(Origin {
            offset: 7,
            line: 2,
            column: 8,
        });
        italic.emphasis = true;
        let mut under = Inline::plain(" soon ").at(Origin {
            offset: 11,
            line: 2,
            column: 12,
        });
        under.underline = true;
        let mut link = Inline::plain("our page");
        link.underline = true;
        link.link = Some("https://example.org".into());
        let runs = vec![
            Inline::plain("Reply ").at(Origin {
                offset: 1,
                line: 2,
                column: 2,
            }),
            italic,
            under,
            Inline::strong("today"),
            Inline::plain(" on "),
            link,
            Inline::plain("."),
        ];
        let mut doc = Document::new();
        doc.blocks.push(para(runs));
        let r = check(&doc, &CheckOptions::default());
        let f = found(&r, "italic-or-underline");
        assert_eq!(
            f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
            [(2, 8), (2, 13)]
        );
        let spans: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "italic-or-underline")
            .map(|f| f.span.map(|s| (s.start, s.end)))
            .collect();
        assert_eq!(spans, [Some((7, 11)), Some((12, 16))]);
    }

    /// The findings of `brackets`, and of scanning every byte of each passage.
    fn brackets_both(text: &str) -> (Vec<crate::Finding>, Vec<crate::Finding>) {
        use crate::check::context::{PassageCtx, Sink};
        let doc = super::super::tests::doc_of(text);
        let analysis = crate::analysis::analyse(&doc);
        let options = crate::CheckOptions::default();
        let (mut fast, mut general) = (Vec::new(), Vec::new());
        for index in 0..analysis.passages.len() {
            let ctx = PassageCtx::of(&doc, &analysis, index);
            let mut sink = Sink::default();
            super::brackets(&ctx, &mut sink);
            fast.push(sink);
            let mut sink = Sink::default();
            super::brackets_from(&ctx, 0, &mut sink);
            general.push(sink);
        }
        (
            Sink::default().join(fast, &options),
            Sink::default().join(general, &options),
        )
    }

    proptest::proptest! {
        #[test]
        fn brackets_from_the_first_opener_equal_a_full_scan(text in "[a-c0-9 ()\\[\\]]{0,30}") {
            let (fast, general) = brackets_both(&text);
            proptest::prop_assert_eq!(fast, general);
        }

        #[test]
        fn brackets_from_the_first_opener_equal_a_full_scan_on_any_text(
            text in proptest::prelude::any::<String>(),
        ) {
            let (fast, general) = brackets_both(&text);
            proptest::prop_assert_eq!(fast, general);
        }
    }

    #[test]
    fn brackets() {
        let r = check_text(
            "A grant (DFG) is money [see page 2]. Under section 27(1) we (the Council (us)) pay.",
        );
        assert_eq!(
            found(&r, "brackets")
                .iter()
                .map(|f| (f.0, f.1))
                .collect::<Vec<_>>(),
            [(1, 9), (1, 24), (1, 61)]
        );
        let r = check_text("(a) your health");
        assert!(found(&r, "brackets").is_empty());
    }

    #[test]
    fn semicolons_and_exclamations() {
        let r = check_text("We called; you were out! Sorry.");
        assert_eq!(
            found(&r, "semicolon")
                .iter()
                .map(|f| f.1)
                .collect::<Vec<_>>(),
            [10]
        );
        assert_eq!(
            found(&r, "exclamation-mark")
                .iter()
                .map(|f| f.1)
                .collect::<Vec<_>>(),
            [24]
        );
    }

    #[test]
    fn slashes_between_words_but_not_in_facts() {
        let r = check_text("Tick yes/no and/or ask him/her. Ref ASC/2024/118734, open 24/7, on 4/11/2024, see www.example.org/care/help, w/c 4 May, ASC/OT.");
        assert_eq!(
            found(&r, "and-or-slash"),
            [
                (1, 6, Some("Write 'yes or no'.")),
                (1, 13, Some("Use 'or', or say '..., ... or both'.")),
                (
                    1,
                    24,
                    Some("Use 'they', 'them' or 'their', or write 'him or her'.")
                )
            ]
        );
    }
}
