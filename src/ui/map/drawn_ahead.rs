//! The map's first view on each shape of screen. The build draws the page ahead of the app (the
//! `ssr` feature) and a phone's map opens on where most markers are, so the drawn page carries a
//! second map for phones, shown by the stylesheet's `max-width: 640px` rule, and the app zooms
//! to the same place under the same rule: the map a reader sees first is the one the app draws.
use leptos::prelude::*;

use super::MapContext;

/// The widest screen, in CSS pixels, that opens the map as a phone does: the stylesheet's
/// `@media (max-width: 640px)` that shows the phone's drawn map.
pub const PHONE_SCREEN_PX: f64 = 640.0;

/// The map's height for its width beyond a phone's screen: the stylesheet's
/// `aspect-ratio: 7 / 5`.
pub const WIDE_ASPECT: f64 = 5.0 / 7.0;

/// The map's height for its width on a phone: the stylesheet's `aspect-ratio: 1 / 1`.
#[cfg(feature = "ssr")]
const PHONE_ASPECT: f64 = 1.0;

/// The map's width, in CSS pixels, on a 1280-pixel-wide screen: the width symbols and names are
/// sized for until the map measures itself, and in the page the build draws.
pub const WIDE_MAP_PX: f64 = 1000.0;

/// The map's width on a 390-pixel-wide phone (the page's margins and the map's border taken
/// off), for the phone's drawn map.
#[cfg(feature = "ssr")]
const PHONE_MAP_PX: f64 = 356.0;

/// Whether this is a phone's screen, by the stylesheet's rule.
pub fn is_phone_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w <= PHONE_SCREEN_PX)
}

/// The map as a phone opens it, drawn by the build beside the wide one: fitted to where most
/// markers are, at a phone's width.
#[cfg(feature = "ssr")]
pub fn phone_canvas(ctx: MapContext) -> impl IntoView {
    let phone = phone_context(ctx);
    Owner::new().with(|| {
        provide_context(phone);
        view! { <div class="drawn-phone-map"><super::canvas::MapCanvas/></div> }
    })
}

/// The map's context as a phone opens it: fitted to where most markers are, at a phone's width.
#[cfg(feature = "ssr")]
fn phone_context(ctx: MapContext) -> MapContext {
    let whole = ctx.viewport.get_untracked().with_aspect(PHONE_ASPECT);
    let viewport = RwSignal::new(ctx.layout.core().map_or(whole, |core| whole.fitting(core)));
    let width_px = RwSignal::new(PHONE_MAP_PX);
    let upp = Memo::new(move |_| viewport.get().units_per_px(width_px.get()));
    MapContext {
        viewport,
        width_px,
        upp,
        spread: super::spread_symbols(ctx.layout, viewport, upp, ctx.shown),
        ..ctx
    }
}

/// The phone's map's scale bar, drawn by the build beside the wide one's.
#[cfg(feature = "ssr")]
pub fn phone_scale_bar(ctx: MapContext) -> impl IntoView {
    let phone = phone_context(ctx);
    view! { <span class="drawn-phone-scale">{super::legend::scale_bar(phone)}</span> }
}

/// In the browser the app draws one map, which fits itself to the screen.
#[cfg(not(feature = "ssr"))]
pub fn phone_canvas(_: MapContext) {}

/// In the browser the one map has one scale bar.
#[cfg(not(feature = "ssr"))]
pub fn phone_scale_bar(_: MapContext) {}
