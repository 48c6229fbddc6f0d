//! Records found by id in constant time. Each list's index is built on its first lookup, so
//! nothing passes over the corpus before the first view is drawn.
use std::collections::HashMap;
use std::sync::OnceLock;

use super::facts::{Event, Figure, Issue, Position};
use super::model::{Actor, Deployment, Person, Place, Source};

/// A record with an id.
pub trait Identified {
    /// The record's id.
    fn id(&self) -> &str;
}

macro_rules! identified {
    ($($record:ty),*) => {
        $(impl Identified for $record {
            fn id(&self) -> &str {
                &self.id
            }
        })*
    };
}

identified!(Source, Actor, Person, Place, Deployment, Event, Issue, Position, Figure);

/// One of the corpus's lists of records.
#[derive(Debug, Clone, Copy)]
pub enum List {
    /// The articles' metadata.
    Sources,
    /// Actors.
    Actors,
    /// People.
    People,
    /// Places.
    Places,
    /// Deployments.
    Deployments,
    /// Events.
    Events,
    /// Issues.
    Issues,
    /// Positions.
    Positions,
    /// Figures.
    Figures,
}

/// Each list's ids to positions, built when first asked.
#[derive(Debug, Clone, Default)]
pub struct IdIndex {
    lists: [OnceLock<HashMap<String, usize>>; 9],
}

impl IdIndex {
    /// The record of `records` (the list `list`) with this id.
    pub fn find<'a, T: Identified>(&self, list: List, records: &'a [T], id: &str) -> Option<&'a T> {
        let index = self.lists[list as usize].get_or_init(|| {
            records
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id().to_owned(), i))
                .collect()
        });
        index
            .get(id)
            .and_then(|&i| records.get(i))
            .filter(|r| r.id() == id)
            // Records changed after the index was built (a test editing a corpus) are still
            // found, by a scan.
            .or_else(|| records.iter().find(|r| r.id() == id))
    }
}
