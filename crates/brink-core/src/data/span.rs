//! A span of an article's text, the unit quotes, highlights and links are located by.

/// A span of an article's text, in byte offsets.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct TextSpan {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl From<(usize, usize)> for TextSpan {
    fn from((start, end): (usize, usize)) -> TextSpan {
        TextSpan { start, end }
    }
}

impl From<TextSpan> for (usize, usize) {
    fn from(span: TextSpan) -> (usize, usize) {
        (span.start, span.end)
    }
}

impl TextSpan {
    /// Whether the span is non-empty, inside `text` and on character boundaries.
    pub fn fits(&self, text: &str) -> bool {
        self.start < self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }
}
