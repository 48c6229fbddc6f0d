//! Geography that cannot lie: each place's point lies in the country it names, and no region
//! drawn as an area covers a capital of a country it does not name.
use brink_core::data::corpus::{Corpus, Problem};
use brink_core::data::kinds::FactKind;
use brink_core::data::model::Place;
use brink_core::geo::layout::{region_outline, RegionOutline};
use brink_core::geo::projection::{Lambert, MapPoint};
use brink_core::geo::shapes::Country;

/// Capitals in and around the map frame (Natural Earth populated places, rounded to 0.01°),
/// by the ISO alpha-3 code of their country.
pub const CAPITALS: [(&str, &str, f64, f64); 24] = [
    ("UKR", "Kyiv", 30.52, 50.45),
    ("RUS", "Moscow", 37.62, 55.75),
    ("BLR", "Minsk", 27.57, 53.90),
    ("POL", "Warsaw", 21.01, 52.23),
    ("LTU", "Vilnius", 25.28, 54.69),
    ("LVA", "Riga", 24.11, 56.95),
    ("EST", "Tallinn", 24.75, 59.44),
    ("FIN", "Helsinki", 24.94, 60.17),
    ("SWE", "Stockholm", 18.07, 59.33),
    ("MDA", "Chișinău", 28.86, 47.01),
    ("ROU", "Bucharest", 26.10, 44.43),
    ("BGR", "Sofia", 23.32, 42.70),
    ("HUN", "Budapest", 19.04, 47.50),
    ("SVK", "Bratislava", 17.11, 48.15),
    ("CZE", "Prague", 14.42, 50.09),
    ("AUT", "Vienna", 16.37, 48.21),
    ("DEU", "Berlin", 13.40, 52.52),
    ("DNK", "Copenhagen", 12.57, 55.68),
    ("SRB", "Belgrade", 20.46, 44.82),
    ("GEO", "Tbilisi", 44.79, 41.72),
    ("TUR", "Ankara", 32.85, 39.93),
    ("ARM", "Yerevan", 44.51, 40.18),
    ("AZE", "Baku", 49.87, 40.41),
    ("NOR", "Oslo", 10.75, 59.91),
];

/// Every place inside the map frame whose point is not inside the country it names.
pub fn place_problems(c: &Corpus, shapes: &[Country], projection: &Lambert) -> Vec<Problem> {
    c.places
        .iter()
        .filter(|p| !p.off_map)
        .filter_map(|p| {
            let point = projection.project_lon_lat(p.lon, p.lat);
            let inside = shapes
                .iter()
                .find(|s| s.contains(point))
                .map(|s| s.code.as_str());
            (inside != Some(p.country.as_str())).then(|| {
                Problem::at(
                    FactKind::Place.file(),
                    &p.id,
                    format!(
                        "its point ({}, {}) lies in {} but the place says {}",
                        p.lon,
                        p.lat,
                        inside.unwrap_or("no country"),
                        p.country
                    ),
                )
            })
        })
        .collect()
}

/// The capitals a region's drawn area covers.
pub fn capitals_covered(
    place: &Place,
    shapes: &[Country],
    projection: &Lambert,
) -> Vec<(&'static str, &'static str)> {
    let centre = projection.project_lon_lat(place.lon, place.lat);
    let Some(outline) = region_outline(place, shapes, centre) else {
        return Vec::new();
    };
    CAPITALS
        .iter()
        .filter(|(_, _, lon, lat)| {
            let point = projection.project_lon_lat(*lon, *lat);
            match &outline {
                RegionOutline::Countries(codes) => shapes
                    .iter()
                    .filter(|s| codes.contains(&s.code))
                    .any(|s| s.contains(point)),
                RegionOutline::Circle { centre, radius } => distance(*centre, point) <= *radius,
            }
        })
        .map(|(code, name, _, _)| (*code, *name))
        .collect()
}

/// Every region whose drawn area covers a capital of a country it does not name.
pub fn region_problems(c: &Corpus, shapes: &[Country], projection: &Lambert) -> Vec<Problem> {
    let mut out = Vec::new();
    for place in &c.places {
        let named: Vec<&str> = match &place.extent {
            Some(e) if !e.countries.is_empty() => e.countries.iter().map(String::as_str).collect(),
            _ => vec![place.country.as_str()],
        };
        for (code, capital) in capitals_covered(place, shapes, projection) {
            if !named.contains(&code) {
                out.push(Problem::at(
                    FactKind::Place.file(),
                    &place.id,
                    format!(
                        "its area covers {capital}, the capital of {code}, which it does not name"
                    ),
                ));
            }
        }
    }
    out
}

fn distance(a: MapPoint, b: MapPoint) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}
