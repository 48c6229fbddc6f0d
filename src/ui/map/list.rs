//! The same deployments as a table, sortable, in step with the map's selection, plus what the
//! articles say will not happen.
use leptos::prelude::*;

use brink_core::geo::layers::Layer;

use super::use_map;
use crate::state::lens::use_lens;
use crate::state::use_corpus;
use crate::ui::coverage_dots::CoverageDots;
use brink_core::data::dates::describe;
use brink_core::data::export::Table;
use brink_core::data::mapping::Unmapped;
use brink_core::data::model::{Deployment, DeploymentKind};
use brink_core::url::MapSelection;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Size,
    Date,
    Side,
}

/// The deployments table and the ruled-out list.
#[component]
pub fn DeploymentList() -> impl IntoView {
    crate::ui::hooks::use_on_mount(crate::ui::take_over::remove_stand_in_table);
    let corpus = use_corpus();
    let sort = RwSignal::new(SortBy::Size);
    let rows = move || {
        let mut shown: Vec<&'static Deployment> = corpus.drawable_deployments().collect();
        match sort.get() {
            SortBy::Size => {
                // Only troop counts are comparable sizes: 5,000 helmets are not 5,000 troops.
                shown.sort_by_key(|d| {
                    let troops = (d.kind == DeploymentKind::Force).then_some(d.count.as_ref());
                    (
                        std::cmp::Reverse(troops.flatten().map_or(0, |c| c.value)),
                        d.kind,
                    )
                })
            }
            SortBy::Date => shown.sort_by(|a, b| a.as_of.cmp(&b.as_of)),
            SortBy::Side => shown.sort_by_key(|d| corpus.side_of(d)),
        }
        shown.into_iter().map(row).collect_view()
    };
    let sort_button = move |by: SortBy, label: &'static str| {
        view! {
            <button type="button" class="sort" aria-pressed=move || if sort.get() == by { "true" } else { "false" } on:click=move |_| sort.set(by)>
                {label}
            </button>
        }
    };
    view! {
        <section class="deployment-list" aria-labelledby="list-title">
            <h2 id="list-title">"All deployments on the map"</h2>
            <div class="sort-bar" role="group" aria-label="Sort by">
                "Sort by: " {sort_button(SortBy::Size, "size")} {sort_button(SortBy::Date, "date")} {sort_button(SortBy::Side, "side")}
            </div>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">"Who"</th>
                            <th scope="col">"What"</th>
                            <th scope="col">"Number"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col">"Where"</th>
                            <th scope="col">"As of"</th>
                            <th scope="col">"Articles"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>"Listed, not drawn"</h2>
            <p class="legend-note">"These are not forces at a place: drawing them would say more than the articles do."</p>
            <ListedNotDrawn/>
        </section>
    }
}

/// What the articles report that the map does not draw, by why not.
#[component]
fn ListedNotDrawn() -> impl IntoView {
    let ctx = use_map();
    let corpus = use_corpus();
    Unmapped::ALL
        .into_iter()
        .filter_map(|reason| {
            let items: Vec<_> = corpus.listed_deployments(reason).collect();
            (!items.is_empty()).then(|| {
                let items = items
                    .into_iter()
                    .map(|d| {
                        let actor = corpus.actor_name(&d.actor);
                        let id = d.id.clone();
                        let lens = use_lens();
                        view! {
                            <li hidden=move || !lens.passes_deployment(&d.id, &d.evidence)>
                                <button type="button" class="link-button" on:click=move |_| ctx.select_from_list(MapSelection::Deployment(id.clone()))>
                                    {format!("{actor}: {} — {}", d.what, d.status.label())}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{reason.heading()}</h3>
                    <ul class="not-happening" data-reason=reason.heading()>{items}</ul>
                }
            })
        })
        .collect_view()
}

fn row(d: &'static Deployment) -> impl IntoView {
    let ctx = use_map();
    let corpus = use_corpus();
    let id = d.id.clone();
    let selected = {
        let target = MapSelection::Deployment(id.clone());
        move || ctx.is_selected(&target)
    };
    let layer = Layer::of_deployment(d, corpus.side_of(d));
    let actor = corpus.actor(&d.actor);
    let place = d.place.as_deref().and_then(|p| corpus.place(p));
    let lens = use_lens();
    let hidden = move || ctx.is_hidden(layer) || !lens.passes_deployment(&d.id, &d.evidence);
    view! {
        <tr class:selected=selected.clone() aria-selected=move || if selected() { "true" } else { "false" } data-id=d.id.clone() data-export=Table::Deployments.file() data-row=d.id.clone() hidden=hidden>
            <td>
                <span class=format!("chip side-{}", corpus.side_of(d).slug()) aria-hidden="true"></span>
                {actor.map(|a| a.name.clone())}
            </td>
            <td>
                <button type="button" class="link-button" on:click=move |_| ctx.select_from_list(MapSelection::Deployment(id.clone()))>
                    {d.what.clone()}
                </button>
            </td>
            <td class="num">{d.count.as_ref().map_or("not given".to_owned(), |c| c.text.clone())}</td>
            <td>{d.status.label()}{(!d.status.is_present()).then_some(" (not there)")}</td>
            <td>{place.map(|p| p.name.clone())}{place.filter(|p| p.is_region()).map(|_| " (region)")}</td>
            <td>{describe(&d.as_of, d.as_of_precision)}</td>
            <td class="num"><CoverageDots evidence=d.evidence.clone()/></td>
        </tr>
    }
}
