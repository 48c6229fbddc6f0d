use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{click, find, mount_app, texts};

const AXIOS: &str = "?view=article&id=003_a3d89dc8a1334f3d";

#[wasm_bindgen_test]
async fn every_evidence_quote_is_highlighted() {
    let root = mount_app(AXIOS).await;
    let marks = texts(&root, "mark.evidence");
    assert!(marks.len() > 20, "{} marks", marks.len());
    let joined = marks.join(" ");
    assert!(joined
        .contains("He also confirmed that the U.S. intends to send five military helicopters."));
    assert!(joined.contains("under French command"));
}

#[wasm_bindgen_test]
async fn selecting_a_passage_lists_the_facts_it_supports() {
    let root = mount_app(AXIOS).await;
    assert!(texts(&root, ".facts-here").is_empty());
    let marks = root.query_selector_all("mark.evidence").unwrap();
    let helicopters = (0..marks.length())
        .filter_map(|i| marks.item(i))
        .find(|m| {
            m.text_content()
                .unwrap_or_default()
                .contains("five military helicopters")
        })
        .expect("the helicopters sentence is highlighted");
    click(&wasm_bindgen::JsCast::unchecked_into(helicopters)).await;
    let facts = texts(&root, ".facts-here li");
    assert!(
        facts
            .iter()
            .any(|f| f.contains("Military helicopters the US intends to send to Ukraine")),
        "{facts:?}"
    );
    assert!(
        facts
            .iter()
            .any(|f| f.contains("United States on Arming Ukraine")),
        "{facts:?}"
    );
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(
        search.starts_with("?view=article&id=003_a3d89dc8a1334f3d&at="),
        "{search}"
    );
    assert_eq!(texts(&root, "mark.focus").len(), 1);
}

#[wasm_bindgen_test]
async fn a_passage_from_a_link_is_focused_and_explained() {
    let text = include_str!("../../assets/corpus/articles/003_a3d89dc8a1334f3d.txt");
    let start = text
        .find("an initial force of around 5,000 troops")
        .unwrap();
    let end = start + "an initial force of around 5,000 troops".len();
    let root = mount_app(&format!("{AXIOS}&at={start}-{end}")).await;
    assert_eq!(
        texts(&root, "mark.focus").join(""),
        "an initial force of around 5,000 troops"
    );
    let facts = texts(&root, ".facts-here li");
    assert!(
        facts.iter().any(|f| f.contains("around 5,000")),
        "{facts:?}"
    );
    let _ = find(&root, ".facts-here h2");
}
