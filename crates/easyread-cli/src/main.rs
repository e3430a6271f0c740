//! The `easyread` command-line tool.
fn main() {}
