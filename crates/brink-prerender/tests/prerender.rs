//! The first view and the link preview as the build writes them, natively: where the drawn view
//! goes in the page, the preview's tags and picture, and what the drawn view holds.
use brink_core::bundle::Bundle;
use brink_prerender::page::{
    with_first_view, with_link_preview, with_start_after_paint, LinkPreview,
};
use brink_prerender::preview::{
    map_svg, preview_svg, render_png, resolved_css, PreviewText, PREVIEW_HEIGHT, PREVIEW_WIDTH,
};
use brink_prerender::render::first_view;

/// The packed corpus, made once for every test.
fn bundle() -> &'static Bundle {
    static BUNDLE: std::sync::OnceLock<Bundle> = std::sync::OnceLock::new();
    BUNDLE.get_or_init(|| {
        brink_build::embedded::bundle()
            .unwrap_or_else(|p| panic!("the corpus does not pack: {}", p[0]))
    })
}

/// The drawn first view, made once.
fn drawn() -> &'static str {
    static DRAWN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DRAWN.get_or_init(|| first_view(bundle()))
}

#[test]
fn the_first_view_goes_inside_its_element_as_trunk_or_its_minifier_wrote_it() {
    let written = "<body><div id=\"brink-prerender\" class=\"app-root\"></div><div id=\"brink-loading\">Loading</div></body>";
    let minified = "<body><div class=app-root id=brink-prerender></div><div id=brink-loading>Loading</div></body>";
    for page in [written, minified] {
        let once = with_first_view(page, "<main><div><p>map</p></div></main>").unwrap();
        assert!(
            once.contains("brink-prerender")
                && once.contains("<main><div><p>map</p></div></main></div><div id"),
            "{once}"
        );
        // A second build step replaces the first's drawing, nested elements and all.
        let twice = with_first_view(&once, "<main>again</main>").unwrap();
        assert_eq!(twice, with_first_view(page, "<main>again</main>").unwrap());
    }
    assert_eq!(
        with_first_view("<body><div id=\"other\"></div></body>", "x"),
        None
    );
}

#[test]
fn the_preview_tags_are_absolute_with_a_site_address_and_replaced_on_a_rebuild() {
    let page = "<head><title>Brink — a title</title><meta name=\"description\" content=\"What it is.\"></head><body></body>";
    let preview = LinkPreview {
        site_url: Some("https://example.org/brink/".to_owned()),
        image: "preview.png".to_owned(),
        size: (1200, 630),
        alt: "A map \"with quotes\" & more".to_owned(),
    };
    let tagged = with_link_preview(page, &preview).unwrap();
    for tag in [
        "<meta property=\"og:url\" content=\"https://example.org/brink/\">",
        "<meta property=\"og:image\" content=\"https://example.org/brink/preview.png\">",
        "<meta property=\"og:title\" content=\"Brink — a title\">",
        "<meta property=\"og:description\" content=\"What it is.\">",
        "<meta property=\"og:image:width\" content=\"1200\">",
        "<meta property=\"og:image:alt\" content=\"A map &quot;with quotes&quot; &amp; more\">",
        "<meta property=\"twitter:card\" content=\"summary_large_image\">",
    ] {
        assert!(tagged.contains(tag), "no {tag} in {tagged}");
    }
    let again = with_link_preview(&tagged, &preview).unwrap();
    assert_eq!(again, tagged, "a rebuild writes one set of tags");
    let relative = with_link_preview(
        page,
        &LinkPreview {
            site_url: None,
            ..preview
        },
    )
    .unwrap();
    assert!(!relative.contains("og:url"));
    assert!(relative.contains("<meta property=\"og:image\" content=\"preview.png\">"));
}

#[test]
fn the_drawn_first_view_holds_the_map_for_each_screen_its_table_and_legend() {
    let page = drawn();
    assert_eq!(
        page.matches("aria-roledescription=\"map\"").count(),
        2,
        "a wide map and a phone's"
    );
    assert_eq!(page.matches("class=\"drawn-phone-map\"").count(), 1);
    // The phone's map draws the wide map's country shapes by reference, not a second copy.
    let countries = bundle().layout.countries.len();
    let shapes = page.matches("class=\"country\"").count()
        + page.matches("class=\"country focus-country\"").count();
    assert_eq!(shapes, countries, "each shape once");
    let phone = &page[page.find("drawn-phone-map").unwrap()..];
    assert!(phone.contains("<use href=\"#brink-drawn-countries\"></use>"));
    assert!(page.contains("<g class=\"countries\" id=\"brink-drawn-countries\">"));
    let drawn_markers = bundle()
        .layout
        .markers
        .iter()
        .filter(|m| !m.off_map)
        .count();
    let symbols = page.matches("class=\"marker ").count();
    assert!(
        symbols >= 2 * drawn_markers - 2,
        "{symbols} symbols for {drawn_markers} markers, twice"
    );
    assert!(
        page.contains("All deployments on the map"),
        "the table's heading"
    );
    assert!(page.contains("class=\"legend\""), "the legend");
    assert!(!page.contains("<script"), "no script in the drawn view");
    // The layer boxes are ticked in the HTML itself, not only by the app.
    assert!(
        page.contains("checked data-layer=\"russia\"")
            || page.contains("data-layer=\"russia\" checked"),
        "{}",
        &page[page.find("data-layer").unwrap_or(0)..][..200]
    );
}

