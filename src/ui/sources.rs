//! The Sources view: the five articles with outlet, headline and date.
use leptos::prelude::*;

use crate::state::{use_bundle, use_corpus};
use crate::ui::link::Link;
use crate::ui::view_head::ViewHead;
use brink_core::data::dates::describe;
use brink_core::data::model::Source;
use brink_core::url::{Page, ViewState};

/// Lists every article of the corpus, each linking to the reader.
#[component]
pub fn SourceList() -> impl IntoView {
    let corpus = use_corpus();
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <ViewHead id="sources-title" title="Sources" lede="The five articles Brink is built from, quoted verbatim. Open one to read it whole."/>
            <ol class="source-list">
                {corpus.sources().iter().map(|source| view! { <SourceCard source/> }).collect_view()}
            </ol>
        </section>
    }
}

/// The headline for display: the article's own, or its first words where it prints none.
pub fn display_headline(source: &Source) -> String {
    match &source.headline {
        Some(headline) => headline.clone(),
        None => {
            let opening = use_bundle()
                .article(&source.id)
                .map_or("", |a| a.opening.as_str());
            format!("[No headline in the text] {opening}…")
        }
    }
}

#[component]
fn SourceCard(source: &'static Source) -> impl IntoView {
    let to = ViewState::from(Page::Article {
        id: source.id.clone(),
        span: None,
    });
    view! {
        <li class="source-card">
            <h2><Link to>{display_headline(source)}</Link></h2>
            <p class="meta">
                <span class="outlet">{source.outlet_label().to_owned()}</span>
                " · "
                <time datetime=source.date.clone()>{describe(&source.date, source.date_precision)}</time>
                " · "
                <code class="file">{format!("{}.txt", source.id)}</code>
            </p>
        </li>
    }
}
