//! Placing text labels on screen without overlaps: greedy, by priority, trying four sides and
//! then four corners.
use std::collections::HashMap;

/// A label to place, anchored on a point in screen pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelRequest {
    /// The text.
    pub text: String,
    /// The anchor point in pixels.
    pub x: f64,
    /// The anchor point in pixels.
    pub y: f64,
    /// Font size in pixels.
    pub size: f64,
    /// Whether the label sits centred on its anchor (country names) or beside a point (cities).
    pub centred: bool,
    /// How far from the point a label beside it keeps: past a city's dot, or a symbol's edge.
    pub clearance: f64,
}

impl LabelRequest {
    /// The width the label is given: its characters at the advance the widest common fallback
    /// for `system-ui` draws them with (DejaVu Sans, measured in Chromium and Firefox alike),
    /// spaced bold capitals for country names; narrower fonts (SF, Segoe UI) only leave room.
    pub fn width(&self) -> f64 {
        let per_char = if self.centred { 0.94 } else { 0.67 };
        self.text.chars().count() as f64 * self.size * per_char
    }
}

/// Which end of its text a label's origin is, as SVG's `text-anchor` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the origin.
    Start,
    /// The text is centred on the origin.
    Middle,
    /// The text ends at the origin.
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a label went: its text origin and alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedLabel {
    /// Text x in pixels.
    pub x: f64,
    /// Text baseline y in pixels.
    pub y: f64,
    /// Which end of the text the origin is.
    pub anchor: Anchor,
}

/// A box on screen, in pixels: a placed label, a symbol labels must not cover, or the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenBox {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl ScreenBox {
    fn overlaps(&self, o: &ScreenBox) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// Places labels in the given order (most important first), clear of the `obstacles` (the
/// symbols on the map); a label that would overlap one of them or a label already placed, or
/// leave the `width`×`height` screen, is left out (`None`).
pub fn place_labels(
    requests: &[LabelRequest],
    width: f64,
    height: f64,
    obstacles: &[ScreenBox],
) -> Vec<Option<PlacedLabel>> {
    let mut taken = Taken::default();
    let screen = ScreenBox {
        x0: 0.0,
        y0: 0.0,
        x1: width,
        y1: height,
    };
    // Symbols off screen can block no label on it.
    for o in obstacles.iter().filter(|o| o.overlaps(&screen)) {
        taken.add(*o);
    }
    requests
        .iter()
        .map(|r| {
            let (w, h) = (r.width(), r.size);
            let found = candidates(r, w, h).into_iter().find_map(|c| {
                let b = c.text_box(w, h);
                let on_screen = b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= width && b.y1 <= height;
                (on_screen && !taken.overlaps(&b)).then_some((c, b))
            });
            found.map(|(c, b)| {
                taken.add(b);
                c
            })
        })
        .collect()
}

/// Where a label may go, best first.
fn candidates(r: &LabelRequest, w: f64, h: f64) -> Vec<PlacedLabel> {
    let at = |x: f64, y: f64, anchor: Anchor| PlacedLabel { x, y, anchor };
    if r.centred {
        // On its point, else just above or below it, else to either side with one end on it
        // (a symbol may sit on the point; the name stays on its country).
        return [
            (0.0, 0.35),
            (0.0, -1.4),
            (0.0, 2.1),
            (-0.5, 0.35),
            (0.5, 0.35),
        ]
        .into_iter()
        .map(|(across, down)| at(r.x + w * across, r.y + h * down, Anchor::Middle))
        .collect();
    }
    // Right, left, above, below: each box starts `gap` from the point; then the four corners,
    // clear of the square `gap` round the point.
    let gap = r.clearance;
    let (above, beside, below) = (r.y - gap - h * 0.2, r.y + h * 0.35, r.y + gap + h * 0.85);
    vec![
        at(r.x + gap, beside, Anchor::Start),
        at(r.x - gap, beside, Anchor::End),
        at(r.x, above, Anchor::Middle),
        at(r.x, below, Anchor::Middle),
        at(r.x + gap, above, Anchor::Start),
        at(r.x + gap, below, Anchor::Start),
        at(r.x - gap, above, Anchor::End),
        at(r.x - gap, below, Anchor::End),
    ]
}

impl PlacedLabel {
    /// The box the text covers, `w` wide and `h` high.
    fn text_box(&self, w: f64, h: f64) -> ScreenBox {
        let x0 = match self.anchor {
            Anchor::Start => self.x,
            Anchor::End => self.x - w,
            Anchor::Middle => self.x - w / 2.0,
        };
        ScreenBox {
            x0,
            y0: self.y - h * 0.85,
            x1: x0 + w,
            y1: self.y + h * 0.2,
        }
    }
}

/// Pixels per side of a cell of [`Taken`]'s grid: about a short name's width.
const CELL_PX: f64 = 48.0;

/// The boxes taken so far, filed under every grid cell they cover, so a candidate is checked
/// against the few boxes near it rather than every symbol on the map.
#[derive(Default)]
struct Taken {
    cells: HashMap<(i64, i64), Vec<ScreenBox>>,
}

impl Taken {
    fn cells_of(b: &ScreenBox) -> impl Iterator<Item = (i64, i64)> {
        let (cx0, cy0) = (
            (b.x0 / CELL_PX).floor() as i64,
            (b.y0 / CELL_PX).floor() as i64,
        );
        let (cx1, cy1) = (
            (b.x1 / CELL_PX).floor() as i64,
            (b.y1 / CELL_PX).floor() as i64,
        );
        (cx0..=cx1).flat_map(move |x| (cy0..=cy1).map(move |y| (x, y)))
    }

    fn add(&mut self, b: ScreenBox) {
        for cell in Taken::cells_of(&b) {
            self.cells.entry(cell).or_default().push(b);
        }
    }

    fn overlaps(&self, b: &ScreenBox) -> bool {
        Taken::cells_of(b).any(|cell| {
            self.cells
                .get(&cell)
                .is_some_and(|boxes| boxes.iter().any(|t| t.overlaps(b)))
        })
    }
}
