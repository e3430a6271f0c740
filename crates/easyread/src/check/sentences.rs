//! Sentence rules (length, several ideas) and the length of the whole document.

use super::context::{concat, decimal, PassageCtx, Sink};
use super::{CheckOptions, Finding, Severity};
use crate::analysis::{Passage, Sentence};
use crate::Span;

/// Rule id: a sentence with too many words.
pub(crate) const SENTENCE_TOO_LONG: &str = "sentence-too-long";
/// Rule id: a sentence with more than one idea.
pub(crate) const SEVERAL_IDEAS: &str = "several-ideas";
/// Rule id: a document with too many words.
pub(crate) const DOCUMENT_TOO_LONG: &str = "document-too-long";

/// Sentences with fewer words than this are not checked for several ideas: a short
/// sentence with "because" is still easy to read.
const MIN_WORDS_FOR_IDEAS: usize = 7;

/// What a word can do in [`second_clause`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// A word that starts a second clause wherever it stands: "although", "because".
    Subordinator,
    /// A relative word, which starts a second clause after a comma: ", which", ", who".
    Relative,
    /// "however".
    However,
    /// "if".
    If,
    /// A joining word between two clauses: "and", "but".
    Coordinator,
}

/// The [`Joining`] class of a lower-case word, if it has one, in one `match` (which the
/// compiler turns into a test of the length and a few comparisons; the lists were
/// searched one by one before, tested equal). Every word of every sentence is asked,
/// and nearly all have no class.
fn joining(word: &str) -> Option<Joining> {
    Some(match word {
        "although" | "though" | "whereas" | "because" | "unless" | "whilst" | "while"
        | "whereby" | "whereupon" => Joining::Subordinator,
        "which" | "who" | "whom" | "whose" | "where" => Joining::Relative,
        "however" => Joining::However,
        "if" => Joining::If,
        "and" | "but" | "or" | "so" | "yet" | "nor" => Joining::Coordinator,
        _ => return None,
    })
}

/// Subjects that start a clause after a joining word: "and we will".
const SUBJECTS: &[&str] = &["i", "you", "we", "they", "he", "she", "it", "there", "this"];
/// Helping verbs that start a second verb after a joining word: "and is due".
const AUXILIARIES: &[&str] = &[
    "will", "would", "can", "could", "should", "shall", "may", "might", "must", "is", "are", "was",
    "were", "has", "have", "had", "does", "did",
];
/// Words after a subject that show it is not the start of a clause ("you and your family").
const NOT_VERBS: &[&str] = &[
    "and", "or", "of", "to", "in", "on", "at", "for", "with", "both", "all", "your", "my", "our",
    "their", "the", "a", "an",
];

/// Sentences longer than the limits in [`CheckOptions`].
/// `sentences` are those of passage `ctx`.
pub(crate) fn sentence_length(
    sentences: &[Sentence],
    ctx: &PassageCtx,
    options: &CheckOptions,
    sink: &mut Sink,
) {
    for sentence in sentences {
        let n = sentence.words.len();
        let severity = if n > options.error_sentence_words {
            Severity::Error
        } else if n > options.warn_sentence_words {
            Severity::Warning
        } else {
            continue;
        };
        sink.add(
            ctx,
            sentence.span,
            SENTENCE_TOO_LONG,
            severity,
            concat(&[
                "This sentence has ",
                decimal(n, &mut [0; 20]),
                " words. Keep Easy Read sentences to ",
                decimal(options.warn_sentence_words, &mut [0; 20]),
                " words or fewer.",
            ]),
            Some("Split it into shorter sentences, with one idea in each.".into()),
        );
    }
}

/// Whether the token at `i` is written as a pronoun is: lower case, or "I".
fn subject_case(ctx: &PassageCtx, i: Option<&usize>) -> bool {
    i.is_some_and(|&i| {
        let w = ctx.word(i);
        w == "I" || w.chars().all(|c| !c.is_uppercase())
    })
}

