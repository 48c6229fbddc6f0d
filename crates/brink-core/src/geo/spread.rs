//! Spreading out symbols that would overlap on screen. Symbols on one place are packed round
//! the largest of them, which keeps the place. Then, largest pack first, each place's pack
//! that would touch one already placed moves whole to the nearest free spot inside the map,
//! which touches one of them, so the picture keeps the geography's rough shape. Every symbol stays readable and
//! selectable, a line leads from each one moved back to its place, and zooming in separates
//! the places until every symbol sits on its own.
use std::collections::HashMap;
use std::f64::consts::PI;

use super::labels::ScreenBox;

/// Pixels kept clear between two spread symbols.
pub const GAP_PX: f64 = 3.0;
/// How many spots touching a placed symbol are tried, evenly round it.
const TANGENT_TRIES: usize = 16;

/// A symbol on screen, in pixels at the current zoom (any origin: only differences matter).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Footprint {
    /// Its place, across.
    pub x: f64,
    /// Its place, down.
    pub y: f64,
    /// The radius of the circle that holds all of it, halo included.
    pub reach: f64,
}

/// Where every symbol goes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spread {
    /// Each symbol's move from its place, in pixels; none for a symbol not shown or alone.
    pub offsets: Vec<(f64, f64)>,
}

/// Whether `c` lies wholly inside `bounds`.
fn holds(bounds: &ScreenBox, c: Footprint) -> bool {
    c.x - c.reach >= bounds.x0
        && c.x + c.reach <= bounds.x1
        && c.y - c.reach >= bounds.y0
        && c.y + c.reach <= bounds.y1
}

/// Spreads the shown symbols (`None` is a symbol not on screen) so that no two come closer
/// than [`GAP_PX`], moving none outside `bounds` (the screen, in the footprints' pixels) while
/// there is room inside.
pub fn spread(symbols: &[Option<Footprint>], bounds: ScreenBox) -> Spread {
    let mut packs = packs(symbols);
    // The largest pack first: a big circle, or a place's many symbols, moved off their place
    // would mislead the most.
    packs.sort_by(|a, b| {
        b.circle
            .reach
            .total_cmp(&a.circle.reach)
            .then(b.largest.total_cmp(&a.largest))
            .then(a.members.cmp(&b.members))
    });
    let widest = packs.iter().map(|p| p.circle.reach).fold(1.0, f64::max);
    let mut placed = Placed::new(2.0 * widest + GAP_PX, bounds);
    let mut offsets = vec![(0.0, 0.0); symbols.len()];
    for pack in &packs {
        let circle = if placed.touches(pack.circle) {
            placed.free_spot_near(pack.circle)
        } else {
            pack.circle
        };
        let (dx, dy) = (circle.x - pack.circle.x, circle.y - pack.circle.y);
        for (&i, inner) in pack.members.iter().zip(&pack.inner) {
            offsets[i] = (inner.0 + dx, inner.1 + dy);
        }
        placed.add(circle);
    }
    Spread { offsets }
}

/// The symbols on one place, packed round the largest of them.
struct Pack {
    members: Vec<usize>,
    /// Each member's move from its own place into the pack.
    inner: Vec<(f64, f64)>,
    /// The circle round the packed symbols, at the place.
    circle: Footprint,
    /// The largest member's reach.
    largest: f64,
}

/// The shown symbols grouped by place (to half a pixel), each place's packed: the largest on
/// the place, the rest in rings a slot apart, each ring holding as many as fit a slot's chord
/// apart, starting straight up and going clockwise.
fn packs(symbols: &[Option<Footprint>]) -> Vec<Pack> {
    let mut by_place: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, s) in symbols.iter().enumerate() {
        if let Some(s) = s {
            let key = ((s.x * 2.0).round() as i64, (s.y * 2.0).round() as i64);
            by_place.entry(key).or_default().push(i);
        }
    }
    by_place
        .into_values()
        .filter_map(|mut members| {
            let reach_of = |i: usize| symbols[i].map_or(0.0, |s| s.reach);
            members.sort_by(|&a, &b| reach_of(b).total_cmp(&reach_of(a)).then(a.cmp(&b)));
            let place = symbols[*members.first()?]?;
            let largest = place.reach;
            let slot = 2.0 * largest + GAP_PX;
            let mut spots = vec![(place.x, place.y)];
            let mut radius = slot;
            while spots.len() < members.len() {
                let fits = (PI / 0.5f64.min(slot / (2.0 * radius)).asin()).floor() as usize;
                let count = fits.clamp(1, members.len() - spots.len());
                for k in 0..count {
                    let angle = 2.0 * PI * k as f64 / count as f64;
                    spots.push((
                        place.x + radius * angle.sin(),
                        place.y - radius * angle.cos(),
                    ));
                }
                radius += slot;
            }
            let n = spots.len() as f64;
            let (cx, cy) = (
                spots.iter().map(|s| s.0).sum::<f64>() / n,
                spots.iter().map(|s| s.1).sum::<f64>() / n,
            );
            let reach = members
                .iter()
                .zip(&spots)
                .map(|(&i, s)| (s.0 - cx).hypot(s.1 - cy) + reach_of(i))
                .fold(0.0, f64::max);
            // Measured from each member's own place: places may differ by a fraction of a pixel.
            let inner = members
                .iter()
                .zip(&spots)
                .map(|(&i, s)| symbols[i].map_or((0.0, 0.0), |f| (s.0 - f.x, s.1 - f.y)))
                .collect();
            Some(Pack {
                members,
                inner,
                circle: Footprint {
                    x: cx,
                    y: cy,
                    reach,
                },
                largest,
            })
        })
        .collect()
}

