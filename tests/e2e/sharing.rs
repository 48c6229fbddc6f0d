//! Taking a view away: embedded in another page, shared, downloaded.

use crate::downloads::{allow_downloads, downloaded};
use brink_e2e::harness::{copy_dir, site_root, until, Engine, Session};

pub async fn brink_embedded_in_another_page_works_there() {
    let root = brink_e2e::harness::repo_root().join("target/e2e-embed");
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

/// The Web Share API, the clipboard, or the link shown: whichever the engine has, the reader is
/// told what happened.
pub async fn share_copies_the_link_and_says_so(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
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
    until(async || {
        said = s.texts(".share-status").await.join("");
        !said.is_empty()
    })
    .await;
    assert!(
        said == "Link copied to the clipboard."
            || (said.contains("/brink/?view=timeline&v=") && said.ends_with("&asof=2022-01-13")),
        "{}: {said}",
        engine.name()
    );
    s.close().await;
}

pub async fn the_downloads_are_the_corpus_tables_and_files() {
    use brink_core::data::export::Table;
    let s = Session::start_fresh(Engine::Chromium, 1280, 800, false).await;
    let dir = allow_downloads(&s, "downloads").await;
    s.open("?view=sources").await;
    s.wait_for(".source-card").await;
    s.wait_for(".downloads summary")
        .await
        .click()
        .await
        .unwrap();
    let names: Vec<&str> = Table::DOWNLOADS
        .iter()
        .map(|t| t.file())
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
    let read = |name: &'static str| {
        let dir = dir.clone();
        async move { String::from_utf8(downloaded(&dir, name).await).unwrap() }
    };
    let corpus = brink_build::embedded::corpus().unwrap();
    for table in Table::DOWNLOADS {
        // Byte for byte the table whose rows and quoting the native tests check.
        let name = table.file();
        assert_eq!(read(name).await, corpus.csv_table(table), "{name}");
    }
    // The corpus files are the very files the build read.
    let original = std::fs::read_to_string(
        brink_e2e::harness::repo_root().join("assets/corpus/deployments.json"),
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
        brink_core::data::evidence::all_evidence(&corpus).len()
    );
    s.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

pub async fn these_rows_are_the_events_the_dated_timeline_shows_in_its_order() {
    use brink_core::data::as_of::{AsOf, Reading};

    use brink_core::data::dates::Date;
    let s = Session::start_fresh(Engine::Chromium, 1280, 800, false).await;
    let dir = allow_downloads(&s, "rows").await;
    s.open("?view=timeline&asof=2022-01-12").await;
    s.wait_for(".timeline-event").await;
    let on_screen: Vec<String> = s
        .driver
        .execute(
            "return [...document.querySelectorAll('.timeline-event')].filter(e => e.checkVisibility()).map(e => e.dataset.id);",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    s.wait_for(".downloads summary")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for("button.rows-csv").await.click().await.unwrap();
    let text = String::from_utf8(downloaded(&dir, "brink-rows-events.csv").await).unwrap();
    let status = s.wait_for(".share-status").await.text().await.unwrap();
    s.close().await;
    let corpus = brink_build::embedded::corpus().unwrap();
    let at = AsOf {
        date: Date::parse("2022-01-12").unwrap(),
        reading: Reading::Happened,
    };
    let expected = corpus.snapshot(at).events.len();
    assert_eq!(on_screen.len(), expected);
    assert_eq!(
        status,
        format!("Saved the {expected} records on screen as brink-rows-events.csv.")
    );
    // Each event's row starts its line with its id, in the order the timeline shows them.
    let ids: Vec<&str> = text
        .split("\r\n")
        .filter_map(|line| line.split(',').next())
        .filter(|id| corpus.event(id).is_some())
        .collect();
    assert_eq!(ids, on_screen);
    let _ = std::fs::remove_dir_all(&dir);
}

/// How many markers the map on screen shows.
async fn shown_markers(s: &Session) -> i64 {
    s.driver
        .execute(
            "return [...document.querySelectorAll('svg.map g.marker')].filter(m => m.getAttribute('display') !== 'none').length;",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap()
}

/// `svg` read by the browser's own XML parser: its parse errors and the markers it shows.
async fn parse_svg(s: &Session, svg: &str) -> Vec<i64> {
    s.driver
        .execute(
            "const d = new DOMParser().parseFromString(arguments[0], 'image/svg+xml');
             return [d.getElementsByTagName('parsererror').length,
                     [...d.querySelectorAll('g.marker')].filter(m => m.getAttribute('display') !== 'none').length];",
            vec![serde_json::Value::String(svg.to_owned())],
        )
        .await
        .unwrap()
        .convert()
        .unwrap()
}

pub async fn the_map_saves_as_on_screen_as_svg_and_png() {
    let s = Session::start_fresh(Engine::Chromium, 1280, 800, false).await;
    let dir = allow_downloads(&s, "map-save").await;
    s.open("?view=map&sel=ru_rostov_artillery&hide=venues&asof=2022-01-26&zoom=2&centre=0,0")
        .await;
    s.wait_for(".detail.open h2").await;
    let map = s.wait_for("svg.map").await;
    let view_box = map.attr("viewBox").await.unwrap().unwrap();
    let markers_shown = shown_markers(&s).await;
    let save = s.wait_for("button.save-svg").await;
    save.scroll_into_view().await.unwrap();
    save.click().await.unwrap();
    let svg = String::from_utf8(downloaded(&dir, "brink-map.svg").await).unwrap();
    assert_eq!(
        s.wait_for(".map-downloads-status")
            .await
            .text()
            .await
            .unwrap(),
        "Saved the map as brink-map.svg."
    );
    // A well-formed SVG document, as the browser's own XML parser reads it, with the markers the
    // screen shows, its view, its date, layers, selection, legend and credits.
    let parsed = parse_svg(&s, &svg).await;
    assert_eq!(parsed, [0, markers_shown]);
    assert!(markers_shown > 0);
    assert!(
        svg.contains(&format!("viewBox=\"{view_box}\"")),
        "{view_box}"
    );
    for words in [
        "Brink: forces and venues",
        "As of 26 January 2022",
        "Layers hidden: ",
        "Selected: Russia: Artillery unit at Rostov-on-Don",
        "Made with Natural Earth.",
        "planned, promised or offered",
        "Whose not stated",
        "Double outline: reported for a region;",
        "A line to a ring: moved aside from a",
        // The lines from symbols moved aside come with the map.
        "class=\"leader\"",
    ] {
        assert!(svg.contains(words), "{words} missing");
    }
    assert!(
        !svg.contains(">★ Diplomatic venue</text>"),
        "the venues layer is hidden: no star in the legend"
    );
    s.wait_for("button.save-png").await.click().await.unwrap();
    let png = downloaded(&dir, "brink-map.png").await;
    s.close().await;
    // Kept beside the screenshots, to be looked at.
    let shots = brink_e2e::harness::repo_root().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    std::fs::write(shots.join("map-saved.png"), &png).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let svg_width: f64 = svg
        .split("width=\"")
        .nth(1)
        .and_then(|w| w.split('"').next())
        .and_then(|w| w.parse().ok())
        .unwrap();
    assert_eq!(f64::from(width), svg_width * 2.0);
    let _ = std::fs::remove_dir_all(&dir);
}
