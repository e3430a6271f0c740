//! End-to-end tests across the easyread crates live beside this file; the library itself is
//! empty. See `heldout_counts.rs`.
