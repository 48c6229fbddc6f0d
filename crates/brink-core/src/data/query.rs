//! What the views ask of the corpus: lookups, filters by actor, place, issue, source and date.
use std::collections::BTreeSet;

use super::corpus::Corpus;
use super::facts::{Event, Figure, Issue, Leaning, Position};
use super::ids::List;
use super::kinds::{FactKind, FactRef};
use super::mapping::{Mapping, Unmapped};
use super::model::{Actor, Deployment, Evidence, Person, Place, Side};

/// How the stated positions on one issue relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tension {
    /// Some actors are for the motion and some against.
    Collide,
    /// Every actor with a clear stance leans the same way.
    Overlap,
    /// Stances are conditional or unclear, with no open clash.
    Hedged,
    /// Fewer than two actors state a position.
    Single,
}

impl Tension {
    /// The tension in words.
    pub fn label(self) -> &'static str {
        match self {
            Tension::Collide => "sides collide",
            Tension::Overlap => "sides overlap",
            Tension::Hedged => "hedged",
            Tension::Single => "one side only",
        }
    }
}

/// How many distinct articles the evidence comes from.
pub fn reported_by(evidence: &[Evidence]) -> usize {
    evidence
        .iter()
        .map(|e| e.source.as_str())
        .collect::<BTreeSet<_>>()
        .len()
}

impl Corpus {
    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.ids.find(List::Actors, &self.actors, id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.ids.find(List::People, &self.people, id)
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.ids.find(List::Places, &self.places, id)
    }

    /// The deployment with this id.
    pub fn deployment(&self, id: &str) -> Option<&Deployment> {
        self.ids.find(List::Deployments, &self.deployments, id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.ids.find(List::Events, &self.events, id)
    }

    /// The issue with this id.
    pub fn issue(&self, id: &str) -> Option<&Issue> {
        self.ids.find(List::Issues, &self.issues, id)
    }

    /// The position with this id.
    pub fn position(&self, id: &str) -> Option<&Position> {
        self.ids.find(List::Positions, &self.positions, id)
    }

    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.ids.find(List::Figures, &self.figures, id)
    }

    /// An actor's name, or the id where there is no such actor.
    pub fn actor_name(&self, id: &str) -> String {
        self.actor(id).map_or(id, |a| a.name.as_str()).to_owned()
    }

    /// A person's name, or the id where there is no such person; empty for nobody.
    pub fn person_name(&self, id: Option<&str>) -> String {
        id.map(|id| self.person(id).map_or(id, |p| p.name.as_str()).to_owned())
            .unwrap_or_default()
    }

    /// A place's name, empty for none.
    pub fn place_name(&self, id: Option<&str>) -> String {
        id.and_then(|p| self.place(p))
            .map_or(String::new(), |p| p.name.clone())
    }

    /// The side a deployment is drawn with (its actor's).
    pub fn side_of(&self, deployment: &Deployment) -> Side {
        self.actor(&deployment.actor)
            .map_or(Side::Unknown, |a| a.side)
    }

    /// Deployments the map draws: forces and equipment with a place.
    pub fn drawable_deployments(&self) -> impl Iterator<Item = &Deployment> {
        self.deployments
            .iter()
            .filter(|d| matches!(d.mapping(), Mapping::Drawn { .. }))
    }

    /// Deployments listed beside the map for `reason`, never drawn.
    pub fn listed_deployments(&self, reason: Unmapped) -> impl Iterator<Item = &Deployment> {
        self.deployments
            .iter()
            .filter(move |d| d.mapping() == Mapping::Listed(reason))
    }

    /// Every deployment the map lists instead of drawing.
    pub fn unmapped_deployments(&self) -> impl Iterator<Item = &Deployment> {
        self.deployments
            .iter()
            .filter(|d| matches!(d.mapping(), Mapping::Listed(_)))
    }

