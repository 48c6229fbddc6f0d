//! Reading a link's query string into the view it names, reporting what cannot be used.
use super::{
    AsOf, Attribution, CoverageQuery, CoverageSort, Decoded, MapPosition, MapSelection, Page,
    Reading, Route, Side, TextSpan, UrlProblem, ViewState,
};
use crate::data::dates::Date;
use crate::data::kinds::FactKind;
use crate::geo::layers::Layer;

/// The parameters a link may carry.
const KEYS: [&str; 24] = [
    "view", "id", "at", "sel", "venue", "hide", "cols", "q", "issue", "ev", "asof", "by", "fig",
    "voice", "embed", "zoom", "centre", "v", "kind", "side", "n", "article", "not", "sort",
];

/// A link's known parameters, in the order of [`KEYS`] (the last of a repeated one wins).
struct Params([Option<String>; KEYS.len()]);

impl Params {
    /// The known parameters of `query`; each unknown one is reported and ignored.
    fn read(query: &str, problems: &mut Vec<UrlProblem>) -> Params {
        let mut params = Params(Default::default());
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match KEYS.iter().position(|k| *k == key) {
                Some(at) => params.0[at] = Some(value.into_owned()),
                None => problems.push(UrlProblem(format!(
                    "The link has a parameter “{key}” that Brink does not know; it was ignored."
                ))),
            }
        }
        params
    }

    /// The parameter's value, if the link has it.
    fn get(&self, key: &str) -> Option<&str> {
        let at = KEYS.iter().position(|k| *k == key)?;
        self.0[at].as_deref()
    }

    /// The parameter as an id: absent when missing or empty.
    fn id_of(&self, key: &str) -> Option<String> {
        self.get(key).filter(|v| !v.is_empty()).map(str::to_owned)
    }
}

/// Reads a query string (with or without its leading `?`). Never fails: what it cannot read it
/// replaces with the default and reports.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut problems = Vec::new();
    let p = Params::read(query, &mut problems);
    let page = match p.get("view") {
        None => map_page(&p, &mut problems),
        Some(slug) => match Route::from_slug(slug) {
            Some(route) => page_of(route, &p, &mut problems),
            None => {
                problems.push(UrlProblem(format!(
                    "The link asks for a view “{slug}” that Brink does not have; showing the map."
                )));
                Page::default()
            }
        },
    };
    let state = ViewState {
        page,
        as_of: parse_as_of(&p, &mut problems),
        voices: parse_voices(&p, &mut problems),
        embed: p.get("embed") == Some("1"),
        position: parse_position(&p, &mut problems),
        version: p.id_of("v"),
    };
    Decoded { state, problems }
}

/// The page of `route` with the parameters the link gives it.
fn page_of(route: Route, p: &Params, problems: &mut Vec<UrlProblem>) -> Page {
    match route {
        Route::Map => map_page(p, problems),
        Route::Positions => Page::Positions {
            actors: list(p.get("cols")),
            filter: p.get("q").unwrap_or_default().to_owned(),
            issue: p.id_of("issue"),
        },
        Route::Sources => Page::Sources,
        Route::Search => Page::Search {
            query: p.get("q").unwrap_or_default().to_owned(),
        },
        Route::People => Page::People,
        Route::Person => match p.id_of("id") {
            Some(id) => Page::Person { id },
            None => {
                problems.push(UrlProblem(
                    "The link asks for a person but names none; showing everyone the articles name."
                        .into(),
                ));
                Page::People
            }
        },
        Route::Figures => Page::Figures {
            figure: p.id_of("fig"),
        },
        Route::Coverage => Page::Coverage(coverage_query(p, problems)),
        Route::Timeline => Page::Timeline {
            event: p.id_of("ev"),
        },
        Route::Article => match p.id_of("id") {
            Some(id) => Page::Article {
                span: p.get("at").and_then(|a| parse_span(a, problems)),
                id,
            },
            None => {
                problems.push(UrlProblem(
                    "The link asks for an article but names none; showing the map.".into(),
                ));
                Page::default()
            }
        },
    }
}

/// The voices filter, each named once and in order; unknown voices are reported.
fn parse_voices(p: &Params, problems: &mut Vec<UrlProblem>) -> Vec<Attribution> {
    let mut voices = Vec::new();
    for slug in list(p.get("voice")) {
        match Attribution::from_slug(&slug) {
            Some(voice) if !voices.contains(&voice) => voices.push(voice),
            Some(_) => {}
            None => problems.push(UrlProblem(format!(
                "The link filters by a voice “{slug}” that Brink does not know; it was ignored."
            ))),
        }
    }
    voices.sort();
    voices
}

fn parse_position(p: &Params, problems: &mut Vec<UrlProblem>) -> Option<MapPosition> {
    let (zoom, centre) = match (p.get("zoom"), p.get("centre")) {
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
        (Some(zoom_pct), Some((x, y))) => Some(MapPosition { zoom_pct, x, y }),
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
    let kind = p.get("kind").filter(|k| !k.is_empty()).and_then(|k| {
        let found = kinds.into_iter().find(|kind| kind.label() == k);
        if found.is_none() {
            unknown("a kind", k);
        }
        found
    });
    let side = p.get("side").filter(|s| !s.is_empty()).and_then(|s| {
        let found = Side::from_slug(s);
        if found.is_none() {
            unknown("a side", s);
        }
        found
    });
    let count = p.get("n").filter(|n| !n.is_empty()).and_then(|n| {
        let found = n.parse::<usize>().ok().filter(|n| *n <= 1000);
        if found.is_none() {
            unknown("a number of articles", n);
        }
        found
    });
    let sort = match p.get("sort") {
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
        by: p.id_of("article"),
        not: p.id_of("not"),
        sort,
    }
}

fn parse_as_of(p: &Params, problems: &mut Vec<UrlProblem>) -> Option<AsOf> {
    let reading = match p.get("by") {
        None | Some("happened") => Reading::Happened,
        Some("reported") => Reading::Reported,
        Some(other) => {
            problems.push(UrlProblem(format!(
                "The link asks for a reading “{other}” of the date that Brink does not have; dates are read by when things happened."
            )));
            Reading::Happened
        }
    };
    let text = p.get("asof").filter(|t| !t.is_empty())?;
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
    for slug in list(p.get("hide")) {
        match Layer::from_slug(&slug) {
            Some(layer) if !hidden.contains(&layer) => hidden.push(layer),
            Some(_) => {}
            None => problems.push(UrlProblem(format!(
                "The link hides a layer “{slug}” that the map does not have; it was ignored."
            ))),
        }
    }
    hidden.sort();
    let selection = match (p.id_of("sel"), p.id_of("venue")) {
        (Some(id), _) => Some(MapSelection::Deployment(id)),
        (_, Some(id)) => Some(MapSelection::Venue(id)),
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
