//! Word and phrase rules: stock phrases, negative instructions, jargon, formal words,
//! contractions and long words.

use super::context::{concat, FirstUse, PassageCtx, Sink};
use super::data::lexicon;
use super::inflect::{apply, capitalise, Form};
use super::{CheckOptions, Severity};

/// Rule id: a formal word with a plain alternative.
pub(crate) const FORMAL_WORD: &str = "formal-word";
/// Rule id: jargon that needs explaining.
pub(crate) const JARGON: &str = "jargon";
/// Rule id: a stock phrase or idiom.
pub(crate) const STOCK_PHRASE: &str = "stock-phrase";
/// Rule id: a negative instruction.
pub(crate) const NEGATIVE_INSTRUCTION: &str = "negative-instruction";
/// Rule id: a contraction.
pub(crate) const CONTRACTION: &str = "contraction";
/// Rule id: a long word.
pub(crate) const LONG_WORD: &str = "long-word";

/// Keep the capital of the first letter of `found` in `suggestion`.
fn match_case(found: &str, suggestion: &str) -> String {
    if found.chars().next().is_some_and(char::is_uppercase) {
        capitalise(suggestion)
    } else {
        suggestion.to_string()
    }
}

/// Stock phrases of official letters: "at your earliest convenience", "please find enclosed".
pub(crate) fn stock_phrases(ctx: &PassageCtx, claimed: &mut [bool], sink: &mut Sink) {
    let lex = lexicon();
    for m in lex.stock_set.find(ctx, claimed) {
        let Some(entry) = lex.stock.get(m.entry) else {
            continue;
        };
        let span = ctx.token_span(m.first, m.last);
        if ctx.in_fact(span) {
            continue;
        }
        let found = ctx.slice(span);
        let (message, suggestion) = if entry.other.is_empty() {
            (
                concat(&[
                    "'",
                    found,
                    "' does not tell the reader anything. Leave it out.",
                ]),
                None,
            )
        } else {
            let plain = match_case(found, &entry.other);
            (
                concat(&[
                    "'",
                    found,
                    "' is a stock phrase. Say '",
                    &plain,
                    "' instead.",
                ]),
                Some(plain),
            )
        };
        sink.add(
            ctx,
            span,
            STOCK_PHRASE,
            Severity::Warning,
            message,
            suggestion,
        );
    }
}

/// Negative instructions and double negatives: "do not forget to", "failure to ... will
/// result in", "no later than".
pub(crate) fn negative_instructions(ctx: &PassageCtx, claimed: &mut [bool], sink: &mut Sink) {
    let lex = lexicon();
    for m in lex.negatives_set.find(ctx, claimed) {
        let Some(entry) = lex.negatives.get(m.entry) else {
            continue;
        };
        let span = ctx.token_span(m.first, m.last);
        let found = ctx.slice(span);
        let positive = match_case(found, &entry.other);
        sink.add(
            ctx,
            span,
            NEGATIVE_INSTRUCTION,
            Severity::Warning,
            concat(&[
                "'",
                found,
                "' says what not to do. Say what to do instead: '",
                &positive,
                "'.",
            ]),
            Some(positive),
        );
    }
}

/// Jargon: reported where it first appears in the document, with a plain explanation.
pub(crate) fn jargon(ctx: &PassageCtx, claimed: &mut [bool], sink: &mut Sink) {
    let lex = lexicon();
    for m in lex.jargon_set.find(ctx, claimed) {
        let Some(entry) = lex.jargon.get(m.entry) else {
            continue;
        };
        let span = ctx.token_span(m.first, m.last);
        if ctx.in_fact(span) {
            continue;
        }
        let found = ctx.slice(span);
        // A bold word in Easy Read is a glossary word: it is probably explained already.
        let bold = ctx
            .passage
            .flat
            .run_at(span.start)
            .is_some_and(|(_, run)| run.strong);
        let severity = if bold {
            Severity::Info
        } else {
            Severity::Warning
        };
        sink.add(
            ctx,
            span,
            JARGON,
            severity,
            concat(&[
                "'",
                found,
                "' is a hard word. If you need it, make it bold and explain it in the next sentence.",
            ]),
            Some(concat(&["Explain it: it means ", &entry.other, "."])),
        );
        sink.first_use_only(FirstUse::Jargon(m.entry));
    }
}

