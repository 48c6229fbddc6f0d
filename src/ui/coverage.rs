//! Facts by articles: which of the five report each deployment, event, position and figure,
//! sortable and filterable, with what each article alone reports and what it leaves out.
use leptos::prelude::*;

use crate::state::lens::use_lens;
use crate::state::{use_corpus, use_navigator};
use crate::ui::as_of_bar::AsOfBar;
use crate::ui::coverage_dots::CoverageDots;
use crate::ui::fact_target::fact_target;
use crate::ui::link::Link;
use crate::ui::view_head::ViewHead;
use crate::ui::voice_filter::VoiceFilter;
use brink_core::data::corpus::Corpus;
use brink_core::data::coverage::CoverageRow;
use brink_core::data::dates::describe_short;
use brink_core::data::dates::DatePrecision;
use brink_core::data::export::{fact_key, Table};
use brink_core::data::kinds::FactKind;
use brink_core::url::{CoverageQuery, CoverageSort, Page, Side, ViewState};

/// The kinds the view covers.
const KINDS: [FactKind; 4] = [
    FactKind::Deployment,
    FactKind::Event,
    FactKind::Position,
    FactKind::Figure,
];

/// Whether a row passes the query's filters.
fn passes(row: &CoverageRow, q: &CoverageQuery, article: impl Fn(&str) -> Option<usize>) -> bool {
    let reported = |id: &Option<String>| id.as_deref().and_then(&article).map(|i| row.articles[i]);
    q.kind.is_none_or(|k| k == row.kind)
        && q.side.is_none_or(|s| row.side == Some(s))
        && q.count.is_none_or(|n| row.count() == n)
        && reported(&q.by) != Some(false)
        && reported(&q.not) != Some(true)
}

thread_local! {
    /// The coverage rows of each corpus, worked out on the first visit and kept for the page's
    /// life, so returning to the view costs neither time nor memory.
    static ROWS: std::cell::RefCell<Vec<(usize, &'static [CoverageRow<'static>])>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The coverage rows of `corpus`, made once.
fn coverage_rows(corpus: &'static Corpus) -> &'static [CoverageRow<'static>] {
    let key = std::ptr::from_ref(corpus) as usize;
    ROWS.with_borrow_mut(|rows| {
        if let Some((_, found)) = rows.iter().find(|(k, _)| *k == key) {
            return *found;
        }
        let made: &'static [CoverageRow<'static>] =
            Box::leak(corpus.coverage_rows().into_boxed_slice());
        rows.push((key, made));
        made
    })
}

/// The coverage view.
#[component]
pub fn CoverageView() -> impl IntoView {
    let corpus = use_corpus();
    let navigator = use_navigator();
    let rows = coverage_rows(corpus);
    let query = Memo::new(move |_| match navigator.state.get().page {
        Page::Coverage(q) => q,
        _ => CoverageQuery::default(),
    });
    let unknown_article = move || {
        let q = query.get();
        [q.by, q.not]
            .into_iter()
            .flatten()
            .filter(|a| article_index(corpus, a).is_none())
            .map(|a| view! { <p class="warning" role="alert">{format!("The link names an article “{a}” that is not in Brink’s data; that filter has no effect.")}</p> })
            .collect_view()
    };
    view! {
        <section class="coverage-view" aria-labelledby="coverage-title">
            <ViewHead id="coverage-title" title="Coverage: who reported what" lede="Every deployment, event, position and figure, with the articles that report it as five dots in a fixed order. Filter and sort to see what only one article carries and what an article leaves out."/>
            <PerArticle rows/>
            <AsOfBar/>
            <VoiceFilter facts=rows.iter().map(|r| r.evidence).collect()/>
            <CoverageControls rows query/>
            {unknown_article}
            <CoverageTable rows query/>
        </section>
    }
}

/// Where the article `id` is in the corpus's order: its dot's place.
fn article_index(corpus: &Corpus, id: &str) -> Option<usize> {
    corpus.sources().iter().position(|s| s.id == id)
}

