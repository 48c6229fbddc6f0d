//! Mounting the app in a fresh container and reading what a user would see.
use std::sync::OnceLock;

use brink::ui::app::Explorer;
use brink_core::bundle::Bundle;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The bundled corpus, checked and laid out once for all tests, as the build step does.
pub fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| brink_build::embedded::bundle().expect("the bundled corpus is valid"))
}

/// Mounts the explorer over the bundled corpus at the URL query `query`, in a fresh container,
/// and waits until it has drawn its first view in full (it draws in stages, then marks
/// `app-ready`).
pub async fn mount_app(query: &str) -> HtmlElement {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let ready = || performance.get_entries_by_name("app-ready").length();
    let before = ready();
    let root = mount_with(query, || view! { <Explorer bundle=bundle()/> }).await;
    for _ in 0..500 {
        if ready() > before {
            return root;
        }
        pause_ms(10).await;
    }
    panic!("the explorer was not ready after 5 s");
}

/// Waits `ms` milliseconds, letting the browser run its tasks and frames.
async fn pause_ms(ms: i32) {
    let pause = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    leptos::task::tick().await;
}

/// Mounts `app` at the URL query `query`, in a fresh container, and waits for it.
pub async fn mount_with<V: IntoView + 'static>(
    query: &str,
    app: impl FnOnce() -> V + 'static,
) -> HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let document = window.document().unwrap();
    if let Some(old) = document.get_element_by_id("test-root") {
        old.remove();
    }
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    root.set_id("test-root");
    document.body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), app).forget();
    leptos::task::tick().await;
    root
}

/// The trimmed text of every element under `root` matching `selector`.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.text_content())
        .map(|t| t.trim().to_owned())
        .collect()
}

/// The first element matching `selector`, failing the test with the selector if there is none.
pub fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// Clicks the element and lets the reactive system settle.
pub async fn click(element: &HtmlElement) {
    element.click();
    leptos::task::tick().await;
}

/// Fires a bubbling `name` event at `target`, as typing or choosing does, and lets it settle.
pub async fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&web_sys::Event::new_with_event_init_dict(name, &init).unwrap())
        .unwrap();
    leptos::task::tick().await;
}

/// Waits (up to five seconds) until something matches `selector`, for what arrives by fetch.
pub async fn wait_for(root: &Element, selector: &str) -> HtmlElement {
    for _ in 0..100 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found.unchecked_into();
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    panic!("nothing matched {selector} within five seconds")
}
