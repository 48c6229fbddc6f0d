//! The app's shared state: the navigator (the view and the address), the packed data, the lenses
//! (date and voices), the search index, the article texts and how far the first drawing has come.
//! It imports no view.
pub mod data;
pub mod finder;
pub mod first_draw;
pub mod lens;
pub mod navigator;
pub mod texts;

pub use data::{use_bundle, use_corpus};
pub use navigator::{use_navigator, Navigator};
