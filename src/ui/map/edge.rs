//! Venues outside the frame (Brussels, Geneva, New York, Washington), listed at the map's
//! western edge, where they lie, instead of being silently dropped.
use leptos::prelude::*;

use super::use_map;
use brink_core::geo::layers::Layer;
use brink_core::url::MapSelection;

/// Buttons for the off-map venues.
#[component]
pub fn EdgeVenues() -> impl IntoView {
    let ctx = use_map();
    move || {
        if ctx.hidden.get().contains(&Layer::Venues) {
            return None;
        }
        let items = ctx
            .layout
            .venues
            .iter()
            .filter(|v| v.off_map)
            .map(|v| {
                let id = v.place.clone();
                let selected = {
                    let id = id.clone();
                    move || ctx.selection.get() == Some(MapSelection::Venue(id.clone()))
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="edge-venue"
                            class:selected=selected.clone()
                            aria-pressed=move || if selected() { "true" } else { "false" }
                            on:click=move |_| ctx.select(Some(MapSelection::Venue(id.clone())))
                        >
                            <span aria-hidden="true">"◀ ★ "</span>
                            {v.name.clone()}
                            <span class="count">{format!(" · {} {}", v.events, if v.events == 1 { "event" } else { "events" })}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="edge-venues">
                <p class="edge-title">"West of the map"</p>
                <ul>{items}</ul>
            </div>
        })
    }
}
