//! A map from the bytes of a document's working text back to the bytes of
//! the original input, so that every extracted value can name its source.
//!
//! The working text differs from the input where decoding or normalizing
//! changed it: a BOM dropped, `\r\n` turned into `\n`, Windows-1252 bytes
//! widened to UTF-8, HTML tags rendered as line breaks. The map is a sorted
//! list of segments; inside a segment whose text and source lengths agree
//! the mapping is linear, otherwise the whole segment maps to its source
//! range as a unit.

/// One stretch of working text and the stretch of source it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    text_start: usize,
    text_len: usize,
    src_start: usize,
    src_len: usize,
}

impl Segment {
    fn is_linear(&self) -> bool {
        self.text_len == self.src_len
    }
}

/// Working-text offset → source offset.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

impl OffsetMap {
    /// The map of a text that is the source itself.
    pub fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            segments: vec![Segment {
                text_start: 0,
                text_len: len,
                src_start: 0,
                src_len: len,
            }],
        }
    }

    /// The map of a text of `text_len` bytes that stands, as a whole, for the
    /// `src_len` source bytes at `src_start` (a decoded mail body: its
    /// characters have no byte-for-byte source).
    pub fn unit(text_len: usize, src_start: usize, src_len: usize) -> OffsetMap {
        OffsetMap {
            segments: vec![Segment {
                text_start: 0,
                text_len,
                src_start,
                src_len,
            }],
        }
    }

    /// This map with every source offset moved `by` bytes later (a message
    /// inside a mailbox).
    pub fn shifted(mut self, by: usize) -> OffsetMap {
        for s in &mut self.segments {
            s.src_start += by;
        }
        self
    }

    /// This map with every source range cut to an input of `len` bytes (a
    /// guard: no span may name bytes the input does not have).
    pub fn clamped(mut self, len: usize) -> OffsetMap {
        for s in &mut self.segments {
            s.src_start = s.src_start.min(len);
            s.src_len = s.src_len.min(len - s.src_start);
        }
        self
    }

    /// This map followed by `outer`: when this map leads into an
    /// intermediate text (a mail parsed from UTF-16-decoded text) and `outer`
    /// leads from there to the input, the result leads to the input.
    pub fn then(&self, outer: &OffsetMap) -> OffsetMap {
        let segments = self
            .segments
            .iter()
            .map(|s| {
                let [a, b] = outer.range(s.src_start, s.src_start + s.src_len);
                Segment {
                    text_start: s.text_start,
                    text_len: s.text_len,
                    src_start: a,
                    src_len: b - a,
                }
            })
            .collect();
        OffsetMap { segments }
    }

    /// The map of the text's bytes `range`, as a text of their own (a
    /// document cut down to one of its parts).
    pub fn sliced(&self, range: std::ops::Range<usize>) -> OffsetMap {
        let segments = self
            .segments
            .iter()
            .filter(|s| s.text_start < range.end && s.text_start + s.text_len > range.start)
            .map(|s| {
                let a = s.text_start.max(range.start);
                let b = (s.text_start + s.text_len).min(range.end);
                let (src_start, src_len) = if s.is_linear() {
                    (s.src_start + (a - s.text_start), b - a)
                } else {
                    (s.src_start, s.src_len)
                };
                Segment {
                    text_start: a - range.start,
                    text_len: b - a,
                    src_start,
                    src_len,
                }
            })
            .collect();
        OffsetMap { segments }
    }

    /// The segment holding text byte `pos` (or the last one before it).
    fn find(&self, pos: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.text_start <= pos);
        self.segments.get(i.checked_sub(1)?)
    }

    /// The source offset where text byte `pos` starts.
    pub fn start(&self, pos: usize) -> usize {
        match self.find(pos) {
            None => 0,
            Some(s) if s.is_linear() => s.src_start + (pos - s.text_start).min(s.src_len),
            Some(s) if pos >= s.text_start + s.text_len => s.src_start + s.src_len,
            Some(s) => s.src_start,
        }
    }

    /// The source offset where a text range ending (exclusively) at `pos` ends.
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.start(0);
        }
        match self.find(pos - 1) {
            None => 0,
            Some(s) if s.is_linear() => s.src_start + (pos - s.text_start).min(s.src_len),
            Some(s) => s.src_start + s.src_len,
        }
    }

    /// Maps a half-open text range to a half-open source range.
    pub fn range(&self, start: usize, end: usize) -> [usize; 2] {
        let s = self.start(start);
        [s, self.end(end).max(s)]
    }
}

/// Builds a working text and its [`OffsetMap`] piece by piece.
#[derive(Debug, Default)]
pub struct TextBuilder {
    text: String,
    segments: Vec<Segment>,
}

