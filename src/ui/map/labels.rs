//! Country and city names on the map, re-placed without overlaps whenever the zoom changes.
use leptos::prelude::*;

use super::use_map;
use crate::geo::labels::{place_labels, LabelRequest};
use crate::geo::projection::MapPoint;

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
