use brink_e2e::harness::Session;

const ARTICLE: &str = "?view=article&id=002_eac895019da0e25b";

pub async fn home_to_article_and_back_by_link() {
    let s = Session::start(1280, 800).await;
    s.open("?view=sources").await;
    s.wait_for(".source-card").await;
    assert_eq!(s.texts(".source-card h2").await.len(), 5);
    s.screenshot("sources-desktop").await;
    let link = s.wait_for(".source-card:nth-child(3) h2 a").await;
    link.click().await.unwrap();
    let heading = s.wait_for(".reader h1").await;
    assert_eq!(
        heading.text().await.unwrap(),
        "NATO Urges Russia to Ease Crisis Over Ukraine"
    );
    assert_eq!(s.query().await, ARTICLE);
    let paragraphs = s.texts(".article-text p").await;
    assert!(paragraphs
        .iter()
        .any(|p| p.starts_with("BRUSSELS — The leader of NATO said on Wednesday")));
    s.screenshot("reader-desktop").await;
    s.driver.back().await.unwrap();
    s.wait_for(".source-card").await;
    assert_eq!(s.query().await, "?view=sources");
    s.close().await;
}

pub async fn an_article_url_opens_the_same_view_in_a_fresh_browser() {
    let s = Session::start(390, 844).await;
    s.open(ARTICLE).await;
    let heading = s.wait_for(".reader h1").await;
    assert_eq!(
        heading.text().await.unwrap(),
        "NATO Urges Russia to Ease Crisis Over Ukraine"
    );
    let paragraphs = s.texts(".article-text p").await;
    assert!(paragraphs.len() > 100, "{} paragraphs", paragraphs.len());
    s.screenshot("reader-phone").await;
    s.open("?view=sources").await;
    s.wait_for(".source-card").await;
    s.screenshot("sources-phone").await;
    s.close().await;
}

pub async fn a_bogus_article_id_gets_a_message_and_a_way_back() {
    let s = Session::start(1280, 800).await;
    s.open("?view=article&id=bogus").await;
    let title = s.wait_for(".notice h1").await;
    assert_eq!(title.text().await.unwrap(), "Article not found");
    assert!(s.texts(".notice p").await[0].contains("“bogus”"));
    s.wait_for(".notice a").await.click().await.unwrap();
    s.wait_for(".source-card").await;
    assert_eq!(s.query().await, "?view=sources");
    s.close().await;
}
