use thirtyfour::prelude::*;

use brink_e2e::harness::{Engine, Session};

/// The width of the map's viewBox: it shrinks as the map zooms in.
async fn view_width(s: &Session) -> f64 {
    let svg = s.wait_for("svg.map").await;
    let vb = svg.attr("viewBox").await.unwrap().unwrap();
    vb.split_whitespace().nth(2).unwrap().parse().unwrap()
}

pub async fn from_a_rostov_marker_to_its_sentence_and_back() {
    let s = Session::start(1280, 800).await;
    s.open("").await;
    s.wait_for("g.marker").await;
    s.screenshot("map-desktop").await;
    let marker = s.wait_for("g.marker[data-id=ru_rostov_artillery]").await;
    let label = marker.attr("aria-label").await.unwrap().unwrap();
    assert!(label.starts_with("Russia:"), "{label}");
    marker.click().await.unwrap();
    let title = s.wait_for(".detail.open h2").await;
    assert_eq!(
        title.text().await.unwrap(),
        "Artillery unit at Rostov-on-Don (map label)"
    );
    assert_eq!(s.query().await, "?view=map&sel=ru_rostov_artillery");
    let quote = s
        .wait_for(".detail.open blockquote")
        .await
        .text()
        .await
        .unwrap();
    assert!(quote.contains("Artillery unit"), "{quote}");
    s.screenshot("map-selected-desktop").await;
    s.wait_for(".detail.open .read-in-context")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for("mark.focus").await;
    let focus = s.texts("mark.focus").await.join(" ");
    assert!(focus.contains("Artillery unit"), "{focus}");
    assert!(s
        .query()
        .await
        .starts_with("?view=article&id=002_eac895019da0e25b&at="));
    let facts = s.texts(".facts-here li").await;
    assert!(
        facts
            .iter()
            .any(|f| f.contains("Artillery unit at Rostov-on-Don")),
        "{facts:?}"
    );
    s.driver.back().await.unwrap();
    let title = s.wait_for(".detail.open h2").await;
    assert_eq!(
        title.text().await.unwrap(),
        "Artillery unit at Rostov-on-Don (map label)"
    );
    s.close().await;
}

pub async fn zoom_with_the_button_and_the_keyboard() {
    let s = Session::start(1280, 800).await;
    s.open("?view=map").await;
    let whole = view_width(&s).await;
    s.wait_for(".zoom-controls button[aria-label='Zoom in']")
        .await
        .click()
        .await
        .unwrap();
    let once = view_width(&s).await;
    assert!((whole / once - 1.5).abs() < 0.01, "{whole} -> {once}");
    let svg = s.wait_for("svg.map").await;
    svg.send_keys("+").await.unwrap();
    let twice = view_width(&s).await;
    assert!((once / twice - 1.5).abs() < 0.01, "{once} -> {twice}");
    let before = svg.attr("viewBox").await.unwrap().unwrap();
    svg.send_keys(Key::Right).await.unwrap();
    assert_ne!(
        svg.attr("viewBox").await.unwrap().unwrap(),
        before,
        "arrow keys pan"
    );
    svg.send_keys("0").await.unwrap();
    assert!((view_width(&s).await - whole).abs() < 0.01);
    s.close().await;
}

pub async fn a_shared_map_link_reopens_the_selection_on_a_phone() {
    let s = Session::start(390, 844).await;
    s.open("?view=map&sel=ru_buildup_borders").await;
    let title = s.wait_for(".detail.open h2").await;
    assert!(title
        .text()
        .await
        .unwrap()
        .starts_with("Troops, heavy artillery"));
    let pressed = s.wait_for("g.marker[data-id=ru_buildup_borders]").await;
    assert_eq!(
        pressed.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );
    s.screenshot("map-selected-phone").await;
    s.wait_for(".detail.open .close")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for(".detail.empty").await;
    s.screenshot("map-phone").await;
    s.close().await;
}

