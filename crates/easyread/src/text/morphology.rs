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
    cvc && (syllable_groups(word) == 1 || z == 'l' || DOUBLING.contains(&word))
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

/// Verbs whose last consonant doubles although they have more than one syllable.
pub(crate) const DOUBLING: &[&str] = &[
    "admit", "allot", "begin", "commit", "compel", "control", "defer", "equip", "expel", "forget",
    "incur", "occur", "omit", "patrol", "permit", "prefer", "rebut", "refer", "regret", "remit",
    "submit", "transfer", "upset",
];
