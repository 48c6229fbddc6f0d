//! Every quote located in its article, indexed by article: what links passages to facts.
use std::collections::BTreeMap;

use super::kinds::FactRef;
use super::span::TextSpan;

/// A quote located in its article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedQuote {
    /// Where the quote is.
    pub span: TextSpan,
    /// The record it supports.
    pub fact: FactRef,
}

/// Every located quote, by article id, in text order.
#[derive(Debug, Clone, Default)]
pub struct EvidenceIndex {
    by_source: BTreeMap<String, Vec<LocatedQuote>>,
}

impl EvidenceIndex {
    /// The index of these quotes, each article's in text order without repeats.
    pub fn new(mut by_source: BTreeMap<String, Vec<LocatedQuote>>) -> EvidenceIndex {
        for quotes in by_source.values_mut() {
            quotes.sort_by(|a, b| a.span.cmp(&b.span).then(a.fact.cmp(&b.fact)));
            quotes.dedup();
        }
        EvidenceIndex { by_source }
    }

    /// Every located quote in the article `source`, in text order.
    pub fn in_source(&self, source: &str) -> &[LocatedQuote] {
        self.by_source.get(source).map_or(&[], Vec::as_slice)
    }
}
