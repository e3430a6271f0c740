//! Document out: renderers that turn an easyread [`Document`](easyread::Document) into
//! bytes.
//!
//! Today: plain text ([`text`]). PDF, DOCX, HTML and EPUB arrive with the print and
//! screen-reader issues.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod text;
