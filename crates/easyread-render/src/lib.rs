//! Document out: renderers for PDF, DOCX, HTML, EPUB and plain text.
//!
//! Not built yet: the renderers arrive with the print and screen-reader issues. This crate
//! exists so the workspace shows the data flow (import -> core -> render) from the start;
//! it exports nothing that pretends to work.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
