//! Saving something the page made (a table of the rows on screen, the map) as a file, through a
//! link with `download` that the page clicks for the reader.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::load::{blob_url, media_type};
use brink_core::data::export::Table;

/// Saves `text` as the file `name`, typed by its extension; false if the browser refused.
pub fn save_text(name: &str, text: &str) -> bool {
    blob_url(text, media_type(name)).is_some_and(|url| save_url(name, &url))
}

/// Saves the object URL `url` as the file `name`, then lets the browser free it.
pub fn save_url(name: &str, url: &str) -> bool {
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(url);
    link.set_download(name);
    link.click();
    let url = url.to_owned();
    // The download has started by the time the click returns; a moment later the blob can go.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(2),
    );
    true
}

/// Whether the reader can see `element` (not hidden, not in a hidden ancestor).
pub fn is_visible(element: &web_sys::Element) -> bool {
    let check = js_sys::Reflect::get(element, &"checkVisibility".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match check {
        Some(check) => check
            .call0(element)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true),
        None => {
            let rect = element.get_bounding_client_rect();
            rect.width() > 0.0 || rect.height() > 0.0
        }
    }
}

/// The records the view on screen shows in a table, as (table, keys in the order shown): each
/// view marks its rows with `data-export` (the table) and `data-row` (the key); rows the date,
/// the voices or the layers hide are left out, as on screen.
pub fn shown_rows() -> Option<(Table, Vec<String>)> {
    let rows = document()
        .query_selector_all("main [data-export][data-row]")
        .ok()?;
    let mut table: Option<String> = None;
    let mut seen = std::collections::HashSet::new();
    let mut keys = Vec::new();
    for i in 0..rows.length() {
        let Some(row) = rows
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let (Some(t), Some(key)) = (
            row.get_attribute("data-export"),
            row.get_attribute("data-row"),
        ) else {
            continue;
        };
        if !is_visible(&row) || table.get_or_insert_with(|| t.clone()) != &t {
            continue;
        }
        if seen.insert(key.clone()) {
            keys.push(key);
        }
    }
    Table::from_file(&table?).map(|t| (t, keys))
}
