//! Tests of the `words` stage: exact sentences in, exact sentences out.

use super::{apply, rewrite, run};
use crate::convert::{Draft, Stage, Unit, UnitKind};
use crate::facts::{find_facts, FactKind};
use crate::model::Source;
use proptest::prelude::*;

fn convert(text: &str) -> String {
    apply(text, &rewrite(text, false))
}

fn table(cases: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for (input, want) in cases {
        let got = convert(input);
        if got != *want {
            wrong.push(format!(
                "\n  {input:?}\n    got  {got:?}\n    want {want:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.concat());
}

#[test]
fn plain_words_and_phrases_longest_first() {
    table(&[
        (
            "In accordance with the Care Act 2014, we will review your plan.",
            "Under the Care Act 2014, we will review your plan.",
        ),
        (
            "Please call us prior to the meeting.",
            "Please call us before the meeting.",
        ),
        (
            "You are required by law to tell us within 21 days.",
            "The law says you must tell us within 21 days.",
        ),
        (
            "In its capacity as Supervisory Body, we have granted it.",
            "As Supervisory Body, we have granted it.",
        ),
        (
            "Please contact us at your earliest convenience.",
            "Please contact us as soon as you can.",
        ),
        // A participle before a noun describes it: no phrase can stand there.
        (
            "Your weekly assessed contribution is £102.88.",
            "Your weekly assessed contribution is £102.88.",
        ),
        ("We will assess your needs.", "We will look at your needs."),
        (
            "The purpose of an enquiry is to establish the facts; it does not presume that anyone is at fault.",
            "The purpose of an enquiry is to find out the facts; it does not mean that anyone is at fault.",
        ),
        (
            "The rules for a statutory safeguarding enquiry have been met.",
            "The rules for a statutory safeguarding enquiry have been met.",
        ),
        (
            "A bill showing the balance remaining to be paid will be sent under separate cover.",
            "A bill showing the balance still to pay will be sent separately.",
        ),
        (
            "The amount of £1,234.56 remains outstanding.",
            "The amount of £1,234.56 is still unpaid.",
        ),
        (
            "May I take this opportunity to wish you well for the future.",
            "May I take this chance to wish you well for the future.",
        ),
        (
            "Prior to the meeting, read this.",
            "Before the meeting, read this.",
        ),
        (
            "We need to ascertain your needs.",
            "We need to find out your needs.",
        ),
        (
            "Your care will commence on Monday.",
            "Your care will start on Monday.",
        ),
        ("We pay in lieu of notice.", "We pay instead of notice."),
    ]);
}

#[test]
fn words_that_mean_judged_or_decided_are_not_made_thought_about_or_ended() {
    table(&[
        (
            "He is now considered medically fit for discharge.",
            "He is now well enough to leave hospital.",
        ),
        (
            "It was concluded that he lacks capacity.",
            "We decided that he lacks capacity.",
        ),
        (
            "It has therefore been determined that you do not now have eligible needs.",
            "So we have decided that you do not now have eligible needs.",
        ),
        (
            "As a result, it has been determined that you are eligible.",
            "As a result, we have decided that you are eligible.",
        ),
        (
            "The pass will be subject to a charge of £10.00.",
            "The pass will cost £10.00.",
        ),
        (
            "Please send any evidence which you consider relevant.",
            "Please send any evidence which you think is relevant.",
        ),
        (
            "A financial reassessment will be carried out first.",
            "A new check of your money will be done first.",
        ),
        // Initials after the words they stand for add nothing; a reference keeps them.
        (
            "Any more incidents of anti-social behaviour (ASB) will be recorded under ASB/TEN/26/00741.",
            "Any more incidents of anti-social behaviour will be recorded under ASB/TEN/26/00741.",
        ),
        // The kind of scan is kept: "MRI" is not "scan".
        (
            "You may be offered a brain scan (CT or MRI) at the hospital.",
            "You may be offered a brain scan (CT or MRI) at the hospital.",
        ),
        // Not a charge: "depend on" is right here.
        (
            "This is subject to your agreement.",
            "This depends on your agreement.",
        ),
    ]);
}

#[test]
fn verbs_keep_their_inflection() {
    table(&[
        (
            "Your care commenced last week.",
            "Your care started last week.",
        ),
        ("Your care requires a review.", "Your care needs a review."),
        ("We required more time.", "We needed more time."),
        (
            "We are ascertaining the facts.",
            "We are finding out the facts.",
        ),
        ("The nurse assists you.", "The nurse helps you."),
        ("The nurse assisted you.", "The nurse helped you."),
        (
            "We ascertained that you moved.",
            "We found out that you moved.",
        ),
        ("We obtained your records.", "We got your records."),
        ("We sought advice.", "We got advice."),
        ("You submitted the form.", "You sent the form."),
        (
            "The form was furnished by you.",
            "The form was given by you.",
        ),
        (
            "The support provided by your family helps.",
            "The support given by your family helps.",
        ),
        (
            "You will be informed in writing.",
            "You will be told in writing.",
        ),
        ("We have undertaken a review.", "We have done a review."),
        ("We undertook a review.", "We did a review."),
    ]);
}

#[test]
fn nouns_keep_their_number() {
    table(&[
        ("Both residences are empty.", "Both homes are empty."),
        ("We made some amendments.", "We made some changes."),
        (
            "Thank you for your enquiry.",
            "Thank you for your question.",
        ),
        ("We answered your enquiries.", "We answered your questions."),
        (
            "Your dietary requirements matter.",
            "Your food needs matter.",
        ),
    ]);
}

#[test]
fn the_part_of_speech_must_fit() {
    table(&[
        // A noun: not the verb "add to".
        (
            "The supplements are in the box.",
            "The supplements are in the box.",
        ),
        ("Your supply of pads is low.", "Your supply of pads is low."),
        // Verb rows as verbs.
        (
            "We will supplement your budget.",
            "We will add to your budget.",
        ),
        // Jargon is left to the explain stage.
        (
            "This meets your eligible needs.",
            "This meets your eligible needs.",
        ),
        // Phrases with a be-verb agree with the subject.
        ("We are required to review it.", "We have to review it."),
        (
            "The Council is required to review it.",
            "The Council has to review it.",
        ),
        ("You are not required to pay.", "You do not have to pay."),
        // Adjectives of several words only where they read well.
        ("You are eligible for help.", "You are able to get help."),
        (
            "You have an outstanding balance.",
            "You have an outstanding balance.",
        ),
        (
            "The balance is outstanding.",
            "The balance is still to pay.",
        ),
        // "so" only at the start of a clause.
        ("It is therefore due now.", "It is therefore due now."),
        ("Therefore, we will write.", "So, we will write."),
        // An object is needed after "go to".
        (
            "If you are unable to attend, please phone.",
            "If you are not able to come, please phone.",
        ),
        ("You will attend the clinic.", "You will go to the clinic."),
        (
            "The meeting which you attended on Monday went well.",
            "The meeting which you went to on Monday went well.",
        ),
        (
            "Your claim received on 2 March is open.",
            "Your claim received on 2 March is open.",
        ),
        ("You will receive a letter.", "You will get a letter."),
        (
            "We act in accordance with his wishes.",
            "We act in line with his wishes.",
        ),
        ("This constitutes a change.", "This is a change."),
        (
            "Bring creams, supplements and gels.",
            "Bring creams, supplements and gels.",
        ),
        (
            "If you refuse offers of accommodation, tell us.",
            "If you refuse offers of accommodation, tell us.",
        ),
        ("Your accommodation is safe.", "Your home is safe."),
        // "a" and "an" follow the new word.
        ("This is an additional cost.", "This is an extra cost."),
        ("It is a considerable sum.", "It is a big amount."),
    ]);
}

#[test]
fn capitals_are_kept_and_names_left_alone() {
    table(&[
        (
            "Commence the exercises daily.",
            "Start the exercises daily.",
        ),
        ("Ascertain the cost first.", "Find out the cost first."),
        (
            "Write to the Financial Assessment Team.",
            "Write to the Financial Assessment Team.",
        ),
    ]);
}

#[test]
fn contractions_are_written_in_full() {
    table(&[
        ("We can't come.", "We cannot come."),
        ("The office won't open.", "The office will not open."),
        ("It's late.", "It is late."),
        ("It\u{2019}s late.", "It is late."),
        ("It's been a year.", "It has been a year."),
        ("Don't worry.", "Do not worry."),
        (
            "The Council's office is shut.",
            "The Council's office is shut.",
        ),
        (
            "Mr Clarke's review is at the Centre's caf\u{e9}.",
            "Mr Clarke's review is at the Centre's caf\u{e9}.",
        ),
    ]);
}

#[test]
fn numbers_that_count_become_digits() {
    table(&[
        (
            "Tell us five working days before.",
            "Tell us 5 working days before.",
        ),
        (
            "You have twenty-eight days to reply.",
            "You have 28 days to reply.",
        ),
        ("We need two forms.", "We need 2 forms."),
        ("It lasts one week.", "It lasts 1 week."),
        (
            "We sent two hundred and fifty letters.",
            "We sent 250 letters.",
        ),
        ("Two or three visits a week.", "2 or 3 visits a week."),
        // Not counting: left as words.
        ("One of our team will call.", "One of our team will call."),
        ("Someone will call you.", "Someone will call you."),
        (
            "No one will call you at once.",
            "No one will call you at once.",
        ),
        ("The one you chose is fine.", "The one you chose is fine."),
        (
            "We have about a hundred forms.",
            "We have about a hundred forms.",
        ),
        ("Write to Seven Oaks House.", "Write to Seven Oaks House."),
    ]);
}

#[test]
fn abbreviations_are_written_in_full() {
    table(&[
        (
            "Bring ID, e.g. a passport.",
            "Bring ID, for example a passport.",
        ),
        (
            "Bring proof, i.e. a letter.",
            "Bring proof, that is a letter.",
        ),
        (
            "Bring bills, letters etc.",
            "Bring bills, letters and so on.",
        ),
        ("It takes approx. 3 hours.", "It takes about 3 hours."),
        ("Speak to your GP.", "Speak to your doctor."),
        ("GP practices are open.", "Doctor's surgeries are open."),
        ("Ask a GP.", "Ask a doctor."),
        ("Ask an OT.", "Ask an occupational therapist."),
        (
            "Write to the DWP today.",
            "Write to the Department for Work and Pensions today.",
        ),
        (
            "Contact DWP today.",
            "Contact the Department for Work and Pensions today.",
        ),
        ("You may need an MRI scan.", "You may need an MRI scan."),
        (
            "Ask the Department for Work and Pensions (DWP) today.",
            "Ask the Department for Work and Pensions today.",
        ),
        (
            "The multidisciplinary team (MDT) met on 28 January 2026.",
            "The multidisciplinary team met on 28 January 2026.",
        ),
        (
            "Your care will be reviewed by the MDT.",
            "Your care will be reviewed by the team of different professionals.",
        ),
        (
            "Write to Flat No. 5, Heron House.",
            "Write to Flat No. 5, Heron House.",
        ),
        ("Tel: 0117 496 0321", "Phone: 0117 496 0321"),
        (
            "Your NHS number is on the letter.",
            "Your NHS number is on the letter.",
        ),
        ("See form No. 5.", "See form number 5."),
        ("Say no. We said no.", "Say no. We said no."),
        // Not inside a reference or another word.
        ("Our ref CSP/2025/40219.", "Our ref CSP/2025/40219."),
        ("Use the GPS.", "Use the GPS."),
    ]);
}

#[test]
fn facts_are_untouched() {
    table(&[
        (
            "Call 0117 496 0321 prior to 4 November 2024.",
            "Call 0117 496 0321 before 4 November 2024.",
        ),
        (
            "Your review is at Riverside Day Centre, 48 Mill Lane, Bristol BS3 4QT.",
            "Your review is at Riverside Day Centre, 48 Mill Lane, Bristol BS3 4QT.",
        ),
        (
            "Email review.team@example.gov.uk prior to the meeting.",
            "Email review.team@example.gov.uk before the meeting.",
        ),
    ]);
}

#[test]
fn no_double_replacement() {
    // "in order to" -> "to" once; "assistance" -> "help", and "help" is not replaced again.
    table(&[
        ("We ask in order to help.", "We ask to help."),
        ("We require assistance.", "We need help."),
        ("Additionally, we will commence.", "Also, we will start."),
    ]);
}

#[test]
fn kindly_becomes_please_only_at_the_start() {
    table(&[
        (
            "Kindly return the form by Friday.",
            "Please return the form by Friday.",
        ),
        (
            "Your son has kindly agreed to help.",
            "Your son has kindly agreed to help.",
        ),
    ]);
}

#[test]
fn plainer_words_for_letters() {
    table(&[
        (
            "Please tell us immediately if anything changes.",
            "Please tell us straight away if anything changes.",
        ),
        (
            "I am writing to confirm the arrangements for your discharge.",
            "I am writing to confirm the plans for your discharge.",
        ),
        (
            "Your contribution has been calculated using your income.",
            "Your contribution has been worked out using your income.",
        ),
        (
            "Tell us about any changes to your living arrangements.",
            "Tell us about any changes to your living arrangements.",
        ),
        (
            "We will calculate your contribution.",
            "We will work out your contribution.",
        ),
        (
            "The medical team has advised that you are ready to go home.",
            "The medical team has said that you are ready to go home.",
        ),
        (
            "The payment will be made by BACS transfer.",
            "The payment will be made by BACS transfer.",
        ),
    ]);
}

#[test]
fn however_becomes_but_only_at_the_start_of_a_sentence() {
    table(&[
        // The comma after it goes too.
        ("However, we will write.", "But we will write."),
        ("It is, however, due now.", "It is, however, due now."),
    ]);
}

#[test]
fn following_becomes_after_only_as_a_preposition() {
    table(&[
        (
            "Following your fall, we will visit you.",
            "After your fall, we will visit you.",
        ),
        (
            "This was agreed following a new check.",
            "This was agreed after a new check.",
        ),
        // The verb stays.
        (
            "You can pay by following the steps.",
            "You can pay by following the steps.",
        ),
        // "the following" before a plural becomes "these"; before a time or a singular
        // word it stays.
        (
            "The following changes will take effect:",
            "These changes will take effect:",
        ),
        (
            "Please note the following conditions of use:",
            "Please note these conditions of use:",
        ),
        (
            "We may take the following action:",
            "We may take the following action:",
        ),
        (
            "We will write in the following weeks.",
            "We will write in the following weeks.",
        ),
        (
            "It closes on the following Monday.",
            "It closes on the following Monday.",
        ),
    ]);
}

#[test]
fn further_becomes_more_only_where_it_reads() {
    table(&[
        (
            "Your result may show that further tests are needed.",
            "Your result may show that more tests are needed.",
        ),
        (
            "A further award may be made.",
            "A further award may be made.",
        ),
        (
            "Further to your letter, we have checked.",
            "Further to your letter, we have checked.",
        ),
        (
            "We may act without further notice.",
            "We may act without further notice.",
        ),
        // A cue for the contact section: it stays.
        (
            "Further information is in the leaflet.",
            "Further information is in the leaflet.",
        ),
    ]);
}

#[test]
fn available_goes_only_before_a_web_address() {
    table(&[
        (
            "Further details are available at www.council.example/help.",
            "More details are at www.council.example/help.",
        ),
        (
            "The line is available at any time.",
            "The line is available at any time.",
        ),
        (
            "Free advice is also available from Citizens Advice.",
            "Free advice is also given by Citizens Advice.",
        ),
    ]);
}

#[test]
fn plainer_phrases_for_time_and_forms() {
    table(&[
        (
            "The appointment is expected to last about 1 hour.",
            "The appointment should last about 1 hour.",
        ),
        (
            "Your alarm will continue to be monitored.",
            "Your alarm will still be monitored.",
        ),
        (
            "Please complete and return the enclosed form.",
            "Please fill in and return the enclosed form.",
        ),
        (
            "We would be grateful if you would complete the enclosed questionnaire.",
            "Please fill in the enclosed questionnaire.",
        ),
        (
            "The works will be completed within 10 days.",
            "The works will be done within 10 days.",
        ),
        (
            "This is so that an alternative appointment can be offered.",
            "This is so that another appointment can be offered.",
        ),
        (
            "If you are experiencing difficulties, call us.",
            "If you are having problems, call us.",
        ),
        (
            "All staff carry photographic identification.",
            "All staff carry photo ID.",
        ),
        (
            "We can offer you an initial assessment.",
            "We can offer you a first assessment.",
        ),
    ]);
}

#[test]
fn cannot_and_can_for_able_to() {
    table(&[
        (
            "We are not able to keep appointments open.",
            "We cannot keep appointments open.",
        ),
        ("Tobi is able to get help.", "Tobi can get help."),
        // After "if" the split stage makes "You may not be able to come. If so, ...".
        (
            "If you are not able to come, please phone us.",
            "If you are not able to come, please phone us.",
        ),
    ]);
}

#[test]
fn circumstances_become_life_where_the_verb_still_agrees() {
    table(&[
        (
            "Tell us if your circumstances change.",
            "Tell us if your life changes.",
        ),
        (
            "Tell us about any change in your circumstances.",
            "Tell us about any change in your life.",
        ),
        (
            "You think that your circumstances have changed.",
            "You think that things have changed for you.",
        ),
        // Not "should your life changes".
        (
            "Should your circumstances change, call us.",
            "Should your circumstances change, call us.",
        ),
    ]);
}

#[test]
fn guarded_single_words() {
    table(&[
        (
            "Please bring 2 photographs of yourself.",
            "Please bring 2 photos of yourself.",
        ),
        (
            "An overpayment has been identified on your claim.",
            "An overpayment has been found on your claim.",
        ),
        (
            "Please identify yourself to the driver.",
            "Please identify yourself to the driver.",
        ),
        (
            "There is an injury which was identified on Monday.",
            "There is an injury which was identified on Monday.",
        ),
        (
            "It is free for a period of up to 6 weeks.",
            "It is free for up to 6 weeks.",
        ),
        // A passive "considered" is not "thought about".
        (
            "He is now considered medically fit.",
            "He is now considered medically fit.",
        ),
        (
            "We will consider your request.",
            "We will think about your request.",
        ),
    ]);
}

#[test]
fn carry_out_becomes_do_in_every_form() {
    table(&[
        (
            "The review will be carried out by Mr Nowak.",
            "The review will be done by Mr Nowak.",
        ),
        (
            "Our officers carry out regular checks.",
            "Our officers do regular checks.",
        ),
        // A participle before "between" is not the past tense.
        (
            "A survey of patients carried out between May and June.",
            "A survey of patients done between May and June.",
        ),
        (
            "Please bring the following with you:",
            "Please bring these things with you:",
        ),
        (
            "The following people have been invited:",
            "These people have been invited:",
        ),
    ]);
}

#[test]
fn shorter_everyday_phrases() {
    table(&[
        (
            "Replacement batteries are given free of charge.",
            "Replacement batteries are given for free.",
        ),
        // Not "for free for up to 6 weeks".
        (
            "Reablement is given free of charge for up to 6 weeks.",
            "Reablement is given free of charge for up to 6 weeks.",
        ),
        (
            "A replacement pass will be sent.",
            "A new pass will be sent.",
        ),
        (
            "A replacement fee of £10.00 applies.",
            "A replacement fee of £10.00 applies.",
        ),
        (
            "We pay part of your fees on your behalf.",
            "We pay part of your fees for you.",
        ),
        (
            "Car parking is available in the multi-storey car park.",
            "You can park in the multi-storey car park.",
        ),
        (
            "You may be having difficulty paying your rent.",
            "You may be having problems paying your rent.",
        ),
        // A plural cannot follow "a".
        (
            "This is a difficulty for us.",
            "This is a difficulty for us.",
        ),
        (
            "It has been worked out incorrectly.",
            "It has been worked out wrong.",
        ),
        (
            "You have substantial difficulty walking.",
            "You have big problems walking.",
        ),
        (
            "You are welcome to be accompanied by a friend.",
            "You are welcome to bring a friend.",
        ),
    ]);
}

#[test]
fn plainer_verbs_in_set_phrases() {
    table(&[
        (
            "Our records indicate that you moved.",
            "Our records show that you moved.",
        ),
        (
            "The Agreement permits us to recover it.",
            "The Agreement lets us recover it.",
        ),
        (
            "Send receipts for the withdrawals referred to above.",
            "Send receipts for the withdrawals above.",
        ),
        // Not "These are above".
        (
            "These are referred to above.",
            "These are referred to above.",
        ),
        (
            "Tell us how you intend to repay it.",
            "Tell us how you plan to repay it.",
        ),
        (
            "The budget, which is intended to meet your needs, is paid monthly.",
            "The budget, which is meant to meet your needs, is paid monthly.",
        ),
        (
            "This is sometimes referred to as the bedroom tax.",
            "This is sometimes called the bedroom tax.",
        ),
        // Not "which you think about relevant".
        (
            "Send any payslips which you consider relevant.",
            "Send any payslips which you think is relevant.",
        ),
        (
            "This figure represents approximately 38% of the cost.",
            "This figure is about 38% of the cost.",
        ),
        (
            "If you have already paid, please accept our thanks and disregard this letter.",
            "If you have already paid, thank you and please ignore this letter.",
        ),
        (
            "The most convenient method of payment is by Direct Debit.",
            "The most convenient way to pay is by Direct Debit.",
        ),
        (
            "This will happen until the duty is brought to an end.",
            "This will happen until the duty is ended.",
        ),
        (
            "Questions should be directed to the Duty Team.",
            "Questions should go to the Duty Team.",
        ),
        (
            "It helps individuals to regain their skills.",
            "It helps people to get back their skills.",
        ),
        (
            "This is equivalent to 80% of your bill.",
            "This is the same as 80% of your bill.",
        ),
        (
            "A revised bill will be sent to you.",
            "A new bill will be sent to you.",
        ),
        (
            "It relates to an injury to her arm.",
            "It is about an injury to her arm.",
        ),
        (
            "If your condition has deteriorated significantly, call us.",
            "If your condition has got a lot worse, call us.",
        ),
    ]);
}

#[test]
fn run_records_every_change_against_the_unit() {
    let mut draft = Draft::default();
    let source = Source {
        span: None,
        block: Some(3),
        sentence: Some(1),
    };
    draft.units.push(Unit {
        kind: UnitKind::Sentence,
        text: "Prior to your visit, we can't ascertain five things.".into(),
        strong: vec!["five things".into()],
        list: None,
        source,
    });
    draft.units.push(Unit {
        kind: UnitKind::Heading(2),
        text: "Commencement of your care".into(),
        strong: Vec::new(),
        list: None,
        source: Source::default(),
    });
    run(&mut draft);
    assert_eq!(
        draft.units[0].text,
        "Before your visit, we cannot find out 5 things."
    );
    assert_eq!(draft.units[0].strong, ["5 things"]);
    assert_eq!(draft.units[1].text, "Start of your care");
    let changes: Vec<(&str, &str, &str)> = draft
        .changes
        .iter()
        .map(|c| (c.rule.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    assert_eq!(
        changes,
        [
            ("plain-word", "Prior to", "Before"),
            ("contraction", "can't", "cannot"),
            ("plain-word", "ascertain", "find out"),
            ("number-to-digits", "five", "5"),
            ("plain-word", "Commencement", "Start"),
        ]
    );
    assert!(draft.changes.iter().all(|c| c.stage == Stage::Words));
    assert_eq!(draft.changes[0].source, source);
}

/// Pieces of letters, facts among them, to build random sentences from.
const PIECES: &[&str] = &[
    "prior to",
    "commenced",
    "requires",
    "ascertaining",
    "the",
    "a",
    "an",
    "your",
    "we",
    "can't",
    "won't",
    "it's",
    "five",
    "twenty-eight",
    "one",
    "of",
    "working",
    "days",
    "hundred",
    "and",
    "e.g.",
    "etc.",
    "GP",
    "DWP",
    "No.",
    "0117 496 0321",
    "4 November 2024",
    "10:30am",
    "£42.17",
    "CSP/2025/40219",
    "BS3 4QT",
    "Mr Tomasz Nowak",
    "Review Team",
    "St. Mary's Hospital",
    "six weeks",
    "help@example.org",
    "www.example.gov.uk",
    ",",
    ".",
    "In accordance with",
    "supplements",
    "residences",
    "assistance",
    "a number of",
    "\u{2019}",
    "an",
    "additional",
    "is",
    "required",
    "to",
    "attend",
    "é",
    "Ω",
    "-",
    "(",
    ")",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_never_changes_a_fact(
        picks in proptest::collection::vec(0..PIECES.len(), 0..24),
        glue in proptest::collection::vec(prop_oneof![Just(" "), Just(""), Just("  "), Just(", ")], 24),
    ) {
        let mut text = String::new();
        for (k, p) in picks.iter().enumerate() {
            text.push_str(PIECES[*p]);
            text.push_str(glue[k]);
        }
        let out = convert(&text);
        let after = find_facts(&out);
        for f in find_facts(&text) {
            prop_assert!(
                after.iter().any(|g| g.kind == f.kind && g.normalised == f.normalised),
                "{f:?} lost: {text:?} -> {out:?}"
            );
            if !matches!(f.kind, FactKind::Quantity | FactKind::Percentage) {
                prop_assert!(out.contains(&f.text), "{f:?} changed: {text:?} -> {out:?}");
            }
        }
        // A second run finds nothing new to do with what the first one wrote, except
        // words it could not see before (no replacement of a replacement).
        let mut draft = Draft::default();
        draft.units.push(Unit {
            kind: UnitKind::Sentence,
            text: text.clone(),
            strong: vec![text.clone()],
            list: None,
            source: Source::default(),
        });
        run(&mut draft);
        prop_assert_eq!(&draft.units[0].text, &out);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,80}") {
        let _ = convert(&text);
    }
}

#[test]
fn short_supply_and_consider_to_be_keep_their_meaning() {
    table(&[
        (
            "Homes of this size are in very short supply.",
            "Homes of this size are very hard to find.",
        ),
        (
            "Please explain why you consider the decision to be wrong.",
            "Please explain why you think the decision is wrong.",
        ),
        (
            "We will supply the equipment.",
            "We will give the equipment.",
        ),
    ]);
}

#[test]
fn subject_to_a_maximum_is_up_to_a_maximum() {
    table(&[(
        "a penalty of up to 5 times that amount (subject to a maximum of £100)",
        "a penalty of up to 5 times that amount (up to a maximum of £100)",
    )]);
}

#[test]
fn a_plain_phrase_with_its_own_article_never_follows_one() {
    table(&[
        // Before a comparative, "much".
        (
            "People who live alone are at a significantly higher risk of falls.",
            "People who live alone are at a much higher risk of falls.",
        ),
        (
            "Your walking has become significantly worse since the spring.",
            "Your walking has become much worse since the spring.",
        ),
        // Elsewhere "a lot", but not after "a": the word stays rather than "an a lot".
        (
            "Your needs have changed significantly since the review.",
            "Your needs have changed a lot since the review.",
        ),
        (
            "This is a significantly different plan from last year.",
            "This is a significantly different plan from last year.",
        ),
    ]);
}

#[test]
fn not_comes_before_be_after_a_modal_and_remedies_stay_things() {
    table(&[
        (
            "We may be unable to keep your place on the list.",
            "We may not be able to keep your place on the list.",
        ),
        (
            "You will be unable to use the lift on that day.",
            "You will not be able to use the lift on that day.",
        ),
        (
            "Please bring any herbal remedies that you take.",
            "Please bring any herbal remedies that you take.",
        ),
    ]);
}

#[test]
fn a_second_to_after_a_plain_phrase_goes_too() {
    let text = "The minibus will continue to collect you from home at about 8.45am, and to bring you home at about 4pm.";
    assert_eq!(
        apply(text, &rewrite(text, false)),
        "The minibus will still collect you from home at about 8.45am, and bring you home at about 4pm."
    );
    // Not after a preposition ending with "to": the later "and to" is another infinitive.
    let text = "Your role is to represent him in matters relating to the authorisation, and to request a review.";
    assert!(apply(text, &rewrite(text, false)).contains("and to request"));
    // Not past the end of the sentence.
    let text = "We will continue to visit you. You may want to talk to us and to your family.";
    assert!(apply(text, &rewrite(text, false)).contains("and to your family"));
}

#[test]
fn maintained_things_are_looked_after_and_a_duty_under_a_law_is_a_duty() {
    for (text, expected) in [
        (
            "Gas appliances which are not maintained can leak carbon monoxide.",
            "Gas appliances which are not looked after can leak carbon monoxide.",
        ),
        (
            "The boiler was maintained by us last year.",
            "The boiler was looked after by us last year.",
        ),
        (
            "We are required under regulation 36 of the Regulations to make sure that your boiler is safe.",
            "We have a duty under rule 36 of the Regulations to make sure that your boiler is safe.",
        ),
    ] {
        assert_eq!(apply(text, &rewrite(text, false)), expected, "{text}");
    }
}

#[test]
fn requests_and_formal_phrases_are_said_plainly() {
    table(&[
        (
            "We would be grateful if you could tell us by 1 May 2026.",
            "Please tell us by 1 May 2026.",
        ),
        (
            "If so, we should be grateful if you would fill in the form.",
            "If so, please fill in the form.",
        ),
        (
            "Under no circumstances should you hand over your keys.",
            "You must not hand over your keys.",
        ),
        (
            "Please contact us as soon as possible, and in any event no later than 1 May 2026.",
            "Please contact us as soon as you can, and no later than 1 May 2026.",
        ),
        (
            "A person is regarded as severely impaired.",
            "A person is seen as severely impaired.",
        ),
        (
            "Please contact me in the first instance.",
            "Please contact me first.",
        ),
        (
            "It was granted on the basis of your award.",
            "It was granted based on your award.",
        ),
        (
            "A visit typically costs £40.00.",
            "A visit usually costs £40.00.",
        ),
        (
            "They may apply for an injunction requiring you to give access.",
            "They may apply for an injunction telling you to give access.",
        ),
        (
            "The law requires you to tell us.",
            "The law tells you to tell us.",
        ),
        (
            "Each resident may have visits from one nominated person at a time.",
            "Each resident may have visits from one chosen person at a time.",
        ),
        (
            "You can stay, provided that you pay the rent.",
            "You can stay, as long as you pay the rent.",
        ),
        (
            "No evidence was provided that he receives a qualifying benefit.",
            "No evidence was given that he gets a qualifying benefit.",
        ),
        // A legal term the glossary explains, not "a work-related need".
        (
            "This appointment is a work-related requirement.",
            "This appointment is a work-related requirement.",
        ),
    ]);
}

#[test]
fn advice_and_duties_of_the_reader_said_plainly() {
    table(&[
        (
            "You are advised to contact the Pension Service on 0121 496 0300.",
            "Please contact the Pension Service on 0121 496 0300.",
        ),
        (
            "If so, you are advised to contact your doctor.",
            "If so, please contact your doctor.",
        ),
        (
            "Also, it will be necessary for you to apply for a renewal.",
            "Also, you will need to apply for a renewal.",
        ),
    ]);
}

#[test]
fn the_writer_i_inside_a_sentence_is_no_name() {
    table(&[
        (
            "If you cannot come, I should be grateful if you would let me have your views.",
            "If you cannot come, please let me have your views.",
        ),
        (
            "I would be grateful if you could send the form.",
            "Please send the form.",
        ),
    ]);
}

#[test]
fn a_form_of_be_after_which_is_a_verb() {
    table(&[
        (
            "You could apply for a loan which is subject to eligibility criteria.",
            "You could apply for a loan which depends on eligibility criteria.",
        ),
        // A verb row after a determiner is still a noun: "the review" stays.
        (
            "We will send you the review form.",
            "We will send you the review form.",
        ),
    ]);
}

#[test]
fn what_may_follow_is_said_plainly() {
    table(&[
        (
            "Please pay, as failure to do so may result in recovery action.",
            "Please pay, as not doing so may lead to recovery action.",
        ),
        (
            "Missed appointments may result in the order being cancelled.",
            "Missed appointments may lead to the order being cancelled.",
        ),
        (
            "This results in a charge of £10.",
            "This leads to a charge of £10.",
        ),
    ]);
}

#[test]
fn the_did_not_attend_rule_is_said_to_the_reader() {
    table(&[
        (
            "Patients who fail to attend without notice may be discharged back to the care of their GP.",
            "If you miss your appointment without telling us, you may be sent back to the care of your doctor.",
        ),
        (
            "Please note that patients who fail to attend two appointments without notice may be discharged back to the care of their GP.",
            "Please note that if you miss 2 appointments without telling us, you may be sent back to the care of your doctor.",
        ),
        (
            "Patients who do not attend without notifying us may be discharged back to their GP or optometrist.",
            "If you miss your appointment without telling us, you may be sent back to your doctor or optometrist.",
        ),
    ]);
}

#[test]
fn deceased_before_a_noun_becomes_who_has_died_after_it() {
    table(&[(
        "Only where the deceased tenant was not a successor.",
        "Only where the tenant who has died was not a successor.",
    )]);
}

#[test]
fn supply_as_a_noun_or_a_describing_participle_stays() {
    table(&[
        (
            "It will contain an additional two weeks' supply to cover the changeover.",
            "It will contain an extra 2 weeks' supply to cover the changeover.",
        ),
        (
            "Your present supply will not be reduced.",
            "Your present supply will not be reduced.",
        ),
        (
            "The maximum number of products supplied will remain at four per day.",
            "The maximum number of products given will stay at 4 per day.",
        ),
        (
            "The hospital consultant considers it appropriate.",
            "The hospital consultant thinks it is right.",
        ),
        // Passive and capped: not "be thought is needed", not "depends on a maximum".
        (
            "A larger adaptation may be considered necessary.",
            "A larger adaptation may be thought to be needed.",
        ),
        (
            "The grant is means-tested and is subject to a maximum of £30,000.",
            "The grant is means-tested and has a limit of £30,000.",
        ),
        (
            "Being unable to afford the payments is not a defence.",
            "Not being able to afford the payments is not a defence.",
        ),
        // A law does not "need"; "seeking to recover" is trying, not getting.
        (
            "Equipment will be provided, as section 2 of that Act requires.",
            "Equipment will be given, as section 2 of that Act requires.",
        ),
        (
            "The amount which the Fund is seeking to recover is £8,070.72.",
            "The amount which the Fund is trying to recover is £8,070.72.",
        ),
        (
            "The procedure is provided for by section 50 of the Pensions Act 1995.",
            "The procedure is set out in section 50 of the Pensions Act 1995.",
        ),
        (
            "A summons has been issued on the application of the Council.",
            "A summons has been issued after a request from the Council.",
        ),
    ]);
}

#[test]
fn a_second_to_after_or_goes_with_the_first() {
    table(&[(
        "If, because of a disability, you are unable to provide a signature, or to sign consistently, you may ask us.",
        "If, because of a disability, you cannot give a signature, or sign consistently, you may ask us.",
    )]);
}