#[test]
fn the_stylesheet_as_resvg_reads_it_has_its_colours_written_in() {
    let css = ":root { --sea: #dbe9f4; --ink: #111; }\n.x { --land: #f2efe9; }\n.sea { fill: var(--sea); }\n.country { fill: var(--land); }\n@media (prefers-color-scheme: dark) { :root { --sea: #000; } .y { fill: var(--ink); } }\n";
    let resolved = resolved_css(css);
    assert!(resolved.contains(".sea { fill: #dbe9f4; }"), "{resolved}");
    assert!(
        resolved.contains(".country { fill: #f2efe9; }"),
        "{resolved}"
    );
    assert!(
        !resolved.contains("@media") && !resolved.contains("#000"),
        "{resolved}"
    );
}

#[test]
fn the_preview_is_a_png_of_its_stated_size_with_the_articles_dates() {
    let text = PreviewText::of(bundle(), "A lede.");
    // sources.json dates the five articles 12, 14, 26, 28 and 31 January 2022.
    assert_eq!(text.dates, "Five articles, 12–31 January 2022");
    let map = map_svg(drawn()).expect("the drawn view has a map");
    assert!(!map.contains("<!>"), "the map is XML");
    let css = resolved_css(include_str!("../../../assets/style.css"));
    let svg = preview_svg(&map, &css, &text).expect("the map has a viewBox");
    let png = render_png(&svg).expect("resvg draws it");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let size = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    assert_eq!((size(16), size(20)), (PREVIEW_WIDTH, PREVIEW_HEIGHT));
}

/// A page's head as Trunk's minifier and `brink-corpus` leave it.
const TRUNK_HEAD: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Brink — a title</title><meta content=\"What it is, in words.\" name=description><script type=module>import init, * as bindings from '/brink/brink-1a.js';\nconst wasm = await init({ module_or_path: '/brink/brink-1a_bg.wasm' });\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));</script><script>if(location.search.length>1)document.documentElement.classList.add(`brink-deep`)</script><link crossorigin href=/brink/brink-1a.js integrity=sha384-x rel=modulepreload><link as=fetch crossorigin href=/brink/brink-1a_bg.wasm integrity=sha384-y rel=preload type=application/wasm><link rel=\"preload\" id=\"brink-corpus\" href=\"data/corpus.2b.bin\" as=\"fetch\" crossorigin></head><body></body>";

#[test]
fn the_app_starts_after_the_first_paint_with_nothing_fetched_while_the_page_is_parsed() {
    let page = with_start_after_paint(TRUNK_HEAD, "data/corpus.2b.bin").unwrap();
    for early in [
        "rel=modulepreload",
        "type=application/wasm",
        "id=\"brink-corpus\"",
        "import init",
    ] {
        assert!(!page.contains(early), "{early} is still in {page}");
    }
    for part in [
        "'first-contentful-paint'",
        "preload('/brink/brink-1a_bg.wasm', '')",
        "preload('data/corpus.2b.bin', 'brink-corpus')",
        "await import('/brink/brink-1a.js')",
        "module_or_path: '/brink/brink-1a_bg.wasm'",
        "TrunkApplicationStarted",
        "brink-deep",
    ] {
        assert!(page.contains(part), "no {part} in {page}");
    }
    assert_eq!(
        page.matches("<script").count(),
        2,
        "the start and the deep-link check"
    );
    assert_eq!(
        with_start_after_paint("<html><script>x()</script></html>", "d"),
        None
    );
}

#[test]
fn the_preview_describes_the_page_with_its_own_description_however_minified() {
    let preview = LinkPreview {
        site_url: None,
        image: "preview.png".to_owned(),
        size: (1200, 630),
        alt: "A map".to_owned(),
    };
    let tagged = with_link_preview(TRUNK_HEAD, &preview).unwrap();
    assert!(
        tagged.contains("<meta property=\"og:description\" content=\"What it is, in words.\">"),
        "{tagged}"
    );
}
