//! Leptos views, one per file.
pub mod facts_here;
pub mod fatal;
pub mod layout;
pub mod link;
pub mod load_error;
pub mod notice;
pub mod reader;
pub mod sources;
