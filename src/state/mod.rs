//! The app's shared state: the navigator (the view and the address), the packed data, the lenses
//! (date and voices), the search index and the article texts. It imports no view.
pub mod data;
pub mod finder;
pub mod lens;
pub mod navigator;
pub mod texts;

pub use data::{use_bundle, use_corpus};
pub use navigator::{use_navigator, Navigator};
