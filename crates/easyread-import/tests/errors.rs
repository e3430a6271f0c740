//! Errors: each names the problem and what to do, in one line, and never quotes the input.

use easyread_import::{decode, import, Format, ImportError, ImportOptions};

/// A distinctive word that must never appear in a message.
const SECRET: &str = "Zebedee";

fn message_is_safe(err: &ImportError, input: &[u8]) {
    let msg = err.to_string();
    assert!(!msg.contains('\n'), "one line: {msg}");
    assert!(!msg.contains(SECRET), "quotes the input: {msg}");
    // No run of 8 input characters appears in the message.
    let text = String::from_utf8_lossy(input);
    let chars: Vec<char> = text.chars().collect();
    for window in chars.windows(8) {
        let piece: String = window.iter().collect();
        if piece.chars().all(|c| c.is_alphanumeric()) {
            assert!(!msg.contains(&piece), "quotes {piece:?}: {msg}");
        }
    }
    assert!(
        msg.contains("try again") || msg.contains("check") || msg.contains("split"),
        "says what to do: {msg}"
    );
}

#[test]
fn invalid_utf8_names_offset_and_byte() {
    let mut input = format!("Dear Mr {SECRET},\n\nYour fee is ").into_bytes();
    let offset = input.len();
    input.push(0xA3); // a Latin-1 pound sign
    input.extend_from_slice(b"18.60.\n");
    let err = import(&input, &ImportOptions::default()).unwrap_err();
    assert_eq!(
        err,
        ImportError::InvalidUtf8 {
            offset,
            byte: 0xA3,
            truncated: false
        }
    );
    let msg = err.to_string();
    assert!(msg.contains("not valid UTF-8"), "{msg}");
    assert!(msg.contains(&format!("byte {offset} (0xA3)")), "{msg}");
    assert!(msg.contains("save it as UTF-8"), "{msg}");
    message_is_safe(&err, &input);
}

#[test]
fn invalid_utf8_offset_counts_the_bom() {
    let input = b"\xEF\xBB\xBFDear Sir \xFF";
    let err = decode(input).unwrap_err();
    assert!(matches!(
        err,
        ImportError::InvalidUtf8 {
            offset: 12,
            byte: 0xFF,
            ..
        }
    ));
}

#[test]
fn a_file_ending_inside_a_character() {
    let input = format!("Dear {SECRET} \u{e9}").into_bytes();
    let cut = &input[..input.len() - 1];
    let err = import(cut, &ImportOptions::default()).unwrap_err();
    assert!(matches!(
        err,
        ImportError::InvalidUtf8 {
            truncated: true,
            ..
        }
    ));
    assert!(err.to_string().contains("ends before"), "{err}");
    message_is_safe(&err, cut);
}

#[test]
fn binary_files_are_named_as_such() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(SECRET.as_bytes());
    let mut zip = b"PK\x03\x04\x14\0\x06\0".to_vec();
    zip.extend_from_slice(SECRET.as_bytes());
    let pdf = format!("%PDF-1.7\n{SECRET}").into_bytes();
    let nul = format!("Dear {SECRET}\0\0\0").into_bytes();
    let controls = format!("Dear {SECRET}\x01\x02\x03\x04\x05").into_bytes();
    for input in [png, zip, pdf, nul, controls] {
        let err = import(&input, &ImportOptions::default()).unwrap_err();
        assert!(matches!(err, ImportError::Binary { .. }), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("this looks like a binary file, not text"),
            "{err}"
        );
        message_is_safe(&err, &input);
    }
    let err = import(b"\x89PNG\r\n\x1a\n\0\0", &ImportOptions::default()).unwrap_err();
    assert!(err.to_string().contains("a PNG image"), "{err}");
    let err = import(b"Dear Sir\0", &ImportOptions::default()).unwrap_err();
    assert!(err.to_string().contains("byte 8 is a NUL byte"), "{err}");
}

#[test]
fn empty_and_blank_files() {
    for input in [
        &b""[..],
        b"   \n\r\n\t ",
        b"\xEF\xBB\xBF",
        b"\xFF\xFE \0\n\0",
    ] {
        let err = import(input, &ImportOptions::default()).unwrap_err();
        assert_eq!(err, ImportError::Empty, "{input:?}");
        let msg = err.to_string();
        assert!(msg.contains("empty"), "{msg}");
        message_is_safe(&err, input);
    }
}

#[test]
fn too_large_is_checked_before_anything_else() {
    let mut input = b"\x89PNG\0 ".to_vec();
    input.extend_from_slice(format!("{SECRET} {SECRET} {SECRET}").as_bytes());
    let options = ImportOptions {
        format: Some(Format::Text),
        max_bytes: 10,
    };
    let err = import(&input, &options).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            size: input.len(),
            limit: 10
        }
    );
    let msg = err.to_string();
    assert!(msg.contains("too large"), "{msg}");
    assert!(msg.contains(&input.len().to_string()), "{msg}");
    message_is_safe(&err, &input);
    // Exactly at the limit is fine.
    let options = ImportOptions {
        format: None,
        max_bytes: 9,
    };
    assert!(import(b"Dear Sir.", &options).is_ok());
}

#[test]
fn broken_utf16() {
    let mut input = vec![0xFF, 0xFE];
    for unit in format!("Dear {SECRET}").encode_utf16() {
        input.extend_from_slice(&unit.to_le_bytes());
    }
    let at = input.len();
    input.extend_from_slice(&[0x00, 0xDC]); // a lone low surrogate
    let err = import(&input, &ImportOptions::default()).unwrap_err();
    assert_eq!(err, ImportError::InvalidUtf16 { offset: at });
    assert!(err.to_string().contains("not valid UTF-16"), "{err}");
    message_is_safe(&err, &input);
}

#[test]
fn utf32_is_refused_by_name() {
    let err = import(
        &[0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, b'a'],
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("UTF-32"), "{err}");
}

#[test]
fn format_names_and_extensions() {
    assert_eq!(Format::from_extension("txt"), Some(Format::Text));
    assert_eq!(Format::from_extension(".TXT"), Some(Format::Text));
    assert_eq!(Format::from_extension("md"), Some(Format::Markdown));
    assert_eq!(Format::from_extension("Markdown"), Some(Format::Markdown));
    assert_eq!(Format::from_extension("docx"), None);
    assert_eq!(Format::from_extension(""), None);
    assert_eq!(Format::Text.name(), "txt");
    assert_eq!(Format::Markdown.name(), "md");
    assert_eq!(ImportOptions::default().max_bytes, 20 * 1024 * 1024);
}
