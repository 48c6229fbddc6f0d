//! Saving the map as it is on screen (layers, date, voices, selection, zoom) as an SVG with its
//! title, legend and credits, or as a PNG of the same picture.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::use_map;
use crate::load::{blob_url, media_type};
use crate::state::use_navigator;
use crate::ui::save::{save_text, save_url};
use brink_core::data::as_of::Reading;
use brink_core::geo::picture::{map_picture, Picture, PictureText};

/// The name the map is saved under as SVG.
const SVG_FILE: &str = "brink-map.svg";

/// Scale of the PNG against the screen, so it stays sharp when printed or zoomed.
const PNG_SCALE: f64 = 2.0;

/// The words around the map: what it shows, as chosen on screen.
fn picture_text() -> PictureText {
    let ctx = use_map();
    let navigator = use_navigator();
    let mut lines = vec![match navigator.as_of.get_untracked() {
        None => "Every date the articles give".to_owned(),
        Some(at) => format!(
            "As of {}: {}",
            at.date.long(),
            match at.reading {
                Reading::Happened => "what the articles place on or before that day",
                Reading::Reported => "what an article published by that day had reported",
            }
        ),
    }];
    let hidden = ctx.hidden.get_untracked();
    if !hidden.is_empty() {
        let names: Vec<&str> = hidden.iter().map(|l| l.label()).collect();
        lines.push(format!("Layers hidden: {}", names.join(", ")));
    }
    let voices = navigator.voices.get_untracked();
    if !voices.is_empty() {
        let names: Vec<&str> = voices.iter().map(|v| v.label()).collect();
        lines.push(format!(
            "Only facts with a quote from: {}",
            names.join(", ")
        ));
    }
    let selected = super::detail::headline(ctx.selection.get_untracked());
    if !selected.is_empty() {
        lines.push(selected);
    }
    PictureText {
        venues: !hidden.contains(&brink_core::geo::layers::Layer::Venues),
        title: "Brink: forces and venues as five news articles of January 2022 report them".to_owned(),
        lines,
        credit: vec![
            "Made with Natural Earth. Lambert conformal conic projection. Coordinates of named places added by Brink, with their precision.".to_owned(),
            "Every symbol’s sentences, verbatim, with the articles they come from, at".to_owned(),
            crate::ui::share::address(false),
        ],
    }
}

/// Every rule of the page's style sheets, so the picture looks as the screen does.
fn page_css() -> String {
    let sheets = document().style_sheets();
    let mut css = String::new();
    for i in 0..sheets.length() {
        let Some(rules) = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
            .and_then(|s| s.css_rules().ok())
        else {
            continue;
        };
        for j in 0..rules.length() {
            if let Some(rule) = rules.item(j) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    css
}

/// The map on screen as a picture.
fn picture() -> Option<Picture> {
    let svg = document().query_selector("svg.map").ok()??;
    let rect = svg.get_bounding_client_rect();
    let view_box = svg.get_attribute("viewBox")?;
    // The rings marking what the last date step brought in mean nothing in a still picture.
    let svg: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    if let Ok(arrived) = svg.query_selector_all(".new") {
        for i in 0..arrived.length() {
            if let Some(element) = arrived
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = element.class_list().remove_1("new");
            }
        }
    }
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&svg)
        .ok()?;
    map_picture(
        &markup,
        &page_css(),
        &picture_text(),
        rect.width().round(),
        rect.height().round(),
        &view_box,
    )
}

/// Draws the picture on a canvas and saves it as a PNG; says how it went through `status`.
fn save_png(picture: Picture, status: RwSignal<String>) {
    let Some(url) = blob_url(&picture.svg, media_type(SVG_FILE)) else {
        status.set("The browser could not make the picture.".to_owned());
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let drawn = image.clone();
    let svg_url = url.clone();
    let on_load = move || {
        let _ = web_sys::Url::revoke_object_url(&svg_url);
        let (w, h) = (picture.width * PNG_SCALE, picture.height * PNG_SCALE);
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let Some(canvas) = canvas else { return };
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        let Some(context) = context else { return };
        if context
            .draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, w, h)
            .is_err()
        {
            status.set("The browser could not draw the picture.".to_owned());
            return;
        }
        let on_blob = move |blob: JsValue| {
            let saved = blob
                .dyn_into::<web_sys::Blob>()
                .ok()
                .and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok())
                .is_some_and(|url| save_url("brink-map.png", &url));
            status.set(if saved {
                "Saved the map as brink-map.png.".to_owned()
            } else {
                "The browser did not save the picture.".to_owned()
            });
        };
        let callback = wasm_bindgen::closure::Closure::once_into_js(on_blob);
        let _ = canvas.to_blob(callback.unchecked_ref());
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(on_load);
    image.set_onload(Some(callback.unchecked_ref()));
    image.set_src(&url);
}

/// "Save the map": SVG and PNG buttons under the legend.
#[component]
pub fn MapDownloads() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let svg = move |_| {
        status.set(match picture() {
            Some(p) if save_text(SVG_FILE, &p.svg) => {
                format!("Saved the map as {SVG_FILE}.")
            }
            _ => "The browser did not save the map.".to_owned(),
        });
    };
    let png = move |_| match picture() {
        Some(p) => save_png(p, status),
        None => status.set("The browser could not make the picture.".to_owned()),
    };
    view! {
        <div class="map-downloads" role="group" aria-label="Save the map">
            <span>"Save the map as on screen, with legend and sources:"</span>
            <button type="button" class="save-svg" on:click=svg>"SVG"</button>
            <button type="button" class="save-png" on:click=png>"PNG"</button>
            <p class="map-downloads-status" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
