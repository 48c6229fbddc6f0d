//! One person's page: how each article names them, what they said, their positions, the events
//! they took part in and what they announced.
use leptos::prelude::*;

use crate::state::use_corpus;
use crate::ui::evidence_list::EvidenceList;
use crate::ui::link::Link;
use crate::ui::notice::Notice;
use brink_core::data::dates::describe;
use brink_core::data::evidence::all_evidence;
use brink_core::data::model::surname;
use brink_core::data::model::{Evidence, Person};
use brink_core::url::{MapSelection, Page, ViewState};

/// The person page, or a notice for an id the corpus does not have.
#[component]
pub fn PersonPage(
    /// The person's id.
    id: String,
) -> impl IntoView {
    let corpus = use_corpus();
    let Some(person) = corpus.person(&id) else {
        return view! {
            <Notice
                title="Person not found"
                message=format!("The articles name nobody with the id “{id}”.")
                back=ViewState::from(Page::People)
                back_label="Everyone the articles name"
            />
        }
        .into_any();
    };
    let affiliation = person
        .actor
        .as_deref()
        .and_then(|a| corpus.actor(a))
        .map(|a| a.name.clone());
    view! {
        <article class="person-page" aria-labelledby="person-title">
            <p class="back"><Link to=ViewState::from(Page::People)>"← People"</Link></p>
            <h1 id="person-title">{person.name.clone()}</h1>
            <p class="role">{person.role.clone()}{affiliation.map(|a| format!(" · {a}"))}</p>
            <section>
                <h2>"How the articles name them"</h2>
                <EvidenceList evidence=person.evidence.clone()/>
            </section>
            {spoken(person)}
            {positions(person)}
            {events(person)}
            {announced(person)}
        </article>
    }
    .into_any()
}

/// A titled section, left out when it would be empty.
fn section(title: &'static str, count: usize, body: AnyView) -> Option<impl IntoView> {
    (count > 0).then(|| {
        view! {
            <section>
                <h2>{format!("{title} ({count})")}</h2>
                {body}
            </section>
        }
    })
}

fn spoken(person: &'static Person) -> Option<impl IntoView> {
    let corpus = use_corpus();
    let mut quotes: Vec<Evidence> = Vec::new();
    for (_, e) in all_evidence(corpus) {
        let same = |q: &Evidence| q.source == e.source && q.quote == e.quote;
        if e.speaker.as_deref() == Some(person.id.as_str()) && !quotes.iter().any(same) {
            quotes.push(e.clone());
        }
    }
    let count = quotes.len();
    section(
        "What they say",
        count,
        view! { <EvidenceList evidence=quotes/> }.into_any(),
    )
}

fn positions(person: &'static Person) -> Option<impl IntoView> {
    let corpus = use_corpus();
    let items: Vec<_> = corpus
        .positions
        .iter()
        .filter(|p| p.speaker.as_deref() == Some(person.id.as_str()))
        .map(|p| {
            let issue = corpus
                .issue(&p.issue)
                .map_or(p.issue.clone(), |i| i.title.clone());
            let to = ViewState::from(Page::Positions {
                actors: Vec::new(),
                filter: String::new(),
                issue: Some(p.issue.clone()),
            });
            view! {
                <li>
                    <Link to>{issue}</Link>
                    {format!(": {} ({})", p.stance, describe(&p.date, p.date_precision))}
                </li>
            }
        })
        .collect();
    let count = items.len();
    section(
        "Positions they state",
        count,
        view! { <ul class="plain-list">{items}</ul> }.into_any(),
    )
}

fn events(person: &'static Person) -> Option<impl IntoView> {
    let corpus = use_corpus();
    let name = surname(&person.name);
    let mut events: Vec<_> = corpus
        .events
        .iter()
        .filter(|e| e.people.contains(&person.id))
        .collect();
    events.sort_by(|a, b| a.date.cmp(&b.date));
    let count = events.len();
    let items = events
        .into_iter()
        .map(|e| {
            // Their part in it, in the articles' words: the quotes that name them.
            let part: Vec<Evidence> = e
                .evidence
                .iter()
                .filter(|q| q.quote.contains(name))
                .cloned()
                .collect();
            let to = ViewState::from(Page::Timeline {
                event: Some(e.id.clone()),
            });
            view! {
                <li class="person-event">
                    <p class="kicker">{describe(&e.date, e.date_precision)}</p>
                    <p><Link to>{e.title.clone()}</Link></p>
                    {(!part.is_empty()).then(|| view! { <EvidenceList evidence=part/> })}
                </li>
            }
        })
        .collect_view();
    section(
        "Events they took part in",
        count,
        view! { <ol class="plain-list">{items}</ol> }.into_any(),
    )
}

fn announced(person: &'static Person) -> Option<impl IntoView> {
    let corpus = use_corpus();
    let by_them = |evidence: &[Evidence]| {
        evidence
            .iter()
            .any(|e| e.speaker.as_deref() == Some(person.id.as_str()))
    };
    let mut items: Vec<AnyView> = corpus
        .deployments
        .iter()
        .filter(|d| by_them(&d.evidence))
        .map(|d| {
            let to = ViewState::map_with(Some(MapSelection::Deployment(d.id.clone())));
            let label = corpus.fact_label(&brink_core::data::kinds::FactRef {
                kind: brink_core::data::kinds::FactKind::Deployment,
                id: d.id.clone(),
            });
            view! { <li><Link to>{label}</Link></li> }.into_any()
        })
        .collect();
    for figure in &corpus.figures {
        for claim in &figure.claims {
            if claim.speaker.as_deref() == Some(person.id.as_str()) {
                items.push(
                    view! { <li>{format!("{}: {}", figure.what, claim.text)}</li> }.into_any(),
                );
            }
        }
    }
    let count = items.len();
    section(
        "Forces and figures they announced",
        count,
        view! { <ul class="plain-list">{items}</ul> }.into_any(),
    )
}