/// The first place where a sentence starts a second clause, and the word that does it.
fn second_clause(ctx: &PassageCtx, span: Span) -> Option<(Span, String)> {
    let toks: Vec<usize> = ctx.tokens_in(span).collect();
    if toks.len() < MIN_WORDS_FOR_IDEAS {
        return None;
    }
    // ";" is one byte: the memchr crate's search finds what `str::find` finds, faster.
    let semicolon = memchr::memchr(b';', &ctx.text.as_bytes()[span.start..span.end])
        .map(|at| span.start + at)
        .filter(|&at| {
            !ctx.in_fact(Span {
                start: at,
                end: at + 1,
            })
        });
    let mut first: Option<(Span, String)> = None;
    for (k, &i) in toks.iter().enumerate() {
        let lower = ctx.tokens[i].lower();
        let Some(class) = joining(lower) else {
            continue;
        };
        let gap_before = if k > 0 {
            &ctx.text[ctx.tokens[toks[k - 1]].span.end..ctx.tokens[i].span.start]
        } else {
            ""
        };
        let next = |d: usize| {
            toks.get(k + d)
                .filter(|&&j| ctx.joined(toks[k + d - 1], j))
                .map(|&j| ctx.tokens[j].lower())
        };
        // Not in the first two words: "Because you asked, ..." still counts, but "If" and
        // a joining word at the start join nothing inside the sentence.
        let hit = if class == Joining::Subordinator {
            // "even though" is one subordinator; "as though" compares.
            k + 1 < toks.len()
                && !(lower == "though"
                    && gap_before.trim().is_empty()
                    && k > 0
                    && ctx.tokens[toks[k - 1]].lower() == "as")
        } else if class == Joining::Relative {
            k > 0 && gap_before.contains(',')
        } else if class == Joining::However {
            k > 0 && gap_before.contains([',', ';'])
        } else if class == Joining::If {
            toks[k + 1..]
                .iter()
                .any(|&j| ctx.tokens[j].lower() == "then")
        } else if class == Joining::Coordinator && k >= 2 && !gap_before.contains('/') {
            let n1 = next(1);
            let n2 = next(2);
            match n1 {
                Some(w) if AUXILIARIES.contains(&w) => true,
                // "and it will", but not "and IT skills".
                Some(w) if SUBJECTS.contains(&w) && subject_case(ctx, toks.get(k + 1)) => {
                    n2.is_some_and(|v| !NOT_VERBS.contains(&v))
                }
                _ => false,
            }
        } else {
            false
        };
        if hit {
            first = Some((ctx.tokens[i].span, ctx.word(i).to_string()));
            break;
        }
    }
    match (first, semicolon) {
        (Some(f), Some(at)) if at < f.0.start => Some((
            Span {
                start: at,
                end: at + 1,
            },
            ";".into(),
        )),
        (None, Some(at)) => Some((
            Span {
                start: at,
                end: at + 1,
            },
            ";".into(),
        )),
        (f, _) => f,
    }
}

/// Sentences with more than one idea: two clauses joined by "and we will", "which",
/// "because", "although", a semicolon and so on. Heuristic and conservative.
/// `sentences` are those of passage `ctx`.
pub(crate) fn several_ideas(sentences: &[Sentence], ctx: &PassageCtx, sink: &mut Sink) {
    for sentence in sentences {
        let Some((span, word)) = second_clause(ctx, sentence.span) else {
            continue;
        };
        let how = if word == ";" {
            "a semicolon".to_string()
        } else {
            concat(&["'", &word, "'"])
        };
        sink.add(
            ctx,
            span,
            SEVERAL_IDEAS,
            Severity::Warning,
            concat(&[
                "This sentence has more than one idea, joined by ",
                &how,
                ". Easy Read has one idea in each sentence.",
            ]),
            Some("Split it into two sentences.".into()),
        );
    }
}

/// Documents with more words than [`CheckOptions::max_document_words`].
/// `words` is the number of words in passages the word rules run on; `first` is the
/// document's first passage.
pub(crate) fn document_length(
    words: usize,
    first: Option<&Passage>,
    options: &CheckOptions,
    sink: &mut Sink,
) {
    if words <= options.max_document_words {
        return;
    }
    let origin = first.and_then(|p| p.flat.origin_at(0));
    sink.add_document(Finding {
        rule: DOCUMENT_TOO_LONG.into(),
        severity: Severity::Warning,
        line: origin.map(|o| o.line),
        column: origin.map(|o| o.column),
        span: origin.map(|o| Span {
            start: o.offset,
            end: o.offset,
        }),
        block: first.map_or(0, |p| p.block),
        message: format!(
            "This document has {words} words. Easy Read documents should have {} words or fewer.",
            options.max_document_words
        ),
        suggestion: Some(
            "Leave out what the reader does not need, or split it into more than one document."
                .into(),
        ),
    });
}

#[cfg(test)]
mod tests {
    /// Words that start a second clause wherever they stand (the lists `joining` was
    /// written from).
    const SUBORDINATORS: &[&str] = &[
        "although",
        "though",
        "whereas",
        "because",
        "unless",
        "whilst",
        "while",
        "whereby",
        "whereupon",
    ];
    /// Relative words that start a second clause after a comma: ", which", ", who".
    const RELATIVES: &[&str] = &["which", "who", "whom", "whose", "where"];
    /// Joining words between two clauses.
    const COORDINATORS: &[&str] = &["and", "but", "or", "so", "yet", "nor"];

