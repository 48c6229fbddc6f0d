//! Pan and zoom as pure math over the SVG viewBox.
use super::projection::MapPoint;
use super::rect::Rect;

/// The most the map zooms in.
pub const MAX_ZOOM: f64 = 12.0;

/// What part of the frame is on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// The whole map at zoom 1.
    pub frame: Rect,
    /// 1 shows the whole frame; 2 shows half its width.
    pub zoom: f64,
    /// The point at the centre of the screen.
    pub centre: MapPoint,
    /// The screen's height over its width, so the viewBox matches the element exactly.
    pub aspect: f64,
}

impl Viewport {
    /// The whole frame.
    pub fn new(frame: Rect) -> Viewport {
        Viewport {
            frame,
            zoom: 1.0,
            centre: frame.centre(),
            aspect: frame.h / frame.w,
        }
    }

    /// The same view on a screen of another shape: the whole frame stays visible at zoom 1,
    /// with extra sea or land where the screen is taller or wider than the frame.
    pub fn with_aspect(self, aspect: f64) -> Viewport {
        if !(aspect.is_finite() && aspect > 0.0) {
            return self;
        }
        Viewport { aspect, ..self }.clamped()
    }

    /// The viewBox for the current pan and zoom.
    pub fn view_box(&self) -> Rect {
        let w = self.frame.w.max(self.frame.h / self.aspect) / self.zoom;
        let h = w * self.aspect;
        Rect {
            x: self.centre.x - w / 2.0,
            y: self.centre.y - h / 2.0,
            w,
            h,
        }
    }

    /// Zooms by `factor`, keeping `anchor` (a map point, e.g. under the cursor) where it is.
    pub fn zoom_by(self, factor: f64, anchor: Option<MapPoint>) -> Viewport {
        let zoom = (self.zoom * factor).clamp(1.0, MAX_ZOOM);
        let anchor = anchor.unwrap_or(self.centre);
        let scale = self.zoom / zoom;
        let centre = MapPoint {
            x: anchor.x + (self.centre.x - anchor.x) * scale,
            y: anchor.y + (self.centre.y - anchor.y) * scale,
        };
        Viewport {
            zoom,
            centre,
            ..self
        }
        .clamped()
    }

    /// Moves the view by a distance in map units.
    pub fn pan_by(self, dx: f64, dy: f64) -> Viewport {
        Viewport {
            centre: MapPoint {
                x: self.centre.x + dx,
                y: self.centre.y + dy,
            },
            ..self
        }
        .clamped()
    }

    /// Moves the view by a fraction of its own size (for arrow keys).
    pub fn pan_by_fraction(self, fx: f64, fy: f64) -> Viewport {
        let vb = self.view_box();
        self.pan_by(fx * vb.w, fy * vb.h)
    }

    /// The view zoomed to `zoom` around `centre` (kept inside the frame), e.g. from a link.
    pub fn looking_at(self, zoom: f64, centre: MapPoint) -> Viewport {
        let zoom = if zoom.is_finite() {
            zoom.clamp(1.0, MAX_ZOOM)
        } else {
            1.0
        };
        Viewport {
            zoom,
            centre,
            ..self
        }
        .clamped()
    }

    /// The view that fits `area` on screen, centred on it (no further in than [`MAX_ZOOM`], no
    /// further out than the whole frame).
    pub fn fitting(self, area: Rect) -> Viewport {
        let whole = self.reset().view_box();
        let zoom = (whole.w / area.w.max(1e-9)).min(whole.h / area.h.max(1e-9));
        self.looking_at(zoom, area.centre())
    }

    /// The whole frame again.
    pub fn reset(self) -> Viewport {
        Viewport::new(self.frame).with_aspect(self.aspect)
    }

    /// Keeps the view inside the frame.
    fn clamped(self) -> Viewport {
        let vb = self.view_box();
        // A view larger than the frame along an axis stays centred on it along that axis.
        let clamp = |c: f64, half: f64, lo: f64, size: f64| {
            if 2.0 * half >= size {
                lo + size / 2.0
            } else {
                c.clamp(lo + half, lo + size - half)
            }
        };
        Viewport {
            centre: MapPoint {
                x: clamp(self.centre.x, vb.w / 2.0, self.frame.x, self.frame.w),
                y: clamp(self.centre.y, vb.h / 2.0, self.frame.y, self.frame.h),
            },
            ..self
        }
    }

    /// Map units per screen pixel when the SVG is `width_px` wide.
    pub fn units_per_px(&self, width_px: f64) -> f64 {
        self.view_box().w / width_px.max(1.0)
    }
}
