//! The app's first drawing, in stages of one task each, so that no stage is a long task: the
//! page the build drew stays on screen, and the app's copy hidden, until the last stage is
//! drawn; then the app takes over.
use leptos::prelude::*;

/// The last stage: everything is drawn.
pub const LAST_STAGE: u8 = 2;

/// How far the app's first drawing has come, shared through context.
#[derive(Clone, Copy)]
pub struct FirstDraw {
    stage: RwSignal<u8>,
}

impl Default for FirstDraw {
    fn default() -> FirstDraw {
        FirstDraw {
            stage: RwSignal::new(0),
        }
    }
}

impl FirstDraw {
    /// Draws the next stage in a task of its own, and so on to the last; then, in a task of its
    /// own too, `done`.
    pub fn advance(self, done: Box<dyn FnOnce()>) {
        set_timeout(
            move || {
                let stage = self.stage.get_untracked();
                if stage >= LAST_STAGE {
                    done();
                } else {
                    self.stage.set(stage + 1);
                    self.advance(done);
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Whether stage `n` of the first drawing is drawn (tracked, changing once): always where
/// nothing draws in stages, as when the build draws the page ahead.
pub fn use_stage(n: u8) -> Signal<bool> {
    match use_context::<FirstDraw>() {
        Some(draw) => Memo::new(move |_| draw.stage.get() >= n).into(),
        None => Signal::stored(true),
    }
}
