//! Quotes behind a fact, each with its article and a link to the sentence in the reader.
use leptos::prelude::*;

use crate::state::use_corpus;
use crate::ui::link::Link;
use crate::ui::person_link::PersonLink;
use brink_core::data::model::Evidence;
use brink_core::url::ViewState;

/// Every quote, verbatim, with where it comes from.
#[component]
pub fn EvidenceList(
    /// The quotes to show.
    evidence: Vec<Evidence>,
) -> impl IntoView {
    let corpus = use_corpus();
    let items = evidence
        .into_iter()
        .map(|e| {
            let source = corpus.source(&e.source);
            let article = source.map_or("Unknown article".to_owned(), |s| s.short_label());
            let speaker = e
                .speaker
                .as_deref()
                .and_then(|id| corpus.person(id))
                .map(|p| view! { " · "<PersonLink id=p.id.clone()/> });
            let to = ViewState::article(&e.source, corpus.locate(&e));
            view! {
                <li class="evidence-item">
                    <blockquote>{e.quote.clone()}</blockquote>
                    <p class="cite">
                        <span class="outlet">{article}</span>
                        {format!(" · {}", e.attribution.label())}
                        {speaker}
                        " · "
                        <code class="file">{format!("{}.txt", e.source)}</code>
                        " · "
                        <Link to class="read-in-context">"Read in context →"</Link>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="evidence-list">{items}</ul> }
}
