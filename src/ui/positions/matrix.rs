//! The matrix: a row per issue, a column per chosen actor, with filter, ordering and columns
//! the reader picks.
use leptos::prelude::*;

use super::cell::Cell;
use super::PositionsState;
use crate::state::{use_corpus, use_navigator};
use crate::ui::link::Link;
use brink_core::data::facts::Issue;
use brink_core::data::model::Actor;
use brink_core::data::query::Tension;
use brink_core::url::{MapSelection, ViewState};

/// Whether the issue or any shown position on it mentions `needle` (lowercase).
fn matches(issue: &Issue, actors: &[String], needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    let corpus = use_corpus();
    let hit = |text: &str| text.to_lowercase().contains(needle);
    hit(&issue.title)
        || hit(&issue.motion)
        || corpus
            .positions
            .iter()
            .filter(|p| p.issue == issue.id && actors.contains(&p.actor))
            .any(|p| hit(&p.stance) || hit(&p.sentence) || p.evidence.iter().any(|e| hit(&e.quote)))
}

/// The positions matrix.
#[component]
pub fn Matrix(state: Memo<PositionsState>) -> impl IntoView {
    let corpus = use_corpus();
    let by_date = RwSignal::new(true);
    let columns = move || {
        state
            .get()
            .actors
            .into_iter()
            .filter_map(|id| corpus.actor(&id))
            .collect::<Vec<_>>()
    };
    let rows = move || {
        let s = state.get();
        let actors: Vec<String> = columns().into_iter().map(|a| a.id.clone()).collect();
        let needle = s.filter.trim().to_lowercase();
        let mut issues: Vec<&'static Issue> = corpus
            .issues
            .iter()
            .filter(|i| matches(i, &actors, &needle))
            .collect();
        if by_date.get() {
            issues.sort_by_key(|i| corpus.first_stated(&i.id).unwrap_or("9999"));
        }
        let count = issues.len();
        let rows = issues
            .into_iter()
            .map(|issue| row(issue, &actors, &s))
            .collect_view();
        (count, rows)
    };
    let header = move || {
        columns()
            .into_iter()
            .map(|actor| actor_heading(actor, state))
            .collect_view()
    };
    view! {
        <MatrixTools state by_date/>
        {move || {
            let (count, body) = rows();
            view! {
                <p class="row-count" aria-live="polite">{format!("{count} of {} issues", corpus.issues.len())}</p>
                <div class="matrix-scroll">
                    <table class="matrix">
                        <thead><tr><th scope="col" class="issue-col">"Issue"</th>{header}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
        }}
    }
}

/// An actor's column heading, with the button that removes the column.
fn actor_heading(actor: &'static Actor, state: Memo<PositionsState>) -> impl IntoView {
    let navigator = use_navigator();
    let id = actor.id.clone();
    let remove = move |_| {
        let mut next = state.get_untracked();
        next.actors.retain(|a| *a != id);
        navigator.go(next.to_view());
    };
    view! {
        <th scope="col" class="actor-col">
            <span class="actor-name">{actor.name.clone()}</span>
            <button type="button" class="remove-col" aria-label=format!("Remove the {} column", actor.name) on:click=remove>"×"</button>
        </th>
    }
}

/// The filter, the column chooser and the order of the rows.
#[component]
fn MatrixTools(state: Memo<PositionsState>, by_date: RwSignal<bool>) -> impl IntoView {
    let corpus = use_corpus();
    let navigator = use_navigator();
    let set_filter = move |value: String| {
        let mut next = state.get_untracked();
        next.filter = value;
        navigator.replace(next.to_view());
    };
    let add_column = move |id: String| {
        let mut next = state.get_untracked();
        if !id.is_empty() && !next.actors.contains(&id) {
            next.actors.push(id);
            navigator.go(next.to_view());
        }
    };
    let addable = move || {
        let shown = state.get().actors;
        corpus
            .actors_with_positions()
            .into_iter()
            .filter(|a| !shown.contains(&a.id))
            .map(|a| view! { <option value=a.id.clone()>{a.name.clone()}</option> })
            .collect_view()
    };
    view! {
        <div class="matrix-tools">
            <label class="filter">
                "Filter issues "
                <input
                    type="search"
                    placeholder="e.g. missiles, sanctions, Belarus"
                    prop:value=move || state.get().filter
                    on:input=move |ev| set_filter(event_target_value(&ev))
                />
            </label>
            <label class="add-col">
                "Add a column "
                <select on:change=move |ev| add_column(event_target_value(&ev)) prop:value="">
                    <option value="">"Choose an actor…"</option>
                    {addable}
                </select>
            </label>
            <div class="order" role="group" aria-label="Order rows">
                <button type="button" class="sort" aria-pressed=move || if by_date.get() { "true" } else { "false" } on:click=move |_| by_date.set(true)>"Date first stated"</button>
                <button type="button" class="sort" aria-pressed=move || if by_date.get() { "false" } else { "true" } on:click=move |_| by_date.set(false)>"Dataset order"</button>
            </div>
        </div>
    }
}

fn row(issue: &'static Issue, actors: &[String], state: &PositionsState) -> impl IntoView {
    let corpus = use_corpus();
    let tension = corpus.tension(&issue.id, actors);
    let mut story = state.clone();
    story.issue = Some(issue.id.clone());
    let cells = actors
        .iter()
        .filter_map(|id| corpus.actor(id))
        .map(|actor| {
            view! {
                <td data-actor=actor.name.clone()>
                    <Cell positions=corpus.positions_on(&issue.id, &actor.id)/>
                </td>
            }
        })
        .collect_view();
    view! {
        <tr data-issue=issue.id.clone()>
            <th scope="row" class="issue-head">
                <span class="issue-title">{issue.title.clone()}</span>
                <span class=format!("tension tension-{}", tension_slug(tension))>{tension.label()}</span>
                <span class="motion">{format!("Motion: {}", issue.motion)}</span>
                <Link to=story.to_view() class="open-issue">"The whole story →"</Link>
                <MapLinks issue/>
            </th>
            {cells}
        </tr>
    }
}

/// Links to the map with a deployment the issue is about selected.
#[component]
pub fn MapLinks(issue: &'static Issue) -> impl IntoView {
    let corpus = use_corpus();
    (!issue.map_links.is_empty()).then(|| {
        let links = issue
            .map_links
            .iter()
            .filter_map(|id| corpus.deployment(id))
            .map(|d| {
                view! {
                    <li><Link to=ViewState::map_with(Some(MapSelection::Deployment(d.id.clone())))>{d.what.clone()}</Link></li>
                }
            })
            .collect_view();
        view! {
            <details class="map-links">
                <summary>"On the map"</summary>
                <ul>{links}</ul>
            </details>
        }
    })
}

/// The CSS suffix of a tension.
pub fn tension_slug(t: Tension) -> &'static str {
    match t {
        Tension::Collide => "collide",
        Tension::Overlap => "overlap",
        Tension::Hedged => "hedged",
        Tension::Single => "single",
    }
}
