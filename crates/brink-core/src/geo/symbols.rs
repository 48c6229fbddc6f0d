//! Marker geometry: sizes proportional to the reported number, shapes by status, and how far
//! each shape reaches. All in screen pixels, so markers keep their size when zooming.
use std::f64::consts::PI;

/// Pixels of radius per square root of a count: 100,000 troops is a circle of about 28 px.
const PX_PER_SQRT: f64 = 0.09;
/// The smallest marker that stays visible and clickable.
pub const MIN_RADIUS_PX: f64 = 5.0;
/// The marker of a record with no number.
pub const UNCOUNTED_RADIUS_PX: f64 = 6.0;
/// Equipment and aid: one fixed size, so a count of helmets never reads as troops.
pub const EQUIPMENT_RADIUS_PX: f64 = 7.0;

/// The radius of a circle whose area is proportional to `count` (not below the minimum).
pub fn radius_for_count(count: Option<u64>) -> f64 {
    match count {
        Some(n) => (PX_PER_SQRT * (n as f64).sqrt()).max(MIN_RADIUS_PX),
        None => UNCOUNTED_RADIUS_PX,
    }
}

/// The outline a marker is drawn with, so statuses differ without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MarkerShape {
    /// Massed forces.
    Circle,
    /// Deployed forces and equipment.
    Square,
    /// Exercises.
    Diamond,
    /// Moving into position: a chevron.
    Chevron,
    /// On alert.
    Triangle,
    /// Planned, promised or offered.
    Ring,
    /// Equipment, weapons or aid, whatever its status.
    Hexagon,
}

/// SVG path data for a shape centred on the origin with the area of a circle of radius `r`.
pub fn shape_path(shape: MarkerShape, r: f64) -> String {
    match shape {
        MarkerShape::Circle | MarkerShape::Ring => {
            format!(
                "M{:.2} 0A{r:.2} {r:.2} 0 1 0 {:.2} 0A{r:.2} {r:.2} 0 1 0 {:.2} 0Z",
                -r, r, -r
            )
        }
        MarkerShape::Square => {
            let h = r * PI.sqrt() / 2.0;
            format!("M{:.2} {:.2}H{h:.2}V{h:.2}H{:.2}Z", -h, -h, -h)
        }
        MarkerShape::Diamond => {
            let h = r * (PI / 2.0).sqrt();
            format!("M0 {:.2}L{h:.2} 0L0 {h:.2}L{:.2} 0Z", -h, -h)
        }
        MarkerShape::Chevron => {
            // An arrowhead pointing up with a notch, about the circle's area.
            let h = r * 1.35;
            format!(
                "M0 {:.2}L{h:.2} {:.2}L0 {:.2}L{:.2} {:.2}Z",
                -h,
                h,
                h * 0.1,
                -h,
                h
            )
        }
        MarkerShape::Hexagon => {
            let side = r * (2.0 * PI / (3.0 * 3f64.sqrt())).sqrt();
            let mut d = String::new();
            for i in 0..6 {
                let angle = PI / 6.0 + PI / 3.0 * f64::from(i);
                let cmd = if i == 0 { 'M' } else { 'L' };
                d.push_str(&format!(
                    "{cmd}{:.2} {:.2}",
                    side * angle.cos(),
                    side * angle.sin()
                ));
            }
            d.push('Z');
            d
        }
        MarkerShape::Triangle => {
            // Equilateral, same area as the circle.
            let side = r * (4.0 * PI / 3f64.sqrt()).sqrt();
            let height = side * 3f64.sqrt() / 2.0;
            let top = -2.0 * height / 3.0;
            let bottom = height / 3.0;
            format!(
                "M0 {top:.2}L{:.2} {bottom:.2}L{:.2} {bottom:.2}Z",
                side / 2.0,
                -side / 2.0
            )
        }
    }
}

/// How far a shape drawn at radius `r` reaches from its centre: what must stay clear for two
/// symbols not to touch (shapes of one area differ in extent: a triangle's corners reach
/// further than a circle's edge).
pub fn shape_reach(shape: MarkerShape, r: f64) -> f64 {
    let factor = match shape {
        MarkerShape::Circle | MarkerShape::Ring => 1.0,
        // Half the diagonal: r·√π/2·√2.
        MarkerShape::Square | MarkerShape::Diamond => (PI / 2.0).sqrt(),
        // The arrowhead's rear corners, (±1.35r, 1.35r).
        MarkerShape::Chevron => 1.35 * 2f64.sqrt(),
        // The circumradius, side/√3.
        MarkerShape::Triangle => (4.0 * PI / 3f64.sqrt()).sqrt() / 3f64.sqrt(),
        MarkerShape::Hexagon => (2.0 * PI / (3.0 * 3f64.sqrt())).sqrt(),
    };
    r * factor
}
