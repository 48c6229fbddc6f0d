//! The SVG map: countries, labels, markers and venues, with pan and zoom by wheel, drag,
//! pinch, buttons and keyboard.
use leptos::prelude::*;

use super::edge::EdgeVenues;
use super::gestures::use_map_gestures;
use super::labels::Labels;
use super::leaders::{LeaderLayer, LeaderPart, LeaderPaths};
use super::markers::{Markers, Venues};
use super::use_map;
use brink_core::geo::layout::RegionOutline;
use brink_core::url::MapSelection;

/// The map itself, with its zoom buttons and off-map venues.
#[component]
pub fn MapCanvas() -> impl IntoView {
    let ctx = use_map();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let gestures = use_map_gestures(ctx, svg_ref);
    let view_box = move || {
        let vb = ctx.viewport.get().view_box();
        format!("{:.1} {:.1} {:.1} {:.1}", vb.x, vb.y, vb.w, vb.h)
    };
    let dragged = move || gestures.dragged();
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
                on:wheel=move |ev| gestures.wheel(ev)
                on:pointerdown=move |ev| gestures.pointer_down(ev)
                on:pointermove=move |ev| gestures.pointer_move(ev)
                on:pointerup=move |ev| gestures.pointer_up(ev)
                on:pointercancel=move |ev| gestures.pointer_up(ev)
                on:keydown=move |ev| gestures.key(ev)
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
                <button type="button" aria-label="Zoom in" title="Zoom in (+), around the selection" on:click=move |_| gestures.zoom(1.5)>"+"</button>
                <button type="button" aria-label="Zoom out" title="Zoom out (−)" on:click=move |_| gestures.zoom(1.0 / 1.5)>"−"</button>
                <button type="button" aria-label="Show the whole map" title="Show the whole map (0)" on:click=move |_| gestures.reset()>"⟲"</button>
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