/// Pointer events: a drag pans, and is not a click on what it started over.
pub async fn dragging_pans_the_map_without_selecting_anything(engine: Engine) {
    let s = Session::start_in(engine, 1280, 800).await;
    s.open("?view=map").await;
    s.wait_for(".zoom-controls button[aria-label='Zoom in']")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for(".zoom-controls button[aria-label='Zoom in']")
        .await
        .click()
        .await
        .unwrap();
    let svg = s.wait_for("svg.map").await;
    svg.scroll_into_view().await.unwrap();
    let before = svg.attr("viewBox").await.unwrap().unwrap();
    let x_before: f64 = before.split_whitespace().next().unwrap().parse().unwrap();
    s.driver
        .action_chain()
        .move_to_element_center(&svg)
        .move_by_offset(0, 100)
        .click_and_hold()
        .move_by_offset(60, 0)
        .move_by_offset(60, 0)
        .release()
        .perform()
        .await
        .unwrap();
    let after = svg.attr("viewBox").await.unwrap().unwrap();
    let x_after: f64 = after.split_whitespace().next().unwrap().parse().unwrap();
    assert!(
        x_after < x_before - 50.0,
        "{}: dragging right moves the view west: {before} -> {after}",
        engine.name()
    );
    // A drag is not a click on a marker: nothing is selected (the link keeps only the position).
    let query = s.query().await;
    assert!(query.starts_with("?view=map"), "{query}");
    assert!(
        !query.contains("sel=") && !query.contains("venue="),
        "{query}"
    );
    assert_eq!(s.texts(".detail.open").await.len(), 0);
    s.close().await;
}

/// SVG text as each engine measures it, in each engine's fonts: no name over a symbol or a name.
pub async fn names_and_symbols_never_overprint_each_other_at_any_zoom(engine: Engine) {
    for (width, height) in [(1280, 800), (390, 844)] {
        let s = Session::start_in(engine, width, height).await;
        for query in [
            "?view=map",
            "?view=map&zoom=2.25&centre=0,0",
            "?view=map&zoom=2.25&centre=412,318",
            "?view=map&zoom=5&centre=380,260",
            "?view=map&asof=2022-01-12",
            "?view=map&hide=us-nato",
        ] {
            s.open(query).await;
            s.wait_for("g.marker").await;
            // Labels are re-placed a frame after the map measures itself.
            s.settled().await;
            let (clashes, symbols): (Vec<String>, u64) = s
                .driver
                .execute(
                    "const box = e => e.getBoundingClientRect();
                     // A name's box from what every engine reports alike: its glyphs' advances
                     // and the font's ascent and descent (DejaVu Sans: 0.93 and 0.24 em), where
                     // getBoundingClientRect differs (Firefox adds the halo and line height).
                     const text = t => { const n = t.getNumberOfChars(), fs = parseFloat(getComputedStyle(t).fontSize);
                       const a = t.getStartPositionOfChar(0), b = t.getEndPositionOfChar(n - 1), m = t.getScreenCTM();
                       const p = new DOMPoint(a.x, a.y - 0.93 * fs).matrixTransform(m), q = new DOMPoint(b.x, b.y + 0.24 * fs).matrixTransform(m);
                       return { left: Math.min(p.x, q.x), right: Math.max(p.x, q.x), top: Math.min(p.y, q.y), bottom: Math.max(p.y, q.y), width: Math.abs(q.x - p.x) }; };
                     const shown = e => e.closest('[display=none]') === null && box(e).width > 0;
                     const names = [...document.querySelectorAll('.labels text')].filter(shown);
                     const symbols = [...document.querySelectorAll('g.marker .symbol, .venue-star')].filter(shown);
                     const who = s => s.closest('[data-id]')?.dataset.id || 'a venue';
                     const extent = e => e.tagName === 'text' ? text(e) : box(e);
                     const hit = (a, b) => { const p = extent(a), q = extent(b);
                       return p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1; };
                     const out = [];
                     names.forEach((n, i) => {
                       symbols.forEach(s => { if (hit(n, s)) out.push(n.textContent + ' over ' + who(s)); });
                       names.slice(i + 1).forEach(m => { if (hit(n, m)) out.push(n.textContent + ' over ' + m.textContent); });
                     });
                     // Two symbols overprint where one screen point is inside both shapes:
                     // sampled every pixel where their boxes meet.
                     const inside = (s, x, y) => s.isPointInFill(new DOMPoint(x, y).matrixTransform(s.getScreenCTM().inverse()));
                     symbols.forEach((a, i) => symbols.slice(i + 1).forEach(b => {
                       const p = box(a), q = box(b);
                       for (let x = Math.max(p.left, q.left) + 0.5; x < Math.min(p.right, q.right); x += 1)
                         for (let y = Math.max(p.top, q.top) + 0.5; y < Math.min(p.bottom, q.bottom); y += 1)
                           if (inside(a, x, y) && inside(b, x, y)) { out.push(who(a) + ' over ' + who(b)); return; }
                     }));
                     return [out, symbols.length];",
                    vec![],
                )
                .await
                .unwrap()
                .convert()
                .unwrap();
            let at = format!("{} {width}: {query}", engine.name());
            assert!(symbols >= 5, "{at}: {symbols} symbols measured");
            assert!(clashes.is_empty(), "{at}: {clashes:?}");
        }
        s.close().await;
    }
}