/// Formal words and phrases with a plain alternative, inflected like the word found:
/// "commenced" -> "started".
pub(crate) fn formal_words(ctx: &PassageCtx, claimed: &mut [bool], sink: &mut Sink) {
    let lex = lexicon();
    for m in lex.plain_set.find(ctx, claimed) {
        let Some(entry) = lex.plain.get(m.entry) else {
            continue;
        };
        let span = ctx.token_span(m.first, m.last);
        if ctx.in_fact(span) || ctx.in_name(m.first, m.last) {
            continue;
        }
        // "-ed" is the past tense ("we commenced") or, after "have" or "be", the
        // participle ("has been commenced"); they differ for irregular plain words.
        // "provided by your family" is a participle too.
        let mut form = m.form;
        if form == Form::Past {
            let after_helper = m.first > 0 && ctx.joined(m.first - 1, m.first) && {
                let before = ctx.tokens[m.first - 1].lower();
                matches!(
                    before,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "being"
                ) || before.ends_with("'ve")
            };
            let before_by =
                ctx.joined(m.last, m.last + 1) && ctx.tokens[m.last + 1].lower() == "by";
            if after_helper || before_by {
                form = Form::Participle;
            }
        }
        let found = ctx.slice(span);
        let plain = match_case(found, &apply(&entry.plain, entry.pos, form, &lex.irregular));
        sink.add(
            ctx,
            span,
            FORMAL_WORD,
            Severity::Warning,
            concat(&[
                "'",
                found,
                "' is a formal word. Use '",
                &plain,
                "' instead.",
            ]),
            Some(plain),
        );
    }
}

/// Contractions: "can't" -> "cannot". Possessives ("the Council's") are not contractions.
pub(crate) fn contractions(ctx: &PassageCtx, sink: &mut Sink) {
    let lex = lexicon();
    for (i, tok) in ctx.tokens.iter().enumerate() {
        // As `tok.lower().contains('\'')` (tested), without searching the word.
        if !tok.apostrophe {
            continue;
        }
        let Some(full) = lex.contractions.get(tok.lower()) else {
            continue;
        };
        let found = ctx.word(i);
        let full = match_case(found, full);
        sink.add(
            ctx,
            tok.span,
            CONTRACTION,
            Severity::Warning,
            concat(&["'", found, "' is a short form. Write '", &full, "'."]),
            Some(full),
        );
    }
}

