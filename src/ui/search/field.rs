//! The search box: typing opens the results view; the down arrow moves into the results, Enter
//! opens the first, Escape goes back.
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::{focus_result, SearchCursor};
use crate::state::finder::use_finder;
use crate::state::use_navigator;
use brink_core::url::{Page, ViewState};

/// The header's search box.
#[component]
pub fn SearchBox() -> impl IntoView {
    let navigator = use_navigator();
    let finder = use_finder();
    let cursor = expect_context::<SearchCursor>();
    let on_search = move || matches!(navigator.state.get().page, Page::Search { .. });
    let value = move || match navigator.state.get().page {
        Page::Search { query } => query,
        _ => String::new(),
    };
    let on_input = move |ev: leptos::ev::Event| {
        let query = event_target_value(&ev);
        let state = ViewState::from(Page::Search { query });
        // The first letter opens the results as a new history entry; the rest refine it.
        if on_search() {
            navigator.replace(state);
        } else {
            navigator.go(state);
        }
    };
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" if focus_result(0) => ev.prevent_default(),
        "Enter" => {
            ev.prevent_default();
            if let Some(target) = cursor.targets.with_untracked(|t| t.first().cloned()) {
                navigator.go(target);
            }
        }
        "Escape" if on_search() => {
            ev.prevent_default();
            if let Ok(history) = window().history() {
                let _ = history.back();
            }
        }
        _ => {}
    };
    view! {
        <form class="search-box" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search" class="visually-hidden">"Search the articles and the facts"</label>
            <input
                id="search"
                type="search"
                placeholder="Search (press /)"
                autocomplete="off"
                spellcheck="false"
                aria-controls=move || on_search().then_some("search-results")
                aria-describedby="search-hint"
                prop:value=value
                on:focus=move |_| finder.want()
                on:input=on_input
                on:keydown=on_key
            />
            <span id="search-hint" class="visually-hidden">"Results appear as you type. Down arrow moves to them, Enter opens the first, Escape goes back."</span>
        </form>
    }
}
