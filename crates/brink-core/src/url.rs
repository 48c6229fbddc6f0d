//! The URL query string <-> [`ViewState`] codec.
//!
//! Every view lives in the query string of the page's own URL (`?view=article&id=…`), so a link
//! works from any static server and any sub-path: the server always serves the same `index.html`,
//! and a query-only `href` resolves against wherever the app was deployed.
use std::fmt;

pub use crate::data::as_of::{AsOf, Reading};
use crate::data::dates::Date;
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
            (Page::Coverage(_), Page::Coverage(_)) => true,
            _ => false,
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
pub struct MapFrame {
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
    pub frame: Option<MapFrame>,
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
            frame: None,
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
    fig: Option<String>,
    voice: Option<String>,
    embed: Option<String>,
    zoom: Option<String>,
    centre: Option<String>,
    v: Option<String>,
    kind: Option<String>,
    side: Option<String>,
    n: Option<String>,
    article: Option<String>,
    not: Option<String>,
    sort: Option<String>,
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
            "fig" => &mut p.fig,
            "voice" => &mut p.voice,
            "embed" => &mut p.embed,
            "zoom" => &mut p.zoom,
            "centre" => &mut p.centre,
            "v" => &mut p.v,
            "kind" => &mut p.kind,
            "side" => &mut p.side,
            "n" => &mut p.n,
            "article" => &mut p.article,
            "not" => &mut p.not,
            "sort" => &mut p.sort,
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
        Some("figures") => Page::Figures {
            figure: p.fig.clone().filter(|f| !f.is_empty()),
        },
        Some("coverage") => Page::Coverage(coverage_query(&p, &mut problems)),
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
    let mut voices = Vec::new();
    for slug in list(p.voice.as_deref()) {
        match Attribution::from_slug(&slug) {
            Some(voice) if !voices.contains(&voice) => voices.push(voice),
            Some(_) => {}
            None => problems.push(UrlProblem(format!(
                "The link filters by a voice “{slug}” that Brink does not know; it was ignored."
            ))),
        }
    }
    voices.sort();
    Decoded {
        state: ViewState {
            page,
            as_of,
            voices,
            embed: p.embed.as_deref().is_some_and(|e| e == "1"),
            frame: parse_frame(&p, &mut problems),
            version: p.v.clone().filter(|v| !v.is_empty()),
        },
        problems,
    }
}

fn parse_frame(p: &Params, problems: &mut Vec<UrlProblem>) -> Option<MapFrame> {
    let (zoom, centre) = match (p.zoom.as_deref(), p.centre.as_deref()) {
        (None, None) => return None,
        (zoom, centre) => (zoom.unwrap_or("1"), centre.unwrap_or("")),
    };
    let zoom_pct = zoom
        .parse::<f64>()
        .ok()
        .filter(|z| z.is_finite() && (1.0..=64.0).contains(z))
        .map(|z| (z * 100.0).round() as u32);
    let point = centre.split_once(',').and_then(|(x, y)| {
        let x = x.parse::<i32>().ok().filter(|v| v.abs() <= 100_000)?;
        let y = y.parse::<i32>().ok().filter(|v| v.abs() <= 100_000)?;
        Some((x, y))
    });
    match (zoom_pct, point) {
        (Some(zoom_pct), Some((x, y))) => Some(MapFrame { zoom_pct, x, y }),
        _ => {
            problems.push(UrlProblem(format!(
                "The map position in the link (zoom “{zoom}”, centre “{centre}”) cannot be used; the whole map is shown."
            )));
            None
        }
    }
}

fn coverage_query(p: &Params, problems: &mut Vec<UrlProblem>) -> CoverageQuery {
    let mut unknown = |what: &str, value: &str| {
        problems.push(UrlProblem(format!(
            "The link asks for {what} “{value}” that the coverage view does not have; that filter was ignored."
        )));
    };
    let kinds = [
        FactKind::Deployment,
        FactKind::Event,
        FactKind::Position,
        FactKind::Figure,
    ];
    let kind = p.kind.as_deref().filter(|k| !k.is_empty()).and_then(|k| {
        let found = kinds.into_iter().find(|kind| kind.label() == k);
        if found.is_none() {
            unknown("a kind", k);
        }
        found
    });
    let side = p.side.as_deref().filter(|s| !s.is_empty()).and_then(|s| {
        let found = Side::from_slug(s);
        if found.is_none() {
            unknown("a side", s);
        }
        found
    });
    let count = p.n.as_deref().filter(|n| !n.is_empty()).and_then(|n| {
        let found = n.parse::<usize>().ok().filter(|n| *n <= 1000);
        if found.is_none() {
            unknown("a number of articles", n);
        }
        found
    });
    let sort = match p.sort.as_deref() {
        None | Some("") => CoverageSort::default(),
        Some(s) => CoverageSort::ALL
            .into_iter()
            .find(|o| o.slug() == s)
            .unwrap_or_else(|| {
                unknown("an order", s);
                CoverageSort::default()
            }),
    };
    CoverageQuery {
        kind,
        side,
        count,
        by: p.article.clone().filter(|a| !a.is_empty()),
        not: p.not.clone().filter(|a| !a.is_empty()),
        sort,
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
        Page::Figures { figure } => {
            query.append_pair("view", "figures");
            if let Some(figure) = figure {
                query.append_pair("fig", figure);
            }
        }
        Page::Coverage(c) => {
            query.append_pair("view", "coverage");
            if let Some(kind) = c.kind {
                query.append_pair("kind", kind.label());
            }
            if let Some(side) = c.side {
                query.append_pair("side", side.slug());
            }
            if let Some(n) = c.count {
                query.append_pair("n", &n.to_string());
            }
            if let Some(article) = &c.by {
                query.append_pair("article", article);
            }
            if let Some(not) = &c.not {
                query.append_pair("not", not);
            }
            if c.sort != CoverageSort::default() {
                query.append_pair("sort", c.sort.slug());
            }
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
    if !state.voices.is_empty() {
        let mut slugs: Vec<&str> = state.voices.iter().map(|v| v.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        query.append_pair("voice", &slugs.join(","));
    }
    if state.embed {
        query.append_pair("embed", "1");
    }
    if let Some(v) = &state.version {
        query.append_pair("v", v);
    }
    if let Some(f) = state.frame {
        query.append_pair("zoom", &format!("{}", f64::from(f.zoom_pct) / 100.0));
        query.append_pair("centre", &format!("{},{}", f.x, f.y));
    }
    if let Some(as_of) = state.as_of {
        query.append_pair("asof", &as_of.date.iso());
        if as_of.reading == Reading::Reported {
            query.append_pair("by", "reported");
        }
    }
    format!("?{}", query.finish())
}
