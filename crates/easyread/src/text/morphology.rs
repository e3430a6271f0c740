//! English spelling rules for regular inflections: "-s", "-ed", "-ing", doubled final
//! consonants, "-y" to "-ies". Shared by the checker (to match "commenced" against the
//! entry "commence") and the conversion (to write "started" for it).

pub(crate) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

pub(crate) fn syllable_groups(word: &str) -> usize {
    let mut n = 0;
    let mut prev = false;
    for c in word.chars() {
        let v = is_vowel(c) || c == 'y';
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n
}

/// Whether the last consonant doubles before "-ed" and "-ing" ("stop", "refer", "cancel").
pub(crate) fn doubles(word: &str) -> bool {
    let c: Vec<char> = word.chars().collect();
    let n = c.len();
    if n < 3 {
        return false;
    }
    let (a, b, z) = (c[n - 3], c[n - 2], c[n - 1]);
    let cvc = !is_vowel(a) && is_vowel(b) && !is_vowel(z) && !matches!(z, 'w' | 'x' | 'y');
    // British spelling doubles a final "l" after one vowel: cancelled, travelled.
    cvc && (syllable_groups(word) == 1 || z == 'l' || doubling_verbs().contains(word))
}

pub(crate) fn ends_consonant_y(word: &str) -> bool {
    let mut rev = word.chars().rev();
    matches!((rev.next(), rev.next()), (Some('y'), Some(c)) if !is_vowel(c))
}

pub(crate) fn strip_last(word: &str) -> &str {
    match word.char_indices().next_back() {
        Some((i, _)) => &word[..i],
        None => word,
    }
}

/// "-s" for a verb or noun: "requires", "queries", "approaches".
pub(crate) fn add_s(word: &str) -> String {
    if ends_consonant_y(word) {
        format!("{}ies", strip_last(word))
    } else if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

pub(crate) fn regular_past(word: &str, double: bool) -> String {
    if word.ends_with('e') {
        format!("{word}d")
    } else if ends_consonant_y(word) {
        format!("{}ied", strip_last(word))
    } else if double {
        let last = word.chars().last().unwrap_or('d');
        format!("{word}{last}ed")
    } else {
        format!("{word}ed")
    }
}

pub(crate) fn regular_ing(word: &str, double: bool) -> String {
    if let Some(stem) = word.strip_suffix("ie") {
        format!("{stem}ying")
    } else if word.len() > 2
        && word.ends_with('e')
        && !["ee", "ye", "oe"].iter().any(|e| word.ends_with(e))
    {
        format!("{}ing", strip_last(word))
    } else if double {
        let last = word.chars().last().unwrap_or('g');
        format!("{word}{last}ing")
    } else {
        format!("{word}ing")
    }
}

/// Verbs of more than one syllable that double their last consonant ("referred"), from
/// `assets/lexicon/doubling-verbs.txt`.
fn doubling_verbs() -> &'static std::collections::HashSet<&'static str> {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    VERBS.get_or_init(|| {
        crate::lexicon::tsv_rows(include_str!(
            "../../../../assets/lexicon/doubling-verbs.txt"
        ))
        .filter_map(|row| row.first().copied())
        .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubling_follows_the_data_file_and_the_one_syllable_rule() {
        // From assets/lexicon/doubling-verbs.txt.
        assert_eq!(regular_past("refer", doubles("refer")), "referred");
        assert_eq!(regular_ing("begin", doubles("begin")), "beginning");
        // One syllable, consonant-vowel-consonant: doubles by rule.
        assert_eq!(regular_past("stop", doubles("stop")), "stopped");
        // Not in the file, stress on the first syllable: no doubling.
        assert_eq!(regular_past("visit", doubles("visit")), "visited");
        assert_eq!(add_s("reply"), "replies");
    }
}
