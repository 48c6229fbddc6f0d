//! Native tests of the pure layers: the corpus, the URL codec, dates and highlighting.
#![cfg(not(target_arch = "wasm32"))]

mod articles;
mod build_step;
mod corpus;
mod corpus_readme;
mod dates;
mod drawing;
mod fidelity;
mod geo;
mod highlight;
mod labels;
mod queries;
mod url_codec;
