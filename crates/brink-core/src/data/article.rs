//! An article and its paragraphs, with byte offsets so spans of the text map onto them.
use super::model::Source;

/// An article: its metadata and its verbatim text.
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    /// Metadata of the article.
    pub source: &'a Source,
    /// The text exactly as in the seed file.
    pub text: &'a str,
}

/// A paragraph of an article with its byte offset, so spans can be mapped onto it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// Byte offset of the paragraph in the article text.
    pub start: usize,
    /// The paragraph's text, without its line break.
    pub text: &'a str,
}

impl<'a> Article<'a> {
    /// The non-blank lines of the article: each line of the seed files is one paragraph.
    pub fn paragraphs(&self) -> Vec<Paragraph<'a>> {
        let base = self.text.as_ptr() as usize;
        self.text
            .split('\n')
            .filter(|line| !line.trim().is_empty())
            .map(|line| Paragraph {
                start: line.as_ptr() as usize - base,
                text: line,
            })
            .collect()
    }
}
