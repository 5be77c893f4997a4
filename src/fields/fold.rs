//! Case folding for word lookups without a heap allocation per word.
//!
//! The finders look words up in lists ("is this a particle, a common word,
//! a month?") millions of times per batch. Most words are short and ASCII:
//! [`Lower`] folds those into a buffer on the stack and only falls back to
//! [`str::to_lowercase`] for long or non-ASCII words, so the answer is always
//! the same as `w.to_lowercase()`.

/// The longest ASCII word folded on the stack.
const INLINE: usize = 32;

/// A word in lower case (the same text as `str::to_lowercase`).
pub struct Lower {
    repr: Repr,
}

enum Repr {
    Inline { buf: [u8; INLINE], len: usize },
    Heap(String),
}

impl Lower {
    /// Folds `w` to lower case.
    pub fn new(w: &str) -> Lower {
        let repr = if w.len() <= INLINE && w.is_ascii() {
            let mut buf = [0u8; INLINE];
            for (dst, src) in buf.iter_mut().zip(w.bytes()) {
                *dst = src.to_ascii_lowercase();
            }
            Repr::Inline { buf, len: w.len() }
        } else {
            Repr::Heap(w.to_lowercase())
        };
        Lower { repr }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        match &self.repr {
            // ASCII bytes folded to ASCII bytes are valid UTF-8
            Repr::Inline { buf, len } => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Repr::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_to_lowercase() {
        for w in [
            "",
            "Speaker",
            "PROF.",
            "van",
            "Ångström",
            "İstanbul",
            "ΣΟΦΊΑ",
            "straße",
            "a-very-long-hyphenated-word-over-thirty-two-bytes",
            "MIT's",
            "O’Neil",
        ] {
            assert_eq!(Lower::new(w).as_str(), w.to_lowercase(), "{w}");
        }
    }
}
