//! Country outlines: TopoJSON decoded, projected, and written as SVG path data.
use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Deserialize;

use super::projection::{Lambert, MapPoint};
use super::rect::Rect;

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[i64; 2]>>,
    transform: Transform,
    objects: BTreeMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Properties {
    #[serde(rename = "ADM0_A3")]
    code: String,
    #[serde(rename = "NAME_EN")]
    name: String,
}

/// A geometry; the clip leaves countries outside the box with no arcs (`"type": null`).
#[derive(Deserialize)]
struct Geometry {
    arcs: Option<Arcs>,
    properties: Properties,
}

/// A MultiPolygon's arcs, or a Polygon's.
#[derive(Deserialize)]
#[serde(untagged)]
enum Arcs {
    Multi(Vec<Vec<Vec<i64>>>),
    Single(Vec<Vec<i64>>),
}

/// A country, projected.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code (Natural Earth's `ADM0_A3`).
    pub code: String,
    /// English name.
    pub name: String,
    /// SVG path data of every ring, in projected kilometres.
    pub path: String,
    /// The rings, for hit tests.
    pub rings: Vec<Vec<MapPoint>>,
}

impl Country {
    /// Whether the point is inside the country (even-odd rule over all rings).
    pub fn contains(&self, p: MapPoint) -> bool {
        self.rings
            .iter()
            .filter(|ring| ring_contains(ring, p))
            .count()
            % 2
            == 1
    }

    /// Where to put the country's name: the centroid of its largest piece inside `frame`.
    pub fn label_point(&self, frame: &Rect) -> Option<MapPoint> {
        self.rings
            .iter()
            .map(|ring| clip_to_rect(ring, frame))
            .filter_map(|ring| area_and_centroid(&ring))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c)
    }

    /// The area inside `frame`, in square kilometres.
    pub fn area_in(&self, frame: &Rect) -> f64 {
        self.rings
            .iter()
            .filter_map(|ring| area_and_centroid(&clip_to_rect(ring, frame)))
            .map(|(a, _)| a)
            .sum()
    }
}

/// Decodes a TopoJSON topology of countries and projects every ring.
pub fn countries_from_topojson(json: &str, projection: &Lambert) -> Result<Vec<Country>, String> {
    let topo: Topology = serde_json::from_str(json).map_err(|e| format!("map data: {e}"))?;
    let arcs: Vec<Vec<MapPoint>> = topo
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    let lon = x as f64 * topo.transform.scale[0] + topo.transform.translate[0];
                    let lat = y as f64 * topo.transform.scale[1] + topo.transform.translate[1];
                    projection.project_lon_lat(lon, lat)
                })
                .collect()
        })
        .collect();
    let ring = |indices: &[i64]| -> Result<Vec<MapPoint>, String> {
        let mut points: Vec<MapPoint> = Vec::new();
        for &i in indices {
            let (index, reversed) = if i >= 0 {
                (i as usize, false)
            } else {
                ((!i) as usize, true)
            };
            let arc = arcs
                .get(index)
                .ok_or_else(|| format!("map data: no arc {index}"))?;
            let mut part: Vec<MapPoint> = arc.clone();
            if reversed {
                part.reverse();
            }
            let skip = usize::from(!points.is_empty());
            points.extend(part.into_iter().skip(skip));
        }
        Ok(points)
    };
    let mut countries = Vec::new();
    for collection in topo.objects.values() {
        for geometry in &collection.geometries {
            let properties = &geometry.properties;
            let polygons: Vec<&Vec<Vec<i64>>> = match &geometry.arcs {
                None => continue,
                Some(Arcs::Single(polygon)) => vec![polygon],
                Some(Arcs::Multi(polygons)) => polygons.iter().collect(),
            };
            let mut rings = Vec::new();
            for polygon in polygons {
                for indices in polygon {
                    rings.push(ring(indices)?);
                }
            }
            countries.push(Country {
                code: properties.code.clone(),
                name: properties.name.clone(),
                path: svg_path(&rings),
                rings,
            });
        }
    }
    Ok(countries)
}

