//! The "as of" date: which facts the articles place on or before a day, in two readings.
use std::collections::BTreeSet;

use super::corpus::Corpus;
use super::dates::DatePrecision;
use super::dates::{Date, Period};
use super::facts::{Event, Position};
use super::model::{Deployment, Evidence};

/// How a fact is dated against the "as of" day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Reading {
    /// By the date the articles give the fact itself: a force reported massed on 12 January is
    /// there from 12 January, whichever article says so.
    #[default]
    Happened,
    /// By the publication date of the first article that reports it: what a reader of the
    /// articles could have known by then.
    Reported,
}

impl Reading {
    /// The reading in words, for the control and the notice that says which one is on.
    pub fn label(self) -> &'static str {
        match self {
            Reading::Happened => "happened by then",
            Reading::Reported => "reported by then",
        }
    }
}

/// A day and the reading it is taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AsOf {
    /// The last day shown.
    pub date: Date,
    /// Which dates count.
    pub reading: Reading,
}

impl AsOf {
    /// Whether a fact first shown on `day` is shown; a fact without a readable date is not.
    pub fn shows(&self, day: Option<Date>) -> bool {
        day.is_some_and(|d| d <= self.date)
    }
}

/// The last day a date of `precision` may be: a fact dated only to a week, month or year is
/// placed "on or before" a day only once that whole period has passed.
fn last_day(iso: &str, precision: DatePrecision) -> Option<Date> {
    Period::of(iso, precision).map(|p| p.last)
}

impl Corpus {
    /// The day from which `reading` shows a fact with this date and evidence.
    pub fn first_shown(
        &self,
        iso: &str,
        precision: DatePrecision,
        evidence: &[Evidence],
        reading: Reading,
    ) -> Option<Date> {
        match reading {
            Reading::Happened => last_day(iso, precision),
            Reading::Reported => evidence
                .iter()
                .filter_map(|e| self.source(&e.source))
                .filter_map(|s| last_day(&s.date, s.date_precision))
                .min(),
        }
    }

    /// The day from which `reading` shows a deployment. A deployment is a state an article
    /// reports as so when it was written, so it held by then even where its own date is later
    /// (the buildup every article repeats is there from the first report).
    pub fn deployment_shown(&self, d: &Deployment, reading: Reading) -> Option<Date> {
        self.state_shown(&d.as_of, d.as_of_precision, &d.evidence, reading)
    }

    /// The day from which `reading` shows an event.
    pub fn event_shown(&self, e: &Event, reading: Reading) -> Option<Date> {
        self.first_shown(&e.date, e.date_precision, &e.evidence, reading)
    }

    /// The day from which `reading` shows a position: like a deployment, a stance an article
    /// reports had been stated by the day it was published.
    pub fn position_shown(&self, p: &Position, reading: Reading) -> Option<Date> {
        self.state_shown(&p.date, p.date_precision, &p.evidence, reading)
    }

    /// The earlier of a record's own date and its first report; events are never dated by
    /// their reports, since an article may announce an event before it happens.
    fn state_shown(
        &self,
        iso: &str,
        precision: DatePrecision,
        evidence: &[Evidence],
        reading: Reading,
    ) -> Option<Date> {
        let reported = self.first_shown(iso, precision, evidence, Reading::Reported);
        match reading {
            Reading::Reported => reported,
            Reading::Happened => match (last_day(iso, precision), reported) {
                (Some(own), Some(reported)) => Some(own.min(reported)),
                (own, reported) => own.or(reported),
            },
        }
    }

    /// The days the "as of" control runs over: from the first to the last day any article,
    /// event, deployment or position is dated to the day.
    pub fn as_of_range(&self) -> Option<(Date, Date)> {
        let days = self
            .sources
            .iter()
            .map(|s| (s.date.as_str(), s.date_precision))
            .chain(
                self.events
                    .iter()
                    .map(|e| (e.date.as_str(), e.date_precision)),
            )
            .chain(
                self.deployments
                    .iter()
                    .map(|d| (d.as_of.as_str(), d.as_of_precision)),
            )
            .chain(
                self.positions
                    .iter()
                    .map(|p| (p.date.as_str(), p.date_precision)),
            )
            .filter(|(_, precision)| *precision == DatePrecision::Day)
            .filter_map(|(iso, _)| Date::parse(iso));
        let (first, last) = days.fold(None, |range: Option<(Date, Date)>, d| match range {
            None => Some((d, d)),
            Some((a, b)) => Some((a.min(d), b.max(d))),
        })?;
        Some((first, last))
    }

    /// The days within the range on which `reading` shows a new event, in order: the stops of
    /// "previous event" and "next event".
    pub fn event_days(&self, reading: Reading) -> Vec<Date> {
        let Some((first, last)) = self.as_of_range() else {
            return Vec::new();
        };
        let mut days: Vec<Date> = self
            .events
            .iter()
            .filter_map(|e| self.event_shown(e, reading))
            .filter(|d| (first..=last).contains(d))
            .collect();
        days.sort();
        days.dedup();
        days
    }
}

/// The ids of what an "as of" date shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// Deployments shown.
    pub deployments: BTreeSet<String>,
    /// Events shown.
    pub events: BTreeSet<String>,
    /// Positions shown.
    pub positions: BTreeSet<String>,
}

impl Snapshot {
    /// What this snapshot shows that `earlier` did not: what changed since the previous step.
    pub fn added_since(&self, earlier: &Snapshot) -> Snapshot {
        let added = |now: &BTreeSet<String>, then: &BTreeSet<String>| {
            now.difference(then).cloned().collect()
        };
        Snapshot {
            deployments: added(&self.deployments, &earlier.deployments),
            events: added(&self.events, &earlier.events),
            positions: added(&self.positions, &earlier.positions),
        }
    }

    /// Whether nothing is in it.
    pub fn is_empty(&self) -> bool {
        self.deployments.is_empty() && self.events.is_empty() && self.positions.is_empty()
    }
}

/// The ids of `records` whose first day (by `shown`) `as_of` shows.
fn shown_ids<T>(
    records: &[T],
    as_of: AsOf,
    id: impl Fn(&T) -> &str,
    shown: impl Fn(&T) -> Option<Date>,
) -> BTreeSet<String> {
    records
        .iter()
        .filter(|r| as_of.shows(shown(r)))
        .map(|r| id(r).to_owned())
        .collect()
}

impl Corpus {
    /// Everything `as_of` shows.
    pub fn snapshot(&self, as_of: AsOf) -> Snapshot {
        let r = as_of.reading;
        Snapshot {
            deployments: shown_ids(
                &self.deployments,
                as_of,
                |d| &d.id,
                |d| self.deployment_shown(d, r),
            ),
            events: shown_ids(&self.events, as_of, |e| &e.id, |e| self.event_shown(e, r)),
            positions: shown_ids(
                &self.positions,
                as_of,
                |p| &p.id,
                |p| self.position_shown(p, r),
            ),
        }
    }
}
