//! The map as a picture: the map nested at its size, words escaped, legend and credits present.
use brink_core::geo::picture::{map_picture, PictureText, LEGEND_SHAPES, LEGEND_SIDES};

fn text() -> PictureText {
    PictureText {
        title: "Forces <& venues>".to_owned(),
        lines: vec!["As of 12 January 2022".to_owned()],
        credit: vec!["Made with Natural Earth.".to_owned()],
        venues: true,
    }
}

#[test]
fn the_map_sits_in_the_page_at_its_screen_size_with_its_view() {
    let map = r#"<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 10 10" tabindex="0"><g class="marker" data-id="a"/></svg>"#;
    let picture = map_picture(
        map,
        ".sea{fill:blue}",
        &text(),
        800.0,
        560.0,
        "10 20 300 210",
    )
    .unwrap();
    let svg = &picture.svg;
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    // The map's own opening tag is replaced: one nested map, at the screen's size and view.
    assert!(svg.contains(r#"width="800" height="560" viewBox="10 20 300 210""#));
    assert!(!svg.contains("tabindex"));
    assert!(svg.contains(r#"<g class="marker" data-id="a"/></svg>"#));
    assert_eq!(picture.width, 800.0 + 32.0);
    let narrow = map_picture(map, "", &text(), 358.0, 256.0, "0 0 1 1").unwrap();
    assert_eq!(
        narrow.width,
        720.0 + 32.0,
        "room for the legend beside a phone's map"
    );
    assert!(picture.height > 560.0 + 100.0, "{}", picture.height);
    assert!(svg.contains("<style><![CDATA[.sea{fill:blue}]]></style>"));
    assert!(svg.contains(">Forces &lt;&amp; venues&gt;</text>"));
    assert!(svg.contains(">As of 12 January 2022</text>"));
    assert!(svg.contains(">Made with Natural Earth.</text>"));
    for (_, _, label) in LEGEND_SHAPES {
        assert!(svg.contains(&format!(">{label}</text>")), "{label}");
    }
    for (slug, label) in LEGEND_SIDES {
        assert!(svg.contains(&format!("var(--side-{slug})")), "{slug}");
        assert!(svg.contains(&format!(">{label}</text>")), "{label}");
    }
    assert!(svg.contains(">100,000</text>"));
    assert!(svg.contains(">★ Diplomatic venue</text>"));
    let without = PictureText {
        venues: false,
        ..text()
    };
    let no_venues = map_picture(map, "", &without, 800.0, 560.0, "0 0 1 1").unwrap();
    assert!(
        !no_venues.svg.contains("Diplomatic venue"),
        "no star in the legend when none is drawn"
    );
}

#[test]
fn styles_cannot_end_their_section_early() {
    let picture = map_picture(
        "<svg>",
        "a::after{content:']]>'}",
        &text(),
        10.0,
        10.0,
        "0 0 1 1",
    )
    .unwrap();
    assert!(picture.svg.contains("content:']]]]><![CDATA[>'"));
    assert!(map_picture("no svg here", "", &text(), 1.0, 1.0, "0 0 1 1").is_none());
}
