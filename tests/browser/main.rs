//! Browser tests: the app mounted in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

mod comparing;
mod finding;
mod harness;
mod hostile;
mod loading;
mod map;
mod positions;
mod reader;
mod sources;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
