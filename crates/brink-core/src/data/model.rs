//! Serde types of the dataset under `assets/corpus/` (documented in its README).
use super::dates::DatePrecision;
use serde::{Deserialize, Serialize};

/// One news article of the corpus, identified by its file stem.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File stem of the article under `assets/corpus/articles/`.
    pub id: String,
    /// Outlet, where the text names it or it can be inferred (see `outlet_note`).
    pub outlet: Option<String>,
    /// How the outlet is known, or that the text does not say.
    pub outlet_note: String,
    /// A short name for the article where the text names its outlet, e.g. "NYT live page".
    #[serde(default)]
    pub short_name: Option<String>,
    /// Headline as printed, if the text carries one.
    pub headline: Option<String>,
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: String,
    /// How precisely `date` is known.
    pub date_precision: DatePrecision,
    /// How the date was worked out from the text.
    pub date_basis: String,
    /// URL of the original, where the text gives one.
    pub url: Option<String>,
    /// The page furniture the text carries (navigation, photo credits, a graphic's labels).
    #[serde(default)]
    pub furniture: Vec<Furniture>,
}

/// What a run of page furniture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FurnitureKind {
    /// Site navigation, datelines and links out.
    Navigation,
    /// A photo's caption and credit.
    Photo,
    /// The text labels of a graphic, in the order the page gives them.
    Graphic,
    /// A media player's controls.
    Player,
    /// Contributor notes and the page's footer.
    Credits,
}

impl FurnitureKind {
    /// What the reader is told the run is.
    pub fn label(self) -> &'static str {
        match self {
            FurnitureKind::Navigation => "Page navigation, not the article",
            FurnitureKind::Photo => "Photo caption and credit",
            FurnitureKind::Graphic => "Text of a map graphic, labels in the page’s order",
            FurnitureKind::Player => "Media player controls, not the article",
            FurnitureKind::Credits => "Credits and page footer",
        }
    }
}

/// A run of lines that is page furniture: from a line starting with `first` to the next line
/// starting with `last` (or that line alone), wherever it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Furniture {
    /// What the run is.
    pub kind: FurnitureKind,
    /// How its first line starts.
    pub first: String,
    /// How its last line starts, if it is more than one line.
    pub last: Option<String>,
}

impl Source {
    /// The outlet for display, saying so when the text names none.
    pub fn outlet_label(&self) -> &str {
        self.outlet
            .as_deref()
            .unwrap_or("Outlet not named in the text")
    }

    /// How the app names the article everywhere, so five are told apart at a glance: "NYT live
    /// page, 12 Jan", or the headline's first words where the text names no outlet.
    pub fn short_label(&self) -> String {
        let name = match (&self.short_name, &self.headline) {
            (Some(name), _) => name.clone(),
            (None, Some(headline)) => {
                let words: Vec<&str> = headline.split_whitespace().collect();
                let cut = words.len().min(5);
                let more = if words.len() > cut { "…" } else { "" };
                format!("“{}{more}”", words[..cut].join(" "))
            }
            (None, None) => self.outlet_label().to_owned(),
        };
        format!(
            "{name}, {}",
            crate::data::dates::describe_short(&self.date, self.date_precision)
        )
    }
}

/// Who a quoted sentence comes from, as the article presents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// An official speaking on the record.
    NamedOfficial,
    /// An official speaking without being named.
    AnonymousOfficial,
    /// An intelligence assessment.
    Intelligence,
    /// An analyst, historian or commentator.
    Analyst,
    /// Satellite imagery.
    Satellite,
    /// The journalist's own narration.
    Narration,
    /// Text of a map graphic reproduced in the article.
    MapGraphic,
}

impl Attribution {
    /// Every kind of voice, in the order filters list them.
    pub const ALL: [Attribution; 7] = [
        Attribution::NamedOfficial,
        Attribution::AnonymousOfficial,
        Attribution::Intelligence,
        Attribution::Analyst,
        Attribution::Satellite,
        Attribution::MapGraphic,
        Attribution::Narration,
    ];

