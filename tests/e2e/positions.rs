use brink_e2e::harness::Session;

const WITH_UKRAINE: &str = "?view=positions&cols=us%2Cnato%2Crussia%2Cukraine";

pub async fn compare_positions_follow_a_quote_and_come_back() {
    let s = Session::start(1280, 800).await;
    s.open("").await;
    s.wait_for("nav a[href='?view=positions']")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for(".matrix").await;
    s.wait_for(".add-col select option[value=ukraine]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for("tr[data-issue=open_door] td[data-actor=Ukraine]")
        .await;
    assert_eq!(s.query().await, WITH_UKRAINE);
    assert_eq!(
        s.texts(".matrix thead .actor-name").await,
        ["United States", "NATO", "Russia", "Ukraine"]
    );
    let summary = s
        .wait_for("tr[data-issue=open_door] .position[data-id=us_open_door] summary")
        .await;
    summary.scroll_into_view().await.unwrap();
    summary.click().await.unwrap();
    let quotes = s
        .texts("tr[data-issue=open_door] .position[data-id=us_open_door] blockquote")
        .await;
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    assert!(quotes
        .iter()
        .any(|q| q.contains("slam closed NATO’s open-door policy")));
    s.screenshot("positions-desktop").await;
    let link = s
        .wait_for("tr[data-issue=open_door] .position[data-id=us_open_door] .read-in-context")
        .await;
    link.click().await.unwrap();
    s.wait_for("mark.focus").await;
    assert!(s.query().await.starts_with("?view=article&id="));
    s.driver.back().await.unwrap();
    s.wait_for("tr[data-issue=open_door] td[data-actor=Ukraine]")
        .await;
    assert_eq!(s.query().await, WITH_UKRAINE);
    assert_eq!(s.texts(".matrix thead .actor-name").await.len(), 4);
    s.driver.refresh().await.unwrap();
    s.wait_for("tr[data-issue=open_door] td[data-actor=Ukraine]")
        .await;
    assert_eq!(
        s.texts(".matrix thead .actor-name").await,
        ["United States", "NATO", "Russia", "Ukraine"]
    );
    s.close().await;
}

pub async fn positions_on_a_phone_stack_the_actors() {
    let s = Session::start(390, 844).await;
    s.open(WITH_UKRAINE).await;
    let cell = s
        .wait_for("tr[data-issue=ukraine_membership] td[data-actor=Russia]")
        .await;
    let width: f64 = s
        .driver
        .execute("return document.documentElement.scrollWidth;", vec![])
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert!(width <= 390.0, "the page scrolls sideways: {width}px wide");
    let rect = cell.rect().await.unwrap();
    assert!(
        rect.width > 300.0,
        "cells stack full width on a phone: {}",
        rect.width
    );
    s.screenshot("positions-phone").await;
    s.close().await;
}
