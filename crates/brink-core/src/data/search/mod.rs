//! Search over everything the corpus holds: article sentences and every kind of record.
pub mod documents;
pub mod index;
pub mod words;

pub use documents::{Document, SearchKind};
pub use index::{Hit, Mark, SearchIndex, SearchResults};
pub use words::Decompose;
