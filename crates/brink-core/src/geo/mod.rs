//! Pure geometry: the map projection, country shapes and pan/zoom math. Never touches the DOM.
pub mod compact;
pub mod labels;
pub mod layers;
pub mod layout;
pub mod picture;
pub mod projection;
pub mod rect;
pub mod shapes;
pub mod spread;
pub mod symbols;
pub mod viewport;
