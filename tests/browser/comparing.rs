//! Coverage dots, the figures view, the voices filter and the reader's passage panel.
use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{click, find, mount_app, texts};

fn location_query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn five_dots_name_the_articles_that_report_a_fact() {
    let root = mount_app("?view=map&sel=ru_belarus").await;
    let dots = find(&root, ".detail .coverage");
    assert_eq!(
        dots.get_attribute("aria-label").unwrap(),
        "Reported by 1 of 5 articles"
    );
    // Only 003 reports Belarus; its dot names it and leads to the sentence.
    let on = texts(&dots, "a.dot.on .dot-tip");
    assert_eq!(on, ["“U.S. and NATO answer Putin…”, 26 Jan"]);
    assert_eq!(dots.query_selector_all(".dot").unwrap().length(), 5);
    let link = find(&dots, "a.dot.on");
    assert!(link
        .get_attribute("href")
        .unwrap()
        .starts_with("?view=article&id=003_a3d89dc8a1334f3d&at="));
}

#[wasm_bindgen_test]
async fn the_coverage_view_filters_by_count_and_article() {
    let root = mount_app("?view=coverage&n=1&article=004_916b3bda1cea9b32").await;
    let rows = texts(&root, ".coverage-table tbody tr .coverage-count");
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r == "1 of 5"), "{rows:?}");
    // The per-article table's "only here" count for 004 is the number of rows shown.
    let only = texts(
        &root,
        ".per-article tr[data-article=\"004_916b3bda1cea9b32\"] .only-link",
    )[0]
    .clone();
    assert_eq!(only, format!("{} only here", rows.len()));
    click(&find(&root, ".coverage-controls button.clear")).await;
    assert_eq!(location_query(), "?view=coverage");
}

#[wasm_bindgen_test]
async fn the_reader_panel_links_each_fact_to_its_view() {
    let root = mount_app("?view=article&id=003_a3d89dc8a1334f3d").await;
    let mark = crate::harness::wait_for(&root, "mark.evidence").await;
    click(&mark).await;
    let link = crate::harness::wait_for(&root, ".facts-here a.fact-label").await;
    let href = link.get_attribute("href").unwrap();
    assert!(
        [
            "?view=map",
            "?view=positions",
            "?view=timeline",
            "?view=person",
            "?view=figures"
        ]
        .iter()
        .any(|v| href.starts_with(v)),
        "{href}"
    );
}

#[wasm_bindgen_test]
async fn page_furniture_is_labelled_apart_from_the_prose() {
    let root = mount_app("?view=article&id=004_916b3bda1cea9b32").await;
    let labels = crate::harness::wait_for(&root, ".furniture-label").await;
    assert_eq!(
        labels.text_content().unwrap(),
        "Page navigation, not the article"
    );
    let player = texts(&root, "p.furniture-player");
    assert_eq!(player[0], "please wait");
    assert!(texts(&root, "p.furniture")
        .iter()
        .all(|p| !p.starts_with("The U.S. with our Allies")));
}

#[wasm_bindgen_test]
async fn the_voices_filter_counts_and_hides() {
    let root = mount_app("?view=positions&voice=intelligence").await;
    let summary = texts(&root, ".voice-summary")[0].clone();
    assert_eq!(summary, "Only: intelligence assessment");
    let shown: Vec<_> = texts(&root, ".position:not([hidden]) .stance");
    let all = root.query_selector_all(".position").unwrap().length() as usize;
    assert!(shown.len() < all, "{} of {all}", shown.len());
}

#[wasm_bindgen_test]
async fn an_embedded_view_has_no_site_chrome_and_a_way_out() {
    let root = mount_app("?view=figures&embed=1").await;
    assert!(find(&root, "header.site-header")
        .closest("[hidden]")
        .unwrap()
        .is_some());
    let out = find(&root, ".embed-bar a");
    let href = out.get_attribute("href").unwrap();
    assert!(href.contains("?view=figures&v="), "{href}");
    assert!(!href.contains("embed"), "{href}");
    // In-app links keep the page embedded.
    let link = find(&root, ".figure a");
    assert!(link.get_attribute("href").unwrap().contains("embed=1"));
    let root = mount_app("?view=figures").await;
    assert!(root.query_selector(".embed-bar").unwrap().is_none());
    assert_eq!(texts(&root, ".share-bar button.share"), ["Share this view"]);
}

#[wasm_bindgen_test]
async fn a_link_made_for_other_data_says_so() {
    let version = crate::harness::bundle().version.clone();
    let root = mount_app(&format!("?view=map&v={version}")).await;
    assert!(texts(&root, ".link-problems li").is_empty());
    let root = mount_app("?view=map&sel=ru_belarus&v=00000000").await;
    let problems = texts(&root, ".link-problems li");
    assert!(
        problems[0]
            .starts_with("This link was made for another version of Brink’s data (00000000;"),
        "{problems:?}"
    );
    // The view still opens with what exists.
    assert!(!texts(&root, ".detail.open h2").is_empty());
}
