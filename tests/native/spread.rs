//! Spreading symbols that would overlap: nothing touches, lone symbols stay on their places,
//! and zooming in breaks the groups up.
use brink_core::geo::labels::ScreenBox;
use brink_core::geo::spread::{spread, Footprint, GAP_PX};
use brink_core::geo::symbols::{shape_path, shape_reach, MarkerShape};

/// A screen far larger than any crowd here.
const OPEN: ScreenBox = ScreenBox {
    x0: -1e6,
    y0: -1e6,
    x1: 1e6,
    y1: 1e6,
};

fn at(x: f64, y: f64, reach: f64) -> Option<Footprint> {
    Some(Footprint { x, y, reach })
}

/// Where each shown symbol is drawn after spreading.
fn drawn(symbols: &[Option<Footprint>]) -> Vec<(usize, f64, f64, f64)> {
    let s = spread(symbols, OPEN);
    symbols
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (i, f.x + s.offsets[i].0, f.y + s.offsets[i].1, f.reach)))
        .collect()
}

fn assert_apart(symbols: &[Option<Footprint>], what: &str) {
    let d = drawn(symbols);
    for (k, a) in d.iter().enumerate() {
        for b in &d[k + 1..] {
            let gap = (a.1 - b.1).hypot(a.2 - b.2) - a.3 - b.3;
            assert!(
                gap >= GAP_PX - 1e-6,
                "{what}: symbols {} and {} are {gap:.2} px apart",
                a.0,
                b.0
            );
        }
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[test]
fn symbols_apart_stay_on_their_places() {
    let symbols = [
        at(0.0, 0.0, 10.0),
        at(30.0, 0.0, 10.0),
        None,
        at(0.0, 40.0, 12.0),
    ];
    assert_eq!(spread(&symbols, OPEN).offsets, vec![(0.0, 0.0); 4]);
}

#[test]
fn symbols_sharing_a_place_go_round_it() {
    for n in [2, 3, 5, 8, 9, 12, 30] {
        let symbols: Vec<_> = (0..n).map(|_| at(100.0, 100.0, 9.0)).collect();
        assert_apart(&symbols, &format!("{n} on one place"));
        let s = spread(&symbols, OPEN);
        // One stays on the place; the others leave it.
        assert_eq!(s.offsets[0], (0.0, 0.0));
        assert!(s.offsets[1..].iter().all(|o| o.0.hypot(o.1) > 9.0));
        // Packed close: no further out than a ring per ten symbols would need.
        let farthest = s.offsets.iter().map(|o| o.0.hypot(o.1)).fold(0.0, f64::max);
        assert!(
            farthest <= 21.0 * (1.0 + n as f64 / 6.0),
            "{n}: {farthest:.1} px out"
        );
    }
}

#[test]
fn no_two_symbols_touch_in_random_crowds() {
    let mut rng = Lcg(7);
    for round in 0..200 {
        let n = 2 + (rng.next() * 60.0) as usize;
        let spread_px = 10.0 + rng.next() * 200.0;
        let symbols: Vec<_> = (0..n)
            .map(|_| {
                (rng.next() > 0.1).then(|| Footprint {
                    x: rng.next() * spread_px,
                    y: rng.next() * spread_px,
                    reach: 5.0 + rng.next() * 30.0,
                })
            })
            .collect();
        assert_apart(&symbols, &format!("round {round}"));
    }
}

#[test]
fn a_spread_keeps_the_places_rough_layout() {
    // West, east and north of one another, all touching.
    let symbols = [at(0.0, 0.0, 10.0), at(8.0, 0.0, 10.0), at(4.0, -6.0, 10.0)];
    let d = drawn(&symbols);
    let (west, east, north) = (d[0], d[1], d[2]);
    assert!(west.1 < east.1, "{d:?}");
    assert!(north.2 < west.2 && north.2 < east.2, "{d:?}");
}

#[test]
fn zooming_in_breaks_groups_up() {
    // Nine places a few kilometres apart: crowded at one zoom, each alone at a closer one.
    let places: Vec<(f64, f64)> = (0..9)
        .map(|i| (f64::from(i % 3) * 5.0, f64::from(i / 3) * 4.0))
        .collect();
    let at_zoom = |px_per_km: f64| -> Vec<Option<Footprint>> {
        places
            .iter()
            .map(|&(x, y)| at(x * px_per_km, y * px_per_km, 8.0))
            .collect()
    };
    let far = spread(&at_zoom(1.0), OPEN);
    assert!(far.offsets.iter().filter(|o| o.0.hypot(o.1) > 0.0).count() >= 8);
    assert_apart(&at_zoom(1.0), "far");
    assert_eq!(spread(&at_zoom(10.0), OPEN).offsets, vec![(0.0, 0.0); 9]);
}

#[test]
fn a_crowd_does_not_push_a_neighbour_it_leaves_room_for() {
    // Two symbols on one place, and a third clear of where they go.
    let symbols = [at(0.0, 0.0, 10.0), at(0.0, 0.0, 10.0), at(0.0, 40.0, 10.0)];
    let s = spread(&symbols, OPEN);
    assert_eq!(s.offsets[0], (0.0, 0.0));
    assert_ne!(s.offsets[1], (0.0, 0.0));
    assert_eq!(s.offsets[2], (0.0, 0.0));
    assert_apart(&symbols, "pair and neighbour");
}

/// The corners of a path made of straight lines.
fn corners(path: &str) -> Vec<(f64, f64)> {
    let numbers: Vec<f64> = path
        .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect();
    numbers.chunks(2).map(|p| (p[0], p[1])).collect()
}

#[test]
fn a_shapes_reach_is_its_farthest_corner() {
    for shape in [
        MarkerShape::Diamond,
        MarkerShape::Chevron,
        MarkerShape::Triangle,
        MarkerShape::Hexagon,
    ] {
        let far = corners(&shape_path(shape, 10.0))
            .into_iter()
            .map(|(x, y)| x.hypot(y))
            .fold(0.0, f64::max);
        let reach = shape_reach(shape, 10.0);
        assert!(
            (far - reach).abs() < 0.02,
            "{shape:?}: corners at {far}, reach {reach}"
        );
    }
    // The square's path is written with H and V: its corner is (h, h).
    let h = 10.0 * std::f64::consts::PI.sqrt() / 2.0;
    assert!((shape_reach(MarkerShape::Square, 10.0) - h * 2f64.sqrt()).abs() < 1e-9);
    assert_eq!(shape_reach(MarkerShape::Circle, 10.0), 10.0);
}

#[test]
fn the_largest_symbol_keeps_its_place() {
    // A 100,000-troop circle with two small markers on its edge, listed first.
    let symbols = [at(20.0, 0.0, 6.0), at(0.0, 20.0, 6.0), at(0.0, 0.0, 32.0)];
    let s = spread(&symbols, OPEN);
    assert_eq!(s.offsets[2], (0.0, 0.0));
    assert!(
        s.offsets[0].0 > 0.0,
        "the eastern one moves further east: {:?}",
        s.offsets
    );
    assert!(
        s.offsets[1].1 > 0.0,
        "the southern one moves further south: {:?}",
        s.offsets
    );
    assert_apart(&symbols, "circle and two");
}

#[test]
fn symbols_move_aside_within_the_map_while_there_is_room() {
    // A crowd on the map's bottom edge: every symbol stays inside, above the edge.
    let edge = ScreenBox {
        x0: 0.0,
        y0: 0.0,
        x1: 400.0,
        y1: 300.0,
    };
    let symbols: Vec<_> = (0..7)
        .map(|i| at(150.0 + f64::from(i) * 4.0, 290.0, 10.0))
        .collect();
    let s = spread(&symbols, edge);
    for (i, f) in symbols.iter().enumerate() {
        let f = f.unwrap();
        let (x, y) = (f.x + s.offsets[i].0, f.y + s.offsets[i].1);
        assert!(
            x - 10.0 >= 0.0 && x + 10.0 <= 400.0 && y + 10.0 <= 300.0,
            "symbol {i} at ({x:.1}, {y:.1})"
        );
    }
    assert_apart(&symbols, "on the edge");
}