/// The rows the query, the date and the voices let through, in the query's order.
#[component]
fn CoverageTable(
    rows: &'static [CoverageRow<'static>],
    query: Memo<CoverageQuery>,
) -> impl IntoView {
    let corpus = use_corpus();
    let navigator = use_navigator();
    let lens = use_lens();
    // The "as of" date applies here too: a figure claim by its own date (or first report).
    let dated = move |r: &CoverageRow| match r.kind {
        FactKind::Deployment => lens.shows_deployment(r.id),
        FactKind::Event => lens.shows_event(r.id),
        FactKind::Position => lens.shows_position(r.id),
        _ => navigator.as_of.with(|at| {
            at.is_none_or(|at| {
                at.shows(corpus.first_shown(r.date, DatePrecision::Day, r.evidence, at.reading))
            })
        }),
    };
    move || {
        let q = query.get();
        let article = |id: &str| article_index(corpus, id);
        let mut shown: Vec<&CoverageRow> = rows
            .iter()
            .filter(|r| passes(r, &q, article) && lens.heard(r.evidence) && dated(r))
            .collect();
        match q.sort {
            CoverageSort::Kind => {}
            CoverageSort::Fewest => shown.sort_by_key(|r| r.count()),
            CoverageSort::Most => shown.sort_by_key(|r| std::cmp::Reverse(r.count())),
            CoverageSort::Date => shown.sort_by(|a, b| a.date.cmp(b.date)),
        }
        let count = shown.len();
        let body = shown.into_iter().map(coverage_line).collect_view();
        view! {
            <p class="coverage-status" role="status">{format!("{count} of {} facts", rows.len())}</p>
            <div class="table-scroll">
                <table class="coverage-table">
                    <thead><tr>
                        <th scope="col">"Fact"</th><th scope="col">"Kind"</th><th scope="col">"Side"</th>
                        <th scope="col">"Date"</th><th scope="col">"Reported by (articles in order)"</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    }
}

/// One fact's row: what, kind, side, date and its five dots.
fn coverage_line(r: &'static CoverageRow<'static>) -> impl IntoView {
    view! {
        <tr data-kind=r.kind.label() data-id=r.id data-export=Table::Facts.file() data-row=fact_key(r.kind.label(), r.id)>
            <td class="fact"><Link to=fact_target(r.kind, r.id).unwrap_or_else(|| ViewState::map_with(None))>{r.label.clone()}</Link></td>
            <td>{r.kind.label()}</td>
            <td>{r.side.map(Side::label)}</td>
            <td class="date"><time datetime=r.date>{describe_short(r.date, r.precision)}</time></td>
            <td class="dots-cell"><CoverageDots evidence=r.evidence.to_vec()/></td>
        </tr>
    }
}

/// One filter: a labelled choice among `options` (value, words), showing `current`.
struct Filter {
    label: &'static str,
    name: &'static str,
    options: Vec<(String, String)>,
    current: Signal<String>,
    set: Callback<String>,
}

/// A filter's label and menu.
fn filter(f: Filter) -> impl IntoView {
    let Filter {
        label,
        name,
        options,
        current,
        set,
    } = f;
    view! {
        <label class="coverage-filter">
            {label}
            <select name=name prop:value=move || current.get() on:change=move |ev| set.run(event_target_value(&ev))>
                {options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// The filters' choices: "any", then each of `values` as (value, words).
fn choices(values: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), "any".to_owned()))
        .chain(values)
        .collect()
}

/// The filters and the order, and the shortcuts to what one article alone reports and back.
#[component]
fn CoverageControls(
    rows: &'static [CoverageRow<'static>],
    query: Memo<CoverageQuery>,
) -> impl IntoView {
    let corpus = use_corpus();
    let navigator = use_navigator();
    // The filters change the view in place.
    let go = move |q: CoverageQuery| navigator.replace(ViewState::from(Page::Coverage(q)));
    let kinds = choices(
        KINDS
            .iter()
            .map(|k| (k.label().to_owned(), k.label().to_owned())),
    );
    let sides = choices(
        Side::ALL
            .iter()
            .map(|s| (s.slug().to_owned(), s.label().to_owned())),
    );
    let counts =
        choices((1..=corpus.sources().len()).map(|n| (n.to_string(), format!("exactly {n}"))));
    let articles = choices(
        corpus
            .sources()
            .iter()
            .map(|s| (s.id.clone(), s.short_label())),
    );
    let sorts: Vec<(String, String)> = CoverageSort::ALL
        .iter()
        .map(|o| {
            let text = match o {
                CoverageSort::Kind => "kind",
                CoverageSort::Fewest => "fewest articles first",
                CoverageSort::Most => "most articles first",
                CoverageSort::Date => "date",
            };
            (o.slug().to_owned(), text.to_owned())
        })
        .collect();
    let field =
        move |read: fn(&CoverageQuery) -> String| Signal::derive(move || read(&query.get()));
    let update = move |write: fn(&mut CoverageQuery, String)| {
        Callback::new(move |value| {
            let mut q = query.get_untracked();
            write(&mut q, value);
            go(q);
        })
    };
    let only_one = rows.iter().filter(|r| r.count() == 1).count();
    view! {
        <div class="coverage-controls">
            {filter(Filter { label: "Kind ", name: "kind", options: kinds, current: field(|q| q.kind.map_or(String::new(), |k| k.label().to_owned())), set: update(|q, v| q.kind = KINDS.into_iter().find(|k| k.label() == v)) })}
            {filter(Filter { label: "Side ", name: "side", options: sides, current: field(|q| q.side.map_or(String::new(), |s| s.slug().to_owned())), set: update(|q, v| q.side = Side::from_slug(&v)) })}
            {filter(Filter { label: "Reported by ", name: "n", options: counts, current: field(|q| q.count.map_or(String::new(), |n| n.to_string())), set: update(|q, v| q.count = v.parse().ok()) })}
            {filter(Filter { label: "In ", name: "article", options: articles.clone(), current: field(|q| q.by.clone().unwrap_or_default()), set: update(|q, v| q.by = Some(v).filter(|v| !v.is_empty())) })}
            {filter(Filter { label: "Not in ", name: "not", options: articles, current: field(|q| q.not.clone().unwrap_or_default()), set: update(|q, v| q.not = Some(v).filter(|v| !v.is_empty())) })}
            {filter(Filter { label: "Order ", name: "sort", options: sorts, current: field(|q| q.sort.slug().to_owned()), set: update(|q, v| q.sort = CoverageSort::ALL.into_iter().find(|o| o.slug() == v).unwrap_or_default()) })}
            <button type="button" class="link-button only-one" on:click=move |_| go(CoverageQuery {
                count: Some(1),
                sort: CoverageSort::Kind,
                ..CoverageQuery::default()
            })>{format!("Reported by only one article ({only_one})")}</button>
            <button type="button" class="link-button clear" on:click=move |_| go(CoverageQuery::default())>"Clear filters"</button>
        </div>
    }
}

