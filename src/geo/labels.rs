//! Placing text labels on screen without overlaps: greedy, by priority, trying four sides and
//! then four corners.

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

/// Where a label went: its text origin and alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedLabel {
    /// Text x in pixels.
    pub x: f64,
    /// Text baseline y in pixels.
    pub y: f64,
    /// SVG `text-anchor`.
    pub anchor: &'static str,
}

/// A box on screen, in pixels: a placed label, or a symbol labels must not cover.
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
    let mut taken: Vec<ScreenBox> = obstacles.to_vec();
    requests
        .iter()
        .map(|r| {
            // Country names are spaced capitals: wider per character than city names.
            let per_char = if r.centred { 0.78 } else { 0.58 };
            let w = r.text.chars().count() as f64 * r.size * per_char;
            let h = r.size;
            let gap = r.clearance;
            let candidates: Vec<PlacedLabel> = if r.centred {
                // On its point, else just above or below it (a symbol may sit on the point).
                [0.35, -1.4, 2.1]
                    .into_iter()
                    .map(|shift| PlacedLabel {
                        x: r.x,
                        y: r.y + h * shift,
                        anchor: "middle",
                    })
                    .collect()
            } else {
                // Right, left, above, below: each box starts `gap` from the point.
                vec![
                    PlacedLabel {
                        x: r.x + gap,
                        y: r.y + h * 0.35,
                        anchor: "start",
                    },
                    PlacedLabel {
                        x: r.x - gap,
                        y: r.y + h * 0.35,
                        anchor: "end",
                    },
                    PlacedLabel {
                        x: r.x,
                        y: r.y - gap - h * 0.2,
                        anchor: "middle",
                    },
                    PlacedLabel {
                        x: r.x,
                        y: r.y + gap + h * 0.85,
                        anchor: "middle",
                    },
                    // Then the four corners, clear of the square `gap` round the point.
                    PlacedLabel {
                        x: r.x + gap,
                        y: r.y - gap - h * 0.2,
                        anchor: "start",
                    },
                    PlacedLabel {
                        x: r.x + gap,
                        y: r.y + gap + h * 0.85,
                        anchor: "start",
                    },
                    PlacedLabel {
                        x: r.x - gap,
                        y: r.y - gap - h * 0.2,
                        anchor: "end",
                    },
                    PlacedLabel {
                        x: r.x - gap,
                        y: r.y + gap + h * 0.85,
                        anchor: "end",
                    },
                ]
            };
            let found = candidates.into_iter().find_map(|c| {
                let x0 = match c.anchor {
                    "start" => c.x,
                    "end" => c.x - w,
                    _ => c.x - w / 2.0,
                };
                let b = ScreenBox {
                    x0,
                    y0: c.y - h * 0.85,
                    x1: x0 + w,
                    y1: c.y + h * 0.2,
                };
                let on_screen = b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= width && b.y1 <= height;
                (on_screen && !taken.iter().any(|t| t.overlaps(&b))).then_some((c, b))
            });
            found.map(|(c, b)| {
                taken.push(b);
                c
            })
        })
        .collect()
}
