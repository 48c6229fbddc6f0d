//! The facts a chosen passage of an article supports.
use leptos::prelude::*;

use crate::state::{use_corpus, use_navigator};
use crate::ui::fact_target::fact_target;
use crate::ui::link::Link;
use brink_core::data::span::TextSpan;
use brink_core::url::ViewState;

/// Lists every record whose evidence overlaps the passage.
#[component]
pub fn FactsHere(
    /// The article's id.
    source: String,
    /// The chosen passage.
    span: TextSpan,
) -> impl IntoView {
    let corpus = use_corpus();
    let facts = corpus.facts_at(&source, span);
    let count = facts.len();
    let items = facts
        .into_iter()
        .map(|fact| {
            view! {
                <li>
                    <span class="fact-kind">{fact.kind.label()}</span>
                    " "
                    <Link to=fact_target(fact.kind, &fact.id).unwrap_or_else(|| ViewState::map_with(None)) class="fact-label">{corpus.fact_label(fact)}</Link>
                </li>
            }
        })
        .collect_view();
    let navigator = use_navigator();
    let close = {
        let source = source.clone();
        move |_| navigator.replace(ViewState::article(&source, None))
    };
    view! {
        <aside class="facts-here" aria-live="polite" aria-label="Facts this passage supports">
            <button type="button" class="close" aria-label="Close the passage panel" on:click=close>"×"</button>
            <h2>
                {match count {
                    0 => "No fact in Brink cites this passage.".to_owned(),
                    1 => "This passage supports 1 fact".to_owned(),
                    n => format!("This passage supports {n} facts"),
                }}
            </h2>
            <ul>{items}</ul>
        </aside>
    }
}
