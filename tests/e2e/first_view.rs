//! The first view the build draws into the page: read with JavaScript off, on screen before the
//! app arrives, taken over by the app with one map and no console error, and never shown for a
//! link to another view.
use std::sync::atomic::Ordering;

use thirtyfour::prelude::*;

use brink_e2e::harness::{site_root, Engine, Session, APP_VIEW};

/// How many elements `css` matches that a reader can see.
async fn displayed(s: &Session, css: &str) -> usize {
    let mut shown = 0;
    for element in s.driver.find_all(By::Css(css)).await.unwrap() {
        if element.is_displayed().await.unwrap_or(false) {
            shown += 1;
        }
    }
    shown
}

/// The viewBox of the map a reader sees, as numbers.
async fn seen_view_box(s: &Session) -> Vec<f64> {
    for svg in s.driver.find_all(By::Css("svg.map")).await.unwrap() {
        if svg.is_displayed().await.unwrap_or(false) {
            let vb = svg.attr("viewBox").await.unwrap().unwrap_or_default();
            return vb
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
        }
    }
    panic!("no map on screen");
}

/// What a reader sees of the map view: symbols, table rows and the map's viewBox.
async fn map_view_seen(s: &Session) -> (usize, usize, Vec<f64>) {
    (
        displayed(s, "svg.map g.marker").await,
        displayed(s, ".deployment-list tbody tr").await,
        seen_view_box(s).await,
    )
}

/// Without JavaScript: the controls only the app answers are not offered; and screenshots of
/// the map and the table, scrolled to, for a reader's look.
async fn controls_hidden_and_page_shot(off: &Session, at: &str, width: u32) {
    for control in ["#search", ".zoom-controls", "button.share", ".sort-bar"] {
        assert_eq!(
            displayed(off, control).await,
            0,
            "{at}: {control}, which only the app answers, is offered"
        );
    }
    // The scrolled page, for a reader's look at the map and the table.
    for (part, name) in [("svg.map", "map"), (".deployment-list", "table")] {
        let _ = off
                .driver
                .execute(
                    "const e = [...document.querySelectorAll(arguments[0])].find(e => e.getBoundingClientRect().height > 0); window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 8);",
                    vec![part.into()],
                )
                .await;
        off.screenshot(&format!("first-view-no-js-{width}-{name}"))
            .await;
    }
}

pub async fn with_javascript_off_the_map_its_table_and_legend_read() {
    for (width, height) in [(1280, 800), (390, 844)] {
        let off = Session::start_without_javascript(width, height).await;
        off.driver.goto(&off.base).await.unwrap();
        let at = format!("{width}×{height} without JavaScript");
        assert_eq!(displayed(&off, "svg.map").await, 1, "{at}: one map");
        // The map on screen draws every country shape, itself or (a phone's) by reference.
        let shapes = off
            .driver
            .find_all(By::Css("#brink-drawn-countries path.country"))
            .await
            .unwrap()
            .len();
        let drawn = displayed(&off, "svg.map path.country").await;
        let referred = displayed(&off, "svg.map use[href='#brink-drawn-countries']").await;
        assert!(shapes > 20, "{at}: {shapes} country shapes");
        assert!(
            drawn > 20 || referred == 1,
            "{at}: {drawn} of {shapes} shapes drawn, {referred} by reference"
        );
        let legend = off.driver.find(By::Css(".legend")).await.unwrap();
        assert!(
            legend.text().await.unwrap().contains("massed"),
            "{at}: the legend names the shapes"
        );
        let note = off.driver.find(By::Css(".noscript-note")).await.unwrap();
        assert!(
            note.text()
                .await
                .unwrap()
                .contains("other views need JavaScript"),
            "{at}: the page says what needs JavaScript"
        );
        assert_eq!(
            displayed(&off, "#brink-loading").await,
            0,
            "{at}: no loading note"
        );
        controls_hidden_and_page_shot(&off, &at, width).await;
        let _ = off.driver.execute("window.scrollTo(0, 0);", vec![]).await;
        let drawn = map_view_seen(&off).await;
        off.screenshot(&format!("first-view-no-js-{width}")).await;
        off.close().await;
        // The app, once it has taken over, shows what the page showed without it.
        let on = Session::start(width, height).await;
        on.open("").await;
        on.wait_for("#brink-app g.marker").await;
        on.wait_for("#brink-app .deployment-list tbody tr").await;
        let app = map_view_seen(&on).await;
        assert_eq!(
            (drawn.0, drawn.1),
            (app.0, app.1),
            "{at}: symbols and rows as the app shows them"
        );
        assert!(drawn.0 > 20 && drawn.1 > 20, "{at}: {drawn:?}");
        let apart = drawn
            .2
            .iter()
            .zip(&app.2)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        assert!(
            drawn.2.len() == 4 && apart <= app.2[2] * 0.01,
            "{at}: the drawn map shows the part the app opens on: {:?} against {:?}",
            drawn.2,
            app.2
        );
        on.close().await;
    }
}

