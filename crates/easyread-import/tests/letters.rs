//! Plain-text letters: each shape the importer recognises, with the exact blocks expected.

mod common;

use common::{check_origins, outline};
use easyread::model::{Block, Inline, Origin, Span};
use easyread_import::{decode, import, Format, ImportOptions};

fn text(s: &str) -> easyread::Document {
    let doc = import(
        s.as_bytes(),
        &ImportOptions {
            format: Some(Format::Text),
            ..ImportOptions::default()
        },
    )
    .expect("imports");
    let decoded = decode(s.as_bytes()).expect("decodes");
    check_origins(&decoded, &doc).expect("origins point at their text");
    doc
}

fn at(offset: usize, line: u32, column: u32) -> Origin {
    Origin {
        offset,
        line,
        column,
    }
}

const FULL_LETTER: &str = "\
Bristol City Council
Adult Social Care
PO Box 3176
Bristol BS3 9FS
Tel: 0117 922 2000

Mr John Clarke
12 Acacia Avenue
Bristol
BS4 2XY

Our ref: CSP/2025/40219
Your ref: JC/1
14 February 2026

Dear Mr Clarke,

Re: Your annual care review

We are writing about your care and support plan. We need to check
that it still meets your needs.

What Happens Next

Your review is on Thursday 5 March 2026 at 2:15pm. Please have these
ready:

- your current care plan
- a list of your medicines,
  including creams
- the name of your GP

If you cannot come, please call us on 0117 496 0321.

Yours sincerely,

Helen Marsh
Senior Practitioner, Review Team
Tel: 0117 496 0321

Enc: leaflet about reviews
";

#[test]
fn a_full_letter_has_every_part() {
    let doc = text(FULL_LETTER);
    assert_eq!(
        outline(&doc),
        "\
address: Bristol City Council | Adult Social Care | PO Box 3176 | Bristol BS3 9FS
details: Tel: 0117 922 2000
address: Mr John Clarke | 12 Acacia Avenue | Bristol | BS4 2XY
details: Our ref: CSP/2025/40219 | Your ref: JC/1 | 14 February 2026
salutation: Dear Mr Clarke,
heading 1: Your annual care review
paragraph: We are writing about your care and support plan. We need to check that it still meets your needs.
heading 2: What Happens Next
paragraph: Your review is on Thursday 5 March 2026 at 2:15pm. Please have these ready:
list: your current care plan | a list of your medicines, including creams | the name of your GP
paragraph: If you cannot come, please call us on 0117 496 0321.
sign_off: Yours sincerely, | Helen Marsh | Senior Practitioner, Review Team | Tel: 0117 496 0321
paragraph: Enc: leaflet about reviews
"
    );
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Your annual care review")
    );
    assert_eq!(doc.metadata.sender.as_deref(), Some("Review Team"));
    assert_eq!(doc.metadata.source_format.as_deref(), Some("txt"));
    assert_eq!(doc.metadata.language, "en-GB");
}

#[test]
fn wrapped_lines_are_runs_joined_by_a_space_without_origin() {
    let doc = text(FULL_LETTER);
    let para = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph { content, source } => Some((content, source)),
            _ => None,
        })
        .expect("a paragraph");
    let start = FULL_LETTER.find("We are writing").unwrap();
    let second = FULL_LETTER.find("that it still").unwrap();
    assert_eq!(
        para.0,
        &vec![
            Inline::plain("We are writing about your care and support plan. We need to check")
                .at(at(start, 20, 1)),
            Inline::plain(" "),
            Inline::plain("that it still meets your needs.").at(at(second, 21, 1)),
        ]
    );
    assert_eq!(
        para.1.span,
        Some(Span {
            start,
            end: second + "that it still meets your needs.".len()
        })
    );
}

