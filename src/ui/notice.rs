//! A message about something the reader asked for that cannot be shown, with a way back.
use leptos::prelude::*;

use crate::ui::link::Link;
use crate::url::ViewState;

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
) -> impl IntoView {
    view! {
        <section class="notice" role="alert">
            <h2>{title}</h2>
            <p>{message}</p>
            <p><Link to=back>{back_label}</Link></p>
        </section>
    }
}
