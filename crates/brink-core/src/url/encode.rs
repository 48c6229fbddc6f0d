//! Writing the query string that reopens a view exactly.
use form_urlencoded::Serializer;

use super::{CoverageQuery, CoverageSort, MapSelection, Page, Reading, ViewState};

/// The query string being written.
type Query = Serializer<'static, String>;

/// Writes the query string, with its leading `?`, that [`super::decode`] reads back to `state`.
pub fn encode(state: &ViewState) -> String {
    let mut query = Serializer::new(String::new());
    query.append_pair("view", state.page.route().slug());
    page_params(&state.page, &mut query);
    lens_params(state, &mut query);
    format!("?{}", query.finish())
}

/// The parameters of the page itself.
fn page_params(page: &Page, query: &mut Query) {
    match page {
        Page::Map { selection, hidden } => {
            match selection {
                Some(MapSelection::Deployment(id)) => {
                    query.append_pair("sel", id);
                }
                Some(MapSelection::Venue(id)) => {
                    query.append_pair("venue", id);
                }
                None => {}
            }
            append_list(query, "hide", hidden.iter().map(|l| l.slug()).collect());
        }
        Page::Positions {
            actors,
            filter,
            issue,
        } => {
            let actors: Vec<&str> = actors
                .iter()
                .map(String::as_str)
                .filter(|a| !a.is_empty() && !a.contains(','))
                .collect();
            if !actors.is_empty() {
                query.append_pair("cols", &actors.join(","));
            }
            append_some(query, "q", Some(filter.as_str()).filter(|f| !f.is_empty()));
            append_some(query, "issue", issue.as_deref());
        }
        Page::Sources | Page::People => {}
        Page::Search { query: q } => {
            query.append_pair("q", q);
        }
        Page::Person { id } => {
            query.append_pair("id", id);
        }
        Page::Figures { figure } => append_some(query, "fig", figure.as_deref()),
        Page::Coverage(c) => coverage_params(c, query),
        Page::Timeline { event } => append_some(query, "ev", event.as_deref()),
        Page::Article { id, span } => {
            query.append_pair("id", id);
            if let Some(span) = span {
                query.append_pair("at", &format!("{}-{}", span.start, span.end));
            }
        }
    }
}

/// The coverage view's filters and order.
fn coverage_params(c: &CoverageQuery, query: &mut Query) {
    append_some(query, "kind", c.kind.map(|k| k.label()));
    append_some(query, "side", c.side.map(|s| s.slug()));
    append_some(query, "n", c.count.map(|n| n.to_string()).as_deref());
    append_some(query, "article", c.by.as_deref());
    append_some(query, "not", c.not.as_deref());
    if c.sort != CoverageSort::default() {
        query.append_pair("sort", c.sort.slug());
    }
}

/// What travels with every view: the voices, embedding, the data version, the map's position
/// and the date.
fn lens_params(state: &ViewState, query: &mut Query) {
    append_list(
        query,
        "voice",
        state.voices.iter().map(|v| v.slug()).collect(),
    );
    if state.embed {
        query.append_pair("embed", "1");
    }
    append_some(query, "v", state.version.as_deref());
    if let Some(f) = state.position {
        query.append_pair("zoom", &format!("{}", f64::from(f.zoom_pct) / 100.0));
        query.append_pair("centre", &format!("{},{}", f.x, f.y));
    }
    if let Some(as_of) = state.as_of {
        query.append_pair("asof", &as_of.date.iso());
        if as_of.reading == Reading::Reported {
            query.append_pair("by", "reported");
        }
    }
}

/// `key=value` when there is a value.
fn append_some(query: &mut Query, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        query.append_pair(key, value);
    }
}

/// `key=a,b,c` of the slugs sorted and without repeats, when there are any.
fn append_list(query: &mut Query, key: &str, mut slugs: Vec<&str>) {
    slugs.sort_unstable();
    slugs.dedup();
    if !slugs.is_empty() {
        query.append_pair(key, &slugs.join(","));
    }
}
