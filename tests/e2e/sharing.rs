//! Taking a view away: embedded in another page, shared, downloaded.
use std::path::PathBuf;
use std::time::Duration;

use crate::harness::{copy_dir, site_root, Session};

#[tokio::test]
async fn brink_embedded_in_another_page_works_there() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-embed");
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&site_root().join("brink"), &root.join("brink"));
    std::fs::create_dir_all(root.join("brink/host")).unwrap();
    std::fs::write(
        root.join("brink/host/index.html"),
        "<!DOCTYPE html><title>A newsroom page</title><h1>Our story</h1>\
         <iframe id=\"brink\" src=\"../?view=map&amp;embed=1\" title=\"Brink\" width=\"900\" height=\"700\" style=\"border:0\"></iframe>",
    )
    .unwrap();
    let s = Session::start_on(root, 1280, 900).await;
    s.driver.goto(format!("{}host/", s.base)).await.unwrap();
    let frame = s.wait_for("iframe#brink").await;
    frame.enter_frame().await.unwrap();
    let marker = s.wait_for("g.marker[data-id=ru_belarus]").await;
    // The view alone: no site header, a way out to the full explorer.
    assert!(s
        .texts("header.site-header")
        .await
        .iter()
        .all(String::is_empty));
    let out = s.wait_for(".embed-bar a").await;
    let href = out.attr("href").await.unwrap().unwrap();
    assert!(href.contains("/brink/?view=map&v="), "{href}");
    assert!(!href.contains("embed"), "{href}");
    assert_eq!(out.attr("target").await.unwrap().as_deref(), Some("_blank"));
    marker.click().await.unwrap();
    let title = s.wait_for(".detail.open h2").await;
    assert!(!title.text().await.unwrap().is_empty());
    // Links inside the frame stay embedded.
    let query: String = s
        .driver
        .execute("return location.search;", Vec::new())
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert_eq!(query, "?view=map&sel=ru_belarus&embed=1");
    s.screenshot("embedded-desktop").await;
    s.driver.enter_default_frame().await.unwrap();
    assert_eq!(s.texts("h1").await, ["Our story"]);
    s.close().await;
}

#[tokio::test]
async fn share_copies_the_link_and_says_so() {
    let s = Session::start(1280, 800).await;
    s.open("?view=timeline&asof=2022-01-13").await;
    s.wait_for(".timeline-week").await;
    s.wait_for("button.embed").await.click().await.unwrap();
    let code = s.wait_for("#embed-code").await;
    let snippet = code.prop("value").await.unwrap().unwrap_or_default();
    // The link carries the view, the date, the embed flag and the data's version.
    assert!(
        snippet.contains("/brink/?view=timeline&embed=1&v="),
        "{snippet}"
    );
    assert!(snippet.contains("&asof=2022-01-13"), "{snippet}");
    s.wait_for("button.share").await.click().await.unwrap();
    // Headless Chromium has no share sheet: the link goes to the clipboard, or is shown.
    let mut said = String::new();
    for _ in 0..40 {
        said = s.texts(".share-status").await.join("");
        if !said.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        said == "Link copied to the clipboard."
            || (said.contains("/brink/?view=timeline&v=") && said.ends_with("&asof=2022-01-13")),
        "{said}"
    );
    s.close().await;
}

#[tokio::test]
async fn the_downloads_are_the_corpus_tables_and_files() {
    use brink::data::corpus::Corpus;
    use brink::data::export::TABLES;
    let dir = std::env::temp_dir().join(format!("brink-downloads-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let s = Session::start(1280, 800).await;
    s.driver
        .cdp()
        .send_raw(
            "Browser.setDownloadBehavior",
            serde_json::json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy() }),
        )
        .await
        .unwrap();
    s.open("?view=sources").await;
    s.wait_for(".source-card").await;
    s.wait_for(".downloads summary")
        .await
        .click()
        .await
        .unwrap();
    let names: Vec<&str> = TABLES
        .iter()
        .copied()
        .chain([
            "deployments.json",
            "events.json",
            "brink-annotations.jsonld",
        ])
        .collect();
    for name in &names {
        let button = s.wait_for(&format!("a[data-file='{name}']")).await;
        button.scroll_into_view().await.unwrap();
        button.click().await.unwrap();
    }
    let read = |name: &str| {
        let path = dir.join(name);
        async move {
            for _ in 0..100 {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    if !text.is_empty() {
                        return text;
                    }
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("{} was not downloaded", path.display())
        }
    };
    let corpus = Corpus::embedded().unwrap();
    for name in TABLES {
        // Byte for byte the table whose rows and quoting the native tests check.
        assert_eq!(read(name).await, corpus.csv_table(name).unwrap(), "{name}");
    }
    // The corpus files are the very files the build read.
    let original = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus/deployments.json"),
    )
    .unwrap();
    assert_eq!(read("deployments.json").await, original);
    let deployments: Vec<serde_json::Value> =
        serde_json::from_str(&read("deployments.json").await).unwrap();
    assert_eq!(deployments.len(), corpus.deployments.len());
    assert!(
        !read("deployments.json").await.contains("\"span\""),
        "the files never carry the build's spans"
    );
    let events: Vec<serde_json::Value> = serde_json::from_str(&read("events.json").await).unwrap();
    assert_eq!(events.len(), corpus.events.len());
    let annotations: Vec<serde_json::Value> =
        serde_json::from_str(&read("brink-annotations.jsonld").await).unwrap();
    assert_eq!(
        annotations.len(),
        brink::data::evidence::all_evidence(&corpus).len()
    );
    s.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
