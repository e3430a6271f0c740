//! Text analysis over plain strings: sentences, words and syllables.
//!
//! These are pure functions over `&str`; they know nothing of documents. Positions are
//! byte ranges ([`Span`](crate::Span)) into the string they were given.

pub(crate) mod morphology;
pub mod segment;
pub mod syllables;
pub mod words;

/// A word of at most 15 bytes as one number: its bytes, then zeros, and its length in the
/// last byte (so two words have the same key only when they are the same word).
pub(crate) fn short_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 15 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..bytes.len()].copy_from_slice(bytes);
    key[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(key))
}

#[cfg(test)]
mod tests {
    use super::short_key;

    proptest::proptest! {
        /// Two words have the same short key only when they are the same word.
        #[test]
        fn short_keys_are_one_to_one(a in "\\PC{0,16}", b in "\\PC{0,16}") {
            proptest::prop_assert_eq!(short_key(&a), short_key(&a.clone()));
            if let (Some(x), Some(y)) = (short_key(&a), short_key(&b)) {
                proptest::prop_assert_eq!(x == y, a == b);
            } else {
                proptest::prop_assert!(a.len() > 15 || b.len() > 15);
            }
        }
    }

    #[test]
    fn short_keys_tell_apart_a_word_and_its_zero_padded_twin() {
        assert_ne!(short_key("ab"), short_key("ab\0"));
        assert_eq!(short_key("sixteen bytes!!!"), None);
        assert!(short_key("fifteen bytes!!").is_some());
    }
}
