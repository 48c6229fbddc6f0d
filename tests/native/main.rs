//! Native tests of the core and the build: the corpus and its checks, the URL codec, dates,
//! search, geometry, and the build step on edited and hostile copies of the corpus.
#![cfg(not(target_arch = "wasm32"))]

mod annotation;
mod articles;
mod as_of;
mod build_step;
mod corpus;
mod corpus_readme;
mod coverage;
mod csp;
mod dates;
mod drawing;
mod export;
mod fidelity;
mod geo;
mod highlight;
mod hostile;
mod labels;
mod offline;
mod picture;
mod queries;
mod search;
mod single;
mod spread;
mod url_codec;

/// The repository's root: the corpus, the seeds and the READMEs are read from there.
pub(crate) fn repo_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
