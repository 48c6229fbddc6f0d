//! Every event in date order, grouped by week (older ones by their month or year), each with
//! its date as precisely as the articles give it, its place, people and quotes.
use leptos::prelude::*;

use crate::state::lens::use_lens;
use crate::state::{use_bundle, use_corpus, use_navigator};
use crate::ui::as_of_bar::AsOfBar;
use crate::ui::coverage_dots::CoverageDots;
use crate::ui::evidence_list::EvidenceList;
use crate::ui::link::Link;
use crate::ui::person_link::people_links;
use crate::ui::view_head::ViewHead;
use brink_core::data::as_of::Reading;
use brink_core::data::dates::DatePrecision;
use brink_core::data::dates::{describe, Period};
use brink_core::data::export::Table;
use brink_core::data::facts::Event;
use brink_core::url::{MapSelection, Page, ViewState};

/// The heading an event is grouped under: its week, or its month or year when that is all the
/// articles give.
fn group_of(e: &Event) -> (String, String) {
    let Some(period) = Period::of(&e.date, e.date_precision) else {
        return (e.date.clone(), describe(&e.date, e.date_precision));
    };
    match e.date_precision {
        DatePrecision::Day | DatePrecision::Week => {
            let monday = Period::of(&e.date, DatePrecision::Week).map_or(period.first, |w| w.first);
            (monday.iso(), format!("Week of {}", monday.long()))
        }
        _ => (period.first.iso(), describe(&e.date, e.date_precision)),
    }
}

/// The timeline view; `event` is scrolled to and marked.
#[component]
pub fn TimelineView() -> impl IntoView {
    let corpus = use_corpus();
    let navigator = use_navigator();
    let lens = use_lens();
    let target = Memo::new(move |_| match navigator.state.get().page {
        Page::Timeline { event } => event,
        _ => None,
    });
    let mut events: Vec<&'static Event> = corpus.events.iter().collect();
    events.sort_by_key(|e| {
        let period = Period::of(&e.date, e.date_precision);
        (
            period.map(|p| p.first),
            period.map(|p| p.last),
            e.id.clone(),
        )
    });
    let mut groups: Vec<(String, String, Vec<&'static Event>)> = Vec::new();
    for e in events {
        let (key, label) = group_of(e);
        match groups.last_mut() {
            Some((k, _, list)) if *k == key => list.push(e),
            _ => groups.push((key, label, vec![e])),
        }
    }
    let unknown = move || {
        target
            .get()
            .filter(|id| corpus.event(id).is_none())
            .map(|id| view! { <p class="warning" role="alert">{format!("The link names an event “{id}” that is not in Brink’s data; showing every event.")}</p> })
    };
    let hidden = move || {
        let shown = lens.shown.get()?;
        let later = corpus.events.len() - shown.events.len();
        (later > 0).then(|| view! { <p class="later-note">{format!("{later} events the articles place after this date are not shown.")}</p> })
    };
    let group_views = groups
        .into_iter()
        .map(|(_, label, events)| {
            let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
            let any_shown = move || ids.iter().any(|id| lens.shows_event(id));
            view! {
                <section class="timeline-week" class:hidden=move || !any_shown()>
                    <h2>{label}</h2>
                    <ol class="timeline-events">
                        {events.into_iter().map(|e| event_view(e, target)).collect_view()}
                    </ol>
                </section>
            }
        })
        .collect_view();
    Effect::new(move |_| {
        if let Some(id) = target.get() {
            if let Some(el) = document().get_element_by_id(&format!("event-{id}")) {
                el.scroll_into_view();
            }
        }
    });
    view! {
        <section class="timeline-view" aria-labelledby="timeline-title">
            <ViewHead id="timeline-title" title="Timeline" lede="Every event the articles report, from the earliest they recall (2002) to the calls of 1 February 2022, grouped by week. A date known only to the week, month or year says so."/>
            <AsOfBar/>
            {unknown}
            {hidden}
            {group_views}
        </section>
    }
}

fn event_view(e: &'static Event, target: Memo<Option<String>>) -> impl IntoView {
    let corpus = use_corpus();
    let lens = use_lens();
    let navigator = use_navigator();
    let is_venue = e
        .place
        .as_deref()
        .is_some_and(|p| use_bundle().layout.venues.iter().any(|v| v.place == p));
    let place = match e.place.as_deref().and_then(|p| corpus.place(p)) {
        Some(place) if is_venue => view! {
            <Link to=ViewState::map_with(Some(MapSelection::Venue(place.id.clone())))>{format!("{} (on the map)", place.name)}</Link>
        }
        .into_any(),
        Some(place) => place.name.clone().into_any(),
        None => "No place given".into_any(),
    };
    let actors = e
        .actors
        .iter()
        .map(|a| corpus.actor(a).map_or(a.clone(), |a| a.name.clone()))
        .collect::<Vec<_>>()
        .join(", ");
    let id = e.id.clone();
    let shown = {
        let id = id.clone();
        move || lens.shows_event(&id)
    };
    // In the "reported by" reading an article may announce an event before its day.
    let ahead = move || {
        let at = navigator.as_of.get()?;
        let happened = corpus.event_shown(e, Reading::Happened)?;
        (at.reading == Reading::Reported && !at.shows(Some(happened)))
            .then(|| view! { <span class="ahead">"announced, not yet happened"</span> })
    };
    let is_target = {
        let id = id.clone();
        move || target.get().as_deref() == Some(id.as_str())
    };
    view! {
        <li id=format!("event-{id}") class="timeline-event" class:target=is_target class:hidden=move || !shown() data-id=id.clone() data-export=Table::Events.file() data-row=id.clone()>
            <p class="kicker">
                <time datetime=e.date.clone()>{describe(&e.date, e.date_precision)}</time>
                {format!(" · {}", e.kind.label())}
                {ahead}
            </p>
            <h3>{e.title.clone()}</h3>
            <dl class="event-facts">
                <dt>"Where"</dt><dd>{place}</dd>
                {(!e.people.is_empty()).then(|| view! { <dt>"People"</dt><dd>{people_links(&e.people)}</dd> })}
                {(!actors.is_empty()).then(|| view! { <dt>"Actors"</dt><dd>{actors}</dd> })}
            </dl>
            <details class="date-basis">
                <summary>"How the date is known"</summary>
                <p>{e.date_basis.clone()}</p>
            </details>
            <p class="event-coverage">"Reported by "<CoverageDots evidence=e.evidence.clone()/></p>
            <EvidenceList evidence=e.evidence.clone()/>
        </li>
    }
}
