//! Every figure the articles give differently, its variants side by side on one scale, and the
//! figures whose sources agree on the number.
use leptos::prelude::*;

use crate::state::{use_corpus, use_navigator};
use crate::ui::coverage_dots::CoverageDots;
use crate::ui::link::Link;
use crate::ui::person_link::claim_giver;
use crate::ui::view_head::ViewHead;
use brink_core::data::export::Table;
use brink_core::data::facts::{Figure, FigureClaim};
use brink_core::url::{MapSelection, Page, ViewState};

/// The disagreements view; `figure` is scrolled to and marked.
#[component]
pub fn FiguresView() -> impl IntoView {
    let corpus = use_corpus();
    let navigator = use_navigator();
    let target = Memo::new(move |_| match navigator.state.get().page {
        Page::Figures { figure } => figure,
        _ => None,
    });
    let (differ, agree): (Vec<&'static Figure>, Vec<&'static Figure>) =
        corpus.figures.iter().partition(|f| f.disagrees());
    let unknown = move || {
        target
            .get()
            .filter(|id| corpus.figure(id).is_none())
            .map(|id| view! { <p class="warning" role="alert">{format!("The link names a figure “{id}” that is not in Brink’s data; showing every figure.")}</p> })
    };
    Effect::new(move |_| {
        if let Some(id) = target.get() {
            if let Some(el) = document().get_element_by_id(&format!("figure-{id}")) {
                el.scroll_into_view();
            }
        }
    });
    view! {
        <section class="figures-view" aria-labelledby="figures-title">
            <ViewHead id="figures-title" title="Where the figures differ" lede="Every number the articles give differently, each variant with who gave it, in which article, when, and what exactly it counts, on one scale so the differences are seen at once."/>
            {unknown}
            <h2>{format!("The sources give different numbers ({})", differ.len())}</h2>
            {differ.into_iter().map(|f| figure_view(f, target)).collect_view()}
            <h2>{format!("The sources agree on the number ({})", agree.len())}</h2>
            <p class="legend-note">"Only the words around the number differ (its qualifier, or who is cited)."</p>
            {agree.into_iter().map(|f| figure_view(f, target)).collect_view()}
        </section>
    }
}

fn figure_view(f: &'static Figure, target: Memo<Option<String>>) -> impl IntoView {
    let corpus = use_corpus();
    let max = f.claims.iter().map(|c| c.value).max().unwrap_or(1).max(1);
    let id = f.id.clone();
    let is_target = move || target.get().as_deref() == Some(id.as_str());
    let on_map = corpus
        .deployments
        .iter()
        .filter(|d| d.figure.as_deref() == Some(f.id.as_str()))
        .map(|d| {
            view! { <li><Link to=ViewState::map_with(Some(MapSelection::Deployment(d.id.clone())))>{format!("{} (on the map)", d.what)}</Link></li> }
        })
        .collect_view();
    view! {
        <article id=format!("figure-{}", f.id) class="figure" class:target=is_target data-id=f.id.clone() data-export=Table::FigureClaims.file() data-row=f.id.clone()>
            <h3>{f.what.clone()}</h3>
            <p class="figure-note">{f.note.clone()}</p>
            <ol class="variants">{f.claims.iter().map(|c| claim_view(c, max, &f.unit)).collect_view()}</ol>
            <ul class="plain-list">{on_map}</ul>
        </article>
    }
}

fn claim_view(c: &'static FigureClaim, max: u64, unit: &str) -> impl IntoView {
    // The bar's length is the number on a scale shared by the figure's variants.
    let width = format!("{:.1}%", c.value as f64 / max as f64 * 100.0);
    let who = claim_giver(c);
    view! {
        <li class="variant">
            <p class="variant-number"><strong>{c.text.clone()}</strong>{format!(" {unit}")}{c.qualifier.clone().map(|q| view! { <span class="qualifier">{format!(" · qualifier: {q}")}</span> })}</p>
            <div class="bar" aria-hidden="true"><span style:width=width></span></div>
            <p class="variant-who">"Given by "{who}{format!(" · {}", brink_core::data::dates::describe(&c.date, brink_core::data::dates::DatePrecision::Day))}</p>
            {c.note.clone().map(|n| view! { <p class="variant-note">{format!("What it counts: {n}")}</p> })}
            <CoverageDots evidence=c.evidence.clone()/>
        </li>
    }
}
