//! Deployment markers and venue stars: focusable, selectable SVG groups that keep their screen
//! size at every zoom.
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::canvas::side_slug;
use super::{use_map, MapContext};
use crate::app::use_corpus;
use crate::geo::layers::Layer;
use crate::geo::layout::{MarkerSpot, VenueSpot};
use crate::geo::projection::MapPoint;
use crate::geo::symbols::shape_path;
use crate::lens::use_lens;
use crate::url::MapSelection;

fn marker_transform(upp: Memo<f64>, point: MapPoint, offset: (f64, f64)) -> String {
    let u = upp.get();
    format!(
        "translate({:.2} {:.2}) scale({:.5})",
        point.x + offset.0 * u,
        point.y + offset.1 * u,
        u
    )
}

/// One button-like SVG group per drawable deployment in a visible layer.
#[component]
pub fn Markers(
    upp: Memo<f64>,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_map();
    ctx.layout
        .markers
        .iter()
        .filter(|m| !m.off_map)
        .map(|m| marker_view(ctx, upp, m, dragged))
        .collect_view()
}

/// What a selectable symbol on the map is and looks like.
struct MapButton {
    point: MapPoint,
    offset: (f64, f64),
    target: MapSelection,
    class: String,
    name: String,
    layer: Layer,
    /// Whether the "as of" date shows it (tracked).
    dated: Signal<bool>,
    /// Whether the last step of the date brought it in (tracked).
    new: Signal<bool>,
    body: AnyView,
}

/// A focusable, selectable SVG group at a map point: a marker or a venue.
fn map_button(
    ctx: MapContext,
    upp: Memo<f64>,
    button: MapButton,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let MapButton {
        point,
        offset,
        target,
        class,
        name,
        layer,
        dated,
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
            display=move || if ctx.is_hidden(layer) || !dated.get() { "none" } else { "inline" }
            transform=move || marker_transform(upp, point, offset)
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
    upp: Memo<f64>,
    m: &'static MarkerSpot,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let class = format!(
        "marker side-{}{}{}",
        side_slug(m.side),
        if m.present { "" } else { " intended" },
        if m.region { " region" } else { "" }
    );
    let body = view! {
        <path class="halo" d=shape_path(m.shape, m.radius_px + 4.0)></path>
        {m.region.then(|| view! { <path class="region-ring" d=shape_path(m.shape, m.radius_px + 2.5)></path> })}
        <path class="symbol" d=shape_path(m.shape, m.radius_px)></path>
        {m.region_label.clone().map(|label| view! {
            <text class="region-label" x=m.radius_px + 5.0 y="4">{label}</text>
        })}
    }
    .into_any();
    let lens = use_lens();
    let id = m.deployment.as_str();
    let quotes = ctx.quotes_of(id);
    let button = MapButton {
        point: m.point,
        offset: m.offset_px,
        target: MapSelection::Deployment(m.deployment.clone()),
        class,
        name: m.name.clone(),
        layer: m.layer,
        dated: Signal::derive(move || lens.passes_deployment(id, quotes)),
        new: Signal::derive(move || lens.added_deployment(id)),
        body,
    };
    map_button(ctx, upp, button, dragged)
}

/// Venue markers inside the frame (off-map ones are listed at the edge).
#[component]
pub fn Venues(
    upp: Memo<f64>,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_map();
    ctx.layout
        .venues
        .iter()
        .filter(|v| !v.off_map)
        .map(|v| venue_view(ctx, upp, v, dragged))
        .collect_view()
}

fn venue_view(
    ctx: MapContext,
    upp: Memo<f64>,
    v: &'static VenueSpot,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let body = view! {
        <path class="venue-star" d="M0 -8L2.4 -2.5L8 -2.5L3.5 1L5.2 7L0 3.6L-5.2 7L-3.5 1L-8 -2.5L-2.4 -2.5Z"></path>
    }
    .into_any();
    let lens = use_lens();
    let events: Vec<&'static crate::data::facts::Event> = use_corpus().events_at(&v.place);
    let new_events: Vec<&'static str> = events.iter().map(|e| e.id.as_str()).collect();
    let button = MapButton {
        dated: Signal::derive(move || {
            events
                .iter()
                .any(|e| lens.shows_event(&e.id) && lens.heard(&e.evidence))
        }),
        new: Signal::derive(move || {
            lens.added
                .with(|a| new_events.iter().any(|e| a.events.contains(*e)))
        }),
        point: v.point,
        offset: (0.0, 0.0),
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
    map_button(ctx, upp, button, dragged)
}
