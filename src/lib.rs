//! Brink: the corpus model, map geometry, views and URL state of the explorer.
pub mod app;
pub mod data;
pub mod geo;
pub mod ui;
pub mod url;
