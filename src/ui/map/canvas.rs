//! The SVG map: countries, labels, markers and venues, with pan and zoom by wheel, drag,
//! pinch, buttons and keyboard.
use std::collections::BTreeMap;

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::edge::EdgeVenues;
use super::labels::Labels;
use super::leaders::{LeaderLayer, LeaderPart, LeaderPaths};
use super::markers::{Markers, Venues};
use super::use_map;
use brink_core::geo::layout::RegionOutline;
use brink_core::geo::projection::MapPoint;
use brink_core::url::MapSelection;

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
    let upp = ctx.upp;
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
    // Buttons and keys zoom around the selection while it is in view, so a dense cluster opens
    // up around what the reader is looking at; otherwise around the centre.
    let zoom = move |factor: f64| {
        let around = ctx
            .selection
            .get_untracked()
            .and_then(|s| match s {
                MapSelection::Deployment(id) => ctx.layout.marker_point(&id),
                MapSelection::Venue(id) => ctx.layout.venue_point(&id),
            })
            .filter(|p| ctx.viewport.get_untracked().view_box().contains(*p));
        ctx.viewport.update(|v| *v = v.zoom_by(factor, around));
    };
    let on_key = move |ev: KeyboardEvent| {
        let step = 0.1;
        match ev.key().as_str() {
            "ArrowLeft" => ctx.viewport.update(|v| *v = v.pan_by_fraction(-step, 0.0)),
            "ArrowRight" => ctx.viewport.update(|v| *v = v.pan_by_fraction(step, 0.0)),
            "ArrowUp" => ctx.viewport.update(|v| *v = v.pan_by_fraction(0.0, -step)),
            "ArrowDown" => ctx.viewport.update(|v| *v = v.pan_by_fraction(0.0, step)),
            "+" | "=" => zoom(1.5),
            "-" | "_" => zoom(1.0 / 1.5),
            "0" => ctx.viewport.update(|v| *v = v.reset()),
            "Escape" => ctx.select(None),
            _ => return,
        }
        ev.prevent_default();
    };
    let dragged = move || gesture.with_value(|g| g.travelled > 4.0);
    let frame = ctx.layout.frame;
    let leader_paths = LeaderPaths::of_map();
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
                <Labels/>
                <LeaderLayer paths=leader_paths part=LeaderPart::Lines/>
                <Venues dragged/>
                <Markers dragged/>
                <LeaderLayer paths=leader_paths part=LeaderPart::Rings/>
            </svg>
            <div class="zoom-controls" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom in" title="Zoom in (+), around the selection" on:click=move |_| zoom(1.5)>"+"</button>
                <button type="button" aria-label="Zoom out" title="Zoom out (−)" on:click=move |_| zoom(1.0 / 1.5)>"−"</button>
                <button type="button" aria-label="Show the whole map" title="Show the whole map (0)" on:click=move |_| ctx.viewport.update(|v| *v = v.reset())>"⟲"</button>
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
        let place = crate::state::use_corpus().deployment(&id)?.place.clone()?;
        let outline = ctx.layout.regions.get(&place)?;
        Some(match outline {
            RegionOutline::Countries(codes) => view! {
                <path class="region-outline" d=ctx.layout.countries_path(codes) vector-effect="non-scaling-stroke"></path>
            }
            .into_any(),
            RegionOutline::Circle { centre, radius } => view! {
                <circle class="region-outline" cx=centre.x cy=centre.y r=*radius vector-effect="non-scaling-stroke"></circle>
            }
            .into_any(),
        })
    }
}
