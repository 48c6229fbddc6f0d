//! Projection, shapes, symbols and viewport math.
use brink_core::data::frame::MAP_FRAME;
use brink_core::geo::projection::{Lambert, MapPoint};
use brink_core::geo::rect::projected_frame;
use brink_core::geo::shapes::countries_from_topojson;
use brink_core::geo::symbols::{radius_for_count, MIN_RADIUS_PX};
use brink_core::geo::viewport::{Viewport, MAX_ZOOM};
use proptest::prelude::*;

const TOPO: &str = include_str!("../../assets/geo/countries.topo.json");

proptest! {
    #[test]
    fn projection_round_trips(lon in -20.0f64..80.0, lat in 20.0f64..75.0) {
        let p = Lambert::theatre();
        let (lon2, lat2) = p.unproject(p.project_lon_lat(lon, lat));
        prop_assert!((lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9, "{lon},{lat} -> {lon2},{lat2}");
    }
}

#[test]
fn the_origin_projects_to_zero_and_north_is_up() {
    let p = Lambert::theatre();
    let o = p.project_lon_lat(31.0, 51.0);
    assert!(o.x.abs() < 1e-9 && o.y.abs() < 1e-9);
    assert!(
        p.project_lon_lat(31.0, 52.0).y < 0.0,
        "north must be up (smaller y)"
    );
    // One degree of latitude is about 111 km.
    let d = p.project_lon_lat(31.0, 50.0).y - o.y;
    assert!((d - 111.2).abs() < 2.0, "{d}");
}

#[test]
fn cities_keep_their_relative_positions() {
    let p = Lambert::theatre();
    let kyiv = p.project_lon_lat(30.52, 50.45);
    let warsaw = p.project_lon_lat(21.01, 52.23);
    let minsk = p.project_lon_lat(27.56, 53.90);
    let rostov = p.project_lon_lat(39.72, 47.23);
    let kharkiv = p.project_lon_lat(36.23, 49.99);
    assert!(kyiv.x > warsaw.x, "Kyiv is east of Warsaw");
    assert!(minsk.y < kyiv.y, "Minsk is north of Kyiv");
    assert!(
        rostov.x > kharkiv.x && rostov.y > kharkiv.y,
        "Rostov-on-Don is south-east of Kharkiv"
    );
}

#[test]
fn simferopol_falls_inside_ukraine_and_not_russia() {
    let p = Lambert::theatre();
    let countries = countries_from_topojson(TOPO, &p).unwrap();
    let simferopol = p.project_lon_lat(34.10, 44.95);
    let ukraine = countries.iter().find(|c| c.code == "UKR").unwrap();
    let russia = countries.iter().find(|c| c.code == "RUS").unwrap();
    assert!(ukraine.contains(simferopol));
    assert!(!russia.contains(simferopol));
    assert!(
        russia.contains(p.project_lon_lat(37.62, 55.75)),
        "Moscow is in Russia"
    );
    assert!(ukraine.path.starts_with('M') && ukraine.path.ends_with('z'));
}

/// The vertices of SVG path data made only of `M x y l dx dy … z`, read back.
fn read_path(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings = Vec::new();
    for ring in d.split('M').filter(|r| !r.is_empty()) {
        let body = ring
            .trim_end_matches('z')
            .replace('-', " -")
            .replace('l', " ");
        let mut numbers = Vec::new();
        for token in body.split_whitespace() {
            // "1.5.3" is two numbers in SVG: 1.5 and .3
            let mut parts = token.split('.');
            let head = parts.next().unwrap_or("");
            let mut first = head.to_owned();
            if let Some(frac) = parts.next() {
                first = format!("{head}.{frac}");
            }
            numbers.push(
                first
                    .parse::<f64>()
                    .unwrap_or_else(|_| panic!("{token} in {ring}")),
            );
            for more in parts {
                numbers.push(format!(".{more}").parse::<f64>().unwrap());
            }
        }
        let (mut x, mut y) = (numbers[0], numbers[1]);
        let mut points = vec![(x, y)];
        for step in numbers[2..].chunks(2) {
            x += step[0];
            y += step[1];
            points.push((x, y));
        }
        rings.push(points);
    }
    rings
}

#[test]
fn country_paths_read_back_to_their_outlines_within_a_tenth_of_a_kilometre() {
    use brink_core::geo::shapes::svg_path;
    let p = Lambert::theatre();
    let countries = countries_from_topojson(TOPO, &p).unwrap();
    let ukraine = countries.iter().find(|c| c.code == "UKR").unwrap();
    let read = read_path(&svg_path(&ukraine.rings));
    let drawn: Vec<&Vec<_>> = ukraine.rings.iter().filter(|r| r.len() > 2).collect();
    assert_eq!(read.len(), drawn.len());
    for (back, ring) in read.iter().zip(drawn) {
        let mut expected: Vec<(f64, f64)> = Vec::new();
        for q in ring {
            let t = ((q.x * 10.0).round() / 10.0, (q.y * 10.0).round() / 10.0);
            if expected.last() != Some(&t) {
                expected.push(t);
            }
        }
        assert_eq!(back.len(), expected.len());
        for (a, b) in back.iter().zip(&expected) {
            assert!(
                (a.0 - b.0).abs() < 0.01 && (a.1 - b.1).abs() < 0.01,
                "{a:?} vs {b:?}"
            );
        }
    }
    let tiny = svg_path(&[vec![
        brink_core::geo::projection::MapPoint { x: 1.0, y: -2.05 },
        brink_core::geo::projection::MapPoint { x: 2.5, y: -2.35 },
        brink_core::geo::projection::MapPoint { x: 1.0, y: 0.0 },
    ]]);
    // tenths: (10, -21) → (25, -24) → (10, 0); steps (15, -3) and (-15, 24)
    assert_eq!(tiny, "M1-2.1l1.5-.3-1.5 2.4z");
}

#[test]
fn the_map_has_the_theatres_countries_with_labels_in_frame() {
    let p = Lambert::theatre();
    let frame = projected_frame(&p, &MAP_FRAME);
    let countries = countries_from_topojson(TOPO, &p).unwrap();
    for code in [
        "UKR", "RUS", "BLR", "POL", "ROU", "LTU", "LVA", "EST", "MDA", "DEU",
    ] {
        let c = countries
            .iter()
            .find(|c| c.code == code)
            .unwrap_or_else(|| panic!("{code}"));
        let label = c
            .label_point(&frame)
            .unwrap_or_else(|| panic!("{code} has no label point"));
        assert!(frame.contains(label), "{code} label outside the frame");
    }
    let ukraine = countries.iter().find(|c| c.code == "UKR").unwrap();
    assert!(ukraine.contains(ukraine.label_point(&frame).unwrap()));
    assert!(countries_from_topojson("{\"type\":", &p)
        .unwrap_err()
        .starts_with("map data:"));
}

#[test]
fn every_drawable_deployment_is_in_the_frame_or_flagged_off_map() {
    let c = brink_build::embedded::corpus().unwrap();
    let p = Lambert::theatre();
    let frame = projected_frame(&p, &MAP_FRAME);
    for d in c.drawable_deployments() {
        let place = c.place(d.place.as_deref().unwrap()).unwrap();
        let point = p.project_lon_lat(place.lon, place.lat);
        assert!(
            frame.contains(point) || place.off_map,
            "{} at {} is outside the frame",
            d.id,
            place.id
        );
    }
    for place in c.places.iter().filter(|pl| pl.off_map) {
        assert!(
            !frame.contains(p.project_lon_lat(place.lon, place.lat))
                || !MAP_FRAME.contains(place.lon, place.lat)
        );
    }
}

#[test]
fn marker_area_is_proportional_to_the_count() {
    let (a, b) = (
        radius_for_count(Some(10_000)),
        radius_for_count(Some(40_000)),
    );
    assert!((b / a - 2.0).abs() < 1e-9, "4× the count, 2× the radius");
    assert_eq!(radius_for_count(Some(3)), MIN_RADIUS_PX);
    assert!(radius_for_count(Some(100_000)) > radius_for_count(Some(32_000)));
}

#[test]
fn zooming_keeps_the_anchor_and_stays_in_bounds() {
    let frame = projected_frame(&Lambert::theatre(), &MAP_FRAME);
    let v = Viewport::new(frame);
    assert_eq!(v.view_box(), frame);
    let anchor = MapPoint {
        x: frame.x + frame.w * 0.7,
        y: frame.y + frame.h * 0.6,
    };
    let z = v.zoom_by(2.0, Some(anchor));
    assert_eq!(z.zoom, 2.0);
    let vb = z.view_box();
    // The anchor sits at the same fraction of the view as before.
    assert!(((anchor.x - vb.x) / vb.w - 0.7).abs() < 1e-9);
    assert!(((anchor.y - vb.y) / vb.h - 0.6).abs() < 1e-9);
    assert_eq!(v.zoom_by(0.5, None).zoom, 1.0);
    assert_eq!(v.zoom_by(100.0, None).zoom, MAX_ZOOM);
    let far = z.pan_by(1e9, 1e9).view_box();
    assert!(
        (far.x + far.w - (frame.x + frame.w)).abs() < 1e-6,
        "panning stops at the frame edge"
    );
    assert_eq!(z.reset(), v);
}

#[test]
fn a_taller_screen_shows_the_whole_frame_with_room_to_spare() {
    let frame = projected_frame(&Lambert::theatre(), &MAP_FRAME);
    let phone = Viewport::new(frame).with_aspect(1.0);
    let vb = phone.view_box();
    assert!((vb.w - frame.w).abs() < 1e-6 && (vb.h - frame.w).abs() < 1e-6);
    assert!(
        (vb.centre().x - frame.centre().x).abs() < 1e-6
            && (vb.centre().y - frame.centre().y).abs() < 1e-6
    );
    assert_eq!(
        phone.pan_by(0.0, 500.0).view_box(),
        vb,
        "no vertical pan while the frame fits"
    );
    assert_eq!(phone.with_aspect(f64::NAN), phone);
}
