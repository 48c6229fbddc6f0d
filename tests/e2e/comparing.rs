use thirtyfour::prelude::*;

use brink_e2e::harness::Session;

pub async fn coverage_sorted_by_fewest_then_a_fact_to_its_sentence_and_back() {
    let s = Session::start(1280, 800).await;
    s.open("?view=coverage").await;
    s.wait_for(".coverage-table tbody tr").await;
    s.screenshot("coverage-desktop").await;
    let order = s.wait_for("select[name=sort]").await;
    order
        .find(By::Css("option[value=fewest]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    s.wait_for(".coverage-table").await;
    assert_eq!(s.query().await, "?view=coverage&sort=fewest");
    let first = s
        .texts(".coverage-table tbody tr:first-child .coverage-count")
        .await;
    assert_eq!(first, ["1 of 5"], "the fewest first");
    // The first row's filled dot leads to the sentence in its article …
    let row_id = s
        .wait_for(".coverage-table tbody tr:first-child")
        .await
        .attr("data-id")
        .await
        .unwrap()
        .unwrap();
    let dot = s
        .wait_for(".coverage-table tbody tr:first-child a.dot.on")
        .await;
    dot.scroll_into_view().await.unwrap();
    dot.click().await.unwrap();
    s.wait_for(".article-text mark.focus").await;
    s.screenshot("reader-passage-desktop").await;
    // … whose passage panel lists the fact as a link to where it is shown …
    let panel_links = s.texts(".facts-here a.fact-label").await;
    assert!(!panel_links.is_empty());
    // … and Back returns to the sorted coverage view.
    s.driver.back().await.unwrap();
    s.wait_for(&format!(".coverage-table tr[data-id={row_id}]"))
        .await;
    assert_eq!(s.query().await, "?view=coverage&sort=fewest");
    s.close().await;
}

pub async fn from_the_buildup_marker_to_the_figures_and_back_to_the_map() {
    let s = Session::start(1280, 800).await;
    s.open("?view=map&sel=ru_buildup_borders").await;
    let link = s.wait_for(".detail a.to-figures").await;
    assert_eq!(
        link.text().await.unwrap(),
        "Compare the figures side by side →"
    );
    link.scroll_into_view().await.unwrap();
    link.click().await.unwrap();
    s.wait_for("#figure-russian_force_size.target").await;
    assert_eq!(s.query().await, "?view=figures&fig=russian_force_size");
    let numbers = s
        .texts("#figure-russian_force_size .variant-number strong")
        .await;
    for n in ["more than 100,000", "some 120,000", "up to 175,000"] {
        assert!(numbers.iter().any(|x| x == n), "{n} in {numbers:?}");
    }
    s.screenshot("figures-desktop").await;
    // The 8,500 on alert agree on the number: not called a disagreement.
    s.open("?view=map&sel=us_8500_alert").await;
    let heading = s.wait_for(".figure-claims h3").await;
    assert!(heading
        .text()
        .await
        .unwrap()
        .starts_with("Sources agree on the number"));
    s.close().await;
}

pub async fn named_officials_only_on_the_map_and_the_state_reloads() {
    let s = Session::start(1280, 800).await;
    s.open("").await;
    s.wait_for("g.marker").await;
    let visible = |s: &Session| {
        let s = s.driver.clone();
        async move {
            s.execute(
                "return [...document.querySelectorAll('g.marker')].filter(m => m.getAttribute('display') !== 'none').length;",
                Vec::new(),
            )
            .await
            .unwrap()
            .convert::<i64>()
            .unwrap()
        }
    };
    let all = visible(&s).await;
    s.wait_for(".voice-filter summary")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for("input[data-voice=named_official]")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(s.query().await, "?view=map&voice=named_official");
    let named = visible(&s).await;
    assert!(0 < named && named < all, "{named} of {all}");
    // The US helicopters come from Blinken by name; the Persianovskiy tanks from the NYT's
    // map graphic alone.
    let display = |id: &'static str| {
        let s = &s;
        async move {
            s.wait_for(&format!("g.marker[data-id={id}]"))
                .await
                .attr("display")
                .await
                .unwrap()
        }
    };
    assert_eq!(display("us_helicopters").await.as_deref(), Some("inline"));
    assert_eq!(
        display("ru_persianovskiy_tanks").await.as_deref(),
        Some("none")
    );
    for (query, ready) in [
        ("?view=map&voice=named_official", "g.marker"),
        (
            "?view=coverage&kind=event&n=1&voice=named_official",
            ".coverage-table",
        ),
        (
            "?view=figures&fig=russian_force_size",
            "#figure-russian_force_size",
        ),
        ("?view=positions&voice=intelligence", ".matrix"),
    ] {
        s.open(query).await;
        s.wait_for(ready).await;
        assert_eq!(s.query().await, query);
    }
    s.close().await;
}

pub async fn coverage_and_the_reader_on_a_phone() {
    let s = Session::start(390, 844).await;
    s.open("?view=coverage&n=1").await;
    s.wait_for(".coverage-table").await;
    s.screenshot("coverage-phone").await;
    s.open("?view=article&id=002_eac895019da0e25b&at=12537-12618")
        .await;
    s.wait_for(".facts-here").await;
    s.screenshot("reader-passage-phone").await;
    // The sheet closes and the text stays.
    s.wait_for(".facts-here .close")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for(".article-text").await;
    assert_eq!(s.query().await, "?view=article&id=002_eac895019da0e25b");
    assert!(s.texts(".facts-here").await.is_empty());
    s.open("?view=figures").await;
    s.wait_for(".figure").await;
    s.screenshot("figures-phone").await;
    s.close().await;
}
