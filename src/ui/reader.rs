//! The reader: one article's full text with its paragraphs intact and a passage highlighted.
use leptos::prelude::*;

use crate::app::use_corpus;
use crate::data::corpus::Article;
use crate::data::dates::describe;
use crate::data::highlight::{segments, TextSpan};
use crate::ui::link::Link;
use crate::ui::notice::Notice;
use crate::ui::sources::display_headline;
use crate::url::ViewState;

/// Shows the article `id`, or a message with a way back if there is none.
#[component]
pub fn Reader(
    /// The article's id (file stem).
    id: String,
    /// A passage to highlight and scroll to.
    span: Option<TextSpan>,
) -> impl IntoView {
    match use_corpus().article(&id) {
        Ok(article) => view! { <ArticleText article span/> }.into_any(),
        Err(unknown) => view! {
            <Notice
                title="Article not found"
                message=unknown.to_string()
                back=ViewState::default()
                back_label="Back to the list of sources"
            />
        }
        .into_any(),
    }
}

#[component]
fn ArticleText(article: Article<'static>, span: Option<TextSpan>) -> impl IntoView {
    let source = article.source;
    let focus: Vec<TextSpan> = span.filter(|s| s.fits(article.text)).into_iter().collect();
    let bad_span = span.is_some() && focus.is_empty();
    if !focus.is_empty() {
        request_animation_frame(scroll_to_focus);
    }
    let paragraphs = article
        .paragraphs()
        .into_iter()
        .map(|paragraph| {
            let runs = segments(paragraph, &focus)
                .into_iter()
                .map(|run| {
                    if run.covered_by.is_empty() {
                        run.text.into_any()
                    } else {
                        view! { <mark class="focus" tabindex="-1">{run.text}</mark> }.into_any()
                    }
                })
                .collect_view();
            view! { <p>{runs}</p> }
        })
        .collect_view();
    view! {
        <article class="reader">
            <p class="back"><Link to=ViewState::default()>"← All sources"</Link></p>
            <header>
                <h1>{display_headline(source, article.text)}</h1>
                <p class="meta">
                    <span class="outlet">{source.outlet_label().to_owned()}</span>
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
            </header>
            {bad_span.then(|| view! {
                <p class="warning" role="alert">"The passage named in the link is not in this article; showing the whole text."</p>
            })}
            <div class="article-text">{paragraphs}</div>
        </article>
    }
}

/// Brings the highlighted passage into view and gives it focus for keyboard and screen readers.
fn scroll_to_focus() {
    if let Ok(Some(mark)) = document().query_selector("mark.focus") {
        mark.scroll_into_view();
        if let Ok(mark) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(mark) {
            let _ = mark.focus();
        }
    }
}
