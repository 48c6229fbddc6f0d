//! Five dots, one per article in a fixed order: filled where the article reports the fact, each
//! naming its article on hover and focus and leading to its sentence.
use leptos::prelude::*;

use crate::state::use_corpus;
use crate::ui::link::Link;
use brink_core::data::coverage::covered_by;
use brink_core::data::model::Evidence;
use brink_core::url::ViewState;

/// The dots for the articles citing `evidence`.
#[component]
pub fn CoverageDots(
    /// The fact's quotes.
    evidence: Vec<Evidence>,
) -> impl IntoView {
    let corpus = use_corpus();
    let covered = covered_by(corpus, &evidence);
    let count = covered.iter().filter(|c| **c).count();
    let total = covered.len();
    let dots = corpus
        .sources()
        .iter()
        .zip(covered)
        .map(|(source, on)| {
            let name = source.short_label();
            match evidence.iter().find(|e| e.source == source.id).filter(|_| on) {
                Some(e) => {
                    let label = format!("Reported in {name}: read the sentence");
                    view! {
                        <Link to=ViewState::article(&e.source, corpus.locate(e)) class="dot on" label=label.clone()>
                            <span class="dot-tip" aria-hidden="true">{name}</span>
                        </Link>
                    }
                    .into_any()
                }
                None => view! {
                    <span class="dot" title=format!("Not in {name}")></span>
                }
                .into_any(),
            }
        })
        .collect_view();
    view! {
        <span class="coverage" role="group" aria-label=format!("Reported by {count} of {total} articles")>
            {dots}
            <span class="coverage-count">{format!("{count} of {total}")}</span>
        </span>
    }
}
