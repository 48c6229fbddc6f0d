//! A message about something the reader asked for that cannot be shown, with a way back.
use leptos::prelude::*;

use crate::ui::link::Link;
use brink_core::url::ViewState;

/// A titled message with a link back to a working view.
#[component]
pub fn Notice(
    /// Short title, e.g. "Article not found".
    #[prop(into)]
    title: String,
    /// What was wrong, in plain words.
    #[prop(into)]
    message: String,
    /// Where the way back leads.
    back: ViewState,
    /// The way back's text.
    #[prop(into)]
    back_label: String,
    /// Set when the notice is part of a view with its own title; otherwise it is the page's
    /// title (a level-one heading).
    #[prop(optional)]
    within_view: bool,
) -> impl IntoView {
    let heading = if within_view {
        view! { <h2>{title}</h2> }.into_any()
    } else {
        view! { <h1>{title}</h1> }.into_any()
    };
    view! {
        <section class="notice" role="alert">
            {heading}
            <p>{message}</p>
            <p><Link to=back>{back_label}</Link></p>
        </section>
    }
}
