//! Properties over generated input: import never panics; origins point at their text;
//! plain text loses no characters.

mod common;

use common::{check_origins, no_text_lost};
use easyread_import::{decode, import, Format, ImportOptions};
use proptest::prelude::*;

const FORMATS: [Option<Format>; 3] = [None, Some(Format::Text), Some(Format::Markdown)];

fn options(format: Option<Format>) -> ImportOptions {
    ImportOptions {
        format,
        ..ImportOptions::default()
    }
}

/// Lines that exercise every shape, and Markdown syntax, plus random text.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Dear Mr Clarke,".to_string()),
        Just("Dear Sir, thank you for your letter.".to_string()),
        Just("Re: Your annual review".to_string()),
        Just("Subject:".to_string()),
        Just("Annual Review of your Care Plan".to_string()),
        Just("WHAT HAPPENS NEXT".to_string()),
        Just("Charges:".to_string()),
        Just("- your current care plan".to_string()),
        Just("  continued on the next line".to_string()),
        Just("• a bullet".to_string()),
        Just("1. first".to_string()),
        Just("2) second".to_string()),
        Just("(a) lettered".to_string()),
        Just("Yours sincerely,".to_string()),
        Just("Kind regards".to_string()),
        Just("Helen Marsh".to_string()),
        Just("Senior Practitioner, Review Team".to_string()),
        Just("Enc: leaflet".to_string()),
        Just("12 Acacia Avenue".to_string()),
        Just("Bristol BS3 4QT".to_string()),
        Just("14 February 2026".to_string()),
        Just("Our ref: CSP/2025/40219".to_string()),
        Just("Tel: 0117 496 0321".to_string()),
        Just("# Heading".to_string()),
        Just("## **Bold** heading".to_string()),
        Just("Some **bold** and *emphasis* and `code`.".to_string()),
        Just("A [link](https://example.org) and <b>html</b> &amp; \\*escapes\\*".to_string()),
        Just("| a | b |".to_string()),
        Just("|---|---|".to_string()),
        Just("```".to_string()),
        Just("> quoted".to_string()),
        Just("<div>".to_string()),
        Just("===".to_string()),
        Just("\t\u{a0} £18.60 café 😀 — ok".to_string()),
        "[ -~]{0,40}",
        "[a-zA-Z£é😀 ,.:;*#>|`\\-\\[\\]()]{0,30}",
    ]
}

fn letter() -> impl Strategy<Value = String> {
    (prop::collection::vec(line(), 0..40), prop::bool::ANY)
        .prop_map(|(lines, crlf)| lines.join(if crlf { "\r\n" } else { "\n" }))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn import_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for format in FORMATS {
            let _ = import(&bytes, &options(format));
        }
    }

    #[test]
    fn import_never_panics_on_strings(text in any::<String>()) {
        for format in FORMATS {
            if let Ok(doc) = import(text.as_bytes(), &options(format)) {
                let decoded = decode(text.as_bytes()).unwrap();
                prop_assert_eq!(check_origins(&decoded, &doc), Ok(()));
            }
        }
    }

    #[test]
    fn origins_point_at_their_text(text in letter()) {
        for format in FORMATS {
            if let Ok(doc) = import(text.as_bytes(), &options(format)) {
                let decoded = decode(text.as_bytes()).unwrap();
                prop_assert_eq!(check_origins(&decoded, &doc), Ok(()));
            }
        }
    }

    #[test]
    fn plain_text_loses_no_characters(text in letter()) {
        if let Ok(doc) = import(text.as_bytes(), &options(Some(Format::Text))) {
            let decoded = decode(text.as_bytes()).unwrap();
            prop_assert_eq!(no_text_lost(&decoded, &doc), Ok(()));
        }
    }
}
