//! Bytes to normalised text: encodings, byte order marks, line ends, binary files.

use crate::ImportError;

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Signatures of binary formats people upload by mistake, with a name for the message.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx file is one)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old Word or Excel file",
    ),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"Rar!\x1A\x07", "a RAR archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"\x7FELF", "a program"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
];

/// UTF-32 byte order marks, checked before UTF-16 (whose little-endian mark they start with).
const UTF32_BOMS: &[&[u8]] = &[&[0xFF, 0xFE, 0x00, 0x00], &[0x00, 0x00, 0xFE, 0xFF]];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Endian {
    Little,
    Big,
}

/// See [`crate::decode`].
pub(crate) fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    // FF FE 00 00 could also be UTF-16 LE text starting with U+0000, but that is binary.
    if UTF32_BOMS.iter().any(|bom| bytes.starts_with(bom)) {
        return Err(ImportError::UnsupportedEncoding { encoding: "UTF-32" });
    }
    let text = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        utf8(rest, UTF8_BOM.len())?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, 2, Endian::Little)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, 2, Endian::Big)?
    } else if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Err(ImportError::Binary {
            offset: 0,
            byte: bytes[0],
            detected: Some(kind),
        });
    } else if let Some(endian) = guess_utf16(bytes) {
        utf16(bytes, 0, endian)?
    } else {
        utf8(bytes, 0)?
    };
    let text = normalise_line_ends(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// Whether a character is a control character that text files do not hold. Tab, line
/// feed, vertical tab, form feed, carriage return and escape are allowed.
fn is_bad_control(c: u32) -> bool {
    matches!(c, 0x01..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F)
}

/// Find the first sign that the content is binary: any NUL, or control characters making
/// up more than 1% of the characters (or more than 32 of them). `units` yields each
/// character's (or byte's) value and its offset in the original input.
fn find_binary(units: impl Iterator<Item = (usize, u32)>, total: usize) -> Option<(usize, u32)> {
    let mut first_control = None;
    let mut controls = 0usize;
    for (offset, value) in units {
        if value == 0 {
            return Some((offset, 0));
        }
        if is_bad_control(value) {
            controls += 1;
            first_control.get_or_insert((offset, value));
        }
    }
    if controls > 32 || controls * 100 > total {
        first_control
    } else {
        None
    }
}

fn binary_error(offset: usize, value: u32) -> ImportError {
    ImportError::Binary {
        offset,
        byte: u8::try_from(value).unwrap_or(0xFF),
        detected: None,
    }
}

/// Decode UTF-8 (`base` is the offset of `bytes` in the original input, for messages).
fn utf8(bytes: &[u8], base: usize) -> Result<String, ImportError> {
    // Fast path: a byte-wise test the compiler vectorises. Without a NUL or a control
    // character there is nothing for `find_binary` to find.
    let suspect = bytes.chunks(256).any(|chunk| {
        chunk.iter().fold(false, |found, &b| {
            found | (b == 0 || is_bad_control(u32::from(b)))
        })
    });
    if suspect {
        if let Some((offset, value)) = find_binary(
            bytes
                .iter()
                .enumerate()
                .map(|(i, &b)| (base + i, u32::from(b))),
            bytes.len(),
        ) {
            return Err(binary_error(offset, value));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => {
            let at = err.valid_up_to();
            let byte = bytes.get(at).copied().unwrap_or(0);
            // Many invalid sequences mean a binary file rather than text in another
            // encoding (Latin-1 letters have a few pound signs, not thousands).
            if bytes.len() >= 64 && count_invalid_utf8(bytes) * 20 > bytes.len() {
                return Err(ImportError::Binary {
                    offset: base + at,
                    byte,
                    detected: None,
                });
            }
            Err(ImportError::InvalidUtf8 {
                offset: base + at,
                byte,
                truncated: err.error_len().is_none(),
            })
        }
    }
}

/// How many invalid UTF-8 sequences `bytes` holds (linear time).
fn count_invalid_utf8(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return count,
            Err(err) => {
                count += 1;
                let skip = err.valid_up_to() + err.error_len().unwrap_or(rest.len());
                rest = rest.get(skip.max(1)..).unwrap_or(&[]);
            }
        }
    }
}

/// Guess UTF-16 without a byte order mark from the NUL bytes of ASCII characters: most
/// odd bytes NUL and almost no even ones (little endian), or the other way round.
fn guess_utf16(bytes: &[u8]) -> Option<Endian> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = |n: usize| n * 10 >= pairs * 4;
    let few = |n: usize| n * 20 <= pairs;
    if many(odd) && few(even) {
        Some(Endian::Little)
    } else if many(even) && few(odd) {
        Some(Endian::Big)
    } else {
        None
    }
}