/// SVG path data for closed rings, to 0.1 km: each ring's first point absolute, the rest as
/// relative steps in whole tenths (no drift), written as tersely as SVG allows, since these
/// paths are most of the map's bytes.
pub fn svg_path(rings: &[Vec<MapPoint>]) -> String {
    let mut d = String::new();
    for ring in rings.iter().filter(|r| r.len() > 2) {
        let tenths = |v: f64| (v * 10.0).round() as i64;
        let (mut x, mut y) = (tenths(ring[0].x), tenths(ring[0].y));
        d.push('M');
        push_number(&mut d, x);
        push_number(&mut d, y);
        d.push('l');
        for p in &ring[1..] {
            let (nx, ny) = (tenths(p.x), tenths(p.y));
            if (nx, ny) != (x, y) {
                push_number(&mut d, nx - x);
                push_number(&mut d, ny - y);
                (x, y) = (nx, ny);
            }
        }
        d.push('z');
    }
    d
}

/// Appends a number of tenths as a decimal, with a separating space unless a minus sign
/// separates it: 15 → "1.5", -3 → "-.3", 20 → "2".
fn push_number(d: &mut String, tenths: i64) {
    let needs_space = !d.ends_with(['M', 'l', ' ']) && tenths >= 0;
    if needs_space {
        d.push(' ');
    }
    if tenths < 0 {
        d.push('-');
    }
    let (whole, frac) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if whole > 0 || frac == 0 {
        let _ = write!(d, "{whole}");
    }
    if frac > 0 {
        let _ = write!(d, ".{frac}");
    }
}

fn ring_contains(ring: &[MapPoint], p: MapPoint) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[j]);
        if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Sutherland–Hodgman clipping of a ring to a rectangle.
fn clip_to_rect(ring: &[MapPoint], r: &Rect) -> Vec<MapPoint> {
    type Edge = (
        fn(MapPoint, &Rect) -> bool,
        fn(MapPoint, MapPoint, &Rect) -> MapPoint,
    );
    let edges: [Edge; 4] = [
        (|p, r| p.x >= r.x, |a, b, r| cut_x(a, b, r.x)),
        (|p, r| p.x <= r.x + r.w, |a, b, r| cut_x(a, b, r.x + r.w)),
        (|p, r| p.y >= r.y, |a, b, r| cut_y(a, b, r.y)),
        (|p, r| p.y <= r.y + r.h, |a, b, r| cut_y(a, b, r.y + r.h)),
    ];
    let mut out: Vec<MapPoint> = ring.to_vec();
    for (inside, cut) in edges {
        let input = std::mem::take(&mut out);
        for (i, &cur) in input.iter().enumerate() {
            let prev = input[(i + input.len() - 1) % input.len()];
            match (inside(cur, r), inside(prev, r)) {
                (true, true) => out.push(cur),
                (true, false) => {
                    out.push(cut(prev, cur, r));
                    out.push(cur);
                }
                (false, true) => out.push(cut(prev, cur, r)),
                (false, false) => {}
            }
        }
    }
    out
}

fn cut_x(a: MapPoint, b: MapPoint, x: f64) -> MapPoint {
    MapPoint {
        x,
        y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x),
    }
}

fn cut_y(a: MapPoint, b: MapPoint, y: f64) -> MapPoint {
    MapPoint {
        x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y),
        y,
    }
}

/// Area (absolute) and centroid of a simple polygon, if it has any area.
fn area_and_centroid(ring: &[MapPoint]) -> Option<(f64, MapPoint)> {
    if ring.len() < 3 {
        return None;
    }
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for i in 0..ring.len() {
        let (p, q) = (ring[i], ring[(i + 1) % ring.len()]);
        let cross = p.x * q.y - q.x * p.y;
        a += cross;
        cx += (p.x + q.x) * cross;
        cy += (p.y + q.y) * cross;
    }
    (a.abs() > 1e-9).then(|| {
        (
            a.abs() / 2.0,
            MapPoint {
                x: cx / (3.0 * a),
                y: cy / (3.0 * a),
            },
        )
    })
}
