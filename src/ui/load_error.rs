//! The page shown when the bundled data fails to load: every problem, never a blank page.
use leptos::prelude::*;

use crate::data::corpus::Problem;

/// Lists every problem found in the corpus files.
#[component]
pub fn LoadErrorPage(
    /// What is wrong with the data.
    problems: Vec<Problem>,
) -> impl IntoView {
    let count = problems.len();
    view! {
        <main class="load-error" role="alert">
            <h1>"Brink could not load its data"</h1>
            <p>{format!("The bundled dataset has {count} problem(s). Nothing is shown rather than something wrong:")}</p>
            <ul>{problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
        </main>
    }
}
