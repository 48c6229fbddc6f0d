//! End-to-end tests: the release build in `$BRINK_SITE`, served from `/brink/` on 127.0.0.1,
//! driven in headless Chromium through ChromeDriver. `make test` builds the site first.
#![cfg(not(target_arch = "wasm32"))]

mod audit;
mod comparing;
mod downloads;
mod finding;
mod harness;
mod keyboard;
mod loading;
mod map;
mod media;
mod memory;
mod offline;
mod positions;
mod server;
mod sharing;
mod single;
mod sources;
