//! The single-file page (`make single`) opened straight from disk, with no server at all.
use crate::downloads::{allow_downloads, downloaded};
use brink_e2e::harness::{site_root, Engine, Session};

/// The single page `make test` packs from the e2e site, as a `file://` URL.
fn single_page() -> String {
    let page = site_root().join("brink.html");
    assert!(
        page.exists(),
        "{} is missing: `make test` packs it with brink-single",
        page.display()
    );
    let page = page.canonicalize().unwrap();
    format!("file://{}", page.display())
}

pub async fn the_single_file_opened_from_disk_walks_map_position_and_reader() {
    let s = Session::start_at(single_page(), 1280, 800).await;
    s.open("").await;
    s.wait_for("g.marker[data-id=ru_rostov_artillery]")
        .await
        .click()
        .await
        .unwrap();
    let title = s.wait_for(".detail.open h2").await.text().await.unwrap();
    assert_eq!(title, "Artillery unit at Rostov-on-Don (map label)");
    assert_eq!(s.query().await, "?view=map&sel=ru_rostov_artillery");
    s.screenshot("single-file-map").await;
    // The reader: the article's text comes from the page itself.
    s.wait_for(".detail.open .read-in-context")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for("mark.focus").await;
    let focus = s.texts("mark.focus").await.join(" ");
    assert!(focus.contains("Artillery unit"), "{focus}");
    assert!(s.texts(".article-text p").await.len() > 10);
    // A position and its quotes, then back through the history to the map.
    s.open("?view=positions").await;
    let summary = s
        .wait_for("tr[data-issue=open_door] .position[data-id=us_open_door] summary")
        .await;
    summary.scroll_into_view().await.unwrap();
    summary.click().await.unwrap();
    let quotes = s
        .texts("tr[data-issue=open_door] .position[data-id=us_open_door] blockquote")
        .await;
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    s.driver.back().await.unwrap();
    s.wait_for("mark.focus").await;
    assert!(s.texts(".load-error, .fatal").await.is_empty());
    s.close().await;
}

pub async fn the_single_file_downloads_its_tables_without_a_server() {
    let s = Session::start_fresh_at(Engine::Chromium, single_page(), 1280, 800, false).await;
    let dir = allow_downloads(&s, "single-dl").await;
    s.open("?view=sources").await;
    s.wait_for(".downloads summary")
        .await
        .click()
        .await
        .unwrap();
    let link = s.wait_for("a[data-file='deployments.csv']").await;
    let href = link.attr("href").await.unwrap().unwrap_or_default();
    assert!(href.starts_with("blob:"), "{href}");
    link.click().await.unwrap();
    let text = String::from_utf8(downloaded(&dir, "deployments.csv").await).unwrap();
    let corpus = brink_build::embedded::corpus().unwrap();
    assert_eq!(
        text,
        corpus.csv_table(brink_core::data::export::Table::Deployments)
    );
    s.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
