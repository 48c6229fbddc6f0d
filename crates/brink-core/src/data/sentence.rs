//! The sentence a quote sits in, found without a language model: full stops, question and
//! exclamation marks and line breaks end sentences, except after abbreviations and initials.
use super::span::TextSpan;

/// The span of the sentence (or sentences) of `text` that contain `span`.
pub fn sentence_around(text: &str, span: TextSpan) -> TextSpan {
    let start = text[..span.start]
        .char_indices()
        .rev()
        .find(|&(i, ch)| ends_sentence(text, i, ch))
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    let end = text[span.end..]
        .char_indices()
        .find(|&(i, ch)| ends_sentence(text, span.end + i, ch))
        .map_or(text.len(), |(i, ch)| span.end + i + ch.len_utf8());
    TextSpan { start, end }
}

/// Up to `max` bytes of `text` before `at`, on a character boundary.
pub fn previous_text(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// Whether the character `ch` at byte `i` ends a sentence.
fn ends_sentence(text: &str, i: usize, ch: char) -> bool {
    match ch {
        '\n' => true,
        '.' | '?' | '!' => {
            let rest = &text[i + ch.len_utf8()..];
            let after = rest.trim_start_matches(['”', '’', '"', '\'']);
            let followed_by_space = after.is_empty() || after.starts_with(char::is_whitespace);
            followed_by_space && !(ch == '.' && after_abbreviation(&text[..i]))
        }
        _ => false,
    }
}

/// Whether the word before a full stop is an abbreviation or an initial ("Mr", "U.S", "V").
fn after_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
        .next()
        .unwrap_or("");
    matches!(
        word,
        "Mr" | "Ms" | "Mrs" | "Dr" | "Gen" | "Sen" | "Rep" | "St" | "Jan" | "Feb" | "Dec"
    ) || word.contains('.')
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}
