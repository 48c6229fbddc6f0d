//! The URL query string <-> [`ViewState`] codec.
//!
//! Every view lives in the query string of the page's own URL (`?view=article&id=…`), so a link
//! works from any static server and any sub-path: the server always serves the same `index.html`,
//! and a query-only `href` resolves against wherever the app was deployed.
use std::fmt;

pub use crate::data::as_of::{AsOf, Reading};
use crate::data::dates::Date;
pub use crate::data::highlight::TextSpan;
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

impl Page {
    /// Whether both show the same document (the same article or view), so moving between them
    /// should keep the reader's place rather than jump to the top.
    pub fn same_document(&self, other: &Page) -> bool {
        match (self, other) {
            (Page::Article { id: a, .. }, Page::Article { id: b, .. }) => a == b,
            (Page::Map { .. }, Page::Map { .. }) => true,
            (Page::Positions { .. }, Page::Positions { .. }) => true,
            (Page::Search { .. }, Page::Search { .. }) => true,
            (Page::Timeline { .. }, Page::Timeline { .. }) => true,
            _ => false,
        }
    }
}

/// Everything a shared link must restore.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// The open view.
    pub page: Page,
    /// The "as of" date the map, the positions and the timeline share; `None` shows all.
    pub as_of: Option<AsOf>,
}

impl From<Page> for ViewState {
    fn from(page: Page) -> ViewState {
        ViewState { page, as_of: None }
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

#[derive(Default)]
struct Params {
    view: Option<String>,
    id: Option<String>,
    at: Option<String>,
    sel: Option<String>,
    venue: Option<String>,
    hide: Option<String>,
    cols: Option<String>,
    q: Option<String>,
    issue: Option<String>,
    ev: Option<String>,
    asof: Option<String>,
    by: Option<String>,
}

/// Reads a query string (with or without its leading `?`). Never fails: what it cannot read it
/// replaces with the default and reports.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut problems = Vec::new();
    let mut p = Params::default();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "view" => &mut p.view,
            "id" => &mut p.id,
            "at" => &mut p.at,
            "sel" => &mut p.sel,
            "venue" => &mut p.venue,
            "hide" => &mut p.hide,
            "cols" => &mut p.cols,
            "q" => &mut p.q,
            "issue" => &mut p.issue,
            "ev" => &mut p.ev,
            "asof" => &mut p.asof,
            "by" => &mut p.by,
            other => {
                problems.push(UrlProblem(format!(
                    "The link has a parameter “{other}” that Brink does not know; it was ignored."
                )));
                continue;
            }
        };
        *slot = Some(value.into_owned());
    }
    let page = match p.view.as_deref() {
        None | Some("map") => map_page(&p, &mut problems),
        Some("positions") => Page::Positions {
            actors: list(p.cols.as_deref()),
            filter: p.q.clone().unwrap_or_default(),
            issue: p.issue.clone().filter(|i| !i.is_empty()),
        },
        Some("sources") => Page::Sources,
        Some("search") => Page::Search {
            query: p.q.clone().unwrap_or_default(),
        },
        Some("people") => Page::People,
        Some("person") => match p.id.clone() {
            Some(id) if !id.is_empty() => Page::Person { id },
            _ => {
                problems.push(UrlProblem(
                    "The link asks for a person but names none; showing everyone the articles name."
                        .into(),
                ));
                Page::People
            }
        },
        Some("timeline") => Page::Timeline {
            event: p.ev.clone().filter(|e| !e.is_empty()),
        },
        Some("article") => match p.id.clone() {
            Some(id) if !id.is_empty() => Page::Article {
                span: p.at.as_deref().and_then(|a| parse_span(a, &mut problems)),
                id,
            },
            _ => {
                problems.push(UrlProblem(
                    "The link asks for an article but names none; showing the map.".into(),
                ));
                Page::default()
            }
        },
        Some(other) => {
            problems.push(UrlProblem(format!(
                "The link asks for a view “{other}” that Brink does not have; showing the map."
            )));
            Page::default()
        }
    };
    let as_of = parse_as_of(&p, &mut problems);
    Decoded {
        state: ViewState { page, as_of },
        problems,
    }
}

