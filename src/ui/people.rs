//! Everyone the articles name, grouped by side, with role and affiliation as the articles give
//! them and which articles name them.
use leptos::prelude::*;

use crate::state::use_corpus;
use crate::ui::person_link::PersonLink;
use crate::ui::view_head::ViewHead;
use brink_core::data::export::Table;
use brink_core::data::model::{Person, Side};

/// The side a person is grouped with: their actor's, or none.
fn side_of(person: &Person) -> Option<Side> {
    let actor = person.actor.as_deref()?;
    use_corpus().actor(actor).map(|a| a.side)
}

/// The people view.
#[component]
pub fn PeopleView() -> impl IntoView {
    let corpus = use_corpus();
    let sides = [
        Some(Side::Us),
        Some(Side::Nato),
        Some(Side::Russia),
        Some(Side::Ukraine),
        Some(Side::Other),
        Some(Side::Unknown),
        None,
    ];
    let groups = sides
        .into_iter()
        .filter_map(|side| {
            let people: Vec<&'static Person> = corpus
                .people
                .iter()
                .filter(|p| side_of(p) == side)
                .collect();
            (!people.is_empty()).then(|| {
                let heading = side.map_or("Bylines and photo credits", Side::label);
                view! {
                    <section class="people-group">
                        <h2>{format!("{heading} ({})", people.len())}</h2>
                        <ul class="people-list">{people.into_iter().map(person_row).collect_view()}</ul>
                    </section>
                }
            })
        })
        .collect_view();
    view! {
        <section class="people-view" aria-labelledby="people-title">
            <ViewHead id="people-title" title="People" lede="Everyone the five articles name, grouped by the side they speak for, with their role as the articles give it. Open a name for what they said, the events they took part in and what they announced."/>
            {groups}
        </section>
    }
}

fn person_row(p: &'static Person) -> impl IntoView {
    let corpus = use_corpus();
    let affiliation = p
        .actor
        .as_deref()
        .and_then(|a| corpus.actor(a))
        .map(|a| a.name.clone());
    let mut articles: Vec<&str> = p.evidence.iter().map(|e| e.source.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    let named_in = articles
        .iter()
        .map(|id| format!("{id}.txt"))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="person-row" data-id=p.id.clone() data-export=Table::People.file() data-row=p.id.clone()>
            <p class="name"><PersonLink id=p.id.clone()/></p>
            <p class="role">{p.role.clone()}{affiliation.map(|a| format!(" · {a}"))}</p>
            <p class="named-in">{format!("Named in {} of {} articles: {named_in}", articles.len(), corpus.sources().len())}</p>
        </li>
    }
}
