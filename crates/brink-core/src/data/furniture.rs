//! Which paragraphs of an article are page furniture rather than its prose.
use super::article::Paragraph;
use super::model::{Furniture, FurnitureKind};

/// The furniture kind of each paragraph (`None` for prose), and the rules that matched nothing.
pub fn furniture_of(
    paragraphs: &[Paragraph<'_>],
    rules: &[Furniture],
) -> (Vec<Option<FurnitureKind>>, Vec<usize>) {
    let mut kinds = vec![None; paragraphs.len()];
    let mut unmatched = Vec::new();
    let starts = |p: &Paragraph, prefix: &str| p.text.trim_start().starts_with(prefix);
    // Earlier rules claim their lines first; a run left open (no `last` after it) is skipped.
    for (r, rule) in rules.iter().enumerate() {
        let mut matched = false;
        let mut i = 0;
        while i < paragraphs.len() {
            if kinds[i].is_some() || !starts(&paragraphs[i], &rule.first) {
                i += 1;
                continue;
            }
            let end = match &rule.last {
                None => Some(i),
                Some(last) => (i + 1..paragraphs.len())
                    .find(|&j| kinds[j].is_none() && starts(&paragraphs[j], last)),
            };
            match end {
                Some(end) if (i..=end).all(|j| kinds[j].is_none()) => {
                    kinds[i..=end].fill(Some(rule.kind));
                    matched = true;
                    i = end + 1;
                }
                _ => i += 1,
            }
        }
        if !matched {
            unmatched.push(r);
        }
    }
    (kinds, unmatched)
}
