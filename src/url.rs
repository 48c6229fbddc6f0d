//! The URL query string <-> [`ViewState`] codec.
//!
//! Every view lives in the query string of the page's own URL (`?view=article&id=…`), so a link
//! works from any static server and any sub-path: the server always serves the same `index.html`,
//! and a query-only `href` resolves against wherever the app was deployed.
use std::fmt;

pub use crate::data::highlight::TextSpan;

/// Which view is open, with its parameters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Page {
    /// The list of the five articles.
    #[default]
    Sources,
    /// One article in the reader, optionally with a span highlighted.
    Article {
        /// The article's id (its file stem).
        id: String,
        /// The span to highlight, if any.
        span: Option<TextSpan>,
    },
}

impl Page {
    /// Whether both show the same document (the same article), so moving between them should
    /// keep the reader's place rather than jump to the top.
    pub fn same_document(&self, other: &Page) -> bool {
        match (self, other) {
            (Page::Article { id: a, .. }, Page::Article { id: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// Everything a shared link must restore.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// The open view.
    pub page: Page,
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

/// Reads a query string (with or without its leading `?`). Never fails: what it cannot read it
/// replaces with the default and reports.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut problems = Vec::new();
    let mut view = None;
    let mut id = None;
    let mut at = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "view" => &mut view,
            "id" => &mut id,
            "at" => &mut at,
            other => {
                problems.push(UrlProblem(format!(
                    "The link has a parameter “{other}” that Brink does not know; it was ignored."
                )));
                continue;
            }
        };
        *slot = Some(value.into_owned());
    }
    let page = match view.as_deref() {
        None | Some("sources") => Page::Sources,
        Some("article") => match id {
            Some(id) if !id.is_empty() => Page::Article {
                span: at.as_deref().and_then(|a| parse_span(a, &mut problems)),
                id,
            },
            _ => {
                problems.push(UrlProblem(
                    "The link asks for an article but names none; showing the list of sources."
                        .into(),
                ));
                Page::Sources
            }
        },
        Some(other) => {
            problems.push(UrlProblem(format!(
                "The link asks for a view “{other}” that Brink does not have; showing the list of sources."
            )));
            Page::Sources
        }
    };
    Decoded {
        state: ViewState { page },
        problems,
    }
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
        Page::Sources => {
            query.append_pair("view", "sources");
        }
        Page::Article { id, span } => {
            query.append_pair("view", "article");
            query.append_pair("id", id);
            if let Some(span) = span {
                query.append_pair("at", &format!("{}-{}", span.start, span.end));
            }
        }
    }
    format!("?{}", query.finish())
}
