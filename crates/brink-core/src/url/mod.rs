//! The URL query string <-> [`ViewState`] codec.
//!
//! Every view lives in the query string of the page's own URL (`?view=article&id=…`), so a link
//! works from any static server and any sub-path: the server always serves the same `index.html`,
//! and a query-only `href` resolves against wherever the app was deployed.
use std::fmt;

mod decode;
mod encode;
mod route;

pub use decode::decode;
pub use encode::encode;
pub use route::{Route, Screen};

pub use crate::data::as_of::{AsOf, Reading};
use crate::data::kinds::FactKind;
pub use crate::data::model::{Attribution, Side};
pub use crate::data::span::TextSpan;
use crate::geo::layers::Layer;

/// What is selected on the map.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MapSelection {
    /// A deployment, by id.
    Deployment(String),
    /// A diplomatic venue, by place id.
    Venue(String),
}

/// Which view is open, with its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The map of deployments and venues.
    Map {
        /// The selected marker.
        selection: Option<MapSelection>,
        /// Layers switched off.
        hidden: Vec<Layer>,
    },
    /// The positions matrix.
    Positions {
        /// The actor columns, in order; empty means the default (US, NATO, Russia).
        actors: Vec<String>,
        /// Keyword filter on the rows.
        filter: String,
        /// The issue opened full-width.
        issue: Option<String>,
    },
    /// The list of the five articles.
    Sources,
    /// Search results for a query.
    Search {
        /// What the reader typed.
        query: String,
    },
    /// Everyone the articles name.
    People,
    /// One person's page.
    Person {
        /// The person's id.
        id: String,
    },
    /// Every figure the articles give, the differing ones first.
    Figures {
        /// The figure to scroll to and mark.
        figure: Option<String>,
    },
    /// Facts by articles: which article reports what.
    Coverage(CoverageQuery),
    /// Every event in date order.
    Timeline {
        /// The event to scroll to and mark.
        event: Option<String>,
    },
    /// One article in the reader, optionally with a span highlighted.
    Article {
        /// The article's id (its file stem).
        id: String,
        /// The span to highlight, if any.
        span: Option<TextSpan>,
    },
}

impl Default for Page {
    fn default() -> Self {
        Page::Map {
            selection: None,
            hidden: Vec::new(),
        }
    }
}

/// How the coverage view orders its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CoverageSort {
    /// By kind, in the corpus's order.
    #[default]
    Kind,
    /// Reported by the fewest articles first.
    Fewest,
    /// Reported by the most articles first.
    Most,
    /// By date.
    Date,
}

impl CoverageSort {
    /// Every order, as offered.
    pub const ALL: [CoverageSort; 4] = [
        CoverageSort::Kind,
        CoverageSort::Fewest,
        CoverageSort::Most,
        CoverageSort::Date,
    ];

    /// The name in links.
    pub fn slug(self) -> &'static str {
        match self {
            CoverageSort::Kind => "kind",
            CoverageSort::Fewest => "fewest",
            CoverageSort::Most => "most",
            CoverageSort::Date => "date",
        }
    }
}

/// The coverage view's filters and order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CoverageQuery {
    /// Only facts of this kind.
    pub kind: Option<FactKind>,
    /// Only facts of this side.
    pub side: Option<Side>,
    /// Only facts reported by exactly this many articles.
    pub count: Option<usize>,
    /// Only facts this article reports.
    pub by: Option<String>,
    /// Only facts this article does not report.
    pub not: Option<String>,
    /// The order.
    pub sort: CoverageSort,
}

/// The map's zoom and centre in a link, rounded so links stay short: hundredths of a zoom step
/// and whole map units (kilometres of the projection).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MapPosition {
    /// Zoom × 100 (100 is the whole map).
    pub zoom_pct: u32,
    /// Centre, map units east.
    pub x: i32,
    /// Centre, map units south.
    pub y: i32,
}

/// Everything a shared link must restore.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// The open view.
    pub page: Page,
    /// The "as of" date the map, the positions and the timeline share; `None` shows all.
    pub as_of: Option<AsOf>,
    /// The voices whose quotes count (named official, analyst…); empty counts every quote.
    pub voices: Vec<Attribution>,
    /// Shown inside another page: the view alone, with a link back to the full explorer.
    pub embed: bool,
    /// The map's zoom and centre; `None` is the whole map.
    pub position: Option<MapPosition>,
    /// The data version a shared link was made for.
    pub version: Option<String>,
}

impl From<Page> for ViewState {
    fn from(page: Page) -> ViewState {
        ViewState {
            page,
            as_of: None,
            voices: Vec::new(),
            embed: false,
            position: None,
            version: None,
        }
    }
}

impl ViewState {
    /// The map with `selection` selected and every layer on.
    pub fn map_with(selection: Option<MapSelection>) -> ViewState {
        Page::Map {
            selection,
            hidden: Vec::new(),
        }
        .into()
    }

    /// The reader at one article, with an optional passage.
    pub fn article(id: &str, span: Option<TextSpan>) -> ViewState {
        Page::Article {
            id: id.to_owned(),
            span,
        }
        .into()
    }
}

/// Something in a link that could not be used; the rest of the link still is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlProblem(pub String);

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A decoded link: the view to show and what was wrong with the link, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The view to show: the default where the link was unusable.
    pub state: ViewState,
    /// What could not be read, in words for the reader.
    pub problems: Vec<UrlProblem>,
}