    /// The name in files and links, e.g. `named_official`.
    pub fn slug(self) -> &'static str {
        match self {
            Attribution::NamedOfficial => "named_official",
            Attribution::AnonymousOfficial => "anonymous_official",
            Attribution::Intelligence => "intelligence",
            Attribution::Analyst => "analyst",
            Attribution::Satellite => "satellite",
            Attribution::Narration => "narration",
            Attribution::MapGraphic => "map_graphic",
        }
    }

    /// The attribution a link or file names, if any.
    pub fn from_slug(slug: &str) -> Option<Attribution> {
        Attribution::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// A short label for readers.
    pub fn label(self) -> &'static str {
        match self {
            Attribution::NamedOfficial => "named official",
            Attribution::AnonymousOfficial => "anonymous official",
            Attribution::Intelligence => "intelligence assessment",
            Attribution::Analyst => "analyst",
            Attribution::Satellite => "satellite imagery",
            Attribution::Narration => "journalist’s narration",
            Attribution::MapGraphic => "map graphic",
        }
    }
}

/// A sentence of an article that supports a record, copied character for character.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The article's id.
    pub source: String,
    /// The verbatim quote.
    pub quote: String,
    /// How the article attributes it.
    pub attribution: Attribution,
    /// The person speaking, when the sentence quotes or paraphrases someone.
    pub speaker: Option<String>,
    /// Where the quote sits in its article: worked out by the build, never written in a file,
    /// so the browser can link to a passage before the article's text has arrived.
    #[serde(default)]
    pub span: Option<crate::data::span::TextSpan>,
}

/// Which side an actor is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Russia and forces it backs.
    Russia,
    /// The United States.
    Us,
    /// NATO and its member states other than the US.
    Nato,
    /// Ukraine.
    Ukraine,
    /// Everyone else (China, the UN, the EU, analysts…).
    Other,
    /// Forces the articles do not attribute to anyone.
    Unknown,
}

impl Side {
    /// Every side, in the order filters list them.
    pub const ALL: [Side; 6] = [
        Side::Us,
        Side::Nato,
        Side::Russia,
        Side::Ukraine,
        Side::Other,
        Side::Unknown,
    ];

    /// The name in files and links, e.g. `russia`.
    pub fn slug(self) -> &'static str {
        match self {
            Side::Russia => "russia",
            Side::Us => "us",
            Side::Nato => "nato",
            Side::Ukraine => "ukraine",
            Side::Other => "other",
            Side::Unknown => "unknown",
        }
    }

    /// The side a link names, if any.
    pub fn from_slug(slug: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The side's name for legends and toggles.
    pub fn label(self) -> &'static str {
        match self {
            Side::Russia => "Russia",
            Side::Us => "United States",
            Side::Nato => "NATO and allies",
            Side::Ukraine => "Ukraine",
            Side::Other => "Others",
            Side::Unknown => "Not stated",
        }
    }
}

/// A state, alliance or body the articles name.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id, e.g. `nato`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The side it is drawn with.
    pub side: Side,
    /// Where the articles name it.
    pub evidence: Vec<Evidence>,
}

/// A named person, with role and affiliation as the articles state them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable id, e.g. `stoltenberg`.
    pub id: String,
    /// Name as written.
    pub name: String,
    /// Role as stated.
    pub role: String,
    /// The actor they speak for, if any (journalists and photographers have none).
    pub actor: Option<String>,
    /// Where the articles name them.
    pub evidence: Vec<Evidence>,
}

/// How sure the coordinates we added for a place are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A precise point.
    Exact,
    /// A city's centre.
    City,
    /// A representative point of a region: not a location.
    Region,
    /// Our best estimate of a place the articles name only loosely.
    Approximate,
}

impl Precision {
    /// A short label for readers.
    pub fn label(self) -> &'static str {
        match self {
            Precision::Exact => "exact",
            Precision::City => "city centre",
            Precision::Region => "region",
            Precision::Approximate => "approximate",
        }
    }
}

/// The area a region covers: countries' outlines or a small circle around its point.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Extent {
    /// ISO 3166-1 alpha-3 codes of the countries whose outlines together are the region.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Radius of the region around its point.
    pub radius_km: Option<f64>,
}

/// A place the articles name, with coordinates we added.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Stable id, e.g. `rostov_on_don`.
    pub id: String,
    /// Name as written.
    pub name: String,
    /// Other names the articles use for the place, e.g. "U.N." for UN headquarters.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Longitude, degrees east.
    pub lon: f64,
    /// Latitude, degrees north.
    pub lat: f64,
    /// How sure the coordinates are.
    pub precision: Precision,
    /// ISO 3166-1 alpha-3 code of the country the point lies in (Natural Earth's `ADM0_A3`).
    pub country: String,
    /// The area, for a region drawn from geometry; a region without one is a labelled marker.
    pub extent: Option<Extent>,
    /// Outside the map frame: drawn as an edge marker.
    #[serde(default)]
    pub off_map: bool,
    /// How the place was located, where that needs saying.
    pub note: Option<String>,
    /// Where the articles name it.
    pub evidence: Vec<Evidence>,
}

