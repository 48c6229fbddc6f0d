//! The search index, built the first time a reader searches (never on the load path), once
//! from the records and again when every article's text has arrived.
use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::state::texts::ArticleTexts;
use brink_core::data::corpus::Corpus;
use brink_core::data::search::documents::documents;
use brink_core::data::search::words::Decompose;
use brink_core::data::search::SearchIndex;

/// A built index; two are equal only if they are the same build.
#[derive(Clone)]
pub struct BuiltIndex {
    /// The index.
    pub index: Arc<SearchIndex>,
    /// Whether the articles' sentences are in it.
    pub with_texts: bool,
}

impl PartialEq for BuiltIndex {
    fn eq(&self, other: &BuiltIndex) -> bool {
        Arc::ptr_eq(&self.index, &other.index)
    }
}

/// Canonical decomposition by the browser's own Unicode tables (no tables in the wasm).
pub fn browser_nfd(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFD").into()
}

/// The index on demand, shared through context.
#[derive(Clone, Copy)]
pub struct Finder {
    wanted: RwSignal<bool>,
    texts: ArticleTexts,
    /// The index, once a search has asked for it.
    pub index: Memo<Option<BuiltIndex>>,
}

impl Finder {
    /// A finder that builds nothing until [`Finder::want`] is called; `decompose` splits
    /// accents from letters ([`browser_nfd`] in the browser).
    pub fn new(corpus: &'static Corpus, texts: ArticleTexts, decompose: Decompose) -> Finder {
        let wanted = RwSignal::new(false);
        let index = Memo::new(move |_| {
            if !wanted.get() {
                return None;
            }
            let with_texts = texts.settled();
            let ready: BTreeMap<String, &'static str> = if with_texts {
                texts.ready().into_iter().collect()
            } else {
                BTreeMap::new()
            };
            let docs = documents(corpus, &|id| ready.get(id).copied());
            Some(BuiltIndex {
                index: Arc::new(SearchIndex::new(docs, decompose)),
                with_texts,
            })
        });
        // Memos are lazy: read it as soon as it is wanted (and again when the texts arrive), so
        // the index is built while the reader is still typing their first word.
        Effect::new(move |_| index.track());
        Finder {
            wanted,
            texts,
            index,
        }
    }

    /// Builds the index if nobody has asked before, and fetches the texts it needs.
    pub fn want(&self) {
        if !self.wanted.get_untracked() {
            self.texts.ask_all();
            self.wanted.set(true);
        }
    }
}

/// The finder provided by the explorer.
pub fn use_finder() -> Finder {
    expect_context::<Finder>()
}
