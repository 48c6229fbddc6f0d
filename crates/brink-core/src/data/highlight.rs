//! Cutting an article's paragraphs at the spans to highlight.
use super::article::Paragraph;
use super::span::TextSpan;

/// A run of a paragraph's text covered by the same set of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Byte offset of the run in the article.
    pub start: usize,
    /// The text of the run.
    pub text: &'a str,
    /// Indices (into the spans given) of the spans covering this run, in order.
    pub covered_by: Vec<usize>,
}

/// Cuts a paragraph into runs at every span boundary inside it. Spans that do not fit the
/// article's character boundaries must be filtered out beforehand with [`TextSpan::fits`].
pub fn segments<'a>(paragraph: Paragraph<'a>, spans: &[TextSpan]) -> Vec<Segment<'a>> {
    let start = paragraph.start;
    let end = start + paragraph.text.len();
    let mut cuts = vec![start, end];
    for span in spans {
        for edge in [span.start, span.end] {
            if edge > start && edge < end && paragraph.text.is_char_boundary(edge - start) {
                cuts.push(edge);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| Segment {
            start: w[0],
            text: &paragraph.text[w[0] - start..w[1] - start],
            covered_by: spans
                .iter()
                .enumerate()
                .filter(|(_, s)| s.start <= w[0] && w[1] <= s.end)
                .map(|(i, _)| i)
                .collect(),
        })
        .collect()
}
