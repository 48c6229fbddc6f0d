//! The map view: the theatre with every reported deployment and diplomatic venue, a detail
//! panel for the selection, layer toggles and a list of the same deployments.
mod canvas;
mod detail;
mod download;
mod drawn_ahead;
mod edge;
mod gestures;
mod labels;
mod leaders;
mod legend;
mod list;
mod markers;
mod toggles;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::first_draw::{use_stage, LAST_STAGE};
use crate::state::{use_bundle, use_corpus, use_navigator};
use crate::ui::as_of_bar::AsOfBar;
use crate::ui::hooks::use_after_first_frame;
use crate::ui::view_head::ViewHead;
use crate::ui::voice_filter::VoiceFilter;
use brink_core::data::model::Evidence;
use brink_core::geo::labels::ScreenBox;
use brink_core::geo::layers::Layer;
use brink_core::geo::layout::MapLayout;
use brink_core::geo::projection::MapPoint;
use brink_core::geo::spread::{spread, Spread};
use brink_core::geo::viewport::Viewport;
use brink_core::url::{MapPosition, MapSelection, Page, ViewState};

/// What every part of the map view shares.
#[derive(Clone, Copy)]
pub(crate) struct MapContext {
    pub layout: &'static MapLayout,
    pub viewport: RwSignal<Viewport>,
    pub width_px: RwSignal<f64>,
    /// Map units per screen pixel at the current zoom.
    pub upp: Memo<f64>,
    /// Which symbols the date and the voices let through, whatever their layer or place.
    pub dated: Memo<Vec<bool>>,
    /// Which symbols are on screen, markers then venues (see [`MapLayout::symbol_count`]).
    pub shown: Memo<Vec<bool>>,
    /// How the symbols on screen are spread apart at the current zoom.
    pub spread: Memo<Spread>,
    pub selection: Memo<Option<MapSelection>>,
    /// Tells each symbol and row whether it is the selection, waking only the two that change.
    pub selected: StoredValue<Selector<Option<MapSelection>>>,
    pub hidden: Memo<Vec<Layer>>,
    /// The list control a selection was made from, for focus to return to when it closes.
    pub return_focus: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
}

impl MapContext {
    /// The map URL with a new selection and the current layers.
    pub fn with_selection(&self, selection: Option<MapSelection>) -> ViewState {
        ViewState::from(Page::Map {
            selection,
            hidden: self.hidden.get_untracked(),
        })
    }

    /// Whether `layer` is switched off (tracked): symbols hide themselves rather than being
    /// rebuilt, so a toggle costs the same at any corpus size.
    pub fn is_hidden(&self, layer: Layer) -> bool {
        self.hidden.with(|h| h.contains(&layer))
    }

    /// Whether the symbol `i` is on screen (tracked).
    pub fn is_shown(&self, i: usize) -> bool {
        self.shown.with(|s| s.get(i).copied().unwrap_or(false))
    }

    /// Where the symbol `i` is drawn, in map units: its place, moved aside when it shares the
    /// spot with others (tracked: zoom, and what else is on screen).
    pub fn drawn_point(&self, i: usize) -> Option<MapPoint> {
        let point = self.layout.symbol_point(i)?;
        let u = self.upp.get();
        let (dx, dy) = self
            .spread
            .with(|s| s.offsets.get(i).copied().unwrap_or_default());
        Some(MapPoint {
            x: point.x + dx * u,
            y: point.y + dy * u,
        })
    }

    /// The selection's index among the layout's symbols, if it is drawn (tracked).
    pub fn selected_symbol(&self) -> Option<usize> {
        let layout = self.layout;
        match self.selection.get()? {
            MapSelection::Deployment(id) => layout.markers.iter().position(|m| m.deployment == id),
            MapSelection::Venue(id) => layout
                .venues
                .iter()
                .position(|v| v.place == id)
                .map(|k| layout.venue_symbol(k)),
        }
    }

    /// Whether `target` is the selection (tracked per target).
    pub fn is_selected(&self, target: &MapSelection) -> bool {
        let key = Some(target.clone());
        self.selected.with_value(|s| s.selected(&key))
    }

    /// Selects (or clears) a marker, as a new history entry.
    pub fn select(&self, selection: Option<MapSelection>) {
        use_navigator().go(self.with_selection(selection));
    }

    /// Selects from a list below the map: the detail may be out of sight, so focus moves to its
    /// heading, and comes back to the list's control when the detail closes.
    pub fn select_from_list(&self, selection: MapSelection) {
        let here = document()
            .active_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        self.return_focus.set_value(here);
        self.select(Some(selection));
        request_animation_frame(|| focus_first(".detail.open h2"));
    }