/// The packs placed so far, in a grid of cells as wide as two of the widest packs, so a pack
/// is checked only against those in the cells around it.
struct Placed {
    cell: f64,
    grid: HashMap<(i64, i64), Vec<Footprint>>,
    count: usize,
    bounds: ScreenBox,
}

impl Placed {
    fn new(cell: f64, bounds: ScreenBox) -> Placed {
        Placed {
            cell: cell.max(1.0),
            grid: HashMap::new(),
            count: 0,
            bounds,
        }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        (
            (x / self.cell).floor() as i64,
            (y / self.cell).floor() as i64,
        )
    }

    fn add(&mut self, circle: Footprint) {
        let key = self.cell_of(circle.x, circle.y);
        self.grid.entry(key).or_default().push(circle);
        self.count += 1;
    }

    /// Whether `circle` comes closer than the gap to one placed.
    fn touches(&self, circle: Footprint) -> bool {
        let (cx, cy) = self.cell_of(circle.x, circle.y);
        // A pack's reach is at most half a cell, so the cells next to its own suffice.
        (cx - 1..=cx + 1).any(|gx| {
            (cy - 1..=cy + 1).any(|gy| {
                self.grid.get(&(gx, gy)).into_iter().flatten().any(|p| {
                    (p.x - circle.x).hypot(p.y - circle.y) < p.reach + circle.reach + GAP_PX - 1e-9
                })
            })
        })
    }

    /// The nearest spot to `circle` where it touches nothing, inside the bounds if one is. The
    /// nearest free spot touches something already placed, so the candidates are the spots
    /// touching each placed pack near it (the one straight towards it first), nearest first,
    /// in a widening circle. Above everything placed is always free, the last resort.
    fn free_spot_near(&self, circle: Footprint) -> Footprint {
        let mut range = 2.0 * self.cell;
        loop {
            let span = (range / self.cell).ceil() as i64 + 1;
            let (cx, cy) = self.cell_of(circle.x, circle.y);
            let mut seen = 0;
            let mut candidates: Vec<(f64, Footprint)> = Vec::new();
            for gx in cx - span..=cx + span {
                for gy in cy - span..=cy + span {
                    for p in self.grid.get(&(gx, gy)).into_iter().flatten() {
                        seen += 1;
                        let apart = p.reach + circle.reach + GAP_PX + 1e-6;
                        let towards = (circle.y - p.y).atan2(circle.x - p.x);
                        for k in 0..TANGENT_TRIES {
                            let angle = towards + 2.0 * PI * k as f64 / TANGENT_TRIES as f64;
                            let spot = Footprint {
                                x: p.x + apart * angle.cos(),
                                y: p.y + apart * angle.sin(),
                                reach: circle.reach,
                            };
                            candidates.push(((spot.x - circle.x).hypot(spot.y - circle.y), spot));
                        }
                    }
                }
            }
            candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
            // A spot beyond the range may be nearer to something placed outside it, so it
            // counts only once every placed pack has been seen.
            let everything = seen >= self.count;
            let free = |c: &&(f64, Footprint)| (everything || c.0 <= range) && !self.touches(c.1);
            if let Some(&(_, spot)) = candidates
                .iter()
                .filter(|c| holds(&self.bounds, c.1))
                .find(free)
            {
                return spot;
            }
            if everything {
                if let Some(&(_, spot)) = candidates.iter().find(free) {
                    return spot;
                }
                let top = self
                    .grid
                    .values()
                    .flatten()
                    .map(|p| p.y - p.reach)
                    .fold(circle.y, f64::min);
                return Footprint {
                    y: top - circle.reach - GAP_PX - 1.0,
                    ..circle
                };
            }
            range *= 2.0;
        }
    }
}
