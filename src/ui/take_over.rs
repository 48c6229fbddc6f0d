//! The app taking over the first view the build drew into the page: the app draws the same view
//! beside it, hidden and out of the page's flow (in stages, `state::first_draw`), then shows it
//! and removes the drawn copy in one task, before the browser paints again, so the reader sees
//! one map throughout, with focus where it was.
use wasm_bindgen::JsCast;

use brink_core::bundle::{APP_ID, FIRST_VIEW_ID};

/// The element to draw the app into, added after the page's own content; `None` (draw into the
/// body) where the page cannot be changed.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let root = document.create_element("div").ok()?;
    root.set_id(APP_ID);
    // Hidden, out of the page's flow, until the app has drawn its first view in full.
    root.set_class_name(&format!("app-root {STAGING}"));
    document.body()?.append_child(&root).ok()?;
    root.dyn_into().ok()
}

/// The app root's class while the app draws its first view.
const STAGING: &str = "staging";

/// Removes the loading note and the first view the build drew and shows the app's, moving the
/// reader's focus to the same place in the app's copy.
pub fn take_over_first_view() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(loading) = document.get_element_by_id("brink-loading") {
        loading.remove();
    }
    if let Some(app) = document.get_element_by_id(APP_ID) {
        let _ = app.class_list().remove_1(STAGING);
    }
    let Some(drawn) = document.get_element_by_id(FIRST_VIEW_ID) else {
        return;
    };
    let focus = document
        .active_element()
        .and_then(|active| path_within(&drawn, &active));
    keep_drawn_table(&document, &drawn);
    drawn.remove();
    let target = focus.zip(document.get_element_by_id(APP_ID));
    if let Some(element) = target
        .and_then(|(path, app)| follow(&app, &path))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The id the drawn deployment table takes while it stands in for the app's own.
const STAND_IN_ID: &str = "brink-drawn-table";

/// The app draws the map's table a frame after the map: if it has not yet, the drawn one stands
/// in at the end of the app's map view, so the page neither shortens nor scrolls.
fn keep_drawn_table(document: &web_sys::Document, drawn: &web_sys::Element) {
    let app_table = document
        .query_selector(&format!("#{APP_ID} .deployment-list"))
        .ok()
        .flatten();
    if app_table.is_some() {
        return;
    }
    let table = drawn.query_selector(".deployment-list").ok().flatten();
    let view = document
        .query_selector(&format!("#{APP_ID} section.map-view"))
        .ok()
        .flatten();
    if let (Some(table), Some(view)) = (table, view) {
        table.set_id(STAND_IN_ID);
        let _ = view.append_child(&table);
    }
}

/// Removes the drawn table standing in for the app's, once the app's is on the page.
pub fn remove_stand_in_table() {
    if let Some(table) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(STAND_IN_ID))
    {
        table.remove();
    }
}

/// The child positions leading from `root` down to `element`, if it lies within `root`.
fn path_within(root: &web_sys::Element, element: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = element.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let position = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(position);
        at = parent;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` below `root`.
fn follow(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(root.clone(), |at, &i| at.children().item(i))
}