#[test]
fn list_markers_are_stripped_and_origins_point_after_them() {
    let doc = text(FULL_LETTER);
    let items = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::List { items, ordered, .. } => Some((items, *ordered)),
            _ => None,
        })
        .expect("a list");
    assert!(!items.1);
    let first = &items.0[0].content[0];
    let offset = FULL_LETTER.find("your current care plan").unwrap();
    assert_eq!(first.origin, Some(at(offset, 28, 3)));
    // The continuation line is joined with a generated space.
    let second = &items.0[1].content;
    assert_eq!(second.len(), 3);
    assert_eq!(second[1], Inline::plain(" "));
    assert_eq!(second[2].text, "including creams");
    assert_eq!(second[2].origin.map(|o| (o.line, o.column)), Some((30, 3)));
}

#[test]
fn the_re_prefix_is_stripped_from_the_subject() {
    let doc = text(FULL_LETTER);
    let heading = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading {
                level: 1, content, ..
            } => Some(content),
            _ => None,
        })
        .expect("a subject heading");
    let offset = FULL_LETTER.find("Your annual care review").unwrap();
    assert_eq!(
        heading,
        &vec![Inline::plain("Your annual care review").at(at(offset, 18, 5))]
    );
}

#[test]
fn salutations() {
    for (letter, salutation) in [
        ("Dear Mr Clarke,\n\nWe will call you.\n", "Dear Mr Clarke,"),
        (
            "Dear Sir or Madam\n\nWe will call you.\n",
            "Dear Sir or Madam",
        ),
        ("Dear Mrs Begum,\n\nWe will call you.\n", "Dear Mrs Begum,"),
        (
            "To whom it may concern:\n\nWe will call you.\n",
            "To whom it may concern:",
        ),
    ] {
        let doc = text(letter);
        assert_eq!(
            outline(&doc),
            format!("salutation: {salutation}\nparagraph: We will call you.\n"),
            "{letter}"
        );
    }
}

#[test]
fn a_salutation_sharing_its_line_with_text_is_split() {
    let doc = text("Dear Mr Clarke, thank you for your letter.\n");
    assert_eq!(
        outline(&doc),
        "salutation: Dear Mr Clarke,\nparagraph: thank you for your letter.\n"
    );
}

#[test]
fn subject_lines_in_their_forms() {
    let cases = [
        ("Dear Sir,\n\nRE: HOUSING REPAIRS\n\nWe will come on Monday.\n", "HOUSING REPAIRS"),
        ("Dear Sir,\n\nSubject: Your repairs\n\nWe will come on Monday.\n", "Your repairs"),
        ("Dear Sir,\n\nYour Housing Repairs\n\nWe will come on Monday.\n", "Your Housing Repairs"),
        // A subject typed just before the salutation.
        ("Your Housing Repairs\n\nDear Sir,\n\nWe will come on Monday.\n", "Your Housing Repairs"),
        // A subject wrapped over two lines.
        (
            "Dear Sir,\n\nRe: Safeguarding Enquiry about Mrs Fadumo\nWarsame\n\nWe will come on Monday.\n",
            "Safeguarding Enquiry about Mrs Fadumo Warsame",
        ),
    ];
    for (letter, subject) in cases {
        let doc = text(letter);
        assert_eq!(doc.metadata.title.as_deref(), Some(subject), "{letter}");
        let headings: Vec<_> = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { level: 1, .. }))
            .collect();
        assert_eq!(headings.len(), 1, "{letter}");
    }
}

#[test]
fn a_short_sentence_after_the_salutation_is_not_a_subject() {
    for letter in [
        "Dear Sir,\n\nThank you for your letter\n\nWe will come on Monday.\n",
        "Dear Sir,\n\nWe are sorry.\n\nWe will come on Monday.\n",
        "Dear Sir,\n\nI am writing about your rent\n\nWe will come on Monday.\n",
    ] {
        let doc = text(letter);
        assert!(doc.metadata.title.is_none(), "{letter}");
        assert!(
            doc.blocks
                .iter()
                .all(|b| !matches!(b, Block::Heading { .. })),
            "{letter}: {}",
            outline(&doc)
        );
    }
}

