//! Browser tests: the app mounted by wasm-bindgen-test in headless Chromium and in headless
//! Firefox (`make test-browser` runs both; `engine.rs` checks each run is where it was sent).
#![cfg(target_arch = "wasm32")]

mod comparing;
mod engine;
mod finding;
mod harness;
mod hostile;
mod loading;
mod map;
mod positions;
mod reader;
mod sources;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
