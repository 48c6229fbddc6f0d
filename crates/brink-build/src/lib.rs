//! Brink's build, all native: loading and checking a corpus, packing it into a site, the
//! security policy, the offline worker, the single-file page and the bundled corpus for tools.
// Anything from outside (files, links) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
pub mod checks;
pub mod csp;
pub mod embedded;
pub mod files;
pub mod load;
pub mod offline;
pub mod pack;
pub mod single;
