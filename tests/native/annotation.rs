//! The Web Annotation export: every quote with its context, read back from the articles.
use brink_core::data::annotation::text_fragment;
use brink_core::data::evidence::all_evidence;

#[test]
fn every_quote_becomes_an_annotation_whose_selector_is_in_its_article() {
    let c = brink_build::embedded::corpus().unwrap();
    let annotations = c.annotations(&|id| c.text(id));
    assert_eq!(annotations.len(), all_evidence(&c).len());
    for a in &annotations {
        let s = &a.target.selector;
        let file = a.target.source.rsplit('/').next().unwrap_or_default();
        let id = c
            .sources()
            .iter()
            .find(|src| {
                src.url.as_deref() == Some(&a.target.source) || format!("{}.txt", src.id) == file
            })
            .map(|src| src.id.clone())
            .unwrap();
        let text = c.text(&id).unwrap();
        let whole = format!("{}{}{}", s.prefix, s.exact, s.suffix);
        assert!(
            text.contains(&whole),
            "{}: prefix, quote and suffix are consecutive",
            a.id
        );
        assert!(s.prefix.chars().count() <= 32 && s.suffix.chars().count() <= 32);
    }
    let json = serde_json::to_value(&annotations[0]).unwrap();
    assert_eq!(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(json["target"]["selector"]["type"], "TextQuoteSelector");
}

#[test]
fn quotes_from_the_article_with_a_url_link_to_the_original_sentence() {
    let c = brink_build::embedded::corpus().unwrap();
    let nyt = c
        .annotations(&|id| c.text(id))
        .into_iter()
        .find(|a| a.target.source.starts_with("https://www.nytimes.com/"))
        .unwrap();
    let fragment = nyt.target.fragment.unwrap();
    assert!(fragment.starts_with(
        "https://www.nytimes.com/live/2022/01/12/world/russia-ukraine-nato-us#:~:text="
    ));
    assert_eq!(
        text_fragment(
            "https://x.test/a",
            "after four hours of talks aimed at holding off a further Russian-backed push"
        ),
        "https://x.test/a#:~:text=after%20four%20hours%20of,a%20further%20Russian%2Dbacked%20push"
    );
    assert_eq!(
        text_fragment("https://x.test/a", "short quote"),
        "https://x.test/a#:~:text=short%20quote"
    );
}
