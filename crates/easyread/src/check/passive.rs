//! Passive verbs: a form of "be", perhaps an adverb, then a past participle ("will be
//! carried out", "has been arranged", "is required").

use super::context::{concat, PassageCtx, Sink};
use super::data::lexicon;
use super::Severity;

/// Rule id: a passive verb.
pub(crate) const PASSIVE_VOICE: &str = "passive-voice";

const BE: &[&str] = &["am", "is", "are", "was", "were", "be", "been", "being"];
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "shall", "may", "might", "must",
];
const HAVE: &[&str] = &["has", "have", "had"];
/// Words that may stand between "be" and the participle ("is usually arranged").
const ADVERBS: &[&str] = &[
    "not",
    "also",
    "then",
    "now",
    "already",
    "still",
    "always",
    "never",
    "just",
    "often",
    "soon",
    "therefore",
    "all",
    "both",
    "only",
    "again",
    "once",
    "first",
];
/// Particles that belong to the verb ("carried out", "set up").
const PARTICLES: &[&str] = &["out", "up", "off", "back", "away", "down"];
/// "-eed" words that are participles; every other "-eed" word (need, speed) is not.
const EED: &[&str] = &["agreed", "guaranteed", "freed", "decreed", "refereed"];

/// Whether `word` (lower case) is a past participle that makes a passive after "be".
fn participle(word: &str) -> bool {
    let lex = lexicon();
    if lex.not_passive.contains(word) || word == "been" {
        return false;
    }
    if lex.participles.contains(word) {
        return true;
    }
    word.len() >= 5
        && word.ends_with("ed")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (!word.ends_with("eed") || EED.contains(&word))
}

/// Whether `word` is one of [`BE`]: asked of every word, in one `match` (a test of the
/// length and a few comparisons) instead of searching the list (tested equal).
fn is_be(word: &str) -> bool {
    matches!(
        word,
        "am" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
    )
}

/// Find passive verbs in a passage.
pub(crate) fn check(ctx: &PassageCtx, sink: &mut Sink) {
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        let be = ctx.tokens[i].lower();
        if !is_be(be) {
            i += 1;
            continue;
        }
        // Skip up to two adverbs ("is usually arranged", "will not be needed").
        let mut j = i + 1;
        let mut prev = i;
        while j < n
            && ctx.joined(prev, j)
            && j - i <= 2
            && (ADVERBS.contains(&ctx.tokens[j].lower())
                || (ctx.tokens[j].lower().ends_with("ly") && ctx.tokens[j].lower().len() > 3))
        {
            prev = j;
            j += 1;
        }
        if j >= n
            || !ctx.joined(prev, j)
            || !participle(ctx.tokens[j].lower())
            || ctx.word(j).chars().next().is_some_and(char::is_uppercase)
        {
            i += 1;
            continue;
        }
        // Start at the helping verbs before "be": "will be", "has been", "is being".
        let mut first = i;
        let mut helper: Option<&str> = None;
        if first > 0 && ctx.joined(first - 1, first) {
            let before = ctx.tokens[first - 1].lower();
            let takes = match be {
                "be" => MODALS.contains(&before) || before == "to",
                "been" => HAVE.contains(&before),
                "being" => BE.contains(&before),
                _ => false,
            };
            if takes {
                first -= 1;
                helper = Some(before);
                // "will have been": take the modal too.
                if be == "been"
                    && first > 0
                    && ctx.joined(first - 1, first)
                    && MODALS.contains(&ctx.tokens[first - 1].lower())
                {
                    first -= 1;
                }
            }
        }
        let mut last = j;
        if last + 1 < n
            && ctx.joined(last, last + 1)
            && PARTICLES.contains(&ctx.tokens[last + 1].lower())
        {
            last += 1;
        }
        let span = ctx.token_span(first, last);
        let found = ctx.slice(span);
        let subject = match (be, helper) {
            ("be", Some("to")) => "for us to ...".to_string(),
            ("be", Some(modal)) => concat(&["we ", modal, " ..."]),
            ("been", Some(have)) => {
                let have = if have == "had" { "had" } else { "have" };
                concat(&["we ", have, " ", ctx.tokens[j].lower()])
            }
            ("was" | "were", None) => {
                // "was given" -> "we gave"; "was arranged" -> "we arranged".
                let lex = lexicon();
                let participle = ctx.tokens[j].lower();
                let past = lex
                    .irregular_base
                    .get(participle)
                    .and_then(|base| lex.irregular.get(base))
                    .map_or(participle, |v| v.past.as_str());
                concat(&["we ", past, " ..."])
            }
            _ => "we ...".to_string(),
        };
        let by = last + 1 < n && ctx.joined(last, last + 1) && ctx.tokens[last + 1].lower() == "by";
        let suggestion = if by {
            concat(&[
                "Say who does it first: start with the words after 'by', or '",
                &subject,
                "'.",
            ])
        } else {
            concat(&["Say who does it: '", &subject, "'."])
        };
        sink.add(
            ctx,
            span,
            PASSIVE_VOICE,
            Severity::Warning,
            concat(&["'", found, "' does not say who does it."]),
            Some(suggestion),
        );
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check_text, found};

    proptest::proptest! {
        /// `is_be` says what searching `BE` says.
        #[test]
        fn is_be_equals_the_list(word in "(am|is|are|was|were|be|been|being|b|w|a|i)[a-z]{0,3}|\\PC{0,6}") {
            proptest::prop_assert_eq!(super::is_be(&word), super::BE.contains(&word.as_str()));
        }
    }

    #[test]
    fn passives_with_helpers_particles_and_adverbs() {
        let r = check_text(
            "The review will be carried out by Mr Nowak. Your review has been arranged. A form is required. It is usually given free.",
        );
        let p = found(&r, "passive-voice");
        assert_eq!(
            p.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
            [(1, 12), (1, 57), (1, 83), (1, 99)]
        );
        assert_eq!(
            p[0].2,
            Some("Say who does it first: start with the words after 'by', or 'we will ...'.")
        );
        assert_eq!(p[1].2, Some("Say who does it: 'we have arranged'."));
        assert_eq!(p[2].2, Some("Say who does it: 'we ...'."));
        let r = check_text("The form was given to you. The visit was arranged.");
        assert_eq!(
            found(&r, "passive-voice"),
            [
                (1, 10, Some("Say who does it: 'we gave ...'.")),
                (1, 38, Some("Say who does it: 'we arranged ...'."))
            ]
        );
    }

    #[test]
    fn adjectives_and_non_verbs_are_not_passive() {
        let r = check_text(
            "I am interested. We are pleased to help. The office is closed. Help is needed is fine? You are indeed right. The report is Reed's.",
        );
        let p = found(&r, "passive-voice");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].1, 69);
        let r = check_text("This is the need. There is speed. The plan is good.");
        assert!(found(&r, "passive-voice").is_empty());
    }
}
