//! The title and one-line explanation at the top of each view.
use leptos::prelude::*;

/// A view's heading; `id` lets the view's section be labelled by it.
#[component]
pub fn ViewHead(
    /// The heading's element id.
    id: &'static str,
    /// The view's title.
    title: &'static str,
    /// What the view shows, in one or two sentences.
    lede: &'static str,
) -> impl IntoView {
    view! {
        <div class="view-head">
            <h1 id=id>{title}</h1>
            <p class="lede">{lede}</p>
        </div>
    }
}
