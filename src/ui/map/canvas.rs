//! The SVG map: countries, labels, markers and venues, with pan and zoom by wheel, drag,
//! pinch, buttons and keyboard.
use std::collections::BTreeMap;

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::edge::EdgeVenues;
use super::{use_map, MapContext};
use crate::geo::labels::{place_labels, LabelRequest};
use crate::geo::layers::Layer;
use crate::geo::layout::{MarkerSpot, RegionOutline, VenueSpot};
use crate::geo::projection::MapPoint;
use crate::geo::symbols::{shape_path, MarkerShape};
use crate::url::MapSelection;

/// What a pointer move asks of the view.
enum GestureChange {
    /// One finger or the mouse moved by this many pixels.
    Pan(f64, f64),
    /// Two fingers spread by this factor around this point.
    Pinch(f64, MapPoint),
}

/// Pointers down on the map, for drag and pinch.
#[derive(Default)]
struct Gesture {
    pointers: BTreeMap<i32, (f64, f64)>,
    travelled: f64,
}

/// The map itself, with its zoom buttons and off-map venues.
#[component]
pub fn MapCanvas() -> impl IntoView {
    let ctx = use_map();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let measure = move || {
        if let Some(svg) = svg_ref.get_untracked() {
            let rect = svg.get_bounding_client_rect();
            if rect.width() > 0.0 && rect.height() > 0.0 {
                ctx.width_px.set(rect.width());
                let aspect = rect.height() / rect.width();
                ctx.viewport.update(|v| *v = v.with_aspect(aspect));
            }
        }
    };
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let gesture = StoredValue::new(Gesture::default());
    let upp = Memo::new(move |_| ctx.viewport.get().units_per_px(ctx.width_px.get()));
    let view_box = move || {
        let vb = ctx.viewport.get().view_box();
        format!("{:.1} {:.1} {:.1} {:.1}", vb.x, vb.y, vb.w, vb.h)
    };
    let to_map = move |client_x: f64, client_y: f64| -> Option<MapPoint> {
        let svg = svg_ref.get_untracked()?;
        let rect = svg.get_bounding_client_rect();
        let vb = ctx.viewport.get_untracked().view_box();
        let u = upp.get_untracked();
        Some(MapPoint {
            x: vb.x + (client_x - rect.left()) * u,
            y: vb.y + (client_y - rect.top()) * u,
        })
    };
    let on_wheel = move |ev: WheelEvent| {
        ev.prevent_default();
        let factor = (-ev.delta_y() * 0.0015).exp();
        let anchor = to_map(f64::from(ev.client_x()), f64::from(ev.client_y()));
        ctx.viewport.update(|v| *v = v.zoom_by(factor, anchor));
    };
    let on_pointer_down = move |ev: PointerEvent| {
        gesture.update_value(|g| {
            if g.pointers.is_empty() {
                g.travelled = 0.0;
            }
            g.pointers.insert(
                ev.pointer_id(),
                (f64::from(ev.client_x()), f64::from(ev.client_y())),
            );
        });
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        let now = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let mut change: Option<GestureChange> = None;
        gesture.update_value(|g| {
            let Some(&before) = g.pointers.get(&id) else {
                return;
            };
            if g.pointers.len() == 2 {
                let other = g.pointers.iter().find(|(k, _)| **k != id).map(|(_, p)| *p);
                if let Some(other) = other {
                    let dist =
                        |a: (f64, f64)| ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2)).sqrt();
                    let (d0, d1) = (dist(before), dist(now));
                    if d0 > 0.0 {
                        let mid = ((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0);
                        if let Some(anchor) = to_map(mid.0, mid.1) {
                            change = Some(GestureChange::Pinch(d1 / d0, anchor));
                        }
                    }
                }
            } else {
                change = Some(GestureChange::Pan(now.0 - before.0, now.1 - before.1));
            }
            g.travelled += (now.0 - before.0).abs() + (now.1 - before.1).abs();
            g.pointers.insert(id, now);
        });
        let dragging = gesture.with_value(|g| g.travelled > 4.0);
        match change {
            Some(GestureChange::Pinch(factor, anchor)) => {
                ctx.viewport
                    .update(|v| *v = v.zoom_by(factor, Some(anchor)));
            }
            Some(GestureChange::Pan(dx, dy)) if dragging => {
                if let Some(svg) = svg_ref.get_untracked() {
                    let _ = svg.set_pointer_capture(id);
                }
                let u = upp.get_untracked();
                ctx.viewport.update(|v| *v = v.pan_by(-dx * u, -dy * u));
            }
            _ => {}
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        gesture.update_value(|g| {
            g.pointers.remove(&ev.pointer_id());
        });
    };
    let on_key = move |ev: KeyboardEvent| {
        let step = 0.1;
        match ev.key().as_str() {
            "ArrowLeft" => ctx.viewport.update(|v| *v = v.pan_by_fraction(-step, 0.0)),
            "ArrowRight" => ctx.viewport.update(|v| *v = v.pan_by_fraction(step, 0.0)),
            "ArrowUp" => ctx.viewport.update(|v| *v = v.pan_by_fraction(0.0, -step)),
            "ArrowDown" => ctx.viewport.update(|v| *v = v.pan_by_fraction(0.0, step)),
            "+" | "=" => ctx.viewport.update(|v| *v = v.zoom_by(1.5, None)),
            "-" | "_" => ctx.viewport.update(|v| *v = v.zoom_by(1.0 / 1.5, None)),
            "0" => ctx.viewport.update(|v| *v = v.reset()),
            "Escape" => ctx.select(None),
            _ => return,
        }
        ev.prevent_default();
    };
    let dragged = move || gesture.with_value(|g| g.travelled > 4.0);
    let frame = ctx.layout.frame;
    view! {
        <div class="map-wrap">
            <svg
                node_ref=svg_ref
                class="map"
                viewBox=view_box
                preserveAspectRatio="xMidYMid meet"
                role="application"
                aria-roledescription="map"
                aria-label="Map of the theatre. Arrow keys pan, plus and minus zoom, 0 resets, Tab moves between markers, Enter selects."
                tabindex="0"
                on:wheel=on_wheel
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:keydown=on_key
            >
                <rect
                    class="sea"
                    x=frame.x - frame.w
                    y=frame.y - frame.h
                    width=frame.w * 3.0
                    height=frame.h * 3.0
                ></rect>
                <g class="countries">
                    {ctx.layout.countries.iter().map(|c| view! {
                        <path
                            class="country"
                            class:focus-country=matches!(c.code.as_str(), "UKR" | "RUS" | "BLR")
                            d=c.path.clone()
                            vector-effect="non-scaling-stroke"
                        ></path>
                    }).collect_view()}
                </g>
                <SelectedRegion/>
                <Labels upp/>
                <Venues upp dragged/>
                <Markers upp dragged/>
            </svg>
            <div class="zoom-controls" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom in" on:click=move |_| ctx.viewport.update(|v| *v = v.zoom_by(1.5, None))>"+"</button>
                <button type="button" aria-label="Zoom out" on:click=move |_| ctx.viewport.update(|v| *v = v.zoom_by(1.0 / 1.5, None))>"−"</button>
                <button type="button" aria-label="Show the whole map" on:click=move |_| ctx.viewport.update(|v| *v = v.reset())>"⟲"</button>
            </div>
            <EdgeVenues/>
        </div>
    }
}

