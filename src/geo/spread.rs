//! Spreading out symbols that would overlap on screen. Symbols on one place are packed round
//! the largest of them, which keeps the place. Then, largest first, each place's symbols that
//! would touch those already placed move together to the nearest free spot, looking first away
//! from what they touched, so the picture keeps the geography's rough shape. Every symbol
//! stays readable and selectable, a line leads from each one moved back to its place, and
//! zooming in separates the places until every symbol sits on its own.
use std::collections::HashMap;
use std::f64::consts::PI;

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

/// Spreads the shown symbols (`None` is a symbol not on screen) so that no two come closer
/// than [`GAP_PX`].
pub fn spread(symbols: &[Option<Footprint>]) -> Spread {
    let mut units = stacks(symbols);
    // The largest symbol first: a big circle moved off its place would mislead the most.
    units.sort_by(|a, b| {
        b.largest
            .total_cmp(&a.largest)
            .then(b.reach.total_cmp(&a.reach))
            .then(a.members.cmp(&b.members))
    });
    let widest = units.iter().map(|u| u.largest).fold(1.0, f64::max);
    let mut placed = Placed::new(2.0 * widest + GAP_PX);
    let mut offsets = vec![(0.0, 0.0); symbols.len()];
    for unit in &units {
        let (x, y) = if placed.free(unit, symbols, unit.x, unit.y) {
            (unit.x, unit.y)
        } else {
            placed.free_spot_near(unit, symbols)
        };
        // Measured from each member's own place: a pack's places may differ by a fraction of
        // a pixel.
        for (&i, inner) in unit.members.iter().zip(&unit.inner) {
            if let Some(s) = symbols[i] {
                offsets[i] = (x + inner.0 - s.x, y + inner.1 - s.y);
            }
        }
        placed.add(unit, symbols, x, y);
    }
    Spread { offsets }
}

/// The symbols on one place, packed round the largest of them.
struct Stack {
    members: Vec<usize>,
    /// Each member's place in the pack, from the place.
    inner: Vec<(f64, f64)>,
    x: f64,
    y: f64,
    /// The radius holding the whole pack.
    reach: f64,
    /// The largest member's reach.
    largest: f64,
}

/// The shown symbols grouped by place (to half a pixel), each place's packed.
fn stacks(symbols: &[Option<Footprint>]) -> Vec<Stack> {
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
            let first = symbols[*members.first()?]?;
            let largest = reach_of(members[0]);
            let slot = 2.0 * largest + GAP_PX;
            let mut inner = vec![(0.0, 0.0)];
            let mut reach = largest;
            let mut left = members.len() - 1;
            let mut radius = slot;
            // Rings a slot apart, each holding as many as fit a slot's chord apart, starting
            // straight up and going clockwise.
            while left > 0 {
                let fits = (PI / (0.5f64).min(slot / (2.0 * radius)).asin()).floor() as usize;
                let count = fits.clamp(1, left);
                for k in 0..count {
                    let angle = 2.0 * PI * k as f64 / count as f64;
                    inner.push((radius * angle.sin(), -radius * angle.cos()));
                }
                reach = radius + largest;
                left -= count;
                radius += slot;
            }
            Some(Stack {
                members,
                inner,
                x: first.x,
                y: first.y,
                reach,
                largest,
            })
        })
        .collect()
}

/// The symbols placed so far, in a grid of cells as wide as two of the widest symbols, so a
/// symbol is checked only against those in the cells around it.
struct Placed {
    cell: f64,
    /// Per cell: each symbol as placed.
    grid: HashMap<(i64, i64), Vec<Footprint>>,
}

impl Placed {
    fn new(cell: f64) -> Placed {
        Placed {
            cell: cell.max(1.0),
            grid: HashMap::new(),
        }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        (
            (x / self.cell).floor() as i64,
            (y / self.cell).floor() as i64,
        )
    }

