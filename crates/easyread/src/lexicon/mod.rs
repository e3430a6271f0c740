//! Language data embedded from `assets/lexicon/`: word lists, plain alternatives,
//! abbreviations and word frequencies. The files are tab-separated text that staff can
//! extend; this module parses them once, on first use.

pub mod frequency;

/// The rows of a tab-separated data file: blank lines and lines starting with `#` are
/// skipped, fields are trimmed. The first non-comment line is a header and is skipped too.
pub fn tsv_rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_blank_lines_and_header_are_skipped() {
        let data =
            "# a comment\nformal\tplain\n\nascertain\tfind out\n# another\nprior to\tbefore\n";
        let rows: Vec<Vec<&str>> = tsv_rows(data).collect();
        assert_eq!(
            rows,
            vec![vec!["ascertain", "find out"], vec!["prior to", "before"]]
        );
    }
}