    /// The class of `word` by searching the lists, as `second_clause` did.
    fn joining_by_lists(word: &str) -> Option<super::Joining> {
        use super::Joining;
        if SUBORDINATORS.contains(&word) {
            Some(Joining::Subordinator)
        } else if RELATIVES.contains(&word) {
            Some(Joining::Relative)
        } else if word == "however" {
            Some(Joining::However)
        } else if word == "if" {
            Some(Joining::If)
        } else if COORDINATORS.contains(&word) {
            Some(Joining::Coordinator)
        } else {
            None
        }
    }

    #[test]
    fn joining_classes_equal_the_lists_on_their_words() {
        for word in SUBORDINATORS
            .iter()
            .chain(RELATIVES)
            .chain(COORDINATORS)
            .chain(&[
                "however", "if", "then", "as", "And", "IF", "", "whoever", "ands",
            ])
        {
            assert_eq!(super::joining(word), joining_by_lists(word), "{word}");
        }
    }

    proptest::proptest! {
        #[test]
        fn joining_classes_equal_the_lists(word in "(wh|th|al|be|un|an|o|s|y|n|i|h)[a-z]{0,8}|\\PC{0,10}") {
            proptest::prop_assert_eq!(super::joining(&word), joining_by_lists(&word));
        }
    }

    use super::super::tests::{check_text, found};
    use crate::{check, CheckOptions, Severity};

    #[test]
    fn long_sentences_warn_then_error() {
        let sixteen = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
        let r = check_text(sixteen);
        let f: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "sentence-too-long")
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!((f[0].line, f[0].column), (Some(1), Some(1)));
        assert_eq!(
            f[0].span.map(|s| (s.start, s.end)),
            Some((0, sixteen.len()))
        );
        assert_eq!(
            f[0].message,
            "This sentence has 16 words. Keep Easy Read sentences to 15 words or fewer."
        );
        let r = check_text("We will visit you. A b c d e f g h i j k l m n o p q r s t u.");
        let f: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "sentence-too-long")
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].column, Some(20));
        let r = check_text("We will visit you on Monday.");
        assert!(found(&r, "sentence-too-long").is_empty());
    }

    #[test]
    fn limits_are_options() {
        let doc = super::super::tests::doc_of("We will visit you on Monday morning.");
        let options = CheckOptions {
            warn_sentence_words: 3,
            error_sentence_words: 10,
            ..CheckOptions::default()
        };
        let r = check(&doc, &options);
        assert_eq!(found(&r, "sentence-too-long").len(), 1);
        let options = CheckOptions {
            disabled_rules: vec!["sentence-too-long".into()],
            ..options
        };
        assert!(found(&check(&doc, &options), "sentence-too-long").is_empty());
    }

    #[test]
    fn several_ideas_are_found_at_the_joining_word() {
        // The column of the joining word: "and", ", which", ";", "because", "and we".
        for (text, column) in [
            (
                "Your plan was last reviewed in March and is therefore now due.",
                38,
            ),
            ("You can come to the centre, which is open on Mondays.", 29),
            (
                "Lunch is included; however, please tell us about allergies.",
                18,
            ),
            ("We will phone you first because the time may change.", 25),
            ("Please fill in the form and we will send the money.", 25),
        ] {
            let r = check_text(text);
            let columns: Vec<_> = found(&r, "several-ideas").iter().map(|f| f.1).collect();
            assert_eq!(columns, [column], "{text}");
        }
    }

    #[test]
    fn one_idea_is_fine() {
        for text in [
            "You and your family can come to the meeting on Monday.",
            "Bring your letter and your bank card to the meeting.",
            "If you cannot come, please phone us on Monday morning.",
            "We will phone you.",
            "Tick yes and/or no on the form we sent you last week.",
            "Activities include gardening, cookery, and IT skills sessions on Monday.",
        ] {
            let r = check_text(text);
            assert!(
                found(&r, "several-ideas").is_empty(),
                "{text}: {:?}",
                r.findings
            );
        }
    }

    #[test]
    fn document_too_long_is_reported_at_the_start() {
        // 130 sentences of 7 words.
        let text = "PLEASE visit us at home on Monday. ".repeat(130);
        let doc = super::super::tests::doc_of(&text);
        assert!(found(&check(&doc, &CheckOptions::default()), "document-too-long").is_empty());
        let options = CheckOptions {
            max_document_words: 900,
            ..CheckOptions::default()
        };
        let r = check(&doc, &options);
        let f = &r.findings[0];
        assert_eq!(f.rule, "document-too-long");
        assert_eq!((f.line, f.column, f.block), (Some(1), Some(1), 0));
        assert!(
            f.message.starts_with("This document has 910 words."),
            "{}",
            f.message
        );
        // It comes before the capitals found at the same place.
        assert_eq!(r.findings[1].rule, "capitals-for-emphasis");
        assert_eq!(found(&r, "document-too-long").len(), 1);
    }
}
