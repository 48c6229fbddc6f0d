//! Brink's pure core: the corpus model, queries, search, dates, map geometry and the URL codec.
//! No DOM, no browser and no file system: the build and the app both stand on it.
// Anything from outside (links, files) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
pub mod bundle;
pub mod data;
pub mod geo;
pub mod url;