/// Long words (many syllables) that no other rule has reported, once per word.
pub(crate) fn long_words(
    ctx: &PassageCtx,
    claimed: &[bool],
    options: &CheckOptions,
    sink: &mut Sink,
) {
    if options.long_word_syllables == 0 {
        return;
    }
    let lex = lexicon();
    for (i, tok) in ctx.tokens.iter().enumerate() {
        // Most words have their syllables from the analysis, and few syllables: they are
        // left at once. (Every test below is a plain test of the token, so their order
        // does not change what is reported.)
        if tok
            .syllables
            .is_some_and(|n| (n as usize) < options.long_word_syllables)
        {
            continue;
        }
        if claimed.get(i).copied().unwrap_or(true)
            || !tok.lower().chars().all(char::is_alphabetic)
            || ctx.capitalised(i) && !ctx.starts_sentence(i)
            || ctx.in_fact(tok.span)
            || (lex.abbr_filter.may_hold(tok.lower()) && lex.abbr_lower.contains_key(tok.lower()))
        {
            continue;
        }
        // The analysis' count when it has one (the same text), else counted here.
        let syllables =
            tok.syllables
                .unwrap_or_else(|| crate::text::syllables::count(tok.lower())) as usize;
        if syllables < options.long_word_syllables {
            continue;
        }
        let found = ctx.word(i);
        sink.add(
            ctx,
            tok.span,
            LONG_WORD,
            Severity::Info,
            concat(&[
                "'",
                found,
                "' is a long word. Use a shorter word if there is one.",
            ]),
            None,
        );
        sink.first_use_only(FirstUse::LongWord(tok.lower().to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check_text, found};

    #[test]
    fn formal_words_are_matched_in_any_form_and_suggested_in_the_same_form() {
        let r = check_text("The work commenced on Monday. We need to ascertain this.");
        assert_eq!(
            found(&r, "formal-word"),
            [(1, 10, Some("started")), (1, 42, Some("find out"))]
        );
        let r = check_text("Your care requires a review and the scheme requires it.");
        assert_eq!(found(&r, "formal-word")[0], (1, 11, Some("needs")));
        let r = check_text("Prior to the meeting, the form was furnished by you.");
        assert_eq!(
            found(&r, "formal-word"),
            [(1, 1, Some("Before")), (1, 36, Some("given"))]
        );
        let r = check_text("We sought advice.");
        assert_eq!(found(&r, "formal-word"), [(1, 4, Some("got"))]);
    }

    #[test]
    fn multi_word_phrases_win_over_their_words() {
        let r = check_text("In accordance with the rules, we pay in lieu of notice.");
        assert_eq!(
            found(&r, "formal-word"),
            [(1, 1, Some("Under")), (1, 38, Some("instead of"))]
        );
    }

    #[test]
    fn plain_text_and_names_are_not_formal_words() {
        let r = check_text("We will start your care on Monday and help you at home.");
        assert!(found(&r, "formal-word").is_empty());
        // "Financial" is part of a team's name here.
        let r = check_text("Write to the Financial Assessment Team.");
        assert!(found(&r, "formal-word").is_empty(), "{:?}", r.findings);
        let r = check_text("Under the Care and Support (Charging) Regulations 2014.");
        assert!(found(&r, "formal-word").is_empty(), "{:?}", r.findings);
        // Whole words only: "commenced" is not inside "recommenced"... which is its own entry.
        let r = check_text("The Provider sent a letter.");
        assert!(found(&r, "formal-word").is_empty() || found(&r, "formal-word")[0].1 == 5);
    }

    #[test]
    fn jargon_is_reported_once_with_an_explanation() {
        let r = check_text("You can get a direct payment. A direct payment is money.");
        let j = found(&r, "jargon");
        assert_eq!(j.len(), 1);
        assert_eq!(j[0].0, 1);
        assert_eq!(j[0].1, 15);
        assert!(j[0].2.unwrap_or_default().contains("buy your own care"));
        let r = check_text("This is about safeguarding and your eligible needs.");
        assert_eq!(
            found(&r, "jargon").iter().map(|f| f.1).collect::<Vec<_>>(),
            [15, 37]
        );
        assert!(
            found(&r, "formal-word").is_empty(),
            "eligible is part of the jargon"
        );
    }

    #[test]
    fn stock_phrases_are_reported_with_a_plain_version_or_to_leave_out() {
        let r = check_text(
            "Please reply at your earliest convenience. I am writing to inform you that we agree.",
        );
        assert_eq!(
            found(&r, "stock-phrase"),
            [(1, 14, Some("as soon as you can")), (1, 44, None)]
        );
        let r = check_text("Further to your letter, please find enclosed a form.");
        assert_eq!(
            found(&r, "stock-phrase"),
            [(1, 1, Some("After")), (1, 25, Some("here is"))]
        );
    }

    #[test]
    fn negative_instructions_are_reported_with_a_positive() {
        let r = check_text(
            "Do not forget to sign it. Failure to reply by Friday will result in delay.",
        );
        let n = found(&r, "negative-instruction");
        assert_eq!(n.len(), 2);
        assert_eq!((n[0].0, n[0].1, n[0].2), (1, 1, Some("Remember to")));
        assert_eq!((n[1].0, n[1].1), (1, 27));
        let r = check_text("Failure. To reply will result in nothing.");
        assert!(found(&r, "negative-instruction").is_empty());
        let r = check_text("Send it no later than 3 May.");
        assert_eq!(found(&r, "negative-instruction"), [(1, 9, Some("by"))]);
    }

    #[test]
    fn contractions_but_not_possessives() {
        let r = check_text("We can't come. It\u{2019}s late. The Council's office won't open.");
        assert_eq!(
            found(&r, "contraction"),
            [
                (1, 4, Some("cannot")),
                (1, 16, Some("It is")),
                (1, 48, Some("will not"))
            ]
        );
        let r = check_text("Mr Clarke's review is at the Centre's café.");
        assert!(found(&r, "contraction").is_empty());
    }

    #[test]
    fn long_words_are_info_once() {
        let r = check_text("Responsibilities matter. Your responsibilities are clear.");
        let l = found(&r, "long-word");
        assert_eq!(l, [(1, 1, None)]);
    }
}
