//! Leptos views, one per file.
pub mod evidence_list;
pub mod facts_here;
pub mod fatal;
pub mod layout;
pub mod link;
pub mod load_error;
pub mod map;
pub mod notice;
pub mod positions;
pub mod reader;
pub mod sources;
pub mod view_head;
