//! The packed data, provided once by the explorer and read by every view.
use leptos::prelude::*;

use brink_core::bundle::Bundle;
use brink_core::data::corpus::Corpus;

/// The corpus, loaded once and kept for the life of the page.
pub fn use_corpus() -> &'static Corpus {
    &use_bundle().corpus
}

/// Everything the build step packed: corpus, map layout, article files.
pub fn use_bundle() -> &'static Bundle {
    expect_context::<&'static Bundle>()
}
