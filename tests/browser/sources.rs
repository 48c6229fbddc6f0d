use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{click, find, mount_app, texts};

#[wasm_bindgen_test]
async fn sources_view_lists_the_five_headlines() {
    let root = mount_app("?view=sources").await;
    let headlines = texts(&root, ".source-card h2");
    assert_eq!(headlines.len(), 5, "{headlines:?}");
    assert_eq!(
        headlines[2],
        "NATO Urges Russia to Ease Crisis Over Ukraine"
    );
    assert_eq!(
        headlines[4],
        "U.S. and NATO Allies Press Russia for Diplomatic Solution"
    );
    assert!(headlines[1].starts_with("[No headline in the text] Secretary of State Antony Blinken"));
}

#[wasm_bindgen_test]
async fn reader_shows_the_first_paragraph_of_an_article() {
    let root = mount_app("?view=sources").await;
    let link = find(&root, ".source-card:nth-child(4) h2 a");
    click(&link).await;
    // The page's own furniture is kept, labelled apart from the prose.
    assert_eq!(
        texts(&root, ".article-text .furniture-label")[0],
        "Page navigation, not the article"
    );
    let paragraphs = texts(&root, ".article-text p:not(.furniture-label)");
    assert_eq!(paragraphs[0], "Jan 26, 2022 - World");
    assert_eq!(
        paragraphs[1],
        "U.S. and NATO answer Putin in writing while bracing for Ukraine invasion"
    );
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?view=article&id=003_a3d89dc8a1334f3d");
}

#[wasm_bindgen_test]
async fn an_unknown_article_shows_a_message_and_a_way_back() {
    let root = mount_app("?view=article&id=nope").await;
    assert_eq!(texts(&root, ".notice h1"), ["Article not found"]);
    assert_eq!(texts(&root, ".notice a"), ["Back to the list of sources"]);
    click(&find(&root, ".notice a")).await;
    assert_eq!(texts(&root, "#sources-title"), ["Sources"]);
}

#[wasm_bindgen_test]
async fn a_highlighted_passage_is_marked_in_the_text() {
    let root = mount_app("?view=article&id=003_a3d89dc8a1334f3d&at=0-12").await;
    assert_eq!(texts(&root, "mark.focus"), ["Jan 26, 2022"]);
}

#[wasm_bindgen_test]
async fn a_malformed_link_says_what_was_wrong_and_still_shows_a_view() {
    let root = mount_app("?view=atlas").await;
    let problems = texts(&root, ".link-problems li");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("“atlas”"), "{problems:?}");
    assert_eq!(texts(&root, "#map-title"), ["Forces and venues"]);
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_visible_banner_not_a_blank_page() {
    brink::ui::fatal::show_panic("panicked at src/example.rs:1:1: <b>not html</b>");
    let document = web_sys::window().unwrap().document().unwrap();
    let banner = document
        .get_element_by_id("brink-fatal")
        .expect("banner shown");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap();
    assert!(text.starts_with("Brink stopped because of an internal error. Reload the page"));
    assert!(
        text.contains("<b>not html</b>"),
        "the message stays text: {text}"
    );
    assert_eq!(
        banner.children().length(),
        0,
        "no element was parsed from the message"
    );
    banner.remove();
}

#[wasm_bindgen_test]
async fn the_navigation_marks_the_view_on_screen() {
    for (query, current) in [
        ("?view=map", "Map"),
        ("?view=positions", "Positions"),
        ("?view=sources", "Sources"),
        ("?view=article&id=002_eac895019da0e25b", "Sources"),
    ] {
        let root = mount_app(query).await;
        assert_eq!(
            texts(&root, "nav a[aria-current=page]"),
            [current],
            "{query}"
        );
    }
}
