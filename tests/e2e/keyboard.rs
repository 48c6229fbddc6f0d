//! The whole explorer with the keyboard only: every stop shows where focus is, and focus is
//! never dropped on the page's body when content changes.

use serde_json::json;
use thirtyfour::prelude::*;

use brink_e2e::harness::{until, Session};

/// Where focus is: whether it matches `css`, whether it is on the body (lost), whether the
/// reader can see it (an outline, or for a map symbol its halo), and a description.
async fn focus_state(s: &Session, css: &str) -> (bool, bool, bool, String) {
    s.driver
        .execute(
            "const a = document.activeElement;
             const shown = el => {
               const style = getComputedStyle(el);
               if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
               const mark = el.querySelector('.halo, .venue-star');
               return !!mark && getComputedStyle(mark).stroke !== 'none' && parseFloat(getComputedStyle(mark).strokeWidth) >= 2;
             };
             return [a.matches(arguments[0]), a === document.body || a === null, shown(a),
                     a.outerHTML.slice(0, 100)];",
            vec![json!(css)],
        )
        .await
        .unwrap()
        .convert()
        .unwrap()
}

/// Presses Tab until focus is on an element matching `css` (at most `limit` times); every stop
/// on the way must show its focus.
async fn tab_to(s: &Session, css: &str, limit: usize) -> WebElement {
    for _ in 0..limit {
        s.driver
            .active_element()
            .await
            .unwrap()
            .send_keys(Key::Tab)
            .await
            .unwrap();
        let (matches, lost, shown, what) = focus_state(s, css).await;
        assert!(!lost, "Tab left focus on the body on the way to {css}");
        assert!(shown, "focus is not visible on {what}");
        if matches {
            return s.driver.active_element().await.unwrap();
        }
    }
    panic!("{limit} Tabs never reached {css}")
}

/// Presses `key` on the focused element.
async fn press(s: &Session, key: impl Into<TypingData>) {
    s.driver
        .active_element()
        .await
        .unwrap()
        .send_keys(key)
        .await
        .unwrap();
}

/// Asserts focus is somewhere meaningful (not dropped on the body) and matches `css`.
async fn focus_is(s: &Session, css: &str) {
    let settled = until(async || {
        let (matches, lost, _, _) = focus_state(s, css).await;
        matches && !lost
    });
    if settled.await {
        return;
    }
    let (_, lost, _, what) = focus_state(s, css).await;
    panic!("focus should be on {css}, it is on {what} (lost: {lost})");
}

/// Waits until the page's query string contains `part`.
async fn query_has(s: &Session, part: &str) {
    let came = until(async || s.query().await.contains(part)).await;
    assert!(came, "the link never got {part}: {}", s.query().await);
}

pub async fn every_feature_by_keyboard_alone() {
    let s = Session::start(1280, 800).await;
    s.open("").await;
    s.wait_for("g.marker").await;
    s.driver
        .find(By::Css("body"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    // Layers: a checkbox, Space toggles it.
    tab_to(&s, "input[data-layer=exercises]", 80).await;
    press(&s, Key::Space).await;
    query_has(&s, "hide=exercises").await;
    press(&s, Key::Space).await;

    // The map: focus it, zoom with +, pan with an arrow, then a marker by Tab and Enter.
    tab_to(&s, "svg.map", 40).await;
    press(&s, "+").await;
    query_has(&s, "zoom=").await;
    press(&s, "0").await;
    tab_to(&s, "g.marker[data-id=ru_rostov_artillery]", 80).await;
    press(&s, Key::Enter).await;
    s.wait_for(".detail.open h2").await;
    query_has(&s, "sel=ru_rostov_artillery").await;
    let announced = s.texts(".map-announce").await.join(" ");
    assert!(
        announced.contains("Artillery unit at Rostov-on-Don"),
        "{announced}"
    );
    focus_is(&s, "g.marker[data-id=ru_rostov_artillery]").await;
    press(&s, Key::Escape).await;
    s.wait_for(".detail.empty").await;

    // The list: a row's button selects, focus moves to the detail's heading; Escape comes back.
    let row = "tr[data-id=ru_buildup_borders] button";
    tab_to(&s, row, 200).await;
    press(&s, Key::Enter).await;
    focus_is(&s, ".detail.open h2").await;
    press(&s, Key::Escape).await;
    s.wait_for(".detail.empty").await;
    focus_is(&s, row).await;

    // Positions: the nav link, a position's quotes, and its sentence in the reader.
    s.open("?view=positions").await;
    tab_to(&s, ".position[data-id=us_open_door] summary", 200).await;
    press(&s, Key::Enter).await;
    let read = tab_to(&s, ".position[data-id=us_open_door] .read-in-context", 20).await;
    assert!(read.is_displayed().await.unwrap());
    press(&s, Key::Enter).await;
    s.wait_for("mark.focus").await;
    focus_is(&s, "mark.focus").await;
    // From the passage, Enter on another highlighted passage opens its facts.
    tab_to(&s, "mark.evidence:not(.focus)", 40).await;
    press(&s, Key::Enter).await;
    s.wait_for(".facts-here li").await;

    // Search from anywhere with "/", into the results with Down, open with Enter.
    press(&s, "/").await;
    focus_is(&s, "#search").await;
    press(&s, "stoltenberg").await;
    s.wait_for(".result-group[data-kind=person]").await;
    press(&s, Key::Down).await;
    press(&s, Key::Enter).await;
    s.wait_for("#person-title").await;
    query_has(&s, "view=person&id=stoltenberg").await;

    // The timeline's date, by the slider's arrow keys; the status line says what changed.
    s.open("?view=timeline&asof=2022-01-12").await;
    tab_to(&s, "#as-of-slider", 80).await;
    press(&s, Key::Right).await;
    query_has(&s, "asof=2022-01-13").await;
    let status = s.texts(".as-of-status").await.join(" ");
    assert!(status.contains("13 January 2022"), "{status}");

    // Coverage: a filter by the keyboard.
    s.open("?view=coverage").await;
    tab_to(&s, "select[name=kind]", 80).await;
    press(&s, Key::Down).await;
    query_has(&s, "kind=").await;

    // Share, from the top of the filtered view: the button, and the confirmation it announces.
    let filtered = s.query().await;
    s.open(&filtered).await;
    tab_to(&s, "button.share", 40).await;
    press(&s, Key::Enter).await;
    let said = s.wait_for(".share-status").await;
    assert!(until(async || !said.text().await.unwrap().is_empty()).await);
    s.close().await;
}
