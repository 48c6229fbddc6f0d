//! Markup in the data, loaded the way the app loads its bundle (the build's encoding, then the
//! app's decoding), is shown as the characters it is: no element is ever made from it.
use brink::ui::app::Explorer;
use brink_core::bundle::Bundle;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{bundle, mount_with, wait_for};

/// Markup of the kinds an attacker would try.
const MARKUP: &str = "<script>window.hacked=1</script><img src=x onerror=\"window.hacked=2\">&amp;";

/// The bundled corpus with `MARKUP` in a deployment's name, a person's name and an event's
/// title, passed through the run-time decoding path.
fn hostile_bundle() -> &'static Bundle {
    let mut hostile = bundle().clone();
    let corpus = &mut hostile.corpus;
    let find = |ids: Vec<&str>, id: &str| ids.iter().position(|i| *i == id).unwrap();
    let at = find(
        corpus.deployments.iter().map(|d| d.id.as_str()).collect(),
        "ru_rostov_artillery",
    );
    corpus.deployments[at].what = MARKUP.to_owned();
    let at = find(
        corpus.people.iter().map(|p| p.id.as_str()).collect(),
        "sherman",
    );
    corpus.people[at].name = MARKUP.to_owned();
    let at = find(
        corpus.events.iter().map(|e| e.id.as_str()).collect(),
        "geneva_ssd",
    );
    corpus.events[at].title = MARKUP.to_owned();
    let mut decoded = Bundle::decode(&hostile.encode().unwrap()).unwrap();
    decoded.corpus.index_quotes();
    Box::leak(Box::new(decoded))
}

/// No element made from the markup, and no script of it run.
fn inert(root: &web_sys::HtmlElement) {
    assert!(root.query_selector("script, img").unwrap().is_none());
    let hacked = js_sys::Reflect::get(&web_sys::window().unwrap(), &"hacked".into()).unwrap();
    assert!(hacked.is_undefined());
}

#[wasm_bindgen_test]
async fn markup_in_the_data_is_shown_as_text() {
    let hostile = hostile_bundle();
    for (query, field) in [
        ("?view=map&sel=ru_rostov_artillery", ".detail.open h2"),
        ("?view=person&id=sherman", "#person-title"),
        ("?view=timeline&ev=geneva_ssd", "#event-geneva_ssd h3"),
    ] {
        let root = mount_with(query, move || view! { <Explorer bundle=hostile/> }).await;
        let shown = wait_for(&root, field).await;
        assert_eq!(shown.text_content().unwrap(), MARKUP, "{query}");
        inert(&root);
    }
}