/// The outline of the selected deployment's region, if its place is one.
#[component]
fn SelectedRegion() -> impl IntoView {
    let ctx = use_map();
    move || {
        let Some(MapSelection::Deployment(id)) = ctx.selection.get() else {
            return None;
        };
        let place = crate::app::use_corpus().deployment(&id)?.place.clone();
        let outline = ctx.layout.regions.get(&place)?;
        Some(match outline {
            RegionOutline::Country(path) => view! {
                <path class="region-outline" d=path.clone() vector-effect="non-scaling-stroke"></path>
            }
            .into_any(),
            RegionOutline::Circle { centre, radius } => view! {
                <circle class="region-outline" cx=centre.x cy=centre.y r=*radius vector-effect="non-scaling-stroke"></circle>
            }
            .into_any(),
        })
    }
}

/// Country and city names, placed without overlaps for the current zoom.
#[component]
fn Labels(upp: Memo<f64>) -> impl IntoView {
    let ctx = use_map();
    let placed = Memo::new(move |_| {
        let vb = ctx.viewport.get().view_box();
        let u = upp.get();
        let to_px = |p: MapPoint| ((p.x - vb.x) / u, (p.y - vb.y) / u);
        let mut requests = Vec::new();
        let mut kinds = Vec::new();
        for city in &ctx.layout.cities {
            let (x, y) = to_px(city.point);
            requests.push(LabelRequest {
                text: city.name.clone(),
                x,
                y,
                size: 12.0,
                centred: false,
            });
            kinds.push("city-label");
        }
        for c in ctx.layout.countries.iter().filter(|c| c.area > 20_000.0) {
            if let Some(point) = c.label {
                let (x, y) = to_px(point);
                requests.push(LabelRequest {
                    text: c.name.to_uppercase(),
                    x,
                    y,
                    size: 11.0,
                    centred: true,
                });
                kinds.push("country-label");
            }
        }
        let (w, h) = (vb.w / u, vb.h / u);
        place_labels(&requests, w, h)
            .into_iter()
            .zip(requests)
            .zip(kinds)
            .filter_map(|((placed, r), kind)| placed.map(|p| (p, r.text, kind)))
            .collect::<Vec<_>>()
    });
    let transform = move || {
        let vb = ctx.viewport.get().view_box();
        format!("translate({:.2} {:.2}) scale({:.5})", vb.x, vb.y, upp.get())
    };
    view! {
        <g class="labels" transform=transform aria-hidden="true">
            {move || placed.get().into_iter().map(|(p, text, kind)| {
                let city = kind == "city-label";
                view! {
                    <g>
                        {city.then(|| view! { <circle class="city-dot" cx=p.x - if p.anchor == "end" { -5.0 } else if p.anchor == "start" { 5.0 } else { 0.0 } cy=p.y - 4.0 r="2.5"></circle> })}
                        <text class=kind x=p.x y=p.y text-anchor=p.anchor>{text}</text>
                    </g>
                }
            }).collect_view()}
        </g>
    }
}

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
fn Markers(
    upp: Memo<f64>,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_map();
    move || {
        let hidden = ctx.hidden.get();
        ctx.layout
            .markers
            .iter()
            .filter(|m| !m.off_map && !hidden.contains(&m.layer))
            .map(|m| marker_view(ctx, upp, m, dragged))
            .collect_view()
    }
}