impl TextBuilder {
    /// An empty builder with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> TextBuilder {
        TextBuilder {
            text: String::with_capacity(capacity),
            segments: Vec::new(),
        }
    }

    /// The text built so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Appends `s`, which stands for `src_len` source bytes at `src_start`.
    /// Consecutive linear pieces merge into one segment.
    pub fn push(&mut self, s: &str, src_start: usize, src_len: usize) {
        if s.is_empty() {
            return;
        }
        let text_start = self.text.len();
        self.text.push_str(s);
        if let Some(last) = self.segments.last_mut()
            && last.is_linear()
            && s.len() == src_len
            && last.text_start + last.text_len == text_start
            && last.src_start + last.src_len == src_start
        {
            last.text_len += s.len();
            last.src_len += src_len;
            return;
        }
        self.segments.push(Segment {
            text_start,
            text_len: s.len(),
            src_start,
            src_len,
        });
    }

    /// Takes back `s` when it is the last piece pushed, whole (a link's
    /// opening bracket when the link turns out empty). True when it did.
    pub fn take_back(&mut self, s: &str) -> bool {
        let start = self.text.len().saturating_sub(s.len());
        match self.segments.last() {
            Some(last)
                if self.text.ends_with(s)
                    && last.text_start == start
                    && last.text_len == s.len() =>
            {
                self.segments.pop();
                self.text.truncate(start);
                true
            }
            _ => false,
        }
    }

    /// Appends one character standing for `src_len` source bytes at `src_start`.
    pub fn push_char(&mut self, c: char, src_start: usize, src_len: usize) {
        let mut buf = [0u8; 4];
        self.push(c.encode_utf8(&mut buf), src_start, src_len);
    }

    /// Appends `text` whose own map is `map` (text offset → source offset).
    pub fn append(&mut self, text: &str, map: &OffsetMap) {
        let base = self.text.len();
        self.text.push_str(text);
        for s in &map.segments {
            if s.text_start >= text.len() {
                break;
            }
            self.segments.push(Segment {
                text_start: base + s.text_start,
                text_len: s.text_len.min(text.len() - s.text_start),
                ..*s
            });
        }
    }

    /// Appends text that has no source of its own (a rendered line break),
    /// anchored at source offset `at`.
    pub fn push_synthetic(&mut self, s: &str, at: usize) {
        self.push(s, at, 0);
    }

    /// Finishes the text and its map.
    pub fn finish(self) -> (String, OffsetMap) {
        (
            self.text,
            OffsetMap {
                segments: self.segments,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_each_byte_to_itself() {
        let m = OffsetMap::identity(10);
        assert_eq!(m.range(2, 5), [2, 5]);
        assert_eq!(m.range(0, 10), [0, 10]);
    }

    #[test]
    fn dropped_carriage_returns_shift_later_offsets() {
        // source "ab\r\ncd": text "ab\ncd"
        let src = "ab\r\ncd";
        let mut b = TextBuilder::default();
        b.push(&src[0..2], 0, 2);
        b.push("\n", 3, 1);
        b.push(&src[4..6], 4, 2);
        let (text, m) = b.finish();
        assert_eq!(text, "ab\ncd");
        assert_eq!(m.range(3, 5), [4, 6]);
        assert_eq!(m.range(0, 2), [0, 2]);
    }

    #[test]
    fn widened_characters_map_as_a_unit() {
        // source b"caf\xe9!" (Windows-1252): text "café!"
        let mut b = TextBuilder::default();
        b.push("caf", 0, 3);
        b.push_char('é', 3, 1);
        b.push("!", 4, 1);
        let (text, m) = b.finish();
        assert_eq!(text, "café!");
        assert_eq!(m.range(0, text.len()), [0, 5]);
        assert_eq!(m.range(3, 5), [3, 4]);
        assert_eq!(m.range(5, 6), [4, 5]);
    }

    #[test]
    fn appended_maps_are_shifted_and_composition_follows_both_maps() {
        let mut b = TextBuilder::default();
        b.push_synthetic("S: ", 0);
        b.append("body", &OffsetMap::unit(4, 100, 20));
        let (text, m) = b.finish();
        assert_eq!(text, "S: body");
        assert_eq!(m.range(3, 7), [100, 120]);
        // inner: text 0..4 ↔ intermediate 10..14; outer: intermediate ×2 (UTF-16)
        let mut inner = TextBuilder::default();
        inner.push("abcd", 10, 4);
        let (_, inner) = inner.finish();
        let mut outer = TextBuilder::default();
        for i in 0..20 {
            outer.push_char('x', 2 + 2 * i, 2);
        }
        let (_, outer) = outer.finish();
        assert_eq!(inner.then(&outer).range(0, 4), [22, 30]);
    }

    #[test]
    fn synthetic_text_maps_to_a_point() {
        let mut b = TextBuilder::default();
        b.push("a", 0, 1);
        b.push_synthetic("\n", 5);
        b.push("b", 9, 1);
        let (_, m) = b.finish();
        assert_eq!(m.range(1, 2), [5, 5]);
        assert_eq!(m.range(2, 3), [9, 10]);
    }
}
