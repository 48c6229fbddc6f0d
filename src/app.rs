//! The root component: loads the corpus, keeps the view state in step with the URL.
use leptos::prelude::*;

use crate::data::corpus::Corpus;
use crate::ui::layout::Layout;
use crate::ui::load_error::LoadErrorPage;
use crate::url::{decode, encode, UrlProblem, ViewState};

/// The current view and the way to change it, shared with every view through context.
#[derive(Clone, Copy)]
pub struct Navigator {
    /// The view on screen.
    pub state: RwSignal<ViewState>,
    /// What the last link opened could not be read.
    pub problems: RwSignal<Vec<UrlProblem>>,
}

impl Navigator {
    /// Opens `state`, adding a browser history entry so Back returns here.
    pub fn go(&self, state: ViewState) {
        let href = encode(&state);
        if let Ok(history) = window().history() {
            // A failing pushState (e.g. a sandboxed iframe) still leaves the view usable.
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        let same_document = self
            .state
            .with_untracked(|old| old.page.same_document(&state.page));
        self.problems.set(Vec::new());
        self.state.set(state);
        if !same_document {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Changes the view in place, without a history entry (e.g. while typing a filter).
    pub fn replace(&self, state: ViewState) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&encode(&state)),
            );
        }
        self.state.set(state);
    }

    /// Re-reads the view from the address bar (first load, Back and Forward).
    fn sync_from_location(&self) {
        let search = window().location().search().unwrap_or_default();
        let decoded = decode(&search);
        self.problems.set(decoded.problems);
        self.state.set(decoded.state);
    }
}

/// The navigator provided by [`App`].
pub fn use_navigator() -> Navigator {
    expect_context::<Navigator>()
}

/// The corpus, parsed once and kept for the life of the page.
pub fn use_corpus() -> &'static Corpus {
    expect_context::<&'static Corpus>()
}

/// The whole app. A corpus that fails to load gets a page listing every problem.
#[component]
pub fn App() -> impl IntoView {
    request_animation_frame(mark_first_render);
    match Corpus::embedded() {
        Ok(corpus) => {
            provide_context::<&'static Corpus>(Box::leak(Box::new(corpus)));
            let navigator = Navigator {
                state: RwSignal::new(ViewState::default()),
                problems: RwSignal::new(Vec::new()),
            };
            navigator.sync_from_location();
            provide_context(navigator);
            let listener = window_event_listener(leptos::ev::popstate, move |_| {
                navigator.sync_from_location();
            });
            on_cleanup(move || listener.remove());
            view! { <Layout/> }.into_any()
        }
        Err(problems) => view! { <LoadErrorPage problems/> }.into_any(),
    }
}

/// Records when the first view is on screen, for `make bench`, and drops the loading note.
fn mark_first_render() {
    if let Some(performance) = window().performance() {
        let _ = performance.mark("brink-first-render");
    }
    if let Some(loading) = document().get_element_by_id("brink-loading") {
        loading.remove();
    }
}
