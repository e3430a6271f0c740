//! Runnable examples of embedding easyread; the library itself is empty.
//! Run one with `cargo run -p easyread-examples --example check_letter -- LETTER`.
