//! Bytes in, [`Document`] out: plain-text letters and Markdown.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use easyread::Document;
