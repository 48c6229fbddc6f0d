use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlSelectElement};

use crate::harness::{click, find, fire, mount_app, texts};

#[wasm_bindgen_test]
async fn one_row_per_issue_and_one_column_per_actor() {
    let corpus = brink_build::embedded::corpus().unwrap();
    let root = mount_app("?view=positions").await;
    assert_eq!(texts(&root, ".matrix tbody tr").len(), corpus.issues.len());
    assert_eq!(
        texts(&root, ".matrix thead .actor-name"),
        ["United States", "NATO", "Russia"]
    );
    let root = mount_app("?view=positions&cols=russia,china,ukraine,germany").await;
    assert_eq!(
        texts(&root, ".matrix thead .actor-name"),
        ["Russia", "China", "Ukraine", "Germany"]
    );
    assert_eq!(texts(&root, ".matrix tbody tr:first-child td").len(), 4);
}

#[wasm_bindgen_test]
async fn an_empty_cell_says_so() {
    let root = mount_app("?view=positions&cols=us,nato,russia").await;
    let cells = texts(&root, "tr[data-issue=energy] td");
    assert_eq!(cells.len(), 3);
    for cell in cells {
        assert_eq!(cell, "No stated position in these articles.");
    }
}

#[wasm_bindgen_test]
async fn expanding_a_cell_lists_exactly_its_evidence() {
    let corpus = brink_build::embedded::corpus().unwrap();
    let position = corpus.positions_on("open_door", "us")[0];
    let root = mount_app("?view=positions").await;
    let summary = find(
        &root,
        "tr[data-issue=open_door] td .position[data-id=us_open_door] summary",
    );
    assert_eq!(
        summary.text_content().unwrap(),
        format!("{} supporting quotes", position.evidence.len())
    );
    click(&summary).await;
    let details: HtmlElement = find(
        &root,
        "tr[data-issue=open_door] .position[data-id=us_open_door] details",
    );
    assert!(details.has_attribute("open"));
    let quotes = texts(&details, "blockquote");
    let expected: Vec<String> = position
        .evidence
        .iter()
        .map(|e| e.quote.trim().to_owned())
        .collect();
    assert_eq!(quotes, expected);
}

#[wasm_bindgen_test]
async fn adding_and_removing_columns_and_filtering_update_the_link() {
    let root = mount_app("?view=positions").await;
    let select: HtmlSelectElement = find(&root, ".add-col select").unchecked_into();
    select.set_value("ukraine");
    fire(&select, "change").await;
    assert_eq!(
        texts(&root, ".matrix thead .actor-name").last().unwrap(),
        "Ukraine"
    );
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?view=positions&cols=us%2Cnato%2Crussia%2Cukraine");
    click(&find(
        &root,
        ".matrix thead th.actor-col:nth-child(3) .remove-col",
    ))
    .await;
    assert_eq!(
        texts(&root, ".matrix thead .actor-name"),
        ["United States", "Russia", "Ukraine"]
    );
    let root = mount_app("?view=positions&q=helicopters").await;
    assert_eq!(
        texts(&root, ".matrix tbody tr .issue-title"),
        ["Arming Ukraine"]
    );
}

#[wasm_bindgen_test]
async fn a_row_says_whether_the_sides_collide() {
    let root = mount_app("?view=positions").await;
    assert_eq!(
        texts(&root, "tr[data-issue=open_door] .tension"),
        ["sides collide"]
    );
    let root = mount_app("?view=positions&cols=us,nato").await;
    assert_eq!(
        texts(&root, "tr[data-issue=open_door] .tension"),
        ["sides overlap"]
    );
}

#[wasm_bindgen_test]
async fn an_issue_opens_full_width_with_its_story() {
    let root = mount_app("?view=positions").await;
    click(&find(
        &root,
        "tr[data-issue=ukraine_membership] .open-issue",
    ))
    .await;
    assert_eq!(
        texts(&root, ".issue-story h2"),
        ["Ukraine’s NATO membership"]
    );
    let entries = texts(&root, ".story-entry h3");
    assert!(entries.len() >= 4, "{entries:?}");
    assert!(
        entries[0].starts_with("Russia: Ukraine must never join"),
        "{entries:?}"
    );
    let root = mount_app("?view=positions&issue=nonsense").await;
    assert_eq!(texts(&root, ".notice h2"), ["Issue not found"]);
}

#[wasm_bindgen_test]
async fn an_unknown_actor_in_the_link_is_reported_and_left_out() {
    let root = mount_app("?view=positions&cols=us,martians").await;
    assert_eq!(texts(&root, ".matrix thead .actor-name"), ["United States"]);
    let warnings = texts(&root, ".positions-view .warning p");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("“martians”"), "{warnings:?}");
}