#[test]
fn section_headings_are_conservative() {
    let letter = "\
Dear Ms Abdi,

Your carer's assessment is complete.

IMPORTANT INFORMATION

You may be able to get Carer's Allowance.

We will be in touch

We will phone you next week.

Charges:

There is no charge.

What to bring:

- your letter

How to Contact Us
Please call us on 020 7946 0472 if you have questions about this letter.

Kind regards,
Amira Haddad
";
    assert_eq!(
        outline(&text(letter)),
        "\
salutation: Dear Ms Abdi,
paragraph: Your carer's assessment is complete.
heading 2: IMPORTANT INFORMATION
paragraph: You may be able to get Carer's Allowance.
paragraph: We will be in touch
paragraph: We will phone you next week.
heading 2: Charges:
paragraph: There is no charge.
paragraph: What to bring:
list: your letter
heading 2: How to Contact Us
paragraph: Please call us on 020 7946 0472 if you have questions about this letter.
sign_off: Kind regards, | Amira Haddad
"
    );
}

#[test]
fn a_title_line_at_the_top_of_a_document_is_its_title() {
    let doc = text("Your Care Review\n\nThis leaflet explains what happens.\n");
    assert_eq!(
        outline(&doc),
        "heading 1: Your Care Review\nparagraph: This leaflet explains what happens.\n"
    );
    assert_eq!(doc.metadata.title.as_deref(), Some("Your Care Review"));
}

#[test]
fn lists_of_every_marker() {
    let letter = "\
Dear Sir,

Please bring:
* your letter
• your bank card
– your tenancy agreement

1. Fill in the form.
2) Sign it.
(3) Send it back.

a) first
b) second

Thank you.
";
    assert_eq!(
        outline(&text(letter)),
        "\
salutation: Dear Sir,
paragraph: Please bring:
list: your letter | your bank card | your tenancy agreement
list ordered: Fill in the form. | Sign it. | Send it back.
list ordered: first | second
paragraph: Thank you.
"
    );
}

#[test]
fn list_items_separated_by_blank_lines_make_one_list() {
    let letter = "Dear Sir,\n\n1. Fill in the form.\n\n2. Sign it.\n\n3. Send it back.\n";
    assert_eq!(
        outline(&text(letter)),
        "salutation: Dear Sir,\nlist ordered: Fill in the form. | Sign it. | Send it back.\n"
    );
}

#[test]
fn numbers_inside_a_paragraph_are_not_a_list() {
    let letter = "Dear Sir,\n\nThe rules changed in\n2014. The work will start soon.\n";
    assert_eq!(
        outline(&text(letter)),
        "salutation: Dear Sir,\nparagraph: The rules changed in 2014. The work will start soon.\n"
    );
}

#[test]
fn a_paragraph_after_a_list_without_a_blank_line() {
    let letter = "Dear Sir,\n\nPlease bring:\n- your letter\n- your card\nWe will see you then.\n";
    assert_eq!(
        outline(&text(letter)),
        "salutation: Dear Sir,\nparagraph: Please bring:\nlist: your letter | your card\nparagraph: We will see you then.\n"
    );
}

