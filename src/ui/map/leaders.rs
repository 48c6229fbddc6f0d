//! Symbols spread apart where they would overlap: a line from each one moved back to a dot on
//! its place, so the reader sees where it belongs.
use std::fmt::Write;

use leptos::prelude::*;

use super::use_map;

/// Pixels of radius of the dot that marks a moved symbol's true place.
const PLACE_DOT_PX: f64 = 2.2;

/// The lines and dots from moved symbols to their places.
#[component]
pub fn Leaders() -> impl IntoView {
    let ctx = use_map();
    // One path each for every line and every dot: a redraw per zoom step touches two
    // elements, not one per symbol.
    let paths = Memo::new(move |_| {
        let u = ctx.upp.get();
        let r = PLACE_DOT_PX * u;
        let mut lines = String::new();
        let mut dots = String::new();
        ctx.spread.with(|s| {
            for (i, &(dx, dy)) in s.offsets.iter().enumerate() {
                if dx.hypot(dy) < 0.5 {
                    continue;
                }
                let Some(p) = ctx.layout.symbol_point(i) else {
                    continue;
                };
                let _ = write!(
                    lines,
                    "M{:.2} {:.2}L{:.2} {:.2}",
                    p.x,
                    p.y,
                    p.x + dx * u,
                    p.y + dy * u
                );
                let _ = write!(
                    dots,
                    "M{:.2} {:.2}a{r:.3} {r:.3} 0 1 0 {:.3} 0a{r:.3} {r:.3} 0 1 0 {:.3} 0",
                    p.x - r,
                    p.y,
                    2.0 * r,
                    -2.0 * r
                );
            }
        });
        (lines, dots)
    });
    view! {
        <g class="leaders" aria-hidden="true">
            <path class="leader" d=move || paths.with(|p| p.0.clone()) vector-effect="non-scaling-stroke"></path>
            <path class="place-dot" d=move || paths.with(|p| p.1.clone())></path>
        </g>
    }
}
