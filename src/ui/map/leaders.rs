//! Symbols spread apart where they would overlap: a line from each one moved back to a small
//! ring on its place, so the reader sees where it belongs; the selection's stand out.
use std::fmt::Write;

use leptos::prelude::*;

use super::{use_map, MapContext};
use brink_core::geo::projection::MapPoint;

/// Pixels of radius of the ring that marks a moved symbol's true place.
const PLACE_RING_PX: f64 = 2.6;

/// A moved symbol's place and where its line ends: at the symbol's edge, so the line does not
/// run through it.
fn leader(ctx: MapContext, i: usize, (dx, dy): (f64, f64), u: f64) -> Option<(MapPoint, MapPoint)> {
    let moved = dx.hypot(dy);
    if moved < 0.5 {
        return None;
    }
    let place = ctx.layout.symbol_point(i)?;
    let edge = (moved - ctx.layout.symbol_reach(i)).max(0.0) / moved;
    Some((
        place,
        MapPoint {
            x: place.x + dx * edge * u,
            y: place.y + dy * edge * u,
        },
    ))
}

/// Every moved symbol's line and ring as path data, and the selection's own line and ring
/// if it is moved (tracked).
#[derive(Clone, Copy)]
pub struct LeaderPaths {
    /// Lines and rings of every moved symbol: one path each, so a redraw per zoom step touches
    /// a few elements, not one per symbol.
    pub all: Memo<LinesAndRings>,
    /// The selection's, drawn thick.
    pub selected: Memo<Option<LinesAndRings>>,
}

/// Lines from moved symbols and the rings on their places, as SVG path data.
#[derive(Clone, PartialEq, Default)]
pub struct LinesAndRings {
    lines: String,
    rings: String,
}

impl LeaderPaths {
    /// Works the paths out from the map's spread and selection.
    pub fn of_map() -> LeaderPaths {
        let ctx = use_map();
        let all = Memo::new(move |_| {
            let u = ctx.upp.get();
            let mut all = LinesAndRings::default();
            ctx.spread.with(|s| {
                for (i, &offset) in s.offsets.iter().enumerate() {
                    if let Some((a, b)) = leader(ctx, i, offset, u) {
                        all.add(a, b, PLACE_RING_PX * u);
                    }
                }
            });
            all
        });
        let selected = Memo::new(move |_| {
            let i = ctx.selected_symbol()?;
            let u = ctx.upp.get();
            let offset = ctx.spread.with(|s| s.offsets.get(i).copied())?;
            let (a, b) = leader(ctx, i, offset, u)?;
            let mut one = LinesAndRings::default();
            one.add(a, b, 2.0 * PLACE_RING_PX * u);
            Some(one)
        });
        LeaderPaths { all, selected }
    }
}

impl LinesAndRings {
    /// Adds a line from `a` to `b` and a ring of radius `r` round `a`.
    fn add(&mut self, a: MapPoint, b: MapPoint, r: f64) {
        let _ = write!(self.lines, "M{:.2} {:.2}L{:.2} {:.2}", a.x, a.y, b.x, b.y);
        let _ = write!(
            self.rings,
            "M{:.2} {:.2}a{r:.3} {r:.3} 0 1 0 {:.3} 0a{r:.3} {r:.3} 0 1 0 {:.3} 0",
            a.x - r,
            a.y,
            2.0 * r,
            -2.0 * r
        );
    }
}

/// Which half of the leaders a layer draws.
#[derive(Clone, Copy)]
pub enum LeaderPart {
    /// The lines, under the symbols so they do not run across them.
    Lines,
    /// The rings on the places, over the symbols: a place under another place's symbol still
    /// shows.
    Rings,
}

/// One half of the leaders: every moved symbol's, and the selection's drawn thick.
#[component]
pub fn LeaderLayer(paths: LeaderPaths, part: LeaderPart) -> impl IntoView {
    let LeaderPaths { all, selected } = paths;
    let (group, class) = match part {
        LeaderPart::Lines => ("leaders", "leader"),
        LeaderPart::Rings => ("place-rings", "place-ring"),
    };
    let pick = move |p: &LinesAndRings| match part {
        LeaderPart::Lines => p.lines.clone(),
        LeaderPart::Rings => p.rings.clone(),
    };
    view! {
        <g class=group aria-hidden="true">
            <path class=class d=move || all.with(pick) vector-effect="non-scaling-stroke"></path>
            {move || selected.with(|s| s.as_ref().map(pick)).map(|d| view! {
                <path class=format!("{class} selected") d=d vector-effect="non-scaling-stroke"></path>
            })}
        </g>
    }
}
