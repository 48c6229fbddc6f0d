//! Brink: the corpus model, map geometry, views and URL state of the explorer.
// Anything from outside (links, files, the DOM) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
pub mod app;
pub mod bundle;
pub mod csp;
pub mod data;
pub mod finder;
pub mod geo;
pub mod lens;
pub mod load;
pub mod offline;
pub mod single;
pub mod texts;
pub mod ui;
pub mod url;
