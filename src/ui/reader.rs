//! The reader: one article's full text, every evidence quote highlighted, and the facts the
//! chosen passage supports.
use leptos::prelude::*;

use brink_core::data::furniture::furniture_of;
use brink_core::data::model::FurnitureKind;

use crate::state::texts::{use_texts, TextState};
use crate::state::{use_corpus, use_navigator};
use crate::ui::facts_here::FactsHere;
use crate::ui::link::Link;
use crate::ui::notice::Notice;
use crate::ui::sources::display_headline;
use brink_core::data::article::Article;
use brink_core::data::corpus::UnknownId;
use brink_core::data::dates::describe;
use brink_core::data::highlight::segments;
use brink_core::data::span::TextSpan;
use brink_core::url::{Page, ViewState};

/// Shows the article `id` once its text has arrived, or a message with a way back if there is no
/// such article or its text cannot be fetched.
#[component]
pub fn Reader(
    /// The article's id (file stem).
    id: String,
    /// A passage to highlight and scroll to.
    span: Option<TextSpan>,
) -> impl IntoView {
    let back = || ViewState::from(Page::Sources);
    let Some(source) = use_corpus().source(&id) else {
        let unknown = UnknownId {
            kind: "article",
            id,
        };
        return view! {
            <Notice title="Article not found" message=unknown.to_string() back=back() back_label="Back to the list of sources"/>
        }
        .into_any();
    };
    let texts = use_texts();
    (move || match texts.get(&source.id) {
        Some(TextState::Ready(text)) => {
            view! { <ArticleText article=Article { source, text } span/> }.into_any()
        }
        Some(TextState::Failed(why)) => view! {
            <Notice
                title="The article could not be loaded"
                message=format!("{why}. Check the connection and reload; the other views still work.")
                back=back()
                back_label="Back to the list of sources"
            />
        }
        .into_any(),
        _ => view! { <p class="loading-text" role="status">"Loading the article…"</p> }.into_any(),
    })
    .into_any()
}

#[component]
fn ArticleText(article: Article<'static>, span: Option<TextSpan>) -> impl IntoView {
    let corpus = use_corpus();
    let source = article.source;
    let focus = span.filter(|s| s.fits(article.text));
    let bad_span = span.is_some() && focus.is_none();
    if focus.is_some() {
        crate::ui::hooks::use_after_first_frame(scroll_to_focus);
    }
    let mut spans: Vec<TextSpan> = corpus
        .quotes_in(&source.id)
        .iter()
        .map(|q| q.span)
        .collect();
    spans.dedup();
    let quote_count = spans.len();
    let fact_count = corpus.facts_from(&source.id).len();
    let focus_index = focus.map(|f| {
        spans.push(f);
        spans.len() - 1
    });
    let paragraphs = article.paragraphs();
    let (furniture, _) = furniture_of(&paragraphs, &source.furniture);
    let paragraphs = paragraphs
        .into_iter()
        .zip(furniture.iter().enumerate())
        .map(|(paragraph, (i, kind))| {
            let runs = segments(paragraph, &spans)
                .into_iter()
                .map(|run| {
                    run_view(
                        &source.id,
                        run.start,
                        run.text,
                        &run.covered_by,
                        focus_index,
                    )
                })
                .collect_view();
            // Page furniture is shown apart from the prose, each run labelled once.
            let starts_run = kind.is_some() && (i == 0 || furniture[i - 1] != *kind);
            let label = kind
                .filter(|_| starts_run)
                .map(|k| view! { <p class="furniture-label">{k.label()}</p> });
            let class = kind.map_or(String::new(), |k| {
                format!("furniture furniture-{}", furniture_slug(k))
            });
            view! { {label}<p class=class>{runs}</p> }
        })
        .collect_view();
    view! {
        <article class="reader">
            <p class="back"><Link to=ViewState::from(Page::Sources)>"← All sources"</Link></p>
            <header>
                <h1>{display_headline(source)}</h1>
                <p class="meta">
                    <span class="outlet">{source.short_label()}</span>
                    " · "
                    <span>{source.outlet_label().to_owned()}</span>
                    " · "
                    <time datetime=source.date.clone()>{describe(&source.date, source.date_precision)}</time>
                    " · "
                    <code class="file">{format!("{}.txt", source.id)}</code>
                </p>
                <details class="provenance">
                    <summary>"How we know the outlet and date"</summary>
                    <p>{source.outlet_note.clone()}</p>
                    <p>{source.date_basis.clone()}</p>
                    {source.url.clone().map(|url| view! { <p>"Original: " <span class="url">{url}</span></p> })}
                </details>
                <p class="evidence-summary">
                    {format!("{quote_count} highlighted passages support {fact_count} facts in Brink. Select one to see which.")}
                </p>
            </header>
            {bad_span.then(|| view! {
                <p class="warning" role="alert">"The passage named in the link is not in this article; showing the whole text."</p>
            })}
            <div class="reader-body" class:with-panel=focus.is_some()>
                <div class="article-text">{paragraphs}</div>
                {focus.map(|f| view! { <FactsHere source=source.id.clone() span=f/> })}
            </div>
        </article>
    }
}

/// A run of text: plain, or a highlighted quote that opens the facts it supports.
fn run_view(
    source: &str,
    start: usize,
    text: &'static str,
    covered_by: &[usize],
    focus_index: Option<usize>,
) -> AnyView {
    // A run of spaces between two quotes is no passage to open: it stays plain text.
    if covered_by.is_empty() || text.trim().is_empty() {
        return text.into_any();
    }
    let navigator = use_navigator();
    let focused = focus_index.is_some_and(|f| covered_by.contains(&f));
    let target = ViewState::from(Page::Article {
        id: source.to_owned(),
        span: Some(TextSpan {
            start,
            end: start + text.len(),
        }),
    });
    let open = move || navigator.go(target.clone());
    let open_on_key = open.clone();
    view! {
        <mark
            class=if focused { "evidence focus" } else { "evidence" }
            tabindex="0"
            role="button"
            on:click=move |_| open()
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    open_on_key();
                }
            }
        >
            {text}
        </mark>
    }
    .into_any()
}

/// Brings the highlighted passage into view and gives it focus for keyboard and screen readers.
fn scroll_to_focus() {
    if let Ok(Some(mark)) = document().query_selector("mark.focus") {
        if let Ok(mark) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(mark) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            let _ = mark.focus();
        }
    }
}

/// The CSS suffix of a kind of furniture.
fn furniture_slug(kind: FurnitureKind) -> &'static str {
    match kind {
        FurnitureKind::Navigation => "navigation",
        FurnitureKind::Photo => "photo",
        FurnitureKind::Graphic => "graphic",
        FurnitureKind::Player => "player",
        FurnitureKind::Credits => "credits",
    }
}
