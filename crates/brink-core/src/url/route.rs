//! The route table: each kind of page declared once, with its name in links, its place in the
//! navigation and how it behaves when a link changes only its parameters.
use super::{CoverageQuery, Page, TextSpan};

/// A kind of page, without its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// The map of deployments and venues (the home page).
    Map,
    /// The positions matrix.
    Positions,
    /// Every event in date order.
    Timeline,
    /// Everyone the articles name.
    People,
    /// One person's page.
    Person,
    /// Which article reports what.
    Coverage,
    /// Every figure the articles give.
    Figures,
    /// The list of the articles.
    Sources,
    /// One article in the reader.
    Article,
    /// Search results.
    Search,
}

/// One row of the table.
struct RouteInfo {
    /// The `view=` value in links.
    slug: &'static str,
    /// The name of the navigation item that is current on this page.
    section: Route,
    /// Whether a link that changes only the page's parameters keeps the reader's place, so the
    /// page is not scrolled back to its top.
    in_place: bool,
}

impl Route {
    /// The navigation, in order.
    pub const NAV: [Route; 7] = [
        Route::Map,
        Route::Positions,
        Route::Timeline,
        Route::People,
        Route::Coverage,
        Route::Figures,
        Route::Sources,
    ];

    /// Every route.
    pub const ALL: [Route; 10] = [
        Route::Map,
        Route::Positions,
        Route::Timeline,
        Route::People,
        Route::Person,
        Route::Coverage,
        Route::Figures,
        Route::Sources,
        Route::Article,
        Route::Search,
    ];

    fn info(self) -> RouteInfo {
        let (slug, section, in_place) = match self {
            Route::Map => ("map", Route::Map, true),
            Route::Positions => ("positions", Route::Positions, true),
            Route::Timeline => ("timeline", Route::Timeline, true),
            Route::People => ("people", Route::People, false),
            Route::Person => ("person", Route::People, false),
            Route::Coverage => ("coverage", Route::Coverage, true),
            Route::Figures => ("figures", Route::Figures, false),
            Route::Sources => ("sources", Route::Sources, false),
            Route::Article => ("article", Route::Sources, true),
            Route::Search => ("search", Route::Search, true),
        };
        RouteInfo {
            slug,
            section,
            in_place,
        }
    }

    /// The `view=` value in links.
    pub fn slug(self) -> &'static str {
        self.info().slug
    }

    /// The route a link's `view=` names.
    pub fn from_slug(slug: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// The navigation item current on this page (a person's page is under People, an article
    /// under Sources).
    pub fn section(self) -> Route {
        self.info().section
    }

    /// The navigation item's label.
    pub fn label(self) -> &'static str {
        match self {
            Route::Map => "Map",
            Route::Positions => "Positions",
            Route::Timeline => "Timeline",
            Route::People | Route::Person => "People",
            Route::Coverage => "Coverage",
            Route::Figures => "Figures",
            Route::Sources | Route::Article => "Sources",
            Route::Search => "Search",
        }
    }

    /// The page the navigation item opens: the route with nothing chosen.
    pub fn landing(self) -> Page {
        match self {
            Route::Map => Page::default(),
            Route::Positions => Page::Positions {
                actors: Vec::new(),
                filter: String::new(),
                issue: None,
            },
            Route::Timeline => Page::Timeline { event: None },
            Route::People | Route::Person => Page::People,
            Route::Coverage => Page::Coverage(CoverageQuery::default()),
            Route::Figures => Page::Figures { figure: None },
            Route::Sources | Route::Article => Page::Sources,
            Route::Search => Page::Search {
                query: String::new(),
            },
        }
    }
}

/// Which page is on screen: its route and the document it shows, without the parameters the
/// page reads for itself. A view is built anew only when this changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    /// The kind of page.
    pub route: Route,
    /// The person or article shown, on their pages.
    pub id: Option<String>,
    /// The passage highlighted in the reader.
    pub span: Option<TextSpan>,
}

impl Page {
    /// The page's route.
    pub fn route(&self) -> Route {
        match self {
            Page::Map { .. } => Route::Map,
            Page::Positions { .. } => Route::Positions,
            Page::Sources => Route::Sources,
            Page::Search { .. } => Route::Search,
            Page::People => Route::People,
            Page::Person { .. } => Route::Person,
            Page::Figures { .. } => Route::Figures,
            Page::Coverage(_) => Route::Coverage,
            Page::Timeline { .. } => Route::Timeline,
            Page::Article { .. } => Route::Article,
        }
    }

    /// The screen the page is shown on.
    pub fn screen(&self) -> Screen {
        let (id, span) = match self {
            Page::Person { id } => (Some(id.clone()), None),
            Page::Article { id, span } => (Some(id.clone()), *span),
            _ => (None, None),
        };
        Screen {
            route: self.route(),
            id,
            span,
        }
    }

    /// Whether going from this page to `other` stays in the same document (the same view, or
    /// the same article), so the reader's scroll position is kept.
    pub fn same_document(&self, other: &Page) -> bool {
        let (here, there) = (self.screen(), other.screen());
        here.route == there.route && here.route.info().in_place && here.id == there.id
    }
}
