//! The last-resort error banner, drawn with plain DOM calls because a panic has stopped Leptos.
use wasm_bindgen::JsCast;

/// Logs the panic and puts a visible banner at the top of the page, so it is never left blank.
pub fn show_panic(message: &str) {
    web_sys::console::error_1(&message.into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("brink-fatal");
    banner.set_class_name("fatal");
    let _ = banner.set_attribute("role", "alert");
    // Text, never HTML: the message may quote data.
    banner.set_text_content(Some(&format!(
        "Brink stopped because of an internal error. Reload the page to start again. Details: {message}"
    )));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(banner.unchecked_ref());
    }
}
