//! Markdown input: blocks, inline styles, origins, and the letter shapes in paragraphs.

mod common;

use common::{check_origins, outline};
use easyread::model::{Block, Inline, Origin};
use easyread_import::{decode, import, Format, ImportOptions};

fn md(s: &str) -> easyread::Document {
    let doc = import(
        s.as_bytes(),
        &ImportOptions {
            format: Some(Format::Markdown),
            ..ImportOptions::default()
        },
    )
    .expect("imports");
    check_origins(&decode(s.as_bytes()).unwrap(), &doc).expect("origins point at their text");
    doc
}

const LETTER: &str = "\
# Wexdale Borough Council

**Adult Social Care**  
Town Hall, 1 Victoria Square, Wexdale WX1 1AA

**Date:** 9 March 2026  
**Our ref:** ASCF/UPL/2026/3390

Mrs Olufunke Bello  
14 Aspen Road  
Wexdale  
WX8 3LN

Dear Mrs Bello,

## Changes to your contribution

Each year the Council *must* review what you pay.
It will go up by **4.8%** from April.

### What you need to do

1. Check the [statement](https://example.org/statement).
2. Tell us within 28 days if anything is wrong:
   - your income
   - your savings
3. Pay by `Direct Debit`.

| What | Until April | From April |
|------|------------:|-----------:|
| Weekly | £56.20 | £58.34 |

> Please keep this letter.

Yours sincerely,

Sunita Rao  
Financial Assessment Manager  
Adult Social Care Team
";

#[test]
fn a_markdown_letter() {
    let doc = md(LETTER);
    assert_eq!(
        outline(&doc),
        "\
heading 1: Wexdale Borough Council
address: Adult Social Care | Town Hall, 1 Victoria Square, Wexdale WX1 1AA
details: Date: 9 March 2026 | Our ref: ASCF/UPL/2026/3390
address: Mrs Olufunke Bello | 14 Aspen Road | Wexdale | WX8 3LN
salutation: Dear Mrs Bello,
heading 2: Changes to your contribution
paragraph: Each year the Council must review what you pay. It will go up by 4.8% from April.
heading 3: What you need to do
list ordered: Check the statement. | Tell us within 28 days if anything is wrong: | your income | your savings | Pay by Direct Debit.
table: What | Until April | From April | Weekly | £56.20 | £58.34
paragraph: Please keep this letter.
sign_off: Yours sincerely, | Sunita Rao | Financial Assessment Manager | Adult Social Care Team
"
    );
    // The heading after the salutation is the subject, not the letterhead.
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Changes to your contribution")
    );
    assert_eq!(
        doc.metadata.sender.as_deref(),
        Some("Adult Social Care Team")
    );
    assert_eq!(doc.metadata.source_format.as_deref(), Some("md"));
}

#[test]
fn markdown_is_detected_when_clear() {
    let doc = import(LETTER.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(doc.metadata.source_format.as_deref(), Some("md"));
    let plain = "Dear Sir,\n\n- one\n- two\n\n1. first\n";
    let doc = import(plain.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(doc.metadata.source_format.as_deref(), Some("txt"));
}

#[test]
fn inline_styles_links_and_origins() {
    let src = "Each year the Council *must* review.\nIt goes up by **4.8%**, see [the page](https://example.org).\n";
    let doc = md(src);
    let Block::Paragraph { content, .. } = &doc.blocks[0] else {
        panic!("paragraph expected: {}", outline(&doc));
    };
    let o = |needle: &str, line: u32, column: u32| {
        Some(Origin {
            offset: src.find(needle).unwrap(),
            line,
            column,
        })
    };
    let want = vec![
        Inline {
            origin: o("Each", 1, 1),
            ..Inline::plain("Each year the Council ")
        },
        Inline {
            emphasis: true,
            origin: o("must", 1, 24),
            ..Inline::plain("must")
        },
        Inline {
            origin: o(" review", 1, 29),
            ..Inline::plain(" review.")
        },
        Inline::plain(" "),
        Inline {
            origin: o("It goes", 2, 1),
            ..Inline::plain("It goes up by ")
        },
        Inline {
            strong: true,
            origin: o("4.8%", 2, 17),
            ..Inline::plain("4.8%")
        },
        Inline {
            origin: o(", see", 2, 23),
            ..Inline::plain(", see ")
        },
        Inline {
            link: Some("https://example.org".into()),
            origin: o("the page", 2, 30),
            ..Inline::plain("the page")
        },
        Inline {
            origin: Some(Origin {
                offset: src.rfind(".\n").unwrap(),
                line: 2,
                column: 60,
            }),
            ..Inline::plain(".")
        },
    ];
    assert_eq!(content, &want);
}

#[test]
fn escaped_text_has_no_origin() {
    let doc = md("Fish &amp; chips cost \\*£5\\*.\n");
    let Block::Paragraph { content, .. } = &doc.blocks[0] else {
        panic!("paragraph expected");
    };
    assert_eq!(
        easyread::model::plain_text(content),
        "Fish & chips cost *£5*."
    );
    assert!(content.iter().any(|r| r.origin.is_none() && r.text == "&"));
    assert!(content.iter().any(|r| r.origin.is_some()));
}

#[test]
fn code_and_html_are_kept_as_text() {
    let doc = md("Pay by `Direct Debit`.\n\n```\nsort code 12-34-56\naccount 12345678\n```\n\n<div>Opening hours</div>\n");
    assert_eq!(
        outline(&doc),
        "\
paragraph: Pay by Direct Debit.
paragraph: sort code 12-34-56 account 12345678
paragraph: <div>Opening hours</div>
"
    );
}

#[test]
fn setext_headings_and_soft_breaks() {
    let doc = md("Your review\n===========\n\nWe will\ncall you.\n");
    assert_eq!(
        outline(&doc),
        "heading 1: Your review\nparagraph: We will call you.\n"
    );
    assert_eq!(doc.metadata.title.as_deref(), Some("Your review"));
    let Block::Paragraph { content, .. } = &doc.blocks[1] else {
        panic!("paragraph expected");
    };
    assert_eq!(content[1], Inline::plain(" "));
}

#[test]
fn subject_and_sign_off_in_markdown_paragraphs() {
    let doc = md("Dear Mr Clarke,\n\n**Re: Your care review**\n\nWe will call.\n\nKind regards,  \nHelen Marsh  \nReview Team\n");
    assert_eq!(
        outline(&doc),
        "\
salutation: Dear Mr Clarke,
heading 1: Your care review
paragraph: We will call.
sign_off: Kind regards, | Helen Marsh | Review Team
"
    );
    assert_eq!(doc.metadata.title.as_deref(), Some("Your care review"));
    assert_eq!(doc.metadata.sender.as_deref(), Some("Review Team"));
    let Block::Heading { content, .. } = &doc.blocks[1] else {
        panic!("heading expected");
    };
    assert!(content[0].strong);
}

#[test]
fn loose_and_nested_lists_are_flattened() {
    let doc = md("- one\n\n  more of one\n- two\n  - two a\n    - two a i\n- three\n");
    assert_eq!(
        outline(&doc),
        "list: one more of one | two | two a | two a i | three\n"
    );
}