fn parse_as_of(p: &Params, problems: &mut Vec<UrlProblem>) -> Option<AsOf> {
    let reading = match p.by.as_deref() {
        None | Some("happened") => Reading::Happened,
        Some("reported") => Reading::Reported,
        Some(other) => {
            problems.push(UrlProblem(format!(
                "The link asks for a reading “{other}” of the date that Brink does not have; dates are read by when things happened."
            )));
            Reading::Happened
        }
    };
    let text = p.asof.as_deref().filter(|t| !t.is_empty())?;
    match Date::parse(text) {
        Some(date) => Some(AsOf { date, reading }),
        None => {
            problems.push(UrlProblem(format!(
                "The date “{text}” in the link is not a day of the calendar (YYYY-MM-DD); every date is shown."
            )));
            None
        }
    }
}

fn list(text: Option<&str>) -> Vec<String> {
    text.unwrap_or("")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn map_page(p: &Params, problems: &mut Vec<UrlProblem>) -> Page {
    let mut hidden = Vec::new();
    for slug in list(p.hide.as_deref()) {
        match Layer::from_slug(&slug) {
            Some(layer) if !hidden.contains(&layer) => hidden.push(layer),
            Some(_) => {}
            None => problems.push(UrlProblem(format!(
                "The link hides a layer “{slug}” that the map does not have; it was ignored."
            ))),
        }
    }
    hidden.sort();
    let selection = match (&p.sel, &p.venue) {
        (Some(id), _) if !id.is_empty() => Some(MapSelection::Deployment(id.clone())),
        (_, Some(id)) if !id.is_empty() => Some(MapSelection::Venue(id.clone())),
        _ => None,
    };
    Page::Map { selection, hidden }
}

fn parse_span(text: &str, problems: &mut Vec<UrlProblem>) -> Option<TextSpan> {
    let parsed = text
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)));
    match parsed {
        Some((start, end)) if start < end => Some(TextSpan { start, end }),
        _ => {
            problems.push(UrlProblem(format!(
                "The passage “{text}” in the link is not a valid range; the article opens without a highlight."
            )));
            None
        }
    }
}

/// Writes the query string, with its leading `?`, that [`decode`] reads back to `state`.
pub fn encode(state: &ViewState) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    match &state.page {
        Page::Map { selection, hidden } => {
            query.append_pair("view", "map");
            match selection {
                Some(MapSelection::Deployment(id)) => {
                    query.append_pair("sel", id);
                }
                Some(MapSelection::Venue(id)) => {
                    query.append_pair("venue", id);
                }
                None => {}
            }
            if !hidden.is_empty() {
                let mut slugs: Vec<&str> = hidden.iter().map(|l| l.slug()).collect();
                slugs.sort_unstable();
                slugs.dedup();
                query.append_pair("hide", &slugs.join(","));
            }
        }
        Page::Positions {
            actors,
            filter,
            issue,
        } => {
            query.append_pair("view", "positions");
            let actors: Vec<&str> = actors
                .iter()
                .map(String::as_str)
                .filter(|a| !a.is_empty() && !a.contains(','))
                .collect();
            if !actors.is_empty() {
                query.append_pair("cols", &actors.join(","));
            }
            if !filter.is_empty() {
                query.append_pair("q", filter);
            }
            if let Some(issue) = issue {
                query.append_pair("issue", issue);
            }
        }
        Page::Sources => {
            query.append_pair("view", "sources");
        }
        Page::Search { query: q } => {
            query.append_pair("view", "search");
            query.append_pair("q", q);
        }
        Page::People => {
            query.append_pair("view", "people");
        }
        Page::Person { id } => {
            query.append_pair("view", "person");
            query.append_pair("id", id);
        }
        Page::Timeline { event } => {
            query.append_pair("view", "timeline");
            if let Some(event) = event {
                query.append_pair("ev", event);
            }
        }
        Page::Article { id, span } => {
            query.append_pair("view", "article");
            query.append_pair("id", id);
            if let Some(span) = span {
                query.append_pair("at", &format!("{}-{}", span.start, span.end));
            }
        }
    }
    if let Some(as_of) = state.as_of {
        query.append_pair("asof", &as_of.date.iso());
        if as_of.reading == Reading::Reported {
            query.append_pair("by", "reported");
        }
    }
    format!("?{}", query.finish())
}