/// Decode UTF-16 (`base` is the offset of `bytes` in the original input).
fn utf16(bytes: &[u8], base: usize, endian: Endian) -> Result<String, ImportError> {
    let units = bytes.chunks_exact(2).map(|pair| match endian {
        Endian::Little => u16::from_le_bytes([pair[0], pair[1]]),
        Endian::Big => u16::from_be_bytes([pair[0], pair[1]]),
    });
    let mut text = String::with_capacity(bytes.len());
    let mut offsets = Vec::new();
    let mut at = base;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                text.push(c);
                offsets.push((at, u32::from(c)));
                at += 2 * c.len_utf16();
            }
            Err(_) => return Err(ImportError::InvalidUtf16 { offset: at }),
        }
    }
    if bytes.len() % 2 != 0 {
        return Err(ImportError::InvalidUtf16 {
            offset: base + bytes.len() - 1,
        });
    }
    let count = offsets.len();
    if let Some((offset, value)) = find_binary(offsets.into_iter(), count) {
        return Err(binary_error(offset, value));
    }
    Ok(text)
}

/// CRLF and lone CR become LF.
fn normalise_line_ends(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (i, piece) in text.split('\r').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(piece.strip_prefix('\n').unwrap_or(piece));
        } else {
            out.push_str(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { vec![] };
        for u in s.encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        out
    }

    fn utf16be(s: &str) -> Vec<u8> {
        let mut out = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            out.extend_from_slice(&u.to_be_bytes());
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"Dear Sir").unwrap(), "Dear Sir");
        assert_eq!(decode(b"\xEF\xBB\xBFDear Sir").unwrap(), "Dear Sir");
        assert_eq!(decode("Fee £18.60".as_bytes()).unwrap(), "Fee £18.60");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let s = "Dear Ms Achterberg,\r\nFee £1,000 café 😀\r\n";
        assert_eq!(
            decode(&utf16le(s, true)).unwrap(),
            "Dear Ms Achterberg,\nFee £1,000 café 😀\n"
        );
        assert_eq!(
            decode(&utf16be(s)).unwrap(),
            "Dear Ms Achterberg,\nFee £1,000 café 😀\n"
        );
    }

    #[test]
    fn utf16_without_bom_is_recognised_by_its_nuls() {
        let s = "Dear Mr Clarke,\nYour review is due.\n";
        assert_eq!(decode(&utf16le(s, false)).unwrap(), s);
        let mut be = Vec::new();
        for u in s.encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap(), s);
    }

    #[test]
    fn line_ends_are_normalised() {
        assert_eq!(decode(b"a\r\nb\rc\n\r\nd\r").unwrap(), "a\nb\nc\n\nd\n");
        assert_eq!(decode(b"a\r\r\nb").unwrap(), "a\n\nb");
    }

    #[test]
    fn invalid_utf8_names_the_original_offset_and_byte() {
        let err = decode(b"\xEF\xBB\xBFabc\xFFdef").unwrap_err();
        assert_eq!(
            err,
            ImportError::InvalidUtf8 {
                offset: 6,
                byte: 0xFF,
                truncated: false
            }
        );
        let err = decode(b"abc \xE2\x82").unwrap_err();
        assert_eq!(
            err,
            ImportError::InvalidUtf8 {
                offset: 4,
                byte: 0xE2,
                truncated: true
            }
        );
    }

    #[test]
    fn broken_utf16() {
        // A lone high surrogate followed by an ASCII letter.
        let bytes = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0];
        assert_eq!(
            decode(&bytes).unwrap_err(),
            ImportError::InvalidUtf16 { offset: 4 }
        );
        let bytes = [0xFF, 0xFE, b'a', 0, b'b'];
        assert_eq!(
            decode(&bytes).unwrap_err(),
            ImportError::InvalidUtf16 { offset: 4 }
        );
    }

    #[test]
    fn utf32_is_refused() {
        assert_eq!(
            decode(&[0xFF, 0xFE, 0, 0, b'a', 0, 0, 0]).unwrap_err(),
            ImportError::UnsupportedEncoding { encoding: "UTF-32" }
        );
    }

    #[test]
    fn binary_files() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(
            decode(png),
            Err(ImportError::Binary {
                detected: Some("a PNG image"),
                ..
            })
        ));
        let zip = b"PK\x03\x04\x14\0\x06\0";
        assert!(matches!(
            decode(zip),
            Err(ImportError::Binary {
                detected: Some(_),
                ..
            })
        ));
        assert_eq!(
            decode(b"Dear Sir\0, hello").unwrap_err(),
            ImportError::Binary {
                offset: 8,
                byte: 0,
                detected: None
            }
        );
        let controls = b"ab\x01\x02\x03\x04cd";
        assert_eq!(
            decode(controls).unwrap_err(),
            ImportError::Binary {
                offset: 2,
                byte: 1,
                detected: None
            }
        );
        // One stray control character in a long letter is kept.
        let mut text = "Dear Sir, ".repeat(50);
        text.push('\u{1}');
        assert!(decode(text.as_bytes()).is_ok());
    }

    #[test]
    fn mostly_invalid_utf8_is_binary() {
        let bytes: Vec<u8> = (0..200u32).map(|i| 0x80 + (i % 0x40) as u8).collect();
        assert!(matches!(
            decode(&bytes),
            Err(ImportError::Binary { offset: 0, .. })
        ));
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(decode(b"").unwrap_err(), ImportError::Empty);
        assert_eq!(decode(b" \n\t\r\n ").unwrap_err(), ImportError::Empty);
        assert_eq!(decode(b"\xEF\xBB\xBF\n").unwrap_err(), ImportError::Empty);
        assert_eq!(decode(&[0xFF, 0xFE]).unwrap_err(), ImportError::Empty);
    }
}
