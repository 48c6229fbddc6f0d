//! What the end-to-end tests (`tests/e2e`) and the bench (`examples/bench.rs`) drive the built
//! site with: browsers of three engines through W3C WebDriver, a static server, and the
//! journeys' find / act / check fixtures.
#![cfg(not(target_arch = "wasm32"))]

pub mod engine;
pub mod fixtures;
pub mod harness;
pub mod server;
