//! Deployment markers and venue stars: focusable, selectable SVG groups that keep their screen
//! size at every zoom.
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::{use_map, MapContext};
use crate::state::lens::use_lens;
use crate::state::use_corpus;
use brink_core::geo::layers::Layer;
use brink_core::geo::layout::{MarkerSpot, VenueSpot, HALO_PX};
use brink_core::geo::symbols::shape_path;
use brink_core::url::MapSelection;

/// Where the symbol `index` is drawn, at screen size (tracked).
fn symbol_transform(ctx: MapContext, index: usize) -> String {
    let Some(at) = ctx.drawn_point(index) else {
        return String::new();
    };
    format!(
        "translate({:.2} {:.2}) scale({:.5})",
        at.x,
        at.y,
        ctx.upp.get()
    )
}

/// One button-like SVG group per drawable deployment inside the frame, shown while its layer,
/// the date and the voices let it through.
#[component]
pub fn Markers(dragged: impl Fn() -> bool + Copy + Send + Sync + 'static) -> impl IntoView {
    let ctx = use_map();
    ctx.layout
        .markers
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.off_map)
        .map(|(index, m)| marker_view(ctx, index, m, dragged))
        .collect_view()
}

/// What a selectable symbol on the map is and looks like.
struct MapButton {
    /// Its index among the layout's symbols.
    index: usize,
    target: MapSelection,
    class: String,
    name: String,
    layer: Layer,
    /// Whether the last step of the date brought it in (tracked).
    new: Signal<bool>,
    body: AnyView,
}

/// A focusable, selectable SVG group at a map point: a marker or a venue.
fn map_button(
    ctx: MapContext,
    button: MapButton,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let MapButton {
        index,
        target,
        class,
        name,
        layer,
        new,
        body,
    } = button;
    let label = name.clone();
    let id = match &target {
        MapSelection::Deployment(id) | MapSelection::Venue(id) => id.clone(),
    };
    let selected = {
        let target = target.clone();
        move || ctx.is_selected(&target)
    };
    let select = move || {
        if !dragged() {
            ctx.select(Some(target.clone()));
        }
    };
    let on_key_select = select.clone();
    view! {
        <g
            class=class
            class:selected=selected.clone()
            class:new=move || new.get()
            data-id=id
            data-layer=layer.slug()
            display=move || if ctx.is_shown(index) { "inline" } else { "none" }
            transform=move || symbol_transform(ctx, index)
            tabindex="0"
            role="button"
            aria-label=label
            aria-pressed=move || if selected() { "true" } else { "false" }
            on:click=move |_| select()
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    on_key_select();
                }
            }
        >
            <title>{name}</title>
            {body}
        </g>
    }
}

fn marker_view(
    ctx: MapContext,
    index: usize,
    m: &'static MarkerSpot,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let class = format!(
        "marker side-{}{}{}",
        m.side.slug(),
        if m.present { "" } else { " intended" },
        if m.region { " region" } else { "" }
    );
    let body = view! {
        <path class="halo" d=shape_path(m.shape, m.radius_px + HALO_PX)></path>
        {m.region.then(|| view! { <path class="region-ring" d=shape_path(m.shape, m.radius_px + 2.5)></path> })}
        <path class="symbol" d=shape_path(m.shape, m.radius_px)></path>
    }
    .into_any();
    let lens = use_lens();
    let id = m.deployment.as_str();
    let button = MapButton {
        index,
        target: MapSelection::Deployment(m.deployment.clone()),
        class,
        name: m.name.clone(),
        layer: m.layer,
        new: Signal::derive(move || lens.added_deployment(id)),
        body,
    };
    map_button(ctx, button, dragged)
}

/// Venue markers inside the frame (off-map ones are listed at the edge).
#[component]
pub fn Venues(dragged: impl Fn() -> bool + Copy + Send + Sync + 'static) -> impl IntoView {
    let ctx = use_map();
    ctx.layout
        .venues
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.off_map)
        .map(|(k, v)| venue_view(ctx, ctx.layout.venue_symbol(k), v, dragged))
        .collect_view()
}

fn venue_view(
    ctx: MapContext,
    index: usize,
    v: &'static VenueSpot,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let body = view! {
        <path class="venue-star" d="M0 -8L2.4 -2.5L8 -2.5L3.5 1L5.2 7L0 3.6L-5.2 7L-3.5 1L-8 -2.5L-2.4 -2.5Z"></path>
    }
    .into_any();
    let lens = use_lens();
    let new_events: Vec<&'static str> = use_corpus()
        .events_at(&v.place)
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    let button = MapButton {
        new: Signal::derive(move || {
            lens.added
                .with(|a| new_events.iter().any(|e| a.events.contains(*e)))
        }),
        index,
        target: MapSelection::Venue(v.place.clone()),
        class: "venue".to_owned(),
        name: format!(
            "Venue: {}, {} {} in the articles",
            v.name,
            v.events,
            if v.events == 1 { "event" } else { "events" }
        ),
        layer: Layer::Venues,
        body,
    };
    map_button(ctx, button, dragged)
}
