//! Country and city names on the map, re-placed without overlaps whenever the zoom changes.
use leptos::prelude::*;

use super::use_map;
use crate::geo::labels::{place_labels, LabelRequest, ScreenBox};
use crate::geo::projection::MapPoint;

/// Pixels a region's italic name takes per character, and its height.
const REGION_LABEL_CHAR_PX: f64 = 6.2;

/// The boxes of the symbols on screen (with their halos, and a region's name beside it), which
/// place names give way to: a name never overprints a force or a venue (tracked: layers, date
/// and voices change what is on screen).
fn symbol_boxes(ctx: super::MapContext, to_px: impl Fn(MapPoint) -> (f64, f64)) -> Vec<ScreenBox> {
    let lens = crate::lens::use_lens();
    let mut boxes = Vec::new();
    for m in ctx
        .layout
        .markers
        .iter()
        .filter(|m| ctx.shows_marker(&lens, m))
    {
        let (x, y) = to_px(m.point);
        let (cx, cy) = (x + m.offset_px.0, y + m.offset_px.1);
        let r = m.radius_px + 4.0;
        boxes.push(ScreenBox {
            x0: cx - r,
            y0: cy - r,
            x1: cx + r,
            y1: cy + r,
        });
        if let Some(label) = &m.region_label {
            let x0 = cx + m.radius_px + 5.0;
            boxes.push(ScreenBox {
                x0,
                y0: cy - 7.0,
                x1: x0 + label.chars().count() as f64 * REGION_LABEL_CHAR_PX,
                y1: cy + 7.0,
            });
        }
    }
    if !ctx.is_hidden(crate::geo::layers::Layer::Venues) {
        for v in ctx.layout.venues.iter().filter(|v| !v.off_map) {
            let (x, y) = to_px(v.point);
            boxes.push(ScreenBox {
                x0: x - 9.0,
                y0: y - 9.0,
                x1: x + 9.0,
                y1: y + 9.0,
            });
        }
    }
    boxes
}

/// Country and city names, placed without overlaps for the current zoom.
#[component]
pub fn Labels(upp: Memo<f64>) -> impl IntoView {
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
        place_labels(&requests, w, h, &symbol_boxes(ctx, to_px))
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