impl Place {
    /// Whether the place is an area rather than a point.
    pub fn is_region(&self) -> bool {
        self.precision == Precision::Region || self.extent.is_some()
    }
}

/// A number as reported: its value and its words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The number.
    pub value: u64,
    /// The words the article uses, e.g. "more than 100,000".
    pub text: String,
    /// "more than", "close to", "about", "around", "up to" or "some".
    pub qualifier: Option<String>,
}

/// The qualifiers a count may carry.
pub const QUALIFIERS: [&str; 6] = ["more than", "close to", "about", "around", "up to", "some"];

/// What the articles say of a deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Status {
    /// Gathered in large numbers.
    #[serde(rename = "massed")]
    Massed,
    /// In place.
    #[serde(rename = "deployed")]
    Deployed,
    /// Taking part in an exercise.
    #[serde(rename = "exercise")]
    Exercise,
    /// On the move towards or into a place.
    #[serde(rename = "moving")]
    Moving,
    /// Ready to move, but not there.
    #[serde(rename = "on alert")]
    OnAlert,
    /// Intended or assessed to be intended.
    #[serde(rename = "planned")]
    Planned,
    /// Committed to, usually on a condition.
    #[serde(rename = "promised")]
    Promised,
    /// Offered.
    #[serde(rename = "offered")]
    Offered,
    /// Said will not happen.
    #[serde(rename = "ruled out")]
    RuledOut,
    /// Declined.
    #[serde(rename = "refused")]
    Refused,
}

impl Status {
    /// The status in words.
    pub fn label(self) -> &'static str {
        match self {
            Status::Massed => "massed",
            Status::Deployed => "deployed",
            Status::Exercise => "exercise",
            Status::Moving => "moving",
            Status::OnAlert => "on alert",
            Status::Planned => "planned",
            Status::Promised => "promised",
            Status::Offered => "offered",
            Status::RuledOut => "ruled out",
            Status::Refused => "refused",
        }
    }
}

/// What a deployment record is: it decides whether and how the map draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentKind {
    /// Troops or units: the only kind whose count is drawn on the troop scale.
    Force,
    /// Equipment, weapons or aid: drawn with its own symbol, never sized as troops.
    Equipment,
    /// What a side could do ("can call up to 2.5 million"): listed, never drawn.
    Capacity,
    /// People or forces taken away: listed, never drawn.
    Withdrawal,
    /// Something done in the past: listed, never drawn.
    Past,
}

impl DeploymentKind {
    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            DeploymentKind::Force => "force",
            DeploymentKind::Equipment => "equipment or aid",
            DeploymentKind::Capacity => "capacity",
            DeploymentKind::Withdrawal => "withdrawal",
            DeploymentKind::Past => "past",
        }
    }
}

/// Something in a record's display text that its evidence does not say, and why it is there.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Inferred {
    /// The words as they appear in the display text.
    pub text: String,
    /// How they were worked out.
    pub basis: String,
}

/// A force, unit, piece of equipment or troop figure tied to a place.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deployment {
    /// Stable id.
    pub id: String,
    /// Whose force it is.
    pub actor: String,
    /// What the record is: force, equipment, capacity, withdrawal or past.
    pub kind: DeploymentKind,
    /// What it is, in words close to the articles'.
    pub what: String,
    /// How many, where the articles say.
    pub count: Option<Count>,
    /// Where, if the articles say.
    pub place: Option<String>,
    /// What the articles say of it.
    pub status: Status,
    /// The date the report holds for.
    pub as_of: String,
    /// How precisely `as_of` is known.
    pub as_of_precision: DatePrecision,
    /// The figure whose variants this count is one of.
    pub figure: Option<String>,
    /// A reading note: ambiguity, absent numbers.
    pub note: Option<String>,
    /// Words in `what` that the evidence does not give, with their basis.
    #[serde(default)]
    pub inferred: Vec<Inferred>,
    /// Supporting quotes.
    pub evidence: Vec<Evidence>,
}

/// The last word of a name: "Stoltenberg" of "Jens Stoltenberg".
pub fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}
