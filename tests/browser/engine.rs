//! The suite runs in the engine `make test-browser` asked for: wasm-bindgen's runner prefers
//! Firefox whenever GECKODRIVER is set, so without this check a Chromium run could silently be a
//! Firefox one.
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// The browser's user agent, read without web-sys's `Navigator` binding.
fn user_agent() -> String {
    let window: JsValue = web_sys::window().unwrap().into();
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).unwrap();
    let agent = js_sys::Reflect::get(&navigator, &"userAgent".into()).unwrap();
    agent.as_string().unwrap()
}

#[wasm_bindgen_test]
fn the_suite_runs_in_the_engine_it_was_asked_for() {
    let agent = user_agent();
    match option_env!("BRINK_ENGINE") {
        Some("chromium") => assert!(agent.contains("Chrome/"), "not Chromium: {agent}"),
        Some("firefox") => assert!(agent.contains("Firefox/"), "not Firefox: {agent}"),
        other => panic!(
            "BRINK_ENGINE is {other:?}, not chromium or firefox: run `make test-browser` ({agent})"
        ),
    }
}
