//! Serde types of the dated facts: events, issues and positions, and figure claims.
use serde::{Deserialize, Serialize};

use super::dates::DatePrecision;
use super::model::{Evidence, Inferred};

/// What kind of thing happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Talks between delegations.
    Meeting,
    /// A phone call.
    Call,
    /// Something said on the record.
    Statement,
    /// A news conference or briefing.
    #[serde(rename = "press conference")]
    PressConference,
    /// A written or spoken proposal.
    Proposal,
    /// A delivery of documents or weapons.
    Delivery,
    /// An announcement of a decision.
    Announcement,
    /// A military exercise.
    Exercise,
    /// A vote.
    Vote,
    /// A bill moving through a legislature.
    Legislation,
    /// A published text.
    Publication,
    /// A summit's decision.
    Summit,
    /// An invasion.
    Invasion,
    /// A revolution.
    Revolution,
    /// The founding of a body.
    Founding,
    /// A country joining an alliance.
    Accession,
}

impl EventKind {
    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Statement => "statement",
            EventKind::PressConference => "press conference",
            EventKind::Proposal => "proposal",
            EventKind::Delivery => "delivery",
            EventKind::Announcement => "announcement",
            EventKind::Exercise => "exercise",
            EventKind::Vote => "vote",
            EventKind::Legislation => "legislation",
            EventKind::Publication => "publication",
            EventKind::Summit => "summit",
            EventKind::Invasion => "invasion",
            EventKind::Revolution => "revolution",
            EventKind::Founding => "founding",
            EventKind::Accession => "accession",
        }
    }
}

/// Something that happened, or was scheduled, on a date.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// A one-line summary.
    pub title: String,
    /// What kind of thing it is.
    pub kind: EventKind,
    /// ISO date.
    pub date: String,
    /// How precisely the date is known.
    pub date_precision: DatePrecision,
    /// How the date was worked out from the article's dateline and wording.
    pub date_basis: String,
    /// Where, if the articles say.
    pub place: Option<String>,
    /// The actors taking part.
    pub actors: Vec<String>,
    /// The people taking part.
    #[serde(default)]
    pub people: Vec<String>,
    /// Words in `title` that the evidence does not give, with their basis.
    #[serde(default)]
    pub inferred: Vec<Inferred>,
    /// Supporting quotes.
    pub evidence: Vec<Evidence>,
}

/// A question the sides take positions on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    /// Stable id.
    pub id: String,
    /// Short title, e.g. "NATO’s open door".
    pub title: String,
    /// The proposition positions lean for or against, e.g. "NATO should stop enlarging".
    pub motion: String,
    /// Deployments the issue is about, for links to the map (our curation, not a fact).
    #[serde(default)]
    pub map_links: Vec<String>,
    /// Where the articles raise it.
    pub evidence: Vec<Evidence>,
}

/// Where a position stands on its issue's motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Leaning {
    /// Supports the motion.
    For,
    /// Opposes the motion.
    Against,
    /// Supports it on a condition or in part.
    Conditional,
    /// States something that neither supports nor opposes it.
    Unclear,
}

impl Leaning {
    /// The leaning in words.
    pub fn label(self) -> &'static str {
        match self {
            Leaning::For => "for",
            Leaning::Against => "against",
            Leaning::Conditional => "conditional",
            Leaning::Unclear => "unclear",
        }
    }
}

/// One actor's stated stance on one issue.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Stable id.
    pub id: String,
    /// The issue.
    pub issue: String,
    /// Whose stance.
    pub actor: String,
    /// A short stance label.
    pub stance: String,
    /// How it leans on the issue's motion.
    pub leaning: Leaning,
    /// One plain sentence.
    pub sentence: String,
    /// Who stated it, where one person did.
    pub speaker: Option<String>,
    /// When it was stated.
    pub date: String,
    /// How precisely `date` is known.
    pub date_precision: DatePrecision,
    /// Words in `stance` or `sentence` that the evidence does not give, with their basis.
    #[serde(default)]
    pub inferred: Vec<Inferred>,
    /// Supporting quotes.
    pub evidence: Vec<Evidence>,
}

/// One source's number for a quantity.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FigureClaim {
    /// The number.
    pub value: u64,
    /// The words used.
    pub text: String,
    /// "more than", "about"…
    pub qualifier: Option<String>,
    /// The actor the number is attributed to; none when the article gives it in its own voice.
    pub claimant: Option<String>,
    /// The person who gave it.
    pub speaker: Option<String>,
    /// When it was given.
    pub date: String,
    /// A reading note.
    pub note: Option<String>,
    /// The quote.
    pub evidence: Vec<Evidence>,
}

impl Figure {
    /// Whether the sources give different numbers: differing qualifiers or speakers alone are
    /// not a disagreement.
    pub fn disagrees(&self) -> bool {
        self.claims.iter().any(|c| c.value != self.claims[0].value)
    }
}

/// A quantity the sources give, with every variant.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id.
    pub id: String,
    /// What is counted.
    pub what: String,
    /// The unit, e.g. "troops".
    pub unit: String,
    /// How the variants relate.
    pub note: String,
    /// Every variant.
    pub claims: Vec<FigureClaim>,
}
