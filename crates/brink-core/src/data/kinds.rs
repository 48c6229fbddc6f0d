//! The kinds of record, the file each is stored in, and a record named by kind and id.

/// The kinds of record that carry evidence.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum FactKind {
    /// An actor record.
    Actor,
    /// A person record.
    Person,
    /// A place record.
    Place,
    /// A deployment record.
    Deployment,
    /// An event record.
    Event,
    /// An issue record.
    Issue,
    /// A position record.
    Position,
    /// A figure record (one of its claims).
    Figure,
}

impl FactKind {
    /// The file the kind is stored in.
    pub const fn file(self) -> &'static str {
        match self {
            FactKind::Actor => "actors.json",
            FactKind::Person => "people.json",
            FactKind::Place => "places.json",
            FactKind::Deployment => "deployments.json",
            FactKind::Event => "events.json",
            FactKind::Issue => "issues.json",
            FactKind::Position => "positions.json",
            FactKind::Figure => "figures.json",
        }
    }

    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Actor => "actor",
            FactKind::Person => "person",
            FactKind::Place => "place",
            FactKind::Deployment => "deployment",
            FactKind::Event => "event",
            FactKind::Issue => "issue",
            FactKind::Position => "position",
            FactKind::Figure => "figure",
        }
    }
}

/// A record, named by kind and id.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct FactRef {
    /// The record's kind.
    pub kind: FactKind,
    /// The record's id.
    pub id: String,
}
