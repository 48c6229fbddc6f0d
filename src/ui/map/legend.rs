//! What the symbols mean: sizes, shapes, colours, regions, the scale bar and the attribution.
use leptos::prelude::*;

use super::{use_map, MapContext};
use brink_core::geo::picture::{group_thousands, LEGEND_COUNTS, LEGEND_SHAPES, LEGEND_SIDES};
use brink_core::geo::symbols::{radius_for_count, shape_path, MarkerShape};

/// The legend under the map.
#[component]
pub fn Legend() -> impl IntoView {
    let ctx = use_map();
    let sizes = LEGEND_COUNTS
        .into_iter()
        .map(|n| {
            let r = radius_for_count(Some(n));
            let size = 2.0 * r + 4.0;
            view! {
                <li>
                    <svg width=size height=size viewBox=format!("{} {} {size} {size}", -size / 2.0, -size / 2.0) aria-hidden="true">
                        <path class="legend-size" d=shape_path(MarkerShape::Circle, r)></path>
                    </svg>
                    {group_thousands(n)}
                </li>
            }
        })
        .collect_view();
    let shapes = LEGEND_SHAPES
    .into_iter()
    .map(|(shape, present, label)| {
        view! {
            <li>
                <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
                    <path class="legend-shape" class:intended=!present d=shape_path(shape, 7.0)></path>
                </svg>
                {label}
            </li>
        }
    })
    .collect_view();
    view! {
        <div class="legend" aria-label="Legend">
            <div>
                <h2>"Reported number"</h2>
                <ul class="legend-sizes">{sizes}</ul>
                <p class="legend-note">"Area is proportional to the number of troops. A small marker: the articles give no number."</p>
            </div>
            <div>
                <h2>"What and status"</h2>
                <ul class="legend-shapes">{shapes}</ul>
                <p class="legend-note">"Filled: there now. Hollow and dashed: not there."</p>
                <p class="legend-note">"A line to a small ring: the symbol was moved aside so that it covers no other; the ring is its place. Zoom in to see them apart."</p>
            </div>
            <div>
                <h2>"Side"</h2>
                <ul class="legend-sides">
                    {LEGEND_SIDES.into_iter().map(|(slug, label)| view! { <li><span class=format!("chip side-{slug}")></span>{label}</li> }).collect_view()}
                    <li><span class="chip venue-chip">"★"</span>"Diplomatic venue"</li>
                </ul>
                <p class="legend-note">"A second outline: reported for a region, not a point. Select it to see the area, or read its name in italics where the articles give no bounds."</p>
            </div>
            <div class="scale-and-credit">
                {scale_bar(ctx)}
                {super::drawn_ahead::phone_scale_bar(ctx)}
                <p class="credit">"Made with Natural Earth. Lambert conformal conic projection. Coordinates of named places added by Brink, with their precision."</p>
            </div>
        </div>
    }
}

/// The scale bar of the map `ctx` draws: a round distance about 120 pixels long at its zoom.
pub(super) fn scale_bar(ctx: MapContext) -> impl IntoView {
    let scale = Memo::new(move |_| {
        let km_per_px = ctx.viewport.get().units_per_px(ctx.width_px.get());
        let target = km_per_px * 120.0;
        let nice = [10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0]
            .into_iter()
            .rev()
            .find(|n| *n <= target)
            .unwrap_or(10.0);
        (nice, nice / km_per_px)
    });
    view! {
        <svg class="scale-bar" width="140" height="24" aria-label=move || format!("Scale: {} km", scale.get().0)>
            <line x1="2" y1="14" x2=move || 2.0 + scale.get().1 y2="14"></line>
            <line x1="2" y1="9" x2="2" y2="19"></line>
            <line x1=move || 2.0 + scale.get().1 y1="9" x2=move || 2.0 + scale.get().1 y2="19"></line>
            <text x="2" y="7">{move || format!("{} km", scale.get().0)}</text>
        </svg>
    }
}
