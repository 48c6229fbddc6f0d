//! What a reader sees while data arrives and when it cannot: never a blank or dead page.
use brink::ui::app::{App, Explorer};
use brink_core::bundle::Bundle;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{bundle, mount_with, texts, wait_for};

#[wasm_bindgen_test]
async fn a_page_without_its_data_link_says_what_is_missing() {
    let root = mount_with("", App).await;
    let page = wait_for(&root, ".load-error").await;
    let text = page.text_content().unwrap_or_default();
    assert!(text.contains("Brink could not load its data"), "{text}");
    assert!(text.contains("no link with id “brink-corpus”"), "{text}");
}

#[wasm_bindgen_test]
async fn an_article_whose_text_cannot_be_fetched_gets_a_notice_and_the_app_works_on() {
    // The bundle as the browser gets it: without texts, whose files this test server lacks.
    let mut shipped = Bundle::decode(&bundle().encode().unwrap()).unwrap();
    shipped.corpus.index_quotes();
    let shipped: &'static Bundle = Box::leak(Box::new(shipped));
    let root = mount_with("?view=article&id=003_a3d89dc8a1334f3d", move || {
        view! { <Explorer bundle=shipped/> }
    })
    .await;
    assert_eq!(texts(&root, ".loading-text"), ["Loading the article…"]);
    wait_for(&root, ".notice").await;
    assert_eq!(
        texts(&root, ".notice h1"),
        ["The article could not be loaded"]
    );
    let message = texts(&root, ".notice p").join(" ");
    assert!(message.contains("data/003_a3d89dc8a1334f3d."), "{message}");
    assert!(message.contains("HTTP 404"), "{message}");
    crate::harness::click(&crate::harness::find(&root, ".notice a")).await;
    assert_eq!(texts(&root, "#sources-title"), ["Sources"]);
}
