//! The page frame: header, navigation, link problems and the open view.
use leptos::prelude::*;

use crate::app::use_navigator;
use crate::ui::link::Link;
use crate::ui::map::MapView;
use crate::ui::positions::PositionsView;
use crate::ui::reader::Reader;
use crate::ui::sources::SourceList;
use crate::url::{Page, ViewState};

/// Header, navigation and the view the URL names.
#[component]
pub fn Layout() -> impl IntoView {
    let navigator = use_navigator();
    let on_sources = move || {
        matches!(
            navigator.state.get().page,
            Page::Sources | Page::Article { .. }
        )
    };
    let on_map = move || matches!(navigator.state.get().page, Page::Map { .. });
    let on_positions = move || matches!(navigator.state.get().page, Page::Positions { .. });
    // Re-create a view only when the screen changes, not when its parameters do: the map keeps
    // its zoom when a marker is selected.
    let screen = Memo::new(move |_| match navigator.state.get().page {
        Page::Map { .. } => Screen::Map,
        Page::Positions { .. } => Screen::Positions,
        Page::Sources => Screen::Sources,
        Page::Article { id, span } => Screen::Article(id, span),
    });
    view! {
        <header class="site-header">
            <div class="brand">
                <Link to=ViewState::default() class="name">"Brink"</Link>
                <p class="tagline">
                    "How five news articles from January 2022 reported the Russian troop buildup around Ukraine and the US–NATO–Russia diplomacy."
                </p>
            </div>
            <nav aria-label="Views">
                <ul>
                    <li>
                        <Link to=ViewState::default() current=Signal::derive(on_map)>"Map"</Link>
                    </li>
                    <li>
                        <Link
                            to=ViewState { page: Page::Positions { actors: Vec::new(), filter: String::new(), issue: None } }
                            current=Signal::derive(on_positions)
                        >
                            "Positions"
                        </Link>
                    </li>
                    <li>
                        <Link to=ViewState { page: Page::Sources } current=Signal::derive(on_sources)>
                            "Sources"
                        </Link>
                    </li>
                </ul>
            </nav>
        </header>
        <LinkProblems/>
        <main id="main">
            {move || match screen.get() {
                Screen::Map => view! { <MapView/> }.into_any(),
                Screen::Positions => view! { <PositionsView/> }.into_any(),
                Screen::Sources => view! { <SourceList/> }.into_any(),
                Screen::Article(id, span) => view! { <Reader id span/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Every fact links to the sentence it comes from. The articles are quoted verbatim; nothing is fetched at run time."</p>
        </footer>
    }
}

/// Which view is on screen, without the parameters a view reads for itself.
#[derive(Clone, PartialEq)]
enum Screen {
    Map,
    Positions,
    Sources,
    Article(String, Option<crate::url::TextSpan>),
}

/// Says what part of an opened link could not be used, and lets the reader dismiss it.
#[component]
fn LinkProblems() -> impl IntoView {
    let navigator = use_navigator();
    move || {
        let problems = navigator.problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <div class="link-problems" role="alert">
                    <ul>{problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| navigator.problems.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
