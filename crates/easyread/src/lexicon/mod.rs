//! Language data embedded from `assets/lexicon/`: word lists, plain alternatives,
//! abbreviations and word frequencies. The files are tab-separated text that staff can
//! extend; this module parses them once, on first use. The word-frequency list, the
//! largest, is turned into a perfect-hash table by `build.rs`, so it costs nothing at start.

pub mod frequency;

mod tsv;

pub use tsv::tsv_rows;

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