/// Per article: how many facts it reports, how many it alone reports, how many it leaves out
/// that others carry, each a link to those rows.
#[component]
fn PerArticle(rows: &'static [CoverageRow<'static>]) -> impl IntoView {
    let corpus = use_corpus();
    let lines = corpus
        .sources()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let reports = rows.iter().filter(|r| r.articles[i]).count();
            let alone = rows.iter().filter(|r| r.articles[i] && r.count() == 1).count();
            let left_out = rows.iter().filter(|r| !r.articles[i]).count();
            let only = Page::Coverage(CoverageQuery {
                count: Some(1),
                by: Some(s.id.clone()),
                ..CoverageQuery::default()
            });
            let missing = Page::Coverage(CoverageQuery {
                not: Some(s.id.clone()),
                sort: CoverageSort::Most,
                ..CoverageQuery::default()
            });
            view! {
                <tr data-article=s.id.clone()>
                    <th scope="row">{s.short_label()}<br/><code class="file">{format!("{}.txt", s.id)}</code></th>
                    <td class="num">{reports}</td>
                    <td class="num"><Link to=ViewState::from(only) class="only-link">{format!("{alone} only here")}</Link></td>
                    <td class="num"><Link to=ViewState::from(missing) class="missing-link">{format!("{left_out} not here")}</Link></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="per-article">
            <caption>"Per article"</caption>
            <thead><tr><th scope="col">"Article"</th><th scope="col">"Facts it reports"</th><th scope="col">"Reported by it alone"</th><th scope="col">"Others report, it does not"</th></tr></thead>
            <tbody>{lines}</tbody>
        </table>
    }
}
