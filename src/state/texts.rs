//! The article texts, loaded when a view first needs one and prefetched once the app is ready,
//! so the first download carries none of them.
use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::load::load_text;
use brink_core::bundle::Bundle;

/// Where an article's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextState {
    /// On its way.
    Loading,
    /// Here, kept for the life of the page.
    Ready(&'static str),
    /// Could not be fetched: why.
    Failed(&'static str),
}

/// The texts loaded so far, shared by every view through context.
#[derive(Clone, Copy)]
pub struct ArticleTexts {
    bundle: &'static Bundle,
    states: RwSignal<BTreeMap<String, TextState>>,
}

impl ArticleTexts {
    /// Starts with the texts the bundle carries (the tests' corpus carries all of them).
    pub fn new(bundle: &'static Bundle) -> ArticleTexts {
        let states = bundle
            .articles
            .iter()
            .filter_map(|a| Some((a.id.clone(), TextState::Ready(bundle.corpus.text(&a.id)?))))
            .collect();
        ArticleTexts {
            bundle,
            states: RwSignal::new(states),
        }
    }

    /// The text of `id`, starting its download if nobody has asked before; `None` for an id
    /// the corpus does not have. Tracked, so a view shows the text when it arrives.
    pub fn get(&self, id: &str) -> Option<TextState> {
        let file = self.bundle.article(id)?;
        if let Some(state) = self.states.with(|s| s.get(id).copied()) {
            return Some(state);
        }
        self.states.update_untracked(|s| {
            s.insert(id.to_owned(), TextState::Loading);
        });
        let (id, url, states) = (file.id.clone(), file.file.clone(), self.states);
        leptos::task::spawn_local(async move {
            let state = match load_text(&url).await {
                Ok(text) => TextState::Ready(Box::leak(text.into_boxed_str())),
                Err(why) => TextState::Failed(Box::leak(format!("{url} {why}").into_boxed_str())),
            };
            states.update(|s| {
                s.insert(id, state);
            });
        });
        Some(TextState::Loading)
    }

    /// The texts that have arrived, by article id (tracked).
    pub fn ready(&self) -> Vec<(String, &'static str)> {
        self.states.with(|s| {
            s.iter()
                .filter_map(|(id, state)| match state {
                    TextState::Ready(text) => Some((id.clone(), *text)),
                    _ => None,
                })
                .collect()
        })
    }

    /// Whether every article's text has arrived or failed (tracked).
    pub fn settled(&self) -> bool {
        self.states.with(|s| {
            self.bundle.articles.iter().all(|a| {
                s.get(&a.id)
                    .is_some_and(|state| !matches!(state, TextState::Loading))
            })
        })
    }

    /// Asks for every text not yet asked for, now.
    pub fn ask_all(self) {
        for article in &self.bundle.articles {
            untrack(|| self.get(&article.id));
        }
    }

    /// Asks for every text not yet asked for, when the browser is idle after the first view.
    pub fn prefetch_all(self) {
        let prefetch = move || self.ask_all();
        let callback = wasm_bindgen::closure::Closure::once_into_js(prefetch);
        let idle = window().request_idle_callback(wasm_bindgen::JsCast::unchecked_ref(&callback));
        if idle.is_err() {
            set_timeout(prefetch, std::time::Duration::from_millis(500));
        }
    }
}

/// The texts provided by the app.
pub fn use_texts() -> ArticleTexts {
    expect_context::<ArticleTexts>()
}
