//! Layer toggles with their counts.
use leptos::prelude::*;

use super::use_map;
use crate::state::use_navigator;
use brink_core::geo::layers::Layer;
use brink_core::url::{Page, ViewState};

/// One checkbox per layer; the hidden layers are in the URL.
#[component]
pub fn LayerToggles() -> impl IntoView {
    let ctx = use_map();
    let navigator = use_navigator();
    // What the layer holds at the date and voices chosen, on the map or listed at its edge.
    let count = move |layer: Layer| {
        ctx.dated.with(|dated| {
            dated
                .iter()
                .enumerate()
                .filter(|&(i, &on)| on && ctx.layout.symbol_layer(i) == layer)
                .count()
        })
    };
    let toggles = Layer::ALL
        .into_iter()
        .map(|layer| {
            let on = move || !ctx.hidden.get().contains(&layer);
            let flip = move |_| {
                let mut hidden = ctx.hidden.get_untracked();
                if let Some(i) = hidden.iter().position(|l| *l == layer) {
                    hidden.remove(i);
                } else {
                    hidden.push(layer);
                    hidden.sort();
                }
                navigator.go(ViewState::from(Page::Map {
                    selection: ctx.selection.get_untracked(),
                    hidden,
                }));
            };
            // `checked` as an attribute too: the page the build draws ahead shows it.
            view! {
                <label class=format!("layer-toggle layer-{}", layer.slug())>
                    <input type="checkbox" checked=on prop:checked=on on:change=flip data-layer=layer.slug()/>
                    <span class="swatch" aria-hidden="true"></span>
                    {layer.label()}
                    <span class="count">{move || format!(" ({})", count(layer))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="layer-toggles">
            <legend>"Layers"</legend>
            {toggles}
        </fieldset>
    }
}
