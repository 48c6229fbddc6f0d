//! The projected rectangle the map shows by default.
use super::projection::{Lambert, MapPoint};
use crate::data::frame::LonLatBox;

/// An axis-aligned rectangle in projected kilometres (y down), as an SVG viewBox.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Rect {
    /// Left edge.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub x: f64,
    /// Top edge.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub y: f64,
    /// Width.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub w: f64,
    /// Height.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub h: f64,
}

impl Rect {
    /// Whether the point lies inside.
    pub fn contains(&self, p: MapPoint) -> bool {
        p.x >= self.x && p.x <= self.x + self.w && p.y >= self.y && p.y <= self.y + self.h
    }

    /// The centre.
    pub fn centre(&self) -> MapPoint {
        MapPoint {
            x: self.x + self.w / 2.0,
            y: self.y + self.h / 2.0,
        }
    }
}

/// The smallest rectangle holding the projected box: its edges are sampled because a conic
/// projection bends parallels into arcs.
pub fn projected_frame(projection: &Lambert, frame: &LonLatBox) -> Rect {
    let steps = 32;
    let mut points = Vec::with_capacity(4 * (steps + 1));
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        let lon = frame.west + t * (frame.east - frame.west);
        let lat = frame.south + t * (frame.north - frame.south);
        points.push(projection.project_lon_lat(lon, frame.south));
        points.push(projection.project_lon_lat(lon, frame.north));
        points.push(projection.project_lon_lat(frame.west, lat));
        points.push(projection.project_lon_lat(frame.east, lat));
    }
    let min_x = points.iter().map(|p| p.x).fold(f64::INFINITY, f64::min);
    let max_x = points.iter().map(|p| p.x).fold(f64::NEG_INFINITY, f64::max);
    let min_y = points.iter().map(|p| p.y).fold(f64::INFINITY, f64::min);
    let max_y = points.iter().map(|p| p.y).fold(f64::NEG_INFINITY, f64::max);
    Rect {
        x: min_x,
        y: min_y,
        w: max_x - min_x,
        h: max_y - min_y,
    }
}
