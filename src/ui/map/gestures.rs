//! The map's pan and zoom: wheel, drag, pinch, buttons and keys, as a hook in the shape
//! leptos-use gives its own (`use_map_gestures(target) -> MapGestures`).
use std::collections::BTreeMap;

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::MapContext;
use crate::ui::hooks::use_window_listener;
use brink_core::geo::projection::MapPoint;
use brink_core::url::MapSelection;

/// How far pointers travel, in pixels, before a press is a drag and not a click.
const DRAG_PX: f64 = 4.0;

/// Pointers down on the map, for drag and pinch.
#[derive(Default)]
struct Pointers {
    down: BTreeMap<i32, (f64, f64)>,
    travelled: f64,
}

/// What a pointer move asks of the view.
enum Change {
    /// One finger or the mouse moved by this many pixels.
    Pan(f64, f64),
    /// Two fingers spread by this factor around this point.
    Pinch(f64, MapPoint),
}

/// The map's gestures: call its handlers from the map's events.
#[derive(Clone, Copy)]
pub struct MapGestures {
    ctx: MapContext,
    target: NodeRef<leptos::svg::Svg>,
    pointers: StoredValue<Pointers>,
}

/// The gestures of the map drawn in `target`, which is measured now and on every resize.
pub fn use_map_gestures(ctx: MapContext, target: NodeRef<leptos::svg::Svg>) -> MapGestures {
    let gestures = MapGestures {
        ctx,
        target,
        pointers: StoredValue::new(Pointers::default()),
    };
    Effect::new(move |_| {
        if target.get().is_some() {
            gestures.measure();
        }
    });
    use_window_listener(leptos::ev::resize, move |_| gestures.measure());
    gestures
}

impl MapGestures {
    /// Fits the view to the drawn map's size.
    fn measure(self) {
        let Some(svg) = self.target.get_untracked() else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.width() > 0.0 && rect.height() > 0.0 {
            self.ctx.width_px.set(rect.width());
            let aspect = rect.height() / rect.width();
            self.ctx.viewport.update(|v| *v = v.with_aspect(aspect));
        }
    }

    /// The map point under a point of the page.
    fn to_map(self, client_x: f64, client_y: f64) -> Option<MapPoint> {
        let rect = self.target.get_untracked()?.get_bounding_client_rect();
        let vb = self.ctx.viewport.get_untracked().view_box();
        let u = self.ctx.upp.get_untracked();
        Some(MapPoint {
            x: vb.x + (client_x - rect.left()) * u,
            y: vb.y + (client_y - rect.top()) * u,
        })
    }

    /// Whether the pointers down moved far enough to be a drag (a click then selects nothing).
    pub fn dragged(self) -> bool {
        self.pointers.with_value(|p| p.travelled > DRAG_PX)
    }

    /// The wheel zooms around the pointer.
    pub fn wheel(self, ev: WheelEvent) {
        ev.prevent_default();
        let factor = (-ev.delta_y() * 0.0015).exp();
        let anchor = self.to_map(f64::from(ev.client_x()), f64::from(ev.client_y()));
        self.ctx.viewport.update(|v| *v = v.zoom_by(factor, anchor));
    }

    /// A pointer goes down: the start of a drag or a pinch.
    pub fn pointer_down(self, ev: PointerEvent) {
        self.pointers.update_value(|p| {
            if p.down.is_empty() {
                p.travelled = 0.0;
            }
            let at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
            p.down.insert(ev.pointer_id(), at);
        });
    }

    /// A pointer moves: one pans once it is a drag, two pinch.
    pub fn pointer_move(self, ev: PointerEvent) {
        let id = ev.pointer_id();
        let now = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let change = self.pointers.try_update_value(|p| {
            let before = *p.down.get(&id)?;
            let change = if p.down.len() == 2 {
                let other = p.down.iter().find(|(k, _)| **k != id).map(|(_, at)| *at)?;
                self.pinch(before, now, other)
            } else {
                Some(Change::Pan(now.0 - before.0, now.1 - before.1))
            };
            p.travelled += (now.0 - before.0).abs() + (now.1 - before.1).abs();
            p.down.insert(id, now);
            change
        });
        match change.flatten() {
            Some(Change::Pinch(factor, anchor)) => {
                self.ctx
                    .viewport
                    .update(|v| *v = v.zoom_by(factor, Some(anchor)));
            }
            Some(Change::Pan(dx, dy)) if self.dragged() => {
                if let Some(svg) = self.target.get_untracked() {
                    let _ = svg.set_pointer_capture(id);
                }
                let u = self.ctx.upp.get_untracked();
                self.ctx
                    .viewport
                    .update(|v| *v = v.pan_by(-dx * u, -dy * u));
            }
            _ => {}
        }
    }

    /// Two fingers, one moving from `before` to `now` and the other at `other`.
    fn pinch(self, before: (f64, f64), now: (f64, f64), other: (f64, f64)) -> Option<Change> {
        let dist = |a: (f64, f64)| ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2)).sqrt();
        let (d0, d1) = (dist(before), dist(now));
        let mid = ((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0);
        let anchor = self.to_map(mid.0, mid.1)?;
        (d0 > 0.0).then_some(Change::Pinch(d1 / d0, anchor))
    }

    /// A pointer goes up or is cancelled.
    pub fn pointer_up(self, ev: PointerEvent) {
        self.pointers.update_value(|p| {
            p.down.remove(&ev.pointer_id());
        });
    }

    /// Zooms by `factor` around the selection while it is in view, so a dense cluster opens up
    /// around what the reader is looking at; otherwise around the centre.
    pub fn zoom(self, factor: f64) {
        let ctx = self.ctx;
        let around = ctx
            .selection
            .get_untracked()
            .and_then(|s| match s {
                MapSelection::Deployment(id) => ctx.layout.marker_point(&id),
                MapSelection::Venue(id) => ctx.layout.venue_point(&id),
            })
            .filter(|p| ctx.viewport.get_untracked().view_box().contains(*p));
        ctx.viewport.update(|v| *v = v.zoom_by(factor, around));
    }

    /// Shows the whole map.
    pub fn reset(self) {
        self.ctx.viewport.update(|v| *v = v.reset());
    }

    /// Arrows pan, + and − zoom, 0 resets, Escape clears the selection.
    pub fn key(self, ev: KeyboardEvent) {
        let step = 0.1;
        let pan = |dx: f64, dy: f64| self.ctx.viewport.update(|v| *v = v.pan_by_fraction(dx, dy));
        match ev.key().as_str() {
            "ArrowLeft" => pan(-step, 0.0),
            "ArrowRight" => pan(step, 0.0),
            "ArrowUp" => pan(0.0, -step),
            "ArrowDown" => pan(0.0, step),
            "+" | "=" => self.zoom(1.5),
            "-" | "_" => self.zoom(1.0 / 1.5),
            "0" => self.reset(),
            "Escape" => self.ctx.select(None),
            _ => return,
        }
        ev.prevent_default();
    }
}
