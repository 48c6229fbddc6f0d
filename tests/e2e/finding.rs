use thirtyfour::prelude::*;

use brink_e2e::harness::{until, Session};

pub async fn search_by_keyboard_then_person_event_and_sentence() {
    let s = Session::start(1280, 800).await;
    s.open("").await;
    s.wait_for(".map-view").await;
    // "/" focuses the search box from anywhere.
    s.driver
        .find(By::Css("body"))
        .await
        .unwrap()
        .send_keys("/")
        .await
        .unwrap();
    let input = s.driver.active_element().await.unwrap();
    assert_eq!(input.id().await.unwrap().as_deref(), Some("search"));
    input.send_keys("sherm").await.unwrap();
    s.wait_for(".result-group[data-kind=person] .result-title")
        .await;
    assert_eq!(s.query().await, "?view=search&q=sherm");
    s.screenshot("search-desktop").await;
    // Down moves into the results; Enter opens the focused one.
    input.send_keys(Key::Down).await.unwrap();
    let focused = s.driver.active_element().await.unwrap();
    assert_eq!(focused.text().await.unwrap(), "Wendy R. Sherman");
    focused.send_keys(Key::Enter).await.unwrap();
    s.wait_for("#person-title").await;
    assert_eq!(s.query().await, "?view=person&id=sherman");
    s.screenshot("person-desktop").await;
    let event = s
        .wait_for(".person-event a[href='?view=timeline&ev=sherman_open_door_geneva']")
        .await;
    event.scroll_into_view().await.unwrap();
    event.click().await.unwrap();
    let on_timeline = s.wait_for("#event-sherman_open_door_geneva.target").await;
    let read = on_timeline
        .find(By::Css(".evidence-item .read-in-context"))
        .await
        .unwrap();
    read.scroll_into_view().await.unwrap();
    read.click().await.unwrap();
    s.wait_for(".article-text mark.focus").await;
    let focused = s.texts(".article-text mark.focus").await.join(" ");
    assert!(focused.contains("Wendy Sherman"), "{focused}");
    assert!(
        focused.contains("could never make such a pledge"),
        "{focused}"
    );
    // Back returns along the same path.
    s.driver.back().await.unwrap();
    s.wait_for("#event-sherman_open_door_geneva.target").await;
    s.close().await;
}

pub async fn the_date_steps_plays_and_every_state_reloads_from_its_url() {
    let s = Session::start(1280, 800).await;
    s.open("?view=map&asof=2022-01-10").await;
    s.wait_for(".as-of-bar").await;
    let buildup = ".marker[data-id=ru_buildup_borders]";
    assert_eq!(
        s.wait_for(buildup)
            .await
            .attr("display")
            .await
            .unwrap()
            .as_deref(),
        Some("none")
    );
    s.wait_for("button[data-step=next-event]")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(s.query().await, "?view=map&asof=2022-01-12");
    assert_eq!(
        s.wait_for(buildup)
            .await
            .attr("display")
            .await
            .unwrap()
            .as_deref(),
        Some("inline")
    );
    s.screenshot("map-as-of-desktop").await;
    // The date follows the reader to the positions and the timeline.
    s.wait_for("nav a[href^='?view=positions']")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for(".matrix").await;
    assert_eq!(s.query().await, "?view=positions&asof=2022-01-12");
    // Play walks the days.
    s.wait_for("button.play").await.click().await.unwrap();
    let played = until(|| async { s.query().await.as_str() > "?view=positions&asof=2022-01-13" });
    assert!(
        played.await,
        "play did not walk the days: {}",
        s.query().await
    );
    s.wait_for("button.play").await.click().await.unwrap();
    for (query, ready) in [
        (
            "?view=search&q=mother+of+all+sanctions",
            ".result-group[data-kind=event]",
        ),
        ("?view=person&id=grushko", "#person-title"),
        ("?view=people", ".people-group"),
        (
            "?view=timeline&ev=geneva_ssd&asof=2022-01-13",
            "#event-geneva_ssd.target",
        ),
        (
            "?view=timeline&asof=2022-01-12&by=reported",
            "#event-osce_vienna .ahead",
        ),
        ("?view=positions&asof=2022-01-26", ".matrix"),
    ] {
        s.open(query).await;
        s.wait_for(ready).await;
        assert_eq!(s.query().await, query);
    }
    s.screenshot("timeline-desktop").await;
    s.close().await;
}

pub async fn the_new_views_on_a_phone() {
    let s = Session::start(390, 844).await;
    for (query, name, ready) in [
        (
            "?view=search&q=Stoltenberg",
            "search-phone",
            ".result-group",
        ),
        (
            "?view=person&id=stoltenberg",
            "person-phone",
            "#person-title",
        ),
        ("?view=people", "people-phone", ".people-group"),
        (
            "?view=timeline&asof=2022-01-13",
            "timeline-phone",
            ".timeline-week",
        ),
        ("?view=map&asof=2022-01-26", "map-as-of-phone", ".as-of-bar"),
    ] {
        s.open(query).await;
        s.wait_for(ready).await;
        s.screenshot(name).await;
    }
    let width: i64 = s
        .driver
        .execute("return document.documentElement.scrollWidth;", Vec::new())
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert!(
        width <= 390,
        "the page scrolls sideways on a phone: {width}px"
    );
    s.close().await;
}
