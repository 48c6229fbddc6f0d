//! The detail panel of the selected marker: what, how many, who, status, when, and every quote.
use leptos::prelude::*;

use super::use_map;
use crate::state::use_corpus;
use crate::ui::coverage_dots::CoverageDots;
use crate::ui::evidence_list::EvidenceList;
use crate::ui::link::Link;
use crate::ui::person_link::{claim_giver, people_links};
use brink_core::data::dates::describe;
use brink_core::data::facts::{EventKind, Figure};
use brink_core::data::mapping::Mapping;
use brink_core::data::model::Deployment;
use brink_core::url::{MapSelection, Page, ViewState};

/// The panel: a side column on wide screens, a bottom sheet on phones.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let ctx = use_map();
    let corpus = use_corpus();
    move || {
        let body = match ctx.selection.get() {
            None => return view! {
                <aside class="detail empty" aria-label="Details">
                    <p>"Select a marker, a venue or a row of the list to see what the articles say, with every quote."</p>
                    <p class="hint">"Zoom: scroll or pinch where you point, or + and − around the selection. Drag to move."</p>
                    <p class="hint">"Keyboard: Tab to a marker, Enter to select, Escape to close. Arrow keys pan."</p>
                </aside>
            }
            .into_any(),
            Some(MapSelection::Deployment(id)) => match corpus.deployment(&id) {
                Some(d) => deployment_detail(d).into_any(),
                None => unknown("deployment", &id).into_any(),
            },
            Some(MapSelection::Venue(id)) => match corpus.place(&id) {
                Some(_) => venue_detail(&id).into_any(),
                None => unknown("venue", &id).into_any(),
            },
        };
        view! {
            <aside class="detail open" aria-label="Details" on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    ctx.close_detail();
                }
            }>
                <button type="button" class="close" aria-label="Close details" on:click=move |_| ctx.close_detail()>"×"</button>
                {body}
            </aside>
        }
        .into_any()
    }
}

/// The selection in one line, for the live region that announces it (the panel itself is too
/// long to be read out on every change).
pub fn headline(selection: Option<MapSelection>) -> String {
    let corpus = use_corpus();
    match selection {
        None => String::new(),
        Some(MapSelection::Deployment(id)) => corpus.deployment(&id).map_or_else(
            || format!("No deployment “{id}”"),
            |d| {
                let who = corpus.actor_name(&d.actor);
                format!(
                    "Selected: {}",
                    brink_core::data::query::deployment_label(d, &who)
                )
            },
        ),
        Some(MapSelection::Venue(id)) => corpus.place(&id).map_or_else(
            || format!("No venue “{id}”"),
            |p| format!("Selected venue: {}", p.name),
        ),
    }
}

fn unknown(kind: &str, id: &str) -> impl IntoView {
    view! {
        <div role="alert" class="notice-inline">
            <h2 tabindex="-1">{format!("No {kind} “{id}”")}</h2>
            <p>"The link names something that is not in Brink’s data. Pick a marker on the map or a row in the list."</p>
        </div>
    }
}

fn deployment_detail(d: &'static Deployment) -> impl IntoView {
    let corpus = use_corpus();
    let actor = corpus
        .actor(&d.actor)
        .map_or(d.actor.clone(), |a| a.name.clone());
    let place = d.place.as_deref().and_then(|p| corpus.place(p));
    let count = match &d.count {
        Some(c) => view! { <p class="count-big">{c.text.clone()}</p> }.into_any(),
        None => view! { <p class="count-missing">"The articles give no number for this."</p> }
            .into_any(),
    };
    view! {
        <div class="detail-body">
            <p class="kicker">{format!("{actor} · {} · {}", d.kind.label(), status_words(d))}</p>
            <h2 tabindex="-1">{d.what.clone()}</h2>
            {count}
            <dl class="facts">
                <dt>"Where"</dt>
                <dd>
                    {match place {
                        Some(p) => format!("{} ({} — coordinates added by Brink)", p.name, p.precision.label()),
                        None => "The articles give no place: listed, not drawn.".to_owned(),
                    }}
                    {place.and_then(|p| p.note.clone()).map(|n| view! { <span class="place-note">{n}</span> })}
                    <MovedAside/>
                </dd>
                <dt>"As of"</dt>
                <dd>{describe(&d.as_of, d.as_of_precision)}</dd>
                <dt>"Reported by"</dt>
                <dd><CoverageDots evidence=d.evidence.clone()/></dd>
            </dl>
            {d.note.clone().map(|note| view! { <p class="reading-note">{note}</p> })}
            {d.figure.as_deref().and_then(|f| corpus.figure(f)).map(figure_view)}
            <h3>"What the articles say"</h3>
            <EvidenceList evidence=d.evidence.clone()/>
        </div>
    }
}

