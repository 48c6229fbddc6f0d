//! The reader's journeys, in every engine: what a reader on an iPhone (WebKit), in Firefox or in
//! Chrome does first, written in the fixtures' find / act / check; and the checks of what engines
//! disagree on (sharing, pointer events, SVG text measured in each engine's fonts). All use W3C
//! WebDriver alone.
use std::future::Future;
use std::pin::Pin;

use libtest_mimic::Trial;

use crate::audit::three_states_have_no_accessibility_violation;
use crate::map::{
    dragging_pans_the_map_without_selecting_anything,
    names_and_symbols_never_overprint_each_other_at_any_zoom,
};
use crate::offline::a_second_visit_works_offline;
use crate::sharing::share_copies_the_link_and_says_so;
use brink_e2e::fixtures::{act, check, find};
use brink_e2e::harness::{run, site_root, Engine, Session};

/// A journey, run in one engine.
type Journey = fn(Engine) -> Pin<Box<dyn Future<Output = ()>>>;

/// A journey, named by its function, and how to start it in an engine.
macro_rules! journey {
    ($run:ident) => {
        (stringify!($run), |engine| Box::pin($run(engine)))
    };
}

/// Every journey.
const JOURNEYS: [(&str, Journey); 12] = [
    journey!(a_marker_opens_its_detail_and_quotes),
    journey!(an_issue_opens_in_positions),
    journey!(a_search_leads_to_its_sentence),
    journey!(the_reader_opens_on_the_passage_on_a_phone),
    journey!(a_date_set_on_the_timeline),
    journey!(a_shared_link_reopens_exactly),
    journey!(the_single_file_opens_from_disk),
    journey!(a_second_visit_works_offline),
    journey!(three_states_have_no_accessibility_violation),
    journey!(share_copies_the_link_and_says_so),
    journey!(dragging_pans_the_map_without_selecting_anything),
    journey!(names_and_symbols_never_overprint_each_other_at_any_zoom),
];

/// Every journey in every engine, named `<engine>::journeys::<journey>`.
pub fn trials() -> Vec<Trial> {
    Engine::ALL
        .into_iter()
        .flat_map(|engine| {
            JOURNEYS.into_iter().map(move |(name, journey)| {
                Trial::test(format!("{}::journeys::{name}", engine.name()), move || {
                    run(journey(engine));
                    Ok(())
                })
            })
        })
        .collect()
}

/// The Rostov artillery, as the map's detail names it.
const ROSTOV: &str = "ru_rostov_artillery";
const ROSTOV_TITLE: &str = "Artillery unit at Rostov-on-Don (map label)";

async fn a_marker_opens_its_detail_and_quotes(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
    s.open("").await;
    act::select_marker(&s, ROSTOV).await;
    check::text_is(&s, find::DETAIL_TITLE, ROSTOV_TITLE).await;
    check::query_is(&s, "?view=map&sel=ru_rostov_artillery").await;
    check::some_text_contains(&s, find::DETAIL_QUOTES, "Artillery unit").await;
    check::page_is_whole(&s).await;
    s.screenshot(&format!("{}-map-selected", engine.name()))
        .await;
    s.close().await;
}

async fn an_issue_opens_in_positions(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
    s.open("?view=positions").await;
    act::click(
        &s,
        &format!("{} a.open-issue", find::issue_row("open_door")),
    )
    .await;
    check::query_is(
        &s,
        "?view=positions&cols=us%2Cnato%2Crussia&issue=open_door",
    )
    .await;
    check::some_text_contains(&s, "blockquote", "slam closed NATO’s open-door policy").await;
    check::page_is_whole(&s).await;
    s.screenshot(&format!("{}-positions-issue", engine.name()))
        .await;
    s.close().await;
}

async fn a_search_leads_to_its_sentence(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
    s.open("").await;
    act::search(&s, "Grushko").await;
    check::query_is(&s, "?view=search&q=Grushko").await;
    check::some_text_contains(&s, &find::results("person"), "Grushko").await;
    act::click(&s, &find::results("sentence")).await;
    check::query_starts_with(&s, "?view=article&id=").await;
    check::passage_on_screen(&s, "Grushko").await;
    check::page_is_whole(&s).await;
    s.close().await;
}

async fn the_reader_opens_on_the_passage_on_a_phone(engine: Engine) {
    let s = Session::start_in(engine, 390, 844).await;
    s.open("?view=map&sel=ru_rostov_artillery").await;
    check::text_is(&s, find::DETAIL_TITLE, ROSTOV_TITLE).await;
    act::read_in_context(&s, ".detail.open").await;
    check::query_starts_with(&s, "?view=article&id=002_eac895019da0e25b&at=").await;
    check::passage_on_screen(&s, "Artillery unit").await;
    s.screenshot(&format!("{}-reader-phone", engine.name()))
        .await;
    act::back(&s).await;
    check::text_is(&s, find::DETAIL_TITLE, ROSTOV_TITLE).await;
    s.close().await;
}

async fn a_date_set_on_the_timeline(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
    s.open("?view=timeline&asof=2022-01-10").await;
    act::step_date(&s, "next-event").await;
    check::query_is(&s, "?view=timeline&asof=2022-01-12").await;
    check::some_text_contains(&s, ".as-of-summary", "12 January 2022").await;
    check::page_is_whole(&s).await;
    s.close().await;
}

async fn a_shared_link_reopens_exactly(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
    s.open("?view=map&asof=2022-01-10").await;
    act::step_date(&s, "next-event").await;
    act::select_marker(&s, "ru_buildup_borders").await;
    act::click(&s, ".zoom-controls button[aria-label='Zoom in']").await;
    check::query_starts_with(&s, "?view=map&sel=ru_buildup_borders").await;
    check::query_contains(&s, "&zoom=1.5&").await;
    let link = s.query().await;
    let before = view_box(&s).await;
    let title = find::text(&s, find::DETAIL_TITLE).await;
    // The link, opened by someone else: a browser of its own with nothing in its history.
    let other = Session::start_fresh(engine, 1280, 800, false).await;
    other.open(&link).await;
    check::text_is(&other, find::DETAIL_TITLE, &title).await;
    check::query_is(&other, &link).await;
    // The link carries the centre in whole kilometres, so the map may sit up to one away.
    let after = view_box(&other).await;
    let apart = after.iter().zip(&before).map(|(a, b)| (a - b).abs());
    assert!(
        apart.fold(0.0, f64::max) <= 1.0,
        "{}: {link}: {before:?} became {after:?}",
        engine.name()
    );
    other.close().await;
    s.close().await;
}

/// The map's viewBox: x, y, width, height.
async fn view_box(s: &Session) -> Vec<f64> {
    let svg = find::one(s, "svg.map").await;
    let text = svg.attr("viewBox").await.unwrap().unwrap_or_default();
    text.split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect()
}

async fn the_single_file_opens_from_disk(engine: Engine) {
    let page = site_root().join("brink.html").canonicalize().unwrap();
    let s = Session::start_at_in(engine, format!("file://{}", page.display()), 1280, 800).await;
    s.open("").await;
    act::select_marker(&s, ROSTOV).await;
    check::text_is(&s, find::DETAIL_TITLE, ROSTOV_TITLE).await;
    act::read_in_context(&s, ".detail.open").await;
    check::passage_on_screen(&s, "Artillery unit").await;
    check::page_is_whole(&s).await;
    s.close().await;
}
