//! Rounding for the bundle the browser loads: a hundredth of a kilometre or a pixel is far below
//! anything drawn, and seventeen digits per number would triple the map's bytes.
use serde::Serializer;

fn hundredths(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Writes a number rounded to two decimals.
pub fn round<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(hundredths(*v))
}
