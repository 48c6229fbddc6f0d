//! Country and city names on the map, re-placed without overlaps whenever the zoom changes.
use leptos::prelude::*;

use super::use_map;
use brink_core::geo::labels::{place_labels, LabelRequest, ScreenBox};
use brink_core::geo::projection::MapPoint;

/// The boxes of the symbols on screen as drawn (halos included), and the rings on the places
/// moved symbols stand for, which names give way to: a name never overprints a force or a
/// venue (tracked: zoom, layers, date and voices change what is on screen).
fn symbol_boxes(ctx: super::MapContext, to_px: impl Fn(MapPoint) -> (f64, f64)) -> Vec<ScreenBox> {
    let square = |(x, y): (f64, f64), r: f64| ScreenBox {
        x0: x - r,
        y0: y - r,
        x1: x + r,
        y1: y + r,
    };
    ctx.shown.with(|shown| {
        ctx.spread.with(|spread| {
            let mut boxes = Vec::new();
            for (i, &(dx, dy)) in spread.offsets.iter().enumerate() {
                if !shown.get(i).copied().unwrap_or(false) {
                    continue;
                }
                let Some(point) = ctx.layout.symbol_point(i) else {
                    continue;
                };
                let (x, y) = to_px(point);
                boxes.push(square((x + dx, y + dy), ctx.layout.symbol_reach(i)));
                if dx.hypot(dy) >= 0.5 {
                    boxes.push(square((x, y), 3.0));
                }
            }
            boxes
        })
    })
}

/// The names of regions with no outline, beside their first marker as drawn: placed first, so
/// a region's name goes before any city's (tracked).
fn region_requests(
    ctx: super::MapContext,
    to_px: impl Fn(MapPoint) -> (f64, f64),
) -> Vec<LabelRequest> {
    ctx.layout
        .markers
        .iter()
        .enumerate()
        .filter(|(i, _)| ctx.is_shown(*i))
        .filter_map(|(i, m)| {
            let text = m.region_label.clone()?;
            let (x, y) = to_px(ctx.drawn_point(i)?);
            Some(LabelRequest {
                text,
                x,
                y,
                size: 11.0,
                centred: false,
                clearance: m.reach_px() + 1.0,
            })
        })
        .collect()
}

/// Country and city names, placed without overlaps for the current zoom.
#[component]
pub fn Labels() -> impl IntoView {
    let ctx = use_map();
    let upp = ctx.upp;
    let placed = Memo::new(move |_| {
        let vb = ctx.viewport.get().view_box();
        let u = upp.get();
        let to_px = |p: MapPoint| ((p.x - vb.x) / u, (p.y - vb.y) / u);
        let mut requests = region_requests(ctx, to_px);
        let mut kinds = vec!["region-label"; requests.len()];
        for city in &ctx.layout.cities {
            let (x, y) = to_px(city.point);
            requests.push(LabelRequest {
                text: city.name.clone(),
                x,
                y,
                size: 12.0,
                centred: false,
                clearance: 5.0,
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
                    clearance: 0.0,
                });
                kinds.push("country-label");
            }
        }
        let (w, h) = (vb.w / u, vb.h / u);
        place_labels(&requests, w, h, &symbol_boxes(ctx, to_px))
            .into_iter()
            .zip(requests)
            .zip(kinds)
            .filter_map(|((placed, r), kind)| placed.map(|p| (p, (r.x, r.y), r.text, kind)))
            .collect::<Vec<_>>()
    });
    let transform = move || {
        let vb = ctx.viewport.get().view_box();
        format!("translate({:.2} {:.2}) scale({:.5})", vb.x, vb.y, upp.get())
    };
    view! {
        <g class="labels" transform=transform aria-hidden="true">
            {move || placed.get().into_iter().map(|(p, (x, y), text, kind)| {
                let city = kind == "city-label";
                view! {
                    <g>
                        {city.then(|| view! { <circle class="city-dot" cx=x cy=y r="2.5"></circle> })}
                        <text class=kind x=p.x y=p.y text-anchor=p.anchor.svg()>{text}</text>
                    </g>
                }
            }).collect_view()}
        </g>
    }
}
