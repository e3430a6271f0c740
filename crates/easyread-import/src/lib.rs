//! Bytes in, [`Document`] out: plain-text letters and Markdown.
//!
//! [`import`] decodes the bytes ([`decode`]: UTF-8 or UTF-16, line ends normalised), picks
//! the format (from [`ImportOptions::format`] or by looking at the text) and turns the text
//! into blocks. A plain-text letter is read by its shape: the address and the date at the
//! top, the salutation, the subject line, paragraphs, lists, headings and the sign-off.
//! Markdown is parsed with CommonMark rules and the same letter shapes are then recognised
//! in its paragraphs.
//!
//! Every inline run that is a verbatim copy of the input carries the [`Origin`] of its first
//! character in the text [`decode`] returns, so findings can point at a line and column.
//! No text is dropped: every non-blank character of a plain-text letter ends up in a
//! block, except list markers and a subject line's `Re:` prefix.
//!
//! Error messages name the problem and what to do about it, in one line, and never quote
//! the letter: they go to logs and to HTTP clients.
//!
//! ```
//! use easyread_import::{import, ImportOptions};
//!
//! let letter = "Dear Mrs Begum,\n\nYour review is on 5 March 2026.\n\nYours sincerely,\nHelen Marsh\n";
//! let doc = import(letter.as_bytes(), &ImportOptions::default()).unwrap();
//! let kinds: Vec<&str> = doc.blocks.iter().map(|b| b.kind()).collect();
//! assert_eq!(kinds, ["salutation", "paragraph", "sign_off"]);
//! assert_eq!(doc.metadata.sender.as_deref(), Some("Helen Marsh"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod decode;
mod letter;
mod lines;
mod locate;
mod markdown;
mod shapes;
mod text;

pub use easyread::model::Origin;
pub use easyread::Document;

/// The largest input [`ImportOptions::default`] accepts: 20 MiB.
pub const DEFAULT_MAX_BYTES: usize = 20 * 1024 * 1024;

/// An input format this crate can read.
///
/// More formats (Word, PDF, HTML) will be added, so match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text: a letter as typed, read by its shape.
    Text,
    /// Markdown (CommonMark with tables and strikethrough).
    Markdown,
}

impl Format {
    /// The format a file name extension stands for, without the dot and in any case
    /// (`txt`, `text`, `md`, `markdown`, ...); `None` for extensions this crate cannot read.
    pub fn from_extension(ext: &str) -> Option<Format> {
        let ext = ext.trim().trim_start_matches('.').to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" | "mdown" | "mkd" | "mkdn" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// The format's short name, as written to `metadata.source_format`: `txt` or `md`.
    pub fn name(&self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
        }
    }
}

/// How to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The input format; `None` guesses: Markdown only when the text clearly is Markdown
    /// (`# ` headings, `**bold**`, links, code fences), plain text otherwise.
    pub format: Option<Format>,
    /// Inputs longer than this many bytes are refused before any other work
    /// ([`ImportError::TooLarge`]). Defaults to [`DEFAULT_MAX_BYTES`].
    pub max_bytes: usize,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            format: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Why an input could not be imported. Messages are one line, say what was wrong and what
/// to do, and never contain the input's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The input is empty or holds only white space.
    #[error("the file is empty or holds only white space; there is no text to read, so check that the right file was sent")]
    Empty,
    /// The input is larger than [`ImportOptions::max_bytes`].
    #[error("the file is too large: {size} bytes, and the limit is {limit} bytes; split it into smaller files and try again")]
    TooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input is not text: it has NUL bytes or many control characters, or it starts
    /// with the signature of a known binary format.
    #[error("this looks like a binary file, not text ({}); save it as plain text (.txt) or Markdown (.md) and try again", describe_binary(*.offset, *.byte, *.detected))]
    Binary {
        /// Byte offset in the input of the first sign that it is not text.
        offset: usize,
        /// The byte found there.
        byte: u8,
        /// The binary format recognised from the file's first bytes, such as
        /// `"a PNG image"`, when one was.
        detected: Option<&'static str>,
    },
    /// The input is neither UTF-16 with a byte order mark nor valid UTF-8.
    #[error("the file is not valid UTF-8 text: byte {offset} (0x{byte:02X}) {}; save it as UTF-8 and try again", if *.truncated { "starts a character that the file ends before finishing" } else { "is not part of a valid character" })]
    InvalidUtf8 {
        /// Byte offset in the input of the first byte that is not valid UTF-8.
        offset: usize,
        /// The byte found there.
        byte: u8,
        /// Whether the input simply ends in the middle of a character.
        truncated: bool,
    },
    /// The input is UTF-16 (it has a byte order mark or the NUL pattern of UTF-16) but is
    /// broken: a lone surrogate or an odd number of bytes.
    #[error("the file is not valid UTF-16 text: the 2 bytes at byte {offset} do not form a character (broken surrogate pair or odd length); save it as UTF-8 and try again")]
    InvalidUtf16 {
        /// Byte offset in the input of the first broken code unit.
        offset: usize,
    },
    /// The input is in an encoding this crate does not read (UTF-32).
    #[error(
        "the file is {encoding} text, which easyread cannot read; save it as UTF-8 and try again"
    )]
    UnsupportedEncoding {
        /// The encoding found, such as `"UTF-32"`.
        encoding: &'static str,
    },
}

fn describe_binary(offset: usize, byte: u8, detected: Option<&'static str>) -> String {
    match detected {
        Some(kind) => format!("it starts like {kind}"),
        None if byte == 0 => format!("byte {offset} is a NUL byte"),
        None => format!("byte {offset} (0x{byte:02X}) is a control character, and there are many"),
    }
}

/// Decode input bytes to the normalised text that [`Origin`]s point into.
///
/// Reads UTF-8 with or without a byte order mark, and UTF-16 (little or big endian) with a
/// byte order mark or, without one, recognised by its pattern of NUL bytes. The byte order
/// mark is removed and CRLF and lone CR line ends become LF. Fails on empty or blank
/// input, binary files and invalid encodings; error offsets count bytes of the original
/// input. No size limit applies here: [`import`] checks [`ImportOptions::max_bytes`].
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    decode::decode(bytes)
}

/// Import a document: check the size, [`decode`], pick the format, read the blocks.
///
/// The result has `metadata.source_format` set to the format's [`Format::name`],
/// `metadata.language` to `en-GB`, `metadata.title` to the subject line or first level-1
/// heading and `metadata.sender` to the team or person who signed the letter, when found.
pub fn import(bytes: &[u8], options: &ImportOptions) -> Result<Document, ImportError> {
    if bytes.len() > options.max_bytes {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: options.max_bytes,
        });
    }
    let text = decode::decode(bytes)?;
    let format = options.format.unwrap_or_else(|| markdown::detect(&text));
    let items = match format {
        Format::Text => text::items(&text),
        Format::Markdown => markdown::items(&text),
    };
    let letter = letter::structure(items, format == Format::Text);
    let mut doc = Document::new();
    doc.blocks = letter.blocks;
    doc.metadata.title = letter.title;
    doc.metadata.sender = letter.sender;
    doc.metadata.language = "en-GB".to_string();
    doc.metadata.source_format = Some(format.name().to_string());
    Ok(doc)
}
