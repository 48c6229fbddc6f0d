//! Every view rendered natively to HTML, with no browser: a component's body calls no browser
//! API (listeners, frames and measurements wait in effects, which never run here), which is what
//! lets a view be drawn ahead of the code that makes it interactive.
#![cfg(not(target_arch = "wasm32"))]

use unicode_normalization::UnicodeNormalization;

use brink::prerender::{render_page, render_screen};
use brink_core::bundle::Bundle;
use brink_core::url::{Page, Route, ViewState};

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

/// The packed corpus, made once for every test.
fn bundle() -> &'static Bundle {
    static BUNDLE: std::sync::OnceLock<Bundle> = std::sync::OnceLock::new();
    BUNDLE.get_or_init(|| {
        brink_build::embedded::bundle()
            .unwrap_or_else(|p| panic!("the corpus does not pack: {}", p[0]))
    })
}

/// The HTML of the view `state` names, in the context the explorer provides.
fn render(state: ViewState) -> String {
    render_screen(bundle(), state, nfd)
}

/// What each route's landing page shows first, as a reader would read it.
fn heading(route: Route) -> &'static str {
    match route {
        Route::Map => "Forces and venues",
        Route::Positions => "Positions",
        Route::Timeline => "Timeline",
        Route::People | Route::Person => "People",
        Route::Coverage => "Coverage: who reported what",
        Route::Figures => "Where the figures differ",
        Route::Sources | Route::Article => "Sources",
        Route::Search => "Search",
    }
}

#[test]
fn every_route_renders_natively() {
    for route in Route::ALL {
        let html = render(ViewState::from(route.landing()));
        assert!(
            html.contains(heading(route)),
            "{route:?} does not show “{}”: {}",
            heading(route),
            &html[..html.len().min(600)]
        );
    }
}

#[test]
fn a_person_and_an_article_render_natively() {
    let sherman = render(ViewState::from(Page::Person {
        id: "sherman".into(),
    }));
    assert!(sherman.contains("Sherman"), "{}", &sherman[..600]);
    let article = render(ViewState::article(
        "002_eac895019da0e25b",
        Some((0, 40).into()),
    ));
    assert!(article.contains("All sources"), "{}", &article[..600]);
    let selected = render(ViewState::map_with(Some(
        brink_core::url::MapSelection::Deployment("ru_buildup_borders".into()),
    )));
    assert!(selected.contains("ru_buildup_borders"));
}

#[test]
fn the_whole_page_renders_natively_as_the_build_draws_it() {
    let page = render_page(bundle(), ViewState::default(), nfd);
    for part in [
        "<header",
        "<nav",
        "Forces and venues",
        "class=\"legend\"",
        "<footer",
    ] {
        assert!(page.contains(part), "the page has no {part}");
    }
    let symbols = page.matches("class=\"symbol").count();
    assert!(symbols > 40, "{symbols} symbols");
}
