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
        let at = self.position(list, id, &|i| records.get(i).map(Identified::id))?;
        records.get(at)
    }

    /// Where the record `id` is in the list whose `i`th id `id_at` gives (one body for every
    /// kind of record, so the wasm carries one copy).
    fn position<'r>(
        &self,
        list: List,
        id: &str,
        id_at: &dyn Fn(usize) -> Option<&'r str>,
    ) -> Option<usize> {
        let ids = || (0..).map_while(|i| Some((i, id_at(i)?)));
        let index = self.lists[list as usize]
            .get_or_init(|| ids().map(|(i, r)| (r.to_owned(), i)).collect());
        index
            .get(id)
            .copied()
            .filter(|&i| id_at(i) == Some(id))
            // Records changed after the index was built (a test editing a corpus) are still
            // found, by a scan.
            .or_else(|| ids().find(|(_, r)| *r == id).map(|(i, _)| i))
    }
}
