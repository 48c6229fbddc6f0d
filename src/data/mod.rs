//! Pure data layer: the corpus model, loading, validation and queries. Never touches the DOM.
pub mod as_of;
pub mod corpus;
pub mod dates;
pub mod embedded;
pub mod evidence;
pub mod facts;
pub mod fidelity;
pub mod files;
pub mod frame;
pub mod highlight;
pub mod mapping;
pub mod model;
pub mod query;
pub mod search;
pub mod sentence;
pub mod validate;
