//! What a deployment record is decides whether the map may draw it: forces and equipment with a
//! place are drawn, present or not there; capacities, withdrawals, past events, plans without a
//! place and what will not happen are only listed.
use super::model::{Deployment, DeploymentKind, Status};

/// Whether a record is drawn on the map, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mapping {
    /// Drawn at its place; `present` is false for forces that are not there (yet).
    Drawn {
        /// The force or equipment is at the place now (massed, deployed, exercising, moving in).
        present: bool,
    },
    /// Listed beside the map, never drawn.
    Listed(Unmapped),
}

/// Why a record is listed instead of drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unmapped {
    /// Ruled out or refused: it will not happen.
    WillNotHappen,
    /// What a side could do, not a force.
    Capacity,
    /// People or forces taken away.
    Withdrawal,
    /// Something done in the past.
    Past,
    /// A force or plan the articles give no place for.
    NoPlace,
}

impl Unmapped {
    /// Every reason, in the order the lists appear.
    pub const ALL: [Unmapped; 5] = [
        Unmapped::WillNotHappen,
        Unmapped::NoPlace,
        Unmapped::Capacity,
        Unmapped::Withdrawal,
        Unmapped::Past,
    ];

    /// The heading of its list.
    pub fn heading(self) -> &'static str {
        match self {
            Unmapped::WillNotHappen => "Ruled out or refused: will not happen",
            Unmapped::NoPlace => "Reported without a place",
            Unmapped::Capacity => "Capacities: what a side could do, not a force",
            Unmapped::Withdrawal => "Withdrawals",
            Unmapped::Past => "In the past",
        }
    }
}

impl Status {
    /// Whether a force with this status is at its place now; on alert, planned, promised and
    /// offered forces are not.
    pub fn is_present(self) -> bool {
        matches!(
            self,
            Status::Massed | Status::Deployed | Status::Exercise | Status::Moving
        )
    }
}

/// How the map treats a record of this kind and status, with or without a place.
pub fn mapping_of(kind: DeploymentKind, status: Status, has_place: bool) -> Mapping {
    if matches!(status, Status::RuledOut | Status::Refused) {
        return Mapping::Listed(Unmapped::WillNotHappen);
    }
    match kind {
        DeploymentKind::Capacity => Mapping::Listed(Unmapped::Capacity),
        DeploymentKind::Withdrawal => Mapping::Listed(Unmapped::Withdrawal),
        DeploymentKind::Past => Mapping::Listed(Unmapped::Past),
        DeploymentKind::Force | DeploymentKind::Equipment if !has_place => {
            Mapping::Listed(Unmapped::NoPlace)
        }
        DeploymentKind::Force | DeploymentKind::Equipment => Mapping::Drawn {
            present: status.is_present(),
        },
    }
}

impl Deployment {
    /// How the map treats this record.
    pub fn mapping(&self) -> Mapping {
        mapping_of(self.kind, self.status, self.place.is_some())
    }
}
