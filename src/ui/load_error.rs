//! The page shown when the data fails to download or decode: what failed, never a blank page.
use leptos::prelude::*;

use brink_core::data::corpus::Problem;

/// Lists what failed, file by file.
#[component]
pub fn LoadErrorPage(
    /// What is wrong with the data.
    problems: Vec<Problem>,
) -> impl IntoView {
    view! {
        <main class="load-error" role="alert">
            <h1>"Brink could not load its data"</h1>
            <p>"Nothing is shown rather than something wrong. What failed:"</p>
            <ul>{problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
            <p>"If the connection dropped, reloading the page may help; if a file is damaged, the site needs rebuilding with " <code>"make dist"</code> "."</p>
        </main>
    }
}
