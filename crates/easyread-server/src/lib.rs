//! The HTTP service: JSON API and the staff web page.
//!
//! Not built yet: the service arrives with the HTTP issue. This crate exists so the
//! workspace layout matches the design; it exports nothing that pretends to work.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
