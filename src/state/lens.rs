//! What the "as of" date shows, worked out once per step and read by the map, the positions
//! and the timeline.
use leptos::prelude::*;

use crate::state::{use_corpus, use_navigator};
use brink_core::data::as_of::{AsOf, Snapshot};
use brink_core::data::model::{Attribution, Evidence};

/// The snapshot of the date on screen and what the last step added.
#[derive(Clone, Copy)]
pub struct Lens {
    /// `None` when no date is set: everything is shown.
    pub shown: Memo<Option<Snapshot>>,
    /// What the date shows that the previous one did not (the day before, on a fresh load).
    pub added: Memo<Snapshot>,
    /// The voices whose quotes count; empty counts all.
    pub voices: Memo<Vec<Attribution>>,
}

impl Lens {
    /// Works the snapshots out from the navigator's date.
    pub fn from_context() -> Lens {
        let corpus = use_corpus();
        let as_of = use_navigator().as_of;
        let shown = Memo::new(move |_| as_of.get().map(|at| corpus.snapshot(at)));
        let steps = Memo::new(move |previous: Option<&(Option<AsOf>, Snapshot)>| {
            let now = as_of.get();
            let added = match (now, previous.and_then(|(at, _)| *at)) {
                (Some(now), Some(before)) if before.reading == now.reading => shown
                    .with(|s| s.clone().unwrap_or_default())
                    .added_since(&corpus.snapshot(before)),
                (Some(now), _) => {
                    let day_before = AsOf {
                        date: now.date.add_days(-1),
                        ..now
                    };
                    shown
                        .with(|s| s.clone().unwrap_or_default())
                        .added_since(&corpus.snapshot(day_before))
                }
                (None, _) => Snapshot::default(),
            };
            (now, added)
        });
        Lens {
            shown,
            added: Memo::new(move |_| steps.with(|(_, added)| added.clone())),
            voices: use_navigator().voices,
        }
    }

    /// Whether the voices filter lets a fact with these quotes through (tracked): one quote in
    /// a chosen voice is enough.
    pub fn heard(&self, evidence: &[Evidence]) -> bool {
        self.voices
            .with(|v| v.is_empty() || evidence.iter().any(|e| v.contains(&e.attribution)))
    }

    /// Whether the date on screen shows a deployment (tracked).
    pub fn shows_deployment(&self, id: &str) -> bool {
        self.shown
            .with(|s| s.as_ref().is_none_or(|s| s.deployments.contains(id)))
    }

    /// Whether the date on screen shows an event (tracked).
    pub fn shows_event(&self, id: &str) -> bool {
        self.shown
            .with(|s| s.as_ref().is_none_or(|s| s.events.contains(id)))
    }

    /// Whether the date on screen shows a position (tracked).
    pub fn shows_position(&self, id: &str) -> bool {
        self.shown
            .with(|s| s.as_ref().is_none_or(|s| s.positions.contains(id)))
    }

    /// Whether the date and the voices both let the deployment `id` with these quotes through
    /// (tracked): the rule every symbol and row of the map follows.
    pub fn passes_deployment(&self, id: &str, evidence: &[Evidence]) -> bool {
        self.shows_deployment(id) && self.heard(evidence)
    }

    /// Whether the last step brought a deployment in (tracked).
    pub fn added_deployment(&self, id: &str) -> bool {
        self.added.with(|a| a.deployments.contains(id))
    }
}

/// The lens provided by the explorer.
pub fn use_lens() -> Lens {
    expect_context::<Lens>()
}
