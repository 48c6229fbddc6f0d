//! The page around every view: header, navigation, link problems, the open view and the footer.
use leptos::prelude::*;

use crate::state::use_navigator;
use crate::ui::coverage::CoverageView;
use crate::ui::figures::FiguresView;
use crate::ui::hooks::use_window_listener;
use crate::ui::link::Link;
use crate::ui::map::MapView;
use crate::ui::people::PeopleView;
use crate::ui::person::PersonPage;
use crate::ui::positions::PositionsView;
use crate::ui::reader::Reader;
use crate::ui::search::{SearchBox, SearchCursor, SearchView};
use crate::ui::share::{EmbedBar, ShareBar};
use crate::ui::sources::SourceList;
use crate::ui::timeline::TimelineView;
use brink_core::url::{Route, Screen, ViewState};

/// Header, navigation and the view the URL names.
#[component]
pub fn Shell() -> impl IntoView {
    let navigator = use_navigator();
    provide_context(SearchCursor::new());
    // "/" focuses the search box from anywhere but a text field.
    use_window_listener(leptos::ev::keydown, move |ev| {
        use wasm_bindgen::JsCast;
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if ev.key() == "/" && !typing && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            if let Some(input) = document()
                .get_element_by_id("search")
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    // Re-create a view only when the screen changes, not when its parameters do: the map keeps
    // its zoom when a marker is selected.
    let screen = Memo::new(move |_| navigator.state.with(|s| s.page.screen()));
    let embedded = navigator.embedded;
    let header = view! {
        <header class="site-header">
            <div class="brand">
                <Link to=ViewState::default() class="name">"Brink"</Link>
                <p class="tagline">
                    "How five news articles from January 2022 reported the Russian troop buildup around Ukraine and the US–NATO–Russia diplomacy."
                </p>
            </div>
            <nav aria-label="Views">
                <ul>{Route::NAV.map(|route| view! { <li>{nav_item(route)}</li> }).collect_view()}</ul>
            </nav>
            <SearchBox/>
        </header>
    };
    view! {
        {move || if embedded.get() { view! { <EmbedBar/> }.into_any() } else { ().into_any() }}
        <div hidden=move || embedded.get()>{header}<ShareBar/></div>
        <LinkProblems/>
        <main id="main">
            {move || {
                // Each view reads the lenses through memos it owns (see `Navigator::scoped`).
                provide_context(navigator.scoped());
                provide_context(crate::state::lens::Lens::from_context());
                screen_view(screen.get())
            }}
        </main>
        <footer class="site-footer" hidden=move || embedded.get()>
            <p>"Every fact links to the sentence it comes from. The articles are quoted verbatim; nothing is fetched at run time."</p>
            <PrintSources/>
        </footer>
    }
}

/// On paper only: where the page was printed from and the five articles, since a printed page
/// has no links to follow.
#[component]
fn PrintSources() -> impl IntoView {
    let base = crate::ui::share::use_page_base();
    let sources = crate::state::use_corpus()
        .sources()
        .iter()
        .map(|s| {
            let url = s.url.clone().map(|u| format!(" — {u}"));
            view! { <li>{format!("{}.txt: {}", s.id, s.short_label())}{url}</li> }
        })
        .collect_view();
    view! {
        <div class="print-sources">
            <p>{move || format!("Printed from {}", crate::ui::share::address_from(&base.get(), false))}</p>
            <p>"The articles, cited by file name:"</p>
            <ol>{sources}</ol>
        </div>
    }
}

/// The view component of each route.
pub fn screen_view(screen: Screen) -> AnyView {
    let id = screen.id.unwrap_or_default();
    match screen.route {
        Route::Map => view! { <MapView/> }.into_any(),
        Route::Positions => view! { <PositionsView/> }.into_any(),
        Route::Sources => view! { <SourceList/> }.into_any(),
        Route::Article => view! { <Reader id span=screen.span/> }.into_any(),
        Route::Search => view! { <SearchView/> }.into_any(),
        Route::People => view! { <PeopleView/> }.into_any(),
        Route::Person => view! { <PersonPage id/> }.into_any(),
        Route::Timeline => view! { <TimelineView/> }.into_any(),
        Route::Coverage => view! { <CoverageView/> }.into_any(),
        Route::Figures => view! { <FiguresView/> }.into_any(),
    }
}

/// One item of the navigation, current while its route's pages are on screen.
fn nav_item(route: Route) -> impl IntoView {
    let navigator = use_navigator();
    let current =
        Signal::derive(move || navigator.state.with(|s| s.page.route().section() == route));
    view! { <Link to=ViewState::from(route.landing()) current>{route.label()}</Link> }
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