    /// Closes the detail and puts focus back where the selection was made: the list's control,
    /// or the symbol on the map.
    pub fn close_detail(&self) {
        let back = self.return_focus.try_update_value(Option::take).flatten();
        let symbol = self.selection.get_untracked().map(|s| match s {
            MapSelection::Deployment(id) | MapSelection::Venue(id) => id,
        });
        self.select(None);
        request_animation_frame(move || match back.filter(|e| e.is_connected()) {
            Some(control) => {
                let _ = control.focus();
            }
            None => {
                if let Some(id) = symbol {
                    focus_first(&format!("svg.map [data-id=\"{id}\"]"));
                }
            }
        });
    }
}

/// Moves focus to the first element matching `css`, if there is one.
fn focus_first(css: &str) {
    if let Some(element) = document()
        .query_selector(css)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The map view. `selection` and `hidden` come from the URL.
#[component]
pub fn MapView() -> impl IntoView {
    let layout = &use_bundle().layout;
    let navigator = use_navigator();
    let selection = Memo::new(move |_| match navigator.state.get().page {
        Page::Map { selection, .. } => selection,
        _ => None,
    });
    let hidden = Memo::new(move |_| match navigator.state.get().page {
        Page::Map { hidden, .. } => hidden,
        _ => Vec::new(),
    });
    // A link's zoom and centre are where the map opens; the map writes them back as it moves.
    // Shaped as the stylesheet shapes the map until it measures itself, so the map the build
    // draws ahead is the one the app opens on.
    let whole = Viewport::new(layout.frame).with_aspect(drawn_ahead::WIDE_ASPECT);
    let opening = navigator.position.get_untracked().map_or(whole, |f| {
        let centre = MapPoint {
            x: f64::from(f.x),
            y: f64::from(f.y),
        };
        whole.looking_at(f64::from(f.zoom_pct) / 100.0, centre)
    });
    let viewport = RwSignal::new(opening);
    let width_px = RwSignal::new(drawn_ahead::WIDE_MAP_PX);
    let upp = Memo::new(move |_| viewport.get().units_per_px(width_px.get()));
    let dated = dated_symbols(layout);
    let shown = shown_symbols(layout, dated, hidden);
    let ctx = MapContext {
        layout,
        viewport,
        width_px,
        upp,
        dated,
        shown,
        spread: spread_symbols(layout, viewport, upp, shown),
        selection,
        selected: StoredValue::new(Selector::new(move || selection.get())),
        hidden,
        return_focus: StoredValue::new_local(None),
    };
    provide_context(ctx);
    if navigator.position.get_untracked().is_none() {
        open_narrow_on_the_core(ctx);
    }
    keep_position_in_link(ctx.viewport);
    // The table sits below the fold: drawn in a task of its own once the map is on screen, so
    // the first view is ready sooner; keyboard and screen-reader users reach it as before. The
    // page the build draws ahead has it at once.
    let table_drawn = RwSignal::new(cfg!(feature = "ssr"));
    use_after_first_frame(move || {
        set_timeout(
            move || {
                // The reader may have left the map before this task runs.
                table_drawn.try_set(true);
            },
            std::time::Duration::ZERO,
        )
    });
    // Drawn in stages at the app's start, so that no stage is a long task.
    let (map_drawn, rest_drawn) = (use_stage(1), use_stage(LAST_STAGE));
    view! {
        <section class="map-view" aria-labelledby="map-title">
            <ViewHead id="map-title" title="Forces and venues" lede="Every force and shipment the five articles report at a place, forces sized by the number of troops they give, and where the diplomacy happened. Select a marker to read the sentences behind it."/>
            <AsOfBar/>
            <VoiceFilter facts=use_corpus().drawable_deployments().map(|d| d.evidence.as_slice()).collect()/>
            <toggles::LayerToggles/>
            <p class="visually-hidden map-announce" role="status">{move || detail::headline(ctx.selection.get())}</p>
            <div class="map-grid">
                <div class="map-column">
                    {move || map_drawn.get().then(|| view! { <canvas::MapCanvas/> })}
                    {drawn_ahead::phone_canvas(ctx)}
                    {move || rest_drawn.get().then(|| view! { <legend::Legend/><download::MapDownloads/> })}
                </div>
                {move || rest_drawn.get().then(|| view! { <detail::DetailPanel/> })}
            </div>
            {move || table_drawn.get().then(|| view! { <list::DeploymentList/> })}
        </section>
    }
}

/// How the symbols on screen are spread apart at the current zoom, kept inside the part of
/// the map on screen while there is room (tracked: zoom, panning and what is shown; a pan that
/// moves nothing aside wakes no symbol, as the spread compares equal).
fn spread_symbols(
    layout: &'static MapLayout,
    viewport: RwSignal<Viewport>,
    upp: Memo<f64>,
    shown: Memo<Vec<bool>>,
) -> Memo<Spread> {
    Memo::new(move |_| {
        let u = upp.get();
        let seen = viewport.get().view_box();
        let bounds = ScreenBox {
            x0: seen.x / u,
            y0: seen.y / u,
            x1: (seen.x + seen.w) / u,
            y1: (seen.y + seen.h) / u,
        };
        shown.with(|s| spread(&layout.footprints(s, u), bounds))
    })
}

/// Which symbols the date and the voices let through, markers then venues, whatever their
/// layer and wherever they are (tracked).
fn dated_symbols(layout: &'static MapLayout) -> Memo<Vec<bool>> {
    let lens = crate::state::lens::use_lens();
    let corpus = use_corpus();
    // Each marker's quotes, looked up once: the voices filter reads them on every redraw.
    let quotes: Vec<&'static [Evidence]> = layout
        .markers
        .iter()
        .map(|m| {
            corpus
                .deployment(&m.deployment)
                .map_or(&[][..], |d| d.evidence.as_slice())
        })
        .collect();
    let venue_events: Vec<Vec<&'static brink_core::data::facts::Event>> = layout
        .venues
        .iter()
        .map(|v| corpus.events_at(&v.place))
        .collect();
    Memo::new(move |_| {
        let markers = layout
            .markers
            .iter()
            .zip(&quotes)
            .map(|(m, quotes)| lens.passes_deployment(&m.deployment, quotes));
        let venues = venue_events.iter().map(|events| {
            events
                .iter()
                .any(|e| lens.shows_event(&e.id) && lens.heard(&e.evidence))
        });
        markers.chain(venues).collect()
    })
}

/// Which symbols are on screen, markers then venues: dated, inside the frame and their layer
/// on (tracked). One mask for the symbols, the spread and the place names, so they agree.
fn shown_symbols(
    layout: &'static MapLayout,
    dated: Memo<Vec<bool>>,
    hidden: Memo<Vec<Layer>>,
) -> Memo<Vec<bool>> {
    Memo::new(move |_| {
        hidden.with(|hidden| {
            dated.with(|dated| {
                dated
                    .iter()
                    .enumerate()
                    .map(|(i, &on)| {
                        on && layout.symbol_point(i).is_some()
                            && !hidden.contains(&layout.symbol_layer(i))
                    })
                    .collect()
            })
        })
    })
}

/// On a narrow screen, a map opened without a zoom in its link shows where most markers are
/// once it has measured itself; the reader zooms out for the rest.
fn open_narrow_on_the_core(ctx: MapContext) {
    Effect::new(move |measured: Option<bool>| {
        ctx.width_px.track();
        // The first run sees the width guessed before the map was on screen.
        if measured.is_none() || measured == Some(true) {
            return measured.is_some();
        }
        if drawn_ahead::is_phone_screen() {
            if let Some(core) = ctx.layout.core() {
                ctx.viewport.update(|v| {
                    if v.zoom <= 1.0 {
                        *v = v.fitting(core);
                    }
                });
            }
        }
        true
    });
}

/// Writes the map's zoom and centre into the link once the map has been still for a moment, so
/// a wheel or a drag does not flood the browser's history API.
fn keep_position_in_link(viewport: RwSignal<Viewport>) {
    let navigator = use_navigator();
    let moves = StoredValue::new(0u32);
    Effect::new(move |_| {
        let v = viewport.get();
        let position = (v.zoom > 1.001).then(|| MapPosition {
            zoom_pct: (v.zoom * 100.0).round() as u32,
            x: v.centre.x.round() as i32,
            y: v.centre.y.round() as i32,
        });
        moves.update_value(|m| *m += 1);
        let this = moves.get_value();
        set_timeout(
            move || {
                // Once the map is gone (the reader moved on within the pause), nothing is written.
                if moves.try_get_value() == Some(this) {
                    navigator.set_position(position);
                }
            },
            std::time::Duration::from_millis(400),
        );
    });
}

/// The map's shared state.
pub(crate) fn use_map() -> MapContext {
    expect_context::<MapContext>()
}
