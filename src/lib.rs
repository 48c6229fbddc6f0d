//! Brink: the corpus model, map geometry, views and URL state of the explorer.
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
