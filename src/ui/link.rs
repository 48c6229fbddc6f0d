//! An in-app link: a real `<a href>` (works in a new tab, before wasm loads) that navigates
//! without reloading when clicked plainly.
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::state::use_navigator;
use brink_core::url::ViewState;

/// A link to another view of Brink.
#[component]
pub fn Link(
    /// Where the link goes.
    to: ViewState,
    /// Extra CSS classes.
    #[prop(optional, into)]
    class: String,
    /// The element id, where something must find the link.
    #[prop(optional, into)]
    id: Option<String>,
    /// Accessible label where the visible text is not enough.
    #[prop(optional, into)]
    label: Option<String>,
    /// Whether the link leads to the page on screen (navigation marks it `aria-current`).
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
    /// The link's content.
    children: Children,
) -> impl IntoView {
    let navigator = use_navigator();
    let href = {
        let to = to.clone();
        move || navigator.href(&to)
    };
    let on_click = move |ev: MouseEvent| {
        let modified = ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key();
        if ev.button() == 0 && !modified {
            ev.prevent_default();
            navigator.go(to.clone());
        }
    };
    view! {
        <a
            href=href
            id=id
            class=class
            aria-label=label
            aria-current=move || current.is_some_and(|c| c.get()).then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}
