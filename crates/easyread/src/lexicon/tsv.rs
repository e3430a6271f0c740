//! The one reader of the tab-separated data files, shared by the library and by
//! `build.rs` (which includes this file with `#[path]`), so that tables precomputed at
//! build time read the files exactly as the library would at run time.

/// The rows of a tab-separated data file: blank lines and lines starting with `#` are
/// skipped, fields are trimmed. The first non-comment line is a header and is skipped too.
pub fn tsv_rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}
