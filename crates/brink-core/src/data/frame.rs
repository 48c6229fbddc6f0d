//! The part of the world the map shows, in degrees, so the data can say what lies outside it.

/// A longitude/latitude box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLatBox {
    /// Westernmost longitude.
    pub west: f64,
    /// Easternmost longitude.
    pub east: f64,
    /// Southernmost latitude.
    pub south: f64,
    /// Northernmost latitude.
    pub north: f64,
}

impl LonLatBox {
    /// Whether the point lies inside the box.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }
}

/// The theatre: the Baltic to the Black Sea, Berlin and Vienna to the Volga. A place outside it
/// must be flagged `off_map` and is drawn as an edge marker.
pub const MAP_FRAME: LonLatBox = LonLatBox {
    west: 12.0,
    east: 50.0,
    south: 41.0,
    north: 61.0,
};
