//! Pure data layer: the corpus model, loading, validation and queries. Never touches the DOM.
pub mod annotation;
pub mod as_of;
pub mod corpus;
pub mod coverage;
pub mod dates;
pub mod evidence;
pub mod export;
pub mod facts;
pub mod files;
pub mod frame;
pub mod furniture;
pub mod highlight;
pub mod mapping;
pub mod model;
pub mod query;
pub mod search;
pub mod sentence;