    /// The members of `unit`, its place moved to (`x`, `y`): centre and reach.
    fn discs<'a>(
        unit: &'a Stack,
        symbols: &'a [Option<Footprint>],
        x: f64,
        y: f64,
    ) -> impl Iterator<Item = (f64, f64, f64)> + 'a {
        unit.members
            .iter()
            .zip(&unit.inner)
            .filter_map(move |(&i, inner)| symbols[i].map(|s| (x + inner.0, y + inner.1, s.reach)))
    }

    fn add(&mut self, unit: &Stack, symbols: &[Option<Footprint>], x: f64, y: f64) {
        for (dx, dy, reach) in Placed::discs(unit, symbols, x, y) {
            let key = self.cell_of(dx, dy);
            self.grid.entry(key).or_default().push(Footprint {
                x: dx,
                y: dy,
                reach,
            });
        }
    }

    /// Whether a symbol of `reach` at (`x`, `y`) comes too close to one placed.
    fn touches(&self, x: f64, y: f64, reach: f64) -> bool {
        let (cx, cy) = self.cell_of(x, y);
        // A symbol's reach is at most half a cell, so the cells next to its own suffice.
        (cx - 1..=cx + 1).any(|gx| {
            (cy - 1..=cy + 1).any(|gy| {
                self.grid
                    .get(&(gx, gy))
                    .into_iter()
                    .flatten()
                    .any(|p| (p.x - x).hypot(p.y - y) < p.reach + reach + GAP_PX - 1e-9)
            })
        })
    }

    /// Whether `unit` with its place moved to (`x`, `y`) touches nothing.
    fn free(&self, unit: &Stack, symbols: &[Option<Footprint>], x: f64, y: f64) -> bool {
        Placed::discs(unit, symbols, x, y).all(|(dx, dy, reach)| !self.touches(dx, dy, reach))
    }

    /// The nearest spot to `unit`'s place where it touches nothing. The nearest free spot
    /// touches something already placed, so the candidates are the spots touching each placed
    /// symbol near the place (the one straight towards the place first), nearest first, in a
    /// widening circle. Above everything placed is always free, the last resort.
    fn free_spot_near(&self, unit: &Stack, symbols: &[Option<Footprint>]) -> (f64, f64) {
        let total: usize = self.grid.values().map(Vec::len).sum();
        let mut range = 2.0 * self.cell;
        loop {
            let span = (range / self.cell).ceil() as i64 + 1;
            let (cx, cy) = self.cell_of(unit.x, unit.y);
            let mut seen = 0;
            let mut candidates: Vec<(f64, f64, f64)> = Vec::new();
            for gx in cx - span..=cx + span {
                for gy in cy - span..=cy + span {
                    for p in self.grid.get(&(gx, gy)).into_iter().flatten() {
                        seen += 1;
                        let apart = p.reach + unit.reach + GAP_PX + 1e-6;
                        let towards = (unit.y - p.y).atan2(unit.x - p.x);
                        for k in 0..TANGENT_TRIES {
                            let angle = towards + 2.0 * PI * k as f64 / TANGENT_TRIES as f64;
                            let (x, y) = (p.x + apart * angle.cos(), p.y + apart * angle.sin());
                            candidates.push(((x - unit.x).hypot(y - unit.y), x, y));
                        }
                    }
                }
            }
            candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
            // A spot beyond the range may be nearer to something placed outside it, so it
            // counts only once every placed symbol has been seen.
            let everything = seen >= total;
            if let Some(&(_, x, y)) = candidates
                .iter()
                .find(|c| (everything || c.0 <= range) && self.free(unit, symbols, c.1, c.2))
            {
                return (x, y);
            }
            if everything {
                let top = self
                    .grid
                    .values()
                    .flatten()
                    .map(|p| p.y - p.reach)
                    .fold(unit.y, f64::min);
                return (unit.x, top - unit.reach - GAP_PX - 1.0);
            }
            range *= 2.0;
        }
    }
}