#[test]
fn sign_offs_in_their_forms() {
    let cases = [
        (
            "Dear Sir,\n\nThanks.\n\nYours faithfully,\n\nRevenues Manager\nCouncil Tax Section\n",
            "sign_off: Yours faithfully, | Revenues Manager | Council Tax Section\n",
            Some("Council Tax Section"),
        ),
        (
            "Dear Sir,\n\nThanks.\n\nKind regards\nOlu Bankole\nCommunity Care Worker\n",
            "sign_off: Kind regards | Olu Bankole | Community Care Worker\n",
            Some("Olu Bankole"),
        ),
        (
            "Dear Sir,\n\nThanks.\n\nBest wishes,\n\nPriya\n\nPS Please bring your badge.\n",
            "sign_off: Best wishes, | Priya\nparagraph: PS Please bring your badge.\n",
            Some("Priya"),
        ),
        (
            "Dear Sir,\n\nThanks.\n\nWith best wishes\nDr A. Jones\ncc: GP\n",
            "sign_off: With best wishes | Dr A. Jones\nparagraph: cc: GP\n",
            Some("Dr A. Jones"),
        ),
        (
            "Dear Sir,\n\nThanks.\nRegards,\nBenefits Officer\n",
            "sign_off: Regards, | Benefits Officer\n",
            None,
        ),
    ];
    for (letter, tail, sender) in cases {
        let doc = text(letter);
        let out = outline(&doc);
        assert!(out.ends_with(tail), "{letter}\n---\n{out}");
        assert_eq!(doc.metadata.sender.as_deref(), sender, "{letter}");
    }
}

#[test]
fn a_sign_off_stops_at_running_text() {
    let letter = "Dear Sir,\n\nThanks.\n\nYours sincerely,\n\nHelen Marsh\n\nIf you need this letter in large print, please call us on 0117 496 0321.\n";
    assert_eq!(
        outline(&text(letter)),
        "\
salutation: Dear Sir,
paragraph: Thanks.
sign_off: Yours sincerely, | Helen Marsh
paragraph: If you need this letter in large print, please call us on 0117 496 0321.
"
    );
}

#[test]
fn addresses_and_details_without_a_salutation() {
    let letter = "\
Mrs Rokeya Begum
Flat 14, Jubilee Court
Canal Road
Northfield
NF3 7QL

Date: 3 March 2026
NHS number: 943 476 5919

Your appointment is on Monday.
";
    assert_eq!(
        outline(&text(letter)),
        "\
address: Mrs Rokeya Begum | Flat 14, Jubilee Court | Canal Road | Northfield | NF3 7QL
details: Date: 3 March 2026 | NHS number: 943 476 5919
paragraph: Your appointment is on Monday.
"
    );
}

#[test]
fn head_markers_and_names_are_details_not_addresses() {
    let letter =
        "PRIVATE AND CONFIDENTIAL\n\nHelen Marsh\nReview Team\n\nDear Mr Clarke,\n\nThanks.\n";
    assert_eq!(
        outline(&text(letter)),
        "details: PRIVATE AND CONFIDENTIAL\ndetails: Helen Marsh | Review Team\nsalutation: Dear Mr Clarke,\nparagraph: Thanks.\n"
    );
}

#[test]
fn an_address_in_the_body() {
    let letter = "Dear Sir,\n\nThe review will be held at:\n\nRiverside Day Centre\n48 Mill Lane\nBristol BS3 4QT\n\nPlease arrive early.\n";
    assert_eq!(
        outline(&text(letter)),
        "\
salutation: Dear Sir,
paragraph: The review will be held at:
address: Riverside Day Centre | 48 Mill Lane | Bristol BS3 4QT
paragraph: Please arrive early.
"
    );
}

#[test]
fn prose_before_the_salutation_stays_prose() {
    let letter = "If you need this letter in another format, please call 0117 496 0321.\n\nDear Sir,\n\nThanks.\n";
    assert_eq!(
        outline(&text(letter)),
        "paragraph: If you need this letter in another format, please call 0117 496 0321.\nsalutation: Dear Sir,\nparagraph: Thanks.\n"
    );
}

#[test]
fn indentation_tabs_and_unicode_keep_exact_origins() {
    let letter = "Dear Zoë,\n\n\t  Your fee is £18.60 — café 😀 costs\n   extra.\n";
    let doc = text(letter);
    assert_eq!(
        outline(&doc),
        "salutation: Dear Zoë,\nparagraph: Your fee is £18.60 — café 😀 costs extra.\n"
    );
    let Block::Paragraph { content, .. } = &doc.blocks[1] else {
        panic!("paragraph expected");
    };
    assert_eq!(content[0].origin.map(|o| (o.line, o.column)), Some((3, 4)));
    assert_eq!(content[2].origin.map(|o| (o.line, o.column)), Some((4, 4)));
}