/// Says so when the selection's symbol is drawn moved aside from its place at this zoom, so
/// no reader takes where it is drawn for where it is (tracked).
#[component]
fn MovedAside() -> impl IntoView {
    let ctx = use_map();
    let moved = Memo::new(move |_| {
        ctx.selected_symbol().is_some_and(|i| {
            ctx.spread
                .with(|s| s.offsets.get(i).is_some_and(|o| o.0.hypot(o.1) >= 0.5))
        })
    });
    move || {
        moved.get().then(|| {
            view! {
                <span class="place-note moved-note">"At this zoom the symbol is drawn moved aside, so that it covers no other: the line from it leads to the ring on its place. Zoom in to see it there."</span>
            }
        })
    }
}

/// The status as the kicker says it: whether the map draws it, and as there or not.
fn status_words(d: &Deployment) -> String {
    match d.mapping() {
        Mapping::Drawn { present: true } => d.status.label().to_owned(),
        Mapping::Drawn { present: false } => format!("{} (not there)", d.status.label()),
        Mapping::Listed(reason) => format!("{} — {}", d.status.label(), reason.heading()),
    }
}

fn figure_view(figure: &'static Figure) -> impl IntoView {
    let corpus = use_corpus();
    let rows = figure
        .claims
        .iter()
        .map(|claim| {
            let who = claim_giver(claim);
            let link = claim.evidence.first().map(|e| {
                let outlet = corpus
                    .source(&e.source)
                    .map_or(e.source.clone(), |s| s.short_label());
                view! { <Link to=ViewState::article(&e.source, corpus.locate(e))>{outlet}</Link> }
            });
            view! {
                <tr>
                    <td class="num">{claim.text.clone()}</td>
                    <td>{who}</td>
                    <td>{link}</td>
                    <td><CoverageDots evidence=claim.evidence.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="figure-claims">
            <h3>{if figure.disagrees() {
                format!("Sources disagree: {}", figure.what)
            } else {
                format!("Sources agree on the number: {}", figure.what)
            }}</h3>
            <p>{figure.note.clone()}</p>
            <p><Link to=ViewState::from(Page::Figures { figure: Some(figure.id.clone()) }) class="to-figures">
                {if figure.disagrees() { "Compare the figures side by side →" } else { "Every variant of this figure →" }}
            </Link></p>
            <table>
                <thead><tr><th scope="col">"Figure"</th><th scope="col">"Given by"</th><th scope="col">"Where"</th><th scope="col">"Articles"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn venue_detail(place_id: &str) -> impl IntoView {
    let corpus = use_corpus();
    let place = corpus.place(place_id);
    let events = corpus
        .events_at(place_id)
        .into_iter()
        .filter(|e| e.kind != EventKind::Exercise)
        .map(|e| {
            view! {
                <li class="venue-event">
                    <p class="kicker">{format!("{} · {}", describe(&e.date, e.date_precision), e.kind.label())}</p>
                    <h3><Link to=ViewState::from(Page::Timeline { event: Some(e.id.clone()) })>{e.title.clone()}</Link></h3>
                    {(!e.people.is_empty()).then(|| view! { <p class="event-people">"People: "{people_links(&e.people)}</p> })}
                    <p class="date-basis">{e.date_basis.clone()}</p>
                    <p class="event-coverage">"Reported by "<CoverageDots evidence=e.evidence.clone()/></p>
                    <EvidenceList evidence=e.evidence.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="detail-body">
            <p class="kicker">"Diplomatic venue"</p>
            <h2 tabindex="-1">{place.map(|p| p.name.clone())}</h2>
            {place.and_then(|p| p.note.clone()).map(|n| view! { <p class="place-note">{n}</p> })}
            <MovedAside/>
            <ol class="venue-events">{events}</ol>
        </div>
    }
}