/// Recorded from the first script of every page: console errors and warnings, uncaught errors.
const CONSOLE_RECORDER: &str = "window.__console = [];
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => { window.__console.push(level + ': ' + args.join(' ')); original(...args); };
}
addEventListener('error', e => window.__console.push('uncaught: ' + e.message));";

pub async fn the_app_takes_over_with_one_map_no_console_error_and_a_marker_at_once() {
    let s = Session::start_fresh(Engine::Chromium, 1280, 800, false).await;
    s.driver
        .cdp()
        .send_raw(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": CONSOLE_RECORDER }),
        )
        .await
        .unwrap();
    s.open("").await;
    // Straight after the take-over: the symbol the reader clicks is the app's.
    s.driver
        .find(By::Css(
            "#brink-app g.marker[data-id=ru_rostov_artillery] path.symbol",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let title = s.wait_for(".detail.open h2").await.text().await.unwrap();
    assert!(title.contains("Rostov-on-Don"), "{title}");
    assert_eq!(
        s.driver.find_all(By::Css("svg.map")).await.unwrap().len(),
        1,
        "one map"
    );
    assert_eq!(s.texts("main#main").await.len(), 1, "one view");
    assert!(
        s.texts("#brink-prerender").await.is_empty(),
        "the drawn copy is gone"
    );
    let console: Vec<String> = s
        .driver
        .execute("return window.__console;", vec![])
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert!(console.is_empty(), "the console: {console:?}");
    s.close().await;
}

/// Goes to `query` without waiting for the page to load (the held wasm would hold the load).
async fn go_without_waiting(s: &Session, query: &str) {
    let url = format!("{}{query}", s.base);
    s.driver
        .execute("window.location.href = arguments[0];", vec![url.into()])
        .await
        .unwrap();
}

pub async fn before_the_app_arrives_a_link_to_another_view_never_shows_the_map() {
    let links = [
        ("?view=positions", "Positions"),
        ("?view=person&id=sherman", "Sherman"),
        ("?view=article&id=002_eac895019da0e25b", "All sources"),
    ];
    for (query, heading) in links {
        let (s, held) = Session::start_holding_wasm(1280, 800).await;
        go_without_waiting(&s, query).await;
        let loading = s.wait_for("#brink-loading").await;
        assert!(
            loading.is_displayed().await.unwrap(),
            "{query}: the loading note shows"
        );
        assert_eq!(
            displayed(&s, "svg.map, main#main").await,
            0,
            "{query}: no map before the app"
        );
        held.store(false, Ordering::SeqCst);
        s.wait_for_app().await;
        let main = s.wait_for(APP_VIEW).await.text().await.unwrap();
        assert!(main.contains(heading), "{query}: {main}");
        assert_eq!(
            displayed(&s, "svg.map").await,
            0,
            "{query}: no map in that view"
        );
        s.close().await;
    }
    // A link with no parameters shows the drawn map while the wasm is on its way.
    let (s, held) = Session::start_holding_wasm(390, 844).await;
    go_without_waiting(&s, "").await;
    s.wait_for("#brink-prerender svg.map").await;
    assert_eq!(
        displayed(&s, "svg.map").await,
        1,
        "the phone's drawn map, alone"
    );
    assert_eq!(displayed(&s, "#brink-loading").await, 0);
    assert!(
        s.texts(APP_VIEW).await.is_empty(),
        "the app has not arrived"
    );
    held.store(false, Ordering::SeqCst);
    s.wait_for_app().await;
    assert_eq!(
        s.driver.find_all(By::Css("svg.map")).await.unwrap().len(),
        1
    );
    s.close().await;
}

/// Where every element a reader can see lies on the page (tag, class, top, height, left), in
/// the drawn first view while it shows, else in the app's: outside the maps (a phone's map is a
/// second drawing) and inside no SVG (Leptos groups some static SVG parts it builds), plus the
/// box of the map on screen.
const BOXES: &str = "const drawn = document.querySelector('#brink-prerender');
const root = drawn && getComputedStyle(drawn).display !== 'none' ? '#brink-prerender' : '#brink-app';
const box = e => { const r = e.getBoundingClientRect(); return [Math.round(r.top + scrollY), Math.round(r.height), Math.round(r.left), Math.round(r.width)].join(','); };
const seen = [...document.querySelectorAll(root + ' *')]
  .filter(e => e.getBoundingClientRect().height > 0 && !e.ownerSVGElement && !e.closest('.map-wrap, .drawn-phone-map'))
  .map(e => e.tagName + '.' + e.className + ' ' + box(e));
const map = [...document.querySelectorAll(root + ' svg.map')].find(s => s.getBoundingClientRect().width > 0);
return [...seen, 'the map ' + box(map)];";

/// The page's boxes (see `BOXES`) as they are now.
async fn boxes(s: &Session) -> Vec<String> {
    s.driver
        .execute(BOXES, vec![])
        .await
        .unwrap()
        .convert()
        .unwrap()
}

pub async fn the_app_lays_the_page_out_exactly_as_it_was_drawn() {
    for (width, height) in [(390, 844), (800, 900), (1280, 800)] {
        let (s, held) = Session::start_holding_wasm(width, height).await;
        go_without_waiting(&s, "").await;
        s.wait_for("#brink-prerender svg.map").await;
        let drawn = boxes(&s).await;
        held.store(false, Ordering::SeqCst);
        s.wait_for_app().await;
        s.wait_for("#brink-app .deployment-list tbody tr").await;
        let app = boxes(&s).await;
        assert!(drawn.len() > 300, "{width}: {} elements", drawn.len());
        let moved: Vec<(&String, &String)> = drawn
            .iter()
            .zip(&app)
            .filter(|(d, a)| d != a)
            .take(5)
            .collect();
        assert!(
            moved.is_empty() && drawn.len() == app.len(),
            "{width}×{height}: the app moved what the page drew ({} against {} elements): {moved:?}",
            drawn.len(),
            app.len()
        );
        s.close().await;
    }
}

/// The `content` of the page's `<meta property=…>`.
fn meta(page: &str, property: &str) -> String {
    let tag = format!("<meta property=\"{property}\" content=\"");
    let start = page.find(&tag).unwrap_or_else(|| panic!("no {property}")) + tag.len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}

pub async fn the_link_preview_names_a_picture_of_the_stated_size_in_the_build() {
    let site = site_root().join("brink");
    let page = std::fs::read_to_string(site.join("index.html")).unwrap();
    let url = meta(&page, "og:url");
    assert!(url.starts_with("https://"), "og:url is absolute: {url}");
    let image = meta(&page, "og:image");
    let file = image
        .strip_prefix(&url)
        .unwrap_or_else(|| panic!("og:image {image} is under og:url {url}"));
    let png = std::fs::read(site.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{file} is a PNG");
    let size = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    let (w, h) = (size(16), size(20));
    assert_eq!(meta(&page, "og:image:width"), w.to_string());
    assert_eq!(meta(&page, "og:image:height"), h.to_string());
    assert!(w >= 1200 && h >= 630, "{w}×{h}");
    assert_eq!(meta(&page, "twitter:card"), "summary_large_image");
    assert!(meta(&page, "og:image:alt").len() > 40);
    let (title, description) = (meta(&page, "og:title"), meta(&page, "og:description"));
    assert!(title.starts_with("Brink"), "{title}");
    assert!(
        description.contains("five news articles"),
        "the page's own description: {description}"
    );
}