#[test]
fn crlf_and_cr_letters_read_like_lf_letters() {
    let lf = "Dear Mr Clarke,\n\nRe: Your review\n\nWe will call.\nSoon.\n\nYours sincerely,\nHelen Marsh\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let want = text(lf);
    for other in [crlf, cr] {
        let doc = import(other.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(doc, want);
    }
}

#[test]
fn utf16_letters_read_like_utf8_letters() {
    let letter = "Dear Mr Clarke,\r\n\r\nYour fee is £18.60.\r\n";
    let want = import(letter.as_bytes(), &ImportOptions::default()).unwrap();
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for unit in letter.encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
        be.extend_from_slice(&unit.to_be_bytes());
    }
    assert_eq!(import(&le, &ImportOptions::default()).unwrap(), want);
    assert_eq!(import(&be, &ImportOptions::default()).unwrap(), want);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(letter.as_bytes());
    assert_eq!(import(&bom, &ImportOptions::default()).unwrap(), want);
}

#[test]
fn labelled_lines_in_the_body_are_details_not_a_sentence() {
    let letter = "Dear Ms O'Connell,\n\nAn appointment has been made for you as follows:\n\nDate: Tuesday 17 February 2026\nTime: 14:30 (please arrive 15 minutes early)\nClinic: Dermatology Outpatients, Level 2\n\nPlease note: bring this letter. It helps us.\n";
    assert_eq!(
        outline(&text(letter)),
        "\
salutation: Dear Ms O'Connell,
paragraph: An appointment has been made for you as follows:
details: Date: Tuesday 17 February 2026 | Time: 14:30 (please arrive 15 minutes early) | Clinic: Dermatology Outpatients, Level 2
paragraph: Please note: bring this letter. It helps us.
"
    );
}

#[test]
fn labelled_lines_with_wrapped_values_are_details_too() {
    let letter = "Dear Mrs Sharifi,\n\nA new appointment has been arranged for you as follows:\n\nDate: Monday 13 April 2026\nTime: 14:10 (please arrive 20 minutes early, as an X-ray\n      may be needed)\nClinic: Orthopaedic Outpatients, Seaborne General\n        Hospital\n\nWe are sorry for the change.\n";
    assert_eq!(
        outline(&text(letter)),
        "\
salutation: Dear Mrs Sharifi,
paragraph: A new appointment has been arranged for you as follows:
details: Date: Monday 13 April 2026 | Time: 14:10 (please arrive 20 minutes early, as an X-ray may be needed) | Clinic: Orthopaedic Outpatients, Seaborne General Hospital
paragraph: We are sorry for the change.
"
    );
    // A longer label still starts a line of its own.
    let longer = "Dear Mrs Adeyemi,\n\nThe details are:\n\nPick-up time: 7.55am\nReturn drop-off time: 3.40 pm\n(approximately)\nFirst day of travel: Thursday 3rd September 2026\n\nWe will phone you.\n";
    assert!(
        outline(&text(longer)).contains(
            "details: Pick-up time: 7.55am | Return drop-off time: 3.40 pm (approximately) | First day of travel: Thursday 3rd September 2026"
        ),
        "{}",
        outline(&text(longer))
    );
    // A labelled line and then prose that has ended is not a details block.
    let prose =
        "Dear Sir,\n\nDate: Monday 13 April 2026.\nWe will phone you before then.\nTime: 2pm\n";
    assert!(
        !outline(&text(prose)).contains("details:"),
        "{}",
        outline(&text(prose))
    );
}

