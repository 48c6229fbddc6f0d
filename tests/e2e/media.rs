//! What the reader's settings ask for: less motion, and paper.
use serde_json::json;

use brink_e2e::harness::{Engine, Session};

/// Emulates a CSS media type and features for the page.
async fn emulate(s: &Session, media: &str, features: serde_json::Value) {
    s.driver
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            json!({ "media": media, "features": features }),
        )
        .await
        .unwrap();
}

/// The animation of the rings marking what the date brought in, one per ringed marker.
async fn arrival_animations(s: &Session) -> Vec<String> {
    s.driver
        .execute(
            "return [...document.querySelectorAll('g.marker.new .halo')].map(h => getComputedStyle(h).animationName);",
            vec![],
        )
        .await
        .unwrap()
        .convert()
        .unwrap()
}

pub async fn the_arrival_rings_move_only_for_readers_who_welcome_motion() {
    let s = Session::start_fresh(Engine::Chromium, 1280, 800, false).await;
    emulate(
        &s,
        "",
        json!([{ "name": "prefers-reduced-motion", "value": "no-preference" }]),
    )
    .await;
    s.open("?view=map&asof=2022-01-12").await;
    s.wait_for("g.marker.new").await;
    let moving = arrival_animations(&s).await;
    assert!(!moving.is_empty());
    assert!(moving.iter().all(|a| a == "arrive"), "{moving:?}");
    emulate(
        &s,
        "",
        json!([{ "name": "prefers-reduced-motion", "value": "reduce" }]),
    )
    .await;
    s.open("?view=map&asof=2022-01-12").await;
    s.wait_for("g.marker.new").await;
    let still = arrival_animations(&s).await;
    assert_eq!(still.len(), moving.len());
    assert!(still.iter().all(|a| a == "none"), "{still:?}");
    s.close().await;
}

pub async fn the_map_and_the_reader_print_on_a4_with_their_sources() {
    // A4's printable width at 96 dpi, less the page's margins.
    let s = Session::start_fresh(Engine::Chromium, 704, 1000, false).await;
    emulate(&s, "print", json!([])).await;
    for (query, name) in [
        ("?view=map&sel=ru_rostov_artillery", "print-map"),
        (
            "?view=article&id=002_eac895019da0e25b&at=0-80",
            "print-reader",
        ),
    ] {
        s.open(query).await;
        s.wait_for("main h1").await;
        let (controls, sources, overflow): (Vec<bool>, Vec<String>, f64) = s
            .driver
            .execute(
                "const shown = css => [...document.querySelectorAll(css)].some(e => e.getClientRects().length > 0);
                 return [
                   ['.share-bar', '.search-box', '.zoom-controls', '.layer-toggles', 'nav'].map(shown),
                   [...document.querySelectorAll('.print-sources li')].filter(li => li.getClientRects().length > 0).map(li => li.textContent),
                   document.documentElement.scrollWidth - document.documentElement.clientWidth];",
                vec![],
            )
            .await
            .unwrap()
            .convert()
            .unwrap();
        assert_eq!(controls, [false; 5], "{name}: controls are left off paper");
        assert_eq!(sources.len(), 5, "{name}: {sources:?}");
        assert!(
            sources[2].starts_with("002_eac895019da0e25b.txt: "),
            "{sources:?}"
        );
        assert!(overflow <= 0.0, "{name}: {overflow} px wider than the page");
        s.screenshot(name).await;
    }
    assert!(s.texts(".article-text p").await.len() > 10);
    s.close().await;
}
