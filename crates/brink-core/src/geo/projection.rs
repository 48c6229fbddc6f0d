//! Lambert conformal conic projection on a sphere, in kilometres, with y pointing down (SVG).
use std::f64::consts::FRAC_PI_4;

/// Earth's mean radius, so projected units are kilometres near the standard parallels.
const EARTH_RADIUS_KM: f64 = 6371.0;

/// A point on the map, in kilometres from the projection's origin; y grows southwards.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MapPoint {
    /// Eastward distance.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub x: f64,
    /// Southward distance.
    #[serde(serialize_with = "crate::geo::compact::round")]
    pub y: f64,
}

/// A Lambert conformal conic projection: shapes are true locally, which suits a theatre
/// spanning 20° of latitude.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lambert {
    n: f64,
    f: f64,
    rho0: f64,
    lon0: f64,
}

impl Lambert {
    /// A projection with two standard parallels and an origin, all in degrees.
    pub fn new(parallel1: f64, parallel2: f64, origin_lat: f64, origin_lon: f64) -> Lambert {
        let (p1, p2, p0) = (
            parallel1.to_radians(),
            parallel2.to_radians(),
            origin_lat.to_radians(),
        );
        let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        Lambert {
            n,
            f,
            rho0: EARTH_RADIUS_KM * f / t(p0).powf(n),
            lon0: origin_lon.to_radians(),
        }
    }

    /// The projection of the Brink map: standard parallels 44° and 58°, origin 51°N 31°E.
    pub fn theatre() -> Lambert {
        Lambert::new(44.0, 58.0, 51.0, 31.0)
    }

    /// Projects a longitude/latitude in degrees.
    pub fn project_lon_lat(&self, lon: f64, lat: f64) -> MapPoint {
        let phi = lat.to_radians();
        let rho = EARTH_RADIUS_KM * self.f / (FRAC_PI_4 + phi / 2.0).tan().powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lon0);
        MapPoint {
            x: rho * theta.sin(),
            y: -(self.rho0 - rho * theta.cos()),
        }
    }

    /// The longitude/latitude in degrees of a projected point.
    pub fn unproject(&self, p: MapPoint) -> (f64, f64) {
        let (x, y) = (p.x, -p.y);
        let dy = self.rho0 - y;
        let rho = self.n.signum() * (x * x + dy * dy).sqrt();
        let theta = (x * self.n.signum()).atan2(dy * self.n.signum());
        let lat = 2.0 * (EARTH_RADIUS_KM * self.f / rho).powf(1.0 / self.n).atan()
            - std::f64::consts::FRAC_PI_2;
        let lon = self.lon0 + theta / self.n;
        (lon.to_degrees(), lat.to_degrees())
    }
}
