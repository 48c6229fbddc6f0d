//! Brink: the corpus model, map geometry, views and URL state of the explorer.
pub mod app;
pub mod bundle;
pub mod data;
pub mod geo;
pub mod load;
pub mod texts;
pub mod ui;
pub mod url;