fn marker_view(
    ctx: MapContext,
    upp: Memo<f64>,
    m: &'static MarkerSpot,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = m.deployment.clone();
    let selected = {
        let id = id.clone();
        Memo::new(move |_| ctx.selection.get() == Some(MapSelection::Deployment(id.clone())))
    };
    let select = move || {
        if !dragged() {
            ctx.select(Some(MapSelection::Deployment(id.clone())));
        }
    };
    let on_key_select = select.clone();
    let class = format!(
        "marker side-{}{}{}",
        side_slug(m.side),
        if m.shape == MarkerShape::Ring {
            " intended"
        } else {
            ""
        },
        if m.region { " region" } else { "" }
    );
    view! {
        <g
            class=class
            class:selected=move || selected.get()
            data-id=m.deployment.clone()
            data-layer=m.layer.slug()
            transform=move || marker_transform(upp, m.point, m.offset_px)
            tabindex="0"
            role="button"
            aria-label=m.name.clone()
            aria-pressed=move || if selected.get() { "true" } else { "false" }
            on:click=move |_| select()
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    ev.stop_propagation();
                    on_key_select();
                }
            }
        >
            <title>{m.name.clone()}</title>
            <path class="halo" d=shape_path(m.shape, m.radius_px + 4.0)></path>
            <path class="symbol" d=shape_path(m.shape, m.radius_px)></path>
        </g>
    }
}

/// Venue markers inside the frame (off-map ones are listed at the edge).
#[component]
fn Venues(
    upp: Memo<f64>,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_map();
    move || {
        if ctx.hidden.get().contains(&Layer::Venues) {
            return None;
        }
        Some(
            ctx.layout
                .venues
                .iter()
                .filter(|v| !v.off_map)
                .map(|v| venue_view(ctx, upp, v, dragged))
                .collect_view(),
        )
    }
}

fn venue_view(
    ctx: MapContext,
    upp: Memo<f64>,
    v: &'static VenueSpot,
    dragged: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = v.place.clone();
    let selected = {
        let id = id.clone();
        Memo::new(move |_| ctx.selection.get() == Some(MapSelection::Venue(id.clone())))
    };
    let select = move || {
        if !dragged() {
            ctx.select(Some(MapSelection::Venue(id.clone())));
        }
    };
    let on_key_select = select.clone();
    let name = format!("Venue: {}, {} events in the articles", v.name, v.events);
    let label = name.clone();
    view! {
        <g
            class="venue"
            class:selected=move || selected.get()
            data-id=v.place.clone()
            transform=move || marker_transform(upp, v.point, (0.0, 0.0))
            tabindex="0"
            role="button"
            aria-label=label
            aria-pressed=move || if selected.get() { "true" } else { "false" }
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
            <path class="venue-star" d="M0 -8L2.4 -2.5L8 -2.5L3.5 1L5.2 7L0 3.6L-5.2 7L-3.5 1L-8 -2.5L-2.4 -2.5Z"></path>
        </g>
    }
}

/// The CSS suffix of a side's colour.
pub(crate) fn side_slug(side: crate::data::model::Side) -> &'static str {
    use crate::data::model::Side;
    match side {
        Side::Russia => "russia",
        Side::Us => "us",
        Side::Nato => "nato",
        Side::Ukraine => "ukraine",
        Side::Other => "other",
    }
}
