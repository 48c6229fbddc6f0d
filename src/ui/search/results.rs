//! The results of a search, grouped by kind with counts, matched words marked, each one click
//! from its view and from its sentence in the reader.
use leptos::prelude::*;

use super::{focus_result, result_id, SearchCursor};
use crate::state::finder::use_finder;
use crate::state::use_navigator;
use crate::ui::fact_target::fact_target;
use crate::ui::link::Link;
use brink_core::data::kinds::FactKind;
use brink_core::data::search::documents::{CONTEXT, DETAIL, QUOTES, TITLE};
use brink_core::data::search::{Document, Hit, Mark, SearchKind};
use brink_core::url::{Page, ViewState};

/// How many results of a kind are listed before "Show all".
const FIRST: usize = 5;

/// The view a result opens: its record's view, or the sentence itself.
fn target_of(doc: &Document) -> ViewState {
    let passage = || {
        doc.passage
            .as_ref()
            .map_or(ViewState::map_with(None), |(source, span)| {
                ViewState::article(source, Some(*span))
            })
    };
    let kind = match doc.kind {
        SearchKind::Person => FactKind::Person,
        SearchKind::Place => FactKind::Place,
        SearchKind::Actor => FactKind::Actor,
        SearchKind::Issue => FactKind::Issue,
        SearchKind::Position => FactKind::Position,
        SearchKind::Event => FactKind::Event,
        SearchKind::Deployment => FactKind::Deployment,
        SearchKind::Figure => FactKind::Figure,
        SearchKind::Sentence => return passage(),
    };
    // A place with neither a venue nor a force on the map is shown where the text names it.
    fact_target(kind, &doc.id).unwrap_or_else(passage)
}

/// `text` with the marked words in `<mark>`, as text nodes.
fn marked(text: &str, marks: &[Mark], field: usize) -> AnyView {
    let mut parts = Vec::new();
    let mut at = 0;
    for m in marks.iter().filter(|m| m.field == field) {
        if m.start < at || m.end > text.len() {
            continue;
        }
        if m.start > at {
            parts.push(text[at..m.start].to_owned().into_any());
        }
        parts.push(view! { <mark class="hit">{text[m.start..m.end].to_owned()}</mark> }.into_any());
        at = m.end;
    }
    parts.push(text[at..].to_owned().into_any());
    parts.collect_view().into_any()
}

/// What the search found, in words.
fn status_line(query: &str, total: usize, kinds: usize) -> String {
    if query.trim().is_empty() {
        return "Type a name, a place, a number or a phrase.".to_owned();
    }
    format!(
        "{total} {} for “{query}”{}",
        if total == 1 { "result" } else { "results" },
        if kinds > 1 {
            format!(" in {kinds} kinds")
        } else {
            String::new()
        }
    )
}

/// The search view.
#[component]
pub fn SearchView() -> impl IntoView {
    let navigator = use_navigator();
    let finder = use_finder();
    let cursor = expect_context::<SearchCursor>();
    finder.want();
    let query = Memo::new(move |_| match navigator.state.get().page {
        Page::Search { query } => query,
        _ => String::new(),
    });
    let expanded = RwSignal::new(Vec::<SearchKind>::new());
    let results = move || {
        let Some(built) = finder.index.get() else {
            return view! { <p class="search-status" role="status">"Building the index…"</p> }
                .into_any();
        };
        let query = query.get();
        let found = built.index.search(&query);
        let status = status_line(&query, found.total(), found.groups.len());
        let mut targets = Vec::new();
        let groups = found
            .groups
            .iter()
            .map(|(kind, hits)| {
                let kind = *kind;
                let all = expanded.with(|e| e.contains(&kind));
                let listed: Vec<&Hit> = hits.iter().take(if all { usize::MAX } else { FIRST }).collect();
                let items = listed
                    .into_iter()
                    .map(|hit| {
                        let n = targets.len();
                        let to = target_of(hit.doc);
                        targets.push(to.clone());
                        hit_view(hit, built.index.marks(&found, hit), n, to)
                    })
                    .collect_view();
                let more = (hits.len() > FIRST && !all).then(|| view! {
                    <button type="button" class="show-all" on:click=move |_| expanded.update(|e| e.push(kind))>
                        {format!("Show all {} {}", hits.len(), kind.plural().to_lowercase())}
                    </button>
                });
                view! {
                    <section class="result-group" data-kind=format!("{kind:?}").to_lowercase()>
                        <h2>{format!("{} ({})", kind.plural(), hits.len())}</h2>
                        <ul>{items}</ul>
                        {more}
                    </section>
                }
            })
            .collect_view();
        cursor.targets.set(targets);
        view! {
            <p class="search-status" role="status" aria-live="polite">{status}</p>
            {(!built.with_texts).then(|| view! {
                <p class="search-note">"The articles’ sentences are still loading; the facts are searched already."</p>
            })}
            <div id="search-results" on:keydown=move_focus>{groups}</div>
        }
        .into_any()
    };
    view! {
        <section class="search-view" aria-labelledby="search-title">
            <div class="view-head">
                <h1 id="search-title">"Search"</h1>
                <p class="lede">"Everything the articles and Brink’s records say: people, places, positions, events, deployments, figures and every sentence. Capitals, accents and word order do not matter; the start of a word is enough, and spellings of one Russian or Ukrainian name find each other."</p>
            </div>
            {results}
        </section>
    }
}

/// Arrows move between the results' links; Escape returns to the box.
fn move_focus(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let current = document().active_element().and_then(|el| {
        el.id()
            .strip_prefix("search-result-")?
            .parse::<usize>()
            .ok()
    });
    let moved = match (ev.key().as_str(), current) {
        ("ArrowDown", Some(n)) => focus_result(n + 1),
        ("ArrowUp", Some(0)) | ("Escape", _) => document()
            .get_element_by_id("search")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| el.focus().is_ok()),
        ("ArrowUp", Some(n)) => focus_result(n - 1),
        _ => false,
    };
    if moved {
        ev.prevent_default();
    }
}

fn hit_view(hit: &Hit, marks: Vec<Mark>, n: usize, to: ViewState) -> impl IntoView {
    let doc = hit.doc;
    let quotes_marked = marks.iter().any(|m| m.field == QUOTES);
    let passage = (doc.kind != SearchKind::Sentence)
        .then(|| doc.passage.clone())
        .flatten()
        .map(|(source, span)| view! {
            <Link to=ViewState::article(&source, Some(span)) class="to-sentence">"Its sentence →"</Link>
        });
    let field = |f: usize, class: &'static str| {
        let text = &doc.fields[f];
        let shown = !text.is_empty() && (f != QUOTES || quotes_marked);
        shown.then(|| view! { <p class=class>{marked(text, &marks, f)}</p> })
    };
    let (detail, context, quotes) = (
        field(DETAIL, "result-detail"),
        field(CONTEXT, "result-context"),
        field(QUOTES, "result-quotes"),
    );
    let title = marked(&doc.fields[TITLE], &marks, TITLE);
    view! {
        <li class="result">
            <Link to class="result-title" id=result_id(n)>{title}</Link>
            {detail}
            {context}
            {quotes}
            {passage}
        </li>
    }
}
