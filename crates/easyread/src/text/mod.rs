//! Text analysis over plain strings: sentences, words and syllables.
//!
//! These are pure functions over `&str`; they know nothing of documents. Positions are
//! byte ranges ([`Span`](crate::Span)) into the string they were given.

pub(crate) mod morphology;
pub mod segment;
pub mod syllables;
pub mod words;
