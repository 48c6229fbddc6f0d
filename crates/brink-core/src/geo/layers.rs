//! The layers a reader toggles on the map, and which layer each record belongs to.
use crate::data::model::{Deployment, Side, Status};

/// A group of map symbols shown or hidden together.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Layer {
    /// Russian and Russian-backed forces.
    Russia,
    /// US, NATO and allied forces.
    UsNato,
    /// Ukrainian forces.
    Ukraine,
    /// Forces whose side the articles do not state.
    Unattributed,
    /// Diplomatic venues and the events held there.
    Venues,
    /// Military exercises, whoever holds them.
    Exercises,
}

impl Layer {
    /// Every layer, in toggle order.
    pub const ALL: [Layer; 6] = [
        Layer::Russia,
        Layer::UsNato,
        Layer::Ukraine,
        Layer::Unattributed,
        Layer::Exercises,
        Layer::Venues,
    ];

    /// The layer's name in links.
    pub fn slug(self) -> &'static str {
        match self {
            Layer::Russia => "russia",
            Layer::UsNato => "us-nato",
            Layer::Ukraine => "ukraine",
            Layer::Unattributed => "unattributed",
            Layer::Venues => "venues",
            Layer::Exercises => "exercises",
        }
    }

    /// The layer named `slug` in a link.
    pub fn from_slug(slug: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.slug() == slug)
    }

    /// The layer's name for its toggle.
    pub fn label(self) -> &'static str {
        match self {
            Layer::Russia => "Russian forces",
            Layer::UsNato => "US and NATO forces",
            Layer::Ukraine => "Ukraine",
            Layer::Unattributed => "Whose not stated",
            Layer::Venues => "Diplomatic venues",
            Layer::Exercises => "Exercises",
        }
    }

    /// The layer a deployment is drawn in: exercises apart, otherwise by its actor's side.
    pub fn of_deployment(deployment: &Deployment, side: Side) -> Layer {
        if deployment.status == Status::Exercise {
            return Layer::Exercises;
        }
        match side {
            Side::Russia => Layer::Russia,
            Side::Ukraine => Layer::Ukraine,
            Side::Unknown => Layer::Unattributed,
            Side::Us | Side::Nato | Side::Other => Layer::UsNato,
        }
    }
}
