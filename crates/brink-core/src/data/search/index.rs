//! The word index and the query: every word of a query, in any order, must begin a word of a
//! document; whole words rank above prefixes, exact spellings above transliteration variants,
//! and titles above the rest.
use std::collections::{BTreeMap, HashMap};

use super::documents::{Document, SearchKind, TITLE};
use super::words::{fold_all, variant_key, word_ranges, Decompose};

/// Where one word of a document is.
#[derive(Debug, Clone, Copy)]
struct Token {
    doc: u32,
    field: u8,
    start: u32,
    end: u32,
}

/// Folded words, sorted, each with the tokens spelt that way.
#[derive(Debug, Default)]
struct Vocabulary(Vec<(String, Vec<u32>)>);

impl Vocabulary {
    /// The words that begin with `prefix`, each with whether it is the whole word.
    fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (bool, &'a [u32])> {
        let from = self.0.partition_point(|(key, _)| key.as_str() < prefix);
        self.0[from..]
            .iter()
            .take_while(move |(key, _)| key.starts_with(prefix))
            .map(move |(key, tokens)| (key == prefix, tokens.as_slice()))
    }
}

/// A searchable index of documents, built once.
#[derive(Debug)]
pub struct SearchIndex {
    docs: Vec<Document>,
    tokens: Vec<Token>,
    exact: Vocabulary,
    variants: Vocabulary,
    decompose: Decompose,
}

/// A run of a field to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Which field.
    pub field: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One document found, with the words that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The document's place in the index.
    index: u32,
    /// Higher ranks first.
    pub score: u32,
}

/// The documents a query found, grouped by kind in display order, best first in each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults<'a> {
    /// Non-empty groups only.
    pub groups: Vec<(SearchKind, Vec<Hit<'a>>)>,
    /// The matched tokens of every hit, by document.
    matched: Vec<u32>,
}

impl SearchResults<'_> {
    /// How many documents were found in all.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|(_, hits)| hits.len()).sum()
    }
}

/// How well a word of the query matched a word of a document.
fn strength(whole_word: bool, variant: bool) -> u32 {
    match (whole_word, variant) {
        (true, false) => 4,
        (false, false) => 3,
        (true, true) => 2,
        (false, true) => 1,
    }
}

impl SearchIndex {
    /// Indexes `docs`, folding every word with `decompose`.
    pub fn new(docs: Vec<Document>, decompose: Decompose) -> SearchIndex {
        // Each distinct spelling is folded once, and tokens are grouped by spelling as they are
        // read: far cheaper than folding, sorting or inserting per token.
        let mut tokens = Vec::new();
        let mut spellings: HashMap<&str, usize> = HashMap::new();
        let mut by_spelling: Vec<Vec<u32>> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for (f, field) in doc.fields.iter().enumerate() {
                for (start, end) in word_ranges(field) {
                    let t = u32::try_from(tokens.len()).unwrap_or(u32::MAX);
                    tokens.push(Token {
                        doc: u32::try_from(d).unwrap_or(u32::MAX),
                        field: u8::try_from(f).unwrap_or(u8::MAX),
                        start: u32::try_from(start).unwrap_or(u32::MAX),
                        end: u32::try_from(end).unwrap_or(u32::MAX),
                    });
                    let next = by_spelling.len();
                    let s = *spellings.entry(&field[start..end]).or_insert(next);
                    if s == next {
                        by_spelling.push(Vec::new());
                    }
                    by_spelling[s].push(t);
                }
            }
        }
        let mut words: Vec<&str> = vec![""; by_spelling.len()];
        for (word, s) in &spellings {
            words[*s] = word;
        }
        let mut exact: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (key, s) in fold_all(&words, decompose).into_iter().zip(&by_spelling) {
            exact.entry(key).or_default().extend_from_slice(s);
        }
        let mut variants: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (key, tokens) in &exact {
            variants
                .entry(variant_key(key))
                .or_default()
                .extend_from_slice(tokens);
        }
        SearchIndex {
            docs,
            tokens,
            exact: Vocabulary(exact.into_iter().collect()),
            variants: Vocabulary(variants.into_iter().collect()),
            decompose,
        }
    }

    /// How many documents the index holds.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether the index holds nothing.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The documents matching every word of `query`; nothing for a query without words.
    pub fn search(&self, query: &str) -> SearchResults<'_> {
        let words: Vec<&str> = word_ranges(query)
            .into_iter()
            .map(|(s, e)| &query[s..e])
            .collect();
        let mut terms = fold_all(&words, self.decompose);
        terms.sort();
        terms.dedup();
        if terms.is_empty() {
            return SearchResults::default();
        }
        // Per document: the summed best strength of the terms so far (0: out), and every matched
        // token; flat vectors, so a one-letter query over a large corpus stays cheap.
        let mut total = vec![0u32; self.docs.len()];
        let mut matched: Vec<u32> = Vec::new();
        for (i, term) in terms.iter().enumerate() {
            let mut best = vec![0u32; self.docs.len()];
            let variant = variant_key(term);
            let matches = self
                .exact
                .starting_with(term)
                .map(|(whole, tokens)| (strength(whole, false), tokens))
                .chain(
                    self.variants
                        .starting_with(&variant)
                        .map(|(whole, tokens)| (strength(whole, true), tokens)),
                );
            for (strength, tokens) in matches {
                for &t in tokens {
                    let token = self.tokens[t as usize];
                    let doc = token.doc as usize;
                    if i > 0 && total[doc] == 0 {
                        continue;
                    }
                    let weight = strength
                        * if usize::from(token.field) == TITLE {
                            2
                        } else {
                            1
                        };
                    best[doc] = best[doc].max(weight);
                    matched.push(t);
                }
            }
            for (sum, best) in total.iter_mut().zip(best) {
                *sum = if best == 0 { 0 } else { *sum + best };
            }
        }
        matched.retain(|&t| total[self.tokens[t as usize].doc as usize] > 0);
        matched.sort_unstable_by_key(|&t| self.tokens[t as usize].doc);
        matched.dedup();
        let mut by_kind: BTreeMap<SearchKind, Vec<Hit<'_>>> = BTreeMap::new();
        for (d, &score) in total.iter().enumerate() {
            if score > 0 {
                let doc = &self.docs[d];
                by_kind.entry(doc.kind).or_default().push(Hit {
                    doc,
                    index: u32::try_from(d).unwrap_or(u32::MAX),
                    score,
                });
            }
        }
        let groups = by_kind
            .into_iter()
            .map(|(kind, mut hits)| {
                // Stable: equal scores keep the corpus's order.
                hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
                (kind, hits)
            })
            .collect();
        SearchResults { groups, matched }
    }

    /// The words of `hit` that matched, in field and text order: worked out only for the
    /// results shown.
    pub fn marks(&self, results: &SearchResults<'_>, hit: &Hit<'_>) -> Vec<Mark> {
        let doc_of = |t: &u32| self.tokens[*t as usize].doc;
        let from = results.matched.partition_point(|t| doc_of(t) < hit.index);
        let mut marks: Vec<Mark> = results.matched[from..]
            .iter()
            .take_while(|t| doc_of(t) == hit.index)
            .map(|&t| {
                let token = self.tokens[t as usize];
                Mark {
                    field: usize::from(token.field),
                    start: token.start as usize,
                    end: token.end as usize,
                }
            })
            .collect();
        marks.sort_by_key(|m| (m.field, m.start));
        marks.dedup();
        marks
    }
}
