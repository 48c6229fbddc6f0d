//! The first view, drawn at build time: the app's own components rendered natively (Leptos's
//! `ssr`) into the page the build writes, so a phone shows the map before the wasm arrives, and
//! the page reads with JavaScript off.
// Rendering the views to HTML nests their types deeper than the default.
#![recursion_limit = "512"]
pub mod page;
pub mod preview;
pub mod render;
