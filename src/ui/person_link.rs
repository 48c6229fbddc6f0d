//! A person's name as a link to their page, wherever the app mentions them.
use leptos::prelude::*;

use crate::state::use_corpus;
use crate::ui::link::Link;
use brink_core::url::{Page, ViewState};

/// The person's name linking to their page; the id as plain text if the corpus lacks them.
#[component]
pub fn PersonLink(
    /// The person's id.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    match use_corpus().person(&id) {
        Some(person) => view! {
            <Link to=ViewState::from(Page::Person { id: id.clone() }) class="person-link">
                {person.name.clone()}
            </Link>
        }
        .into_any(),
        None => id.into_any(),
    }
}

/// Several people's links, separated by commas.
pub fn people_links(ids: &[String]) -> impl IntoView {
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            view! {
                {(i > 0).then_some(", ")}
                <PersonLink id=id.clone()/>
            }
        })
        .collect_view()
}

/// Who gave a figure's claim: the person (a link), else the actor the number is attributed to,
/// else the article in its own voice.
pub fn claim_giver(claim: &brink_core::data::facts::FigureClaim) -> AnyView {
    let corpus = use_corpus();
    match (&claim.speaker, &claim.claimant) {
        (Some(person), _) if corpus.person(person).is_some() => {
            view! { <PersonLink id=person.clone()/> }.into_any()
        }
        (_, Some(actor)) => corpus
            .actor(actor)
            .map_or(actor.clone(), |a| a.name.clone())
            .into_any(),
        _ => "the article, in its own voice".into_any(),
    }
}