#[test]
fn a_single_labelled_line_in_the_body_stays_prose() {
    let letter = "Dear Sir,\n\nPlease note: we will phone you.\n\nNext step: a visit from Sam.\n";
    let outline = outline(&text(letter));
    assert!(
        outline.contains("paragraph: Please note: we will phone you."),
        "{outline}"
    );
    assert!(
        outline.contains("paragraph: Next step: a visit from Sam."),
        "{outline}"
    );
}

#[test]
fn a_long_subject_after_the_salutation_is_the_title() {
    let letter = "Dear Mr Osei,\n\nChange to the days of your home care visits from Northfield Care Services, starting in April\n\nWe are changing your visits. We will phone you first.\n";
    let doc = text(letter);
    assert_eq!(
        outline(&doc),
        "\
salutation: Dear Mr Osei,
heading 1: Change to the days of your home care visits from Northfield Care Services, starting in April
paragraph: We are changing your visits. We will phone you first.
"
    );
}

#[test]
fn a_sentence_after_the_salutation_is_not_a_subject_however_long() {
    let letter = "Dear Mr Osei,\n\nThank you for your letter about the days of your home care visits from Northfield Care Services\n\nWe will phone you.\n";
    assert!(outline(&text(letter)).contains("paragraph: Thank you for your letter"));
}

#[test]
fn a_table_typed_with_spaces_becomes_labelled_lines() {
    let doc = text(
        "Dear Mr Prosser,\n\nThe figures are summarised below:\n\n\
Opening balance at 01/04/2025                       £1,034.18\n\
Payments from the Council (52 weeks)               £13,977.60\n\n\
Period                          Weeks   Weekly rate   Amount\n\
14/07/2025 to 05/04/2026          38      £83.30      £3,165.40\n\
Total overpayment                                     £3,511.20\n\n\
Please pay within 28 days.\n\nYours sincerely,\n\nA Clerk\n",
    );
    let got = outline(&doc);
    assert!(
        got.contains(
            "details: Opening balance at 01/04/2025: £1,034.18 | Payments from the Council (52 weeks): £13,977.60\n"
        ),
        "{got}"
    );
    // Under a header row, each value follows its column's name; a shorter row keeps its
    // label and value.
    assert!(
        got.contains(
            "details: 14/07/2025 to 05/04/2026: Weeks 38, Weekly rate £83.30, Amount £3,165.40 | Total overpayment: £3,511.20\n"
        ),
        "{got}"
    );
    // Prose with wide gaps is not a table: its lines have no figures after the gap.
    let prose = text("Dear Mr Prosser,\n\nWe will   visit you soon.\nPlease   be at home.\n\nYours sincerely,\n\nA Clerk\n");
    assert!(!has_details(&prose), "{}", outline(&prose));
}

#[test]
fn statement_lines_of_labels_and_figures_are_details() {
    let doc = text(
        "Dear Mr Ashworth,\n\nThe outstanding balance is made up as follows:\n\n\
Invoice 500871 (period 06/04/2026 to 03/05/2026): £411.52\n\
Invoice 501442 (period 04/05/2026 to 31/05/2026): £411.52\n\
Total outstanding: £1,234.56\n\n\
Please pay by 17 August 2026.\n\nYours sincerely,\n\nA Clerk\n",
    );
    let got = outline(&doc);
    assert!(
        got.contains(
            "details: Invoice 500871 (period 06/04/2026 to 03/05/2026): £411.52 | Invoice 501442 (period 04/05/2026 to 31/05/2026): £411.52 | Total outstanding: £1,234.56\n"
        ),
        "{got}"
    );
    // A sentence with a colon is not a figure line.
    let prose = text("Dear Mr Ashworth,\n\nPlease note the total: it is now due.\nWe wrote to you: twice in 2026.\n\nYours sincerely,\n\nA Clerk\n");
    assert!(!has_details(&prose), "{}", outline(&prose));
}

/// Whether the document has a details block.
fn has_details(doc: &easyread::Document) -> bool {
    doc.blocks
        .iter()
        .any(|b| matches!(b, Block::Details { .. }))
}
