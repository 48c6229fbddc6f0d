//! Search, people, the timeline and the "as of" date, as a reader uses them.
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::harness::{click, find, fire, mount_app, texts, wait_for};

/// Types `text` into the input as a reader would: value, then an `input` event.
async fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    fire(input, "input").await;
}

fn location_query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn search_sherman_then_her_page_her_event_and_her_sentence() {
    let root = mount_app("?view=map").await;
    let input: HtmlInputElement = find(&root, "#search").unchecked_into();
    type_into(&input, "Sherman").await;
    let person = wait_for(&root, ".result-group[data-kind=person] .result-title").await;
    assert_eq!(person.text_content().unwrap(), "Wendy R. Sherman");
    assert_eq!(
        texts(&person, "mark.hit"),
        ["Sherman"],
        "the matched word is marked"
    );
    assert_eq!(
        location_query(),
        "?view=search&q=Sherman",
        "the query is in the URL"
    );
    let status = texts(&root, ".search-status")[0].clone();
    assert!(status.contains("for “Sherman”"), "{status}");
    let headings = texts(&root, ".result-group h2");
    assert_eq!(headings[0], "People (1)", "{headings:?}");
    click(&person).await;
    assert_eq!(texts(&root, "#person-title"), ["Wendy R. Sherman"]);
    let event = find(
        &root,
        ".person-event a[href='?view=timeline&ev=sherman_open_door_geneva']",
    );
    click(&event).await;
    let on_timeline = find(&root, "#event-sherman_open_door_geneva");
    assert!(on_timeline.class_list().contains("target"));
    let people = texts(&on_timeline, ".event-facts dd a.person-link");
    assert_eq!(people, ["Wendy R. Sherman"]);
    let read = find(&on_timeline, ".evidence-item .read-in-context");
    click(&read).await;
    wait_for(&root, ".article-text mark.focus").await;
    // Quotes that overlap cut the passage into several marks.
    let focused = texts(&root, ".article-text mark.focus").join(" ");
    assert!(
        focused.contains("Deputy Secretary of State Wendy Sherman")
            && focused.contains("countered that the United States could never make such a pledge"),
        "her sentence is highlighted: {focused}"
    );
}

#[wasm_bindgen_test]
async fn a_transliteration_and_a_prefix_find_the_same_person() {
    let root = mount_app("?view=search&q=Zelensky").await;
    let found = wait_for(&root, ".result-group[data-kind=person] .result-title").await;
    assert_eq!(found.text_content().unwrap(), "Volodymyr Zelenskyy");
    // Accents typed by the reader are folded by the browser's own Unicode tables.
    let root = mount_app("?view=search&q=Stoltenb%C3%A9rg").await;
    let found = wait_for(&root, ".result-group[data-kind=person] .result-title").await;
    assert_eq!(found.text_content().unwrap(), "Jens Stoltenberg");
}

#[wasm_bindgen_test]
async fn stepping_the_date_brings_markers_cells_and_events_in() {
    let displayed = |root: &web_sys::HtmlElement, id: &str| {
        find(root, &format!(".marker[data-id={id}]"))
            .get_attribute("display")
            .unwrap_or_default()
    };
    let root = mount_app("?view=map&asof=2022-01-10").await;
    assert_eq!(
        displayed(&root, "ru_buildup_borders"),
        "none",
        "first reported on 12 January"
    );
    assert_eq!(displayed(&root, "ru_belarus"), "none");
    let next_event = find(&root, "button[data-step=next-event]");
    click(&next_event).await;
    assert_eq!(location_query(), "?view=map&asof=2022-01-12");
    assert_eq!(displayed(&root, "ru_buildup_borders"), "inline");
    assert!(find(&root, ".marker[data-id=ru_buildup_borders]")
        .class_list()
        .contains("new"));
    assert_eq!(
        displayed(&root, "ru_belarus"),
        "none",
        "Belarus is reported on 26 January"
    );
    for _ in 0..14 {
        click(&find(&root, "button[data-step=next-day]")).await;
    }
    assert_eq!(location_query(), "?view=map&asof=2022-01-26");
    assert_eq!(displayed(&root, "ru_belarus"), "inline");
    // Each layer's count is what the date shows: its markers on the map.
    let counted = |root: &web_sys::HtmlElement, layer: &str| -> (usize, usize) {
        let label = texts(root, &format!(".layer-{layer} .count"))[0].clone();
        let count: usize = label
            .trim_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .unwrap();
        let nodes = root
            .query_selector_all(&format!("g.marker[data-layer={layer}]"))
            .unwrap();
        let drawn = (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .filter(|e| e.get_attribute("display").as_deref() == Some("inline"))
            .count();
        (count, drawn)
    };
    let on_26th = counted(&root, "russia");
    assert_eq!(on_26th.0, on_26th.1, "as of 26 January: {on_26th:?}");
    let early = mount_app("?view=map&asof=2022-01-10").await;
    let on_10th = counted(&early, "russia");
    assert_eq!(on_10th.0, on_10th.1, "as of 10 January: {on_10th:?}");
    assert!(on_10th.0 < on_26th.0, "{on_10th:?} then {on_26th:?}");
    let status = texts(&root, ".as-of-status")[0].clone();
    assert!(
        status.starts_with("As of 26 January 2022 (happened by then)"),
        "{status}"
    );

    // The positions matrix: NATO's stance on arms control is dated 12 January.
    let root = mount_app("?view=positions&asof=2022-01-11").await;
    let cell = find(
        &root,
        "tr[data-issue=arms_control] .position[data-id=nato_arms_control]",
    );
    assert!(cell.hidden());
    click(&find(&root, "button[data-step=next-day]")).await;
    assert!(!cell.hidden());

    // The timeline: Vienna on 13 January, the Security Council on 31 January.
    let root = mount_app("?view=timeline&asof=2022-01-13").await;
    assert!(!find(&root, "#event-osce_vienna")
        .class_list()
        .contains("hidden"));
    assert!(find(&root, "#event-unsc_meeting")
        .class_list()
        .contains("hidden"));
    click(&find(&root, "button[data-step=all]")).await;
    assert_eq!(location_query(), "?view=timeline");
    assert!(!find(&root, "#event-unsc_meeting")
        .class_list()
        .contains("hidden"));
}

#[wasm_bindgen_test]
async fn the_reported_reading_says_so_and_marks_announced_events() {
    let root = mount_app("?view=timeline&asof=2022-01-12&by=reported").await;
    let status = texts(&root, ".as-of-status")[0].clone();
    assert!(status.contains("(reported by then)"), "{status}");
    // 002, published 12 January, announces Thursday's OSCE meeting in Vienna.
    let vienna = find(&root, "#event-osce_vienna");
    assert!(!vienna.class_list().contains("hidden"));
    assert_eq!(texts(&vienna, ".ahead"), ["announced, not yet happened"]);
}

#[wasm_bindgen_test]
async fn unknown_people_and_events_get_a_notice() {
    let root = mount_app("?view=person&id=nobody").await;
    assert_eq!(texts(&root, ".notice h1"), ["Person not found"]);
    let root = mount_app("?view=timeline&ev=nothing").await;
    assert!(texts(&root, ".warning")[0].contains("“nothing”"));
    let root = mount_app("?view=people").await;
    let groups = texts(&root, ".people-group h2");
    assert_eq!(groups[0], "United States (7)", "{groups:?}");
}
