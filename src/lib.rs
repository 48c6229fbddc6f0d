//! Brink's app: the browser state (navigator, lenses, loading) and the Leptos views, standing
//! on `brink-core`.
// Anything from outside (links, files, the DOM) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
// Rendering the views to HTML (the `ssr` feature) nests their types deeper than the default.
#![recursion_limit = "256"]
pub mod load;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod state;
pub mod ui;