    /// Deployments of one actor.
    pub fn deployments_of<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'a Deployment> {
        self.deployments.iter().filter(move |d| d.actor == actor)
    }

    /// Deployments at one place.
    pub fn deployments_at<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Deployment> {
        self.deployments
            .iter()
            .filter(move |d| d.place.as_deref() == Some(place))
    }

    /// Events at one place, in date order.
    pub fn events_at(&self, place: &str) -> Vec<&Event> {
        let mut events: Vec<&Event> = self
            .events
            .iter()
            .filter(|e| e.place.as_deref() == Some(place))
            .collect();
        events.sort_by(|a, b| a.date.cmp(&b.date));
        events
    }

    /// The positions one actor states on one issue.
    pub fn positions_on<'a>(&'a self, issue: &str, actor: &str) -> Vec<&'a Position> {
        self.positions
            .iter()
            .filter(|p| p.issue == issue && p.actor == actor)
            .collect()
    }

    /// Actors with at least one stated position, in the order of `actors.json`.
    pub fn actors_with_positions(&self) -> Vec<&Actor> {
        self.actors
            .iter()
            .filter(|a| self.positions.iter().any(|p| p.actor == a.id))
            .collect()
    }

    /// How the stated positions of `actors` (every actor if empty) on an issue relate, from
    /// their leanings alone.
    pub fn tension(&self, issue: &str, actors: &[String]) -> Tension {
        let positions: Vec<&Position> = self
            .positions
            .iter()
            .filter(|p| p.issue == issue && (actors.is_empty() || actors.contains(&p.actor)))
            .collect();
        let actors: BTreeSet<&str> = positions.iter().map(|p| p.actor.as_str()).collect();
        if actors.len() < 2 {
            return Tension::Single;
        }
        let has = |l: Leaning| positions.iter().any(|p| p.leaning == l);
        match (has(Leaning::For), has(Leaning::Against)) {
            (true, true) => Tension::Collide,
            (true, false) | (false, true) => Tension::Overlap,
            (false, false) => Tension::Hedged,
        }
    }

    /// The earliest date a position on the issue was stated, for ordering rows.
    pub fn first_stated(&self, issue: &str) -> Option<&str> {
        self.positions
            .iter()
            .filter(|p| p.issue == issue)
            .map(|p| p.date.as_str())
            .min()
    }

    /// Every record citing the article `source`, without repeats.
    pub fn facts_from(&self, source: &str) -> Vec<&FactRef> {
        let mut facts: Vec<&FactRef> = self.quotes_in(source).iter().map(|q| &q.fact).collect();
        facts.sort();
        facts.dedup();
        facts
    }

    /// A one-line description of a record for lists of facts.
    pub fn fact_label(&self, fact: &FactRef) -> String {
        let found = match fact.kind {
            FactKind::Actor => self.actor(&fact.id).map(|r| r.name.clone()),
            FactKind::Person => self
                .person(&fact.id)
                .map(|r| format!("{}, {}", r.name, r.role)),
            FactKind::Place => self.place(&fact.id).map(|r| r.name.clone()),
            FactKind::Deployment => self
                .deployment(&fact.id)
                .map(|d| deployment_label(d, &self.actor_name(&d.actor))),
            FactKind::Event => self.event(&fact.id).map(|r| r.title.clone()),
            FactKind::Issue => self.issue(&fact.id).map(|r| r.title.clone()),
            FactKind::Position => self.position(&fact.id).map(|p| {
                let who = self
                    .actor(&p.actor)
                    .map_or(p.actor.as_str(), |a| a.name.as_str());
                let issue = self
                    .issue(&p.issue)
                    .map_or(p.issue.as_str(), |i| i.title.as_str());
                format!("{who} on {issue}: {}", p.stance)
            }),
            FactKind::Figure => self.figure(&fact.id).map(|r| r.what.clone()),
        };
        found.unwrap_or_else(|| format!("unknown {} “{}”", fact.kind.label(), fact.id))
    }
}

/// "Russia: more than 100,000 — troops (massed)": a deployment in one line, `who` its actor's name.
pub fn deployment_label(d: &Deployment, who: &str) -> String {
    match &d.count {
        Some(count) => format!("{who}: {} — {} ({})", count.text, d.what, d.status.label()),
        None => format!("{who}: {} ({})", d.what, d.status.label()),
    }
}
